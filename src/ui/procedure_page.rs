//! One procedure, read-only: what it is for, the ways to do it side by side, the
//! documents, the steps and the legal basis (folded away).

use procedure_guide_core::catalogue::{Procedure, Status};
use procedure_guide_core::i18n::present;
use procedure_guide_core::i18n::ui::{t, Msg};
use yew::prelude::*;

use crate::ui::channel_comparison::ChannelComparison;
use crate::ui::document_list::DocumentList;
use crate::ui::env::use_env;
use crate::ui::localised::inline;
use crate::ui::prose::Prose;
use crate::ui::step_list::StepList;

#[derive(Properties, PartialEq)]
pub struct ProcedurePageProps {
    pub id: AttrValue,
    /// Move focus to the heading once shown (the person chose this procedure).
    pub focus: bool,
    pub on_back: Callback<()>,
    pub on_open: Callback<AttrValue>,
}

#[function_component]
pub fn ProcedurePage(props: &ProcedurePageProps) -> Html {
    let heading = use_node_ref();
    {
        let heading = heading.clone();
        use_effect_with((props.id.clone(), props.focus), move |(_, focus)| {
            if *focus {
                if let Some(h) = heading.cast::<web_sys::HtmlElement>() {
                    let _ = h.focus();
                }
            }
        });
    }
    let Some(env) = use_env() else {
        return html! {};
    };
    let Some(catalogue) = env.catalogue() else {
        return html! {};
    };
    let lang = env.lang;
    let back = {
        let on_back = props.on_back.clone();
        html! {
            <button type="button" class="pg-link pg-back" onclick={move |_| on_back.emit(())}>
                { t(lang, Msg::BackToList) }
            </button>
        }
    };
    let Some(p) = catalogue.procedure(&props.id) else {
        return html! { <div class="pg-procedure">{ back }</div> };
    };
    let open_link = |id: &str| -> Html {
        let target = catalogue.procedure(id);
        let label = target.map_or_else(|| html! { { id.to_owned() } }, |t| inline(lang, &t.name));
        let on_open = props.on_open.clone();
        let id = AttrValue::from(id.to_owned());
        html! {
            <button type="button" class="pg-link" onclick={move |_| on_open.emit(id.clone())}>
                { label }
            </button>
        }
    };
    let field = p
        .field
        .as_deref()
        .and_then(|f| catalogue.fields.iter().find(|x| x.id == f));

    html! {
        <article class="pg-procedure" data-procedure={p.id.clone()}>
            { back }
            <h2 class="pg-procedure__title" tabindex="-1" ref={heading}>{ inline(lang, &p.name) }</h2>
            <p class="pg-procedure__meta">
                { t(lang, Msg::Code) }{ ": " }<span class="pg-procedure__code">{ p.id.clone() }</span>
                if let Some(field) = field {
                    { " · " }{ inline(lang, &field.name) }
                }
            </p>
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
            { requirements(lang, p) }
            if let Some(result) = &p.result {
                <section class="pg-section">
                    <h3>{ t(lang, Msg::Result) }</h3>
                    <Prose text={result.clone()} />
                </section>
            }
            <section class="pg-section">
                <h3>{ t(lang, Msg::Channels) }</h3>
                <ChannelComparison procedure={p.id.clone()} />
            </section>
            if !p.documents.is_empty() {
                <section class="pg-section">
                    <h3>{ t(lang, Msg::Documents) }</h3>
                    if p.sets > 1 {
                        <p>{ t(lang, Msg::SetsToSubmit) }{ ": " }<strong>{ p.sets }</strong></p>
                    }
                    <DocumentList procedure={p.id.clone()} on_open={props.on_open.clone()} />
                </section>
            }
            <section class="pg-section">
                <h3>{ t(lang, Msg::Steps) }</h3>
                <StepList procedure={p.id.clone()} />
            </section>
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
                <section class="pg-section">
                    <h3>{ t(lang, Msg::Related) }</h3>
                    <ul class="pg-related">
                        { for p.related.iter().map(|r| html! { <li>{ open_link(r) }</li> }) }
                    </ul>
                </section>
            }
            if let Some(updated) = p.updated {
                <p class="pg-hint">{ t(lang, Msg::Updated) }{ ": " }{ present::date(lang, updated) }</p>
            }
        </article>
    }
}

fn requirements(lang: procedure_guide_core::i18n::Lang, p: &Procedure) -> Html {
    if p.requirements.is_empty() {
        return html! {};
    }
    html! {
        <section class="pg-section">
            <h3>{ t(lang, Msg::Requirements) }</h3>
            { for p.requirements.iter().map(|r| html! { <Prose text={r.clone()} /> }) }
        </section>
    }
}
