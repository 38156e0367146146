import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../../lib/crisis/csv';
import { isNegative } from '../../../lib/crisis/negative';
import { nbUpperTail } from '../../../lib/crisis/nb-tail';
import { validatePlaybook } from '../../../lib/crisis/playbook';
import { matchesTopic } from '../../../lib/crisis/topic-match';
import { topicTerms } from '../../../lib/crisis/topic-terms';

describe('CSV', () => {
  it('writes RFC 4180 with a UTF-8 byte order mark and CRLF records', () => {
    const csv = toCsv(['a', 'b'], [['x, y', 'say "hi"'], ['line\nbreak', 'čćž']]);
    expect(csv).toBe('\uFEFFa,b\r\n"x, y","say ""hi"""\r\n"line\nbreak",čćž\r\n');
  });
  it('neutralises cells a spreadsheet would run as formulas', () => {
    expect(csvCell('=HYPERLINK("http://evil")')).toBe(`"'=HYPERLINK(""http://evil"")"`);
    for (const s of ['+1', '-1', '@brand', '\tx']) expect(csvCell(s).startsWith(`'`) || csvCell(s).startsWith(`"'`)).toBe(true);
    expect(csvCell(-5)).toBe('-5');
  });
});

describe('negative tone', () => {
  it('counts crisis, complaint and troll; a question only with a problem or negative reason; never praise', () => {
    expect(isNegative('complaint', [])).toBe(true);
    expect(isNegative('question', [])).toBe(false);
    expect(isNegative('question', [{ kind: 'service_issue', terms: ['down'] }])).toBe(true);
    expect(isNegative('praise', [{ kind: 'negative' }])).toBe(false);
  });
});

describe('topic terms', () => {
  it('keeps hashtags, other accounts, content words and the quoted post; drops the brand and function words', () => {
    const terms = topicTerms('@LumenMobile the #Outage in Zagreb is not fixed, @HAKOM please help', { handles: ['LumenMobile'], keywords: [] }, '123');
    expect(terms).toEqual(['quote:123', '#outage', 'zagreb', 'fixed', '@hakom']);
  });
  it('matches a topic by its main term, two of its terms, or its quoted post', () => {
    const topic = { terms: ['outage', 'zagreb', 'signal'], quotedStatusId: '9' };
    expect(matchesTopic(['outage'], topic)).toBe(true);
    expect(matchesTopic(['zagreb'], topic)).toBe(false);
    expect(matchesTopic(['zagreb', 'signal'], topic)).toBe(true);
    expect(matchesTopic(['quote:9'], topic)).toBe(true);
  });
});

describe('negative binomial tail', () => {
  it('is the Poisson tail when the spread is tiny, and wider with an uncertain baseline', () => {
    // Poisson(2): P(X ≥ 6) = 0.01656…
    expect(nbUpperTail(6, 2, 1e7)).toBeCloseTo(0.016564, 4);
    expect(nbUpperTail(6, 2, 2)).toBeGreaterThan(nbUpperTail(6, 2, 1e7));
    expect(nbUpperTail(1, 2, 5)).toBe(1);
    expect(nbUpperTail(400, 1, 5)).toBeLessThan(1e-100);
  });
});

describe('playbook', () => {
  it('needs a title for a step of the team’s own', () => {
    expect(validatePlaybook([{ id: 'x', owner: '', dueMinutes: null }], 'Ana', 1)).toMatchObject({ ok: false });
  });
});
