// Quiet streams with real inbound timing: the customers' tweets of the Customer Support on
// Twitter sample (../shared/eval/response-times/twcs_first5000.csv), with their real times and
// authors, labelled by Careline's shipped triage as the background would label them. For
// measurement only: nothing here is stored or committed.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { detectorInput } from '../../lib/crisis/detector-input';
import type { DetectorInput } from '../../lib/crisis/surge-detector';
import { readCsvRecords } from '../sla/csv-records';
import { createShippedTriage } from '../../lib/triage/shipped-classify';

const TwcsRecord = z.object({
  author_id: z.string().min(1),
  inbound: z.enum(['True', 'False']),
  created_at: z.string().transform((s, ctx) => {
    const t = Date.parse(s);
    if (Number.isNaN(t)) ctx.addIssue({ code: 'custom', message: `not a date: ${s}` });
    return t;
  }),
  text: z.string(),
});

export interface RealStream {
  name: string;
  mentions: DetectorInput[];
  /** Hours from the first to the last mention. */
  hours: number;
}

/**
 * The customers' tweets (inbound) addressed to brands, all brands pooled, in time order; the
 * handle each addresses is the brand for triage and topic terms. `from` drops the sparse years
 * before the sample's busy months.
 */
export function loadRealInbound(csvPath: string, from = Date.parse('2017-10-01T00:00:00Z')): RealStream {
  const rows = readCsvRecords(readFileSync(csvPath, 'utf8'), TwcsRecord);
  const brands = new Set(rows.filter((r) => r.inbound === 'False').map((r) => r.author_id.toLowerCase()));
  const triage = createShippedTriage();
  const mentions: DetectorInput[] = [];
  for (const r of rows) {
    if (r.inbound !== 'True' || r.created_at < from) continue;
    const handle = /@(\w{1,15})/.exec(r.text)?.[1];
    if (!handle || !brands.has(handle.toLowerCase())) continue;
    const brand = { handles: [handle], keywords: [] };
    const t = triage.classify({ text: r.text, brand });
    mentions.push(detectorInput({ postedAt: r.created_at, authorHandle: `u${r.author_id}`, label: t.label, reasons: t.reasons, text: r.text }, brand));
  }
  mentions.sort((a, b) => a.postedAt - b.postedAt);
  const hours = mentions.length ? (mentions.at(-1)!.postedAt - mentions[0]!.postedAt) / 3_600_000 : 0;
  return { name: 'twcs inbound (real timing)', mentions, hours };
}
