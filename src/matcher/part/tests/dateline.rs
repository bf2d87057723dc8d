//! Tests of a wire dateline before a claim's part (trial 34, F10.1): the span an accepted
//! suggestion makes starts after it; a sentence with no dateline keeps its part.

use super::*;

#[test]
fn an_accepted_claims_span_starts_after_the_wire_dateline() {
    for (s, want) in [
        (
            "MADRID (AP) \u{2014} A former director of the port of Seville was sentenced Monday to six years in prison for accepting bribes, a court said.",
            "A former director of the port of Seville was sentenced Monday to six years in prison for accepting bribes",
        ),
        (
            "ROME (AP) \u{2014} A commuter train hit a landslide and derailed south of Bologna on Friday morning, killing at least five people, officials said.",
            "A commuter train hit a landslide and derailed south of Bologna on Friday morning, killing at least five people",
        ),
        (
            "SEVILLE, Spain (Reuters) - A Spanish court on Tuesday sentenced Javier Ortega to seven years in prison.",
            "A Spanish court on Tuesday sentenced Javier Ortega to seven years in prison.",
        ),
        (
            "SEVILLA, 1 Dic. (EFE).- La Audiencia Provincial de Sevilla ha condenado a siete años de prisión a Javier Ortega.",
            "La Audiencia Provincial de Sevilla ha condenado a siete años de prisión a Javier Ortega.",
        ),
        (
            "BOLOGNA, 5 dicembre (ANSA) - Un treno regionale è deragliato all'alba di venerdì vicino a Bologna.",
            "Un treno regionale è deragliato all'alba di venerdì vicino a Bologna.",
        ),
        (
            "(Reuters) - Shares of the company rose 5 percent on Monday.",
            "Shares of the company rose 5 percent on Monday.",
        ),
        // Read by the one dateline reader (`matcher::dateline`): a dateline with no agency,
        // a known agency after a place in mixed case, a place and a full stop.
        (
            "ROME \u{2014} A commuter train derailed south of Bologna on Friday morning.",
            "A commuter train derailed south of Bologna on Friday morning.",
        ),
        (
            "Berlin (dpa) - Ein Regionalzug ist am Freitag entgleist.",
            "Ein Regionalzug ist am Freitag entgleist.",
        ),
        (
            "SEVILLA. La Audiencia de Sevilla condenó el lunes a seis años de cárcel a Javier Ortega.",
            "La Audiencia de Sevilla condenó el lunes a seis años de cárcel a Javier Ortega.",
        ),
    ] {
        assert_eq!(part(s, false), want, "{s}");
    }
}

#[test]
fn a_sentence_with_no_dateline_keeps_its_part() {
    for s in [
        // A parenthesis and a dash inside a sentence.
        "The company (Acme) - a maker of tools - said nothing.",
        "Police in Madrid (Spain) - the capital - arrested two men.",
        "A former director (AP reported) was sentenced to six years in prison.",
        "NATO allies met in Brussels on Monday to discuss the plan.",
    ] {
        let c: Vec<char> = s.chars().collect();
        assert_eq!(
            crate::matcher::part::dateline::dateline_end(&c),
            None,
            "{s}"
        );
    }
}
