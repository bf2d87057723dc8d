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
