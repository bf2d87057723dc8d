//! The head of a German or Dutch compound as the noun a count counts (session 54, trial
//! 57: "Vier Notarzthubschrauber waren im Einsatz." / "Drei Rettungshubschrauber waren im
//! Einsatz." had no number flag, though "Vier Hubschrauber" / "Drei Hubschrauber" had):
//! two counted nouns that end in one head count one kind of thing, and a compound counts
//! what its head means across languages ("Drei Rettungshubschrauber" / "Four rescue
//! helicopters"). No dictionary tells where a compound's head starts, so the head is the
//! end the two nouns share: the whole of one of them ("Hubschrauber" /
//! "Rettungshubschrauber"), or a long end of both ([`LONG_HEAD`]); "Touristen" /
//! "Polizisten" share only "isten".

use super::NumSlot;
use crate::matcher::features::Prepared;
use crate::matcher::language::Language;
use crate::matcher::lexicon::counted_nouns::OPEN_HEADS;
use crate::matcher::lexicon::german::MIN_MODIFIER;

/// The fewest letters of a head that is a whole noun of one side ("Boote" of
/// "Rettungsboote").
const MIN_HEAD: usize = 5;

/// The fewest letters two compounds must share at their end, neither a whole word of the
/// other, to count one thing ("hubschrauber" of "Notarzthubschrauber" /
/// "Rettungshubschrauber", "fahrzeuge" of "Löschfahrzeuge" / "Einsatzfahrzeuge"; not
/// "ranten" of "Demonstranten" / "Migranten", "tlinge" of "Flüchtlinge" / "Häftlinge").
const LONG_HEAD: usize = 8;

/// Whether a sentence is in a language that writes its compounds as one word, or too
/// short to tell its language ("Vier Notarzthubschrauber waren im Einsatz.").
fn compounding(p: &Prepared) -> bool {
    matches!(
        crate::matcher::flags::language_of(p),
        Some(Language::German | Language::Dutch) | None
    )
}

/// Whether counts `x` of `a` and `y` of `b`, both of a German or Dutch sentence, count
/// nouns with one head: "Notarzthubschrauber" / "Rettungshubschrauber", "Hubschrauber" /
/// "Rettungshubschrauber". Counts of people are left to the tolls ("Verletzte" /
/// "Schwerverletzte" are two counts).
pub(super) fn one_head(
    a: &Prepared,
    x: &NumSlot,
    b: &Prepared,
    y: &NumSlot,
    people: impl Fn(&NumSlot) -> bool,
) -> bool {
    if x.toll.is_some() || y.toll.is_some() || people(x) || people(y) {
        return false;
    }
    if !compounding(a) || !compounding(b) {
        return false;
    }
    let (Some(u), Some(v)) = (super::nouns::head_word(a, x), super::nouns::head_word(b, y)) else {
        return false;
    };
    shared_head(u, v)
}

/// Whether two nouns (lower case) share a head: one ends in the whole other after a
/// modifier of at least `MIN_MODIFIER` letters, the other at least [`MIN_HEAD`] letters,
/// or both end in the same [`LONG_HEAD`] letters or more after such modifiers; not a head
/// whose compounds name other things (`lexicon::counted_nouns::OPEN_HEADS`: "Häuser" /
/// "Krankenhäuser").
fn shared_head(u: &str, v: &str) -> bool {
    if u == v {
        return false;
    }
    let (cu, cv): (Vec<char>, Vec<char>) = (u.chars().collect(), v.chars().collect());
    let shared = cu
        .iter()
        .rev()
        .zip(cv.iter().rev())
        .take_while(|(p, q)| p == q)
        .count();
    let modifier = |c: &[char]| c.len() - shared;
    let whole = |c: &[char], other: &[char]| {
        c.len() == shared && shared >= MIN_HEAD && modifier(other) >= MIN_MODIFIER
    };
    let head: String = cu[cu.len() - shared..].iter().collect();
    let open = OPEN_HEADS.iter().any(|h| head.ends_with(h));
    let alphabetic = head.chars().all(char::is_alphabetic);
    alphabetic
        && !open
        && (whole(&cu, &cv)
            || whole(&cv, &cu)
            || (shared >= LONG_HEAD
                && modifier(&cu) >= MIN_MODIFIER
                && modifier(&cv) >= MIN_MODIFIER))
}

/// The groups of the table of meanings across languages (`xling::table_groups`) of a
/// noun, and those of its compound's head: the longest end of it after a modifier of at
/// least `MIN_MODIFIER` letters, of at least [`MIN_HEAD`] letters, that the table holds
/// ("rettungshubschrauber": "hubschrauber", a helicopter). The head's groups are read
/// even when the whole noun has some of its own: the table reads "rettungshubschrauber"
/// by its beginning, a rescue, but what it counts is its head (session 55, trial 57: "Four
/// rescue helicopters were sent" / "Drei Rettungshubschrauber waren im Einsatz" had no
/// number flag).
pub(super) fn head_groups(w: &str) -> Vec<u64> {
    use crate::matcher::xling::table_groups;
    let mut groups = table_groups(w);
    let starts: Vec<usize> = w.char_indices().map(|(i, _)| i).collect();
    let n = starts.len();
    if n < MIN_MODIFIER + MIN_HEAD {
        return groups;
    }
    let head = starts[MIN_MODIFIER..=n - MIN_HEAD]
        .iter()
        .map(|&i| (&w[i..], table_groups(&w[i..])))
        .find(|(_, g)| !g.is_empty());
    // A head whose compounds name other things ("ziekenhuizen": hospitals, no houses) adds
    // nothing to a noun the table reads whole.
    let open = |h: &str| OPEN_HEADS.iter().any(|o| h.ends_with(o));
    match head {
        Some((h, _)) if !groups.is_empty() && open(h) => {}
        Some((_, g)) => groups.extend(g),
        None => {}
    }
    groups
}

#[cfg(test)]
mod tests {
    use super::shared_head;

    #[test]
    fn two_nouns_share_a_head_when_one_is_the_other_s_end_or_their_long_end_is_one() {
        assert!(shared_head("notarzthubschrauber", "rettungshubschrauber"));
        assert!(shared_head("hubschrauber", "rettungshubschrauber"));
        assert!(shared_head("rettungsboote", "boote"));
        assert!(shared_head("löschfahrzeuge", "einsatzfahrzeuge"));
        // No head: a short shared end, the same word, a modifier too short.
        assert!(!shared_head("touristen", "polizisten"));
        assert!(!shared_head("demonstranten", "migranten"));
        assert!(!shared_head("flüchtlinge", "häftlinge"));
        assert!(!shared_head("hubschrauber", "hubschrauber"));
        assert!(!shared_head("boote", "ruboote"));
        assert!(!shared_head("häuser", "krankenhäuser"));
    }
}
