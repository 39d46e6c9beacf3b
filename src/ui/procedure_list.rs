//! The list of procedures: a search box (accent-insensitive), filters by field and
//! agency, the number of results announced politely, and one button per procedure.

use procedure_guide_core::i18n::present;
use procedure_guide_core::i18n::ui::{t, Msg};
use procedure_guide_core::search::{Filters, SearchIndex};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::context::{use_env, Shared};
use crate::ui::in_progress_gate::InProgressGate;
use crate::ui::list_filters::ListFilters;
use crate::ui::localised::inline;

/// How many results are shown at first, and added by "show more". Twenty fill a phone's
/// screen twice; fifty cost a 4×-throttled keystroke 80 ms of rendering (BENCHMARKS.md).
const PAGE: usize = 20;

#[derive(Properties, PartialEq)]
pub struct ProcedureListProps {
    pub index: Shared<SearchIndex>,
    pub query: String,
    pub filters: Filters,
    /// What the embed restricts the list to (`agency` / `field`); its filters are not
    /// offered, since the person cannot widen them.
    #[prop_or_default]
    pub scope: Filters,
    pub on_query: Callback<String>,
    pub on_filters: Callback<Filters>,
    pub on_open: Callback<AttrValue>,
    /// Move focus to the list's heading once shown (the person came back to it).
    #[prop_or_default]
    pub focus: bool,
    /// Clears the device for the next person (offered beside the journeys in progress).
    #[prop_or_default]
    pub on_start_over: Callback<()>,
}

#[function_component]
pub fn ProcedureList(props: &ProcedureListProps) -> Html {
    let env = use_env();
    let title = use_node_ref();
    {
        let title = title.clone();
        let focus = props.focus;
        use_effect_with((), move |_| {
            if focus {
                if let Some(h) = title.cast::<web_sys::HtmlElement>() {
                    let _ = h.focus();
                }
            }
        });
    }
    // A life-event chip was pressed: once its results are shown, bring them into view.
    let count = use_node_ref();
    let chip_pressed = use_mut_ref(|| false);
    {
        let count = count.clone();
        let chip_pressed = chip_pressed.clone();
        use_effect_with(props.filters.life_event.clone(), move |_| {
            if chip_pressed.replace(false) {
                if let Some(el) = count.cast::<web_sys::Element>() {
                    crate::embed::scroll::bring_to_top(&el);
                }
            }
        });
    }
    let lang = env.as_ref().map(|e| e.lang()).unwrap_or_default();
    let scope = &props.scope;
    // Life events with nothing under the embed's `agency` / `field` are not offered (a
    // chip that leads to an empty list). Once per catalogue and scope, not per keystroke.
    // (Every hook before any early return.)
    let events_with_procedures = use_memo((props.index.clone(), scope.clone()), {
        let loaded = env.as_ref().map(|e| e.loaded.clone());
        move |(index, scope)| {
            let Some(catalogue) = loaded.as_ref().and_then(|l| l.catalogue.as_ref()) else {
                return Vec::new();
            };
            catalogue
                .life_events
                .iter()
                .map(|e| {
                    let only = Filters {
                        life_event: Some(e.id.clone()),
                        ..Filters::default()
                    };
                    !index
                        .list(catalogue, "", &only.within(scope), lang)
                        .is_empty()
                })
                .collect::<Vec<bool>>()
        }
    });
    // The list grows a page at a time: rendering every match of a city catalogue on each
    // keystroke would block a cheap phone for seconds. A new query starts again at one page.
    let shown = use_state_eq(|| PAGE);
    {
        let shown = shown.clone();
        use_effect_with((props.query.clone(), props.filters.clone()), move |_| {
            shown.set(PAGE);
        });
    }
    let Some(env) = env else {
        return html! {};
    };
    let Some(catalogue) = env.catalogue() else {
        return html! {};
    };
    let more = {
        let shown = shown.clone();
        Callback::from(move |_: MouseEvent| shown.set(*shown + PAGE))
    };
    let found = props
        .index
        .list(catalogue, &props.query, &props.filters.within(scope), lang);

    let on_input = {
        let on_query = props.on_query.clone();
        Callback::from(move |e: InputEvent| {
            on_query.emit(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    let clear = {
        let on_query = props.on_query.clone();
        let on_filters = props.on_filters.clone();
        Callback::from(move |_| {
            on_query.emit(String::new());
            on_filters.emit(Filters::default());
        })
    };

    // The embed's restriction, named under the title so the person knows the list is
    // not the whole catalogue.
    let scope_names: Vec<&str> = scope
        .agency
        .as_deref()
        .and_then(|a| catalogue.agency(a))
        .map(|a| a.name.get(lang).0)
        .into_iter()
        .chain(
            scope
                .field
                .as_deref()
                .and_then(|f| catalogue.fields.iter().find(|x| x.id == f))
                .map(|f| f.name.get(lang).0),
        )
        .collect();
    let filtered = !props.query.trim().is_empty() || props.filters != Filters::default();
    html! {
        <div class="pg-list-view">
            <h2 class="pg-catalogue__title" tabindex="-1" ref={title}>{ inline(lang, &catalogue.info.title) }</h2>
            if !scope_names.is_empty() {
                <p class="pg-scope">{ scope_names.join(" · ") }</p>
            }
            <InProgressGate on_open={props.on_open.clone()} on_start_over={props.on_start_over.clone()} />
            if events_with_procedures.iter().any(|on| *on) {
                <div class="pg-life-events" role="group" aria-labelledby="pg-life-events-label">
                    <p class="pg-label" id="pg-life-events-label">{ t(lang, Msg::LifeEvents) }</p>
                    <ul class="pg-chips">
                        { for catalogue.life_events.iter().zip(events_with_procedures.iter()).filter(|(_, on)| **on).map(|(e, _)| {
                            let on = props.filters.life_event.as_deref() == Some(e.id.as_str());
                            let on_filters = props.on_filters.clone();
                            let filters = props.filters.clone();
                            let id = e.id.clone();
                            let chip_pressed = chip_pressed.clone();
                            html! {
                                <li>
                                    <button type="button" class="pg-chip" data-life-event={e.id.clone()}
                                        aria-pressed={if on { "true" } else { "false" }}
                                        onclick={move |_| {
                                            let mut next = filters.clone();
                                            next.life_event = (!on).then(|| id.clone());
                                            *chip_pressed.borrow_mut() = !on;
                                            on_filters.emit(next);
                                        }}>
                                        { inline(lang, &e.name) }
                                    </button>
                                </li>
                            }
                        }) }
                    </ul>
                </div>
            }
            <div class="pg-search">
                <label class="pg-label" for="pg-search-input">{ t(lang, Msg::SearchLabel) }</label>
                <p class="pg-hint" id="pg-search-hint">{ t(lang, Msg::SearchHint) }</p>
                <input id="pg-search-input" class="pg-input" type="search" autocomplete="off"
                    spellcheck="false" aria-describedby="pg-search-hint"
                    value={props.query.clone()} oninput={on_input} />
            </div>
            <ListFilters filters={props.filters.clone()} scope={props.scope.clone()}
                on_filters={props.on_filters.clone()} />
            <p class="pg-result-count" role="status" data-testid="result-count" ref={count}>
                <strong>{ found.len() }</strong>{ " " }{ present::count_noun(lang, found.len(), present::Counted::Procedures) }
            </p>
            if found.is_empty() {
                <div class="pg-empty">
                    <p>{ t(lang, if props.query.trim().is_empty() { Msg::NoResultsFiltered } else { Msg::NoResults }) }</p>
                    <button type="button" class="pg-button pg-button--secondary" onclick={clear}>
                        { t(lang, Msg::ClearFilters) }
                    </button>
                </div>
            } else {
                <ul class="pg-results">
                    { for found.iter().take(*shown).filter_map(|&i| catalogue.procedures.get(i)).map(|p| {
                        let id = AttrValue::from(p.id.clone());
                        let on_open = props.on_open.clone();
                        let withdrawn = p.status == procedure_guide_core::catalogue::Status::Withdrawn;
                        html! {
                            <li key={p.id.clone()} class="pg-results__item">
                                <button type="button" class="pg-result"
                                    onclick={move |_| on_open.emit(id.clone())}>
                                    <span class="pg-result__name">{ inline(lang, &p.name) }</span>
                                    <span class="pg-result__meta">
                                        <span class="pg-result__code">{ p.id.clone() }</span>
                                        if withdrawn {
                                            <span class="pg-tag pg-tag--warning">{ t(lang, Msg::Withdrawn) }</span>
                                        }
                                    </span>
                                </button>
                            </li>
                        }
                    }) }
                </ul>
                if found.len() > *shown {
                    <button type="button" class="pg-button pg-button--secondary pg-more" onclick={more}>
                        { present::show_more(lang, (found.len() - *shown).min(PAGE)) }
                    </button>
                }
            }
            if filtered && !found.is_empty() {
                <button type="button" class="pg-link" onclick={
                    let (q, f) = (props.on_query.clone(), props.on_filters.clone());
                    move |_| { q.emit(String::new()); f.emit(Filters::default()); }
                }>{ t(lang, Msg::ClearFilters) }</button>
            }
        </div>
    }
}
