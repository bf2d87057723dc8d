//! Whom a French "à" or an Italian "a" names: a person spoken or given to after a verb of
//! saying or giving ("a déclaré à Jean Dupont", "ha consegnato il premio a Mario Rossi"),
//! else a place ("à Saint-Berthevin"), for `prepositions.rs`.

use crate::matcher::flags::names::fold_diacritics;
use crate::matcher::text::Token;

/// Foreign prepositions that also name whom something is given or said to ("a déclaré à
/// Jean Dupont", "ha detto a Mario Rossi"): a name of two words or more after one, that
/// the gazetteer does not know, is a person only right after a verb of saying or giving
/// ([`to_a_person`]); else a place ("à Saint-Berthevin", "a San Giovanni Rotondo").
pub(super) const DATIVE_PREPS: &[&str] = &["à", "a"];

/// French and Italian verbs of saying and giving (participles and present forms, lower
/// case without diacritics): the name after "à" / "a" that follows one, a few words on,
/// is whom something was said or given to ("a déclaré à Jean Dupont", "a présenté ses
/// excuses à Jean Dupont", "ha consegnato il premio a Mario Rossi").
const SAYING_OR_GIVING: &[&str] = &[
    // French.
    "dit",
    "dire",
    "declare",
    "declaree",
    "explique",
    "confie",
    "annonce",
    "raconte",
    "indique",
    "precise",
    "repondu",
    "repond",
    "ecrit",
    "demande",
    "donne",
    "donnee",
    "remis",
    "remet",
    "offert",
    "offre",
    "envoye",
    "adresse",
    "promis",
    "affirme",
    "assure",
    "rendu",
    "rend",
    "telephone",
    "parle",
    "verse",
    "attribue",
    "decerne",
    "vendu",
    "montre",
    "presente",
    "propose",
    "confirme",
    "revele",
    "transmis",
    "livre",
    "accorde",
    // Italian.
    "detto",
    "dice",
    "dichiarato",
    "dichiara",
    "spiegato",
    "spiega",
    "raccontato",
    "racconta",
    "confidato",
    "annunciato",
    "scritto",
    "scrive",
    "chiesto",
    "chiede",
    "risposto",
    "dato",
    "consegnato",
    "consegna",
    "inviato",
    "mandato",
    "promesso",
    "affermato",
    "assicurato",
    "parlato",
    "telefonato",
    "offerto",
    "regalato",
    "venduto",
    "rivolto",
    "presentato",
    "confermato",
    "rivelato",
    "concesso",
    "assegnato",
];

/// How many words before a dative preposition a verb of [`SAYING_OR_GIVING`] may stand
/// ("a présenté ses excuses à": two words between).
const SAYING_REACH: usize = 4;

/// Whether the dative preposition at token `i` follows a verb of saying or giving within
/// [`SAYING_REACH`] words ([`SAYING_OR_GIVING`]), with no punctuation between but an
/// apostrophe (a comma ends the clause: "Il l'a dit, à Saint-Étienne"): the name after it
/// is a person. `chars`: the sentence's code points.
pub(super) fn to_a_person(toks: &[Token], i: usize, chars: &[char]) -> bool {
    let mut k = i;
    for _ in 0..SAYING_REACH {
        let Some(prev) = k.checked_sub(1) else {
            return false;
        };
        let between = chars.get(toks[prev].end..toks[k].start).unwrap_or(&[]);
        if between
            .iter()
            .any(|c| !c.is_whitespace() && !matches!(c, '\'' | '\u{2019}'))
        {
            return false;
        }
        if SAYING_OR_GIVING.contains(&fold_diacritics(&toks[prev].norm).as_ref()) {
            return true;
        }
        k = prev;
    }
    false
}
