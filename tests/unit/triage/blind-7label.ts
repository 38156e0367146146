// A third hand-written seven-label set, written last and only ever scored, never looked at for
// tuning: one post per label in each of the five languages, for a bank and a streaming service that
// the other sets do not use. holdout-7label.ts lost that status when its missed crises led to a
// round of crisis-vocabulary fixes (docs/triage.md); this one keeps it.
import { post as p, type HandLabelledPost } from './hand-labelled';

export const BLIND_BRAND = { handles: ['KovaBank', 'StreamlyHelp'], keywords: ['Kova', 'Streamly'] };

export const BLIND_POSTS: HandLabelledPost[] = [
  p('en', 'crisis', '@KovaBank hundreds of customers in our town had their savings frozen overnight and the local paper is asking questions. Is the bank safe?'),
  p('en', 'complaint', '@StreamlyHelp I paid for the annual plan and you still charge me every month'),
  p('en', 'question', '@KovaBank what is the daily limit for contactless payments?'),
  p('en', 'praise', '@StreamlyHelp the new kids profile is brilliant, thanks for listening to parents'),
  p('en', 'troll', '@KovaBank your adverts are cringe and so are you, clowns'),
  p('en', 'spam', 'FREE Streamly premium for life!!! click the link in my bio before it is gone 💸'),
  p('en', 'other', 'Watching a documentary on @StreamlyHelp about octopuses tonight'),

  p('fr', 'crisis', "@KovaBank des clients ont été victimes d'une fraude massive via votre appli, je vais saisir un avocat"),
  p('fr', 'complaint', "@StreamlyHelp l'appli plante à chaque épisode depuis la mise à jour"),
  p('fr', 'question', '@KovaBank comment modifier mon plafond de carte ?'),
  p('fr', 'praise', '@StreamlyHelp merci pour la réponse rapide, tout fonctionne parfaitement'),
  p('fr', 'troll', '@KovaBank vous êtes des charlots, vraiment'),
  p('fr', 'spam', 'Gagnez 500 € par jour avec le trading, écrivez-moi en privé #Kova'),
  p('fr', 'other', 'Soirée film sur Streamly avec les copains'),

  p('de', 'crisis', '@KovaBank wurden eure Kundendaten gehackt? Ich bekomme Mails mit meiner Kontonummer von Fremden'),
  p('de', 'complaint', '@StreamlyHelp Ton und Bild laufen seit Tagen nicht synchron, nervt total'),
  p('de', 'question', '@KovaBank wie lange dauert eine Überweisung ins Ausland?'),
  p('de', 'praise', '@StreamlyHelp beste Serienauswahl überhaupt, danke euch'),
  p('de', 'troll', '@KovaBank ihr Clowns habt doch keine Ahnung'),
  p('de', 'spam', 'Gratis Streamly Abo gewinnen! Folgen und teilen https://abo-gratis.example'),
  p('de', 'other', 'Heute Abend Serienmarathon auf Streamly'),

  p('es', 'crisis', '@KovaBank me han vaciado la cuenta sin autorización y en la oficina no saben nada, ¿ha habido un hackeo?'),
  p('es', 'complaint', '@StreamlyHelp me cobráis el doble desde marzo y nadie me responde'),
  p('es', 'question', '@KovaBank ¿puedo abrir una cuenta siendo extranjero?'),
  p('es', 'praise', '@StreamlyHelp me encanta la nueva función de descargas, gracias'),
  p('es', 'troll', '@KovaBank sois unos payasos y unos chorizos'),
  p('es', 'spam', 'Regalo cuentas de Streamly gratis, sígueme y dale RT https://gratis-streamly.example'),
  p('es', 'other', 'Esta noche peli en Streamly con mi madre'),

  p('hr', 'crisis', '@KovaBank netko je s moje kartice potrošio 2000 eura, je li vam sustav hakiran?'),
  p('hr', 'complaint', '@StreamlyHelp aplikacija se stalno ruši i ne mogu gledati ništa'),
  p('hr', 'question', '@KovaBank kako mogu promijeniti PIN?'),
  p('hr', 'praise', '@StreamlyHelp odlična ponuda filmova, hvala'),
  p('hr', 'troll', '@KovaBank vi ste obični klaunovi i lopovi'),
  p('hr', 'spam', 'Besplatni Streamly računi, zaprati i podijeli https://besplatno.example'),
  p('hr', 'other', 'Večeras gledamo film na Streamlyju'),
];
