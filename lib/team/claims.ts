// Who is replying to what, through Yjs awareness on the queue document: an agent opening X's reply
// composer on a mention (or claiming it from the chip menu) claims it; every other agent's overlay
// shows "<name> is replying" (data-claimed-by) and opening a composer there warns. A claim ends when
// the composer closes or the reply is sent (release), or when its browser goes away: the server drops
// a closed connection's awareness at once, and a silent one expires after 30 s.
// The server overwrites each state's `u` with the connection's member (server/awareness.ts), so a
// modified client cannot claim in someone else's name.
import { z } from 'zod';
import type { Awareness } from 'y-protocols/awareness';
import { StatusId } from '../model';

export const CLAIM_KINDS = ['composer', 'menu'] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

const MAX_CLAIMS = 10;

const ClaimEntry = z.object({ s: StatusId, k: z.enum(CLAIM_KINDS), t: z.number() });
const PeerState = z.object({
  u: z.object({ id: z.string().max(60), n: z.string().max(80) }),
  c: z.array(ClaimEntry).max(MAX_CLAIMS).optional(),
});

export interface Holder {
  memberId: string;
  name: string;
  kind: ClaimKind;
  since: number;
}

export class ClaimBoard {
  private mine: z.infer<typeof ClaimEntry>[] = [];

  constructor(
    private readonly awareness: Awareness,
    me: { memberId: string; name: string },
    private readonly now: () => number = Date.now,
  ) {
    awareness.setLocalStateField('u', { id: me.memberId, n: me.name });
    awareness.setLocalStateField('c', []);
  }

  claim(statusId: string, kind: ClaimKind): void {
    if (!StatusId.safeParse(statusId).success) return;
    const rest = this.mine.filter((c) => c.s !== statusId);
    this.mine = [...rest, { s: statusId, k: kind, t: this.now() }].slice(-MAX_CLAIMS);
    this.awareness.setLocalStateField('c', this.mine);
  }

  release(statusId: string): void {
    if (!this.mine.some((c) => c.s === statusId)) return;
    this.mine = this.mine.filter((c) => c.s !== statusId);
    this.awareness.setLocalStateField('c', this.mine);
  }

  releaseAll(): void {
    this.mine = [];
    this.awareness.setLocalStateField('c', []);
  }

  /** Other agents holding a claim on this mention, earliest first. */
  holders(statusId: string): Holder[] {
    return (this.others().get(statusId) ?? []).slice();
  }

  /** Status id → the name of the first other agent holding it: what data-claimed-by shows. */
  claimedBy(): Map<string, string> {
    return new Map([...this.others()].map(([id, hs]) => [id, hs[0]!.name]));
  }

  /** Called with claimedBy() whenever another agent's claims change. Returns an unsubscribe. */
  onChange(cb: (claimed: Map<string, string>) => void): () => void {
    const handler = (_: unknown, origin: unknown) => {
      if (origin !== 'local') cb(this.claimedBy());
    };
    this.awareness.on('change', handler);
    return () => this.awareness.off('change', handler);
  }

  private others(): Map<string, Holder[]> {
    const out = new Map<string, Holder[]>();
    for (const [clientId, raw] of this.awareness.getStates()) {
      if (clientId === this.awareness.clientID) continue;
      const p = PeerState.safeParse(raw);
      if (!p.success) continue;
      for (const c of p.data.c ?? []) {
        const list = out.get(c.s) ?? [];
        list.push({ memberId: p.data.u.id, name: p.data.u.n, kind: c.k, since: c.t });
        out.set(c.s, list);
      }
    }
    for (const list of out.values()) list.sort((a, b) => a.since - b.since || a.name.localeCompare(b.name));
    return out;
  }
}
