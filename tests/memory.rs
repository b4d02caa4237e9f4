//! Memory does not grow with the whole site: `build` writes pages as soon as they are rendered
//! (a publication of one language at a time), and `check` drops them, so `check` needs no more
//! memory than `build` of the same site, though the output grows with the square of the
//! languages (every page links every language).
//!
//! A test binary of its own, apart from `tests/it`: Linux counts in a child's peak resident
//! memory the memory of the process that started it, as it was when the child replaced itself
//! with `candor`. Among the other integration tests, which render whole sites in their own
//! process, that read 160 MB for a `check` that needs 60.

// The integration tests' helpers; this test uses only some of them.
#[path = "it/common.rs"]
#[allow(dead_code)]
mod common;

use std::path::Path;
use std::process::{Command, Stdio};

use common::{LATER_EPOCH, Site};

/// The peak resident memory of `candor ARGS` in kB, from `wait4`.
// The child is reaped by `wait4`, which also reports its resource use; `Child::wait` cannot.
#[allow(clippy::zombie_processes)]
fn peak_kb(args: &[&str], root: &Path) -> i64 {
    let child = Command::new(env!("CARGO_BIN_EXE_candor"))
        .args(args)
        .arg(root)
        .env("SOURCE_DATE_EPOCH", LATER_EPOCH)
        .env(common::CLOCK, common::LATER_EPOCH)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start candor");
    let (exited, usage) = common::wait_with_usage(&child);
    assert!(exited, "candor {args:?} failed");
    usage.ru_maxrss
}

/// The peak resident memory, in kB, of a first build of the site at `root` into an empty
/// folder and of `check`, which does the same work but writing: both after a build that
/// recorded the site's publication, so that neither records one.
fn build_and_check(root: &Path) -> (i64, i64) {
    peak_kb(&["build"], root);
    let outs = Site::empty();
    let out = outs.path("out");
    let build = peak_kb(&["build", "--out", out.to_str().unwrap()], root);
    (build, peak_kb(&["check"], root))
}

#[test]
fn check_needs_no_more_memory_than_build() {
    // 40 languages x 200 rows: about 30 MB of pages, which `check` used to hold whole; and 150
    // languages of a few rows, where each language's translation record is most of what a
    // site holds (`check` copied them all to report on them).
    for (languages, rows) in [(40, 200), (150, 10)] {
        let site = Site::synthetic(languages, rows);
        let (build, check) = build_and_check(site.root());
        let output = common::tree(&site.public())
            .values()
            .map(|b| b.len() as i64)
            .sum::<i64>()
            / 1024;
        // What the allocator keeps varies by a few percent from run to run.
        assert!(
            check <= build + build / 20,
            "{languages} x {rows}: check peaked at {check} kB, build at {build} kB (the site is \
             {output} kB)"
        );
    }
}
