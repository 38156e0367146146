import { useLiveQuery } from 'dexie-react-hooks';
import { createContext, useContext, useEffect, useMemo, useState } from 'react';
import { db } from '../../lib/db/database';
import type { Settings } from '../../lib/model';
import { readSettingsRow } from '../../lib/settings/settings-row';
import { settingsGate } from './settings-gate';

type Merge = (stored: unknown) => Settings;
let merger: Promise<Merge> | undefined;
// The merge validates with zod: loaded apart, so a page (the popup) draws its first figures
// before the schema library is even fetched, let alone parsed.
let merged: Merge | undefined;
const loadMerger = (): Promise<Merge> =>
  (merger ??= settingsGate().then(() => import('../../lib/settings/store')).then((m) => (merged = m.mergeSettings)));

/**
 * The live settings a page already holds (the dashboard provides its own): a section below it
 * reads them at once instead of querying the database again and drawing a loading state first.
 */
const SharedSettings = createContext<Settings | undefined>(undefined);
export const SettingsProvider = SharedSettings.Provider;

/** The settings, live: a change saved anywhere shows here without reopening. */
export function useSettings(): Settings | undefined {
  const shared = useContext(SharedSettings);
  const own = useStoredSettings(shared === undefined);
  return shared ?? own;
}

function useStoredSettings(enabled: boolean): Settings | undefined {
  const row = useLiveQuery(() => (enabled ? readSettingsRow(db()) : undefined), [enabled]);
  // Once loaded, a later component merges in its first render.
  const [merge, setMerge] = useState<Merge | undefined>(() => merged);
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    void loadMerger().then((m) => live && setMerge(() => m));
    return () => {
      live = false;
    };
  }, [enabled]);
  return useMemo(() => (row && merge ? merge(row.value) : undefined), [row, merge]);
}
