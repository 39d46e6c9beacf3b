//! One procedure's journey: restores the saved journey (reconciled with the catalogue as
//! it is now), keeps it saved after every change, and shows one view at a time with a
//! navigation between views and Back / Continue.

use procedure_guide_core::catalogue::Procedure;
use procedure_guide_core::i18n::ui::{t, Msg};
use procedure_guide_core::journey::{
    self, from_json, milestones, reconcile, stop, take_back, to_json, ChannelKey, Event, Item,
    Journey, Milestone, Notice, RestoreError, View,
};
use yew::prelude::*;

use crate::embed::config::Mode;
use crate::embed::events::{HostEvents, Value};
use crate::embed::history::{self, PopStateListener};
use crate::embed::storage::{SaveProblem, StorageMode};
use crate::embed::Config;
use crate::state::{Act, Action, JourneyState};
use crate::ui::app::DeviceReset;
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
    /// Back to the list without a new history entry: Back reached an entry of an
    /// earlier journey (another nonce), which restores nothing.
    #[prop_or_default]
    pub on_leave: Callback<()>,
}

/// Nothing done yet: what a fresh journey or one just started over looks like. Such a
/// journey is not kept on the device (it equals no journey at all), so after "start
/// over", or after opening a procedure again by Back, nothing of the person is left.
fn pristine(j: &Journey) -> bool {
    j.view == View::Overview && no_progress(j)
}

/// Nothing answered, chosen, ticked or done (views may have been visited).
fn no_progress(j: &Journey) -> bool {
    j.answers.is_empty()
        && j.office.is_none()
        && j.channel.is_none()
        && j.ticks.is_empty()
        && j.looked_up.is_empty()
        && j.done_steps.is_empty()
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

/// The saved journey for `p`, reconciled with the catalogue, or a fresh one; and, when
/// the saved text could not be read, what to tell the person (`RestoreFailed`, or
/// `RestoreNewer` for a state a newer widget wrote). Unreadable text is left in storage
/// until the person does something here: a newer widget elsewhere on the site may still
/// read it.
fn restore(env: &Env, p: &Procedure) -> (Journey, Vec<Notice>, Option<Msg>) {
    let now = js_sys::Date::now() as u64;
    match env.store.load(&p.id).map(|text| from_json(&text)) {
        // Untouched for longer than the forget period: forgotten, not restored.
        Some(Ok(saved)) if saved.is_stale(now, env.forget_after_ms) => {
            env.store.remove(&p.id);
            (
                Journey::new(p.id.clone(), new_nonce(), now),
                Vec::new(),
                None,
            )
        }
        Some(Ok(saved)) if saved.procedure == p.id => {
            let (mut journey, mut notices) = reconcile(&saved, p);
            // `{"level": …}` procedures accept any office id in the core (it has no
            // catalogue); only an office the catalogue really lists may stay chosen.
            let listed = |id: &str| {
                env.catalogue()
                    .is_some_and(|c| journey::offices(c, p).iter().any(|a| a.id == id))
            };
            if journey.office.as_deref().is_some_and(|id| !listed(id)) {
                journey = take_back(&journey, Item::Office);
                notices.push(Notice::OfficeCleared);
            }
            (journey, notices, None)
        }
        Some(Err(RestoreError::FutureVersion(_))) => (
            Journey::new(p.id.clone(), new_nonce(), now),
            Vec::new(),
            Some(Msg::RestoreNewer),
        ),
        Some(_) => (
            Journey::new(p.id.clone(), new_nonce(), now),
            Vec::new(),
            Some(Msg::RestoreFailed),
        ),
        None => (
            Journey::new(p.id.clone(), new_nonce(), now),
            Vec::new(),
            None,
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
            storage_behind: 0,
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
    // Set by "start over" / "erase", for the "erased" notice; cleared once the person
    // does something again.
    let erased = use_state(|| false);
    let config = use_context::<Config>();
    let device_reset = use_context::<DeviceReset>();
    let volunteer = config.as_ref().is_some_and(|c| c.mode == Mode::Volunteer);
    let history_key = history::state_key(
        config.as_ref().and_then(|c| c.id.as_deref()),
        env.as_ref()
            .and_then(|e| e.catalogue())
            .map_or("", |c| c.info.id.as_str()),
    );
    // Set just before a view change that came from the history (popstate, the entry at
    // mount), so that change does not push a new entry.
    let from_history = use_mut_ref(|| false);

    // The host page hears that a procedure opened, and the milestones of the journey
    // (ids only, see embed::events).
    let events = use_context::<HostEvents>().unwrap_or_default();
    {
        let events = events.clone();
        use_effect_with(props.procedure.clone(), move |id| {
            events.emit("procedure-opened", &[("procedure", Value::Str(id))]);
        });
    }
    {
        let events = events.clone();
        let state = state.clone();
        let previous = use_mut_ref(|| None::<Journey>);
        use_effect_with(state.journey.clone(), move |journey| {
            let before = previous.replace(Some(journey.clone()));
            if let (Some(before), Some(p)) = (before, state.procedure()) {
                for m in milestones(&before, journey, p) {
                    milestone_event(&events, p, &m);
                }
            }
        });
    }
    // Another widget of this page (or another tab) saved or erased this journey: merge
    // it in (the reducer does), so two widgets showing the same procedure stay in step
    // and neither loses what the other did at the same moment. Also once at the start:
    // a save between the restore and this watch would otherwise go unheard.
    {
        let state = state.clone();
        let env = env.clone();
        use_effect_with(props.procedure.clone(), move |id| {
            let watch = env.map(|env| {
                let store = env.store.clone();
                let key = id.to_string();
                let id = key.clone();
                let follow = move |first: bool| {
                    match store.load(&id).map(|text| from_json(&text)) {
                        Some(Ok(journey)) => state.dispatch(Action::Synced(Some(journey))),
                        None if !first => state.dispatch(Action::Synced(None)),
                        // Unreadable: keep what is shown; the next save rewrites it.
                        _ => {}
                    }
                };
                follow(true);
                env.store.watch(&key, move || follow(false))
            });
            move || drop(watch)
        });
    }
    // Saved after every change, outside the reducer, and again whenever storage was
    // found lacking something of this journey (`storage_behind`). Saved text that could
    // not be read stays until the person answers, chooses, ticks or marks something here.
    {
        let env = env.clone();
        let save_problem = save_problem.clone();
        let erased = erased.clone();
        let fresh = restored
            .as_ref()
            .as_ref()
            .filter(|(_, _, failed)| failed.is_some())
            .map(|(j, _, _)| j.clone());
        use_effect_with(
            (state.journey.clone(), state.storage_behind),
            move |(journey, _)| {
                if *erased && !pristine(journey) {
                    erased.set(false);
                }
                if let Some(env) = env {
                    // Only views visited: the unreadable text is not replaced yet.
                    let keep = fresh
                        .as_ref()
                        .is_some_and(|f| f.nonce == journey.nonce && no_progress(journey));
                    let result = if keep {
                        Ok(())
                    } else if pristine(journey) {
                        env.store.remove(&journey.procedure);
                        Ok(())
                    } else {
                        env.store.save(&journey.procedure, &to_json(journey))
                    };
                    let problem = result.err();
                    if *save_problem != problem {
                        save_problem.set(problem);
                    }
                }
            },
        );
    }
    // The view shown (the saved one, unless this procedure no longer has it).
    let views_now: Vec<View> = env
        .as_ref()
        .and_then(|e| {
            let p = e.catalogue()?.procedure(&props.procedure)?;
            Some(views_for(e, p))
        })
        .unwrap_or_default();
    let shown = if views_now.contains(&state.journey.view) {
        state.journey.view
    } else {
        View::Overview
    };
    let nonce = state.journey.nonce;
    // History: the first render rewrites the current entry (or shows the view the entry
    // names, when Back/Forward brought this procedure back); a view change by the person
    // pushes an entry; a new nonce ("start over") rewrites the current one.
    {
        let key = history_key.clone();
        let procedure = props.procedure.to_string();
        let first = use_mut_ref(|| true);
        let last_nonce = use_mut_ref(|| nonce);
        let from_history = from_history.clone();
        let state = state.clone();
        use_effect_with(
            (shown, nonce, views_now.clone()),
            move |(shown, nonce, views)| {
                let (shown, nonce) = (*shown, *nonce);
                let entry = history::Entry {
                    procedure: Some(procedure.clone()),
                    view: Some(shown.as_str().to_owned()),
                    nonce: Some(nonce),
                };
                let previous_nonce = std::mem::replace(&mut *last_nonce.borrow_mut(), nonce);
                if std::mem::take(&mut *first.borrow_mut()) {
                    let wanted = history::current(&key)
                        .filter(|e| {
                            e.procedure.as_deref() == Some(procedure.as_str())
                                && e.nonce == Some(nonce)
                        })
                        .and_then(|e| e.view.as_deref().and_then(View::from_word))
                        .filter(|v| *v != shown && views.contains(v));
                    if let Some(v) = wanted {
                        *from_history.borrow_mut() = true;
                        state.dispatch(
                            Act {
                                event: Event::GoTo(v),
                                now: js_sys::Date::now() as u64,
                            }
                            .into(),
                        );
                    } else {
                        // An entry of an earlier journey (another nonce) restores
                        // nothing: it now names this one.
                        history::replace(&key, &entry);
                    }
                } else if std::mem::take(&mut *from_history.borrow_mut()) {
                    // Came from the entry itself: nothing to write.
                } else if previous_nonce != nonce {
                    history::replace(&key, &entry);
                } else {
                    history::push(&key, &entry);
                }
            },
        );
    }
    // Back / Forward within this procedure: show the entry's view if the entry belongs
    // to this journey; an entry of an earlier journey leads to the list.
    {
        let key = history_key.clone();
        let procedure = props.procedure.to_string();
        let from_history = from_history.clone();
        let state = state.clone();
        let on_leave = props.on_leave.clone();
        use_effect_with(
            (shown, nonce, views_now.clone()),
            move |(shown, nonce, views)| {
                let (shown, nonce, views) = (*shown, *nonce, views.clone());
                let listener = PopStateListener::new(move || {
                    let Some(entry) = history::current(&key) else {
                        return;
                    };
                    if entry.procedure.as_deref() != Some(procedure.as_str()) {
                        return; // The browser view handles the list and other procedures.
                    }
                    match entry.nonce {
                        Some(n) if n == nonce => {
                            let wanted = entry
                                .view
                                .as_deref()
                                .and_then(View::from_word)
                                .filter(|v| *v != shown && views.contains(v));
                            if let Some(v) = wanted {
                                *from_history.borrow_mut() = true;
                                state.dispatch(
                                    Act {
                                        event: Event::GoTo(v),
                                        now: js_sys::Date::now() as u64,
                                    }
                                    .into(),
                                );
                            }
                        }
                        Some(_) => on_leave.emit(()),
                        None => {}
                    }
                });
                move || drop(listener)
            },
        );
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
            state.dispatch(
                Act {
                    event,
                    now: js_sys::Date::now() as u64,
                }
                .into(),
            )
        })
    };
    let journey = state.journey.clone();
    let stopped = stop(p, &journey).is_some();
    let mut views = views_for(&env, p);
    if stopped {
        // An answer that stops the journey: nothing past "your situation" applies, so
        // neither the navigation nor Continue lead there (the summary would list papers
        // for a way that cannot go on).
        views.retain(|v| matches!(v, View::Overview | View::Situation));
    }
    let view = if views.contains(&journey.view) {
        journey.view
    } else {
        View::Overview
    };
    let position = views.iter().position(|v| *v == view).unwrap_or(0);
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
    // Erase / start over: nothing of this journey stays in storage, and the new nonce
    // makes the history entries of the earlier one restore nothing. Start over clears
    // every journey of the catalogue (in volunteer mode it also returns to the list).
    let erase = {
        let env = env.clone();
        let dispatch = dispatch.clone();
        let erased = erased.clone();
        let id = p.id.clone();
        Callback::from(move |_: MouseEvent| {
            env.store.remove(&id);
            erased.set(true);
            dispatch.emit(Event::StartOver { nonce: new_nonce() });
        })
    };
    let start_over = match device_reset.filter(|_| volunteer).map(|r| r.0) {
        Some(reset) => {
            let env = env.clone();
            let id = p.id.clone();
            Callback::from(move |_: MouseEvent| {
                env.store.remove(&id);
                reset.emit(());
            })
        }
        // "For the next person": no journey of the catalogue may be left for them to
        // find under "in progress", not only this one; the view stays here.
        None => {
            let env = env.clone();
            let dispatch = dispatch.clone();
            let erased = erased.clone();
            Callback::from(move |_: MouseEvent| {
                env.store.clear();
                erased.set(true);
                dispatch.emit(Event::StartOver { nonce: new_nonce() });
            })
        }
    };
    let back = props.on_back.clone();
    html! {
        <div class="pg-journey" ref={container} data-procedure={p.id.clone()} data-view={view.as_str()}>
            <button type="button" class="pg-link pg-back" onclick={move |_| back.emit(())}>
                <span aria-hidden="true">{ "← " }</span>{ t(lang, Msg::BackToList) }
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
            if volunteer && view == View::Summary {
                <div class="pg-next-person pg-noprint">
                    <p>{ t(lang, Msg::NextPerson) }</p>
                    <button type="button" class="pg-button pg-start-over pg-start-over--prominent" onclick={start_over.clone()}>
                        { t(lang, Msg::StartOver) }
                    </button>
                </div>
            }
            if *erased {
                <p class="pg-success" role="status">{ t(lang, Msg::Erased) }</p>
            }
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
                <button type="button" class="pg-button pg-button--secondary pg-start-over" onclick={start_over}>
                    { t(lang, Msg::StartOver) }
                </button>
            </div>
        </div>
    }
}

fn restore_notices(
    lang: procedure_guide_core::i18n::Lang,
    notices: &[Notice],
    failed: Option<Msg>,
) -> Html {
    let changed = notices.iter().any(|n| matches!(n, Notice::Changed(_)));
    let dropped = notices.iter().any(|n| matches!(n, Notice::Dropped(_)));
    let choices = notices.iter().any(|n| {
        matches!(
            n,
            Notice::AnswerDropped { .. }
                | Notice::OfficeCleared
                | Notice::ChannelCleared
                | Notice::StepDropped(_)
                | Notice::LookupDropped(_)
        )
    });
    if !changed && !dropped && !choices && failed.is_none() {
        return html! {};
    }
    html! {
        <div class="pg-notice pg-notice--warning" role="status">
            if let Some(msg) = failed { <p>{ t(lang, msg) }</p> }
            if changed { <p>{ t(lang, Msg::NoticeChanged) }</p> }
            if dropped { <p>{ t(lang, Msg::NoticeDropped) }</p> }
            if choices { <p>{ t(lang, Msg::NoticeChoicesDropped) }</p> }
        </div>
    }
}

fn milestone_event(events: &HostEvents, p: &Procedure, milestone: &Milestone) {
    let procedure = ("procedure", Value::Str(&p.id));
    match milestone {
        Milestone::ChannelChosen(index) => {
            let Some(channel) = p.channels.get(*index) else {
                return;
            };
            let key = ChannelKey::of(p, *index)
                .map(|k| k.to_wire())
                .unwrap_or_default();
            events.emit(
                "channel-chosen",
                &[
                    procedure,
                    ("channel", Value::Str(&key)),
                    ("kind", Value::Str(channel.kind.as_str())),
                    (
                        "level",
                        channel
                            .online_level
                            .map_or(Value::Null, |l| Value::Num(f64::from(l.number()))),
                    ),
                ],
            );
        }
        Milestone::StepDone(step) => {
            events.emit("step-done", &[procedure, ("step", Value::Str(step))]);
        }
        Milestone::ChecklistComplete => events.emit("checklist-complete", &[procedure]),
    }
}
