//! The root view: loads the catalogue named by the element and shows the state.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::embed::config::Mode;
use crate::embed::idle::Timeout;
use crate::embed::storage::JourneyStore;
use crate::embed::Config;
use crate::hooks::use_catalogue::{use_catalogue, LoadState};
use crate::ui::browser::Browser;
use crate::ui::diagnostic_list::DiagnosticList;
use crate::ui::env::Env;
use crate::ui::load_error::LoadError;
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
    let load = use_catalogue(props.config.catalogue.clone());
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
        LoadState::Loaded { loaded, base } => Some(JourneyStore::new(
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
        LoadState::Loaded { loaded, base } => {
            let store = store
                .clone()
                .unwrap_or_else(|| JourneyStore::new(props.config.storage, "", base));
            let env = Env {
                lang,
                loaded: loaded.clone(),
                base: base.clone(),
                store,
                forget_after_ms: u64::from(props.config.forget_after_days) * 24 * 60 * 60 * 1000,
            };
            html! {
                <ContextProvider<Env> context={env}>
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
    html! {
        <section class={classes!("pg", large.then_some("pg--large"))} lang={lang.tag()}
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
            { body }
        </section>
    }
}
