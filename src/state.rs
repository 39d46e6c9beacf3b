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

impl JourneyState {
    pub fn procedure(&self) -> Option<&Procedure> {
        self.loaded
            .catalogue
            .as_ref()
            .and_then(|c| c.procedure(&self.journey.procedure))
    }
}

impl Reducible for JourneyState {
    type Action = Act;

    fn reduce(self: Rc<Self>, act: Act) -> Rc<Self> {
        let Some(procedure) = self.procedure() else {
            return self;
        };
        let journey = apply(&self.journey, act.event, procedure);
        let journey = apply(&journey, Event::Touch { now: act.now }, procedure);
        Rc::new(JourneyState {
            loaded: self.loaded.clone(),
            journey,
        })
    }
}
