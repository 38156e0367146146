// Getting approved text to the agent's X tab: into the composer through the background, and
// when that cannot be verified, onto the clipboard so the agent can paste it. Nothing here
// posts: the agent presses Post or Send on X.
import { sendToBackground } from '../../lib/messaging/client';
import type { InsertTarget } from '../../lib/messaging/protocol';

export type Delivery =
  | { via: 'composer'; target: InsertTarget }
  | { via: 'clipboard'; target: InsertTarget; reason: string }
  | { via: 'none'; target: InsertTarget; reason: string };

export interface DeliverRequest {
  target: InsertTarget;
  text: string;
  templateId?: string;
  statusId?: string;
}

export async function deliver(req: DeliverRequest): Promise<Delivery> {
  let reason = 'no_answer';
  try {
    const result = await sendToBackground({ type: 'insert', ...req });
    if (result.ok) return { via: 'composer', target: req.target };
    reason = result.reason ?? 'unknown';
  } catch {
    // The background did not answer (it may be restarting): the clipboard still works.
  }
  return (await copyText(req.text)) ? { via: 'clipboard', target: req.target, reason } : { via: 'none', target: req.target, reason };
}

/** Copies text; the older execCommand path covers a panel that lost focus (the Clipboard API refuses then). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return copyWithSelection(text);
  }
}

function copyWithSelection(text: string): boolean {
  if (typeof document.execCommand !== 'function') return false;
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  const active = document.activeElement as HTMLElement | null;
  area.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
    active?.focus();
  }
}
