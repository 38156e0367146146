// Plays the isolated content script's side of the MAIN-world bridge from a page: Playwright cannot
// evaluate in the isolated world, so tests dispatch exactly the request requestInsert() sends
// (lib/x/main-bridge.ts, docs/composers.md) and wait for the helper's answer on their channel.
import type { Page } from 'playwright-core';
import { BRIDGE_VERSION, REQUEST_EVENT, type InsertResult } from '../../lib/x/main-bridge.ts';

export function bridgeInsert(page: Page, target: 'reply' | 'dm', text: string, replaceTrigger?: string): Promise<InsertResult> {
  return page.evaluate(
    ({ event, version, target, text, replaceTrigger }) =>
      new Promise<InsertResult>((resolve, reject) => {
        const channel = `careline-${crypto.randomUUID()}`;
        const id = crypto.randomUUID();
        const timer = setTimeout(() => reject(new Error('no answer from the MAIN-world helper')), 8_000);
        window.addEventListener(channel, (e) => {
          const answer = JSON.parse((e as CustomEvent<string>).detail) as { id: string; result: InsertResult };
          if (answer.id !== id) return;
          clearTimeout(timer);
          resolve(answer.result);
        });
        const request = { v: version, channel, id, target, text, ...(replaceTrigger ? { replaceTrigger } : {}) };
        window.dispatchEvent(new CustomEvent(event, { detail: JSON.stringify(request) }));
      }),
    { event: REQUEST_EVENT, version: BRIDGE_VERSION, target, text, replaceTrigger },
  );
}
