//! An age told in years ("35-year-old", "35 years old") or by the words before it ("aged
//! 61", "at the age of 61", "who was 61,"): the number flags read it as an age, compared
//! with another age only, never with a length of time ("served 15 years"). An age between
//! commas ("The actor, 61,") is an age too (`counts::age_between_commas`); the forms are
//! compared with each other, the anchor saying whose age each is.

use crate::matcher::features::Prepared;
use crate::matcher::flags::surface;
use crate::matcher::flags::units::unit_of;
use crate::matcher::text::{Kind, Token};

/// The token "old" of an age told in years: the figure's unit is the year (`noun`, its
/// text ending at code point `end`) and "old" follows it ("35-year-old", "35 years old").
pub(super) fn age_in_years(p: &Prepared, noun: Option<u64>, end: usize) -> Option<usize> {
    let year = unit_of("year").map(|u| u.0);
    if noun.is_none() || noun != year {
        return None;
    }
    let k = p.tokens.iter().position(|t| t.end == end)? + 1;
    p.tokens
        .get(k)
        .filter(|t| OLD.contains(&t.norm.as_str()))
        .map(|_| k)
}

/// The words of an age after its years: "35 years old", "der 51 Jahre alte Fahrer", "drei
/// Jahre alt".
const OLD: &[&str] = &["old", "alt", "alte", "alten", "alter", "altes", "altem"];

/// Forms of "to be" between the owner of an age and the age at the end of its clause
/// ("The vehicle was three years old", "Das Fahrzeug war drei Jahre alt").
const BE: &[&str] = &["was", "is", "were", "are", "war", "ist", "waren", "sind"];

/// The token of the owner of the age told in years whose figure is token `i` of `p` and
/// whose word of [`OLD`] is token `k` (keyed by [`owner_key`]): the content word right after it
/// ("The 35-year-old *deputy*", "der 51 Jahre alte *Fahrer*"), else the subject before a
/// form of "to be" in the clause ("The *vehicle* was three years old", "Das *Fahrzeug*
/// war ... drei Jahre alt": trial 32 F5, a driver's age is no vehicle's). `None` when no
/// word says.
pub(super) fn age_owner(p: &Prepared, i: usize, k: usize) -> Option<usize> {
    let toks = &p.tokens;
    if toks
        .get(k + 1)
        .is_some_and(|n| n.kind == Kind::Word && !n.stop)
    {
        return Some(k + 1);
    }
    let opens = |j: usize| {
        j == 0 || surface(p, toks[j - 1].end, toks[j].start).contains([',', ';', ':', '(', ')'])
    };
    let mut j = i;
    while j > 0 && !opens(j) {
        j -= 1;
        if BE.contains(&toks[j].norm.as_str()) {
            return (j.saturating_sub(2)..j)
                .rev()
                .find(|&m| toks[m].kind == Kind::Word && !toks[m].stop && !toks[m].proper);
        }
    }
    None
}

/// Words that name a man or a boy and nothing else of him ("A 72-year-old man"): the age
/// of such an owner may be the age another sentence gives a motorist, a victim or a name
/// ([`owners_alike`]), not a woman's.
const MALE: &[&str] = &[
    "man",
    "boy",
    "male",
    "gentleman",
    "homme",
    "garçon",
    "hombre",
    "chico",
    "uomo",
    "ragazzo",
    "mann",
    "junge",
    "homem",
    "rapaz",
];

/// Words that name a woman or a girl and nothing else of her ([`MALE`]).
const FEMALE: &[&str] = &[
    "woman", "girl", "female", "lady", "femme", "fille", "mujer", "chica", "donna", "ragazza",
    "frau", "mädchen", "mulher", "menina",
];

/// The key of the owner of an age, the word token `t` (`NumSlot::noun` of the age): a
/// word of [`MALE`] or [`FEMALE`] keys its sex, any other word its stem ("The gunman, 27,":
/// the gunman; "15-year-old Alexandros Grigoropoulos": Alexandros).
pub(super) fn owner_key(t: &Token) -> u64 {
    let sex = match t.norm.as_str() {
        w if MALE.contains(&w) => "male",
        w if FEMALE.contains(&w) => "female",
        _ => return crate::matcher::text::hash_str(&format!("age {}", t.stem)),
    };
    crate::matcher::text::hash_str(&format!("age of a {sex}"))
}

/// Whether a token that owns an age is a name ("16-year-old Kimani Gray", "Grigoropoulos,
/// 15,"): a capitalised word inside the sentence (`NumSlot::owner_named`).
pub(super) fn owner_named(t: &Token) -> bool {
    t.proper && t.capital
}

/// Whether two ages, of owners keyed `u` and `v` ([`owner_key`], [`any_age`]) that are
/// names or not (`named`), may be the age of one person, the anchor saying whether it is:
/// one owner, an owner no word names ([`any_age`]), or a man or a woman no word tells
/// more of against an owner of no sex that is no name ("A 72-year-old man was killed" /
/// "A 68-year-old motorist died": trial 35 F9.3); not a man against a woman, nor a man
/// against a name ("a 15-year-old boy" / "16-year-old Kimani Gray": two boys of two
/// stories in the dev pairs), nor two owners of two words ("a 16-year-old Brooklyn
/// resident" / "Grigoropoulos, 15").
pub(super) fn owners_alike((u, u_named): (u64, bool), (v, v_named): (u64, bool)) -> bool {
    static SEXES: std::sync::OnceLock<[u64; 2]> = std::sync::OnceLock::new();
    let sexes = SEXES.get_or_init(|| {
        ["male", "female"].map(|s| crate::matcher::text::hash_str(&format!("age of a {s}")))
    });
    let sex_against_role =
        |x: u64, y: u64, y_named: bool| sexes.contains(&x) && !sexes.contains(&y) && !y_named;
    u == v
        || u == any_age()
        || v == any_age()
        || sex_against_role(u, v, v_named)
        || sex_against_role(v, u, u_named)
}

/// The key of an age whose owner no word beside it names ("35-year-old", "aged 61"): it is
/// compared with any age, the anchor saying whose (an age between commas is keyed by its
/// word, "The gunman, 27,").
pub(super) fn any_age() -> u64 {
    crate::matcher::text::hash_str("age in years")
}

/// The first token of the words that tell the figure at token `i` of `p` is an age: "aged
/// 61", "at the age of 61" (from "age"), "who was 61" / "who is 61" before a comma or
/// the end. A whole figure from 1 to 120, not the first of a range ("aged 5 to 11") nor
/// followed by a unit ("aged 61 years" is read by [`age_in_years`]).
pub(super) fn age_told(p: &Prepared, i: usize) -> Option<usize> {
    let toks = &p.tokens;
    let Kind::Number(v) = toks.get(i)?.kind else {
        return None;
    };
    if v.fract() != 0.0 || !(1.0..=120.0).contains(&v) {
        return None;
    }
    let norm = |k: usize| toks.get(k).map_or("", |t| t.norm.as_str());
    let next = toks.get(i + 1);
    let ends = next.is_none_or(|n| {
        surface(p, toks[i].end, n.start)
            .trim()
            .starts_with([',', ';', '.', ')'])
    });
    if next.is_some_and(|n| matches!(n.norm.as_str(), "to" | "and" | "or" | "years")) {
        return None;
    }
    match i {
        _ if i >= 1 && norm(i - 1) == "aged" => Some(i - 1),
        _ if i >= 2 && norm(i - 2) == "age" && norm(i - 1) == "of" => Some(i - 2),
        _ if i >= 2 && norm(i - 2) == "who" && matches!(norm(i - 1), "was" | "is") && ends => {
            Some(i - 2)
        }
        _ => None,
    }
}

/// Whether a figure counted in years (`noun` the year's key, its first token `i`) is an
/// age in the way French, Spanish, Italian and Portuguese tell one: between commas after
/// a name ("Karim B., 34 ans, a été condamné"; "Ortega, de 62 años," with "de", or
/// "Julio Mamani, de 52 años." closing the sentence), or
/// after "de"/"di" following "âgé", a word of a person or "edad" ("un homme de 34 ans",
/// "âgée de 34 ans", "una mujer de 34 años", "un uomo di 34 anni"). It is compared with
/// another age only, never with a length of time ("20 ans de prison").
pub(super) fn age_told_in_years(p: &Prepared, i: usize, noun: Option<u64>, end: usize) -> bool {
    let year = unit_of("year").map(|u| u.0);
    let toks = &p.tokens;
    if noun.is_none() || noun != year || i == 0 {
        return false;
    }
    let Some(k) = toks.iter().position(|t| t.end == end) else {
        return false;
    };
    let after = toks
        .get(k + 1)
        .map_or(".".into(), |n| surface(p, end, n.start));
    // "Karim B., 34 ans,": the comma may follow a full stop of an initial.
    let between_commas = surface(p, toks[i - 1].end, toks[i].start)
        .trim()
        .ends_with(',')
        && toks[i - 1].kind == Kind::Word
        && after.trim().starts_with([',', '.', ')']);
    let of_person = i >= 2
        && matches!(toks[i - 1].norm.as_str(), "de" | "di")
        && AGED.contains(&toks[i - 2].norm.as_str());
    // "Ortega, de 62 años, abandonó", "Rossi, di 62 anni,": "de"/"di" and the age between
    // commas after a name (trial 34 F6: no sentence of "11 años de cárcel"); after a name
    // the sentence may end with it ("el capataz Julio Mamani, de 52 años.": trial 52 F7,
    // read as 52 years against "has worked at the mine for 20 years").
    let closes = |name: bool| {
        let after = after.trim();
        after.starts_with([',', ')']) || (name && (after.is_empty() || after.starts_with('.')))
    };
    let de_between_commas = i >= 2
        && matches!(toks[i - 1].norm.as_str(), "de" | "di")
        && toks[i - 2].kind == Kind::Word
        && surface(p, toks[i - 2].end, toks[i - 1].start).trim() == ","
        && closes(toks[i - 2].proper);
    between_commas || of_person || de_between_commas
}

/// Words before "de"/"di" and an age in years ([`age_told_in_years`]): "âgé", words of a
/// person, "edad"/"età"/"idade", lower case.
const AGED: &[&str] = &[
    "âgé",
    "âgée",
    "âgés",
    "âgées",
    "agé",
    "agée",
    "homme",
    "femme",
    "garçon",
    "fille",
    "jeune",
    "adolescent",
    "adolescente",
    "hombre",
    "mujer",
    "chico",
    "chica",
    "joven",
    "niño",
    "niña",
    "uomo",
    "donna",
    "ragazzo",
    "ragazza",
    "giovane",
    "homem",
    "mulher",
    "rapaz",
    "menino",
    "menina",
    "edad",
    "età",
    "idade",
];
