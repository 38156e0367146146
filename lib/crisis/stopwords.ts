// Words too common to name what a surge is about, in the languages Careline's users write
// (English, French, Croatian, German, Spanish), already accent-folded as tokenize() folds them.
// Written for this project: function words and the care-talk filler every complaint shares.
const WORDS = `
the and for are but not you your yours all any can had has have her him his how its our out was who why what when where
which will with would could should this that these those there their them they then than just from into about over
been being were does did doing dont cant wont isnt arent didnt doesnt im ive ill youre thats its get got getting
one two also still now today yet very really much more most some such only even back again ever never here
please thanks thank help hello anyone someone people guys lol omg via amp
nothing something anything everything work works working worked since time know want need like make made going gonna said says
les des une pour pas que qui est sur avec dans par plus tout tous mais ont son ses aux vous nous ils elle elles
cette ces mon mes ton tes leur leurs etre avoir fait faire comme bien encore deja aussi merci bonjour
sam nije nisam ali ima imam sto kad kako koji koja koje vam vas nas mene meni tebi ovo ono taj ova ovaj biti bio
bila jos samo vec sve svi molim hvala danas sada gdje zasto
der die das und ist nicht ein eine mit auf fur von sie wir ich aber noch schon nur auch bitte danke
los las una por para con que del como pero mas muy esta este esto hay gracias hola
`;

export const STOPWORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter(Boolean));
