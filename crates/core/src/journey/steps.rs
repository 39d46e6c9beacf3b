//! "Steps": the ordered steps for the journey's channel, with progress and the next one.

use crate::catalogue::{Procedure, Step};

use super::channel::channel_match;
use super::condition::{evaluate, Applies};
use super::Journey;

/// A step as the list shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct StepItem<'a> {
    pub step: &'a Step,
    /// `Unknown`: depends on a question not answered yet ("may apply").
    pub applies: Applies,
    pub done: bool,
}

/// The steps for the journey, with the progress indicator's figures.
#[derive(Clone, Debug, PartialEq)]
pub struct StepList<'a> {
    /// In catalogue order; steps that do not apply are left out.
    pub steps: Vec<StepItem<'a>>,
    /// Done steps among those that surely apply, as the documents' count does: a step
    /// that may not apply does not hold the progress bar back.
    pub done: u32,
    pub total: u32,
    /// Position in `steps` of the first step not done yet.
    pub next: Option<usize>,
}

/// Whether a step applies: its `when` and its `channels` against the journey's channel.
pub fn step_applies(step: &Step, procedure: &Procedure, journey: &Journey) -> Applies {
    evaluate(step.when.as_ref(), procedure, journey).and(channel_match(
        &step.channels,
        procedure,
        journey,
    ))
}

pub fn steps<'a>(procedure: &'a Procedure, journey: &Journey) -> StepList<'a> {
    let mut list = StepList {
        steps: Vec::new(),
        done: 0,
        total: 0,
        next: None,
    };
    for step in &procedure.steps {
        let applies = step_applies(step, procedure, journey);
        if applies == Applies::No {
            continue;
        }
        let done = journey.is_step_done(&step.id);
        if applies == Applies::Yes {
            list.total += 1;
            list.done += u32::from(done);
        }
        if !done && list.next.is_none() {
            list.next = Some(list.steps.len());
        }
        list.steps.push(StepItem {
            step,
            applies,
            done,
        });
    }
    list
}
