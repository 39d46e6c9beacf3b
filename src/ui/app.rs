//! The root view: loads the catalogue named by the element and shows the state.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::embed::config::{Mode, Theme};
use crate::embed::events::{HostEvents, Value};
use crate::embed::fetch::FetchError;
use crate::embed::idle::Timeout;
use crate::embed::storage::JourneyStore;
use crate::embed::Config;
use crate::hooks::use_catalogue::{use_catalogue, LoadFailure, LoadState};
use crate::ui::browser::Browser;
use crate::ui::diagnostic_list::DiagnosticList;
use crate::ui::env::Env;
use crate::ui::load_error::LoadError;
use procedure_guide_core::attributes::check_ids;
use procedure_guide_core::i18n::attributes::attribute_problem;
use procedure_guide_core::i18n::ui::{t, Msg};

#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    pub config: Config,
}

/// "Start over for the next person" in volunteer mode: erases every journey of this
/// catalogue from the device and shows a fresh list. Given to the views as a context.
#[derive(Clone, PartialEq)]
pub struct DeviceReset(pub Callback<()>);

/// How long the idle warning stays before the device is cleared: one minute, or the
/// idle time itself when a test shortens it.
fn warning_ms(idle_ms: u32) -> u32 {
    idle_ms.min(60_000)
}

/// Arms the volunteer mode's idle timer: after `idle_ms` the warning shows, and after
/// [`warning_ms`] more the device is cleared. Replacing the slot's timer cancels the old.
fn arm_idle(
    slot: &Rc<RefCell<Option<Timeout>>>,
    idle_ms: u32,
    warning: UseStateHandle<bool>,
    reset: Callback<()>,
) {
    let inner = Rc::clone(slot);
    let timeout = Timeout::new(idle_ms, move || {
        warning.set(true);
        // Replaces the timer that is running now; wasm-bindgen defers freeing its
        // closure until it returns.
        *inner.borrow_mut() = Some(Timeout::new(warning_ms(idle_ms), move || {
            warning.set(false);
            reset.emit(());
        }));
    });
    *slot.borrow_mut() = Some(timeout);
}

#[function_component]
pub fn App(props: &AppProps) -> Html {
    let lang = props.config.lang;
    let load = use_catalogue(props.config.catalogue.clone(), props.config.timeout_ms);
    let volunteer = props.config.mode == Mode::Volunteer;
    let idle_ms = props.config.idle_ms;
    // Large text: on by default in volunteer mode, a toggle for anyone.
    let large = use_state(|| volunteer);
    {
        let large = large.clone();
        use_effect_with(volunteer, move |v| large.set(*v));
    }
    // Bumped to remount the list fresh (query, filters, in-progress) after a reset.
    let generation = use_state(|| 0u32);
    let warning = use_state(|| false);
    let idle = use_mut_ref(|| None::<Timeout>);
    let store = match &load.state {
        LoadState::Loaded { loaded, base, .. } => Some(JourneyStore::new(
            props.config.storage,
            loaded.catalogue.as_ref().map_or("", |c| c.info.id.as_str()),
            base,
        )),
        _ => None,
    };
    let reset = {
        let generation = generation.clone();
        let warning = warning.clone();
        let idle = idle.clone();
        let store = store.clone();
        Callback::from(move |()| {
            if let Some(store) = &store {
                store.clear();
            }
            // Re-armed at the next activity: an empty device has nothing to protect.
            *idle.borrow_mut() = None;
            warning.set(false);
            generation.set(generation.wrapping_add(1));
        })
    };
    {
        let idle = idle.clone();
        let warning = warning.clone();
        let reset = reset.clone();
        use_effect_with((volunteer, idle_ms), move |(volunteer, idle_ms)| {
            if *volunteer {
                arm_idle(&idle, *idle_ms, warning, reset);
            } else {
                *idle.borrow_mut() = None;
            }
            // Unmounted or mode changed: no timer may fire into a dead widget.
            move || *idle.borrow_mut() = None
        });
    }
    let activity = {
        let idle = idle.clone();
        let warning = warning.clone();
        let reset = reset.clone();
        Callback::from(move |()| {
            if volunteer {
                if *warning {
                    warning.set(false);
                }
                arm_idle(&idle, idle_ms, warning.clone(), reset.clone());
            }
        })
    };
    let on_click = activity.reform(|_: MouseEvent| ());
    let on_key = activity.reform(|_: KeyboardEvent| ());
    let on_input = activity.reform(|_: InputEvent| ());
    let toggle_large = {
        let large = large.clone();
        Callback::from(move |_: MouseEvent| large.set(!*large))
    };
    let body = match &load.state {
        LoadState::Loading => html! {
            <p class="pg-status" role="status">{ t(lang, Msg::Loading) }</p>
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
                lang,
                loaded: loaded.clone(),
                base: base.clone(),
                store,
                forget_after_ms: u64::from(props.config.forget_after_days) * 24 * 60 * 60 * 1000,
                generation: *load_generation,
                details: load.details.clone(),
                fetch_detail: load.fetch_detail.clone(),
            };
            html! {
                <ContextProvider<Env> context={env}>
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
                            <DiagnosticList {lang} diagnostics={loaded.0.clone()} />
                        </div>
                    }
                    <ContextProvider<Config> context={props.config.clone()}>
                        <ContextProvider<DeviceReset> context={DeviceReset(reset.clone())}>
                            <Browser key={*generation} resume={*generation == 0} />
                        </ContextProvider<DeviceReset>>
                    </ContextProvider<Config>>
                </ContextProvider<Env>>
            }
        }
    };
    // Attribute values the widget could not use: from the attributes alone, and the
    // agency, field or procedure the loaded catalogue does not hold.
    let mut problems = (*props.config.problems).clone();
    if let LoadState::Loaded { loaded, .. } = &load.state {
        if let Some(c) = &loaded.catalogue {
            let config = &props.config;
            problems.extend(check_ids(
                c,
                config.agency.as_deref(),
                config.field.as_deref(),
                config.procedure.as_deref(),
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
    // The host page hears when the catalogue is ready or why there is none, and which
    // attributes could not be used.
    let root = use_node_ref();
    let events = HostEvents(root.clone());
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
        <ContextProvider<HostEvents> context={events}>
        <section ref={root} part="widget" class={classes!("pg", large.then_some("pg--large"), dark.then_some("pg--dark"))} lang={lang.tag()}
            aria-label={t(lang, Msg::WidgetLabel)}
            onclick={on_click} onkeydown={on_key} oninput={on_input}>
            <div class="pg-toolbar pg-noprint">
                <button type="button" class="pg-link pg-toggle-large" aria-pressed={if *large { "true" } else { "false" }}
                    onclick={toggle_large}>
                    { t(lang, Msg::LargeText) }
                </button>
            </div>
            if *warning {
                <div class="pg-idle pg-noprint" role="alert">
                    <p>{ t(lang, Msg::IdleWarning) }</p>
                    <button type="button" class="pg-button" onclick={activity.reform(|_: MouseEvent| ())}>
                        { t(lang, Msg::KeepGoing) }
                    </button>
                </div>
            }
            { attribute_notice }
            { body }
        </section>
        </ContextProvider<HostEvents>>
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
