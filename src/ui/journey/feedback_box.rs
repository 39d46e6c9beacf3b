//! The feedback moment at the end of the summary: "Hướng dẫn này có giúp bạn không?",
//! "Có" sent at once, "Không" with optional reason chips and "Gửi". Sending raises
//! `procedure-guide:feedback` for the host page (the widget sends nothing itself), says
//! thanks in a polite live region, and keeps the answer on screen. The catalogue's
//! feedback page and hotline sit below, one tap away (and on paper). The state lives
//! here, not in the journey: never saved or shared, and the journey page is keyed by the
//! person, so a start over brings the question back unanswered.

use procedure_guide_core::feedback::{Action, Feedback, Reason};
use procedure_guide_core::i18n::ui::{t, Msg};
use yew::prelude::*;

use crate::context::use_env;
use crate::embed::events::Value;
use crate::ui::external_link::ExternalLink;

#[derive(Properties, PartialEq)]
pub struct FeedbackBoxProps {
    pub procedure: AttrValue,
}

fn reason_label(reason: Reason) -> Msg {
    match reason {
        Reason::HardToUnderstand => Msg::FeedbackHardToUnderstand,
        Reason::MissingInfo => Msg::FeedbackMissingInfo,
        Reason::WrongInfo => Msg::FeedbackWrongInfo,
        Reason::Other => Msg::FeedbackOther,
    }
}

fn pressed(on: bool) -> &'static str {
    if on {
        "true"
    } else {
        "false"
    }
}

#[function_component]
pub fn FeedbackBox(props: &FeedbackBoxProps) -> Html {
    let env = use_env();
    // The state every click reads (two clicks before a render must not send twice) and
    // the copy the render shows.
    let current = use_mut_ref(Feedback::default);
    let shown = use_state_eq(Feedback::default);
    let Some(env) = env else {
        return html! {};
    };
    let lang = env.lang();
    let act = {
        let events = env.events.clone();
        let procedure = props.procedure.clone();
        let shown = shown.clone();
        Callback::from(move |action: Action| {
            let (next, send) = current.borrow().apply(action);
            *current.borrow_mut() = next;
            shown.set(next);
            if let (true, Some(d)) = (send, next.detail(&procedure, lang)) {
                events.emit(
                    "feedback",
                    &[
                        ("procedure", Value::Str(d.procedure)),
                        ("helpful", Value::Bool(d.helpful)),
                        ("reasons", Value::List(&d.reasons)),
                        ("lang", Value::Str(d.lang)),
                    ],
                );
            }
        })
    };
    let f = *shown;
    // Once sent the buttons stay, pressed as answered (focus stays where it was), but
    // do nothing more.
    let done = f.sent().then_some("true");
    let on = |action: Action| act.reform(move |_: MouseEvent| action);
    let catalogue = env.catalogue();
    let feedback_url = catalogue
        .and_then(|c| c.info.portal.as_ref())
        .and_then(|p| p.feedback_url.clone());
    let hotline = catalogue
        .and_then(|c| c.info.contact.as_ref())
        .and_then(|c| c.hotline.clone());
    html! {
        <div class="pg-summary__block pg-feedback">
            <div class="pg-feedback__ask pg-noprint" role="group" aria-labelledby="pg-feedback-title">
                <h4 id="pg-feedback-title">{ t(lang, Msg::FeedbackQuestion) }</h4>
                <p class="pg-feedback__answers">
                    <button type="button" class="pg-chip" aria-pressed={pressed(f.helpful() == Some(true))}
                        aria-disabled={done} onclick={on(Action::Helpful)}>{ t(lang, Msg::Yes) }</button>
                    <button type="button" class="pg-chip" aria-pressed={pressed(f.helpful() == Some(false))}
                        aria-disabled={done} onclick={on(Action::NotHelpful)}>{ t(lang, Msg::No) }</button>
                </p>
                if f.helpful() == Some(false) {
                    <div class="pg-feedback__why" role="group" aria-labelledby="pg-feedback-why">
                        <p class="pg-hint" id="pg-feedback-why">{ t(lang, Msg::FeedbackWhy) }</p>
                        <ul class="pg-chips">
                            { for Reason::ALL.into_iter().map(|r| html! {
                                <li>
                                    <button type="button" class="pg-chip" data-reason={r.id()}
                                        aria-pressed={pressed(f.has(r))} aria-disabled={done}
                                        onclick={on(Action::Toggle(r))}>{ t(lang, reason_label(r)) }</button>
                                </li>
                            }) }
                        </ul>
                        <p><button type="button" class="pg-button" aria-disabled={done}
                            onclick={on(Action::Send)}>{ t(lang, Msg::FeedbackSend) }</button></p>
                    </div>
                }
                // In the page from the start: a live region that appears with its text
                // is not always read.
                <p class="pg-feedback__thanks" role="status">
                    if f.sent() { { t(lang, Msg::FeedbackThanks) } }
                </p>
            </div>
            if feedback_url.is_some() || hotline.is_some() {
                <p class="pg-hint">{ t(lang, Msg::FeedbackMore) }</p>
                <ul class="pg-plain">
                    if let Some(url) = feedback_url {
                        <li><ExternalLink href={url}>{ t(lang, Msg::SendFeedback) }</ExternalLink></li>
                    }
                    if let Some(hotline) = hotline {
                        <li>{ t(lang, Msg::Hotline) }{ ": " }
                            <ExternalLink href={format!("tel:{}", hotline.replace(' ', ""))}>{ hotline }</ExternalLink></li>
                    }
                </ul>
            }
        </div>
    }
}
