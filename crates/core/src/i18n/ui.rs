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
    /// Label of the search box.
    SearchLabel,
    /// Hint under the search box.
    SearchHint,
    /// Label of the field (lĩnh vực) filter.
    FieldFilter,
    /// Label of the agency filter.
    AgencyFilter,
    /// The filter option that keeps every field.
    AllFields,
    /// The filter option that keeps every agency.
    AllAgencies,
    /// After the number of results: "13 thủ tục".
    ResultsSuffix,
    /// When nothing matches.
    NoResults,
    /// Button that clears the search and filters.
    ClearFilters,
    /// Button back to the list of procedures.
    BackToList,
    /// Label before a procedure code.
    Code,
    /// A withdrawn procedure.
    Withdrawn,
    /// Before the procedure that replaces a withdrawn one.
    ReplacedBy,
    /// Heading: what the procedure is for.
    Summary,
    /// Heading: who can use it.
    Audience,
    /// Heading: requirements and conditions.
    Requirements,
    /// Heading: the result.
    Result,
    /// Heading: ways to do the procedure.
    Channels,
    /// Label: time limit.
    TimeLimit,
    /// Label: fees and charges.
    Fees,
    /// Label: can fees be paid online.
    OnlinePayment,
    /// Label: how the result is delivered.
    ResultDelivery,
    /// A value the catalogue does not give.
    NotPublished,
    /// A fee of zero.
    Free,
    /// A fee given only as a note.
    SeeNote,
    /// Yes.
    Yes,
    /// No.
    No,
    /// Link to start the online service.
    StartOnline,
    /// Label: the receiving desk.
    Where,
    /// Before the condition of a case-specific value.
    WhenCase,
    /// Heading: the papers of the file.
    Documents,
    /// Before the number of sets to hand in.
    SetsToSubmit,
    /// Before the alternatives of a one_of group.
    OneOf,
    /// Before the papers of an all_of alternative.
    AllOfThese,
    /// A paper shown to the officer, not handed in.
    ShowOnly,
    /// Copies must be certified.
    CertifiedCopy,
    /// An original or a certified copy.
    OriginalOrCertified,
    /// An optional paper.
    Optional,
    /// The agency can look the data up instead.
    LookedUp,
    /// Label before a form.
    Form,
    /// Link to download a form.
    DownloadForm,
    /// Links for a paper the person lacks.
    ObtainVia,
    /// An item that depends on the person's situation.
    MayBeNeeded,
    /// Before the channels a paper or step is for.
    OnlyFor,
    /// Heading: the steps.
    Steps,
    /// Heading: legal basis.
    LegalBasis,
    /// Heading: related procedures.
    Related,
    /// Before the date a law was issued.
    Issued,
    /// Before the date the record was updated.
    Updated,
    /// Accessible hint on links that open a new tab.
    OpensInNewTab,
    /// Label before notes.
    Notes,
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
            SearchLabel => "Tìm thủ tục",
            SearchHint => "Gõ tên, mã hoặc từ khoá, có dấu hay không dấu đều được (ví dụ: dang ky khai sinh, LLTP, 1.001193).",
            FieldFilter => "Lĩnh vực",
            AgencyFilter => "Cơ quan thực hiện",
            AllFields => "Tất cả lĩnh vực",
            AllAgencies => "Tất cả cơ quan",
            ResultsSuffix => "thủ tục",
            NoResults => "Không tìm thấy thủ tục phù hợp. Hãy thử từ khác ngắn hơn, hoặc bỏ bớt bộ lọc.",
            ClearFilters => "Xoá tìm kiếm và bộ lọc",
            BackToList => "← Danh sách thủ tục",
            Code => "Mã thủ tục",
            Withdrawn => "Thủ tục này đã bãi bỏ, không còn áp dụng.",
            ReplacedBy => "Thủ tục thay thế:",
            Summary => "Thủ tục này dùng để làm gì",
            Audience => "Ai thực hiện",
            Requirements => "Yêu cầu, điều kiện",
            Result => "Kết quả",
            Channels => "Cách thực hiện",
            TimeLimit => "Thời hạn giải quyết",
            Fees => "Phí, lệ phí",
            OnlinePayment => "Thanh toán trực tuyến",
            ResultDelivery => "Nhận kết quả",
            NotPublished => "Chưa công bố",
            Free => "Miễn phí",
            SeeNote => "xem ghi chú",
            Yes => "Có",
            No => "Không",
            StartOnline => "Nộp trực tuyến trên Cổng dịch vụ công",
            Where => "Nơi nộp",
            WhenCase => "Trường hợp",
            Documents => "Thành phần hồ sơ",
            SetsToSubmit => "Số bộ hồ sơ",
            OneOf => "Một trong các giấy tờ sau:",
            AllOfThese => "Gồm tất cả:",
            ShowOnly => "Chỉ xuất trình, không nộp",
            CertifiedCopy => "Bản sao phải có chứng thực",
            OriginalOrCertified => "Bản chính hoặc bản sao có chứng thực",
            Optional => "Không bắt buộc",
            LookedUp => "Có thể không cần nộp nếu cơ quan tự tra cứu được:",
            Form => "Mẫu đơn, tờ khai",
            DownloadForm => "Tải mẫu",
            ObtainVia => "Chưa có giấy này?",
            MayBeNeeded => "Tuỳ trường hợp",
            OnlyFor => "Chỉ áp dụng khi:",
            Steps => "Trình tự thực hiện",
            LegalBasis => "Căn cứ pháp lý",
            Related => "Thủ tục liên quan",
            Issued => "ban hành",
            Updated => "Cập nhật",
            OpensInNewTab => "(mở trong thẻ mới)",
            Notes => "Ghi chú",
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
            SearchLabel => "Find a procedure",
            SearchHint => "Type a name, code or keyword, with or without Vietnamese accents (e.g. dang ky khai sinh, LLTP, 1.001193).",
            FieldFilter => "Field",
            AgencyFilter => "Agency",
            AllFields => "All fields",
            AllAgencies => "All agencies",
            ResultsSuffix => "procedures",
            NoResults => "No procedure matches. Try a shorter or different word, or remove a filter.",
            ClearFilters => "Clear search and filters",
            BackToList => "← All procedures",
            Code => "Code",
            Withdrawn => "This procedure has been withdrawn and no longer applies.",
            ReplacedBy => "Replaced by:",
            Summary => "What it is for",
            Audience => "Who it is for",
            Requirements => "Requirements",
            Result => "Result",
            Channels => "Ways to do it",
            TimeLimit => "Time limit",
            Fees => "Fees",
            OnlinePayment => "Pay online",
            ResultDelivery => "Result delivered",
            NotPublished => "Not published",
            Free => "Free",
            SeeNote => "see note",
            Yes => "Yes",
            No => "No",
            StartOnline => "Apply online on the public service portal",
            Where => "Where to hand it in",
            WhenCase => "If",
            Documents => "Documents",
            SetsToSubmit => "Sets of documents",
            OneOf => "One of the following:",
            AllOfThese => "All of:",
            ShowOnly => "Show it, don't hand it in",
            CertifiedCopy => "Copies must be certified",
            OriginalOrCertified => "Original or certified copy",
            Optional => "Optional",
            LookedUp => "May not be needed if the agency can look it up:",
            Form => "Form",
            DownloadForm => "Download",
            ObtainVia => "Don't have it?",
            MayBeNeeded => "Depends on your situation",
            OnlyFor => "Only when:",
            Steps => "Steps",
            LegalBasis => "Legal basis",
            Related => "Related procedures",
            Issued => "issued",
            Updated => "Updated",
            OpensInNewTab => "(opens in a new tab)",
            Notes => "Note",
        },
    }
}
