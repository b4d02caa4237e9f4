//! Writing the rendered site, all or nothing.
//!
//! The files go into a sibling of the output directory, `.public.candor-previous`, which is
//! then swapped in with one `renameat2(RENAME_EXCHANGE)`: a reader (or a crash, or `kill -9`)
//! sees either the complete old site or the complete new one, never a mix. A failed build never
//! gets this far, so the last good output stays exactly as it was.
//!
//! After the swap the sibling holds the previous output, and the next build brings it up to
//! date instead of starting from nothing: a file that already holds the right bytes is left
//! alone, a file that equals the current output's is staged as a hard link to it, and only
//! what changed is written. Unchanged pages keep their modification time (so a deploy with
//! `rsync` or a cache sees what really changed), and a rebuild creates and frees no folders or
//! inodes for them: on ext4, finding free inodes among recently freed ones was a third of a
//! large build's time.

use std::collections::HashSet;
use std::fs::File;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use crate::fs::{IoError, make_readable};
use crate::render::Files;

/// Writes `files` as the new contents of `target`, replacing what was there atomically.
pub fn write(target: &Target, files: &Files) -> Result<(), Error> {
    let held = target.hold()?;
    let staging = Staging::new(target, &held)?;
    staging.add(files)?;
    Ok(staging.commit()?)
}

/// The file that marks a folder as candor's own: its output folder and the staging folder
/// beside it. candor replaces or deletes no folder without it. It lists the files candor wrote
/// into the folder (after [`LISTED`]): a build that finds anything else there refuses to
/// replace it.
pub const MARKER: &str = ".candor-output";
/// The marker's next text, written beside it and renamed over it ([`Staging::mark`]): a build
/// stopped while the marker is replaced leaves the old one or the new one, never a folder of
/// candor's without one, which the next build would refuse as someone else's.
pub const NEXT_MARKER: &str = ".candor-output.next";
const MARKER_TEXT: &str = "This folder is written by candor, the transparency-site generator.\n\
candor replaces it whole on every build. Do not keep anything else in it.\n";
/// What comes before the marker's list of files, one path (relative, `/` between folders) a
/// line. A marker without it (an older candor's, or one being staged) lists nothing.
const LISTED: &str = "\nIts files:\n";
/// What starts the marker's line that says what the folder holds ([`Contents`]).
const HOLDS: &str = "It holds: ";

/// What candor writes into an output folder: the built site, or review pages of it. Each keeps
/// to its own folders, so that a review never replaces the published site, nor a build the
/// pages lawyers are reading; the marker says which a folder holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Contents {
    Site,
    Review,
    /// A pseudo-localized build (`build --pseudo`): no publication, and never in the place of
    /// one.
    Pseudo,
}

impl Contents {
    /// How the marker, and a refusal, say it.
    fn words(self) -> &'static str {
        match self {
            Contents::Site => "the built site",
            Contents::Review => "review pages",
            Contents::Pseudo => "pseudo-localized pages",
        }
    }

    /// The marker's text for a folder holding this.
    fn marker(self) -> String {
        format!("{MARKER_TEXT}{HOLDS}{}.\n", self.words())
    }
}

/// What the marker of the folder `dir` says it holds: `None` without a marker (a plain file),
/// `Some(None)` where the marker does not say (an older candor's) or says what this candor
/// does not know.
pub fn marked(dir: &Path) -> Option<Option<Contents>> {
    let text = String::from_utf8(crate::fs::read_plain(&dir.join(MARKER))?).ok()?;
    if !text.starts_with(MARKER_TEXT) {
        return None;
    }
    Some(
        text.lines()
            .find_map(|l| l.strip_prefix(HOLDS))
            .and_then(|said| {
                [Contents::Site, Contents::Review, Contents::Pseudo]
                    .into_iter()
                    .find(|c| said.trim_end_matches('.') == c.words())
            }),
    )
}

/// Why candor will not write into a folder. Exit code 2: it is a usage error, and nothing was
/// touched. Its `help` is told on a line of its own, after the error (`main`).
#[derive(Debug, thiserror::Error)]
#[error("refusing to write into `{path}`: {why}")]
pub struct Refused {
    pub path: PathBuf,
    pub why: String,
    pub help: String,
}

/// Why writing the output failed: it was refused before anything was touched, or an I/O
/// operation failed (and what the build made was cleaned up). Both exit with code 2.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Refused(#[from] Refused),
    #[error(transparent)]
    Io(#[from] IoError),
}

/// The output folder of the site at `site` when none is given: its folder `name` (`public`,
/// `review`). A link there is refused: the site's own files (a link committed to its
/// repository, say) do not choose where candor writes; a link given as `--out` is followed.
pub fn default_folder(site: &Path, name: &str) -> Result<PathBuf, Refused> {
    let path = site.join(name);
    match std::fs::read_link(&path) {
        Ok(to) => Err(Refused {
            why: format!(
                "it is a link to `{}`, and a link among the site's files does not choose where \
                 candor writes",
                crate::text::visible(&to.to_string_lossy())
            ),
            help: format!(
                "to build where it points, give it as the output: `--out {}`",
                crate::text::visible(&path.to_string_lossy())
            ),
            path,
        }),
        Err(_) => Ok(path),
    }
}

/// An output folder that was judged safe to replace: its fully resolved path (no `..`, no
/// links), which is not the site, one of its sources, an ancestor of it, a `.git`, a mount
/// point, a file, or a folder holding anything candor did not write. Only [`Target::judge`]
/// makes one.
#[derive(Debug, Clone)]
pub struct Target {
    path: PathBuf,
    contents: Contents,
}

impl Target {
    /// Judges `out` as the output folder of the site at `root` for `contents`, given the
    /// folders and files of the site that are its sources.
    pub fn judge(
        root: &Path,
        out: &Path,
        sources: &[&str],
        contents: Contents,
    ) -> Result<Target, Refused> {
        let refuse = |path: &Path, why: String, help: &str| Refused {
            path: path.to_path_buf(),
            why,
            help: help.to_string(),
        };
        let own_folder = "choose a folder of its own, such as `public`, that does not exist yet";
        let path = resolve(out).map_err(|why| refuse(out, why, own_folder))?;
        let root = std::fs::canonicalize(root).map_err(|e| {
            refuse(
                out,
                format!("cannot resolve the site's folder: {e}"),
                own_folder,
            )
        })?;
        if root.starts_with(&path) {
            return Err(refuse(
                out,
                "it is the site's folder or holds it, and would replace the site's own files"
                    .into(),
                own_folder,
            ));
        }
        if let Ok(inside) = path.strip_prefix(&root)
            && let Some(first) = inside.components().next()
            && sources.iter().any(|s| first.as_os_str() == *s)
        {
            return Err(refuse(
                out,
                format!(
                    "it is part of the site's sources (`{}`)",
                    first.as_os_str().to_string_lossy()
                ),
                own_folder,
            ));
        }
        // A name candor gives the folders it keeps beside an output: another build's staging
        // folder, which that build would take over as its own (qa85: a pseudo-localized
        // build there was replaced by the next build of the site).
        if let Some(name) = path.file_name().map(|n| n.to_string_lossy())
            && name
                .strip_prefix('.')
                .is_some_and(|rest| rest.contains(".candor-"))
        {
            return Err(refuse(
                out,
                format!(
                    "`{}` is a name candor gives the folders it keeps beside an output",
                    crate::text::visible_name(&name)
                ),
                own_folder,
            ));
        }
        if path
            .components()
            .any(|c| crate::fs::is_version_control(&c.as_os_str().to_string_lossy()))
        {
            return Err(refuse(
                out,
                "it is part of a version-control repository's own folder (`.git`, `.hg`, …)".into(),
                own_folder,
            ));
        }
        // A folder inside candor's output would be replaced with it, or found foreign in it.
        // Looked for in the folder it is in, and in the site's folders above it: nothing
        // further out is read.
        let parent = path.parent();
        let inside_candors = path
            .ancestors()
            .skip(1)
            .filter(|a| Some(*a) == parent || (a.starts_with(&root) && *a != root))
            .find(|a| is_marked(a));
        if let Some(outer) = inside_candors {
            return Err(refuse(
                out,
                format!(
                    "it is inside candor's output folder `{}`, which candor replaces whole",
                    crate::text::visible(&outer.to_string_lossy())
                ),
                own_folder,
            ));
        }
        let meta = match std::fs::symlink_metadata(&path) {
            Ok(m) => m,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Ok(Target { path, contents });
            }
            Err(e) => {
                let e = crate::fs::in_words(out, e);
                return Err(refuse(out, format!("cannot read it: {e}"), own_folder));
            }
        };
        if !meta.is_dir() {
            return Err(refuse(
                out,
                "it is a file, and would be replaced by a folder".into(),
                own_folder,
            ));
        }
        if is_mount_point(&path, &meta) {
            return Err(refuse(
                out,
                "it is a mount point: candor replaces its output folder in one step, which cannot be done to a mount point".into(),
                "build into a folder inside it (`--out <mount>/site`) and serve that folder",
            ));
        }
        let target = Target { path, contents };
        if let Some(other) = target.holds().filter(|c| *c != contents) {
            return Err(refuse(
                out,
                format!(
                    "it holds {}, which {} would replace",
                    other.words(),
                    contents.words()
                ),
                match contents {
                    Contents::Site => {
                        "build into the site's own output folder (`public` by default); the review pages are in `review`, the pseudo-localized ones in `pseudo`"
                    }
                    Contents::Review => {
                        "write the review into a folder of its own (`review` by default): the built site is what you publish"
                    }
                    Contents::Pseudo => {
                        "build the pseudo-localized pages into a folder of their own (`pseudo` by default): the built site is what you publish"
                    }
                },
            ));
        }
        if !target.is_candors() {
            let mut held: Vec<String> = std::fs::read_dir(&target.path)
                .into_iter()
                .flatten()
                .filter_map(|e| e.ok())
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect();
            held.sort();
            return Err(refuse(
                out,
                format!(
                    "it already holds files that candor did not write ({}), and a build replaces the folder whole",
                    named(&held)
                ),
                "move them out, or give `--out` an empty folder or one that does not exist yet; if this is the output of an older candor, delete it and build again",
            ));
        }
        Ok(target)
    }

    /// Whether the output folder and the staging folder beside it hold only what candor wrote
    /// there ([`foreign`]), and the staging folder is candor's. Says what else they hold, and
    /// what to do.
    fn holds_only_candors(&self) -> Result<(), (String, &'static str)> {
        let move_out = "move them out: a build replaces the folder whole, and would move them \
                        aside, then delete them. To publish a file of your own (a CNAME, say), \
                        put it in the theme's `static/` folder (`themes/<theme>/static/CNAME`); \
                        deploy from a copy of the output, not from a repository inside it \
                        (docs/deploy.md)";
        let staging = self.staging();
        let staging_name = staging
            .file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
        // Candor lists its files in the output's marker as it puts the output in place: one
        // without a list is an older candor's, or written by hand, and vouches for nothing in
        // the folder (qa85: a CNAME in such an output was moved aside, then deleted).
        if is_marked(&self.path) && listed(&self.path).is_none() {
            let why = format!(
                "its marker, `{MARKER}`, lists no files, so nothing in it is known to be \
                 candor's"
            );
            let help = "if it is the output of an older candor, check that it holds nothing \
                        of yours, delete it, and build again";
            return Err((why, help));
        }
        let found = foreign(&self.path);
        if !found.is_empty() {
            let why = format!("it holds files candor did not write: {}", named(&found));
            return Err((why, move_out));
        }
        // An empty output folder becomes the staging folder as it is; one of that name that
        // holds anything without the marker is someone else's, whatever the output is. The
        // marker's next text alone is what a build stopped as it marked a new folder leaves.
        let unmarked_staging = std::fs::symlink_metadata(&staging).is_ok_and(|m| m.is_dir())
            && !is_marked(&staging)
            && std::fs::read_dir(&staging).is_ok_and(|entries| {
                entries
                    .filter_map(|e| e.ok())
                    .any(|e| e.file_name() != NEXT_MARKER)
            });
        if unmarked_staging {
            let why = format!(
                "the folder beside it, `{}`, has the name candor gives its staging folder, but \
                 is not candor's, and a build would replace what it holds",
                crate::text::visible(&staging_name)
            );
            return Err((why, "move or rename that folder"));
        }
        let found = foreign(&staging);
        if !found.is_empty() {
            let why = format!(
                "the folder beside it, `{}`, holds files candor did not write: {}",
                crate::text::visible(&staging_name),
                named(&found)
            );
            return Err((why, move_out));
        }
        Ok(())
    }

    /// The resolved path of the output folder.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Takes the output's folder for this build, waiting for another build into the same
    /// folder to finish first (and saying so after a second). The folder beside the output is
    /// created if need be. Then, with no other build changing them, refuses an output or a
    /// staging folder that holds anything candor did not write there
    /// ([`Target::holds_only_candors`]).
    pub fn hold(&self) -> Result<Held, Error> {
        let parent = self.parent();
        // The folders this build makes for the output, deepest first: a build that fails takes
        // them away again ([`Held`]'s `drop`).
        let created: Vec<PathBuf> = parent
            .ancestors()
            .take_while(|a| std::fs::symlink_metadata(a).is_err())
            .map(Path::to_path_buf)
            .collect();
        std::fs::create_dir_all(&parent).map_err(|e| IoError::new("cannot create", &parent, e))?;
        let held = Held {
            _site: None,
            _lock: lock_folder(&parent),
            created,
        };
        self.holds_only_candors().map_err(|(why, help)| Refused {
            path: self.path.clone(),
            why,
            help: help.to_string(),
        })?;
        Ok(held)
    }

    /// [`Target::hold`], and the site's folder at `root` too where the output is not beside
    /// it: the site's records ([`hold_site`]) are written by one run at a time. The site's
    /// folder first, so that two builds never wait for each other.
    pub fn hold_with_site(&self, root: &Path) -> Result<Held, Error> {
        let root = std::fs::canonicalize(root).ok();
        let mut site = root.filter(|r| *r != self.parent()).map(|r| hold_site(&r));
        let mut output = self.hold()?;
        Ok(Held {
            _site: site.as_mut().and_then(|s| s._lock.take()),
            _lock: output._lock.take(),
            created: std::mem::take(&mut output.created),
        })
    }

    /// The build's receipt beside the output ([`super::receipt`]).
    pub(super) fn receipt(&self) -> PathBuf {
        self.parent().join(format!("{}receipt", self.prefix()))
    }

    /// The folder beside the output where the next output is staged.
    fn staging(&self) -> PathBuf {
        let parent = self.parent();
        parent.join(format!("{}previous", self.prefix()))
    }

    /// The start of the name of every folder candor keeps beside the output.
    fn prefix(&self) -> String {
        let name = self
            .path
            .file_name()
            .map_or_else(|| "public".into(), |n| n.to_string_lossy().into_owned());
        format!(".{name}.candor-")
    }

    /// The permissions of the output folder: those of the folder it replaces, for its group
    /// and others (one made private stays private; its owner, candor, writes it), or, for a
    /// new one, those the umask gives a folder, as its files get theirs (readable by all, to
    /// be served, under the usual `022`).
    fn mode(&self) -> u32 {
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            if let Ok(meta) = std::fs::metadata(&self.path)
                && meta.is_dir()
            {
                return meta.permissions().mode() & 0o7777 | 0o700;
            }
        }
        0o777 & !crate::fs::umask() | 0o700
    }

    fn parent(&self) -> PathBuf {
        self.path
            .parent()
            .map_or_else(|| PathBuf::from("/"), Path::to_path_buf)
    }

    /// What the output folder holds, as its marker says; for a marker of an older candor,
    /// which does not say, the built site if a build's receipt lies beside it.
    fn holds(&self) -> Option<Contents> {
        match marked(&self.path) {
            Some(Some(said)) => Some(said),
            Some(None) => std::fs::symlink_metadata(self.receipt())
                .is_ok_and(|m| m.is_file())
                .then_some(Contents::Site),
            None => None,
        }
    }

    /// Whether the output folder is empty or candor's own: it carries the marker. What lies
    /// beside it says nothing of it: a folder of candor's staging name is there after any two
    /// builds, whoever put a folder of their own at the output since.
    fn is_candors(&self) -> bool {
        let empty = std::fs::read_dir(&self.path).is_ok_and(|mut e| e.next().is_none());
        empty || is_marked(&self.path)
    }
}

/// The first five of `found` (paths in a folder), quoted and shown visibly, and how many more.
fn named(found: &[String]) -> String {
    let shown: Vec<String> = found
        .iter()
        .take(5)
        .map(|f| format!("`{}`", crate::text::visible_name(f)))
        .collect();
    match found.len() {
        0..=5 => shown.join(", "),
        n => format!("{}, and {} more", shown.join(", "), n - 5),
    }
}

/// Whether `dir` is a folder (not a link) that carries candor's marker: a plain file of that
/// name that says what candor writes in it. One that says anything else is not candor's, and
/// marks nothing.
pub fn is_marked(dir: &Path) -> bool {
    crate::fs::read_plain(&dir.join(MARKER))
        .is_some_and(|text| text.starts_with(MARKER_TEXT.as_bytes()))
}

/// What candor wrote into its folder `dir`, as its marker lists it; `None` where the marker
/// lists nothing (an older candor's) or there is none. A path in a version-control folder is
/// never candor's, whatever the list says (edited by hand, or by a tool).
fn listed(dir: &Path) -> Option<HashSet<String>> {
    let path = dir.join(MARKER);
    // The marker is a plain file of candor's, not a link.
    let text = String::from_utf8(crate::fs::read_plain(&path)?)
        .ok()
        .filter(|text| text.starts_with(MARKER_TEXT))?;
    let (_, list) = text.split_once(LISTED)?;
    Some(
        list.lines()
            .filter(|path| !path.split('/').any(crate::fs::is_version_control))
            .map(str::to_string)
            .collect(),
    )
}

/// Every version-control folder (`.git`, `.hg`, …) under `dir` (the folder of an older
/// candor's output, which lists nothing), relative to it, with a `/` after it; links are not
/// followed.
fn git_folders(dir: &Path) -> Vec<String> {
    let mut found = Vec::new();
    let mut walk = walkdir::WalkDir::new(dir).min_depth(1).into_iter();
    while let Some(entry) = walk.next() {
        let Ok(entry) = entry else { continue };
        if crate::fs::is_version_control(&entry.file_name().to_string_lossy()) {
            if let Ok(rel) = entry.path().strip_prefix(dir) {
                found.push(format!("{}/", rel.to_string_lossy()));
            }
            walk.skip_current_dir();
        }
    }
    found.sort();
    found
}

/// The entries of candor's folder `dir` that candor did not write there, by its marker's list
/// ([`listed`]), each relative to `dir`: a folder that holds nothing candor wrote is named once,
/// with a `/` after it. Where the marker lists nothing (an older candor's), only what candor
/// never writes: a `.git` anywhere in it.
fn foreign(dir: &Path) -> Vec<String> {
    let Some(files) = listed(dir) else {
        return git_folders(dir);
    };
    // The folders that hold what candor wrote: the walk goes into those only.
    let folders: HashSet<&str> = files
        .iter()
        .flat_map(|f| f.match_indices('/').map(move |(at, _)| &f[..at]))
        .collect();
    let mut found = Vec::new();
    let mut pending = vec![String::new()];
    while let Some(rel) = pending.pop() {
        // A folder that cannot be read may hold anything (qa85: a file in one was moved aside).
        let Ok(entries) = std::fs::read_dir(dir.join(&rel)) else {
            found.push(format!("{rel}/"));
            continue;
        };
        for entry in entries.filter_map(|e| e.ok()) {
            let name = entry.file_name().to_string_lossy().into_owned();
            let path = if rel.is_empty() {
                name
            } else {
                format!("{rel}/{name}")
            };
            let kind = entry.file_type().ok();
            let is_dir = kind.is_some_and(|t| t.is_dir());
            // Candor writes plain files: a link or a FIFO where it wrote one is not its own,
            // whatever the name.
            let plain = kind.is_some_and(|t| t.is_file());
            if is_dir && folders.contains(path.as_str()) {
                pending.push(path);
            } else if is_dir {
                found.push(format!("{path}/"));
            } else if !plain || !files.contains(&path) && path != MARKER && path != NEXT_MARKER {
                found.push(path);
            }
        }
    }
    found.sort();
    found
}

/// Whether the folder `path` is the root of a mounted file system (its parent is on another
/// device). A bind mount of the same file system is not seen here; its swap fails with a clear
/// error instead.
fn is_mount_point(path: &Path, meta: &std::fs::Metadata) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let parent = path.parent().unwrap_or(Path::new("/"));
        std::fs::metadata(parent).is_ok_and(|p| p.dev() != meta.dev())
    }
    #[cfg(not(unix))]
    {
        let _ = (path, meta);
        false
    }
}

/// The absolute path `path` leads to, with every link followed and every `..` resolved. A part
/// that does not exist yet is taken as the folder it will be, so that `new/../content` is
/// `content`.
fn resolve(path: &Path) -> Result<PathBuf, String> {
    use std::path::Component;
    let cwd =
        std::env::current_dir().map_err(|e| format!("cannot read the current folder: {e}"))?;
    let mut resolved = PathBuf::new();
    for component in cwd.join(path).components() {
        match component {
            Component::Prefix(_) | Component::RootDir => resolved.push(component),
            Component::CurDir => {}
            Component::ParentDir => {
                resolved.pop();
            }
            Component::Normal(name) => {
                let next = resolved.join(name);
                resolved = match std::fs::symlink_metadata(&next) {
                    Ok(m) if m.file_type().is_symlink() => {
                        std::fs::canonicalize(&next).map_err(|e| {
                            let to = std::fs::read_link(&next)
                                .map_or_else(|_| "?".into(), |t| t.display().to_string());
                            format!(
                                "`{}` is a link to `{to}`, which cannot be followed: {e}",
                                next.display()
                            )
                        })?
                    }
                    _ => next,
                };
            }
        }
    }
    Ok(resolved)
}

/// The next contents of an output directory, brought up to date beside it until
/// [`Staging::commit`] swaps them in. Dropped without a commit (an error), the output stays as
/// it was and the staging folder is removed.
pub struct Staging {
    dir: PathBuf,
    out: PathBuf,
    contents: Contents,
    /// The output being replaced, if there is one: where unchanged files are linked from.
    current: Option<PathBuf>,
    /// Every file added, relative to `dir`: on commit, anything else in `dir` goes.
    added: Mutex<HashSet<PathBuf>>,
    /// Whether the staging folder became the previous output (it is kept) or not (removed).
    committed: bool,
}

/// One build at a time per output folder: held from before the output is judged up to date or
/// staged until its receipt is written ([`Target::hold`]). `None` inside where the platform or
/// file system has no locks: builds then must not overlap.
pub struct Held {
    _site: Option<File>,
    _lock: Option<File>,
    /// The folders made to hold the output, deepest first.
    created: Vec<PathBuf>,
}

impl Drop for Held {
    /// Takes away the folders made for the output that are still empty: those of a build that
    /// failed before its output was in place. A folder that holds anything stays, and so does
    /// every folder above it. The lock is still held here.
    fn drop(&mut self) {
        for folder in &self.created {
            if std::fs::remove_dir(folder).is_err() {
                break;
            }
        }
    }
}

/// Takes the site's folder at `root` while its records (`candor.lock`, the translation
/// records) are read and written, waiting for another run that writes them to finish first.
/// A build into `public/` holds the same folder, as the output's parent.
pub fn hold_site(root: &Path) -> Held {
    Held {
        _site: None,
        _lock: lock_folder(root),
        created: Vec::new(),
    }
}

impl Staging {
    /// The staging directory beside the output: the previous output if there is one, or a new
    /// folder. `_held` is the output's folder, taken for this build. Temporary folders that a
    /// killed build left behind are removed.
    pub fn new(target: &Target, _held: &Held) -> Result<Staging, IoError> {
        let dir = target.staging();
        remove_leftovers(&dir);
        match std::fs::symlink_metadata(&dir) {
            // The previous output (marked, or an older candor's, by its name).
            Ok(m) if m.is_dir() => {
                // Files are written by path: a link left in the folder (one the output held,
                // say) would send them elsewhere.
                remove_links(&dir);
            }
            Ok(_) => {
                return Err(IoError::new(
                    "cannot stage the site in",
                    &dir,
                    std::io::Error::other(
                        "something that is not candor's folder is in the way; move it elsewhere",
                    ),
                ));
            }
            Err(_) => {
                std::fs::create_dir(&dir).map_err(|e| IoError::new("cannot create", &dir, e))?
            }
        }
        let staging = Staging {
            dir,
            out: target.path.clone(),
            contents: target.contents,
            current: target.path.is_dir().then(|| target.path.clone()),
            added: Mutex::default(),
            committed: false,
        };
        make_readable(&staging.dir, target.mode())?;
        // Marked first: whatever happens next, the folder is known to be candor's.
        staging.mark(target.contents.marker())?;
        Ok(staging)
    }

    /// Replaces the folder's marker with `text`, in one rename.
    fn mark(&self, text: String) -> Result<(), IoError> {
        self.added
            .lock()
            .expect("no panic while holding the list")
            .insert(PathBuf::from(MARKER));
        let (next, marker) = (self.dir.join(NEXT_MARKER), self.dir.join(MARKER));
        if same_bytes(&marker, text.as_bytes()) {
            return Ok(());
        }
        remove_any(&next);
        // As any file the output holds already: linked to it.
        let current = self.current.as_ref().map(|current| current.join(MARKER));
        if !current.is_some_and(|old| same_bytes(&old, text.as_bytes()) && link(&old, &next)) {
            std::fs::write(&next, text).map_err(|e| IoError::new("cannot write", &next, e))?;
        }
        std::fs::rename(&next, &marker).map_err(|e| IoError::new("cannot write", &marker, e))
    }

    /// Brings `files` (paths relative to the output directory) up to date. Safe to call from
    /// several threads at once.
    pub fn add(&self, files: &Files) -> Result<(), IoError> {
        for (rel, bytes) in files {
            self.added
                .lock()
                .expect("no panic while holding the list")
                .insert(PathBuf::from(rel));
            let path = self.dir.join(rel);
            if same_bytes(&path, bytes) {
                continue;
            }
            if let Some(dir) = path.parent() {
                make_folder(&self.dir, dir)?;
            }
            // Never written in place: the file may be a hard link into the live output.
            remove_any(&path);
            let unchanged = self.current.as_ref().map(|current| current.join(rel));
            if unchanged.is_some_and(|old| same_bytes(&old, bytes) && link(&old, &path)) {
                continue;
            }
            std::fs::write(&path, bytes).map_err(|e| IoError::new("cannot write", &path, e))?;
        }
        Ok(())
    }

    /// Makes the staged files the contents of the output folder, in one step. The previous
    /// output stays beside it, for the next build to bring up to date.
    pub fn commit(mut self) -> Result<(), IoError> {
        // The marker lists what the folder holds, for the next build to find anything else.
        let listed = {
            let added = self.added.lock().expect("no panic while holding the list");
            let mut paths: Vec<String> = added
                .iter()
                .map(|p| p.to_string_lossy().replace('\\', "/"))
                .filter(|p| p != MARKER)
                .collect();
            paths.sort();
            format!("{}{LISTED}{}\n", self.contents.marker(), paths.join("\n"))
        };
        self.mark(listed)?;
        {
            let added = self.added.lock().expect("no panic while holding the list");
            prune(&self.dir, Path::new(""), &added)?;
        }
        swap(&self.dir, &self.out)?;
        self.committed = true;
        Ok(())
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.committed {
            remove_any(&self.dir);
        }
    }
}

/// Removes from `dir` (at `rel` inside the staging folder) every file not in `added`, and
/// every folder left with none. Returns whether anything in `dir` stays.
fn prune(dir: &Path, rel: &Path, added: &HashSet<PathBuf>) -> Result<bool, IoError> {
    let entries = std::fs::read_dir(dir).map_err(|e| IoError::new("cannot read", dir, e))?;
    let mut keeps = false;
    for entry in entries {
        let entry = entry.map_err(|e| IoError::new("cannot read", dir, e))?;
        let (path, rel) = (entry.path(), rel.join(entry.file_name()));
        let is_dir = entry.file_type().is_ok_and(|t| t.is_dir());
        let keep = if is_dir {
            prune(&path, &rel, added)?
        } else {
            added.contains(&rel)
        };
        if keep {
            keeps = true;
        } else {
            remove_any(&path);
        }
    }
    Ok(keeps)
}

/// Removes everything under `dir` that is neither a plain file nor a folder (symbolic links
/// above all), without following any.
fn remove_links(dir: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.filter_map(|e| e.ok()) {
        match entry.file_type() {
            Ok(t) if t.is_dir() => remove_links(&entry.path()),
            Ok(t) if t.is_file() => {}
            _ => remove_any(&entry.path()),
        }
    }
}

/// Creates `dir` and its parents up to `root`, replacing any file in the way.
fn make_folder(root: &Path, dir: &Path) -> Result<(), IoError> {
    if std::fs::create_dir_all(dir).is_ok() {
        return Ok(());
    }
    for ancestor in dir.ancestors().take_while(|a| *a != root) {
        if std::fs::symlink_metadata(ancestor).is_ok_and(|m| !m.is_dir()) {
            remove_any(ancestor);
        }
    }
    std::fs::create_dir_all(dir).map_err(|e| IoError::new("cannot create", dir, e))
}

/// Removes whatever is at `path` (a file, a link or a folder); nothing if there is nothing.
fn remove_any(path: &Path) {
    match std::fs::symlink_metadata(path) {
        Ok(m) if m.is_dir() => {
            let _ = std::fs::remove_dir_all(path);
        }
        Ok(_) => {
            let _ = std::fs::remove_file(path);
        }
        Err(_) => {}
    }
}

/// Whether `path` is a plain file (not a link, not a FIFO) holding exactly `bytes`. It is read
/// a block at a time, and no further than the first block that differs: a publication changes
/// every page, and the default theme shows the date in a page's first block.
fn same_bytes(path: &Path, bytes: &[u8]) -> bool {
    use std::io::Read;
    const BLOCK: usize = 32 * 1024;
    if !std::fs::symlink_metadata(path).is_ok_and(|m| m.is_file() && m.len() == bytes.len() as u64)
    {
        return false;
    }
    let Some(mut file) = crate::fs::open_plain(path) else {
        return false;
    };
    let mut block = [0u8; BLOCK];
    for expected in bytes.chunks(BLOCK) {
        let read = &mut block[..expected.len()];
        if file.read_exact(read).is_err() || read != expected {
            return false;
        }
    }
    // Nothing after them.
    matches!(file.read(&mut block[..1]), Ok(0))
}

/// Hard-links `old` as `new`; false where the file system cannot, and the file is written instead.
fn link(old: &Path, new: &Path) -> bool {
    std::fs::hard_link(old, new).is_ok()
}

/// An exclusive lock on `folder`, waiting for any other build that holds it (and saying so
/// after a second). `None` where the platform or file system has no such locks: builds then
/// must not overlap.
fn lock_folder(folder: &Path) -> Option<File> {
    let handle = File::open(folder).ok()?;
    #[cfg(unix)]
    {
        use rustix::fs::{FlockOperation, flock};
        use std::sync::mpsc::{RecvTimeoutError, channel};
        if flock(&handle, FlockOperation::NonBlockingLockExclusive).is_err() {
            let (done, waiting) = channel::<()>();
            let folder = folder.to_path_buf();
            let notice = crate::threads::named("candor-waiting").spawn(move || {
                if waiting.recv_timeout(std::time::Duration::from_secs(1))
                    == Err(RecvTimeoutError::Timeout)
                {
                    crate::errln!(
                        "waiting for another candor run writing into `{}` to finish",
                        crate::text::visible(&folder.display().to_string())
                    );
                }
            });
            let locked = flock(&handle, FlockOperation::LockExclusive);
            drop(done);
            // Without the thread (none could start), the wait is merely not told of.
            if let Ok(notice) = notice {
                let _ = notice.join();
            }
            locked.ok()?;
        }
    }
    Some(handle)
}

/// Removes the folder that a build killed between the two renames of [`two_renames`] left
/// beside the output (`<staging>-aside`), if it is marked and holds nothing candor did not
/// write. No other name: a copy of the output kept beside it under a name of the user's
/// choosing, even one that starts as candor's do, is not a leftover (qa85); nor is a link of
/// that name, wherever it leads (qa95): the rename leaves a folder.
fn remove_leftovers(staging: &Path) {
    let path = aside(staging);
    let folder = std::fs::symlink_metadata(&path).is_ok_and(|m| m.is_dir());
    if folder && is_marked(&path) && listed(&path).is_some() && foreign(&path).is_empty() {
        remove_any(&path);
    }
}

/// Where [`two_renames`] moves the output aside.
fn aside(staging: &Path) -> PathBuf {
    let mut aside = staging.as_os_str().to_owned();
    aside.push("-aside");
    PathBuf::from(aside)
}

#[cfg(any(target_os = "linux", target_os = "android", target_vendor = "apple"))]
fn swap(new: &Path, out: &Path) -> Result<(), IoError> {
    use rustix::fs::{CWD, RenameFlags, renameat_with};
    use rustix::io::Errno;
    match renameat_with(CWD, new, CWD, out, RenameFlags::EXCHANGE) {
        Ok(()) => Ok(()),
        // First build: nothing to exchange with.
        Err(Errno::NOENT) => std::fs::rename(new, out)
            .map_err(|e| IoError::new("cannot move the new site to", out, e)),
        // A file system without RENAME_EXCHANGE.
        Err(Errno::INVAL | Errno::NOSYS | Errno::NOTSUP) => two_renames(new, out),
        Err(e) => Err(IoError::new("cannot replace", out, e.into())),
    }
}

#[cfg(not(any(target_os = "linux", target_os = "android", target_vendor = "apple")))]
fn swap(new: &Path, out: &Path) -> Result<(), IoError> {
    two_renames(new, out)
}

/// The portable fallback: move the old site aside, move the new one in, and the old one to
/// where the new one was. Not atomic for readers, but a crash still leaves one complete site
/// (possibly the aside one).
fn two_renames(new: &Path, out: &Path) -> Result<(), IoError> {
    let aside = aside(new);
    if out.exists() {
        std::fs::rename(out, &aside).map_err(|e| IoError::new("cannot move aside", out, e))?;
    }
    std::fs::rename(new, out).map_err(|e| IoError::new("cannot move the new site to", out, e))?;
    if aside.exists() && std::fs::rename(&aside, new).is_err() {
        std::fs::remove_dir_all(&aside).map_err(|e| IoError::new("cannot remove", &aside, e))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_bytes_is_true_only_for_a_plain_file_holding_exactly_them() {
        let dir = tempfile::tempdir().unwrap();
        // Longer than a block, so that the blocks after the first are compared too.
        let bytes: Vec<u8> = (0..100_000u32).map(|i| (i % 251) as u8).collect();
        let file = dir.path().join("page.html");
        std::fs::write(&file, &bytes).unwrap();
        assert!(same_bytes(&file, &bytes));
        let empty = dir.path().join("empty");
        std::fs::write(&empty, b"").unwrap();
        assert!(same_bytes(&empty, b""));
        assert!(!same_bytes(&empty, b"x"));
        // A byte changed in the first block, in a later one, at the very end.
        for at in [0, 40_000, bytes.len() - 1] {
            let mut other = bytes.clone();
            other[at] ^= 1;
            assert!(!same_bytes(&file, &other), "a change at {at}");
        }
        // Shorter or longer.
        assert!(!same_bytes(&file, &bytes[..bytes.len() - 1]));
        assert!(!same_bytes(&file, &[&bytes[..], b"!"].concat()));
        // Not a plain file: a folder, a link to the very file, nothing.
        assert!(!same_bytes(dir.path(), b""));
        #[cfg(unix)]
        {
            let link = dir.path().join("link.html");
            std::os::unix::fs::symlink(&file, &link).unwrap();
            assert!(!same_bytes(&link, &bytes));
        }
        assert!(!same_bytes(&dir.path().join("absent"), b""));
    }
}
