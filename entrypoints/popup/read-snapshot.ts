import { browser } from 'wxt/browser';
import { LOCALE_STORAGE_KEY } from '../../lib/i18n/storage-key';
import type { CrisisNotice } from '../../lib/crisis/alert-text';
import { COUNTS_SNAPSHOT_KEY, snapshotStillValid } from '../../lib/popup/snapshot';
import type { SlaCounts } from '../../lib/mentions/sla-snapshot';
import { isUiLocale, type UiLocale } from '../../lib/model-constants';

export interface PopupStart {
  /** The background's counts if they still hold now; undefined when there are none or they may be out of date. */
  counts: SlaCounts | undefined;
  /** The surge banner's alert with those counts (null: none); undefined with them. */
  surge: CrisisNotice | null | undefined;
  /** The language chosen in settings as the background last mirrored it; null: the browser's. */
  uiLocale: UiLocale | null;
}

const read = (area: 'session' | 'local', key: string): Promise<unknown> =>
  // No session storage (an old browser) or a damaged entry: the live figures follow anyway.
  browser.storage[area].get(key).then((stored) => stored[key], () => undefined);

/** What the popup's first render needs, without the database: a millisecond or two. */
export async function readPopupStart(): Promise<PopupStart> {
  const [snapshot, locale] = await Promise.all([read('session', COUNTS_SNAPSHOT_KEY), read('local', LOCALE_STORAGE_KEY)]);
  const figures = snapshotStillValid(snapshot, Date.now());
  return { counts: figures?.counts, surge: figures?.surge, uiLocale: isUiLocale(locale) ? locale : null };
}
