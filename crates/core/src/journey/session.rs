//! The rules of a journey's life on one device, which the widget's session hook
//! (`src/hooks/use_journey.rs`) applies and nothing else does: which views a procedure
//! shows, what a restore may adopt, when there is nothing worth keeping, what counts as
//! "in progress", and which saved journeys are forgotten. The hook does the I/O (storage,
//! clock, nonce); every decision is here, tested natively.

use crate::catalogue::{Catalogue, Procedure, Status};

use super::merge::take_back;
use super::{
    chosen_office, from_json, offices, reconcile, stop, Item, Journey, Notice, RestoreError, View,
};

/// The views this procedure shows for this journey, in order: no questions, no "Your
/// situation"; one office (or none listed), no "Where"; one way to apply, no "How"; no
/// papers, no "Documents"; a withdrawn procedure, only the overview. An answer that
/// stops the journey leaves only the overview and
/// "Your situation": nothing past it applies, and a summary would list papers for a way
/// that cannot go on.
pub fn views(catalogue: &Catalogue, procedure: &Procedure, journey: &Journey) -> Vec<View> {
    // A withdrawn procedure offers no journey: its overview says why and what replaces it.
    if procedure.status == Status::Withdrawn {
        return vec![View::Overview];
    }
    let office_count = offices(catalogue, procedure).len();
    let stopped = stop(procedure, journey).is_some();
    View::ALL
        .iter()
        .copied()
        .filter(|v| match v {
            View::Overview => true,
            View::Situation => !procedure.questions.is_empty(),
            _ if stopped => false,
            View::Office => office_count > 1,
            View::Channel => procedure.channels.len() > 1,
            View::Documents => !procedure.documents.is_empty(),
            View::Steps | View::Summary => true,
        })
        .collect()
}

/// What a view still needs before "Continue" moves on from it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Missing {
    /// "Where": no office chosen. The person is told what is missing rather than moved
    /// on without one (the parts' list still lets them look ahead).
    Office,
}

/// What `view` still needs before "Continue" moves on, if anything.
pub fn missing(
    catalogue: &Catalogue,
    procedure: &Procedure,
    journey: &Journey,
    view: View,
) -> Option<Missing> {
    match view {
        View::Office if chosen_office(catalogue, procedure, journey).is_none() => {
            Some(Missing::Office)
        }
        _ => None,
    }
}

/// The view to show: the one navigation asked for if this journey has it, else the one
/// the journey was saved at (a procedure reopened resumes where it was left), else the
/// overview.
pub fn shown_view(asked: Option<View>, saved: View, views: &[View]) -> View {
    asked
        .filter(|v| views.contains(v))
        .or_else(|| Some(saved).filter(|v| views.contains(v)))
        .unwrap_or(View::Overview)
}

/// Nothing answered, chosen, ticked or done (views may have been visited).
pub fn no_progress(j: &Journey) -> bool {
    j.answers.is_empty()
        && j.office.is_none()
        && j.channel.is_none()
        && j.ticks.is_empty()
        && j.looked_up.is_empty()
        && j.done_steps.is_empty()
}

/// What a fresh journey, or one just erased, looks like. Such a journey is not kept on
/// the device (it equals no journey at all), so after "start over" or "erase" nothing of
/// the person is left.
pub fn pristine(j: &Journey) -> bool {
    j.view == View::Overview && no_progress(j)
}

/// The person did something in it: merely opening a procedure is not "preparing" it, so
/// such a journey is not listed under "procedures you are preparing".
pub fn in_progress(j: &Journey) -> bool {
    !pristine(j)
}

/// What to tell the person when a saved journey could not be restored.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RestoreProblem {
    /// The saved text is not a journey this widget can read.
    Unreadable,
    /// A newer widget saved it.
    Newer,
}

/// The outcome of opening a procedure on this device.
#[derive(Clone, Debug, PartialEq)]
pub struct Restored {
    /// The journey to show: the saved one laid over the catalogue as it is now, or a
    /// fresh one.
    pub journey: Journey,
    /// What changed while laying it over the catalogue.
    pub notices: Vec<Notice>,
    pub problem: Option<RestoreProblem>,
    /// The saved journey went stale: remove it from the device.
    pub forget: bool,
}

/// Decides what opening `procedure` shows, given the text saved for it (if any).
/// `fresh` is the journey to start when nothing can be restored (nonce and time from
/// the caller). `listed` says whether an office id is one the catalogue lists for this
/// procedure: `{"level": …}` procedures accept any id in [`apply`](super::apply), and
/// only a real office may stay chosen.
pub fn restore(
    saved: Option<&str>,
    procedure: &Procedure,
    fresh: Journey,
    now: u64,
    forget_after_ms: u64,
    listed: &dyn Fn(&str) -> bool,
) -> Restored {
    let start = |problem, forget| Restored {
        journey: fresh.clone(),
        notices: Vec::new(),
        problem,
        forget,
    };
    match saved.map(from_json) {
        None => start(None, false),
        // Untouched for longer than the forget period: forgotten, not restored.
        Some(Ok(saved)) if saved.is_stale(now, forget_after_ms) => start(None, true),
        Some(Ok(saved)) if saved.procedure == procedure.id => {
            let (mut journey, mut notices) = reconcile(&saved, procedure);
            if journey.office.as_deref().is_some_and(|id| !listed(id)) {
                journey = take_back(&journey, Item::Office);
                notices.push(Notice::OfficeCleared);
            }
            Restored {
                journey,
                notices,
                problem: None,
                forget: false,
            }
        }
        Some(Err(RestoreError::FutureVersion(_))) => start(Some(RestoreProblem::Newer), false),
        Some(_) => start(Some(RestoreProblem::Unreadable), false),
    }
}

/// Whether `office` is one the catalogue lists for `procedure` (see [`restore`]).
pub fn office_listed(catalogue: &Catalogue, procedure: &Procedure, office: &str) -> bool {
    offices(catalogue, procedure).iter().any(|a| a.id == office)
}

/// What the session does with storage after the journey (shown at `view`) changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Save {
    /// Leave storage as it is: the saved text could not be read and the person has not
    /// done anything yet (a newer widget elsewhere on the site may still read it).
    Keep,
    /// Nothing worth keeping: no journey at all on the device.
    Remove,
    /// Write this journey.
    Write(Box<Journey>),
}

/// The save rule. `unreadable`: the saved text could not be restored, and this is the
/// fresh journey that replaced it on screen. `erased`: the person erased this journey
/// and stays on the view they were at: visiting it again is not worth keeping until they
/// do something.
pub fn save(journey: &Journey, view: View, unreadable: Option<&Journey>, erased: bool) -> Save {
    let shown = Journey {
        view,
        ..journey.clone()
    };
    if unreadable.is_some_and(|f| f.nonce == journey.nonce && no_progress(journey)) {
        Save::Keep
    } else if pristine(&shown) || (erased && no_progress(journey)) {
        Save::Remove
    } else {
        Save::Write(Box::new(shown))
    }
}

/// The journeys saved on this device for a catalogue, sorted out for the list.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Saved {
    /// Journeys the person did something in, most recent first.
    pub in_progress: Vec<Journey>,
    /// Procedures whose saved journey went stale: to be removed.
    pub stale: Vec<String>,
}

/// Sorts the saved `(procedure id, text)` pairs. Unreadable text and a journey saved
/// under another procedure's key are left alone: opening the procedure says it could not
/// be read.
pub fn saved(entries: Vec<(String, String)>, now: u64, forget_after_ms: u64) -> Saved {
    let mut out = Saved::default();
    for (procedure, text) in entries {
        match from_json(&text) {
            Ok(j) if j.is_stale(now, forget_after_ms) => out.stale.push(procedure),
            Ok(j) if j.procedure == procedure && in_progress(&j) => out.in_progress.push(j),
            _ => {}
        }
    }
    // A handful of journeys: an insertion sort, not another copy of std's sort in the
    // wasm. Equal times keep the storage order (by procedure id).
    let list = &mut out.in_progress;
    for i in 1..list.len() {
        let mut k = i;
        while k > 0 && list[k - 1].touched < list[k].touched {
            list.swap(k - 1, k);
            k -= 1;
        }
    }
    out
}
