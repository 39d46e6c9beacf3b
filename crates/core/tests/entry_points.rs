//! A short pass of the fuzz targets in the normal suite: the same entry points and
//! invariants as `fuzz/fuzz_targets/` (shared through `fuzz/exercise.rs`), fed by
//! proptest with arbitrary bytes and with mutations of real inputs, in seconds. The long
//! runs are `bash scripts/fuzz.sh` (see TESTING.md).

use proptest::prelude::*;

include!("../../../fuzz/exercise.rs");

/// Real inputs to mutate: a few corpus catalogues, a saved journey, a share payload.
fn seeds() -> Vec<Vec<u8>> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests");
    let mut out = Vec::new();
    for f in [
        "fixtures/valid/small.json",
        "corpus/valid-base.json",
        "corpus/index-detail-ok.json",
        "corpus/when-nested-any-all-unknown.json",
    ] {
        out.push(std::fs::read(root.join(f)).expect("seed"));
    }
    out
}

fn a_journey() -> String {
    let p = &sample().procedures[0];
    let mut j = Journey::new(p.id.clone(), 7, 1_764_000_000_000);
    if let Some(q) = p.questions.first() {
        let value = q
            .options
            .first()
            .map_or("yes".to_string(), |o| o.id.clone());
        j = j.apply(
            journey::Event::Answer {
                question: q.id.clone(),
                value,
            },
            p,
        );
    }
    if let Some(d) = p.documents.first() {
        j = j.apply(
            journey::Event::Tick(journey::TickTarget::document(d.id.clone())),
            p,
        );
    }
    journey::to_json(&j)
}

fn mutate(mut bytes: Vec<u8>, edits: &[(prop::sample::Index, u8, u8)]) -> Vec<u8> {
    for (at, byte, op) in edits {
        if bytes.is_empty() {
            bytes.push(*byte);
            continue;
        }
        let i = at.index(bytes.len());
        match op % 3 {
            0 => bytes[i] = *byte,
            1 => bytes.insert(i, *byte),
            _ => {
                bytes.truncate(i);
            }
        }
    }
    bytes
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn catalogue_bytes(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        catalogue(&bytes);
    }

    #[test]
    fn mutated_catalogues(seed in 0..4usize, edits in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>(), any::<u8>()), 1..8)) {
        catalogue(&mutate(seeds()[seed].clone(), &edits));
    }

    #[test]
    fn stored_journeys(bytes in prop::collection::vec(any::<u8>(), 0..256)) {
        stored_journey(&bytes);
    }

    #[test]
    fn mutated_stored_journeys(edits in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>(), any::<u8>()), 1..6)) {
        stored_journey(&mutate(a_journey().into_bytes(), &edits));
    }

    #[test]
    fn shared_journeys(bytes in prop::collection::vec(any::<u8>(), 0..256)) {
        shared_journey(&bytes);
    }

    #[test]
    fn mutated_shared_journeys(edits in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>(), any::<u8>()), 1..6)) {
        let mut bytes = vec![1u8];
        bytes.extend(mutate(a_journey().into_bytes(), &edits));
        shared_journey(&bytes);
    }

    #[test]
    fn search_queries(pick in any::<u8>(), query in "\\PC{0,40}") {
        let mut bytes = vec![pick];
        bytes.extend_from_slice(query.as_bytes());
        search(&bytes);
    }
}

#[test]
fn the_seeds_reach_the_deep_paths() {
    // Not vacuous: the journey seed restores, and the share path decodes it.
    let text = a_journey();
    assert!(journey::from_json(&text).is_ok());
    stored_journey(text.as_bytes());
    let mut bytes = vec![1u8];
    bytes.extend_from_slice(text.as_bytes());
    let id = sample().info.id.clone();
    let mut raw = id.as_bytes().to_vec();
    raw.push(b'\n');
    raw.extend_from_slice(text.as_bytes());
    assert!(share::decode(&share::base64url_encode(&raw), sample()).is_ok());
    shared_journey(&bytes);
    search(b"\x01dang ky");
}
