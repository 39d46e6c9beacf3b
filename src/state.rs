//! The Yew side of a journey: a reducer that is a one-line adapter over the core's pure
//! `journey::apply_at` (and `journey::merge` for what another widget saved). Storage
//! and history writes happen in hooks after the state has changed, never here (see
//! STYLE.md).

use std::rc::Rc;

use procedure_guide_core::catalogue::{Loaded, Procedure};
use procedure_guide_core::journey::{apply_at, covers, erased, merge, Event, Journey};
use yew::Reducible;

use crate::ui::env::Shared;

/// One journey and the catalogue it runs on.
#[derive(Clone, PartialEq)]
pub struct JourneyState {
    pub loaded: Shared<Loaded>,
    pub journey: Journey,
    /// How many times what another widget saved lacked something of this journey (it
    /// wrote over a change of ours it had not heard of yet). The journey page saves
    /// again each time, even when the merge left this journey as it was, so the other
    /// tabs hear what they missed.
    pub storage_behind: u32,
}

/// What a view dispatches: the person's event and the time it happened (the core has
/// no clock; the time keeps the journey from being forgotten as stale, and dates the
/// change so that a merge with another tab's copy keeps the later one).
pub struct Act {
    pub event: Event,
    pub now: u64,
}

/// What changes a journey: the person acting here, or the same journey saved by another
/// widget of this catalogue and procedure (on this page or in another tab), merged into
/// this one so the two stay in step without losing what either did at the same moment.
/// `None`: the other one erased it.
pub enum Action {
    Person(Act),
    Synced(Option<Journey>),
}

impl From<Act> for Action {
    fn from(act: Act) -> Action {
        Action::Person(act)
    }
}

impl JourneyState {
    pub fn procedure(&self) -> Option<&Procedure> {
        self.loaded
            .catalogue
            .as_ref()
            .and_then(|c| c.procedure(&self.journey.procedure))
    }
}

impl Reducible for JourneyState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let Some(procedure) = self.procedure() else {
            return self;
        };
        let mut behind = self.storage_behind;
        let journey = match action {
            Action::Person(act) => apply_at(&self.journey, act.event, procedure, act.now),
            // Each widget keeps its own view (`merge` and `erased` do); only what the
            // person did is shared.
            Action::Synced(other) => {
                let journey = match other {
                    Some(stored) => {
                        let merged = merge(&self.journey, &stored);
                        // Only when the merge adds something to what is stored: else
                        // the tabs would answer each other's saves forever.
                        if !covers(&stored, &merged) {
                            behind = behind.wrapping_add(1);
                        }
                        merged
                    }
                    None => erased(&self.journey),
                };
                if journey == self.journey && behind == self.storage_behind {
                    return self;
                }
                journey
            }
        };
        Rc::new(JourneyState {
            loaded: self.loaded.clone(),
            journey,
            storage_behind: behind,
        })
    }
}
