//! The journey session: the one place that restores a journey, keeps it saved, follows
//! other widgets and tabs, erases it, forgets stale ones, opens share links into storage
//! and clears the device for the next person. The rules it applies (what a restore
//! adopts, when there is nothing to keep, what is "in progress") are the core's
//! (`journey::session`), tested natively; this module does the I/O.
//!
//! **Architecture invariant**: only this module writes journeys to storage.
//!
//! The reducer is a one-line adapter over the core's `journey::apply_at` (the event and
//! its time) and `journey::merge` for what another widget saved; storage is written in
//! an effect after the state changed, never in the reducer.

use std::cell::Cell;
use std::rc::Rc;

use procedure_guide_core::catalogue::{Loaded, Procedure};
use procedure_guide_core::i18n::ui::Msg;
use procedure_guide_core::journey::session::{self, RestoreProblem, Save};
use procedure_guide_core::journey::share::decode;
use procedure_guide_core::journey::{
    apply_at, covers, erased, from_json, merge, milestones, reconcile, renewed, to_json,
    ChannelKey, Event, Journey, Milestone, Notice, ShareError, View,
};
use yew::prelude::*;

use crate::context::{Env, ProcedureRef, Shared};
use crate::embed::clock::{new_nonce, now};
use crate::embed::events::{HostEvents, Value};
use crate::embed::share::{read_shared, remove_shared};
use crate::embed::storage::{JourneyStore, SaveProblem};

/// One journey and the catalogue it runs on.
#[derive(Clone, PartialEq)]
struct JourneyState {
    loaded: Shared<Loaded>,
    journey: Journey,
    /// How many times what another widget saved lacked something of this journey (it
    /// wrote over a change of ours it had not heard of yet). The session saves again
    /// each time, even when the merge left this journey as it was, so the other tabs
    /// hear what they missed.
    storage_behind: u32,
    /// Another tab or widget erased this journey (erase, start over) and the person has
    /// not acted here since: the view this widget shows is not worth writing back, or
    /// the erased procedure would be on the device again, "in progress" for the next
    /// person.
    remote_erased: bool,
}

/// What changes a journey: the person acting here (the event and when), or the same
/// journey saved by another widget of this catalogue and procedure (on this page or in
/// another tab), merged into this one so neither loses what the other did at the same
/// moment. `None`: the other one erased it.
enum Action {
    Person(Event, u64),
    Synced(Option<Journey>),
}

impl JourneyState {
    fn procedure(&self) -> Option<&Procedure> {
        self.loaded
            .catalogue
            .as_ref()
            .and_then(|c| c.procedure(&self.journey.procedure))
    }
}

impl Reducible for JourneyState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let Some(procedure) = self.procedure() else {
            return self;
        };
        let mut behind = self.storage_behind;
        let mut remote_erased = self.remote_erased;
        let journey = match action {
            Action::Person(event, at) => {
                remote_erased = false;
                apply_at(&self.journey, event, procedure, at)
            }
            // Each widget keeps its own view (`merge` and `erased` do); only what the
            // person did is shared.
            Action::Synced(other) => {
                let journey = match other {
                    Some(stored) => {
                        let merged = merge(&self.journey, &stored);
                        // Only when the merge adds something to what is stored: else
                        // the tabs would answer each other's saves forever.
                        if !covers(&stored, &merged) {
                            behind = behind.wrapping_add(1);
                        }
                        merged
                    }
                    None => {
                        remote_erased = true;
                        erased(&self.journey)
                    }
                };
                if journey == self.journey
                    && behind == self.storage_behind
                    && remote_erased == self.remote_erased
                {
                    return self;
                }
                journey
            }
        };
        Rc::new(JourneyState {
            loaded: self.loaded.clone(),
            journey,
            storage_behind: behind,
            remote_erased,
        })
    }
}

/// A journey being shown, as the views use it.
#[derive(Clone)]
pub struct Session {
    pub journey: Journey,
    /// The views of this procedure for this journey, and the one shown.
    pub views: Vec<View>,
    pub shown: View,
    /// What the person does.
    pub dispatch: Callback<Event>,
    /// What changed when the saved journey was laid over the catalogue as it is now.
    pub notices: Rc<Vec<Notice>>,
    /// Why the saved journey could not be restored.
    pub problem: Option<RestoreProblem>,
    /// Why it is only kept in memory.
    pub save_problem: Option<SaveProblem>,
    /// The person erased it, and has not done anything since.
    pub erased: bool,
    /// Erases this journey from the device (the person confirmed).
    pub erase: Callback<()>,
}

/// Saves or removes without hearing it back: the watchers of a key are called at once
/// by a save on this page, and a session must not merge its own save into itself.
fn quietly(own: &Cell<bool>, f: impl FnOnce()) {
    own.set(true);
    f();
    own.set(false);
}

/// The session of `procedure` (which must be complete: not an index entry waiting for
/// its detail file), shown at the view navigation `asked` for.
#[hook]
pub fn use_journey(env: &Env, procedure: &ProcedureRef, asked: Option<View>) -> Session {
    let restored = use_memo(procedure.id.clone(), {
        let env = env.clone();
        let procedure = procedure.clone();
        move |id| {
            let listed = |office: &str| {
                env.catalogue()
                    .is_some_and(|c| session::office_listed(c, &procedure, office))
            };
            let at = now();
            session::restore(
                env.store.load(id).as_deref(),
                &procedure.0,
                Journey::new(id.clone(), new_nonce(), at),
                at,
                env.forget_after_ms(),
                &listed,
            )
        }
    });
    let state = use_reducer({
        let loaded = env.loaded.clone();
        let journey = restored.journey.clone();
        move || JourneyState {
            loaded,
            journey,
            storage_behind: 0,
            remote_erased: false,
        }
    });
    let save_problem = use_state_eq(|| None::<SaveProblem>);
    let erased_now = use_state_eq(|| false);
    let own = use_memo((), |_| Cell::new(false));
    let id = procedure.id.clone();

    // Untouched for longer than the forget period: gone from the device.
    {
        let store = env.store.clone();
        let own = own.clone();
        let forget = restored.forget.then(|| id.clone());
        use_effect_with(forget, move |forget| {
            if let Some(id) = forget {
                quietly(&own, || store.remove(id));
            }
        });
    }
    // Another widget of this page (or another tab) saved or erased this journey: merge
    // it in, so two widgets showing the same procedure stay in step. Also once at the
    // start: a save between the restore and this watch would otherwise go unheard.
    {
        let dispatcher = state.dispatcher();
        let store = env.store.clone();
        let own = own.clone();
        use_effect_with(id.clone(), move |id| {
            let id = id.clone();
            let follow = {
                let store = store.clone();
                let id = id.clone();
                move |first: bool| {
                    if own.get() {
                        return;
                    }
                    match store.load(&id).map(|text| from_json(&text)) {
                        Some(Ok(journey)) => dispatcher.dispatch(Action::Synced(Some(journey))),
                        None if !first => dispatcher.dispatch(Action::Synced(None)),
                        // Unreadable: keep what is shown; the next save rewrites it.
                        _ => {}
                    }
                }
            };
            follow(true);
            let watch = store.watch(&id, move || follow(false));
            move || drop(watch)
        });
    }
    let views = env
        .catalogue()
        .map(|c| session::views(c, &procedure.0, &state.journey))
        .unwrap_or_else(|| vec![View::Overview]);
    // A journey forgotten or unreadable starts afresh, at the overview, whatever view
    // the history entry names (a reload a month later); after that the navigation's
    // view, which the page then corrects to the overview, is followed.
    let afresh = use_mut_ref(|| restored.forget || restored.problem.is_some());
    let asked = if std::mem::take(&mut *afresh.borrow_mut()) {
        None
    } else {
        asked
    };
    let shown = session::shown_view(asked, state.journey.view, &views);
    // Saved after every change (and whenever storage was found lacking something of
    // this journey), outside the reducer.
    {
        let store = env.store.clone();
        let own = own.clone();
        let save_problem = save_problem.clone();
        let erased_now = erased_now.clone();
        let unreadable = restored.problem.is_some().then(|| restored.journey.clone());
        use_effect_with(
            (
                state.journey.clone(),
                state.storage_behind,
                shown,
                state.remote_erased,
            ),
            move |(journey, _, shown, remote_erased)| {
                let erased = (*erased_now || *remote_erased) && session::no_progress(journey);
                if *erased_now && !erased {
                    erased_now.set(false);
                }
                let result = match session::save(journey, *shown, unreadable.as_ref(), erased) {
                    Save::Keep => Ok(()),
                    Save::Remove => {
                        quietly(&own, || store.remove(&journey.procedure));
                        Ok(())
                    }
                    Save::Write(j) => {
                        let mut result = Ok(());
                        quietly(&own, || result = store.save(&j.procedure, &to_json(&j)));
                        result
                    }
                };
                save_problem.set(result.err());
            },
        );
    }
    use_host_events(&env.events, procedure, &state.journey);
    let dispatch = {
        let dispatcher = state.dispatcher();
        Callback::from(move |event: Event| dispatcher.dispatch(Action::Person(event, now())))
    };
    let erase = {
        let store = env.store.clone();
        let own = own.clone();
        let erased_now = erased_now.clone();
        let dispatch = dispatch.clone();
        let id = id.clone();
        Callback::from(move |()| {
            quietly(&own, || store.remove(&id));
            erased_now.set(true);
            dispatch.emit(Event::StartOver { nonce: new_nonce() });
        })
    };
    Session {
        journey: state.journey.clone(),
        views,
        shown,
        dispatch,
        notices: Rc::new(restored.notices.clone()),
        problem: restored.problem,
        save_problem: *save_problem,
        erased: *erased_now,
        erase,
    }
}

/// The host page hears that a procedure opened, and the milestones of the journey (ids
/// only, see `embed::events`).
#[hook]
fn use_host_events(events: &HostEvents, procedure: &ProcedureRef, journey: &Journey) {
    {
        let events = events.clone();
        use_effect_with(procedure.id.clone(), move |id| {
            events.emit("procedure-opened", &[("procedure", Value::Str(id))]);
        });
    }
    let previous = use_mut_ref(|| None::<Journey>);
    let events = events.clone();
    let procedure = procedure.clone();
    use_effect_with(journey.clone(), move |journey| {
        let before = previous.replace(Some(journey.clone()));
        if let Some(before) = before {
            for m in milestones(&before, journey, &procedure) {
                milestone_event(&events, &procedure, &m);
            }
        }
    });
}

fn milestone_event(events: &HostEvents, p: &Procedure, milestone: &Milestone) {
    let procedure = ("procedure", Value::Str(&p.id));
    match milestone {
        Milestone::ChannelChosen(index) => {
            let Some(channel) = p.channels.get(*index) else {
                return;
            };
            let key = ChannelKey::of(p, *index)
                .map(|k| k.to_wire())
                .unwrap_or_default();
            events.emit(
                "channel-chosen",
                &[
                    procedure,
                    ("channel", Value::Str(&key)),
                    ("kind", Value::Str(channel.kind.as_str())),
                    (
                        "level",
                        channel
                            .online_level
                            .map_or(Value::Null, |l| Value::Num(f64::from(l.number()))),
                    ),
                ],
            );
        }
        Milestone::StepDone(step) => {
            events.emit("step-done", &[procedure, ("step", Value::Str(step))]);
        }
        Milestone::ChecklistComplete => events.emit("checklist-complete", &[procedure]),
    }
}

/// Erases every journey of this catalogue from the device: "start over for the next
/// person" (no journey may be left for them to find under "in progress").
pub fn clear_device(store: &JourneyStore) {
    store.clear();
}

/// "Procedures you are preparing": the journeys on this device the person did something
/// in, most recent first, read once per showing of the list (storage is the source of
/// truth). Stale ones are forgotten, after the render.
#[hook]
pub fn use_saved_journeys(env: &Env) -> Rc<Vec<Journey>> {
    let saved = use_memo((), {
        let store = env.store.clone();
        let forget = env.forget_after_ms();
        move |_| session::saved(store.entries(), now(), forget)
    });
    {
        let store = env.store.clone();
        let saved = saved.clone();
        use_effect_with((), move |_| {
            for id in &saved.stale {
                store.remove(id);
            }
        });
    }
    Rc::new(saved.in_progress.clone())
}

/// What the address bar held for this widget.
#[derive(Clone, Debug, PartialEq)]
pub struct SharedLink {
    /// The procedure to open, when the link could be applied.
    pub procedure: Option<String>,
    /// What to tell the person.
    pub notice: Msg,
}

/// Opening a share link: this widget's `#pg-<key>=…` part of the address is read once
/// and removed (kept only when a newer widget made it, for the reload the notice asks
/// for), decoded, laid over the catalogue as it is now (`reconcile`), and saved on the
/// device under its procedure, so the session restores it like any saved journey. A
/// broken link changes nothing and says so. In the journey module
/// (`ui::journey_module`); `ui::shared_link_gate` calls it once, before the guide's
/// first render.
pub fn open_shared(env: &Env) -> Option<SharedLink> {
    let catalogue = env.catalogue()?;
    let key = env.share.key(&catalogue.info.id);
    let payload = read_shared(&key)?;
    let decoded = decode(&payload, catalogue);
    // A newer widget's link stays in the address: the notice asks for a reload, which
    // (with the newer widget from the server) opens it. Any other link is read once.
    if !matches!(decoded, Err(ShareError::FutureVersion(_))) {
        remove_shared(&key);
    }
    let broken = |notice| {
        Some(SharedLink {
            procedure: None,
            notice,
        })
    };
    let (journey, partly) = match decoded {
        Ok(shared) => (shared.journey, shared.partly),
        Err(ShareError::OtherCatalogue) => return broken(Msg::SharedOtherCatalogue),
        Err(ShareError::FutureVersion(_)) => return broken(Msg::SharedNewer),
        Err(ShareError::TooLong | ShareError::NotBase64 | ShareError::NotAJourney) => {
            return broken(Msg::SharedBroken)
        }
    };
    let Some(p) = catalogue.procedure(&journey.procedure) else {
        return broken(Msg::SharedBroken);
    };
    // An index entry has no documents or steps yet: kept as it came, and reconciled by
    // the session once the detail file is loaded (reconciling now would drop it all).
    let (mut journey, notices) = if p.needs_detail() {
        (journey, Vec::new())
    } else {
        reconcile(&journey, p)
    };
    // Another device's journey starts a new life here: "touched now" so it is not
    // forgotten as stale at once, and every choice in it made now, after a start over,
    // so that it replaces what another tab of this procedure shows instead of being
    // merged under that tab's later ticks.
    let at = now();
    journey.nonce = new_nonce();
    journey.touched = at;
    let journey = renewed(&journey, at);
    // If storage refuses, the store keeps it in memory: the journey still opens.
    let _ = env.store.save(&p.id, &to_json(&journey));
    Some(SharedLink {
        procedure: Some(p.id.clone()),
        notice: if notices.is_empty() && !partly {
            Msg::SharedOpened
        } else {
            Msg::SharedPartly
        },
    })
}
