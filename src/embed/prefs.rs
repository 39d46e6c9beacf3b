//! The device's own preference: volunteer mode switched on or off on the screen,
//! remembered on this device (per the `storage` attribute: `local` keeps it, `session`
//! until the tab closes, `none` not at all). One key, outside every catalogue's
//! journeys, so "start over" leaves it as it is.

use crate::embed::storage::StorageMode;

const VOLUNTEER: &str = "procedure-guide:volunteer";

fn storage(mode: StorageMode) -> Option<web_sys::Storage> {
    let window = web_sys::window()?;
    match mode {
        StorageMode::Local => window.local_storage().ok().flatten(),
        StorageMode::Session => window.session_storage().ok().flatten(),
        StorageMode::None => None,
    }
}

/// Volunteer mode as last switched on this device; `None`: never switched (or switched
/// back to the page's default), or unreadable.
pub fn volunteer(mode: StorageMode) -> Option<bool> {
    match storage(mode)?.get_item(VOLUNTEER).ok().flatten()?.as_str() {
        "1" => Some(true),
        "0" => Some(false),
        _ => None,
    }
}

/// Remembers the switch; `None` forgets it (the page's default applies again). A
/// refusal only costs remembering it.
pub fn set_volunteer(mode: StorageMode, on: Option<bool>) {
    if let Some(s) = storage(mode) {
        let _ = match on {
            Some(on) => s.set_item(VOLUNTEER, if on { "1" } else { "0" }),
            None => s.remove_item(VOLUNTEER),
        };
    }
}
