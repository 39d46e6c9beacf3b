//! Native tests of the journey: tables over the sample catalogue (`tables`), properties
//! over arbitrary event sequences (`props`), and saving, restoring and reconciling
//! (`restore`).

mod merge;
mod person;
mod props;
mod restore;
mod session;
mod tables;

use std::sync::OnceLock;

use crate::catalogue::{load_catalogue, Catalogue, Procedure};

use super::{apply, Event, Journey};

/// The sample catalogue the demo serves (`www/catalogue.json`), loaded once.
pub(super) fn sample() -> &'static Catalogue {
    static SAMPLE: OnceLock<Catalogue> = OnceLock::new();
    SAMPLE.get_or_init(|| {
        let loaded = load_catalogue(include_bytes!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../www/catalogue.json"
        )));
        let errors: Vec<_> = loaded.diagnostics.iter().filter(|d| d.is_error()).collect();
        assert!(errors.is_empty(), "sample catalogue has errors: {errors:?}");
        loaded.catalogue.expect("sample catalogue loads")
    })
}

pub(super) fn procedure(id: &str) -> &'static Procedure {
    sample()
        .procedure(id)
        .unwrap_or_else(|| panic!("procedure {id} in the sample catalogue"))
}

/// A journey through `procedure` after `events`, each of which must change something
/// (so a typo in a table shows up as a failure, not as a silently ignored event).
pub(super) fn journey(procedure: &Procedure, events: Vec<Event>) -> Journey {
    let mut j = Journey::new(procedure.id.clone(), 7, 1_000);
    for event in events {
        let next = apply(&j, event.clone(), procedure);
        assert!(
            next != j || matches!(event, Event::GoTo(_)),
            "{event:?} was ignored"
        );
        j = next;
    }
    j
}

pub(super) fn answer(question: &str, value: &str) -> Event {
    Event::Answer {
        question: question.to_string(),
        value: value.to_string(),
    }
}
