//! Writing a fitted constants file of the library (`eval_articles --write`,
//! `fit_context --write`): the text written, then `rustfmt` on it, so a refit with
//! unchanged data changes no byte. Training tools only.

/// Writes `text` to `path`, formats it as `cargo fmt` would and says so on stdout.
/// Errors: the file cannot be written (the message names the path). A `rustfmt` that does
/// not run is a warning on stderr, not an error.
pub fn write_formatted(path: &str, text: &str) -> Result<(), String> {
    std::fs::write(path, text).map_err(|e| format!("{path}: {e}"))?;
    let fmt = std::process::Command::new("rustfmt")
        .args(["--edition", "2021", path])
        .status();
    if !fmt.is_ok_and(|s| s.success()) {
        eprintln!("rustfmt did not run on {path}: run `cargo fmt`");
    }
    println!("wrote {path}");
    Ok(())
}
