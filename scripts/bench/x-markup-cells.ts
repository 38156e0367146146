// How big a real x.com post is: elements per top-level post article (and per timeline cell
// holding one) in the saved pages of ../shared/x-markup. The surge benchmark pads the fake X's
// posts to the median (X_COM_POST_ELEMENTS in overlay-surge.ts) for its x.com-sized shape.
// npx tsx scripts/bench/x-markup-cells.ts
import { readdirSync, readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { quantile } from './stats';

const dir = process.argv[2] ?? '../shared/x-markup';
const articles: number[] = [];
const cells: number[] = [];
for (const f of readdirSync(dir).filter((n) => n.endsWith('.html'))) {
  const win = new Window();
  win.document.write(readFileSync(`${dir}/${f}`, 'utf8'));
  for (const a of win.document.querySelectorAll('article[data-testid="tweet"]')) {
    if (!a.parentElement?.closest('article')) articles.push(a.querySelectorAll('*').length + 1);
  }
  for (const c of win.document.querySelectorAll('[data-testid="cellInnerDiv"]')) {
    if (c.querySelector('article[data-testid="tweet"]')) cells.push(c.querySelectorAll('*').length + 1);
  }
  await win.happyDOM.close();
}
const show = (name: string, xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  console.log(`${name}: n=${s.length}, median ${quantile(s, 0.5)}, p10 ${quantile(s, 0.1)}, p90 ${quantile(s, 0.9)}`);
};
show('elements per post article', articles);
show('elements per cell holding a post', cells);
