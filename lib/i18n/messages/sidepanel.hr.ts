import type { sidepanelEn } from './sidepanel.en';

export const sidepanelHr: Record<keyof typeof sidepanelEn, string> = {
  'panel.title': 'Careline bočna ploča',

  'panel.empty.title': 'Nijedna objava nije odabrana',
  'panel.empty.how':
    'Na X-u kliknite Careline oznaku spominjanja i odaberite „Otvori u bočnoj ploči”. Ovdje će se pojaviti njezini odobreni predlošci.',
  'panel.empty.reply': 'Klik na Odgovori ispod spominjanja također ga dovodi ovamo.',

  'panel.post.title': 'Odabrana objava',
  'panel.post.respond': 'Označi kao odgovoreno',
  'panel.post.dismiss': 'Odbaci',
  'panel.post.reopen': 'Ponovno otvori',
  'panel.post.showOnX': 'Prikaži na X-u',

  'panel.templates.title': 'Predlošci',
  'panel.templates.count': 'Odobreno: {n}',
  'panel.templates.search': 'Pretraži odobrene predloške',
  'panel.templates.searchPlaceholder': 'Pretraži predloške  ( / )',
  'panel.templates.list': 'Odobreni predlošci, najprikladniji prvi',
  'panel.templates.noMatch': 'Nijedan odobreni predložak ne odgovara upitu „{query}”.',
  'panel.templates.none': 'Još nema odobrenih predložaka: voditelj ih odobrava na nadzornoj ploči.',

  'panel.kind.public_reply': 'Javni odgovor',
  'panel.kind.holding_statement': 'Privremena izjava',
  'panel.kind.dm_opener': 'Prva izravna poruka',

  'panel.fit.label_lang': 'Odgovara oznaci i jeziku',
  'panel.fit.label': 'Odgovara oznaci',
  'panel.fit.lang': 'Isti jezik',

  'panel.preview.title': 'Pregled',
  'panel.preview.textName': 'Pregled predloška „{title}”',
  'panel.preview.shorten': 'Odaberite kraći predložak.',
  'panel.preview.blocked': 'Još nije spremno za umetanje:',

  'panel.count.postName': '{used} od {limit} znakova, kako ih broji X',
  'panel.count.dmName': '{used} od {limit} znakova dopuštenih u izravnoj poruci',
  'panel.count.dm': 'Poruka',

  'panel.insert.reply': 'Umetni u odgovor',
  'panel.insert.dm': 'Umetni u X Chat',
  'panel.insert.replyHint': 'Ide u okvir za odgovor otvoren na X-u. Careline nikad ne objavljuje: Objavi pritišćete Vi.',
  'panel.insert.dmHint': 'Ide u okvir za poruku u X Chatu. Careline nikad ne šalje: Pošalji pritišćete Vi.',
  'panel.copy': 'Kopiraj tekst',

  'panel.fix.agentName': 'Vaše ime',
  'panel.fix.agentNameHint': 'Potpisuje Vaše odgovore. Sprema se za sljedeći put.',
  'panel.fix.brandName': 'Naziv marke',
  'panel.fix.brandNameHint': 'Onako kako ga kupci znaju.',
  'panel.fix.brandAccountId': 'ID X računa marke',
  'panel.fix.brandAccountIdHint': 'Samo znamenke. Careline ga čita s X-a kad ste na X-u prijavljeni kao marka.',
  'panel.fix.save': 'Spremi',
  'panel.fix.required': 'Prvo ispunite ovo polje.',
  'panel.fix.accountIdDigits': 'ID računa sadrži samo znamenke, npr. 1470000000000000042.',

  'panel.handoff.title': 'Prebaci u izravne poruke',
  'panel.handoff.explain':
    'U jednom koraku: otvara predmet {caseId}, u Vaš odgovor na X-u stavlja javni odgovor s poveznicom za izravnu poruku i daje Vam prvu izravnu poruku.',
  'panel.handoff.start': 'Prebaci u izravne poruke',
  'panel.handoff.doneTitle': 'Prebačeno u izravne poruke',
  'panel.handoff.link': 'Poveznica za izravnu poruku za kupca',
  'panel.handoff.copyLink': 'Kopiraj poveznicu',
  'panel.handoff.copyCase': 'Kopiraj broj predmeta',
  'panel.handoff.opener': 'Prva izravna poruka',
  'panel.handoff.openerName': 'Tekst prve izravne poruke',
  'panel.handoff.copyOpener': 'Kopiraj prvu poruku',
  'panel.handoff.reply': 'Javni odgovor s poveznicom',
  'panel.handoff.insertReplyAgain': 'Ponovno umetni u odgovor',
  'panel.handoff.copyReply': 'Kopiraj javni odgovor',

  'panel.notice.close': 'Zatvori poruku',
  'panel.notice.insertedReply': 'Umetnuto u Vaš odgovor na X-u. Pročitajte ga, a zatim sami pritisnite Objavi.',
  'panel.notice.insertedDm': 'Umetnuto u okvir za poruku u X Chatu. Pročitajte je, a zatim sami pritisnite Pošalji.',
  'panel.notice.notInserted': 'Nije umetnuto: {reason}',
  'panel.notice.copiedInstead': 'Tekst je umjesto toga kopiran u međuspremnik: zalijepite ga na X (Ctrl+V).',
  'panel.notice.copyAlsoFailed': 'Ni kopiranje nije uspjelo: označite tekst u pregledu i kopirajte ga.',
  'panel.notice.handedOff': 'Predmet {caseId}: objava je prebačena u izravne poruke.',
  'panel.notice.copied': 'Kopirano u međuspremnik.',
  'panel.notice.copyFailed': 'Kopiranje nije uspjelo: označite tekst i kopirajte ga.',
  'panel.notice.saved': 'Spremljeno.',
  'panel.notice.blocked': 'Ovaj se predložak još ne može umetnuti: pogledajte što nedostaje ispod pregleda.',
  'panel.notice.error': 'Careline to nije mogao napraviti: {error}',

  'panel.reason.noXTab': 'nijedna kartica s X-om nije otvorena. Otvorite x.com u ovom prozoru.',
  'panel.reason.noAnswer': 'kartica s X-om nije odgovorila. Ponovno je učitajte i pokušajte opet.',
  'panel.reason.noReplyBox': 'na X-u nije otvoren okvir za odgovor. Prvo kliknite Odgovori ispod objave.',
  'panel.reason.noChatBox': 'nije otvoren nijedan razgovor u X Chatu. Prvo otvorite razgovor s kupcem.',
  'panel.reason.composerChanged': 'okvir za pisanje na X-u promijenio se tijekom umetanja.',
  'panel.reason.replyNotTaken': 'okvir za odgovor na X-u nije preuzeo tekst (gumb Objavi ostao je neaktivan).',
  'panel.reason.chatNotTaken': 'okvir za poruku u X Chatu nije preuzeo tekst.',
  'panel.reason.unknown': 'Careline nije mogao provjeriti je li tekst stigao.',
};
