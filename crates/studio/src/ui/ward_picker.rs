//! The agencies editor's "add ward and commune centres from the ready-made list": a
//! button that opens a panel listing HCMC's 168 public administrative service centres
//! (`crate::wards`, fetched from the release folder the first time the panel opens), with
//! a search box, a tick per centre, and one button that adds the ticked ones to the draft
//! as one `Edit`, so the check, the kept draft and the preview see it like any other
//! edit. Centres the draft already has are shown ticked and disabled. A list that cannot
//! be fetched or read says so, with a retry; the rest of the studio keeps working.

use std::collections::BTreeSet;
use std::rc::Rc;

use procedure_guide_core::i18n::studio::{st, StudioMsg};
use procedure_guide_core::i18n::Lang;
use procedure_guide_core::json::Json;
use procedure_guide_core::search::office_place_start;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

use crate::browser::{self, OpenError};
use crate::doc::Edit;
use crate::draft::Draft;
use crate::locate::Step;
use crate::wards::{self, Ward, WardsError};

/// The shipped list, as far as it got.
#[derive(Clone, PartialEq)]
enum Load {
    /// Not asked for yet: nothing is fetched until the panel opens.
    Idle,
    Loading,
    Ready(Rc<Vec<Ward>>),
    Failed(Failure),
}

#[derive(Clone, PartialEq)]
enum Failure {
    /// The HTTP status, or 0 when the request itself failed (offline, refused).
    Fetch(u16),
    Broken(WardsError),
}

impl Failure {
    fn message(&self, lang: Lang) -> String {
        match self {
            Failure::Fetch(0) => format!("{}.", st(lang, StudioMsg::WardsFetchFailed)),
            Failure::Fetch(code) => {
                format!("{} (HTTP {code}).", st(lang, StudioMsg::WardsFetchFailed))
            }
            Failure::Broken(WardsError::NotJson { line, column }) => {
                format!("{}.", st(lang, StudioMsg::WardsNotJson))
                    .replace("{line}", &line.to_string())
                    .replace("{column}", &column.to_string())
            }
            Failure::Broken(WardsError::NotAList) => {
                format!("{}.", st(lang, StudioMsg::WardsNotAList))
            }
            Failure::Broken(WardsError::NoCentre) => {
                format!("{}.", st(lang, StudioMsg::WardsNoCentre))
            }
        }
    }
}

/// `{n}` of a count, with the singular said as Vietnamese and English say it.
fn counted(lang: Lang, n: usize, one: StudioMsg, many: StudioMsg) -> String {
    if n == 1 {
        st(lang, one).to_owned()
    } else {
        st(lang, many).replace("{n}", &n.to_string())
    }
}

/// A centre's name with the place ("phường An Đông") in bold after the organisation every
/// name begins with, as the widget's office picker sets it (`office_place_start`), so
/// names that begin alike are told apart at a glance on a phone.
fn place_in_bold(name: &str) -> Html {
    let at = office_place_start(name);
    match (name.get(..at), name.get(at..)) {
        (Some(organisation), Some(place)) if !organisation.is_empty() => html! {
            <>{ organisation }<strong>{ place }</strong></>
        },
        _ => html! { <strong>{ name }</strong> },
    }
}

fn fetch_into(load: UseStateHandle<Load>) {
    load.set(Load::Loading);
    spawn_local(async move {
        let next = match browser::fetch_text(wards::FILE).await {
            Ok((text, _)) => match wards::parse(&text) {
                Ok(list) => Load::Ready(Rc::new(list)),
                Err(e) => Load::Failed(Failure::Broken(e)),
            },
            Err(OpenError::Fetch(code)) => Load::Failed(Failure::Fetch(code)),
            Err(OpenError::NotSameSite | OpenError::Unreadable) => Load::Failed(Failure::Fetch(0)),
        };
        load.set(next);
    });
}

fn focus(node: &NodeRef) {
    if let Some(element) = node.cast::<web_sys::HtmlElement>() {
        let _ = element.focus();
    }
}

/// Whether nothing has the focus (the element that had it was removed).
fn focus_lost() -> bool {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return false;
    };
    match (document.active_element(), document.body()) {
        (None, _) => true,
        (Some(active), Some(body)) => active == *body.as_ref(),
        (Some(_), None) => false,
    }
}

#[derive(Properties, PartialEq)]
pub struct WardPickerProps {
    pub lang: Lang,
    pub draft: Rc<Draft>,
    pub on_edit: Callback<Edit>,
}

#[function_component]
pub fn WardPicker(props: &WardPickerProps) -> Html {
    let lang = props.lang;
    let open = use_state(|| false);
    let load = use_state(|| Load::Idle);
    let query = use_state(String::new);
    let chosen = use_state(BTreeSet::<String>::new);
    // How many were added last, said once the panel closes.
    let added = use_state(|| None::<usize>);
    // Set when the panel closes, so the focus goes back to the button that opened it
    // (and not on the first render).
    let refocus = use_state(|| false);
    let button = use_node_ref();
    let search = use_node_ref();
    let retry_ref = use_node_ref();
    let heading = use_node_ref();

    {
        // On opening, and when the list arrives: into the search box, or onto the retry.
        // While a retry loads, its button is gone: the panel's heading holds the focus
        // rather than the page's start.
        let (search, retry_ref, heading) = (search.clone(), retry_ref.clone(), heading.clone());
        // Only the phase: a new list or a new failure moves the focus, typing does not.
        let phase = match &*load {
            Load::Ready(_) => "ready",
            Load::Failed(_) => "failed",
            Load::Idle | Load::Loading => "loading",
        };
        use_effect_with((*open, phase), move |(open, phase)| {
            match (*open, *phase) {
                (true, "ready") => focus(&search),
                (true, "failed") => focus(&retry_ref),
                (true, _) if focus_lost() => focus(&heading),
                _ => {}
            };
        });
    }
    {
        let (button, refocus) = (button.clone(), refocus.clone());
        use_effect_with(*refocus, move |wanted| {
            if *wanted {
                focus(&button);
                refocus.set(false);
            }
        });
    }

    let Some(doc) = props.draft.doc.as_ref() else {
        return Html::default();
    };
    // A draft whose agencies are not a list cannot take more (the check says why).
    let agencies = doc.get(&[Step::Key("agencies".into())]);
    if !matches!(agencies, None | Some(Json::Array(_))) {
        return Html::default();
    }
    let present = wards::present_ids(doc);

    let close = {
        let (open, query, chosen, refocus) =
            (open.clone(), query.clone(), chosen.clone(), refocus.clone());
        move || {
            open.set(false);
            query.set(String::new());
            chosen.set(BTreeSet::new());
            refocus.set(true);
        }
    };
    let toggle = {
        let (open, load, added, close) = (open.clone(), load.clone(), added.clone(), close.clone());
        Callback::from(move |_: MouseEvent| {
            if *open {
                close();
                return;
            }
            added.set(None);
            open.set(true);
            // Fetched the first time only; a failed fetch is tried again on reopening.
            if matches!(*load, Load::Idle | Load::Failed(_)) {
                fetch_into(load.clone());
            }
        })
    };
    let on_cancel = {
        let close = close.clone();
        Callback::from(move |_: MouseEvent| close())
    };
    let on_key = {
        let close = close.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                e.prevent_default();
                close();
            }
        })
    };
    let on_retry = {
        let load = load.clone();
        Callback::from(move |_: MouseEvent| fetch_into(load.clone()))
    };
    let on_search = {
        let query = query.clone();
        Callback::from(move |e: InputEvent| query.set(super::form::target_value(e.target())))
    };
    // The search box is a search, not a form to send: Enter must not do anything else.
    let on_search_key = Callback::from(|e: KeyboardEvent| {
        if e.key() == "Enter" {
            e.prevent_default();
        }
    });

    let list = match &*load {
        Load::Ready(list) => Some(list.clone()),
        _ => None,
    };
    // Only ticks of centres still to add count (a centre added meanwhile by hand drops out).
    let to_add = list
        .as_ref()
        .map_or(0, |list| wards::additions(list, &chosen, &present).len());
    let on_add = {
        let (list, chosen, present, on_edit, added, close) = (
            list.clone(),
            chosen.clone(),
            present.clone(),
            props.on_edit.clone(),
            added.clone(),
            close.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let Some(list) = &list else { return };
            let nodes = wards::additions(list, &chosen, &present);
            if nodes.is_empty() {
                return;
            }
            added.set(Some(nodes.len()));
            on_edit.emit(wards::edit(nodes));
            close();
        })
    };

    let body = match &*load {
        Load::Idle | Load::Loading => html! {
            <p role="status" class="wards__loading">{ st(lang, StudioMsg::WardsLoading) }</p>
        },
        Load::Failed(failure) => html! {
            <div role="alert" class="wards__error">
                <p>{ failure.message(lang) }</p>
                <p>{ st(lang, StudioMsg::WardsFix) }</p>
            </div>
        },
        Load::Ready(list) => {
            let shown = wards::matching(list, &query);
            let count = if shown.is_empty() {
                st(lang, StudioMsg::WardsNoMatch).to_owned()
            } else {
                counted(
                    lang,
                    shown.len(),
                    StudioMsg::WardsMatchesOne,
                    StudioMsg::WardsMatches,
                )
            };
            html! {
                <>
                    <p class="form__hint">{ st(lang, StudioMsg::WardsIntro) }</p>
                    <div class="form__field">
                        <label for="studio-wards-search">{ st(lang, StudioMsg::WardsSearch) }</label>
                        <input id="studio-wards-search" type="search" ref={search.clone()} value={(*query).clone()}
                            autocomplete="off" aria-describedby="studio-wards-count"
                            oninput={on_search} onkeydown={on_search_key} />
                    </div>
                    <p id="studio-wards-count" role="status" class="wards__count">{ count }</p>
                    if !shown.is_empty() {
                        <fieldset class="wards__list">
                            <legend>{ st(lang, StudioMsg::WardsList) }</legend>
                            <ul>
                                { for shown.iter().filter_map(|&i| list.get(i)).map(|ward| {
                                    let has = present.contains(&ward.id);
                                    let ticked = has || chosen.contains(&ward.id);
                                    let id = format!("studio-ward-{}", super::form::input_id(&[Step::Key(ward.id.clone())]));
                                    let onchange = {
                                        let (chosen, ward_id) = (chosen.clone(), ward.id.clone());
                                        Callback::from(move |e: Event| {
                                            let on = e
                                                .target()
                                                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
                                                .is_some_and(|i| i.checked());
                                            let mut next = (*chosen).clone();
                                            if on {
                                                next.insert(ward_id.clone());
                                            } else {
                                                next.remove(&ward_id);
                                            }
                                            chosen.set(next);
                                        })
                                    };
                                    let name = if lang == Lang::En && !ward.name[1].is_empty() {
                                        ward.name[1].clone()
                                    } else {
                                        ward.name[0].clone()
                                    };
                                    html! {
                                        <li key={ward.id.clone()} class={classes!("wards__item", has.then_some("wards__item--present"))}>
                                            <input type="checkbox" id={id.clone()} checked={ticked} disabled={has} {onchange} />
                                            <label for={id}>
                                                <span class="wards__name">{ place_in_bold(&name) }</span>
                                                if !ward.address.is_empty() {
                                                    <span class="wards__address">{ ward.address.clone() }</span>
                                                }
                                                if has {
                                                    <span class="wards__present">{ st(lang, StudioMsg::WardsPresent) }</span>
                                                }
                                            </label>
                                        </li>
                                    }
                                }) }
                            </ul>
                        </fieldset>
                    }
                </>
            }
        }
    };

    let done = added.map(|n| counted(lang, n, StudioMsg::WardsAddedOne, StudioMsg::WardsAdded));
    html! {
        <div class="wards">
            <button type="button" class="form__add wards__open" ref={button} aria-expanded={open.to_string()}
                aria-controls={(*open).then_some("studio-wards")} onclick={toggle}>
                { st(lang, StudioMsg::WardsOpen) }
            </button>
            <p role="status" class="wards__done">{ done.unwrap_or_default() }</p>
            if *open {
                <section id="studio-wards" class="wards__panel" aria-labelledby="studio-wards-heading" onkeydown={on_key}>
                    <h3 id="studio-wards-heading" tabindex="-1" ref={heading}>{ st(lang, StudioMsg::WardsHeading) }</h3>
                    { body }
                    <div class="wards__actions">
                        if list.is_some() {
                            <button type="button" disabled={to_add == 0} onclick={on_add}>
                                { counted(lang, to_add, StudioMsg::WardsAddOne, StudioMsg::WardsAdd) }
                            </button>
                        }
                        if matches!(&*load, Load::Failed(_)) {
                            <button type="button" ref={retry_ref} onclick={on_retry}>
                                { st(lang, StudioMsg::WardsRetry) }
                            </button>
                        }
                        <button type="button" class="wards__cancel" onclick={on_cancel}>
                            { st(lang, StudioMsg::WardsCancel) }
                        </button>
                    </div>
                </section>
            }
        </div>
    }
}
