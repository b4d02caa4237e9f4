//! The second stage: every rule a file's syntax cannot express. The facts become the validated
//! [`crate::model::Model`] ([`content`]); the translations are held to the source
//! ([`translations`]) and to what they were translated from ([`status`]); a publication is held
//! to the notice the site promises ([`notice`]).

pub mod content;
pub mod notice;
pub mod status;
pub mod translations;
