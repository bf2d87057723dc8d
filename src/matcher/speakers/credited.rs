//! Who an attribution span credits: the user drew it to its quote, so its text names who
//! is credited, whatever words it holds beside the name: a verb the speaker finder does not
//! read as speech ("Sheriff Bill Franklin spoke to reporters", "ha raccontato un vicino,
//! Gennaro Esposito"), a role ("un vicino"), a place of saying ("em nota").

use super::clause_end::preposition;
use super::find::is_speech;
use super::names::PARTICLES;
use crate::matcher::features::Prepared;
use crate::matcher::flags::joins_name;
use crate::matcher::text::Kind;

/// The speaker an attribution span at code points `start..end` of sentence `p` credits,
/// as code points of `p`: a speaker the sentence's own reading finds inside the span
/// ([`super::speakers`]: "ha detto il sindaco Corrado Cuccurullo", "according to X");
/// else the first name written in the span ([`name_run`]: "Sheriff Bill Franklin spoke to
/// reporters", "ha raccontato un vicino, Gennaro Esposito", "afirmou a mineradora Vale do
/// Ouro em nota"). `None` when it names no one (a role alone, "the mayor told reporters":
/// the caller reads its whole text).
pub(crate) fn credited(p: &Prepared, (start, end): (usize, usize)) -> Option<(usize, usize)> {
    super::speakers(p)
        .into_iter()
        .map(|(r, _)| r)
        .find(|r| start <= r.0 && r.1 <= end)
        .or_else(|| name_run(p, (start, end)))
}

/// The first name written at code points `start..end` of `p`: capitalised words (not a
/// function word, a date or a speech verb) joined as a name's are ("Bill Franklin",
/// "Jean-Pierre"), across lower-case particles ("Vale do Ouro", "Ursula von der Leyen");
/// not one right after a preposition or a particle, which tells of whom or where a role is
/// ("secretário de Meio Ambiente, Marcelo Freitas": Marcelo Freitas; "spoke to Reuters").
fn name_run(p: &Prepared, (start, end): (usize, usize)) -> Option<(usize, usize)> {
    let toks = &p.tokens;
    let chars = crate::matcher::flags::chars_of(p);
    let inside: Vec<usize> = (0..toks.len())
        .filter(|&k| start <= toks[k].start && toks[k].end <= end)
        .collect();
    let (&first, &last) = (inside.first()?, inside.last()?);
    let joined = |k: usize| joins_name(chars.get(toks[k - 1].end..toks[k].start).unwrap_or(&[]));
    let word = |k: usize| {
        let t = &toks[k];
        t.kind == Kind::Word && t.capital && !t.stop && !t.date && !is_speech(p, k)
    };
    let particle = |k: usize| !toks[k].capital && PARTICLES.contains(&toks[k].norm.as_str());
    let mut k = first;
    while k <= last {
        let after_of = k > first && (preposition(&toks[k - 1]) || particle(k - 1));
        if !word(k) || after_of {
            k += 1;
            continue;
        }
        let mut e = k;
        loop {
            if e < last && word(e + 1) && joined(e + 1) {
                e += 1;
            } else if e + 2 <= last && particle(e + 1) && word(e + 2) {
                e += 2;
            } else {
                break;
            }
        }
        return Some((toks[k].start, toks[e].end));
    }
    None
}
