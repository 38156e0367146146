// The dashboard's UI state: the agent's unsaved edits and what the last save said. One store per
// mounted dashboard (zustand's vanilla store in a React context), so pages and tests never share it.
import { createStore } from 'zustand/vanilla';
import type { Settings } from '../../lib/model';
import type { SettingsForm } from './form/model';

export type SavePhase = 'idle' | 'saving' | 'saved';

export interface DraftState {
  /** The agent's edits; null while the form simply shows what is stored. */
  draft: SettingsForm | null;
  /** The stored settings the draft started from: a save sends only what the agent changed since. */
  origin: Settings | null;
  /** Fields the agent has left after editing: their problems show from then on. */
  touched: ReadonlySet<string>;
  /** After a save attempt every problem shows, touched or not. */
  attempted: boolean;
  /** What the background rejected, by field key; stays until the agent edits again. */
  serverIssues: Readonly<Record<string, string>>;
  /** Save problems no single field owns (the background unreachable, an unknown path). */
  saveError: string | null;
  phase: SavePhase;
  edit(base: SettingsForm, stored: Settings, change: (form: SettingsForm) => SettingsForm): void;
  touch(key: string): void;
  discard(): void;
}

export type DraftStore = ReturnType<typeof createDraftStore>;

export function createDraftStore() {
  return createStore<DraftState>()((set) => ({
    draft: null,
    origin: null,
    touched: new Set(),
    attempted: false,
    serverIssues: {},
    saveError: null,
    phase: 'idle',
    edit: (base, stored, change) =>
      set((s) => ({
        draft: change(s.draft ?? base),
        origin: s.draft ? s.origin : stored,
        serverIssues: {},
        saveError: null,
        phase: s.phase === 'saving' ? 'saving' : 'idle',
      })),
    touch: (key) => set((s) => (s.touched.has(key) ? s : { touched: new Set([...s.touched, key]) })),
    discard: () => set({ draft: null, origin: null, touched: new Set(), attempted: false, serverIssues: {}, saveError: null, phase: 'idle' }),
  }));
}
