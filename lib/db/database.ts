// The one Dexie database, in the extension's origin (background, popup, side panel, dashboard).
// Content scripts never open it: X's own scripts could read an x.com database.
import Dexie, { type Table } from 'dexie';
import type { AuditEvent, Mention, Template } from '../model';
import { DB_NAME, SCHEMA_VERSIONS, type SchemaVersion } from './schema';

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
  /** A restore's validated rows, in chunks, until one transaction writes them (lib/backup). */
  restoreStaging!: Table<RestoreChunk, number>;

  constructor(name: string = DB_NAME, versions: SchemaVersion[] = SCHEMA_VERSIONS) {
    super(name);
    for (const v of versions) {
      const version = this.version(v.version).stores(v.stores);
      if (v.upgrade) version.upgrade(v.upgrade);
    }
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

/** The extension's database; one instance per context. */
export function db(): CarelineDB {
  shared ??= new CarelineDB();
  return shared;
}
