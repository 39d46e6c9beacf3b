//! A link from the catalogue. Only https, http, tel and mailto become links, resolved
//! against the catalogue's URL; web links open in a new tab without handing the host
//! page to the target. Anything else is shown as plain text.

use procedure_guide_core::i18n::ui::{t, Msg};
use yew::prelude::*;

use crate::context::use_env;
use crate::embed::url::resolve_link;

#[derive(Properties, PartialEq)]
pub struct ExternalLinkProps {
    pub href: AttrValue,
    pub children: Html,
    #[prop_or_default]
    pub class: Classes,
}

#[function_component]
pub fn ExternalLink(props: &ExternalLinkProps) -> Html {
    let Some(env) = use_env() else {
        return html! {};
    };
    match resolve_link(&props.href, &env.base) {
        Some(url) if url.starts_with("http") => html! {
            <a class={props.class.clone()} href={url} target="_blank" rel="noopener noreferrer">
                { props.children.clone() }
                <span class="pg-visually-hidden">{ " " }{ t(env.lang(), Msg::OpensInNewTab) }</span>
            </a>
        },
        Some(url) => html! {
            <a class={props.class.clone()} href={url}>{ props.children.clone() }</a>
        },
        None => html! { <span class={props.class.clone()}>{ props.children.clone() }</span> },
    }
}
