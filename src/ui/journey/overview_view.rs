//! Overview: what the procedure is for, who can use it, the result, the ways to do it
//! side by side, legal basis folded away; a withdrawn procedure leads to its successor.

use procedure_guide_core::catalogue::Status;
use procedure_guide_core::i18n::present;
use procedure_guide_core::i18n::ui::{t, Msg};
use yew::prelude::*;

use crate::context::use_env;
use crate::ui::channel_comparison::ChannelComparison;
use crate::ui::glossary::Glossary;
use crate::ui::journey::deadline_box::DeadlineBox;
use crate::ui::journey::ViewProps;
use crate::ui::localised::inline;
use crate::ui::online_only_notice::OnlineOnlyNotice;
use crate::ui::prose::Prose;

#[function_component]
pub fn OverviewView(props: &ViewProps) -> Html {
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
    let open_link = |id: &str| -> Html {
        let label = catalogue
            .procedure(id)
            .map_or_else(|| html! { { id.to_owned() } }, |o| inline(lang, &o.name));
        let on_open = props.on_open.clone();
        let id = AttrValue::from(id.to_owned());
        html! {
            <button type="button" class="pg-link" onclick={move |_| on_open.emit(id.clone())}>{ label }</button>
        }
    };
    let field = p
        .field
        .as_deref()
        .and_then(|f| catalogue.fields.iter().find(|x| x.id == f));
    html! {
        <section class="pg-overview" aria-labelledby="pg-view-title">
            <h3 class="pg-view__title" id="pg-view-title" tabindex="-1">{ t(lang, Msg::ViewOverview) }</h3>
            if let Some(field) = field {
                <p class="pg-hint">{ t(lang, Msg::FieldFilter) }{ ": " }{ inline(lang, &field.name) }</p>
            }
            if p.status == Status::Withdrawn {
                <div class="pg-notice pg-notice--warning" role="note">
                    <p>{ t(lang, Msg::Withdrawn) }</p>
                    if let Some(next) = p.replaced_by.as_deref() {
                        <p>{ t(lang, Msg::ReplacedBy) }{ " " }{ open_link(next) }</p>
                    }
                </div>
            }
            if let Some(summary) = &p.summary {
                <Prose text={summary.clone()} class="pg-procedure__summary" />
            }
            <DeadlineBox journey={props.journey.clone()} dispatch={props.dispatch.clone()} />
            if !p.requirements.is_empty() {
                <h4>{ t(lang, Msg::Requirements) }</h4>
                { for p.requirements.iter().map(|r| html! { <Prose text={r.clone()} /> }) }
            }
            if let Some(result) = &p.result {
                <h4>{ t(lang, Msg::Result) }</h4>
                <Prose text={result.clone()} />
            }
            <h4>{ t(lang, Msg::Channels) }</h4>
            <OnlineOnlyNotice journey={props.journey.clone()} />
            <ChannelComparison journey={props.journey.clone()} />
            <Glossary procedure={p.id.clone()} />
            if !p.legal_basis.is_empty() {
                <details class="pg-details">
                    <summary>{ t(lang, Msg::LegalBasis) }</summary>
                    <ul class="pg-legal">
                        { for p.legal_basis.iter().map(|l| html! {
                            <li>
                                if let Some(code) = &l.code { <strong>{ code.clone() }</strong>{ " " } }
                                { inline(lang, &l.title) }
                                if let Some(issued) = l.issued {
                                    { " (" }{ t(lang, Msg::Issued) }{ " " }{ present::date(lang, issued) }{ ")" }
                                }
                            </li>
                        }) }
                    </ul>
                </details>
            }
            if !p.related.is_empty() {
                <h4>{ t(lang, Msg::Related) }</h4>
                <ul class="pg-related">
                    { for p.related.iter().map(|r| html! { <li>{ open_link(r) }</li> }) }
                </ul>
            }
            if let Some(updated) = p.updated {
                <p class="pg-hint">{ t(lang, Msg::Updated) }{ ": " }{ present::date(lang, updated) }</p>
            }
        </section>
    }
}
