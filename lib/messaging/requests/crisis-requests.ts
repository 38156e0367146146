// Crisis mode's requests (issue 15), in the shape of issue 12's protocol: the lead spreads
// crisisRequests into the discriminated union, merges crisisAccess into the access table and
// CrisisResponses into ResponseMap.
import { z } from 'zod';
import { PlaybookStep, Severity, type Incident } from '../../crisis/model';
import type { StoredAlert } from '../../crisis/model';
import { StatusId, UiLocale } from '../../model';

const IncidentRef = { id: z.string().min(1).max(100), drill: z.boolean().optional() };

export const crisisRequests = [
  z.object({
    type: z.literal('incidentPropose'),
    severity: Severity,
    description: z.string().trim().min(1).max(500),
    alertId: z.string().max(200).optional(),
    drill: z.boolean().optional(),
  }),
  z.object({
    type: z.literal('incidentDeclare'),
    /** A proposal to confirm; without it a new incident. */
    id: z.string().max(100).optional(),
    severity: Severity,
    description: z.string().trim().min(1).max(500),
    alertId: z.string().max(200).optional(),
    keywords: z.array(z.string().trim().min(2).max(60)).max(5).optional(),
    drill: z.boolean().optional(),
  }),
  z.object({ type: z.literal('incidentDismiss'), ...IncidentRef }),
  z.object({
    type: z.literal('incidentUpdate'),
    ...IncidentRef,
    severity: Severity.optional(),
    description: z.string().trim().min(1).max(500).optional(),
  }),
  z.object({ type: z.literal('incidentStep'), ...IncidentRef, stepId: z.string().max(40), done: z.boolean() }),
  z.object({ type: z.literal('incidentStepOwner'), ...IncidentRef, stepId: z.string().max(40), owner: z.string().max(80) }),
  z.object({ type: z.literal('incidentStatement'), ...IncidentRef, templateId: z.string().max(100) }),
  /** The lead published the statement outside Careline (e.g. a post on the brand's profile). */
  z.object({ type: z.literal('incidentStatementUsed'), ...IncidentRef, detail: z.string().max(500) }),
  z.object({ type: z.literal('incidentLink'), ...IncidentRef, statusId: StatusId, linked: z.boolean() }),
  z.object({ type: z.literal('incidentNote'), ...IncidentRef, text: z.string().trim().min(1).max(2_000) }),
  z.object({ type: z.literal('incidentClose'), ...IncidentRef }),
  z.object({
    type: z.literal('incidentReview'),
    ...IncidentRef,
    wentWell: z.string().max(5_000),
    toImprove: z.string().max(5_000),
  }),
  z.object({ type: z.literal('playbookSave'), steps: z.array(PlaybookStep).min(1).max(30) }),
  z.object({ type: z.literal('playbookReset') }),
  z.object({ type: z.literal('surgeDismiss'), alertId: z.string().max(200), drill: z.boolean().optional() }),
  z.object({ type: z.literal('drillStart'), lang: UiLocale, size: z.number().int().min(10).max(200).optional() }),
  z.object({ type: z.literal('drillReset') }),
  /** The small notice on X's page: the surge now, if any (figures only, no mention text). */
  z.object({ type: z.literal('crisisNotice') }),
] as const;

export type CrisisRequest = z.infer<(typeof crisisRequests)[number]>;
export type CrisisRequestType = CrisisRequest['type'];

/** Who may send each request (the router checks before any handler runs). */
export const crisisAccess = {
  incidentPropose: 'extension',
  incidentDeclare: 'lead',
  incidentDismiss: 'lead',
  incidentUpdate: 'lead',
  incidentStep: 'extension',
  incidentStepOwner: 'lead',
  incidentStatement: 'lead',
  incidentStatementUsed: 'lead',
  incidentLink: 'extension',
  incidentNote: 'extension',
  incidentClose: 'lead',
  incidentReview: 'lead',
  playbookSave: 'lead',
  playbookReset: 'lead',
  surgeDismiss: 'extension',
  drillStart: 'lead',
  drillReset: 'lead',
  crisisNotice: 'page',
} as const satisfies Record<CrisisRequestType, 'page' | 'extension' | 'lead'>;

export type IncidentOutcome = { ok: true; id: string } | { ok: false; error: string };

export interface CrisisNotice {
  alertId: string;
  topic: string[];
  mentions: number;
  windowMinutes: number;
  negativeShare: number;
  incidentId: string | null;
}

export interface CrisisResponses {
  incidentPropose: IncidentOutcome;
  incidentDeclare: IncidentOutcome;
  incidentDismiss: IncidentOutcome;
  incidentUpdate: IncidentOutcome;
  incidentStep: IncidentOutcome;
  incidentStepOwner: IncidentOutcome;
  incidentStatement: IncidentOutcome;
  incidentStatementUsed: IncidentOutcome;
  incidentLink: IncidentOutcome;
  incidentNote: IncidentOutcome;
  incidentClose: IncidentOutcome;
  incidentReview: IncidentOutcome;
  playbookSave: { ok: true } | { ok: false; error: string };
  playbookReset: { ok: true };
  surgeDismiss: { ok: true };
  drillStart: { ok: true; mentions: number; alert: StoredAlert | null };
  drillReset: { ok: true };
  crisisNotice: { notice: CrisisNotice | null };
}

export type { Incident };
