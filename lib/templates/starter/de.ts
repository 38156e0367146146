// Die Startbibliothek auf Deutsch: gesiezt, weil eine Vorlage nicht weiß, wie vertraut eine
// Marke mit ihren Kundinnen und Kunden ist (ein Team, das duzt, passt die Texte an), und ohne
// Formen, die das Geschlecht von Kund:in oder Agent:in voraussetzen. „DM“ ist auf X üblich.
import type { StarterTexts } from './catalogue';

export const de: StarterTexts = {
  'crisis-holding': {
    title: 'Krise: erste Stellungnahme, während wir prüfen',
    body: 'Wir wissen, dass gerade etwas nicht funktioniert und dass viele von Ihnen betroffen sind. Das tut uns leid. Unser Team arbeitet mit Hochdruck an einer Lösung, und wir informieren Sie hier, sobald wir mehr wissen. Danke für Ihre Geduld.',
  },
  'crisis-update': {
    title: 'Krise: Zwischenstand, wir arbeiten weiter daran',
    body: 'Zwischenstand: Wir arbeiten weiter an der Störung und haben niemanden vergessen, der betroffen ist. Neue Informationen gibt es weiterhin hier. Wenn Sie Hilfe bei etwas Bestimmtem brauchen, schreiben Sie uns bitte eine DM.',
  },
  'crisis-reply': {
    title: 'Krise: Antwort an eine betroffene Person, weiter per DM',
    body: 'Hallo {{customer.name}}, es tut uns leid, dass Sie betroffen sind. Wir kennen das Problem und arbeiten daran. Damit wir helfen können, schreiben Sie uns bitte eine DM mit Vorgang {{case.id}}: {{dm.link}} – {{agent.name}}',
  },
  'crisis-safety': {
    title: 'Sicherheit: Gerät oder Gesundheit einer Person in Gefahr',
    body: 'Hallo {{customer.name}}, bitte nutzen und laden Sie das Gerät nicht mehr und halten Sie es von allem fern, was brennen kann. Ist jemand verletzt, rufen Sie zuerst die 112. Schreiben Sie uns dann eine DM, wir kümmern uns. – {{agent.name}}',
  },
  'crisis-dm': {
    title: 'Krise: erste Direktnachricht',
    body: 'Hallo {{customer.name}}, hier ist {{agent.name}} von {{brand.name}}, zu Vorgang {{case.id}}. Es tut mir leid, dass Sie davon betroffen sind. Können Sie mir schildern, was bei Ihnen passiert ist und wie es sich auf Sie auswirkt? Ich halte Sie persönlich auf dem Laufenden, bis alles geklärt ist.\n\nBitte senden Sie hier niemals Passwörter oder vollständige Kartennummern.',
  },
  'complaint-reply': {
    title: 'Beschwerde: entschuldigen, Verantwortung übernehmen, weiter per DM',
    body: 'Hallo {{customer.name}}, das tut uns wirklich leid. So sollte es nicht laufen, und wir möchten das in Ordnung bringen. Schreiben Sie uns bitte eine DM mit Vorgang {{case.id}} und ein paar Details: {{dm.link}} – {{agent.name}}',
  },
  'complaint-acknowledge': {
    title: 'Beschwerde: Fehler einräumen, nächsten Schritt nennen (ohne DM)',
    body: 'Sie haben recht, {{customer.name}}, das tut uns leid: Das hätte nicht passieren dürfen. Das zuständige Team ist informiert, und wir melden uns {{sla.promise}} mit dem nächsten Schritt. – {{agent.name}}',
  },
  'complaint-holding': {
    title: 'Zwischenantwort: Wir sehen uns das an',
    body: 'Danke für Ihre Geduld, {{customer.name}}. Wir sehen uns das gerade an und melden uns {{sla.promise}} bei Ihnen. – {{agent.name}}',
  },
  'complaint-dm': {
    title: 'Beschwerde: erste Direktnachricht',
    body: 'Hallo {{customer.name}}, hier ist {{agent.name}} von {{brand.name}}, zu Vorgang {{case.id}}. Danke, dass Sie sich gemeldet haben, und entschuldigen Sie bitte die Unannehmlichkeiten. Damit wir das in Ordnung bringen können: Was ist wann passiert? Wenn Sie eine Bestell- oder Kundennummer haben, schicken Sie sie gern mit.\n\nBitte senden Sie hier niemals Passwörter oder vollständige Kartennummern.',
  },
  'question-reply': {
    title: 'Frage: Details per DM klären',
    body: 'Hallo {{customer.name}}, wir helfen gern! Damit wir die Details für Sie prüfen können, schreiben Sie uns bitte eine DM mit Vorgang {{case.id}}: {{dm.link}} – {{agent.name}}',
  },
  'question-followup': {
    title: 'Frage: nachfassen, nachdem wir geantwortet haben',
    body: 'Konnten wir Ihre Frage beantworten, {{customer.name}}? Wenn noch etwas unklar ist, antworten Sie einfach hier, wir helfen gern weiter. – {{agent.name}}',
  },
  'question-dm': {
    title: 'Frage: erste Direktnachricht',
    body: 'Hallo {{customer.name}}, hier ist {{agent.name}} von {{brand.name}}, zu Vorgang {{case.id}}. Danke für Ihre Frage! Können Sie mir etwas genauer sagen, worum es geht, und mir, falls vorhanden, die betreffende Bestell- oder Kundennummer nennen? Ich finde die Antwort für Sie.',
  },
  'resolved-followup': {
    title: 'Nachfassen: nachdem das Problem gelöst ist',
    body: 'Hallo {{customer.name}}, wir wollten kurz nachfragen: Funktioniert jetzt wieder alles, wie es soll? Falls nicht, antworten Sie einfach hier, und wir kümmern uns sofort darum. – {{agent.name}}',
  },
  'praise-thanks': {
    title: 'Lob: Dankeschön',
    body: 'Vielen Dank, {{customer.name}}! Das freut uns sehr zu hören und hat uns den Tag verschönert. – {{agent.name}}',
  },
  'praise-share': {
    title: 'Lob: ans Team weitergeben',
    body: 'Danke für die netten Worte, {{customer.name}}! Wir sorgen dafür, dass das ganze Team sie liest: Das bedeutet allen viel. – {{agent.name}}',
  },
  'troll-calm': {
    title: 'Troll: ein ruhiger Satz, nur wenn ein echtes Problem dahintersteckt (sonst keine Antwort)',
    body: 'Wenn bei Ihnen etwas nicht funktioniert, helfen wir gern: Schicken Sie uns die Details per DM.',
  },
  'other-reply': {
    title: 'Allgemein: danke für die Erwähnung',
    body: 'Danke für die Erwähnung, {{customer.name}}! Können wir Ihnen irgendwie weiterhelfen? – {{agent.name}}',
  },
  'other-handoff': {
    title: 'Allgemein: weiter per DM',
    body: 'Hallo {{customer.name}}, wir helfen gern. Schreiben Sie uns bitte eine DM mit Vorgang {{case.id}}, damit wir uns das ansehen können: {{dm.link}} – {{agent.name}}',
  },
  'other-dm': {
    title: 'Allgemein: erste Direktnachricht',
    body: 'Hallo {{customer.name}}, hier ist {{agent.name}} von {{brand.name}}, zu Vorgang {{case.id}}. Danke, dass Sie sich gemeldet haben! Wie kann ich helfen?\n\nBitte senden Sie hier niemals Passwörter oder vollständige Kartennummern.',
  },
};
