//! Finding procedures: accent-insensitive matching over folded names, codes and
//! keywords, combined with filters by field and agency.
//!
//! The haystacks are folded once when the index is built, so a keystroke only folds
//! the query and scans. Every word of the query must appear (in any order): people
//! type "khai sinh dang ky" as often as "dang ky khai sinh". Ranking comes with the
//! search issue; for now results keep catalogue order.

use crate::catalogue::model::{Agency, AgencyRef, Catalogue, Procedure, Text};
use crate::text::fold_into;

/// What the person restricted the list to, besides the text query.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filters {
    /// A field (lĩnh vực) id.
    pub field: Option<String>,
    /// An agency id: procedures it carries out, directly or through its level.
    pub agency: Option<String>,
}

impl Filters {
    /// The embed's restriction (`agency` / `field` attributes), keeping only ids the
    /// catalogue holds: an unknown one restricts nothing (the widget reports it).
    pub fn scope(catalogue: &Catalogue, agency: Option<&str>, field: Option<&str>) -> Filters {
        Filters {
            field: field
                .filter(|f| catalogue.fields.iter().any(|x| x.id == *f))
                .map(str::to_owned),
            agency: agency
                .filter(|a| catalogue.agency(a).is_some())
                .map(str::to_owned),
        }
    }

    /// The person's filters within the embed's `scope`: what the scope fixes, the
    /// person cannot widen.
    pub fn within(&self, scope: &Filters) -> Filters {
        Filters {
            field: scope.field.clone().or_else(|| self.field.clone()),
            agency: scope.agency.clone().or_else(|| self.agency.clone()),
        }
    }
}

/// Folded text of every procedure, built once per catalogue.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SearchIndex {
    haystacks: Vec<String>,
}

impl SearchIndex {
    pub fn new(catalogue: &Catalogue) -> SearchIndex {
        let haystacks = catalogue
            .procedures
            .iter()
            .map(|p| {
                let mut hay = String::new();
                push_text(&mut hay, &p.id);
                for (_, name) in p.name.entries() {
                    push_text(&mut hay, name);
                }
                for keyword in &p.keywords {
                    for (_, word) in keyword.entries() {
                        push_text(&mut hay, word);
                    }
                }
                hay
            })
            .collect();
        SearchIndex { haystacks }
    }

    /// Positions in `catalogue.procedures` of the procedures matching `query` and
    /// `filters`, in catalogue order. An empty query matches everything.
    pub fn find(&self, catalogue: &Catalogue, query: &str, filters: &Filters) -> Vec<usize> {
        let mut folded = String::with_capacity(query.len());
        fold_into(query, &mut folded);
        let words: Vec<&str> = folded.split_whitespace().collect();
        catalogue
            .procedures
            .iter()
            .enumerate()
            .filter(|(i, p)| {
                passes(catalogue, p, filters)
                    && self
                        .haystacks
                        .get(*i)
                        .is_some_and(|hay| words.iter().all(|w| hay.contains(w)))
            })
            .map(|(i, _)| i)
            .collect()
    }
}

fn push_text(hay: &mut String, text: &str) {
    hay.push(' ');
    fold_into(text, hay);
}

fn passes(catalogue: &Catalogue, procedure: &Procedure, filters: &Filters) -> bool {
    if let Some(field) = &filters.field {
        if procedure.field.as_deref() != Some(field.as_str()) {
            return false;
        }
    }
    if let Some(agency_id) = &filters.agency {
        let level = catalogue.agency(agency_id).and_then(|a| a.level);
        let served = procedure.agencies.iter().any(|r| match r {
            AgencyRef::Id(id) => id == agency_id,
            AgencyRef::Level(l) => Some(*l) == level,
        });
        if !served {
            return false;
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::load_catalogue;

    fn sample() -> Catalogue {
        let loaded = load_catalogue(include_bytes!("../../../www/catalogue.json"));
        loaded.catalogue.expect("the sample catalogue loads")
    }

    #[test]
    fn the_embed_scope_keeps_known_ids_and_cannot_be_widened() {
        let c = sample();
        let scope = Filters::scope(&c, Some("so-tu-phap-tphcm"), Some("khong-co"));
        assert_eq!(scope.agency.as_deref(), Some("so-tu-phap-tphcm"));
        assert_eq!(scope.field, None, "an unknown field restricts nothing");
        let person = Filters {
            field: Some("ho-tich".into()),
            agency: Some("cong-an-tphcm".into()),
        };
        let effective = person.within(&scope);
        assert_eq!(effective.agency.as_deref(), Some("so-tu-phap-tphcm"));
        assert_eq!(effective.field.as_deref(), Some("ho-tich"));
        let index = SearchIndex::new(&c);
        let scoped = index.find(&c, "", &Filters::default().within(&scope));
        assert!(!scoped.is_empty() && scoped.len() < c.procedures.len());
        assert!(scoped.iter().all(|&i| passes(&c, &c.procedures[i], &scope)));
    }

    fn ids(c: &Catalogue, found: &[usize]) -> Vec<String> {
        found.iter().map(|&i| c.procedures[i].id.clone()).collect()
    }

    #[test]
    fn accent_insensitive_words_in_any_order() {
        let c = sample();
        let index = SearchIndex::new(&c);
        let none = Filters::default();
        for query in [
            "dang ky khai sinh",
            "Đăng ký khai sinh",
            "khai sinh dang ky",
            "ĐĂNG KÝ KHAI SINH",
        ] {
            let found = ids(&c, &index.find(&c, query, &none));
            assert!(found.contains(&"1.001193".to_owned()), "{query}: {found:?}");
            assert!(
                !found.contains(&"1.000894".to_owned()),
                "{query}: {found:?}"
            );
        }
    }

    #[test]
    fn codes_and_keywords() {
        let c = sample();
        let index = SearchIndex::new(&c);
        let none = Filters::default();
        assert_eq!(
            ids(&c, &index.find(&c, "1.001193", &none)),
            vec!["1.001193"]
        );
        assert!(ids(&c, &index.find(&c, "LLTP", &none)).contains(&"3.000333".to_owned()));
        assert!(ids(&c, &index.find(&c, "giay doc than", &none)).contains(&"1.004873".to_owned()));
        assert!(index.find(&c, "zzzz khong co", &none).is_empty());
        assert_eq!(index.find(&c, "  ", &none).len(), c.procedures.len());
    }

    #[test]
    fn filters_by_field_and_agency() {
        let c = sample();
        let index = SearchIndex::new(&c);
        let police = Filters {
            agency: Some("cong-an-tphcm".into()),
            ..Filters::default()
        };
        assert_eq!(ids(&c, &index.find(&c, "", &police)), vec!["3.000333"]);
        // A ward serves every procedure open to "any commune-level office".
        let ward = Filters {
            agency: Some("phuong-nhieu-loc".into()),
            ..Filters::default()
        };
        let at_ward = ids(&c, &index.find(&c, "", &ward));
        assert!(
            at_ward.contains(&"1.001193".to_owned()) && !at_ward.contains(&"3.000333".to_owned())
        );
        let field = c.procedure("1.001193").and_then(|p| p.field.clone());
        let civil = Filters {
            field,
            ..Filters::default()
        };
        let found = ids(&c, &index.find(&c, "", &civil));
        assert!(found.contains(&"1.000894".to_owned()) && !found.contains(&"2.000815".to_owned()));
    }
}

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
    use crate::catalogue::model::Level;

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
        let c = load_catalogue(include_bytes!("../../../www/catalogue.json"))
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
        let c = load_catalogue(include_bytes!("../../../www/catalogue.json"))
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
