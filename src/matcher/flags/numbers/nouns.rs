//! Counted nouns the head of the phrase after a figure does not tell alone (issue 8, trial
//! 29 F9): one thing under two nouns ("carriages" / "coaches", "workers" / "staff",
//! "jobs" / "positions" / "job losses": [`noun_group`]), a count told as "N-strong"
//! ("a 300-strong team of rescuers": [`strong_noun`]) and people counted by their
//! nationality ("five Indians, four Russians and two South Koreans": [`demonym`]).

use super::NumSlot;
use crate::matcher::features::Prepared;
use crate::matcher::flags::figures::unit_key;
use crate::matcher::flags::language_of;
use crate::matcher::flags::{surface, surface_is};
use crate::matcher::text::Kind;

/// Nouns that count one thing: the counted-noun classes of the synonym table
/// (`align::NOUN_GROUPS`, each keyed by its first word), then the nouns of times
/// ([`TIMES`]), of a crowd ([`CROWD`]), of a ship's crew (`lexicon::counted_nouns::CREW`:
/// "23 sailors" / "19 marittimi"; trial 58) and the groups the ranking does not read
/// (`lexicon::counted_nouns`: "120 operations" / "200 surgeries", "40 doctors" / "45
/// physicians"; trial 49 F4). A count of one agrees with or differs from a count of another of its group
/// ("The first two carriages" / "The first three coaches"). The nouns of a train's cars
/// ([`RAIL_CARS`]) are one thing only in a sentence of a train.
///
/// The groups of homes, jobs, workers, residents and firefighters hold the words of
/// French, German, Spanish, Italian, Portuguese and Dutch too (trial 35 F2, F6.2, F9.2:
/// "1 200 maisons" / "1 500 habitations", "250,000 homes" / "300,000 households", "1100
/// Menschen" / "1200 Beschäftigte"; trial 36 F1, F2: "23 casas" / "31 habitações", "900
/// operacionais" / "700 bombeiros"); a count of workers or residents is a count of people
/// too ([`people_group`]).
fn groups() -> impl Iterator<Item = &'static [&'static str]> {
    use crate::matcher::align::{NOUN_GROUPS, SYNONYMS};
    use crate::matcher::lexicon::counted_nouns::{COUNTED_GROUPS, CREW};
    NOUN_GROUPS
        .iter()
        .map(|&c| SYNONYMS[usize::from(c)])
        .chain([TIMES, CROWD, CREW])
        .chain(COUNTED_GROUPS.iter().copied())
}

/// Nouns of the crowd at a match or a show, one group across languages ("ante 57.000
/// espectadores" / "con 55.000 aficionados", "60,000 fans" / "a crowd of 58,000
/// spectators"; trial 40 T5): a count of one is the count of another.
const CROWD: &[&str] = &[
    "spectators",
    "fans",
    "supporters",
    "attendance",
    "spectateurs",
    "supporteurs",
    "zuschauer",
    "zuschauern",
    "espectadores",
    "aficionados",
    "hinchas",
    "seguidores",
    "spettatori",
    "tifosi",
    "torcedores",
    "adeptos",
    "toeschouwers",
];

/// The key of a group of [`groups`] (`NumSlot::noun`): its first word's.
fn group_key(group: &[&str]) -> u64 {
    unit_key(&format!(
        "group {}",
        group.first().copied().unwrap_or_default()
    ))
}

/// Whether counts `x` of `a` and `y` of `b`, two lone counts of nouns across languages
/// (`numbers::number_conflicts`), count nouns of two groups of meaning, so two things. One
/// reading of the tables of meanings, asked of the count's noun two ways:
/// - by its key (`NumSlot::noun`): both are people or a group of [`groups`] (homes,
///   workers, residents, …: nouns whose meaning the matcher knows in every language), and
///   two keys ("about 3,500 residents" / "almeno 40 tra case": trial 54);
/// - by the words of the phrase after its figure ([`phrase_words`]: the noun with the
///   words next to it in either order, "Two neighbouring buildings" / "Trois bâtiments
///   voisins", session 53), one sentence English and the other not: the other language's
///   words are in a group of the lexicon's tables (`xling::table_groups`), and none of
///   their groups holds an English word of the phrase ("Rund 400
///   Fahrgäste saßen in der U-Bahn fest." / "Traffic lights failed at hundreds of
///   crossings." was a dashed number flag; the group of passengers holds "passengers", so
///   "crossings" is no translation of "Fahrgäste": session 51). Every group holds its
///   English words, not always every other language's ("arbeiders" is in none: it may
///   still be "workers"). A word of people ("Menschen", "people": `meanings::PEOPLE`)
///   may be anyone counted and is never apart this way.
pub(super) fn two_groups(a: &Prepared, x: &NumSlot, b: &Prepared, y: &NumSlot) -> bool {
    let known = |s: &NumSlot| s.noun.is_some_and(known_group);
    (known(x) && known(y) && x.noun != y.noun) || words_apart(a, x, b, y)
}

/// Whether a counted noun's key (`NumSlot::noun`) is people or a group of [`groups`]
/// ([`two_groups`]).
fn known_group(key: u64) -> bool {
    static KEYS: std::sync::OnceLock<Vec<u64>> = std::sync::OnceLock::new();
    key == unit_key("person")
        || KEYS
            .get_or_init(|| groups().map(group_key).collect())
            .contains(&key)
}

/// The reading of [`two_groups`] by the words written after the figures, across English
/// and another language.
fn words_apart(a: &Prepared, x: &NumSlot, b: &Prepared, y: &NumSlot) -> bool {
    use crate::matcher::language::Language::English;
    use crate::matcher::lexicon::meanings::PEOPLE;
    use crate::matcher::xling::table_groups;
    let (u, v) = (phrase_words(a, x), phrase_words(b, y));
    if u.is_empty() || v.is_empty() {
        return false;
    }
    let english = |p: &Prepared| language_of(p) == Some(English);
    let (english_words, other_words) = match (english(a), english(b)) {
        (true, false) => (&u, &v),
        (false, true) => (&v, &u),
        _ => return false,
    };
    if u.iter().chain(&v).any(|w| PEOPLE.contains(w)) {
        return false;
    }
    let groups =
        |words: &[&str]| -> Vec<u64> { words.iter().flat_map(|w| table_groups(w)).collect() };
    let (ge, go) = (groups(english_words), groups(other_words));
    !go.is_empty() && !go.iter().any(|g| ge.contains(g))
}

/// Whether counts `x` of `a` and `y` of `b`, of two nouns in two sentences not both told
/// in one language (`numbers::number_conflicts`: one may be too short to tell its own),
/// count one noun translated: the noun of each phrase ([`phrase_words`]: its head and a
/// plural before it, "bâtiments voisins"; not a modifier, "fire engines") in one group of
/// the lexicon's tables of meanings (`xling::table_groups`: "buildings" / "bâtiments" /
/// "Gebäude" / "edificios" / "palazzi" / "edifícios" / "gebouwen"; session 53: "Two
/// neighbouring buildings were damaged." / "Trois bâtiments voisins ont été
/// endommagés." was no flag, its English too short to be told English). Two nouns of two
/// groups ("buildings" / "voitures") are not.
pub(super) fn one_meaning(a: &Prepared, x: &NumSlot, b: &Prepared, y: &NumSlot) -> bool {
    use crate::matcher::xling::table_groups;
    // The head's groups and those of a plural before it ("bâtiments voisins", "edificios
    // vecinos": the noun first), not a modifier's ("fire engines").
    let groups = |p: &Prepared, s: &NumSlot| -> Vec<u64> {
        let words = phrase_words(p, s);
        let Some((head, before)) = words.split_last() else {
            return Vec::new();
        };
        before
            .iter()
            .filter(|w| w.ends_with(['s', 'x']))
            .flat_map(|w| table_groups(w))
            // A German or Dutch compound by its head: "Rettungshubschrauber"
            // (`compound_head.rs`).
            .chain(super::compound_head::head_groups(head))
            .collect()
    };
    let gx = groups(a, x);
    !gx.is_empty() && groups(b, y).iter().any(|g| gx.contains(g))
}

/// The head of the noun phrase a count `s` of `p` counts (the last of [`phrase_words`]),
/// lower case; `None` when no word follows its figure within three tokens.
pub(super) fn head_word<'p>(p: &'p Prepared, s: &NumSlot) -> Option<&'p str> {
    phrase_words(p, s).last().copied()
}

/// The words of the noun phrase a count of `p` counts, as its sentence writes them: from
/// the first word after its figure, a function word between at most ("400 *Fahrgäste*",
/// "hundreds of *crossings*"), to the head of its phrase (`head::head_noun`), so a noun
/// is read with the words next to it in either order ("Two *neighbouring buildings*",
/// "Trois *bâtiments voisins*", "Drei *benachbarte Gebäude*"); empty when no word follows within three tokens.
fn phrase_words<'p>(p: &'p Prepared, s: &NumSlot) -> Vec<&'p str> {
    let Some(k) = s.tok else {
        return Vec::new();
    };
    let first = (k + 1..(k + 4).min(p.tokens.len()))
        .find(|&j| p.tokens[j].kind == Kind::Word && !p.tokens[j].stop);
    let Some(j) = first else {
        return Vec::new();
    };
    let mut h = super::head::head_noun(p, j).max(j);
    // A German noun after its adjective is capitalised, so no head of `head_noun`: a word
    // of a table of meanings next to the phrase is its noun ("Drei benachbarte Gebäude").
    while h < j + 2
        && p.tokens.get(h + 1).is_some_and(|t| {
            t.kind == Kind::Word
                && !t.stop
                && surface_is(p, p.tokens[h].end, t.start, " ")
                && crate::matcher::xling::common_concept(&t.norm)
        })
    {
        h += 1;
    }
    p.tokens[j..=h].iter().map(|t| t.norm.as_str()).collect()
}

/// Whether a counted noun's key (`NumSlot::noun`) is the group of workers or of residents
/// ([`groups`]): a count of people of a kind, which may be the count another sentence
/// tells of people ("rund 1100 Menschen" / "etwa 1200 Beschäftigte", "8 000 personnes" /
/// "10 000 habitants": `numbers::number_conflicts` compares them when nothing else
/// tells the two apart).
pub(super) fn people_group(key: u64) -> bool {
    use crate::matcher::align::{RESIDENTS, SYNONYMS, WORKERS};
    static KEYS: std::sync::OnceLock<[u64; 2]> = std::sync::OnceLock::new();
    KEYS.get_or_init(|| [WORKERS, RESIDENTS].map(|c| group_key(SYNONYMS[usize::from(c)])))
        .contains(&key)
}

/// Words that join two nouns of one figure ("residents and tourists", "residenti e
/// turisti", "habitants et touristes", "vecinos y turistas", "Anwohner und Touristen",
/// "bewoners en toeristen").
const JOINS: &[&str] = &["and", "e", "et", "y", "und", "en"];

/// Whether the noun at token `k` of `p` is joined to another noun of the same figure
/// right after it: a word of [`JOINS`] and a content word (no stop word, name or figure)
/// after it, spaced ("about 3,500 residents and tourists"). A group of people so joined
/// is people of two kinds told by one figure, a count of people (trial 54 F4: "circa
/// 5.000 persone tra residenti e turisti" / "About 3,500 people" read as residents
/// against people, no flag); "two women and a man" (a figure after the join) is a list.
pub(super) fn joined_people(p: &Prepared, k: usize) -> bool {
    let toks = &p.tokens;
    let spaced =
        |j: usize| j > 0 && j < toks.len() && surface_is(p, toks[j - 1].end, toks[j].start, " ");
    let join = toks
        .get(k + 1)
        .is_some_and(|t| JOINS.contains(&t.norm.as_str()));
    let noun = toks
        .get(k + 2)
        .is_some_and(|t| t.kind == Kind::Word && !t.stop && !t.proper);
    join && noun && spaced(k + 1) && spaced(k + 2)
}

/// Nouns of times ("three times", "trois fois", "tres veces", "drei Mal"), one group
/// across languages (`times.rs` counts "twice", "zweimal", "una vez" in it): a word of
/// them is the counted noun only right after the figure ("deux hommes mal en point" counts
/// men).
const TIMES: &[&str] = &[
    "times", "fois", "veces", "vez", "vezes", "volte", "volta", "mal",
];

/// The nouns of a train's cars, one thing in a sentence with a word of [`RAIL_WORDS`]
/// ("The first three coaches came off the rails"): "coaches" and "cars" are buses and
/// automobiles elsewhere.
const RAIL_CARS: &[&str] = &[
    "carriages",
    "carriage",
    "coaches",
    "coach",
    "cars",
    "car",
    "wagons",
    "wagon",
];

/// Words that make a sentence one of a train ([`RAIL_CARS`]).
const RAIL_WORDS: &[&str] = &[
    "train",
    "trains",
    "rail",
    "rails",
    "railway",
    "railroad",
    "derailed",
    "derail",
    "derailment",
    "tracks",
    "locomotive",
    "carriages",
    "carriage",
    "wagons",
];

/// Nouns after a job that name jobs lost ("1,500 job losses", "1,200 job cuts").
const JOB_LOSSES: &[&str] = &["losses", "cuts", "reductions"];

/// The group of the noun phrase whose first word is token `j` of `p` ([`GROUPS`]): a word
/// of a group among its first three words, spaced and no stop word, name or figure
/// ("five foreign aid staff": staff; "Four aid workers": workers), or "job" before a word
/// of [`JOB_LOSSES`] ("1,500 job losses": jobs); a rescue worker is a rescuer. With the
/// token of that word and the key of the group.
pub(super) fn noun_group(p: &Prepared, j: usize) -> Option<(usize, u64)> {
    let toks = &p.tokens;
    let mut k = j;
    while k < j + 3 {
        let t = toks.get(k)?;
        let spaced = k == j || surface_is(p, toks[k - 1].end, t.start, " ");
        if t.kind != Kind::Word || t.stop || t.proper || !spaced {
            return None;
        }
        let w = t.norm.as_str();
        let next = toks.get(k + 1).map(|n| n.norm.as_str());
        if w == "job" && next.is_some_and(|n| JOB_LOSSES.contains(&n)) {
            return Some((k + 1, unit_key("group jobs")));
        }
        let rescue = k > j && toks[k - 1].norm == "rescue" && matches!(w, "workers" | "teams");
        if rescue {
            return Some((k, unit_key("group rescuers")));
        }
        if let Some(key) = group_of(p, k).filter(|_| k == j || !TIMES.contains(&w)) {
            // "23 crew members": the count ends at "members".
            let members = w == "crew" && next.is_some_and(|n| n.starts_with("member"));
            return Some((k + usize::from(members), key));
        }
        k += 1;
    }
    None
}

/// The counted term of several words that starts at token `j` of `p`
/// (`lexicon::terms::COUNTED_TERMS`: "bolas de partido", "puntos de partido", "balles de
/// match", "Matchbälle"): its last token and its key, one for every form of the term
/// ("tres bolas de partido" / "dos puntos de partido" count one thing); `None` for any
/// other word. The words of the term are spaced words of no punctuation between.
pub(super) fn counted_term(p: &Prepared, j: usize) -> Option<(usize, u64)> {
    let toks = &p.tokens;
    let word = |k: usize| {
        let t = toks.get(j + k)?;
        let spaced = k == 0 || surface_is(p, toks[j + k - 1].end, t.start, " ");
        (t.kind == Kind::Word && spaced).then_some(t.norm.as_str())
    };
    let (key, n) = crate::matcher::lexicon::terms::counted_term(word)?;
    Some((j + n - 1, unit_key(&format!("term {key}"))))
}

/// The key of the group of [`GROUPS`] (or of a train's cars, [`RAIL_CARS`], in a sentence
/// of a train; of homes for a utility's customers, `lexicon::counted_nouns::
/// UTILITY_CUSTOMERS`, in a sentence of a power supply, `SUPPLY_WORDS`: trial 53 F5) token
/// `k` of `p` is a noun of, `None` for any other word; Italian "case" is of homes in an
/// Italian sentence (`HOMES_OF_ONE_LANGUAGE`). Every reader of
/// a counted noun keys it so ("The number of homes destroyed rose to 60" / "45 houses").
pub(super) fn group_of(p: &Prepared, k: usize) -> Option<u64> {
    use crate::matcher::lexicon::counted_nouns::{
        HOMES_OF_ONE_LANGUAGE, SUPPLY_WORDS, UTILITY_CUSTOMERS,
    };
    let toks = &p.tokens;
    let w = toks.get(k)?.norm.as_str();
    if let Some(g) = groups().find(|g| g.contains(&w)) {
        return Some(group_key(g));
    }
    if let Some(head) = compound_head(w) {
        return groups().find(|g| g.contains(&head)).map(group_key);
    }
    if UTILITY_CUSTOMERS.contains(&w)
        && toks.iter().any(|t| SUPPLY_WORDS.contains(&t.norm.as_str()))
    {
        return groups().find(|g| g.contains(&"households")).map(group_key);
    }
    let homes = HOMES_OF_ONE_LANGUAGE
        .iter()
        .any(|&(h, l)| h == w && crate::matcher::flags::language_of(p) == Some(l));
    if homes {
        return groups().find(|g| g.contains(&"homes")).map(group_key);
    }
    let rail = || toks.iter().any(|t| RAIL_WORDS.contains(&t.norm.as_str()));
    (RAIL_CARS.contains(&w) && rail()).then(|| unit_key("group carriages"))
}

/// Heads of German and Dutch compounds that count what their group counts, whatever the
/// modifier before them: "Mietwohnungen", "huurwoningen" are homes, "Werksmitarbeiter",
/// "Bauarbeiter", "medewerkers" workers, "Hausbewohner", "buurtbewoners" residents,
/// "Bundeswehrsoldaten" soldiers (trial 38 F11). Not "häuser" / "huizen", whose compounds
/// are often no home ("Krankenhäuser", "ziekenhuizen"; the homes among them are listed in
/// the group), nor "stellen" ("Baustellen").
const COMPOUND_HEADS: &[&str] = &[
    "wohnungen",
    "woningen",
    "mitarbeiter",
    "mitarbeitern",
    "mitarbeiterinnen",
    "beschäftigte",
    "beschäftigten",
    "arbeiter",
    "arbeitnehmer",
    "werknemers",
    "medewerkers",
    "bewohner",
    "bewoners",
    "feuerwehrleute",
    "brandweerlieden",
    "arbeitsplätze",
    "arbeitsplätzen",
    "soldaten",
];

/// The head of [`COMPOUND_HEADS`] the word `w` (lower case) ends with, after a modifier of
/// at least `lexicon::german::MIN_MODIFIER` letters ("Miet-wohnungen"); `None` for other
/// words and for a head itself.
fn compound_head(w: &str) -> Option<&'static str> {
    use crate::matcher::lexicon::german::MIN_MODIFIER;
    COMPOUND_HEADS.iter().copied().find(|h| {
        w.strip_suffix(h)
            .is_some_and(|m| m.chars().filter(|c| c.is_alphabetic()).count() >= MIN_MODIFIER)
    })
}

/// Collective nouns after "N-strong" whose members are named after "of" ("a 300-strong
/// team of rescuers", "a 50-strong crew of firefighters").
const COLLECTIVES: &[&str] = &[
    "team",
    "force",
    "contingent",
    "crew",
    "group",
    "squad",
    "unit",
    "delegation",
    "army",
    "mob",
    "crowd",
    "brigade",
];

/// The first token of what the figure at token `i` of `p` counts when it is told as
/// "N-strong" ("a 300-strong team of rescuers": rescuers; "a 300-strong force": force),
/// `None` for any other figure.
pub(super) fn strong_noun(p: &Prepared, i: usize) -> Option<usize> {
    let toks = &p.tokens;
    let strong = toks.get(i + 1)?;
    if strong.norm != "strong" || surface(p, toks[i].end, strong.start) != "-" {
        return None;
    }
    // "the 4.600-strong International Security Assistance Force": a name, read as
    // "5,000 strong" is.
    let collective = toks.get(i + 2).filter(|c| !c.capital)?;
    let of = toks.get(i + 3).is_some_and(|o| o.norm == "of");
    match COLLECTIVES.contains(&collective.norm.as_str()) && of && toks.len() > i + 4 {
        true => Some(i + 4),
        false => Some(i + 2),
    }
}

/// Endings of the plurals of nationalities ("Indians", "Russians", "Chinese",
/// "Spaniards", "Britons", "Israelis").
const DEMONYM_ENDINGS: &[&str] = &["ans", "ese", "ards", "ons", "lis", "nis", "qis", "dis"];

/// Plurals of nationalities of no ending of [`DEMONYM_ENDINGS`].
const DEMONYMS: &[&str] = &[
    "swedes",
    "danes",
    "poles",
    "turks",
    "finns",
    "thais",
    "czechs",
    "greeks",
    "swiss",
    "scots",
    "french",
    "british",
    "dutch",
    "irish",
    "kurds",
    "arabs",
    "serbs",
    "croats",
    "slovaks",
    "uzbeks",
    "kazakhs",
    "filipinos",
    "argentines",
];

/// The token of a plural of a nationality that is the counted noun of a figure, when its
/// phrase starts at token `j` of `p`: a capitalised word of [`DEMONYMS`] or of an ending
/// of [`DEMONYM_ENDINGS`], at `j` or after one other capitalised word ("two South
/// Koreans"), that ends the phrase (no word in lower case that is no stop word after it:
/// not "five Memphis police officers"). Such names count people as any plural does.
pub(super) fn demonym(p: &Prepared, j: usize) -> Option<usize> {
    let toks = &p.tokens;
    let is = |k: usize| {
        toks.get(k).is_some_and(|t| {
            let w = t.norm.as_str();
            t.kind == Kind::Word
                && t.capital
                && (DEMONYMS.contains(&w)
                    || (w.chars().count() > 5 && DEMONYM_ENDINGS.iter().any(|e| w.ends_with(e))))
        })
    };
    let k = match is(j) {
        true => j,
        false if toks.get(j).is_some_and(|t| t.capital) && is(j + 1) => j + 1,
        false => return None,
    };
    let ends = toks.get(k + 1).is_none_or(|n| {
        n.kind != Kind::Word || n.stop || n.capital || surface(p, toks[k].end, n.start) != " "
    });
    ends.then_some(k)
}
