// The page's own reading of a new post, so its overlay appears with it (marked pending): the brand,
// rules and SLA policy come from the background's overlay context; the shipped triage model runs
// here. The background's answer follows within a frame or two and wins (it knows the agent's corrections).
// Only the shipped classification is imported (no learning code): it keeps this bundle small.
import type { MentionView, OverlayContext, PostSnapshot } from '../../lib/model';
import { computeDeadline } from '../../lib/sla';
import { createShippedTriage, type ShippedTriage } from '../../lib/triage/shipped-classify';
import { createBrandMatcher, type BrandMatcher } from '../../lib/mentions/brand-match';

export class PageReading {
  private context: OverlayContext | undefined;
  private matcher: BrandMatcher | undefined;
  private triage: ShippedTriage | undefined;
  /** Until the model's tables are built, the background answers alone (no long task at page start). */
  private warm = false;

  setContext(context: OverlayContext): void {
    this.context = context;
    this.matcher = createBrandMatcher(context.brand);
  }

  /**
   * Builds the model's per-language tables while the page is idle, one language per task, so
   * the first post in each language costs no long task in the middle of a scroll.
   */
  warmUp(idle: (fn: () => void) => void): void {
    const samples: [string, string][] = [
      ['en', 'thanks for the help'],
      ['fr', 'merci pour votre aide'],
      ['de', 'danke für die Hilfe'],
      ['es', 'gracias por la ayuda'],
      ['hr', 'hvala na pomoći'],
    ];
    const next = () => {
      const sample = samples.shift();
      if (!sample) {
        this.warm = true;
        return;
      }
      this.triage ??= createShippedTriage();
      this.triage.classify({ text: sample[1], lang: sample[0] });
      idle(next);
    };
    idle(next);
  }

  read(post: PostSnapshot): MentionView | null {
    const ctx = this.context;
    if (!this.warm || !ctx || !this.matcher?.(post).mention) return null;
    this.triage ??= createShippedTriage();
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
