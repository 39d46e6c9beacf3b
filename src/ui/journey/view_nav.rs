//! The parts of the guide as a numbered list of buttons, the current one marked, so a
//! person (or a volunteer beside them) can jump back to any part.

use procedure_guide_core::i18n::ui::{t, Msg};
use procedure_guide_core::i18n::Lang;
use procedure_guide_core::journey::View;
use yew::prelude::*;

use crate::context::use_env;

#[derive(Properties, PartialEq)]
pub struct ViewNavProps {
    pub views: Vec<View>,
    pub current: View,
    pub on_view: Callback<View>,
}

pub fn view_name(lang: Lang, view: View) -> &'static str {
    t(
        lang,
        match view {
            View::Overview => Msg::ViewOverview,
            View::Situation => Msg::ViewSituation,
            View::Office => Msg::ViewOffice,
            View::Channel => Msg::ViewChannel,
            View::Documents => Msg::ViewDocuments,
            View::Steps => Msg::ViewSteps,
            View::Summary => Msg::ViewSummary,
        },
    )
}

#[function_component]
pub fn ViewNav(props: &ViewNavProps) -> Html {
    // On a phone the parts fold into one line ("Bước 3/7 · Nơi nộp hồ sơ") that opens the
    // full list: the list of seven took 40 % of a 360 × 640 screen. Wide enough, the
    // stylesheet shows the list and hides the line (a container query).
    let open = use_state_eq(|| false);
    let Some(env) = use_env() else {
        return html! {};
    };
    let lang = env.lang();
    let position = props
        .views
        .iter()
        .position(|v| *v == props.current)
        .unwrap_or(0);
    let toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    html! {
        <nav class="pg-viewnav" aria-label={t(lang, Msg::JourneyNav)}>
            <button type="button" class="pg-viewnav__toggle" aria-expanded={if *open { "true" } else { "false" }}
                aria-controls="pg-viewnav-list" onclick={toggle}>
                <span>{ t(lang, Msg::StepWord) }{ " " }{ position + 1 }{ "/" }{ props.views.len() }</span>
                <span aria-hidden="true">{ " ·" }</span>{ " " }
                <span class="pg-viewnav__toggle-name">{ view_name(lang, props.current) }</span>
            </button>
            <ol id="pg-viewnav-list" class={classes!("pg-viewnav__list", open.then_some("pg-viewnav__list--open"))}>
                { for props.views.iter().enumerate().map(|(i, v)| {
                    let v = *v;
                    let current = v == props.current;
                    let on_view = props.on_view.clone();
                    let open = open.clone();
                    html! {
                        <li class={classes!("pg-viewnav__item", current.then_some("pg-viewnav__item--current"))}>
                            <button type="button" class="pg-viewnav__button"
                                aria-current={current.then_some("step")}
                                data-view={v.as_str()}
                                onclick={move |_| { open.set(false); on_view.emit(v) }}>
                                <span class="pg-viewnav__number">{ i + 1 }</span>
                                <span class="pg-viewnav__name">{ view_name(lang, v) }</span>
                            </button>
                        </li>
                    }
                }) }
            </ol>
        </nav>
    }
}
