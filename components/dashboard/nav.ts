// The dashboard's sections, grouped as the navigation shows them. A new section is one entry
// here; a group with no sections is not shown.
import { createElement, lazy, type ComponentType } from 'react';
import type { MessageKey } from '../../lib/i18n/translate';

// Each section's code is its own chunk, fetched when the section is first shown (or preloaded by
// the page for the section in its URL, entrypoints/options/main.tsx): the Reports page draws its
// figures without parsing the template library, the crisis room or the settings forms.
type SectionModule = Promise<{ default: ComponentType }>;
const pick = <K extends string>(p: Promise<Record<K, ComponentType>>, name: K): SectionModule => p.then((m) => ({ default: m[name] }));

export interface NavSection {
  /** Also the URL hash: options.html#sla opens the SLA policy. */
  id: string;
  title: MessageKey;
  Component: ComponentType;
  /** Fetches the section's code (once; later calls return the same promise). */
  load(): SectionModule;
  /** Settings form fields shown in this section (by field key), so a problem can lead there. */
  owns?(fieldKey: string): boolean;
}

export interface NavGroup {
  title: MessageKey;
  sections: NavSection[];
}

/**
 * A lazily loaded section's component and its loader, which fetches the code once. Once the code
 * is there the section renders at once: React.lazy would still suspend on its first render, and
 * React holds a suspended boundary's content back for its fallback's minimum time (300 ms).
 */
function section(importer: () => SectionModule): Pick<NavSection, 'Component' | 'load'> {
  let loading: SectionModule | undefined;
  let loaded: ComponentType | undefined;
  const load = () =>
    (loading ??= importer().then((m) => {
      loaded = m.default;
      return m;
    }));
  const Lazy = lazy(load);
  return { Component: () => createElement(loaded ?? Lazy), load };
}

const startsWithAny = (key: string, prefixes: string[]) => prefixes.some((p) => key === p || key.startsWith(`${p}.`));

export const NAV: NavGroup[] = [
  {
    title: 'dash.group.settings',
    sections: [
      {
        id: 'brand',
        title: 'dash.nav.brand',
        ...section(() => pick(import('./sections/brand-section'), 'BrandSection')),
        owns: (k) => startsWithAny(k, ['brandName', 'agentName', 'brandAccountId', 'handles', 'keywords', 'uiLocale']),
      },
      { id: 'sla', title: 'dash.nav.sla', ...section(() => pick(import('./sections/sla-section'), 'SlaSection')), owns: (k) => startsWithAny(k, ['sla', 'holidays', 'attainmentGoal']) },
      { id: 'alerts', title: 'dash.nav.alerts', ...section(() => pick(import('./sections/alerts-section'), 'AlertsSection')), owns: (k) => startsWithAny(k, ['alerts']) },
      { id: 'triage', title: 'dash.nav.triage', ...section(() => pick(import('./sections/triage-section'), 'TriageSection')), owns: (k) => startsWithAny(k, ['labelRules', 'lowConfidenceBelow']) },
      { id: 'team', title: 'team.nav', ...section(() => pick(import('./sections/team-section'), 'TeamSection')) },
    ],
  },
  {
    title: 'dash.group.library',
    sections: [{ id: 'templates', title: 'dash.nav.templates', ...section(() => pick(import('../library/template-library'), 'TemplateLibrary')) }],
  },
  {
    title: 'rep.group.reports',
    sections: [
      { id: 'reports', title: 'rep.nav.overview', ...section(() => pick(import('../reports/reports-section'), 'ReportsSection')) },
      { id: 'staffing', title: 'rep.nav.staffing', ...section(() => pick(import('../reports/staffing-section'), 'StaffingSection')) },
    ],
  },
  {
    title: 'dash.group.activity',
    sections: [
      { id: 'incidents', title: 'crisis.nav.incidents', ...section(() => pick(import('../crisis/incidents-section'), 'IncidentsSection')) },
      { id: 'audit', title: 'dash.nav.audit', ...section(() => pick(import('./sections/audit-log'), 'AuditLog')) },
      { id: 'x-page', title: 'dash.nav.drift', ...section(() => pick(import('./sections/drift-log'), 'DriftLog')) },
    ],
  },
  {
    title: 'rep.group.data',
    sections: [{ id: 'backup', title: 'rep.nav.backup', ...section(() => pick(import('../backup/backup-section'), 'BackupSection')) }],
  },
];

export const ALL_SECTIONS: NavSection[] = NAV.flatMap((g) => g.sections);
export const DEFAULT_SECTION = ALL_SECTIONS[0]!;

export function sectionById(id: string): NavSection {
  return ALL_SECTIONS.find((s) => s.id === id) ?? DEFAULT_SECTION;
}

/** Starts fetching a section's code (the page does it for the section in its URL, at once). */
export function preloadSection(id: string): void {
  void sectionById(id).load();
}

export function sectionOwning(fieldKey: string): NavSection | undefined {
  return ALL_SECTIONS.find((s) => s.owns?.(fieldKey));
}
