// A second, smaller seven-label set written by hand after the lexicon and weight work of the
// second pass was finished, and never tuned on: two posts per label in each of the five languages,
// for brands and situations that dev-7label.ts does not use. `npm run eval:triage` reports it next
// to dev-7label, whose figure is optimistic because the shipped weights were checked against it.
import type { Label } from '../../../lib/model';

export interface HoldoutPost {
  lang: 'en' | 'fr' | 'de' | 'es' | 'hr';
  text: string;
  label: Label;
}

/** Every post names one of these. */
export const HOLDOUT_BRAND = { handles: ['RailoHelp', 'Railo', 'PakkoDelivers'], keywords: ['Railo', 'Pakko'] };

const p = (lang: HoldoutPost['lang'], label: Label, text: string): HoldoutPost => ({ lang, label, text });

export const HOLDOUT_POSTS: HoldoutPost[] = [
  p('en', 'crisis', '@RailoHelp the train doors opened while we were moving between stations, a child nearly fell out. This is extremely dangerous'),
  p('en', 'crisis', '@PakkoDelivers your driver threatened me and my neighbour filmed it. Police have been called'),
  p('en', 'complaint', '@RailoHelp third cancelled train this week, I have missed two shifts at work'),
  p('en', 'complaint', '@PakkoDelivers the parcel says delivered but it is not here and the photo shows someone else’s door'),
  p('en', 'question', '@RailoHelp are bikes allowed on the 7:40 to Leeds on weekdays?'),
  p('en', 'question', '@PakkoDelivers can I change my delivery address after the parcel has shipped?'),
  p('en', 'praise', 'Big thanks to the conductor on the @Railo 18:05, she helped an elderly man find his seat and calmed everyone down'),
  p('en', 'praise', '@PakkoDelivers the driver waited while I ran down four floors. Lovely guy, thank you!'),
  p('en', 'troll', '@RailoHelp nobody cares what you post, go back to sleep you useless bots'),
  p('en', 'troll', '@PakkoDelivers your mascot is the ugliest thing I have ever seen, morons'),
  p('en', 'spam', 'Railo rail fans!!! Win a FREE year of travel, just follow and retweet this post 🎉 https://railo-prizes.example'),
  p('en', 'spam', 'Make £300 a day from your phone, no experience needed, message me #Pakko #work #money https://cash.example'),
  p('en', 'other', 'On the @Railo train to Edinburgh with a book and a coffee'),
  p('en', 'other', 'Pakko van parked outside again, someone on our street is doing a lot of online shopping'),

  p('fr', 'crisis', "@RailoHelp un voyageur a fait un malaise dans le train et aucun contrôleur n'est venu, les pompiers sont arrivés après vingt minutes"),
  p('fr', 'crisis', "@PakkoDelivers des milliers d'adresses de clients publiées sur un forum, vous allez communiquer quand ?"),
  p('fr', 'complaint', '@RailoHelp encore 45 minutes de retard ce matin, aucune annonce en gare'),
  p('fr', 'complaint', '@PakkoDelivers mon colis a été laissé sous la pluie, tout est mouillé'),
  p('fr', 'question', '@RailoHelp peut-on réserver une place pour un fauteuil roulant en ligne ?'),
  p('fr', 'question', '@PakkoDelivers à quelle heure passe le livreur à Nantes le samedi ?'),
  p('fr', 'praise', 'Bravo @Railo, train propre, à l’heure et personnel très aimable'),
  p('fr', 'praise', "@PakkoDelivers merci au livreur qui a monté le carton jusqu'au troisième étage, super gentil"),
  p('fr', 'troll', '@RailoHelp votre community manager est un clown'),
  p('fr', 'troll', '@PakkoDelivers bande de tocards, personne ne vous aime'),
  p('fr', 'spam', '🎁 Tentez de gagner un voyage gratuit avec Railo ! Abonnez-vous et partagez https://voyage-gratuit.example'),
  p('fr', 'spam', 'Revenus garantis avec notre formation crypto, places limitées, lien en bio #Pakko'),
  p('fr', 'other', 'Dans le train @Railo pour Marseille, il fait beau'),
  p('fr', 'other', "Mon voisin travaille chez Pakko depuis cet été"),

  p('de', 'crisis', '@RailoHelp im Zug ist ein Feuer im Abteil ausgebrochen, wir mussten auf offener Strecke aussteigen'),
  p('de', 'crisis', '@PakkoDelivers Ich zeige euch an, euer Fahrer hat mein Auto gerammt und ist einfach weitergefahren'),
  p('de', 'complaint', '@RailoHelp Zug fällt schon wieder aus und der Ersatzbus kommt nicht'),
  p('de', 'complaint', '@PakkoDelivers Paket seit zehn Tagen unterwegs, Sendungsverfolgung zeigt nichts an'),
  p('de', 'question', '@RailoHelp gilt mein Ticket auch im Regionalzug nach Bonn?'),
  p('de', 'question', '@PakkoDelivers kann ich das Paket in einer Filiale abholen?'),
  p('de', 'praise', 'Danke @Railo, super pünktlich heute und das Personal war sehr hilfsbereit'),
  p('de', 'praise', '@PakkoDelivers euer Fahrer ist der freundlichste Mensch der Welt, danke!'),
  p('de', 'troll', '@RailoHelp ihr seid die größten Idioten des Landes'),
  p('de', 'troll', '@PakkoDelivers was für ein Haufen Trottel'),
  p('de', 'spam', 'Jetzt bei Railo teilnehmen und ein Jahresticket gewinnen! Einfach folgen und teilen https://gewinnen.example'),
  p('de', 'spam', 'Mit Bitcoin schnell reich werden, schreib mir jetzt #Pakko 🚀'),
  p('de', 'other', 'Sitze gerade im @Railo Zug nach Hamburg und lese'),
  p('de', 'other', 'Heute kam wieder der Pakko Bote bei den Nachbarn vorbei'),

  p('es', 'crisis', '@RailoHelp un hombre se ha desmayado en el vagón y nadie del tren responde al botón de emergencia'),
  p('es', 'crisis', '@PakkoDelivers han filtrado mis datos personales y ahora me llaman estafadores con mi nombre, voy a denunciar'),
  p('es', 'complaint', '@RailoHelp otra vez el tren con una hora de retraso y sin información'),
  p('es', 'complaint', '@PakkoDelivers el paquete llegó abierto y falta la mitad del contenido'),
  p('es', 'question', '@RailoHelp ¿se puede viajar con perro en el tren a Bilbao?'),
  p('es', 'question', '@PakkoDelivers ¿cuánto tarda un envío a Canarias?'),
  p('es', 'praise', 'Gracias @Railo, viaje cómodo y puntual, así da gusto'),
  p('es', 'praise', '@PakkoDelivers el repartidor fue amabilísimo, muchas gracias'),
  p('es', 'troll', '@RailoHelp sois unos inútiles y unos payasos'),
  p('es', 'troll', '@PakkoDelivers vaya panda de idiotas'),
  p('es', 'spam', 'Sorteamos 5 billetes Railo gratis, sigue la cuenta y da RT https://sorteo-tren.example'),
  p('es', 'spam', 'Gana dinero desde casa con criptomonedas, info en mi perfil #Pakko'),
  p('es', 'other', 'En el tren de @Railo camino de Madrid'),
  p('es', 'other', 'Mi hermano trabaja de repartidor en Pakko'),

  p('hr', 'crisis', '@RailoHelp u vlaku je izbio požar, putnici su izašli kroz prozore'),
  p('hr', 'crisis', '@PakkoDelivers vaš dostavljač je udario moje dijete autom ispred zgrade, dolazi policija'),
  p('hr', 'complaint', '@RailoHelp vlak opet kasni sat vremena, a nitko ništa ne javlja'),
  p('hr', 'complaint', '@PakkoDelivers paket mi je stigao oštećen i nitko ne odgovara na mailove'),
  p('hr', 'question', '@RailoHelp mogu li kupiti kartu u vlaku?'),
  p('hr', 'question', '@PakkoDelivers koliko traje dostava do Zadra?'),
  p('hr', 'praise', 'Hvala @Railo, vlak je bio čist i na vrijeme, bravo'),
  p('hr', 'praise', '@PakkoDelivers dostavljač je bio jako ljubazan, hvala vam'),
  p('hr', 'troll', '@RailoHelp vi ste najveći idioti u državi'),
  p('hr', 'troll', '@PakkoDelivers kakva hrpa budala'),
  p('hr', 'spam', 'Osvojite besplatnu godišnju kartu za Railo, zapratite i podijelite https://railo-nagrada.example'),
  p('hr', 'spam', 'Zaradite s kriptovalutama od kuće, javite se u inbox #Pakko 🚀'),
  p('hr', 'other', 'Sjedim u @Railo vlaku za Split'),
  p('hr', 'other', 'Susjed radi kao dostavljač za Pakko'),
];
