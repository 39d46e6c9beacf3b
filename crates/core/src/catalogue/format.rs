//! The one description of the catalogue format's objects: which keys each has, which are
//! required and (with the `schema` feature) what type each holds.
//!
//! The walker (`load.rs`) warns about keys not listed here and reports required keys
//! that are missing from these tables; the JSON Schema (`schema.rs`, CLI only) is built
//! from the same tables. So the validator and the published schema cannot disagree on
//! names or required fields. Rules that depend on other values (an online channel needs
//! `url` and `online_level`, an amount needs a currency, an inline procedure needs
//! channels and steps) are written once in the walker and once in the schema generator,
//! next to each other's tests.

#[cfg(feature = "schema")]
use super::model::{
    Actor, Audience, ChannelKind, Delivery, DocumentAction, FeeKind, Level, QuestionKind, Status,
};

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
}

impl Shape {
    pub fn knows(&self, key: &str) -> bool {
        self.fields.iter().any(|f| f.key == key)
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

macro_rules! shape {
    ($const:ident $name:literal { $($key:literal $req:ident $ty:expr,)* }) => {
        pub static $const: Shape = Shape {
            name: $name,
            fields: &[$(FieldSpec {
                key: $key,
                required: shape!(@req $req),
                #[cfg(feature = "schema")]
                ty: $ty,
            },)*],
        };
    };
    (@req req) => { true };
    (@req opt) => { false };
}

shape!(CATALOGUE "catalogue_file" {
    "format" req Ty::Format,
    "catalogue" req Ty::Object(&INFO),
    "agencies" req Ty::List(&AGENCY),
    "fields" opt Ty::List(&FIELD),
    "life_events" opt Ty::List(&LIFE_EVENT),
    "procedures" req Ty::List(&PROCEDURE),
});

shape!(INFO "catalogue" {
    "id" req Ty::Id,
    "title" req Ty::Name,
    "publisher" opt Ty::Text,
    "updated" opt Ty::Date,
    "default_lang" opt Ty::Lang,
    "portal" opt Ty::Object(&PORTAL),
    "contact" opt Ty::Object(&CONTACT),
});

shape!(PORTAL "portal" {
    "name" opt Ty::Text,
    "url" opt Ty::Url,
    "lookup_url" opt Ty::Url,
    "feedback_url" opt Ty::Url,
});

shape!(CONTACT "contact" {
    "hotline" opt Ty::String,
    "email" opt Ty::String,
    "address" opt Ty::Text,
});

shape!(AGENCY "agency" {
    "id" req Ty::Id,
    "name" req Ty::Name,
    "level" opt Ty::Word(Level::WORDS),
    "address" opt Ty::Text,
    "phone" opt Ty::String,
    "hotline" opt Ty::String,
    "email" opt Ty::String,
    "url" opt Ty::Url,
    "opening_hours" opt Ty::Text,
    "map_url" opt Ty::Url,
    "code" opt Ty::String,
    "formerly" opt Ty::TextList,
});

shape!(FIELD "field" {
    "id" req Ty::Id,
    "name" req Ty::Name,
});

shape!(LIFE_EVENT "life_event" {
    "id" req Ty::Id,
    "name" req Ty::Name,
    "procedures" opt Ty::Ids,
});

shape!(PROCEDURE "procedure" {
    "id" req Ty::Id,
    "name" req Ty::Name,
    "field" opt Ty::Id,
    "level" opt Ty::WordOrWords(Level::WORDS),
    "agencies" req Ty::AgencyRefs,
    "audience" opt Ty::Words(Audience::WORDS),
    "summary" opt Ty::Text,
    "keywords" opt Ty::TextList,
    "requirements" opt Ty::TextList,
    "result" opt Ty::Text,
    "related" opt Ty::Ids,
    "legal_basis" opt Ty::List(&LEGAL_BASIS),
    "channels" opt Ty::List(&CHANNEL),
    "questions" opt Ty::List(&QUESTION),
    "documents" opt Ty::Documents,
    "steps" opt Ty::List(&STEP),
    "updated" opt Ty::Date,
    "status" opt Ty::Word(Status::WORDS),
    "replaced_by" opt Ty::Id,
    "sets" opt Ty::Positive,
    "href" opt Ty::Url,
});

shape!(AGENCY_GROUP "agency_group" {
    "level" req Ty::Word(Level::WORDS),
});

shape!(LEGAL_BASIS "legal_basis" {
    "code" opt Ty::String,
    "title" req Ty::Name,
    "issued" opt Ty::Date,
    "issuer" opt Ty::Text,
});

shape!(CHANNEL "channel" {
    "id" opt Ty::Id,
    "kind" req Ty::Word(ChannelKind::WORDS),
    "online_level" opt Ty::OnlineLevel,
    "url" opt Ty::Url,
    "online_payment" opt Ty::Bool,
    "result_delivery" opt Ty::Words(Delivery::WORDS),
    "time_limit" opt Ty::OneOrList(&TIME_LIMIT),
    "fee" opt Ty::List(&FEE),
    "where" opt Ty::Text,
    "agencies" opt Ty::Ids,
    "notes" opt Ty::Text,
    "when" opt Ty::Condition,
});

shape!(TIME_LIMIT "time_limit" {
    "working_days" opt Ty::Count,
    "days" opt Ty::Count,
    "hours" opt Ty::Count,
    "text" opt Ty::Text,
    "when" opt Ty::Condition,
});

shape!(FEE "fee" {
    "kind" req Ty::Word(FeeKind::WORDS),
    "amount" opt Ty::Count,
    "currency" opt Ty::Currency,
    "per" opt Ty::Text,
    "note" opt Ty::Text,
    "when" opt Ty::Condition,
});

shape!(QUESTION "question" {
    "id" req Ty::Id,
    "text" req Ty::Text,
    "help" opt Ty::Text,
    "kind" req Ty::Word(QuestionKind::WORDS),
    "options" opt Ty::List(&CHOICE),
    "stop" opt Ty::YesNoStops,
    "when" opt Ty::Condition,
});

shape!(CHOICE "option" {
    "id" req Ty::Id,
    "label" req Ty::Name,
    "stop" opt Ty::Stop,
});

shape!(STOP "stop" {
    "text" req Ty::Text,
    "see" opt Ty::SeeRefs,
});

shape!(YES_NO_STOPS "yes_no_stops" {
    "yes" opt Ty::Stop,
    "no" opt Ty::Stop,
});

shape!(CONDITION "condition" {
    "question" opt Ty::Id,
    "is" opt Ty::String,
    "in" opt Ty::Words(&[]),
    "all" opt Ty::Conditions,
    "any" opt Ty::Conditions,
});

shape!(DOCUMENT "document" {
    "id" opt Ty::Id,
    "name" req Ty::Name,
    "originals" opt Ty::Count,
    "copies" opt Ty::Count,
    "certified_copy" opt Ty::Bool,
    "original_or_certified_copy" opt Ty::Bool,
    "data_lookup" opt Ty::Text,
    "action" opt Ty::Word(DocumentAction::WORDS),
    "form" opt Ty::Object(&FORM),
    "one_of" opt Ty::Alternatives,
    "all_of" opt Ty::Parts,
    "notes" opt Ty::Text,
    "channels" opt Ty::ChannelRefs,
    "when" opt Ty::Condition,
    "optional" opt Ty::Bool,
    "obtain_via" opt Ty::Ids,
});

shape!(FORM "form" {
    "code" opt Ty::String,
    "url" opt Ty::Url,
    "name" opt Ty::Text,
});

shape!(STEP "step" {
    "id" req Ty::Id,
    "title" req Ty::Name,
    "detail" opt Ty::Text,
    "actor" opt Ty::Word(Actor::WORDS),
    "channels" opt Ty::ChannelRefs,
    "when" opt Ty::Condition,
    "duration" opt Ty::Text,
    "links" opt Ty::List(&LINK),
});

shape!(LINK "link" {
    "label" opt Ty::Text,
    "url" req Ty::Url,
});
