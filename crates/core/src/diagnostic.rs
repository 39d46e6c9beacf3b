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
    DetailIsCatalogue = "E031" "detail-is-catalogue",
    DuplicateKey = "W001" "duplicate-key",
    GarbledText = "W002" "garbled-text",
    UnknownField = "W003" "unknown-field",
    UnknownLanguage = "W004" "unknown-language",
    ReplacedButActive = "W005" "replaced-but-active",
    MissingDefaultLanguage = "W006" "missing-default-language",
    DiagnosticsOmitted = "W007" "diagnostics-omitted",
    PaperChannelOnlineOnly = "W008" "paper-channel-online-only",
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
    /// How many problems of each code were left out of the list (see [`Collector`]).
    Omitted(Vec<(Code, usize)>),
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

/// The first this many problems of each code are listed. One mistake repeated by an
/// export tool (an unknown key in every record) is one thing to fix: a hundred examples
/// show the pattern, and the widget lists only the first 20 anyway.
pub const MAX_PER_CODE: usize = 100;
/// At most this many problems are listed in all, plus the first of every code seen after
/// that (so no kind of problem, and no error, is ever hidden) and the summary. A few
/// hundred KB at most, where an 18 MB file of unknown keys gave 1.5 million (500 MB).
pub const MAX_DIAGNOSTICS: usize = 1_000;

/// Collects the problems of one file with the caps above, counting what it leaves out;
/// [`Collector::finish`] adds one [`Code::DiagnosticsOmitted`] saying how many, per code.
#[derive(Debug)]
pub struct Collector {
    kept: Vec<Diagnostic>,
    seen: [usize; Code::ALL.len()],
}

impl Default for Collector {
    fn default() -> Self {
        Collector {
            kept: Vec::new(),
            seen: [0; Code::ALL.len()],
        }
    }
}

impl Collector {
    /// Counts one problem of `code`; whether it is to be kept. The caller builds the
    /// path and the message's facts only then.
    pub fn wants(&mut self, code: Code) -> bool {
        let seen = &mut self.seen[code as usize];
        *seen += 1;
        *seen == 1 || (*seen <= MAX_PER_CODE && self.kept.len() < MAX_DIAGNOSTICS)
    }

    /// Keeps a problem [`Collector::wants`] said yes to.
    pub fn push(&mut self, diagnostic: Diagnostic) {
        self.kept.push(diagnostic);
    }

    /// Counts and keeps, or only counts.
    pub fn add(&mut self, diagnostic: Diagnostic) {
        if self.wants(diagnostic.code) {
            self.push(diagnostic);
        }
    }

    /// The problems kept, then the summary of those left out (if any), at `$`.
    pub fn finish(mut self) -> Vec<Diagnostic> {
        let kept = &self.kept;
        let omitted: Vec<(Code, usize)> = Code::ALL
            .iter()
            .filter_map(|&code| {
                let listed = kept.iter().filter(|d| d.code == code).count();
                let left = self.seen[code as usize].saturating_sub(listed);
                (left > 0).then_some((code, left))
            })
            .collect();
        if !omitted.is_empty() {
            self.kept.push(Diagnostic::new(
                Code::DiagnosticsOmitted,
                "$",
                Detail::Omitted(omitted),
            ));
        }
        self.kept
    }
}

/// How many errors and warnings a list stands for: those in it, plus those its summary
/// says were left out (the summary itself is not a problem of the file).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub errors: usize,
    pub warnings: usize,
}

impl Counts {
    pub fn of<'a>(diagnostics: impl IntoIterator<Item = &'a Diagnostic>) -> Counts {
        let mut counts = Counts::default();
        let mut add = |severity: Severity, n: usize| match severity {
            Severity::Error => counts.errors += n,
            Severity::Warning => counts.warnings += n,
        };
        for d in diagnostics {
            match &d.detail {
                Detail::Omitted(left) => {
                    for &(code, n) in left {
                        add(code.severity(), n);
                    }
                }
                _ => add(d.severity, 1),
            }
        }
        counts
    }

    pub fn total(self) -> usize {
        self.errors + self.warnings
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

    fn unknown(i: usize) -> Diagnostic {
        Diagnostic::new(Code::UnknownField, format!("x{i}"), Detail::None)
    }

    #[test]
    fn the_collector_keeps_the_first_of_each_code_and_counts_the_rest() {
        let mut c = Collector::default();
        for i in 0..1_500_000 {
            c.add(unknown(i));
        }
        for i in 0..3 * MAX_DIAGNOSTICS {
            c.add(Diagnostic::new(
                Code::UnknownAgency,
                format!("a{i}"),
                Detail::None,
            ));
        }
        // After the total is reached a new code still shows once: never a hidden error.
        for _ in 0..5 {
            for code in [Code::DuplicateId, Code::DuplicateKey] {
                c.add(Diagnostic::new(code, "d", Detail::None));
            }
        }
        let list = c.finish();
        let of = |code| list.iter().filter(|d| d.code == code).count();
        assert_eq!(of(Code::UnknownField), MAX_PER_CODE);
        assert_eq!(of(Code::UnknownAgency), MAX_PER_CODE);
        assert_eq!(of(Code::DuplicateId), 5);
        assert_eq!(of(Code::DuplicateKey), 5);
        let last = list.last().expect("a summary");
        assert_eq!(last.code, Code::DiagnosticsOmitted);
        assert_eq!(last.path, "$");
        assert_eq!(
            last.detail,
            Detail::Omitted(vec![
                (Code::UnknownAgency, 3 * MAX_DIAGNOSTICS - MAX_PER_CODE),
                (Code::UnknownField, 1_500_000 - MAX_PER_CODE),
            ])
        );
        assert_eq!(
            Counts::of(&list),
            Counts {
                errors: 3 * MAX_DIAGNOSTICS + 5,
                warnings: 1_500_000 + 5
            }
        );

        let mut total = Collector::default();
        for code in [Code::InvalidId, Code::UnknownProcedure, Code::InvalidValue] {
            for i in 0..MAX_PER_CODE {
                total.add(Diagnostic::new(code, format!("{i}"), Detail::None));
            }
        }
        for code in Code::ALL.iter().take(20) {
            for i in 0..MAX_PER_CODE {
                total.add(Diagnostic::new(*code, format!("{i}"), Detail::None));
            }
        }
        let list = total.finish();
        assert!(list.len() <= MAX_DIAGNOSTICS + Code::ALL.len() + 1);
        assert!(Code::ALL
            .iter()
            .take(20)
            .all(|c| list.iter().any(|d| d.code == *c)));
        assert_eq!(Counts::of(&list).total(), 23 * MAX_PER_CODE);
    }

    #[test]
    fn a_short_list_has_no_summary() {
        let mut c = Collector::default();
        for i in 0..MAX_PER_CODE {
            c.add(unknown(i));
        }
        let list = c.finish();
        assert_eq!(list.len(), MAX_PER_CODE);
        assert_eq!(Counts::of(&list).warnings, MAX_PER_CODE);
    }
}
