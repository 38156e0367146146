// Sends a crisis request to the background. Until issue 12's protocol spreads crisisRequests
// into BackgroundRequest, sendToBackground cannot type them; this does the same envelope work.
import { browser } from 'wxt/browser';
import { BackgroundError } from '../../lib/messaging/client';
import type { Envelope } from '../../lib/messaging/protocol';
import type { CrisisRequest, CrisisRequestType, CrisisResponses } from '../../lib/messaging/requests/crisis';

export async function sendCrisis<T extends CrisisRequestType>(request: Extract<CrisisRequest, { type: T }>): Promise<CrisisResponses[T]> {
  const envelope = (await browser.runtime.sendMessage(request)) as Envelope<CrisisResponses[T]> | undefined;
  if (!envelope) throw new BackgroundError('Careline’s background did not answer.');
  if (!envelope.ok) throw new BackgroundError(envelope.error);
  return envelope.data;
}
