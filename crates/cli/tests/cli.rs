//! The command run as a process: exit codes, text and JSON output, languages.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use procedure_guide_core::catalogue::limits::JSON;
use procedure_guide_core::json::{self, Json};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn valid() -> PathBuf {
    root().join("tests/fixtures/valid/small.json")
}

fn fixture(name: &str) -> PathBuf {
    root().join("tests/fixtures/diagnostics").join(name)
}

fn run(args: &[&std::ffi::OsStr]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_procedure-guide"))
        .args(args)
        .output()
        .expect("runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("UTF-8 output")
}

#[test]
fn valid_catalogue_exits_0() {
    let o = run(&["check".as_ref(), valid().as_os_str()]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    assert!(stdout(&o).contains("0 lỗi, 0 cảnh báo"), "{}", stdout(&o));
}

#[test]
fn warnings_alone_exit_0() {
    let o = run(&[
        "check".as_ref(),
        fixture("W003-unknown-field.json").as_os_str(),
    ]);
    assert_eq!(o.status.code(), Some(0));
    assert!(stdout(&o).contains("cảnh báo W003 unknown-field tại procedures[0].nmae"));
}

#[test]
fn errors_exit_1_with_code_path_and_message() {
    let file = fixture("E012-unknown-agency.json");
    let o = run(&[
        "check".as_ref(),
        "--lang".as_ref(),
        "en".as_ref(),
        file.as_os_str(),
    ]);
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    let expected = format!(
        "{}: error E012 unknown-agency at procedures[0].agencies[0]: No agency with id \"ubnd-b\" in `agencies`.",
        file.display()
    );
    assert!(out.contains(&expected), "{out}");
    assert!(
        out.contains("Checked 1 file: 1 error, 0 warnings."),
        "{out}"
    );
}

#[test]
fn vietnamese_is_the_default() {
    let o = run(&[
        "check".as_ref(),
        fixture("E008-wrong-type.json").as_os_str(),
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stdout(&o).contains("lỗi E008 wrong-type tại procedures[0].documents[0].originals: Cần một số nguyên ≥ 0, nhận được \"two\"."));
}

#[test]
fn several_files_each_reported() {
    let o = run(&[
        "check".as_ref(),
        valid().as_os_str(),
        fixture("E025-empty-list.json").as_os_str(),
        fixture("E001-empty-file.json").as_os_str(),
    ]);
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    assert!(out.contains("E025 empty-list"));
    assert!(out.contains("E001 empty-file"));
    assert!(
        out.contains("Đã kiểm tra 3 tệp: 2 lỗi, 0 cảnh báo."),
        "{out}"
    );
}

#[test]
fn unreadable_file_exits_2() {
    let o = run(&[
        "check".as_ref(),
        valid().as_os_str(),
        "/nonexistent/catalogue.json".as_ref(),
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("/nonexistent/catalogue.json"));
}

#[test]
fn misuse_exits_2() {
    for args in [
        vec![],
        vec!["check"],
        vec!["frobnicate"],
        vec!["check", "--format", "xml", "x.json"],
        vec!["check", "--lang", "fr", "x.json"],
        vec!["check", "--colour", "x.json"],
        vec!["check", "--format"],
        vec!["schema", "extra"],
    ] {
        let args: Vec<&std::ffi::OsStr> = args.iter().map(|a| a.as_ref()).collect();
        let o = run(&args);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&o.stderr);
        // Said in Vietnamese and English, then the usage in both.
        assert!(
            err.contains(" / ") && err.contains("Cách dùng / Usage:"),
            "{args:?}: {err}"
        );
    }
    let args: Vec<&std::ffi::OsStr> = ["check", "--lang", "fr", "x.json"]
        .iter()
        .map(|a| a.as_ref())
        .collect();
    let o = run(&args);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("`--lang` không nhận giá trị `fr` / `--lang` does not accept `fr`"),
        "{err}"
    );
}

#[test]
fn json_output_is_one_object_per_file() {
    let o = run(&[
        "check".as_ref(),
        "--format=json".as_ref(),
        "--lang".as_ref(),
        "en".as_ref(),
        valid().as_os_str(),
        fixture("E021-unsafe-link.json").as_os_str(),
        "/nonexistent.json".as_ref(),
    ]);
    assert_eq!(o.status.code(), Some(2));
    let out = stdout(&o);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 3, "{out}");
    let objects: Vec<Json> = lines
        .iter()
        .map(|l| json::parse(l.as_bytes(), &JSON).expect("a JSON line"))
        .collect();
    let num = |j: &Json, k: &str| match j.get(k) {
        Some(Json::Number(n)) => n.as_u64(),
        _ => None,
    };
    assert_eq!(num(&objects[0], "errors"), Some(0));
    assert_eq!(num(&objects[1], "errors"), Some(1));
    let d = &objects[1]
        .get("diagnostics")
        .and_then(Json::as_array)
        .expect("diagnostics")[0];
    assert_eq!(d.get("code").and_then(Json::as_str), Some("E021"));
    assert_eq!(d.get("slug").and_then(Json::as_str), Some("unsafe-link"));
    assert_eq!(d.get("severity").and_then(Json::as_str), Some("error"));
    assert_eq!(
        d.get("path").and_then(Json::as_str),
        Some("procedures[0].steps[0].links[0].url")
    );
    assert!(d
        .get("message")
        .and_then(Json::as_str)
        .is_some_and(|m| m.starts_with("Link")));
    assert!(objects[2].get("unreadable").is_some());
}

#[test]
fn index_detail_files_are_followed() {
    let o = run(&[
        "check".as_ref(),
        "--lang=en".as_ref(),
        fixture("E027-detail-missing.json").as_os_str(),
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stdout(&o).contains("E027 detail-missing at procedures[1]"));
    let o = run(&[
        "check".as_ref(),
        fixture("E028-detail-id-mismatch.json").as_os_str(),
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stdout(&o).contains("E028-other-id.json: lỗi E028 detail-id-mismatch tại id"));
}

/// A long list is cut in the core (W007); the counts, the summary line and the JSON
/// still say how many problems there are, and which codes were left out.
#[test]
fn a_long_list_is_summarised_and_counted_in_full() {
    let file = fixture("W007-diagnostics-omitted.json");
    let o = run(&["check".as_ref(), "--lang=en".as_ref(), file.as_os_str()]);
    assert_eq!(o.status.code(), Some(0), "warnings only");
    let out = stdout(&o);
    assert_eq!(
        out.lines().filter(|l| l.contains("warning W003 ")).count(),
        100
    );
    assert!(out.contains("warning W007 diagnostics-omitted at $: 1 more problem is not listed"));
    assert!(
        out.ends_with("Checked 1 file: 0 errors, 101 warnings.\n"),
        "{out}"
    );
    let o = run(&["check".as_ref(), "--format=json".as_ref(), file.as_os_str()]);
    let report = json::parse(&o.stdout, &JSON).expect("JSON");
    let num = |j: &Json, k: &str| match j.get(k) {
        Some(Json::Number(n)) => n.as_u64(),
        _ => None,
    };
    assert_eq!(num(&report, "warnings"), Some(101));
    let list = report
        .get("diagnostics")
        .and_then(Json::as_array)
        .expect("diagnostics");
    assert_eq!(list.len(), 101);
    let summary = &list[100];
    assert_eq!(summary.get("code").and_then(Json::as_str), Some("W007"));
    assert_eq!(summary.get("omitted").and_then(|o| num(o, "W003")), Some(1));
}

/// Entries whose `href` is the index itself: one E031 each at its entry, found without
/// parsing the index again per entry, and capped like any list (W007 counts the rest).
#[test]
fn an_index_pointing_at_itself_is_said_at_each_entry_and_capped() {
    let dir = std::env::temp_dir().join(format!("pg-self-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let mut text = String::from(
        r#"{"format":"procedure-guide/1","catalogue":{"id":"c","title":"C"},"agencies":[{"id":"a","name":"A"}],"procedures":["#,
    );
    for i in 0..300 {
        if i > 0 {
            text.push(',');
        }
        text.push_str(&format!(
            r#"{{"id":"p{i}","name":"P","agencies":["a"],"href":"./index.json#p{i}"}}"#
        ));
    }
    text.push_str("]}");
    let index = dir.join("index.json");
    std::fs::write(&index, text).expect("write");
    let report = procedure_guide_cli::check_file(&index).expect("readable");
    let _ = std::fs::remove_dir_all(&dir);
    let codes: Vec<(&str, &str)> = report
        .findings
        .iter()
        .map(|f| (f.diagnostic.code.id(), f.diagnostic.path.as_str()))
        .collect();
    assert_eq!(codes.len(), 101);
    assert_eq!(codes[0], ("E031", "procedures[0]"));
    assert_eq!(codes[99], ("E031", "procedures[99]"));
    assert_eq!(codes[100], ("W007", "$"));
    assert_eq!((report.errors(), report.warnings()), (300, 0));
}

/// `notes` lists each editor's note with its file and path, an array note once per
/// string, and a control character in a note cannot reach the terminal raw.
#[test]
fn notes_lists_every_editors_note_with_its_path() {
    let dir = std::env::temp_dir().join(format!("pg-notes-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("procedures")).expect("temp dir");
    let index = dir.join("catalogue.json");
    std::fs::write(
        &index,
        r#"{"format": "procedure-guide/1.1",
            "catalogue": {"id": "c", "title": "C", "editor_note": "Nguồn: CSDL TTHC"},
            "agencies": [{"id": "a", "name": "A", "editor_note": ["Địa chỉ: Thông báo 243", "Cần kiểm tra\u001b[2J"]}],
            "procedures": [{"id": "p", "name": "P", "agencies": ["a"], "href": "procedures/p.json"}]}"#,
    )
    .expect("write index");
    std::fs::write(
        dir.join("procedures/p.json"),
        r#"{"id": "p", "name": "P", "agencies": ["a"],
            "channels": [{"kind": "in_person", "editor_note": "Theo Quyết định 1234"}],
            "steps": [{"id": "s", "title": "Nộp"}]}"#,
    )
    .expect("write detail");
    let o = run(&["notes".as_ref(), index.as_os_str()]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    let out = stdout(&o);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 4, "{out}");
    assert!(
        lines[0].ends_with("catalogue.json: catalogue.editor_note: Nguồn: CSDL TTHC"),
        "{out}"
    );
    assert!(
        lines[1].ends_with("agencies[0].editor_note[0]: Địa chỉ: Thông báo 243"),
        "{out}"
    );
    assert!(
        lines[2].ends_with("agencies[0].editor_note[1]: Cần kiểm tra\\u{1b}[2J"),
        "{out}"
    );
    assert!(
        lines[3].contains("procedures/p.json: channels[0].editor_note: Theo Quyết định 1234"),
        "{out}"
    );
    // The notes never make `check` complain.
    let o = run(&["check".as_ref(), index.as_os_str()]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    assert!(stdout(&o).contains("0 lỗi, 0 cảnh báo"), "{}", stdout(&o));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn notes_without_a_file_is_misuse_and_not_json_is_exit_1() {
    let o = run(&["notes".as_ref()]);
    assert_eq!(o.status.code(), Some(2));
    let o = run(&["notes".as_ref(), fixture("E003-html-page.json").as_os_str()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("E003"));
}
