import { describe, expect, it } from 'vitest';
import { senderInfo } from '../../../lib/messaging/sender';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;

describe('who sent a message', () => {
  it('Careline’s own pages are extension pages, in a tab or not', () => {
    expect(senderInfo({ id: ID, url: `${ORIGIN}popup.html` }, ID, ORIGIN)).toEqual({ context: 'extension', tabId: undefined, windowId: undefined });
    expect(senderInfo({ id: ID, url: `${ORIGIN}options.html#brand`, tab: { id: 4, windowId: 2 } }, ID, ORIGIN).context).toBe('extension');
  });

  it('a content script in X’s tab is a page, whatever it claims', () => {
    expect(senderInfo({ id: ID, url: 'https://x.com/home', tab: { id: 7, windowId: 1 } }, ID, ORIGIN)).toEqual({ context: 'page', tabId: 7, windowId: 1 });
    // A look-alike path on another origin, another extension, or no URL at all.
    expect(senderInfo({ id: ID, url: `https://x.com/${ORIGIN}popup.html` }, ID, ORIGIN).context).toBe('page');
    expect(senderInfo({ id: 'another', url: `${ORIGIN}popup.html` }, ID, ORIGIN).context).toBe('page');
    expect(senderInfo({ id: ID }, ID, ORIGIN).context).toBe('page');
    expect(senderInfo(undefined, ID, ORIGIN).context).toBe('page');
  });
});
