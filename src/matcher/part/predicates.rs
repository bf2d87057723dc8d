//! The words that join two predicates or two clauses without a comma ("He was ordered to
//! pay a fine and banned from office", "Ortega fue detenido en marzo y pasó ocho meses en
//! prisión", "La linea è sospesa e dovrebbe riprendere martedì"), and what tells a verb
//! from a noun after them, for `part/coordinated.rs`: "and" between two nouns
//! ("bribery and embezzlement", "Smith and Jones") joins no clauses. No tagger: an
//! auxiliary or modal of the joiner's language, a past form of a few common irregular
//! English verbs, and the regular past endings (English "-ed", Romance participles and
//! preterites) mark a verb; a determiner, pronoun or number before an auxiliary marks a
//! clause with a subject of its own ("… y otros tres fueron absueltos").

use super::vocab::{is_aux, is_det, Word};

/// A word for "and" and the language it is read in (the same spelling is another word in
/// other languages: Dutch "en" is Spanish and French "in", so each joiner reads only its
/// own language's auxiliaries).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Joiner {
    English,
    Spanish,
    /// Italian and Portuguese "e".
    ItalianPortuguese,
    French,
    German,
    Dutch,
}

impl Joiner {
    /// The joiner `w` is (lower case), if any.
    pub(super) fn of(w: &str) -> Option<Joiner> {
        Some(match w {
            "and" => Joiner::English,
            "y" => Joiner::Spanish,
            "e" | "ed" => Joiner::ItalianPortuguese,
            "et" => Joiner::French,
            "und" => Joiner::German,
            "en" => Joiner::Dutch,
            _ => return None,
        })
    }

    /// Auxiliaries and modals of the joiner's language (third person, the forms news
    /// reports use).
    fn is_aux(self, w: &str) -> bool {
        match self {
            Joiner::English => is_aux(w) && w != "not",
            Joiner::Spanish => matches!(
                w,
                "ha" | "han"
                    | "fue"
                    | "fueron"
                    | "es"
                    | "son"
                    | "está"
                    | "están"
                    | "era"
                    | "eran"
                    | "será"
                    | "serán"
                    | "había"
                    | "habían"
                    | "puede"
                    | "pueden"
                    | "debe"
                    | "deben"
                    | "también"
            ),
            Joiner::ItalianPortuguese => matches!(
                w,
                "è" | "sono"
                    | "ha"
                    | "hanno"
                    | "fu"
                    | "furono"
                    | "era"
                    | "erano"
                    | "sarà"
                    | "saranno"
                    | "aveva"
                    | "avevano"
                    | "dovrebbe"
                    | "dovrebbero"
                    | "potrebbe"
                    | "potrebbero"
                    | "deve"
                    | "devono"
                    | "può"
                    | "possono"
                    | "viene"
                    | "vengono"
                    | "anche"
                    | "foi"
                    | "foram"
                    | "é"
                    | "são"
                    | "tem"
                    | "têm"
                    | "está"
                    | "estão"
                    | "deverá"
                    | "também"
                    | "estava"
                    | "estavam"
                    | "esteve"
                    | "estiveram"
                    | "ficou"
                    | "ficaram"
                    | "vai"
                    | "vão"
                    | "pode"
                    | "podem"
                    | "tinha"
                    | "tinham"
            ),
            Joiner::French => matches!(
                w,
                "a" | "ont"
                    | "est"
                    | "sont"
                    | "était"
                    | "étaient"
                    | "sera"
                    | "seront"
                    | "avait"
                    | "avaient"
                    | "doit"
                    | "doivent"
                    | "peut"
                    | "peuvent"
                    | "va"
                    | "vont"
                    | "devrait"
                    | "aussi"
            ),
            Joiner::German => matches!(
                w,
                "ist"
                    | "sind"
                    | "war"
                    | "waren"
                    | "wurde"
                    | "wurden"
                    | "wird"
                    | "werden"
                    | "hat"
                    | "haben"
                    | "hatte"
                    | "hatten"
                    | "soll"
                    | "sollen"
                    | "muss"
                    | "müssen"
                    | "kann"
                    | "können"
            ),
            Joiner::Dutch => matches!(
                w,
                "is" | "zijn"
                    | "was"
                    | "waren"
                    | "werd"
                    | "werden"
                    | "wordt"
                    | "worden"
                    | "heeft"
                    | "hebben"
                    | "had"
                    | "hadden"
                    | "zal"
                    | "zullen"
                    | "moet"
                    | "kan"
            ),
        }
    }

    /// A finite verb or participle of the joiner's language by its form: an auxiliary,
    /// an English past ("-ed", or a common irregular one), a Romance participle or
    /// preterite ("detenido", "condannato", "pasó", "arrêté"). A name is no verb.
    pub(super) fn is_verb(self, w: &Word) -> bool {
        if w.proper || w.number {
            return false;
        }
        let n = w.norm.as_str();
        if self.is_aux(n) {
            return true;
        }
        let len = n.chars().count();
        match self {
            Joiner::English => {
                (len >= 5 && n.ends_with("ed") && !n.ends_with("eed") && n != "hundred")
                    || IRREGULAR_PAST.contains(&n)
            }
            // A stressed preterite ending is a verb in a short word too ("pasó", "andò").
            Joiner::Spanish => {
                (len >= 3 && n.ends_with('ó'))
                    || (len >= 5 && SPANISH_VERB_ENDINGS.iter().any(|e| n.ends_with(e)))
            }
            Joiner::ItalianPortuguese => {
                (len >= 3 && n.ends_with('ò'))
                    || (len >= 5
                        && ITALIAN_PORTUGUESE_VERB_ENDINGS
                            .iter()
                            .any(|e| n.ends_with(e)))
                    || portuguese_preterite(n)
            }
            Joiner::French => len >= 5 && ["é", "ée", "és", "ées"].iter().any(|e| n.ends_with(e)),
            Joiner::German | Joiner::Dutch => false,
        }
    }

    /// Determiners and pronouns that open a subject in the joiner's language.
    fn is_subject_word(self, w: &str) -> bool {
        match self {
            Joiner::English => {
                is_det(w) || matches!(w, "he" | "she" | "they" | "it" | "we" | "i" | "you")
            }
            Joiner::Spanish => matches!(
                w,
                "el" | "la" | "los" | "las" | "otros" | "otras" | "su" | "sus" | "él" | "ella"
            ),
            Joiner::ItalianPortuguese => matches!(
                w,
                "il" | "lo"
                    | "la"
                    | "i"
                    | "gli"
                    | "le"
                    | "o"
                    | "os"
                    | "a"
                    | "as"
                    | "altri"
                    | "altre"
                    | "outros"
                    | "outras"
                    | "um"
                    | "uma"
                    | "un"
                    | "una"
                    | "uno"
                    | "ele"
                    | "ela"
                    | "eles"
                    | "elas"
                    | "lui"
                    | "lei"
                    | "loro"
            ),
            Joiner::French => matches!(
                w,
                "le" | "la" | "les" | "l" | "un" | "une" | "il" | "elle" | "ils" | "elles"
            ),
            Joiner::German => matches!(
                w,
                "der" | "die" | "das" | "ein" | "eine" | "er" | "sie" | "es"
            ),
            Joiner::Dutch => matches!(w, "de" | "het" | "een" | "hij" | "zij" | "ze"),
        }
    }

    /// Whether the words after the joiner (`right`, to the part's end) open a predicate
    /// sharing the subject before ("… and banned from office", "… y pasó ocho meses") or
    /// a clause with its own subject ("… y otros tres fueron absueltos", "… e 37 sono
    /// rimaste ferite"): a verb first (after a clitic pronoun in Romance: "y le ha
    /// inhabilitado"), or a subject word, number or name with an auxiliary within its
    /// next three words.
    pub(super) fn opens_clause(self, right: &[&Word]) -> bool {
        let Some(first) = right.first() else {
            return false;
        };
        let clitic = matches!(
            self,
            Joiner::Spanish | Joiner::ItalianPortuguese | Joiner::French
        ) && matches!(
            first.norm.as_str(),
            "le" | "les" | "lo" | "se" | "si" | "gli" | "l" | "ne" | "lui"
        );
        if self.is_verb(first) || (clitic && right.get(1).is_some_and(|w| self.is_aux(&w.norm))) {
            return true;
        }
        let subject = first.number || first.proper || self.is_subject_word(&first.norm);
        let aux_soon = right.iter().skip(1).take(3).any(|w| self.is_aux(&w.norm));
        subject && aux_soon
    }

    /// Whether a joiner after a comma may cut there, by the words after it (`right`, to the
    /// part's end): always, but for Dutch "en", which is a French and Spanish word too (the
    /// pronoun of "…, en est sorti indemne", the preposition of "…, en la ciudad"): it cuts
    /// only before a Dutch clause or predicate ([`Joiner::opens_subject`],
    /// [`Joiner::opens_clause`]: "…, en de skiërs werden gered"; trial 48 F4).
    pub(super) fn joins_after_comma(self, right: &[&Word]) -> bool {
        self != Joiner::Dutch || self.opens_subject(right) || self.opens_clause(right)
    }

    /// Whether the words after ", and" (`right`, to the part's end) open a clause with a
    /// subject of its own in the joiner's language: a determiner or pronoun of it ("…, e a
    /// pista reabriu", "…, y el fuego", "…, en de politie"), or a name or number followed
    /// within three words by an auxiliary or a verb of the language ("…, e 37 sono rimaste
    /// ferite"). A number or a name alone is no subject ("…, en 2019" in French).
    pub(super) fn opens_subject(self, right: &[&Word]) -> bool {
        let Some(first) = right.first() else {
            return false;
        };
        if self.is_subject_word(&first.norm) {
            return true;
        }
        let verb_soon = right
            .iter()
            .skip(1)
            .take(3)
            .any(|w| self.is_aux(&w.norm) || self.is_verb(w));
        (first.number || first.proper) && verb_soon
    }
}

/// Past forms of common irregular English verbs news reports use after "and" ("was
/// arrested and spent eight months in detention").
const IRREGULAR_PAST: &[&str] = &[
    "spent", "held", "took", "left", "fled", "made", "went", "gave", "told", "said", "got", "sent",
    "lost", "won", "paid", "found", "kept", "began", "became", "came", "hit", "put", "ran", "fell",
    "struck", "broke", "brought", "caught", "drove", "flew", "rose", "shot", "sold", "thought",
    "wrote", "knew", "led", "met", "saw", "stood", "sought", "taken", "given", "seen", "known",
    "shown", "thrown", "driven", "beaten", "stolen", "hurt",
];

/// A Portuguese third-person preterite by its ending ("extinguiram", "reabriu", "apagou",
/// "morreram"): "-ou", "-iu" in words of four letters or more ("sou", "ou" are none),
/// "-aram", "-eram", "-iram" in words of six or more; not "-eu", which nouns share
/// ("europeu", "museu").
fn portuguese_preterite(n: &str) -> bool {
    let len = n.chars().count();
    (len >= 4 && (n.ends_with("ou") || n.ends_with("iu")))
        || (len >= 6 && ["aram", "eram", "iram"].iter().any(|e| n.ends_with(e)))
}

/// Endings of Spanish participles and third-person preterites ("detenido", "pasó",
/// "condenaron").
const SPANISH_VERB_ENDINGS: &[&str] = &[
    "ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas", "aron", "ieron",
];

/// Endings of Italian and Portuguese participles and third-person preterites
/// ("condannato", "ferite", "deragliò", "detido").
const ITALIAN_PORTUGUESE_VERB_ENDINGS: &[&str] = &[
    "ato", "ata", "ati", "ate", "ito", "ita", "iti", "ite", "uto", "uta", "uti", "ute", "ado",
    "ada", "ados", "adas", "ido", "ida", "idos", "idas", "arono", "irono", "erono",
];
