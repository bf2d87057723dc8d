//! A span labelled after a dated head is dated by it (session 47's last pass): a live
//! blog's post "Thursday 09:00 – The hospital is accepting ambulances again." with only the
//! sentence after the dash labelled was 99 % against "… again on Wednesday." with no flag,
//! while the whole post was flagged `Thursday ≠ Wednesday`; a timeline's "3 a.m. – Fire
//! crews arrive." alike. The page reads such a span with its head (`linking::reach`), and
//! a flag on the head is the span's own: the card and the link say "told differently".

use parallax::linking;
use parallax::matcher::{dated_head, DiscrepancyKind};
use parallax::model::LinkKind;

mod linking_util;
use linking_util::claim_suggestions;

/// `claim` labelled in `first`; the best suggestion in `second`: its flags' kinds, and the
/// kind of link accepting it makes.
fn best(first: &str, second: &str, claim: &str) -> (Vec<DiscrepancyKind>, LinkKind) {
    let (mut ws, suggestions) = claim_suggestions(first, second, claim);
    let sug = suggestions.first().expect("a suggestion").clone();
    let kinds = sug.flags.iter().map(|f| f.kind).collect();
    let link = linking::accept(&mut ws, &sug).expect("accepted");
    let kind = ws
        .links
        .iter()
        .find(|l| l.id == link)
        .expect("the link")
        .kind;
    (kinds, kind)
}

const WIRE: &str = "Hospital reopens after fire\n\nThe hospital was accepting ambulances again on Wednesday, the NHS trust said.";

#[test]
fn a_post_stamp_before_the_span_dates_it() {
    let blog = "Live: the hospital fire\n\nThursday 09:00 \u{2013} The hospital is accepting ambulances again.\n\nThursday 10:30 \u{2013} Crews have left.";
    let (flags, kind) = best(blog, WIRE, "The hospital is accepting ambulances again.");
    assert!(flags.contains(&DiscrepancyKind::Date), "{flags:?}");
    assert_eq!(kind, LinkKind::Differs, "{flags:?}");
}

#[test]
fn a_post_stamp_of_the_same_day_or_none_gives_no_date_flag() {
    let same = "Live: the hospital fire\n\nWednesday 09:00 \u{2013} The hospital is accepting ambulances again.";
    let (flags, kind) = best(same, WIRE, "The hospital is accepting ambulances again.");
    assert!(!flags.contains(&DiscrepancyKind::Date), "{flags:?}");
    assert_eq!(kind, LinkKind::Same, "{flags:?}");
    // No head: a clause after a dash inside a sentence is read alone, as before.
    let clause = "Live: the hospital fire\n\nIt was a long night \u{2013} the hospital is accepting ambulances again.";
    let (flags, _) = best(clause, WIRE, "the hospital is accepting ambulances again.");
    assert!(!flags.contains(&DiscrepancyKind::Date), "{flags:?}");
}

#[test]
fn a_timeline_time_before_the_span_is_compared() {
    let timeline = "How the night unfolded\n\n3 a.m. \u{2013} Fire crews arrive at the warehouse.\n\n4 a.m. \u{2013} The roof collapses.";
    let wire = "Warehouse fire\n\nFire crews arrived at the warehouse at 5 a.m., officials said.";
    let (flags, kind) = best(timeline, wire, "Fire crews arrive at the warehouse.");
    assert!(flags.contains(&DiscrepancyKind::Date), "{flags:?}");
    assert_eq!(kind, LinkKind::Differs, "{flags:?}");
}

#[test]
fn only_dates_and_times_before_a_spaced_dash_make_a_head() {
    let head = |s: &str, h: &str| assert_eq!(dated_head(s), h.chars().count(), "{s:?}");
    head(
        "Thursday 09:00 \u{2013} The hospital reopens.",
        "Thursday 09:00 \u{2013} ",
    );
    head("18:20 - Police say the bridge fell.", "18:20 - ");
    head("3 a.m. \u{2014} Fire crews arrive.", "3 a.m. \u{2014} ");
    head(
        "Di 12:02 \u{2013} Der Sprecher sagt …",
        "Di 12:02 \u{2013} ",
    );
    for none in [
        "Police \u{2013} who arrived late \u{2013} said nothing.",
        "At least 2\u{2013}3 people were hurt.",
        "At 3 a.m. the crews arrived.",
        "3 a.m.: crews arrive.",
        "Crews arrived \u{2013} at 3 a.m.",
        "",
    ] {
        assert_eq!(dated_head(none), 0, "{none:?}");
    }
}
