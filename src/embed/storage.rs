//! Journeys saved on the device, per the `storage` attribute: `localStorage` (the
//! default: still there tomorrow), `sessionStorage` (gone with the tab), or `none`
//! (kept in memory only, for shared computers).
//!
//! Keys hold the catalogue's id *and* its URL path, so two wards on one portal domain
//! never mix and a `?v=2` cache-buster does not orphan anyone's ticks. When the browser
//! refuses storage (private mode, sandboxed iframe, quota) the journey is kept in
//! memory and the caller is told, so the widget can say so instead of losing it.

use std::cell::RefCell;
use std::collections::BTreeMap;

use web_sys::Storage;

/// Where journeys are saved.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum StorageMode {
    #[default]
    Local,
    Session,
    /// Memory only: forgotten when the page is left.
    None,
}

impl StorageMode {
    pub fn from_attribute(value: &str) -> Option<StorageMode> {
        match value.trim().to_ascii_lowercase().as_str() {
            "local" => Some(StorageMode::Local),
            "session" => Some(StorageMode::Session),
            "none" => Some(StorageMode::None),
            _ => None,
        }
    }
}

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
    static MEMORY: RefCell<BTreeMap<String, String>> = const { RefCell::new(BTreeMap::new()) };
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
        let problem = match self.storage() {
            None if self.mode == StorageMode::None => None,
            None => Some(SaveProblem::Unavailable),
            Some(storage) => match storage.set_item(&key, json) {
                Ok(()) => {
                    MEMORY.with(|m| m.borrow_mut().remove(&key));
                    return Ok(());
                }
                Err(_) => Some(SaveProblem::Full),
            },
        };
        MEMORY.with(|m| m.borrow_mut().insert(key, json.to_owned()));
        problem.map_or(Ok(()), Err)
    }

    pub fn remove(&self, procedure: &str) {
        let key = self.key(procedure);
        MEMORY.with(|m| m.borrow_mut().remove(&key));
        if let Some(storage) = self.storage() {
            let _ = storage.remove_item(&key);
        }
    }

    /// Every saved journey of this catalogue: (procedure id, saved text).
    pub fn entries(&self) -> Vec<(String, String)> {
        let mut out: BTreeMap<String, String> = BTreeMap::new();
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
        out.into_iter().collect()
    }

    /// Erases every journey of this catalogue from this device.
    pub fn clear(&self) {
        for (procedure, _) in self.entries() {
            self.remove(&procedure);
        }
    }
}
