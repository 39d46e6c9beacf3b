//! "Do you have a level-2 VNeID account?", asked under the chosen way when it needs one
//! (format 1.1 `account`). "Not yet" says where to get one and what to bring, and offers
//! the ways that need no account (the assisted desk of an online-only procedure, a
//! desk, post). The answer is part of the journey: saved, shared, printed.

use procedure_guide_core::i18n::ui::{t, Msg};
use procedure_guide_core::journey::person::{account_key, account_needed, has_account};
use procedure_guide_core::journey::{channels, Event};
use yew::prelude::*;

use crate::context::use_env;
use crate::ui::channel_comparison::channel_title;
use crate::ui::journey::{ViewProps, RADIO_HINT_ID};

#[function_component]
pub fn AccountCheck(props: &ViewProps) -> Html {
    let Some(env) = use_env() else {
        return html! {};
    };
    let Some(catalogue) = env.catalogue() else {
        return html! {};
    };
    let Some(p) = catalogue.procedure(&props.journey.procedure) else {
        return html! {};
    };
    let j = &props.journey;
    let Some(account) = account_needed(p, j) else {
        return html! {};
    };
    let lang = env.lang();
    let has = has_account(j, account);
    let key = account_key(account);
    let name = AttrValue::from(format!("pg-account-{}", account.as_str()));
    let option = |value: &'static str, label: Msg, checked: bool| {
        let dispatch = props.dispatch.clone();
        let question = key.clone();
        let id = AttrValue::from(format!("{name}-{value}"));
        html! {
            <div class="pg-option">
                <input type="radio" class="pg-radio" id={id.clone()} name={name.clone()} value={value}
                    {checked}
                    onchange={move |_| dispatch.emit(Event::Answer {
                        question: question.clone(), value: value.to_owned() })} />
                <label for={id}>{ t(lang, label) }</label>
            </div>
        }
    };
    // Ways open to the person (`channels` leaves out those ruled out) that need no
    // account, in the catalogue's order.
    let others: Vec<_> = channels(p, j)
        .into_iter()
        .filter(|o| o.channel.account.is_none())
        .collect();
    html! {
        <div class="pg-account">
            <fieldset class="pg-question" aria-describedby={RADIO_HINT_ID}>
                <legend class="pg-question__text">{ t(lang, Msg::AccountQuestion) }</legend>
                <div class="pg-options">
                    { option("yes", Msg::AccountYes, has == Some(true)) }
                    { option("no", Msg::AccountNo, has == Some(false)) }
                </div>
            </fieldset>
            <div aria-live="polite">
                if has == Some(false) {
                    <div class="pg-notice pg-account__how">
                        <p><strong>{ t(lang, Msg::AccountHowTitle) }</strong></p>
                        <ul>
                            <li>{ t(lang, Msg::AccountHowWhere) }</li>
                            <li>{ t(lang, Msg::AccountHowBring) }</li>
                            <li>{ t(lang, Msg::AccountHowThen) }</li>
                        </ul>
                        if others.is_empty() {
                            <p>{ t(lang, Msg::AccountNoOtherWay) }</p>
                        } else {
                            <p>{ t(lang, Msg::AccountMeanwhile) }</p>
                            <ul class="pg-account__ways">
                                { for others.iter().map(|o| {
                                    let dispatch = props.dispatch.clone();
                                    let key = o.key.clone();
                                    html! {
                                        <li>
                                            <button type="button" class="pg-button pg-button--secondary"
                                                onclick={move |_| dispatch.emit(Event::ChooseChannel(key.clone()))}>
                                                { channel_title(lang, catalogue, p, o.channel) }
                                            </button>
                                        </li>
                                    }
                                }) }
                            </ul>
                        }
                    </div>
                }
            </div>
        </div>
    }
}
