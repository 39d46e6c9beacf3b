//! One item of a procedure's `agencies`: an agency of the catalogue chosen by name, or
//! "any office at a level" (a channel's `agencies`: an agency only), in one native select
//! (a phone shows its own picker), the levels first so that a phone's picker need not be
//! scrolled past every agency, with a find box above it when the catalogue has many
//! agencies (accents optional). What is chosen is written as the format writes it
//! (`crate::refs`); a value of another kind is shown as written and kept.

use procedure_guide_core::i18n::studio::{st, StudioMsg};
use procedure_guide_core::json::Json;
use yew::prelude::*;

use super::{input_id, raw_kept, target_value, FormCtx};
use crate::doc::Edit;
use crate::locate::Step;
use crate::refs::{agency_choices, agency_node, agency_value, filter, level_choices};

/// Above this many agencies, a filter box comes before the select.
const FILTER_FROM: usize = 8;

#[derive(Properties, PartialEq)]
pub struct AgencyRefProps {
    /// The item's path (or the key's, when `agencies` holds one reference, not a list).
    pub path: Vec<Step>,
    /// Whether "any office at a level" may be chosen (a procedure's `agencies`; not a
    /// channel's, which lists ids only).
    #[prop_or(true)]
    pub levels: bool,
}

#[function_component]
pub fn AgencyRef(props: &AgencyRefProps) -> Html {
    let query = use_state(String::new);
    let Some(ctx) = use_context::<FormCtx>() else {
        return Html::default();
    };
    let lang = ctx.lang;
    let id = input_id(&props.path);
    let node = ctx.node(&props.path).cloned().unwrap_or(Json::Null);
    let value = agency_value(&node).filter(|v| props.levels || !v.starts_with("l:"));
    let Some(current) = value else {
        return raw_kept(id, lang, &node);
    };
    let root = ctx.root();
    let agencies = agency_choices(root, lang);
    let levels = if props.levels {
        level_choices(lang)
    } else {
        Vec::new()
    };
    let shown = filter(&agencies, &query, &current);
    // How many the filter finds, the chosen one aside (no agency has the value "").
    let matches = filter(&agencies, &query, "").len();
    let known = current.is_empty() || agencies.iter().chain(&levels).any(|c| c.value == current);
    let unknown = (!known).then(|| {
        let written = current
            .strip_prefix("a:")
            .or_else(|| current.strip_prefix("l:"))
            .unwrap_or(&current);
        st(lang, StudioMsg::RefUnknown).replace("{id}", written)
    });
    let onchange = {
        let (edit, path) = (ctx.on_edit.clone(), props.path.clone());
        Callback::from(move |e: Event| {
            let value = target_value(e.target());
            edit.emit(Edit::Set(path.clone(), Some(agency_node(&value)), None));
        })
    };
    let on_filter = {
        let query = query.clone();
        Callback::from(move |e: InputEvent| query.set(target_value(e.target())))
    };
    // Enter in the filter must not send anything.
    let on_filter_key = Callback::from(|e: KeyboardEvent| {
        if e.key() == "Enter" {
            e.prevent_default();
        }
    });
    let filter_id = format!("{id}-filter");
    let count_id = format!("{id}-count");
    let filtering = agencies.len() > FILTER_FROM;
    html! {
        <div class="form__ref">
            if filtering {
                <div class="form__field">
                    <label for={filter_id.clone()}>{ st(lang, StudioMsg::RefFilter) }</label>
                    <input id={filter_id} type="search" value={(*query).clone()} aria-controls={id.clone()}
                        oninput={on_filter} onkeydown={on_filter_key} />
                    <p id={count_id} role="status" class="form__hint">
                        if !query.trim().is_empty() {
                            { st(lang, StudioMsg::RefMatches).replace("{n}", &matches.to_string()) }
                        }
                    </p>
                </div>
            }
            <div class="form__field">
                <label for={id.clone()}>
                    { st(lang, if props.levels { StudioMsg::RefAgency } else { StudioMsg::RefAgencyOnly }) }
                </label>
                <select id={id} {onchange}>
                    <option value="" selected={current.is_empty()}>{ st(lang, StudioMsg::RefChoose) }</option>
                    if let Some(unknown) = unknown {
                        <option value={current.clone()} selected=true>{ unknown }</option>
                    }
                    if !levels.is_empty() {
                        <optgroup label={st(lang, StudioMsg::RefLevels)}>
                            { for levels.iter().map(|c| html! {
                                <option value={c.value.clone()} selected={c.value == current}>{ c.label.clone() }</option>
                            }) }
                        </optgroup>
                    }
                    <optgroup label={st(lang, StudioMsg::RefAgencies)}>
                        { for shown.iter().map(|c| html! {
                            <option value={c.value.clone()} selected={c.value == current}>{ c.label.clone() }</option>
                        }) }
                    </optgroup>
                </select>
            </div>
        </div>
    }
}
