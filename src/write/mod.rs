//! The last stage: everything candor writes to disk. The output folder, all or nothing
//! ([`output`]), and candor's own records, `candor.lock` and the translation records
//! ([`records`]), each replaced whole and only after the output is in place.

pub mod output;
pub mod records;
