// The panel's own UI state (search, selection, the last result to announce), one store per
// post in focus: focusing another post starts afresh.
import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Delivery } from './deliver';

export type Notice =
  | { kind: 'delivered'; delivery: Delivery; handoffCaseId?: string }
  | { kind: 'copied' }
  | { kind: 'copyFailed' }
  | { kind: 'saved' }
  /** Enter on a template that cannot be inserted yet. */
  | { kind: 'blocked' }
  | { kind: 'error'; message: string };

export interface PanelState {
  query: string;
  /** The template the agent picked; null follows the list's first. */
  selectedId: string | null;
  notice: Notice | null;
  /** An insertion or action is on its way: a second click must not insert twice. */
  busy: boolean;
  setQuery(query: string): void;
  select(id: string): void;
  notify(notice: Notice | null): void;
  setBusy(busy: boolean): void;
}

export function createPanelStore(): StoreApi<PanelState> {
  return createStore<PanelState>()((set) => ({
    query: '',
    selectedId: null,
    notice: null,
    busy: false,
    // A new search selects its best match again.
    setQuery: (query) => set({ query, selectedId: null }),
    select: (selectedId) => set({ selectedId }),
    notify: (notice) => set({ notice }),
    setBusy: (busy) => set({ busy }),
  }));
}

export const PanelStoreContext = createContext<StoreApi<PanelState> | null>(null);

export function usePanel<T>(selector: (s: PanelState) => T): T {
  const store = useContext(PanelStoreContext);
  if (!store) throw new Error('usePanel needs a PanelStoreContext provider');
  return useStore(store, selector);
}
