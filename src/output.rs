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

use crate::fs::IoError;
use crate::render::Files;

/// Writes `files` as the new contents of `out`, replacing what was there atomically.
pub fn write(out: &Path, files: &Files) -> Result<(), IoError> {
    let staging = Staging::new(out)?;
    staging.add(files)?;
    staging.commit(out)
}

/// The next contents of an output directory, brought up to date beside it until
/// [`Staging::commit`] swaps them in. Dropped without a commit, the output stays as it was.
pub struct Staging {
    dir: PathBuf,
    /// The output being replaced, if there is one: where unchanged files are linked from.
    current: Option<PathBuf>,
    /// Every file added, relative to `dir`: on commit, anything else in `dir` goes.
    added: Mutex<HashSet<PathBuf>>,
    /// Held until the staging is committed or dropped: one build at a time per folder.
    _lock: Option<File>,
}

impl Staging {
    /// The staging directory beside `out`: the previous output if there is one, or a new
    /// folder. Waits for another build into the same folder to finish first. Temporary
    /// folders that older versions or a killed build left behind are removed.
    pub fn new(out: &Path) -> Result<Staging, IoError> {
        let parent = match out.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        std::fs::create_dir_all(&parent).map_err(|e| IoError::new("cannot create", &parent, e))?;
        let lock = lock_folder(&parent);
        let name = out
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "public".into());
        let prefix = format!(".{name}.candor-");
        let dir = parent.join(format!("{prefix}previous"));
        remove_leftovers(&parent, &prefix, &dir);
        let reusable = std::fs::symlink_metadata(&dir).is_ok_and(|m| m.is_dir());
        if reusable {
            // Files are written by path: a link left in the folder (one the output held, say)
            // would send them elsewhere.
            remove_links(&dir);
        } else {
            remove_any(&dir);
            std::fs::create_dir(&dir).map_err(|e| IoError::new("cannot create", &dir, e))?;
        }
        make_readable(&dir, 0o755)?;
        let current = out.is_dir().then(|| out.to_path_buf());
        Ok(Staging {
            dir,
            current,
            added: Mutex::default(),
            _lock: lock,
        })
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

    /// Makes the staged files the contents of `out`, in one step. The previous output stays
    /// beside it, for the next build to bring up to date.
    pub fn commit(self, out: &Path) -> Result<(), IoError> {
        let added = self.added.lock().expect("no panic while holding the list");
        prune(&self.dir, Path::new(""), &added)?;
        swap(&self.dir, out)
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

/// Whether `path` is a file (not a link) holding exactly `bytes`.
fn same_bytes(path: &Path, bytes: &[u8]) -> bool {
    std::fs::symlink_metadata(path).is_ok_and(|m| m.is_file() && m.len() == bytes.len() as u64)
        && std::fs::read(path).is_ok_and(|old| old == bytes)
}

/// Hard-links `old` as `new`; false where the file system cannot, and the file is written instead.
fn link(old: &Path, new: &Path) -> bool {
    std::fs::hard_link(old, new).is_ok()
}

/// An exclusive lock on `folder`, waiting for any other build that holds it. `None` where the
/// platform or file system has no such locks: builds then must not overlap.
fn lock_folder(folder: &Path) -> Option<File> {
    let handle = File::open(folder).ok()?;
    #[cfg(unix)]
    {
        use rustix::fs::{FlockOperation, flock};
        flock(&handle, FlockOperation::LockExclusive).ok()?;
    }
    Some(handle)
}

/// Temporary directories are created `0700`; a web server running as another user must read them.
pub fn make_readable(path: &Path, mode: u32) -> Result<(), IoError> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode))
            .map_err(|e| IoError::new("cannot set permissions of", path, e))?;
    }
    #[cfg(not(unix))]
    let _ = (path, mode);
    Ok(())
}

/// Removes temporary folders that a killed build or an older version left behind, all but
/// `keep`.
fn remove_leftovers(parent: &Path, prefix: &str, keep: &Path) {
    let Ok(entries) = std::fs::read_dir(parent) else {
        return;
    };
    for entry in entries.filter_map(|e| e.ok()) {
        let path = entry.path();
        if entry.file_name().to_string_lossy().starts_with(prefix) && path != keep {
            remove_any(&path);
        }
    }
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
    let mut aside = new.as_os_str().to_owned();
    aside.push("-aside");
    let aside = PathBuf::from(aside);
    if out.exists() {
        std::fs::rename(out, &aside).map_err(|e| IoError::new("cannot move aside", out, e))?;
    }
    std::fs::rename(new, out).map_err(|e| IoError::new("cannot move the new site to", out, e))?;
    if aside.exists() && std::fs::rename(&aside, new).is_err() {
        std::fs::remove_dir_all(&aside).map_err(|e| IoError::new("cannot remove", &aside, e))?;
    }
    Ok(())
}
