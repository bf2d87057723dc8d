//! Running the `parallax` binary from the CLI tests (`tests/cli.rs`, `tests/cli_files.rs`):
//! with arguments, standard input and environment; its messages; the samples and a
//! per-process temporary directory.
#![allow(dead_code)] // each test file uses some of these

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

pub fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_parallax"))
}

pub fn run_with_stdin(args: &[&str], input: &str) -> Output {
    run_with_stdin_env(args, input, &[])
}

/// [`run_with_stdin`] with these environment variables set.
pub fn run_with_stdin_env(args: &[&str], input: &str, env: &[(&str, &str)]) -> Output {
    let mut child = bin()
        .args(args)
        .envs(env.iter().copied())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start parallax");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input.as_bytes())
        .expect("write stdin");
    child.wait_with_output().expect("wait")
}

pub fn run(args: &[&str]) -> Output {
    bin().args(args).output().expect("run parallax")
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

pub fn sample(name: &str) -> String {
    format!("{}/samples/{name}", env!("CARGO_MANIFEST_DIR"))
}

pub fn temp(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("parallax-cli-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir.join(name)
}

/// A file of tests/fixtures/class.
pub fn class_file(name: &str) -> String {
    format!("{}/tests/fixtures/class/{name}", env!("CARGO_MANIFEST_DIR"))
}

/// Each student's graded articles and strict span F1 in `parallax grade`'s JSON output `o`.
pub fn graded(o: &Output) -> Vec<(u64, f64)> {
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("grade JSON");
    v["students"]
        .as_array()
        .expect("students")
        .iter()
        .map(|s| {
            let n = s["graded_articles"].as_u64().expect("graded_articles");
            let f1 = s["spans"]["overall"]["strict"]["f1"].as_f64().expect("f1");
            (n, f1)
        })
        .collect()
}
