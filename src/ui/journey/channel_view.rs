//! How: the ways to apply that fit the person's answers and office, as a choice. Each
//! says plainly what its level means (what is still done in person), its time limit and
//! fees for this person, and links to the portal's start page.

use procedure_guide_core::i18n::ui::{t, Msg};
use procedure_guide_core::journey::{channels, chosen_channel, only_channel, shared_facts, Event};
use yew::prelude::*;

use crate::context::use_env;
use crate::ui::channel_comparison::{
    channel_facts, channel_title, fees_value, kind_class, time_limit_value, Facts,
};
use crate::ui::journey::account_check::AccountCheck;
use crate::ui::journey::{radio_hint, ViewProps, RADIO_HINT_ID};
use crate::ui::online_only_notice::OnlineOnlyNotice;

#[function_component]
pub fn ChannelView(props: &ViewProps) -> Html {
    let Some(env) = use_env() else {
        return html! {};
    };
    let Some(catalogue) = env.catalogue() else {
        return html! {};
    };
    let Some(p) = catalogue.procedure(&props.journey.procedure) else {
        return html! {};
    };
    let lang = env.lang();
    let j = &props.journey;
    let chosen = chosen_channel(p, j).map(|o| o.index);
    // Chosen for the person, not by them: say why.
    let only_left = only_channel(p, j).is_some_and(|o| Some(o.index) == chosen)
        && j.channel.as_ref().and_then(|k| k.resolve(p)) != chosen;
    let open = channels(p, j);
    let shared = shared_facts(p, j);
    let first = open.first().map(|o| o.channel);
    html! {
        <section class="pg-channel-view" aria-labelledby="pg-view-title">
            <h3 class="pg-view__title" id="pg-view-title" tabindex="-1">{ t(lang, Msg::ViewChannel) }</h3>
            { radio_hint(lang) }
            <fieldset class="pg-question" aria-describedby={RADIO_HINT_ID}>
                <legend class="pg-question__text">{ t(lang, Msg::ChooseChannel) }</legend>
                if only_left {
                    <p class="pg-hint pg-only-left">{ t(lang, Msg::OnlyChannelLeft) }</p>
                }
                if let (Some(c), true) = (first, shared.time_limit || shared.fees) {
                    <div class="pg-shared-facts">
                        <p class="pg-shared-facts__title">{ t(lang, Msg::SameForEveryWay) }</p>
                        <dl class="pg-facts pg-facts--compact">
                            if shared.time_limit {
                                <dt>{ t(lang, Msg::TimeLimit) }</dt>
                                <dd>{ time_limit_value(lang, p, j, c) }</dd>
                            }
                            if shared.fees {
                                <dt>{ t(lang, Msg::Fees) }</dt>
                                <dd>{ fees_value(lang, p, j, c, true) }</dd>
                            }
                        </dl>
                    </div>
                }
                <OnlineOnlyNotice journey={props.journey.clone()} />
                <ul class="pg-channels pg-channels--choice">
                    { for open.into_iter().map(|o| {
                        let id = AttrValue::from(format!("pg-channel-{}", o.index));
                        let checked = chosen == Some(o.index);
                        let dispatch = props.dispatch.clone();
                        let key = o.key.clone();
                        html! {
                            <li class={classes!("pg-channel", kind_class(o.channel.kind),
                                    checked.then_some("pg-channel--chosen"))}
                                data-channel={o.key.to_wire()}>
                                <div class="pg-option">
                                    <input type="radio" class="pg-radio" name="pg-channel" id={id.clone()}
                                        {checked} onchange={move |_| dispatch.emit(Event::ChooseChannel(key.clone()))} />
                                    <label for={id} class="pg-channel__title">{ channel_title(lang, catalogue, p, o.channel) }</label>
                                </div>
                                { channel_facts(lang, p, j, o.channel, o.applies, Facts::Choice { chosen: checked, shared }) }
                                if checked { <AccountCheck ..props.clone() /> }
                            </li>
                        }
                    }) }
                </ul>
            </fieldset>
        </section>
    }
}
