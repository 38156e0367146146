// Chaînes du bureau d’équipe (voir team.en.ts).
import type { teamEn, teamPageEn, teamPopupEn } from './team.en';

export const teamFr: Record<keyof typeof teamEn, string> = {
  'team.nav': 'Équipe',
  'team.intro': 'Facultatif. Rejoignez le bureau de votre équipe pour partager la file, qui répond à quoi et la bibliothèque approuvée. En solo, rien ne quitte cette machine.',
  'team.invite': 'Invitation',
  'team.inviteHint': 'Collez l’invitation donnée par votre responsable (une ligne).',
  'team.name': 'Votre nom',
  'team.nameHint': 'Ce que les autres agents voient à côté des posts auxquels vous répondez.',
  'team.join': 'Rejoindre l’équipe',
  'team.joining': 'Connexion…',
  'team.leave': 'Quitter l’équipe',
  'team.leaveHint': 'En partant, chaque mention, note et modèle reste sur cette machine.',
  'team.left': 'Vous avez quitté l’équipe. Vos données restent sur cette machine.',
  'team.joined': '{team} rejointe en tant que {role}.',
  'team.you': 'Vous êtes {name} ({role}) dans {team}.',
  'team.role.lead': 'responsable',
  'team.role.agent': 'agent',
  'team.state.solo': 'Pas d’équipe : Careline travaille sur cette machine seulement.',
  'team.state.connected': 'Connecté à {team}.',
  'team.state.connecting': 'Connexion à {team}…',
  'team.state.offline': 'Hors ligne : {team} est injoignable. Vos changements sont gardés et synchronisés plus tard.',
  'team.state.refused': 'Le serveur de l’équipe a refusé ce membre : {reason} Rejoignez-la avec une nouvelle invitation.',
  'team.pending': 'Changements gardés sur cette machine, en attente de synchronisation.',
  'team.error.malformed': 'Ce n’est pas une invitation Careline. Collez l’invitation entière envoyée par votre responsable.',
  'team.error.expired': 'Cette invitation a expiré. Demandez-en une nouvelle à votre responsable.',
  'team.error.revoked': 'Cette invitation ou cette adhésion a été révoquée. Demandez une nouvelle invitation.',
  'team.error.bad-signature': 'Cette invitation n’a pas été créée par le serveur de cette équipe.',
  'team.error.unknown-team': 'Le serveur ne connaît pas cette équipe.',
  'team.error.wrong-team': 'Cette invitation appartient à une autre équipe.',
  'team.error.unknown-document': 'Le serveur a refusé les documents de cette équipe.',
  'team.error.bad-name': 'Saisissez votre nom (80 caractères au plus).',
  'team.error.unreachable': 'Le serveur de l’équipe est injoignable. Vérifiez qu’il tourne et réessayez.',
  'team.error.other': 'Échec : {error}',
  'team.assign.title': 'Attribuer',
  'team.assign.to': 'Attribuer à',
  'team.assign.nobody': 'Personne',
  'team.assign.do': 'Attribuer',
  'team.assign.done': 'Attribué à {name}.',
  'team.assign.cleared': 'Attribution retirée.',
  'team.assign.notLead': 'Seul le responsable de l’équipe peut attribuer.',
  'team.assign.byLabel': 'Attribuer chaque mention {label} ouverte',
};

export const teamPageFr: Record<keyof typeof teamPageEn, string> = {
  'menu.claim': 'Je réponds à ce post',
  'menu.release': 'Ne plus répondre',
  'overlay.claimedBy': '{name} répond',
  'overlay.assignedTo': 'Attribué à {name}',
  'notice.claimWarning': '{name} répond déjà à ce post. Vérifiez avant d’envoyer.',
};

export const teamPopupFr: Record<keyof typeof teamPopupEn, string> = {
  'team.mine.title': '{n} attribuée(s) à vous',
};
