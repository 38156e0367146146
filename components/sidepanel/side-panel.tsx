import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { db } from '../../lib/db/database';
import { getFocus } from '../../lib/mentions/focus';
import { useSettings } from '../hooks/use-settings';
import { useI18n } from '../i18n';
import { FocusedPanel } from './focused-panel';
import { SEARCH_ID } from './template-search';
import { MyQueue } from '../team/my-queue';

/** The post in focus (set by the background when the agent opens or replies to a mention), live. */
function useFocusedMention() {
  return useLiveQuery(async () => {
    const focus = await getFocus(db());
    return focus ? ((await db().mentions.get(focus.statusId)) ?? null) : null;
  }, []);
}

const typingIn = (el: EventTarget | null): boolean =>
  el instanceof HTMLElement && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));

/** The side panel: approved templates and the DM handoff for the post the agent is answering. */
export function SidePanel() {
  const { t } = useI18n();
  const mention = useFocusedMention();
  const settings = useSettings();
  const templates = useLiveQuery(() => db().templates.toArray(), []);
  const loading = mention === undefined || !settings || !templates;

  useEffect(() => {
    // "/" jumps to the template search, as it jumps to search on X.
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || typingIn(e.target)) return;
      const search = document.getElementById(SEARCH_ID);
      if (!search) return;
      e.preventDefault();
      search.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  return (
    <main className="sp" aria-busy={loading}>
      <h1 className="visually-hidden">{t('panel.title')}</h1>
      {!loading &&
        (mention ? (
          <FocusedPanel key={mention.statusId} mention={mention} settings={settings} templates={templates} />
        ) : (
          <EmptyState />
        ))}
    </main>
  );
}

function EmptyState() {
  const { t } = useI18n();
  return (
    <section className="sp-empty" aria-labelledby="sp-empty-title">
      <h2 id="sp-empty-title">{t('panel.empty.title')}</h2>
      <p className="muted">{t('panel.empty.how')}</p>
      <p className="muted small">{t('panel.empty.reply')}</p>
      <MyQueue />
    </section>
  );
}
