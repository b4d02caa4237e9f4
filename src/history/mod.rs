//! The publication history: `candor.lock` and its snapshots ([`lock`]), what changed between two
//! of them ([`changes`]), and the change log and feed that word those changes in every language
//! ([`changelog`]).

pub mod changelog;
pub mod changes;
pub mod lock;
