//! Tests of a past event a sentence recalls (session 55, trial 58 item 6): "The spill
//! revived memories of the Erika, which broke in two off Brittany in December 1999 and
//! spilt some 20,000 tonnes of oil." was read whole, so "some 20,000 tonnes ≠ près de
//! 3 000 tonnes" and "1999 ≠ 1998" were flagged against the story's figures; the
//! relative clause after a word of memory (`lexicon::memories`) that names a year not the
//! article's is now cut (`past_time::remembered_relative`), in an article or alone.

use super::tests::kept_in;
use super::tests_another_event::kept_alone;

#[test]
fn a_relative_clause_a_memory_recalls_is_cut() {
    for (s, kept) in [
        (
            "The spill revived memories of the Erika, which broke in two off Brittany in \
             December 1999 and spilt some 20,000 tonnes of oil.",
            "The spill revived memories of the Erika",
        ),
        (
            "La marée noire rappelle le naufrage de l'Erika, qui avait déversé 20 000 tonnes \
             de fioul en décembre 1999.",
            "La marée noire rappelle le naufrage de l'Erika",
        ),
        (
            "La marea nera ricorda il disastro dell'Erika, che nel dicembre 1999 riversò in \
             mare 20.000 tonnellate di petrolio.",
            "La marea nera ricorda il disastro dell'Erika",
        ),
    ] {
        assert_eq!(kept_alone(s), kept, "{s}");
        assert_eq!(kept_in(s, &[2026]), kept, "{s}");
    }
}

#[test]
fn clauses_of_the_story_or_of_no_figure_are_kept() {
    for s in [
        // No word of memory: a relative clause of the story's own ship.
        "The tanker, which was built in 1998, was carrying some 3,000 tonnes of oil.",
        // A memory of no figure in its clause.
        "The spill revived memories of the Erika, which sank off Brittany in December 1999.",
        // The article's own year.
        "Officials recalled the tanker, which spilt some 400 tonnes of oil in 2026.",
    ] {
        assert_eq!(kept_in(s, &[2026]), s, "{s}");
    }
}
