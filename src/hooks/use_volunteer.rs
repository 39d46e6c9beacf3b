//! Volunteer mode (large text, start over after each person and after idle time): the
//! `mode` attribute sets the default; the switch on the screen overrides it on this
//! device until switched back.

use yew::prelude::*;

use crate::embed::config::{Config, Mode};
use crate::embed::prefs;

/// Whether volunteer mode is on, and the callback that switches it.
#[hook]
pub fn use_volunteer(config: &Config) -> (bool, Callback<bool>) {
    let default = config.mode == Mode::Volunteer;
    let storage = config.storage;
    let chosen = use_state_eq(move || prefs::volunteer(storage));
    let on = chosen.unwrap_or(default);
    let switch = {
        let chosen = chosen.clone();
        Callback::from(move |on: bool| {
            // The same as the page's default: nothing to remember.
            let remembered = (on != default).then_some(on);
            prefs::set_volunteer(storage, remembered);
            chosen.set(remembered);
        })
    };
    (on, switch)
}
