import { accountEn } from './account.en';
import { crisisEn } from './crisis.en';
import { dashboardEn } from './dashboard.en';
import { libraryEn } from './library.en';
import { sidepanelEn } from './sidepanel.en';
import { xPageEn } from './x-page.en';

export const en = {
  'label.crisis': 'Crisis',
  'label.complaint': 'Complaint',
  'label.question': 'Question',
  'label.praise': 'Praise',
  'label.troll': 'Troll',
  'label.spam': 'Spam',
  'label.other': 'Other',

  'status.new': 'New',
  'status.in_progress': 'In progress',
  'status.responded': 'Responded',
  'status.handed_off': 'Moved to DM',
  'status.escalated': 'Escalated',
  'status.dismissed': 'Dismissed',

  'sla.on_track': 'On track',
  'sla.due_soon': 'Due soon',
  'sla.breached': 'Breached',
  'sla.stopped': 'Stopped',
  'sla.none': 'No reply expected',

  'source.rule': 'brand rule',
  'source.model': 'Careline',
  'source.agent': 'set by an agent',

  'overlay.waited': '{time} waited',
  'overlay.left': '{time} left',
  'overlay.over': '{time} over',
  'overlay.answeredIn': 'answered in {time}',
  'overlay.closed': '{status}',
  'overlay.chipName': 'Careline: {label}, {state}. Open actions',
  'overlay.timerName': 'Waiting {waited}; {remaining}',
  'overlay.loading': 'Careline is reading this post',

  'menu.title': 'Careline actions',
  'menu.why': 'Why {label}',
  'menu.confidence': '{pct}% confident, {source}',
  'menu.relabel': 'Change label',
  'menu.relabelTo': 'Label as {label}',
  'menu.respond': 'Mark responded',
  'menu.dismiss': 'Dismiss: no reply needed',
  'menu.escalate': 'Escalate to lead',
  'menu.reopen': 'Reopen',
  'menu.openPanel': 'Open in side panel',
  'menu.close': 'Close menu',
  'menu.failed': 'Careline could not save that: {error}',

  'badge.title': 'Careline: {breached} breached, {dueSoon} due soon, {open} open',
  'alert.title': '{label} about to breach its SLA: {minutes} min left',
  'alert.message': '@{handle}: {text}',

  'error.title': 'Careline hit an error.',
  'error.retry': 'Try again',

  'popup.noBrand': "Open X signed in as your brand",
  'popup.openPanel': "Open side panel",
  'popup.openDashboard': "Dashboard",
  'popup.statusTitle': "SLA status",
  'popup.open': "Open",
  'popup.byLabel': "Open mentions by label",
  'popup.next': "Next deadline",
  'popup.dueIn': "due in {time}",
  'popup.openPost': "Open @{handle}’s post",
  'popup.noDeadline': "No open mention has a deadline ahead.",
  'popup.nothingWaiting': "Nothing is waiting. Careline counts mentions as you browse X.",
  'popup.firstResponse': "First response",
  'popup.today': "Today",
  'popup.week': "This week",
  'popup.median': "Median",
  'popup.attainment': "Within SLA (goal {goal} %)",
  'popup.responded': "Answered",

  'picker.title': "Careline quick replies",
  'picker.hint': "type to filter · ↑↓ · Enter",
  'picker.none': "No approved quick reply fits this post. The side panel has every template.",
  'picker.noMatch': "No approved reply matches.",
  'picker.inserting': "Inserting…",
  'picker.failed': "Careline could not put the reply into X’s box. Use the side panel, which can copy it.",

  'notice.paused': 'X’s page changed; Careline paused here.',
  'notice.hide': 'Hide notice',
  ...dashboardEn,
  ...crisisEn,
  ...sidepanelEn,
  ...libraryEn,
  ...accountEn,
  ...xPageEn,
} as const;

export type MessageKey = keyof typeof en;
