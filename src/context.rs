//! What the views share, in one place: the one context ([`Env`]: the element's settings,
//! the loaded catalogue and where its journeys are saved) and the values it is built
//! from (the catalogue's load state, [`Shared`]).
//!
//! **Layering**: `embed` (browser I/O) ← `context` ← `hooks` ← `ui` ← `mount`. A module
//! only imports from its own layer or the ones before it, so nothing imports a module
//! that imports it back.

use procedure_guide_core::vec_map::VecMap;
use std::ops::Deref;
use std::rc::Rc;
use std::sync::Arc;

use procedure_guide_core::catalogue::{Catalogue, Loaded, Procedure};
use procedure_guide_core::diagnostic::Diagnostic;
use procedure_guide_core::i18n::Lang;
use yew::prelude::*;

use crate::embed::config::Config;
use crate::embed::events::HostEvents;
use crate::embed::fetch::FetchError;
use crate::embed::share::ShareSettings;
use crate::embed::storage::JourneyStore;

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

/// Why no catalogue is shown.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadFailure {
    /// The element has no `catalogue` attribute.
    NoUrl,
    Fetch(FetchError),
    /// The bytes arrived but hold no usable catalogue; the diagnostics say why.
    Invalid(Rc<Loaded>),
}

#[derive(Clone, Debug)]
pub enum LoadState {
    Loading,
    Failed(LoadFailure),
    /// A catalogue, possibly with warnings or with some procedures dropped, and the
    /// absolute URL it came from (its relative links resolve against it).
    Loaded {
        loaded: Shared<Loaded>,
        base: AttrValue,
        /// Which fetch of the catalogue this is: the same while detail files are laid
        /// over it, new when the catalogue itself is loaded again (views keyed on it,
        /// such as the search index, are rebuilt only then).
        generation: u32,
        /// Shown from the copy saved on the device because the network failed: when
        /// that copy was saved (ms since the epoch), and why the fresh one did not come.
        offline: Option<Offline>,
    },
}

/// A detail file of an index catalogue (CATALOGUE.md, "Large catalogues") that is not
/// shown yet. Once loaded, the procedure simply is complete in the catalogue.
#[derive(Clone, Debug, PartialEq)]
pub enum DetailStatus {
    Loading,
    Failed(DetailFailure),
}

#[derive(Clone, Debug, PartialEq)]
pub enum DetailFailure {
    Fetch(FetchError),
    /// The file arrived but holds no usable procedure (or another one).
    Invalid(Rc<Vec<Diagnostic>>),
}

/// Why the widget shows a saved copy, and from when.
#[derive(Clone, Debug, PartialEq)]
pub struct Offline {
    pub saved_ms: f64,
    pub failure: LoadFailure,
}

/// A procedure of the loaded catalogue, compared by identity (a deep comparison on
/// every render would walk all its text).
#[derive(Clone, Debug)]
pub struct ProcedureRef(pub Arc<Procedure>);

impl PartialEq for ProcedureRef {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

impl Deref for ProcedureRef {
    type Target = Procedure;
    fn deref(&self) -> &Procedure {
        &self.0
    }
}

/// What every view below the loaded catalogue needs, provided once by the app.
#[derive(Clone, PartialEq)]
pub struct Env {
    /// The element's attributes, parsed (the language among them).
    pub config: Config,
    /// The element's id, `share-page` and the loader's services, for share links.
    pub share: ShareSettings,
    /// Where the host page's events start.
    pub events: HostEvents,
    pub loaded: Shared<Loaded>,
    /// Absolute URL of the catalogue file (relative links in a catalogue are relative to
    /// it, not to the host page).
    pub base: AttrValue,
    /// Where this catalogue's journeys are saved on the device.
    pub store: JourneyStore,
    /// Which load of the catalogue this is (detail files laid over it keep it).
    pub generation: u32,
    /// Detail files of an index catalogue being fetched or that failed.
    pub details: Rc<VecMap<DetailStatus>>,
    pub fetch_detail: Callback<String>,
}

impl Env {
    /// The catalogue; views below the loader only exist once there is one.
    pub fn catalogue(&self) -> Option<&Catalogue> {
        self.loaded.catalogue.as_ref()
    }

    pub fn lang(&self) -> Lang {
        self.config.lang
    }

    /// A journey untouched this long is forgotten (the `forget-after-days` attribute).
    pub fn forget_after_ms(&self) -> u64 {
        u64::from(self.config.forget_after_days) * 24 * 60 * 60 * 1000
    }
}

/// A catalogue-less `Loaded`, for state that must exist before anything is loaded.
pub fn empty_loaded() -> Shared<Loaded> {
    Shared(Rc::new(Loaded {
        catalogue: None,
        diagnostics: Vec::new(),
    }))
}

/// The environment from the nearest provider. Views are only rendered inside one; a
/// view that somehow is not renders nothing rather than panicking (a panic would take
/// down every widget on the page, they share one wasm instance).
#[hook]
pub fn use_env() -> Option<Env> {
    use_context::<Env>()
}
