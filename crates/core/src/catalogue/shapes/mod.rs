//! The one description of each kind of object of the catalogue format. A shape's file
//! holds, side by side, its table (which keys it has, which are required and, with the
//! `schema` feature, what type each holds), its reader (a part of the walker, on the
//! shared plumbing of `super::read`), its writer (`to-json`) and the schema rules that
//! tie its values together (`schema`). A new key is added in one file, and
//! `tests::every_key_of_every_table_is_read` fails until the reader reads it.
//!
//! The walker warns about keys not in a table and reports required keys that are
//! missing; the JSON Schema (`super::schema`, CLI only) is built from the same tables.
//! So the validator and the published schema cannot disagree on names or required
//! fields. Rules that depend on other values (an online channel needs `url` and
//! `online_level`, an amount needs a currency, an inline procedure needs channels and
//! steps) are written once in the reader and once in the shape's schema rules, in the
//! same file.

/// One key of an object.
pub struct FieldSpec {
    pub key: &'static str,
    pub required: bool,
    #[cfg(feature = "schema")]
    pub ty: Ty,
}

/// The keys of one kind of object.
pub struct Shape {
    /// The schema's `$defs` name.
    pub name: &'static str,
    pub fields: &'static [FieldSpec],
    /// What the schema adds to the object beyond its keys' types and `required`.
    #[cfg(feature = "schema")]
    pub rules: Option<fn(&mut super::schema::SchemaEntries)>,
}

impl Shape {
    pub fn knows(&self, key: &str) -> bool {
        self.fields.iter().any(|f| crate::json::key_eq(f.key, key))
    }
}

/// What a key holds, for the schema.
#[cfg(feature = "schema")]
pub enum Ty {
    Id,
    /// A name or title: localised text of at most 1,000 characters.
    Name,
    /// Other localised text, at most 50,000 characters.
    Text,
    TextList,
    String,
    Url,
    Date,
    Bool,
    /// A whole number ≥ 0.
    Count,
    /// A whole number ≥ 1.
    Positive,
    Word(&'static [&'static str]),
    Words(&'static [&'static str]),
    /// A word or an array of words (a procedure's `level`).
    WordOrWords(&'static [&'static str]),
    Ids,
    Format,
    Lang,
    OnlineLevel,
    Currency,
    /// An object of another shape.
    Object(&'static Shape),
    /// An array of objects of another shape.
    List(&'static Shape),
    /// An object, or an array of them (`time_limit`).
    OneOrList(&'static Shape),
    AgencyRefs,
    ChannelRefs,
    Condition,
    /// An array of conditions (`all`, `any`).
    Conditions,
    Stop,
    YesNoStops,
    SeeRefs,
    Documents,
    Alternatives,
    Parts,
}

/// A table: `NAME "schema name" [rules path] { "key" req|opt Ty::…, … }`.
macro_rules! shape {
    ($const:ident $name:literal $(rules $rules:path)? { $($key:literal $req:ident $ty:expr,)* }) => {
        pub static $const: Shape = Shape {
            name: $name,
            fields: &[$(FieldSpec {
                key: $key,
                required: shape!(@req $req),
                #[cfg(feature = "schema")]
                ty: $ty,
            },)*],
            #[cfg(feature = "schema")]
            rules: shape!(@rules $($rules)?),
        };
    };
    (@req req) => { true };
    (@req opt) => { false };
    (@rules $rules:path) => { Some($rules) };
    (@rules) => { None };
}

pub(crate) mod agency;
pub(crate) mod catalogue;
pub(crate) mod channel;
pub(crate) mod condition;
pub(crate) mod deadline;
pub(crate) mod document;
pub(crate) mod fee;
pub(crate) mod field;
pub(crate) mod life_event;
pub(crate) mod link;
pub(crate) mod online_only;
pub(crate) mod procedure;
pub(crate) mod question;
pub(crate) mod step;
pub(crate) mod time_limit;

#[cfg(test)]
mod tests;

pub use agency::AGENCY;
pub use catalogue::{CATALOGUE, CONTACT, INFO, PORTAL};
pub use channel::CHANNEL;
pub use condition::CONDITION;
pub use deadline::DEADLINE;
pub use document::{DOCUMENT, FORM};
pub use fee::FEE;
pub use field::FIELD;
pub use life_event::LIFE_EVENT;
pub use link::LINK;
pub use online_only::ONLINE_ONLY;
pub use procedure::{AGENCY_GROUP, LEGAL_BASIS, PROCEDURE};
pub use question::{CHOICE, QUESTION, STOP, YES_NO_STOPS};
pub use step::STEP;
pub use time_limit::TIME_LIMIT;

/// Every shape, in the order the schema lists them.
pub static ALL: &[&Shape] = &[
    &CATALOGUE,
    &INFO,
    &PORTAL,
    &CONTACT,
    &AGENCY,
    &FIELD,
    &LIFE_EVENT,
    &PROCEDURE,
    &AGENCY_GROUP,
    &LEGAL_BASIS,
    &ONLINE_ONLY,
    &DEADLINE,
    &CHANNEL,
    &TIME_LIMIT,
    &FEE,
    &QUESTION,
    &CHOICE,
    &STOP,
    &YES_NO_STOPS,
    &CONDITION,
    &DOCUMENT,
    &FORM,
    &STEP,
    &LINK,
];
