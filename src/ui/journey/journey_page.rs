//! One procedure's journey, laid out: the title, what changed since it was saved, the
//! navigation between views, the view shown, Back / Continue, and what is kept on the
//! device. Its life (restore, save, other tabs, erase) is the session's
//! (`hooks::use_journey`); where the person is, the navigation's.

use procedure_guide_core::i18n::ui::{t, Msg};
use procedure_guide_core::journey::session::RestoreProblem;
use procedure_guide_core::journey::{Notice, View};
use procedure_guide_core::nav::Action;
use yew::prelude::*;

use crate::context::{Env, ProcedureRef};
use crate::hooks::use_journey::use_journey;
use crate::ui::journey::channel_view::ChannelView;
use crate::ui::journey::device_controls::DeviceControls;
use crate::ui::journey::documents_view::DocumentsView;
use crate::ui::journey::office_view::OfficeView;
use crate::ui::journey::overview_view::OverviewView;
use crate::ui::journey::situation_view::SituationView;
use crate::ui::journey::steps_view::StepsView;
use crate::ui::journey::summary_view::SummaryView;
use crate::ui::journey::view_nav::ViewNav;
use crate::ui::localised::inline;

#[derive(Properties, PartialEq, Clone)]
pub struct JourneyPageProps {
    pub env: Env,
    /// A complete procedure (not an index entry waiting for its detail file).
    pub procedure: ProcedureRef,
    /// The view navigation asks for (`None`: where the journey was left).
    pub view: Option<View>,
    /// Move focus to the view's heading once shown (the person moved).
    pub focus: bool,
    pub volunteer: bool,
    pub navigate: Callback<Action>,
    pub on_start_over: Callback<()>,
}

/// The page as a plain function, what the journey module hands the list page
/// (`ui::journey_module`): everything it reaches (every view, the session hook, share
/// and print) then lives in that module.
pub fn render(props: &JourneyPageProps) -> Html {
    html! { <JourneyPage ..props.clone() /> }
}

#[function_component]
pub fn JourneyPage(props: &JourneyPageProps) -> Html {
    let env = &props.env;
    let p = &props.procedure;
    let lang = env.lang();
    let session = use_journey(env, p, props.view);
    let view = session.shown;
    // Navigation learns the view actually shown (the saved one, or the overview when
    // the one asked for does not apply), so its history entry names it.
    {
        let navigate = props.navigate.clone();
        let asked = props.view;
        use_effect_with((view, asked), move |(view, asked)| {
            if *asked != Some(*view) {
                navigate.emit(Action::Shown(*view));
            }
        });
    }
    let container = use_node_ref();
    {
        let container = container.clone();
        let focus = props.focus;
        use_effect_with(view, move |_| {
            if focus {
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
        });
    }
    let on_view = props.navigate.reform(Action::GoTo);
    let views = &session.views;
    let position = views.iter().position(|v| *v == view).unwrap_or(0);
    let go = |to: Option<View>| {
        let on_view = on_view.clone();
        to.map(move |v| Callback::from(move |_: MouseEvent| on_view.emit(v)))
    };
    let previous = go(position.checked_sub(1).and_then(|i| views.get(i).copied()));
    // "Continue" from a view that lacks what it asks for (no office chosen) stays and
    // says so; each press counts, so each brings focus back to the message.
    let missing = use_state_eq(|| (view, 0u32));
    {
        // Said after the press, not again on coming back to the view later.
        let missing = missing.clone();
        use_effect_with(view, move |view| missing.set((*view, 0)));
    }
    let next = views.get(position + 1).copied().map(|to| {
        let on_view = on_view.clone();
        let missing = missing.clone();
        let lacks = env.catalogue().and_then(|c| {
            procedure_guide_core::journey::session::missing(c, p, &session.journey, view)
        });
        Callback::from(move |_: MouseEvent| match lacks {
            Some(_) => {
                let presses = if missing.0 == view { missing.1 } else { 0 };
                missing.set((view, presses.saturating_add(1)));
            }
            None => on_view.emit(to),
        })
    });
    let on_open = props.navigate.reform(|id: AttrValue| Action::Open {
        procedure: id.to_string(),
        focus: true,
    });
    let view_props = super::ViewProps {
        journey: session.journey.clone(),
        dispatch: session.dispatch.clone(),
        view,
        on_view: on_view.clone(),
        on_open,
        missing: if missing.0 == view { missing.1 } else { 0 },
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
    // Volunteer mode's summary has its own, prominent start over: one per screen.
    let next_person = props.volunteer && view == View::Summary;
    let back = props.navigate.reform(|_: MouseEvent| Action::ToList);
    html! {
        <div class="pg-journey" ref={container} data-procedure={p.id.clone()} data-view={view.as_str()}>
            <button type="button" class="pg-link pg-back" onclick={back}>
                <span aria-hidden="true">{ "← " }</span>{ t(lang, Msg::BackToList) }
            </button>
            <h2 class="pg-procedure__title" tabindex="-1">{ inline(lang, &p.name) }</h2>
            <p class="pg-procedure__meta">
                { t(lang, Msg::Code) }{ ": " }<span class="pg-procedure__code">{ p.id.clone() }</span>
            </p>
            { restore_notices(lang, &session.notices, session.problem) }
            // One view (a withdrawn procedure): no parts to move between.
            if views.len() > 1 {
                <ViewNav views={views.clone()} current={view} {on_view} />
            }
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
            if next_person {
                <div class="pg-next-person pg-noprint">
                    <p>{ t(lang, Msg::NextPerson) }</p>
                    <button type="button" class="pg-button pg-start-over pg-start-over--prominent"
                        onclick={props.on_start_over.reform(|_: MouseEvent| ())}>
                        { t(lang, Msg::StartOver) }
                    </button>
                </div>
            }
            // Keyed by the view: a confirmation asked on one part does not wait, armed,
            // on the next.
            <DeviceControls key={view.as_str()} {lang} storage={env.store.mode()} save_problem={session.save_problem}
                erased={session.erased} on_erase={session.erase.clone()}
                on_start_over={(!next_person).then(|| props.on_start_over.clone())} />
        </div>
    }
}

fn restore_notices(
    lang: procedure_guide_core::i18n::Lang,
    notices: &[Notice],
    problem: Option<RestoreProblem>,
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
    if !changed && !dropped && !choices && problem.is_none() {
        return html! {};
    }
    html! {
        <div class="pg-notice pg-notice--warning" role="status">
            if let Some(problem) = problem {
                <p>{ t(lang, match problem {
                    RestoreProblem::Unreadable => Msg::RestoreFailed,
                    RestoreProblem::Newer => Msg::RestoreNewer,
                }) }</p>
            }
            if changed { <p>{ t(lang, Msg::NoticeChanged) }</p> }
            if dropped { <p>{ t(lang, Msg::NoticeDropped) }</p> }
            if choices { <p>{ t(lang, Msg::NoticeChoicesDropped) }</p> }
        </div>
    }
}
