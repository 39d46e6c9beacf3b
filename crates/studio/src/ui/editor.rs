//! Editing the catalogue through forms: the parts of the file on one side (general
//! information, agencies, fields, life events, procedures), the form of the chosen one
//! on the other. Every input's change comes back as an `Edit` through `on_edit`.

use std::rc::Rc;

use procedure_guide_core::catalogue::shapes::{Shape, AGENCY, FIELD, INFO, LIFE_EVENT, PROCEDURE};
use procedure_guide_core::i18n::studio::{st, StudioMsg};
use procedure_guide_core::i18n::Lang;
use procedure_guide_core::json::Json;
use yew::prelude::*;

use super::form::object_form::ObjectForm;
use super::form::{FormCtx, ShapeRef};
use super::ward_picker::WardPicker;
use crate::doc::{text_parts, Edit};
use crate::draft::Draft;
use crate::locate::Step;

/// The parts of a catalogue the editor lists: key, words, table of each item.
const SECTIONS: &[(&str, StudioMsg, &Shape)] = &[
    ("agencies", StudioMsg::EditorAgencies, &AGENCY),
    ("fields", StudioMsg::EditorFields, &FIELD),
    ("life_events", StudioMsg::EditorLifeEvents, &LIFE_EVENT),
    ("procedures", StudioMsg::EditorProcedures, &PROCEDURE),
];

/// What the form at `target` edits: the general information, or an item of a section.
pub fn target_shape(target: &[Step]) -> Option<&'static Shape> {
    match target {
        [Step::Key(k)] if k == "catalogue" => Some(&INFO),
        [Step::Key(k), Step::Index(_)] => SECTIONS
            .iter()
            .find(|(key, _, _)| key == k)
            .map(|(_, _, s)| *s),
        _ => None,
    }
}

/// The form a problem at `path` is in: the item of a section, else the general information.
pub fn target_of(path: &[Step]) -> Vec<Step> {
    match path {
        [Step::Key(k), Step::Index(i), ..] if SECTIONS.iter().any(|(key, _, _)| key == k) => {
            vec![Step::Key(k.clone()), Step::Index(*i)]
        }
        _ => vec![Step::Key("catalogue".into())],
    }
}

fn title_of(node: Option<&Json<'static>>, lang: Lang) -> String {
    let Some(node) = node else {
        return String::new();
    };
    let (vi, en) = text_parts(node.get("name").or_else(|| node.get("title")));
    let name = if lang == Lang::En && !en.is_empty() {
        en
    } else {
        vi
    };
    let id = node.get("id").and_then(Json::as_str).unwrap_or_default();
    match (name.is_empty(), id.is_empty()) {
        (false, false) => format!("{name} ({id})"),
        (false, true) => name,
        (true, _) => id.to_owned(),
    }
}

#[derive(Properties, PartialEq)]
pub struct EditorProps {
    pub lang: Lang,
    pub draft: Rc<Draft>,
    pub target: Vec<Step>,
    pub on_target: Callback<Vec<Step>>,
    pub on_edit: Callback<Edit>,
}

#[function_component]
pub fn Editor(props: &EditorProps) -> Html {
    let lang = props.lang;
    let Some(doc) = props.draft.doc.as_ref() else {
        return html! {
            <section class="studio__editor" aria-labelledby="studio-editor">
                <h2 id="studio-editor">{ st(lang, StudioMsg::EditorHeading) }</h2>
                <p>{ st(lang, StudioMsg::EditorNotJson) }</p>
            </section>
        };
    };
    let ctx = FormCtx {
        lang,
        draft: props.draft.clone(),
        on_edit: props.on_edit.clone(),
    };
    let go = |target: Vec<Step>| {
        let on_target = props.on_target.clone();
        Callback::from(move |_| on_target.emit(target.clone()))
    };
    let current = |target: &[Step]| (props.target == target).then_some("page");
    let general = vec![Step::Key("catalogue".into())];

    let shape = target_shape(&props.target);
    let form = match (shape, doc.get(&props.target)) {
        (Some(shape), Some(Json::Object(_))) => html! {
            <>
                <h3 class="studio__editing">
                    { st(lang, StudioMsg::EditorEditing) }{ ": " }
                    { if props.target == general { st(lang, StudioMsg::EditorCatalogue).to_owned() } else { title_of(doc.get(&props.target), lang) } }
                </h3>
                <ObjectForm path={props.target.clone()} shape={ShapeRef(shape)} />
            </>
        },
        _ => Html::default(),
    };

    html! {
        <ContextProvider<FormCtx> context={ctx}>
            <section class="studio__editor" aria-labelledby="studio-editor">
                <h2 id="studio-editor">{ st(lang, StudioMsg::EditorHeading) }</h2>
                <nav class="studio__parts" aria-labelledby="studio-editor">
                    <ul>
                        <li><button type="button" class="studio__part" aria-current={current(&general)}
                            onclick={go(general.clone())}>{ st(lang, StudioMsg::EditorCatalogue) }</button></li>
                        { for SECTIONS.iter().map(|(key, msg, shape)| {
                            let items = doc.get(&[Step::Key((*key).into())]).and_then(Json::as_array).unwrap_or_default();
                            let open = matches!(props.target.first(), Some(Step::Key(k)) if k == key);
                            let on_add = {
                                let (on_edit, on_target, key, n) = (props.on_edit.clone(), props.on_target.clone(), *key, items.len());
                                Callback::from(move |_| {
                                    on_edit.emit(Edit::Push(vec![Step::Key(key.into())], Json::Object(Vec::new()), Some(*shape)));
                                    on_target.emit(vec![Step::Key(key.into()), Step::Index(n)]);
                                })
                            };
                            html! {
                                <li>
                                    <details open={open}>
                                        <summary>{ format!("{} ({})", st(lang, *msg), items.len()) }</summary>
                                        <ul>
                                            { for items.iter().enumerate().map(|(i, item)| {
                                                let target = vec![Step::Key((*key).into()), Step::Index(i)];
                                                html! {
                                                    <li><button type="button" class="studio__part" aria-current={current(&target)}
                                                        onclick={go(target.clone())}>{ title_of(Some(item), lang) }</button></li>
                                                }
                                            }) }
                                        </ul>
                                        <button type="button" class="form__add" onclick={on_add}>
                                            { st(lang, StudioMsg::FormAdd) }{ " " }{ st(lang, *msg).to_lowercase() }
                                        </button>
                                        // HCMC's ward and commune centres, picked from the shipped list.
                                        if *key == "agencies" {
                                            <WardPicker {lang} draft={props.draft.clone()} on_edit={props.on_edit.clone()} />
                                        }
                                    </details>
                                </li>
                            }
                        }) }
                    </ul>
                </nav>
                <div class="studio__form">{ form }</div>
            </section>
        </ContextProvider<FormCtx>>
    }
}
