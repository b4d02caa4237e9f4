//! What the benchmarks that run whole builds share: the output folder, emptied and measured.

use std::path::Path;

/// Removes `public/` under the site at `root` and everything candor keeps beside it
/// (`.public.candor-*`: the previous output and the receipt), so that the next build starts
/// from an empty output folder.
pub fn remove_output(root: &Path) {
    for entry in std::fs::read_dir(root).expect("read the site") {
        let path = entry.expect("read the site").path();
        let name = path.file_name().expect("a name").to_string_lossy();
        if name == "public" || name.starts_with(".public.candor-") {
            if path.is_dir() {
                std::fs::remove_dir_all(&path).expect("remove the output");
            } else {
                std::fs::remove_file(&path).expect("remove the receipt");
            }
        }
    }
}

/// Removes the build's receipt beside `public/` under the site at `root`, so that the next
/// build renders even if nothing changed.
pub fn remove_receipt(root: &Path) {
    let receipt = root.join(".public.candor-receipt");
    if receipt.exists() {
        std::fs::remove_file(&receipt).expect("remove the receipt");
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
