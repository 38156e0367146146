// When Careline's work on X's page runs, relative to the frame that shows X's own drawing.
// Hidden tabs get no animation frames, so a plain timer stands in after `fallbackMs`.

/**
 * Runs `fn` in the next animation frame, before that frame's style, layout and paint: work done
 * there is painted in the same frame, yet is a task of its own rather than a part of X's.
 */
export function beforePaint(fn: () => void, win: Window = window, fallbackMs = 100): void {
  once(fn, win, fallbackMs, (run) => win.requestAnimationFrame(run));
}

/**
 * Runs work that can wait (a message to the background) once the frame that shows the page's
 * own drawing is painted: a task queued from the next animation frame runs after that paint.
 */
export function afterPaint(fn: () => void, win: Window = window, fallbackMs = 100): void {
  once(fn, win, fallbackMs, (run) => win.requestAnimationFrame(() => win.setTimeout(run, 0)));
}

function once(fn: () => void, win: Window, fallbackMs: number, schedule: (run: () => void) => void): void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    win.clearTimeout(fallback);
    fn();
  };
  const fallback = win.setTimeout(run, fallbackMs);
  schedule(run);
}
