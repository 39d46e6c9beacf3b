//! One test per ranking constant of `index.rs`: each builds a tiny catalogue where the
//! order of the results depends on exactly that constant, so that setting it to zero
//! (or, for an array, one of its entries) makes the test fail. The procedure that
//! should win is usually put *after* the one it must beat: ties keep catalogue order,
//! so a constant that no longer counts leaves the loser first.
//!
//! Checked by `scripts/ranking-mutants.sh`: each constant set to 0 in turn, the test
//! named after it fails (TESTING.md, "Search ranking constants").

use super::{Filters, SearchIndex};
use crate::catalogue::load_catalogue;
use crate::catalogue::model::Catalogue;

/// One procedure of a test catalogue: its id, its Vietnamese name, its keywords and
/// any further members (`, "field": "x"`), as JSON text.
struct P<'a> {
    id: &'a str,
    name: &'a str,
    keywords: &'a [&'a str],
    extra: &'a str,
}

const fn p<'a>(id: &'a str, name: &'a str) -> P<'a> {
    P {
        id,
        name,
        keywords: &[],
        extra: "",
    }
}

impl<'a> P<'a> {
    const fn keywords(mut self, keywords: &'a [&'a str]) -> Self {
        self.keywords = keywords;
        self
    }
    const fn extra(mut self, extra: &'a str) -> Self {
        self.extra = extra;
        self
    }
}

/// A catalogue of `procedures`, with a field `linh-vuc` ("Xyzw lĩnh vực"), a life event
/// `su-kien` ("Qwer sự kiện", listing `life`) and agencies `ubnd` ("UBND phường"),
/// `xyzw`, `xyzv`, `xyz` and `qwer` ("Xyzw phường"…), for the tests of where a word was
/// found. Loads without
/// a single diagnostic.
fn catalogue(procedures: &[P<'_>], life: &[&str]) -> Catalogue {
    let quoted = |items: &[&str]| {
        items
            .iter()
            .map(|k| format!("\"{k}\""))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let procedures: Vec<String> = procedures
        .iter()
        .map(|p| {
            let agencies = if p.extra.contains("\"agencies\"") {
                String::new()
            } else {
                r#", "agencies": [{"level": "commune"}]"#.to_owned()
            };
            format!(
                r#"{{"id": "{}", "name": "{}", "keywords": [{}], "level": "commune"{agencies},
                "channels": [{{"kind": "in_person"}}],
                "steps": [{{"id": "nop", "title": "Nộp hồ sơ"}}]{}}}"#,
                p.id,
                p.name,
                quoted(p.keywords),
                p.extra
            )
        })
        .collect();
    let json = format!(
        r#"{{"format": "procedure-guide/1", "catalogue": {{"id": "t", "title": "T",
        "publisher": "P", "updated": "2025-07-01"}},
        "agencies": [{{"id": "ubnd", "name": "UBND phường", "level": "commune"}},
                     {{"id": "xyzw", "name": "Xyzw phường", "level": "commune"}},
                     {{"id": "xyzv", "name": "Xyzv phường", "level": "commune"}},
                     {{"id": "xyz", "name": "Xyz phường", "level": "commune"}},
                     {{"id": "qwer", "name": "Qwer phường", "level": "commune"}}],
        "fields": [{{"id": "linh-vuc", "name": "Xyzw lĩnh vực"}}],
        "life_events": [{{"id": "su-kien", "name": "Qwer sự kiện", "procedures": [{}]}}],
        "procedures": [{}]}}"#,
        quoted(life),
        procedures.join(",")
    );
    let loaded = load_catalogue(json.as_bytes());
    assert!(loaded.diagnostics.is_empty(), "{:?}", loaded.diagnostics);
    loaded.catalogue.expect("the test catalogue loads")
}

/// The ids found for `query`, best first.
fn found(c: &Catalogue, query: &str) -> Vec<String> {
    let index = SearchIndex::new(c);
    index
        .find(c, query, &Filters::default())
        .into_iter()
        .map(|i| c.procedures[i].id.clone())
        .collect()
}

/// The life event must list a procedure; one that matches nothing of the queries.
const NOBODY: &[&str] = &["khac"];

fn other() -> P<'static> {
    p("khac", "Thủ tục khác nữa")
}

// ---- WEIGHT: each field above the next ---------------------------------------------

#[test]
fn weight_code_a_code_beats_a_name() {
    // WEIGHT[Code]: the code typed (a whole code, so also WHOLE × its weight) before
    // the same word in a name. At zero the code match scores nothing.
    let c = catalogue(
        &[
            p("p1", "Thủ tục xyzw một"),
            p("xyzw", "Thủ tục khác hai"),
            other(),
        ],
        NOBODY,
    );
    assert_eq!(found(&c, "xyzw "), ["xyzw", "p1"]);
}

#[test]
fn weight_name_a_name_beats_a_keyword() {
    // WEIGHT[Name] (10) over WEIGHT[Keyword] (8), neither a whole name or keyword.
    let c = catalogue(
        &[
            p("kw", "Thủ tục một").keywords(&["xyzw khác"]),
            p("name", "Thủ tục xyzw"),
            other(),
        ],
        NOBODY,
    );
    assert_eq!(found(&c, "xyzw "), ["name", "kw"]);
}

#[test]
fn weight_keyword_a_keyword_beats_a_field() {
    // WEIGHT[Keyword] (8) over WEIGHT[FieldName] (3).
    let c = catalogue(
        &[
            p("field", "Thủ tục một").extra(r#", "field": "linh-vuc""#),
            p("kw", "Thủ tục hai").keywords(&["xyzw khác"]),
            other(),
        ],
        NOBODY,
    );
    assert_eq!(found(&c, "xyzw "), ["kw", "field"]);
}

#[test]
fn weight_field_a_field_beats_an_agency() {
    // WEIGHT[FieldName] (3) over WEIGHT[Agency] (2).
    let c = catalogue(
        &[
            p("agency", "Thủ tục một").extra(r#", "agencies": ["xyzw"]"#),
            p("field", "Thủ tục hai").extra(r#", "field": "linh-vuc""#),
            other(),
        ],
        NOBODY,
    );
    assert_eq!(found(&c, "xyzw "), ["field", "agency"]);
}

#[test]
fn weight_life_event_a_life_event_beats_an_agency() {
    // WEIGHT[LifeEvent] (3) over WEIGHT[Agency] (2).
    let c = catalogue(
        &[
            p("agency", "Thủ tục một").extra(r#", "agencies": ["qwer"]"#),
            p("event", "Thủ tục hai"),
            other(),
        ],
        &["event"],
    );
    assert_eq!(found(&c, "qwer "), ["event", "agency"]);
}

#[test]
fn weight_agency_an_agency_beats_a_word_of_a_code() {
    // WEIGHT[Agency] (2) over WEIGHT[CodePart] (1): "xyzw" as one word of the code
    // `q-xyzw` counts less than the agency's name.
    let c = catalogue(
        &[
            p("q-xyzw", "Thủ tục một"),
            p("agency", "Thủ tục hai").extra(r#", "agencies": ["xyzw"]"#),
            other(),
        ],
        NOBODY,
    );
    assert_eq!(found(&c, "xyzw "), ["agency", "q-xyzw"]);
}

#[test]
fn weight_code_part_a_word_of_a_code_counts() {
    // WEIGHT[CodePart] (1): the word being typed is a whole word of one code and the
    // beginning of a word of the other; at zero both score nothing and tie.
    let c = catalogue(
        &[
            p("q-xyzwab", "Thủ tục một"),
            p("q-xyzw", "Thủ tục hai"),
            other(),
        ],
        NOBODY,
    );
    assert_eq!(found(&c, "xyzw"), ["q-xyzw", "q-xyzwab"]);
}

// ---- How a word matched -------------------------------------------------------------

#[test]
fn exact_a_whole_word_beats_a_word_it_begins() {
    // EXACT (1.0) over PREFIX (0.75), in names.
    let c = catalogue(
        &[
            p("prefix", "Thủ tục xyzwab"),
            p("exact", "Thủ tục xyzw"),
            other(),
        ],
        NOBODY,
    );
    assert_eq!(found(&c, "xyzw"), ["exact", "prefix"]);
}

#[test]
fn prefix_a_word_begun_beats_a_word_one_letter_off() {
    // PREFIX (0.75) over TYPO (0.55), in names: "xyzw" being typed begins "xyzwab" and
    // is one letter off "xyzv".
    let c = catalogue(
        &[
            p("typo", "Thủ tục xyzv"),
            p("prefix", "Thủ tục xyzwab"),
            other(),
        ],
        NOBODY,
    );
    assert_eq!(found(&c, "xyzw"), ["prefix", "typo"]);
}

#[test]
fn typo_a_name_one_letter_off_beats_an_agency() {
    // TYPO (0.55): a name one letter off (10 × 0.55) before an exact agency (2).
    let c = catalogue(
        &[
            p("agency", "Thủ tục một").extra(r#", "agencies": ["xyzw"]"#),
            p("typo", "Thủ tục xyzv"),
            other(),
        ],
        NOBODY,
    );
    assert_eq!(found(&c, "xyzw "), ["typo", "agency"]);
}

#[test]
fn short_typo_a_short_word_missing_a_letter_still_counts() {
    // SHORT_TYPO (0.4): "xyz" is "xyzw" with a letter left out; in a name (10 × 0.4)
    // it comes before an exact match in an agency's name (2).
    let c = catalogue(
        &[
            p("agency", "Thủ tục một").extra(r#", "agencies": ["xyz"]"#),
            p("typo", "Thủ tục xyzw"),
            other(),
        ],
        NOBODY,
    );
    assert_eq!(found(&c, "xyz "), ["typo", "agency"]);
}

#[test]
fn same_diacritics_the_marks_typed_come_first() {
    // SAME_DIACRITICS (0.2): "bản" typed with its marks before "bán".
    let c = catalogue(
        &[p("sac", "Thủ tục bán"), p("hoi", "Thủ tục bản"), other()],
        NOBODY,
    );
    assert_eq!(found(&c, "bản "), ["hoi", "sac"]);
    // Without marks typed, neither is preferred: catalogue order.
    assert_eq!(found(&c, "ban "), ["sac", "hoi"]);
}

#[test]
fn in_order_words_in_the_order_typed_come_first() {
    // IN_ORDER (0.3): both names hold both words, one in the order typed.
    let c = catalogue(
        &[
            p("reversed", "Thủ tục abcd xyzw"),
            p("in-order", "Thủ tục xyzw abcd"),
            other(),
        ],
        NOBODY,
    );
    assert_eq!(found(&c, "xyzw abcd "), ["in-order", "reversed"]);
}

#[test]
fn whole_a_whole_keyword_beats_a_longer_one() {
    // WHOLE (2.0): the query is one procedure's whole keyword, word for word, and only
    // the beginning of the other's.
    let c = catalogue(
        &[
            p("longer", "Thủ tục một").keywords(&["xyzw abcd efgh"]),
            p("whole", "Thủ tục hai").keywords(&["xyzw abcd"]),
            other(),
        ],
        NOBODY,
    );
    assert_eq!(found(&c, "xyzw abcd "), ["whole", "longer"]);
}

#[test]
fn repeat_and_repeat_cap_a_word_in_more_keywords_wins_the_tie() {
    // REPEAT (0.03), REPEAT_CAP (0.6): the same whole keyword in both, and once more in
    // a second keyword of one of them. Either constant at zero removes the bonus.
    let c = catalogue(
        &[
            p("once", "Thủ tục một").keywords(&["xyzw"]),
            p("twice", "Thủ tục hai").keywords(&["xyzw", "xyzw khác"]),
            other(),
        ],
        NOBODY,
    );
    assert_eq!(found(&c, "xyzw "), ["twice", "once"]);
}

#[test]
fn repeat_cap_a_long_keyword_list_does_not_beat_a_whole_keyword() {
    // REPEAT_CAP bounds the bonus: 60 keywords holding "xyzw" (8 + 59 × 8 × 0.03 =
    // 22.2 uncapped, 8 × 1.6 = 12.8 capped) stay behind the whole keyword (8 × 3 = 24).
    let many: Vec<String> = (0..60).map(|i| format!("xyzw k{i}")).collect();
    let many: Vec<&str> = many.iter().map(String::as_str).collect();
    let c = catalogue(
        &[
            p("many", "Thủ tục một").keywords(&many),
            p("whole", "Thủ tục hai").keywords(&["xyzw"]),
            other(),
        ],
        NOBODY,
    );
    assert_eq!(found(&c, "xyzw "), ["whole", "many"]);
}

#[test]
fn short_name_the_shorter_name_wins_the_tie() {
    // SHORT_NAME (1.5): the same match in both names, one of them shorter.
    let c = catalogue(
        &[
            p("long", "Thủ tục xyzw một hai ba bốn"),
            p("short", "Thủ tục xyzw"),
            other(),
        ],
        NOBODY,
    );
    assert_eq!(found(&c, "xyzw "), ["short", "long"]);
}

#[test]
fn short_name_a_withdrawn_match_credits_its_replacement_above_a_namesake() {
    // SHORT_NAME is also the edge a withdrawn procedure's match gives its replacement:
    // the replacement (which matches "xyzw" only as a keyword) then beats a namesake
    // with the same keyword and the same name length.
    let c = catalogue(
        &[
            p("namesake", "Thủ tục một").keywords(&["xyzw"]),
            p("moi", "Thủ tục hai").keywords(&["xyzw"]),
            p("cu", "Thủ tục ba")
                .keywords(&["xyzw"])
                .extra(r#", "status": "withdrawn", "replaced_by": "moi""#),
            other(),
        ],
        NOBODY,
    );
    assert_eq!(found(&c, "xyzw "), ["moi", "namesake", "cu"]);
}

#[test]
fn withdrawn_a_withdrawn_procedure_comes_after_its_namesake() {
    // WITHDRAWN (4.0): two procedures alike but for the status; the replacement does
    // not match the query, so no credit is involved.
    let c = catalogue(
        &[
            p("cu", "Thủ tục xyzw").extra(r#", "status": "withdrawn", "replaced_by": "moi""#),
            p("con", "Thủ tục xyzw"),
            p("moi", "Thủ tục khác"),
            other(),
        ],
        NOBODY,
    );
    assert_eq!(found(&c, "xyzw "), ["con", "cu"]);
}

// ---- Which matches count at all -----------------------------------------------------

#[test]
fn typo_field_a_typo_never_matches_an_agency() {
    // TYPO_FIELD (8): "xyzw" is one letter off the agency "Xyzv phường"; a typo counts
    // in codes, names and keywords only. At zero it would count everywhere.
    let c = catalogue(
        &[
            p("agency", "Thủ tục một").extra(r#", "agencies": ["xyzv"]"#),
            p("name", "Thủ tục xyzv"),
            other(),
        ],
        NOBODY,
    );
    assert_eq!(found(&c, "xyzw "), ["name"]);
}

#[test]
fn typo_min_len_a_two_letter_word_has_no_typo() {
    // TYPO_MIN_LEN (4): "ab" finished matches "ab", never "ac" one letter off.
    let c = catalogue(
        &[p("ac", "Thủ tục ac"), p("ab", "Thủ tục ab"), other()],
        NOBODY,
    );
    assert_eq!(found(&c, "ab "), ["ab"]);
}

#[test]
fn gap_in_order_never_spans_two_keywords() {
    // GAP (8): "xyzw" ends one keyword and "abcd" begins the next; that is not the
    // phrase "xyzw abcd", so both procedures score alike (catalogue order). At zero the
    // two keywords would run together.
    let c = catalogue(
        &[
            p("apart", "Thủ tục một").keywords(&["mot abcd", "xyzw hai"]),
            p("across", "Thủ tục hai").keywords(&["mot xyzw", "abcd hai"]),
            other(),
        ],
        NOBODY,
    );
    assert_eq!(found(&c, "xyzw abcd "), ["apart", "across"]);
}
