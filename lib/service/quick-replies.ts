// Loads the ;; quick replies for a post from the database.
import type { CarelineDB } from '../db/database';
import type { Settings } from '../model';
import { quickReplies, type QuickReply } from '../templates/quick-replies';

export async function loadQuickReplies(
  db: CarelineDB,
  settings: Settings,
  statusId: string | null,
  focusedStatusId: string | null,
): Promise<{ statusId: string | null; items: QuickReply[] }> {
  const id = statusId ?? focusedStatusId;
  const mention = id ? await db.mentions.get(id) : undefined;
  const templates = await db.templates.where('status').equals('approved').toArray();
  return { statusId: mention?.statusId ?? null, items: quickReplies(templates, mention, settings) };
}
