//! The ways to do a procedure side by side: at the desk, online (level 3 "một phần" /
//! level 4 "toàn trình"), by public post; each with the time limit and fees that fit
//! the person's answers so far, online payment and result delivery, and "not
//! published" where the catalogue is silent.

use procedure_guide_core::catalogue::{
    Catalogue, Channel, ChannelKind, Condition, Procedure, TimeLimit,
};
use procedure_guide_core::i18n::ui::{t, Msg};
use procedure_guide_core::i18n::{present, Lang};
use procedure_guide_core::journey::{self, Applies, Journey, OwnName, SharedFacts, TimeLimitView};
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
    let Some(catalogue) = env.catalogue() else {
        return html! {};
    };
    let Some(p) = catalogue.procedure(&props.journey.procedure) else {
        return html! {};
    };
    let lang = env.lang();
    html! {
        <ul class="pg-channels">
            { for journey::channels(p, &props.journey).iter().map(|o| html! {
                <li class={classes!("pg-channel", kind_class(o.channel.kind))}>
                    <h4 class="pg-channel__title">{ channel_title(lang, catalogue, p, o.channel) }</h4>
                    { channel_facts(lang, p, &props.journey, o.channel, o.applies, Facts::Full) }
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

/// "Trực tuyến – Ứng dụng VNeID" (its own name, when it has one or needs one to be told
/// from a twin) and, for online, both names of its level. The desk of an online-only
/// procedure reads as the assisted way.
pub fn channel_title(lang: Lang, catalogue: &Catalogue, p: &Procedure, c: &Channel) -> Html {
    let name = journey::own_name(catalogue, p, c).map(|n| match n {
        OwnName::Label(text) | OwnName::Agency(text) => inline(lang, text),
        OwnName::Host(host) => html! { { host.to_owned() } },
    });
    html! {
        <>
            { present::way_kind(lang, p, c) }
            if let Some(name) = name {
                <span class="pg-channel__name">{ " – " }{ name }</span>
            }
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

/// How much of a channel to show.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Facts {
    /// Everything at once: the overview's comparison and the summary.
    Full,
    /// A choice card on a phone: what decides between ways (level, time limit, fee
    /// amounts) in view, less what every way shares (said once above the cards);
    /// payment, delivery, desk and notes folded; the portal link only on the chosen card,
    /// since starting online before choosing it skips the guide.
    Choice { chosen: bool, shared: SharedFacts },
}

fn not_published(lang: Lang) -> Html {
    html! { <span class="pg-muted">{ t(lang, Msg::NotPublished) }</span> }
}

/// The time limit for the person, or each case still open.
pub fn time_limit_value(lang: Lang, p: &Procedure, j: &Journey, c: &Channel) -> Html {
    let limit = |tl: &TimeLimit, applies: Applies| {
        html! {
            <>
                if let Some(span) = tl.span { { present::span(lang, span) } }
                if tl.span.is_some() && tl.text.is_some() { { " – " } }
                if let Some(text) = &tl.text { { inline(lang, text) } }
                { case(lang, p, tl.when.as_ref(), applies) }
            </>
        }
    };
    match journey::time_limit(c, p, j) {
        TimeLimitView::NotPublished => not_published(lang),
        TimeLimitView::One(tl) => limit(tl, Applies::Yes),
        TimeLimitView::Cases(cases) => html! {
            <ul class="pg-plain">{ for cases.iter().map(|(tl, applies)| html! { <li>{ limit(tl, *applies) }</li> }) }</ul>
        },
    }
}

/// Each fee not ruled out: its amount or "Miễn phí", the unit, the case while open, and
/// (unless `with_notes` is false) its note. With no amount, the note is the value.
pub fn fees_value(lang: Lang, p: &Procedure, j: &Journey, c: &Channel, with_notes: bool) -> Html {
    let lines = journey::fees(c, p, j);
    if lines.is_empty() {
        return not_published(lang);
    }
    html! {
        <ul class="pg-plain">
            { for lines.iter().map(|line| {
                let f = line.fee;
                html! {
                    <li>
                        { present::fee_kind(lang, f.kind) }{ ": " }
                        if let Some(amount) = present::fee_amount(lang, f) {
                            <strong>{ amount }</strong>
                            if let Some(per) = &f.per { { " / " }{ inline(lang, per) } }
                            { case(lang, p, f.when.as_ref(), line.applies) }
                            if let (Some(note), true) = (&f.note, with_notes) {
                                <span class="pg-note">{ " (" }{ inline(lang, note) }{ ")" }</span>
                            }
                        } else {
                            if let Some(note) = &f.note { { inline(lang, note) } }
                            else { { not_published(lang) } }
                            // A unit with no amount still tells what is charged for.
                            if let Some(per) = &f.per { { " / " }{ inline(lang, per) } }
                            { case(lang, p, f.when.as_ref(), line.applies) }
                        }
                    </li>
                }
            }) }
        </ul>
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
    facts: Facts,
) -> Html {
    let (folded, shared) = match facts {
        Facts::Full => (false, SharedFacts::default()),
        Facts::Choice { shared, .. } => (true, shared),
    };
    // Fee notes fold away with the rest, but only where the amount stands for itself.
    let folded_fee_notes: Vec<_> = journey::fees(c, p, j)
        .into_iter()
        .filter(|line| folded && !shared.fees && present::fee_amount(lang, line.fee).is_some())
        .filter_map(|line| line.fee.note.as_ref().map(|note| (line.fee.kind, note)))
        .collect();
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
            if !(shared.time_limit && shared.fees) {
                <dl class={classes!("pg-facts", folded.then_some("pg-facts--compact"))}>
                    if !shared.time_limit {
                        <dt>{ t(lang, Msg::TimeLimit) }</dt>
                        <dd>{ time_limit_value(lang, p, j, c) }</dd>
                    }
                    if !shared.fees {
                        <dt>{ t(lang, Msg::Fees) }</dt>
                        <dd>{ fees_value(lang, p, j, c, !folded) }</dd>
                    }
                    if !folded { { more_facts(lang, c) } }
                </dl>
            }
            if folded {
                <details class="pg-channel__more">
                    <summary>
                        { t(lang, Msg::ChannelMore) }
                        <span class="pg-visually-hidden">{ " (" }{ present::way_kind(lang, p, c) }
                            if let Some(label) = &c.label { { " – " }{ label.get(lang).0.to_owned() } }
                            if let Some(level) = c.online_level { { " " }{ present::online_level(lang, level) } }
                        { ")" }</span>
                    </summary>
                    <dl class="pg-facts pg-facts--compact">{ more_facts(lang, c) }</dl>
                    { for folded_fee_notes.iter().map(|(kind, note)| html! {
                        <p class="pg-note">{ present::fee_kind(lang, *kind) }{ ": " }{ inline(lang, note) }</p>
                    }) }
                    { notes(lang, c) }
                </details>
            } else {
                { notes(lang, c) }
            }
            // Beside the way the person takes (and in the comparison and summary), above
            // the portal link: read before paying, never folded away.
            if journey::pays_online(c) && matches!(facts, Facts::Full | Facts::Choice { chosen: true, .. }) {
                { payment_safety(lang) }
            }
            // On the choice, a way that needs an account starts once the person says
            // they have one (the account check sits under the card).
            if let (Some(url), Facts::Full | Facts::Choice { chosen: true, .. }) = (&c.url, facts) {
                if matches!(facts, Facts::Full)
                    || c.account.is_none_or(|a| journey::person::has_account(j, a) == Some(true))
                {
                    <p><ExternalLink class="pg-button pg-button--link" href={url.clone()}>
                        if let Some(label) = &c.label {
                            { t(lang, Msg::StartOnlineAt) }{ " " }{ inline(lang, label) }
                        } else {
                            { t(lang, Msg::StartOnline) }
                        }
                    </ExternalLink></p>
                }
            }
        </>
    }
}

/// Where paying is safe: a tip, calm, with its sign; printed with the summary.
fn payment_safety(lang: Lang) -> Html {
    html! {
        <p class="pg-safety">
            <span class="pg-safety__icon" aria-hidden="true">{ "⚠" }</span>
            { t(lang, Msg::PaymentSafety) }
        </p>
    }
}

/// Payment, delivery and the desk: what matters once a way is chosen.
fn more_facts(lang: Lang, c: &Channel) -> Html {
    let not_published = || not_published(lang);
    html! {
        <>
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
        </>
    }
}

fn notes(lang: Lang, c: &Channel) -> Html {
    match &c.notes {
        Some(notes) => {
            html! { <p class="pg-note">{ t(lang, Msg::Notes) }{ ": " }{ inline(lang, notes) }</p> }
        }
        None => Html::default(),
    }
}
