//! The walker's entry points: from bytes through a parsed [`Json`] tree to the
//! [`Catalogue`] model, collecting every problem on the way with its JSON path.
//! Validation *is* this walk, and each shape's part of it sits beside that shape's table
//! (`super::shapes`): there is no second description of the format to drift from it.
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

use crate::diagnostic::{Code, Counts, Detail, Diagnostic};
use crate::i18n::Lang;
use crate::json::{self, Json, ParseError, ParseErrorKind};

use super::limits;
use super::model::*;
use super::read::{sorted, Ctx, Seg};

/// A catalogue as far as it could be read, and the problems found: every kind of
/// problem at least once, at most [`MAX_PER_CODE`](crate::diagnostic::MAX_PER_CODE) of
/// each, and then a [`Code::DiagnosticsOmitted`] counting the rest
/// ([`Collector`](crate::diagnostic::Collector)). An error is never left out alone: its code is listed.
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
    let json = match json::parse(bytes, &limits::JSON) {
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
    let json = match json::parse(bytes, &limits::JSON) {
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
