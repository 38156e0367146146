import { useId, useState, type FormEvent } from 'react';
import { isAccountId } from '../../lib/templates';
import { useI18n } from '../i18n';
import type { FixableSetting } from './preview';
import { usePanelActions } from './use-panel-actions';

const MAX = { agentName: 80, brandName: 80, brandAccountId: 20 } as const;

/**
 * A setting a template needs, filled where the agent notices it is missing (their name signs
 * the starter replies; the brand's account id makes the DM link). Saved through the
 * background like any settings change; the preview updates by itself.
 */
export function SettingField({ setting, statusId }: { setting: FixableSetting; statusId: string }) {
  const { t } = useI18n();
  const { saveSetting } = usePanelActions(statusId);
  const id = useId();
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const v = value.trim();
    if (!v) return setError(t('panel.fix.required'));
    if (setting === 'brandAccountId' && !isAccountId(v)) return setError(t('panel.fix.accountIdDigits'));
    setSaving(true);
    const r = await saveSetting({ [setting]: v });
    setSaving(false);
    setError(r.ok ? null : r.message);
  };

  return (
    <form className="sp-fix" onSubmit={(e) => void submit(e)}>
      <label htmlFor={id}>{t(`panel.fix.${setting}`)}</label>
      <div className="row">
        <input
          id={id}
          type="text"
          inputMode={setting === 'brandAccountId' ? 'numeric' : undefined}
          maxLength={MAX[setting]}
          autoComplete={setting === 'agentName' ? 'given-name' : 'off'}
          value={value}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
          onChange={(e) => setValue(e.target.value)}
        />
        <button type="submit" className="btn btn-small" disabled={saving}>
          {t('panel.fix.save')}
        </button>
      </div>
      <span id={`${id}-hint`} className="hint small muted">
        {t(`panel.fix.${setting}Hint`)}
      </span>
      {error && (
        <span id={`${id}-error`} role="alert" className="error small">
          {error}
        </span>
      )}
    </form>
  );
}
