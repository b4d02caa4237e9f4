//! `candor build`: everything, then the lock file and the translation records, then the output
//! folder. On any error in the site nothing is written.

use std::path::{Path, PathBuf};

use super::{Loaded, Outcome, Writes, plural, print_diagnostics, require_dir};
use crate::diagnostic::Diagnostics;
use crate::history::lock::{self, Recording};
use crate::history::published;
use crate::site::{Options, SOURCES, Site};
use crate::write::records::Records;
use crate::write::{output, receipt};

/// What a build did with the output folder.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Output {
    /// Rendered and put in place.
    Rendered,
    /// Left as it was: the last build's, from the same sources, settings and candor, and
    /// untouched since ([`receipt`]).
    UpToDate,
}

/// What a build recorded in `candor.lock`.
#[derive(Debug, PartialEq, Eq)]
pub enum Recorded {
    Nothing,
    /// A new publication.
    Publication,
    /// The revised translations of these languages, as a revision of the last publication.
    Revision(Vec<String>),
}

/// What a successful build did.
#[derive(Debug)]
pub struct Built {
    pub out: PathBuf,
    pub languages: Vec<String>,
    pub date: jiff::civil::Date,
    /// What this build recorded in `candor.lock`.
    pub recorded: Recorded,
    /// Whether the output was rendered, or left as it was.
    pub output: Output,
    /// The site as loaded: `candor build` leaves it to the process's exit.
    pub loaded: Loaded,
}

pub fn run(
    site: &Path,
    out: Option<PathBuf>,
    locked: bool,
    pseudo: bool,
) -> anyhow::Result<Outcome> {
    require_dir(site)?;
    // Pseudo-localized pages are no publication: never in the built site's folder.
    let out = match out {
        Some(out) => out,
        None => output::default_folder(site, if pseudo { "pseudo" } else { "public" })
            .map_err(output::Error::from)?,
    };
    let now = lock::publication_time().map_err(anyhow::Error::msg)?;
    let recording = match (locked, pseudo) {
        (true, _) => Recording::Locked,
        (false, true) => Recording::Preview { now },
        (false, false) => Recording::Record { now },
    };
    let options = Options {
        pseudo,
        ..Options::new(recording)
    };
    let mut diags = Diagnostics::default();
    let built = build(site, &out, &options, &mut diags)?;
    print_diagnostics(&mut diags, Writes::Nothing);
    let Some(b) = built else {
        return Ok(Outcome::SiteProblems);
    };
    let recorded = match &b.recorded {
        Recorded::Nothing => String::new(),
        Recorded::Publication => format!("; recorded a new publication in {}", lock::FILE),
        Recorded::Revision(languages) => format!(
            "; recorded the {} of {} as {} now {}, a revision of the last publication, in {}",
            if languages.len() == 1 {
                "translation"
            } else {
                "translations"
            },
            languages.join(", "),
            if languages.len() == 1 { "it" } else { "they" },
            if languages.len() == 1 {
                "reads"
            } else {
                "read"
            },
            lock::FILE
        ),
    };
    let pseudo = if pseudo { " pseudo-localized" } else { "" };
    let up_to_date = match b.output {
        Output::Rendered => "",
        Output::UpToDate => {
            "; nothing changed since the last build, so the output was left as it was"
        }
    };
    crate::outln!(
        "built{pseudo} {} ({}) into {}: last modified {}{recorded}{up_to_date}",
        plural(b.languages.len(), "language"),
        b.languages.join(", "),
        super::shown(&b.out),
        b.date
    );
    b.loaded.leave_to_exit();
    Ok(Outcome::Success)
}

/// Builds the site at `root` into `out`; `None` if the site has problems (all in `diags`).
pub fn build(
    root: &Path,
    out: &Path,
    options: &Options,
    diags: &mut Diagnostics,
) -> Result<Option<Built>, output::Error> {
    let contents = match options.pseudo {
        true => output::Contents::Pseudo,
        false => output::Contents::Site,
    };
    let target = output::Target::judge(root, out, &SOURCES, contents)?;
    let held = target.hold_with_site(root)?;
    // The sources as they are before anything reads them, for the build's receipt. A
    // pseudo-localized build has none: its output is no publication's.
    let sources = if options.pseudo {
        None
    } else {
        receipt::Sources::read(root, &SOURCES)
    };
    // The fingerprint of the sources and settings, for the receipt.
    let settings = receipt::settings(
        target.path(),
        &format!("{:?} {:?}", options.missing, options.placeholders),
    );
    let fingerprinted = sources.zip(settings).and_then(|(sources, settings)| {
        Some((
            sources.key(&settings, std::iter::empty())?,
            sources,
            settings,
        ))
    });
    let today = options.recording.today();
    let locked = options.recording == Recording::Locked;
    // The last build, of these sources and settings on this day, of the site given as it is
    // now, recorded nothing, into an output untouched since: loading the site would say what
    // it said again. (The languages are the configuration's, which that build read too.)
    if let Some((key, _, _)) = &fingerprinted
        && let Some(summary) = receipt::summary(&target, &held, key)
        && Some(summary.day) == today
        && summary.locked == locked
        && summary.site == receipt::Summary::site(root)
        && let Some(config) = crate::load::config::load(root, &mut Diagnostics::default())
    {
        let date = summary.date;
        if let Some(said) = summary.diagnostics() {
            diags.extend(said);
            return Ok(Some(Built {
                out: target.path().to_path_buf(),
                languages: config.languages.into_iter().map(|l| l.tag).collect(),
                date,
                recorded: Recorded::Nothing,
                output: Output::UpToDate,
                loaded: Loaded::default(),
            }));
        }
    }
    // A pseudo-localized build keeps no receipt.
    if !options.pseudo
        && let Some(taken) = receipt::taken(&target)
    {
        diags.push(taken);
    }
    // A lock gone whole: what the output published is told first, alone, not what the site
    // would be refused for as a first publication (qa81: its sub-processors as new ones), nor a
    // mistake in its files (qa83).
    if !options.pseudo && std::fs::symlink_metadata(root.join(lock::FILE)).is_err() {
        let lost = published::lost(target.path(), &[]);
        if !lost.is_empty() {
            diags.push(super::lost_records(root, target.path(), &lost));
            return Ok(None);
        }
    }
    let Some(mut site) = Site::load(root, options, diags) else {
        return Ok(None);
    };
    let Some(stamp) = site.stamp(options, diags) else {
        // `--locked` refuses to record what the lock lacks; where the lock lacks what the
        // output published (an older copy restored), that is the cause, and is told too
        // (qa122: the advice to build without --locked led to this refusal).
        if options.recording == Recording::Locked
            && !options.pseudo
            && let Some(read) = lock::read(root, &mut Diagnostics::default())
        {
            let lost = published::lost(target.path(), &read.lock.publications);
            if !lost.is_empty() {
                diags.push(super::lost_records(root, target.path(), &lost));
            }
        }
        return Ok(None);
    };
    // What an earlier build published stays in the record: a lock that lost a publication is
    // not the record, and building from it would take that publication out of the site.
    // Pseudo-localized pages publish nothing: their history previews one the lock never holds.
    let lost = match options.pseudo {
        true => Vec::new(),
        false => published::lost(target.path(), &stamp.history),
    };
    if !lost.is_empty() {
        diags.push(super::lost_records(root, target.path(), &lost));
        return Ok(None);
    }
    // A pseudo-localized build publishes nothing and records nothing. `--locked` guards the
    // publications; translation records are bookkeeping that the next plain build brings up to
    // date (a translation without a record counts as translated from today's source).
    let records = !options.pseudo;
    let translations = match records && options.recording != Recording::Locked {
        true => site.take_records(),
        false => Vec::new(),
    };
    let lock = (stamp.publishing.writes_lock() && records).then_some(&stamp);
    let records = Records::new(
        root,
        lock,
        translations.iter().map(|(l, r)| (l.as_str(), r)),
    );
    drop(translations);
    // What the build did with the output, whether it may have a receipt (rendering had nothing
    // to say, and no source changed while the build read them), and the records written
    // beside their files.
    let (output, receipted) = match &fingerprinted {
        Some((key, _, _))
            if stamp.publishing == lock::Publishing::Unchanged
                && receipt::up_to_date(&target, &held, key) =>
        {
            drop(records.stage()?.persist()?);
            (Output::UpToDate, true)
        }
        _ => {
            // The pages go straight into the directory that becomes the site, a batch at a
            // time; it replaces the output only if everything rendered, and otherwise the output
            // stays as it was and the staging folder goes.
            let staging = output::Staging::new(&target, &held)?;
            let said = diags.iter().count();
            if !site.render_to(&stamp, options, &|files| staging.add(&files), diags)? {
                return Ok(None);
            }
            // Before the records' own files appear beside the sources.
            let untouched = fingerprinted
                .as_ref()
                .is_some_and(|(_, sources, _)| sources.unchanged());
            // The publication is recorded before the output is replaced, never after: stopped
            // between the two, the output still holds the last publication recorded, and the
            // next build brings it up to this one. The other way round, it would hold pages the
            // record never heard of. Where the site's folder cannot be written to, the build
            // fails here, with the output as it was; where the output cannot be replaced, the
            // records are put back as they were.
            let recorded = records.stage()?.persist()?;
            if let Err(e) = staging.commit() {
                recorded.undo();
                return Err(e.into());
            }
            let quietly = diags.iter().count() == said;
            (Output::Rendered, quietly && untouched)
        }
    };
    // What this build said, where it recorded nothing (nor rewrote a translation record: what
    // it said of the record before, the next build does not say of the record it wrote): the
    // next build of the same key on the same day says it again from the receipt.
    let summary = today
        .filter(|_| {
            stamp.publishing == lock::Publishing::Unchanged && records.files().next().is_none()
        })
        .map(|day| receipt::Summary::new(day, locked, root, stamp.date, diags));
    match output {
        // The receipt of an output just rendered, with the records as the next build will find
        // them; none if rendering said anything or a source changed while the build ran.
        Output::Rendered => {
            let next = fingerprinted
                .filter(|_| receipted)
                .and_then(|(_, sources, settings)| sources.key(&settings, records.files()));
            match next {
                Some(key) => receipt::record(&target, &held, &key, summary),
                None => receipt::forget(&target, &held),
            }
        }
        // The receipt again, with what this build said, where no source changed while it ran.
        Output::UpToDate => {
            if let Some((key, sources, _)) = fingerprinted
                && summary.is_some()
                && sources.unchanged()
            {
                receipt::record(&target, &held, &key, summary);
            }
        }
    }
    drop(held);
    Ok(Some(Built {
        out: target.path().to_path_buf(),
        languages: site
            .config
            .languages
            .iter()
            .map(|l| l.tag.clone())
            .collect(),
        date: stamp.date,
        recorded: match stamp.publishing {
            _ if options.pseudo => Recorded::Nothing,
            lock::Publishing::Recorded => Recorded::Publication,
            lock::Publishing::Revised => {
                Recorded::Revision(stamp.revised().into_iter().map(str::to_string).collect())
            }
            _ => Recorded::Nothing,
        },
        output,
        loaded: Loaded::new(site, Some(stamp)),
    }))
}
