//! The loaded catalogue: the list of procedures with search and filters, or one
//! procedure's page. Keeps the list's query and filters while a procedure is open, so
//! "back to the list" returns to the same results.

use std::rc::Rc;

use procedure_guide_core::search::{Filters, SearchIndex};
use yew::prelude::*;

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

#[function_component]
pub fn Browser() -> Html {
    let env = use_env();
    let screen = use_state(|| Screen::List);
    let query = use_state(String::new);
    let filters = use_state(Filters::default);
    let loaded = env.as_ref().map(|e| e.loaded.clone());
    let index = use_memo(loaded, |loaded| {
        Shared(Rc::new(
            loaded
                .as_ref()
                .and_then(|l| l.catalogue.as_ref())
                .map(SearchIndex::new)
                .unwrap_or_default(),
        ))
    });
    let open = {
        let screen = screen.clone();
        Callback::from(move |id: AttrValue| screen.set(Screen::Procedure { id, focus: true }))
    };
    match &*screen {
        Screen::List => {
            let on_query = {
                let query = query.clone();
                Callback::from(move |q: String| query.set(q))
            };
            let on_filters = {
                let filters = filters.clone();
                Callback::from(move |f: Filters| filters.set(f))
            };
            html! {
                <ProcedureList index={(*index).clone()} query={(*query).clone()}
                    filters={(*filters).clone()} {on_query} {on_filters} on_open={open} />
            }
        }
        Screen::Procedure { id, focus } => {
            let back = {
                let screen = screen.clone();
                Callback::from(move |()| screen.set(Screen::List))
            };
            html! { <JourneyPage key={id.to_string()} procedure={id.clone()} focus={*focus} on_back={back} on_open={open} /> }
        }
    }
}
