//! Whether two names as written are one person: two spellings ("Sundwell" /
//! "Sundwall", "José Núñez" / "Jose Nunez"), a surname alone or with a title ("Brooks" /
//! "Gen. Vincent Brooks"), a short form of a given name ("Bill" / "William"); and two
//! people by their given names ("Piet Bakker" / "Dirk Bakker"); a name and its shortening
//! ("Yoon" / "President Yoon Suk Yeol"), or two splits of one name ("Kim Jong-un" / "Kim
//! Jong Un"), against two names that only share words ("Kim Jong Un" / "Kim Yo Jong").

use super::sources::title;
use super::SPEECH;

/// Whether two speakers as written ("Kim Jong Un", "President Yoon Suk Yeol", an
/// attribution's text: "according to Carroll") may be one person: [`same_person`] (two
/// spellings, a surname with or without its given name), or one name's own words (titles,
/// forms of address, particles, initials and speech words left out, [`own_words`]) are
/// the other's in the same order with some left out ("Yoon" / "Yoon Suk Yeol", "López
/// Obrador" / "Andrés Manuel López Obrador", "Dmitry Peskov" / "Kremlin spokesman Dmitry
/// Peskov"), or one spells the letters of words of the other split otherwise ("Kim
/// Jong-un" / "Kim Jong Un" / "Kim Jongun", "Shin Won-sik" / "Minister Shin Wonsik":
/// [`respaced`]). Two names that share words in
/// other places are two people: "Kim Jong Un" / "Kim Yo Jong", "Moon Jae-in" / "Moon
/// Chung-in".
pub fn one_person(x: &str, y: &str) -> bool {
    let (wx, wy) = (own_words(x), own_words(y));
    if wx.is_empty() || wy.is_empty() {
        return same_person(x, y);
    }
    let (short, long) = if wx.len() <= wy.len() {
        (&wx, &wy)
    } else {
        (&wy, &wx)
    };
    let mut rest = long.iter();
    let shortening = short.iter().all(|w| rest.any(|l| l == w));
    shortening || respaced(&wx, &wy) || respaced(&wy, &wx) || same_person(x, y)
}

/// Whether the letters of `x`'s words are those of words next to each other in `y`, split
/// otherwise ("Shin Won-sik" / "Defence Minister Shin Wonsik", "Kim Jong-un" / "Kim Jong
/// Un").
fn respaced(x: &[String], y: &[String]) -> bool {
    let letters = x.concat();
    (0..y.len()).any(|i| {
        let mut run = String::new();
        y[i..].iter().any(|w| {
            run.push_str(w);
            run == letters
        })
    })
}

/// Whether two speakers as written are two people though they share a word: two given
/// names with one surname ([`given_names_differ`]: "Piet Bakker" / "Dirk Bakker"), or two
/// names of two words or more each ([`own_words`]) that are not one person
/// ([`one_person`]: "Kim Jong Un" / "Kim Yo Jong"). A single word ("Kim", "the
/// ambassador") may be anyone of whom it is a word.
pub(super) fn two_people(x: &str, y: &str) -> bool {
    let named = |s: &str| own_words(s).len() >= 2;
    given_names_differ(x, y) || (named(x) && named(y) && !one_person(x, y))
}

/// The words of a speaker's name that tell who it is ([`name_words`]): without titles,
/// forms of address and particles ("President", "Mr.", "von"), initials, speech words and
/// the words of "according to"; a possessive's "'s" taken off ("the White House's").
fn own_words(s: &str) -> Vec<String> {
    name_words(s)
        .into_iter()
        .map(|w| match w.strip_suffix("'s") {
            Some(base) => base.to_string(),
            None => w,
        })
        .filter(|w| {
            w.chars().count() > 1
                && title(w).is_none()
                && !NOT_GIVEN.contains(&w.as_str())
                && !PARTICLES.contains(&w.as_str())
                && !SPEECH.contains(&w.as_str())
                && !matches!(w.as_str(), "to" | "the" | "of")
        })
        .collect()
}

/// Whether two names, as written, may be one person told with two spellings or in part.
/// Two names of two words or more each are one person when their surnames (the last
/// word, "Jr." and the like left out) are the same or one letter apart, an edit or two
/// letters swapped ("Allen Eichhorn" / "Allen Eichorn", "General Jeffrey" / "Maj-Gen
/// Jeffery"): "Patrick O'Brien" and "Patrick O'Neill" are two people. Otherwise, a word of
/// five letters or more in each that are one letter apart ("Sundwell" / "Sundwall",
/// "McClellan" / "McLellan", "Nestle" / "Nestlé", "Brooks" / "Vincent Brooks").
fn same_person(x: &str, y: &str) -> bool {
    let all =
        |s: &str| -> Vec<Vec<char>> { name_words(s).iter().map(|w| w.chars().collect()).collect() };
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
    "de", "van", "von", "der", "den", "ter", "da", "di", "du", "del", "della", "dos", "das", "la",
    "le", "bin", "ibn", "al", "el", "zu",
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

/// Whether a word is a title or a form of address that is no given name ("mr", "sir",
/// "queen", "rev", [`NOT_GIVEN`]).
pub(super) fn addresses(norm: &str) -> bool {
    NOT_GIVEN.contains(&norm)
}

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
fn given_names_differ(x: &str, y: &str) -> bool {
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
