//! `candor build` as a whole process, as a user runs it: `cargo bench --bench build`.
//!
//! Runs the optimized binary on the example site and on synthetic sites (`candor::synth`) and
//! reports, per site, the wall time of each run (min, median, p95), peak memory (the child's
//! maximum resident set) and how many cores it kept busy (CPU time / wall time). Every run is a
//! fresh process, started after `sync`; each site is built once first so that its publication
//! is recorded, as on a site in use. Prints Markdown tables for BENCHMARKS.md.
//!
//! `BUILD_BENCH_TABLE=0` skips the scaling table (languages × sub-processors, up to 300
//! languages), which takes a few minutes.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

// The integration tests' helpers; a benchmark uses only some of them.
#[path = "../tests/it/common.rs"]
#[allow(dead_code)]
mod common;

use common::Site;

/// One run of `candor build`: wall time, peak resident memory, CPU time.
struct Run {
    wall: Duration,
    peak_kb: i64,
    cpu: Duration,
}

// The child is reaped by `wait4`, which also reports its resource use; `Child::wait` cannot.
#[allow(clippy::zombie_processes)]
fn build(root: &Path) -> Run {
    // The previous run's output is still being written back to disk; that is not this run's
    // cost, and back-to-back builds of a 100 MB site would otherwise measure the disk's
    // write-back throttling rather than candor.
    // SAFETY: sync has no preconditions.
    unsafe { libc::sync() };
    let start = Instant::now();
    let child = Command::new(env!("CARGO_BIN_EXE_candor"))
        .arg("build")
        .arg(root)
        .arg("--out")
        .arg(root.join("public"))
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("start candor build");
    let mut status = 0;
    // SAFETY: an all-zero `rusage` is a valid value; wait4 fills it in.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: waits for our own child, which nothing else waits for.
    let pid = unsafe { libc::wait4(child.id() as i32, &mut status, 0, &mut usage) };
    let wall = start.elapsed();
    assert_eq!(pid, child.id() as i32, "wait4");
    assert!(
        libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0,
        "candor build {} failed",
        root.display()
    );
    let time = |t: libc::timeval| Duration::new(t.tv_sec as u64, t.tv_usec as u32 * 1000);
    Run {
        wall,
        peak_kb: usage.ru_maxrss,
        cpu: time(usage.ru_utime) + time(usage.ru_stime),
    }
}

struct Summary {
    min: Duration,
    median: Duration,
    p95: Duration,
    peak_mb: f64,
    cores: f64,
    /// CPU time (user and system) of the median run.
    cpu: Duration,
}

fn measure(root: &Path, runs: usize) -> Summary {
    build(root);
    let mut samples: Vec<Run> = (0..runs).map(|_| build(root)).collect();
    samples.sort_by_key(|r| r.wall);
    let pick = |q: f64| samples[((runs as f64 * q).ceil() as usize).clamp(1, runs) - 1].wall;
    let median = &samples[runs / 2];
    Summary {
        min: samples[0].wall,
        median: pick(0.5),
        p95: pick(0.95),
        peak_mb: samples.iter().map(|r| r.peak_kb).max().unwrap_or(0) as f64 / 1024.0,
        cores: median.cpu.as_secs_f64() / median.wall.as_secs_f64(),
        cpu: median.cpu,
    }
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn main() {
    println!("| site | runs | min | median | p95 | peak memory | cores busy |");
    println!("|---|---|---|---|---|---|---|");
    let row = |name: &str, runs: usize, s: &Summary| {
        println!(
            "| {name} | {runs} | {:.1} ms | {:.1} ms | {:.1} ms | {:.1} MB | {:.2} |",
            ms(s.min),
            ms(s.median),
            ms(s.p95),
            s.peak_mb,
            s.cores
        );
    };
    row(
        "example (3 languages x 15)",
        30,
        &measure(Site::example().root(), 30),
    );
    let large = Site::synthetic(100, 1000);
    row("100 languages x 1000", 10, &measure(large.root(), 10));
    drop(large);

    if std::env::var("BUILD_BENCH_TABLE").as_deref() == Ok("0") {
        return;
    }
    let languages = [1, 10, 50, 100, 200, 300];
    let rows = [100, 1000];
    println!();
    println!(
        "| languages | sub-processors | output | median | per language x 1000 rows | CPU time | CPU per MB written | peak memory | cores busy |"
    );
    println!("|---|---|---|---|---|---|---|---|---|");
    for &n in &languages {
        for &r in &rows {
            let site = Site::synthetic(n, r);
            let s = measure(site.root(), 5);
            let units = n as f64 * r as f64 / 1000.0;
            let mb = bytes_under(&site.root().join("public")) as f64 / 1e6;
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

/// The size of every file under `dir`, in bytes.
fn bytes_under(dir: &Path) -> u64 {
    std::fs::read_dir(dir)
        .expect("read the output")
        .map(|entry| {
            let entry = entry.expect("read the output");
            let meta = entry.metadata().expect("read the output");
            if meta.is_dir() {
                bytes_under(&entry.path())
            } else {
                meta.len()
            }
        })
        .sum()
}
