// One headline figure: its name (also its accessible name), the value, an optional detail line
// and a short "how it is counted" behind a disclosure.
import { useId } from 'react';
import { useI18n } from '../i18n';

interface Props {
  /** Stable id for tests and automation (data-figure). */
  id: string;
  name: string;
  value: string;
  detail?: string;
  how: string;
  tone?: 'ok' | 'warn' | 'bad';
  /** The raw number behind the value (data-value), for automation; absent when there is none. */
  raw?: number | null;
}

export function FigureCard({ id, name, value, detail, how, tone, raw }: Props) {
  const { t } = useI18n();
  const nameId = useId();
  const howId = useId();
  return (
    <div className="rep-figure card" role="group" aria-labelledby={nameId} aria-describedby={howId} data-figure={id} data-tone={tone} data-value={raw ?? undefined}>
      <h3 id={nameId} className="rep-figure-name">
        {name}
      </h3>
      <p className="rep-figure-value">{value}</p>
      {detail && <p className="rep-figure-detail small muted">{detail}</p>}
      <details className="rep-how">
        <summary>{t('rep.how')}</summary>
        <p id={howId}>{how}</p>
      </details>
    </div>
  );
}
