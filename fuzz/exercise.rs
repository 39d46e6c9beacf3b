// What the fuzz targets (`fuzz/fuzz_targets/*.rs`) and the short proptest pass in the
// normal suite (`crates/core/tests/entry_points.rs`) feed arbitrary bytes to: the
// core's entry points for untrusted input, and the invariants that must hold whatever
// the input. Included by both with `include!`, so CI exercises exactly what the long
// fuzz runs do. A panic anywhere is a finding.

use std::sync::OnceLock;

use procedure_guide_core::catalogue::{load_catalogue, load_detail, Catalogue};
use procedure_guide_core::i18n::Lang;
use procedure_guide_core::journey::{self, share, Journey};
use procedure_guide_core::search::{
    find_offices, office_place_start, order_offices, Filters, SearchIndex,
};

/// The demo's sample catalogue: real procedures, questions, offices and former wards.
pub fn sample() -> &'static Catalogue {
    static SAMPLE: OnceLock<Catalogue> = OnceLock::new();
    SAMPLE.get_or_init(|| {
        let bytes = include_bytes!("../www/catalogue.json");
        load_catalogue(bytes).catalogue.expect("the sample catalogue loads")
    })
}

thread_local! {
    // Per thread: the index keeps its search scratch in a `RefCell` (the widget is
    // single-threaded), so it is not `Sync`.
    static INDEX: SearchIndex = SearchIndex::new(sample());
}

fn with_sample_index<R>(f: impl FnOnce(&SearchIndex) -> R) -> R {
    INDEX.with(f)
}

/// Catalogue bytes: parse and validate as a catalogue and as a detail file. A loaded
/// catalogue never holds more than the limit of procedures, nor repeated ids.
pub fn catalogue(data: &[u8]) {
    let loaded = load_catalogue(data);
    if let Some(c) = &loaded.catalogue {
        assert!(c.procedures.len() <= procedure_guide_core::catalogue::limits::MAX_PROCEDURES);
        let mut ids: Vec<&str> = c.procedures.iter().map(|p| p.id.as_str()).collect();
        ids.sort_unstable();
        let before = ids.len();
        ids.dedup();
        assert_eq!(before, ids.len(), "a repeated procedure id survived");
        // What the widget does next with a catalogue: index it and search it.
        let index = SearchIndex::new(c);
        let _ = index.find(c, "dang ky", &Filters::default());
        // And the office picker over whatever names its agencies have: every office
        // listed once, the place within the name.
        let all: Vec<_> = c.agencies.iter().collect();
        let first = c.agencies.first().map(|a| a.id.as_str());
        let ordered = order_offices(&all, Lang::Vi, first);
        assert_eq!(ordered.len(), all.len());
        let _ = find_offices(&ordered, "P9 Q3");
        for a in &c.agencies {
            let name = a.name.get(Lang::En).0;
            assert!(name.is_char_boundary(office_place_start(name)));
            let _ = journey::map_search(a);
        }
    }
    for d in &loaded.diagnostics {
        let _ = d.message(Lang::Vi);
        let _ = d.message(Lang::En);
    }
    let (_, diagnostics) = load_detail(data, "1.001193", sample());
    for d in &diagnostics {
        let _ = d.message(Lang::En);
    }
}

/// Everything the widget derives from a restored journey, against one procedure.
fn derive(j: &Journey) {
    let c = sample();
    let procedure = c
        .procedures
        .iter()
        .find(|p| p.id == j.procedure)
        .or_else(|| c.procedures.first());
    let Some(p) = procedure else { return };
    let (j, _notices) = journey::reconcile(j, p);
    let _ = journey::checklist(p, &j);
    let _ = journey::steps(p, &j);
    let _ = journey::channels(p, &j);
    let _ = journey::questions(p, &j);
    let _ = journey::stop(p, &j);
    let _ = journey::phases(p);
    let _ = journey::offices(c, p);
    let _ = share::plain_text(Lang::Vi, c, p, &j);
    let _ = share::encode(&j, c);
}

/// Saved state from device storage: a journey or an error, never a panic; what it
/// reads writes back to the same journey.
pub fn stored_journey(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    if let Ok(j) = journey::from_json(&text) {
        let again = journey::from_json(&journey::to_json(&j)).expect("what we write we read");
        assert_eq!(again, j, "a restored journey does not survive a save");
        derive(&j);
        merges(&j);
    }
}

/// Whatever a stored state holds (times before its own start over, tombstones of ids no
/// catalogue has), merging it with what a tab could hold is commutative, covers both
/// sides, and survives a save.
fn merges(j: &Journey) {
    let others = [
        journey::erased(j),
        journey::renewed(j, 5),
        Journey::new(j.procedure.clone(), 3, 4),
    ];
    for other in &others {
        let m = journey::merge(j, other);
        assert!(journey::same_progress(&m, &journey::merge(other, j)), "merge commutes");
        assert!(journey::covers(&m, j) && journey::covers(&m, other), "merge covers both");
        let again = journey::from_json(&journey::to_json(&m)).expect("a merge we write we read");
        assert_eq!(again, m, "a merged journey does not survive a save");
    }
}

/// A share link's payload, as typed (first byte 0 mod 4), as the compact form's mark
/// before arbitrary text (2 mod 4) or as a well-formed first-format link around arbitrary
/// state (odd), so the fuzzer reaches both readers.
pub fn shared_journey(data: &[u8]) {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    let id = sample().info.id.as_str();
    let payload = if mode % 4 == 0 {
        String::from_utf8_lossy(rest).into_owned()
    } else if mode % 4 == 2 {
        // The compact form's mark before arbitrary digits.
        let mut text = String::from(".");
        text.push_str(&String::from_utf8_lossy(rest));
        text
    } else {
        let mut bytes = id.as_bytes().to_vec();
        bytes.push(b'\n');
        bytes.extend_from_slice(rest);
        share::base64url_encode(&bytes)
    };
    let c = sample();
    if let Ok(shared) = share::decode(&payload, c) {
        let j = shared.journey;
        let back = share::decode(&share::encode(&j, c), c).expect("what we encode we decode");
        assert_eq!(back.journey.procedure, j.procedure);
        derive(&j);
    }
    let mut other = c.clone();
    other.info.id = "another-catalogue".into();
    let _ = share::decode(&payload, &other);
}

/// A search query against the sample: in bounds, each procedure once (ranked, so not in
/// catalogue order), and filtered.
pub fn search(data: &[u8]) {
    let Some((&pick, rest)) = data.split_first() else {
        return;
    };
    let query = String::from_utf8_lossy(rest);
    let c = sample();
    let agency = c
        .agencies
        .get(usize::from(pick >> 4) * 11 % c.agencies.len().max(1))
        .map(|a| a.id.as_str());
    let field = c
        .fields
        .get(usize::from(pick & 0x0F) % (c.fields.len() + 1))
        .map(|f| f.id.as_str());
    let filters = Filters::scope(c, agency.filter(|_| pick & 1 == 1), field);
    let found = with_sample_index(|i| i.find(c, &query, &filters));
    let mut unique = found.clone();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(unique.len(), found.len(), "a procedure listed twice");
    assert!(found.iter().all(|&i| i < c.procedures.len()));
    let all = with_sample_index(|i| i.find(c, &query, &Filters::default()));
    assert!(found.iter().all(|i| all.contains(i)), "a filter added a result");
    if let Some(p) = c.procedures.get(usize::from(pick) % c.procedures.len().max(1)) {
        let offices = journey::offices(c, p);
        let matches = find_offices(&offices, &query);
        assert!(matches.len() <= offices.len());
        let ordered = order_offices(&offices, Lang::En, agency);
        assert_eq!(ordered.len(), offices.len());
    }
}
