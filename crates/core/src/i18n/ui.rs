//! The widget's own words, Vietnamese first. One table so that a translator, a
//! reviewer of diacritics or a new language touches one file.

use super::Lang;

/// A string the widget shows. Catalogue text is not here: it comes from the catalogue.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Msg {
    /// Shown while the catalogue is being fetched.
    Loading,
    /// Heading of the message shown when the catalogue cannot be loaded.
    LoadFailed,
    /// The element has no `catalogue` attribute.
    NoCatalogueAttribute,
    /// Heading over the problems found in a catalogue that still loaded.
    CatalogueProblems,
    /// The catalogue could not be reached at all (offline, blocked, CORS).
    NetworkError,
    /// The server answered with an HTTP error status; followed by the status.
    HttpError,
    /// The file was fetched but is not a usable catalogue.
    NotACatalogue,
    /// Label before the catalogue's file name in an error message.
    File,
    /// Label before the number of procedures.
    ProcedureCount,
    /// Button that reveals the list of procedures.
    ShowProcedures,
    /// Button that hides the list again.
    HideProcedures,
    /// Button that tries loading again after a failure.
    Retry,
    /// Accessible name of the widget's region.
    WidgetLabel,
    /// Marks text shown in the catalogue's default language because the
    /// widget's language is missing from it.
    InOtherLanguage,
}

/// The text of `msg` in `lang`.
pub fn t(lang: Lang, msg: Msg) -> &'static str {
    use Msg::*;
    match lang {
        Lang::Vi => match msg {
            Loading => "Đang tải danh mục thủ tục…",
            LoadFailed => "Không tải được danh mục thủ tục",
            NoCatalogueAttribute => {
                "Trang này chưa chỉ ra tệp danh mục: thẻ <procedure-guide> cần thuộc tính catalogue."
            }
            CatalogueProblems => "Danh mục có lỗi; các thủ tục bị lỗi không được hiển thị",
            NetworkError => {
                "Không kết nối được tới máy chủ. Hãy kiểm tra kết nối mạng rồi thử lại."
            }
            HttpError => "Máy chủ trả lời lỗi",
            NotACatalogue => "Tệp này không phải là danh mục thủ tục hợp lệ.",
            File => "Tệp",
            ProcedureCount => "Số thủ tục",
            ShowProcedures => "Xem danh sách thủ tục",
            HideProcedures => "Ẩn danh sách thủ tục",
            Retry => "Thử lại",
            WidgetLabel => "Hướng dẫn thủ tục hành chính",
            InOtherLanguage => "(chỉ có bằng ngôn ngữ khác)",
        },
        Lang::En => match msg {
            Loading => "Loading the list of procedures…",
            LoadFailed => "The list of procedures could not be loaded",
            NoCatalogueAttribute => {
                "This page names no catalogue file: the <procedure-guide> tag needs a catalogue attribute."
            }
            CatalogueProblems => "The catalogue has errors; procedures with errors are not shown",
            NetworkError => "Could not reach the server. Check the connection and try again.",
            HttpError => "The server answered with an error",
            NotACatalogue => "This file is not a valid procedure catalogue.",
            File => "File",
            ProcedureCount => "Procedures",
            ShowProcedures => "Show the procedures",
            HideProcedures => "Hide the procedures",
            Retry => "Try again",
            WidgetLabel => "Administrative procedure guide",
            InOtherLanguage => "(only available in another language)",
        },
    }
}
