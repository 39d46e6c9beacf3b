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
    let Some(env) = use_env() else {
        return html! {};
    };
    let lang = env.lang();
    html! {
        <nav class="pg-viewnav" aria-label={t(lang, Msg::JourneyNav)}>
            <ol class="pg-viewnav__list">
                { for props.views.iter().enumerate().map(|(i, v)| {
                    let v = *v;
                    let current = v == props.current;
                    let on_view = props.on_view.clone();
                    html! {
                        <li class={classes!("pg-viewnav__item", current.then_some("pg-viewnav__item--current"))}>
                            <button type="button" class="pg-viewnav__button"
                                aria-current={current.then_some("step")}
                                data-view={v.as_str()}
                                onclick={move |_| on_view.emit(v)}>
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
