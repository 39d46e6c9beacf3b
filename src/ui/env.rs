//! What every view needs to know, provided once through a Yew context: the language,
//! the loaded catalogue and the catalogue's own URL (relative links in a catalogue are
//! relative to it, not to the host page).

use std::ops::Deref;
use std::rc::Rc;

use procedure_guide_core::catalogue::{Catalogue, Loaded};
use procedure_guide_core::i18n::Lang;
use yew::prelude::*;

use std::collections::BTreeMap;

use crate::embed::storage::JourneyStore;
use crate::hooks::use_catalogue::DetailStatus;

/// A shared value compared by identity. Yew compares props on every render; a derived
/// `PartialEq` on a whole catalogue would walk it each time (and costs code size).
#[derive(Debug)]
pub struct Shared<T>(pub Rc<T>);

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Shared(Rc::clone(&self.0))
    }
}

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> Deref for Shared<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

#[derive(Clone, PartialEq)]
pub struct Env {
    pub lang: Lang,
    pub loaded: Shared<Loaded>,
    /// Absolute URL of the catalogue file.
    pub base: AttrValue,
    /// Where this catalogue's journeys are saved on the device.
    pub store: JourneyStore,
    /// A journey untouched this long is forgotten (the `forget-after-days` attribute).
    pub forget_after_ms: u64,
    /// Which load of the catalogue this is (detail files laid over it keep it).
    pub generation: u32,
    /// Detail files of an index catalogue being fetched or that failed.
    pub details: Rc<BTreeMap<String, DetailStatus>>,
    pub fetch_detail: Callback<String>,
}

/// A catalogue-less `Loaded`, for state that must exist before anything is loaded.
pub fn empty_loaded() -> Shared<Loaded> {
    Shared(Rc::new(Loaded {
        catalogue: None,
        diagnostics: Vec::new(),
    }))
}

impl Env {
    /// The catalogue; views below the loader only exist once there is one.
    pub fn catalogue(&self) -> Option<&Catalogue> {
        self.loaded.catalogue.as_ref()
    }
}

/// The environment from the nearest provider. Views are only rendered inside one; a
/// view that somehow is not renders nothing rather than panicking (a panic would take
/// down every widget on the page, they share one wasm instance).
#[hook]
pub fn use_env() -> Option<Env> {
    use_context::<Env>()
}
