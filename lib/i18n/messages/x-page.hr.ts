import type { xPageEn } from './x-page.en';

export const xPageHr: Record<keyof typeof xPageEn, string> = {
  'notice.changed': 'Stranica X-a se promijenila.',
  'notice.part.posts': 'Ne pronalazi objave.',
  'notice.part.author': 'Ne može pročitati tko je napisao koju objavu.',
  'notice.part.permalink': 'Ne može pročitati vrijeme i poveznicu objava.',
  'notice.part.text': 'Ne može pročitati tekst objava.',
  'notice.part.composer': 'Careline ovdje ne pronalazi okvir za odgovor na X-u, pa umetanje umjesto toga kopira tekst.',
  'notice.part.chat': 'Careline ovdje ne pronalazi okvir za poruku u X Chatu, pa umetanje umjesto toga kopira tekst.',

  'panel.reason.chatLocked': 'X Chat traži vašu šifru. Otključajte razgovor na X-u pa ponovno umetnite.',

  'panel.post.translated': 'X je prikazao Grokov prijevod',
  'panel.post.original': 'Izvornik ({lang})',
  'panel.post.translation': 'Grokov prijevod ({lang})',
  'dash.nav.drift': 'Stranica X-a',
  'dash.drift.intro': 'Kad X promijeni svoju stranicu pa Careline ne može pročitati neki njezin dio, Careline to javi na X-u i ovdje čuva zadnjih {n} slučajeva, samo na ovom računalu. Recite timu koji se dio pokvario.',
  'dash.drift.empty': 'Zasad ništa: Careline je pročitao sve dijelove stranice X-a koji su mu potrebni.',
  'dash.drift.part': 'Što Careline nije mogao pročitati',
  'dash.drift.page': 'Stranica',
  'dash.drift.kind.home': 'Početna',
  'dash.drift.kind.search': 'Pretraživanje',
  'dash.drift.kind.notifications': 'Obavijesti',
  'dash.drift.kind.list': 'Popis',
  'dash.drift.kind.conversation': 'Razgovor',
  'dash.drift.kind.profile': 'Profil',
  'dash.drift.kind.chat': 'X Chat',
  'dash.drift.kind.other': 'Druga stranica',
};
