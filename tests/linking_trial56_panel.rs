//! Trial 56's empty panel, as the README now says it: the panel shows the best few
//! sentences whatever their score among those it scores, the sentences sharing a word, a
//! name, a figure or a kind of event with the span. A French sentence sharing none with
//! the English article ("La déflagration s'est produite vers 3h10, réveillant tout le
//! quartier.") gets no card from it; one sharing a name ("Liège" / "Liege") gets its cards,
//! low as they are.

use parallax::linking;
use parallax::model::{Label, Workspace};

const WIRE: &str = "A gas explosion ripped through an apartment building in Liege early Saturday, killing three people.\n\n\
The blast happened at about 2:40 a.m. and brought down the top three floors of the building on Rue des Vennes.\n";

/// The cards a claim over `sentence` (the only text of a French article) gets from the
/// English wire: how many, and their best score.
fn cards(sentence: &str) -> (usize, f64) {
    let mut ws = Workspace::new();
    let b = ws.add_document("Le Soir", "b.txt", sentence);
    ws.add_document("AP", "a.txt", WIRE);
    ws.add_span(&b, 0, sentence.chars().count(), Label::Claim)
        .expect("the French span");
    let s = linking::suggestions(&ws);
    let cards: Vec<f64> = s
        .groups
        .iter()
        .flat_map(|g| &g.suggestions)
        .map(|c| c.score)
        .collect();
    (cards.len(), cards.iter().copied().fold(0.0, f64::max))
}

#[test]
fn a_span_sharing_nothing_with_an_article_gets_no_card_from_it() {
    let (n, _) = cards("La déflagration s'est produite vers 3h10, réveillant tout le quartier.");
    assert_eq!(n, 0);
}

#[test]
fn a_span_sharing_a_name_gets_the_closest_cards_however_low() {
    let (n, best) =
        cards("La déflagration s'est produite vers 3h10 à Liège, réveillant tout le quartier.");
    assert!(n >= 1, "{n}");
    assert!(best < 0.5, "{best}");
}
