//! What the host page hears about a journey (DESIGN.md: DOM events "channel chosen",
//! "step done", "checklist complete"), derived by comparing the journey before and after
//! one event. Ids only, never answers: a host page may log these.

use crate::catalogue::Procedure;
use crate::journey::{checklist, chosen_channel, Journey};

/// Something the host page may want to know happened.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Milestone {
    /// The channel in use changed to the one at this index of `procedure.channels`.
    ChannelChosen(usize),
    /// A step (by id) was marked done.
    StepDone(String),
    /// Every counted document is now ticked (and there was at least one missing before).
    ChecklistComplete,
}

/// The milestones reached by going from `before` to `after`, in a stable order.
pub fn milestones(before: &Journey, after: &Journey, procedure: &Procedure) -> Vec<Milestone> {
    let mut out = Vec::new();
    let channel = |j: &Journey| chosen_channel(procedure, j).map(|o| o.index);
    // Only the person's own choice: a lone channel taken without asking is not news.
    if after.channel.is_some() && after.channel != before.channel {
        if let Some(index) = channel(after) {
            out.push(Milestone::ChannelChosen(index));
        }
    }
    for step in &after.done_steps {
        if !before.done_steps.contains(step) {
            out.push(Milestone::StepDone(step.clone()));
        }
    }
    let missing = |j: &Journey| checklist(procedure, j).missing;
    let (was, now) = (missing(before), missing(after));
    if was.missing > 0 && now.missing == 0 && now.counted > 0 {
        out.push(Milestone::ChecklistComplete);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::{load_catalogue, Catalogue};
    use crate::journey::{apply, Event, TickTarget};

    fn sample() -> Catalogue {
        load_catalogue(include_bytes!("../../../../www/catalogue.json"))
            .catalogue
            .expect("sample loads")
    }

    #[test]
    fn choosing_a_channel_marking_a_step_and_ticking_everything_are_reported_once() {
        let c = sample();
        let p = c.procedure("1.001193").expect("birth registration");
        let start = Journey::new(p.id.clone(), 1, 0);
        // Choose the second channel.
        let key = crate::journey::ChannelKey::of(p, 1).expect("a second channel");
        let chosen = apply(&start, Event::ChooseChannel(key.clone()), p);
        assert_eq!(
            milestones(&start, &chosen, p),
            [Milestone::ChannelChosen(1)]
        );
        // Choosing it again is not news.
        let again = apply(&chosen, Event::ChooseChannel(key), p);
        assert_eq!(milestones(&chosen, &again, p), []);

        let step = p.steps[0].id.clone();
        let done = apply(&chosen, Event::MarkStepDone(step.clone()), p);
        assert_eq!(milestones(&chosen, &done, p), [Milestone::StepDone(step)]);

        // Tick every leaf the checklist counts, one at a time: complete is said once,
        // by the last tick.
        let mut j = done;
        let mut heard = Vec::new();
        for _ in 0..64 {
            let list = checklist(p, &j);
            if list.missing.missing == 0 {
                break;
            }
            let target = list
                .items
                .iter()
                .filter(|i| i.status == crate::journey::ItemStatus::Counted && !i.done)
                .flat_map(|i| leaves(i.document))
                .find(|t| !j.ticks.iter().any(|k| k.target == *t))
                .expect("an unticked counted item has an unticked leaf");
            let next = apply(&j, Event::Tick(target), p);
            heard.extend(milestones(&j, &next, p));
            j = next;
        }
        assert_eq!(heard, [Milestone::ChecklistComplete]);
        // Unticking and ticking again says it again; unticking alone says nothing.
        let leaf = j.ticks[0].target.clone();
        let un = apply(&j, Event::Untick(leaf.clone()), p);
        assert_eq!(milestones(&j, &un, p), []);
        let re = apply(&un, Event::Tick(leaf), p);
        assert_eq!(milestones(&un, &re, p), [Milestone::ChecklistComplete]);
    }

    /// The papers to tick to satisfy `d`: itself, or its first alternative (all parts).
    fn leaves(d: &crate::catalogue::Document) -> Vec<TickTarget> {
        match d.one_of.first() {
            None => vec![TickTarget::document(d.id.clone())],
            Some(alt) if alt.all_of.is_empty() => {
                vec![TickTarget::alternative(d.id.clone(), alt.id.clone())]
            }
            Some(alt) => alt
                .all_of
                .iter()
                .map(|part| TickTarget::part(d.id.clone(), alt.id.clone(), part.id.clone()))
                .collect(),
        }
    }
}
