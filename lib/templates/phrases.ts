// Wording Careline writes into customer-facing text by itself: the SLA promise behind
// {{sla.promise}} and the text prefilled in the customer's DM. Written per language (not
// translated word for word); a language without phrases gets none, so the variable shows as
// empty and the agent sees it before anything is sent.

export const PHRASE_LANGS = ['en', 'fr', 'hr', 'de', 'es'] as const;
export type PhraseLang = (typeof PHRASE_LANGS)[number];

/** 'fr-CA' → 'fr'; only the primary language subtag matters for wording. */
export const baseLang = (lang: string): string => lang.trim().toLowerCase().split(/[-_]/)[0] ?? '';

export const phraseLang = (lang: string): PhraseLang | undefined => {
  const base = baseLang(lang);
  return (PHRASE_LANGS as readonly string[]).includes(base) ? (base as PhraseLang) : undefined;
};

type Unit = 'minute' | 'hour' | 'day';

/** Round a target up to a unit a person would promise in: never promise faster than the target. */
function promiseUnit(minutes: number): { n: number; unit: Unit } {
  if (minutes < 60 || (minutes < 120 && minutes % 60 !== 0)) return { n: minutes, unit: 'minute' };
  if (minutes <= 48 * 60) return { n: Math.ceil(minutes / 60), unit: 'hour' };
  return { n: Math.ceil(minutes / (24 * 60)), unit: 'day' };
}

const plural = (lang: PhraseLang, n: number) => new Intl.PluralRules(lang).select(n);

function promiseEn(n: number, unit: Unit, businessHours: boolean): string {
  const base =
    unit === 'hour' && n === 1
      ? 'within the hour'
      : `within ${n} ${unit}${plural('en', n) === 'one' ? '' : 's'}`;
  return businessHours ? `${base} during business hours` : base;
}

function promiseFr(n: number, unit: Unit, businessHours: boolean): string {
  // "ouvré(e)s" is how French service promises count business time.
  if (unit === 'minute') {
    if (n === 1) return businessHours ? 'dans la minute ouvrée' : 'dans la minute';
    return businessHours ? `dans les ${n} minutes ouvrées` : `dans les ${n} minutes`;
  }
  if (unit === 'hour') {
    if (n === 1) return businessHours ? "dans l'heure ouvrée" : "dans l'heure";
    return businessHours ? `dans les ${n} heures ouvrées` : `dans les ${n} heures`;
  }
  if (n === 1) return businessHours ? 'sous un jour ouvré' : 'sous 24 heures';
  return businessHours ? `sous ${n} jours ouvrés` : `sous ${n} jours`;
}

function promiseHr(n: number, unit: Unit, businessHours: boolean): string {
  // Croatian nouns agree with the number: 1/21 → one, 2–4/22–24 → few, else other; after
  // "u roku od" they stand in the genitive.
  const form = plural('hr', n);
  if (unit === 'minute') {
    const noun = form === 'other' ? 'minuta' : 'minute';
    if (!businessHours) return `u roku od ${n} ${noun}`;
    return `u roku od ${n} ${noun} radnog vremena`;
  }
  if (unit === 'hour') {
    if (n === 1) return businessHours ? 'u roku od jednog radnog sata' : 'u roku od sat vremena';
    if (!businessHours) return `u roku od ${n} ${form === 'other' ? 'sati' : 'sata'}`;
    return `u roku od ${n} ${form === 'other' ? 'radnih sati' : form === 'few' ? 'radna sata' : 'radnog sata'}`;
  }
  if (n === 1) return businessHours ? 'u roku od jednog radnog dana' : 'u roku od jednog dana';
  if (!businessHours) return `u roku od ${n} dana`;
  return `u roku od ${n} ${form === 'other' ? 'radnih dana' : form === 'few' ? 'radna dana' : 'radnog dana'}`;
}

function promiseDe(n: number, unit: Unit, businessHours: boolean): string {
  // "Werktag" already says business time; minutes and hours need the service hours spelt out.
  if (unit === 'day') {
    if (businessHours) return n === 1 ? 'innerhalb eines Werktages' : `innerhalb von ${n} Werktagen`;
    return n === 1 ? 'innerhalb von 24 Stunden' : `innerhalb von ${n} Tagen`;
  }
  const base =
    unit === 'minute'
      ? n === 1 ? 'innerhalb einer Minute' : `innerhalb von ${n} Minuten`
      : n === 1 ? 'innerhalb einer Stunde' : `innerhalb von ${n} Stunden`;
  return businessHours ? `${base} während unserer Servicezeiten` : base;
}

function promiseEs(n: number, unit: Unit, businessHours: boolean): string {
  if (unit === 'day') {
    if (businessHours) return n === 1 ? 'en un día laborable' : `en un plazo de ${n} días laborables`;
    return n === 1 ? 'en menos de 24 horas' : `en un plazo de ${n} días`;
  }
  const base =
    unit === 'minute'
      ? n === 1 ? 'en menos de un minuto' : `en menos de ${n} minutos`
      : n === 1 ? 'en menos de una hora' : `en menos de ${n} horas`;
  return businessHours ? `${base} en horario de atención` : base;
}

/**
 * "within the hour" / "dans l'heure" / "u roku od sat vremena" for a first-response target in
 * minutes. With business hours the promise says so, because a customer writing at night
 * would otherwise expect an answer before the team is back.
 */
export function slaPromise(targetMinutes: number, lang: string, businessHours: boolean): string | undefined {
  const l = phraseLang(lang);
  if (!l || !Number.isFinite(targetMinutes) || targetMinutes <= 0) return undefined;
  const { n, unit } = promiseUnit(Math.ceil(targetMinutes));
  if (l === 'fr') return promiseFr(n, unit, businessHours);
  if (l === 'hr') return promiseHr(n, unit, businessHours);
  if (l === 'de') return promiseDe(n, unit, businessHours);
  if (l === 'es') return promiseEs(n, unit, businessHours);
  return promiseEn(n, unit, businessHours);
}

const DM_PREFILL: Record<PhraseLang, (caseId: string) => string> = {
  en: (id) => `Hi! My case number is ${id}.`,
  fr: (id) => `Bonjour, mon numéro de dossier est ${id}.`,
  hr: (id) => `Pozdrav, broj mog predmeta je ${id}.`,
  de: (id) => `Hallo, meine Vorgangsnummer ist ${id}.`,
  es: (id) => `Hola, mi número de caso es ${id}.`,
};

/** What the customer's DM composer opens with, so the team can match the DM to the case. */
export function dmPrefill(caseId: string, lang: string): string {
  return DM_PREFILL[phraseLang(lang) ?? 'en'](caseId);
}
