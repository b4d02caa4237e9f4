//! `candor init`: a new site for another organisation, which builds at once.

use std::path::Path;

pub fn init(dir: &Path) -> anyhow::Result<()> {
    anyhow::bail!("`candor init {}` is not implemented yet", dir.display())
}
