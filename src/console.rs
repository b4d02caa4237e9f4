//! Printing to standard output and standard error without panicking.
//!
//! `println!` panics when standard output is a closed pipe (`candor diff | head -1`), and
//! `eprintln!` when standard error is. candor's commands print through these macros instead:
//! once standard output is a closed pipe, what is printed to it is dropped, quietly (the reader
//! has what it wanted), and the command ends with its own outcome: `check | head` of a site with
//! errors still fails. Another failure to write it exits with code 2, giving the reason and, if
//! it is short, what it was to say on standard error; a failure to write standard error is
//! ignored, as there is nowhere left to say it.

use std::fmt;
use std::io::{self, Write};
use std::sync::atomic::{AtomicBool, Ordering};

/// Whether standard output was found to be a closed pipe.
static CLOSED: AtomicBool = AtomicBool::new(false);

/// Writes `args` to standard output, or drops them, or ends the program, as described above.
pub fn out(args: fmt::Arguments<'_>) {
    if CLOSED.load(Ordering::Relaxed) {
        return;
    }
    let mut stdout = io::stdout().lock();
    if let Err(e) = stdout.write_fmt(args).and_then(|()| stdout.flush()) {
        if e.kind() == io::ErrorKind::BrokenPipe {
            CLOSED.store(true, Ordering::Relaxed);
            return;
        }
        // What it was to say is said where it can be, where it is a line or a few (a build
        // that recorded a publication says so, though it ends with code 2: qa155, a CI log to
        // a full disk saw only the failure), not a document meant for a file.
        let text = args.to_string();
        match text.len() <= 2_000 {
            true => err(format_args!(
                "error: cannot write to standard output: {e}; it was to say:\n{text}"
            )),
            false => err(format_args!(
                "error: cannot write to standard output: {e}\n"
            )),
        }
        std::process::exit(2);
    }
}

/// Writes `args` to standard error, if it can.
pub fn err(args: fmt::Arguments<'_>) {
    let _ = io::stderr().lock().write_fmt(args);
}

/// `print!` that never panics: see [`out`].
#[macro_export]
macro_rules! out {
    ($($arg:tt)*) => { $crate::console::out(format_args!($($arg)*)) };
}

/// `println!` that never panics: see [`out`].
#[macro_export]
macro_rules! outln {
    () => { $crate::console::out(format_args!("\n")) };
    ($($arg:tt)*) => { $crate::console::out(format_args!("{}\n", format_args!($($arg)*))) };
}

/// `eprintln!` that never panics: see [`err`].
#[macro_export]
macro_rules! errln {
    () => { $crate::console::err(format_args!("\n")) };
    ($($arg:tt)*) => { $crate::console::err(format_args!("{}\n", format_args!($($arg)*))) };
}
