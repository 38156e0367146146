// What each template problem says to a person, in the three UI languages. Placeholders are
// {name}; values go in as text (never HTML). The compiler checks every code has a message.
import type { TemplateStatus, UiLocale } from '../model';
import type { TemplateProblem, TemplateProblemCode } from './errors';

export const TEMPLATE_MESSAGES: Record<UiLocale, Record<TemplateProblemCode, string>> = {
  en: {
    unknown_variable: 'Unknown variable {{{name}}}: check its spelling against the list of variables.',
    empty_variable: 'Variable {{{name}}} has no value here: fill it in (settings or the post) before inserting.',
    malformed_braces: 'Braces that are not a variable: {name}. Variables look like {{customer.name}}.',
    field_missing: 'Field {field} is missing.',
    field_wrong_type: 'Field {field} has the wrong type.',
    field_bad_value: 'Field {field} must be one of: {allowed}.',
    field_too_short: 'Field {field} is too short (at least {min}).',
    field_too_long: 'Field {field} is too long (at most {max}).',
    field_invalid: 'Field {field} is not valid.',
    not_approved: 'This template is {status}: only approved templates can be inserted.',
    over_limit: 'Too long for X: {weighted} of {limit} characters.',
    dm_too_long: 'Too long for a DM: {length} of {limit} characters.',
    lead_only: 'Only a lead can do this. Unlock the lead role with the passphrase.',
    actor_required: 'Your name is needed to record who did this: set it in the settings.',
    already_approved: 'This template is already approved.',
    already_retired: 'This template is already retired.',
    cannot_approve_retired: 'A retired template cannot be approved: edit it to make a new draft first.',
    no_changes: 'Nothing changed.',
    passphrase_too_short: 'The passphrase needs at least {min} characters.',
    wrong_passphrase: 'Wrong passphrase.',
    lead_lock_invalid: 'No usable lead passphrase is set: set a new one.',
    invalid_recipient_id: 'The brand account id "{id}" is not a number X would accept.',
    missing_brand_account_id:
      "The brand's X account id is unknown: open the brand's profile on X or enter the id in the settings.",
    no_handoff_reply: 'No approved public reply inviting to DM for {label} ({lang}, or English).',
    no_dm_opener: 'No approved DM opener for {label} ({lang}, or English).',
    pack_json_syntax: 'The file is not valid JSON: line {line}, column {column}, near "{near}".',
    pack_too_large: 'The file is too large ({size} bytes; at most {max}).',
    pack_not_object: 'The file does not contain a template pack.',
    pack_wrong_format: 'This is not a Careline template pack (format "{found}").',
    pack_unsupported_version: 'Pack version {version} is not supported by this version of Careline.',
    pack_no_templates: 'The pack has no templates.',
    pack_too_many_templates: 'The pack has {count} templates; at most {max} can be imported.',
    duplicate_id: 'The id "{id}" is used by more than one template.',
    approval_missing: 'Marked approved, but without who approved it and when.',
  },
  fr: {
    unknown_variable: 'Variable inconnue {{{name}}} : vérifiez son orthographe dans la liste des variables.',
    empty_variable:
      "La variable {{{name}}} n'a pas de valeur ici : renseignez-la (réglages ou publication) avant d'insérer.",
    malformed_braces: 'Accolades qui ne forment pas une variable : {name}. Une variable s’écrit {{customer.name}}.',
    field_missing: 'Le champ {field} est manquant.',
    field_wrong_type: "Le champ {field} n'a pas le bon type.",
    field_bad_value: "Le champ {field} doit avoir l'une de ces valeurs : {allowed}.",
    field_too_short: 'Le champ {field} est trop court (au moins {min}).',
    field_too_long: 'Le champ {field} est trop long (au plus {max}).',
    field_invalid: "Le champ {field} n'est pas valide.",
    not_approved: 'Ce modèle est à l’état « {status} » : seuls les modèles approuvés peuvent être insérés.',
    over_limit: 'Trop long pour X : {weighted} caractères sur {limit}.',
    dm_too_long: 'Trop long pour un message privé : {length} caractères sur {limit}.',
    lead_only: 'Seul un responsable peut le faire. Déverrouillez le rôle responsable avec la phrase secrète.',
    actor_required: 'Votre nom est nécessaire pour savoir qui a fait quoi : indiquez-le dans les réglages.',
    already_approved: 'Ce modèle est déjà approuvé.',
    already_retired: 'Ce modèle est déjà retiré.',
    cannot_approve_retired:
      "Un modèle retiré ne peut pas être approuvé : modifiez-le d'abord pour en faire un nouveau brouillon.",
    no_changes: "Rien n'a changé.",
    passphrase_too_short: 'La phrase secrète doit comporter au moins {min} caractères.',
    wrong_passphrase: 'Phrase secrète incorrecte.',
    lead_lock_invalid: "Aucune phrase secrète de responsable utilisable n'est définie : définissez-en une nouvelle.",
    invalid_recipient_id: "L'identifiant de compte « {id} » n'est pas un nombre accepté par X.",
    missing_brand_account_id:
      "L'identifiant X du compte de la marque est inconnu : ouvrez le profil de la marque sur X ou saisissez-le dans les réglages.",
    no_handoff_reply: 'Aucune réponse publique approuvée invitant en message privé pour {label} ({lang}, ou anglais).',
    no_dm_opener: 'Aucun message privé d’ouverture approuvé pour {label} ({lang}, ou anglais).',
    pack_json_syntax: "Le fichier n'est pas du JSON valide : ligne {line}, colonne {column}, près de « {near} ».",
    pack_too_large: 'Le fichier est trop volumineux ({size} octets ; au plus {max}).',
    pack_not_object: 'Le fichier ne contient pas de pack de modèles.',
    pack_wrong_format: "Ce n'est pas un pack de modèles Careline (format « {found} »).",
    pack_unsupported_version: "La version {version} du pack n'est pas prise en charge par cette version de Careline.",
    pack_no_templates: 'Le pack ne contient aucun modèle.',
    pack_too_many_templates: 'Le pack contient {count} modèles ; {max} au plus peuvent être importés.',
    duplicate_id: "L'identifiant « {id} » est utilisé par plusieurs modèles.",
    approval_missing: 'Marqué comme approuvé, mais sans indiquer par qui ni quand.',
  },
  hr: {
    unknown_variable: 'Nepoznata varijabla {{{name}}}: provjerite kako je napisana u popisu varijabli.',
    empty_variable: 'Varijabla {{{name}}} ovdje nema vrijednost: upišite je (postavke ili objava) prije umetanja.',
    malformed_braces: 'Vitičaste zagrade koje nisu varijabla: {name}. Varijabla se piše ovako: {{customer.name}}.',
    field_missing: 'Nedostaje polje {field}.',
    field_wrong_type: 'Polje {field} je pogrešnog tipa.',
    field_bad_value: 'Polje {field} mora imati jednu od vrijednosti: {allowed}.',
    field_too_short: 'Polje {field} je prekratko (najmanje {min}).',
    field_too_long: 'Polje {field} je predugo (najviše {max}).',
    field_invalid: 'Polje {field} nije valjano.',
    not_approved: 'Ovaj je predložak u stanju „{status}”: umetati se mogu samo odobreni predlošci.',
    over_limit: 'Predugo za X: {weighted} od {limit} znakova.',
    dm_too_long: 'Predugo za privatnu poruku: {length} od {limit} znakova.',
    lead_only: 'To može samo voditelj. Otključajte ulogu voditelja lozinkom.',
    actor_required: 'Potrebno je Vaše ime da bi se znalo tko je što napravio: upišite ga u postavkama.',
    already_approved: 'Ovaj je predložak već odobren.',
    already_retired: 'Ovaj je predložak već povučen.',
    cannot_approve_retired: 'Povučeni predložak ne može se odobriti: najprije ga uredite kao novu skicu.',
    no_changes: 'Ništa nije promijenjeno.',
    passphrase_too_short: 'Lozinka mora imati najmanje {min} znakova.',
    wrong_passphrase: 'Pogrešna lozinka.',
    lead_lock_invalid: 'Nije postavljena upotrebljiva lozinka voditelja: postavite novu.',
    invalid_recipient_id: 'ID računa branda „{id}” nije broj koji X prihvaća.',
    missing_brand_account_id:
      'ID X računa branda nije poznat: otvorite profil branda na X-u ili upišite ID u postavkama.',
    no_handoff_reply: 'Nema odobrenog javnog odgovora s pozivom u privatne poruke za {label} ({lang} ili engleski).',
    no_dm_opener: 'Nema odobrene uvodne privatne poruke za {label} ({lang} ili engleski).',
    pack_json_syntax: 'Datoteka nije valjani JSON: redak {line}, stupac {column}, kod „{near}”.',
    pack_too_large: 'Datoteka je prevelika ({size} bajtova; najviše {max}).',
    pack_not_object: 'Datoteka ne sadrži paket predložaka.',
    pack_wrong_format: 'Ovo nije Careline paket predložaka (format „{found}”).',
    pack_unsupported_version: 'Ova verzija Carelinea ne podržava verziju paketa {version}.',
    pack_no_templates: 'Paket nema nijedan predložak.',
    pack_too_many_templates: 'Paket ima {count} predložaka; može se uvesti najviše {max}.',
    duplicate_id: 'ID „{id}” koristi više predložaka.',
    approval_missing: 'Označeno kao odobreno, ali bez podatka tko je i kada odobrio.',
  },
};

/** "Template {template}: " put before a problem that belongs to one template. */
export const IN_TEMPLATE: Record<UiLocale, string> = {
  en: 'Template {template}: ',
  fr: 'Modèle {template} : ',
  hr: 'Predložak {template}: ',
};

/** Status names as the UI shows them, for "this template is draft". */
export const STATUS_NAMES: Record<UiLocale, Record<TemplateStatus, string>> = {
  en: { draft: 'draft', approved: 'approved', retired: 'retired' },
  fr: { draft: 'brouillon', approved: 'approuvé', retired: 'retiré' },
  hr: { draft: 'skica', approved: 'odobreno', retired: 'povučeno' },
};

const fill = (text: string, params: Record<string, unknown>): string =>
  // `{{{name}}}` shows the variable in braces; only the innermost {name} is a placeholder.
  text.replace(/\{(\w+)\}/g, (whole, key: string) => (key in params ? String(params[key]) : whole));

/** The problem as a sentence in the UI's language. */
export function formatTemplateProblem(problem: TemplateProblem, locale: UiLocale): string {
  const params: Record<string, unknown> = { ...problem };
  if (problem.code === 'not_approved' && problem.status in STATUS_NAMES[locale])
    params.status = STATUS_NAMES[locale][problem.status as TemplateStatus];
  const text = fill(TEMPLATE_MESSAGES[locale][problem.code], params);
  const where = 'template' in problem && problem.template ? fill(IN_TEMPLATE[locale], params) : '';
  return where + text;
}
