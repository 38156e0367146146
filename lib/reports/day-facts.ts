// What the reports need of one UTC day of mentions, in columns: typed arrays and a few strings
// instead of 1,000 full mention objects, so reading 90 days from IndexedDB takes milliseconds
// (a mention object costs ~100 µs to read back; a day of columns about as much as one). Built
// from the stored mentions (day-facts-store.ts), never edited: a changed day is rebuilt.
import { LABELS, STATUSES, type Mention } from '../model';
import type { ReportMention } from './report-mention';
import { packTopicWords, postTopicWords } from './topics';

export interface DayFacts {
  /** UTC day number (days since 1970-01-01). */
  day: number;
  postedAt: Float64Array;
  /** Index in LABELS / STATUSES. */
  label: Uint8Array;
  status: Uint8Array;
  /** NaN where absent. */
  respondedAt: Float64Array;
  handedOffAt: Float64Array;
  firstResponseMs: Float64Array;
  /** 1 + index in responders; 0 where not recorded. */
  responder: Uint16Array;
  responders: string[];
  /** Packed topic words (topics.ts) of each complaint, in row order. */
  complaintTopics: string[];
}

const LABEL_INDEX = new Map(LABELS.map((l, i) => [l, i]));
const STATUS_INDEX = new Map(STATUSES.map((s, i) => [s, i]));
const orNaN = (v: number | undefined) => v ?? Number.NaN;
const orUndefined = (v: number | undefined) => (v === undefined || Number.isNaN(v) ? undefined : v);

export function buildDayFacts(day: number, mentions: readonly Mention[]): DayFacts {
  const n = mentions.length;
  const f: DayFacts = {
    day,
    postedAt: new Float64Array(n),
    label: new Uint8Array(n),
    status: new Uint8Array(n),
    respondedAt: new Float64Array(n),
    handedOffAt: new Float64Array(n),
    firstResponseMs: new Float64Array(n),
    responder: new Uint16Array(n),
    responders: [],
    complaintTopics: [],
  };
  const responderIndex = new Map<string, number>();
  mentions.forEach((m, i) => {
    f.postedAt[i] = m.postedAt;
    f.label[i] = LABEL_INDEX.get(m.label)!;
    f.status[i] = STATUS_INDEX.get(m.status)!;
    f.respondedAt[i] = orNaN(m.respondedAt);
    f.handedOffAt[i] = orNaN(m.handedOffAt);
    f.firstResponseMs[i] = orNaN(m.firstResponseMs);
    if (m.respondedBy !== undefined) {
      let r = responderIndex.get(m.respondedBy);
      if (r === undefined) responderIndex.set(m.respondedBy, (r = f.responders.push(m.respondedBy)));
      f.responder[i] = r;
    }
    if (m.label === 'complaint') f.complaintTopics.push(packTopicWords(postTopicWords(m.text)));
  });
  return f;
}

/** Each row as the report reads it, with a complaint's packed topic words. */
export function forEachFact(f: DayFacts, visit: (m: ReportMention, packedTopics?: string) => void): void {
  let complaint = 0;
  for (let i = 0; i < f.postedAt.length; i++) {
    const label = LABELS[f.label[i]!]!;
    const r = f.responder[i]!;
    visit(
      {
        statusId: '',
        postedAt: f.postedAt[i]!,
        label,
        status: STATUSES[f.status[i]!]!,
        text: '',
        respondedAt: orUndefined(f.respondedAt[i]),
        handedOffAt: orUndefined(f.handedOffAt[i]),
        firstResponseMs: orUndefined(f.firstResponseMs[i]),
        respondedBy: r === 0 ? undefined : f.responders[r - 1],
      },
      label === 'complaint' ? f.complaintTopics[complaint++] : undefined,
    );
  }
}
