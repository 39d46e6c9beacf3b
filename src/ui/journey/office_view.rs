//! Where: the office that takes the file, when several can. Searchable without accents
//! among the current wards and communes and by the former wards and districts people
//! still know ("Phường 9, Quận 3" finds Phường Nhiêu Lộc). Nothing is chosen for the
//! person; the chosen office shows its address, hours, hotline and map where known.

use procedure_guide_core::catalogue::Agency;
use procedure_guide_core::i18n::ui::{t, Msg};
use procedure_guide_core::i18n::{present, Lang};
use procedure_guide_core::journey::{office, offices, Event};
use procedure_guide_core::search::find_offices;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::context::use_env;
use crate::ui::external_link::ExternalLink;
use crate::ui::journey::{radio_hint, ViewProps, RADIO_HINT_ID};
use crate::ui::localised::inline;

/// How many offices to list before asking the person to type: 168 radio buttons are
/// too many to read through on a phone or with a screen reader.
const SHOWN: usize = 12;

#[function_component]
pub fn OfficeView(props: &ViewProps) -> Html {
    let query = use_state(String::new);
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
    let all = offices(catalogue, p);
    let found = find_offices(&all, &query);
    let chosen = office(p, &props.journey).and_then(|id| catalogue.agency(id));
    let on_input = {
        let query = query.clone();
        Callback::from(move |e: InputEvent| {
            query.set(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    html! {
        <section class="pg-office" aria-labelledby="pg-view-title">
            <h3 class="pg-view__title" id="pg-view-title" tabindex="-1">{ t(lang, Msg::ViewOffice) }</h3>
            if let Some(agency) = chosen {
                <div class="pg-card pg-office__chosen" data-office={agency.id.clone()}>
                    <h4>{ t(lang, Msg::ChosenOffice) }</h4>
                    { office_details(lang, agency) }
                </div>
            } else {
                <p>{ t(lang, Msg::NoOfficeChosen) }</p>
            }
            <div class="pg-search">
                <label class="pg-label" for="pg-office-search">{ t(lang, Msg::OfficeSearchLabel) }</label>
                <p class="pg-hint" id="pg-office-hint">{ t(lang, Msg::OfficeSearchHint) }</p>
                <input id="pg-office-search" class="pg-input" type="search" autocomplete="off"
                    spellcheck="false" aria-describedby="pg-office-hint" value={(*query).clone()}
                    oninput={on_input} />
            </div>
            <p class="pg-result-count" role="status">
                <strong>{ found.len() }</strong>{ " " }{ present::count_noun(lang, found.len(), present::Counted::Offices) }
                if found.len() > SHOWN { { " · " }{ t(lang, Msg::TooManyOffices) } }
            </p>
            { radio_hint(lang) }
            <fieldset class="pg-question" aria-describedby={RADIO_HINT_ID}>
                <legend class="pg-visually-hidden">{ t(lang, Msg::ViewOffice) }</legend>
                <ul class="pg-plain pg-offices">
                    { for found.iter().take(SHOWN).map(|m| {
                        let a = m.agency;
                        let id = AttrValue::from(format!("pg-office-{}", a.id));
                        let checked = chosen.is_some_and(|c| c.id == a.id);
                        let dispatch = props.dispatch.clone();
                        let agency = a.id.clone();
                        html! {
                            <li class="pg-option" key={a.id.clone()}>
                                <input type="radio" class="pg-radio" name="pg-office" id={id.clone()}
                                    value={a.id.clone()} {checked}
                                    onchange={move |_| dispatch.emit(Event::ChooseOffice(agency.clone()))} />
                                <label for={id}>
                                    { inline(lang, &a.name) }
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
                if let Some(url) = &a.url {
                    <ExternalLink href={url.clone()}>{ t(lang, Msg::Website) }</ExternalLink>
                }
            </p>
        </>
    }
}
