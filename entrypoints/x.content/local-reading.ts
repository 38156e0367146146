// The page's own reading of a new post, so its overlay appears with it: the brand, rules and
// SLA policy come from the background once per page; the shipped triage model runs here. The
// background's answer follows within a frame or two and wins (it knows the agent's corrections).
import type { MentionView, PostSnapshot } from '../../lib/model';
import type { OverlayContext } from '../../lib/service/overlay-context';
import { computeDeadline } from '../../lib/sla';
import { createTriage, type Triage } from '../../lib/triage';
import { createBrandMatcher, type BrandMatcher } from '../../lib/x/mention-match';

export class LocalReading {
  private context: OverlayContext | undefined;
  private matcher: BrandMatcher | undefined;
  private triage: Triage | undefined;

  setContext(context: OverlayContext): void {
    this.context = context;
    this.matcher = createBrandMatcher(context.brand);
  }

  guess(post: PostSnapshot): MentionView | null {
    const ctx = this.context;
    if (!ctx || !this.matcher?.(post).mention) return null;
    this.triage ??= createTriage();
    const c = this.triage.classify({ text: post.text, lang: post.lang, brand: ctx.brand, rules: ctx.rules });
    const postedAt = Date.parse(post.postedAt);
    const { deadline, dueSoonAt } = computeDeadline(postedAt, c.label, ctx.sla);
    return {
      statusId: post.statusId,
      label: c.label,
      labelSource: 'model',
      confidence: c.confidence,
      reasons: c.reasons,
      status: 'new',
      postedAt,
      slaDeadline: deadline,
      slaDueSoonAt: dueSoonAt,
    };
  }
}
