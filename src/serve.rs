//! `candor serve`: the live preview.

use std::path::Path;

/// Serves the site at `root` on 127.0.0.1:`port`, rebuilding on change.
pub fn serve(root: &Path, port: u16, poll: bool) -> anyhow::Result<()> {
    let _ = (root, port, poll);
    anyhow::bail!("`candor serve` is not implemented yet")
}
