// The domain's records and their zod schemas: the one place that says what a mention,
// a template, the settings and an audit event look like. Every boundary (messages, imports,
// snapshots read from X's DOM, the database) validates against these.
import { z } from 'zod';
import {
  DEFAULT_LOW_CONFIDENCE_BELOW,
  DEFAULT_SLA_TARGETS as SLA_TARGET_DEFAULTS,
  HANDLE_PATTERN,
  LABEL_SOURCES,
  LABELS,
  PAGE_KINDS,
  RESPONSE_KINDS,
  SLA_STATES,
  STATUS_ID_PATTERN,
  STATUSES,
  UI_LOCALES,
} from './model-constants';

// The plain lists and defaults live in lib/model-constants.ts (no zod): re-exported here.
export {
  CLOSED_STATUSES,
  expectsResponse,
  isClosed,
  LABEL_SOURCES,
  LABELS,
  PAGE_KINDS,
  RESPONSE_KINDS,
  RESPONSE_LABELS,
  SLA_STATES,
  STATUSES,
  THANK_LABEL,
  UI_LOCALES,
} from './model-constants';

export const Label = z.enum(LABELS);
export type Label = z.infer<typeof Label>;

export const LabelSource = z.enum(LABEL_SOURCES);
export type LabelSource = z.infer<typeof LabelSource>;

export const MentionStatus = z.enum(STATUSES);
export type MentionStatus = z.infer<typeof MentionStatus>;


export const SlaState = z.enum(SLA_STATES);
export type SlaState = z.infer<typeof SlaState>;

export const ResponseKind = z.enum(RESPONSE_KINDS);
export type ResponseKind = z.infer<typeof ResponseKind>;

/** X status ids are 64-bit integers; keep them as decimal strings. */
export const StatusId = z.string().regex(STATUS_ID_PATTERN, 'status id must be digits');
/** X handles: 1–15 letters, digits or underscores, stored without the @. */
export const Handle = z.string().regex(HANDLE_PATTERN, 'not an X handle');

/** Why triage chose a label: a kind the UI translates (lib/triage/reason-messages.ts) and the words that matched. */
export const Reason = z.object({
  kind: z.string().min(1).max(40),
  terms: z.array(z.string().max(80)).max(10).optional(),
});
export type Reason = z.infer<typeof Reason>;

export const PageKind = z.enum(PAGE_KINDS);
export type PageKind = z.infer<typeof PageKind>;

/** Who Careline watches for: the brand's display name, its X handles and the words customers name it by. */
export interface Brand {
  name: string;
  handles: string[];
  keywords: string[];
}
/** What matching and triage need of the brand. */
export type BrandTerms = { readonly handles: readonly string[]; readonly keywords: readonly string[] };

/** What the page reader (lib/x) makes of one post in X's DOM. */
/**
 * What X showed in place of a post's own words: Grok's automatic translation into the agent's UI
 * language. The post's `text` and `lang` stay the original's; this is kept beside them.
 */
export const PostTranslation = z.object({
  text: z.string().max(10_000),
  lang: z.string().max(16).optional(),
});
export type PostTranslation = z.infer<typeof PostTranslation>;

export const PostSnapshot = z.object({
  statusId: StatusId,
  authorHandle: Handle,
  authorName: z.string().max(200),
  text: z.string().max(10_000),
  /** BCP 47 code from the tweet text's `lang` attribute, when X gives one. */
  lang: z.string().max(16).optional(),
  /** ISO 8601 from `time[datetime]`. */
  postedAt: z.iso.datetime({ offset: true }),
  url: z.string().url(),
  /** Handles from "Replying to @a @b", without @. */
  replyingTo: z.array(Handle).max(50),
  /** Handle of the account that reposted it, when the cell is a plain repost. */
  repostedBy: Handle.optional(),
  promoted: z.boolean(),
  /** The status id of a quoted post inside this one. */
  quotedStatusId: StatusId.optional(),
  /** X showed Grok's translation of `text`; `text` and `lang` are the original's. */
  translation: PostTranslation.optional(),
});
export type PostSnapshot = z.infer<typeof PostSnapshot>;

export const Mention = z.object({
  statusId: StatusId,
  authorHandle: Handle,
  authorName: z.string(),
  text: z.string(),
  lang: z.string(),
  /** Epoch milliseconds: numbers index and compare faster than strings in IndexedDB. */
  postedAt: z.number(),
  firstSeenAt: z.number(),
  url: z.string(),
  inReplyTo: z.array(Handle),
  /** Grok's translation X showed instead of `text` (which is the original the customer wrote). */
  translation: PostTranslation.optional(),
  label: Label,
  labelSource: LabelSource,
  confidence: z.number().min(0).max(1),
  reasons: z.array(Reason),
  status: MentionStatus,
  /** When the SLA target is reached; null when the label expects no response. */
  slaDeadline: z.number().nullable(),
  /** When the last share of the target (dueSoonShare) begins, in wall-clock ms; null with no deadline. */
  slaDueSoonAt: z.number().nullable(),
  /** The first response, whatever its kind (public reply, thread reply, DM handoff, marked by hand). */
  respondedAt: z.number().optional(),
  responseKind: ResponseKind.optional(),
  /**
   * Who gave the first response (the agent's name, as the audit log names actors); absent when
   * Careline only saw a brand reply in a thread, or for mentions answered before v3 with no audit trail.
   */
  respondedBy: z.string().max(80).optional(),
  /** First response time in milliseconds of counted (business) time. */
  firstResponseMs: z.number().optional(),
  handedOffAt: z.number().optional(),
  escalatedAt: z.number().optional(),
  dismissedAt: z.number().optional(),
  caseId: z.string().optional(),
  notes: z.string().optional(),
  assignee: z.string().optional(),
  alertedAt: z.number().optional(),
  /** The post this one quotes (from PostSnapshot): surges often gather around one quoted post. */
  quotedStatusId: StatusId.optional(),
  /** The open incident this mention belongs to (lib/crisis); cleared when the incident closes. */
  incidentId: z.string().max(100).optional(),
  updatedAt: z.number(),
});
export type Mention = z.infer<typeof Mention>;

export const TEMPLATE_KINDS = ['public_reply', 'dm_opener', 'holding_statement'] as const;
export const TemplateKind = z.enum(TEMPLATE_KINDS);
export type TemplateKind = z.infer<typeof TemplateKind>;

/**
 * When in a conversation a template fits: `first` before the brand has responded, `follow_up`
 * only after it has. A template without one fits any time.
 */
export const TEMPLATE_MOMENTS = ['first', 'follow_up'] as const;
export const TemplateMoment = z.enum(TEMPLATE_MOMENTS);
export type TemplateMoment = z.infer<typeof TemplateMoment>;

/** A triage reason kind ('safety', 'legal' …, lib/triage/reason-messages.ts) a template is written for. */
export const ReasonKindName = z.string().regex(/^[a-z][a-z_]{1,39}$/, 'reason kinds are lower-case words');

export const TEMPLATE_STATUSES = ['draft', 'approved', 'retired'] as const;
export const TemplateStatus = z.enum(TEMPLATE_STATUSES);
export type TemplateStatus = z.infer<typeof TemplateStatus>;

export const TemplateVersion = z.object({
  version: z.number().int().positive(),
  title: z.string(),
  body: z.string(),
  status: TemplateStatus,
  editedBy: z.string(),
  editedAt: z.number(),
});
export type TemplateVersion = z.infer<typeof TemplateVersion>;

export const Template = z.object({
  id: z.string().min(1).max(100),
  title: z.string().trim().min(1).max(120),
  body: z.string().min(1).max(2_000),
  kind: TemplateKind,
  labels: z.array(Label).min(1),
  lang: z.string().min(2).max(16),
  moment: TemplateMoment.optional(),
  /**
   * Triage reasons it answers, e.g. ['safety'] for a reply to one person's safety problem: it is
   * offered first for a post with one of these reasons and sinks for a post without.
   */
  forReasons: z.array(ReasonKindName).max(10).optional(),
  status: TemplateStatus,
  approvedBy: z.string().optional(),
  approvedAt: z.number().optional(),
  version: z.number().int().positive(),
  history: z.array(TemplateVersion),
  createdAt: z.number(),
  updatedAt: z.number(),
});
export type Template = z.infer<typeof Template>;

const HHMM = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'time must be HH:MM');
export const DayHours = z.object({ start: HHMM, end: HHMM }).refine((h) => h.start < h.end, {
  message: 'opening time must be before closing time',
});
export type DayHours = z.infer<typeof DayHours>;

/** Minutes to first response per label; null: no response expected. */
export const SlaTargets = z.object(
  Object.fromEntries(LABELS.map((l) => [l, z.number().int().positive().max(60 * 24 * 14).nullable()])) as Record<
    Label,
    z.ZodNullable<z.ZodNumber>
  >,
);
export type SlaTargets = z.infer<typeof SlaTargets>;

export const DEFAULT_SLA_TARGETS: SlaTargets = SLA_TARGET_DEFAULTS;


export const SlaPolicy = z.object({
  targets: SlaTargets,
  /** Share of the target left at which a timer turns due_soon. */
  dueSoonShare: z.number().gt(0).lt(1),
  /** IANA zone the business hours are in. */
  timeZone: z.string().min(1),
  /** null: the clock runs around the clock. Else hours per weekday, 0 = Sunday … 6 = Saturday; null = closed. */
  businessHours: z.array(DayHours.nullable()).length(7).nullable(),
  /** Closed days, as YYYY-MM-DD in the policy's time zone. */
  holidays: z.array(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'holiday must be YYYY-MM-DD')),
});
export type SlaPolicy = z.infer<typeof SlaPolicy>;

/** A brand keyword rule for triage: a phrase that sets a label ("recall" → crisis). */
export const LabelRule = z.object({ phrase: z.string().trim().min(2).max(80), label: Label });
export type LabelRule = z.infer<typeof LabelRule>;

export const UiLocale = z.enum(UI_LOCALES);
export type UiLocale = z.infer<typeof UiLocale>;

export const Settings = z.object({
  brandName: z.string().trim().max(80),
  /** Extra brand handles; the signed-in account always counts too. */
  handles: z.array(Handle).max(50),
  keywords: z.array(z.string().trim().min(2).max(60)).max(100),
  agentName: z.string().trim().max(80),
  /** X's numeric id of the brand account, for DM deep links; read from the page when possible. */
  brandAccountId: z.string().regex(/^\d*$/, 'account id must be digits'),
  sla: SlaPolicy,
  /** The share of mentions the team aims to answer within target (the popup compares against it). */
  attainmentGoal: z.number().min(0.5).max(1),
  alerts: z.object({ enabled: z.boolean(), leadMinutes: z.number().int().min(1).max(240) }),
  /** Brand keyword rules for triage, e.g. "recall" → crisis. */
  labelRules: z.array(LabelRule).max(200),
  /** Below this confidence the overlay shows a label as uncertain (hollow chip and "?"). */
  lowConfidenceBelow: z.number().min(0).max(1),
  uiLocale: UiLocale.nullable(),
  /** The lead role's passphrase (PBKDF2); null until a lead sets one. Agents insert approved templates only. */
  leadLock: z.object({ salt: z.string(), hash: z.string(), iterations: z.number().int().positive() }).nullable(),
  /**
   * The brand's own X account: the account signed in when Careline was first used, kept from then
   * on (another account signed in later does not join the brand); switched only from the dashboard.
   */
  accountHandle: Handle.nullable(),
  /** That account's display name as X's page showed it; the brand's name until one is set. */
  accountName: z.string().max(100).nullable(),
  /** When the account was adopted (first use) or last switched. */
  accountSince: z.number().nullable(),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = {
  brandName: '',
  handles: [],
  keywords: [],
  agentName: '',
  brandAccountId: '',
  sla: {
    targets: DEFAULT_SLA_TARGETS,
    dueSoonShare: 0.25,
    timeZone: 'UTC',
    businessHours: null,
    holidays: [],
  },
  attainmentGoal: 0.9,
  alerts: { enabled: true, leadMinutes: 10 },
  labelRules: [],
  lowConfidenceBelow: DEFAULT_LOW_CONFIDENCE_BELOW,
  uiLocale: null,
  leadLock: null,
  accountHandle: null,
  accountName: null,
  accountSince: null,
};

/** Settings that are the team's policy: when a lead exists, only the lead's unlocked session changes them. */
export const POLICY_SETTINGS = [
  'brandName',
  'handles',
  'keywords',
  'brandAccountId',
  'sla',
  'attainmentGoal',
  'labelRules',
  'lowConfidenceBelow',
] as const satisfies readonly (keyof Settings)[];

/**
 * What a settings change may carry. The lead's lock and the brand's account have their own
 * requests (lead lock, account switch), so no settings change can set them.
 */
export const SettingsChange = Settings.omit({ leadLock: true, accountHandle: true, accountName: true, accountSince: true })
  .partial()
  .strict();
export type SettingsChange = z.infer<typeof SettingsChange>;

export const AUDIT_KINDS = [
  'mention_seen',
  'label_changed',
  'status_changed',
  'escalated',
  'responded',
  'handed_off',
  'dismissed',
  'reopened',
  'panel_opened',
  'template_inserted',
  'template_saved',
  'template_approved',
  'template_retired',
  'templates_imported',
  'settings_changed',
  'model_reset',
  'alert_sent',
  'backup_restored',
  /** A lead assigned a mention to an agent (or took the assignment away); the actor is the lead. */
  'assigned',
] as const;
export const AuditKind = z.enum(AUDIT_KINDS);
export type AuditKind = z.infer<typeof AuditKind>;

export const AuditEvent = z.object({
  id: z.number().int().optional(),
  at: z.number(),
  kind: AuditKind,
  statusId: StatusId.optional(),
  actor: z.string(),
  from: z.string().optional(),
  to: z.string().optional(),
  detail: z.string().max(2_000).optional(),
});
export type AuditEvent = z.infer<typeof AuditEvent>;

/** What a content script needs to draw one overlay. */
export const MentionView = z.object({
  statusId: StatusId,
  label: Label,
  labelSource: LabelSource,
  confidence: z.number(),
  reasons: z.array(Reason),
  status: MentionStatus,
  postedAt: z.number(),
  slaDeadline: z.number().nullable(),
  slaDueSoonAt: z.number().nullable(),
  /** When the timer stopped (responded, handed off or dismissed). */
  closedAt: z.number().optional(),
  /** The open incident it belongs to: the overlay sets `data-incident`. */
  incidentId: z.string().max(100).optional(),
  /** The team agent a lead assigned it to: the overlay sets `data-assignee`. */
  assignee: z.string().max(80).optional(),
  /** Another team agent replying to it right now: the overlay sets `data-claimed-by` (set on X's page). */
  claimedBy: z.string().max(80).optional(),
});
export type MentionView = z.infer<typeof MentionView>;

/**
 * What a content script needs to show an overlay the moment a post appears, before the background
 * has answered: who the brand is, the team's rules and SLA policy, and the recent mentions an agent
 * already acted on (so a relabelled post never shows its old label, even briefly).
 */
export interface OverlayContext {
  brand: Brand;
  /** The brand's own X account (adopted on first use); null until Careline has seen one. */
  account: string | null;
  rules: LabelRule[];
  sla: SlaPolicy;
  /** Below this confidence a label shows as unsure (settings.lowConfidenceBelow). */
  lowConfidenceBelow: number;
  /** Mentions from the last days with an agent's decision (label or status). */
  decided: MentionView[];
}
