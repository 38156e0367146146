// The database's history. Every version stays here: Dexie upgrades an agent's existing
// database step by step, and tests open version N's data with version N+1.
import Dexie, { type Transaction } from 'dexie';

// The upgrades (and the settings schema they read the SLA policy with) load only when an upgrade
// runs: every page opens the database, and the popup should not load zod for that.
// Dexie.waitFor keeps the upgrade's transaction alive while the module loads.
const migrations = () => Dexie.waitFor(import('./migrations'));
const backfillDueSoon = (tx: Transaction) => migrations().then((m) => m.backfillDueSoon(tx));
const backfillRespondedBy = (tx: Transaction) => migrations().then((m) => m.backfillRespondedBy(tx));
const backfillQueueKeys = (tx: Transaction) => migrations().then((m) => m.backfillQueueKeys(tx));

export const DB_NAME = 'careline';
/** Crisis drills' synthetic mentions and incidents: a database of their own, so they never reach real reports, the queue or the badge. */
export const DRILL_DB_NAME = 'careline-drill';

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void> | void;
}

const V1_STORES = {
  mentions: 'statusId, status, label, postedAt, slaDeadline, firstSeenAt',
  templates: 'id, status, kind, lang, *labels',
  settings: 'key',
  audit: '++id, at, statusId, kind',
};

/**
 * v2: compound indexes so the popup and the badge count open mentions by state without a scan
 * (100,000 mentions must stay fast), response time lookups by respondedAt, the learned triage
 * model, and the due-soon instant every open mention needs.
 */
const V2_STORES = {
  ...V1_STORES,
  mentions:
    'statusId, status, label, postedAt, slaDeadline, firstSeenAt, respondedAt, [status+label], [status+slaDeadline], [status+slaDueSoonAt]',
  triageModel: 'key',
};

/**
 * v3: crisis mode (lib/crisis): incidents, the mentions linked to them and their log; raised surge
 * alerts; the detector's state and the team's playbook (key-value). The drill database
 * (DRILL_DB_NAME) has the same tables and never mixes with this one. Open mentions counted per
 * label and SLA state (the popup and the badge count only the labels that expect a response;
 * praise's goal is reported apart), and a customer's earlier mentions by handle (a closing "thanks"
 * after the brand's reply needs no response). `respondedBy` on answered mentions (per-agent
 * reports), back-filled from the audit log; the staging area a restore fills chunk by chunk before
 * one transaction writes it (lib/backup); and the reports' compact facts per day of mentions with
 * the marks of days changed since (lib/reports/day-facts-store.ts, lib/db/change-marks.ts).
 */
const V3_STORES = {
  ...V2_STORES,
  mentions: `${V2_STORES.mentions}, authorHandle, [status+label+slaDeadline], [status+label+slaDueSoonAt]`,
  incidents: 'id, status, declaredAt',
  incidentLinks: '[incidentId+statusId], incidentId, statusId',
  incidentLog: '++id, incidentId, at',
  surgeAlerts: 'id, raisedAt',
  crisisState: 'key',
  restoreStaging: '++seq, restoreId',
  reportFacts: 'day',
  mentionChanges: 'day',
};

/**
 * v4: fewer mention indexes, so a restore (and every write) maintains fewer entries. The open
 * queue is counted through two keys derived from status and label (lib/db/queue-keys.ts) that
 * only open mentions carry: `openLabel` (open mentions by label: the popup's per-label counts,
 * the queue, a recompute) and `[awaiting+slaDeadline]` / `[awaiting+slaDueSoonAt]` (breached, due
 * soon, the next deadline, alerts and the badge's wake-up). Dropped: status, label, slaDeadline,
 * firstSeenAt and the [status+…] compounds (no query left that needs them). Kept: postedAt
 * (reports, overlay, crisis), respondedAt (answers of a period), authorHandle (a customer's
 * earlier mentions).
 */
const V4_STORES = {
  ...V3_STORES,
  mentions: 'statusId, postedAt, respondedAt, authorHandle, openLabel, [awaiting+slaDeadline], [awaiting+slaDueSoonAt]',
};

export const SCHEMA_VERSIONS: SchemaVersion[] = [
  { version: 1, stores: V1_STORES },
  {
    version: 2,
    stores: V2_STORES,
    // v1 had no due-soon instant; derive it with the team's policy so timers turn amber as before.
    // (Only IndexedDB work may be awaited inside an upgrade, or the transaction commits early.)
    upgrade: backfillDueSoon,
  },
  { version: 3, stores: V3_STORES, upgrade: backfillRespondedBy },
  // The open mentions get their queue keys (the closed ones need none).
  { version: 4, stores: V4_STORES, upgrade: backfillQueueKeys },
];

export const LATEST_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;
