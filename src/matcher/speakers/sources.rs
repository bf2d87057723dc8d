//! Kinds of sources for the speaker flag: a generic source ("officials", "police"), an
//! institution ("the SEC", "the National Weather Service"), a bare role ("the senator"),
//! a name ("Kerry"), and which of them may be two different people; and names told with
//! two spellings ("Sundwell" / "Sundwall"), one person.

use super::SPEECH;
use crate::matcher::features::Prepared;
use crate::matcher::flags::fold_diacritics;
use crate::matcher::text::{Kind, Token};

/// What kind of source a speaker is, for the speaker flag.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum Source {
    /// A group or an institution named generically ("officials", "police", "witnesses",
    /// "the government", "doctors"): it may include the one the other report names.
    Generic,
    /// An institution named ("the SEC", "the National Weather Service", "the Institute"):
    /// it may speak through the person the other report names.
    Institution,
    /// A role or title without a name ("the senator", "the harbour master"), with its
    /// title when it is one of [`TITLES`].
    Role(Option<&'static str>),
    /// A name ("Kerry", "Army Gen. Vincent Brooks"), with the title written with it.
    Name(Option<&'static str>),
}

/// Generic sources: groups and institutions a report credits without naming anyone. Their
/// words, lower case, singular and plural.
const GENERIC: &[&str] = &[
    "official",
    "officials",
    "authorities",
    "authority",
    "police",
    "policemen",
    "officers",
    "source",
    "sources",
    "witness",
    "witnesses",
    "resident",
    "residents",
    "locals",
    "neighbours",
    "neighbors",
    "government",
    "administration",
    "ministry",
    "department",
    "agency",
    "military",
    "army",
    "investigators",
    "prosecutors",
    "doctors",
    "experts",
    "analysts",
    "observers",
    "people",
    "media",
    "reports",
    "report",
    "statement",
    "spokespeople",
    "rescuers",
    "firefighters",
    "medics",
    "paramedics",
    "staff",
    "employees",
    "company",
    "hospital",
    "group",
    "organisation",
    "organization",
];

/// Head nouns of institutions ("the National Weather Service", "the Federal Open Market
/// Committee", "the Institute").
const INSTITUTIONS: &[&str] = &[
    "commission",
    "committee",
    "service",
    "institute",
    "office",
    "bureau",
    "council",
    "corporation",
    "corp",
    "inc",
    "association",
    "union",
    "party",
    "court",
    "board",
    "university",
    "center",
    "centre",
    "foundation",
    "bank",
    "fund",
    "league",
];

/// Words of a party or a political description, which make a role ("the Connecticut
/// Democrat", "a Republican"), not a name, though capitalised.
const PARTIES: &[&str] = &["democrat", "republican", "democrats", "republicans"];

/// Titles, each with the words that write it (abbreviations as the tokeniser leaves them,
/// without their full stop): "Sen. Kerry" and "the senator" hold the same title.
const TITLES: &[(&str, &[&str])] = &[
    ("senator", &["sen", "senator"]),
    ("governor", &["gov", "governor"]),
    ("general", &["gen", "general"]),
    ("colonel", &["col", "colonel"]),
    ("captain", &["capt", "captain"]),
    ("lieutenant", &["lt", "lieutenant"]),
    ("sergeant", &["sgt", "sergeant"]),
    (
        "representative",
        &["rep", "representative", "congressman", "congresswoman"],
    ),
    ("president", &["president", "pres"]),
    ("mayor", &["mayor"]),
    ("minister", &["minister"]),
    ("secretary", &["secretary"]),
    ("ambassador", &["ambassador", "amb"]),
    ("judge", &["judge", "justice"]),
    ("prefect", &["prefect"]),
    ("sheriff", &["sheriff"]),
    ("chancellor", &["chancellor"]),
    ("commissioner", &["commissioner"]),
    ("doctor", &["dr", "doctor"]),
    ("professor", &["prof", "professor"]),
];

/// The title a word writes ("sen" and "senator": "senator").
fn title(norm: &str) -> Option<&'static str> {
    TITLES
        .iter()
        .find(|(_, forms)| forms.contains(&norm))
        .map(|(t, _)| *t)
}

/// What kind of source the words `toks` of a speaker are ([`Source`]), by its last word
/// (the head) and its capitals: a generic head ([`GENERIC`], or a plural role: "the
/// harbour masters") is a generic source; an institution's head ([`INSTITUTIONS`]) or an
/// acronym ("SEC", `acronym` tells from the text `chars`) an institution; a party word
/// ([`PARTIES`]) a role; a capitalised word other than a title or a generic word makes a
/// name; otherwise a role. Speech verbs and stop words are skipped ("according to
/// officials", "The mayor said").
fn source_of(toks: &[&Token], chars: &[char]) -> Source {
    let words: Vec<&Token> = toks
        .iter()
        .copied()
        .filter(|t| t.kind == Kind::Word && !t.stop && !SPEECH.contains(&t.norm.as_str()))
        .collect();
    let Some(head) = words.last() else {
        return Source::Generic;
    };
    let plural = |t: &Token| !t.capital && t.norm.ends_with('s') && !t.norm.ends_with("ss");
    if GENERIC.contains(&head.norm.as_str()) || plural(head) {
        return Source::Generic;
    }
    let acronym = words.len() == 1
        && chars.get(head.start..head.end).is_some_and(|w| {
            (2..=5).contains(&w.len()) && w.iter().all(|c| c.is_uppercase() || *c == '.')
        });
    if acronym || INSTITUTIONS.contains(&head.norm.as_str()) {
        return Source::Institution;
    }
    if PARTIES.contains(&head.norm.as_str()) {
        return Source::Role(None);
    }
    let named = words
        .iter()
        .any(|t| t.capital && title(&t.norm).is_none() && !GENERIC.contains(&t.norm.as_str()));
    if named {
        Source::Name(words.iter().find_map(|t| title(&t.norm)))
    } else {
        Source::Role(title(&head.norm))
    }
}

/// Whether speakers of these two kinds credit a statement to two different people.
///
/// Two names differ ("Carroll" / "Brooks"), two roles ("the harbour master" / "the
/// mayor"), two institutions ("the SEC" / "the FBI"). An institution against a person does
/// not: it may speak through them ("Microsoft" / "Gillian Kent"). A generic source ("officials", "police", "witnesses", "the government") never
/// does: it may include the person the other report names ("Officials said" / "The prefect
/// said"), and two generic sources are two ways of not naming anyone. A bare role against
/// a name ("the senator" / "Kerry") may be the same person (there is no coreference to
/// tell), so it differs only when the name carries a different title ("the senator" /
/// "Gov. Romney"), not a matching one ("the senator" / "Sen. Kerry") or none.
pub(super) fn sources_differ(x: Source, y: Source) -> bool {
    match (x, y) {
        (Source::Generic, _) | (_, Source::Generic) => false,
        (Source::Institution, y) => y == Source::Institution,
        (_, Source::Institution) => false,
        (Source::Name(_), Source::Name(_)) | (Source::Role(_), Source::Role(_)) => true,
        (Source::Role(r), Source::Name(n)) | (Source::Name(n), Source::Role(r)) => {
            r.is_some() && n.is_some() && r != n
        }
    }
}

/// The kind of source of the speaker at code points `range` of `p`.
pub(super) fn source_at(p: &Prepared, (start, end): (usize, usize)) -> Source {
    let toks: Vec<&Token> = p
        .tokens
        .iter()
        .filter(|t| t.start >= start && t.end <= end)
        .collect();
    let chars: Vec<char> = p.text.chars().collect();
    source_of(&toks, &chars)
}

/// Whether two speakers, as written ("Officials", "the senator", "Army Gen. Vincent
/// Brooks", an attribution span's text: "according to Carroll"), may be two different
/// people by their kinds (`sources_differ`): false for a generic source, or a bare role
/// against a name without a different title; false too when a word of one is a word of
/// the other spelled with other diacritics ("José Núñez" / "Jose Nunez", "Nestlé" /
/// "Nestle": `flags::fold_diacritics`). Whether their words differ as written is the
/// caller's. An appositive after a comma is left out ("Army Gen. Vincent Brooks, who
/// commands U.S. forces, said" is Brooks, not "forces").
pub fn speakers_may_differ(a: &str, b: &str) -> bool {
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphabetic())
            .filter(|w| w.chars().count() >= 2)
            .map(str::to_lowercase)
            .collect()
    };
    let (wa, wb) = (words(a), words(b));
    let respelled = wa.iter().any(|x| {
        wb.iter()
            .any(|y| x != y && fold_diacritics(x) == fold_diacritics(y))
    });
    if respelled {
        return false;
    }
    let idf = crate::matcher::features::Idf::builtin();
    let kind = |text: &str| {
        let p = Prepared::new(text, idf);
        let chars: Vec<char> = p.text.chars().collect();
        let comma = chars.iter().position(|&c| c == ',');
        let toks: Vec<&Token> = p.tokens.iter().collect();
        let before: Vec<&Token> = toks
            .iter()
            .copied()
            .take_while(|t| comma.is_none_or(|c| t.end <= c))
            .collect();
        // "According to officials, ..." keeps its words; ", said Carroll" has none before.
        let named = before.iter().any(|t| t.kind == Kind::Word && !t.stop);
        source_of(if named { &before } else { &toks }, &chars)
    };
    sources_differ(kind(a), kind(b))
}

/// Whether two names, as written, may be one person told with two spellings or in part.
/// Two names of two words or more each are one person when their surnames (the last
/// word, "Jr." and the like left out) are the same or one letter apart, an edit or two
/// letters swapped ("Allen Eichhorn" / "Allen Eichorn", "General Jeffrey" / "Maj-Gen
/// Jeffery"): "Patrick O'Brien" and "Patrick O'Neill" are two people. Otherwise, a word of
/// five letters or more in each that are one letter apart ("Sundwell" / "Sundwall",
/// "McClellan" / "McLellan", "Nestle" / "Nestlé", "Brooks" / "Vincent Brooks").
pub(super) fn same_person(x: &str, y: &str) -> bool {
    let all = |s: &str| -> Vec<Vec<char>> {
        name_words(s).iter().map(|w| w.chars().collect()).collect()
    };
    let (ax, ay) = (all(x), all(y));
    if let ([_, .., sx], [_, .., sy]) = (ax.as_slice(), ay.as_slice()) {
        let long = sx.len() >= 5 && sy.len() >= 5;
        let surname = sx == sy || (long && (within_one_edit(sx, sy) || swapped(sx, sy)));
        return surname && !given_names_differ(x, y);
    }
    let words =
        |v: Vec<Vec<char>>| -> Vec<Vec<char>> { v.into_iter().filter(|w| w.len() >= 5).collect() };
    let (wx, wy) = (words(ax), words(ay));
    wx.iter().any(|a| wy.iter().any(|b| within_one_edit(a, b)))
}

/// The words of a name as written, lower case, for comparing names: split at anything
/// but a letter or an apostrophe ("Jean-Marie" is two words, "O'Brien" one), and without
/// a generational suffix ("Jr.", "III").
fn name_words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphabetic() && c != '\'')
        .filter(|w| w.chars().any(char::is_alphabetic))
        .map(str::to_lowercase)
        .filter(|w| !matches!(w.as_str(), "jr" | "sr" | "ii" | "iii" | "iv"))
        .collect()
}

/// Whether `a` becomes `b` by swapping two letters next to each other.
fn swapped(a: &[char], b: &[char]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let diff: Vec<usize> = (0..a.len()).filter(|&i| a[i] != b[i]).collect();
    matches!(diff.as_slice(), [i, j] if *j == i + 1 && a[*i] == b[*j] && a[*j] == b[*i])
}

/// Whether `a` becomes `b` by at most one substitution, insertion or deletion.
fn within_one_edit(a: &[char], b: &[char]) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if long.len() - short.len() > 1 {
        return false;
    }
    let start = short.iter().zip(long).take_while(|(x, y)| x == y).count();
    if short.len() == long.len() {
        short[start..].len() <= 1 || short[start + 1..] == long[start + 1..]
    } else {
        short[start..] == long[start + 1..]
    }
}

/// Lower-case particles of names ("Jan de Vries", "Ursula von der Leyen", "Luiz Inácio
/// Lula da Silva", "Mohammed bin Salman"): part of a name, never a given name. The one
/// list for finding names in a sentence and for comparing them.
pub(super) const PARTICLES: &[&str] = &[
    "de",
    "van",
    "von",
    "der",
    "den",
    "ter",
    "da",
    "di",
    "du",
    "del",
    "della",
    "dos",
    "das",
    "la",
    "le",
    "bin",
    "ibn",
    "al",
    "el",
    "zu",
];

/// Words before a surname that are no given name, besides the particles ([`PARTICLES`]):
/// titles and forms of address ("Gen.", "Mr.", "Maj-Gen"), and the first parts of
/// surnames written apart ("Mac Donald", "O’Brien" split at its curly apostrophe).
const NOT_GIVEN: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "miss",
    "mx",
    "sir",
    "dame",
    "lord",
    "lady",
    "maj",
    "major",
    "adm",
    "admiral",
    "brig",
    "cpl",
    "corporal",
    "pvt",
    "private",
    "const",
    "constable",
    "det",
    "detective",
    "insp",
    "inspector",
    "supt",
    "cmdr",
    "commander",
    "rev",
    "father",
    "sister",
    "brother",
    "rabbi",
    "imam",
    "sheikh",
    "king",
    "queen",
    "prince",
    "princess",
    "pope",
    "premier",
    "prime",
    "chief",
    "deputy",
    "officer",
    "st",
    "mac",
    "o",
];

/// Short forms of given names that are no prefix of the full name ("Bill" / "William";
/// "Chris" / "Christopher" and initials are prefixes): each group is one name.
const NICKNAMES: &[&[&str]] = &[
    &["william", "bill", "billy", "will", "willy", "liam"],
    &["robert", "bob", "bobby", "rob", "robbie", "bert"],
    &["james", "jim", "jimmy", "jamie"],
    &["michael", "mike", "mick", "mickey", "misha", "mikhail"],
    &["thomas", "tom", "tommy"],
    &["richard", "dick", "rick", "ricky", "rich", "richie"],
    &["john", "jack", "johnny", "jon", "jonathan"],
    &[
        "katherine",
        "catherine",
        "kathleen",
        "kate",
        "katie",
        "kathy",
        "cathy",
        "kay",
    ],
    &[
        "elizabeth",
        "liz",
        "beth",
        "betty",
        "betsy",
        "lisa",
        "eliza",
    ],
    &["margaret", "peggy", "maggie", "meg", "greta"],
    &["andrew", "andy", "drew"],
    &["anthony", "tony", "antony"],
    &["edward", "ted", "teddy", "ned", "eddie"],
    &["theodore", "ted", "teddy", "theo"],
    &["charles", "chuck", "charlie"],
    &["henry", "hank", "harry"],
    &["harold", "harry", "hal"],
    &["lawrence", "laurence", "larry"],
    &["gerald", "jerry", "gerry"],
    &["jeremy", "jerry"],
    &["nicholas", "nick", "nicky", "nikolai", "kolya"],
    &["alexander", "alexandra", "sandy", "sasha", "alex"],
    &["susan", "sue", "suzy", "susie"],
    &["jennifer", "jen", "jenny"],
    &["david", "dave", "davy"],
    &["stephen", "steven", "steve", "stevie"],
    &["patrick", "paddy"],
    &["francis", "frank", "frankie"],
    &["samuel", "samantha", "sam", "sammy"],
    &["joseph", "joe", "joey"],
    &["dmitry", "dmitri", "dima"],
    &["vladimir", "vova", "volodya"],
    &["pieter", "piet"],
    &["peter", "pete"],
    &["vincent", "vince"],
    &["louis", "lou"],
];

/// Whether two names with one surname name two people by their given names: both give
/// one (the last word before the surname that is no initial, title or particle: "Navy
/// Admiral Harold W. Gehman" gives "Harold", "ECB President Wim Duisenberg" "Wim"), the
/// two differ, neither is the other's start ("J." / "John", "Chris" / "Christopher"; not
/// "Paul" / "Paula"), a short form of it ([`NICKNAMES`]) or another spelling (one letter
/// apart in six or more: "Muqtada" / "Moqtada"), and neither is a word of the other name (so "López Obrador" / "Andrés
/// Manuel López Obrador" is one person). "Piet Bakker" / "Dirk Bakker", "Hillary Clinton"
/// / "Bill Clinton": two people; "Bill Clinton" / "William Clinton", "Gen. Vincent Brooks"
/// / "Brooks": one. (Two people with one given name and one surname are not told apart.)
pub(super) fn given_names_differ(x: &str, y: &str) -> bool {
    let (wx, wy) = (name_words(x), name_words(y));
    let given = |w: &[String]| -> Option<String> {
        let (_, before) = w.split_last()?;
        before
            .iter()
            .rev()
            .find(|g| {
                g.chars().count() > 1
                    && !NOT_GIVEN.contains(&g.as_str())
                    && !PARTICLES.contains(&g.as_str())
                    && title(g).is_none()
            })
            .cloned()
    };
    let (Some(gx), Some(gy)) = (given(&wx), given(&wy)) else {
        return false;
    };
    let nickname = NICKNAMES
        .iter()
        .any(|group| group.contains(&gx.as_str()) && group.contains(&gy.as_str()));
    let (cx, cy): (Vec<char>, Vec<char>) = (gx.chars().collect(), gy.chars().collect());
    // Another spelling: one letter apart in names of six letters or more ("Muqtada" /
    // "Moqtada", "Mohamed" / "Mohammed"; not "Marie" / "Marine").
    let spelling = cx.len().min(cy.len()) >= 6 && within_one_edit(&cx, &cy);
    // A short form by its start: an initial ("J." / "John") or two letters or more left
    // off ("Chris" / "Christopher", "Dan" / "Daniel"); one letter more is another name
    // ("Paul" / "Paula", "Louis" / "Louise").
    let (short, long) = if cx.len() <= cy.len() {
        (&cx, &cy)
    } else {
        (&cy, &cx)
    };
    let start = long.starts_with(short) && (short.len() <= 2 || long.len() - short.len() >= 2);
    gx != gy && !spelling && !start && !nickname && !wx.contains(&gy) && !wy.contains(&gx)
}
