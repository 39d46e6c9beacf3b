//! The guided journey through one procedure: overview → your situation → where → how →
//! documents → steps → summary (DESIGN.md), one component per view.

pub mod account_check;
pub mod channel_view;
pub mod deadline_box;
pub mod device_controls;
pub mod documents_view;
pub mod feedback_box;
pub mod journey_page;
pub mod office_view;
pub mod overview_view;
pub mod share_box;
pub mod situation_view;
pub mod steps_view;
pub mod summary_view;
pub mod view_nav;

use procedure_guide_core::journey::{Event, Journey, View};
use yew::prelude::*;

/// What every view of a journey gets: the journey and a way to change it, the view
/// shown and a way to move to another.
#[derive(Properties, PartialEq, Clone)]
pub struct ViewProps {
    pub journey: Journey,
    pub dispatch: Callback<Event>,
    pub view: View,
    pub on_view: Callback<View>,
    /// Opens another procedure (a `see`, `related` or `obtain_via` link).
    pub on_open: Callback<AttrValue>,
    /// How many times "Continue" was pressed on this view while it lacked what it asks
    /// for (`journey::session::missing`); 0 when it was not. The view says what is
    /// missing and brings focus to it on each press.
    #[prop_or_default]
    pub missing: u32,
}

/// The id of the hidden sentence that tells screen-reader users how a group of radio
/// buttons works, as GOV.UK's radios do; each radio group points to it with
/// `aria-describedby`, and the view that has radio groups renders it once.
pub const RADIO_HINT_ID: &str = "pg-radio-hint";

/// That sentence, visually hidden.
pub fn radio_hint(lang: procedure_guide_core::i18n::Lang) -> Html {
    use procedure_guide_core::i18n::ui::{t, Msg};
    html! { <p id={RADIO_HINT_ID} class="pg-visually-hidden">{ t(lang, Msg::RadioArrowKeys) }</p> }
}
