// The brand's account and the lead's boundary: the overlay's notice and the background's refusals.
export const accountEn = {
  'settings.leadOnly': 'Only the lead can change this while a lead is set. Unlock the lead role first.',
  'account.mismatch': 'Careline is watching for @{brand}, not for @{current}, the account signed in now.',
  'account.mismatchSwitch': 'Switch to @{current}…',
  'account.mismatchDismiss': 'Keep @{brand}',
  'dash.brand.account': 'Brand account',
  'dash.brand.accountIs': '@{handle}, since {date}',
  'dash.brand.accountNone': 'Not known yet: open X signed in as the brand, and Careline adopts that account.',
  'dash.brand.accountHint': 'The X account signed in when Careline was first used. Another account signed in later does not join the brand.',
  'dash.brand.switchProposed': 'X shows @{handle} signed in. Make it the brand account?',
  'dash.brand.switchConfirm': 'Switch the brand to @{handle}',
  'dash.brand.switchCancel': 'Keep @{handle}',
  'dash.brand.switchDone': 'The brand account is now @{handle}.',
  'dash.brand.switchRefused': 'Careline did not switch: {error}',
} as const;
