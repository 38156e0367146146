// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readSignedInName } from '../../../lib/x/page';

describe('signed-in display name', () => {
  it('reads the account button’s name, not its @handle', () => {
    document.body.innerHTML = `<button data-testid="SideNav_AccountSwitcher_Button"><img alt=""><div><span><span>Lumen Mobile</span></span><div><span>@LumenMobile</span></div></div></button>`;
    expect(readSignedInName(document)).toBe('Lumen Mobile');
  });
  it('is null without the button', () => {
    document.body.innerHTML = '<nav></nav>';
    expect(readSignedInName(document)).toBeNull();
  });
});
