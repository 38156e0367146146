// Validates an incoming request, checks that its sender may send it, and runs its handler.
import type { Access } from './access';
import { BackgroundRequest, isRequestType, REQUEST_ACCESS, type Envelope, type RequestType, type ResponseMap } from './protocol';
import type { SenderInfo } from './sender';

export type Handlers = {
  [T in RequestType]: (req: Extract<BackgroundRequest, { type: T }>, sender: SenderInfo) => Promise<ResponseMap[T]>;
};

/** Says why a sender may not send a request of this access level, or null when it may. */
export type Authorize = (access: Access, sender: SenderInfo) => Promise<string | null>;

/**
 * Returns undefined for messages that are not Careline requests, so other listeners can answer
 * them. A refused or invalid request never reaches its handler and changes nothing.
 */
export async function route(
  handlers: Handlers,
  raw: unknown,
  sender: SenderInfo,
  authorize: Authorize,
): Promise<Envelope<unknown> | undefined> {
  const type = (raw as { type?: unknown } | null)?.type;
  if (!isRequestType(type)) return undefined;
  const access = REQUEST_ACCESS[type];
  const refusal = await authorize(access, sender);
  if (refusal) return { ok: false, error: refusal };
  const parsed = BackgroundRequest.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, error: `Invalid ${type} message: ${issue?.path.join('.') || 'message'} ${issue?.message ?? ''}`.trim() };
  }
  try {
    const handler = handlers[parsed.data.type] as (req: BackgroundRequest, sender: SenderInfo) => Promise<unknown>;
    return { ok: true, data: await handler(parsed.data, sender) };
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}
