//! The file itself and its `catalogue` block (`portal`, `contact`): the root of the walk,
//! the ids gathered before anything refers to them, and the checks across procedures.

use crate::diagnostic::{Code, Detail, Expected};
use crate::i18n::Lang;
use crate::json::Json;

#[cfg(feature = "schema")]
use super::Ty;
use super::{FieldSpec, Shape};
use crate::catalogue::limits::{MAX_NAME_CHARS, MAX_PROCEDURES};
use crate::catalogue::model::*;
use crate::catalogue::read::{sorted, Ctx, Need, Obj, Seg};
#[cfg(feature = "schema")]
use crate::catalogue::schema::SchemaEntries;
#[cfg(any(test, feature = "to-json"))]
use crate::catalogue::write::{date, put, put_list, put_opt, s, text, Entries};

shape!(CATALOGUE "catalogue_file" rules schema_rules {
    "format" req Ty::Format,
    "catalogue" req Ty::Object(&INFO),
    "agencies" req Ty::List(&super::AGENCY),
    "fields" opt Ty::List(&super::FIELD),
    "life_events" opt Ty::List(&super::LIFE_EVENT),
    "procedures" req Ty::List(&super::PROCEDURE),
});

shape!(INFO "catalogue" {
    "id" req Ty::Id,
    "title" req Ty::Name,
    "publisher" opt Ty::Text,
    "updated" opt Ty::Date,
    "default_lang" opt Ty::Lang,
    "portal" opt Ty::Object(&PORTAL),
    "contact" opt Ty::Object(&CONTACT),
});

shape!(PORTAL "portal" {
    "name" opt Ty::Text,
    "url" opt Ty::Url,
    "lookup_url" opt Ty::Url,
    "feedback_url" opt Ty::Url,
});

shape!(CONTACT "contact" {
    "hotline" opt Ty::String,
    "email" opt Ty::String,
    "address" opt Ty::Text,
});

/// How many ids of a `replaced_by` cycle its message names.
const CHAIN_SHOWN: usize = 8;

/// Reads `procedure-guide/1` or `procedure-guide/1.N`; the minor version.
fn format_minor(s: &str) -> Option<u32> {
    let rest = s.strip_prefix("procedure-guide/1")?;
    if rest.is_empty() {
        return Some(0);
    }
    let minor = rest.strip_prefix('.')?;
    if minor.is_empty() || minor.len() > 9 || !minor.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    minor.parse().ok()
}

impl<'j> Ctx<'j> {
    pub(crate) fn catalogue(&mut self, json: &'j Json<'j>) -> Option<Catalogue> {
        let root = self.object(json, &CATALOGUE)?;
        let format_minor = match root.get("format") {
            None => return None,
            Some(value) => {
                self.push("format");
                let minor = value.as_str().and_then(format_minor);
                if minor.is_none() {
                    self.expected(Code::UnsupportedFormat, Expected::Format, value);
                }
                self.pop();
                minor?
            }
        };

        self.lang = root
            .get("catalogue")
            .and_then(|c| c.get("default_lang"))
            .and_then(Json::as_str)
            .and_then(Lang::from_tag)
            .unwrap_or(Lang::Vi);
        self.collect_ids(root);

        let info = self.info(root);
        let agencies = self.top_list(root, "agencies", true, Self::agency);
        let fields = self.top_list(root, "fields", false, Self::field);
        let life_events = self.top_list(root, "life_events", false, Self::life_event);
        let mut procedures = self.top_list(root, "procedures", true, |ctx, json| {
            ctx.procedure(json, true)
        });
        if procedures.len() > MAX_PROCEDURES {
            self.push("procedures");
            self.error(
                Code::TooManyProcedures,
                Detail::Limit {
                    limit: MAX_PROCEDURES,
                    actual: procedures.len(),
                },
            );
            self.pop();
            procedures.truncate(MAX_PROCEDURES);
        }
        self.replacement_cycles(root, &procedures);
        Some(Catalogue {
            format_minor,
            info,
            agencies,
            fields,
            life_events,
            procedures: procedures.into_iter().map(std::sync::Arc::new).collect(),
        })
    }

    /// Every id that can be referred to, gathered before anything refers to it.
    pub(crate) fn collect_ids(&mut self, root: Obj<'j>) {
        let items = |key: &str| {
            root.get(key)
                .and_then(Json::as_array)
                .unwrap_or_default()
                .iter()
        };
        let level = |agency: &Json<'_>| {
            agency
                .get("level")
                .and_then(Json::as_str)
                .and_then(Level::from_word)
        };
        self.agencies = sorted(items("agencies").filter_map(|a| a.get("id")?.as_str()));
        self.agency_levels = items("agencies").filter_map(level).collect();
        self.fields = sorted(items("fields").filter_map(|f| f.get("id")?.as_str()));
        self.procedures = sorted(items("procedures").filter_map(|p| p.get("id")?.as_str()));
    }

    /// A top-level list whose items are dropped one by one on error, and whose repeated
    /// ids drop the later item.
    pub(crate) fn top_list<T>(
        &mut self,
        root: Obj<'j>,
        key: &'static str,
        required: bool,
        item: impl Fn(&mut Self, &'j Json<'j>) -> Option<T>,
    ) -> Vec<T> {
        let repeats = self.duplicates(root, key);
        let mut index = 0;
        let need = if required {
            Need::Present
        } else {
            Need::Optional
        };
        self.list(root, key, need, |ctx, json| {
            let i = index;
            index += 1;
            if repeats.binary_search(&i).is_ok() {
                return None;
            }
            ctx.item(|ctx| item(ctx, json))
        })
    }

    pub(crate) fn info(&mut self, root: Obj<'j>) -> CatalogueInfo {
        let mut info = CatalogueInfo {
            id: String::new(),
            title: Text::default(),
            publisher: None,
            updated: None,
            default_lang: self.lang,
            portal: None,
            contact: None,
        };
        let Some(json) = root.get("catalogue") else {
            return info;
        };
        self.push("catalogue");
        if let Some(obj) = self.object(json, &INFO) {
            info.id = self.req_id(obj).unwrap_or_default();
            info.title = self
                .req_text(obj, "title", MAX_NAME_CHARS)
                .unwrap_or_default();
            info.publisher = self.opt_text(obj, "publisher");
            info.updated = self.opt_date(obj, "updated");
            if let Some(tag) = obj.get("default_lang") {
                self.push("default_lang");
                self.soft += 1;
                if let Some(s) = self.string(tag) {
                    if Lang::from_tag(s).is_none() {
                        self.expected(Code::InvalidValue, Expected::OneOf(&["vi", "en"]), tag);
                    }
                }
                self.soft -= 1;
                self.pop();
            }
            self.soft += 1;
            if let Some(portal) = obj.get("portal") {
                self.push("portal");
                info.portal = self.object(portal, &PORTAL).map(|p| Portal {
                    name: self.opt_text(p, "name"),
                    url: self.opt_url(p, "url"),
                    lookup_url: self.opt_url(p, "lookup_url"),
                    feedback_url: self.opt_url(p, "feedback_url"),
                });
                self.pop();
            }
            if let Some(contact) = obj.get("contact") {
                self.push("contact");
                info.contact = self.object(contact, &CONTACT).map(|c| Contact {
                    hotline: self.opt_string(c, "hotline"),
                    email: self.opt_string(c, "email"),
                    address: self.opt_text(c, "address"),
                });
                self.pop();
            }
            self.soft -= 1;
        }
        self.pop();
        info
    }

    /// Follows `replaced_by` from every procedure and reports every procedure on a chain
    /// that comes back to it. Linear: each procedure is walked once (a 20,000-long chain
    /// of recoded procedures once took minutes), and a message names at most
    /// [`CHAIN_SHOWN`] ids of its cycle.
    pub(crate) fn replacement_cycles(&mut self, root: Obj<'j>, procedures: &[Procedure]) {
        // Only replaced procedures can continue a chain.
        // (id, position in `procedures`): the same type and order as `positions` below,
        // so the wasm holds one sort for both.
        let mut by_id: Vec<(&str, usize)> = procedures
            .iter()
            .enumerate()
            .filter(|(_, p)| p.replaced_by.is_some())
            .map(|(i, p)| (p.id.as_str(), i))
            .collect();
        by_id.sort_unstable();
        let node = |id: &str| by_id.binary_search_by(|e| e.0.cmp(id)).ok();
        let next: Vec<Option<usize>> = by_id
            .iter()
            .map(|e| {
                procedures
                    .get(e.1)
                    .and_then(|p| p.replaced_by.as_deref())
                    .and_then(node)
            })
            .collect();
        let Cycles { state, cycles, .. } = cycles_of(&next);
        if cycles.is_empty() {
            return;
        }
        let raw = root
            .get("procedures")
            .and_then(Json::as_array)
            .unwrap_or_default();
        // Position of the first procedure with each id in the file.
        let mut positions: Vec<(&str, usize)> = raw
            .iter()
            .enumerate()
            .filter_map(|(i, r)| Some((r.get("id").and_then(Json::as_str)?, i)))
            .collect();
        positions.sort_unstable();
        for p in procedures.iter().filter(|p| p.replaced_by.is_some()) {
            let Some(i) = node(&p.id) else { continue };
            let Some(cycle) = state.get(i).and_then(|&c| cycles.get(c)) else {
                continue;
            };
            let from = cycle.iter().position(|&m| m == i).unwrap_or(0);
            let mut chain: Vec<&str> = cycle
                .iter()
                .cycle()
                .skip(from)
                .take(cycle.len().min(CHAIN_SHOWN))
                .filter_map(|&m| by_id.get(m).map(|e| e.0))
                .collect();
            if cycle.len() > CHAIN_SHOWN {
                chain.push("…");
            }
            chain.push(p.id.as_str());
            let first = positions.partition_point(|e| e.0 < p.id.as_str());
            let index = positions
                .get(first)
                .filter(|e| e.0 == p.id)
                .map_or(0, |e| e.1);
            self.push("procedures");
            self.path.push(Seg::Index(index));
            self.push("replaced_by");
            self.error(Code::ReplacementCycle, Detail::Name(chain.join(" → ")));
            self.path.truncate(self.path.len() - 3);
        }
    }
}

/// The cycles of the graph where node `i` leads to `next[i]`.
pub(crate) struct Cycles {
    /// For each node, the cycle it lies on (an index into `cycles`), or a value past
    /// the end when it is on none.
    pub state: Vec<usize>,
    pub cycles: Vec<Vec<usize>>,
    /// Nodes visited in all: at most twice the node count (each node is walked once and
    /// looked at once more where a walk stops), which the tests check: linear by count,
    /// not by a clock.
    #[cfg_attr(not(test), allow(dead_code))]
    pub steps: usize,
}

pub(crate) fn cycles_of(next: &[Option<usize>]) -> Cycles {
    // For each node, the cycle it lies on (an index into `cycles`), if any.
    const NEW: usize = usize::MAX;
    const WALKING: usize = usize::MAX - 1;
    const DONE: usize = usize::MAX - 2;
    let mut state = vec![NEW; next.len()];
    let mut cycles: Vec<Vec<usize>> = Vec::new();
    let mut walk = Vec::new();
    let mut steps = 0usize;
    for start in 0..next.len() {
        walk.clear();
        let mut at = Some(start);
        while let Some(i) = at {
            steps += 1;
            match state.get(i).copied() {
                Some(NEW) => {}
                Some(WALKING) => {
                    // Back on this walk: from `i` to the end is a cycle.
                    if let Some(from) = walk.iter().position(|&w| w == i) {
                        let members = walk.get(from..).unwrap_or_default().to_vec();
                        for &m in &members {
                            if let Some(s) = state.get_mut(m) {
                                *s = cycles.len();
                            }
                        }
                        cycles.push(members);
                    }
                    break;
                }
                _ => break,
            }
            if let Some(s) = state.get_mut(i) {
                *s = WALKING;
            }
            walk.push(i);
            at = next.get(i).copied().flatten();
        }
        for &w in &walk {
            if let Some(s) = state.get_mut(w) {
                if *s == WALKING {
                    *s = DONE;
                }
            }
        }
    }
    Cycles {
        state,
        cycles,
        steps,
    }
}

/// The whole file; the inverse of [`Ctx::catalogue`].
#[cfg(any(test, feature = "to-json"))]
pub(crate) fn write(c: &Catalogue) -> Json<'static> {
    let mut e = Entries::new();
    let format = if c.format_minor == 0 {
        "procedure-guide/1".to_string()
    } else {
        format!("procedure-guide/1.{}", c.format_minor)
    };
    put(&mut e, "format", Json::string(format));
    let i = &c.info;
    let mut info = Entries::new();
    put(&mut info, "id", s(&i.id));
    put(&mut info, "title", text(&i.title));
    put_opt(&mut info, "publisher", i.publisher.as_ref(), text);
    put_opt(&mut info, "updated", i.updated.as_ref(), date);
    put(&mut info, "default_lang", s(i.default_lang.tag()));
    put_opt(&mut info, "portal", i.portal.as_ref(), |p| {
        let mut e = Entries::new();
        put_opt(&mut e, "name", p.name.as_ref(), text);
        put_opt(&mut e, "url", p.url.as_deref(), s);
        put_opt(&mut e, "lookup_url", p.lookup_url.as_deref(), s);
        put_opt(&mut e, "feedback_url", p.feedback_url.as_deref(), s);
        Json::Object(e)
    });
    put_opt(&mut info, "contact", i.contact.as_ref(), |c| {
        let mut e = Entries::new();
        put_opt(&mut e, "hotline", c.hotline.as_deref(), s);
        put_opt(&mut e, "email", c.email.as_deref(), s);
        put_opt(&mut e, "address", c.address.as_ref(), text);
        Json::Object(e)
    });
    put(&mut e, "catalogue", Json::Object(info));
    put(
        &mut e,
        "agencies",
        Json::Array(c.agencies.iter().map(super::agency::write).collect()),
    );
    put_list(&mut e, "fields", &c.fields, super::field::write);
    put_list(
        &mut e,
        "life_events",
        &c.life_events,
        super::life_event::write,
    );
    put(
        &mut e,
        "procedures",
        Json::Array(
            c.procedures
                .iter()
                .map(|p| super::procedure::write(p))
                .collect(),
        ),
    );
    Json::Object(e)
}

/// A cap the types cannot say: how many procedures one file may hold.
#[cfg(feature = "schema")]
fn schema_rules(entries: &mut SchemaEntries) {
    use crate::catalogue::schema::{n, property_mut};

    if let Some(procedures) = property_mut(entries, "procedures") {
        procedures.push(("maxItems".into(), n(MAX_PROCEDURES as u64)));
    }
}
