//! The person's legal deadline (format 1.1 `deadline`, "trong 60 ngày kể từ ngày sinh"):
//! the rule, and, once they give the event's date, the last day in their words, how
//! many days are left, and an `.ics` file made on the device for their calendar.

use procedure_guide_core::i18n::present;
use procedure_guide_core::i18n::ui::{t, Msg};
use procedure_guide_core::journey::person::{
    date_in_vietnam, days_left, event_date, ics, ics_data_url, last_day, EVENT_DATE_KEY,
};
use procedure_guide_core::journey::{Event, Journey};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::context::use_env;
use crate::embed::clock;
use crate::ui::localised::inline;
use crate::ui::prose::Prose;

#[derive(Properties, PartialEq)]
pub struct DeadlineBoxProps {
    pub journey: Journey,
    /// Asks the event's date (the overview); without it, says what was given (summary,
    /// print).
    #[prop_or_default]
    pub dispatch: Option<Callback<Event>>,
}

#[function_component]
pub fn DeadlineBox(props: &DeadlineBoxProps) -> Html {
    let Some(env) = use_env() else {
        return html! {};
    };
    let Some(catalogue) = env.catalogue() else {
        return html! {};
    };
    let Some(p) = catalogue.procedure(&props.journey.procedure) else {
        return html! {};
    };
    let Some(deadline) = &p.deadline else {
        return html! {};
    };
    let lang = env.lang();
    let event = event_date(p, &props.journey);
    let last = event.and_then(|e| last_day(deadline, e));
    let today = date_in_vietnam(clock::now());
    let from = deadline.from.get(lang).0;
    let input_id = "pg-deadline-date";
    let on_change = props.dispatch.clone().map(|dispatch| {
        Callback::from(move |e: web_sys::Event| {
            let Some(input) = e.target_dyn_into::<HtmlInputElement>() else {
                return;
            };
            let value = input.value();
            dispatch.emit(if value.is_empty() {
                Event::ClearAnswer {
                    question: EVENT_DATE_KEY.to_owned(),
                }
            } else {
                Event::Answer {
                    question: EVENT_DATE_KEY.to_owned(),
                    value,
                }
            });
        })
    });
    let calendar = last.map(|l| {
        let title = format!("{}: {}", t(lang, Msg::DeadlineLastDay), p.name.get(lang).0);
        let mut description = present::deadline(lang, deadline);
        if let Some(basis) = &deadline.legal_basis {
            description.push_str(" (");
            description.push_str(basis.get(lang).0);
            description.push(')');
        }
        description.push_str(".\n");
        description.push_str(t(lang, Msg::DeadlineHolidays));
        let seed = format!("{} {}", catalogue.info.id, p.id);
        ics_data_url(&ics(&title, &description, l.date, clock::now(), &seed))
    });
    html! {
        <section class="pg-deadline" aria-labelledby="pg-deadline-title">
            <h4 id="pg-deadline-title">{ t(lang, Msg::DeadlineTitle) }</h4>
            <p class="pg-deadline__rule">
                { present::deadline(lang, deadline) }
                if let Some(basis) = &deadline.legal_basis { { " (" }{ inline(lang, basis) }{ ")" } }
                { "." }
            </p>
            if let Some(note) = &deadline.note {
                <Prose text={note.clone()} class="pg-hint" />
            }
            if let Some(on_change) = on_change {
                <p class="pg-deadline__ask">
                    <label for={input_id}>
                        { t(lang, Msg::DeadlineDateLabel) }{ " " }{ from.to_owned() }{ " " }{ t(lang, Msg::DeadlineDateAfter) }
                    </label>
                    <input type="date" id={input_id} class="pg-input pg-deadline__input"
                        value={event.map(|d| d.to_iso()).unwrap_or_default()}
                        max={today.map(|d| d.to_iso())}
                        onchange={on_change} />
                </p>
            } else if let Some(event) = event {
                <p>{ t(lang, Msg::DeadlineEventDate) }{ " " }{ from.to_owned() }{ ": " }{ present::date(lang, event) }</p>
            }
            <div class="pg-deadline__result" aria-live="polite">
                if let Some(l) = last {
                    <p class="pg-deadline__last">
                        <strong>{ t(lang, Msg::DeadlineLastDay) }{ ": " }{ present::weekday_date(lang, l.date) }</strong>
                        if let Some(today) = today {
                            { match days_left(today, l.date) {
                                0 => html! { <>{ " – " }{ t(lang, Msg::DeadlineToday) }</> },
                                n => html! { <>{ " (" }{ present::days_left(lang, n) }{ ")" }</> },
                            } }
                        }
                    </p>
                    if today.is_some_and(|today| days_left(today, l.date) < 0) {
                        <p class="pg-notice pg-notice--warning">{ t(lang, Msg::DeadlinePassedAsk) }</p>
                    }
                    <p class="pg-hint">
                        if l.moved_from_weekend { { t(lang, Msg::DeadlineMovedFromWeekend) }{ " " } }
                        { t(lang, Msg::DeadlineHolidays) }
                    </p>
                    if let Some(href) = calendar {
                        <p class="pg-deadline__calendar pg-screen-only">
                            <a class="pg-button pg-button--secondary" {href}
                                download={format!("han-nop-{}.ics", p.id)}>
                                { t(lang, Msg::DeadlineAddToCalendar) }
                            </a>
                            <span class="pg-hint">{ t(lang, Msg::DeadlineCalendarNote) }</span>
                        </p>
                    }
                }
            </div>
        </section>
    }
}
