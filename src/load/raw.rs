//! Content as written: one struct per file of `content/`, with spans kept on every value that
//! validation may need to point at. Deserializing checks syntax, types, unknown and missing
//! fields and enum values; everything else is [`super::validate`]'s job.

use schemars::JsonSchema;
use serde::Deserialize;
use toml::Spanned;

use crate::model::{
    AccessBasis, AccessLevel, Authentication, Controller, Direction, Factsheet, Hosting,
    NoticeException, PeriodUnit, Principle, Region, RetentionEnd, RetentionStart,
    TransferMechanism, Transport,
};

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Organisation {
    #[schemars(with = "String")]
    pub name: Spanned<String>,
    #[schemars(with = "bool")]
    pub controller: Spanned<bool>,
    pub processor: bool,
    #[schemars(with = "String")]
    pub contact: Spanned<String>,
    #[schemars(with = "String")]
    pub privacy_policy: Spanned<String>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Principles {
    #[schemars(with = "Vec<Principle>")]
    pub applies: Vec<Spanned<Principle>>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Processing {
    #[schemars(with = "Vec<String>")]
    pub subjects: Vec<Spanned<String>>,
    #[schemars(with = "Vec<String>")]
    pub categories: Vec<Spanned<String>>,
    pub special_categories: bool,
    pub controller: Controller,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Storage {
    pub location: Vec<Location>,
    pub exports: Option<Exports>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Location {
    /// What identifies this location across publications (kebab-case). Optional: without it,
    /// the id is made from the provider and the city, so give it the id it had when you rename
    /// either, and the change log tells a change rather than a new location.
    #[schemars(with = "Option<String>")]
    pub id: Option<Spanned<String>>,
    #[schemars(with = "String")]
    pub provider: Spanned<String>,
    pub hosting: Hosting,
    #[schemars(with = "String")]
    pub city: Spanned<String>,
    #[schemars(with = "String")]
    pub country: Spanned<String>,
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub certifications: Vec<Spanned<String>>,
    pub special_categories: bool,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Exports {
    #[schemars(with = "String")]
    pub provider: Spanned<String>,
    pub region: Region,
    pub includes_special_categories: bool,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Subprocessors {
    #[serde(default)]
    pub subprocessor: Vec<Subprocessor>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Subprocessor {
    /// What identifies it across publications, so that a rename is told as one: lowercase
    /// letters, digits and `-`. Optional: derived from the name when absent (`Google
    /// Firebase/Analytics` is `google-firebase-analytics`); give one before renaming.
    #[schemars(with = "Option<String>")]
    pub id: Option<Spanned<String>>,
    #[schemars(with = "String")]
    pub name: Spanned<String>,
    pub personal_data: bool,
    /// Whether personal data leaves the EEA. Optional when `countries` is given, which says
    /// it; must agree with it when both are.
    #[schemars(with = "Option<bool>")]
    pub outside_eea: Option<Spanned<bool>>,
    /// The legal basis of a transfer outside the EEA. Optional where every country outside
    /// the EEA has an adequacy decision (it is then `adequacy-decision`).
    #[schemars(with = "Option<TransferMechanism>")]
    pub mechanism: Option<Spanned<TransferMechanism>>,
    /// The mechanism a transfer falls back on should the first fail.
    #[schemars(with = "Option<TransferMechanism>")]
    pub fallback: Option<Spanned<TransferMechanism>>,
    /// What it does for the organisation: an id named by `subprocessor-purpose-<id>` in the
    /// locale files (`hosting`, `email-delivery`, or the site's own).
    #[schemars(with = "Option<String>")]
    pub purpose: Option<Spanned<String>>,
    /// The countries where it processes the data (ISO 3166-1 alpha-2, such as `IE`).
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub countries: Vec<Spanned<String>>,
    /// Its country of incorporation or headquarters (ISO 3166-1 alpha-2).
    #[schemars(with = "Option<String>")]
    pub headquarters: Option<Spanned<String>>,
    /// The group the page lists it in: an id named by `subprocessor-group-<id>`
    /// (`infrastructure`, `service-provider`, `affiliate`, or the site's own).
    #[schemars(with = "Option<String>")]
    pub group: Option<Spanned<String>>,
    /// The data categories it receives: ids from processing.toml's `categories`.
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub data_categories: Vec<Spanned<String>>,
    /// The data subjects whose data it receives: ids from processing.toml's `subjects`.
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub data_subjects: Vec<Spanned<String>>,
    /// Its postal address, for the contract annex.
    #[schemars(with = "Option<String>")]
    pub address: Option<Spanned<String>>,
    /// Its privacy contact: a `mailto:` or `https:` link.
    #[schemars(with = "Option<String>")]
    pub contact: Option<Spanned<String>>,
    /// An `https:` link to its own list of sub-processors.
    #[schemars(with = "Option<String>")]
    pub list: Option<Spanned<String>>,
    /// The products or features it serves, where the site has several: ids named by
    /// `applies-to-<id>`.
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub applies_to: Vec<Spanned<String>>,
    /// The date it was engaged, such as 2024-05-01; without it, the first publication that
    /// listed it.
    #[schemars(with = "Option<String>")]
    pub engaged: Option<Spanned<toml::value::Datetime>>,
    #[schemars(with = "Option<String>")]
    pub security: Option<Spanned<String>>,
    /// Why a new sub-processor is published with less than the site's notice period.
    pub notice_exception: Option<NoticeException>,
    /// From when the sub-processor is engaged, if that is still to come (advance notice).
    /// A date, such as 2027-03-01.
    #[schemars(with = "Option<String>")]
    pub effective: Option<Spanned<toml::value::Datetime>>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Retention {
    pub period: Period,
    pub starts: RetentionStart,
    pub customer_may_change: bool,
    #[schemars(with = "Vec<RetentionEnd>")]
    pub at_end: Vec<Spanned<RetentionEnd>>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Period {
    #[schemars(with = "u32")]
    pub count: Spanned<u32>,
    pub unit: PeriodUnit,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Access {
    pub basis: AccessBasis,
    #[schemars(with = "String")]
    pub review_standard: Spanned<String>,
    pub privacy_training: bool,
    #[serde(default)]
    pub group: Vec<AccessGroup>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct AccessGroup {
    #[schemars(with = "String")]
    pub id: Spanned<String>,
    pub access: AccessLevel,
    pub confidentiality_agreement: bool,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Integrations {
    #[serde(default)]
    pub integration: Vec<Integration>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Integration {
    #[schemars(with = "String")]
    pub id: Spanned<String>,
    pub flow: Vec<Flow>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Flow {
    pub direction: Direction,
    #[schemars(with = "Vec<String>")]
    pub data: Vec<Spanned<String>>,
    #[schemars(with = "String")]
    pub purpose: Spanned<String>,
    pub transport: Transport,
    pub authentication: Authentication,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Dpia {
    #[schemars(with = "Factsheet")]
    pub factsheet: Spanned<Factsheet>,
    #[schemars(with = "Option<String>")]
    pub link: Option<Spanned<String>>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Breach {
    #[schemars(with = "Vec<String>")]
    pub monitoring: Vec<Spanned<String>>,
    #[schemars(with = "Hours")]
    pub notification_deadline_hours: Spanned<Hours>,
}

/// A number of hours, 1 or more. Read with an error that says so: serde's own for a `u32`
/// would call `-5` invalid TOML.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hours(pub u32);

impl<'de> Deserialize<'de> for Hours {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = Hours;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str(Hours::EXPECTED)
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Hours, E> {
                Hours::new(v)
                    .ok_or_else(|| E::invalid_value(serde::de::Unexpected::Signed(v), &self))
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Hours, E> {
                i64::try_from(v)
                    .ok()
                    .and_then(Hours::new)
                    .ok_or_else(|| E::invalid_value(serde::de::Unexpected::Unsigned(v), &self))
            }
        }
        d.deserialize_u32(Visitor)
    }
}

impl Hours {
    const EXPECTED: &str = "a positive whole number of hours, such as 24";

    fn new(n: i64) -> Option<Hours> {
        u32::try_from(n).ok().filter(|h| *h > 0).map(Hours)
    }
}

impl JsonSchema for Hours {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Hours".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "integer",
            "minimum": 1,
            "maximum": u32::MAX,
            "description": Hours::EXPECTED,
        })
    }
}
