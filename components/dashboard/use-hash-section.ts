import { useCallback, useSyncExternalStore } from 'react';

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};
const read = () => window.location.hash.replace(/^#\/?/, '');

/** A hash such as `brand?switch=LumenMobile`: the section, and what the link asks of it. */
export function parseHash(hash: string): { id: string; params: URLSearchParams } {
  const q = hash.indexOf('?');
  return q < 0 ? { id: hash, params: new URLSearchParams() } : { id: hash.slice(0, q), params: new URLSearchParams(hash.slice(q + 1)) };
}

/** The section named in the URL hash, so a section can be bookmarked, linked and reloaded. */
export function useHashSection(): [string, (id: string) => void] {
  const id = parseHash(useSyncExternalStore(subscribe, read, () => '')).id;
  const go = useCallback((next: string) => {
    if (read() !== next) window.location.hash = next;
  }, []);
  return [id, go];
}

/** One parameter of the hash (`#brand?switch=…`), live. */
export function useHashParam(name: string): string | null {
  return parseHash(useSyncExternalStore(subscribe, read, () => '')).params.get(name);
}
