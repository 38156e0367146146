// What the page knows about posts it has asked the background about: the views of mentions and the
// ids that are not mentions. It lives as long as the content script (so a page the agent comes back
// to draws its overlays at once) and is bounded: the least recently used entries go first, so a
// surge of thousands of posts streaming through one tab never grows it without end.
import type { MentionView } from '../../model';

export const MAX_VIEWS = 5_000;
export const MAX_NOT_MENTIONS = 20_000;

export class ViewStore {
  private readonly views = new Map<string, MentionView>();
  private readonly notMentions = new Set<string>();
  private claims = new Map<string, string>();

  constructor(
    private readonly maxViews = MAX_VIEWS,
    private readonly maxNotMentions = MAX_NOT_MENTIONS,
  ) {}

  get(statusId: string): MentionView | undefined {
    const v = this.views.get(statusId);
    if (v) {
      // Map order is insertion order: re-inserting marks it recently used.
      this.views.delete(statusId);
      this.views.set(statusId, v);
    }
    return v;
  }

  /** Stores a view with the team's current claim on it (claims come apart from views); returns what was stored. */
  set(view: MentionView): MentionView {
    const claimedBy = this.claims.get(view.statusId);
    const { claimedBy: _stale, ...rest } = view;
    const stored: MentionView = claimedBy ? { ...rest, claimedBy } : rest;
    this.notMentions.delete(view.statusId);
    this.views.delete(view.statusId);
    this.views.set(view.statusId, stored);
    if (this.views.size > this.maxViews) this.views.delete(this.views.keys().next().value!);
    return stored;
  }

  /**
   * Who else is replying to what (status id → name), as the team desk says. Returns the stored
   * views whose claim changed, ready to redraw.
   */
  setClaims(claims: ReadonlyMap<string, string>): MentionView[] {
    const touched = new Set([...this.claims.keys(), ...claims.keys()].filter((id) => this.claims.get(id) !== claims.get(id)));
    this.claims = new Map(claims);
    const changed: MentionView[] = [];
    for (const id of touched) {
      const v = this.views.get(id);
      if (v) changed.push(this.set(v));
    }
    return changed;
  }

  /** Forgets a view (a reading the background never confirmed). */
  delete(statusId: string): void {
    this.views.delete(statusId);
  }

  isNotMention(statusId: string): boolean {
    return this.notMentions.has(statusId);
  }

  markNotMention(statusId: string): void {
    this.views.delete(statusId);
    this.notMentions.add(statusId);
    if (this.notMentions.size > this.maxNotMentions) this.notMentions.delete(this.notMentions.values().next().value!);
  }

  clear(): void {
    this.views.clear();
    this.notMentions.clear();
  }

  get size(): number {
    return this.views.size + this.notMentions.size;
  }
}
