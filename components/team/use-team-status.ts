// The team desk's status, asked of the background every second while a page shows it: the socket
// lives in the service worker, and a status is a few bytes.
import { useCallback, useEffect, useState } from 'react';
import { sendToBackground } from '../../lib/messaging/client';
import type { TeamStatusView } from '../../lib/team/team-port';

const POLL_MS = 1_000;

export function useTeamStatus(pollMs = POLL_MS): { status: TeamStatusView | undefined; refresh(): Promise<void> } {
  const [status, setStatus] = useState<TeamStatusView>();
  const refresh = useCallback(async () => {
    try {
      setStatus(await sendToBackground({ type: 'teamStatus' }));
    } catch {
      // The worker is starting: the next poll asks again.
    }
  }, []);
  useEffect(() => {
    void refresh();
    const id = setInterval(() => void refresh(), pollMs);
    return () => clearInterval(id);
  }, [refresh, pollMs]);
  return { status, refresh };
}
