//! "Words explained": the jargon that appears in this procedure's text (CCCD, VNeID,
//! bản sao chứng thực, mức độ 3/4 …), folded away until asked for.

use procedure_guide_core::i18n::glossary::{procedure_texts, terms_in};
use procedure_guide_core::i18n::ui::{t, Msg};
use yew::prelude::*;

use crate::context::use_env;

#[derive(Properties, PartialEq)]
pub struct GlossaryProps {
    pub procedure: AttrValue,
}

#[function_component]
pub fn Glossary(props: &GlossaryProps) -> Html {
    let Some(env) = use_env() else {
        return html! {};
    };
    let Some(p) = env.catalogue().and_then(|c| c.procedure(&props.procedure)) else {
        return html! {};
    };
    let lang = env.lang();
    let terms = terms_in(procedure_texts(p));
    if terms.is_empty() {
        return html! {};
    }
    html! {
        <details class="pg-details pg-glossary">
            <summary>{ t(lang, Msg::WordsToKnow) }</summary>
            <dl class="pg-facts">
                { for terms.iter().map(|term| html! {
                    <>
                        <dt>{ term.name(lang) }</dt>
                        <dd>{ term.explanation(lang) }</dd>
                    </>
                }) }
            </dl>
        </details>
    }
}
