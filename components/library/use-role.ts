// Whether this browser session holds the lead role, as the background says. The role can
// change in another tab (a lead locks from the side panel), so it is asked again whenever
// the page comes back into view.
import { useCallback, useEffect, useState } from 'react';
import { sendToBackground } from '../../lib/messaging/client';
import type { Role } from '../../lib/templates';

export interface RoleAccess {
  role: Role;
  hasLead: boolean;
  loaded: boolean;
  /** Set when the background could not be asked. */
  failure: string | null;
  refresh(): Promise<void>;
}

export function useRole(): RoleAccess {
  const [state, setState] = useState<{ role: Role; hasLead: boolean } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    try {
      setState(await sendToBackground({ type: 'role' }));
      setFailure(null);
    } catch (err) {
      setFailure(err instanceof Error ? err.message : String(err));
    }
  }, []);

  useEffect(() => {
    void refresh();
    const onVisible = () => {
      if (document.visibilityState === 'visible') void refresh();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [refresh]);

  // Until the background answers, nobody is a lead: no edit control shows before it says so.
  return { role: state?.role ?? 'agent', hasLead: state?.hasLead ?? false, loaded: state !== null, failure, refresh };
}
