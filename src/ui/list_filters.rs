//! The list's filters: the field, agency and online-level selects. A component of its own, so that a keystroke in the search box (which
//! changes neither its props nor the catalogue) does not rebuild and diff the agency
//! select's options: 168 wards and more, on every keystroke of a cheap phone.

use procedure_guide_core::catalogue::OnlineLevel;
use procedure_guide_core::i18n::ui::{t, Msg};
use procedure_guide_core::search::Filters;
use procedure_guide_core::text::order_by_name;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::context::use_env;

#[derive(Properties, PartialEq)]
pub struct ListFiltersProps {
    pub filters: Filters,
    /// The embed's restriction: its filters are not offered.
    pub scope: Filters,
    pub on_filters: Callback<Filters>,
}

#[function_component]
pub fn ListFilters(props: &ListFiltersProps) -> Html {
    let env = use_env();
    // Folded behind one "Lọc" control, so results start right under the search box on a
    // phone; the control says how many filters are on.
    let open = use_state_eq(|| false);
    let generation = env.as_ref().map(|e| (e.generation, e.lang()));
    // Choices in Vietnamese alphabetical order, sorted once per catalogue and language.
    let order = use_memo(generation, {
        let env = env.clone();
        move |_| {
            let Some((catalogue, lang)) =
                env.as_ref().and_then(|e| Some((e.catalogue()?, e.lang())))
            else {
                return (Vec::new(), Vec::new());
            };
            let fields = order_by_name(catalogue.fields.len(), &|i| {
                catalogue.fields.get(i).map_or("", |f| f.name.get(lang).0)
            });
            let agencies = order_by_name(catalogue.agencies.len(), &|i| {
                catalogue.agencies.get(i).map_or("", |a| a.name.get(lang).0)
            });
            (fields, agencies)
        }
    });
    let Some(env) = env else {
        return html! {};
    };
    let Some(catalogue) = env.catalogue() else {
        return html! {};
    };
    let lang = env.lang();
    let (field_order, agency_order) = &*order;
    let fields: Vec<_> = field_order
        .iter()
        .filter_map(|&i| catalogue.fields.get(i as usize))
        .collect();
    let agencies: Vec<_> = agency_order
        .iter()
        .filter_map(|&i| catalogue.agencies.get(i as usize))
        .collect();
    let scope = &props.scope;
    let select = |apply: fn(&mut Filters, Option<String>)| {
        let on_filters = props.on_filters.clone();
        let filters = props.filters.clone();
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<HtmlSelectElement>().value();
            let mut next = filters.clone();
            apply(&mut next, (!value.is_empty()).then_some(value));
            on_filters.emit(next)
        })
    };
    let active = [
        props.filters.field.is_some() && scope.field.is_none(),
        props.filters.agency.is_some() && scope.agency.is_none(),
        props.filters.online.is_some(),
    ]
    .iter()
    .filter(|on| **on)
    .count();
    let toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    html! {
        <div class="pg-filters-box">
        <button type="button" class="pg-button pg-button--secondary pg-filters__toggle"
            aria-expanded={if *open { "true" } else { "false" }} aria-controls="pg-filters" onclick={toggle}>
            { t(lang, Msg::Filter) }
            if active > 0 {
                { " (" }{ active }{ ")" }
                <span class="pg-visually-hidden">{ " " }{ t(lang, Msg::FiltersOn) }</span>
            }
        </button>
        <div class="pg-filters" id="pg-filters" hidden={!*open}>
            if !fields.is_empty() && scope.field.is_none() {
                <div class="pg-filter">
                    <label class="pg-label" for="pg-filter-field">{ t(lang, Msg::FieldFilter) }</label>
                    <select id="pg-filter-field" class="pg-select"
                        onchange={select(|f, v| f.field = v)}>
                        <option value="" selected={props.filters.field.is_none()}>
                            { t(lang, Msg::AllFields) }
                        </option>
                        { for fields.iter().map(|f| html! {
                            <option value={f.id.clone()}
                                selected={props.filters.field.as_deref() == Some(f.id.as_str())}>
                                { f.name.get(lang).0.to_owned() }
                            </option>
                        }) }
                    </select>
                </div>
            }
            if scope.agency.is_none() {
                <div class="pg-filter">
                    <label class="pg-label" for="pg-filter-agency">{ t(lang, Msg::AgencyFilter) }</label>
                    <select id="pg-filter-agency" class="pg-select"
                        onchange={select(|f, v| f.agency = v)}>
                        <option value="" selected={props.filters.agency.is_none()}>
                            { t(lang, Msg::AllAgencies) }
                        </option>
                        { for agencies.iter().map(|a| html! {
                            <option value={a.id.clone()}
                                selected={props.filters.agency.as_deref() == Some(a.id.as_str())}>
                                { a.name.get(lang).0.to_owned() }
                            </option>
                        }) }
                    </select>
                </div>
            }
            <div class="pg-filter">
                <label class="pg-label" for="pg-filter-online">{ t(lang, Msg::OnlineFilter) }</label>
                <select id="pg-filter-online" class="pg-select" onchange={select(|f, v| {
                    f.online = match v.as_deref() {
                        Some("3") => Some(OnlineLevel::Partial),
                        Some("4") => Some(OnlineLevel::Full),
                        _ => None,
                    }
                })}>
                    <option value="" selected={props.filters.online.is_none()}>{ t(lang, Msg::OnlineAny) }</option>
                    <option value="3" selected={props.filters.online == Some(OnlineLevel::Partial)}>{ t(lang, Msg::OnlinePartial) }</option>
                    <option value="4" selected={props.filters.online == Some(OnlineLevel::Full)}>{ t(lang, Msg::OnlineFull) }</option>
                </select>
            </div>
        </div>
        </div>
    }
}
