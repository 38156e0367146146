// The ;; quick replies in X's composer: the approved replies for the post being answered, rendered
// here because content scripts cannot read the database.
import { logEvents } from '../db/audit';
import { quickReplies } from '../templates/quick-reply-items';
import type { HandlersFor, ServiceContext } from './service-context';
import { getFocus } from '../mentions/focus';
import type { MentionOwner } from './mention-handlers';

export function quickReplyHandlers(ctx: ServiceContext, mentions: MentionOwner): HandlersFor<'quickReplies' | 'quickReplyInserted'> {
  const { db, ports } = ctx;
  return {
    async quickReplies(req, sender) {
      ports.touchTab(sender);
      const id = req.inReplyToStatusId ?? (await getFocus(db))?.statusId ?? null;
      const mention = id ? await db.mentions.get(id) : undefined;
      const templates = await db.templates.where('status').equals('approved').toArray();
      return { statusId: mention?.statusId ?? null, items: quickReplies(templates, mention, await ctx.settings.get()) };
    },
    async quickReplyInserted(req, sender) {
      await logEvents(db, [
        { at: ctx.now(), kind: 'template_inserted', statusId: req.statusId ?? undefined, actor: await ctx.actorName(), detail: req.templateId },
      ]);
      // Answering a mention from the quick replies makes it the post in focus, as starting a reply does.
      if (req.statusId && (await db.mentions.get(req.statusId))) {
        await mentions.handlers.focus({ type: 'focus', statusId: req.statusId, openPanel: false }, sender);
      }
      return { ok: true };
    },
  };
}
