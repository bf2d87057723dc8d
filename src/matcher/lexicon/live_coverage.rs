//! How a live page invites its reader to follow it, or tags its title as live: page
//! furniture, no fact (`furniture::live::is_live_furniture`, session 51: "Follow our live
//! coverage of the wildfire burning in the hills above Orosei." and the title "Orosei
//! wildfire: live updates" were suggested as cards at 38 % and 36 %). Lower case, as the
//! tokens' `norm`s are; each phrase a list of words.

/// Words that open an invitation to follow live coverage, whatever follows them ("Follow
/// our live coverage of …", "Follow live: …", fr "Suivez notre direct", it "Segui la
/// diretta", es "Siga en directo", pt "Acompanhe ao vivo", nl "Volg het live"); German
/// opens with no word of live coverage ([`LIVE_INVITES_OF_COVERAGE`]).
pub(in crate::matcher) const LIVE_INVITES: &[&[&str]] = &[
    &["follow", "our", "live"],
    &["follow", "the", "live"],
    &["follow", "live"],
    &["follow", "all", "the", "latest"],
    &["follow", "the", "latest"],
    &["suivez", "notre", "direct"],
    &["suivez", "le", "direct"],
    &["suivez", "en", "direct"],
    &["segui", "la", "diretta"],
    &["seguite", "la", "diretta"],
    &["segui", "in", "diretta"],
    &["siga", "en", "directo"],
    &["sigue", "en", "directo"],
    &["siga", "el", "directo"],
    &["sigue", "el", "directo"],
    &["siga", "en", "vivo"],
    &["sigue", "en", "vivo"],
    &["acompanhe", "ao", "vivo"],
    &["acompanhe", "em", "direto"],
    &["acompanhe", "o", "direto"],
    &["volg", "het", "live"],
    &["volg", "hier", "live"],
    &["volg", "live"],
];

/// Words that open an invitation to follow live coverage only when a word of it
/// ([`is_coverage_word`]) follows later in the line: de "Verfolgen Sie die Entwicklungen im
/// Liveticker", "Verfolgen Sie die Pressekonferenz live"; "Verfolgen Sie die
/// Pressekonferenz des Bürgermeisters um 15 Uhr" may be news (session 52).
pub(in crate::matcher) const LIVE_INVITES_OF_COVERAGE: &[&[&str]] =
    &[&["verfolgen", "sie"], &["verfolge"], &["verfolgt"]];

/// German words of live coverage, or what a compound of one ends with ("Liveticker",
/// "Newsticker", "Liveblog", "Newsblog", "Livestream", "Berichterstattung"; "Live-Blog"
/// is two words, "live" and "blog").
const COVERAGE_ENDS: &[&str] = &["ticker", "blog", "stream", "berichterstattung"];

/// Whether the word `norm` (lower case) tells live coverage: "live" itself, or a word
/// ending as one of [`COVERAGE_ENDS`].
pub(in crate::matcher) fn is_coverage_word(norm: &str) -> bool {
    norm == "live" || COVERAGE_ENDS.iter().any(|e| norm.ends_with(e))
}

/// A tag that marks a title or a line as live, when it stands alone at the line's start
/// before a colon ("LIVE: …", "Live updates: …", "En direct : …") or at its end after a
/// colon or a dash ("Orosei wildfire: live updates", "Orosei wildfire – live"), in seven
/// languages.
pub(in crate::matcher) const LIVE_TAGS: &[&[&str]] = &[
    &["live"],
    &["live", "updates"],
    &["live", "update"],
    &["live", "blog"],
    &["live", "coverage"],
    &["latest", "updates"],
    &["en", "direct"],
    &["direct"],
    &["liveticker"],
    &["live", "ticker"],
    &["im", "liveticker"],
    &["in", "diretta"],
    &["diretta"],
    &["en", "directo"],
    &["directo"],
    &["en", "vivo"],
    &["ao", "vivo"],
    &["em", "direto"],
    &["direto"],
];
