// Requests about brand mentions: what X's page sends as the agent browses, and actions on one mention.
import { z } from 'zod';
import { MentionAction } from '../../mentions/actions';
import { Handle, PostSnapshot, StatusId, type MentionView, type OverlayContext } from '../../model';
import type { QuickReply } from '../../templates/quick-reply-items';

/** The account X's page shows as signed in. It never changes the brand by itself (docs/architecture.md). */
export const PageAccount = z.object({
  signedInHandle: Handle.nullable(),
  signedInName: z.string().max(100).nullable(),
  accountId: z.string().regex(/^\d+$/).nullable(),
});
export type PageAccount = z.infer<typeof PageAccount>;

export const mentionRequests = [
  z.object({ type: z.literal('observe'), pageUrl: z.string().max(2_000), ...PageAccount.shape, posts: z.array(PostSnapshot).max(500) }),
  z.object({
    type: z.literal('threadReplies'),
    replies: z.array(z.object({ statusId: StatusId, at: z.number(), replyStatusId: StatusId })).max(200),
  }),
  z.object({ type: z.literal('replySent'), inReplyToStatusId: StatusId.nullable(), replyingTo: z.array(Handle).max(50), at: z.number() }),
  z.object({ type: z.literal('mentionAction'), statusId: StatusId, action: MentionAction }),
  /** Asked once per page; it carries the signed-in account as X's page shows it. */
  z.object({ type: z.literal('overlayContext'), ...PageAccount.shape }),
  z.object({ type: z.literal('focus'), statusId: StatusId, openPanel: z.boolean() }),
  /** The ;; quick replies in X's composer: approved replies for the post being answered. */
  z.object({ type: z.literal('quickReplies'), inReplyToStatusId: StatusId.nullable() }),
  z.object({ type: z.literal('quickReplyInserted'), templateId: z.string().max(100), statusId: StatusId.nullable() }),
] as const;

export const mentionAccess = {
  observe: 'page',
  threadReplies: 'page',
  replySent: 'page',
  mentionAction: 'page',
  overlayContext: 'page',
  focus: 'page',
  quickReplies: 'page',
  quickReplyInserted: 'page',
} as const;

export interface MentionResponses {
  observe: { views: MentionView[]; brandHandles: string[] };
  threadReplies: { responded: string[] };
  replySent: { responded: string | null };
  mentionAction: { view: MentionView | null };
  overlayContext: OverlayContext;
  focus: { ok: true };
  quickReplies: { statusId: string | null; items: QuickReply[] };
  quickReplyInserted: { ok: true };
}
