//! A catalogue's problems, listed by the journey module (`ui::journey_module`), where the
//! validator's messages are: "loading" until it is there, a retry if it cannot come.
//! Counts and the file name stay with the caller, so a webmaster always sees that there
//! are problems.

use procedure_guide_core::i18n::ui::{t, Msg};
use yew::prelude::*;

use crate::ui::diagnostic_list::DiagnosticListProps;
use crate::ui::journey_module::{use_journey_module, ModuleState};

#[function_component]
pub fn DiagnosticsGate(props: &DiagnosticListProps) -> Html {
    let lang = props.lang;
    match use_journey_module(true, Callback::noop()) {
        ModuleState::Ready(module) => (module.diagnostics)(props),
        ModuleState::Loading => html! {
            <p class="pg-status" role="status" aria-busy="true">{ t(lang, Msg::ProblemsLoading) }</p>
        },
        ModuleState::Failed(retry) => html! {
            <div class="pg-diagnostics-failed">
                <p>{ t(lang, Msg::ProblemsFailed) }</p>
                <button type="button" class="pg-button pg-button--secondary" onclick={retry.reform(|_: MouseEvent| ())}>
                    { t(lang, Msg::Retry) }
                </button>
            </div>
        },
    }
}
