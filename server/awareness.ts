// Claims ("Ana is replying") travel as awareness states. The server writes each state's member
// from the connection it came through, so no client can claim in another member's name.
import type { beforeHandleAwarenessPayload } from '@hocuspocus/server';
import type { MemberContext } from './auth';

export async function stampAwareness({ states, context }: beforeHandleAwarenessPayload<MemberContext>): Promise<void> {
  if (!context) return;
  for (const state of states.values()) state.u = { id: context.memberId, n: context.name };
}
