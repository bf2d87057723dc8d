//! Build and test tasks for Parallax, run as `cargo xtask <task>`.
//!
//! - `dist`: install what is missing, build the app with Trunk (release, offline), optimise
//!   the wasm with wasm-opt, and write `dist/parallax.html` with JS, WASM and CSS inlined.
//! - `test`: install what is missing, then run clippy with warnings as errors (native and
//!   wasm32) and every test: native (`cargo test`), Python (our exports read by the peers'
//!   own packages), wasm in headless Chromium (wasm-bindgen-test), and end-to-end on the
//!   built file (Playwright in Chromium, puppeteer-core in Firefox ESR).
//! - `setup`: only install what is missing.
//!
//! Every tool is installed only if it is not already there at the right version. Each task
//! first checks the free disk space (`disk.rs`): a full disk is refused with what to do.

mod disk;
mod inline;
mod setup;

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

/// The error type of every task: a message saying what failed and what to do.
pub type Result<T> = std::result::Result<T, String>;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let task = args.first().map(String::as_str).unwrap_or("help");
    let result = match task {
        "dist" => dist().map(|path| println!("{}", path.display())),
        "test" => test(&args[1..]),
        "setup" => setup::all(&root()).map(|_| ()),
        _ => {
            eprintln!(
                "usage: cargo xtask <task>\n\n  dist   build dist/parallax.html (one self-contained file)\n  \
                 test   run every test: native, wasm in headless Chromium, end-to-end\n          \
                 (--skip-e2e / --skip-wasm to leave a part out while developing)\n  \
                 setup  install the tools the other tasks need"
            );
            return if task == "help" || task == "--help" {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(2)
            };
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("xtask {task}: {message}");
            ExitCode::FAILURE
        }
    }
}

/// The repository root: the parent of the xtask crate that `cargo run` is running (read at
/// run time, so a binary built from another checkout cannot point elsewhere).
pub fn root() -> PathBuf {
    let here = std::env::var_os("CARGO_MANIFEST_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")));
    here.parent().map(Path::to_path_buf).unwrap_or(here)
}

/// Run a command, echoing it; an error names the command when it fails.
pub fn run(cmd: &mut Command) -> Result<()> {
    eprintln!("xtask: running {}", describe(cmd));
    let status = cmd
        .status()
        .map_err(|e| format!("could not start {}: {e}", describe(cmd)))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!(
            "{} failed ({status}){}",
            describe(cmd),
            disk::hint_if_full(&root())
        ))
    }
}

/// Run a command and return its standard output, or `None` if it cannot run or fails.
pub fn output(cmd: &mut Command) -> Option<String> {
    let out = cmd.output().ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

fn describe(cmd: &Command) -> String {
    let mut s = cmd.get_program().to_string_lossy().into_owned();
    for a in cmd.get_args() {
        s.push(' ');
        s.push_str(&a.to_string_lossy());
    }
    s
}

/// Build `dist/parallax.html`; returns its path.
fn dist() -> Result<PathBuf> {
    let root = root();
    disk::check(&root, "dist", disk::DIST_NEEDS)?;
    let tools = setup::build_tools(&root)?;
    let trunk_dist = root.join("target").join("trunk-dist");
    run(Command::new(&tools.trunk)
        .args(["build", "--release", "--offline", "--dist"])
        .arg(&trunk_dist)
        .current_dir(&root)
        .env("PATH", setup::path_with(&tools.bin_dirs)))?;
    let out = inline::bundle(&trunk_dist, &root.join("dist"), tools.wasm_opt.as_deref())?;
    let size = std::fs::metadata(&out).map(|m| m.len()).unwrap_or(0);
    eprintln!(
        "xtask: wrote {} ({:.2} MB)",
        out.display(),
        size as f64 / 1_000_000.0
    );
    Ok(out)
}

/// Run every test suite. Stops at the first failing suite.
fn test(flags: &[String]) -> Result<()> {
    let root = root();
    let skip = |f: &str| flags.iter().any(|a| a == f);
    disk::check(&root, "test", disk::TEST_NEEDS)?;
    let tools = setup::all(&root)?;
    let path = setup::path_with(&tools.build.bin_dirs);

    eprintln!("\nxtask: == clippy (native and wasm32), warnings as errors ==");
    run(Command::new("cargo")
        .args([
            "clippy",
            "--workspace",
            "--all-targets",
            "--",
            "-D",
            "warnings",
        ])
        .current_dir(&root))?;
    // The native-only tests (proptest) do not build for wasm32: lint the library, the app
    // and the browser tests there.
    run(Command::new("cargo")
        .args([
            "clippy",
            "--target",
            "wasm32-unknown-unknown",
            "-p",
            "parallax",
            "--lib",
            "--bins",
            "--test",
            "browser",
            "--",
            "-D",
            "warnings",
        ])
        .current_dir(&root))?;

    eprintln!("\nxtask: == native tests ==");
    run(Command::new("cargo")
        .args(["test", "--workspace"])
        .current_dir(&root))?;

    eprintln!("\nxtask: == Python tests: our exports read by the peers' own code ==");
    // They run the CLI, so build it first; PARALLAX_BIN tells them where it is.
    run(Command::new("cargo")
        .args(["build", "--bin", "parallax"])
        .current_dir(&root))?;
    run(Command::new(&tools.python)
        .args(["-m", "pytest", "-q", "tests/python"])
        .current_dir(&root)
        .env(
            "PARALLAX_BIN",
            root.join("target").join("debug").join("parallax"),
        ))?;

    if !skip("--skip-wasm") {
        eprintln!("\nxtask: == wasm tests in headless Chromium ==");
        run(Command::new("cargo")
            .args([
                "test",
                "--target",
                "wasm32-unknown-unknown",
                "--test",
                "browser",
            ])
            .current_dir(&root)
            .env("PATH", &path)
            .env("CHROMEDRIVER", &tools.chromedriver)
            .env("WASM_BINDGEN_TEST_TIMEOUT", "120"))?;
    }

    if !skip("--skip-e2e") {
        let html = dist()?;
        eprintln!("\nxtask: == end-to-end tests (Playwright, file://) ==");
        run(Command::new("node")
            .args(["--test", "--test-concurrency=1", "--test-reporter=spec"])
            .current_dir(root.join("tests").join("e2e"))
            .env("PARALLAX_HTML", &html)
            .env("CHROMIUM", &tools.chromium)
            .env("FIREFOX", &tools.firefox))?;
    }
    eprintln!("\nxtask: all tests passed");
    Ok(())
}
