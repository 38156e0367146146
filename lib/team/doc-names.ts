// The team's documents on the server, one set per team: `<teamId>/<kind>`. The server refuses any
// other name, and a token only ever opens its own team's set. Lead-only kinds are read-only for
// agent connections (the server drops their updates), so roles do not depend on the client.
import { z } from 'zod';

export const DOC_KINDS = ['queue', 'assignments', 'library', 'policy', 'corrections'] as const;
export type DocKind = (typeof DOC_KINDS)[number];

/** Written by leads only: who works on what, the approved wording, the team's policy and rules. */
export const LEAD_ONLY_DOCS: readonly DocKind[] = ['assignments', 'library', 'policy'];

export const TEAM_ROLES = ['lead', 'agent'] as const;
export const TeamRole = z.enum(TEAM_ROLES);
export type TeamRole = z.infer<typeof TeamRole>;

/** Team ids are short, URL-safe and never contain the separator. */
export const TeamId = z.string().regex(/^t_[A-Za-z0-9_-]{6,40}$/, 'not a team id');

export function docName(teamId: string, kind: DocKind): string {
  return `${teamId}/${kind}`;
}

export function parseDocName(name: string): { teamId: string; kind: DocKind } | null {
  const slash = name.indexOf('/');
  if (slash < 0) return null;
  const teamId = name.slice(0, slash);
  const kind = name.slice(slash + 1);
  if (!TeamId.safeParse(teamId).success || !(DOC_KINDS as readonly string[]).includes(kind)) return null;
  return { teamId, kind: kind as DocKind };
}

export function canWrite(role: TeamRole, kind: DocKind): boolean {
  return role === 'lead' || !LEAD_ONLY_DOCS.includes(kind);
}
