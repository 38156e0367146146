import type { Mention } from '../../lib/model';
import { useI18n } from '../i18n';

/** "fr" → "French" in the panel's language; the code itself when the browser cannot name it. */
function languageName(code: string | undefined, locale: string): string {
  if (!code || code === 'und') return '?';
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * A post X showed in Grok's translation: what the customer wrote (what Careline triaged and
 * stores), with the translation the agent saw on X beside it. Both are untrusted text, rendered
 * as text.
 */
export function PostTranslation({ mention }: { mention: Pick<Mention, 'text' | 'lang' | 'translation'> }) {
  const { t, locale } = useI18n();
  const translation = mention.translation;
  if (!translation) return null;
  const lang = (code: string | undefined) => (code && code !== 'und' ? code : undefined);
  return (
    <div className="sp-translation" role="group" aria-label={t('panel.post.translated')}>
      <div className="small muted">{t('panel.post.original', { lang: languageName(mention.lang, locale) })}</div>
      <p className="post-text sp-post-text" lang={lang(mention.lang)}>
        {mention.text}
      </p>
      <div className="small muted">{t('panel.post.translation', { lang: languageName(translation.lang, locale) })}</div>
      <p className="post-text sp-post-text muted" lang={lang(translation.lang)}>
        {translation.text}
      </p>
    </div>
  );
}
