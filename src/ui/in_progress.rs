//! "Procedures you are preparing": the journeys started on this device for this
//! catalogue, each resumable (a newborn needs birth registration, residence
//! registration and a health-insurance card). Journeys untouched for 30 days (the
//! `forget-after-days` attribute) are forgotten here, the first time the list is shown after they went stale.

use procedure_guide_core::i18n::present;
use procedure_guide_core::i18n::ui::{t, Msg};
use procedure_guide_core::journey::{checklist, from_json, Journey, View};
use yew::prelude::*;

use crate::ui::env::use_env;
use crate::ui::localised::inline;

/// Whether the person did anything yet: merely opening a procedure saves a journey too,
/// but is not "preparing" it.
fn started(j: &Journey) -> bool {
    j.view != View::Overview
        || !j.answers.is_empty()
        || !j.ticks.is_empty()
        || j.office.is_some()
        || j.channel.is_some()
        || !j.done_steps.is_empty()
        || !j.looked_up.is_empty()
}

#[derive(Properties, PartialEq)]
pub struct InProgressProps {
    pub on_open: Callback<AttrValue>,
}

#[function_component]
pub fn InProgress(props: &InProgressProps) -> Html {
    let env = use_env();
    // Read once per showing of the list: storage is the source of truth.
    let journeys = use_memo((), {
        let env = env.clone();
        move |_| {
            let Some(env) = env else {
                return Vec::new();
            };
            let now = js_sys::Date::now() as u64;
            let mut out: Vec<Journey> = Vec::new();
            for (procedure, text) in env.store.entries() {
                match from_json(&text) {
                    Ok(j) if j.is_stale(now, env.forget_after_ms) => env.store.remove(&procedure),
                    Ok(j) if j.procedure == procedure && started(&j) => out.push(j),
                    // Unreadable saved text is left alone here; opening the procedure
                    // says it could not be read and starts afresh.
                    _ => {}
                }
            }
            // Most recent first. A handful of journeys: an insertion sort, not another
            // copy of std's sort in the wasm.
            for i in 1..out.len() {
                let mut k = i;
                while k > 0 && out[k - 1].touched < out[k].touched {
                    out.swap(k - 1, k);
                    k -= 1;
                }
            }
            out
        }
    });
    let Some(env) = env else {
        return html! {};
    };
    let Some(catalogue) = env.catalogue() else {
        return html! {};
    };
    let lang = env.lang;
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
                        onclick={move |_| on_open.emit(id.clone())}>{ t(lang, Msg::Resume) }<span class="pg-visually-hidden">{ ": " }{ inline(lang, &p.name) }</span></button>
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
        </section>
    }
}
