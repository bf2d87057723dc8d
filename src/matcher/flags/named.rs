//! Person flags by name (trial 22, F10): a different named person in the same slot of the
//! fact, "Police arrested Peter Walsh on Monday." / "Police arrested Gareth Price on
//! Monday.", "The victim was named as Maria Lopez." / "... as Ana Torres.", "Police
//! arrested Piet Bakker" / "... Dirk Bakker". The flag kind is the one of a person told as
//! a man and as a woman (`DiscrepancyKind::Person`, `persons.rs`).
//!
//! A name is a run of capitalised words (`Token::proper`) with at least two words that
//! tell who it is (a title and a surname count: "Mr Walsh"), none of them a place the
//! gazetteer knows, an institution's or organisation's word ("Fire Service", "Real
//! Madrid") or an acronym; or a surname alone opening the sentence before a verb in the
//! past ("Walsh used the money ...", [`subject_word`]), which is no name when any word of
//! the other sentence is that word. Two names fill the same slot when the nearest content word
//! before them, or the nearest one after them, is the same word on both sides (as the
//! number flags anchor figures): "arrested Peter Walsh" / "arrested Gareth Price". They
//! are two people by the speaker check's rules ([`crate::matcher::speakers::one_person`]:
//! a surname alone is the full name, diacritics and one-letter spellings agree, two given
//! names with one surname are two people). No flag when either name is also in the other
//! sentence (two people of two facts), for a speaker (the speaker flag covers who speaks),
//! nor for a pronoun or a noun ("a man": `persons.rs` compares those).
//!
//! Ranges are code points of each prepared sentence's own text, as every flag.

use super::Ranges;
use crate::matcher::prepared::Prepared;
use crate::matcher::text::{Kind, Token};

/// Words of organisations, services and teams that are capitalised in their names but
/// name no person ("West Yorkshire Police", "Avon Fire and Rescue Service", "Real Madrid").
const NOT_PERSON: &[&str] = &[
    "police",
    "fire",
    "rescue",
    "service",
    "services",
    "army",
    "navy",
    "force",
    "forces",
    "court",
    "council",
    "party",
    "government",
    "ministry",
    "department",
    "hospital",
    "airport",
    "station",
    "street",
    "road",
    "club",
    "united",
    "city",
    "fc",
    "inc",
    "ltd",
    "corp",
    "company",
    "group",
    "news",
    "times",
    "post",
    "agency",
    "real",
    "house",
    "church",
    "school",
    "college",
    "trust",
    "authority",
    "county",
    "state",
    "national",
    "royal",
    "international",
    "association",
    "union",
    "world",
    "cup",
    "league",
    "polizei",
    "feuerwehr",
    "gendarmerie",
    "pompiers",
    "policía",
    "bomberos",
    "guardia",
    "civil",
    "nations",
    "republic",
    "kingdom",
    "north",
    "south",
    "east",
    "west",
    "northern",
    "southern",
    "eastern",
    "western",
    "new",
    "co",
    "center",
    "centre",
    "bureau",
    "committee",
    "awards",
    "research",
    "gardens",
    "park",
    "journey",
    "golden",
    "first",
    "deep",
    "underground",
    "compass",
    "press",
    "associated",
    "institute",
    "university",
    "foundation",
    "bank",
    "office",
    "commission",
    "senate",
    "congress",
    "assembly",
    "museum",
    "theatre",
    "theater",
    "festival",
    "prize",
    "award",
    "project",
    "trading",
    "treatment",
    "hotel",
    "mount",
    "mt",
    "lake",
    "river",
    "cape",
    "port",
    "fort",
    "saint",
    "airlines",
    "motors",
    "media",
    "network",
    "tv",
];

/// Offices and bylines before a name, which tell no one apart ("President George W. Bush",
/// "Associated Press Writer Sara Kugler", "Prime Minister"): left out of a name's own
/// words.
const OFFICES: &[&str] = &[
    "president",
    "prime",
    "minister",
    "secretary",
    "senator",
    "governor",
    "mayor",
    "writer",
    "staff",
    "spokesman",
    "spokeswoman",
    "chancellor",
    "general",
    "captain",
    "chief",
    "director",
    "chairman",
    "englishman",
    "american",
    "charger",
    "saints",
    "coach",
];

/// Titles and forms of address that go with a surname ("Mr Walsh", "Dr Lopez").
const ADDRESS: &[&str] = &[
    "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "herr", "frau", "m", "mme",
    "sr", "sra", "judge", "sen", "gov", "gen", "rep", "pres", "prof",
];

/// Whether a word (lower case, full stop taken off) is a title, an office or a form of
/// address ([`ADDRESS`], [`OFFICES`], or a title the speaker flag reads in six languages:
/// "judge", "sindaco", "Richter", "juez", "maire", "prefeito", `speakers::title`): it
/// tells no one apart, so two names sharing only it are not one person ("Judge Helen
/// Marsh" / "Judge Alan Reid", trial 39 N6).
fn title_word(w: &str) -> bool {
    ADDRESS.contains(&w) || OFFICES.contains(&w) || crate::matcher::speakers::title(w).is_some()
}

/// The role title of a name ([`crate::matcher::speakers::title`]: "judge" for "Judge
/// Alan Reid" and for "il giudice Rossi"), read from its words or the word right before it;
/// a doctor's or a professor's title is no role in a fact.
fn role_of(toks: &[Token], (s, e): (usize, usize)) -> Option<&'static str> {
    let from = s.saturating_sub(1);
    toks[from..=e]
        .iter()
        .filter(|t| t.kind == Kind::Word)
        .find_map(|t| crate::matcher::speakers::title(t.norm.trim_end_matches('.')))
        .filter(|t| !matches!(*t, "doctor" | "professor"))
}

/// Endings of German and French nouns that are no surnames ("Verhandlung", "Sicherheit",
/// "Gemeinschaft", "Explosion", "Qualität", "Ergebnisse"): a
/// capitalised word with one, after a verb, is a noun, not a person ([`object_word`]).
const NOUN_ENDS: &[&str] = &[
    "ung", "ungen", "heit", "keit", "schaft", "tion", "ionen", "tat", "nisse", "haft", "ismus",
];

/// Endings of verbs in the past, lower case and without diacritics, in the languages read
/// besides English (`counts::past_verb`): German "verurteilte", Italian "condannato",
/// Spanish "condenó", Portuguese "condenou", French "condamné" (written "condamne" once
/// folded: the French past participle is read from the written word).
const PAST_ENDS: &[&str] = &["te", "ato", "ito", "uto", "ata", "ita", "ou", "eu", "iu"];

/// Articles before a word besides those before a name (`lexicon::articles::BEFORE_NAME`)
/// and the German ones (`lexicon::german::ARTICLES`), both read too ([`is_article`]): the
/// indefinite ones (Portuguese "um", "uma" too) and the Italian elided "all'", "dell'",
/// "nell'". A lower-case word
/// after any article is an adjective or a noun ("die erste *Frau*", "all'ospedale
/// *Maggiore*"), not a verb ([`object_word`]), so this reader takes
/// more articles than a name's start is read past.
const ARTICLES: &[&str] = &[
    "a", "an", "un", "una", "uno", "une", "een", "um", "uma", "all", "dell", "nell",
];

/// Whether `norm` (a lower-case token) is an article of [`ARTICLES`], one before a name
/// or a German one, whatever the sentence's language (also read by `cause.rs` past the
/// articles before what a cause caused).
pub(crate) fn is_article(norm: &str) -> bool {
    crate::matcher::lexicon::german::ARTICLES.contains(&norm)
        || crate::matcher::lexicon::articles::BEFORE_NAME.contains(&norm)
        || ARTICLES.contains(&norm)
}

/// Whether a lower-case word is a verb in the past ([`PAST_ENDS`], `counts::past_verb`,
/// or a written ending in "ó", "é", "ée").
fn past_verb_word(t: &Token, written: &str) -> bool {
    let folded = super::names::fold_diacritics(&t.norm);
    super::counts::past_verb(&t.norm)
        || PAST_ENDS
            .iter()
            .any(|e| folded.ends_with(e) && folded.len() > e.len() + 2)
        || ["ó", "é", "ée"].iter().any(|e| written.ends_with(e))
}

/// Whether token `k` of `p` is a surname alone right after a verb, its object ("Das
/// Gericht verurteilte *Müller* am Donnerstag", "Police arrested *Walsh* on Monday"):
/// a capitalised word after a lower-case verb in the past ([`past_verb_word`]; no stop
/// word, date or negation, no article before it: [`is_article`]), one space between, no
/// capitalised word after it, and no noun's ending ([`NOUN_ENDS`]). Trial 39 N6:
/// "verurteilte Müller" / "verurteilte Schmidt" was not flagged. Like [`subject_word`],
/// no name when any word of the other sentence is that word.
fn object_word(p: &Prepared, k: usize) -> bool {
    let toks = &p.tokens;
    let (Some(before), Some(t)) = (k.checked_sub(1).and_then(|j| toks.get(j)), toks.get(k)) else {
        return false;
    };
    let folded = super::names::fold_diacritics(&t.norm);
    let after_capital = toks
        .get(k + 1)
        .is_some_and(|n| n.kind == Kind::Word && n.capital);
    let article = k
        .checked_sub(2)
        .and_then(|j| toks.get(j))
        .is_some_and(|a| is_article(&a.norm));
    before.kind == Kind::Word
        && !article
        && past_verb_word(before, &super::surface(p, before.start, before.end))
        && !before.proper
        && !before.capital
        && !before.stop
        && !before.date
        && !before.negation
        && !after_capital
        && !NOUN_ENDS.iter().any(|e| folded.ends_with(e))
        && super::surface_is(p, before.end, t.start, " ")
}

/// A personal name of a sentence: its tokens (first, last) and its text.
#[derive(Clone)]
pub(super) struct Name {
    /// A surname alone as the subject ([`subject_word`]) or as a verb's object
    /// ([`object_word`]).
    subject: bool,
    /// A surname alone as a verb's object ([`object_word`]): in the slot only when the
    /// verb before it is the same on both sides.
    object: bool,
    /// The role title of the name ([`role_of`]).
    role: Option<&'static str>,
    tokens: (usize, usize),
    range: (usize, usize),
    text: String,
}

/// Whether token `t` may be a word of a personal name: a capitalised word, no date and no
/// number word that is no other word ("Siebenundvierzig Menschen", "Quarante personnes"
/// at a sentence's start are counts, not names).
fn name_word(t: &Token) -> bool {
    t.proper
        && t.kind == Kind::Word
        && !t.date
        && crate::matcher::lexicon::cardinal(&t.norm, None).is_none()
        && super::numbers::number_word_compound(&t.norm).is_none()
}

/// The personal names of `p` ([`Name`]; see the module's doc comment for what counts).
fn names(p: &Prepared) -> Vec<Name> {
    let toks = &p.tokens;
    // The speakers are read only when a name is found (most sentences have none).
    let speakers = std::cell::OnceCell::new();
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if !(name_word(&toks[i]) || (i == 0 && subject_word(p))) {
            i += 1;
            continue;
        }
        let s = i;
        // Words of one name: next to each other, no punctuation between but a hyphen or
        // an apostrophe.
        // An initial's full stop too ("George W. Bush"); a possessive ends a name.
        let possessive = |t: &Token| {
            let w = super::surface(p, t.start, t.end);
            w.ends_with("'s") || w.ends_with("’s")
        };
        while i + 1 < toks.len() && name_word(&toks[i + 1]) && !possessive(&toks[i]) && {
            let gap = super::surface(p, toks[i].end, toks[i + 1].start);
            let initial = toks[i].norm.trim_end_matches('.').chars().count() == 1;
            gap.chars().all(|c| c == ' ' || c == '-') || (initial && gap.trim() == ".")
        } {
            i += 1;
        }
        let e = i;
        i += 1;
        let words: Vec<&Token> = toks[s..=e].iter().collect();
        let written: Vec<String> = words
            .iter()
            .map(|t| super::surface(p, t.start, t.end).into_owned())
            .collect();
        // A regnal number after a given name is no acronym ("Felipe VI", "Charles III").
        let regnal = |k: usize, w: &String| k > 0 && w.chars().all(|c| "IVX".contains(c));
        let acronym = written.iter().enumerate().any(|(k, w)| {
            w.chars().count() >= 2 && w.chars().all(|c| !c.is_lowercase()) && !regnal(k, w)
        });
        // An operator's vehicle ("Lufthansa-Maschine": `vehicles.rs` compares it); a
        // hospital in any of the seven languages ("Rotes Kreuz Krankenhaus", "Klinikum
        // Ost": a place, `places/hospitals.rs`; trial 51 F3); a landform ("Fern Pass",
        // "Italian Dolomites": `lexicon::landforms`; trial 57).
        let org = words.iter().any(|t| {
            NOT_PERSON.contains(&t.norm.as_str())
                || crate::matcher::lexicon::landforms::landform(&t.norm)
                || crate::matcher::lexicon::fate_phrases::HOSPITALS.contains(&t.norm.as_str())
                || !super::gazetteer::readings(&t.norm).is_empty()
                || super::vehicles::is_operated(&t.norm)
        }) || !super::gazetteer::readings(
            &words
                .iter()
                .map(|t| t.norm.as_str())
                .collect::<Vec<_>>()
                .join(" "),
        )
        .is_empty();
        let own = words
            .iter()
            .filter(|t| {
                let w = t.norm.trim_end_matches('.');
                !title_word(w) && w.chars().count() > 1
            })
            .count();
        // A title before a surname: its first word ("Judge Marsh", "General Petraeus"; not
        // "Surgeon General") or lower case right before it, one space between ("il
        // sindaco Rossi", "el juez Pedraz", "mayor Smith"; not "surgeon general,
        // Democratic").
        let role_word = |t: &Token| crate::matcher::speakers::title(&t.norm).is_some();
        let titled_before = s > 0
            && toks[s - 1].kind == Kind::Word
            && role_word(&toks[s - 1])
            && super::surface_is(p, toks[s - 1].end, toks[s].start, " ");
        let addressed = own == 1
            && (titled_before
                || (s < e && role_word(&toks[s]))
                || words
                    .iter()
                    .any(|t| ADDRESS.contains(&t.norm.trim_end_matches('.'))));
        // A possessive is an owner, not who the fact is about ("San Diego's Jackson").
        let owner = possessive(&toks[e]);
        let range = (toks[s].start, toks[e].end);
        // A surname alone as the subject ("Walsh used the money ...", the full name told
        // earlier in the article): [`subject_word`].
        let subject = s == 0 && e == 0 && own == 1 && subject_word(p);
        let object = s == e && own == 1 && !addressed && !subject && object_word(p, s);
        // A named facility or site ("the Santa Rosa copper mine", "la mina El Algarrobo").
        let site = super::facilities::names_facility(p, s, e);
        if acronym || org || owner || site || !(own >= 2 || addressed || subject || object) {
            continue;
        }
        let spoken = speakers
            .get_or_init(|| crate::matcher::speakers::speakers(p))
            .iter()
            .any(|((x, y), _)| *x < range.1 && range.0 < *y);
        if spoken {
            continue;
        }
        out.push(Name {
            subject: (subject || object) && !(own >= 2 || addressed),
            object,
            role: if titled_before || role_word(&toks[s]) {
                role_of(toks, (s, e))
            } else {
                None
            },
            tokens: (s, e),
            range,
            text: written.join(" "),
        });
    }
    out
}

/// Endings of plural nouns of people ("Rescuers", "Negotiators", "Residents",
/// "Officials"): a sentence opening with one names a group, not a surname.
const GROUP_ENDS: &[&str] = &["ers", "ors", "ists", "ents", "ants", "ians", "als"];

/// Whether the sentence `p` opens with one capitalised word that may be a surname as its
/// subject ("Walsh used the money ...", "Williams died ...", the full name told earlier
/// in the article): a word (no stop word, date or figure, not a plural of
/// [`GROUP_ENDS`]) right before a verb in the past (`counts::past_verb`: "used", "died",
/// "spent"). On the development sentence pairs (`flag_counts`), with the verb after it
/// required: 6 more person flags (pairs flagged 949 -> 953), all on label-0 pairs of two
/// people ("Williams died" / "Page died"), none on a label-1 pair (without
/// it, 7 on label-1 pairs: "Saddam loyalists" / "Hussein loyalists", "Video replays" /
/// "Television replays").
fn subject_word(p: &Prepared) -> bool {
    let toks = &p.tokens;
    let (Some(first), Some(next)) = (toks.first(), toks.get(1)) else {
        return false;
    };
    first.capital
        && !GROUP_ENDS.iter().any(|e| first.norm.ends_with(e))
        && first.kind == Kind::Word
        && !first.stop
        && !first.date
        && !first.negation
        && next.kind == Kind::Word
        && !next.proper
        && !next.capital
        && !next.stop
        && (next.norm.ends_with("ed") || super::counts::past_verb(&next.norm))
        && super::surface_is(p, first.end, next.start, " ")
}

/// The stem of the nearest content word (no name, figure, date or stop word) before
/// (`back`) or after token `k`, within three tokens.
fn neighbour(p: &Prepared, k: usize, back: bool) -> Option<u64> {
    let toks = &p.tokens;
    let content = |t: &Token| t.kind == Kind::Word && !t.stop && !t.proper && !t.date;
    let pick = |t: &Token| content(t).then_some(t.stem);
    if back {
        toks[..k].iter().rev().take(3).find_map(pick)
    } else {
        toks[k + 1..]
            .iter()
            .filter(|t| !matches!(t.kind, Kind::Number(_)))
            .take(3)
            .find_map(pick)
    }
}

/// The personal names of `p` ([`names`]), read once per sentence (`facts.rs`). They
/// read the sentence's speakers, which read who "he" is ([`Prepared::context_speaker`]):
/// names read before that was set are read again.
fn names_of(p: &Prepared) -> std::borrow::Cow<'_, [Name]> {
    let (who, names_read) = p.facts.names.get_or_init(|| (p.context_speaker, names(p)));
    match *who == p.context_speaker {
        true => std::borrow::Cow::Borrowed(names_read),
        false => std::borrow::Cow::Owned(names(p)),
    }
}

/// Two different named people in the same slot of the fact (see the module's doc
/// comment): the ranges of the two names, the first such pair.
pub(super) fn named_person_conflict(a: &Prepared, b: &Prepared) -> Option<Ranges> {
    let na = names_of(a);
    // Every flag pairs a name of each side.
    if na.is_empty() {
        return None;
    }
    let nb = names_of(b);
    if nb.is_empty() {
        return None;
    }
    // Diacritics folded: "José Núñez" / "Jose Nunez" is one person.
    let fold = |s: &str| super::names::fold_diacritics(s).replace('’', "'");
    // Two names sharing a word are one person told otherwise ("Djihad Salafist" /
    // "Salafist Jihad", "Habis Abdu" / "Habis Abdullah"), unless only their surnames are
    // one and their given names start otherwise ("Piet Bakker" / "Dirk Bakker").
    let words = |s: &str| -> Vec<String> {
        fold(s)
            .to_lowercase()
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| w.chars().count() > 1 && !title_word(w))
            .map(str::to_string)
            .collect()
    };
    let shared = |x: &str, y: &str| {
        let (wx, wy) = (words(x), words(y));
        let start = |w: &String| w.chars().take(3).collect::<String>();
        let two_given = wx.len() >= 2
            && wy.len() >= 2
            && wx.last() == wy.last()
            && start(&wx[0]) != start(&wy[0])
            && wx[..wx.len() - 1].iter().all(|w| !wy.contains(w));
        // A short form of a given name ("Vlad" / "Vladimir"), three letters or more.
        let short_form =
            |w: &String, v: &String| w.chars().count() >= 3 && v.starts_with(w.as_str());
        let prefix = wx
            .iter()
            .any(|w| wy.iter().any(|v| short_form(w, v) || short_form(v, w)));
        (wx.iter().any(|w| wy.contains(w)) || prefix) && !two_given
    };
    // One surname spelt by two transliterations: its consonants ("Mouleff" / "Muliff").
    let consonants = |s: &str| -> String {
        let mut c: Vec<char> = words(s)
            .last()
            .map(|w| w.chars().filter(|c| !"aeiouy".contains(*c)).collect())
            .unwrap_or_default();
        c.dedup();
        c.into_iter().collect()
    };
    let one = |x: &str, y: &str| {
        shared(x, y)
            || (consonants(x).chars().count() >= 3
                && consonants(x) == consonants(y)
                && words(x).last() != words(y).last())
            || crate::matcher::speakers::one_person(&fold(x), &fold(y))
    };
    // A surname alone is in the other sentence when any word of it is ("Nadal defeated
    // Federer" / "Federer defeated Nadal": the outcome flag's).
    let mentioned = |x: &Name, own: &Prepared, other: &Prepared| {
        let w = &own.tokens[x.tokens.0].norm;
        x.subject && other.tokens.iter().any(|t| &t.norm == w)
    };
    let alone = |x: &Name, others: &[Name]| others.iter().all(|y| !one(&x.text, &y.text));
    // A name the other sentence gives as its speaker is the speaker flag's ("Ana Ruiz said
    // Tom Kerr was wrong." / "Tom Kerr said Ana Ruiz was wrong.": speakers swapped).
    let speaker_texts = |p: &Prepared| -> Vec<String> {
        crate::matcher::speakers::speakers(p)
            .iter()
            .map(|((x, y), _)| super::surface(p, *x, *y).into_owned())
            .collect()
    };
    let (sa, sb) = (speaker_texts(a), speaker_texts(b));
    let unspoken = |x: &Name, speakers: &[String]| speakers.iter().all(|s| !one(&x.text, s));
    for x in na
        .iter()
        .filter(|x| alone(x, &nb) && unspoken(x, &sb) && !mentioned(x, a, b))
    {
        for y in nb
            .iter()
            .filter(|y| alone(y, &na) && unspoken(y, &sa) && !mentioned(y, b, a))
        {
            let before = neighbour(a, x.tokens.0, true);
            let after = neighbour(a, x.tokens.1, false);
            let same_before = before.is_some() && before == neighbour(b, y.tokens.0, true);
            // The token right before each name, the same word ("by Judge Helen Marsh" /
            // "by Judge Alan Reid"; "sentenced Müller" / "sentenced Schmidt"), or both
            // names opening their sentences.
            let right_before = |p: &Prepared, k: usize| k.checked_sub(1).map(|j| p.tokens[j].stem);
            let adjacent = right_before(a, x.tokens.0) == right_before(b, y.tokens.0);
            // A surname alone after a verb is in the slot of that verb only.
            let slot = if x.object || y.object {
                same_before && adjacent
            } else {
                same_before
                    || (after.is_some() && after == neighbour(b, y.tokens.1, false))
                    // One role with two names ("Judge Helen Marsh" / "Judge Alan Reid").
                    || (x.role.is_some() && x.role == y.role && adjacent)
            };
            if slot {
                return Some((x.range, y.range));
            }
        }
    }
    None
}
