// The surge alert as a banner (role alert): the dashboard's incident room shows it, and the popup
// can show the same component. It names the topic and the figures.
import { alertFigures } from '../../lib/crisis/alert-text';
import type { SurgeAlert } from '../../lib/crisis/surge-alert';
import { useI18n } from '../i18n';

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
