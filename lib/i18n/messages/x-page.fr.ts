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
};
