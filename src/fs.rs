//! Reading site files into [`SourceFile`]s, with the path in every error.

use std::io;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::de::DeserializeOwned;

use crate::diagnostic::{Diagnostic, SourceFile};

/// An I/O failure, with the path it concerns and the system's reason. Exit code 2, unlike
/// problems in the site. The reason is part of the message, not a `source`, so that printing
/// the error with its causes says it once.
#[derive(Debug, thiserror::Error)]
#[error("{action} `{path}`: {reason}")]
pub struct IoError {
    pub action: &'static str,
    pub path: PathBuf,
    pub reason: io::Error,
}

impl IoError {
    pub fn new(action: &'static str, path: &Path, source: io::Error) -> Self {
        Self {
            action,
            path: path.to_path_buf(),
            reason: in_words(path, source),
        }
    }
}

/// `error`, met on the way to `path`, in words that say what to mend where the system's do not:
/// "Not a directory" names no file, so the file on the way is named.
pub fn in_words(path: &Path, error: io::Error) -> io::Error {
    if error.kind() != io::ErrorKind::NotADirectory {
        return error;
    }
    match path
        .ancestors()
        .find(|a| std::fs::metadata(a).is_ok_and(|m| !m.is_dir()))
    {
        Some(file) => io::Error::other(format!(
            "`{}` is a file, not a folder: name a path through folders",
            file.display()
        )),
        None => error,
    }
}

/// The name of `path` as shown to users: relative to the site root, with `/`.
pub fn display_name(root: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(root).unwrap_or(path);
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

/// The site folder `root`, as given on the command line, for a command that a diagnostic
/// suggests running from the same place: nothing for the current folder (a command's
/// default), otherwise the folder quoted for a shell, after a space.
pub fn site_argument(root: &Path) -> String {
    if root.as_os_str().is_empty() || root == Path::new(".") {
        return String::new();
    }
    let shown = root.to_string_lossy();
    match shlex::try_quote(&shown) {
        Ok(quoted) => format!(" {quoted}"),
        // A name with a NUL byte cannot be given to a shell at all.
        Err(_) => String::new(),
    }
}

/// The largest file candor reads from a site. A site's files are small, but `candor.lock`
/// grows with every publication (about 750 KB a publication at 100 languages, see
/// BENCHMARKS.md); anything beyond this is a mistake or an attack on memory.
pub const MAX_FILE_SIZE: u64 = 256 * 1024 * 1024;

/// The most bytes candor reads from one file of a kind: a file of that kind larger than this is
/// a mistake or an attack on memory, since every entry of it is parsed, checked and reported on
/// (a TOML file takes some thirty times its size while it is parsed). It is refused before it is
/// read.
#[derive(Debug, Clone, Copy)]
pub struct Limit {
    pub max: u64,
    /// What such a file is, for the refusal: "content file".
    pub kind: &'static str,
    /// How large such a file is.
    pub help: &'static str,
}

impl Limit {
    /// Any file of a site: [`MAX_FILE_SIZE`].
    pub const ANY: Limit = Limit {
        max: MAX_FILE_SIZE,
        kind: "file",
        help: "a site's files are small: is this the right file?",
    };

    /// The refusal of the file `name`, `len` bytes long.
    fn refuse(&self, name: &str, len: u64) -> Diagnostic {
        Diagnostic::error(format!(
            "`{name}` is {} KB, more than the {} KB candor reads from one {}",
            len / 1024,
            self.max / 1024,
            self.kind
        ))
        .in_file_named(name)
        .with_help(self.help)
    }
}

/// The refusal of the site file at `path`, if it is larger than `limit` allows (by its size on
/// the disk, before anything of it is read); `None` for one within it, or that cannot be read
/// (reading it says why, [`confine`] first).
pub fn too_large(root: &Path, path: &Path, limit: &Limit) -> Option<Diagnostic> {
    let resolved = confine(root, path, Within::Sources).ok()?;
    let len = std::fs::metadata(resolved).ok()?.len();
    (len > limit.max).then(|| limit.refuse(&display_name(root, path), len))
}

/// The names, at the top of a site folder, of what holds its sources: the only places a link in
/// a site may lead to. A site folder is often a git checkout, whose `.git/config` may hold a
/// token, beside an `.env` that holds keys; a link to either is never followed. (`site::SOURCES`
/// names the same by the constants of the modules that read them; a test holds them equal.)
pub const SOURCE_PLACES: [&str; 5] = ["content", "locales", "themes", "candor.toml", "candor.lock"];

/// Whether a file or folder so named holds a version-control system's settings, hooks or
/// history (`.git`, also as a file naming where the repository is): candor neither publishes
/// one nor writes into one.
pub fn is_version_control(name: &str) -> bool {
    [
        ".git",
        ".hg",
        ".svn",
        ".bzr",
        "_darcs",
        ".jj",
        ".pijul",
        ".sl",
        ".fslckout",
        "_FOSSIL_",
    ]
    .iter()
    .any(|v| name.eq_ignore_ascii_case(v))
}

/// How a warning counts and names the files `names` (as the site names them) it leaves
/// unread or unpublished: `2 hidden files`, where `what` is "hidden", and each between
/// backticks, with what a terminal would act on made visible.
pub fn files_named(what: &str, names: &[String]) -> (String, String) {
    let count = match names.len() {
        1 => format!("1 {what} file"),
        n => format!("{n} {what} files"),
    };
    let names = (names.iter())
        .map(|n| format!("`{}`", crate::text::visible_name(n)))
        .collect::<Vec<_>>()
        .join(", ");
    (count, names)
}

/// Whether a folder so named holds an older version-control system's settings, which
/// [`is_version_control`] leaves out so that a user's folder of that name (`~/cvs/`) may hold
/// an output: CVS's `CVS/Root` may hold a password. Nothing of a site is one.
pub fn is_older_version_control(name: &str) -> bool {
    ["CVS", "RCS", "SCCS", "_MTN", "{arch}"].contains(&name)
}

/// Whether a file of a theme's `static/` folder at `rel` (below `static/`) is hidden, and so
/// not published: a name starting with a dot, in any folder, is often a file of secrets (`.env`)
/// or an editor's or a system's (`.DS_Store`). Two are meant for the web and published:
/// `.well-known/` (RFC 8615: `security.txt`) and `.htaccess`. So is an editor's backup or
/// autosave of a file (`style.css~`, `#style.css#`), which holds an earlier text (qa84).
pub fn is_hidden_static(rel: &str) -> bool {
    let mut parts = rel.split('/').peekable();
    while let Some(part) = parts.next() {
        let last = parts.peek().is_none();
        let meant = part == ".well-known" && !last || part == ".htaccess" && last;
        let backup = part.ends_with('~')
            || part.len() > 1 && part.starts_with('#') && part.ends_with('#')
            || last && is_editor_leftover(part);
        if part.starts_with('.') && !meant || backup {
            return true;
        }
    }
    false
}

/// Whether a file named `name` is one an editor, a merge or a patch leaves beside the file it
/// works on (`style.css.bak`, `.orig`, `.rej`, Vim's `.swp` and its test file `4913`): an
/// earlier text, not a file to publish (qa88).
fn is_editor_leftover(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    lower == "4913"
        || [
            ".bak",
            ".orig",
            ".rej",
            ".swp",
            ".swo",
            ".tmp",
            ".save",
            ".kate-swp",
            ".old",
        ]
        .iter()
        .any(|end| lower.ends_with(end))
}

/// What a path may resolve to, through any links.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Within {
    /// Anywhere inside the folder: a built site that `verify` reads.
    Folder,
    /// The site's sources ([`SOURCE_PLACES`]).
    Sources,
}

/// Where the file at `path` in the folder `root` really is, after checking that reading it is
/// safe: it resolves (through any links) to a place inside `root` (`within` says where), and it
/// is a regular file of reasonable size, not a folder, a device, a FIFO (which would block the
/// read forever) or a socket. A problem is a diagnostic that names the file and, for a link,
/// where it points; nothing of the target is read.
pub fn confine(root: &Path, path: &Path, within: Within) -> Result<PathBuf, Diagnostic> {
    let name = display_name(root, path);
    match std::fs::symlink_metadata(path) {
        Ok(_) => {}
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            return Err(Diagnostic::error(format!("missing file `{name}`")));
        }
        Err(e) => return Err(Diagnostic::error(format!("cannot read `{name}`: {e}"))),
    }
    let resolved = inside(root, path, &name, within)?;
    let meta = std::fs::metadata(&resolved)
        .map_err(|e| Diagnostic::error(format!("cannot read `{name}`: {e}")))?;
    if !meta.is_file() {
        let what = if meta.is_dir() {
            "a folder"
        } else {
            "not a regular file (a device, a FIFO or a socket)"
        };
        return Err(Diagnostic::error(format!("`{name}` is {what}"))
            .with_help("candor reads only regular files from a site"));
    }
    // A hard link is the same file under another name, which may be anywhere on the disk:
    // nothing tells which name is the site's own.
    #[cfg(unix)]
    if within == Within::Sources {
        use std::os::unix::fs::MetadataExt;
        if meta.nlink() > 1 {
            return Err(Diagnostic::error(format!(
                "`{name}` is a hard link: the same file has {} names on this disk, and may be a file from outside the site",
                meta.nlink()
            ))
            .with_help(format!(
                "candor reads only files of the site's own: make it a file of its own, such as with `cp {name} {name}.copy && mv {name}.copy {name}` in the site folder"
            )));
        }
    }
    if meta.len() > MAX_FILE_SIZE {
        return Err(Diagnostic::error(format!(
            "`{name}` is {} MB, more than the {} MB candor reads from one file",
            // Both in the limit's unit (MiB, as README and the KB limits count).
            meta.len() / 1024 / 1024,
            MAX_FILE_SIZE / 1024 / 1024
        ))
        .with_help("a site's files are small: is this the right file?"));
    }
    Ok(resolved)
}

/// Where `path` (named `name`) resolves to through any links, if that is inside the folder
/// `root` (in its sources, for [`Within::Sources`]); otherwise a diagnostic that names the
/// link and where it points.
fn inside(root: &Path, path: &Path, name: &str, within: Within) -> Result<PathBuf, Diagnostic> {
    let outside = |why: String| {
        Diagnostic::error(format!("`{name}` {why}")).with_help(
            "candor reads only files inside the site folder: copy the file into the site instead of linking to it",
        )
    };
    let given = root;
    let root = std::fs::canonicalize(root)
        .map_err(|e| Diagnostic::error(format!("cannot resolve the site folder: {e}")))?;
    let resolved = match std::fs::canonicalize(path) {
        Ok(p) => p,
        Err(_) => {
            let (link, to) =
                first_link(path).unwrap_or_else(|| (path.to_path_buf(), PathBuf::new()));
            let whither = if links_loop(&link) {
                "from where links lead back in a circle"
            } else {
                "where there is nothing"
            };
            return Err(Diagnostic::error(format!(
                "`{name}` goes through the link `{}`, which points to `{}`, {whither}",
                display_name(&root, &link),
                to.display()
            ))
            .with_help("point the link at a file of the site, or put the file in its place"));
        }
    };
    if !resolved.starts_with(&root) {
        let why = match first_link(path) {
            Some((link, to)) if link == path => {
                format!("is a link to `{}`, outside the site", to.display())
            }
            Some((link, to)) => format!(
                "goes through the link `{}`, which points to `{}`, outside the site",
                display_name(&root, &link),
                to.display()
            ),
            None => format!("resolves to `{}`, outside the site", resolved.display()),
        };
        return Err(outside(why));
    }
    let top = resolved
        .strip_prefix(&root)
        .ok()
        .and_then(|rel| rel.components().next())
        .and_then(|c| c.as_os_str().to_str());
    if within == Within::Sources && !top.is_some_and(|top| SOURCE_PLACES.contains(&top)) {
        let shown = match display_name(&root, &resolved) {
            // The site folder itself.
            shown if shown.is_empty() => ".".to_string(),
            shown => shown,
        };
        let why = match first_link(path) {
            Some((link, _)) if link == path => format!("is a link to `{shown}`"),
            Some((link, _)) => format!(
                "goes through the link `{}`, which leads to `{shown}`",
                display_name(&root, &link)
            ),
            None => format!("resolves to `{shown}`"),
        };
        return Err(Diagnostic::error(format!(
            "`{name}` {why}, which is not one of the site's sources"
        ))
        .with_help(format!(
            "a link in a site may lead only into its sources ({}): remove the link, or put the file it stands for in its place",
            SOURCE_PLACES.map(|p| format!("`{p}`")).join(", ")
        )));
    }
    // A link may lead into the sources and still to what is not one: a theme cloned into
    // `themes/` keeps its checkout's `.git/config`, which may hold a CI job's token, and a
    // source folder may hold an `.env` (qa124). Such a place is never a source; a file of it
    // is never read, published or quoted, whatever name a link gives it.
    if within == Within::Sources
        && let Some(link) = first_link_below(given, path)
        && let Some(hidden) = hidden_part(&resolved, &root)
    {
        let shown = display_name(&root, &resolved);
        let why = match link == path {
            true => format!("is a link to `{shown}`"),
            false => format!(
                "goes through the link `{}`, which leads to `{shown}`",
                display_name(&root, &link)
            ),
        };
        return Err(Diagnostic::error(format!(
            "`{name}` {why}, in the hidden file or folder `{hidden}`, which is not one of the site's sources"
        ))
        .with_help(
            "a hidden file or folder (`.git`, `.env`) may hold secrets, and candor never reads one through a link: remove the link, or put the file it stands for in its place",
        ));
    }
    Ok(resolved)
}

/// The first part of `resolved`'s path below `root` that is hidden (a name starting with a
/// dot, or a version-control folder's: [`is_version_control`], and the older systems' whose
/// names a user's folder may have, CVS's `CVS/Root` holding a password), but the two meant for
/// the web ([`is_hidden_static`]).
fn hidden_part(resolved: &Path, root: &Path) -> Option<String> {
    let rel = resolved.strip_prefix(root).ok()?;
    rel.components()
        .filter_map(|c| c.as_os_str().to_str())
        .find(|part| {
            is_version_control(part)
                || is_older_version_control(part)
                || (part.starts_with('.') && !matches!(*part, ".well-known" | ".htaccess"))
        })
        .map(str::to_string)
}

/// Whether listing the site folder at `path` would list a folder outside the site's sources:
/// the diagnostic that names the link it goes through, if it would. Checked before a folder is
/// listed, so that not even the names of the files in a linked folder are shown. `None` for a
/// folder of the sources, and for one that is not there (its callers say so, or need not).
pub fn linked_out(root: &Path, path: &Path) -> Option<Diagnostic> {
    std::fs::symlink_metadata(path).ok()?;
    inside(root, path, &display_name(root, path), Within::Sources).err()
}

/// Whether the links that start at `link` come back to one of themselves (or go on further
/// than a system follows), rather than ending where there is nothing.
fn links_loop(link: &Path) -> bool {
    let mut at = link.to_path_buf();
    let mut seen = std::collections::HashSet::new();
    for _ in 0..64 {
        if !seen.insert(at.clone()) {
            return true;
        }
        match std::fs::read_link(&at) {
            Ok(to) => at = at.parent().map_or_else(|| to.clone(), |dir| dir.join(&to)),
            Err(_) => return false,
        }
    }
    true
}

/// The first symbolic link on the way from the folder `root` to `path`, below `root`.
fn first_link_below(root: &Path, path: &Path) -> Option<PathBuf> {
    let mut at = root.to_path_buf();
    for component in path.strip_prefix(root).ok()?.components() {
        at.push(component);
        if std::fs::symlink_metadata(&at).is_ok_and(|m| m.file_type().is_symlink()) {
            return Some(at);
        }
    }
    None
}

/// The first symbolic link on the way to `path` (the nearest to the root of the file system),
/// and what it points to.
fn first_link(path: &Path) -> Option<(PathBuf, PathBuf)> {
    let mut at = PathBuf::new();
    for component in path.components() {
        at.push(component);
        if std::fs::symlink_metadata(&at).is_ok_and(|m| m.file_type().is_symlink()) {
            let to = std::fs::read_link(&at).unwrap_or_default();
            return Some((at, to));
        }
    }
    None
}

/// Reads the bytes of a site file, after [`confine`] found it safe to (one of the site's
/// sources).
pub fn read_bytes(root: &Path, path: &Path) -> Result<Vec<u8>, Diagnostic> {
    read_within(root, path, &Limit::ANY)
}

/// [`read_bytes`], refusing a file larger than `limit` before it is read (and one that grew past
/// it while it was).
fn read_within(root: &Path, path: &Path, limit: &Limit) -> Result<Vec<u8>, Diagnostic> {
    use std::io::Read;
    let resolved = confine(root, path, Within::Sources)?;
    let len = std::fs::metadata(&resolved).map_or(0, |m| m.len());
    if len > limit.max {
        return Err(limit.refuse(&display_name(root, path), len));
    }
    let cannot = |e: std::io::Error| {
        Diagnostic::error(format!("cannot read `{}`: {e}", display_name(root, path)))
    };
    let mut bytes = Vec::new();
    std::fs::File::open(&resolved)
        .and_then(|file| file.take(limit.max + 1).read_to_end(&mut bytes))
        .map_err(cannot)?;
    match bytes.len() as u64 > limit.max {
        true => Err(limit.refuse(&display_name(root, path), bytes.len() as u64)),
        false => Ok(bytes),
    }
}

/// Reads a text file of the site. Missing, unreadable, non-UTF-8 and empty files are
/// diagnostics: they are problems in the site, not in candor's environment; so are files that
/// [`confine`] refuses, and those larger than `limit`. `if_empty` is the help for an empty
/// one: what the file is for, and how to mend it. The text is normalized (line endings to LF,
/// Unicode to NFC), so that neither a Windows checkout nor an editor that saves decomposed
/// characters changes what the site says.
pub fn read_source(
    root: &Path,
    path: &Path,
    if_empty: &str,
    limit: &Limit,
) -> Result<Arc<SourceFile>, Diagnostic> {
    let name = display_name(root, path);
    let bytes = read_within(root, path, limit).map_err(|d| {
        // A file missing is mended as an empty one is (qa150: no help at all).
        match d.help.is_none() && std::fs::symlink_metadata(path).is_err() {
            true => d.with_help(if_empty),
            false => d,
        }
    })?;
    if is_utf16(&bytes) {
        let file = SourceFile::new(name, String::new());
        return Err(Diagnostic::error("the file is UTF-16, not UTF-8")
            .in_file(&file)
            .with_help(
                "save it as UTF-8 (in the editor's \"Save with encoding\", or `iconv -f UTF-16 -t UTF-8`)",
            ));
    }
    let bytes = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(&bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) if text.trim().is_empty() => {
            let file = SourceFile::new(name, text);
            Err(Diagnostic::error("the file is empty")
                .in_file(&file)
                .with_help(if_empty))
        }
        Ok(text) => match lone_carriage_return(text) {
            // Read as no line break by TOML, Fluent and Git alike, where an editor may show
            // one: the file would read as one line, its messages as a comment (qa66).
            Some(at) => {
                let file = SourceFile::new(name, text);
                Err(Diagnostic::error("a line ends in a carriage return alone")
                    .at(&file, at..at + 1, "this carriage return (CR) has no line feed (LF) after it")
                    .with_help(
                        "save the file with LF (or CRLF) line ends: in the editor's \"Line endings\", \
                         or `tr '\\r' '\\n'`",
                    ))
            }
            None => Ok(SourceFile::normalized(name, text)),
        },
        Err(e) => {
            let at = e.valid_up_to();
            let byte = bytes[at];
            let file = SourceFile::new(name, String::from_utf8_lossy(bytes).into_owned());
            // A byte of a legacy encoding, most likely: Latin-1 (and Windows-1252) writes a
            // letter such as `ä` as one byte from 0xA0 on.
            let help = match byte {
                0xa0.. => format!(
                    "save the file as UTF-8: 0x{byte:02X} is how Latin-1 and Windows-1252 write `{}`",
                    char::from(byte)
                ),
                _ => "save the file as UTF-8".to_string(),
            };
            Err(Diagnostic::error("the file is not valid UTF-8")
                .at(
                    &file,
                    at..at + char::REPLACEMENT_CHARACTER.len_utf8(),
                    format!("this byte, 0x{byte:02X}, is not UTF-8"),
                )
                .with_help(help))
        }
    }
}

/// Where `text` holds a carriage return not followed by a line feed, the first.
fn lone_carriage_return(text: &str) -> Option<usize> {
    memchr::memchr_iter(b'\r', text.as_bytes())
        .find(|&at| text.as_bytes().get(at + 1) != Some(&b'\n'))
}

/// The order of the bytes of a file in UTF-16, as some Windows editors save one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Utf16 {
    Little,
    Big,
}

impl Utf16 {
    /// How `bytes` (a file's first bytes, at least) are in UTF-16, if they are: by their byte
    /// order mark, or else by the zero byte that each ASCII character of UTF-16 has, on the
    /// same side of each pair (text in UTF-8 holds no zero byte).
    fn of(bytes: &[u8]) -> Option<Utf16> {
        if bytes.starts_with(&[0xff, 0xfe]) {
            return Some(Utf16::Little);
        }
        if bytes.starts_with(&[0xfe, 0xff]) {
            return Some(Utf16::Big);
        }
        let pairs: Vec<&[u8]> = bytes.chunks_exact(2).take(256).collect();
        let zeros = |side: usize| pairs.iter().filter(|p| p[side] == 0).count();
        let (first, second) = (zeros(0), zeros(1));
        match pairs.len() >= 2 {
            true if second * 2 >= pairs.len() && first * 10 <= pairs.len() => Some(Utf16::Little),
            true if first * 2 >= pairs.len() && second * 10 <= pairs.len() => Some(Utf16::Big),
            _ => None,
        }
    }

    /// The length of the byte order mark `bytes` start with, if any.
    fn mark(bytes: &[u8]) -> usize {
        match bytes.starts_with(&[0xff, 0xfe]) || bytes.starts_with(&[0xfe, 0xff]) {
            true => 2,
            false => 0,
        }
    }
}

/// Whether `bytes` are a file in UTF-16 ([`Utf16::of`]).
fn is_utf16(bytes: &[u8]) -> bool {
    Utf16::of(bytes).is_some()
}

/// The text of a file [`read_source`] refused, as far as it reads: UTF-16 ([`Utf16::of`]), or
/// else UTF-8, each character that does not read as U+FFFD; a carriage return alone a line
/// break, as the editor that wrote it meant.
pub fn lossy_text(bytes: &[u8]) -> String {
    let Some(order) = Utf16::of(bytes) else {
        let text = String::from_utf8_lossy(bytes).into_owned();
        return crate::text::lone_carriage_returns_as_line_feeds(text);
    };
    let units = bytes[Utf16::mark(bytes)..]
        .chunks_exact(2)
        .map(|pair| match order {
            Utf16::Little => u16::from_le_bytes([pair[0], pair[1]]),
            Utf16::Big => u16::from_be_bytes([pair[0], pair[1]]),
        });
    char::decode_utf16(units)
        .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
        .collect()
}

/// Calls `each` with the start of every line of the site file at `path` (at most its first 256
/// bytes, as text), read a piece at a time: what a file too large to read whole says at the start
/// of its lines, in bounded memory. Nothing for a file [`confine`] refuses or that cannot be
/// opened. Of a file in UTF-16, the bytes of its ASCII characters.
pub fn each_line_start(root: &Path, path: &Path, mut each: impl FnMut(&str)) {
    use std::io::{BufRead, Read};
    const KEPT: usize = 256;
    let Ok(resolved) = confine(root, path, Within::Sources) else {
        return;
    };
    let Some(file) = open_plain(&resolved) else {
        return;
    };
    let mut reader = std::io::BufReader::new(file.take(MAX_FILE_SIZE));
    let mut line = Vec::with_capacity(KEPT);
    let mut utf16 = None;
    loop {
        let piece = match reader.fill_buf() {
            Ok(piece) if !piece.is_empty() => piece,
            _ => break,
        };
        // Each ASCII character of UTF-16 is its byte and a zero.
        let utf16 = *utf16.get_or_insert_with(|| is_utf16(piece));
        for &byte in piece {
            if utf16 && byte == 0 {
                continue;
            }
            if byte == b'\n' {
                each(&String::from_utf8_lossy(&line));
                line.clear();
            } else if line.len() < KEPT {
                line.push(byte);
            }
        }
        let read = piece.len();
        reader.consume(read);
    }
    if !line.is_empty() {
        each(&String::from_utf8_lossy(&line));
    }
}

/// Opens the plain file at `path` to read it, without following a link or waiting on a FIFO;
/// `None` if it is anything but a plain file (or cannot be opened).
pub fn open_plain(path: &Path) -> Option<std::fs::File> {
    #[cfg(unix)]
    let file = {
        use rustix::fs::{Mode, OFlags};
        let flags = OFlags::RDONLY | OFlags::NONBLOCK | OFlags::NOFOLLOW | OFlags::CLOEXEC;
        std::fs::File::from(rustix::fs::open(path, flags, Mode::empty()).ok()?)
    };
    #[cfg(not(unix))]
    let file = std::fs::File::open(path).ok()?;
    file.metadata().ok()?.is_file().then_some(file)
}

/// The bytes of the plain file at `path` ([`open_plain`]); `None` if it is anything else, or
/// larger than [`MAX_FILE_SIZE`].
pub fn read_plain(path: &Path) -> Option<Vec<u8>> {
    use std::io::Read;
    let file = open_plain(path)?;
    let mut bytes = Vec::new();
    file.take(MAX_FILE_SIZE + 1).read_to_end(&mut bytes).ok()?;
    (bytes.len() as u64 <= MAX_FILE_SIZE).then_some(bytes)
}

/// The bytes of the plain file a user named at `path` on the command line (`check
/// --published`): a link to one is followed, as the user gave it; anything else is refused
/// unread, with the reason in words that end a sentence (the system's, or what the path is
/// instead of a plain file of at most [`MAX_FILE_SIZE`]). Nothing waits on a FIFO.
pub fn read_named(path: &Path) -> Result<Vec<u8>, String> {
    use std::io::Read;
    #[cfg(unix)]
    let opened = {
        use rustix::fs::{Mode, OFlags};
        let flags = OFlags::RDONLY | OFlags::NONBLOCK | OFlags::CLOEXEC;
        (rustix::fs::open(path, flags, Mode::empty()))
            .map(std::fs::File::from)
            .map_err(std::io::Error::from)
    };
    #[cfg(not(unix))]
    let opened = std::fs::File::open(path);
    let file = opened.map_err(|e| e.to_string())?;
    let meta = file.metadata().map_err(|e| e.to_string())?;
    if meta.is_dir() {
        return Err("it is a folder".to_string());
    }
    if !meta.is_file() {
        return Err("it is not a plain file (a FIFO, a socket or a device)".to_string());
    }
    let mut bytes = Vec::new();
    (file.take(MAX_FILE_SIZE + 1).read_to_end(&mut bytes)).map_err(|e| e.to_string())?;
    match bytes.len() as u64 > MAX_FILE_SIZE {
        true => Err(format!(
            "it is larger than {} MB",
            MAX_FILE_SIZE / (1024 * 1024)
        )),
        false => Ok(bytes),
    }
}

/// The names among `files` (name and bytes) that are taken in the folder `dir` by something
/// candor may not replace: anything but a plain file (a link, a FIFO, a folder), or a plain
/// file that holds other bytes and that `ours` (given its name and bytes) does not know as one
/// candor wrote.
pub fn taken(
    dir: &Path,
    files: &[(String, Vec<u8>)],
    ours: impl Fn(&str, &[u8]) -> bool,
) -> Vec<String> {
    files
        .iter()
        .filter(|(name, bytes)| {
            let path = dir.join(name);
            std::fs::symlink_metadata(&path).is_ok()
                && read_plain(&path).is_none_or(|there| there != *bytes && !ours(name, &there))
        })
        .map(|(name, _)| name.clone())
        .collect()
}

/// Writes `files` (name and bytes) into the folder `dir`, made if need be, once [`taken`] found
/// none of their names taken: a new name as a new file (never through a link that appeared
/// since), a file that holds other bytes replaced whole ([`write_atomic`]), one that holds the
/// same left as it is.
pub fn write_files(dir: &Path, files: &[(String, Vec<u8>)]) -> Result<(), IoError> {
    let mut undo = Undo::default();
    write_files_with(dir, files, &mut undo)?;
    undo.keep();
    Ok(())
}

/// [`write_files`], each folder and new file it makes recorded in `undo`.
pub fn write_files_with(
    dir: &Path,
    files: &[(String, Vec<u8>)],
    undo: &mut Undo,
) -> Result<(), IoError> {
    if std::fs::metadata(dir).is_ok_and(|m| !m.is_dir()) {
        let reason = io::Error::other("it is a file, not a folder: name a folder to write into");
        return Err(IoError::new("cannot write into", dir, reason));
    }
    undo.create_dir_all(dir)
        .map_err(|e| IoError::new("cannot create", dir, e))?;
    for (name, bytes) in files {
        let path = dir.join(name);
        match read_plain(&path) {
            Some(there) if there == *bytes => {}
            Some(_) => write_atomic(&path, bytes)?,
            None => undo
                .create_file(&path, bytes)
                .map_err(|e| IoError::new("cannot write", &path, e))?,
        }
    }
    Ok(())
}

/// The new folders and files a command made, taken away again (last made first) if it is
/// dropped before [`Undo::keep`]: a command stopped by a full disk left half a site, a theme or
/// its manual pages behind, which it then refused to write over (qa85). Only what it made
/// itself: a folder that holds anything else stays.
#[derive(Debug, Default)]
pub struct Undo {
    made: Vec<(PathBuf, bool)>,
    kept: bool,
}

impl Undo {
    /// Makes `dir` and the folders above it that are not there, recording each.
    pub fn create_dir_all(&mut self, dir: &Path) -> io::Result<()> {
        let missing: Vec<&Path> = dir
            .ancestors()
            .take_while(|a| !a.as_os_str().is_empty() && std::fs::symlink_metadata(a).is_err())
            .collect();
        for folder in missing.into_iter().rev() {
            match std::fs::create_dir(folder) {
                Ok(()) => self.made.push((folder.to_path_buf(), true)),
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists && folder.is_dir() => {}
                Err(e) => return Err(e),
            }
        }
        Ok(())
    }

    /// Makes the folder `dir`, which must not be there yet, recording it.
    pub fn create_dir(&mut self, dir: &Path) -> io::Result<()> {
        std::fs::create_dir(dir)?;
        self.made.push((dir.to_path_buf(), true));
        Ok(())
    }

    /// Writes `bytes` into a new file at `path` (never through a link, nor over a file that
    /// appeared meanwhile), recording it.
    pub fn create_file(&mut self, path: &Path, bytes: &[u8]) -> io::Result<()> {
        let mut file = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(path)?;
        self.made.push((path.to_path_buf(), false));
        io::Write::write_all(&mut file, bytes)
    }

    /// Keeps all that was made: the command finished.
    pub fn keep(mut self) {
        self.kept = true;
    }
}

impl Drop for Undo {
    fn drop(&mut self) {
        if self.kept {
            return;
        }
        for (path, folder) in self.made.iter().rev() {
            let _ = match folder {
                true => std::fs::remove_dir(path),
                false => std::fs::remove_file(path),
            };
        }
    }
}

/// Replaces the file at `path` whole: a temporary sibling is written and renamed over it, so a
/// reader, a crash or `kill -9` sees the old file or the new one, never a truncated one.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), IoError> {
    Staged::new(path, bytes)?.persist()
}

/// How the temporary files of [`Staged`] start (`.candor-tmp-Xa81pQ0Lk2Tz-3f9c01ab`): what the
/// `.gitignore` `candor init` writes leaves out.
pub const TEMPORARY_PREFIX: &str = ".candor-tmp-";

/// The name of a file [`Staged`] writes: [`TEMPORARY_PREFIX`], `random` (twelve letters or
/// digits) and a check of them, the first eight hex digits of their SHA-256 after a phrase of
/// candor's own. A leftover of a killed run is known as candor's by its name alone, without
/// reading it: a file of the user's named so would have to be named after one of candor's.
fn staged_name(random: &str) -> String {
    format!("{TEMPORARY_PREFIX}{random}-{}", staged_check(random))
}

fn staged_check(random: &str) -> String {
    use sha2::{Digest, Sha256};
    let hash = Sha256::new()
        .chain_update(b"candor: a file staged, to be renamed over its own\0")
        .chain_update(random.as_bytes())
        .finalize();
    data_encoding::HEXLOWER.encode(&hash[..4])
}

/// Whether `name` is one [`staged_name`] gives.
fn is_staged_name(name: &str) -> bool {
    let Some((random, check)) =
        (name.strip_prefix(TEMPORARY_PREFIX)).and_then(|r| r.split_once('-'))
    else {
        return false;
    };
    random.len() == 12
        && random.bytes().all(|b| b.is_ascii_alphanumeric())
        && check == staged_check(random)
}

/// Removes from `dir` the files a [`Staged`] of a killed run left behind: regular files with a
/// name only [`staged_name`] gives. Nothing else (qa155: a file of the user's named
/// `.candor-tmp-notes1` was removed, as six letters or digits after the prefix were taken for
/// candor's).
fn remove_staged_leftovers(dir: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.filter_map(|e| e.ok()) {
        let ours = entry.file_name().to_str().is_some_and(is_staged_name);
        // A regular file, not a link nor a folder of that name.
        if ours && entry.file_type().is_ok_and(|t| t.is_file()) {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// A file's next contents, written beside it, not yet in its place: [`Staged::persist`] renames
/// it over the file; dropped, it is removed. Staging first finds out whether the folder can be
/// written to before anything else is replaced.
pub struct Staged {
    tmp: tempfile::NamedTempFile,
    path: PathBuf,
}

impl Staged {
    /// `bytes`, written into a temporary file beside `path`.
    pub fn new(path: &Path, bytes: &[u8]) -> Result<Staged, IoError> {
        let dir = path
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        // One a killed run left here is removed. A run that stages a file in a site or beside
        // its output holds that folder (the site's lock, the output's), so no other run's is
        // among them; `man` and `schema` stage into a folder of the user's, where a file of
        // that name is candor's all the same.
        remove_staged_leftovers(dir);
        // Named as candor's, for whoever finds one that a killed build left behind, and for
        // the next run, which removes it. A name taken is tried again with other letters.
        let mut tries = 0;
        let tmp = loop {
            let random: String = std::iter::repeat_with(fastrand::alphanumeric)
                .take(12)
                .collect();
            let made = tempfile::Builder::new()
                .prefix(&staged_name(&random))
                .rand_bytes(0)
                .tempfile_in(dir);
            match made {
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists && tries < 16 => {
                    tries += 1;
                }
                made => {
                    break made
                        .map_err(|e| IoError::new("cannot create a temporary file in", dir, e))?;
                }
            }
        };
        std::fs::write(tmp.path(), bytes)
            .map_err(|e| IoError::new("cannot write", tmp.path(), e))?;
        // The temporary file is made readable by its owner alone; the file it replaces keeps
        // its own permissions, and a new one gets those of any file made here.
        match std::fs::metadata(path) {
            Ok(old) => std::fs::set_permissions(tmp.path(), old.permissions())
                .map_err(|e| IoError::new("cannot set permissions of", tmp.path(), e))?,
            Err(_) => make_readable(tmp.path(), 0o666 & !umask())?,
        }
        Ok(Staged {
            tmp,
            path: path.to_path_buf(),
        })
    }

    /// Where it goes.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Puts the file in its place, in one rename.
    pub fn persist(self) -> Result<(), IoError> {
        let Staged { tmp, path } = self;
        tmp.persist(&path)
            .map_err(|e| IoError::new("cannot write", &path, e.error))?;
        Ok(())
    }

    /// [`Staged::persist`], made to last a power cut or a system crash (qa73): the file's bytes
    /// reach the disk before the rename, and the rename before this returns. For the record of
    /// the publications, which nothing else could rebuild.
    pub fn persist_durably(self) -> Result<(), IoError> {
        (self.tmp.as_file().sync_all())
            .map_err(|e| IoError::new("cannot write", self.tmp.path(), e))?;
        let dir = self.path.parent().map(Path::to_path_buf);
        self.persist()?;
        // The folder's entry: where a folder cannot be opened to sync (another system), the
        // rename stands as made.
        let dir = match dir {
            Some(d) if d.as_os_str().is_empty() => PathBuf::from("."),
            other => other.unwrap_or_else(|| PathBuf::from(".")),
        };
        if let Ok(folder) = std::fs::File::open(&dir) {
            let _ = folder.sync_all();
        }
        Ok(())
    }
}

/// The process's file mode creation mask, as `/proc/self/status` tells it (Linux 4.7 and
/// later); elsewhere the usual `022`. Setting the mask is the only other way to read it, which
/// other threads would see.
pub fn umask() -> u32 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|status| {
            let line = status.lines().find_map(|l| l.strip_prefix("Umask:"))?;
            u32::from_str_radix(line.trim(), 8).ok()
        })
        .unwrap_or(0o022)
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

/// A TOML date literal (`2027-03-01`, no time, no offset) as a calendar date, if it is one that
/// exists.
pub fn civil_date(d: &toml::value::Datetime) -> Option<jiff::civil::Date> {
    match (d.date, d.time, d.offset) {
        (Some(date), None, None) => {
            jiff::civil::Date::new(date.year as i16, date.month as i8, date.day as i8).ok()
        }
        _ => None,
    }
}

/// Deserializes a TOML file, turning a parse or shape error into a diagnostic at its span.
pub fn parse_toml<T: DeserializeOwned>(file: &Arc<SourceFile>) -> Result<T, Diagnostic> {
    parse_toml_as(file, &file.text)
}

/// Parses `text`, a form of `file`'s text with every offset where it was (placeholders
/// unwrapped), reporting problems in `file` as written.
pub fn parse_toml_as<T: DeserializeOwned>(
    file: &Arc<SourceFile>,
    text: &str,
) -> Result<T, Diagnostic> {
    toml::from_str(text).map_err(|e| {
        if let Some(marker) = crate::text::conflict_marker(&file.text) {
            return merge_conflict(file, marker);
        }
        let raw = e.message().trim();
        if e.span().is_none()
            && raw.contains("recursion limit")
            && let Some((key, depth)) = deepest_key(&file.text)
        {
            // toml gives up on a key of too many dots with no place to point at.
            return Diagnostic::error("a key nested too deep")
                .at(file, key, format!("{depth} levels deep"))
                .with_help(
                    "each dot of a key opens a table inside the one before, and candor's files \
                     need two or three: write the key as the file's comments show it",
                );
        }
        let message = friendly(raw);
        let span = e.span().unwrap_or(0..0);
        let at = &file.text[span.clone()];
        let quoted_date = raw.contains(DATETIME) && at.starts_with(['"', '\'']);
        // The line's key (`effective =`) and its value as written, for a date's help.
        let line_start = file.text[..span.start].rfind('\n').map_or(0, |i| i + 1);
        let line_end = file.text[span.start..]
            .find('\n')
            .map_or(file.text.len(), |i| span.start + i);
        let (key, value) = match file.text[line_start..line_end].split_once('=') {
            Some((key, value)) => (format!("{} =", key.trim()), value.trim()),
            None => (String::new(), ""),
        };
        let (headline, help) = if quoted_date {
            // TOML reads a date in quotes as text: say so, and show the line as TOML writes
            // it (qa150: "remove the quotes" showed `2027/03/01`, refused unquoted too).
            let bare = at.trim_matches(['"', '\'']);
            let help = match as_toml_date(bare) {
                Some(date) if date == bare => format!(
                    "remove the quotes: `{key} {date}`; TOML reads a date in quotes as text"
                ),
                Some(date) => format!(
                    "write it year-month-day, without quotes: `{key} {date}`; TOML reads a date \
                     in quotes as text"
                ),
                None => format!(
                    "write the date year-month-day, without quotes, such as `{key} 2027-03-01`; \
                     TOML reads a date in quotes as text"
                ),
            };
            ("a date in quotes".to_string(), Some(help))
        } else if let Some(date) = as_toml_date(value).filter(|date| date != value) {
            // A date written in another shape, unquoted.
            (
                headline(&message),
                Some(format!("write the date year-month-day: `{key} {date}`")),
            )
        } else {
            let headline = headline(&message);
            let help = toml_help(&message, at).or_else(|| {
                (headline == "invalid TOML").then(|| {
                    "write the line as the file's comments show it: text in quotes, `true`, \
                     `false`, numbers and dates without, a list in `[…]`"
                        .to_string()
                })
            });
            (headline, help)
        };
        let mut d = Diagnostic::error(headline).at(file, span, message);
        d.help = help;
        d
    })
}

/// `text`, a day written year-month-day (`2027-3-1`, `2027/03/01`, `2027.03.01`) or
/// day.month.year (`01.03.2027`), as TOML writes it (`2027-03-01`); `None` for anything else,
/// a day not in the calendar, or day/month/year, which reads as month/day/year too.
fn as_toml_date(text: &str) -> Option<String> {
    let parts: Vec<&str> = text.split(['-', '/', '.']).collect();
    let [a, b, c] = parts[..] else {
        return None;
    };
    let number = |part: &str| -> Option<i16> {
        (!part.is_empty() && part.len() <= 4 && part.bytes().all(|b| b.is_ascii_digit()))
            .then(|| part.parse().ok())
            .flatten()
    };
    let (year, month, day) = match (a.len(), c.len()) {
        (4, 1..=2) => (number(a)?, number(b)?, number(c)?),
        (1..=2, 4) if text.contains('.') && !text.contains(['-', '/']) => {
            (number(c)?, number(b)?, number(a)?)
        }
        _ => return None,
    };
    let date = jiff::civil::Date::new(year, i8::try_from(month).ok()?, i8::try_from(day).ok()?);
    date.ok().map(|d| d.to_string())
}

/// A merge left to resolve in `file`, at its first `marker` line: the file says two things
/// until someone chooses.
pub fn merge_conflict(file: &Arc<SourceFile>, marker: Range<usize>) -> Diagnostic {
    Diagnostic::error("a merge conflict left in the file")
        .at(file, marker, "a merge's marker")
        .with_help(
            "a merge left both versions here: keep the lines you mean, and delete the lines \
             `<<<<<<<`, `=======` and `>>>>>>>`",
        )
}

/// The key of `text` with the most dots (a table header's or a `key = …` line's), with how
/// many levels of tables it opens, if any has a dot. Dots in quoted keys count as text.
fn deepest_key(text: &str) -> Option<(Range<usize>, usize)> {
    let mut deepest: Option<(Range<usize>, usize)> = None;
    for line in text.lines() {
        let trimmed = line.trim();
        let key = match trimmed.strip_prefix('[') {
            Some(header) => header.trim_start_matches('[').split(']').next(),
            None if trimmed.starts_with('#') => None,
            None => trimmed.split('=').next().filter(|_| trimmed.contains('=')),
        };
        let Some(key) = key.map(str::trim) else {
            continue;
        };
        let mut quote = None;
        let dots = key
            .chars()
            .filter(|&c| {
                match (quote, c) {
                    (None, '"' | '\'') => quote = Some(c),
                    (Some(q), c) if c == q => quote = None,
                    _ => {}
                }
                quote.is_none() && c == '.'
            })
            .count();
        if dots > 0 && deepest.as_ref().is_none_or(|(_, d)| dots + 1 > *d) {
            // `key` is a part of `text`: where it starts in it.
            let start = key.as_ptr() as usize - text.as_ptr() as usize;
            deepest = Some((start..start + key.len(), dots + 1));
        }
    }
    deepest
}

/// serde's words for what it expected, and candor's. serde names Rust types; users know
/// numbers and text. This table, [`headline`] and [`toml_help`] are the one place that reads the
/// wording of toml's and serde's errors; `the_wording_this_module_reads_is_the_crates` fails if
/// a release of either changes it.
const SERDE_WORDS: [(&str, &str); 6] = [
    (
        DATETIME,
        "expected a date without quotes, such as 2027-03-01",
    ),
    (
        "expected u32",
        "expected a whole number from 0 to 4294967295",
    ),
    ("expected u8", "expected a whole number from 0 to 255"),
    ("expected a string", "expected text in quotes"),
    (
        "expected a sequence",
        "expected a list, such as [\"a\", \"b\"]",
    ),
    // The Rust type serde read a number too large for an integer as.
    (" as i128", ""),
];

/// toml's words for a value that is not a date (or date and time).
const DATETIME: &str = "expected a TOML datetime";

fn friendly(message: &str) -> String {
    let message = SERDE_WORDS
        .iter()
        .fold(message.to_string(), |m, (from, to)| m.replace(from, to));
    // serde names the Rust type it expected a table for (`expected struct RawDecision`).
    match message.split_once(STRUCT) {
        Some((before, after)) => {
            let name_end = after
                .find(|c: char| !c.is_ascii_alphanumeric() && c != '_')
                .unwrap_or(after.len());
            format!(
                "{before}expected a table of keys, such as `[name]` with `key = value` lines under it{}",
                &after[name_end..]
            )
        }
        None => message,
    }
}

/// serde's words for a table it expected, before the Rust type's name.
const STRUCT: &str = "expected struct ";

/// The keys of content files whose value is a list of tables (`[[location]]`).
const LISTS_OF_TABLES: &[&str] = &["location", "subprocessor", "group", "integration", "flow"];

/// toml's words for a value nested deeper than it reads.
const TOO_DEEP: &str = "cannot recurse further";

/// A short first line for a TOML error; the full message goes under the span.
fn headline(message: &str) -> String {
    if message.starts_with("unknown field") {
        "unknown field".into()
    } else if message.starts_with("missing field") {
        message.to_string()
    } else if message.starts_with("invalid type") {
        "wrong type of value".into()
    } else if message.starts_with(TOO_DEEP) {
        "lists or tables nested too deep".into()
    } else if message.starts_with("invalid date") {
        "impossible date".into()
    } else if message.starts_with("unknown variant") {
        "not one of the allowed values".into()
    } else if message.starts_with("invalid value") {
        "value out of range".into()
    } else if message.starts_with(crate::text::NOT_A_FINGERPRINT) {
        "not a fingerprint".into()
    } else {
        "invalid TOML".into()
    }
}

/// A hint for the common mistakes: a misspelt key or value, a quoted yes/no.
fn toml_help(message: &str, at: &str) -> Option<String> {
    if let Some(key) = message
        .strip_prefix("missing field `")
        .and_then(|rest| rest.split('`').next())
    {
        // A list of tables is written `[[key]]` (qa94: said of a yes or no too).
        let written = match LISTS_OF_TABLES.contains(&key) {
            true => format!("a `[[{key}]]` table with its keys under it"),
            false => format!("a `{key} = …` line"),
        };
        return Some(format!(
            "add `{key}` to this table, {written}; the file `candor init` writes shows each \
             key with a comment"
        ));
    }
    if message.starts_with(TOO_DEEP) {
        return Some(
            "no file candor reads nests lists or tables this deep: write the value as the \
             file's comments show it"
                .into(),
        );
    }
    if message.contains("expected a boolean") {
        return Some(format!(
            "write `true` or `false`, without quotes, instead of {}",
            at.trim()
        ));
    }
    if message.starts_with("invalid date") {
        return Some(
            "write a day the calendar has, year-month-day, such as 2027-03-01".to_string(),
        );
    }
    if message.contains("duplicate key") {
        return Some(
            "a key is given once in a table: keep the line you mean and delete the other".into(),
        );
    }
    // A number in quotes: TOML reads it as text.
    if message.starts_with("invalid type: string")
        && message.contains("expected a whole number")
        && let Some(bare) = at
            .trim()
            .strip_prefix('"')
            .and_then(|a| a.strip_suffix('"'))
            .filter(|a| a.parse::<u64>().is_ok())
    {
        return Some(format!(
            "remove the quotes: `{bare}`; TOML reads a number in quotes as text"
        ));
    }
    // A yes or no written as a word (qa70: quoting it, as the first hint said, was then
    // refused as text).
    let word = at.trim().to_ascii_lowercase();
    if message.contains("string values must be quoted")
        && [
            "yes", "no", "y", "n", "on", "off", "ja", "nein", "oui", "non",
        ]
        .contains(&word.as_str())
    {
        return Some(format!(
            "a yes or no is written `true` or `false`, without quotes, instead of {}",
            at.trim()
        ));
    }
    // A key with nothing after its `=`: toml expects a value and guesses a bare string.
    if message.contains("string values must be quoted") && at.trim().is_empty() {
        return Some(
            "give the key a value after `=` (the file's comments say which), or delete the line"
                .into(),
        );
    }
    // serde says "expected `a`", "expected `a` or `b`" or "expected one of `a`, `b`, `c`".
    let (unknown, expected) = message.split_once(", expected ")?;
    let unknown = unknown.split('`').nth(1)?;
    let candidates: Vec<&str> = expected.split('`').skip(1).step_by(2).collect();
    crate::suggest::closest(unknown, candidates.iter().copied())
        .map(|c| format!("did you mean `{c}`?"))
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_day_written_in_another_shape_is_read_as_toml_writes_it() {
        for (written, read) in [
            ("2027-03-01", Some("2027-03-01")),
            ("2027-3-1", Some("2027-03-01")),
            ("2027/03/01", Some("2027-03-01")),
            ("2027.3.1", Some("2027-03-01")),
            ("01.03.2027", Some("2027-03-01")),
            // Month/day or day/month: not guessed.
            ("01/03/2027", None),
            ("2027-02-30", None),
            ("1 March 2027", None),
            ("2027-03", None),
            ("99999-1-1", None),
        ] {
            assert_eq!(super::as_toml_date(written).as_deref(), read, "{written}");
        }
    }

    use super::*;

    #[test]
    fn utf16_reads_in_either_byte_order_and_anything_else_as_utf8() {
        let le: Vec<u8> = [0xff, 0xfe]
            .into_iter()
            .chain("a = ä\n".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        let be: Vec<u8> = [0xfe, 0xff]
            .into_iter()
            .chain("a = ä\n".encode_utf16().flat_map(u16::to_be_bytes))
            .chain([0x00])
            .collect();
        assert_eq!(lossy_text(&le), "a = ä\n");
        assert_eq!(
            lossy_text(&be),
            "a = ä\n",
            "an odd byte at the end is left out"
        );
        let bare: Vec<u8> = "a = ä\n"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        assert_eq!(lossy_text(&bare), "a = ä\n", "known by its zero bytes");
        let bare: Vec<u8> = "a = ä\n"
            .encode_utf16()
            .flat_map(u16::to_be_bytes)
            .collect();
        assert_eq!(lossy_text(&bare), "a = ä\n");
        assert_eq!(lossy_text(b"a = \xe4"), "a = \u{fffd}");
        assert_eq!(lossy_text(&[0xff]), "\u{fffd}");
    }

    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields, rename_all = "kebab-case")]
    #[allow(dead_code)]
    struct T {
        transfer_mechanism: Option<String>,
        flag: Option<bool>,
    }

    #[test]
    fn unknown_field_suggests_the_closest_one() {
        let f = SourceFile::new("a.toml", "transfer-mechansim = \"x\"\n");
        let d = parse_toml::<T>(&f).unwrap_err();
        assert_eq!(d.position(), Some(("a.toml".into(), 1, 1)));
        assert_eq!(
            d.help.as_deref(),
            Some("did you mean `transfer-mechanism`?")
        );
    }

    #[derive(Debug, serde::Deserialize)]
    #[allow(dead_code)]
    struct Hours {
        hours: Option<u32>,
    }

    #[test]
    fn a_duplicate_key_a_missing_value_and_a_number_in_quotes_say_what_to_do() {
        for (text, help) in [
            ("hours = 24\nhours = 48\n", "keep the line you mean"),
            ("hours = \n", "give the key a value after `=`"),
            (
                "hours = \"24\"\n",
                "remove the quotes: `24`; TOML reads a number in quotes as text",
            ),
        ] {
            let f = SourceFile::new("a.toml", text);
            let d = parse_toml::<Hours>(&f).unwrap_err();
            assert!(
                d.help.as_deref().is_some_and(|h| h.contains(help)),
                "{text:?}: {d:?}"
            );
        }
    }

    #[test]
    fn quoted_yes_no_is_a_type_error_at_the_value() {
        let f = SourceFile::new("a.toml", "flag = \"Yex\"\n");
        let d = parse_toml::<T>(&f).unwrap_err();
        assert_eq!(d.position(), Some(("a.toml".into(), 1, 8)));
        assert!(d.help.unwrap().contains("`true` or `false`"));
    }

    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Shapes {
        d: Option<toml::value::Datetime>,
        n: Option<u32>,
        b: Option<u8>,
        s: Option<String>,
        l: Option<Vec<String>>,
        e: Option<bool>,
        t: Option<Inner>,
    }

    #[derive(Debug, serde::Deserialize)]
    #[allow(dead_code)]
    struct Inner {
        x: u32,
    }

    /// The raw messages of toml and serde that this module rewrites or reads must still be what
    /// the crates say.
    #[test]
    fn a_staged_file_is_named_as_the_gitignore_init_writes_leaves_out() {
        let dir = tempfile::tempdir().unwrap();
        let staged = Staged::new(&dir.path().join("candor.lock"), b"x").unwrap();
        let name = staged.tmp.path().file_name().unwrap().to_string_lossy();
        assert!(name.starts_with(TEMPORARY_PREFIX), "{name}");
        let ignored = include_str!("cmd/init/gitignore");
        assert!(
            ignored.lines().any(|l| l == format!("{TEMPORARY_PREFIX}*")),
            "{ignored}"
        );
    }

    #[test]
    fn staging_a_file_removes_what_a_killed_run_staged_there_and_nothing_else() {
        // A build killed while writing candor.lock left its staged file in the site, and the
        // next build left it there (the kill test found it). A file of the user's named like
        // one was removed as well (qa155: `.candor-tmp-notes1`, six letters or digits).
        let dir = tempfile::tempdir().unwrap();
        let at = |name: &str| dir.path().join(name);
        let leftover = Staged::new(&at("candor.lock"), b"old").unwrap();
        let leftover_name = leftover.tmp.path().file_name().unwrap().to_owned();
        // As a killed run leaves it: not removed as the process ends.
        let (_, kept) = leftover.tmp.keep().unwrap();
        assert!(kept.is_file());
        let forged = format!("{}-00000000", &leftover_name.to_str().unwrap()[..24]);
        let users = [
            ".candor-tmp-4UOoE6",
            ".candor-tmp-notes1",
            ".candor-tmp-notes.txt",
            forged.as_str(),
        ];
        for name in users.iter().chain(["candor.lock"].iter()) {
            std::fs::write(at(name), b"x").unwrap();
        }
        std::fs::create_dir(at(&staged_name("FolderFolder"))).unwrap();
        Staged::new(&at("candor.lock"), b"new")
            .unwrap()
            .persist()
            .unwrap();
        let mut left: Vec<String> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        left.sort();
        let mut expected: Vec<String> = (users.iter().map(|n| n.to_string()))
            .chain([staged_name("FolderFolder"), "candor.lock".to_string()])
            .collect();
        expected.sort();
        assert_eq!(left, expected);
        assert_eq!(std::fs::read(at("candor.lock")).unwrap(), b"new");
    }

    #[test]
    fn hidden_static_files_are_those_of_a_dot_but_the_webs_own() {
        for hidden in [
            ".env",
            "img/.DS_Store",
            ".config/x.css",
            ".well-known",
            "a/.htaccess/x",
            "style.css~",
            "img/#logo.svg#",
            "old~/x.css",
            "style.css.bak",
            "a/x.orig",
            "x.REJ",
            "x.css.save",
            "4913",
            "x.kate-swp",
        ] {
            assert!(is_hidden_static(hidden), "{hidden}");
        }
        for published in [
            ".well-known/security.txt",
            ".htaccess",
            "a/.htaccess",
            "img/x.png",
            "#",
            "a#b.css",
        ] {
            assert!(!is_hidden_static(published), "{published}");
        }
        for vcs in [".jj", ".PIJUL", ".sl", "_FOSSIL_", ".git"] {
            assert!(is_version_control(vcs), "{vcs}");
        }
        // Not CVS's `CVS`: any `--out` under a folder of that name (a user's `~/cvs/`) would be
        // refused, as one inside a repository's own folder.
        assert!(!is_version_control("cvs"));
    }

    #[test]
    fn a_value_quoted_in_a_toml_error_stays_on_its_line() {
        #[derive(Debug, serde::Deserialize)]
        #[allow(dead_code)]
        struct Choice {
            m: Mechanism,
        }
        #[derive(Debug, serde::Deserialize)]
        enum Mechanism {
            Clauses,
        }
        let file = Arc::new(SourceFile::new("x.toml", "m = \"1\\r\\nerror: forged\"\n"));
        let d = parse_toml::<Choice>(&file).unwrap_err();
        let shown = crate::diagnostic::Printer::plain().render(&d);
        assert!(shown.contains("1\\r\\nerror: forged"), "{shown}");
        assert!(!shown.contains('\r'), "{shown}");
        assert!(
            !shown.lines().any(|l| l.starts_with("error: forged")),
            "{shown}"
        );
    }

    #[test]
    fn the_wording_this_module_reads_is_the_crates() {
        let raw = |text: &str| {
            toml::from_str::<Shapes>(text)
                .unwrap_err()
                .message()
                .to_string()
        };
        for ((from, _), text) in SERDE_WORDS.iter().zip([
            "d = \"x\"",
            "n = \"x\"",
            "b = \"x\"",
            "s = 1",
            "l = 1",
            "n = 99999999999999999999",
        ]) {
            assert!(raw(text).contains(from), "{from:?} not in {:?}", raw(text));
        }
        assert!(raw("e = \"yes\"").contains("expected a boolean"));
        assert!(raw("x = 1").starts_with("unknown field `x`, expected one of `d`"));
        assert!(raw("n = 1.5").starts_with("invalid type"));
        assert!(raw("n = -5").starts_with("invalid value"));
        let table = raw("t = \"x\"");
        assert!(table.contains(STRUCT), "{table}");
        assert!(!friendly(&table).contains("Inner"), "{}", friendly(&table));
        let deep = format!("{} = 1", vec!["a"; 200].join("."));
        let e = toml::from_str::<Shapes>(&deep).unwrap_err();
        assert!(e.message().contains("recursion limit"), "{e}");
        let nested = format!("s = {}{}", "[".repeat(300), "]".repeat(300));
        let too_deep = toml::from_str::<Shapes>(&nested).unwrap_err();
        assert!(too_deep.message().starts_with(TOO_DEEP), "{too_deep}");
        #[derive(Debug, serde::Deserialize)]
        #[allow(dead_code)]
        struct Required {
            r: String,
        }
        // A list of tables is told as one; a value as a line (qa94).
        assert!(toml_help("missing field `group`", "").is_some_and(|h| h.contains("`[[group]]`")));
        let value = toml_help("missing field `personal-data`", "").unwrap_or_default();
        assert!(
            value.contains("`personal-data = …`") && !value.contains("[["),
            "{value}"
        );
        let missing = toml::from_str::<Required>("").unwrap_err();
        assert!(
            missing.message().starts_with("missing field `r`"),
            "{missing}"
        );
        assert_eq!(
            e.span(),
            None,
            "with no place, the key is found by deepest_key"
        );
    }

    #[test]
    fn the_deepest_key_is_found_by_its_dots_outside_quotes() {
        let text = "# a.b.c.d is a comment\nx = \"a.b.c.d\"\n\"a.b.c\".d = 2\n[[e.f.g]]\nh = 1\n";
        let (span, depth) = deepest_key(text).unwrap();
        assert_eq!((&text[span], depth), ("e.f.g", 3));
        assert_eq!(deepest_key("a = 1\n[b]\n"), None);
    }
}
