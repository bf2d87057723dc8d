//! Tests of number words of French, German, Spanish, Italian, Portuguese and Dutch
//! (`lexicon::cardinals`): read as figures where they cannot be another word or the
//! sentence's language settles it, and counts compared across two languages, whose
//! counted nouns differ ("workers" / "ouvriers").

use super::test_util::{no_number_flag, number_flags, one_flag};

const EN: &str = "Two workers were injured, firefighters said.";

#[test]
fn a_count_in_words_of_another_language_is_compared() {
    for (b, fb) in [
        (
            "Trois ouvriers ont été blessés, selon les pompiers.",
            "Trois ouvriers",
        ),
        (
            "Drei Arbeiter wurden verletzt, sagte die Feuerwehr.",
            "Drei Arbeiter",
        ),
        (
            "Tres trabajadores resultaron heridos, según los bomberos.",
            "Tres trabajadores",
        ),
        (
            "Tre operai sono rimasti feriti, secondo i vigili del fuoco.",
            "Tre operai",
        ),
        (
            "Três trabalhadores ficaram feridos, disseram os bombeiros.",
            "Três trabalhadores",
        ),
        (
            "Drie arbeiders zijn bij de brand gewond geraakt, zei de brandweer van de stad.",
            "Drie arbeiders",
        ),
    ] {
        one_flag(EN, b, "Two workers", fb, false);
    }
    for b in [
        "Deux ouvriers ont été blessés, selon les pompiers.",
        "Zwei Arbeiter wurden verletzt, sagte die Feuerwehr.",
        "Dos trabajadores resultaron heridos, según los bomberos.",
        "Due operai sono rimasti feriti, secondo i vigili del fuoco.",
        "Dois trabalhadores ficaram feridos, disseram os bombeiros.",
        "Twee arbeiders zijn bij de brand gewond geraakt, zei de brandweer van de stad.",
    ] {
        no_number_flag(EN, b);
    }
}

#[test]
fn a_number_word_that_is_another_word_is_read_only_where_it_is_a_number() {
    // In one language.
    one_flag(
        "Os dois presidentes falaram dos planos para o porto.",
        "Os três presidentes falaram dos planos para o porto.",
        "dois presidentes",
        "três presidentes",
        false,
    );
    one_flag(
        "Neuf ouvriers ont été blessés, selon les pompiers.",
        "Huit ouvriers ont été blessés, selon les pompiers.",
        "Neuf ouvriers",
        "Huit ouvriers",
        false,
    );
    for (a, b) in [
        // Portuguese "dos" is "of the"; "neuf" after a noun is "new"; German "Acht" is
        // attention; a number word before "mil" is not read alone.
        (
            "O ministro falou dos planos do governo para o porto.",
            "O ministro falou dos 12 planos do governo para o porto.",
        ),
        (
            "Un vélo neuf a été volé selon la police.",
            "Un vélo a été volé selon la police hier soir.",
        ),
        (
            "Die Feuerwehr nahm die Warnung in Acht, sagte der Sprecher.",
            "Die Feuerwehr nahm die 12 Warnungen ernst, sagte der Sprecher.",
        ),
        (
            "Tres mil personas marcharon en Madrid, según la policía.",
            "3.000 personas marcharon en Madrid, según la policía.",
        ),
        // Spanish "dos" in an English sentence is a name.
        (
            "The band Dos Santos played for the workers, organisers said.",
            "The band played for 300 workers, organisers said.",
        ),
    ] {
        no_number_flag(a, b);
    }
}

#[test]
fn plural_approximate_counts_of_other_languages_are_vague_counts() {
    // "des centaines", "Hunderte", "cientos", "centinaia": as "hundreds", the softer flag
    // against a figure or a vague count of another size.
    for (a, fa) in [
        (
            "Des centaines de manifestants ont défilé samedi à Paris.",
            "centaines de manifestants",
        ),
        (
            "Hunderte Demonstranten zogen am Samstag durch die Straßen der Stadt.",
            "Hunderte Demonstranten",
        ),
        (
            "Cientos de manifestantes marcharon el sábado por Madrid.",
            "Cientos de manifestantes",
        ),
        (
            "Centinaia di manifestanti hanno sfilato sabato a Roma.",
            "Centinaia di manifestanti",
        ),
    ] {
        let b = "Thousands of protesters marched through the city on Saturday.";
        one_flag(a, b, fa, "Thousands of protesters", true);
        let b = "Forty protesters marched through the city on Saturday.";
        one_flag(a, b, fa, "Forty protesters", true);
        // The same size in English: no flag.
        no_number_flag(
            a,
            "Hundreds of protesters marched through the city on Saturday.",
        );
    }
    // "miles" is a count only in Spanish.
    one_flag(
        "Miles de manifestantes marcharon el sábado por Madrid.",
        "Cientos de manifestantes marcharon el sábado por Madrid.",
        "Miles de manifestantes",
        "Cientos de manifestantes",
        true,
    );
    // What a vague count counts is the noun after its "di" or "de", not the "di": the
    // protesters and the police are two counts.
    no_number_flag(
        "Centinaia di manifestanti hanno sfilato sabato a Roma.",
        "Decine di poliziotti hanno sfilato sabato a Roma.",
    );
    no_number_flag(
        "The protesters marched for miles through the city on Saturday.",
        "Hundreds of protesters marched through the city on Saturday.",
    );
}

/// Trial 42 C2: counts of the injured told as "ferindo outras sete" (the verb before a
/// word of others), "nove ficaram feridas" (a number word before an auxiliary) and "Tre i
/// feriti" (before an article and a word of a toll) in sentences too short to tell their
/// language: seven injured against nine is a solid flag, the dead agree.
#[test]
fn injured_counts_told_in_other_forms_are_compared() {
    let solid = |a: &str, b: &str, ta: &str, tb: &str| {
        let f = number_flags(a, b);
        assert!(
            f.iter()
                .any(|(x, y, soft)| x.contains(ta) && y.contains(tb) && !soft),
            "{a} / {b}: {f:?}"
        );
        assert!(
            f.iter()
                .all(|(x, _, _)| !x.contains("duas") && !x.contains("Duas")),
            "deaths against injuries in {a} / {b}: {f:?}"
        );
    };
    solid(
        "A ponte ruiu, causando a morte de duas pessoas e ferindo outras sete.",
        "Duas pessoas morreram e nove ficaram feridas quando a ponte ruiu.",
        "sete",
        "nove",
    );
    solid(
        "Due persone sono rimaste ferite lievemente.",
        "Tre i feriti, nessuno in modo grave.",
        "Due",
        "Tre",
    );
    solid(
        "El puente se derrumbó, matando a dos personas e hiriendo a otros siete.",
        "Dos personas murieron y nueve resultaron heridas cuando se derrumbó el puente.",
        "siete",
        "nueve",
    );
}

/// Near cases of [`injured_counts_told_in_other_forms_are_compared`]: the same count told
/// both ways gives no flag.
#[test]
fn an_injured_count_told_both_ways_agrees() {
    no_number_flag(
        "A ponte ruiu, causando a morte de duas pessoas e ferindo outras sete.",
        "Duas pessoas morreram e sete ficaram feridas quando a ponte ruiu.",
    );
    no_number_flag(
        "A ponte ruiu, causando a morte de duas pessoas e ferindo outras sete.",
        "Duas pessoas morreram e sete feridos quando a ponte ruiu.",
    );
    no_number_flag(
        "Due persone sono rimaste ferite lievemente.",
        "Due i feriti, nessuno in modo grave.",
    );
}
