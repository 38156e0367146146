import { useId } from 'react';
import { LABELS, TEMPLATE_KINDS, TEMPLATE_STATUSES } from '../../lib/model';
import { useI18n } from '../i18n';
import { isFiltered, type LibraryFilter } from './filter';
import { statusName } from './format';

interface Props {
  filter: LibraryFilter;
  languages: readonly string[];
  onChange(change: Partial<LibraryFilter>): void;
  onClear(): void;
}

export function LibraryFilters({ filter, languages, onChange, onClear }: Props) {
  const { t, locale } = useI18n();
  const id = useId();
  return (
    <div role="search" aria-label={t('lib.filter.region')} className="lib-filters">
      <div className="field lib-search">
        <label htmlFor={`${id}-q`}>{t('lib.filter.search')}</label>
        <input
          id={`${id}-q`}
          type="search"
          value={filter.query}
          placeholder={t('lib.filter.searchPlaceholder')}
          onChange={(e) => onChange({ query: e.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-status`}>{t('lib.filter.status')}</label>
        <select id={`${id}-status`} value={filter.status} onChange={(e) => onChange({ status: e.target.value as LibraryFilter['status'] })}>
          <option value="all">{t('lib.filter.all')}</option>
          {TEMPLATE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {statusName(s, locale)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-kind`}>{t('lib.filter.kind')}</label>
        <select id={`${id}-kind`} value={filter.kind} onChange={(e) => onChange({ kind: e.target.value as LibraryFilter['kind'] })}>
          <option value="all">{t('lib.filter.all')}</option>
          {TEMPLATE_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`lib.kind.${k}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-label`}>{t('lib.filter.label')}</label>
        <select id={`${id}-label`} value={filter.label} onChange={(e) => onChange({ label: e.target.value as LibraryFilter['label'] })}>
          <option value="all">{t('lib.filter.all')}</option>
          {LABELS.map((l) => (
            <option key={l} value={l}>
              {t(`label.${l}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-lang`}>{t('lib.filter.lang')}</label>
        <select id={`${id}-lang`} value={filter.lang} onChange={(e) => onChange({ lang: e.target.value })}>
          <option value="all">{t('lib.filter.all')}</option>
          {languages.map((l) => (
            <option key={l} value={l}>
              {l}
            </option>
          ))}
        </select>
      </div>
      {isFiltered(filter) && (
        <button type="button" className="btn btn-small lib-clear" onClick={onClear}>
          {t('lib.filter.clear')}
        </button>
      )}
    </div>
  );
}
