// The alert's sentence, for the popup banner, the notification, the badge title and the room:
// "42 mentions in 10 min about 'outage zagreb', 80 % negative".
import type { Translate } from '../i18n/translate';
import type { StoredAlert } from './model';
import { topicLabel, type SurgeAlert } from './surge-alert';

/** What a banner needs of an alert: its figures and whether an incident is open for it. */
export type BannerAlert = Pick<SurgeAlert, 'mentions' | 'windowMinutes' | 'negativeShare' | 'topic'> & { incidentId?: string | null };

export function alertFigures(t: Translate, a: Pick<SurgeAlert, 'mentions' | 'windowMinutes' | 'negativeShare' | 'topic'>): string {
  const params = { mentions: a.mentions, minutes: a.windowMinutes, share: Math.round(a.negativeShare * 100) };
  const topic = topicLabel(a.topic);
  return topic ? t('crisis.alert.figures', { ...params, topic }) : t('crisis.alert.figuresNoTopic', params);
}

/** What X's page learns of the current surge (crisisNotice): figures and topic, never a mention's text. */
export interface CrisisNotice {
  alertId: string;
  topic: string[];
  mentions: number;
  windowMinutes: number;
  negativeShare: number;
  incidentId: string | null;
}

/** The notice of an alert: figures and topic words only (a quoted post's id stays behind). */
export function noticeOf(alert: StoredAlert): CrisisNotice {
  return {
    alertId: alert.id,
    topic: alert.topic?.terms.filter((t) => !t.startsWith('quote:')) ?? [],
    mentions: alert.mentions,
    windowMinutes: alert.windowMinutes,
    negativeShare: alert.negativeShare,
    incidentId: alert.incidentId ?? null,
  };
}

/** A notice as a banner's alert (the popup's first render has the notice, not the stored alert). */
export function noticeAlert(n: CrisisNotice): BannerAlert {
  return { ...n, topic: n.topic.length ? { terms: n.topic } : null };
}

/** The figures' sentence for the notice on X's page. */
export function noticeFigures(t: Translate, n: CrisisNotice): string {
  return alertFigures(t, noticeAlert(n));
}

/**
 * Stamped into storage.local by the background whenever the surge changes (raised, grown, dismissed,
 * ended), so X's page asks for the notice at once without polling the background.
 */
export const SURGE_STAMP_KEY = 'careline:surgeChanged';
