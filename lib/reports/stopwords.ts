// Words that say nothing about what a complaint is about, in the languages Careline triages,
// accent-folded as lib/triage/tokenize folds them. Topic terms are what is left.
const WORDS = `
a about after again all also am an and any are as at be because been before being but by can
could did do does doing done dont for from get got had has have having he her here him his how
i if im in into is it its ive just let like me more most my no not now of off on once one only
or our out over please same she should so some still such than that the their them then there
these they this those through to too under until up us very via was we were what when where
which while who why will with would you your yours yet day days today yesterday hour hours week
ever even really much many lol omg hey hi hello thanks thank guys anyone someone
without every since again any time times new
le la les un une des du de d l et ou mais donc car ni que qui quoi quand ou est sont etre avoir
ai as a avez ont je tu il elle nous vous ils elles me te se mon ma mes ton ta tes son sa ses
notre nos votre vos leur leurs ce cet cette ces dans sur sous pour par avec sans pas plus moins
tres tout tous toute toutes y en au aux ne n c j s qu cest jai deja encore bonjour merci svp
fait faire depuis
i u na za se je su da ne ni li od do po sa s o k ka iz pa ali ili kao sto sta ja ti on ona mi
vi oni me te ga mu joj nam vam im moj moja moje tvoj vas nas taj ta to ovo ono bio bila bilo
biti sam si smo ste ce cu hoce vec jos samo sve svi kad kada gdje kako zasto danas jucer molim
hvala imam ima nema nisam nije bi evo
der die das ein eine einen und oder aber nicht ist sind war ich du er sie es wir ihr mit von zu
im auf fur bei seit noch schon heute bitte danke mein meine
el los las uno una y o pero no es son fue yo tu ella nosotros con por para sin mi mis su sus
lo del al que hoy ya muy gracias porfa
`;

export const STOPWORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter(Boolean));
