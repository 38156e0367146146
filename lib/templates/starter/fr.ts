// La bibliothèque de départ en français : vouvoiement, ton chaleureux et professionnel.
// Les espaces avant « : ; ? ! » deviennent insécables, comme le veut la typographie
// française, pour qu'aucun signe ne se retrouve seul en début de ligne.
import type { StarterTexts } from './catalogue';

const typo = (s: string): string => s.replace(/ ([:;?!»])/g, '\u00a0$1').replace(/« /g, '«\u00a0');

const raw: StarterTexts = {
  'crisis-holding': {
    title: "Crise : première déclaration d'attente",
    body: "Nous savons qu'un problème est en cours et qu'il touche beaucoup d'entre vous. Nous en sommes désolés. Nos équipes y travaillent en ce moment même, et nous donnerons des nouvelles ici dès que nous en saurons plus. Merci de votre patience.",
  },
  'crisis-update': {
    title: "Crise : point d'étape, toujours en cours",
    body: "Point d'étape : nous travaillons toujours à résoudre le problème, et nous n'oublions aucune des personnes touchées. Nous continuerons à donner des nouvelles ici. Pour une question qui vous concerne personnellement, écrivez-nous en message privé.",
  },
  'crisis-reply': {
    title: 'Crise : réponse à une personne touchée, passage en message privé',
    body: 'Bonjour {{customer.name}}, nous sommes désolés que cela vous touche. Nous travaillons à résoudre le problème. Pour examiner votre cas, écrivez-nous en MP avec le dossier {{case.id}} : {{dm.link}} – {{agent.name}}',
  },
  'crisis-safety': {
    title: "Sécurité : un appareil ou la santé d'une personne en danger",
    body: "Bonjour {{customer.name}}, cessez tout de suite de l'utiliser et de le charger, et éloignez-le de tout ce qui peut brûler. Si quelqu'un est blessé, appelez d'abord le 112. Écrivez-nous ensuite en MP, nous nous en occupons. – {{agent.name}}",
  },
  'crisis-dm': {
    title: 'Crise : premier message privé',
    body: "Bonjour {{customer.name}}, ici {{agent.name}}, de l'équipe {{brand.name}}, au sujet du dossier {{case.id}}. Toutes nos excuses pour ce que vous traversez. Pouvez-vous me dire ce qui s'est passé de votre côté et ce que cela change pour vous ? Je reviendrai vers vous personnellement à chaque étape, jusqu'à ce que tout soit réglé.\n\nMerci de ne jamais envoyer ici de mot de passe ni de numéro de carte complet.",
  },
  'complaint-reply': {
    title: "Réclamation : s'excuser, assumer, passer en message privé",
    body: "Bonjour {{customer.name}}, toutes nos excuses : vous méritiez mieux, et nous voulons arranger les choses. Écrivez-nous en MP avec le dossier {{case.id}} et quelques détails : {{dm.link}} – {{agent.name}}",
  },
  'complaint-acknowledge': {
    title: 'Réclamation : reconnaître, annoncer la suite (sans message privé)',
    body: "Vous avez raison, {{customer.name}}, et nous en sommes désolés : cela n'aurait pas dû arriver. Nous avons transmis le problème à l'équipe concernée et reviendrons vers vous ici {{sla.promise}} avec la suite. – {{agent.name}}",
  },
  'complaint-holding': {
    title: "Réponse d'attente : nous regardons",
    body: 'Merci de votre patience, {{customer.name}}. Nous examinons la situation et revenons vers vous {{sla.promise}}. – {{agent.name}}',
  },
  'complaint-dm': {
    title: 'Réclamation : premier message privé',
    body: "Bonjour {{customer.name}}, ici {{agent.name}}, de l'équipe {{brand.name}}, au sujet du dossier {{case.id}}. Merci de nous avoir écrit, et toutes nos excuses pour ce désagrément. Pour que nous puissions arranger les choses, pouvez-vous me dire ce qui s'est passé et quand, et me donner votre référence de commande ou de compte si vous en avez une ?\n\nMerci de ne jamais envoyer ici de mot de passe ni de numéro de carte complet.",
  },
  'question-reply': {
    title: 'Question : vérifier les détails en message privé',
    body: 'Bonjour {{customer.name}}, avec plaisir ! Pour vérifier cela pour vous, écrivez-nous en MP avec le dossier {{case.id}} : {{dm.link}} – {{agent.name}}',
  },
  'question-followup': {
    title: 'Question : relance après la réponse',
    body: "Est-ce que cela répond à votre question, {{customer.name}} ? Si quelque chose n'est pas clair, répondez-nous ici, nous sommes là pour vous aider. – {{agent.name}}",
  },
  'question-dm': {
    title: 'Question : premier message privé',
    body: "Bonjour {{customer.name}}, ici {{agent.name}}, de l'équipe {{brand.name}}, au sujet du dossier {{case.id}}. Merci pour votre question ! Pouvez-vous m'en dire un peu plus et, le cas échéant, me donner la référence de commande ou de compte concernée ? Je vous trouve la réponse.",
  },
  'resolved-followup': {
    title: 'Suivi : après la résolution du problème',
    body: "Bonjour {{customer.name}}, un petit mot pour savoir si tout fonctionne bien maintenant. Si ce n'est pas le cas, répondez-nous ici et nous reprenons le sujet tout de suite. – {{agent.name}}",
  },
  'praise-thanks': {
    title: 'Compliment : merci',
    body: 'Merci beaucoup, {{customer.name}} ! Ça fait vraiment plaisir à lire, et ça illumine notre journée. – {{agent.name}}',
  },
  'praise-share': {
    title: "Compliment : transmettre à l'équipe",
    body: "Merci pour ce gentil message, {{customer.name}} ! Nous le transmettons à l'équipe : ça compte beaucoup pour elle. – {{agent.name}}",
  },
  'troll-calm': {
    title: "Troll : une phrase calme, seulement s'il y a un vrai problème (par défaut : pas de réponse)",
    body: 'Si quelque chose ne fonctionne pas pour vous, nous sommes là pour aider : envoyez-nous les détails en message privé.',
  },
  'other-reply': {
    title: 'Général : merci pour la mention',
    body: 'Merci pour la mention, {{customer.name}} ! Pouvons-nous vous aider en quoi que ce soit ? – {{agent.name}}',
  },
  'other-handoff': {
    title: 'Général : continuer en message privé',
    body: 'Bonjour {{customer.name}}, nous serons ravis de vous aider. Écrivez-nous en MP avec le dossier {{case.id}} pour que nous puissions regarder cela : {{dm.link}} – {{agent.name}}',
  },
  'other-dm': {
    title: 'Général : premier message privé',
    body: "Bonjour {{customer.name}}, ici {{agent.name}}, de l'équipe {{brand.name}}, au sujet du dossier {{case.id}}. Merci de nous avoir contactés ! Comment puis-je vous aider ?\n\nMerci de ne jamais envoyer ici de mot de passe ni de numéro de carte complet.",
  },
};

export const fr: StarterTexts = Object.fromEntries(
  Object.entries(raw).map(([key, t]) => [key, { title: typo(t.title), body: typo(t.body) }]),
) as StarterTexts;
