//! A map from strings kept as one sorted `Vec`: for the widget's few small maps (detail
//! files being fetched, the in-memory store). `BTreeMap` brings its own node code for
//! every key and value type into the wasm (about 12 KB gzip for three maps, issue 14);
//! this is a binary search and a `Vec` insert.

/// Keys in order, each once.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct VecMap<V> {
    entries: Vec<(String, V)>,
}

impl<V> VecMap<V> {
    pub const fn new() -> Self {
        VecMap {
            entries: Vec::new(),
        }
    }

    fn find(&self, key: &str) -> Result<usize, usize> {
        self.entries.binary_search_by(|(k, _)| k.as_str().cmp(key))
    }

    pub fn get(&self, key: &str) -> Option<&V> {
        let at = self.find(key).ok()?;
        self.entries.get(at).map(|(_, v)| v)
    }

    /// The value it replaced, if any.
    pub fn insert(&mut self, key: String, value: V) -> Option<V> {
        match self.find(&key) {
            Ok(at) => self
                .entries
                .get_mut(at)
                .map(|(_, v)| std::mem::replace(v, value)),
            Err(at) => {
                self.entries.insert(at, (key, value));
                None
            }
        }
    }

    pub fn remove(&mut self, key: &str) -> Option<V> {
        let at = self.find(key).ok()?;
        Some(self.entries.remove(at).1)
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// In key order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &V)> {
        self.entries.iter().map(|(k, v)| (k.as_str(), v))
    }

    /// In key order.
    pub fn into_vec(self) -> Vec<(String, V)> {
        self.entries
    }
}

#[cfg(test)]
mod tests {
    use super::VecMap;
    use proptest::prelude::*;
    use std::collections::BTreeMap;

    proptest! {
        /// The same answers as `BTreeMap` for any sequence of inserts and removes.
        #[test]
        fn behaves_as_a_btree_map(ops in proptest::collection::vec((any::<bool>(), "[a-c]{0,3}", any::<u8>()), 0..60)) {
            let mut ours = VecMap::new();
            let mut theirs = BTreeMap::new();
            for (insert, key, value) in ops {
                if insert {
                    prop_assert_eq!(ours.insert(key.clone(), value), theirs.insert(key, value));
                } else {
                    prop_assert_eq!(ours.remove(&key), theirs.remove(&key));
                }
                prop_assert_eq!(ours.len(), theirs.len());
            }
            for (k, v) in &theirs {
                prop_assert_eq!(ours.get(k), Some(v));
            }
            let listed: Vec<_> = ours.iter().map(|(k, v)| (k.to_owned(), *v)).collect();
            prop_assert_eq!(listed, theirs.clone().into_iter().collect::<Vec<_>>());
            prop_assert_eq!(ours.into_vec(), theirs.into_iter().collect::<Vec<_>>());
        }
    }
}
