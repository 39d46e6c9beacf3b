//! Volunteer mode's idle start over: after `idle_ms` without activity a warning shows,
//! and a minute later (or the idle time itself, when a test shortens it) the device is
//! cleared for the next person.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::embed::idle::Timeout;

/// How long the warning stays before the device is cleared.
fn warning_ms(idle_ms: u32) -> u32 {
    idle_ms.min(60_000)
}

/// Arms the timer: after `idle_ms` the warning shows, after [`warning_ms`] more `reset`
/// runs. Replacing the slot's timer cancels the old.
fn arm(
    slot: &Rc<RefCell<Option<Timeout>>>,
    idle_ms: u32,
    warning: UseStateHandle<bool>,
    reset: Callback<()>,
) {
    let inner = Rc::clone(slot);
    let timeout = Timeout::new(idle_ms, move || {
        warning.set(true);
        // Replaces the timer that is running now; wasm-bindgen defers freeing its
        // closure until it returns.
        *inner.borrow_mut() = Some(Timeout::new(warning_ms(idle_ms), move || {
            warning.set(false);
            reset.emit(());
        }));
    });
    *slot.borrow_mut() = Some(timeout);
}

/// The idle timer while `on`; returns whether the warning shows and the callback that
/// marks activity (which also dismisses the warning).
#[hook]
pub fn use_idle(on: bool, idle_ms: u32, reset: Callback<()>) -> (bool, Callback<()>) {
    let warning = use_state_eq(|| false);
    let slot = use_mut_ref(|| None::<Timeout>);
    // Always the latest reset (it closes over the latest state).
    let latest = use_mut_ref(|| reset.clone());
    *latest.borrow_mut() = reset;
    let reset = {
        let latest = latest.clone();
        let slot = slot.clone();
        let warning = warning.clone();
        Callback::from(move |()| {
            // Re-armed at the next activity: an empty device has nothing to protect.
            *slot.borrow_mut() = None;
            warning.set(false);
            let reset = latest.borrow().clone();
            reset.emit(());
        })
    };
    {
        let slot = slot.clone();
        let warning = warning.clone();
        let reset = reset.clone();
        use_effect_with((on, idle_ms), move |(on, idle_ms)| {
            if *on {
                arm(&slot, *idle_ms, warning, reset);
            } else {
                *slot.borrow_mut() = None;
                warning.set(false);
            }
            // Unmounted or mode changed: no timer may fire into a dead widget.
            move || *slot.borrow_mut() = None
        });
    }
    let activity = {
        let warning = warning.clone();
        Callback::from(move |()| {
            if on {
                if *warning {
                    warning.set(false);
                }
                arm(&slot, idle_ms, warning.clone(), reset.clone());
            }
        })
    };
    (*warning, activity)
}
