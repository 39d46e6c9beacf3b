//! The root view: loads the catalogue named by the element and shows the state.

use yew::prelude::*;

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

#[function_component]
pub fn App(props: &AppProps) -> Html {
    let lang = props.config.lang;
    let load = use_catalogue(props.config.catalogue.clone());
    let body = match &load.state {
        LoadState::Loading => html! {
            <p class="pg-status" role="status">{ t(lang, Msg::Loading) }</p>
        },
        LoadState::Failed(failure) => html! {
            <LoadError {lang} url={props.config.catalogue.clone()} failure={failure.clone()}
                       on_retry={load.retry.clone()} />
        },
        LoadState::Loaded { loaded, base } => {
            let store = JourneyStore::new(
                props.config.storage,
                loaded.catalogue.as_ref().map_or("", |c| c.info.id.as_str()),
                base,
            );
            let env = Env {
                lang,
                loaded: loaded.clone(),
                base: base.clone(),
                store,
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
                    <Browser />
                </ContextProvider<Env>>
            }
        }
    };
    html! {
        <section class="pg" lang={lang.tag()} aria-label={t(lang, Msg::WidgetLabel)}>
            { body }
        </section>
    }
}
