//! Writing the rendered site, all or nothing.
//!
//! The files go into a temporary sibling of the output directory, which is then swapped in with
//! one `renameat2(RENAME_EXCHANGE)`: a reader (or a crash, or `kill -9`) sees either the complete
//! old site or the complete new one, never a mix. A failed build never gets this far, so the last
//! good output stays exactly as it was.
//!
//! A file whose bytes are the same as in the current output is not written again: the staged
//! name is a hard link to the current file. Unchanged pages keep their modification time (so a
//! deploy with `rsync` or a cache sees what really changed), and a rebuild does not make the
//! file system allocate, and then free, an inode for every page: on ext4, with thousands of
//! pages, finding free inodes among recently freed ones was a third of a large build's time.

use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::fs::IoError;
use crate::render::Files;

/// Writes `files` as the new contents of `out`, replacing what was there atomically.
pub fn write(out: &Path, files: &Files) -> Result<(), IoError> {
    let staging = Staging::new(out)?;
    staging.add(files)?;
    staging.commit(out)
}

/// The next contents of an output directory, written beside it until [`Staging::commit`]
/// swaps them in. Dropped without a commit, it is removed and the output stays as it was.
pub struct Staging {
    dir: tempfile::TempDir,
    /// The output being replaced, if there is one: where unchanged files are linked from.
    current: Option<PathBuf>,
}

impl Staging {
    /// An empty staging directory beside `out`. Directories that a killed build left behind
    /// are removed first.
    pub fn new(out: &Path) -> Result<Staging, IoError> {
        let parent = match out.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        std::fs::create_dir_all(&parent).map_err(|e| IoError::new("cannot create", &parent, e))?;
        let name = out
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "public".into());
        let prefix = format!(".{name}.candor-");
        remove_leftovers(&parent, &prefix);
        let dir = tempfile::Builder::new()
            .prefix(&prefix)
            .tempdir_in(&parent)
            .map_err(|e| IoError::new("cannot create a temporary directory in", &parent, e))?;
        make_readable(dir.path(), 0o755)?;
        let current = out.is_dir().then(|| out.to_path_buf());
        Ok(Staging { dir, current })
    }

    /// Writes `files` (paths relative to the output directory). Safe to call from several
    /// threads at once.
    pub fn add(&self, files: &Files) -> Result<(), IoError> {
        for (rel, bytes) in files {
            let path = self.dir.path().join(rel);
            if let Some(dir) = path.parent() {
                std::fs::create_dir_all(dir).map_err(|e| IoError::new("cannot create", dir, e))?;
            }
            let unchanged = self.current.as_ref().map(|current| current.join(rel));
            if unchanged.is_some_and(|old| same_bytes(&old, bytes) && link(&old, &path)) {
                continue;
            }
            std::fs::write(&path, bytes).map_err(|e| IoError::new("cannot write", &path, e))?;
        }
        Ok(())
    }

    /// Makes the staged files the contents of `out`, in one step.
    pub fn commit(self, out: &Path) -> Result<(), IoError> {
        swap(self.dir.path(), out)?;
        // The staging directory now holds the previous site (or nothing). Its folders go on
        // every core (a large site has one per language); dropping it removes the rest.
        if let Ok(entries) = std::fs::read_dir(self.dir.path()) {
            let folders: Vec<PathBuf> = entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.is_dir())
                .collect();
            folders.par_iter().for_each(|folder| {
                let _ = std::fs::remove_dir_all(folder);
            });
        }
        Ok(())
    }
}

/// Whether the file at `path` holds exactly `bytes` (false if it cannot be read).
fn same_bytes(path: &Path, bytes: &[u8]) -> bool {
    std::fs::metadata(path).is_ok_and(|m| m.is_file() && m.len() == bytes.len() as u64)
        && std::fs::read(path).is_ok_and(|old| old == bytes)
}

/// Hard-links `old` as `new`; false where the file system cannot, and the file is written instead.
fn link(old: &Path, new: &Path) -> bool {
    std::fs::hard_link(old, new).is_ok()
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

/// Removes temporary directories that a killed build left behind.
fn remove_leftovers(parent: &Path, prefix: &str) {
    let Ok(entries) = std::fs::read_dir(parent) else {
        return;
    };
    for entry in entries.filter_map(|e| e.ok()) {
        if entry.file_name().to_string_lossy().starts_with(prefix) && entry.path().is_dir() {
            let _ = std::fs::remove_dir_all(entry.path());
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

/// The portable fallback: move the old site aside, move the new one in, remove the old one.
/// Not atomic for readers, but a crash still leaves one complete site (possibly the aside one).
fn two_renames(new: &Path, out: &Path) -> Result<(), IoError> {
    let aside = new.with_extension("old");
    if out.exists() {
        std::fs::rename(out, &aside).map_err(|e| IoError::new("cannot move aside", out, e))?;
    }
    std::fs::rename(new, out).map_err(|e| IoError::new("cannot move the new site to", out, e))?;
    std::fs::create_dir_all(new).ok();
    if aside.exists() {
        std::fs::remove_dir_all(&aside).map_err(|e| IoError::new("cannot remove", &aside, e))?;
    }
    Ok(())
}
