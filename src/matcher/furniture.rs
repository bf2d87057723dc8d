//! Page furniture: lines of a web page that report no fact, one list per language
//! (English, French, German, Spanish): an advertisement's label ("Advertisement",
//! "Publicité", "Anzeige", "Publicidad"), a link to other stories ("Read more:", "Lire
//! aussi : ...", "Lesen Sie auch", "Lee también"), a newsletter or social prompt, a
//! photo credit ("Photo: Reuters", "Foto: dpa"), and how a byline opens ("By", "Par",
//! "Von", "Por"). Two such lines share their words across any two pages, so the matcher
//! never suggests them (see `page_lines`).

/// How an English line of furniture opens, as normalised words.
const EN: &[&[&str]] = &[
    &["advertisement"],
    &["sponsored", "content"],
    &["read", "more"],
    &["see", "also"],
    &["related", "stories"],
    &["related", "articles"],
    &["sign", "up", "for", "our"],
    &["subscribe", "to", "our"],
    &["follow", "us", "on"],
    &["click", "here"],
    &["skip", "to", "content"],
];

/// French: "Publicité", "Lire aussi : ...", "À lire aussi", "Voir aussi", "Sur le même
/// sujet", "Abonnez-vous à notre newsletter", "Suivez-nous sur".
const FR: &[&[&str]] = &[
    &["publicité"],
    &["contenu", "sponsorisé"],
    &["lire", "aussi"],
    &["lire", "la", "suite"],
    &["à", "lire", "aussi"],
    &["a", "lire", "aussi"],
    &["voir", "aussi"],
    &["sur", "le", "même", "sujet"],
    &["abonnez"],
    &["inscrivez"],
    &["suivez"],
];

/// German: "Anzeige", "Werbung", "Lesen Sie auch", "Mehr zum Thema", "Siehe auch",
/// "Folgen Sie uns auf".
const DE: &[&[&str]] = &[
    &["anzeige"],
    &["werbung"],
    &["lesen", "sie", "auch"],
    &["lesen", "sie", "mehr"],
    &["mehr", "zum", "thema"],
    &["siehe", "auch"],
    &["folgen", "sie", "uns"],
    &["abonnieren", "sie"],
];

/// Spanish: "Publicidad", "Lee también", "Lea también", "Leer más", "Ver también", "Te
/// puede interesar", "Síguenos en".
const ES: &[&[&str]] = &[
    &["publicidad"],
    &["lee", "también"],
    &["lea", "también"],
    &["leer", "más"],
    &["ver", "también"],
    &["te", "puede", "interesar"],
    &["síguenos"],
    &["suscríbete"],
];

/// Every language's furniture openings.
const FURNITURE: &[&[&[&str]]] = &[EN, FR, DE, ES];

/// The longest line of page furniture ([`FURNITURE`], [`CREDITS`]), in words.
const FURNITURE_WORDS: usize = 8;

/// A credit's first word before a colon: "Photo: Reuters", "Image: AFP/Getty", "Foto:
/// dpa", "Bild: Keystone", "Imagen: EFE".
const CREDITS: &[&str] = &[
    "photo",
    "photos",
    "image",
    "images",
    "picture",
    "photograph",
    "video",
    "credit",
    "graphic",
    "crédit",
    "crédits",
    "foto",
    "fotos",
    "bild",
    "imagen",
];

/// How a byline opens, before the names: "By Jane Smith", "Par Claire Dupont", "Von Anna
/// Schmidt", "Por Ana García".
pub(super) const BYLINE_OPENINGS: &[&str] = &["by", "par", "von", "por"];

/// Whether `text` (of `words`, normalised) is a line of page furniture: it opens as one of
/// [`FURNITURE`], or is a credit ("Photo: Reuters"), of at most [`FURNITURE_WORDS`] words.
pub(super) fn is_furniture(text: &str, words: &[&str]) -> bool {
    if words.is_empty() || words.len() > FURNITURE_WORDS {
        return false;
    }
    if FURNITURE
        .iter()
        .any(|lang| lang.iter().any(|o| words.starts_with(o)))
    {
        return true;
    }
    let first_word_end = text
        .char_indices()
        .find(|&(_, c)| !c.is_alphabetic())
        .map_or(text.len(), |(i, _)| i);
    CREDITS.contains(&words[0]) && text[first_word_end..].trim_start().starts_with(':')
}
