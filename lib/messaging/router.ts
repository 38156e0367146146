import { BackgroundRequest, type Envelope, type RequestType, type ResponseMap } from './protocol';

export type Handlers<Sender> = {
  [T in RequestType]: (req: Extract<BackgroundRequest, { type: T }>, sender: Sender) => Promise<ResponseMap[T]>;
};

/**
 * Validates an incoming message and runs its handler. Returns undefined for messages that are
 * not Careline requests, so other listeners can answer them.
 */
export async function route<Sender>(
  handlers: Handlers<Sender>,
  raw: unknown,
  sender: Sender,
): Promise<Envelope<unknown> | undefined> {
  const type = (raw as { type?: unknown } | null)?.type;
  if (typeof type !== 'string' || !(type in handlers)) return undefined;
  const parsed = BackgroundRequest.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, error: `Invalid ${type} message: ${issue?.path.join('.') || 'message'} ${issue?.message ?? ''}`.trim() };
  }
  try {
    const handler = handlers[parsed.data.type] as (req: BackgroundRequest, sender: Sender) => Promise<unknown>;
    return { ok: true, data: await handler(parsed.data, sender) };
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}
