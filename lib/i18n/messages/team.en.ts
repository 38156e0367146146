// Strings of the team desk: the dashboard's Team section and assignment (teamEn), and what X's page
// shows about other agents (teamPageEn, part of x.com's own catalogs).
export const teamEn = {
  'team.nav': 'Team',
  'team.intro': 'Optional. Join your team’s desk to share the queue, who is replying to what, and the approved library. Solo, nothing leaves this machine.',
  'team.invite': 'Invite',
  'team.inviteHint': 'Paste the invite your lead gave you (one line).',
  'team.name': 'Your name',
  'team.nameHint': 'What other agents see next to the posts you reply to.',
  'team.join': 'Join team',
  'team.joining': 'Joining…',
  'team.leave': 'Leave team',
  'team.leaveHint': 'Leaving keeps every mention, note and template on this machine.',
  'team.left': 'You left the team. Your data stays on this machine.',
  'team.joined': 'Joined {team} as {role}.',
  'team.you': 'You are {name} ({role}) in {team}.',
  'team.role.lead': 'lead',
  'team.role.agent': 'agent',
  'team.state.solo': 'Not in a team: Careline works on this machine only.',
  'team.state.connected': 'Connected to {team}.',
  'team.state.connecting': 'Connecting to {team}…',
  'team.state.offline': 'Offline: {team} cannot be reached. Your changes are kept and synced later.',
  'team.state.refused': 'The team server refused this member: {reason} Join again with a new invite.',
  'team.pending': 'Changes kept on this machine, waiting to be synced.',
  'team.error.malformed': 'This is not a Careline invite. Paste the whole invite your lead sent.',
  'team.error.expired': 'This invite has expired. Ask your lead for a new one.',
  'team.error.revoked': 'This invite or membership was revoked. Ask your lead for a new invite.',
  'team.error.bad-signature': 'This invite was not made by this team’s server.',
  'team.error.unknown-team': 'The team server does not know this team.',
  'team.error.wrong-team': 'This invite belongs to another team.',
  'team.error.unknown-document': 'The team server refused this team’s documents.',
  'team.error.bad-name': 'Enter your name (up to 80 characters).',
  'team.error.unreachable': 'The team server could not be reached. Check that it runs and try again.',
  'team.error.other': 'Joining failed: {error}',
  'team.assign.title': 'Assign',
  'team.assign.to': 'Assign to',
  'team.assign.nobody': 'Nobody',
  'team.assign.do': 'Assign',
  'team.assign.done': 'Assigned to {name}.',
  'team.assign.cleared': 'Assignment removed.',
  'team.assign.notLead': 'Only the team’s lead can assign.',
  'team.assign.byLabel': 'Assign every open {label} mention',
} as const;

export const teamPageEn = {
  'menu.claim': 'I’m replying to this',
  'menu.release': 'Stop replying',
  'overlay.claimedBy': '{name} is replying',
  'overlay.assignedTo': 'Assigned to {name}',
  'notice.claimWarning': '{name} is already replying to this post. Check before you send.',
} as const;

/** What the popup shows of the team desk (it loads only its own catalogs). */
export const teamPopupEn = {
  'team.mine.title': '{n} assigned to you',
} as const;
