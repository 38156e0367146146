// The alert's sentence, for the popup banner, the notification, the badge title and the room:
// "42 mentions in 10 min about 'outage zagreb', 80 % negative".
import type { Translate } from '../i18n/translate';
import { topicLabel, type SurgeAlert } from './surge-alert';

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

/** The figures' sentence for the notice on X's page. */
export function noticeFigures(t: Translate, n: CrisisNotice): string {
  return alertFigures(t, { ...n, topic: n.topic.length ? { terms: n.topic } : null });
}

/**
 * Stamped into storage.local by the background whenever the surge changes (raised, grown, dismissed,
 * ended), so X's page asks for the notice at once without polling the background.
 */
export const SURGE_STAMP_KEY = 'careline:surgeChanged';
