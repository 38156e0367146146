// What the background's service sees of the team desk: a port the background fills in only when
// the agent uses it, so a solo Careline loads no sync code, opens no socket and sends no request.
// Plain shapes only: the protocol (lib/messaging) and the service both read them.

/** connected / connecting / offline while joined; refused once the server turned this member away. */
export type TeamState = 'solo' | 'connecting' | 'connected' | 'offline' | 'refused';

export interface TeamMembershipView {
  teamName: string;
  role: 'lead' | 'agent';
  name: string;
  url: string;
}

export interface TeamStatusView {
  state: TeamState;
  /** Why the server refused (a refusal code the dashboard translates). */
  reason?: string;
  /** Changes kept on this machine that the server has not acknowledged yet. */
  pending: boolean;
  synced: boolean;
  team: TeamMembershipView | null;
}

export type TeamJoinOutcome = { ok: true; team: TeamMembershipView } | { ok: false; error: string };

export interface TeamMemberView {
  id: string;
  name: string;
  role: 'lead' | 'agent';
}

export interface TeamPort {
  status(): Promise<TeamStatusView>;
  join(invite: string, name: string): Promise<TeamJoinOutcome>;
  leave(): Promise<void>;
  /** Claims a mention for this agent; answers the other agents already holding it. */
  claim(statusId: string, kind: 'composer' | 'menu'): Promise<string[]>;
  release(statusId: string): Promise<void>;
  /** Status id → the name of another agent holding a claim (what data-claimed-by shows). */
  claims(): Promise<Record<string, string>>;
  members(): Promise<{ ok: true; members: TeamMemberView[] } | { ok: false; error: string }>;
}

/** What a solo Careline answers: nothing loaded, nothing sent. */
export const SOLO_STATUS: TeamStatusView = { state: 'solo', pending: false, synced: false, team: null };
