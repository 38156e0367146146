// The team's playbook: titles (in the team's own words, or the default translated), owners and
// minutes per step; every new incident copies it.
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { db } from '../../lib/db/database';
import type { PlaybookStep } from '../../lib/crisis/model';
import { loadPlaybook } from '../../lib/crisis/playbook';
import { useI18n } from '../i18n';
import { stepOwner, stepTitle } from './step-title';
import { useCrisisCommand } from './use-crisis-data';

export function PlaybookEditor() {
  const stored = useLiveQuery(() => loadPlaybook(db()), []);
  if (!stored) return null;
  // A new stored playbook (saved here or elsewhere) starts a fresh draft.
  return <PlaybookDraft key={JSON.stringify(stored.steps)} initial={stored.steps} />;
}

function PlaybookDraft({ initial }: { initial: PlaybookStep[] }) {
  const { t } = useI18n();
  const id = useId();
  const [steps, setSteps] = useState<PlaybookStep[]>(initial);
  const [saved, setSaved] = useState(false);
  const { run, error } = useCrisisCommand();
  const edit = (i: number, change: Partial<PlaybookStep>) => {
    setSaved(false);
    setSteps(steps.map((s, j) => (j === i ? { ...s, ...change } : s)));
  };
  return (
    <section className="card stack" aria-labelledby={`${id}-t`}>
      <h3 id={`${id}-t`}>{t('crisis.playbook.title')}</h3>
      <p className="muted small">{t('crisis.playbook.hint')}</p>
      <ol className="playbook">
        {steps.map((s, i) => (
          <li key={s.id} className="row wrap">
            <input className="grow" aria-label={t('crisis.playbook.stepTitle', { n: i + 1 })} value={s.title ?? ''} placeholder={stepTitle(t, s)} maxLength={200} onChange={(e) => edit(i, { title: e.target.value })} />
            <input aria-label={t('crisis.playbook.owner', { n: i + 1 })} value={s.owner} placeholder={stepOwner(t, s)} maxLength={80} onChange={(e) => edit(i, { owner: e.target.value })} />
            <input
              className="minutes"
              type="number"
              min={0}
              max={10080}
              aria-label={t('crisis.playbook.due', { n: i + 1 })}
              value={s.dueMinutes ?? ''}
              onChange={(e) => edit(i, { dueMinutes: e.target.value === '' ? null : Math.max(0, Math.min(10080, Math.round(Number(e.target.value)))) })}
            />
            <button type="button" className="btn btn-small btn-link" disabled={steps.length === 1} onClick={() => setSteps(steps.filter((_, j) => j !== i))}>
              <span aria-hidden="true">×</span>
              <span className="visually-hidden">{t('crisis.playbook.remove', { n: i + 1 })}</span>
            </button>
          </li>
        ))}
      </ol>
      <div className="row wrap">
        <button type="button" className="btn btn-small" disabled={steps.length >= 30} onClick={() => setSteps([...steps, { id: `step-${Date.now().toString(36)}`, title: '', owner: '', dueMinutes: null }])}>
          {t('crisis.playbook.add')}
        </button>
        <button
          type="button"
          className="btn btn-small btn-primary"
          onClick={async () => {
            const cleaned = steps.map(({ title, ...s }) => (title?.trim() ? { ...s, title: title.trim() } : s));
            setSaved((await run({ type: 'playbookSave', steps: cleaned })) !== null);
          }}
        >
          {t('crisis.playbook.save')}
        </button>
        <button type="button" className="btn btn-small btn-link" onClick={() => void run({ type: 'playbookReset' })}>
          {t('crisis.playbook.reset')}
        </button>
      </div>
      <p role="status" className="small">
        {error ?? (saved ? t('crisis.playbook.saved') : '')}
      </p>
    </section>
  );
}
