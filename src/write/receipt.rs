//! A build's receipt, kept beside the output (`.public.candor-receipt`): what the output was built
//! from, and what it held when the build ended. A build whose sources, settings and candor are
//! the receipt's, into an output that nothing has touched since, would write the same bytes
//! again: it leaves the output as it is instead of rendering it.
//!
//! *What it was built from* is a fingerprint ([`Key`]) of every file in the site's sources, by
//! path and content, and of every folder by its path, as they were when the build began, with
//! candor's own records (`candor.lock`, the translation records) as that build wrote them; and
//! of what shapes the pages besides: candor itself (its version, and its binary's path, size,
//! inode and times), the output's path and the options. A receipt is written only when
//! rendering had nothing to say and no source file changed while the build ran: every file's
//! identity and bytes are the same at the end as at the start, so the fingerprint is of what the
//! build read.
//!
//! *Nothing has touched it since* is each file and folder of the output with its identity: inode,
//! size, permissions, and modification and change times. Writing, replacing, renaming, `chmod`
//! and hard links all move the change time, which nothing can set back (`touch -r` and `cp -p`
//! set only the modification time), so an output that anything wrote to is built again.
//!
//! *What the build said* is kept too, where it recorded nothing in `candor.lock` ([`Summary`]):
//! its warnings, with the files they point into, the date its summary gave, the day it ran,
//! whether it ran `--locked` and the site's path as given. The next build of the same sources
//! and settings, on the same day, recording the same way, of the site given the same way, into
//! an output untouched since, would load the site only to say the same again, and so says what
//! the receipt holds instead of loading it: a rebuild with nothing changed then costs reading
//! the sources' bytes and the output's identities. The receipt is not signed: whoever can
//! write beside the output can make it say anything, as they can the output itself.
//!
//! Where any of this cannot be known (not Unix, a link or a special file among the sources, a
//! file too large to read, a receipt candor did not write), there is no receipt and every build
//! renders. A receipt only ever saves work: without one, a build is exactly what it was.

use std::collections::BTreeMap;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::output::{Held, Target};
use crate::diagnostic::{Diagnostic, Diagnostics, Location, Severity, SourceFile};
use crate::fs::MAX_FILE_SIZE;

/// The receipt's format; a receipt of another is not read.
const VERSION: u32 = 2;

/// How every receipt starts: a file beside the output that does not is not candor's, and is
/// neither read, replaced nor removed.
const START: &str = "{\"candor-receipt\":";

/// A receipt larger than this is not one candor wrote (a 1,000-language site's is a few MB).
const MAX_RECEIPT: u64 = 64 * 1024 * 1024;

/// A plain file's or folder's identity on disk: any write, rename, `chmod` or link changes it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct Identity {
    folder: bool,
    len: u64,
    mode: u32,
    dev: u64,
    ino: u64,
    /// Seconds and nanoseconds.
    modified: (i64, i64),
    changed: (i64, i64),
}

impl Identity {
    /// What `meta` says of a plain file or folder; `None` for anything else (a link, a special
    /// file), and everywhere but on Unix.
    #[cfg(unix)]
    fn of(meta: &std::fs::Metadata) -> Option<Identity> {
        use std::os::unix::fs::MetadataExt;
        let kind = meta.file_type();
        (kind.is_file() || kind.is_dir()).then(|| Identity {
            folder: kind.is_dir(),
            len: meta.len(),
            mode: meta.mode(),
            dev: meta.dev(),
            ino: meta.ino(),
            modified: (meta.mtime(), meta.mtime_nsec()),
            changed: (meta.ctime(), meta.ctime_nsec()),
        })
    }

    #[cfg(not(unix))]
    fn of(_: &std::fs::Metadata) -> Option<Identity> {
        None
    }
}

/// How deep [`walk`] goes: a site's or an output's folders nest a few levels, and a walk of
/// thousands would exhaust the stack.
const MAX_DEPTH: usize = 32;

/// Every file and folder at `path` and under it, by its path below the walk's start
/// (`/`-separated, `rel`), with its identity. `None` if anything else is there (a link, a special
/// file, a name that is not UTF-8), it cannot be read, or it nests deeper than [`MAX_DEPTH`].
/// `depth` is how far below the walk's start `path` is. A folder's entries are looked at on
/// every core: an output of 100 languages holds some 1,700 of them.
fn walk(path: &Path, rel: &str, depth: usize, into: &mut BTreeMap<String, Identity>) -> Option<()> {
    let identity = Identity::of(&std::fs::symlink_metadata(path).ok()?)?;
    let folder = identity.folder;
    into.insert(rel.to_string(), identity);
    if folder {
        if depth == MAX_DEPTH {
            return None;
        }
        let entries = std::fs::read_dir(path)
            .ok()?
            .collect::<Result<Vec<_>, _>>()
            .ok()?;
        let below = entries
            .par_iter()
            .map(|entry| {
                let name = entry.file_name().into_string().ok()?;
                let rel = if rel.is_empty() {
                    name
                } else {
                    format!("{rel}/{name}")
                };
                let mut below = BTreeMap::new();
                walk(&entry.path(), &rel, depth + 1, &mut below)?;
                Some(below)
            })
            .collect::<Option<Vec<_>>>()?;
        into.extend(below.into_iter().flatten());
    }
    Some(())
}

/// The site's sources as a build found them before reading any: each file's and folder's
/// identity, and each file's fingerprint.
pub struct Sources {
    root: PathBuf,
    names: &'static [&'static str],
    identities: BTreeMap<String, Identity>,
    fingerprints: BTreeMap<String, [u8; 32]>,
}

impl Sources {
    /// The files and folders `names` at the site's `root` (its sources), and everything in
    /// them; `None` where there can be no receipt.
    pub fn read(root: &Path, names: &'static [&'static str]) -> Option<Sources> {
        let identities = Self::identities(root, names)?;
        let fingerprints = identities
            .par_iter()
            .filter(|(_, identity)| !identity.folder)
            .map(|(rel, identity)| {
                let bytes = read_plain(&root.join(rel), identity.len)?;
                Some((rel.clone(), Sha256::digest(&bytes).into()))
            })
            .collect::<Option<_>>()?;
        Some(Sources {
            root: root.to_path_buf(),
            names,
            identities,
            fingerprints,
        })
    }

    fn identities(root: &Path, names: &[&str]) -> Option<BTreeMap<String, Identity>> {
        let mut identities = BTreeMap::new();
        for name in names {
            let path = root.join(name);
            match std::fs::symlink_metadata(&path) {
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(_) => return None,
                Ok(_) => walk(&path, name, 0, &mut identities)?,
            }
        }
        Some(identities)
    }

    /// Whether every source file and folder is still the one [`Sources::read`] found, holding
    /// the same bytes: nothing was written, added, removed or replaced since. (The bytes are
    /// read again because a file's times are only as fine as the file system's clock: a file
    /// written twice within one tick keeps its identity.)
    pub fn unchanged(&self) -> bool {
        Sources::read(&self.root, self.names).is_some_and(|now| {
            now.identities == self.identities && now.fingerprints == self.fingerprints
        })
    }

    /// The fingerprint of these sources under `settings` ([`settings`]), with `written` (paths
    /// under the site's root, and their bytes) as they will be once written; `None` for a path
    /// outside the sources.
    pub fn key<'a>(
        &self,
        settings: &Settings,
        written: impl Iterator<Item = (&'a Path, &'a [u8])>,
    ) -> Option<Key> {
        let mut fingerprints = self.fingerprints.clone();
        for (path, bytes) in written {
            let rel = path.strip_prefix(&self.root).ok()?.to_str()?;
            let top = rel.split('/').next()?;
            if !self.names.contains(&top) {
                return None;
            }
            fingerprints.insert(rel.to_string(), Sha256::digest(bytes).into());
        }
        let mut hasher = Sha256::new();
        let mut field = |bytes: &[u8]| {
            hasher.update((bytes.len() as u64).to_le_bytes());
            hasher.update(bytes);
        };
        field(&VERSION.to_le_bytes());
        field(settings.0.as_bytes());
        // Every folder, empty ones too: a folder is read as much as a file (a theme's, a
        // language's).
        let folders: Vec<&String> = (self.identities.iter())
            .filter(|(_, identity)| identity.folder)
            .map(|(rel, _)| rel)
            .collect();
        field(&(folders.len() as u64).to_le_bytes());
        for rel in folders {
            field(rel.as_bytes());
        }
        for (rel, fingerprint) in &fingerprints {
            field(rel.as_bytes());
            field(fingerprint);
        }
        Some(Key(data_encoding::HEXLOWER.encode(&hasher.finalize())))
    }
}

/// Reads the plain file at `path` of `len` bytes, without waiting on anything that took its
/// place since (a FIFO) or following a link; `None` if it is no longer a plain file or is too
/// large to be a site's.
fn read_plain(path: &Path, len: u64) -> Option<Vec<u8>> {
    if len > MAX_FILE_SIZE {
        return None;
    }
    crate::fs::read_plain(path)
}

/// What shapes a build's pages besides its sources: candor itself, the output's path and the
/// options.
pub struct Settings(String);

/// The settings of a build into `out` with `options` (the options' own account of themselves);
/// `None` where candor cannot tell which binary it is.
pub fn settings(out: &Path, options: &str) -> Option<Settings> {
    let exe = std::env::current_exe().ok()?;
    let binary = Identity::of(&std::fs::metadata(&exe).ok()?)?;
    Some(Settings(format!(
        "candor {}\nbinary {} {binary:?}\nout {}\noptions {options}",
        env!("CARGO_PKG_VERSION"),
        exe.display(),
        out.display(),
    )))
}

/// A fingerprint of a build's sources and settings ([`Sources::key`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Key(String);

/// What a build that recorded nothing in `candor.lock` said, and when it ran: the next build
/// of the same key on the same day, recording the same way, says the same without loading the
/// site.
#[derive(Serialize, Deserialize)]
pub struct Summary {
    /// The day it ran (UTC), by which it told what was announced for a day since the last
    /// publication: on another day the site is loaded again.
    pub day: jiff::civil::Date,
    /// Whether it ran with `--locked`.
    pub locked: bool,
    /// The site's path as it was given (the commands a build suggests name it so), written as
    /// [`Summary::site`] writes it.
    pub site: String,
    /// The last-modified date of its pages.
    pub date: jiff::civil::Date,
    /// Its warnings, in the order it found them.
    said: Vec<Said>,
    /// The files they point into, each once.
    files: Vec<Arc<SourceFile>>,
}

/// One warning, as [`Diagnostic`] holds it, its file by its place in [`Summary::files`].
#[derive(Serialize, Deserialize)]
struct Said {
    severity: Severity,
    message: String,
    help: Option<String>,
    at: Option<(usize, Option<Range<usize>>, String)>,
}

impl Summary {
    /// A site's path as it was given, as a summary keeps it.
    pub fn site(root: &Path) -> String {
        format!("{root:?}")
    }

    /// The summary of a build of the site given as `root` on `day` that said `diags`.
    pub fn new(
        day: jiff::civil::Date,
        locked: bool,
        root: &Path,
        date: jiff::civil::Date,
        diags: &Diagnostics,
    ) -> Summary {
        let mut files: Vec<Arc<SourceFile>> = Vec::new();
        let said = diags
            .iter()
            .map(|d| Said {
                severity: d.severity,
                message: d.message.clone(),
                help: d.help.clone(),
                at: d.location.as_ref().map(|at| {
                    let file = match files.iter().position(|f| Arc::ptr_eq(f, &at.file)) {
                        Some(i) => i,
                        None => {
                            files.push(at.file.clone());
                            files.len() - 1
                        }
                    };
                    (file, at.span.clone(), at.label.clone())
                }),
            })
            .collect();
        Summary {
            day,
            locked,
            site: Summary::site(root),
            date,
            said,
            files,
        }
    }

    /// What the build said, as it said it; `None` where the receipt does not hold it whole (a
    /// file it names missing, a span outside its file) or holds what no build that leaves a
    /// receipt says (an error).
    pub fn diagnostics(self) -> Option<Diagnostics> {
        let files = self.files;
        let mut diags = Diagnostics::default();
        for said in self.said {
            // A build that found an error leaves no receipt.
            if said.severity == Severity::Error {
                return None;
            }
            let location = match said.at {
                None => None,
                Some((file, span, label)) => {
                    let file = files.get(file)?;
                    if let Some(span) = &span
                        && file.text.get(span.clone()).is_none()
                    {
                        return None;
                    }
                    Some(Location {
                        file: file.clone(),
                        span,
                        label,
                    })
                }
            };
            diags.push(Diagnostic {
                severity: said.severity,
                message: said.message,
                location,
                help: said.help,
            });
        }
        Some(diags)
    }
}

#[derive(Serialize, Deserialize)]
struct Receipt {
    /// First, so that every receipt starts with [`START`].
    #[serde(rename = "candor-receipt")]
    version: u32,
    key: String,
    /// Every file and folder of the output, by its path in it (the output itself is `""`).
    output: BTreeMap<String, Identity>,
    /// What the build said, where it recorded nothing.
    summary: Option<Summary>,
}

/// The receipt beside `target`'s output, if candor wrote one; its bytes.
fn read(target: &Target) -> Option<Vec<u8>> {
    let path = target.receipt();
    let meta = std::fs::symlink_metadata(&path).ok()?;
    if !meta.is_file() || meta.len() > MAX_RECEIPT {
        return None;
    }
    let bytes = read_plain(&path, meta.len())?;
    (bytes.len() as u64 <= MAX_RECEIPT && bytes.starts_with(START.as_bytes())).then_some(bytes)
}

/// A warning where the receipt's name beside `target`'s output is taken by something candor
/// did not write (a link, a folder, a file of the user's): it is left as it is, so no build
/// keeps a receipt there, and each renders the whole site (qa155: a link, and nothing said
/// why every build took as long as the first).
pub fn taken(target: &Target) -> Option<Diagnostic> {
    let path = target.receipt();
    let meta = std::fs::symlink_metadata(&path).ok()?;
    if read(target).is_some() {
        return None;
    }
    let what = match () {
        _ if meta.is_symlink() => "a symbolic link",
        _ if meta.is_dir() => "a folder",
        _ if !meta.is_file() => "not a plain file",
        _ => "a file candor did not write",
    };
    let name = path
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    Some(
        Diagnostic::warning(format!(
            "`{}` beside the output is {what}, not candor's receipt: candor leaves it as it is, \
             and renders the whole site at every build",
            crate::text::visible_name(&name)
        ))
        .with_help(
            "remove it, if it is nothing of yours: candor then keeps its receipt there, and a \
             build with nothing changed renders nothing",
        ),
    )
}

/// The output's files and folders and their identities.
fn output(target: &Target) -> Option<BTreeMap<String, Identity>> {
    let mut identities = BTreeMap::new();
    walk(target.path(), "", 0, &mut identities)?;
    Some(identities)
}

/// The receipt of `target`'s output where it is the one a build with `key` left, untouched
/// since.
fn matching(target: &Target, key: &Key) -> Option<Receipt> {
    let receipt = serde_json::from_slice::<Receipt>(&read(target)?).ok()?;
    (receipt.version == VERSION
        && receipt.key == key.0
        && output(target).is_some_and(|output| output == receipt.output))
    .then_some(receipt)
}

/// Whether `target`'s output is the one a build with `key` left, untouched since.
pub fn up_to_date(target: &Target, _held: &Held, key: &Key) -> bool {
    matching(target, key).is_some()
}

/// What the build with `key` that left `target`'s output, untouched since, said, where it
/// recorded nothing ([`Summary`]).
pub fn summary(target: &Target, _held: &Held, key: &Key) -> Option<Summary> {
    matching(target, key)?.summary
}

/// Writes the receipt of `target`'s output as it now is, built with `key`, and with what the
/// build said where it recorded nothing. Where it cannot be written, any older one goes (the
/// build itself is done: a receipt only saves the next one work).
pub fn record(target: &Target, held: &Held, key: &Key, summary: Option<Summary>) {
    let receipt = output(target).map(|output| Receipt {
        version: VERSION,
        key: key.0.clone(),
        output,
        summary,
    });
    let path = target.receipt();
    let vacant = std::fs::symlink_metadata(&path).is_err();
    let written = receipt.is_some_and(|receipt| {
        (vacant || read(target).is_some())
            && serde_json::to_vec(&receipt)
                .is_ok_and(|bytes| crate::fs::write_atomic(&path, &bytes).is_ok())
    });
    if !written {
        forget(target, held);
    }
}

/// Removes the receipt beside `target`'s output, if candor wrote one: the output is not
/// known to be any build's.
pub fn forget(target: &Target, _held: &Held) {
    if read(target).is_some() {
        let _ = std::fs::remove_file(target.receipt());
    }
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    fn site() -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("content/more")).unwrap();
        std::fs::write(dir.path().join("candor.toml"), "a").unwrap();
        std::fs::write(dir.path().join("content/more/b.toml"), "b").unwrap();
        dir
    }

    const NAMES: [&str; 3] = ["candor.toml", "content", "locales"];

    fn key(root: &Path) -> Option<Key> {
        let settings = Settings("s".into());
        Sources::read(root, &NAMES)?.key(&settings, std::iter::empty())
    }

    /// A summary read back says what was said: each diagnostic's words, place and label, its
    /// file kept once however many point into it (and its columns as written); one that does
    /// not hold what it points at (edited by hand) says nothing.
    #[test]
    fn a_summary_read_back_says_what_was_said_or_nothing() {
        let file = SourceFile::normalized("content/a.toml", "nu\u{308}me = 1\nb = 2\n");
        let mut diags = Diagnostics::default();
        diags.push(
            Diagnostic::warning("first")
                .at(&file, 7..8, "here")
                .with_help("fix it"),
        );
        diags.push(Diagnostic::warning("second").at(&file, 9..10, "there"));
        diags.push(Diagnostic::warning("third"));
        let day = jiff::civil::date(2026, 11, 30);
        let summary = Summary::new(day, false, Path::new("site"), day, &diags);
        let json = serde_json::to_string(&summary).unwrap();
        let read: Summary = serde_json::from_str(&json).unwrap();
        assert_eq!(read.files.len(), 1, "one file, kept once");
        let said = read.diagnostics().unwrap();
        let shown = |d: &Diagnostic| {
            let at = d.location.as_ref();
            (
                d.severity,
                d.message.clone(),
                d.help.clone(),
                at.map(|l| (l.file.name.clone(), l.span.clone(), l.label.clone())),
                at.and_then(|l| Some(l.file.line_col(l.span.as_ref()?.start))),
            )
        };
        assert_eq!(
            said.iter().map(shown).collect::<Vec<_>>(),
            diags.iter().map(shown).collect::<Vec<_>>()
        );
        assert_eq!(shown(said.iter().next().unwrap()).4, Some((1, 8)));
        // Past the file's end, inside a character, a file it does not hold; an error, which
        // no build that leaves a receipt found.
        for forged in [
            json.replacen("\"Warning\"", "\"Error\"", 1),
            json.replace("\"start\":7,\"end\":8", "\"start\":7,\"end\":80"),
            json.replace("\"start\":7,", "\"start\":2,"),
            json.replace("[0,", "[3,"),
        ] {
            assert_ne!(forged, json);
            let read: Summary = serde_json::from_str(&forged).unwrap();
            assert!(read.diagnostics().is_none(), "{forged}");
        }
    }

    #[test]
    fn the_key_follows_every_path_and_byte_and_nothing_else() {
        let dir = site();
        let root = dir.path();
        let first = key(root).unwrap();
        assert_eq!(key(root), Some(first.clone()), "the same sources");
        // Written again with the same bytes: the same key (a checkout that rewrites files).
        std::fs::write(root.join("content/more/b.toml"), "b").unwrap();
        assert_eq!(key(root), Some(first.clone()));
        std::fs::write(root.join("content/more/b.toml"), "c").unwrap();
        let second = key(root).unwrap();
        assert_ne!(second, first, "a byte changed");
        std::fs::rename(
            root.join("content/more/b.toml"),
            root.join("content/b.toml"),
        )
        .unwrap();
        assert_ne!(key(root).unwrap(), second, "a file moved");
        std::fs::write(root.join("locales"), "").unwrap();
        let third = key(root).unwrap();
        assert_ne!(third, second, "a file added");
        // A folder, though empty, added and taken away.
        std::fs::create_dir(root.join("content/empty")).unwrap();
        assert_ne!(key(root).unwrap(), third, "an empty folder added");
        std::fs::remove_dir(root.join("content/empty")).unwrap();
        assert_eq!(key(root), Some(third), "and taken away");
        // Settings count too.
        let sources = Sources::read(root, &NAMES).unwrap();
        assert_ne!(
            sources.key(&Settings("s".into()), std::iter::empty()),
            sources.key(&Settings("t".into()), std::iter::empty())
        );
    }

    #[test]
    fn what_the_build_writes_counts_as_written_and_only_inside_the_sources() {
        let dir = site();
        let root = dir.path();
        let sources = Sources::read(root, &NAMES).unwrap();
        let settings = Settings("s".into());
        let to = root.join("candor.toml");
        let with = sources.key(&settings, [(to.as_path(), &b"z"[..])].into_iter());
        std::fs::write(&to, "z").unwrap();
        assert_eq!(with, key(root), "the key the next build will compute");
        let outside = root.join("public/x");
        let none = sources.key(&settings, [(outside.as_path(), &b"z"[..])].into_iter());
        assert_eq!(none, None);
    }

    #[test]
    fn links_and_special_files_in_the_sources_mean_no_receipt() {
        let dir = site();
        let root = dir.path();
        std::os::unix::fs::symlink("/etc/hostname", root.join("content/link.toml")).unwrap();
        assert!(Sources::read(root, &NAMES).is_none());
        std::fs::remove_file(root.join("content/link.toml")).unwrap();
        let fifo = std::ffi::CString::new(root.join("content/fifo").to_str().unwrap()).unwrap();
        // SAFETY: a valid, NUL-terminated path.
        assert_eq!(unsafe { libc::mkfifo(fifo.as_ptr(), 0o600) }, 0);
        assert!(Sources::read(root, &NAMES).is_none(), "and no hang");
    }

    #[test]
    fn folders_nested_past_any_sites_mean_no_receipt() {
        let dir = site();
        let root = dir.path();
        let deep: PathBuf = std::iter::repeat_n("d", MAX_DEPTH + 1).collect();
        std::fs::create_dir_all(root.join("content").join(&deep)).unwrap();
        assert!(Sources::read(root, &NAMES).is_none());
        let shallow: PathBuf = std::iter::repeat_n("d", MAX_DEPTH - 1).collect();
        std::fs::remove_dir_all(root.join("content/d")).unwrap();
        std::fs::create_dir_all(root.join("content").join(&shallow)).unwrap();
        assert!(Sources::read(root, &NAMES).is_some());
    }

    #[test]
    fn a_change_while_the_build_ran_is_seen() {
        let dir = site();
        let root = dir.path();
        let sources = Sources::read(root, &NAMES).unwrap();
        assert!(sources.unchanged());
        // Another byte, even within one tick of the file system's clock.
        std::fs::write(root.join("content/more/b.toml"), "c").unwrap();
        assert!(!sources.unchanged());
        std::fs::write(root.join("content/more/b.toml"), "b").unwrap();
        // The same bytes in another file, renamed over it.
        std::fs::write(root.join("content/b2"), "b").unwrap();
        std::fs::rename(root.join("content/b2"), root.join("content/more/b.toml")).unwrap();
        assert!(!sources.unchanged());
    }
}
