//! One procedure id of a list (a life event's procedures, `related`, `obtain_via`),
//! chosen by the procedure's name among the catalogue's. An id the catalogue does not
//! have stays chosen and says so; a value that is not an id is shown as written and kept.

use procedure_guide_core::i18n::studio::{st, StudioMsg};
use procedure_guide_core::json::{to_string, Json};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::{input_id, FormCtx};
use crate::doc::Edit;
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
        return html! {
            <div class="form__field" id={id}>
                <code class="form__raw">{ to_string(&node) }</code>
                <p class="form__hint">{ st(lang, StudioMsg::FormRawKept) }</p>
            </div>
        };
    };
    let root = ctx
        .draft
        .doc
        .as_ref()
        .map(|d| &d.root)
        .unwrap_or(&Json::Null);
    let choices = procedure_choices(root, lang);
    let known = current.is_empty() || choices.iter().any(|c| c.value == current);
    let onchange = {
        let (edit, path) = (ctx.on_edit.clone(), props.path.clone());
        Callback::from(move |e: Event| {
            let value = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok())
                .map(|s| s.value())
                .unwrap_or_default();
            edit.emit(Edit::Set(path.clone(), Some(Json::string(value)), None));
        })
    };
    html! {
        <div class="form__ref">
            <div class="form__field">
                <label for={id.clone()}>{ st(lang, StudioMsg::SeeChooseProcedure) }</label>
                <select id={id} {onchange}>
                    <option value="" selected={current.is_empty()}>{ st(lang, StudioMsg::RefChoose) }</option>
                    { for choices.iter().map(|c| html! {
                        <option value={c.value.clone()} selected={c.value == current}>{ c.label.clone() }</option>
                    }) }
                    if !known {
                        <option value={current.clone()} selected=true>
                            { st(lang, StudioMsg::RefUnknown).replace("{id}", &current) }
                        </option>
                    }
                </select>
            </div>
        </div>
    }
}
