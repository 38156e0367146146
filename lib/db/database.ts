// The one Dexie database, in the extension's origin (background, popup, side panel, dashboard).
// Content scripts never open it: X's own scripts could read an x.com database.
import Dexie, { type Table } from 'dexie';
import type { Incident, IncidentLink, IncidentLogEntry, StoredAlert } from '../crisis/model';
import type { AuditEvent, Mention, Template } from '../model';
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

  constructor(name: string = DB_NAME, versions: SchemaVersion[] = SCHEMA_VERSIONS) {
    super(name);
    for (const v of versions) {
      const version = this.version(v.version).stores(v.stores);
      if (v.upgrade) version.upgrade(v.upgrade);
    }
  }
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
