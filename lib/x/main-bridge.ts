// The bridge between Careline's isolated-world content script and its MAIN-world helper
// (entrypoints/x-main.content.ts), which alone can put text into X's composers so that X's own
// state sees it (see lib/x/composer-insert.ts and docs/composers.md).
//
// Protocol v1, all on `window`, every payload a JSON string (strings cross worlds unchanged in
// Chrome and Firefox, objects do not):
//   request:  CustomEvent REQUEST_EVENT, detail = {"v":1,"channel","id","target","text","replaceTrigger"?}
//   response: CustomEvent <channel>,    detail = {"v":1,"id","result":{"ok","method","reason"?}}
// The channel is random per page load and the id per request, so answers meant for other
// requests (or other tabs' scripts) are ignored.
//
// Threat model: the page shares this DOM and can read or forge any of these events. The MAIN
// side only ever inserts the given text into the page's own composer, which page scripts can do
// anyway; it never posts, reads nothing back but a verdict, and ignores anything that is not a
// well-formed request. A forged answer can at worst make the isolated side report a wrong verdict.
import { z } from 'zod';

export const REQUEST_EVENT = 'careline:composer-insert';
export const BRIDGE_VERSION = 1;
/** What one insert may carry: X's limit for long posts is 25,000 characters. */
export const MAX_INSERT_CHARS = 25_000;
export const DEFAULT_TIMEOUT_MS = 3_000;

export const InsertTarget = z.enum(['reply', 'dm']);
export type InsertTarget = z.infer<typeof InsertTarget>;

export const InsertMethod = z.enum(['paste', 'execCommand', 'native-setter', 'none']);
export type InsertMethod = z.infer<typeof InsertMethod>;

export const InsertResult = z.object({
  ok: z.boolean(),
  method: InsertMethod,
  reason: z.string().max(200).optional(),
});
export type InsertResult = z.infer<typeof InsertResult>;

const Channel = z.string().regex(/^careline-[A-Za-z0-9-]{8,64}$/);
const RequestId = z.string().regex(/^[A-Za-z0-9-]{1,64}$/);

export const InsertRequest = z.object({
  v: z.literal(BRIDGE_VERSION),
  channel: Channel,
  id: RequestId,
  target: InsertTarget,
  text: z.string().min(1).max(MAX_INSERT_CHARS),
  /** Characters the agent typed to open the picker (e.g. ";;"), replaced by the text. */
  replaceTrigger: z.string().min(1).max(8).optional(),
});
export type InsertRequest = z.infer<typeof InsertRequest>;

export const InsertResponse = z.object({ v: z.literal(BRIDGE_VERSION), id: RequestId, result: InsertResult });
export type InsertResponse = z.infer<typeof InsertResponse>;

export interface InsertOptions {
  replaceTrigger?: string;
}

/** Parses an event's detail (a JSON string) with a schema; anything else is null, never a throw. */
export function parseDetail<T>(schema: z.ZodType<T>, detail: unknown): T | null {
  if (typeof detail !== 'string' || detail.length > MAX_INSERT_CHARS * 2) return null;
  try {
    const parsed = schema.safeParse(JSON.parse(detail));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function randomToken(): string {
  return crypto.randomUUID();
}

/** One channel per page load (per loaded copy of this module). */
let pageChannel: string | null = null;
function channel(): string {
  pageChannel ??= `careline-${randomToken()}`;
  return pageChannel;
}

const fail = (reason: string): InsertResult => ({ ok: false, method: 'none', reason });

/**
 * Isolated side: asks the MAIN-world helper to insert `text` into the composer the agent is
 * using. Resolves with the helper's verdict, or ok:false (reason "timeout" when no helper
 * answered); never rejects and never throws into the page.
 */
export function requestInsert(
  target: InsertTarget,
  text: string,
  timeoutMs: number = DEFAULT_TIMEOUT_MS,
  options: InsertOptions = {},
  win: Window = window,
): Promise<InsertResult> {
  return new Promise<InsertResult>((resolve) => {
    try {
      const request: InsertRequest = { v: BRIDGE_VERSION, channel: channel(), id: randomToken(), target, text };
      if (options.replaceTrigger) request.replaceTrigger = options.replaceTrigger;
      const checked = InsertRequest.safeParse(request);
      if (!checked.success) {
        resolve(fail('invalid-request'));
        return;
      }
      let timer: ReturnType<typeof setTimeout> | undefined;
      const onResponse = (event: Event): void => {
        const response = parseDetail(InsertResponse, (event as CustomEvent).detail);
        if (!response || response.id !== request.id) return;
        finish(response.result);
      };
      const finish = (result: InsertResult): void => {
        if (timer !== undefined) clearTimeout(timer);
        win.removeEventListener(request.channel, onResponse);
        resolve(result);
      };
      win.addEventListener(request.channel, onResponse);
      timer = setTimeout(() => finish(fail('timeout')), timeoutMs);
      win.dispatchEvent(new CustomEvent(REQUEST_EVENT, { detail: JSON.stringify(checked.data) }));
    } catch {
      resolve(fail('bridge-error'));
    }
  });
}

export type InsertHandler = (request: InsertRequest) => Promise<InsertResult> | InsertResult;

/**
 * MAIN side: answers well-formed requests with `handler`, one at a time (two inserts must not
 * interleave in one editor). Returns a function that stops listening.
 */
export function serveInsertRequests(handler: InsertHandler, win: Window = window): () => void {
  let queue: Promise<void> = Promise.resolve();
  const answer = (request: InsertRequest, result: InsertResult): void => {
    const response: InsertResponse = { v: BRIDGE_VERSION, id: request.id, result: InsertResult.parse(result) };
    win.dispatchEvent(new CustomEvent(request.channel, { detail: JSON.stringify(response) }));
  };
  const onRequest = (event: Event): void => {
    const request = parseDetail(InsertRequest, (event as CustomEvent).detail);
    if (!request) return;
    queue = queue.then(async () => {
      let result: InsertResult;
      try {
        result = await handler(request);
      } catch {
        result = fail('insert-error');
      }
      try {
        answer(request, result);
      } catch {
        // Nothing to tell: the requester times out and falls back to the clipboard.
      }
    });
  };
  win.addEventListener(REQUEST_EVENT, onRequest);
  return () => win.removeEventListener(REQUEST_EVENT, onRequest);
}
