//! The publication history: `candor.lock` and its snapshots ([`lock`]), what changed between two
//! of them ([`changes`]), and the change log and feed that word those changes in every language
//! ([`changelog`]), and the history as a built site publishes it for anyone to check
//! ([`published`]); whether two versions of a translated message show the same words
//! ([`shown`]).

pub mod changelog;
pub mod changes;
pub mod engagements;
pub mod lock;
pub mod published;
pub mod shown;
