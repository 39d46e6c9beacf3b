//! One person's way through one procedure, as plain data, and everything derived from it.
//!
//! Data flows one way: a click becomes an [`Event`]; [`apply`] turns the old [`Journey`]
//! and the event into a new one (pure: no clock, no randomness, no storage; the caller
//! passes the time and the nonce); the views (questions to ask, channels, time limit and
//! fees, the [`Checklist`] with its [`MissingCount`], the [`StepList`]) are computed from
//! `(&Procedure, &Journey)` every time, never stored. The Yew reducer is a one-line
//! adapter over [`apply_at`] ([`apply`] plus the time of each change), and storage
//! writes happen after it, outside the core. Two copies of a journey changed at once
//! (two tabs) are put back together by [`merge`], item by item, the later change
//! winning (see `merge.rs`).
//!
//! **Invariant**: a journey only refers to things by their stable catalogue ids (plus a
//! [`ChannelKey`] for channels without one), so it can be saved ([`to_json`]), carried in
//! a share link, and laid over a newer catalogue ([`reconcile`]) with what still matches.
//!
//! **Invariant**: [`apply`] never panics and never fails: an event that does not make
//! sense for the procedure (an unknown id, an option of another question, a channel that
//! does not apply) leaves the journey as it was.
//!
//! What is kept when answers change: ticks, done steps and the chosen channel stay in
//! the journey even when they stop applying (they come back if the answer changes back),
//! but the views never count or use anything that does not apply.

mod channel;
mod checklist;
pub mod compact;
mod condition;
mod merge;
mod milestones;
pub mod person;
mod reconcile;
pub mod session;
pub mod share;
mod situation;
mod steps;
mod store;

#[cfg(test)]
mod tests;

pub use channel::{
    channel_applies, channels, chosen_channel, chosen_office, fees, map_search, office, offices,
    only_channel, only_office, own_name, own_name_text, pays_online, shared_facts, time_limit,
    url_host, ChannelOption, FeeLine, OwnName, SharedFacts, TimeLimitView,
};
pub use checklist::{
    checklist, document_applies, fingerprint, quantity, resolve_tick, tick_state, Checklist,
    ChecklistItem, ItemStatus, MissingCount, TickState,
};
pub use condition::{effective_answer, evaluate, question_applies, Applies};
pub use merge::{apply_at, covers, erased, merge, renewed, same_progress, take_back, Item, Times};
pub use milestones::{milestones, Milestone};
pub use reconcile::{reconcile, Notice};
pub use share::{plain_text, ShareError};
pub use situation::{phases, questions, stop, AskedQuestion, Phase, StopReached};
pub use steps::{step_applies, steps, StepItem, StepList};
pub use store::{from_json, to_json, RestoreError, VERSION};

use crate::catalogue::{ChannelKind, OnlineLevel, Procedure, QuestionKind};

/// The views of a journey, in the order a person meets them (DESIGN.md).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum View {
    #[default]
    Overview,
    Situation,
    Office,
    Channel,
    Documents,
    Steps,
    Summary,
}

impl View {
    pub const ALL: &'static [View] = &[
        View::Overview,
        View::Situation,
        View::Office,
        View::Channel,
        View::Documents,
        View::Steps,
        View::Summary,
    ];

    /// The word saved in the state and in `history.state`.
    pub fn as_str(self) -> &'static str {
        match self {
            View::Overview => "overview",
            View::Situation => "situation",
            View::Office => "office",
            View::Channel => "channel",
            View::Documents => "documents",
            View::Steps => "steps",
            View::Summary => "summary",
        }
    }

    pub fn from_word(word: &str) -> Option<View> {
        View::ALL.iter().copied().find(|v| v.as_str() == word)
    }
}

/// An answer to a question: `yes`/`no` for a yes/no question, an option id for a choice,
/// the same words the catalogue's conditions use.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Answer {
    pub question: String,
    pub value: String,
}

/// Names one channel of a procedure across catalogue updates.
///
/// Channels may lack an id. The key is then the channel's kind and online level plus its
/// place among the *unnamed* channels of that same kind and level (nearly always the
/// first), not its position in the list: adding, removing or reordering channels of
/// other kinds does not move it. If the publisher later gives the channel an id, or
/// removes a twin, [`reconcile`] re-keys it when exactly one channel of that kind and
/// level remains.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum ChannelKey {
    Id(String),
    Unnamed {
        kind: ChannelKind,
        level: Option<OnlineLevel>,
        /// 0 for the first unnamed channel of this kind and level.
        nth: u16,
    },
}

impl ChannelKey {
    /// The key of the channel at `index`, if there is one.
    pub fn of(procedure: &Procedure, index: usize) -> Option<ChannelKey> {
        let channel = procedure.channels.get(index)?;
        if let Some(id) = &channel.id {
            return Some(ChannelKey::Id(id.clone()));
        }
        let nth = procedure
            .channels
            .iter()
            .take(index)
            .filter(|c| {
                c.id.is_none() && c.kind == channel.kind && c.online_level == channel.online_level
            })
            .count();
        Some(ChannelKey::Unnamed {
            kind: channel.kind,
            level: channel.online_level,
            nth: u16::try_from(nth).unwrap_or(u16::MAX),
        })
    }

    /// Where the channel is in `procedure.channels` now.
    pub fn resolve(&self, procedure: &Procedure) -> Option<usize> {
        match self {
            ChannelKey::Id(id) => procedure
                .channels
                .iter()
                .position(|c| c.id.as_deref() == Some(id)),
            ChannelKey::Unnamed { kind, level, nth } => procedure
                .channels
                .iter()
                .enumerate()
                .filter(|(_, c)| c.id.is_none() && c.kind == *kind && c.online_level == *level)
                .nth(usize::from(*nth))
                .map(|(i, _)| i),
        }
    }

    /// The compact form saved in the state: the id, or `~` + kind (+ level) with `.N` for
    /// the N-th twin (`~in_person`, `~online4`, `~post.2`). `~` cannot start an id.
    pub fn to_wire(&self) -> String {
        match self {
            ChannelKey::Id(id) => id.clone(),
            ChannelKey::Unnamed { kind, level, nth } => {
                let mut s = String::with_capacity(14);
                s.push('~');
                s.push_str(kind.as_str());
                if let Some(level) = level {
                    s.push(char::from(b'0' + level.number()));
                }
                if *nth > 0 {
                    s.push('.');
                    s.push_str(&(u32::from(*nth) + 1).to_string());
                }
                s
            }
        }
    }

    pub fn from_wire(s: &str) -> Option<ChannelKey> {
        let Some(rest) = s.strip_prefix('~') else {
            return (!s.is_empty()).then(|| ChannelKey::Id(s.to_string()));
        };
        let (head, nth) = match rest.split_once('.') {
            Some((head, n)) => {
                let n: u32 = n.parse().ok()?;
                (head, u16::try_from(n.checked_sub(2)? + 1).ok()?)
            }
            None => (rest, 0),
        };
        let (kind, level) = match head {
            "in_person" => (ChannelKind::InPerson, None),
            "post" => (ChannelKind::Post, None),
            "online3" => (ChannelKind::Online, Some(OnlineLevel::Partial)),
            "online4" => (ChannelKind::Online, Some(OnlineLevel::Full)),
            _ => return None,
        };
        Some(ChannelKey::Unnamed { kind, level, nth })
    }
}

/// What a tick is on: a paper, one alternative of a `one_of` group, or one paper of an
/// `all_of` alternative. Only these leaves are ticked; a group is satisfied through them.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TickTarget {
    pub document: String,
    pub alternative: Option<String>,
    pub part: Option<String>,
}

impl TickTarget {
    pub fn document(id: impl Into<String>) -> TickTarget {
        TickTarget {
            document: id.into(),
            alternative: None,
            part: None,
        }
    }

    pub fn alternative(id: impl Into<String>, alternative: impl Into<String>) -> TickTarget {
        TickTarget {
            document: id.into(),
            alternative: Some(alternative.into()),
            part: None,
        }
    }

    pub fn part(
        id: impl Into<String>,
        alternative: impl Into<String>,
        part: impl Into<String>,
    ) -> TickTarget {
        TickTarget {
            document: id.into(),
            alternative: Some(alternative.into()),
            part: Some(part.into()),
        }
    }

    /// `doc`, `doc/alt` or `doc/alt/part`: ids never hold `/`.
    pub fn to_wire(&self) -> String {
        let mut s = self.document.clone();
        for id in [&self.alternative, &self.part].into_iter().flatten() {
            s.push('/');
            s.push_str(id);
        }
        s
    }

    pub fn from_wire(s: &str) -> Option<TickTarget> {
        let mut parts = s.split('/');
        let document = parts.next().filter(|p| !p.is_empty())?.to_string();
        let mut next = || match parts.next() {
            None => Ok(None),
            Some("") => Err(()),
            Some(p) => Ok(Some(p.to_string())),
        };
        let alternative = next().ok()?;
        let part = next().ok()?;
        if parts.next().is_some() || (part.is_some() && alternative.is_none()) {
            return None;
        }
        Some(TickTarget {
            document,
            alternative,
            part,
        })
    }
}

/// A ticked paper, with the [`fingerprint`] of its folded name when it was ticked, so a
/// renamed or renumbered item is flagged "changed, check again" instead of silently
/// counting as the paper the person actually has.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tick {
    pub target: TickTarget,
    pub fingerprint: u32,
}

/// One person's progress through one procedure.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Journey {
    pub procedure: String,
    /// Changes on "start over", so Back cannot bring an earlier person's answers back
    /// (history entries carry only the view and this nonce).
    pub nonce: u64,
    /// Milliseconds since the epoch when the person last acted, to forget old journeys.
    pub touched: u64,
    pub view: View,
    /// In the order given; at most one per question.
    pub answers: Vec<Answer>,
    /// Agency id of the chosen office.
    pub office: Option<String>,
    pub channel: Option<ChannelKey>,
    pub ticks: Vec<Tick>,
    /// Papers with `data_lookup` that the person says the agency can look up.
    pub looked_up: Vec<String>,
    pub done_steps: Vec<String>,
    /// Milliseconds since the epoch of the last "start over" this journey knows of (0:
    /// never): in a [`merge`], changes older than it are gone, wherever they were made.
    pub started: u64,
    /// When each item last changed (ms since the epoch, from [`apply_at`]'s caller),
    /// un-ticks and cleared answers included: an item with a time and no value is one
    /// taken back (a tombstone), so another tab's older tick cannot bring it back. An
    /// item with a value and no time (saved by version 1) counts as changed at 0.
    pub changed: Times,
}

impl Journey {
    /// A fresh journey; `nonce` and `now` come from the caller (the core has no clock
    /// and no random source).
    pub fn new(procedure: impl Into<String>, nonce: u64, now: u64) -> Journey {
        Journey {
            procedure: procedure.into(),
            nonce,
            touched: now,
            ..Journey::default()
        }
    }

    /// The stored answer, whether or not the question is asked now (see
    /// [`effective_answer`] for the one conditions use).
    pub fn answer(&self, question: &str) -> Option<&str> {
        self.answers
            .iter()
            .find(|a| a.question == question)
            .map(|a| a.value.as_str())
    }

    pub fn tick(&self, target: &TickTarget) -> Option<&Tick> {
        self.ticks.iter().find(|t| &t.target == target)
    }

    pub fn is_looked_up(&self, document: &str) -> bool {
        self.looked_up.iter().any(|d| d == document)
    }

    pub fn is_step_done(&self, step: &str) -> bool {
        self.done_steps.iter().any(|s| s == step)
    }

    /// Untouched for longer than `max_age_ms` at `now` (DESIGN.md: forgotten after 30
    /// days by default).
    pub fn is_stale(&self, now: u64, max_age_ms: u64) -> bool {
        now.saturating_sub(self.touched) > max_age_ms
    }

    /// [`apply`] as a method.
    pub fn apply(&self, event: Event, procedure: &Procedure) -> Journey {
        apply(self, event, procedure)
    }
}

/// Everything a person (or the clock, through the caller) can do to a journey.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Event {
    /// `value` is `yes`/`no` or an option id of the question.
    Answer {
        question: String,
        value: String,
    },
    ClearAnswer {
        question: String,
    },
    ChooseOffice(String),
    ClearOffice,
    ChooseChannel(ChannelKey),
    ClearChannel,
    /// Ticks a paper (again: a tick flagged "changed" is confirmed by ticking it).
    Tick(TickTarget),
    Untick(TickTarget),
    /// The person says the agency can (or cannot after all) look this paper up.
    MarkLookedUp {
        document: String,
        looked_up: bool,
    },
    MarkStepDone(String),
    MarkStepUndone(String),
    GoTo(View),
    /// Clears everything for the next person, with a new nonce from the caller.
    StartOver {
        nonce: u64,
    },
    Touch {
        now: u64,
    },
}

/// The journey after `event`. Pure: the same inputs always give the same journey, and an
/// event that does not fit the procedure gives the journey back unchanged.
pub fn apply(journey: &Journey, event: Event, procedure: &Procedure) -> Journey {
    let mut next = journey.clone();
    if journey.procedure != procedure.id {
        return next;
    }
    match event {
        Event::Answer { question, value } => {
            if let Some(fits) = person::fits(procedure, &question, &value) {
                if fits {
                    match next.answers.iter_mut().find(|a| a.question == question) {
                        Some(a) => a.value = value,
                        None => next.answers.push(Answer { question, value }),
                    }
                }
                return next;
            }
            let Some(q) = procedure.questions.iter().find(|q| q.id == question) else {
                return next;
            };
            let valid = match q.kind {
                QuestionKind::YesNo => value == "yes" || value == "no",
                QuestionKind::Choice => q.options.iter().any(|o| o.id == value),
            };
            if !valid || question_applies(q, procedure, journey) == Applies::No {
                return next;
            }
            match next.answers.iter_mut().find(|a| a.question == question) {
                Some(a) => a.value = value,
                None => next.answers.push(Answer { question, value }),
            }
        }
        Event::ClearAnswer { question } => next.answers.retain(|a| a.question != question),
        Event::ChooseOffice(id) => {
            if channel::offers_office(procedure, &id) {
                next.office = Some(id);
            }
        }
        Event::ClearOffice => next.office = None,
        Event::ChooseChannel(key) => {
            if let Some(index) = key.resolve(procedure) {
                if channel_applies(procedure, journey, index) != Applies::No {
                    next.channel = Some(key);
                }
            }
        }
        Event::ClearChannel => next.channel = None,
        Event::Tick(target) => {
            let Some(item) = resolve_tick(procedure, &target) else {
                return next;
            };
            let fingerprint = fingerprint(&item.name);
            match next.ticks.iter_mut().find(|t| t.target == target) {
                Some(t) => t.fingerprint = fingerprint,
                None => next.ticks.push(Tick {
                    target,
                    fingerprint,
                }),
            }
        }
        Event::Untick(target) => next.ticks.retain(|t| t.target != target),
        Event::MarkLookedUp {
            document,
            looked_up,
        } => {
            if !looked_up {
                next.looked_up.retain(|d| *d != document);
            } else if !journey.is_looked_up(&document)
                && procedure
                    .documents
                    .iter()
                    .any(|d| d.id == document && d.data_lookup.is_some())
            {
                next.looked_up.push(document);
            }
        }
        Event::MarkStepDone(step) => {
            if !journey.is_step_done(&step) && procedure.steps.iter().any(|s| s.id == step) {
                next.done_steps.push(step);
            }
        }
        Event::MarkStepUndone(step) => next.done_steps.retain(|s| *s != step),
        Event::GoTo(view) => next.view = view,
        Event::StartOver { nonce } => {
            next = Journey::new(journey.procedure.clone(), nonce, journey.touched);
        }
        Event::Touch { now } => next.touched = now,
    }
    next
}
