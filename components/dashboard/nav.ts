// The dashboard's sections, grouped as the navigation shows them. A new section is one entry
// here; a group with no sections is not shown.
import type { ComponentType } from 'react';
import type { MessageKey } from '../../lib/i18n/translate';
import { AlertsSection } from './sections/alerts-section';
import { AuditLog } from './sections/audit-log';
import { DriftLog } from './sections/drift-log';
import { BrandSection } from './sections/brand-section';
import { SlaSection } from './sections/sla-section';
import { TriageSection } from './sections/triage-section';
import { TeamSection } from './sections/team-section';
import { TemplateLibrary } from '../library/template-library';
import { ReportsSection } from '../reports/reports-section';
import { StaffingSection } from '../reports/staffing-section';
import { BackupSection } from '../backup/backup-section';
import { IncidentsSection } from '../crisis/incidents-section';

export interface NavSection {
  /** Also the URL hash: options.html#sla opens the SLA policy. */
  id: string;
  title: MessageKey;
  Component: ComponentType;
  /** Settings form fields shown in this section (by field key), so a problem can lead there. */
  owns?(fieldKey: string): boolean;
}

export interface NavGroup {
  title: MessageKey;
  sections: NavSection[];
}

const startsWithAny = (key: string, prefixes: string[]) => prefixes.some((p) => key === p || key.startsWith(`${p}.`));

export const NAV: NavGroup[] = [
  {
    title: 'dash.group.settings',
    sections: [
      {
        id: 'brand',
        title: 'dash.nav.brand',
        Component: BrandSection,
        owns: (k) => startsWithAny(k, ['brandName', 'agentName', 'brandAccountId', 'handles', 'keywords', 'uiLocale']),
      },
      { id: 'sla', title: 'dash.nav.sla', Component: SlaSection, owns: (k) => startsWithAny(k, ['sla', 'holidays', 'attainmentGoal']) },
      { id: 'alerts', title: 'dash.nav.alerts', Component: AlertsSection, owns: (k) => startsWithAny(k, ['alerts']) },
      { id: 'triage', title: 'dash.nav.triage', Component: TriageSection, owns: (k) => startsWithAny(k, ['labelRules', 'lowConfidenceBelow']) },
      { id: 'team', title: 'team.nav', Component: TeamSection },
    ],
  },
  {
    title: 'dash.group.library',
    sections: [{ id: 'templates', title: 'dash.nav.templates', Component: TemplateLibrary }],
  },
  {
    title: 'rep.group.reports',
    sections: [
      { id: 'reports', title: 'rep.nav.overview', Component: ReportsSection },
      { id: 'staffing', title: 'rep.nav.staffing', Component: StaffingSection },
    ],
  },
  {
    title: 'dash.group.activity',
    sections: [
      { id: 'incidents', title: 'crisis.nav.incidents', Component: IncidentsSection },
      { id: 'audit', title: 'dash.nav.audit', Component: AuditLog },
      { id: 'x-page', title: 'dash.nav.drift', Component: DriftLog },
    ],
  },
  {
    title: 'rep.group.data',
    sections: [{ id: 'backup', title: 'rep.nav.backup', Component: BackupSection }],
  },
];

export const ALL_SECTIONS: NavSection[] = NAV.flatMap((g) => g.sections);
export const DEFAULT_SECTION = ALL_SECTIONS[0]!;

export function sectionById(id: string): NavSection {
  return ALL_SECTIONS.find((s) => s.id === id) ?? DEFAULT_SECTION;
}

export function sectionOwning(fieldKey: string): NavSection | undefined {
  return ALL_SECTIONS.find((s) => s.owns?.(fieldKey));
}
