// A session for features under test: the real event hub, page reading and view store; a recorded
// request sender that answers observe with a view per post.
import { vi } from 'vitest';
import { Events } from '../../../entrypoints/x.content/events';
import { PageReading } from '../../../entrypoints/x.content/page-reading';
import type { Session, SessionEvents } from '../../../entrypoints/x.content/session';
import { translator } from '../../../lib/i18n/translate';
import type { PortClient } from '../../../lib/messaging/port-client';
import { DEFAULT_SETTINGS, type MentionView, type OverlayContext, type UiLocale } from '../../../lib/model';
import { ViewStore } from '../../../lib/x/overlay/view-store';

const NOW = Date.now();
const CONTEXT: OverlayContext = {
  brand: { name: 'Lumen Mobile', handles: ['LumenMobile'], keywords: [] },
  account: 'LumenMobile',
  rules: [],
  sla: DEFAULT_SETTINGS.sla,
  lowConfidenceBelow: 0.5,
  decided: [],
};

export function fakeSession(signedIn = 'LumenMobile', locale: UiLocale = 'en'): Session {
  const views = new ViewStore();
  let brandHandles = new Set(['lumenmobile']);
  const send = vi.fn(async (req: { type: string; posts?: { statusId: string; postedAt: string }[] }) => {
    if (req.type === 'observe') {
      const views: MentionView[] = (req.posts ?? []).map((p) => ({
        statusId: p.statusId, label: 'complaint', labelSource: 'model', confidence: 0.9, reasons: [{ kind: 'no_signal' }],
        status: 'new', postedAt: Date.parse(p.postedAt), slaDeadline: NOW + 3_600_000, slaDueSoonAt: NOW + 2_700_000,
      }));
      return { views, brandHandles: ['LumenMobile'] };
    }
    return { ok: true };
  });
  return {
    doc: document,
    t: translator(locale),
    locale,
    requests: { send } as unknown as PortClient,
    bridge: { insert: async () => ({ ok: false, method: 'none' }), close: () => {} },
    reading: new PageReading(),
    views,
    events: new Events<SessionEvents>(),
    context: () => CONTEXT,
    pageAccount: () => ({ signedInHandle: signedIn, signedInName: null, accountId: null }),
    brandHandles: () => brandHandles,
    setBrandHandles: (h) => void (brandHandles = new Set(h.map((x) => x.toLowerCase()))),
    keptAccounts: new Set(),
    reloadContext: async () => {},
  };
}

