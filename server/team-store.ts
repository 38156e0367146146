// The server's own records in the data directory's SQLite file: teams (with the secret their
// tokens are signed with), invites and members. The same file holds the Yjs documents (the
// Hocuspocus SQLite extension's `documents` table). WAL and a busy timeout let the CLI and several
// server instances (behind Redis) share it.
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { InviteInfo, MemberInfo } from '../lib/team/admin';
import type { TeamRole } from '../lib/team/doc-names';

export const DB_FILE = 'team.sqlite';
export const PRAGMAS = 'PRAGMA journal_mode = WAL; PRAGMA busy_timeout = 5000; PRAGMA synchronous = NORMAL;';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS teams (id TEXT PRIMARY KEY, name TEXT NOT NULL, url TEXT NOT NULL, secret BLOB NOT NULL, created_at INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS invites (id TEXT PRIMARY KEY, team_id TEXT NOT NULL, role TEXT NOT NULL, created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL, revoked_at INTEGER, created_by TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS members (id TEXT PRIMARY KEY, team_id TEXT NOT NULL, name TEXT NOT NULL, role TEXT NOT NULL,
  invite_id TEXT NOT NULL, joined_at INTEGER NOT NULL, revoked_at INTEGER);
CREATE INDEX IF NOT EXISTS members_by_team ON members(team_id);
CREATE INDEX IF NOT EXISTS invites_by_team ON invites(team_id);
`;

export interface Team {
  id: string;
  name: string;
  url: string;
  secret: Uint8Array;
}

export interface InviteRow {
  id: string;
  teamId: string;
  role: TeamRole;
  expiresAt: number;
  revokedAt: number | null;
}

export interface MemberRow {
  id: string;
  teamId: string;
  name: string;
  role: TeamRole;
  inviteId: string;
  revokedAt: number | null;
}

/** URL-safe random id with a prefix (t_ team, i_ invite, m_ member). */
export function newId(prefix: string): string {
  return prefix + randomBytes(9).toString('base64url');
}

export class TeamStore {
  readonly db: Database.Database;

  constructor(readonly dataDir: string) {
    mkdirSync(dataDir, { recursive: true });
    const file = join(dataDir, DB_FILE);
    this.db = new Database(file);
    this.db.exec(PRAGMAS + SCHEMA);
    // The team secrets are in this file: only its owner may read it.
    chmodSync(file, 0o600);
  }

  createTeam(name: string, url: string, now: number): Team {
    const team: Team = { id: newId('t_'), name, url, secret: randomBytes(32) };
    this.db
      .prepare('INSERT INTO teams (id, name, url, secret, created_at) VALUES (?, ?, ?, ?, ?)')
      .run(team.id, name, url, Buffer.from(team.secret), now);
    return team;
  }

  team(id: string): Team | undefined {
    const row = this.db.prepare('SELECT id, name, url, secret FROM teams WHERE id = ?').get(id) as
      | { id: string; name: string; url: string; secret: Buffer }
      | undefined;
    return row && { ...row, secret: new Uint8Array(row.secret) };
  }

  teams(): Omit<Team, 'secret'>[] {
    return this.db.prepare('SELECT id, name, url FROM teams ORDER BY created_at').all() as Omit<Team, 'secret'>[];
  }

  createInvite(teamId: string, role: TeamRole, expiresAt: number, createdBy: string, now: number): InviteRow {
    const id = newId('i_');
    this.db
      .prepare('INSERT INTO invites (id, team_id, role, created_at, expires_at, created_by) VALUES (?, ?, ?, ?, ?, ?)')
      .run(id, teamId, role, now, expiresAt, createdBy);
    return { id, teamId, role, expiresAt, revokedAt: null };
  }

  invite(id: string): InviteRow | undefined {
    return this.db
      .prepare('SELECT id, team_id AS teamId, role, expires_at AS expiresAt, revoked_at AS revokedAt FROM invites WHERE id = ?')
      .get(id) as InviteRow | undefined;
  }

  invites(teamId: string): InviteInfo[] {
    return this.db
      .prepare(
        `SELECT i.id, i.role, i.created_at AS createdAt, i.expires_at AS expiresAt, i.revoked_at AS revokedAt,
           i.created_by AS createdBy, (SELECT COUNT(*) FROM members m WHERE m.invite_id = i.id) AS joined
         FROM invites i WHERE i.team_id = ? ORDER BY i.created_at, i.rowid`,
      )
      .all(teamId) as InviteInfo[];
  }

  /** Stops an invite from letting anyone else join; members who joined with it stay. */
  revokeInvite(teamId: string, id: string, now: number): boolean {
    return this.db.prepare('UPDATE invites SET revoked_at = ? WHERE id = ? AND team_id = ? AND revoked_at IS NULL').run(now, id, teamId)
      .changes > 0;
  }

  addMember(m: Omit<MemberRow, 'revokedAt'>, now: number): void {
    this.db
      .prepare('INSERT INTO members (id, team_id, name, role, invite_id, joined_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(m.id, m.teamId, m.name, m.role, m.inviteId, now);
  }

  member(id: string): MemberRow | undefined {
    return this.db
      .prepare('SELECT id, team_id AS teamId, name, role, invite_id AS inviteId, revoked_at AS revokedAt FROM members WHERE id = ?')
      .get(id) as MemberRow | undefined;
  }

  members(teamId: string): MemberInfo[] {
    return this.db
      .prepare(
        `SELECT id, name, role, invite_id AS inviteId, joined_at AS joinedAt, revoked_at AS revokedAt
         FROM members WHERE team_id = ? ORDER BY joined_at, rowid`,
      )
      .all(teamId) as MemberInfo[];
  }

  /** Refuses the member's token from now on; the server also drops their open connections. */
  revokeMember(teamId: string, id: string, now: number): boolean {
    return this.db.prepare('UPDATE members SET revoked_at = ? WHERE id = ? AND team_id = ? AND revoked_at IS NULL').run(now, id, teamId)
      .changes > 0;
  }

  /** Every revoked member, for instances that must drop their connections (a short list). */
  revokedMembers(): string[] {
    return (this.db.prepare('SELECT id FROM members WHERE revoked_at IS NOT NULL').all() as { id: string }[]).map((r) => r.id);
  }

  /** Which team an invite or member id belongs to, for the CLI's revoke. */
  ownerOf(id: string): { teamId: string; kind: 'invite' | 'member' } | undefined {
    const inv = this.db.prepare('SELECT team_id AS teamId FROM invites WHERE id = ?').get(id) as { teamId: string } | undefined;
    if (inv) return { teamId: inv.teamId, kind: 'invite' };
    const mem = this.db.prepare('SELECT team_id AS teamId FROM members WHERE id = ?').get(id) as { teamId: string } | undefined;
    return mem && { teamId: mem.teamId, kind: 'member' };
  }

  close(): void {
    this.db.close();
  }
}
