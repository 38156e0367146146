// The bridge between Careline's isolated-world content script and its MAIN-world helper
// (entrypoints/x-main.content.ts), which alone can put text into X's composers so that X's own
// state sees it (lib/x/composer-insert.ts, docs/composers.md). Threat model: docs/trust.md.
//
// X's scripts share this DOM: they can read every event below and dispatch their own. So:
// 1. Key: both sides run at document_start, before any script of X's page. The MAIN side makes a
//    random HMAC key and hands it over in a synchronous event exchange (hello → key → ack) that is
//    over before X's first script runs; it gives the key out once, and only once.
// 2. Requests and answers are JSON strings (strings cross worlds, objects do not) signed with
//    HMAC-SHA-256 over their content, with a sequence number that only goes up. The MAIN side
//    ignores anything unsigned, wrongly signed or replayed; the isolated side ignores forged answers.
// 3. The MAIN side keeps its own references to the built-ins it needs, taken before X's scripts
//    could replace them.
// No zod here: both sides run on X's page, and a schema library would be most of their code. The
// small checks below build fresh objects with only the expected fields, as a schema's parse would.

export const BRIDGE_VERSION = 2;
export const REQUEST_EVENT = 'careline:composer-insert';
export const RESULT_EVENT = 'careline:composer-result';
const HELLO_EVENT = 'careline:bridge-hello';
const KEY_EVENT = 'careline:bridge-key';
const ACK_EVENT = 'careline:bridge-ack';
/** What one insert may carry: X's limit for long posts is 25,000 characters. */
export const MAX_INSERT_CHARS = 25_000;
export const DEFAULT_TIMEOUT_MS = 3_000;

export const INSERT_TARGETS = ['reply', 'dm'] as const;
export type InsertTarget = (typeof INSERT_TARGETS)[number];

export const INSERT_METHODS = ['paste', 'execCommand', 'native-setter', 'none'] as const;
export type InsertMethod = (typeof INSERT_METHODS)[number];

/** The schema for the background and the side panel is lib/messaging/requests/panel-requests.ts. */
export interface InsertResult {
  ok: boolean;
  method: InsertMethod;
  reason?: string;
}
export const MAX_REASON_CHARS = 200;

/** What the MAIN side is asked to do. */
export interface InsertRequest {
  target: InsertTarget;
  text: string;
  /** Characters the agent typed to open the quick replies (e.g. ";;"), replaced by the text. */
  replaceTrigger?: string;
}

/** A check that returns a clean copy of what it accepts, or null. */
export type Check<T> = (value: unknown) => T | null;

const record = (v: unknown): Record<string, unknown> | null =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
const isOneOf = <T extends string>(list: readonly T[], v: unknown): v is T => (list as readonly unknown[]).includes(v);
const isText = (v: unknown, min: number, max: number): v is string => typeof v === 'string' && v.length >= min && v.length <= max;
const isSeq = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) > 0;
const SIGNATURE = /^[A-Za-z0-9+/=]{40,64}$/;
const isSignature = (v: unknown): v is string => typeof v === 'string' && SIGNATURE.test(v);

export const readInsertResult: Check<InsertResult> = (value) => {
  const r = record(value);
  if (!r || typeof r.ok !== 'boolean' || !isOneOf(INSERT_METHODS, r.method)) return null;
  if (r.reason !== undefined && !isText(r.reason, 0, MAX_REASON_CHARS)) return null;
  return { ok: r.ok, method: r.method, ...(r.reason !== undefined ? { reason: r.reason } : {}) };
};

export const readInsertRequest: Check<InsertRequest> = (value) => {
  const r = record(value);
  if (!r || !isOneOf(INSERT_TARGETS, r.target) || !isText(r.text, 1, MAX_INSERT_CHARS)) return null;
  if (r.replaceTrigger !== undefined && !isText(r.replaceTrigger, 1, 8)) return null;
  return { target: r.target, text: r.text, ...(r.replaceTrigger !== undefined ? { replaceTrigger: r.replaceTrigger } : {}) };
};

/** A signed request or answer; `body` is its request or result. */
interface Signed<T> {
  seq: number;
  mac: string;
  body: T;
}

function readSigned<T>(key: 'request' | 'result', body: Check<T>): Check<Signed<T>> {
  return (value) => {
    const r = record(value);
    if (!r || r.v !== BRIDGE_VERSION || !isSeq(r.seq) || !isSignature(r.mac)) return null;
    const checked = body(r[key]);
    return checked === null ? null : { seq: r.seq, mac: r.mac, body: checked };
  };
}
const readSignedRequest = readSigned('request', readInsertRequest);
const readSignedResult = readSigned('result', readInsertResult);
const readKeyOffer: Check<{ key: string }> = (value) => {
  const r = record(value);
  return r && r.v === BRIDGE_VERSION && isSignature(r.key) ? { key: r.key } : null;
};

export interface InsertOptions {
  replaceTrigger?: string;
}

/** Reads an event's detail (a JSON string) with a check; anything else is null, never a throw. */
export function parseDetail<T>(check: Check<T>, detail: unknown, parse: (s: string) => unknown = JSON.parse): T | null {
  if (typeof detail !== 'string' || detail.length > MAX_INSERT_CHARS * 3) return null;
  try {
    return check(parse(detail));
  } catch {
    return null;
  }
}

const fail = (reason: string): InsertResult => ({ ok: false, method: 'none', reason });

/** The HMAC primitives one side uses, bound once. */
interface Mac {
  sign(data: string): Promise<string>;
  verify(data: string, mac: string): Promise<boolean>;
}

function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s);
}

function fromBase64(s: string): Uint8Array<ArrayBuffer> {
  const raw = atob(s);
  const bytes = new Uint8Array(raw.length);
  for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
  return bytes;
}

async function macFor(rawKey: Uint8Array<ArrayBuffer>, subtle: SubtleCrypto = crypto.subtle): Promise<Mac> {
  const importKey = subtle.importKey.bind(subtle);
  const sign = subtle.sign.bind(subtle);
  const verify = subtle.verify.bind(subtle);
  const encoder = new TextEncoder();
  const encode = encoder.encode.bind(encoder);
  const key = await importKey('raw', rawKey, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']);
  return {
    sign: async (data) => toBase64(new Uint8Array(await sign('HMAC', key, encode(data)))),
    verify: async (data, mac) => {
      try {
        return (await verify('HMAC', key, fromBase64(mac), encode(data))) === true;
      } catch {
        return false;
      }
    },
  };
}

/** What is signed: everything but the signature, in a fixed order. */
const signedText = (seq: number, body: unknown, stringify: (v: unknown) => string = JSON.stringify) => stringify([BRIDGE_VERSION, seq, body]);

// ------------------------------------------------------------------ isolated side

export interface IsolatedBridge {
  /** Asks the MAIN side to insert; never rejects, never throws into the page. */
  insert(target: InsertTarget, text: string, timeoutMs?: number, options?: InsertOptions): Promise<InsertResult>;
  /** Stops waiting for a key (a bridge that never got one). */
  close(): void;
}

/**
 * Isolated side, at document_start: takes the key the MAIN side offers (once). Returns the bridge;
 * until a key arrived every insert answers ok:false "no-bridge" (the caller copies instead).
 */
export function connectIsolatedBridge(win: Window = window): IsolatedBridge {
  let mac: Promise<Mac> | null = null;
  let seq = 0;
  // Signing is asynchronous and may finish out of order; the MAIN side drops any sequence number
  // not above the last it served, so requests are dispatched strictly in their order.
  let sent: Promise<void> = Promise.resolve();
  const onKey = (event: Event) => {
    const offer = parseDetail(readKeyOffer, (event as CustomEvent).detail);
    if (!offer || mac) return;
    mac = macFor(fromBase64(offer.key));
    win.removeEventListener(KEY_EVENT, onKey);
    win.dispatchEvent(new CustomEvent(ACK_EVENT));
  };
  win.addEventListener(KEY_EVENT, onKey);
  win.dispatchEvent(new CustomEvent(HELLO_EVENT));

  return {
    close: () => win.removeEventListener(KEY_EVENT, onKey),
    insert(target, text, timeoutMs = DEFAULT_TIMEOUT_MS, options = {}) {
      return new Promise<InsertResult>((resolve) => {
        const keyed = mac;
        if (!keyed) return resolve(fail('no-bridge'));
        const request: InsertRequest = { target, text, ...(options.replaceTrigger ? { replaceTrigger: options.replaceTrigger } : {}) };
        if (!readInsertRequest(request)) return resolve(fail('invalid-request'));
        const mySeq = ++seq;
        const finish = (result: InsertResult) => {
          clearTimeout(timer);
          win.removeEventListener(RESULT_EVENT, onResult);
          resolve(result);
        };
        const onResult = (event: Event) => {
          const answer = parseDetail(readSignedResult, (event as CustomEvent).detail);
          if (!answer || answer.seq !== mySeq) return;
          void keyed.then(async (m) => {
            if (await m.verify(signedText(answer.seq, answer.body), answer.mac)) finish(answer.body);
          });
        };
        win.addEventListener(RESULT_EVENT, onResult);
        const timer = setTimeout(() => finish(fail('timeout')), timeoutMs);
        const signing = keyed.then((m) => m.sign(signedText(mySeq, request)));
        sent = sent
          .then(() => signing)
          .then((signature) => {
            const signed = { v: BRIDGE_VERSION, seq: mySeq, request, mac: signature };
            win.dispatchEvent(new CustomEvent(REQUEST_EVENT, { detail: JSON.stringify(signed) }));
          })
          .catch(() => finish(fail('bridge-error')));
      });
    },
  };
}

// ------------------------------------------------------------------ MAIN side

export type InsertHandler = (request: InsertRequest) => Promise<InsertResult> | InsertResult;

/**
 * MAIN side, at document_start: offers the key once, then answers signed requests with `handler`,
 * one at a time (two inserts must not interleave in one editor). Returns a function that stops it.
 */
export function serveInsertRequests(handler: InsertHandler, win: Window = window): () => void {
  // Built-ins taken now, before X's scripts exist: later replacements of these do not reach here.
  const listen = win.addEventListener.bind(win);
  const unlisten = win.removeEventListener.bind(win);
  const dispatch = win.dispatchEvent.bind(win);
  const Custom = (win as Window & typeof globalThis).CustomEvent;
  const parse = JSON.parse;
  const stringify = JSON.stringify;
  const random = crypto.getRandomValues.bind(crypto);

  const rawKey = random(new Uint8Array(32));
  const mac = macFor(rawKey);
  let offered = false;
  let lastSeq = 0;
  let queue: Promise<void> = Promise.resolve();

  const offer = () => dispatch(new Custom(KEY_EVENT, { detail: stringify({ v: BRIDGE_VERSION, key: toBase64(rawKey) }) }));
  const stopOffering = () => {
    offered = true;
    unlisten(HELLO_EVENT, onHello);
    unlisten(ACK_EVENT, onAck);
  };
  // The isolated side answers a key synchronously: once it has, the key is never offered again.
  const onAck = () => stopOffering();
  const onHello = () => {
    if (offered) return;
    offer();
    stopOffering();
  };

  const onRequest = (event: Event) => {
    const signed = parseDetail(readSignedRequest, (event as CustomEvent).detail, parse);
    if (!signed) return;
    queue = queue.then(async () => {
      const m = await mac;
      if (signed.seq <= lastSeq || !(await m.verify(signedText(signed.seq, signed.body, stringify), signed.mac))) return;
      lastSeq = signed.seq;
      let result: InsertResult;
      try {
        result = readInsertResult(await handler(signed.body)) ?? fail('insert-error');
      } catch {
        result = fail('insert-error');
      }
      try {
        const answer = { v: BRIDGE_VERSION, seq: signed.seq, result, mac: await m.sign(signedText(signed.seq, result, stringify)) };
        dispatch(new Custom(RESULT_EVENT, { detail: stringify(answer) }));
      } catch {
        // Nothing to tell: the requester times out and copies instead.
      }
    });
  };

  listen(HELLO_EVENT, onHello);
  listen(ACK_EVENT, onAck);
  listen(REQUEST_EVENT, onRequest);
  // The isolated side may already be listening (the two scripts' order is not fixed).
  offer();
  return () => {
    stopOffering();
    unlisten(REQUEST_EVENT, onRequest);
  };
}
