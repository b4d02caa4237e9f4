//! The second example site, `examples/tessel-learning`: Tessel Learning, a fictional company
//! whose sub-processors between them fill every field a sub-processor has, published in
//! English, German, French, Arabic (right to left) and Canadian French (a regional language that
//! holds only what differs from French). It builds as committed (`--locked`), every translation
//! is complete, and each language's table says, in that language's own words, what the content
//! says: purpose, countries, transfer mechanism (and fallback) and group. data.json validates
//! against its schema, the CSV carries the new columns, and dpv.jsonld speaks only DPV.
//!
//! Every test works on a copy: nothing is built in the repository.

use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::common::{self, Page, REPO, Site, assert_stamp, candor, copy_recursively, sel, text};
use crate::{data, dpv};

/// Where the example lives in the repository.
const EXAMPLE: &str = "examples/tessel-learning";

/// The example's one publication.
const DATE_ISO: &str = "2026-11-30";

fn example_dir() -> PathBuf {
    Path::new(REPO).join(EXAMPLE)
}

/// A copy of the example in a temporary folder: its configuration, lock, content and locales,
/// never a `public/` someone built in the repository.
pub(crate) fn copy() -> Site {
    let site = Site::empty();
    for part in ["candor.toml", "candor.lock", "content", "locales"] {
        copy_recursively(&example_dir().join(part), &site.path(part));
    }
    site
}

/// The copy, built as committed: `--locked` fails if the build would record a publication.
pub(crate) fn built() -> Site {
    let site = copy();
    build_locked(&site, &[]).success();
    site
}

/// `candor build SITE --locked [extra]` on the day of the example's last publication. The
/// example announces Tracelight for 2027-02-01: from that day a locked build refuses pages that
/// still say it is to come, as it should, and the tests would fail with the calendar.
pub(crate) fn build_locked(site: &Site, extra: &[&str]) -> common::Run {
    let arg = site.arg();
    let mut args = vec!["build", &arg, "--locked"];
    args.extend(extra);
    common::candor(&args, &[("SOURCE_DATE_EPOCH", PUBLISHED_EPOCH)])
}

/// `candor build SITE` on the day of the example's last publication, recording what the copy
/// changed (a translation's revision).
fn build_on_publication_day(site: &Site) -> common::Run {
    common::candor(
        &["build", &site.arg()],
        &[("SOURCE_DATE_EPOCH", PUBLISHED_EPOCH)],
    )
}

/// Gives `lang` the English of message `id` in `file`, as a translator who has not
/// translated it yet copies it: the whole entry, its lines of a pattern too.
fn copy_english(site: &Site, lang: &str, file: &str, id: &str) {
    let entry = |lang: &str| -> String {
        let text = site.read(&format!("locales/{lang}/{file}"));
        let start = text.find(&format!("\n{id} =")).expect(id) + 1;
        let end = (text[start..].match_indices('\n'))
            .map(|(i, _)| start + i + 1)
            .find(|&i| !text[i..].starts_with(' '))
            .unwrap_or(text.len());
        text[start..end].to_string()
    };
    site.replace(
        &format!("locales/{lang}/{file}"),
        &entry(lang),
        &entry("en"),
    );
}

/// [`DATE_ISO`] at midnight UTC, as `SOURCE_DATE_EPOCH`.
const PUBLISHED_EPOCH: &str = "1795996800";

/// What the table says of one sub-processor, in ids and codes: the same in every language.
pub(crate) struct Row {
    pub(crate) id: &'static str,
    pub(crate) purpose: &'static str,
    pub(crate) countries: &'static [&'static str],
    pub(crate) personal_data: bool,
    /// For a transfer outside the EEA: the mechanism, and the fallback if any.
    pub(crate) transfer: Option<(&'static str, Option<&'static str>)>,
    /// The group it is listed under; `None` for those listed first, under no heading.
    pub(crate) group: Option<&'static str>,
}

const fn row(
    id: &'static str,
    purpose: &'static str,
    countries: &'static [&'static str],
    personal_data: bool,
    transfer: Option<(&'static str, Option<&'static str>)>,
    group: Option<&'static str>,
) -> Row {
    Row {
        id,
        purpose,
        countries,
        personal_data,
        transfer,
        group,
    }
}

const SCC: Option<(&str, Option<&str>)> = Some(("standard-contractual-clauses", None));
const ADEQUACY: Option<(&str, Option<&str>)> = Some(("adequacy-decision", None));
const BCR: Option<(&str, Option<&str>)> = Some(("binding-corporate-rules", None));
const DPF_OR_SCC: Option<(&str, Option<&str>)> = Some((
    "data-privacy-framework",
    Some("standard-contractual-clauses"),
));
const WITHIN_EEA: Option<(&str, Option<&str>)> = None;

const INFRASTRUCTURE: Option<&str> = Some("infrastructure");
const SERVICE_PROVIDER: Option<&str> = Some("service-provider");

/// The engaged sub-processors, in page order, typed from content/subprocessors.toml.
#[rustfmt::skip]
pub(crate) const ENGAGED: [Row; 9] = [
    row("quire-feedback", "product-feedback", &["AU"], true, SCC, None),
    row("nimbus", "hosting", &["DE", "NL"], true, WITHIN_EEA, INFRASTRUCTURE),
    row("streamvale", "video-calls", &["IE", "US"], true, DPF_OR_SCC, INFRASTRUCTURE),
    row("postwren", "email-delivery", &["SE"], true, WITHIN_EEA, SERVICE_PROVIDER),
    row("kumo-insight", "analytics", &["JP"], false, ADEQUACY, SERVICE_PROVIDER),
    row("alpenhelp", "customer-support", &["CH"], true, ADEQUACY, SERVICE_PROVIDER),
    row("ledgerwise", "payments", &["IE"], true, WITHIN_EEA, SERVICE_PROVIDER),
    row("tessel-india", "customer-support", &["IN"], true, BCR, Some("affiliate")),
    // The site's own purpose and group.
    row("lumen-captions", "captioning", &["CA"], true, ADEQUACY, Some("accessibility")),
];

/// Announced with an `effective` date after the publication: listed apart, in its own table.
#[rustfmt::skip]
pub(crate) const ANNOUNCED: [Row; 1] = [
    row("tracelight", "error-monitoring", &["FI"], true, WITHIN_EEA, SERVICE_PROVIDER),
];

/// The words of one language, typed from its locale files and, for countries, from CLDR (as a
/// reader of that language would write them).
pub(crate) struct Words {
    pub(crate) tag: &'static str,
    pub(crate) dir: &'static str,
    /// What joins the last two items of a list, as CLDR's list patterns say ("{0} and {1}").
    pub(crate) and: &'static str,
    /// 2026-11-30 in the language's long date format.
    pub(crate) date: &'static str,
    pub(crate) yes: &'static str,
    pub(crate) no: &'static str,
    pub(crate) not_applicable: &'static str,
    pub(crate) purposes: &'static [(&'static str, &'static str)],
    pub(crate) countries: &'static [(&'static str, &'static str)],
    pub(crate) mechanisms: &'static [(&'static str, &'static str)],
    /// A mechanism and its fallback: `{mechanism}{fallback[0]}{fallback}{fallback[1]}`.
    pub(crate) fallback: [&'static str; 2],
    pub(crate) groups: &'static [(&'static str, &'static str)],
}

const EN: Words = Words {
    tag: "en",
    dir: "ltr",
    and: " and ",
    date: "30 November 2026",
    yes: "Yes",
    no: "No",
    not_applicable: "Not applicable",
    purposes: &[
        ("product-feedback", "Product feedback"),
        ("hosting", "Hosting and infrastructure"),
        ("video-calls", "Video calls"),
        ("email-delivery", "Sending e-mail"),
        ("analytics", "Product analytics"),
        ("customer-support", "Customer support"),
        ("payments", "Payments"),
        ("captioning", "Live captions and transcripts"),
        ("error-monitoring", "Error monitoring"),
    ],
    countries: &[
        ("AU", "Australia"),
        ("DE", "Germany"),
        ("NL", "Netherlands"),
        ("IE", "Ireland"),
        ("US", "United States"),
        ("SE", "Sweden"),
        ("JP", "Japan"),
        ("CH", "Switzerland"),
        ("IN", "India"),
        ("CA", "Canada"),
        ("FI", "Finland"),
    ],
    mechanisms: &[
        (
            "standard-contractual-clauses",
            "Standard contractual clauses",
        ),
        ("adequacy-decision", "Adequacy decision"),
        ("binding-corporate-rules", "Binding corporate rules"),
        ("data-privacy-framework", "EU-US Data Privacy Framework"),
    ],
    fallback: ["; fallback: ", ""],
    groups: &[
        ("infrastructure", "Infrastructure"),
        ("service-provider", "Service providers"),
        ("affiliate", "Affiliates"),
        ("accessibility", "Accessibility services"),
    ],
};

const DE: Words = Words {
    tag: "de",
    dir: "ltr",
    and: " und ",
    date: "30. November 2026",
    yes: "Ja",
    no: "Nein",
    not_applicable: "Nicht zutreffend",
    purposes: &[
        ("product-feedback", "Produkt-Feedback"),
        ("hosting", "Hosting und Infrastruktur"),
        ("video-calls", "Videoanrufe"),
        ("email-delivery", "Versand von E-Mails"),
        ("analytics", "Produktanalyse"),
        ("customer-support", "Kundensupport"),
        ("payments", "Zahlungen"),
        ("captioning", "Live-Untertitel und Transkripte"),
        ("error-monitoring", "Fehlerüberwachung"),
    ],
    countries: &[
        ("AU", "Australien"),
        ("DE", "Deutschland"),
        ("NL", "Niederlande"),
        ("IE", "Irland"),
        ("US", "Vereinigte Staaten"),
        ("SE", "Schweden"),
        ("JP", "Japan"),
        ("CH", "Schweiz"),
        ("IN", "Indien"),
        ("CA", "Kanada"),
        ("FI", "Finnland"),
    ],
    mechanisms: &[
        ("standard-contractual-clauses", "Standardvertragsklauseln"),
        ("adequacy-decision", "Angemessenheitsbeschluss"),
        (
            "binding-corporate-rules",
            "Verbindliche interne Datenschutzvorschriften",
        ),
        (
            "data-privacy-framework",
            "EU-US-Datenschutzrahmen (Data Privacy Framework)",
        ),
    ],
    fallback: ["; ersatzweise: ", ""],
    groups: &[
        ("infrastructure", "Infrastruktur"),
        ("service-provider", "Dienstleister"),
        ("affiliate", "Verbundene Unternehmen"),
        ("accessibility", "Dienste für Barrierefreiheit"),
    ],
};

const FR_COUNTRIES: &[(&str, &str)] = &[
    ("AU", "Australie"),
    ("DE", "Allemagne"),
    ("NL", "Pays-Bas"),
    ("IE", "Irlande"),
    ("US", "États-Unis"),
    ("SE", "Suède"),
    ("JP", "Japon"),
    ("CH", "Suisse"),
    ("IN", "Inde"),
    ("CA", "Canada"),
    ("FI", "Finlande"),
];

const FR_MECHANISMS: &[(&str, &str)] = &[
    (
        "standard-contractual-clauses",
        "Clauses contractuelles types",
    ),
    ("adequacy-decision", "Décision d’adéquation"),
    (
        "binding-corporate-rules",
        "Règles d’entreprise contraignantes",
    ),
    (
        "data-privacy-framework",
        "Cadre de protection des données UE–États-Unis (Data Privacy Framework)",
    ),
];

const FR_GROUPS: &[(&str, &str)] = &[
    ("infrastructure", "Infrastructure"),
    ("service-provider", "Prestataires de services"),
    ("affiliate", "Sociétés du groupe"),
    ("accessibility", "Services d’accessibilité"),
];

/// French puts a narrow no-break space before a semicolon and a no-break space before a colon
/// ([`text`] reads either as a space).
const FR_FALLBACK: [&str; 2] = [" ; à défaut : ", ""];

const FR: Words = Words {
    tag: "fr",
    dir: "ltr",
    and: " et ",
    date: "30 novembre 2026",
    yes: "Oui",
    no: "Non",
    not_applicable: "Sans objet",
    purposes: &[
        ("product-feedback", "Retours sur le produit"),
        ("hosting", "Hébergement et infrastructure"),
        ("video-calls", "Appels vidéo"),
        ("email-delivery", "Envoi d’e-mails"),
        ("analytics", "Analyse de l’utilisation du produit"),
        ("customer-support", "Assistance aux clients"),
        ("payments", "Paiements"),
        ("captioning", "Sous-titrage en direct et transcriptions"),
        ("error-monitoring", "Surveillance des erreurs"),
    ],
    countries: FR_COUNTRIES,
    mechanisms: FR_MECHANISMS,
    fallback: FR_FALLBACK,
    groups: FR_GROUPS,
};

const AR: Words = Words {
    tag: "ar",
    dir: "rtl",
    and: " و",
    date: "30 نوفمبر 2026",
    yes: "نعم",
    no: "لا",
    not_applicable: "لا ينطبق",
    purposes: &[
        ("product-feedback", "آراء المستخدمين في المنتج"),
        ("hosting", "الاستضافة والبنية التحتية"),
        ("video-calls", "مكالمات الفيديو"),
        ("email-delivery", "إرسال البريد الإلكتروني"),
        ("analytics", "تحليلات استخدام المنتج"),
        ("customer-support", "دعم العملاء"),
        ("payments", "المدفوعات"),
        ("captioning", "التسميات التوضيحية المباشرة والنصوص المفرّغة"),
        ("error-monitoring", "رصد الأخطاء"),
    ],
    countries: &[
        ("AU", "أستراليا"),
        ("DE", "ألمانيا"),
        ("NL", "هولندا"),
        ("IE", "أيرلندا"),
        ("US", "الولايات المتحدة"),
        ("SE", "السويد"),
        ("JP", "اليابان"),
        ("CH", "سويسرا"),
        ("IN", "الهند"),
        ("CA", "كندا"),
        ("FI", "فنلندا"),
    ],
    mechanisms: &[
        ("standard-contractual-clauses", "البنود التعاقدية القياسية"),
        ("adequacy-decision", "قرار الكفاية"),
        ("binding-corporate-rules", "قواعد الشركات الملزمة"),
        (
            "data-privacy-framework",
            "إطار خصوصية البيانات بين الاتحاد الأوروبي والولايات المتحدة",
        ),
    ],
    fallback: ["، وعند تعذّره: ", ""],
    groups: &[
        ("infrastructure", "البنية التحتية"),
        ("service-provider", "مزوّدو الخدمات"),
        ("affiliate", "الشركات التابعة"),
        ("accessibility", "خدمات إمكانية الوصول"),
    ],
};

/// Canadian French: French, but for the words locales/fr-CA/ holds.
const FR_CA: Words = Words {
    tag: "fr-CA",
    purposes: &[
        ("product-feedback", "Retours sur le produit"),
        ("hosting", "Hébergement et infrastructure"),
        ("video-calls", "Appels vidéo"),
        ("email-delivery", "Envoi de courriels"),
        ("analytics", "Analyse de l’utilisation du produit"),
        ("customer-support", "Soutien à la clientèle"),
        ("payments", "Paiements"),
        ("captioning", "Sous-titrage en direct et transcriptions"),
        ("error-monitoring", "Surveillance des erreurs"),
    ],
    ..FR
};

/// The site's languages, in configured order.
pub(crate) const LANGUAGES: [&Words; 5] = [&EN, &DE, &FR, &AR, &FR_CA];

/// The words `table` gives `id`.
#[track_caller]
pub(crate) fn word(table: &[(&str, &'static str)], id: &str) -> &'static str {
    table
        .iter()
        .find(|(k, _)| *k == id)
        .unwrap_or_else(|| panic!("no words for `{id}`"))
        .1
}

/// The groups of `rows` as the table lists them: each heading (none for the first, ungrouped
/// ones) with the ids under it.
fn grouped(rows: &[Row]) -> Vec<(Option<&'static str>, Vec<&'static str>)> {
    let mut groups: Vec<(Option<&str>, Vec<&str>)> = Vec::new();
    for r in rows {
        match groups.last_mut() {
            Some((g, ids)) if *g == r.group => ids.push(r.id),
            _ => groups.push((r.group, vec![r.id])),
        }
    }
    groups
}

/// Reads one sub-processor table of `page` back against `rows`, in the words of `w`: its groups
/// (each `<tbody>` with its `th[scope=rowgroup]` heading and its rows) and, per row, purpose,
/// countries, personal data, transfer and mechanism.
#[track_caller]
fn assert_table(page: &Page, table: scraper::ElementRef<'_>, rows: &[Row], w: &Words) {
    let at = format!("{} ({})", page.path.display(), w.tag);
    let found: Vec<(Option<String>, Vec<String>)> = table
        .select(&sel("tbody"))
        .map(|body| {
            let heading = body.select(&sel("th[scope=rowgroup]")).next().map(text);
            let ids = body
                .select(&sel("tr[id]"))
                .map(|tr| {
                    let id = tr.attr("id").unwrap_or_default();
                    id.strip_prefix("subprocessor-").unwrap_or(id).to_string()
                })
                .collect();
            (heading, ids)
        })
        .collect();
    let expected: Vec<(Option<String>, Vec<String>)> = grouped(rows)
        .into_iter()
        .map(|(g, ids)| {
            (
                g.map(|g| word(w.groups, g).to_string()),
                ids.into_iter().map(str::to_string).collect(),
            )
        })
        .collect();
    assert_eq!(found, expected, "{at}: groups and their rows");

    for r in rows {
        let selector = format!("tr#subprocessor-{}", r.id);
        let tr = table
            .select(&sel(&selector))
            .next()
            .unwrap_or_else(|| panic!("{at}: no `{selector}`"));
        let cells: Vec<String> = tr.select(&sel("td")).map(text).collect();
        let [purpose, countries, personal, outside, mechanism, _security] = &cells[..] else {
            panic!("{at}: `{selector}` has {} cells: {cells:?}", cells.len());
        };
        assert_eq!(
            purpose,
            word(w.purposes, r.purpose),
            "{at}: {} purpose",
            r.id
        );
        // Names as a list in the language (the rows have one or two countries).
        let expected: Vec<&str> = r.countries.iter().map(|c| word(w.countries, c)).collect();
        let expected = match expected.as_slice() {
            [one] => one.to_string(),
            [first, last] => format!("{first}{}{last}", w.and),
            more => panic!("{at}: a row of {} countries", more.len()),
        };
        assert_eq!(countries, &expected, "{at}: {} countries", r.id);
        let yes_no = |b: bool| if b { w.yes } else { w.no };
        assert_eq!(
            personal,
            yes_no(r.personal_data),
            "{at}: {} personal data",
            r.id
        );
        assert_eq!(
            outside,
            yes_no(r.transfer.is_some()),
            "{at}: {} transfer",
            r.id
        );
        let expected = match r.transfer {
            None => w.not_applicable.to_string(),
            Some((m, None)) => word(w.mechanisms, m).to_string(),
            Some((m, Some(fb))) => format!(
                "{}{}{}{}",
                word(w.mechanisms, m),
                w.fallback[0],
                word(w.mechanisms, fb),
                w.fallback[1]
            ),
        };
        assert_eq!(mechanism, &expected, "{at}: {} mechanism", r.id);
    }
}

#[test]
fn it_builds_as_committed_with_every_translation_complete() {
    let site = copy();
    let check = candor(&["check", &site.arg()], &[]);
    check.success();
    let report = format!("{}{}", check.stdout, check.stderr);
    assert!(
        !report.contains('⚠') && !report.contains("warning"),
        "a warning: {report}"
    );
    for w in &LANGUAGES[1..] {
        let line = report
            .lines()
            .find(|l| l.split_whitespace().next() == Some(w.tag))
            .unwrap_or_else(|| panic!("no line for {} in {report}", w.tag));
        assert!(
            line.contains("100.0%")
                && line.contains("0 missing, 0 stale, 0 untranslated, 0 obsolete"),
            "{line}"
        );
    }

    let records = |site: &Site| -> Vec<Vec<u8>> {
        let mut files = vec![site.read_bytes("candor.lock")];
        for w in &LANGUAGES[1..] {
            files.push(site.read_bytes(&format!("locales/{}/translated-from.toml", w.tag)));
        }
        files
    };
    let before = records(&site);
    build_locked(&site, &[]).success();
    assert!(records(&site) == before, "the build changed a record");
    assert_eq!(site.publications(), [DATE_ISO]);
    let public = site.public();
    candor(&["verify", public.to_str().unwrap()], &[]).success();
}

#[test]
fn every_language_reads_back_purpose_countries_mechanism_and_group() {
    let site = built();
    for w in LANGUAGES {
        let page = site.page(w.tag);
        assert_eq!(page.html_lang(), w.tag);
        assert_eq!(page.one("html").attr("dir"), Some(w.dir), "{}", w.tag);
        assert_stamp(&page, DATE_ISO, w.date);
        let tables = page.all("table.subprocessors");
        assert_eq!(tables.len(), 2, "{}: engaged and announced", w.tag);
        assert_table(&page, tables[0], &ENGAGED, w);
        assert_table(&page, tables[1], &ANNOUNCED, w);
        // The announced one says from when, in the language's date format.
        let announced = page.text_of("tr#subprocessor-tracelight th[scope=row]");
        assert!(announced.contains("2027"), "{announced}");
    }
    // At a glance, counted in each language's grammar: one announced is singular. Arabic gives
    // each count after a label, where a noun counted would take another form from 3, 11 and 100
    // on ("12 معتمَدون" was wrong, qa29).
    for (tag, glance) in [
        ("en", "Sub-processors: 9 engaged, 1 announced"),
        (
            "de",
            "Unterauftragsverarbeiter: 9 eingesetzt, 1 angekündigt",
        ),
        ("fr", "Sous-traitants ultérieurs : 9 engagés, 1 annoncé"),
        ("ar", "المعالِجون الفرعيون المعتمَدون: 9، والمعلَن عنهم: 1"),
        ("fr-CA", "Sous-traitants ultérieurs : 9 engagés, 1 annoncé"),
    ] {
        let page = site.page(tag);
        assert_eq!(
            common::without_isolates(&page.text_of("[data-fact='subprocessors']")),
            glance,
            "{tag}"
        );
    }
}

/// Every page of the Arabic site is right to left; every other language's, left to right.
#[test]
fn arabic_pages_are_right_to_left() {
    let site = built();
    for w in LANGUAGES {
        let files = common::html_files(&site.public().join(w.tag));
        assert!(files.len() >= 4, "{}: page, change log, archive", w.tag);
        for file in files {
            let page = Page::read_file(&file, Some(w.tag));
            let html = page.one("html");
            assert_eq!(html.attr("lang"), Some(w.tag), "{}", file.display());
            assert_eq!(html.attr("dir"), Some(w.dir), "{}", file.display());
        }
    }
    // The other pages name Arabic in Arabic, marked as such.
    let en = site.page("en");
    let link = en.one("nav a[hreflang=ar]");
    assert_eq!(link.attr("lang"), Some("ar"));
    assert_eq!(text(link), "العربية");
}

/// fr-CA holds five messages; everything else on its page is the French page's.
#[test]
fn canadian_french_differs_from_french_only_in_its_own_words() {
    let site = built();
    let record = site.read("locales/fr-CA/translated-from.toml");
    let recorded = record.lines().filter(|l| l.contains("source =")).count();
    assert_eq!(recorded, 5, "{record}");

    const OWN: [(&str, &str); 5] = [
        ("Envoi de courriels", "Envoi d’e-mails"),
        ("Soutien à la clientèle", "Assistance aux clients"),
        (
            "l’adresse courriel professionnelle et le titre d’emploi",
            "l’adresse e-mail professionnelle et la fonction",
        ),
        ("avec leur clavardage", "avec leur chat"),
        ("Équipe de soutien", "Équipe d’assistance"),
    ];
    let main = |lang: &str| site.page(lang).text_of("main");
    let (canadian, french) = (main("fr-CA"), main("fr"));
    let mut as_french = canadian.clone();
    for (own, parent) in OWN {
        assert!(canadian.contains(own), "fr-CA lacks `{own}`");
        assert!(!french.contains(own), "fr has `{own}`");
        as_french = as_french.replace(own, parent);
    }
    assert_eq!(as_french, french);
}

/// qa54: a term Canadian French gives itself, which only French's messages use, changes what
/// its page says (the French words it shows read the Canadian term); telling whether its own
/// words read the same must read them over French's, or the change is not recorded.
#[test]
fn a_regional_term_only_its_parent_s_messages_use_is_a_revision() {
    let site = built();
    // `--locked` refuses the words, and a build records them as a revision of `lang`.
    let revises = |lang: &str| {
        site.build(&["--locked"]).expect_code(1);
        let run = site.build(&[]);
        run.success();
        let recorded = format!("recorded the translation of {lang} as it now reads");
        assert!(run.stdout.contains(&recorded), "{}", run.stdout);
    };
    let canadian = "locales/fr-CA/vocabulary.ftl";
    site.write(
        canadian,
        &(site.read(canadian) + "\n-customer = établissement\n"),
    );
    revises("fr-CA");
    assert!(site.page("fr-CA").text_of("main").contains("établissement"));
    // qa55: French rewritten to read the same in French (`client` for `{ -customer }`) reads
    // otherwise on the Canadian page, where the Canadian term stood: a revision of French.
    site.replace(
        "locales/fr/vocabulary.ftl",
        "après la fin du contrat avec le { -customer }",
        "après la fin du contrat avec le client",
    );
    revises("fr");
    assert!(
        site.page("fr-CA")
            .text_of("main")
            .contains("après la fin du contrat avec le client")
    );
    // A Canadian override with the French words it overrides is recorded, so that a later
    // French change is not told as shown on the Canadian page.
    site.write(
        canadian,
        &(site.read(canadian)
            + "retention-starts-contract-end = après la fin du contrat avec le client\n"),
    );
    revises("fr-CA");
    site.build(&["--locked"]).success();
    // qa56: a French term and a Canadian override that uses it, in one build: the Canadian
    // words were recorded without the French term they read, so the record could not show the
    // Canadian page, `--locked` failed next, and the next build recorded French again.
    let french = "locales/fr/terms.ftl";
    site.write(french, &(site.read(french) + "\n-produit = produit\n"));
    site.write(
        canadian,
        &(site.read(canadian)
            + "subprocessor-purpose-analytics = Analyse de l’utilisation du { -produit }\n"),
    );
    let run = site.build(&[]);
    run.success();
    assert!(
        run.stdout
            .contains("recorded the translations of fr, fr-CA as they now read"),
        "{}",
        run.stdout
    );
    site.build(&["--locked"]).success();
}

/// The content references and validates against the repository's schemas, and between the
/// sub-processors and storage locations every field is used but the legacy `outside-eea`
/// (which follows from `countries`).
#[test]
fn the_content_validates_and_uses_every_field() {
    let schemas = Path::new(REPO).join("schemas");
    let content = example_dir().join("content");
    let mut names = Vec::new();
    for entry in std::fs::read_dir(&content).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        let text = std::fs::read_to_string(&path).unwrap();
        assert_eq!(
            text.lines().next().unwrap(),
            format!("#:schema ../../../schemas/{name}.schema.json"),
            "{name}.toml does not reference its schema"
        );
        let schema = std::fs::read_to_string(schemas.join(format!("{name}.schema.json"))).unwrap();
        let doc = data::to_json(toml::from_str(&text).unwrap());
        let errors: Vec<String> = data::validator(&schema)
            .iter_errors(&doc)
            .map(|e| format!("{}: {e}", e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{name}.toml: {errors:?}");
        names.push(name);
    }
    names.sort();
    let in_repo: Vec<String> = std::fs::read_dir(Path::new(REPO).join("content"))
        .unwrap()
        .map(|e| {
            e.unwrap()
                .path()
                .file_stem()
                .unwrap()
                .to_string_lossy()
                .into_owned()
        })
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect();
    assert_eq!(names, in_repo, "every content file the main example has");

    for (file, list, definition, legacy) in [
        (
            "subprocessors",
            "subprocessor",
            "Subprocessor",
            &["outside-eea"][..],
        ),
        ("storage", "location", "Location", &[][..]),
    ] {
        let schema: Value = serde_json::from_str(
            &std::fs::read_to_string(schemas.join(format!("{file}.schema.json"))).unwrap(),
        )
        .unwrap();
        let fields = schema["$defs"][definition]["properties"]
            .as_object()
            .unwrap();
        let text = std::fs::read_to_string(content.join(format!("{file}.toml"))).unwrap();
        let entries: toml::Table = toml::from_str(&text).unwrap();
        let entries = entries[list].as_array().unwrap();
        for field in fields.keys().filter(|f| !legacy.contains(&f.as_str())) {
            assert!(
                entries.iter().any(|e| e.get(field).is_some()),
                "no {list} in {file}.toml gives `{field}`"
            );
        }
    }
}

#[test]
fn data_json_validates_and_carries_every_field() {
    let site = built();
    let data: Value = serde_json::from_slice(&site.read_bytes("public/data.json")).unwrap();
    let schema = std::fs::read_to_string(Path::new(REPO).join("schemas/data.schema.json")).unwrap();
    let errors: Vec<String> = data::validator(&schema)
        .iter_errors(&data)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "data.json: {errors:?}");
    assert_eq!(data["last-modified"], DATE_ISO);
    assert_eq!(
        data["languages"],
        serde_json::json!(["en", "de", "fr", "ar", "fr-CA"])
    );

    let subs = data["facts"]["subprocessors"].as_array().unwrap();
    let ids: Vec<&str> = subs.iter().map(|s| s["id"].as_str().unwrap()).collect();
    let expected: Vec<&str> = ENGAGED.iter().chain(&ANNOUNCED).map(|r| r.id).collect();
    assert_eq!(ids, expected);
    let streamvale = &subs[2];
    assert_eq!(
        *streamvale,
        serde_json::json!({
            "id": "streamvale",
            "name": "Streamvale",
            "personal_data": true,
            "transfer": {
                "kind": "outside-eea",
                "mechanism": "data-privacy-framework",
                "fallback": "standard-contractual-clauses"
            },
            "security": "https://streamvale.example/trust",
            "effective": null,
            "notice_exception": null,
            "purpose": "video-calls",
            "countries": ["IE", "US"],
            "headquarters": "US",
            "group": "infrastructure",
            "data_categories": ["account-details", "class-recordings"],
            "data_subjects": ["learners", "trainers"],
            "address": "500 Harbor Street, Suite 300, Portland, OR 97204, United States",
            "contact": "https://streamvale.example/privacy/contact",
            "list": "https://streamvale.example/subprocessors",
            "applies_to": ["live-classes"],
            "engaged": "2024-09-16"
        })
    );
    // Every field of the schema is filled by at least one sub-processor.
    let fields =
        serde_json::from_str::<Value>(&schema).unwrap()["$defs"]["Subprocessor"]["properties"]
            .as_object()
            .unwrap()
            .keys()
            .cloned()
            .collect::<Vec<_>>();
    for field in fields {
        assert!(
            subs.iter().any(|s| match &s[&field] {
                Value::Null => false,
                Value::Array(a) => !a.is_empty(),
                _ => true,
            }),
            "no sub-processor in data.json fills `{field}`"
        );
    }
    let locations: Vec<&Value> = data["facts"]["storage"]["locations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| &l["id"])
        .collect();
    assert_eq!(locations, ["primary", "backup"]);
}

#[test]
fn subprocessors_csv_fills_the_new_columns() {
    let site = built();
    let rows = data::csv_rows(&site.read_bytes("public/subprocessors.csv"));
    let header = &rows[0];
    assert_eq!(rows.len(), 1 + ENGAGED.len() + ANNOUNCED.len());
    let cell = |id: &str, column: &str| -> String {
        let r = rows
            .iter()
            .find(|r| r[0] == id)
            .unwrap_or_else(|| panic!("no row `{id}`"));
        let c = header
            .iter()
            .position(|h| h == column)
            .unwrap_or_else(|| panic!("no column `{column}`"));
        r[c].clone()
    };
    for r in ENGAGED.iter().chain(&ANNOUNCED) {
        assert_eq!(cell(r.id, "purpose"), r.purpose);
        assert_eq!(cell(r.id, "group"), r.group.unwrap_or_default());
        assert_eq!(cell(r.id, "countries"), r.countries.join(" "));
        assert_eq!(
            cell(r.id, "outside_eea"),
            if r.transfer.is_some() { "yes" } else { "no" }
        );
        let (mechanism, fallback) = r.transfer.unwrap_or_default();
        assert_eq!(cell(r.id, "transfer_mechanism"), mechanism);
        assert_eq!(
            cell(r.id, "fallback_mechanism"),
            fallback.unwrap_or_default()
        );
        assert!(!cell(r.id, "headquarters").is_empty(), "{}", r.id);
    }
    let streamvale: Vec<String> = header.iter().map(|h| cell("streamvale", h)).collect();
    assert_eq!(
        streamvale,
        [
            "streamvale",
            "Streamvale",
            "video-calls",
            "infrastructure",
            "yes",
            "IE US",
            "US",
            "yes",
            "data-privacy-framework",
            "standard-contractual-clauses",
            "account-details class-recordings",
            "learners trainers",
            "live-classes",
            "https://streamvale.example/trust",
            "https://streamvale.example/privacy/contact",
            "https://streamvale.example/subprocessors",
            "500 Harbor Street, Suite 300, Portland, OR 97204, United States",
            "2024-09-16",
            "",
            "",
            "",
        ]
    );
    assert_eq!(cell("tracelight", "effective"), "2027-02-01");
    assert_eq!(cell("tracelight", "objection_until"), "2027-01-31");
    assert_eq!(cell("ledgerwise", "headquarters"), "US");
    assert_eq!(cell("ledgerwise", "countries"), "IE");
    // Every column is filled in some row.
    for (c, column) in header.iter().enumerate() {
        assert!(
            rows[1..].iter().any(|r| !r[c].is_empty()),
            "column `{column}` is empty in every row"
        );
    }
}

#[test]
fn dpv_jsonld_uses_only_dpv_terms_and_names_each_transfer_s_basis() {
    let site = built();
    let ld: Value = serde_json::from_slice(&site.read_bytes("public/dpv.jsonld")).unwrap();
    let problems = dpv::term_problems(&ld, &dpv::vocabulary());
    assert!(problems.is_empty(), "{problems:#?}");
    assert_eq!(ld["dpv:hasName"], "Tessel Learning (fictional)");
    assert_eq!(ld["dct:modified"], DATE_ISO);

    // The engaged ones: one announced receives nothing until it starts.
    let recipients = dpv::by_id(&ld["dpv:hasRecipient"]);
    let mut expected: Vec<String> = ENGAGED
        .iter()
        .map(|r| format!("#subprocessor-{}", r.id))
        .collect();
    expected.sort();
    assert_eq!(recipients.keys().cloned().collect::<Vec<_>>(), expected);
    for r in ENGAGED.iter() {
        let node = &recipients[&format!("#subprocessor-{}", r.id)];
        assert_eq!(node["@type"], "dpv:DataSubProcessor");
        let transfer = node.get("dpv:hasProcessing");
        let Some((mechanism, _)) = r.transfer else {
            assert!(transfer.is_none(), "{}: within the EEA", r.id);
            continue;
        };
        let transfer = transfer.unwrap_or_else(|| panic!("{}: no transfer", r.id));
        assert_eq!(transfer["@type"], "dpv:CrossBorderTransfer");
        // The DPF is an adequacy decision (for certified recipients): Art. 45(3).
        let basis = match mechanism {
            "adequacy-decision" | "data-privacy-framework" => "eu-gdpr:A45-3",
            "standard-contractual-clauses" => "eu-gdpr:A46-2-c",
            "binding-corporate-rules" => "eu-gdpr:A46-2-b",
            other => panic!("{other}"),
        };
        assert_eq!(transfer["dpv:hasLegalBasis"]["@id"], basis, "{}", r.id);
        // Only the countries outside the EEA are third countries (the five below are the EEA
        // countries among the example's).
        let third: Vec<String> = r
            .countries
            .iter()
            .filter(|c| !["DE", "NL", "IE", "SE", "FI"].contains(c))
            .map(|c| format!("loc:{c}"))
            .collect();
        let found: Vec<&str> = transfer["dpv:hasThirdCountry"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["@id"].as_str().unwrap())
            .collect();
        assert_eq!(found, third, "{}", r.id);
    }
    let storage = dpv::by_id(&ld["dpv:hasStorageCondition"]);
    assert_eq!(
        storage["#storage-primary"]["dpv:hasCountry"]["@id"],
        "loc:DE"
    );
    assert_eq!(
        storage["#storage-backup"]["dpv:hasCountry"]["@id"],
        "loc:NL"
    );
}

#[test]
fn the_products_a_subprocessor_serves_are_named_under_it_in_every_language() {
    let site = built();
    for (tag, said) in [
        ("en", "Used for: Self-paced courses and Live online classes"),
        (
            "de",
            "Eingesetzt für: Kurse im eigenen Tempo und Live-Schulungen online",
        ),
        (
            "fr",
            "Utilisé pour : Cours en autonomie et Classes en direct en ligne",
        ),
        (
            "ar",
            "يُستخدم في: دورات ذاتية الإيقاع وحصص مباشرة عبر الإنترنت",
        ),
    ] {
        let page = site.page(tag);
        let under: Vec<String> = page
            .all("tr#subprocessor-nimbus .description")
            .into_iter()
            .map(|d| common::without_isolates(&text(d)))
            .collect();
        assert!(under.iter().any(|d| d == said), "{tag}: {under:?}");
    }
}

/// In the Arabic change log the organisation's name is isolated where a section's heading
/// names it, as the page's own headings isolate it: a Latin name does not reorder the line.
#[test]
fn the_arabic_change_log_isolates_the_organisation_in_a_reworded_heading() {
    let site = copy();
    site.replace(
        "locales/en/sections.ftl",
        "retention-customer-may-change = A { -customer } may agree",
        "retention-customer-may-change = Any { -customer } may agree",
    );
    site.build_later(&[]).success();
    let log = Page::read_file(&site.public().join("ar/changes/index.html"), Some("ar"));
    let entry = log.one(&format!("[id='{}']", common::LATER_DATE_ISO));
    let items: Vec<String> = entry
        .select(&sel("li"))
        .map(|li| li.text().collect::<String>())
        .collect();
    let reworded = items
        .iter()
        // "Reworded" or, the Arabic not following yet, "reworded in the original".
        .find(|i| i.starts_with("أُعيدت صياغ"))
        .unwrap_or_else(|| panic!("{items:?}"));
    assert!(
        reworded.contains("\u{2068}Tessel Learning (fictional)\u{2069}"),
        "{reworded:?}"
    );
    // And so does the Arabic feed's title; the French one, left to right, needs not.
    for (lang, isolated) in [("ar", true), ("fr", false)] {
        let feed = site.read(&format!("public/{lang}/feed.xml"));
        let at = feed.find("<title>").unwrap();
        let title = &feed[at..at + feed[at..].find("</title>").unwrap()];
        assert_eq!(
            title.contains("\u{2068}Tessel Learning (fictional)\u{2069}"),
            isolated,
            "{lang}: {title}"
        );
        // qa100: each entry's text says its direction, for a reader that does not take it
        // from the language.
        let feed = atom_syndication::Feed::read_from(feed.as_bytes()).unwrap();
        assert!(!feed.entries().is_empty());
        for entry in feed.entries() {
            let html = entry.content().and_then(|c| c.value()).unwrap();
            assert_eq!(
                html.starts_with("<div dir=\"rtl\">"),
                isolated,
                "{lang}: {html}"
            );
        }
    }
}

#[test]
fn a_regions_archive_copy_keeps_its_own_words_and_its_parents_of_that_day() {
    // 2027-01-01: Canadian French revises its own word for the support team, and French (which
    // Canadian French takes the rest from) revises a sentence of the retention section.
    let site = copy();
    site.replace(
        "locales/fr-CA/site.ftl",
        "access-group-support = Équipe de soutien",
        "access-group-support = Service de soutien",
    );
    site.replace(
        "locales/fr/sections.ftl",
        "d’une autre durée de conservation",
        "d’une durée de conservation différente",
    );
    site.build_later(&[]).success();
    let page = |path: &str| Page::read_file(&site.public().join(path), Some("fr-CA"));
    let live = page("fr-CA/index.html");
    assert!(live.readable_text().contains("Service de soutien"));
    assert!(
        live.readable_text()
            .contains("d’une durée de conservation différente")
    );
    for copy in [
        format!("fr-CA/archive/{DATE_ISO}/index.html"),
        format!("fr-CA/archive/{DATE_ISO}/annex/index.html"),
    ] {
        let archived = page(&copy).readable_text();
        assert!(archived.contains("Équipe de soutien"), "{copy}");
        assert!(!archived.contains("Service de soutien"), "{copy}");
        if copy.ends_with("/index.html") && !copy.contains("annex") {
            assert!(
                archived.contains("d’une autre durée de conservation"),
                "{copy}"
            );
            assert!(!archived.contains("différente"), "{copy}");
        }
        assert!(
            page(&copy)
                .text_of(".archive-revised")
                .contains("1er janvier 2027"),
            "{copy}"
        );
    }
    let log = page("fr-CA/changes/index.html");
    assert!(
        log.text_of(&format!("[id='{DATE_ISO}'] .revised"))
            .contains("1er janvier 2027")
    );

    // A revision of French alone changes the Canadian French page too: its copy says so.
    let site = copy();
    site.replace(
        "locales/fr/sections.ftl",
        "d’une autre durée de conservation",
        "d’une durée de conservation différente",
    );
    site.build_later(&[]).success();
    let copy = Page::read_file(
        &site
            .public()
            .join(format!("fr-CA/archive/{DATE_ISO}/index.html")),
        Some("fr-CA"),
    );
    assert!(
        copy.readable_text()
            .contains("d’une autre durée de conservation")
    );
    assert!(
        copy.text_of(".archive-revised")
            .contains("1er janvier 2027")
    );
}

#[test]
fn a_revision_of_the_parents_words_a_region_overrides_is_no_revision_of_the_region() {
    // French revises its word for the support team, which Canadian French says in its own
    // words: the Canadian French pages do not change, and nothing of theirs says they were
    // revised. French says so.
    let site = copy();
    site.replace(
        "locales/fr/site.ftl",
        "access-group-support = Équipe d’assistance",
        "access-group-support = Service d’assistance",
    );
    site.build_later(&[]).success();
    let read = |path: &str, lang: &str| Page::read_file(&site.public().join(path), Some(lang));
    for (lang, revised) in [("fr", true), ("fr-CA", false)] {
        for path in [
            format!("{lang}/archive/{DATE_ISO}/index.html"),
            format!("{lang}/archive/{DATE_ISO}/annex/index.html"),
        ] {
            let copy = read(&path, lang);
            assert_eq!(!copy.all(".archive-revised").is_empty(), revised, "{path}");
        }
        let log = read(&format!("{lang}/changes/index.html"), lang);
        let said = log.all(&format!("[id='{DATE_ISO}'] .revised"));
        assert_eq!(!said.is_empty(), revised, "{lang}");
        let feed = site.read(&format!("public/{lang}/feed.xml"));
        assert_eq!(feed.contains("révisée"), revised, "{lang}");
    }
}

#[test]
fn the_annex_lists_countries_and_products_as_each_language_joins_a_list() {
    // A sub-processor in Ireland and the United States, one serving two products: the annex
    // joins them with the language's "and", as the page does, never with a Latin comma.
    let site = built();
    for w in LANGUAGES {
        let annex = Page::read_file(
            &site.public().join(format!("{}/annex/index.html", w.tag)),
            Some(w.tag),
        );
        for fact in ["countries", "applies-to"] {
            let cells: Vec<String> = annex
                .all(&format!("tr[data-fact={fact}] td"))
                .into_iter()
                .map(text)
                .collect();
            assert!(
                cells.iter().any(|c| c.contains(w.and)),
                "{}: {fact}: {cells:?}",
                w.tag
            );
            assert!(
                cells.iter().all(|c| !c.contains(", ")),
                "{}: {fact}: {cells:?}",
                w.tag
            );
        }
    }
}

#[test]
fn the_annex_names_each_storage_provider_without_punctuation_of_the_themes() {
    // qa96: "Nimbus Cloud Europe: Frankfurt am Main, Allemagne": the theme wrote an English
    // colon, which French sets apart by a space. The provider stands on a line of its own.
    let site = built();
    for w in LANGUAGES {
        let annex = Page::read_file(
            &site.public().join(format!("{}/annex/index.html", w.tag)),
            Some(w.tag),
        );
        let items = annex.all("tr[data-fact=storage] li[id^=storage-]");
        assert!(!items.is_empty(), "{}", w.tag);
        for li in items {
            let provider = text(
                li.select(&common::sel("strong"))
                    .next()
                    .expect("the provider, in bold"),
            );
            assert!(
                provider.starts_with("Nimbus Cloud"),
                "{}: {provider}",
                w.tag
            );
            let said = text(li);
            assert!(
                !said.contains(&format!("{provider}:"))
                    && li.select(&common::sel("br")).count() == 1,
                "{}: {said}",
                w.tag
            );
        }
    }
}

#[test]
fn a_security_page_not_published_is_labelled_as_such_on_a_phone() {
    // On a narrow screen the row's values run on one line: "Not published" beside "Binding
    // corporate rules" read as if the rules were unpublished. The cell carries its column's
    // label, which the narrow layout shows.
    let site = built();
    for (lang, label, word) in [
        ("en", "Security measures", "Not published"),
        ("de", "Sicherheitsmaßnahmen", "Nicht veröffentlicht"),
    ] {
        let page = site.page(lang);
        let cells = page.all("#subprocessors td");
        let unpublished: Vec<_> = cells.iter().filter(|td| text(**td) == word).collect();
        assert!(!unpublished.is_empty(), "{lang}");
        for td in unpublished {
            assert_eq!(td.attr("data-label"), Some(label), "{lang}");
        }
    }
}

#[test]
fn diff_lists_what_a_region_shows_changed_its_parents_words_and_its_own_taken_out() {
    // fr-CA shows French's words where it has none of its own. French reworded, or fr-CA's
    // own word taken out (it then shows French's): its page changes, and `diff` said
    // `fr-CA: (none)` while the review and the build told the change.
    let site = copy();
    site.replace(
        "locales/fr/sections.ftl",
        "Tous les salariés sont formés",
        "Tous les employés sont formés",
    );
    site.replace(
        "locales/fr-CA/site.ftl",
        "access-group-support = Équipe de soutien\n",
        "",
    );
    let run = candor(&["diff", &site.arg(), "--format", "json"], &[]);
    run.success();
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let listed = |lang: &str| -> Vec<String> {
        json["translations"][lang]
            .as_array()
            .unwrap_or_else(|| panic!("{lang}: {json}"))
            .iter()
            .map(|v| v.as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(listed("fr"), ["access-training"]);
    assert_eq!(listed("fr-CA"), ["access-group-support", "access-training"]);
    assert!(listed("de").is_empty());
}

#[test]
fn a_notice_tells_all_that_takes_effect_on_its_day_what_needs_no_notice_too() {
    // Streamvale moves from the Data Privacy Framework with a fallback to standard contractual
    // clauses from 1 March: the mechanism changes (which needs notice) and the fallback goes
    // (which does not). The page and the change log tell both as to come; so must the notice,
    // which reads on its own, with a day to object only to what needs notice.
    let site = copy();
    site.replace(
        "content/subprocessors.toml",
        "mechanism = \"data-privacy-framework\"\nfallback = \"standard-contractual-clauses\"\npurpose = \"video-calls\"",
        "mechanism = \"standard-contractual-clauses\"\neffective = 2027-03-01\npurpose = \"video-calls\"",
    );
    candor(
        &["build", &site.arg()],
        &[("SOURCE_DATE_EPOCH", "1799971200")],
    )
    .success();
    let notice = common::without_isolates(&site.read("public/en/notices/2027-01-15/notice.md"));
    for item in [
        "- Streamvale: transfer mechanism for data outside the EEA will change (to: Standard contractual clauses; until then: EU-US Data Privacy Framework). Takes effect on 1 March 2027. Last day to object: 28 February 2027.\n",
        "- Streamvale: fallback mechanism for data outside the EEA will be removed (until then: Standard contractual clauses). Takes effect on 1 March 2027.\n",
    ] {
        assert!(notice.contains(item), "{item}\n{notice}");
    }
    let json: Value =
        serde_json::from_str(&site.read("public/en/notices/2027-01-15/notice.json")).unwrap();
    let changes = json["changes"].as_array().unwrap();
    assert_eq!(changes.len(), 2, "{changes:?}");
    // In every language, as many items.
    for lang in ["de", "fr", "ar", "fr-CA"] {
        let md = site.read(&format!("public/{lang}/notices/2027-01-15/notice.md"));
        assert_eq!(md.matches("\n- ").count(), 2, "{lang}: {md}");
    }
}

#[test]
fn its_first_publication_gives_notice_of_the_subprocessor_it_announces() {
    // Tracelight, announced for 1 February 2027 by the only publication: a customer following
    // the change log, its feed or the notices hears of it then, not the day it is engaged.
    let site = built();
    for w in LANGUAGES {
        let lang = w.tag;
        let dir = site.public().join(lang).join("notices").join(DATE_ISO);
        let json: Value =
            serde_json::from_slice(&std::fs::read(dir.join("notice.json")).unwrap()).unwrap();
        assert_eq!(
            json["changes"][0]["objection-until"], "2027-01-31",
            "{lang}"
        );
        let calendar = std::fs::read_to_string(dir.join("notice.ics")).unwrap();
        assert!(calendar.contains("DTSTART;VALUE=DATE:20270201"), "{lang}");
        for file in ["changes/index.html", "feed.xml"] {
            let text = site.read(&format!("public/{lang}/{file}"));
            assert!(text.contains("Tracelight"), "{lang}: {file}");
            assert!(
                text.contains(&format!("notices/{DATE_ISO}/notice.md")),
                "{lang}: {file}"
            );
        }
    }
}

/// The address to write to, in an Arabic change log's sentence, is isolated as every fact in
/// another script is: bare, it was reordered across a line's end ("-privacy@tessel" above
/// "learning.example", qa32).
#[test]
fn the_address_to_object_to_is_isolated_in_an_arabic_change_log() {
    let site = built();
    let log = site.read("public/ar/changes/index.html");
    let address = "privacy@tessel-learning.example";
    assert!(log.contains(address), "{log}");
    assert_eq!(
        log.matches(address).count(),
        log.matches(&format!("\u{2068}{address}\u{2069}")).count(),
        "every {address} isolated"
    );
}

/// A host name may break after a dot, not inside a label: in a narrow column,
/// "quire-feedback.example" broke as "quire-feedback.exa" / "mple" (qa32).
#[test]
fn a_host_name_breaks_between_its_labels() {
    let site = built();
    for w in LANGUAGES {
        let page = site.read(&format!("public/{}/index.html", w.tag));
        assert!(
            page.contains("<bdi><span translate=\"no\">quire-feedback.<wbr>example</span></bdi>"),
            "{}",
            w.tag
        );
    }
}

#[test]
fn words_not_translated_yet_read_in_their_own_direction_on_an_arabic_page() {
    // qa103: English words copied into a right-to-left translation, not translated yet, were
    // reordered by the page's direction: "Luscii Data handling at" in a heading. Isolated,
    // they read as written: an element of their own direction and language.
    let site = copy();
    site.replace(
        "locales/ar/sections.ftl",
        "subprocessors-heading = ما المعالِجون الفرعيون الذين تستعين بهم { $org }؟",
        "subprocessors-heading = Which sub-processors does { $org } use?",
    );
    site.build_later(&[]).success();
    // As written, isolates and all (`text` leaves out the pairs that close).
    let raw = |lang: &str, id: &str| -> String {
        Page::read(&site.public(), lang)
            .one(&format!("h2#{id}"))
            .text()
            .collect()
    };
    let ar = Page::read(&site.public(), "ar");
    let english = ar.one("h2#subprocessors-h > span[lang='en'][dir='ltr']");
    let heading: String = english.text().collect();
    assert!(
        heading.starts_with("Which sub-processors does"),
        "{heading:?}"
    );
    // Translated words are not.
    assert!(!raw("ar", "storage-h").starts_with('\u{2066}'));
    // Nor is the English page's own.
    assert!(!raw("en", "subprocessors-h").contains('\u{2066}'));
}

/// Canadian French has no words copied from the English of its own, as `check` says: its
/// pages say none are untranslated, and so do their archived copies, which took the messages
/// French marks as meant to read as the English for untranslated ones of Canadian French
/// (qa130).
#[test]
fn a_regions_archived_copies_say_what_its_pages_say_of_untranslated_words() {
    let site = built();
    for path in [
        "fr-CA/index.html",
        "fr-CA/annex/index.html",
        "fr-CA/archive/2026-11-30/index.html",
        "fr-CA/archive/2026-11-30/annex/index.html",
        "fr/archive/2026-11-30/index.html",
    ] {
        let page = Page::read_file(&site.public().join(path), None);
        assert_eq!(page.all(".untranslated-notice").len(), 0, "{path}");
    }
}

/// On the Arabic page a list of Latin names (a location's certifications) read as one run of
/// mixed direction: "ISO 27001 وISO 27017 وISO 27018" broke and reordered at a phone's width
/// (qa129). Each name is isolated, as a name elsewhere on the page is.
#[test]
fn each_name_of_a_list_on_an_arabic_page_keeps_its_own_direction() {
    let site = built();
    let certifications = |lang: &str| {
        (site.page(lang).all("#storage tbody td").into_iter())
            .map(|td| td.text().collect::<String>())
            .find(|t| t.contains("ISO 27017"))
            .expect("a certifications cell")
    };
    let cell = certifications("ar");
    for name in ["ISO 27001", "ISO 27017", "ISO 27018"] {
        assert!(
            cell.contains(&format!("\u{2068}{name}\u{2069}")),
            "{name} in {cell:?}"
        );
    }
    // A left-to-right page's is as it was.
    let cell = certifications("en");
    assert!(!cell.contains('\u{2068}'), "{cell:?}");
}

/// Words a translation copied from English and has not translated yet were marked as English
/// only where a Markdown message showed them: a plain one (a list item, the page's title) was
/// read as French, by a screen reader and by the hyphenation, and a region (Canadian French)
/// showed its parent's copied words unmarked and without the page's notice (qa131). Each is
/// marked where it is shown as text, and left as it reads in an attribute.
#[test]
fn words_copied_from_english_are_marked_english_wherever_they_are_shown() {
    let site = copy();
    for lang in ["fr", "ar"] {
        copy_english(&site, lang, "site.ftl", "subject-trainers");
        copy_english(&site, lang, "chrome.ftl", "languages-label");
    }
    build_on_publication_day(&site).success();
    for lang in ["fr", "fr-CA", "ar"] {
        // The page, and the archived copy of the publication as this revision shows it.
        for path in [
            format!("{lang}/index.html"),
            format!("{lang}/archive/{DATE_ISO}/revision-1/index.html"),
        ] {
            let html = site.read(&format!("public/{path}"));
            assert!(
                !html.contains(['\u{E002}', '\u{E003}']),
                "{path}: a mark left in the page"
            );
            let page = Page::read_file(&site.public().join(&path), Some(lang));
            let marked: Vec<String> = page.all("[lang='en']").into_iter().map(text).collect();
            assert!(
                marked
                    .iter()
                    .any(|t| t.contains("Trainers who teach live classes")),
                "{path}: {marked:?}"
            );
            assert_eq!(
                page.all(".untranslated-notice").len(),
                1,
                "{path}: the page says parts are not translated"
            );
            // In an attribute, as it reads: no mark, no markup.
            let label = page
                .one("nav.languages")
                .value()
                .attr("aria-label")
                .unwrap();
            assert!(
                label.contains("This page in other languages") && !label.contains('<'),
                "{path}: {label:?}"
            );
            // French words are not marked English.
            assert!(
                !marked.iter().any(|t| t.contains("apprenants")),
                "{path}: {marked:?}"
            );
        }
    }
    // The copy of the publication as first shown read French, and still does.
    let first = Page::read_file(
        &site
            .public()
            .join(format!("fr/archive/{DATE_ISO}/index.html")),
        Some("fr"),
    );
    assert!(first.all(".untranslated-notice").is_empty());
    assert!(first.text_of("#processing").contains("Les formateurs"));
    // Hyphenated as English, not by French rules, on the French page.
    let fr = site.read("public/fr/index.html");
    assert!(
        fr.contains("<span lang=\"en\">Trainers who teach live classes</span>"),
        "{}",
        &fr[fr.find("Trainers").unwrap() - 80..][..200]
    );
}

/// A page said its words were not all translated wherever its language had a copied message,
/// shown there or not: one copied into the annex alone, or into a sentence no page shows, put
/// the notice on the page (qa133). Each document says so where it shows one.
#[test]
fn only_a_document_that_shows_copied_words_says_it_is_not_all_translated() {
    let site = copy();
    // Copied: a sentence of the annex alone, and one no page of this site shows.
    copy_english(&site, "fr", "annex.ftl", "annex-intro");
    copy_english(&site, "fr", "sections.ftl", "dpia-factsheet-none");
    build_on_publication_day(&site).success();
    let notices = |path: &str| {
        Page::read_file(&site.public().join(path), Some("fr"))
            .all(".untranslated-notice")
            .len()
    };
    assert_eq!(notices("fr/annex/index.html"), 1);
    assert_eq!(notices("fr/index.html"), 0);
    assert_eq!(
        notices(&format!(
            "fr/archive/{DATE_ISO}/revision-1/annex/index.html"
        )),
        1
    );
    assert_eq!(
        notices(&format!("fr/archive/{DATE_ISO}/revision-1/index.html")),
        0
    );
    // Its region shows the same of them.
    assert_eq!(notices("fr-CA/annex/index.html"), 1);
    assert_eq!(notices("fr-CA/index.html"), 0);
}

/// A copied message that a translated one shows (`{ storage-caption }`): the annex showed its
/// English with no notice (qa135). Its words are the translation's, what it shows is not: the
/// document says parts are not translated yet.
#[test]
fn a_translated_message_showing_a_copied_one_says_parts_are_not_translated() {
    let site = copy();
    site.replace(
        "locales/de/sections.ftl",
        "storage-caption = Wo die Daten gespeichert werden",
        "storage-caption = Where the data is stored",
    );
    site.replace(
        "locales/de/annex.ftl",
        "annex-title = Anlage zum Auftragsverarbeitungsvertrag mit { $org }",
        "annex-title = Anlage ({ storage-caption }) zum Auftragsverarbeitungsvertrag mit { $org }",
    );
    build_on_publication_day(&site).success();
    let annex = Page::read_file(&site.public().join("de/annex/index.html"), Some("de"));
    assert!(annex.text_of("h1").contains("(Where the data is stored)"));
    assert_eq!(annex.all(".untranslated-notice").len(), 1);
}
