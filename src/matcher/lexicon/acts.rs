//! Acts the negation rule of the outcome flags (`outcome/negation.rs`) compares across
//! languages: one sentence denies an act ("L'hôpital n'a pas payé la rançon") that a
//! sentence in another language tells done ("The hospital paid the ransom"). Within one
//! language the rule compares stems and inflected forms; across languages the words of
//! one act share nothing, so each act here lists its forms in seven languages (session
//! 48: "n'a pas payé" / "paid" went unflagged between two articles of two languages).
//!
//! Each form is a whole lower-case word, as the tokeniser gives it (diacritics kept): the
//! past, the participle, the infinitive and the common present of the verb. Forms are
//! whole so that a beginning never reads another word ("pays": French "country" is no
//! form of "pay", nor English "pays" listed; "vers" is no form of "verser").

/// One act: per language (its code: en, fr, de, es, it, pt, nl), its whole forms.
pub(in crate::matcher) type Act = &'static [(&'static str, &'static [&'static str])];

/// The acts, each in seven languages ([`Act`]).
pub(in crate::matcher) const ACTS: &[Act] = &[
    // To pay (a ransom, a fine, compensation).
    &[
        ("en", &["pay", "paid", "paying"]),
        (
            "fr",
            &[
                "payé", "payée", "payés", "payer", "paie", "paient", "payait", "paiera", "versé",
                "versée", "versés", "verser", "versera",
            ],
        ),
        (
            "de",
            &[
                "gezahlt",
                "bezahlt",
                "zahlen",
                "bezahlen",
                "zahlte",
                "zahlten",
                "bezahlte",
                "bezahlten",
                "zahlt",
            ],
        ),
        (
            "es",
            &[
                "pagó", "pagaron", "pagado", "pagada", "pagar", "pagará", "pagan",
            ],
        ),
        (
            "it",
            &[
                "pagato", "pagata", "pagati", "pagare", "pagò", "pagherà", "pagano",
            ],
        ),
        (
            "pt",
            &[
                "pagou", "pagaram", "pago", "pagos", "paga", "pagar", "pagará",
            ],
        ),
        (
            "nl",
            &["betaald", "betaalde", "betaalden", "betalen", "betaalt"],
        ),
    ],
    // To find (a body, a survivor, a weapon).
    &[
        ("en", &["find", "found", "finds", "finding"]),
        (
            "fr",
            &[
                "trouvé",
                "trouvée",
                "trouvés",
                "trouvées",
                "trouver",
                "retrouvé",
                "retrouvée",
                "retrouvés",
                "retrouvées",
                "retrouver",
            ],
        ),
        ("de", &["gefunden", "fand", "fanden", "finden", "findet"]),
        (
            "es",
            &[
                "encontrado",
                "encontrada",
                "encontrados",
                "encontró",
                "encontraron",
                "encontrar",
                "hallado",
                "hallada",
                "hallaron",
                "halló",
            ],
        ),
        (
            "it",
            &[
                "trovato",
                "trovata",
                "trovati",
                "trovate",
                "trovò",
                "trovare",
                "ritrovato",
                "ritrovata",
                "ritrovati",
            ],
        ),
        (
            "pt",
            &[
                "encontrou",
                "encontraram",
                "encontrados",
                "encontradas",
                "achado",
                "achou",
                "acharam",
            ],
        ),
        ("nl", &["gevonden", "vond", "vonden", "vinden", "vindt"]),
    ],
    // To sign (an agreement, a law).
    &[
        // Not "sign" nor "signs": "no sign of survivors" is a noun.
        ("en", &["signed", "signing"]),
        ("fr", &["signé", "signée", "signés", "signer", "signera"]),
        (
            "de",
            &[
                "unterzeichnet",
                "unterzeichnete",
                "unterzeichneten",
                "unterzeichnen",
                "unterschrieben",
                "unterschrieb",
            ],
        ),
        ("es", &["firmó", "firmaron", "firmado", "firmada", "firmar"]),
        ("it", &["firmato", "firmata", "firmò", "firmare"]),
        (
            "pt",
            &["assinou", "assinaram", "assinado", "assinada", "assinar"],
        ),
        (
            "nl",
            &[
                "ondertekend",
                "ondertekende",
                "getekend",
                "tekende",
                "ondertekenen",
            ],
        ),
    ],
    CAUSING,
];

/// To cause (a collapse, a crash): "caused", "triggered", "provoked" and "sparked" are one
/// act (trial 52 F3: "had caused" / "may have triggered" differ only in how sure they
/// are). Not "cause" nor "causes", nouns as often. A hedge of this act tells how sure a
/// cause is: its flag is a cause flag ([`causing`]).
const CAUSING: Act = &[
    (
        "en",
        &[
            "caused",
            "causing",
            "triggered",
            "triggering",
            "provoked",
            "sparked",
        ],
    ),
    (
        "fr",
        &[
            "causé",
            "causée",
            "causés",
            "causer",
            "provoqué",
            "provoquée",
            "provoqués",
            "provoquer",
            "déclenché",
            "déclenchée",
            "déclencher",
        ],
    ),
    (
        "de",
        &[
            "verursacht",
            "verursachte",
            "verursachten",
            "verursachen",
            "ausgelöst",
        ],
    ),
    (
        "es",
        &[
            "causó",
            "causaron",
            "causado",
            "causada",
            "causar",
            "provocó",
            "provocaron",
            "provocado",
            "provocada",
            "provocar",
            "ocasionó",
            "ocasionaron",
            "ocasionado",
        ],
    ),
    (
        "it",
        &[
            "causato",
            "causata",
            "causò",
            "causarono",
            "causare",
            "provocato",
            "provocata",
            "provocò",
            "provocarono",
            "provocare",
        ],
    ),
    (
        "pt",
        &[
            "causou",
            "causaram",
            "provocou",
            "provocaram",
            "causado",
            "provocado",
        ],
    ),
    (
        "nl",
        &[
            "veroorzaakt",
            "veroorzaakte",
            "veroorzaakten",
            "veroorzaken",
        ],
    ),
];

/// Whether a whole lower-case word is a form of the act of causing ([`CAUSING`]: "caused",
/// "triggered", "provocaron", "verursacht").
pub(in crate::matcher) fn causing(word: &str) -> bool {
    CAUSING.iter().any(|(_, forms)| forms.contains(&word))
}

/// The act of [`ACTS`] and the language a whole lower-case word is a form of, the first
/// found ("pagar" is Spanish and Portuguese: Spanish).
///
/// Looked up in a map built once (each form keeping the first act and language that list
/// it, as a search of [`ACTS`] in order finds them): the negation rule asks it of every
/// pair of words of two sentences.
fn act_of(word: &str) -> Option<(usize, &'static str)> {
    type ByForm = crate::matcher::text::FxMap<&'static str, (usize, &'static str)>;
    static BY_FORM: std::sync::OnceLock<ByForm> = std::sync::OnceLock::new();
    let by_form = BY_FORM.get_or_init(|| {
        let mut map = ByForm::default();
        for (k, act) in ACTS.iter().enumerate() {
            for &(language, forms) in act.iter() {
                for &form in forms.iter() {
                    map.entry(form).or_insert((k, language));
                }
            }
        }
        map
    });
    by_form.get(word).copied()
}

/// Whether two whole lower-case words are forms of one act of [`ACTS`] in two languages
/// ("payé" / "paid", "gezahlt" / "pagó"). Two forms of one language are left to the
/// rule's own comparison of stems (`false`).
pub(in crate::matcher) fn one_act_across(x: &str, y: &str) -> bool {
    match (act_of(x), act_of(y)) {
        (Some((kx, lx)), Some((ky, ly))) => kx == ky && lx != ly,
        _ => false,
    }
}

/// Whether a whole lower-case word is a form of some act of [`ACTS`] ("payé", "paid"):
/// [`one_act_across`] is false for any word that is not.
pub(in crate::matcher) fn is_act(word: &str) -> bool {
    act_of(word).is_some()
}

/// Whether two whole lower-case words are forms of one act of [`ACTS`], in one language
/// or two ("caused" / "triggered", "provocaron" / "provocado", "payé" / "paid"): the hedge
/// rule's (`outcome/hedge.rs`) reading of one fact told with two verbs.
pub(in crate::matcher) fn one_act(x: &str, y: &str) -> bool {
    match (act_of(x), act_of(y)) {
        (Some((kx, _)), Some((ky, _))) => kx == ky,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_map_of_acts_answers_as_the_search_did() {
        // The search of `ACTS` in order, as `act_of` read before its map (session 55).
        let by_search = |word: &str| {
            ACTS.iter().enumerate().find_map(|(k, act)| {
                act.iter()
                    .find(|(_, forms)| forms.contains(&word))
                    .map(|&(language, _)| (k, language))
            })
        };
        let mut forms = vec!["", "pays", "vers", "Paid"];
        forms.extend(
            ACTS.iter()
                .flat_map(|act| act.iter().flat_map(|(_, f)| f.iter().copied())),
        );
        assert!(forms.len() > 100, "{}", forms.len());
        for w in forms {
            assert_eq!(act_of(w), by_search(w), "{w}");
        }
    }

    #[test]
    fn one_act_is_read_across_languages_not_within_one() {
        assert!(one_act_across("payé", "paid"));
        assert!(one_act_across("gezahlt", "pagó"));
        assert!(one_act_across("gevonden", "found"));
        assert!(one_act_across("unterzeichnet", "signed"));
        // One language: the negation rule's stems decide.
        assert!(!one_act_across("paid", "pay"));
        // Two acts, or a word of no act.
        assert!(!one_act_across("payé", "found"));
        assert!(!one_act_across("pays", "paid"));
        assert!(!one_act_across("vers", "paid"));
    }

    #[test]
    fn one_act_is_read_within_a_language_too() {
        assert!(one_act("caused", "triggered"));
        assert!(one_act("provocaron", "provocado"));
        assert!(one_act("veroorzaakte", "caused"));
        assert!(!one_act("caused", "paid"));
        assert!(!one_act("cause", "caused"));
    }

    #[test]
    fn every_form_is_lower_case_and_of_one_act_and_one_language() {
        for act in ACTS {
            assert_eq!(act.len(), 7);
            for (_, forms) in act.iter() {
                for form in forms.iter() {
                    assert_eq!(form.to_lowercase(), *form);
                    let acts = ACTS
                        .iter()
                        .filter(|a| a.iter().any(|(_, f)| f.contains(form)))
                        .count();
                    assert_eq!(acts, 1, "{form}");
                }
            }
        }
    }
}
