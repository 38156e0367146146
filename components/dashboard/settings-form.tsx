// The settings form as the sections see it: the agent's draft over the stored settings, its
// problems by field, and save / discard. Saving writes through the background, which validates
// again; whatever it rejects lands on the field it belongs to and the draft stays as typed.
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { useI18n } from '../i18n';
import { sendToBackground } from '../../lib/messaging/client';
import type { Settings } from '../../lib/model';
import { createDraftStore, type SavePhase } from './draft-store';
import { changedFields, convertForm, type Conversion } from './form/convert';
import { formSignature, settingsToForm, type SettingsForm } from './form/model';

export interface SettingsFormApi {
  /** What is stored. */
  settings: Settings;
  /** What the form shows: the draft, or the stored settings when there is none. */
  form: SettingsForm;
  conversion: Conversion;
  dirty: boolean;
  phase: SavePhase;
  saveError: string | null;
  update(change: (form: SettingsForm) => SettingsForm): void;
  touch(key: string): void;
  /** The message to show under a field, translated; null when it is fine (or not yet looked at). */
  issueFor(key: string): string | null;
  /** Keys of every problem showing now, in form order. */
  shownIssueKeys: string[];
  save(): Promise<void>;
  discard(): void;
}

const FormContext = createContext<SettingsFormApi | null>(null);

export function useSettingsForm(): SettingsFormApi {
  const api = useContext(FormContext);
  if (!api) throw new Error('useSettingsForm needs a SettingsFormProvider');
  return api;
}

interface ProviderProps {
  settings: Settings;
  /** Called with the first field that needs attention after a refused save. */
  onInvalid(key: string): void;
  children: ReactNode;
}

export function SettingsFormProvider({ settings, onInvalid, children }: ProviderProps) {
  const { t } = useI18n();
  const [store] = useState(createDraftStore);
  const state = useStore(store);
  const base = useMemo(() => settingsToForm(settings), [settings]);
  const baseSignature = useMemo(() => formSignature(base), [base]);
  const form = state.draft ?? base;
  const signature = useMemo(() => formSignature(form), [form]);
  const conversion = useMemo(() => convertForm(form), [form]);
  // Right after a save the draft may briefly differ from what is stored until the read-back lands.
  const dirty = state.draft !== null && signature !== baseSignature && state.phase !== 'saved';

  // Stored settings changed (our save landing, or another tab): a draft that says nothing new
  // is dropped so the form follows; real edits stay.
  const previousBase = useRef(baseSignature);
  useEffect(() => {
    const draft = store.getState().draft;
    if (draft) {
      const s = formSignature(draft);
      if (s === baseSignature || s === previousBase.current) store.setState({ draft: null, origin: null });
    }
    previousBase.current = baseSignature;
  }, [baseSignature, store]);

  const issueFor = useCallback(
    (key: string): string | null => {
      const server = state.serverIssues[key];
      if (server) return server;
      if (!state.attempted && !state.touched.has(key)) return null;
      const issue = conversion.issues.find((i) => i.key === key);
      return issue ? t(issue.message, issue.params) : null;
    },
    [state.serverIssues, state.attempted, state.touched, conversion, t],
  );

  const shownIssueKeys = useMemo(() => {
    const keys = conversion.issues.map((i) => i.key).filter((k) => state.attempted || state.touched.has(k));
    return [...new Set([...keys, ...Object.keys(state.serverIssues)])];
  }, [conversion, state.attempted, state.touched, state.serverIssues]);

  const save = useCallback(async () => {
    if (store.getState().phase === 'saving') return;
    const first = conversion.issues[0];
    if (!conversion.value) {
      store.setState({ attempted: true, phase: 'idle' });
      if (first) onInvalid(first.key);
      return;
    }
    // What the agent changed since the draft began, not what differs from the store now: a field
    // another tab saved meanwhile is not the agent's to overwrite.
    const change = changedFields(conversion.value, store.getState().origin ?? settings);
    if (Object.keys(change).length === 0) {
      store.setState({ draft: null, origin: null, attempted: false, touched: new Set(), phase: 'saved' });
      return;
    }
    store.setState({ phase: 'saving', saveError: null, serverIssues: {} });
    const sent = store.getState().draft;
    try {
      const result = await sendToBackground({ type: 'saveSettings', change });
      if (result.ok) {
        const current = store.getState().draft;
        // Edits typed while the save was under way are newer than what was saved: keep them.
        if (current !== null && current !== sent) {
          store.setState({ phase: 'idle' });
          return;
        }
        const merged = { ...settings, ...change };
        store.setState({
          // The form as it will read back (trimmed, without @, sorted), unless the read-back
          // already landed and dropped the draft: no flash of the old values either way.
          draft: current === null ? null : settingsToForm(merged),
          origin: current === null ? null : merged,
          attempted: false,
          touched: new Set(),
          phase: 'saved',
        });
        return;
      }
      const serverIssues: Record<string, string> = {};
      const unplaced: string[] = [];
      for (const e of result.errors) {
        const key = conversion.keyOf(e.path);
        if (key && !serverIssues[key]) serverIssues[key] = e.message;
        else if (!key) unplaced.push(`${e.path}: ${e.message}`);
      }
      store.setState({
        serverIssues,
        saveError: unplaced.length ? t('dash.save.rejected', { errors: unplaced.join('; ') }) : null,
        attempted: true,
        phase: 'idle',
      });
      const firstServer = Object.keys(serverIssues)[0];
      if (firstServer) onInvalid(firstServer);
    } catch (e) {
      store.setState({ saveError: t('dash.save.failed', { error: e instanceof Error ? e.message : String(e) }), phase: 'idle' });
    }
  }, [conversion, settings, store, onInvalid, t]);

  const api = useMemo<SettingsFormApi>(
    () => ({
      settings,
      form,
      conversion,
      dirty,
      phase: state.phase,
      saveError: state.saveError,
      update: (change) => state.edit(base, settings, change),
      touch: state.touch,
      issueFor,
      shownIssueKeys,
      save,
      discard: state.discard,
    }),
    [settings, form, conversion, dirty, state, base, issueFor, shownIssueKeys, save],
  );

  return <FormContext.Provider value={api}>{children}</FormContext.Provider>;
}
