// The charts' colours, read from the page's CSS variables (components/ui/base.css) so charts
// follow X's light, dim and dark themes; a hook re-draws them when the theme changes.
import { useEffect, useState } from 'react';
import { LABELS, type Label } from '../../../lib/model';

export interface ChartTheme {
  fg: string;
  muted: string;
  border: string;
  accent: string;
  bg: string;
  labels: Record<Label, string>;
}

const FALLBACK: ChartTheme = {
  fg: '#0f1419', muted: '#536471', border: '#cfd9de', accent: '#1d9bf0', bg: '#ffffff',
  labels: { crisis: '#f4212e', complaint: '#e8590c', question: '#1d9bf0', praise: '#00ba7c', troll: '#7856ff', spam: '#8b98a5', other: '#71767b' },
};

export function readChartTheme(): ChartTheme {
  if (typeof getComputedStyle === 'undefined') return FALLBACK;
  const style = getComputedStyle(document.documentElement);
  const v = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    fg: v('--fg', FALLBACK.fg),
    muted: v('--muted', FALLBACK.muted),
    border: v('--border-strong', FALLBACK.border),
    accent: v('--accent', FALLBACK.accent),
    bg: v('--bg', FALLBACK.bg),
    labels: Object.fromEntries(LABELS.map((l) => [l, v(`--label-${l}`, FALLBACK.labels[l])])) as Record<Label, string>,
  };
}

/** The current theme, re-read when the page's data-theme or the system's colour scheme changes. */
export function useChartTheme(): ChartTheme {
  const [theme, setTheme] = useState(readChartTheme);
  useEffect(() => {
    const update = () => setTheme(readChartTheme());
    const observer = new MutationObserver(update);
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    const media = window.matchMedia?.('(prefers-color-scheme: dark)');
    media?.addEventListener?.('change', update);
    return () => {
      observer.disconnect();
      media?.removeEventListener?.('change', update);
    };
  }, []);
  return theme;
}
