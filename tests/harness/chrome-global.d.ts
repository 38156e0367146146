// Code that tests and benchmarks evaluate inside Careline's own pages and worker uses the
// `chrome` global; it is the same API WXT types as `browser`.
import type { browser } from 'wxt/browser';

declare global {
  const chrome: typeof browser;
}
export {};
