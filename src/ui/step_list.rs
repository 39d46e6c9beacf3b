//! The ordered steps of a procedure: who does each (you / the agency), details,
//! duration, links, and which channels or cases a step belongs to.

use procedure_guide_core::i18n::present;
use procedure_guide_core::i18n::ui::{t, Msg};
use yew::prelude::*;

use crate::ui::document_list::channels;
use crate::ui::env::use_env;
use crate::ui::external_link::ExternalLink;
use crate::ui::localised::inline;
use crate::ui::prose::Prose;

#[derive(Properties, PartialEq)]
pub struct StepListProps {
    pub procedure: AttrValue,
}

#[function_component]
pub fn StepList(props: &StepListProps) -> Html {
    let Some(env) = use_env() else {
        return html! {};
    };
    let Some(p) = env.catalogue().and_then(|c| c.procedure(&props.procedure)) else {
        return html! {};
    };
    let lang = env.lang;
    html! {
        <ol class="pg-steps">
            { for p.steps.iter().map(|s| html! {
                <li class="pg-step" key={s.id.clone()} data-step={s.id.clone()}>
                    <span class="pg-step__title">{ inline(lang, &s.title) }</span>
                    if let Some(actor) = s.actor {
                        <span class="pg-tag">{ present::actor(lang, actor) }</span>
                    }
                    if let Some(duration) = &s.duration {
                        <span class="pg-step__duration">{ " · " }{ inline(lang, duration) }</span>
                    }
                    if let Some(when) = &s.when {
                        <p class="pg-hint">{ t(lang, Msg::MayBeNeeded) }{ ": " }{ present::condition(lang, when, p) }</p>
                    }
                    if !s.channels.is_empty() {
                        <p class="pg-hint">{ t(lang, Msg::OnlyFor) }{ " " }{ channels(lang, p, &s.channels) }</p>
                    }
                    if let Some(detail) = &s.detail {
                        <Prose text={detail.clone()} class="pg-step__detail" />
                    }
                    if !s.links.is_empty() {
                        <ul class="pg-plain">
                            { for s.links.iter().map(|l| html! {
                                <li><ExternalLink href={l.url.clone()}>{ l.label.as_ref().map_or_else(|| html! { { l.url.clone() } }, |x| inline(lang, x)) }</ExternalLink></li>
                            }) }
                        </ul>
                    }
                </li>
            }) }
        </ol>
    }
}
