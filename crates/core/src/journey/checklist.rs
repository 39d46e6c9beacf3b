//! "Documents": the checklist for the person's answers and channel, and the count of
//! documents still missing exactly as CATALOGUE.md defines it.

use crate::catalogue::{Document, DocumentAction, Procedure, Text};
use crate::text;

use super::channel::channel_match;
use super::condition::{evaluate, Applies};
use super::{Journey, TickTarget};

/// A small hash of a name as a person reads it: the first (default-language) text,
/// folded (case, tones and vowel marks, `đ`), with only letters and digits kept, hashed
/// with FNV-1a. Spacing, punctuation and accent fixes do not flag a tick; a different
/// word does.
pub fn fingerprint(name: &Text) -> u32 {
    let folded = name
        .entries()
        .next()
        .map(|(_, s)| text::fold(s))
        .unwrap_or_default();
    let mut hash: u32 = 0x811c_9dc5;
    let mut buf = [0u8; 4];
    for c in folded.chars().filter(|c| c.is_alphanumeric()) {
        for &b in c.encode_utf8(&mut buf).as_bytes() {
            hash ^= u32::from(b);
            hash = hash.wrapping_mul(0x0100_0193);
        }
    }
    hash
}

/// The paper a tick target names, if the target fits the procedure's shape: a paper
/// without alternatives, an alternative without parts, or a part.
pub fn resolve_tick<'a>(procedure: &'a Procedure, target: &TickTarget) -> Option<&'a Document> {
    let document = procedure
        .documents
        .iter()
        .find(|d| d.id == target.document)?;
    let Some(alt_id) = &target.alternative else {
        return document.one_of.is_empty().then_some(document);
    };
    let alternative = document.one_of.iter().find(|a| &a.id == alt_id)?;
    let Some(part_id) = &target.part else {
        return alternative.all_of.is_empty().then_some(alternative);
    };
    alternative.all_of.iter().find(|p| &p.id == part_id)
}

/// A tick as the checklist shows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TickState {
    NotTicked,
    Ticked,
    /// Ticked when the paper had another name: "changed, check again". It does not count
    /// as done until the person ticks it again.
    Changed,
}

pub fn tick_state(procedure: &Procedure, journey: &Journey, target: &TickTarget) -> TickState {
    let Some(tick) = journey.tick(target) else {
        return TickState::NotTicked;
    };
    match resolve_tick(procedure, target) {
        Some(item) if fingerprint(&item.name) == tick.fingerprint => TickState::Ticked,
        Some(_) => TickState::Changed,
        None => TickState::NotTicked,
    }
}

/// Where an applicable paper is listed, and whether it counts as missing.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ItemStatus {
    /// Counted in "documents still missing" until ticked. Papers to show ("action:
    /// show") count too: they still have to be brought.
    Counted,
    /// Depends on a question not answered yet: listed apart, not counted.
    MayBeNeeded,
    Optional,
    /// The person says the agency looks it up (`data_lookup`): listed apart, not counted.
    LookedUp,
}

/// One line of the checklist (a paper, or a `one_of` group as one line).
#[derive(Clone, Debug, PartialEq)]
pub struct ChecklistItem<'a> {
    pub document: &'a Document,
    pub status: ItemStatus,
    /// Ticked (or, for a group, satisfied by its ticked alternative), with no tick
    /// flagged as changed.
    pub done: bool,
    /// Some tick on this line is flagged "changed, check again".
    pub changed: bool,
    /// Originals and copies to bring, times `sets` for papers handed in; a paper only
    /// shown is shown once. Alternatives use [`quantity`].
    pub originals: Option<u32>,
    pub copies: Option<u32>,
    /// For a `one_of` group: the alternative the person has (ticked, and fitting the
    /// channel), shown on screen, in print and in the shared text.
    pub chosen: Option<&'a Document>,
}

/// "Documents still missing": `missing` of the `counted` lines.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub struct MissingCount {
    pub missing: u32,
    pub counted: u32,
}

/// The checklist for the journey's answers and channel.
#[derive(Clone, Debug, PartialEq)]
pub struct Checklist<'a> {
    /// In catalogue order; papers that do not apply are left out.
    pub items: Vec<ChecklistItem<'a>>,
    pub missing: MissingCount,
}

/// Originals and copies to bring for a paper or an alternative, times `sets` unless it
/// is only shown.
pub fn quantity(document: &Document, sets: u32) -> (Option<u32>, Option<u32>) {
    let sets = if document.action == DocumentAction::Show {
        1
    } else {
        sets.max(1)
    };
    (
        document.originals.map(|n| n.saturating_mul(sets)),
        document.copies.map(|n| n.saturating_mul(sets)),
    )
}

/// Whether a paper applies: its `when` and its `channels` against the journey's channel.
pub fn document_applies(document: &Document, procedure: &Procedure, journey: &Journey) -> Applies {
    evaluate(document.when.as_ref(), procedure, journey).and(channel_match(
        &document.channels,
        procedure,
        journey,
    ))
}

pub fn checklist<'a>(procedure: &'a Procedure, journey: &Journey) -> Checklist<'a> {
    let mut items = Vec::new();
    let mut missing = MissingCount::default();
    for document in &procedure.documents {
        let applies = document_applies(document, procedure, journey);
        if applies == Applies::No {
            continue;
        }
        let status = if applies == Applies::Unknown {
            ItemStatus::MayBeNeeded
        } else if document.optional {
            ItemStatus::Optional
        } else if document.data_lookup.is_some() && journey.is_looked_up(&document.id) {
            ItemStatus::LookedUp
        } else {
            ItemStatus::Counted
        };
        let (done, changed, chosen) = progress(document, procedure, journey);
        if status == ItemStatus::Counted {
            missing.counted += 1;
            if !done {
                missing.missing += 1;
            }
        }
        let (originals, copies) = quantity(document, procedure.sets);
        items.push(ChecklistItem {
            document,
            status,
            done,
            changed,
            originals,
            copies,
            chosen,
        });
    }
    Checklist { items, missing }
}

/// Whether a line is done, whether any of its ticks is flagged as changed, and for a
/// group the alternative that makes it done.
///
/// A group is done when one alternative that fits the channel is ticked, or every part
/// of an `all_of` alternative is.
fn progress<'a>(
    document: &'a Document,
    procedure: &Procedure,
    journey: &Journey,
) -> (bool, bool, Option<&'a Document>) {
    let mut changed = false;
    let mut state = |target: TickTarget| {
        let s = super::tick_state(procedure, journey, &target);
        changed |= s == TickState::Changed;
        s == TickState::Ticked
    };
    if document.one_of.is_empty() {
        let done = state(TickTarget::document(&document.id));
        return (done, changed, None);
    }
    let mut chosen = None;
    for alternative in &document.one_of {
        let fits = channel_match(&alternative.channels, procedure, journey) != Applies::No;
        let alternative_done = if alternative.all_of.is_empty() {
            state(TickTarget::alternative(&document.id, &alternative.id))
        } else {
            let mut parts = 0;
            let mut ticked = 0;
            for part in &alternative.all_of {
                let target = TickTarget::part(&document.id, &alternative.id, &part.id);
                let ticked_now = state(target);
                if channel_match(&part.channels, procedure, journey) != Applies::No {
                    parts += 1;
                    ticked += usize::from(ticked_now);
                }
            }
            parts > 0 && ticked == parts
        };
        if fits && alternative_done && chosen.is_none() {
            chosen = Some(alternative);
        }
    }
    (chosen.is_some(), changed, chosen)
}
