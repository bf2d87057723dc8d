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
        "pistolet",
        "pistola",
        "pistolas",
    ],
    &["rifle", "rifles"],
    &["shotgun", "shotguns"],
    &[
        "knife",
        "knives",
        "couteau",
        "couteaux",
        "cuchillo",
        "cuchillos",
        "coltello",
        "coltelli",
    ],
    &["dagger", "daggers"],
    &["machete", "machetes"],
    &["axe", "axes", "hatchet"],
    &["bomb", "bombs", "explosive", "explosives"],
    &["grenade", "grenades"],
    &["crossbow", "crossbows"],
    // Manners of killing told by a verb only ([`MANNER_WORDS`]): names no token has.
    &["(strangling)"],
    &["(beating)"],
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

/// Verbs that tell the weapon of an attack, with the weapon word they stand for: "stabbed
/// to death" is a knife, "shot dead" a gun (trial 24: "stabbed" / "shot" went unflagged).
const WEAPON_VERBS: &[(&str, &str)] = &[
    ("stab", "knife"),
    ("stabs", "knife"),
    ("stabbed", "knife"),
    ("stabbing", "knife"),
    ("stabbings", "knife"),
    ("knifed", "knife"),
    ("shot", "gun"),
    ("shoot", "gun"),
    ("shoots", "gun"),
    ("shooting", "gun"),
    ("shootings", "gun"),
    ("gunned", "gun"),
];

/// Words of a manner of killing, in English and four more languages, with the weapon
/// they stand for (trial 25: "strangled" / "stabbed", "beaten to death" / "shot dead",
/// "poignardé" / "abattu par balles", "apuñalado" / "asesinado a tiros", "erstochen" /
/// "erschossen" went unflagged): word beginnings of the lower-case token, a word ending
/// with `$` read whole, a word ending with `+` only before a word of a death within three
/// tokens ("beaten to death", "battu à mort", "zu Tode geprügelt" is read by its "tode").
const MANNER_WORDS: &[(&str, &str)] = &[
    ("strangl", "(strangling)"),
    ("throttled$", "(strangling)"),
    ("étrangl", "(strangling)"),
    ("erwürg", "(strangling)"),
    ("estrangul", "(strangling)"),
    ("strangolat", "(strangling)"),
    ("bludgeon", "(beating)"),
    ("clubbed$", "(beating)"),
    ("beaten+", "(beating)"),
    ("beat+", "(beating)"),
    ("battu+", "(beating)"),
    ("battue+", "(beating)"),
    ("erschlagen$", "(beating)"),
    ("golpead+", "(beating)"),
    ("golpes$", "(beating)"),
    ("picchiat+", "(beating)"),
    ("poignard", "knife"),
    ("erstoch", "knife"),
    ("erstach", "knife"),
    ("apuñal", "knife"),
    ("puñalad", "knife"),
    ("acuchill", "knife"),
    ("accoltell", "knife"),
    ("pugnalat", "knife"),
    ("erschoss", "gun"),
    ("erschieß", "gun"),
    ("balle$", "gun"),
    ("balles$", "gun"),
    ("fusillé", "gun"),
    ("tiros$", "gun"),
    ("tirotead", "gun"),
    ("balead", "gun"),
    ("disparo", "gun"),
    ("sparat", "gun"),
];

/// Words of a death after a manner word ending with `+` in [`MANNER_WORDS`].
const TO_DEATH: &[&str] = &["death", "mort", "tode", "muerte", "morte"];

/// The weapon word token `i` of `toks` names (a word of [`WEAPON_SAME`]), or with `verbs`
/// the weapon a verb of [`WEAPON_VERBS`] or a word of [`MANNER_WORDS`] stands for; `None`
/// for a name ("Rifle, Colorado").
fn weapon_of(toks: &[Token], i: usize, verbs: bool) -> Option<&str> {
    let t = &toks[i];
    // Names, and function words (most tokens), name no weapon.
    if t.proper || t.stop {
        return None;
    }
    if !verbs {
        return group(&t.norm).is_some().then_some(t.norm.as_str());
    }
    let to_death = || {
        toks[i + 1..toks.len().min(i + 4)]
            .iter()
            .any(|n| TO_DEATH.contains(&n.norm.as_str()))
    };
    let manner = |w: &str| match (w.strip_suffix('$'), w.strip_suffix('+')) {
        (Some(whole), _) => t.norm == whole,
        (_, Some(word)) => t.norm == word && to_death(),
        _ => t.norm.starts_with(w),
    };
    WEAPON_VERBS
        .iter()
        .find(|(v, _)| *v == t.norm)
        .or_else(|| MANNER_WORDS.iter().find(|(w, _)| manner(w)))
        .map(|(_, w)| *w)
}

/// The weapons a sentence names, each with its range: its weapon words, or when it names
/// none the weapons its verbs tell ("He was shot with a pistol" is a pistol, "He was shot
/// dead" a gun). Read once per sentence (`facts.rs`): most name none.
fn weapons(p: &Prepared) -> &[(usize, usize, Box<str>)] {
    p.facts.weapons.get_or_init(|| {
        let of = |verbs: bool| -> Vec<(usize, usize, Box<str>)> {
            (0..p.tokens.len())
                .filter_map(|i| {
                    let t = &p.tokens[i];
                    Some((t.start, t.end, weapon_of(&p.tokens, i, verbs)?.into()))
                })
                .collect()
        };
        let nouns = of(false);
        if nouns.is_empty() {
            of(true)
        } else {
            nouns
        }
    })
}

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
/// kind of it): "knife" / "gun", "pistol" / "rifle", "stabbed" / "shot dead" (a verb of
/// [`WEAPON_VERBS`] stands for its weapon in a sentence that names none, [`weapons`]),
/// not "gun" / "pistol" nor "shot" / "pistol".
/// Capitalised words are names ("Rifle, Colorado"; "Gun Hill Road").
pub(super) fn weapon_conflict(a: &Prepared, b: &Prepared) -> Option<Ranges> {
    let (wa, wb) = (weapons(a), weapons(b));
    let (x, y) = (wa.first()?, wb.first()?);
    let same = |x: &str, y: &str| kind_of(x, y) || kind_of(y, x);
    if wa.iter().any(|x| wb.iter().any(|y| same(&x.2, &y.2))) {
        return None;
    }
    Some(((x.0, x.1), (y.0, y.1)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::matcher::flags::flagged_texts;

    fn flags(a: &str, b: &str) -> Option<(String, String)> {
        flagged_texts(weapon_conflict, a, b)
    }

    /// Asserts that `a` / `b` get the weapon flag `ta` / `tb`, read either way round.
    fn flagged_each_way(a: &str, b: &str, ta: &str, tb: &str) {
        assert_eq!(flags(a, b), Some((ta.into(), tb.into())), "{a} / {b}");
        assert_eq!(flags(b, a), Some((tb.into(), ta.into())), "{b} / {a}");
    }

    /// Asserts that no pair of `pairs` gets a weapon flag, read either way round.
    fn unflagged_each_way(pairs: &[(&str, &str)]) {
        for (a, b) in pairs {
            assert_eq!(flags(a, b), None, "{a} / {b}");
            assert_eq!(flags(b, a), None, "{b} / {a}");
        }
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
            flagged_each_way(a, b, ta, tb);
        }
    }

    #[test]
    fn a_verb_that_tells_the_weapon_differs_from_another_weapon() {
        for (a, b, ta, tb) in [
            (
                "The man was stabbed to death in Leeds on Friday night.",
                "The man was shot dead in Leeds on Friday night.",
                "stabbed",
                "shot",
            ),
            (
                "He was shot in the chest.",
                "He was attacked with a knife.",
                "shot",
                "knife",
            ),
        ] {
            flagged_each_way(a, b, ta, tb);
        }
        // The verb and the weapon it tells agree, as do two verbs of one weapon.
        unflagged_each_way(&[
            ("He was shot with a pistol.", "He was shot dead."),
            (
                "He was stabbed with a knife.",
                "He was knifed outside a bar.",
            ),
            ("He was shot and stabbed.", "He was shot."),
        ]);
    }

    #[test]
    fn manners_of_killing_differ_in_five_languages() {
        for (a, b, ta, tb) in [
            (
                "The victim was strangled in his flat.",
                "The victim was stabbed in his flat.",
                "strangled",
                "stabbed",
            ),
            (
                "The man was beaten to death outside a bar in Leeds.",
                "The man was shot dead outside a bar in Leeds.",
                "beaten",
                "shot",
            ),
            (
                "Der Mann wurde erstochen.",
                "Der Mann wurde erschossen.",
                "erstochen",
                "erschossen",
            ),
            (
                "L'homme a été poignardé devant un bar.",
                "L'homme a été abattu par balles devant un bar.",
                "poignardé",
                "balles",
            ),
            (
                "El hombre fue apuñalado frente a un bar.",
                "El hombre fue asesinado a tiros frente a un bar.",
                "apuñalado",
                "tiros",
            ),
            (
                "L'uomo è stato accoltellato davanti a un bar.",
                "L'uomo è stato strangolato davanti a un bar.",
                "accoltellato",
                "strangolato",
            ),
        ] {
            flagged_each_way(a, b, ta, tb);
        }
        // One manner told two ways, and a beating that killed no one.
        unflagged_each_way(&[
            (
                "Der Mann wurde erstochen.",
                "Der Mann wurde mit einem Messer getötet.",
            ),
            ("El hombre fue apuñalado.", "El hombre murió a puñaladas."),
            (
                "The man was beaten and robbed.",
                "The man was robbed and shot.",
            ),
        ]);
    }

    #[test]
    fn a_weapon_and_a_broader_kind_or_another_word_for_it_agree() {
        unflagged_each_way(&[
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
        ]);
    }
}
