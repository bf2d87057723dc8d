//! Text structure the views and the matcher share: word snapping (UAX #29), chunks,
//! and the comparison that finds an article loaded twice. All positions are code points.

use crate::model::offsets::{cp_len, OffsetIndex};

mod final_stop;
mod quote_ends;

/// Whether a UAX #29 word segment is a word (holds a letter or digit), not spaces or
/// punctuation.
fn is_word(seg: &str) -> bool {
    seg.chars().any(char::is_alphanumeric)
}

/// How far around a boundary the word segmenter looks, in bytes: longer words are cut
/// there (a cost bound for multi-megabyte paragraphs).
const WINDOW: usize = 256;

fn floor_char(text: &str, mut b: usize) -> usize {
    while b > 0 && !text.is_char_boundary(b) {
        b -= 1;
    }
    b
}

fn ceil_char(text: &str, mut b: usize) -> usize {
    while b < text.len() && !text.is_char_boundary(b) {
        b += 1;
    }
    b
}

/// The UAX #29 word segment (`start..end`, bytes) holding byte `at` (or ending at it when
/// `at` is the end of the text), looked for within [`WINDOW`] bytes.
fn word_around(text: &str, at: usize) -> Option<(usize, usize)> {
    use unicode_segmentation::UnicodeSegmentation;
    let lo = floor_char(text, at.saturating_sub(WINDOW));
    let hi = ceil_char(text, (at + WINDOW).min(text.len()));
    let window = &text[lo..hi];
    window
        .split_word_bound_indices()
        .map(|(i, seg)| (lo + i, lo + i + seg.len(), seg))
        .find(|&(s, e, _)| s <= at && at < e)
        .filter(|&(_, _, seg)| is_word(seg))
        .map(|(s, e, _)| (s, e))
}

/// The extended grapheme cluster (`start..end`, bytes; UAX #29) holding byte `at`, looked
/// for within [`WINDOW`] bytes: an emoji with its joiners and modifiers ("👩‍🚒", "🇫🇷",
/// "👍🏽") or a letter with its combining marks, which a span never cuts.
fn cluster_around(text: &str, at: usize) -> Option<(usize, usize)> {
    use unicode_segmentation::UnicodeSegmentation;
    let lo = floor_char(text, at.saturating_sub(WINDOW));
    let hi = ceil_char(text, (at + WINDOW).min(text.len()));
    text[lo..hi]
        .grapheme_indices(true)
        .map(|(i, g)| (lo + i, lo + i + g.len()))
        .find(|&(s, e)| s <= at && at < e)
}

/// Widen `start..end` (code points) to whole words and trim surrounding white space: a
/// selection that starts or ends inside a word takes the whole word. Words are UAX #29
/// word boundaries (the `unicode-segmentation` crate), so in scripts written without
/// spaces (Chinese, Japanese, Thai) a selection is not grown to the whole clause: there
/// every ideograph or letter is its own segment and the selection stays as made (a claim
/// also takes the sentence's stop after its last word: [`take_final_stop`]).
/// Returns `None` if nothing but white space is selected. Linear in the text (it indexes
/// it); [`snap_to_words_in`] reuses a document's index.
pub fn snap_to_words(text: &str, start: usize, end: usize) -> Option<(usize, usize)> {
    snap_to_words_in(text, &OffsetIndex::new(text), start, end)
}

/// [`snap_to_words`] with the text's offset index: cost independent of the text's length
/// (O(log n) plus the words at both ends).
pub fn snap_to_words_in(
    text: &str,
    index: &OffsetIndex,
    start: usize,
    end: usize,
) -> Option<(usize, usize)> {
    let (s, e) = trim_range_in(text, index, start, end)?;
    let (bs, be) = (index.cp_to_byte(text, s)?, index.cp_to_byte(text, e)?);
    // Separators at the ends are not part of what was meant (": Dramatic footage" from a
    // drag that began on the colon); brackets are kept, and quotation marks as
    // `quote_ends` settles them. A selection of nothing but punctuation stays as made.
    let piece = &text[bs..be];
    let lead_trimmed =
        piece.trim_start_matches(|c: char| LEADING_SEPARATORS.contains(c) || c.is_whitespace());
    let inner = lead_trimmed
        .trim_end_matches(|c: char| TRAILING_SEPARATORS.contains(c) || c.is_whitespace());
    if inner.is_empty() {
        return snap_trimmed(text, index, s, e);
    }
    let s2 = s + cp_len(&piece[..piece.len() - lead_trimmed.len()]);
    let snapped = snap_trimmed(text, index, s2, s2 + cp_len(inner))?;
    Some(quote_ends::settle(
        text,
        index,
        snapped,
        LEADING_SEPARATORS,
        TRAILING_SEPARATORS,
    ))
}

/// A snapped claim's `start..end` (code points) widened over the sentence's stop when it
/// ends on the sentence's last word, as the span of an accepted suggestion does (see
/// `final_stop`): applied to claims only, since an attribution or a context span ("an
/// official said") is a phrase, not a statement. Else unchanged.
pub fn take_final_stop(text: &str, index: &OffsetIndex, range: (usize, usize)) -> (usize, usize) {
    final_stop::take(text, index, range)
}

/// Punctuation dropped from the start of a snapped selection: separators and closing
/// brackets, not opening brackets (quotation marks: see `quote_ends`).
const LEADING_SEPARATORS: &str = ",.;:!?)]}\u{2013}\u{2014}\u{3001}\u{3002}\u{FF0C}\u{FF1A}";
/// Punctuation dropped from the end of a snapped selection: separators and opening
/// brackets, not a sentence's final stop (quotation marks: see `quote_ends`).
const TRAILING_SEPARATORS: &str = ",;:([{\u{2013}\u{2014}\u{3001}\u{FF0C}\u{FF1A}";

/// Widen an already trimmed `s..e` (code points) to whole words.
fn snap_trimmed(text: &str, index: &OffsetIndex, s: usize, e: usize) -> Option<(usize, usize)> {
    let (bs, be) = (index.cp_to_byte(text, s)?, index.cp_to_byte(text, e)?);
    // Outside words (an emoji, a symbol), the whole grapheme cluster: a selection made by
    // a script, not the mouse, may end between "👩" and "\u{200D}🚒" (trial 45).
    let new_bs = word_around(text, bs)
        .or_else(|| cluster_around(text, bs))
        .map_or(bs, |w| w.0.min(bs));
    // The word (or cluster) holding the last selected character.
    let last = floor_char(text, be - 1);
    let new_be = word_around(text, last)
        .or_else(|| cluster_around(text, last))
        .map_or(be, |w| w.1.max(be));
    let s2 = s - cp_len(&text[new_bs..bs]);
    let e2 = e + cp_len(&text[be..new_be]);
    Some((s2, e2))
}

/// Trim white space from both ends of `start..end` (code points) without widening.
/// `None` if empty.
pub fn trim_range(text: &str, start: usize, end: usize) -> Option<(usize, usize)> {
    trim_range_in(text, &OffsetIndex::new(text), start, end)
}

/// [`trim_range`] with the text's offset index (cost independent of the text's length).
pub fn trim_range_in(
    text: &str,
    index: &OffsetIndex,
    start: usize,
    end: usize,
) -> Option<(usize, usize)> {
    let len = index.cp_len();
    let (s, e) = (start.min(end).min(len), end.max(start).min(len));
    let (bs, be) = (index.cp_to_byte(text, s)?, index.cp_to_byte(text, e)?);
    let piece = &text[bs..be];
    let lead = cp_len(&piece[..piece.len() - piece.trim_start().len()]);
    let trail = cp_len(&piece[piece.trim_end().len()..]);
    let (s, e) = (s + lead, e.saturating_sub(trail));
    (s < e).then_some((s, e))
}

/// Cut `text` (one paragraph) into pieces of at most `max` code points for rendering, each
/// ending just after white space when there is some within `slack` code points before the
/// limit (else exactly at the limit). Returns code point ranges relative to `text`, in
/// order, covering it without gap or overlap. Linear in the text.
pub fn chunks(text: &str, max: usize, slack: usize) -> Vec<(usize, usize)> {
    let max = max.max(1);
    let mut out = Vec::new();
    let mut from = 0;
    let mut last_space: Option<usize> = None;
    let mut cp = 0;
    for c in text.chars() {
        if cp - from == max {
            let cut = match last_space {
                Some(sp) if sp > from && cp - sp <= slack => sp,
                _ => cp,
            };
            out.push((from, cut));
            from = cut;
            last_space = None;
        }
        cp += 1;
        if c.is_whitespace() {
            last_space = Some(cp);
        }
    }
    if cp > from || out.is_empty() {
        out.push((from, cp));
    }
    out
}

/// Cut `text` (one paragraph) into runs of at most `max` code points, each ending just
/// before a sentence's start when there is one within `slack` code points before the
/// limit: where the text after a sentence of the matcher's segmenter goes on, its white
/// space included (`matcher::sentence_ends`: the segmenter's stops, titles "Mr.", "Gen.",
/// initials, a state's abbreviation after a place "LOS ANGELES, Calif. (AP)", a quotation
/// kept with its attribution, `。` ending one with no space). Else a run ends as a
/// [`chunks`] piece does (after white space within `slack`, else at the limit). Returns
/// code point ranges relative to `text`, in order, covering it without gap or overlap.
/// The article view lays out each run as one block, so the line breaks only where a run
/// ends: at a sentence end wherever there is one.
pub fn sentence_runs(text: &str, max: usize, slack: usize) -> Vec<(usize, usize)> {
    let max = max.max(1);
    let chars: Vec<char> = text.chars().collect();
    let n = chars.len();
    let ends = crate::matcher::sentence_ends(&chars);
    let mut out = Vec::new();
    let (mut from, mut next) = (0, 0);
    while n - from > max {
        let limit = from + max;
        // The last sentence end up to the limit, else the last white space.
        while next < ends.len() && ends[next] <= limit {
            next += 1;
        }
        let within = |p: &usize| *p > from && limit - *p <= slack;
        let end = next.checked_sub(1).map(|k| ends[k]).filter(within);
        let space = || {
            (from + 1..=limit)
                .rev()
                .take_while(|p| limit - p <= slack)
                .find(|&p| chars[p - 1].is_whitespace())
        };
        let cut = end.or_else(space).unwrap_or(limit);
        out.push((from, cut));
        from = cut;
    }
    if n > from || out.is_empty() {
        out.push((from, n));
    }
    out
}

/// A text as compared for "already loaded": without a leading BOM, with CRLF and CR line
/// ends as LF, without white space at line ends or at the end of the text.
pub fn comparable(text: &str) -> String {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut out = String::with_capacity(text.len());
    for line in text.split('\n') {
        let line = line.strip_suffix('\r').unwrap_or(line);
        for (i, part) in line.split('\r').enumerate() {
            if i > 0 {
                out.push('\n');
            }
            out.push_str(part.trim_end());
        }
        out.push('\n');
    }
    out.truncate(out.trim_end().len());
    out
}

/// Whether two articles are the same text up to line ends, a BOM and trailing white space
/// (see [`comparable`]).
pub fn same_article(a: &str, b: &str) -> bool {
    a == b || comparable(a) == comparable(b)
}

/// `text` cut to at most `max` characters (code points) plus "…" when it is longer; the cut
/// falls at the last white space in the second half of the kept part when there is one, so
/// words stay whole, and white space before the "…" is dropped. The one shortening helper
/// of the views, the report and the importers' messages.
pub fn ellipsize(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let cut: String = text.chars().take(max).collect();
    let cut = match cut.rfind(char::is_whitespace) {
        Some(i) if cut[..i].chars().count() > max / 2 => &cut[..i],
        _ => &cut[..],
    };
    format!("{}\u{2026}", cut.trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ellipsize_keeps_short_texts_and_cuts_long_ones_at_a_word() {
        assert_eq!(ellipsize("short", 10), "short");
        assert_eq!(ellipsize("exactly10!", 10), "exactly10!");
        assert_eq!(
            ellipsize("The soldier was shot several times", 20),
            "The soldier was\u{2026}"
        );
        // No white space in the second half: cut at the limit, counted in code points.
        assert_eq!(ellipsize("😀😀😀😀😀😀", 4), "😀😀😀😀\u{2026}");
        assert_eq!(ellipsize("中文中文中文", 3), "中文中\u{2026}");
    }

    #[test]
    fn snapping_widens_to_words() {
        let t = "The soldier's jeep stopped.";
        assert_eq!(snap_to_words(t, 6, 10), Some((4, 13))); // "soldier's"
        assert_eq!(snap_to_words(t, 3, 4), None);
        assert_eq!(snap_to_words(t, 14, 27), Some((14, 27)));
        // Separators at the ends go; quotation marks stay.
        let h = "Video: Dramatic footage, the soldier “runs”; then stops.";
        let cp = |w: &str| h[..h.find(w).unwrap()].chars().count();
        let got = snap_to_words(h, cp(": D"), cp(", the"))
            .map(|(s, e)| h.chars().skip(s).take(e - s).collect::<String>());
        assert_eq!(got.as_deref(), Some("Dramatic footage"));
        let got = snap_to_words(h, cp("“runs"), cp("; then") + 1)
            .map(|(s, e)| h.chars().skip(s).take(e - s).collect::<String>());
        assert_eq!(got.as_deref(), Some("“runs”"));
        let got = snap_to_words(h, cp("then"), h.chars().count())
            .map(|(s, e)| h.chars().skip(s).take(e - s).collect::<String>());
        assert_eq!(got.as_deref(), Some("then stops."));
        assert_eq!(
            snap_to_words(h, cp(": D"), cp(": D") + 1),
            Some((cp(": D"), cp(": D") + 1))
        );
        let cjk = "e\u{301}te\u{301} 中文";
        assert_eq!(
            snap_to_words(cjk, 1, 2),
            Some((0, 5)),
            "combining marks stay with their letter"
        );
        assert_eq!(trim_range(t, 3, 9), Some((4, 9)));
    }

    #[test]
    fn snapping_knows_scripts_without_spaces() {
        // Chinese: every ideograph is its own word, so the selection stays as made.
        let zh = "我们今天学习中文和日语。";
        assert_eq!(snap_to_words(zh, 6, 8), Some((6, 8)));
        // Thai (no spaces between words): not grown to the clause either.
        let th = "รัฐบาลประกาศแผนใหม่วันนี้";
        let got = snap_to_words(th, 6, 12).map(|(s, e)| e - s);
        assert!(got.is_some_and(|n| n < 12), "{got:?}");
        // Japanese mixed with Latin: the Latin word snaps, the kana stays.
        let ja = "東京でiPhoneを買った";
        assert_eq!(snap_to_words(ja, 4, 6), Some((3, 9)));
        // A selection ending at the very end of the text.
        assert_eq!(snap_to_words("Jeep stopped", 6, 12), Some((5, 12)));
        // Offsets stay code points with astral characters before the word.
        let astral = "😀😀 soldiers";
        assert_eq!(snap_to_words(astral, 5, 7), Some((3, 11)));
    }

    /// Trial 45: a selection set by a script ended inside an emoji sequence and the span
    /// kept "👩\u{200D}" (half of "👩‍🚒") or one half of a flag ("🇫"). A span takes whole
    /// grapheme clusters; a mouse selection (already whole) is unchanged.
    #[test]
    fn snapping_never_cuts_an_emoji() {
        let t = "Crew members 👩\u{200D}🚒 and a French tourist 🇫🇷 were hurt.";
        let cp = |w: &str| t[..t.find(w).unwrap()].chars().count();
        let text = |r: Option<(usize, usize)>| {
            r.map(|(s, e)| t.chars().skip(s).take(e - s).collect::<String>())
        };
        let crew = cp("Crew");
        // Ending after the joiner, before the fire engine: the whole firefighter.
        let got = text(snap_to_words(t, crew, cp("🚒")));
        assert_eq!(got.as_deref(), Some("Crew members 👩\u{200D}🚒"));
        // Ending between the two regional indicators: the whole flag.
        let fr = cp("French");
        let got = text(snap_to_words(t, fr, cp("🇫🇷") + 1));
        assert_eq!(got.as_deref(), Some("French tourist 🇫🇷"));
        // Starting inside the flag: from the flag's start.
        let got = text(snap_to_words(t, cp("🇫🇷") + 1, cp(" were") + 5));
        assert_eq!(got.as_deref(), Some("🇫🇷 were"));
        // Whole already: as selected.
        let got = text(snap_to_words(t, crew, cp(" and")));
        assert_eq!(got.as_deref(), Some("Crew members 👩\u{200D}🚒"));
        let thumbs = "Thumbs 👍🏽 up";
        assert_eq!(snap_to_words(thumbs, 0, 8), Some((0, 9)), "skin tone kept");
    }

    #[test]
    fn same_article_ignores_line_ends_bom_and_trailing_space() {
        let lf = "Harbour plan\n\nThe minister said.\n";
        for other in [
            "Harbour plan\r\n\r\nThe minister said.\r\n",
            "Harbour plan\n\nThe minister said.",
            "\u{feff}Harbour plan\n\nThe minister said.\n",
            "Harbour plan  \n\nThe minister said. \n\n",
            "Harbour plan\r\rThe minister said.\r",
        ] {
            assert!(same_article(lf, other), "{other:?}");
        }
        assert!(!same_article(lf, "Harbour plan\n\nThe minister said it.\n"));
        assert!(!same_article(lf, "Harbour plan\nThe minister said.\n"));
        assert!(!same_article(lf, "  Harbour plan\n\nThe minister said.\n"));
    }

    #[test]
    fn long_paragraphs_are_cut_into_bounded_chunks_at_spaces() {
        let word = "wörd ";
        let text = word.repeat(1000); // 5,000 code points
        let c = chunks(&text, 2000, 200);
        assert_eq!(c.first().map(|x| x.0), Some(0));
        assert_eq!(c.last().map(|x| x.1), Some(5000));
        for w in c.windows(2) {
            assert_eq!(w[0].1, w[1].0, "no gap, no overlap");
        }
        for &(a, b) in &c {
            assert!(b - a <= 2000 && b > a);
            // Each chunk but the last ends just after a space.
            if b < 5000 {
                assert_eq!(text.chars().nth(b - 1), Some(' '));
            }
        }
        // No white space at all (e.g. Chinese): cut exactly at the limit.
        let zh = "中".repeat(4500);
        assert_eq!(
            chunks(&zh, 2000, 200),
            [(0, 2000), (2000, 4000), (4000, 4500)]
        );
        assert_eq!(chunks("short", 2000, 200), [(0, 5)]);
        assert_eq!(chunks("", 2000, 200), [(0, 0)]);
    }

    #[test]
    fn runs_end_at_sentence_ends_where_there_is_one() {
        let sentence = "The soldier crossed the demarcation line at dawn, Mr. Kim said. ";
        let text = sentence.repeat(40); // 2,560 code points
        let n = cp_len(sentence);
        let r = sentence_runs(&text, 1000, 300);
        assert_eq!(r.first().map(|x| x.0), Some(0));
        assert_eq!(r.last().map(|x| x.1), Some(cp_len(&text)));
        for w in r.windows(2) {
            assert_eq!(w[0].1, w[1].0, "no gap, no overlap");
        }
        for &(a, b) in &r[..r.len() - 1] {
            assert!(b - a <= 1000 && b > a);
            // Each run but the last ends after "said. ", never after "Mr. ".
            assert_eq!(b % n, 0, "run {a}..{b} ends mid-sentence");
        }
        // Closing quotes after the stop, and a Chinese full stop.
        let quoted = "He said \"we will go back.\" Then he left. ".repeat(50);
        for &(_, b) in &sentence_runs(&quoted, 500, 200)[..1] {
            let before: String = quoted.chars().take(b).collect();
            assert!(
                before.ends_with("back.\" ") || before.ends_with("left. "),
                "{before:?}"
            );
        }
        let zh = "士兵越过了分界线。".repeat(300);
        for &(_, b) in &sentence_runs(&zh, 1000, 200)[..2] {
            assert_eq!(zh.chars().nth(b - 1), Some('。'));
        }
        // No sentence end near the limit: after white space, as `chunks` cuts.
        let words = "wörd ".repeat(1000);
        assert_eq!(sentence_runs(&words, 2000, 200), chunks(&words, 2000, 200));
        assert_eq!(sentence_runs("", 10, 5), [(0, 0)]);
    }

    #[test]
    fn the_runs_of_a_long_paragraph_of_the_sample_end_at_sentence_ends() {
        // The end-to-end flow test's paragraph (long-paragraph-flow.test.mjs): the AFP
        // sample's lines that end a sentence, joined, repeated with "(k)" to 150,000
        // characters, cut as the page cuts it (10,000 code points, 3,000 of slack).
        let sample = include_str!("../../samples/afp-defector-footage.txt");
        let ends = |l: &str| {
            let l = l.trim();
            let l = l.strip_suffix(['"', '\u{201d}']).unwrap_or(l);
            l.ends_with(['.', '!', '?'])
        };
        let lines: Vec<&str> = sample.lines().filter(|l| ends(l)).collect();
        let joined = lines.join(" ");
        let one = joined.split_whitespace().collect::<Vec<_>>().join(" ");
        let mut body = String::new();
        for k in 0.. {
            if body.chars().count() >= 150_000 {
                break;
            }
            body += &format!("{one} ({k}) ");
        }
        let runs = sentence_runs(body.trim_end(), 10_000, 3_000);
        assert!(runs.len() >= 10, "{} runs", runs.len());
        let chars: Vec<char> = body.chars().collect();
        for &(a, b) in &runs[..runs.len() - 1] {
            assert!(b - a <= 10_000 && b > a);
            // A stop, any closing marks, one space: "... intensive care. " / "...,\" he said. "
            let mut k = b - 1;
            assert_eq!(chars[k], ' ', "run {a}..{b}");
            while matches!(chars[k - 1], '"' | '\u{201d}' | '\u{2019}' | ')') {
                k -= 1;
            }
            assert!(matches!(chars[k - 1], '.' | '!' | '?'), "run {a}..{b}");
        }
    }

    #[test]
    fn runs_end_where_the_segmenter_ends_a_sentence() {
        // The sentence ends are the matcher's (`segment`): a short capitalised word before
        // the stop ends a sentence ("in Rome."), a title does not ("Mr."), and a quotation
        // stays with its attribution ("…," the farmer said). Else the last white space.
        // Trial 32, F12: "Calif." after "LOS ANGELES," is no sentence end either. A full
        // stop after a plain word still ends one.
        let first_run = |t: &str| {
            let (a, b) = sentence_runs(t, 40, 30)[0];
            t.chars().skip(a).take(b - a).collect::<String>()
        };
        for (text, want) in [
            (
                "The talks were held in Rome. The fire spread to the hills on Monday.",
                "The talks were held in Rome. ",
            ),
            (
                "The talks were held by Mr. Kim and the fire spread on Monday.",
                "The talks were held by Mr. Kim and the ",
            ),
            (
                "\"We ran for the hills. We hid in the barn,\" the farmer said on Monday.",
                "\"We ran for the hills. We hid in the ",
            ),
            (
                "LOS ANGELES, Calif. (AP) - Fire crews held the line on Monday.",
                "LOS ANGELES, Calif. (AP) - Fire crews ",
            ),
            (
                "CHARLESTON, W.Va. (AP) - Flooding closed all the schools.",
                "CHARLESTON, W.Va. (AP) - Flooding ",
            ),
            (
                "The crews came fast. (AP) - Fire crews held the line on Monday.",
                "The crews came fast. ",
            ),
        ] {
            assert_eq!(first_run(text), want, "{text}");
        }
        // Two spaces after a stop: the next run starts at the next sentence.
        let spaced = "The fire spread fast.  Crews held the line on Monday night.";
        let r = sentence_runs(spaced, 30, 30);
        assert_eq!(r[0], (0, 23), "{r:?}");
    }
}

#[cfg(test)]
mod tests_quote_ends;
