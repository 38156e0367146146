// Messages the background sends to the content script in X tabs, and their checks, without zod:
// X's page loads this on every page, and a schema library would be most of its code. Only the
// extension itself can send to a content script's runtime.onMessage (X's page cannot), so these
// checks guard against version skew and mistakes, not against the page; they still refuse
// anything malformed and keep only the expected fields. tests/unit/messaging/content-messages.test.ts
// holds them to lib/model.ts's MentionView schema.
import type { MentionView, Reason } from '../model';
import { LABEL_SOURCES, LABELS, STATUS_ID_PATTERN, STATUSES } from '../model-constants';
import { INSERT_TARGETS, type InsertTarget } from '../x/main-bridge';

export type ContentMessage =
  | { type: 'mentionsChanged'; views: MentionView[] }
  | { type: 'settingsChanged' }
  | { type: 'insertText'; target: InsertTarget; text: string; replaceTrigger?: string };

/** The background tells X tabs who else is replying to what (status id → name). */
export interface TeamClaimsMessage {
  type: 'teamClaims';
  claims: Record<string, string>;
  /** False once the agent left the team: the page stops claiming. */
  joined: boolean;
}

type Fields = Record<string, unknown>;
const record = (v: unknown): Fields | null => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Fields) : null);
const oneOf = <T>(list: readonly T[], v: unknown): v is T => (list as readonly unknown[]).includes(v);
const text = (v: unknown, max: number, min = 0): v is string => typeof v === 'string' && v.length >= min && v.length <= max;
const num = (v: unknown): v is number => typeof v === 'number' && !Number.isNaN(v);
const numOrNull = (v: unknown): v is number | null => v === null || num(v);
const optional = <T>(v: unknown, check: (v: unknown) => v is T): boolean => v === undefined || check(v);
const statusId = (v: unknown): v is string => typeof v === 'string' && STATUS_ID_PATTERN.test(v);

function readReason(v: unknown): Reason | null {
  const r = record(v);
  if (!r || !text(r.kind, 40, 1)) return null;
  if (r.terms === undefined) return { kind: r.kind };
  if (!Array.isArray(r.terms) || r.terms.length > 10 || !r.terms.every((t) => text(t, 80))) return null;
  return { kind: r.kind, terms: [...(r.terms as string[])] };
}

/** One overlay's view, as lib/model.ts's MentionView schema accepts it; null otherwise. */
export function readMentionView(v: unknown): MentionView | null {
  const r = record(v);
  if (!r || !statusId(r.statusId) || !oneOf(LABELS, r.label) || !oneOf(LABEL_SOURCES, r.labelSource)) return null;
  if (!num(r.confidence) || !oneOf(STATUSES, r.status) || !num(r.postedAt)) return null;
  if (!numOrNull(r.slaDeadline) || !numOrNull(r.slaDueSoonAt) || !optional(r.closedAt, num)) return null;
  const short = (max: number) => (x: unknown): x is string => text(x, max);
  if (!optional(r.incidentId, short(100)) || !optional(r.assignee, short(80)) || !optional(r.claimedBy, short(80))) return null;
  if (!Array.isArray(r.reasons)) return null;
  const reasons = r.reasons.map(readReason);
  if (reasons.some((x) => x === null)) return null;
  const view: MentionView = {
    statusId: r.statusId,
    label: r.label,
    labelSource: r.labelSource,
    confidence: r.confidence,
    reasons: reasons as Reason[],
    status: r.status,
    postedAt: r.postedAt,
    slaDeadline: r.slaDeadline,
    slaDueSoonAt: r.slaDueSoonAt,
  };
  if (r.closedAt !== undefined) view.closedAt = r.closedAt as number;
  if (r.incidentId !== undefined) view.incidentId = r.incidentId as string;
  if (r.assignee !== undefined) view.assignee = r.assignee as string;
  if (r.claimedBy !== undefined) view.claimedBy = r.claimedBy as string;
  return view;
}

/** A message for the content script, or null for anything else (including other messages' shapes). */
export function readContentMessage(raw: unknown): ContentMessage | null {
  const m = record(raw);
  switch (m?.type) {
    case 'mentionsChanged': {
      if (!Array.isArray(m.views)) return null;
      const views = m.views.map(readMentionView);
      return views.every((x) => x !== null) ? { type: 'mentionsChanged', views: views as MentionView[] } : null;
    }
    case 'settingsChanged':
      return { type: 'settingsChanged' };
    case 'insertText':
      if (!oneOf(INSERT_TARGETS, m.target) || !text(m.text, 10_000, 1) || !optional(m.replaceTrigger, (x): x is string => text(x, 8, 1))) return null;
      return { type: 'insertText', target: m.target, text: m.text, ...(m.replaceTrigger !== undefined ? { replaceTrigger: m.replaceTrigger as string } : {}) };
    default:
      return null;
  }
}

/** The team's claims message, or null. */
export function readTeamClaims(raw: unknown): TeamClaimsMessage | null {
  const m = record(raw);
  if (!m || m.type !== 'teamClaims' || typeof m.joined !== 'boolean') return null;
  const claims = record(m.claims);
  if (!claims) return null;
  const out: Record<string, string> = {};
  for (const [id, name] of Object.entries(claims)) {
    if (!statusId(id) || !text(name, 80)) return null;
    out[id] = name;
  }
  return { type: 'teamClaims', claims: out, joined: m.joined };
}
