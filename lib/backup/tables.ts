// The one list of what a backup holds: every table of the database, how each row is validated
// on import and how merge mode combines it with what is already there. A table added to the
// database must be added here too (tests/unit/backup/tables.test.ts fails until it is), or named
// in NOT_BACKED_UP with the reason.
import { z } from 'zod';
import { Incident, IncidentLink, IncidentLogEntry, Playbook, StoredAlert } from '../crisis/model';
import { AuditEvent, DEFAULT_SETTINGS, Mention, Settings, Template } from '../model';
import { QUEUE_KEY_FIELDS } from '../db/queue-keys';
import { LearnedStateSchema } from './learned-state';

/**
 * How merge mode treats a row whose key exists on both sides:
 * - newer: the row with the later `updatedAt` wins (the local one on a tie);
 * - local: the local row stays; rows missing locally are added;
 * - append: rows are events without a shared key: added unless the same event is already there.
 */
export type MergeRule = 'newer' | 'local' | 'append';

export interface BackupTable {
  name: string;
  /** Validates (and normalises) one row of a backup; throws a ZodError. */
  parse(row: unknown): Record<string, unknown>;
  merge: MergeRule;
  /** Rows carry typed arrays (encoded by typed-json.ts). */
  typed?: boolean;
  /** Keys of passing state that a backup leaves out and a restore skips. */
  transientKeys?: readonly string[];
  /** Fields of each row derived from its other fields: left out of a backup, recomputed on restore. */
  derivedFields?: readonly string[];
}

const KeyValueRow = z.object({ key: z.string().min(1).max(200), value: z.unknown() });
/** Values of keys Careline reads; other keys (added by later versions or features) are kept as they are. */
const SETTINGS_VALUES: Record<string, (value: unknown) => unknown> = {
  // An older backup may lack settings added since: they take their defaults. A present field must be valid.
  settings: (v) => Settings.parse({ ...DEFAULT_SETTINGS, ...(z.object({}).loose().parse(v) as object) }),
};
const CRISIS_VALUES: Record<string, (value: unknown) => unknown> = {
  playbook: (v) => Playbook.parse(v),
};
const TRIAGE_VALUES: Record<string, (value: unknown) => unknown> = {
  learned: (v) => LearnedStateSchema.parse(v),
};

function keyValue(values: Record<string, (value: unknown) => unknown>) {
  return (row: unknown) => {
    const r = KeyValueRow.parse(row);
    const check = Object.hasOwn(values, r.key) ? values[r.key] : undefined;
    return { key: r.key, value: check ? check(r.value) : r.value };
  };
}

/** In this order in a backup file: settings first (older mentions are upgraded with the policy), audit before mentions. */
export const BACKUP_TABLES: readonly BackupTable[] = [
  // `focus` is the post the agent has open right now: meaningless on another day or machine.
  { name: 'settings', parse: keyValue(SETTINGS_VALUES), merge: 'local', transientKeys: ['focus'] },
  { name: 'triageModel', parse: keyValue(TRIAGE_VALUES), merge: 'local', typed: true },
  { name: 'templates', parse: (r) => Template.parse(r), merge: 'newer' },
  { name: 'audit', parse: (r) => AuditEvent.parse(r), merge: 'append' },
  // The queue keys are set again by the database on every write (lib/db/queue-keys-middleware.ts).
  { name: 'mentions', parse: (r) => Mention.parse(r), merge: 'newer', derivedFields: QUEUE_KEY_FIELDS },
  // Crisis mode: incidents with their links, log and alerts, the team's playbook and the detector's baseline.
  { name: 'incidents', parse: (r) => Incident.parse(r), merge: 'newer' },
  { name: 'incidentLinks', parse: (r) => IncidentLink.parse(r), merge: 'local' },
  { name: 'incidentLog', parse: (r) => IncidentLogEntry.parse(r), merge: 'append' },
  { name: 'surgeAlerts', parse: (r) => StoredAlert.parse(r), merge: 'local' },
  { name: 'crisisState', parse: keyValue(CRISIS_VALUES), merge: 'local' },
];

/** Tables that are deliberately not in a backup. */
export const NOT_BACKED_UP: Readonly<Record<string, string>> = {
  restoreStaging: 'a restore’s own scratch space, empty between restores',
  reportFacts: 'derived from the mentions; rebuilt after a restore',
  mentionChanges: 'derived: which days of mentions changed since their report facts were built',
};

export function backupTable(name: string): BackupTable | undefined {
  return BACKUP_TABLES.find((t) => t.name === name);
}
