//! The catalogue studio (issue 15): a page of the release folder where a webmaster opens
//! a catalogue (a file, an address on the same site, or the template), sees every problem
//! the validator finds with its line, and saves the file. Its own wasm module, so none of
//! it reaches the widget's bytes.
//!
//! - `draft`, `locate`: pure (tested natively): the opened text, its problems and lines.
//! - `refs`: pure: the agencies and procedures a reference is chosen from, and what a
//!   choice writes back.
//! - `wards`: pure: the shipped list of HCMC ward and commune centres the agencies editor
//!   offers to add (read, searched, merged without duplicates).
//! - `browser` (wasm only): file reading, fetch, the draft kept on the device, download.
//! - `ui` (wasm only): one Yew component per file.

pub mod doc;
pub mod draft;
pub mod locate;
pub mod refs;
pub mod wards;

#[cfg(target_arch = "wasm32")]
mod browser;
#[cfg(target_arch = "wasm32")]
mod ui;

/// Mounts the studio into `root` (what `procedure-guide-studio.js` calls).
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn mount_studio(root: web_sys::Element) {
    yew::Renderer::<ui::app::App>::with_root(root).render();
}
