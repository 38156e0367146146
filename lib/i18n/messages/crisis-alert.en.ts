// The surge alert's strings: the popup banner, the notification, the badge's title, the notice on
// X's page and the incident room share them (popup-catalogs.ts, x-page-catalogs.ts).
export const crisisAlertEn = {
  'crisis.alert.figures': "{mentions} mentions in {minutes} min about '{topic}', {share} % negative",
  'crisis.alert.figuresNoTopic': '{mentions} mentions in {minutes} min, {share} % negative',
  'crisis.alert.title': 'Surge of negative mentions',
  'crisis.alert.notificationHint': 'Click to open the incident room',
  'crisis.alert.openRoom': 'Open the incident room',
  'crisis.alert.incidentOpen': 'Incident declared: its holding statement comes first on its mentions.',
  'crisis.notice.hide': 'Hide',
};
