//! Why the catalogue is not shown, in the widget's language, with a retry.
//! Never a blank area: every failure of loading ends here.

use yew::prelude::*;

use crate::context::LoadFailure;
use crate::embed::fetch::FetchError;
use crate::ui::diagnostics_gate::DiagnosticsGate;
use procedure_guide_core::i18n::present;
use procedure_guide_core::i18n::ui::{t, Msg};
use procedure_guide_core::i18n::Lang;

#[derive(Properties, PartialEq)]
pub struct LoadErrorProps {
    pub lang: Lang,
    pub url: AttrValue,
    pub failure: LoadFailure,
    pub on_retry: Callback<()>,
}

#[function_component]
pub fn LoadError(props: &LoadErrorProps) -> Html {
    let lang = props.lang;
    let reason = match &props.failure {
        LoadFailure::NoUrl => html! { <p>{ t(lang, Msg::NoCatalogueAttribute) }</p> },
        LoadFailure::Fetch(FetchError::Network) => html! { <p>{ t(lang, Msg::NetworkError) }</p> },
        LoadFailure::Fetch(FetchError::Timeout) => html! { <p>{ t(lang, Msg::TimeoutError) }</p> },
        LoadFailure::Fetch(FetchError::Status(status)) => html! {
            <p>{ t(lang, Msg::HttpError) }{ " (HTTP " }{ *status }{ ")." }</p>
        },
        LoadFailure::Fetch(FetchError::TooLarge(bytes)) => html! {
            <p>{ present::file_too_large(lang, *bytes) }</p>
        },
        LoadFailure::Invalid(loaded) => html! {
            <>
                <p>{ t(lang, Msg::NotACatalogue) }</p>
                <DiagnosticsGate {lang} diagnostics={loaded.clone()} />
            </>
        },
    };
    let retry = (props.failure != LoadFailure::NoUrl).then(|| {
        let on_retry = props.on_retry.clone();
        html! {
            <button type="button" class="pg-button" onclick={move |_| on_retry.emit(())}>
                { t(lang, Msg::Retry) }
            </button>
        }
    });
    html! {
        <div class="pg-error" role="alert">
            <h2 class="pg-error__title">{ t(lang, Msg::LoadFailed) }</h2>
            if !props.url.is_empty() {
                <p class="pg-error__file">{ t(lang, Msg::File) }{ ": " }<code>{ props.url.clone() }</code></p>
            }
            { reason }
            { retry }
        </div>
    }
}
