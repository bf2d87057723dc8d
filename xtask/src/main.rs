//! Build and test tasks: `cargo xtask dist`, `cargo xtask test`.
fn main() {}
