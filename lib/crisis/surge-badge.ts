// The toolbar badge during a surge: "!" on Careline's crisis colour, whatever the SLA figures say,
// with the alert's sentence first in the title (the SLA figures stay after it).
import type { Translate } from '../i18n/translate';
import type { Badge } from '../mentions/badge';
import { alertFigures } from './alert-text';
import type { StoredAlert } from './model';

/** X's purple: apart from the SLA badge's red, amber and green, so a glance tells a surge from breaches. */
export const SURGE_BADGE_COLOR = '#7856ff';

export function withSurge(badge: Badge, alert: StoredAlert | null, t: Translate): Badge {
  if (!alert) return badge;
  return { text: '!', color: SURGE_BADGE_COLOR, title: `${t('crisis.alert.title')}: ${alertFigures(t, alert)}\n${badge.title}` };
}
