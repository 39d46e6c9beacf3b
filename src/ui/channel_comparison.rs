//! The ways to do a procedure side by side: at the desk, online (level 3 "một phần" /
//! level 4 "toàn trình"), by public post; each with the time limit and fees that fit
//! the person's answers so far, online payment and result delivery, and "not
//! published" where the catalogue is silent.

use procedure_guide_core::catalogue::{Channel, ChannelKind, Condition, Procedure};
use procedure_guide_core::i18n::ui::{t, Msg};
use procedure_guide_core::i18n::{present, Lang};
use procedure_guide_core::journey::{self, Applies, Journey, TimeLimitView};
use yew::prelude::*;

use crate::context::use_env;
use crate::ui::external_link::ExternalLink;
use crate::ui::localised::inline;

#[derive(Properties, PartialEq)]
pub struct ChannelComparisonProps {
    pub journey: Journey,
}

#[function_component]
pub fn ChannelComparison(props: &ChannelComparisonProps) -> Html {
    let Some(env) = use_env() else {
        return html! {};
    };
    let Some(p) = env
        .catalogue()
        .and_then(|c| c.procedure(&props.journey.procedure))
    else {
        return html! {};
    };
    let lang = env.lang();
    html! {
        <ul class="pg-channels">
            { for journey::channels(p, &props.journey).iter().map(|o| html! {
                <li class={classes!("pg-channel", kind_class(o.channel.kind))}>
                    <h4 class="pg-channel__title">{ channel_title(lang, o.channel) }</h4>
                    { channel_facts(lang, p, &props.journey, o.channel, o.applies) }
                </li>
            }) }
        </ul>
    }
}

pub fn kind_class(kind: ChannelKind) -> &'static str {
    match kind {
        ChannelKind::InPerson => "pg-channel--in-person",
        ChannelKind::Online => "pg-channel--online",
        ChannelKind::Post => "pg-channel--post",
    }
}

/// "Trực tuyến" and, for online, both names of its level.
pub fn channel_title(lang: Lang, c: &Channel) -> Html {
    html! {
        <>
            { present::channel_kind(lang, c.kind) }
            if let Some(level) = c.online_level {
                <span class="pg-channel__level">{ present::online_level(lang, level) }</span>
            }
        </>
    }
}

/// The case a time limit or fee is for, after its value: " – nếu bạn chọn “…”". Only
/// while the person's answers leave it open: once answered, the one that applies is
/// simply theirs.
fn case(lang: Lang, p: &Procedure, when: Option<&Condition>, applies: Applies) -> Html {
    match (when, applies) {
        (Some(w), Applies::Unknown) => html! {
            <span class="pg-case">{ " – " }{ present::condition(lang, w, p) }</span>
        },
        _ => Html::default(),
    }
}

/// What a channel means for the person: level explained, time limit, fees, payment,
/// delivery, desk, notes and the portal link.
pub fn channel_facts(
    lang: Lang,
    p: &Procedure,
    j: &Journey,
    c: &Channel,
    applies: Applies,
) -> Html {
    let not_published = || html! { <span class="pg-muted">{ t(lang, Msg::NotPublished) }</span> };
    let limit = |tl: &procedure_guide_core::catalogue::TimeLimit, applies: Applies| {
        html! {
            <>
                if let Some(span) = tl.span { { present::span(lang, span) } }
                if tl.span.is_some() && tl.text.is_some() { { " – " } }
                if let Some(text) = &tl.text { { inline(lang, text) } }
                { case(lang, p, tl.when.as_ref(), applies) }
            </>
        }
    };
    let time_limit = match journey::time_limit(c, p, j) {
        TimeLimitView::NotPublished => not_published(),
        TimeLimitView::One(tl) => limit(tl, Applies::Yes),
        TimeLimitView::Cases(cases) => html! {
            <ul class="pg-plain">{ for cases.iter().map(|(tl, applies)| html! { <li>{ limit(tl, *applies) }</li> }) }</ul>
        },
    };
    let fee_lines = journey::fees(c, p, j);
    let fees = if fee_lines.is_empty() {
        not_published()
    } else {
        html! {
            <ul class="pg-plain">
                { for fee_lines.iter().map(|line| {
                    let f = line.fee;
                    html! {
                        <li>
                            { present::fee_kind(lang, f.kind) }{ ": " }
                            // No amount in the catalogue: its note is the value.
                            if let Some(amount) = present::fee_amount(lang, f) {
                                <strong>{ amount }</strong>
                                if let Some(per) = &f.per { { " / " }{ inline(lang, per) } }
                                { case(lang, p, f.when.as_ref(), line.applies) }
                                if let Some(note) = &f.note {
                                    <span class="pg-note">{ " (" }{ inline(lang, note) }{ ")" }</span>
                                }
                            } else {
                                if let Some(note) = &f.note { { inline(lang, note) } }
                                else { { not_published() } }
                                // A unit with no amount still tells what is charged for.
                                if let Some(per) = &f.per { { " / " }{ inline(lang, per) } }
                                { case(lang, p, f.when.as_ref(), line.applies) }
                            }
                        </li>
                    }
                }) }
            </ul>
        }
    };
    html! {
        <>
            if let Some(level) = c.online_level {
                <p class="pg-hint">{ present::online_level_meaning(lang, level) }</p>
            }
            if c.kind == ChannelKind::Post {
                <p class="pg-hint">{ t(lang, Msg::PostExplained) }</p>
            }
            if applies == Applies::Unknown {
                <p class="pg-hint">
                    <span class="pg-tag">{ t(lang, Msg::MayApply) }</span>
                    if let Some(when) = &c.when { { present::condition(lang, when, p) } }
                </p>
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
        </>
    }
}
