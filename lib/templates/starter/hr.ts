// Početna biblioteka na hrvatskom: obraćanje s „Vi” (veliko slovo kad se obraćamo jednoj
// osobi, „vi” kad se obraćamo svima), bez rodno obilježenih oblika za korisnika i agenta,
// jer predložak ne zna tko je s koje strane.
import type { StarterTexts } from './catalogue';

export const hr: StarterTexts = {
  'crisis-holding': {
    title: 'Kriza: prva izjava dok provjeravamo',
    body: 'Znamo da nešto ne radi kako treba i da to pogađa mnoge od vas. Žao nam je. Naš tim upravo radi na rješenju, a nove informacije objavit ćemo ovdje čim ih budemo imali. Hvala vam na strpljenju.',
  },
  'crisis-update': {
    title: 'Kriza: novosti, još radimo na tome',
    body: 'Novosti: još radimo na rješavanju problema i nismo zaboravili nikoga koga je pogodio. Nastavit ćemo objavljivati informacije ovdje. Ako trebate pomoć oko nečega konkretnog, pošaljite nam privatnu poruku.',
  },
  'crisis-reply': {
    title: 'Kriza: odgovor pogođenoj osobi, prelazak u privatne poruke',
    body: 'Pozdrav, {{customer.name}}, iskreno nam je žao što Vas je ovo pogodilo. Radimo na rješenju. Da bismo provjerili Vaš slučaj, pošaljite nam privatnu poruku s brojem predmeta {{case.id}}: {{dm.link}} – {{agent.name}}',
  },
  'crisis-safety': {
    title: 'Sigurnost: uređaj ili zdravlje jedne osobe u opasnosti',
    body: 'Pozdrav, {{customer.name}}, molimo odmah prestanite koristiti i puniti uređaj i držite ga dalje od svega što može izgorjeti. Ako je netko ozlijeđen, nazovite 112. Zatim nam pošaljite privatnu poruku, a mi preuzimamo dalje. – {{agent.name}}',
  },
  'crisis-dm': {
    title: 'Kriza: prva privatna poruka',
    body: 'Pozdrav, {{customer.name}}, ovdje {{agent.name}} iz tima {{brand.name}}, u vezi s predmetom {{case.id}}. Žao nam je zbog neugodnosti koje Vam ovo stvara. Možete li mi opisati što se dogodilo s Vaše strane i kako to utječe na Vas? Osobno ću Vas obavještavati o svakom koraku dok se sve ne riješi.\n\nMolimo, ovdje nikada ne šaljite lozinke ni pune brojeve kartica.',
  },
  'complaint-reply': {
    title: 'Pritužba: isprika, preuzimanje odgovornosti, privatne poruke',
    body: 'Pozdrav, {{customer.name}}, iskreno nam je žao. To nije iskustvo kakvo zaslužujete i želimo to ispraviti. Pošaljite nam privatnu poruku s brojem predmeta {{case.id}} i nekoliko detalja: {{dm.link}} – {{agent.name}}',
  },
  'complaint-acknowledge': {
    title: 'Pritužba: priznati, najaviti sljedeći korak (bez privatnih poruka)',
    body: 'U pravu ste, {{customer.name}}, i ispričavamo se: to se nije smjelo dogoditi. Problem smo proslijedili nadležnom timu, a ovdje ćemo Vam se javiti {{sla.promise}} s daljnjim koracima. – {{agent.name}}',
  },
  'complaint-holding': {
    title: 'Odgovor dok provjeravamo',
    body: 'Hvala na strpljenju, {{customer.name}}. Upravo provjeravamo o čemu je riječ i javit ćemo Vam se {{sla.promise}}. – {{agent.name}}',
  },
  'complaint-dm': {
    title: 'Pritužba: prva privatna poruka',
    body: 'Pozdrav, {{customer.name}}, ovdje {{agent.name}} iz tima {{brand.name}}, u vezi s predmetom {{case.id}}. Hvala Vam na poruci i ispričavamo se zbog neugodnosti. Da bismo to ispravili, možete li mi napisati što se dogodilo i kada te, ako ga imate, broj narudžbe ili korisničkog računa?\n\nMolimo, ovdje nikada ne šaljite lozinke ni pune brojeve kartica.',
  },
  'question-reply': {
    title: 'Pitanje: provjera detalja u privatnim porukama',
    body: 'Pozdrav, {{customer.name}}, rado ćemo pomoći! Da bismo to provjerili za Vas, pošaljite nam privatnu poruku s brojem predmeta {{case.id}}: {{dm.link}} – {{agent.name}}',
  },
  'question-followup': {
    title: 'Pitanje: provjera nakon odgovora',
    body: 'Je li to odgovor na Vaše pitanje, {{customer.name}}? Ako još nešto nije jasno, samo odgovorite ovdje i rado ćemo pomoći. – {{agent.name}}',
  },
  'question-dm': {
    title: 'Pitanje: prva privatna poruka',
    body: 'Pozdrav, {{customer.name}}, ovdje {{agent.name}} iz tima {{brand.name}}, u vezi s predmetom {{case.id}}. Hvala na pitanju! Možete li mi reći nešto više o tome što Vas zanima te, ako postoji, broj narudžbe ili korisničkog računa na koji se odnosi? Pronaći ću Vam odgovor.',
  },
  'resolved-followup': {
    title: 'Praćenje: nakon što je problem riješen',
    body: 'Pozdrav, {{customer.name}}, samo provjeravamo radi li sada sve kako treba. Ako ne radi, odgovorite ovdje i odmah ćemo to preuzeti. – {{agent.name}}',
  },
  'praise-thanks': {
    title: 'Pohvala: hvala',
    body: 'Hvala Vam puno, {{customer.name}}! Vaša poruka baš nas je razveselila i uljepšala nam dan. – {{agent.name}}',
  },
  'praise-share': {
    title: 'Pohvala: proslijediti timu',
    body: 'Hvala na lijepim riječima, {{customer.name}}! Pobrinut ćemo se da ih vidi cijeli tim: to im puno znači. – {{agent.name}}',
  },
  'troll-calm': {
    title: 'Trol: jedna mirna rečenica, samo ako je riječ o stvarnom problemu (inače bez odgovora)',
    body: 'Ako Vam nešto ne radi kako treba, rado ćemo pomoći: pošaljite nam detalje u privatnoj poruci.',
  },
  'other-reply': {
    title: 'Općenito: hvala na spominjanju',
    body: 'Hvala na poruci, {{customer.name}}! Možemo li Vam u čemu pomoći? – {{agent.name}}',
  },
  'other-handoff': {
    title: 'Općenito: nastavak u privatnim porukama',
    body: 'Pozdrav, {{customer.name}}, rado ćemo pomoći. Pošaljite nam privatnu poruku s brojem predmeta {{case.id}} da to provjerimo: {{dm.link}} – {{agent.name}}',
  },
  'other-dm': {
    title: 'Općenito: prva privatna poruka',
    body: 'Pozdrav, {{customer.name}}, ovdje {{agent.name}} iz tima {{brand.name}}, u vezi s predmetom {{case.id}}. Hvala na poruci! Kako Vam mogu pomoći?\n\nMolimo, ovdje nikada ne šaljite lozinke ni pune brojeve kartica.',
  },
};
