//! The first stage: reading a site's files into memory, each problem a diagnostic. Nothing here
//! judges what the files say beyond their syntax and shape; that is [`crate::validate`]'s job.

pub mod config;
pub mod content;
pub mod locales;
pub mod placeholder;
pub mod raw;
pub mod theme;

/// The help for an empty file of the kind `candor init` writes, commented.
const SEE_INIT: &str = "`candor init <an empty folder>` writes a commented example of every \
                        file: copy this one's from there";
