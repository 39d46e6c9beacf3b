//! The spreadsheet files `procedure-guide import` and the studio read: CSV (UTF-8, comma,
//! semicolon or tab, as Excel saves "CSV UTF-8") and XLSX (the first worksheet). Each gives
//! a table of strings, headings first, for [`crate::rows`]. From bytes, so the same code
//! runs in the CLI and in the browser (feature `files`: the `csv` and `calamine` crates,
//! both pure Rust).

use std::io;

use procedure_guide_core::i18n::Lang;

/// Why a spreadsheet could not be read.
#[derive(Debug)]
pub enum SheetError {
    Io(io::Error),
    /// Not UTF-8: saved as "CSV" in the Windows code page instead of "CSV UTF-8".
    NotUtf8,
    Csv(String),
    Xlsx(String),
    /// Neither `.csv` nor `.xlsx`.
    UnknownType,
    /// No worksheet, or no heading row.
    Empty,
}

impl SheetError {
    pub fn message(&self, lang: Lang) -> String {
        let vi = lang == Lang::Vi;
        match self {
            SheetError::Io(e) if vi => format!("không đọc được tệp: {e}"),
            SheetError::Io(e) => format!("cannot read file: {e}"),
            SheetError::NotUtf8 if vi => "tệp CSV không phải UTF-8: trong Excel chọn Lưu thành › \"CSV UTF-8 (Comma delimited)\"".into(),
            SheetError::NotUtf8 => "the CSV file is not UTF-8: in Excel choose Save As › \"CSV UTF-8 (Comma delimited)\"".into(),
            SheetError::Csv(e) if vi => format!("tệp CSV hỏng: {e}"),
            SheetError::Csv(e) => format!("broken CSV file: {e}"),
            SheetError::Xlsx(e) if vi => format!("không đọc được bảng tính XLSX: {e}"),
            SheetError::Xlsx(e) => format!("cannot read the XLSX workbook: {e}"),
            SheetError::UnknownType if vi => "chỉ nhập được tệp .csv hoặc .xlsx".into(),
            SheetError::UnknownType => "only .csv and .xlsx files can be imported".into(),
            SheetError::Empty if vi => "bảng tính trống: dòng 1 phải là tên các cột".into(),
            SheetError::Empty => "the sheet is empty: row 1 must hold the column headings".into(),
        }
    }
}

/// Whether a file name is a spreadsheet this module reads (by its extension).
pub fn is_sheet(name: &str) -> bool {
    extension(name).is_some_and(|e| matches!(e.as_str(), "csv" | "txt" | "xlsx" | "xlsm"))
}

fn extension(name: &str) -> Option<String> {
    name.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase())
}

/// The table of a `.csv` or `.xlsx` file's bytes, by the extension of its `name`.
pub fn read_table(name: &str, bytes: &[u8]) -> Result<Vec<Vec<String>>, SheetError> {
    let table = match extension(name).as_deref() {
        Some("csv") | Some("txt") => csv_table(bytes)?,
        Some("xlsx") | Some("xlsm") => xlsx_table(bytes)?,
        _ => return Err(SheetError::UnknownType),
    };
    if table
        .first()
        .is_none_or(|h| h.iter().all(|c| c.trim().is_empty()))
    {
        return Err(SheetError::Empty);
    }
    Ok(table)
}

/// The delimiter of a CSV text: the one of `,`, `;`, tab found most often outside quotes
/// in its first line (Excel in a Vietnamese locale writes `;`).
fn delimiter(text: &str) -> u8 {
    let mut counts = [0usize; 3];
    let mut quoted = false;
    for c in text.chars() {
        match c {
            '"' => quoted = !quoted,
            '\n' if !quoted => break,
            ',' if !quoted => counts[0] += 1,
            ';' if !quoted => counts[1] += 1,
            '\t' if !quoted => counts[2] += 1,
            _ => {}
        }
    }
    let best = (0..3).max_by_key(|&i| (counts[i], 3 - i)).unwrap_or(0);
    [b',', b';', b'\t'][best]
}

/// A CSV file's table.
pub fn csv_table(bytes: &[u8]) -> Result<Vec<Vec<String>>, SheetError> {
    let bytes = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
    let text = std::str::from_utf8(bytes).map_err(|_| SheetError::NotUtf8)?;
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter(text))
        .from_reader(text.as_bytes());
    let mut table = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| SheetError::Csv(e.to_string()))?;
        table.push(record.iter().map(str::to_string).collect());
    }
    Ok(table)
}

/// The first worksheet of an XLSX workbook. Numbers are written as Excel shows them in
/// a plain cell (`1`, not `1.0`); a code such as `1.001193` typed into a number cell loses
/// its trailing zeros in Excel already, hence the template's text cells.
pub fn xlsx_table(bytes: &[u8]) -> Result<Vec<Vec<String>>, SheetError> {
    use calamine::{Data, Reader, Xlsx};
    let mut book = Xlsx::new(io::Cursor::new(bytes)).map_err(|e: calamine::XlsxError| match e {
        calamine::XlsxError::Io(e) => SheetError::Io(e),
        e => SheetError::Xlsx(e.to_string()),
    })?;
    let range = book
        .worksheet_range_at(0)
        .ok_or(SheetError::Empty)?
        .map_err(|e| SheetError::Xlsx(e.to_string()))?;
    // Rows from the sheet's row 1, so that row numbers match what Excel shows.
    let (top, _) = range.start().unwrap_or((0, 0));
    let mut table: Vec<Vec<String>> = vec![Vec::new(); top as usize];
    for row in range.rows() {
        table.push(
            row.iter()
                .map(|cell| match cell {
                    Data::Empty => String::new(),
                    Data::String(s) => s.clone(),
                    Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => {
                        format!("{}", *f as i64)
                    }
                    Data::Float(f) => f.to_string(),
                    Data::Int(i) => i.to_string(),
                    Data::Bool(b) => b.to_string(),
                    Data::DateTime(d) => d.to_string(),
                    Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
                    Data::Error(e) => format!("#{e:?}"),
                    #[allow(unreachable_patterns)]
                    _ => String::new(),
                })
                .collect(),
        );
    }
    Ok(table)
}
