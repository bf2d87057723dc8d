//! A wire dateline opening a sentence ("MADRID (AP) — ", "SEVILLE, Spain (Reuters) - ",
//! "SEVILLA, 1 Dic. (EFE).- ", "(Reuters) - ", read by `matcher::dateline`): page furniture, not the claim, so the
//! span an accepted suggestion makes starts after it (trial 34, F10.1: "MADRID (AP) — A
//! former director …" was the new span). Positions are code points.

/// Where the text after a wire dateline opening `sentence` starts (`matcher::dateline`:
/// "MADRID (AP) — ", "SEVILLE, Spain (Reuters) - ", "SEVILLA, 1 Dic. (EFE).- ", "ROME — ",
/// "(Reuters) - ", "SEVILLA. "), or `None` when the sentence opens with no dateline or is
/// nothing but one.
pub(super) fn dateline_end(sentence: &[char]) -> Option<usize> {
    let k = crate::matcher::read_dateline_chars(sentence)?.body;
    (k < sentence.len()).then_some(k)
}

/// Where the text after a live blog's post stamp opening `sentence` starts: an hour of
/// one or two figures, ":" (or "." or "h" before a dash), two figures of minutes, then a
/// spaced dash ("21:30 – ", "12h02 - ") or, after ":", a space and a capital or an
/// opening quotation mark ("21:30 Federal Transport Minister …", "20:40 The bus driver …";
/// trial 51). Not a time told in the sentence: the word after it is no clock word ("10:30
/// Uhr", "10:30 GMT", "5:40 PM"), and "12.50 Euro" has no dash. `None` when the sentence
/// opens with no such stamp or is nothing but one. The post's time is no part of the claim
/// (the span an accepted suggestion makes starts after it) nor of its speaker's name.
pub(crate) fn post_stamp_end(sentence: &[char]) -> Option<usize> {
    let mut i = sentence.iter().position(|c| !c.is_whitespace())?;
    let figures = |from: usize| {
        sentence[from..]
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .count()
    };
    let value = |from: usize, n: usize| {
        sentence[from..from + n]
            .iter()
            .fold(0u32, |v, c| v * 10 + c.to_digit(10).unwrap_or(0))
    };
    let h = figures(i);
    let sep = *sentence.get(i + h)?;
    if !(1..=2).contains(&h) || !matches!(sep, ':' | '.' | 'h') || value(i, h) > 23 {
        return None;
    }
    let m0 = i + h + 1;
    if figures(m0) != 2 || value(m0, 2) > 59 {
        return None;
    }
    i = m0 + 2;
    let spaces = sentence[i..]
        .iter()
        .take_while(|c| c.is_whitespace())
        .count();
    if spaces == 0 {
        return None;
    }
    let mut k = i + spaces;
    let dash = matches!(sentence.get(k), Some('-' | '\u{2013}' | '\u{2014}'))
        && sentence.get(k + 1).is_some_and(|c| c.is_whitespace());
    if dash {
        k += 1;
        k += sentence[k..]
            .iter()
            .take_while(|c| c.is_whitespace())
            .count();
    } else {
        let next: String = sentence[k..]
            .iter()
            .take_while(|c| c.is_alphanumeric() || **c == '.')
            .collect::<String>()
            .to_lowercase();
        let opens = sentence.get(k).is_some_and(|c| {
            c.is_uppercase() || matches!(c, '"' | '\u{201c}' | '\u{201e}' | '\u{ab}')
        });
        let clock = crate::matcher::lexicon::CLOCK_WORDS.contains(&next.as_str());
        if sep != ':' || !opens || clock {
            return None;
        }
    }
    (k < sentence.len()).then_some(k)
}
