//! The loaded catalogue: the list of procedures with search and filters, or one
//! procedure's page. Keeps the list's query and filters while a procedure is open, so
//! "back to the list" returns to the same results.

use std::rc::Rc;

use procedure_guide_core::i18n::ui::{t, Msg};
use procedure_guide_core::search::{Filters, SearchIndex};
use yew::prelude::*;

use crate::embed::history::{self, PopStateListener};
use crate::embed::Config;
use crate::hooks::use_shared_link::use_shared_link;
use crate::ui::detail_gate::DetailGate;
use crate::ui::env::{use_env, Shared};
use crate::ui::journey::journey_page::JourneyPage;
use crate::ui::procedure_list::ProcedureList;

#[derive(Clone, PartialEq)]
enum Screen {
    List,
    /// `focus`: move focus to the page's heading (after a click, not on first render).
    Procedure {
        id: AttrValue,
        focus: bool,
    },
}

#[derive(Properties, PartialEq)]
pub struct BrowserProps {
    /// Reopen the procedure the current history entry names (a reload). False after a
    /// volunteer-mode reset, which must land on a fresh list.
    #[prop_or(true)]
    pub resume: bool,
}

#[function_component]
pub fn Browser(props: &BrowserProps) -> Html {
    let env = use_env();
    // A share link in the address opens its procedure at once (not focused: the
    // person did not move, the page just opened), with a notice saying what happened.
    let shared = use_shared_link(env.clone());
    // --- history (list ↔ procedure), see embed::history ---
    let history_key = history::state_key(
        use_context::<Config>()
            .as_ref()
            .and_then(|c| c.id.as_deref()),
        env.as_ref()
            .and_then(|e| e.catalogue())
            .map_or("", |c| c.info.id.as_str()),
    );
    let config = use_context::<Config>();
    let catalogue = env.as_ref().and_then(|e| e.catalogue());
    let exists = |id: &str| catalogue.is_some_and(|c| c.procedure(id).is_some());
    // The `procedure` attribute, if the catalogue has it (otherwise App reports it).
    let embedded = config
        .as_ref()
        .and_then(|c| c.procedure.clone())
        .filter(|id| exists(id));
    // What opens first: a share link; else the current history entry, which after a
    // reload still names the open procedure (its journey restores the saved view), so a
    // reload keeps the person's place; else the procedure the embed names.
    let screen = use_state(|| {
        let from_link = shared
            .as_ref()
            .and_then(|s| s.procedure.as_ref().map(|p| p.to_string()));
        let id =
            from_link.or_else(
                || match history::current(&history_key).filter(|_| props.resume) {
                    Some(entry) => entry.procedure,
                    None => embedded.as_ref().map(|id| id.to_string()),
                },
            );
        match id {
            Some(id) if exists(&id) => Screen::Procedure {
                id: id.into(),
                focus: false,
            },
            _ => Screen::List,
        }
    });
    let shared_notice = use_state(|| shared.as_ref().map(|s| s.notice));
    {
        // First render on the list: the current entry says "list". (A procedure open
        // from the start writes its own entry.)
        let key = history_key.clone();
        let on_list = *screen == Screen::List;
        use_effect_with((), move |_| {
            if on_list {
                history::replace(&key, &history::Entry::default());
            }
        });
    }
    {
        // Back / Forward between the list and procedures. Entries without our key (the
        // host's own, a hash link) change nothing; the journey page handles its views.
        let key = history_key.clone();
        let screen = screen.clone();
        let env = env.clone();
        let current = match &*screen {
            Screen::List => None,
            Screen::Procedure { id, .. } => Some(id.to_string()),
        };
        use_effect_with(current, move |current| {
            let current = current.clone();
            let listener = PopStateListener::new(move || {
                let Some(entry) = history::current(&key) else {
                    return;
                };
                if entry.procedure == current {
                    return;
                }
                let exists = |id: &str| {
                    env.as_ref()
                        .and_then(|e| e.catalogue())
                        .is_some_and(|c| c.procedure(id).is_some())
                };
                screen.set(match entry.procedure {
                    Some(id) if exists(&id) => Screen::Procedure {
                        id: id.into(),
                        focus: false,
                    },
                    _ => Screen::List,
                });
            });
            move || drop(listener)
        });
    }
    // --- end history ---
    let query = use_state(String::new);
    let filters = use_state(Filters::default);
    // The embed's `agency` / `field`: the list never shows more than that.
    let scope = catalogue.map_or_else(Filters::default, |c| {
        Filters::scope(
            c,
            config.as_ref().and_then(|c| c.agency.as_deref()),
            config.as_ref().and_then(|c| c.field.as_deref()),
        )
    });
    // Built once per load of the catalogue, not again when a detail file lands (the
    // index entries it reads stay where they are).
    let index = use_memo(env.as_ref().map(|e| e.generation), {
        let loaded = env.as_ref().map(|e| e.loaded.clone());
        move |_| {
            Shared(Rc::new(
                loaded
                    .as_ref()
                    .and_then(|l| l.catalogue.as_ref())
                    .map(SearchIndex::new)
                    .unwrap_or_default(),
            ))
        }
    });
    let open = {
        let screen = screen.clone();
        let shared_notice = shared_notice.clone();
        let history_key = history_key.clone();
        Callback::from(move |id: AttrValue| {
            shared_notice.set(None);
            history::push(
                &history_key,
                &history::Entry {
                    procedure: Some(id.to_string()),
                    ..Default::default()
                },
            );
            screen.set(Screen::Procedure { id, focus: true })
        })
    };
    {
        // The page changed the `procedure` attribute: show what it names now (not on
        // the first render, which already did).
        let screen = screen.clone();
        let history_key = history_key.clone();
        let first = use_mut_ref(|| true);
        use_effect_with(embedded.clone(), move |embedded| {
            if std::mem::take(&mut *first.borrow_mut()) {
                return;
            }
            let entry = history::Entry {
                procedure: embedded.as_ref().map(|id| id.to_string()),
                ..Default::default()
            };
            history::push(&history_key, &entry);
            screen.set(match embedded {
                Some(id) => Screen::Procedure {
                    id: id.clone(),
                    focus: false,
                },
                None => Screen::List,
            });
        });
    }
    let lang = env.as_ref().map(|e| e.lang).unwrap_or_default();
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
    // The same callbacks from render to render, so that the list's filters (a component
    // of their own) skip a keystroke's render.
    let on_query = {
        let query = query.clone();
        use_callback((), move |q: String, _| query.set(q))
    };
    let on_filters = {
        let filters = filters.clone();
        use_callback((), move |f: Filters, _| filters.set(f))
    };
    match &*screen {
        Screen::List => {
            html! {
                <>
                    { notice }
                    <ProcedureList index={(*index).clone()} query={(*query).clone()} {scope}
                        filters={(*filters).clone()} {on_query} {on_filters} on_open={open} />
                </>
            }
        }
        Screen::Procedure { id, focus } => {
            let back = {
                let screen = screen.clone();
                let shared_notice = shared_notice.clone();
                let history_key = history_key.clone();
                Callback::from(move |()| {
                    shared_notice.set(None);
                    history::push(&history_key, &history::Entry::default());
                    screen.set(Screen::List)
                })
            };
            // An entry of an earlier journey: to the list, without a new entry.
            let leave = {
                let screen = screen.clone();
                Callback::from(move |()| screen.set(Screen::List))
            };
            let pending = env
                .as_ref()
                .and_then(|e| e.catalogue())
                .and_then(|c| c.procedure(id))
                .is_some_and(|p| p.needs_detail());
            if pending {
                return html! { <>{ notice }<DetailGate key={id.to_string()} procedure={id.clone()} on_back={back} /></> };
            }
            html! { <>{ notice }<JourneyPage key={id.to_string()} procedure={id.clone()} focus={*focus} on_back={back} on_open={open} on_leave={leave} /></> }
        }
    }
}
