// Wires the ;; trigger in X's reply box to the inline picker and the MAIN-world insertion.
import type { Translate } from '../../lib/i18n/translate';
import { sendToBackground } from '../../lib/messaging/client';
import { DEFAULT_TRIGGER, replyContext, watchTrigger } from '../../lib/x/composer-watch';
import { requestInsert } from '../../lib/x/main-bridge';
import { TemplatePicker } from '../../lib/x/overlay/template-picker';
import { readXTheme } from '../../lib/x/overlay/theme';

export function startInlinePicker(doc: Document, t: Translate): () => void {
  const picker = new TemplatePicker(doc, t, () => readXTheme(doc));
  const stop = watchTrigger(doc, DEFAULT_TRIGGER, async ({ editor, rect }) => {
    const { inReplyToStatusId } = replyContext(editor, doc);
    let statusId: string | null = null;
    let items;
    try {
      ({ statusId, items } = await sendToBackground({ type: 'pickerTemplates', inReplyToStatusId }));
    } catch {
      return; // Without the background there is nothing approved to offer; the ;; stays as typed.
    }
    picker.open({
      rect,
      items,
      choose: async (item) => {
        const r = await requestInsert('reply', item.text, 3000, { replaceTrigger: DEFAULT_TRIGGER });
        if (!r.ok) return { ok: false, message: t('picker.failed') };
        void sendToBackground({ type: 'pickerInserted', templateId: item.id, statusId }).catch(() => {});
        return { ok: true };
      },
    });
  });
  return () => {
    stop();
    picker.close();
  };
}
