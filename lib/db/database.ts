// The one Dexie database, in the extension's origin (background, popup, side panel, dashboard).
// Content scripts never open it: X's own scripts could read an x.com database.
import Dexie, { type Table } from 'dexie';
import type { Incident, IncidentLink, IncidentLogEntry, StoredAlert } from '../crisis/model';
import type { AuditEvent, Mention, Template } from '../model';
import { changeMarks } from './change-marks';
import { queueKeysOnWrite } from './queue-keys-middleware';
import { DB_NAME, DRILL_DB_NAME, SCHEMA_VERSIONS, type SchemaVersion } from './schema';

export interface KeyValue<T = unknown> {
  key: string;
  value: T;
}

export class CarelineDB extends Dexie {
  mentions!: Table<Mention, string>;
  templates!: Table<Template, string>;
  settings!: Table<KeyValue, string>;
  audit!: Table<AuditEvent, number>;
  triageModel!: Table<KeyValue, string>;
  incidents!: Table<Incident, string>;
  incidentLinks!: Table<IncidentLink, [string, string]>;
  incidentLog!: Table<IncidentLogEntry, number>;
  surgeAlerts!: Table<StoredAlert, string>;
  crisisState!: Table<KeyValue, string>;
  /** A restore's validated rows, in chunks, until one transaction writes them (lib/backup). */
  restoreStaging!: Table<RestoreChunk, number>;
  /** The reports' compact facts per UTC day of mentions (lib/reports/day-facts.ts); rebuilt when stale. */
  reportFacts!: Table<{ day: number }, number>;
  /** UTC days whose mentions changed since their facts were built (lib/db/change-marks.ts). */
  mentionChanges!: Table<{ day: number }, number>;

  constructor(name: string = DB_NAME, versions: SchemaVersion[] = SCHEMA_VERSIONS) {
    super(name);
    for (const v of versions) {
      const version = this.version(v.version).stores(v.stores);
      if (v.upgrade) version.upgrade(v.upgrade);
    }
    this.use(changeMarks);
    this.use(queueKeysOnWrite);
  }
}

/** One chunk of validated backup rows for one table, staged during a restore. */
export interface RestoreChunk {
  seq?: number;
  restoreId: string;
  table: string;
  rows: unknown[];
}

let shared: CarelineDB | undefined;
let drill: CarelineDB | undefined;

/** The drill database (same tables, separate IndexedDB database): rehearsals live only here. */
export function drillDb(): CarelineDB {
  drill ??= new CarelineDB(DRILL_DB_NAME);
  return drill;
}

/** The extension's database; one instance per context. */
export function db(): CarelineDB {
  shared ??= new CarelineDB();
  return shared;
}
