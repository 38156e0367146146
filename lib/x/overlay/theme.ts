// X has three themes (light, dim, lights out); it paints them on <body>. The overlay follows.
export type XTheme = 'light' | 'dim' | 'dark';

export function themeFromColor(color: string): XTheme {
  const m = color.match(/\d+(\.\d+)?/g);
  if (!m || m.length < 3) return 'light';
  const [r, g, b] = m.slice(0, 3).map(Number) as [number, number, number];
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  if (luminance > 128) return 'light';
  return luminance < 8 ? 'dark' : 'dim';
}

export function readXTheme(doc: Document): XTheme {
  const body = doc.body;
  if (!body) return 'light';
  return themeFromColor(doc.defaultView?.getComputedStyle(body).backgroundColor ?? '');
}
