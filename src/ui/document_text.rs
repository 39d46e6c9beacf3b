//! How a paper of the file reads: its name, counts (times the number of sets), marks
//! (certified copy, shown only, optional), form to download, what the agency can look
//! up itself, and the channels or cases it is for. Used by the checklist and the
//! summary; not a component of its own.

use procedure_guide_core::catalogue::{ChannelRef, Document, DocumentAction, Procedure};
use procedure_guide_core::i18n::ui::{t, Msg};
use procedure_guide_core::i18n::{present, Lang};
use procedure_guide_core::journey::Applies;
use yew::prelude::*;

use crate::ui::external_link::ExternalLink;
use crate::ui::localised::inline;

/// The inline part: name, counts and marks (fits inside a `<label>`).
pub fn document_label(lang: Lang, p: &Procedure, d: &Document) -> Html {
    let (originals, copies) = procedure_guide_core::journey::quantity(d, p.sets);
    let counts = present::document_counts(lang, originals, copies, 1);
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
        </>
    }
}

/// The block part: the case and channels it is for, form, look-up note, notes.
/// `applies`: whether the paper applies to the person's answers; the case it is for is
/// said only while that is unknown ("Tuỳ trường hợp: …"): once answered, a paper that
/// applies is simply needed.
pub fn document_details(lang: Lang, p: &Procedure, d: &Document, applies: Applies) -> Html {
    html! {
        <>
            if let (Some(when), Applies::Unknown) = (&d.when, applies) {
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
        .fold(Vec::<String>::new(), |mut seen, name| {
            // Two online channels of one level read alike: say it once.
            if !seen.contains(&name) {
                seen.push(name);
            }
            seen
        })
        .join(", ")
}
