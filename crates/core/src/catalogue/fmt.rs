//! A catalogue (or a detail file) written in one stable layout.
//! The layout `procedure-guide fmt` writes and the studio saves (moved here from the CLI
//! so both use it).
//!
//! It works on the JSON tree, not on the model, so that nothing is ever dropped: every
//! key stays, `editor_note` and keys the format does not know included, duplicates
//! included (in their order, so the last one still wins), and numbers keep the text they
//! were written with (`8.000` stays `8.000`). Only the *order of keys* changes: in each
//! kind of object, the format's own keys come in the order of their table in
//! docs/CATALOGUE.md, then `editor_note`, then any other key in the order it had. Where
//! the kind of object is not known (inside an unknown key, inside `editor_note`), the
//! order is left as it was.
//!
//! Layout: two spaces per level; an array or object holding only strings, numbers,
//! `true`, `false`, `null` stays on one line when that line is at most [`WIDTH`]
//! characters (`["in_person"]`, `{ "vi": "Hộ tịch", "en": "Civil status" }`, as the
//! documentation writes them); anything else has one member per line. Strings are escaped
//! minimally (`"`, `\`, control characters); Vietnamese stays as UTF-8 text. The result
//! ends with a newline. Formatting is idempotent, and the result is the same JSON value
//! as the input ([`same_json`]).

use crate::json::Json;

/// The widest line an inline array or object may make, in characters.
pub const WIDTH: usize = 120;

/// What kind of object a value is, by where it sits in the file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// The catalogue file (`format`, `catalogue`, `agencies`, …).
    Root,
    Info,
    Portal,
    Contact,
    Agency,
    Field,
    LifeEvent,
    /// A procedure: inline, an index entry, or the root of a detail file.
    Procedure,
    /// An entry of a procedure's `agencies`: an id or `{"level": …}`.
    AgencyGroup,
    LegalBasis,
    OnlineOnly,
    Deadline,
    Channel,
    TimeLimit,
    Fee,
    Question,
    Choice,
    YesNoStops,
    /// A stop: a text, or `{ "text", "see" }`.
    Stop,
    Condition,
    Document,
    Form,
    Step,
    Link,
    /// Localised text: a string, or `{ "vi": …, "en": … }`.
    Text,
    /// Somewhere the format says nothing about: order kept.
    Other,
}

/// The format's keys of each kind of object, in the order of their tables in
/// docs/CATALOGUE.md (section 5 to 13). `editor_note` (section 14) comes after them.
pub fn keys(kind: Kind) -> &'static [&'static str] {
    match kind {
        Kind::Root => &[
            "format",
            "catalogue",
            "agencies",
            "fields",
            "life_events",
            "procedures",
        ],
        Kind::Info => &[
            "id",
            "title",
            "publisher",
            "updated",
            "default_lang",
            "portal",
            "contact",
        ],
        Kind::Portal => &["name", "url", "lookup_url", "feedback_url"],
        Kind::Contact => &["hotline", "email", "address"],
        Kind::Agency => &[
            "id",
            "name",
            "level",
            "address",
            "phone",
            "hotline",
            "email",
            "url",
            "opening_hours",
            "map_url",
            "code",
            "formerly",
        ],
        Kind::Field => &["id", "name"],
        Kind::LifeEvent => &["id", "name", "procedures"],
        Kind::Procedure => &[
            "id",
            "name",
            "field",
            "level",
            "agencies",
            "audience",
            "summary",
            "keywords",
            "requirements",
            "result",
            "related",
            "legal_basis",
            "channels",
            "questions",
            "documents",
            "steps",
            "sets",
            "updated",
            "status",
            "replaced_by",
            "href",
            "online_only",
            "deadline",
        ],
        Kind::AgencyGroup => &["level"],
        Kind::LegalBasis => &["code", "title", "issued", "issuer"],
        Kind::OnlineOnly => &["since", "legal_basis", "assisted"],
        Kind::Deadline => &[
            "days",
            "working_days",
            "months",
            "from",
            "legal_basis",
            "note",
        ],
        Kind::Channel => &[
            "id",
            "kind",
            "label",
            "online_level",
            "url",
            "account",
            "online_payment",
            "result_delivery",
            "time_limit",
            "fee",
            "where",
            "agencies",
            "notes",
            "when",
        ],
        Kind::TimeLimit => &["working_days", "days", "hours", "text", "when"],
        Kind::Fee => &["kind", "amount", "currency", "per", "note", "when"],
        Kind::Question => &["id", "text", "help", "kind", "options", "stop", "when"],
        Kind::Choice => &["id", "label", "stop"],
        Kind::YesNoStops => &["yes", "no"],
        // A stop written as text has the languages' keys instead (`Text`).
        Kind::Stop => &["text", "see"],
        Kind::Condition => &["question", "is", "in", "all", "any"],
        Kind::Document => &[
            "id",
            "name",
            "originals",
            "copies",
            "certified_copy",
            "original_or_certified_copy",
            "data_lookup",
            "action",
            "form",
            "one_of",
            "all_of",
            "notes",
            "channels",
            "when",
            "optional",
            "obtain_via",
        ],
        Kind::Form => &["code", "url", "name"],
        Kind::Step => &[
            "id", "title", "detail", "actor", "channels", "when", "duration", "links",
        ],
        Kind::Link => &["label", "url"],
        Kind::Text | Kind::Other => &[],
    }
}

/// Every kind with a table, for the tests that hold the tables to the format.
pub const KINDS: &[Kind] = &[
    Kind::Root,
    Kind::Info,
    Kind::Portal,
    Kind::Contact,
    Kind::Agency,
    Kind::Field,
    Kind::LifeEvent,
    Kind::Procedure,
    Kind::AgencyGroup,
    Kind::LegalBasis,
    Kind::OnlineOnly,
    Kind::Deadline,
    Kind::Channel,
    Kind::TimeLimit,
    Kind::Fee,
    Kind::Question,
    Kind::Choice,
    Kind::YesNoStops,
    Kind::Stop,
    Kind::Condition,
    Kind::Document,
    Kind::Form,
    Kind::Step,
    Kind::Link,
];

/// The kind of the value under `key` in an object of `kind` (for an array, of each of
/// its items).
fn child(kind: Kind, key: &str) -> Kind {
    use Kind::*;
    match (kind, key) {
        (_, "editor_note") => Other,
        (Root, "catalogue") => Info,
        (Root, "agencies") => Agency,
        (Root, "fields") => Field,
        (Root, "life_events") => LifeEvent,
        (Root, "procedures") => Procedure,
        (Info, "title" | "publisher") => Text,
        (Info, "portal") => Portal,
        (Info, "contact") => Contact,
        (Portal, "name") | (Contact, "address") => Text,
        (Agency, "name" | "address" | "opening_hours" | "formerly") => Text,
        (Field | LifeEvent, "name") => Text,
        (Procedure, "name" | "summary" | "keywords" | "requirements" | "result") => Text,
        (Procedure, "agencies") => AgencyGroup,
        (Procedure, "legal_basis") => LegalBasis,
        (Procedure, "channels") => Channel,
        (Procedure, "questions") => Question,
        (Procedure, "documents") => Document,
        (Procedure, "steps") => Step,
        (Procedure, "online_only") => OnlineOnly,
        (Procedure, "deadline") => Deadline,
        (LegalBasis, "title" | "issuer") => Text,
        (OnlineOnly, "legal_basis") => Text,
        (Deadline, "from" | "legal_basis" | "note") => Text,
        (Channel, "label" | "where" | "notes") => Text,
        (Channel, "time_limit") => TimeLimit,
        (Channel, "fee") => Fee,
        (TimeLimit, "text") | (Fee, "per" | "note") => Text,
        (Question, "text" | "help") => Text,
        (Question, "options") => Choice,
        (Question, "stop") => YesNoStops,
        (Choice, "label") => Text,
        (Choice, "stop") | (YesNoStops, "yes" | "no") => Stop,
        (Stop, "text") => Text,
        (Stop, "see") => Link,
        (Condition, "all" | "any") => Condition,
        (Document, "name" | "data_lookup" | "notes") => Text,
        (Document, "form") => Form,
        (Document, "one_of" | "all_of") => Document,
        (Form, "name") => Text,
        (Step, "title" | "detail" | "duration") => Text,
        (Step, "links") => Link,
        (Link, "label") => Text,
        (_, "when") if kind != Other && kind != Text => Condition,
        _ => Other,
    }
}

/// Where a key goes in an object of `kind`: the format's keys by their table, then
/// `editor_note`, then the rest (a stable sort keeps their order).
fn rank(kind: Kind, key: &str) -> usize {
    let table = keys(kind);
    if kind == Kind::Text || kind == Kind::Stop {
        // Languages: Vietnamese, then English (also `vi-VN`, `en-GB`).
        let primary = key.split(['-', '_']).next().unwrap_or_default();
        if primary.eq_ignore_ascii_case("vi") {
            return table.len();
        }
        if primary.eq_ignore_ascii_case("en") {
            return table.len() + 1;
        }
    }
    if let Some(i) = table.iter().position(|k| *k == key) {
        return i;
    }
    if key == "editor_note" && kind != Kind::Other && kind != Kind::Text {
        return table.len() + 2;
    }
    table.len() + 3
}

/// The kind of a file's root: a catalogue, or else a detail file (one procedure).
pub fn root_kind(value: &Json<'_>) -> Kind {
    let catalogue = ["format", "catalogue", "agencies", "procedures"]
        .iter()
        .any(|k| value.get(k).is_some());
    if catalogue {
        Kind::Root
    } else {
        Kind::Procedure
    }
}

/// The value written in the stable layout, with a final newline.
pub fn format(value: &Json<'_>) -> String {
    let mut out = String::new();
    write(value, root_kind(value), 0, 0, &mut out);
    out.push('\n');
    out
}

/// The members of an object in the format's order.
fn ordered<'v, 'a>(
    kind: Kind,
    entries: &'v [(std::borrow::Cow<'a, str>, Json<'a>)],
) -> Vec<&'v (std::borrow::Cow<'a, str>, Json<'a>)> {
    let mut sorted: Vec<_> = entries.iter().collect();
    if kind != Kind::Other {
        sorted.sort_by_key(|(k, _)| rank(kind, k));
    }
    sorted
}

fn is_scalar(value: &Json<'_>) -> bool {
    !matches!(value, Json::Array(_) | Json::Object(_))
}

/// The one-line form of a container of scalars, if it has one.
fn inline(value: &Json<'_>, kind: Kind) -> Option<String> {
    let mut out = String::new();
    match value {
        Json::Array(items) if items.iter().all(is_scalar) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                scalar(item, &mut out);
            }
            out.push(']');
        }
        Json::Object(entries) if entries.iter().all(|(_, v)| is_scalar(v)) => {
            out.push_str("{ ");
            for (i, (key, item)) in ordered(kind, entries).into_iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                string(key, &mut out);
                out.push_str(": ");
                scalar(item, &mut out);
            }
            out.push_str(" }");
        }
        _ => return None,
    }
    Some(out)
}

/// `lead` is the width already on the line (indent and key).
fn write(value: &Json<'_>, kind: Kind, indent: usize, lead: usize, out: &mut String) {
    match value {
        Json::Array(items) if items.is_empty() => out.push_str("[]"),
        Json::Object(entries) if entries.is_empty() => out.push_str("{}"),
        Json::Array(items) => {
            if let Some(line) = inline(value, kind) {
                if lead + line.chars().count() <= WIDTH {
                    out.push_str(&line);
                    return;
                }
            }
            out.push_str("[\n");
            for (i, item) in items.iter().enumerate() {
                push_indent(out, indent + 1);
                write(item, kind, indent + 1, 2 * (indent + 1), out);
                if i + 1 < items.len() {
                    out.push(',');
                }
                out.push('\n');
            }
            push_indent(out, indent);
            out.push(']');
        }
        Json::Object(entries) => {
            // A stop written as text is a text.
            let kind = if kind == Kind::Stop && value.get("text").is_none() {
                Kind::Text
            } else {
                kind
            };
            if let Some(line) = inline(value, kind) {
                if lead + line.chars().count() <= WIDTH {
                    out.push_str(&line);
                    return;
                }
            }
            out.push_str("{\n");
            let sorted = ordered(kind, entries);
            let last = sorted.len();
            for (i, (key, item)) in sorted.into_iter().enumerate() {
                push_indent(out, indent + 1);
                let start = out.len();
                string(key, out);
                out.push_str(": ");
                let lead = 2 * (indent + 1) + out[start..].chars().count();
                write(item, child(kind, key), indent + 1, lead, out);
                if i + 1 < last {
                    out.push(',');
                }
                out.push('\n');
            }
            push_indent(out, indent);
            out.push('}');
        }
        _ => scalar(value, out),
    }
}

fn push_indent(out: &mut String, level: usize) {
    for _ in 0..level {
        out.push_str("  ");
    }
}

fn scalar(value: &Json<'_>, out: &mut String) {
    match value {
        Json::Null => out.push_str("null"),
        Json::Bool(true) => out.push_str("true"),
        Json::Bool(false) => out.push_str("false"),
        Json::Number(n) if n.raw.is_empty() => out.push_str("null"),
        Json::Number(n) => out.push_str(&n.raw),
        Json::String(s) => string(s, out),
        Json::Array(_) | Json::Object(_) => {}
    }
}

/// A JSON string literal, escaping only what JSON requires: `"`, `\` and the control
/// characters U+0000 to U+001F (`\n`, `\t`, … or `\u00XX`).
pub fn string(s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
}

/// Whether two values are the same JSON: the same scalars (numbers by their value as
/// written, so `8.000` is not `8000`, `1e3` is `1000`), arrays item by item, objects with
/// the same keys, each key's values equal in the order they come (a repeated key stays
/// repeated), whatever the order of different keys.
pub fn same_json(a: &Json<'_>, b: &Json<'_>) -> bool {
    match (a, b) {
        (Json::Null, Json::Null) => true,
        (Json::Bool(x), Json::Bool(y)) => x == y,
        (Json::Number(x), Json::Number(y)) => x.raw == y.raw || same_number(&x.raw, &y.raw),
        (Json::String(x), Json::String(y)) => x == y,
        (Json::Array(x), Json::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(a, b)| same_json(a, b))
        }
        (Json::Object(x), Json::Object(y)) => {
            if x.len() != y.len() {
                return false;
            }
            x.iter().all(|(key, _)| {
                let left = x.iter().filter(|(k, _)| k == key).map(|(_, v)| v);
                let right: Vec<_> = y.iter().filter(|(k, _)| k == key).map(|(_, v)| v).collect();
                let left: Vec<_> = left.collect();
                left.len() == right.len() && left.iter().zip(&right).all(|(a, b)| same_json(a, b))
            })
        }
        _ => false,
    }
}

fn same_number(a: &str, b: &str) -> bool {
    match (a.parse::<f64>(), b.parse::<f64>()) {
        (Ok(x), Ok(y)) => x == y,
        _ => false,
    }
}
