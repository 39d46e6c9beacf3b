//! The papers of a procedure's file: counts (times the number of sets), certified
//! copies, papers only shown, `one_of` alternatives, forms to download, papers the
//! agency can look up itself, and "don't have it?" links.

use procedure_guide_core::catalogue::{ChannelRef, Document, DocumentAction, Procedure};
use procedure_guide_core::i18n::ui::{t, Msg};
use procedure_guide_core::i18n::{present, Lang};
use yew::prelude::*;

use crate::ui::env::use_env;
use crate::ui::external_link::ExternalLink;
use crate::ui::localised::inline;

#[derive(Properties, PartialEq)]
pub struct DocumentListProps {
    pub procedure: AttrValue,
    pub on_open: Callback<AttrValue>,
}

#[function_component]
pub fn DocumentList(props: &DocumentListProps) -> Html {
    let Some(env) = use_env() else {
        return html! {};
    };
    let Some(catalogue) = env.catalogue() else {
        return html! {};
    };
    let Some(p) = catalogue.procedure(&props.procedure) else {
        return html! {};
    };
    let lang = env.lang;
    let obtain = |d: &Document| -> Html {
        if d.obtain_via.is_empty() {
            return html! {};
        }
        html! {
            <p class="pg-obtain">
                { t(lang, Msg::ObtainVia) }{ " " }
                { for d.obtain_via.iter().map(|id| {
                    let on_open = props.on_open.clone();
                    let target = AttrValue::from(id.clone());
                    let label = catalogue.procedure(id)
                        .map_or_else(|| html! { { id.clone() } }, |o| inline(lang, &o.name));
                    html! {
                        <button type="button" class="pg-link" onclick={move |_| on_open.emit(target.clone())}>
                            { label }
                        </button>
                    }
                }) }
            </p>
        }
    };
    html! {
        <ul class="pg-documents">
            { for p.documents.iter().map(|d| html! {
                <li class="pg-document" key={d.id.clone()} data-document={d.id.clone()}>
                    { document_body(lang, p, d) }
                    if !d.one_of.is_empty() {
                        <p class="pg-document__alternatives">{ t(lang, Msg::OneOf) }</p>
                        <ul class="pg-alternatives">
                            { for d.one_of.iter().map(|alt| html! {
                                <li class="pg-alternative">
                                    { document_body(lang, p, alt) }
                                    if !alt.all_of.is_empty() {
                                        <p>{ t(lang, Msg::AllOfThese) }</p>
                                        <ul class="pg-parts">
                                            { for alt.all_of.iter().map(|part| html! {
                                                <li>{ document_body(lang, p, part) }</li>
                                            }) }
                                        </ul>
                                    }
                                    { obtain(alt) }
                                </li>
                            }) }
                        </ul>
                    }
                    { obtain(d) }
                </li>
            }) }
        </ul>
    }
}

/// Name, counts, marks, form, look-up note, conditions and notes of one paper.
fn document_body(lang: Lang, p: &Procedure, d: &Document) -> Html {
    let counts = present::document_counts(lang, d.originals, d.copies, p.sets);
    let mut tags: Vec<Msg> = Vec::new();
    if d.action == DocumentAction::Show {
        tags.push(Msg::ShowOnly);
    }
    if d.certified_copy {
        tags.push(Msg::CertifiedCopy);
    }
    if d.original_or_certified_copy {
        tags.push(Msg::OriginalOrCertified);
    }
    if d.optional {
        tags.push(Msg::Optional);
    }
    html! {
        <>
            <span class="pg-document__name">{ inline(lang, &d.name) }</span>
            if let Some(counts) = counts {
                <span class="pg-document__counts">{ " – " }{ counts }</span>
            }
            if !tags.is_empty() {
                <span class="pg-tags">
                    { for tags.iter().map(|m| html! { <span class="pg-tag">{ t(lang, *m) }</span> }) }
                </span>
            }
            if let Some(when) = &d.when {
                <p class="pg-hint">{ t(lang, Msg::MayBeNeeded) }{ ": " }{ present::condition(lang, when, p) }</p>
            }
            if !d.channels.is_empty() {
                <p class="pg-hint">{ t(lang, Msg::OnlyFor) }{ " " }{ channels(lang, p, &d.channels) }</p>
            }
            if let Some(form) = &d.form {
                <p class="pg-form">
                    { t(lang, Msg::Form) }{ ": " }
                    if let Some(code) = &form.code { <strong>{ code.clone() }</strong>{ " " } }
                    if let Some(name) = &form.name { { inline(lang, name) }{ " " } }
                    if let Some(url) = &form.url {
                        <ExternalLink href={url.clone()}>{ t(lang, Msg::DownloadForm) }</ExternalLink>
                    }
                </p>
            }
            if let Some(lookup) = &d.data_lookup {
                <p class="pg-hint">{ t(lang, Msg::LookedUp) }{ " " }{ inline(lang, lookup) }</p>
            }
            if let Some(notes) = &d.notes {
                <p class="pg-note">{ inline(lang, notes) }</p>
            }
        </>
    }
}

/// Channel kinds or ids in words.
pub fn channels(lang: Lang, p: &Procedure, refs: &[ChannelRef]) -> String {
    refs.iter()
        .map(|r| match r {
            ChannelRef::Kind(kind) => present::channel_kind(lang, *kind).to_owned(),
            ChannelRef::Id(id) => p
                .channels
                .iter()
                .find(|c| c.id.as_deref() == Some(id.as_str()))
                .map_or_else(
                    || id.clone(),
                    |c| {
                        let mut s = present::channel_kind(lang, c.kind).to_owned();
                        if let Some(level) = c.online_level {
                            s.push_str(" (");
                            s.push_str(present::online_level(lang, level));
                            s.push(')');
                        }
                        s
                    },
                ),
        })
        .collect::<Vec<_>>()
        .join(", ")
}
