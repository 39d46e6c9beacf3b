//! One item of a stop's `see`: a procedure of the catalogue chosen by name, or a web page
//! (its label in Vietnamese and English, and its address). Written back as the format
//! writes it (`crate::refs`); a value of another kind is shown as written and kept.

use procedure_guide_core::i18n::studio::{st, StudioMsg};
use procedure_guide_core::json::{to_string, Json};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::{input_id, text_pair, FormCtx};
use crate::doc::Edit;
use crate::locate::Step;
use crate::refs::{procedure_choices, see_node, see_of, See};

#[derive(Properties, PartialEq)]
pub struct SeeRefProps {
    pub path: Vec<Step>,
}

fn target_value(target: Option<web_sys::EventTarget>) -> String {
    target
        .and_then(|t| {
            t.clone()
                .dyn_into::<web_sys::HtmlSelectElement>()
                .map(|s| s.value())
                .or_else(|_| t.dyn_into::<web_sys::HtmlInputElement>().map(|i| i.value()))
                .ok()
        })
        .unwrap_or_default()
}

#[function_component]
pub fn SeeRef(props: &SeeRefProps) -> Html {
    let Some(ctx) = use_context::<FormCtx>() else {
        return Html::default();
    };
    let lang = ctx.lang;
    let id = input_id(&props.path);
    let node = ctx.node(&props.path).cloned().unwrap_or(Json::Null);
    let Some(see) = see_of(&node) else {
        return html! {
            <div class="form__field" id={id}>
                <code class="form__raw">{ to_string(&node) }</code>
                <p class="form__hint">{ st(lang, StudioMsg::FormRawKept) }</p>
            </div>
        };
    };
    let set = {
        let (edit, path) = (ctx.on_edit.clone(), props.path.clone());
        move |see: See| edit.emit(Edit::Set(path.clone(), Some(see_node(&see)), None))
    };
    let is_link = matches!(see, See::Link { .. });
    let kind_id = format!("{id}-kind");
    let on_kind = {
        let set = set.clone();
        Callback::from(move |e: Event| {
            set(if target_value(e.target()) == "link" {
                See::Link {
                    vi: String::new(),
                    en: String::new(),
                    url: String::new(),
                }
            } else {
                See::Procedure(String::new())
            })
        })
    };
    let kind = html! {
        <div class="form__field">
            <label for={kind_id.clone()}>{ st(lang, StudioMsg::SeeKind) }</label>
            <select id={kind_id} onchange={on_kind}>
                <option value="procedure" selected={!is_link}>{ st(lang, StudioMsg::SeeProcedure) }</option>
                <option value="link" selected={is_link}>{ st(lang, StudioMsg::SeeLink) }</option>
            </select>
        </div>
    };
    let body = match see {
        See::Procedure(current) => {
            let root = ctx
                .draft
                .doc
                .as_ref()
                .map(|d| &d.root)
                .unwrap_or(&Json::Null);
            let choices = procedure_choices(root, lang);
            let known = current.is_empty() || choices.iter().any(|c| c.value == current);
            let onchange = {
                let set = set.clone();
                Callback::from(move |e: Event| set(See::Procedure(target_value(e.target()))))
            };
            html! {
                <div class="form__field">
                    <label for={id.clone()}>{ st(lang, StudioMsg::SeeChooseProcedure) }</label>
                    <select id={id.clone()} {onchange}>
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
            }
        }
        See::Link { vi, en, url } => {
            let label_id = format!("{id}-label");
            let labels = {
                let (set, url) = (set.clone(), url.clone());
                text_pair(
                    &label_id,
                    lang,
                    (vi.clone(), en.clone()),
                    0,
                    move |vi, en| {
                        set(See::Link {
                            vi,
                            en,
                            url: url.clone(),
                        })
                    },
                )
            };
            let on_url = {
                let set = set.clone();
                Callback::from(move |e: InputEvent| {
                    set(See::Link {
                        vi: vi.clone(),
                        en: en.clone(),
                        url: target_value(e.target()),
                    })
                })
            };
            html! {
                <>
                    <div class="form__field">
                        <label for={id.clone()}>{ st(lang, StudioMsg::SeeUrl) }</label>
                        <input id={id.clone()} type="url" inputmode="url" value={url} oninput={on_url} />
                    </div>
                    <fieldset class="form__text" id={label_id}>
                        <legend>{ st(lang, StudioMsg::SeeLabel) }</legend>
                        { labels }
                    </fieldset>
                </>
            }
        }
    };
    html! { <div class="form__ref">{ kind }{ body }</div> }
}
