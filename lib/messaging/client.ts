import { browser } from 'wxt/browser';
import type { BackgroundRequest, Envelope, RequestType, ResponseMap } from './protocol';

export class BackgroundError extends Error {}

/** Sends a request to the background and unwraps its envelope; throws BackgroundError on failure. */
export async function sendToBackground<T extends RequestType>(
  request: Extract<BackgroundRequest, { type: T }>,
): Promise<ResponseMap[T]> {
  const envelope = (await browser.runtime.sendMessage(request)) as Envelope<ResponseMap[T]> | undefined;
  if (!envelope) throw new BackgroundError('Careline’s background did not answer.');
  if (!envelope.ok) throw new BackgroundError(envelope.error);
  return envelope.data;
}
