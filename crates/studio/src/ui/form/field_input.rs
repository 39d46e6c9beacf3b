//! The input for one key of an object, chosen by what the key holds (`Ty`). Text,
//! numbers, yes/no, words, lists of ids; a nested object or list gets its own form;
//! agencies and `see` references are chosen by name (`agency_ref`, `see_ref`).
//! Whatever is typed goes into the document as typed (a word where a number belongs is
//! kept, and the check below says so), and an emptied input removes the key.

use std::borrow::Cow;

use procedure_guide_core::catalogue::shapes::{Shape, Ty, CONDITION, DOCUMENT, STOP, YES_NO_STOPS};
use procedure_guide_core::i18n::studio::{st, StudioMsg};
use procedure_guide_core::i18n::Lang;
use procedure_guide_core::json::{Json, Number};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::agency_ref::AgencyRef;
use super::list_input::{ItemKind, ListInput};
use super::object_form::ObjectForm;
use super::{hint, input_id, key, label, target_value, text_pair, word, FormCtx, ShapeRef};
use crate::doc::{text_node, text_parts, Edit, Node};
use crate::locate::Step;
use crate::refs::{agency_value, channel_choices, ids_of, is_list, toggle, words, IdsOf};

#[derive(Properties, PartialEq)]
pub struct FieldInputProps {
    /// The key's own path (the object's path and the key).
    pub path: Vec<Step>,
    pub shape: ShapeRef,
    /// Which of the table's keys.
    pub field: usize,
}

fn checked(e: &Event) -> bool {
    e.target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        .is_some_and(|i| i.checked())
}

/// What a scalar shows in a text input: a string, or a number or yes/no as written.
fn scalar_text(node: Option<&Node>) -> String {
    match node {
        Some(Json::String(s)) => s.to_string(),
        Some(Json::Number(n)) => n.raw.to_string(),
        Some(Json::Bool(b)) => b.to_string(),
        _ => String::new(),
    }
}

/// Words of a list as one line, for ids and references ("a, b").
fn list_text(node: Option<&Node>) -> Option<String> {
    match node {
        None => Some(String::new()),
        Some(Json::String(s)) => Some(s.to_string()),
        Some(Json::Array(items)) => items
            .iter()
            .map(|i| i.as_str().map(str::to_owned))
            .collect::<Option<Vec<_>>>()
            .map(|v| v.join(", ")),
        _ => None,
    }
}

fn words_node(text: &str) -> Option<Node> {
    let items: Vec<Node> = text
        .split(',')
        .map(str::trim)
        .filter(|w| !w.is_empty())
        .map(Json::string)
        .collect();
    (!items.is_empty()).then_some(Json::Array(items))
}

/// A whole number as a number; anything else as the text typed, for the check to name.
fn count_node(text: &str) -> Option<Node> {
    let t = text.trim();
    if t.is_empty() {
        None
    } else if let Ok(n) = t.parse::<u64>() {
        Some(Json::Number(Number::from_u64(n)))
    } else {
        Some(Json::string(t))
    }
}

#[function_component]
pub fn FieldInput(props: &FieldInputProps) -> Html {
    let Some(ctx) = use_context::<FormCtx>() else {
        return Html::default();
    };
    let shape: &'static Shape = props.shape.0;
    let Some(spec) = shape.fields.get(props.field) else {
        return Html::default();
    };
    let lang = ctx.lang;
    let path = props.path.clone();
    let id = input_id(&path);
    let node = ctx.node(&path).cloned();
    let name = label(shape, spec.key, lang);
    let required = spec
        .required
        .then(|| html! { <span class="form__required">{ " *" }</span> });
    let help = hint(shape, spec.key, lang)
        .map(|h| html! { <p class="form__hint" id={format!("{id}-hint")}>{ h }</p> });
    let described = help.is_some().then(|| format!("{id}-hint"));
    let set = {
        let (on_edit, path) = (ctx.on_edit.clone(), path.clone());
        move |value: Option<Node>| on_edit.emit(Edit::Set(path.clone(), value, Some(shape)))
    };
    let field_label =
        html! { <label for={id.clone()}>{ name.clone() }{ required.clone() }</label> };

    let text_input = |kind: &'static str, value: String, to_node: fn(&str) -> Option<Node>| {
        let set = set.clone();
        html! {
            <div class="form__field">
                { field_label.clone() }
                { help.clone() }
                <input id={id.clone()} type={kind} value={value} aria-describedby={described.clone()}
                    oninput={Callback::from(move |e: InputEvent| set(to_node(&target_value(e.target()))))} />
            </div>
        }
    };
    let nested = |title: String, inner: Html| {
        html! {
            <fieldset class="form__group" id={id.clone()}>
                <legend>{ title }{ required.clone() }</legend>
                { help.clone() }
                { inner }
            </fieldset>
        }
    };
    let add_button = |value: Node| {
        let set = set.clone();
        html! {
            <div class="form__field">
                <span class="form__absent">{ name.clone() }{ required.clone() }{ ": " }{ st(lang, StudioMsg::FormNone) }</span>
                <button type="button" class="form__add" id={id.clone()}
                    onclick={Callback::from(move |_| set(Some(value.clone())))}>
                    { format!("{} “{name}”", st(lang, StudioMsg::FormAdd)) }
                </button>
            </div>
        }
    };

    match &spec.ty {
        Ty::Id | Ty::String | Ty::Currency | Ty::Format => {
            // In a condition, the question and the answer are chosen from the procedure's own.
            if std::ptr::eq(shape, &CONDITION) && (spec.key == "question" || spec.key == "is") {
                return condition_choice(&ctx, &path, spec.key, &id, field_label, set);
            }
            text_input("text", scalar_text(node.as_ref()), |t| {
                (!t.is_empty()).then(|| Json::string(t))
            })
        }
        Ty::Url => text_input("url", scalar_text(node.as_ref()), |t| {
            (!t.is_empty()).then(|| Json::string(t))
        }),
        Ty::Date => text_input("date", scalar_text(node.as_ref()), |t| {
            (!t.is_empty()).then(|| Json::string(t))
        }),
        Ty::Count | Ty::Positive | Ty::OnlineLevel => {
            let set = set.clone();
            html! {
                <div class="form__field">
                    { field_label }
                    { help }
                    <input id={id.clone()} type="text" inputmode="numeric" class="form__number"
                        value={scalar_text(node.as_ref())} aria-describedby={described}
                        oninput={Callback::from(move |e: InputEvent| set(count_node(&target_value(e.target()))))} />
                </div>
            }
        }
        Ty::Bool => {
            let on = matches!(node, Some(Json::Bool(true)));
            let set = set.clone();
            html! {
                <div class="form__field form__check">
                    <input id={id.clone()} type="checkbox" checked={on} aria-describedby={described}
                        onchange={Callback::from(move |e: Event| set(checked(&e).then_some(Json::Bool(true))))} />
                    <label for={id.clone()}>{ name }</label>
                    { help }
                </div>
            }
        }
        Ty::Name | Ty::Text => {
            let rows = if matches!(spec.ty, Ty::Text) { 3 } else { 0 };
            let set = set.clone();
            let inputs = text_pair(&id, lang, text_parts(node.as_ref()), rows, move |vi, en| {
                set(text_node(&vi, &en))
            });
            html! {
                <fieldset class="form__text" id={id.clone()}>
                    <legend>{ name.clone() }{ required.clone() }</legend>
                    { help.clone() }
                    { inputs }
                </fieldset>
            }
        }
        Ty::Word(_) | Ty::Lang => {
            let words: &[&str] = match &spec.ty {
                Ty::Word(words) => words,
                _ => &["vi", "en"],
            };
            let current = scalar_text(node.as_ref());
            let known = current.is_empty() || words.contains(&current.as_str());
            let set = set.clone();
            html! {
                <div class="form__field">
                    { field_label }
                    { help }
                    <select id={id.clone()} aria-describedby={described}
                        onchange={Callback::from(move |e: Event| {
                            let v = target_value(e.target());
                            set((!v.is_empty()).then(|| Json::string(v)))
                        })}>
                        <option value="" selected={current.is_empty()}>{ "—" }</option>
                        { for words.iter().map(|w| html! {
                            <option value={*w} selected={current == *w}>{ word(w, lang) }</option>
                        }) }
                        if !known {
                            <option value={current.clone()} selected=true>{ current.clone() }</option>
                        }
                    </select>
                </div>
            }
        }
        Ty::Words(words) | Ty::WordOrWords(words) if !words.is_empty() => {
            let chosen: Vec<String> = match &node {
                Some(Json::String(s)) => vec![s.to_string()],
                Some(Json::Array(items)) => items
                    .iter()
                    .filter_map(|i| i.as_str().map(str::to_owned))
                    .collect(),
                _ => Vec::new(),
            };
            let one_or_many = matches!(spec.ty, Ty::WordOrWords(_));
            nested(
                name.clone(),
                html! {
                    <div class="form__choices">
                        { for words.iter().map(|w| {
                            let on = chosen.iter().any(|c| c == w);
                            let (set, chosen, w2) = (set.clone(), chosen.clone(), (*w).to_owned());
                            let box_id = format!("{id}-{w}");
                            html! {
                                <div class="form__check">
                                    <input id={box_id.clone()} type="checkbox" checked={on}
                                        onchange={Callback::from(move |e: Event| {
                                            let mut next: Vec<String> = chosen.iter().filter(|c| **c != w2).cloned().collect();
                                            if checked(&e) { next.push(w2.clone()); }
                                            set(match next.len() {
                                                0 => None,
                                                1 if one_or_many => Some(Json::string(next.remove(0))),
                                                _ => Some(Json::Array(next.into_iter().map(Json::string).collect())),
                                            })
                                        })} />
                                    <label for={box_id}>{ word(w, lang) }</label>
                                </div>
                            }
                        }) }
                    </div>
                },
            )
        }
        // A list of references, chosen; one reference alone (`"agencies": {"level": …}`)
        // is chosen in place, and can become a list.
        Ty::AgencyRefs | Ty::SeeRefs if is_list(node.as_ref()) => {
            let item = if matches!(spec.ty, Ty::AgencyRefs) {
                ItemKind::AgencyRef
            } else {
                ItemKind::SeeRef
            };
            html! { <ListInput path={path.clone()} title={name.clone()} hint={hint(shape, spec.key, lang)} {item} parent={props.shape} /> }
        }
        // Ids of procedures or agencies, chosen by name where the format says which.
        Ty::Ids if is_list(node.as_ref()) && ids_of(shape.name, spec.key).is_some() => {
            let item = match ids_of(shape.name, spec.key) {
                Some(IdsOf::Agencies) => ItemKind::AgencyId,
                _ => ItemKind::ProcedureId,
            };
            html! { <ListInput path={path.clone()} title={name.clone()} hint={hint(shape, spec.key, lang)} {item} parent={props.shape} /> }
        }
        // The channels of a document or a step: ticked among its procedure's.
        Ty::ChannelRefs if words(node.as_ref()).is_some() => nested(
            name.clone(),
            channel_checks(
                &ctx,
                &path,
                &id,
                words(node.as_ref()).unwrap_or_default(),
                set.clone(),
            ),
        ),
        Ty::AgencyRefs if node.as_ref().and_then(agency_value).is_some() => {
            let one = node.clone().unwrap_or(Json::Null);
            let set = set.clone();
            // The select inside has the key's id (a problem focuses it), not the group.
            html! {
                <fieldset class="form__group">
                    <legend>{ name.clone() }{ required.clone() }</legend>
                    { help.clone() }
                    <AgencyRef path={path.clone()} />
                    <button type="button" class="form__add"
                        onclick={Callback::from(move |_| set(Some(Json::Array(vec![one.clone(), Json::string("")]))))}>
                        { st(lang, StudioMsg::RefAddAgency) }
                    </button>
                </fieldset>
            }
        }
        Ty::Words(_)
        | Ty::WordOrWords(_)
        | Ty::Ids
        | Ty::ChannelRefs
        | Ty::SeeRefs
        | Ty::AgencyRefs => {
            match list_text(node.as_ref()) {
                Some(text) => {
                    let set = set.clone();
                    html! {
                        <div class="form__field">
                            { field_label }
                            <p class="form__hint">{ help.clone() }{ st(lang, StudioMsg::FormCommaList) }</p>
                            <input id={id.clone()} type="text" value={text}
                                oninput={Callback::from(move |e: InputEvent| set(words_node(&target_value(e.target()))))} />
                        </div>
                    }
                }
                // Groups and links are kept as they are: shown, not lost.
                None => html! {
                    <div class="form__field" id={id.clone()}>
                        <span class="form__absent">{ name.clone() }{ ": " }</span>
                        <code class="form__raw">{ node.as_ref().map(procedure_guide_core::json::to_string).unwrap_or_default() }</code>
                        <p class="form__hint">{ st(lang, StudioMsg::FormRawKept) }</p>
                    </div>
                },
            }
        }
        Ty::Object(inner) => match node {
            Some(Json::Object(_)) => nested(
                name.clone(),
                html! { <ObjectForm path={path.clone()} shape={ShapeRef(inner)} /> },
            ),
            _ => add_button(Json::Object(Vec::new())),
        },
        Ty::Condition | Ty::YesNoStops => {
            let inner: &'static Shape = if matches!(spec.ty, Ty::Condition) {
                &CONDITION
            } else {
                &YES_NO_STOPS
            };
            match node {
                Some(Json::Object(_)) => nested(
                    name.clone(),
                    html! {
                        <>
                            <ObjectForm path={path.clone()} shape={ShapeRef(inner)} />
                            <button type="button" class="form__remove"
                                onclick={{ let set = set.clone(); Callback::from(move |_| set(None)) }}>
                                { format!("{} “{name}”", st(lang, StudioMsg::FormRemove)) }
                            </button>
                        </>
                    },
                ),
                _ => add_button(Json::Object(Vec::new())),
            }
        }
        Ty::Stop => match node {
            Some(Json::Object(_)) => nested(
                name.clone(),
                html! { <ObjectForm path={path.clone()} shape={ShapeRef(&STOP)} /> },
            ),
            Some(_) => {
                // A stop written as plain text: its words, as localised text.
                let set = set.clone();
                let parts = text_parts(node.as_ref());
                nested(
                    name.clone(),
                    text_pair(&id, lang, parts, 2, move |vi, en| set(text_node(&vi, &en))),
                )
            }
            None => add_button(Json::Object(vec![(
                Cow::Borrowed("text"),
                Json::string(""),
            )])),
        },
        Ty::List(inner) | Ty::OneOrList(inner) => match node {
            Some(Json::Object(_)) => nested(
                name.clone(),
                html! { <ObjectForm path={path.clone()} shape={ShapeRef(inner)} /> },
            ),
            _ => {
                html! { <ListInput path={path.clone()} title={name.clone()} hint={hint(shape, spec.key, lang)} item={ItemKind::Object(ShapeRef(inner))} parent={props.shape} /> }
            }
        },
        Ty::Documents | Ty::Alternatives | Ty::Parts => html! {
            <ListInput path={path.clone()} title={name.clone()} hint={hint(shape, spec.key, lang)} item={ItemKind::Object(ShapeRef(&DOCUMENT))} parent={props.shape} />
        },
        Ty::Conditions => html! {
            <ListInput path={path.clone()} title={name.clone()} hint={hint(shape, spec.key, lang)} item={ItemKind::Object(ShapeRef(&CONDITION))} parent={props.shape} />
        },
        Ty::TextList => html! {
            <ListInput path={path.clone()} title={name.clone()} hint={hint(shape, spec.key, lang)} item={ItemKind::Text} parent={props.shape} />
        },
    }
}

/// The question of a condition, chosen among the procedure's questions, and the answer
/// among that question's (yes / no, or its options).
fn condition_choice(
    ctx: &FormCtx,
    path: &[Step],
    which: &str,
    id: &str,
    field_label: Html,
    set: impl Fn(Option<Node>) + Clone + 'static,
) -> Html {
    let lang = ctx.lang;
    let procedure: Vec<Step> = match path {
        [Step::Key(k), Step::Index(i), ..] if k == "procedures" => {
            vec![Step::Key(k.clone()), Step::Index(*i)]
        }
        _ => Vec::new(),
    };
    let questions: Vec<&Node> = ctx
        .node(&key(&procedure, "questions"))
        .and_then(Json::as_array)
        .map(|q| q.iter().collect())
        .unwrap_or_default();
    let condition = path.get(..path.len().saturating_sub(1)).unwrap_or_default();
    let current = ctx
        .node(path)
        .and_then(Json::as_str)
        .unwrap_or_default()
        .to_owned();
    let chosen_question = ctx
        .node(&key(condition, "question"))
        .and_then(Json::as_str)
        .unwrap_or_default()
        .to_owned();
    let choices: Vec<(String, String)> = if which == "question" {
        questions
            .iter()
            .filter_map(|q| {
                let qid = q.get("id")?.as_str()?.to_owned();
                let (vi, en) = text_parts(q.get("text"));
                let text = if lang == Lang::En && !en.is_empty() {
                    en
                } else {
                    vi
                };
                Some((qid.clone(), format!("{text} ({qid})")))
            })
            .collect()
    } else {
        let q = questions
            .iter()
            .find(|q| q.get("id").and_then(Json::as_str) == Some(chosen_question.as_str()));
        match q {
            Some(q) if q.get("kind").and_then(Json::as_str) == Some("yes_no") => vec![
                ("yes".to_owned(), st(lang, StudioMsg::FormYes).to_owned()),
                ("no".to_owned(), st(lang, StudioMsg::FormNo).to_owned()),
            ],
            Some(q) => q
                .get("options")
                .and_then(Json::as_array)
                .map(|options| {
                    options
                        .iter()
                        .filter_map(|o| {
                            let oid = o.get("id")?.as_str()?.to_owned();
                            let (vi, en) = text_parts(o.get("label"));
                            let text = if lang == Lang::En && !en.is_empty() {
                                en
                            } else {
                                vi
                            };
                            Some((oid.clone(), format!("{text} ({oid})")))
                        })
                        .collect()
                })
                .unwrap_or_default(),
            None => Vec::new(),
        }
    };
    let known = current.is_empty() || choices.iter().any(|(v, _)| *v == current);
    html! {
        <div class="form__field">
            { field_label }
            <select id={id.to_owned()}
                onchange={Callback::from(move |e: Event| {
                    let v = target_value(e.target());
                    set((!v.is_empty()).then(|| Json::string(v)))
                })}>
                <option value="" selected={current.is_empty()}>{ "—" }</option>
                { for choices.iter().map(|(v, text)| html! {
                    <option value={v.clone()} selected={*v == current}>{ text.clone() }</option>
                }) }
                if !known {
                    <option value={current.clone()} selected=true>{ current.clone() }</option>
                }
            </select>
        </div>
    }
}

/// The channels of a document or a step, ticked among its procedure's (kinds, and ids of
/// channels that have one); one named that the procedure lacks stays ticked and says so.
fn channel_checks(
    ctx: &FormCtx,
    path: &[Step],
    id: &str,
    current: Vec<String>,
    set: impl Fn(Option<Node>) + Clone + 'static,
) -> Html {
    let lang = ctx.lang;
    let procedure: Vec<Step> = match path {
        [Step::Key(k), Step::Index(i), ..] if k == "procedures" => {
            vec![Step::Key(k.clone()), Step::Index(*i)]
        }
        _ => Vec::new(),
    };
    let mut choices: Vec<(String, String)> = ctx
        .node(&procedure)
        .map(|p| channel_choices(p, lang))
        .unwrap_or_default()
        .into_iter()
        .map(|c| (c.value, c.label))
        .collect();
    for value in &current {
        if !choices.iter().any(|(v, _)| v == value) {
            let words = st(lang, StudioMsg::RefUnknownChannel).replace("{id}", value);
            choices.push((value.clone(), words));
        }
    }
    if choices.is_empty() {
        return html! { <p class="form__hint">{ st(lang, StudioMsg::RefNoChannels) }</p> };
    }
    html! {
        <div class="form__choices">
            { for choices.iter().enumerate().map(|(n, (value, words))| {
                let on = current.contains(value);
                let (set, current, value) = (set.clone(), current.clone(), value.clone());
                let box_id = format!("{id}-{n}");
                html! {
                    <div class="form__check">
                        <input id={box_id.clone()} type="checkbox" checked={on}
                            onchange={Callback::from(move |e: Event| set(toggle(&current, &value, checked(&e))))} />
                        <label for={box_id}>{ words.clone() }</label>
                    </div>
                }
            }) }
        </div>
    }
}
