//! The preview's review view (`/__candor/review/`): each language's review page, made when it is
//! first asked for.
//!
//! A review page compares a language's page with the last publication's, which must be rendered
//! again to compare with. Making every language's on each save held up the reload of the pages
//! (on a site of 100 languages, seconds after a changed fact); a reviewer reads one language or
//! two. So a build keeps what the review reads (the site as loaded, its stamp and its pages),
//! and a language's review page and stylesheet are made on the first request for either, once
//! per build.

use std::sync::{Arc, OnceLock};

use crate::render::{Files, review};
use crate::site;

use super::Loaded;

/// The review view of one good build.
pub(crate) struct ReviewView {
    loaded: Arc<Loaded>,
    /// The build's pages, which the review pages mark.
    files: Arc<Files>,
    /// Per language (configured order): its review files, or why they could not be made.
    made: Vec<OnceLock<Result<Files, Arc<str>>>>,
}

impl std::fmt::Debug for ReviewView {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ReviewView")
            .field("stamp", &self.loaded.stamp.date)
            .finish_non_exhaustive()
    }
}

impl ReviewView {
    pub fn new(loaded: Arc<Loaded>, files: Arc<Files>) -> Self {
        let languages = loaded.site.locales.locales.len();
        let made = (0..languages).map(|_| OnceLock::new()).collect();
        Self {
            loaded,
            files,
            made,
        }
    }

    /// The language whose review files `rel` (a path below the review's folder, its `%XX`
    /// escapes decoded) names: `<lang>/index.html` or `<lang>/review.css`, for a language the
    /// build has a page in. The review view holds nothing else of its own.
    pub fn language_of(&self, rel: &str) -> Option<usize> {
        let (tag, file) = rel.split_once('/')?;
        if file != "index.html" && file != review::REVIEW_CSS {
            return None;
        }
        let language = self.loaded.site.locales.position(tag)?;
        self.files
            .contains_key(&format!("{tag}/index.html"))
            .then_some(language)
    }

    /// The review's own file `rel` ([`language_of`](Self::language_of)), made with the rest of
    /// its language's on the first request; or the problems that kept them from being made,
    /// as plain text (printed on stderr when found).
    pub fn file(&self, rel: &str) -> Option<Result<Vec<u8>, Arc<str>>> {
        let language = self.language_of(rel)?;
        // A slot for each language the site loaded; a request handler answers 404 rather than
        // index past them.
        let made = self.made.get(language)?.get_or_init(|| {
            let Loaded { site, stamp, .. } = &*self.loaded;
            match site::review_language(site, stamp, &self.files, language) {
                Some(Ok(files)) => Ok(files),
                // On the terminal a warning of the review view (the site's pages are good); on
                // the review page, what kept it from being made.
                Some(Err(found)) => {
                    let text = super::overlay_text(&found);
                    super::print_diagnostics(&super::of_review_view(found));
                    Err(text.into())
                }
                // `language_of` found its page.
                None => Err(format!("no page to review for `{rel}`").into()),
            }
        });
        Some(match made {
            Ok(files) => files
                .get(rel)
                .cloned()
                .ok_or_else(|| format!("no review file `{rel}`").into()),
            Err(e) => Err(e.clone()),
        })
    }

    /// Whether the review pages of `other`, a later build with the very same pages, are the
    /// same as this build's: they are, unless the publication they compare with changed (one
    /// recorded while the preview runs, or its translations recorded since). Those pages
    /// render today's theme and words, which the build's own pages show too.
    pub fn same_baseline(&self, other: &ReviewView) -> bool {
        let (this, that) = (&self.loaded.stamp, &other.loaded.stamp);
        let same = match (this.recorded().last(), that.recorded().last()) {
            (Some(a), Some(b)) => {
                (a.date, &a.fingerprint, &a.translations, &a.revisions)
                    == (b.date, &b.fingerprint, &b.translations, &b.revisions)
            }
            (None, None) => true,
            _ => false,
        };
        same && this.texts == that.texts
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::diagnostic::Diagnostics;
    use crate::history::lock::Recording;
    use crate::site::Options;

    /// The example (the repository's own site) as the preview keeps it, with the review's
    /// baseline `back` publications before its last.
    fn example(back: usize) -> ReviewView {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let options = Options::new(Recording::Locked);
        let mut diags = Diagnostics::default();
        let (site, mut stamp, files, _) =
            site::prepare(root, &options, &mut diags).expect("the example builds");
        assert!(!diags.has_errors());
        let kept = stamp.history.len() - back;
        stamp.history.truncate(kept);
        let loaded = Loaded {
            site,
            stamp,
            options,
        };
        ReviewView::new(Arc::new(loaded), Arc::new(files))
    }

    #[test]
    fn each_language_s_review_made_alone_is_what_the_review_of_all_makes() {
        let view = example(1);
        let Loaded {
            site,
            stamp,
            options,
        } = &*view.loaded;
        // `candor review`'s files: the site with its review pages.
        let whole = std::sync::Mutex::new(Files::new());
        let emit = |files: Files| {
            whole.lock().unwrap().extend(files);
            Ok(())
        };
        let mut diags = Diagnostics::default();
        assert!(site::render_review_to(site, stamp, options, &emit, &mut diags).unwrap());
        assert!(!diags.has_errors());
        let all: Files = whole
            .into_inner()
            .unwrap()
            .into_iter()
            .filter(|(path, _)| view.language_of(path).is_some())
            .collect();
        assert_eq!(all.len(), 2 * site.locales.locales.len());
        for (path, bytes) in &all {
            let made = view.file(path).expect("one of its own").expect("made");
            assert!(made == *bytes, "{path} differs");
        }
        assert!(
            String::from_utf8_lossy(&all["de/index.html"]).contains("<del"),
            "a change to mark"
        );
        for none in [
            "de/annex/index.html",
            "de/print.css",
            "xx/index.html",
            "de/",
            "index.html",
        ] {
            assert_eq!(view.language_of(none), None, "{none}");
            assert!(view.file(none).is_none(), "{none}");
        }
    }

    #[test]
    fn a_later_build_has_the_same_review_unless_its_baseline_moved() {
        assert!(example(0).same_baseline(&example(0)));
        assert!(example(1).same_baseline(&example(1)));
        assert!(!example(0).same_baseline(&example(1)));
    }
}
