import { timerText } from '../lib/mentions/timer-text';
import type { MentionView } from '../lib/model';
import { timerState } from '../lib/sla';
import { useNow } from './hooks/use-now';
import { useI18n } from './i18n-context';

/** The same timer as on X's page: time waited and time left, amber when due soon, red when breached. */
export function SlaTimer({ view }: { view: MentionView }) {
  const { t, locale } = useI18n();
  const now = useNow(1000);
  const state = timerState(now, view);
  const text = timerText(view, state, now, t, locale);
  if (!text.visible) return null;
  return (
    <span className="sla-timer" role="timer" data-state={state} aria-label={text.spoken}>
      {text.visible}
    </span>
  );
}
