//! Tests of the speaker and person flags from trial 42 (D1): quotations and facts
//! credited to different people outside English.

use super::test_util::{has_flag, has_flag_each_way, no_flag_either};
use super::*;

#[test]
fn admitting_and_calling_are_speech_verbs_outside_english() {
    let es =
        |verb: &str, who: &str| format!("\"Es el partido más difícil de mi vida\", {verb} {who}.");
    has_flag_each_way(
        DiscrepancyKind::Speaker,
        &es("reconoció", "Alcaraz"),
        &es("reconoció", "Sinner"),
        "Alcaraz",
        "Sinner",
    );
    has_flag_each_way(
        DiscrepancyKind::Speaker,
        &es("dijo", "Alcaraz"),
        &es("admitió", "Sinner"),
        "Alcaraz",
        "Sinner",
    );
    has_flag_each_way(
        DiscrepancyKind::Speaker,
        "Fouquet noemde de vraag \"sterker dan verwacht\".",
        "Dassen noemde de vraag \"sterker dan verwacht\".",
        "Fouquet",
        "Dassen",
    );
    has_flag_each_way(
        DiscrepancyKind::Speaker,
        "\"Ninguém esperava isto\", reconheceu Costa.",
        "\"Ninguém esperava isto\", admitiu Moreira.",
        "Costa",
        "Moreira",
    );
    // One person told by two verbs, or by a verb and "according to", is one speaker.
    no_flag_either(
        DiscrepancyKind::Speaker,
        &[
            (&es("dijo", "Alcaraz"), &es("reconoció", "Alcaraz")),
            (
                "Según Sinner, es el partido más difícil de su vida.",
                "Es el partido más difícil de su vida, reconoció Sinner.",
            ),
        ],
    );
}

#[test]
fn a_role_of_a_body_named_by_a_common_noun_is_a_role() {
    has_flag_each_way(
        DiscrepancyKind::Speaker,
        "« Nous ne lâcherons rien », a déclaré la porte-parole du collectif.",
        "« Nous ne lâcherons rien », a déclaré la maire de Nantes.",
        "porte-parole du collectif",
        "maire de Nantes",
    );
    has_flag_each_way(
        DiscrepancyKind::Speaker,
        "\"Ninguém esperava isto\", afirmou o presidente da câmara.",
        "\"Ninguém esperava isto\", afirmou o comandante dos bombeiros.",
        "presidente da câmara",
        "comandante dos bombeiros",
    );
    // A name against a role it may hold is one person; the same role twice too.
    no_flag_either(
        DiscrepancyKind::Speaker,
        &[
            (
                "\"Ninguém esperava isto\", afirmou o presidente da câmara.",
                "\"Ninguém esperava isto\", afirmou Rui Moreira.",
            ),
            (
                "\"Ninguém esperava isto\", afirmou o comandante dos bombeiros.",
                "\"Ninguém esperava isto\", disse o comandante dos bombeiros.",
            ),
            (
                "« Nous ne lâcherons rien », a déclaré la porte-parole du collectif.",
                "« Nous ne lâcherons rien », a déclaré Marie Dupont.",
            ),
        ],
    );
}

#[test]
fn a_monarch_titled_in_lower_case_is_a_named_person() {
    // "El rey Felipe VI" / "La reina Letizia": a regnal number is no acronym, a lower-case
    // royal title before a given name makes it a name, as "King Felipe" / "Queen Letizia".
    has_flag_each_way(
        DiscrepancyKind::Person,
        "El rey Felipe VI presenció la final desde el palco.",
        "La reina Letizia presenció la final desde el palco.",
        "Felipe VI",
        "Letizia",
    );
    has_flag_each_way(
        DiscrepancyKind::Person,
        "Le roi Charles III a assisté à la finale.",
        "La reine Camilla a assisté à la finale.",
        "Charles III",
        "Camilla",
    );
    // One person told with and without the title, and a surname that is a title's word
    // in another language.
    no_flag_either(
        DiscrepancyKind::Person,
        &[
            (
                "El rey Felipe VI presenció la final desde el palco.",
                "Felipe VI presenció la final desde el palco.",
            ),
            (
                "Stephen King attended the final in Paris.",
                "Stephen King watched the final in Paris.",
            ),
        ],
    );
}

#[test]
fn calling_it_a_quotation_names_its_speaker() {
    has_flag(
        DiscrepancyKind::Speaker,
        "\"This is a dangerous storm,\" said Environment Minister Darragh O'Brien.",
        "Taoiseach Micheál Martin called it \"a dangerous storm\".",
        "Environment Minister Darragh O'Brien",
        "Taoiseach Micheál Martin",
    );
    // Calling someone, or a name in quotation marks, reports no speech.
    no_flag_either(
        DiscrepancyKind::Speaker,
        &[(
            "\"This is a dangerous storm,\" said Environment Minister Darragh O'Brien.",
            "Taoiseach Micheál Martin called the storm \"Eowyn\".",
        )],
    );
}

#[test]
fn a_body_s_spokesperson_is_not_a_named_head_of_another() {
    let de = |who: &str| format!("„Die Arbeitgeber lassen uns keine Wahl“, sagte {who}.");
    has_flag_each_way(
        DiscrepancyKind::Speaker,
        &de("Verdi-Verhandlungsführer Lars Stubbe"),
        &de("ein Flughafensprecher"),
        "Verdi-Verhandlungsführer Lars Stubbe",
        "Flughafensprecher",
    );
    // A name without a title may be that spokesperson; a spokesperson named is one.
    no_flag_either(
        DiscrepancyKind::Speaker,
        &[
            (&de("Lars Stubbe"), &de("ein Flughafensprecher")),
            (
                &de("Flughafensprecher Lars Stubbe"),
                &de("ein Flughafensprecher"),
            ),
        ],
    );
}

#[test]
fn a_bare_role_is_the_one_person_its_article_names_with_it() {
    use super::tests_speakers::corpus_speaker_flags;
    let said = |who: &str| format!("\"Es el partido más difícil de mi vida\", {who}.");
    let murcia = |lead: &str, who: &str| {
        format!(
            "{lead} conquistó su segundo Roland Garros al derrotar al italiano Jannik Sinner. {}",
            said(who)
        )
    };
    let flags = |a: &str, b: &str| corpus_speaker_flags(a, 1, b, 0);
    let pair = |x: &str, y: &str| vec![(x.to_string(), y.to_string())];
    let alcaraz = murcia("El murciano Carlos Alcaraz", "dijo el murciano");
    assert_eq!(
        flags(&alcaraz, &said("reconoció Sinner")),
        pair("murciano", "Sinner")
    );
    // An apposition tells it too ("Alcaraz, el murciano,"), in English and French.
    let apposed = murcia("Carlos Alcaraz, el murciano,", "dijo el murciano");
    assert_eq!(
        flags(&apposed, &said("reconoció Sinner")),
        pair("murciano", "Sinner")
    );
    let en = |who: &str| format!("\"It was the hardest match of my life,\" {who}.");
    let spaniard = format!(
        "Carlos Alcaraz, the 21-year-old Spaniard, beat Jannik Sinner in Paris. {}",
        en("said the Spaniard")
    );
    assert_eq!(
        flags(&spaniard, &en("Sinner said")),
        pair("Spaniard", "Sinner")
    );
    let nantais = "Le Nantais Paul Durand a remporté la course devant Marc Dupont. « C'est la course la plus dure de ma vie », a déclaré le Nantais.";
    let fr = |who: &str| format!("« C'est la course la plus dure de ma vie », a déclaré {who}.");
    assert_eq!(flags(nantais, &fr("Dupont")), pair("Nantais", "Dupont"));
    // Never a person against their own role, nor one role against itself.
    assert_eq!(flags(&alcaraz, &said("reconoció Alcaraz")), vec![]);
    assert_eq!(flags(&alcaraz, &said("dijo el murciano")), vec![]);
    assert_eq!(flags(&spaniard, &en("Alcaraz said")), vec![]);
    assert_eq!(flags(nantais, &fr("Durand")), vec![]);
    let young = spaniard.replace("said the Spaniard", "the 21-year-old Spaniard said");
    assert_eq!(flags(&young, &en("Alcaraz said")), vec![]);
    // Two bare roles stay two roles, one of them resolved or not.
    let italian = murcia("El italiano Jannik Sinner", "dijo el italiano")
        .replace("al italiano Jannik Sinner", "a Carlos Alcaraz");
    let unknown = murcia("El español Carlos Alcaraz", "dijo el murciano");
    assert_eq!(
        corpus_speaker_flags(&unknown, 1, &italian, 1),
        pair("murciano", "italiano")
    );
    // The article does not tell who the Murcian is, or names two: no flag.
    assert_eq!(flags(&unknown, &said("reconoció Sinner")), vec![]);
    let two = murcia(
        "El murciano Carlos Alcaraz, junto al murciano Pedro Cachín,",
        "dijo el murciano",
    );
    assert_eq!(flags(&two, &said("reconoció Sinner")), vec![]);
}
