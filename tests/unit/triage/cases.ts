// Hand-written posts for the triage tests: written for this project, in the five languages a
// European care team meets. None comes from an evaluation file.
import type { Label } from '../../../lib/model';

export interface Case {
  lang: 'en' | 'fr' | 'de' | 'es' | 'hr';
  text: string;
  label: Label;
  /** A reason kind the label must come with. */
  reason: string;
}

export const BRAND = { handles: ['AcmeCare'], keywords: ['Acme'] };

/** Every crisis signal in several languages. */
export const CRISIS_CASES: Case[] = [
  { lang: 'en', text: '@AcmeCare my son had an allergic reaction to your snack bar, we are in hospital now', label: 'crisis', reason: 'safety' },
  { lang: 'fr', text: '@AcmeCare ma fille a fait une réaction allergique après vos biscuits, on est aux urgences', label: 'crisis', reason: 'safety' },
  { lang: 'de', text: '@AcmeCare der Akku ist explodiert und mein Mann ist verletzt', label: 'crisis', reason: 'safety' },
  { lang: 'es', text: '@AcmeCare la batería se incendió en la cocina, casi quemado todo', label: 'crisis', reason: 'safety' },
  { lang: 'hr', text: '@AcmeCare nakon vašeg jogurta dijete je završilo u bolnici zbog trovanja', label: 'crisis', reason: 'safety' },
  { lang: 'en', text: '@AcmeCare my lawyer will be in touch, see you in court', label: 'crisis', reason: 'legal' },
  { lang: 'de', text: '@AcmeCare ich habe einen Anwalt eingeschaltet und werde klagen', label: 'crisis', reason: 'legal' },
  { lang: 'hr', text: '@AcmeCare idem kod odvjetnika, slijedi tužba', label: 'crisis', reason: 'legal' },
  { lang: 'en', text: '@AcmeCare my account was hacked and my card details leaked, is this a data breach?', label: 'crisis', reason: 'breach' },
  { lang: 'fr', text: '@AcmeCare mon compte a été piraté, mes données personnelles sont dans la nature', label: 'crisis', reason: 'breach' },
  { lang: 'es', text: '@AcmeCare me han hackeado la cuenta y hay un cargo no autorizado', label: 'crisis', reason: 'breach' },
  { lang: 'en', text: '@AcmeCare your outage means nobody on our street can call 911', label: 'crisis', reason: 'emergency' },
  { lang: 'de', text: '@AcmeCare seit heute früh kein Netz, nicht mal der Notruf 112 geht', label: 'crisis', reason: 'emergency' },
  { lang: 'hr', text: '@AcmeCare nema signala cijeli dan, ne mogu nazvati ni 112', label: 'crisis', reason: 'emergency' },
  { lang: 'en', text: "Hi @AcmeCare, I'm a reporter at the Daily Post writing a story on the recall, can your press office comment?", label: 'crisis', reason: 'media' },
  { lang: 'fr', text: '@AcmeCare bonjour, je suis journaliste et j écris un article sur la panne, qui contacter au service presse ?', label: 'crisis', reason: 'media' },
  { lang: 'en', text: 'Everyone boycott @AcmeCare until they pay their workers properly #BoycottAcme', label: 'crisis', reason: 'boycott' },
  { lang: 'es', text: 'Boicot a @AcmeCare, no compréis nada más en sus tiendas', label: 'crisis', reason: 'boycott' },
  { lang: 'en', text: 'This racist ad from @AcmeCare is going viral, shame on you', label: 'crisis', reason: 'outrage' },
  { lang: 'hr', text: '@AcmeCare ova reklama je sramota i rasistička, sram vas bilo', label: 'crisis', reason: 'outrage' },
];

/** The other six labels in every language. */
export const LABEL_CASES: Case[] = [
  { lang: 'en', text: '@AcmeCare my order was due Monday and still has not arrived, and nobody replies to my emails', label: 'complaint', reason: 'service_issue' },
  { lang: 'fr', text: '@AcmeCare colis toujours pas reçu après deux semaines, et aucune réponse du service client', label: 'complaint', reason: 'service_issue' },
  { lang: 'de', text: '@AcmeCare die Lieferung ist schon wieder verspätet und die Hotline ignoriert mich', label: 'complaint', reason: 'service_issue' },
  { lang: 'es', text: '@AcmeCare el pedido llegó roto y nadie me da una solución, fatal servicio', label: 'complaint', reason: 'service_issue' },
  { lang: 'hr', text: '@AcmeCare paket kasni već tjedan dana i nitko se ne javlja', label: 'complaint', reason: 'service_issue' },
  { lang: 'en', text: '@AcmeCare you useless idiots, my refund is three weeks late', label: 'complaint', reason: 'service_issue' },
  { lang: 'en', text: '@AcmeCare what time does the store on Baker Street open on Sundays?', label: 'question', reason: 'question_mark' },
  { lang: 'fr', text: '@AcmeCare bonjour, est-ce que la boutique de Lyon est ouverte le dimanche ?', label: 'question', reason: 'question_mark' },
  { lang: 'de', text: '@AcmeCare wann öffnet die Filiale am Hauptbahnhof?', label: 'question', reason: 'question_mark' },
  { lang: 'es', text: '@AcmeCare ¿hacéis envíos a Canarias?', label: 'question', reason: 'question_mark' },
  { lang: 'hr', text: '@AcmeCare radi li vaša trgovina u Splitu nedjeljom?', label: 'question', reason: 'question_mark' },
  { lang: 'en', text: 'Huge thanks to @AcmeCare, Sara sorted my problem in five minutes. Great service!', label: 'praise', reason: 'praise' },
  { lang: 'fr', text: 'Merci @AcmeCare pour la livraison rapide, service impeccable 👍', label: 'praise', reason: 'praise' },
  { lang: 'de', text: 'Vielen Dank @AcmeCare, super freundlicher Service, weiter so!', label: 'praise', reason: 'praise' },
  { lang: 'es', text: 'Gracias @AcmeCare, el pedido llegó perfecto, sois los mejores ❤️', label: 'praise', reason: 'praise' },
  { lang: 'hr', text: 'Hvala @AcmeCare, odlična usluga i jako ljubazni djelatnici!', label: 'praise', reason: 'praise' },
  { lang: 'en', text: '@AcmeCare shut up you pathetic clowns, nobody cares about you losers', label: 'troll', reason: 'abuse' },
  { lang: 'fr', text: '@AcmeCare bande de connards, fermez vos gueules', label: 'troll', reason: 'abuse' },
  { lang: 'de', text: '@AcmeCare ihr seid alle Vollidioten, verpiss dich', label: 'troll', reason: 'abuse' },
  { lang: 'es', text: '@AcmeCare sois unos gilipollas, idos a la mierda', label: 'troll', reason: 'abuse' },
  { lang: 'hr', text: '@AcmeCare jebite se kreteni glupi', label: 'troll', reason: 'abuse' },
  { lang: 'en', text: 'GIVEAWAY! Win a free iPhone, follow back and RT to win 🎁 https://promo.example/win', label: 'spam', reason: 'spam_giveaway' },
  { lang: 'en', text: 'Earn $500 a day with crypto, 100x guaranteed, DM for promo 🚀 https://coin.example', label: 'spam', reason: 'spam_crypto' },
  { lang: 'fr', text: 'Jeu concours 🎁 à gagner : une carte cadeau de 100 €, suivez-nous et retweetez https://jeu.example', label: 'spam', reason: 'spam_giveaway' },
  { lang: 'de', text: 'Gewinnspiel! Jetzt mitmachen und Gutschein gewinnen https://gewinn.example', label: 'spam', reason: 'spam_giveaway' },
  { lang: 'es', text: 'Sorteo 🎁 gana un premio, sígueme y dale RT https://sorteo.example', label: 'spam', reason: 'spam_giveaway' },
  { lang: 'hr', text: 'Nagradna igra! Osvojite poklon bon, zapratite nas https://igra.example', label: 'spam', reason: 'spam_giveaway' },
  { lang: 'en', text: 'Off to the beach with the kids this weekend', label: 'other', reason: 'passing' },
  { lang: 'fr', text: 'On part à la plage avec les enfants ce week-end', label: 'other', reason: 'passing' },
  { lang: 'de', text: 'Wir fahren am Wochenende mit den Kindern an den See', label: 'other', reason: 'passing' },
  { lang: 'es', text: 'Este fin de semana nos vamos a la playa con los niños', label: 'other', reason: 'passing' },
  { lang: 'hr', text: 'Ovaj vikend idemo na more s djecom', label: 'other', reason: 'passing' },
];
