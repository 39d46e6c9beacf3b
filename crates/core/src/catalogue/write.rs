//! The model written back as catalogue JSON, the inverse of the walker: reading what
//! this writes gives the same model (the round-trip tests hold it to that). Each shape's
//! writer is in its file of `super::shapes`; here are the entry points and the helpers
//! they share. Built only for tests and tools (feature `to-json`), never for the widget.

use std::borrow::Cow;

use crate::json::{self, Json, Number};

use super::model::*;
use super::shapes;

pub(crate) type Entries = Vec<(Cow<'static, str>, Json<'static>)>;

/// The catalogue as compact JSON text.
pub fn catalogue_to_json(catalogue: &Catalogue) -> String {
    json::to_string(&shapes::catalogue::write(catalogue))
}

/// One procedure as compact JSON text (a detail file).
pub fn procedure_to_json(procedure: &Procedure) -> String {
    json::to_string(&shapes::procedure::write(procedure))
}

pub(crate) fn put(entries: &mut Entries, key: &'static str, value: Json<'static>) {
    entries.push((Cow::Borrowed(key), value));
}

pub(crate) fn put_opt<T: ?Sized>(
    entries: &mut Entries,
    key: &'static str,
    value: Option<&T>,
    f: impl Fn(&T) -> Json<'static>,
) {
    if let Some(v) = value {
        put(entries, key, f(v));
    }
}

pub(crate) fn put_list<T>(
    entries: &mut Entries,
    key: &'static str,
    items: &[T],
    f: impl Fn(&T) -> Json<'static>,
) {
    if !items.is_empty() {
        put(entries, key, Json::Array(items.iter().map(f).collect()));
    }
}

pub(crate) fn put_true(entries: &mut Entries, key: &'static str, value: bool) {
    if value {
        put(entries, key, Json::Bool(true));
    }
}

pub(crate) fn s(value: &str) -> Json<'static> {
    Json::string(value)
}

pub(crate) fn n(value: u64) -> Json<'static> {
    Json::Number(Number::from_u64(value))
}

pub(crate) fn text(t: &Text) -> Json<'static> {
    Json::Object(
        t.entries()
            .map(|(lang, s)| (Cow::Borrowed(lang.tag()), Json::string(s)))
            .collect(),
    )
}

pub(crate) fn date(d: &Date) -> Json<'static> {
    Json::string(d.to_iso())
}
