// A post's header row: the author block (User-Name: name, @handle, time) and X's buttons at the
// end of the line ("More"). X wraps User-Name in a few divs; the row is the closest ancestor that
// also holds the "More" button.
import { SELECTORS } from './selectors';

export type HeaderRow = { row: Element; authorBranch: Element };

export function headerRow(article: Element, userName: Element): HeaderRow {
  let branch: Element = userName;
  for (let el = userName.parentElement; el && el !== article; el = el.parentElement) {
    if (el.querySelector(SELECTORS.caret)) return { row: el, authorBranch: branch };
    branch = el;
  }
  return { row: userName.parentElement ?? userName, authorBranch: userName };
}
