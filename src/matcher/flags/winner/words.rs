//! The words of the who-won rule (`flags/winner.rs`), in English, German, French and
//! Spanish: verbs of a result and the part each side plays, nouns of a win or a defeat,
//! the prepositions that bring in the other side, and words of a contest. Lower case, as
//! the tokens' `norm`s are.

/// What the subject of a verb of a result did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Shape {
    /// The subject won against the object: "Arsenal beat Chelsea", de "besiegte", fr "a
    /// battu", es "venció a".
    Beat,
    /// The subject won, the other side (if any) after a preposition of [`AGAINST_LOSER`]:
    /// "Arsenal won 2-1 against Chelsea", de "gewann", fr "s'est imposé", es "ganó".
    Won,
    /// The subject lost, the winner (if any) after a preposition of [`AGAINST_WINNER`]:
    /// "Chelsea lost 2-1 to Arsenal", de "verlor gegen", fr "a perdu contre", es "perdió
    /// ante".
    Lost,
    /// The subject lost to the object, with no preposition: de "Rapid unterlag der Austria".
    LostTo,
    /// The subject attacked the object, read as "beat" is (the attacker as the winner):
    /// "Russia attacked Ukraine", "Israel struck Iran", "India shelled Pakistani
    /// positions". Its sides may be common nouns when no name stands there ("the police
    /// attacked the protesters", "Russian forces attacked Ukraine").
    Attacked,
    /// The subject fired something at the other side, told after a preposition of
    /// [`AT_TARGET`]: "Russia launched 120 drones at Ukraine", "fired missiles into
    /// Israel", fr "a tiré des roquettes sur Israël", es "lanzó misiles contra Ucrania".
    /// The subject is read as the winner, the target as the loser, its sides as those of
    /// [`Shape::Attacked`].
    Fired,
    /// The subject bought (or agreed to buy) the object: "Novaris agreed to buy Helixa",
    /// fr "va racheter", de "übernimmt", es "comprará", it "acquisirà", pt "vai comprar",
    /// nl "neemt … over". The buyer is read as the winner and the target as the loser of
    /// a result of its own class (a deal, [`Class::Deal`]); the buyer may stand before
    /// words of [`DEAL_LEADS`] ("agreed on Wednesday to buy"), the target after words
    /// that describe it ("U.S. biotech firm Helixa", `winner::deal_target`).
    Bought,
    /// The subject advised the object in a deal: "Goldman Sachs advised Novaris", fr "a
    /// conseillé", es "asesoró" ([`Class::Advice`]).
    Advised,
}

/// What a result tells: who won a game (or attacked, or was ahead in an election), who
/// bought whom, or who advised whom. Results of two classes are never compared.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Class {
    /// A game, an election or an attack: the winner and the loser.
    Game,
    /// A takeover: the buyer (as the winner) and the target (as the loser).
    Deal,
    /// An adviser (as the winner) and the side it advised (as the loser).
    Advice,
}

/// Whether a verb is told of a contest by itself ("s'est imposé", "siegte", "se impuso")
/// or only with a score, a contest word ([`CONTEST_WORDS`]) or the other side after it
/// ("won the derby", "won 2-1", "lost to Arsenal": not "won praise", "lost his life").
pub(super) type Alone = bool;

/// Verbs of a result: the word, what its subject did, whether it tells a contest alone,
/// whether German word order applies (the subject may stand after the verb: "Am Sonntag
/// gewann Rapid").
pub(super) const VERBS: &[(&str, Shape, Alone, bool)] = &[
    // English
    ("beat", Shape::Beat, true, false),
    ("beats", Shape::Beat, true, false),
    ("defeated", Shape::Beat, true, false),
    ("defeats", Shape::Beat, true, false),
    ("edged", Shape::Beat, true, false),
    ("overcame", Shape::Beat, true, false),
    ("thrashed", Shape::Beat, true, false),
    ("routed", Shape::Beat, true, false),
    ("downed", Shape::Beat, true, false),
    ("outplayed", Shape::Beat, true, false),
    ("trounced", Shape::Beat, true, false),
    ("crushed", Shape::Beat, true, false),
    ("whipped", Shape::Beat, true, false),
    ("upset", Shape::Beat, true, false),
    ("eliminated", Shape::Beat, true, false),
    ("knocked", Shape::Beat, true, false),
    ("won", Shape::Won, false, false),
    ("wins", Shape::Won, false, false),
    ("win", Shape::Won, false, false),
    ("lost", Shape::Lost, false, false),
    ("loses", Shape::Lost, false, false),
    ("lose", Shape::Lost, false, false),
    ("fell", Shape::Lost, false, false),
    ("falls", Shape::Lost, false, false),
    // German
    ("besiegte", Shape::Beat, true, true),
    ("besiegt", Shape::Beat, true, true),
    ("bezwang", Shape::Beat, true, true),
    ("schlug", Shape::Beat, true, true),
    ("gewann", Shape::Won, false, true),
    ("gewinnt", Shape::Won, false, true),
    // The participles at a German clause's end ("Die CDU hat die Wahl knapp gewonnen":
    // `winner::german_perfect`).
    ("gewonnen", Shape::Won, false, true),
    ("verloren", Shape::Lost, false, true),
    ("siegte", Shape::Won, true, true),
    ("verlor", Shape::Lost, false, true),
    ("verliert", Shape::Lost, false, true),
    ("unterlag", Shape::LostTo, true, true),
    // French
    ("battu", Shape::Beat, true, false),
    ("bat", Shape::Beat, true, false),
    ("vaincu", Shape::Beat, true, false),
    ("dominé", Shape::Beat, true, false),
    ("écrasé", Shape::Beat, true, false),
    ("éliminé", Shape::Beat, true, false),
    ("gagné", Shape::Won, false, false),
    ("remporté", Shape::Won, false, false),
    ("emporté", Shape::Won, true, false),
    ("imposé", Shape::Won, true, false),
    ("imposée", Shape::Won, true, false),
    ("imposés", Shape::Won, true, false),
    ("imposées", Shape::Won, true, false),
    ("impose", Shape::Won, true, false),
    ("perdu", Shape::Lost, false, false),
    ("incliné", Shape::Lost, true, false),
    ("inclinée", Shape::Lost, true, false),
    ("inclinés", Shape::Lost, true, false),
    ("incline", Shape::Lost, true, false),
    // Spanish
    ("venció", Shape::Beat, true, false),
    ("derrotó", Shape::Beat, true, false),
    ("goleó", Shape::Beat, true, false),
    ("superó", Shape::Beat, true, false),
    ("eliminó", Shape::Beat, true, false),
    ("batió", Shape::Beat, true, false),
    ("ganó", Shape::Won, false, false),
    ("gana", Shape::Won, false, false),
    ("impuso", Shape::Won, true, false),
    ("perdió", Shape::Lost, false, false),
    ("pierde", Shape::Lost, false, false),
    ("cayó", Shape::Lost, false, false),
    // Italian and Portuguese (trial 39 N2: "ha vinto le elezioni").
    ("vinto", Shape::Won, false, false),
    ("vince", Shape::Won, false, false),
    ("vinse", Shape::Won, false, false),
    ("sconfitto", Shape::Beat, true, false),
    // Trial 40: "Il Napoli ha battuto la Juventus", "O Benfica derrotou o FC Porto", "Ajax
    // versloeg PSV" (Dutch word order as German's).
    ("battuto", Shape::Beat, true, false),
    ("derrotou", Shape::Beat, true, false),
    ("versloeg", Shape::Beat, true, true),
    ("versloegen", Shape::Beat, true, true),
    ("perso", Shape::Lost, false, false),
    ("venceu", Shape::Won, false, false),
    ("ganhou", Shape::Won, false, false),
    ("perdeu", Shape::Lost, false, false),
    // Who attacked whom (trial 37: "Russia attacked Ukraine" / "Ukraine attacked Russia"
    // went unflagged): the attacker is read as a winner, the attacked as a loser, so the
    // two roles swapped are a crossed result.
    ("attacked", Shape::Attacked, true, false),
    ("invaded", Shape::Attacked, true, false),
    ("shelled", Shape::Attacked, true, false),
    ("ambushed", Shape::Attacked, true, false),
    ("attaqué", Shape::Attacked, true, false),
    ("envahi", Shape::Attacked, true, false),
    ("atacó", Shape::Attacked, true, false),
    ("invadió", Shape::Attacked, true, false),
    ("attaccato", Shape::Attacked, true, false),
    ("invaso", Shape::Attacked, true, false),
    ("atacou", Shape::Attacked, true, false),
    ("invadiu", Shape::Attacked, true, false),
    ("überfiel", Shape::Attacked, true, true),
    // Other hostile verbs of one side against another (trial 38: "Israel struck Iran",
    // "Russia hit Ukraine", "Israel bombed Gaza" went unflagged when swapped).
    ("struck", Shape::Attacked, true, false),
    ("strikes", Shape::Attacked, true, false),
    ("hit", Shape::Attacked, true, false),
    ("hits", Shape::Attacked, true, false),
    ("bombed", Shape::Attacked, true, false),
    ("bombarded", Shape::Attacked, true, false),
    ("raided", Shape::Attacked, true, false),
    ("targeted", Shape::Attacked, true, false),
    ("pounded", Shape::Attacked, true, false),
    ("attacks", Shape::Attacked, true, false),
    ("invades", Shape::Attacked, true, false),
    ("frappé", Shape::Attacked, true, false),
    ("bombardé", Shape::Attacked, true, false),
    ("pilonné", Shape::Attacked, true, false),
    ("bombardeó", Shape::Attacked, true, false),
    ("golpeó", Shape::Attacked, true, false),
    ("colpito", Shape::Attacked, true, false),
    ("bombardato", Shape::Attacked, true, false),
    ("bombardeou", Shape::Attacked, true, false),
    ("atingiu", Shape::Attacked, true, false),
    ("bombardierte", Shape::Attacked, true, true),
    ("beschoss", Shape::Attacked, true, true),
    ("launched", Shape::Fired, false, false),
    ("launches", Shape::Fired, false, false),
    ("fired", Shape::Fired, false, false),
    ("fires", Shape::Fired, false, false),
    ("lobbed", Shape::Fired, false, false),
    ("lancé", Shape::Fired, false, false),
    ("tiré", Shape::Fired, false, false),
    ("lanzó", Shape::Fired, false, false),
    ("disparó", Shape::Fired, false, false),
    ("lanciato", Shape::Fired, false, false),
    ("lançou", Shape::Fired, false, false),
    ("disparou", Shape::Fired, false, false),
    ("feuerte", Shape::Fired, false, true),
    // Trial 40 T3: es present "vence", pt "venceu" (`TRANSITIVE_WINS`), es "conquistó la
    // Copa"; a win told by an infinitive or a gerund whose subject is the main clause's
    // ("al imponerse por 2-1 al Athletic", "tras derrotar 2-1 al Athletic": `INHERIT`).
    ("vence", Shape::Won, false, false),
    ("vencem", Shape::Won, false, false),
    ("venceram", Shape::Won, false, false),
    ("conquistó", Shape::Won, false, false),
    ("conquista", Shape::Won, false, false),
    ("conquistou", Shape::Won, false, false),
    ("batte", Shape::Beat, true, false),
    ("imponerse", Shape::Won, true, false),
    ("imponiéndose", Shape::Won, true, false),
    ("imponendosi", Shape::Won, true, false),
    ("imposant", Shape::Won, true, false),
    ("derrotar", Shape::Beat, true, false),
    ("derrotando", Shape::Beat, true, false),
    ("vencer", Shape::Beat, true, false),
    ("venciendo", Shape::Beat, true, false),
    ("vencendo", Shape::Beat, true, false),
    ("battendo", Shape::Beat, true, false),
    ("battant", Shape::Beat, true, false),
    // Trial 40 T2: who bought whom, and who advised whom.
    ("buy", Shape::Bought, true, false),
    ("buys", Shape::Bought, true, false),
    ("bought", Shape::Bought, true, false),
    ("acquire", Shape::Bought, true, false),
    ("acquires", Shape::Bought, true, false),
    ("acquired", Shape::Bought, true, false),
    ("purchase", Shape::Bought, true, false),
    ("purchases", Shape::Bought, true, false),
    ("purchased", Shape::Bought, true, false),
    ("racheter", Shape::Bought, true, false),
    ("rachète", Shape::Bought, true, false),
    ("rachètera", Shape::Bought, true, false),
    ("racheté", Shape::Bought, true, false),
    ("acquérir", Shape::Bought, true, false),
    ("acquiert", Shape::Bought, true, false),
    ("übernimmt", Shape::Bought, true, true),
    ("übernahm", Shape::Bought, true, true),
    ("kauft", Shape::Bought, true, true),
    ("kaufte", Shape::Bought, true, true),
    ("erwirbt", Shape::Bought, true, true),
    ("erwarb", Shape::Bought, true, true),
    ("comprará", Shape::Bought, true, false),
    ("compró", Shape::Bought, true, false),
    ("comprar", Shape::Bought, true, false),
    ("adquirirá", Shape::Bought, true, false),
    ("adquirió", Shape::Bought, true, false),
    ("adquiere", Shape::Bought, true, false),
    ("adquirir", Shape::Bought, true, false),
    ("acquisirà", Shape::Bought, true, false),
    ("acquisisce", Shape::Bought, true, false),
    ("acquisire", Shape::Bought, true, false),
    ("acquisito", Shape::Bought, true, false),
    ("comprerà", Shape::Bought, true, false),
    ("comprare", Shape::Bought, true, false),
    ("acquista", Shape::Bought, true, false),
    ("acquisterà", Shape::Bought, true, false),
    ("acquistato", Shape::Bought, true, false),
    ("adquire", Shape::Bought, true, false),
    ("adquiriu", Shape::Bought, true, false),
    ("comprou", Shape::Bought, true, false),
    ("neemt", Shape::Bought, true, true),
    ("nam", Shape::Bought, true, true),
    ("koopt", Shape::Bought, true, true),
    ("kocht", Shape::Bought, true, true),
    ("advised", Shape::Advised, true, false),
    ("advises", Shape::Advised, true, false),
    ("conseillé", Shape::Advised, true, false),
    ("conseille", Shape::Advised, true, false),
    ("asesoró", Shape::Advised, true, false),
    ("asesora", Shape::Advised, true, false),
    ("beriet", Shape::Advised, true, true),
    ("berät", Shape::Advised, true, true),
    ("assessorou", Shape::Advised, true, false),
    ("adviseerde", Shape::Advised, true, true),
];

/// Verbs of a win told by an infinitive or a gerund, whose subject is that of the main
/// clause: the winner of the result read before it in the sentence, else the name that
/// opens the sentence ("El Betis ganó la final al imponerse por 2-1 al Athletic", "El
/// Betis se proclamó campeón tras derrotar 2-1 al Athletic").
pub(super) const INHERIT: &[&str] = &[
    "imponerse",
    "imponiéndose",
    "imponendosi",
    "imposant",
    "derrotar",
    "derrotando",
    "vencer",
    "venciendo",
    "vencendo",
    "battendo",
    "battant",
];

/// Portuguese verbs of a win whose object is the loser when it is a name with no word of
/// a contest ("O Benfica venceu o FC Porto", but "venceu a Taça"): read as "beat" then.
pub(super) const TRANSITIVE_WINS: &[&str] = &["venceu", "vence", "vencem", "venceram"];

/// Dutch verbs of a takeover told with "over" after the target ("Novaris neemt Helixa
/// over"): no takeover without it ("neemt deel").
pub(super) const TAKES_OVER: &[&str] = &["neemt", "nam"];

/// Words between a buyer and its verb of a takeover, besides auxiliaries and dates:
/// "Novaris agreed on Wednesday to buy", "va racheter", "vai comprar", "plans to acquire".
pub(super) const DEAL_LEADS: &[&str] = &[
    "to", "agreed", "agrees", "agree", "will", "would", "plans", "planned", "wants", "offered",
    "offers", "moved", "on", "is", "has", "had", "va", "vont", "veut", "accepté", "de", "d", "vai",
    "vão", "quer", "acordó", "acuerda", "quiere", "a", "vuole", "intende", "wil", "gaat", "zal",
    "also", "finally", "now",
];

/// Words that end a target's description before its price or manner ("buy Helixa for
/// $12.4 billion", "pour 12,4 milliards", "für", "por", "per", "voor", "in a deal").
pub(super) const DEAL_ENDS: &[&str] = &[
    "for", "in", "pour", "für", "por", "per", "voor", "para", "with", "avec", "mit", "con", "met",
    "com",
];

/// Words after a noun of a part that make the target that part of a company ("the gene
/// therapy unit of Novaris" is another target than Novaris).
pub(super) const PART_OF: &[&str] = &[
    "of", "de", "du", "des", "di", "del", "della", "do", "da", "von", "van",
];

/// Past participles of a passive takeover, the target before and the buyer after a word
/// of [`BY`]: "Helixa was acquired by Novaris", fr "a été rachetée par", es "fue adquirida
/// por", it "è stata acquisita da", pt "foi comprada pela", nl "werd overgenomen door".
pub(super) const DEAL_PASSIVE: &[&str] = &[
    "acquired",
    "bought",
    "purchased",
    "racheté",
    "rachetée",
    "rachetés",
    "acquis",
    "acquise",
    "adquirida",
    "adquirido",
    "comprada",
    "comprado",
    "acquisita",
    "acquisito",
    "acquistata",
    "acquistato",
    "overgenomen",
    "gekocht",
];

/// Past participles of a passive advice, the adviser after a word of [`BY`]: "Novaris was
/// advised by Goldman Sachs", fr "conseillé par", es "asesorada por".
pub(super) const ADVICE_PASSIVE: &[&str] = &[
    "advised",
    "conseillé",
    "conseillée",
    "asesorada",
    "asesorado",
];

/// Prepositions after what a verb of [`Shape::Fired`] fired that bring in the target: "at
/// Ukraine", "into Israel", "against Kyiv", fr "sur", "contre", es "contra", "sobre", it
/// "contro", "su", de "auf".
pub(super) const AT_TARGET: &[&str] = &[
    "at", "into", "against", "on", "toward", "towards", "sur", "contre", "vers", "contra", "sobre",
    "hacia", "contro", "su", "verso", "auf", "gegen",
];

/// Prepositions that tell whose country a person is after the person's name, in the
/// seven languages ("Daniel Kiprop of Kenya", "from Kenya", fr "du Kenya", es "de Kenia",
/// de "aus Kenia", it "del Kenya", pt "do Quénia", nl "uit Kenia"): a winner told so is
/// the person, not the country (trial 44). Lower case.
pub(super) const FROM_COUNTRY: &[&str] = &[
    "of", "from", "de", "du", "des", "del", "aus", "di", "dal", "da", "do", "uit", "van",
];

/// Words that end a side told by common nouns (of [`Shape::Attacked`] and
/// [`Shape::Fired`]) besides stop words:
/// prepositions of a place or a time ("attacked the protesters outside parliament").
pub(super) const SIDE_ENDS: &[&str] = &[
    "outside",
    "inside",
    "near",
    "along",
    "across",
    "around",
    "overnight",
    "amid",
    "early",
    "late",
    "yesterday",
    "today",
    "despite",
];

/// Past participles of a passive result, the loser before and the winner after a word of
/// [`BY`]: "Chelsea were beaten by Arsenal", fr "a été battu par", es "fue derrotado por".
pub(super) const PASSIVE: &[&str] = &[
    "beaten",
    "defeated",
    "edged",
    "thrashed",
    "routed",
    "downed",
    "outplayed",
    "trounced",
    "crushed",
    "whipped",
    "upset",
    "eliminated",
    "battu",
    "battue",
    "battus",
    "battues",
    "vaincu",
    "vaincue",
    "vaincus",
    "éliminé",
    "éliminée",
    "éliminés",
    "derrotado",
    "derrotada",
    "derrotados",
    "derrotadas",
    "vencido",
    "vencida",
    "vencidos",
    "eliminado",
    "eliminada",
    // Attacked by (the attacker after "by"): "Ukraine was attacked by Russia".
    "attacked",
    "invaded",
    "shelled",
    "ambushed",
    "attaqué",
    "attaquée",
    "atacado",
    "atacada",
    "attaccato",
    "attaccata",
    "struck",
    "hit",
    "bombed",
    "bombarded",
    "raided",
    "targeted",
    "pounded",
    "frappé",
    "frappée",
    "bombardé",
    "bombardée",
    "bombardeado",
    "bombardeada",
    "colpito",
    "colpita",
    "bombardato",
    "bombardata",
];

/// Words between a subject and its verb of a result: auxiliaries and reflexives ("a
/// battu", "s'est imposé" (the "s'" is no token), "l'a emporté", "se impuso", "ha
/// ganado", "was beaten", "has beaten").
pub(super) const AUXILIARIES: &[&str] = &[
    "a", "ont", "avait", "est", "sont", "été", "se", "ha", "han", "había", "fue", "fueron", "hat",
    "haben", "was", "were", "been", "is", "are", "has", "have", "had", "hanno", "aveva", "stata",
    "stato", "foi", "werd",
];

/// German auxiliaries of a perfect whose participle ends the clause ("Die CDU *hat* die
/// Wahl knapp gewonnen", `winner::german_perfect`).
pub(super) const GERMAN_PERFECT: &[&str] = &["hat", "haben", "hatte", "hatten"];

/// Prepositions after a verb of a loss or a noun of a defeat that bring in the winner:
/// "lost to Arsenal", "verlor gegen", "a perdu contre", "perdió ante" ("face à", "frente
/// a": the first word, then "à" / "a" skipped).
pub(super) const AGAINST_WINNER: &[&str] = &[
    "to", "against", "gegen", "contre", "face", "devant", "ante", "contra", "frente", "contro",
];

/// Prepositions after a verb of a win or a noun of a win that bring in the loser: "won
/// against Chelsea", "a win over Chelsea", "Sieg gegen", "victoire sur", "victoria ante".
pub(super) const AGAINST_LOSER: &[&str] = &[
    "against", "over", "gegen", "über", "contre", "sur", "face", "devant", "ante", "contra",
    "frente", "sobre", "contro", "al",
];

/// Nouns of a win: whose (a genitive before, "for X", "de X" after) is the winner.
pub(super) const WIN_NOUNS: &[&str] = &[
    "win", "victory", "triumph", "victoire", "sieg", "victoria", "triunfo",
];

/// Nouns of a defeat: whose is the loser ("Chelsea's defeat", "défaite de Rapid"), but
/// "X's defeat of Y" (X won).
pub(super) const LOSS_NOUNS: &[&str] = &["defeat", "loss", "défaite", "niederlage", "derrota"];

/// Words after a noun of a result that bring in whose it is: "a victory for Arsenal",
/// "victoire de Rapid", "victoria del Betis", "Sieg für Rapid", "Niederlage von Rapid".
pub(super) const OWNER: &[&str] = &[
    "for", "of", "für", "von", "pour", "de", "du", "des", "para", "del",
];

/// Words of a contest that a verb of a result may win or lose (words of an election:
/// [`ELECTIONS`]), beyond the outcome flag's contests (`outcome::CONTESTS`: "election",
/// "match", "final" …): "won the derby", "a gagné le match", "ganó el partido", "gewann
/// das Spiel".
pub(super) const CONTEST_WORDS: &[&str] = &[
    "derby",
    "derbi",
    "clásico",
    "meeting",
    "encounter",
    "clash",
    "leg",
    "semi-final",
    "semifinal",
    "quarter-final",
    "quarterfinal",
    "rencontre",
    "duel",
    "duelo",
    "partido",
    "encuentro",
    "spiel",
    "finale",
    "titre",
    "título",
    "pokal",
    "coupe",
    "copa",
    "partita",
    "taça",
    "jogo",
    "coppa",
    "campeonato",
    // Trial 43 A1: a race is one contest ("Kiprop won the marathon" / "Cheruiyot won the
    // marathon"); the race nouns of the place flags (`lexicon::races::CITY_RACES`) are
    // read as contest words too (`winner::contest_word`).
    "sprint",
    "etappe",
    "étape",
    "etapa",
    "tappa",
];

/// Words of an election, in the languages of [`VERBS`]: one contest whichever word tells
/// it ("won the election" / "gewann die Landtagswahl", `winner::contest_word`); German
/// compounds ending in "-wahl" or "-wahlen" are read as one too.
pub(super) const ELECTIONS: &[&str] = &[
    "election",
    "elections",
    "by-election",
    "élection",
    "élections",
    "wahl",
    "wahlen",
    "elección",
    "elecciones",
    "scrutin",
    "elezioni",
    "elezione",
    "eleições",
    "eleição",
];

/// Words that bring in the side a winner came out ahead of, after its verb of a win and
/// anywhere later in its clause, past a comma ("The CDU narrowly won the election on
/// Sunday, ahead of the AfD", "Labour won the by-election, beating Reform UK", de "knapp
/// vor der AfD", fr "devant l'AfD", es "por delante de la AfD", it "davanti all'AfD", pt
/// "à frente do PS"): each as the words in a row, the last one before the loser's name.
pub(super) const AHEAD: &[&[&str]] = &[
    &["ahead", "of"],
    &["beating"],
    &["defeating"],
    &["vor"],
    &["devant"],
    &["devançant"],
    &["por", "delante", "de"],
    &["por", "delante", "del"],
    &["superando", "a"],
    &["superando", "al"],
    &["davanti", "a"],
    &["davanti", "al"],
    &["davanti", "alla"],
    &["davanti"],
    &["à", "frente", "de"],
    &["à", "frente", "do"],
    &["à", "frente", "da"],
];

/// Words that end the clause a winner's [`AHEAD`] is looked for in ("Labour won Runcorn,
/// while the Conservatives …").
pub(super) const OTHER_CLAUSE: &[&str] = &[
    "while", "whereas", "but", "während", "tandis", "alors", "mais", "mientras", "pero", "mentre",
    "ma", "enquanto", "mas",
];

/// Words of the first place in an election, with no verb of a win: the side named first
/// in its clause came first ("Die AfD ist stärkste Kraft geworden", "AfD knapp vor CDU
/// stärkste Kraft", "The CDU became the largest party"); each as the words in a row.
pub(super) const FIRST_PLACE: &[&[&str]] = &[
    &["stärkste", "kraft"],
    &["stärkste", "partei"],
    &["largest", "party"],
    &["biggest", "party"],
    &["strongest", "party"],
    &["premier", "parti"],
    &["primera", "fuerza"],
    &["primo", "partito"],
];

/// Adverbs between a subject and its verb of a result ("The CDU narrowly won", "Die CDU
/// gewinnt knapp"), skipped as auxiliaries are; English ones in "-ly" and Romance ones in
/// "-mente" are read by their ending (`winner::before_auxiliaries`).
pub(super) const ADVERBS: &[&str] = &[
    "again",
    "also",
    "knapp",
    "klar",
    "deutlich",
    "erneut",
    "largement",
    "nettement",
    "facilement",
    "finalement",
    "aussi",
];

/// Words that open a German sentence before its verb when the subject stands after it
/// ("Am Sonntag gewann Rapid", "Im Derby verlor Rapid"): prepositions with or without an
/// article, and adverbs of time.
pub(super) const GERMAN_OPENERS: &[&str] = &[
    "am",
    "im",
    "beim",
    "vom",
    "zum",
    "zur",
    "in",
    "an",
    "auf",
    "nach",
    "vor",
    "mit",
    "gegen",
    "bei",
    "gestern",
    "heute",
    "damals",
    "zuletzt",
    "dann",
    "danach",
    "schließlich",
    "erneut",
    "auch",
    "zuvor",
    "letzte",
    "letzten",
];
