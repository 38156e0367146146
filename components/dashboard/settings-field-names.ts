// What the audit log shows for a settings change: the field's name as the dashboard labels it,
// never the record's key ("agentName"). The compiler checks every setting has one.
import type { MessageKey } from '../../lib/i18n/translate';
import type { Settings } from '../../lib/model';

export const SETTING_NAMES: Record<keyof Settings, MessageKey> = {
  brandName: 'dash.brand.name',
  handles: 'dash.brand.handles',
  keywords: 'dash.brand.keywords',
  agentName: 'dash.brand.agent',
  brandAccountId: 'dash.brand.accountId',
  sla: 'dash.nav.sla',
  attainmentGoal: 'dash.sla.goal',
  alerts: 'dash.nav.alerts',
  labelRules: 'dash.triage.rules',
  lowConfidenceBelow: 'dash.triage.unsure',
  uiLocale: 'dash.brand.language',
  leadLock: 'dash.audit.field.leadLock',
  accountHandle: 'dash.brand.account',
  accountName: 'dash.audit.field.accountName',
  accountSince: 'dash.brand.account',
};

const isSetting = (key: string): key is keyof Settings => Object.hasOwn(SETTING_NAMES, key);

/** "agentName, sla" as logged → "Your name, SLA policy"; an unknown key stays as logged. */
export function settingNames(detail: string, t: (key: MessageKey) => string): string {
  return detail
    .split(',')
    .map((k) => k.trim())
    .filter((k) => k !== '')
    .map((k) => (isSetting(k) ? t(SETTING_NAMES[k]) : k))
    .join(', ');
}
