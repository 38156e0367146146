// Incidents and their playbook, links and log: the records crisis mode stores (lib/db schema v3),
// validated at every boundary like lib/model.ts's.
import { z } from 'zod';
import { StatusId } from '../model';

// What the detector raises: the topic and the figures the popup banner, the notification and
// the notice on X's page show ("42 mentions in 10 min about 'outage zagreb', 80 % negative").
export const SurgeTopic = z.object({
  /** The terms that name it, most frequent first: words, #hashtags, @accounts, quote:<status id>. */
  terms: z.array(z.string().max(120)).min(1).max(5),
  /** The status id of a quoted post most of the surge quotes. */
  quotedStatusId: z.string().regex(/^\d{1,20}$/).optional(),
});
export type SurgeTopic = z.infer<typeof SurgeTopic>;

export const SurgeAlert = z.object({
  /** Stable while the same surge grows: `<topic key>@<minute first raised>`. */
  id: z.string().max(200),
  raisedAt: z.number(),
  /** Updated figures of an alert already raised (the surge doubled). */
  updatedAt: z.number().optional(),
  scope: z.enum(['brand', 'topic']),
  windowMinutes: z.number().int().positive(),
  windowStart: z.number(),
  mentions: z.number().int().nonnegative(),
  negative: z.number().int().nonnegative(),
  negativeShare: z.number().min(0).max(1),
  /** Negative evidence the baseline expected in the window (crisis-labelled mentions weigh double). */
  expected: z.number().nonnegative(),
  evidence: z.number().nonnegative(),
  pValue: z.number().min(0).max(1),
  topic: SurgeTopic.nullable(),
  /** Raised by a drill's synthetic mentions: never shown as a real alert. */
  drill: z.boolean().optional(),
});
export type SurgeAlert = z.infer<typeof SurgeAlert>;


export const SEVERITIES = ['low', 'medium', 'high'] as const;
export const Severity = z.enum(SEVERITIES);
export type Severity = z.infer<typeof Severity>;

export const INCIDENT_STATUSES = ['proposed', 'active', 'closed', 'dismissed'] as const;
export const IncidentStatus = z.enum(INCIDENT_STATUSES);
export type IncidentStatus = z.infer<typeof IncidentStatus>;

/** The default playbook's steps (their titles are translated: crisis.step.<key>). */
export const STEP_KEYS = ['identify', 'involved', 'restrict', 'pause', 'inform', 'statement', 'cadence', 'monitor', 'close'] as const;
export const StepKey = z.enum(STEP_KEYS);
export type StepKey = z.infer<typeof StepKey>;

/** Roles a default step is owned by until the team names a person (translated: crisis.role.<role>). */
export const OWNER_ROLES = ['lead', 'spokesperson', 'comms', 'legal', 'agents', 'social'] as const;
export const OwnerRole = z.enum(OWNER_ROLES);
export type OwnerRole = z.infer<typeof OwnerRole>;

export const PlaybookStep = z
  .object({
    id: z.string().min(1).max(40),
    /** A default step: translated unless the team wrote its own title. */
    key: StepKey.optional(),
    title: z.string().trim().max(200).optional(),
    /** A person's name; empty: the role below. */
    owner: z.string().trim().max(80),
    ownerRole: OwnerRole.optional(),
    /** Due this many minutes after the incident is declared; null: no deadline. */
    dueMinutes: z.number().int().min(0).max(10_080).nullable(),
  })
  .refine((s) => s.key !== undefined || (s.title ?? '').length > 0, { message: 'a step needs a title', path: ['title'] });
export type PlaybookStep = z.infer<typeof PlaybookStep>;

export const Playbook = z.object({
  steps: z.array(PlaybookStep).min(1).max(30),
  updatedAt: z.number(),
  updatedBy: z.string().max(80),
});
export type Playbook = z.infer<typeof Playbook>;

export const ChecklistItem = z.intersection(
  PlaybookStep,
  z.object({ doneAt: z.number().optional(), doneBy: z.string().max(80).optional() }),
);
export type ChecklistItem = z.infer<typeof ChecklistItem>;

export const Incident = z.object({
  id: z.string().min(1).max(100),
  status: IncidentStatus,
  severity: Severity,
  description: z.string().trim().min(1).max(500),
  /** What it is about: mentions with these terms in its time are linked by themselves. */
  topic: SurgeTopic.nullable(),
  /** The alert it was declared from, as raised. */
  alert: SurgeAlert.optional(),
  proposedBy: z.string().max(80).optional(),
  proposedAt: z.number().optional(),
  declaredBy: z.string().max(80).optional(),
  declaredAt: z.number().optional(),
  closedBy: z.string().max(80).optional(),
  closedAt: z.number().optional(),
  /** The approved holding statement (a template of kind holding_statement) answered first on its mentions. */
  holdingStatementId: z.string().max(100).optional(),
  checklist: z.array(ChecklistItem),
  review: z.object({ wentWell: z.string().max(5_000), toImprove: z.string().max(5_000) }),
  /** A rehearsal: lives in the drill database only. */
  drill: z.boolean(),
  createdAt: z.number(),
  updatedAt: z.number(),
});
export type Incident = z.infer<typeof Incident>;

export const IncidentLink = z.object({
  incidentId: z.string().max(100),
  statusId: StatusId,
  how: z.enum(['auto', 'manual']),
  at: z.number(),
  by: z.string().max(80),
});
export type IncidentLink = z.infer<typeof IncidentLink>;

export const LOG_KINDS = [
  'proposed',
  'declared',
  'dismissed',
  'severity_changed',
  'description_changed',
  'step_done',
  'step_reopened',
  'owner_changed',
  'statement_chosen',
  'statement_used',
  'mention_linked',
  'mention_unlinked',
  'note',
  'closed',
  'review_saved',
] as const;
export const LogKind = z.enum(LOG_KINDS);
export type LogKind = z.infer<typeof LogKind>;

export const IncidentLogEntry = z.object({
  id: z.number().int().optional(),
  incidentId: z.string().max(100),
  at: z.number(),
  actor: z.string().max(80),
  kind: LogKind,
  statusId: StatusId.optional(),
  stepId: z.string().max(40).optional(),
  detail: z.string().max(2_000).optional(),
});
export type IncidentLogEntry = z.infer<typeof IncidentLogEntry>;

/** A raised alert as stored: the popup's banner shows the newest one nobody has dismissed. */
export const StoredAlert = SurgeAlert.extend({
  dismissedAt: z.number().optional(),
  dismissedBy: z.string().max(80).optional(),
  incidentId: z.string().max(100).optional(),
});
export type StoredAlert = z.infer<typeof StoredAlert>;
