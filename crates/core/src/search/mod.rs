//! Finding procedures: a ranked, accent-insensitive search over codes, names, keywords,
//! fields, life events and agencies (`index`), combined with filters by field, agency,
//! online level and life event; and the office picker's search (`offices`).

mod index;
mod offices;
#[cfg(test)]
mod ranking_tests;

pub use index::SearchIndex;
pub use offices::{find_offices, office_place_start, order_offices, OfficeMatch};

use crate::catalogue::model::{AgencyRef, Catalogue, Level, OnlineLevel, Procedure};

/// What the person restricted the list to, besides the text query.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filters {
    /// A field (lĩnh vực) id.
    pub field: Option<String>,
    /// An agency id: procedures it carries out, directly or through its level.
    pub agency: Option<String>,
    /// Only procedures that can be done online at this level or higher (level 3
    /// "một phần" includes level 4 "toàn trình").
    pub online: Option<OnlineLevel>,
    /// A life event (nhóm sự kiện) id.
    pub life_event: Option<String>,
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
            ..Filters::default()
        }
    }

    /// The person's filters within the embed's `scope`: what the scope fixes, the
    /// person cannot widen.
    pub fn within(&self, scope: &Filters) -> Filters {
        let pick = |a: &Option<String>, b: &Option<String>| a.clone().or_else(|| b.clone());
        Filters {
            field: pick(&scope.field, &self.field),
            agency: pick(&scope.agency, &self.agency),
            online: scope.online.or(self.online),
            life_event: pick(&scope.life_event, &self.life_event),
        }
    }
}

/// What the filters need from the catalogue, looked up once per search rather than once
/// per procedure.
pub(crate) struct Resolved<'a> {
    agency_level: Option<Level>,
    /// The life event's procedure ids, sorted; `None` when no life event is asked for.
    event: Option<Vec<&'a str>>,
}

impl<'a> Resolved<'a> {
    pub(crate) fn new(catalogue: &'a Catalogue, filters: &Filters) -> Resolved<'a> {
        Resolved {
            agency_level: filters
                .agency
                .as_deref()
                .and_then(|a| catalogue.agency(a))
                .and_then(|a| a.level),
            event: filters.life_event.as_deref().map(|id| {
                let mut ids: Vec<&str> = catalogue
                    .life_events
                    .iter()
                    .filter(|e| e.id == id)
                    .flat_map(|e| e.procedures.iter().map(String::as_str))
                    .collect();
                ids.sort_unstable();
                ids
            }),
        }
    }
}

pub(crate) fn passes(
    _catalogue: &Catalogue,
    procedure: &Procedure,
    filters: &Filters,
    resolved: &Resolved,
) -> bool {
    if let Some(field) = &filters.field {
        if procedure.field.as_deref() != Some(field.as_str()) {
            return false;
        }
    }
    if let Some(agency_id) = &filters.agency {
        let served = procedure.agencies.iter().any(|r| match r {
            AgencyRef::Id(id) => id == agency_id,
            AgencyRef::Level(l) => Some(*l) == resolved.agency_level,
        });
        if !served {
            return false;
        }
    }
    if let Some(level) = filters.online {
        let online = procedure
            .channels
            .iter()
            .any(|c| c.online_level.is_some_and(|l| l.number() >= level.number()));
        if !online {
            return false;
        }
    }
    if let Some(ids) = &resolved.event {
        if ids.binary_search(&procedure.id.as_str()).is_err() {
            return false;
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::load_catalogue;
    use crate::i18n::Lang;

    fn sample() -> Catalogue {
        let loaded = load_catalogue(include_bytes!("../../../../www/catalogue.json"));
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
            ..Filters::default()
        };
        let effective = person.within(&scope);
        assert_eq!(effective.agency.as_deref(), Some("so-tu-phap-tphcm"));
        assert_eq!(effective.field.as_deref(), Some("ho-tich"));
        let index = SearchIndex::new(&c);
        let scoped = index.find(&c, "", &Filters::default().within(&scope));
        assert!(!scoped.is_empty() && scoped.len() < c.procedures.len());
        let resolved = Resolved::new(&c, &scope);
        assert!(scoped
            .iter()
            .all(|&i| passes(&c, &c.procedures[i], &scope, &resolved)));
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

    #[test]
    fn without_a_query_the_list_is_in_vietnamese_alphabetical_order() {
        let c = sample();
        let index = SearchIndex::new(&c);
        for lang in [crate::i18n::Lang::Vi, crate::i18n::Lang::En] {
            let listed = index.list(&c, " ", &Filters::default(), lang);
            assert_eq!(listed.len(), c.procedures.len());
            let names: Vec<&str> = listed
                .iter()
                .map(|&i| c.procedures[i].name.get(lang).0)
                .collect();
            for pair in names.windows(2) {
                assert_ne!(
                    crate::text::compare_vi(pair[0], pair[1]),
                    std::cmp::Ordering::Greater,
                    "{pair:?}"
                );
            }
        }
        // "Đăng ký…" comes after every "D…" and before "E…"; "Chứng thực…" before it.
        let vi = index.list(&c, "", &Filters::default(), crate::i18n::Lang::Vi);
        let pos = |id: &str| vi.iter().position(|&i| c.procedures[i].id == id);
        assert!(pos("2.000815") < pos("1.004222"));
        // With a query, the ranking decides.
        assert_eq!(
            index.list(&c, "khai sinh", &Filters::default(), crate::i18n::Lang::Vi)[0],
            index.find(&c, "khai sinh", &Filters::default())[0]
        );
    }

    #[test]
    fn a_life_event_lists_its_procedures_in_its_own_order() {
        let c = sample();
        let index = SearchIndex::new(&c);
        for event in &c.life_events {
            let filters = Filters {
                life_event: Some(event.id.clone()),
                ..Filters::default()
            };
            for lang in [Lang::Vi, Lang::En] {
                let listed = ids(&c, &index.list(&c, "", &filters, lang));
                assert_eq!(listed, event.procedures, "{}", event.id);
            }
        }
        // The birth event's order is not the alphabetical one, so the test can fail.
        let birth = c
            .life_events
            .iter()
            .find(|e| e.id == "khai-sinh")
            .expect("birth event");
        let alphabetical = ids(&c, &index.list(&c, "", &Filters::default(), Lang::Vi));
        let mut in_alphabetical_order = birth.procedures.clone();
        in_alphabetical_order.sort_by_key(|id| alphabetical.iter().position(|a| a == id));
        assert_ne!(in_alphabetical_order, birth.procedures);
    }

    #[test]
    fn online_and_life_event_filters() {
        let c = sample();
        let index = SearchIndex::new(&c);
        let full = Filters {
            online: Some(OnlineLevel::Full),
            ..Filters::default()
        };
        let found = index.find(&c, "", &full);
        assert!(!found.is_empty() && found.len() < c.procedures.len());
        for &i in &found {
            assert!(c.procedures[i]
                .channels
                .iter()
                .any(|ch| ch.online_level == Some(OnlineLevel::Full)));
        }
        let any_online = index.find(
            &c,
            "",
            &Filters {
                online: Some(OnlineLevel::Partial),
                ..Filters::default()
            },
        );
        assert!(any_online.len() >= found.len());
        if let Some(event) = c.life_events.first() {
            let by_event = ids(
                &c,
                &index.find(
                    &c,
                    "",
                    &Filters {
                        life_event: Some(event.id.clone()),
                        ..Filters::default()
                    },
                ),
            );
            assert!(!by_event.is_empty());
            assert!(by_event.iter().all(|id| event.procedures.contains(id)));
        }
    }

    #[test]
    fn ranked_the_way_people_expect() {
        let c = sample();
        let index = SearchIndex::new(&c);
        let none = Filters::default();
        let top = |q: &str| ids(&c, &index.find(&c, q, &none)).into_iter().next();
        // The plain procedure before the combined one that also names it.
        assert_eq!(top("dang ky khai sinh").as_deref(), Some("1.001193"));
        // Exact diacritics first: "bản sao" (copies) before anything merely "ban".
        assert_eq!(top("bản sao").as_deref(), Some("2.000815"));
        // A typo in a longer word, y/i spelling, and the word still being typed.
        assert_eq!(top("khai sinhh").as_deref(), Some("1.001193"));
        assert_eq!(top("lí lịch tư pháp").as_deref(), Some("3.000333"));
        assert_eq!(top("dang ky ket h").as_deref(), Some("1.000894"));
        // A withdrawn procedure comes after its replacement.
        assert_eq!(top("LLTP").as_deref(), Some("3.000333"));
        // A finished word is not a prefix: "ket" does not find "kết quả" through "ke".
        assert!(index.find(&c, "zzz ", &none).is_empty());
    }

    /// Near-namesakes, as in a national catalogue where every ward's copy of a procedure
    /// carries the same keywords: the procedure people mean must still come first.
    fn namesakes() -> Catalogue {
        let procedure = |id: &str, name: &str, keywords: &[&str], extra: &str| {
            let keywords: Vec<String> = keywords.iter().map(|k| format!("\"{k}\"")).collect();
            format!(
                r#"{{"id": "{id}", "name": "{name}", "keywords": [{}], "level": "commune",
                "agencies": [{{"level": "commune"}}], "channels": [{{"kind": "in_person"}}],
                "steps": [{{"id": "nop", "title": "Nộp hồ sơ"}}]{extra}}}"#,
                keywords.join(", ")
            )
        };
        let procedures = [
            procedure(
                "thu-hoi",
                "Thu hồi đăng ký thường trú trường hợp hết hạn",
                &["xóa thường trú", "hộ khẩu"],
                "",
            ),
            procedure(
                "thuong-tru",
                "Đăng ký thường trú",
                &["sổ hộ khẩu", "nhập hộ khẩu", "hộ khẩu", "thường trú"],
                "",
            ),
            procedure("lltp-nn", "Cấp Phiếu LLTP số 1 cho người nước ngoài", &["LLTP"], ""),
            procedure(
                "lltp",
                "Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam và người nước ngoài cư trú tại Việt Nam",
                &["LLTP"],
                "",
            ),
            procedure(
                "lltp-cu",
                "Cấp Phiếu lý lịch tư pháp tại Sở Tư pháp (cũ)",
                &["LLTP"],
                r#", "status": "withdrawn", "replaced_by": "lltp""#,
            ),
        ];
        let json = format!(
            r#"{{"format": "procedure-guide/1", "catalogue": {{"id": "t", "title": "T",
            "publisher": "P", "updated": "2025-07-01"}},
            "agencies": [{{"id": "ubnd", "name": "UBND phường", "level": "commune"}}],
            "procedures": [{}]}}"#,
            procedures.join(",")
        );
        let loaded = load_catalogue(json.as_bytes());
        let c = loaded.catalogue.expect("the test catalogue loads");
        assert!(loaded.diagnostics.is_empty(), "{:?}", loaded.diagnostics);
        assert_eq!(c.procedures.len(), 5);
        c
    }

    #[test]
    fn the_procedure_people_mean_comes_before_its_namesakes() {
        let c = namesakes();
        let index = SearchIndex::new(&c);
        let none = Filters::default();
        let top = |q: &str| ids(&c, &index.find(&c, q, &none)).into_iter().next();
        // The phrase is a whole keyword, though its first word matched the name first.
        assert_eq!(top("thuong tru").as_deref(), Some("thuong-tru"));
        // "hộ khẩu" is found whole after "sổ hộ khẩu" and "nhập hộ khẩu" began with it,
        // and the procedure that lists it in several keywords wins the tie.
        assert_eq!(top("hộ khẩu").as_deref(), Some("thuong-tru"));
        // A withdrawn procedure's match counts for its replacement, which then beats
        // a shorter namesake; the withdrawn one itself comes after both.
        let lltp = ids(&c, &index.find(&c, "LLTP", &none));
        assert_eq!(lltp, ["lltp", "lltp-nn", "lltp-cu"]);
        // Without the withdrawn one matching, the shorter name wins as before.
        assert_eq!(top("phiếu lltp").as_deref(), Some("lltp-nn"));
    }

    proptest::proptest! {
        /// Looking the remaining procedures up one by one finds what walking the
        /// postings finds, in the same order.
        #[test]
        fn both_ways_of_matching_a_later_word_agree(
            picks in proptest::collection::vec((0usize..400, 1usize..6, proptest::bool::ANY), 2..4)
        ) {
            let c = sample();
            let mut walk = SearchIndex::new(&c);
            walk.lookup_factor = usize::MAX;
            let mut look = SearchIndex::new(&c);
            look.lookup_factor = 0;
            // Words and prefixes of the catalogue's own names.
            let names: Vec<String> = c.procedures.iter().map(|p| p.name.get(Lang::Vi).0.to_lowercase()).collect();
            let words: Vec<&str> = names.iter().flat_map(|n| n.split_whitespace()).collect();
            let query: Vec<String> = picks
                .iter()
                .map(|&(i, len, whole)| {
                    let w = words[i % words.len()];
                    if whole { w.to_string() } else { w.chars().take(len).collect() }
                })
                .collect();
            let query = query.join(" ");
            let none = Filters::default();
            proptest::prop_assert_eq!(walk.find(&c, &query, &none), look.find(&c, &query, &none), "{}", query);
        }
    }

    #[test]
    fn a_chain_of_replacements_credits_the_procedure_in_force() {
        let procedure = |id: &str, name: &str, extra: &str| {
            format!(
                r#"{{"id": "{id}", "name": "{name}", "keywords": ["LLTP"], "level": "commune",
                "agencies": [{{"level": "commune"}}], "channels": [{{"kind": "in_person"}}],
                "steps": [{{"id": "nop", "title": "Nộp hồ sơ"}}]{extra}}}"#
            )
        };
        let json = format!(
            r#"{{"format": "procedure-guide/1", "catalogue": {{"id": "t", "title": "T",
            "publisher": "P", "updated": "2025-07-01"}},
            "agencies": [{{"id": "ubnd", "name": "UBND phường", "level": "commune"}}],
            "procedures": [{}, {}, {}]}}"#,
            procedure(
                "cu",
                "LLTP",
                r#", "status": "withdrawn", "replaced_by": "giua""#
            ),
            procedure(
                "giua",
                "Phiếu LLTP",
                r#", "status": "withdrawn", "replaced_by": "moi""#
            ),
            procedure("moi", "Cấp Phiếu lý lịch tư pháp cho công dân", ""),
        );
        let loaded = load_catalogue(json.as_bytes());
        let c = loaded.catalogue.expect("loads");
        assert!(loaded.diagnostics.is_empty(), "{:?}", loaded.diagnostics);
        let index = SearchIndex::new(&c);
        assert_eq!(
            ids(&c, &index.find(&c, "LLTP", &Filters::default()))[0],
            "moi",
            "the end of the chain, not a withdrawn step of it"
        );
    }

    #[test]
    fn a_pasted_paragraph_is_searched_by_its_first_words() {
        let c = sample();
        let index = SearchIndex::new(&c);
        let none = Filters::default();
        let first = index.find(&c, "đăng ký khai sinh ", &none);
        // 70,000 words: more than a u16 counts, found by its first words, no panic.
        let pasted = format!("đăng ký khai sinh {}", "khai ".repeat(70_000));
        let found = index.find(&c, &pasted, &none);
        assert!(!found.is_empty() && found.len() <= first.len());
        assert!(index.find(&c, &"zzzz ".repeat(70_000), &none).is_empty());
    }

    #[test]
    fn a_single_letter_alone_waits_for_the_next() {
        let c = sample();
        let index = SearchIndex::new(&c);
        let none = Filters::default();
        let all = index.list(&c, "", &none, Lang::Vi);
        for q in ["d", "Đ", "1", " k"] {
            assert_eq!(index.list(&c, q, &none, Lang::Vi), all, "{q:?}");
        }
        // Finished ("d "), or after other words, a letter counts.
        assert!(index.list(&c, "d ", &none, Lang::Vi).len() < all.len());
        let narrowed = index.list(&c, "đăng ký l", &none, Lang::Vi);
        assert!(narrowed.len() < index.list(&c, "đăng ký ", &none, Lang::Vi).len());
        // Two letters search.
        assert!(index.list(&c, "kh", &none, Lang::Vi).len() < all.len());
    }

    /// The labelled queries of tests/search/queries.json, written before tuning: each
    /// expected procedure must be among the first three results.
    #[test]
    fn labelled_queries_find_their_procedure_in_the_top_three() {
        let c = sample();
        let index = SearchIndex::new(&c);
        let set = crate::json::parse(
            include_bytes!("../../../../tests/search/queries.json"),
            &crate::catalogue::limits::JSON,
        )
        .expect("queries.json parses");
        let queries = set
            .get("queries")
            .and_then(|q| q.as_array())
            .expect("a queries array");
        assert!(queries.len() >= 60);
        let mut missed = Vec::new();
        for q in queries {
            let query = q.get("query").and_then(|v| v.as_str()).expect("query");
            let expected: Vec<&str> = q
                .get("expected")
                .and_then(|v| v.as_array())
                .expect("expected")
                .iter()
                .filter_map(|v| v.as_str())
                .collect();
            let found = ids(&c, &index.find(&c, query, &Filters::default()));
            if !found
                .iter()
                .take(3)
                .any(|id| expected.contains(&id.as_str()))
            {
                missed.push(format!(
                    "{query} → {:?} (want {expected:?})",
                    &found[..found.len().min(3)]
                ));
            }
        }
        assert!(
            missed.is_empty(),
            "{} missed:\n{}",
            missed.len(),
            missed.join("\n")
        );
    }
}
