//! Summary: everything a person needs on one page (procedure and code, office, channel,
//! time limit and fee, documents still missing, next step, where to follow the file and
//! send feedback, the catalogue's source and date), printable on A4.

use procedure_guide_core::i18n::present;
use procedure_guide_core::i18n::ui::{t, Msg};
use procedure_guide_core::journey::{
    checklist, chosen_channel, chosen_office, only_office, steps, ItemStatus, Journey,
};
use yew::prelude::*;

use crate::context::use_env;
use crate::embed::share::in_app_browser;
use crate::ui::channel_comparison::{channel_facts, channel_title, Facts};
use crate::ui::document_text::document_label;
use crate::ui::external_link::ExternalLink;
use crate::ui::journey::office_view::office_details;
use crate::ui::journey::share_box::ShareBox;
use crate::ui::journey::ViewProps;
use crate::ui::localised::inline;

#[function_component]
pub fn SummaryView(props: &ViewProps) -> Html {
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
    let after_filing = portal.is_some_and(|p| p.lookup_url.is_some() || p.feedback_url.is_some())
        || catalogue
            .info
            .contact
            .as_ref()
            .is_some_and(|c| c.hotline.is_some());
    // Marks this widget as the one printing, so only its summary prints (embed::print).
    let print = Callback::from(|e: MouseEvent| crate::embed::print::print_from(e.target()));
    html! {
        <section class="pg-summary" aria-labelledby="pg-view-title">
            <h3 class="pg-view__title" id="pg-view-title" tabindex="-1">{ t(lang, Msg::ViewSummary) }</h3>
            <p class="pg-summary__procedure">
                <strong>{ inline(lang, &p.name) }</strong>{ " (" }{ t(lang, Msg::Code) }{ " " }{ p.id.clone() }{ ")" }
            </p>
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
                    <p class="pg-channel__title">{ channel_title(lang, o.channel) }</p>
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
            <div class="pg-summary__block">
                <h4>{ t(lang, Msg::NextStepLabel) }</h4>
                <p>{ present::steps_done(lang, step_list.done, step_list.total) }</p>
                if let Some(s) = next { <p><strong>{ inline(lang, &s.step.title) }</strong></p> }
                else { <p>{ t(lang, Msg::AllStepsDone) }</p> }
            </div>
            // Only when the catalogue says something about after filing: an empty
            // heading reads as missing content.
            if after_filing {
            <div class="pg-summary__block">
                <h4>{ t(lang, Msg::AfterSubmitting) }</h4>
                <ul class="pg-plain">
                    if let Some(url) = portal.and_then(|p| p.lookup_url.clone()) {
                        <li><ExternalLink href={url}>{ t(lang, Msg::FollowFile) }</ExternalLink></li>
                    }
                    if let Some(hotline) = catalogue.info.contact.as_ref().and_then(|c| c.hotline.clone()) {
                        <li>{ t(lang, Msg::Hotline) }{ ": " }
                            <ExternalLink href={format!("tel:{}", hotline.replace(' ', ""))}>{ hotline }</ExternalLink></li>
                    }
                    if let Some(url) = portal.and_then(|p| p.feedback_url.clone()) {
                        <li><ExternalLink href={url}>{ t(lang, Msg::SendFeedback) }</ExternalLink></li>
                    }
                </ul>
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
            // The link opens on the view shown (the summary), which navigation owns.
            <ShareBox journey={Journey { view: props.view, ..j.clone() }} />
        </section>
    }
}
