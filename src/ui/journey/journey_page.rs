//! One procedure's journey: restores the saved journey (reconciled with the catalogue as
//! it is now), keeps it saved after every change, and shows one view at a time with a
//! navigation between views and Back / Continue.

use procedure_guide_core::catalogue::Procedure;
use procedure_guide_core::i18n::ui::{t, Msg};
use procedure_guide_core::journey::{
    self, from_json, reconcile, stop, to_json, Event, Journey, Notice, View,
};
use yew::prelude::*;

use crate::embed::storage::{SaveProblem, StorageMode};
use crate::state::{Act, JourneyState};
use crate::ui::env::{use_env, Env};
use crate::ui::journey::channel_view::ChannelView;
use crate::ui::journey::documents_view::DocumentsView;
use crate::ui::journey::office_view::OfficeView;
use crate::ui::journey::overview_view::OverviewView;
use crate::ui::journey::situation_view::SituationView;
use crate::ui::journey::steps_view::StepsView;
use crate::ui::journey::summary_view::SummaryView;
use crate::ui::journey::view_nav::ViewNav;
use crate::ui::localised::inline;

#[derive(Properties, PartialEq)]
pub struct JourneyPageProps {
    pub procedure: AttrValue,
    /// Move focus to the heading once shown (the person chose this procedure).
    pub focus: bool,
    pub on_back: Callback<()>,
    pub on_open: Callback<AttrValue>,
}

/// The views this procedure needs, in order: no questions, no "Your situation"; one
/// office, no "Where"; one way to apply, no "How".
pub fn views_for(env: &Env, p: &Procedure) -> Vec<View> {
    let offices = env.catalogue().map_or(0, |c| journey::offices(c, p).len());
    View::ALL
        .iter()
        .copied()
        .filter(|v| match v {
            View::Situation => !p.questions.is_empty(),
            View::Office => offices > 1,
            View::Channel => p.channels.len() > 1,
            View::Documents => !p.documents.is_empty(),
            _ => true,
        })
        .collect()
}

/// The saved journey for `p`, reconciled with the catalogue, or a fresh one.
fn restore(env: &Env, p: &Procedure) -> (Journey, Vec<Notice>, bool) {
    let now = js_sys::Date::now() as u64;
    match env.store.load(&p.id).map(|text| from_json(&text)) {
        Some(Ok(saved)) if saved.procedure == p.id => {
            let (journey, notices) = reconcile(&saved, p);
            (journey, notices, false)
        }
        Some(_) => (
            Journey::new(p.id.clone(), new_nonce(), now),
            Vec::new(),
            true,
        ),
        None => (
            Journey::new(p.id.clone(), new_nonce(), now),
            Vec::new(),
            false,
        ),
    }
}

/// A per-journey nonce: history entries carry it, so "start over" makes Back unable to
/// bring an earlier person's views back. Not a secret; Math.random is enough.
pub fn new_nonce() -> u64 {
    (js_sys::Math::random() * 9_007_199_254_740_991.0) as u64
}

#[function_component]
pub fn JourneyPage(props: &JourneyPageProps) -> Html {
    let env = use_env();
    let container = use_node_ref();
    let restored = use_memo(props.procedure.clone(), {
        let env = env.clone();
        move |id| {
            let env = env.as_ref()?;
            let p = env.catalogue()?.procedure(id)?;
            Some(restore(env, p))
        }
    });
    let state = use_reducer({
        let env = env.clone();
        let restored = restored.clone();
        move || JourneyState {
            loaded: env
                .map(|e| e.loaded)
                .unwrap_or_else(crate::ui::env::empty_loaded),
            journey: restored
                .as_ref()
                .as_ref()
                .map(|(j, _, _)| j.clone())
                .unwrap_or_default(),
        }
    });
    let save_problem = use_state(|| None::<SaveProblem>);
    // The person moved between views: focus follows (not on first render or a deep link).
    let moved = use_mut_ref(|| false);

    // Saved after every change, outside the reducer.
    {
        let env = env.clone();
        let save_problem = save_problem.clone();
        use_effect_with(state.journey.clone(), move |journey| {
            if let Some(env) = env {
                let result = env.store.save(&journey.procedure, &to_json(journey));
                let problem = result.err();
                if *save_problem != problem {
                    save_problem.set(problem);
                }
            }
        });
    }
    {
        let container = container.clone();
        let moved = moved.clone();
        let focus = props.focus;
        use_effect_with(state.journey.view, move |_| {
            let first = !*moved.borrow();
            if !first || focus {
                if let Some(root) = container.cast::<web_sys::Element>() {
                    if let Ok(Some(heading)) = root.query_selector(".pg-view__title") {
                        if let Ok(h) =
                            wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(heading)
                        {
                            let _ = h.focus();
                        }
                    }
                }
            }
            *moved.borrow_mut() = true;
        });
    }

    let Some(env) = env else {
        return html! {};
    };
    let Some(p) = env.catalogue().and_then(|c| c.procedure(&props.procedure)) else {
        return html! {};
    };
    let lang = env.lang;
    let dispatch = {
        let state = state.clone();
        Callback::from(move |event: Event| {
            state.dispatch(Act {
                event,
                now: js_sys::Date::now() as u64,
            })
        })
    };
    let journey = state.journey.clone();
    let views = views_for(&env, p);
    let view = if views.contains(&journey.view) {
        journey.view
    } else {
        View::Overview
    };
    let position = views.iter().position(|v| *v == view).unwrap_or(0);
    let stopped = stop(p, &journey).is_some();
    let go = |to: Option<View>| {
        let dispatch = dispatch.clone();
        to.map(move |v| Callback::from(move |_: MouseEvent| dispatch.emit(Event::GoTo(v))))
    };
    let previous = go(position.checked_sub(1).and_then(|i| views.get(i).copied()));
    let next = if stopped && view == View::Situation {
        None
    } else {
        go(views.get(position + 1).copied())
    };
    let view_props = super::ViewProps {
        journey: journey.clone(),
        dispatch: dispatch.clone(),
        on_open: props.on_open.clone(),
    };
    let body = match view {
        View::Overview => html! { <OverviewView ..view_props.clone() /> },
        View::Situation => html! { <SituationView ..view_props.clone() /> },
        View::Office => html! { <OfficeView ..view_props.clone() /> },
        View::Channel => html! { <ChannelView ..view_props.clone() /> },
        View::Documents => html! { <DocumentsView ..view_props.clone() /> },
        View::Steps => html! { <StepsView ..view_props.clone() /> },
        View::Summary => html! { <SummaryView ..view_props.clone() /> },
    };
    let notices = restored
        .as_ref()
        .as_ref()
        .map(|(_, n, failed)| (n.clone(), *failed))
        .unwrap_or_default();
    let erase = {
        let env = env.clone();
        let dispatch = dispatch.clone();
        let id = p.id.clone();
        Callback::from(move |_| {
            env.store.remove(&id);
            dispatch.emit(Event::StartOver { nonce: new_nonce() });
        })
    };
    let back = props.on_back.clone();
    html! {
        <div class="pg-journey" ref={container} data-procedure={p.id.clone()} data-view={view.as_str()}>
            <button type="button" class="pg-link pg-back" onclick={move |_| back.emit(())}>
                { t(lang, Msg::BackToList) }
            </button>
            <h2 class="pg-procedure__title">{ inline(lang, &p.name) }</h2>
            <p class="pg-procedure__meta">
                { t(lang, Msg::Code) }{ ": " }<span class="pg-procedure__code">{ p.id.clone() }</span>
            </p>
            { restore_notices(lang, &notices.0, notices.1) }
            <ViewNav views={views.clone()} current={view} dispatch={dispatch.clone()} />
            <div class="pg-view">{ body }</div>
            <div class="pg-pager">
                if let Some(previous) = previous {
                    <button type="button" class="pg-button pg-button--secondary" onclick={previous}>
                        { t(lang, Msg::Previous) }
                    </button>
                }
                if let Some(next) = next {
                    <button type="button" class="pg-button pg-pager__next" onclick={next}>
                        { t(lang, if view == View::Overview { Msg::StartJourney } else { Msg::Continue }) }
                    </button>
                }
            </div>
            <div class="pg-device">
                <p class="pg-hint">
                    { t(lang, match (*save_problem, env.store.mode()) {
                        (Some(SaveProblem::Full), _) => Msg::StorageFull,
                        (Some(SaveProblem::Unavailable), _) => Msg::StorageRefused,
                        (None, StorageMode::None) => Msg::NotSavedMemory,
                        (None, _) => Msg::SavedOnDevice,
                    }) }
                </p>
                <button type="button" class="pg-link" onclick={erase}>{ t(lang, Msg::Erase) }</button>
            </div>
        </div>
    }
}

fn restore_notices(
    lang: procedure_guide_core::i18n::Lang,
    notices: &[Notice],
    failed: bool,
) -> Html {
    let changed = notices.iter().any(|n| matches!(n, Notice::Changed(_)));
    let dropped = notices.iter().any(|n| matches!(n, Notice::Dropped(_)));
    if !changed && !dropped && !failed {
        return html! {};
    }
    html! {
        <div class="pg-notice pg-notice--warning" role="status">
            if failed { <p>{ t(lang, Msg::RestoreFailed) }</p> }
            if changed { <p>{ t(lang, Msg::NoticeChanged) }</p> }
            if dropped { <p>{ t(lang, Msg::NoticeDropped) }</p> }
        </div>
    }
}
