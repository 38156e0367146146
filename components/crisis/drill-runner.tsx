// A lead starts a rehearsal: a synthetic surge in the drill database, then works the playbook.
import { useId, useState } from 'react';
import { UI_LOCALES, type UiLocale } from '../../lib/model';
import { useI18n } from '../i18n';
import { useCrisisCommand } from './use-crisis-data';

const LANGUAGE_NAMES: Record<UiLocale, string> = { en: 'English', fr: 'Français', hr: 'Hrvatski' };

export function DrillRunner() {
  const { t, locale } = useI18n();
  const id = useId();
  const [lang, setLang] = useState<UiLocale>(locale);
  const [done, setDone] = useState<string | null>(null);
  const { run, error } = useCrisisCommand();
  return (
    <section className="card stack" aria-labelledby={`${id}-t`}>
      <h3 id={`${id}-t`}>{t('crisis.drill.title')}</h3>
      <p className="muted small">{t('crisis.drill.hint')}</p>
      <div className="row wrap">
        <label className="field">
          <span>{t('crisis.drill.lang')}</span>
          <select value={lang} onChange={(e) => setLang(e.target.value as UiLocale)}>
            {UI_LOCALES.map((l) => (
              <option key={l} value={l} lang={l}>
                {LANGUAGE_NAMES[l]}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="btn btn-primary"
          onClick={async () => {
            const r = await run({ type: 'drillStart', lang });
            setDone(r ? t('crisis.drill.started', { n: r.mentions }) : null);
          }}
        >
          {t('crisis.drill.start')}
        </button>
        <button type="button" className="btn btn-link" onClick={async () => setDone((await run({ type: 'drillReset' })) ? t('crisis.saved') : null)}>
          {t('crisis.drill.reset')}
        </button>
      </div>
      <p role="status" className="small">
        {error ?? done ?? ''}
      </p>
    </section>
  );
}
