// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { conversationStatusId, pageKindFromUrl, readSignedInAccountId, readSignedInHandle } from '../../../lib/x/page';

afterEach(() => {
  document.body.replaceChildren();
});

describe('pageKindFromUrl', () => {
  it.each([
    ['https://x.com/home', 'home'],
    ['https://twitter.com/home', 'home'],
    ['https://x.com/search?q=Lumen%20Mobile&f=live', 'search'],
    ['https://x.com/hashtag/BoycottLumen', 'search'],
    ['https://x.com/notifications', 'notifications'],
    ['https://x.com/notifications/mentions', 'notifications'],
    ['https://x.com/i/lists/1790000000000000007', 'list'],
    ['https://x.com/i/lists/create', 'other'],
    ['https://x.com/maren_okafor/status/1862400000001000000', 'conversation'],
    ['https://x.com/maren_okafor/status/1862400000001000000/photo/1', 'conversation'],
    ['https://x.com/i/web/status/1862400000001000000', 'conversation'],
    ['https://x.com/maren_okafor/status/1862400000001000000/quotes', 'other'],
    ['https://x.com/maren_okafor/status/1862400000001000000/analytics', 'other'],
    ['https://x.com/LumenMobile', 'profile'],
    ['https://x.com/LumenMobile/with_replies', 'profile'],
    ['https://x.com/i/chat', 'chat'],
    ['https://x.com/i/chat/1480000000000000107-1470000000000000042', 'chat'],
    ['https://x.com/messages', 'chat'],
    ['https://x.com/compose/post', 'other'],
    ['https://x.com/explore', 'other'],
    ['https://x.com/settings/account', 'other'],
    ['https://x.com/', 'other'],
    ['https://example.com/home', 'other'],
    ['not a url', 'other'],
  ])('%s is %s', (url, kind) => {
    expect(pageKindFromUrl(url)).toBe(kind);
  });
});

describe('conversationStatusId', () => {
  it.each([
    ['https://x.com/a_b/status/123', '123'],
    ['https://x.com/a_b/status/123/photo/2', '123'],
    ['https://x.com/i/web/status/456', '456'],
    ['https://x.com/a_b/status/123/likes', null],
    ['https://x.com/a_b/status/abc', null],
    ['https://x.com/home', null],
    ['https://evil.example/a/status/1', null],
  ])('%s → %s', (url, id) => {
    expect(conversationStatusId(url)).toBe(id);
  });
});

describe('signed-in account', () => {
  it('reads the handle from the profile link in the navigation', () => {
    expect(readSignedInHandle(document)).toBeNull();
    document.body.innerHTML = '<nav><a href="/LumenMobile" data-testid="AppTabBar_Profile_Link">Profile</a></nav>';
    expect(readSignedInHandle(document)).toBe('LumenMobile');
    document.body.innerHTML = '<nav><a href="/settings" data-testid="AppTabBar_Profile_Link">Profile</a></nav>';
    expect(readSignedInHandle(document)).toBeNull();
  });

  it('reads the account id from the twid cookie only', () => {
    const doc = (cookie: string) => ({ cookie }) as Document;
    expect(readSignedInAccountId(doc('lang=en; twid=u%3D1470000000000000042; ct0=abc'))).toBe('1470000000000000042');
    expect(readSignedInAccountId(doc('twid="u=99"'))).toBe('99');
    expect(readSignedInAccountId(doc('lang=en'))).toBeNull();
    expect(readSignedInAccountId(doc('twid=u%3Dnot-digits'))).toBeNull();
    expect(readSignedInAccountId(doc('twid=%E0%A4%A'))).toBeNull();
  });
});
