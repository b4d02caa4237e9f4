//! `candor serve`: the live preview.
//!
//! The site is built in memory through the real pipeline (loaded, stamped and rendered in
//! preview mode: a missing translation is a warning and shows the source text, marked) and
//! never written: no `public/`, no `candor.lock`, no translation records. The structure follows
//! mdBook's and Zola's `serve`:
//!
//! - the **main thread** watches the site's sources ([`watch`]) and rebuilds the site on every
//!   change, all but the archive's copies of the publications;
//! - an **archive thread** renders those after each build is shown ([`archive`]), until a newer
//!   build gives it up;
//! - the **server thread** runs a tokio runtime with an axum router ([`http`]) that serves the
//!   last good build from memory, `/__candor/live.js` and the `/__candor/ws` WebSocket, and
//!   makes a language's review page when it is first asked for ([`review`]);
//! - a `tokio::sync::broadcast` channel carries "reload" and "error" messages from the builds
//!   to open pages.
//!
//! A failed rebuild keeps the last good pages, prints the diagnostics on stderr and shows them
//! in the browser: over open pages (through the socket) and in every page served while the site
//! is broken ([`inject`]), so a translator can fix a mistake without leaving the browser.

mod archive;
mod http;
mod inject;
mod review;
mod watch;

use std::collections::BTreeSet;
use std::io::Write;
use std::net::{Ipv4Addr, SocketAddr, TcpListener};
use std::panic::AssertUnwindSafe;
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

use anyhow::Context as _;
use tokio::sync::broadcast;

use crate::diagnostic::{Diagnostic, Diagnostics, Printer};
use crate::history::lock::{self, Recording, Stamp};
use crate::render::{Files, Scope};
use crate::site::{Options, Site};
use archive::Archive;
use review::ReviewView;

/// Where the review pages are served, beside the site.
pub const REVIEW: &str = "__candor/review/";

/// How long the watcher waits for a burst of file events to end before it reports them. Short:
/// the whole save-to-reload budget is 100 ms, and the example site builds in a few.
const DEBOUNCE: Duration = Duration::from_millis(25);

/// `--poll`: how often the poll watcher looks at every file.
const POLL_INTERVAL: Duration = Duration::from_millis(200);

/// A build that may have read a file in the middle of its save ([`may_be_mid_save`]) waits this
/// long for more changes before it is shown: an editor that saves in several steps (delete or
/// empty the file, then write it) must not flash an error overlay, or reload the page with the
/// file's part missing.
const SAVE_GRACE: Duration = Duration::from_millis(60);

/// What the preview serves right now.
#[derive(Debug)]
pub(crate) struct Preview {
    /// The pages of the last good build (empty if there has been none), all but the
    /// archive's copies.
    pub files: Arc<Files>,
    /// The archive's copies of the publications, made after the pages ([`archive`]).
    pub archive: Arc<Archive>,
    /// Its review view (`None` if there has been no good build).
    pub review: Option<Arc<ReviewView>>,
    /// Identifies the last good build: a page whose build differs is out of date.
    pub build: String,
    /// While the site is broken: the diagnostics as plain text, for the overlay.
    pub error: Option<Arc<str>>,
    /// The warnings of the last good build as plain text, for a panel beside its pages (qa93:
    /// a translator working in the browser saw none); `None` where it had none.
    pub warnings: Option<Arc<str>>,
}

impl Preview {
    /// The live-reload message for this state: `reload` (or `hello` on connect) with the build,
    /// or `error` with the overlay's text.
    pub fn message(&self, kind: Kind) -> String {
        let kind = match (kind, &self.error) {
            (Kind::Hello, _) => "hello",
            (Kind::Update, None) => "reload",
            (Kind::Update, Some(_)) => "error",
        };
        serde_json::json!({
            "type": kind,
            "build": self.build,
            "error": self.error.as_deref(),
            "warnings": self.warnings.as_deref(),
        })
        .to_string()
    }
}

/// Which live-reload message to write.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Kind {
    /// The first message on a new connection: the current state.
    Hello,
    /// A state change: `reload` or `error`.
    Update,
}

/// The state shared between the builder (main thread) and the server thread.
#[derive(Debug)]
pub(crate) struct Live {
    state: RwLock<Arc<Preview>>,
    /// Live-reload messages (JSON) to every open page.
    events: broadcast::Sender<Arc<str>>,
}

impl Live {
    fn new() -> Self {
        Self {
            state: RwLock::new(Arc::new(Preview {
                files: Arc::new(Files::new()),
                archive: Arc::new(Archive::ready(Arc::new(Files::new()))),
                review: None,
                build: String::new(),
                error: None,
                warnings: None,
            })),
            events: broadcast::channel(64).0,
        }
    }

    /// The current state; cheap (one `Arc` clone).
    pub fn current(&self) -> Arc<Preview> {
        self.state
            .read()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .clone()
    }

    /// Subscribes to live-reload messages.
    pub fn subscribe(&self) -> broadcast::Receiver<Arc<str>> {
        self.events.subscribe()
    }

    /// Shows `error` over the pages of `build` while it is the one served (its archive could
    /// not be made).
    fn fail(&self, build: &str, error: String) {
        let current = self.current();
        if current.build != build || current.error.is_some() {
            return;
        }
        self.publish(Preview {
            files: current.files.clone(),
            archive: current.archive.clone(),
            review: current.review.clone(),
            build: current.build.clone(),
            error: Some(error.into()),
            warnings: current.warnings.clone(),
        });
    }

    /// Replaces the state and tells every open page.
    fn publish(&self, preview: Preview) {
        let message: Arc<str> = preview.message(Kind::Update).into();
        *self
            .state
            .write()
            .unwrap_or_else(|poisoned| poisoned.into_inner()) = Arc::new(preview);
        // No receiver (no page open) is not an error.
        let _ = self.events.send(message);
    }
}

/// What the main thread waits for.
#[derive(Debug)]
pub(crate) enum Event {
    /// Relevant sources changed (paths relative to the site). `folders` names the source
    /// folders (`content`, …) that were themselves created, removed or renamed.
    Changed {
        paths: BTreeSet<PathBuf>,
        folders: BTreeSet<&'static str>,
    },
    /// The watcher reported a problem.
    WatchError(String),
    /// The server thread ended.
    ServerStopped(anyhow::Result<()>),
}

/// Serves the site at `root` on 127.0.0.1:`port`, rebuilding on change.
pub fn serve(root: &Path, port: u16, poll: bool) -> anyhow::Result<()> {
    let shown = super::shown(root);
    let root = std::fs::canonicalize(root)
        .with_context(|| format!("failed to read `{}`", root.display()))?;
    // Fail early on a bad SOURCE_DATE_EPOCH, like `build` and `check`.
    lock::publication_time().map_err(anyhow::Error::msg)?;

    // Watch before the first build, so that a change made during it is not missed.
    let (tx, rx) = mpsc::channel();
    let mut watcher = watch::Watcher::new(&root, poll, tx.clone())?;

    let live = Arc::new(Live::new());
    let mut builder = Builder::new(root.clone(), live.clone());
    builder.rebuild(&BTreeSet::new());

    let listener = bind(port)?;
    let addr = listener
        .local_addr()
        .context("failed to read the bound address")?;
    http::spawn(listener, live, tx)?;

    crate::outln!("serving {shown} at http://{addr}/");
    crate::errln!(
        "review view for legal (changes since the last publication marked): http://{addr}/{REVIEW}"
    );
    let _ = std::io::stdout().flush();

    loop {
        let mut changed = BTreeSet::new();
        let mut folders = BTreeSet::new();
        match rx.recv() {
            Ok(event) => {
                if let Some(stop) = take(event, &mut changed, &mut folders) {
                    return stop;
                }
            }
            Err(_) => anyhow::bail!("the file watcher stopped"),
        }
        // Coalesce: everything that is already queued goes into this rebuild.
        while let Ok(event) = rx.try_recv() {
            if let Some(stop) = take(event, &mut changed, &mut folders) {
                return stop;
            }
        }
        if !folders.is_empty() {
            watcher.refresh(&folders);
        }
        if let Some(stop) = builder.rebuild_settled(changed, &rx, &mut watcher) {
            return stop;
        }
    }
}

/// Adds one event to the batch; `Some` means stop serving with that result.
fn take(
    event: Event,
    changed: &mut BTreeSet<PathBuf>,
    folders: &mut BTreeSet<&'static str>,
) -> Option<anyhow::Result<()>> {
    match event {
        Event::Changed {
            paths,
            folders: moved,
        } => {
            changed.extend(paths);
            folders.extend(moved);
            None
        }
        Event::WatchError(e) => {
            crate::errln!(
                "warning: watching the site: {}",
                crate::text::visible(&e.to_string())
            );
            None
        }
        Event::ServerStopped(result) => {
            Some(result.and_then(|()| Err(anyhow::anyhow!("the server stopped"))))
        }
    }
}

/// Whether a build may have read a file in the middle of its save: it failed (the file was
/// deleted before it is written again, or is half written), or a file that changed (`changed`,
/// relative to the site's `root`) is now empty, which a build reads as a file that says nothing
/// (an optional part of the site left out) while the editor is about to write it.
fn may_be_mid_save(root: &Path, failed: bool, changed: &BTreeSet<PathBuf>) -> bool {
    failed
        || changed.iter().any(|path| {
            std::fs::symlink_metadata(root.join(path)).is_ok_and(|m| m.is_file() && m.len() == 0)
        })
}

/// Binds 127.0.0.1:`port` (0: any free port), with a clear message when it is taken.
fn bind(port: u16) -> anyhow::Result<TcpListener> {
    let addr = SocketAddr::from((Ipv4Addr::LOCALHOST, port));
    TcpListener::bind(addr).map_err(|e| match e.kind() {
        std::io::ErrorKind::AddrInUse => anyhow::anyhow!(
            "port {port} on 127.0.0.1 is already in use: choose another with `--port N`, or \
             `--port 0` for any free port"
        ),
        _ => anyhow::Error::new(e).context(format!("failed to listen on {addr}")),
    })
}

/// Builds the site and publishes the result.
struct Builder {
    root: PathBuf,
    live: Arc<Live>,
    builds: u64,
    /// A prefix that makes build ids differ between runs of `serve`, so that a page open
    /// across a restart reloads.
    run: String,
    /// The warnings last printed, so that an unchanged set is not printed on every save.
    warnings: String,
    /// The moment a new publication is previewed with ([`Builder::publication_time`]).
    preview_time: Option<jiff::Timestamp>,
    /// The last good build's archive, while it is being made.
    archiving: Option<archive::Job>,
    /// The archive a build gave up before it was made, until that build is shown.
    undone: Option<archive::Work>,
}

/// A site as a build loaded and stamped it: what its review view and its archive are made
/// from after its pages are shown.
pub(crate) struct Loaded {
    pub site: Site,
    pub stamp: Stamp,
    /// How it was rendered.
    pub options: Options,
}

/// What one build produced.
enum Outcome {
    Built {
        /// All but the archive's copies ([`crate::render::Scope::Live`]).
        files: Files,
        loaded: Box<Loaded>,
        warnings: Diagnostics,
    },
    Failed(Diagnostics),
}

impl Builder {
    fn new(root: PathBuf, live: Arc<Live>) -> Self {
        let started = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_millis());
        Self {
            root,
            live,
            builds: 0,
            run: format!("{started:x}"),
            warnings: String::new(),
            preview_time: None,
            archiving: None,
            undone: None,
        }
    }

    /// The moment a new publication is previewed with: the clock's (or `SOURCE_DATE_EPOCH`) at
    /// the first build, kept for the builds after it, so that a rebuild that changes nothing
    /// else shows the same pages and reloads none (they would differ by the time alone, to the
    /// second). Taken again on a new day (UTC), so that the preview shows today's date; when
    /// `candor.lock` changed, so that the preview follows a publication recorded since; and
    /// where the clock went back.
    fn publication_time(&mut self, changed: &BTreeSet<PathBuf>) -> Result<jiff::Timestamp, String> {
        let now = lock::publication_time()?;
        // The day a publication at that moment is dated ([`lock::When::at`]).
        let day = |t: jiff::Timestamp| lock::When::at(t).date;
        let time = match self.preview_time {
            Some(kept)
                if kept <= now
                    && day(kept) == day(now)
                    && !changed.contains(Path::new(lock::FILE)) =>
            {
                kept
            }
            _ => now,
        };
        self.preview_time = Some(time);
        Ok(time)
    }

    /// Rebuilds after `changed`. If the build may have read a file mid-save and more changes
    /// arrive within [`SAVE_GRACE`] (an editor saving in steps), rebuilds with them before
    /// showing anything.
    fn rebuild_settled(
        &mut self,
        mut changed: BTreeSet<PathBuf>,
        rx: &Receiver<Event>,
        watcher: &mut watch::Watcher,
    ) -> Option<anyhow::Result<()>> {
        loop {
            let start = Instant::now();
            let outcome = self.build(&changed);
            let failed = matches!(outcome, Outcome::Failed(_));
            if may_be_mid_save(&self.root, failed, &changed) {
                let mut more = BTreeSet::new();
                let mut folders = BTreeSet::new();
                let deadline = start + SAVE_GRACE;
                loop {
                    let left = deadline.saturating_duration_since(Instant::now());
                    match rx.recv_timeout(left) {
                        Ok(event) => {
                            if let Some(stop) = take(event, &mut more, &mut folders) {
                                return Some(stop);
                            }
                        }
                        Err(RecvTimeoutError::Timeout) => break,
                        Err(RecvTimeoutError::Disconnected) => {
                            return Some(Err(anyhow::anyhow!("the file watcher stopped")));
                        }
                    }
                }
                if !folders.is_empty() {
                    watcher.refresh(&folders);
                }
                if !more.is_empty() || !folders.is_empty() {
                    changed.extend(more);
                    continue;
                }
            }
            self.publish(outcome, start.elapsed(), &changed);
            return None;
        }
    }

    /// Builds once and publishes the result.
    fn rebuild(&mut self, changed: &BTreeSet<PathBuf>) {
        let start = Instant::now();
        let outcome = self.build(changed);
        self.publish(outcome, start.elapsed(), changed);
    }

    /// Runs the pipeline in memory. A panic in it is reported like a failed build: the preview
    /// stays up.
    fn build(&mut self, changed: &BTreeSet<PathBuf>) -> Outcome {
        // The last build's archive, if it is still being made, gives way to this build's pages.
        if let Some(job) = self.archiving.take() {
            self.undone = job.give_up();
        }
        let mut diags = Diagnostics::default();
        let now = self.publication_time(changed);
        let files = std::panic::catch_unwind(AssertUnwindSafe(|| {
            let now = match now {
                Ok(now) => now,
                Err(e) => {
                    diags.push(Diagnostic::error(e));
                    return None;
                }
            };
            let options = Options {
                missing: crate::render::Missing::ShowsTheSource,
                placeholders: crate::load::placeholder::Placeholders::Show,
                ..Options::new(Recording::Preview { now })
            };
            // The pages first: the archive's copies are made once they are shown ([`archive`]),
            // the review view when it is asked for ([`review`]).
            let site = Site::load(&self.root, &options, &mut diags)?;
            let stamp = site.stamp(&options, &mut diags)?;
            let input = site.render_input(&options);
            let files = crate::render::scope_in_memory(input, &stamp, Scope::Live, &mut diags)?;
            Some((files, site, stamp, options))
        }));
        let files = files.unwrap_or_else(|_| {
            diags.push(Diagnostic::error(
                "candor crashed while building the site (a bug: please report it)",
            ));
            None
        });
        diags.sort();
        match files {
            Some((files, site, stamp, options)) if !diags.has_errors() => Outcome::Built {
                files,
                loaded: Box::new(Loaded {
                    site,
                    stamp,
                    options,
                }),
                warnings: diags,
            },
            _ => {
                if !diags.has_errors() {
                    diags.push(Diagnostic::error("the site could not be built"));
                }
                Outcome::Failed(diags)
            }
        }
    }

    fn publish(&mut self, outcome: Outcome, took: Duration, changed: &BTreeSet<PathBuf>) {
        let current = self.live.current();
        let ms = took.as_millis();
        let what = describe(changed);
        // The last build's archive, where this build gave it up before it was made.
        let mut undone = self.undone.take();
        match outcome {
            Outcome::Built {
                files,
                loaded,
                warnings,
            } => {
                self.print_warnings(&warnings);
                let shown_warnings = warnings_text(&warnings);
                let first = self.builds == 0;
                let files = Arc::new(files);
                let loaded: Arc<Loaded> = Arc::from(loaded);
                let review = ReviewView::new(loaded.clone(), files.clone());
                let same_pages = current.error.is_none()
                    && *current.files == *files
                    && current
                        .review
                        .as_ref()
                        .is_some_and(|was| was.same_baseline(&review));
                // Pages the same: only the archive's copies can tell whether anything changed
                // (words only they speak, say). Made here, which is rare.
                let mut archive = Arc::new(Archive::default());
                if !first && same_pages {
                    // The last build's archive, to compare with, finished first if it was left.
                    if let Some(undone) = undone.take() {
                        undone.finish();
                    }
                    match archive::render(&loaded, &loaded.options, &AtomicBool::new(false)) {
                        archive::Made::Files(made, _) => {
                            if current.archive.get().is_some_and(|was| *was == *made) {
                                crate::errln!("rebuilt in {ms} ms{what}: no page changed");
                                // The warnings may have (a line added above one moves it):
                                // the panel follows, and the pages stay as they are.
                                if current.warnings != shown_warnings {
                                    self.live.publish(Preview {
                                        files: current.files.clone(),
                                        archive: current.archive.clone(),
                                        review: current.review.clone(),
                                        build: current.build.clone(),
                                        error: None,
                                        warnings: shown_warnings,
                                    });
                                }
                                return;
                            }
                            archive = Arc::new(Archive::ready(made));
                        }
                        // Shown when it is made again below.
                        archive::Made::Failed(_) | archive::Made::GivenUp => {}
                    }
                }
                self.builds += 1;
                let build = format!("{}-{}", self.run, self.builds);
                self.live.publish(Preview {
                    files,
                    archive: archive.clone(),
                    review: Some(Arc::new(review)),
                    build: build.clone(),
                    error: None,
                    warnings: shown_warnings,
                });
                // Only now: a request that waited for the archive given up asks this build.
                if let Some(undone) = undone {
                    undone.archive.abandon();
                }
                if first {
                    crate::errln!("built in {ms} ms");
                } else {
                    crate::errln!("rebuilt in {ms} ms{what}");
                }
                if archive.get().is_none() {
                    self.make_archive(archive::Work {
                        loaded,
                        archive,
                        build,
                    });
                }
            }
            Outcome::Failed(diags) => {
                print_failure(&diags, self.builds > 0);
                self.warnings.clear();
                // The last good build's archive is still served: it is made on.
                if let Some(undone) = undone {
                    self.make_archive(undone);
                }
                let text = overlay_text(&diags);
                if current.error.as_deref() == Some(text.as_str()) {
                    return;
                }
                self.live.publish(Preview {
                    files: current.files.clone(),
                    archive: current.archive.clone(),
                    review: current.review.clone(),
                    build: current.build.clone(),
                    error: Some(text.into()),
                    // The overlay shows them with the errors.
                    warnings: None,
                });
            }
        }
    }

    /// Makes a build's archive on a thread of its own; its problems, if it has any, are shown
    /// as a failed build's while that build is the one served.
    fn make_archive(&mut self, work: archive::Work) {
        let live = self.live.clone();
        let done = move |work: &archive::Work, made: archive::Made| match made {
            archive::Made::Files(_, warnings) => {
                if warnings.iter().next().is_some() {
                    print_diagnostics(&warnings);
                }
            }
            archive::Made::Failed(diags) => {
                print_failure(&diags, true);
                live.fail(&work.build, overlay_text(&diags));
            }
            archive::Made::GivenUp => {}
        };
        match archive::Job::start(work.clone(), done) {
            Ok(job) => self.archiving = Some(job),
            Err(e) => {
                work.archive.abandon();
                let mut diags = Diagnostics::default();
                diags.push(Diagnostic::error(format!(
                    "failed to start rendering the archive: {e}"
                )));
                print_failure(&diags, true);
                self.live.fail(&work.build, overlay_text(&diags));
            }
        }
    }

    /// Prints the warnings of a good build when they differ from the last ones printed.
    fn print_warnings(&mut self, warnings: &Diagnostics) {
        let plain = Printer::plain();
        let text: String = warnings.iter().map(|d| plain.render(d)).collect();
        if text == self.warnings {
            return;
        }
        self.warnings = text;
        print_diagnostics(warnings);
    }
}

/// What the overlay shows of a failed build: how many errors and warnings, then the errors,
/// then the warnings (each group in file order), so that the error is never below the fold
/// under warnings that did not stop the build.
fn overlay_text(diags: &Diagnostics) -> String {
    let plain = Printer::plain();
    let mut text = super::plural(diags.error_count(), "error");
    if diags.warning_count() > 0 {
        text.push_str(&format!(
            ", {}",
            super::plural(diags.warning_count(), "warning")
        ));
    }
    text.push_str("\n\n");
    let (shown, unshown) = diags.shown();
    let (errors, warnings): (Vec<_>, Vec<_>) = shown.into_iter().partition(|d| d.is_error());
    for d in errors.into_iter().chain(warnings) {
        text.push_str(&plain.render(d));
    }
    text.extend(unshown.line());
    text
}

/// What the panel of warnings shows of a good build: how many, then each; `None` without any.
fn warnings_text(warnings: &Diagnostics) -> Option<Arc<str>> {
    if warnings.warning_count() == 0 {
        return None;
    }
    let plain = Printer::plain();
    let mut text = super::plural(warnings.warning_count(), "warning");
    text.push_str("\n\n");
    let (shown, unshown) = warnings.shown();
    for d in shown {
        text.push_str(&plain.render(d));
    }
    text.extend(unshown.line());
    Some(text.into())
}

/// Prints diagnostics on stderr, at most [`crate::diagnostic::MAX_SHOWN`] of them.
fn print_diagnostics(diags: &Diagnostics) {
    let printer = Printer::for_stderr();
    let mut err = std::io::stderr().lock();
    let (shown, unshown) = diags.shown();
    for d in shown {
        let _ = write!(err, "{}", printer.render(d));
    }
    if let Some(line) = unshown.line() {
        let _ = write!(err, "{line}");
    }
}

/// Prints a failed build's diagnostics on stderr, and what is served meanwhile: the last good
/// build, if one was made (`served`), or only the error.
fn print_failure(diags: &Diagnostics, served: bool) {
    print_diagnostics(diags);
    let mut err = std::io::stderr().lock();
    let errors = diags.error_count();
    let meanwhile = match served {
        true => "still serving the last good build",
        false => "no build to serve yet: the preview shows the error until one succeeds",
    };
    let _ = writeln!(
        err,
        "failed: {errors} error{}; {meanwhile}",
        if errors == 1 { "" } else { "s" }
    );
}

/// ` after locales/de/chrome.ftl changed`, naming at most three files.
fn describe(changed: &BTreeSet<PathBuf>) -> String {
    if changed.is_empty() {
        return String::new();
    }
    let mut names: Vec<String> = changed
        .iter()
        .take(3)
        // A file's name is the site's to choose: shown as text, never as terminal controls.
        .map(|p| crate::text::visible_name(&p.display().to_string()).into_owned())
        .collect();
    if changed.len() > 3 {
        names.push(format!("{} more", changed.len() - 3));
    }
    format!(" after {} changed", names.join(", "))
}

/// The review view's problems, shown with the site's: a problem that only the review view has
/// does not stop the preview of the pages, so it is a warning, and says which view it is about.
fn of_review_view(found: Diagnostics) -> Diagnostics {
    let mut out = Diagnostics::default();
    for mut d in found {
        d.message = format!("review view (/{REVIEW}): {}", d.message);
        d.severity = crate::diagnostic::Severity::Warning;
        out.push(d);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_say_reload_or_error() {
        let mut p = Preview {
            files: Arc::new(Files::new()),
            archive: Arc::default(),
            review: None,
            build: "b-1".into(),
            error: None,
            warnings: None,
        };
        let reload: serde_json::Value = serde_json::from_str(&p.message(Kind::Update)).unwrap();
        assert_eq!(reload["type"], "reload");
        assert_eq!(reload["build"], "b-1");
        assert!(reload["error"].is_null());
        p.error = Some("content/a.toml:1:1: bad".into());
        let error: serde_json::Value = serde_json::from_str(&p.message(Kind::Update)).unwrap();
        assert_eq!(error["type"], "error");
        assert_eq!(error["error"], "content/a.toml:1:1: bad");
        let hello: serde_json::Value = serde_json::from_str(&p.message(Kind::Hello)).unwrap();
        assert_eq!(hello["type"], "hello");
    }

    #[test]
    fn a_build_after_a_file_was_emptied_or_that_failed_waits_for_the_rest_of_the_save() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("written.toml"), "a = 1\n").unwrap();
        std::fs::write(dir.path().join("emptied.toml"), "").unwrap();
        let changed =
            |names: &[&str]| -> BTreeSet<PathBuf> { names.iter().map(PathBuf::from).collect() };
        let root = dir.path();
        assert!(!may_be_mid_save(root, false, &changed(&["written.toml"])));
        assert!(may_be_mid_save(
            root,
            false,
            &changed(&["written.toml", "emptied.toml"])
        ));
        // A file deleted for good is not being saved: its build is shown at once.
        assert!(!may_be_mid_save(root, false, &changed(&["deleted.toml"])));
        // A failed build may have read a file half written.
        assert!(may_be_mid_save(root, true, &changed(&["written.toml"])));
    }

    #[test]
    fn describe_names_a_few_files() {
        let one: BTreeSet<PathBuf> = [PathBuf::from("locales/de/chrome.ftl")].into();
        assert_eq!(describe(&one), " after locales/de/chrome.ftl changed");
        // ESC ] 52 writes the clipboard, ESC [ 2 J clears the screen: shown, not run.
        let hostile: BTreeSet<PathBuf> = [PathBuf::from(
            "content/x\u{1b}]52;c;cHduZWQ=\u{7}\u{1b}[2J.toml",
        )]
        .into();
        assert_eq!(
            describe(&hostile),
            " after content/x\\u{1b}]52;c;cHduZWQ=\\u{7}\\u{1b}[2J.toml changed"
        );
        let many: BTreeSet<PathBuf> = (0..5).map(|i| PathBuf::from(format!("{i}"))).collect();
        assert_eq!(describe(&many), " after 0, 1, 2, 2 more changed");
        assert_eq!(describe(&BTreeSet::new()), "");
    }

    #[test]
    fn the_review_views_problems_are_shown_as_warnings_that_name_it() {
        let mut found = Diagnostics::default();
        found.push(Diagnostic::error("the publication cannot be read back"));
        let shown = of_review_view(found);
        assert_eq!((shown.error_count(), shown.warning_count()), (0, 1));
        let d = shown.iter().next().unwrap();
        assert!(
            d.message
                .starts_with("review view (/__candor/review/): the publication"),
            "{}",
            d.message
        );
    }
}
