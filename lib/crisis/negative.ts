// Which mentions count as negative for the surge detector. Triage gives a label, a confidence and
// the reasons behind it, not a tone score, so tone is derived from both: the labels that mean
// something went wrong (crisis, complaint, troll: the eval's "negative polarity" mapping, see
// ../shared/eval/README.md) are negative whatever their reasons; a question or an unlabelled post
// is negative only when triage saw a problem or a negative tone in it ("is the app down again?").
// Praise and spam never are: a viral compliment is not a crisis.
import type { Label, Reason } from '../model';

const NEGATIVE_LABELS: ReadonlySet<Label> = new Set(['crisis', 'complaint', 'troll']);
const MAYBE_NEGATIVE_LABELS: ReadonlySet<Label> = new Set(['question', 'other']);
/** Reason kinds (lib/triage/features.ts) that say the post is about a problem or angry. */
const NEGATIVE_REASONS: ReadonlySet<string> = new Set([
  'negative',
  'tone_negative',
  'negated_positive',
  'outrage',
  'boycott',
  'service_issue',
  'problem_question',
  'safety',
  'legal',
  'breach',
  'emergency',
]);

export function isNegative(label: Label, reasons: readonly Reason[]): boolean {
  if (NEGATIVE_LABELS.has(label)) return true;
  if (!MAYBE_NEGATIVE_LABELS.has(label)) return false;
  return reasons.some((r) => NEGATIVE_REASONS.has(r.kind));
}
