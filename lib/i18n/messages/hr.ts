import { accountHr } from './account.hr';
import { crisisHr } from './crisis.hr';
import { dashboardHr } from './dashboard.hr';
import type { MessageKey } from './en';
import { libraryHr } from './library.hr';
import { sidepanelHr } from './sidepanel.hr';
import { xPageHr } from './x-page.hr';

export const hr: Record<MessageKey, string> = {
  'label.crisis': 'Kriza',
  'label.complaint': 'Pritužba',
  'label.question': 'Pitanje',
  'label.praise': 'Pohvala',
  'label.troll': 'Trol',
  'label.spam': 'Spam',
  'label.other': 'Ostalo',

  'status.new': 'Novo',
  'status.in_progress': 'U obradi',
  'status.responded': 'Odgovoreno',
  'status.handed_off': 'Premješteno u DM',
  'status.escalated': 'Eskalirano',
  'status.dismissed': 'Odbačeno',

  'sla.on_track': 'Na vrijeme',
  'sla.due_soon': 'Uskoro istječe',
  'sla.breached': 'Prekoračeno',
  'sla.stopped': 'Zaustavljeno',
  'sla.none': 'Odgovor nije potreban',

  'source.rule': 'pravilo brenda',
  'source.model': 'Careline',
  'source.agent': 'odabrao agent',

  'overlay.waited': 'čeka {time}',
  'overlay.left': 'još {time}',
  'overlay.over': '{time} kašnjenja',
  'overlay.answeredIn': 'odgovoreno za {time}',
  'overlay.closed': '{status}',
  'overlay.chipName': 'Careline: {label}, {state}. Otvori radnje',
  'overlay.timerName': 'Čeka {waited}; {remaining}',
  'overlay.loading': 'Careline čita ovu objavu',

  'menu.title': 'Careline radnje',
  'menu.why': 'Zašto „{label}”',
  'menu.confidence': 'pouzdanost {pct} %, {source}',
  'menu.relabel': 'Promijeni oznaku',
  'menu.relabelTo': 'Označi kao „{label}”',
  'menu.respond': 'Označi kao odgovoreno',
  'menu.dismiss': 'Odbaci: odgovor nije potreban',
  'menu.escalate': 'Eskaliraj voditelju',
  'menu.reopen': 'Ponovno otvori',
  'menu.openPanel': 'Otvori u bočnoj ploči',
  'menu.close': 'Zatvori izbornik',
  'menu.failed': 'Careline to nije mogao spremiti: {error}',

  'badge.title': 'Careline: {breached} prekoračeno, {dueSoon} uskoro istječe, {open} otvoreno',
  'alert.title': '{label} uskoro prekoračuje rok: još {minutes} min',
  'alert.message': '@{handle}: {text}',

  'error.title': 'Careline je naišao na pogrešku.',
  'error.retry': 'Pokušaj ponovno',

  'popup.noBrand': "Otvorite X prijavljeni kao vaš brend",
  'popup.openPanel': "Otvori bočnu ploču",
  'popup.openDashboard': "Nadzorna ploča",
  'popup.statusTitle': "Stanje rokova",
  'popup.open': "Otvoreno",
  'popup.byLabel': "Otvorena spominjanja po oznaci",
  'popup.next': "Sljedeći rok",
  'popup.dueIn': "rok za {time}",
  'popup.openPost': "Otvori objavu korisnika @{handle}",
  'popup.noDeadline': "Nijedno otvoreno spominjanje nema nadolazeći rok.",
  'popup.nothingWaiting': "Ništa ne čeka. Careline broji spominjanja dok pregledavate X.",
  'popup.firstResponse': "Prvi odgovor",
  'popup.today': "Danas",
  'popup.week': "Ovaj tjedan",
  'popup.median': "Medijan",
  'popup.attainment': "Unutar roka (cilj {goal} %)",
  'popup.responded': "Odgovoreno",

  'picker.title': "Careline brzi odgovori",
  'picker.hint': "tipkajte za filtriranje · ↑↓ · Enter",
  'picker.none': "Nijedan odobreni brzi odgovor ne odgovara ovoj objavi. Bočna ploča ima sve predloške.",
  'picker.noMatch': "Nijedan odobreni odgovor ne odgovara.",
  'picker.inserting': "Umećem…",
  'picker.failed': "Careline nije mogao umetnuti odgovor u X-ov okvir. Upotrijebite bočnu ploču, koja ga može kopirati.",

  'notice.paused': 'Stranica X-a se promijenila; Careline je ovdje pauziran.',
  'notice.hide': 'Sakrij obavijest',
  ...dashboardHr,
  ...crisisHr,
  ...sidepanelHr,
  ...libraryHr,
  ...accountHr,
  ...xPageHr,
};
