//! Tests of counts after trial 31 (F17, F20, F8, F10): half a dozen in five languages,
//! counts of times told without a figure ("twice", "zweimal", "una vez"), vague words of
//! other languages than English ("mehrere", "plusieurs", "varias", "alcuni", "vários")
//! against a figure, and changes told in German, Portuguese, French and Spanish ("stieg
//! von 10 auf 15": the last figure counts).

use super::test_util::{no_number_flag, number_flags, one_flag};

#[test]
fn half_a_dozen_is_six_in_every_language() {
    for (half, six, seven) in [
        (
            "Media docena de personas resultaron heridas en el incendio.",
            "Seis personas resultaron heridas en el incendio.",
            "Siete personas resultaron heridas en el incendio.",
        ),
        (
            "Une demi-douzaine de personnes ont été blessées dans l'incendie.",
            "Six personnes ont été blessées dans l'incendie.",
            "Huit personnes ont été blessées dans l'incendie.",
        ),
        (
            "Ein halbes Dutzend Menschen wurde bei dem Brand verletzt.",
            "Sechs Menschen wurden bei dem Brand verletzt.",
            "Acht Menschen wurden bei dem Brand verletzt.",
        ),
        (
            "Mezza dozzina di persone sono rimaste ferite nell'incendio.",
            "Sei persone sono rimaste ferite nell'incendio.",
            "Otto persone sono rimaste ferite nell'incendio.",
        ),
        (
            "Meia dúzia de pessoas ficaram feridas no incêndio.",
            "Seis pessoas ficaram feridas no incêndio.",
            "Oito pessoas ficaram feridas no incêndio.",
        ),
        (
            "Half a dozen people were injured in the fire.",
            "Six people were injured in the blaze.",
            "Eight people were injured in the blaze.",
        ),
    ] {
        no_number_flag(half, six);
        assert_eq!(number_flags(half, seven).len(), 1, "{half} / {seven}");
    }
    // A whole dozen stays twelve.
    no_number_flag(
        "Una docena de personas resultaron heridas en el incendio.",
        "Doce personas resultaron heridas en el incendio.",
    );
    no_number_flag(
        "Uma dúzia de pessoas ficaram feridas no incêndio.",
        "Doze pessoas ficaram feridas no incêndio.",
    );
    assert_eq!(
        number_flags(
            "Una docena de personas resultaron heridas en el incendio.",
            "Seis personas resultaron heridas en el incendio.",
        )
        .len(),
        1
    );
}

#[test]
fn once_and_twice_count_times() {
    let twice = "The man was stabbed twice in the chest, police said.";
    one_flag(
        twice,
        "The man was stabbed three times in the chest, police said.",
        "twice",
        "three times",
        false,
    );
    no_number_flag(
        twice,
        "The man was stabbed two times in the chest, police said.",
    );
    // Vague against exact: the softer kind.
    one_flag(
        twice,
        "The man was stabbed several times in the chest, police said.",
        "twice",
        "several times",
        true,
    );
    one_flag(
        "He was shot once in the head, police said.",
        "He was shot three times in the head, police said.",
        "once",
        "three times",
        false,
    );
    // "once" of when, "twice" of a multiple: no count of times.
    no_number_flag(
        "Once the fire was out, firefighters searched the house, police said.",
        "Firefighters searched the house three times, police said.",
    );
    no_number_flag(
        "The company sold twice as many cars this year, officials said.",
        "The company sold three times as many cars this year, officials said.",
    );
}

#[test]
fn times_are_counted_in_other_languages() {
    one_flag(
        "Der Mann wurde zweimal in die Brust gestochen.",
        "Der Mann wurde dreimal in die Brust gestochen.",
        "zweimal",
        "dreimal",
        false,
    );
    no_number_flag(
        "Der Mann wurde zweimal in die Brust gestochen.",
        "Der Mann wurde zwei Mal in die Brust gestochen.",
    );
    one_flag(
        "Der Mann wurde einmal in die Brust gestochen.",
        "Der Mann wurde zweimal in die Brust gestochen.",
        "einmal",
        "zweimal",
        false,
    );
    for (one, two, ta, tb) in [
        (
            "L'homme a été poignardé une fois à la poitrine.",
            "L'homme a été poignardé deux fois à la poitrine.",
            "une fois",
            "deux fois",
        ),
        (
            "El hombre fue apuñalado una vez en el pecho.",
            "El hombre fue apuñalado dos veces en el pecho.",
            "una vez",
            "dos veces",
        ),
        (
            "O homem foi esfaqueado uma vez no peito.",
            "O homem foi esfaqueado duas vezes no peito.",
            "uma vez",
            "duas vezes",
        ),
        (
            "L'uomo è stato accoltellato una volta al petto.",
            "L'uomo è stato accoltellato due volte al petto.",
            "una volta",
            "due volte",
        ),
    ] {
        one_flag(one, two, ta, tb, false);
    }
    // Idioms of one time count nothing: "noch einmal" (again), "encore une fois", "una
    // vez que" (once).
    no_number_flag(
        "Die Polizei hat den Mann noch einmal befragt.",
        "Die Polizei hat den Mann zweimal befragt.",
    );
    no_number_flag(
        "Encore une fois, la police a interrogé l'homme.",
        "La police a interrogé l'homme deux fois.",
    );
    no_number_flag(
        "Una vez que llegó la policía, el hombre fue detenido.",
        "La policía llegó dos veces y el hombre fue detenido.",
    );
}

#[test]
fn vague_words_of_other_languages_are_vague() {
    for (vague, exact, ta, tb) in [
        (
            "Mehrere Menschen wurden bei dem Brand verletzt.",
            "Fünf Menschen wurden bei dem Brand verletzt.",
            "Mehrere Menschen",
            "Fünf Menschen",
        ),
        (
            "Einige Menschen wurden bei dem Brand verletzt.",
            "Fünf Menschen wurden bei dem Brand verletzt.",
            "Einige Menschen",
            "Fünf Menschen",
        ),
        (
            "Plusieurs personnes ont été blessées dans l'incendie.",
            "Cinq personnes ont été blessées dans l'incendie.",
            "Plusieurs personnes",
            "Cinq personnes",
        ),
        (
            "Quelques personnes ont été blessées dans l'incendie.",
            "Cinq personnes ont été blessées dans l'incendie.",
            "Quelques personnes",
            "Cinq personnes",
        ),
        (
            "Varias personas resultaron heridas en el incendio.",
            "Cinco personas resultaron heridas en el incendio.",
            "Varias personas",
            "Cinco personas",
        ),
        (
            "Algunas personas resultaron heridas en el incendio.",
            "Cinco personas resultaron heridas en el incendio.",
            "Algunas personas",
            "Cinco personas",
        ),
        (
            "Diverse persone sono rimaste ferite nell'incendio.",
            "Cinque persone sono rimaste ferite nell'incendio.",
            "Diverse persone",
            "Cinque persone",
        ),
        (
            "Alcune persone sono rimaste ferite nell'incendio.",
            "Cinque persone sono rimaste ferite nell'incendio.",
            "Alcune persone",
            "Cinque persone",
        ),
        (
            "Várias pessoas ficaram feridas no incêndio.",
            "Cinco pessoas ficaram feridas no incêndio.",
            "Várias pessoas",
            "Cinco pessoas",
        ),
        (
            "Algumas pessoas ficaram feridas no incêndio.",
            "Cinco pessoas ficaram feridas no incêndio.",
            "Algumas pessoas",
            "Cinco pessoas",
        ),
    ] {
        one_flag(vague, exact, ta, tb, true);
    }
    // Two vague words whose sizes meet agree.
    no_number_flag(
        "Plusieurs personnes ont été blessées dans l'incendie.",
        "Quelques personnes ont été blessées dans l'incendie.",
    );
    // English "diverse" is no count.
    no_number_flag(
        "The diverse group of 12 protesters was arrested.",
        "The diverse group of 12 protesters was detained.",
    );
}

#[test]
fn foreign_changes_count_their_last_figure() {
    for (change, earlier, now, ta) in [
        (
            "Die Zahl der Toten stieg von 10 auf 15, teilte die Polizei mit.",
            "Die Zahl der Toten liegt bei 10, teilte die Polizei mit.",
            "Die Zahl der Toten liegt bei 15, teilte die Polizei mit.",
            "von 10 auf 15",
        ),
        (
            "O número de mortos subiu de 10 para 15, disse a polícia.",
            "O número de mortos é de 10, disse a polícia.",
            "O número de mortos é de 15, disse a polícia.",
            "de 10 para 15",
        ),
    ] {
        one_flag(change, earlier, ta, "10", false);
        no_number_flag(change, now);
    }
    one_flag(
        "Die Zahl der Toten stieg von 10 auf 15.",
        "Die Zahl der Toten stieg von 10 auf 12.",
        "von 10 auf 15",
        "von 10 auf 12",
        false,
    );
    no_number_flag(
        "Le bilan est passé de 10 à 15 morts, selon la police.",
        "Le bilan est de 15 morts, selon la police.",
    );
}

#[test]
fn italian_speeds_and_ages_are_read() {
    one_flag(
        "Il vento soffiava a 60 miglia orarie sulla costa.",
        "Il vento soffiava a 60 km/h sulla costa.",
        "60 miglia orarie",
        "60 km/h",
        false,
    );
    no_number_flag(
        "Il vento soffiava a 60 miglia orarie sulla costa.",
        "Il vento soffiava a 60 miglia all'ora sulla costa.",
    );
    one_flag(
        "Il 34enne è stato arrestato dalla polizia.",
        "Il 35enne è stato arrestato dalla polizia.",
        "34enne",
        "35enne",
        false,
    );
    no_number_flag(
        "Il 34enne è stato arrestato dalla polizia.",
        "Il 34enne è stato fermato dalla polizia.",
    );
    no_number_flag(
        "Il 34enne è stato arrestato dalla polizia.",
        "Un uomo di 34 anni è stato arrestato dalla polizia.",
    );
}
