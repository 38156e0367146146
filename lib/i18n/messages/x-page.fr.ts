import type { xPageEn } from './x-page.en';

export const xPageFr: Record<keyof typeof xPageEn, string> = {
  'notice.changed': 'La page de X a changé.',
  'notice.part.posts': 'Careline ne trouve pas les posts.',
  'notice.part.author': 'Careline ne peut pas lire l’auteur de chaque post.',
  'notice.part.permalink': 'Careline ne peut pas lire l’heure et le lien de chaque post.',
  'notice.part.text': 'Careline ne peut pas lire le texte des posts.',
  'notice.part.composer': 'Careline ne trouve pas ici la zone de réponse de X : l’insertion copie donc le texte.',
  'notice.part.chat': 'Careline ne trouve pas ici la zone de message de X Chat : l’insertion copie donc le texte.',

  'panel.reason.chatLocked': 'X Chat demande votre code d’accès. Déverrouillez le chat dans X, puis insérez à nouveau.',

  'panel.post.translated': 'X a affiché la traduction de Grok',
  'panel.post.original': 'Original ({lang})',
  'panel.post.translation': 'Traduction de Grok ({lang})',
  'dash.nav.drift': 'La page de X',
  'dash.drift.intro': 'Quand X modifie sa page et que Careline ne peut plus en lire une partie, Careline le signale sur X et garde ici les {n} dernières occurrences, sur cet ordinateur uniquement. Dites à votre équipe quelle partie ne fonctionne plus.',
  'dash.drift.empty': 'Rien pour l’instant : Careline a lu toutes les parties de la page de X dont il a besoin.',
  'dash.drift.part': 'Ce que Careline n’a pas pu lire',
  'dash.drift.page': 'Page',
  'dash.drift.kind.home': 'Accueil',
  'dash.drift.kind.search': 'Recherche',
  'dash.drift.kind.notifications': 'Notifications',
  'dash.drift.kind.list': 'Liste',
  'dash.drift.kind.conversation': 'Conversation',
  'dash.drift.kind.profile': 'Profil',
  'dash.drift.kind.chat': 'X Chat',
  'dash.drift.kind.other': 'Autre page',
};
