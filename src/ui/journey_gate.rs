//! The journey page from the journey module (`ui::journey_module`): the page once the
//! module is there, the procedure's heading and "loading" until then, and a message
//! with a retry if the file cannot be fetched: never a dead area.

use procedure_guide_core::i18n::ui::{t, Msg};
use procedure_guide_core::nav::Action;
use yew::prelude::*;

use crate::ui::journey::journey_page::JourneyPageProps;
use crate::ui::journey_module::{self, failed_panel, use_journey_module, ModuleState};
use crate::ui::localised::inline;

/// Whether the journey module is ready.
pub fn is_loaded() -> bool {
    journey_module::ready().is_some()
}

#[derive(Properties, PartialEq)]
pub struct JourneyGateProps {
    pub page: JourneyPageProps,
    /// The page is shown (its module arrived): the guide then focuses what a share link
    /// opened.
    pub on_ready: Callback<()>,
}

#[function_component]
pub fn JourneyGate(props: &JourneyGateProps) -> Html {
    let state = use_journey_module(true, props.on_ready.clone());
    let page = &props.page;
    let lang = page.env.lang();
    let p = &page.procedure;
    let state = match state {
        ModuleState::Ready(module) => return (module.journey)(page),
        ModuleState::Loading => html! {
            <p class="pg-status pg-journey-loading" role="status" aria-busy="true">
                { t(lang, Msg::LoadingDetail) }
            </p>
        },
        ModuleState::Failed(retry) => failed_panel(lang, &retry),
    };
    let back = page.navigate.reform(|_: MouseEvent| Action::ToList);
    // Not `pg-journey`: that is the page itself, which scripts and tests wait for.
    html! {
        <div class="pg-journey-pending" data-procedure={p.id.clone()}>
            <button type="button" class="pg-link pg-back" onclick={back}>
                <span aria-hidden="true">{ "← " }</span>{ t(lang, Msg::BackToList) }
            </button>
            <h2 class="pg-procedure__title" tabindex="-1">{ inline(lang, &p.name) }</h2>
            <p class="pg-procedure__meta">{ t(lang, Msg::Code) }{ ": " }{ p.id.clone() }</p>
            { state }
        </div>
    }
}
