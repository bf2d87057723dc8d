//! Tests of trial 38's F3, F7, F11 (who said it, who did what to whom, what was counted):
//! a speech verb inside a quotation is what was said, not its attribution
//! (`quotes::in_quotation`, `speakers/find.rs` `attributes`).

use super::test_util::{has_flag_each_way, no_flag_either};
use crate::matcher::DiscrepancyKind as K;

#[test]
fn a_speech_verb_inside_the_quotation_is_no_attribution() {
    // (sentence A, sentence B, speaker flagged in A, in B)
    for (a, b, ta, tb) in [
        (
            "Landini: «Oggi il Paese ha detto chiaramente che questa manovra non va bene».",
            "«Oggi il Paese ha detto chiaramente che questa manovra non va bene», ha detto il segretario della Uil Pierpaolo Bombardieri dal palco.",
            "Landini",
            "Pierpaolo Bombardieri",
        ),
        (
            "«Oggi il Paese ha detto chiaramente che questa manovra non va bene», ha detto Landini.",
            "«Oggi il Paese ha detto chiaramente che questa manovra non va bene», ha detto Bombardieri.",
            "Landini",
            "Bombardieri",
        ),
        (
            "«Hoy el País dijo claramente que este presupuesto no sirve», dijo Pérez.",
            "«Hoy el País dijo claramente que este presupuesto no sirve», dijo el ministro Juan García.",
            "Pérez",
            "ministro Juan García",
        ),
        (
            "« Aujourd'hui le Pays a dit clairement que ce budget ne va pas », a déclaré Dupont.",
            "« Aujourd'hui le Pays a dit clairement que ce budget ne va pas », a déclaré le ministre Jean Martin.",
            "Dupont",
            "ministre Jean Martin",
        ),
        (
            "„Der Präsident sagte uns, dass dieser Haushalt nicht gut ist“, sagte Müller.",
            "„Der Präsident sagte uns, dass dieser Haushalt nicht gut ist“, sagte Schmidt.",
            "Müller",
            "Schmidt",
        ),
        (
            "\"Hoje o País disse claramente que este orçamento não serve\", disse Silva.",
            "\"Hoje o País disse claramente que este orçamento não serve\", disse o ministro João Costa.",
            "Silva",
            "ministro João Costa",
        ),
        (
            "\"Today Congress said clearly that this budget is wrong,\" Smith said.",
            "\"Today Congress said clearly that this budget is wrong,\" Jones said.",
            "Smith",
            "Jones",
        ),
    ] {
        has_flag_each_way(K::Speaker, a, b, ta, tb);
    }
    no_flag_either(
        K::Speaker,
        &[
            // One speaker told two ways.
            (
                "Landini: «Oggi il Paese ha detto chiaramente che questa manovra non va bene».",
                "«Oggi il Paese ha detto chiaramente che questa manovra non va bene», ha detto Landini dal palco.",
            ),
            (
                "\"Congress said no,\" Smith said.",
                "\"Congress said no,\" according to Smith.",
            ),
            // The speaker of one is named inside the other's quotation.
            (
                "Landini: «Oggi Bombardieri ha detto che questa manovra non va bene».",
                "«Oggi Bombardieri ha detto che questa manovra non va bene», ha detto Landini.",
            ),
            // A straight mark after a comma closes a quotation begun in an earlier
            // sentence: "Smith said" between two marks is the attribution.
            (
                "the budget is wrong,\" Smith said, \"and we will not vote for it.\"",
                "the budget is wrong,\" Smith told reporters, \"and we will not vote for it.\"",
            ),
        ],
    );
}
