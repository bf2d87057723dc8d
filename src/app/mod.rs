//! The Yew app: the workspace reducer, the components, and the browser glue.
//! (Skeleton: the real implementation replaces this.)

use yew::prelude::*;

#[function_component(App)]
fn app() -> Html {
    html! { <main class="app"><h1>{ "Parallax" }</h1></main> }
}

/// Mount the app on the page's body.
pub fn start() {
    yew::Renderer::<App>::new().render();
}
