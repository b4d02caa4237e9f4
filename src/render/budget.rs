//! What one document's render may take, so that a theme's template cannot run or grow without
//! end in `check`, `build` or `serve`: Tera bounds one `range` to 100,000 values, not ranges
//! nested in each other, and nothing bounds what a template writes. Each document's render
//! starts with a fresh budget ([`start`]): `range` ([`range`], which replaces Tera's) gives at
//! most [`RANGE_VALUES`] values in all, and the document is at most [`DOCUMENT_BYTES`] long
//! ([`Capped`]). A loop over what a template holds (a range kept in a variable, the facts)
//! counts against neither: a watchdog ends candor if one document takes longer than
//! [`RENDER_TIME`] ([`watched`]). Memory a template fills without writing it (a string doubled
//! in a loop) is not bounded.

use std::cell::Cell;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, Once};
use std::time::{Duration, Instant};

use tera::{Kwargs, State};

/// The longest one document's render may take: the largest page of a site of ten thousand rows
/// renders in well under a second. Past it, the theme loops without end (over what it holds,
/// which no budget counts) and candor stops, rather than running until whoever waits gives up.
pub const RENDER_TIME: Duration = Duration::from_secs(60);

/// The documents being rendered: each by a number of its own, since when, from which template.
static RENDERING: Mutex<Vec<(u64, Instant, &'static str)>> = Mutex::new(Vec::new());

/// Renders one document from `template` with `render`, watched: should it take longer than
/// [`RENDER_TIME`], candor says which template and ends with the site's problems' exit code (1),
/// the records and the output as they were (both are replaced only once every page rendered).
pub fn watched<T>(template: &'static str, render: impl FnOnce() -> T) -> T {
    static WATCHDOG: Once = Once::new();
    WATCHDOG.call_once(|| {
        // Without it, a render is merely unwatched.
        let _ = crate::threads::named("render watchdog").spawn(watch);
    });
    static NEXT: AtomicU64 = AtomicU64::new(0);
    /// Takes the document off the list however its render ends.
    struct Done(u64);
    impl Drop for Done {
        fn drop(&mut self) {
            let mut rendering = RENDERING.lock().unwrap_or_else(|e| e.into_inner());
            rendering.retain(|(document, _, _)| *document != self.0);
        }
    }
    let document = NEXT.fetch_add(1, Ordering::Relaxed);
    RENDERING
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .push((document, Instant::now(), template));
    let _done = Done(document);
    render()
}

/// The watchdog's loop: once a second, whether a document has rendered for too long.
fn watch() {
    loop {
        std::thread::sleep(Duration::from_secs(1));
        let late = RENDERING
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .iter()
            .find(|(_, since, _)| since.elapsed() > RENDER_TIME)
            .map(|(_, _, template)| *template);
        if let Some(template) = late {
            crate::errln!(
                "error: the theme's template `{template}` rendered one page for more than {} s: it loops without end, or over far more than the site holds; the output and candor.lock are as they were\n  help: look at the loops in themes/<theme>/templates/{template} (and the templates it extends or includes): each should go over a list of the site once",
                RENDER_TIME.as_secs()
            );
            std::process::exit(1);
        }
    }
}

/// The values all calls of `range` may give in one document: a hundred times what the longest
/// list of a site needs (a page of 10,000 rows), and a second or so of looping.
pub const RANGE_VALUES: usize = 1_000_000;

/// The longest document a template may write: as long as the longest file candor reads.
pub const DOCUMENT_BYTES: usize = crate::fs::MAX_FILE_SIZE as usize;

thread_local! {
    /// The values `range` may still give in the document this thread renders.
    static RANGE_LEFT: Cell<usize> = const { Cell::new(RANGE_VALUES) };
}

/// A new document: its own budget of `range` values.
pub fn start() {
    RANGE_LEFT.set(RANGE_VALUES);
}

/// Tera's `range(start=0, end, step_by=1)`, which gives the values from `start` up to, not
/// including, `end` (down to, with a negative `step_by`), counted against the document's budget.
pub fn range(kwargs: Kwargs, _: &State) -> tera::TeraResult<Vec<i128>> {
    let start = kwargs.get::<i128>("start")?.unwrap_or_default();
    let end = kwargs.must_get::<i128>("end")?;
    let step = kwargs.get::<i128>("step_by")?.unwrap_or(1);
    if step == 0 {
        return Err(tera::Error::message(
            "`range` was called with `step_by=0`, which never reaches `end`",
        ));
    }
    if start > end && step > 0 {
        return Err(tera::Error::message(
            "`range` was called with a `start` greater than its `end`: give a negative `step_by` to count down",
        ));
    }
    // How many values: the distance covered, in steps, rounded up (none going the wrong way).
    let (span, by) = match step > 0 {
        true => (end.checked_sub(start), step),
        false => (
            start.checked_sub(end),
            step.checked_neg().unwrap_or(i128::MAX),
        ),
    };
    let count = span
        .filter(|span| *span > 0)
        .map_or(0, |span| span / by + i128::from(span % by != 0));
    let left = RANGE_LEFT.get();
    let count = usize::try_from(count)
        .ok()
        .filter(|count| *count <= left)
        .ok_or_else(|| {
            tera::Error::message(format!(
                "the `range` calls of this page would give more than {RANGE_VALUES} values in all: loop over the site's own lists, or over shorter ranges"
            ))
        })?;
    RANGE_LEFT.set(left - count);
    // No value overflows: each lies between `start` and `end`.
    Ok((0..count).map(|i| start + i as i128 * step).collect())
}

/// A document as it is written, refused past its limit ([`DOCUMENT_BYTES`]).
pub struct Capped<'a> {
    out: &'a mut Vec<u8>,
    limit: usize,
}

impl<'a> Capped<'a> {
    pub fn new(out: &'a mut Vec<u8>) -> Capped<'a> {
        Capped {
            out,
            limit: DOCUMENT_BYTES,
        }
    }
}

impl Capped<'_> {
    #[cold]
    fn too_long(&self) -> std::io::Error {
        std::io::Error::other(format!(
            "this page would be longer than {} MB: a template writes without end",
            self.limit.div_ceil(1024 * 1024)
        ))
    }
}

// Tera writes a page in many short pieces: each is checked and copied inline, as a `Vec`'s own
// `Write` would copy it.
impl std::io::Write for Capped<'_> {
    #[inline]
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.write_all(buf).map(|()| buf.len())
    }

    #[inline]
    fn write_all(&mut self, buf: &[u8]) -> std::io::Result<()> {
        if self.out.len().saturating_add(buf.len()) > self.limit {
            return Err(self.too_long());
        }
        self.out.extend_from_slice(buf);
        Ok(())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn values(template: &str) -> Result<String, String> {
        let mut tera = tera::Tera::new();
        tera.register_function("range", range);
        tera.add_raw_template("t", template)
            .map_err(|e| e.to_string())?;
        start();
        tera.render("t", &tera::Context::new()).map_err(|e| {
            let mut text = e.to_string();
            let mut source = std::error::Error::source(&e);
            while let Some(s) = source {
                text.push_str(&format!(": {s}"));
                source = s.source();
            }
            text
        })
    }

    #[test]
    fn a_document_rendered_inside_another_leaves_the_outer_one_watched() {
        let watching = |template: &str| {
            RENDERING
                .lock()
                .unwrap()
                .iter()
                .any(|(_, _, t)| *t == template)
        };
        watched("outer.html", || {
            watched("inner.html", || assert!(watching("inner.html")));
            assert!(!watching("inner.html"));
            assert!(watching("outer.html"));
        });
        assert!(!watching("outer.html"));
    }

    #[test]
    fn range_gives_what_teras_gives() {
        for (call, gives) in [
            ("range(end=5)", "[0, 1, 2, 3, 4]"),
            ("range(start=2, end=9, step_by=3)", "[2, 5, 8]"),
            ("range(start=2, end=8, step_by=3)", "[2, 5]"),
            ("range(start=5, end=0, step_by=-2)", "[5, 3, 1]"),
            ("range(start=0, end=5, step_by=-1)", "[]"),
            ("range(start=3, end=3)", "[]"),
        ] {
            assert_eq!(
                values(&format!("{{{{ {call} }}}}")).as_deref(),
                Ok(gives),
                "{call}"
            );
        }
        assert!(values("{{ range(end=5, step_by=0) }}").is_err());
        assert!(values("{{ range(start=5, end=0) }}").is_err());
    }

    #[test]
    fn ranges_nested_share_one_budget_per_document() {
        let nested = "{% for i in range(end=100000) %}{% for j in range(end=100000) %}{% endfor %}{% endfor %}";
        let error = values(nested).unwrap_err();
        assert!(error.contains("more than 1000000 values"), "{error}");
        // Within the budget, and again for the next document.
        let ten =
            "{% for i in range(end=10) %}{% for j in range(end=90000) %}{% endfor %}{% endfor %}";
        assert_eq!(values(ten).as_deref(), Ok(""));
        assert_eq!(values(ten).as_deref(), Ok(""));
        assert!(values(&format!("{{{{ range(end={}) }}}}", i128::MAX)).is_err());
    }

    #[test]
    fn a_document_is_refused_past_its_length() {
        let mut out = Vec::new();
        let mut capped = Capped {
            out: &mut out,
            limit: 3 * 1024 * 1024,
        };
        capped.write_all(&vec![b'x'; 3 * 1024 * 1024]).unwrap();
        let error = capped.write_all(b"x").unwrap_err();
        assert!(error.to_string().contains("longer than 3 MB"), "{error}");
        assert_eq!(out.len(), 3 * 1024 * 1024);
    }
}
