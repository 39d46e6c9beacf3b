//! Steps: the ordered steps for the chosen channel, who does each, each markable done,
//! with a progress bar. When the person marks a step done, focus moves to the next
//! one for screen readers (not on first render).

use procedure_guide_core::catalogue::Actor;
use procedure_guide_core::i18n::present;
use procedure_guide_core::i18n::ui::{t, Msg};
use procedure_guide_core::journey::{steps, Applies, Event};
use yew::prelude::*;

use crate::context::use_env;
use crate::ui::document_text::channels;
use crate::ui::external_link::ExternalLink;
use crate::ui::journey::ViewProps;
use crate::ui::localised::{hidden_context, inline};
use crate::ui::prose::Prose;

#[function_component]
pub fn StepsView(props: &ViewProps) -> Html {
    let list_ref = use_node_ref();
    // The step to focus after the person marked one done.
    let focus_next = use_state(|| None::<String>);
    {
        let list_ref = list_ref.clone();
        let focus_next = focus_next.clone();
        use_effect_with((*focus_next).clone(), move |target| {
            if let (Some(id), Some(root)) = (target, list_ref.cast::<web_sys::Element>()) {
                let selector = format!("[data-step=\"{}\"] .pg-step__title", id.replace('"', ""));
                if let Ok(Some(el)) = root.query_selector(&selector) {
                    if let Ok(h) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el) {
                        let _ = h.focus();
                    }
                }
                focus_next.set(None);
            }
        });
    }
    let Some(env) = use_env() else {
        return html! {};
    };
    let Some(p) = env
        .catalogue()
        .and_then(|c| c.procedure(&props.journey.procedure))
    else {
        return html! {};
    };
    let lang = env.lang();
    let list = steps(p, &props.journey);
    let next = list
        .next
        .and_then(|i| list.steps.get(i))
        .map(|s| s.step.id.clone());
    html! {
        <section class="pg-steps-view" aria-labelledby="pg-view-title">
            <h3 class="pg-view__title" id="pg-view-title" tabindex="-1">{ t(lang, Msg::ViewSteps) }</h3>
            <p class="pg-progress-text" role="status">{ present::steps_done(lang, list.done, list.total) }</p>
            <progress class="pg-progress" max={list.total.max(1).to_string()} value={list.done.to_string()}
                aria-label={present::steps_done(lang, list.done, list.total)}></progress>
            if list.total > 0 && list.done == list.total {
                <p class="pg-success">{ t(lang, Msg::AllStepsDone) }</p>
            }
            <ol class="pg-steps" ref={list_ref}>
                { for list.steps.iter().enumerate().map(|(i, item)| {
                    let s = item.step;
                    let id = AttrValue::from(format!("pg-step-{}", s.id));
                    let done = item.done;
                    let dispatch = props.dispatch.clone();
                    let step = s.id.clone();
                    let following = list.steps.iter().skip(i + 1).find(|x| !x.done).map(|x| x.step.id.clone());
                    let focus_next = focus_next.clone();
                    let onchange = move |_| {
                        if done {
                            dispatch.emit(Event::MarkStepUndone(step.clone()));
                        } else {
                            dispatch.emit(Event::MarkStepDone(step.clone()));
                            focus_next.set(following.clone());
                        }
                    };
                    let is_next = next.as_deref() == Some(s.id.as_str());
                    html! {
                        <li class={classes!("pg-step", done.then_some("pg-step--done"), is_next.then_some("pg-step--next"))}
                            key={s.id.clone()} data-step={s.id.clone()}>
                            <h4 class="pg-step__title" tabindex="-1">
                                { inline(lang, &s.title) }
                                if is_next { <span class="pg-tag pg-tag--next">{ t(lang, Msg::NextStepLabel) }</span> }
                            </h4>
                            if let Some(actor) = s.actor {
                                <p class="pg-step__actor">{ t(lang, match actor {
                                    Actor::Applicant => Msg::ActorApplicant,
                                    Actor::Agency => Msg::ActorAgency,
                                }) }
                                if let Some(duration) = &s.duration { { " · " }{ inline(lang, duration) } }
                                </p>
                            }
                            if item.applies == Applies::Unknown {
                                if let Some(when) = &s.when {
                                    <p class="pg-hint">{ t(lang, Msg::MayBeNeeded) }{ ": " }{ present::condition(lang, when, p) }</p>
                                }
                                if !s.channels.is_empty() {
                                    <p class="pg-hint">{ t(lang, Msg::OnlyFor) }{ " " }{ channels(lang, p, &s.channels) }</p>
                                }
                            }
                            if let Some(detail) = &s.detail {
                                <Prose text={detail.clone()} class="pg-step__detail" />
                            }
                            if !s.links.is_empty() {
                                <ul class="pg-plain">
                                    { for s.links.iter().map(|l| html! {
                                        <li><ExternalLink href={l.url.clone()}>
                                            { l.label.as_ref().map_or_else(|| html! { { l.url.clone() } }, |x| inline(lang, x)) }
                                        </ExternalLink></li>
                                    }) }
                                </ul>
                            }
                            <div class="pg-option">
                                <input type="checkbox" class="pg-checkbox" id={id.clone()} checked={done} {onchange} />
                                <label for={id}>{ t(lang, Msg::MarkStepDone) }{ hidden_context(lang, &s.title) }</label>
                            </div>
                        </li>
                    }
                }) }
            </ol>
        </section>
    }
}
