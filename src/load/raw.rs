//! Content as written: one struct per file of `content/`, with spans kept on every value that
//! validation may need to point at. Deserializing checks syntax, types, unknown and missing
//! fields and enum values; everything else is [`validate`](crate::validate)'s job.

use schemars::JsonSchema;
use serde::Deserialize;
use toml::Spanned;

use crate::model::{
    AccessBasis, AccessLevel, Authentication, Controller, Direction, Factsheet, Frequency, Hosting,
    NoticeException, PeriodUnit, Principle, Region, RetentionEnd, RetentionStart,
    TransferMechanism, Transport,
};

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Organisation {
    /// The organisation's name, as every page shows it.
    #[schemars(with = "String")]
    pub name: Spanned<String>,
    /// Whether it is the controller of personal data it collects for itself (website visitors,
    /// applicants).
    #[schemars(with = "bool")]
    pub controller: Spanned<bool>,
    /// Whether it processes personal data on behalf of its customers.
    #[schemars(with = "bool")]
    pub processor: Spanned<bool>,
    /// Where people reach the privacy team: a `mailto:` or `https://` link.
    #[schemars(with = "crate::model::Link")]
    pub contact: Spanned<String>,
    /// Its own privacy policy, for the data it controls: an `https://` link.
    #[schemars(with = "crate::model::Link")]
    pub privacy_policy: Spanned<String>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Principles {
    /// The principles of GDPR Article 5 it applies, in the order the page lists them.
    #[schemars(with = "Vec<Principle>", length(min = 1))]
    pub applies: Spanned<Vec<Spanned<Principle>>>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Processing {
    /// Whose data it processes: ids of data subjects, each named by `subject-<id>` in every locale.
    #[schemars(with = "Vec<String>", length(min = 1))]
    pub subjects: Spanned<Vec<Spanned<String>>>,
    /// What data it processes: ids of data categories, each named by `category-<id>` in every
    /// locale.
    #[schemars(with = "Vec<String>", length(min = 1))]
    pub categories: Spanned<Vec<Spanned<String>>>,
    /// Whether that includes special categories of personal data (GDPR Art. 9, such as health
    /// data).
    pub special_categories: bool,
    /// Who controls the customers' data: `customer` (the customer is the controller, the
    /// organisation its processor) or `organisation`.
    #[schemars(with = "Controller")]
    pub controller: Spanned<Controller>,
    /// Why it processes the data, the purposes Annex I.B of the standard contractual clauses
    /// asks for: ids, each named by `processing-purpose-<id>` in every locale. The annex says
    /// "not stated" without them.
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub purposes: Vec<Spanned<String>>,
    /// What it does with the data, the nature of the processing Annex I.B asks for (collects,
    /// stores, analyses…): ids, each named by `processing-operation-<id>` in every locale.
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub operations: Vec<Spanned<String>>,
    /// How often the data is transferred to it, as Annex I.B asks: `continuous` or `one-off`.
    #[schemars(with = "Option<Frequency>")]
    pub frequency: Option<Spanned<Frequency>>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Storage {
    /// The places where the data is stored, in the order the page lists them.
    #[schemars(with = "Vec<Location>", length(min = 1))]
    pub location: Spanned<Vec<Location>>,
    /// Where data exports a customer requests are shared, if they are.
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
    /// Who hosts it, such as `Amazon Web Services (AWS)`.
    #[schemars(with = "String")]
    pub provider: Spanned<String>,
    /// How it is hosted: virtual-private-servers, dedicated-servers, managed-database or
    /// own-data-centre.
    pub hosting: Hosting,
    /// The city of the data centre.
    #[schemars(with = "String")]
    pub city: Spanned<String>,
    /// The country of the data centre: an ISO 3166-1 alpha-2 code, such as `DE`.
    #[schemars(with = "String")]
    pub country: Spanned<String>,
    /// Its certifications, such as `ISO 27001`.
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub certifications: Vec<Spanned<String>>,
    /// Whether it holds special-category (sensitive) personal data.
    pub special_categories: bool,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Exports {
    /// Who provides the share, such as `Google`.
    #[schemars(with = "String")]
    pub provider: Spanned<String>,
    /// Where the shared exports are kept: `eea` (European Economic Area) or `eu` (European Union).
    pub region: Region,
    /// Whether the exports include special-category (sensitive) personal data.
    pub includes_special_categories: bool,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Subprocessors {
    /// The sub-processors the organisation engages, in the order the page lists them.
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
    /// Its name, unique among the sub-processors.
    #[schemars(with = "String")]
    pub name: Spanned<String>,
    /// Whether it processes personal data of the customers' users.
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
    #[schemars(with = "Vec<String>", length(min = 1))]
    pub countries: List,
    /// Its country of incorporation or headquarters (ISO 3166-1 alpha-2).
    #[schemars(with = "Option<String>")]
    pub headquarters: Option<Spanned<String>>,
    /// The group the page lists it in: an id named by `subprocessor-group-<id>`
    /// (`infrastructure`, `service-provider`, `affiliate`, or the site's own).
    #[schemars(with = "Option<String>")]
    pub group: Option<Spanned<String>>,
    /// The data categories it receives: ids from processing.toml's `categories`.
    #[serde(default)]
    #[schemars(with = "Vec<String>", length(min = 1))]
    pub data_categories: List,
    /// The data subjects whose data it receives: ids from processing.toml's `subjects`.
    #[serde(default)]
    #[schemars(with = "Vec<String>", length(min = 1))]
    pub data_subjects: List,
    /// Its postal address, for the contract annex.
    #[schemars(with = "Option<String>")]
    pub address: Option<Spanned<String>>,
    /// Its privacy contact: a `mailto:` or `https:` link.
    #[schemars(with = "Option<crate::model::Link>")]
    pub contact: Option<Spanned<String>>,
    /// An `https:` link to its own list of sub-processors.
    #[schemars(with = "Option<crate::model::Link>")]
    pub list: Option<Spanned<String>>,
    /// The products or features it serves, where the site has several: ids named by
    /// `applies-to-<id>`.
    #[serde(default)]
    #[schemars(with = "Vec<String>", length(min = 1))]
    pub applies_to: List,
    /// The date it was engaged, such as 2024-05-01; without it, the first publication that
    /// listed it.
    #[schemars(with = "Option<crate::model::IsoDate>")]
    pub engaged: Option<Spanned<toml::value::Datetime>>,
    /// A link to its security measures: `https://` (or `mailto:`).
    #[schemars(with = "Option<crate::model::Link>")]
    pub security: Option<Spanned<String>>,
    /// Why a new sub-processor is published with less than the site's notice period.
    pub notice_exception: Option<NoticeException>,
    /// From when the sub-processor is engaged, if that is still to come (advance notice); for
    /// one engaged already, from when a change to it takes effect. A date, such as 2027-03-01.
    #[schemars(with = "Option<crate::model::IsoDate>")]
    pub effective: Option<Spanned<toml::value::Datetime>>,
}

/// A sub-processor's optional list, as written: its items, and where the list stands when it
/// is written at all, so that an empty one (`data-categories = []`, which states nothing) can
/// be told from one left out.
#[derive(Debug, Default)]
pub struct List {
    items: Vec<Spanned<String>>,
    written: Option<std::ops::Range<usize>>,
}

impl List {
    /// Where a list written with no item stands.
    pub fn written_empty(&self) -> Option<std::ops::Range<usize>> {
        self.written.clone().filter(|_| self.items.is_empty())
    }
}

impl std::ops::Deref for List {
    type Target = [Spanned<String>];

    fn deref(&self) -> &Self::Target {
        &self.items
    }
}

impl<'a> IntoIterator for &'a List {
    type Item = &'a Spanned<String>;
    type IntoIter = std::slice::Iter<'a, Spanned<String>>;

    fn into_iter(self) -> Self::IntoIter {
        self.items.iter()
    }
}

impl<'de> Deserialize<'de> for List {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let list = Spanned::<Vec<Spanned<String>>>::deserialize(deserializer)?;
        Ok(List {
            written: Some(list.span()),
            items: list.into_inner(),
        })
    }
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Retention {
    /// How long personal data is kept by default.
    pub period: Period,
    /// When the period starts: contract-end, collection or last-activity.
    pub starts: RetentionStart,
    /// Whether a customer may agree another period in its data processing agreement.
    pub customer_may_change: bool,
    /// What happens when the period ends, in order: any of return-to-customer, delete, anonymise.
    #[schemars(with = "Vec<RetentionEnd>", length(min = 1))]
    pub at_end: Vec<Spanned<RetentionEnd>>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Period {
    /// How many units: a whole number, 1 or more.
    #[schemars(with = "u32", range(min = 1))]
    pub count: Spanned<u32>,
    /// The unit: days, months or years.
    pub unit: PeriodUnit,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Access {
    /// The basis on which staff get access: need-to-know or role-based.
    pub basis: AccessBasis,
    /// The standard whose access-rights principle the periodic review follows, such as `ISO 27001`.
    #[schemars(with = "String")]
    pub review_standard: Spanned<String>,
    /// Whether all employees receive privacy and security training.
    pub privacy_training: bool,
    /// Groups of staff, from most to least access; each id needs `access-group-<id>` and
    /// `access-purpose-<id>` in every locale. At least one: the page's table of who has access
    /// lists them.
    #[schemars(with = "Vec<AccessGroup>", length(min = 1))]
    pub group: Spanned<Vec<AccessGroup>>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct AccessGroup {
    /// The group's id: lowercase letters, digits and `-`.
    #[schemars(with = "String")]
    pub id: Spanned<String>,
    /// What it may see: full, user-data or none.
    pub access: AccessLevel,
    /// Whether its members have signed a confidentiality agreement; left out where the site does
    /// not say.
    #[serde(default)]
    pub confidentiality_agreement: Option<bool>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Integrations {
    /// Systems of the customers the organisation exchanges data with.
    #[serde(default)]
    pub integration: Vec<Integration>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Integration {
    /// The system's id, named by `system-<id>` in every locale.
    #[schemars(with = "String")]
    pub id: Spanned<String>,
    /// The data flows between that system and the organisation's.
    #[schemars(with = "Vec<Flow>", length(min = 1))]
    pub flow: Spanned<Vec<Flow>>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Flow {
    /// `inbound`: from the customer's system to the organisation's; `outbound`: the other way.
    pub direction: Direction,
    /// The data categories it carries: ids from processing.toml's `categories`.
    #[schemars(with = "Vec<String>", length(min = 1))]
    pub data: Spanned<Vec<Spanned<String>>>,
    /// Why: an id named by `purpose-<id>` in every locale.
    #[schemars(with = "String")]
    pub purpose: Spanned<String>,
    /// How it is secured in transit: tls, mutual-tls or vpn.
    pub transport: Transport,
    /// How it is authenticated: saml, oauth2, openid-connect, api-key or mutual-tls.
    pub authentication: Authentication,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Dpia {
    /// How customers get the factsheet for their data protection impact assessments (GDPR Art. 35):
    /// on-request, published or none.
    #[schemars(with = "Factsheet")]
    pub factsheet: Spanned<Factsheet>,
    /// Only with `factsheet = "published"`: where it is, an `https://` link.
    #[schemars(with = "Option<crate::model::Link>")]
    pub link: Option<Spanned<String>>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Breach {
    /// The logging, monitoring and audit systems that detect a breach.
    #[schemars(with = "Vec<String>", length(min = 1))]
    pub monitoring: Spanned<Vec<Spanned<String>>>,
    /// Within how many hours, where feasible, after the organisation becomes aware of a personal
    /// data breach it notifies the customers affected (without undue delay in any case), as the
    /// page says: 1 or more.
    #[schemars(with = "Hours")]
    pub notification_deadline_hours: Spanned<Hours>,
}

/// A number of hours, 1 or more. Read with an error that says so: serde's own for a `u32`
/// would call `-5` invalid TOML.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hours(pub u32);

/// A whole number a field holds, from [`Self::MIN`] to [`Self::MAX`]: one out of bounds, of
/// whatever size, is refused saying what is expected ([`Self::EXPECTED`]), not Rust's type.
pub trait Whole: Sized {
    const MIN: u32;
    const MAX: u32;
    const EXPECTED: &str;
    fn new(n: u32) -> Self;
}

/// Reads a [`Whole`] number.
pub fn deserialize_whole<'de, T: Whole, D: serde::Deserializer<'de>>(d: D) -> Result<T, D::Error> {
    struct Visitor<T>(std::marker::PhantomData<T>);
    impl<T: Whole> serde::de::Visitor<'_> for Visitor<T> {
        type Value = T;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str(T::EXPECTED)
        }
        fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<T, E> {
            u32::try_from(v)
                .ok()
                .filter(|n| (T::MIN..=T::MAX).contains(n))
                .map(T::new)
                .ok_or_else(|| E::invalid_value(serde::de::Unexpected::Signed(v), &self))
        }
        fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<T, E> {
            match i64::try_from(v) {
                Ok(v) => self.visit_i64(v),
                Err(_) => Err(E::invalid_value(serde::de::Unexpected::Unsigned(v), &self)),
            }
        }
    }
    d.deserialize_u32(Visitor(std::marker::PhantomData))
}

impl<'de> Deserialize<'de> for Hours {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        deserialize_whole(d)
    }
}

impl Whole for Hours {
    const MIN: u32 = 1;
    /// A year: the deadline is told on every page, and a contract's is hours or days.
    const MAX: u32 = 8760;
    const EXPECTED: &str = "a whole number of hours from 1 to 8760 (a year), such as 24";
    fn new(n: u32) -> Hours {
        Hours(n)
    }
}

impl JsonSchema for Hours {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Hours".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "integer",
            "minimum": Hours::MIN,
            "maximum": Hours::MAX,
            "description": Hours::EXPECTED,
        })
    }
}
