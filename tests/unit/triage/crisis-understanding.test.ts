// Crisis told in ordinary words, in every language: the engine raises it to a crisis or flags it
// as a possible crisis for the lead, and either way says why. Posts written for this test (none
// comes from a corpus file or an evaluation set).
import { describe, expect, it } from 'vitest';
import { UI_LOCALES } from '../../../lib/model';
import { createTriage } from '../../../lib/triage/index';
import { formatReason } from '../../../lib/triage/reason-messages';
import { analyse, createShippedTriage, decide } from '../../../lib/triage/shipped-classify';
import { LABEL_INDEX, stageOne } from '../../../lib/triage/shipped-model';

const BRAND = { handles: ['NorvaCare'], keywords: ['Norva'] };

/** [language, what kind of crisis, post] */
const PLAIN_CRISES: [string, string, string][] = [
  ['en', 'danger', '@NorvaCare the charger you sold me went black and melted into the socket while my son was asleep next to it'],
  ['en', 'health service', '@NorvaCare my dad’s oxygen delivery has not come and he has maybe six hours of oxygen left'],
  ['en', 'many affected', '@NorvaCare every single person on our street has had money taken from their account by you this morning'],
  ['en', 'data', '@NorvaCare I logged in and I can see another customer’s home address, card details and orders'],
  ['fr', 'danger', '@NorvaCare la poussette a lâché dans l’escalier avec mon bébé dedans, il a une bosse énorme sur la tête'],
  ['fr', 'health service', '@NorvaCare ma commande d’insuline n’arrive pas et il ne me reste plus rien pour ce soir'],
  ['fr', 'regulator', '@NorvaCare j’ai saisi la CNIL, vous avez envoyé mon dossier médical à un inconnu'],
  ['de', 'danger', '@NorvaCare der Heizlüfter hat geraucht und es riecht verschmort im Kinderzimmer, meine Tochter schläft dort'],
  ['de', 'many affected', '@NorvaCare die ganze Straße hat seit gestern kein Wasser und keinen Strom, hier wohnen viele alte Menschen'],
  ['de', 'journalist', '@NorvaCare ich bin Reporterin beim Stadtanzeiger, können Sie mir zu den Ausfällen eine Stellungnahme geben?'],
  ['es', 'danger', '@NorvaCare la tostadora echó chispas y humo y mi abuela se quemó la mano'],
  ['es', 'boycott', 'No compréis nada en @NorvaCare, han dejado sin calefacción a familias enteras en pleno invierno. Difundid'],
  ['es', 'money at scale', '@NorvaCare a miles de clientes nos han cobrado dos veces la nómina de este mes, mirad las respuestas'],
  ['hr', 'danger', '@NorvaCare punjač se zapalio u dječjoj sobi, mali je skoro izgorio'],
  ['hr', 'health service', '@NorvaCare lijekovi za srce nisu stigli a tata ih više nema, ljekarna se ne javlja'],
  ['hr', 'many affected', '@NorvaCare cijeli kvart je bez struje i grijanja, a vani je minus deset. ovdje žive stari ljudi'],
];

describe('crisis understanding in every language', () => {
  const triage = createTriage();
  it.each(PLAIN_CRISES)('%s, %s: %s', (lang, _kind, text) => {
    const r = triage.classify({ text, lang, brand: BRAND });
    const raised = r.label === 'crisis' || r.reasons[0]?.kind === 'possible_crisis';
    expect(raised, `${r.label}: ${JSON.stringify(r.reasons)}`).toBe(true);
    // The lead sees why, in every UI language, with the post's own words.
    const first = r.reasons[0];
    expect(first).toBeDefined();
    for (const locale of UI_LOCALES) expect(formatReason(first!, locale)).not.toMatch(/\{terms\}|^\s*$/);
    expect(r.reasons.flatMap((x) => x.terms ?? []).length).toBeGreaterThan(0);
  });

  it('leaves ordinary complaints that only sound alarming alone', () => {
    for (const [lang, text] of [
      ['en', '@NorvaCare this app update is a total disaster, everything takes twice as long'],
      ['fr', '@NorvaCare je meurs d’impatience, ça fait une heure que j’attends ma commande'],
      ['de', '@NorvaCare mein Akku ist schon wieder nach zwei Stunden leer, nervt'],
    ] as const) {
      const r = triage.classify({ text, lang, brand: BRAND });
      expect(r.label, text).toBe('complaint');
    }
  });
});

describe('a crisis after the team has taught the engine', () => {
  it('is never dropped silently when the page raised it, however many complaints and praise were taught', () => {
    const taught = createTriage();
    const gripes = ['my bill is wrong again', 'the app logs me out every day', 'delivery is three days late', 'no reply to my email'];
    const thanks = ['thanks for the quick fix', 'great service today', 'love the new plan', 'the agent was lovely'];
    for (let i = 0; i < 400; i++) {
      const complaint = i % 2 === 0;
      const base = (complaint ? gripes : thanks)[i % 4] ?? '';
      taught.learn({ text: `@NorvaCare ${base} order ${i} ${(i * 7919).toString(36)}`, lang: 'en', brand: BRAND }, complaint ? 'complaint' : 'praise');
    }
    taught.settle();
    const page = createShippedTriage();
    const raisedByPage = PLAIN_CRISES.filter(([lang, , text]) => page.classify({ text, lang, brand: BRAND }).label === 'crisis');
    expect(raisedByPage.length).toBeGreaterThan(8);
    for (const [lang, , text] of raisedByPage) {
      // A crisis, or the lead's possible-crisis flag with the post's crisis words.
      const r = taught.classify({ text, lang, brand: BRAND });
      if (r.label === 'crisis') continue;
      expect(r.reasons[0], text).toEqual({ kind: 'possible_crisis', terms: expect.arrayContaining([expect.any(String)]) });
    }
  });
});

describe('the crisis decision', () => {
  const a = analyse({ text: '@NorvaCare the kettle sparked when my dad plugged it in', lang: 'en', brand: BRAND });
  const s1 = stageOne();
  const crisisAt = (p: number): Float64Array => {
    // Scores whose softmax gives crisis probability p and the rest to complaint.
    const scores = new Float64Array(7).fill(-50);
    scores[LABEL_INDEX.crisis] = Math.log(p);
    scores[LABEL_INDEX.complaint] = Math.log(1 - p);
    return scores;
  };
  const thresholds = { raise: 0.3, flag: 0.1 };

  it('raises a post to crisis from the raise threshold on, even when another label scores higher', () => {
    const r = decide(a, crisisAt(0.35), s1.matrices.en, undefined, thresholds);
    expect(r.label).toBe('crisis');
    expect(r.reasons.some((x) => x.kind === 'harm' || x.kind === 'crisis_signs' || x.kind === 'person_in_danger')).toBe(true);
  });

  it('flags a possible crisis, with its words, between the two thresholds', () => {
    const r = decide(a, crisisAt(0.2), s1.matrices.en, undefined, thresholds);
    expect(r.label).toBe('complaint');
    expect(r.reasons[0]).toEqual({ kind: 'possible_crisis', terms: expect.arrayContaining(['sparked']) });
  });

  it('neither raises nor flags below the flag threshold', () => {
    const r = decide(a, crisisAt(0.05), s1.matrices.en, undefined, thresholds);
    expect(r.label).toBe('complaint');
    expect(r.reasons.map((x) => x.kind)).not.toContain('possible_crisis');
  });

  it('ships thresholds with the flag below the raise', () => {
    expect(s1.crisis.flag).toBeLessThanOrEqual(s1.crisis.raise);
    expect(s1.crisis.raise).toBeGreaterThan(0);
    expect(s1.crisis.raise).toBeLessThan(1);
  });
});
