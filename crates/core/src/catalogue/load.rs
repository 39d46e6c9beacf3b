//! The walker: from a parsed [`Json`] tree to the [`Catalogue`] model, collecting every
//! problem on the way with its JSON path. Validation *is* this walk: there is no second
//! description of the format to drift from it.
//!
//! ## What an error drops
//!
//! An error never stops the walk. What it removes from the model depends on what a
//! person could be misled by:
//!
//! - **The whole file** (`catalogue` is `None`) only when there is nothing to build: the
//!   bytes are not JSON, the root is not an object, or `format` is missing or not
//!   `procedure-guide/1[.N]`.
//! - **One procedure** (or agency, field, life event) when an error touches what a person
//!   acts on: its id or name, agencies, channels, questions, documents, steps, conditions,
//!   counts. Showing a checklist with a paper silently missing is worse than not showing
//!   the procedure; the others still load.
//! - **Just the item** when it is only information: `summary`, `keywords`,
//!   `requirements`, `result`, `legal_basis`, `related`, `updated`, `audience`, `level`,
//!   `field`, notes and help texts, contact details, and every link whose URL is unsafe
//!   (dropped, never rendered), a reference to an unknown procedure in `related`,
//!   `obtain_via`, `see`, `replaced_by` or a life event.
//!
//! Warnings (unknown fields, duplicate keys, garbled text, unknown languages) drop
//! nothing. A duplicate key keeps its last value, as `JSON.parse` does.
//!
//! References to procedures are checked against every id in the file, including
//! procedures later dropped for their own errors: those are reported where they are.

use std::borrow::Cow;

use crate::diagnostic::{excerpt, Code, Collector, Counts, Detail, Diagnostic, Expected, Found};
use crate::i18n::Lang;
use crate::json::{self, Json, ParseError, ParseErrorKind, PathSeg};

use super::format::{self, Shape};
use super::limits::{MAX_NAME_CHARS, MAX_PROCEDURES, MAX_TEXT_CHARS};
use super::model::*;
use super::url::is_safe_url;

/// How many ids of a `replaced_by` cycle its message names.
const CHAIN_SHOWN: usize = 8;

/// A catalogue as far as it could be read, and the problems found: every kind of
/// problem at least once, at most [`MAX_PER_CODE`](crate::diagnostic::MAX_PER_CODE) of
/// each, and then a [`Code::DiagnosticsOmitted`] counting the rest
/// ([`Collector`]). An error is never left out alone: its code is listed.
#[derive(Clone, Debug, PartialEq)]
pub struct Loaded {
    /// `None` only when nothing usable could be built (see the module doc).
    pub catalogue: Option<Catalogue>,
    pub diagnostics: Vec<Diagnostic>,
}

impl Loaded {
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
    }

    /// Errors and warnings, those left out of the list included.
    pub fn counts(&self) -> Counts {
        Counts::of(&self.diagnostics)
    }
}

/// Reads and checks a catalogue file.
pub fn load_catalogue(bytes: &[u8]) -> Loaded {
    let json = match json::parse(bytes, &super::limits::JSON) {
        Ok(json) => json,
        Err(e) => {
            return Loaded {
                catalogue: None,
                diagnostics: vec![parse_diagnostic(e)],
            }
        }
    };
    let mut ctx = Ctx::new(Lang::Vi);
    let catalogue = ctx.catalogue(&json);
    Loaded {
        catalogue,
        diagnostics: ctx.diags.finish(),
    }
}

/// Reads and checks the detail file of an index entry: one full procedure whose id must
/// be `expected_id`, with references checked against `catalogue`.
pub fn load_detail(
    bytes: &[u8],
    expected_id: &str,
    catalogue: &Catalogue,
) -> (Option<Procedure>, Vec<Diagnostic>) {
    let json = match json::parse(bytes, &super::limits::JSON) {
        Ok(json) => json,
        Err(e) => return (None, vec![parse_diagnostic(e)]),
    };
    // An `href` naming the index itself (or another catalogue): one message, rather than
    // a missing `id`, `name`, `channels` and `steps` and a warning per top-level key.
    if json.get("procedures").is_some()
        && (json.get("format").is_some() || json.get("catalogue").is_some())
    {
        let d = Diagnostic::new(Code::DetailIsCatalogue, "$", Detail::None);
        return (None, vec![d]);
    }
    let mut ctx = Ctx::new(catalogue.info.default_lang);
    ctx.agencies = sorted(catalogue.agencies.iter().map(|a| a.id.as_str()));
    ctx.agency_levels = catalogue.agencies.iter().filter_map(|a| a.level).collect();
    ctx.fields = sorted(catalogue.fields.iter().map(|f| f.id.as_str()));
    ctx.procedures = sorted(catalogue.procedures.iter().map(|p| p.id.as_str()));
    let procedure = ctx.procedure(&json, false);
    if let Some(found) = json.get("id").and_then(Json::as_str) {
        if found != expected_id {
            ctx.path.push(Seg::Key("id"));
            ctx.error(
                Code::DetailIdMismatch,
                Detail::Mismatch {
                    expected: expected_id.to_string(),
                    found: found.to_string(),
                },
            );
            return (None, ctx.diags.finish());
        }
    }
    (procedure, ctx.diags.finish())
}

/// The diagnostic for bytes that are not JSON, named for what they look like.
pub fn parse_diagnostic(e: ParseError) -> Diagnostic {
    let code = match e.kind {
        ParseErrorKind::Empty => Code::EmptyFile,
        ParseErrorKind::TooLarge { .. } => Code::FileTooLarge,
        ParseErrorKind::Utf16 { .. } | ParseErrorKind::NotUtf8 => Code::NotUtf8,
        ParseErrorKind::Html => Code::HtmlPage,
        ParseErrorKind::TooDeep => Code::TooDeep,
        _ => Code::InvalidJson,
    };
    Diagnostic::new(
        code,
        e.path,
        Detail::Parse {
            kind: e.kind,
            offset: e.offset,
            line: e.line,
            column: e.column,
        },
    )
}

fn sorted<'j>(ids: impl Iterator<Item = &'j str>) -> Vec<&'j str> {
    let mut v: Vec<&str> = ids.collect();
    v.sort_unstable();
    v.dedup();
    v
}

/// A step of the walker's current path. Keys are the format's own names, so no
/// allocation happens until a problem is reported.
#[derive(Clone, Copy)]
enum Seg<'j> {
    Key(&'static str),
    Index(usize),
    /// A language tag of a text object, as the file wrote it.
    Tag(&'j str),
}

type Entries<'j> = &'j [(Cow<'j, str>, Json<'j>)];

/// An object whose keys were checked against the format.
#[derive(Clone, Copy)]
struct Obj<'j> {
    entries: Entries<'j>,
}

impl<'j> Obj<'j> {
    fn get(self, key: &str) -> Option<&'j Json<'j>> {
        self.entries
            .iter()
            .rev()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v)
    }
}

/// What a procedure's conditions and channel lists may name, gathered from the raw
/// JSON before its parts are walked, so order in the file does not matter.
#[derive(Default)]
struct Scope<'j> {
    questions: Vec<QuestionScope<'j>>,
    channel_ids: Vec<&'j str>,
    channel_kinds: Vec<ChannelKind>,
}

struct QuestionScope<'j> {
    id: &'j str,
    yes_no: bool,
    options: Vec<&'j str>,
}

struct Ctx<'j> {
    diags: Collector,
    path: Vec<Seg<'j>>,
    /// Errors that drop the item being walked; not counted while `soft > 0`.
    fatal: usize,
    soft: u32,
    lang: Lang,
    /// Sorted ids, for binary search; one sort instantiation (`&str`) keeps the wasm
    /// small.
    agencies: Vec<&'j str>,
    /// The levels some agency has, for `{"level": …}` groups.
    agency_levels: Vec<Level>,
    fields: Vec<&'j str>,
    procedures: Vec<&'j str>,
}

/// What a list must have.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Need {
    Optional,
    /// The key must be there; an empty list is fine (`agencies`, `procedures`).
    Present,
    /// At least one item (`channels`, `steps`, `options` …).
    NonEmpty,
}

/// How deep a document sits: a paper, an alternative of `one_of`, a part of `all_of`.
#[derive(Clone, Copy, PartialEq, Eq)]
enum DocLevel {
    Paper,
    Alternative,
    Part,
}

fn found(json: &Json<'_>) -> Found {
    match json {
        Json::Null => Found::Null,
        Json::Bool(b) => Found::Bool(*b),
        Json::Number(n) => Found::Number(excerpt(&n.raw)),
        Json::String(s) => Found::string(s),
        Json::Array(_) => Found::Array,
        Json::Object(_) => Found::Object,
    }
}

/// `[A-Za-z0-9._-]{1,64}`.
pub fn is_valid_id(id: &str) -> bool {
    (1..=super::limits::MAX_ID_LEN).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-'))
}

/// Reads `procedure-guide/1` or `procedure-guide/1.N`; the minor version.
fn format_minor(s: &str) -> Option<u32> {
    let rest = s.strip_prefix("procedure-guide/1")?;
    if rest.is_empty() {
        return Some(0);
    }
    let minor = rest.strip_prefix('.')?;
    if minor.is_empty() || minor.len() > 9 || !minor.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    minor.parse().ok()
}

impl<'j> Ctx<'j> {
    fn new(lang: Lang) -> Ctx<'j> {
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
        }
    }

    // ---- reporting ----

    fn path_string(&self, extra: Option<&str>) -> String {
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

    fn report(&mut self, code: Code, extra: Option<&str>, detail: Detail) {
        if code.severity() == crate::diagnostic::Severity::Error && self.soft == 0 {
            self.fatal += 1;
        }
        if !self.diags.wants(code) {
            return;
        }
        let path = self.path_string(extra);
        self.diags.push(Diagnostic::new(code, path, detail));
    }

    fn error(&mut self, code: Code, detail: Detail) {
        self.report(code, None, detail);
    }

    fn expected(&mut self, code: Code, expected: Expected, json: &Json<'_>) {
        self.error(
            code,
            Detail::Expected {
                expected,
                found: found(json),
            },
        );
    }

    fn wrong_type(&mut self, expected: Expected, json: &Json<'_>) {
        self.expected(Code::WrongType, expected, json);
    }

    fn missing(&mut self, key: &'static str) {
        self.report(Code::MissingField, Some(key), Detail::Name(key.to_string()));
    }

    fn push(&mut self, key: &'static str) {
        self.path.push(Seg::Key(key));
    }

    fn pop(&mut self) {
        self.path.pop();
    }

    // ---- shapes ----

    /// An object of `shape`: unknown keys are warned about, missing required keys
    /// reported (the walker then finds them absent and says nothing more).
    fn object(&mut self, json: &'j Json<'j>, shape: &Shape) -> Option<Obj<'j>> {
        let Json::Object(entries) = json else {
            self.wrong_type(Expected::Object, json);
            return None;
        };
        for (i, (key, _)) in entries.iter().enumerate() {
            if !shape.knows(key) {
                self.report(
                    Code::UnknownField,
                    Some(&**key),
                    Detail::Name(key.to_string()),
                );
            }
            if entries.len() <= 64 && entries.iter().take(i).any(|(k, _)| k == key) {
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
            if !entries.iter().any(|(k, _)| k == field.key) {
                self.missing(field.key);
            }
        }
        Some(Obj { entries })
    }

    fn array(&mut self, json: &'j Json<'j>) -> Option<&'j [Json<'j>]> {
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
    fn list<T>(
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
    fn each(
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
    fn duplicates(&mut self, obj: Obj<'j>, key: &'static str) -> Vec<usize> {
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

    fn string(&mut self, json: &'j Json<'j>) -> Option<&'j str> {
        match json {
            Json::String(s) => Some(s),
            other => {
                self.wrong_type(Expected::String, other);
                None
            }
        }
    }

    fn opt_string(&mut self, obj: Obj<'j>, key: &'static str) -> Option<String> {
        let json = obj.get(key)?;
        self.push(key);
        let s = self
            .string(json)
            .and_then(|s| self.clean(s, MAX_TEXT_CHARS));
        self.pop();
        s.filter(|s| !s.is_empty())
    }

    /// NFC, the length limit and the garbled-encoding check, for every text.
    fn clean(&mut self, s: &str, max: usize) -> Option<String> {
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
        Some(s.into_owned())
    }

    /// Localised text; an empty one is an error when `required`, else absent.
    fn text(&mut self, json: &'j Json<'j>, max: usize, required: bool) -> Option<Text> {
        let text = match json {
            Json::String(s) => {
                let s = self.clean(s, max)?;
                if s.is_empty() {
                    Text::default()
                } else {
                    Text::new(self.lang, s)
                }
            }
            Json::Object(entries) => {
                let mut out: Vec<(Lang, String)> = Vec::with_capacity(entries.len());
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
                    if let Some(i) = out.iter().position(|(l, _)| *l == lang) {
                        self.report(Code::DuplicateKey, Some(tag), Detail::Name(tag.to_string()));
                        out.remove(i);
                    }
                    self.path.push(Seg::Tag(tag));
                    let s = self.clean(s, max);
                    self.pop();
                    match s {
                        Some(s) if !s.is_empty() => out.push((lang, s)),
                        _ => {}
                    }
                }
                if let Some(i) = out.iter().position(|(l, _)| *l == self.lang) {
                    if let Some(head) = out.get_mut(..=i) {
                        head.rotate_right(1);
                    }
                } else if !out.is_empty() {
                    self.report(
                        Code::MissingDefaultLanguage,
                        Some(self.lang.tag()),
                        Detail::Name(self.lang.tag().to_string()),
                    );
                }
                Text::from_entries(out)
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

    fn req_text(&mut self, obj: Obj<'j>, key: &'static str, max: usize) -> Option<Text> {
        let json = obj.get(key)?;
        self.push(key);
        let t = self.text(json, max, true);
        self.pop();
        t
    }

    /// Optional text, dropped alone when broken.
    fn opt_text(&mut self, obj: Obj<'j>, key: &'static str) -> Option<Text> {
        let json = obj.get(key)?;
        self.soft += 1;
        self.push(key);
        let t = self.text(json, MAX_TEXT_CHARS, false);
        self.pop();
        self.soft -= 1;
        t
    }

    fn text_list(&mut self, obj: Obj<'j>, key: &'static str) -> Vec<Text> {
        self.soft += 1;
        let list = self.list(obj, key, Need::Optional, |ctx, json| {
            ctx.text(json, MAX_TEXT_CHARS, false)
        });
        self.soft -= 1;
        list
    }

    fn id(&mut self, json: &'j Json<'j>) -> Option<&'j str> {
        let s = self.string(json)?;
        if is_valid_id(s) {
            Some(s)
        } else {
            self.error(Code::InvalidId, Detail::Name(excerpt(s)));
            None
        }
    }

    fn req_id(&mut self, obj: Obj<'j>) -> Option<String> {
        let json = obj.get("id")?;
        self.push("id");
        let id = self.id(json).map(str::to_string);
        self.pop();
        id
    }

    fn opt_bool(&mut self, obj: Obj<'j>, key: &'static str) -> Option<bool> {
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

    fn whole_number(&mut self, json: &'j Json<'j>, min: u64) -> Option<u64> {
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

    fn opt_count(&mut self, obj: Obj<'j>, key: &'static str) -> Option<u32> {
        let json = obj.get(key)?;
        self.push(key);
        let n = self
            .whole_number(json, 0)
            .and_then(|n| self.fits_u32(n, json));
        self.pop();
        n
    }

    fn fits_u32(&mut self, n: u64, json: &Json<'_>) -> Option<u32> {
        match u32::try_from(n) {
            Ok(n) => Some(n),
            Err(_) => {
                self.expected(Code::InvalidValue, Expected::WholeNumber, json);
                None
            }
        }
    }

    /// One of the `words`; its position in them.
    fn word(&mut self, json: &'j Json<'j>, words: &'static [&'static str]) -> Option<usize> {
        let s = self.string(json)?;
        let i = words.iter().position(|w| *w == s);
        if i.is_none() {
            self.expected(Code::InvalidValue, Expected::OneOf(words), json);
        }
        i
    }

    fn opt_word(
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

    fn word_list(
        &mut self,
        obj: Obj<'j>,
        key: &'static str,
        words: &'static [&'static str],
    ) -> Vec<usize> {
        self.list(obj, key, Need::Optional, |ctx, json| ctx.word(json, words))
    }

    fn opt_date(&mut self, obj: Obj<'j>, key: &'static str) -> Option<Date> {
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
    fn url(&mut self, json: &'j Json<'j>) -> Option<String> {
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

    fn opt_url(&mut self, obj: Obj<'j>, key: &'static str) -> Option<String> {
        let json = obj.get(key)?;
        self.push(key);
        let url = self.url(json);
        self.pop();
        url
    }

    /// A reference to a procedure of the catalogue; an unknown one is dropped alone.
    fn procedure_ref(&mut self, json: &'j Json<'j>) -> Option<String> {
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

    fn procedure_refs(&mut self, obj: Obj<'j>, key: &'static str) -> Vec<String> {
        self.list(obj, key, Need::Optional, |ctx, json| {
            ctx.procedure_ref(json)
        })
    }

    // ---- the catalogue ----

    fn catalogue(&mut self, json: &'j Json<'j>) -> Option<Catalogue> {
        let root = self.object(json, &format::CATALOGUE)?;
        let format_minor = match root.get("format") {
            None => return None,
            Some(value) => {
                self.push("format");
                let minor = value.as_str().and_then(format_minor);
                if minor.is_none() {
                    self.expected(Code::UnsupportedFormat, Expected::Format, value);
                }
                self.pop();
                minor?
            }
        };

        self.lang = root
            .get("catalogue")
            .and_then(|c| c.get("default_lang"))
            .and_then(Json::as_str)
            .and_then(Lang::from_tag)
            .unwrap_or(Lang::Vi);
        self.collect_ids(root);

        let info = self.info(root);
        let agencies = self.top_list(root, "agencies", true, Self::agency);
        let fields = self.top_list(root, "fields", false, Self::field);
        let life_events = self.top_list(root, "life_events", false, Self::life_event);
        let mut procedures = self.top_list(root, "procedures", true, |ctx, json| {
            ctx.procedure(json, true)
        });
        if procedures.len() > MAX_PROCEDURES {
            self.push("procedures");
            self.error(
                Code::TooManyProcedures,
                Detail::Limit {
                    limit: MAX_PROCEDURES,
                    actual: procedures.len(),
                },
            );
            self.pop();
            procedures.truncate(MAX_PROCEDURES);
        }
        self.replacement_cycles(root, &procedures);
        Some(Catalogue {
            format_minor,
            info,
            agencies,
            fields,
            life_events,
            procedures: procedures.into_iter().map(std::sync::Arc::new).collect(),
        })
    }

    /// Every id that can be referred to, gathered before anything refers to it.
    fn collect_ids(&mut self, root: Obj<'j>) {
        let items = |key: &str| {
            root.get(key)
                .and_then(Json::as_array)
                .unwrap_or_default()
                .iter()
        };
        let level = |agency: &Json<'_>| {
            agency
                .get("level")
                .and_then(Json::as_str)
                .and_then(Level::from_word)
        };
        self.agencies = sorted(items("agencies").filter_map(|a| a.get("id")?.as_str()));
        self.agency_levels = items("agencies").filter_map(level).collect();
        self.fields = sorted(items("fields").filter_map(|f| f.get("id")?.as_str()));
        self.procedures = sorted(items("procedures").filter_map(|p| p.get("id")?.as_str()));
    }

    /// A top-level list whose items are dropped one by one on error, and whose repeated
    /// ids drop the later item.
    fn top_list<T>(
        &mut self,
        root: Obj<'j>,
        key: &'static str,
        required: bool,
        item: impl Fn(&mut Self, &'j Json<'j>) -> Option<T>,
    ) -> Vec<T> {
        let repeats = self.duplicates(root, key);
        let mut index = 0;
        let need = if required {
            Need::Present
        } else {
            Need::Optional
        };
        self.list(root, key, need, |ctx, json| {
            let i = index;
            index += 1;
            if repeats.binary_search(&i).is_ok() {
                return None;
            }
            ctx.item(|ctx| item(ctx, json))
        })
    }

    /// Runs `walk` and keeps its result only if it reported no error that drops it.
    fn item<T>(&mut self, walk: impl FnOnce(&mut Self) -> Option<T>) -> Option<T> {
        let before = self.fatal;
        let value = walk(self);
        if self.fatal > before {
            None
        } else {
            value
        }
    }

    fn info(&mut self, root: Obj<'j>) -> CatalogueInfo {
        let mut info = CatalogueInfo {
            id: String::new(),
            title: Text::default(),
            publisher: None,
            updated: None,
            default_lang: self.lang,
            portal: None,
            contact: None,
        };
        let Some(json) = root.get("catalogue") else {
            return info;
        };
        self.push("catalogue");
        if let Some(obj) = self.object(json, &format::INFO) {
            info.id = self.req_id(obj).unwrap_or_default();
            info.title = self
                .req_text(obj, "title", MAX_NAME_CHARS)
                .unwrap_or_default();
            info.publisher = self.opt_text(obj, "publisher");
            info.updated = self.opt_date(obj, "updated");
            if let Some(tag) = obj.get("default_lang") {
                self.push("default_lang");
                self.soft += 1;
                if let Some(s) = self.string(tag) {
                    if Lang::from_tag(s).is_none() {
                        self.expected(Code::InvalidValue, Expected::OneOf(&["vi", "en"]), tag);
                    }
                }
                self.soft -= 1;
                self.pop();
            }
            self.soft += 1;
            if let Some(portal) = obj.get("portal") {
                self.push("portal");
                info.portal = self.object(portal, &format::PORTAL).map(|p| Portal {
                    name: self.opt_text(p, "name"),
                    url: self.opt_url(p, "url"),
                    lookup_url: self.opt_url(p, "lookup_url"),
                    feedback_url: self.opt_url(p, "feedback_url"),
                });
                self.pop();
            }
            if let Some(contact) = obj.get("contact") {
                self.push("contact");
                info.contact = self.object(contact, &format::CONTACT).map(|c| Contact {
                    hotline: self.opt_string(c, "hotline"),
                    email: self.opt_string(c, "email"),
                    address: self.opt_text(c, "address"),
                });
                self.pop();
            }
            self.soft -= 1;
        }
        self.pop();
        info
    }

    fn agency(&mut self, json: &'j Json<'j>) -> Option<Agency> {
        let obj = self.object(json, &format::AGENCY)?;
        let id = self.req_id(obj);
        let name = self.req_text(obj, "name", MAX_NAME_CHARS);
        let level = self
            .opt_word(obj, "level", Level::WORDS)
            .and_then(|i| Level::ALL.get(i).copied());
        self.soft += 1;
        let code = self.opt_string(obj, "code").filter(|code| {
            let ok = code.bytes().all(|b| b.is_ascii_digit());
            if !ok {
                self.push("code");
                self.error(Code::InvalidValue, Detail::Name(excerpt(code)));
                self.pop();
            }
            ok
        });
        let address = self.opt_text(obj, "address");
        let phone = self.opt_string(obj, "phone");
        let hotline = self.opt_string(obj, "hotline");
        let email = self.opt_string(obj, "email");
        let url = self.opt_url(obj, "url");
        let opening_hours = self.opt_text(obj, "opening_hours");
        let map_url = self.opt_url(obj, "map_url");
        let formerly = self.text_list(obj, "formerly");
        self.soft -= 1;
        Some(Agency {
            id: id?,
            name: name?,
            level,
            address,
            phone,
            hotline,
            email,
            url,
            opening_hours,
            map_url,
            code,
            formerly,
        })
    }

    fn field(&mut self, json: &'j Json<'j>) -> Option<Field> {
        let obj = self.object(json, &format::FIELD)?;
        let id = self.req_id(obj);
        let name = self.req_text(obj, "name", MAX_NAME_CHARS);
        Some(Field {
            id: id?,
            name: name?,
        })
    }

    fn life_event(&mut self, json: &'j Json<'j>) -> Option<LifeEvent> {
        let obj = self.object(json, &format::LIFE_EVENT)?;
        let id = self.req_id(obj);
        let name = self.req_text(obj, "name", MAX_NAME_CHARS);
        let procedures = self.procedure_refs(obj, "procedures");
        Some(LifeEvent {
            id: id?,
            name: name?,
            procedures,
        })
    }

    // ---- a procedure ----

    /// A procedure; `in_catalogue` is false for a detail file, whose entries are never
    /// index entries.
    fn procedure(&mut self, json: &'j Json<'j>, in_catalogue: bool) -> Option<Procedure> {
        self.item(|ctx| ctx.procedure_inner(json, in_catalogue))
    }

    fn procedure_inner(&mut self, json: &'j Json<'j>, in_catalogue: bool) -> Option<Procedure> {
        let obj = self.object(json, &format::PROCEDURE)?;
        let id = self.req_id(obj);
        let name = self.req_text(obj, "name", MAX_NAME_CHARS);
        let href = match obj.get("href") {
            Some(value) if in_catalogue => {
                self.push("href");
                let href = self.string(value).and_then(|s| {
                    if is_safe_url(s) {
                        Some(s.to_string())
                    } else {
                        self.error(Code::UnsafeLink, Detail::Name(excerpt(s)));
                        None
                    }
                });
                self.pop();
                href
            }
            Some(_) => {
                self.soft += 1;
                self.report(
                    Code::MisplacedField,
                    Some("href"),
                    Detail::Name("href".into()),
                );
                self.soft -= 1;
                None
            }
            None => None,
        };
        let index_entry = href.is_some();

        self.soft += 1;
        let field = obj.get("field").and_then(|value| {
            self.push("field");
            let id = self.id(value).filter(|id| {
                let known = self.fields.binary_search(id).is_ok();
                if !known {
                    self.error(Code::UnknownFieldId, Detail::Name(id.to_string()));
                }
                known
            });
            self.pop();
            id.map(str::to_string)
        });
        let level = match obj.get("level") {
            Some(value @ Json::String(_)) => {
                self.push("level");
                let level = self.word(value, Level::WORDS);
                self.pop();
                level.into_iter().collect()
            }
            _ => self.word_list(obj, "level", Level::WORDS),
        };
        let level = level
            .into_iter()
            .filter_map(|i| Level::ALL.get(i).copied())
            .collect();
        let audience = self
            .word_list(obj, "audience", Audience::WORDS)
            .into_iter()
            .filter_map(|i| Audience::ALL.get(i).copied())
            .collect();
        let summary = self.opt_text(obj, "summary");
        let keywords = self.text_list(obj, "keywords");
        let requirements = self.text_list(obj, "requirements");
        let result = self.opt_text(obj, "result");
        let related = self.procedure_refs(obj, "related");
        let legal_basis = self.list(obj, "legal_basis", Need::Optional, Self::legal_basis);
        let updated = self.opt_date(obj, "updated");
        let status = self
            .opt_word(obj, "status", Status::WORDS)
            .and_then(|i| Status::ALL.get(i).copied())
            .unwrap_or(Status::Active);
        let replaced_by = obj.get("replaced_by").and_then(|value| {
            self.push("replaced_by");
            let id = self.procedure_ref(value);
            if id.is_some() && status == Status::Active {
                self.error(Code::ReplacedButActive, Detail::None);
            }
            self.pop();
            id
        });
        self.soft -= 1;

        // `"agencies": {"level": "commune"}` is the group on its own, without a list.
        let agencies = match obj.get("agencies") {
            Some(group @ Json::Object(_)) => {
                self.push("agencies");
                let group = self.agency_ref(group);
                self.pop();
                group.into_iter().collect()
            }
            _ => self.list(obj, "agencies", Need::NonEmpty, Self::agency_ref),
        };
        let sets = match obj.get("sets") {
            Some(value) => {
                self.push("sets");
                let n = self
                    .whole_number(value, 1)
                    .and_then(|n| self.fits_u32(n, value));
                self.pop();
                n.unwrap_or(1)
            }
            None => 1,
        };

        let scope = self.scope(obj);
        for key in ["channels", "questions", "documents", "steps"] {
            self.duplicates(obj, key);
        }
        // An index entry carries a summary; its detail file has the rest.
        let detail_need = if index_entry {
            Need::Optional
        } else {
            for key in ["channels", "steps"] {
                if obj.get(key).is_none() {
                    self.missing(key);
                }
            }
            Need::NonEmpty
        };
        let channels = self.list(obj, "channels", detail_need, |ctx, json| {
            ctx.channel(json, &scope, index_entry)
        });
        let questions = self.list(obj, "questions", Need::Optional, |ctx, json| {
            ctx.question(json, &scope)
        });
        let documents = self.list(obj, "documents", Need::Optional, |ctx, json| {
            ctx.document(json, &scope, DocLevel::Paper)
        });
        let steps = self.list(obj, "steps", detail_need, |ctx, json| {
            ctx.step(json, &scope)
        });

        Some(Procedure {
            id: id?,
            name: name?,
            field,
            level,
            agencies,
            audience,
            summary,
            keywords,
            requirements,
            result,
            related,
            legal_basis,
            channels,
            questions,
            documents,
            steps,
            updated,
            status,
            replaced_by,
            sets,
            href,
        })
    }

    fn agency_ref(&mut self, json: &'j Json<'j>) -> Option<AgencyRef> {
        match json {
            Json::String(_) => {
                let id = self.id(json)?;
                if self.agencies.binary_search(&id).is_err() {
                    self.error(Code::UnknownAgency, Detail::Name(id.to_string()));
                    return None;
                }
                Some(AgencyRef::Id(id.to_string()))
            }
            Json::Object(_) => {
                let obj = self.object(json, &format::AGENCY_GROUP)?;
                let value = obj.get("level")?;
                self.push("level");
                let level = self
                    .word(value, Level::WORDS)
                    .and_then(|i| Level::ALL.get(i).copied());
                if let Some(level) = level {
                    if !self.agency_levels.contains(&level) {
                        self.error(
                            Code::UnknownAgency,
                            Detail::Name(level.as_str().to_string()),
                        );
                    }
                }
                self.pop();
                level.map(AgencyRef::Level)
            }
            other => {
                self.wrong_type(Expected::AgencyRef, other);
                None
            }
        }
    }

    fn legal_basis(&mut self, json: &'j Json<'j>) -> Option<LegalBasis> {
        self.soft += 1;
        let basis = self.object(json, &format::LEGAL_BASIS).and_then(|obj| {
            let code = self.opt_string(obj, "code");
            let title = self.req_text(obj, "title", MAX_NAME_CHARS)?;
            Some(LegalBasis {
                code,
                title,
                issued: self.opt_date(obj, "issued"),
                issuer: self.opt_text(obj, "issuer"),
            })
        });
        self.soft -= 1;
        basis
    }

    /// Gathers the question, option and channel ids a procedure's parts may name.
    fn scope(&self, obj: Obj<'j>) -> Scope<'j> {
        let items = |key: &str| obj.get(key).and_then(Json::as_array).unwrap_or_default();
        let str_at = |json: &'j Json<'j>, key: &str| json.get(key).and_then(Json::as_str);
        let mut scope = Scope::default();
        for q in items("questions") {
            let Some(id) = str_at(q, "id") else { continue };
            let options = q
                .get("options")
                .and_then(Json::as_array)
                .unwrap_or_default()
                .iter()
                .filter_map(|o| str_at(o, "id"))
                .collect();
            scope.questions.push(QuestionScope {
                id,
                yes_no: str_at(q, "kind") == Some("yes_no"),
                options,
            });
        }
        for c in items("channels") {
            if let Some(id) = str_at(c, "id") {
                scope.channel_ids.push(id);
            }
            if let Some(kind) = str_at(c, "kind").and_then(ChannelKind::from_word) {
                scope.channel_kinds.push(kind);
            }
        }
        scope
    }

    fn channel(
        &mut self,
        json: &'j Json<'j>,
        scope: &Scope<'j>,
        index_entry: bool,
    ) -> Option<Channel> {
        let obj = self.object(json, &format::CHANNEL)?;
        let id = obj.get("id").and_then(|value| {
            self.push("id");
            let id = self.id(value);
            self.pop();
            id.map(str::to_string)
        });
        let kind = match obj.get("kind") {
            None => None,
            Some(value) => {
                self.push("kind");
                let kind = self
                    .word(value, ChannelKind::WORDS)
                    .and_then(|i| ChannelKind::ALL.get(i).copied());
                self.pop();
                kind
            }
        };
        let online = kind == Some(ChannelKind::Online);
        let online_level = match obj.get("online_level") {
            None => {
                if online {
                    self.missing("online_level");
                }
                None
            }
            Some(value) => {
                self.push("online_level");
                let level = if !online && kind.is_some() {
                    self.soft += 1;
                    self.error(Code::OnlineLevelNotOnline, Detail::None);
                    self.soft -= 1;
                    None
                } else {
                    match value {
                        Json::Number(n) if n.as_u64() == Some(3) => Some(OnlineLevel::Partial),
                        Json::Number(n) if n.as_u64() == Some(4) => Some(OnlineLevel::Full),
                        Json::Number(_) => {
                            self.expected(Code::InvalidValue, Expected::OnlineLevel, value);
                            None
                        }
                        other => {
                            self.wrong_type(Expected::OnlineLevel, other);
                            None
                        }
                    }
                };
                self.pop();
                level
            }
        };
        let url = self.opt_url(obj, "url");
        if online && !index_entry && obj.get("url").is_none() {
            self.missing("url");
        }
        let online_payment = self.opt_bool(obj, "online_payment");
        let result_delivery = self
            .word_list(obj, "result_delivery", Delivery::WORDS)
            .into_iter()
            .filter_map(|i| Delivery::ALL.get(i).copied())
            .collect();
        let time_limit = match obj.get("time_limit") {
            None => Vec::new(),
            Some(value @ Json::Object(_)) => {
                self.push("time_limit");
                let limit = self.time_limit(value, scope);
                self.pop();
                limit.into_iter().collect()
            }
            Some(_) => self.list(obj, "time_limit", Need::Optional, |ctx, json| {
                ctx.time_limit(json, scope)
            }),
        };
        let fee = self.list(obj, "fee", Need::Optional, |ctx, json| ctx.fee(json, scope));
        let agencies = self.list(obj, "agencies", Need::Optional, |ctx, json| {
            let id = ctx.id(json)?;
            if ctx.agencies.binary_search(&id).is_err() {
                ctx.error(Code::UnknownAgency, Detail::Name(id.to_string()));
                return None;
            }
            Some(id.to_string())
        });
        Some(Channel {
            id,
            kind: kind?,
            online_level,
            url,
            online_payment,
            result_delivery,
            time_limit,
            fee,
            where_: self.opt_text(obj, "where"),
            agencies,
            notes: self.opt_text(obj, "notes"),
            when: self.opt_condition(obj, scope),
        })
    }

    fn time_limit(&mut self, json: &'j Json<'j>, scope: &Scope<'j>) -> Option<TimeLimit> {
        let obj = self.object(json, &format::TIME_LIMIT)?;
        let mut span = None;
        for (key, make) in [
            ("working_days", Span::WorkingDays as fn(u32) -> Span),
            ("days", Span::Days),
            ("hours", Span::Hours),
        ] {
            let Some(value) = obj.get(key) else { continue };
            self.push(key);
            if span.is_some() {
                self.error(Code::MisplacedField, Detail::Name(key.to_string()));
            } else if let Some(n) = self
                .whole_number(value, 0)
                .and_then(|n| self.fits_u32(n, value))
            {
                span = Some(make(n));
            }
            self.pop();
        }
        let text = self.req_text(obj, "text", MAX_TEXT_CHARS);
        if ["working_days", "days", "hours", "text"]
            .iter()
            .all(|k| obj.get(k).is_none())
        {
            // Reported under the first name; the message lists all four.
            self.missing("working_days");
        }
        let when = self.opt_condition(obj, scope);
        Some(TimeLimit { span, text, when })
    }

    fn fee(&mut self, json: &'j Json<'j>, scope: &Scope<'j>) -> Option<Fee> {
        let obj = self.object(json, &format::FEE)?;
        let kind = match obj.get("kind") {
            None => None,
            Some(_) => self
                .opt_word(obj, "kind", FeeKind::WORDS)
                .and_then(|i| FeeKind::ALL.get(i).copied()),
        };
        let amount = obj.get("amount").and_then(|value| {
            self.push("amount");
            let n = self.whole_number(value, 0);
            self.pop();
            n
        });
        let currency = obj.get("currency").and_then(|value| {
            self.push("currency");
            let c = self.string(value).filter(|c| {
                let ok = c.len() == 3 && c.bytes().all(|b| b.is_ascii_uppercase());
                if !ok {
                    self.expected(Code::InvalidValue, Expected::Currency, value);
                }
                ok
            });
            self.pop();
            c.map(str::to_string)
        });
        if obj.get("amount").is_some() && obj.get("currency").is_none() {
            self.missing("currency");
        }
        Some(Fee {
            kind: kind?,
            amount,
            currency,
            per: self.opt_text(obj, "per"),
            note: self.opt_text(obj, "note"),
            when: self.opt_condition(obj, scope),
        })
    }

    // ---- questions and conditions ----

    fn question(&mut self, json: &'j Json<'j>, scope: &Scope<'j>) -> Option<Question> {
        let obj = self.object(json, &format::QUESTION)?;
        let id = self.req_id(obj);
        let text = self.req_text(obj, "text", MAX_TEXT_CHARS);
        let help = self.opt_text(obj, "help");
        let kind = match obj.get("kind") {
            None => None,
            Some(_) => self
                .opt_word(obj, "kind", QuestionKind::WORDS)
                .and_then(|i| QuestionKind::ALL.get(i).copied()),
        };
        let mut options = Vec::new();
        let (mut stop_yes, mut stop_no) = (None, None);
        match kind {
            Some(QuestionKind::Choice) => {
                self.duplicates(obj, "options");
                if obj.get("options").is_none() {
                    self.missing("options");
                }
                options = self.list(obj, "options", Need::NonEmpty, |ctx, json| ctx.choice(json));
                if obj.get("stop").is_some() {
                    self.report(
                        Code::MisplacedField,
                        Some("stop"),
                        Detail::Name("stop".into()),
                    );
                }
            }
            Some(QuestionKind::YesNo) => {
                if obj.get("options").is_some() {
                    self.report(
                        Code::MisplacedField,
                        Some("options"),
                        Detail::Name("options".into()),
                    );
                }
                if let Some(stops) = obj.get("stop") {
                    self.push("stop");
                    if let Some(stops) = self.object(stops, &format::YES_NO_STOPS) {
                        for (key, slot) in [("yes", &mut stop_yes), ("no", &mut stop_no)] {
                            if let Some(value) = stops.get(key) {
                                self.push(key);
                                *slot = self.stop(value);
                                self.pop();
                            }
                        }
                    }
                    self.pop();
                }
            }
            None => {}
        }
        let when = self.opt_condition(obj, scope);
        Some(Question {
            id: id?,
            text: text?,
            help,
            kind: kind?,
            options,
            stop_yes,
            stop_no,
            when,
        })
    }

    fn choice(&mut self, json: &'j Json<'j>) -> Option<Choice> {
        let obj = self.object(json, &format::CHOICE)?;
        let id = self.req_id(obj);
        let label = self.req_text(obj, "label", MAX_NAME_CHARS);
        let stop = obj.get("stop").and_then(|value| {
            self.push("stop");
            let stop = self.stop(value);
            self.pop();
            stop
        });
        Some(Choice {
            id: id?,
            label: label?,
            stop,
        })
    }

    /// A stop: a text, or `{text, see}`. An object is the long form when it has `text`
    /// or `see`; otherwise it is localised text.
    fn stop(&mut self, json: &'j Json<'j>) -> Option<Stop> {
        let long = json.get("text").is_some() || json.get("see").is_some();
        if !long {
            return match json {
                Json::String(_) | Json::Object(_) => {
                    self.text(json, MAX_TEXT_CHARS, true).map(|text| Stop {
                        text,
                        see: Vec::new(),
                    })
                }
                other => {
                    self.wrong_type(Expected::Stop, other);
                    None
                }
            };
        }
        let obj = self.object(json, &format::STOP)?;
        let text = self.req_text(obj, "text", MAX_TEXT_CHARS);
        self.soft += 1;
        let see = self.list(obj, "see", Need::Optional, Self::see_ref);
        self.soft -= 1;
        Some(Stop { text: text?, see })
    }

    /// A `see` entry: a string with `:` or `/` is a link, any other string a procedure
    /// id; an object is `{label, url}`.
    fn see_ref(&mut self, json: &'j Json<'j>) -> Option<SeeRef> {
        match json {
            Json::String(s) if s.contains([':', '/']) => self
                .url(json)
                .map(|url| SeeRef::Link(Link { label: None, url })),
            Json::String(_) => self.procedure_ref(json).map(SeeRef::Procedure),
            Json::Object(_) => self.link(json).map(SeeRef::Link),
            other => {
                self.wrong_type(Expected::SeeRef, other);
                None
            }
        }
    }

    fn link(&mut self, json: &'j Json<'j>) -> Option<Link> {
        let obj = self.object(json, &format::LINK)?;
        let label = self.opt_text(obj, "label");
        let url = obj.get("url")?;
        self.push("url");
        let url = self.url(url);
        self.pop();
        Some(Link { label, url: url? })
    }

    fn opt_condition(&mut self, obj: Obj<'j>, scope: &Scope<'j>) -> Option<Condition> {
        let json = obj.get("when")?;
        self.push("when");
        let c = self.condition(json, scope);
        self.pop();
        c
    }

    fn condition(&mut self, json: &'j Json<'j>, scope: &Scope<'j>) -> Option<Condition> {
        let obj = self.object(json, &format::CONDITION)?;
        let shapes = ["is", "in", "all", "any"]
            .iter()
            .filter(|k| obj.get(k).is_some())
            .count();
        let has_question = obj.get("question").is_some();
        let combinator = obj.get("all").is_some() || obj.get("any").is_some();
        if shapes != 1 || has_question == combinator {
            self.error(Code::InvalidCondition, Detail::None);
            return None;
        }
        for (key, all) in [("all", true), ("any", false)] {
            if obj.get(key).is_some() {
                let list = self.list(obj, key, Need::NonEmpty, |ctx, json| {
                    ctx.condition(json, scope)
                });
                return Some(if all {
                    Condition::All(list)
                } else {
                    Condition::Any(list)
                });
            }
        }
        self.push("question");
        let question = obj.get("question").and_then(|q| self.id(q)).and_then(|id| {
            let found = scope.questions.iter().find(|q| q.id == id);
            if found.is_none() {
                self.error(Code::UnknownQuestion, Detail::Name(id.to_string()));
            }
            found
        });
        self.pop();
        let answer = |ctx: &mut Self, json: &'j Json<'j>| -> Option<String> {
            let a = ctx.string(json)?;
            let q = question?;
            let known = if q.yes_no {
                a == "yes" || a == "no"
            } else {
                q.options.contains(&a)
            };
            if !known {
                ctx.error(Code::UnknownOption, Detail::Name(excerpt(a)));
            }
            Some(a.to_string())
        };
        let question_id = question.map(|q| q.id.to_string());
        if let Some(value) = obj.get("is") {
            self.push("is");
            let a = answer(self, value);
            self.pop();
            return Some(Condition::Is {
                question: question_id?,
                answer: a?,
            });
        }
        let answers = self.list(obj, "in", Need::NonEmpty, answer);
        Some(Condition::In {
            question: question_id?,
            answers,
        })
    }

    // ---- documents and steps ----

    fn channel_refs(&mut self, obj: Obj<'j>, scope: &Scope<'j>) -> Vec<ChannelRef> {
        self.list(obj, "channels", Need::Optional, |ctx, json| {
            let s = ctx.string(json)?;
            if scope.channel_ids.contains(&s) {
                return Some(ChannelRef::Id(s.to_string()));
            }
            match ChannelKind::from_word(s) {
                Some(kind) if scope.channel_kinds.contains(&kind) => Some(ChannelRef::Kind(kind)),
                _ => {
                    ctx.error(Code::UnknownChannel, Detail::Name(excerpt(s)));
                    None
                }
            }
        })
    }

    fn document(
        &mut self,
        json: &'j Json<'j>,
        scope: &Scope<'j>,
        level: DocLevel,
    ) -> Option<Document> {
        let obj = self.object(json, &format::DOCUMENT)?;
        let id = match (level, obj.get("id")) {
            (DocLevel::Alternative | DocLevel::Part, None) => {
                let position = self.path.last().map_or(0, |seg| match seg {
                    Seg::Index(i) => *i,
                    Seg::Key(_) | Seg::Tag(_) => 0,
                });
                let mut id = String::from("#");
                id.push_str(&(position + 1).to_string());
                Some(id)
            }
            (_, None) => {
                self.missing("id");
                None
            }
            _ => self.req_id(obj),
        };
        let name = self.req_text(obj, "name", MAX_NAME_CHARS);
        let originals = self.opt_count(obj, "originals");
        let copies = self.opt_count(obj, "copies");
        let certified_copy = self.opt_bool(obj, "certified_copy").unwrap_or(false);
        let original_or_certified_copy = self
            .opt_bool(obj, "original_or_certified_copy")
            .unwrap_or(false);
        let data_lookup = self.opt_text(obj, "data_lookup");
        let action = self
            .opt_word(obj, "action", DocumentAction::WORDS)
            .and_then(|i| DocumentAction::ALL.get(i).copied())
            .unwrap_or(DocumentAction::Submit);
        let form = obj.get("form").and_then(|value| {
            self.push("form");
            let form = self.object(value, &format::FORM).map(|f| Form {
                code: self.opt_string(f, "code"),
                url: self.opt_url(f, "url"),
                name: self.opt_text(f, "name"),
            });
            self.pop();
            form
        });
        for (key, allowed) in [
            ("one_of", level == DocLevel::Paper),
            ("all_of", level == DocLevel::Alternative),
            ("when", level == DocLevel::Paper),
        ] {
            if !allowed && obj.get(key).is_some() {
                self.report(
                    Code::MisplacedField,
                    Some(key),
                    Detail::Name(key.to_string()),
                );
            }
        }
        let mut one_of = Vec::new();
        let mut all_of = Vec::new();
        let mut when = None;
        match level {
            DocLevel::Paper => {
                self.duplicates(obj, "one_of");
                if obj.get("one_of").is_some() {
                    one_of = self.list(obj, "one_of", Need::NonEmpty, |ctx, json| {
                        ctx.document(json, scope, DocLevel::Alternative)
                    });
                }
                when = self.opt_condition(obj, scope);
            }
            DocLevel::Alternative => {
                self.duplicates(obj, "all_of");
                if obj.get("all_of").is_some() {
                    all_of = self.list(obj, "all_of", Need::NonEmpty, |ctx, json| {
                        ctx.document(json, scope, DocLevel::Part)
                    });
                }
            }
            DocLevel::Part => {}
        }
        let channels = self.channel_refs(obj, scope);
        let optional = self.opt_bool(obj, "optional").unwrap_or(false);
        let notes = self.opt_text(obj, "notes");
        let obtain_via = self.procedure_refs(obj, "obtain_via");
        Some(Document {
            id: id?,
            name: name?,
            originals,
            copies,
            certified_copy,
            original_or_certified_copy,
            data_lookup,
            action,
            form,
            one_of,
            all_of,
            notes,
            channels,
            when,
            optional,
            obtain_via,
        })
    }

    fn step(&mut self, json: &'j Json<'j>, scope: &Scope<'j>) -> Option<Step> {
        let obj = self.object(json, &format::STEP)?;
        let id = self.req_id(obj);
        let title = self.req_text(obj, "title", MAX_NAME_CHARS);
        let actor = self
            .opt_word(obj, "actor", Actor::WORDS)
            .and_then(|i| Actor::ALL.get(i).copied());
        let channels = self.channel_refs(obj, scope);
        let when = self.opt_condition(obj, scope);
        self.soft += 1;
        let links = self.list(obj, "links", Need::Optional, Self::link);
        self.soft -= 1;
        Some(Step {
            id: id?,
            title: title?,
            detail: self.opt_text(obj, "detail"),
            actor,
            channels,
            when,
            duration: self.opt_text(obj, "duration"),
            links,
        })
    }

    // ---- across procedures ----

    /// Follows `replaced_by` from every procedure and reports every procedure on a chain
    /// that comes back to it. Linear: each procedure is walked once (a 20,000-long chain
    /// of recoded procedures once took minutes), and a message names at most
    /// [`CHAIN_SHOWN`] ids of its cycle.
    fn replacement_cycles(&mut self, root: Obj<'j>, procedures: &[Procedure]) {
        // Only replaced procedures can continue a chain.
        // (id, position in `procedures`): the same type and order as `positions` below,
        // so the wasm holds one sort for both.
        let mut by_id: Vec<(&str, usize)> = procedures
            .iter()
            .enumerate()
            .filter(|(_, p)| p.replaced_by.is_some())
            .map(|(i, p)| (p.id.as_str(), i))
            .collect();
        by_id.sort_unstable();
        let node = |id: &str| by_id.binary_search_by(|e| e.0.cmp(id)).ok();
        let next: Vec<Option<usize>> = by_id
            .iter()
            .map(|e| {
                procedures
                    .get(e.1)
                    .and_then(|p| p.replaced_by.as_deref())
                    .and_then(node)
            })
            .collect();
        // For each node, the cycle it lies on (an index into `cycles`), if any.
        const NEW: usize = usize::MAX;
        const WALKING: usize = usize::MAX - 1;
        const DONE: usize = usize::MAX - 2;
        let mut state = vec![NEW; by_id.len()];
        let mut cycles: Vec<Vec<usize>> = Vec::new();
        let mut walk = Vec::new();
        for start in 0..by_id.len() {
            walk.clear();
            let mut at = Some(start);
            while let Some(i) = at {
                match state.get(i).copied() {
                    Some(NEW) => {}
                    Some(WALKING) => {
                        // Back on this walk: from `i` to the end is a cycle.
                        if let Some(from) = walk.iter().position(|&w| w == i) {
                            let members = walk.get(from..).unwrap_or_default().to_vec();
                            for &m in &members {
                                if let Some(s) = state.get_mut(m) {
                                    *s = cycles.len();
                                }
                            }
                            cycles.push(members);
                        }
                        break;
                    }
                    _ => break,
                }
                if let Some(s) = state.get_mut(i) {
                    *s = WALKING;
                }
                walk.push(i);
                at = next.get(i).copied().flatten();
            }
            for &w in &walk {
                if let Some(s) = state.get_mut(w) {
                    if *s == WALKING {
                        *s = DONE;
                    }
                }
            }
        }
        if cycles.is_empty() {
            return;
        }
        let raw = root
            .get("procedures")
            .and_then(Json::as_array)
            .unwrap_or_default();
        // Position of the first procedure with each id in the file.
        let mut positions: Vec<(&str, usize)> = raw
            .iter()
            .enumerate()
            .filter_map(|(i, r)| Some((r.get("id").and_then(Json::as_str)?, i)))
            .collect();
        positions.sort_unstable();
        for p in procedures.iter().filter(|p| p.replaced_by.is_some()) {
            let Some(i) = node(&p.id) else { continue };
            let Some(cycle) = state.get(i).and_then(|&c| cycles.get(c)) else {
                continue;
            };
            let from = cycle.iter().position(|&m| m == i).unwrap_or(0);
            let mut chain: Vec<&str> = cycle
                .iter()
                .cycle()
                .skip(from)
                .take(cycle.len().min(CHAIN_SHOWN))
                .filter_map(|&m| by_id.get(m).map(|e| e.0))
                .collect();
            if cycle.len() > CHAIN_SHOWN {
                chain.push("…");
            }
            chain.push(p.id.as_str());
            let first = positions.partition_point(|e| e.0 < p.id.as_str());
            let index = positions
                .get(first)
                .filter(|e| e.0 == p.id)
                .map_or(0, |e| e.1);
            self.push("procedures");
            self.path.push(Seg::Index(index));
            self.push("replaced_by");
            self.error(Code::ReplacementCycle, Detail::Name(chain.join(" → ")));
            self.path.truncate(self.path.len() - 3);
        }
    }
}
