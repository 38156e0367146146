// The library page's own UI state (filters, what is open, the last notice), one store per
// mounted library so two mounts, or two tests, never share it.
import { createStore } from 'zustand/vanilla';
import { NO_FILTER, type LibraryFilter } from './filter';

export type Selection = { kind: 'none' } | { kind: 'new' } | { kind: 'template'; id: string };

export interface Notice {
  tone: 'ok' | 'error';
  text: string;
}

export interface LibraryState {
  filter: LibraryFilter;
  selection: Selection;
  notice: Notice | null;
  setFilter(change: Partial<LibraryFilter>): void;
  clearFilter(): void;
  select(selection: Selection): void;
  notify(notice: Notice | null): void;
}

export const createLibraryStore = () =>
  createStore<LibraryState>()((set) => ({
    filter: NO_FILTER,
    selection: { kind: 'none' },
    notice: null,
    setFilter: (change) => set((s) => ({ filter: { ...s.filter, ...change } })),
    clearFilter: () => set({ filter: NO_FILTER }),
    // A notice belongs to what it was about: opening something else clears it.
    select: (selection) => set({ selection, notice: null }),
    notify: (notice) => set({ notice }),
  }));

export type LibraryStore = ReturnType<typeof createLibraryStore>;
