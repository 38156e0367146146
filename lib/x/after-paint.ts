// Runs work that can wait (a message to the background) once the frame that shows the page's
// own drawing is painted: a task queued from the next animation frame runs after that paint.
// Hidden tabs get no animation frames, so a plain timer stands in after `fallbackMs`.
export function afterPaint(fn: () => void, win: Window = window, fallbackMs = 100): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    win.clearTimeout(fallback);
    fn();
  };
  const fallback = win.setTimeout(once, fallbackMs);
  win.requestAnimationFrame(() => win.setTimeout(once, 0));
}
