//! The command-line tool's own words (usage and misuse), kept with every other
//! user-facing string. Only the CLI enables the `schema` feature, so none of this
//! reaches the wasm.

use crate::i18n::Lang;

/// How to call the tool, in both languages: it is printed before `--lang` is known.
pub const USAGE: &str = "\
Cách dùng / Usage:
  procedure-guide check [--format text|json] [--lang vi|en] FILE...
  procedure-guide schema
  procedure-guide notes FILE...

check   kiểm tra danh mục (và các tệp chi tiết của danh mục chỉ mục) theo procedure-guide/1.1;
        mã thoát 0 khi không có lỗi, 1 khi có lỗi, 2 khi không đọc được tệp.
        checks catalogues (and the detail files of an index) against procedure-guide/1.1;
        exit 0 without errors, 1 with errors, 2 when a file cannot be read.
schema  in ra JSON Schema của định dạng danh mục.
        prints the JSON Schema of the catalogue format.
notes   liệt kê ghi chú cho người biên tập (`editor_note`, không bao giờ hiện cho người dân)
        cùng đường dẫn JSON của từng ghi chú.
        lists the editors' notes (`editor_note`, never shown to citizens) with their JSON paths.";

/// A way the command was misused.
pub enum Misuse<'a> {
    NoCommand,
    UnknownCommand(&'a str),
    SchemaTakesNoArguments,
    NeedsValue(&'a str),
    BadValue(&'a str, &'a str),
    UnknownOption(&'a str),
    NoFiles,
}

/// The misuse in `lang`.
pub fn misuse(lang: Lang, m: &Misuse<'_>) -> String {
    match (lang, m) {
        (Lang::Vi, Misuse::NoCommand) => "chưa có lệnh".into(),
        (Lang::En, Misuse::NoCommand) => "no command given".into(),
        (Lang::Vi, Misuse::UnknownCommand(c)) => format!("không có lệnh `{c}`"),
        (Lang::En, Misuse::UnknownCommand(c)) => format!("unknown command `{c}`"),
        (Lang::Vi, Misuse::SchemaTakesNoArguments) => "`schema` không nhận tham số".into(),
        (Lang::En, Misuse::SchemaTakesNoArguments) => "`schema` takes no arguments".into(),
        (Lang::Vi, Misuse::NeedsValue(o)) => format!("`{o}` cần một giá trị"),
        (Lang::En, Misuse::NeedsValue(o)) => format!("`{o}` needs a value"),
        (Lang::Vi, Misuse::BadValue(o, v)) => format!("`{o}` không nhận giá trị `{v}`"),
        (Lang::En, Misuse::BadValue(o, v)) => format!("`{o}` does not accept `{v}`"),
        (Lang::Vi, Misuse::UnknownOption(o)) => format!("không có tuỳ chọn `{o}`"),
        (Lang::En, Misuse::UnknownOption(o)) => format!("unknown option `{o}`"),
        (Lang::Vi, Misuse::NoFiles) => "cần ít nhất một tệp (FILE)".into(),
        (Lang::En, Misuse::NoFiles) => "at least one FILE is needed".into(),
    }
}

/// "cannot read file", before the system's own reason.
pub fn cannot_read(lang: Lang) -> &'static str {
    match lang {
        Lang::Vi => "không đọc được tệp",
        Lang::En => "cannot read file",
    }
}
