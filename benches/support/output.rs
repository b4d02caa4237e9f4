//! What the benchmarks that run whole builds share: the output folder, emptied and measured.

use std::path::Path;

/// Removes `public/` under the site at `root` and everything candor keeps beside it
/// (`.public.candor-*`), so that the next build starts from an empty output folder.
pub fn remove_output(root: &Path) {
    for entry in std::fs::read_dir(root).expect("read the site") {
        let path = entry.expect("read the site").path();
        let name = path.file_name().expect("a name").to_string_lossy();
        if name == "public" || name.starts_with(".public.candor-") {
            std::fs::remove_dir_all(&path).expect("remove the output");
        }
    }
}

/// The size of every file under `dir`, in bytes.
pub fn bytes_under(dir: &Path) -> u64 {
    std::fs::read_dir(dir)
        .expect("read the output")
        .map(|entry| {
            let entry = entry.expect("read the output");
            let meta = entry.metadata().expect("read the output");
            if meta.is_dir() {
                bytes_under(&entry.path())
            } else {
                meta.len()
            }
        })
        .sum()
}
