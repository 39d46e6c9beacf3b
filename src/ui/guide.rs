//! The loaded catalogue: the list of procedures with search and filters, or one
//! procedure's journey, wherever the navigation says the person is; "start over" and
//! volunteer mode's idle start over.

use std::rc::Rc;

use procedure_guide_core::i18n::ui::{t, Msg};
use procedure_guide_core::nav::Action;
use procedure_guide_core::search::{Filters, SearchIndex};
use yew::prelude::*;

use crate::context::{Env, ProcedureRef, Shared};
use crate::embed::clock::new_nonce;
use crate::embed::scroll::bring_to_top;
use crate::hooks::use_idle::use_idle;
use crate::hooks::use_journey::{clear_device, SharedLink};
use crate::hooks::use_navigation::use_navigation;
use crate::ui::detail_gate::DetailGate;
use crate::ui::journey::journey_page::JourneyPageProps;
use crate::ui::journey_gate::{self, JourneyGate};
use crate::ui::procedure_list::ProcedureList;

#[derive(Properties, PartialEq)]
pub struct GuideProps {
    pub env: Env,
    /// Volunteer mode: the next-person flow and the idle start over.
    pub volunteer: bool,
    /// The widget's own controls (large text, volunteer mode), after "skip to search".
    pub toolbar: Html,
    /// What this widget's share link in the address opened (`ui::shared_link_gate`).
    #[prop_or_default]
    pub shared: Option<SharedLink>,
}

#[function_component]
pub fn Guide(props: &GuideProps) -> Html {
    let env = &props.env;
    let lang = env.lang();
    // A share link in the address opens its procedure at once (not focused: the
    // person did not move, the page just opened), with a notice saying what happened.
    let shared = props.shared.clone();
    let first_nonce = use_memo((), |_| new_nonce());
    let navigation = use_navigation(
        env,
        shared.as_ref().and_then(|s| s.procedure.clone()),
        *first_nonce,
    );
    let nav = navigation.nav().clone();
    let navigate = navigation.dispatcher();
    // The notice stays until the person moves (navigation then moves focus too; a view
    // corrected to the one shown does not).
    let shared_notice = use_state_eq(|| shared.as_ref().map(|s| s.notice));
    {
        let shared_notice = shared_notice.clone();
        use_effect_with(nav.focus, move |moved| {
            if *moved {
                shared_notice.set(None);
            }
        });
    }
    // The page changed the `procedure` attribute: show what it names now (not on the
    // first render, which already did).
    {
        let navigate = navigate.clone();
        let first = use_mut_ref(|| true);
        let embedded = env
            .config
            .procedure
            .as_ref()
            .filter(|id| env.catalogue().is_some_and(|c| c.procedure(id).is_some()))
            .map(|id| id.to_string());
        use_effect_with(embedded, move |embedded| {
            if !std::mem::take(&mut *first.borrow_mut()) {
                navigate.emit(Action::Embedded(embedded.clone()));
            }
        });
    }
    // "Start over for the next person": every journey of this catalogue leaves the
    // device, and the navigation forgets the place, the search and every earlier entry.
    let start_over = {
        let store = env.store.clone();
        let navigate = navigate.clone();
        Callback::from(move |()| {
            clear_device(&store);
            navigate.emit(Action::StartOver { nonce: new_nonce() });
        })
    };
    let (warning, activity) = use_idle(props.volunteer, env.config.idle_ms, start_over.clone());
    // The embed's `agency` / `field`: the list never shows more than that.
    let scope = env.catalogue().map_or_else(Filters::default, |c| {
        Filters::scope(c, env.config.agency.as_deref(), env.config.field.as_deref())
    });
    // Built once per load of the catalogue, not again when a detail file lands (the
    // index entries it reads stay where they are).
    let index = use_memo(env.generation, {
        let loaded = env.loaded.clone();
        move |_| {
            Shared(Rc::new(
                loaded
                    .catalogue
                    .as_ref()
                    .map(SearchIndex::new)
                    .unwrap_or_default(),
            ))
        }
    });
    // The same callbacks from render to render, so that the list's filters (a component
    // of their own) skip a keystroke's render.
    let on_query = {
        let navigate = navigate.clone();
        use_callback((), move |q: String, _| navigate.emit(Action::Search(q)))
    };
    let on_filters = {
        let navigate = navigate.clone();
        use_callback((), move |f: Filters, _| navigate.emit(Action::Filter(f)))
    };
    let on_open = {
        let navigate = navigate.clone();
        use_callback((), move |id: AttrValue, _| {
            navigate.emit(Action::Open {
                procedure: id.to_string(),
                focus: true,
            })
        })
    };
    let notice = match *shared_notice {
        Some(msg) => {
            let kind = match msg {
                Msg::SharedOpened => "opened",
                Msg::SharedPartly => "partly",
                _ => "broken",
            };
            let warning = kind != "opened";
            html! {
                <div class={classes!("pg-notice", "pg-shared-notice", warning.then_some("pg-notice--warning"))}
                    role="status" data-shared={kind}>
                    <p>{ t(lang, msg) }</p>
                </div>
            }
        }
        None => html! {},
    };
    let procedure = nav
        .procedure
        .as_deref()
        .and_then(|id| env.catalogue()?.procedure_shared(id))
        .map(|p| ProcedureRef(p.clone()));
    let on_list = procedure.is_none();
    // The journey page's module has arrived (`JourneyGate`): until then a share link's
    // heading is not the page's yet.
    let module_ready = use_state_eq(journey_gate::is_loaded);
    let body = match procedure.clone() {
        None => html! {
            // Keyed by the person: after a start over the list reads the device again (no
            // journey of the previous person in progress) and its heading takes focus.
            <ProcedureList key={nav.person.to_string()} index={(*index).clone()} query={nav.query.clone()} {scope}
                filters={nav.filters.clone()} {on_query} {on_filters} {on_open}
                focus={nav.focus} on_start_over={start_over.clone()} />
        },
        Some(p) => {
            let back = navigate.reform(|()| Action::ToList);
            if p.needs_detail() {
                html! { <DetailGate key={p.id.clone()} procedure={AttrValue::from(p.id.clone())} on_back={back} /> }
            } else {
                // Keyed by the person too: a start over never shows a page of the
                // previous one.
                let key = format!("{}/{}", nav.person, p.id);
                let page = JourneyPageProps {
                    env: env.clone(),
                    procedure: p.clone(),
                    view: nav.view,
                    focus: nav.focus,
                    volunteer: props.volunteer,
                    navigate,
                    on_start_over: start_over.clone(),
                };
                let on_ready = {
                    let module_ready = module_ready.clone();
                    Callback::from(move |()| module_ready.set(true))
                };
                html! { <JourneyGate {key} {page} {on_ready} /> }
            }
        }
    };
    let guide = use_node_ref();
    // A share link opened: the widget comes into view (a host page may put it below a
    // tall header) and, once its journey shows, the procedure's heading takes focus, so
    // a screen reader starts at what the link opened. Once, and never after the person
    // moved (navigation moves focus then). A broken link brings its notice into view.
    {
        let pending = use_mut_ref(|| shared.is_some());
        let guide = guide.clone();
        let opened = procedure.is_some();
        let journey_shown = *module_ready && procedure.as_ref().is_some_and(|p| !p.needs_detail());
        use_effect_with((journey_shown, nav.focus), move |(shown, moved)| {
            if *moved {
                *pending.borrow_mut() = false;
            }
            if !*pending.borrow() {
                return;
            }
            let Some(root) = guide.cast::<web_sys::Element>() else {
                return;
            };
            let find = |selector: &str| root.query_selector(selector).ok().flatten();
            let heading = find(".pg-journey .pg-procedure__title");
            if let Some(top) = find(".pg-shared-notice").or_else(|| heading.clone()) {
                bring_to_top(&top);
            }
            let heading = heading
                .and_then(|h| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(h).ok());
            match heading {
                Some(h) if *shown => {
                    let _ = h.focus();
                    *pending.borrow_mut() = false;
                }
                // Its details are still loading: the heading is focused when they come.
                _ if opened => {}
                _ => *pending.borrow_mut() = false,
            }
        });
    }
    let skip = {
        let guide = guide.clone();
        Callback::from(move |_: MouseEvent| {
            let input = guide
                .cast::<web_sys::Element>()
                .and_then(|g| g.query_selector("#pg-search-input").ok().flatten())
                .and_then(|i| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(i).ok());
            if let Some(input) = input {
                let _ = input.focus();
            }
        })
    };
    let on_click = activity.reform(|_: MouseEvent| ());
    let on_key = activity.reform(|_: KeyboardEvent| ());
    let on_input = activity.reform(|_: InputEvent| ());
    html! {
        <div class="pg-guide" ref={guide} onclick={on_click} onkeydown={on_key} oninput={on_input}>
            // The first stop on the list, for keyboards: the search box is one Enter away.
            if on_list {
                <button type="button" class="pg-skip" onclick={skip}>{ t(lang, Msg::SkipToSearch) }</button>
            }
            { props.toolbar.clone() }
            if warning {
                <div class="pg-idle pg-noprint" role="alert">
                    <p>{ t(lang, Msg::IdleWarning) }</p>
                    <button type="button" class="pg-button" onclick={activity.reform(|_: MouseEvent| ())}>
                        { t(lang, Msg::KeepGoing) }
                    </button>
                </div>
            }
            { notice }
            { body }
        </div>
    }
}
