// The alert's sentence, for the popup banner, the notification, the badge title and the room:
// "42 mentions in 10 min about 'outage zagreb', 80 % negative".
import type { Translate } from '../i18n/translate';
import { topicLabel, type SurgeAlert } from './surge-alert';

export function alertFigures(t: Translate, a: Pick<SurgeAlert, 'mentions' | 'windowMinutes' | 'negativeShare' | 'topic'>): string {
  const params = { mentions: a.mentions, minutes: a.windowMinutes, share: Math.round(a.negativeShare * 100) };
  const topic = topicLabel(a.topic);
  return topic ? t('crisis.alert.figures', { ...params, topic }) : t('crisis.alert.figuresNoTopic', params);
}
