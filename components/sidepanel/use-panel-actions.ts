// The panel's writes, all through the background: insert (with the clipboard as fallback),
// mention actions, settings the agent fills inline. Each says how it went in the notice.
import { useContext } from 'react';
import type { MentionAction } from '../../lib/mentions/actions';
import { sendToBackground } from '../../lib/messaging/client';
import type { InsertTarget } from '../../lib/messaging/protocol';
import type { Settings } from '../../lib/model';
import { copyText, deliver } from './deliver';
import { PanelStoreContext } from './panel-store';

export interface InsertOptions {
  target: InsertTarget;
  text: string;
  templateId: string;
  /** The mention moves to DM with this case number once the text reached X or the clipboard. */
  handoffCaseId?: string;
}

export type SaveOutcome = { ok: true } | { ok: false; message: string };

const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));

export function usePanelActions(statusId: string) {
  const store = useContext(PanelStoreContext);
  if (!store) throw new Error('usePanelActions needs a PanelStoreContext provider');
  const { notify, setBusy } = store.getState();

  /** Runs one write at a time; a failure is announced, never thrown at React. */
  async function exclusive(work: () => Promise<void>): Promise<void> {
    if (store!.getState().busy) return;
    setBusy(true);
    try {
      await work();
    } catch (e) {
      notify({ kind: 'error', message: messageOf(e) });
    } finally {
      setBusy(false);
    }
  }

  const insert = ({ target, text, templateId, handoffCaseId }: InsertOptions) =>
    exclusive(async () => {
      notify(null);
      const delivery = await deliver({ target, text, templateId, statusId });
      // The agent has the text (in X or on the clipboard): the case number is now theirs to send.
      const handedOff = delivery.via !== 'none' && handoffCaseId !== undefined;
      if (handedOff) await sendToBackground({ type: 'mentionAction', statusId, action: { kind: 'handoff', caseId: handoffCaseId } });
      notify({ kind: 'delivered', delivery, ...(handedOff ? { handoffCaseId } : {}) });
    });

  const act = (action: MentionAction) =>
    exclusive(async () => {
      notify(null);
      await sendToBackground({ type: 'mentionAction', statusId, action });
    });

  const copy = async (text: string) => notify((await copyText(text)) ? { kind: 'copied' } : { kind: 'copyFailed' });

  const saveSetting = async (change: Partial<Settings>): Promise<SaveOutcome> => {
    try {
      const r = await sendToBackground({ type: 'saveSettings', change });
      if (!r.ok) return { ok: false, message: r.errors.map((e) => e.message).join(' ') };
      notify({ kind: 'saved' });
      return { ok: true };
    } catch (e) {
      return { ok: false, message: messageOf(e) };
    }
  };

  return { insert, act, copy, saveSetting };
}
