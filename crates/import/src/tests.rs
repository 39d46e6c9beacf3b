//! Each column's conventions and each warning (docs/IMPORT.md).

use super::*;
use procedure_guide_core::json;

fn row(number: usize, cells: &[(&str, &str)]) -> Row {
    Row {
        number,
        cells: cells
            .iter()
            .map(|(h, v)| (h.to_string(), v.to_string()))
            .collect(),
    }
}

/// The smallest row that makes a procedure without warnings, plus `extra` cells.
fn base(extra: &[(&str, &str)]) -> Row {
    let mut cells = vec![
        ("Mã thủ tục", "1.001193"),
        ("Tên thủ tục", "Đăng ký khai sinh"),
        ("Cơ quan thực hiện", "UBND phường Nhiêu Lộc"),
        ("Cách thức thực hiện", "Trực tiếp"),
        ("Trình tự thực hiện", "Nộp hồ sơ"),
    ];
    for (h, v) in extra {
        match cells.iter_mut().find(|(k, _)| k == h) {
            Some(cell) => cell.1 = v,
            None => cells.push((h, v)),
        }
    }
    row(2, &cells)
}

fn options() -> Options {
    Options {
        id: "thu".into(),
        title: "Thử".into(),
        source: "thu.csv".into(),
    }
}

fn one(extra: &[(&str, &str)]) -> (Json<'static>, Vec<Warning>) {
    let draft = import(&[base(extra)], &options());
    let p = draft
        .catalogue
        .get("procedures")
        .and_then(Json::as_array)
        .and_then(|p| p.first())
        .cloned()
        .expect("one procedure");
    (p, draft.warnings)
}

fn text(v: &Json<'_>) -> String {
    json::to_string(v)
}

fn at<'j>(v: &'j Json<'static>, path: &[&str]) -> &'j Json<'static> {
    let mut v = v;
    for key in path {
        v = match key.parse::<usize>() {
            Ok(i) => v.as_array().and_then(|a| a.get(i)).expect(key),
            Err(_) => v.get(key).expect(key),
        };
    }
    v
}

fn issues(warnings: &[Warning], column: &str) -> Vec<Issue> {
    warnings
        .iter()
        .filter(|w| w.column == column)
        .flat_map(|w| w.issues.clone())
        .collect()
}

#[test]
fn a_plain_row_makes_a_procedure_without_warnings() {
    let (p, warnings) = one(&[]);
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(
        text(&p),
        r#"{"id":"1.001193","name":"Đăng ký khai sinh","agencies":["ubnd-phuong-nhieu-loc"],"channels":[{"kind":"in_person"}],"steps":[{"id":"nop-ho-so","title":"Nộp hồ sơ"}]}"#
    );
}

#[test]
fn headings_are_matched_folded_and_unknown_ones_are_said_once() {
    assert_eq!(column("Phí, lệ phí"), Some(Column::Fee));
    assert_eq!(column("PHÍ/LỆ PHÍ"), Some(Column::Fee));
    assert_eq!(column("Từ khoá"), Some(Column::Keywords));
    assert_eq!(column("yêu cầu, điều kiện"), Some(Column::Requirements));
    assert_eq!(column("Ghi chú"), None);
    let rows = vec![
        base(&[
            ("Ghi chú", "x"),
            ("Phí, lệ phí", "Miễn phí"),
            ("Lệ phí", "1 đồng"),
        ]),
        Row {
            number: 3,
            ..base(&[
                ("Ghi chú", "y"),
                ("Phí, lệ phí", "Miễn phí"),
                ("Lệ phí", "1 đồng"),
            ])
        },
    ];
    let draft = import(&rows, &options());
    let heading: Vec<_> = draft.warnings.iter().filter(|w| w.row == 0).collect();
    assert_eq!(heading.len(), 2, "{heading:?}");
    assert_eq!(heading[0].column, "Ghi chú");
    assert_eq!(heading[0].issues, vec![Issue::UnknownColumn]);
    assert_eq!(heading[1].column, "Lệ phí");
    assert_eq!(heading[1].issues, vec![Issue::RepeatedColumn]);
    assert!(heading[0]
        .message(Lang::Vi)
        .starts_with("dòng tiêu đề, cột \"Ghi chú\": "));
    assert!(heading[0]
        .message(Lang::En)
        .starts_with("heading row, column \"Ghi chú\": "));
}

#[test]
fn rows_skip_blank_ones_and_keep_sheet_numbers() {
    let table = vec![
        vec![String::new(), String::new()],
        vec!["Tên thủ tục".to_string(), "Mã thủ tục".to_string()],
        vec!["A".to_string()],
        vec![" ".to_string(), String::new()],
        vec!["B".to_string(), "2.1".to_string()],
    ];
    let (headings, rows) = rows(table);
    assert_eq!(headings, ["Tên thủ tục", "Mã thủ tục"]);
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0].number, 3);
    assert_eq!(rows[0].cells[1], ("Mã thủ tục".to_string(), String::new()));
    assert_eq!(rows[1].number, 5);
}

#[test]
fn a_row_without_name_is_left_out_and_said() {
    let draft = import(&[base(&[("Tên thủ tục", "  ")])], &options());
    assert_eq!(
        draft
            .catalogue
            .get("procedures")
            .and_then(Json::as_array)
            .map(<[_]>::len),
        Some(0)
    );
    assert_eq!(issues(&draft.warnings, "Tên thủ tục"), vec![Issue::NoName]);
}

#[test]
fn codes_become_ids_or_are_made_up_and_said() {
    let (p, w) = one(&[("Mã thủ tục", "TT 01")]);
    assert_eq!(at(&p, &["id"]).as_str(), Some("thu-tuc-dong-2"));
    assert_eq!(
        issues(&w, "Mã thủ tục"),
        vec![Issue::MadeUpId("thu-tuc-dong-2".into())]
    );
    let (p, w) = one(&[("Mã thủ tục", "")]);
    assert_eq!(at(&p, &["id"]).as_str(), Some("thu-tuc-dong-2"));
    assert_eq!(w.len(), 1);
    let rows = [
        base(&[]),
        Row {
            number: 3,
            ..base(&[])
        },
    ];
    let draft = import(&rows, &options());
    assert_eq!(
        issues(&draft.warnings, "Mã thủ tục"),
        vec![Issue::RepeatedCode("thu-tuc-dong-3".into())]
    );
}

#[test]
fn english_name_field_level_audience_keywords() {
    let (p, w) = one(&[
        ("Tên tiếng Anh", "Birth registration"),
        ("Lĩnh vực", "Hộ tịch"),
        (
            "Cấp thực hiện",
            "Cấp xã, Cấp Tỉnh\nCấp Bộ; Cấp huyện; Khác; Cấp ấp",
        ),
        (
            "Đối tượng thực hiện",
            "Công dân Việt Nam, Người nước ngoài; Doanh nghiệp, Tổ chức, Hội viên",
        ),
        (
            "Từ khóa",
            "khai sinh; giấy khai sinh, làm giấy khai sinh\nkhai sinh",
        ),
    ]);
    assert_eq!(
        text(at(&p, &["name"])),
        r#"{"vi":"Đăng ký khai sinh","en":"Birth registration"}"#
    );
    assert_eq!(at(&p, &["field"]).as_str(), Some("ho-tich"));
    assert_eq!(
        text(at(&p, &["level"])),
        r#"["commune","province","central","district","other"]"#
    );
    assert_eq!(
        text(at(&p, &["audience"])),
        r#"["citizen","foreigner","business","organisation"]"#
    );
    assert_eq!(
        text(at(&p, &["keywords"])),
        r#"["khai sinh","giấy khai sinh","làm giấy khai sinh"]"#
    );
    assert_eq!(
        issues(&w, "Cấp thực hiện"),
        vec![Issue::Level(vec!["Cấp ấp".into()])]
    );
    assert_eq!(
        issues(&w, "Đối tượng thực hiện"),
        vec![Issue::Audience(vec!["Hội viên".into()])]
    );
    assert_eq!(w.len(), 2);
}

#[test]
fn agencies_and_fields_are_made_once_per_name() {
    let rows = [
        base(&[
            ("Cơ quan thực hiện", "UBND phường A\nUBND phường B"),
            ("Lĩnh vực", "Hộ tịch"),
        ]),
        Row {
            number: 3,
            ..base(&[
                ("Mã thủ tục", "2"),
                ("Cơ quan thực hiện", "UBND phường B"),
                ("Lĩnh vực", "Hộ tịch"),
            ])
        },
    ];
    let draft = import(&rows, &options());
    assert!(draft.warnings.is_empty(), "{:?}", draft.warnings);
    let c = &draft.catalogue;
    assert_eq!(
        text(at(c, &["agencies"])),
        r#"[{"id":"ubnd-phuong-a","name":"UBND phường A"},{"id":"ubnd-phuong-b","name":"UBND phường B"}]"#
    );
    assert_eq!(
        text(at(c, &["fields"])),
        r#"[{"id":"ho-tich","name":"Hộ tịch"}]"#
    );
    assert_eq!(
        text(at(c, &["procedures", "1", "agencies"])),
        r#"["ubnd-phuong-b"]"#
    );
    let (_, w) = one(&[("Cơ quan thực hiện", "")]);
    assert_eq!(issues(&w, "Cơ quan thực hiện"), vec![Issue::NoAgency]);
}

#[test]
fn channels_by_their_words() {
    let (p, w) = one(&[(
        "Cách thức thực hiện",
        "Trực tiếp tại Bộ phận một cửa UBND phường\n\
         Trực tuyến mức độ 4 (Cổng Dịch vụ công quốc gia): https://dichvucong.gov.vn/tthc/1\n\
         - Nộp trực tuyến một phần: https://dichvucong.hochiminhcity.gov.vn/x\n\
         Qua dịch vụ bưu chính công ích",
    )]);
    assert!(w.is_empty(), "{w:?}");
    assert_eq!(
        text(at(&p, &["channels"])),
        concat!(
            r#"[{"kind":"in_person","where":"Bộ phận một cửa UBND phường"},"#,
            r#"{"kind":"online","label":"Cổng Dịch vụ công quốc gia","online_level":4,"url":"https://dichvucong.gov.vn/tthc/1"},"#,
            r#"{"kind":"online","online_level":3,"url":"https://dichvucong.hochiminhcity.gov.vn/x"},"#,
            r#"{"kind":"post"}]"#
        )
    );
}

#[test]
fn channel_warnings() {
    let (p, w) = one(&[(
        "Cách thức thực hiện",
        "Trực tuyến\nFax\nTrực tuyến toàn trình",
    )]);
    assert_eq!(
        issues(&w, "Cách thức thực hiện"),
        vec![
            Issue::OnlineLevel("Trực tuyến".into()),
            Issue::OnlineUrl("Trực tuyến".into()),
            Issue::UnknownChannel("Fax".into()),
            Issue::OnlineUrl("Trực tuyến toàn trình".into()),
        ]
    );
    // One warning for the cell, its issues in order.
    assert_eq!(w.len(), 1);
    assert_eq!(at(&p, &["channels"]).as_array().map(<[_]>::len), Some(2));
    let (p, w) = one(&[("Cách thức thực hiện", "")]);
    assert!(p.get("channels").is_none());
    assert_eq!(issues(&w, "Cách thức thực hiện"), vec![Issue::NoChannel]);
}

#[test]
fn time_limits() {
    let cases = [
        ("05 ngày làm việc", r#"{"working_days":5}"#),
        ("15 ngày", r#"{"days":15}"#),
        ("08 giờ làm việc", r#"{"hours":8}"#),
        (
            "3 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ",
            r#"{"working_days":3,"text":"kể từ ngày nhận đủ hồ sơ hợp lệ"}"#,
        ),
        (
            "Trả kết quả ngay trong ngày",
            r#"{"text":"Trả kết quả ngay trong ngày"}"#,
        ),
    ];
    for (cell, expected) in cases {
        let (p, w) = one(&[("Thời hạn giải quyết", cell)]);
        assert!(w.is_empty(), "{cell}: {w:?}");
        assert_eq!(
            text(at(&p, &["channels", "0", "time_limit"])),
            expected,
            "{cell}"
        );
    }
    // A bare number has no unit: left out, said.
    let (p, w) = one(&[("Thời hạn giải quyết", "1")]);
    assert!(at(&p, &["channels", "0"]).get("time_limit").is_none());
    assert_eq!(
        issues(&w, "Thời hạn giải quyết"),
        vec![Issue::TimeLimit("1".into())]
    );
}

#[test]
fn time_limits_per_channel_and_cases() {
    let (p, w) = one(&[
        ("Cách thức thực hiện", "Trực tiếp\nTrực tuyến mức độ 4: https://a.gov.vn\nBưu chính"),
        (
            "Thời hạn giải quyết",
            "05 ngày làm việc\nTrực tuyến: 03 ngày làm việc\nBưu chính: 07 ngày làm việc\nBưu chính: 10 ngày",
        ),
    ]);
    assert_eq!(
        text(at(&p, &["channels", "0", "time_limit"])),
        r#"{"working_days":5}"#
    );
    assert_eq!(
        text(at(&p, &["channels", "1", "time_limit"])),
        r#"{"working_days":3}"#
    );
    assert_eq!(
        text(at(&p, &["channels", "2", "time_limit"])),
        r#"{"text":"07 ngày làm việc\n10 ngày"}"#
    );
    assert_eq!(
        issues(&w, "Thời hạn giải quyết"),
        vec![Issue::TimeLimitCases]
    );
    let (_, w) = one(&[("Thời hạn giải quyết", "Bưu chính: 5 ngày")]);
    assert_eq!(
        issues(&w, "Thời hạn giải quyết"),
        vec![Issue::NoSuchChannel("Bưu chính: 5 ngày".into())]
    );
    let (_, w) = one(&[
        ("Cách thức thực hiện", ""),
        ("Thời hạn giải quyết", "5 ngày"),
    ]);
    assert_eq!(issues(&w, "Thời hạn giải quyết"), vec![Issue::NoChannelFor]);
}

#[test]
fn fees() {
    let cases = [
        ("Miễn phí", r#"{"kind":"fee","amount":0,"currency":"VND"}"#),
        (
            "Không thu lệ phí",
            r#"{"kind":"charge","amount":0,"currency":"VND"}"#,
        ),
        (
            "Miễn lệ phí đăng ký khai sinh",
            r#"{"kind":"charge","amount":0,"currency":"VND","note":"Miễn lệ phí đăng ký khai sinh"}"#,
        ),
        (
            "50.000 đồng",
            r#"{"kind":"charge","amount":50000,"currency":"VND"}"#,
        ),
        (
            "Lệ phí: 1.500.000 VNĐ",
            r#"{"kind":"charge","amount":1500000,"currency":"VND"}"#,
        ),
        (
            "Phí: 8.000 đồng/bản sao",
            r#"{"kind":"fee","amount":8000,"currency":"VND","per":"bản sao"}"#,
        ),
        (
            "Phí: 2.000đ/trang (trang thứ nhất và thứ hai)",
            r#"{"kind":"fee","amount":2000,"currency":"VND","per":"trang","note":"trang thứ nhất và thứ hai"}"#,
        ),
        (
            "Lệ phí 10 USD",
            r#"{"kind":"charge","amount":10,"currency":"USD"}"#,
        ),
        (
            "Phí 50,000 đồng",
            r#"{"kind":"fee","amount":50000,"currency":"VND"}"#,
        ),
        (
            "Theo nghị quyết của Hội đồng nhân dân tỉnh",
            r#"{"kind":"charge","note":"Theo nghị quyết của Hội đồng nhân dân tỉnh"}"#,
        ),
    ];
    for (cell, expected) in cases {
        let (p, w) = one(&[("Phí/lệ phí", cell)]);
        assert!(w.is_empty(), "{cell}: {w:?}");
        assert_eq!(
            text(at(&p, &["channels", "0", "fee", "0"])),
            expected,
            "{cell}"
        );
    }
    let (p, w) = one(&[("Phí/lệ phí", "Lệ phí: 1,5 triệu đồng")]);
    assert_eq!(
        text(at(&p, &["channels", "0", "fee", "0"])),
        r#"{"kind":"charge","note":"Lệ phí: 1,5 triệu đồng"}"#
    );
    assert_eq!(
        issues(&w, "Phí/lệ phí"),
        vec![Issue::Amount("Lệ phí: 1,5 triệu đồng".into())]
    );
}

#[test]
fn fees_per_channel() {
    let (p, w) = one(&[
        (
            "Cách thức thực hiện",
            "Trực tiếp\nTrực tuyến mức độ 4: https://a.gov.vn",
        ),
        (
            "Phí/lệ phí",
            "Lệ phí: 10.000 đồng\nTrực tiếp: Phí: 5.000 đồng/bản",
        ),
    ]);
    assert!(w.is_empty(), "{w:?}");
    assert_eq!(
        at(&p, &["channels", "0", "fee"]).as_array().map(<[_]>::len),
        Some(2)
    );
    assert_eq!(
        at(&p, &["channels", "1", "fee"]).as_array().map(<[_]>::len),
        Some(1)
    );
}

#[test]
fn documents_counts_show_optional_and_cases() {
    let (p, w) = one(&[(
        "Thành phần hồ sơ",
        "Tờ khai đăng ký khai sinh (01 bản chính)\n\
         - 02 bản sao Sổ hộ khẩu\n\
         Giấy chứng nhận kết hôn: 01 bản sao có chứng thực\n\
         Giấy khai sinh (bản chính hoặc bản sao có chứng thực)\n\
         Bản sao Giấy khai sinh\n\
         Xuất trình thẻ căn cước\n\
         Giấy tờ phải xuất trình:\n\
         Hộ chiếu\n\
         Giấy tờ phải nộp:\n\
         Giấy tờ chứng minh nơi cư trú (nếu có)\n\
         Trường hợp ủy quyền: Văn bản ủy quyền (01 bản chính)",
    )]);
    let docs = at(&p, &["documents"]);
    let expected = [
        r#"{"id":"to-khai-dang-ky-khai-sinh","name":"Tờ khai đăng ký khai sinh","originals":1}"#,
        r#"{"id":"so-ho-khau","name":"Sổ hộ khẩu","copies":2}"#,
        r#"{"id":"giay-chung-nhan-ket-hon","name":"Giấy chứng nhận kết hôn","copies":1,"certified_copy":true}"#,
        r#"{"id":"giay-khai-sinh","name":"Giấy khai sinh","originals":1,"original_or_certified_copy":true}"#,
        r#"{"id":"ban-sao-giay-khai-sinh","name":"Bản sao Giấy khai sinh"}"#,
        r#"{"id":"the-can-cuoc","name":"thẻ căn cước","action":"show"}"#,
        r#"{"id":"ho-chieu","name":"Hộ chiếu","action":"show"}"#,
        r#"{"id":"giay-to-chung-minh-noi-cu-tru","name":"Giấy tờ chứng minh nơi cư trú","optional":true}"#,
    ];
    for (i, e) in expected.iter().enumerate() {
        assert_eq!(text(at(docs, &[&i.to_string()])), *e, "document {i}");
    }
    let case = at(docs, &["8"]);
    assert_eq!(at(case, &["name"]).as_str(), Some("Văn bản ủy quyền"));
    assert_eq!(at(case, &["originals"]).as_str(), None);
    assert!(case.get("when").is_none(), "conditions are never guessed");
    assert!(case.get("editor_note").is_some());
    assert_eq!(
        issues(&w, "Thành phần hồ sơ"),
        vec![Issue::Case(
            "Trường hợp ủy quyền: Văn bản ủy quyền (01 bản chính)".into()
        )]
    );
    assert!(p.get("questions").is_none(), "questions are never guessed");
}

#[test]
fn steps_with_numbers_details_and_cases() {
    let (p, w) = one(&[(
        "Trình tự thực hiện",
        "Bước 1: Nộp hồ sơ\n- Mang theo tờ khai.\n+ Mang theo giấy chứng sinh.\nBước 2. Nhận kết quả\nTrường hợp nộp qua bưu chính: gửi hồ sơ qua bưu điện",
    )]);
    assert_eq!(
        text(at(&p, &["steps", "0"])),
        r#"{"id":"nop-ho-so","title":"Nộp hồ sơ","detail":"- Mang theo tờ khai.\n- Mang theo giấy chứng sinh."}"#
    );
    assert_eq!(
        text(at(&p, &["steps", "1"])),
        r#"{"id":"nhan-ket-qua","title":"Nhận kết quả"}"#
    );
    assert!(at(&p, &["steps", "2"]).get("editor_note").is_some());
    assert_eq!(issues(&w, "Trình tự thực hiện").len(), 1);
    let (p, w) = one(&[("Trình tự thực hiện", "")]);
    assert!(p.get("steps").is_none());
    assert_eq!(issues(&w, "Trình tự thực hiện"), vec![Issue::NoStep]);
}

#[test]
fn requirements_result_legal_basis_sets_summary_note() {
    let (p, w) = one(&[
        ("Yêu cầu/điều kiện", "- Cha, mẹ đăng ký trong 60 ngày.\n- Người đi nộp mang giấy tờ tùy thân."),
        ("Kết quả", "Giấy khai sinh"),
        (
            "Căn cứ pháp lý",
            "Luật Hộ tịch số 60/2014/QH13 ngày 20/11/2014\nNghị định 123/2015/NĐ-CP ngày 15 tháng 11 năm 2015\nThông tư 04/2020/TT-BTP",
        ),
        ("Số bộ hồ sơ", "01 bộ"),
        ("Mô tả", "Đăng ký khai sinh cho trẻ."),
        ("Ghi chú biên tập", "Nguồn: Cổng DVC quốc gia."),
    ]);
    assert!(w.is_empty(), "{w:?}");
    assert_eq!(
        text(at(&p, &["requirements"])),
        r#"["Cha, mẹ đăng ký trong 60 ngày.","Người đi nộp mang giấy tờ tùy thân."]"#
    );
    assert_eq!(at(&p, &["result"]).as_str(), Some("Giấy khai sinh"));
    assert_eq!(
        text(at(&p, &["legal_basis"])),
        concat!(
            r#"[{"code":"60/2014/QH13","title":"Luật Hộ tịch số 60/2014/QH13 ngày 20/11/2014","issued":"2014-11-20"},"#,
            r#"{"code":"123/2015/NĐ-CP","title":"Nghị định 123/2015/NĐ-CP ngày 15 tháng 11 năm 2015","issued":"2015-11-15"},"#,
            r#"{"code":"04/2020/TT-BTP","title":"Thông tư 04/2020/TT-BTP"}]"#
        )
    );
    assert_eq!(text(at(&p, &["sets"])), "1");
    assert_eq!(
        at(&p, &["summary"]).as_str(),
        Some("Đăng ký khai sinh cho trẻ.")
    );
    assert_eq!(
        at(&p, &["editor_note"]).as_str(),
        Some("Nguồn: Cổng DVC quốc gia.")
    );
    let (p, _) = one(&[("Yêu cầu/điều kiện", "Không")]);
    assert!(p.get("requirements").is_none());
    let (_, w) = one(&[("Số bộ hồ sơ", "hai bộ")]);
    assert_eq!(
        issues(&w, "Số bộ hồ sơ"),
        vec![Issue::Sets("hai bộ".into())]
    );
}

#[test]
fn every_issue_has_both_languages() {
    let all = [
        Issue::UnknownColumn,
        Issue::RepeatedColumn,
        Issue::NoName,
        Issue::MadeUpId("x".into()),
        Issue::RepeatedCode("x".into()),
        Issue::Level(vec!["x".into()]),
        Issue::Audience(vec!["x".into()]),
        Issue::NoAgency,
        Issue::NoChannel,
        Issue::UnknownChannel("x".into()),
        Issue::OnlineLevel("x".into()),
        Issue::OnlineUrl("x".into()),
        Issue::TimeLimit("x".into()),
        Issue::TimeLimitCases,
        Issue::NoSuchChannel("x".into()),
        Issue::Amount("x".into()),
        Issue::NoChannelFor,
        Issue::Case("x".into()),
        Issue::NoStep,
        Issue::Sets("x".into()),
    ];
    for issue in all {
        let (vi, en) = (issue.message(Lang::Vi), issue.message(Lang::En));
        assert!(!vi.is_empty() && !en.is_empty() && vi != en, "{issue:?}");
    }
}

#[test]
fn the_catalogue_block() {
    let draft = import(&[base(&[])], &options());
    let c = &draft.catalogue;
    assert_eq!(at(c, &["format"]).as_str(), Some("procedure-guide/1.1"));
    assert_eq!(at(c, &["catalogue", "id"]).as_str(), Some("thu"));
    assert_eq!(at(c, &["catalogue", "title"]).as_str(), Some("Thử"));
    assert_eq!(at(c, &["catalogue", "default_lang"]).as_str(), Some("vi"));
    assert!(at(c, &["catalogue", "editor_note"])
        .as_str()
        .is_some_and(|n| n.contains("thu.csv")));
    assert!(c.get("fields").is_none());
}
