//! The `candor` binary: parse the command line, run one command ([`candor::cmd`]), exit.

use std::process::ExitCode;

use clap::Parser;

use candor::cli::Cli;
use candor::cmd::{self, Outcome};

/// Exit codes: part of the interface.
const SUCCESS: u8 = 0;
const SITE_PROBLEMS: u8 = 1;
const USAGE_OR_IO: u8 = 2;

fn main() -> ExitCode {
    keep_freed_memory();
    candor::threads::start_workers();
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        // A usage error quotes the argument, which may hold terminal controls: written without
        // clap's styles (which leaves out the escape sequences it recognizes, the argument's
        // too), and with any other control shown as text, as candor's own errors show a path.
        Err(e) if e.use_stderr() => {
            candor::errln!(
                "{}",
                candor::text::visible(e.render().to_string().trim_end())
            );
            return ExitCode::from(USAGE_OR_IO);
        }
        // `--help`, `--version`: candor's own words. Not written (a full disk, not a closed
        // pipe), it fails as any command's output does (qa156: it ended with 0 in silence).
        Err(e) => {
            use std::io::Write;
            let written = e.print().and_then(|()| std::io::stdout().flush());
            return match written {
                Err(io) if io.kind() != std::io::ErrorKind::BrokenPipe => {
                    candor::errln!("error: cannot write to standard output: {io}");
                    ExitCode::from(USAGE_OR_IO)
                }
                _ => ExitCode::from(SUCCESS),
            };
        }
    };
    let code = match cmd::run(cli.command) {
        Ok(Outcome::Success) => SUCCESS,
        Ok(Outcome::SiteProblems) => SITE_PROBLEMS,
        Err(e) => {
            // The error may name a file of the site, or of a folder being verified: shown as
            // text, never as terminal controls.
            candor::errln!("error: {}", candor::text::visible_name(&format!("{e:#}")));
            // What to do about it, on a line of its own (qa71: it was joined by a `\n`
            // written out, as any line break in an error is, so that a name cannot forge one).
            use candor::write::output::{Error, Refused};
            let refused = e.chain().find_map(|c| match c.downcast_ref::<Error>() {
                Some(Error::Refused(refused)) => Some(refused),
                _ => c.downcast_ref::<Refused>(),
            });
            if let Some(refused) = refused {
                let help = candor::text::visible_name(&refused.help);
                candor::errln!("  help: {help}");
            }
            USAGE_OR_IO
        }
    };
    ExitCode::from(code)
}

/// Has glibc's allocator keep the memory a build frees for the build's next allocations. Left to
/// its own thresholds it hands a page's or an annex's buffer back to the system when it is freed,
/// and trims each heap whenever its top is free, so the next page faults every one of those
/// pages in again: at 100 languages that was some 60,000 to 150,000 page faults a build,
/// a sixth of `check`'s time. Buffers of up to 32 MB (no page comes near it) now come from the
/// heap, and a heap is trimmed only past 128 MB free.
///
/// So that the memory kept is memory used again, there are no more heaps ("arenas") than
/// workers: glibc gives each new thread a heap of its own, up to eight a core, and what one
/// thread frees only that heap's threads take back. With a heap for each of the two workers,
/// the main thread (idle while they render) and the render watchdog, a 100 x 1,000 `check`
/// kept 88 MB resident for a heap that peaked at 42 MB (BENCHMARKS.md, "The benches at
/// `eb3527c`").
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn keep_freed_memory() {
    let heaps =
        libc::c_int::try_from(candor::threads::global_workers()).unwrap_or(libc::c_int::MAX);
    // SAFETY: `mallopt` sets the allocator's parameters, and is called before any other thread
    // starts. It refuses a value out of range (returning 0), which leaves glibc's own.
    unsafe {
        libc::mallopt(libc::M_MMAP_THRESHOLD, 32 << 20);
        libc::mallopt(libc::M_TRIM_THRESHOLD, 128 << 20);
        libc::mallopt(libc::M_ARENA_MAX, heaps);
    }
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn keep_freed_memory() {}
