//! One item of a stop's `see`: a procedure of the catalogue chosen by name, or a web page
//! (its label in Vietnamese and English, and its address). Written back as the format
//! writes it (`crate::refs`); a value of another kind is shown as written and kept.

use procedure_guide_core::i18n::studio::{st, StudioMsg};
use procedure_guide_core::json::Json;
use yew::prelude::*;

use super::procedure_ref::procedure_select;
use super::{input_id, raw_kept, target_value, text_pair, FormCtx};
use crate::doc::Edit;
use crate::locate::Step;
use crate::refs::{see_node, see_of, See};

#[derive(Properties, PartialEq)]
pub struct SeeRefProps {
    pub path: Vec<Step>,
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
        return raw_kept(id, lang, &node);
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
            let onchange = {
                let set = set.clone();
                Callback::from(move |e: Event| set(See::Procedure(target_value(e.target()))))
            };
            procedure_select(&id, lang, ctx.root(), &current, onchange)
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
