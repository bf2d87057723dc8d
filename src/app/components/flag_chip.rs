//! One discrepancy flag drawn as a chip (`jeep ≠ truck`), the same on a suggestion card
//! and on an accepted link; the softer, vague kind is dashed (`flag-vague`).

use yew::prelude::*;

/// The chip for a flag of slot `kind` (`number`, `date`, ...) whose values are `a` and
/// `b`; `vague` for the softer kind (`model::types::softer_note`: the figures' wording, or
/// the cause's and the place's own).
pub fn flag_chip(kind: &str, a: &str, b: &str, vague: bool) -> Html {
    let title = if vague {
        format!("{kind}: {}", crate::model::types::softer_note(kind))
    } else {
        format!("{kind} differs")
    };
    html! {
        <span class={classes!("flag", format!("flag-{kind}"), vague.then_some("flag-vague"))} {title}>
            { format!("{a} \u{2260} {b}") }
        </span>
    }
}
