import { accountFr } from './account.fr';
import { crisisFr } from './crisis.fr';
import { dashboardFr } from './dashboard.fr';
import type { MessageKey } from './en';
import { libraryFr } from './library.fr';
import { sidepanelFr } from './sidepanel.fr';
import { xPageFr } from './x-page.fr';

export const fr: Record<MessageKey, string> = {
  'label.crisis': 'Crise',
  'label.complaint': 'Réclamation',
  'label.question': 'Question',
  'label.praise': 'Compliment',
  'label.troll': 'Troll',
  'label.spam': 'Spam',
  'label.other': 'Autre',

  'status.new': 'Nouveau',
  'status.in_progress': 'En cours',
  'status.responded': 'Répondu',
  'status.handed_off': 'Passé en DM',
  'status.escalated': 'Escaladé',
  'status.dismissed': 'Classé',

  'sla.on_track': 'Dans les temps',
  'sla.due_soon': 'Bientôt en retard',
  'sla.breached': 'En retard',
  'sla.stopped': 'Arrêté',
  'sla.none': 'Pas de réponse attendue',

  'source.rule': 'règle de la marque',
  'source.model': 'Careline',
  'source.agent': 'choisi par un agent',

  'overlay.waited': 'attend depuis {time}',
  'overlay.left': 'reste {time}',
  'overlay.over': '{time} de retard',
  'overlay.answeredIn': 'répondu en {time}',
  'overlay.closed': '{status}',
  'overlay.chipName': 'Careline : {label}, {state}. Ouvrir les actions',
  'overlay.timerName': 'Attente {waited} ; {remaining}',
  'overlay.loading': 'Careline lit ce post',

  'menu.title': 'Actions Careline',
  'menu.why': 'Pourquoi « {label} »',
  'menu.confidence': 'confiance {pct} %, {source}',
  'menu.relabel': 'Changer l’étiquette',
  'menu.relabelTo': 'Étiqueter « {label} »',
  'menu.respond': 'Marquer comme répondu',
  'menu.dismiss': 'Classer : pas de réponse',
  'menu.escalate': 'Escalader au responsable',
  'menu.reopen': 'Rouvrir',
  'menu.openPanel': 'Ouvrir dans le panneau latéral',
  'menu.close': 'Fermer le menu',
  'menu.failed': 'Careline n’a pas pu enregistrer : {error}',

  'badge.title': 'Careline : {breached} en retard, {dueSoon} bientôt en retard, {open} ouverts',
  'alert.title': '{label} bientôt hors délai : encore {minutes} min',
  'alert.message': '@{handle} : {text}',

  'error.title': 'Careline a rencontré une erreur.',
  'error.retry': 'Réessayer',

  'popup.noBrand': "Ouvrez X connecté au compte de la marque",
  'popup.openPanel': "Ouvrir le panneau",
  'popup.openDashboard': "Tableau de bord",
  'popup.statusTitle': "État des délais",
  'popup.open': "Ouvertes",
  'popup.byLabel': "Mentions ouvertes par étiquette",
  'popup.next': "Prochaine échéance",
  'popup.dueIn': "échéance dans {time}",
  'popup.openPost': "Ouvrir le post de @{handle}",
  'popup.noDeadline': "Aucune mention ouverte n’a d’échéance à venir.",
  'popup.nothingWaiting': "Rien en attente. Careline compte les mentions pendant que vous parcourez X.",
  'popup.firstResponse': "Première réponse",
  'popup.today': "Aujourd’hui",
  'popup.week': "Cette semaine",
  'popup.median': "Médiane",
  'popup.attainment': "Dans les délais (objectif {goal} %)",
  'popup.responded': "Répondues",

  'picker.title': "Réponses rapides Careline",
  'picker.hint': "tapez pour filtrer · ↑↓ · Entrée",
  'picker.none': "Aucune réponse rapide validée ne convient à ce post. Le panneau latéral a tous les modèles.",
  'picker.noMatch': "Aucune réponse validée ne correspond.",
  'picker.inserting': "Insertion…",
  'picker.failed': "Careline n’a pas pu placer la réponse dans la zone de X. Utilisez le panneau latéral, qui peut la copier.",

  'notice.paused': 'La page de X a changé ; Careline est en pause ici.',
  'notice.hide': 'Masquer l’avis',
  ...dashboardFr,
  ...crisisFr,
  ...sidepanelFr,
  ...libraryFr,
  ...accountFr,
  ...xPageFr,
};
