//! What a suggestion card says about the words of the matched sentence that a new span
//! leaves out: the span covers the part that matches, one stretch of text, never the
//! attribution frame ("he said", ", doctors said,"); so an interposed attribution cuts
//! off the clause after it too ("…parasitic worms, doctors said, before regaining
//! consciousness on Tuesday."; trial 30, F30-1). The card greys those words and titles
//! them with [`left_out_title`].

use crate::matcher;

/// The title of a left-out piece of a sentence: `piece` (code points `from..to` of
/// `sentence`, which is the whole matched sentence as code points), lying `before` or
/// after the part a new span labels. Names the attribution frame the piece holds next to
/// the part ([`matcher::attribution_frames`]) and whether more text lies beyond it. `None`
/// when the piece holds no letter or digit (a stop, a comma), which leaves nothing out.
pub fn left_out_title(sentence: &[char], from: usize, to: usize, before: bool) -> Option<String> {
    let to = to.min(sentence.len());
    let piece = sentence.get(from..to)?;
    if !piece.iter().any(|c| c.is_alphanumeric()) {
        return None;
    }
    let text = |a: usize, b: usize| -> String {
        sentence[a..b].iter().collect::<String>().trim().to_string()
    };
    let words = |a: usize, b: usize| sentence[a..b].iter().any(|c| c.is_alphanumeric());
    // The frame next to the part: the first in a piece after it, the last in one before.
    let frames = matcher::attribution_frames(sentence);
    let mut inside = frames
        .into_iter()
        .map(|(a, b)| (a.max(from), b.min(to)))
        .filter(|&(a, b)| a < b && words(a, b));
    let frame = if before {
        inside.next_back()
    } else {
        inside.next()
    };
    // With the commas that set it off (", doctors said,"), as the sentence has them.
    let frame = frame.map(|(mut a, mut b)| {
        while a > from && matches!(sentence[a - 1], ',' | ' ') {
            a -= 1;
        }
        while b < to && sentence[b] == ',' {
            b += 1;
        }
        (a, b)
    });
    let reason =
        "a span is one stretch of text, and the part that matches stops at the attribution";
    Some(match frame {
        Some((a, b)) if before && words(from, a) => format!(
            "Left out: the attribution \u{201c}{}\u{201d} and what comes before it ({reason})",
            text(a, b)
        ),
        Some((a, b)) if !before && words(b, to) => format!(
            "Left out: the attribution \u{201c}{}\u{201d} and what follows it ({reason})",
            text(a, b)
        ),
        Some((a, b)) => format!("Left out: the attribution \u{201c}{}\u{201d}", text(a, b)),
        None => format!(
            "Left out: \u{201c}{}\u{201d} is not part of what matches",
            text(from, to)
        ),
    })
}
