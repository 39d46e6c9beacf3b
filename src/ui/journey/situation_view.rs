//! Your situation: the questions that tailor the checklist, those that change channels,
//! fees or time limits first; each a group of radio buttons with its help. An answer
//! that stops the journey explains why and points to what to do instead.

use procedure_guide_core::catalogue::{QuestionKind, SeeRef};
use procedure_guide_core::i18n::ui::{t, Msg};
use procedure_guide_core::journey::{questions, stop, Event};
use yew::prelude::*;

use crate::context::use_env;
use crate::ui::external_link::ExternalLink;
use crate::ui::journey::{radio_hint, ViewProps, RADIO_HINT_ID};
use crate::ui::localised::inline;
use crate::ui::prose::Prose;

#[function_component]
pub fn SituationView(props: &ViewProps) -> Html {
    // A question that an answer makes apply appears below; screen-reader users hear it
    // (politely) instead of having to find it. Not on first render.
    let shown_before = use_mut_ref(|| None::<Vec<String>>);
    let announced = use_state_eq(String::new);
    let env = use_env();
    let lang = env.as_ref().map(|e| e.lang()).unwrap_or_default();
    // Every hook before any early return: the questions asked now, as ids and texts.
    let (ids, texts): (Vec<String>, Vec<String>) = env
        .as_ref()
        .and_then(|e| e.catalogue()?.procedure(&props.journey.procedure))
        .map(|p| {
            questions(p, &props.journey)
                .iter()
                .map(|a| {
                    (
                        a.question.id.clone(),
                        a.question.text.get(lang).0.to_owned(),
                    )
                })
                .unzip()
        })
        .unwrap_or_default();
    {
        let announced = announced.clone();
        let shown_before = shown_before.clone();
        use_effect_with(ids, move |ids| {
            let before = shown_before.replace(Some(ids.clone()));
            if let Some(before) = before {
                let added: Vec<&str> = ids
                    .iter()
                    .zip(&texts)
                    .filter(|(id, _)| !before.contains(id))
                    .map(|(_, text)| text.as_str())
                    .collect();
                if !added.is_empty() {
                    let mut text = String::from(t(lang, Msg::QuestionAdded));
                    for q in added {
                        text.push(' ');
                        text.push_str(q);
                    }
                    announced.set(text);
                }
            }
        });
    }
    let Some(env) = env else {
        return html! {};
    };
    let Some(catalogue) = env.catalogue() else {
        return html! {};
    };
    let Some(p) = catalogue.procedure(&props.journey.procedure) else {
        return html! {};
    };
    let journey = &props.journey;
    let asked = questions(p, journey);
    let stopped = stop(p, journey);
    // The stop shows right under the answer that caused it, as a way forward: the
    // procedure (or page) to use instead as the main button. It is an alert, so
    // screen-reader users hear it at once.
    let stop_block = stopped.as_ref().map(|s| {
        html! {
            <div class="pg-stop" role="alert">
                <h4>{ t(lang, if s.stop.see.iter().any(|see| matches!(see, SeeRef::Procedure(_))) {
                    Msg::StopOtherProcedure
                } else {
                    Msg::StopHeading
                }) }</h4>
                <Prose text={s.stop.text.clone()} />
                if !s.stop.see.is_empty() {
                    <ul class="pg-plain pg-stop__see">
                        { for s.stop.see.iter().map(|see| match see {
                            SeeRef::Procedure(id) => {
                                let on_open = props.on_open.clone();
                                let target = AttrValue::from(id.clone());
                                let label = catalogue.procedure(id)
                                    .map_or_else(|| html! { { id.clone() } }, |o| inline(lang, &o.name));
                                html! { <li><button type="button" class="pg-button"
                                    onclick={move |_| on_open.emit(target.clone())}>{ label }</button></li> }
                            }
                            SeeRef::Link(link) => html! {
                                <li><ExternalLink href={link.url.clone()}>
                                    { link.label.as_ref().map_or_else(|| html! { { link.url.clone() } }, |l| inline(lang, l)) }
                                </ExternalLink></li>
                            },
                        }) }
                    </ul>
                }
                <p class="pg-hint">{ t(lang, Msg::ChangeAnswer) }</p>
            </div>
        }
    });
    let stopped_at = stopped.as_ref().map(|s| s.question.id.clone());
    html! {
        <section class="pg-situation" aria-labelledby="pg-view-title">
            <h3 class="pg-view__title" id="pg-view-title" tabindex="-1">{ t(lang, Msg::ViewSituation) }</h3>
            <p class="pg-visually-hidden" role="status">{ (*announced).clone() }</p>
            { radio_hint(lang) }
            if asked.is_empty() {
                <p>{ t(lang, Msg::NoQuestions) }</p>
            }
            { for asked.iter().map(|a| {
                let q = a.question;
                let name = AttrValue::from(format!("pg-q-{}", q.id));
                let options: Vec<(AttrValue, Html)> = match q.kind {
                    QuestionKind::YesNo => vec![
                        ("yes".into(), html! { t(lang, Msg::Yes) }),
                        ("no".into(), html! { t(lang, Msg::No) }),
                    ],
                    QuestionKind::Choice => q.options.iter()
                        .map(|o| (AttrValue::from(o.id.clone()), inline(lang, &o.label)))
                        .collect(),
                };
                let help_id = q.help.as_ref().map(|_| AttrValue::from(format!("pg-help-{}", q.id)));
                let described_by = match &help_id {
                    Some(id) => AttrValue::from(format!("{id} {RADIO_HINT_ID}")),
                    None => AttrValue::Static(RADIO_HINT_ID),
                };
                let stop_here = (stopped_at.as_deref() == Some(q.id.as_str()))
                    .then(|| stop_block.clone())
                    .flatten();
                html! {
                    <>
                    <fieldset class="pg-question" key={q.id.clone()} data-question={q.id.clone()}
                        aria-describedby={described_by}>
                        <legend class="pg-question__text">{ inline(lang, &q.text) }</legend>
                        if let (Some(help), Some(id)) = (&q.help, &help_id) {
                            <div class="pg-hint" id={id.clone()}><Prose text={help.clone()} /></div>
                        }
                        <div class="pg-options">
                            { for options.into_iter().map(|(value, label)| {
                                let checked = a.answer == Some(value.as_str());
                                let dispatch = props.dispatch.clone();
                                let question = q.id.clone();
                                let id = AttrValue::from(format!("{}-{}", name, value));
                                let v = value.to_string();
                                html! {
                                    <div class="pg-option">
                                        <input type="radio" class="pg-radio" id={id.clone()} name={name.clone()}
                                            value={value.clone()} {checked}
                                            onchange={move |_| dispatch.emit(Event::Answer {
                                                question: question.clone(), value: v.clone() })} />
                                        <label for={id}>{ label }</label>
                                    </div>
                                }
                            }) }
                        </div>
                    </fieldset>
                    if let Some(stop) = stop_here { { stop } }
                    </>
                }
            }) }
        </section>
    }
}
