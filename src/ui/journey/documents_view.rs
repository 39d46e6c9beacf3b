//! Documents: the checklist for the person's answers and channel. Papers to bring come
//! first with "still missing" counted exactly as CATALOGUE.md says; papers that may be
//! needed, optional papers and papers the agency looks up itself are listed apart and
//! not counted. Ticks are saved; a tick whose paper changed asks to be checked again.

use procedure_guide_core::catalogue::{Document, Procedure};
use procedure_guide_core::i18n::ui::{t, Msg};
use procedure_guide_core::i18n::{present, Lang};
use procedure_guide_core::journey::{
    checklist, chosen_channel, document_applies, tick_state, ChecklistItem, Event, ItemStatus,
    Journey, TickState, TickTarget,
};
use yew::prelude::*;

use crate::context::use_env;
use crate::ui::document_text::{document_details, document_label};
use crate::ui::glossary::Glossary;
use crate::ui::journey::ViewProps;
use crate::ui::localised::{hidden_context, inline};

#[function_component]
pub fn DocumentsView(props: &ViewProps) -> Html {
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
    let kind = chosen_channel(p, j).map(|o| o.channel.kind);
    let section = |status: ItemStatus, heading: &'static str| -> Html {
        let items: Vec<&ChecklistItem> = list.items.iter().filter(|i| i.status == status).collect();
        if items.is_empty() {
            return html! {};
        }
        html! {
            <div class={classes!("pg-checklist__section", section_class(status))}>
                <h4>{ heading }</h4>
                <ul class="pg-checklist">
                    { for items.iter().map(|item| checklist_item(lang, catalogue, p, j, item, props)) }
                </ul>
            </div>
        }
    };
    let missing = list.missing;
    html! {
        <section class="pg-documents-view" aria-labelledby="pg-view-title">
            <h3 class="pg-view__title" id="pg-view-title" tabindex="-1">{ t(lang, Msg::ViewDocuments) }</h3>
            <p class="pg-missing" role="status" data-missing={missing.missing.to_string()}>
                if missing.missing == 0 && !list.items.iter().any(|i| i.status == ItemStatus::MayBeNeeded) {
                    <strong>{ t(lang, Msg::AllDocumentsReady) }</strong>
                } else {
                    <strong>{ present::missing_documents(lang, missing.missing, missing.counted) }</strong>
                }
            </p>
            <progress class="pg-progress" max={missing.counted.max(1).to_string()}
                value={(missing.counted - missing.missing).to_string()}
                aria-label={present::missing_documents(lang, missing.missing, missing.counted)}>
            </progress>
            if p.sets > 1 {
                <p>{ t(lang, Msg::SetsToSubmit) }{ ": " }<strong>{ p.sets }</strong></p>
            }
            { section(ItemStatus::Counted, present::papers_heading(lang, kind)) }
            { section(ItemStatus::MayBeNeeded, t(lang, Msg::SectionMaybe)) }
            { section(ItemStatus::LookedUp, t(lang, Msg::SectionLookedUp)) }
            { section(ItemStatus::Optional, t(lang, Msg::SectionOptional)) }
            <Glossary procedure={p.id.clone()} />
        </section>
    }
}

fn section_class(status: ItemStatus) -> &'static str {
    match status {
        ItemStatus::Counted => "pg-checklist__section--required",
        ItemStatus::MayBeNeeded => "pg-checklist__section--maybe",
        ItemStatus::Optional => "pg-checklist__section--optional",
        ItemStatus::LookedUp => "pg-checklist__section--looked-up",
    }
}

/// A checkbox that ticks `target`, labelled by the paper it stands for.
fn tick_box(
    lang: Lang,
    p: &Procedure,
    j: &Journey,
    d: &Document,
    target: TickTarget,
    props: &ViewProps,
) -> Html {
    let state = tick_state(p, j, &target);
    // `:` cannot occur in catalogue ids, so "a-b" and "a/b" never share an element id.
    let id = AttrValue::from(format!("pg-tick-{}", target.to_wire().replace('/', ":")));
    let dispatch = props.dispatch.clone();
    let checked = state == TickState::Ticked;
    let wire = target.to_wire();
    html! {
        <div class={classes!("pg-tick", (state == TickState::Changed).then_some("pg-tick--changed"))}
            data-tick={wire}>
            <div class="pg-option">
                <input type="checkbox" class="pg-checkbox" id={id.clone()} {checked}
                    onchange={move |_| dispatch.emit(if checked { Event::Untick(target.clone()) } else { Event::Tick(target.clone()) })} />
                <label for={id}>{ document_label(lang, p, d) }</label>
            </div>
            <div class="pg-tick__details">{ document_details(lang, p, d, document_applies(d, p, j)) }</div>
            if state == TickState::Changed {
                <p class="pg-warning" role="note">{ t(lang, Msg::ChangedCheckAgain) }</p>
            }
        </div>
    }
}

fn checklist_item(
    lang: Lang,
    catalogue: &procedure_guide_core::catalogue::Catalogue,
    p: &Procedure,
    j: &Journey,
    item: &ChecklistItem,
    props: &ViewProps,
) -> Html {
    let d = item.document;
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
                    let label = catalogue
                        .procedure(id)
                        .map_or_else(|| html! { { id.clone() } }, |o| inline(lang, &o.name));
                    html! { <button type="button" class="pg-link" onclick={move |_| on_open.emit(target.clone())}>{ label }</button> }
                }) }
            </p>
        }
    };
    let looked_up = d.data_lookup.as_ref().map(|_| {
        let checked = j.is_looked_up(&d.id);
        let dispatch = props.dispatch.clone();
        let document = d.id.clone();
        let id = AttrValue::from(format!("pg-lookup-{}", d.id));
        html! {
            <div class="pg-option pg-lookup">
                <input type="checkbox" class="pg-checkbox" id={id.clone()} {checked}
                    onchange={move |_| dispatch.emit(Event::MarkLookedUp { document: document.clone(), looked_up: !checked })} />
                <label for={id}>{ t(lang, Msg::AgencyLooksUp) }{ hidden_context(lang, &d.name) }</label>
            </div>
        }
    });
    let body = if d.one_of.is_empty() {
        tick_box(lang, p, j, d, TickTarget::document(&d.id), props)
    } else {
        html! {
            <div class="pg-group">
                // The group's own counts, marks ("show only") and notes, as for any paper.
                <p class="pg-group__title">{ document_label(lang, p, d) }</p>
                { document_details(lang, p, d, document_applies(d, p, j)) }
                <p class="pg-hint">{ t(lang, Msg::OneOf) }</p>
                <ul class="pg-plain pg-alternatives">
                    { for d.one_of.iter().map(|alt| html! {
                        <li>
                            if alt.all_of.is_empty() {
                                { tick_box(lang, p, j, alt, TickTarget::alternative(&d.id, &alt.id), props) }
                            } else {
                                <p class="pg-document__name">{ inline(lang, &alt.name) }</p>
                                <p class="pg-hint">{ t(lang, Msg::AllOfThese) }</p>
                                <ul class="pg-plain pg-parts">
                                    { for alt.all_of.iter().map(|part| html! {
                                        <li>{ tick_box(lang, p, j, part, TickTarget::part(&d.id, &alt.id, &part.id), props) }</li>
                                    }) }
                                </ul>
                            }
                            { obtain(alt) }
                        </li>
                    }) }
                </ul>
            </div>
        }
    };
    html! {
        <li class={classes!("pg-checklist__item", item.done.then_some("pg-checklist__item--done"))}
            key={d.id.clone()} data-document={d.id.clone()}>
            { body }
            { looked_up }
            { obtain(d) }
        </li>
    }
}
