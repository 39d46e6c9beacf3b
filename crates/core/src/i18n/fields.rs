//! What the catalogue studio's forms call each key of the format and each fixed word:
//! a label and a one-line hint for every key of every shape table
//! (`catalogue::shapes::ALL`), and a label for every word a key accepts. Meaning and
//! wording follow `docs/CATALOGUE.md` (the contract, Vietnamese) and
//! `docs/CATALOGUE.en.md`, said for a ward webmaster rather than a programmer. Only the
//! studio names these tables, so none of it reaches the widget's wasm.

use super::Lang;

/// The key every object may have, which is in no table (the walker knows it by name).
const EDITOR_NOTE: &str = "editor_note";

/// One key of one table, keyed by the table's schema name: the same key name can mean
/// different things in different objects (a document's `when` against a fee's).
struct Field {
    shape: &'static str,
    key: &'static str,
    /// Vietnamese, English.
    label: [&'static str; 2],
    /// One sentence for the webmaster: what to write there. Vietnamese, English.
    hint: [&'static str; 2],
}

const EDITOR_NOTE_FIELD: Field = Field {
    shape: "",
    key: EDITOR_NOTE,
    label: ["Ghi chú cho người biên tập", "Editor's note"],
    hint: [
        "Nguồn của giá trị và điều cần kiểm tra; người dân không bao giờ thấy ghi chú này.",
        "Where the values come from and what to check; people never see this note.",
    ],
};

fn index(lang: Lang) -> usize {
    match lang {
        Lang::Vi => 0,
        Lang::En => 1,
    }
}

fn field(shape: &str, key: &str) -> Option<&'static Field> {
    match FIELDS.binary_search_by(|f| (f.shape, f.key).cmp(&(shape, key))) {
        Ok(at) => Some(&FIELDS[at]),
        // Allowed on every object of the format.
        Err(_) if key == EDITOR_NOTE => Some(&EDITOR_NOTE_FIELD),
        Err(_) => None,
    }
}

/// The form label of `key` in the table whose schema name is `shape` (`"document"`,
/// `"procedure"` …): `("document", "originals")` is "Số bản chính" / "Originals".
/// `editor_note` has a label in every table. `None` for a key the table does not have.
pub fn field_label(shape: &str, key: &str, lang: Lang) -> Option<&'static str> {
    field(shape, key).map(|f| f.label[index(lang)])
}

/// One sentence telling a webmaster what to write in `key` of `shape`, with an example
/// where it helps: "Số bản chính người dân phải mang, ví dụ 1."
pub fn field_hint(shape: &str, key: &str, lang: Lang) -> Option<&'static str> {
    field(shape, key).map(|f| f.hint[index(lang)])
}

/// The label of a fixed word a key accepts (`"commune"`, `"in_person"`, `"show"` …).
/// A word two lists share (`in_person` and `post` are both a channel kind and a way of
/// delivering the result) has one label that reads right in both.
pub fn word_label(word: &str, lang: Lang) -> Option<&'static str> {
    WORDS
        .binary_search_by(|(w, _)| (*w).cmp(word))
        .ok()
        .map(|at| WORDS[at].1[index(lang)])
}

/// Sorted by (shape, key).
static FIELDS: &[Field] = &[
    Field {
        shape: "agency",
        key: "address",
        label: ["Địa chỉ", "Address"],
        hint: [
            "Địa chỉ nơi tiếp nhận hồ sơ; không biết chắc thì để trống.",
            "Where files are received; leave it empty if you are not sure.",
        ],
    },
    Field {
        shape: "agency",
        key: "code",
        label: ["Mã đơn vị hành chính", "Administrative unit code"],
        hint: [
            "Mã chính thức chỉ gồm chữ số (5 chữ số với phường, xã), ví dụ 27142.",
            "The official code, digits only (5 for a ward or commune), e.g. 27142.",
        ],
    },
    Field {
        shape: "agency",
        key: "email",
        label: ["Thư điện tử", "Email"],
        hint: [
            "Địa chỉ thư điện tử của cơ quan.",
            "The agency's email address.",
        ],
    },
    Field {
        shape: "agency",
        key: "formerly",
        label: ["Tên cũ", "Former names"],
        hint: [
            "Tên các phường, xã, quận, huyện cũ đã sáp nhập vào đơn vị, ví dụ “Phường 9 (Quận 3)”.",
            "The former wards, communes and districts merged into the unit, e.g. “Phường 9 (Quận 3)”.",
        ],
    },
    Field {
        shape: "agency",
        key: "hotline",
        label: ["Đường dây nóng", "Hotline"],
        hint: [
            "Số đường dây nóng của cơ quan, nếu có.",
            "The agency's hotline number, if it has one.",
        ],
    },
    Field {
        shape: "agency",
        key: "id",
        label: ["Mã cơ quan", "Agency id"],
        hint: [
            "Mã không dấu, không khoảng trắng, duy nhất trong danh mục, ví dụ “phuong-nhieu-loc”.",
            "No accents or spaces, unique in the catalogue, e.g. “phuong-nhieu-loc”.",
        ],
    },
    Field {
        shape: "agency",
        key: "level",
        label: ["Cấp", "Level"],
        hint: [
            "Cấp của cơ quan; phường, xã, đặc khu đều là cấp xã.",
            "The agency's level; wards, communes and special zones are all commune level.",
        ],
    },
    Field {
        shape: "agency",
        key: "map_url",
        label: ["Liên kết bản đồ", "Map link"],
        hint: [
            "Liên kết bản đồ tới nơi tiếp nhận, ví dụ lấy từ Google Maps.",
            "A map link to the office, e.g. from Google Maps.",
        ],
    },
    Field {
        shape: "agency",
        key: "name",
        label: ["Tên cơ quan", "Agency name"],
        hint: [
            "Tên đầy đủ, ví dụ “Trung tâm Phục vụ hành chính công phường Nhiêu Lộc”.",
            "The full name, e.g. “Public Administrative Service Centre, Nhiêu Lộc Ward”.",
        ],
    },
    Field {
        shape: "agency",
        key: "opening_hours",
        label: ["Giờ tiếp nhận hồ sơ", "Opening hours"],
        hint: [
            "Giờ nhận hồ sơ, ví dụ “Thứ Hai đến thứ Sáu, 7 giờ 30 đến 17 giờ”.",
            "When files are received, e.g. “Monday to Friday, 7:30 to 17:00”.",
        ],
    },
    Field {
        shape: "agency",
        key: "phone",
        label: ["Số điện thoại", "Phone"],
        hint: [
            "Số điện thoại của cơ quan, ví dụ 028 3931 7313.",
            "The agency's phone number, e.g. 028 3931 7313.",
        ],
    },
    Field {
        shape: "agency",
        key: "url",
        label: ["Trang web", "Website"],
        hint: [
            "Địa chỉ trang web của cơ quan, bắt đầu bằng https://.",
            "The agency's website, starting with https://.",
        ],
    },
    Field {
        shape: "agency_group",
        key: "level",
        label: ["Mọi cơ quan cấp", "Every agency of level"],
        hint: [
            "Thủ tục nộp được ở mọi cơ quan cấp này, ví dụ mọi phường, xã.",
            "The procedure can be filed at every agency of this level, e.g. every ward and commune.",
        ],
    },
    Field {
        shape: "catalogue",
        key: "contact",
        label: ["Liên hệ chung", "General contact"],
        hint: [
            "Đường dây nóng, thư điện tử và địa chỉ chung để người dân hỏi thêm.",
            "A general hotline, email address and postal address where people can ask.",
        ],
    },
    Field {
        shape: "catalogue",
        key: "default_lang",
        label: ["Ngôn ngữ mặc định", "Default language"],
        hint: [
            "Ngôn ngữ của các nội dung không ghi ngôn ngữ, thường là tiếng Việt.",
            "The language of text that names none, usually Vietnamese.",
        ],
    },
    Field {
        shape: "catalogue",
        key: "id",
        label: ["Mã danh mục", "Catalogue id"],
        hint: [
            "Mã không dấu, không khoảng trắng, ví dụ “hcm-sample”; đừng đổi sau khi đăng.",
            "No accents or spaces, e.g. “hcm-sample”; do not change it once published.",
        ],
    },
    Field {
        shape: "catalogue",
        key: "portal",
        label: ["Cổng dịch vụ công", "Public service portal"],
        hint: [
            "Cổng dịch vụ công mà người dân dùng để nộp và tra cứu hồ sơ.",
            "The public service portal people use to file and to follow their files.",
        ],
    },
    Field {
        shape: "catalogue",
        key: "publisher",
        label: ["Đơn vị phát hành", "Publisher"],
        hint: [
            "Cơ quan phát hành danh mục, ví dụ “Ủy ban nhân dân phường Nhiêu Lộc”.",
            "Who publishes the catalogue, e.g. “Nhiêu Lộc Ward People's Committee”.",
        ],
    },
    Field {
        shape: "catalogue",
        key: "title",
        label: ["Tên danh mục", "Catalogue title"],
        hint: [
            "Tên đầy đủ của danh mục, ví dụ “Thủ tục hành chính phường Nhiêu Lộc”.",
            "The catalogue's full title, e.g. “Nhiêu Lộc Ward administrative procedures”.",
        ],
    },
    Field {
        shape: "catalogue",
        key: "updated",
        label: ["Ngày cập nhật", "Updated on"],
        hint: [
            "Ngày danh mục được cập nhật lần cuối.",
            "The date the catalogue was last updated.",
        ],
    },
    Field {
        shape: "catalogue_file",
        key: "agencies",
        label: ["Cơ quan", "Agencies"],
        hint: [
            "Các cơ quan tiếp nhận hồ sơ, mà thủ tục trỏ tới bằng mã.",
            "The agencies that receive files, which procedures name by their id.",
        ],
    },
    Field {
        shape: "catalogue_file",
        key: "catalogue",
        label: ["Thông tin danh mục", "About the catalogue"],
        hint: [
            "Mã, tên, đơn vị phát hành và cổng dịch vụ công của danh mục.",
            "The catalogue's id, title, publisher and public service portal.",
        ],
    },
    Field {
        shape: "catalogue_file",
        key: "fields",
        label: ["Lĩnh vực", "Procedure areas"],
        hint: [
            "Các lĩnh vực dùng để lọc danh sách thủ tục, ví dụ “Hộ tịch”.",
            "The areas used to filter the list of procedures, e.g. “Civil status”.",
        ],
    },
    Field {
        shape: "catalogue_file",
        key: "format",
        label: ["Phiên bản định dạng", "Format version"],
        hint: [
            "Phiên bản định dạng của tệp, thường là “procedure-guide/1.1”.",
            "The file's format version, usually “procedure-guide/1.1”.",
        ],
    },
    Field {
        shape: "catalogue_file",
        key: "life_events",
        label: ["Nhóm sự kiện", "Life events"],
        hint: [
            "Các nhóm thủ tục theo việc xảy ra trong đời sống, ví dụ “Khai sinh”, “Kết hôn”.",
            "Groups of procedures by what happens in life, e.g. “Having a baby”, “Getting married”.",
        ],
    },
    Field {
        shape: "catalogue_file",
        key: "procedures",
        label: ["Thủ tục", "Procedures"],
        hint: [
            "Các thủ tục của danh mục, viết đầy đủ hoặc trỏ tới tệp chi tiết.",
            "The catalogue's procedures, written in full or pointing to a detail file.",
        ],
    },
    Field {
        shape: "channel",
        key: "account",
        label: ["Tài khoản cần có", "Account needed"],
        hint: [
            "Chỉ với cách trực tuyến: tài khoản người dân phải có trước khi nộp.",
            "Online ways only: the account the person needs before filing.",
        ],
    },
    Field {
        shape: "channel",
        key: "agencies",
        label: ["Chỉ ở các cơ quan", "Only at agencies"],
        hint: [
            "Chỉ những cơ quan này có cách này; để trống là mọi cơ quan của thủ tục.",
            "Only these agencies offer this way; empty means all the procedure's agencies.",
        ],
    },
    Field {
        shape: "channel",
        key: "fee",
        label: ["Phí, lệ phí", "Fees and charges"],
        hint: [
            "Các khoản phí, lệ phí; để trống thì hiện “Chưa công bố”.",
            "The fees and charges; if empty, “Not published” is shown.",
        ],
    },
    Field {
        shape: "channel",
        key: "id",
        label: ["Mã cách thực hiện", "Way id"],
        hint: [
            "Mã không dấu, không khoảng trắng, cần khi thủ tục có hai cách cùng loại, ví dụ “vneid”.",
            "No accents or spaces, needed when two ways are of the same kind, e.g. “vneid”.",
        ],
    },
    Field {
        shape: "channel",
        key: "kind",
        label: ["Loại", "Kind"],
        hint: [
            "Nộp trực tiếp, trực tuyến hay qua bưu chính công ích.",
            "In person, online or by public postal service.",
        ],
    },
    Field {
        shape: "channel",
        key: "label",
        label: ["Tên riêng", "Own name"],
        hint: [
            "Tên riêng của cách này khi có hai cách cùng loại, ví dụ “Ứng dụng VNeID”.",
            "This way's own name when two ways are of the same kind, e.g. “VNeID app”.",
        ],
    },
    Field {
        shape: "channel",
        key: "notes",
        label: ["Ghi chú cho người dân", "Notes for people"],
        hint: [
            "Ghi chú người dân đọc, ví dụ “Nộp sau 15 giờ thì được hẹn trả kết quả vào ngày làm việc tiếp theo”.",
            "Notes people read, e.g. “Files handed in after 3 pm are dealt with the next working day”.",
        ],
    },
    Field {
        shape: "channel",
        key: "online_level",
        label: ["Mức độ trực tuyến", "Online level"],
        hint: [
            "Chỉ với cách trực tuyến: 3 (một phần) hoặc 4 (toàn trình).",
            "Online ways only: 3 (partial) or 4 (full).",
        ],
    },
    Field {
        shape: "channel",
        key: "online_payment",
        label: ["Thanh toán trực tuyến", "Pay online"],
        hint: [
            "Có nộp phí, lệ phí trực tuyến được không.",
            "Whether fees and charges can be paid online.",
        ],
    },
    Field {
        shape: "channel",
        key: "result_delivery",
        label: ["Cách nhận kết quả", "How the result comes"],
        hint: [
            "Người dân nhận kết quả thế nào: tại nơi nộp, qua bưu chính, bản điện tử.",
            "How the person gets the result: at the office, by post, electronically.",
        ],
    },
    Field {
        shape: "channel",
        key: "time_limit",
        label: ["Thời hạn giải quyết", "Time limit"],
        hint: [
            "Thời gian cơ quan xử lý hồ sơ, ví dụ 7 ngày làm việc; để trống thì hiện “Chưa công bố”.",
            "How long the agency takes, e.g. 7 working days; if empty, “Not published” is shown.",
        ],
    },
    Field {
        shape: "channel",
        key: "url",
        label: ["Địa chỉ nộp trực tuyến", "Online address"],
        hint: [
            "Với cách trực tuyến: trang của thủ tục trên cổng, nơi bắt đầu nộp.",
            "For an online way: the procedure's page on the portal, where filing starts.",
        ],
    },
    Field {
        shape: "channel",
        key: "when",
        label: ["Chỉ áp dụng khi", "Only when"],
        hint: [
            "Cách này chỉ dành cho trường hợp này, theo câu trả lời của người dân.",
            "This way is only for this case, going by the person's answers.",
        ],
    },
    Field {
        shape: "channel",
        key: "where",
        label: ["Nơi tiếp nhận", "Where to go"],
        hint: [
            "Bộ phận một cửa nhận hồ sơ, khi khác địa chỉ cơ quan.",
            "The receiving desk, when it differs from the agency's address.",
        ],
    },
    Field {
        shape: "condition",
        key: "all",
        label: ["Đúng tất cả", "All of these"],
        hint: [
            "Mọi điều kiện con đều phải đúng.",
            "Every condition inside must hold.",
        ],
    },
    Field {
        shape: "condition",
        key: "any",
        label: ["Đúng một trong", "Any of these"],
        hint: [
            "Chỉ cần một điều kiện con đúng.",
            "At least one condition inside must hold.",
        ],
    },
    Field {
        shape: "condition",
        key: "in",
        label: ["Câu trả lời là một trong", "Answer is one of"],
        hint: [
            "Các câu trả lời được tính, ít nhất một, ví dụ “nha_thue” và “nha_nguoi_than”.",
            "The answers that count, at least one, e.g. “nha_thue” and “nha_nguoi_than”.",
        ],
    },
    Field {
        shape: "condition",
        key: "is",
        label: ["Câu trả lời là", "Answer is"],
        hint: [
            "Câu trả lời đúng bằng giá trị này: “yes”, “no” hoặc mã của một lựa chọn.",
            "The answer is exactly this: “yes”, “no” or an option's id.",
        ],
    },
    Field {
        shape: "condition",
        key: "question",
        label: ["Câu hỏi", "Question"],
        hint: [
            "Mã câu hỏi của cùng thủ tục mà điều kiện dựa vào, ví dụ “nguoi_nop”.",
            "The id of a question of the same procedure, e.g. “nguoi_nop”.",
        ],
    },
    Field {
        shape: "contact",
        key: "address",
        label: ["Địa chỉ", "Address"],
        hint: [
            "Địa chỉ liên hệ chung.",
            "The general postal address.",
        ],
    },
    Field {
        shape: "contact",
        key: "email",
        label: ["Thư điện tử", "Email"],
        hint: [
            "Địa chỉ thư điện tử để người dân hỏi thêm.",
            "An email address where people can ask.",
        ],
    },
    Field {
        shape: "contact",
        key: "hotline",
        label: ["Đường dây nóng", "Hotline"],
        hint: [
            "Số đường dây nóng chung, ví dụ 1022.",
            "The general hotline number, e.g. 1022.",
        ],
    },
    Field {
        shape: "deadline",
        key: "days",
        label: ["Số ngày", "Days"],
        hint: [
            "Số ngày lịch, ví dụ 60; chỉ ghi một trong số ngày, số ngày làm việc, số tháng.",
            "Calendar days, e.g. 60; fill in only one of days, working days and months.",
        ],
    },
    Field {
        shape: "deadline",
        key: "from",
        label: ["Kể từ", "Counted from"],
        hint: [
            "Sự việc, viết để đọc tiếp sau “kể từ”, ví dụ “ngày sinh”.",
            "The event, written to read after “of”, e.g. “the date of birth”.",
        ],
    },
    Field {
        shape: "deadline",
        key: "legal_basis",
        label: ["Căn cứ", "Legal basis"],
        hint: [
            "Văn bản quy định hạn này, ví dụ “Điều 15 Luật Hộ tịch 2014”.",
            "The rule that sets this deadline, e.g. “Điều 15 Luật Hộ tịch 2014”.",
        ],
    },
    Field {
        shape: "deadline",
        key: "months",
        label: ["Số tháng", "Months"],
        hint: [
            "Số tháng, ví dụ 3; chỉ ghi một trong ba ô số.",
            "Months, e.g. 3; fill in only one of the three numbers.",
        ],
    },
    Field {
        shape: "deadline",
        key: "note",
        label: ["Ghi chú", "Note"],
        hint: [
            "Ghi chú cho người dân về hạn này.",
            "A note for people about this deadline.",
        ],
    },
    Field {
        shape: "deadline",
        key: "working_days",
        label: ["Số ngày làm việc", "Working days"],
        hint: [
            "Số ngày làm việc (thứ Hai đến thứ Sáu), ví dụ 10; chỉ ghi một trong ba ô số.",
            "Working days (Monday to Friday), e.g. 10; fill in only one of the three numbers.",
        ],
    },
    Field {
        shape: "document",
        key: "action",
        label: ["Nộp hay xuất trình", "Hand in or show"],
        hint: [
            "Nộp cho cơ quan (mặc định) hay chỉ xuất trình cho cán bộ xem.",
            "Handed in (the default) or only shown to the officer.",
        ],
    },
    Field {
        shape: "document",
        key: "all_of",
        label: ["Gồm đủ các giấy tờ", "All of these papers"],
        hint: [
            "Chỉ dùng trong một phương án của “Một trong các giấy tờ”, khi phương án đó cần nhiều giấy cùng lúc.",
            "Only inside an alternative of “One of these papers”, when that alternative needs several papers together.",
        ],
    },
    Field {
        shape: "document",
        key: "certified_copy",
        label: ["Bản sao có chứng thực", "Certified copies"],
        hint: [
            "Chọn nếu bản sao phải có chứng thực.",
            "Tick if the copies must be certified.",
        ],
    },
    Field {
        shape: "document",
        key: "channels",
        label: ["Chỉ cần với cách", "Only for ways"],
        hint: [
            "Giấy này chỉ cần với các cách nộp này; để trống là mọi cách.",
            "The paper is needed only for these ways to file; empty means all.",
        ],
    },
    Field {
        shape: "document",
        key: "copies",
        label: ["Số bản sao", "Copies"],
        hint: [
            "Số bản sao người dân phải mang, ví dụ 1.",
            "How many copies the person brings, e.g. 1.",
        ],
    },
    Field {
        shape: "document",
        key: "data_lookup",
        label: ["Cơ quan tự tra cứu", "Agency looks it up"],
        hint: [
            "Khi nào không cần giấy này vì cơ quan tự tra cứu, ví dụ trong Cơ sở dữ liệu quốc gia về dân cư.",
            "When the paper is not needed because the agency looks the data up, e.g. in the national population database.",
        ],
    },
    Field {
        shape: "document",
        key: "form",
        label: ["Mẫu đơn, tờ khai", "Form"],
        hint: [
            "Mẫu đơn, tờ khai người dân phải điền, ví dụ Mẫu CT01.",
            "The form the person fills in, e.g. form CT01.",
        ],
    },
    Field {
        shape: "document",
        key: "id",
        label: ["Mã giấy tờ", "Document id"],
        hint: [
            "Mã không dấu, không khoảng trắng, duy nhất trong thủ tục, ví dụ “to-khai-ct01”.",
            "No accents or spaces, unique in the procedure, e.g. “to-khai-ct01”.",
        ],
    },
    Field {
        shape: "document",
        key: "name",
        label: ["Tên giấy tờ", "Document name"],
        hint: [
            "Tên giấy tờ, ví dụ “Tờ khai thay đổi thông tin cư trú (Mẫu CT01)”.",
            "The paper's name, e.g. “Residence information change form (CT01)”.",
        ],
    },
    Field {
        shape: "document",
        key: "notes",
        label: ["Ghi chú cho người dân", "Notes for people"],
        hint: [
            "Ghi chú người dân đọc, ví dụ “Phải được chứng thực”.",
            "Notes people read, e.g. “Must be certified”.",
        ],
    },
    Field {
        shape: "document",
        key: "obtain_via",
        label: ["Xin giấy này qua thủ tục", "Get it through"],
        hint: [
            "Mã thủ tục để có giấy này khi chưa có, ví dụ 2.000815 (chứng thực bản sao).",
            "The procedure that gets this paper for someone who lacks it, e.g. 2.000815 (certifying a copy).",
        ],
    },
    Field {
        shape: "document",
        key: "one_of",
        label: ["Một trong các giấy tờ", "One of these papers"],
        hint: [
            "Các giấy tờ thay thế nhau, người dân chỉ cần một, ví dụ thẻ căn cước hoặc hộ chiếu.",
            "Papers that stand in for each other, any one is enough, e.g. an ID card or a passport.",
        ],
    },
    Field {
        shape: "document",
        key: "optional",
        label: ["Không bắt buộc", "Optional"],
        hint: [
            "Chọn nếu người dân không bắt buộc phải có giấy này.",
            "Tick if the person does not have to bring this paper.",
        ],
    },
    Field {
        shape: "document",
        key: "original_or_certified_copy",
        label: ["Bản chính hoặc bản sao có chứng thực", "Original or certified copy"],
        hint: [
            "Chọn nếu người dân được nộp bản sao có chứng thực thay cho bản chính.",
            "Tick if a certified copy is accepted instead of the original.",
        ],
    },
    Field {
        shape: "document",
        key: "originals",
        label: ["Số bản chính", "Originals"],
        hint: [
            "Số bản chính người dân phải mang, ví dụ 1.",
            "How many originals the person brings, e.g. 1.",
        ],
    },
    Field {
        shape: "document",
        key: "when",
        label: ["Chỉ cần khi", "Only needed when"],
        hint: [
            "Giấy này chỉ cần trong trường hợp này, theo câu trả lời của người dân.",
            "The paper is needed only in this case, going by the person's answers.",
        ],
    },
    Field {
        shape: "fee",
        key: "amount",
        label: ["Số tiền", "Amount"],
        hint: [
            "Số tiền, chỉ ghi số, ví dụ 8000; ghi 0 nếu miễn phí.",
            "The amount in digits only, e.g. 8000; 0 means free.",
        ],
    },
    Field {
        shape: "fee",
        key: "currency",
        label: ["Tiền tệ", "Currency"],
        hint: [
            "Mã tiền tệ viết hoa, cần khi có số tiền, ví dụ VND.",
            "The currency code in capitals, needed with an amount, e.g. VND.",
        ],
    },
    Field {
        shape: "fee",
        key: "kind",
        label: ["Loại", "Kind"],
        hint: [
            "Phí (trả cho một dịch vụ) hay lệ phí (khoản thu của nhà nước).",
            "A fee (phí, for a service) or a charge (lệ phí, a state charge).",
        ],
    },
    Field {
        shape: "fee",
        key: "note",
        label: ["Ghi chú", "Note"],
        hint: [
            "Ghi chú cho người dân, ví dụ “Mức thu theo nghị quyết của Hội đồng nhân dân tỉnh”.",
            "A note for people, e.g. “The provincial People's Council sets the amount”.",
        ],
    },
    Field {
        shape: "fee",
        key: "per",
        label: ["Tính theo", "Per"],
        hint: [
            "Đơn vị tính, ví dụ “bản sao”, “trang”, “lần yêu cầu”.",
            "The unit, e.g. “copy”, “page”, “request”.",
        ],
    },
    Field {
        shape: "fee",
        key: "when",
        label: ["Chỉ nộp khi", "Only paid when"],
        hint: [
            "Trường hợp phải nộp khoản này.",
            "The case in which this is paid.",
        ],
    },
    Field {
        shape: "field",
        key: "id",
        label: ["Mã lĩnh vực", "Area id"],
        hint: [
            "Mã không dấu, không khoảng trắng, ví dụ “ho-tich”; thủ tục ghi mã này ở ô Lĩnh vực.",
            "No accents or spaces, e.g. “ho-tich”; procedures name it as their area.",
        ],
    },
    Field {
        shape: "field",
        key: "name",
        label: ["Tên lĩnh vực", "Area name"],
        hint: [
            "Tên lĩnh vực, ví dụ “Hộ tịch”.",
            "The area's name, e.g. “Civil status”.",
        ],
    },
    Field {
        shape: "form",
        key: "code",
        label: ["Ký hiệu mẫu", "Form code"],
        hint: [
            "Ký hiệu của mẫu, ví dụ CT01 hoặc Mẫu 01/2025/LLTP.",
            "The form's code, e.g. CT01 or Mẫu 01/2025/LLTP.",
        ],
    },
    Field {
        shape: "form",
        key: "name",
        label: ["Tên mẫu", "Form name"],
        hint: [
            "Tên mẫu, ví dụ “Tờ khai thay đổi thông tin cư trú”.",
            "The form's name, e.g. “Residence information change form”.",
        ],
    },
    Field {
        shape: "form",
        key: "url",
        label: ["Nơi tải mẫu", "Download address"],
        hint: [
            "Địa chỉ để người dân tải mẫu về.",
            "Where people download the form.",
        ],
    },
    Field {
        shape: "legal_basis",
        key: "code",
        label: ["Số hiệu", "Number"],
        hint: [
            "Số hiệu văn bản, ví dụ 60/2014/QH13.",
            "The document's number, e.g. 60/2014/QH13.",
        ],
    },
    Field {
        shape: "legal_basis",
        key: "issued",
        label: ["Ngày ban hành", "Date of issue"],
        hint: [
            "Ngày văn bản được ban hành.",
            "The date the document was issued.",
        ],
    },
    Field {
        shape: "legal_basis",
        key: "issuer",
        label: ["Cơ quan ban hành", "Issued by"],
        hint: [
            "Cơ quan ban hành văn bản, ví dụ “Quốc hội”.",
            "Who issued the document, e.g. “National Assembly”.",
        ],
    },
    Field {
        shape: "legal_basis",
        key: "title",
        label: ["Tên văn bản", "Title"],
        hint: [
            "Tên văn bản, ví dụ “Luật Hộ tịch”.",
            "The document's title, e.g. “Law on Civil Status”.",
        ],
    },
    Field {
        shape: "life_event",
        key: "id",
        label: ["Mã nhóm sự kiện", "Life event id"],
        hint: [
            "Mã không dấu, không khoảng trắng, ví dụ “khai-sinh”.",
            "No accents or spaces, e.g. “khai-sinh”.",
        ],
    },
    Field {
        shape: "life_event",
        key: "name",
        label: ["Tên nhóm sự kiện", "Life event name"],
        hint: [
            "Việc xảy ra trong đời sống, ví dụ “Khai sinh”, “Kết hôn”.",
            "What happens in life, e.g. “Having a baby”, “Getting married”.",
        ],
    },
    Field {
        shape: "life_event",
        key: "procedures",
        label: ["Các thủ tục", "Procedures"],
        hint: [
            "Mã các thủ tục của nhóm, theo thứ tự nên làm, ví dụ 1.001193.",
            "The group's procedure ids, in the order to do them, e.g. 1.001193.",
        ],
    },
    Field {
        shape: "link",
        key: "label",
        label: ["Chữ trên liên kết", "Link text"],
        hint: [
            "Chữ hiện trên liên kết; nên có vì người dùng trình đọc màn hình nghe chữ này.",
            "The words shown on the link; give them, as screen-reader users hear them.",
        ],
    },
    Field {
        shape: "link",
        key: "url",
        label: ["Địa chỉ", "Address"],
        hint: [
            "Địa chỉ của liên kết, bắt đầu bằng https://.",
            "The link's address, starting with https://.",
        ],
    },
    Field {
        shape: "online_only",
        key: "assisted",
        label: ["Hỗ trợ nộp tại quầy", "Help at the desk"],
        hint: [
            "Cán bộ tại Trung tâm có hỗ trợ người dân nộp trực tuyến tại quầy không, để trống là có.",
            "Whether the centre's staff help people file online at the desk, yes if empty.",
        ],
    },
    Field {
        shape: "online_only",
        key: "legal_basis",
        label: ["Căn cứ", "Legal basis"],
        hint: [
            "Văn bản quy định, ví dụ “Chỉ thị 24/CT-TTg ngày 13/9/2025”.",
            "The rule, e.g. “Chỉ thị 24/CT-TTg ngày 13/9/2025”.",
        ],
    },
    Field {
        shape: "online_only",
        key: "since",
        label: ["Từ ngày", "Since"],
        hint: [
            "Ngày bắt đầu không nhận hồ sơ giấy, ví dụ ngày 1/10/2025.",
            "The date from which paper files are no longer taken, e.g. 1 October 2025.",
        ],
    },
    Field {
        shape: "option",
        key: "id",
        label: ["Mã lựa chọn", "Option id"],
        hint: [
            "Mã không dấu, không khoảng trắng, duy nhất trong câu hỏi, ví dụ “so1”.",
            "No accents or spaces, unique in the question, e.g. “so1”.",
        ],
    },
    Field {
        shape: "option",
        key: "label",
        label: ["Nội dung lựa chọn", "Option text"],
        hint: [
            "Chữ người dân chọn, ví dụ “Phiếu số 1”.",
            "The words people choose, e.g. “Record No. 1”.",
        ],
    },
    Field {
        shape: "option",
        key: "stop",
        label: ["Dừng khi chọn", "Stop when chosen"],
        hint: [
            "Ghi khi chọn lựa chọn này thì không làm tiếp được, kèm việc nên làm thay.",
            "Fill in when this answer means the person cannot go on, with what to do instead.",
        ],
    },
    Field {
        shape: "portal",
        key: "feedback_url",
        label: ["Trang phản ánh, kiến nghị", "Feedback page"],
        hint: [
            "Trang gửi phản ánh, kiến nghị, hiện cùng đường dây nóng khi người dân xong hướng dẫn.",
            "Where people send feedback and complaints, shown with the hotline once they finish the guide.",
        ],
    },
    Field {
        shape: "portal",
        key: "lookup_url",
        label: ["Trang tra cứu hồ sơ", "File lookup page"],
        hint: [
            "Trang để người dân theo dõi hồ sơ đã nộp, hiện trong phần “sau khi nộp”.",
            "Where people follow the progress of their file, shown in the “after filing” part.",
        ],
    },
    Field {
        shape: "portal",
        key: "name",
        label: ["Tên cổng", "Portal name"],
        hint: [
            "Tên cổng, ví dụ “Cổng Dịch vụ công quốc gia”.",
            "The portal's name, e.g. “National Public Service Portal”.",
        ],
    },
    Field {
        shape: "portal",
        key: "url",
        label: ["Trang chủ của cổng", "Portal home page"],
        hint: [
            "Địa chỉ trang chủ của cổng, ví dụ https://dichvucong.gov.vn.",
            "The portal's home page, e.g. https://dichvucong.gov.vn.",
        ],
    },
    Field {
        shape: "procedure",
        key: "agencies",
        label: ["Cơ quan thực hiện", "Agencies"],
        hint: [
            "Các cơ quan nhận hồ sơ, hoặc mọi cơ quan của một cấp, ví dụ mọi phường, xã.",
            "The agencies that take the file, or every agency of a level, e.g. every ward and commune.",
        ],
    },
    Field {
        shape: "procedure",
        key: "audience",
        label: ["Đối tượng thực hiện", "Who it is for"],
        hint: [
            "Ai làm thủ tục này: công dân, doanh nghiệp, tổ chức, người nước ngoài.",
            "Who does this procedure: citizens, businesses, organisations, foreigners.",
        ],
    },
    Field {
        shape: "procedure",
        key: "channels",
        label: ["Cách thực hiện", "Ways to file"],
        hint: [
            "Các cách nộp hồ sơ (trực tiếp, trực tuyến, qua bưu chính), cần ít nhất một.",
            "The ways to file (in person, online, by post), at least one.",
        ],
    },
    Field {
        shape: "procedure",
        key: "deadline",
        label: ["Hạn phải làm thủ tục", "Deadline"],
        hint: [
            "Hạn của người dân tính từ một sự việc, ví dụ trong 60 ngày kể từ ngày sinh.",
            "The person's deadline counted from an event, e.g. within 60 days of the date of birth.",
        ],
    },
    Field {
        shape: "procedure",
        key: "documents",
        label: ["Thành phần hồ sơ", "Documents"],
        hint: [
            "Các giấy tờ người dân phải nộp hoặc xuất trình.",
            "The papers the person hands in or shows.",
        ],
    },
    Field {
        shape: "procedure",
        key: "field",
        label: ["Lĩnh vực", "Procedure area"],
        hint: [
            "Lĩnh vực của thủ tục, một trong các lĩnh vực của danh mục.",
            "The procedure's area, one of the catalogue's areas.",
        ],
    },
    Field {
        shape: "procedure",
        key: "href",
        label: ["Tệp chi tiết", "Detail file"],
        hint: [
            "Đường dẫn tới tệp chi tiết của thủ tục, ví dụ “procedures/1.001193.json”.",
            "The path of the procedure's detail file, e.g. “procedures/1.001193.json”.",
        ],
    },
    Field {
        shape: "procedure",
        key: "id",
        label: ["Mã thủ tục", "Procedure code"],
        hint: [
            "Mã thủ tục trong Cơ sở dữ liệu thủ tục hành chính, ví dụ 1.001193; đừng đổi sau khi đăng.",
            "The procedure's code in the national procedure database, e.g. 1.001193; do not change it once published.",
        ],
    },
    Field {
        shape: "procedure",
        key: "keywords",
        label: ["Từ khoá", "Keywords"],
        hint: [
            "Cách người dân gọi thủ tục, ví dụ “làm giấy khai sinh cho con”.",
            "What people call the procedure, e.g. “làm giấy khai sinh cho con”.",
        ],
    },
    Field {
        shape: "procedure",
        key: "legal_basis",
        label: ["Căn cứ pháp lý", "Legal basis"],
        hint: [
            "Các văn bản pháp luật quy định thủ tục.",
            "The legal documents the procedure rests on.",
        ],
    },
    Field {
        shape: "procedure",
        key: "level",
        label: ["Cấp thực hiện", "Level"],
        hint: [
            "Cấp thực hiện thủ tục; chọn nhiều cấp nếu bản ghi ghi nhiều cấp.",
            "The level that carries it out; pick several if the record lists several.",
        ],
    },
    Field {
        shape: "procedure",
        key: "name",
        label: ["Tên thủ tục", "Procedure name"],
        hint: [
            "Tên thủ tục như trong bản ghi, ví dụ “Đăng ký khai sinh”.",
            "The procedure's name as in its record, e.g. “Birth registration”.",
        ],
    },
    Field {
        shape: "procedure",
        key: "online_only",
        label: ["Chỉ nộp trực tuyến", "Online only"],
        hint: [
            "Ghi khi thủ tục không còn nhận hồ sơ giấy, ví dụ theo Chỉ thị 24/CT-TTg.",
            "Fill in when the offices no longer take paper files, e.g. under Directive 24/CT-TTg.",
        ],
    },
    Field {
        shape: "procedure",
        key: "questions",
        label: ["Câu hỏi", "Questions"],
        hint: [
            "Câu hỏi về hoàn cảnh của người dân để đưa ra đúng giấy tờ và các bước.",
            "Questions about the person's situation that pick the right papers and steps.",
        ],
    },
    Field {
        shape: "procedure",
        key: "related",
        label: ["Thủ tục liên quan", "Related procedures"],
        hint: [
            "Mã các thủ tục liên thông hoặc làm tiếp theo, ví dụ 2.000986.",
            "The ids of combined or follow-on procedures, e.g. 2.000986.",
        ],
    },
    Field {
        shape: "procedure",
        key: "replaced_by",
        label: ["Thay bằng thủ tục", "Replaced by"],
        hint: [
            "Mã thủ tục thay thế khi thủ tục này đã bãi bỏ hoặc đổi mã.",
            "The id of the procedure that replaces this one when it is withdrawn or recoded.",
        ],
    },
    Field {
        shape: "procedure",
        key: "requirements",
        label: ["Yêu cầu, điều kiện", "Requirements"],
        hint: [
            "Các yêu cầu, điều kiện của thủ tục, mỗi điều một mục.",
            "The procedure's requirements and conditions, one per item.",
        ],
    },
    Field {
        shape: "procedure",
        key: "result",
        label: ["Kết quả thực hiện", "Result"],
        hint: [
            "Người dân nhận được gì, ví dụ “Giấy khai sinh”.",
            "What the person receives, e.g. “Birth certificate”.",
        ],
    },
    Field {
        shape: "procedure",
        key: "sets",
        label: ["Số bộ hồ sơ", "Number of sets"],
        hint: [
            "Số bộ hồ sơ phải nộp, để trống là 1.",
            "How many sets of documents to hand in, 1 if empty.",
        ],
    },
    Field {
        shape: "procedure",
        key: "status",
        label: ["Tình trạng hiệu lực", "Status"],
        hint: [
            "Thủ tục còn hiệu lực hay đã bãi bỏ.",
            "Whether the procedure is in force or withdrawn.",
        ],
    },
    Field {
        shape: "procedure",
        key: "steps",
        label: ["Trình tự thực hiện", "Steps"],
        hint: [
            "Các bước theo thứ tự, cần ít nhất một.",
            "The steps in order, at least one.",
        ],
    },
    Field {
        shape: "procedure",
        key: "summary",
        label: ["Mô tả", "Summary"],
        hint: [
            "Một đoạn ngắn nói thủ tục để làm gì.",
            "One short paragraph on what the procedure is for.",
        ],
    },
    Field {
        shape: "procedure",
        key: "updated",
        label: ["Ngày cập nhật", "Updated on"],
        hint: [
            "Ngày thông tin của thủ tục được cập nhật lần cuối.",
            "The date the procedure was last updated.",
        ],
    },
    Field {
        shape: "question",
        key: "help",
        label: ["Giải thích thêm", "Help"],
        hint: [
            "Giải thích thêm cho người dân khi câu hỏi khó trả lời.",
            "More explanation for when the question is hard to answer.",
        ],
    },
    Field {
        shape: "question",
        key: "id",
        label: ["Mã câu hỏi", "Question id"],
        hint: [
            "Mã không dấu, không khoảng trắng, duy nhất trong thủ tục, ví dụ “nguoi_nop”.",
            "No accents or spaces, unique in the procedure, e.g. “nguoi_nop”.",
        ],
    },
    Field {
        shape: "question",
        key: "kind",
        label: ["Loại câu hỏi", "Question kind"],
        hint: [
            "Câu hỏi có/không, hay chọn một trong nhiều lựa chọn.",
            "A yes-or-no question, or one of several options.",
        ],
    },
    Field {
        shape: "question",
        key: "options",
        label: ["Các lựa chọn", "Options"],
        hint: [
            "Các lựa chọn của câu hỏi chọn một; câu hỏi có/không thì không có.",
            "The options of a choice question; a yes-or-no question has none.",
        ],
    },
    Field {
        shape: "question",
        key: "stop",
        label: ["Dừng khi trả lời", "Stop on answer"],
        hint: [
            "Chỉ với câu hỏi có/không: điều cần báo khi trả lời “có” hoặc “không” thì không làm tiếp được.",
            "Yes-or-no questions only: what to say when a yes or no answer means the person cannot go on.",
        ],
    },
    Field {
        shape: "question",
        key: "text",
        label: ["Câu hỏi", "Question"],
        hint: [
            "Câu hỏi người dân đọc, ví dụ “Bạn có nhờ người khác nộp thay không?”.",
            "The question people read, e.g. “Is someone filing for you?”.",
        ],
    },
    Field {
        shape: "question",
        key: "when",
        label: ["Chỉ hỏi khi", "Only asked when"],
        hint: [
            "Chỉ hỏi câu này khi điều kiện đúng.",
            "Ask this question only when the condition holds.",
        ],
    },
    Field {
        shape: "step",
        key: "actor",
        label: ["Ai làm", "Who does it"],
        hint: [
            "Người dân hay cơ quan làm bước này.",
            "Whether the person or the agency does this step.",
        ],
    },
    Field {
        shape: "step",
        key: "channels",
        label: ["Chỉ với cách", "Only for ways"],
        hint: [
            "Bước này chỉ thuộc các cách nộp này; để trống là mọi cách.",
            "This step belongs only to these ways to file; empty means all.",
        ],
    },
    Field {
        shape: "step",
        key: "detail",
        label: ["Chi tiết", "Details"],
        hint: [
            "Chi tiết của bước; các đoạn cách nhau bằng một dòng trống.",
            "The step's details; separate paragraphs with a blank line.",
        ],
    },
    Field {
        shape: "step",
        key: "duration",
        label: ["Mất bao lâu", "How long it takes"],
        hint: [
            "Bước này mất bao lâu, ví dụ “Tối đa 1 ngày”.",
            "How long this step takes, e.g. “Up to 1 day”.",
        ],
    },
    Field {
        shape: "step",
        key: "id",
        label: ["Mã bước", "Step id"],
        hint: [
            "Mã không dấu, không khoảng trắng, duy nhất trong thủ tục, ví dụ “nop-ho-so”.",
            "No accents or spaces, unique in the procedure, e.g. “nop-ho-so”.",
        ],
    },
    Field {
        shape: "step",
        key: "links",
        label: ["Liên kết", "Links"],
        hint: [
            "Các liên kết giúp làm bước này, ví dụ trang thủ tục trên cổng.",
            "Links that help with this step, e.g. the procedure's page on the portal.",
        ],
    },
    Field {
        shape: "step",
        key: "title",
        label: ["Tên bước", "Step title"],
        hint: [
            "Tên ngắn của bước, ví dụ “Nhận kết quả”.",
            "The step's short title, e.g. “Collect the result”.",
        ],
    },
    Field {
        shape: "step",
        key: "when",
        label: ["Chỉ làm khi", "Only done when"],
        hint: [
            "Bước này chỉ làm trong trường hợp này.",
            "This step is only done in this case.",
        ],
    },
    Field {
        shape: "stop",
        key: "see",
        label: ["Nên xem", "See"],
        hint: [
            "Nơi người dân nên xem thay vào đó: một thủ tục khác trong danh mục, hoặc một trang web.",
            "Where the person should look instead: another procedure of the catalogue, or a web page.",
        ],
    },
    Field {
        shape: "stop",
        key: "text",
        label: ["Lý do và việc nên làm", "Why, and what to do"],
        hint: [
            "Vì sao không làm tiếp thủ tục được và nên làm gì thay.",
            "Why the person cannot go on with the procedure, and what to do instead.",
        ],
    },
    Field {
        shape: "time_limit",
        key: "days",
        label: ["Số ngày", "Days"],
        hint: [
            "Số ngày, ví dụ 15; ghi nhiều nhất một trong ba ô số.",
            "Days, e.g. 15; give at most one of the three numbers.",
        ],
    },
    Field {
        shape: "time_limit",
        key: "hours",
        label: ["Số giờ", "Hours"],
        hint: [
            "Số giờ, ví dụ 8; ghi nhiều nhất một trong ba ô số.",
            "Hours, e.g. 8; give at most one of the three numbers.",
        ],
    },
    Field {
        shape: "time_limit",
        key: "text",
        label: ["Thời hạn bằng lời", "Time limit in words"],
        hint: [
            "Thời hạn viết bằng lời, ví dụ “Trả kết quả ngay khi nộp”.",
            "The time limit in words, e.g. “The result is given when you file”.",
        ],
    },
    Field {
        shape: "time_limit",
        key: "when",
        label: ["Áp dụng khi", "Applies when"],
        hint: [
            "Trường hợp áp dụng thời hạn này.",
            "The case this time limit is for.",
        ],
    },
    Field {
        shape: "time_limit",
        key: "working_days",
        label: ["Số ngày làm việc", "Working days"],
        hint: [
            "Số ngày làm việc, ví dụ 7; ghi nhiều nhất một trong số ngày làm việc, số ngày, số giờ.",
            "Working days, e.g. 7; give at most one of working days, days and hours.",
        ],
    },
    Field {
        shape: "yes_no_stops",
        key: "no",
        label: ["Khi trả lời “không”", "On “no”"],
        hint: [
            "Thông báo dừng khi người dân trả lời “không”.",
            "What to say when the person answers no and cannot go on.",
        ],
    },
    Field {
        shape: "yes_no_stops",
        key: "yes",
        label: ["Khi trả lời “có”", "On “yes”"],
        hint: [
            "Thông báo dừng khi người dân trả lời “có”.",
            "What to say when the person answers yes and cannot go on.",
        ],
    },
];

/// Sorted by word: every word of every `Ty::Word`, `Ty::Words` and `Ty::WordOrWords` list.
static WORDS: &[(&str, [&str; 2])] = &[
    ("active", ["Còn hiệu lực", "In force"]),
    ("agency", ["Cơ quan", "Agency"]),
    ("applicant", ["Người dân", "Applicant"]),
    ("business", ["Doanh nghiệp", "Businesses"]),
    ("central", ["Trung ương", "Central"]),
    ("charge", ["Lệ phí", "Charge"]),
    ("choice", ["Chọn một trong nhiều", "One of several"]),
    ("citizen", ["Công dân", "Citizens"]),
    (
        "commune",
        ["Xã, phường, đặc khu", "Commune, ward, special zone"],
    ),
    (
        "district",
        ["Huyện (trước 1/7/2025)", "District (before 1 July 2025)"],
    ),
    ("electronic", ["Bản điện tử", "Electronic copy"]),
    ("fee", ["Phí", "Fee"]),
    ("foreigner", ["Người nước ngoài", "Foreigners"]),
    ("in_person", ["Trực tiếp", "In person"]),
    ("online", ["Trực tuyến", "Online"]),
    ("organisation", ["Tổ chức", "Organisations"]),
    ("other", ["Khác", "Other"]),
    ("post", ["Qua bưu chính", "By post"]),
    ("province", ["Tỉnh, thành phố", "Province or city"]),
    ("show", ["Chỉ xuất trình", "Show only"]),
    ("submit", ["Nộp", "Hand in"]),
    (
        "vneid_level_2",
        [
            "Tài khoản định danh điện tử mức 2 (VNeID)",
            "Level 2 electronic identity account (VNeID)",
        ],
    ),
    ("withdrawn", ["Đã bãi bỏ", "Withdrawn"]),
    ("yes_no", ["Có/không", "Yes or no"]),
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::shapes::ALL;
    use crate::catalogue::{
        Account, Actor, Audience, ChannelKind, Delivery, DocumentAction, FeeKind, Level,
        QuestionKind, Status,
    };

    const LANGS: [Lang; 2] = [Lang::Vi, Lang::En];

    /// The words of every key that takes fixed words, as `model` lists them.
    fn model_words() -> Vec<&'static str> {
        let mut words = [
            Level::WORDS,
            Audience::WORDS,
            ChannelKind::WORDS,
            Delivery::WORDS,
            FeeKind::WORDS,
            QuestionKind::WORDS,
            DocumentAction::WORDS,
            Actor::WORDS,
            Status::WORDS,
            Account::WORDS,
        ]
        .concat();
        words.sort_unstable();
        words.dedup();
        words
    }

    fn check_label(what: &str, vi: Option<&str>, en: Option<&str>) {
        let (Some(vi), Some(en)) = (vi, en) else {
            panic!("{what}: no label in both languages ({vi:?}, {en:?})");
        };
        for label in [vi, en] {
            assert!(!label.trim().is_empty(), "{what}: empty label");
            assert_eq!(label, label.trim(), "{what}: spaces around {label:?}");
            assert!(
                !label.ends_with('.'),
                "{what}: label ends with a full stop: {label:?}"
            );
        }
        assert_ne!(vi, en, "{what}: the Vietnamese label is the English one");
    }

    #[test]
    fn tables_are_sorted_without_duplicates() {
        for pair in FIELDS.windows(2) {
            assert!(
                (pair[0].shape, pair[0].key) < (pair[1].shape, pair[1].key),
                "FIELDS out of order at {}.{}",
                pair[1].shape,
                pair[1].key
            );
        }
        for pair in WORDS.windows(2) {
            assert!(pair[0].0 < pair[1].0, "WORDS out of order at {}", pair[1].0);
        }
    }

    #[test]
    fn every_key_of_every_table_has_a_label_and_a_hint_in_both_languages() {
        let mut keys = 0;
        for shape in ALL {
            for spec in shape.fields {
                let what = format!("{}.{}", shape.name, spec.key);
                check_label(
                    &what,
                    field_label(shape.name, spec.key, Lang::Vi),
                    field_label(shape.name, spec.key, Lang::En),
                );
                let hints = LANGS.map(|lang| field_hint(shape.name, spec.key, lang));
                let [Some(vi), Some(en)] = hints else {
                    panic!("{what}: no hint in both languages ({hints:?})");
                };
                for hint in [vi, en] {
                    assert!(!hint.trim().is_empty(), "{what}: empty hint");
                    assert_eq!(hint, hint.trim(), "{what}: spaces around {hint:?}");
                    assert!(
                        hint.ends_with('.'),
                        "{what}: hint without a full stop: {hint:?}"
                    );
                    assert!(!hint.contains('\n'), "{what}: a hint is one line: {hint:?}");
                    assert!(
                        hint.chars().count() <= 120,
                        "{what}: hint too long: {hint:?}"
                    );
                }
                assert_ne!(vi, en, "{what}: the Vietnamese hint is the English one");
                keys += 1;
            }
        }
        assert_eq!(keys, FIELDS.len());
    }

    #[test]
    fn no_entry_for_a_key_no_table_has() {
        for f in FIELDS {
            let shape = ALL.iter().find(|s| s.name == f.shape);
            assert!(
                shape.is_some_and(|s| s.knows(f.key)),
                "{}.{} is in no table",
                f.shape,
                f.key
            );
        }
        assert_eq!(field_label("document", "colour", Lang::Vi), None);
        assert_eq!(field_hint("nothing", "originals", Lang::En), None);
    }

    #[test]
    fn the_editors_note_is_labelled_in_every_table() {
        for shape in ALL {
            assert!(!shape.knows(EDITOR_NOTE));
            check_label(
                shape.name,
                field_label(shape.name, EDITOR_NOTE, Lang::Vi),
                field_label(shape.name, EDITOR_NOTE, Lang::En),
            );
            let hint = field_hint(shape.name, EDITOR_NOTE, Lang::Vi);
            assert!(hint.is_some_and(|h| h.ends_with('.')));
        }
    }

    #[test]
    fn the_same_key_says_what_it_means_in_its_table() {
        assert_eq!(
            field_label("document", "originals", Lang::Vi),
            Some("Số bản chính")
        );
        assert_eq!(
            field_hint("document", "originals", Lang::Vi),
            Some("Số bản chính người dân phải mang, ví dụ 1.")
        );
        assert_eq!(
            field_label("document", "when", Lang::Vi),
            Some("Chỉ cần khi")
        );
        assert_eq!(
            field_label("question", "when", Lang::Vi),
            Some("Chỉ hỏi khi")
        );
        assert_eq!(
            field_label("document", "one_of", Lang::Vi),
            Some("Một trong các giấy tờ")
        );
        assert_eq!(
            field_label("document", "obtain_via", Lang::Vi),
            Some("Xin giấy này qua thủ tục")
        );
    }

    #[test]
    fn every_word_has_a_label_in_both_languages() {
        let words = model_words();
        for word in &words {
            check_label(word, word_label(word, Lang::Vi), word_label(word, Lang::En));
        }
        let labelled: Vec<&str> = WORDS.iter().map(|(w, _)| *w).collect();
        assert_eq!(labelled, words, "a label for a word no list has");
        assert_eq!(word_label("ward", Lang::Vi), None);
    }

    /// The word lists as the tables give them (`Ty` is built with the `schema` feature,
    /// which the workspace's tests turn on through the CLI).
    #[cfg(feature = "schema")]
    #[test]
    fn every_word_of_every_table_is_labelled() {
        use crate::catalogue::shapes::Ty;
        let model = model_words();
        for shape in ALL {
            for spec in shape.fields {
                let (Ty::Word(words) | Ty::Words(words) | Ty::WordOrWords(words)) = spec.ty else {
                    continue;
                };
                for word in words {
                    let what = format!("{}.{} {word:?}", shape.name, spec.key);
                    assert!(model.contains(word), "{what}: not among the model's words");
                    check_label(
                        &what,
                        word_label(word, Lang::Vi),
                        word_label(word, Lang::En),
                    );
                }
            }
        }
    }
}
