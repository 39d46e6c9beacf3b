//! The webmasters' tools (issue 15): `fmt`, `split`, `join`, `import`. Messages are in
//! Vietnamese, then English, as the tool's misuse messages are.

use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use procedure_guide_cli::layout::{self, Problem};
use procedure_guide_cli::{fmt, printable, sheet, text_line, Finding};
use procedure_guide_core::catalogue::{limits, parse_diagnostic};
use procedure_guide_core::i18n::cli::USAGE as CHECK_USAGE;
use procedure_guide_core::i18n::Lang;
use procedure_guide_core::json;
use procedure_guide_import as import;

/// How to call the tools, after the core's usage of `check`, `schema`, `notes`.
pub const USAGE: &str = "\
Công cụ biên tập / Editing tools:
  procedure-guide fmt [--write | --check] FILE...
  procedure-guide split CATALOGUE.json --out DIR [--force]
  procedure-guide join INDEX.json [--out FILE]
  procedure-guide import FILE.csv|FILE.xlsx [--out FILE] [--id ID] [--title TITLE]

fmt     viết lại danh mục theo một cách trình bày cố định (thụt 2 dấu cách, thứ tự trường
        như tài liệu định dạng), giữ mọi trường; in ra, hoặc ghi đè (--write), hoặc chỉ
        kiểm tra (--check, mã thoát 1 nếu chưa định dạng).
        rewrites catalogues in one stable layout (2-space indent, the format's field
        order), keeping every key; prints, or rewrites in place (--write), or only checks
        (--check, exit 1 when not formatted).
split   tách danh mục một tệp thành chỉ mục DIR/catalogue.json và DIR/procedures/<mã>.json.
        splits an inline catalogue into an index and one detail file per procedure.
join    ghép chỉ mục và các tệp chi tiết thành danh mục một tệp (in ra hoặc --out).
        joins an index and its detail files into one inline catalogue.
import  tạo bản nháp danh mục từ bảng tính mẫu (docs/IMPORT.md); cảnh báo ra stderr.
        drafts a catalogue from the spreadsheet template (docs/IMPORT.md); warnings on stderr.";

/// Says what was wrong in both languages, then how to call the tool; exit 2.
pub fn misuse_text(vi: &str, en: &str) -> ExitCode {
    eprintln!("procedure-guide: {vi} / {en}\n\n{CHECK_USAGE}\n\n{USAGE}");
    ExitCode::from(2)
}

/// A problem in both languages on two lines (the command's name first).
fn say(command: &str, vi: &str, en: &str) {
    eprintln!("procedure-guide {command}: {}", printable(vi));
    eprintln!("procedure-guide {command}: {}", printable(en));
}

/// Options and the other arguments. `flags` take no value, `valued` one.
struct Args {
    files: Vec<String>,
    options: HashMap<&'static str, String>,
}

fn parse(
    args: &[String],
    flags: &[&'static str],
    valued: &[&'static str],
) -> Result<Args, ExitCode> {
    let mut out = Args {
        files: Vec::new(),
        options: HashMap::new(),
    };
    let mut iter = args.iter();
    let mut done = false;
    while let Some(arg) = iter.next() {
        if done || !arg.starts_with("--") {
            out.files.push(arg.clone());
            continue;
        }
        if arg == "--" {
            done = true;
            continue;
        }
        let (name, inline) = match arg.split_once('=') {
            Some((n, v)) => (n, Some(v.to_string())),
            None => (arg.as_str(), None),
        };
        if let Some(flag) = flags.iter().find(|f| **f == name) {
            out.options.insert(flag, String::new());
        } else if let Some(key) = valued.iter().find(|f| **f == name) {
            match inline.or_else(|| iter.next().cloned()) {
                Some(v) => {
                    out.options.insert(key, v);
                }
                None => {
                    return Err(misuse_text(
                        &format!("`{name}` cần một giá trị"),
                        &format!("`{name}` needs a value"),
                    ))
                }
            }
        } else {
            return Err(misuse_text(
                &format!("không có tuỳ chọn `{name}`"),
                &format!("unknown option `{name}`"),
            ));
        }
    }
    Ok(out)
}

/// Writes `text` to `out`, or to standard output.
fn emit(command: &str, out: Option<&String>, text: &str) -> Result<(), ExitCode> {
    match out {
        // Written beside the target and renamed over it: an interrupted `fmt --write`
        // never leaves half a catalogue.
        Some(path) => {
            let target = Path::new(path);
            let name = target
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let temp = target.with_file_name(format!(".{name}.procedure-guide.tmp"));
            std::fs::write(&temp, text)
                .and_then(|()| std::fs::rename(&temp, target))
                .inspect_err(|_| {
                    let _ = std::fs::remove_file(&temp);
                })
        }
        .map_err(|e| {
            say(
                command,
                &format!("{path}: không ghi được tệp: {e}"),
                &format!("{path}: cannot write file: {e}"),
            );
            ExitCode::from(2)
        }),
        None => {
            let stdout = std::io::stdout();
            let mut lock = stdout.lock();
            let _ = lock.write_all(text.as_bytes());
            let _ = lock.flush();
            Ok(())
        }
    }
}

fn problem(command: &str, p: &Problem) -> ExitCode {
    say(command, &p.message(Lang::Vi), &p.message(Lang::En));
    match p {
        Problem::Unreadable(..) | Problem::Write(..) => ExitCode::from(2),
        _ => ExitCode::from(1),
    }
}

/// `fmt [--write | --check] FILE...`
pub fn fmt(args: &[String]) -> ExitCode {
    let args = match parse(args, &["--write", "--check"], &[]) {
        Ok(a) => a,
        Err(code) => return code,
    };
    let write = args.options.contains_key("--write");
    let check = args.options.contains_key("--check");
    if args.files.is_empty() {
        return misuse_text("cần ít nhất một tệp (FILE)", "at least one FILE is needed");
    }
    if write && check {
        return misuse_text(
            "chỉ dùng một trong --write và --check",
            "use only one of --write and --check",
        );
    }
    if args.files.len() > 1 && !write && !check {
        return misuse_text(
            "nhiều tệp cần --write hoặc --check",
            "several files need --write or --check",
        );
    }
    let mut status = ExitCode::SUCCESS;
    for file in &args.files {
        let path = PathBuf::from(file);
        let bytes = match layout::read_bounded(&path) {
            Ok(b) => b,
            Err(e) => {
                say(
                    "fmt",
                    &format!("{file}: không đọc được tệp: {e}"),
                    &format!("{file}: cannot read file: {e}"),
                );
                return ExitCode::from(2);
            }
        };
        let tree = match json::parse(&bytes, &limits::JSON) {
            Ok(t) => t,
            Err(e) => {
                let finding = Finding {
                    file: path.clone(),
                    diagnostic: parse_diagnostic(e),
                };
                eprintln!("{}", text_line(&finding, Lang::Vi));
                eprintln!("{}", text_line(&finding, Lang::En));
                status = ExitCode::from(1);
                continue;
            }
        };
        let text = fmt::format(&tree);
        let same = text.as_bytes() == bytes.as_slice();
        if check {
            if !same {
                say(
                    "fmt",
                    &format!("{file}: chưa định dạng (chạy procedure-guide fmt --write)"),
                    &format!("{file}: not formatted (run procedure-guide fmt --write)"),
                );
                status = ExitCode::from(1);
            }
        } else if write {
            if !same {
                if let Err(code) = emit("fmt", Some(file), &text) {
                    return code;
                }
            }
        } else if let Err(code) = emit("fmt", None, &text) {
            return code;
        }
    }
    status
}

/// `split CATALOGUE.json --out DIR [--force]`
pub fn split(args: &[String]) -> ExitCode {
    let args = match parse(args, &["--force"], &["--out"]) {
        Ok(a) => a,
        Err(code) => return code,
    };
    let [file] = &args.files[..] else {
        return misuse_text(
            "cần đúng một tệp danh mục",
            "exactly one catalogue file is needed",
        );
    };
    let Some(out) = args.options.get("--out") else {
        return misuse_text(
            "cần --out DIR (thư mục ghi chỉ mục và tệp chi tiết)",
            "--out DIR is needed (the folder for the index and detail files)",
        );
    };
    match layout::split(
        Path::new(file),
        Path::new(out),
        args.options.contains_key("--force"),
    ) {
        Ok(done) => {
            let index = done.index.display();
            say(
                "split",
                &format!(
                    "đã ghi {index} và {} tệp chi tiết trong {out}/{}/ ({} mục đã có href được giữ nguyên)",
                    done.details,
                    layout::DETAIL_DIR,
                    done.kept
                ),
                &format!(
                    "wrote {index} and {} detail files in {out}/{}/ ({} entries that had an href kept as they were)",
                    done.details,
                    layout::DETAIL_DIR,
                    done.kept
                ),
            );
            ExitCode::SUCCESS
        }
        Err(p) => problem("split", &p),
    }
}

/// `join INDEX.json [--out FILE]`
pub fn join(args: &[String]) -> ExitCode {
    let args = match parse(args, &[], &["--out"]) {
        Ok(a) => a,
        Err(code) => return code,
    };
    let [file] = &args.files[..] else {
        return misuse_text(
            "cần đúng một tệp chỉ mục",
            "exactly one index file is needed",
        );
    };
    match layout::join(Path::new(file)) {
        Ok((text, notes)) => {
            for note in &notes {
                say("join", &note.message(Lang::Vi), &note.message(Lang::En));
            }
            if text.len() > limits::MAX_FILE_BYTES {
                say(
                    "join",
                    &format!("danh mục ghép được {} byte, quá giới hạn 20 MB của một tệp (E006): giữ dạng chỉ mục", text.len()),
                    &format!("the joined catalogue has {} bytes, over the 20 MB limit of one file (E006): keep the index layout", text.len()),
                );
            }
            match emit("join", args.options.get("--out"), &text) {
                Ok(()) => ExitCode::SUCCESS,
                Err(code) => code,
            }
        }
        Err(p) => problem("join", &p),
    }
}

/// `import FILE.csv|FILE.xlsx [--out FILE] [--id ID] [--title TITLE]`
pub fn import(args: &[String]) -> ExitCode {
    let args = match parse(args, &[], &["--out", "--id", "--title"]) {
        Ok(a) => a,
        Err(code) => return code,
    };
    let [file] = &args.files[..] else {
        return misuse_text(
            "cần đúng một tệp bảng tính (.csv hoặc .xlsx)",
            "exactly one spreadsheet file (.csv or .xlsx) is needed",
        );
    };
    let path = Path::new(file);
    let read = if sheet::is_sheet(file) {
        std::fs::read(path).map_err(sheet::SheetError::Io)
    } else {
        Err(sheet::SheetError::UnknownType)
    };
    let table = match read.and_then(|bytes| sheet::read_table(file, &bytes)) {
        Ok(t) => t,
        Err(e) => {
            say(
                "import",
                &format!("{file}: {}", e.message(Lang::Vi)),
                &format!("{file}: {}", e.message(Lang::En)),
            );
            return match e {
                sheet::SheetError::Io(_) => ExitCode::from(2),
                _ => ExitCode::from(1),
            };
        }
    };
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| file.clone());
    let stem = path
        .file_stem()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let id = match args.options.get("--id") {
        Some(id) if procedure_guide_core::catalogue::is_valid_id(id) => id.clone(),
        Some(id) => {
            return misuse_text(
                &format!("`--id` \"{id}\" không phải mã hợp lệ (A–Z a–z 0–9 . _ -)"),
                &format!("`--id` \"{id}\" is not a valid id (A–Z a–z 0–9 . _ -)"),
            )
        }
        None => import::slug(&stem, "nhap-tu-bang-tinh"),
    };
    let title = args
        .options
        .get("--title")
        .cloned()
        .unwrap_or_else(|| format!("Danh mục thủ tục hành chính (nhập từ {name})"));
    let (_, rows) = import::rows(table);
    let draft = import::import(
        &rows,
        &import::Options {
            id,
            title,
            source: name.clone(),
        },
    );
    for w in &draft.warnings {
        eprintln!("{}", printable(&format!("{name}: {}", w.message(Lang::Vi))));
        eprintln!("{}", printable(&format!("{name}: {}", w.message(Lang::En))));
    }
    let count = draft
        .catalogue
        .get("procedures")
        .and_then(json::Json::as_array)
        .map_or(0, <[_]>::len);
    let warnings = draft.warnings.len();
    say(
        "import",
        &format!("{name}: {count} thủ tục, {warnings} cảnh báo; chạy procedure-guide check trên bản nháp"),
        &format!("{name}: {count} procedures, {warnings} warnings; run procedure-guide check on the draft"),
    );
    if count == 0 {
        return ExitCode::from(1);
    }
    match emit(
        "import",
        args.options.get("--out"),
        &fmt::format(&draft.catalogue),
    ) {
        Ok(()) => ExitCode::SUCCESS,
        Err(code) => code,
    }
}
