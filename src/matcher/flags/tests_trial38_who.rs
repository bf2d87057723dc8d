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

#[test]
fn any_hostile_verb_with_its_sides_swapped_is_flagged() {
    for (a, b, ta, tb) in [
        (
            "Israel struck Iran overnight, officials said.",
            "Iran struck Israel overnight, officials said.",
            "Israel struck Iran",
            "Iran struck Israel",
        ),
        (
            "Russia hit Ukraine with 120 drones.",
            "Ukraine hit Russia with 120 drones.",
            "Russia hit Ukraine",
            "Ukraine hit Russia",
        ),
        (
            "Israel bombed Gaza overnight.",
            "Gaza bombed Israel overnight.",
            "Israel bombed Gaza",
            "Gaza bombed Israel",
        ),
        // Fired at a target.
        (
            "Russia launched 120 drones at Ukraine overnight.",
            "Ukraine launched 120 drones at Russia overnight.",
            "Russia launched 120 drones at Ukraine",
            "Ukraine launched 120 drones at Russia",
        ),
        (
            "Rusia lanzó 120 drones contra Ucrania.",
            "Ucrania lanzó 120 drones contra Rusia.",
            "Rusia lanzó 120 drones contra Ucrania",
            "Ucrania lanzó 120 drones contra Rusia",
        ),
        // A side told by its people's adjective.
        (
            "India shelled Pakistani positions along the border.",
            "Pakistan shelled Indian positions along the border.",
            "India shelled Pakistani",
            "Pakistan shelled Indian",
        ),
        (
            "Russian forces attacked Ukrainian positions.",
            "Ukrainian forces attacked Russian positions.",
            "Russian forces attacked Ukrainian",
            "Ukrainian forces attacked Russian",
        ),
        // Sides told by common nouns.
        (
            "The police attacked the protesters outside parliament.",
            "The protesters attacked the police outside parliament.",
            "police attacked the protesters",
            "protesters attacked the police",
        ),
        (
            "The protesters were attacked by the police.",
            "The police were attacked by the protesters.",
            "protesters were attacked by the police",
            "police were attacked by the protesters",
        ),
        // Other languages.
        (
            "Israël a frappé l'Iran dans la nuit.",
            "L'Iran a frappé Israël dans la nuit.",
            "Israël a frappé l'Iran",
            "L'Iran a frappé Israël",
        ),
        (
            "Russland beschoss die Ukraine in der Nacht.",
            "Die Ukraine beschoss Russland in der Nacht.",
            "Russland beschoss die Ukraine",
            "Ukraine beschoss Russland",
        ),
        (
            "A Rússia bombardeou a Ucrânia.",
            "A Ucrânia bombardeou a Rússia.",
            "Rússia bombardeou a Ucrânia",
            "Ucrânia bombardeou a Rússia",
        ),
    ] {
        has_flag_each_way(K::Outcome, a, b, ta, tb);
    }
    no_flag_either(
        K::Outcome,
        &[
            // One attacker told actively and passively, by name or by its people.
            (
                "Ukraine was attacked by Russia on Monday.",
                "Russian forces attacked Ukraine on Monday.",
            ),
            (
                "Ukraine was hit by Russian drones overnight.",
                "Russia hit Ukraine with drones overnight.",
            ),
            (
                "Israel struck Iran overnight.",
                "Israel struck Iranian nuclear sites overnight.",
            ),
            (
                "The protesters were attacked by the police.",
                "The police attacked the protesters.",
            ),
            (
                "The storm hit the coast.",
                "The coast was hit by the storm.",
            ),
            // Two places one storm struck; a deal struck is no attack.
            (
                "Hurricane Otis struck Acapulco.",
                "Hurricane Otis struck Guerrero.",
            ),
            (
                "Russia struck a deal with Ukraine.",
                "Ukraine struck a deal with Russia.",
            ),
            // Fired, not at anyone.
            (
                "Apple fired its chief executive on Monday.",
                "Apple fired its chief executive on Tuesday.",
            ),
        ],
    );
}

#[test]
fn a_german_or_dutch_compound_counts_what_its_head_counts() {
    for (a, b, ta, tb) in [
        (
            "Der Sturm zerstörte 23 Häuser am Dienstag.",
            "Der Sturm zerstörte 31 Wohnhäuser am Dienstag.",
            "23 Häuser",
            "31 Wohnhäuser",
        ),
        (
            "De storm verwoestte 23 huizen.",
            "De storm verwoestte 31 huurwoningen.",
            "23 huizen",
            "31 huurwoningen",
        ),
        (
            "Rund 300 Hausbewohner wurden evakuiert.",
            "Rund 500 Bewohner wurden evakuiert.",
            "Rund 300 Hausbewohner",
            "Rund 500 Bewohner",
        ),
        (
            "Bij het bedrijf werken 220 medewerkers.",
            "Bij het bedrijf werken 250 fabrieksmedewerkers.",
            "220 medewerkers",
            "250 fabrieksmedewerkers",
        ),
    ] {
        has_flag_each_way(K::Number, a, b, ta, tb);
    }
    no_flag_either(
        K::Number,
        &[
            // One count told with the compound.
            (
                "Der Sturm zerstörte 23 Häuser am Dienstag.",
                "Der Sturm zerstörte 23 Wohnhäuser am Dienstag.",
            ),
            // Hospitals are no homes.
            (
                "Der Sturm zerstörte 23 Häuser am Dienstag.",
                "Der Sturm zerstörte 31 Krankenhäuser am Dienstag.",
            ),
            (
                "De storm verwoestte 23 huizen.",
                "De storm verwoestte 3 ziekenhuizen.",
            ),
        ],
    );
}
