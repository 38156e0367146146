// The ;; quick replies: typing ;; in X's reply box opens the approved replies for the post, inserted
// through the MAIN-world helper. While the menu is open the agent keeps typing in X's box; the keys
// that drive the menu (arrows, Enter, Escape, Tab) are kept from X's editor. Only the agent's own
// keys count: X's scripts can dispatch key events, never trusted ones.
import { isAgentEvent } from '../../../lib/x/agent-event';
import { caretInEditor } from '../../../lib/x/composer-text';
import { DEFAULT_TRIGGER, replyContext, watchTrigger } from '../../../lib/x/composer-watch';
import { COMPOSER_PAGE_KINDS } from '../../../lib/x/page';
import { QuickReplyMenu } from '../../../lib/x/overlay/quick-reply-menu';
import { readXTheme } from '../../../lib/x/overlay/theme';
import { defineFeature, onAbort } from '../feature';
import type { Session } from '../session';

const MAX_QUERY = 40;

export const quickReplies = defineFeature({
  id: 'quick-replies',
  include: COMPOSER_PAGE_KINDS,
  start({ signal, session }) {
    onAbort(signal, startQuickReplies(session));
  },
});

function startQuickReplies({ doc, t, requests, bridge }: Session): () => void {
  const picker = new QuickReplyMenu(doc, t, () => readXTheme(doc));
  let editor: Element | null = null;
  let query = '';

  /** What the agent typed after the trigger, or null when the trigger is gone or they moved on. */
  const typedQuery = (): string | null => {
    if (!editor) return null;
    const before = caretInEditor(editor, doc)?.textBefore ?? '';
    const at = before.lastIndexOf(DEFAULT_TRIGGER);
    if (at < 0) return null;
    const q = before.slice(at + DEFAULT_TRIGGER.length);
    return /^\s/.test(q) || q.includes('\n') || q.length > MAX_QUERY ? null : q;
  };

  const onInput = (e: Event) => {
    if (!picker.isOpen || !editor || !(e.target instanceof Node) || !editor.contains(e.target)) return;
    const q = typedQuery();
    if (q === null) return picker.close();
    query = q;
    picker.filter(q);
  };

  const onKey = (e: KeyboardEvent) => {
    if (!picker.isOpen || !editor || !isAgentEvent(e) || !(e.target instanceof Node) || !editor.contains(e.target)) return;
    const stop = () => {
      e.preventDefault();
      e.stopImmediatePropagation();
    };
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      stop();
      picker.move(e.key === 'ArrowDown' ? 1 : -1);
    } else if (e.key === 'Enter' && !e.shiftKey && !e.ctrlKey && !e.metaKey) {
      stop();
      void picker.pick();
    } else if (e.key === 'Escape') {
      stop();
      picker.close();
    } else if (e.key === 'Tab') {
      picker.close();
    }
  };

  const stopTrigger = watchTrigger(doc, DEFAULT_TRIGGER, async (hit) => {
    editor = hit.editor;
    query = '';
    const { inReplyToStatusId } = replyContext(hit.editor, doc);
    let answer;
    try {
      answer = await requests.send({ type: 'quickReplies', inReplyToStatusId });
    } catch {
      return; // Without the background there is nothing approved to offer; the ;; stays as typed.
    }
    const { statusId, items } = answer;
    picker.open({
      rect: hit.rect,
      items,
      choose: async (item) => {
        const r = await bridge.insert('reply', item.text, 3000, { replaceTrigger: DEFAULT_TRIGGER + query });
        if (!r.ok) return { ok: false, message: t('picker.failed') };
        void requests.send({ type: 'quickReplyInserted', templateId: item.id, statusId }).catch(() => {});
        return { ok: true };
      },
    });
  });
  doc.addEventListener('keydown', onKey, true);
  doc.addEventListener('input', onInput, true);
  return () => {
    stopTrigger();
    doc.removeEventListener('keydown', onKey, true);
    doc.removeEventListener('input', onInput, true);
    picker.close();
  };
}
