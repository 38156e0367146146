// Every message between Careline's contexts, as zod schemas, with who may send each request.
// Receivers validate what arrives; senders get typed responses. Each area declares its requests in
// requests/<area>.ts; this file only puts them together. It imports nothing above lib/messaging.
import { z } from 'zod';
import type { Access } from './access';
import { backupAccess, backupRequests, type BackupResponses } from './requests/backup-requests';
import { crisisAccess, crisisRequests, type CrisisResponses } from './requests/crisis-requests';
import { driftAccess, driftRequests, type DriftResponses } from './requests/drift-requests';
import { mentionAccess, mentionRequests, type MentionResponses } from './requests/mention-requests';
import { panelAccess, panelRequests, type PanelResponses } from './requests/panel-requests';
import { settingsAccess, settingsRequests, type SettingsResponses } from './requests/settings-requests';
import { templateAccess, templateRequests, type TemplateResponses } from './requests/template-requests';
import { teamAccess, teamRequests, type TeamResponses } from './requests/team-requests';

export { InsertResult, InsertTarget } from './requests/panel-requests';
export type { PageAccount } from './requests/mention-requests';
export type { SaveOutcome } from './requests/settings-requests';
export type { ImportOutcome, ImportSummary, LeadOutcome, TemplateOutcome } from './requests/template-requests';

/** Messages a content script, the side panel, the popup or the dashboard send to the background. */
export const BackgroundRequest = z.discriminatedUnion('type', [
  ...mentionRequests,
  ...panelRequests,
  ...settingsRequests,
  ...templateRequests,
  ...driftRequests,
  ...crisisRequests,
  ...backupRequests,
  ...teamRequests,
]);
export type BackgroundRequest = z.infer<typeof BackgroundRequest>;
export type RequestType = BackgroundRequest['type'];
export type RequestOf<T extends RequestType> = Extract<BackgroundRequest, { type: T }>;

export interface ResponseMap extends MentionResponses, PanelResponses, SettingsResponses, TemplateResponses, DriftResponses, CrisisResponses, BackupResponses, TeamResponses {}

/** Who may send each request (lib/messaging/access.ts). Every request has exactly one entry. */
export const REQUEST_ACCESS: { readonly [T in RequestType]: Access } = {
  ...mentionAccess,
  ...panelAccess,
  ...settingsAccess,
  ...templateAccess,
  ...driftAccess,
  ...crisisAccess,
  ...backupAccess,
  ...teamAccess,
};

/** True for the `type` of a Careline request (other listeners answer other messages). */
export function isRequestType(type: unknown): type is RequestType {
  return typeof type === 'string' && Object.hasOwn(REQUEST_ACCESS, type);
}

/** What travels back: errors are values, so a failed handler never looks like a lost message. */
export type Envelope<T> = { ok: true; data: T } | { ok: false; error: string };

/** Messages the background sends to content scripts in X tabs: checked there without zod. */
export type { ContentMessage, TeamClaimsMessage } from './content-messages';
