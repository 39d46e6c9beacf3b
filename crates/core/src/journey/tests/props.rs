//! Properties over arbitrary event sequences on every procedure of the sample catalogue,
//! with ids drawn from the procedure, from other procedures and from nowhere.
//!
//! The missing count is checked against a second, deliberately plain reading of
//! CATALOGUE.md written here (booleans with `None` for "unanswered"), not against the
//! journey module's own helpers.

use proptest::prelude::*;

use crate::catalogue::{
    AgencyRef, Channel, ChannelRef, Condition, Document, Procedure, QuestionKind,
};
use crate::journey::*;

use super::sample;

/// Every tick target that fits a procedure: the ones a share link numbers.
pub(super) fn targets(p: &Procedure) -> Vec<TickTarget> {
    crate::journey::compact::tick_targets(p)
}

fn pick<T: Clone>(items: &[T], n: u16) -> Option<T> {
    (!items.is_empty()).then(|| items[usize::from(n) % items.len()].clone())
}

/// An event for `p` from raw numbers; `junk` is an arbitrary string used as an id.
pub(super) fn event(p: &Procedure, kind: u8, a: u16, b: u16, junk: &str) -> Event {
    let junk = junk.to_string();
    let question = || {
        let mut ids: Vec<String> = p.questions.iter().map(|q| q.id.clone()).collect();
        ids.push(junk.clone());
        pick(&ids, a).unwrap_or_default()
    };
    let target = || {
        let mut all = targets(p);
        all.push(TickTarget::document(junk.clone()));
        all.push(TickTarget::alternative("giay-to-tuy-than", junk.clone()));
        pick(&all, a).unwrap_or_else(|| TickTarget::document(""))
    };
    match kind % 24 {
        0..=6 => {
            let q = question();
            let mut values = vec!["yes".to_string(), "no".to_string(), junk.clone()];
            for question in &p.questions {
                values.extend(question.options.iter().map(|o| o.id.clone()));
            }
            // Mostly a value of this very question.
            if let Some(found) = p.questions.iter().find(|x| x.id == q) {
                if !b.is_multiple_of(4) {
                    values = match found.kind {
                        QuestionKind::YesNo => vec!["yes".into(), "no".into()],
                        QuestionKind::Choice => {
                            found.options.iter().map(|o| o.id.clone()).collect()
                        }
                    };
                }
            }
            Event::Answer {
                question: q,
                value: pick(&values, b).unwrap_or_default(),
            }
        }
        7 => Event::ClearAnswer {
            question: question(),
        },
        8 => {
            let mut offices: Vec<String> = p
                .agencies
                .iter()
                .filter_map(|r| match r {
                    AgencyRef::Id(id) => Some(id.clone()),
                    AgencyRef::Level(_) => None,
                })
                .collect();
            offices.extend([
                "cong-an-tphcm".to_string(),
                "phuong-sai-gon".to_string(),
                junk,
            ]);
            Event::ChooseOffice(pick(&offices, a).unwrap_or_default())
        }
        9 => Event::ClearOffice,
        10..=11 => {
            let mut keys: Vec<ChannelKey> = (0..p.channels.len())
                .filter_map(|i| ChannelKey::of(p, i))
                .collect();
            keys.push(ChannelKey::Id(junk));
            keys.push(ChannelKey::from_wire("~post.3").unwrap_or(ChannelKey::Id("x".into())));
            Event::ChooseChannel(pick(&keys, a).unwrap_or(ChannelKey::Id("x".into())))
        }
        12 => Event::ClearChannel,
        13..=16 => Event::Tick(target()),
        17 => Event::Untick(target()),
        18 => {
            let mut docs: Vec<String> = p.documents.iter().map(|d| d.id.clone()).collect();
            docs.push(junk);
            Event::MarkLookedUp {
                document: pick(&docs, a).unwrap_or_default(),
                looked_up: !b.is_multiple_of(3),
            }
        }
        19..=20 => {
            let mut steps: Vec<String> = p.steps.iter().map(|s| s.id.clone()).collect();
            steps.push(junk);
            let step = pick(&steps, a).unwrap_or_default();
            if b.is_multiple_of(3) {
                Event::MarkStepUndone(step)
            } else {
                Event::MarkStepDone(step)
            }
        }
        21 => Event::GoTo(View::ALL[usize::from(a) % View::ALL.len()]),
        22 => Event::StartOver {
            nonce: u64::from(a) << 40 | u64::from(b),
        },
        _ => Event::Touch {
            now: u64::from(a) * 1_000_000 + u64::from(b),
        },
    }
}

pub(super) type RawEvent = (u8, u16, u16, String);

pub(super) fn raw_events() -> impl Strategy<Value = Vec<RawEvent>> {
    prop::collection::vec(
        (
            any::<u8>(),
            any::<u16>(),
            any::<u16>(),
            "[a-z0-9#/~._-]{0,6}",
        ),
        0..40,
    )
}

// ---- the plain reading of the contract ----

/// `Some(true)` applies, `Some(false)` does not, `None` unanswered.
fn holds(c: &Condition, p: &Procedure, j: &Journey, hops: usize) -> Option<bool> {
    if hops > 32 {
        return None;
    }
    let answer = |q: &str| -> Result<String, Option<bool>> {
        let Some(question) = p.questions.iter().find(|x| x.id == q) else {
            return Err(None);
        };
        if let Some(w) = &question.when {
            if holds(w, p, j, hops + 1) == Some(false) {
                return Err(Some(false)); // not asked: its answer is ignored
            }
        }
        j.answers
            .iter()
            .find(|a| a.question == q)
            .map(|a| a.value.clone())
            .ok_or(None)
    };
    match c {
        Condition::Is {
            question,
            answer: want,
        } => match answer(question) {
            Ok(v) => Some(v == *want),
            Err(e) => e,
        },
        Condition::In { question, answers } => match answer(question) {
            Ok(v) => Some(answers.contains(&v)),
            Err(e) => e,
        },
        Condition::All(items) => {
            let vals: Vec<Option<bool>> = items.iter().map(|c| holds(c, p, j, hops)).collect();
            if vals.contains(&Some(false)) {
                Some(false)
            } else if vals.iter().all(|v| *v == Some(true)) {
                Some(true)
            } else {
                None
            }
        }
        Condition::Any(items) => {
            let vals: Vec<Option<bool>> = items.iter().map(|c| holds(c, p, j, hops)).collect();
            if vals.contains(&Some(true)) {
                Some(true)
            } else if vals.iter().all(|v| *v == Some(false)) {
                Some(false)
            } else {
                None
            }
        }
    }
}

fn when(c: &Option<Condition>, p: &Procedure, j: &Journey) -> Option<bool> {
    c.as_ref().map_or(Some(true), |c| holds(c, p, j, 0))
}

fn both(a: Option<bool>, b: Option<bool>) -> Option<bool> {
    match (a, b) {
        (Some(false), _) | (_, Some(false)) => Some(false),
        (Some(true), Some(true)) => Some(true),
        _ => None,
    }
}

/// The channel the person chose, if it is still there and still open.
fn chosen<'p>(p: &'p Procedure, j: &Journey) -> Option<&'p Channel> {
    let key = j.channel.as_ref()?;
    let channel = p
        .channels
        .iter()
        .enumerate()
        .find(|(i, _)| ChannelKey::of(p, *i).as_ref() == Some(key))?
        .1;
    open(channel, p, j).ne(&Some(false)).then_some(channel)
}

fn open(c: &Channel, p: &Procedure, j: &Journey) -> Option<bool> {
    let only_agency = match p.agencies.as_slice() {
        [AgencyRef::Id(id)] => Some(id.clone()),
        _ => None,
    };
    let office_ok = |o: &String| {
        p.agencies.iter().any(|a| match a {
            AgencyRef::Id(id) => id == o,
            AgencyRef::Level(_) => !o.is_empty(),
        })
    };
    let office = j.office.clone().filter(office_ok).or(only_agency);
    let by_office = if c.agencies.is_empty() {
        Some(true)
    } else {
        office.map(|o| c.agencies.contains(&o))
    };
    both(by_office, when(&c.when, p, j))
}

fn on_channel(refs: &[ChannelRef], p: &Procedure, j: &Journey) -> Option<bool> {
    let fits = |c: &Channel| {
        refs.is_empty()
            || refs.iter().any(|r| match r {
                ChannelRef::Kind(k) => *k == c.kind,
                ChannelRef::Id(id) => c.id.as_ref() == Some(id),
            })
    };
    if let Some(c) = chosen(p, j) {
        return Some(fits(c));
    }
    let candidates: Vec<&Channel> = p
        .channels
        .iter()
        .filter(|c| open(c, p, j) != Some(false))
        .collect();
    let n = candidates.iter().filter(|c| fits(c)).count();
    if n == 0 {
        Some(false)
    } else if n == candidates.len() {
        Some(true)
    } else {
        None
    }
}

fn ticked(p: &Procedure, j: &Journey, target: TickTarget, paper: &Document) -> bool {
    let _ = p;
    j.ticks
        .iter()
        .any(|t| t.target == target && t.fingerprint == fingerprint(&paper.name))
}

/// "Documents still missing", read straight from CATALOGUE.md.
fn missing_by_hand(p: &Procedure, j: &Journey) -> u32 {
    let mut missing = 0;
    for d in &p.documents {
        let applies = both(when(&d.when, p, j), on_channel(&d.channels, p, j));
        let looked_up = d.data_lookup.is_some() && j.looked_up.contains(&d.id);
        if applies != Some(true) || d.optional || looked_up {
            continue;
        }
        let done = if d.one_of.is_empty() {
            ticked(p, j, TickTarget::document(&d.id), d)
        } else {
            d.one_of.iter().any(|a| {
                on_channel(&a.channels, p, j) != Some(false)
                    && if a.all_of.is_empty() {
                        ticked(p, j, TickTarget::alternative(&d.id, &a.id), a)
                    } else {
                        let parts: Vec<&Document> = a
                            .all_of
                            .iter()
                            .filter(|part| on_channel(&part.channels, p, j) != Some(false))
                            .collect();
                        !parts.is_empty()
                            && parts.iter().all(|part| {
                                ticked(p, j, TickTarget::part(&d.id, &a.id, &part.id), part)
                            })
                    }
            })
        };
        if !done {
            missing += 1;
        }
    }
    missing
}

fn run(pi: usize, raw: &[RawEvent], mut check: impl FnMut(&Procedure, &Journey, &Event, &Journey)) {
    let catalogue = sample();
    let p = &catalogue.procedures[pi % catalogue.procedures.len()];
    let mut j = Journey::new(p.id.clone(), 1, 1);
    for (kind, a, b, junk) in raw {
        let e = event(p, *kind, *a, *b, junk);
        let next = apply(&j, e.clone(), p);
        check(p, &j, &e, &next);
        j = next;
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    /// Whatever happened, the state saved is the state restored.
    #[test]
    fn any_journey_survives_saving(pi in 0usize..64, raw in raw_events()) {
        run(pi, &raw, |p, _, _, j| {
            let text = to_json(j);
            assert_eq!(from_json(&text).as_ref(), Ok(j), "{text}");
            // A journey made by `apply` matches its own procedure: nothing to report.
            assert_eq!(reconcile(j, p), (j.clone(), vec![]));
        });
    }

    #[test]
    fn missing_count_follows_the_contract(pi in 0usize..64, raw in raw_events()) {
        run(pi, &raw, |p, _, _, j| {
            let list = checklist(p, j);
            assert_eq!(list.missing.missing, missing_by_hand(p, j));
            let counted = list.items.iter().filter(|i| i.status == ItemStatus::Counted).count();
            assert_eq!(list.missing.counted as usize, counted);
            assert!(list.missing.missing <= list.missing.counted);
        });
    }

    /// After an answer changes, nothing is counted (nor listed) that does not apply.
    #[test]
    fn changing_an_answer_never_counts_what_no_longer_applies(pi in 0usize..64, raw in raw_events()) {
        run(pi, &raw, |p, _, e, j| {
            if !matches!(e, Event::Answer { .. } | Event::ClearAnswer { .. }) {
                return;
            }
            for item in checklist(p, j).items {
                let d = item.document;
                let applies = both(when(&d.when, p, j), on_channel(&d.channels, p, j));
                assert_ne!(applies, Some(false), "{} listed", d.id);
                if item.status == ItemStatus::Counted {
                    assert_eq!(applies, Some(true), "{} counted", d.id);
                }
            }
            for s in steps(p, j).steps {
                let applies = both(when(&s.step.when, p, j), on_channel(&s.step.channels, p, j));
                assert_ne!(applies, Some(false), "step {} listed", s.step.id);
            }
        });
    }

    /// No event panics, and the ones that do not fit leave the journey alone; every view
    /// can be computed at every point.
    #[test]
    fn apply_is_total(pi in 0usize..64, raw in raw_events()) {
        run(pi, &raw, |p, before, e, after| {
            let _ = (questions(p, after), stop(p, after), steps(p, after));
            for c in channels(p, after) {
                let _ = (time_limit(c.channel, p, after), fees(c.channel, p, after));
            }
            let invalid_id = match e {
                Event::Answer { question, .. } => !p.questions.iter().any(|q| q.id == *question),
                Event::Tick(t) => resolve_tick(p, t).is_none(),
                Event::MarkStepDone(s) => !p.steps.iter().any(|x| x.id == *s),
                Event::ChooseChannel(k) => k.resolve(p).is_none(),
                _ => false,
            };
            if invalid_id {
                assert_eq!(after, before);
            }
        });
    }

    /// Restoring arbitrary text never panics.
    #[test]
    fn restoring_garbage_never_panics(text in ".{0,80}") {
        let _ = from_json(&text);
    }

    #[test]
    fn restoring_near_misses_never_panics(
        key in "[vpntwaocklsrm]",
        value in prop_oneof![
            Just("1".to_string()), Just("-1".to_string()), Just("1e999".to_string()),
            Just("\"\"".to_string()), Just("\"~\"".to_string()), Just("[\"\"]".to_string()),
            Just("{\"/\":1}".to_string()), Just("{\"a\":{}}".to_string()), Just("null".to_string()),
            Just("18446744073709551616".to_string()),
            Just("{\"k/a/b\":0}".to_string()), Just("{\"o\":{}}".to_string()),
            Just("{\"s/\":1}".to_string()),
        ],
    ) {
        let text = format!(r#"{{"v":2,"p":"x","{key}":{value}}}"#);
        let _ = from_json(&text);
    }
}
