//! The command line.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

/// candor compiles one data model of how an organisation handles personal data into a public
/// transparency site, in every language.
///
/// Exit codes: 0 success, 1 the site has problems (verify: the folder does not match its
/// history), 2 usage or I/O error.
#[derive(Debug, Parser)]
#[command(name = "candor", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Build the site into its output directory, recording a publication in candor.lock when
    /// what it publishes changed.
    Build {
        /// The site's folder (holding candor.toml).
        #[arg(default_value = ".")]
        site: PathBuf,
        /// Where to write the site [default: SITE/public; with --pseudo, SITE/pseudo].
        #[arg(long, value_name = "DIR")]
        out: Option<PathBuf>,
        /// Fail instead of recording a new publication, or a revision of a translation, in
        /// candor.lock (for CI), and where an announced change has taken effect that the last
        /// publication shows as to come.
        #[arg(long)]
        locked: bool,
        /// Render every text accented and lengthened, to find words that do not come from a
        /// locale file and layouts that break under long words. Records nothing.
        #[arg(long, conflicts_with = "locked")]
        pseudo: bool,
    },
    /// Check the site for problems, and show where each translation stands: missing, stale,
    /// untranslated and obsolete messages, and how complete it is. Writes nothing, but for the
    /// translation records with `--record`.
    Check {
        /// The site's folder (holding candor.toml).
        #[arg(default_value = ".")]
        site: PathBuf,
        /// Check only this translation (and the source language).
        #[arg(long, value_name = "LANG", value_parser = language_tag)]
        locale: Option<String>,
        /// How to print the result.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        /// Treat stale, untranslated and obsolete messages as errors, and an announced change
        /// whose day has come while the last publication still shows it as to come (for CI).
        #[arg(long)]
        strict: bool,
        /// Bring the translation records (locales/<lang>/translated-from.toml) up to date, as
        /// a build would, when the site has no errors but stale, untranslated or obsolete
        /// messages (which `--strict` or the site's policy make errors, and which the records
        /// are for). Writes nothing else: no publication.
        #[arg(long)]
        record: bool,
        /// The history.json of the site as deployed (downloaded by CI): fail where candor.lock
        /// lacks a publication or a revision it lists (an older lock restored, a merge that
        /// kept the other branch's lock, a revert), which a clone has no output to tell.
        #[arg(long, value_name = "FILE")]
        published: Option<PathBuf>,
    },
    /// Show what changed since the last recorded publication: facts by field, source text by
    /// message, and per translation which messages changed. Records nothing; exits 1, the diff
    /// still shown, where `build` would refuse to publish it.
    Diff {
        /// The site's folder (holding candor.toml).
        #[arg(default_value = ".")]
        site: PathBuf,
        /// How to print the result.
        #[arg(long, value_enum, default_value_t = DiffFormat::Text)]
        format: DiffFormat,
    },
    /// Write review pages for legal: every language's page as it will be published, with what
    /// changed since the last publication marked and summed up at the top. Records nothing.
    Review {
        /// The site's folder (holding candor.toml).
        #[arg(default_value = ".")]
        site: PathBuf,
        /// Where to write the review pages [default: SITE/review].
        #[arg(long, value_name = "DIR")]
        out: Option<PathBuf>,
    },
    /// Record that stale translations still say what the changed source text says.
    MarkReviewed {
        /// The site's folder (holding candor.toml).
        #[arg(default_value = ".")]
        site: PathBuf,
        /// The translation whose messages were reviewed.
        #[arg(long, value_name = "LANG", value_parser = language_tag)]
        locale: String,
        /// A message id, or a term's with its `-` (`-customer`); repeat for several. Without
        /// it, every stale message and term of LANG.
        #[arg(long = "message", value_name = "ID", allow_hyphen_values = true)]
        messages: Vec<String>,
    },
    /// Serve the site on 127.0.0.1 with a live preview: it rebuilds on every save and reloads
    /// open pages; a mistake shows in the browser, over the last good page.
    Serve {
        /// The site's folder (holding candor.toml).
        #[arg(default_value = ".")]
        site: PathBuf,
        /// The port to listen on (0: any free port).
        #[arg(long, default_value_t = 3000)]
        port: u16,
        /// Watch by polling instead of file-system events (network drives, some containers).
        #[arg(long)]
        poll: bool,
    },
    /// Print the JSON Schema of a content file (organisation, subprocessors, …), of data.json
    /// ("data"), of history.json ("history") or of a notice's JSON ("notice"), or write them all
    /// into a folder.
    // One of the two, as the usage line says (qa150: without either, it named only NAME).
    #[command(group(clap::ArgGroup::new("which").required(true).args(["name", "out"])))]
    Schema {
        /// Which schema; one of the content files' names, "data", "history" or "notice".
        #[arg(value_parser = clap::builder::PossibleValuesParser::new(candor_schema_names()))]
        name: Option<String>,
        /// Write every schema into DIR as NAME.schema.json instead.
        #[arg(long, value_name = "DIR")]
        out: Option<PathBuf>,
    },
    /// Check a built site folder, such as a deployed copy you downloaded, against the history it
    /// publishes: every fingerprint recomputed from its canonical file in history/, the chain
    /// from one publication (or revision of a translation) to the next, and the fingerprints
    /// data.json, the feeds, the archive pages and the annexes name. Reads only inside DIR;
    /// names the first thing that does not match.
    Verify {
        /// The built site's folder.
        #[arg(default_value = "public")]
        dir: PathBuf,
    },
    /// Start a new site in DIR: configuration, commented content files and en/de/nl locales.
    /// `serve` and `review` preview it at once; `check` and `build` refuse its placeholders
    /// ("<placeholder: …>") until each is replaced with a fact of your own.
    Init {
        /// The folder to create (it must not exist, or be empty).
        dir: PathBuf,
    },
    /// Write candor's built-in theme into SITE/themes/NAME/, to change its templates and style
    /// there: a file in the site's theme overrides the built-in file of the same name. Never
    /// overwrites: refuses when that folder exists.
    CopyTheme {
        /// The site's folder (holding candor.toml).
        #[arg(default_value = ".")]
        site: PathBuf,
        /// The copy's name [default: the theme candor.toml names].
        #[arg(long, value_name = "NAME")]
        name: Option<String>,
    },
    /// Print the shell completion script for candor, for bash, zsh, fish, powershell or elvish.
    Completions {
        /// The shell.
        shell: clap_complete::Shell,
    },
    /// Print candor's manual page (candor.1), or write it and one per command (candor-build.1,
    /// …) into DIR.
    Man {
        /// Write every page into DIR instead.
        #[arg(long, value_name = "DIR")]
        out: Option<PathBuf>,
    },
}

/// Output formats of `check`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// For people: diagnostics with source snippets, and a table of translations.
    Text,
    /// For tools: one JSON document on stdout (see docs/check-json.md).
    Json,
}

/// Output formats of `diff`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DiffFormat {
    /// For people: each changed fact with its old and new value, each changed source message,
    /// and per translation the messages that changed.
    Text,
    /// For tools: one JSON document on stdout (see docs/diff-json.md).
    Json,
}

/// A language named on the command line, as candor.toml must spell it: a BCP 47 tag is the same
/// in any case (`DE`, `de-ch`), and the configuration holds each in its canonical form (`de`,
/// `de-CH`). What is no tag at all is kept as given, for the command to say it is no language
/// of the site.
fn language_tag(given: &str) -> Result<String, std::convert::Infallible> {
    Ok(match given.parse::<unic_langid::LanguageIdentifier>() {
        Ok(tag) => tag.to_string(),
        Err(_) => given.to_string(),
    })
}

fn candor_schema_names() -> Vec<&'static str> {
    crate::schema::NAMES.to_vec()
}
