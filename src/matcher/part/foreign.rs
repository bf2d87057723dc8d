//! Attribution frames in Chinese, German, Arabic and Japanese: the common shapes only,
//! from the small word lists in `vocab.rs`. Chinese is read by clauses (between `，` `,`
//! `：` `；`): a first clause "据X称" / "据新华社报道" / "据悉" or a short "警方说", and the
//! same as the last clause. Japanese: a first clause ending "によると," / "によれば,".
//! German: "Laut X" and "Nach Angaben X" before the finite verb, "Wie X mitteilte," and
//! "X sagte," opening the sentence, ", sagte X" (", sagte er") / ", teilte X mit" / ", so X" after a
//! clause. Arabic: "بحسب X،" opening or ending the sentence, and "قال X إن" opening it.
//! Ranges are code points of the sentence, as [`super::frames`] gives them.

use super::frames::Frame;
use super::vocab::{
    Word, AR_ACCORDING, AR_SAID, AR_THAT, DE_ARTICLES, JA_ACCORDING, ZH_HEARSAY, ZH_NOT_SPEECH,
    ZH_SPEECH,
};

/// The frames of `sentence` in one of the three languages; empty when there is none.
pub(super) fn frames(sentence: &[char], words: &[Word]) -> Vec<Frame> {
    let zh = chinese(sentence);
    if !zh.is_empty() {
        return zh;
    }
    // Each word's text, read only where a rule asks (most sentences are neither).
    let surface = Surface { sentence, words };
    let segs = segments(sentence, words);
    let de = german(sentence, words, &surface, &segs);
    if !de.is_empty() {
        return de;
    }
    arabic(words, &surface, &segs)
}

/// The words' texts as written in the sentence, each read when asked for.
struct Surface<'a> {
    sentence: &'a [char],
    words: &'a [Word],
}

impl Surface<'_> {
    /// The code points of word `i` (panics for no such word, as indexing does).
    fn chars(&self, i: usize) -> &[char] {
        let w = &self.words[i];
        &self.sentence[w.start..w.end]
    }

    /// Whether word `i` is written `text`.
    fn is(&self, i: usize, text: &str) -> bool {
        self.chars(i).iter().copied().eq(text.chars())
    }

    /// Whether word `i` starts with a capital.
    fn upper(&self, i: usize) -> bool {
        self.chars(i).first().is_some_and(|c| c.is_uppercase())
    }

    /// Word `i` in lower case.
    fn lower(&self, i: usize) -> String {
        self.chars(i).iter().collect::<String>().to_lowercase()
    }
}

/// Runs of words between commas, colons and semicolons (Latin, Arabic, full-width): word
/// indices `a..b`.
fn segments(sentence: &[char], words: &[Word]) -> Vec<(usize, usize)> {
    let cut = |c: char| {
        matches!(
            c,
            ',' | ';' | ':' | '\u{60c}' | '\u{61b}' | '\u{ff0c}' | '\u{ff1a}' | '\u{ff1b}'
        )
    };
    runs(sentence, words, cut)
        .into_iter()
        .map(|(a, b, _)| (a, b))
        .collect()
}

/// Runs of words of `sentence` that no `cut` character separates: word indices `a..b`,
/// with whether a colon ends the run (the text between the run and the next one holds
/// one).
pub(super) fn runs(
    sentence: &[char],
    words: &[Word],
    cut: impl Fn(char) -> bool,
) -> Vec<(usize, usize, bool)> {
    let mut out: Vec<(usize, usize, bool)> = Vec::new();
    for i in 0..words.len() {
        let gap = if i == 0 {
            &[][..]
        } else {
            &sentence[words[i - 1].end..words[i].start]
        };
        let split = gap.iter().any(|&c| cut(c));
        if split {
            if let Some(last) = out.last_mut() {
                last.2 = gap.contains(&':');
            }
        }
        match out.last_mut() {
            Some(s) if !split => s.1 = i + 1,
            _ => out.push((i, i + 1, false)),
        }
    }
    out
}

/// Whether a Chinese clause only says who said it.
fn zh_frame(clause: &str) -> bool {
    let n = clause.chars().count();
    let speech = ZH_SPEECH.iter().any(|v| clause.ends_with(v))
        && !ZH_NOT_SPEECH.iter().any(|v| clause.ends_with(v))
        && !clause.contains(['不', '没', '未']);
    let han = clause
        .chars()
        .any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
    han && (ZH_HEARSAY.contains(&clause)
        || (clause.starts_with('据')
            && n <= 30
            && (speech || ZH_SOURCES.iter().any(|v| clause.ends_with(v)))))
        || (n <= 12 && speech)
}

/// What a "据X" clause may end with besides a speech verb: the source named as a
/// document ("据上海市交通委员会周二发布的报告", "据警方通报").
const ZH_SOURCES: &[&str] = &[
    "消息", "报告", "通报", "声明", "公告", "统计", "数据", "调查",
];

/// Japanese "警察によると、...": the first clause (up to 、 or ，) ending with "によると" or
/// "によれば".
fn japanese(sentence: &[char]) -> Vec<Frame> {
    let Some(comma) = sentence
        .iter()
        .position(|&c| matches!(c, '\u{3001}' | '\u{ff0c}'))
    else {
        return Vec::new();
    };
    let clause: String = sentence[..comma].iter().collect();
    let clause = clause.trim_end();
    let rest = sentence[comma..]
        .iter()
        .filter(|c| c.is_alphanumeric())
        .count();
    let start = sentence.iter().take_while(|c| c.is_whitespace()).count();
    if rest >= 3 && JA_ACCORDING.iter().any(|v| clause.ends_with(v)) && start < comma {
        return vec![Frame {
            start,
            end: start + clause.trim_start().chars().count(),
            introduces: true,
        }];
    }
    Vec::new()
}

fn chinese(sentence: &[char]) -> Vec<Frame> {
    let ja = japanese(sentence);
    if !ja.is_empty() {
        return ja;
    }
    // Clauses as code point ranges, without the final 。！？ and white space.
    let mut clauses: Vec<(usize, usize)> = Vec::new();
    let mut start = 0;
    for (i, &c) in sentence.iter().enumerate() {
        if matches!(c, '\u{ff0c}' | ',' | '\u{ff1a}' | ':' | '\u{ff1b}' | ';') {
            clauses.push((start, i));
            start = i + 1;
        }
    }
    clauses.push((start, sentence.len()));
    if clauses.len() < 2 {
        return Vec::new();
    }
    let mark = |c: char| "\"\u{201c}\u{201d}\u{300c}\u{300d}\u{300e}\u{300f}".contains(c);
    let trimmed = |(mut a, mut b): (usize, usize)| {
        while a < b && (sentence[a].is_whitespace() || mark(sentence[a])) {
            a += 1;
        }
        while b > a
            && (sentence[b - 1].is_whitespace()
                || matches!(
                    sentence[b - 1],
                    '\u{3002}' | '\u{ff01}' | '\u{ff1f}' | '.' | '!' | '?'
                ))
        {
            b -= 1;
        }
        (a, b)
    };
    let text = |(a, b): (usize, usize)| sentence[a..b].iter().collect::<String>();
    let content = |(a, b): (usize, usize)| {
        sentence[a..b]
            .iter()
            .filter(|c| c.is_alphanumeric())
            .count()
            >= 3
    };
    let first = trimmed(clauses[0]);
    let last = trimmed(clauses[clauses.len() - 1]);
    if first.0 < first.1 && zh_frame(&text(first)) && content((first.1, sentence.len())) {
        return vec![Frame {
            start: first.0,
            end: first.1,
            introduces: true,
        }];
    }
    if last.0 < last.1 && zh_frame(&text(last)) && content((0, last.0)) {
        return vec![Frame {
            start: last.0,
            end: last.1,
            introduces: false,
        }];
    }
    Vec::new()
}

fn german(
    sentence: &[char],
    words: &[Word],
    surface: &Surface,
    segs: &[(usize, usize)],
) -> Vec<Frame> {
    let n = words.len();
    let upper = |i: usize| surface.upper(i);
    let lower = |i: usize| surface.lower(i);
    let speech = |i: usize| {
        use crate::matcher::lexicon::speech::{is_present_report, GERMAN};
        GERMAN.contains(&lower(i).as_str()) || is_present_report(&lower(i))
    };
    let Some(&(_, first_end)) = segs.first() else {
        return Vec::new();
    };
    // "Laut (einem Bericht der) Polizei war ...", "Nach Angaben der Polizei war ...".
    let x = if n > 0 && surface.is(0, "Laut") {
        Some(1)
    } else if n > 1 && surface.is(0, "Nach") && lower(1).ends_with("angaben") {
        Some(2)
    } else {
        None
    };
    if let Some(x) = x {
        let mut j = x;
        while j < first_end && (upper(j) || DE_ARTICLES.contains(&lower(j).as_str())) {
            j += 1;
        }
        let named = (x..j).any(upper) || x == 2;
        // The finite verb (or, after a comma, the clause) follows.
        let content = (j == first_end || !upper(j)).then_some(j);
        if let Some(content) = content.filter(|&c| named && c > 0 && c < n && n - c >= 3) {
            return vec![Frame {
                start: words[0].start,
                end: words[content - 1].end,
                introduces: true,
            }];
        }
    }
    // "Wie die Polizei mitteilte, ..." / "Die Polizei sagte, ..." / "... teilte mit, ...".
    if segs.len() > 1 && n - first_end >= 3 && first_end <= 8 {
        let last = first_end - 1;
        let verb = speech(last)
            || (lower(last) == "mit" && (0..last).any(|i| lower(i).starts_with("teilte")));
        if verb && (surface.is(0, "Wie") || first_end <= 6) && last > 0 {
            // "Die Polizei bestätigt, dass …": "dass" is the frame's (trial 55).
            let that = matches!(lower(first_end).as_str(), "dass" | "daß");
            return vec![Frame {
                start: words[0].start,
                end: words[if that { first_end } else { last }].end,
                introduces: true,
            }];
        }
    }
    // ", sagte die Polizei." / ", teilte die Polizei am Montag mit." / ", so die Polizei."
    let mut out = Vec::new();
    for (k, &(a, b)) in segs.iter().enumerate().skip(1) {
        let len = b - a;
        let verb = lower(a);
        // After a quotation, the last segment is all attribution: ", sagte der Präfekt
        // des Departements Isère Jean Dupont am Mittwoch in Grenoble."
        let after_quote = k + 1 == segs.len()
            && sentence[words[a - 1].end..words[a].start]
                .iter()
                .any(|&c| matches!(c, '\u{201c}' | '\u{201d}' | '\u{ab}' | '\u{bb}' | '"'));
        let longest = if after_quote { 20 } else { 6 };
        let ok = match verb.as_str() {
            "teilte" | "teilten" => lower(b - 1) == "mit" && len <= 8,
            // "so die Polizei" (an English ", so Smith left" is no frame).
            "so" => (2..=4).contains(&len) && DE_ARTICLES.contains(&lower(a + 1).as_str()),
            "laut" => {
                (2..=4).contains(&len)
                    && (upper(a + 1) || DE_ARTICLES.contains(&lower(a + 1).as_str()))
            }
            // ", sagte der Präfekt." / ", sagte er."
            _ => {
                speech(a)
                    && (2..=longest).contains(&len)
                    && (a + 1..b).any(|j| upper(j) || matches!(lower(j).as_str(), "er" | "sie"))
            }
        };
        if ok && !upper(a) {
            out.push(Frame {
                start: words[a].start,
                end: words[b - 1].end,
                introduces: false,
            });
        }
    }
    out
}

fn arabic(words: &[Word], surface: &Surface, segs: &[(usize, usize)]) -> Vec<Frame> {
    let n = words.len();
    let is = |i: usize, list: &[&str]| list.iter().any(|w| surface.is(i, w));
    let mut out = Vec::new();
    for (k, &(a, b)) in segs.iter().enumerate() {
        let leading = k == 0 && segs.len() > 1 && n - b >= 3;
        let trailing = k > 0 && k + 1 == segs.len();
        if (leading || trailing) && b - a >= 2 && b - a <= 8 && is(a, AR_ACCORDING) {
            out.push(Frame {
                start: words[a].start,
                end: words[b - 1].end,
                introduces: leading,
            });
        }
    }
    // "قالت الشرطة إن ..." (the police said that ...).
    if out.is_empty() && n > 0 && is(0, AR_SAID) {
        let end = segs.first().map_or(n, |s| s.1).min(8);
        if let Some(t) = (2..end).find(|&i| is(i, AR_THAT)) {
            if n - t > 3 {
                out.push(Frame {
                    start: words[0].start,
                    end: words[t].end,
                    introduces: true,
                });
            }
        }
    }
    out
}
