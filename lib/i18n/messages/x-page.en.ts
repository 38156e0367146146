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
  'dash.nav.drift': 'X’s page',
  'dash.drift.intro': 'When X changes its page and Careline cannot read part of it, Careline says so on X and keeps the last {n} sightings here, on this machine only. Tell your team which part broke.',
  'dash.drift.empty': 'Nothing so far: Careline has read every part of X’s page it needs.',
  'dash.drift.part': 'What Careline could not read',
  'dash.drift.page': 'Page',
  'dash.drift.kind.home': 'Home',
  'dash.drift.kind.search': 'Search',
  'dash.drift.kind.notifications': 'Notifications',
  'dash.drift.kind.list': 'List',
  'dash.drift.kind.conversation': 'Conversation',
  'dash.drift.kind.profile': 'Profile',
  'dash.drift.kind.chat': 'X Chat',
  'dash.drift.kind.other': 'Other page',
} as const;
