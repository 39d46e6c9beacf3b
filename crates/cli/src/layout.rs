//! `procedure-guide split` and `procedure-guide join`: between the inline layout (one
//! file) and the index + detail layout (docs/CATALOGUE.md, section 16), on the JSON tree
//! so that every key travels (`editor_note` and unknown keys included).
//!
//! `split`: each inline procedure goes whole, as it is, into `procedures/<id>.json`; its
//! index entry keeps what search and the list need (`id`, `name`, `field`, `level`,
//! `agencies`, `keywords`, `channels` cut to `kind`, `online_level` and `label`,
//! `online_only`, `status`, `replaced_by`) and gets `href`. `join` puts each detail file
//! back in place of its entry. So `join(split(x))` is `x` as JSON.

use std::borrow::Cow;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use procedure_guide_core::catalogue::{is_valid_id, limits, parse_diagnostic};
use procedure_guide_core::diagnostic::Diagnostic;
use procedure_guide_core::i18n::Lang;
use procedure_guide_core::json::{self, Json};

use crate::fmt;

/// The keys of a procedure its index entry keeps (besides `href`).
pub const INDEX_KEYS: &[&str] = &[
    "id",
    "name",
    "field",
    "level",
    "agencies",
    "keywords",
    "channels",
    "online_only",
    "status",
    "replaced_by",
];

/// The keys of a channel its summary in the index keeps.
pub const CHANNEL_SUMMARY_KEYS: &[&str] = &["kind", "online_level", "label"];

/// The folder of the detail files, relative to the index.
pub const DETAIL_DIR: &str = "procedures";

/// The index's file name in the output folder.
pub const INDEX_FILE: &str = "catalogue.json";

/// Why `split` or `join` stopped. Nothing is written when `split` stops.
#[derive(Debug)]
pub enum Problem {
    Unreadable(PathBuf, io::Error),
    NotJson(PathBuf, Diagnostic),
    /// No `procedures` array at the root.
    NotCatalogue(PathBuf),
    /// `procedures[i]` is not an object.
    EntryNotObject(usize),
    /// `procedures[i]` has no string `id`.
    NoId(usize),
    /// An id that cannot safely be a file name on every system.
    UnsafeId(usize, String),
    /// Two procedures whose files would be the same (also when only case differs).
    SameFile(usize, String, String),
    OutNotEmpty(PathBuf),
    OutIsFile(PathBuf),
    Write(PathBuf, io::Error),
    /// A detail file whose root is not an object.
    DetailNotObject(PathBuf),
    DetailIdMismatch {
        file: PathBuf,
        expected: String,
        found: String,
    },
    /// An `href` naming the index itself.
    DetailIsIndex(usize),
}

impl Problem {
    pub fn message(&self, lang: Lang) -> String {
        let vi = lang == Lang::Vi;
        let pick = |a: String, b: String| if vi { a } else { b };
        match self {
            Problem::Unreadable(p, e) => pick(
                format!("{}: không đọc được tệp: {e}", p.display()),
                format!("{}: cannot read file: {e}", p.display()),
            ),
            Problem::NotJson(p, d) => format!(
                "{}: {} {} {} {}: {}",
                p.display(),
                if vi { "lỗi" } else { "error" },
                d.code.id(),
                d.code.slug(),
                if vi { "tại" } else { "at" },
                d.message(lang)
            ),
            Problem::NotCatalogue(p) => pick(
                format!("{}: không phải danh mục: thiếu mảng `procedures` ở gốc", p.display()),
                format!("{}: not a catalogue: no `procedures` array at the root", p.display()),
            ),
            Problem::EntryNotObject(i) => pick(
                format!("procedures[{i}] không phải đối tượng JSON"),
                format!("procedures[{i}] is not a JSON object"),
            ),
            Problem::NoId(i) => pick(
                format!("procedures[{i}] không có `id` dạng chuỗi: không đặt được tên tệp chi tiết"),
                format!("procedures[{i}] has no string `id`: no name for its detail file"),
            ),
            Problem::UnsafeId(i, id) => pick(
                format!(
                    "procedures[{i}]: mã `{}` không dùng làm tên tệp được (chỉ A–Z a–z 0–9 . _ -, tối đa 64 ký tự, không bắt đầu bằng dấu chấm, không phải tên dành riêng của Windows như CON, NUL, COM1)",
                    crate::printable(id)
                ),
                format!(
                    "procedures[{i}]: id `{}` cannot be a file name (only A–Z a–z 0–9 . _ -, at most 64 characters, not starting with a dot, not a Windows reserved name such as CON, NUL, COM1)",
                    crate::printable(id)
                ),
            ),
            Problem::SameFile(i, id, other) => pick(
                format!(
                    "procedures[{i}]: mã `{id}` trùng tên tệp với `{other}` (trùng mã, hoặc chỉ khác chữ hoa/thường: Windows và macOS coi là một tệp)"
                ),
                format!(
                    "procedures[{i}]: id `{id}` gives the same file as `{other}` (the same id, or ids differing only in case: one file on Windows and macOS)"
                ),
            ),
            Problem::OutNotEmpty(p) => pick(
                format!("{}: thư mục đã có tệp; chọn thư mục trống hoặc thêm --force để ghi đè", p.display()),
                format!("{}: the folder is not empty; choose an empty one or add --force to overwrite", p.display()),
            ),
            Problem::OutIsFile(p) => pick(
                format!("{}: là một tệp, không phải thư mục", p.display()),
                format!("{}: is a file, not a folder", p.display()),
            ),
            Problem::Write(p, e) => pick(
                format!("{}: không ghi được tệp: {e}", p.display()),
                format!("{}: cannot write file: {e}", p.display()),
            ),
            Problem::DetailNotObject(p) => pick(
                format!("{}: tệp chi tiết không phải một đối tượng thủ tục", p.display()),
                format!("{}: the detail file is not a procedure object", p.display()),
            ),
            Problem::DetailIdMismatch {
                file,
                expected,
                found,
            } => pick(
                format!(
                    "{}: tệp chi tiết có mã `{}`, mục trong chỉ mục là `{}` (E028)",
                    file.display(),
                    crate::printable(found),
                    crate::printable(expected)
                ),
                format!(
                    "{}: the detail file has id `{}`, its index entry `{}` (E028)",
                    file.display(),
                    crate::printable(found),
                    crate::printable(expected)
                ),
            ),
            Problem::DetailIsIndex(i) => pick(
                format!("procedures[{i}]: `href` trỏ về chính tệp chỉ mục (E031)"),
                format!("procedures[{i}]: `href` points at the index itself (E031)"),
            ),
        }
    }
}

/// Something `join` did that the user should know, without stopping.
#[derive(Clone, Debug, PartialEq)]
pub enum Note {
    /// An entry whose `href` is an absolute URL or a server-root path: left as it is.
    Remote(usize, String),
    /// Keys of the index entry its detail file lacks, kept in the joined procedure.
    EntryKeysKept(usize, Vec<String>),
    /// A detail file that has an `href` itself (E030), kept.
    DetailHasHref(usize),
}

impl Note {
    pub fn message(&self, lang: Lang) -> String {
        let vi = lang == Lang::Vi;
        match self {
            Note::Remote(i, href) if vi => format!(
                "procedures[{i}]: `href` \"{}\" là địa chỉ tuyệt đối hoặc từ gốc máy chủ, không đọc được từ đĩa: giữ nguyên mục chỉ mục",
                crate::printable(href)
            ),
            Note::Remote(i, href) => format!(
                "procedures[{i}]: `href` \"{}\" is an absolute URL or a server-root path, not readable from disk: the index entry is kept as it is",
                crate::printable(href)
            ),
            Note::EntryKeysKept(i, keys) if vi => format!(
                "procedures[{i}]: tệp chi tiết thiếu {}, có trong mục chỉ mục: đã giữ lại",
                keys.join(", ")
            ),
            Note::EntryKeysKept(i, keys) => format!(
                "procedures[{i}]: the detail file lacks {}, which the index entry has: kept",
                keys.join(", ")
            ),
            Note::DetailHasHref(i) if vi => {
                format!("procedures[{i}]: tệp chi tiết có `href` (E030): giữ nguyên, hãy xoá")
            }
            Note::DetailHasHref(i) => {
                format!("procedures[{i}]: the detail file has an `href` (E030): kept, remove it")
            }
        }
    }
}

/// Names Windows keeps for devices, with any extension (`CON.json` is the console).
const RESERVED: &[&str] = &[
    "CON", "PRN", "AUX", "NUL", "COM0", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7",
    "COM8", "COM9", "LPT0", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
];

/// Whether a procedure id can name its detail file `<id>.json` on any system and any web
/// server: a valid id (`A–Z a–z 0–9 . _ -`, 1 to 64), not starting with a dot (hidden
/// files, `..`, which servers often refuse), not a Windows device name.
pub fn is_safe_file_id(id: &str) -> bool {
    let stem = id.split('.').next().unwrap_or_default();
    is_valid_id(id)
        && !id.starts_with('.')
        && !RESERVED.iter().any(|r| r.eq_ignore_ascii_case(stem))
}

/// The detail file's `href` for a procedure id.
pub fn href_for(id: &str) -> String {
    format!("{DETAIL_DIR}/{id}.json")
}

/// Reads at most one byte past the 20 MB limit (a larger file is E006, not read whole).
pub fn read_bounded(path: &Path) -> io::Result<Vec<u8>> {
    use std::io::Read;
    let limit = limits::MAX_FILE_BYTES as u64 + 1;
    let mut bytes = Vec::new();
    fs::File::open(path)?.take(limit).read_to_end(&mut bytes)?;
    Ok(bytes)
}

fn parse_file<'b>(path: &Path, bytes: &'b [u8]) -> Result<Json<'b>, Problem> {
    json::parse(bytes, &limits::JSON)
        .map_err(|e| Problem::NotJson(path.to_path_buf(), parse_diagnostic(e)))
}

fn procedures<'v, 'a>(root: &'v Json<'a>, path: &Path) -> Result<&'v [Json<'a>], Problem> {
    root.get("procedures")
        .and_then(Json::as_array)
        .filter(|_| root.as_object().is_some())
        .ok_or_else(|| Problem::NotCatalogue(path.to_path_buf()))
}

/// The root with its `procedures` replaced by `new` (the last `procedures` when the key
/// is repeated: the one every reader uses; earlier ones stay as they were).
fn with_procedures<'a>(root: &Json<'a>, new: Vec<Json<'a>>) -> Json<'a> {
    let entries = root.as_object().unwrap_or_default();
    let last = entries.iter().rposition(|(k, _)| k == "procedures");
    let mut new = Some(new);
    Json::Object(
        entries
            .iter()
            .enumerate()
            .map(|(i, (k, v))| match new.take_if(|_| Some(i) == last) {
                Some(list) => (k.clone(), Json::Array(list)),
                None => (k.clone(), v.clone()),
            })
            .collect(),
    )
}

/// The index entry of an inline procedure.
pub fn index_entry<'a>(procedure: &Json<'a>, href: String) -> Json<'a> {
    let mut entries: Vec<(Cow<'a, str>, Json<'a>)> = procedure
        .as_object()
        .unwrap_or_default()
        .iter()
        .filter(|(k, _)| INDEX_KEYS.contains(&k.as_ref()))
        .map(|(k, v)| {
            let v = if k == "channels" {
                summary(v)
            } else {
                v.clone()
            };
            (k.clone(), v)
        })
        .collect();
    entries.push((Cow::Borrowed("href"), Json::string(href)));
    Json::Object(entries)
}

fn summary<'a>(channels: &Json<'a>) -> Json<'a> {
    match channels {
        Json::Array(items) => Json::Array(
            items
                .iter()
                .map(|c| match c {
                    Json::Object(entries) => Json::Object(
                        entries
                            .iter()
                            .filter(|(k, _)| CHANNEL_SUMMARY_KEYS.contains(&k.as_ref()))
                            .cloned()
                            .collect(),
                    ),
                    other => other.clone(),
                })
                .collect(),
        ),
        other => other.clone(),
    }
}

/// What `split` wrote.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Split {
    pub index: PathBuf,
    /// Detail files written.
    pub details: usize,
    /// Entries that already had an `href`, left as they were.
    pub kept: usize,
}

/// Splits the inline catalogue at `input` into `out/catalogue.json` and
/// `out/procedures/<id>.json`. Refuses a folder that is not empty unless `force`, and
/// every id that cannot be a file name; nothing is written then.
pub fn split(input: &Path, out: &Path, force: bool) -> Result<Split, Problem> {
    let bytes = read_bounded(input).map_err(|e| Problem::Unreadable(input.to_path_buf(), e))?;
    let root = parse_file(input, &bytes)?;
    let list = procedures(&root, input)?;
    let mut entries = Vec::with_capacity(list.len());
    let mut details: Vec<(String, String)> = Vec::new();
    let mut files: std::collections::HashMap<String, String> = Default::default();
    let mut kept = 0;
    for (i, procedure) in list.iter().enumerate() {
        if procedure.as_object().is_none() {
            return Err(Problem::EntryNotObject(i));
        }
        if procedure.get("href").is_some() {
            kept += 1;
            entries.push(procedure.clone());
            continue;
        }
        let id = procedure
            .get("id")
            .and_then(Json::as_str)
            .ok_or(Problem::NoId(i))?;
        if !is_safe_file_id(id) {
            return Err(Problem::UnsafeId(i, id.to_string()));
        }
        if let Some(other) = files.insert(id.to_ascii_lowercase(), id.to_string()) {
            return Err(Problem::SameFile(i, id.to_string(), other));
        }
        let href = href_for(id);
        entries.push(index_entry(procedure, href));
        details.push((id.to_string(), fmt::format(procedure)));
    }
    let index = fmt::format(&with_procedures(&root, entries));
    match fs::metadata(out) {
        Ok(m) if !m.is_dir() => return Err(Problem::OutIsFile(out.to_path_buf())),
        Ok(_) if !force => {
            let mut listing =
                fs::read_dir(out).map_err(|e| Problem::Unreadable(out.to_path_buf(), e))?;
            if listing.next().is_some() {
                return Err(Problem::OutNotEmpty(out.to_path_buf()));
            }
        }
        _ => {}
    }
    let write = |path: PathBuf, text: &str| {
        fs::write(&path, text).map_err(|e| Problem::Write(path.clone(), e))
    };
    let dir = out.join(DETAIL_DIR);
    fs::create_dir_all(&dir).map_err(|e| Problem::Write(dir.clone(), e))?;
    for (id, text) in &details {
        write(dir.join(format!("{id}.json")), text)?;
    }
    let index_path = out.join(INDEX_FILE);
    write(index_path.clone(), &index)?;
    Ok(Split {
        index: index_path,
        details: details.len(),
        kept,
    })
}

/// The inline catalogue of the index at `path`: each entry with a relative `href`
/// replaced by its detail file (read relative to the index), keys of the entry that
/// the detail lacks kept after the detail's own.
pub fn join(path: &Path) -> Result<(String, Vec<Note>), Problem> {
    let bytes = read_bounded(path).map_err(|e| Problem::Unreadable(path.to_path_buf(), e))?;
    let root = parse_file(path, &bytes)?;
    let list = procedures(&root, path)?;
    let base = path.parent().unwrap_or(Path::new("."));
    let itself = fs::canonicalize(path).ok();
    let mut notes = Vec::new();
    // The detail files' bytes, kept while the joined tree borrows from them.
    let mut texts: Vec<(usize, PathBuf, Vec<u8>)> = Vec::new();
    for (i, entry) in list.iter().enumerate() {
        let Some(href) = entry.get("href").and_then(Json::as_str) else {
            continue;
        };
        if href.contains("://") || href.starts_with('/') {
            notes.push(Note::Remote(i, href.to_string()));
            continue;
        }
        let file = base.join(href.split(['?', '#']).next().unwrap_or_default());
        if itself.is_some() && fs::canonicalize(&file).ok() == itself {
            return Err(Problem::DetailIsIndex(i));
        }
        let detail = read_bounded(&file).map_err(|e| Problem::Unreadable(file.clone(), e))?;
        texts.push((i, file, detail));
    }
    let mut joined: Vec<Json<'_>> = list.to_vec();
    for (i, file, detail) in &texts {
        let i = *i;
        let tree = parse_file(file, detail)?;
        let Some(detail_entries) = tree.as_object() else {
            return Err(Problem::DetailNotObject(file.clone()));
        };
        let entry = list.get(i).cloned().unwrap_or(Json::Null);
        let expected = entry.get("id").and_then(Json::as_str);
        let found = tree.get("id").and_then(Json::as_str);
        if let (Some(expected), Some(found)) = (expected, found) {
            if expected != found {
                return Err(Problem::DetailIdMismatch {
                    file: file.clone(),
                    expected: expected.to_string(),
                    found: found.to_string(),
                });
            }
        }
        if tree.get("href").is_some() {
            notes.push(Note::DetailHasHref(i));
        }
        let mut merged: Vec<(Cow<'_, str>, Json<'_>)> = detail_entries.to_vec();
        let mut extra = Vec::new();
        for (k, v) in entry.as_object().unwrap_or_default() {
            if k != "href" && tree.get(k).is_none() {
                extra.push(k.to_string());
                merged.push((k.clone(), v.clone()));
            }
        }
        if !extra.is_empty() {
            notes.push(Note::EntryKeysKept(i, extra));
        }
        if let Some(slot) = joined.get_mut(i) {
            *slot = Json::Object(merged);
        }
    }
    let text = fmt::format(&with_procedures(&root, joined));
    Ok((text, notes))
}
