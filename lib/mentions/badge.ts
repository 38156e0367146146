import type { Translate } from '../i18n/translate';
import type { OpenCounts } from './sla-snapshot';

export interface Badge {
  text: string;
  color: string;
  title: string;
}

export const BADGE_COLORS = { breached: '#f4212e', dueSoon: '#ffad1f', clear: '#00ba7c' } as const;

/**
 * The toolbar badge: how many open mentions breached their SLA, coloured by the worst state.
 * With nothing breached but something due soon it shows 0 in amber, so a glance still warns.
 */
export function badgeFor(c: OpenCounts, t: Translate): Badge {
  const title = t('badge.title', { breached: c.breached, dueSoon: c.dueSoon, open: c.total });
  if (c.breached > 0) return { text: c.breached > 999 ? '999+' : String(c.breached), color: BADGE_COLORS.breached, title };
  if (c.dueSoon > 0) return { text: '0', color: BADGE_COLORS.dueSoon, title };
  return { text: '', color: BADGE_COLORS.clear, title };
}
