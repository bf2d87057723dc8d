//! Parts of the day as dates ("on Monday morning" / "on Monday evening", "dans la nuit de
//! samedi" / "samedi matin"): a date flag compares them as it compares weekdays. Two
//! neighbouring parts ("evening" / "night") may be one moment and give the softer kind.
//!
//! Noon and midnight are clock times, told roughly ("shortly before midnight" / "shortly
//! after noon" differ; "midnight" / "11:50 p.m." is the softer kind).
//!
//! A part-of-day word is read as a date only where it dates something: after a weekday,
//! a date or a word such as "this", "yesterday", "early", "on the" ([`DATING`]), and not
//! as the first word of a compound ("the night shift", "evening news", "morning-after").

use crate::matcher::text::{Kind, Token};

/// Parts of the day: the words (lower case, in English, French, German, Spanish, Italian,
/// Portuguese and Dutch) and the part they name: 1 morning, 2 afternoon, 3 evening, 4
/// night. Words that are also other words are left out: German "Morgen" (tomorrow),
/// Spanish "mañana" (tomorrow), Spanish and Portuguese "tarde" (late).
const PARTS: &[(&str, u8)] = &[
    ("morning", 1),
    ("afternoon", 2),
    ("evening", 3),
    ("night", 4),
    ("overnight", 4),
    ("matin", 1),
    ("matinée", 1),
    ("après-midi", 2),
    ("soir", 3),
    ("soirée", 3),
    ("nuit", 4),
    ("vormittag", 1),
    ("nachmittag", 2),
    ("abend", 3),
    ("nacht", 4),
    ("madrugada", 4),
    ("noche", 4),
    ("mattina", 1),
    ("mattino", 1),
    ("pomeriggio", 2),
    ("sera", 3),
    ("serata", 3),
    ("notte", 4),
    ("manhã", 1),
    ("noite", 4),
    ("ochtend", 1),
    ("middag", 2),
    ("avond", 3),
];

/// Words before a part of the day that make it a date ("this morning", "early
/// evening", "in the night", "hier soir", "am Abend", "de noche", "ieri sera").
const DATING: &[&str] = &[
    "this",
    "that",
    "yesterday",
    "tomorrow",
    "last",
    "early",
    "late",
    "on",
    "in",
    "during",
    "the",
    "ce",
    "cette",
    "hier",
    "demain",
    "la",
    "le",
    "dans",
    "en",
    "du",
    "tôt",
    "am",
    "gestern",
    "heute",
    "spät",
    "früh",
    "esta",
    "anoche",
    "de",
    "por",
    "questa",
    "ieri",
    "nella",
    "di",
    "nesta",
    "na",
    "à",
    "deze",
    "gisteren",
    "vanavond",
];

/// Words after a part of the day that make it part of a compound, not a date ("the
/// night shift", "morning prayers").
const COMPOUND: &[&str] = &[
    "shift", "shifts", "club", "clubs", "news", "show", "shows", "sky", "gown", "sickness",
    "prayers", "prayer", "paper", "papers", "class", "classes", "school", "vision", "watchman",
    "life", "person", "people", "star", "light", "lights", "edition", "briefing", "session",
    "market", "markets", "trading", "after",
];

/// The part of the day token `i` of `toks` names, when it dates something (see the
/// module's doc comment): 1 morning, 2 afternoon, 3 evening, 4 night.
pub(super) fn day_part(toks: &[Token], i: usize) -> Option<u8> {
    let t = &toks[i];
    let part = PARTS.iter().find(|(w, _)| *w == t.norm).map(|&(_, p)| p)?;
    let dating = i.checked_sub(1).map(|k| &toks[k]).is_some_and(|b| {
        b.date
            || matches!(b.kind, Kind::Weekday(_) | Kind::Month(_))
            || DATING.contains(&b.norm.as_str())
    });
    let compound = toks
        .get(i + 1)
        .is_some_and(|n| n.start == t.end || COMPOUND.contains(&n.norm.as_str()));
    (dating && !compound).then_some(part)
}

/// Whether two parts of the day ([`day_part`]) are neighbours with no clear bound between
/// them, so they may be one moment: afternoon / evening (5 p.m.), evening / night (9
/// p.m. is either), night / morning (the early hours). The softer kind. Morning and
/// afternoon are parted by noon: the solid kind.
pub(super) fn neighbours(x: u8, y: u8) -> bool {
    matches!((x.min(y), x.max(y)), (2, 3) | (3, 4) | (1, 4))
}

/// Noon and midnight in the languages of [`PARTS`]: minutes after midnight.
const HOURS: &[(&str, u16)] = &[
    ("noon", 720),
    ("midday", 720),
    ("midnight", 0),
    ("midi", 720),
    ("minuit", 0),
    ("mittag", 720),
    ("mitternacht", 0),
    ("mediodía", 720),
    ("medianoche", 0),
    ("mezzogiorno", 720),
    ("mezzanotte", 0),
    ("meio-dia", 720),
    ("meia-noite", 0),
    ("middernacht", 0),
];

/// The clock time token `i` of `toks` names when it is noon or midnight ([`HOURS`]) and
/// not the first word of a compound ("the midnight deadline" is still a time; "midday
/// meal" too: only a hyphen or [`COMPOUND`] word after it makes a compound).
pub(super) fn noon_or_midnight(toks: &[Token], i: usize) -> Option<u16> {
    let t = &toks[i];
    let minutes = HOURS.iter().find(|(w, _)| *w == t.norm).map(|&(_, m)| m)?;
    let compound = toks
        .get(i + 1)
        .is_some_and(|n| n.start == t.end || COMPOUND.contains(&n.norm.as_str()));
    (!compound).then_some(minutes)
}
