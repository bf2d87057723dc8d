//! Whole place names and whether the other sentence names a place: a name of several
//! parts is read whole, with the small words that join its parts ("Frankfurt am Main",
//! "Frankfurt an der Oder", "Frankfurt (Oder)" (a river in brackets; "Zürich (Zurich)"
//! is a gloss), "San Sebastián de los Reyes",
//! "La Roche-sur-Yon", "Villeneuve-d'Ascq", "Stoke-on-Trent", "Newcastle upon Tyne",
//! "Proença-a-Nova"), and
//! two names that share their first words are compared whole: "La Rochelle" / "La
//! Roche-sur-Yon", "Saint-Denis" / "Saint-Étienne", "Frankfurt am Main" / "Frankfurt an
//! der Oder" are two places. A bare name against the same name with more parts joined to
//! it by such a word, a bracket or an elision ("Frankfurt" / "Frankfurt am Main") is one
//! place when the gazetteer gives both one
//! reading (the bare name is the well-known place), when the gazetteer does not know the
//! bare name (a short form), or when the bare name's sentence writes the other's further
//! parts anywhere ("an der Oder in Frankfurt"); else two ("San Sebastián" is the Basque
//! city, not "San Sebastián de los Reyes" near Madrid). Further parts with no joining
//! word name a place in the town, or the town told longer: one place ("Wellington" /
//! "Wellington's High Street", "New York" / "New York City").

use super::{han, Place};
use crate::matcher::features::Prepared;
use crate::matcher::flags::gazetteer::{apart, readings, Known};
use crate::matcher::flags::names::same_name_word;
use crate::matcher::text::{Kind, Token};

/// Lower-case words that join two parts of one place name (without diacritics), each with
/// whether it joins only across hyphens ("Stoke-on-Trent", "Clacton-on-Sea", but "in London
/// on Christmas Day" is two things).
const JOINING: &[(&str, bool)] = &[
    ("de", false),
    ("del", false),
    ("della", false),
    ("di", false),
    ("do", false),
    ("da", false),
    ("dos", false),
    ("des", false),
    ("du", false),
    ("la", false),
    ("las", false),
    ("los", false),
    ("le", false),
    ("les", false),
    ("upon", false),
    ("sur", true),
    ("sous", true),
    ("en", true),
    ("on", true),
    ("under", true),
    ("lez", true),
    ("aux", true),
    // Portuguese: "Proença-a-Nova", "Montemor-o-Novo" (trial 36 F3.2: cut to "Proenca").
    ("a", true),
    ("o", true),
];

/// German "am" / "an der" / "ob der" join a name only before a river or a lake
/// ("Frankfurt am Main", "Halle an der Saale", "Rothenburg ob der Tauber"): "in Berlin am
/// Flughafen" is a place and a noun.
const GERMAN_JOINING: &[&str] = &["am", "an", "ob", "der"];

/// Rivers and lakes German town names are told by ("am Main", "an der Oder"; lower case,
/// without diacritics).
const WATERS: &[&str] = &[
    "main",
    "oder",
    "rhein",
    "neckar",
    "saale",
    "ruhr",
    "donau",
    "inn",
    "lech",
    "see",
    "havel",
    "elbe",
    "mosel",
    "lahn",
    "isar",
    "tauber",
    "weinstrasse",
    "ilm",
    "spree",
    "wume",
];

/// Whether a token is a word that joins two parts of a name ([`JOINING`],
/// [`GERMAN_JOINING`]), written in lower case: no word that tells the place.
pub(super) fn joining_word(t: &Token) -> bool {
    !t.proper && t.kind == Kind::Word && {
        let w = crate::matcher::flags::names::fold_diacritics(&t.norm);
        JOINING.iter().any(|(j, _)| *j == w) || GERMAN_JOINING.contains(&w.as_ref())
    }
}

/// How many joining words may stand between two parts of a name ("de los", "an der").
const MAX_JOINING: usize = 2;

/// Whether token `t` is an elided name after a hyphen ("d'Ascq" in "Villeneuve-d'Ascq"):
/// one letter, an apostrophe, a capital. `chars`: the sentence's code points.
pub(super) fn elided_name(t: &Token, chars: &[char]) -> bool {
    let w = chars.get(t.start..t.end).unwrap_or(&[]);
    w.len() >= 3 && w[0].is_lowercase() && matches!(w[1], '\'' | '\u{2019}') && w[2].is_uppercase()
}

/// Whether token `t`, an elided name ([`elided_name`]), is elided with "n'" or "d'" (of):
/// a part of the name before it even after a space ("Tizi n'Ait", "Villeneuve d'Ascq").
fn elided_of(t: &Token, chars: &[char]) -> bool {
    matches!(chars.get(t.start), Some('n' | 'd'))
}

/// Whether the gap `gap` (code points) between two words is a hyphen, spaces or nothing.
fn hyphen(gap: &[char]) -> bool {
    gap.contains(&'-') && gap.iter().all(|&c| c == '-' || c.is_whitespace())
}

/// Whether the gap joins two parts of one name: spaces or a hyphen.
fn joins(gap: &[char]) -> bool {
    !gap.is_empty() && gap.iter().all(|&c| c == '-' || c.is_whitespace())
}

/// The end of a place's whole name whose first part ends at token `e`: the last token of
/// the name with its joined parts ([module doc](self)) and the name's end in code points
/// (after a closing bracket: "Frankfurt (Oder)"). `chars`: the sentence's code points.
pub(crate) fn whole_name_end(toks: &[Token], e: usize, chars: &[char]) -> (usize, usize) {
    // The gap after token `i`: empty after the last token (a name's joining word
    // may end the sentence: "kündigte Widerstand an.").
    let gap = |i: usize| {
        toks.get(i + 1)
            .and_then(|next| chars.get(toks[i].end..next.start))
            .unwrap_or(&[])
    };
    let name_part = |i: usize| {
        toks.get(i)
            .is_some_and(|t| t.kind == Kind::Word && (t.proper || elided_name(t, chars)))
    };
    let mut e = e;
    let mut end = toks[e].end;
    loop {
        // "Villeneuve-d'Ascq"; "Tizi n'Ait", "Villeneuve d'Ascq" (a space before a part
        // elided with "n'" or "d'": trial 35 F3.2).
        if e + 1 < toks.len()
            && (hyphen(gap(e)) || (joins(gap(e)) && elided_of(&toks[e + 1], chars)))
            && elided_name(&toks[e + 1], chars)
        {
            e += 1;
            end = toks[e].end;
            continue;
        }
        // "Frankfurt (Oder)": a river in brackets ("Zürich (Zurich)" is a gloss).
        if e + 1 < toks.len()
            && gap(e)
                .iter()
                .filter(|c| !c.is_whitespace())
                .eq(['('].iter())
            && name_part(e + 1)
            && chars.get(toks[e + 1].end) == Some(&')')
            && WATERS.contains(
                &crate::matcher::flags::names::fold_diacritics(&toks[e + 1].norm).as_ref(),
            )
        {
            e += 1;
            end = toks[e].end + 1;
            continue;
        }
        // Joining words, then a part of the name.
        let mut k = e;
        let mut german = false;
        while k + 1 < toks.len() && k - e < MAX_JOINING && joins(gap(k)) {
            let t = &toks[k + 1];
            if t.proper || t.kind != Kind::Word {
                break;
            }
            let word = crate::matcher::flags::names::fold_diacritics(&t.norm);
            let general = JOINING
                .iter()
                .any(|(w, hyphened)| *w == word && (!hyphened || hyphen(gap(k))));
            let g = GERMAN_JOINING.contains(&word.as_ref());
            if !general && !g {
                break;
            }
            german |= g;
            k += 1;
        }
        if k == e || !joins(gap(k)) || !name_part(k + 1) {
            break;
        }
        if german {
            let river = crate::matcher::flags::names::fold_diacritics(&toks[k + 1].norm);
            if !WATERS.contains(&river.as_ref()) {
                break;
            }
        }
        e = k + 1;
        end = toks[e].end;
    }
    (e, end)
}

/// The tokens of a place's own name that are parts of it (indices): not the joining
/// words ("frankfurt", "main" of "Frankfurt am Main"), nor the words after "of"
/// (`Place::words` holds those).
fn parts(p: &Prepared, x: &Place) -> Vec<usize> {
    let chars = crate::matcher::flags::chars_of(p);
    (x.tokens.0..=x.tokens.1)
        .filter(|&k| p.tokens[k].proper || elided_name(&p.tokens[k], chars))
        .collect()
}

/// How a place `x` of `own` and a place `y` of `other` whose first parts are one word
/// compare as whole names: `Some((true, _))` one place (the same whole name; or a bare
/// name and the same with more parts, read as one: [module doc](self)), `Some((false, n))`
/// two places whose names share their first `n` parts (those parts tell nothing); `None`
/// when their first parts differ.
fn whole_names(own: &Prepared, x: &Place, other: &Prepared, y: &Place) -> Option<(bool, usize)> {
    let (px, py) = (parts(own, x), parts(other, y));
    let common = px
        .iter()
        .zip(&py)
        .take_while(|(&k, &m)| same_name_word(&own.tokens[k], &other.tokens[m]))
        .count();
    if common == 0 {
        return None;
    }
    if common == px.len() && common == py.len() {
        return Some((true, common));
    }
    if common < px.len() && common < py.len() {
        return Some((false, common));
    }
    // A bare name and the same with more parts.
    let ((bare_p, bare), (long_p, long, long_parts)) = if common == px.len() {
        ((own, x), (other, y, &py))
    } else {
        ((other, y), (own, x, &px))
    };
    // Further parts joined with no joining word are a place in the town or the town
    // told longer ("Wellington's High Street", "New York City"): one place.
    let (last, next) = (long_parts[common - 1], long_parts[common]);
    let chars = crate::matcher::flags::chars_of(long_p);
    let gap = chars
        .get(long_p.tokens[last].end..long_p.tokens[next].start)
        .unwrap_or(&[]);
    let joined = next > last + 1 || gap.contains(&'(') || elided_name(&long_p.tokens[next], chars);
    if !joined {
        return Some((true, common));
    }
    let name = |p: &Prepared, z: &Place| super::name_of(&p.tokens[z.tokens.0..=z.tokens.1]);
    let (rb, rl) = (readings(&name(bare_p, bare)), readings(&name(long_p, long)));
    let one_reading = !rb.is_empty() && !rl.is_empty() && !apart(rb, rl);
    let told = long_parts[common..].iter().all(|&k| {
        bare_p
            .tokens
            .iter()
            .any(|t| same_name_word(&long_p.tokens[k], t))
    });
    Some((rb.is_empty() || one_reading || told, common))
}

/// The parts of place `x` of `own` that a place `y` of `other` of another first part
/// shares, when neither name holds all the other's parts: "Tizi n'Ait" / "Ait Bouguemez"
/// are two villages whose names share "Ait" (trial 35 F3.2), a part that tells neither.
/// `None` when they share no part, or one name holds the other's ("York" / "New York",
/// "Mellal" / "Beni Mellal": maybe one place told short), or the shared parts are the
/// last of both ("Greenwich Village" / "West Village", "Aoraki Mount Cook" / "Mt Cook")
/// or more than half of either ("Second World War" / "World War II").
fn later_parts(own: &Prepared, x: &Place, other: &Prepared, y: &Place) -> Option<Vec<usize>> {
    let (px, py) = (parts(own, x), parts(other, y));
    let in_other = |k: &usize| {
        py.iter()
            .any(|&m| same_name_word(&own.tokens[*k], &other.tokens[m]))
    };
    let shared: Vec<usize> = px.iter().copied().filter(in_other).collect();
    let all_of_y = py.iter().all(|&m| {
        px.iter()
            .any(|&k| same_name_word(&own.tokens[k], &other.tokens[m]))
    });
    // The last parts both names end with: a common head ("Greenwich Village" / "West
    // Village", "Aoraki Mount Cook" / "Mt Cook"), which a place told two ways shares.
    let suffix = px
        .iter()
        .rev()
        .zip(py.iter().rev())
        .take_while(|(&k, &m)| same_name_word(&own.tokens[k], &other.tokens[m]))
        .count();
    let in_suffix = shared.iter().all(|k| px[px.len() - suffix..].contains(k));
    // At most half of each name ("Second World War" / "World War II" share most).
    let few = 2 * shared.len() <= px.len() && 2 * shared.len() <= py.len();
    (!shared.is_empty() && shared.len() < px.len() && !all_of_y && !in_suffix && few)
        .then_some(shared)
}

/// The gazetteer's readings that tell where place `x` is: those of the place it is near
/// or outside of ("near Lima"), else its own (empty when the gazetteer does not know it).
fn readings_of(x: &Place) -> &[Known] {
    if x.around.is_empty() {
        &x.known
    } else {
        &x.around
    }
}

/// Whether places `x` and `y` are one place of the gazetteer told by two of its names (an
/// exonym: "Naples" / "Napoli", "Munich" / "München", "Seville" / "Sevilla"; or two
/// names of one region or country, "Tyrol" / "Tirol"): a reading of one is a reading of
/// the other. Not a place named with an area noun ("the Paris area", read as the region
/// around the city), whose readings are widened to the region.
fn one_known_place(x: &Place, y: &Place) -> bool {
    x.area.is_none()
        && y.area.is_none()
        && readings_of(x).iter().any(|k| readings_of(y).contains(k))
}

/// Whether `other` names the place `place` of `own` (`others`: the places of `other`): a
/// Chinese place whose characters it writes in a row (`han::named_in`); one place of the
/// gazetteer by another of its names ([`one_known_place`]: "Naples" / "Napoli"); one hospital told
/// longer or shorter (`hospitals::one_hospital`); a place whose
/// whole name is one of its places' ([`whole_names`]); else a word of the place written
/// there (as written or with other diacritics: "Zürich" / "Zurich"), but not in a place of
/// `other` of another whole name that shares the word as a first part ("La" of "La
/// Rochelle" in "La Roche-sur-Yon", "Frankfurt" in "Frankfurt an der Oder") or as a
/// later one ([`later_parts`]: "Ait" of "Tizi n'Ait" in "Ait Bouguemez"), or, for a
/// place of one word, an adjective of its people ("Iranian earthquake tremor hits Dubai"
/// names Iran: a capitalised word that is the name and up to four more letters).
pub(super) fn mentioned(own: &Prepared, place: &Place, other: &Prepared, others: &[Place]) -> bool {
    if let Some(named) = han::named_in(own, place.range, other) {
        return named;
    }
    // "near Naples" / "near Napoli", "in Munich" / "in München": one place of the
    // gazetteer by two names, on every path (a place near one is compared by the readings
    // of the place it is near).
    if others
        .iter()
        .any(|y| y.path == place.path && one_known_place(place, y))
    {
        return true;
    }
    let demonym = |w: &Token, t: &Token| {
        let (n, m) = (w.norm.chars().count(), t.norm.chars().count());
        place.words.len() == 1 && t.capital && m > n && m <= n + 4 && t.norm.starts_with(&w.norm)
    };
    // Each place of `other` of another whole name sharing first parts: its tokens and the
    // shared parts of `place` (token indices).
    let mut unheeded: Vec<((usize, usize), Vec<usize>)> = Vec::new();
    for y in others.iter().filter(|y| y.path == place.path) {
        // "Larned State Hospital" / "the Larned State Security Hospital" (`hospitals.rs`).
        if super::hospitals::one_hospital(own, place, other, y) {
            return true;
        }
        match whole_names(own, place, other, y) {
            Some((true, _)) => return true,
            Some((false, n)) => unheeded.push((y.tokens, parts(own, place)[..n].to_vec())),
            None => {
                if let Some(shared) = later_parts(own, place, other, y) {
                    unheeded.push((y.tokens, shared));
                }
            }
        }
    }
    let shared_part = |k: usize, i: usize| {
        unheeded
            .iter()
            .any(|((s, e), ks)| (*s..=*e).contains(&i) && ks.contains(&k))
    };
    place.words.iter().any(|&k| {
        let w = &own.tokens[k];
        other
            .tokens
            .iter()
            .enumerate()
            .any(|(i, t)| (same_name_word(w, t) && !shared_part(k, i)) || demonym(w, t))
    })
}
