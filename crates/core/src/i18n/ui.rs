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
    /// Yes.
    Yes,
    /// No.
    No,
    /// Link to start the online service.
    StartOnline,
    /// A choice card's fold: what is not needed to choose between ways.
    ChannelMore,
    /// Above the choice of ways: the time limit and fees every way shares.
    SameForEveryWay,
    /// The in-person way of a procedure the office takes online only: staff help file online.
    AssistedWay,
    /// What an online-only procedure means for the person.
    OnlineOnlyLine,
    /// An online-only procedure whose centre does not help at the desk.
    OnlineOnlyNoHelp,
    /// Label before the office that helps people file online.
    AssistedWhere,
    /// The start-online button of a channel with its own name; followed by the name.
    StartOnlineAt,
    /// Before the date since when no paper files are taken.
    OnlineOnlySince,
    /// Online-only, several offices, none chosen yet.
    AssistedWhereChoose,
    /// Asked when the chosen way needs a VNeID level-2 account.
    AccountQuestion,
    /// Answer: has the account.
    AccountYes,
    /// Answer: does not have it yet.
    AccountNo,
    /// Heading of how to get a VNeID level-2 account.
    AccountHowTitle,
    /// Where to get the account.
    AccountHowWhere,
    /// What to bring.
    AccountHowBring,
    /// What happens there.
    AccountHowThen,
    /// Lead-in to the other ways when the person has no account.
    AccountMeanwhile,
    /// When no way without the account exists.
    AccountNoOtherWay,
    /// Summary: the person has the account.
    AccountHas,
    /// Summary: the person has no account yet.
    AccountMissing,
    /// Heading of the person's legal deadline.
    DeadlineTitle,
    /// Lead-in to the event's date input; followed by the event phrase.
    DeadlineDateLabel,
    /// After the event phrase in the date input's label.
    DeadlineDateAfter,
    /// Label before the computed last day.
    DeadlineLastDay,
    /// The last day is today.
    DeadlineToday,
    /// The count ended on a weekend.
    DeadlineMovedFromWeekend,
    /// Holidays are not counted by the widget.
    DeadlineHolidays,
    /// After the days overdue.
    DeadlinePassedAsk,
    /// Downloads an .ics file with the last day.
    DeadlineAddToCalendar,
    /// Under the calendar button.
    DeadlineCalendarNote,
    /// Summary and print: label before the event date.
    DeadlineEventDate,
    /// Label: the receiving desk.
    Where,
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
    /// Short tag on a withdrawn procedure in the list.
    WithdrawnTag,
    /// Name of the overview view.
    ViewOverview,
    /// Name of the questions view.
    ViewSituation,
    /// Name of the office view.
    ViewOffice,
    /// Name of the channel view.
    ViewChannel,
    /// Name of the checklist view.
    ViewDocuments,
    /// Name of the steps view.
    ViewSteps,
    /// Name of the summary view.
    ViewSummary,
    /// Accessible name of the views' navigation.
    JourneyNav,
    /// Button to the next view.
    Continue,
    /// Button to the previous view.
    Previous,
    /// Button that starts the guided journey from the overview.
    StartJourney,
    /// Where progress is kept.
    SavedOnDevice,
    /// Progress kept in memory only.
    NotSavedMemory,
    /// The browser refused storage.
    StorageRefused,
    /// Storage is full.
    StorageFull,
    /// Button that erases saved progress.
    Erase,
    /// Button that clears everything for the next person.
    StartOver,
    /// Said after erasing.
    Erased,
    /// A procedure without questions.
    NoQuestions,
    /// A question not answered yet.
    Unanswered,
    /// Heading of a stop.
    StopHeading,
    /// Hint to change an answer.
    ChangeAnswer,
    /// Label of the office search.
    OfficeSearchLabel,
    /// Hint of the office search.
    OfficeSearchHint,
    /// Before the former unit that matched.
    Formerly,
    /// Heading of the chosen office.
    ChosenOffice,
    /// No office chosen yet.
    NoOfficeChosen,
    /// Label: address.
    Address,
    /// Label: opening hours.
    OpeningHours,
    /// Label: hotline.
    Hotline,
    /// Label: phone.
    Phone,
    /// Label: email.
    Email,
    /// Link to a map.
    Map,
    /// Link to a website.
    Website,
    /// An office without address or phone in the catalogue.
    NoOfficeDetails,
    /// Only the first offices are shown.
    TooManyOffices,
    /// Marks the office whose website this is (the `office` attribute, or `agency`).
    HostOffice,
    /// Why an office is chosen already: the search left only this one.
    OnlyOfficeMatches,
    /// Why an office is chosen already: the procedure is filed at this one only.
    OnlyOffice,
    /// Heading of the box that says what is missing before "Continue" moves on.
    ErrorSummaryTitle,
    /// Said to screen readers before an error message beside a field.
    ErrorPrefix,
    /// "Continue" was pressed on "Where" with no office chosen.
    ChooseOfficeFirst,
    /// Link that searches a map for an office the catalogue gives no address for.
    MapSearch,
    /// Question of the channel view.
    ChooseChannel,
    /// What the public postal service is.
    PostExplained,
    /// What applying in person means.
    InPersonExplained,
    /// A channel open depending on answers.
    MayApply,
    /// No channel chosen yet.
    NoChannelChosen,
    /// Before the number of documents still missing.
    StillMissing,
    /// After a number of documents.
    DocumentsSuffix,
    /// Nothing missing.
    AllDocumentsReady,
    /// Checkbox: I have this paper.
    HaveIt,
    /// Checkbox: the agency can look this paper up.
    AgencyLooksUp,
    /// A tick whose paper changed in the catalogue.
    ChangedCheckAgain,
    /// Heading: papers that may be needed.
    SectionMaybe,
    /// Heading: optional papers.
    SectionOptional,
    /// Heading: papers the agency looks up.
    SectionLookedUp,
    /// Between done and total steps.
    StepsDone,
    /// Checkbox: step done.
    MarkStepDone,
    /// Label of the next step.
    NextStepLabel,
    /// Every step done.
    AllStepsDone,
    /// Who does a step: the person.
    ActorApplicant,
    /// Who does a step: the agency.
    ActorAgency,
    /// Button to print the summary.
    Print,
    /// Warning on the summary.
    CheckBeforeYouGo,
    /// Before the catalogue's publisher and date.
    CatalogueFrom,
    /// Heading: after applying.
    AfterSubmitting,
    /// Link to follow the file's progress.
    FollowFile,
    /// Link to send feedback.
    SendFeedback,
    /// Nothing in a list.
    Nothing,
    /// Heading of the journeys started on this device.
    InProgress,
    /// Button to resume a journey.
    Resume,
    /// A tick whose paper was renamed.
    NoticeChanged,
    /// A tick whose paper is gone.
    NoticeDropped,
    /// Saved progress could not be read.
    RestoreFailed,
    /// Heading of the hand-off box on the summary.
    ShareHeading,
    /// Why the link holds answers, said before it is made.
    ShareExplain,
    /// Button that makes the share link.
    ShareCreate,
    /// Label of the read-only field holding the link.
    ShareLinkLabel,
    /// Button that copies the link.
    ShareCopyLink,
    /// Button that shows the QR code.
    ShareShowQr,
    /// Accessible name of the QR code.
    ShareQrLabel,
    /// The QR code could not be made.
    ShareQrFailed,
    /// Button that opens the phone's share sheet (Zalo, Messenger).
    ShareSheet,
    /// Button that copies the checklist as plain text.
    ShareCopyText,
    /// After copying.
    ShareCopied,
    /// The browser refused the clipboard.
    ShareCopyRefused,
    /// The browser refused the clipboard for the text.
    ShareTextRefused,
    /// No share sheet here (desktop, in-app browsers).
    ShareNoSheet,
    /// A share link was opened.
    SharedOpened,
    /// A share link from an older or newer catalogue was opened.
    SharedPartly,
    /// A share link could not be read.
    SharedBroken,
    /// A share link for another catalogue.
    SharedOtherCatalogue,
    /// A share link made by a newer version of the widget.
    SharedNewer,
    /// Printing is missing (in-app browsers of Zalo, Facebook).
    PrintInApp,
    /// Printed beside the QR code that reopens the journey on a phone.
    PrintQrCaption,
    /// Accessible name of the printed QR code.
    PrintQrLabel,
    /// Toggle for larger text and touch targets (volunteer mode has it on).
    LargeText,
    /// Volunteer mode: the idle warning before the device is cleared.
    IdleWarning,
    /// Button that dismisses the idle warning.
    KeepGoing,
    /// Volunteer mode: after the summary, the prompt to clear the device for the next person.
    NextPerson,
    /// Before the number of problems not listed.
    AndMore,
    /// Heading of the jargon explained for a procedure.
    WordsToKnow,
    /// Earlier answers or choices dropped because the catalogue changed.
    NoticeChoicesDropped,
    /// Heading of the list of attribute values the widget could not use.
    AttributeProblems,
    /// Label of the life-event choices above the list.
    LifeEvents,
    /// Label and choices of the "can be done online" filter.
    OnlineFilter,
    OnlineAny,
    OnlinePartial,
    OnlineFull,
    /// A procedure's detail file of a large catalogue is on its way / did not come.
    LoadingDetail,
    DetailFailed,
    /// The journey's own module (the second wasm file) could not be fetched.
    JourneyModuleFailed,
    /// While the list of a catalogue's problems comes (it is in the second wasm file).
    ProblemsLoading,
    /// While a share link's journey is being opened (it needs the second wasm file).
    SharedOpening,
    /// That list could not be fetched.
    ProblemsFailed,
    /// The server did not answer in time.
    TimeoutError,
    /// Shown from the copy saved on the device: before the date, and after it.
    OfflineCopy,
    OfflineCopyAfter,
    /// The saved state was written by a newer widget: kept, not shown.
    RestoreNewer,
    /// Switch that turns volunteer mode on or off for this device.
    VolunteerMode,
    /// What volunteer mode does, beside its switch.
    VolunteerModeHint,
    /// Heading of the controls over what is saved on the device.
    DeviceData,
    /// The question before erasing a procedure's saved progress.
    EraseConfirm,
    /// Button that confirms erasing.
    EraseYes,
    /// Button that keeps the saved progress after all.
    EraseNo,
    /// Said to screen readers before the text of a question an answer made apply.
    QuestionAdded,
    /// Why a way of applying is chosen already: the answers left only this one.
    OnlyChannelLeft,
    /// Hidden hint on every group of radio buttons: how the keyboard changes the choice.
    RadioArrowKeys,
    /// Nothing typed, and the filters leave no procedure.
    NoResultsFiltered,
    /// Heading of a stop that points to the procedure to use instead.
    StopOtherProcedure,
    /// Before "3/7" in the folded list of the guide's parts.
    StepWord,
    /// The control that shows the list's filters.
    Filter,
    /// Said after the number of filters on (screen readers).
    FiltersOn,
    /// The first stop of the list: moves focus to the search box.
    SkipToSearch,
    /// Under an online way that takes payment, on screen and in print: where paying is
    /// safe and what agencies never do. One short line, a tip rather than an alarm.
    PaymentSafety,
    /// The feedback question at the end of the journey (the satisfaction indices').
    FeedbackQuestion,
    /// Label of the optional reasons after "Không".
    FeedbackWhy,
    /// The reason chips.
    FeedbackHardToUnderstand,
    FeedbackMissingInfo,
    FeedbackWrongInfo,
    FeedbackOther,
    /// Button that sends "Không" with the reasons chosen.
    FeedbackSend,
    /// Said (a polite live region) once the answer is handed to the page.
    FeedbackThanks,
    /// Before the catalogue's feedback page and hotline, under the question.
    FeedbackMore,
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
            NoResults => "Không tìm thấy thủ tục phù hợp. Hãy thử từ khác ngắn hơn, hoặc bỏ bớt bộ lọc.",
            ClearFilters => "Xoá tìm kiếm và bộ lọc",
            BackToList => "Danh sách thủ tục",
            Code => "Mã thủ tục",
            Withdrawn => "Thủ tục này đã bị bãi bỏ, không còn áp dụng.",
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
            Yes => "Có",
            No => "Không",
            StartOnline => "Nộp trực tuyến trên Cổng dịch vụ công",
            ChannelMore => "Thanh toán, nhận kết quả, ghi chú",
            SameForEveryWay => "Như nhau với mọi cách nộp",
            AssistedWay => "Tại Trung tâm: cán bộ hỗ trợ nộp trực tuyến",
            OnlineOnlyLine => "Nộp trực tuyến; nếu cần, cán bộ tại Trung tâm hỗ trợ bạn nộp.",
            OnlineOnlyNoHelp => "Thủ tục này chỉ nộp trực tuyến.",
            AssistedWhere => "Nơi hỗ trợ nộp trực tuyến",
            StartOnlineAt => "Nộp trực tuyến trên",
            OnlineOnlySince => "Không nhận hồ sơ giấy từ ngày",
            AssistedWhereChoose => "Trung tâm Phục vụ hành chính công nơi bạn chọn ở bước “Nơi nộp”.",
            AccountQuestion => "Bạn đã có tài khoản định danh điện tử mức 2 (VNeID) chưa?",
            AccountYes => "Đã có",
            AccountNo => "Chưa có",
            AccountHowTitle => "Cách có tài khoản định danh điện tử mức 2",
            AccountHowWhere => "Đến Công an xã, phường nơi bạn cư trú (không cần hẹn trước).",
            AccountHowBring => "Mang theo thẻ căn cước (hoặc thẻ căn cước công dân gắn chip) và điện thoại có số thuê bao đứng tên bạn.",
            AccountHowThen => "Cán bộ chụp ảnh chân dung, lấy vân tay và giúp bạn kích hoạt tài khoản trên ứng dụng VNeID.",
            AccountMeanwhile => "Trong lúc chưa có tài khoản, bạn có thể chọn:",
            AccountNoOtherWay => "Bạn vẫn có thể chuẩn bị giấy tờ ngay từ bây giờ.",
            AccountHas => "Tài khoản định danh điện tử mức 2 (VNeID): đã có",
            AccountMissing => "Tài khoản định danh điện tử mức 2 (VNeID): chưa có – cần đăng ký trước khi nộp trực tuyến",
            DeadlineTitle => "Hạn nộp hồ sơ",
            DeadlineDateLabel => "Nhập",
            DeadlineDateAfter => "để biết ngày cuối cùng",
            DeadlineLastDay => "Ngày cuối cùng",
            DeadlineToday => "Hôm nay là ngày cuối cùng.",
            DeadlineMovedFromWeekend => "Ngày thứ bảy hoặc chủ nhật được lùi sang thứ Hai.",
            DeadlineHolidays => "Nếu ngày cuối cùng là ngày nghỉ lễ, Tết, hạn được lùi sang ngày làm việc kế tiếp.",
            DeadlinePassedAsk => "Hãy hỏi cán bộ tại Trung tâm: bạn vẫn có thể làm thủ tục.",
            DeadlineAddToCalendar => "Thêm vào lịch",
            DeadlineCalendarNote => "Tệp lịch (.ics) được tạo ngay trên máy của bạn, không gửi đi đâu.",
            DeadlineEventDate => "Ngày",
            Where => "Nơi nộp",
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
            OnlyFor => "Chỉ áp dụng với cách nộp:",
            Steps => "Trình tự thực hiện",
            LegalBasis => "Căn cứ pháp lý",
            Related => "Thủ tục liên quan",
            Issued => "ban hành",
            Updated => "Cập nhật",
            OpensInNewTab => "(mở trong thẻ mới)",
            Notes => "Ghi chú",
            WithdrawnTag => "Đã bãi bỏ",
            ViewOverview => "Tổng quan",
            ViewSituation => "Trường hợp của bạn",
            ViewOffice => "Nơi nộp hồ sơ",
            ViewChannel => "Cách nộp",
            ViewDocuments => "Giấy tờ",
            ViewSteps => "Các bước",
            ViewSummary => "Tóm tắt",
            JourneyNav => "Các phần của hướng dẫn",
            Continue => "Tiếp tục",
            Previous => "Quay lại",
            StartJourney => "Bắt đầu chuẩn bị hồ sơ",
            SavedOnDevice => "Tiến độ chỉ được lưu trên thiết bị này, không gửi đi đâu.",
            NotSavedMemory => "Tiến độ không được lưu lại sau khi rời trang.",
            StorageRefused => "Trình duyệt không cho lưu dữ liệu: tiến độ chỉ còn đến khi rời trang.",
            StorageFull => "Bộ nhớ của trình duyệt đã đầy: tiến độ chỉ còn đến khi rời trang.",
            Erase => "Xoá dữ liệu đã lưu",
            StartOver => "Làm lại từ đầu (cho người khác)",
            Erased => "Đã xoá dữ liệu trên thiết bị này.",
            NoQuestions => "Thủ tục này không cần hỏi thêm về trường hợp của bạn.",
            Unanswered => "Chưa trả lời",
            StopHeading => "Với câu trả lời này, bạn cần làm theo cách khác",
            ChangeAnswer => "Bạn có thể đổi câu trả lời ở trên.",
            OfficeSearchLabel => "Tìm nơi bạn nộp hồ sơ",
            OfficeSearchHint => "Gõ tên phường, xã hiện nay hoặc tên cũ, ví dụ: Phường 9, Quận 3.",
            Formerly => "Trước đây:",
            ChosenOffice => "Nơi nộp hồ sơ của bạn",
            NoOfficeChosen => "Bạn chưa chọn nơi nộp hồ sơ.",
            Address => "Địa chỉ",
            OpeningHours => "Giờ làm việc",
            Hotline => "Đường dây nóng",
            Phone => "Điện thoại",
            Email => "Thư điện tử",
            Map => "Xem bản đồ",
            Website => "Trang thông tin",
            NoOfficeDetails => "Danh mục chưa có địa chỉ và số điện thoại của nơi này.",
            TooManyOffices => "Hãy gõ để thu hẹp danh sách.",
            HostOffice => "Đơn vị của trang này",
            OnlyOfficeMatches => "Chỉ còn một nơi khớp với nội dung bạn gõ nên nơi đó đã được chọn sẵn; bạn vẫn có thể chọn nơi khác.",
            OnlyOffice => "Thủ tục này chỉ nhận hồ sơ tại một nơi nên nơi đó đã được chọn sẵn.",
            ErrorSummaryTitle => "Bạn chưa thể tiếp tục",
            ErrorPrefix => "Lỗi:",
            ChooseOfficeFirst => "Hãy chọn nơi nộp hồ sơ trước khi tiếp tục.",
            MapSearch => "Tìm trên Google Maps",
            ChooseChannel => "Bạn muốn nộp hồ sơ bằng cách nào?",
            PostExplained => "Gửi hồ sơ và nhận kết quả qua bưu điện (dịch vụ bưu chính công ích, VNPost), không phải đến nơi nộp.",
            InPersonExplained => "Mang hồ sơ đến bộ phận một cửa của nơi tiếp nhận.",
            MayApply => "Tuỳ câu trả lời của bạn",
            NoChannelChosen => "Bạn chưa chọn cách nộp.",
            StillMissing => "Còn thiếu",
            DocumentsSuffix => "giấy tờ",
            AllDocumentsReady => "Bạn đã có đủ giấy tờ cần mang.",
            HaveIt => "Đã có",
            AgencyLooksUp => "Cơ quan tự tra cứu được, tôi không cần mang",
            ChangedCheckAgain => "Giấy tờ này đã thay đổi trong danh mục: hãy kiểm tra lại rồi đánh dấu lại.",
            SectionMaybe => "Có thể cần, tuỳ trường hợp",
            SectionOptional => "Không bắt buộc",
            SectionLookedUp => "Cơ quan tự tra cứu",
            StepsDone => "bước đã xong trên tổng số",
            MarkStepDone => "Đã làm xong bước này",
            NextStepLabel => "Bước tiếp theo",
            AllStepsDone => "Bạn đã làm xong tất cả các bước.",
            ActorApplicant => "Bạn làm",
            ActorAgency => "Cơ quan làm",
            Print => "In bản tóm tắt",
            CheckBeforeYouGo => "Thông tin theo danh mục của cơ quan; hãy kiểm tra lại với nơi tiếp nhận trước khi đi.",
            CatalogueFrom => "Nguồn:",
            AfterSubmitting => "Sau khi nộp hồ sơ",
            FollowFile => "Tra cứu tiến độ hồ sơ",
            SendFeedback => "Góp ý, phản ánh, kiến nghị",
            Nothing => "Không có",
            InProgress => "Thủ tục bạn đang chuẩn bị",
            Resume => "Tiếp tục",
            NoticeChanged => "Một số giấy tờ đã thay đổi trong danh mục; hãy kiểm tra lại các mục được đánh dấu.",
            NoticeDropped => "Một số mục bạn đã đánh dấu không còn trong danh mục nên đã được bỏ đi.",
            RestoreFailed => "Không đọc được tiến độ đã lưu nên sẽ bắt đầu lại.",
            ShareHeading => "Mang sang điện thoại hoặc gửi cho người khác",
            ShareExplain => "Đường dẫn chứa các câu trả lời và giấy tờ bạn đã đánh dấu; chỉ gửi cho người bạn tin tưởng. Không có gì được gửi lên máy chủ.",
            ShareCreate => "Tạo đường dẫn chia sẻ",
            ShareLinkLabel => "Đường dẫn mở lại đúng tiến độ này",
            ShareCopyLink => "Sao chép đường dẫn",
            ShareShowQr => "Hiện mã QR",
            ShareQrLabel => "Mã QR của đường dẫn chia sẻ: quét bằng camera điện thoại để mở",
            ShareQrFailed => "Không tạo được mã QR; hãy sao chép đường dẫn.",
            ShareSheet => "Gửi qua Zalo, Messenger…",
            ShareCopyText => "Sao chép dạng văn bản",
            ShareCopied => "Đã sao chép.",
            ShareCopyRefused => "Trình duyệt không cho sao chép tự động: hãy chọn đường dẫn rồi sao chép bằng tay.",
            ShareTextRefused => "Trình duyệt không cho sao chép tự động: hãy dùng đường dẫn hoặc mã QR.",
            ShareNoSheet => "Trình duyệt này không có nút gửi nhanh: hãy sao chép đường dẫn rồi dán vào tin nhắn.",
            SharedOpened => "Đã mở tiến độ từ đường dẫn chia sẻ và lưu trên thiết bị này.",
            SharedPartly => "Danh mục đã thay đổi từ khi đường dẫn được tạo: chỉ giữ lại những gì còn khớp, hãy kiểm tra lại.",
            SharedBroken => "Đường dẫn chia sẻ bị hỏng hoặc không đầy đủ nên không mở được; không có gì bị thay đổi.",
            SharedOtherCatalogue => "Đường dẫn chia sẻ này dành cho danh mục thủ tục của nơi khác; không có gì bị thay đổi.",
            SharedNewer => "Đường dẫn được tạo bằng phiên bản mới hơn của tiện ích; hãy tải lại trang. Không có gì bị thay đổi.",
            PrintInApp => "Trình duyệt trong ứng dụng này không in được: hãy mở trang bằng Chrome hoặc Safari, hoặc sao chép dạng văn bản.",
            PrintQrCaption => "Quét mã này bằng camera điện thoại để mở lại đúng tiến độ này (câu trả lời, nơi nộp, giấy tờ đã có).",
            PrintQrLabel => "Mã QR mở lại hướng dẫn này trên điện thoại",
            LargeText => "Chữ lớn",
            IdleWarning => "Đã lâu không có thao tác: sau 1 phút, hướng dẫn sẽ làm lại từ đầu và xoá dữ liệu trên thiết bị này.",
            KeepGoing => "Tôi vẫn đang dùng",
            NextPerson => "Xong với người này? Làm lại từ đầu để xoá mọi dữ liệu trên thiết bị trước khi giúp người tiếp theo.",
            AndMore => "… và số vấn đề khác:",
            WordsToKnow => "Giải thích từ ngữ",
            NoticeChoicesDropped => "Danh mục đã thay đổi: một số câu trả lời hoặc lựa chọn trước đây không còn áp dụng nên đã được bỏ đi; hãy kiểm tra lại.",
            AttributeProblems => "Tiện ích được nhúng với thuộc tính không đúng (dành cho quản trị trang):",
            LifeEvents => "Bạn đang cần làm gì?",
            OnlineFilter => "Nộp trực tuyến",
            OnlineAny => "Mọi cách nộp",
            OnlinePartial => "Nộp trực tuyến được (mức độ 3 hoặc 4)",
            OnlineFull => "Trực tuyến toàn trình (mức độ 4)",
            LoadingDetail => "Đang tải hướng dẫn chi tiết của thủ tục…",
            DetailFailed => "Không tải được hướng dẫn chi tiết của thủ tục này.",
            ProblemsLoading => "Đang tải danh sách các vấn đề…",
            SharedOpening => "Đang mở tiến độ từ đường dẫn chia sẻ…",
            ProblemsFailed => "Không tải được danh sách các vấn đề (mạng chậm hoặc mất kết nối).",
            JourneyModuleFailed => "Không tải được phần hướng dẫn từng bước (mạng chậm hoặc mất kết nối). Kiểm tra kết nối rồi thử lại; những gì bạn đã làm vẫn được giữ.",
            TimeoutError => "Máy chủ không trả lời kịp (mạng chậm hoặc mất kết nối). Hãy thử lại.",
            OfflineCopy => "Không tải được danh mục mới nên đang hiển thị bản đã lưu trên thiết bị này ngày ",
            OfflineCopyAfter => ". Thông tin có thể đã cũ; hãy thử lại khi có mạng.",
            RestoreNewer => "Tiến độ đã lưu do phiên bản mới hơn của tiện ích ghi nên chưa đọc được ở đây; tiến độ đó vẫn được giữ nguyên. Hãy tải lại trang.",
            VolunteerMode => "Chế độ tình nguyện viên",
            VolunteerModeHint => "Chữ lớn, làm lại từ đầu sau mỗi người; ghi nhớ trên thiết bị này.",
            DeviceData => "Dữ liệu trên thiết bị này",
            EraseConfirm => "Xoá mọi câu trả lời, nơi nộp và dấu tích của thủ tục này trên thiết bị này? Không thể khôi phục lại.",
            EraseYes => "Xoá",
            EraseNo => "Không xoá",
            QuestionAdded => "Có thêm câu hỏi:",
            OnlyChannelLeft => "Với các câu trả lời của bạn, chỉ còn cách nộp này nên đã được chọn sẵn.",
            RadioArrowKeys => "Dùng phím mũi tên lên, xuống để đổi lựa chọn.",
            NoResultsFiltered => "Không có thủ tục nào khớp với bộ lọc đã chọn. Hãy bỏ bớt bộ lọc.",
            StopOtherProcedure => "Bạn cần làm thủ tục khác",
            StepWord => "Bước",
            Filter => "Lọc",
            FiltersOn => "bộ lọc đang bật",
            SkipToSearch => "Đến ô tìm thủ tục",
            PaymentSafety => "Chỉ thanh toán trên Cổng Dịch vụ công hoặc trong ứng dụng VNeID. Cơ quan nhà nước không bao giờ gửi đường link thanh toán qua tin nhắn SMS, Zalo hay gọi điện thoại.",
            FeedbackQuestion => "Hướng dẫn này có giúp bạn không?",
            FeedbackWhy => "Chưa ổn ở điểm nào? (không bắt buộc, chọn được nhiều)",
            FeedbackHardToUnderstand => "Khó hiểu",
            FeedbackMissingInfo => "Thiếu thông tin tôi cần",
            FeedbackWrongInfo => "Thông tin chưa đúng",
            FeedbackOther => "Khác",
            FeedbackSend => "Gửi",
            FeedbackThanks => "Cảm ơn bạn đã trả lời.",
            FeedbackMore => "Cần góp ý thêm hoặc hỏi trực tiếp:",
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
            NoResults => "No procedure matches. Try a shorter or different word, or remove a filter.",
            ClearFilters => "Clear search and filters",
            BackToList => "All procedures",
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
            Yes => "Yes",
            No => "No",
            StartOnline => "Apply online on the public service portal",
            ChannelMore => "Payment, result, notes",
            SameForEveryWay => "The same for every way",
            AssistedWay => "At the centre: staff help you file online",
            OnlineOnlyLine => "File online; if you need, staff at the centre help you file.",
            OnlineOnlyNoHelp => "This procedure is filed online only.",
            AssistedWhere => "Where to get help filing online",
            StartOnlineAt => "File online with",
            OnlineOnlySince => "No paper files taken since",
            AssistedWhereChoose => "The public administration service centre you choose under “Where”.",
            AccountQuestion => "Do you have a level-2 electronic identification account (VNeID)?",
            AccountYes => "Yes, I have one",
            AccountNo => "Not yet",
            AccountHowTitle => "How to get a level-2 VNeID account",
            AccountHowWhere => "Go to the commune or ward police where you live.",
            AccountHowBring => "Bring your chip ID card (thẻ căn cước, or a chip CCCD) and a phone whose SIM is registered in your name.",
            AccountHowThen => "Staff take your photo and fingerprints and help you activate the account in the VNeID app.",
            AccountMeanwhile => "Until you have the account, you can choose:",
            AccountNoOtherWay => "You can still get your papers ready now.",
            AccountHas => "Level-2 VNeID account: yes",
            AccountMissing => "Level-2 VNeID account: not yet – get one before filing online",
            DeadlineTitle => "Deadline to apply",
            DeadlineDateLabel => "Enter",
            DeadlineDateAfter => "to see the last day",
            DeadlineLastDay => "Last day",
            DeadlineToday => "Today is the last day.",
            DeadlineMovedFromWeekend => "A Saturday or Sunday moves to the Monday.",
            DeadlineHolidays => "If the last day is a public holiday, the deadline moves to the next working day.",
            DeadlinePassedAsk => "Ask the staff at the centre: you can still apply.",
            DeadlineAddToCalendar => "Add to calendar",
            DeadlineCalendarNote => "The calendar file (.ics) is made on your device; nothing is sent.",
            DeadlineEventDate => "Date of",
            Where => "Where to hand it in",
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
            OnlyFor => "Only when applying:",
            Steps => "Steps",
            LegalBasis => "Legal basis",
            Related => "Related procedures",
            Issued => "issued",
            Updated => "Updated",
            OpensInNewTab => "(opens in a new tab)",
            Notes => "Note",
            WithdrawnTag => "Withdrawn",
            ViewOverview => "Overview",
            ViewSituation => "Your situation",
            ViewOffice => "Where",
            ViewChannel => "How",
            ViewDocuments => "Documents",
            ViewSteps => "Steps",
            ViewSummary => "Summary",
            JourneyNav => "Parts of the guide",
            Continue => "Continue",
            Previous => "Back",
            StartJourney => "Start preparing",
            SavedOnDevice => "Your progress is saved on this device only; nothing is sent anywhere.",
            NotSavedMemory => "Your progress is not kept after you leave the page.",
            StorageRefused => "This browser does not allow saving: your progress lasts until you leave the page.",
            StorageFull => "The browser's storage is full: your progress lasts until you leave the page.",
            Erase => "Erase saved progress",
            StartOver => "Start over (for the next person)",
            Erased => "Erased from this device.",
            NoQuestions => "This procedure needs no questions about your situation.",
            Unanswered => "Not answered",
            StopHeading => "With this answer, you need to go another way",
            ChangeAnswer => "You can change your answer above.",
            OfficeSearchLabel => "Find your office",
            OfficeSearchHint => "Type the ward or commune, its current or former name, e.g. Phường 9, Quận 3.",
            Formerly => "Formerly:",
            ChosenOffice => "Your office",
            NoOfficeChosen => "You have not chosen an office yet.",
            Address => "Address",
            OpeningHours => "Opening hours",
            Hotline => "Hotline",
            Phone => "Phone",
            Email => "Email",
            Map => "Map",
            Website => "Website",
            NoOfficeDetails => "The catalogue has no address or phone for this office.",
            TooManyOffices => "Type to narrow the list.",
            HostOffice => "This website's office",
            OnlyOfficeMatches => "Only one office matches what you typed, so it is chosen for you; you can still choose another.",
            OnlyOffice => "This procedure is filed at one office only, so it is chosen for you.",
            ErrorSummaryTitle => "You cannot continue yet",
            ErrorPrefix => "Error:",
            ChooseOfficeFirst => "Choose an office before you continue.",
            MapSearch => "Find it on Google Maps",
            ChooseChannel => "How do you want to apply?",
            PostExplained => "Send your file and receive the result through the public postal service (VNPost), without going to the office.",
            InPersonExplained => "Take your file to the office's one-stop desk.",
            MayApply => "Depending on your answers",
            NoChannelChosen => "You have not chosen how to apply.",
            StillMissing => "Still missing",
            DocumentsSuffix => "documents",
            AllDocumentsReady => "You have every document you need.",
            HaveIt => "I have it",
            AgencyLooksUp => "The agency can look it up; I don't need to bring it",
            ChangedCheckAgain => "This paper changed in the catalogue: check it again and tick it again.",
            SectionMaybe => "May be needed, depending on your situation",
            SectionOptional => "Optional",
            SectionLookedUp => "Looked up by the agency",
            StepsDone => "of the steps done; total",
            MarkStepDone => "I have done this step",
            NextStepLabel => "Next step",
            AllStepsDone => "You have done every step.",
            ActorApplicant => "You do this",
            ActorAgency => "The agency does this",
            Print => "Print the summary",
            CheckBeforeYouGo => "From the agency's catalogue: check with the office before you go.",
            CatalogueFrom => "Source:",
            AfterSubmitting => "After you apply",
            FollowFile => "Follow your file",
            SendFeedback => "Feedback, complaints and suggestions",
            Nothing => "None",
            InProgress => "Procedures you are preparing",
            Resume => "Resume",
            NoticeChanged => "Some papers changed in the catalogue; check the marked items again.",
            NoticeDropped => "Some items you had ticked are no longer in the catalogue and were removed.",
            RestoreFailed => "Saved progress could not be read; starting afresh.",
            ShareHeading => "Take it to your phone or send it to someone",
            ShareExplain => "The link holds your answers and ticks; only send it to people you trust. Nothing is sent to any server.",
            ShareCreate => "Create a share link",
            ShareLinkLabel => "Link that reopens this progress",
            ShareCopyLink => "Copy the link",
            ShareShowQr => "Show a QR code",
            ShareQrLabel => "QR code of the share link: scan it with a phone camera to open it",
            ShareQrFailed => "The QR code could not be made; copy the link instead.",
            ShareSheet => "Send with Zalo, Messenger…",
            ShareCopyText => "Copy as text",
            ShareCopied => "Copied.",
            ShareCopyRefused => "The browser did not allow copying: select the link and copy it yourself.",
            ShareTextRefused => "The browser did not allow copying: use the link or the QR code instead.",
            ShareNoSheet => "This browser has no share button: copy the link and paste it into a message.",
            SharedOpened => "Opened the progress from a share link and saved it on this device.",
            SharedPartly => "The catalogue changed since the link was made: only what still matches was kept; check again.",
            SharedBroken => "The share link is broken or incomplete and could not be opened; nothing was changed.",
            SharedOtherCatalogue => "This share link is for another office's catalogue; nothing was changed.",
            SharedNewer => "The link was made by a newer version of this guide; reload the page. Nothing was changed.",
            PrintInApp => "This in-app browser cannot print: open the page in Chrome or Safari, or copy it as text.",
            PrintQrCaption => "Scan this code with a phone camera to reopen this guide where you left it (answers, office, papers you have).",
            PrintQrLabel => "QR code that reopens this guide on a phone",
            LargeText => "Large text",
            IdleWarning => "Nothing has happened for a while: this guide will start over and clear this device in 1 minute…",
            KeepGoing => "Keep going",
            NextPerson => "Done with this person? Start over to clear everything from this device before helping the next one.",
            AndMore => "… and more problems:",
            WordsToKnow => "Words explained",
            NoticeChoicesDropped => "The catalogue has changed: some earlier answers or choices no longer apply and were removed; please check again.",
            AttributeProblems => "The widget is embedded with attributes it cannot use (for the site's webmaster):",
            LifeEvents => "What do you need to do?",
            OnlineFilter => "Online",
            OnlineAny => "Any way of applying",
            OnlinePartial => "Can be done online (level 3 or 4)",
            OnlineFull => "Fully online (level 4)",
            LoadingDetail => "Loading the procedure's full guide…",
            DetailFailed => "The full guide of this procedure could not be loaded.",
            ProblemsLoading => "Loading the list of problems…",
            SharedOpening => "Opening the progress from the share link…",
            ProblemsFailed => "The list of problems could not be loaded (a slow or lost connection).",
            JourneyModuleFailed => "The step-by-step guide could not be loaded (a slow or lost connection). Check the connection and try again; nothing you did is lost.",
            TimeoutError => "The server did not answer in time (a slow or lost connection). Please try again.",
            OfflineCopy => "The latest catalogue could not be loaded, so this is the copy saved on this device on ",
            OfflineCopyAfter => ". It may be out of date; try again when you are online.",
            RestoreNewer => "The saved progress was written by a newer version of the widget and cannot be read here; it is kept as it is. Please reload the page.",
            VolunteerMode => "Volunteer mode",
            VolunteerModeHint => "Large text and a fresh start after each person; remembered on this device.",
            DeviceData => "Data on this device",
            EraseConfirm => "Erase every answer, office and tick of this procedure from this device? This cannot be undone.",
            EraseYes => "Erase",
            EraseNo => "Keep them",
            QuestionAdded => "Another question:",
            OnlyChannelLeft => "Your answers leave only this way of applying, so it is chosen for you.",
            RadioArrowKeys => "Use the up and down arrow keys to change the choice.",
            NoResultsFiltered => "No procedure matches the filters chosen. Remove a filter.",
            StopOtherProcedure => "You need another procedure",
            StepWord => "Step",
            Filter => "Filter",
            FiltersOn => "filters on",
            SkipToSearch => "Skip to the search",
            PaymentSafety => "Pay only on the public service portal or in the VNeID app. Government agencies never send payment links by SMS, Zalo or phone call.",
            FeedbackQuestion => "Did this guide help you?",
            FeedbackWhy => "What was wrong? (optional, choose any)",
            FeedbackHardToUnderstand => "Hard to understand",
            FeedbackMissingInfo => "Missing what I needed",
            FeedbackWrongInfo => "Information not correct",
            FeedbackOther => "Other",
            FeedbackSend => "Send",
            FeedbackThanks => "Thank you for your answer.",
            FeedbackMore => "More to say, or a question for a person:",
        },
    }
}
