import { useEffect, useState, type ComponentType } from 'react';
import { PopupFrame } from './popup-frame';
import type { PopupStart } from './read-snapshot';

type Live = ComponentType<{ start: PopupStart }>;

const NOTHING_YET: PopupStart = { counts: undefined, surge: undefined, uiLocale: null };

/**
 * The popup: the counts the background last kept (lib/popup/snapshot.ts) are on screen
 * at once, before the database code has even loaded; the live counts replace them a moment later.
 * The live half is imported by hand rather than through Suspense, whose throttling held its
 * first commit (and so its queries) back by some 300 ms.
 */
export function Popup({ start = NOTHING_YET }: { start?: PopupStart }) {
  const [Live, setLive] = useState<Live | undefined>();
  const [failed, setFailed] = useState<unknown>();
  const [openedAt] = useState(Date.now);
  useEffect(() => {
    let mounted = true;
    // After the first commit: fetching it sooner measured later first figures (docs/benchmarks.md).
    import('./live-popup').then(
      (m) => mounted && setLive(() => m.default),
      (e: unknown) => mounted && setFailed(e),
    );
    return () => {
      mounted = false;
    };
  }, []);
  // The error boundary around the page says what broke.
  if (failed) throw failed instanceof Error ? failed : new Error(String(failed));
  if (Live) return <Live start={start} />;
  const { counts, surge } = start;
  return <PopupFrame counts={counts} source={counts && 'snapshot'} stats={undefined} settings={undefined} now={openedAt} surge={surge} />;
}
