// Every message between Careline's contexts, as zod schemas. Receivers validate what arrives;
// senders get typed responses. Content scripts never touch the database: they send these.
import { z } from 'zod';
import { MentionAction } from '../mentions/actions';
import { Handle, MentionView, PostSnapshot, Settings, StatusId } from '../model';
import type { OverlayContext } from '../service/overlay-context';
import type { QuickReply } from '../templates/quick-replies';
import type { Role, TemplateProblem } from '../templates';
import { backupRequests, type BackupResponses } from './requests/backup';

// One definition of what an insertion is, shared with the MAIN-world bridge that performs it.
import { InsertResult, InsertTarget } from '../x/main-bridge';

export { InsertResult, InsertTarget };

/** The signed-in account as X's page shows it: with nothing configured, it is the brand. */
const PageAccount = z.object({
  signedInHandle: Handle.nullable(),
  signedInName: z.string().max(100).nullable(),
  accountId: z.string().regex(/^\d+$/).nullable(),
});
export type PageAccount = z.infer<typeof PageAccount>;

/** Messages a content script, the side panel, the popup or the dashboard send to the background. */
export const BackgroundRequest = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('observe'),
    pageUrl: z.string(),
    ...PageAccount.shape,
    posts: z.array(PostSnapshot).max(500),
  }),
  z.object({
    type: z.literal('threadReplies'),
    replies: z.array(z.object({ statusId: StatusId, at: z.number(), replyStatusId: StatusId })).max(200),
  }),
  z.object({
    type: z.literal('replySent'),
    inReplyToStatusId: StatusId.nullable(),
    replyingTo: z.array(Handle).max(50),
    at: z.number(),
  }),
  z.object({ type: z.literal('mentionAction'), statusId: StatusId, action: MentionAction }),
  z.object({ type: z.literal('views'), statusIds: z.array(StatusId).max(1000) }),
  /** Asked once per page; it carries the signed-in account as X's page shows it. */
  z.object({ type: z.literal('overlayContext'), ...PageAccount.shape }),
  z.object({ type: z.literal('focus'), statusId: StatusId, openPanel: z.boolean() }),
  z.object({
    type: z.literal('insert'),
    target: InsertTarget,
    text: z.string().min(1).max(10_000),
    /** For the audit log: which approved template went into which mention's reply. */
    templateId: z.string().max(100).optional(),
    statusId: StatusId.optional(),
  }),
  z.object({ type: z.literal('saveSettings'), change: Settings.partial() }),
  z.object({ type: z.literal('resetModel') }),
  z.object({ type: z.literal('triageInfo') }),
  /** The ;; picker in X's composer: quick replies for the post being answered. */
  z.object({ type: z.literal('quickReplies'), inReplyToStatusId: StatusId.nullable() }),
  z.object({ type: z.literal('quickReplyInserted'), templateId: z.string().max(100), statusId: StatusId.nullable() }),
  // Templates: leads write, everyone reads the database directly.
  z.object({ type: z.literal('templateSave'), id: z.string().max(100).optional(), input: z.record(z.string(), z.unknown()) }),
  z.object({ type: z.literal('templateApprove'), id: z.string().max(100) }),
  z.object({ type: z.literal('templateRetire'), id: z.string().max(100) }),
  z.object({ type: z.literal('templatesImport'), text: z.string().max(8 * 1024 * 1024), apply: z.boolean() }),
  z.object({ type: z.literal('role') }),
  z.object({ type: z.literal('leadUnlock'), passphrase: z.string().max(1000) }),
  z.object({ type: z.literal('leadLock') }),
  z.object({ type: z.literal('leadSetPassphrase'), current: z.string().max(1000).optional(), next: z.string().max(1000) }),
  z.object({
    type: z.literal('openPost'),
    url: z.string().regex(/^https:\/\/(x|twitter)\.com\/\w{1,15}\/status\/\d+/, 'not a post on X'),
  }),
  ...backupRequests,
]);
export type BackgroundRequest = z.infer<typeof BackgroundRequest>;
export type RequestType = BackgroundRequest['type'];
export type RequestOf<T extends RequestType> = Extract<BackgroundRequest, { type: T }>;

export interface ResponseMap extends BackupResponses {
  observe: { views: MentionView[]; brandHandles: string[] };
  threadReplies: { responded: string[] };
  replySent: { responded: string | null };
  mentionAction: { view: MentionView | null };
  views: { views: MentionView[] };
  overlayContext: OverlayContext;
  focus: { ok: true };
  insert: InsertResult;
  saveSettings: { ok: true } | { ok: false; errors: { path: string; message: string }[] };
  resetModel: { ok: true };
  /** How many agent corrections the local model has learned. */
  triageInfo: { corrections: number };
  openPost: { ok: true };
  quickReplies: { statusId: string | null; items: QuickReply[] };
  quickReplyInserted: { ok: true };
  templateSave: TemplateOutcome;
  templateApprove: TemplateOutcome;
  templateRetire: TemplateOutcome;
  templatesImport: ImportOutcome;
  role: { role: Role; hasLead: boolean };
  leadUnlock: LeadOutcome;
  leadLock: { ok: true };
  leadSetPassphrase: LeadOutcome;
}

export type TemplateOutcome = { ok: true; id: string } | { ok: false; errors: TemplateProblem[] };
export type LeadOutcome = { ok: true } | { ok: false; errors: TemplateProblem[] };
export interface ImportSummary {
  add: string[];
  update: string[];
  /** Titles whose local copy is newer than the pack's (importing overwrites that work). */
  localNewer: string[];
  unchanged: number;
}
export type ImportOutcome =
  | { ok: true; applied: boolean; summary: ImportSummary }
  | { ok: false; errors: TemplateProblem[] };

/** What travels back: errors are values, so a failed handler never looks like a lost message. */
export type Envelope<T> = { ok: true; data: T } | { ok: false; error: string };

/** Messages the background sends to content scripts in X tabs. */
export const ContentMessage = z.discriminatedUnion('type', [
  z.object({ type: z.literal('mentionsChanged'), views: z.array(MentionView) }),
  z.object({ type: z.literal('settingsChanged') }),
  z.object({
    type: z.literal('insertText'),
    target: InsertTarget,
    text: z.string().min(1).max(10_000),
  }),
]);
export type ContentMessage = z.infer<typeof ContentMessage>;
