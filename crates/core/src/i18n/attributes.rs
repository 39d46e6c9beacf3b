//! Messages for attribute values the widget could not use (`crate::attributes`),
//! written for the webmaster who set them: the attribute, the value, what is allowed
//! and what the widget does instead.

use crate::attributes::{Allowed, AttributeProblem, IdKind};
use crate::i18n::Lang;

/// One sentence (or two) about `problem` in `lang`.
pub fn attribute_problem(lang: Lang, problem: &AttributeProblem) -> String {
    let mut s = String::new();
    let named = |s: &mut String| {
        s.push_str(problem.attribute);
        s.push_str("=\"");
        s.push_str(&problem.value);
        s.push('"');
    };
    match (lang, &problem.allowed) {
        (Lang::Vi, Allowed::CatalogueIds { kind, .. }) => {
            s.push_str("Thuộc tính ");
            named(&mut s);
            s.push_str(" không có trong danh mục. ");
            s.push_str(match kind {
                IdKind::Agency | IdKind::Office => "Mã cơ quan hợp lệ, ví dụ: ",
                IdKind::Field => "Mã lĩnh vực hợp lệ, ví dụ: ",
                IdKind::Procedure => "Mã thủ tục hợp lệ, ví dụ: ",
            });
        }
        (Lang::En, Allowed::CatalogueIds { kind, .. }) => {
            s.push_str("The attribute ");
            named(&mut s);
            s.push_str(" is not in the catalogue. ");
            s.push_str(match kind {
                IdKind::Agency | IdKind::Office => "Valid agency ids include: ",
                IdKind::Field => "Valid field ids include: ",
                IdKind::Procedure => "Valid procedure codes include: ",
            });
        }
        (Lang::Vi, _) => {
            s.push_str("Thuộc tính ");
            named(&mut s);
            s.push_str(" không hợp lệ. Giá trị được chấp nhận: ");
        }
        (Lang::En, _) => {
            s.push_str("The attribute ");
            named(&mut s);
            s.push_str(" is not valid. Allowed values: ");
        }
    }
    match &problem.allowed {
        Allowed::Words(words) => s.push_str(&words.join(", ")),
        Allowed::Range(low, high) => {
            s.push_str(match lang {
                Lang::Vi => "số nguyên từ ",
                Lang::En => "a whole number from ",
            });
            s.push_str(&low.to_string());
            s.push_str(match lang {
                Lang::Vi => " đến ",
                Lang::En => " to ",
            });
            s.push_str(&high.to_string());
        }
        Allowed::CatalogueIds {
            examples, total, ..
        } => {
            s.push_str(&examples.join(", "));
            let more = total.saturating_sub(examples.len());
            if more > 0 {
                s.push_str(match lang {
                    Lang::Vi => " (và ",
                    Lang::En => " (and ",
                });
                s.push_str(&more.to_string());
                s.push_str(match lang {
                    Lang::Vi => " mã khác)",
                    Lang::En => " more)",
                });
            }
        }
    }
    s.push_str(". ");
    s.push_str(match (lang, &problem.allowed) {
        (
            Lang::Vi,
            Allowed::CatalogueIds {
                kind: IdKind::Procedure,
                ..
            },
        ) => "Tiện ích hiển thị danh sách thủ tục.",
        (
            Lang::En,
            Allowed::CatalogueIds {
                kind: IdKind::Procedure,
                ..
            },
        ) => "The widget shows the list of procedures.",
        (
            Lang::Vi,
            Allowed::CatalogueIds {
                kind: IdKind::Office,
                ..
            },
        ) => "Tiện ích liệt kê các nơi nộp hồ sơ theo tên, không đưa nơi nào lên đầu.",
        (
            Lang::En,
            Allowed::CatalogueIds {
                kind: IdKind::Office,
                ..
            },
        ) => "The widget lists the offices by name, none first.",
        (Lang::Vi, Allowed::CatalogueIds { .. }) => "Tiện ích hiển thị mọi thủ tục.",
        (Lang::En, Allowed::CatalogueIds { .. }) => "The widget shows every procedure.",
        (Lang::Vi, _) => "Tiện ích dùng giá trị mặc định.",
        (Lang::En, _) => "The widget uses the default.",
    });
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_problem_reads_well_in_both_languages() {
        let p = AttributeProblem {
            attribute: "lang",
            value: "fr".into(),
            allowed: Allowed::Words(&["vi", "en"]),
        };
        assert_eq!(
            attribute_problem(Lang::Vi, &p),
            "Thuộc tính lang=\"fr\" không hợp lệ. Giá trị được chấp nhận: vi, en. Tiện ích dùng giá trị mặc định."
        );
        assert_eq!(
            attribute_problem(Lang::En, &p),
            "The attribute lang=\"fr\" is not valid. Allowed values: vi, en. The widget uses the default."
        );
    }

    #[test]
    fn ranges_and_catalogue_ids_name_what_is_allowed() {
        let p = AttributeProblem {
            attribute: "forget-after-days",
            value: "0".into(),
            allowed: Allowed::Range(1, 3650),
        };
        assert!(attribute_problem(Lang::Vi, &p).contains("số nguyên từ 1 đến 3650"));
        let p = AttributeProblem {
            attribute: "agency",
            value: "so-x".into(),
            allowed: Allowed::CatalogueIds {
                kind: IdKind::Agency,
                examples: vec!["a".into(), "b".into()],
                total: 170,
            },
        };
        assert_eq!(
            attribute_problem(Lang::Vi, &p),
            "Thuộc tính agency=\"so-x\" không có trong danh mục. Mã cơ quan hợp lệ, ví dụ: a, b (và 168 mã khác). Tiện ích hiển thị mọi thủ tục."
        );
        assert_eq!(
            attribute_problem(Lang::En, &p),
            "The attribute agency=\"so-x\" is not in the catalogue. Valid agency ids include: a, b (and 168 more). The widget shows every procedure."
        );
    }

    #[test]
    fn an_unknown_office_says_the_offices_keep_their_order() {
        let p = AttributeProblem {
            attribute: "office",
            value: "phuong-x".into(),
            allowed: Allowed::CatalogueIds {
                kind: IdKind::Office,
                examples: vec!["a".into()],
                total: 1,
            },
        };
        assert_eq!(
            attribute_problem(Lang::Vi, &p),
            "Thuộc tính office=\"phuong-x\" không có trong danh mục. Mã cơ quan hợp lệ, ví dụ: a. Tiện ích liệt kê các nơi nộp hồ sơ theo tên, không đưa nơi nào lên đầu."
        );
        assert_eq!(
            attribute_problem(Lang::En, &p),
            "The attribute office=\"phuong-x\" is not in the catalogue. Valid agency ids include: a. The widget lists the offices by name, none first."
        );
    }
}
