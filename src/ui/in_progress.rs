//! "Procedures you are preparing": the journeys started on this device for this
//! catalogue, each resumable (a newborn needs birth registration, residence
//! registration and a health-insurance card), read by the journey session, which also
//! forgets the ones untouched for 30 days (the `forget-after-days` attribute). A
//! volunteer clears them all for the next person from here too.

use procedure_guide_core::i18n::present;
use procedure_guide_core::i18n::ui::{t, Msg};
use procedure_guide_core::journey::checklist;
use yew::prelude::*;

use crate::context::use_env;
use crate::hooks::use_journey::use_saved_journeys;
use crate::ui::localised::{hidden_context, inline};

#[derive(Properties, PartialEq, Clone)]
pub struct InProgressProps {
    pub on_open: Callback<AttrValue>,
    /// Clears every journey of the device for the next person.
    pub on_start_over: Callback<()>,
}

/// The list as a plain function, for the journey module (`ui::journey_module`), shown
/// through `ui::in_progress_gate`.
pub fn render(props: &InProgressProps) -> Html {
    html! { <InProgress ..props.clone() /> }
}

#[function_component]
pub fn InProgress(props: &InProgressProps) -> Html {
    let Some(env) = use_env() else {
        return html! {};
    };
    let journeys = use_saved_journeys(&env);
    let Some(catalogue) = env.catalogue() else {
        return html! {};
    };
    let lang = env.lang();
    let items: Vec<Html> = journeys
        .iter()
        .filter_map(|j| {
            let p = catalogue.procedure(&j.procedure)?;
            // An index entry lists no documents: no count until its detail is loaded.
            let missing = (!p.needs_detail()).then(|| checklist(p, j).missing);
            let on_open = props.on_open.clone();
            let id = AttrValue::from(p.id.clone());
            Some(html! {
                <li class="pg-in-progress__item" key={p.id.clone()} data-procedure={p.id.clone()}>
                    <span class="pg-result__name">{ inline(lang, &p.name) }</span>
                    <span class="pg-hint">
                        if let Some(missing) = missing {
                            { " " }{ present::missing_documents(lang, missing.missing, missing.counted) }
                        }
                    </span>
                    <button type="button" class="pg-button pg-button--secondary"
                        onclick={move |_| on_open.emit(id.clone())}>{ t(lang, Msg::Resume) }{ hidden_context(lang, &p.name) }</button>
                </li>
            })
        })
        .collect();
    if items.is_empty() {
        return html! {};
    }
    html! {
        <section class="pg-in-progress" aria-labelledby="pg-in-progress-title">
            <h3 id="pg-in-progress-title">{ t(lang, Msg::InProgress) }</h3>
            <ul class="pg-plain">{ for items }</ul>
            <button type="button" class="pg-button pg-button--secondary pg-start-over"
                onclick={props.on_start_over.reform(|_: MouseEvent| ())}>
                { t(lang, Msg::StartOver) }
            </button>
        </section>
    }
}
