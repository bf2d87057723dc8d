//! Weapon flags: the weapon of one attack named differently, "the attacker used a knife"
//! / "the attacker used a gun", "a pistol" / "a rifle". As with vehicles (`flags.rs`),
//! two words for one kind agree ("gun" / "firearm"), and a kind against a broader kind it
//! is one of agrees too ("gun" / "pistol": a pistol is a gun told more precisely;
//! "weapon" / "knife"); two kinds on one level differ ("pistol" / "rifle", "knife" /
//! "gun").
//!
//! Ranges are code points of each prepared sentence's own text, as every flag.

use super::Ranges;
use crate::matcher::prepared::Prepared;
use crate::matcher::text::Token;

/// Weapon words naming one kind of weapon (singular and plural, other words for it).
const WEAPON_SAME: &[&[&str]] = &[
    &["weapon", "weapons"],
    &["gun", "guns", "firearm", "firearms"],
    &[
        "pistol",
        "pistols",
        "handgun",
        "handguns",
        "revolver",
        "revolvers",
    ],
    &["rifle", "rifles"],
    &["shotgun", "shotguns"],
    &["knife", "knives"],
    &["dagger", "daggers"],
    &["machete", "machetes"],
    &["axe", "axes", "hatchet"],
    &["bomb", "bombs", "explosive", "explosives"],
    &["grenade", "grenades"],
    &["crossbow", "crossbows"],
];

/// A kind of weapon and a broader kind it is one of (a word of each, standing for its
/// group in [`WEAPON_SAME`]).
const WEAPON_KIND_OF: &[(&str, &str)] = &[
    ("gun", "weapon"),
    ("pistol", "gun"),
    ("rifle", "gun"),
    ("shotgun", "gun"),
    ("knife", "weapon"),
    ("dagger", "knife"),
    ("machete", "knife"),
    ("axe", "weapon"),
    ("bomb", "weapon"),
    ("grenade", "bomb"),
    ("crossbow", "weapon"),
];

/// The group of [`WEAPON_SAME`] a word is in.
fn group(w: &str) -> Option<usize> {
    WEAPON_SAME.iter().position(|g| g.contains(&w))
}

/// Whether weapon word `x` names a kind of what `y` names, or the same kind
/// (`flags::kind_in`, as vehicles are read).
fn kind_of(x: &str, y: &str) -> bool {
    super::kind_in(WEAPON_SAME, WEAPON_KIND_OF, x, y)
}

/// One weapon of each sentence that names none of the other's weapons (by group, or as a
/// kind of it): "knife" / "gun", "pistol" / "rifle", not "gun" / "pistol". Capitalised
/// words are names ("Rifle, Colorado"; "Gun Hill Road").
pub(super) fn weapon_conflict(a: &Prepared, b: &Prepared) -> Option<Ranges> {
    let is = |t: &&Token| !t.proper && group(&t.norm).is_some();
    let wa: Vec<&Token> = a.tokens.iter().filter(is).collect();
    let wb: Vec<&Token> = b.tokens.iter().filter(is).collect();
    let (x, y) = (wa.first()?, wb.first()?);
    let same = |x: &Token, y: &Token| kind_of(&x.norm, &y.norm) || kind_of(&y.norm, &x.norm);
    if wa.iter().any(|x| wb.iter().any(|y| same(x, y))) {
        return None;
    }
    Some(((x.start, x.end), (y.start, y.end)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::matcher::flags::flagged_texts;

    fn flags(a: &str, b: &str) -> Option<(String, String)> {
        flagged_texts(weapon_conflict, a, b)
    }

    #[test]
    fn two_weapons_of_one_level_differ_both_ways() {
        for (a, b, ta, tb) in [
            (
                "Police said the attacker used a knife.",
                "Police said the attacker used a gun.",
                "knife",
                "gun",
            ),
            (
                "He was shot with a pistol.",
                "He was shot with a rifle.",
                "pistol",
                "rifle",
            ),
            (
                "The man threw a grenade at the crowd.",
                "The man fired a shotgun at the crowd.",
                "grenade",
                "shotgun",
            ),
        ] {
            assert_eq!(flags(a, b), Some((ta.into(), tb.into())), "{a} / {b}");
            assert_eq!(flags(b, a), Some((tb.into(), ta.into())), "{b} / {a}");
        }
    }

    #[test]
    fn a_weapon_and_a_broader_kind_or_another_word_for_it_agree() {
        for (a, b) in [
            ("He was shot with a gun.", "He was shot with a pistol."),
            ("He carried a firearm.", "He carried a gun."),
            (
                "He was attacked with a weapon.",
                "He was attacked with a knife.",
            ),
            ("He pulled a handgun.", "He pulled a revolver."),
            // A machete is a (large) knife (trial 21).
            ("The attacker used a machete.", "The attacker used a knife."),
            // Both weapons on one side.
            (
                "He had a knife and a gun.",
                "He threatened staff with a gun.",
            ),
            // A name, not a weapon.
            ("He lives in Rifle, Colorado.", "He carried a knife."),
            // No weapon on one side.
            ("The attacker used a knife.", "The attacker was arrested."),
        ] {
            assert_eq!(flags(a, b), None, "{a} / {b}");
            assert_eq!(flags(b, a), None, "{b} / {a}");
        }
    }
}
