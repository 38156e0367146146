import type { sidepanelEn } from './sidepanel.en';

export const sidepanelFr: Record<keyof typeof sidepanelEn, string> = {
  'panel.title': 'Panneau latéral Careline',

  'panel.empty.title': 'Aucune publication sélectionnée',
  'panel.empty.how':
    'Sur X, cliquez sur l’étiquette Careline d’une mention et choisissez « Ouvrir dans le panneau latéral ». Ses modèles approuvés s’affichent ici.',
  'panel.empty.reply': 'Cliquer sur Répondre sous une mention l’amène aussi ici.',

  'panel.post.title': 'Publication sélectionnée',
  'panel.post.respond': 'Marquer comme répondu',
  'panel.post.dismiss': 'Classer',
  'panel.post.reopen': 'Rouvrir',
  'panel.post.showOnX': 'Voir sur X',

  'panel.templates.title': 'Modèles',
  'panel.templates.count': 'Approuvés : {n}',
  'panel.templates.search': 'Rechercher dans les modèles approuvés',
  'panel.templates.searchPlaceholder': 'Rechercher un modèle  ( / )',
  'panel.templates.list': 'Modèles approuvés, les plus adaptés d’abord',
  'panel.templates.noMatch': 'Aucun modèle approuvé ne correspond à « {query} ».',
  'panel.templates.none': 'Aucun modèle approuvé pour l’instant : un responsable les approuve dans le tableau de bord.',

  'panel.kind.public_reply': 'Réponse publique',
  'panel.kind.holding_statement': 'Déclaration d’attente',
  'panel.kind.dm_opener': 'Premier message privé',

  'panel.fit.label_lang': 'Étiquette et langue',
  'panel.fit.label': 'Même étiquette',
  'panel.fit.lang': 'Même langue',
  'panel.fit.incident': 'Déclaration de l’incident',
  'panel.tag.situation': 'Écrit pour ce cas',
  'panel.tag.followUp': 'Relance',

  'panel.preview.title': 'Aperçu',
  'panel.preview.textName': 'Aperçu de « {title} »',
  'panel.preview.shorten': 'Choisissez un modèle plus court.',
  'panel.preview.blocked': 'Pas encore prêt à insérer :',

  'panel.count.postName': '{used} caractères sur {limit}, comptés comme sur X',
  'panel.count.dmName': '{used} caractères sur {limit} permis dans un message privé',
  'panel.count.dm': 'MP',

  'panel.insert.reply': 'Insérer dans la réponse',
  'panel.insert.dm': 'Insérer dans X Chat',
  'panel.insert.replyHint': 'Va dans la zone de réponse ouverte sur X. Careline ne publie jamais : c’est vous qui cliquez sur Poster.',
  'panel.insert.dmHint': 'Va dans la zone de message de X Chat. Careline n’envoie jamais : c’est vous qui cliquez sur Envoyer.',
  'panel.copy': 'Copier le texte',

  'panel.fix.agentName': 'Votre nom',
  'panel.fix.agentNameHint': 'Signe vos réponses. Enregistré pour la prochaine fois.',
  'panel.fix.brandName': 'Nom de la marque',
  'panel.fix.brandNameHint': 'Tel que les clients le connaissent.',
  'panel.fix.brandAccountId': 'Identifiant X du compte de la marque',
  'panel.fix.brandAccountIdHint':
    'Chiffres uniquement. Careline le lit sur X quand vous naviguez sur X connecté avec le compte de la marque.',
  'panel.fix.save': 'Enregistrer',
  'panel.fix.required': 'Renseignez d’abord ce champ.',
  'panel.fix.accountIdDigits': 'Un identifiant de compte ne contient que des chiffres, par exemple 1470000000000000042.',

  'panel.handoff.title': 'Passer en message privé',
  'panel.handoff.explain':
    'En une fois : ouvre le dossier {caseId}, met dans votre réponse sur X une réponse publique avec un lien de message privé, et vous donne le premier message privé.',
  'panel.handoff.start': 'Passer en message privé',
  'panel.handoff.doneTitle': 'Passé en message privé',
  'panel.handoff.link': 'Lien de message privé pour le client',
  'panel.handoff.copyLink': 'Copier le lien',
  'panel.handoff.copyCase': 'Copier le numéro de dossier',
  'panel.handoff.opener': 'Premier message privé',
  'panel.handoff.openerName': 'Texte du premier message privé',
  'panel.handoff.copyOpener': 'Copier le premier message',
  'panel.handoff.reply': 'Réponse publique avec le lien',
  'panel.handoff.insertReplyAgain': 'Insérer à nouveau dans la réponse',
  'panel.handoff.copyReply': 'Copier la réponse publique',

  'panel.notice.close': 'Fermer le message',
  'panel.notice.insertedReply': 'Inséré dans votre réponse sur X. Relisez-la, puis cliquez vous-même sur Poster.',
  'panel.notice.insertedDm': 'Inséré dans la zone de message de X Chat. Relisez-le, puis cliquez vous-même sur Envoyer.',
  'panel.notice.notInserted': 'Pas inséré : {reason}',
  'panel.notice.copiedInstead': 'Le texte est copié dans votre presse-papiers : collez-le dans X (Ctrl+V).',
  'panel.notice.copyAlsoFailed': 'La copie a aussi échoué : sélectionnez le texte de l’aperçu et copiez-le.',
  'panel.notice.handedOff': 'Dossier {caseId} : la publication est passée en message privé.',
  'panel.notice.copied': 'Copié dans le presse-papiers.',
  'panel.notice.copyFailed': 'Impossible de copier : sélectionnez le texte et copiez-le.',
  'panel.notice.saved': 'Enregistré.',
  'panel.notice.blocked': 'Ce modèle ne peut pas encore être inséré : voyez ce qui manque sous l’aperçu.',
  'panel.notice.error': 'Careline n’a pas pu le faire : {error}',

  'panel.reason.noXTab': 'aucun onglet X n’est ouvert. Ouvrez x.com dans cette fenêtre.',
  'panel.reason.noAnswer': 'l’onglet X n’a pas répondu. Rechargez-le et réessayez.',
  'panel.reason.noReplyBox': 'aucune zone de réponse n’est ouverte sur X. Cliquez d’abord sur Répondre sous la publication.',
  'panel.reason.noChatBox': 'aucune conversation X Chat n’est ouverte. Ouvrez d’abord la discussion avec le client.',
  'panel.reason.composerChanged': 'la zone de saisie de X a changé pendant l’insertion.',
  'panel.reason.replyNotTaken': 'la zone de réponse de X n’a pas pris le texte (le bouton Poster est resté inactif).',
  'panel.reason.chatNotTaken': 'la zone de message de X Chat n’a pas pris le texte.',
  'panel.reason.unknown': 'Careline n’a pas pu vérifier que le texte est arrivé.',
};
