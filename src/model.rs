//! The validated data model: the facts a site publishes, checked and with references resolved.
//!
//! Built only by [`crate::validate::content`] from the raw content. A value of [`Model`] is
//! known to be consistent (no transfer outside the EEA without a mechanism, no unknown country,
//! no unsafe link), so rendering never re-checks it. It serializes into the template context
//! and, as the canonical form of the facts, into the publication snapshot of `candor.lock`.

use std::collections::BTreeSet;
use std::sync::Arc;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Declares a closed set of values as written in content files (kebab-case), with the Fluent
/// message that names each value in every language (`<prefix>-<value>`).
macro_rules! vocabulary {
    ($(#[$meta:meta])* $name:ident, $prefix:literal { $($(#[$vmeta:meta])* $variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize, Serialize, JsonSchema)]
        pub enum $name {
            $($(#[$vmeta])* #[serde(rename = $text)] $variant),+
        }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: &[Self] = &[$(Self::$variant),+];

            /// The value as written in content files.
            pub fn as_str(self) -> &'static str {
                match self { $(Self::$variant => $text),+ }
            }

            /// The Fluent message that names this value.
            pub fn message_id(self) -> String {
                format!("{}-{}", $prefix, self.as_str())
            }

            /// Every value as written, with the Fluent message that names it.
            fn words() -> impl Iterator<Item = (&'static str, String)> {
                Self::ALL.iter().map(|v| (v.as_str(), v.message_id()))
            }
        }
    };
}

vocabulary!(
    /// A principle of GDPR Article 5(1) and (2).
    Principle, "principle" {
        LawfulnessFairnessTransparency = "lawfulness-fairness-transparency",
        PurposeLimitation = "purpose-limitation",
        DataMinimisation = "data-minimisation",
        Accuracy = "accuracy",
        StorageLimitation = "storage-limitation",
        IntegrityConfidentiality = "integrity-confidentiality",
        Accountability = "accountability",
    }
);

vocabulary!(
    /// Who controls the personal data processed for customers.
    Controller, "control-body" {
        /// The customer is the controller, the organisation its processor.
        Customer = "customer",
        /// The organisation controls it itself.
        Organisation = "organisation",
    }
);

vocabulary!(
    /// How often personal data is transferred to the organisation for its processing (Annex
    /// I.B of the standard contractual clauses).
    Frequency, "processing-frequency" {
        /// For as long as the service is provided.
        Continuous = "continuous",
        /// Once.
        OneOff = "one-off",
    }
);

vocabulary!(
    /// How a storage location is hosted.
    Hosting, "hosting" {
        VirtualPrivateServers = "virtual-private-servers",
        DedicatedServers = "dedicated-servers",
        ManagedDatabase = "managed-database",
        OwnDataCentre = "own-data-centre",
    }
);

vocabulary!(
    /// A region data may be confined to.
    Region, "region" {
        Eea = "eea",
        Eu = "eu",
    }
);

vocabulary!(
    /// The legal basis of a transfer of personal data outside the EEA (GDPR Chapter V).
    TransferMechanism, "mechanism" {
        /// Art. 46(2)(c).
        StandardContractualClauses = "standard-contractual-clauses",
        /// Art. 45.
        AdequacyDecision = "adequacy-decision",
        /// Art. 46(2)(b), approved under Art. 47.
        BindingCorporateRules = "binding-corporate-rules",
        /// Art. 45: the EU-US Data Privacy Framework (Decision (EU) 2023/1795), for a recipient
        /// certified under it.
        DataPrivacyFramework = "data-privacy-framework",
        /// The UK's International Data Transfer Addendum to the standard contractual clauses,
        /// for transfers under the UK GDPR.
        UkAddendum = "uk-addendum",
        /// Art. 49(1): a derogation for a specific situation, such as explicit consent.
        Derogation = "art-49-derogation",
    }
);

vocabulary!(
    /// When a retention period starts to run.
    RetentionStart, "retention-starts" {
        ContractEnd = "contract-end",
        Collection = "collection",
        LastActivity = "last-activity",
    }
);

vocabulary!(
    /// What happens to personal data when its retention period ends.
    RetentionEnd, "retention-end" {
        ReturnToCustomer = "return-to-customer",
        Delete = "delete",
        Anonymise = "anonymise",
    }
);

vocabulary!(
    /// On which basis access is granted.
    AccessBasis, "access-basis" {
        NeedToKnow = "need-to-know",
        RoleBased = "role-based",
    }
);

vocabulary!(
    /// How much a group of staff can see.
    AccessLevel, "access-level" {
        Full = "full",
        UserData = "user-data",
        None = "none",
    }
);

vocabulary!(
    /// Which way an integration's data flows.
    Direction, "direction" {
        /// From the customer's system to the organisation.
        Inbound = "inbound",
        /// From the organisation to the customer's system.
        Outbound = "outbound",
    }
);

vocabulary!(
    /// How a data flow is protected in transit.
    Transport, "transport" {
        Tls = "tls",
        MutualTls = "mutual-tls",
        Vpn = "vpn",
    }
);

vocabulary!(
    /// How the two ends of a data flow authenticate.
    Authentication, "authentication" {
        Saml = "saml",
        OAuth2 = "oauth2",
        OpenIdConnect = "openid-connect",
        ApiKey = "api-key",
        MutualTls = "mutual-tls",
    }
);

vocabulary!(
    /// How customers get the DPIA factsheet.
    Factsheet, "dpia-factsheet" {
        OnRequest = "on-request",
        Published = "published",
        None = "none",
    }
);

/// Why a new sub-processor is engaged with less notice than the site promises.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum NoticeException {
    /// A sub-processor replaced in an emergency (an outage, an insolvency, a breach).
    EmergencyReplacement,
    /// The law requires the change at once.
    LegalObligation,
}

impl NoticeException {
    /// The exception as written in content files, and as the `notice-exception` message
    /// selects it.
    pub fn as_str(self) -> &'static str {
        match self {
            NoticeException::EmergencyReplacement => "emergency-replacement",
            NoticeException::LegalObligation => "legal-obligation",
        }
    }
}

/// The unit of a retention period; it selects a plural form in the `retention-period` message
/// rather than naming itself, so it has no label messages of its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum PeriodUnit {
    Days,
    Months,
    Years,
}

impl PeriodUnit {
    /// The unit as written in content files, and as the `retention-period` message selects it.
    pub fn as_str(self) -> &'static str {
        match self {
            PeriodUnit::Days => "days",
            PeriodUnit::Months => "months",
            PeriodUnit::Years => "years",
        }
    }
}

/// Every message that names a fixed value: the source language must define them all.
pub fn vocabulary_message_ids() -> Vec<String> {
    vocabulary_words().map(|(_, id)| id).collect()
}

/// Every message that names a fixed value, with the value as content files write it (a
/// principle's explanation, `principle-<value>-body`, with its principle's).
fn vocabulary_words() -> impl Iterator<Item = (&'static str, String)> {
    let principles =
        Principle::words().flat_map(|(value, id)| [(value, format!("{id}-body")), (value, id)]);
    principles
        .chain(Controller::words())
        .chain(Frequency::words())
        .chain(Hosting::words())
        .chain(Region::words())
        .chain(TransferMechanism::words())
        .chain(RetentionStart::words())
        .chain(RetentionEnd::words())
        .chain(AccessBasis::words())
        .chain(AccessLevel::words())
        .chain(Direction::words())
        .chain(Transport::words())
        .chain(Authentication::words())
        .chain(Factsheet::words())
}

/// The vocabulary's words by message id, with the value each names.
fn vocabulary() -> &'static std::collections::HashMap<String, &'static str> {
    static WORDS: std::sync::OnceLock<std::collections::HashMap<String, &'static str>> =
        std::sync::OnceLock::new();
    WORDS.get_or_init(|| vocabulary_words().map(|(value, id)| (id, value)).collect())
}

/// Whether the message `id` is the words of some fact, shown only where a fact has it: the
/// label of an id of the content ([`Label`]), or the name of a fixed value
/// ([`vocabulary_message_ids`]), which a page shows only for a value its facts hold (qa112:
/// "once" reworded, a frequency no fact states, was a publication).
pub fn is_fact_word(id: &str) -> bool {
    Label::is_label(id) || vocabulary().contains_key(id)
}

/// A kind of words the site names by an id of its content: the label of a data subject, a
/// category of data, a purpose… is the message `<prefix>-<id>` in every locale
/// (`subject-patients`). Only a fact that names the id shows its label: a label left behind in
/// the locale files after its fact went shows nowhere ([`Labels::shows`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Label {
    Subject,
    Category,
    ProcessingPurpose,
    ProcessingOperation,
    SubprocessorPurpose,
    SubprocessorGroup,
    AppliesTo,
    AccessGroup,
    AccessPurpose,
    System,
    Purpose,
}

impl Label {
    pub const ALL: [Label; 11] = [
        Label::Subject,
        Label::Category,
        Label::ProcessingPurpose,
        Label::ProcessingOperation,
        Label::SubprocessorPurpose,
        Label::SubprocessorGroup,
        Label::AppliesTo,
        Label::AccessGroup,
        Label::AccessPurpose,
        Label::System,
        Label::Purpose,
    ];

    /// What its messages' ids begin with, before the `-` and the fact's id.
    pub fn prefix(self) -> &'static str {
        match self {
            Label::Subject => "subject",
            Label::Category => "category",
            Label::ProcessingPurpose => "processing-purpose",
            Label::ProcessingOperation => "processing-operation",
            Label::SubprocessorPurpose => "subprocessor-purpose",
            Label::SubprocessorGroup => "subprocessor-group",
            Label::AppliesTo => "applies-to",
            Label::AccessGroup => "access-group",
            Label::AccessPurpose => "access-purpose",
            Label::System => "system",
            Label::Purpose => "purpose",
        }
    }

    /// The message that labels the id `id`.
    pub fn message(self, id: &str) -> String {
        format!("{}-{id}", self.prefix())
    }

    /// Whether the message `id` is a label of some fact's id, of any kind.
    pub fn is_label(id: &str) -> bool {
        Label::ALL.iter().any(|label| {
            id.strip_prefix(label.prefix())
                .and_then(|rest| rest.strip_prefix('-'))
                .is_some_and(|rest| !rest.is_empty())
        })
    }
}

/// The words of facts one model's facts hold ([`Model::labels`]): the labels they name and the
/// names of their values, by message id; and whether its page shows changes to come.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Labels {
    named: BTreeSet<String>,
    changes_to_come: bool,
}

impl Labels {
    /// Whether its page shows changes to sub-processors still to come (in the words of the
    /// change log's entries): taken to, unless the history read says otherwise
    /// ([`Labels::without_changes_to_come`]).
    pub fn changes_to_come(&self) -> bool {
        self.changes_to_come
    }

    /// The same, of a page that shows no change still to come.
    pub fn without_changes_to_come(self) -> Labels {
        Labels {
            changes_to_come: false,
            ..self
        }
    }

    /// Whether its facts name the label `id`.
    pub fn names(&self, id: &str) -> bool {
        self.named.contains(id)
    }

    /// The labels its facts name, and the names of their values, by message id.
    pub fn named(&self) -> impl Iterator<Item = &str> {
        self.named.iter().map(String::as_str)
    }

    /// Whether a page made of its facts may show the message `id`: any message but the words of
    /// a fact they do not hold ([`is_fact_word`]): a label left in the locale files after its
    /// fact went (or written before it comes), or the name of a value none of them has, which
    /// no page shows.
    pub fn shows(&self, id: &str) -> bool {
        !is_fact_word(id) || self.names(id)
    }

    /// Adds the words of a statement of a sub-processor the page shows besides the model's
    /// own (the one in effect until a change announced ahead takes effect): its labels and the
    /// names of its values.
    pub fn add_statement(&mut self, s: &Subprocessor) {
        self.add_labels_of(s);
        self.add_values(s);
    }

    /// Adds the labels the sub-processor `s` names.
    fn add_labels_of(&mut self, s: &Subprocessor) {
        let purposes = s
            .purpose
            .iter()
            .map(|id| Label::SubprocessorPurpose.message(id));
        let groups = s
            .group
            .iter()
            .map(|id| Label::SubprocessorGroup.message(id));
        let products = s.applies_to.iter().map(|id| Label::AppliesTo.message(id));
        self.named.extend(purposes.chain(groups).chain(products));
    }

    /// Adds the names of the fixed values `facts` hold ([`vocabulary_message_ids`]), wherever
    /// they hold them: every string of their serialized form that is a value's is taken for it.
    fn add_values(&mut self, facts: &impl Serialize) {
        fn strings<'v>(value: &'v serde_json::Value, out: &mut BTreeSet<&'v str>) {
            match value {
                serde_json::Value::String(s) => {
                    out.insert(s);
                }
                serde_json::Value::Array(items) => items.iter().for_each(|v| strings(v, out)),
                serde_json::Value::Object(fields) => fields.values().for_each(|v| strings(v, out)),
                _ => {}
            }
        }
        let Ok(value) = serde_json::to_value(facts) else {
            return;
        };
        let mut held = BTreeSet::new();
        strings(&value, &mut held);
        let named = (vocabulary().iter()).filter(|(_, value)| held.contains(*value));
        self.named.extend(named.map(|(id, _)| id.clone()));
    }

    /// Every label its facts name, by message id.
    pub fn iter(&self) -> impl Iterator<Item = &str> {
        self.named.iter().map(String::as_str)
    }
}

/// A link that was checked to be `https:` or `mailto:`.
// Deserializing checks it too, so that a link read back from a publication in `candor.lock` is
// as safe as one from `content/`. (A doc comment here would become the JSON Schema's text.)
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Link(String);

/// The schema says what [`Link::parse`] accepts, as near as a pattern can: an editor flags an
/// `http:` link before candor does.
impl JsonSchema for Link {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Link".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "description": "An absolute `https://` link with a host name, or a `mailto:` link with an e-mail address; no spaces.",
            "pattern": r"^(https://[^\s/?#@]+\.[^\s/?#]+([/?#]\S*)?|mailto:\S+@\S+)$",
        })
    }
}

/// The schema of a date as content files write it and `data.json` states it: ISO 8601,
/// `2027-03-01`. (A TOML date is text to JSON Schema, so a schema cannot tell it from a date in
/// quotes; candor does.)
pub struct IsoDate;

impl JsonSchema for IsoDate {
    fn inline_schema() -> bool {
        true
    }
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "IsoDate".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "format": "date",
            "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
        })
    }
}

/// Whether `address`, after `mailto:`, is one plain e-mail address (`privacy@example.com`): what
/// the notices' e-mails name as their sender. No query (`?subject=`), no second address, no
/// brackets or encoded characters; a domain with a dot, written in ASCII (a domain of other
/// letters in its `xn--` form).
fn plain_address(address: &str) -> Result<(), &'static str> {
    const WHY: &str = "a mailto: link is one plain address, such as \
                       mailto:privacy@example.com: no `?subject=`, no second address, no `<>`, \
                       and a domain in ASCII (its `xn--` form)";
    let Some((local, domain)) = address.split_once('@') else {
        return Err(WHY);
    };
    let local_ok = !local.is_empty()
        && local
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "!#$&'*+-/=^_`{|}~.".contains(c));
    let domain_ok = domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && domain
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.');
    if local_ok && domain_ok {
        Ok(())
    } else {
        Err(WHY)
    }
}

impl Link {
    /// A link readers may follow: `https:` with a host name, or `mailto:` with an address; no
    /// spaces, control or invisible characters. The error says why not.
    pub fn parse(text: &str) -> Result<Link, &'static str> {
        // The URL parser would quietly drop a tab or encode a bidi override; the page would
        // still show the text as written.
        if text
            .chars()
            .any(|c| c.is_whitespace() || crate::text::forbidden_in_words(c).is_some())
        {
            return Err("a link contains no spaces, control, invisible or private-use characters");
        }
        let url = url::Url::parse(text).map_err(|_| "not an absolute URL")?;
        match url.scheme() {
            "https" if url.host_str().is_some_and(|h| h.contains('.')) => Ok(Link(text.into())),
            "https" => Err("an https: link needs a host name"),
            "mailto" if url.path().contains('@') => Ok(Link(text.into())),
            "mailto" => Err("a mailto: link needs an e-mail address"),
            "http" => Err("http: links are not encrypted; use https:"),
            _ => Err("only https: and mailto: links are allowed"),
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The link as a reader writes it: an e-mail address without `mailto:`, a web address as
    /// it is.
    pub fn address(&self) -> &str {
        self.0.trim_start_matches("mailto:")
    }

    /// What a new fact's link must be besides what [`Link::parse`] checks (which also reads the
    /// links of the history, recorded under its rules): written as browsers read it, so that the
    /// page links where it says, and with no user name or password in it, which the page, the
    /// machine-readable files and `candor.lock` would publish for good.
    pub fn as_written(text: &str) -> Result<(), &'static str> {
        if text.contains('\\') {
            return Err("a link holds no backslash");
        }
        // Nothing in a link is invisible: not even a soft hyphen, a joiner or a direction mark,
        // which names and sentences may need.
        let ignorable = icu_properties::CodePointSetData::new::<
            icu_properties::props::DefaultIgnorableCodePoint,
        >();
        if text
            .chars()
            .any(|c| ignorable.contains(c) || crate::text::forbidden_in_fact(c).is_some())
        {
            return Err("a link contains no invisible characters");
        }
        if let Some(address) = text.strip_prefix("mailto:") {
            plain_address(address)?;
            let domain = address.rsplit_once('@').map_or("", |(_, d)| d);
            return match look_alike(domain) {
                true => Err(LOOK_ALIKE),
                false => Ok(()),
            };
        }
        // Characters an address may not hold as they are (RFC 3986): browsers encode them, so
        // the link would lead elsewhere than the text says, and the machine-readable files would
        // publish an address that is none.
        if text.contains(['"', '<', '>', '^', '`', '{', '|', '}']) {
            return Err(
                "a link holds none of \" < > ^ { | } or a backquote as they are: write each as an address escapes it (`%22`, `%3C`, …)",
            );
        }
        let Some(rest) = text.strip_prefix("https://") else {
            return Err("a link starts with `https://` or `mailto:`, in lower case");
        };
        let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
        if authority.is_empty() {
            return Err("an https: link needs a host name right after `https://`");
        }
        if authority.contains('@') {
            return Err(
                "a link names no user or password: the page and the history would publish it",
            );
        }
        match url::Url::parse(text).map(|url| url.host().map(|h| h.to_owned())) {
            Ok(Some(url::Host::Domain(host))) if look_alike(&host) => Err(LOOK_ALIKE),
            Ok(Some(url::Host::Domain(_))) => Ok(()),
            Ok(Some(_)) => Err("an https: link needs a host name, not an IP address"),
            _ => Err("an https: link needs a host name"),
        }
    }
}

/// Why a look-alike host is refused ([`look_alike`]).
const LOOK_ALIKE: &str = "a host name reads as another: a label mixes letters of two scripts (a Cyrillic letter in a Latin name), is all of letters that read as Latin ones, or holds a character that is not a letter, a digit or a hyphen (one that reads as a slash or a dot): write it as its owner does";

/// Whether `domain` (as written, in its `xn--` form, or percent-encoded as the URL parser
/// leaves it: punycode), once read, has a label that reads as something it is not, as browsers
/// judge when they show a host in its `xn--` form instead: letters of two scripts
/// ([`mixes_scripts`]); letters not Latin that all read as Latin ones (qa79: `аррӏе`, all
/// Cyrillic, by the confusable skeleton of Unicode TR39); or a character that is no letter,
/// digit, mark or hyphen (`⁄`, which reads as a slash).
pub fn look_alike(domain: &str) -> bool {
    let (read, _) = idna::domain_to_unicode(domain);
    read.split('.').any(|label| {
        let odd = label.chars().any(|c| {
            !(c.is_alphanumeric()
                || c == '-'
                || unicode_script::UnicodeScript::script(&c) == unicode_script::Script::Inherited)
        });
        let reads_as_latin =
            !label.is_ascii() && unicode_security::skeleton(label).all(|c| c.is_ascii());
        odd || reads_as_latin || mixes_scripts(label)
    })
}

/// Whether `label`, one name of a host as written, holds letters of two scripts, as a look-alike
/// of a Latin name does with a Cyrillic or Greek letter in it (qa73: `hubspоt`). Han, kana,
/// Hangul and Bopomofo go with each other and with Latin, as Japanese, Chinese and Korean
/// names mix them (as browsers allow, showing such a name as written).
fn mixes_scripts(label: &str) -> bool {
    use unicode_script::{Script, UnicodeScript};
    let east_asian = |s: &Script| {
        matches!(
            s,
            Script::Han | Script::Hiragana | Script::Katakana | Script::Hangul | Script::Bopomofo
        )
    };
    let scripts: Vec<Script> = (label.chars().map(|c| c.script()))
        .filter(|s| !matches!(s, Script::Common | Script::Inherited | Script::Unknown))
        .collect();
    let (east_asian, others): (Vec<Script>, Vec<Script>) =
        scripts.into_iter().partition(east_asian);
    match others.first() {
        None => false,
        Some(first) => {
            others.iter().any(|s| s != first) || (*first != Script::Latin && !east_asian.is_empty())
        }
    }
}

impl TryFrom<String> for Link {
    type Error = String;

    fn try_from(text: String) -> Result<Link, String> {
        Link::parse(&text).map_err(|why| {
            format!(
                "unsafe or malformed link `{}`: {why}",
                crate::text::visible(&text)
            )
        })
    }
}

impl From<Link> for String {
    fn from(link: Link) -> String {
        link.0
    }
}

/// An ISO 3166-1 alpha-2 country code known to CLDR, such as `DE`.
// Deserializing checks it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(try_from = "String", into = "String")]
pub struct Country(String);

impl Country {
    /// The country with ISO code `code`, if CLDR knows it.
    pub fn parse(code: &str) -> Option<Country> {
        crate::intl::is_country(code).then(|| Country(code.to_string()))
    }

    pub fn code(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for Country {
    type Error = String;

    fn try_from(code: String) -> Result<Country, String> {
        Country::parse(&code).ok_or_else(|| format!("unknown country code `{code}`"))
    }
}

impl From<Country> for String {
    fn from(country: Country) -> String {
        country.0
    }
}

/// Everything the site states, validated. Fields added since the first publications are left
/// out of the serialized form when empty, so that what a site recorded before they existed
/// keeps its canonical form (and its last-modified date) when candor is upgraded. It also deserializes from a publication's snapshot
/// (which was validated when it was recorded), to render the archive.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Model {
    /// The organisation that publishes the page.
    pub organisation: Organisation,
    /// The principles of GDPR Article 5 it applies, in the order the page lists them.
    pub principles: Vec<Principle>,
    /// What personal data it processes for its customers, and who controls it.
    pub processing: Processing,
    /// Where the data is stored.
    pub storage: Storage,
    /// The sub-processors it engages, in the order the page lists them.
    // Shared (not documented above, which is the published schema's text): a history holds a
    // model for every publication, and most publications list most rows as the one before did;
    // `Snapshot::model` shares an equal row with it.
    pub subprocessors: Vec<Arc<Subprocessor>>,
    /// How many days ahead it announces a new sub-processor, or a change to one that concerns
    /// the data, during which its customers may object (GDPR Art. 28(2)): `notice-days` in
    /// `candor.toml`. Left out where none is set, or 0.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notice_days: Option<u32>,
    /// How long personal data is kept.
    pub retention: Retention,
    /// Who has access to personal data, and on which basis.
    pub access: Access,
    /// Data flows between its systems and its customers' systems.
    pub integrations: Vec<Integration>,
    /// Support for customers' data protection impact assessments (GDPR Art. 35).
    pub dpia: Dpia,
    /// How personal data breaches are detected and reported.
    pub breach: Breach,
}

impl Model {
    /// The labels its facts name ([`Label`]): every message the validation of the content
    /// asked the locale files for; and the names of the fixed values they hold.
    pub fn labels(&self) -> Labels {
        let mut out = BTreeSet::new();
        let mut add = |label: Label, ids: &mut dyn Iterator<Item = &String>| {
            out.extend(ids.map(|id| label.message(id)));
        };
        let processing = &self.processing;
        add(Label::Subject, &mut processing.subjects.iter());
        add(Label::Category, &mut processing.categories.iter());
        add(Label::ProcessingPurpose, &mut processing.purposes.iter());
        add(
            Label::ProcessingOperation,
            &mut processing.operations.iter(),
        );
        for group in &self.access.groups {
            add(Label::AccessGroup, &mut std::iter::once(&group.id));
            add(Label::AccessPurpose, &mut std::iter::once(&group.id));
        }
        for integration in &self.integrations {
            add(Label::System, &mut std::iter::once(&integration.id));
            add(
                Label::Purpose,
                &mut integration.flows.iter().map(|f| &f.purpose),
            );
        }
        let mut labels = Labels {
            named: out,
            changes_to_come: true,
        };
        for s in &self.subprocessors {
            labels.add_labels_of(s);
        }
        labels.add_values(self);
        labels
    }

    /// Every name it states, as written: its organisation's, its sub-processors' and their
    /// addresses, its storage providers and their cities, its monitoring tools.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        let subprocessors = self
            .subprocessors
            .iter()
            .flat_map(|s| std::iter::once(s.name.as_str()).chain(s.address.as_deref()));
        let storage = self
            .storage
            .locations
            .iter()
            .flat_map(|l| [&*l.provider, &*l.city]);
        let exports = self.storage.exports.iter().map(|e| e.provider.as_str());
        std::iter::once(self.organisation.name.as_str())
            .chain(subprocessors)
            .chain(storage)
            .chain(exports)
            .chain(self.breach.monitoring.iter().map(String::as_str))
    }
}

/// The GDPR roles an organisation has: at least one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Roles {
    Controller,
    Processor,
    Both,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Organisation {
    /// The organisation's name.
    pub name: String,
    /// Its GDPR roles: controller, processor or both.
    pub roles: Roles,
    /// Where people reach the privacy team.
    pub contact: Link,
    /// Its own privacy policy, for the data it controls.
    pub privacy_policy: Link,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Processing {
    /// Ids of data subjects; labels are messages `subject-<id>`.
    pub subjects: Vec<String>,
    /// Ids of data categories; labels are messages `category-<id>`.
    pub categories: Vec<String>,
    /// Whether it includes special categories of personal data (GDPR Art. 9).
    pub special_categories: bool,
    /// Who controls the customers' data: `customer` or `organisation`.
    pub controller: Controller,
    /// Ids of the purposes it processes the data for (Annex I.B of the standard contractual
    /// clauses); labels are messages `processing-purpose-<id>`. Empty where not stated, and
    /// then not written, so that the facts of a site that states none read as before.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub purposes: Vec<String>,
    /// Ids of what it does with the data, the nature of the processing (Annex I.B); labels are
    /// messages `processing-operation-<id>`. Empty where not stated.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub operations: Vec<String>,
    /// Whether the data is transferred continuously or once (Annex I.B); `None` where not
    /// stated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub frequency: Option<Frequency>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Storage {
    /// The places where the data is stored.
    pub locations: Vec<Location>,
    /// Where data exports a customer requests are shared, if they are.
    pub exports: Option<Exports>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Location {
    /// What identifies it across publications: given in the content, or derived from its
    /// provider and city. Its row's anchor on the page is `storage-<id>`.
    // Publications recorded before locations had ids have none: `Snapshot::model` derives it.
    #[serde(default)]
    pub id: String,
    /// Who hosts it.
    pub provider: String,
    /// How it is hosted.
    pub hosting: Hosting,
    /// The city of the data centre.
    pub city: String,
    /// The country of the data centre (ISO 3166-1 alpha-2).
    pub country: Country,
    /// Its certifications.
    pub certifications: Vec<String>,
    /// Whether it holds special-category personal data.
    pub special_categories: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Exports {
    /// Who provides the share.
    pub provider: String,
    /// Where the shared exports are kept: `eea` or `eu`.
    pub region: Region,
    /// Whether the exports include special-category personal data.
    pub special_categories: bool,
}

/// Whether, and on which basis, personal data leaves the EEA. "Not applicable" for the
/// mechanism is this enum's first variant, derived rather than typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "kebab-case")]
#[schemars(transform = describe_transfer_tag)]
pub enum Transfer {
    /// It stays within the EEA.
    WithinEea,
    /// It leaves the EEA, on a legal basis.
    OutsideEea {
        /// The legal basis of the transfer (GDPR Chapter V).
        mechanism: TransferMechanism,
        /// The mechanism the transfer falls back on should the first fail (such as standard
        /// contractual clauses behind the Data Privacy Framework).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        fallback: Option<TransferMechanism>,
    },
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Subprocessor {
    /// What identifies it across publications, whatever its name: given in the content, or
    /// derived from its name, so that a rename is a rename, not a removal and an addition.
    // Publications recorded before ids existed have none: `Snapshot::model` derives it.
    #[serde(default)]
    pub id: String,
    /// Its name.
    pub name: String,
    /// Whether it processes personal data of the customers' users.
    pub personal_data: bool,
    /// Whether, and on which basis, personal data leaves the EEA through it.
    pub transfer: Transfer,
    /// A link to its security measures.
    pub security: Option<Link>,
    /// The date from which it is engaged (ISO 8601), when one was given; for one engaged
    /// already, the date from which these facts take effect (until then the last publication
    /// before them states what is in effect).
    #[schemars(with = "Option<IsoDate>")]
    pub effective: Option<jiff::civil::Date>,
    /// Why it was published with less notice than promised, if it was. Given with the
    /// publication that first stated it, it excepts only what that publication published: kept
    /// on an entry beside a change stated since (a later `effective`), it does not except that
    /// change (`subprocessors.csv` gives it only on the row it excepts).
    pub notice_exception: Option<NoticeException>,
    /// What it does for the organisation: an id named by the message
    /// `subprocessor-purpose-<id>`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub purpose: Option<String>,
    /// The countries where it processes the data.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub countries: Vec<Country>,
    /// Its country of incorporation or headquarters.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub headquarters: Option<Country>,
    /// The group the page lists it in (infrastructure, affiliate, service provider, or the
    /// site's own): an id named by the message `subprocessor-group-<id>`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    /// The data categories it receives (ids of `processing.categories`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub data_categories: Vec<String>,
    /// The data subjects whose data it receives (ids of `processing.subjects`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub data_subjects: Vec<String>,
    /// Its postal address, for the contract annex.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// Its privacy contact.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub contact: Option<Link>,
    /// Its own list of sub-processors.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub list: Option<Link>,
    /// The products or features it serves, where the site has several: ids named by the
    /// message `applies-to-<id>`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub applies_to: Vec<String>,
    /// The date it was engaged, when given; otherwise the page takes the day it was announced
    /// to start, or the first publication that listed it as engaged.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<IsoDate>")]
    pub engaged: Option<jiff::civil::Date>,
}

impl Subprocessor {
    /// It as it stands before it is engaged: processing no personal data, transferring none,
    /// for no purpose and in no country. What its engagement changes is what changes from this.
    pub fn not_engaged(&self) -> Subprocessor {
        Subprocessor {
            personal_data: false,
            transfer: Transfer::WithinEea,
            purpose: None,
            countries: Vec::new(),
            ..self.clone()
        }
    }
}

impl Location {
    /// The ids the page's section of storage gives its own parts under `storage-` (its heading,
    /// `storage-h`; its table's caption, `storage-caption`), which no location's row may take.
    pub const TAKEN_IDS: &[&str] = &["h", "caption"];

    /// The id a location stands for when none is given: its provider's and its city's.
    pub fn derived_id(provider: &str, city: &str) -> String {
        derived_id(&format!("{provider} {city}"))
    }
}

/// The id a name stands for when none is given: its letters and digits, case-folded and
/// without accents, words joined by `-`. "Google Firebase/Analytics" and "Google Firebase /
/// Analytics" are both `google-firebase-analytics`; "Müller GmbH" is `muller-gmbh`.
pub fn derived_id(name: &str) -> String {
    let folded = crate::text::identity_key(name);
    let mut id = String::new();
    let decomposed = icu_normalizer::DecomposingNormalizerBorrowed::new_nfd().normalize(&folded);
    for c in decomposed.chars() {
        if c.is_alphanumeric() && !is_combining(c) {
            id.push(c);
        } else if !is_combining(c) && !id.is_empty() && !id.ends_with('-') {
            id.push('-');
        }
    }
    id.trim_end_matches('-').to_string()
}

/// Whether `c` is a combining mark (an accent once decomposed).
fn is_combining(c: char) -> bool {
    matches!(c, '\u{300}'..='\u{36f}' | '\u{1ab0}'..='\u{1aff}' | '\u{1dc0}'..='\u{1dff}' | '\u{20d0}'..='\u{20ff}' | '\u{fe20}'..='\u{fe2f}')
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Period {
    /// How many units, 1 or more.
    #[schemars(range(min = 1))]
    pub count: u32,
    /// The unit: days, months or years.
    pub unit: PeriodUnit,
}

impl Period {
    /// Whether `other` is as long, written in other units: 24 months are 2 years (a month is
    /// no fixed number of days, so days are as long only as the same number of days).
    pub fn same_length(&self, other: &Period) -> bool {
        let months = |p: &Period| match p.unit {
            PeriodUnit::Days => None,
            PeriodUnit::Months => Some(u64::from(p.count)),
            PeriodUnit::Years => Some(u64::from(p.count) * 12),
        };
        match (months(self), months(other)) {
            (Some(a), Some(b)) => a == b,
            (None, None) => self.count == other.count,
            _ => false,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Retention {
    /// How long personal data is kept by default.
    pub period: Period,
    /// When the period starts.
    pub starts: RetentionStart,
    /// Whether a customer may agree another period in its data processing agreement.
    pub customer_may_change: bool,
    /// What happens when the period ends, in order.
    pub at_end: Vec<RetentionEnd>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Access {
    /// The basis on which staff get access.
    pub basis: AccessBasis,
    /// The standard whose access-rights principle the periodic review follows.
    pub review_standard: String,
    /// Whether all employees receive privacy and security training.
    pub privacy_training: bool,
    /// Groups of staff, from most to least access.
    pub groups: Vec<AccessGroup>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct AccessGroup {
    /// Labels are messages `access-group-<id>` and `access-purpose-<id>`.
    pub id: String,
    /// What the group may see.
    pub access: AccessLevel,
    /// Whether its members have signed a confidentiality agreement; `null` where the site does not
    /// say.
    pub confidentiality_agreement: Option<bool>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Integration {
    /// Label is message `system-<id>`.
    pub id: String,
    /// The data flows between that system and the organisation's.
    pub flows: Vec<Flow>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Flow {
    /// `inbound`: from the customer's system to the organisation's; `outbound`: the other way.
    pub direction: Direction,
    /// Ids of data categories from [`Processing::categories`].
    pub data: Vec<String>,
    /// Label is message `purpose-<id>`.
    pub purpose: String,
    /// How it is secured in transit.
    pub transport: Transport,
    /// How it is authenticated.
    pub authentication: Authentication,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "factsheet", rename_all = "kebab-case")]
#[schemars(transform = describe_dpia_tag)]
pub enum Dpia {
    /// Customers get the factsheet on request.
    OnRequest,
    /// The factsheet is published.
    Published {
        /// Where it is published.
        link: Link,
    },
    /// There is no factsheet.
    None,
}

/// Gives the property a serde tag adds to every variant of a tagged enum (`kind`, `factsheet`)
/// its description, which no doc comment can carry.
fn describe_tag(schema: &mut schemars::Schema, tag: &str, text: &str) {
    let Some(variants) = schema.get_mut("oneOf").and_then(|v| v.as_array_mut()) else {
        return;
    };
    for variant in variants {
        if let Some(property) = variant.pointer_mut(&format!("/properties/{tag}")) {
            property["description"] = text.into();
        }
    }
}

fn describe_transfer_tag(schema: &mut schemars::Schema) {
    describe_tag(
        schema,
        "kind",
        "`within-eea`, or `outside-eea` on the basis `mechanism` says.",
    );
}

fn describe_dpia_tag(schema: &mut schemars::Schema) {
    describe_tag(
        schema,
        "factsheet",
        "How customers get the DPIA factsheet: `on-request`, `published` (at `link`) or `none`.",
    );
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Breach {
    /// The logging, monitoring and audit systems that detect a breach.
    pub monitoring: Vec<String>,
    /// Within how many hours, where feasible, the customers affected by a personal data breach
    /// are notified (without undue delay in any case).
    #[schemars(range(min = 1))]
    pub notification_deadline_hours: u32,
}

#[cfg(test)]
impl Subprocessor {
    /// A sub-processor named `name` (its id derived from the name) that processes no personal
    /// data and keeps it within the EEA, with nothing else stated: for a test to set what it
    /// is about.
    pub(crate) fn named(name: &str) -> Subprocessor {
        Subprocessor {
            id: derived_id(name),
            name: name.into(),
            personal_data: false,
            transfer: Transfer::WithinEea,
            security: None,
            effective: None,
            notice_exception: None,
            purpose: None,
            countries: Vec::new(),
            headquarters: None,
            group: None,
            data_categories: Vec::new(),
            data_subjects: Vec::new(),
            address: None,
            contact: None,
            list: None,
            applies_to: Vec::new(),
            engaged: None,
        }
    }
}
