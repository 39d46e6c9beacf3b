//! One procedure id of a list (a life event's procedures, `related`, `obtain_via`),
//! chosen by the procedure's name among the catalogue's. An id the catalogue does not
//! have stays chosen and says so; a value that is not an id is shown as written and kept.

use procedure_guide_core::i18n::studio::{st, StudioMsg};
use procedure_guide_core::i18n::Lang;
use procedure_guide_core::json::Json;
use yew::prelude::*;

use super::{input_id, raw_kept, target_value, FormCtx};
use crate::doc::{Edit, Node};
use crate::locate::Step;
use crate::refs::procedure_choices;

#[derive(Properties, PartialEq)]
pub struct ProcedureRefProps {
    pub path: Vec<Step>,
}

#[function_component]
pub fn ProcedureRef(props: &ProcedureRefProps) -> Html {
    let Some(ctx) = use_context::<FormCtx>() else {
        return Html::default();
    };
    let lang = ctx.lang;
    let id = input_id(&props.path);
    let node = ctx.node(&props.path).cloned().unwrap_or(Json::Null);
    let Some(current) = node.as_str().map(str::to_owned) else {
        return raw_kept(id, lang, &node);
    };
    let onchange = {
        let (edit, path) = (ctx.on_edit.clone(), props.path.clone());
        Callback::from(move |e: Event| {
            edit.emit(Edit::Set(
                path.clone(),
                Some(Json::string(target_value(e.target()))),
                None,
            ))
        })
    };
    html! {
        <div class="form__ref">{ procedure_select(&id, lang, ctx.root(), &current, onchange) }</div>
    }
}

/// A select of the catalogue's procedures by name with `current` chosen (one the
/// catalogue does not have stays chosen and says so), for a list's procedure id and for
/// a `see` that names a procedure.
pub fn procedure_select(
    id: &str,
    lang: Lang,
    root: &Node,
    current: &str,
    onchange: Callback<Event>,
) -> Html {
    let choices = procedure_choices(root, lang);
    let known = current.is_empty() || choices.iter().any(|c| c.value == current);
    html! {
        <div class="form__field">
            <label for={id.to_owned()}>{ st(lang, StudioMsg::SeeChooseProcedure) }</label>
            <select id={id.to_owned()} {onchange}>
                <option value="" selected={current.is_empty()}>{ st(lang, StudioMsg::RefChoose) }</option>
                { for choices.iter().map(|c| html! {
                    <option value={c.value.clone()} selected={c.value == current}>{ c.label.clone() }</option>
                }) }
                if !known {
                    <option value={current.to_owned()} selected=true>
                        { st(lang, StudioMsg::RefUnknown).replace("{id}", current) }
                    </option>
                }
            </select>
        </div>
    }
}
