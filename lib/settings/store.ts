// Settings live as one validated record in the database. Reading never fails: a damaged or
// older record is merged over the defaults field by field, so one bad value loses nothing else.
import { DEFAULT_SETTINGS, Settings } from '../model';
import type { CarelineDB } from '../db/database';
import { SETTINGS_KEY as KEY } from './settings-row';

export async function loadSettings(db: CarelineDB): Promise<Settings> {
  const row = await db.settings.get(KEY);
  return mergeSettings(row?.value);
}

/** Fields earlier versions stored under another name. */
const RENAMED: Record<string, keyof Settings> = { signedInHandle: 'accountHandle', signedInName: 'accountName' };

/** Field-by-field merge over the defaults; invalid fields fall back to their default. */
export function mergeSettings(stored: unknown): Settings {
  if (!stored || typeof stored !== 'object') return structuredClone(DEFAULT_SETTINGS);
  const merged: Record<string, unknown> = structuredClone(DEFAULT_SETTINGS);
  const entries = Object.entries(stored).map(([key, value]) => [RENAMED[key] && !(RENAMED[key] in stored) ? RENAMED[key] : key, value] as const);
  for (const [key, value] of entries) {
    if (!(key in merged)) continue;
    const field = Settings.shape[key as keyof Settings];
    if (field.safeParse(value).success) merged[key] = value;
  }
  return Settings.parse(merged);
}

export interface FieldError {
  path: string;
  message: string;
}

export type SaveResult = { ok: true; settings: Settings } | { ok: false; errors: FieldError[] };

/** Validates a partial change against the whole record and stores it only if all of it is valid. */
export async function saveSettings(db: CarelineDB, change: Partial<Settings>): Promise<SaveResult> {
  const current = await loadSettings(db);
  const parsed = Settings.safeParse({ ...current, ...change });
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    };
  }
  await db.settings.put({ key: KEY, value: parsed.data });
  return { ok: true, settings: parsed.data };
}
