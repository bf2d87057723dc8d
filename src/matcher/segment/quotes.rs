//! Which quotation is open at a point of a line, and where it closes, for the segmenter's
//! rule that a quotation closing with its attribution stays one sentence ("We ran. We
//! hid," he said.). Marks of English (“…”, "…", ‘…’, '…'), French and Spanish («…», with
//! or without spaces inside), German („…“, »…«, ‚…‘), Swedish (”…”), and Chinese and Japanese (「…」, 『…』);
//! an apostrophe ("don’t", "l’homme", "drivers’", "'s") is no mark. Positions are code
//! points of the text.

/// Whether the character at `k` stands between two letters or digits (an apostrophe).
fn between_letters(chars: &[char], k: usize) -> bool {
    k > 0 && chars[k - 1].is_alphanumeric() && chars.get(k + 1).is_some_and(|c| c.is_alphabetic())
}

/// Whether the single mark at `k` ends a one-letter elision opened by an apostrophe
/// ("rock ’n’ roll").
fn elided(chars: &[char], k: usize) -> bool {
    k >= 2
        && matches!(chars[k - 2], '\'' | '’')
        && chars[k - 1].is_alphabetic()
        && (k < 3 || !chars[k - 3].is_alphanumeric())
}

/// Whether `»`, `”` or `'` at `k` opens a quotation: after white space, an opening bracket
/// or the start, and before a letter (German »Der …«, British 'We …'); a straight mark
/// before a clitic ("'s", "'re", "'ll") opens nothing.
fn opens_here(chars: &[char], k: usize) -> bool {
    let before_ok = k == 0 || chars[k - 1].is_whitespace() || matches!(chars[k - 1], '(' | '[');
    let word: String = chars[k + 1..]
        .iter()
        .take_while(|c| c.is_alphabetic())
        .flat_map(|c| c.to_lowercase())
        .collect();
    let clitic = chars[k] == '\''
        && matches!(
            word.as_str(),
            "s" | "t" | "d" | "m" | "n" | "re" | "ll" | "ve" | "em" | "tis"
        );
    before_ok && !word.is_empty() && !clitic
}

/// The opening mark of the innermost quotation open at `i`, reading the text from `from`
/// (a straight double mark toggles, as `"`); `None` outside any quotation.
pub(super) fn open_quote(chars: &[char], from: usize, i: usize) -> Option<char> {
    let mut stack: Vec<char> = Vec::new();
    let mut straight = false;
    for k in from..i {
        let c = chars[k];
        let top = stack.last().copied();
        match c {
            '"' => straight = !straight,
            '“' if top == Some('„') => {
                stack.pop();
            }
            '«' if top == Some('»') => {
                stack.pop();
            }
            '»' if top == Some('«') => {
                stack.pop();
            }
            '›' if top == Some('‹') => {
                stack.pop();
            }
            '‘' if top == Some('‚') => {
                stack.pop();
            }
            '‚' => stack.push(c),
            '»' if opens_here(chars, k) => stack.push(c),
            // Swedish and Finnish ”…”: the same mark opens and closes.
            '”' if top == Some('”') => {
                stack.pop();
            }
            '”' if !matches!(top, Some('“' | '„')) && opens_here(chars, k) => stack.push(c),
            '“' | '„' | '«' | '「' | '『' | '‘' | '‹' => stack.push(c),
            '”' | '»' | '」' | '』' => {
                stack.pop();
            }
            '’' if top == Some('‘')
                && k > 0
                && !chars[k - 1].is_whitespace()
                && !between_letters(chars, k)
                && !elided(chars, k) =>
            {
                stack.pop();
            }
            '\'' if top == Some('\'')
                && !between_letters(chars, k)
                && k > 0
                && !chars[k - 1].is_whitespace() =>
            {
                stack.pop();
            }
            '\'' if opens_here(chars, k) => stack.push(c),
            _ => {}
        }
    }
    stack.last().copied().or(straight.then_some('"'))
}

/// Whether `c` at `k` closes a quotation opened with `open`: for English double marks
/// and guillemets any of `"`, `”`, `»` (as the segmenter always read them); `“` or `”`
/// after `„`; `«` after German `»`; `’` or `'` after their single opening mark (not an
/// apostrophe); `›` after `‹`.
pub(super) fn closes(chars: &[char], k: usize, open: char) -> bool {
    let c = chars[k];
    match open {
        '„' => matches!(c, '“' | '”'),
        '»' => c == '«',
        '‘' => c == '’' && !between_letters(chars, k) && !elided(chars, k),
        '\'' => c == '\'' && !between_letters(chars, k),
        '‹' => c == '›',
        '‚' => c == '‘',
        '”' => c == '”',
        _ => matches!(c, '"' | '”' | '»'),
    }
}

/// For a stop inside a quotation opened with `open`: does the quotation close later on
/// the line (before `end`) with an attribution after it: a comma before the closing mark
/// (`,"`), or a lower-case word after it, straight or after a comma (French `», a
/// déclaré`)?
pub(super) fn closes_with_attribution(chars: &[char], from: usize, end: usize, open: char) -> bool {
    let Some(i) = (from..end).find(|&i| closes(chars, i, open)) else {
        return false;
    };
    if i > 0 && chars[i - 1] == ',' {
        return true;
    }
    let skip = |mut k: usize| {
        while k < end && chars[k].is_whitespace() {
            k += 1;
        }
        k
    };
    let mut k = skip(i + 1);
    if k < end && chars[k] == ',' {
        k = skip(k + 1);
    }
    k < end && chars[k].is_lowercase()
}
