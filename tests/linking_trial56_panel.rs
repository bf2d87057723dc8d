//! Trial 56's empty panel: the panel shows the best few sentences of each other article
//! whatever their score. A French sentence sharing no word, name, figure or kind of event
//! with the English article ("La déflagration s'est produite vers 3h10, réveillant tout le
//! quartier.") had no card from it, as it was no candidate; a short article giving fewer
//! candidates than are shown now has all its sentences scored (`Corpus::fill_few`), so the
//! "2:40 a.m." sentence is a card, low, with its time flag. One sharing a name ("Liège" /
//! "Liege") gets its cards, low as they are.

use parallax::linking;
use parallax::model::{Label, Workspace};

const WIRE: &str = "A gas explosion ripped through an apartment building in Liege early Saturday, killing three people.\n\n\
The blast happened at about 2:40 a.m. and brought down the top three floors of the building on Rue des Vennes.\n";

/// The cards a claim over `sentence` (the only text of a French article) gets from the
/// English wire.
fn suggestions(sentence: &str) -> Vec<linking::SpanSuggestion> {
    let mut ws = Workspace::new();
    let b = ws.add_document("Le Soir", "b.txt", sentence);
    ws.add_document("AP", "a.txt", WIRE);
    ws.add_span(&b, 0, sentence.chars().count(), Label::Claim)
        .expect("the French span");
    linking::suggestions(&ws)
        .groups
        .into_iter()
        .flat_map(|g| g.suggestions)
        .collect()
}

/// How many cards [`suggestions`] gives `sentence`, and their best score.
fn cards(sentence: &str) -> (usize, f64) {
    let cards = suggestions(sentence);
    let best = cards.iter().map(|c| c.score).fold(0.0, f64::max);
    (cards.len(), best)
}

#[test]
fn a_span_sharing_nothing_with_a_short_article_gets_its_closest_cards() {
    let sentence = "La déflagration s'est produite vers 3h10, réveillant tout le quartier.";
    let (n, best) = cards(sentence);
    assert!(n >= 1, "{n}");
    assert!(best < 0.5, "{best}");
    // The "2:40 a.m." sentence is among them, with its time told differently.
    let told = |c: &linking::SpanSuggestion| -> String {
        WIRE.chars()
            .skip(c.sentence.0)
            .take(c.sentence.1 - c.sentence.0)
            .collect()
    };
    let all = suggestions(sentence);
    let at = all
        .iter()
        .find(|c| told(c).contains("2:40"))
        .expect("a card for the 2:40 a.m. sentence");
    assert!(
        at.flags
            .iter()
            .any(|f| f.a.contains("3h10") || f.b.contains("3h10")),
        "{:?}",
        at.flags
    );
}

#[test]
fn a_span_sharing_a_name_gets_the_closest_cards_however_low() {
    let (n, best) =
        cards("La déflagration s'est produite vers 3h10 à Liège, réveillant tout le quartier.");
    assert!(n >= 1, "{n}");
    assert!(best < 0.5, "{best}");
}

/// In one language a span sharing nothing with an article is unrelated to it: the article
/// is not scored whole (that would only cost time), so it gives no card.
#[test]
fn a_span_sharing_nothing_with_an_article_in_its_own_language_gets_no_card() {
    let (n, _) = cards("The museum reopened its doors after a long renovation.");
    assert_eq!(n, 0);
}
