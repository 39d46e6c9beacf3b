//! What every shape's reader shares: the walker's context ([`Ctx`]: the path, the
//! diagnostics, the ids a reference may name), objects checked against their table
//! ([`Obj`]), and the readers of common values (text, ids, URLs, dates, counts, words,
//! references to procedures). Each shape's own reader is in `super::shapes`.

use std::borrow::Cow;

use crate::diagnostic::{excerpt, Code, Collector, Detail, Diagnostic, Expected, Found};
use crate::i18n::Lang;
use crate::json::{self, Json, PathSeg};

use super::limits::{MAX_ID_LEN, MAX_TEXT_CHARS};
use super::model::*;
use super::shapes::Shape;
use super::url::is_safe_url;

pub(crate) fn sorted<'j>(ids: impl Iterator<Item = &'j str>) -> Vec<&'j str> {
    let mut v: Vec<&str> = ids.collect();
    v.sort_unstable();
    v.dedup();
    v
}

/// A step of the walker's current path. Keys are the format's own names, so no
/// allocation happens until a problem is reported.
#[derive(Clone, Copy)]
pub(crate) enum Seg<'j> {
    Key(&'static str),
    Index(usize),
    /// A language tag of a text object, as the file wrote it.
    Tag(&'j str),
}

type Entries<'j> = &'j [(Cow<'j, str>, Json<'j>)];

/// An object whose keys were checked against its table.
#[derive(Clone, Copy)]
pub(crate) struct Obj<'j> {
    entries: Entries<'j>,
    /// Kept so that a reader can only ask for the keys its table lists, and so that the
    /// tests can tell which keys were read.
    shape: &'static Shape,
}

impl<'j> Obj<'j> {
    /// The value under `key` (the last one when repeated, as `JSON.parse` does).
    pub(crate) fn get(self, key: &str) -> Option<&'j Json<'j>> {
        // A key outside the table would be warned about as unknown and yet read.
        debug_assert!(
            self.shape.knows(key),
            "the reader of `{}` asks for `{}`, which its table does not list",
            self.shape.name,
            key
        );
        let value = self
            .entries
            .iter()
            .rev()
            .find(|(k, _)| json::key_eq(k, key))
            .map(|(_, v)| v);
        #[cfg(test)]
        if value.is_some() {
            keys_read::record(self.shape, key);
        }
        value
    }
}

/// Which keys of which tables the readers fetched on this thread, so a test can prove
/// that no key of a table is left unread (`shapes/tests.rs`).
#[cfg(test)]
pub(crate) mod keys_read {
    use std::cell::RefCell;
    use std::collections::BTreeSet;

    use super::Shape;

    thread_local! {
        static READ: RefCell<BTreeSet<(&'static str, &'static str)>> =
            const { RefCell::new(BTreeSet::new()) };
    }

    pub(crate) fn record(shape: &'static Shape, key: &str) {
        if let Some(field) = shape
            .fields
            .iter()
            .find(|f| crate::json::key_eq(f.key, key))
        {
            READ.with(|read| read.borrow_mut().insert((shape.name, field.key)));
        }
    }

    /// (table name, key) of every key fetched since the last call.
    pub(crate) fn take() -> BTreeSet<(&'static str, &'static str)> {
        READ.with(|read| std::mem::take(&mut *read.borrow_mut()))
    }
}

/// What a procedure's conditions and channel lists may name, gathered from the raw
/// JSON before its parts are walked, so order in the file does not matter.
#[derive(Default)]
pub(crate) struct Scope<'j> {
    pub(crate) questions: Vec<QuestionScope<'j>>,
    pub(crate) channel_ids: Vec<&'j str>,
    pub(crate) channel_kinds: Vec<ChannelKind>,
}

pub(crate) struct QuestionScope<'j> {
    pub(crate) id: &'j str,
    pub(crate) yes_no: bool,
    pub(crate) options: Vec<&'j str>,
}

pub(crate) struct Ctx<'j> {
    pub(crate) diags: Collector,
    pub(crate) path: Vec<Seg<'j>>,
    /// Errors that drop the item being walked; not counted while `soft > 0`.
    pub(crate) fatal: usize,
    pub(crate) soft: u32,
    pub(crate) lang: Lang,
    /// Sorted ids, for binary search; one sort instantiation (`&str`) keeps the wasm
    /// small.
    pub(crate) agencies: Vec<&'j str>,
    /// The levels some agency has, for `{"level": …}` groups.
    pub(crate) agency_levels: Vec<Level>,
    pub(crate) fields: Vec<&'j str>,
    pub(crate) procedures: Vec<&'j str>,
    /// The channel labels met so far, each shared by every channel with the same one
    /// (a national catalogue names the same few portals tens of thousands of times).
    pub(crate) labels: Vec<std::sync::Arc<Text>>,
}

/// What a list must have.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Need {
    Optional,
    /// The key must be there; an empty list is fine (`agencies`, `procedures`).
    Present,
    /// At least one item (`channels`, `steps`, `options` …).
    NonEmpty,
}

pub(crate) fn found(json: &Json<'_>) -> Found {
    match json {
        Json::Null => Found::Null,
        Json::Bool(b) => Found::Bool(*b),
        Json::Number(n) => Found::Number(excerpt(&n.raw)),
        Json::String(s) => Found::string(s),
        Json::Array(_) => Found::Array,
        Json::Object(_) => Found::Object,
    }
}

/// The key every object of format 1.1 may carry for its editors, never for citizens
/// (`super::editor_notes` lists them).
pub const EDITOR_NOTE: &str = "editor_note";

/// `[A-Za-z0-9._-]{1,64}`.
pub fn is_valid_id(id: &str) -> bool {
    (1..=MAX_ID_LEN).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-'))
}

impl<'j> Ctx<'j> {
    pub(crate) fn new(lang: Lang) -> Ctx<'j> {
        Ctx {
            diags: Collector::default(),
            path: Vec::new(),
            fatal: 0,
            soft: 0,
            lang,
            agencies: Vec::new(),
            agency_levels: Vec::new(),
            fields: Vec::new(),
            procedures: Vec::new(),
            labels: Vec::new(),
        }
    }

    // ---- reporting ----

    pub(crate) fn path_string(&self, extra: Option<&str>) -> String {
        let mut out = String::new();
        for seg in &self.path {
            match seg {
                Seg::Key(k) => json::push_path_key(&mut out, k),
                Seg::Tag(k) => json::push_path_key(&mut out, k),
                Seg::Index(i) => json::push_path_seg(&mut out, &PathSeg::Index(*i)),
            }
        }
        if let Some(key) = extra {
            json::push_path_key(&mut out, key);
        }
        if out.is_empty() {
            out.push('$');
        }
        out
    }

    pub(crate) fn report(&mut self, code: Code, extra: Option<&str>, detail: Detail) {
        if code.severity() == crate::diagnostic::Severity::Error && self.soft == 0 {
            self.fatal += 1;
        }
        if !self.diags.wants(code) {
            return;
        }
        let path = self.path_string(extra);
        self.diags.push(Diagnostic::new(code, path, detail));
    }

    pub(crate) fn error(&mut self, code: Code, detail: Detail) {
        self.report(code, None, detail);
    }

    pub(crate) fn expected(&mut self, code: Code, expected: Expected, json: &Json<'_>) {
        self.error(
            code,
            Detail::Expected {
                expected,
                found: found(json),
            },
        );
    }

    pub(crate) fn wrong_type(&mut self, expected: Expected, json: &Json<'_>) {
        self.expected(Code::WrongType, expected, json);
    }

    pub(crate) fn missing(&mut self, key: &'static str) {
        self.report(Code::MissingField, Some(key), Detail::Name(key.to_string()));
    }

    pub(crate) fn push(&mut self, key: &'static str) {
        self.path.push(Seg::Key(key));
    }

    pub(crate) fn pop(&mut self) {
        self.path.pop();
    }

    // ---- shapes ----

    /// An object of `shape`: unknown keys are warned about, missing required keys
    /// reported (the walker then finds them absent and says nothing more).
    pub(crate) fn object(&mut self, json: &'j Json<'j>, shape: &'static Shape) -> Option<Obj<'j>> {
        let Json::Object(entries) = json else {
            self.wrong_type(Expected::Object, json);
            return None;
        };
        for (i, (key, value)) in entries.iter().enumerate() {
            if json::key_eq(key, EDITOR_NOTE) {
                self.check_editor_note(value);
            } else if !shape.knows(key) {
                self.report(
                    Code::UnknownField,
                    Some(&**key),
                    Detail::Name(key.to_string()),
                );
            }
            if entries.len() <= 64 && entries.iter().take(i).any(|(k, _)| json::key_eq(k, key)) {
                self.report(
                    Code::DuplicateKey,
                    Some(&**key),
                    Detail::Name(key.to_string()),
                );
            }
        }
        if entries.len() > 64 {
            let mut keys: Vec<&str> = entries.iter().map(|(k, _)| &**k).collect();
            keys.sort_unstable();
            for pair in keys.windows(2) {
                if let [a, b] = pair {
                    if a == b {
                        self.report(Code::DuplicateKey, Some(a), Detail::Name(a.to_string()));
                    }
                }
            }
        }
        for field in shape.fields.iter().filter(|f| f.required) {
            if !entries.iter().any(|(k, _)| json::key_eq(k, field.key)) {
                self.missing(field.key);
            }
        }
        Some(Obj { entries, shape })
    }

    /// An editor's note is a string or an array of strings; a wrong one is reported and
    /// changes nothing else, since the widget never reads it.
    fn check_editor_note(&mut self, json: &'j Json<'j>) {
        let ok = match json {
            Json::String(_) => true,
            Json::Array(items) => items.iter().all(|i| matches!(i, Json::String(_))),
            _ => false,
        };
        if !ok {
            self.soft += 1;
            self.path.push(Seg::Key(EDITOR_NOTE));
            self.wrong_type(Expected::String, json);
            self.path.pop();
            self.soft -= 1;
        }
    }

    pub(crate) fn array(&mut self, json: &'j Json<'j>) -> Option<&'j [Json<'j>]> {
        match json {
            Json::Array(items) => Some(items),
            other => {
                self.wrong_type(Expected::Array, other);
                None
            }
        }
    }

    /// Walks the array under `key` with `item`, keeping what it returns. A missing key
    /// is an empty list (required keys are reported by [`Self::object`]).
    pub(crate) fn list<T>(
        &mut self,
        obj: Obj<'j>,
        key: &'static str,
        need: Need,
        mut item: impl FnMut(&mut Self, &'j Json<'j>) -> Option<T>,
    ) -> Vec<T> {
        // Sized for every item up front: growth by doubling leaves up to half unused for
        // the life of the catalogue (10 MB of channel slots at 10,000 procedures).
        let len = match obj.get(key) {
            Some(Json::Array(items)) => items.len(),
            _ => 0,
        };
        let mut out = Vec::with_capacity(len);
        self.each(obj, key, need, &mut |ctx, value| {
            if let Some(v) = item(ctx, value) {
                out.push(v);
            }
        });
        out
    }

    /// The loop of [`Self::list`], not generic, so the wasm holds it once rather than
    /// once per kind of item.
    pub(crate) fn each(
        &mut self,
        obj: Obj<'j>,
        key: &'static str,
        need: Need,
        item: &mut dyn FnMut(&mut Self, &'j Json<'j>),
    ) {
        let Some(json) = obj.get(key) else {
            return;
        };
        self.push(key);
        if let Some(items) = self.array(json) {
            for (i, value) in items.iter().enumerate() {
                self.path.push(Seg::Index(i));
                item(self, value);
                self.pop();
            }
            if need == Need::NonEmpty && items.is_empty() {
                self.error(Code::EmptyList, Detail::None);
            }
        }
        self.pop();
    }

    /// Reports the second and later uses of an id among `items` (read from the raw
    /// JSON, so it works before the items are walked); the positions of repeats.
    pub(crate) fn duplicates(&mut self, obj: Obj<'j>, key: &'static str) -> Vec<usize> {
        let Some(items) = obj.get(key).and_then(Json::as_array) else {
            return Vec::new();
        };
        let id_of = |item: &'j Json<'j>| item.get("id").and_then(Json::as_str);
        let mut ids: Vec<&str> = items.iter().filter_map(id_of).collect();
        ids.sort_unstable();
        // The ids used more than once, then the positions of their later uses.
        let mut repeated: Vec<&str> = ids
            .windows(2)
            .filter_map(|pair| match pair {
                [a, b] if a == b => Some(*a),
                _ => None,
            })
            .collect();
        repeated.dedup();
        if repeated.is_empty() {
            return Vec::new();
        }
        let mut seen = vec![false; repeated.len()];
        let mut repeats = Vec::new();
        for (i, item) in items.iter().enumerate() {
            let Some(k) = id_of(item).and_then(|id| repeated.binary_search(&id).ok()) else {
                continue;
            };
            if let Some(seen) = seen.get_mut(k) {
                if *seen {
                    repeats.push(i);
                }
                *seen = true;
            }
        }
        for &i in &repeats {
            self.push(key);
            self.path.push(Seg::Index(i));
            let id = items
                .get(i)
                .and_then(|item| item.get("id"))
                .and_then(Json::as_str)
                .unwrap_or_default();
            self.report(Code::DuplicateId, Some("id"), Detail::Name(id.to_string()));
            self.pop();
            self.pop();
        }
        repeats
    }

    // ---- values ----

    pub(crate) fn string(&mut self, json: &'j Json<'j>) -> Option<&'j str> {
        match json {
            Json::String(s) => Some(s),
            other => {
                self.wrong_type(Expected::String, other);
                None
            }
        }
    }

    pub(crate) fn opt_string(&mut self, obj: Obj<'j>, key: &'static str) -> Option<String> {
        let json = obj.get(key)?;
        self.push(key);
        let s = self
            .string(json)
            .and_then(|s| self.clean(s, MAX_TEXT_CHARS));
        self.pop();
        s.filter(|s| !s.is_empty())
    }

    /// NFC, the length limit and the garbled-encoding check, for every text.
    pub(crate) fn clean(&mut self, s: &str, max: usize) -> Option<String> {
        self.checked(s, max).map(Cow::into_owned)
    }

    /// [`Self::clean`] without a copy: borrowed when NFC changed nothing.
    pub(crate) fn checked<'s>(&mut self, s: &'s str, max: usize) -> Option<Cow<'s, str>> {
        let s = crate::text::nfc(s);
        if s.len() > max {
            let chars = s.chars().count();
            if chars > max {
                self.error(
                    Code::TextTooLong,
                    Detail::Limit {
                        limit: max,
                        actual: chars,
                    },
                );
                return None;
            }
        }
        // Garbling by an old encoding always leaves non-ASCII characters behind.
        if !s.is_ascii() && crate::text::looks_garbled(&s) {
            self.error(Code::GarbledText, Detail::Name(excerpt(&s)));
        }
        Some(s)
    }

    /// Localised text; an empty one is an error when `required`, else absent.
    pub(crate) fn text(&mut self, json: &'j Json<'j>, max: usize, required: bool) -> Option<Text> {
        let text = match json {
            Json::String(s) => {
                let s = self.checked(s, max)?;
                if s.is_empty() {
                    Text::default()
                } else {
                    Text::new(self.lang, s)
                }
            }
            Json::Object(entries) => {
                // At most one text per language and two languages: a list on the stack,
                // and the text's one string allocated once at the end.
                let mut out: [Option<(Lang, Cow<'j, str>)>; 2] = [None, None];
                for (tag, value) in entries {
                    let Some(lang) = Lang::from_tag(tag) else {
                        self.report(
                            Code::UnknownLanguage,
                            Some(&**tag),
                            Detail::Name(tag.to_string()),
                        );
                        continue;
                    };
                    let Json::String(s) = value else {
                        self.report(
                            Code::WrongType,
                            Some(tag),
                            Detail::Expected {
                                expected: Expected::String,
                                found: found(value),
                            },
                        );
                        continue;
                    };
                    // As for any key, the last one wins ("vi" and "vi-VN" are one).
                    let has =
                        |e: &Option<(Lang, Cow<'_, str>)>| matches!(e, Some((l, _)) if *l == lang);
                    if out.iter().any(has) {
                        self.report(Code::DuplicateKey, Some(tag), Detail::Name(tag.to_string()));
                        if has(&out[0]) {
                            out[0] = out[1].take();
                        } else {
                            out[1] = None;
                        }
                    }
                    self.path.push(Seg::Tag(tag));
                    let s = self.checked(s, max);
                    self.pop();
                    match s {
                        Some(s) if !s.is_empty() => {
                            let slot = if out[0].is_none() { 0 } else { 1 };
                            out[slot] = Some((lang, s));
                        }
                        _ => {}
                    }
                }
                let default = self.lang;
                if matches!(&out[1], Some((l, _)) if *l == default) {
                    out.swap(0, 1);
                } else if out[0].as_ref().is_some_and(|(l, _)| *l != default) {
                    self.report(
                        Code::MissingDefaultLanguage,
                        Some(self.lang.tag()),
                        Detail::Name(self.lang.tag().to_string()),
                    );
                }
                let [first, second] = out;
                match first {
                    Some((lang, text)) => {
                        Text::pair((lang, &text), second.as_ref().map(|(l, t)| (*l, &**t)))
                    }
                    None => Text::default(),
                }
            }
            other => {
                self.wrong_type(Expected::Text, other);
                return None;
            }
        };
        if text.is_empty() {
            if required {
                self.error(Code::EmptyText, Detail::None);
            }
            return None;
        }
        Some(text)
    }

    pub(crate) fn req_text(&mut self, obj: Obj<'j>, key: &'static str, max: usize) -> Option<Text> {
        let json = obj.get(key)?;
        self.push(key);
        let t = self.text(json, max, true);
        self.pop();
        t
    }

    /// Optional text, dropped alone when broken.
    pub(crate) fn opt_text(&mut self, obj: Obj<'j>, key: &'static str) -> Option<Text> {
        let json = obj.get(key)?;
        self.soft += 1;
        self.push(key);
        let t = self.text(json, MAX_TEXT_CHARS, false);
        self.pop();
        self.soft -= 1;
        t
    }

    pub(crate) fn text_list(&mut self, obj: Obj<'j>, key: &'static str) -> Vec<Text> {
        self.soft += 1;
        let list = self.list(obj, key, Need::Optional, |ctx, json| {
            ctx.text(json, MAX_TEXT_CHARS, false)
        });
        self.soft -= 1;
        list
    }

    pub(crate) fn id(&mut self, json: &'j Json<'j>) -> Option<&'j str> {
        let s = self.string(json)?;
        if is_valid_id(s) {
            Some(s)
        } else {
            self.error(Code::InvalidId, Detail::Name(excerpt(s)));
            None
        }
    }

    pub(crate) fn req_id(&mut self, obj: Obj<'j>) -> Option<String> {
        let json = obj.get("id")?;
        self.push("id");
        let id = self.id(json).map(str::to_string);
        self.pop();
        id
    }

    pub(crate) fn opt_bool(&mut self, obj: Obj<'j>, key: &'static str) -> Option<bool> {
        match obj.get(key)? {
            Json::Bool(b) => Some(*b),
            other => {
                self.push(key);
                self.wrong_type(Expected::Bool, other);
                self.pop();
                None
            }
        }
    }

    pub(crate) fn whole_number(&mut self, json: &'j Json<'j>, min: u64) -> Option<u64> {
        let n = match json {
            Json::Number(n) => n.as_u64(),
            _ => None,
        };
        match n {
            Some(n) if n >= min => Some(n),
            _ => {
                let expected = if min == 0 {
                    Expected::WholeNumber
                } else {
                    Expected::PositiveNumber
                };
                let code = if matches!(json, Json::Number(_)) {
                    Code::InvalidValue
                } else {
                    Code::WrongType
                };
                self.expected(code, expected, json);
                None
            }
        }
    }

    pub(crate) fn opt_count(&mut self, obj: Obj<'j>, key: &'static str) -> Option<u32> {
        let json = obj.get(key)?;
        self.push(key);
        let n = self
            .whole_number(json, 0)
            .and_then(|n| self.fits_u32(n, json));
        self.pop();
        n
    }

    pub(crate) fn fits_u32(&mut self, n: u64, json: &Json<'_>) -> Option<u32> {
        match u32::try_from(n) {
            Ok(n) => Some(n),
            Err(_) => {
                self.expected(Code::InvalidValue, Expected::WholeNumber, json);
                None
            }
        }
    }

    /// One of the `words`; its position in them.
    pub(crate) fn word(
        &mut self,
        json: &'j Json<'j>,
        words: &'static [&'static str],
    ) -> Option<usize> {
        let s = self.string(json)?;
        let i = words.iter().position(|w| *w == s);
        if i.is_none() {
            self.expected(Code::InvalidValue, Expected::OneOf(words), json);
        }
        i
    }

    pub(crate) fn opt_word(
        &mut self,
        obj: Obj<'j>,
        key: &'static str,
        words: &'static [&'static str],
    ) -> Option<usize> {
        let json = obj.get(key)?;
        self.push(key);
        let i = self.word(json, words);
        self.pop();
        i
    }

    pub(crate) fn word_list(
        &mut self,
        obj: Obj<'j>,
        key: &'static str,
        words: &'static [&'static str],
    ) -> Vec<usize> {
        self.list(obj, key, Need::Optional, |ctx, json| ctx.word(json, words))
    }

    pub(crate) fn opt_date(&mut self, obj: Obj<'j>, key: &'static str) -> Option<Date> {
        let json = obj.get(key)?;
        self.soft += 1;
        self.push(key);
        let date = self.string(json).and_then(|s| {
            let d = Date::parse(s);
            if d.is_none() {
                self.expected(Code::InvalidDate, Expected::Date, json);
            }
            d
        });
        self.pop();
        self.soft -= 1;
        date
    }

    /// A URL with an allowed scheme; an unsafe one is reported and dropped alone.
    pub(crate) fn url(&mut self, json: &'j Json<'j>) -> Option<String> {
        let s = self.string(json)?;
        if is_safe_url(s) {
            Some(s.to_string())
        } else {
            self.soft += 1;
            self.error(Code::UnsafeLink, Detail::Name(excerpt(s)));
            self.soft -= 1;
            None
        }
    }

    pub(crate) fn opt_url(&mut self, obj: Obj<'j>, key: &'static str) -> Option<String> {
        let json = obj.get(key)?;
        self.push(key);
        let url = self.url(json);
        self.pop();
        url
    }

    /// A reference to a procedure of the catalogue; an unknown one is dropped alone.
    pub(crate) fn procedure_ref(&mut self, json: &'j Json<'j>) -> Option<String> {
        self.soft += 1;
        let id = self.id(json).filter(|id| {
            let known = self.procedures.binary_search(id).is_ok();
            if !known {
                self.error(Code::UnknownProcedure, Detail::Name(id.to_string()));
            }
            known
        });
        self.soft -= 1;
        id.map(str::to_string)
    }

    pub(crate) fn procedure_refs(&mut self, obj: Obj<'j>, key: &'static str) -> Vec<String> {
        self.list(obj, key, Need::Optional, |ctx, json| {
            ctx.procedure_ref(json)
        })
    }

    /// Runs `walk` and keeps its result only if it reported no error that drops it.
    pub(crate) fn item<T>(&mut self, walk: impl FnOnce(&mut Self) -> Option<T>) -> Option<T> {
        let before = self.fatal;
        let value = walk(self);
        if self.fatal > before {
            None
        } else {
            value
        }
    }
}
