//! The journey page from the journey module. In the release build the page (every view,
//! the session hook, share and print) is a second wasm file that the list page does not
//! need, fetched on demand (issue 14): the loader prefetches it when the browser is idle
//! after first render, or at once when a share link or a `procedure` attribute opens a
//! journey. This gate renders the page once its module is there, the procedure's heading
//! and "loading" until then, and a message with a retry if the file cannot be fetched:
//! never a dead area. Without the `split` feature (tests, the unsplit build) the page is
//! in the one module and the gate renders it at once.

use std::cell::Cell;

use procedure_guide_core::i18n::ui::{t, Msg};
use procedure_guide_core::nav::Action;
use yew::prelude::*;

use crate::ui::journey::journey_page::{JourneyPageProps, Renderer};
use crate::ui::localised::inline;

thread_local! {
    /// The page's renderer once its module is instantiated: one load per page (every
    /// widget of the page shares the wasm instance).
    static LOADED: Cell<Option<Renderer>> = const { Cell::new(None) };
}

/// The page's renderer when its module is ready (always, in an unsplit build).
fn ready() -> Option<Renderer> {
    if cfg!(feature = "split") {
        LOADED.with(Cell::get)
    } else {
        Some(crate::ui::journey::journey_page::render)
    }
}

/// Whether the journey module is ready.
pub fn is_loaded() -> bool {
    ready().is_some()
}

#[derive(Properties, PartialEq)]
pub struct JourneyGateProps {
    pub page: JourneyPageProps,
    /// The page is shown (its module arrived): the guide then focuses what a share link
    /// opened.
    pub on_ready: Callback<()>,
}

#[derive(Clone, Copy, PartialEq)]
enum Status {
    Loading,
    Failed,
}

#[function_component]
pub fn JourneyGate(props: &JourneyGateProps) -> Html {
    let status = use_state_eq(|| Status::Loading);
    // Each retry is a new attempt: the split runtime never caches a failed load.
    let attempt = use_state_eq(|| 0u32);
    let loaded = use_state_eq(ready);
    {
        let status = status.clone();
        let loaded = loaded.clone();
        let on_ready = props.on_ready.clone();
        use_effect_with(*attempt, move |_| {
            if let Some(render) = ready() {
                loaded.set(Some(render));
                on_ready.emit(());
            } else {
                status.set(Status::Loading);
                wasm_bindgen_futures::spawn_local(async move {
                    match load().await {
                        Ok(render) => {
                            LOADED.with(|l| l.set(Some(render)));
                            loaded.set(Some(render));
                            on_ready.emit(());
                        }
                        Err(()) => status.set(Status::Failed),
                    }
                });
            }
        });
    }
    if let Some(render) = *loaded {
        return render(&props.page);
    }
    let page = &props.page;
    let lang = page.env.lang();
    let p = &page.procedure;
    let state = match *status {
        Status::Loading => html! {
            <p class="pg-status pg-journey-loading" role="status" aria-busy="true">
                { t(lang, Msg::LoadingDetail) }
            </p>
        },
        Status::Failed => {
            let retry = {
                let attempt = attempt.clone();
                Callback::from(move |_: MouseEvent| attempt.set(*attempt + 1))
            };
            html! {
                <div class="pg-error pg-journey-failed" role="alert">
                    <p class="pg-error__title">{ t(lang, Msg::JourneyModuleFailed) }</p>
                    <button type="button" class="pg-button" onclick={retry}>{ t(lang, Msg::Retry) }</button>
                </div>
            }
        }
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

/// The split point: the renderer is the only thing the list page takes from the journey
/// module, a plain function (a component type loaded lazily would lose its hook state;
/// see ../shared/research/size-and-speed.md, "Code splitting").
#[cfg(feature = "split")]
#[wasm_split_helpers::wasm_split(journey, fallible)]
fn journey_renderer() -> Result<Renderer, wasm_split_helpers::SplitLoaderError> {
    Ok(crate::ui::journey::journey_page::render)
}

#[cfg(feature = "split")]
async fn load() -> Result<Renderer, ()> {
    // The cause is in the console (the split runtime logs it); the person is told to
    // check the connection and retry.
    journey_renderer().await.map_err(|_| ())
}

#[cfg(not(feature = "split"))]
async fn load() -> Result<Renderer, ()> {
    ready().ok_or(())
}
