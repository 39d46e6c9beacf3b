//! Catalogue values in words: time limits, fees, channel kinds, online levels, dates,
//! document counts. Vietnamese first; amounts and dates the Vietnamese way ("8.000 đ",
//! "25/11/2026"). The wording of the online levels lives here only, so a change of
//! decree (see research/regulation-2026.md) touches one place.

use super::Lang;
use crate::catalogue::model::{
    Actor, Channel, ChannelKind, Date, Deadline, DeadlineSpan, Delivery, FeeKind, OnlineLevel,
    Procedure, Span,
};
use crate::text::format_amount_vnd;

/// The short name of a way of doing a procedure.
pub fn channel_kind(lang: Lang, kind: ChannelKind) -> &'static str {
    match (lang, kind) {
        (Lang::Vi, ChannelKind::InPerson) => "Trực tiếp",
        (Lang::Vi, ChannelKind::Online) => "Trực tuyến",
        (Lang::Vi, ChannelKind::Post) => "Qua bưu chính công ích",
        (Lang::En, ChannelKind::InPerson) => "In person",
        (Lang::En, ChannelKind::Online) => "Online",
        (Lang::En, ChannelKind::Post) => "By public post",
    }
}

/// The short name of a channel of `p`: in a procedure the office takes online only, the
/// desk is where staff help people file online, never a paper desk.
pub fn way_kind(lang: Lang, p: &Procedure, c: &Channel) -> &'static str {
    if p.online_only.is_some() && c.kind == ChannelKind::InPerson {
        super::ui::t(lang, super::ui::Msg::AssistedWay)
    } else {
        channel_kind(lang, c.kind)
    }
}

/// "Trong 60 ngày kể từ ngày sinh" / "Within 60 days of the date of birth".
pub fn deadline(lang: Lang, d: &Deadline) -> String {
    let (n, vi, en_one, en_many) = match d.span {
        DeadlineSpan::Days(n) => (n, "ngày", "day", "days"),
        DeadlineSpan::WorkingDays(n) => (n, "ngày làm việc", "working day", "working days"),
        DeadlineSpan::Months(n) => (n, "tháng", "month", "months"),
    };
    let from = d.from.get(lang).0;
    match lang {
        Lang::Vi => format!("Trong {n} {vi} kể từ {from}"),
        Lang::En => format!(
            "Within {n} {} of {from}",
            if n == 1 { en_one } else { en_many }
        ),
    }
}

/// "Thứ Hai, 02/03/2026" / "Monday, 2 Mar 2026".
pub fn weekday_date(lang: Lang, d: Date) -> String {
    const VI: [&str; 7] = [
        "Thứ Hai",
        "Thứ Ba",
        "Thứ Tư",
        "Thứ Năm",
        "Thứ Sáu",
        "Thứ Bảy",
        "Chủ nhật",
    ];
    const EN: [&str; 7] = [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ];
    let names = match lang {
        Lang::Vi => VI,
        Lang::En => EN,
    };
    let day = names
        .get(usize::from(crate::journey::person::weekday(d)))
        .copied()
        .unwrap_or_default();
    format!("{day}, {}", date(lang, d))
}

/// How far the last day is from today: "còn 12 ngày", "đã quá hạn 3 ngày".
pub fn days_left(lang: Lang, days: i64) -> String {
    let n = days.unsigned_abs();
    match (lang, days >= 0) {
        (Lang::Vi, true) => format!("còn {n} ngày"),
        (Lang::Vi, false) => format!("đã quá hạn {n} ngày"),
        (Lang::En, true) if n == 1 => "1 day left".to_owned(),
        (Lang::En, true) => format!("{n} days left"),
        (Lang::En, false) if n == 1 => "1 day overdue".to_owned(),
        (Lang::En, false) => format!("{n} days overdue"),
    }
}

/// The heading over the papers a person must have, in the words of the way they apply:
/// papers are carried to a desk, prepared as scans for an online file, sent by post.
/// Before a way is chosen, "prepare" (it holds for all three).
pub fn papers_heading(lang: Lang, kind: Option<ChannelKind>) -> &'static str {
    match (lang, kind) {
        (Lang::Vi, Some(ChannelKind::InPerson)) => "Cần mang",
        (Lang::Vi, Some(ChannelKind::Online)) => "Cần chuẩn bị (bản điện tử)",
        (Lang::Vi, Some(ChannelKind::Post)) => "Cần gửi qua bưu chính",
        (Lang::Vi, None) => "Cần chuẩn bị",
        (Lang::En, Some(ChannelKind::InPerson)) => "To bring",
        (Lang::En, Some(ChannelKind::Online)) => "To prepare (electronic copies)",
        (Lang::En, Some(ChannelKind::Post)) => "To send by post",
        (Lang::En, None) => "To prepare",
    }
}

/// Both names of an online level: the old number people still say and the
/// Decree 42/2022 name.
pub fn online_level(lang: Lang, level: OnlineLevel) -> &'static str {
    match (lang, level) {
        (Lang::Vi, OnlineLevel::Partial) => "Mức độ 3 – một phần",
        (Lang::Vi, OnlineLevel::Full) => "Mức độ 4 – toàn trình",
        (Lang::En, OnlineLevel::Partial) => "Level 3 – partly online (một phần)",
        (Lang::En, OnlineLevel::Full) => "Level 4 – fully online (toàn trình)",
    }
}

/// What an online level means for the person, in plain words.
pub fn online_level_meaning(lang: Lang, level: OnlineLevel) -> &'static str {
    match (lang, level) {
        (Lang::Vi, OnlineLevel::Partial) => {
            "Nộp hồ sơ trực tuyến; một phần việc còn lại (nộp phí, xuất trình bản chính \
             hoặc nhận kết quả) vẫn làm trực tiếp hoặc qua bưu chính."
        }
        (Lang::Vi, OnlineLevel::Full) => {
            "Làm toàn bộ trực tuyến, kể cả nộp phí; kết quả gửi bản điện tử hoặc qua bưu chính."
        }
        (Lang::En, OnlineLevel::Partial) => {
            "You apply online; part of the rest (paying, showing originals or collecting \
             the result) is still done in person or by post."
        }
        (Lang::En, OnlineLevel::Full) => {
            "Everything is done online, payment included; the result comes electronically \
             or by post."
        }
    }
}

/// A time limit span: "3 ngày làm việc", "15 days".
pub fn span(lang: Lang, span: Span) -> String {
    let (n, vi, en_one, en_many) = match span {
        Span::WorkingDays(n) => (n, "ngày làm việc", "working day", "working days"),
        Span::Days(n) => (n, "ngày", "day", "days"),
        Span::Hours(n) => (n, "giờ", "hour", "hours"),
    };
    let mut out = n.to_string();
    out.push(' ');
    out.push_str(match lang {
        Lang::Vi => vi,
        Lang::En if n == 1 => en_one,
        Lang::En => en_many,
    });
    out
}

/// An amount of money: "8.000 đ" and "10 USD" in Vietnamese, "8,000 VND" in English.
pub fn amount(lang: Lang, amount: u64, currency: &str) -> String {
    let mut digits = format_amount_vnd(amount);
    if lang == Lang::En {
        digits = digits.replace('.', ",");
    }
    digits.push(' ');
    digits.push_str(match (lang, currency) {
        (Lang::Vi, "VND") => "đ",
        _ => currency,
    });
    digits
}

pub fn fee_kind(lang: Lang, kind: FeeKind) -> &'static str {
    match (lang, kind) {
        (Lang::Vi, FeeKind::Fee) => "Phí",
        (Lang::Vi, FeeKind::Charge) => "Lệ phí",
        (Lang::En, FeeKind::Fee) => "Fee (phí)",
        (Lang::En, FeeKind::Charge) => "Charge (lệ phí)",
    }
}

pub fn delivery(lang: Lang, delivery: Delivery) -> &'static str {
    match (lang, delivery) {
        (Lang::Vi, Delivery::InPerson) => "nhận trực tiếp",
        (Lang::Vi, Delivery::Post) => "qua bưu chính",
        (Lang::Vi, Delivery::Electronic) => "nhận bản điện tử",
        (Lang::En, Delivery::InPerson) => "collected in person",
        (Lang::En, Delivery::Post) => "by post",
        (Lang::En, Delivery::Electronic) => "electronically",
    }
}

pub fn actor(lang: Lang, actor: Actor) -> &'static str {
    match (lang, actor) {
        (Lang::Vi, Actor::Applicant) => "Bạn làm",
        (Lang::Vi, Actor::Agency) => "Cơ quan làm",
        (Lang::En, Actor::Applicant) => "You",
        (Lang::En, Actor::Agency) => "The agency",
    }
}

/// A date: "25/11/2026" in Vietnamese, "25 Nov 2026" in English (a bare 25/11 reads
/// as month/day to some English readers).
pub fn date(lang: Lang, date: Date) -> String {
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    match lang {
        Lang::Vi => crate::text::format_date_vi(
            i32::from(date.year),
            u32::from(date.month),
            u32::from(date.day),
        ),
        Lang::En => {
            let month = MONTHS
                .get(usize::from(date.month).saturating_sub(1))
                .copied()
                .unwrap_or("");
            let mut out = date.day.to_string();
            out.push(' ');
            out.push_str(month);
            out.push(' ');
            out.push_str(&date.year.to_string());
            out
        }
    }
}

/// How many papers to bring: "1 bản chính, 2 bản sao" / "1 original, 2 copies",
/// counts multiplied by the number of sets. `None` when the catalogue gives no count.
pub fn document_counts(
    lang: Lang,
    originals: Option<u32>,
    copies: Option<u32>,
    sets: u32,
) -> Option<String> {
    let sets = sets.max(1);
    let mut parts: Vec<String> = Vec::new();
    for (count, vi, en_one, en_many) in [
        (originals, "bản chính", "original", "originals"),
        (copies, "bản sao", "copy", "copies"),
    ] {
        let Some(n) = count.filter(|&n| n > 0) else {
            continue;
        };
        let n = n.saturating_mul(sets);
        let mut part = n.to_string();
        part.push(' ');
        part.push_str(match lang {
            Lang::Vi => vi,
            Lang::En if n == 1 => en_one,
            Lang::En => en_many,
        });
        parts.push(part);
    }
    (!parts.is_empty()).then(|| parts.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_read_the_vietnamese_way() {
        assert_eq!(amount(Lang::Vi, 8000, "VND"), "8.000 đ");
        assert_eq!(amount(Lang::Vi, 1_250_000, "VND"), "1.250.000 đ");
        assert_eq!(amount(Lang::Vi, 10, "USD"), "10 USD");
        assert_eq!(amount(Lang::En, 8000, "VND"), "8,000 VND");
        assert_eq!(amount(Lang::Vi, 0, "VND"), "0 đ");
    }

    #[test]
    fn spans() {
        assert_eq!(span(Lang::Vi, Span::WorkingDays(3)), "3 ngày làm việc");
        assert_eq!(span(Lang::En, Span::WorkingDays(1)), "1 working day");
        assert_eq!(span(Lang::En, Span::Days(15)), "15 days");
        assert_eq!(span(Lang::Vi, Span::Hours(8)), "8 giờ");
    }

    #[test]
    fn dates() {
        let d = Date {
            year: 2026,
            month: 11,
            day: 5,
        };
        assert_eq!(date(Lang::Vi, d), "05/11/2026");
        assert_eq!(date(Lang::En, d), "5 Nov 2026");
    }

    #[test]
    fn counts_times_sets() {
        assert_eq!(
            document_counts(Lang::Vi, Some(1), Some(2), 1).as_deref(),
            Some("1 bản chính, 2 bản sao")
        );
        assert_eq!(
            document_counts(Lang::En, Some(1), None, 2).as_deref(),
            Some("2 originals")
        );
        assert_eq!(
            document_counts(Lang::En, Some(1), Some(1), 1).as_deref(),
            Some("1 original, 1 copy")
        );
        assert_eq!(document_counts(Lang::Vi, None, Some(0), 1), None);
    }

    #[test]
    fn both_names_of_each_online_level() {
        for lang in [Lang::Vi, Lang::En] {
            assert!(online_level(lang, OnlineLevel::Partial).contains("3"));
            assert!(online_level(lang, OnlineLevel::Partial).contains("một phần"));
            assert!(online_level(lang, OnlineLevel::Full).contains("4"));
            assert!(online_level(lang, OnlineLevel::Full).contains("toàn trình"));
        }
    }
}

/// A fee's amount in words: "Miễn phí", "8.000 đ". `None` when the catalogue truly has
/// no amount (a council sets it, say): its note is then the value, never a bare "see
/// note". An amount without a currency is in đồng, as every amount in these catalogues.
pub fn fee_amount(lang: Lang, fee: &crate::catalogue::model::Fee) -> Option<String> {
    match fee.amount? {
        0 => Some(super::ui::t(lang, super::ui::Msg::Free).to_owned()),
        a => Some(amount(lang, a, fee.currency.as_deref().unwrap_or("VND"))),
    }
}

/// A condition as a plain clause, from the question texts and option labels of
/// `procedure`: "nếu bạn chọn “Nhà ở riêng lẻ”", "nếu bạn trả lời “Không” cho câu hỏi
/// “Bạn thuộc diện được miễn lệ phí?”". It follows what it qualifies ("Lệ phí: 20.000 đ
/// – nếu …", "Tuỳ trường hợp: nếu …"), so the catalogue's question is quoted as asked
/// rather than turned into a statement, which no rule can do for every question.
/// Unknown ids are shown as they are, which a validated catalogue never has.
pub fn condition(
    lang: Lang,
    condition: &crate::catalogue::model::Condition,
    procedure: &crate::catalogue::model::Procedure,
) -> String {
    let mut out = String::from(match lang {
        Lang::Vi => "nếu ",
        Lang::En => "if ",
    });
    out.push_str(&clause(lang, condition, procedure));
    out
}

fn clause(
    lang: Lang,
    condition: &crate::catalogue::model::Condition,
    procedure: &crate::catalogue::model::Procedure,
) -> String {
    use crate::catalogue::model::{Condition, QuestionKind};
    let quoted = |s: &str| format!("“{s}”");
    let said = |question: &str, answers: &[&str]| -> String {
        let or = match lang {
            Lang::Vi => " hoặc ",
            Lang::En => " or ",
        };
        let q = procedure.questions.iter().find(|q| q.id == question);
        match q {
            Some(q) if q.kind == QuestionKind::YesNo => {
                let words: Vec<String> = answers
                    .iter()
                    .map(|a| {
                        quoted(match (lang, *a) {
                            (Lang::Vi, "yes") => "Có",
                            (Lang::Vi, _) => "Không",
                            (Lang::En, "yes") => "Yes",
                            (Lang::En, _) => "No",
                        })
                    })
                    .collect();
                let text = quoted(q.text.get(lang).0);
                match lang {
                    Lang::Vi => format!("bạn trả lời {} cho câu hỏi {text}", words.join(or)),
                    Lang::En => format!("you answer {} to {text}", words.join(or)),
                }
            }
            _ => {
                let labels: Vec<String> = answers
                    .iter()
                    .map(|a| {
                        let label = q
                            .and_then(|q| q.options.iter().find(|o| o.id == *a))
                            .map_or(*a, |o| o.label.get(lang).0);
                        quoted(label)
                    })
                    .collect();
                match lang {
                    Lang::Vi => format!("bạn chọn {}", labels.join(or)),
                    Lang::En => format!("you choose {}", labels.join(or)),
                }
            }
        }
    };
    let parts = |parts: &[Condition], sep: &str| -> String {
        parts
            .iter()
            .map(|c| clause(lang, c, procedure))
            .collect::<Vec<_>>()
            .join(sep)
    };
    match condition {
        Condition::Is { question, answer } => said(question, &[answer.as_str()]),
        Condition::In { question, answers } => {
            let answers: Vec<&str> = answers.iter().map(String::as_str).collect();
            said(question, &answers)
        }
        Condition::All(all) => parts(
            all,
            match lang {
                Lang::Vi => " và ",
                Lang::En => " and ",
            },
        ),
        Condition::Any(any) => parts(
            any,
            match lang {
                Lang::Vi => ", hoặc ",
                Lang::En => ", or ",
            },
        ),
    }
}

#[cfg(test)]
mod fee_tests {
    use super::*;
    use crate::catalogue::model::{Fee, FeeKind};

    fn fee(amount: Option<u64>, currency: Option<&str>) -> Fee {
        Fee {
            kind: FeeKind::Charge,
            amount,
            currency: currency.map(str::to_owned),
            per: None,
            note: None,
            when: None,
        }
    }

    #[test]
    fn every_amount_is_said_and_only_a_missing_one_is_not() {
        assert_eq!(
            fee_amount(Lang::Vi, &fee(Some(0), None)).as_deref(),
            Some("Miễn phí")
        );
        assert_eq!(
            fee_amount(Lang::Vi, &fee(Some(8000), Some("VND"))).as_deref(),
            Some("8.000 đ")
        );
        assert_eq!(
            fee_amount(Lang::Vi, &fee(Some(8000), None)).as_deref(),
            Some("8.000 đ")
        );
        assert_eq!(
            fee_amount(Lang::En, &fee(Some(20000), Some("VND"))).as_deref(),
            Some("20,000 VND")
        );
        assert_eq!(fee_amount(Lang::Vi, &fee(None, None)), None);
    }
}

#[cfg(test)]
mod condition_tests {
    use super::*;
    use crate::catalogue::load_catalogue;
    use crate::catalogue::model::Condition;

    #[test]
    fn conditions_read_as_the_persons_situation() {
        let loaded = load_catalogue(include_bytes!("../../../../www/catalogue.json"));
        let catalogue = loaded.catalogue.expect("sample loads");
        let lltp = catalogue.procedure("3.000333").expect("LLTP in the sample");
        let q = &lltp.questions[0];
        let first = &q.options[0];
        let said = condition(
            Lang::Vi,
            &Condition::Is {
                question: q.id.clone(),
                answer: first.id.clone(),
            },
            lltp,
        );
        assert_eq!(
            said,
            format!("nếu bạn chọn “{}”", first.label.get(Lang::Vi).0)
        );
        let yes_no = lltp
            .questions
            .iter()
            .find(|q| q.kind == crate::catalogue::model::QuestionKind::YesNo)
            .expect("a yes/no question");
        let said = condition(
            Lang::En,
            &Condition::Is {
                question: yes_no.id.clone(),
                answer: "yes".into(),
            },
            lltp,
        );
        assert_eq!(
            said,
            format!("if you answer “Yes” to “{}”", yes_no.text.get(Lang::En).0)
        );
        // Never the generated "Question?: không" of before (issue 12, item 9).
        let said = condition(
            Lang::Vi,
            &Condition::All(vec![
                Condition::Is {
                    question: q.id.clone(),
                    answer: first.id.clone(),
                },
                Condition::Is {
                    question: yes_no.id.clone(),
                    answer: "no".into(),
                },
            ]),
            lltp,
        );
        assert!(!said.contains("?:") && !said.contains(": không"), "{said}");
        assert!(
            said.contains(" và bạn trả lời “Không” cho câu hỏi “"),
            "{said}"
        );
    }
}

/// "Còn thiếu 3/7 giấy tờ" / "3 of 7 documents still missing"; with nothing missing,
/// "Bạn đã có đủ giấy tờ" / "You have every document" (never "0/2 missing").
pub fn missing_documents(lang: Lang, missing: u32, counted: u32) -> String {
    if missing == 0 && counted > 0 {
        return match lang {
            Lang::Vi => "Bạn đã có đủ giấy tờ",
            Lang::En => "You have every document",
        }
        .to_owned();
    }
    match lang {
        Lang::Vi => {
            let mut s = String::from("Còn thiếu ");
            s.push_str(&missing.to_string());
            s.push('/');
            s.push_str(&counted.to_string());
            s.push_str(" giấy tờ");
            s
        }
        Lang::En => {
            let mut s = missing.to_string();
            s.push_str(" of ");
            s.push_str(&counted.to_string());
            s.push_str(if counted == 1 {
                " document"
            } else {
                " documents"
            });
            s.push_str(" still missing");
            s
        }
    }
}

/// The noun after a count: "thủ tục" / "procedure" for 1, "procedures" for 2 (Vietnamese
/// nouns take no plural).
pub fn count_noun(lang: Lang, n: usize, what: Counted) -> &'static str {
    match (lang, what, n == 1) {
        (Lang::Vi, Counted::Procedures, _) => "thủ tục",
        (Lang::Vi, Counted::Offices, _) => "nơi tiếp nhận",
        (Lang::En, Counted::Procedures, true) => "procedure",
        (Lang::En, Counted::Procedures, false) => "procedures",
        (Lang::En, Counted::Offices, true) => "office",
        (Lang::En, Counted::Offices, false) => "offices",
    }
}

/// What [`count_noun`] counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Counted {
    Procedures,
    Offices,
}

/// "Đã xong 2/5 bước" / "2 of 5 steps done".
pub fn steps_done(lang: Lang, done: u32, total: u32) -> String {
    match lang {
        Lang::Vi => {
            let mut s = String::from("Đã xong ");
            s.push_str(&done.to_string());
            s.push('/');
            s.push_str(&total.to_string());
            s.push_str(" bước");
            s
        }
        Lang::En => {
            let mut s = done.to_string();
            s.push_str(" of ");
            s.push_str(&total.to_string());
            s.push_str(if total == 1 {
                " step done"
            } else {
                " steps done"
            });
            s
        }
    }
}

#[cfg(test)]
mod progress_tests {
    use super::*;

    #[test]
    fn progress_in_words() {
        assert_eq!(missing_documents(Lang::Vi, 3, 7), "Còn thiếu 3/7 giấy tờ");
        assert_eq!(
            missing_documents(Lang::En, 1, 1),
            "1 of 1 document still missing"
        );
        assert_eq!(missing_documents(Lang::Vi, 0, 2), "Bạn đã có đủ giấy tờ");
        assert_eq!(missing_documents(Lang::En, 0, 2), "You have every document");
        assert_eq!(count_noun(Lang::En, 1, Counted::Offices), "office");
        assert_eq!(count_noun(Lang::En, 2, Counted::Offices), "offices");
        assert_eq!(count_noun(Lang::En, 1, Counted::Procedures), "procedure");
        assert_eq!(count_noun(Lang::En, 0, Counted::Procedures), "procedures");
        assert_eq!(count_noun(Lang::Vi, 1, Counted::Procedures), "thủ tục");
        assert_eq!(steps_done(Lang::Vi, 2, 5), "Đã xong 2/5 bước");
        assert_eq!(steps_done(Lang::En, 0, 4), "0 of 4 steps done");
    }

    #[test]
    fn too_large_with_and_without_a_declared_size() {
        let mb25 = Some(25 * 1024 * 1024);
        assert_eq!(
            file_too_large(Lang::Vi, mb25),
            "Tệp danh mục quá lớn (25 MB; tối đa 20 MB) nên không được tải. Hãy báo quản trị trang."
        );
        assert_eq!(
            file_too_large(Lang::En, None),
            "The catalogue file is too large (over 20 MB), so it was not loaded. Please tell the site's webmaster."
        );
        assert_eq!(
            file_too_large(Lang::Vi, None),
            "Tệp danh mục quá lớn (hơn 20 MB) nên không được tải. Hãy báo quản trị trang."
        );
    }
}

/// A catalogue file too large to load: its size in megabytes (rounded up) when the
/// server declared it, or only that it passed the limit (counted while reading a
/// compressed answer, whose real size no header tells).
pub fn file_too_large(lang: Lang, bytes: Option<u64>) -> String {
    let mb = |b: u64| b.div_ceil(1024 * 1024).to_string();
    let limit = mb(crate::catalogue::limits::MAX_FILE_BYTES as u64);
    let mut s = String::new();
    match (lang, bytes) {
        (Lang::Vi, Some(bytes)) => {
            s.push_str("Tệp danh mục quá lớn (");
            s.push_str(&mb(bytes));
            s.push_str(" MB; tối đa ");
        }
        (Lang::Vi, None) => s.push_str("Tệp danh mục quá lớn (hơn "),
        (Lang::En, Some(bytes)) => {
            s.push_str("The catalogue file is too large (");
            s.push_str(&mb(bytes));
            s.push_str(" MB; at most ");
        }
        (Lang::En, None) => s.push_str("The catalogue file is too large (over "),
    }
    s.push_str(&limit);
    s.push_str(match lang {
        Lang::Vi => " MB) nên không được tải. Hãy báo quản trị trang.",
        Lang::En => " MB), so it was not loaded. Please tell the site's webmaster.",
    });
    s
}

/// The "show more results" button.
pub fn show_more(lang: Lang, more: usize) -> String {
    let n = more.to_string();
    match lang {
        Lang::Vi => {
            let mut s = String::from("Xem thêm ");
            s.push_str(&n);
            s.push_str(" thủ tục");
            s
        }
        Lang::En => {
            let mut s = String::from("Show ");
            s.push_str(&n);
            s.push_str(if more == 1 {
                " more procedure"
            } else {
                " more procedures"
            });
            s
        }
    }
}
