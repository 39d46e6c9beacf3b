//! Every diagnostic code has a fixture under `tests/fixtures/diagnostics/`, and every
//! fixture yields its code at its path. The codes come from the enum itself, so a new
//! code without a fixture fails here.

use std::path::{Path, PathBuf};

use procedure_guide_cli::{check_bytes, check_file, Report};
use procedure_guide_core::catalogue::limits::{JSON, MAX_FILE_BYTES, MAX_PROCEDURES};
use procedure_guide_core::diagnostic::Code;
use procedure_guide_core::json::{self, Json};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/diagnostics")
}

struct Entry {
    file: Option<String>,
    generate: Option<String>,
    code: String,
    path: String,
}

fn manifest() -> Vec<Entry> {
    let bytes = std::fs::read(fixtures().join("manifest.json")).expect("manifest.json");
    let root = json::parse(&bytes, &JSON).expect("manifest is JSON");
    let field = |e: &Json, k: &str| e.get(k).and_then(Json::as_str).map(str::to_string);
    root.get("fixtures")
        .and_then(Json::as_array)
        .expect("fixtures array")
        .iter()
        .map(|e| Entry {
            file: field(e, "file"),
            generate: field(e, "generate"),
            code: field(e, "code").expect("code"),
            path: field(e, "path").expect("path"),
        })
        .collect()
}

/// Catalogues too large to commit.
fn generated(name: &str) -> Vec<u8> {
    match name {
        "too-large" => {
            let mut bytes = br#"{"format": "procedure-guide/1", "padding": ""#.to_vec();
            bytes.resize(MAX_FILE_BYTES + 1, b' ');
            bytes
        }
        "too-many-procedures" => {
            let mut text = String::from(
                r#"{"format":"procedure-guide/1","catalogue":{"id":"big","title":"Big"},"agencies":[{"id":"a","name":"A"}],"procedures":["#,
            );
            for i in 0..=MAX_PROCEDURES {
                if i > 0 {
                    text.push(',');
                }
                text.push_str(&format!(
                    r#"{{"id":"p{i}","name":"P","agencies":["a"],"href":"p/{i}.json"}}"#
                ));
            }
            text.push_str("]}");
            text.into_bytes()
        }
        other => panic!("unknown generator {other}"),
    }
}

fn run(entry: &Entry) -> Report {
    match (&entry.file, &entry.generate) {
        (Some(file), _) => check_file(&fixtures().join(file)).expect("fixture readable"),
        (None, Some(name)) => check_bytes(Path::new(name), &generated(name)),
        (None, None) => panic!("entry for {} names no file", entry.code),
    }
}

#[test]
fn every_code_has_a_fixture() {
    let entries = manifest();
    let missing: Vec<&str> = Code::ALL
        .iter()
        .map(|c| c.id())
        .filter(|id| !entries.iter().any(|e| e.code == *id))
        .collect();
    assert!(missing.is_empty(), "codes without a fixture: {missing:?}");
    for e in &entries {
        assert!(
            Code::from_name(&e.code).is_some(),
            "unknown code {}",
            e.code
        );
    }
}

#[test]
fn every_fixture_yields_its_code_at_its_path() {
    let mut failures = Vec::new();
    for entry in manifest() {
        let report = run(&entry);
        let hit = report
            .findings
            .iter()
            .any(|f| f.diagnostic.code.id() == entry.code && f.diagnostic.path == entry.path);
        if !hit {
            let got: Vec<String> = report
                .findings
                .iter()
                .map(|f| format!("{} at {}", f.diagnostic.code.id(), f.diagnostic.path))
                .collect();
            failures.push(format!(
                "{:?}: expected {} at {}, got {got:?}",
                entry.file.as_ref().or(entry.generate.as_ref()),
                entry.code,
                entry.path
            ));
        }
        // A fixture for a warning must not also be broken: it shows one thing.
        if entry.code.starts_with('W') && report.errors() > 0 {
            failures.push(format!("{:?} has errors", entry.file));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_valid_fixtures_have_no_problems() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/valid");
    let report = check_file(&dir.join("small.json")).expect("readable");
    let problems: Vec<String> = report
        .findings
        .iter()
        .map(|f| format!("{} at {}", f.diagnostic.code.id(), f.diagnostic.path))
        .collect();
    assert!(problems.is_empty(), "{problems:?}");
}

#[test]
fn readme_lists_every_code() {
    let readme = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md"))
        .expect("crates/cli/README.md");
    for code in Code::ALL {
        let row = format!("| `{}` | `{}` |", code.id(), code.slug());
        assert!(readme.contains(&row), "README.md has no row for {row}");
    }
}

/// The binary itself, as a publisher runs it: each error fixture exits 1 and names its
/// code and path; each warning-only fixture exits 0.
#[test]
fn the_binary_rejects_each_fixture_with_exit_1_and_its_code_and_path() {
    let bin = env!("CARGO_BIN_EXE_procedure-guide");
    for entry in manifest() {
        let Some(file) = &entry.file else { continue };
        let out = std::process::Command::new(bin)
            .args(["check", "--lang", "en"])
            .arg(fixtures().join(file))
            .output()
            .expect("the binary runs");
        let text = String::from_utf8_lossy(&out.stdout);
        let expected_exit = if entry.code.starts_with('E') { 1 } else { 0 };
        assert_eq!(out.status.code(), Some(expected_exit), "{file}: {text}");
        let needle = format!("{} ", entry.code);
        let at = format!(" at {}:", entry.path);
        assert!(
            text.lines().any(|l| l.contains(&needle) && l.contains(&at)),
            "{file}: expected {} at {} in:\n{text}",
            entry.code,
            entry.path
        );
    }
}
