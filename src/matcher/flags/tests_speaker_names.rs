//! Tests of the speaker flag with names that share words in other places than the
//! surname ("Kim Jong Un" / "Kim Yo Jong"), hyphenated given names written in lower case
//! after the hyphen ("Moon Jae-in"), and a person named after an organisation's name and
//! a role ("according to Kremlin spokesman Dmitry Peskov").

use super::test_util::{has_flag, no_flag_either};
use super::*;

/// "Pyongyang will not tolerate provocations, {who} said."
fn said(who: &str) -> String {
    format!("Pyongyang will not tolerate provocations, {who} said.")
}

#[test]
fn two_names_sharing_words_in_other_places_are_two_speakers() {
    // A new-user trial (trial 16): "Kim Jong Un" / "Kim Yo Jong" had no flag: the last
    // word of one ("Jong") is a word of the other, taken as the other sentence naming the
    // same speaker.
    for (x, y) in [
        ("Kim Jong Un", "Kim Yo Jong"),
        ("leader Kim Jong Un", "his sister Kim Yo Jong"),
        // Of the same kind, our own.
        ("Kim Jong Un", "Kim Jong Il"),
        ("Kim Yo Jong", "Kim Jong Il"),
        ("Lee Jae Myung", "Lee Myung Bak"),
    ] {
        // A role written before the name is shown with it, not "his".
        let ty = y.trim_start_matches("his ");
        let tx = x;
        has_flag(DiscrepancyKind::Speaker, &said(x), &said(y), tx, ty);
        has_flag(DiscrepancyKind::Speaker, &said(y), &said(x), ty, tx);
    }
    has_flag(
        DiscrepancyKind::Speaker,
        "Kim Jong Un said Pyongyang will not tolerate provocations.",
        "Pyongyang will not tolerate provocations, said Kim Yo Jong.",
        "Kim Jong Un",
        "Kim Yo Jong",
    );
    // A name and its shortening, or the same name with a title, are one speaker.
    no_flag_either(
        DiscrepancyKind::Speaker,
        &[
            (&said("Kim Jong Un"), &said("Kim")),
            (&said("Kim Jong Un"), &said("leader Kim Jong Un")),
            (&said("President Yoon Suk Yeol"), &said("Yoon")),
            (&said("President Yoon Suk Yeol"), &said("Yoon Suk Yeol")),
        ],
    );
}

#[test]
fn a_lower_case_hyphenated_given_name_is_part_of_the_name() {
    // A new-user trial (trial 16): "Shin Won-sik said", "Moon Jae-in said" named no
    // speaker (the word after the hyphen, in lower case, ended the name), so no flag.
    for (x, y) in [
        ("President Yoon Suk Yeol", "Defence Minister Shin Won-sik"),
        ("President Yoon Suk Yeol", "Shin Won-sik"),
        ("Yoon Suk Yeol", "Han Duck-soo"),
        ("Kim Jong-un", "Kim Yo-jong"),
        ("Moon Jae-in", "Moon Chung-in"),
        ("Moon Jae-in", "Yoon Suk-yeol"),
        // Of the same kind, our own.
        ("Tsai Ing-wen", "Lai Ching-te"),
    ] {
        has_flag(DiscrepancyKind::Speaker, &said(x), &said(y), x, y);
        has_flag(DiscrepancyKind::Speaker, &said(y), &said(x), y, x);
    }
    has_flag(
        DiscrepancyKind::Speaker,
        "Pyongyang will not tolerate provocations, said Moon Jae-in.",
        "Pyongyang will not tolerate provocations, according to Moon Chung-in.",
        "Moon Jae-in",
        "Moon Chung-in",
    );
    // Two spellings of one name, split otherwise, and its surname alone: one speaker;
    // a word after a hyphen elsewhere in the sentence is no mention of it ("in").
    no_flag_either(
        DiscrepancyKind::Speaker,
        &[
            (&said("Kim Jong-un"), &said("Kim Jong Un")),
            (&said("Yoon Suk-yeol"), &said("Yoon Suk Yeol")),
            (&said("Yoon Suk-yeol"), &said("President Yoon Suk Yeol")),
            (&said("Yoon Suk-yeol"), &said("Yoon")),
            (&said("Shin Won-sik"), &said("Defence Minister Shin Wonsik")),
            (&said("Moon Jae-in"), &said("Moon")),
            (
                &said("Moon Jae-in"),
                "Pyongyang will not tolerate provocations, Moon Jae-in told reporters.",
            ),
        ],
    );
    has_flag(
        DiscrepancyKind::Speaker,
        "Pyongyang will not tolerate provocations in Seoul, Moon Jae-in said.",
        "Pyongyang will not tolerate provocations in Seoul, Moon Chung-in said.",
        "Moon Jae-in",
        "Moon Chung-in",
    );
    // Western hyphenated names still speak, and a hyphenated word that starts a name
    // ("Kremlin-backed") is none of it.
    has_flag(
        DiscrepancyKind::Speaker,
        &said("Jean-Yves Le Drian"),
        &said("Jean-Noel Barrot"),
        "Jean-Yves Le Drian",
        "Jean-Noel Barrot",
    );
    has_flag(
        DiscrepancyKind::Speaker,
        &said("Annegret Kramp-Karrenbauer"),
        &said("Ursula von der Leyen"),
        "Annegret Kramp-Karrenbauer",
        "Ursula von der Leyen",
    );
    has_flag(
        DiscrepancyKind::Speaker,
        &said("Kremlin-backed Sergei Aksyonov"),
        &said("Dmitry Peskov"),
        "Sergei Aksyonov",
        "Dmitry Peskov",
    );
}

#[test]
fn a_person_after_an_organisation_and_a_role_speaks() {
    // A new-user trial (trial 16): "according to Kremlin spokesman Dmitry Peskov" was
    // flagged as "Kremlin", an organisation, not the person; after an inverted "said"
    // the person was not found at all.
    let fact = "The strike will continue";
    let lavrov = format!("{fact}, Foreign Minister Sergei Lavrov said.");
    for (b, tb) in [
        (
            format!("{fact}, according to Kremlin spokesman Dmitry Peskov."),
            "Kremlin spokesman Dmitry Peskov",
        ),
        (
            format!("{fact}, said Kremlin spokesman Dmitry Peskov."),
            "Kremlin spokesman Dmitry Peskov",
        ),
        (
            format!("{fact}, according to White House press secretary Karine Jean-Pierre."),
            "White House press secretary Karine Jean-Pierre",
        ),
    ] {
        has_flag(
            DiscrepancyKind::Speaker,
            &lavrov,
            &b,
            "Foreign Minister Sergei Lavrov",
            tb,
        );
    }
    no_flag_either(
        DiscrepancyKind::Speaker,
        &[
            (
                &format!("{fact}, according to Kremlin spokesman Dmitry Peskov."),
                &format!("{fact}, Kremlin spokesman Dmitry Peskov said."),
            ),
            (
                &format!("{fact}, according to Kremlin spokesman Dmitry Peskov."),
                &format!("{fact}, Peskov said."),
            ),
            (
                &format!("{fact}, according to Kremlin spokesman Dmitry Peskov."),
                &format!("{fact}, the Kremlin said."),
            ),
        ],
    );
}

#[test]
fn speaker_and_subject_swapped_differ() {
    // Trial 21, F-H: each names the other's speaker as the one it speaks of; 100 %, no flag.
    has_flag(
        DiscrepancyKind::Speaker,
        "Ana Ruiz said Tom Kerr was wrong.",
        "Tom Kerr said Ana Ruiz was wrong.",
        "Ana Ruiz",
        "Tom Kerr",
    );
    has_flag(
        DiscrepancyKind::Speaker,
        "Kerr said Ruiz was wrong.",
        "Ruiz said Kerr was wrong.",
        "Kerr",
        "Ruiz",
    );
    // One speaker on both sides, the other person the subject of each: no flag.
    no_flag_either(
        DiscrepancyKind::Speaker,
        &[
            (
                "Ana Ruiz said Tom Kerr had approved the plan.",
                "Tom Kerr approved the plan, Ana Ruiz said.",
            ),
            (
                "Ruiz said Kerr had approved the plan.",
                "Kerr approved the plan, Ruiz said.",
            ),
            // Dev data: a person and the body named in their apposition, no swap.
            (
                "But in the end, all the worm did was visit a pornography site, said Vincent Weafer, a security director with Symantec Security Response in California.",
                "But Vincent Weafer, security director with Symantec Security Response, said all the virus did was visit a pornography site.",
            ),
        ],
    );
}
