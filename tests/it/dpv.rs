//! dpv.jsonld speaks the W3C Data Privacy Vocabulary: every `dpv:`, `eu-gdpr:` and `loc:` term it
//! writes is one DPV 2.x defines, of the kind DPV gives it (tests/fixtures/dpv/terms.txt, copied
//! from the vocabulary's sources, says which and where from), and its nodes are named by the ids
//! the page's anchors use, so they keep their names when the lists are reordered.

use std::collections::BTreeMap;

use crate::common::{REPO, Site};
use serde_json::Value;

/// The DPV terms the file may use: their namespaces by prefix, and each term's kind (`class` or
/// `property`) by compact IRI (`dpv:DataSubProcessor`).
pub(crate) struct Vocabulary {
    prefixes: BTreeMap<String, String>,
    terms: BTreeMap<String, String>,
}

pub(crate) fn vocabulary() -> Vocabulary {
    let path = std::path::Path::new(REPO).join("tests/fixtures/dpv/terms.txt");
    let text = std::fs::read_to_string(&path).unwrap();
    let mut vocab = Vocabulary {
        prefixes: BTreeMap::new(),
        terms: BTreeMap::new(),
    };
    for line in text
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
    {
        let fields: Vec<&str> = line.split(' ').collect();
        match fields[..] {
            ["@prefix", prefix, iri] => {
                let prefix = prefix.strip_suffix(':').expect("`@prefix p: iri`");
                vocab.prefixes.insert(prefix.into(), iri.into());
            }
            [term, kind @ ("class" | "property")] => {
                vocab.terms.insert(term.into(), kind.into());
            }
            _ => panic!("terms.txt: cannot read `{line}`"),
        }
    }
    assert!(vocab.prefixes.len() == 3 && vocab.terms.len() > 250);
    vocab
}

/// The terms the file uses from vocabularies other than DPV: the date, the names of places and
/// certifications, and the duration's type.
const OTHER_TERMS: &[&str] = &["dct:modified", "dct:title", "xsd:duration"];

/// Every term of `doc` that DPV 2.x does not define as used (a property as a key, a class as a
/// type or a concept), and every term from another vocabulary but the few expected.
pub(crate) fn term_problems(doc: &Value, vocab: &Vocabulary) -> Vec<String> {
    let mut problems = Vec::new();
    let context = doc["@context"].as_object().expect("an @context");
    for (prefix, iri) in &vocab.prefixes {
        if context.get(prefix).and_then(Value::as_str) != Some(iri) {
            problems.push(format!("@context: `{prefix}` is not <{iri}>"));
        }
    }
    for prefix in context.keys() {
        if !["dpv", "eu-gdpr", "loc", "dct", "xsd"].contains(&prefix.as_str()) {
            problems.push(format!("@context: unexpected prefix `{prefix}`"));
        }
    }
    walk(doc, vocab, &mut problems);
    problems
}

fn walk(value: &Value, vocab: &Vocabulary, problems: &mut Vec<String>) {
    match value {
        Value::Array(items) => items.iter().for_each(|v| walk(v, vocab, problems)),
        Value::Object(map) => {
            for (key, v) in map {
                match key.as_str() {
                    "@context" | "@value" => {}
                    "@type" => {
                        let types = v.as_array().cloned().unwrap_or_else(|| vec![v.clone()]);
                        for t in types {
                            check(
                                t.as_str().expect("a type is a string"),
                                "class",
                                vocab,
                                problems,
                            );
                        }
                    }
                    // A reference is a link (https:, mailto:), a node of this file (`#…`, the
                    // example has no base URL) or a concept of a vocabulary.
                    "@id" => {
                        let id = v.as_str().expect("an @id is a string");
                        if !(id.starts_with("https://")
                            || id.starts_with("mailto:")
                            || id.starts_with('#'))
                        {
                            check(id, "class", vocab, problems);
                        }
                    }
                    key if key.starts_with('@') => problems.push(format!("unexpected `{key}`")),
                    key => {
                        check(key, "property", vocab, problems);
                        walk(v, vocab, problems);
                    }
                }
            }
        }
        // DPV states facts as concepts, never as true or false.
        Value::Bool(b) => problems.push(format!("a boolean ({b})")),
        _ => {}
    }
}

fn check(term: &str, kind: &str, vocab: &Vocabulary, problems: &mut Vec<String>) {
    let prefix = term.split_once(':').map_or("", |(p, _)| p);
    if vocab.prefixes.contains_key(prefix) {
        match vocab.terms.get(term) {
            Some(k) if k == kind => {}
            Some(k) => problems.push(format!("`{term}` is a {k} in DPV, used as a {kind}")),
            None => problems.push(format!("`{term}` is not in DPV 2.x")),
        }
    } else if !OTHER_TERMS.contains(&term) {
        problems.push(format!("unexpected term `{term}`"));
    }
}

fn dpv_jsonld(site: &Site) -> Value {
    serde_json::from_slice(&site.read_bytes("public/dpv.jsonld")).expect("dpv.jsonld is JSON")
}

/// Adds a storage location, its fields as TOML, after the example's.
fn add_location(site: &Site, fields: &str) {
    const EXPORTS: &str = "\n# Where data exports";
    site.replace(
        "content/storage.toml",
        EXPORTS,
        &format!("\n[[location]]\n{fields}\n{EXPORTS}"),
    );
}

/// The nodes of a list by their `@id`.
pub(crate) fn by_id(nodes: &Value) -> BTreeMap<String, Value> {
    nodes
        .as_array()
        .expect("a list of nodes")
        .iter()
        .filter_map(|n| Some((n["@id"].as_str()?.to_string(), n.clone())))
        .collect()
}

#[test]
fn dpv_jsonld_uses_only_dpv_terms_and_states_the_example_s_facts() {
    let site = Site::example();
    site.build(&["--locked"]).success();
    let ld = dpv_jsonld(&site);
    let problems = term_problems(&ld, &vocabulary());
    assert!(problems.is_empty(), "{problems:#?}");

    assert_eq!(
        ld["@type"],
        serde_json::json!(["dpv:DataController", "dpv:DataProcessor"])
    );
    assert_eq!(ld["dpv:hasName"], "Luscii");
    assert_eq!(ld["dct:modified"], "2026-11-30");
    let recipients = by_id(&ld["dpv:hasRecipient"]);
    assert_eq!(recipients.len(), 15);
    assert!(
        recipients
            .values()
            .all(|r| r["@type"] == "dpv:DataSubProcessor")
    );
    let hubspot = &recipients["#subprocessor-hubspot"];
    assert_eq!(hubspot["dpv:hasName"], "Hubspot");
    assert_eq!(hubspot["dpv:hasPersonalData"]["@id"], "dpv:PersonalData");
    assert!(hubspot.get("dpv:hasProcessing").is_none(), "within the EEA");
    let slack = &recipients["#subprocessor-slack"];
    assert_eq!(slack["dpv:hasData"]["@id"], "dpv:NonPersonalData");
    assert!(slack.get("dpv:hasPersonalData").is_none());
    let transfers: Vec<(&String, &Value)> = recipients
        .iter()
        .filter_map(|(id, r)| Some((id, r.get("dpv:hasProcessing")?)))
        .collect();
    assert_eq!(
        transfers.len(),
        9,
        "nine sub-processors transfer outside the EEA"
    );
    for (id, t) in transfers {
        assert_eq!(t["@type"], "dpv:CrossBorderTransfer");
        assert_eq!(&t["dpv:hasRecipient"]["@id"], id.as_str());
        assert_eq!(t["dpv:hasLegalBasis"]["@id"], "eu-gdpr:A46-2-c");
    }

    let storage = ld["dpv:hasStorageCondition"].as_array().unwrap();
    let frankfurt = &storage[0];
    assert_eq!(
        frankfurt["@id"],
        "#storage-amazon-web-services-aws-frankfurt"
    );
    assert_eq!(frankfurt["@type"], "dpv:StorageLocation");
    assert_eq!(frankfurt["dpv:hasCountry"]["@id"], "loc:DE");
    assert_eq!(frankfurt["dpv:hasLocation"]["dct:title"], "Frankfurt");
    assert_eq!(
        frankfurt["dpv:isImplementedByEntity"]["dpv:hasName"],
        "Amazon Web Services (AWS)"
    );
    let certifications: Vec<&Value> = frankfurt["dpv:hasOrganisationalMeasure"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| &c["dct:title"])
        .collect();
    assert_eq!(
        certifications,
        ["ISO 9001", "ISO 27001", "ISO 27017", "ISO 27018"]
    );
    let duration = storage
        .iter()
        .find(|c| c["@type"] == "dpv:StorageDuration")
        .unwrap();
    assert_eq!(
        duration["dpv:hasDuration"],
        serde_json::json!({"@value": "P2Y", "@type": "xsd:duration"})
    );
}

/// Every mechanism has its article of GDPR Chapter V; an organisation that is only a controller
/// engages processors, not sub-processors; a place DPV has no country for is written without one.
#[test]
fn dpv_jsonld_names_each_mechanism_s_legal_basis_and_the_processors_of_a_controller() {
    let site = Site::example_without_notice();
    let sub = "content/subprocessors.toml";
    let scc = "outside-eea = true\nmechanism = \"standard-contractual-clauses\"";
    site.replace(
        sub,
        &format!("name = \"Slack\"\npersonal-data = false\n{scc}"),
        "name = \"Slack\"\npersonal-data = false\noutside-eea = true\nmechanism = \"binding-corporate-rules\"",
    );
    site.replace(
        sub,
        &format!("name = \"Zapier\"\npersonal-data = false\n{scc}"),
        "name = \"Zapier\"\npersonal-data = false\noutside-eea = true\nmechanism = \"adequacy-decision\"",
    );
    site.replace(
        "content/organisation.toml",
        "processor = true",
        "processor = false",
    );
    // A controller alone controls the data it processes.
    site.replace(
        "content/processing.toml",
        "controller = \"customer\"",
        "controller = \"organisation\"",
    );
    add_location(
        &site,
        "provider = \"Dardania Hosting\"\nhosting = \"dedicated-servers\"\ncity = \"Pristina\"\n\
         country = \"XK\"\ncertifications = []\nspecial-categories = false",
    );
    site.build_later(&[]).success();

    let ld = dpv_jsonld(&site);
    let problems = term_problems(&ld, &vocabulary());
    assert!(problems.is_empty(), "{problems:#?}");
    assert_eq!(ld["@type"], serde_json::json!(["dpv:DataController"]));
    let recipients = by_id(&ld["dpv:hasRecipient"]);
    assert!(
        recipients
            .values()
            .all(|r| r["@type"] == "dpv:DataProcessor")
    );
    let basis = |id: &str| recipients[id]["dpv:hasProcessing"]["dpv:hasLegalBasis"]["@id"].clone();
    assert_eq!(basis("#subprocessor-slack"), "eu-gdpr:A46-2-b");
    assert_eq!(basis("#subprocessor-zapier"), "eu-gdpr:A45-3");
    assert_eq!(basis("#subprocessor-notion"), "eu-gdpr:A46-2-c");

    let locations = by_id(&ld["dpv:hasStorageCondition"]);
    let pristina = &locations["#storage-dardania-hosting-pristina"];
    assert_eq!(pristina["dpv:hasLocation"]["dct:title"], "Pristina");
    assert!(
        pristina.get("dpv:hasCountry").is_none(),
        "DPV has no concept for Kosovo (XK is not assigned in ISO 3166-1)"
    );
    assert!(pristina.get("dpv:hasOrganisationalMeasure").is_none());
    assert_eq!(
        locations["#storage-amazon-web-services-aws-frankfurt"]["dpv:hasCountry"]["@id"],
        "loc:DE"
    );
}

/// A node's name is its id, the anchor of its row on the page, whatever its place in the list.
#[test]
fn dpv_ids_are_the_page_s_anchors_and_survive_a_reorder() {
    let site = Site::example_without_notice();
    add_location(
        &site,
        "id = \"backup\"\nprovider = \"Amazon Web Services (AWS)\"\nhosting = \"managed-database\"\n\
         city = \"Dublin\"\ncountry = \"IE\"\ncertifications = [\"ISO 27001\"]\nspecial-categories = true",
    );
    site.build_later(&[]).success();
    let before = dpv_jsonld(&site);

    let page = site.read("public/en/index.html");
    let data: Value = serde_json::from_slice(&site.read_bytes("public/data.json")).unwrap();
    let facts = &data["facts"];
    let subprocessor_ids: Vec<String> = facts["subprocessors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| format!("subprocessor-{}", s["id"].as_str().unwrap()))
        .collect();
    let storage_ids: Vec<String> = facts["storage"]["locations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| format!("storage-{}", l["id"].as_str().unwrap()))
        .collect();
    assert_eq!(
        storage_ids,
        [
            "storage-amazon-web-services-aws-frankfurt",
            "storage-backup"
        ]
    );
    for (anchors, nodes) in [
        (&subprocessor_ids, &before["dpv:hasRecipient"]),
        (&storage_ids, &before["dpv:hasStorageCondition"]),
    ] {
        let ids: Vec<String> = by_id(nodes).into_keys().collect();
        let mut expected: Vec<String> = anchors.iter().map(|a| format!("#{a}")).collect();
        expected.sort();
        assert_eq!(ids, expected);
        for anchor in anchors {
            assert!(
                page.contains(&format!(" id=\"{anchor}\"")),
                "no #{anchor} on the page"
            );
        }
    }

    // The same sub-processors and locations, in the reverse order.
    for (file, table) in [
        ("content/subprocessors.toml", "[[subprocessor]]"),
        ("content/storage.toml", "[[location]]"),
    ] {
        let text = site.read(file);
        let end = text.find("\n# Where data exports").unwrap_or(text.len());
        let (list, rest) = text.split_at(end);
        let mut parts: Vec<&str> = list.split(table).collect();
        let head = parts.remove(0);
        parts.reverse();
        let reversed: String = parts
            .iter()
            .map(|p| format!("{table}{}\n\n", p.trim_end()))
            .collect();
        site.write(file, &format!("{head}{}{rest}", reversed.trim_end()));
    }
    site.build_later(&[]).success();
    let after = dpv_jsonld(&site);
    let first = |ld: &Value, key: &str| ld[key][0]["@id"].clone();
    assert_eq!(first(&after, "dpv:hasRecipient"), "#subprocessor-zivver");
    assert_eq!(first(&after, "dpv:hasStorageCondition"), "#storage-backup");
    for key in ["dpv:hasRecipient", "dpv:hasStorageCondition"] {
        assert_eq!(by_id(&before[key]), by_id(&after[key]), "{key}");
    }
}

/// The terms DPV does not have, which dpv.jsonld once wrote, are gone; and the check above would
/// have caught each of them.
#[test]
fn dpv_jsonld_writes_none_of_the_terms_dpv_does_not_have() {
    let site = Site::example();
    site.build(&["--locked"]).success();
    let text = site.read("public/dpv.jsonld");
    for old in [
        "dpv:hasDataTransfer",
        "dpv:DataTransfer",
        "dpv:hasCity",
        "dpv:hasCertification",
        "dpv:hasStorageDuration",
        "eu-gdpr:A47-1",
        "#subprocessor-1\"",
    ] {
        assert!(!text.contains(old), "dpv.jsonld still writes `{old}`");
    }

    let vocab = vocabulary();
    let old = serde_json::json!({
        "@context": {"dpv": "https://w3id.org/dpv#", "eu-gdpr": "https://w3id.org/dpv/legal/eu/gdpr#", "loc": "https://w3id.org/dpv/loc#"},
        "dpv:hasRecipient": [{
            "@id": "#subprocessor-1",
            "@type": "dpv:DataSubProcessor",
            "dpv:hasPersonalData": true,
            "dpv:hasDataTransfer": {
                "@type": "dpv:DataTransfer",
                "dpv:hasLegalBasis": {"@id": "eu-gdpr:A47-1"},
            },
        }],
        "dpv:hasStorageCondition": [{
            "@type": "dpv:StorageLocation",
            "dpv:hasCity": "Frankfurt",
            "dpv:hasCountry": {"@id": "loc:XK"},
        }],
        "dpv:hasStorageDuration": {"@type": "dpv:hasDuration"},
    });
    let problems = term_problems(&old, &vocab);
    for expected in [
        "a boolean (true)",
        "`dpv:hasDataTransfer` is not in DPV 2.x",
        "`dpv:DataTransfer` is not in DPV 2.x",
        "`eu-gdpr:A47-1` is not in DPV 2.x",
        "`dpv:hasCity` is not in DPV 2.x",
        "`loc:XK` is not in DPV 2.x",
        "`dpv:hasStorageDuration` is not in DPV 2.x",
        "`dpv:hasDuration` is a property in DPV, used as a class",
    ] {
        assert!(
            problems.iter().any(|p| p == expected),
            "not caught: {expected}; {problems:#?}"
        );
    }
}

#[test]
fn an_announced_subprocessor_is_no_recipient_until_it_starts() {
    let site = Site::example();
    site.write(
        "content/subprocessors.toml",
        &(site.read("content/subprocessors.toml")
            + "\n[[subprocessor]]\nname = \"Mailgun\"\npersonal-data = true\ncountries = [\"DE\"]\neffective = 2027-03-01\n"),
    );
    site.build_later(&[]).success();
    let recipients = by_id(&dpv_jsonld(&site)["dpv:hasRecipient"]);
    assert!(
        recipients
            .keys()
            .any(|id| id.ends_with("#subprocessor-slack"))
    );
    assert!(
        !recipients
            .keys()
            .any(|id| id.ends_with("#subprocessor-mailgun")),
        "announced, not yet engaged"
    );
    // The next publication after its start lists it.
    site.publish_a_change_at("1803945600").success();
    let recipients = by_id(&dpv_jsonld(&site)["dpv:hasRecipient"]);
    assert!(
        recipients
            .keys()
            .any(|id| id.ends_with("#subprocessor-mailgun"))
    );
}

/// Every `@id` of `value` and below.
fn ids(value: &Value, out: &mut Vec<String>) {
    match value {
        Value::Array(items) => items.iter().for_each(|v| ids(v, out)),
        Value::Object(map) => {
            for (key, v) in map {
                match (key.as_str(), v.as_str()) {
                    ("@id", Some(id)) => out.push(id.to_string()),
                    _ => ids(v, out),
                }
            }
        }
        _ => {}
    }
}

/// With a base URL, a node's name is a full address on the page: a sub-processor's or a
/// storage location's, the anchor of its row; the organisation's, its section that says which
/// it is, controller or processor. They named the language list at the site's root, which
/// holds none of those anchors (qa125), and the organisation by no anchor (qa131).
#[test]
fn with_a_base_url_each_node_of_the_site_is_named_by_an_anchor_its_address_has() {
    let site = Site::example();
    const BASE: &str = "https://privacy.example.com/";
    site.write(
        "candor.toml",
        &format!("base-url = \"{BASE}\"\n{}", site.read("candor.toml")),
    );
    site.build(&["--locked"]).success();
    let mut all = Vec::new();
    ids(&dpv_jsonld(&site), &mut all);
    let ours: Vec<&String> = all.iter().filter(|id| id.starts_with(BASE)).collect();
    assert!(ours.len() > 15, "{all:?}");
    assert!(all.contains(&format!("{BASE}en/#control")), "{all:?}");
    for id in ours {
        let (path, anchor) = id[BASE.len()..].split_once('#').expect("an anchor");
        let file = site.public().join(path).join("index.html");
        let page = std::fs::read_to_string(&file).unwrap_or_default();
        assert!(
            page.contains(&format!(" id=\"{anchor}\"")),
            "{id}: no such anchor in {}",
            file.display()
        );
    }
}
