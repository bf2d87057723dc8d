//! An aftershock and the main shock are two shocks, not one fact told two ways: "A
//! 4.8-magnitude aftershock shook the region on Thursday morning" / "The magnitude 6.2
//! quake struck at 11:41 p.m." differ in magnitude, time and toll because they tell of two
//! events (trial 35 F3.5: flagged `4.8-magnitude ≠ magnitude 6.2 quake`, and in French
//! `magnitude 4,8 ≠ magnitude 6,2`, `matin ≠ nuit`). A pair of which one sentence tells
//! only of an aftershock and the other only of the main shock gets no flag
//! ([`two_shocks`]). English, French, Spanish and Italian words (German is read by the
//! German rules).

use crate::matcher::features::Prepared;
use crate::matcher::text::Kind;

/// Words of an aftershock, lower case: en, fr, es, it.
const AFTERSHOCKS: &[&str] = &[
    "aftershock",
    "aftershocks",
    "réplique",
    "répliques",
    "réplica",
    "réplicas",
    "replica",
    "repliche",
    "assestamento",
];

/// Words of an earthquake told as the main shock, lower case: en, fr, es, it. Not
/// "tremor" nor "secousse", which reports use for aftershocks too.
const MAIN_SHOCKS: &[&str] = &[
    "quake",
    "earthquake",
    "séisme",
    "tremblement",
    "terremoto",
    "sismo",
    "seísmo",
    "sisma",
];

/// Whether `p` names an aftershock and whether it names a main shock ([`AFTERSHOCKS`],
/// [`MAIN_SHOCKS`]).
fn shocks(p: &Prepared) -> (bool, bool) {
    let words = p.tokens.iter().filter(|t| t.kind == Kind::Word);
    words.fold((false, false), |(after, main), t| {
        let w = t.norm.as_str();
        (
            after || AFTERSHOCKS.contains(&w),
            main || MAIN_SHOCKS.contains(&w),
        )
    })
}

/// Whether `a` and `b` tell of two shocks: one names an aftershock and no main shock, the
/// other a main shock and no aftershock ("A 4.8-magnitude aftershock …" / "The magnitude
/// 6.2 quake struck …"). A sentence naming both ("The quake was followed by 30
/// aftershocks") may tell either, and is compared as any sentence is.
pub(super) fn two_shocks(a: &Prepared, b: &Prepared) -> bool {
    let (sa, sb) = (shocks(a), shocks(b));
    let only_after = |(after, main): (bool, bool)| after && !main;
    let only_main = |(after, main): (bool, bool)| main && !after;
    (only_after(sa) && only_main(sb)) || (only_main(sa) && only_after(sb))
}

#[cfg(test)]
mod tests {
    use crate::matcher::flags::discrepancies;
    use crate::matcher::prepared::{Idf, Prepared};

    fn flags(a: &str, b: &str) -> Vec<(String, String)> {
        let idf = Idf::builtin();
        let (pa, pb) = (Prepared::new(a, idf), Prepared::new(b, idf));
        discrepancies(&pa, &pb)
            .into_iter()
            .map(|f| (f.a, f.b))
            .collect()
    }

    #[test]
    fn an_aftershock_and_the_main_shock_are_not_compared() {
        for (a, b) in [
            (
                "A 4.8-magnitude aftershock shook the region on Thursday morning, causing no new casualties.",
                "The magnitude 6.2 quake struck at 11:41 p.m. on Wednesday, killing 41 people.",
            ),
            (
                "Une réplique de magnitude 4,8 a secoué la région jeudi matin, sans faire de nouvelles victimes.",
                "Un tremblement de terre de magnitude 6,2 a fait 41 morts et environ 200 blessés dans la nuit de mercredi à jeudi dans la région d'Azilal.",
            ),
            (
                "Una réplica de magnitud 4,8 sacudió la región el jueves por la mañana.",
                "Un terremoto de magnitud 6,2 sacudió la región el miércoles por la noche.",
            ),
        ] {
            assert_eq!(flags(a, b), vec![], "{a} / {b}");
            assert_eq!(flags(b, a), vec![], "{b} / {a}");
        }
    }

    #[test]
    fn two_aftershocks_or_two_main_shocks_are_still_compared() {
        for (a, b) in [
            (
                "A 4.8-magnitude aftershock shook the region on Thursday morning.",
                "A magnitude 5.1 aftershock shook the region on Thursday morning.",
            ),
            (
                "The magnitude 6.4 quake struck at 11:14 p.m.",
                "The magnitude 6.2 quake struck at 11:14 p.m.",
            ),
            // Naming both, a sentence is compared as any.
            (
                "The quake was followed by more than 30 aftershocks.",
                "There were 25 aftershocks.",
            ),
        ] {
            assert!(!flags(a, b).is_empty(), "{a} / {b}: no flag");
        }
    }
}
