// What each variable stands for, in the three UI languages: shown next to the variable
// picker in the template editor.
import type { UiLocale } from '../model';
import type { VariableName } from './variables';

export const VARIABLE_DESCRIPTIONS: Record<UiLocale, Record<VariableName, string>> = {
  en: {
    'customer.name': "The customer's display name on X",
    'customer.handle': "The customer's @handle",
    'agent.name': 'Your name, as set in the settings',
    'brand.name': "The brand's name (else the signed-in account)",
    'case.id': 'The case number given at DM handoff',
    'dm.link': 'A link that opens a DM to the brand, prefilled with the case number',
    'sla.promise': 'When we promise to answer, from the SLA target for the label',
  },
  fr: {
    'customer.name': 'Le nom affiché du client sur X',
    'customer.handle': 'Le @pseudo du client',
    'agent.name': 'Votre nom, tel que défini dans les réglages',
    'brand.name': 'Le nom de la marque (sinon le compte connecté)',
    'case.id': 'Le numéro de dossier attribué lors du passage en message privé',
    'dm.link': 'Un lien qui ouvre un message privé à la marque, prérempli avec le numéro de dossier',
    'sla.promise': "Le délai de réponse promis, d'après l'objectif SLA du libellé",
  },
  hr: {
    'customer.name': 'Ime korisnika kako se prikazuje na X-u',
    'customer.handle': '@korisničko ime korisnika',
    'agent.name': 'Vaše ime, kako je upisano u postavkama',
    'brand.name': 'Naziv branda (inače prijavljeni račun)',
    'case.id': 'Broj predmeta dodijeljen pri prelasku u privatne poruke',
    'dm.link': 'Poveznica koja otvara privatnu poruku brandu, s već upisanim brojem predmeta',
    'sla.promise': 'Rok odgovora koji obećavamo, prema SLA cilju za oznaku',
  },
};
