//! Folding tokens together after the first cut: number words with scale words ("twenty
//! five", "1.8 billion", "five hundred"), "two and a half", and two-word aliases ("United
//! States").

use super::*;

/// Nouns of what a length measures, lower case, in the languages the matcher reads:
/// "waves of 6 m", "olas de hasta 6 m", "a 6 m wall".
const LENGTH_NOUNS: &[&str] = &[
    "wave",
    "waves",
    "swell",
    "swells",
    "surge",
    "surges",
    "wall",
    "walls",
    "height",
    "depth",
    "length",
    "tsunami",
    "crest",
    "olas",
    "ola",
    "oleaje",
    "altura",
    "profundidad",
    "longitud",
    "vagues",
    "houle",
    "hauteur",
    "profondeur",
    "longueur",
    "wellen",
    "welle",
    "höhe",
    "hohe",
    "tiefe",
    "länge",
    "lange",
    "onde",
    "onda",
    "altezza",
    "profondità",
    "profondita",
    "lunghezza",
    "ondas",
    "profundidade",
    "comprimento",
    "golven",
    "golf",
    "hoogte",
    "diepte",
    "lengte",
];

/// Words right after a length that say what it measures, lower case: "6 m high", "12 m
/// deep", "6 m de haut", "3 m hoch".
const LENGTH_AFTER: &[&str] = &[
    "high",
    "tall",
    "deep",
    "long",
    "wide",
    "thick",
    "above",
    "below",
    "underground",
    "underwater",
    "haut",
    "haute",
    "hautes",
    "hauts",
    "profond",
    "profonde",
    "hoch",
    "tief",
    "lang",
    "breit",
    "alto",
    "alta",
    "altos",
    "altas",
    "profundo",
    "profunda",
    "hoog",
    "diep",
];

/// Whether a figure followed by "m" ("6 m", "12m") is a length in metres, not millions:
/// a length noun among the four words before the figure (`before`, the tokens up to it)
/// or right after the "m" (`after`, the tokens after it), or a word of what a length
/// measures right after it ("6 m high", "6 m de altura"). "$6m", "6m people", "€2m" stay
/// millions.
pub(crate) fn metres_around(before: &[Token], after: &[Token]) -> bool {
    let noun = |t: &Token| LENGTH_NOUNS.contains(&t.norm.as_str());
    let first = after.first();
    let measured = first.is_some_and(|n| LENGTH_AFTER.contains(&n.norm.as_str()) || noun(n))
        || (first.is_some_and(|n| matches!(n.norm.as_str(), "de" | "in" | "of"))
            && after.get(1).is_some_and(noun));
    measured || before.iter().rev().take(4).any(noun)
}

/// Fold number words with scale words ("twenty five", "1.8 billion", "five hundred") and
/// two-word aliases ("United States"), in place; `aux` runs beside `toks`.
pub(super) fn fold(toks: &mut Vec<Token>, aux: &mut Vec<Aux>) {
    let mut w = 0; // toks[..w] are the folded tokens; toks[w..r] were folded into them
    let mut absorb = 0; // tokens still to fold into toks[w - 1] ("a half" of "two and a half")
    for r in 0..toks.len() {
        if absorb > 0 {
            absorb -= 1;
            toks[w - 1].end = toks[r].end;
            continue;
        }
        if w > 0 {
            let (head, tail) = toks.split_at_mut(r);
            let (earlier, head) = head.split_at_mut(w - 1);
            let (prev, t, t_scale) = (&mut head[0], &tail[0], aux[r].scale);
            if let Kind::Number(pv) = prev.kind {
                // "two and a half": 2.5, "one and a half thousand": 1500.
                let and_a_half = t.norm == "and"
                    && pv.fract() == 0.0
                    && tail.get(1).is_some_and(|x| x.norm == "a")
                    && tail.get(2).is_some_and(|x| x.norm == "half");
                if and_a_half {
                    prev.kind = Kind::Number(pv + 0.5);
                    prev.end = t.end;
                    absorb = 2;
                    continue;
                }
                if let Some(s) = t_scale {
                    // "6 m" is six metres beside a length ("waves of 6 m", "6 m high";
                    // trial 38 F4: read as six million, never compared with feet).
                    // (An "m" written longer than one code point is no scale either.)
                    let unit_m = t.norm == "m"
                        && (t.end - t.start > 1 || metres_around(earlier, &tail[1..]));
                    if !unit_m {
                        prev.kind = Kind::Number(pv * s);
                        prev.end = t.end;
                        continue;
                    }
                }
                if let Kind::Number(v) = t.kind {
                    // twenty five; never a figure and a word ("20:40 Nine people …", a live
                    // blog's stamp and the post's first word, was read 49: trial 51).
                    let digits = |x: &Token| x.norm.starts_with(|c: char| c.is_ascii_digit());
                    let tens = (20.0..100.0).contains(&pv) && pv % 10.0 == 0.0 && !digits(prev);
                    let word = !digits(t);
                    // "2 ½": a whole figure and a vulgar fraction (written "1⁄2" once
                    // normalised).
                    let fraction = t.norm.contains('\u{2044}') && v < 1.0 && pv.fract() == 0.0;
                    if (tens && (1.0..10.0).contains(&v) && word) || fraction {
                        prev.kind = Kind::Number(pv + v);
                        prev.end = t.end;
                        continue;
                    }
                }
            }
            // (Every first word of an alias starts with 'e' or 'u'.)
            let maybe = matches!(prev.norm.as_bytes().first(), Some(b'e' | b'u'));
            if let Some(&(_, _, canon)) = ALIASES
                .iter()
                .filter(|_| maybe)
                .find(|(a, b, _)| *a == prev.norm && *b == t.norm)
            {
                prev.norm = canon.to_string();
                prev.end = t.end;
                prev.proper = true;
                prev.stop = false;
                aux[w - 1].fresh = false;
                continue;
            }
        }
        // "a dozen" etc. keep the number; bare scale words ("hundreds") are vague.
        if toks[r].kind == Kind::Word && aux[r].scale.is_some() && toks[r].norm.len() > 2 {
            toks[r].kind = Kind::Vague;
            aux[r].fresh = false;
        }
        if w != r {
            toks.swap(w, r);
            aux.swap(w, r);
        }
        w += 1;
    }
    toks.truncate(w);
    aux.truncate(w);
}
