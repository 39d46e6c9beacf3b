//! `procedure-guide check [--format text|json] [--lang vi|en] FILE...` and
//! `procedure-guide schema` and `procedure-guide notes FILE...` (the editors' notes). Exit status: 0 no errors (warnings allowed), 1 errors,
//! 2 a file could not be read or the command was misused. The webmasters' tools `fmt`,
//! `split`, `join` and `import` are in `tools.rs`.

mod tools;

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use procedure_guide_cli::{
    check_file, json_report, json_unreadable, note_line, notes_file, summary_line, text_line,
};
use procedure_guide_core::i18n::cli::{cannot_read, misuse as said, Misuse, USAGE};
use procedure_guide_core::i18n::Lang;

#[derive(PartialEq)]
enum Format {
    Text,
    Json,
}

/// Says what was wrong in both languages (`--lang` may not be read yet), then how to
/// call the tool.
fn misuse(m: Misuse<'_>) -> ExitCode {
    tools::misuse_text(&said(Lang::Vi, &m), &said(Lang::En, &m))
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("check") => check(args.get(1..).unwrap_or_default()),
        Some("schema") if args.len() == 1 => schema(),
        Some("notes") => notes(args.get(1..).unwrap_or_default()),
        Some("fmt") => tools::fmt(args.get(1..).unwrap_or_default()),
        Some("split") => tools::split(args.get(1..).unwrap_or_default()),
        Some("join") => tools::join(args.get(1..).unwrap_or_default()),
        Some("import") => tools::import(args.get(1..).unwrap_or_default()),
        Some("schema") => misuse(Misuse::SchemaTakesNoArguments),
        Some("-h" | "--help" | "help") => {
            println!("{USAGE}\n\n{}", tools::USAGE);
            ExitCode::SUCCESS
        }
        Some("-V" | "--version") => {
            println!("procedure-guide {}", env!("CARGO_PKG_VERSION"));
            ExitCode::SUCCESS
        }
        Some(other) => misuse(Misuse::UnknownCommand(other)),
        None => misuse(Misuse::NoCommand),
    }
}

fn schema() -> ExitCode {
    print!("{}", procedure_guide_cli::schema::schema_json());
    ExitCode::SUCCESS
}

/// Lists every editor's note; exit 1 when a file is not JSON, 2 when one cannot be read.
fn notes(files: &[String]) -> ExitCode {
    if files.is_empty() {
        return misuse(Misuse::NoFiles);
    }
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let mut status = ExitCode::SUCCESS;
    for file in files {
        let path = PathBuf::from(file);
        match notes_file(&path) {
            Ok(Ok(notes)) => {
                for (file, note) in &notes {
                    let _ = writeln!(out, "{}", note_line(file, note));
                }
            }
            Ok(Err(finding)) => {
                eprintln!("{}", text_line(&finding, Lang::Vi));
                status = ExitCode::from(1);
            }
            Err(e) => {
                eprintln!("{}: {}: {e}", path.display(), cannot_read(Lang::Vi));
                return ExitCode::from(2);
            }
        }
    }
    status
}

fn check(args: &[String]) -> ExitCode {
    let mut format = Format::Text;
    let mut lang = Lang::Vi;
    let mut files = Vec::new();
    let mut iter = args.iter();
    let mut options_done = false;
    while let Some(arg) = iter.next() {
        if options_done || !arg.starts_with("--") {
            files.push(PathBuf::from(arg));
            continue;
        }
        let (name, inline) = match arg.split_once('=') {
            Some((n, v)) => (n, Some(v.to_string())),
            None => (arg.as_str(), None),
        };
        if name == "--" {
            options_done = true;
            continue;
        }
        let value = match inline.or_else(|| iter.next().cloned()) {
            Some(v) => v,
            None => return misuse(Misuse::NeedsValue(name)),
        };
        match (name, value.as_str()) {
            ("--format", "text") => format = Format::Text,
            ("--format", "json") => format = Format::Json,
            ("--lang", v) if Lang::from_tag(v).is_some() => {
                lang = Lang::from_tag(v).unwrap_or_default()
            }
            ("--format" | "--lang", v) => return misuse(Misuse::BadValue(name, v)),
            _ => return misuse(Misuse::UnknownOption(name)),
        }
    }
    if files.is_empty() {
        return misuse(Misuse::NoFiles);
    }
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let (mut errors, mut warnings, mut unreadable) = (0, 0, 0);
    for file in &files {
        match check_file(file) {
            Ok(report) => {
                errors += report.errors();
                warnings += report.warnings();
                let _ = match format {
                    Format::Text => report
                        .findings
                        .iter()
                        .try_for_each(|f| writeln!(out, "{}", text_line(f, lang))),
                    Format::Json => writeln!(out, "{}", json_report(&report, lang)),
                };
            }
            Err(e) => {
                unreadable += 1;
                match format {
                    Format::Text => {
                        eprintln!("{}: {}: {e}", file.display(), cannot_read(lang));
                    }
                    Format::Json => {
                        let _ = writeln!(out, "{}", json_unreadable(file, &e));
                    }
                }
            }
        }
    }
    if format == Format::Text {
        let _ = writeln!(
            out,
            "{}",
            summary_line(files.len(), errors, warnings, unreadable, lang)
        );
    }
    if unreadable > 0 {
        ExitCode::from(2)
    } else if errors > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
