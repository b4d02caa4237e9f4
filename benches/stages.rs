//! The build's stages, one at a time, in process: `cargo bench --bench stages`.
//!
//! Each stage runs on the example site and on synthetic sites (`candor::synth`) of
//! languages × sub-processors: load (config, content, locales, theme, and validation), stamp
//! (the fingerprint against `candor.lock`), render (every page, in memory) and write (the
//! output directory, swapped in whole; this one measures the disk as much as candor). The
//! whole `candor build` process is `benches/build.rs`.

// The integration tests' helpers; a benchmark uses only some of them.
#[path = "../tests/it/common.rs"]
#[allow(dead_code)]
mod common;

use std::path::Path;
use std::sync::OnceLock;

use candor::diagnostic::Diagnostics;
use candor::history::lock::Recording;
use candor::site::{self, Options};
use common::Site;

fn main() {
    divan::main();
    // A static is never dropped, so the sites' temporary folders (700 MB at 100 x 1,000) would
    // outlive the run: remove the ones this run made.
    for (_, site) in ROOTS.get().into_iter().flatten() {
        if let Err(e) = std::fs::remove_dir_all(site.root()) {
            eprintln!("could not remove {}: {e}", site.root().display());
        }
    }
}

/// The sites benchmarked: the example and synthetic ones, each built once so that its
/// publication is recorded, as on a site in use.
const SITES: [&str; 3] = ["example", "10x1000", "100x1000"];

static ROOTS: OnceLock<Vec<(&str, Site)>> = OnceLock::new();

fn built_sites() -> Vec<(&'static str, Site)> {
    let sites = vec![
        ("example", Site::example()),
        ("10x1000", Site::synthetic(10, 1000)),
        ("100x1000", Site::synthetic(100, 1000)),
    ];
    let now = candor::history::lock::publication_time().expect("now");
    for (_, site) in &sites {
        let mut diags = Diagnostics::default();
        let record = Options::new(Recording::Record { now });
        let built =
            candor::cmd::build::build(site.root(), &site.path("public"), &record, &mut diags);
        assert!(matches!(built, Ok(Some(_))), "{diags:?}");
    }
    sites
}

fn root(name: &str) -> &'static Path {
    ROOTS
        .get_or_init(built_sites)
        .iter()
        .find(|(n, _)| *n == name)
        .expect("a benchmarked site")
        .1
        .root()
}

fn options() -> Options {
    Options::new(Recording::Locked)
}

fn load(root: &Path) -> site::Site {
    let mut diags = Diagnostics::default();
    site::Site::load(root, &options(), &mut diags).unwrap_or_else(|| panic!("{diags:?}"))
}

#[divan::bench(args = SITES, sample_count = 10)]
fn stage_load(bencher: divan::Bencher, name: &str) {
    let root = root(name);
    bencher.bench(|| load(root));
}

/// Each stamp gets a site just loaded, as a build's does: loading reads `candor.lock` beside
/// the content, and the stamp takes what it read (a site stamped again reads the lock again,
/// which no build does).
#[divan::bench(args = SITES, sample_count = 10, sample_size = 1)]
fn stage_stamp(bencher: divan::Bencher, name: &str) {
    let root = root(name);
    bencher.with_inputs(|| load(root)).bench_refs(|site| {
        let mut diags = Diagnostics::default();
        site.stamp(&Options::new(Recording::Locked), &mut diags)
            .expect("stamped")
    });
}

#[divan::bench(args = SITES, sample_count = 10)]
fn stage_render(bencher: divan::Bencher, name: &str) {
    let site = load(root(name));
    let mut diags = Diagnostics::default();
    let stamp = site
        .stamp(&Options::new(Recording::Locked), &mut diags)
        .expect("stamped");
    bencher.bench(|| {
        let mut diags = Diagnostics::default();
        site.render(&stamp, &options(), &mut diags)
            .expect("rendered")
    });
}

#[divan::bench(args = SITES, sample_count = 10)]
fn stage_write(bencher: divan::Bencher, name: &str) {
    let site = load(root(name));
    let mut diags = Diagnostics::default();
    let stamp = site
        .stamp(&Options::new(Recording::Locked), &mut diags)
        .expect("stamped");
    let files = site
        .render(&stamp, &options(), &mut diags)
        .expect("rendered");
    let out = root(name).join("bench-out");
    let target = candor::write::output::Target::judge(
        root(name),
        &out,
        &[],
        candor::write::output::Contents::Site,
    )
    .expect("a folder of its own");
    bencher.bench(|| candor::write::output::write(&target, &files).expect("written"));
}

/// `candor check` of the example with `n` sub-processors added, all new in one publication and
/// each under a notice exception, so that its notice tells thousands of items: each is told
/// beside all the publication changed. Quadratic twice (this round, and qa86: 4,000 took 3 s
/// where 1,000 took 0.24 s); the time of 4,000 should be about four times that of 1,000.
#[divan::bench(args = [1000, 4000], sample_count = 5, sample_size = 1)]
fn notice_of_many(bencher: divan::Bencher, n: usize) {
    let site = Site::example();
    let mut text = site.read("content/subprocessors.toml");
    for i in 0..n {
        text.push_str(&format!(
            "\n[[subprocessor]]\nname = \"Vendor {i}\"\npersonal-data = false\n\
             outside-eea = false\nengaged = {}\nnotice-exception = \"legal-obligation\"\n",
            common::EXAMPLE_DATE_ISO
        ));
    }
    site.write("content/subprocessors.toml", &text);
    let now = candor::history::lock::publication_time().expect("now");
    bencher.bench(|| {
        let mut diags = Diagnostics::default();
        let preview = Options::new(Recording::Preview { now });
        let loaded = site::Site::load(site.root(), &preview, &mut diags)
            .unwrap_or_else(|| panic!("{diags:?}"));
        let stamp = loaded.stamp(&preview, &mut diags).expect("stamped");
        loaded
            .render(&stamp, &preview, &mut diags)
            .expect("rendered")
    });
    std::fs::remove_dir_all(site.root()).ok();
}
