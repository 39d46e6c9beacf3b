//! The live preview: the real widget, in a frame (`studio-preview/index.html`) so that a
//! phone width is a phone's viewport, on the draft being edited. The draft reaches it
//! through the studio's service worker (`crate::browser::publish_draft`); the frame is
//! told what to show by `postMessage`. Where no service worker can run (a page not on
//! https), the preview says so and the rest of the studio works.

use std::rc::Rc;

use procedure_guide_core::i18n::studio::{st, StudioMsg};
use procedure_guide_core::i18n::Lang;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

use crate::browser;
use crate::draft::Draft;

#[derive(Clone, Copy, PartialEq)]
enum Worker {
    Starting,
    Ready,
    Failed,
}

#[derive(Clone, Copy, PartialEq)]
enum Width {
    Phone,
    Desktop,
}

#[derive(Properties, PartialEq)]
pub struct PreviewProps {
    pub lang: Lang,
    pub draft: Rc<Draft>,
    /// The procedure shown; `None` is the list.
    pub procedure: Option<String>,
    /// A procedure the person asked for (by choosing a problem in it) that the widget
    /// does not show, because an error dropped it.
    pub missing: Option<String>,
    pub on_procedure: Callback<Option<String>>,
}

#[function_component]
pub fn Preview(props: &PreviewProps) -> Html {
    let lang = props.lang;
    let worker = use_state(|| Worker::Starting);
    let frame_ready = use_state(|| false);
    let width = use_state(|| Width::Phone);
    let frame = use_node_ref();
    // The draft's revision: the frame's `catalogue` changes with it, so the widget reloads.
    let rev = use_mut_ref(|| (0u32, None::<Rc<Draft>>));

    {
        let worker = worker.clone();
        use_effect_with((), move |_| {
            spawn_local(async move {
                worker.set(match browser::preview_worker().await {
                    Ok(()) => Worker::Ready,
                    Err(_) => Worker::Failed,
                });
            });
        });
    }
    {
        // The frame says when it listens; a reload of the frame says it again.
        let frame_ready = frame_ready.clone();
        use_effect_with((), move |_| {
            let listener =
                Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
                    let ours = web_sys::window()
                        .and_then(|w| w.location().origin().ok())
                        .is_some_and(|origin| origin == e.origin());
                    let ready = js_sys::Reflect::get(&e.data(), &JsValue::from_str("previewReady"))
                        .ok()
                        .is_some_and(|v| v.is_truthy());
                    if ours && ready {
                        frame_ready.set(true);
                    }
                });
            let window = web_sys::window();
            if let Some(w) = &window {
                let _ = w
                    .add_event_listener_with_callback("message", listener.as_ref().unchecked_ref());
            }
            move || {
                if let Some(w) = window {
                    let _ = w.remove_event_listener_with_callback(
                        "message",
                        listener.as_ref().unchecked_ref(),
                    );
                }
            }
        });
    }
    {
        let frame = frame.clone();
        let rev = rev.clone();
        let ready = *frame_ready && *worker == Worker::Ready;
        use_effect_with(
            (props.draft.clone(), props.procedure.clone(), lang, ready),
            move |(draft, procedure, lang, ready)| {
                // While the procedure shown has an error that leaves it out, the preview keeps
                // the last draft that had it: the widget would otherwise drop back to its list
                // at every half-typed edit.
                let shown = procedure
                    .as_ref()
                    .is_none_or(|id| draft.procedure_names.iter().any(|(p, _)| p == id));
                if *ready && shown {
                    let number = {
                        let mut rev = rev.borrow_mut();
                        if !rev.1.as_ref().is_some_and(|d| Rc::ptr_eq(d, draft)) {
                            *rev = (rev.0 + 1, Some(draft.clone()));
                        }
                        rev.0
                    };
                    let (draft, procedure, lang) = (draft.clone(), procedure.clone(), *lang);
                    spawn_local(async move {
                        if browser::publish_draft(&draft.text).await.is_err() {
                            return;
                        }
                        let Some(frame) = frame.cast::<web_sys::HtmlIFrameElement>() else {
                            return;
                        };
                        let message = js_sys::Object::new();
                        let set = |k: &str, v: JsValue| {
                            let _ = js_sys::Reflect::set(&message, &JsValue::from_str(k), &v);
                        };
                        set(
                            "catalogue",
                            JsValue::from_str(&format!("draft.json?rev={number}")),
                        );
                        set(
                            "procedure",
                            procedure
                                .as_deref()
                                .map_or(JsValue::NULL, JsValue::from_str),
                        );
                        set("lang", JsValue::from_str(lang.tag()));
                        browser::post_to_preview(&frame, &message);
                    });
                }
            },
        );
    }

    let on_select = {
        let on_procedure = props.on_procedure.clone();
        Callback::from(move |e: Event| {
            if let Some(select) = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok())
            {
                let v = select.value();
                on_procedure.emit((!v.is_empty()).then_some(v));
            }
        })
    };
    let width_button = |w: Width, msg: StudioMsg| {
        let width = width.clone();
        let pressed = *width == w;
        html! {
            <button type="button" class="studio__toggle" aria-pressed={pressed.to_string()}
                onclick={Callback::from(move |_| width.set(w))}>{ st(lang, msg) }</button>
        }
    };
    let chosen = props.procedure.clone().unwrap_or_default();
    let index = if lang == Lang::Vi { 0 } else { 1 };

    html! {
        <section class={classes!("studio__preview", (*width == Width::Desktop).then_some("studio__preview--wide"))}
            aria-labelledby="studio-preview">
            <h2 id="studio-preview">{ st(lang, StudioMsg::PreviewHeading) }</h2>
            <div class="studio__row">
                <label for="studio-preview-procedure">{ st(lang, StudioMsg::PreviewShows) }</label>
                <select id="studio-preview-procedure" onchange={on_select}>
                    <option value="" selected={chosen.is_empty()}>{ st(lang, StudioMsg::PreviewList) }</option>
                    { for props.draft.procedure_names.iter().map(|(id, names)| html! {
                        <option value={id.clone()} selected={*id == chosen}>{ format!("{} ({id})", names[index]) }</option>
                    }) }
                </select>
            </div>
            if let Some(id) = props.procedure.as_ref().filter(|id| !props.draft.procedure_names.iter().any(|(p, _)| p == *id)) {
                <p class="studio__note" role="status">{ st(lang, StudioMsg::PreviewKept).replace("{id}", id) }</p>
            }
            if let Some(id) = &props.missing {
                <p class="studio__note" role="status">{ st(lang, StudioMsg::PreviewDropped).replace("{id}", id) }</p>
            }
            <div class="studio__row" role="group" aria-label={st(lang, StudioMsg::PreviewWidth)}>
                { width_button(Width::Phone, StudioMsg::PreviewPhone) }
                { width_button(Width::Desktop, StudioMsg::PreviewDesktop) }
            </div>
            {
                match *worker {
                    Worker::Starting => html! { <p class="studio__hint">{ st(lang, StudioMsg::PreviewStarting) }</p> },
                    Worker::Failed => html! { <p class="studio__hint" role="alert">{ st(lang, StudioMsg::PreviewUnavailable) }</p> },
                    Worker::Ready => html! {
                        <iframe ref={frame} src="studio-preview/index.html"
                            title={st(lang, StudioMsg::PreviewFrame)}
                            class={classes!("studio__frame", (*width == Width::Phone).then_some("studio__frame--phone"))} />
                    },
                }
            }
        </section>
    }
}
