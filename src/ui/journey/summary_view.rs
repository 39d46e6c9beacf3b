//! Summary: everything a person needs on one page (procedure and code, office, channel,
//! time limit and fee, documents still missing, next step, where to follow the file, the
//! catalogue's source and date, and last whether the guide helped, with where to send
//! feedback), printable on one A4 page. The print
//! adds what the screen leaves to other views: every step, and a QR code of the share
//! link that reopens the journey on a phone (drawn when the print button is pressed:
//! the encoder is loaded on demand, and the link carries the answers).

use procedure_guide_core::i18n::present;
use procedure_guide_core::i18n::ui::{t, Msg};
use procedure_guide_core::journey::person::has_account;
use procedure_guide_core::journey::{
    checklist, chosen_channel, chosen_office, only_office, steps, Applies, ItemStatus, Journey,
};
use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

use crate::context::use_env;
use crate::embed::share::in_app_browser;
use crate::ui::channel_comparison::{channel_facts, channel_title, Facts};
use crate::ui::document_text::document_label;
use crate::ui::external_link::ExternalLink;
use crate::ui::journey::deadline_box::DeadlineBox;
use crate::ui::journey::feedback_box::FeedbackBox;
use crate::ui::journey::office_view::office_details;
use crate::ui::journey::share_box::{draw_qr, share_link, ShareBox};
use crate::ui::journey::ViewProps;
use crate::ui::localised::inline;
use crate::ui::online_only_notice::OnlineOnlyNotice;

#[function_component]
pub fn SummaryView(props: &ViewProps) -> Html {
    let env = use_env();
    // The journey the printed QR code was drawn for: a code of an older state is not
    // printed (Ctrl+P after a change prints without one rather than a wrong one).
    let print_qr = use_state(|| None::<Journey>);
    // Bumped by the print button once the code is drawn: printing waits for the render
    // that shows it.
    let print_asked = use_state(|| 0u32);
    let qr_ref = use_node_ref();
    let section_ref = use_node_ref();
    {
        let section_ref = section_ref.clone();
        use_effect_with(*print_asked, move |asked| {
            if *asked > 0 {
                let target = section_ref.cast::<web_sys::Node>();
                crate::embed::print::print_from(target.map(Into::into));
            }
        });
    }
    let Some(env) = env else {
        return html! {};
    };
    let Some(catalogue) = env.catalogue() else {
        return html! {};
    };
    let Some(p) = catalogue.procedure(&props.journey.procedure) else {
        return html! {};
    };
    let lang = env.lang();
    let j = &props.journey;
    let list = checklist(p, j);
    // Every paper to bring, with whether the person has it: the printed page is the
    // checklist they carry, so ticked papers stay on it.
    let to_bring: Vec<_> = list
        .items
        .iter()
        .filter(|i| i.status == ItemStatus::Counted)
        .collect();
    let maybe: Vec<_> = list
        .items
        .iter()
        .filter(|i| i.status == ItemStatus::MayBeNeeded)
        .collect();
    let step_list = steps(p, j);
    let next = step_list.next.and_then(|i| step_list.steps.get(i));
    let chosen_office = chosen_office(catalogue, p, j);
    // "Where" was not shown (one office): say why this one.
    let only_one = only_office(catalogue, p).is_some();
    let channel = chosen_channel(p, j);
    let portal = catalogue.info.portal.as_ref();
    // The feedback page and hotline are under the feedback question (FeedbackBox).
    let lookup_url = portal.and_then(|p| p.lookup_url.clone());
    // The link opens on the view shown (the summary), which navigation owns.
    let shared = Journey {
        view: props.view,
        ..j.clone()
    };
    let qr_fresh = print_qr.as_ref() == Some(&shared);
    // Draws the code for the journey as it is (unless already drawn), then prints; the
    // print marks this widget as the one printing, so only its summary prints
    // (embed::print). Without the encoder (offline, blocked) it prints without a code.
    let print = {
        let settings = env.share.clone();
        let link = share_link(&settings, catalogue, &shared);
        let shared = shared.clone();
        let print_qr = print_qr.clone();
        let print_asked = print_asked.clone();
        let qr_ref = qr_ref.clone();
        let label = t(lang, Msg::PrintQrLabel);
        Callback::from(move |_: MouseEvent| {
            if qr_fresh {
                print_asked.set(*print_asked + 1);
                return;
            }
            let (link, settings, shared, print_qr, print_asked, qr_ref) = (
                link.clone(),
                settings.clone(),
                shared.clone(),
                print_qr.clone(),
                print_asked.clone(),
                qr_ref.clone(),
            );
            spawn_local(async move {
                let drawn = match link {
                    Some(link) => draw_qr(&settings.services, &link, label, qr_ref.cast()).await,
                    None => false,
                };
                print_qr.set(drawn.then_some(shared));
                print_asked.set(*print_asked + 1);
            });
        })
    };
    html! {
        <section class="pg-summary" aria-labelledby="pg-view-title" ref={section_ref}>
            <h3 class="pg-view__title" id="pg-view-title" tabindex="-1">{ t(lang, Msg::ViewSummary) }</h3>
            <p class="pg-summary__procedure">
                <strong>{ inline(lang, &p.name) }</strong>{ " (" }{ t(lang, Msg::Code) }{ " " }{ p.id.clone() }{ ")" }
            </p>
            if p.deadline.is_some() {
                <div class="pg-summary__block"><DeadlineBox journey={j.clone()} /></div>
            }
            <div class="pg-summary__block">
                <h4>{ t(lang, Msg::ViewOffice) }</h4>
                if let Some(a) = chosen_office {
                    if only_one { <p class="pg-hint pg-only-left">{ t(lang, Msg::OnlyOffice) }</p> }
                    { office_details(lang, a) }
                }
                else { <p>{ t(lang, Msg::NoOfficeChosen) }</p> }
            </div>
            <div class="pg-summary__block">
                <h4>{ t(lang, Msg::ViewChannel) }</h4>
                if let Some(o) = &channel {
                    <p class="pg-channel__title">{ channel_title(lang, catalogue, p, o.channel) }</p>
                    if let Some(said) = o.channel.account.and_then(|a| has_account(j, a)) {
                        <p class="pg-summary__account">{ t(lang, if said { Msg::AccountHas } else { Msg::AccountMissing }) }</p>
                    }
                    <OnlineOnlyNotice journey={j.clone()} />
                    { channel_facts(lang, p, j, o.channel, o.applies, Facts::Full) }
                } else {
                    <p>{ t(lang, Msg::NoChannelChosen) }</p>
                }
            </div>
            <div class="pg-summary__block">
                <h4>{ present::missing_documents(lang, list.missing.missing, list.missing.counted) }</h4>
                if to_bring.is_empty() {
                    <p>{ t(lang, Msg::Nothing) }</p>
                } else {
                    <ul class="pg-summary__missing">
                        { for to_bring.iter().map(|i| html! {
                            <li data-document={i.document.id.clone()}
                                class={if i.done { "pg-summary__doc pg-summary__doc--have" } else { "pg-summary__doc pg-summary__doc--missing" }}>
                                <span class="pg-summary__mark">{ if i.done { "☑ " } else { "☐ " } }</span>
                                <span class="pg-visually-hidden">
                                    { t(lang, if i.done { Msg::HaveIt } else { Msg::StillMissing }) }{ ": " }
                                </span>
                                { document_label(lang, p, i.document) }
                                // For a choice of papers, the one the person has.
                                if let Some(alternative) = i.chosen {
                                    <span class="pg-summary__chosen">{ ": " }{ inline(lang, &alternative.name) }</span>
                                }
                            </li>
                        }) }
                    </ul>
                }
                if !maybe.is_empty() {
                    <p class="pg-hint">{ t(lang, Msg::SectionMaybe) }{ ":" }</p>
                    <ul>{ for maybe.iter().map(|i| html! { <li>{ document_label(lang, p, i.document) }</li> }) }</ul>
                }
            </div>
            <div class="pg-summary__block pg-screen-only">
                <h4>{ t(lang, Msg::NextStepLabel) }</h4>
                <p>{ present::steps_done(lang, step_list.done, step_list.total) }</p>
                if let Some(s) = next { <p><strong>{ inline(lang, &s.step.title) }</strong></p> }
                else { <p>{ t(lang, Msg::AllStepsDone) }</p> }
            </div>
            // On paper, every step: the page is what the person follows at the office.
            <div class="pg-summary__block pg-summary__steps pg-print-only">
                <h4>{ t(lang, Msg::ViewSteps) }{ " – " }{ present::steps_done(lang, step_list.done, step_list.total) }</h4>
                <ol>
                    { for step_list.steps.iter().enumerate().map(|(i, s)| html! {
                        <li class={classes!(s.done.then_some("pg-summary__step--done"))}>
                            <span class="pg-summary__mark">{ if s.done { "☑ " } else { "☐ " } }</span>
                            { inline(lang, &s.step.title) }
                            if step_list.next == Some(i) { <strong>{ " ← " }{ t(lang, Msg::NextStepLabel) }</strong> }
                            if s.applies == Applies::Unknown { <span class="pg-hint">{ " (" }{ t(lang, Msg::MayBeNeeded) }{ ")" }</span> }
                        </li>
                    }) }
                </ol>
            </div>
            // Only when the catalogue says something about after filing: an empty
            // heading reads as missing content.
            if let Some(url) = lookup_url {
            <div class="pg-summary__block">
                <h4>{ t(lang, Msg::AfterSubmitting) }</h4>
                <p><ExternalLink href={url}>{ t(lang, Msg::FollowFile) }</ExternalLink></p>
            </div>
            }
            <p class="pg-source">
                { t(lang, Msg::CatalogueFrom) }{ " " }{ inline(lang, &catalogue.info.title) }
                if let Some(publisher) = &catalogue.info.publisher { { " – " }{ inline(lang, publisher) } }
                if let Some(updated) = catalogue.info.updated { { " (" }{ present::date(lang, updated) }{ ")" } }
            </p>
            <p class="pg-warning">{ t(lang, Msg::CheckBeforeYouGo) }</p>
            // In-app browsers (Zalo, Facebook) ignore `print()`: say what works there
            // instead of showing a dead button.
            if in_app_browser() {
                <p class="pg-noprint pg-hint">{ t(lang, Msg::PrintInApp) }</p>
            } else {
                <p class="pg-noprint">
                    <button type="button" class="pg-button" onclick={print}>{ t(lang, Msg::Print) }</button>
                </p>
            }
            <div class="pg-summary__qr pg-print-only" hidden={!qr_fresh}>
                <div class="pg-summary__qr-image" ref={qr_ref}></div>
                <p>{ t(lang, Msg::PrintQrCaption) }</p>
            </div>
            <ShareBox journey={shared} />
            // The end of the journey: was it any help, and where to say more.
            <FeedbackBox procedure={AttrValue::from(p.id.clone())} />
        </section>
    }
}
