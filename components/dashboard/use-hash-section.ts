import { useCallback, useSyncExternalStore } from 'react';

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};
const read = () => window.location.hash.replace(/^#\/?/, '');

/** The section named in the URL hash, so a section can be bookmarked, linked and reloaded. */
export function useHashSection(): [string, (id: string) => void] {
  const id = useSyncExternalStore(subscribe, read, () => '');
  const go = useCallback((next: string) => {
    if (read() !== next) window.location.hash = next;
  }, []);
  return [id, go];
}
