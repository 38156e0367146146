import { describe, expect, it, vi, afterEach } from 'vitest';
import { afterPaint, beforePaint } from '../../../lib/x/frame-timing';

/** A window whose animation frames the test runs by hand. */
function fakeWindow() {
  const frames: (() => void)[] = [];
  const win = {
    requestAnimationFrame: (fn: () => void) => frames.push(fn),
    setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms),
    clearTimeout: (id: ReturnType<typeof setTimeout>) => clearTimeout(id),
  } as unknown as Window;
  return { win, frames };
}

afterEach(() => vi.useRealTimers());

describe('frame timing', () => {
  it('runs before-paint work in the next animation frame, once', () => {
    vi.useFakeTimers();
    const { win, frames } = fakeWindow();
    const fn = vi.fn();
    beforePaint(fn, win);
    expect(fn).not.toHaveBeenCalled();
    frames[0]!();
    expect(fn).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(500);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('runs after-paint work in a task queued from the frame, not in the frame', () => {
    vi.useFakeTimers();
    const { win, frames } = fakeWindow();
    const fn = vi.fn();
    afterPaint(fn, win);
    frames[0]!();
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('falls back to a timer in a hidden tab, which gets no frames', () => {
    vi.useFakeTimers();
    const { win } = fakeWindow();
    const before = vi.fn();
    const after = vi.fn();
    beforePaint(before, win, 100);
    afterPaint(after, win, 100);
    vi.advanceTimersByTime(99);
    expect(before).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(before).toHaveBeenCalledTimes(1);
    expect(after).toHaveBeenCalledTimes(1);
  });
});
