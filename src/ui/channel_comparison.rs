//! The ways to do a procedure side by side: at the desk, online (level 3 "một phần" /
//! level 4 "toàn trình"), by public post; each with its time limit, fees, online
//! payment and result delivery, and "not published" where the catalogue is silent.

use procedure_guide_core::catalogue::{Channel, ChannelKind, Procedure};
use procedure_guide_core::i18n::ui::{t, Msg};
use procedure_guide_core::i18n::{present, Lang};
use yew::prelude::*;

use crate::ui::env::use_env;
use crate::ui::external_link::ExternalLink;
use crate::ui::localised::inline;

#[derive(Properties, PartialEq)]
pub struct ChannelComparisonProps {
    pub procedure: AttrValue,
}

#[function_component]
pub fn ChannelComparison(props: &ChannelComparisonProps) -> Html {
    let Some(env) = use_env() else {
        return html! {};
    };
    let Some(p) = env.catalogue().and_then(|c| c.procedure(&props.procedure)) else {
        return html! {};
    };
    let lang = env.lang;
    html! {
        <ul class="pg-channels">
            { for p.channels.iter().map(|c| channel_card(lang, p, c)) }
        </ul>
    }
}

fn channel_card(lang: Lang, p: &Procedure, c: &Channel) -> Html {
    let not_published = || html! { <span class="pg-muted">{ t(lang, Msg::NotPublished) }</span> };
    let case = |when: &Option<procedure_guide_core::catalogue::Condition>| -> Html {
        when.as_ref().map_or_else(Html::default, |w| html! {
            <span class="pg-case">{ t(lang, Msg::WhenCase) }{ " " }{ present::condition(lang, w, p) }{ ": " }</span>
        })
    };
    let time_limit = if c.time_limit.is_empty() {
        not_published()
    } else {
        html! {
            <ul class="pg-plain">
                { for c.time_limit.iter().map(|tl| html! {
                    <li>
                        { case(&tl.when) }
                        if let Some(span) = tl.span { { present::span(lang, span) } }
                        if tl.span.is_some() && tl.text.is_some() { { " – " } }
                        if let Some(text) = &tl.text { { inline(lang, text) } }
                    </li>
                }) }
            </ul>
        }
    };
    let fees = if c.fee.is_empty() {
        not_published()
    } else {
        html! {
            <ul class="pg-plain">
                { for c.fee.iter().map(|f| html! {
                    <li>
                        { case(&f.when) }
                        { present::fee_kind(lang, f.kind) }{ ": " }
                        <strong>{ match (f.amount, f.currency.as_deref()) {
                            (Some(0), _) => t(lang, Msg::Free).to_owned(),
                            (Some(a), Some(cur)) => present::amount(lang, a, cur),
                            _ => t(lang, Msg::SeeNote).to_owned(),
                        } }</strong>
                        if let Some(per) = &f.per { { " / " }{ inline(lang, per) } }
                        if let Some(note) = &f.note {
                            <span class="pg-note">{ " (" }{ inline(lang, note) }{ ")" }</span>
                        }
                    </li>
                }) }
            </ul>
        }
    };
    let modifier = match c.kind {
        ChannelKind::InPerson => "pg-channel--in-person",
        ChannelKind::Online => "pg-channel--online",
        ChannelKind::Post => "pg-channel--post",
    };
    html! {
        <li class={classes!("pg-channel", modifier)}>
            <h4 class="pg-channel__title">
                { present::channel_kind(lang, c.kind) }
                if let Some(level) = c.online_level {
                    <span class="pg-channel__level">{ present::online_level(lang, level) }</span>
                }
            </h4>
            if let Some(level) = c.online_level {
                <p class="pg-hint">{ present::online_level_meaning(lang, level) }</p>
            }
            if let Some(when) = &c.when {
                <p class="pg-hint">{ t(lang, Msg::OnlyFor) }{ " " }{ present::condition(lang, when, p) }</p>
            }
            <dl class="pg-facts">
                <dt>{ t(lang, Msg::TimeLimit) }</dt>
                <dd>{ time_limit }</dd>
                <dt>{ t(lang, Msg::Fees) }</dt>
                <dd>{ fees }</dd>
                if c.kind != ChannelKind::InPerson || c.online_payment.is_some() {
                    <dt>{ t(lang, Msg::OnlinePayment) }</dt>
                    <dd>{ match c.online_payment {
                        Some(true) => html! { t(lang, Msg::Yes) },
                        Some(false) => html! { t(lang, Msg::No) },
                        None => not_published(),
                    } }</dd>
                }
                <dt>{ t(lang, Msg::ResultDelivery) }</dt>
                <dd>{ if c.result_delivery.is_empty() { not_published() } else {
                    html! { { c.result_delivery.iter().map(|d| present::delivery(lang, *d)).collect::<Vec<_>>().join(", ") } }
                } }</dd>
                if let Some(w) = &c.where_ {
                    <dt>{ t(lang, Msg::Where) }</dt>
                    <dd>{ inline(lang, w) }</dd>
                }
            </dl>
            if let Some(notes) = &c.notes {
                <p class="pg-note">{ t(lang, Msg::Notes) }{ ": " }{ inline(lang, notes) }</p>
            }
            if let Some(url) = &c.url {
                <p><ExternalLink class="pg-button pg-button--link" href={url.clone()}>
                    { t(lang, Msg::StartOnline) }
                </ExternalLink></p>
            }
        </li>
    }
}
