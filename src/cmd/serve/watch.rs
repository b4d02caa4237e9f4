//! Watching the site's sources: `candor.toml`, `candor.lock`, `content/`, `locales/` and
//! `themes/`.
//!
//! notify-debouncer-full turns a burst of file events into one report ([`super::DEBOUNCE`]);
//! `--poll` swaps the operating system's events for notify's `PollWatcher`. The site root is
//! watched non-recursively, so that a source folder created later (`themes/` often is) and
//! editors that save by renaming are seen; each source folder that exists is watched
//! recursively, and watched again when it is replaced. Editor temporary files, the output
//! directory and our own reads of the sources are not changes.

use std::collections::BTreeSet;
use std::path::{Component, Path, PathBuf};
use std::sync::mpsc::Sender;

use anyhow::Context as _;
use notify::event::{AccessKind, AccessMode, MetadataKind, ModifyKind};
use notify::{EventKind, PollWatcher, RecommendedWatcher, RecursiveMode};
use notify_debouncer_full::{
    DebounceEventResult, DebouncedEvent, Debouncer, RecommendedCache, new_debouncer_opt,
};

use super::{DEBOUNCE, Event, POLL_INTERVAL};
use crate::site::{SOURCE_FILES as FILES, SOURCE_FOLDERS as FOLDERS};

/// A debounced watcher of either kind, and which source folders it watches.
pub struct Watcher {
    root: PathBuf,
    inner: Inner,
    watched: BTreeSet<&'static str>,
}

enum Inner {
    Native(Debouncer<RecommendedWatcher, RecommendedCache>),
    Poll(Debouncer<PollWatcher, RecommendedCache>),
}

impl Inner {
    fn watch(&mut self, path: &Path, mode: RecursiveMode) -> notify::Result<()> {
        match self {
            Inner::Native(d) => d.watch(path, mode),
            Inner::Poll(d) => d.watch(path, mode),
        }
    }

    fn unwatch(&mut self, path: &Path) -> notify::Result<()> {
        match self {
            Inner::Native(d) => d.unwatch(path),
            Inner::Poll(d) => d.unwatch(path),
        }
    }
}

impl Watcher {
    /// Starts watching the site at `root` (canonical); changes are sent to `tx`.
    pub fn new(root: &Path, poll: bool, tx: Sender<Event>) -> anyhow::Result<Self> {
        let filter_root = root.to_path_buf();
        let handler = move |result: DebounceEventResult| {
            let event = match result {
                Ok(events) => match relevant(&filter_root, &events) {
                    Some(event) => event,
                    None => return,
                },
                Err(errors) => Event::WatchError(
                    errors
                        .iter()
                        .map(ToString::to_string)
                        .collect::<Vec<_>>()
                        .join("; "),
                ),
            };
            // The main thread is gone only when serve is ending.
            let _ = tx.send(event);
        };
        // The poll watcher compares modification times in whole seconds; comparing contents
        // too catches a second save within the same second. Neither follows a link: one in a
        // source folder may lead anywhere on the disk, whose files polling would read (and
        // rebuild on). A link the loader follows leads into a source folder (`fs::confine`), which
        // is watched in its own place.
        let config = notify::Config::default()
            .with_poll_interval(POLL_INTERVAL)
            .with_compare_contents(poll)
            .with_follow_symlinks(false);
        let inner = if poll {
            Inner::Poll(new_debouncer_opt(
                DEBOUNCE,
                None,
                handler,
                RecommendedCache::new(),
                config,
            )?)
        } else {
            Inner::Native(new_debouncer_opt(
                DEBOUNCE,
                None,
                handler,
                RecommendedCache::new(),
                config,
            )?)
        };
        let mut watcher = Self {
            root: root.to_path_buf(),
            inner,
            watched: BTreeSet::new(),
        };
        watcher
            .inner
            .watch(root, RecursiveMode::NonRecursive)
            .with_context(|| format!("failed to watch `{}`", root.display()))?;
        watcher.refresh(&BTreeSet::new());
        Ok(watcher)
    }

    /// Watches the source folders that exist and are not watched yet, forgets those that are
    /// gone, and watches `replaced` ones afresh (their old watch may point at a removed folder).
    pub fn refresh(&mut self, replaced: &BTreeSet<&'static str>) {
        for folder in FOLDERS {
            let path = self.root.join(folder);
            let exists = path.is_dir();
            let watched = self.watched.contains(folder);
            if watched && (!exists || replaced.contains(folder)) {
                // The folder may already be gone, and its watch with it.
                let _ = self.inner.unwatch(&path);
                self.watched.remove(folder);
            }
            if exists && !self.watched.contains(folder) {
                match self.inner.watch(&path, RecursiveMode::Recursive) {
                    Ok(()) => {
                        self.watched.insert(folder);
                    }
                    Err(e) => crate::errln!(
                        "warning: failed to watch `{}`: {}",
                        crate::text::visible_name(&path.display().to_string()),
                        crate::text::visible(&e.to_string())
                    ),
                }
            }
        }
    }
}

/// The changes among `events` that call for a rebuild, if any.
fn relevant(root: &Path, events: &[DebouncedEvent]) -> Option<Event> {
    let mut paths = BTreeSet::new();
    let mut folders = BTreeSet::new();
    let mut rescan = false;
    for event in events {
        if event.need_rescan() {
            rescan = true;
            continue;
        }
        if !is_change(&event.kind) {
            continue;
        }
        for path in &event.paths {
            let Some(rel) = source_path(root, path) else {
                continue;
            };
            if let Some(folder) = FOLDERS.iter().find(|f| rel == Path::new(f)) {
                folders.insert(*folder);
            }
            paths.insert(rel);
        }
    }
    if rescan {
        // The operating system dropped events: anything may have changed.
        folders.extend(FOLDERS);
    }
    (rescan || !paths.is_empty()).then_some(Event::Changed { paths, folders })
}

/// Whether an event kind can change what a file says. Opening and reading (our own builds do
/// both) and access times cannot.
fn is_change(kind: &EventKind) -> bool {
    match kind {
        EventKind::Access(AccessKind::Close(AccessMode::Write)) => true,
        EventKind::Access(_) => false,
        EventKind::Modify(ModifyKind::Metadata(MetadataKind::AccessTime)) => false,
        _ => true,
    }
}

/// `path` relative to `root` if it is one of the site's sources and not an editor's temporary
/// file.
pub fn source_path(root: &Path, path: &Path) -> Option<PathBuf> {
    let rel = path.strip_prefix(root).ok()?;
    let mut parts = rel.components();
    let Some(Component::Normal(first)) = parts.next() else {
        return None;
    };
    let first = first.to_str()?;
    let is_file = FILES.contains(&first);
    if !is_file && !FOLDERS.contains(&first) {
        return None;
    }
    if is_file && parts.next().is_some() {
        return None;
    }
    let name = rel.file_name()?.to_string_lossy();
    (!is_temporary(&name)).then(|| rel.to_path_buf())
}

/// Editors' swap, backup and temporary files: vim (`.x.swp`, `.x.swx`, `4913`, `x~`), emacs
/// (`.#x`, `#x#`), and `*.tmp`.
pub fn is_temporary(name: &str) -> bool {
    name.ends_with(".swp")
        || name.ends_with(".swx")
        || name.ends_with('~')
        || name.starts_with(".#")
        || (name.starts_with('#') && name.ends_with('#'))
        || name == "4913"
        || name.ends_with(".tmp")
}

#[cfg(test)]
mod tests {
    use super::*;
    use notify::event::CreateKind;

    fn root() -> PathBuf {
        PathBuf::from("/site")
    }

    #[test]
    fn sources_are_the_config_the_lock_and_the_source_folders() {
        let r = root();
        let yes = [
            "/site/candor.toml",
            "/site/candor.lock",
            "/site/content/storage.toml",
            "/site/locales/de/chrome.ftl",
            "/site/themes/default/templates/page.html",
            "/site/themes",
        ];
        for p in yes {
            assert!(source_path(&r, Path::new(p)).is_some(), "{p}");
        }
        let no = [
            "/site/public/en/index.html",
            "/site/.public.candor-x1/en/index.html",
            "/site/README.md",
            "/site/candor.toml/x",
            "/site/.git/index",
            "/elsewhere/content/storage.toml",
            "/site/locales/de/.chrome.ftl.swp",
            "/site/locales/de/.chrome.ftl.swx",
            "/site/locales/de/chrome.ftl~",
            "/site/locales/de/4913",
            "/site/content/.#storage.toml",
            "/site/content/#storage.toml#",
            "/site/content/storage.toml.tmp",
            "/site",
        ];
        for p in no {
            assert!(source_path(&r, Path::new(p)).is_none(), "{p}");
        }
    }

    fn event(kind: EventKind, path: &str) -> DebouncedEvent {
        DebouncedEvent::new(
            notify::Event::new(kind).add_path(PathBuf::from(path)),
            std::time::Instant::now(),
        )
    }

    #[test]
    fn reads_are_not_changes() {
        let r = root();
        let reads = [
            event(
                EventKind::Access(AccessKind::Open(AccessMode::Any)),
                "/site/content/a.toml",
            ),
            event(
                EventKind::Access(AccessKind::Close(AccessMode::Read)),
                "/site/content/a.toml",
            ),
            event(
                EventKind::Modify(ModifyKind::Metadata(MetadataKind::AccessTime)),
                "/site/content/a.toml",
            ),
        ];
        assert!(relevant(&r, &reads).is_none());
        let write = [event(
            EventKind::Access(AccessKind::Close(AccessMode::Write)),
            "/site/content/a.toml",
        )];
        let Some(Event::Changed { paths, folders }) = relevant(&r, &write) else {
            panic!("a write is a change");
        };
        assert_eq!(paths, [PathBuf::from("content/a.toml")].into());
        assert!(folders.is_empty());
    }

    #[test]
    fn a_new_source_folder_is_named() {
        let r = root();
        let created = [event(EventKind::Create(CreateKind::Folder), "/site/themes")];
        let Some(Event::Changed { folders, .. }) = relevant(&r, &created) else {
            panic!("a new folder is a change");
        };
        assert_eq!(folders, ["themes"].into());
    }
}
