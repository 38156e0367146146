// This install's membership, kept next to the settings in the extension's own database. With no
// record here Careline is solo: nothing in lib/team runs and no request leaves the machine.
import { z } from 'zod';
import type { CarelineDB } from '../db/database';
import { TeamId, TeamRole } from './doc-names';
import { WriterId } from './records';

export const TEAM_KEY = 'team';

export const TeamConfig = z.object({
  v: z.literal(1),
  url: z.string(),
  teamId: TeamId,
  teamName: z.string(),
  role: TeamRole,
  memberId: z.string(),
  name: z.string().min(1).max(80),
  memberToken: z.string(),
  /** Member id plus a suffix for this install: two browsers of one member never write the same key. */
  writer: WriterId,
  joinedAt: z.number(),
  /** Set once this install's own mentions, decisions (and, for a lead, library and policy) went to the team. */
  seeded: z.boolean(),
});
export type TeamConfig = z.infer<typeof TeamConfig>;

export async function loadTeamConfig(db: CarelineDB): Promise<TeamConfig | null> {
  const row = await db.settings.get(TEAM_KEY);
  const parsed = TeamConfig.safeParse(row?.value);
  return parsed.success ? parsed.data : null;
}

export async function saveTeamConfig(db: CarelineDB, config: TeamConfig): Promise<void> {
  await db.settings.put({ key: TEAM_KEY, value: TeamConfig.parse(config) });
}

/** Leaving forgets the membership and what was waiting to be sent; every local record stays. */
export async function clearTeamConfig(db: CarelineDB): Promise<void> {
  await db.settings.bulkDelete([TEAM_KEY, OUTBOX_KEY, CORRECTIONS_SEEN_KEY]);
}

export const OUTBOX_KEY = 'teamOutbox';
export const CORRECTIONS_SEEN_KEY = 'teamCorrectionsSeen';

/** Entries written while the server had not acknowledged them; replayed after a restart. */
export const Outbox = z.array(z.object({ doc: z.enum(['queue', 'assignments']), list: z.enum(['cards', 'log']), entry: z.string() }));
export type Outbox = z.infer<typeof Outbox>;

export async function loadKey<T>(db: CarelineDB, key: string, schema: z.ZodType<T>, fallback: T): Promise<T> {
  const parsed = schema.safeParse((await db.settings.get(key))?.value);
  return parsed.success ? parsed.data : fallback;
}
