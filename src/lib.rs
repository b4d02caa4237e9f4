//! candor: a static transparency-site generator.
//!
//! One structured model of an organisation's data-handling facts (`content/*.toml`) and the
//! words of every language (`locales/<lang>/*.ftl`) compile into a static site (`public/`), each
//! page stamped with the date of the last publication that changed what it says.
//!
//! The pipeline is in [`site`]: load ([`config`], [`content`], [`locales`], [`theme`]) →
//! validate ([`content::validate`], [`locales::qa`]) → render ([`render`], in memory) → write
//! ([`output`], [`lock`]). See ARCHITECTURE.md.

pub mod changelog;
pub mod changes;
pub mod cli;
pub mod config;
pub mod console;
pub mod content;
pub mod diagnostic;
pub mod fs;
pub mod init;
pub mod intl;
pub mod locales;
pub mod lock;
pub mod machine;
pub mod markdown;
pub mod model;
pub mod output;
pub mod render;
pub mod report;
pub mod review;
pub mod schema;
pub mod sections;
pub mod serve;
pub mod site;
pub mod suggest;
pub mod synth;
pub mod text;
pub mod theme;
