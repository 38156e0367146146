// The team queue's wire records. Both are append-only entries in Y.Arrays, stored as compact JSON
// arrays (no repeated key names): at 100,000 mentions a Y.Array of short strings loads in a
// fraction of the time a Y.Map with one entry per mention takes, and nothing is ever rewritten.
//
// - A card says what the post is (who, what, when, the first reading's label): written once by the
//   first agent whose Careline sees it. Duplicates from agents who saw it at the same moment are
//   harmless: the earliest sighting counts (queue-index.ts), whatever order entries arrive in.
// - An event is one human decision on one field of one mention, with who made it and when. The
//   merged state of a mention is a pure function of its events (lib/team/merge.ts).
import { z } from 'zod';
import { Handle, Label, LabelSource, ResponseKind, StatusId } from '../model';

/** X's standard post length; longer posts are cut (the agent opens the post on X for the rest). */
export const MAX_CARD_TEXT = 280;
export const MAX_CARD_NAME = 50;
export const MAX_NOTES = 2_000;

/** Who wrote an entry: the member id and this install's device suffix (one writer never races itself). */
export const WriterId = z.string().regex(/^[A-Za-z0-9_.-]{1,60}$/, 'not a writer id');

export interface Card {
  statusId: string;
  authorHandle: string;
  authorName: string;
  text: string;
  lang: string;
  postedAt: number;
  firstSeenAt: number;
  inReplyTo: string[];
  label: Label;
  labelSource: LabelSource;
  confidence: number;
}

const CardTuple = z.tuple([
  z.literal(1),
  StatusId,
  Handle,
  z.string().max(MAX_CARD_NAME),
  z.string().max(MAX_CARD_TEXT),
  z.string().max(16),
  z.number(),
  z.number(),
  z.array(Handle).max(50),
  Label,
  LabelSource,
  z.number().min(0).max(1),
]);

export function encodeCard(c: Card): string {
  return JSON.stringify([
    1,
    c.statusId,
    c.authorHandle,
    c.authorName.slice(0, MAX_CARD_NAME),
    c.text.slice(0, MAX_CARD_TEXT),
    c.lang.slice(0, 16),
    c.postedAt,
    c.firstSeenAt,
    c.inReplyTo.slice(0, 50),
    c.label,
    c.labelSource,
    Math.round(c.confidence * 100) / 100,
  ]);
}

/** Null for anything malformed: one bad entry from a modified client must not stop the queue. */
export function decodeCard(raw: unknown): Card | null {
  const t = parseTuple(CardTuple, raw);
  if (!t) return null;
  const [, statusId, authorHandle, authorName, text, lang, postedAt, firstSeenAt, inReplyTo, label, labelSource, confidence] = t;
  return { statusId, authorHandle, authorName, text, lang, postedAt, firstSeenAt, inReplyTo, label, labelSource, confidence };
}

/**
 * The status id an entry is about, read without parsing the whole entry (both kinds hold it as the
 * first string): building the index of 100,000 entries then takes milliseconds, and each entry is
 * validated in full only when its mention is merged.
 */
export function statusIdOf(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  const start = raw.indexOf('"');
  const end = start < 0 || start > 4 ? -1 : raw.indexOf('"', start + 1);
  if (end < 0 || end - start > 21) return null;
  const id = raw.slice(start + 1, end);
  return /^\d{1,20}$/.test(id) ? id : null;
}

/** Human decisions on a mention's status. `start` is the weakest: it only counts while nobody decided. */
export const DECISION_KINDS = ['start', 'responded', 'handed_off', 'dismissed', 'escalated', 'reopened'] as const;
export const DecisionKind = z.enum(DECISION_KINDS);
export type DecisionKind = z.infer<typeof DecisionKind>;

/** The status decision, with the first-response fact it carries when it answered the customer. */
export const StatusDecision = z.object({
  kind: DecisionKind,
  respondedAt: z.number().optional(),
  responseKind: ResponseKind.optional(),
});
export type StatusDecision = z.infer<typeof StatusDecision>;

export const FIELDS = ['status', 'label', 'caseId', 'notes', 'assignee'] as const;
export type Field = (typeof FIELDS)[number];

export interface FieldValues {
  status: StatusDecision;
  label: Label;
  caseId: string;
  notes: string;
  assignee: string | null;
}

const FIELD_CODES: Record<Field, string> = { status: 'st', label: 'lb', caseId: 'cs', notes: 'nt', assignee: 'as' };
const CODE_FIELDS = Object.fromEntries(Object.entries(FIELD_CODES).map(([f, c]) => [c, f])) as Record<string, Field>;

const VALUE_SCHEMAS: { [F in Field]: z.ZodType<unknown> } = {
  status: z.union([
    z.tuple([DecisionKind]),
    z.tuple([DecisionKind, z.number(), ResponseKind]),
  ]),
  label: Label,
  caseId: z.string().min(1).max(40),
  notes: z.string().max(MAX_NOTES),
  assignee: z.string().min(1).max(80).nullable(),
};

/**
 * One decision. `base` is what its writer had seen of this field on this mention when deciding
 * (writer → latest `at` seen): an event whose writer had seen another one supersedes it, two that
 * had not seen each other are concurrent (lib/team/merge.ts says what each field does then).
 */
export interface TeamEvent<F extends Field = Field> {
  statusId: string;
  field: F;
  value: FieldValues[F];
  /** Milliseconds, strictly after everything in `base`: a later decision sorts later even across skewed clocks. */
  at: number;
  writer: string;
  /** The member's name, for the audit and the UI. */
  by: string;
  base: Record<string, number>;
}

const EventTuple = z.tuple([
  StatusId,
  z.enum(Object.values(FIELD_CODES) as [string, ...string[]]),
  z.unknown(),
  z.number(),
  WriterId,
  z.string().max(80),
  z.record(z.string(), z.number()),
]);

export function encodeEvent(e: TeamEvent): string {
  let value: unknown = e.value;
  if (e.field === 'status') {
    const d = e.value as StatusDecision;
    value = d.respondedAt !== undefined && d.responseKind ? [d.kind, d.respondedAt, d.responseKind] : [d.kind];
  }
  return JSON.stringify([e.statusId, FIELD_CODES[e.field], value, e.at, e.writer, e.by.slice(0, 80), e.base]);
}

export function decodeEvent(raw: unknown): TeamEvent | null {
  const t = parseTuple(EventTuple, raw);
  if (!t) return null;
  const [statusId, code, rawValue, at, writer, by, base] = t;
  const field = CODE_FIELDS[code]!;
  if (!VALUE_SCHEMAS[field].safeParse(rawValue).success) return null;
  let value: unknown = rawValue;
  if (field === 'status') {
    const [kind, respondedAt, responseKind] = rawValue as [DecisionKind, number?, z.infer<typeof ResponseKind>?];
    value = respondedAt === undefined ? { kind } : { kind, respondedAt, responseKind };
  }
  return { statusId, field, value, at, writer, by, base } as TeamEvent;
}

function parseTuple<T>(schema: z.ZodType<T>, raw: unknown): T | null {
  if (typeof raw !== 'string' || raw.length > 20_000) return null;
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return null;
  }
  const r = schema.safeParse(json);
  return r.success ? r.data : null;
}
