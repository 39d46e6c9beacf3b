//! A draft `procedure-guide/1.1` catalogue from a spreadsheet with one row per procedure
//! and columns named after the national procedure database's headings (Tên thủ tục, Mã
//! thủ tục, Cách thức thực hiện, Thành phần hồ sơ …). The conventions of each column are
//! in docs/IMPORT.md.
//!
//! Pure: rows of (heading, cell) strings in, a JSON tree and warnings out. No file, no
//! clock, nothing that does not compile to `wasm32-unknown-unknown`, so the browser can
//! reuse it. `procedure-guide import` reads CSV and XLSX files into [`Row`]s.
//!
//! What it cannot map is said, one [`Warning`] per cell (with its row and column), never
//! guessed: questions and conditions (`when`) are never made up; a document or step that
//! names a case ("Trường hợp …") is kept for everyone with an `editor_note` saying so.

mod cells;
mod fold;
#[cfg(feature = "files")]
pub mod sheet;

use std::borrow::Cow;

use procedure_guide_core::catalogue::is_valid_id;
use procedure_guide_core::i18n::Lang;
use procedure_guide_core::json::{Json, Number};

pub use cells::{channel, document, fee, time_limit, Kind, Span};
pub use fold::{folded, slug};

/// One spreadsheet row: its number as the spreadsheet shows it (the headings are row 1)
/// and its cells by heading, in column order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Row {
    pub number: usize,
    pub cells: Vec<(String, String)>,
}

/// Rows from a table (records in sheet order, row 1 first): the first record with a
/// non-empty cell holds the headings; rows whose cells are all empty are left out.
/// Row numbers are the sheet's (1-based).
pub fn rows(table: Vec<Vec<String>>) -> (Vec<String>, Vec<Row>) {
    let filled = |r: &Vec<String>| r.iter().any(|c| !c.trim().is_empty());
    let start = table.iter().position(filled).unwrap_or(0);
    let mut records = table.into_iter().enumerate().skip(start);
    let headings: Vec<String> = records
        .next()
        .map(|(_, r)| r)
        .unwrap_or_default()
        .into_iter()
        .map(|h| h.trim().to_string())
        .collect();
    let rows = records
        .filter(|(_, cells)| filled(cells))
        .map(|(i, cells)| Row {
            number: i + 1,
            cells: headings
                .iter()
                .cloned()
                .zip(cells.into_iter().chain(std::iter::repeat(String::new())))
                .collect(),
        })
        .collect();
    (headings, rows)
}

/// A column the importer knows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Column {
    Code,
    Name,
    NameEn,
    Field,
    Level,
    Agencies,
    Audience,
    Summary,
    Keywords,
    Channels,
    TimeLimit,
    Fee,
    Documents,
    Sets,
    Steps,
    Requirements,
    Result,
    LegalBasis,
    EditorNote,
}

/// Each column: its heading in the template, then other headings taken for it (compared
/// folded, without punctuation: "Phí, lệ phí" is "Phí/lệ phí").
pub const COLUMNS: &[(Column, &str, &[&str])] = &[
    (Column::Code, "Mã thủ tục", &["Mã TTHC", "Mã số thủ tục"]),
    (
        Column::Name,
        "Tên thủ tục",
        &["Tên TTHC", "Tên thủ tục hành chính"],
    ),
    (
        Column::NameEn,
        "Tên tiếng Anh",
        &["Tên tiếng Anh (English name)", "English name"],
    ),
    (Column::Field, "Lĩnh vực", &[]),
    (Column::Level, "Cấp thực hiện", &[]),
    (
        Column::Agencies,
        "Cơ quan thực hiện",
        &["Cơ quan tiếp nhận"],
    ),
    (Column::Audience, "Đối tượng thực hiện", &[]),
    (Column::Summary, "Mô tả", &[]),
    (Column::Keywords, "Từ khóa", &["Từ khoá"]),
    (Column::Channels, "Cách thức thực hiện", &["Hình thức nộp"]),
    (
        Column::TimeLimit,
        "Thời hạn giải quyết",
        &["Thời gian giải quyết"],
    ),
    (
        Column::Fee,
        "Phí/lệ phí",
        &["Phí, lệ phí", "Lệ phí", "Phí lệ phí"],
    ),
    (Column::Documents, "Thành phần hồ sơ", &[]),
    (Column::Sets, "Số bộ hồ sơ", &["Số lượng hồ sơ"]),
    (Column::Steps, "Trình tự thực hiện", &[]),
    (
        Column::Requirements,
        "Yêu cầu/điều kiện",
        &[
            "Yêu cầu, điều kiện",
            "Yêu cầu, điều kiện thực hiện",
            "Điều kiện thực hiện",
        ],
    ),
    (Column::Result, "Kết quả", &["Kết quả thực hiện"]),
    (Column::LegalBasis, "Căn cứ pháp lý", &[]),
    (
        Column::EditorNote,
        "Ghi chú biên tập",
        &["Ghi chú cho người biên tập"],
    ),
];

fn key(heading: &str) -> String {
    folded(heading)
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .collect()
}

/// The column a heading names, if the importer knows it.
pub fn column(heading: &str) -> Option<Column> {
    let k = key(heading);
    COLUMNS
        .iter()
        .find(|(_, h, other)| key(h) == k || other.iter().any(|o| key(o) == k))
        .map(|(c, _, _)| *c)
}

/// What the importer could not map, or took a decision about, in one cell.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Issue {
    /// A heading the importer does not know: its column is left out.
    UnknownColumn,
    /// A second column with the same meaning: left out.
    RepeatedColumn,
    /// No `Tên thủ tục`: the row is left out.
    NoName,
    /// No `Mã thủ tục`, or not usable as an id: this id was made up.
    MadeUpId(String),
    /// The same `Mã thủ tục` as an earlier row: this id was made up.
    RepeatedCode(String),
    /// Words that are not a level.
    Level(Vec<String>),
    Audience(Vec<String>),
    /// No agency: the procedure needs one (`check` says E009).
    NoAgency,
    /// No channel line understood: the procedure needs one (E009).
    NoChannel,
    /// A line that names no channel (not `Trực tiếp`, `Trực tuyến`, `Bưu chính`).
    UnknownChannel(String),
    /// An online line without `mức độ 3/4` (`toàn trình`, `một phần`): `check` says E009.
    OnlineLevel(String),
    /// An online line without its `https://` address: `check` says E009.
    OnlineUrl(String),
    /// A time limit not understood (a bare number has no unit): left out.
    TimeLimit(String),
    /// Several time limits for the same channels: cases need a question. Kept as words.
    TimeLimitCases,
    /// A channel prefix (`Bưu chính: …`) naming a channel the procedure does not have.
    NoSuchChannel(String),
    /// An amount not understood: kept as the fee's note.
    Amount(String),
    /// A time limit or fee with no channel to put it on.
    NoChannelFor,
    /// A line about a case: kept for everyone, with an `editor_note`; add a question and
    /// `when` by hand.
    Case(String),
    /// No step: the procedure needs one (E009).
    NoStep,
    Sets(String),
}

impl Issue {
    pub fn message(&self, lang: Lang) -> String {
        let vi = lang == Lang::Vi;
        let q = |s: &str| format!("\"{s}\"");
        match self {
            Issue::UnknownColumn if vi => "cột không có trong mẫu: bỏ qua cả cột".into(),
            Issue::UnknownColumn => "a column the template does not have: left out".into(),
            Issue::RepeatedColumn if vi => "cột trùng nghĩa với một cột trước: bỏ qua".into(),
            Issue::RepeatedColumn => "the same column as an earlier one: left out".into(),
            Issue::NoName if vi => "không có Tên thủ tục: bỏ qua cả dòng".into(),
            Issue::NoName => "no Tên thủ tục: the row is left out".into(),
            Issue::MadeUpId(id) if vi => format!(
                "không có Mã thủ tục dùng được (chỉ A–Z a–z 0–9 . _ -): tạm đặt mã {}; hãy điền mã thật",
                q(id)
            ),
            Issue::MadeUpId(id) => format!(
                "no usable Mã thủ tục (only A–Z a–z 0–9 . _ -): id {} made up; fill in the real code",
                q(id)
            ),
            Issue::RepeatedCode(id) if vi => {
                format!("Mã thủ tục trùng với một dòng trước: tạm đặt mã {}", q(id))
            }
            Issue::RepeatedCode(id) => {
                format!("the same Mã thủ tục as an earlier row: id {} made up", q(id))
            }
            Issue::Level(w) if vi => format!(
                "không hiểu cấp {} (dùng Cấp xã, Cấp tỉnh, Cấp huyện, Cấp Bộ, Khác): bỏ qua",
                w.iter().map(|w| q(w)).collect::<Vec<_>>().join(", ")
            ),
            Issue::Level(w) => format!(
                "level {} not understood (write Cấp xã, Cấp tỉnh, Cấp huyện, Cấp Bộ, Khác): left out",
                w.iter().map(|w| q(w)).collect::<Vec<_>>().join(", ")
            ),
            Issue::Audience(w) if vi => format!(
                "không hiểu đối tượng {} (Công dân, Người nước ngoài, Doanh nghiệp, Tổ chức): bỏ qua",
                w.iter().map(|w| q(w)).collect::<Vec<_>>().join(", ")
            ),
            Issue::Audience(w) => format!(
                "audience {} not understood (Công dân, Người nước ngoài, Doanh nghiệp, Tổ chức): left out",
                w.iter().map(|w| q(w)).collect::<Vec<_>>().join(", ")
            ),
            Issue::NoAgency if vi => {
                "trống: thủ tục cần ít nhất một cơ quan (check sẽ báo E009)".into()
            }
            Issue::NoAgency => "empty: a procedure needs an agency (check will say E009)".into(),
            Issue::NoChannel if vi => {
                "không có cách thức nào đọc được: thủ tục cần ít nhất một (E009)".into()
            }
            Issue::NoChannel => "no channel understood: a procedure needs one (E009)".into(),
            Issue::UnknownChannel(l) if vi => format!(
                "{}: không phải Trực tiếp, Trực tuyến hay Bưu chính: bỏ qua",
                q(l)
            ),
            Issue::UnknownChannel(l) => format!(
                "line {} names no channel (Trực tiếp, Trực tuyến, Bưu chính): left out",
                q(l)
            ),
            Issue::OnlineLevel(l) if vi => format!(
                "{}: thiếu mức độ (\"mức độ 3\", \"mức độ 4\", \"toàn trình\", \"một phần\"): hãy bổ sung `online_level` (E009)",
                q(l)
            ),
            Issue::OnlineLevel(l) => format!(
                "line {} has no level (\"mức độ 3\", \"mức độ 4\", \"toàn trình\", \"một phần\"): add `online_level` (E009)",
                q(l)
            ),
            Issue::OnlineUrl(l) if vi => format!(
                "{}: thiếu địa chỉ https:// của dịch vụ trực tuyến: hãy bổ sung `url` (E009)",
                q(l)
            ),
            Issue::OnlineUrl(l) => format!(
                "line {} has no https:// address of the online service: add `url` (E009)",
                q(l)
            ),
            Issue::TimeLimit(l) if vi => format!(
                "không hiểu thời hạn {} (viết \"05 ngày làm việc\", \"15 ngày\", \"08 giờ\"; con số trơn không có đơn vị): bỏ qua",
                q(l)
            ),
            Issue::TimeLimit(l) => format!(
                "time limit {} not understood (write \"05 ngày làm việc\", \"15 ngày\", \"08 giờ\"; a bare number has no unit): left out",
                q(l)
            ),
            Issue::TimeLimitCases if vi => "nhiều thời hạn cho cùng cách thức (các trường hợp cần câu hỏi và `when`): giữ nguyên thành chữ trong `text`".into(),
            Issue::TimeLimitCases => "several time limits for the same channels (cases need a question and `when`): kept as words in `text`".into(),
            Issue::NoSuchChannel(l) if vi => format!(
                "{}: dành cho cách thức mà thủ tục không có: bỏ qua",
                q(l)
            ),
            Issue::NoSuchChannel(l) => format!(
                "line {} is for a channel the procedure does not have: left out",
                q(l)
            ),
            Issue::Amount(l) if vi => format!(
                "không hiểu số tiền {} (viết \"50.000 đồng\", \"Lệ phí: 8.000 đồng/bản\"): giữ thành ghi chú `note`",
                q(l)
            ),
            Issue::Amount(l) => format!(
                "amount {} not understood (write \"50.000 đồng\", \"Lệ phí: 8.000 đồng/bản\"): kept as the `note`",
                q(l)
            ),
            Issue::NoChannelFor if vi => "không có cách thức để gắn vào: bỏ qua".into(),
            Issue::NoChannelFor => "no channel to put it on: left out".into(),
            Issue::Case(l) if vi => format!(
                "{}: chỉ áp dụng cho một trường hợp: đã giữ cho mọi người kèm `editor_note`; hãy thêm câu hỏi và `when`",
                q(l)
            ),
            Issue::Case(l) => format!(
                "line {} applies to one case only: kept for everyone with an `editor_note`; add a question and `when`",
                q(l)
            ),
            Issue::NoStep if vi => "trống: thủ tục cần ít nhất một bước (E009)".into(),
            Issue::NoStep => "empty: a procedure needs a step (E009)".into(),
            Issue::Sets(c) if vi => format!("không hiểu số bộ {} (viết \"01 bộ\"): bỏ qua", q(c)),
            Issue::Sets(c) => format!("number of sets {} not understood (write \"01 bộ\"): left out", q(c)),
        }
    }
}

/// What could not be mapped in one cell: its row (0 for the headings' row), its column's
/// heading, and each issue.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Warning {
    pub row: usize,
    pub column: String,
    pub issues: Vec<Issue>,
}

impl Warning {
    /// `dòng 3, cột "Phí/lệ phí": …` / `row 3, column "Phí/lệ phí": …`
    pub fn message(&self, lang: Lang) -> String {
        let issues: Vec<String> = self.issues.iter().map(|i| i.message(lang)).collect();
        let (row, column) = match (lang, self.row) {
            (Lang::Vi, 0) => ("dòng tiêu đề".to_string(), "cột"),
            (Lang::Vi, n) => (format!("dòng {n}"), "cột"),
            (Lang::En, 0) => ("heading row".to_string(), "column"),
            (Lang::En, n) => (format!("row {n}"), "column"),
        };
        format!("{row}, {column} \"{}\": {}", self.column, issues.join("; "))
    }
}

/// About the catalogue the draft is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Options {
    /// `catalogue.id`.
    pub id: String,
    /// `catalogue.title`.
    pub title: String,
    /// Where the rows came from (a file name), said in the catalogue's `editor_note`.
    pub source: String,
}

/// The draft catalogue and what could not be mapped.
#[derive(Clone, Debug, PartialEq)]
pub struct Draft {
    pub catalogue: Json<'static>,
    pub warnings: Vec<Warning>,
}

type Entries = Vec<(Cow<'static, str>, Json<'static>)>;

fn put(entries: &mut Entries, key: &'static str, value: Json<'static>) {
    entries.push((Cow::Borrowed(key), value));
}

fn s(value: impl Into<String>) -> Json<'static> {
    Json::string(value)
}

fn n(value: u64) -> Json<'static> {
    Json::Number(Number::from_u64(value))
}

fn strings(values: impl IntoIterator<Item = String>) -> Json<'static> {
    Json::Array(values.into_iter().map(Json::string).collect())
}

/// The cells of one row by column, with their headings, after the headings were read.
struct Cells<'r> {
    row: &'r Row,
    map: &'r [(usize, Column)],
    warnings: Vec<Warning>,
}

impl Cells<'_> {
    fn get(&self, column: Column) -> Option<(&str, &str)> {
        self.map
            .iter()
            .find(|(_, c)| *c == column)
            .and_then(|(i, _)| self.row.cells.get(*i))
            .map(|(h, v)| (h.as_str(), v.trim()))
            .filter(|(_, v)| !v.is_empty())
    }

    fn text(&self, column: Column) -> Option<String> {
        self.get(column).map(|(_, v)| v.replace("\r\n", "\n"))
    }

    fn heading(&self, column: Column) -> String {
        self.map
            .iter()
            .find(|(_, c)| *c == column)
            .and_then(|(i, _)| self.row.cells.get(*i))
            .map(|(h, _)| h.clone())
            .unwrap_or_else(|| {
                COLUMNS
                    .iter()
                    .find(|(c, _, _)| *c == column)
                    .map(|(_, h, _)| h.to_string())
                    .unwrap_or_default()
            })
    }

    fn warn(&mut self, column: Column, issues: Vec<Issue>) {
        if !issues.is_empty() {
            let column = self.heading(column);
            self.warnings.push(Warning {
                row: self.row.number,
                column,
                issues,
            });
        }
    }
}

/// A named thing made once per catalogue (an agency, a field), by its name.
#[derive(Default)]
struct Named {
    ids: fold::Ids,
    items: Vec<(String, String)>,
}

impl Named {
    fn id(&mut self, name: &str, fallback: &str) -> String {
        if let Some((id, _)) = self.items.iter().find(|(_, n)| n == name) {
            return id.clone();
        }
        let id = self.ids.unique(slug(name, fallback));
        self.items.push((id.clone(), name.to_string()));
        id
    }

    fn json(&self) -> Json<'static> {
        Json::Array(
            self.items
                .iter()
                .map(|(id, name)| {
                    Json::Object(vec![("id".into(), s(id)), ("name".into(), s(name))])
                })
                .collect(),
        )
    }
}

/// The draft catalogue of `rows`.
pub fn import(rows: &[Row], options: &Options) -> Draft {
    let mut warnings = Vec::new();
    // The columns, from the first row's headings (every row has the same).
    let headings: Vec<String> = rows
        .first()
        .map(|r| r.cells.iter().map(|(h, _)| h.clone()).collect())
        .unwrap_or_default();
    let mut map: Vec<(usize, Column)> = Vec::new();
    for (i, heading) in headings.iter().enumerate() {
        if heading.trim().is_empty() {
            continue;
        }
        let issue = match column(heading) {
            Some(c) if map.iter().any(|(_, m)| *m == c) => Issue::RepeatedColumn,
            Some(c) => {
                map.push((i, c));
                continue;
            }
            None => Issue::UnknownColumn,
        };
        warnings.push(Warning {
            row: 0,
            column: heading.clone(),
            issues: vec![issue],
        });
    }
    let mut agencies = Named::default();
    let mut fields = Named::default();
    let mut procedure_ids = fold::Ids::default();
    let mut procedures = Vec::new();
    for row in rows {
        let mut cells = Cells {
            row,
            map: &map,
            warnings: Vec::new(),
        };
        if let Some(p) = procedure(&mut cells, &mut agencies, &mut fields, &mut procedure_ids) {
            procedures.push(p);
        }
        warnings.append(&mut cells.warnings);
    }
    let mut info = Entries::new();
    put(&mut info, "id", s(&options.id));
    put(&mut info, "title", s(&options.title));
    put(&mut info, "default_lang", s("vi"));
    put(
        &mut info,
        "editor_note",
        s(format!(
            "Bản nháp do procedure-guide import tạo từ {}: đọc lại từng thủ tục, thêm câu hỏi và điều kiện, rồi chạy procedure-guide check. / Draft made by procedure-guide import from {}: read every procedure again, add questions and conditions, then run procedure-guide check.",
            options.source, options.source
        )),
    );
    let mut root = Entries::new();
    put(&mut root, "format", s("procedure-guide/1.1"));
    put(&mut root, "catalogue", Json::Object(info));
    put(&mut root, "agencies", agencies.json());
    if !fields.items.is_empty() {
        put(&mut root, "fields", fields.json());
    }
    put(&mut root, "procedures", Json::Array(procedures));
    Draft {
        catalogue: Json::Object(root),
        warnings,
    }
}

fn procedure(
    cells: &mut Cells<'_>,
    agencies: &mut Named,
    fields: &mut Named,
    procedure_ids: &mut fold::Ids,
) -> Option<Json<'static>> {
    let row = cells.row.number;
    let Some(name) = cells.text(Column::Name) else {
        cells.warn(Column::Name, vec![Issue::NoName]);
        return None;
    };
    let name = fold::tidy(&name);
    let mut p = Entries::new();

    // Mã thủ tục → id.
    let code = cells.text(Column::Code).map(|c| c.trim().to_string());
    let made_up = || format!("thu-tuc-dong-{row}");
    let id = match &code {
        Some(c) if is_valid_id(c) && !procedure_ids.contains(c) => procedure_ids.unique(c.clone()),
        Some(c) if is_valid_id(c) => {
            let id = procedure_ids.unique(made_up());
            cells.warn(Column::Code, vec![Issue::RepeatedCode(id.clone())]);
            id
        }
        _ => {
            let id = procedure_ids.unique(made_up());
            cells.warn(Column::Code, vec![Issue::MadeUpId(id.clone())]);
            id
        }
    };
    put(&mut p, "id", s(id));
    match cells.text(Column::NameEn) {
        Some(en) => put(
            &mut p,
            "name",
            Json::Object(vec![
                ("vi".into(), s(&name)),
                ("en".into(), s(fold::tidy(&en))),
            ]),
        ),
        None => put(&mut p, "name", s(&name)),
    }
    if let Some(field) = cells.text(Column::Field) {
        let field = fold::tidy(&field);
        put(&mut p, "field", s(fields.id(&field, "linh-vuc")));
    }
    if let Some(cell) = cells.text(Column::Level) {
        let mut words = Vec::new();
        let mut unknown = Vec::new();
        for w in cell
            .split(['\n', ',', ';'])
            .map(str::trim)
            .filter(|w| !w.is_empty())
        {
            match cells::level(w) {
                Some(l) if !words.contains(&l) => words.push(l),
                Some(_) => {}
                None => unknown.push(w.to_string()),
            }
        }
        match words[..] {
            [] => {}
            [one] => put(&mut p, "level", s(one)),
            _ => put(
                &mut p,
                "level",
                strings(words.iter().map(|w| w.to_string())),
            ),
        }
        if !unknown.is_empty() {
            cells.warn(Column::Level, vec![Issue::Level(unknown)]);
        }
    }
    // Cơ quan thực hiện → agencies (made once per name).
    let names: Vec<String> = cells
        .text(Column::Agencies)
        .map(|c| cells::lines(&c, true))
        .unwrap_or_default()
        .into_iter()
        .map(|l| fold::tidy(&cells::unbullet(&l).1))
        .filter(|l| !l.is_empty())
        .collect();
    if names.is_empty() {
        cells.warn(Column::Agencies, vec![Issue::NoAgency]);
    } else {
        let ids: Vec<String> = names.iter().map(|n| agencies.id(n, "co-quan")).collect();
        put(&mut p, "agencies", strings(ids));
    }
    if let Some(cell) = cells.text(Column::Audience) {
        let mut words = Vec::new();
        let mut unknown = Vec::new();
        for w in cell
            .split(['\n', ',', ';'])
            .map(str::trim)
            .filter(|w| !w.is_empty())
        {
            match cells::audience(w) {
                Some(a) if !words.contains(&a) => words.push(a),
                Some(_) => {}
                None => unknown.push(w.to_string()),
            }
        }
        if !words.is_empty() {
            put(
                &mut p,
                "audience",
                strings(words.iter().map(|w| w.to_string())),
            );
        }
        if !unknown.is_empty() {
            cells.warn(Column::Audience, vec![Issue::Audience(unknown)]);
        }
    }
    if let Some(summary) = cells.text(Column::Summary) {
        put(&mut p, "summary", s(summary));
    }
    if let Some(cell) = cells.text(Column::Keywords) {
        let k = cells::keywords(&cell);
        if !k.is_empty() {
            put(&mut p, "keywords", strings(k));
        }
    }
    if let Some(cell) = cells
        .text(Column::Requirements)
        .filter(|c| !cells::says_none(c))
    {
        let list: Vec<String> = cells::lines(&cell, false)
            .iter()
            .map(|l| cells::unbullet(l).1)
            .collect();
        if !list.is_empty() {
            put(&mut p, "requirements", strings(list));
        }
    }
    if let Some(result) = cells.text(Column::Result) {
        put(&mut p, "result", s(result));
    }
    if let Some(cell) = cells.text(Column::LegalBasis) {
        let list: Vec<Json<'static>> = cells::lines(&cell, false)
            .iter()
            .map(|l| {
                let title = cells::unbullet(l).1;
                let (code, issued) = cells::legal_basis(&title);
                let mut e = Entries::new();
                if let Some(code) = code {
                    put(&mut e, "code", s(code));
                }
                put(&mut e, "title", s(title));
                if let Some(issued) = issued {
                    put(&mut e, "issued", s(issued));
                }
                Json::Object(e)
            })
            .collect();
        if !list.is_empty() {
            put(&mut p, "legal_basis", Json::Array(list));
        }
    }
    let channels = channels(cells);
    if !channels.is_empty() {
        put(&mut p, "channels", Json::Array(channels));
    }
    let documents = documents(cells);
    if !documents.is_empty() {
        put(&mut p, "documents", Json::Array(documents));
    }
    let steps = steps(cells);
    if steps.is_empty() {
        cells.warn(Column::Steps, vec![Issue::NoStep]);
    } else {
        put(&mut p, "steps", Json::Array(steps));
    }
    if let Some(cell) = cells.text(Column::Sets) {
        match cells::sets(&cell) {
            Some(n) => put(&mut p, "sets", self::n(n)),
            None => cells.warn(Column::Sets, vec![Issue::Sets(cell)]),
        }
    }
    if let Some(note) = cells.text(Column::EditorNote) {
        put(&mut p, "editor_note", s(note));
    }
    Some(Json::Object(p))
}

/// Channels, each with the time limit and fees that are for it.
fn channels(cells: &mut Cells<'_>) -> Vec<Json<'static>> {
    let mut found: Vec<cells::Channel> = Vec::new();
    let mut issues = Vec::new();
    for line in cells
        .text(Column::Channels)
        .map(|c| cells::lines(&c, true))
        .unwrap_or_default()
    {
        match cells::channel(&line) {
            Ok(c) => {
                if c.kind == Kind::Online {
                    if c.online_level.is_none() {
                        issues.push(Issue::OnlineLevel(line.clone()));
                    }
                    if c.url.is_none() {
                        issues.push(Issue::OnlineUrl(line.clone()));
                    }
                }
                found.push(c);
            }
            Err(issue) => issues.push(issue),
        }
    }
    if found.is_empty() {
        issues.push(Issue::NoChannel);
    }
    cells.warn(Column::Channels, issues);
    let kinds: Vec<Kind> = found.iter().map(|c| c.kind).collect();

    // Time limits: a line per channel kind (`Trực tiếp: …`) or for all.
    let mut limits: Vec<(Option<Kind>, Json<'static>)> = Vec::new();
    let mut issues = Vec::new();
    let time_lines = cells
        .text(Column::TimeLimit)
        .map(|c| cells::lines(&c, false))
        .unwrap_or_default();
    let mut by_kind: Vec<(Option<Kind>, Vec<String>)> = Vec::new();
    for line in &time_lines {
        let (kind, text) = cells::channel_prefix(line);
        if kind.is_some_and(|k| !kinds.contains(&k)) {
            issues.push(Issue::NoSuchChannel(line.clone()));
            continue;
        }
        match by_kind.iter_mut().find(|(k, _)| *k == kind) {
            Some((_, texts)) => texts.push(text),
            None => by_kind.push((kind, vec![text])),
        }
    }
    for (kind, texts) in by_kind {
        if texts.len() > 1 {
            issues.push(Issue::TimeLimitCases);
            let joined = texts.join("\n");
            limits.push((kind, Json::Object(vec![("text".into(), s(joined))])));
            continue;
        }
        let text = texts.into_iter().next().unwrap_or_default();
        match cells::time_limit(&text) {
            Ok((span, words)) => {
                let mut e = Entries::new();
                match span {
                    Some(Span::WorkingDays(d)) => put(&mut e, "working_days", n(d)),
                    Some(Span::Days(d)) => put(&mut e, "days", n(d)),
                    Some(Span::Hours(h)) => put(&mut e, "hours", n(h)),
                    None => {}
                }
                if let Some(words) = words {
                    put(&mut e, "text", s(words));
                }
                if !e.is_empty() {
                    limits.push((kind, Json::Object(e)));
                }
            }
            Err(issue) => issues.push(issue),
        }
    }
    if found.is_empty() && !time_lines.is_empty() {
        issues.push(Issue::NoChannelFor);
    }
    cells.warn(Column::TimeLimit, issues);

    // Fees: a line each, for the channel its prefix names or for all.
    let mut fees: Vec<(Option<Kind>, Json<'static>)> = Vec::new();
    let mut issues = Vec::new();
    let fee_lines = cells
        .text(Column::Fee)
        .map(|c| cells::lines(&c, false))
        .unwrap_or_default();
    for line in &fee_lines {
        let (kind, text) = cells::channel_prefix(line);
        if kind.is_some_and(|k| !kinds.contains(&k)) {
            issues.push(Issue::NoSuchChannel(line.clone()));
            continue;
        }
        let (fee, issue) = cells::fee(&text);
        issues.extend(issue);
        let mut e = Entries::new();
        put(&mut e, "kind", s(fee.kind));
        if let Some(a) = fee.amount {
            put(&mut e, "amount", n(a));
        }
        if let Some(c) = fee.currency {
            put(&mut e, "currency", s(c));
        }
        if let Some(per) = fee.per {
            put(&mut e, "per", s(per));
        }
        if let Some(note) = fee.note {
            put(&mut e, "note", s(note));
        }
        fees.push((kind, Json::Object(e)));
    }
    if found.is_empty() && !fee_lines.is_empty() {
        issues.push(Issue::NoChannelFor);
    }
    cells.warn(Column::Fee, issues);

    found
        .into_iter()
        .map(|c| {
            let mut e = Entries::new();
            put(&mut e, "kind", s(c.kind.word()));
            if let (Kind::Online, Some(label)) = (c.kind, &c.rest) {
                put(&mut e, "label", s(label));
            }
            if let Some(level) = c.online_level {
                put(&mut e, "online_level", n(u64::from(level)));
            }
            if let Some(url) = c.url.filter(|_| c.kind == Kind::Online) {
                put(&mut e, "url", s(url));
            }
            let own = limits.iter().find(|(k, _)| *k == Some(c.kind));
            if let Some((_, limit)) = own.or_else(|| limits.iter().find(|(k, _)| k.is_none())) {
                put(&mut e, "time_limit", limit.clone());
            }
            let fee: Vec<Json<'static>> = fees
                .iter()
                .filter(|(k, _)| k.is_none() || *k == Some(c.kind))
                .map(|(_, f)| f.clone())
                .collect();
            if !fee.is_empty() {
                put(&mut e, "fee", Json::Array(fee));
            }
            match (c.kind, c.rest) {
                (Kind::InPerson, Some(rest)) => put(&mut e, "where", s(rest)),
                (Kind::Post, Some(rest)) => put(&mut e, "notes", s(rest)),
                _ => {}
            }
            Json::Object(e)
        })
        .collect()
}

fn case_note(line: &str) -> Json<'static> {
    s(format!(
        "Nhập từ bảng tính: dòng \"{line}\" chỉ áp dụng cho một trường hợp; cần thêm câu hỏi và `when`. / Imported: this line applies to one case only; add a question and `when`."
    ))
}

fn documents(cells: &mut Cells<'_>) -> Vec<Json<'static>> {
    let mut out = Vec::new();
    let mut ids = fold::Ids::default();
    let mut issues = Vec::new();
    let mut show = false;
    for line in cells
        .text(Column::Documents)
        .map(|c| cells::lines(&c, false))
        .unwrap_or_default()
    {
        if let Some(shown) = cells::heading(&line) {
            show = shown;
            continue;
        }
        let case = cells::is_case(&line);
        // "Trường hợp ủy quyền: Văn bản ủy quyền" → the paper after the colon.
        let paper = match line.split_once(':') {
            Some((_, after)) if case && !after.trim().is_empty() => after.trim().to_string(),
            _ => line.clone(),
        };
        let d = cells::document(&paper);
        if d.name.is_empty() {
            continue;
        }
        let mut e = Entries::new();
        let fallback = format!("giay-to-{}", out.len() + 1);
        put(&mut e, "id", s(ids.unique(slug(&d.name, &fallback))));
        put(&mut e, "name", s(&d.name));
        if let Some(o) = d.originals {
            put(&mut e, "originals", n(o));
        }
        if let Some(c) = d.copies {
            put(&mut e, "copies", n(c));
        }
        if d.certified_copy {
            put(&mut e, "certified_copy", Json::Bool(true));
        }
        if d.original_or_certified_copy {
            put(&mut e, "original_or_certified_copy", Json::Bool(true));
        }
        if d.show || show {
            put(&mut e, "action", s("show"));
        }
        if d.optional {
            put(&mut e, "optional", Json::Bool(true));
        }
        if case {
            put(&mut e, "editor_note", case_note(&line));
            issues.push(Issue::Case(line.clone()));
        }
        out.push(Json::Object(e));
    }
    cells.warn(Column::Documents, issues);
    out
}

fn steps(cells: &mut Cells<'_>) -> Vec<Json<'static>> {
    let mut out: Vec<Entries> = Vec::new();
    let mut details: Vec<Vec<String>> = Vec::new();
    let mut ids = fold::Ids::default();
    let mut issues = Vec::new();
    for line in cells
        .text(Column::Steps)
        .map(|c| cells::lines(&c, false))
        .unwrap_or_default()
    {
        let (bullet, text) = cells::unbullet(&line);
        if bullet {
            if let Some(d) = details.last_mut() {
                d.push(format!("- {text}"));
                continue;
            }
        }
        let title = cells::step_title(&text);
        if title.is_empty() {
            continue;
        }
        let mut e = Entries::new();
        let fallback = format!("buoc-{}", out.len() + 1);
        put(&mut e, "id", s(ids.unique(slug(&title, &fallback))));
        put(&mut e, "title", s(&title));
        if cells::is_case(&text) {
            put(&mut e, "editor_note", case_note(&line));
            issues.push(Issue::Case(line.clone()));
        }
        out.push(e);
        details.push(Vec::new());
    }
    cells.warn(Column::Steps, issues);
    out.into_iter()
        .zip(details)
        .map(|(mut e, d)| {
            if !d.is_empty() {
                // After `title`, before any `editor_note`.
                e.insert(2, ("detail".into(), s(d.join("\n"))));
            }
            Json::Object(e)
        })
        .collect()
}

#[cfg(test)]
mod tests;
