//! Laying a saved or shared journey over the catalogue as it is now.
//!
//! Stored progress and share links outlive catalogue exports. Ids are stable by contract,
//! but papers get renamed, questions removed, channels given ids. This keeps what still
//! matches and says what did not, so the person is told rather than silently misled
//! (DESIGN.md: "nothing a person ticked is lost"; a renamed paper is flagged, only a
//! vanished one is dropped).

use crate::catalogue::{Procedure, QuestionKind};

use super::channel::offers_office;
use super::checklist::{fingerprint, resolve_tick};
use super::merge::stamp_after;
use super::{ChannelKey, Journey, TickTarget};

/// What changed in a journey when it was laid over the current catalogue.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// The journey is for another procedure; nothing was matched.
    OtherProcedure,
    /// The ticked paper was renamed since it was ticked: kept, "changed, check again".
    Changed(TickTarget),
    /// The ticked paper is gone: the tick was dropped.
    Dropped(TickTarget),
    /// The question, or the option answered, is gone: the answer was dropped.
    AnswerDropped { question: String },
    /// The chosen office no longer takes this procedure.
    OfficeCleared,
    /// The chosen channel is gone.
    ChannelCleared,
    /// A step marked done is gone.
    StepDropped(String),
    /// A paper the agency was to look up is gone or no longer can be looked up.
    LookupDropped(String),
}

/// The journey with what still matches `procedure`, and a notice for each thing that did
/// not. A journey that already matches comes back unchanged with no notices.
pub fn reconcile(journey: &Journey, procedure: &Procedure) -> (Journey, Vec<Notice>) {
    let mut next = journey.clone();
    let mut notices = Vec::new();
    if journey.procedure != procedure.id {
        notices.push(Notice::OtherProcedure);
        return (next, notices);
    }

    next.answers.retain(|a| {
        let keep = super::person::fits(procedure, &a.question, &a.value).unwrap_or(false)
            || procedure.questions.iter().any(|q| {
                q.id == a.question
                    && match q.kind {
                        QuestionKind::YesNo => a.value == "yes" || a.value == "no",
                        QuestionKind::Choice => q.options.iter().any(|o| o.id == a.value),
                    }
            });
        if !keep {
            notices.push(Notice::AnswerDropped {
                question: a.question.clone(),
            });
        }
        keep
    });

    if let Some(office) = &journey.office {
        if !offers_office(procedure, office) {
            next.office = None;
            notices.push(Notice::OfficeCleared);
        }
    }

    if let Some(key) = &journey.channel {
        if key.resolve(procedure).is_none() {
            next.channel = rekey(key, procedure);
            if next.channel.is_none() {
                notices.push(Notice::ChannelCleared);
            }
        }
    }

    next.ticks
        .retain(|tick| match resolve_tick(procedure, &tick.target) {
            None => {
                notices.push(Notice::Dropped(tick.target.clone()));
                false
            }
            Some(item) => {
                if fingerprint(&item.name) != tick.fingerprint {
                    notices.push(Notice::Changed(tick.target.clone()));
                }
                true
            }
        });

    next.looked_up.retain(|id| {
        let keep = procedure
            .documents
            .iter()
            .any(|d| d.id == *id && d.data_lookup.is_some());
        if !keep {
            notices.push(Notice::LookupDropped(id.clone()));
        }
        keep
    });

    next.done_steps.retain(|id| {
        let keep = procedure.steps.iter().any(|s| s.id == *id);
        if !keep {
            notices.push(Notice::StepDropped(id.clone()));
        }
        keep
    });

    stamp_after(journey, &mut next);
    (next, notices)
}

/// A new key for a channel whose key no longer resolves: the one channel of the same
/// kind and online level, if exactly one is left (it was given an id, or lost one, or
/// its twin went away).
fn rekey(key: &ChannelKey, procedure: &Procedure) -> Option<ChannelKey> {
    let ChannelKey::Unnamed { kind, level, .. } = key else {
        return None;
    };
    let mut same = procedure
        .channels
        .iter()
        .enumerate()
        .filter(|(_, c)| c.kind == *kind && c.online_level == *level);
    let (index, _) = same.next()?;
    if same.next().is_some() {
        return None;
    }
    ChannelKey::of(procedure, index)
}
