//! [`Deferred`]: renders its children only from a step after its own first render (a
//! turn of [`crate::app::steps`], after a frame), so a large view that appears at once
//! (the side panel when a workspace is loaded, the unlabelled matches when the first
//! results arrive) is built and laid out in a task and a frame of its own instead of
//! adding to the one that shows the rest.

use crate::app::steps;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DeferredProps {
    /// What to render once the first frame has been drawn.
    pub children: Html,
    /// Render `children` at once instead (read at the first render only).
    #[prop_or_default]
    pub now: bool,
}

/// Nothing on the first render (unless `now`); `children` from its step on (and on every
/// later render: only the first appearance waits).
#[function_component(Deferred)]
pub fn deferred(props: &DeferredProps) -> Html {
    let ready = use_state_eq(|| props.now);
    {
        let ready = ready.clone();
        use_effect_with((), move |_| {
            let step = (!*ready).then(|| steps::queue_step(move || ready.set(true)));
            move || drop(step)
        });
    }
    if *ready {
        props.children.clone()
    } else {
        html! {}
    }
}
