//! The webmasters' tools (issue 15): `fmt`, `split`, `join`, `import`, as functions and
//! as the command run as a process.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use procedure_guide_cli::fmt::{self, same_json, Kind};
use procedure_guide_cli::{check_file, layout};
use procedure_guide_core::catalogue::limits::JSON;
use procedure_guide_core::catalogue::shapes::{self, Shape};
use procedure_guide_core::json::{self, Json};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn sample() -> PathBuf {
    root().join("www/catalogue.json")
}

/// A fresh folder under the target directory for one test.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("tools")
        .join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch folder");
    dir
}

fn run(args: &[&std::ffi::OsStr]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_procedure-guide"))
        .args(args)
        .output()
        .expect("runs")
}

fn out(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("UTF-8")
}

fn err(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).expect("UTF-8")
}

fn parse(text: &str) -> Json<'_> {
    json::parse(text.as_bytes(), &JSON).expect("JSON")
}

/// Errors `check` finds in a file and the detail files of an index.
fn errors(path: &Path) -> Vec<String> {
    check_file(path)
        .expect("readable")
        .findings
        .iter()
        .filter(|f| f.diagnostic.is_error())
        .map(|f| {
            format!(
                "{}: {} at {}",
                f.file.display(),
                f.diagnostic.code.id(),
                f.diagnostic.path
            )
        })
        .collect()
}

// ---- fmt -------------------------------------------------------------------------------

fn shape(kind: Kind) -> &'static Shape {
    match kind {
        Kind::Root => &shapes::CATALOGUE,
        Kind::Info => &shapes::INFO,
        Kind::Portal => &shapes::PORTAL,
        Kind::Contact => &shapes::CONTACT,
        Kind::Agency => &shapes::AGENCY,
        Kind::Field => &shapes::FIELD,
        Kind::LifeEvent => &shapes::LIFE_EVENT,
        Kind::Procedure => &shapes::PROCEDURE,
        Kind::AgencyGroup => &shapes::AGENCY_GROUP,
        Kind::LegalBasis => &shapes::LEGAL_BASIS,
        Kind::OnlineOnly => &shapes::ONLINE_ONLY,
        Kind::Deadline => &shapes::DEADLINE,
        Kind::Channel => &shapes::CHANNEL,
        Kind::TimeLimit => &shapes::TIME_LIMIT,
        Kind::Fee => &shapes::FEE,
        Kind::Question => &shapes::QUESTION,
        Kind::Choice => &shapes::CHOICE,
        Kind::YesNoStops => &shapes::YES_NO_STOPS,
        Kind::Stop => &shapes::STOP,
        Kind::Condition => &shapes::CONDITION,
        Kind::Document => &shapes::DOCUMENT,
        Kind::Form => &shapes::FORM,
        Kind::Step => &shapes::STEP,
        Kind::Link => &shapes::LINK,
        Kind::Text | Kind::Other => unreachable!("no table"),
    }
}

/// The formatter's key-order tables have exactly the keys of the reader's tables: a key
/// added to the format fails here until `fmt` knows where it goes.
#[test]
fn fmt_tables_have_the_formats_keys() {
    assert_eq!(fmt::KINDS.len(), shapes::ALL.len());
    for &kind in fmt::KINDS {
        let mut ours: Vec<&str> = fmt::keys(kind).to_vec();
        let mut theirs: Vec<&str> = shape(kind).fields.iter().map(|f| f.key).collect();
        ours.sort_unstable();
        theirs.sort_unstable();
        assert_eq!(ours, theirs, "{kind:?}");
    }
}

/// The order is the documentation's: each table's keys appear in docs/CATALOGUE.en.md's
/// table for that object in the same order.
#[test]
fn fmt_order_is_the_documented_order() {
    let doc = std::fs::read_to_string(root().join("docs/CATALOGUE.en.md")).expect("docs");
    // Every table of the document as its list of `key`s (first column).
    let mut tables: Vec<Vec<String>> = Vec::new();
    let mut current: Vec<String> = Vec::new();
    for line in doc.lines() {
        if let Some(cell) = line.strip_prefix("| `") {
            if let Some(key) = cell.split('`').next() {
                current.push(key.to_string());
                continue;
            }
        }
        if !line.starts_with('|') && !current.is_empty() {
            tables.push(std::mem::take(&mut current));
        }
    }
    for &kind in fmt::KINDS {
        let keys: Vec<String> = fmt::keys(kind).iter().map(|k| k.to_string()).collect();
        let found = tables.iter().any(|t| {
            t.iter()
                .filter(|k| keys.contains(k))
                .cloned()
                .collect::<Vec<_>>()
                == keys
        });
        assert!(
            found,
            "{kind:?}: no table of the document lists {keys:?} in this order"
        );
    }
}

/// Every JSON file of the fixtures (valid and invalid ones, as long as they parse), the
/// sample and the shapes' every-field file: formatting keeps the value and is idempotent.
#[test]
fn fmt_round_trips_and_is_idempotent_on_every_fixture() {
    fn files(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).expect("fixtures").flatten() {
            let p = entry.path();
            if p.is_dir() {
                files(&p, out);
            } else if p.extension().is_some_and(|e| e == "json") {
                out.push(p);
            }
        }
    }
    let mut all = Vec::new();
    files(&root().join("tests/fixtures"), &mut all);
    all.push(sample());
    all.push(root().join("crates/core/src/catalogue/shapes/every-field.json"));
    let mut formatted = 0;
    for path in &all {
        let bytes = std::fs::read(path).expect("readable");
        let Ok(tree) = json::parse(&bytes, &JSON) else {
            continue;
        };
        let once = fmt::format(&tree);
        let again = parse(&once);
        assert!(
            same_json(&tree, &again),
            "{}: value changed",
            path.display()
        );
        assert_eq!(
            fmt::format(&again),
            once,
            "{}: not idempotent",
            path.display()
        );
        formatted += 1;
    }
    assert!(formatted >= 40, "only {formatted} fixtures formatted");
}

#[test]
fn fmt_keeps_every_key_in_the_documented_order() {
    let input = r#"{"procedures":[{"steps":[{"title":"T","id":"s"}],"x-own":{"b":1,"a":2},
        "editor_note":"n","name":{"en":"E","vi":"V"},"id":"p","channels":[{"kind":"in_person",
        "fee":[{"amount":8.000,"currency":"VND","kind":"fee"}]}],"agencies":[{"level":"commune"}],
        "name":"again"}],"format":"procedure-guide/1.1","agencies":[],"zzz":[1,2],
        "catalogue":{"title":"t","id":"c"}}"#;
    let tree = parse(input);
    let text = fmt::format(&tree);
    assert!(same_json(&tree, &parse(&text)));
    let expected = r#"{
  "format": "procedure-guide/1.1",
  "catalogue": { "id": "c", "title": "t" },
  "agencies": [],
  "procedures": [
    {
      "id": "p",
      "name": { "vi": "V", "en": "E" },
      "name": "again",
      "agencies": [
        { "level": "commune" }
      ],
      "channels": [
        {
          "kind": "in_person",
          "fee": [
            { "kind": "fee", "amount": 8.000, "currency": "VND" }
          ]
        }
      ],
      "steps": [
        { "id": "s", "title": "T" }
      ],
      "editor_note": "n",
      "x-own": { "b": 1, "a": 2 }
    }
  ],
  "zzz": [1, 2]
}
"#;
    assert_eq!(text, expected);
}

#[test]
fn fmt_escapes_minimally_and_wraps_long_lines() {
    let tree = parse(r#"{"id":"x","name":"Tab\tquote\" back\\ nl\n bell\u0007 é \u00e9 \u2028"}"#);
    let text = fmt::format(&tree);
    assert!(
        text.contains(r#""Tab\tquote\" back\\ nl\n bell\u0007 é é "#),
        "{text}"
    );
    assert!(same_json(&tree, &parse(&text)));
    let long = format!(r#"{{"id":"x","keywords":["{}","b"]}}"#, "a".repeat(120));
    let text = fmt::format(&parse(&long));
    assert!(text.contains("\"keywords\": [\n"), "{text}");
    assert!(text.lines().all(|l| !l.contains(",\"")), "{text}");
}

#[test]
fn fmt_command() {
    let dir = scratch("fmt");
    let file = dir.join("c.json");
    // The sample is kept formatted: a compact copy of it is not.
    let text = std::fs::read_to_string(sample()).expect("sample");
    std::fs::write(&file, procedure_guide_core::json::to_string(&parse(&text))).expect("write");
    let o = run(&["fmt".as_ref(), file.as_os_str()]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    let formatted = out(&o);
    let o = run(&["fmt".as_ref(), "--check".as_ref(), file.as_os_str()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(err(&o).contains("chưa định dạng") && err(&o).contains("not formatted"));
    let o = run(&["fmt".as_ref(), "--write".as_ref(), file.as_os_str()]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    assert_eq!(std::fs::read_to_string(&file).expect("written"), formatted);
    let o = run(&["fmt".as_ref(), "--check".as_ref(), file.as_os_str()]);
    assert_eq!(o.status.code(), Some(0));

    // Not JSON: the error with its line and column, in Vietnamese then in English.
    let broken = root().join("tests/fixtures/diagnostics/E004-invalid-json.json");
    let o = run(&["fmt".as_ref(), broken.as_os_str()]);
    assert_eq!(o.status.code(), Some(1));
    let e = err(&o);
    let lines: Vec<&str> = e.lines().collect();
    assert_eq!(lines.len(), 2, "{e}");
    assert!(
        lines[0].contains("lỗi E004 invalid-json") && lines[0].contains("dòng 44, cột 9"),
        "{e}"
    );
    assert!(
        lines[1].contains("error E004 invalid-json") && lines[1].contains("line 44, column 9"),
        "{e}"
    );
    assert!(out(&o).is_empty());
    for name in [
        "E001-empty-file.json",
        "E002-not-utf8.json",
        "E003-html-page.json",
    ] {
        let o = run(&[
            "fmt".as_ref(),
            root()
                .join("tests/fixtures/diagnostics")
                .join(name)
                .as_os_str(),
        ]);
        assert_eq!(o.status.code(), Some(1), "{name}");
    }
    // Unreadable: exit 2, both languages.
    let o = run(&["fmt".as_ref(), dir.join("missing.json").as_os_str()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(err(&o).contains("không đọc được tệp") && err(&o).contains("cannot read file"));
    // Several files need --write or --check.
    let o = run(&["fmt".as_ref(), file.as_os_str(), file.as_os_str()]);
    assert_eq!(o.status.code(), Some(2));
}

// ---- split and join --------------------------------------------------------------------

/// Splits `inline` into `dir`, checks both layouts, joins back and compares.
fn round_trip(inline: &Path, dir: &Path) {
    let done = layout::split(inline, dir, false).expect("split");
    assert_eq!(done.index, dir.join("catalogue.json"));
    assert_eq!(errors(&done.index), Vec::<String>::new());
    let (joined, notes) = layout::join(&done.index).expect("join");
    assert!(notes.is_empty(), "{notes:?}");
    let original = std::fs::read(inline).expect("readable");
    let original = json::parse(&original, &JSON).expect("JSON");
    assert!(
        same_json(&original, &parse(&joined)),
        "join(split(x)) differs from x"
    );
    let joined_file = dir.join("joined.json");
    std::fs::write(&joined_file, &joined).expect("write");
    assert_eq!(errors(&joined_file), Vec::<String>::new());
}

#[test]
fn split_and_join_the_sample() {
    let dir = scratch("sample");
    round_trip(&sample(), &dir.join("out"));
    let index = std::fs::read_to_string(dir.join("out/catalogue.json")).expect("index");
    let index = parse(&index);
    let entry = index
        .get("procedures")
        .and_then(Json::as_array)
        .and_then(|p| p.first())
        .expect("entry");
    assert_eq!(
        entry.get("href").and_then(Json::as_str),
        Some("procedures/1.001193.json")
    );
    assert!(entry.get("documents").is_none() && entry.get("steps").is_none());
    let detail = std::fs::read_to_string(dir.join("out/procedures/1.001193.json")).expect("detail");
    assert!(parse(&detail).get("editor_note").is_some());
    assert!(parse(&detail).get("href").is_none());
}

fn generate(dir: &Path, layout: &str) -> Option<PathBuf> {
    let status = Command::new("node")
        .current_dir(root())
        .args([
            "tools/gen-catalogue.mjs",
            "--count",
            "300",
            "--layout",
            layout,
            "--out",
        ])
        .arg(dir)
        .output();
    match status {
        Ok(o) if o.status.success() => Some(dir.join("catalogue.json")),
        Ok(o) => panic!(
            "gen-catalogue failed: {}",
            String::from_utf8_lossy(&o.stderr)
        ),
        Err(e) => {
            eprintln!("skipped: node is not available ({e})");
            None
        }
    }
}

#[test]
fn split_and_join_generated_catalogues() {
    let dir = scratch("generated");
    let Some(inline) = generate(&dir.join("inline"), "inline") else {
        return;
    };
    round_trip(&inline, &dir.join("split"));
    // The generator's own index layout joins into its inline layout's procedures.
    let index = generate(&dir.join("index"), "index").expect("index layout");
    let (joined, notes) = layout::join(&index).expect("join");
    assert!(notes.is_empty(), "{notes:?}");
    let joined = parse(&joined);
    let inline_bytes = std::fs::read(&inline).expect("inline");
    let inline_tree = json::parse(&inline_bytes, &JSON).expect("JSON");
    assert!(same_json(
        joined.get("procedures").expect("procedures"),
        inline_tree.get("procedures").expect("procedures")
    ));
    let joined_file = dir.join("joined.json");
    std::fs::write(&joined_file, fmt::format(&joined)).expect("write");
    assert_eq!(errors(&joined_file), Vec::<String>::new());
}

fn catalogue_with_ids(ids: &[&str]) -> String {
    let procedures: Vec<String> = ids
        .iter()
        .map(|id| {
            format!(
                r#"{{"id":"{id}","name":"P","agencies":["a"],"channels":[{{"kind":"in_person"}}],"steps":[{{"id":"s","title":"S"}}]}}"#
            )
        })
        .collect();
    format!(
        r#"{{"format":"procedure-guide/1.1","catalogue":{{"id":"c","title":"C"}},"agencies":[{{"id":"a","name":"A"}}],"procedures":[{}]}}"#,
        procedures.join(",")
    )
}

#[test]
fn split_refuses_unsafe_ids_and_a_full_folder() {
    let dir = scratch("refuse");
    for (ids, vi, en) in [
        (
            &["ok", "CON"][..],
            "không dùng làm tên tệp",
            "cannot be a file name",
        ),
        (
            &[".hidden"][..],
            "không dùng làm tên tệp",
            "cannot be a file name",
        ),
        (
            &["a/b"][..],
            "không dùng làm tên tệp",
            "cannot be a file name",
        ),
        (&["Ab", "aB"][..], "trùng tên tệp", "the same file"),
    ] {
        let input = dir.join("c.json");
        std::fs::write(&input, catalogue_with_ids(ids)).expect("write");
        let target = dir.join("out");
        let o = run(&[
            "split".as_ref(),
            input.as_os_str(),
            "--out".as_ref(),
            target.as_os_str(),
        ]);
        assert_eq!(o.status.code(), Some(1), "{ids:?}");
        assert!(
            err(&o).contains(vi) && err(&o).contains(en),
            "{ids:?}: {}",
            err(&o)
        );
        assert!(!target.exists(), "{ids:?}: nothing is written");
    }
    assert!(layout::is_safe_file_id("1.001193"));
    assert!(!layout::is_safe_file_id("nul.txt"));
    assert!(!layout::is_safe_file_id(".."));

    let input = dir.join("ok.json");
    std::fs::write(&input, catalogue_with_ids(&["p1", "p2"])).expect("write");
    let target = dir.join("full");
    std::fs::create_dir_all(&target).expect("mkdir");
    std::fs::write(target.join("keep.txt"), "x").expect("write");
    let o = run(&[
        "split".as_ref(),
        input.as_os_str(),
        "--out".as_ref(),
        target.as_os_str(),
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert!(err(&o).contains("--force"), "{}", err(&o));
    assert!(!target.join("catalogue.json").exists());
    let o = run(&[
        "split".as_ref(),
        input.as_os_str(),
        "--out".as_ref(),
        target.as_os_str(),
        "--force".as_ref(),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    assert!(target.join("procedures/p2.json").exists());
    assert_eq!(errors(&target.join("catalogue.json")), Vec::<String>::new());
    // Without --out: misuse.
    let o = run(&["split".as_ref(), input.as_os_str()]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn join_command_and_its_problems() {
    let dir = scratch("join");
    let split = dir.join("split");
    let input = dir.join("c.json");
    std::fs::write(&input, catalogue_with_ids(&["p1", "p2"])).expect("write");
    layout::split(&input, &split, false).expect("split");
    let index = split.join("catalogue.json");
    let o = run(&["join".as_ref(), index.as_os_str()]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    assert!(same_json(
        &parse(&out(&o)),
        &parse(&std::fs::read_to_string(&input).expect("c"))
    ));
    let target = dir.join("joined.json");
    let o = run(&[
        "join".as_ref(),
        index.as_os_str(),
        "--out".as_ref(),
        target.as_os_str(),
    ]);
    assert_eq!(o.status.code(), Some(0));
    assert!(out(&o).is_empty());
    assert_eq!(errors(&target), Vec::<String>::new());

    // A detail file with another id.
    std::fs::write(
        split.join("procedures/p2.json"),
        r#"{"id":"p3","name":"P"}"#,
    )
    .expect("write");
    let o = run(&["join".as_ref(), index.as_os_str()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(err(&o).contains("E028"), "{}", err(&o));
    // A missing one.
    std::fs::remove_file(split.join("procedures/p2.json")).expect("rm");
    let o = run(&["join".as_ref(), index.as_os_str()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(err(&o).contains("không đọc được tệp") && err(&o).contains("cannot read file"));
    // A remote href is kept, with a note.
    let remote = dir.join("remote.json");
    std::fs::write(
        &remote,
        catalogue_with_ids(&["p1"]).replace(
            r#""id":"p1","#,
            r#""id":"p1","href":"https://x.gov.vn/p1.json","#,
        ),
    )
    .expect("write");
    let (text, notes) = layout::join(&remote).expect("join");
    assert_eq!(notes.len(), 1);
    assert!(text.contains("https://x.gov.vn/p1.json"));
}

// ---- import ----------------------------------------------------------------------------

fn import(file: &Path) -> Output {
    run(&["import".as_ref(), file.as_os_str()])
}

#[test]
fn the_templates_import_to_a_catalogue_that_passes_check() {
    let dir = scratch("import");
    let mut drafts = Vec::new();
    for name in ["catalogue-template.csv", "catalogue-template.xlsx"] {
        let o = import(&root().join("www").join(name));
        assert_eq!(o.status.code(), Some(0), "{name}: {}", err(&o));
        let e = err(&o);
        let lines: Vec<&str> = e.lines().collect();
        // One warning (the case line), Vietnamese then English, then the summary.
        assert_eq!(lines.len(), 4, "{name}: {e}");
        assert!(
            lines[0].starts_with(&format!(
                "{name}: dòng 2, cột \"Thành phần hồ sơ\": \"Trường hợp ủy quyền"
            )),
            "{e}"
        );
        assert!(
            lines[1].starts_with(&format!(
                "{name}: row 2, column \"Thành phần hồ sơ\": line \"Trường hợp ủy quyền"
            )),
            "{e}"
        );
        assert!(lines[2].contains("2 thủ tục, 1 cảnh báo"), "{e}");
        let text = out(&o);
        let draft = dir.join(name.replace('.', "-") + ".json");
        std::fs::write(&draft, &text).expect("write");
        assert_eq!(errors(&draft), Vec::<String>::new(), "{name}");
        let tree = parse(&text);
        let ids: Vec<&str> = tree
            .get("procedures")
            .and_then(Json::as_array)
            .unwrap_or_default()
            .iter()
            .filter_map(|p| p.get("id").and_then(Json::as_str))
            .collect();
        assert_eq!(ids, ["1.001193", "2.000815"]);
        // The draft is already formatted.
        assert_eq!(fmt::format(&tree), text);
        drafts.push(
            text.replace(name, "TEMPLATE")
                .replace(&name.replace('.', "-"), "TEMPLATE"),
        );
    }
    assert_eq!(drafts[0], drafts[1], "the XLSX template reads as the CSV");
}

#[test]
fn the_xlsx_template_is_made_from_the_csv() {
    use procedure_guide_cli::sheet;
    let read = |name: &str| {
        let bytes = std::fs::read(root().join("www").join(name)).expect("template");
        sheet::read_table(name, &bytes)
    };
    let csv = read("catalogue-template.csv").expect("csv");
    let xlsx = read("catalogue-template.xlsx").expect("xlsx");
    assert_eq!(
        csv, xlsx,
        "run: cargo run -p procedure-guide-cli --example import_template"
    );
}

#[test]
fn import_reads_semicolons_and_says_what_it_cannot_map() {
    let dir = scratch("import-warnings");
    let file = dir.join("bang.csv");
    let csv = "\u{feff}Tên thủ tục;Mã thủ tục;Cơ quan thực hiện;Cách thức thực hiện;Thời hạn giải quyết;Trình tự thực hiện;Ghi chú\n\
               Đăng ký tạm trú;1.004194;Công an phường;Trực tuyến mức độ 4: https://dichvucong.gov.vn/x;3;Nộp hồ sơ;abc\n\
               ;;;;;;\n\
               Thủ tục không tên;;;;;;\n";
    std::fs::write(&file, csv).expect("write");
    let o = import(&file);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    let e = err(&o);
    for expected in [
        "bang.csv: dòng tiêu đề, cột \"Ghi chú\": cột không có trong mẫu",
        "bang.csv: heading row, column \"Ghi chú\": a column the template does not have",
        "bang.csv: dòng 2, cột \"Thời hạn giải quyết\": không hiểu thời hạn \"3\"",
        "bang.csv: row 2, column \"Thời hạn giải quyết\": time limit \"3\" not understood",
        "bang.csv: dòng 4, cột \"Mã thủ tục\"",
        "bang.csv: row 4, column \"Cơ quan thực hiện\"",
    ] {
        assert!(e.contains(expected), "missing {expected:?} in\n{e}");
    }
    let draft = dir.join("draft.json");
    std::fs::write(&draft, out(&o)).expect("write");
    // Row 4 has no agency, channel or step: a draft with errors `check` names.
    assert!(errors(&draft).iter().any(|e| e.contains("E009")));

    // Not UTF-8 (saved as plain "CSV" in Windows-1258): a clear error.
    let legacy = dir.join("cu.csv");
    std::fs::write(&legacy, b"T\xean th\xf9 t\xfbc\n").expect("write");
    let o = import(&legacy);
    assert_eq!(o.status.code(), Some(1));
    assert!(err(&o).contains("CSV UTF-8"), "{}", err(&o));
    let o = import(&dir.join("bang.ods"));
    assert_eq!(o.status.code(), Some(1));
    let o = import(&dir.join("missing.csv"));
    assert_eq!(o.status.code(), Some(2));
}
