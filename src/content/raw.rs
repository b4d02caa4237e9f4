//! Content as written: one struct per file of `content/`, with spans kept on every value that
//! validation may need to point at. Deserializing checks syntax, types, unknown and missing
//! fields and enum values; everything else is [`super::validate`]'s job.

use serde::Deserialize;
use toml::Spanned;

use crate::model::{
    AccessBasis, AccessLevel, Authentication, Controller, Direction, Factsheet, Hosting,
    PeriodUnit, Principle, Region, RetentionEnd, RetentionStart, TransferMechanism, Transport,
};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Organisation {
    pub name: Spanned<String>,
    pub controller: Spanned<bool>,
    pub processor: bool,
    pub contact: Spanned<String>,
    pub privacy_policy: Spanned<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Principles {
    pub applies: Vec<Spanned<Principle>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Processing {
    pub subjects: Vec<Spanned<String>>,
    pub categories: Vec<Spanned<String>>,
    pub special_categories: bool,
    pub controller: Controller,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Storage {
    pub location: Vec<Location>,
    pub exports: Option<Exports>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Location {
    pub provider: Spanned<String>,
    pub hosting: Hosting,
    pub city: Spanned<String>,
    pub country: Spanned<String>,
    #[serde(default)]
    pub certifications: Vec<Spanned<String>>,
    pub special_categories: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Exports {
    pub provider: Spanned<String>,
    pub region: Region,
    pub includes_special_categories: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Subprocessors {
    #[serde(default)]
    pub subprocessor: Vec<Subprocessor>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Subprocessor {
    pub name: Spanned<String>,
    pub personal_data: bool,
    pub outside_eea: Spanned<bool>,
    pub mechanism: Option<Spanned<TransferMechanism>>,
    pub security: Option<Spanned<String>>,
    /// From when the sub-processor is engaged, if that is still to come (advance notice).
    pub effective: Option<Spanned<toml::value::Datetime>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Retention {
    pub period: Period,
    pub starts: RetentionStart,
    pub customer_may_change: bool,
    pub at_end: Vec<Spanned<RetentionEnd>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Period {
    pub count: Spanned<u32>,
    pub unit: PeriodUnit,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Access {
    pub basis: AccessBasis,
    pub review_standard: Spanned<String>,
    pub privacy_training: bool,
    #[serde(default)]
    pub group: Vec<AccessGroup>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct AccessGroup {
    pub id: Spanned<String>,
    pub access: AccessLevel,
    pub confidentiality_agreement: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Integrations {
    #[serde(default)]
    pub integration: Vec<Integration>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Integration {
    pub id: Spanned<String>,
    pub flow: Vec<Flow>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Flow {
    pub direction: Direction,
    pub data: Vec<Spanned<String>>,
    pub purpose: Spanned<String>,
    pub transport: Transport,
    pub authentication: Authentication,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Dpia {
    pub factsheet: Spanned<Factsheet>,
    pub link: Option<Spanned<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Breach {
    pub monitoring: Vec<Spanned<String>>,
    pub notification_deadline_hours: Spanned<u32>,
}
