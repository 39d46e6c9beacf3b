//! Two copies of one journey made in two places at once (two tabs, two widgets of a
//! page), put back together without losing what either did.
//!
//! Each tickable item (an answer, the office, the channel, a tick, a "can look it up",
//! a step done) carries the time of its last change, taking back included
//! ([`Journey::changed`]). [`merge`] keeps, item by item, the later change: a map of
//! last-writer-wins registers, a join of a semilattice, so it is commutative,
//! associative and idempotent, and two tabs that have heard each other end with the
//! same journey whatever order the saves crossed in. Concurrent changes of *different*
//! items are both kept; a later untick beats an earlier tick. Equal times (two tabs in
//! the same millisecond) are settled by the value, the same way everywhere: a value
//! beats none, and between two values the larger.
//!
//! The times are causal, not only clock readings: [`apply_at`] stamps a change later
//! than the item's previous change, so a change made after seeing another one always
//! wins over it, even if the clock stepped back. "Start over" is a time of its own
//! ([`Journey::started`]): whatever changed before it is gone after a merge.
//!
//! The core has no clock: the caller passes the time.

use std::borrow::Cow;

use crate::catalogue::Procedure;

use super::{apply, Answer, Event, Journey, TickTarget};

/// One thing of a journey that changes on its own, with its own time in
/// [`Journey::changed`].
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Item {
    /// The answer to this question.
    Answer(String),
    Office,
    Channel,
    Tick(TickTarget),
    /// This paper can be looked up by the agency.
    LookedUp(String),
    /// This step is done.
    Step(String),
}

impl Item {
    /// The key under `m` in the saved state: `a/<question>`, `o`, `c`, `k/<tick target>`,
    /// `l/<paper>`, `s/<step>`.
    pub fn to_wire(&self) -> String {
        let (kind, id) = match self {
            Item::Answer(q) => ("a/", Cow::Borrowed(q.as_str())),
            Item::Office => ("o", Cow::Borrowed("")),
            Item::Channel => ("c", Cow::Borrowed("")),
            Item::Tick(t) => ("k/", Cow::Owned(t.to_wire())),
            Item::LookedUp(d) => ("l/", Cow::Borrowed(d.as_str())),
            Item::Step(s) => ("s/", Cow::Borrowed(s.as_str())),
        };
        let mut out = String::with_capacity(kind.len() + id.len());
        out.push_str(kind);
        out.push_str(&id);
        out
    }

    pub fn from_wire(s: &str) -> Option<Item> {
        let (kind, id) = s.split_once('/').unwrap_or((s, ""));
        let named = || (!id.is_empty()).then(|| id.to_owned());
        Some(match (kind, id) {
            ("o", "") => Item::Office,
            ("c", "") => Item::Channel,
            ("a", _) => Item::Answer(named()?),
            ("k", _) => Item::Tick(TickTarget::from_wire(id)?),
            ("l", _) => Item::LookedUp(named()?),
            ("s", _) => Item::Step(named()?),
            _ => return None,
        })
    }
}

/// When each item last changed, one entry per item, kept in the items' order so that
/// equal journeys compare equal. A sorted list rather than a `BTreeMap`: a journey has
/// tens of items, and the map's code would be most of this module's size in the wasm.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Times(Vec<(Item, u64)>);

impl Times {
    fn find(&self, item: &Item) -> Result<usize, usize> {
        self.0.binary_search_by(|(i, _)| i.cmp(item))
    }

    pub fn get(&self, item: &Item) -> Option<&u64> {
        self.find(item)
            .ok()
            .and_then(|i| self.0.get(i))
            .map(|(_, at)| at)
    }

    pub fn insert(&mut self, item: Item, at: u64) {
        match self.find(&item) {
            Ok(i) => {
                if let Some(entry) = self.0.get_mut(i) {
                    entry.1 = at;
                }
            }
            Err(i) => self.0.insert(i, (item, at)),
        }
    }

    pub fn remove(&mut self, item: &Item) {
        if let Ok(i) = self.find(item) {
            self.0.remove(i);
        }
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn clear(&mut self) {
        self.0.clear();
    }

    /// In the items' order.
    pub fn iter(&self) -> impl Iterator<Item = (&Item, u64)> {
        self.0.iter().map(|(item, at)| (item, *at))
    }
}

/// An item's value, compared only with the same item's: none is the least.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Value<'a> {
    None,
    Set,
    Text(Cow<'a, str>),
    Fingerprint(u32),
}

pub(super) fn value<'a>(j: &'a Journey, item: &Item) -> Value<'a> {
    let text = |s: Option<&'a str>| s.map_or(Value::None, |s| Value::Text(Cow::Borrowed(s)));
    match item {
        Item::Answer(q) => text(j.answer(q)),
        Item::Office => text(j.office.as_deref()),
        Item::Channel => j
            .channel
            .as_ref()
            .map_or(Value::None, |c| Value::Text(Cow::Owned(c.to_wire()))),
        Item::Tick(target) => j
            .tick(target)
            .map_or(Value::None, |t| Value::Fingerprint(t.fingerprint)),
        Item::LookedUp(d) => set(j.is_looked_up(d)),
        Item::Step(s) => set(j.is_step_done(s)),
    }
}

fn set(yes: bool) -> Value<'static> {
    if yes {
        Value::Set
    } else {
        Value::None
    }
}

/// When `item` last changed in `j`; 0 for a value saved without a time.
fn time(j: &Journey, item: &Item) -> u64 {
    j.changed.get(item).copied().unwrap_or(0)
}

/// Every item `j` has a value or a time for, some perhaps twice: what is done per item
/// here depends only on the journeys given, so doing it twice does no harm, and
/// leaving out the dedup keeps a set's code out of the wasm.
pub(super) fn items(j: &Journey, out: &mut Vec<Item>) {
    out.extend(j.answers.iter().map(|a| Item::Answer(a.question.clone())));
    if j.office.is_some() {
        out.push(Item::Office);
    }
    if j.channel.is_some() {
        out.push(Item::Channel);
    }
    out.extend(j.ticks.iter().map(|t| Item::Tick(t.target.clone())));
    out.extend(j.looked_up.iter().cloned().map(Item::LookedUp));
    out.extend(j.done_steps.iter().cloned().map(Item::Step));
    out.extend(j.changed.iter().map(|(item, _)| item.clone()));
}

/// Adds `item`'s value in `from` (if it has one) to `to`, which has none yet.
fn push(to: &mut Journey, from: &Journey, item: &Item) {
    match item {
        Item::Answer(q) => {
            if let Some(value) = from.answer(q) {
                to.answers.push(Answer {
                    question: q.clone(),
                    value: value.to_owned(),
                });
            }
        }
        Item::Office => to.office.clone_from(&from.office),
        Item::Channel => to.channel.clone_from(&from.channel),
        Item::Tick(target) => to.ticks.extend(from.tick(target).cloned()),
        Item::LookedUp(d) => to.looked_up.extend(from.is_looked_up(d).then(|| d.clone())),
        Item::Step(s) => to
            .done_steps
            .extend(from.is_step_done(s).then(|| s.clone())),
    }
}

/// `local` with everything `stored` knows that it does not: per item the later change
/// (equal times: the larger value), the later "start over" with its nonce (equal: the
/// larger nonce), the later `touched`. `local`'s view stays (each widget shows its own),
/// and so does the order of its lists; what is new comes after. Journeys of two
/// procedures do not merge: `local` comes back.
pub fn merge(local: &Journey, stored: &Journey) -> Journey {
    if local.procedure != stored.procedure {
        return local.clone();
    }
    let (started, nonce) = (local.started, local.nonce).max((stored.started, stored.nonce));
    let mut out = Journey {
        procedure: local.procedure.clone(),
        nonce,
        touched: local.touched.max(stored.touched),
        view: local.view,
        started,
        ..Journey::default()
    };
    let mut all = Vec::new();
    items(local, &mut all);
    items(stored, &mut all);
    for item in all {
        let mine = (time(local, &item), value(local, &item));
        let theirs = (time(stored, &item), value(stored, &item));
        let (at, from) = if theirs > mine {
            (theirs.0, stored)
        } else {
            (mine.0, local)
        };
        // Changed before a start over: gone, with nothing to remember about it. (An
        // item met twice has its value already.)
        if at < started || value(&out, &item) != Value::None {
            continue;
        }
        push(&mut out, from, &item);
        if at > 0 {
            out.changed.insert(item, at);
        }
    }
    out
}

/// The two hold the same progress: everything but the view, lists in any order.
pub fn same_progress(a: &Journey, b: &Journey) -> bool {
    // Lists hold no repeats (`apply` and `from_json` see to it), so equal lengths and
    // inclusion are equality as sets.
    fn same<T: PartialEq>(a: &[T], b: &[T]) -> bool {
        a.len() == b.len() && a.iter().all(|x| b.contains(x))
    }
    a.procedure == b.procedure
        && a.nonce == b.nonce
        && a.touched == b.touched
        && a.started == b.started
        && a.changed == b.changed
        && a.office == b.office
        && a.channel == b.channel
        && same(&a.answers, &b.answers)
        && same(&a.ticks, &b.ticks)
        && same(&a.looked_up, &b.looked_up)
        && same(&a.done_steps, &b.done_steps)
}

/// `stored` already holds everything of `journey` (but perhaps its view): writing the
/// merge back would tell the other tabs nothing. What keeps two tabs from answering
/// each other's saves forever. (Merged into `stored`, nothing new leaves `stored` as
/// it was, lists in its order: so plain equality tells.)
pub fn covers(stored: &Journey, journey: &Journey) -> bool {
    let mut merged = merge(stored, journey);
    merged.view = stored.view;
    merged == *stored
}

/// The latest time `j` knows of.
fn latest(j: &Journey) -> u64 {
    j.changed.iter().map(|(_, at)| at).fold(j.started, u64::max)
}

/// The one item an event can change ([`apply`] changes nothing else).
fn item_of(event: &Event) -> Option<Item> {
    Some(match event {
        Event::Answer { question, .. } | Event::ClearAnswer { question } => {
            Item::Answer(question.clone())
        }
        Event::ChooseOffice(_) | Event::ClearOffice => Item::Office,
        Event::ChooseChannel(_) | Event::ClearChannel => Item::Channel,
        Event::Tick(target) | Event::Untick(target) => Item::Tick(target.clone()),
        Event::MarkLookedUp { document, .. } => Item::LookedUp(document.clone()),
        Event::MarkStepDone(step) | Event::MarkStepUndone(step) => Item::Step(step.clone()),
        Event::GoTo(_) | Event::StartOver { .. } | Event::Touch { .. } => return None,
    })
}

/// [`apply`], then the item the event changed stamped with `now` (later than the
/// item's last change and than the last start over, so that it wins over whatever the
/// person saw before acting), and the journey touched at `now`. "Start over" is itself
/// stamped, later than everything the journey knew.
pub fn apply_at(journey: &Journey, event: Event, procedure: &Procedure, now: u64) -> Journey {
    let start_over = matches!(event, Event::StartOver { .. });
    let item = item_of(&event);
    let mut next = apply(journey, event, procedure);
    if next.procedure != procedure.id {
        return next;
    }
    if start_over {
        next.started = now.max(latest(journey).saturating_add(1));
        next.changed.clear();
    } else if let Some(item) = item {
        if value(journey, &item) != value(&next, &item) {
            let at = now
                .max(next.started)
                .max(time(journey, &item).saturating_add(1));
            next.changed.insert(item, at);
        }
    }
    next.touched = now;
    next
}

/// Every item whose value `after` changed from `before` (a catalogue change, not the
/// person) stamped just after its last change: the change follows from what it saw, so
/// a merge with a copy that has not seen it does not undo it.
pub(super) fn stamp_after(before: &Journey, after: &mut Journey) {
    let mut all = Vec::new();
    items(before, &mut all);
    items(after, &mut all);
    for item in all {
        if value(before, &item) != value(after, &item) {
            let at = time(before, &item).saturating_add(1).max(after.started);
            after.changed.insert(item, at);
        }
    }
}

/// `journey` without `item`'s value (not the person's doing: the catalogue no longer
/// has it, see [`reconcile`](super::reconcile)), taken back just after the item's last
/// change, so that a merge with a copy that still has it does not bring it back.
pub fn take_back(journey: &Journey, item: Item) -> Journey {
    let mut gone = Journey {
        procedure: journey.procedure.clone(),
        ..Journey::default()
    };
    let at = time(journey, &item).saturating_add(1).max(journey.started);
    gone.changed.insert(item, at);
    merge(journey, &gone)
}

/// The journey after another widget erased it from the device: nothing left, as if
/// started over after every change this copy knew of (so a tab that has not heard of
/// the erasure cannot bring them back); the nonce and view stay.
pub fn erased(journey: &Journey) -> Journey {
    let nothing = Journey {
        procedure: journey.procedure.clone(),
        nonce: journey.nonce,
        touched: journey.touched,
        view: journey.view,
        started: journey.started,
        ..Journey::default()
    };
    if *journey == nothing {
        // Nothing to forget: the same journey, so that hearing "erased" twice changes
        // nothing the second time.
        return nothing;
    }
    Journey {
        started: latest(journey).saturating_add(1),
        ..nothing
    }
}

/// The journey as if every choice in it had just been made at `now`, after a start
/// over: what a share link opened on this device becomes, so that it replaces, in the
/// other tabs too, whatever they had rather than being merged under their later ticks.
pub fn renewed(journey: &Journey, now: u64) -> Journey {
    let mut out = Journey {
        started: now,
        changed: Default::default(),
        ..journey.clone()
    };
    let mut all = Vec::new();
    items(journey, &mut all);
    for item in all {
        if now > 0 && value(journey, &item) != Value::None {
            out.changed.insert(item, now);
        }
    }
    out
}
