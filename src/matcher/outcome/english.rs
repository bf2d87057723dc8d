//! English opposite outcomes beyond [`super::OPPOSITES`] (a result, a vote, a change of a
//! level, a contest, a ruling, jobs), and the guards that read a word of them as an
//! outcome only where it tells one ("raised concerns" is no raise, "fell to his death"
//! no fall of a figure, "lost his life" no defeat).

use super::index_of;
use crate::matcher::prepared::Prepared;
use crate::matcher::text::{Kind, Token};

/// More English opposites, read as [`super::OPPOSITES`] are (kept apart from it so that
/// word lists of other languages can be added there without touching these): a result
/// ("loss" / "profit"), a vote ("passed" / "failed": not "passed away", and "failed to"
/// is a negation), a change of a level ("raised" / "cut", "increased" / "reduced"; "rose"
/// / "fell" of a figure), how a standoff ended ("surrendered" / "killed"), a contest
/// ("won" / "lost" the election), a ruling ("upheld" / "overturned"), jobs ("hired" /
/// "laid off"). Whole past forms (a word ending with `$`) where a beginning catches other
/// words ("lower court", "increasingly", "passenger", "Rosen"). Each is read only where
/// [`reads_as_outcome`] says so.
pub(crate) const MORE_ENGLISH: &[(&[&str], &[&str])] = &[
    (&["loss"], &["profit"]),
    // A bill or a motion: "passed" / "failed", "was rejected" (trial 25).
    (&["passed"], &["failed", "reject"]),
    (
        &[
            "raised",
            "raises",
            "raising",
            "increased",
            "increases",
            "hiked",
        ],
        &[
            "cut",
            "lowered",
            "lowers",
            "reduced",
            "reduces",
            "decreased",
            "decreases",
            "slashed",
        ],
    ),
    (ROSE_FELL.0, ROSE_FELL.1),
    (&["surrender"], &["kill", "dead", "died", "dies", "death"]),
    (&["won$", "wins$", "win$"], &["lost$", "loses$", "lose$"]),
    (
        &["upheld$", "upholds$", "uphold$"],
        // "struck down" (only with its "down", `reads_as_outcome`; trial 28).
        &[
            "overturn",
            "overrul",
            "quash",
            "struck$",
            "strikes$",
            "strike$",
            "invalidat",
        ],
    ),
    (
        &["hired$", "hires$", "hiring$"],
        &["laid$", "lays$", "laying$"],
    ),
    // How a flight ended: "landed safely" / "crashed" (trial 24).
    // "made an emergency landing" / "crashed" (trial 40 T4: "landing" only after a word
    // of [`SAFE_LANDING`], `reads_as_outcome`).
    (
        &["landed$", "lands$", "landing$"],
        &["crashed$", "crashes$"],
    ),
    // Whether a planned event took place: "called off" / "went ahead" ("called" and
    // "went" only with "off" / "ahead" after them, `reads_as_outcome`).
    (
        &["cancel", "called$", "calls$", "postpone", "scrapped$"],
        &["went$", "goes$", "go$", "going$"],
    ),
    // Patients, residents: "were evacuated" / "had died".
    (&["evacuat"], &["kill", "dead$", "died$", "dies$", "death"]),
    // How people met a decision: "celebrated" / "protested" (trial 28, F11), of one
    // subject ([`one_mover`]).
    (CHEERED, PROTESTED),
    // How a court or a body decided: "unanimously" / "split", "divided", "dissent".
    (
        &["unanim", "einstimmig", "unánime"],
        &["split$", "divided$", "dissent"],
    ),
];

/// Reactions of joy or approval, in English, French, German and Spanish ("celebrated",
/// "cheered", "welcomed", "célébré", "salué", "jubelten", "feierten", "festejaron"): one
/// side of the reactions pair of [`MORE_ENGLISH`].
const CHEERED: &[&str] = &[
    "celebrat",
    "célébr",
    "celebraron",
    "cheer",
    "applaud",
    "welcom",
    "hailed$",
    "praised$",
    "salué$",
    "saluent$",
    "jubel",
    "feierte",
    "begrüßt",
    "festej",
    "aplaud",
];

/// Reactions of anger or disapproval ("protested", "condemned", "denounced",
/// "criticised", "manifesté", "dénoncé", "protestierten", "kritisierte", "denunciaron"):
/// the other side of the reactions pair.
const PROTESTED: &[&str] = &[
    "protest",
    "condemn",
    "condamn",
    "denounc",
    "dénonc",
    "denunci",
    "deplor",
    "déplor",
    "criticis",
    "criticiz",
    "critiqu",
    "criticó$",
    "criticaron$",
    "kritisiert",
    "verurteilt",
    "slammed$",
    "manifesté",
    "manifestaron$",
];

/// The opposite pair "rose" / "fell" of [`MORE_ENGLISH`]: verbs of change of the lexicon
/// (`lexicon::changes`, English, up and down; a test keeps them so) that move a figure, read
/// as an outcome only of a figure ([`moves_a_figure`]) and of one subject ([`one_mover`]).
/// Whole words (`$`).
const ROSE_FELL: (&[&str], &[&str]) = (
    &[
        "rose$", "risen$", "rises$", "climbed$", "jumped$", "soared$", "gained$",
    ],
    &[
        "fell$",
        "fallen$",
        "falls$",
        "dropped$",
        "declined$",
        "slumped$",
        "plunged$",
        "tumbled$",
    ],
);

/// Whether `w` (normalised) is a word of the pair "rose" / "fell" ([`ROSE_FELL`]).
fn moves(w: &str) -> bool {
    let whole = |m: &&str| m.strip_suffix('$') == Some(w);
    ROSE_FELL.0.iter().any(whole) || ROSE_FELL.1.iter().any(whole)
}

/// What is raised that is no level: "raised concerns", "raised questions about", "raised
/// the alarm", "was raised in Ohio".
const RAISED_NO_LEVEL: &[&str] = &[
    "concern",
    "question",
    "doubt",
    "fear",
    "alarm",
    "objection",
    "issue",
    "eyebrow",
    "hope",
    "awareness",
    "suspicion",
    "worr",
    "criticism",
    "flag",
    "possibilit",
    "prospect",
    "child",
    "son",
    "daughter",
    "famil",
];

/// What is won or lost: a contest ("won the election", "lost the vote", "lost their
/// appeal"), not "lost his life", "lost power" or "won praise".
pub(crate) const CONTESTS: &[&str] = &[
    "election",
    "vote",
    "race",
    "seat",
    "case",
    "match",
    "game",
    "final",
    "appeal",
    "lawsuit",
    "suit",
    "battle",
    "contest",
    "referendum",
    "primary",
    "primaries",
    "title",
    "championship",
    "cup",
    "bid",
    "majority",
    "runoff",
    "run-off",
    "trial",
    "nomination",
    "presidency",
    "tournament",
    "series",
    "round",
    // Session 39: "won 52 seats" / "lost 52 seats" (trial 41 F2 rest); Dutch "won 52
    // zetels" (its "won" is read as the English word is).
    "seats",
    "zetels",
];

/// Whether token `t` of `p`, a word of an opposite pair, tells an outcome where it
/// stands: "raised" not of concerns, questions, the alarm or a child
/// ([`RAISED_NO_LEVEL`], in the three words after it), "was raised in"; "rose" / "fell"
/// of a figure (a number in the three words after it: "rose 5 percent", "fell to 12");
/// "won" / "lost" of a contest ([`CONTESTS`], in the four words after it); "laid" /
/// "lays" / "called" followed by "off", "struck" followed by "down", "went" / "goes"
/// followed by "ahead"; "innocent"
/// not before a noun ("an innocent mother"); the words of other languages read with theirs (de "ums"
/// before "Leben", es "libertad" after "en", nl "kwamen" with an "om" after it). Any
/// other word of the lists is read as it stands.
pub(super) fn reads_as_outcome(p: &Prepared, t: &Token) -> bool {
    let Some(i) = index_of(&p.tokens, t) else {
        return true;
    };
    let ahead = &p.tokens[i + 1..p.tokens.len().min(i + 4)];
    let norm = t.norm.as_str();
    // Words of a level's change of other senses, a level unchanged, "garde à vue"
    // (`directions.rs`, trial 42 B1, B2).
    if let Some(reads) = super::directions::reads_here(p, t) {
        return reads;
    }
    // "create 500 jobs" / "cut 500 jobs" (`languages.rs`); "cut" alone is a level cut.
    if let Some(jobs) = super::languages::of_jobs(norm, ahead) {
        if !jobs && !["cut", "cuts", "cutting"].contains(&norm) {
            return false;
        }
    }
    match norm {
        "raised" | "raises" | "raising" => {
            let raised_in = ahead.first().is_some_and(|n| n.norm == "in");
            !raised_in
                && !ahead
                    .iter()
                    .any(|n| RAISED_NO_LEVEL.iter().any(|w| n.norm.starts_with(w)))
        }
        _ if moves(norm) => moves_a_figure(ahead),
        // German falls of [`super::MORE_LANGUAGES`] read only of a figure, after them or
        // before a participle ("hat 3,2 Prozent verloren"; not "verlor die Wahl"); "fiel"
        // next to a level or a figure (`directions::reads_here`: not "fiel ins Wasser").
        "verlor" | "verloren" => {
            let before = &p.tokens[i.saturating_sub(3)..i];
            moves_a_figure(ahead) || (norm == "verloren" && moves_a_figure(before))
        }
        // Four words: "lost a no-confidence vote" ("no-confidence" is two tokens).
        "won" | "wins" | "win" | "lost" | "loses" | "lose" => p.tokens
            [i + 1..p.tokens.len().min(i + 5)]
            .iter()
            .any(|n| CONTESTS.contains(&n.norm.as_str())),
        "laid" | "lays" | "laying" | "called" | "calls" => {
            ahead.first().is_some_and(|n| n.norm == "off")
        }
        "struck" | "strikes" | "strike" => ahead.first().is_some_and(|n| n.norm == "down"),
        _ if norm.starts_with("loss") || norm.starts_with("profit") => financial(&p.tokens, i),
        "went" | "goes" | "go" | "going" => ahead.first().is_some_and(|n| n.norm == "ahead"),
        // "an emergency landing", not "the landing gear", "on landing".
        "landing" => safe_landing(&p.tokens, i),
        // "an innocent mother", "innocent bystanders": no verdict (before a noun).
        "innocent" => ahead.first().is_none_or(|n| n.stop || n.kind != Kind::Word),
        // de "kamen ums Leben", es "puesto en libertad", nl "kwamen om" (not "om te", in
        // order to; "om" within six words: "kwamen bij het ongeluk om het leven").
        "ums" => ahead.first().is_some_and(|n| n.norm == "leben"),
        "libertad" => i > 0 && p.tokens[i - 1].norm == "en",
        // fr "arrêté" the noun, a decree ("par arrêté préfectoral", "un arrêté municipal":
        // trial 58 read "release ≠ arrêté"), not arrested.
        "arrêté" | "arrêtés" => !decree(&p.tokens, i),
        // es / pt "condena", it "condanna": a verb after a clitic ("le condena", "lo
        // condanna") or after a content word with its object next ("El tribunal condena a
        // Roca", pt "O tribunal condena o ex-autarca"), a noun else ("la condena a seis
        // años", "la condanna", "su condena").
        "condena" | "condanna" => i > 0 && verdict_verb(&p.tokens, i),
        "kwamen" | "kwam" => {
            let later = &p.tokens[i + 1..p.tokens.len().min(i + 7)];
            later
                .iter()
                .enumerate()
                .any(|(k, n)| n.norm == "om" && later.get(k + 1).is_none_or(|x| x.norm != "te"))
        }
        _ => true,
    }
}

/// Adjectives of a French decree after the noun "arrêté" ("arrêté *préfectoral*").
const DECREES: &[&str] = &[
    "préfectoral",
    "préfectoraux",
    "municipal",
    "municipaux",
    "ministériel",
    "ministériels",
    "interministériel",
    "interpréfectoral",
];

/// Whether the French "arrêté" at token `i` of `toks` is the noun of a decree: an
/// adjective of [`DECREES`] after it, or "par", "un", "cet", "nouvel" right before it
/// ("par arrêté", "un arrêté"; "arrêté par la police" is the participle).
fn decree(toks: &[Token], i: usize) -> bool {
    let after = toks
        .get(i + 1)
        .is_some_and(|n| DECREES.contains(&n.norm.as_str()));
    let before = i
        .checked_sub(1)
        .is_some_and(|k| matches!(toks[k].norm.as_str(), "par" | "un" | "cet" | "nouvel"));
    after || before
}

/// Whether "condena" / "condanna" at token `i` (`i > 0`) of `toks` is a verb: after a
/// clitic ([`VERDICT_CLITICS`]), or after a content word (a subject: "tribunal",
/// "Audiencia"; no article, possessive or preposition, which are stop words or function
/// words of another language, `lexicon::FOREIGN_STOP`: "la condena") with an
/// object after it (a word of [`VERDICT_OBJECTS`] or a name).
fn verdict_verb(toks: &[Token], i: usize) -> bool {
    let before = &toks[i - 1];
    let object = toks
        .get(i + 1)
        .is_some_and(|n| VERDICT_OBJECTS.contains(&n.norm.as_str()) || n.proper);
    VERDICT_CLITICS.contains(&before.norm.as_str())
        || (before.kind == Kind::Word && !before.stop && before.foreign == 0 && object)
}

/// Words that open the object of a verb of a verdict: es personal "a", "al", articles of
/// Spanish, Portuguese and Italian ("condena a Roca", "condena o ex-autarca", "condanna
/// l'ex sindaco").
const VERDICT_OBJECTS: &[&str] = &[
    "a", "al", "o", "os", "el", "los", "las", "il", "lo", "i", "gli", "l",
];

/// Object pronouns before a verb of a verdict that is a noun too (es / pt "condena", it
/// "condanna"): "le condena", "los condena", "lo condanna", "o condena" is no pronoun here
/// (pt "o" is the article too).
const VERDICT_CLITICS: &[&str] = &["le", "les", "lo", "los", "li"];

/// Words before the noun "landing" that make it a flight's outcome ("made an emergency
/// landing", "a safe landing"), not a part of one ("landing gear", "crashed on landing").
const SAFE_LANDING: &[&str] = &["emergency", "safe", "forced", "precautionary"];

/// Whether the noun "landing" at `i` of `toks` follows a word of [`SAFE_LANDING`].
fn safe_landing(toks: &[Token], i: usize) -> bool {
    i > 0 && SAFE_LANDING.contains(&toks[i - 1].norm.as_str())
}

/// Nouns before "loss" that say what was lost, no money: "job losses", "weight loss",
/// "habitat loss" (and the words of jobs, `languages::JOBS`).
const LOST_THINGS: &[&str] = &[
    "weight",
    "hearing",
    "memory",
    "blood",
    "habitat",
    "sight",
    "vision",
    "data",
    "heat",
    "population",
    "forest",
    "crop",
    "species",
    "power",
];

/// Nouns after "profit" or "loss" that it only modifies: "profit warning", "profit
/// growth", "loss aversion".
const MODIFIED: &[&str] = &[
    "warning",
    "warnings",
    "growth",
    "margin",
    "margins",
    "forecast",
    "forecasts",
    "outlook",
    "target",
    "targets",
    "taking",
    "sharing",
    "motive",
    "motives",
    "aversion",
];

/// Whether the "loss" or "profit" at `i` of `toks` tells a financial result: not a noun of
/// something else lost before it ("job losses", "weight loss": [`LOST_THINGS`]), not a
/// modifier of the noun after it ("profit warning", "profit growth": [`MODIFIED`]), and
/// not "loss of" something that is no figure ("loss of life", "loss of market share"; "loss
/// of $3 million" is one).
fn financial(toks: &[Token], i: usize) -> bool {
    let before = i.checked_sub(1).map(|k| toks[k].norm.as_str());
    let thing =
        before.is_some_and(|w| super::languages::JOBS.contains(&w) || LOST_THINGS.contains(&w));
    let after = toks.get(i + 1).map(|n| n.norm.as_str());
    let modifier = after.is_some_and(|w| MODIFIED.contains(&w));
    let of_a_thing = after == Some("of")
        && !toks[i + 2..toks.len().min(i + 4)]
            .iter()
            .any(|n| matches!(n.kind, Kind::Number(_)));
    !thing && !modifier && !of_a_thing
}

/// Whether the words `ahead` of a word of change tell a figure moved: a number among
/// them ("rose 5 percent", "fell by 3", "climbed to 12.5").
fn moves_a_figure(ahead: &[Token]) -> bool {
    ahead.iter().any(|n| matches!(n.kind, Kind::Number(_)))
}

/// The range (code points) of outcome word `t` of `p` as a flag shows it: "laid off" with
/// its "off", "called off", "struck down", "went ahead", "ums Leben", "en libertad",
/// "emergency landing", "sprach … frei" to its particle, any other word alone.
pub(super) fn extent(p: &Prepared, t: &Token) -> (usize, usize) {
    let i = index_of(&p.tokens, t);
    let next = i.and_then(|i| p.tokens.get(i + 1)).filter(|n| {
        matches!(
            (t.norm.as_str(), n.norm.as_str()),
            ("laid" | "lays" | "laying" | "called" | "calls", "off")
                | ("struck" | "strikes" | "strike", "down")
                | ("went" | "goes" | "go" | "going", "ahead")
                | ("ums", "leben")
        )
    });
    // "garde à vue" to its "vue" (trial 42 B2).
    let next = next.or_else(|| {
        i.filter(|_| t.norm == "garde")
            .and_then(|i| p.tokens.get(i + 2))
            .filter(|n| n.norm == "vue")
    });
    // "en libertad" with its "en", "emergency landing" with its "emergency".
    let en = i
        .filter(|&i| {
            i > 0 && (t.norm == "libertad" || (t.norm == "landing" && safe_landing(&p.tokens, i)))
        })
        .map(|i| &p.tokens[i - 1]);
    // A separable verb with its particle: "sprach Müller frei", "sprak Jansen vrij".
    let particle = i
        .and_then(|i| super::particle_of(&p.tokens, i))
        .map(|k| &p.tokens[k]);
    (
        en.map_or(t.start, |e| e.start),
        next.or(particle).map_or(t.end, |n| n.end),
    )
}

/// Whether outcome words `x` of `a` and `y` of `b` are told of one thing: always, but for
/// a reaction ([`reaction`]: the two subjects share a word), a change of a figure ("rose" / "fell", [`ROSE_FELL`]) and an evacuation ("14 patients were
/// evacuated" / "14 patients had died", not "the bus was evacuated" / "five dead"), whose
/// subject must be the same on both sides ([`mover`]: "Shares rose" / "Shares fell", not "Shares of Genentech ...
/// rose" / "Shares of Xoma fell", nor "sales rose" / "revenue fell").
pub(super) fn one_mover(a: &Prepared, x: &Token, b: &Prepared, y: &Token) -> bool {
    // A level unchanged against changed, a rise against a fall in another language
    // (`directions.rs`).
    if let Some(one) = super::directions::one_thing(a, x, b, y) {
        return one;
    }
    let (ma, mb) = (mover(a, x), mover(b, y));
    // A reaction: the two subjects share a word ("Environmental groups celebrated" /
    // "Environmental activists protested", not "Fans cheered" / "Residents protested").
    // But a word of a reaction that is a verdict too (de "verurteilt", fr "condamné")
    // against one that is no reaction ("freigesprochen") is a verdict when its sentence
    // tells a penalty ("zu acht Jahren Haft verurteilt": trial 36 N3).
    let verdict = |p: &Prepared, t: &Token, other: &Token| {
        reaction(t)
            && !reaction(other)
            && p.tokens.iter().any(|w| PENALTY.contains(&w.norm.as_str()))
    };
    if verdict(a, x, y) || verdict(b, y, x) {
        return true;
    }
    if reaction(x) || reaction(y) {
        return ma.iter().any(|s| mb.contains(s));
    }
    let of_a_subject = |t: &Token| moves(&t.norm) || t.norm.starts_with("evacuat");
    if !of_a_subject(x) && !of_a_subject(y) {
        return true;
    }
    !ma.is_empty() && ma == mb
}

/// Words of a prison sentence or a fine, which tell a verdict ("condamné à huit ans de
/// prison", "zu acht Jahren Haft verurteilt", "tot acht jaar cel veroordeeld"): en, fr,
/// de, nl, es, it, pt (not "years": "the worst attack in years").
const PENALTY: &[&str] = &[
    "prison",
    "jail",
    "amende",
    "haft",
    "gefängnis",
    "freiheitsstrafe",
    "bewährung",
    "geldstrafe",
    "cel",
    "gevangenisstraf",
    "taakstraf",
    "prisión",
    "cárcel",
    "carcere",
    "reclusione",
    "prisão",
];

/// Whether `t` is a word of a reaction ([`CHEERED`], [`PROTESTED`]).
fn reaction(t: &Token) -> bool {
    CHEERED
        .iter()
        .chain(PROTESTED)
        .any(|w| match w.strip_suffix('$') {
            Some(whole) => t.norm == whole,
            None => t.norm.starts_with(w),
        })
}

/// The subject of change word `t` of `p` as it is written right before it: the stems of
/// up to two words that are no stop word, within its clause (no comma, semicolon, colon or
/// bracket between): "Nasdaq composite index rose" gives "composite index"; a noun of
/// what measures a thing ("shares", "price": `flags::MEASURES`) is skipped, so "Ahold
/// Delhaize shares fell" and "Shares in Ahold Delhaize rose" give "Ahold Delhaize".
fn mover(p: &Prepared, t: &Token) -> Vec<u64> {
    let Some(i) = index_of(&p.tokens, t) else {
        return Vec::new();
    };
    let chars = crate::matcher::flags::chars_of(p);
    let (mut out, mut measure) = (Vec::new(), None);
    let mut k = i;
    while k > 0 && out.len() < 2 {
        let (before, after) = (&p.tokens[k - 1], &p.tokens[k]);
        let gap = chars.get(before.end..after.start).unwrap_or(&[]);
        if gap.iter().any(|c| matches!(c, ',' | ';' | ':' | '(' | ')')) {
            break;
        }
        // "Shares in Ahold rose" / "Ahold shares fell": one mover, the measure left out;
        // "Shares rose" alone: the measure is the mover.
        if crate::matcher::flags::MEASURES.contains(&before.norm.as_str()) {
            measure = measure.or(Some(before.stem));
        } else if !before.stop {
            out.push(before.stem);
        }
        k -= 1;
    }
    if out.is_empty() {
        out.extend(measure);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::ROSE_FELL;
    use crate::matcher::language::Language;
    use crate::matcher::lexicon::changes::{change_verb, Direction};

    #[test]
    fn rose_and_fell_are_the_lexicons_verbs_of_change() {
        for (side, direction) in [(ROSE_FELL.0, Direction::Up), (ROSE_FELL.1, Direction::Down)] {
            for m in side {
                let w = m.strip_suffix('$').unwrap_or(m);
                let en = Some(Language::English);
                assert_eq!(change_verb(w, en), Some(direction), "{m}");
            }
        }
    }
}
