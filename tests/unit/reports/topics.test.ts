import { describe, expect, it } from 'vitest';
import { TopicCounter, topicWords } from '../../../lib/reports/topics';

const brand = { handles: ['LumenMobile'], keywords: ['Lumen Mobile'] };

describe('complaint topics', () => {
  it('keeps words and hashtags; drops links, handles, numbers, stopwords and the brand', () => {
    const words = topicWords('@LumenMobile @ivo my Bill is WRONG again!! order 12345 #refund https://t.co/Ab12Cd lumen mobile', brand);
    expect([...words.values()]).toEqual(['bill', 'wrong', 'order', '#refund']);
  });

  it('folds accents to compare, and shows the spelling most posts used', () => {
    const c = new TopicCounter(brand);
    c.add('račun opet kriv');
    c.add('racun kasni');
    c.add('Račun!!');
    expect(c.top(1)).toEqual([{ term: 'račun', count: 3 }]);
    expect(c.posts).toBe(3);
  });

  it('counts a word once per complaint, ties alphabetically', () => {
    const c = new TopicCounter(brand);
    c.add('signal signal signal');
    c.add("pas de signal, facture trop chère, l'appli plante");
    expect(c.top(3)).toEqual([
      { term: 'signal', count: 2 },
      { term: 'appli', count: 1 },
      { term: 'chère', count: 1 },
    ]);
  });
});
