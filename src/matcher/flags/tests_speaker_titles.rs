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
