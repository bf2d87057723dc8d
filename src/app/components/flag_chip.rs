//! One discrepancy flag drawn as a chip (`jeep ≠ truck`), the same on a suggestion card
//! and on an accepted link; the softer, vague kind is dashed (`flag-vague`). What the
//! colour, the dashes and the tooltip show is also said in words for a screen reader.

use yew::prelude::*;

/// The chip for a flag of slot `kind` (`number`, `date`, ...) whose values are `a` and
/// `b`; `vague` for the softer kind (`model::types::softer_note`: the figures' wording, or
/// the cause's and the place's own).
///
/// The chip's kind and its softness are in its class (colour, dashes) and `title`, which a
/// screen reader does not read (trial 51, 6c: "caused ≠ may have caused" sounded like the
/// solid "2019 ≠ 2021"). A visually hidden text before the chip says them ("number, loosely
/// told, both may be true:", "date differs:"); the chip's own text stays the two values.
pub fn flag_chip(kind: &str, a: &str, b: &str, vague: bool) -> Html {
    let (title, spoken) = if vague {
        (
            format!("{kind}: {}", crate::model::types::softer_note(kind)),
            format!("{kind}, {}: ", crate::model::types::softer_short(kind)),
        )
    } else {
        (format!("{kind} differs"), format!("{kind} differs: "))
    };
    html! {
        <>
            <span class="visually-hidden">{ spoken }</span>
            <span class={classes!("flag", format!("flag-{kind}"), vague.then_some("flag-vague"))} {title}>
                { format!("{a} \u{2260} {b}") }
            </span>
        </>
    }
}
