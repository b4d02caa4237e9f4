//! The archive's copies of the publications in the preview, made after the pages are shown.
//!
//! Every earlier publication's page and annex, in every language, is rendered again on each
//! save (the theme or the words may have changed them), and there are as many as there are
//! publications. A save shows its pages first: a build renders the site without the archive's
//! copies ([`Scope::Live`]), the preview reloads, and then a thread of its own renders the
//! archive ([`Scope::Archive`]); a request for one of its files waits for it. A newer save
//! gives the rendering up, so that the pages of the newer build are not held up by it.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, OnceLock};
use std::thread::JoinHandle;

use crate::diagnostic::Diagnostics;
use crate::fs::IoError;
use crate::render::{Files, Scope};
use crate::site::Options;

use super::Loaded;

/// The archive's copies of one build.
#[derive(Debug, Default)]
pub(crate) struct Archive {
    /// The files, once made; `None` where the rendering was given up or failed.
    made: OnceLock<Option<Arc<Files>>>,
}

/// How an archive's rendering ended.
pub(crate) enum Made {
    /// The files, and the rendering's warnings (most are the build's own: the archive's facts
    /// are read by both).
    Files(Arc<Files>, Diagnostics),
    /// A newer build came first.
    GivenUp,
    /// Problems that kept the archive from being made, with the rendering's warnings.
    Failed(Diagnostics),
}

impl Archive {
    /// An archive already made.
    pub fn ready(files: Arc<Files>) -> Self {
        let made = OnceLock::new();
        let _ = made.set(Some(files));
        Self { made }
    }

    /// The archive's files, once they are made (this blocks until then); `None` where they
    /// will not be.
    pub fn wait(&self) -> Option<Arc<Files>> {
        self.made.wait().clone()
    }

    /// The files where they are made already.
    pub fn get(&self) -> Option<Arc<Files>> {
        self.made.get().cloned().flatten()
    }

    /// An archive that will not be made (a newer build's replaced it): whoever waits for it
    /// asks the newer one.
    pub fn abandon(&self) {
        self.set(None);
    }

    fn set(&self, files: Option<Arc<Files>>) {
        let _ = self.made.set(files);
    }
}

/// Renders `loaded`'s archive in one go, on this thread, unless `give_up` is set first.
pub(crate) fn render(loaded: &Loaded, options: &Options, give_up: &AtomicBool) -> Made {
    let files = Mutex::new(Files::new());
    let emit = |more: Files| {
        if give_up.load(Ordering::Relaxed) {
            return Err(IoError::new(
                "render",
                std::path::Path::new("archive"),
                std::io::Error::new(std::io::ErrorKind::Interrupted, "a newer build came first"),
            ));
        }
        files.lock().expect("no panic while rendering").extend(more);
        Ok(())
    };
    let mut diags = Diagnostics::default();
    let input = loaded.site.render_input(options);
    match crate::render::render_scope(input, &loaded.stamp, Scope::Archive, &emit, &mut diags) {
        Ok(true) => Made::Files(
            Arc::new(files.into_inner().expect("rendering is over")),
            diags,
        ),
        Ok(false) => Made::Failed(diags),
        Err(_) => Made::GivenUp,
    }
}

/// What an archive is made from, and for which build.
#[derive(Clone)]
pub(crate) struct Work {
    pub loaded: Arc<Loaded>,
    pub archive: Arc<Archive>,
    /// The build's id ([`super::Preview::build`]).
    pub build: String,
}

impl Work {
    /// Makes the archive here and now.
    pub fn finish(&self) {
        self.archive.set(
            match render(&self.loaded, &self.loaded.options, &AtomicBool::new(false)) {
                Made::Files(files, _) => Some(files),
                Made::GivenUp | Made::Failed(_) => None,
            },
        );
    }
}

/// An archive being made on a thread of its own.
pub(crate) struct Job {
    give_up: Arc<AtomicBool>,
    thread: JoinHandle<()>,
    work: Work,
}

impl Job {
    /// Renders `work`'s archive on a thread of its own, then calls `done` with how it ended
    /// (unless it was given up, which leaves the archive to be made).
    pub fn start(
        work: Work,
        done: impl FnOnce(&Work, Made) + Send + 'static,
    ) -> std::io::Result<Job> {
        let give_up = Arc::new(AtomicBool::new(false));
        let (flag, doing) = (give_up.clone(), work.clone());
        let thread = crate::threads::named("candor-archive").spawn(move || {
            // On one core, so that the other answers requests (a review page, made when it
            // is asked for) without waiting for the whole archive. A panic is reported like
            // a failed rendering: the preview stays up.
            let one_core = crate::threads::pool(1).build();
            let made = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                let archive = || render(&doing.loaded, &doing.loaded.options, &flag);
                match &one_core {
                    Ok(pool) => pool.install(archive),
                    Err(_) => archive(),
                }
            }))
            .unwrap_or_else(|_| {
                let mut diags = Diagnostics::default();
                diags.push(crate::diagnostic::Diagnostic::error(
                    "candor crashed while rendering the archive (a bug: please report it)",
                ));
                Made::Failed(diags)
            });
            match &made {
                Made::Files(files, _) => doing.archive.set(Some(files.clone())),
                Made::Failed(_) => doing.archive.set(None),
                Made::GivenUp => return,
            }
            done(&doing, made);
        })?;
        Ok(Job {
            give_up,
            thread,
            work,
        })
    }

    /// Gives the rendering up and waits for the batches under way to end. Returns the work
    /// left undone, if the archive was not made yet.
    pub fn give_up(self) -> Option<Work> {
        self.give_up.store(true, Ordering::Relaxed);
        let _ = self.thread.join();
        self.work.archive.made.get().is_none().then_some(self.work)
    }
}
