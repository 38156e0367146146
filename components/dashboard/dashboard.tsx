// The options page: settings, and later the template library, reports and more, behind one
// left navigation. Settings edits share one draft across sections, saved together.
import { Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { useI18n } from '../i18n';
import { SettingsProvider, useSettings } from '../hooks/use-settings';
import { effectiveBrand } from '../../lib/settings/brand';
import { domId } from './fields';
import { plural } from './plural';
import { NAV, sectionById, sectionOwning } from './nav';
import { SaveBar } from './save-bar';
import { SettingsFormProvider, useSettingsForm } from './settings-form';
import { useHashSection } from './use-hash-section';
import './dashboard.css';

/** Focuses the input of a field key, or the first input its problem describes. */
function focusField(key: string): void {
  const id = domId(key);
  const el =
    document.getElementById(id) ??
    document.getElementById(`${id}-start`) ??
    document.querySelector<HTMLElement>(`[aria-describedby~="${id}-error"]`) ??
    document.getElementById(`${id}-error`);
  el?.focus();
}

export function Dashboard() {
  const { t } = useI18n();
  const settings = useSettings();
  const [hash, go] = useHashSection();
  const firstCode = useFirstSectionCode(hash);

  const onInvalid = useCallback(
    (key: string) => {
      const owner = sectionOwning(key);
      // Once the section's code is there (it loads on first use), then after it has rendered.
      const show = () => {
        if (owner) go(owner.id);
        setTimeout(() => focusField(key), 0);
      };
      // (A failed load shows the section's error in its place.)
      void (owner?.load() ?? Promise.resolve()).then(show, show);
    },
    [go],
  );

  if (!settings || !firstCode) {
    return (
      <main className="dash-loading" aria-busy="true">
        {t('dash.loading')}
      </main>
    );
  }
  return (
    <SettingsProvider value={settings}>
      <SettingsFormProvider settings={settings} onInvalid={onInvalid}>
        <Shell sectionId={hash} go={go} />
      </SettingsFormProvider>
    </SettingsProvider>
  );
}

/**
 * Whether the code of the section the page opened on has arrived (main.tsx starts fetching it
 * before React mounts): the shell waits for it with the settings, so the section draws in the
 * shell's first render instead of behind a loading state. Later sections load behind one.
 */
function useFirstSectionCode(id: string): boolean {
  const [ready, setReady] = useState(false);
  const first = useRef(id);
  useEffect(() => {
    let live = true;
    const done = () => live && setReady(true);
    void sectionById(first.current).load().then(done, done);
    return () => {
      live = false;
    };
  }, []);
  return ready;
}

/** While a section's code arrives (the first time it is shown): named, so a screen reader says what is coming. */
function SectionLoading({ name }: { name: string }) {
  const { t } = useI18n();
  const label = t('dash.section.loading', { section: name });
  return (
    <p className="muted" role="status" aria-label={label} aria-busy="true">
      {label}
    </p>
  );
}

function Shell({ sectionId, go }: { sectionId: string; go(id: string): void }) {
  const { t, locale } = useI18n();
  const { settings, shownIssueKeys } = useSettingsForm();
  const section = sectionById(sectionId);
  const heading = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);
  const brand = effectiveBrand(settings);

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = `${t(section.title)} · ${t('dash.title')}`;
  }, [locale, section, t]);

  // A section chosen in the navigation takes focus, as a new page would.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    if (!document.activeElement || document.activeElement === document.body || document.activeElement.closest('nav')) {
      heading.current?.focus();
    }
  }, [section]);

  return (
    <div className="dash">
      <header className="dash-header">
        <span className="logo" aria-hidden="true" />
        <div>
          <h1>{t('dash.title')}</h1>
          <p className="muted small">{brand.name || t('dash.brand.noBrand')}</p>
        </div>
      </header>
      <nav className="dash-nav" aria-label={t('dash.nav.label')}>
        {NAV.filter((g) => g.sections.length > 0).map((group) => (
          <div key={group.title} className="nav-group">
            <h2 className="nav-group-title" id={`nav-${group.title}`}>
              {t(group.title)}
            </h2>
            <ul aria-labelledby={`nav-${group.title}`}>
              {group.sections.map((s) => {
                const problems = s.owns ? shownIssueKeys.filter((k) => s.owns!(k)).length : 0;
                return (
                  <li key={s.id}>
                    <a
                      href={`#${s.id}`}
                      aria-current={s.id === section.id ? 'page' : undefined}
                      onClick={(e) => {
                        e.preventDefault();
                        // The current section stays until the next one's code has arrived.
                        const show = () => go(s.id);
                        void s.load().then(show, show);
                      }}
                    >
                      <span>{t(s.title)}</span>
                      {problems > 0 && (
                        <span className="nav-problems">
                          <span aria-hidden="true">{problems}</span>
                          <span className="visually-hidden">{plural(t, locale, 'dash.nav.problems', problems)}</span>
                        </span>
                      )}
                    </a>
                  </li>
                );
              })}
            </ul>
          </div>
        ))}
      </nav>
      <main className="dash-main" aria-labelledby="section-title">
        <h2 id="section-title" className="section-title" tabIndex={-1} ref={heading}>
          {t(section.title)}
        </h2>
        <Suspense fallback={<SectionLoading name={t(section.title)} />}>
          <section.Component />
        </Suspense>
      </main>
      <SaveBar visible={section.owns !== undefined} />
    </div>
  );
}
