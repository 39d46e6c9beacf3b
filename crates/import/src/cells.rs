//! The conventions of one cell each (docs/IMPORT.md): what a line of a cell means, as
//! plain values, with what could not be understood ([`Issue`]).

use crate::fold::{folded, tidy, Folded};
use crate::Issue;

/// The lines of a cell: split at line breaks (and `;` where `semicolons`), bullets
/// (`-`, `+`, `•`, `*`) kept, white space trimmed, empty lines dropped.
pub fn lines(cell: &str, semicolons: bool) -> Vec<String> {
    cell.split(|c| c == '\n' || c == '\r' || (semicolons && c == ';'))
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|l| !l.is_empty())
        .collect()
}

/// A line without its bullet (`- `, `+ `, `• `, `* `, `a) `, `1. `).
pub fn unbullet(line: &str) -> (bool, String) {
    let t = line.trim();
    for b in ["- ", "+ ", "• ", "* ", "– "] {
        if let Some(rest) = t.strip_prefix(b) {
            return (true, rest.trim().to_string());
        }
    }
    (false, t.to_string())
}

/// Whether a cell says "nothing" ("Không", "Không có", "Không quy định").
pub fn says_none(cell: &str) -> bool {
    matches!(
        folded(cell).trim_end_matches('.'),
        "khong" | "khong co" | "khong quy dinh" | "khong co thong tin"
    )
}

/// Levels (`Cấp thực hiện`): `Cấp xã`, `Cấp tỉnh`, `Cấp Bộ` … → the format's words.
pub fn level(word: &str) -> Option<&'static str> {
    let f = folded(word);
    let f = f.strip_prefix("cap ").unwrap_or(&f);
    Some(match f {
        "xa"
        | "phuong"
        | "xa, phuong"
        | "xa, phuong, dac khu"
        | "thi tran"
        | "dac khu"
        | "commune"
        | "ward" => "commune",
        "tinh" | "thanh pho" | "tinh, thanh pho" | "province" => "province",
        "huyen" | "quan" | "quan, huyen" | "thi xa" | "district" => "district",
        "bo" | "trung uong" | "bo, nganh" | "central" => "central",
        "khac" | "co quan khac" | "other" => "other",
        _ => return None,
    })
}

/// Audience (`Đối tượng thực hiện`): `Công dân Việt Nam`, `Doanh nghiệp` … → words.
pub fn audience(word: &str) -> Option<&'static str> {
    let f = folded(word);
    Some(if f.contains("nuoc ngoai") {
        "foreigner"
    } else if f.contains("doanh nghiep") || f.contains("ho kinh doanh") {
        "business"
    } else if f.contains("to chuc") || f.contains("co quan") {
        "organisation"
    } else if f.contains("cong dan") || f.contains("ca nhan") || f.contains("nguoi dan") {
        "citizen"
    } else {
        return None;
    })
}

/// A channel's kind as the format writes it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    InPerson,
    Online,
    Post,
}

impl Kind {
    pub fn word(self) -> &'static str {
        match self {
            Kind::InPerson => "in_person",
            Kind::Online => "online",
            Kind::Post => "post",
        }
    }

    /// The folded phrases that name it, longest first.
    fn phrases(self) -> &'static [&'static str] {
        match self {
            Kind::InPerson => &["nop truc tiep", "truc tiep"],
            Kind::Online => &[
                "dich vu cong truc tuyen",
                "nop truc tuyen",
                "truc tuyen",
                "online",
            ],
            Kind::Post => &[
                "qua dich vu buu chinh cong ich",
                "dich vu buu chinh cong ich",
                "buu chinh cong ich",
                "qua buu chinh",
                "buu chinh",
                "qua buu dien",
                "buu dien",
            ],
        }
    }

    const ALL: [Kind; 3] = [Kind::InPerson, Kind::Online, Kind::Post];
}

/// One channel line (`Cách thức thực hiện`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Channel {
    pub kind: Kind,
    pub online_level: Option<u8>,
    pub url: Option<String>,
    /// What the line says beyond kind, level and URL: an online channel's `label`, an
    /// in-person channel's `where`, a post channel's `notes`.
    pub rest: Option<String>,
}

/// The first `http(s)://` address of a line and the line without it.
pub fn take_url(line: &str) -> (Option<String>, String) {
    let Some(at) = line.find("https://").or_else(|| line.find("http://")) else {
        return (None, line.to_string());
    };
    let end = line[at..]
        .find(char::is_whitespace)
        .map_or(line.len(), |n| at + n);
    let url = line[at..end]
        .trim_end_matches([')', ',', ';', '.'])
        .to_string();
    let rest = format!("{}{}", &line[..at], &line[at + url.len()..]);
    (Some(url), rest)
}

/// `Trực tiếp tại …`, `Trực tuyến mức độ 4 (Cổng …): https://…`, `Trực tuyến toàn
/// trình`, `Bưu chính`, `Qua dịch vụ bưu chính công ích`.
pub fn channel(line: &str) -> Result<Channel, Issue> {
    let (_, text) = unbullet(line);
    let (url, text) = take_url(&text);
    let f = Folded::new(&text);
    let found = Kind::ALL.iter().find_map(|k| {
        k.phrases()
            .iter()
            .find_map(|p| f.find(p, 0).map(|at| (*k, at, p.chars().count())))
    });
    let Some((kind, at, len)) = found else {
        return Err(Issue::UnknownChannel(line.to_string()));
    };
    let mut rest = f.without(at, at + len);
    let mut online_level = None;
    if kind == Kind::Online {
        for (level, phrases) in [
            (4, ["muc do 4", "muc 4", "toan trinh"]),
            (3, ["muc do 3", "muc 3", "mot phan"]),
        ] {
            if let Some((_, without)) = Folded::new(&rest).cut_first(&phrases) {
                online_level = Some(level);
                rest = without;
                break;
            }
        }
    }
    let mut rest = tidy(&rest);
    for lead in ["tại ", "Tại ", "qua ", "Qua ", "trên ", "Trên "] {
        if let Some(r) = rest.strip_prefix(lead) {
            rest = tidy(r);
        }
    }
    Ok(Channel {
        kind,
        online_level,
        url,
        rest: (!rest.is_empty()).then_some(rest),
    })
}

/// A line's channel prefix (`Trực tiếp: …`, `Trực tuyến: …`, `Bưu chính: …`) and the
/// rest of the line.
pub fn channel_prefix(line: &str) -> (Option<Kind>, String) {
    let (_, text) = unbullet(line);
    if let Some((head, tail)) = text.split_once(':') {
        let head = folded(head);
        for kind in Kind::ALL {
            if kind.phrases().contains(&head.as_str())
                || kind
                    .phrases()
                    .iter()
                    .any(|p| head.strip_prefix("nop ").is_some_and(|h| h == *p))
            {
                return (Some(kind), tail.trim().to_string());
            }
        }
    }
    (None, text)
}

/// A time limit.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Span {
    WorkingDays(u64),
    Days(u64),
    Hours(u64),
}

/// One time limit line: `05 ngày làm việc`, `15 ngày kể từ …`, `08 giờ`, or words
/// (`Trong ngày`): the span and the words beyond it.
pub fn time_limit(text: &str) -> Result<(Option<Span>, Option<String>), Issue> {
    let t = text.trim();
    let digits: String = t.chars().take_while(char::is_ascii_digit).collect();
    if digits.is_empty() {
        return Ok((None, Some(tidy(t)).filter(|s| !s.is_empty())));
    }
    let n: u64 = digits.parse().map_err(|_| Issue::TimeLimit(t.into()))?;
    let after = Folded::new(t[digits.len()..].trim_start());
    type Unit = (&'static str, fn(u64) -> Span);
    let units: [Unit; 5] = [
        ("ngay lam viec", Span::WorkingDays),
        ("gio lam viec", Span::Hours),
        ("ngay", Span::Days),
        ("gio", Span::Hours),
        ("tieng", Span::Hours),
    ];
    for (unit, span) in units {
        if after.starts_with(unit) {
            let rest = tidy(&after.slice(unit.chars().count(), after.original.len()));
            return Ok((Some(span(n)), (!rest.is_empty()).then_some(rest)));
        }
    }
    Err(Issue::TimeLimit(t.to_string()))
}

/// A fee or charge.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fee {
    /// `fee` (phí) or `charge` (lệ phí).
    pub kind: &'static str,
    pub amount: Option<u64>,
    pub currency: Option<&'static str>,
    pub per: Option<String>,
    pub note: Option<String>,
}

/// One fee line: `Miễn phí`, `Không thu lệ phí`, `Lệ phí: 50.000 đồng`,
/// `Phí: 8.000 đồng/bản sao`, `50.000 đồng` (a charge), or words (kept as the note);
/// with an issue when the line has a number that is not an amount.
pub fn fee(text: &str) -> (Fee, Option<Issue>) {
    let t = tidy(text);
    let f = Folded::new(&t);
    let free: [(&str, &'static str); 8] = [
        ("mien phi", "fee"),
        ("mien le phi", "charge"),
        ("khong thu phi", "fee"),
        ("khong thu le phi", "charge"),
        ("khong phai nop phi", "fee"),
        ("khong phai nop le phi", "charge"),
        ("khong mat phi", "fee"),
        ("khong co", "charge"),
    ];
    if let Some(&(phrase, kind)) = free.iter().find(|(p, _)| f.starts_with(p)) {
        let rest = tidy(&f.slice(phrase.chars().count(), f.original.len()));
        let fee = Fee {
            kind,
            amount: Some(0),
            currency: Some("VND"),
            per: None,
            note: (!rest.is_empty()).then_some(t),
        };
        return (fee, None);
    }
    let (kind, body) = if f.starts_with("le phi") {
        ("charge", tidy(&f.slice(6, f.original.len())))
    } else if f.starts_with("phi") {
        ("fee", tidy(&f.slice(3, f.original.len())))
    } else {
        ("charge", t.clone())
    };
    let mut fee = Fee {
        kind,
        amount: None,
        currency: None,
        per: None,
        note: None,
    };
    match amount(&body) {
        Some((amount, currency, rest)) => {
            fee.amount = Some(amount);
            fee.currency = Some(currency);
            let rest = rest.trim();
            let (per, note) = match rest.strip_prefix('/') {
                Some(per) => match per.find(['(', ',', ';']) {
                    Some(at) => (tidy(&per[..at]), tidy(&per[at..])),
                    None => (tidy(per), String::new()),
                },
                None => (String::new(), tidy(rest)),
            };
            let per = per.strip_prefix("mỗi ").map(str::to_string).unwrap_or(per);
            fee.per = (!per.is_empty()).then_some(per);
            fee.note = (!note.is_empty()).then_some(note);
            (fee, None)
        }
        None => {
            fee.note = Some(t.clone());
            let issue = t
                .chars()
                .any(|c| c.is_ascii_digit())
                .then_some(Issue::Amount(t));
            (fee, issue)
        }
    }
}

/// `50.000 đồng`, `50,000 VNĐ`, `50 000đ`, `10 USD`, `8000`: the amount, its currency and
/// the text after them. A number without a currency word is in đồng.
fn amount(text: &str) -> Option<(u64, &'static str, String)> {
    let t = text.trim();
    let start = t.find(|c: char| c.is_ascii_digit())?;
    // Only words of no meaning before the number ("mức", "là", "thu").
    let before = folded(&t[..start]);
    if !before
        .split_whitespace()
        .all(|w| matches!(w, "muc" | "la" | "thu" | "muc thu" | "tong"))
    {
        return None;
    }
    let mut end = start;
    let mut digits = String::new();
    let bytes = t.as_bytes();
    while end < t.len() {
        let b = bytes[end];
        if b.is_ascii_digit() {
            digits.push(b as char);
            end += 1;
        } else if matches!(b, b'.' | b',' | b' ')
            && bytes
                .get(end + 1..end + 4)
                .is_some_and(|d| d.iter().all(u8::is_ascii_digit))
            && bytes.get(end + 4).is_none_or(|d| !d.is_ascii_digit())
        {
            end += 1;
        } else {
            break;
        }
    }
    let value: u64 = digits.parse().ok()?;
    // "1,5 triệu", "2.5": a fraction is not an amount in đồng.
    if matches!(bytes.get(end), Some(b'.' | b','))
        && bytes.get(end + 1).is_some_and(u8::is_ascii_digit)
    {
        return None;
    }
    let after = Folded::new(t[end..].trim_start());
    let currencies: [(&str, &'static str); 5] = [
        ("dong", "VND"),
        ("vnd", "VND"),
        ("d", "VND"),
        ("usd", "USD"),
        ("do la my", "USD"),
    ];
    for (word, code) in currencies {
        if after.starts_with(word) {
            let rest = after.slice(word.chars().count(), after.original.len());
            return Some((value, code, rest));
        }
    }
    // A bare number: đồng, if nothing but a unit or a note follows.
    let rest = after.slice(0, after.original.len());
    if rest.trim().is_empty() || rest.trim_start().starts_with(['/', '(', ',', ';']) {
        return Some((value, "VND", rest));
    }
    None
}

/// One document line of `Thành phần hồ sơ`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Document {
    pub name: String,
    pub originals: Option<u64>,
    pub copies: Option<u64>,
    pub certified_copy: bool,
    pub original_or_certified_copy: bool,
    pub show: bool,
    pub optional: bool,
}

/// `Tờ khai (01 bản chính)`, `Giấy chứng sinh: 01 bản chính hoặc bản sao có chứng thực`,
/// `02 bản sao có chứng thực Sổ hộ khẩu`, `Xuất trình thẻ căn cước`, `… (nếu có)`.
pub fn document(line: &str) -> Document {
    let (_, text) = unbullet(line);
    let mut doc = Document::default();
    let mut text = text;
    let f = Folded::new(&text);
    if f.starts_with("xuat trinh") {
        doc.show = true;
        text = tidy(&f.slice(10, f.original.len()));
    }
    // "(nếu có)", "if any": the paper is optional.
    let f = Folded::new(&text);
    if let Some(at) = f.find("neu co", 0) {
        doc.optional = true;
        text = tidy(&f.without(at, at + 6));
    }
    // Longest phrases first: "bản chính hoặc bản sao có chứng thực" before "bản chính".
    type Apply = fn(&mut Document, u64);
    let phrases: [(&str, Apply); 7] = [
        ("ban chinh hoac ban sao co chung thuc", |d, n| {
            d.originals = Some(n);
            d.original_or_certified_copy = true;
        }),
        ("ban chinh hoac ban sao chung thuc", |d, n| {
            d.originals = Some(n);
            d.original_or_certified_copy = true;
        }),
        ("ban sao co chung thuc", |d, n| {
            d.copies = Some(n);
            d.certified_copy = true;
        }),
        ("ban sao chung thuc", |d, n| {
            d.copies = Some(n);
            d.certified_copy = true;
        }),
        ("ban chinh", |d, n| d.originals = Some(n)),
        ("ban goc", |d, n| d.originals = Some(n)),
        ("ban sao", |d, n| d.copies = Some(n)),
    ];
    for (phrase, apply) in phrases {
        let f = Folded::new(&text);
        let mut from = 0;
        while let Some(at) = f.find(phrase, from) {
            from = at + 1;
            // A count right before the phrase ("01 bản chính"), else one.
            let mut j = at;
            while j > 0 && f.folded[j - 1] == ' ' {
                j -= 1;
            }
            let mut k = j;
            while k > 0 && f.folded[k - 1].is_ascii_digit() {
                k -= 1;
            }
            let counted = k < j;
            let count = if counted {
                f.slice(k, j).parse().unwrap_or(1)
            } else {
                1
            };
            let end = at + phrase.chars().count();
            // Without a number, only a phrase standing apart after the name is a count
            // ("Giấy khai sinh (bản chính)", "Giấy khai sinh: bản sao"); "Bản sao Giấy
            // khai sinh" is the paper's name.
            let before = f.slice(0, at);
            let before = before.trim_end();
            let after = tidy(&f.slice(end, f.original.len()));
            let alone = counted
                || (!before.is_empty()
                    && (after.is_empty() || before.ends_with(['(', ':', ',', '-', '–'])));
            if !alone {
                continue;
            }
            apply(&mut doc, count);
            text = tidy(&f.without(if counted { k } else { at }, end));
            break;
        }
    }
    doc.name = tidy(&text);
    doc
}

/// Whether a line speaks of a case ("Trường hợp …", "Nếu …", "Đối với …"): the importer
/// never turns that into a question or a condition.
pub fn is_case(line: &str) -> bool {
    let (_, text) = unbullet(line);
    let f = Folded::new(&text);
    ["truong hop", "neu", "doi voi"]
        .iter()
        .any(|p| f.starts_with(p))
}

/// A heading inside a cell ("Giấy tờ phải xuất trình:"): a line ending with `:`.
pub fn heading(line: &str) -> Option<bool> {
    let t = line.trim();
    if !t.ends_with(':') || is_case(t) {
        return None;
    }
    Some(folded(t).contains("xuat trinh"))
}

/// A step line: `Bước 1: Nộp hồ sơ` → `Nộp hồ sơ`.
pub fn step_title(line: &str) -> String {
    let f = Folded::new(line.trim());
    if f.starts_with("buoc") {
        let mut i = 4;
        while f.folded.get(i).is_some_and(|c| c.is_whitespace()) {
            i += 1;
        }
        let digits = i;
        while f.folded.get(i).is_some_and(char::is_ascii_digit) {
            i += 1;
        }
        if i > digits {
            return tidy(&f.slice(i, f.original.len()));
        }
    }
    tidy(line)
}

/// One legal document: its number (`60/2014/QH13`) and date of issue (`ngày 20/11/2014`,
/// `ngày 20 tháng 11 năm 2014`) when the line has them.
pub fn legal_basis(line: &str) -> (Option<String>, Option<String>) {
    let words: Vec<&str> = line.split_whitespace().collect();
    let code = words.iter().find_map(|w| {
        let w = w.trim_matches(|c: char| ",;:()".contains(c) || c == '.');
        let parts: Vec<&str> = w.split('/').collect();
        (parts.len() >= 3
            && parts[0].chars().all(|c| c.is_ascii_digit())
            && !parts[0].is_empty()
            && parts[1].len() == 4
            && parts[1].chars().all(|c| c.is_ascii_digit())
            && parts[2].chars().next().is_some_and(char::is_alphabetic))
        .then(|| w.to_string())
    });
    (code, issued(line))
}

fn issued(line: &str) -> Option<String> {
    let f = folded(line);
    let at = f.find("ngay ")?;
    let rest = &f[at + 5..];
    let nums: Vec<u32> = rest
        .split(|c: char| !c.is_ascii_digit())
        .filter(|s| !s.is_empty())
        .take(3)
        .filter_map(|s| s.parse().ok())
        .collect();
    let [d, m, y] = nums[..] else {
        return None;
    };
    // Only when the date follows "ngày" directly: "20/11/2014", "20 tháng 11 năm 2014".
    let shaped = rest.starts_with(|c: char| c.is_ascii_digit())
        && (rest.contains(&format!("{d}/{m}/{y}"))
            || rest.contains(&format!("{d:02}/{m:02}/{y}"))
            || rest.contains("thang"));
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    };
    (shaped && (1900..=2100).contains(&y) && (1..=days).contains(&d))
        .then(|| format!("{y:04}-{m:02}-{d:02}"))
}

/// The number of sets (`Số bộ hồ sơ`): `01 bộ`, `1`.
pub fn sets(cell: &str) -> Option<u64> {
    let t = cell.trim();
    let digits: String = t.chars().take_while(char::is_ascii_digit).collect();
    let rest = folded(&t[digits.len()..]);
    let n: u64 = digits.parse().ok()?;
    (n >= 1 && matches!(rest.trim(), "" | "bo" | "bo ho so")).then_some(n)
}

/// Keywords: one per line, or separated by `;` or `,`.
pub fn keywords(cell: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for k in cell.split(['\n', '\r', ';', ',']) {
        let k = tidy(k);
        if !k.is_empty() && !out.contains(&k) {
            out.push(k);
        }
    }
    out
}
