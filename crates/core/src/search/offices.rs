//! The office picker's search: current and former ward names, word-prefix matching.

use crate::catalogue::model::{Agency, Text};
use crate::text::fold_into;

/// An office found by the office picker, and the former unit that matched, if it was
/// found by an old address ("Phường 9 (Quận 3)" → Phường Nhiêu Lộc).
#[derive(Clone, Debug, PartialEq)]
pub struct OfficeMatch<'a> {
    pub agency: &'a Agency,
    pub via: Option<&'a Text>,
}

/// Offices whose name, code or one former unit holds every word of `query`, each word
/// as the start of a word there (so "9" finds "Phường 9" but not "Phường 19"). Matches
/// by name come first, then by former unit; each group keeps the given order. An empty
/// query gives every office.
pub fn find_offices<'a>(offices: &[&'a Agency], query: &str) -> Vec<OfficeMatch<'a>> {
    let mut folded = String::with_capacity(query.len());
    fold_into(query, &mut folded);
    let words: Vec<&str> = folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let mut by_name = Vec::new();
    let mut by_former = Vec::new();
    let mut hay = String::new();
    let holds_all = |hay: &str| {
        words.iter().all(|w| {
            hay.split(|c: char| !c.is_alphanumeric())
                .any(|word| word.starts_with(w))
        })
    };
    for &agency in offices {
        hay.clear();
        for (_, name) in agency.name.entries() {
            fold_into(name, &mut hay);
            hay.push(' ');
        }
        if let Some(code) = &agency.code {
            hay.push_str(code);
        }
        if holds_all(&hay) {
            by_name.push(OfficeMatch { agency, via: None });
            continue;
        }
        let former = agency.formerly.iter().find(|f| {
            hay.clear();
            for (_, name) in f.entries() {
                fold_into(name, &mut hay);
                hay.push(' ');
            }
            holds_all(&hay)
        });
        if let Some(f) = former {
            by_former.push(OfficeMatch {
                agency,
                via: Some(f),
            });
        }
    }
    by_name.extend(by_former);
    by_name
}

#[cfg(test)]
mod office_tests {
    use super::*;
    use crate::catalogue::load_catalogue;
    use crate::catalogue::model::{Catalogue, Level};

    fn wards(c: &Catalogue) -> Vec<&Agency> {
        c.agencies
            .iter()
            .filter(|a| a.level == Some(Level::Commune))
            .collect()
    }

    fn first_id(found: &[OfficeMatch]) -> Option<String> {
        found.first().map(|m| m.agency.id.clone())
    }

    #[test]
    fn finds_an_office_by_the_old_address_people_know() {
        let c = load_catalogue(include_bytes!("../../../../www/catalogue.json"))
            .catalogue
            .unwrap();
        let all = wards(&c);
        assert_eq!(all.len(), 168);
        let found = find_offices(&all, "Phường 9, Quận 3");
        assert_eq!(first_id(&found).as_deref(), Some("phuong-nhieu-loc"));
        assert!(found[0].via.is_some(), "found through its former unit");
        let found = find_offices(&all, "phuong 9 quan 3");
        assert_eq!(first_id(&found).as_deref(), Some("phuong-nhieu-loc"));
        // "9" is a word start, not any digit run: no ward formed from a Phường 19 only.
        assert!(found.iter().all(|m| m
            .via
            .is_none_or(|v| v.get(crate::i18n::Lang::Vi).0.contains("Phường 9 "))));
    }

    #[test]
    fn finds_by_name_without_accents_and_by_code() {
        let c = load_catalogue(include_bytes!("../../../../www/catalogue.json"))
            .catalogue
            .unwrap();
        let all = wards(&c);
        assert_eq!(
            first_id(&find_offices(&all, "nhieu loc")).as_deref(),
            Some("phuong-nhieu-loc")
        );
        let code = c
            .agency("phuong-nhieu-loc")
            .and_then(|a| a.code.clone())
            .unwrap();
        assert_eq!(
            first_id(&find_offices(&all, &code)).as_deref(),
            Some("phuong-nhieu-loc")
        );
        assert_eq!(find_offices(&all, "").len(), 168);
        assert!(find_offices(&all, "khong co phuong nay").is_empty());
        // A name match ranks ahead of a match through a former unit.
        let found = find_offices(&all, "thu duc");
        assert!(found[0].via.is_none(), "{:?}", found[0].agency.id);
    }
}
