//! Opening a share link: on the first render with a catalogue, this widget's
//! `#pg-<key>=…` part of the address is read once and removed (kept only when a newer
//! widget made it, for the reload the notice asks for), decoded, laid over the
//! catalogue as it is now (`reconcile`), and saved on the device under its procedure,
//! so the journey page restores it like any saved journey. A broken link changes
//! nothing and says so.

use procedure_guide_core::i18n::ui::Msg;
use procedure_guide_core::journey::share::decode;
use procedure_guide_core::journey::{reconcile, renewed, to_json, ShareError};
use yew::prelude::*;

use crate::embed::share::{read_shared, remove_shared, ShareSettings};
use crate::ui::env::Env;
use crate::ui::journey::journey_page::new_nonce;

/// What the address bar held for this widget.
#[derive(Clone, Debug, PartialEq)]
pub struct SharedLink {
    /// The procedure to open, when the link could be applied.
    pub procedure: Option<AttrValue>,
    /// What to tell the person.
    pub notice: Msg,
}

/// Reads, applies and removes this widget's share fragment, once per mounted browser.
#[hook]
pub fn use_shared_link(env: Option<Env>) -> Option<SharedLink> {
    let settings = use_context::<ShareSettings>().unwrap_or_default();
    let taken = use_state(move || env.and_then(|env| open_shared(&env, &settings)));
    (*taken).clone()
}

fn open_shared(env: &Env, settings: &ShareSettings) -> Option<SharedLink> {
    let catalogue = env.catalogue()?;
    let key = settings.key(&catalogue.info.id);
    let payload = read_shared(&key)?;
    let decoded = decode(&payload, &catalogue.info.id);
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
    let journey = match decoded {
        Ok(journey) => journey,
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
    // the journey page once the detail file is loaded (reconciling now would drop it all).
    let (mut journey, notices) = if p.needs_detail() {
        (journey, Vec::new())
    } else {
        reconcile(&journey, p)
    };
    // Another device's journey starts a new life here: its own nonce for history
    // entries, "touched now" so it is not forgotten as stale at once, and every choice
    // in it made now, after a start over, so that it replaces what another tab of this
    // procedure shows instead of being merged under that tab's later ticks.
    let now = js_sys::Date::now() as u64;
    journey.nonce = new_nonce();
    journey.touched = now;
    let journey = renewed(&journey, now);
    // If storage refuses, the store keeps it in memory: the journey still opens.
    let _ = env.store.save(&p.id, &to_json(&journey));
    Some(SharedLink {
        procedure: Some(p.id.clone().into()),
        notice: if notices.is_empty() {
            Msg::SharedOpened
        } else {
            Msg::SharedPartly
        },
    })
}
