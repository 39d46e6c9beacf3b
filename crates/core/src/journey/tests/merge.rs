//! Two tabs acting at once: [`merge`] and the times [`apply_at`] gives each change.
//! Cases first, then properties over arbitrary event sequences in two or three copies
//! of one journey, and a simulation of the glue's protocol (save, hear, merge, write
//! back only what storage lacks) with saves crossing in every order.

use std::collections::BTreeSet;

use proptest::prelude::*;

use crate::catalogue::Procedure;
use crate::journey::merge::{items, value};
use crate::journey::*;

use super::props::{event, raw_events, RawEvent};
use super::{procedure, sample};

const T: u64 = 1_764_000_000_000;

fn tick(id: &str) -> Event {
    Event::Tick(TickTarget::document(id))
}

fn untick(id: &str) -> Event {
    Event::Untick(TickTarget::document(id))
}

fn alt(alternative: &str) -> TickTarget {
    TickTarget::alternative("giay-to-tuy-than", alternative)
}

fn ticked(j: &Journey) -> Vec<String> {
    let mut out: Vec<String> = j.ticks.iter().map(|t| t.target.to_wire()).collect();
    out.sort();
    out
}

/// `events` applied to `j`, the n-th at `at + n`.
fn act(p: &Procedure, j: &Journey, at: u64, events: Vec<Event>) -> Journey {
    let mut j = j.clone();
    for (n, e) in events.into_iter().enumerate() {
        j = apply_at(&j, e, p, at + n as u64);
    }
    j
}

/// Both orders, and the same progress either way.
fn both_ways(a: &Journey, b: &Journey) -> Journey {
    let ab = merge(a, b);
    let ba = merge(b, a);
    assert!(same_progress(&ab, &ba), "{ab:?}\n{ba:?}");
    assert_eq!(ab.view, a.view, "the local view stays");
    ab
}

#[test]
fn ticks_of_different_papers_at_the_same_moment_are_both_kept() {
    let p = procedure("2.000635");
    let base = Journey::new(p.id.clone(), 1, T);
    let one = act(p, &base, T + 5, vec![tick("to-khai")]);
    let two = act(
        p,
        &base,
        T + 5,
        vec![Event::Tick(alt("giay-to-tuy-than-ho-chieu"))],
    );
    let merged = both_ways(&one, &two);
    assert_eq!(
        ticked(&merged),
        ["giay-to-tuy-than/giay-to-tuy-than-ho-chieu", "to-khai"]
    );
    // A step done in one tab and a tick in the other: both kept too.
    let three = act(
        p,
        &base,
        T + 6,
        vec![Event::MarkStepDone("nop-yeu-cau".into())],
    );
    let merged = both_ways(&merged, &three);
    assert!(merged.is_step_done("nop-yeu-cau"));
    assert_eq!(merged.ticks.len(), 2);
}

#[test]
fn a_later_untick_wins_over_an_earlier_tick_and_the_other_way() {
    let p = procedure("2.000635");
    let base = act(
        p,
        &Journey::new(p.id.clone(), 1, T),
        T,
        vec![tick("to-khai")],
    );
    // The other tab heard the tick, then unticked.
    let other = act(p, &base, T + 100, vec![untick("to-khai")]);
    assert!(ticked(&both_ways(&base, &other)).is_empty());
    // Then the first ticks again, having heard the untick.
    let again = act(p, &merge(&base, &other), T + 200, vec![tick("to-khai")]);
    assert_eq!(ticked(&both_ways(&again, &other)), ["to-khai"]);
    // Concurrently: an untick at 150 in one tab beats a tick at 120 in the other that
    // had not heard it; each tab's other papers stay.
    let a = act(p, &base, T + 150, vec![untick("to-khai")]);
    let b = act(
        p,
        &base,
        T + 120,
        vec![
            Event::Tick(alt("giay-to-tuy-than-ho-chieu")),
            Event::Untick(TickTarget::document("to-khai")),
            tick("to-khai"),
        ],
    );
    assert_eq!(
        ticked(&both_ways(&a, &b)),
        ["giay-to-tuy-than/giay-to-tuy-than-ho-chieu"]
    );
}

#[test]
fn a_change_made_after_seeing_another_wins_even_if_the_clock_stepped_back() {
    let p = procedure("2.000635");
    let base = act(
        p,
        &Journey::new(p.id.clone(), 1, T),
        T,
        vec![tick("to-khai")],
    );
    let behind = act(p, &base, T - 60_000, vec![untick("to-khai")]);
    assert!(
        behind
            .changed
            .get(&Item::Tick(TickTarget::document("to-khai")))
            > Some(&T)
    );
    assert!(ticked(&both_ways(&base, &behind)).is_empty());
}

#[test]
fn the_same_millisecond_is_settled_the_same_way_in_both_tabs() {
    let p = procedure("1.001193");
    let base = Journey::new(p.id.clone(), 1, T);
    let choice = |v: &str| Event::Answer {
        question: "nguoi_nop".into(),
        value: v.into(),
    };
    let a = act(p, &base, T + 1, vec![choice("cha_me")]);
    let a = act(p, &a, T + 2, vec![tick("to-khai")]);
    let b = act(p, &base, T + 1, vec![choice("uy_quyen")]);
    let b = act(p, &b, T + 1, vec![tick("to-khai")]);
    let b = act(p, &b, T + 2, vec![untick("to-khai")]);
    let c = act(p, &base, T + 3, vec![Event::ChooseChannel(key("~post"))]);
    let d = act(
        p,
        &base,
        T + 3,
        vec![Event::ChooseChannel(key("online-vneid"))],
    );
    let tick_at = |j: &Journey| {
        j.changed
            .get(&Item::Tick(TickTarget::document("to-khai")))
            .copied()
    };
    assert_eq!(tick_at(&a), tick_at(&b), "a tie");
    let merged = both_ways(&a, &b);
    // Same time: the larger value, in both tabs. A tick and an untick at the same time:
    // the tick (nothing a person ticked is lost to a tie).
    assert_eq!(merged.answer("nguoi_nop"), Some("uy_quyen"));
    assert_eq!(ticked(&merged), ["to-khai"]);
    // Two channels: the larger saved form (`~post` sorts after any id).
    assert_eq!(both_ways(&c, &d).channel, Some(key("~post")));
}

fn key(wire: &str) -> ChannelKey {
    ChannelKey::from_wire(wire).expect("a channel key")
}

#[test]
fn start_over_clears_what_came_before_it_everywhere_but_not_what_came_after() {
    let p = procedure("2.000635");
    let base = act(
        p,
        &Journey::new(p.id.clone(), 1, T),
        T,
        vec![tick("to-khai")],
    );
    let restarted = act(p, &base, T + 100, vec![Event::StartOver { nonce: 2 }]);
    assert_eq!(restarted.started, T + 100);
    // The other tab ticked before the start over (unheard), and after it.
    let before = act(
        p,
        &base,
        T + 50,
        vec![Event::Tick(alt("giay-to-tuy-than-ho-chieu"))],
    );
    let merged = both_ways(&restarted, &before);
    assert!(merged.ticks.is_empty(), "{merged:?}");
    assert!(merged.changed.is_empty());
    assert_eq!((merged.nonce, merged.started), (2, T + 100));
    let after = act(
        p,
        &before,
        T + 150,
        vec![Event::MarkStepDone("cap-ban-sao".into())],
    );
    let merged = both_ways(&restarted, &after);
    assert!(merged.ticks.is_empty());
    assert_eq!(merged.done_steps, ["cap-ban-sao"]);
    assert_eq!(merged.nonce, 2);
}

#[test]
fn an_erased_journey_does_not_come_back_from_a_tab_that_had_not_heard() {
    let p = procedure("2.000635");
    let base = act(
        p,
        &Journey::new(p.id.clone(), 1, T),
        T,
        vec![tick("to-khai")],
    );
    let late = act(
        p,
        &base,
        T + 1,
        vec![Event::Tick(alt("giay-to-tuy-than-ho-chieu"))],
    );
    let gone = erased(&late);
    assert!(gone.ticks.is_empty() && gone.changed.is_empty());
    assert_eq!(erased(&gone), gone, "heard twice: nothing more");
    assert!(merge(&gone, &base).ticks.is_empty());
    assert!(merge(&gone, &late).ticks.is_empty());
}

#[test]
fn a_renewed_journey_replaces_what_other_tabs_had() {
    let p = procedure("2.000635");
    let other = act(
        p,
        &Journey::new(p.id.clone(), 1, T),
        T,
        vec![tick("to-khai")],
    );
    // A share link opened at T + 10 with one alternative ticked, no times.
    let mut shared = Journey::new(p.id.clone(), 9, 0);
    shared.ticks.push(Tick {
        target: alt("giay-to-tuy-than-ho-chieu"),
        fingerprint: 1,
    });
    let opened = renewed(&shared, T + 10);
    let merged = both_ways(&other, &opened);
    assert_eq!(
        ticked(&merged),
        ["giay-to-tuy-than/giay-to-tuy-than-ho-chieu"]
    );
    assert_eq!(merged.nonce, 9);
}

#[test]
fn states_saved_by_version_1_restore_and_merge_as_changed_at_0() {
    let p = procedure("2.000635");
    let old = from_json(r#"{"v":1,"p":"2.000635","n":3,"t":5,"w":"documents","k":{"to-khai":7},"s":["nop-yeu-cau"]}"#)
        .expect("a version 1 state");
    assert!(old.changed.is_empty() && old.started == 0);
    assert_eq!(ticked(&old), ["to-khai"]);
    // Merged with a tab that ticked something else: both; with one that unticked it
    // since: the untick.
    let other = act(
        p,
        &Journey::new(p.id.clone(), 4, T),
        T,
        vec![Event::Tick(alt("giay-to-tuy-than-ho-chieu"))],
    );
    let merged = both_ways(&old, &other);
    assert_eq!(merged.ticks.len(), 2);
    assert!(merged.is_step_done("nop-yeu-cau"));
    let unticked = act(p, &old, T, vec![untick("to-khai")]);
    assert!(both_ways(&old, &unticked).ticks.is_empty());
    // Nothing changed since version 1: written as version 1 again.
    assert!(to_json(&old).starts_with(r#"{"v":1,"#));
    assert!(to_json(&unticked).starts_with(r#"{"v":2,"#));
}

/// A paper gone from the catalogue is dropped on restore; the tab that still shows the
/// older catalogue does not bring it back, and the glue's own take-back (an office the
/// catalogue no longer lists) holds the same way.
#[test]
fn what_the_catalogue_dropped_is_not_brought_back_by_an_older_copy() {
    let p = procedure("2.000635");
    let other = act(
        p,
        &Journey::new(p.id.clone(), 1, T),
        T,
        vec![
            tick("to-khai"),
            Event::Tick(alt("giay-to-tuy-than-ho-chieu")),
        ],
    );
    let mut newer = p.clone();
    newer.documents.retain(|d| d.id != "to-khai");
    let (restored, notices) = reconcile(&other, &newer);
    assert_eq!(
        notices,
        vec![Notice::Dropped(TickTarget::document("to-khai"))]
    );
    let merged = both_ways(&restored, &other);
    assert_eq!(
        ticked(&merged),
        ["giay-to-tuy-than/giay-to-tuy-than-ho-chieu"]
    );
    let mut cleared = other.clone();
    // (An office id the sample procedure does not list: only the glue checks that.)
    cleared.office = Some("x".into());
    cleared.changed.insert(Item::Office, T + 5);
    let before = cleared.clone();
    let cleared = take_back(&cleared, Item::Office);
    assert_eq!(cleared.office, None);
    assert_eq!(both_ways(&cleared, &before).office, None);
}

#[test]
fn covers_tells_when_storage_already_holds_it_all() {
    let p = procedure("2.000635");
    let base = act(
        p,
        &Journey::new(p.id.clone(), 1, T),
        T,
        vec![tick("to-khai")],
    );
    let mut elsewhere = base.clone();
    elsewhere.view = View::Steps;
    assert!(covers(&base, &elsewhere), "another view is nothing new");
    let later = act(p, &base, T + 1, vec![untick("to-khai")]);
    assert!(!covers(&base, &later));
    assert!(covers(&later, &base));
    assert!(covers(&merge(&base, &later), &later));
}

// ---- properties ----

fn pick_procedure(pi: usize) -> &'static Procedure {
    let catalogue = sample();
    &catalogue.procedures[pi % catalogue.procedures.len()]
}

/// A step of one tab: the raw event and how many milliseconds passed before it (often
/// none, so ties happen).
type Step = (RawEvent, u8);

fn steps() -> impl Strategy<Value = Vec<Step>> {
    raw_events().prop_flat_map(|raw| {
        let n = raw.len();
        (Just(raw), prop::collection::vec(0u8..4, n))
            .prop_map(|(raw, gaps)| raw.into_iter().zip(gaps).collect())
    })
}

fn run(p: &Procedure, from: &Journey, steps: &[Step], mut now: u64) -> Journey {
    let mut j = from.clone();
    for ((kind, a, b, junk), gap) in steps {
        now += u64::from(*gap);
        let e = event(p, *kind, *a, *b, junk);
        // The random Touch events would set `touched` backwards; the glue never does.
        if matches!(e, Event::Touch { .. }) {
            continue;
        }
        j = apply_at(&j, e, p, now);
    }
    j
}

fn all_items(js: &[&Journey]) -> BTreeSet<Item> {
    let mut out = Vec::new();
    for j in js {
        items(j, &mut out);
    }
    out.into_iter().collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    /// Commutative (but for the view), associative, idempotent; the merge covers both
    /// sides and survives saving.
    #[test]
    fn merge_is_a_join(
        pi in 0usize..64,
        base in steps(),
        tabs in prop::collection::vec((steps(), 0u64..20), 3),
    ) {
        let p = pick_procedure(pi);
        let start = run(p, &Journey::new(p.id.clone(), 1, T), &base, T);
        let [a, b, c] = [0, 1, 2].map(|i| run(p, &start, &tabs[i].0, T + 100 + tabs[i].1));
        let ab = merge(&a, &b);
        prop_assert!(same_progress(&ab, &merge(&b, &a)));
        prop_assert_eq!(merge(&a, &a), a.clone());
        prop_assert!(same_progress(&merge(&ab, &b), &ab));
        prop_assert!(same_progress(&merge(&ab, &c), &merge(&a, &merge(&b, &c))));
        prop_assert!(same_progress(&merge(&merge(&a, &c), &b), &merge(&ab, &c)));
        prop_assert!(covers(&ab, &a) && covers(&ab, &b));
        prop_assert_eq!(from_json(&to_json(&ab)), Ok(ab.clone()));
        prop_assert_eq!(reconcile(&ab, p).1, vec![]);
    }

    /// What only one tab changed since they parted is kept as that tab has it; what
    /// both changed is the later change; nothing else moves. (Without a start over in
    /// either: that clears by design.)
    #[test]
    fn concurrent_changes_are_all_kept(
        pi in 0usize..64,
        base in steps(),
        one in steps(),
        two in steps(),
        gap in 0u64..3,
    ) {
        let p = pick_procedure(pi);
        let start = run(p, &Journey::new(p.id.clone(), 1, T), &base, T);
        let restarts = |s: &[Step]| s.iter().any(|((k, ..), _)| k % 24 == 22);
        prop_assume!(!restarts(&one) && !restarts(&two));
        let a = run(p, &start, &one, T + 1_000);
        let b = run(p, &start, &two, T + 1_000 + gap);
        let merged = merge(&a, &b);
        for item in all_items(&[&start, &a, &b]) {
            let (va, vb, v0) = (value(&a, &item), value(&b, &item), value(&start, &item));
            let at = |j: &Journey| j.changed.get(&item).copied().unwrap_or(0);
            let (ta, tb, t0) = (at(&a), at(&b), at(&start));
            let expected = match (ta == t0, tb == t0) {
                (true, true) => v0,
                (false, true) => va,
                (true, false) => vb,
                (false, false) => (ta, va).max((tb, vb)).1,
            };
            prop_assert_eq!(value(&merged, &item), expected, "{:?}", item);
        }
    }

    /// A journey continued from another (it heard everything, then acted) wins
    /// entirely, in both orders.
    #[test]
    fn what_came_after_wins(
        pi in 0usize..64,
        base in steps(),
        more in steps(),
        back in 0u64..5_000,
    ) {
        let p = pick_procedure(pi);
        let before = run(p, &Journey::new(p.id.clone(), 1, T), &base, T);
        // Even on a clock that stepped back (but `touched`, the time of the last act, is
        // a clock reading, so it is only compared where the clock went on).
        let after = run(p, &before, &more, T - back);
        let mut merged = merge(&before, &after);
        merged.touched = after.touched;
        prop_assert!(same_progress(&merged, &after), "{:?}\n{:?}", merged, after);
        let mut merged = merge(&after, &before);
        merged.touched = after.touched;
        prop_assert!(same_progress(&merged, &after));
    }

    /// The glue's protocol with two or three tabs: each acts, saves, hears the others'
    /// saves late and in any order, merges, and writes back only when storage lacks
    /// something. It settles, with every tab holding the merge of all, and storage too.
    #[test]
    fn tabs_settle_on_the_merge_of_all(
        pi in 0usize..64,
        acts in prop::collection::vec(
            (0usize..3, any::<(u8, u16, u16)>(), 0u8..3, any::<bool>()),
            0..30,
        ),
        tabs in 2usize..4,
    ) {
        let p = pick_procedure(pi);
        let mut local: Vec<Journey> =
            (0..tabs).map(|i| Journey::new(p.id.clone(), i as u64, T)).collect();
        let mut stored: Option<String> = None;
        // Storage events waiting for each tab.
        let mut pending = vec![0usize; tabs];
        let mut now = T;
        let mut writes = 0;
        let hear = |i: usize,
                    local: &mut Vec<Journey>,
                    stored: &mut Option<String>,
                    pending: &mut Vec<usize>,
                    writes: &mut usize| {
            pending[i] = 0;
            let Some(text) = stored.as_deref() else { return };
            let Ok(s) = from_json(text) else { return };
            local[i] = merge(&local[i], &s);
            if !covers(&s, &local[i]) {
                *stored = Some(to_json(&local[i]));
                *writes += 1;
                for (k, n) in pending.iter_mut().enumerate() {
                    if k != i { *n += 1; }
                }
            }
        };
        for (tab, (kind, a, b), gap, deliver) in acts {
            let i = tab % tabs;
            now += u64::from(gap);
            let e = event(p, kind, a, b, "x");
            if matches!(e, Event::Touch { .. } | Event::StartOver { .. }) {
                continue;
            }
            let next = apply_at(&local[i], e, p, now);
            if next != local[i] {
                local[i] = next;
                stored = Some(to_json(&local[i]));
                for (k, n) in pending.iter_mut().enumerate() {
                    if k != i { *n += 1; }
                }
            }
            if deliver {
                for k in 0..tabs {
                    if pending[k] > 0 {
                        hear(k, &mut local, &mut stored, &mut pending, &mut writes);
                    }
                }
            }
        }
        // Then everything is delivered, until nobody has anything left to hear.
        let mut rounds = 0;
        while pending.iter().any(|n| *n > 0) {
            rounds += 1;
            prop_assert!(rounds < 10, "no ping-pong");
            for k in 0..tabs {
                if pending[k] > 0 {
                    hear(k, &mut local, &mut stored, &mut pending, &mut writes);
                }
            }
        }
        // Nobody saved anything: nothing to agree on (each keeps its own nonce).
        prop_assume!(stored.is_some());
        let all = local.iter().skip(1).fold(local[0].clone(), |acc, j| merge(&acc, j));
        for j in &local {
            prop_assert!(same_progress(j, &all), "{:?}\n{:?}", j, all);
        }
        if let Some(text) = stored {
            prop_assert!(same_progress(&from_json(&text).expect("readable"), &all));
        }
        prop_assert!(writes <= 2 * tabs * 30, "{} write-backs", writes);
    }
}
