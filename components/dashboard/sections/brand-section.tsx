import { useI18n } from '../../i18n';
import { UI_LOCALES, type UiLocale } from '../../../lib/model';
import { effectiveBrand } from '../../../lib/settings/brand';
import { FieldError, ListEditor, TextField, useFieldProps } from '../fields';
import { fieldKey, LIMITS } from '../form/convert';
import { useSettingsForm } from '../settings-form';
import { BrandAccount } from './brand-account';

/** Language names in their own language: an agent looking for theirs reads it that way. */
const LANGUAGE_NAMES: Record<UiLocale, string> = { en: 'English', fr: 'Français', hr: 'Hrvatski' };

/** Who the brand is, who answers for it, what to watch, and the page's language. */
export function BrandSection() {
  const { t } = useI18n();
  const { form, update, settings } = useSettingsForm();
  const account = settings.accountHandle;

  return (
    <div className="stack">
      <WatchSummary />
      <div className="grid-2">
        <TextField
          fieldKey="brandName"
          label={t('dash.brand.name')}
          hint={t('dash.brand.nameHint')}
          value={form.brandName}
          placeholder={account ? `@${account}` : ''}
          onChange={(brandName) => update((f) => ({ ...f, brandName }))}
        />
        <TextField
          fieldKey="agentName"
          label={t('dash.brand.agent')}
          hint={t('dash.brand.agentHint')}
          value={form.agentName}
          onChange={(agentName) => update((f) => ({ ...f, agentName }))}
        />
      </div>
      <BrandAccount />
      <div className="grid-2">
        <ListEditor
          legend={t('dash.brand.handles')}
          hint={t('dash.brand.handlesHint', { max: LIMITS.handles })}
          rows={form.handles}
          onChange={(handles) => update((f) => ({ ...f, handles }))}
          listKey="handles"
          rowFieldKey={fieldKey.handle}
          itemLabel={(n) => t('dash.brand.handleN', { n })}
          removeLabel={(v, n) => t('dash.list.remove', { item: v.trim() || t('dash.brand.handleN', { n }) })}
          addLabel={t('dash.brand.addHandle')}
          placeholder="@name"
        />
        <ListEditor
          legend={t('dash.brand.keywords')}
          hint={t('dash.brand.keywordsHint')}
          rows={form.keywords}
          onChange={(keywords) => update((f) => ({ ...f, keywords }))}
          listKey="keywords"
          rowFieldKey={fieldKey.keyword}
          itemLabel={(n) => t('dash.brand.keywordN', { n })}
          removeLabel={(v, n) => t('dash.list.remove', { item: v.trim() || t('dash.brand.keywordN', { n }) })}
          addLabel={t('dash.brand.addKeyword')}
        />
      </div>
      <TextField
        fieldKey="brandAccountId"
        className="narrow"
        label={t('dash.brand.accountId')}
        hint={t('dash.brand.accountIdHint')}
        value={form.brandAccountId}
        inputMode="numeric"
        onChange={(brandAccountId) => update((f) => ({ ...f, brandAccountId }))}
      />
      <LanguageField />
    </div>
  );
}

/** What Careline watches right now, from the stored settings: the zero-configuration default made visible. */
function WatchSummary() {
  const { t } = useI18n();
  const { settings } = useSettingsForm();
  const brand = effectiveBrand(settings);
  return (
    <section className="card summary" aria-labelledby="watch-title">
      <h3 id="watch-title">{t('dash.brand.watching')}</h3>
      {brand.handles.length === 0 && brand.keywords.length === 0 ? (
        <p className="muted">{t('dash.brand.watchingNothing')}</p>
      ) : (
        <dl>
          <dt>{t('dash.brand.name')}</dt>
          <dd>{brand.name || '–'}</dd>
          <dt>{t('dash.brand.allHandles')}</dt>
          <dd>{brand.handles.map((h) => `@${h}`).join(', ') || '–'}</dd>
          <dt>{t('dash.brand.keywords')}</dt>
          <dd>{brand.keywords.join(', ') || '–'}</dd>
        </dl>
      )}
    </section>
  );
}

function LanguageField() {
  const { t } = useI18n();
  const { form, update } = useSettingsForm();
  const a11y = useFieldProps('uiLocale', true);
  return (
    <div className="field narrow">
      <label htmlFor={a11y.id}>{t('dash.brand.language')}</label>
      <select {...a11y} value={form.uiLocale} onChange={(e) => update((f) => ({ ...f, uiLocale: e.target.value as UiLocale | 'browser' }))}>
        <option value="browser">{t('dash.brand.languageBrowser')}</option>
        {UI_LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LANGUAGE_NAMES[l]}
          </option>
        ))}
      </select>
      <p id={`${a11y.id}-hint`} className="hint">
        {t('dash.brand.languageHint')}
      </p>
      <FieldError fieldKey="uiLocale" />
    </div>
  );
}
