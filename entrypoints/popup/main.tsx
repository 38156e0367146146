// The popup opens on every click of the toolbar icon. Its first script holds only the database
// code: the counts are asked for at once (first-counts.ts) and IndexedDB answers them while React
// DOM, the larger part of the page's JavaScript, loads and renders (mount-popup.tsx).
import { firstCounts } from './first-counts';

void import('./mount-popup').then((m) => m.mountPopup(firstCounts));
