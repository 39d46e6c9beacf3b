//! A list of objects (documents, steps, channels, questions, …), of texts or of
//! references (`agencies`, `see`, ids): each item
//! folded under its name, moved up or down by buttons or by dragging, removed, and new
//! ones added at the end.

use procedure_guide_core::i18n::studio::{st, StudioMsg};
use procedure_guide_core::i18n::Lang;
use procedure_guide_core::json::Json;
use yew::prelude::*;

use super::agency_ref::AgencyRef;
use super::object_form::ObjectForm;
use super::procedure_ref::ProcedureRef;
use super::see_ref::SeeRef;
use super::{input_id, text_pair, with, FormCtx, ShapeRef};
use crate::doc::{text_node, text_parts, Edit, Node};
use crate::locate::Step;
use crate::refs::{agency_title, see_title};

#[derive(Clone, Copy, PartialEq)]
pub enum ItemKind {
    Object(ShapeRef),
    /// Localised text (a procedure's requirements).
    Text,
    /// A procedure's `agencies`: an agency or "any office at a level".
    AgencyRef,
    /// A stop's `see`: a procedure or a link.
    SeeRef,
    /// A procedure id (a life event's procedures, `related`, `obtain_via`).
    ProcedureId,
    /// An agency id (a channel's `agencies`).
    AgencyId,
}

#[derive(Properties, PartialEq)]
pub struct ListInputProps {
    pub path: Vec<Step>,
    pub title: String,
    pub item: ItemKind,
    /// The table of the object holding the list: where a new list goes among its keys.
    pub parent: ShapeRef,
    /// The key's one line on what to write, as a single field has it.
    #[prop_or_default]
    pub hint: Option<String>,
}

/// An item's name for its folded line: its name, title, label or text, else its id.
fn item_title(node: &Node, lang: Lang) -> Option<String> {
    for key in ["name", "title", "label", "text"] {
        let (vi, en) = text_parts(node.get(key));
        let t = if lang == Lang::En && !en.is_empty() {
            en
        } else {
            vi
        };
        if !t.is_empty() {
            return Some(t);
        }
    }
    if let Some((vi, en)) =
        matches!(node, Json::String(_) | Json::Object(_)).then(|| text_parts(Some(node)))
    {
        let t = if lang == Lang::En && !en.is_empty() {
            en
        } else {
            vi
        };
        if !t.is_empty() {
            return Some(t.chars().take(80).collect());
        }
    }
    ["id", "kind", "question"]
        .iter()
        .find_map(|k| node.get(k).and_then(Json::as_str).map(str::to_owned))
}

#[function_component]
pub fn ListInput(props: &ListInputProps) -> Html {
    let Some(ctx) = use_context::<FormCtx>() else {
        return Html::default();
    };
    let lang = ctx.lang;
    let dragging = use_state(|| None::<usize>);
    let added = use_state(|| None::<usize>);
    let items: Vec<Node> = ctx
        .node(&props.path)
        .and_then(Json::as_array)
        .map(<[Node]>::to_vec)
        .unwrap_or_default();
    let count = items.len();
    let edit = ctx.on_edit.clone();
    let path = props.path.clone();
    let parent = props.parent.0;

    let on_add = {
        let (edit, path, added) = (edit.clone(), path.clone(), added.clone());
        let fresh = match props.item {
            ItemKind::Object(_) => Json::Object(Vec::new()),
            // A reference not chosen yet: the select says "choose", the check names it.
            ItemKind::Text
            | ItemKind::AgencyRef
            | ItemKind::SeeRef
            | ItemKind::ProcedureId
            | ItemKind::AgencyId => Json::string(""),
        };
        Callback::from(move |_| {
            added.set(Some(count));
            edit.emit(Edit::Push(path.clone(), fresh.clone(), Some(parent)));
        })
    };

    html! {
        <fieldset class="form__list" id={input_id(&props.path)}>
            <legend>{ props.title.clone() }{ format!(" ({count})") }</legend>
            if let Some(h) = &props.hint {
                <p class="form__hint">{ h.clone() }</p>
            }
            if count > 0 {
                <ol class="form__items">
                    { for items.iter().enumerate().map(|(i, node)| {
                        let item_path = with(&props.path, Step::Index(i));
                        let root = ctx.root();
                        let title = match props.item {
                            ItemKind::AgencyRef | ItemKind::AgencyId => agency_title(root, node, lang),
                            ItemKind::SeeRef | ItemKind::ProcedureId => see_title(root, node, lang),
                            _ => item_title(node, lang),
                        };
                        let name = title
                            .unwrap_or_else(|| format!("{} {}", st(lang, StudioMsg::FormItem), i + 1));
                        let mover = |to: usize| {
                            let (edit, path) = (edit.clone(), path.clone());
                            Callback::from(move |_| edit.emit(Edit::Move(path.clone(), i, to)))
                        };
                        let remove = {
                            let (edit, item_path) = (edit.clone(), item_path.clone());
                            Callback::from(move |_| edit.emit(Edit::Set(item_path.clone(), None, None)))
                        };
                        let ondragstart = {
                            let dragging = dragging.clone();
                            Callback::from(move |_: DragEvent| dragging.set(Some(i)))
                        };
                        let ondragover = Callback::from(|e: DragEvent| e.prevent_default());
                        let ondrop = {
                            let (dragging, edit, path) = (dragging.clone(), edit.clone(), path.clone());
                            Callback::from(move |e: DragEvent| {
                                e.prevent_default();
                                if let Some(from) = *dragging {
                                    if from != i {
                                        edit.emit(Edit::Move(path.clone(), from, i));
                                    }
                                }
                                dragging.set(None);
                            })
                        };
                        let body = match props.item {
                            ItemKind::Object(shape) => html! { <ObjectForm path={item_path.clone()} {shape} /> },
                            ItemKind::Text => text_item(&ctx, &item_path, node),
                            ItemKind::AgencyRef => html! { <AgencyRef path={item_path.clone()} /> },
                            ItemKind::SeeRef => html! { <SeeRef path={item_path.clone()} /> },
                            ItemKind::ProcedureId => html! { <ProcedureRef path={item_path.clone()} /> },
                            ItemKind::AgencyId => html! { <AgencyRef path={item_path.clone()} levels={false} /> },
                        };
                        // Open: the item just added, or a reference not chosen yet (also one
                        // made by "add another agency", which is not this list's button).
                        let open = *added == Some(i)
                            || (!matches!(props.item, ItemKind::Object(_) | ItemKind::Text)
                                && matches!(node, Json::String(s) if s.is_empty()));
                        let position = format!("{} {}/{count}", st(lang, StudioMsg::FormItem), i + 1);
                        html! {
                            <li class="form__item" draggable="true" {ondragstart} {ondragover} {ondrop}>
                                <details {open}>
                                    <summary><span class="form__grip" aria-hidden="true">{ "⠿ " }</span>{ name }</summary>
                                    <div class="form__tools" role="group" aria-label={position}>
                                        <button type="button" disabled={i == 0} onclick={mover(i.saturating_sub(1))}>
                                            { st(lang, StudioMsg::FormUp) }
                                        </button>
                                        <button type="button" disabled={i + 1 == count} onclick={mover(i + 1)}>
                                            { st(lang, StudioMsg::FormDown) }
                                        </button>
                                        <button type="button" class="form__remove" onclick={remove}>
                                            { st(lang, StudioMsg::FormRemove) }
                                        </button>
                                    </div>
                                    { body }
                                </details>
                            </li>
                        }
                    }) }
                </ol>
            }
            <button type="button" class="form__add" onclick={on_add}>
                { st(lang, StudioMsg::FormAdd) }{ " " }{ props.title.to_lowercase() }
            </button>
        </fieldset>
    }
}

fn text_item(ctx: &FormCtx, path: &[Step], node: &Node) -> Html {
    let (edit, path) = (ctx.on_edit.clone(), path.to_vec());
    // An emptied item stays (as "") until removed: removing it by typing would move the
    // focus into the next one.
    text_pair(
        &input_id(&path),
        ctx.lang,
        text_parts(Some(node)),
        3,
        move |vi, en| {
            let value = text_node(&vi, &en).unwrap_or_else(|| Json::string(""));
            edit.emit(Edit::Set(path.clone(), Some(value), None));
        },
    )
}
