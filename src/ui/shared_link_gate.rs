//! A share link in the address (`#…pg-<key>=…`) is opened by the journey module
//! (`ui::journey_module`: decode, reconcile, save), before the guide's first render, so
//! that the navigation starts on what it opened. The loader fetches that module beside
//! the main one when it sees such a link, so this waits for little. Without a link for
//! this widget the guide renders at once and nothing is fetched for it.

use procedure_guide_core::i18n::ui::{t, Msg};
use yew::prelude::*;

use crate::embed::share::read_shared;
use crate::hooks::use_journey::SharedLink;
use crate::ui::guide::{Guide, GuideProps};
use crate::ui::journey_module::{failed_panel, use_journey_module, JourneyModule, ModuleState};

#[function_component]
pub fn SharedLinkGate(props: &GuideProps) -> Html {
    let env = &props.env;
    let lang = env.lang();
    let linked = use_memo((), {
        let env = env.clone();
        move |_| {
            env.catalogue()
                .and_then(|c| read_shared(&env.share.key(&c.info.id)))
                .is_some()
        }
    });
    // Loads only when there is a link (the same hooks on every render).
    let module = use_journey_module(*linked, Callback::noop());
    let guide = |shared: Option<SharedLink>| {
        html! { <Guide env={env.clone()} volunteer={props.volunteer} toolbar={props.toolbar.clone()} {shared} /> }
    };
    if !*linked {
        return guide(None);
    }
    match module {
        ModuleState::Ready(module) => html! {
            <SharedOpener {module} env={env.clone()} volunteer={props.volunteer} toolbar={props.toolbar.clone()} />
        },
        ModuleState::Loading => html! {
            <p class="pg-status" role="status" aria-busy="true">{ t(lang, Msg::SharedOpening) }</p>
        },
        // The link stays in the address; without the module the guide still works.
        ModuleState::Failed(retry) => html! {
            <>
                { failed_panel(lang, &retry) }
                { guide(None) }
            </>
        },
    }
}

#[derive(Properties, PartialEq)]
struct SharedOpenerProps {
    module: JourneyModule,
    env: crate::context::Env,
    volunteer: bool,
    toolbar: Html,
}

/// Opens the link once (it leaves the address then), and keeps the guide it started.
#[function_component]
fn SharedOpener(props: &SharedOpenerProps) -> Html {
    let shared = use_memo((), {
        let open = props.module.open_shared;
        let env = props.env.clone();
        move |_| open(&env)
    });
    html! {
        <Guide env={props.env.clone()} volunteer={props.volunteer} toolbar={props.toolbar.clone()}
            shared={(*shared).clone()} />
    }
}
