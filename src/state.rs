//! The Yew side of a journey: a reducer that is a one-line adapter over the core's pure
//! `journey::apply`. Storage and history writes happen in hooks after the state has
//! changed, never here (see STYLE.md).

use std::rc::Rc;

use procedure_guide_core::catalogue::{Loaded, Procedure};
use procedure_guide_core::journey::{apply, Event, Journey};
use yew::Reducible;

use crate::ui::env::Shared;

/// One journey and the catalogue it runs on.
#[derive(Clone, PartialEq)]
pub struct JourneyState {
    pub loaded: Shared<Loaded>,
    pub journey: Journey,
}

/// What a view dispatches: the person's event and the time it happened (the core has
/// no clock; the time keeps the journey from being forgotten as stale).
pub struct Act {
    pub event: Event,
    pub now: u64,
}

/// What changes a journey: the person acting here, or the same journey saved by another
/// widget of this catalogue and procedure (on this page or in another tab), which this
/// one follows so the two stay in step. `None`: the other one erased it.
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
        let journey = match action {
            Action::Person(act) => {
                let journey = apply(&self.journey, act.event, procedure);
                apply(&journey, Event::Touch { now: act.now }, procedure)
            }
            Action::Synced(other) => {
                // Each widget keeps its own view; only what the person did is shared.
                let mut journey = other.unwrap_or_else(|| {
                    Journey::new(
                        procedure.id.clone(),
                        self.journey.nonce,
                        self.journey.touched,
                    )
                });
                if journey.procedure != procedure.id {
                    return self;
                }
                journey.view = self.journey.view;
                if journey == self.journey {
                    return self;
                }
                journey
            }
        };
        Rc::new(JourneyState {
            loaded: self.loaded.clone(),
            journey,
        })
    }
}
