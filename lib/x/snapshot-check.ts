// The page's own check of a post it read, without zod: X's page would otherwise load a schema
// library for this one check. It applies the rules of lib/model.ts's PostSnapshot (the background
// validates every snapshot with that schema again; tests/unit/x/snapshot-check.test.ts keeps the
// two in agreement) and keeps only the snapshot's own fields, as the schema's parse does.
import type { PostSnapshot, PostTranslation } from '../model';
import { HANDLE_PATTERN, STATUS_ID_PATTERN } from '../model-constants';

export type SnapshotCheck = { ok: true; snapshot: PostSnapshot } | { ok: false; detail: string };

const ISO_WITH_OFFSET = /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

/** An RFC 3339 date-time with seconds and a Z or ±HH:MM offset, on a day that exists. */
export function isIsoDateTime(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = ISO_WITH_OFFSET.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const isString = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;
const isHandle = (v: unknown): v is string => typeof v === 'string' && HANDLE_PATTERN.test(v);
const isStatusId = (v: unknown): v is string => typeof v === 'string' && STATUS_ID_PATTERN.test(v);

function checkTranslation(v: unknown): PostTranslation | string {
  if (typeof v !== 'object' || v === null) return 'translation: expected an object';
  const { text, lang } = v as Record<string, unknown>;
  if (!isString(text, 10_000)) return 'translation.text: expected a string of at most 10000 characters';
  if (lang !== undefined && !isString(lang, 16)) return 'translation.lang: expected a string of at most 16 characters';
  return { text, ...(lang !== undefined ? { lang } : {}) };
}

/** Checks a candidate snapshot; the answer says which field failed, as the reader's "invalid" detail. */
export function checkSnapshot(candidate: Record<string, unknown>): SnapshotCheck {
  const c = candidate;
  const fail = (detail: string): SnapshotCheck => ({ ok: false, detail });
  if (!isStatusId(c.statusId)) return fail('statusId: status id must be digits');
  if (!isHandle(c.authorHandle)) return fail('authorHandle: not an X handle');
  if (!isString(c.authorName, 200)) return fail('authorName: expected a string of at most 200 characters');
  if (!isString(c.text, 10_000)) return fail('text: expected a string of at most 10000 characters');
  if (c.lang !== undefined && !isString(c.lang, 16)) return fail('lang: expected a string of at most 16 characters');
  if (!isIsoDateTime(c.postedAt)) return fail('postedAt: invalid ISO datetime');
  if (typeof c.url !== 'string' || !URL.canParse(c.url)) return fail('url: invalid URL');
  if (!Array.isArray(c.replyingTo) || c.replyingTo.length > 50) return fail('replyingTo: expected at most 50 handles');
  const bad = c.replyingTo.findIndex((h) => !isHandle(h));
  if (bad >= 0) return fail(`replyingTo.${bad}: not an X handle`);
  if (c.repostedBy !== undefined && !isHandle(c.repostedBy)) return fail('repostedBy: not an X handle');
  if (typeof c.promoted !== 'boolean') return fail('promoted: expected a boolean');
  if (c.quotedStatusId !== undefined && !isStatusId(c.quotedStatusId)) return fail('quotedStatusId: status id must be digits');
  let translation: PostTranslation | undefined;
  if (c.translation !== undefined) {
    const t = checkTranslation(c.translation);
    if (typeof t === 'string') return fail(t);
    translation = t;
  }
  return {
    ok: true,
    snapshot: {
      statusId: c.statusId,
      authorHandle: c.authorHandle,
      authorName: c.authorName,
      text: c.text,
      ...(c.lang !== undefined ? { lang: c.lang } : {}),
      postedAt: c.postedAt,
      url: c.url,
      replyingTo: [...(c.replyingTo as string[])],
      ...(c.repostedBy !== undefined ? { repostedBy: c.repostedBy } : {}),
      promoted: c.promoted,
      ...(c.quotedStatusId !== undefined ? { quotedStatusId: c.quotedStatusId } : {}),
      ...(translation ? { translation } : {}),
    },
  };
}
