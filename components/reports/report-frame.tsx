// What both reports sections share: the settings, the report for the chosen range, the toolbar,
// and the report's context for whatever the section draws.
import type { ReactNode } from 'react';
import type { Settings } from '../../lib/model';
import { useSettings } from '../hooks/use-settings';
import { useI18n } from '../i18n';
import { ReportContext, reportContextValue } from './report-context';
import { ReportToolbar } from './report-toolbar';
import { useReport } from './use-report';
import './reports.css';

export function ReportFrame({ children }: { children(settings: Settings): ReactNode }) {
  const settings = useSettings();
  const { t } = useI18n();
  if (!settings) return <p className="muted">{t('dash.loading')}</p>;
  return <Loaded settings={settings}>{children}</Loaded>;
}

function Loaded({ settings, children }: { settings: Settings; children(settings: Settings): ReactNode }) {
  const { state, refresh } = useReport(settings);
  return (
    <div className="rep stack">
      <ReportToolbar state={state} policyZone={settings.sla.timeZone} refresh={refresh} />
      {state.status === 'ready' && (
        <ReportContext.Provider value={reportContextValue(state.report, state.params)}>{children(settings)}</ReportContext.Provider>
      )}
    </div>
  );
}
