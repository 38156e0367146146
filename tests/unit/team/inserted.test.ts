import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { insertedEntries } from '../../../lib/team/inserted';

/** What Yjs's own (slow) delta says was inserted. */
function viaDelta<T>(e: Y.YArrayEvent<T>): T[] {
  return e.changes.delta.flatMap((d) => (d.insert as T[] | undefined) ?? []);
}

describe('insertedEntries', () => {
  it('finds exactly what Yjs reports as inserted, for local, remote and concurrent changes', () => {
    let seed = 7;
    const rand = (n: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
    const docs = [new Y.Doc(), new Y.Doc(), new Y.Doc()];
    const observed: [string[], string[]][] = [];
    const watcher = new Y.Doc();
    const other = new Y.Doc();
    watcher.getArray<string>('a').observe((e) => observed.push([insertedEntries(e).sort(), viaDelta(e).sort()]));
    for (let round = 0; round < 40; round++) {
      for (const [i, d] of docs.entries()) {
        const a = d.getArray<string>('a');
        const n = 1 + rand(5);
        const items = Array.from({ length: n }, (_, k) => `${round}.${i}.${k}`);
        // Mostly appends, sometimes in the middle (splitting another writer's run).
        if (rand(4) === 0 && a.length > 2) a.insert(rand(a.length), items);
        else a.push(items);
        if (rand(6) === 0 && a.length > 3) a.delete(rand(a.length - 1), 1);
      }
      // Exchange in random order and sizes, so the watcher sees merged and split runs.
      for (const d of docs.sort(() => rand(3) - 1)) Y.applyUpdate(watcher, Y.encodeStateAsUpdate(d, Y.encodeStateVector(watcher)));
      if (round % 5 === 0) {
        watcher.getArray<string>('a').push([`w${round}`]);
        Y.applyUpdate(other, Y.encodeStateAsUpdate(watcher));
      }
    }
    expect(observed.length).toBeGreaterThan(40);
    for (const [fast, slow] of observed) expect(fast).toEqual(slow);
  });
});
