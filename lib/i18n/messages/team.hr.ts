// Nizovi timskog stola (vidi team.en.ts).
import type { teamEn, teamPageEn, teamPopupEn } from './team.en';

export const teamHr: Record<keyof typeof teamEn, string> = {
  'team.nav': 'Tim',
  'team.intro': 'Neobavezno. Pridružite se stolu svog tima da dijelite red, tko na što odgovara i odobrenu biblioteku. Samostalno ništa ne napušta ovo računalo.',
  'team.invite': 'Pozivnica',
  'team.inviteHint': 'Zalijepite pozivnicu koju vam je dao voditelj (jedan redak).',
  'team.name': 'Vaše ime',
  'team.nameHint': 'Što drugi agenti vide uz objave na koje odgovarate.',
  'team.join': 'Pridruži se timu',
  'team.joining': 'Pridruživanje…',
  'team.leave': 'Napusti tim',
  'team.leaveHint': 'Odlaskom svaka objava, bilješka i predložak ostaju na ovom računalu.',
  'team.left': 'Napustili ste tim. Vaši podaci ostaju na ovom računalu.',
  'team.joined': 'Pridruženi ste timu {team} kao {role}.',
  'team.you': 'Vi ste {name} ({role}) u timu {team}.',
  'team.role.lead': 'voditelj',
  'team.role.agent': 'agent',
  'team.state.solo': 'Niste u timu: Careline radi samo na ovom računalu.',
  'team.state.connected': 'Povezano s timom {team}.',
  'team.state.connecting': 'Povezivanje s timom {team}…',
  'team.state.offline': 'Izvan mreže: {team} nije dostupan. Promjene se čuvaju i kasnije usklađuju.',
  'team.state.refused': 'Poslužitelj tima odbio je ovog člana: {reason} Pridružite se ponovno s novom pozivnicom.',
  'team.pending': 'Promjene čuvane na ovom računalu čekaju usklađivanje.',
  'team.error.malformed': 'Ovo nije Careline pozivnica. Zalijepite cijelu pozivnicu koju je poslao voditelj.',
  'team.error.expired': 'Pozivnica je istekla. Zatražite novu od voditelja.',
  'team.error.revoked': 'Pozivnica ili članstvo je opozvano. Zatražite novu pozivnicu.',
  'team.error.bad-signature': 'Ovu pozivnicu nije izradio poslužitelj ovog tima.',
  'team.error.unknown-team': 'Poslužitelj ne poznaje ovaj tim.',
  'team.error.wrong-team': 'Ova pozivnica pripada drugom timu.',
  'team.error.unknown-document': 'Poslužitelj je odbio dokumente ovog tima.',
  'team.error.bad-name': 'Upišite svoje ime (najviše 80 znakova).',
  'team.error.unreachable': 'Poslužitelj tima nije dostupan. Provjerite radi li i pokušajte ponovno.',
  'team.error.other': 'Pridruživanje nije uspjelo: {error}',
  'team.assign.title': 'Dodijeli',
  'team.assign.to': 'Dodijeli',
  'team.assign.nobody': 'Nikome',
  'team.assign.do': 'Dodijeli',
  'team.assign.done': 'Dodijeljeno: {name}.',
  'team.assign.cleared': 'Dodjela uklonjena.',
  'team.assign.notLead': 'Samo voditelj tima može dodjeljivati.',
  'team.assign.byLabel': 'Dodijeli svaku otvorenu objavu ({label})',
};

export const teamPageHr: Record<keyof typeof teamPageEn, string> = {
  'menu.claim': 'Ja odgovaram na ovo',
  'menu.release': 'Prestani odgovarati',
  'overlay.claimedBy': '{name} odgovara',
  'overlay.assignedTo': 'Dodijeljeno: {name}',
  'notice.claimWarning': '{name} već odgovara na ovu objavu. Provjerite prije slanja.',
};

export const teamPopupHr: Record<keyof typeof teamPopupEn, string> = {
  'team.mine.title': 'Vama dodijeljeno: {n}',
};
