//! Where personal data may go from the EEA: the EEA itself, and the countries for which the
//! European Commission decided that they protect it adequately (GDPR Art. 45). candor ships the
//! decisions as data (`transfers/adequacy.toml`, with the source and date of each); a site adds
//! its own with `[adequacy]` in `candor.toml`. Whether a sub-processor transfers personal data
//! outside the EEA, and on which basis, follows from the countries it processes data in.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

/// The European Economic Area: the 27 member states of the EU, Iceland, Liechtenstein and
/// Norway (ISO 3166-1 alpha-2).
pub const EEA: [&str; 30] = [
    "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IT",
    "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK", "IS", "LI", "NO",
];

/// Whom an adequacy decision covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Scope {
    /// The whole country.
    Whole,
    /// Organisations subject to the country's private-sector law only (Canada).
    Commercial,
    /// Only organisations certified under a framework (the United States: the EU-US Data
    /// Privacy Framework), so the transfer rests on that certification.
    Certified,
}

/// One adequacy decision.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Decision {
    /// Its name in the Official Journal, such as "Commission Implementing Decision (EU)
    /// 2019/419".
    pub decision: String,
    /// The date it was adopted.
    #[schemars(with = "String")]
    pub adopted: toml::value::Datetime,
    pub scope: Scope,
}

/// An adequacy decision a site adds in `candor.toml` (`[adequacy.XX]`) for a country candor
/// ships none for, its day of adoption checked to be a day. A transfer may rest on it from that
/// day on (`Site::stamp` refuses one that takes effect before).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SiteDecision {
    pub decision: String,
    pub adopted: jiff::civil::Date,
    pub scope: Scope,
    /// Where `candor.toml` gives it: its `[adequacy.XX]` key.
    pub span: std::ops::Range<usize>,
}

/// The adequacy decisions candor ships, by country code.
pub fn shipped() -> &'static BTreeMap<String, Decision> {
    static TABLE: OnceLock<BTreeMap<String, Decision>> = OnceLock::new();
    TABLE.get_or_init(|| {
        toml::from_str(include_str!("transfers/adequacy.toml"))
            .expect("the shipped table of adequacy decisions parses (a test reads it)")
    })
}

/// Where a country stands for a transfer from the EEA.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    /// It is in the EEA: no transfer.
    Eea,
    /// An adequacy decision covers it.
    Adequate(Scope),
    /// A third country without one: the transfer needs a mechanism of Art. 46 to 49.
    Third,
}

/// Where `code` stands, with the site's own decisions (`extra`) besides candor's.
pub fn standing(code: &str, extra: &BTreeMap<String, SiteDecision>) -> Standing {
    if EEA.contains(&code) {
        return Standing::Eea;
    }
    match extra
        .get(code)
        .map(|d| d.scope)
        .or_else(|| shipped().get(code).map(|d| d.scope))
    {
        Some(scope) => Standing::Adequate(scope),
        None => Standing::Third,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_table_reads_and_names_known_countries_outside_the_eea() {
        let table = shipped();
        assert!(table.len() >= 15);
        for (code, decision) in table {
            assert!(crate::intl::is_country(code), "{code}");
            assert!(!EEA.contains(&code.as_str()), "{code} is in the EEA");
            assert!(decision.adopted.date.is_some() && decision.adopted.time.is_none());
        }
        let none = BTreeMap::new();
        assert_eq!(standing("DE", &none), Standing::Eea);
        assert_eq!(standing("NO", &none), Standing::Eea);
        assert_eq!(standing("JP", &none), Standing::Adequate(Scope::Whole));
        assert_eq!(standing("US", &none), Standing::Adequate(Scope::Certified));
        assert_eq!(standing("IN", &none), Standing::Third);
        let mut extra = BTreeMap::new();
        extra.insert(
            "IN".to_string(),
            SiteDecision {
                decision: "a decision".into(),
                adopted: jiff::civil::date(2030, 1, 1),
                scope: Scope::Whole,
                span: 0..0,
            },
        );
        assert_eq!(standing("IN", &extra), Standing::Adequate(Scope::Whole));
    }
}
