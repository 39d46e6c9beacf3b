//! The split point (issue 14). In the release build everything only [`JourneyModule`]'s
//! functions reach is a second wasm file that the list page does not need: the journey
//! page (every view, the session hook, share and print), the list of a catalogue's
//! problems with the validator's whole vocabulary, and what reads journeys saved or
//! shared (the list of those in progress, opening a share link). The loader prefetches it when the
//! browser is idle after first render, or at once when a share link or a `procedure`
//! attribute opens a journey. Without the `split` feature (tests, the unsplit build) it
//! is all one module and [`ready`] always answers.
//!
//! What crosses is a pair of plain functions, never a component type (a component type
//! loaded lazily lost its hook state in Yew's own attempt; see
//! ../shared/research/size-and-speed.md, "Code splitting").

use std::cell::Cell;

use yew::prelude::*;

use crate::context::Env;
use crate::hooks::use_journey::SharedLink;
use crate::ui::diagnostic_list::DiagnosticListProps;
use crate::ui::in_progress::InProgressProps;
use crate::ui::journey::journey_page::JourneyPageProps;

/// What the second module renders.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct JourneyModule {
    pub journey: fn(&JourneyPageProps) -> Html,
    pub diagnostics: fn(&DiagnosticListProps) -> Html,
    /// "Procedures you are preparing" (reading saved journeys: the store's format,
    /// reconcile, the checklist).
    pub in_progress: fn(&InProgressProps) -> Html,
    /// Takes this widget's share link from the address (decode, reconcile, save).
    pub open_shared: fn(&Env) -> Option<SharedLink>,
}

impl PartialEq for JourneyModule {
    // Always the same functions: there is one module.
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

fn module() -> JourneyModule {
    JourneyModule {
        journey: crate::ui::journey::journey_page::render,
        diagnostics: crate::ui::diagnostic_list::render,
        in_progress: crate::ui::in_progress::render,
        open_shared: crate::hooks::use_journey::open_shared,
    }
}

thread_local! {
    /// Once instantiated: one load per page (every widget shares the wasm instance).
    static LOADED: Cell<Option<JourneyModule>> = const { Cell::new(None) };
}

/// The module when it is ready (always, in an unsplit build).
pub fn ready() -> Option<JourneyModule> {
    if cfg!(feature = "split") {
        LOADED.with(Cell::get)
    } else {
        Some(module())
    }
}

#[cfg(feature = "split")]
#[wasm_split_helpers::wasm_split(journey, fallible)]
fn load_module() -> Result<JourneyModule, wasm_split_helpers::SplitLoaderError> {
    Ok(module())
}

/// Loads the module (a failure is never cached: calling again tries again). The cause
/// of a failure is in the console (the split runtime and the loader log it).
#[cfg(feature = "split")]
pub async fn load() -> Result<JourneyModule, ()> {
    let loaded = load_module().await.map_err(|_| ())?;
    LOADED.with(|l| l.set(Some(loaded)));
    Ok(loaded)
}

#[cfg(not(feature = "split"))]
pub async fn load() -> Result<JourneyModule, ()> {
    Ok(module())
}

/// Where a view waiting for the module stands.
#[derive(Clone, PartialEq)]
pub enum ModuleState {
    Ready(JourneyModule),
    Loading,
    /// The fetch failed; the callback tries again.
    Failed(Callback<()>),
}

/// The module for a view: ready at once when it already is, else loaded (once per
/// page) when `wanted`, with a retry after a failure. `on_ready` hears when it arrives.
#[hook]
pub fn use_journey_module(wanted: bool, on_ready: Callback<()>) -> ModuleState {
    let loaded = use_state_eq(ready);
    let failed = use_state_eq(|| false);
    // Each retry is a new attempt.
    let attempt = use_state_eq(|| 0u32);
    {
        let loaded = loaded.clone();
        let failed = failed.clone();
        use_effect_with((*attempt, wanted), move |&(_, wanted)| {
            if !wanted {
                return;
            }
            if let Some(module) = ready() {
                loaded.set(Some(module));
                on_ready.emit(());
            } else {
                failed.set(false);
                wasm_bindgen_futures::spawn_local(async move {
                    match load().await {
                        Ok(module) => {
                            loaded.set(Some(module));
                            on_ready.emit(());
                        }
                        Err(()) => failed.set(true),
                    }
                });
            }
        });
    }
    match (*loaded, *failed) {
        (Some(module), _) => ModuleState::Ready(module),
        (None, false) => ModuleState::Loading,
        (None, true) => {
            let attempt = attempt.clone();
            ModuleState::Failed(Callback::from(move |()| attempt.set(*attempt + 1)))
        }
    }
}

/// What a view shows when the module could not be fetched: the message and "try again".
pub fn failed_panel(lang: procedure_guide_core::i18n::Lang, retry: &Callback<()>) -> Html {
    use procedure_guide_core::i18n::ui::{t, Msg};
    html! {
        <div class="pg-error pg-journey-failed" role="alert">
            <p class="pg-error__title">{ t(lang, Msg::JourneyModuleFailed) }</p>
            <button type="button" class="pg-button" onclick={retry.reform(|_: MouseEvent| ())}>
                { t(lang, Msg::Retry) }
            </button>
        </div>
    }
}
