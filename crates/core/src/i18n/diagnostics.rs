//! The words of every diagnostic, in Vietnamese and English: one table, so the widget's
//! error panel and the CLI say the same thing. Each message names what was expected and
//! what was found, so a webmaster can fix the file without reading the contract.

use super::Lang;
use crate::catalogue::limits::{MAX_DEPTH, MAX_FILE_BYTES};
use crate::diagnostic::{Code, Detail, Diagnostic, Expected, Found, MAX_DIAGNOSTICS, MAX_PER_CODE};
use crate::json::ParseErrorKind;

impl Diagnostic {
    /// The full message, e.g. "cần một số nguyên ≥ 0, nhận được \"two\"".
    pub fn message(&self, lang: Lang) -> String {
        message(self.code, &self.detail, lang)
    }
}

impl Code {
    /// A one-line title for the code, for lists and documentation.
    pub fn title(self, lang: Lang) -> &'static str {
        let (vi, en) = titles(self);
        pick(lang, vi, en)
    }
}

fn pick<T>(lang: Lang, vi: T, en: T) -> T {
    match lang {
        Lang::Vi => vi,
        Lang::En => en,
    }
}

fn titles(code: Code) -> (&'static str, &'static str) {
    match code {
        Code::EmptyFile => ("Tệp rỗng", "Empty file"),
        Code::NotUtf8 => ("Tệp không phải UTF-8", "File is not UTF-8"),
        Code::HtmlPage => (
            "Tệp là trang HTML, không phải JSON",
            "File is an HTML page, not JSON",
        ),
        Code::InvalidJson => ("JSON không hợp lệ", "Invalid JSON"),
        Code::TooDeep => ("JSON lồng quá sâu", "JSON nested too deeply"),
        Code::FileTooLarge => ("Tệp quá lớn", "File too large"),
        Code::UnsupportedFormat => ("Định dạng không được hỗ trợ", "Unsupported format"),
        Code::WrongType => ("Sai kiểu dữ liệu", "Wrong type"),
        Code::MissingField => ("Thiếu trường bắt buộc", "Missing required field"),
        Code::InvalidValue => ("Giá trị không hợp lệ", "Invalid value"),
        Code::InvalidId => ("Mã không hợp lệ", "Invalid id"),
        Code::UnknownAgency => ("Không có cơ quan này", "Unknown agency"),
        Code::DuplicateId => ("Mã bị trùng", "Duplicate id"),
        Code::UnknownFieldId => ("Không có lĩnh vực này", "Unknown procedure area"),
        Code::UnknownProcedure => ("Không có thủ tục này", "Unknown procedure"),
        Code::UnknownQuestion => ("Không có câu hỏi này", "Unknown question"),
        Code::UnknownOption => ("Không có lựa chọn này", "Unknown option"),
        Code::UnknownChannel => ("Không có cách thực hiện này", "Unknown channel"),
        Code::ReplacementCycle => ("`replaced_by` tạo vòng lặp", "`replaced_by` cycle"),
        Code::OnlineLevelNotOnline => (
            "`online_level` cho cách thức không trực tuyến",
            "`online_level` on a channel that is not online",
        ),
        Code::UnsafeLink => ("Liên kết không được phép", "Link not allowed"),
        Code::TextTooLong => ("Văn bản quá dài", "Text too long"),
        Code::TooManyProcedures => ("Quá nhiều thủ tục", "Too many procedures"),
        Code::InvalidDate => ("Ngày không hợp lệ", "Invalid date"),
        Code::EmptyList => ("Danh sách rỗng", "Empty list"),
        Code::InvalidCondition => ("Điều kiện không hợp lệ", "Invalid condition"),
        Code::DetailMissing => ("Không đọc được tệp chi tiết", "Detail file cannot be read"),
        Code::DetailIdMismatch => ("Tệp chi tiết sai mã thủ tục", "Detail file has another id"),
        Code::EmptyText => ("Văn bản rỗng", "Empty text"),
        Code::MisplacedField => ("Trường không dùng được ở đây", "Field not allowed here"),
        Code::DetailIsCatalogue => (
            "Tệp chi tiết là tệp danh mục",
            "Detail file is the catalogue",
        ),
        Code::DuplicateKey => ("Khoá bị lặp", "Duplicate key"),
        Code::GarbledText => ("Văn bản có vẻ sai bảng mã", "Text looks garbled"),
        Code::UnknownField => ("Trường không xác định", "Unknown field"),
        Code::UnknownLanguage => ("Ngôn ngữ không hỗ trợ", "Unsupported language"),
        Code::ReplacedButActive => (
            "Có `replaced_by` nhưng vẫn còn hiệu lực",
            "`replaced_by` on an active procedure",
        ),
        Code::MissingDefaultLanguage => ("Thiếu bản ngôn ngữ mặc định", "Default language missing"),
        Code::DiagnosticsOmitted => ("Còn vấn đề chưa liệt kê", "More problems not listed"),
        Code::PaperChannelOnlineOnly => (
            "Cách nộp giấy trong thủ tục chỉ nộp trực tuyến",
            "Paper channel in an online-only procedure",
        ),
    }
}

fn quoted(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    out.push_str(s);
    out.push('"');
    out
}

fn found_text(found: &Found, lang: Lang) -> String {
    match found {
        Found::Null => "null".into(),
        Found::Bool(b) => b.to_string(),
        Found::Number(raw) => raw.clone(),
        Found::String(s) => quoted(s),
        Found::Array => pick(lang, "một mảng […]", "an array […]").into(),
        Found::Object => pick(lang, "một đối tượng {…}", "an object {…}").into(),
    }
}

fn words(list: &[&str], lang: Lang) -> String {
    let quoted: Vec<String> = list.iter().map(|w| quoted(w)).collect();
    let last_sep = pick(lang, " hoặc ", " or ");
    match quoted.split_last() {
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{}{last_sep}{last}", rest.join(", ")),
        None => String::new(),
    }
}

fn expected_text(expected: &Expected, lang: Lang) -> String {
    let (vi, en): (&str, &str) = match expected {
        Expected::Object => ("một đối tượng {…}", "an object {…}"),
        Expected::Array => ("một mảng […]", "an array […]"),
        Expected::String => ("một chuỗi \"…\"", "a string \"…\""),
        Expected::Bool => ("true hoặc false", "true or false"),
        Expected::Text => (
            "một chuỗi hoặc đối tượng theo ngôn ngữ {\"vi\": …, \"en\": …}",
            "a string or an object of languages {\"vi\": …, \"en\": …}",
        ),
        Expected::WholeNumber => ("một số nguyên ≥ 0", "a whole number ≥ 0"),
        Expected::PositiveNumber => ("một số nguyên ≥ 1", "a whole number ≥ 1"),
        Expected::OneOf(list) => {
            return format!(
                "{}{}",
                pick(lang, "một trong ", "one of "),
                words(list, lang)
            )
        }
        Expected::Format => (
            "\"procedure-guide/1\" hoặc \"procedure-guide/1.N\"",
            "\"procedure-guide/1\" or \"procedure-guide/1.N\"",
        ),
        Expected::OnlineLevel => ("3 hoặc 4", "3 or 4"),
        Expected::Currency => (
            "mã tiền tệ ISO 4217 viết hoa (\"VND\", \"USD\")",
            "an upper-case ISO 4217 currency code (\"VND\", \"USD\")",
        ),
        Expected::Date => ("ngày dạng YYYY-MM-DD", "a date as YYYY-MM-DD"),
        Expected::AgencyRef => (
            "mã cơ quan hoặc {\"level\": \"commune\"}",
            "an agency id or {\"level\": \"commune\"}",
        ),
        Expected::Stop => (
            "văn bản hoặc {\"text\": …, \"see\": […]}",
            "a text or {\"text\": …, \"see\": […]}",
        ),
        Expected::SeeRef => (
            "mã thủ tục, liên kết hoặc {\"label\": …, \"url\": …}",
            "a procedure id, a link or {\"label\": …, \"url\": …}",
        ),
    };
    pick(lang, vi, en).into()
}

fn char_text(found: Option<char>, lang: Lang) -> String {
    match found {
        None => pick(lang, "hết tệp", "the end of the file").into(),
        Some(c) if c.is_control() => format!("U+{:04X}", u32::from(c)),
        Some(c) => format!("'{c}'"),
    }
}

fn parse_problem(kind: &ParseErrorKind, lang: Lang) -> String {
    let found = |f: &Option<char>| char_text(*f, lang);
    match kind {
        ParseErrorKind::ExpectedValue { found: f } => match lang {
            Lang::Vi => format!("cần một giá trị JSON, gặp {}", found(f)),
            Lang::En => format!("expected a JSON value, found {}", found(f)),
        },
        ParseErrorKind::ExpectedKey { found: f } => match lang {
            Lang::Vi => format!("cần tên trường trong ngoặc kép, gặp {}", found(f)),
            Lang::En => format!("expected a field name in double quotes, found {}", found(f)),
        },
        ParseErrorKind::ExpectedColon { found: f } => match lang {
            Lang::Vi => format!("cần ':' sau tên trường, gặp {}", found(f)),
            Lang::En => format!("expected ':' after the field name, found {}", found(f)),
        },
        ParseErrorKind::ExpectedCommaOr { close, found: f } => match lang {
            Lang::Vi => format!("cần ',' hoặc '{close}', gặp {}", found(f)),
            Lang::En => format!("expected ',' or '{close}', found {}", found(f)),
        },
        ParseErrorKind::TrailingComma => pick(
            lang,
            "dấu phẩy thừa trước dấu đóng ngoặc",
            "trailing comma before a closing bracket",
        )
        .into(),
        ParseErrorKind::LeadingZero => pick(
            lang,
            "số không được bắt đầu bằng 0 (viết 7, không viết 07)",
            "a number cannot start with 0 (write 7, not 07)",
        )
        .into(),
        ParseErrorKind::InvalidNumber => pick(lang, "số viết sai", "malformed number").into(),
        ParseErrorKind::InvalidEscape { found: f } => match lang {
            Lang::Vi => format!("chuỗi thoát sai sau '\\': {}", found(f)),
            Lang::En => format!("invalid escape after '\\': {}", found(f)),
        },
        ParseErrorKind::LoneSurrogate => pick(
            lang,
            "\\u của nửa cặp UTF-16 đứng lẻ",
            "a \\u escape of half a UTF-16 pair stands alone",
        )
        .into(),
        ParseErrorKind::ControlInString { code } => match lang {
            Lang::Vi => format!("ký tự điều khiển U+{code:04X} trong chuỗi (viết \\n, \\t …)"),
            Lang::En => format!("control character U+{code:04X} in a string (write \\n, \\t …)"),
        },
        ParseErrorKind::UnterminatedString => {
            pick(lang, "chuỗi chưa đóng ngoặc kép", "string never closed").into()
        }
        ParseErrorKind::TrailingContent { found: f } => match lang {
            Lang::Vi => format!(
                "còn nội dung sau khi JSON đã kết thúc: {}",
                found(&Some(*f))
            ),
            Lang::En => format!("more text after the JSON value ended: {}", found(&Some(*f))),
        },
        // The file-level kinds have codes and messages of their own.
        ParseErrorKind::Empty
        | ParseErrorKind::TooLarge { .. }
        | ParseErrorKind::Utf16 { .. }
        | ParseErrorKind::NotUtf8
        | ParseErrorKind::Html
        | ParseErrorKind::TooDeep => String::new(),
    }
}

fn name(detail: &Detail) -> &str {
    match detail {
        Detail::Name(n) => n,
        _ => "",
    }
}

fn message(code: Code, detail: &Detail, lang: Lang) -> String {
    let n = quoted(name(detail));
    let vi_en = |vi: String, en: String| pick(lang, vi, en);
    match (code, detail) {
        (Code::EmptyFile, _) => vi_en(
            "Tệp rỗng: không có dữ liệu nào.".into(),
            "The file is empty.".into(),
        ),
        (Code::NotUtf8, Detail::Parse { kind: ParseErrorKind::Utf16 { .. }, .. }) => vi_en(
            "Tệp được mã hoá UTF-16; hãy lưu lại với bảng mã UTF-8.".into(),
            "The file is encoded as UTF-16; save it again as UTF-8.".into(),
        ),
        (Code::NotUtf8, Detail::Parse { offset, .. }) => vi_en(
            format!("Tệp không phải UTF-8 (byte sai ở vị trí {offset}); có thể là bảng mã cũ như TCVN3, VNI hay Windows-1258. Hãy lưu lại với bảng mã UTF-8."),
            format!("The file is not UTF-8 (invalid byte at offset {offset}); it may be in an old encoding such as TCVN3, VNI or Windows-1258. Save it again as UTF-8."),
        ),
        (Code::HtmlPage, _) => vi_en(
            "Tệp là một trang HTML (thường là trang lỗi hoặc trang đăng nhập của máy chủ), không phải JSON: kiểm tra đường dẫn tới danh mục.".into(),
            "The file is an HTML page (usually a server's error or login page), not JSON: check the catalogue's URL.".into(),
        ),
        (Code::InvalidJson, Detail::Parse { kind, line, column, .. }) => vi_en(
            format!("JSON không hợp lệ ở dòng {line}, cột {column}: {}.", parse_problem(kind, lang)),
            format!("Invalid JSON at line {line}, column {column}: {}.", parse_problem(kind, lang)),
        ),
        (Code::TooDeep, _) => vi_en(
            format!("JSON lồng sâu quá {MAX_DEPTH} cấp."),
            format!("JSON nested deeper than {MAX_DEPTH} levels."),
        ),
        (Code::FileTooLarge, Detail::Parse { kind: ParseErrorKind::TooLarge { bytes }, .. }) => vi_en(
            format!("Tệp lớn {bytes} byte, vượt giới hạn {MAX_FILE_BYTES} byte (20 MB); hãy chia thành tệp chỉ mục và các tệp chi tiết."),
            format!("The file is {bytes} bytes, over the limit of {MAX_FILE_BYTES} bytes (20 MB); split it into an index and detail files."),
        ),
        (Code::UnsupportedFormat, Detail::Expected { expected, found }) => vi_en(
            format!("Không phải danh mục procedure-guide/1: `format` cần {}, nhận được {}.", expected_text(expected, lang), found_text(found, lang)),
            format!("Not a procedure-guide/1 catalogue: `format` must be {}, found {}.", expected_text(expected, lang), found_text(found, lang)),
        ),
        (Code::WrongType | Code::InvalidValue, Detail::Expected { expected, found }) => vi_en(
            format!("Cần {}, nhận được {}.", expected_text(expected, lang), found_text(found, lang)),
            format!("Expected {}, found {}.", expected_text(expected, lang), found_text(found, lang)),
        ),
        (Code::InvalidValue, _) => vi_en(
            format!("Giá trị không hợp lệ: {n}."),
            format!("Invalid value: {n}."),
        ),
        (Code::MissingField, _) if name(detail) == "working_days" => vi_en(
            "Thời hạn cần một trong `working_days`, `days`, `hours` hoặc `text`.".into(),
            "A time limit needs one of `working_days`, `days`, `hours` or `text`.".into(),
        ),
        (Code::MissingField, _) if name(detail) == "days" => vi_en(
            "Hạn nộp (`deadline`) cần đúng một trong `days`, `working_days` hoặc `months`.".into(),
            "A deadline needs exactly one of `days`, `working_days` or `months`.".into(),
        ),
        (Code::MissingField, _) => vi_en(
            format!("Thiếu trường bắt buộc `{}`.", name(detail)),
            format!("Required field `{}` is missing.", name(detail)),
        ),
        (Code::InvalidId, _) => vi_en(
            format!("Mã {n} không hợp lệ: cần 1–64 ký tự gồm chữ A–Z, a–z, số 0–9, '.', '_' hoặc '-'."),
            format!("Invalid id {n}: use 1–64 characters from A–Z, a–z, 0–9, '.', '_' and '-'."),
        ),
        (Code::UnknownAgency, _) if is_level_word(name(detail)) => vi_en(
            format!("Không có cơ quan nào có cấp {n} trong `agencies`."),
            format!("No agency in `agencies` has level {n}."),
        ),
        (Code::UnknownAgency, _) => vi_en(
            format!("Không có cơ quan có mã {n} trong `agencies`."),
            format!("No agency with id {n} in `agencies`."),
        ),
        (Code::DuplicateId, _) => vi_en(
            format!("Mã {n} đã được dùng ở mục trước; mỗi mã chỉ được dùng một lần."),
            format!("Id {n} is already used by an earlier item; each id may be used only once."),
        ),
        (Code::UnknownFieldId, _) => vi_en(
            format!("Không có lĩnh vực có mã {n} trong `fields`."),
            format!("No procedure area with id {n} in `fields`."),
        ),
        (Code::UnknownProcedure, _) => vi_en(
            format!("Không có thủ tục có mã {n} trong danh mục."),
            format!("No procedure with id {n} in the catalogue."),
        ),
        (Code::UnknownQuestion, _) => vi_en(
            format!("Thủ tục không có câu hỏi có mã {n} trong `questions`."),
            format!("The procedure has no question with id {n} in `questions`."),
        ),
        (Code::UnknownOption, _) => vi_en(
            format!("Câu hỏi không có câu trả lời {n} (câu hỏi có/không nhận \"yes\" hoặc \"no\"; câu hỏi lựa chọn nhận mã trong `options`)."),
            format!("The question has no answer {n} (a yes/no question takes \"yes\" or \"no\"; a choice question takes an id from its `options`)."),
        ),
        (Code::UnknownChannel, _) => vi_en(
            format!("Thủ tục không có cách thực hiện {n}: cần mã (`id`) của một kênh hoặc một loại kênh (`kind`) có trong `channels`."),
            format!("The procedure has no channel {n}: use a channel `id` or a `kind` present in `channels`."),
        ),
        (Code::ReplacementCycle, _) => vi_en(
            format!("`replaced_by` quay vòng: {}.", name(detail)),
            format!("`replaced_by` goes round in a cycle: {}.", name(detail)),
        ),
        (Code::OnlineLevelNotOnline, _) => vi_en(
            "`online_level` chỉ dùng cho cách thức trực tuyến (`\"kind\": \"online\"`); giá trị này bị bỏ qua.".into(),
            "`online_level` is only for online channels (`\"kind\": \"online\"`); it is ignored here.".into(),
        ),
        (Code::UnsafeLink, _) => vi_en(
            format!("Liên kết {n} không được phép và bị bỏ: chỉ chấp nhận https:, http:, tel:, mailto: hoặc đường dẫn tương đối, không có khoảng trắng hay ký tự điều khiển."),
            format!("Link {n} is not allowed and is dropped: only https:, http:, tel:, mailto: or relative URLs, without surrounding spaces or control characters."),
        ),
        (Code::TextTooLong, Detail::Limit { limit, actual }) => vi_en(
            format!("Văn bản dài {actual} ký tự, vượt giới hạn {limit} ký tự."),
            format!("The text is {actual} characters long, over the limit of {limit}."),
        ),
        (Code::TooManyProcedures, Detail::Limit { limit, actual }) => vi_en(
            format!("Danh mục có {actual} thủ tục, vượt giới hạn {limit}; các thủ tục sau thứ {limit} bị bỏ."),
            format!("The catalogue has {actual} procedures, over the limit of {limit}; those after the {limit}th are dropped."),
        ),
        (Code::InvalidDate, Detail::Expected { found, .. }) => vi_en(
            format!("Ngày không hợp lệ {}: cần một ngày có thật dạng YYYY-MM-DD (ví dụ \"2025-07-01\").", found_text(found, lang)),
            format!("Invalid date {}: expected a real date as YYYY-MM-DD (e.g. \"2025-07-01\").", found_text(found, lang)),
        ),
        (Code::EmptyList, _) => vi_en(
            "Danh sách rỗng: cần ít nhất một mục.".into(),
            "The list is empty: at least one item is needed.".into(),
        ),
        (Code::InvalidCondition, _) => vi_en(
            "Điều kiện không hợp lệ: cần {\"question\": …, \"is\": …}, {\"question\": …, \"in\": […]}, {\"all\": […]} hoặc {\"any\": […]}.".into(),
            "Invalid condition: expected {\"question\": …, \"is\": …}, {\"question\": …, \"in\": […]}, {\"all\": […]} or {\"any\": […]}.".into(),
        ),
        (Code::DetailMissing, _) => vi_en(
            format!("Không đọc được tệp chi tiết {n}."),
            format!("The detail file {n} cannot be read."),
        ),
        (Code::DetailIdMismatch, Detail::Mismatch { expected, found }) => vi_en(
            format!("Tệp chi tiết là của thủ tục \"{found}\", cần \"{expected}\"."),
            format!("The detail file is for procedure \"{found}\", expected \"{expected}\"."),
        ),
        (Code::EmptyText, _) => vi_en(
            "Văn bản rỗng: cần nội dung bằng tiếng Việt (\"vi\") hoặc tiếng Anh (\"en\").".into(),
            "The text is empty: it needs content in Vietnamese (\"vi\") or English (\"en\").".into(),
        ),
        (Code::DetailIsCatalogue, _) => vi_en(
            "Tệp chi tiết này là tệp danh mục (chỉ mục) chứ không phải một thủ tục: `href` của mục này trỏ về chính danh mục. Hãy trỏ tới tệp chi tiết của thủ tục.".into(),
            "This detail file is the catalogue (the index) itself, not one procedure: the entry's `href` points back at the catalogue. Point it at the procedure's detail file.".into(),
        ),
        (Code::DiagnosticsOmitted, Detail::Omitted(left)) => omitted(left, lang),
        (Code::MisplacedField, _) if name(detail) == "account" => vi_en(
            "`account` chỉ dùng cho cách nộp trực tuyến (`\"kind\": \"online\"`); bỏ qua ở đây.".into(),
            "`account` is only for online channels (`\"kind\": \"online\"`); ignored here.".into(),
        ),
        (Code::PaperChannelOnlineOnly, _) => vi_en(
            "Thủ tục có `online_only` (không nhận hồ sơ giấy) nhưng kênh này nhận hồ sơ qua bưu chính: tiện ích sẽ không hiển thị kênh này. Xoá kênh, hoặc bỏ `online_only` nếu cơ quan vẫn nhận hồ sơ giấy.".into(),
            "The procedure is `online_only` (no paper files) but this channel takes the file by post: the widget does not offer it. Remove the channel, or `online_only` if the office still takes paper.".into(),
        ),
        (Code::MisplacedField, _) => vi_en(
            format!("Trường `{}` không dùng được ở đây.", name(detail)),
            format!("Field `{}` is not allowed here.", name(detail)),
        ),
        (Code::DuplicateKey, _) => vi_en(
            format!("Trường `{}` xuất hiện nhiều lần trong cùng đối tượng; dùng giá trị cuối cùng.", name(detail)),
            format!("Field `{}` appears more than once in the same object; the last value is used.", name(detail)),
        ),
        (Code::GarbledText, _) => vi_en(
            format!("Văn bản có vẻ bị sai bảng mã (TCVN3/VNI), chuẩn hoá Unicode không sửa được: {n}. Hãy chuyển mã sang Unicode."),
            format!("The text looks garbled by an old Vietnamese encoding (TCVN3/VNI), which normalisation cannot repair: {n}. Convert it to Unicode."),
        ),
        (Code::UnknownField, _) => vi_en(
            format!("Trường không xác định `{}`, bị bỏ qua (viết sai tên, hoặc trường của phiên bản định dạng mới hơn?).", name(detail)),
            format!("Unknown field `{}`, ignored (a misspelling, or a field of a newer format version?).", name(detail)),
        ),
        (Code::UnknownLanguage, _) => vi_en(
            format!("Ngôn ngữ {n} không được hỗ trợ (chỉ \"vi\" và \"en\"), bị bỏ qua."),
            format!("Language {n} is not supported (only \"vi\" and \"en\"), ignored."),
        ),
        (Code::ReplacedButActive, _) => vi_en(
            "Thủ tục có `replaced_by` nhưng `status` không phải \"withdrawn\".".into(),
            "The procedure has `replaced_by` but its `status` is not \"withdrawn\".".into(),
        ),
        (Code::MissingDefaultLanguage, _) => vi_en(
            format!("Thiếu bản {n} (ngôn ngữ mặc định của danh mục); dùng ngôn ngữ đầu tiên có mặt."),
            format!("The {n} version (the catalogue's default language) is missing; the first language present is used."),
        ),
        // Details that do not match their code: say the title rather than nothing.
        (code, _) => code.title(lang).to_string(),
    }
}

/// `1.499.900` in Vietnamese, `1,499,900` in English.
fn number(n: usize, lang: Lang) -> String {
    let vi = crate::text::format_amount_vnd(n as u64);
    pick(lang, vi.clone(), vi.replace('.', ","))
}

/// "1.499.900 more problems are not listed … W003 × 1.499.900, E012 × 20."
fn omitted(left: &[(Code, usize)], lang: Lang) -> String {
    let total: usize = left.iter().map(|(_, n)| n).sum();
    let are = if total == 1 {
        "problem is"
    } else {
        "problems are"
    };
    let codes: Vec<String> = left
        .iter()
        .map(|(code, n)| format!("{} × {}", code.id(), number(*n, lang)))
        .collect();
    let (total, codes) = (number(total, lang), codes.join(", "));
    let (each, all) = (number(MAX_PER_CODE, lang), number(MAX_DIAGNOSTICS, lang));
    pick(
        lang,
        format!("Còn {total} vấn đề nữa không được liệt kê (chỉ liệt kê {each} vấn đề đầu tiên của mỗi mã, tổng cộng khoảng {all}): {codes}. Hãy sửa các vấn đề trên rồi kiểm tra lại."),
        format!("{total} more {are} not listed (only the first {each} of each code are, about {all} in all): {codes}. Fix the ones above and check again."),
    )
}

fn is_level_word(s: &str) -> bool {
    crate::catalogue::Level::from_word(s).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_has_a_message_in_both_languages() {
        for &code in Code::ALL {
            for lang in [Lang::Vi, Lang::En] {
                assert!(!code.title(lang).is_empty());
                let m = message(code, &Detail::Name("x".into()), lang);
                assert!(!m.is_empty(), "{code:?}");
            }
            assert_ne!(code.title(Lang::Vi), code.title(Lang::En), "{code:?}");
        }
    }

    #[test]
    fn says_what_was_expected_and_found() {
        let d = Diagnostic::new(
            Code::WrongType,
            "procedures[12].documents[3].originals",
            Detail::Expected {
                expected: Expected::WholeNumber,
                found: Found::String("two".into()),
            },
        );
        assert_eq!(
            d.message(Lang::En),
            "Expected a whole number ≥ 0, found \"two\"."
        );
        assert_eq!(
            d.message(Lang::Vi),
            "Cần một số nguyên ≥ 0, nhận được \"two\"."
        );
        let d = Diagnostic::new(
            Code::InvalidValue,
            "procedures[0].level",
            Detail::Expected {
                expected: Expected::OneOf(&["central", "province"]),
                found: Found::String("ward".into()),
            },
        );
        assert_eq!(
            d.message(Lang::En),
            "Expected one of \"central\" or \"province\", found \"ward\"."
        );
    }

    #[test]
    fn the_summary_counts_what_was_left_out_per_code() {
        let d = Diagnostic::new(
            Code::DiagnosticsOmitted,
            "$",
            Detail::Omitted(vec![
                (Code::UnknownAgency, 20),
                (Code::UnknownField, 1_499_900),
            ]),
        );
        assert_eq!(
            d.message(Lang::Vi),
            "Còn 1.499.920 vấn đề nữa không được liệt kê (chỉ liệt kê 100 vấn đề đầu tiên của mỗi mã, tổng cộng khoảng 1.000): E012 × 20, W003 × 1.499.900. Hãy sửa các vấn đề trên rồi kiểm tra lại."
        );
        assert_eq!(
            d.message(Lang::En),
            "1,499,920 more problems are not listed (only the first 100 of each code are, about 1,000 in all): E012 × 20, W003 × 1,499,900. Fix the ones above and check again."
        );
    }
}
