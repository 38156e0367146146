// The team desk: joining and leaving (Careline's own pages), the status the dashboard shows,
// claims from X's page (the composer and the chip menu), and the lead's assignments.
import { z } from 'zod';
import { Label, StatusId } from '../../model';
import type { TeamJoinOutcome, TeamMemberView, TeamStatusView } from '../../team/team-port';

const Assignee = z.string().trim().min(1).max(80).nullable();

export const teamRequests = [
  // An invite is a JWT of a few hundred characters; a paste of a whole page is not one.
  z.object({ type: z.literal('teamJoin'), invite: z.string().max(4_000), name: z.string().max(200) }),
  z.object({ type: z.literal('teamLeave') }),
  z.object({ type: z.literal('teamStatus') }),
  z.object({ type: z.literal('teamClaim'), statusId: StatusId, kind: z.enum(['composer', 'menu']) }),
  z.object({ type: z.literal('teamRelease'), statusId: StatusId }),
  z.object({ type: z.literal('teamClaims') }),
  z.object({ type: z.literal('teamAssign'), statusIds: z.array(StatusId).min(1).max(500), assignee: Assignee }),
  z.object({ type: z.literal('teamAssignLabel'), label: Label, assignee: Assignee }),
  z.object({ type: z.literal('teamMembers') }),
] as const;

export const teamAccess = {
  teamJoin: 'extension',
  teamLeave: 'extension',
  teamStatus: 'extension',
  // The page claims what the agent opens a composer on, and must show who else is replying.
  teamClaim: 'page',
  teamRelease: 'page',
  teamClaims: 'page',
  // The server refuses an agent's assignment anyway (read-only document); the gate says so first.
  teamAssign: 'lead',
  teamAssignLabel: 'lead',
  teamMembers: 'extension',
} as const;

export type TeamAssignOutcome = { ok: true; changed: number } | { ok: false; error: 'solo' | 'not-lead' };

export interface TeamResponses {
  teamJoin: TeamJoinOutcome;
  teamLeave: { ok: true };
  teamStatus: TeamStatusView;
  teamClaim: { holders: string[] };
  teamRelease: { ok: true };
  teamClaims: { claims: Record<string, string>; me: string | null };
  teamAssign: TeamAssignOutcome;
  teamAssignLabel: TeamAssignOutcome;
  teamMembers: { ok: true; members: TeamMemberView[] } | { ok: false; error: string };
}
