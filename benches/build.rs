//! `candor build` and `candor check` as whole processes, as a user runs them:
//! `cargo bench --bench build`.
//!
//! Runs the optimized binary on the example site and on synthetic sites (`candor::synth`) and
//! reports, for each thing a user waits for, the wall time of each run (min, median, p95), peak
//! memory (the child's maximum resident set) and how many cores it kept busy (CPU time / wall
//! time). Every run is a fresh process, started after `sync`. What is measured:
//!
//! - **fresh**: a first build into an empty output folder (the output and the folder candor
//!   keeps beside it are removed before each run), so every file is written;
//! - **a new site's first build**: the same with nothing recorded yet (`candor.lock` and every
//!   translation's `translated-from.toml` removed too), so that the build also records the
//!   site's first publication and every translation's record;
//! - **publication**: a fact changes (the organisation's name) and the build records a new
//!   publication on a later day, so every page changes; before each run the site, its
//!   `candor.lock` and its output are put back to the previous publication (not timed), and
//!   built once more, as a site in use is between publications: both the output and the
//!   previous output that candor keeps beside it (which the build brings up to date) then hold
//!   the previous publication, so the run writes every page it changes;
//! - **no change**: a rebuild into the output of the same build, which finds the output up to
//!   date by the build's receipt and leaves it as it is;
//! - **no change, no receipt**: the same with the receipt removed first, so that the rebuild
//!   renders every page and writes nothing (what a rebuild cost before receipts);
//! - **fresh, one core**: a first build pinned to one core (`taskset -c 0`);
//! - **check**: `candor check`, which renders everything and writes nothing.
//!
//! Then a scaling table of fresh builds (languages × sub-processors, up to 300 languages),
//! which takes several minutes; `BUILD_BENCH_TABLE=0` skips it, and `BUILD_BENCH_TABLE=1x100,10x1000`
//! measures only those sizes.
//!
//! Last, a table of the same site with a longer history: every build renders each recorded
//! publication's archived page and annex in every language, so what a build costs grows with
//! the number of publications. `BUILD_BENCH_HISTORY=20x300:1,4,16` (the default) measures a
//! site of 20 languages x 300 with 1, 4 and 16 publications recorded; `BUILD_BENCH_HISTORY=0`
//! skips it. `BUILD_BENCH_SITES` names the sites of the first table (default
//! `example,100x1000,300x300`), `BUILD_BENCH_RUNS` the runs per measurement (default 10; 30 for
//! the example, 5 for sites over 50,000 rows in all).

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

// The integration tests' helpers; a benchmark uses only some of them.
#[path = "../tests/it/common.rs"]
#[allow(dead_code)]
mod common;

use common::Site;

#[path = "support/output.rs"]
mod output;
use output::{bytes_under, remove_output, remove_receipt};

/// The publication every measured site starts from: 2027-01-01.
const BASE_EPOCH: &str = common::LATER_EPOCH;
/// The next day, for the publication that the `publication` runs record.
const NEXT_EPOCH: &str = "1798848000";

/// One run of a `candor` command: wall time, peak resident memory, CPU time.
struct Run {
    wall: Duration,
    peak_kb: i64,
    cpu: Duration,
}

/// How a run of `candor` is made.
#[derive(Clone, Copy, PartialEq)]
enum Cmd {
    Build,
    BuildOneCore,
    Check,
}

// The child is reaped by `wait4`, which also reports its resource use; `Child::wait` cannot.
#[allow(clippy::zombie_processes)]
fn run(root: &Path, cmd: Cmd, epoch: &str) -> Run {
    // The previous run's output is still being written back to disk; that is not this run's
    // cost, and back-to-back builds of a 100 MB site would otherwise measure the disk's
    // write-back throttling rather than candor.
    // SAFETY: sync has no preconditions.
    unsafe { libc::sync() };
    let candor = env!("CARGO_BIN_EXE_candor");
    let mut command = match cmd {
        Cmd::BuildOneCore => {
            let mut c = Command::new("taskset");
            c.args(["-c", "0", candor]);
            c
        }
        _ => Command::new(candor),
    };
    match cmd {
        Cmd::Build | Cmd::BuildOneCore => {
            command
                .arg("build")
                .arg(root)
                .arg("--out")
                .arg(root.join("public"));
        }
        Cmd::Check => {
            command.arg("check").arg(root);
        }
    }
    let start = Instant::now();
    let child = command
        .env("SOURCE_DATE_EPOCH", epoch)
        // Its publications are of days that may be to come or gone: the clock they are held
        // to, the day they are of.
        .env("CANDOR_NOW_FOR_TESTS", epoch)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("start candor");
    let (exited, usage) = common::wait_with_usage(&child);
    let wall = start.elapsed();
    assert!(exited, "candor on {} failed", root.display());
    let time = |t: libc::timeval| Duration::new(t.tv_sec as u64, t.tv_usec as u32 * 1000);
    Run {
        wall,
        peak_kb: usage.ru_maxrss,
        cpu: time(usage.ru_utime) + time(usage.ru_stime),
    }
}

/// Every translation's record under the site at `root`: `locales/<lang>/translated-from.toml`.
fn translation_records(root: &Path) -> Vec<std::path::PathBuf> {
    let mut records: Vec<_> = std::fs::read_dir(root.join("locales"))
        .expect("read locales")
        .map(|entry| {
            entry
                .expect("read locales")
                .path()
                .join("translated-from.toml")
        })
        .filter(|path| path.is_file())
        .collect();
    records.sort();
    records
}

/// What a user waits for.
#[derive(Clone, Copy, PartialEq)]
enum Scenario {
    Fresh,
    FirstPublication,
    FreshOneCore,
    Publication,
    NoChange,
    NoChangeNoReceipt,
    Check,
}

impl Scenario {
    const ALL: [Scenario; 7] = [
        Scenario::Fresh,
        Scenario::FirstPublication,
        Scenario::Publication,
        Scenario::NoChange,
        Scenario::NoChangeNoReceipt,
        Scenario::FreshOneCore,
        Scenario::Check,
    ];

    fn name(self) -> &'static str {
        match self {
            Scenario::Fresh => "fresh (empty output)",
            Scenario::FirstPublication => "a new site's first build (nothing recorded)",
            Scenario::FreshOneCore => "fresh, one core",
            Scenario::Publication => "publication (every page changes)",
            Scenario::NoChange => "no change",
            Scenario::NoChangeNoReceipt => "no change, no receipt",
            Scenario::Check => "`check`",
        }
    }
}

/// A site whose publication of 2027-01-01 is recorded, with what it looked like then.
struct Measured {
    site: Site,
    lock: Vec<u8>,
    /// Each translation's record (`locales/<lang>/translated-from.toml`), and its bytes.
    records: Vec<(std::path::PathBuf, Vec<u8>)>,
    organisation: String,
}

impl Measured {
    fn new(site: Site) -> Measured {
        Measured::with_history(site, 1)
    }

    /// The site with `publications` recorded: the last on 2027-01-01, each earlier one a day
    /// before the next, each naming the organisation differently (a fact change, so that each
    /// is a publication of its own).
    fn with_history(site: Site, publications: usize) -> Measured {
        let original = site.read("content/organisation.toml");
        for earlier in (1..publications).rev() {
            let epoch = BASE_EPOCH.parse::<u64>().expect("an epoch") - earlier as u64 * 86_400;
            site.replace(
                "content/organisation.toml",
                "name = \"",
                &format!("name = \"Earlier {earlier} "),
            );
            run(site.root(), Cmd::Build, &epoch.to_string());
            site.write("content/organisation.toml", &original);
        }
        run(site.root(), Cmd::Build, BASE_EPOCH);
        let lock = std::fs::read(site.path("candor.lock")).expect("read candor.lock");
        let records = translation_records(site.root())
            .into_iter()
            .map(|path| {
                let bytes = std::fs::read(&path).expect("read a translation's record");
                (path, bytes)
            })
            .collect();
        let organisation = site.read("content/organisation.toml");
        Measured {
            site,
            lock,
            records,
            organisation,
        }
    }

    /// The site as it was before its first publication: no output, no `candor.lock`, and no
    /// translation's record.
    fn unrecorded(&self) {
        let root = self.site.root();
        remove_output(root);
        std::fs::remove_file(root.join("candor.lock")).expect("remove candor.lock");
        for path in translation_records(root) {
            std::fs::remove_file(path).expect("remove a translation's record");
        }
    }

    /// The site as it was at its recorded publication, built twice (the second time without
    /// the first's receipt, so that it renders): the output and the previous output kept
    /// beside it both hold that publication. (Built once, the folder beside it would still
    /// hold the last measured run's output, which is what the next run writes: it would find
    /// every file already written.) The output goes first: it lists the publication the lock
    /// put back no longer records, which a build refuses to take out of the site's history.
    fn restore(&self) {
        std::fs::write(self.site.path("candor.lock"), &self.lock).expect("write candor.lock");
        for (path, bytes) in &self.records {
            std::fs::write(path, bytes).expect("write a translation's record");
        }
        self.site
            .write("content/organisation.toml", &self.organisation);
        remove_output(self.site.root());
        run(self.site.root(), Cmd::Build, BASE_EPOCH);
        remove_receipt(self.site.root());
        run(self.site.root(), Cmd::Build, BASE_EPOCH);
    }

    /// One measured run of `scenario`, with what it needs done first (not timed).
    fn once(&self, scenario: Scenario) -> Run {
        let root = self.site.root();
        match scenario {
            Scenario::Fresh => {
                remove_output(self.site.root());
                run(root, Cmd::Build, BASE_EPOCH)
            }
            Scenario::FirstPublication => {
                self.unrecorded();
                run(root, Cmd::Build, BASE_EPOCH)
            }
            Scenario::FreshOneCore => {
                remove_output(self.site.root());
                run(root, Cmd::BuildOneCore, BASE_EPOCH)
            }
            Scenario::Publication => {
                self.restore();
                self.site
                    .replace("content/organisation.toml", "name = \"", "name = \"The ");
                run(root, Cmd::Build, NEXT_EPOCH)
            }
            Scenario::NoChange => run(root, Cmd::Build, BASE_EPOCH),
            Scenario::NoChangeNoReceipt => {
                remove_receipt(root);
                run(root, Cmd::Build, BASE_EPOCH)
            }
            Scenario::Check => run(root, Cmd::Check, BASE_EPOCH),
        }
    }

    fn measure(&self, scenario: Scenario, runs: usize) -> Summary {
        // One run first, not counted, so that every counted run starts from the same state.
        self.once(scenario);
        let samples: Vec<Run> = (0..runs).map(|_| self.once(scenario)).collect();
        if matches!(scenario, Scenario::Publication | Scenario::FirstPublication) {
            self.restore();
        }
        Summary::of(samples)
    }
}

struct Summary {
    runs: usize,
    min: Duration,
    median: Duration,
    p95: Duration,
    peak_mb: f64,
    cores: f64,
    /// CPU time (user and system) of the median run.
    cpu: Duration,
}

impl Summary {
    fn of(mut samples: Vec<Run>) -> Summary {
        let runs = samples.len();
        samples.sort_by_key(|r| r.wall);
        let pick = |q: f64| samples[((runs as f64 * q).ceil() as usize).clamp(1, runs) - 1].wall;
        let median = &samples[runs / 2];
        Summary {
            runs,
            min: samples[0].wall,
            median: pick(0.5),
            p95: pick(0.95),
            peak_mb: samples.iter().map(|r| r.peak_kb).max().unwrap_or(0) as f64 / 1024.0,
            cores: median.cpu.as_secs_f64() / median.wall.as_secs_f64(),
            cpu: median.cpu,
        }
    }
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn main() {
    let runs: usize = std::env::var("BUILD_BENCH_RUNS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10);
    println!("| site | what | runs | min | median | p95 | peak memory | cores busy |");
    println!("|---|---|---|---|---|---|---|---|");
    for size in sizes("BUILD_BENCH_SITES", "example,100x1000,300x300") {
        let (name, site, runs) = match size {
            None => (
                "example (3 languages x 15)".to_string(),
                Site::example(),
                runs * 3,
            ),
            Some((l, r)) => (
                format!("{l} languages x {r}"),
                Site::synthetic(l, r),
                if l * r > 50_000 {
                    runs.div_ceil(2)
                } else {
                    runs
                },
            ),
        };
        let measured = Measured::new(site);
        for scenario in Scenario::ALL {
            let s = measured.measure(scenario, runs);
            println!(
                "| {name} | {} | {} | {:.1} ms | {:.1} ms | {:.1} ms | {:.1} MB | {:.2} |",
                scenario.name(),
                s.runs,
                ms(s.min),
                ms(s.median),
                ms(s.p95),
                s.peak_mb,
                s.cores
            );
        }
    }

    if std::env::var("BUILD_BENCH_TABLE").as_deref() != Ok("0") {
        scaling_table();
    }
    history_table(runs.div_ceil(2));
}

/// The scaling table: first builds of synthetic sites of `BUILD_BENCH_TABLE`'s sizes.
fn scaling_table() {
    println!();
    println!(
        "| languages | sub-processors | output | median | per language x 1000 rows | CPU time | CPU per MB written | peak memory | cores busy |"
    );
    println!("|---|---|---|---|---|---|---|---|---|");
    let table = sizes(
        "BUILD_BENCH_TABLE",
        "1x100,1x1000,10x100,10x1000,50x100,50x1000,100x100,100x1000,200x100,200x1000,300x100,300x1000",
    );
    for (n, r) in table.into_iter().flatten() {
        {
            let measured = Measured::new(Site::synthetic(n, r));
            let s = measured.measure(Scenario::Fresh, 5);
            let units = n as f64 * r as f64 / 1000.0;
            let mb = bytes_under(&measured.site.path("public")) as f64 / 1e6;
            println!(
                "| {n} | {r} | {mb:.0} MB | {:.0} ms | {:.2} ms | {:.0} ms | {:.1} ms | {:.1} MB | {:.2} |",
                ms(s.median),
                ms(s.median) / units,
                ms(s.cpu),
                ms(s.cpu) / mb,
                s.peak_mb,
                s.cores
            );
        }
    }
}

/// The history table: for each site of `BUILD_BENCH_HISTORY` (`LANGUAGESxROWS:N,N,…`, sites
/// separated by `;`) with N publications recorded, a first build, a publication (the N + 1st)
/// and a rebuild that renders (no receipt); `runs` of each, and the highest resident peak of
/// them all.
fn history_table(runs: usize) {
    let spec = std::env::var("BUILD_BENCH_HISTORY").unwrap_or_else(|_| "20x300:1,4,16".into());
    if spec == "0" {
        return;
    }
    println!();
    println!(
        "| site | publications | output | fresh | publication | no change, no receipt | peak memory |"
    );
    println!("|---|---|---|---|---|---|---|");
    for site in spec.split(';').map(str::trim).filter(|s| !s.is_empty()) {
        let (size, counts) = site
            .split_once(':')
            .unwrap_or_else(|| panic!("BUILD_BENCH_HISTORY: `{site}` is not LANGUAGESxROWS:N,N"));
        let Some((l, r)) = parse_sizes("BUILD_BENCH_HISTORY", size)
            .into_iter()
            .flatten()
            .next()
        else {
            panic!("BUILD_BENCH_HISTORY: `{size}` is not LANGUAGESxROWS");
        };
        for n in counts.split(',').map(|n| n.trim().parse::<usize>()) {
            let n = n.expect("BUILD_BENCH_HISTORY: a number of publications");
            let measured = Measured::with_history(Site::synthetic(l, r), n.max(1));
            let [fresh, publication, rebuild] = [
                Scenario::Fresh,
                Scenario::Publication,
                Scenario::NoChangeNoReceipt,
            ]
            .map(|scenario| measured.measure(scenario, runs));
            let mb = bytes_under(&measured.site.path("public")) as f64 / 1e6;
            let peak = [&fresh, &publication, &rebuild]
                .iter()
                .map(|s| s.peak_mb)
                .fold(0.0, f64::max);
            println!(
                "| {l} x {r} | {n} | {mb:.0} MB | {:.0} ms | {:.0} ms | {:.0} ms | {peak:.1} MB |",
                ms(fresh.median),
                ms(publication.median),
                ms(rebuild.median),
            );
        }
    }
}

/// The sites named in the environment variable `var` (or `default`), comma-separated:
/// `example` (`None`) or `LANGUAGESxROWS`, a synthetic site.
fn sizes(var: &str, default: &str) -> Vec<Option<(usize, usize)>> {
    let list = std::env::var(var).unwrap_or_else(|_| default.to_string());
    parse_sizes(var, &list)
}

/// The sites in `list` (from the environment variable `var`), comma-separated: `example`
/// (`None`) or `LANGUAGESxROWS`.
fn parse_sizes(var: &str, list: &str) -> Vec<Option<(usize, usize)>> {
    list.split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|s| {
            if s == "example" {
                return None;
            }
            let (l, r) = s
                .split_once('x')
                .unwrap_or_else(|| panic!("{var}: `{s}` is not `example` or LANGUAGESxROWS"));
            Some((
                l.parse().expect("a number of languages"),
                r.parse().expect("a number of rows"),
            ))
        })
        .collect()
}
