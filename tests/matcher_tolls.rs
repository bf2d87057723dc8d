//! Tolls across two articles (issue 8, session 24): a short update of a toll ("The death
//! toll has risen to 71, officials said.") is the same kind of fact as the lead whose toll it
//! updates, and ranks first for it; a past toll dated inside its own clause ("A similar
//! blast in 2015 killed 62 people.") is no report of today's toll.

use parallax::matcher::{Corpus, DiscrepancyKind, PairSuggestion};

/// Every scored pair of the two articles, with the texts of its two sentences.
fn pairs(a: &str, b: &str) -> Vec<(PairSuggestion, String, String)> {
    let corpus = Corpus::new(&[a, b]);
    let (ca, cb): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    corpus
        .all_pairs(0.0, &mut |_, _| {})
        .into_iter()
        .map(|p| {
            let ta = ca[p.a_start..p.a_end].iter().collect();
            let tb = cb[p.b_start..p.b_end].iter().collect();
            (p, ta, tb)
        })
        .collect()
}

/// The pair whose sentences start with `a` and `b`, if it is scored.
fn pair<'p>(
    pairs: &'p [(PairSuggestion, String, String)],
    a: &str,
    b: &str,
) -> Option<&'p PairSuggestion> {
    pairs
        .iter()
        .find(|(_, ta, tb)| ta.starts_with(a) && tb.starts_with(b))
        .map(|p| &p.0)
}

const LEAD: &str = "Bomb blast kills 65 at Quetta market
A bomb blast at a market in Quetta killed at least 65 people on Sunday, police said.
More than 100 people were wounded in the explosion, which tore through a crowded vegetable market in the Hazara Town neighbourhood.
No group immediately claimed responsibility for the attack.
The Hazara community, a Shiite minority, has been targeted repeatedly by Sunni militants in Baluchistan province.
Prime Minister Raja Pervez Ashraf condemned the bombing and ordered an inquiry.
";

const UPDATE: &str = "Toll in Quetta market bombing rises to 71
The death toll has risen to 71, officials said.
Hundreds of Hazaras blocked a main road in Quetta on Monday, refusing to bury their dead until the army takes control of the city.
The bomb, hidden in a water tanker, exploded on Sunday evening as shoppers crowded the market.
Lashkar-e-Jhangvi, a Sunni militant group, said it carried out the attack.
";

#[test]
fn a_short_update_of_the_toll_ranks_first_for_the_lead_it_updates() {
    let pairs = pairs(LEAD, UPDATE);
    let update = "The death toll has risen to 71";
    let lead = pair(&pairs, "A bomb blast at a market", update).expect("the pair is scored");
    // The other sentences of the lead article against the update score lower.
    for (p, ta, tb) in &pairs {
        if tb.starts_with(update) && !ta.starts_with("A bomb blast at a market") {
            assert!(p.score < lead.score, "{ta}: {} >= {}", p.score, lead.score);
        }
    }
    // The differing figure is a flag.
    assert!(
        lead.flags.iter().any(|f| f.kind == DiscrepancyKind::Number),
        "{:?}",
        lead.flags
    );
}

const TODAY: &str = "Bomb kills 65 at Quetta market
A bomb blast at a market in Quetta killed 65 people on Sunday, police said.
More than 100 people were wounded in the explosion.
No group immediately claimed responsibility for the attack.
";

/// An article of 2026 that ends with `last`.
fn report_ending(last: &str) -> String {
    format!(
        "Quetta market blast toll climbs
The blast on Sunday, 3 December 2026, tore through a crowded vegetable market in Quetta.
Hundreds of Hazaras blocked a main road on Monday.
The bomb was hidden in a water tanker.
{last}
"
    )
}

#[test]
fn a_past_toll_dated_inside_its_clause_is_not_todays_toll() {
    let lead = "A bomb blast at a market in Quetta killed 65";
    for past in [
        "A similar blast in 2015 killed 62 people.",
        "The 2015 bombing at the same market killed 62 people.",
        "A bomb blast at a market in Quetta killed 62 people in March 2015.",
        "Sixty-two people died in a similar blast in 2015.",
    ] {
        let pairs = pairs(TODAY, &report_ending(past));
        let p = pair(&pairs, lead, past);
        let (score, flags) = p.map_or((0.0, 0), |p| (p.score, p.flags.len()));
        assert!(score < 0.2, "{past}: {score}");
        assert_eq!(flags, 0, "{past}");
    }
    // The same toll with no year, or with the article's own year, is still today's.
    for today in [
        "A bomb blast at a market in Quetta killed 62 people.",
        "A bomb blast at a market in Quetta killed 62 people in December 2026.",
    ] {
        let pairs = pairs(TODAY, &report_ending(today));
        let p = pair(&pairs, lead, today).expect("the pair is scored");
        assert!(p.score >= 0.5, "{today}: {}", p.score);
        assert!(
            p.flags.iter().any(|f| f.kind == DiscrepancyKind::Number),
            "{today}"
        );
    }
}
