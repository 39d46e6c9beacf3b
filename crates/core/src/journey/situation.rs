//! "Your situation": which questions to ask, in which order, and whether an answer stops
//! the journey.

use crate::catalogue::{Procedure, Question, QuestionKind, Stop};

use super::condition::{for_each_question, question_applies, Applies};
use super::Journey;

/// When a question is asked relative to the channel choice.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Phase {
    /// Its answer changes which channels are open, their fees or their time limits
    /// (or a question that does is asked only after it): asked before the channel
    /// choice, so people compare the right figures (DESIGN.md).
    BeforeChannel,
    AfterChannel,
}

/// The phase of each question, by position in `procedure.questions`.
///
/// A question is `BeforeChannel` when a channel, time-limit or fee `when` names it, or
/// when the `when` of a `BeforeChannel` question names it (it must be answered first for
/// that one to be asked at all).
pub fn phases(procedure: &Procedure) -> Vec<Phase> {
    let questions = &procedure.questions;
    let mut before = vec![false; questions.len()];
    let mark = |id: &str, before: &mut Vec<bool>| {
        if let Some(i) = questions.iter().position(|q| q.id == id) {
            if let Some(b) = before.get_mut(i) {
                *b = true;
            }
        }
    };
    for channel in &procedure.channels {
        let whens = channel
            .when
            .iter()
            .chain(channel.time_limit.iter().filter_map(|t| t.when.as_ref()))
            .chain(channel.fee.iter().filter_map(|f| f.when.as_ref()));
        for when in whens {
            for_each_question(when, &mut |id| mark(id, &mut before));
        }
    }
    // Close over the questions' own `when`s; each pass marks at least one more or ends.
    loop {
        let mut changed = false;
        for (i, q) in questions.iter().enumerate() {
            if !before.get(i).copied().unwrap_or(false) {
                continue;
            }
            if let Some(when) = &q.when {
                for_each_question(when, &mut |id| {
                    if let Some(j) = questions.iter().position(|q| q.id == id) {
                        if let Some(b) = before.get_mut(j) {
                            changed |= !*b;
                            *b = true;
                        }
                    }
                });
            }
        }
        if !changed {
            break;
        }
    }
    before
        .into_iter()
        .map(|b| {
            if b {
                Phase::BeforeChannel
            } else {
                Phase::AfterChannel
            }
        })
        .collect()
}

/// A question to ask now.
#[derive(Clone, Debug, PartialEq)]
pub struct AskedQuestion<'a> {
    /// Position in `procedure.questions`.
    pub index: usize,
    pub question: &'a Question,
    pub phase: Phase,
    /// Always `Yes`: a question whose `when` waits on an unanswered question is not
    /// asked yet (CATALOGUE.md: "asked only when it applies").
    pub applies: Applies,
    pub answer: Option<&'a str>,
}

/// The questions asked now, `BeforeChannel` ones first, each group in catalogue order.
/// Only a question whose `when` holds is asked: one that waits on an unanswered question
/// appears once that answer makes it apply, and one whose `when` is `No` is not asked
/// (its stored answer is kept but unused).
pub fn questions<'a>(procedure: &'a Procedure, journey: &'a Journey) -> Vec<AskedQuestion<'a>> {
    let phases = phases(procedure);
    let mut asked = Vec::new();
    for phase in [Phase::BeforeChannel, Phase::AfterChannel] {
        for (index, question) in procedure.questions.iter().enumerate() {
            if phases.get(index) != Some(&phase) {
                continue;
            }
            let applies = question_applies(question, procedure, journey);
            if applies == Applies::Yes {
                asked.push(AskedQuestion {
                    index,
                    question,
                    phase,
                    applies,
                    answer: journey.answer(&question.id),
                });
            }
        }
    }
    asked
}

/// An answer that ends the journey.
#[derive(Clone, Debug, PartialEq)]
pub struct StopReached<'a> {
    pub question: &'a Question,
    /// The text and `see` (the procedure or page to use instead).
    pub stop: &'a Stop,
}

/// The first stop reached by an answer, in asking order.
///
/// Only a question that surely applies can stop the journey: one that may not apply
/// (its `when` waits on another answer) does not stop anyone yet, so a parent who
/// answers "by proxy" before saying they are the parent is not turned away.
pub fn stop<'a>(procedure: &'a Procedure, journey: &'a Journey) -> Option<StopReached<'a>> {
    questions(procedure, journey).into_iter().find_map(|asked| {
        if asked.applies != Applies::Yes {
            return None;
        }
        let answer = asked.answer?;
        let question = asked.question;
        let stop = match question.kind {
            QuestionKind::YesNo => match answer {
                "yes" => question.stop_yes.as_ref(),
                "no" => question.stop_no.as_ref(),
                _ => None,
            },
            QuestionKind::Choice => question
                .options
                .iter()
                .find(|o| o.id == answer)
                .and_then(|o| o.stop.as_ref()),
        }?;
        Some(StopReached { question, stop })
    })
}
