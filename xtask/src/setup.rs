//! Install what the build and the tests need, skipping what is already there:
//! the wasm32 target, Trunk 0.21, wasm-bindgen-cli at the version in Cargo.lock, wasm-opt
//! (npm `binaryen`), Debian's Chromium, ChromeDriver and Firefox ESR, and the e2e npm packages.
//! Nothing is downloaded except from package registries.

use crate::{output, run, Result};
use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Tools for `dist`.
pub struct BuildTools {
    pub trunk: PathBuf,
    /// wasm-opt, if binaryen could be installed (the build works without it, larger).
    pub wasm_opt: Option<PathBuf>,
    /// Folders to put first on PATH so Trunk finds our wasm-bindgen.
    pub bin_dirs: Vec<PathBuf>,
}

/// Tools for `test`.
pub struct TestTools {
    pub build: BuildTools,
    pub chromium: PathBuf,
    pub chromedriver: PathBuf,
    pub firefox: PathBuf,
    /// The test venv's python (see [`python_env`]).
    pub python: PathBuf,
}

fn cargo_bin() -> PathBuf {
    let home = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")))
        .unwrap_or_else(|| PathBuf::from("/root/.cargo"));
    home.join("bin")
}

/// PATH with `dirs` in front.
pub fn path_with(dirs: &[PathBuf]) -> OsString {
    let mut all: Vec<PathBuf> = dirs.to_vec();
    if let Some(p) = std::env::var_os("PATH") {
        all.extend(std::env::split_paths(&p));
    }
    std::env::join_paths(all).unwrap_or_default()
}

/// The `wasm-bindgen` version pinned in Cargo.lock.
fn locked_wasm_bindgen(root: &Path) -> Result<String> {
    let lock = std::fs::read_to_string(root.join("Cargo.lock"))
        .map_err(|e| format!("cannot read Cargo.lock ({e}); run `cargo generate-lockfile`"))?;
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line.trim() == "name = \"wasm-bindgen\"" {
            if let Some(v) = lines
                .next()
                .and_then(|l| l.trim().strip_prefix("version = "))
            {
                return Ok(v.trim_matches('"').to_string());
            }
        }
    }
    Err("Cargo.lock has no wasm-bindgen entry".into())
}

fn rust_target() -> Result<()> {
    let installed = output(Command::new("rustup").args(["target", "list", "--installed"]));
    if installed.is_some_and(|s| s.lines().any(|l| l.trim() == "wasm32-unknown-unknown")) {
        return Ok(());
    }
    run(Command::new("rustup").args(["target", "add", "wasm32-unknown-unknown"]))
}

fn trunk() -> Result<PathBuf> {
    let bin = cargo_bin().join("trunk");
    let version = output(Command::new(&bin).arg("--version")).unwrap_or_default();
    if !version.contains(" 0.21.") {
        run(Command::new("cargo").args(["install", "trunk", "--version", "~0.21", "--locked"]))?;
    }
    Ok(bin)
}

fn wasm_bindgen(root: &Path) -> Result<()> {
    let want = locked_wasm_bindgen(root)?;
    let bin = cargo_bin();
    let have = output(Command::new(bin.join("wasm-bindgen")).arg("--version")).unwrap_or_default();
    let runner = bin.join("wasm-bindgen-test-runner").exists();
    if !have.split_whitespace().any(|w| w == want) || !runner {
        // `--locked` fails for this crate here; pin the exact version instead.
        run(Command::new("cargo").args([
            "install",
            "wasm-bindgen-cli",
            "--version",
            &format!("={want}"),
            "--force",
        ]))?;
    }
    Ok(())
}

/// `npm ci` (or `npm install` without a lock file) in `dir` if its node_modules is missing
/// or older than package-lock.json (a dependency was added since the last install).
fn npm_packages(dir: &Path) -> Result<()> {
    let modified = |p: &Path| std::fs::metadata(p).and_then(|m| m.modified()).ok();
    let lock = dir.join("package-lock.json");
    let installed = modified(&dir.join("node_modules").join(".package-lock.json"));
    let fresh = match (installed, modified(&lock)) {
        (Some(i), Some(l)) => i >= l,
        (Some(_), None) => true,
        (None, _) => false,
    };
    if fresh {
        return Ok(());
    }
    let sub = if lock.exists() { "ci" } else { "install" };
    run(Command::new("npm")
        .args([sub, "--no-audit", "--no-fund"])
        .current_dir(dir))
}

/// Everything `dist` needs.
pub fn build_tools(root: &Path) -> Result<BuildTools> {
    rust_target()?;
    let trunk = trunk()?;
    wasm_bindgen(root)?;
    let tools_dir = root.join("tools");
    let wasm_opt = match npm_packages(&tools_dir) {
        Ok(()) => Some(tools_dir.join("node_modules").join(".bin").join("wasm-opt")),
        Err(e) => {
            eprintln!("xtask: warning: wasm-opt unavailable ({e}); the build will be larger");
            None
        }
    }
    .filter(|p| p.exists());
    Ok(BuildTools {
        trunk,
        wasm_opt,
        bin_dirs: vec![cargo_bin()],
    })
}

fn which(name: &str) -> Option<PathBuf> {
    let p = std::env::var_os("PATH")?;
    std::env::split_paths(&p)
        .map(|d| d.join(name))
        .find(|f| f.is_file())
}

/// Debian's Chromium with its driver, Firefox ESR and poppler-utils (pdftotext), installed
/// with apt-get if missing.
fn browsers() -> Result<(PathBuf, PathBuf, PathBuf)> {
    let found = || {
        Some((
            which("chromium")?,
            which("chromedriver")?,
            which("firefox-esr")?,
        ))
    };
    // pdftotext (poppler-utils) reads the text of the printed report in the e2e tests.
    let found = || which("pdftotext").and_then(|_| found());
    if let Some(all) = found() {
        return Ok(all);
    }
    let apt = || Command::new("apt-get");
    run(apt().arg("update"))?;
    run(apt()
        .args([
            "install",
            "-y",
            "chromium",
            "chromium-driver",
            "firefox-esr",
            "poppler-utils",
        ])
        .env("DEBIAN_FRONTEND", "noninteractive"))?;
    found().ok_or_else(|| {
        "chromium, chromedriver, firefox-esr or pdftotext is still missing after apt-get install"
            .into()
    })
}

/// A Python virtual environment in `target/pyenv` with the packages pinned in
/// `tests/python/requirements.txt` (the peers' own code: nervaluate, spaCy, jsonschema, pytest),
/// created or refreshed when the requirements file is newer than the last install.
/// Returns the venv's `python`.
pub fn python_env(root: &Path) -> Result<PathBuf> {
    let venv = root.join("target").join("pyenv");
    let python = venv.join("bin").join("python");
    let requirements = root.join("tests").join("python").join("requirements.txt");
    let stamp = venv.join(".installed");
    let modified = |p: &Path| std::fs::metadata(p).and_then(|m| m.modified()).ok();
    let fresh = match (modified(&stamp), modified(&requirements)) {
        (Some(s), Some(r)) => s >= r && python.exists(),
        _ => false,
    };
    if fresh {
        return Ok(python);
    }
    if !python.exists() {
        let system = which("python3").ok_or(
            "python3 is missing: install it (apt-get install python3 python3-venv) and run again",
        )?;
        run(Command::new(system).arg("-m").arg("venv").arg(&venv))?;
    }
    run(Command::new(&python)
        .args([
            "-m",
            "pip",
            "install",
            "--quiet",
            "--disable-pip-version-check",
            "-r",
        ])
        .arg(&requirements))?;
    std::fs::write(&stamp, b"").map_err(|e| format!("cannot write {}: {e}", stamp.display()))?;
    Ok(python)
}

/// Everything `test` needs.
pub fn all(root: &Path) -> Result<TestTools> {
    let build = build_tools(root)?;
    let (chromium, chromedriver, firefox) = browsers()?;
    npm_packages(&root.join("tests").join("e2e"))?;
    let python = python_env(root)?;
    Ok(TestTools {
        build,
        chromium,
        chromedriver,
        firefox,
        python,
    })
}
