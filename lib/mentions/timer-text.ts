import type { Translate } from '../i18n/translate';
import type { MentionView, SlaState } from '../model';
import { THANK_LABEL } from '../model-constants';
import { formatDuration } from '../sla';

export interface TimerText {
  /** What the timer shows ('' hides it). */
  visible: string;
  /** The accessible name, in words. */
  spoken: string;
  /** The two halves of `visible`, so a narrow overlay can drop the first and keep what is left. */
  waited: string;
  remaining: string;
}

// Seconds matter only in the last ten minutes; before that they are noise in a busy timeline.
const PRECISE_BELOW_MS = 10 * 60_000;
const HOUR_MS = 3_600_000;

// Hundreds of timers show the same few strings ("4m", "12m 05s"): format each once.
const formatted = new Map<string, string>();
function duration(ms: number, locale: string, seconds: boolean): string {
  const step = seconds || ms < 60_000 ? 1000 : 60_000;
  const key = `${locale}|${step}|${Math.floor(Math.max(0, ms) / step)}`;
  let text = formatted.get(key);
  if (text === undefined) {
    if (formatted.size > 5_000) formatted.clear();
    text = formatDuration(Math.max(0, ms), locale, { seconds });
    formatted.set(key, text);
  }
  return text;
}

const hourFormats = new Map<string, Intl.NumberFormat>();
function wholeHours(ms: number, locale: string): string {
  let f = hourFormats.get(locale);
  if (!f) {
    f = new Intl.NumberFormat(locale, { style: 'unit', unit: 'hour', unitDisplay: 'narrow' });
    hourFormats.set(locale, f);
  }
  return f.format(Math.floor(ms / HOUR_MS));
}

/** A goal as a person says it: "24h" rather than "1d 0h". */
export function goalText(ms: number, locale: string): string {
  return ms >= HOUR_MS && ms < 48 * HOUR_MS && ms % HOUR_MS === 0 ? wholeHours(ms, locale) : formatDuration(ms, locale);
}

const whole = (text: string): TimerText => ({ visible: text, spoken: text, waited: '', remaining: text });

/**
 * How long the customer has waited and what is left against the SLA, or how it ended. Praise
 * has a quieter goal: "thank within 20h", then "thank-you 2h late", never "over".
 */
export function timerText(v: MentionView, state: SlaState, now: number, t: Translate, locale: string): TimerText {
  const coarse = (ms: number) => duration(ms, locale, false);
  const countdown = (ms: number) => duration(ms, locale, ms < PRECISE_BELOW_MS);
  if (v.closedAt !== undefined) {
    if (v.status === 'dismissed') return whole(t('status.dismissed'));
    return whole(`${t(`status.${v.status}`)} · ${t('overlay.answeredIn', { time: coarse(v.closedAt - v.postedAt) })}`);
  }
  // No response expected (troll, spam, other): a timer would only be noise.
  if (v.slaDeadline === null) return { visible: '', spoken: '', waited: '', remaining: '' };
  const left = v.slaDeadline - now;
  if (v.label === THANK_LABEL) {
    // A day-long goal needs no minutes: "thank within 23h".
    const hours = (ms: number) => (ms >= HOUR_MS && ms < 48 * HOUR_MS ? wholeHours(ms, locale) : coarse(ms));
    return whole(state === 'breached' ? t('overlay.thankLate', { time: hours(-left) }) : t('overlay.thankWithin', { time: hours(left) }));
  }
  const waited = t('overlay.waited', { time: coarse(now - v.postedAt) });
  const remaining =
    state === 'breached' ? t('overlay.over', { time: coarse(-left) }) : t('overlay.left', { time: countdown(left) });
  return {
    visible: `${waited} · ${remaining}`,
    spoken: t('overlay.timerName', { waited: coarse(now - v.postedAt), remaining }),
    waited,
    remaining,
  };
}

/**
 * Changes exactly when the timer's text can change (each second in the last ten minutes, each
 * minute otherwise), so a tick over 200 timers formats only the few that moved.
 */
export function timerKey(v: MentionView, state: SlaState, now: number): string {
  if (v.closedAt !== undefined || v.slaDeadline === null) return `${v.status}|${v.closedAt ?? ''}`;
  const left = v.slaDeadline - now;
  const step = v.label === THANK_LABEL ? HOUR_MS : state !== 'breached' && left < PRECISE_BELOW_MS ? 1000 : 60_000;
  return `${state}|${Math.floor((now - v.postedAt) / 60_000)}|${Math.floor(left / step)}`;
}
