// A post X showed in Grok's translation: the panel shows what the customer wrote, named by its
// language, with the translation the agent saw on X beside it; a post X showed as written shows
// once, as before.
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderPanel, seed } from './harness';

const ORIGINAL = '@LumenMobile trois jours sans réseau et personne ne répond.\nC’est inadmissible !';
const TRANSLATION = '@LumenMobile three days without a network and nobody answers.\nThis is unacceptable!';

describe('side panel: a translated post', () => {
  it('shows the original, then Grok’s translation, each in its language', async () => {
    await seed({ mention: { text: ORIGINAL, lang: 'fr', translation: { text: TRANSLATION, lang: 'en' } } });
    renderPanel();
    const group = await screen.findByRole('group', { name: 'X showed Grok’s translation' });
    const paragraphs = group.querySelectorAll('p');
    expect([...paragraphs].map((p) => [p.textContent, p.getAttribute('lang')])).toEqual([
      [ORIGINAL, 'fr'],
      [TRANSLATION, 'en'],
    ]);
    expect(within(group).getByText('Original (French)')).toBeTruthy();
    expect(within(group).getByText('Grok’s translation (English)')).toBeTruthy();
  });

  it('names the languages in the panel’s own language', async () => {
    await seed({ mention: { text: ORIGINAL, lang: 'fr', translation: { text: TRANSLATION, lang: 'en' } } });
    renderPanel('hr');
    const group = await screen.findByRole('group', { name: 'X je prikazao Grokov prijevod' });
    expect(within(group).getByText(/^Izvornik \(francuski\)$/)).toBeTruthy();
  });

  it('a post X showed as written appears once, without a translation block', async () => {
    await seed({ mention: { text: ORIGINAL, lang: 'fr' } });
    renderPanel();
    await screen.findByText(/trois jours sans réseau/);
    expect(screen.queryByRole('group', { name: 'X showed Grok’s translation' })).toBeNull();
    expect(screen.getAllByText(/trois jours sans réseau/)).toHaveLength(1);
  });

  it('keeps markup in either text as text', async () => {
    await seed({ mention: { text: '<img src=x onerror=alert(1)>', lang: 'fr', translation: { text: '<b>bold</b>', lang: 'en' } } });
    const { container } = renderPanel();
    await screen.findByText('<b>bold</b>');
    expect(container.querySelector('img[onerror], b')).toBeNull();
  });
});
