// The surge alert as a banner (role alert): the dashboard's incident room shows it, and the popup
// can show the same component. It names the topic and the figures.
import type { SurgeAlert } from '../../lib/crisis/surge-alert';
import { topicLabel } from '../../lib/crisis/surge-alert';
import type { Translate } from '../../lib/i18n/translate';
import { useI18n } from '../i18n';

/** "42 mentions in 10 min about 'outage zagreb', 80 % negative". */
export function alertFigures(t: Translate, a: Pick<SurgeAlert, 'mentions' | 'windowMinutes' | 'negativeShare' | 'topic'>): string {
  const params = { mentions: a.mentions, minutes: a.windowMinutes, share: Math.round(a.negativeShare * 100) };
  const topic = topicLabel(a.topic);
  return topic ? t('crisis.alert.figures', { ...params, topic }) : t('crisis.alert.figuresNoTopic', params);
}

export interface SurgeBannerProps {
  alert: SurgeAlert & { incidentId?: string };
  onDeclare?(): void;
  onPropose?(): void;
  onOpenIncident?(id: string): void;
  onDismiss?(): void;
}

export function SurgeBanner({ alert, onDeclare, onPropose, onOpenIncident, onDismiss }: SurgeBannerProps) {
  const { t } = useI18n();
  return (
    <div className="alert alert-error surge-banner" role="alert">
      <strong>{t('crisis.alert.title')}</strong>
      <span>{alertFigures(t, alert)}</span>
      <div className="row wrap">
        {alert.incidentId && onOpenIncident ? (
          <button type="button" className="btn btn-small btn-primary" onClick={() => onOpenIncident(alert.incidentId!)}>
            {t('crisis.alert.open')}
          </button>
        ) : (
          <>
            {onDeclare && (
              <button type="button" className="btn btn-small btn-danger" onClick={onDeclare}>
                {t('crisis.alert.declare')}
              </button>
            )}
            {onPropose && (
              <button type="button" className="btn btn-small" onClick={onPropose}>
                {t('crisis.alert.propose')}
              </button>
            )}
          </>
        )}
        {onDismiss && (
          <button type="button" className="btn btn-small btn-link" onClick={onDismiss}>
            {t('crisis.alert.dismiss')}
          </button>
        )}
      </div>
    </div>
  );
}
