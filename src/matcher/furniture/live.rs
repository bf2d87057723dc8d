//! Lines of a live page that report no fact: an invitation to follow its live coverage
//! ("Follow our live coverage of the wildfire burning in the hills above Orosei.",
//! "Suivez notre direct", "Verfolgen Sie … im Liveticker", "Segui la diretta", "Siga en
//! directo", "Acompanhe ao vivo", "Volg het live") and a title tagged as live ("Orosei wildfire:
//! live updates", "Orosei wildfire – live", "LIVE: Orosei wildfire"); the word lists are
//! `lexicon::live_coverage`'s. A sentence that only tells of something followed live
//! ("Police followed the car live on camera.") is none.

use crate::matcher::lexicon::live_coverage::{
    is_coverage_word, LIVE_INVITES, LIVE_INVITES_OF_COVERAGE, LIVE_TAGS,
};

/// The longest line read as live furniture, in words: past it the line is a paragraph of
/// the story.
const LIVE_WORDS: usize = 40;

/// What sets a live tag off from a title: a colon, a bar, or a dash (a hyphen only with
/// spaces around it).
const TAG_MARKS: &[&str] = &[":", "|", "\u{2013}", "\u{2014}", " - "];

/// Whether `text` (of `words`, normalised) is live furniture: it opens with a phrase of
/// [`LIVE_INVITES`], or with one of [`LIVE_INVITES_OF_COVERAGE`] and a word of live
/// coverage after it ("Verfolgen Sie … im Liveticker"), or a tag of [`LIVE_TAGS`] stands
/// alone before its first mark of [`TAG_MARKS`] or after its last one.
pub(in crate::matcher) fn is_live_furniture(text: &str, words: &[&str]) -> bool {
    if words.is_empty() || words.len() > LIVE_WORDS {
        return false;
    }
    if opens_with_invitation(words) {
        return true;
    }
    let (head, tail) = head_and_tail(text);
    [head, tail].into_iter().flatten().any(is_tag)
}

/// Whether the words `words` (normalised, lower case) open an invitation to follow live
/// coverage: a phrase of [`LIVE_INVITES`], or one of [`LIVE_INVITES_OF_COVERAGE`] with a
/// word of live coverage after it.
fn opens_with_invitation(words: &[&str]) -> bool {
    let of_coverage =
        |o: &&[&str]| words.starts_with(o) && words[o.len()..].iter().any(|w| is_coverage_word(w));
    LIVE_INVITES.iter().any(|o| words.starts_with(o))
        || LIVE_INVITES_OF_COVERAGE.iter().any(of_coverage)
}

/// Whether `text` is a live page's title ("Austria flash flood: live updates", "LIVE:
/// Orosei wildfire forces evacuations"): a tag of [`LIVE_TAGS`] alone on one side of a
/// mark of [`TAG_MARKS`] and words of a headline on the other. Such a line is furniture
/// (never a card) and still names the article (`formats`, trial 55: the page was named
/// after its file). An invitation ("Follow live: …") or a tag alone ("Live updates") is
/// no title.
pub(in crate::matcher) fn is_live_title(text: &str) -> bool {
    let text = text.trim();
    let (head, tail) = head_and_tail(text);
    let words = |part: &str| part.chars().any(char::is_alphanumeric);
    let invite = {
        let lower: Vec<String> = text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect();
        let lower: Vec<&str> = lower.iter().map(String::as_str).collect();
        opens_with_invitation(&lower)
    };
    let (Some(head), Some(tail)) = (head, tail) else {
        return false;
    };
    !invite && ((is_tag(head) && words(tail)) || (is_tag(tail) && words(head)))
}

/// The part of `text` before its first mark of [`TAG_MARKS`] and the part after its last
/// one (`None` without a mark).
/// A mark of one character is looked for as a `char` (a byte search), not as a string
/// (a searcher set up per call): every line of every article is read for live tags.
fn head_and_tail(text: &str) -> (Option<&str>, Option<&str>) {
    let one_char = |m: &str| {
        let mut cs = m.chars();
        cs.next().filter(|_| cs.next().is_none())
    };
    let find = |m: &str| match one_char(m) {
        Some(c) => text.find(c),
        None => text.find(m),
    };
    let rfind = |m: &str| match one_char(m) {
        Some(c) => text.rfind(c),
        None => text.rfind(m),
    };
    let first = TAG_MARKS.iter().filter_map(|m| find(m)).min();
    let last = TAG_MARKS
        .iter()
        .filter_map(|m| rfind(m).map(|i| i + m.len()))
        .max();
    (first.map(|i| &text[..i]), last.map(|i| &text[i..]))
}

/// Whether `part` of a line, its words lower case and its marks left out, is a tag of
/// [`LIVE_TAGS`].
fn is_tag(part: &str) -> bool {
    let words: Vec<String> = part
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    !words.is_empty()
        && LIVE_TAGS
            .iter()
            .any(|t| t.len() == words.len() && t.iter().zip(&words).all(|(a, b)| a == b))
}

#[cfg(test)]
mod tests {
    use crate::matcher::reports_no_fact;

    /// Asserts that each line of `furniture` reports no fact and each of `news` does.
    #[track_caller]
    fn furniture_not_news(furniture: &[&str], news: &[&str]) {
        for t in furniture {
            assert!(reports_no_fact(t), "{t}");
        }
        for t in news {
            assert!(!reports_no_fact(t), "{t}");
        }
    }

    /// An invitation to follow live coverage and a title tagged as live are furniture,
    /// in seven languages (session 51: "Follow our live coverage of the wildfire burning in
    /// the hills above Orosei." was a card at 38 %, "Orosei wildfire: live updates" at 36
    /// %); a sentence of something followed live, or a title with "live" inside, tells a
    /// fact.
    #[test]
    fn live_invitations_and_live_titles_are_furniture() {
        furniture_not_news(
            &[
                "Follow our live coverage of the wildfire burning in the hills above Orosei.",
                "Follow live: firefighters battle the blaze above Orosei",
                "Live updates: wildfire near Orosei",
                "Orosei wildfire: live updates",
                "Orosei wildfire \u{2013} live",
                "LIVE: Orosei wildfire forces evacuations",
                "Suivez notre direct sur l'incendie d'Orosei.",
                "Incendie en Sardaigne : en direct",
                "Verfolgen Sie die Entwicklungen im Liveticker.",
                "Waldbrand auf Sardinien \u{2013} Liveticker",
                "Segui la diretta sull'incendio di Orosei.",
                "Incendio a Orosei: in diretta",
                "Siga en directo el incendio de Orosei.",
                "Acompanhe ao vivo o incêndio em Orosei.",
                "Volg het live: bosbrand bij Orosei",
                "Verfolgen Sie die Entwicklungen im Liveticker: Waldbrand bei Orosei",
            ],
            &[
                "Police followed the car live on camera.",
                "Residents followed the fire live on television.",
                "Live ammunition was fired at the crowd.",
                "The fire spread to homes where 40 people live.",
                "Firefighters said: we live in fear of the wind.",
                "Orosei wildfire: 200 evacuated as flames reach homes",
            ],
        );
    }

    /// A German line that opens "Verfolgen Sie" is an invitation only when a word of live
    /// coverage follows (session 52): a ticker, a blog, a stream, the coverage itself or
    /// "live", one word or hyphenated; without one it may be news ("Verfolgen Sie die
    /// Pressekonferenz des Bürgermeisters um 15 Uhr", and a verb of following in a story).
    #[test]
    fn a_german_invitation_needs_a_word_of_live_coverage() {
        furniture_not_news(
            &[
                "Verfolgen Sie die Entwicklungen im Liveticker.",
                "Verfolgen Sie alle Entwicklungen in unserem Live-Blog.",
                "Verfolgen Sie die Lage im Newsblog.",
                "Verfolgen Sie unsere Berichterstattung zum Waldbrand auf Sardinien.",
                "Verfolgen Sie die Pressekonferenz des Bürgermeisters live.",
                "Verfolgen Sie die Pressekonferenz im Livestream.",
                "Verfolgt die Ereignisse im Corona-Newsticker.",
            ],
            &[
                "Verfolgen Sie die Pressekonferenz des Bürgermeisters um 15 Uhr.",
                "Verfolgen Sie, wie die Feuerwehr den Brand bei Orosei bekämpft.",
                "Die Polizei verfolgte den Wagen bis nach Orosei.",
                "Verfolgt wurde der Täter von zwei Streifenwagen.",
            ],
        );
    }

    /// A title tagged as live names its article (trial 55: "Austria flash flood: live
    /// updates"); an invitation, a bare tag or a headline with no tag is no live title.
    #[test]
    fn a_live_title_is_told_from_an_invitation_and_a_bare_tag() {
        use crate::matcher::is_live_title_line;
        for t in [
            "Austria flash flood: live updates",
            "Live updates: wildfire near Orosei",
            "Orosei wildfire \u{2013} live",
            "Incendie en Sardaigne : en direct",
            "Waldbrand auf Sardinien \u{2013} Liveticker",
        ] {
            assert!(is_live_title_line(t) && reports_no_fact(t), "{t}");
        }
        for t in [
            "Live updates",
            "Follow live: firefighters battle the blaze above Orosei",
            "Volg het live: bosbrand bij Orosei",
            "Verfolgen Sie den Waldbrand bei Orosei \u{2013} Liveticker",
            "Orosei wildfire: 200 evacuated as flames reach homes",
            "All times are local (CEST).",
        ] {
            assert!(!is_live_title_line(t), "{t}");
        }
    }
}
