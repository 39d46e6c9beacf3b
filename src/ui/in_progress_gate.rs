//! "Procedures you are preparing" from the journey module (`ui::journey_module`), which
//! reads saved journeys: asked for only when this catalogue has any on the device, so a
//! first visit never waits for it. Until it is there (and if it cannot come) the list
//! simply is not shown; the procedures below work as ever.

use yew::prelude::*;

use crate::context::use_env;
use crate::ui::in_progress::InProgressProps;
use crate::ui::journey_module::{use_journey_module, ModuleState};

#[function_component]
pub fn InProgressGate(props: &InProgressProps) -> Html {
    let env = use_env();
    // Read once per showing of the list, as the list itself reads the device.
    let saved = use_memo((), {
        let store = env.as_ref().map(|e| e.store.clone());
        move |_| store.is_some_and(|s| s.has_entries())
    });
    match use_journey_module(*saved, Callback::noop()) {
        ModuleState::Ready(module) if *saved => (module.in_progress)(props),
        _ => html! {},
    }
}
