//! Writes www/catalogue-template.xlsx from www/catalogue-template.csv, the template of
//! `procedure-guide import` (docs/IMPORT.md): the same headings and rows, every cell as
//! text (a code such as `1.001193` typed into a number cell would lose its zeros), the
//! headings bold and frozen, long cells wrapped. The CSV is the source; run this after
//! changing it:
//!
//! ```sh
//! cargo run -p procedure-guide-cli --example import_template
//! ```
//!
//! The creation date is fixed, so the same CSV gives the same workbook contents
//! (`tests/import.rs` checks that the committed XLSX reads as the CSV does).

use std::path::Path;

use procedure_guide_cli::sheet::csv_table;
use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, FormatAlign, Workbook};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let www = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../www");
    let table = csv_table(&std::fs::read(www.join("catalogue-template.csv"))?)
        .map_err(|e| format!("{e:?}"))?;
    let mut book = Workbook::new();
    let created = ExcelDateTime::from_ymd(2026, 12, 1)?;
    book.set_properties(
        &DocProperties::new()
            .set_title("Mẫu nhập danh mục thủ tục hành chính (procedure-guide import)")
            .set_creation_datetime(&created),
    );
    let sheet = book.add_worksheet();
    sheet.set_name("Thủ tục")?;
    let text = Format::new()
        .set_num_format("@")
        .set_text_wrap()
        .set_align(FormatAlign::Top);
    let heading = text.clone().set_bold().set_background_color("#DDEBF7");
    for (r, record) in table.iter().enumerate() {
        for (c, cell) in record.iter().enumerate() {
            let format = if r == 0 { &heading } else { &text };
            sheet.write_string_with_format(r as u32, c as u16, cell, format)?;
        }
    }
    let columns = table.first().map_or(0, Vec::len);
    for c in 0..columns {
        let long = table
            .iter()
            .skip(1)
            .any(|r| r.get(c).is_some_and(|s| s.chars().count() > 60));
        sheet.set_column_width(c as u16, if long { 50 } else { 22 })?;
        sheet.set_column_format(c as u16, &text)?;
    }
    sheet.set_freeze_panes(1, 0)?;
    let out = www.join("catalogue-template.xlsx");
    book.save(&out)?;
    println!("wrote {}", out.display());
    Ok(())
}
