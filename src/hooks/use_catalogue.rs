//! Fetches and loads the catalogue named by the element, again when the URL
//! changes or the person asks to retry.

use procedure_guide_core::vec_map::VecMap;
use std::cell::Cell;
use std::rc::Rc;

use procedure_guide_core::catalogue::{load_catalogue, load_detail, Loaded};
use procedure_guide_core::diagnostic::Diagnostic;
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

use crate::context::{DetailFailure, DetailStatus, LoadFailure, LoadState, Offline, Shared};
use crate::embed::fetch::{fetch_bytes, fetch_bytes_with};
use crate::embed::offline;
use crate::embed::url::absolute;

/// What became of a fresh fetch: the loaded catalogue, or why there is none.
fn load_fresh(bytes: &[u8]) -> Result<Rc<Loaded>, LoadFailure> {
    let loaded = Rc::new(load_catalogue(bytes));
    if loaded.catalogue.is_some() {
        Ok(loaded)
    } else {
        Err(LoadFailure::Invalid(loaded))
    }
}

/// Fetches the catalogue, keeping the good copy on the device; when the network or the
/// server fails (or sends a broken file), the last good copy instead, flagged. The
/// loader's `services` may hold the answer already on its way.
async fn fetch_catalogue(
    url: &str,
    absolute_url: &str,
    timeout_ms: u32,
    services: &JsValue,
) -> Result<(Rc<Loaded>, Option<Offline>), LoadFailure> {
    let failure = match fetch_bytes_with(url, timeout_ms, services).await {
        Ok(bytes) => match load_fresh(&bytes) {
            Ok(loaded) => {
                if !loaded.has_errors() {
                    // In the background: the first render does not wait for the cache.
                    // The cache's copy in JS, so that the wasm's bytes are let go here,
                    // before the search index is built (ARCHITECTURE.md, "Loading a
                    // national catalogue").
                    let copy = js_sys::Uint8Array::from(&bytes[..]);
                    let url = absolute_url.to_owned();
                    spawn_local(async move {
                        offline::keep(&url, &copy, js_sys::Date::now()).await;
                    });
                }
                return Ok((loaded, None));
            }
            Err(failure) => failure,
        },
        Err(e) if e.is_transient() => LoadFailure::Fetch(e),
        Err(e) => return Err(LoadFailure::Fetch(e)),
    };
    match offline::recall(absolute_url).await {
        Some((bytes, saved_ms)) => match load_fresh(&bytes) {
            Ok(loaded) => Ok((loaded, Some(Offline { saved_ms, failure }))),
            Err(_) => Err(failure),
        },
        None => Err(failure),
    }
}

pub struct CatalogueLoad {
    pub state: LoadState,
    pub retry: Callback<()>,
    /// Details being fetched or that failed, by procedure id.
    pub details: Rc<VecMap<DetailStatus>>,
    /// Fetches a procedure's detail file (again, after a failure); nothing when it is
    /// loaded, loading, or not an index entry.
    pub fetch_detail: Callback<String>,
}

/// `services`: the loader's, which may hold the catalogue's fetch started before the wasm
/// came (taken once; a retry or another URL fetches anew).
#[hook]
pub fn use_catalogue(url: AttrValue, timeout_ms: u32, services: JsValue) -> CatalogueLoad {
    let state = use_state(|| LoadState::Loading);
    // The URL the state belongs to: right after the `catalogue` attribute changed, the
    // state is still the old catalogue's, which must not be shown (or announced as
    // ready) as if it were the new one.
    let state_url = use_state(AttrValue::default);
    let attempt = use_state(|| 0u32);
    // A newer request makes an older one's answer stale: only the latest may land.
    let generation = use_mut_ref(|| Rc::new(Cell::new(0u32)));
    {
        let state = state.clone();
        let state_url = state_url.clone();
        let generation = generation.borrow().clone();
        use_effect_with((url.clone(), *attempt), move |(url, _)| {
            let mine = generation.get().wrapping_add(1);
            generation.set(mine);
            state_url.set(url.clone());
            if url.is_empty() {
                state.set(LoadState::Failed(LoadFailure::NoUrl));
                return;
            }
            state.set(LoadState::Loading);
            let url = url.clone();
            spawn_local(async move {
                let base = absolute(&url).unwrap_or_else(|| url.to_string());
                let next = match fetch_catalogue(&url, &base, timeout_ms, &services).await {
                    Err(failure) => LoadState::Failed(failure),
                    Ok((loaded, offline)) => LoadState::Loaded {
                        loaded: Shared(loaded),
                        base: base.into(),
                        generation: mine,
                        offline,
                    },
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
    // --- detail files, fetched on demand and kept: the catalogue itself holds them ---
    let details = use_state(|| Rc::new(VecMap::<DetailStatus>::new()));
    // The state as it is when a fetch ends (another detail may have landed meanwhile).
    let latest = use_mut_ref(|| LoadState::Loading);
    *latest.borrow_mut() = (*state).clone();
    let latest_details = use_mut_ref(|| Rc::new(VecMap::new()));
    *latest_details.borrow_mut() = (*details).clone();
    let fetch_detail = {
        let state = state.clone();
        let details = details.clone();
        let latest = latest.clone();
        let latest_details = latest_details.clone();
        Callback::from(move |id: String| {
            let LoadState::Loaded {
                loaded,
                base,
                offline: shown_offline,
                ..
            } = &*latest.borrow()
            else {
                return;
            };
            let shown_offline = shown_offline.clone();
            let Some(p) = loaded.catalogue.as_ref().and_then(|c| c.procedure(&id)) else {
                return;
            };
            if !p.needs_detail() || latest_details.borrow().get(&id) == Some(&DetailStatus::Loading)
            {
                return;
            }
            let Some(url) = p
                .href
                .as_deref()
                .and_then(|h| web_sys::Url::new_with_base(h, base).ok())
                .map(|u| u.href())
            else {
                return;
            };
            let set_status = {
                let details = details.clone();
                let latest_details = latest_details.clone();
                move |id: &str, status: Option<DetailStatus>| {
                    let mut next = (*latest_details.borrow()).as_ref().clone();
                    match status {
                        Some(s) => next.insert(id.to_owned(), s),
                        None => next.remove(id),
                    };
                    let next = Rc::new(next);
                    *latest_details.borrow_mut() = next.clone();
                    details.set(next);
                }
            };
            set_status(&id, Some(DetailStatus::Loading));
            let state = state.clone();
            let latest = latest.clone();
            let base = base.clone();
            spawn_local(async move {
                // Like the catalogue: kept when good, the saved copy when the network fails.
                let bytes = match fetch_bytes(&url, timeout_ms).await {
                    Ok(bytes) => bytes,
                    Err(e) => match offline::recall(&url).await.filter(|_| e.is_transient()) {
                        Some((bytes, _)) => bytes,
                        None => {
                            set_status(&id, Some(DetailStatus::Failed(DetailFailure::Fetch(e))));
                            return;
                        }
                    },
                };
                // Laid over the catalogue as it is now (a copy: no borrow may live
                // across an await); dropped if another catalogue was loaded meanwhile.
                let now = latest.borrow().clone();
                let LoadState::Loaded {
                    loaded,
                    base: now_base,
                    generation,
                    ..
                } = now
                else {
                    return;
                };
                if now_base != base {
                    return;
                }
                let Some(catalogue) = loaded.catalogue.as_ref() else {
                    return;
                };
                let (detail, diagnostics) = load_detail(&bytes, &id, catalogue);
                let good = !diagnostics.iter().any(Diagnostic::is_error);
                match detail.and_then(|d| catalogue.with_detail(d)) {
                    Some(catalogue) => {
                        let mut all = loaded.diagnostics.clone();
                        all.extend(diagnostics);
                        let next = LoadState::Loaded {
                            loaded: Shared(Rc::new(Loaded {
                                catalogue: Some(catalogue),
                                diagnostics: all,
                            })),
                            base,
                            generation,
                            offline: shown_offline,
                        };
                        // Seen at once by a detail landing before the next render.
                        *latest.borrow_mut() = next.clone();
                        state.set(next);
                        set_status(&id, None);
                        // After the state is set: nothing may land between reading and
                        // writing it.
                        if good {
                            let copy = js_sys::Uint8Array::from(&bytes[..]);
                            drop(bytes);
                            offline::keep(&url, &copy, js_sys::Date::now()).await;
                        }
                    }
                    None => set_status(
                        &id,
                        Some(DetailStatus::Failed(DetailFailure::Invalid(Rc::new(
                            diagnostics,
                        )))),
                    ),
                }
            });
        })
    };
    CatalogueLoad {
        state: if *state_url == url {
            (*state).clone()
        } else {
            LoadState::Loading
        },
        retry,
        details: (*details).clone(),
        fetch_detail,
    }
}
