//! Attribution frames in French and Spanish (and the same shapes in Italian, Portuguese
//! and Dutch: ", disseram as autoridades", ", meldt het RIVM.", ", aldus de NVWA", "Het
//! RIVM meldt dat …"): the common shapes of news copy only, from the small word lists below.
//! Opening the sentence: "Selon X," / "D'après X," / "Según X," / "De acuerdo con X,",
//! and a reporting clause ending in its verb before a colon or "que" ("Le préfet a
//! déclaré : « … »", "Le préfet a affirmé qu'il …", "El prefecto dijo: «…»", "El
//! prefecto afirmó que …"). After a comma, at the end or interposed: ", a déclaré le
//! préfet", ", a-t-il ajouté", ", a-t-on appris", ", déclare-t-elle", ", selon la
//! police", ", dijo el prefecto", ", según la policía", ", ha detto il prefetto", ",
//! disse o prefeito". Ranges are code points of the sentence, as [`super::frames`] gives
//! them.

use super::frames::Frame;
use super::vocab::Word;
use crate::matcher::lexicon::speech;

/// Auxiliaries before a participle ("a déclaré", "ont dit", "ha dicho"), and the "t" of
/// "a-t-il".
const AUX: &[&str] = &[
    "a", "ont", "avait", "avaient", "aurait", "auraient", "t", "ha", "han", "había", "habían",
];

/// Whether `w` (lower case) is a French or Spanish preposition or conjunction: a
/// predicate never opens with one ("…, a précisé le préfet, avant de prendre la route"
/// is no subject and predicate around a frame).
pub(super) fn is_function_word(w: &str) -> bool {
    matches!(
        w,
        "avant"
            | "après"
            | "pour"
            | "dans"
            | "en"
            | "de"
            | "du"
            | "des"
            | "à"
            | "au"
            | "aux"
            | "sur"
            | "par"
            | "avec"
            | "sans"
            | "et"
            | "mais"
            | "donc"
            | "puis"
            | "lors"
            | "selon"
            | "antes"
            | "después"
            | "para"
            | "con"
            | "sin"
            | "por"
            | "y"
            | "pero"
            | "desde"
            | "hasta"
            | "tras"
            | "según"
            | "que"
            | "qui"
    )
}

/// Whether `w` (lower case) is a French, Spanish, Italian, Portuguese or Dutch speech verb
/// of an attribution (`lexicon/speech.rs`, the lists the speaker finder reads too).
fn speech(w: &str) -> bool {
    speech::is_romance(w) || speech::is_dutch(w) || speech::is_present_report(w)
}

/// Whether word `v` of `lower` (the words of a sentence, lower case) is a speech verb of
/// an attribution: one word ([`speech`]), or the last of a speech verb of two ("a fait
/// *savoir*", "liet de burgemeester *weten*": `speech::ends_two_word_speech`; trial 44).
fn speech_at(lower: &[String], v: usize) -> bool {
    let before: Vec<&str> = lower[v.saturating_sub(4)..v]
        .iter()
        .map(String::as_str)
        .collect();
    speech(&lower[v]) || speech::ends_two_word_speech(&lower[v], &before)
}

/// Whether word `a` of `lower` opens a verb of two words ("*fit* savoir", "*liet* … weten":
/// `lexicon::speech`), as an auxiliary opens "a déclaré".
fn opens_two_words(lower: &[String], a: usize) -> bool {
    let w = lower[a].as_str();
    speech::FRENCH_MAKE.contains(&w) || speech::DUTCH_LET.contains(&w)
}

/// Whether a word (lower case, as written) is "d'après".
fn d_apres(w: &str) -> bool {
    w == "d'après" || w == "d\u{2019}après"
}

/// Runs of words between commas, colons, semicolons, dashes, brackets and quotation
/// marks: word indices `a..b`, with whether a colon ends the run.
fn segments(sentence: &[char], words: &[Word]) -> Vec<(usize, usize, bool)> {
    let cut = |c: char| {
        matches!(
            c,
            ',' | ';'
                | ':'
                | '('
                | ')'
                | '\u{2014}'
                | '\u{2013}'
                | '"'
                | '\u{ab}'
                | '\u{bb}'
                | '\u{201c}'
                | '\u{201d}'
        )
    };
    super::foreign::runs(sentence, words, cut)
}

/// `chars` in lower case, as `str::to_lowercase` gives it: ASCII text lowered in one
/// pass (one string built, not two).
fn lower_text(chars: &[char]) -> String {
    if chars.iter().all(char::is_ascii) {
        chars.iter().map(char::to_ascii_lowercase).collect()
    } else {
        chars.iter().collect::<String>().to_lowercase()
    }
}

/// The French, Spanish, Italian and Portuguese frames of `sentence`; empty when there is
/// none.
pub(super) fn frames(sentence: &[char], words: &[Word]) -> Vec<Frame> {
    let n = words.len();
    let lower: Vec<String> = words
        .iter()
        .map(|w| lower_text(&sentence[w.start..w.end]))
        .collect();
    let segs = segments(sentence, words);
    let mut out = Vec::new();
    let Some(&(_, first_end, colon)) = segs.first() else {
        return out;
    };
    // "Selon la police, …" / "D'après le préfet, …" / "Según la policía, …".
    // "De acuerdo con" (Spanish), "de acordo com" (Portuguese).
    let agreed = |a: usize| {
        lower[a] == "de"
            && lower
                .get(a + 1)
                .is_some_and(|w| w == "acuerdo" || w == "acordo")
            && lower.get(a + 2).is_some_and(|w| w == "con" || w == "com")
    };
    let according = |a: usize| {
        speech::is_romance_according(&lower[a])
            || speech::is_dutch_according(&lower[a])
            || d_apres(&lower[a])
            || agreed(a)
    };
    if segs.len() > 1 && according(0) && (2..=10).contains(&first_end) && n - first_end >= 3 {
        // "Selon le préfet de l'Isère, Jean Dupont, …": a name in apposition goes with it.
        let upper = |j: usize| {
            sentence[words[j].start..words[j].end]
                .first()
                .is_some_and(|c| c.is_uppercase())
        };
        let end = match segs.get(1) {
            Some(&(a, b, _)) if segs.len() > 2 && b - a <= 4 && (a..b).all(upper) => b,
            _ => first_end,
        };
        out.push(Frame {
            start: words[0].start,
            end: words[end - 1].end,
            introduces: true,
        });
    } else if let Some(v) = (1..first_end.min(10)).find(|&v| speech_at(&lower, v)) {
        // "Le préfet a déclaré : « … »" / "Le préfet a affirmé qu'il …" / "El prefecto
        // dijo que …": the reporting clause up to the colon or "que".
        let que = (v + 1..first_end.min(v + 7)).find(|&q| {
            matches!(lower[q].as_str(), "que" | "che" | "dat")
                || lower[q].starts_with("qu'")
                || lower[q].starts_with("qu\u{2019}")
        });
        let end = match que {
            // "qu'il": the frame ends after the apostrophe.
            Some(q) if !matches!(lower[q].as_str(), "que" | "che" | "dat") => {
                Some((words[q].start + 3, q + 1))
            }
            Some(q) => Some((words[q].end, q + 1)),
            None if colon && first_end <= v + 4 && segs.len() > 1 => {
                Some((words[first_end - 1].end, first_end))
            }
            None => None,
        };
        if let Some((end, _)) = end.filter(|&(_, c)| n.saturating_sub(c) >= 3) {
            out.push(Frame {
                start: words[0].start,
                end,
                introduces: true,
            });
        }
    }
    // ", a déclaré le préfet." / ", a-t-il ajouté" / ", dijo el prefecto" / ", selon X".
    for (k, &(a, b, _)) in segs.iter().enumerate().skip(1) {
        let len = b - a;
        let last = k + 1 == segs.len();
        let after_quote = sentence[words[a - 1].end..words[a].start]
            .iter()
            .any(|&c| matches!(c, '"' | '\u{bb}' | '\u{201d}' | '\u{ab}' | '\u{201c}'));
        // After a quotation, the last segment is all attribution, however long: ", a
        // déclaré le préfet de l'Isère Jean Dupont lors d'une conférence de presse".
        if len > if after_quote && last { 20 } else { 10 } {
            continue;
        }
        let opens =
            AUX.contains(&lower[a].as_str()) || speech(&lower[a]) || opens_two_words(&lower, a);
        // "liet de burgemeester van Rotterdam weten": the second word anywhere after the
        // first.
        let reach = match opens_two_words(&lower, a) {
            true => b,
            false => b.min(a + 4),
        };
        let verb = (a..reach).find(|&v| speech_at(&lower, v));
        let frame = if according(a) {
            len >= 2
        } else {
            // A subject besides the verb and its auxiliary: "le préfet", "-t-il"; Spanish
            // drops it: "«…», añadió."
            opens
                && verb.is_some_and(|v| {
                    (a..b).any(|j| {
                        j != v && !AUX.contains(&lower[j].as_str()) && !opens_two_words(&lower, j)
                    }) || (last && len == 1 && speech::SPANISH.contains(&lower[v].as_str()))
                })
        };
        // Before it, a clause of its own (at least three words, or a quotation).
        let before = segs[..k].iter().map(|s| s.1 - s.0).sum::<usize>();
        if !frame || before < if after_quote { 1 } else { 3 } {
            continue;
        }
        // After a quotation, the rest of the sentence goes with the speaker when it holds
        // no other quotation and is short: "« … », a déclaré le préfet de l'Isère, Jean
        // Dupont, lors d'une conférence de presse."
        let rest = &sentence[words[b - 1].end..];
        let end = if after_quote
            && !last
            && n - b <= 15
            && !rest
                .iter()
                .any(|&c| matches!(c, '"' | '\u{ab}' | '\u{bb}' | '\u{201c}' | '\u{201d}'))
        {
            words[n - 1].end
        } else {
            words[b - 1].end
        };
        out.push(Frame {
            start: words[a].start,
            end,
            introduces: false,
        });
        if end == words[n - 1].end {
            break;
        }
    }
    out
}
