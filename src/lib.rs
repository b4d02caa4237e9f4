//! candor: a static transparency-site generator.
//!
//! One structured model of an organisation's data-handling facts (`content/*.toml`) and the
//! words of every language (`locales/<lang>/*.ftl`) compile into a static site (`public/`), each
//! page stamped with the date of the last publication that changed what it says.
//!
//! The commands are in [`cmd`], one module each. They run the pipeline that [`site`] chains:
//! [`load`] (configuration, content, locales, theme) → [`validate`] → [`render`] →
//! [`write`](mod@write), over the [`model`] and with the publication [`history`]. Dependencies
//! point from the commands down to the model. See ARCHITECTURE.md.

pub mod cli;
pub mod cmd;
pub mod console;
pub mod diagnostic;
pub mod fs;
pub mod history;
pub mod intl;
pub mod load;
pub mod messages;
pub mod model;
pub mod render;
pub mod schema;
pub mod sections;
pub mod site;
pub mod suggest;
pub mod synth;
pub mod text;
pub mod threads;
pub mod transfers;
pub mod validate;
pub mod write;
