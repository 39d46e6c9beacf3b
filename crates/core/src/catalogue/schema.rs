//! The JSON Schema (draft 2020-12) of the catalogue format, built from the same tables
//! the walker reads ([`super::shapes`]), so the two agree on every key and every
//! required field. Only the CLI builds this (feature `schema`); the widget never does.
//!
//! Unknown keys are allowed (the validator only warns: later minor versions add
//! fields). Rules that tie one value to another (`if`/`then` blocks and the like) are
//! each shape's `rules`, in its file beside the reader's side of the same check.

use std::borrow::Cow;

use super::limits::{MAX_NAME_CHARS, MAX_TEXT_CHARS};
use super::shapes::{self, Shape, Ty};
use crate::json::{Json, Number};

type Entries = Vec<(Cow<'static, str>, Json<'static>)>;

/// The members of one shape's schema object, which its `rules` add to.
pub(crate) type SchemaEntries = Vec<(&'static str, Json<'static>)>;

pub(crate) fn obj(entries: SchemaEntries) -> Json<'static> {
    Json::Object(
        entries
            .into_iter()
            .map(|(k, v)| (Cow::Borrowed(k), v))
            .collect(),
    )
}

pub(crate) fn s(value: &str) -> Json<'static> {
    Json::string(value)
}

pub(crate) fn n(value: u64) -> Json<'static> {
    Json::Number(Number::from_u64(value))
}

fn reference(def: &str) -> Json<'static> {
    obj(vec![("$ref", Json::string(format!("#/$defs/{def}")))])
}

pub(crate) fn array_of(items: Json<'static>) -> Json<'static> {
    obj(vec![("type", s("array")), ("items", items)])
}

fn any_of(options: Vec<Json<'static>>) -> Json<'static> {
    obj(vec![("anyOf", Json::Array(options))])
}

fn words(list: &[&str]) -> Json<'static> {
    obj(vec![(
        "enum",
        Json::Array(list.iter().map(|w| s(w)).collect()),
    )])
}

pub(crate) fn required(keys: &[&'static str]) -> Json<'static> {
    Json::Array(keys.iter().map(|k| s(k)).collect())
}

fn text(max: usize) -> Json<'static> {
    let string = obj(vec![("type", s("string")), ("maxLength", n(max as u64))]);
    any_of(vec![
        string.clone(),
        obj(vec![
            ("type", s("object")),
            ("minProperties", n(1)),
            ("additionalProperties", string),
        ]),
    ])
}

fn ty(t: &Ty) -> Json<'static> {
    match t {
        Ty::Id => reference("id"),
        Ty::Name => reference("name"),
        Ty::Text => reference("text"),
        Ty::TextList => array_of(reference("text")),
        Ty::String => obj(vec![("type", s("string"))]),
        Ty::Url => reference("url"),
        Ty::Date => reference("date"),
        Ty::Bool => obj(vec![("type", s("boolean"))]),
        Ty::Count => obj(vec![("type", s("integer")), ("minimum", n(0))]),
        Ty::Positive => obj(vec![("type", s("integer")), ("minimum", n(1))]),
        Ty::Word(list) => words(list),
        Ty::Words([]) => array_of(obj(vec![("type", s("string"))])),
        Ty::Words(list) => array_of(words(list)),
        Ty::WordOrWords(list) => any_of(vec![words(list), array_of(words(list))]),
        Ty::Ids => array_of(reference("id")),
        Ty::Format => obj(vec![
            ("type", s("string")),
            ("pattern", s("^procedure-guide/1(\\.[0-9]+)?$")),
        ]),
        Ty::Lang => obj(vec![
            ("type", s("string")),
            ("examples", Json::Array(vec![s("vi"), s("en")])),
        ]),
        Ty::OnlineLevel => obj(vec![("enum", Json::Array(vec![n(3), n(4)]))]),
        Ty::Currency => obj(vec![("type", s("string")), ("pattern", s("^[A-Z]{3}$"))]),
        Ty::Object(shape) => reference(shape.name),
        Ty::List(shape) => array_of(reference(shape.name)),
        Ty::OneOrList(shape) => {
            any_of(vec![reference(shape.name), array_of(reference(shape.name))])
        }
        Ty::AgencyRefs => any_of(vec![
            reference("agency_group"),
            array_of(any_of(vec![reference("id"), reference("agency_group")])),
        ]),
        Ty::ChannelRefs => array_of(obj(vec![("type", s("string"))])),
        Ty::Condition => reference("condition"),
        Ty::Conditions => obj(vec![
            ("type", s("array")),
            ("minItems", n(1)),
            ("items", reference("condition")),
        ]),
        Ty::Stop => any_of(vec![reference("text"), reference("stop")]),
        Ty::YesNoStops => reference("yes_no_stops"),
        Ty::SeeRefs => array_of(any_of(vec![
            obj(vec![("type", s("string"))]),
            reference("link"),
        ])),
        Ty::Documents => array_of(obj(vec![(
            "allOf",
            Json::Array(vec![
                reference("document"),
                obj(vec![("required", required(&["id"]))]),
            ]),
        )])),
        Ty::Alternatives | Ty::Parts => obj(vec![
            ("type", s("array")),
            ("minItems", n(1)),
            ("items", reference("document")),
        ]),
    }
}

/// `{"properties": {key: {"const": value}}, "required": [key]}`: the `if` of a rule
/// that holds for one kind (`"kind": "online"`).
pub(crate) fn kind_is(key: &'static str, value: &'static str) -> Json<'static> {
    obj(vec![
        (
            "properties",
            obj(vec![(key, obj(vec![("const", s(value))]))]),
        ),
        ("required", required(&[key])),
    ])
}

/// The schema of `key` among a shape's `properties`, for a rule that narrows it.
pub(crate) fn property_mut<'e>(
    entries: &'e mut SchemaEntries,
    key: &str,
) -> Option<&'e mut Entries> {
    let (_, Json::Object(properties)) = entries.iter_mut().find(|(k, _)| *k == "properties")?
    else {
        return None;
    };
    match properties.iter_mut().find(|(k, _)| k == key)? {
        (_, Json::Object(schema)) => Some(schema),
        _ => None,
    }
}

/// The schema of one shape, plus the rules tying its values together.
fn shape_schema(shape: &Shape) -> Json<'static> {
    let mut properties = Entries::new();
    for f in shape.fields {
        properties.push((Cow::Borrowed(f.key), ty(&f.ty)));
    }
    properties.push((
        Cow::Borrowed(super::read::EDITOR_NOTE),
        reference(super::read::EDITOR_NOTE),
    ));
    let req: Vec<&'static str> = shape
        .fields
        .iter()
        .filter(|f| f.required)
        .map(|f| f.key)
        .collect();
    let mut entries: SchemaEntries = vec![
        ("type", s("object")),
        ("properties", Json::Object(properties)),
    ];
    if !req.is_empty() {
        entries.push(("required", required(&req)));
    }
    if let Some(rules) = shape.rules {
        rules(&mut entries);
    }
    obj(entries)
}

/// The whole schema.
pub fn catalogue_schema() -> Json<'static> {
    let mut defs: Entries = vec![
        (
            "id".into(),
            obj(vec![
                ("type", s("string")),
                ("pattern", s("^[A-Za-z0-9._-]{1,64}$")),
            ]),
        ),
        ("name".into(), text(MAX_NAME_CHARS)),
        ("text".into(), text(MAX_TEXT_CHARS)),
        (
            "url".into(),
            obj(vec![
                ("type", s("string")),
                ("description", s("https:, http:, tel:, mailto: or a relative URL; no surrounding white space, no control characters")),
                (
                    "pattern",
                    s("^(?!\\s)(?!.*\\s$)(?:(?:[Hh][Tt][Tt][Pp][Ss]?|[Tt][Ee][Ll]|[Mm][Aa][Ii][Ll][Tt][Oo]):|(?![A-Za-z][A-Za-z0-9+.-]*:))[^\\u0000-\\u001f\\u007f]+$"),
                ),
            ]),
        ),
        (
            "date".into(),
            obj(vec![
                ("type", s("string")),
                ("format", s("date")),
                ("pattern", s("^[0-9]{4}-[0-9]{2}-[0-9]{2}$")),
            ]),
        ),
    ];
    defs.push((
        Cow::Borrowed(super::read::EDITOR_NOTE),
        obj(vec![
            (
                "description",
                s("For the catalogue's editors only (where a value came from, what to check); never shown to citizens. `procedure-guide notes` lists them."),
            ),
            (
                "anyOf",
                Json::Array(vec![
                    obj(vec![("type", s("string"))]),
                    array_of(obj(vec![("type", s("string"))])),
                ]),
            ),
        ]),
    ));
    for shape in shapes::ALL {
        defs.push((Cow::Borrowed(shape.name), shape_schema(shape)));
    }
    obj(vec![
        ("$schema", s("https://json-schema.org/draft/2020-12/schema")),
        ("title", s("procedure-guide/1.1 catalogue")),
        (
            "description",
            s("A catalogue of administrative procedures for the procedure-guide widget. The format, every field and every diagnostic code are described in CATALOGUE.md (Vietnamese) and CATALOGUE.en.md (English), next to this file in the release folder (docs/ in the source). Generated by `procedure-guide schema`; the validator (`procedure-guide check`) also checks cross-references, uniqueness, limits and garbled text, which a schema cannot."),
        ),
        ("$ref", reference("catalogue_file").get("$ref").cloned().unwrap_or(Json::Null)),
        ("$defs", Json::Object(defs)),
    ])
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every shape a `Ty` points to is listed, so every `$ref` resolves.
    #[test]
    fn every_reference_resolves() {
        let schema = catalogue_schema();
        let defs = schema.get("$defs").and_then(Json::as_object).expect("defs");
        fn refs(json: &Json<'_>, out: &mut Vec<String>) {
            match json {
                Json::Object(entries) => {
                    for (k, v) in entries {
                        if k == "$ref" {
                            if let Some(r) = v.as_str() {
                                out.push(r.trim_start_matches("#/$defs/").to_string());
                            }
                        }
                        refs(v, out);
                    }
                }
                Json::Array(items) => items.iter().for_each(|v| refs(v, out)),
                _ => {}
            }
        }
        let mut all = Vec::new();
        refs(&schema, &mut all);
        for r in all {
            assert!(defs.iter().any(|(k, _)| *k == r), "unresolved {r}");
        }
    }
}
