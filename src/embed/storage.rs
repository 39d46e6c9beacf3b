//! Journeys saved on the device, per the `storage` attribute: `localStorage` (the
//! default: still there tomorrow), `sessionStorage` (gone with the tab), or `none`
//! (kept in memory only, for shared computers).
//!
//! Keys hold the catalogue's id *and* its URL path, so two wards on one portal domain
//! never mix and a `?v=2` cache-buster does not orphan anyone's ticks. When the browser
//! refuses storage (private mode, sandboxed iframe, quota) the journey is kept in
//! memory and the caller is told, so the widget can say so instead of losing it.

use procedure_guide_core::vec_map::VecMap;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::Storage;

use crate::embed::listener::WindowListener;

pub use procedure_guide_core::attributes::StorageMode;

/// Why a journey was kept in memory instead of on the device.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaveProblem {
    /// The browser refuses storage here (private mode, sandboxed frame, disabled).
    Unavailable,
    /// Storage is full.
    Full,
}

thread_local! {
    /// Journeys kept in memory: `storage="none"`, or storage refused. Shared by every
    /// widget of the page (they share one wasm instance).
    static MEMORY: RefCell<VecMap<String>> = const { RefCell::new(VecMap::new()) };
}

/// A widget following a journey key: (watch id, key, what to call).
type Watcher = (u32, String, Rc<dyn Fn()>);

thread_local! {
    /// Widgets following a journey key. Shared by every widget
    /// of the page, so a save by one reaches the others at once.
    static WATCHERS: RefCell<Vec<Watcher>> = const { RefCell::new(Vec::new()) };
    static NEXT_WATCH: Cell<u32> = const { Cell::new(0) };
    /// The window's `storage` event (a save in another tab), while anyone watches.
    static OTHER_TABS: RefCell<Option<WindowListener>> = const { RefCell::new(None) };
}

/// Calls the watchers of `key` (outside the borrow: a callback may watch or unwatch).
fn notify(key: &str) {
    let callbacks: Vec<Rc<dyn Fn()>> = WATCHERS.with(|w| {
        w.borrow()
            .iter()
            .filter(|(_, k, _)| k == key)
            .map(|(_, _, f)| Rc::clone(f))
            .collect()
    });
    for f in callbacks {
        f();
    }
}

fn notify_all() {
    // Each key once (a few watchers: no sort).
    let mut keys: Vec<String> = Vec::new();
    WATCHERS.with(|w| {
        for (_, k, _) in w.borrow().iter() {
            if !keys.contains(k) {
                keys.push(k.clone());
            }
        }
    });
    for key in keys {
        notify(&key);
    }
}

/// Following a journey key; dropping it stops.
pub struct Watch(u32);

impl Drop for Watch {
    fn drop(&mut self) {
        let id = self.0;
        let none_left = WATCHERS.with(|w| {
            let mut w = w.borrow_mut();
            w.retain(|(i, _, _)| *i != id);
            w.is_empty()
        });
        if none_left {
            // Dropped outside the borrow: the listener's own drop touches the window.
            let listener = OTHER_TABS.with(|l| l.borrow_mut().take());
            drop(listener);
        }
    }
}

const PREFIX: &str = "procedure-guide:1:";

/// The journeys of one catalogue on this device.
#[derive(Clone, Debug, PartialEq)]
pub struct JourneyStore {
    mode: StorageMode,
    /// `procedure-guide:1:<catalogue id>@<catalogue path>:`
    prefix: String,
}

impl JourneyStore {
    /// `catalogue_url` is absolute; only its path counts.
    pub fn new(mode: StorageMode, catalogue_id: &str, catalogue_url: &str) -> JourneyStore {
        let path = web_sys::Url::new(catalogue_url)
            .map(|u| {
                let mut p = u.host();
                p.push_str(&u.pathname());
                p
            })
            .unwrap_or_else(|_| catalogue_url.to_owned());
        let mut prefix = String::from(PREFIX);
        prefix.push_str(catalogue_id);
        prefix.push('@');
        prefix.push_str(&path);
        prefix.push(':');
        JourneyStore { mode, prefix }
    }

    pub fn mode(&self) -> StorageMode {
        self.mode
    }

    /// The key of a procedure's journey; also what the `storage` event carries.
    pub fn key(&self, procedure: &str) -> String {
        let mut key = self.prefix.clone();
        key.push_str(procedure);
        key
    }

    fn storage(&self) -> Option<Storage> {
        let window = web_sys::window()?;
        match self.mode {
            StorageMode::Local => window.local_storage().ok().flatten(),
            StorageMode::Session => window.session_storage().ok().flatten(),
            StorageMode::None => None,
        }
    }

    pub fn load(&self, procedure: &str) -> Option<String> {
        let key = self.key(procedure);
        if let Some(found) = MEMORY.with(|m| m.borrow().get(&key).cloned()) {
            return Some(found);
        }
        self.storage()?.get_item(&key).ok().flatten()
    }

    /// Saves, or keeps in memory and says why.
    pub fn save(&self, procedure: &str, json: &str) -> Result<(), SaveProblem> {
        let key = self.key(procedure);
        // Unchanged: nothing to write, and nobody to tell (watchers would only reload).
        // A journey in memory because storage failed is written again: storage may work
        // now, and the caller must hear if it still does not.
        let unchanged = match MEMORY.with(|m| m.borrow().get(&key).cloned()) {
            Some(kept) => self.mode == StorageMode::None && kept == json,
            None => {
                self.storage()
                    .and_then(|s| s.get_item(&key).ok().flatten())
                    .as_deref()
                    == Some(json)
            }
        };
        if unchanged {
            return Ok(());
        }
        let problem = match self.storage() {
            None if self.mode == StorageMode::None => None,
            None => Some(SaveProblem::Unavailable),
            Some(storage) => match storage.set_item(&key, json) {
                Ok(()) => {
                    MEMORY.with(|m| m.borrow_mut().remove(&key));
                    notify(&key);
                    return Ok(());
                }
                Err(_) => Some(SaveProblem::Full),
            },
        };
        MEMORY.with(|m| m.borrow_mut().insert(key.clone(), json.to_owned()));
        notify(&key);
        problem.map_or(Ok(()), Err)
    }

    pub fn remove(&self, procedure: &str) {
        if self.load(procedure).is_none() {
            return;
        }
        let key = self.key(procedure);
        MEMORY.with(|m| m.borrow_mut().remove(&key));
        if let Some(storage) = self.storage() {
            let _ = storage.remove_item(&key);
        }
        notify(&key);
    }

    /// Whether any journey of this catalogue is saved, without reading one: the list
    /// page asks it to know whether the journey module (which reads them) is needed.
    pub fn has_entries(&self) -> bool {
        let stored = self.storage().is_some_and(|storage| {
            let len = storage.length().unwrap_or(0);
            (0..len).any(|i| {
                storage
                    .key(i)
                    .ok()
                    .flatten()
                    .is_some_and(|key| key.starts_with(&self.prefix))
            })
        });
        stored
            || MEMORY.with(|m| {
                m.borrow()
                    .iter()
                    .any(|(key, _)| key.starts_with(&self.prefix))
            })
    }

    /// Every saved journey of this catalogue: (procedure id, saved text).
    pub fn entries(&self) -> Vec<(String, String)> {
        let mut out: VecMap<String> = VecMap::new();
        if let Some(storage) = self.storage() {
            let len = storage.length().unwrap_or(0);
            for i in 0..len {
                let Some(key) = storage.key(i).ok().flatten() else {
                    continue;
                };
                if let Some(procedure) = key.strip_prefix(&self.prefix) {
                    if let Some(value) = storage.get_item(&key).ok().flatten() {
                        out.insert(procedure.to_owned(), value);
                    }
                }
            }
        }
        MEMORY.with(|m| {
            for (key, value) in m.borrow().iter() {
                if let Some(procedure) = key.strip_prefix(&self.prefix) {
                    out.insert(procedure.to_owned(), value.clone());
                }
            }
        });
        out.into_vec()
    }

    /// Calls `on_change` whenever the journey of `procedure` is saved or removed by any
    /// widget of this page, or changed in storage by another tab (`storage` event), so
    /// two widgets showing the same procedure stay in step. The caller reads it and
    /// merges it into its own (`journey::merge`), never adopts it as it is: another tab
    /// may have written over a change of the caller's it had not heard of yet.
    pub fn watch(&self, procedure: &str, on_change: impl Fn() + 'static) -> Watch {
        let id = NEXT_WATCH.with(|n| {
            let id = n.get();
            n.set(id.wrapping_add(1));
            id
        });
        let key = self.key(procedure);
        WATCHERS.with(|w| w.borrow_mut().push((id, key, Rc::new(on_change))));
        OTHER_TABS.with(|l| {
            let mut l = l.borrow_mut();
            if l.is_none() {
                *l = Some(WindowListener::new("storage", |event| {
                    // `key` is null when another tab cleared all of storage.
                    match event.dyn_ref::<web_sys::StorageEvent>().map(|e| e.key()) {
                        Some(Some(key)) => notify(&key),
                        Some(None) => notify_all(),
                        None => {}
                    }
                }));
            }
        });
        Watch(id)
    }

    /// Erases every journey of this catalogue from this device.
    pub fn clear(&self) {
        for (procedure, _) in self.entries() {
            self.remove(&procedure);
        }
    }
}
