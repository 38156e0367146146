import { z } from 'zod';
import type { CarelineDB } from '../db/database';
import { StatusId } from '../model';

/** The post the agent is working on: opened from the overlay or being replied to. */
export const Focus = z.object({ statusId: StatusId, tabId: z.number().optional(), at: z.number() });
export type Focus = z.infer<typeof Focus>;

const KEY = 'focus';

export async function setFocus(db: CarelineDB, focus: Focus): Promise<void> {
  await db.settings.put({ key: KEY, value: focus });
}

export async function getFocus(db: CarelineDB): Promise<Focus | null> {
  const row = await db.settings.get(KEY);
  const parsed = Focus.safeParse(row?.value);
  return parsed.success ? parsed.data : null;
}
