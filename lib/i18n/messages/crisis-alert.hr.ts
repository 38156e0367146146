import type { crisisAlertEn } from './crisis-alert.en';

export const crisisAlertHr: Record<keyof typeof crisisAlertEn, string> = {
  'crisis.alert.figures': '{mentions} spominjanja u {minutes} min o „{topic}“, {share} % negativnih',
  'crisis.alert.figuresNoTopic': '{mentions} spominjanja u {minutes} min, {share} % negativnih',
  'crisis.alert.title': 'Val negativnih spominjanja',
  'crisis.alert.notificationHint': 'Kliknite za otvaranje sobe za incidente',
  'crisis.alert.openRoom': 'Otvori sobu za incidente',
  'crisis.alert.incidentOpen': 'Incident je proglašen: njegova privremena izjava prva je na njegovim spominjanjima.',
  'crisis.notice.hide': 'Sakrij',
};
