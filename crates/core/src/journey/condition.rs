//! Conditions (`when`) read as three-valued logic.
//!
//! An unanswered question hides nothing (CATALOGUE.md): an item that depends on it
//! "may be needed", so it is shown, marked, and not counted. That is `Applies::Unknown`,
//! and `all`/`any` combine it the Kleene way: `No` and anything is `No`, `Yes` or anything
//! is `Yes`, everything else stays `Unknown`.
//!
//! A question whose own `when` is `No` is not asked, and an answer it still holds (from
//! before another answer changed) is ignored: a condition on it is `No`, never the old
//! answer. So changing an answer can never keep an item alive through a stale answer.

use crate::catalogue::{Condition, Procedure, Question};

use super::Journey;

/// Whether an item applies to the person's answers so far.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Applies {
    Yes,
    No,
    /// Depends on a question not answered yet: shown as "may be needed", not counted.
    Unknown,
}

impl Applies {
    /// Kleene conjunction.
    pub fn and(self, other: Applies) -> Applies {
        match (self, other) {
            (Applies::No, _) | (_, Applies::No) => Applies::No,
            (Applies::Yes, Applies::Yes) => Applies::Yes,
            _ => Applies::Unknown,
        }
    }

    /// Kleene disjunction.
    pub fn or(self, other: Applies) -> Applies {
        match (self, other) {
            (Applies::Yes, _) | (_, Applies::Yes) => Applies::Yes,
            (Applies::No, Applies::No) => Applies::No,
            _ => Applies::Unknown,
        }
    }

    pub fn from_bool(b: bool) -> Applies {
        if b {
            Applies::Yes
        } else {
            Applies::No
        }
    }

    /// Shown to the person (`Yes` or `Unknown`).
    pub fn is_shown(self) -> bool {
        self != Applies::No
    }
}

/// Whether `when` holds for the journey's answers; no condition always applies.
pub fn evaluate(when: Option<&Condition>, procedure: &Procedure, journey: &Journey) -> Applies {
    match when {
        None => Applies::Yes,
        Some(c) => eval(c, procedure, journey, 0),
    }
}

/// Whether `question` is asked now: its own `when` is not `No`.
pub fn question_applies(question: &Question, procedure: &Procedure, journey: &Journey) -> Applies {
    evaluate(question.when.as_ref(), procedure, journey)
}

/// The answer to `question` that conditions may use: `Err(No)` when the question is not
/// asked, `Err(Unknown)` when it is unanswered (or unknown to the procedure, which the
/// validator rejects: a paper is then shown rather than hidden).
pub fn effective_answer<'j>(
    question: &str,
    procedure: &Procedure,
    journey: &'j Journey,
) -> Result<&'j str, Applies> {
    answer_at(question, procedure, journey, 0)
}

fn answer_at<'j>(
    question: &str,
    procedure: &Procedure,
    journey: &'j Journey,
    depth: usize,
) -> Result<&'j str, Applies> {
    let Some(q) = procedure.questions.iter().find(|q| q.id == question) else {
        return Err(Applies::Unknown);
    };
    if let Some(when) = &q.when {
        if eval(when, procedure, journey, depth + 1) == Applies::No {
            return Err(Applies::No);
        }
    }
    journey.answer(question).ok_or(Applies::Unknown)
}

fn eval(c: &Condition, procedure: &Procedure, journey: &Journey, depth: usize) -> Applies {
    // The validator does not forbid questions whose `when`s name each other in a
    // circle; such a loop is cut here and reads as unanswered. Only hops from a
    // condition to a question's own `when` deepen: the tree itself is finite.
    if depth > procedure.questions.len() + 1 {
        return Applies::Unknown;
    }
    match c {
        Condition::Is { question, answer } => {
            match answer_at(question, procedure, journey, depth) {
                Ok(given) => Applies::from_bool(given == answer),
                Err(state) => state,
            }
        }
        Condition::In { question, answers } => {
            match answer_at(question, procedure, journey, depth) {
                Ok(given) => Applies::from_bool(answers.iter().any(|a| a == given)),
                Err(state) => state,
            }
        }
        Condition::All(items) => items.iter().fold(Applies::Yes, |acc, c| {
            acc.and(eval(c, procedure, journey, depth))
        }),
        Condition::Any(items) => items.iter().fold(Applies::No, |acc, c| {
            acc.or(eval(c, procedure, journey, depth))
        }),
    }
}

/// Every question a condition names, for ordering the questions.
pub(crate) fn for_each_question<'c>(c: &'c Condition, f: &mut dyn FnMut(&'c str)) {
    match c {
        Condition::Is { question, .. } | Condition::In { question, .. } => f(question),
        Condition::All(items) | Condition::Any(items) => {
            for c in items {
                for_each_question(c, f);
            }
        }
    }
}
