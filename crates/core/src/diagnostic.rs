//! Problems found while reading a catalogue: a stable code, a severity, the JSON path
//! and the facts a message needs. The words live in `crate::i18n::diagnostics`, so the
//! widget and the CLI say the same thing in Vietnamese and English.
//!
//! **API boundary**: codes and slugs are stable. Webmasters search for them and tools
//! match them; a code is never renumbered or reused. Add new ones at the end.

use crate::json::ParseErrorKind;

/// How bad a problem is. An error drops what it is in (see `crate::catalogue`); a warning
/// leaves everything showing.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

macro_rules! codes {
    ($($variant:ident = $id:literal $slug:literal,)*) => {
        /// Every kind of problem the reader reports.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Code {
            $($variant,)*
        }

        impl Code {
            /// Every code, in order. Generated with the enum, so it cannot miss one.
            pub const ALL: &'static [Code] = &[$(Code::$variant,)*];

            /// The stable short id, `E012` or `W003`; the letter is the severity.
            pub fn id(self) -> &'static str {
                match self {
                    $(Code::$variant => $id,)*
                }
            }

            /// The stable readable name, `unknown-agency`.
            pub fn slug(self) -> &'static str {
                match self {
                    $(Code::$variant => $slug,)*
                }
            }
        }
    };
}

codes! {
    EmptyFile = "E001" "empty-file",
    NotUtf8 = "E002" "not-utf8",
    HtmlPage = "E003" "html-page",
    InvalidJson = "E004" "invalid-json",
    TooDeep = "E005" "too-deep",
    FileTooLarge = "E006" "file-too-large",
    UnsupportedFormat = "E007" "unsupported-format",
    WrongType = "E008" "wrong-type",
    MissingField = "E009" "missing-field",
    InvalidValue = "E010" "invalid-value",
    InvalidId = "E011" "invalid-id",
    UnknownAgency = "E012" "unknown-agency",
    DuplicateId = "E013" "duplicate-id",
    UnknownFieldId = "E014" "unknown-field-id",
    UnknownProcedure = "E015" "unknown-procedure",
    UnknownQuestion = "E016" "unknown-question",
    UnknownOption = "E017" "unknown-option",
    UnknownChannel = "E018" "unknown-channel",
    ReplacementCycle = "E019" "replacement-cycle",
    OnlineLevelNotOnline = "E020" "online-level-not-online",
    UnsafeLink = "E021" "unsafe-link",
    TextTooLong = "E022" "text-too-long",
    TooManyProcedures = "E023" "too-many-procedures",
    InvalidDate = "E024" "invalid-date",
    EmptyList = "E025" "empty-list",
    InvalidCondition = "E026" "invalid-condition",
    DetailMissing = "E027" "detail-missing",
    DetailIdMismatch = "E028" "detail-id-mismatch",
    EmptyText = "E029" "empty-text",
    MisplacedField = "E030" "misplaced-field",
    DuplicateKey = "W001" "duplicate-key",
    GarbledText = "W002" "garbled-text",
    UnknownField = "W003" "unknown-field",
    UnknownLanguage = "W004" "unknown-language",
    ReplacedButActive = "W005" "replaced-but-active",
    MissingDefaultLanguage = "W006" "missing-default-language",
}

impl Code {
    pub fn severity(self) -> Severity {
        if self.id().starts_with('W') {
            Severity::Warning
        } else {
            Severity::Error
        }
    }

    /// The code for `E012`, `e012` or `unknown-agency`.
    pub fn from_name(name: &str) -> Option<Code> {
        Code::ALL
            .iter()
            .copied()
            .find(|c| c.id().eq_ignore_ascii_case(name) || c.slug() == name)
    }
}

/// What the reader wanted where it found something else.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Expected {
    Object,
    Array,
    String,
    Bool,
    /// Localised text: a string or an object of language tags.
    Text,
    WholeNumber,
    /// A whole number ≥ 1.
    PositiveNumber,
    /// One of a fixed list of words.
    OneOf(&'static [&'static str]),
    Format,
    OnlineLevel,
    Currency,
    Date,
    /// An agency id or `{"level": …}`.
    AgencyRef,
    /// A text, or `{"text", "see"}`.
    Stop,
    /// A procedure id, a link, or `{"label", "url"}`.
    SeeRef,
}

/// A short description of a JSON value, for "found …" in messages.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Found {
    Null,
    Bool(bool),
    Number(String),
    /// The string, cut to a readable length.
    String(String),
    Array,
    Object,
}

/// The facts a message needs beyond its code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Detail {
    None,
    /// A file that is not JSON: what went wrong and where.
    Parse {
        kind: ParseErrorKind,
        offset: usize,
        line: usize,
        column: usize,
    },
    Expected {
        expected: Expected,
        found: Found,
    },
    /// A field name, an id, a language tag, a link or a piece of text, as the code says.
    Name(String),
    Limit {
        limit: usize,
        actual: usize,
    },
    /// Two ids that should agree (a detail file's id and its index entry's).
    Mismatch {
        expected: String,
        found: String,
    },
}

/// One problem, at one JSON path.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub code: Code,
    pub severity: Severity,
    /// `procedures[12].documents[3].originals`; `$` for the whole file.
    pub path: String,
    pub detail: Detail,
}

impl Diagnostic {
    pub fn new(code: Code, path: impl Into<String>, detail: Detail) -> Diagnostic {
        Diagnostic {
            code,
            severity: code.severity(),
            path: path.into(),
            detail,
        }
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// How much of a string a message quotes.
const QUOTE_CHARS: usize = 60;

impl Found {
    /// Describes a string, cut at [`QUOTE_CHARS`] characters.
    pub fn string(s: &str) -> Found {
        Found::String(excerpt(s))
    }
}

/// The first [`QUOTE_CHARS`] characters of `s`, with `…` when cut.
pub fn excerpt(s: &str) -> String {
    match s.char_indices().nth(QUOTE_CHARS) {
        Some((end, _)) => {
            let mut cut = s.get(..end).unwrap_or_default().to_string();
            cut.push('…');
            cut
        }
        None => s.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn ids_and_slugs_are_unique_and_well_formed() {
        let mut ids = HashSet::new();
        let mut slugs = HashSet::new();
        for code in Code::ALL {
            assert!(ids.insert(code.id()), "{code:?}");
            assert!(slugs.insert(code.slug()), "{code:?}");
            let id = code.id();
            assert_eq!(id.len(), 4);
            assert!(id.starts_with('E') || id.starts_with('W'));
            assert!(code
                .slug()
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'));
            assert_eq!(Code::from_name(id), Some(*code));
            assert_eq!(Code::from_name(code.slug()), Some(*code));
        }
    }
}
