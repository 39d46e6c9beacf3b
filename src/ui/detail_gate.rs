//! A procedure of a large catalogue whose detail file is not loaded yet: asks for it,
//! says it is coming, or says why it did not come with a retry. The journey page only
//! ever sees complete procedures (a journey restored against an index entry would drop
//! every tick, since the entry lists no documents).

use std::rc::Rc;

use procedure_guide_core::catalogue::Loaded;
use procedure_guide_core::i18n::present;
use procedure_guide_core::i18n::ui::{t, Msg};
use yew::prelude::*;

use crate::context::use_env;
use crate::context::{DetailFailure, DetailStatus};
use crate::embed::fetch::FetchError;
use crate::ui::diagnostics_gate::DiagnosticsGate;
use crate::ui::localised::inline;

#[derive(Properties, PartialEq)]
pub struct DetailGateProps {
    pub procedure: AttrValue,
    pub on_back: Callback<()>,
}

#[function_component]
pub fn DetailGate(props: &DetailGateProps) -> Html {
    let env = use_env();
    {
        let fetch = env.as_ref().map(|e| e.fetch_detail.clone());
        use_effect_with(props.procedure.clone(), move |id| {
            if let Some(fetch) = fetch {
                fetch.emit(id.to_string());
            }
        });
    }
    let Some(env) = env else {
        return html! {};
    };
    let Some(p) = env.catalogue().and_then(|c| c.procedure(&props.procedure)) else {
        return html! {};
    };
    let lang = env.lang();
    let status = match env.details.get(p.id.as_str()) {
        Some(DetailStatus::Failed(failure)) => {
            let reason = match failure {
                DetailFailure::Fetch(FetchError::Network) => {
                    html! { <p>{ t(lang, Msg::NetworkError) }</p> }
                }
                DetailFailure::Fetch(FetchError::Timeout) => {
                    html! { <p>{ t(lang, Msg::TimeoutError) }</p> }
                }
                DetailFailure::Fetch(FetchError::Status(status)) => html! {
                    <p>{ t(lang, Msg::HttpError) }{ " (HTTP " }{ *status }{ ")." }</p>
                },
                DetailFailure::Fetch(FetchError::TooLarge(bytes)) => html! {
                    <p>{ present::file_too_large(lang, *bytes) }</p>
                },
                DetailFailure::Invalid(diagnostics) => html! {
                    <DiagnosticsGate {lang} diagnostics={Rc::new(Loaded {
                        catalogue: None,
                        diagnostics: diagnostics.as_ref().clone(),
                    })} />
                },
            };
            let retry = {
                let fetch = env.fetch_detail.clone();
                let id = p.id.clone();
                Callback::from(move |_: MouseEvent| fetch.emit(id.clone()))
            };
            html! {
                <div class="pg-error pg-detail-failed" role="alert">
                    <p class="pg-error__title">{ t(lang, Msg::DetailFailed) }</p>
                    if let Some(href) = &p.href {
                        <p class="pg-error__file">{ t(lang, Msg::File) }{ ": " }<code>{ href.clone() }</code></p>
                    }
                    { reason }
                    <button type="button" class="pg-button" onclick={retry}>{ t(lang, Msg::Retry) }</button>
                </div>
            }
        }
        _ => {
            html! { <p class="pg-status pg-detail-loading" role="status">{ t(lang, Msg::LoadingDetail) }</p> }
        }
    };
    let back = props.on_back.clone();
    html! {
        <div class="pg-journey pg-journey--pending" data-procedure={p.id.clone()}>
            <button type="button" class="pg-link pg-back" onclick={move |_| back.emit(())}>
                <span aria-hidden="true">{ "← " }</span>{ t(lang, Msg::BackToList) }
            </button>
            <h2 class="pg-procedure__title" tabindex="-1">{ inline(lang, &p.name) }</h2>
            <p class="pg-procedure__meta">{ t(lang, Msg::Code) }{ ": " }{ p.id.clone() }</p>
            { status }
        </div>
    }
}
