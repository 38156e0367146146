// The incident's mentions as CSV: what each customer said, how it was labelled and answered.
import type { Mention, SlaPolicy } from '../model';
import { firstResponseAt, firstResponseMs, slaTargetMs } from '../sla';
import { toCsv } from './csv';
import type { IncidentLink } from './model';
import { isNegative } from './negative';

const iso = (t: number | undefined) => (t === undefined ? '' : new Date(t).toISOString());

export function incidentMentionsCsv(mentions: readonly Mention[], links: readonly IncidentLink[], policy: SlaPolicy): string {
  const how = new Map(links.map((l) => [l.statusId, l.how]));
  const rows = [...mentions]
    .sort((a, b) => a.postedAt - b.postedAt)
    .map((m) => {
      const ms = m.firstResponseMs ?? firstResponseMs(m, policy);
      const target = slaTargetMs(m.label, policy);
      return [
        m.statusId,
        iso(m.postedAt),
        m.authorHandle,
        m.authorName,
        m.text,
        m.lang,
        m.label,
        isNegative(m.label, m.reasons) ? 'yes' : 'no',
        m.status,
        iso(firstResponseAt(m)),
        ms === undefined ? '' : Math.round(ms / 1000),
        ms === undefined || target === null ? '' : ms <= target ? 'yes' : 'no',
        how.get(m.statusId) ?? '',
        m.url,
      ];
    });
  return toCsv(
    ['status_id', 'posted_at', 'author_handle', 'author_name', 'text', 'lang', 'label', 'negative', 'status', 'first_response_at', 'first_response_seconds', 'within_sla', 'linked', 'url'],
    rows,
  );
}
