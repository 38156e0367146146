import type { accountEn } from './account.en';

export const accountHr: Record<keyof typeof accountEn, string> = {
  'settings.leadOnly': 'Dok je voditelj postavljen, ovo može promijeniti samo voditelj. Najprije otključajte ulogu voditelja.',
  'account.mismatch': 'Careline prati @{brand}, a ne @{current}, račun koji je sada prijavljen.',
  'account.mismatchSwitch': 'Prebaci na @{current}…',
  'account.mismatchDismiss': 'Zadrži @{brand}',
  'dash.brand.account': 'Račun brenda',
  'dash.brand.accountIs': '@{handle}, od {date}',
  'dash.brand.accountNone': 'Još nije poznat: otvorite X prijavljeni kao brend i Careline će preuzeti taj račun.',
  'dash.brand.accountHint': 'X račun prijavljen kad je Careline prvi put korišten. Drugi račun prijavljen kasnije ne postaje dio brenda.',
  'dash.brand.switchProposed': 'X pokazuje da je prijavljen @{handle}. Postaviti ga kao račun brenda?',
  'dash.brand.switchConfirm': 'Prebaci brend na @{handle}',
  'dash.brand.switchCancel': 'Zadrži @{handle}',
  'dash.brand.switchDone': 'Račun brenda sada je @{handle}.',
  'dash.brand.switchRefused': 'Careline nije prebacio račun: {error}',
};
