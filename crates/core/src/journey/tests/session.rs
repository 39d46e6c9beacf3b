//! The session rules (`journey::session`): views per procedure and journey, the view
//! shown, what a restore adopts, the save rule and the "in progress" list.

use crate::journey::session::{
    in_progress, missing, office_listed, pristine, restore, save, saved, shown_view, views,
    Missing, RestoreProblem, Save,
};
use crate::journey::{to_json, Event, Journey, Notice, View};

use super::{answer, journey, procedure, sample};

const DAY: u64 = 24 * 60 * 60 * 1000;

#[test]
fn views_follow_the_procedure_and_the_answers() {
    use View::*;
    let c = sample();
    // Birth registration: questions, any commune office, four channels, papers.
    let birth = procedure("1.001193");
    let fresh = journey(birth, vec![]);
    assert_eq!(
        views(c, birth, &fresh),
        [Overview, Situation, Office, Channel, Documents, Steps, Summary]
    );
    // An answer that stops the journey leaves nothing past "your situation".
    let stopped = journey(birth, vec![answer("lien_thong", "yes")]);
    assert_eq!(views(c, birth, &stopped), [Overview, Situation]);
    // Going back on the answer brings the views back.
    let resumed = journey(
        birth,
        vec![answer("lien_thong", "yes"), answer("lien_thong", "no")],
    );
    assert_eq!(views(c, birth, &resumed).len(), 7);
    // No questions: no "your situation".
    let no_questions = procedure("2.000986");
    assert_eq!(
        views(c, no_questions, &journey(no_questions, vec![])),
        [Overview, Office, Documents, Steps, Summary],
        "one channel: no \"how\""
    );
    // A withdrawn procedure offers no journey, only its overview (the replacement).
    let withdrawn = procedure("hcm-lltp-stp-cu");
    assert_eq!(views(c, withdrawn, &journey(withdrawn, vec![])), [Overview]);
    // One named agency: no "where".
    let police = procedure("3.000333");
    assert!(!views(c, police, &journey(police, vec![])).contains(&Office));
}

/// "Continue" from "Where" without an office says what is missing; an office chosen, or
/// the only one listed, lets it move on; no other view holds the person back.
#[test]
fn continue_from_where_needs_an_office() {
    let c = sample();
    let birth = procedure("1.001193");
    let fresh = journey(birth, vec![]);
    assert_eq!(
        missing(c, birth, &fresh, View::Office),
        Some(Missing::Office)
    );
    for view in View::ALL.iter().filter(|v| **v != View::Office) {
        assert_eq!(missing(c, birth, &fresh, *view), None, "{view:?}");
    }
    let chosen = journey(birth, vec![Event::ChooseOffice("phuong-ban-co".into())]);
    assert_eq!(missing(c, birth, &chosen, View::Office), None);
    let police = procedure("3.000333");
    assert_eq!(
        missing(c, police, &journey(police, vec![]), View::Office),
        None
    );
}

#[test]
fn the_view_shown_is_the_asked_one_else_the_saved_one_else_the_overview() {
    use View::*;
    let all = [Overview, Situation, Documents];
    assert_eq!(shown_view(Some(Documents), Situation, &all), Documents);
    assert_eq!(shown_view(None, Situation, &all), Situation);
    assert_eq!(shown_view(Some(Office), Situation, &all), Situation);
    assert_eq!(shown_view(Some(Office), Steps, &all), Overview);
}

#[test]
fn restore_adopts_what_is_saved_and_says_what_it_could_not() {
    let c = sample();
    let p = procedure("1.001193");
    let listed = |id: &str| office_listed(c, p, id);
    let fresh = Journey::new(p.id.clone(), 99, 5 * DAY);
    // Nothing saved: the fresh journey.
    let r = restore(None, p, fresh.clone(), 5 * DAY, 30 * DAY, &listed);
    assert_eq!((r.journey.nonce, r.problem, r.forget), (99, None, false));
    // Saved: adopted as it was (nonce included).
    let office = c
        .agencies
        .iter()
        .find(|a| listed(&a.id))
        .expect("an office")
        .id
        .clone();
    let mut saved = journey(
        p,
        vec![answer("nguoi_nop", "cha_me"), Event::ChooseOffice(office)],
    );
    saved.touched = 4 * DAY;
    let text = to_json(&saved);
    let r = restore(Some(&text), p, fresh.clone(), 5 * DAY, 30 * DAY, &listed);
    assert_eq!(r.journey, saved);
    assert!(r.notices.is_empty());
    // Untouched for longer than the forget period: forgotten.
    let r = restore(Some(&text), p, fresh.clone(), 40 * DAY, 30 * DAY, &listed);
    assert!(r.forget);
    assert_eq!(r.journey, fresh);
    // An office the catalogue does not list for it is taken back, with a notice.
    let mut elsewhere = saved.clone();
    elsewhere.office = Some("not-an-office".into());
    let r = restore(
        Some(&to_json(&elsewhere)),
        p,
        fresh.clone(),
        5 * DAY,
        30 * DAY,
        &listed,
    );
    assert_eq!(r.journey.office, None);
    assert!(r.notices.contains(&Notice::OfficeCleared));
    // Unreadable, newer, or another procedure's journey: a fresh one, and why.
    let r = restore(Some("{"), p, fresh.clone(), 5 * DAY, 30 * DAY, &listed);
    assert_eq!(r.problem, Some(RestoreProblem::Unreadable));
    let newer = r#"{"v":99,"p":"1.001193"}"#;
    let r = restore(Some(newer), p, fresh.clone(), 5 * DAY, 30 * DAY, &listed);
    assert_eq!(r.problem, Some(RestoreProblem::Newer));
    let other = to_json(&journey(procedure("2.000986"), vec![]));
    let r = restore(Some(&other), p, fresh.clone(), 5 * DAY, 30 * DAY, &listed);
    assert_eq!(
        (r.journey.clone(), r.problem),
        (fresh, Some(RestoreProblem::Unreadable))
    );
}

#[test]
fn nothing_done_is_nothing_saved() {
    let p = procedure("1.001193");
    let fresh = journey(p, vec![]);
    assert!(pristine(&fresh));
    assert_eq!(save(&fresh, View::Overview, None, false), Save::Remove);
    // Visiting a view is kept (a reload or "resume" returns there).
    match save(&fresh, View::Documents, None, false) {
        Save::Write(j) => assert_eq!(j.view, View::Documents),
        other => panic!("{other:?}"),
    }
    let answered = journey(p, vec![answer("nguoi_nop", "cha_me")]);
    assert!(matches!(
        save(&answered, View::Overview, None, false),
        Save::Write(_)
    ));
    // Unreadable text stays until the person does something.
    assert_eq!(
        save(&fresh, View::Documents, Some(&fresh), false),
        Save::Keep
    );
    assert!(matches!(
        save(&answered, View::Overview, Some(&fresh), false),
        Save::Write(_)
    ));
    // Erased, and still on the documents: nothing kept until the person acts again.
    assert_eq!(save(&fresh, View::Documents, None, true), Save::Remove);
    assert!(matches!(
        save(&answered, View::Documents, None, true),
        Save::Write(_)
    ));
}

#[test]
fn the_list_shows_journeys_the_person_did_something_in_most_recent_first() {
    let birth = procedure("1.001193");
    let other = procedure("1.000894");
    let mut a = journey(birth, vec![answer("nguoi_nop", "cha_me")]);
    a.touched = 10 * DAY;
    let mut b = journey(other, vec![]);
    b.view = View::Documents;
    b.touched = 12 * DAY;
    let mut untouched = journey(procedure("2.000986"), vec![]);
    untouched.touched = 12 * DAY;
    let mut stale = journey(procedure("1.004194"), vec![]);
    stale.view = View::Steps;
    stale.touched = DAY;
    assert!(in_progress(&b) && !in_progress(&untouched));
    let entries = vec![
        (birth.id.clone(), to_json(&a)),
        (other.id.clone(), to_json(&b)),
        ("2.000986".into(), to_json(&untouched)),
        ("1.004194".into(), to_json(&stale)),
        ("broken".into(), "{".into()),
        // Saved under another procedure's key: not listed.
        ("1.013225".into(), to_json(&a)),
    ];
    let s = saved(entries, 13 * DAY, 5 * DAY);
    let ids: Vec<&str> = s.in_progress.iter().map(|j| j.procedure.as_str()).collect();
    assert_eq!(ids, [other.id.as_str(), birth.id.as_str()]);
    assert_eq!(s.stale, ["1.004194"]);
}
