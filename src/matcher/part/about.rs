//! What a speaker spoke of: "…, he said of the golden age of coach travel." The phrase
//! after a speech verb and "of" names the subject of the words, not a claim, so it goes
//! with the attribution frame before it. Ranges are code points of the sentence.

use super::frames::Frame;
use super::vocab::{is_frame_verb, Word};

/// `frames` (in order) with each frame holding a speech verb before "of" grown over the
/// "of …" phrase, up to the next comma, semicolon, colon, bracket or dash (quotation
/// marks inside it are read past: "said of the “golden age” of travel") or the end of
/// the sentence, or up to "that" (taken in by a frame that introduces its content:
/// "Police said of the driver that"); never into the next frame.
pub(super) fn said_of(sentence: &[char], words: &[Word], frames: &mut [Frame]) {
    for k in 0..frames.len() {
        let (start, end) = (frames[k].start, frames[k].end);
        // The speech verb inside the frame with "of" right after it.
        let Some(v) = (0..words.len().saturating_sub(1)).find(|&v| {
            start <= words[v].start
                && words[v].end <= end
                && is_frame_verb(&words[v].norm)
                && words[v + 1].norm == "of"
        }) else {
            continue;
        };
        let mut last = v + 1;
        while let Some(w) = words.get(last + 1) {
            let gap = &sentence[words[last].end..w.start];
            let stop = gap.iter().any(|&c| {
                matches!(
                    c,
                    ',' | ';' | ':' | '(' | ')' | '[' | ']' | '\u{2014}' | '\u{2013}'
                )
            });
            // "Police said of the driver that he was drunk": the content follows "that".
            if stop || w.norm == "that" {
                if w.norm == "that" && !stop && frames[k].introduces {
                    last += 1;
                }
                break;
            }
            last += 1;
        }
        let grown = words[last].end.max(end);
        let next = frames.get(k + 1).map_or(usize::MAX, |f| f.start);
        if grown <= next {
            frames[k].end = grown;
        }
    }
}
