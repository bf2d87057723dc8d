//! A bare role or demonym as the speaker ("…", dijo el murciano; "…", said the Spaniard;
//! a déclaré le Nantais), told who it is by its own article: the one person the article
//! names with that word beside the name ("el murciano Carlos Alcaraz", "the 21-year-old
//! Spaniard Carlos Alcaraz", "Alcaraz, el murciano, …"). Trial 42 D1.

use super::find::speakers;
use super::foreign::is_foreign_det;
use super::roles::is_det;
use super::sources::{source_at, Source};
use crate::matcher::features::Prepared;
use crate::matcher::flags::joins_name;
use crate::matcher::text::{Kind, Token};

/// The words the article writes beside its named people: (stem of the word, stem of the
/// person's surname). A word within a name's run or right before it ("el *murciano*
/// Carlos Alcaraz", "*Spaniard* Carlos Alcaraz", "*Foreign Minister* Sergei Lavrov"), or
/// the last word of an apposition after a comma and an article ("Alcaraz, el
/// *murciano*,", "Carlos Alcaraz, the 21-year-old *Spaniard*,"). `surnames` gets the last
/// words of names of two words or more ("Carlos *Alcaraz*").
fn words_beside(p: &Prepared, out: &mut Vec<(u64, u64)>, surnames: &mut Vec<u64>) {
    let toks = &p.tokens;
    let chars = crate::matcher::flags::chars_of(p);
    let gap = |k: usize| chars.get(toks[k - 1].end..toks[k].start).unwrap_or(&[]);
    let name = |t: &Token| t.proper && t.kind == Kind::Word && !t.stop;
    let word = |t: &Token| t.kind == Kind::Word && !t.stop;
    let mut k = 0;
    while k < toks.len() {
        if !name(&toks[k]) {
            k += 1;
            continue;
        }
        // A run of capitalised words joined as a name's: its last is the surname.
        let mut e = k;
        while e + 1 < toks.len() && name(&toks[e + 1]) && joins_name(gap(e + 1)) {
            e += 1;
        }
        let surname = toks[e].stem;
        if e > k {
            surnames.push(surname);
        }
        // Up to three words before the surname, joined to it (no comma): the run's own
        // words and one lower-case word right before it.
        let mut s = e;
        while s > 0 && e - s < 3 && word(&toks[s - 1]) && joins_name(gap(s)) {
            s -= 1;
            if !toks[s].proper {
                break;
            }
        }
        out.extend(toks[s..e].iter().map(|t| (t.stem, surname)));
        // ", el murciano," after the name: an article, one to four words, then a comma,
        // a full stop or the end.
        let det = |t: &Token| is_det(&t.norm) || is_foreign_det(&t.norm);
        if e + 2 < toks.len() && gap(e + 1).contains(&',') && det(&toks[e + 1]) {
            let stop = |h: usize| gap(h).iter().any(|c| matches!(c, ',' | '.' | ';'));
            let mut h = e + 2;
            while h + 1 < toks.len() && h < e + 5 && word(&toks[h + 1]) && !stop(h + 1) {
                h += 1;
            }
            let ends = h + 1 >= toks.len() || stop(h + 1);
            if ends && word(&toks[h]) {
                out.push((toks[h].stem, surname));
            }
        }
        k = e + 1;
    }
}

/// Sets each sentence's [`Prepared::role_speaker`]: a sentence whose speaker is a bare
/// role ("dijo el murciano", "the senator said") or one capitalised word that is no name
/// of the article's people ("said the Spaniard", "a déclaré le Nantais") gets (the
/// role's stem, the person's surname stem) when its article names exactly one person
/// with that word beside the name ([`words_beside`]); two people so named ("el italiano
/// Jannik Sinner", "el italiano Matteo Berrettini") or none leave it unknown. `sentences`
/// are in article order; `at` gives a sentence's article and its prepared text.
pub(crate) fn resolve_roles<S>(
    sentences: &mut [S],
    mut at: impl FnMut(&mut S) -> (usize, &mut Prepared),
) {
    let mut from = 0;
    while from < sentences.len() {
        let doc = at(&mut sentences[from]).0;
        let mut to = from;
        while to < sentences.len() && at(&mut sentences[to]).0 == doc {
            to += 1;
        }
        let mut beside = Vec::new();
        let mut surnames = Vec::new();
        for s in &mut sentences[from..to] {
            let p = at(s).1;
            words_beside(p, &mut beside, &mut surnames);
        }
        beside.sort_unstable();
        beside.dedup();
        for s in &mut sentences[from..to] {
            let p = at(s).1;
            p.role_speaker = role_of(p, &beside, &surnames);
        }
        from = to.max(from + 1);
    }
}

/// The (role stem, person stem) of `p`'s first speaker when it is a bare role the
/// article's `beside` pairs tell (one person only), as [`resolve_roles`] reads it.
fn role_of(p: &Prepared, beside: &[(u64, u64)], surnames: &[u64]) -> Option<(u64, u64)> {
    let &(r, stem) = speakers(p).first()?;
    let within: Vec<&Token> = p
        .tokens
        .iter()
        .filter(|t| t.start >= r.0 && t.end <= r.1)
        .collect();
    let bare = match source_at(p, r) {
        Source::Role(_) | Source::Held(_) | Source::Group(_) => true,
        // "the Spaniard", "le Nantais" (read as a name, or after its article as an
        // institution's: "the Institute"): one capitalised word that is no surname of the
        // article's people ("Carlos Alcaraz" / "said Alcaraz").
        Source::Name(_) | Source::Institution => within.len() == 1 && !surnames.contains(&stem),
        _ => false,
    };
    if !bare {
        return None;
    }
    let mut people = beside.iter().filter(|x| x.0 == stem).map(|x| x.1);
    let person = people.next()?;
    let own = within.iter().any(|t| t.stem == person);
    (people.next().is_none() && !own).then_some((stem, person))
}
