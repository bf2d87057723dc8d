//! Speech verbs of French, Spanish, Italian, Portuguese, German and Dutch: one list per
//! language, read by the speaker finder (`speakers/foreign.rs`: "..., a déclaré Jean
//! Dupont", "..., sagte Hans Müller") and by the statement parts (`part/romance.rs`,
//! `part/foreign.rs`: the attribution frames "Le préfet a déclaré : « … »", "..., sagte
//! der Sprecher"). Lower case, as the tokens' `norm`s are: past participles after an
//! auxiliary ("a déclaré", "ha dicho"), simple past and present tenses ("dijo", "sagte",
//! "zei"). Their "according to" too, one word before the source ("selon la police",
//! "laut Hans Müller"), read by the same two.

/// Verbs of saying after which a reported clause starts, in seven languages ("Verhoef
/// said production … would continue", "The hospital said 14 patients were moved"): the
/// one list of the outcome rules that read a clause after it (`outcome/operations.rs`,
/// `outcome/fates.rs`).
pub(in crate::matcher) const SAID_THAT: &[&str] = &[
    "said",
    "says",
    "told",
    "announced",
    "reported",
    "confirmed",
    "dit",
    "déclaré",
    "annoncé",
    "indiqué",
    "dijo",
    "informó",
    "afirmó",
    "detto",
    "riferito",
    "disse",
    "sagte",
    "sagten",
    "teilte",
    "zegt",
];

/// French speech verbs.
pub(in crate::matcher) const FRENCH: &[&str] = &[
    "déclaré",
    "dit",
    "affirmé",
    "indiqué",
    "expliqué",
    "ajouté",
    "précisé",
    "souligné",
    "assuré",
    "annoncé",
    "confié",
    "estimé",
    "raconté",
    "confirmé",
    "rapporté",
    "insisté",
    "martelé",
    "reconnu",
    "averti",
    "déploré",
    "répondu",
    "commenté",
    "témoigné",
    "poursuivi",
    "conclu",
    "rappelé",
    "signalé",
    "appris",
    "déclare",
    "affirme",
    "indique",
    "explique",
    "ajoute",
    "précise",
    "souligne",
    "assure",
    "annonce",
    "estime",
    "raconte",
    "confirme",
    "rapporte",
    "insiste",
    "reconnaît",
    "répond",
    "poursuit",
    "rappelle",
    "témoigne",
    "déclara",
    "affirma",
    "ajouta",
    "expliqua",
    "indiqua",
    "précisa",
    "répondit",
    // Admitting (trial 42 D1); "admis" is also admitted to a hospital, left out.
    "avoué",
    "avoue",
    "admet",
];

/// Spanish speech verbs.
pub(in crate::matcher) const SPANISH: &[&str] = &[
    "dijo",
    "dijeron",
    "afirmó",
    "afirmaron",
    "declaró",
    "declararon",
    "explicó",
    "aseguró",
    "aseguraron",
    "añadió",
    "agregó",
    "indicó",
    "señaló",
    "informó",
    "precisó",
    "comentó",
    "manifestó",
    "sostuvo",
    "advirtió",
    "advirtieron",
    "alertó",
    "alertaron",
    "confirmó",
    "relató",
    "subrayó",
    "insistió",
    "dice",
    "dicen",
    "afirma",
    "asegura",
    "explica",
    "señala",
    "indica",
    "añade",
    "agrega",
    "dicho",
    "afirmado",
    "declarado",
    "explicado",
    "asegurado",
    "señalado",
    "indicado",
    "informado",
    "añadido",
    // Admitting and conceding (trial 42 D1: "…", reconoció Sinner).
    "reconoció",
    "reconocieron",
    "admitió",
    "admitieron",
    "reconocido",
    "admitido",
    // Announcing (trial 43 D: "Recurriremos", anunció Roca).
    "anunció",
    "anunciaron",
    "anunciado",
];

/// Italian speech verbs ("ha detto il prefetto").
pub(in crate::matcher) const ITALIAN: &[&str] = &[
    "detto",
    "dichiarato",
    "affermato",
    "spiegato",
    "aggiunto",
    "sottolineato",
    "riferito",
    "dice",
    "afferma",
    "spiega",
    "aggiunge",
    "disse",
    "dichiarò",
    // Stressing, assuring, admitting (trial 42 D1).
    "ribadito",
    "precisato",
    "assicurato",
    "osservato",
    "confermato",
    "ammette",
    // Telling (trial 44: "ha raccontato un vicino, Gennaro Esposito", "racconta").
    "raccontato",
    "racconta",
    "raccontò",
    "raccontano",
];

/// Portuguese speech verbs ("disse o prefeito"; "disse" is in [`ITALIAN`] too).
pub(in crate::matcher) const PORTUGUESE: &[&str] = &[
    "disse",
    "afirmou",
    "declarou",
    "explicou",
    "acrescentou",
    "contou",
    "informou",
    "relatou",
    "diz",
    "dizem",
    "afirma",
    "disseram",
    "afirmaram",
    "declararam",
    "explicaram",
    "acrescentaram",
    "informaram",
    "relataram",
    "referiu",
    "referiram",
    "adiantou",
    "adiantaram",
    "indicou",
    "garantiu",
    "sublinhou",
    "salientou",
    "confirmou",
    "confirmaram",
    "anunciou",
    "anunciaram",
    // Admitting and assuring (trial 42 D1: "reconheceu o autarca").
    "reconheceu",
    "admitiu",
    "assegurou",
    "frisou",
    "reconheceram",
    "admitiram",
];

/// German speech verbs ("..., sagte Hans Müller", "teilte die Polizei mit").
pub(in crate::matcher) const GERMAN: &[&str] = &[
    "sagte",
    "sagten",
    "sagt",
    "erklärte",
    "erklärten",
    "berichtete",
    "berichteten",
    "betonte",
    "betonten",
    "teilte",
    "teilten",
    "mitteilte",
    "mitteilten",
    // Admitting, adding, assuring (trial 42 D1: "räumte X ein", "ergänzte X").
    "meinte",
    "ergänzte",
    // Adding, its particle after the speaker ("fügte er hinzu", "fügte Gruber hinzu").
    "fügte",
    "fügten",
    "räumte",
    "versicherte",
    "bestätigte",
    "erklärt",
    "betont",
];

/// Dutch speech verbs ("..., zei de burgemeester", ", meldt het RIVM."), singular and
/// plural.
pub(in crate::matcher) const DUTCH: &[&str] = &[
    "zei",
    "zeiden",
    "zegt",
    "zeggen",
    "verklaarde",
    "verklaarden",
    "verklaart",
    "meldt",
    "meldde",
    "melden",
    "meldden",
    "stelt",
    "stelde",
    "schrijft",
    "schreef",
    // Calling and stressing (trial 42 D1: "Dassen noemde de vraag …").
    "noemde",
    "noemden",
    "noemt",
    "benadrukte",
    "benadrukt",
    "erkende",
    "erkent",
    // Adding, its particle after the speaker ("voegde hij toe", "voegde Jansen eraan toe").
    "voegde",
    "voegden",
];

/// Personal pronouns of the one who speaks, written right before or after a speech verb
/// of French or Dutch, which write the subject ("…, a-t-il ajouté", "dit-elle", "il a
/// déclaré", "zei hij", "voegde ze toe"): "he" of "he added" (`speakers/pronouns.rs`).
/// German's are [`GERMAN_SPEAKING_PRONOUNS`]. Lower case.
pub(in crate::matcher) const SPEAKING_PRONOUNS: &[&str] = &["il", "elle", "hij", "zij", "ze"];

/// German personal pronouns of the one who speaks ("fügte er hinzu", "sagte sie", "er
/// sagte"), read as [`SPEAKING_PRONOUNS`] are; German capitalises its nouns, so the
/// capitalised words of a quotation before them name no one else who might speak
/// (`speakers/pronouns.rs`). Lower case.
pub(in crate::matcher) const GERMAN_SPEAKING_PRONOUNS: &[&str] = &["er", "sie"];

/// Personal pronouns of the one who speaks in Spanish, Italian and Portuguese, read only
/// right after the speech verb (", dijo él", ", ha detto lei", ", disse ela"): before a
/// verb "lui" is French "to him" ("lui a dit"). Those languages mostly leave the subject
/// out (", añadió.", [`drops_subject`]). Lower case.
pub(in crate::matcher) const ROMANCE_SPEAKING_PRONOUNS: &[&str] =
    &["él", "ella", "lui", "lei", "ele", "ela"];

/// Whether `w` (lower case) is a speech verb of Spanish, Italian or Portuguese, languages
/// that leave out a pronoun subject ("«…», añadió.", "\"…\", ha aggiunto.", "\"…\",
/// acrescentou.": he added; `speakers/pronouns.rs`).
pub(in crate::matcher) fn drops_subject(w: &str) -> bool {
    SPANISH.contains(&w) || ITALIAN.contains(&w) || PORTUGUESE.contains(&w)
}

/// Verbs of confirming, reporting and announcing in the present tense, singular and
/// plural, in seven languages ("Police confirm that …", "the ministry reports that …", "la
/// police confirme que …", "la policía confirma que …", "la polizia conferma che …", "a
/// polícia confirma que …", "die Polizei bestätigt, dass …", "de politie bevestigt dat
/// …"): a reporting frame before "that" (or its colon), cut from an accepted claim's span
/// as "X said that" is (`part/frames.rs`, `part/romance.rs`, `part/foreign.rs`; trial 55,
/// "22:10 – Police confirm that one person has died: …" kept its frame). Read by the
/// frames only, never as a speaker's verb. Lower case.
pub(in crate::matcher) const PRESENT_REPORTS: &[&str] = &[
    "confirm",
    "confirms",
    // "report" alone is left out: the noun ("according to a police report released
    // Tuesday") is written as often as the verb.
    "reports",
    "announce",
    "announces",
    "confirme",
    "confirment",
    "annoncent",
    "rapportent",
    "confirma",
    "confirman",
    "anuncia",
    "anuncian",
    "informa",
    "informan",
    "conferma",
    "confermano",
    "annuncia",
    "annunciano",
    "riferisce",
    "riferiscono",
    "confirmam",
    "anunciam",
    "informam",
    "bestätigt",
    "bestätigen",
    "berichtet",
    "berichten",
    "bevestigt",
    "bevestigen",
];

/// Whether `w` (lower case) is a verb of [`PRESENT_REPORTS`].
pub(in crate::matcher) fn is_present_report(w: &str) -> bool {
    PRESENT_REPORTS.contains(&w)
}

/// Possessive determiners of the third person before a role in French, Spanish, Italian,
/// Portuguese, German and Dutch ("dijo su abogado, Pedro Lanza", "a déclaré son avocat",
/// "sagte sein Anwalt"), read by the speaker finder as English "his" and "her" are
/// (`speakers/roles.rs`, `speakers/described.rs`; trial 43 D). Lower case.
pub(in crate::matcher) const POSSESSIVE_DETERMINERS: &[&str] = &[
    "son", "sa", "ses", "leur", "leurs", "su", "sus", "suo", "sua", "suoi", "sue", "seu", "seus",
    "suas", "sein", "seine", "seinem", "seiner", "ihr", "ihre", "ihrem", "ihrer", "zijn", "hun",
];

/// Forms of Dutch "laten" before "weten" in "liet … weten" ("let know", a speech verb of
/// two words: "…, liet burgemeester Aboutaleb weten"; `speakers/find.rs`).
pub(in crate::matcher) const DUTCH_LET: &[&str] = &["liet", "lieten", "laat", "laten"];

/// Forms of French "faire" before "savoir" in "faire savoir" ("make known", a speech verb
/// of two words: "…, a fait savoir le préfet", "La préfecture a fait savoir que …";
/// `speakers/find.rs`; trial 44). "savoir" alone is "to know".
pub(in crate::matcher) const FRENCH_MAKE: &[&str] = &[
    "fait",
    "fit",
    "faisait",
    "fera",
    "font",
    "firent",
    "faisaient",
    "feront",
];

/// Whether `word` (lower case) is the second word of a speech verb of two words, with the
/// words `before` it (lower case, the nearest last): French "savoir" right after a form of
/// "faire" ([`FRENCH_MAKE`]: "a fait savoir"), Dutch "weten" at most four words after a
/// form of "laten" ([`DUTCH_LET`]: "liet burgemeester Aboutaleb weten"). Read by the
/// attribution frames (`part/romance.rs`), as the speaker finder reads the two
/// (`speakers/find.rs`).
pub(in crate::matcher) fn ends_two_word_speech(word: &str, before: &[&str]) -> bool {
    match word {
        "savoir" => before.last().is_some_and(|w| FRENCH_MAKE.contains(w)),
        "weten" => before.iter().rev().take(4).any(|w| DUTCH_LET.contains(w)),
        _ => false,
    }
}

/// Words for "himself" or "herself" between an article and a name in Spanish, Portuguese
/// and Italian ("declaró el propio Roca", "disse o próprio Costa"): no title of the name
/// (`speakers.rs`). Lower case.
pub(in crate::matcher) const SELF_WORDS: &[&str] =
    &["propio", "propia", "próprio", "própria", "stesso", "stessa"];

/// Words of the lists above that are English words too ("dice", "assure"): the speaker
/// finder reads every sentence, English ones included, and leaves them out.
pub(in crate::matcher) const ENGLISH_HOMOGRAPHS: &[&str] = &["dice", "assure"];

/// Whether `w` (lower case) is a speech verb of French, Spanish, Italian or Portuguese.
///
/// One lookup in a set of the four lists built once (the attribution frames ask it of
/// every word of every sentence a corpus loads).
pub(in crate::matcher) fn is_romance(w: &str) -> bool {
    use crate::matcher::text::FxHasher;
    type Set = std::collections::HashSet<&'static str, std::hash::BuildHasherDefault<FxHasher>>;
    static WORDS: std::sync::OnceLock<Set> = std::sync::OnceLock::new();
    WORDS
        .get_or_init(|| {
            [FRENCH, SPANISH, ITALIAN, PORTUGUESE]
                .into_iter()
                .flatten()
                .copied()
                .collect()
        })
        .contains(w)
}

/// Whether `w` (lower case) is a speech verb of any of the six languages and not an
/// English word ([`ENGLISH_HOMOGRAPHS`]).
pub(in crate::matcher) fn is_foreign(w: &str) -> bool {
    (is_romance(w) || GERMAN.contains(&w) || DUTCH.contains(&w)) && !ENGLISH_HOMOGRAPHS.contains(&w)
}

/// "According to" of French, Spanish, Italian and Portuguese, one word before the source
/// ("selon la police", "según la policía", "secondo la polizia", "segundo a polícia"). The
/// two-word forms are read where they are tokenised: "d'après" (`speakers/foreign.rs`,
/// `part/romance.rs`), "de acuerdo con", "de acordo com" (`part/romance.rs`).
const ROMANCE_ACCORDING: &[&str] = &["selon", "según", "secondo", "segundo"];

/// "According to" of German and Dutch ("laut Hans Müller", "volgens de politie", ",
/// aldus de NVWA."). The German attribution frames read "Laut ..." by its own shapes
/// (`part/foreign.rs`).
const GERMANIC_ACCORDING: &[&str] = &["laut", "volgens", "aldus"];

/// Whether `w` (lower case) is "according to" in French, Spanish, Italian or Portuguese
/// ([`ROMANCE_ACCORDING`]): the attribution frames of `part/romance.rs`.
pub(in crate::matcher) fn is_romance_according(w: &str) -> bool {
    ROMANCE_ACCORDING.contains(&w)
}

/// Whether `w` (lower case) is a Dutch speech verb ([`DUTCH`]) or "according to"
/// ("volgens", "aldus"): the attribution frames of `part/romance.rs` read Dutch by the
/// same shapes (", meldt het RIVM.", ", aldus de NVWA.", "Het RIVM meldt dat …").
pub(in crate::matcher) fn is_dutch(w: &str) -> bool {
    DUTCH.contains(&w)
}

/// Whether `w` (lower case) is Dutch "according to" ("volgens de politie", ", aldus de
/// NVWA.").
pub(in crate::matcher) fn is_dutch_according(w: &str) -> bool {
    matches!(w, "volgens" | "aldus")
}

/// Whether `w` (lower case) is "according to" in any of the six languages (also
/// [`GERMANIC_ACCORDING`]): the speaker finder (`speakers/foreign.rs`).
pub(in crate::matcher) fn is_foreign_according(w: &str) -> bool {
    is_romance_according(w) || GERMANIC_ACCORDING.contains(&w)
}

/// Beginnings of the verbs of confirming, in seven languages ("confirm", "verify", fr
/// "confirmer", "vérifier", de "bestätigen", es and pt "confirmar", it "confermare", nl
/// "bevestigen"): a negated one tells a thing not yet confirmed, which the other side's
/// confirmation contradicts only when it confirms the same thing
/// (`outcome/negation/confirmed.rs`, trial 49 final pass F8: "Police confirm the cybercrime
/// unit is involved" / "a claim the group said it could not yet confirm").
pub(in crate::matcher) const CONFIRMING: &[&str] = &[
    "confirm",
    "verif",
    "vérifi",
    "bestätig",
    "conferm",
    "bevestig",
];

/// Verbs of claiming that, before a word of [`CLAIMED_DEEDS`], tell a deed owned, not
/// words said ("BlackVane *claimed* responsibility"): no speaker (`speakers/find.rs`,
/// trial 49 final pass F8: "BlackVane ≠ Health Minister Joost Kramer"). Only English's
/// "claim" is a speech word (`speakers::SPEECH`).
pub(in crate::matcher) const CLAIMING: &[&str] = &["claimed", "claims", "claim", "claiming"];

/// What a verb of [`CLAIMING`] owns as a deed ("claimed *responsibility* for the attack",
/// "claimed *credit*").
pub(in crate::matcher) const CLAIMED_DEEDS: &[&str] = &["responsibility", "credit"];

/// Verbs that lead a quotation after a colon besides the speech verbs (`speakers::SPEECH`
/// and the lists above), in seven languages: "X has spoken: "…"", "X posted: "…"", "X
/// tweeted:", "X hat auf Facebook geschrieben:", "X a réagi : « … »". Read only before a
/// colon and a quotation (`speakers/find.rs`, `colon_speaker`; trial 51): "the minister
/// has spoken to the families" names no speaker of a statement. Lower case.
pub(in crate::matcher) const COLON_LEAD_VERBS: &[&str] = &[
    // en
    "spoken",
    "speaks",
    "spoke",
    "posted",
    "posts",
    "tweeted",
    "tweets",
    "wrote",
    "written",
    "replied",
    "responded",
    "reacted",
    "commented",
    "declared",
    "tells",
    "put",
    "shared",
    // fr
    "réagi",
    "écrit",
    "publié",
    "tweeté",
    "réagit",
    "parlé",
    // de
    "geschrieben",
    "gepostet",
    "reagiert",
    "geäußert",
    "getwittert",
    "gesprochen",
    "schrieb",
    "reagierte",
    "äußerte",
    // es
    "escrito",
    "publicado",
    "reaccionado",
    "escribió",
    "publicó",
    "reaccionó",
    "hablado",
    // it
    "scritto",
    "pubblicato",
    "reagito",
    "scrive",
    "parlato",
    // pt
    "escreveu",
    "publicou",
    "reagiu",
    "falou",
    // nl
    "geschreven",
    "gereageerd",
    "schreef",
    "reageerde",
    "gesproken",
];

/// Where a person speaks, the last word of a phrase between a name and a colon before a
/// quotation with no verb ("Le commandant Michel Dupont à la radio : « … »", "Mayor Willy
/// Demeyer on local radio: "…"", "im Radio", "on TV", "to reporters"): the quotation is
/// the name's. Read only there (`speakers/find.rs`, `colon_speaker`; session 53), in seven
/// languages. Lower case.
pub(in crate::matcher) const COLON_MEDIA: &[&str] = &[
    // en
    "radio",
    "tv",
    "television",
    "air",
    "reporters",
    "journalists",
    "press",
    // fr
    "télévision",
    "télé",
    "antenne",
    "journalistes",
    "presse",
    // de
    "fernsehen",
    "reportern",
    "journalisten",
    // es
    "televisión",
    "periodistas",
    "prensa",
    // it
    "televisione",
    "giornalisti",
    "stampa",
    // pt
    "rádio",
    "televisão",
    "jornalistas",
    "imprensa",
    // nl
    "televisie",
    "verslaggevers",
    "pers",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_list_per_language_serves_both_readers() {
        // Romance verbs of the attribution frames are speech verbs for the speaker finder.
        for w in [
            "déclaré",
            "confié",
            "dijo",
            "manifestó",
            "detto",
            "riferito",
            "contou",
        ] {
            assert!(is_romance(w), "{w}");
            assert!(is_foreign(w), "{w}");
        }
        // German and Dutch only for the speaker finder's list of all six.
        for w in ["sagte", "mitteilte", "zei"] {
            assert!(!is_romance(w), "{w}");
            assert!(is_foreign(w), "{w}");
        }
        // English homographs: frames in Spanish/Italian/French text, never an English verb.
        for w in ["dice", "assure"] {
            assert!(is_romance(w), "{w}");
            assert!(!is_foreign(w), "{w}");
        }
        assert!(!is_foreign("said") && !is_romance("said"));
    }

    #[test]
    fn one_according_list_serves_both_readers() {
        for w in ["selon", "según", "secondo", "segundo"] {
            assert!(is_romance_according(w) && is_foreign_according(w), "{w}");
        }
        for w in ["laut", "volgens", "aldus"] {
            assert!(!is_romance_according(w) && is_foreign_according(w), "{w}");
        }
        assert!(!is_foreign_according("according") && !is_foreign_according("selo"));
    }

    #[test]
    fn lists_are_lower_case() {
        for list in [
            FRENCH,
            SPANISH,
            ITALIAN,
            PORTUGUESE,
            GERMAN,
            DUTCH,
            ROMANCE_ACCORDING,
            GERMANIC_ACCORDING,
        ] {
            for w in list.iter() {
                assert_eq!(w.to_lowercase(), *w, "lists are lower case: {w}");
            }
        }
    }
}
