//! A run split over two workers (`schedule.rs`): when to split ([`SPLIT_PAIRS`],
//! [`cores`]), what the page keeps of each share ([`Share`]), the progress it shows (the
//! shares' sum) and the merged answer (`Suggestions::merge`, exactly one worker's).

use crate::linking::Suggestions;
use wasm_bindgen::JsValue;

/// From this many sentence pairs to score (each claim and quote span against the sentences
/// of the other articles), a run in the worker is split over two workers, each matching
/// one share of the spans. Below it one worker is about as quick: a second one must start
/// and index the articles too. 100 articles of 50 sentences with every sentence a claim:
/// 24.5 million; 12 articles of 100 sentences, every sentence a claim: 1.3 million.
pub const SPLIT_PAIRS: u64 = 1_000_000;

/// `navigator.hardwareConcurrency` (1 when the browser does not say).
pub fn cores() -> usize {
    let navigator =
        js_sys::Reflect::get(&js_sys::global(), &"navigator".into()).unwrap_or(JsValue::UNDEFINED);
    js_sys::Reflect::get(&navigator, &"hardwareConcurrency".into())
        .ok()
        .and_then(|n| n.as_f64())
        .map_or(1, |n| n.max(1.0) as usize)
}

/// One share of the run under way: the request that asks for it, the worker place that
/// computes it, and what that worker said of it so far.
pub struct Share {
    /// The request's id.
    pub id: u64,
    /// The worker place (0 or 1) it was sent to.
    pub place: usize,
    /// Which share of the spans (`part` of the run's number of shares).
    pub part: usize,
    /// Its answer, once in.
    pub answer: Option<Suggestions>,
    /// Sentences indexed, `(done, total)`, as its worker last said.
    pub indexing: (usize, usize),
    /// Spans matched, `(done, total)`, as its worker last said.
    pub progress: (usize, usize),
}

impl Share {
    /// Share `part`, just sent as request `id` to the worker at `place`.
    pub fn new(id: u64, place: usize, part: usize) -> Share {
        Share {
            id,
            place,
            part,
            answer: None,
            indexing: (0, 0),
            progress: (0, 0),
        }
    }

    /// Its answer came in: every one of its spans is matched.
    pub fn answer(&mut self, s: Suggestions) {
        let n = s.groups.len();
        self.progress = (n, n);
        self.answer = Some(s);
    }
}

/// The spans matched over the run: the sum of the shares' `(done, total)`.
pub fn progress(shares: &[Share]) -> (usize, usize) {
    shares
        .iter()
        .fold((0, 0), |(d, t), s| (d + s.progress.0, t + s.progress.1))
}

/// The sentences indexed over the run: every worker indexes all the articles, so not a
/// sum (each sentence would count twice) but the furthest behind of the shares still
/// indexing, of the whole.
pub fn indexing(shares: &[Share]) -> (usize, usize) {
    let total = shares.iter().map(|s| s.indexing.1).max().unwrap_or(0);
    let done = shares
        .iter()
        .filter(|s| s.answer.is_none())
        .map(|s| if s.indexing.1 == 0 { 0 } else { s.indexing.0 })
        .min()
        .unwrap_or(total);
    (done.min(total), total)
}

/// With every share answered: the merged answer (the shares in part order) and where it
/// was computed (`"worker"`, or `"workers"` for a split run), the run emptied. `None`
/// while a share is missing.
pub fn merged(shares: &mut Vec<Share>) -> Option<(Suggestions, &'static str)> {
    if shares.is_empty() || shares.iter().any(|s| s.answer.is_none()) {
        return None;
    }
    let engine = if shares.len() > 1 {
        "workers"
    } else {
        "worker"
    };
    shares.sort_by_key(|s| s.part);
    let answers = shares.drain(..).filter_map(|s| s.answer).collect();
    Some((Suggestions::merge(answers), engine))
}
