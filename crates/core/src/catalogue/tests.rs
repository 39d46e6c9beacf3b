//! The walker on whole catalogues: round trips through the writer, what an error drops,
//! the limits, and robustness against arbitrary and mutated input.

use super::limits::*;
use super::write::catalogue_to_json;
use super::*;
use crate::diagnostic::{Code, Diagnostic};
use crate::i18n::Lang;
use crate::json::{self, Json};
use proptest::prelude::*;

const SMALL: &str = include_str!("../../../../tests/fixtures/valid/small.json");

fn codes(diags: &[Diagnostic]) -> Vec<(&'static str, &str)> {
    diags
        .iter()
        .map(|d| (d.code.id(), d.path.as_str()))
        .collect()
}

fn load_ok(text: &str) -> Catalogue {
    let loaded = load_catalogue(text.as_bytes());
    assert!(
        loaded.diagnostics.is_empty(),
        "{:?}",
        codes(&loaded.diagnostics)
    );
    loaded.catalogue.expect("a catalogue")
}

/// The small fixture with `edit` applied to its JSON tree.
fn edited(edit: impl FnOnce(&mut Json<'static>)) -> String {
    let mut tree = json::parse(SMALL.as_bytes(), &JSON)
        .expect("valid")
        .into_owned();
    edit(&mut tree);
    json::to_string(&tree)
}

fn member<'t>(tree: &'t mut Json<'static>, path: &[&str]) -> &'t mut Json<'static> {
    let mut at = tree;
    for key in path {
        at = match at {
            Json::Object(entries) => {
                &mut entries
                    .iter_mut()
                    .rev()
                    .find(|(k, _)| k == key)
                    .expect(key)
                    .1
            }
            Json::Array(items) => &mut items[key.parse::<usize>().expect("index")],
            _ => panic!("{key}"),
        };
    }
    at
}

#[test]
fn small_catalogue_reads_every_field() {
    let c = load_ok(SMALL);
    assert_eq!(
        c.info.title.get(Lang::En),
        ("Sample ward procedures", Lang::En)
    );
    assert_eq!(c.procedures.len(), 4);
    let p = &c.procedures[0];
    assert_eq!(p.name.get(Lang::Vi).0, "Đăng ký khai sinh");
    assert_eq!(p.agencies, [AgencyRef::Level(Level::Commune)]);
    assert_eq!(p.channels[1].online_level, Some(OnlineLevel::Full));
    assert_eq!(p.channels[1].time_limit.len(), 2);
    assert_eq!(p.channels[0].time_limit[0].span, Some(Span::WorkingDays(1)));
    assert_eq!(
        p.questions[0].stop_yes.as_ref().map(|s| s.see.len()),
        Some(3)
    );
    assert_eq!(p.documents[2].one_of[1].all_of.len(), 2);
    assert_eq!(p.documents[2].action, DocumentAction::Show);
    assert_eq!(
        p.documents[0].channels,
        [
            ChannelRef::Id("desk".into()),
            ChannelRef::Kind(ChannelKind::Online)
        ]
    );
    assert!(c.procedures[3].needs_detail());
    assert_eq!(c.procedures[2].status, Status::Withdrawn);
    assert_eq!(c.agencies[0].formerly.len(), 2);
    assert_eq!(c.agencies[0].code.as_deref(), Some("26734"));
}

#[test]
fn text_falls_back_to_the_default_language() {
    let c = load_ok(SMALL);
    // A plain string is in the default language, Vietnamese.
    let summary = c.procedures[0].summary.as_ref().expect("summary");
    assert_eq!(
        summary.get(Lang::En),
        ("Đăng ký khai sinh cho trẻ em.", Lang::Vi)
    );
}

#[test]
fn round_trip_small() {
    let c = load_ok(SMALL);
    let written = catalogue_to_json(&c);
    assert_eq!(load_ok(&written), c);
}

#[test]
fn round_trip_sample_catalogue() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../www/catalogue.json");
    let bytes = std::fs::read(path).expect("the sample catalogue is in www/");
    let loaded = load_catalogue(&bytes);
    let c = loaded.catalogue.expect("the sample catalogue loads");
    let again = load_catalogue(catalogue_to_json(&c).as_bytes());
    assert_eq!(again.catalogue.as_ref(), Some(&c));
}

#[test]
fn round_trip_keeps_positional_ids_of_alternatives() {
    let text = edited(|t| {
        let alt = member(t, &["procedures", "0", "documents", "2", "one_of", "0"]);
        if let Json::Object(entries) = alt {
            entries.retain(|(k, _)| k != "id");
        }
    });
    let c = load_ok(&text);
    assert_eq!(c.procedures[0].documents[2].one_of[0].id, "#1");
    assert!(!c.procedures[0].documents[2].one_of[0].has_file_id());
    assert_eq!(load_ok(&catalogue_to_json(&c)), c);
}

#[test]
fn nfd_text_is_composed() {
    // "Đăng ký" with the tones as combining marks.
    let nfd = "\u{110}a\u{306}ng ky\u{301}";
    let text = edited(|t| *member(t, &["procedures", "1", "name"]) = Json::string(nfd));
    let c = load_ok(&text);
    assert_eq!(c.procedures[1].name.get(Lang::Vi).0, "Đăng ký");
}

#[test]
fn text_objects_follow_json_rules() {
    let text = SMALL.replacen(
        r#""name": "Thủ tục cũ""#,
        r#""name": {"vi-VN": "Cũ", "en": "Old", "vi": "Thủ tục cũ", "zh": "旧"}"#,
        1,
    );
    let loaded = load_catalogue(text.as_bytes());
    assert_eq!(
        codes(&loaded.diagnostics),
        [
            ("W001", "procedures[2].name.vi"),
            ("W004", "procedures[2].name.zh")
        ]
    );
    let c = loaded.catalogue.expect("catalogue");
    let name = &c.procedures[2].name;
    assert_eq!(name.get(Lang::Vi), ("Thủ tục cũ", Lang::Vi));
    assert_eq!(name.get(Lang::En), ("Old", Lang::En));
    assert_eq!(
        name.entries().next().map(|(l, _)| l),
        Some(Lang::Vi),
        "the default language comes first"
    );
}

#[test]
fn one_broken_procedure_leaves_the_others() {
    let text = edited(|t| {
        *member(t, &["procedures", "1", "agencies"]) =
            Json::Array(vec![Json::string("no-such-agency")]);
    });
    let loaded = load_catalogue(text.as_bytes());
    assert_eq!(
        codes(&loaded.diagnostics),
        [("E012", "procedures[1].agencies[0]")]
    );
    let c = loaded.catalogue.expect("catalogue");
    let ids: Vec<&str> = c.procedures.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(ids, ["1.001193", "old-1", "1.000001"]);
}

#[test]
fn repeated_ids_inside_a_procedure_drop_it() {
    let text = edited(|t| {
        let steps = member(t, &["procedures", "1", "steps"]);
        let step = steps.as_array().expect("steps")[0].clone();
        *steps = Json::Array(vec![step.clone(), step.clone(), step]);
    });
    let loaded = load_catalogue(text.as_bytes());
    assert_eq!(
        codes(&loaded.diagnostics),
        [
            ("E013", "procedures[1].steps[1].id"),
            ("E013", "procedures[1].steps[2].id")
        ]
    );
    assert_eq!(loaded.catalogue.map(|c| c.procedures.len()), Some(3));
}

#[test]
fn an_unsafe_link_is_dropped_alone() {
    let text = edited(|t| {
        *member(t, &["procedures", "0", "steps", "0", "links", "0", "url"]) =
            Json::string("javascript:alert(1)");
    });
    let loaded = load_catalogue(text.as_bytes());
    assert_eq!(
        codes(&loaded.diagnostics),
        [("E021", "procedures[0].steps[0].links[0].url")]
    );
    let c = loaded.catalogue.expect("catalogue");
    assert_eq!(c.procedures.len(), 4);
    assert!(c.procedures[0].steps[0].links.is_empty());
}

#[test]
fn broken_information_is_dropped_alone() {
    let text = edited(|t| {
        *member(t, &["procedures", "0", "legal_basis", "0", "issued"]) = Json::string("20/11/2014");
        *member(t, &["procedures", "0", "related", "0"]) = Json::string("9.999999");
    });
    let loaded = load_catalogue(text.as_bytes());
    assert_eq!(
        codes(&loaded.diagnostics),
        [
            ("E015", "procedures[0].related[0]"),
            ("E024", "procedures[0].legal_basis[0].issued"),
        ]
    );
    let c = loaded.catalogue.expect("catalogue");
    assert_eq!(c.procedures.len(), 4);
    assert!(c.procedures[0].related.is_empty());
    assert_eq!(c.procedures[0].legal_basis[0].issued, None);
}

#[test]
fn format_versions() {
    for (format, ok) in [
        ("procedure-guide/1", true),
        ("procedure-guide/1.0", true),
        ("procedure-guide/1.3", true),
        ("procedure-guide/2", false),
        ("procedure-guide/1.", false),
        ("procedure-guide/1.x", false),
        ("procedure-guide/10", false),
        ("Procedure-guide/1", false),
    ] {
        let text = edited(|t| *member(t, &["format"]) = Json::string(format));
        let loaded = load_catalogue(text.as_bytes());
        assert_eq!(loaded.catalogue.is_some(), ok, "{format}");
        if !ok {
            assert_eq!(codes(&loaded.diagnostics), [("E007", "format")]);
        }
    }
    let c = load_ok(&edited(|t| {
        *member(t, &["format"]) = Json::string("procedure-guide/1.3")
    }));
    assert_eq!(c.format_minor, 3);
}

#[test]
fn not_a_catalogue_builds_nothing() {
    for text in ["[]", "{}", "\"procedure-guide/1\"", "{\"format\": 1}"] {
        let loaded = load_catalogue(text.as_bytes());
        assert!(loaded.catalogue.is_none(), "{text}");
        assert!(loaded.has_errors(), "{text}");
    }
}

#[test]
fn name_and_text_limits() {
    let with_name = |n: usize| {
        edited(|t| *member(t, &["procedures", "1", "name"]) = Json::string("đ".repeat(n)))
    };
    load_ok(&with_name(MAX_NAME_CHARS));
    let loaded = load_catalogue(with_name(MAX_NAME_CHARS + 1).as_bytes());
    assert_eq!(codes(&loaded.diagnostics), [("E022", "procedures[1].name")]);
    assert_eq!(loaded.catalogue.map(|c| c.procedures.len()), Some(3));

    let with_summary = |n: usize| {
        edited(|t| *member(t, &["procedures", "0", "summary"]) = Json::string("a".repeat(n)))
    };
    load_ok(&with_summary(MAX_TEXT_CHARS));
    let loaded = load_catalogue(with_summary(MAX_TEXT_CHARS + 1).as_bytes());
    assert_eq!(
        codes(&loaded.diagnostics),
        [("E022", "procedures[0].summary")]
    );
    let c = loaded.catalogue.expect("catalogue");
    assert_eq!(
        c.procedures.len(),
        4,
        "an over-long summary drops only the summary"
    );
    assert!(c.procedures[0].summary.is_none());
}

#[test]
fn depth_limit_inside_a_catalogue() {
    let nest = |n: usize| format!("{}{}", "[".repeat(n), "]".repeat(n));
    // The root object is level 1, so 63 more levels fit.
    let text = SMALL.replacen("\"format\"", &format!("\"x\": {}, \"format\"", nest(63)), 1);
    let loaded = load_catalogue(text.as_bytes());
    assert_eq!(codes(&loaded.diagnostics), [("W003", "x")]);
    let text = SMALL.replacen("\"format\"", &format!("\"x\": {}, \"format\"", nest(64)), 1);
    let loaded = load_catalogue(text.as_bytes());
    assert!(loaded.catalogue.is_none());
    assert_eq!(loaded.diagnostics[0].code, Code::TooDeep);
}

#[test]
fn exactly_the_procedure_limit_is_accepted() {
    let mut text = String::from(
        r#"{"format":"procedure-guide/1","catalogue":{"id":"big","title":"Big"},"agencies":[{"id":"a","name":"A"}],"procedures":["#,
    );
    for i in 0..MAX_PROCEDURES {
        if i > 0 {
            text.push(',');
        }
        text.push_str(r#"{"id":"p"#);
        text.push_str(&i.to_string());
        text.push_str(r#"","name":"P","agencies":["a"],"href":"p.json"}"#);
    }
    text.push_str("]}");
    let loaded = load_catalogue(text.as_bytes());
    assert!(loaded.diagnostics.is_empty());
    assert_eq!(
        loaded.catalogue.map(|c| c.procedures.len()),
        Some(MAX_PROCEDURES)
    );
}

#[test]
fn detail_file_loads_against_its_catalogue() {
    let c = load_ok(SMALL);
    let detail = include_str!("../../../../tests/fixtures/valid/procedures/1.000001.json");
    let (p, diags) = load_detail(detail.as_bytes(), "1.000001", &c);
    assert!(diags.is_empty(), "{:?}", codes(&diags));
    let p = p.expect("procedure");
    assert_eq!(p.steps.len(), 1);
    assert!(!p.needs_detail());
    let (p, diags) = load_detail(detail.as_bytes(), "1.000002", &c);
    assert!(p.is_none());
    assert_eq!(codes(&diags), [("E028", "id")]);
    // An `href` naming the catalogue itself: one message, not one per missing field.
    let (p, diags) = load_detail(SMALL.as_bytes(), "1.000001", &c);
    assert!(p.is_none());
    assert_eq!(codes(&diags), [("E031", "$")]);
}

/// A file of 1.5 million unknown keys gave 1.5 million diagnostics (about 500 MB in the
/// CLI): the first 100 are listed and the rest counted, and an error after them all
/// still shows.
#[test]
fn a_flood_of_problems_is_listed_short_and_counted_in_full() {
    let mut text = String::from(r#"{"#);
    for i in 0..200_000 {
        text.push_str(&format!(r#""k{i}":0,"#));
    }
    text.push_str(&SMALL[1..].replacen(r#""format""#, r#""formatt""#, 1));
    let loaded = load_catalogue(text.as_bytes());
    assert!(loaded.catalogue.is_none());
    assert!(loaded.has_errors());
    assert!(loaded.diagnostics.len() <= crate::diagnostic::MAX_PER_CODE + 3);
    assert!(codes(&loaded.diagnostics).contains(&("E009", "format")));
    assert_eq!(
        codes(&loaded.diagnostics).last(),
        Some(&("W007", "$")),
        "the summary comes last"
    );
    // 200,000 keys and the misspelt `formatt`.
    assert_eq!(loaded.counts().warnings, 200_001);
    assert_eq!(loaded.counts().errors, 1);
}

#[test]
fn dates() {
    assert_eq!(
        Date::parse("2024-02-29"),
        Some(Date {
            year: 2024,
            month: 2,
            day: 29
        })
    );
    for bad in [
        "2023-02-29",
        "2025-13-01",
        "2025-00-10",
        "2025-1-01",
        "25-01-01",
        "2025-01-32",
        "2025/01/01",
        "０２５-01-01",
        "",
    ] {
        assert_eq!(Date::parse(bad), None, "{bad}");
    }
    assert_eq!(
        Date::parse("2025-07-01").map(Date::to_iso).as_deref(),
        Some("2025-07-01")
    );
}

#[test]
fn ids() {
    assert!(is_valid_id("1.001193"));
    assert!(is_valid_id("so-tu-phap_2"));
    assert!(is_valid_id(&"a".repeat(64)));
    for bad in ["", "a b", "đ", "a/b", "#1", &"a".repeat(65)] {
        assert!(!is_valid_id(bad), "{bad}");
    }
}

/// Every node of a tree, as paths of indices, so a mutation can pick one.
fn node_count(json: &Json<'_>) -> usize {
    1 + match json {
        Json::Array(items) => items.iter().map(node_count).sum(),
        Json::Object(entries) => entries.iter().map(|(_, v)| node_count(v)).sum(),
        _ => 0,
    }
}

/// Replaces the `n`th node (pre-order) with `with`; returns false when `n` is past the end.
fn replace_nth(json: &mut Json<'static>, n: &mut usize, with: &Json<'static>) -> bool {
    if *n == 0 {
        *json = with.clone();
        return true;
    }
    *n -= 1;
    match json {
        Json::Array(items) => items.iter_mut().any(|v| replace_nth(v, n, with)),
        Json::Object(entries) => entries.iter_mut().any(|(_, v)| replace_nth(v, n, with)),
        _ => false,
    }
}

fn arb_json() -> impl Strategy<Value = Json<'static>> {
    let leaf = prop_oneof![
        Just(Json::Null),
        any::<bool>().prop_map(Json::Bool),
        any::<u32>().prop_map(|n| Json::Number(json::Number::from_u64(n.into()))),
        Just(Json::Number(json::Number {
            raw: "-1.5e3".into()
        })),
        Just(Json::Number(json::Number {
            raw: "1e400".into()
        })),
        prop_oneof![
            Just("javascript:alert(1)"),
            Just("1.001193"),
            Just("so-tu-phap"),
            Just("online"),
            Just("yes"),
            Just("commune"),
            Just(""),
            Just("§¨ng ký"),
            Just("2025-02-30"),
        ]
        .prop_map(Json::string),
        ".{0,12}".prop_map(Json::string),
    ];
    leaf.prop_recursive(3, 16, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Json::Array),
            prop::collection::vec(
                (
                    prop_oneof![
                        Just("id".to_string()),
                        Just("when".to_string()),
                        Just("question".to_string()),
                        "[a-z_]{1,8}"
                    ],
                    inner
                ),
                0..4
            )
            .prop_map(|e| Json::Object(e.into_iter().map(|(k, v)| (k.into(), v)).collect())),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn never_panics_on_arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..256)) {
        let _ = load_catalogue(&bytes);
    }

    #[test]
    fn never_panics_on_byte_mutations(edits in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>(), 0..3u8), 1..6)) {
        let mut bytes = SMALL.as_bytes().to_vec();
        for (at, byte, op) in edits {
            let i = at.index(bytes.len());
            match op {
                0 => bytes[i] = byte,
                1 => bytes.insert(i, byte),
                _ => { bytes.remove(i); }
            }
        }
        let _ = load_catalogue(&bytes);
    }

    #[test]
    fn tree_mutations_never_panic_and_keep_the_rest(
        picks in prop::collection::vec((any::<prop::sample::Index>(), arb_json()), 1..4)
    ) {
        let mut tree = json::parse(SMALL.as_bytes(), &JSON).expect("valid").into_owned();
        for (pick, with) in &picks {
            let mut n = pick.index(node_count(&tree));
            replace_nth(&mut tree, &mut n, with);
        }
        let text = json::to_string(&tree);
        let loaded = load_catalogue(text.as_bytes());
        for d in &loaded.diagnostics {
            prop_assert!(!d.path.is_empty());
            prop_assert!(!d.message(Lang::Vi).is_empty());
        }
        if let Some(c) = &loaded.catalogue {
            // Whatever survived is written back as a catalogue that reads without errors.
            let again = load_catalogue(catalogue_to_json(c).as_bytes());
            prop_assert!(again.catalogue.is_some());
            let errors: Vec<_> = again.diagnostics.iter().filter(|d| d.is_error()).map(|d| (d.code, d.path.clone())).collect();
            // The exceptions: references to items dropped in the first pass (checked
            // against every id in the file), and a broken `catalogue` header, which is
            // kept with empty values.
            let header_broken = loaded.diagnostics.iter().any(|d| d.is_error() && d.path.starts_with("catalogue"));
            // And a required link refused as unsafe (`""` included): reported as such in
            // the first pass, then missing.
            let unsafe_at = |path: &str| loaded.diagnostics.iter().any(|d| d.code == Code::UnsafeLink && d.path == path);
            prop_assert!(errors.iter().all(|(code, path)| matches!(code, Code::UnknownProcedure | Code::ReplacementCycle | Code::UnknownAgency | Code::UnknownFieldId)
                || (header_broken && path.starts_with("catalogue"))
                || (*code == Code::MissingField && unsafe_at(path))), "{:?}", errors);
        }
    }
}

/// `n` procedures in one `replaced_by` ring (`ring`) or one chain ending in an active one.
fn replacements(n: usize, ring: bool) -> String {
    let mut text = String::from(
        r#"{"format":"procedure-guide/1","catalogue":{"id":"c","title":"C"},"agencies":[{"id":"a","name":"A"}],"procedures":["#,
    );
    for i in 0..n {
        if i > 0 {
            text.push(',');
        }
        let next = if ring {
            Some((i + 1) % n)
        } else {
            (i + 1 < n).then_some(i + 1)
        };
        let tail = next.map_or(String::new(), |j| {
            format!(r#","status":"withdrawn","replaced_by":"p{j}""#)
        });
        text.push_str(&format!(
            r#"{{"id":"p{i}","name":"P","agencies":["a"],"channels":[{{"kind":"in_person"}}],"steps":[{{"id":"s","title":"S"}}]{tail}}}"#
        ));
    }
    text.push_str("]}");
    text
}

/// Found by the corpus (cycle-replaced-by-chain-20000): following every chain to its
/// end with a linear `contains` was cubic, minutes for 20,000 recoded procedures, and a
/// ring's message listed every id of it, for every member (gigabytes).
#[test]
fn long_replacement_chains_and_rings_are_linear_with_short_messages() {
    let chain = load_catalogue(replacements(20_000, false).as_bytes());
    assert!(
        chain.diagnostics.is_empty(),
        "{:?}",
        codes(&chain.diagnostics).get(..3)
    );
    let ring = load_catalogue(replacements(20_000, true).as_bytes());
    // Every member is in the ring; the first 100 are listed, the rest counted.
    let (listed, summary) = ring.diagnostics.split_at(ring.diagnostics.len() - 1);
    assert_eq!(listed.len(), crate::diagnostic::MAX_PER_CODE);
    assert!(listed.iter().all(|d| d.code == Code::ReplacementCycle));
    assert_eq!(summary[0].code, Code::DiagnosticsOmitted);
    assert_eq!(ring.counts().errors, 20_000);
    assert_eq!(ring.diagnostics[5].path, "procedures[5].replaced_by");
    let crate::diagnostic::Detail::Name(chain_text) = &ring.diagnostics[5].detail else {
        panic!("{:?}", ring.diagnostics[5].detail)
    };
    assert_eq!(
        chain_text,
        "p5 → p6 → p7 → p8 → p9 → p10 → p11 → p12 → … → p5"
    );
    // Linear by count (a clock would fail on a loaded machine): a chain into a ring,
    // a ring, and a long chain each visit every node at most twice.
    use crate::catalogue::shapes::catalogue::cycles_of;
    let n = 20_000;
    let ring: Vec<Option<usize>> = (0..n).map(|i| Some((i + 1) % n)).collect();
    let found = cycles_of(&ring);
    assert_eq!((found.cycles.len(), found.cycles[0].len()), (1, n));
    assert!(found.steps <= 2 * n, "{} steps for {n} nodes", found.steps);
    let chain: Vec<Option<usize>> = (0..n).map(|i| (i + 1 < n).then_some(i + 1)).collect();
    let found = cycles_of(&chain);
    assert!(
        found.cycles.is_empty() && found.steps <= 2 * n,
        "{} steps",
        found.steps
    );
    // Walked from its end backwards: every start stops at once on a node already done.
    let backwards: Vec<Option<usize>> = (0..n).map(|i| i.checked_sub(1)).collect();
    let found = cycles_of(&backwards);
    assert!(
        found.cycles.is_empty() && found.steps <= 2 * n,
        "{} steps",
        found.steps
    );
    let lasso: Vec<Option<usize>> = (0..n)
        .map(|i| Some(if i + 1 < n { i + 1 } else { n / 2 }))
        .collect();
    let found = cycles_of(&lasso);
    assert_eq!(found.cycles[0].len(), n - n / 2);
    assert!(found.steps <= 2 * n, "{} steps", found.steps);
    // A small ring is named in full, from the procedure reported.
    let small = load_catalogue(replacements(3, true).as_bytes());
    let names: Vec<_> = small
        .diagnostics
        .iter()
        .map(|d| match &d.detail {
            crate::diagnostic::Detail::Name(s) => s.as_str(),
            _ => "",
        })
        .collect();
    assert_eq!(
        names,
        [
            "p0 → p1 → p2 → p0",
            "p1 → p2 → p0 → p1",
            "p2 → p0 → p1 → p2"
        ]
    );
    // A chain leading into a ring: only the ring's members are in a cycle.
    let text = replacements(3, true).replace(
        "]}",
        r#",{"id":"q","name":"Q","agencies":["a"],"channels":[{"kind":"in_person"}],"steps":[{"id":"s","title":"S"}],"status":"withdrawn","replaced_by":"p0"}]}"#,
    );
    let lead_in = load_catalogue(text.as_bytes());
    assert_eq!(
        codes(&lead_in.diagnostics),
        [
            ("E019", "procedures[0].replaced_by"),
            ("E019", "procedures[1].replaced_by"),
            ("E019", "procedures[2].replaced_by")
        ]
    );
}

// ---- format 1.1 ----

/// `key: value` added to the object at `path` of the small fixture.
fn with_member(path: &[&str], key: &'static str, value: &str) -> impl FnOnce(&mut Json<'static>) {
    let value = json::parse(value.as_bytes(), &JSON)
        .expect("value is JSON")
        .into_owned();
    let path: Vec<String> = path.iter().map(|s| s.to_string()).collect();
    move |tree| {
        let keys: Vec<&str> = path.iter().map(String::as_str).collect();
        if let Json::Object(entries) = member(tree, &keys) {
            entries.push((key.into(), value));
        }
    }
}

fn with_format(minor: &str) -> impl FnOnce(&mut Json<'static>) + '_ {
    move |tree| *member(tree, &["format"]) = Json::string(format!("procedure-guide/1{minor}"))
}

/// A 1.0 file means under the 1.1 reader what it meant under 1.0: nothing of 1.1 is
/// invented, and declaring 1.1 changes nothing but the version.
#[test]
fn a_1_0_file_reads_the_same_as_before() {
    let old = load_ok(SMALL);
    assert_eq!(old.format_minor, 0);
    for p in &old.procedures {
        assert_eq!((&p.online_only, &p.deadline), (&None, &None), "{}", p.id);
        for c in &p.channels {
            assert_eq!((&c.label, &c.account), (&None, &None), "{}", p.id);
        }
    }
    let mut declared = load_ok(&edited(with_format(".1")));
    assert_eq!(declared.format_minor, 1);
    declared.format_minor = 0;
    assert_eq!(declared, old);
}

/// Editors' notes may sit on any object, as a string or a list of strings; the model
/// never holds them (so no view can show one), and `editor_notes` finds each.
#[test]
fn editors_notes_never_reach_the_model() {
    let mut text = edited(with_format(".1"));
    for path in [
        &["catalogue"][..],
        &["agencies", "0"],
        &["procedures", "0"],
        &["procedures", "0", "channels", "1"],
        &["procedures", "0", "documents", "0"],
        &["procedures", "0", "steps", "0"],
    ] {
        let tree = json::parse(text.as_bytes(), &JSON)
            .expect("JSON")
            .into_owned();
        let mut tree = tree;
        with_member(
            path,
            "editor_note",
            r#"["Nguồn: CSDL TTHC", "Cần kiểm tra"]"#,
        )(&mut tree);
        text = json::to_string(&tree);
    }
    let mut with_notes = load_ok(&text);
    with_notes.format_minor = 0;
    assert_eq!(with_notes, load_ok(SMALL));
    let notes = editor_notes(text.as_bytes()).expect("JSON");
    let paths: Vec<&str> = notes.iter().map(|n| n.path.as_str()).collect();
    assert_eq!(paths.len(), 12);
    assert!(paths.contains(&"procedures[0].channels[1].editor_note[1]"));
    assert!(paths.contains(&"catalogue.editor_note[0]"));
    // A note that is not text is reported and drops nothing.
    let bad = edited(with_member(&["procedures", "0"], "editor_note", "12"));
    let loaded = load_catalogue(bad.as_bytes());
    assert_eq!(
        codes(&loaded.diagnostics),
        [("E008", "procedures[0].editor_note")]
    );
    assert_eq!(loaded.catalogue.map(|c| c.procedures.len()), Some(4));
}

#[test]
fn online_only_deadline_label_and_account_are_read() {
    let text = edited(|tree| {
        with_format(".1")(tree);
        with_member(
            &["procedures", "0"],
            "online_only",
            r#"{"since": "2025-10-01", "legal_basis": "Chỉ thị 24/CT-TTg"}"#,
        )(tree);
        with_member(
            &["procedures", "0"],
            "deadline",
            r#"{"days": 60, "from": {"vi": "ngày sinh", "en": "the date of birth"}}"#,
        )(tree);
        with_member(
            &["procedures", "0", "channels", "1"],
            "label",
            r#""Ứng dụng VNeID""#,
        )(tree);
        with_member(
            &["procedures", "0", "channels", "1"],
            "account",
            r#""vneid_level_2""#,
        )(tree);
    });
    // The fixture's post channel is not offered once the procedure is online only.
    let loaded = load_catalogue(text.as_bytes());
    assert_eq!(
        codes(&loaded.diagnostics),
        [("W008", "procedures[0].channels[2]")]
    );
    let c = loaded.catalogue.expect("a catalogue");
    let p = &c.procedures[0];
    let o = p.online_only.as_ref().expect("online_only");
    assert_eq!(o.since.to_iso(), "2025-10-01");
    assert!(o.assisted, "assisted is the default");
    let d = p.deadline.as_ref().expect("deadline");
    assert_eq!(d.span, DeadlineSpan::Days(60));
    assert_eq!(d.from.get(Lang::En).0, "the date of birth");
    let online = &p.channels[1];
    assert_eq!(
        online.label.as_ref().map(|l| l.get(Lang::Vi).0),
        Some("Ứng dụng VNeID")
    );
    assert_eq!(online.account, Some(Account::VneidLevel2));
}

/// Each broken 1.1 field is dropped alone: the procedure, which 1.0 could show, stays.
#[test]
fn a_broken_1_1_field_drops_only_itself() {
    for (path, key, value, expected) in [
        (
            &["procedures", "0"][..],
            "deadline",
            r#"{"days": 60, "months": 2, "from": "ngày sinh"}"#,
            ("E030", "procedures[0].deadline.months"),
        ),
        (
            &["procedures", "0"],
            "deadline",
            r#"{"from": "ngày sinh"}"#,
            ("E009", "procedures[0].deadline.days"),
        ),
        (
            &["procedures", "0"],
            "deadline",
            r#"{"days": 60}"#,
            ("E009", "procedures[0].deadline.from"),
        ),
        (
            &["procedures", "0"],
            "online_only",
            r#"{"since": "1/10/2025"}"#,
            ("E024", "procedures[0].online_only.since"),
        ),
        (
            &["procedures", "0", "channels", "0"],
            "account",
            r#""vneid_level_2""#,
            ("E030", "procedures[0].channels[0].account"),
        ),
        (
            &["procedures", "0", "channels", "1"],
            "account",
            r#""zalo""#,
            ("E010", "procedures[0].channels[1].account"),
        ),
        (
            &["procedures", "0", "channels", "1"],
            "label",
            r#""""#,
            ("E029", "procedures[0].channels[1].label"),
        ),
    ] {
        let loaded = load_catalogue(edited(with_member(path, key, value)).as_bytes());
        assert_eq!(codes(&loaded.diagnostics), [expected], "{key}: {value}");
        let c = loaded.catalogue.expect("a catalogue");
        assert_eq!(c.procedures.len(), 4, "{key}: {value}");
        let p = &c.procedures[0];
        // Two spans: the second is the one dropped.
        let kept =
            (key == "deadline" && value.contains("months")).then_some(DeadlineSpan::Days(60));
        assert_eq!(p.deadline.as_ref().map(|d| d.span), kept, "{value}");
        assert!(p.online_only.is_none());
        assert!(p
            .channels
            .iter()
            .all(|c| c.account.is_none() && c.label.is_none()));
    }
}

/// A post channel in an online-only procedure is said at its path (W008), and kept in
/// the model for the views to leave out.
#[test]
fn a_post_channel_of_an_online_only_procedure_is_warned_about() {
    let text = edited(with_member(
        &["procedures", "0"],
        "online_only",
        r#"{"since": "2025-10-01"}"#,
    ));
    let loaded = load_catalogue(text.as_bytes());
    let c = loaded.catalogue.as_ref().expect("catalogue");
    let n = c.procedures[0].channels.len();
    assert_eq!(
        codes(&loaded.diagnostics),
        [(
            "W008",
            format!("procedures[0].channels[{}]", n - 1).as_str()
        )]
    );
}

/// The sample as it shipped in format 1.0 (before issue 13) reads under 1.1 with no
/// problem, and nothing of 1.1 appears in its model.
#[test]
fn the_1_0_sample_reads_unchanged() {
    let c = load_ok(include_str!(
        "../../../../tests/fixtures/valid/sample-1.0.json"
    ));
    assert_eq!(c.format_minor, 0);
    assert_eq!(c.procedures.len(), 13);
    assert_eq!(c.agencies.len(), 171);
    for p in &c.procedures {
        assert_eq!((&p.online_only, &p.deadline), (&None, &None), "{}", p.id);
        for ch in &p.channels {
            assert_eq!((&ch.label, &ch.account), (&None, &None), "{}", p.id);
        }
    }
    // Written out and read back: the same model, so 1.1 added nothing on the way.
    let again = load_ok(&catalogue_to_json(&c));
    assert_eq!(again, c);
}
