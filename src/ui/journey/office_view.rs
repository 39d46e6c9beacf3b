//! Where: the office that takes the file, when several can. Searchable without accents
//! among the current wards and communes, by the former wards and districts people still
//! know ("Phường 9, Quận 3" finds Phường Nhiêu Lộc), and in the shorthand they write
//! ("P9 Q3", "F9 Q3"). Listed by place name, the host's own office first. Nothing is
//! chosen for the person unless their search leaves a single office (then they are told
//! why); "Continue" without an office says what is missing. The chosen office shows its
//! address, hours, hotline and map where known, and a map search for its name where not.

use procedure_guide_core::attributes::host_office;
use procedure_guide_core::catalogue::Agency;
use procedure_guide_core::i18n::ui::{t, Msg};
use procedure_guide_core::i18n::{present, Lang};
use procedure_guide_core::journey::{chosen_office, map_search, offices, Event};
use procedure_guide_core::search::{find_offices, office_place_start, order_offices};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::context::use_env;
use crate::ui::external_link::ExternalLink;
use crate::ui::journey::{radio_hint, ViewProps, RADIO_HINT_ID};
use crate::ui::localised::inline;

/// How many offices to list before asking the person to type: 168 radio buttons are
/// too many to read through on a phone or with a screen reader.
const SHOWN: usize = 12;

/// The message by the group; `described` below names it too.
const ERROR_ID: &str = "pg-office-error";

#[function_component]
pub fn OfficeView(props: &ViewProps) -> Html {
    let query = use_state(String::new);
    // The office this view chose because the search left only it: a later search that
    // leaves another single office may replace it, never an office the person chose.
    let auto = use_state_eq(|| None::<String>);
    let summary_ref = use_node_ref();
    let search_ref = use_node_ref();
    let env = use_env();
    let catalogue = env.as_ref().and_then(|e| e.catalogue());
    let procedure = catalogue.and_then(|c| c.procedure(&props.journey.procedure));
    let lang = env.as_ref().map_or(Lang::Vi, |e| e.lang());
    let (ordered, host, chosen) = match (catalogue, procedure) {
        (Some(c), Some(p)) => {
            let all = offices(c, p);
            let config = env.as_ref().map(|e| &e.config);
            let host = host_office(
                config.and_then(|c| c.office.as_deref()),
                config.and_then(|c| c.agency.as_deref()),
                &all,
            );
            let ordered = order_offices(&all, lang, host);
            (
                ordered,
                host.map(str::to_owned),
                chosen_office(c, p, &props.journey),
            )
        }
        _ => (Vec::new(), None, None),
    };
    let found = find_offices(&ordered, &query);
    // What the search left, when it left one office.
    let single = match found.as_slice() {
        [one] if !query.trim().is_empty() => Some(one.agency.id.clone()),
        _ => None,
    };
    let chosen_id = chosen.map(|a| a.id.clone());
    {
        let dispatch = props.dispatch.clone();
        let auto = auto.clone();
        use_effect_with(
            (single.clone(), chosen_id.clone()),
            move |(single, chosen)| {
                if let Some(id) = single {
                    let free = chosen.is_none() || *chosen == *auto;
                    if free && chosen.as_ref() != Some(id) {
                        auto.set(Some(id.clone()));
                        dispatch.emit(Event::ChooseOffice(id.clone()));
                    }
                }
            },
        );
    }
    let missing = props.missing > 0 && chosen.is_none();
    {
        // Each press of "Continue" without an office brings the person to what is
        // missing (GOV.UK's error summary takes focus the same way).
        let summary_ref = summary_ref.clone();
        use_effect_with(props.missing, move |_| {
            if let Some(summary) = summary_ref.cast::<web_sys::HtmlElement>() {
                let _ = summary.focus();
            }
        });
    }
    if catalogue.is_none() || procedure.is_none() {
        return html! {};
    }
    let chose_for_them = single.is_some() && chosen_id == single && *auto == single;
    let on_input = {
        let query = query.clone();
        Callback::from(move |e: InputEvent| {
            query.set(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    let to_search = {
        let search_ref = search_ref.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(input) = search_ref.cast::<web_sys::HtmlElement>() {
                let _ = input.focus();
            }
        })
    };
    // The message first: it is why the group is shown again.
    let described = if missing {
        "pg-office-error pg-radio-hint"
    } else {
        RADIO_HINT_ID
    };
    html! {
        <section class="pg-office" aria-labelledby="pg-view-title">
            <h3 class="pg-view__title" id="pg-view-title" tabindex="-1">{ t(lang, Msg::ViewOffice) }</h3>
            if missing {
                <div class="pg-error-summary" tabindex="-1" ref={summary_ref} aria-labelledby="pg-error-summary-title">
                    <div role="alert">
                        <h4 class="pg-error-summary__title" id="pg-error-summary-title">{ t(lang, Msg::ErrorSummaryTitle) }</h4>
                        <ul class="pg-plain">
                            <li><button type="button" class="pg-link" onclick={to_search}>{ t(lang, Msg::ChooseOfficeFirst) }</button></li>
                        </ul>
                    </div>
                </div>
            }
            if let Some(agency) = chosen {
                <div class="pg-card pg-office__chosen" data-office={agency.id.clone()}>
                    <h4>{ t(lang, Msg::ChosenOffice) }</h4>
                    { office_details(lang, agency) }
                </div>
            } else if !missing {
                <p>{ t(lang, Msg::NoOfficeChosen) }</p>
            }
            <div class="pg-search">
                <label class="pg-label" for="pg-office-search">{ t(lang, Msg::OfficeSearchLabel) }</label>
                <p class="pg-hint" id="pg-office-hint">{ t(lang, Msg::OfficeSearchHint) }</p>
                <input id="pg-office-search" class="pg-input" type="search" autocomplete="off" ref={search_ref}
                    spellcheck="false" aria-describedby="pg-office-hint" value={(*query).clone()}
                    oninput={on_input} />
            </div>
            <p class="pg-result-count" role="status">
                <strong>{ found.len() }</strong>{ " " }{ present::count_noun(lang, found.len(), present::Counted::Offices) }
                if found.len() > SHOWN { { " · " }{ t(lang, Msg::TooManyOffices) } }
                if chose_for_them { { ". " }<span class="pg-only-left">{ t(lang, Msg::OnlyOfficeMatches) }</span> }
            </p>
            { radio_hint(lang) }
            <fieldset class={classes!("pg-question", missing.then_some("pg-question--error"))} aria-describedby={described}>
                <legend class="pg-visually-hidden">{ t(lang, Msg::ViewOffice) }</legend>
                if missing {
                    <p class="pg-error-message" id={ERROR_ID}>
                        <span class="pg-visually-hidden">{ t(lang, Msg::ErrorPrefix) }{ " " }</span>
                        { t(lang, Msg::ChooseOfficeFirst) }
                    </p>
                }
                <ul class="pg-plain pg-offices">
                    { for found.iter().take(SHOWN).map(|m| {
                        let a = m.agency;
                        let id = AttrValue::from(format!("pg-office-{}", a.id));
                        let checked = chosen.is_some_and(|c| c.id == a.id);
                        let dispatch = props.dispatch.clone();
                        let auto = auto.clone();
                        let agency = a.id.clone();
                        let here = host.as_deref() == Some(a.id.as_str());
                        html! {
                            <li class="pg-option" key={a.id.clone()}>
                                <input type="radio" class="pg-radio" name="pg-office" id={id.clone()}
                                    value={a.id.clone()} {checked} aria-invalid={missing.then_some("true")}
                                    onchange={move |_| { auto.set(None); dispatch.emit(Event::ChooseOffice(agency.clone())) }} />
                                <label for={id}>
                                    { office_name(lang, a) }
                                    if here {
                                        <span class="pg-office__host">
                                            <span class="pg-visually-hidden">{ " – " }</span>
                                            <span class="pg-tag">{ t(lang, Msg::HostOffice) }</span>
                                        </span>
                                    }
                                    if let Some(via) = m.via {
                                        <span class="pg-hint pg-office__formerly">
                                            { " – " }{ t(lang, Msg::Formerly) }{ " " }{ inline(lang, via) }
                                        </span>
                                    }
                                </label>
                            </li>
                        }
                    }) }
                </ul>
            </fieldset>
        </section>
    }
}

/// An office's name with its place in bold ("Trung tâm Phục vụ hành chính công
/// **phường Bàn Cờ**"): a dozen names that begin alike are told apart at a glance.
fn office_name(lang: Lang, a: &Agency) -> Html {
    let (name, used) = a.name.get(lang);
    let at = office_place_start(name);
    let (organisation, place) = name.split_at_checked(at).unwrap_or(("", name));
    html! {
        <span lang={(used != lang).then(|| used.tag())}>
            { organisation.to_owned() }<strong>{ place.to_owned() }</strong>
        </span>
    }
}

/// Address, hours, phones and links of an office, and a plain statement when the
/// catalogue has none (never an invented address).
pub fn office_details(lang: Lang, a: &Agency) -> Html {
    let has_details = a.address.is_some() || a.phone.is_some() || a.hotline.is_some();
    html! {
        <>
            <p class="pg-office__name"><strong>{ inline(lang, &a.name) }</strong></p>
            <dl class="pg-facts">
                if let Some(address) = &a.address {
                    <dt>{ t(lang, Msg::Address) }</dt><dd>{ inline(lang, address) }</dd>
                }
                if let Some(hours) = &a.opening_hours {
                    <dt>{ t(lang, Msg::OpeningHours) }</dt><dd>{ inline(lang, hours) }</dd>
                }
                if let Some(hotline) = &a.hotline {
                    <dt>{ t(lang, Msg::Hotline) }</dt>
                    <dd><ExternalLink href={format!("tel:{}", hotline.replace(' ', ""))}>{ hotline.clone() }</ExternalLink></dd>
                }
                if let Some(phone) = &a.phone {
                    <dt>{ t(lang, Msg::Phone) }</dt>
                    <dd><ExternalLink href={format!("tel:{}", phone.replace(' ', ""))}>{ phone.clone() }</ExternalLink></dd>
                }
                if let Some(email) = &a.email {
                    <dt>{ t(lang, Msg::Email) }</dt>
                    <dd><ExternalLink href={format!("mailto:{email}")}>{ email.clone() }</ExternalLink></dd>
                }
            </dl>
            if !has_details {
                <p class="pg-hint">{ t(lang, Msg::NoOfficeDetails) }</p>
            }
            <p class="pg-links">
                if let Some(map) = &a.map_url {
                    <ExternalLink href={map.clone()}>{ t(lang, Msg::Map) }</ExternalLink>{ " " }
                }
                // No address to go by: a search for its name, only if the person taps it.
                if let Some(search) = map_search(a) {
                    <ExternalLink href={search} class="pg-office__map-search">{ t(lang, Msg::MapSearch) }</ExternalLink>{ " " }
                }
                if let Some(url) = &a.url {
                    <ExternalLink href={url.clone()}>{ t(lang, Msg::Website) }</ExternalLink>
                }
            </p>
        </>
    }
}
