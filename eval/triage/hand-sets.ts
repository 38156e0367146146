// The older hand-written seven-label sets kept in tests/unit/triage as regression tests
// (dev-7label, holdout-7label, blind-7label), as corpus posts. They were looked at while tuning
// earlier passes, so none of them is blind any more.
import type { Label } from '../../lib/model';
import { BLIND_BRAND, BLIND_POSTS } from '../../tests/unit/triage/blind-7label';
import { DEV_BRANDS, DEV_POSTS } from '../../tests/unit/triage/dev-7label';
import { HOLDOUT_BRAND, HOLDOUT_POSTS } from '../../tests/unit/triage/holdout-7label';

export interface HandPost {
  set: 'dev-7label' | 'holdout-7label' | 'blind-7label';
  lang: string;
  text: string;
  label: Label;
  brand: { handles: string[]; keywords: string[] };
}

const copy = (b: { handles: readonly string[]; keywords: readonly string[] }) => ({ handles: [...b.handles], keywords: [...b.keywords] });

export function oldHandSets(): HandPost[] {
  return [
    ...DEV_POSTS.map((d) => ({ set: 'dev-7label' as const, lang: d.lang, text: d.text, label: d.label, brand: copy(DEV_BRANDS[d.brand]) })),
    ...HOLDOUT_POSTS.map((d) => ({ set: 'holdout-7label' as const, lang: d.lang, text: d.text, label: d.label, brand: copy(HOLDOUT_BRAND) })),
    ...BLIND_POSTS.map((d) => ({ set: 'blind-7label' as const, lang: d.lang, text: d.text, label: d.label, brand: copy(BLIND_BRAND) })),
  ];
}
