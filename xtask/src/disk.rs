//! Free disk space, checked before a task starts and named when a command fails.
//!
//! A full disk makes cargo, pip or npm fail deep inside with "No space left on device",
//! after minutes of work and with a message about the tool rather than the machine. The
//! tasks check first: below [`REFUSE_BELOW`] they stop at once and say how much is free
//! and what to do; below a task's own estimate they warn and go on. Free space is read with
//! POSIX `df -Pk` (kibibytes); where `df` cannot run, nothing is checked.

use crate::Result;
use std::path::Path;
use std::process::Command;

/// One gibibyte in bytes.
const GIB: u64 = 1 << 30;

/// Below this many bytes free no task can finish: refuse to start.
pub const REFUSE_BELOW: u64 = GIB;

/// What a fresh `cargo xtask dist` writes, in bytes: the wasm builds and wasm-opt in the
/// clone (1.9 GB after session 48's CI run: target/wasm32-unknown-unknown 1.5 GB,
/// target/wasm 0.26 GB, tools/ 0.1 GB), with room for building Trunk and wasm-bindgen-cli
/// where they are missing: 3 GiB.
pub const DIST_NEEDS: u64 = 3 * GIB;

/// What a fresh `cargo xtask test` writes, in bytes: 11 GB in the clone after session 48's
/// CI run (target/debug 7.8 GB, the wasm builds 1.8 GB, target/pyenv with spaCy 0.5 GB, the
/// npm packages 0.15 GB; BENCHMARKS.md, "Disk"), with room: 12 GiB.
pub const TEST_NEEDS: u64 = 12 * GIB;

/// Bytes free to an unprivileged writer on the file system holding `dir`, from POSIX
/// `df -Pk` (the fourth column of its second line, in KiB). `None` if `df` cannot run or
/// prints something else.
pub fn free_bytes(dir: &Path) -> Option<u64> {
    let out = Command::new("df").arg("-Pk").arg(dir).output().ok()?;
    if !out.status.success() {
        return None;
    }
    parse_df(&String::from_utf8_lossy(&out.stdout))
}

/// The free KiB of `df -Pk`'s output (header line, then one line per file system; a long
/// device name may not wrap under `-P`), in bytes.
fn parse_df(text: &str) -> Option<u64> {
    let line = text.lines().nth(1)?;
    let kib: u64 = line.split_whitespace().nth(3)?.parse().ok()?;
    Some(kib.saturating_mul(1024))
}

/// Bytes as gigabytes with two decimals, for messages ("0.25 GB").
fn gb(bytes: u64) -> String {
    format!("{:.2} GB", bytes as f64 / 1e9)
}

/// Check that the disk holding `dir` has room for `task`, which writes about `needs` bytes.
///
/// # Errors
/// When less than [`REFUSE_BELOW`] is free: a message giving the free space, the folder and
/// what to do. Less than `needs` only prints a warning (the estimate is for a fresh clone;
/// a clone that has built before needs less).
pub fn check(dir: &Path, task: &str, needs: u64) -> Result<()> {
    let Some(free) = free_bytes(dir) else {
        return Ok(());
    };
    verdict(free, dir, task, needs)
}

fn verdict(free: u64, dir: &Path, task: &str, needs: u64) -> Result<()> {
    let advice = "free space (old target/ folders of other checkouts: `cargo clean` there) \
                  and run again";
    if free < REFUSE_BELOW {
        return Err(format!(
            "only {} free on the disk holding {}; `cargo xtask {task}` needs about {} on a fresh \
             clone and cannot finish: {advice}.",
            gb(free),
            dir.display(),
            gb(needs)
        ));
    }
    if free < needs {
        eprintln!(
            "xtask: warning: {} free on the disk holding {}; `cargo xtask {task}` writes about {} \
             on a fresh clone. If a step fails with \"No space left on device\", {advice}.",
            gb(free),
            dir.display(),
            gb(needs)
        );
    }
    Ok(())
}

/// A note to add to a failed command's message when the disk holding `dir` is nearly full
/// (under [`REFUSE_BELOW`] free), since that is then the likely cause; empty otherwise.
pub fn hint_if_full(dir: &Path) -> String {
    match free_bytes(dir) {
        Some(free) if free < REFUSE_BELOW => format!(
            "; only {} is free on the disk holding {}, which is likely why: free space and run again",
            gb(free),
            dir.display()
        ),
        _ => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DF: &str = "Filesystem     1024-blocks     Used Available Capacity Mounted on\n\
                      /dev/vda         264137352 95000000    257024     100% /\n";

    #[test]
    fn df_output_gives_the_free_bytes() {
        assert_eq!(parse_df(DF), Some(257_024 * 1024));
        assert_eq!(parse_df("Filesystem\n"), None);
        assert_eq!(parse_df("header\n/dev/x 1 2 lots 3% /\n"), None);
    }

    #[test]
    fn a_nearly_full_disk_is_refused_with_what_to_do() {
        let free = parse_df(DF).expect("parsed");
        let err = verdict(free, Path::new("/check/work/main"), "test", TEST_NEEDS)
            .expect_err("0.26 GB free must be refused");
        assert!(err.contains("only 0.26 GB free"), "{err}");
        assert!(err.contains("/check/work/main"), "{err}");
        assert!(err.contains("cargo clean"), "{err}");
        assert!(err.ends_with('.'), "{err}");
    }

    #[test]
    fn enough_room_or_a_shortfall_above_the_floor_goes_on() {
        let dir = Path::new("/w");
        assert!(verdict(50 * GIB, dir, "test", TEST_NEEDS).is_ok());
        assert!(verdict(5 * GIB, dir, "test", TEST_NEEDS).is_ok());
        assert!(verdict(REFUSE_BELOW, dir, "dist", DIST_NEEDS).is_ok());
        assert!(verdict(REFUSE_BELOW - 1, dir, "dist", DIST_NEEDS).is_err());
    }
}
