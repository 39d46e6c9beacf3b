//! The `procedure-guide` command for catalogue publishers: check catalogues (following
//! an index's detail files) and print the JSON Schema. Glue over `procedure-guide-core`:
//! every rule lives in the core, so the CLI and the widget report the same problems.
//! The webmasters' tools (issue 15): `fmt` ([`fmt`]), `split` and `join` ([`layout`]),
//! `import` (the mapping in `procedure-guide-import`, the file readers in [`sheet`]).

pub use procedure_guide_core::catalogue::fmt;
pub mod layout;
pub mod schema;
pub use procedure_guide_import::sheet;

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use procedure_guide_core::catalogue::{
    editor_notes, limits, load_catalogue, load_detail, parse_diagnostic, EditorNote,
};
use procedure_guide_core::diagnostic::{Code, Collector, Counts, Detail, Diagnostic};
use procedure_guide_core::i18n::Lang;
use procedure_guide_core::json::{self, Json, Number};

/// A diagnostic and the file it is in (the catalogue or one of its detail files).
#[derive(Clone, Debug, PartialEq)]
pub struct Finding {
    pub file: PathBuf,
    pub diagnostic: Diagnostic,
}

/// Everything found in one catalogue and its detail files.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Report {
    pub file: PathBuf,
    pub findings: Vec<Finding>,
}

impl Report {
    /// Errors and warnings found, those the core left out of a long list included: a
    /// file whose listed problems were cut still counts (and exits) as it should.
    pub fn counts(&self) -> Counts {
        Counts::of(self.findings.iter().map(|f| &f.diagnostic))
    }

    pub fn errors(&self) -> usize {
        self.counts().errors
    }

    pub fn warnings(&self) -> usize {
        self.counts().warnings
    }
}

/// Reads at most one byte past the contract's 20 MB limit: enough for the loader to
/// report "too large" (E006) without `check /dev/zero` eating all memory.
fn read_bounded(path: &Path) -> io::Result<Vec<u8>> {
    use std::io::Read;
    let limit = limits::MAX_FILE_BYTES as u64 + 1;
    let mut bytes = Vec::new();
    fs::File::open(path)?.take(limit).read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// Checks one catalogue file; for an index, also each detail file its `href`s name,
/// relative to the catalogue. `Err` only when the catalogue itself cannot be read.
pub fn check_file(path: &Path) -> io::Result<Report> {
    let bytes = read_bounded(path)?;
    let loaded = load_catalogue(&bytes);
    let mut report = Report {
        file: path.to_path_buf(),
        findings: Vec::new(),
    };
    let here = |diagnostic| Finding {
        file: path.to_path_buf(),
        diagnostic,
    };
    report
        .findings
        .extend(loaded.diagnostics.into_iter().map(here));
    let Some(catalogue) = loaded.catalogue else {
        return Ok(report);
    };
    // Parsed again only for an index (the walk keeps no positions).
    let raw = catalogue
        .procedures
        .iter()
        .any(|p| p.href.is_some())
        .then(|| json::parse(&bytes, &limits::JSON).ok())
        .flatten();
    let raw_procedures = raw
        .as_ref()
        .and_then(|r| r.get("procedures"))
        .and_then(Json::as_array)
        .unwrap_or_default();
    // Position of each procedure in the file, by id, built once: a linear search per
    // entry made `check` quadratic on a 100,000-entry index.
    let positions: std::collections::HashMap<&str, usize> = raw_procedures
        .iter()
        .enumerate()
        .rev()
        .filter_map(|(i, p)| p.get("id").and_then(Json::as_str).map(|id| (id, i)))
        .collect();
    let base = path.parent().unwrap_or(Path::new("."));
    // An `href` naming the catalogue itself is said at its entry without reading the
    // file again (a 100,000-entry index pointing at itself would parse it 100,000
    // times). What is found here is capped like the core's own list.
    let itself = fs::canonicalize(path).ok();
    let mut entries = Collector::default();
    for procedure in &catalogue.procedures {
        let Some(href) = &procedure.href else {
            continue;
        };
        // Detail files on another server, or relative to the server's root rather than
        // to the catalogue, cannot be found offline.
        if href.contains("://") || href.starts_with('/') {
            continue;
        }
        let index = positions.get(procedure.id.as_str()).copied().unwrap_or(0);
        let relative = href.split(['?', '#']).next().unwrap_or_default();
        let detail_path = base.join(relative);
        let at = || format!("procedures[{index}]");
        if itself.is_some() && fs::canonicalize(&detail_path).ok() == itself {
            entries.add(Diagnostic::new(Code::DetailIsCatalogue, at(), Detail::None));
            continue;
        }
        match read_bounded(&detail_path) {
            Err(_) => entries.add(Diagnostic::new(
                Code::DetailMissing,
                at(),
                Detail::Name(href.clone()),
            )),
            Ok(detail) => {
                let (_, diagnostics) = load_detail(&detail, &procedure.id, &catalogue);
                report
                    .findings
                    .extend(diagnostics.into_iter().map(|diagnostic| Finding {
                        file: detail_path.clone(),
                        diagnostic,
                    }));
            }
        }
    }
    report
        .findings
        .extend(entries.finish().into_iter().map(here));
    Ok(report)
}

/// Every editor's note of a catalogue and of its index's detail files (relative `href`s
/// that exist), each with its file; a file that is not JSON gives its diagnostic.
pub fn notes_file(path: &Path) -> io::Result<Result<Vec<(PathBuf, EditorNote)>, Finding>> {
    let bytes = read_bounded(path)?;
    let notes = match editor_notes(&bytes) {
        Ok(notes) => notes,
        Err(diagnostic) => {
            return Ok(Err(Finding {
                file: path.to_path_buf(),
                diagnostic,
            }))
        }
    };
    let mut out: Vec<(PathBuf, EditorNote)> =
        notes.into_iter().map(|n| (path.to_path_buf(), n)).collect();
    let raw = json::parse(&bytes, &limits::JSON).ok();
    let base = path.parent().unwrap_or(Path::new("."));
    let itself = fs::canonicalize(path).ok();
    let entries = raw
        .as_ref()
        .and_then(|r| r.get("procedures"))
        .and_then(Json::as_array)
        .unwrap_or_default();
    for entry in entries {
        let Some(href) = entry.get("href").and_then(Json::as_str) else {
            continue;
        };
        if href.contains("://") || href.starts_with('/') {
            continue;
        }
        let detail_path = base.join(href.split(['?', '#']).next().unwrap_or_default());
        if itself.is_some() && fs::canonicalize(&detail_path).ok() == itself {
            continue;
        }
        // A missing or broken detail file is `check`'s to report.
        if let Ok(Ok(notes)) = read_bounded(&detail_path).map(|b| editor_notes(&b)) {
            out.extend(notes.into_iter().map(|n| (detail_path.clone(), n)));
        }
    }
    Ok(Ok(out))
}

/// `file: path: note`, printable on a terminal.
pub fn note_line(file: &Path, note: &EditorNote) -> String {
    printable(&format!("{}: {}: {}", file.display(), note.path, note.text))
}

/// Checks bytes that are not in a file (standard input, tests).
pub fn check_bytes(name: &Path, bytes: &[u8]) -> Report {
    let loaded = load_catalogue(bytes);
    Report {
        file: name.to_path_buf(),
        findings: loaded
            .diagnostics
            .into_iter()
            .map(|diagnostic| Finding {
                file: name.to_path_buf(),
                diagnostic,
            })
            .collect(),
    }
}

/// `file: error E012 unknown-agency at procedures[3].agencies[0]: message`
pub fn text_line(finding: &Finding, lang: Lang) -> String {
    let d = &finding.diagnostic;
    let severity = match (d.is_error(), lang) {
        (true, Lang::Vi) => "lỗi",
        (false, Lang::Vi) => "cảnh báo",
        (true, Lang::En) => "error",
        (false, Lang::En) => "warning",
    };
    let at = match lang {
        Lang::Vi => "tại",
        Lang::En => "at",
    };
    printable(&format!(
        "{}: {severity} {} {} {at} {}: {}",
        finding.file.display(),
        d.code.id(),
        d.code.slug(),
        d.path,
        d.message(lang)
    ))
}

/// The line with every control character written as `\u{1b}`: messages quote catalogue
/// text, and a hostile catalogue must not send escape sequences to the publisher's
/// terminal (clear the screen, rewrite earlier lines, set the window title) nor split one
/// finding over several lines.
pub fn printable(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    for c in line.chars() {
        if c.is_control()
            || matches!(c, '\u{2028}' | '\u{2029}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
        {
            out.push_str(&format!("\\u{{{:x}}}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    out
}

/// The summary line after all files.
pub fn summary_line(
    files: usize,
    errors: usize,
    warnings: usize,
    unreadable: usize,
    lang: Lang,
) -> String {
    let mut line = match lang {
        Lang::Vi => format!("Đã kiểm tra {files} tệp: {errors} lỗi, {warnings} cảnh báo"),
        Lang::En => format!(
            "Checked {files} file{}: {errors} error{}, {warnings} warning{}",
            plural(files),
            plural(errors),
            plural(warnings)
        ),
    };
    if unreadable > 0 {
        line.push_str(&match lang {
            Lang::Vi => format!(", {unreadable} tệp không đọc được"),
            Lang::En => format!(", {unreadable} unreadable"),
        });
    }
    line.push('.');
    line
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

fn count(n: usize) -> Json<'static> {
    Json::Number(Number::from_u64(n as u64))
}

/// One JSON object for one checked file, as `--format json` prints it.
pub fn json_report(report: &Report, lang: Lang) -> String {
    let counts = report.counts();
    let diagnostics = report
        .findings
        .iter()
        .map(|f| {
            let d = &f.diagnostic;
            let mut fields = vec![
                ("file".into(), Json::string(f.file.display().to_string())),
                ("code".into(), Json::string(d.code.id())),
                ("slug".into(), Json::string(d.code.slug())),
                ("severity".into(), Json::string(d.severity.as_str())),
                ("path".into(), Json::string(d.path.clone())),
                ("message".into(), Json::string(d.message(lang))),
            ];
            // The summary of a long list: how many of each code were left out.
            if let Detail::Omitted(left) = &d.detail {
                let left = left
                    .iter()
                    .map(|(code, n)| (code.id().into(), count(*n)))
                    .collect();
                fields.push(("omitted".into(), Json::Object(left)));
            }
            Json::Object(fields)
        })
        .collect();
    json::to_string(&Json::Object(vec![
        (
            "file".into(),
            Json::string(report.file.display().to_string()),
        ),
        ("errors".into(), count(counts.errors)),
        ("warnings".into(), count(counts.warnings)),
        ("diagnostics".into(), Json::Array(diagnostics)),
    ]))
}

/// The JSON object for a file that could not be read.
pub fn json_unreadable(file: &Path, error: &io::Error) -> String {
    json::to_string(&Json::Object(vec![
        ("file".into(), Json::string(file.display().to_string())),
        ("unreadable".into(), Json::string(error.to_string())),
    ]))
}

/// The diagnostic a caller can show for bytes that are not JSON (re-exported for tests).
pub fn not_json(bytes: &[u8]) -> Option<Diagnostic> {
    json::parse(bytes, &limits::JSON)
        .err()
        .map(parse_diagnostic)
}
