//! Words people meet in procedures and may not know (CCCD, VNeID, bản sao chứng thực,
//! mức độ 3/4 …), explained in plain Vietnamese and English. The widget lists, next to
//! a view, the terms that actually appear in that procedure's text.

use super::Lang;
use crate::catalogue::model::{Procedure, Text};
use crate::text::lower_exact;

/// One explained term.
#[derive(Debug, PartialEq, Eq)]
pub struct Term {
    /// How the term is written, in lower case (any of them found counts).
    pub written: &'static [&'static str],
    pub vi_name: &'static str,
    pub vi: &'static str,
    pub en_name: &'static str,
    pub en: &'static str,
}

impl Term {
    pub fn name(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Vi => self.vi_name,
            Lang::En => self.en_name,
        }
    }

    pub fn explanation(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Vi => self.vi,
            Lang::En => self.en,
        }
    }
}

pub const TERMS: &[Term] = &[
    Term {
        written: &["cccd", "căn cước công dân", "thẻ căn cước"],
        vi_name: "CCCD, thẻ căn cước",
        vi: "Thẻ căn cước công dân; từ ngày 1/7/2024 gọi là thẻ căn cước. Số trên thẻ là số định danh cá nhân.",
        en_name: "CCCD, identity card",
        en: "The citizen identity card (căn cước công dân), called simply identity card (thẻ căn cước) since 1 July 2024. Its number is the personal ID number.",
    },
    Term {
        written: &["vneid"],
        vi_name: "VNeID",
        vi: "Ứng dụng định danh điện tử quốc gia của Bộ Công an. Tài khoản định danh điện tử mức 2 dùng để nộp hồ sơ trực tuyến và xuất trình giấy tờ điện tử.",
        en_name: "VNeID",
        en: "The national electronic ID app of the Ministry of Public Security. A level-2 account lets you apply online and show your papers electronically.",
    },
    Term {
        written: &["định danh cá nhân"],
        vi_name: "Số định danh cá nhân",
        vi: "Dãy 12 chữ số cấp cho mỗi công dân, cũng là số thẻ căn cước.",
        en_name: "Personal ID number",
        en: "The 12-digit number every citizen has; it is also the identity card number.",
    },
    Term {
        written: &["chứng thực"],
        vi_name: "Bản sao có chứng thực",
        vi: "Bản sao được UBND xã, phường hoặc cơ quan đại diện ở nước ngoài (hoặc tổ chức hành nghề công chứng) xác nhận là đúng với bản chính.",
        en_name: "Certified copy (bản sao có chứng thực)",
        en: "A copy confirmed as true to the original by a ward or commune People's Committee, a notary office or a mission abroad.",
    },
    Term {
        written: &["bản chính"],
        vi_name: "Bản chính",
        vi: "Giấy tờ gốc do cơ quan có thẩm quyền cấp (không phải bản sao).",
        en_name: "Original (bản chính)",
        en: "The paper as the authority issued it, not a copy.",
    },
    Term {
        written: &["xuất trình"],
        vi_name: "Xuất trình",
        vi: "Đưa cho cán bộ xem để đối chiếu rồi nhận lại, không nộp vào hồ sơ.",
        en_name: "Show (xuất trình)",
        en: "Show the paper to the officer, who checks it and gives it back; it is not handed in.",
    },
    Term {
        written: &["ủy quyền", "uỷ quyền"],
        vi_name: "Ủy quyền",
        vi: "Cho người khác làm thay mình; thường cần văn bản ủy quyền có chứng thực.",
        en_name: "Authorisation (ủy quyền)",
        en: "Letting someone else act for you; usually needs a certified letter of authorisation.",
    },
    Term {
        written: &["mức độ 3", "một phần"],
        vi_name: "Mức độ 3 – một phần",
        vi: "Nộp hồ sơ trực tuyến; một phần việc còn lại (nộp phí, xuất trình bản chính hoặc nhận kết quả) vẫn làm trực tiếp hoặc qua bưu chính.",
        en_name: "Level 3 – partly online (một phần)",
        en: "You apply online; part of the rest (paying, showing originals or collecting the result) is still done in person or by post.",
    },
    Term {
        written: &["mức độ 4", "toàn trình"],
        vi_name: "Mức độ 4 – toàn trình",
        vi: "Làm toàn bộ trực tuyến, kể cả nộp phí; kết quả gửi bản điện tử hoặc qua bưu chính.",
        en_name: "Level 4 – fully online (toàn trình)",
        en: "Everything is done online, payment included; the result comes electronically or by post.",
    },
    Term {
        written: &["bưu chính công ích"],
        vi_name: "Dịch vụ bưu chính công ích",
        vi: "Dịch vụ của bưu điện (VNPost) nhận hồ sơ và trả kết quả tận nơi thay bạn đến cơ quan.",
        en_name: "Public postal service (bưu chính công ích)",
        en: "The post office (VNPost) takes your file to the agency and brings the result back to you.",
    },
    Term {
        written: &["lltp", "lý lịch tư pháp"],
        vi_name: "Phiếu lý lịch tư pháp (LLTP)",
        vi: "Giấy xác nhận một người có hay không có án tích. Phiếu số 1 cấp cho cá nhân, cơ quan; Phiếu số 2 ghi đầy đủ án tích, chỉ cấp cho chính người đó.",
        en_name: "Criminal-record certificate (LLTP)",
        en: "A paper saying whether a person has a criminal record. Form 1 is issued to the person or an agency; form 2 lists everything and is issued only to the person.",
    },
    Term {
        written: &["một cửa"],
        vi_name: "Bộ phận một cửa",
        vi: "Quầy tiếp nhận hồ sơ và trả kết quả của cơ quan.",
        en_name: "One-stop desk (bộ phận một cửa)",
        en: "The agency's desk where files are handed in and results collected.",
    },
];

/// The terms that appear in `texts`, in table order, each once.
pub fn terms_in<'a>(texts: impl IntoIterator<Item = &'a Text>) -> Vec<&'static Term> {
    let mut hay = String::new();
    for text in texts {
        for (_, s) in text.entries() {
            hay.push_str(&lower_exact(s));
            hay.push('\n');
        }
    }
    TERMS
        .iter()
        .filter(|term| term.written.iter().any(|w| hay.contains(w)))
        .collect()
}

/// Every text a person reads on a procedure's pages.
pub fn procedure_texts(p: &Procedure) -> Vec<&Text> {
    let mut out: Vec<&Text> = vec![&p.name];
    out.extend(p.summary.iter());
    out.extend(p.requirements.iter());
    out.extend(p.result.iter());
    for c in &p.channels {
        out.extend(c.notes.iter());
        out.extend(c.where_.iter());
    }
    for d in &p.documents {
        out.push(&d.name);
        out.extend(d.notes.iter());
        out.extend(d.data_lookup.iter());
        for alt in &d.one_of {
            out.push(&alt.name);
            out.extend(alt.notes.iter());
            out.extend(alt.all_of.iter().map(|part| &part.name));
        }
    }
    for s in &p.steps {
        out.push(&s.title);
        out.extend(s.detail.iter());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::load_catalogue;

    #[test]
    fn finds_the_jargon_a_procedure_uses() {
        let c = load_catalogue(include_bytes!("../../../../www/catalogue.json"))
            .catalogue
            .expect("sample loads");
        let lltp = c.procedure("3.000333").expect("LLTP");
        let names: Vec<_> = terms_in(procedure_texts(lltp))
            .iter()
            .map(|t| t.vi_name)
            .collect();
        assert!(names.contains(&"Phiếu lý lịch tư pháp (LLTP)"), "{names:?}");
        assert!(names.contains(&"VNeID"), "{names:?}");
        let none = terms_in([&Text::new(Lang::Vi, "Đăng ký kết hôn")]);
        assert!(none.is_empty());
    }

    #[test]
    fn every_term_is_explained_in_both_languages() {
        for term in TERMS {
            assert!(!term.vi.is_empty() && !term.en.is_empty());
            for w in term.written {
                assert_eq!(*w, lower_exact(w), "written forms are lower case NFC");
            }
        }
    }
}
