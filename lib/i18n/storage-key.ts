/** The UI language preference, mirrored into storage.local so content scripts can read it without the database. */
export const LOCALE_STORAGE_KEY = 'careline:uiLocale';
/** X's theme (light, dim, dark) as the content script last saw it, so Careline's pages can match. */
export const THEME_STORAGE_KEY = 'careline:xTheme';
