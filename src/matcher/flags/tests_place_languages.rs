//! Tests of the place flag in French, Spanish, Italian, Portuguese, Dutch and German: each
//! language's locative prepositions ("à Lyon", "en Madrid", "a Roma", "em Lisboa", "bij
//! Utrecht", "bei Berlin"), names with accents read as the gazetteer's ("París",
//! "Berlín"), and the words after them that are no place ("à 14h30", "à la police", "a
//! déclaré à Jean Dupont", Dutch "Jan en Piet", English "a Reuters photographer").

use super::test_util::{no_flag_either, one_flag_of};
use super::*;

/// Asserts one solid place flag on `ta` / `tb`, both ways round.
#[track_caller]
fn solid_both_ways(a: &str, b: &str, ta: &str, tb: &str) {
    one_flag_of(DiscrepancyKind::Place, a, b, ta, tb, false);
}

#[test]
fn french_and_spanish_places_differ() {
    solid_both_ways(
        "Un incendie a détruit un entrepôt à Lyon dans la nuit de lundi.",
        "Un incendie a détruit un entrepôt à Marseille dans la nuit de lundi.",
        "Lyon",
        "Marseille",
    );
    solid_both_ways(
        "La manifestation a réuni des milliers de personnes à Paris samedi.",
        "La manifestation a réuni des milliers de personnes à Marseille samedi.",
        "Paris",
        "Marseille",
    );
    solid_both_ways(
        "El incendio destruyó un almacén en Madrid durante la noche del lunes.",
        "El incendio destruyó un almacén en Barcelona durante la noche del lunes.",
        "Madrid",
        "Barcelona",
    );
    // Accented spellings are the gazetteer's names ("París" / "Paris").
    solid_both_ways(
        "La cumbre de los ministros se celebró en París el lunes por la tarde.",
        "La cumbre de los ministros se celebró en Berlín el lunes por la tarde.",
        "París",
        "Berlín",
    );
    solid_both_ways(
        "Le sommet des ministres s'est tenu au Portugal la semaine dernière.",
        "Le sommet des ministres s'est tenu au Canada la semaine dernière.",
        "Portugal",
        "Canada",
    );
    // Near a place, as "near": around two cities of different regions, solid (as "near
    // Lyon ≠ near Marseille"); of one region, dashed (a place near Sevilla may lie near
    // Granada too).
    solid_both_ways(
        "Un train a déraillé près de Lyon dans la nuit de lundi à mardi.",
        "Un train a déraillé près de Marseille dans la nuit de lundi à mardi.",
        "Lyon",
        "Marseille",
    );
    one_flag_of(
        DiscrepancyKind::Place,
        "El tren descarriló cerca de Sevilla en la madrugada del lunes.",
        "El tren descarriló cerca de Granada en la madrugada del lunes.",
        "Sevilla",
        "Granada",
        true,
    );
}

#[test]
fn italian_portuguese_dutch_and_german_places_differ() {
    solid_both_ways(
        "Il vertice dei ministri si è svolto a Roma lunedì scorso.",
        "Il vertice dei ministri si è svolto a Milano lunedì scorso.",
        "Roma",
        "Milano",
    );
    solid_both_ways(
        "A cimeira dos ministros realizou-se em Lisboa na segunda-feira.",
        "A cimeira dos ministros realizou-se em Madrid na segunda-feira.",
        "Lisboa",
        "Madrid",
    );
    solid_both_ways(
        "Het ongeluk gebeurde maandag bij Rotterdam op de snelweg.",
        "Het ongeluk gebeurde maandag bij Eindhoven op de snelweg.",
        "Rotterdam",
        "Eindhoven",
    );
    solid_both_ways(
        "Der Unfall ereignete sich am Montag bei Dortmund auf der Autobahn.",
        "Der Unfall ereignete sich am Montag bei Nürnberg auf der Autobahn.",
        "Dortmund",
        "Nürnberg",
    );
}

#[test]
fn countries_and_cities_by_their_names_in_other_languages() {
    solid_both_ways(
        "Le sommet des ministres s'est tenu en France la semaine dernière.",
        "Le sommet des ministres s'est tenu en Allemagne la semaine dernière.",
        "France",
        "Allemagne",
    );
    solid_both_ways(
        "La manifestation a réuni des milliers de personnes à Paris samedi.",
        "La manifestation a réuni des milliers de personnes à Londres samedi.",
        "Paris",
        "Londres",
    );
    solid_both_ways(
        "Il vertice dei ministri si è svolto in Italia la settimana scorsa.",
        "Il vertice dei ministri si è svolto in Francia la settimana scorsa.",
        "Italia",
        "Francia",
    );
    solid_both_ways(
        "Der Gipfel der Minister fand letzte Woche in Frankreich statt.",
        "Der Gipfel der Minister fand letzte Woche in Deutschland statt.",
        "Frankreich",
        "Deutschland",
    );
    // One country in two languages: no conflict.
    no_flag_either(
        DiscrepancyKind::Place,
        &[(
            "Der Gipfel der Minister fand letzte Woche in Deutschland statt.",
            "Le sommet des ministres s'est tenu en Allemagne la semaine dernière.",
        )],
    );
}

#[test]
fn the_same_place_in_two_languages_or_no_place_is_no_conflict() {
    no_flag_either(
        DiscrepancyKind::Place,
        &[
            // One place, told in two languages' words and spellings.
            (
                "Un incendie a détruit un entrepôt à Paris dans la nuit de lundi.",
                "A fire destroyed a warehouse in Paris on Monday night.",
            ),
            (
                "La cumbre de los ministros se celebró en París el lunes por la tarde.",
                "Le sommet des ministres s'est tenu à Paris lundi après-midi.",
            ),
            (
                "Der Gipfel der Minister fand am Montag in Berlin statt.",
                "La cumbre de los ministros se celebró en Berlín el lunes por la tarde.",
            ),
            // A time, an institution, a person spoken to: no place after "à".
            (
                "Les pompiers sont arrivés sur place à 14h30 selon la préfecture.",
                "Les pompiers sont arrivés sur place à 16h00 selon la préfecture.",
            ),
            (
                "Le témoin a remis la vidéo à la police lundi matin.",
                "Le témoin a remis la vidéo à la gendarmerie lundi matin.",
            ),
            (
                "Le ministre a présenté ses excuses à Jean Dupont lundi soir.",
                "Le ministre a présenté ses excuses à Claire Martin lundi soir.",
            ),
            // Dutch "en" is "and", English "a" an article.
            (
                "De brand werd maandag gemeld door Jan en Piet uit het dorp.",
                "De brand werd maandag gemeld door Jan en Kees uit het dorp.",
            ),
            (
                "The company hired a Reuters photographer for the event.",
                "The company hired a Getty photographer for the event.",
            ),
        ],
    );
}

#[test]
fn a_saint_town_after_a_is_a_place_the_gazetteer_need_not_know() {
    // Trial 25: "à Saint-Berthevin" was read as a person spoken to ("à Jean Dupont"), so
    // two explosions in Lyon and Saint-Berthevin had no place flag.
    // Dashed, as every town the gazetteer does not know ("in Millbrook").
    one_flag_of(
        DiscrepancyKind::Place,
        "Une explosion a fait quatre morts mercredi à Lyon.",
        "Une explosion a fait quatre morts mercredi à Saint-Berthevin.",
        "Lyon",
        "Saint-Berthevin",
        true,
    );
    // A person spoken to, named with a hyphen, is still no place.
    no_flag_either(
        DiscrepancyKind::Place,
        &[(
            "Le ministre a présenté ses excuses à Jean-Pierre Dupont lundi soir.",
            "Le ministre a présenté ses excuses à Marie-Claire Martin lundi soir.",
        )],
    );
}

#[test]
fn a_short_sentence_of_unclear_language_reads_places_the_gazetteer_knows() {
    // Trial 21: six words are too few to guess the language, so "en" and "a" were not
    // read at all.
    solid_both_ways(
        "La manifestación tuvo lugar en Madrid.",
        "La manifestación tuvo lugar en Barcelona.",
        "Madrid",
        "Barcelona",
    );
    solid_both_ways(
        "La manifestazione si è svolta a Roma.",
        "La manifestazione si è svolta a Milano.",
        "Roma",
        "Milano",
    );
    // A name the gazetteer does not know is no place there: "en" and "a" are words of
    // other languages too ("Jan en Piet", "a Reuters photographer").
    no_flag_either(
        DiscrepancyKind::Place,
        &[
            ("Jan en Piet waren er.", "Jan en Klaas waren er."),
            (
                "He saw a Reuters photographer.",
                "He saw a Getty photographer.",
            ),
        ],
    );
}

#[test]
fn a_place_near_another_in_italian_portuguese_or_spanish_is_read() {
    // Trial 34, F5.1: "nei pressi di Pianoro" named no place, so "a Sasso Marconi" had
    // nothing to differ from. Two towns the gazetteer does not know: the dashed kind.
    one_flag_of(
        DiscrepancyKind::Place,
        "Il treno, con circa 200 passeggeri a bordo, è uscito dai binari alle 6.50 nei pressi di Pianoro.",
        "Il convoglio è uscito dai binari alle 6.40 a Sasso Marconi, con circa 200 passeggeri a bordo.",
        "Pianoro",
        "Sasso Marconi",
        true,
    );
    // Near two known cities of other regions: solid.
    solid_both_ways(
        "Il treno è deragliato vicino a Bologna lunedì mattina.",
        "Il treno è deragliato vicino a Napoli lunedì mattina.",
        "Bologna",
        "Napoli",
    );
    solid_both_ways(
        "O comboio descarrilou perto de Lisboa na segunda-feira.",
        "O comboio descarrilou perto de Madrid na segunda-feira.",
        "Lisboa",
        "Madrid",
    );
    // Near a place is not in it: "vicino a Bologna" is read once, as near Bologna, and a
    // town near it is no solid conflict.
    one_flag_of(
        DiscrepancyKind::Place,
        "Un treno regionale è deragliato vicino a Bologna venerdì.",
        "Un treno regionale è deragliato a Sasso Marconi venerdì.",
        "Bologna",
        "Sasso Marconi",
        true,
    );
    no_flag_either(
        DiscrepancyKind::Place,
        &[
            (
                "Il treno è deragliato nei pressi di Pianoro.",
                "Il treno è deragliato nei pressi di Pianoro, vicino a Bologna.",
            ),
            // A place named in one sentence only.
            (
                "Il treno è deragliato nei pressi di Pianoro.",
                "Il treno è deragliato all'alba di venerdì.",
            ),
        ],
    );
}
