//! Paraphrase features of characters (issue 8, session 52; the candidates of session 44
//! and 51, `examples/common/extra.rs`): the Dice coefficient of the character trigrams of
//! the content words each side has and the other lacks (two spellings or two forms of one
//! word, "organisation" / "organization", "kill" / "killings", meet there), and of the two
//! whole texts' character 4-grams (lower case). Dice (1945) is 2 |A ∩ B| / (|A| + |B|).

use super::{count_shared, ratio};
use crate::matcher::prepared::wording::MASKED_STEMS;
use crate::matcher::prepared::Prepared;

/// Number of features of this family.
pub(crate) const N: usize = 2;

/// The stems of `me`'s words (`Wording::word_stems`) that are among `other`'s content
/// stems, as a mask (bit `k`: `word_stems[k]`; the first [`MASKED_STEMS`] only).
fn shared_stems(me: &Prepared, other: &Prepared) -> u64 {
    let (mine, theirs) = (&me.wording.word_stems, &other.content);
    let (mut i, mut j, mut mask) = (0, 0, 0u64);
    while i < mine.len().min(MASKED_STEMS) && j < theirs.len() {
        let (x, y) = (mine[i], theirs[j].0);
        mask |= ((x == y) as u64) << i;
        i += (x <= y) as usize;
        j += (y <= x) as usize;
    }
    mask
}

/// The trigrams (packed, as `Wording::grams`) of `me`'s content words whose stem is not
/// among `other`'s content stems, sorted and unique, into `out`: for a pair with a
/// sentence of more stems than `Wording::grams` can mark (that side's
/// `Wording::word_grams` are filtered and sorted).
fn unshared_list(me: &Prepared, other: &Prepared, out: &mut Vec<u64>) {
    out.clear();
    let w = &me.wording;
    if w.word_stems.len() <= MASKED_STEMS {
        let s = !shared_stems(me, other);
        out.extend(w.grams.iter().filter(|x| x.1 & s != 0).map(|x| x.0));
        return;
    }
    let theirs = &other.content;
    let mut j = 0;
    for &(stem, gram) in &w.word_grams {
        while j < theirs.len() && theirs[j].0 < stem {
            j += 1;
        }
        if j >= theirs.len() || theirs[j].0 != stem {
            out.push(gram);
        }
    }
    out.sort_unstable();
    out.dedup();
}

/// Dice of the character trigrams of the words each side has and the other lacks: a
/// trigram is unshared when a stem that has it is not shared (its mask outside the shared
/// stems), so one merge of the two sides' `Wording::grams` counts it, no sort per pair.
fn unshared_dice(a: &Prepared, b: &Prepared) -> f32 {
    let many = |p: &Prepared| p.wording.word_stems.len() > MASKED_STEMS;
    if many(a) || many(b) {
        let (mut ua, mut ub) = (Vec::new(), Vec::new());
        unshared_list(a, b, &mut ua);
        unshared_list(b, a, &mut ub);
        return ratio(2 * count_shared(&ua, &ub), ua.len() + ub.len());
    }
    let (ga, gb) = (&a.wording.grams, &b.wording.grams);
    let (sa, sb) = (!shared_stems(a, b), !shared_stems(b, a));
    let count = |g: &[(u64, u64)], s: u64| g.iter().filter(|x| x.1 & s != 0).count();
    let (mut i, mut j, mut both) = (0, 0, 0);
    while i < ga.len() && j < gb.len() {
        let ((x, mx), (y, my)) = (ga[i], gb[j]);
        both += ((x == y) & (mx & sa != 0) & (my & sb != 0)) as usize;
        i += (x <= y) as usize;
        j += (y <= x) as usize;
    }
    ratio(2 * both, count(ga, sa) + count(gb, sb))
}

/// [Dice of the character trigrams of the unshared content words, Dice of the whole
/// texts' character 4-grams]. Symmetric in `a` and `b`.
pub(crate) fn characters(a: &Prepared, b: &Prepared) -> [f32; N] {
    let (ca, cb) = (&a.wording.chars4, &b.wording.chars4);
    [
        unshared_dice(a, b),
        ratio(2 * count_shared(ca, cb), ca.len() + cb.len()),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::matcher::prepared::Idf;
    use crate::matcher::text::{fold_accents, Kind};

    fn features(a: &str, b: &str) -> [f32; N] {
        let idf = Idf::builtin();
        characters(&Prepared::new(a, idf), &Prepared::new(b, idf))
    }

    #[test]
    fn two_forms_of_one_word_meet_in_the_unshared_trigrams() {
        let spelled = features(
            "The organisation condemned the killings.",
            "The organization condemned the killing spree.",
        );
        assert!(spelled[0] >= 0.4, "{spelled:?}");
        let other = features(
            "The organisation condemned the killings.",
            "The council welcomed the budget.",
        );
        assert!(other[0] <= 0.15, "{other:?}");
        assert!(spelled[1] > other[1], "{spelled:?} / {other:?}");
    }

    #[test]
    fn the_same_text_has_dice_one_and_no_unshared_words() {
        let same = features("Three men were held.", "Three  men were held.");
        assert_eq!(same, [0.0, 1.0]);
        let s = features("Three men were held.", "A woman was freed.");
        assert!(s[1] < 0.2, "{s:?}");
        assert_eq!(
            features("Three men were held.", "A woman was freed."),
            features("A woman was freed.", "Three men were held.")
        );
    }

    /// The unshared trigrams as the definition reads: every trigram of a content word
    /// (a word, not a stop word) whose stem the other side lacks, sorted and unique (what a
    /// sort per pair gave before).
    fn by_definition(me: &Prepared, other: &Prepared) -> Vec<u64> {
        let theirs: Vec<u64> = other.content.iter().map(|x| x.0).collect();
        let mut v: Vec<u64> = Vec::new();
        for t in me.tokens.iter() {
            if t.stop || t.kind != Kind::Word || theirs.contains(&t.stem) {
                continue;
            }
            let marked: Vec<char> = std::iter::once('^')
                .chain(fold_accents(&t.norm).chars())
                .chain(std::iter::once('$'))
                .collect();
            let pack = |w: &[char]| (w[0] as u64) << 42 | (w[1] as u64) << 21 | w[2] as u64;
            v.extend(marked.windows(3).map(pack));
        }
        v.sort_unstable();
        v.dedup();
        v
    }

    /// A trigram of a shared word stays when an unshared word has it too ("kil" of
    /// "killing" / "killers"), and goes when only shared words have it; the Dice of the
    /// masks is the Dice of the lists by definition, and so is the sort for a sentence of
    /// more than 64 stems.
    #[test]
    fn unshared_trigrams_are_those_of_the_words_the_other_lacks() {
        let idf = Idf::builtin();
        let many: String = (0..70).map(|k| format!("word{k}x ")).collect();
        let texts = [
            "The killing shocked the town and the killers fled.".to_string(),
            "The killing shocked the village.".to_string(),
            "Killers fled the town after the killing.".to_string(),
            "Núñez and Nunez met José in Montréal.".to_string(),
            "A council approved the budget.".to_string(),
            "The killing shocked the town and the killers fled.".to_string(),
            String::new(),
            format!("{many} killers fled the town."),
        ];
        let prepared: Vec<Prepared> = texts.iter().map(|t| Prepared::new(t, idf)).collect();
        assert!(prepared[7].wording.word_stems.len() > MASKED_STEMS);
        let unshared = |a: &Prepared, b: &Prepared| {
            let mut out = Vec::new();
            unshared_list(a, b, &mut out);
            out
        };
        for a in &prepared {
            for b in &prepared {
                let (ua, ub) = (by_definition(a, b), by_definition(b, a));
                assert_eq!(unshared(a, b), ua, "{:?} / {:?}", a.text, b.text);
                let dice = ratio(2 * count_shared(&ua, &ub), ua.len() + ub.len());
                assert_eq!(unshared_dice(a, b), dice, "{:?} / {:?}", a.text, b.text);
            }
        }
        let (first, second) = (&prepared[0], &prepared[1]);
        let kept = unshared(first, second);
        // "killers" is not shared: its "^ki", "kil" stay though "killing" is shared.
        let kil = (u64::from('k') << 42) | (u64::from('i') << 21) | u64::from('l');
        assert!(kept.contains(&kil), "{kept:?}");
        // "shocked" is shared and no unshared word has "hoc".
        let hoc = (u64::from('h') << 42) | (u64::from('o') << 21) | u64::from('c');
        assert!(!kept.contains(&hoc), "{kept:?}");
        assert!(unshared(first, &prepared[5]).is_empty());
        assert_eq!(
            unshared(first, &prepared[4]).len(),
            first.wording.grams.len()
        );
    }
}
