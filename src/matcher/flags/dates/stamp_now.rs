//! A live blog's post stamp as the post's "now" (trial 49 item 4): "Thursday 09:00 – The
//! hospital *is accepting* ambulances again" tells the act on Thursday, against "began
//! accepting ambulances again on Wednesday". The stamp's weekday or date is left out of a
//! post's dates (`dates::post_time`, trial 49 F7: when a post went up is no time of a
//! report it quotes, "CEO says the group will not pay"), but an act told as going on now or
//! just done (`lexicon::NOW_TENSES`: "is accepting", "has reopened", es "ha
//! reabierto", nl "is aan het") happens at the stamp. A post that tells its own day keeps
//! that day alone ("Tuesday 12:02 – The attack was detected on Sunday").

use crate::matcher::features::Prepared;
use crate::matcher::lexicon::NOW_TENSES;
use crate::matcher::text::Kind;

/// The most tokens of a post read for its tense, from the stamp's dash ("– Emergency
/// departments of the group's three hospitals are accepting").
const REACH: usize = 12;

/// Whether the post that follows a stamp ending before token `post_end` of `p` tells its
/// act now ([`NOW_TENSES`]) and no date of its own (`own_dates`): its stamp's weekday or
/// date then dates the act.
pub(super) fn stamp_dates_the_act(p: &Prepared, post_end: usize, own_dates: bool) -> bool {
    if post_end == 0 || own_dates {
        return false;
    }
    let toks = &p.tokens;
    let end = toks.len().min(post_end + REACH);
    (post_end..end).any(|k| {
        NOW_TENSES.iter().any(|(aux, endings, between)| {
            if !aux.contains(&toks[k].norm.as_str()) {
                return false;
            }
            let next =
                (k + 1..toks.len().min(k + 4)).find(|&m| !between.contains(&toks[m].norm.as_str()));
            next.is_some_and(|m| {
                let w = &toks[m];
                let word = w.kind == Kind::Word && !w.stop && !w.proper && !w.date;
                // "het" and "train" are stop words or no content: the phrase is the tense.
                let phrase = matches!(w.norm.as_str(), "het" | "train");
                (word || phrase) && endings.iter().any(|e| w.norm.ends_with(e))
            })
        })
    })
}
