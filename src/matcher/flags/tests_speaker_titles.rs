//! Tests of the speaker flag with titled speakers: long titles on both sides ("Foreign
//! Minister Sergei Lavrov" / "Kremlin spokesman Dmitry Peskov"), offices with "of"
//! ("Secretary of State Antony Blinken" / "the mayor of New York City"), and
//! organisations against the people who speak for them.

use super::test_util::{has_flag, no_flag, no_flag_either};
use super::*;

#[test]
fn two_titled_speakers_differ_however_long_their_titles() {
    // A new-user trial (trial 14): no flag with a two-word office on each side; the
    // title words counted as words of the statement, so the two statements looked
    // different. Dropping one title brought the flag back.
    let end = |who: &str| format!("Moscow will respond to the sanctions, {who} said.");
    for (x, y, tx, ty) in [
        (
            "Foreign Minister Sergei Lavrov",
            "Kremlin spokesman Dmitry Peskov",
            "Foreign Minister Sergei Lavrov",
            "Dmitry Peskov",
        ),
        (
            "Foreign Minister Sergei Lavrov",
            "White House spokesman John Kirby",
            "Foreign Minister Sergei Lavrov",
            "John Kirby",
        ),
        (
            "Finance Minister Sergei Lavrov",
            "Kremlin spokesman Dmitry Peskov",
            "Finance Minister Sergei Lavrov",
            "Dmitry Peskov",
        ),
        (
            "Russian Foreign Minister Sergei Lavrov",
            "Kremlin aide Dmitry Peskov",
            "Russian Foreign Minister Sergei Lavrov",
            "Dmitry Peskov",
        ),
    ] {
        has_flag(DiscrepancyKind::Speaker, &end(x), &end(y), tx, ty);
        has_flag(DiscrepancyKind::Speaker, &end(y), &end(x), ty, tx);
    }
    has_flag(
        DiscrepancyKind::Speaker,
        "Foreign Minister Sergei Lavrov said Moscow would respond to the sanctions.",
        "Kremlin spokesman Dmitry Peskov said Moscow would respond to the sanctions.",
        "Foreign Minister Sergei Lavrov",
        "Dmitry Peskov",
    );
    // Of the same kind, our own: wire phrasing with long offices on both sides.
    has_flag(
        DiscrepancyKind::Speaker,
        "The central bank will raise interest rates in March, Finance Minister Christian Lindner told reporters.",
        "The central bank will raise interest rates in March, government spokesman Steffen Hebestreit told reporters.",
        "Finance Minister Christian Lindner",
        "Steffen Hebestreit",
    );
    has_flag(
        DiscrepancyKind::Speaker,
        "Two hostages were freed overnight, Israeli military spokesman Daniel Hagari said.",
        "Two hostages were freed overnight, Qatari Foreign Ministry spokesman Majed al-Ansari said.",
        "Daniel Hagari",
        "Majed al-Ansari",
    );
    has_flag(
        DiscrepancyKind::Speaker,
        "Deputy Prime Minister Chrystia Freeland said the border would reopen on Monday.",
        "Public Safety Minister Marco Mendicino said the border would reopen on Monday.",
        "Deputy Prime Minister Chrystia Freeland",
        "Public Safety Minister Marco Mendicino",
    );
    // The same person with two long titles is still one speaker; and a statement that
    // only shares its speaker's title is still another statement.
    no_flag_either(
        DiscrepancyKind::Speaker,
        &[
            (
                "Moscow will respond to the sanctions, Foreign Minister Sergei Lavrov said.",
                "Moscow will respond to the sanctions, Russian top diplomat Sergei Lavrov said.",
            ),
            (
                "Moscow will respond to the sanctions, Foreign Minister Sergei Lavrov said.",
                "The talks in Geneva ended without a deal on grain exports, Kremlin spokesman Dmitry Peskov said.",
            ),
        ],
    );
}

#[test]
fn a_person_after_an_office_with_of_speaks() {
    // A new-user trial (trial 14): "Secretary of State Antony Blinken said" named no
    // speaker (the name after "of" was taken for the office's place), and before that
    // showed as "State Antony Blinken".
    let end = |who: &str| format!("Moscow will respond to the sanctions, {who} said.");
    has_flag(
        DiscrepancyKind::Speaker,
        &end("Secretary of State Antony Blinken"),
        &end("Defense Secretary Lloyd Austin"),
        "Secretary of State Antony Blinken",
        "Defense Secretary Lloyd Austin",
    );
    // Of the same kind, our own: other offices with "of", the office's earlier words,
    // "of the", the name first or after "said".
    let fact = |who: &str| format!("The ceasefire will take effect at midnight, {who} said.");
    for (x, y) in [
        (
            "Minister of Foreign Affairs Wang Yi",
            "Foreign Ministry spokesman Wang Wenbin",
        ),
        ("U.S. Secretary of State Antony Blinken", "Sergei Lavrov"),
        (
            "Secretary of Homeland Security Alejandro Mayorkas",
            "Secretary of State Antony Blinken",
        ),
        (
            "President of the European Commission Ursula von der Leyen",
            "European Council President Charles Michel",
        ),
        ("Mayor of New York City Eric Adams", "Governor Kathy Hochul"),
    ] {
        let ty = y.strip_prefix("Foreign Ministry spokesman ").unwrap_or(y);
        has_flag(DiscrepancyKind::Speaker, &fact(x), &fact(y), x, ty);
        has_flag(DiscrepancyKind::Speaker, &fact(y), &fact(x), ty, x);
    }
    has_flag(
        DiscrepancyKind::Speaker,
        "Secretary of State Antony Blinken said the ceasefire would take effect at midnight.",
        "The ceasefire will take effect at midnight, said Defense Secretary Lloyd Austin.",
        "Secretary of State Antony Blinken",
        "Defense Secretary Lloyd Austin",
    );
    has_flag(
        DiscrepancyKind::Speaker,
        "The ceasefire will take effect at midnight, said Secretary of State Antony Blinken.",
        "The ceasefire will take effect at midnight, said Defense Secretary Lloyd Austin.",
        "Secretary of State Antony Blinken",
        "Defense Secretary Lloyd Austin",
    );
    // The titled person and the same person named without the office: one speaker.
    no_flag_either(
        DiscrepancyKind::Speaker,
        &[
            (
                &fact("Secretary of State Antony Blinken"),
                &fact("Antony Blinken"),
            ),
            (&fact("Mayor of London Sadiq Khan"), &fact("Khan")),
        ],
    );
}

#[test]
fn an_office_with_of_and_no_name_names_no_speaker() {
    // "the mayor of New York City said" is the office, unnamed: no speaker, whatever the
    // other report names; so are an office with an article before it, a place of three
    // words, and an office with no name after its place.
    let fact = |who: &str| format!("The ceasefire will take effect at midnight, {who} said.");
    for office in [
        "the mayor of New York City",
        "the Mayor of New York City",
        "Mayor of New York City",
        "the former Mayor of New York City",
        "the Secretary of State",
        "the Duke of Sussex",
        "the Secretary-General of the United Nations",
        "the Minister of Foreign Affairs",
        "Minister of Foreign Affairs",
        "the Governor of New York State",
        "the President of the European Commission",
    ] {
        let p = Prepared::new(&fact(office), crate::matcher::features::Idf::builtin());
        assert_eq!(
            crate::matcher::speakers::speaker_names(&p),
            vec![],
            "{office}"
        );
        for other in [
            "Eric Adams",
            "Defense Secretary Lloyd Austin",
            "Antonio Guterres",
        ] {
            no_flag(DiscrepancyKind::Speaker, &fact(office), &fact(other));
        }
    }
}
