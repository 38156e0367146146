import type { accountEn } from './account.en';

export const accountFr: Record<keyof typeof accountEn, string> = {
  'settings.leadOnly': 'Seul le responsable peut modifier ceci tant qu’un responsable est défini. Déverrouillez d’abord le rôle de responsable.',
  'account.mismatch': 'Careline surveille @{brand}, pas @{current}, le compte connecté en ce moment.',
  'account.mismatchSwitch': 'Passer à @{current}…',
  'account.mismatchDismiss': 'Garder @{brand}',
  'dash.brand.account': 'Compte de la marque',
  'dash.brand.accountIs': '@{handle}, depuis le {date}',
  'dash.brand.accountNone': 'Pas encore connu : ouvrez X connecté en tant que marque, Careline adoptera ce compte.',
  'dash.brand.accountHint': 'Le compte X connecté lors de la première utilisation de Careline. Un autre compte connecté plus tard ne rejoint pas la marque.',
  'dash.brand.switchProposed': 'X indique que @{handle} est connecté. En faire le compte de la marque ?',
  'dash.brand.switchConfirm': 'Passer la marque à @{handle}',
  'dash.brand.switchCancel': 'Garder @{handle}',
  'dash.brand.switchDone': 'Le compte de la marque est désormais @{handle}.',
  'dash.brand.switchRefused': 'Careline n’a pas changé de compte : {error}',
};
