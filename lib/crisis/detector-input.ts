// A stored mention as the detector reads it: when it was posted, whether it is negative (and a
// crisis), and what it is about.
import type { BrandTerms, Mention } from '../model';
import { isNegative } from './negative';
import type { DetectorInput } from './surge-detector';
import { topicTerms } from './topic-terms';

export function detectorInput(m: Pick<Mention, 'postedAt' | 'authorHandle' | 'label' | 'reasons' | 'text' | 'quotedStatusId'>, brand: BrandTerms): DetectorInput {
  return {
    postedAt: m.postedAt,
    authorHandle: m.authorHandle,
    negative: isNegative(m.label, m.reasons),
    crisis: m.label === 'crisis',
    terms: topicTerms(m.text, brand, m.quotedStatusId),
  };
}
