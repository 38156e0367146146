import type { Brand, Label, PostSnapshot, Reason, Settings } from '../model';
import type { Triage } from '../triage';
import { computeDeadline } from '../sla';


export interface Classified {
  label: Label;
  confidence: number;
  reasons: Reason[];
  lang: string;
}

export function classifySnapshot(triage: Triage, post: PostSnapshot, brand: Brand, settings: Settings): Classified {
  return triage.classify({
    text: post.text,
    lang: post.lang,
    brand: { handles: brand.handles, keywords: brand.keywords },
    rules: settings.labelRules,
  });
}

export function deadlines(postedAt: number, label: Label, settings: Settings) {
  const { deadline, dueSoonAt } = computeDeadline(postedAt, label, settings.sla);
  return { slaDeadline: deadline, slaDueSoonAt: dueSoonAt };
}
