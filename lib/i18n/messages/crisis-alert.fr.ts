import type { crisisAlertEn } from './crisis-alert.en';

const NBSP = '\u00a0';

export const crisisAlertFr: Record<keyof typeof crisisAlertEn, string> = {
  'crisis.alert.figures': `{mentions} mentions en {minutes} min sur «${NBSP}{topic}${NBSP}», {share}${NBSP}% négatives`,
  'crisis.alert.figuresNoTopic': `{mentions} mentions en {minutes} min, {share}${NBSP}% négatives`,
  'crisis.alert.title': 'Vague de mentions négatives',
  'crisis.alert.notificationHint': 'Cliquez pour ouvrir la salle des incidents',
  'crisis.alert.openRoom': 'Ouvrir la salle des incidents',
  'crisis.alert.incidentOpen': `Incident déclaré${NBSP}: sa déclaration d’attente vient en premier sur ses mentions.`,
  'crisis.notice.hide': 'Masquer',
};
