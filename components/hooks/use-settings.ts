import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { db } from '../../lib/db/database';
import type { Settings } from '../../lib/model';
import { readSettingsRow } from '../../lib/settings/settings-row';

type Merge = (stored: unknown) => Settings;
let merger: Promise<Merge> | undefined;
let ready: Promise<unknown> = Promise.resolve();
// The merge validates with zod: loaded apart, so a page (the popup) draws its first figures
// before the schema library is even fetched, let alone parsed.
const loadMerger = (): Promise<Merge> =>
  (merger ??= ready.then(() => import('../../lib/settings/store')).then((m) => m.mergeSettings));

/** For a page whose first view needs no settings (the popup): load them only once `first` settles. */
export function loadSettingsAfter(first: Promise<unknown>): void {
  ready = first;
}

/** The settings, live: a change saved anywhere shows here without reopening. */
export function useSettings(): Settings | undefined {
  const row = useLiveQuery(() => readSettingsRow(db()), []);
  const [merge, setMerge] = useState<Merge | undefined>();
  useEffect(() => {
    let live = true;
    void loadMerger().then((m) => live && setMerge(() => m));
    return () => {
      live = false;
    };
  }, []);
  return useMemo(() => (row && merge ? merge(row.value) : undefined), [row, merge]);
}
