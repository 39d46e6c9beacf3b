//! The catalogue being edited: its text, where it came from, and what the validator (the
//! same `core::catalogue::load_catalogue` the widget and the CLI run) says of it, each
//! problem with its line. Pure, so it is tested natively.

use procedure_guide_core::catalogue::{fmt, load_catalogue};
use procedure_guide_core::diagnostic::{Code, Counts, Severity};
use procedure_guide_core::i18n::Lang;
use procedure_guide_import::{self as import, sheet, sheet::SheetError};

use crate::doc::{Doc, Edit};
use crate::locate::line_of;

/// The small catalogue "start from a template" opens: one agency, one procedure, every
/// part a webmaster fills in most often, valid as it is (a test checks).
pub const TEMPLATE: &str = include_str!("template.json");

/// The first line of [`Draft::kept_warnings`]: a changed layout gets a new one.
const KEPT_WARNINGS: &str = "procedure-guide-studio:import-warnings/1";
/// ASCII's record and unit separators, which no warning contains.
const RECORD: char = '\u{1e}';
const UNIT: char = '\u{1f}';

/// Where the text came from, for the title and the file name on saving.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    File(String),
    Url(String),
    Template,
    /// A spreadsheet (CSV or XLSX) read into a draft catalogue.
    Sheet(String),
}

impl Source {
    /// The source as one line, for the draft kept on the device.
    pub fn key(&self) -> String {
        let (kind, name) = match self {
            Source::File(name) => ("file", name.as_str()),
            Source::Url(url) => ("url", url.as_str()),
            Source::Template => ("template", ""),
            Source::Sheet(name) => ("sheet", name.as_str()),
        };
        format!("{kind}:{}", name.replace(['\n', '\r'], " "))
    }

    /// Reads [`Source::key`] back; anything else is a file of that name.
    pub fn from_key(key: &str) -> Source {
        match key.split_once(':') {
            Some(("file", name)) => Source::File(name.to_owned()),
            Some(("url", url)) => Source::Url(url.to_owned()),
            Some(("template", _)) => Source::Template,
            Some(("sheet", name)) => Source::Sheet(name.to_owned()),
            _ => Source::File(key.to_owned()),
        }
    }

    /// The name offered when the catalogue is saved: the opened file's own name.
    pub fn file_name(&self) -> String {
        let name = match self {
            Source::File(name) => name.rsplit(['/', '\\']).next().unwrap_or(name),
            Source::Url(url) => url
                .split(['?', '#'])
                .next()
                .unwrap_or(url)
                .rsplit('/')
                .next()
                .unwrap_or(url),
            Source::Template => "",
            // Saved as JSON beside the spreadsheet it came from.
            Source::Sheet(name) => {
                let base = name.rsplit(['/', '\\']).next().unwrap_or(name);
                return format!(
                    "{}.json",
                    base.rsplit_once('.').map_or(base, |(stem, _)| stem)
                );
            }
        };
        if name.is_empty() {
            "catalogue.json".to_owned()
        } else {
            name.to_owned()
        }
    }
}

/// One problem as the studio lists it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub code: Code,
    pub severity: Severity,
    pub path: String,
    pub line: Option<usize>,
    pub title: [&'static str; 2],
    pub message: [String; 2],
}

impl Problem {
    pub fn title(&self, lang: Lang) -> &'static str {
        self.title[lang_index(lang)]
    }
    pub fn message(&self, lang: Lang) -> &str {
        &self.message[lang_index(lang)]
    }
}

fn lang_index(lang: Lang) -> usize {
    match lang {
        Lang::Vi => 0,
        Lang::En => 1,
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Draft {
    pub source: Source,
    pub text: String,
    /// Errors first, then warnings, each in file order.
    pub problems: Vec<Problem>,
    pub counts: Counts,
    /// How many procedures the widget would show.
    pub procedures: usize,
    /// Those procedures, in the file's order: id and name (Vietnamese, English).
    pub procedure_names: Vec<(String, [String; 2])>,
    /// The text as a document the forms edit; `None` when it is not JSON.
    pub doc: Option<Doc>,
    /// Changed by the forms since it was opened or saved.
    pub edited: bool,
    /// What a spreadsheet import could not map, for a person to finish (Vietnamese,
    /// English): kept with the draft until another file is opened.
    pub import_warnings: Vec<[String; 2]>,
}

impl Draft {
    pub fn open(source: Source, text: String) -> Draft {
        let loaded = load_catalogue(text.as_bytes());
        let counts = loaded.counts();
        let procedures = loaded.catalogue.as_ref().map_or(0, |c| c.procedures.len());
        let procedure_names = loaded.catalogue.as_ref().map_or_else(Vec::new, |c| {
            c.procedures
                .iter()
                .map(|p| {
                    let name = |lang| p.name.get(lang).0.to_owned();
                    (p.id.clone(), [name(Lang::Vi), name(Lang::En)])
                })
                .collect()
        });
        let mut problems: Vec<Problem> = loaded
            .diagnostics
            .iter()
            .map(|d| Problem {
                code: d.code,
                severity: d.severity,
                path: d.path.clone(),
                line: line_of(&text, &d.path),
                title: [d.code.title(Lang::Vi), d.code.title(Lang::En)],
                message: [d.message(Lang::Vi), d.message(Lang::En)],
            })
            .collect();
        problems.sort_by_key(|p| (p.severity, p.line));
        let doc = Doc::parse(&text).ok();
        Draft {
            doc,
            edited: false,
            import_warnings: Vec::new(),
            source,
            text,
            problems,
            counts,
            procedures,
            procedure_names,
        }
    }

    /// The draft after `edit`, written back pretty and checked again; `None` when the
    /// edit does not fit the document (or there is none).
    pub fn edit(&self, edit: &Edit) -> Option<Draft> {
        let mut doc = self.doc.clone()?;
        if !doc.apply(edit) {
            return None;
        }
        let mut next = Draft::open(self.source.clone(), doc.to_pretty());
        next.edited = true;
        next.import_warnings = self.import_warnings.clone();
        Some(next)
    }

    /// A spreadsheet (the template's columns, docs/IMPORT.md) read into a draft catalogue,
    /// with what could not be mapped. Questions and conditions are never guessed.
    pub fn import(name: &str, bytes: &[u8]) -> Result<Draft, SheetError> {
        let (_, rows) = import::rows(sheet::read_table(name, bytes)?);
        let base = name.rsplit(['/', '\\']).next().unwrap_or(name);
        let stem = base.rsplit_once('.').map_or(base, |(stem, _)| stem);
        let imported = import::import(
            &rows,
            &import::Options {
                id: import::slug(stem, "nhap-tu-bang-tinh"),
                title: format!("Danh mục thủ tục hành chính (nhập từ {base})"),
                source: base.to_owned(),
            },
        );
        let mut draft = Draft::open(
            Source::Sheet(name.to_owned()),
            fmt::format(&imported.catalogue),
        );
        draft.import_warnings = imported
            .warnings
            .iter()
            .map(|w| [w.message(Lang::Vi), w.message(Lang::En)])
            .collect();
        Ok(draft)
    }

    /// The import warnings as they are kept on the device beside the draft (a key of
    /// their own), so that a closed tab does not lose the list of what is left to finish:
    /// a version line, the source's key, then each warning's Vietnamese and English.
    pub fn kept_warnings(&self) -> String {
        let mut out = format!("{KEPT_WARNINGS}\n{}\n", self.source.key());
        for (i, [vi, en]) in self.import_warnings.iter().enumerate() {
            if i > 0 {
                out.push(RECORD);
            }
            out.push_str(&vi.replace([RECORD, UNIT], " "));
            out.push(UNIT);
            out.push_str(&en.replace([RECORD, UNIT], " "));
        }
        out
    }

    /// The draft with the import warnings kept for it. Kept text of another version or
    /// another source, or that does not read, is left aside: it only ever adds a list to
    /// a draft that opens without it.
    pub fn with_kept_warnings(mut self, kept: &str) -> Draft {
        let Some((version, rest)) = kept.split_once('\n') else {
            return self;
        };
        let Some((key, body)) = rest.split_once('\n') else {
            return self;
        };
        if version != KEPT_WARNINGS || key != self.source.key() || body.is_empty() {
            return self;
        }
        let read: Option<Vec<[String; 2]>> = body
            .split(RECORD)
            .map(|record| {
                let (vi, en) = record.split_once(UNIT)?;
                (!en.contains(UNIT)).then(|| [vi.to_owned(), en.to_owned()])
            })
            .collect();
        if let Some(warnings) = read {
            self.import_warnings = warnings;
        }
        self
    }

    pub fn template() -> Draft {
        Draft::open(Source::Template, TEMPLATE.to_owned())
    }

    pub fn errors(&self) -> usize {
        self.counts.errors
    }

    pub fn warnings(&self) -> usize {
        self.counts.warnings
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn import_warnings_are_kept_and_read_back_only_for_their_draft() {
        let csv = "Tên thủ tục,Mã thủ tục,Lĩnh vực,Thời hạn giải quyết\nĐăng ký khai tử,1.000656,Hộ tịch,05\n";
        let imported = Draft::import("phuong-2.csv", csv.as_bytes()).expect("the CSV reads");
        assert!(!imported.import_warnings.is_empty());
        let kept = imported.kept_warnings();
        let reopened = || Draft::open(imported.source.clone(), imported.text.clone());
        assert_eq!(
            reopened().with_kept_warnings(&kept).import_warnings,
            imported.import_warnings
        );

        // Another draft, another version, or a text that does not read: no list, and the
        // draft opens as it is.
        let other = Draft::open(Source::Sheet("khac.csv".into()), imported.text.clone());
        assert!(other.with_kept_warnings(&kept).import_warnings.is_empty());
        let newer = kept.replacen("/1\n", "/2\n", 1);
        assert!(reopened()
            .with_kept_warnings(&newer)
            .import_warnings
            .is_empty());
        let key = imported.source.key();
        for hostile in [
            String::new(),
            "\n\n".to_string(),
            format!("{KEPT_WARNINGS}\n{key}"),
            format!("{KEPT_WARNINGS}\n{key}\nno separator"),
            format!("{KEPT_WARNINGS}\n{key}\na\u{1f}b\u{1f}c"),
            format!("{KEPT_WARNINGS}\n{key}\na\u{1f}b\u{1e}"),
            "\u{0}\u{1e}\u{1f}".repeat(1000),
        ] {
            let d = reopened().with_kept_warnings(&hostile);
            assert!(d.import_warnings.is_empty(), "{hostile:?}");
            assert_eq!(d.text, imported.text);
        }

        // Separators inside a message cannot split it.
        let mut odd = reopened();
        odd.import_warnings = vec![
            ["a\u{1e}b".into(), "c\u{1f}d".into()],
            ["e".into(), "f\ng".into()],
        ];
        let back = reopened()
            .with_kept_warnings(&odd.kept_warnings())
            .import_warnings;
        assert_eq!(
            back,
            vec![
                ["a b".to_string(), "c d".to_string()],
                ["e".into(), "f\ng".into()]
            ]
        );
    }

    #[test]
    fn the_template_is_valid_and_has_a_procedure() {
        let draft = Draft::template();
        assert_eq!(draft.problems, vec![], "{:#?}", draft.problems);
        assert_eq!(draft.procedures, 1);
        assert_eq!(draft.procedure_names[0].0, "2.000815");
        assert_eq!(
            draft.procedure_names[0].1[0],
            "Chứng thực bản sao từ bản chính"
        );
    }

    #[test]
    fn the_sample_opens_with_its_procedures_and_no_error() {
        let text = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../www/catalogue.json"
        ))
        .expect("the sample catalogue");
        let draft = Draft::open(Source::File("catalogue.json".into()), text);
        assert_eq!(draft.errors(), 0);
        assert!(draft.procedures > 10);
    }

    #[test]
    fn problems_carry_code_path_line_and_both_languages_errors_first() {
        let text = TEMPLATE.replacen("\"originals\": 1", "\"originals\": \"two\"", 1);
        assert_ne!(
            text, TEMPLATE,
            "the template has a document with one original"
        );
        let text = text.replacen("\"format\"", "\"colour\": \"blue\",\n  \"format\"", 1);
        let draft = Draft::open(Source::Template, text.clone());
        let first = draft.problems.first().expect("a problem");
        assert_eq!(first.severity, Severity::Error);
        assert_eq!(first.code.id(), "E008");
        assert!(first.path.ends_with(".originals"), "{}", first.path);
        let line = first.line.expect("a line");
        assert!(text
            .lines()
            .nth(line - 1)
            .unwrap_or("")
            .contains("\"originals\": \"two\""));
        assert!(
            !first.message(Lang::Vi).is_empty()
                && first.message(Lang::Vi) != first.message(Lang::En)
        );
        let unknown = draft
            .problems
            .iter()
            .find(|p| p.severity == Severity::Warning)
            .expect("the unknown key");
        assert_eq!(unknown.line, Some(2));
    }

    #[test]
    fn an_edit_is_checked_at_once() {
        use crate::locate::parse_path;
        use procedure_guide_core::catalogue::shapes::DOCUMENT;
        use procedure_guide_core::json::Json;
        let draft = Draft::template();
        let path = parse_path("procedures[0].documents[0].originals").expect("path");
        let broken = draft
            .edit(&Edit::Set(
                path.clone(),
                Some(Json::string("hai")),
                Some(&DOCUMENT),
            ))
            .expect("edited");
        assert!(broken.edited);
        assert_eq!(broken.errors(), 1);
        assert_eq!(
            broken.problems[0].path,
            "procedures[0].documents[0].originals"
        );
        let removed = broken.edit(&Edit::Set(path, None, None)).expect("edited");
        assert_eq!(removed.errors(), 0);
        assert!(!removed.text.contains("originals"));
        assert!(draft
            .edit(&Edit::Set(
                parse_path("nope[2].x").expect("path"),
                None,
                None
            ))
            .is_some());
        assert!(draft
            .edit(&Edit::Move(parse_path("procedures").expect("path"), 0, 5))
            .is_none());
        let not_json = Draft::open(Source::Template, "{".into());
        assert!(not_json.edit(&Edit::Move(vec![], 0, 0)).is_none());
    }

    #[test]
    fn hostile_text_gives_one_clear_problem() {
        for text in ["", "<html>", "{", "[]", "\u{feff}{}", "null"] {
            let draft = Draft::open(Source::Template, text.to_owned());
            assert!(draft.errors() >= 1, "{text:?}");
            assert_eq!(draft.procedures, 0);
        }
    }

    #[test]
    fn the_spreadsheet_templates_import_into_a_valid_draft_with_what_to_finish() {
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../../www/");
        for name in ["catalogue-template.csv", "catalogue-template.xlsx"] {
            let bytes = std::fs::read(format!("{root}{name}")).expect("template");
            let draft = Draft::import(name, &bytes).expect("imports");
            assert_eq!(draft.errors(), 0, "{name}: {:#?}", draft.problems);
            assert_eq!(draft.procedures, 2, "{name}");
            assert_eq!(draft.source.file_name(), "catalogue-template.json");
            assert!(draft.doc.is_some());
        }
        let csv = "Tên thủ tục,Mã thủ tục,Thời hạn giải quyết\nĐăng ký khai sinh,1.001193,05\n";
        let draft = Draft::import("phuong.csv", csv.as_bytes()).expect("imports");
        assert!(
            !draft.import_warnings.is_empty(),
            "a bare number of days is a warning"
        );
        assert!(draft
            .import_warnings
            .iter()
            .all(|[vi, en]| !vi.is_empty() && vi != en));
        assert!(matches!(
            Draft::import("a.pdf", b"x"),
            Err(SheetError::UnknownType)
        ));
        assert!(Draft::import("a.xlsx", b"not a zip").is_err());
        assert!(matches!(
            Draft::import("a.csv", &[0xff, 0xfe, 0x00]),
            Err(SheetError::NotUtf8)
        ));
    }

    #[test]
    fn a_source_survives_its_key() {
        for source in [
            Source::File("a b.json".into()),
            Source::Url("/x/c.json?v=1".into()),
            Source::Template,
            Source::Sheet("bang tinh.xlsx".into()),
        ] {
            assert_eq!(Source::from_key(&source.key()), source);
        }
        assert_eq!(Source::File("a\nb".into()).key(), "file:a b");
        assert_eq!(Source::from_key("junk"), Source::File("junk".into()));
    }

    #[test]
    fn a_saved_file_keeps_the_opened_name() {
        assert_eq!(
            Source::File("C:\\tthc\\phuong-1.json".into()).file_name(),
            "phuong-1.json"
        );
        assert_eq!(
            Source::Url("/tthc/catalogue.json?v=2".into()).file_name(),
            "catalogue.json"
        );
        assert_eq!(Source::Url("/".into()).file_name(), "catalogue.json");
        assert_eq!(Source::Template.file_name(), "catalogue.json");
    }
}
