// The domain's enumerations and defaults as plain values, without zod: X's page (the content
// script) and the popup load these on every page and every click, and a schema library there
// would be most of their code. lib/model.ts builds its zod schemas on these same lists.

export const LABELS = ['crisis', 'complaint', 'question', 'praise', 'troll', 'spam', 'other'] as const;
export type Label = (typeof LABELS)[number];

export const LABEL_SOURCES = ['rule', 'model', 'agent'] as const;
export type LabelSource = (typeof LABEL_SOURCES)[number];

export const STATUSES = ['new', 'in_progress', 'responded', 'handed_off', 'escalated', 'dismissed'] as const;
export type MentionStatus = (typeof STATUSES)[number];

/** Statuses at which the SLA timer stops: the customer got an answer or needs none. */
export const CLOSED_STATUSES: readonly MentionStatus[] = ['responded', 'handed_off', 'dismissed'];
export const isClosed = (s: MentionStatus): boolean => CLOSED_STATUSES.includes(s);
/** Statuses whose mentions are still in the queue: the SLA timer runs (the rest are closed). */
export const OPEN_STATUSES: readonly MentionStatus[] = ['new', 'in_progress', 'escalated'];

export const SLA_STATES = ['on_track', 'due_soon', 'breached', 'stopped', 'none'] as const;
export type SlaState = (typeof SLA_STATES)[number];

export const RESPONSE_KINDS = ['reply', 'thread_reply', 'dm_handoff', 'manual'] as const;

export const PAGE_KINDS = ['home', 'search', 'notifications', 'list', 'conversation', 'profile', 'chat', 'other'] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

export const UI_LOCALES = ['en', 'fr', 'hr'] as const;
export type UiLocale = (typeof UI_LOCALES)[number];
export const isUiLocale = (v: unknown): v is UiLocale => (UI_LOCALES as readonly unknown[]).includes(v);

/** X status ids are 64-bit integers, kept as decimal strings (lib/model.ts's StatusId). */
export const STATUS_ID_PATTERN = /^\d{1,20}$/;
/** X handles: 1–15 letters, digits or underscores, stored without the @ (lib/model.ts's Handle). */
export const HANDLE_PATTERN = /^[A-Za-z0-9_]{1,15}$/;

/** Minutes to first response per label; null: no response expected. */
export const DEFAULT_SLA_TARGETS: Record<Label, number | null> = {
  crisis: 15,
  complaint: 60,
  question: 60,
  praise: 24 * 60,
  troll: null,
  spam: null,
  other: null,
};

/**
 * Labels whose posts expect a response within the SLA: only they count as breached or due soon,
 * in the popup and on the badge. Praise has a quieter goal ("thank within"), shown in its own
 * style and reported apart; troll, spam and other expect none.
 */
export const RESPONSE_LABELS: readonly Label[] = ['crisis', 'complaint', 'question'];
export const THANK_LABEL: Label = 'praise';
export const expectsResponse = (label: Label): boolean => RESPONSE_LABELS.includes(label);

/** Below this confidence the overlay shows a label as uncertain, until settings say otherwise. */
export const DEFAULT_LOW_CONFIDENCE_BELOW = 0.5;
