//! Entry point of the browser app: mounts it. Everything else lives in `parallax::app`.

fn main() {
    #[cfg(target_arch = "wasm32")]
    parallax::app::start();
}
