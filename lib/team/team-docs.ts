// The shapes inside each team document. Lists are append-only Y.Arrays of compact JSON strings
// (records.ts); the library and the policy are Y.Maps of JSON strings, one entry per template or
// per setting, written by leads only.
import * as Y from 'yjs';
import { DOC_KINDS, type DocKind } from './doc-names';

export type TeamDocs = Record<DocKind, Y.Doc>;

export function createTeamDocs(): TeamDocs {
  return Object.fromEntries(DOC_KINDS.map((k) => [k, new Y.Doc()])) as TeamDocs;
}

/** The queue: `cards` (what each post is) and `log` (decisions on status, label, case, notes). */
export const queueCards = (docs: TeamDocs) => docs.queue.getArray<string>('cards');
export const queueLog = (docs: TeamDocs) => docs.queue.getArray<string>('log');
/** Assignment decisions: the same event records, in a document only leads may write. */
export const assignmentLog = (docs: TeamDocs) => docs.assignments.getArray<string>('log');
/** Template id → the template record as JSON. */
export const libraryTemplates = (docs: TeamDocs) => docs.library.getMap<string>('templates');
/** Team setting name → its value as JSON. */
export const policySettings = (docs: TeamDocs) => docs.policy.getMap<string>('settings');
/** Relabels that train everyone's triage (lib/team/corrections.ts). */
export const correctionsLog = (docs: TeamDocs) => docs.corrections.getArray<string>('log');
