// A rehearsal's synthetic surge: angry posts about an outage, in the team's language, spread
// over the last minutes so the drill's detector raises its alert at once. Written for Careline
// (no real posts). They go only into the drill database (lib/db DRILL_DB_NAME).
import { deadlines } from '../mentions/classify';
import type { Label, Mention, Settings, UiLocale } from '../model';

const PHRASES: Record<UiLocale, { city: string; lines: string[]; calm: string[] }> = {
  en: {
    city: 'Zagreb',
    lines: [
      'no signal in {city} since this morning, is this an outage?',
      'outage again in {city}, my whole street is offline',
      'the outage in {city} cost me a day of work, who pays for this?',
      'how long will the {city} outage last? no answer anywhere',
      'third hour of the outage in {city}, not even a status update',
      'outage in {city}: emergency calls do not go through!',
    ],
    calm: ['thanks for the quick help with my bill', 'when does the new store open?'],
  },
  fr: {
    city: 'Lyon',
    lines: [
      'pas de réseau à {city} depuis ce matin, c’est une panne ?',
      'encore une panne à {city}, toute ma rue est coupée',
      'la panne à {city} m’a coûté une journée de travail',
      'combien de temps va durer la panne à {city} ? aucune réponse',
      'troisième heure de panne à {city}, même pas un message',
      'panne à {city} : les appels d’urgence ne passent pas !',
    ],
    calm: ['merci pour l’aide rapide avec ma facture', 'quand ouvre la nouvelle boutique ?'],
  },
  hr: {
    city: 'Zagreb',
    lines: [
      'nema signala u {city} od jutros, je li ovo kvar?',
      'opet kvar u {city}, cijela ulica je bez mreže',
      'kvar u {city} me koštao cijeli radni dan, tko će to platiti?',
      'koliko će trajati kvar u {city}? nigdje odgovora',
      'treći sat kvara u {city}, ni obavijesti',
      'kvar u {city}: hitni pozivi ne prolaze!',
    ],
    calm: ['hvala na brzoj pomoći s računom', 'kada se otvara nova poslovnica?'],
  },
};

/** The topic the drill's surge is about, per language. */
export const DRILL_TOPIC: Record<UiLocale, string[]> = { en: ['outage', 'zagreb'], fr: ['panne', 'lyon'], hr: ['kvar', 'zagreb'] };

export interface DrillOptions {
  now: number;
  lang: UiLocale;
  settings: Settings;
  brandHandle: string;
  /** Angry posts in the surge (a few calm ones come with them). */
  size?: number;
  minutes?: number;
}

export function drillMentions(o: DrillOptions): Mention[] {
  const size = o.size ?? 45;
  const minutes = o.minutes ?? 12;
  const p = PHRASES[o.lang];
  const total = size + p.calm.length;
  const base = 9_000_000_000_000_000_000n + BigInt(o.now) * 1000n;
  return Array.from({ length: total }, (_, i) => {
    const calm = i >= size;
    const line = calm ? p.calm[i - size]! : p.lines[i % p.lines.length]!.replace('{city}', p.city);
    const label: Label = calm ? 'praise' : i % 7 === 3 ? 'crisis' : i % 5 === 1 ? 'question' : 'complaint';
    const postedAt = o.now - Math.round(((total - i) / total) * minutes * 60_000);
    const statusId = String(base + BigInt(i));
    const handle = `drill_${i + 1}`;
    return {
      statusId,
      authorHandle: handle,
      authorName: `Drill customer ${i + 1}`,
      text: `@${o.brandHandle} ${line}`,
      lang: o.lang,
      postedAt,
      firstSeenAt: postedAt + 20_000,
      url: `https://x.com/${handle}/status/${statusId}`,
      inReplyTo: [],
      label,
      labelSource: 'model',
      confidence: 0.9,
      reasons: label === 'question' ? [{ kind: 'service_issue', terms: [DRILL_TOPIC[o.lang][0]!] }] : [],
      status: 'new',
      ...deadlines(postedAt, label, o.settings),
      updatedAt: postedAt + 20_000,
    } satisfies Mention;
  });
}
