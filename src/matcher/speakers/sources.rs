//! Kinds of sources for the speaker flag: a generic source ("officials", "police"), an
//! institution ("the SEC", "the National Weather Service"), a bare role ("the senator"),
//! a source told only by a group's words ("his lawyer", "ein Polizeisprecher"), a name
//! ("Kerry"), and which of them may be two different people.

use super::bodies::spokes;
use super::countries::state_named;
use super::foreign::is_foreign_det;
use super::groups::is_group_word;
use super::names::addresses;
use super::subject::Subject;
pub(super) use super::titles::title;
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
    /// An institution named ("the SEC", "the National Weather Service", "the Institute",
    /// "the Kremlin"): it may speak through the person the other report names.
    Institution,
    /// A role or title without a name ("the senator", "the harbour master"), with its
    /// title when it is one of `titles.rs`.
    Role(Option<&'static str>),
    /// A source told only by the words of a group of unnamed sources (`groups.rs`: "his
    /// lawyer", "the doctor", "ein Polizeisprecher", "die Polizei"; German capitalises its
    /// nouns, yet they name no one), with its title as a role's: a role of that group.
    /// Two of them are told apart by their groups alone (`conflict.rs`), never by kind.
    Group(Option<&'static str>),
    /// A name ("Kerry", "Army Gen. Vincent Brooks"), with the title written with it.
    Name(Option<&'static str>),
    /// A role without a title of its own held at a body named by a common noun
    /// ([`held_at_body`]: "the hospital's director", "la direction de l'hôpital"): no
    /// person who holds a public office ("Health Minister Catherine Vautrin"; trial 43 D).
    /// `true` when that body is of a known kind apart from the state's (a hospital:
    /// `groups::is_body_apart`), so no known body of another kind speaks through it
    /// ("selon l'ARS" / "selon la direction de l'hôpital"; trial 44, y81).
    Held(bool),
    /// A generic source on one side of a conflict ([`SIDES`]): `true` the state ("the
    /// ministry", "the army", a capital or a country named as the speaker: "Kyiv said",
    /// "Russia said"), `false` those against it ("the opposition", "rebels"). Two
    /// sides differ (who claims a toll is the story in war reporting); against any other
    /// kind it is a generic source.
    Side(bool),
}

/// Generic sources on the two sides of a conflict (heads, lower case, singular and
/// plural): the state's, and those against it. "The ministry said 40 soldiers were
/// killed" / "The opposition said 40 soldiers were killed" credit one toll to two sides
/// (trial 24, M12).
const SIDES: (&[&str], &[&str]) = (
    &[
        "government",
        "ministry",
        "military",
        "army",
        "regime",
        "authorities",
    ],
    &[
        "opposition",
        "rebels",
        "rebel",
        "insurgents",
        "militants",
        "separatists",
    ],
);

/// Generic sources: groups and institutions a report credits without naming anyone, and
/// writings that speak for someone unnamed ("a letter to shareholders said", "the Web
/// site said"). Their
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
    // Someone unnamed ("The woman said her husband ..."): may be the one the other report
    // names by a role ("The victim's wife said ...").
    "woman",
    "women",
    "man",
    "men",
    "person",
    "media",
    "reports",
    "report",
    "statement",
    "site",
    "website",
    "posting",
    "post",
    "blog",
    "letter",
    "memo",
    "email",
    "message",
    "filing",
    "document",
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
    // "Amnesty International", "Human Rights Watch": named without "the" (trial 24).
    "international",
    "watch",
];

/// Whether a word is the head of an institution's name ([`INSTITUTIONS`]: "office",
/// "committee").
pub(super) fn is_institution(t: &Token) -> bool {
    INSTITUTIONS.contains(&t.norm.as_str())
}

/// Words of a party or a political description, which make a role ("the Connecticut
/// Democrat", "a Republican"), not a name, though capitalised.
const PARTIES: &[&str] = &["democrat", "republican", "democrats", "republicans"];

/// Whether token `t` is an article that makes the capitalised words after it a noun
/// phrase, no person's name: English "the", a German article (German capitalises its
/// nouns: "Der Bürgermeister sagte", "sagte der Kanzler"), or a lower-case one of another
/// language read with the speakers ("a déclaré le Président", `foreign::is_foreign_det`;
/// not a capitalised word of a name, "Marine Le Pen", nor the particle "de").
pub(super) fn is_article(t: &Token) -> bool {
    let norm = t.norm.as_str();
    norm == "the"
        || matches!(norm, "der" | "die" | "das" | "den" | "dem" | "des")
        || !t.capital && norm != "de" && is_foreign_det(norm)
}

/// Heads of generic sources ([`GENERIC`]) that, capitalised after capitalised words,
/// end an organisation's name ("the Environment Agency", "the Justice Department", "the
/// Food Standards Authority"): an institution, not a generic source ("the agency").
const NAMED_GENERIC: &[&str] = &[
    "agency",
    "department",
    "authority",
    "company",
    "group",
    "organisation",
    "organization",
];

/// What kind of source the words `toks` of a speaker are ([`Source`]), by its last word
/// (the head) and its capitals: a capital or a country of one or two words, no "the"
/// before it, is the state's side ("Kyiv said": `countries::state_named`); a generic head ([`GENERIC`], or a plural role: "the
/// harbour masters") is a generic source; an institution's head ([`INSTITUTIONS`]) or an
/// acronym ("SEC", `acronym` tells from the text `chars`) an institution; a party word
/// ([`PARTIES`]) a role; words all of a group of unnamed sources (`groups.rs`: "his
/// lawyer", "ein Polizeisprecher") that group's role ([`Source::Group`]), capitalised or
/// not; a capitalised word other than a title or a generic word makes a
/// name, unless "the" comes before it (a person's name takes no article): then an office
/// when it ends with a title or a form of address ("the Foreign Minister", "the Queen": a
/// role), a person when one comes before the last word ("the Rev. Jesse Jackson"), and
/// otherwise an organisation ("the Kremlin", "the White House", "the Washington Post": an
/// institution); otherwise a role. Speech verbs and stop words are skipped ("according to
/// officials", "The mayor said").
fn source_of(toks: &[&Token], chars: &[char]) -> Source {
    let full = toks;
    let german = german_role_end(toks);
    let toks = &toks[..german.unwrap_or_else(|| role_end(toks))];
    let words: Vec<&Token> = toks
        .iter()
        .copied()
        .filter(|t| {
            t.kind == Kind::Word && !t.stop && !is_article(t) && !SPEECH.contains(&t.norm.as_str())
        })
        .collect();
    let Some(head) = words.last() else {
        return Source::Generic;
    };
    let plural = |t: &Token| !t.capital && t.norm.ends_with('s') && !t.norm.ends_with("ss");
    // "Kyiv said", "sagte Kiew", "Russia said": a capital or a country stands for its
    // state's government.
    let first = toks.iter().position(|t| std::ptr::eq(*t, words[0]));
    let article = first.is_some_and(|k| k > 0 && is_article(toks[k - 1]));
    let name = words
        .iter()
        .map(|t| fold_diacritics(&t.norm).into_owned())
        .collect::<Vec<_>>()
        .join(" ");
    if !article
        && words.len() <= 2
        && words.iter().all(|t| t.capital)
        && state_named(&name).is_some()
    {
        return Source::Side(true);
    }
    if !head.capital || words.len() == 1 {
        let head = head.norm.as_str();
        if SIDES.0.contains(&head) {
            return Source::Side(true);
        }
        if SIDES.1.contains(&head) {
            return Source::Side(false);
        }
    }
    // "the Environment Agency": an organisation's name (not "the agency", "Police").
    let named_body = words.len() >= 2
        && words.iter().all(|t| t.capital)
        && NAMED_GENERIC.contains(&head.norm.as_str());
    if !named_body && (GENERIC.contains(&head.norm.as_str()) || plural(head)) {
        return Source::Generic;
    }
    let acronym = words.len() == 1
        && chars.get(head.start..head.end).is_some_and(|w| {
            (2..=5).contains(&w.len()) && w.iter().all(|c| c.is_uppercase() || *c == '.')
        });
    if acronym || named_body || INSTITUTIONS.contains(&head.norm.as_str()) {
        return Source::Institution;
    }
    if PARTIES.contains(&head.norm.as_str()) {
        return Source::Role(None);
    }
    if words.iter().all(|t| is_group_word(t)) {
        return Source::Group(super::titles::role_title(&head.norm));
    }
    // "Ein Feuerwehrsprecher", "Ein Sprecher der Bundeswehr": a body's spokesperson,
    // unnamed, a role as "a fire service spokesman" is.
    if spokes_role(toks, &words) {
        return Source::Role(Some(SPOKESPERSON));
    }
    // "der Leiter der Klinik": a German role noun is capitalised, yet names no one.
    let named = german.is_none()
        && words
            .iter()
            .any(|t| t.capital && title(&t.norm).is_none() && !GENERIC.contains(&t.norm.as_str()));
    if !named {
        let title = title(&head.norm);
        if let Some(apart) = title
            .is_none()
            .then(|| held_at_body(full, toks.len(), &words, chars, german.is_some()))
            .flatten()
        {
            return Source::Held(apart);
        }
        return Source::Role(title);
    }
    let titled = words.iter().find_map(|t| title(&t.norm));
    if !article {
        return Source::Name(titled);
    }
    let office = |t: &Token| title(&t.norm).is_some() || addresses(&t.norm);
    let (_, before) = words.split_last().unwrap_or((head, &[]));
    if office(head) {
        Source::Role(title(&head.norm))
    } else if before.iter().any(|t| office(t)) {
        Source::Name(titled)
    } else {
        Source::Institution
    }
}

/// The end (exclusive) of the role of a speaker's tokens `toks` before whose role it is,
/// told by a genitive of another language than English after a lower-case word ("le
/// maire *de Nantes*", "o comandante *dos bombeiros*", "la porte-parole *du collectif*"):
/// the role alone tells the kind of source, a role ("le maire de Nantes" may be "Johanna
/// Rolland"; "dos bombeiros" is no group of unnamed sources). All of `toks` when there is
/// none, or when the role is a spokesperson's ("un portavoz de la policía": a body's,
/// `spokes.rs`). English "of" is read as before ("the mayor of New York City" cannot be
/// told from a place). Trial 42 D1.
fn role_end(toks: &[&Token]) -> usize {
    let at = (1..toks.len().saturating_sub(1)).find(|&k| {
        let before = toks[k - 1];
        toks[k].norm != "of"
            && crate::matcher::lexicon::genitives::role_genitive(&toks[k].norm)
            && before.kind == Kind::Word
            && !before.capital
            && !before.stop
    });
    match at {
        Some(k)
            if !toks[..k]
                .iter()
                .any(|t| spokes::is_spokes_word(&fold_diacritics(&t.norm))) =>
        {
            k
        }
        _ => toks.len(),
    }
}

/// German genitive articles after a role ("der Leiter *der* Klinik", "der Direktor *des*
/// Krankenhauses"), lower case.
const GERMAN_GENITIVES: &[&str] = &["der", "des"];

/// German articles before a role ("*der* Leiter der Klinik", "*ein* Sprecher"), lower
/// case.
const GERMAN_ARTICLES: &[&str] = &[
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer",
];

/// The end (exclusive) of a German role of one word before a genitive ("der Leiter der
/// Klinik", "der Direktor des Krankenhauses"; trial 44): a German article, the
/// capitalised role word and a genitive article of [`GERMAN_GENITIVES`] after it, as
/// [`role_end`] reads the genitives of lower-case roles in other languages (German
/// capitalises its nouns, yet they name no one). Not a spokesperson's role ("der Sprecher
/// der Stadt Köln" speaks for the city, `spokes.rs`). `None` when there is none.
fn german_role_end(toks: &[&Token]) -> Option<usize> {
    let [article, role, genitive, _, ..] = toks else {
        return None;
    };
    let plain = role.kind == Kind::Word
        && role.capital
        && !spokes::is_spokes_word(&fold_diacritics(&role.norm))
        && !GENERIC.contains(&role.norm.as_str());
    let shape = GERMAN_ARTICLES.contains(&article.norm.as_str())
        && GERMAN_GENITIVES.contains(&genitive.norm.as_str())
        && !genitive.capital;
    (plain && shape).then_some(2)
}

/// Words of bodies that govern or run others, lower case without diacritics: a role held
/// at one ("the city's top official", "the ministry's director", "o presidente da
/// câmara") may be the office the other report names ("Mayor John Smith"), so no
/// [`Source::Held`] role.
const GOVERNING: &[&str] = &[
    "city",
    "town",
    "village",
    "state",
    "country",
    "nation",
    "region",
    "county",
    "province",
    "district",
    "municipality",
    "government",
    "ministry",
    "administration",
    "cabinet",
    "agency",
    "department",
    "office",
    "service",
    "council",
    "party",
    "company",
    "group",
    "organisation",
    "organization",
    "ville",
    "commune",
    "mairie",
    "pays",
    "etat",
    "gouvernement",
    "ministere",
    "prefecture",
    "agence",
    "ciudad",
    "pais",
    "estado",
    "gobierno",
    "ministerio",
    "ayuntamiento",
    "municipio",
    "citta",
    "comune",
    "paese",
    "stato",
    "regione",
    "governo",
    "ministero",
    "cidade",
    "camara",
    "prefeitura",
    "stadt",
    "gemeinde",
    "land",
    "staat",
    "regierung",
    "ministerium",
    "stad",
    "gemeente",
    "regering",
    "ministerie",
];

/// Whether the role words `words` of a speaker's tokens `full` (its role the first `cut`,
/// [`role_end`]) are held at a body named by a common noun: a lower-case possessor before
/// the head ("the hospital's director"), or a genitive of another language whose object is
/// lower-case words ("la direction de l'hôpital", "o comandante dos bombeiros"); the body
/// none that governs ([`GOVERNING`]). `None` when they are not; else whether the body's
/// words name a body of a known kind apart from the state's ("hôpital",
/// `groups::is_body_apart`). The body's words of a German role may be capitalised
/// (`german`: "der Leiter der Klinik", [`german_role_end`]).
fn held_at_body(
    full: &[&Token],
    cut: usize,
    words: &[&Token],
    chars: &[char],
    german: bool,
) -> Option<bool> {
    let governing = |t: &Token| GOVERNING.contains(&fold_diacritics(&t.norm).as_ref());
    let (head, before) = words.split_last()?;
    // A spokesperson speaks for the body, which may speak through an office ("the
    // Kremlin's spokesman" / "Foreign Minister Sergei Lavrov").
    if spokes::is_spokes_word(&fold_diacritics(&head.norm)) {
        return None;
    }
    let possessors: Vec<&Token> = before
        .iter()
        .copied()
        .filter(|t| {
            !t.capital
                && super::phrase::possessive(chars.get(t.start..t.end).unwrap_or(&[]))
                && !governing(t)
        })
        .collect();
    let owner: Vec<&Token> = full
        .get(cut..)
        .unwrap_or(&[])
        .iter()
        .copied()
        .filter(|t| {
            t.kind == Kind::Word
                && !t.stop
                && !is_article(t)
                && !crate::matcher::lexicon::genitives::role_genitive(&t.norm)
        })
        .collect();
    let owned = !owner.is_empty()
        && owner
            .iter()
            .all(|t| (german || !t.capital) && !governing(t));
    if possessors.is_empty() && !owned {
        return None;
    }
    let body = possessors.iter().chain(owner.iter().filter(|_| owned));
    Some(body.copied().any(super::groups::is_body_apart))
}

/// The title of a body's spokesperson told without a name ([`spokes_role`]), as
/// `titles::role_title` reads a spokesperson's word before a name: "sagte ein
/// Flughafensprecher" and "sagte Verdi-Verhandlungsführer Lars Stubbe" hold two titles,
/// two people (trial 42 D1); "police spokesman John Miller" holds the same.
const SPOKESPERSON: &str = "spokesperson";

/// Whether the words `words` of a speaker (of the tokens `toks`) are a spokesperson of a
/// body without a name, German capitalised though it is: a compound of one alone
/// ("Feuerwehrsprecher", `spokes::compound_body`), or a spokesperson's word first and a
/// lower-case preposition or article right after it ("Sprecher der Bundeswehr", "Sprecher
/// des Innenministeriums"; not "Sprecher Hans Müller").
fn spokes_role(toks: &[&Token], words: &[&Token]) -> bool {
    let Some(first) = words.first() else {
        return false;
    };
    let folded = fold_diacritics(&first.norm);
    if words.len() == 1 && spokes::compound_body(&folded).is_some() {
        return true;
    }
    let Some(k) = toks.iter().position(|t| std::ptr::eq(*t, *first)) else {
        return false;
    };
    spokes::is_spokes_word(&first.norm)
        && toks
            .get(k + 1)
            .is_some_and(|t| !t.capital && spokes::is_for_word(&t.norm))
}

/// The kinds of sources the "may differ" rule reads ([`MAY_DIFFER`], [`may_differ`]),
/// each speaker's kind ([`Source`]) told by whether it names a person, holds a public
/// office (`titles::is_office`) or is a body.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Standing {
    /// A person named without a public office ("Kerry", "Dr. John Smith", "police
    /// spokesman John Miller"), with the title written with the name if any.
    Person,
    /// A role without a name nor a public office ("the harbour master", "his lawyer",
    /// "ein Polizeisprecher"), with its title if any.
    Role,
    /// A role held at a body named by a common noun ([`Source::Held`]: "the hospital's
    /// director", "la direction de l'hôpital").
    Held,
    /// A public office, named or not ("the mayor", "le préfet", "Health Minister Catherine
    /// Vautrin"), with its title.
    Office,
    /// An organisation ([`Source::Institution`]: "the SEC", "the Kremlin", "the Washington
    /// Post"): it may speak through anyone, an office too.
    Body,
    /// A known body of no state (`bodies.rs`: a rescue service, an aid agency, an armed
    /// group: "la Protezione civile", "the Red Cross", "Hamas"): it speaks through no public
    /// office.
    NonState,
    /// A known body of the state (`bodies.rs`: a ministry, the police, the army, a health
    /// agency: "l'ARS"): it may speak through a public office of its state.
    State,
}

/// What [`MAY_DIFFER`] says of two kinds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Differ {
    /// Never two sources: one may speak through the other, or be the other.
    No,
    /// Two sources (whether their words name one is the caller's: "the mayor" / "the
    /// mayor").
    Yes,
    /// Two sources when the role held at a body is held at one of a known kind apart from
    /// the state's ([`Source::Held`]: a hospital's management against a health agency or
    /// the police); a role held at a body of no known kind may be the known body's own
    /// ("the base's commander" / "the army").
    Holder,
    /// Two sources when both are named or both unnamed ("Carroll" / "Brooks", "the
    /// harbour master" / "the mayor"); a name against a role only when both carry a title
    /// and the two differ ("the senator" / "Gov. Romney", not "the senator" / "Sen.
    /// Kerry", nor "the senator" / "Kerry": there is no coreference to tell).
    Titles,
}

/// Whether two kinds of sources may be two different people ([`Standing`] in its order,
/// rows and columns): the one rule of the speaker flag and of the workspace's
/// attributions (`speakers_may_differ`). A role held at a body against a person named
/// without an office: no ("Dr. John Smith" may run the hospital), against an office: yes (a
/// minister runs no hospital). An organisation against a person or a role: no, it may
/// speak through them ("the White House" / "Karine Jean-Pierre", "the Kremlin" / "Foreign
/// Minister Sergei Lavrov"); two organisations: yes. A body of no state against a public
/// office: yes (a mayor speaks for no rescue service; trial 43 D). A known body against a
/// role held at a body of a known kind apart from the state's: yes ("selon l'ARS" / "selon
/// la direction de l'hôpital": a health agency is no hospital; trial 44, y81). Two known
/// bodies are told apart by their table (`bodies.rs`), not here.
const MAY_DIFFER: [[Differ; 7]; 7] = {
    use Differ::{Holder, No, Titles, Yes};
    [
        // Person, Role, Held, Office, Body, NonState, State
        [Titles, Titles, No, Titles, No, No, No],   // Person
        [Titles, Titles, Yes, Titles, No, No, No],  // Role
        [No, Yes, Yes, Yes, No, Holder, Holder],    // Held
        [Titles, Titles, Yes, Titles, No, Yes, No], // Office
        [No, No, No, No, Yes, No, No],              // Body
        [No, No, Holder, Yes, No, Yes, No],         // NonState
        [No, No, Holder, No, No, No, No],           // State
    ]
};

/// A source as the "may differ" rule reads it ([`standing`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Standpoint {
    /// Its kind.
    pub(super) kind: Standing,
    /// The title written with it, if any ("mayor", "spokesperson").
    pub(super) title: Option<&'static str>,
    /// Whether it names a person.
    pub(super) named: bool,
    /// Of a role held at a body: whether that body is of a known kind apart from the
    /// state's ([`Source::Held`]).
    pub(super) apart: bool,
}

impl Standpoint {
    /// A known body credited by a sentence (`bodies.rs`), of the state or not.
    pub(super) fn known_body(state: bool) -> Standpoint {
        let kind = match state {
            true => Standing::State,
            false => Standing::NonState,
        };
        Standpoint {
            kind,
            title: None,
            named: false,
            apart: false,
        }
    }
}

/// The kind ([`Standing`]) of a source that is a person, a role or a body ([`Source`]),
/// with its title, whether it is named and whether a role's body is apart from the state;
/// `None` for a generic source or a side, which [`sources_differ`] tells apart before.
pub(super) fn standing(s: Source) -> Option<Standpoint> {
    let office = |t: Option<&'static str>| t.is_some_and(super::titles::is_office);
    let (kind, title, named, apart) = match s {
        Source::Name(t) if office(t) => (Standing::Office, t, true, false),
        Source::Name(t) => (Standing::Person, t, true, false),
        Source::Role(t) | Source::Group(t) if office(t) => (Standing::Office, t, false, false),
        Source::Role(t) | Source::Group(t) => (Standing::Role, t, false, false),
        Source::Held(apart) => (Standing::Held, None, false, apart),
        Source::Institution => (Standing::Body, None, false, false),
        Source::Generic | Source::Side(_) => return None,
    };
    Some(Standpoint {
        kind,
        title,
        named,
        apart,
    })
}

/// Whether two sources `x` and `y` (as [`standing`] gives them) may be two different
/// people, as [`MAY_DIFFER`] says of their kinds.
pub(super) fn may_differ(x: Standpoint, y: Standpoint) -> bool {
    match MAY_DIFFER[x.kind as usize][y.kind as usize] {
        Differ::No => false,
        Differ::Yes => true,
        Differ::Holder => x.apart || y.apart,
        Differ::Titles => {
            x.named == y.named || x.title.is_some() && y.title.is_some() && x.title != y.title
        }
    }
}

/// Whether speakers of these two kinds credit a statement to two different people.
///
/// A generic source ("officials", "police", "witnesses", "the government", "the Interior
/// Ministry") never does, but for two sides of a conflict ([`Source::Side`]: "the
/// ministry" / "the opposition"): it may include the person the other report names
/// ("Officials said" / "The prefect said"), and two generic sources are two ways of not
/// naming anyone. Two sources told by a group's words ("Polizeisprecher" / "Polizei", "his
/// lawyer" / "the attorney") are told apart by their groups alone, not here. Any other two
/// by the one table of kinds ([`MAY_DIFFER`]): two names differ ("Carroll" / "Brooks"), two
/// roles ("the harbour master" / "the mayor"), two institutions ("the SEC" / "the FBI"); an
/// organisation against a person never does (the rule is one for every organisation told
/// as one, [`source_of`]: an institution's head word, an acronym, capitalised words after
/// "the"). A company named by one bare word ("Apple said", "Microsoft told the BBC")
/// cannot be told from a surname ("Carroll said") and is read as a name.
pub(super) fn sources_differ(x: Source, y: Source) -> bool {
    match (x, y) {
        (Source::Group(_), Source::Group(_)) => false,
        (Source::Side(p), Source::Side(q)) => p != q,
        _ => match (standing(x), standing(y)) {
            (Some(sx), Some(sy)) => may_differ(sx, sy),
            _ => false,
        },
    }
}

/// The kind of source of the speaker at code points `range` of `p`, with the "the" right
/// before it ("the Kremlin said": an organisation, [`source_of`]).
pub(super) fn source_at(p: &Prepared, (start, end): (usize, usize)) -> Source {
    let first = p.tokens.iter().position(|t| t.start >= start).unwrap_or(0);
    let article = first > 0 && is_article(&p.tokens[first - 1]);
    let toks: Vec<&Token> = p.tokens[first - article as usize..]
        .iter()
        .take_while(|t| t.end <= end)
        .collect();
    let chars = crate::matcher::flags::chars_of(p);
    source_of(&toks, chars)
}

/// Whether two speakers, as written ("Officials", "the senator", "Army Gen. Vincent
/// Brooks", an attribution span's text: "according to Carroll"), may be two different
/// people by their kinds (`sources_differ`): false for a generic source, or a bare role
/// against a name without a different title; false too when a word of one is a word of
/// the other spelled with other diacritics ("José Núñez" / "Jose Nunez", "Nestlé" /
/// "Nestle": `flags::fold_diacritics`). Whether their words differ as written is the
/// caller's. An appositive after a comma is left out ("Army Gen. Vincent Brooks, who
/// commands U.S. forces, said" is Brooks, not "forces"), unless it is a name after a role
/// or an organisation ("the Kremlin's spokesman, Dmitry Peskov," is Peskov). With a speech
/// verb, the speaker is read as in a sentence ("according to a spokesman for the
/// Kremlin": the Kremlin); without one, a noun phrase that names no one is its role ("a
/// spokesman for Putin": a role, not Putin).
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
        // "according to a spokesman for the Kremlin": who the sentence's own reading
        // finds ([`super::speakers`]: the Kremlin, an organisation).
        if let Some(&(r, _)) = super::speakers(&p).first() {
            return source_at(&p, r);
        }
        // "a spokesman for Putin", "an aide to the president": a role that names no one,
        // read as the subject of a speech verb is.
        let end = p.tokens.len();
        if let Some(Subject::Role((r, _))) = super::subject::subject_role(&p, &p.tokens, end) {
            return source_at(&p, r);
        }
        let chars = crate::matcher::flags::chars_of(&p);
        let comma = chars.iter().position(|&c| c == ',');
        let toks: Vec<&Token> = p.tokens.iter().collect();
        let before: Vec<&Token> = toks
            .iter()
            .copied()
            .take_while(|t| comma.is_none_or(|c| t.end <= c))
            .collect();
        // "According to officials, ..." keeps its words; ", said Carroll" has none before.
        let named = before.iter().any(|t| t.kind == Kind::Word && !t.stop);
        let kind = source_of(if named { &before } else { &toks }, chars);
        // "according to the Kremlin's spokesman, Dmitry Peskov": a name of capitalised
        // words alone after the comma, up to the next, names a role's or an
        // organisation's person.
        let after: Vec<&Token> = toks[before.len()..]
            .iter()
            .copied()
            .take_while(|t| {
                chars[comma.unwrap_or(0) + 1..t.start.min(chars.len())]
                    .iter()
                    .all(|c| *c != ',')
            })
            .collect();
        let apposition = (1..=4).contains(&after.len()) && after.iter().all(|t| t.proper);
        match (kind, named && apposition) {
            (Source::Name(_), _) | (_, false) => kind,
            (_, true) => source_of(&after, chars),
        }
    };
    sources_differ(kind(a), kind(b))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The table of kinds is one rule either way round, and reads as the speaker flag has
    /// it: a role held at a body against an office, not a person; a body of no state against
    /// an office, not a role; an organisation against no person.
    #[test]
    fn the_table_of_kinds_is_symmetric_and_reads_as_the_flag() {
        for (i, row) in MAY_DIFFER.iter().enumerate() {
            for (j, rule) in row.iter().enumerate() {
                assert_eq!(*rule, MAY_DIFFER[j][i], "{i} / {j}");
            }
        }
        let mayor = Source::Name(Some("mayor"));
        let doctor = Source::Name(Some("doctor"));
        for held in [Source::Held(false), Source::Held(true)] {
            assert!(sources_differ(held, mayor));
            assert!(sources_differ(Source::Role(Some("mayor")), held));
            assert!(!sources_differ(held, doctor));
            assert!(!sources_differ(held, Source::Name(None)));
            // An organisation not known may be the body the role is held at.
            assert!(!sources_differ(held, Source::Institution));
        }
        assert!(!sources_differ(Source::Institution, mayor));
        assert!(sources_differ(Source::Institution, Source::Institution));
        // A name against a role by their titles.
        assert!(!sources_differ(Source::Role(Some("mayor")), mayor));
        assert!(sources_differ(Source::Role(Some("senator")), mayor));
        assert!(!sources_differ(
            Source::Role(Some("senator")),
            Source::Name(None)
        ));
        // A body of no state: against an office only.
        let body = Standpoint::known_body(false);
        assert!(standing(mayor).is_some_and(|s| may_differ(body, s)));
        assert!(!standing(doctor).is_some_and(|s| may_differ(body, s)));
        assert!(!standing(Source::Role(None)).is_some_and(|s| may_differ(body, s)));
        // A known body, of the state or not, against a role held at a hospital, not at a
        // body of no known kind; a body of the state against no office.
        for state in [false, true] {
            let body = Standpoint::known_body(state);
            assert!(standing(Source::Held(true)).is_some_and(|s| may_differ(body, s)));
            assert!(!standing(Source::Held(false)).is_some_and(|s| may_differ(body, s)));
        }
        let state = Standpoint::known_body(true);
        assert!(!standing(mayor).is_some_and(|s| may_differ(state, s)));
        // Generic sources and sides are told before the table.
        assert!(standing(Source::Generic).is_none() && standing(Source::Side(true)).is_none());
        assert!(!sources_differ(Source::Generic, mayor));
        assert!(sources_differ(Source::Side(true), Source::Side(false)));
    }
}
