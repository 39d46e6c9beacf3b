//! The root view: loads the catalogue named by the element and shows the state.

use yew::prelude::*;

use crate::context::{Env, LoadFailure, LoadState};
use crate::embed::config::Theme;
use crate::embed::events::{HostEvents, Value};
use crate::embed::fetch::FetchError;
use crate::embed::storage::JourneyStore;
use crate::embed::{Config, ShareSettings};
use crate::hooks::use_catalogue::use_catalogue;
use crate::hooks::use_volunteer::use_volunteer;
use crate::ui::diagnostics_gate::DiagnosticsGate;
use crate::ui::load_error::LoadError;
use crate::ui::shared_link_gate::SharedLinkGate;
use procedure_guide_core::attributes::check_ids;
use procedure_guide_core::i18n::attributes::attribute_problem;
use procedure_guide_core::i18n::ui::{t, Msg};

#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    pub config: Config,
    /// The element's id, `share-page` and the loader's services.
    pub share: ShareSettings,
}

#[function_component]
pub fn App(props: &AppProps) -> Html {
    let lang = props.config.lang;
    let load = use_catalogue(
        props.config.catalogue.clone(),
        props.config.timeout_ms,
        props.share.services.clone(),
    );
    let (volunteer, switch_volunteer) = use_volunteer(&props.config);
    // Large text: on in volunteer mode, a toggle for anyone.
    let large = use_state_eq(|| volunteer);
    {
        let large = large.clone();
        use_effect_with(volunteer, move |v| large.set(*v));
    }
    let store = match &load.state {
        LoadState::Loaded { loaded, base, .. } => Some(JourneyStore::new(
            props.config.storage,
            loaded.catalogue.as_ref().map_or("", |c| c.info.id.as_str()),
            base,
        )),
        _ => None,
    };
    let toggle_large = {
        let large = large.clone();
        Callback::from(move |_: MouseEvent| large.set(!*large))
    };
    let toggle_volunteer = switch_volunteer.reform(move |_: MouseEvent| !volunteer);
    // The host page hears when the catalogue is ready or why there is none, and which
    // attributes could not be used.
    let root = use_node_ref();
    let events = HostEvents(root.clone());
    let pressed = |on: bool| if on { "true" } else { "false" };
    let toolbar = html! {
        <div class="pg-toolbar pg-noprint">
            <button type="button" class="pg-link pg-toggle-large" aria-pressed={pressed(*large)}
                onclick={toggle_large}>
                { t(lang, Msg::LargeText) }
            </button>
            <button type="button" class="pg-link pg-toggle-volunteer" aria-pressed={pressed(volunteer)}
                aria-describedby="pg-volunteer-hint" onclick={toggle_volunteer}>
                { t(lang, Msg::VolunteerMode) }
            </button>
            <span class="pg-visually-hidden" id="pg-volunteer-hint">{ t(lang, Msg::VolunteerModeHint) }</span>
        </div>
    };
    // Loaded, the guide places the toolbar itself, after its "skip to search".
    let guide_shown = matches!(load.state, LoadState::Loaded { .. });
    let body = match &load.state {
        // The same look as the loader's state before it (no jump from one to the other).
        LoadState::Loading => html! {
            <div class="pg-loading" role="status">
                <p class="pg-loading__text">{ t(lang, Msg::Loading) }</p>
                <progress class="pg-loading__bar" aria-label={t(lang, Msg::Loading)}></progress>
            </div>
        },
        LoadState::Failed(failure) => html! {
            <LoadError {lang} url={props.config.catalogue.clone()} failure={failure.clone()}
                       on_retry={load.retry.clone()} />
        },
        LoadState::Loaded {
            loaded,
            base,
            generation: load_generation,
            offline,
        } => {
            let store = store
                .clone()
                .unwrap_or_else(|| JourneyStore::new(props.config.storage, "", base));
            let env = Env {
                config: props.config.clone(),
                share: props.share.clone(),
                events: events.clone(),
                loaded: loaded.clone(),
                base: base.clone(),
                store,
                generation: *load_generation,
                details: load.details.clone(),
                fetch_detail: load.fetch_detail.clone(),
            };
            html! {
                <ContextProvider<Env> context={env.clone()}>
                    if let Some(offline) = offline {
                        <div class="pg-notice pg-notice--warning pg-offline" role="status">
                            <p>
                                { t(lang, Msg::OfflineCopy) }{ saved_date(lang, offline.saved_ms) }{ t(lang, Msg::OfflineCopyAfter) }
                            </p>
                            <button type="button" class="pg-button pg-button--secondary"
                                onclick={load.retry.reform(|_: MouseEvent| ())}>{ t(lang, Msg::Retry) }</button>
                        </div>
                    }
                    if loaded.has_errors() {
                        <div class="pg-notice" role="status">
                            <p>{ t(lang, Msg::CatalogueProblems) }</p>
                            <p>{ t(lang, Msg::File) }{ ": " }<code>{ props.config.catalogue.clone() }</code></p>
                            <DiagnosticsGate {lang} diagnostics={loaded.0.clone()} />
                        </div>
                    }
                    <SharedLinkGate env={env.clone()} {volunteer} toolbar={toolbar.clone()} />
                </ContextProvider<Env>>
            }
        }
    };
    // Attribute values the widget could not use: from the attributes alone, and the
    // agency, field, procedure or office the loaded catalogue does not hold.
    let mut problems = (*props.config.problems).clone();
    if let LoadState::Loaded { loaded, .. } = &load.state {
        if let Some(c) = &loaded.catalogue {
            let config = &props.config;
            problems.extend(check_ids(
                c,
                config.agency.as_deref(),
                config.field.as_deref(),
                config.procedure.as_deref(),
                config.office.as_deref(),
            ));
        }
    }
    let attribute_notice = if problems.is_empty() {
        html! {}
    } else {
        html! {
            <div class="pg-notice pg-notice--warning pg-attribute-problems" role="status">
                <p>{ t(lang, Msg::AttributeProblems) }</p>
                <ul>
                    { for problems.iter().map(|p| html! {
                        <li data-attribute={p.attribute}>{ attribute_problem(lang, p) }</li>
                    }) }
                </ul>
            </div>
        }
    };
    {
        let events = events.clone();
        let state = load.state.clone();
        let url = props.config.catalogue.clone();
        let which = match &load.state {
            LoadState::Loading => (0, 0),
            // Not again when a detail file is laid over the same catalogue.
            LoadState::Loaded { generation, .. } => (1, *generation as usize),
            LoadState::Failed(LoadFailure::Invalid(l)) => (2, std::rc::Rc::as_ptr(l) as usize),
            LoadState::Failed(_) => (3, 0),
        };
        use_effect_with((which, url), move |(_, url)| {
            load_event(&events, &state, url)
        });
    }
    {
        let events = events.clone();
        use_effect_with(problems.clone(), move |problems| {
            if !problems.is_empty() {
                let names: Vec<&str> = problems.iter().map(|p| p.attribute).collect();
                events.emit(
                    "error",
                    &[
                        ("kind", Value::Str("attributes")),
                        ("attributes", Value::List(&names)),
                    ],
                );
            }
        });
    }
    // Marks the theme in use on the widget (the colours themselves come from the
    // stylesheet's `:host([theme])`).
    let dark = props.config.theme == Theme::Dark;
    html! {
        <section ref={root} part="widget" class={classes!("pg", large.then_some("pg--large"), dark.then_some("pg--dark"))} lang={lang.tag()}
            aria-label={t(lang, Msg::WidgetLabel)}>
            if !guide_shown { { toolbar } }
            { attribute_notice }
            { body }
        </section>
    }
}

/// `procedure-guide:ready` once a catalogue is shown, `procedure-guide:error` when none
/// can be: the detail says why, with counts and the URL, never catalogue content.
fn load_event(events: &HostEvents, state: &LoadState, url: &str) {
    let count = |n: usize| Value::Num(n as f64);
    match state {
        LoadState::Loading => {}
        LoadState::Loaded { loaded, .. } => {
            // Counted with those left out of a long list.
            let counts = loaded.counts();
            let catalogue = loaded.catalogue.as_ref();
            events.emit(
                "ready",
                &[
                    (
                        "catalogue",
                        Value::Str(catalogue.map_or("", |c| c.info.id.as_str())),
                    ),
                    ("url", Value::Str(url)),
                    (
                        "procedures",
                        count(catalogue.map_or(0, |c| c.procedures.len())),
                    ),
                    ("errors", count(counts.errors)),
                    ("warnings", count(counts.warnings)),
                ],
            );
        }
        LoadState::Failed(failure) => {
            let (reason, status) = match failure {
                LoadFailure::NoUrl => ("no-catalogue-attribute", Value::Null),
                LoadFailure::Fetch(FetchError::Network) => ("network", Value::Null),
                LoadFailure::Fetch(FetchError::Timeout) => ("timeout", Value::Null),
                LoadFailure::Fetch(FetchError::TooLarge(_)) => ("too-large", Value::Null),
                LoadFailure::Fetch(FetchError::Status(s)) => {
                    ("http-status", Value::Num(f64::from(*s)))
                }
                LoadFailure::Invalid(_) => ("invalid-catalogue", Value::Null),
            };
            events.emit(
                "error",
                &[
                    ("kind", Value::Str("catalogue")),
                    ("reason", Value::Str(reason)),
                    ("status", status),
                    ("url", Value::Str(url)),
                ],
            );
        }
    }
}

/// The day a copy was saved, in the person's own time zone.
fn saved_date(lang: procedure_guide_core::i18n::Lang, ms: f64) -> String {
    let d = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms));
    procedure_guide_core::i18n::present::date(
        lang,
        procedure_guide_core::catalogue::Date {
            year: d.get_full_year() as u16,
            month: (d.get_month() + 1) as u8,
            day: d.get_date() as u8,
        },
    )
}
