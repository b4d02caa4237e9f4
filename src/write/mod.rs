//! The last stage: everything candor writes to disk. The output folder, all or nothing
//! ([`output`]), and candor's own records, `candor.lock` and the translation records
//! ([`records`]), each replaced whole and only after the output is in place; and the build's
//! receipt ([`receipt`]), which lets the next build with nothing changed leave the output as it is.

pub mod output;
pub mod receipt;
pub mod records;
