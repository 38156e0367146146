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
};
