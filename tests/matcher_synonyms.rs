//! One fact told with other nouns of one thing (trial 36 F1, F2, F6, F19.7): the count-noun
//! classes of the synonym table (`align::SYNONYMS`: homes / houses, casas / habitações,
//! operacionais / bombeiros, employees / "employs … people", medewerkers / werknemers) let
//! the true parallel rank first among a sentence's cards, above the sentence that only
//! shares a verb or a name with it. Fixtures: `tests/fixtures/synonyms/`.

use parallax::matcher::Corpus;

fn article(name: &str) -> String {
    let path = format!(
        "{}/tests/fixtures/synonyms/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The text of the sentence at `range` of `text` (code points).
fn text_of(text: &str, (s, e): (usize, usize)) -> String {
    text.chars().skip(s).take(e - s).collect()
}

/// The cards of the sentence of `a` that starts with `prefix` against every sentence of
/// `b`: (score, the other sentence's text), best first.
fn cards(a: &str, b: &str, prefix: &str) -> Vec<(f64, String)> {
    let (ta, tb) = (article(a), article(b));
    let corpus = Corpus::new(&[&ta, &tb]);
    let sa = *corpus
        .sentences(0)
        .iter()
        .find(|&&r| text_of(&ta, r).starts_with(prefix))
        .unwrap_or_else(|| panic!("no sentence starting {prefix:?} in {a}"));
    let mut out: Vec<(f64, String)> = corpus
        .sentences(1)
        .iter()
        .filter_map(|&sb| {
            let s = corpus.score_ranges((0, sa.0, sa.1), (1, sb.0, sb.1))?;
            Some((s.score, text_of(&tb, sb)))
        })
        .collect();
    out.sort_by(|x, y| y.0.total_cmp(&x.0));
    out
}

/// Asserts that the first card of the sentence of `a` starting with `prefix` is the
/// sentence of `b` starting with `parallel`, scored at least `min`; gives its score.
fn first_card(a: &str, b: &str, prefix: &str, parallel: &str, min: f64) -> f64 {
    let cards = cards(a, b, prefix);
    let (score, top) = &cards[0];
    assert!(
        top.starts_with(parallel),
        "{prefix}: first card {top:?} ({score:.2}), not {parallel:?}: {cards:?}"
    );
    assert!(*score >= min, "{prefix} / {parallel}: {score:.2}");
    *score
}

#[test]
fn homes_told_as_houses_rank_first_above_a_sentence_that_shares_burned() {
    // Trial 36 F6: the lead ("has burned more than 12,000 hectares … their homes") was
    // first at 29 %, the true parallel second at 20 %.
    first_card(
        "ap-fire.txt",
        "reuters-fire.txt",
        "At least 31 houses burned down",
        "At least 23 homes have been destroyed",
        0.5,
    );
    first_card(
        "reuters-fire.txt",
        "ap-fire.txt",
        "At least 23 homes have been destroyed",
        "At least 31 houses burned down",
        0.5,
    );
}

#[test]
fn homes_told_as_households_rank_first_above_the_lead() {
    // Trial 36 F1: a "homes" / "households" parallel fell from 77 % to 18 % (4 % here
    // before session 35). With no other word of the fact shared ("power" /
    // "electricity"), the counted nouns are what the two sentences share.
    first_card(
        "reuters-storm.txt",
        "ap-storm.txt",
        "About 250,000 homes",
        "Some 300,000 households",
        0.3,
    );
}

#[test]
fn portuguese_counts_told_with_other_nouns_rank_first() {
    // Trial 36 F1: "23 casas" / "31 habitações" was fourth at 4 %, below the headline.
    first_card(
        "lusa-incendio.txt",
        "publico-incendio.txt",
        "Pelo menos 23 casas",
        "Pelo menos 31 habitações",
        0.2,
    );
    // Trial 36 F2: "900 operacionais" / "700 bombeiros" (17 % here, 4.7 % on the page
    // with a claim over the clause).
    first_card(
        "lusa-incendio.txt",
        "publico-incendio.txt",
        "No combate às chamas",
        "Cerca de 700 bombeiros",
        0.4,
    );
}

#[test]
fn a_companys_staff_told_by_its_verb_or_other_nouns_ranks_first_above_a_shared_name() {
    // Trial 36 F19.7: "Verhoef employs 220 people." / "The company has about 250
    // employees." was fifth at 1 %, below "Verhoef also recalled mackerel in 2019." (18 %,
    // the name only); the Dutch pair second at 2 %, below the mackerel sentence at 29 %.
    first_card(
        "reuters-salmon.txt",
        "ap-salmon.txt",
        "Verhoef employs 220 people.",
        "The company has about 250 employees.",
        0.2,
    );
    first_card(
        "anp-zalm.txt",
        "nos-zalm.txt",
        "Het bedrijf heeft 220 medewerkers.",
        "Verhoef heeft ongeveer 250 werknemers.",
        0.2,
    );
}

#[test]
fn a_quotation_told_with_another_pronoun_ranks_first_above_a_sentence_sharing_its_frame() {
    // Trial 38 F5: "No one will be left behind" / "Nobody will be left behind" shared only
    // "left" and ranked below a sentence sharing the frame's words (20 % against 28 %
    // here before session 36).
    first_card(
        "wire-flood.txt",
        "daily-flood.txt",
        "\"No one will be left behind,\"",
        "\"Nobody will be left behind,\"",
        0.5,
    );
}

#[test]
fn spanish_words_of_a_closure_share_the_class_of_the_english_ones() {
    // Trial 38 F13: "permanecerán cerradas" / "están suspendidas" shared no class, and the
    // sentence sharing "escuelas del estado" ranked first (81 % against 75 % before
    // session 36). The English pair ranks right through "closed" / "suspended".
    first_card(
        "efe-inundaciones.txt",
        "diario-inundaciones.txt",
        "Las escuelas del estado permanecerán cerradas",
        "Las clases en el estado están suspendidas",
        0.7,
    );
    first_card(
        "wire-flood.txt",
        "daily-flood.txt",
        "Schools across the state will stay closed",
        "Classes are suspended in the state",
        0.7,
    );
}
