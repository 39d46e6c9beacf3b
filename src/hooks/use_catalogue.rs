//! Fetches and loads the catalogue named by the element, again when the URL
//! changes or the person asks to retry.

use std::cell::Cell;
use std::rc::Rc;

use procedure_guide_core::catalogue::{load_catalogue, Loaded};
use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

use crate::embed::fetch::{fetch_bytes, FetchError};
use crate::embed::url::absolute;
use crate::ui::env::Shared;

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
    },
}

pub struct CatalogueLoad {
    pub state: LoadState,
    pub retry: Callback<()>,
}

#[hook]
pub fn use_catalogue(url: AttrValue) -> CatalogueLoad {
    let state = use_state(|| LoadState::Loading);
    let attempt = use_state(|| 0u32);
    // A newer request makes an older one's answer stale: only the latest may land.
    let generation = use_mut_ref(|| Rc::new(Cell::new(0u32)));
    {
        let state = state.clone();
        let generation = generation.borrow().clone();
        use_effect_with((url, *attempt), move |(url, _)| {
            let mine = generation.get().wrapping_add(1);
            generation.set(mine);
            if url.is_empty() {
                state.set(LoadState::Failed(LoadFailure::NoUrl));
                return;
            }
            state.set(LoadState::Loading);
            let url = url.clone();
            spawn_local(async move {
                let next = match fetch_bytes(&url).await {
                    Err(e) => LoadState::Failed(LoadFailure::Fetch(e)),
                    Ok(bytes) => {
                        let loaded = Rc::new(load_catalogue(&bytes));
                        if loaded.catalogue.is_some() {
                            let base = absolute(&url).unwrap_or_else(|| url.to_string());
                            LoadState::Loaded {
                                loaded: Shared(loaded),
                                base: base.into(),
                            }
                        } else {
                            LoadState::Failed(LoadFailure::Invalid(loaded))
                        }
                    }
                };
                if generation.get() == mine {
                    state.set(next);
                }
            });
        });
    }
    let retry = {
        let attempt = attempt.clone();
        Callback::from(move |()| attempt.set(attempt.wrapping_add(1)))
    };
    CatalogueLoad {
        state: (*state).clone(),
        retry,
    }
}
