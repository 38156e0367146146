// Strings about X's page itself: which part of it Careline could not read, X Chat's lock, a
// post X showed in Grok's translation. French and Croatian files must define the same keys.
export const xPageEn = {
  'notice.changed': 'X’s page changed.',
  'notice.part.posts': 'It could not find the posts.',
  'notice.part.author': 'It could not read who wrote each post.',
  'notice.part.permalink': 'It could not read each post’s time and link.',
  'notice.part.text': 'It could not read the posts’ text.',
  'notice.part.composer': 'Careline could not find X’s reply box here, so inserting copies the text instead.',
  'notice.part.chat': 'Careline could not find X Chat’s message box here, so inserting copies the text instead.',

  'panel.reason.chatLocked': 'X Chat is asking for your passcode. Unlock the chat in X, then insert again.',

  'panel.post.translated': 'X showed Grok’s translation',
  'panel.post.original': 'Original ({lang})',
  'panel.post.translation': 'Grok’s translation ({lang})',
} as const;
