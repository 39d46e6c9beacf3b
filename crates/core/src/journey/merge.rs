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
use std::collections::BTreeSet;

use crate::catalogue::Procedure;

use super::{apply, Answer, Event, Journey, Tick, TickTarget};

/// One thing of a journey that changes on its own, with its own time in
/// [`Journey::changed`].
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
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

/// Every item `j` has a value or a time for.
pub(super) fn items(j: &Journey, out: &mut BTreeSet<Item>) {
    out.extend(j.answers.iter().map(|a| Item::Answer(a.question.clone())));
    if j.office.is_some() {
        out.insert(Item::Office);
    }
    if j.channel.is_some() {
        out.insert(Item::Channel);
    }
    out.extend(j.ticks.iter().map(|t| Item::Tick(t.target.clone())));
    out.extend(j.looked_up.iter().cloned().map(Item::LookedUp));
    out.extend(j.done_steps.iter().cloned().map(Item::Step));
    out.extend(j.changed.keys().cloned());
}

/// Gives `item` in `to` the value it has in `from` (none included). Lists keep their
/// order; an item new to `to` goes last.
fn copy(to: &mut Journey, from: &Journey, item: &Item) {
    match item {
        Item::Answer(q) => match from.answer(q) {
            Some(v) => match to.answers.iter_mut().find(|a| a.question == *q) {
                Some(a) => v.clone_into(&mut a.value),
                None => to.answers.push(Answer {
                    question: q.clone(),
                    value: v.to_owned(),
                }),
            },
            None => to.answers.retain(|a| a.question != *q),
        },
        Item::Office => to.office.clone_from(&from.office),
        Item::Channel => to.channel.clone_from(&from.channel),
        Item::Tick(target) => match from.tick(target) {
            Some(t) => match to.ticks.iter_mut().find(|k| k.target == *target) {
                Some(k) => k.fingerprint = t.fingerprint,
                None => to.ticks.push(t.clone()),
            },
            None => to.ticks.retain(|k| k.target != *target),
        },
        Item::LookedUp(d) => copy_flag(&mut to.looked_up, d, from.is_looked_up(d)),
        Item::Step(s) => copy_flag(&mut to.done_steps, s, from.is_step_done(s)),
    }
}

fn copy_flag(list: &mut Vec<String>, id: &str, on: bool) {
    let there = list.iter().any(|x| x == id);
    if on && !there {
        list.push(id.to_owned());
    } else if !on && there {
        list.retain(|x| x != id);
    }
}

/// `local` with everything `stored` knows that it does not: per item the later change
/// (equal times: the larger value), the later "start over" with its nonce (equal: the
/// larger nonce), the later `touched`. `local`'s view stays (each widget shows its own).
/// Journeys of two procedures do not merge: `local` comes back.
pub fn merge(local: &Journey, stored: &Journey) -> Journey {
    if local.procedure != stored.procedure {
        return local.clone();
    }
    let mut out = local.clone();
    (out.started, out.nonce) = (local.started, local.nonce).max((stored.started, stored.nonce));
    out.touched = local.touched.max(stored.touched);
    let mut all = BTreeSet::new();
    items(local, &mut all);
    items(stored, &mut all);
    for item in all {
        let mine = (time(local, &item), value(local, &item));
        let theirs = (time(stored, &item), value(stored, &item));
        let (at, from_stored) = if theirs > mine {
            (theirs.0, true)
        } else {
            (mine.0, false)
        };
        if at < out.started {
            // Changed before a start over: gone, and nothing to remember about it.
            copy(&mut out, &Journey::default(), &item);
            out.changed.remove(&item);
            continue;
        }
        if from_stored {
            copy(&mut out, stored, &item);
        }
        if at == 0 {
            out.changed.remove(&item);
        } else {
            out.changed.insert(item, at);
        }
    }
    out
}

/// The two hold the same progress: everything but the view, lists in any order.
pub fn same_progress(a: &Journey, b: &Journey) -> bool {
    fn sorted<T: Clone, K: Ord>(list: &[T], key: impl Fn(&T) -> K) -> Vec<T> {
        let mut out = list.to_vec();
        out.sort_by_key(key);
        out
    }
    let answers = |j: &Journey| sorted(&j.answers, |a: &Answer| a.question.clone());
    let ticks = |j: &Journey| sorted(&j.ticks, |t: &Tick| t.target.clone());
    let ids = |list: &[String]| sorted(list, String::clone);
    a.procedure == b.procedure
        && a.nonce == b.nonce
        && a.touched == b.touched
        && a.started == b.started
        && a.changed == b.changed
        && a.office == b.office
        && a.channel == b.channel
        && answers(a) == answers(b)
        && ticks(a) == ticks(b)
        && ids(&a.looked_up) == ids(&b.looked_up)
        && ids(&a.done_steps) == ids(&b.done_steps)
}

/// `stored` already holds everything of `journey` (but perhaps its view): writing the
/// merge back would tell the other tabs nothing. What keeps two tabs from answering
/// each other's saves forever.
pub fn covers(stored: &Journey, journey: &Journey) -> bool {
    same_progress(&merge(stored, journey), stored)
}

/// The latest time `j` knows of.
fn latest(j: &Journey) -> u64 {
    j.changed.values().copied().fold(j.started, u64::max)
}

/// [`apply`], then every item the event changed stamped with `now` (later than the
/// item's last change and than the last start over, so that it wins over whatever the
/// person saw before acting), and the journey touched at `now`. "Start over" is itself
/// stamped, later than everything the journey knew.
pub fn apply_at(journey: &Journey, event: Event, procedure: &Procedure, now: u64) -> Journey {
    let start_over = matches!(event, Event::StartOver { .. });
    let mut next = apply(journey, event, procedure);
    if next.procedure != procedure.id {
        return next;
    }
    if start_over {
        next.started = now.max(latest(journey).saturating_add(1));
        next.changed.clear();
    } else {
        let mut all = BTreeSet::new();
        items(journey, &mut all);
        items(&next, &mut all);
        for item in all {
            if value(journey, &item) != value(&next, &item) {
                let at = now
                    .max(next.started)
                    .max(time(journey, &item).saturating_add(1));
                next.changed.insert(item, at);
            }
        }
    }
    next.touched = now;
    next
}

/// Every item whose value `after` changed from `before` (a catalogue change, not the
/// person) stamped just after its last change: the change follows from what it saw, so
/// a merge with a copy that has not seen it does not undo it.
pub(super) fn stamp_after(before: &Journey, after: &mut Journey) {
    let mut all = BTreeSet::new();
    items(before, &mut all);
    items(after, &mut all);
    for item in all {
        if value(before, &item) != value(after, &item) {
            let at = time(before, &item).saturating_add(1).max(after.started);
            after.changed.insert(item, at);
        }
    }
}

/// Takes `item`'s value out of `journey` (not by the person: the catalogue no longer has
/// it, see [`reconcile`](super::reconcile)) as a change just after the item's last one,
/// so that a merge with a copy that still has it does not bring it back.
pub fn take_back(journey: &mut Journey, item: Item) {
    copy(journey, &Journey::default(), &item);
    let at = time(journey, &item).saturating_add(1).max(journey.started);
    journey.changed.insert(item, at);
}

/// The journey after another widget erased it from the device: nothing left, as if
/// started over after every change this copy knew of (so a tab that has not heard of
/// the erasure cannot bring them back); the nonce and view stay.
pub fn erased(journey: &Journey) -> Journey {
    let mut all = BTreeSet::new();
    items(journey, &mut all);
    if all.is_empty() {
        // Nothing to forget: the same journey, so that hearing "erased" twice changes
        // nothing the second time.
        return journey.clone();
    }
    Journey {
        procedure: journey.procedure.clone(),
        nonce: journey.nonce,
        touched: journey.touched,
        view: journey.view,
        started: latest(journey).saturating_add(1),
        ..Journey::default()
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
    let mut all = BTreeSet::new();
    items(journey, &mut all);
    for item in all {
        if now > 0 && value(journey, &item) != Value::None {
            out.changed.insert(item, now);
        }
    }
    out
}
