// When a page's first figures are on screen: the popup loads its settings (and their schema
// library) only after that, and the benchmark reads the mark. Kept apart from the data hooks so
// the popup's first script holds no database code.
import { useEffect } from 'react';

let figuresShown: () => void = () => {};
/** Settles once the figures are first on screen (or after a second, whatever happens). */
export const firstFigures = new Promise<void>((resolve) => {
  figuresShown = resolve;
  setTimeout(resolve, 1_000);
});

/** Where the figures first on screen came from: the background's snapshot or the page's own query. */
export type FiguresSource = 'snapshot' | 'live';

/** Marks the first time the figures are on screen (after React committed them), for the benchmark. */
export function useFiguresShownMark(source: FiguresSource | undefined): void {
  useEffect(() => {
    if (!source) return;
    if (performance.getEntriesByName('careline:popup-figures').length === 0) {
      performance.mark('careline:popup-figures', { detail: source });
    }
    figuresShown();
  }, [source]);
}
