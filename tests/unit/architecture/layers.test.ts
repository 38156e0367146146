// Imports point down the layers and no import circle exists (docs/architecture.md).
import { describe, expect, it } from 'vitest';
import { checkLayers, cycles, groupOf } from '../../../scripts/architecture/layers';

describe('the project’s layers', () => {
  it('every import of product code points down, and there is no import circle', () => {
    expect(checkLayers(process.cwd())).toEqual([]);
  });

  it('the check sees an upward import, a file circle and a folder circle', () => {
    const graph = new Map<string, string[]>([
      ['lib/messaging/protocol.ts', ['lib/service/overlay-context.ts']],
      ['lib/service/overlay-context.ts', ['lib/messaging/protocol.ts']],
      ['lib/x/a.ts', ['lib/mentions/b.ts']],
      ['lib/mentions/b.ts', ['lib/x/c.ts']],
      ['lib/x/c.ts', []],
      ['lib/templates/d.ts', ['tests/unit/factories.ts', 'components/page-root.tsx']],
    ]);
    const found = checkLayers('.', graph).map((v) => `${v.kind}: ${v.detail.split(':')[0]}`);
    expect(found).toEqual([
      'upward: lib/messaging/protocol.ts → lib/service/overlay-context.ts',
      'upward: lib/templates/d.ts → tests/unit/factories.ts',
      'upward: lib/templates/d.ts → components/page-root.tsx',
      'file-cycle: lib/messaging/protocol.ts → lib/service/overlay-context.ts',
      expect.stringMatching(/^folder-cycle: /),
      expect.stringMatching(/^folder-cycle: /),
    ]);
    expect(cycles(new Map([['a', ['a']]]))).toEqual([['a']]);
    expect(groupOf('lib/model.ts')).toBe('lib/model');
    expect(groupOf('entrypoints/x.content/features/overlays.ts')).toBe('entrypoints/x');
  });
});
