//! Where the person is: the core's navigation model (`procedure_guide_core::nav`) in a
//! reducer that is a one-line adapter over `nav::reduce`.
//!
//! **Architecture invariant**: this hook is the widget's only `popstate` listener and
//! the only writer of `history.state` (one effect, after each change that asks for it).

use std::rc::Rc;

use procedure_guide_core::nav::{self, Action, Entry, Nav, Write};
use yew::prelude::*;

use crate::context::Env;
use crate::embed::history::{self, PopStateListener};

struct NavState(Nav);

impl Reducible for NavState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = nav::reduce(&self.0, action);
        if next == self.0 {
            self
        } else {
            Rc::new(NavState(next))
        }
    }
}

/// The navigation of one widget.
#[derive(Clone)]
pub struct Navigation {
    state: UseReducerHandle<NavState>,
}

impl Navigation {
    pub fn nav(&self) -> &Nav {
        &self.state.0
    }

    /// A callback that moves the person (the same one from render to render).
    pub fn dispatcher(&self) -> Callback<Action> {
        let dispatch = self.state.dispatcher();
        Callback::from(move |action| dispatch.dispatch(action))
    }
}

/// The history key of this widget (`pg-<id or catalogue id>`).
pub fn history_key(env: &Env) -> String {
    history::state_key(
        env.config.id.as_deref(),
        env.catalogue().map_or("", |c| c.info.id.as_str()),
    )
}

/// This widget's part of the current history entry, with a procedure the catalogue does
/// not hold read as the list.
fn current(env: &Env, key: &str) -> Option<Entry> {
    history::current(key).map(|mut entry| {
        let known = entry
            .procedure
            .as_deref()
            .is_some_and(|id| env.catalogue().is_some_and(|c| c.procedure(id).is_some()));
        if !known {
            entry.procedure = None;
            entry.view = None;
        }
        entry
    })
}

/// Starts the navigation (see `nav::start`): `shared` is the procedure a share link
/// opened, `nonce` a new person's nonce, used unless the current entry names one.
#[hook]
pub fn use_navigation(env: &Env, shared: Option<String>, nonce: u64) -> Navigation {
    let key = history_key(env);
    let state = use_reducer({
        let env = env.clone();
        let key = key.clone();
        move || {
            let embedded = env
                .config
                .procedure
                .as_deref()
                .filter(|id| env.catalogue().is_some_and(|c| c.procedure(id).is_some()))
                .map(str::to_owned);
            NavState(nav::start(current(&env, &key), shared, embedded, nonce))
        }
    });
    // Back / Forward: the one listener. Entries without our key (the host's own, a hash
    // link) change nothing.
    {
        let dispatch = state.dispatcher();
        let env = env.clone();
        use_effect_with((key.clone(), env.generation), move |(key, _)| {
            let key = key.clone();
            let listener = PopStateListener::new(move || {
                dispatch.dispatch(Action::Popped(current(&env, &key)));
            });
            move || drop(listener)
        });
    }
    // The one writer of history: after the changes that ask for it (several may come
    // between two runs of the effect; `write_since` keeps a push among them).
    {
        let written = use_mut_ref(|| 0u32);
        let nav = state.0.clone();
        use_effect_with((state.0.seq, key), move |(_, key)| {
            let last = std::mem::replace(&mut *written.borrow_mut(), nav.seq);
            match nav.write_since(last) {
                Write::Push => history::push(key, &nav.entry()),
                Write::Replace => history::replace(key, &nav.entry()),
                Write::Nothing => {}
            }
        });
    }
    Navigation { state }
}
