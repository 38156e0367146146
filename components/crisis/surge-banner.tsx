// The surge alert as a banner (role alert): the dashboard's incident room and the popup show it.
// It names the topic and the figures; in the popup it links to the incident room (`roomHref`).
import { alertFigures, type BannerAlert } from '../../lib/crisis/alert-text';
import { useI18n } from '../i18n-context';

export interface SurgeBannerProps {
  alert: BannerAlert;
  onDeclare?(): void;
  onPropose?(): void;
  onOpenIncident?(id: string): void;
  onDismiss?(): void;
  /** Where the incident room is (the popup's link; the dashboard is already there). */
  roomHref?: string;
}

export function SurgeBanner({ alert, onDeclare, onPropose, onOpenIncident, onDismiss, roomHref }: SurgeBannerProps) {
  const { t } = useI18n();
  return (
    <div className="alert alert-error surge-banner" role="alert">
      <strong>{t('crisis.alert.title')}</strong>
      <span>{alertFigures(t, alert)}</span>
      {alert.incidentId && roomHref && <span>{t('crisis.alert.incidentOpen')}</span>}
      <div className="row wrap">
        {roomHref && (
          <a className="btn btn-small btn-primary" href={roomHref} target="_blank" rel="noreferrer">
            {t('crisis.alert.openRoom')}
          </a>
        )}
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
