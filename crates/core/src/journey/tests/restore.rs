//! Saving and restoring, laying a journey over a changed catalogue, invalid events, and
//! the condition logic on its own.

use crate::catalogue::{Condition, Procedure, Question, QuestionKind, Text};
use crate::i18n::Lang;
use crate::journey::*;

use super::{answer, journey, procedure};

fn key(wire: &str) -> ChannelKey {
    ChannelKey::from_wire(wire).unwrap()
}

fn tick(wire: &str) -> Event {
    Event::Tick(TickTarget::from_wire(wire).unwrap())
}

/// A journey through 3.000333 that uses every part of the state.
fn full() -> (&'static Procedure, Journey) {
    let p = procedure("3.000333");
    let j = journey(
        p,
        vec![
            answer("doi_tuong_phi", "giam"),
            answer("@vneid_level_2", "yes"),
            answer("loai_phieu", "so1"),
            answer("cha_me_cho_con", "no"),
            Event::ChooseOffice("cong-an-tphcm".into()),
            Event::ChooseChannel(key("~online4")),
            tick(
                "giay-to-tuy-than/giay-to-tuy-than-ban-sao-kem-ban-chinh/giay-to-tuy-than-ban-sao",
            ),
            tick("mien-giam-phi"),
            Event::MarkStepDone("dang-nhap".into()),
            Event::GoTo(View::Documents),
            Event::Touch {
                now: 1_764_000_000_000,
            },
        ],
    );
    (p, j)
}

#[test]
fn writes_compact_json_and_reads_it_back() {
    let p = procedure("1.001193");
    let j = journey(
        p,
        vec![
            answer("nguoi_nop", "cha_me"),
            Event::ChooseChannel(key("~in_person")),
            tick("to-khai"),
            Event::MarkLookedUp {
                document: "giay-to-tuy-than".into(),
                looked_up: true,
            },
            Event::GoTo(View::Steps),
        ],
    );
    let text = to_json(&j);
    let fp = fingerprint(&p.documents[0].name);
    assert_eq!(
        text,
        format!(
            r#"{{"v":1,"p":"1.001193","n":7,"t":1000,"w":"steps","a":{{"nguoi_nop":"cha_me"}},"c":"~in_person","k":{{"to-khai":{fp}}},"l":["giay-to-tuy-than"]}}"#
        )
    );
    assert_eq!(from_json(&text), Ok(j));

    let (_, j) = full();
    assert_eq!(from_json(&to_json(&j)), Ok(j));

    let fresh = Journey::new("2.000635", u64::MAX, 0);
    assert_eq!(
        to_json(&fresh),
        r#"{"v":1,"p":"2.000635","n":18446744073709551615,"t":0}"#
    );
    assert_eq!(from_json(&to_json(&fresh)), Ok(fresh));
}

/// Version 2: the last start over (`r`) and each item's last change (`m`, shaped like
/// the values), a taken-back tick among them.
#[test]
fn writes_the_times_of_changes_as_version_2() {
    let p = procedure("2.000635");
    let t = 1_764_000_000_000;
    let mut j = Journey::new(p.id.clone(), 7, t);
    for (n, e) in [
        tick("to-khai"),
        tick("giay-to-tuy-than/giay-to-tuy-than-ho-chieu"),
        Event::MarkStepDone("nop-yeu-cau".into()),
        Event::Untick(TickTarget::document("to-khai")),
    ]
    .into_iter()
    .enumerate()
    {
        j = apply_at(&j, e, p, t + 10 * n as u64);
    }
    let text = to_json(&j);
    let fp = fingerprint(&p.documents[1].one_of[1].name);
    assert_eq!(
        text,
        format!(
            r#"{{"v":2,"p":"2.000635","n":7,"t":{t30},"k":{{"giay-to-tuy-than/giay-to-tuy-than-ho-chieu":{fp}}},"s":["nop-yeu-cau"],"m":{{"k/giay-to-tuy-than/giay-to-tuy-than-ho-chieu":{t10},"k/to-khai":{t30},"s/nop-yeu-cau":{t20}}}}}"#,
            t10 = t + 10,
            t20 = t + 20,
            t30 = t + 30,
        )
    );
    assert_eq!(from_json(&text), Ok(j.clone()));
    let restarted = apply_at(&j, Event::StartOver { nonce: 8 }, p, t + 40);
    assert_eq!(
        to_json(&restarted),
        format!(
            r#"{{"v":2,"p":"2.000635","n":8,"t":{},"r":{}}}"#,
            t + 40,
            t + 40
        )
    );
    assert_eq!(from_json(&to_json(&restarted)), Ok(restarted));
    // Every kind of item, a time of 0 (none), a repeated key (the last counts) and a kind
    // this widget does not know (ignored).
    let j = from_json(
        r#"{"v":2,"p":"x","o":"u","m":{"a/q":5,"o":6,"c":7,"k/d/e":8,"l/d":9,"s/s":0,"s/s2":3,"s/s2":4,"zz/y":1}}"#,
    )
    .unwrap();
    let expected: Vec<(Item, u64)> = vec![
        (Item::Answer("q".into()), 5),
        (Item::Office, 6),
        (Item::Channel, 7),
        (Item::Tick(TickTarget::alternative("d", "e")), 8),
        (Item::LookedUp("d".into()), 9),
        (Item::Step("s2".into()), 4),
    ];
    assert_eq!(
        j.changed
            .iter()
            .map(|(i, at)| (i.clone(), at))
            .collect::<Vec<_>>(),
        expected
    );
}

#[test]
fn restore_refuses_what_it_cannot_read() {
    use RestoreError::*;
    let not_json = |s: &str| matches!(from_json(s), Err(NotJson(_)));
    assert!(not_json(""));
    assert!(not_json("   "));
    assert!(not_json("{\"v\":1,"));
    assert!(not_json("<html>404</html>"));
    assert!(not_json("{\"v\":1,\"p\":\"1.001193\"}x"));
    let cases: &[(&str, RestoreError)] = &[
        ("[]", NotAnObject),
        ("\"v\"", NotAnObject),
        ("null", NotAnObject),
        (r#"{"p":"1.001193"}"#, NoVersion),
        (r#"{"v":"1","p":"1.001193"}"#, NoVersion),
        (r#"{"v":0,"p":"1.001193"}"#, NoVersion),
        (r#"{"v":1.5,"p":"1.001193"}"#, NoVersion),
        (r#"{"v":-1,"p":"1.001193"}"#, NoVersion),
        (r#"{"v":3,"p":"1.001193"}"#, FutureVersion(3)),
        (
            r#"{"v":99999999999,"p":"x"}"#,
            FutureVersion(99_999_999_999),
        ),
        (r#"{"v":1}"#, Missing("p")),
        (r#"{"v":1,"p":5}"#, WrongType("p")),
        (r#"{"v":1,"p":""}"#, WrongType("p")),
        (r#"{"v":1,"p":"x","n":"7"}"#, WrongType("n")),
        (r#"{"v":1,"p":"x","n":-7}"#, WrongType("n")),
        (r#"{"v":1,"p":"x","t":1e400}"#, WrongType("t")),
        (r#"{"v":1,"p":"x","w":"elsewhere"}"#, WrongType("w")),
        (r#"{"v":1,"p":"x","w":3}"#, WrongType("w")),
        (r#"{"v":1,"p":"x","a":[]}"#, WrongType("a")),
        (r#"{"v":1,"p":"x","a":{"q":true}}"#, WrongType("a")),
        (r#"{"v":1,"p":"x","a":{"":"yes"}}"#, WrongType("a")),
        (r#"{"v":1,"p":"x","o":null}"#, WrongType("o")),
        (r#"{"v":1,"p":"x","c":"~bike"}"#, WrongType("c")),
        (r#"{"v":1,"p":"x","c":"~post.1"}"#, WrongType("c")),
        (r#"{"v":1,"p":"x","c":""}"#, WrongType("c")),
        (r#"{"v":1,"p":"x","k":["a"]}"#, WrongType("k")),
        (r#"{"v":1,"p":"x","k":{"a":"1"}}"#, WrongType("k")),
        (r#"{"v":1,"p":"x","k":{"a":4294967296}}"#, WrongType("k")),
        (r#"{"v":1,"p":"x","k":{"a//b":1}}"#, WrongType("k")),
        (r#"{"v":1,"p":"x","k":{"a/b/c/d":1}}"#, WrongType("k")),
        (r#"{"v":1,"p":"x","k":{"":1}}"#, WrongType("k")),
        (r#"{"v":1,"p":"x","l":"a"}"#, WrongType("l")),
        (r#"{"v":1,"p":"x","s":[1]}"#, WrongType("s")),
        (r#"{"v":1,"p":"x","s":[""]}"#, WrongType("s")),
        (r#"{"v":2,"p":"x","r":"1"}"#, WrongType("r")),
        (r#"{"v":2,"p":"x","m":[]}"#, WrongType("m")),
        (r#"{"v":2,"p":"x","m":{"o":"1"}}"#, WrongType("m")),
        (r#"{"v":2,"p":"x","m":{"c":-1}}"#, WrongType("m")),
        (r#"{"v":2,"p":"x","m":{"k":5}}"#, WrongType("m")),
        (r#"{"v":2,"p":"x","m":{"k/a//b":1}}"#, WrongType("m")),
        (r#"{"v":2,"p":"x","m":{"a/":1}}"#, WrongType("m")),
        (r#"{"v":2,"p":"x","m":{"o/x":1}}"#, WrongType("m")),
        (r#"{"v":2,"p":"x","m":{"s/a":1.5}}"#, WrongType("m")),
    ];
    for (text, expected) in cases {
        assert_eq!(from_json(text).as_ref(), Err(expected), "{text}");
    }
}

/// A link cut short anywhere (a chat app trimming it, a QR code misread) is an error.
#[test]
fn every_truncation_is_an_error() {
    let (_, j) = full();
    let text = to_json(&j);
    for (i, _) in text.char_indices().skip(1) {
        let cut = &text[..i];
        assert!(from_json(cut).is_err(), "{cut}");
    }
    // A cut inside a string, then closed by hand, still never panics.
    assert!(from_json(r#"{"v":1,"p":"3.000333","k":{"giay-to-tuy-than/gi":1}}"#).is_ok());
}

#[test]
fn unknown_keys_are_ignored_and_repeats_keep_the_last() {
    let j =
        from_json(r#"{"v":1,"p":"x","zz":[1,{}],"a":{"q":"yes","q":"no"},"s":["a","a"]}"#).unwrap();
    assert_eq!(j.answers.len(), 1);
    assert_eq!(j.answer("q"), Some("no"));
    assert_eq!(j.done_steps, ["a"]);
}

#[test]
fn channel_keys_survive_the_wire() {
    for wire in [
        "~in_person",
        "~post",
        "~online3",
        "~online4",
        "~post.2",
        "~online4.3",
        "online-vneid",
    ] {
        assert_eq!(key(wire).to_wire(), wire);
    }
    assert_eq!(ChannelKey::from_wire("~online5"), None);
    assert_eq!(ChannelKey::from_wire("~online"), None);
    assert_eq!(ChannelKey::from_wire("~post.0"), None);
    let p = procedure("1.001193");
    let keys: Vec<String> = (0..p.channels.len())
        .map(|i| ChannelKey::of(p, i).unwrap().to_wire())
        .collect();
    assert_eq!(
        keys,
        ["~in_person", "online-dvcqg", "online-vneid", "~post"]
    );
    for i in 0..p.channels.len() {
        assert_eq!(ChannelKey::of(p, i).unwrap().resolve(p), Some(i));
    }
}

#[test]
fn fingerprint_ignores_accents_case_and_spacing_but_not_words() {
    let f = |s: &str| fingerprint(&Text::new(Lang::Vi, s));
    assert_eq!(f("Giấy chứng sinh"), f("giay  chung sinh."));
    assert_eq!(
        f("Giấy chứng sinh"),
        f("Giay\u{301} chu\u{31B}\u{301}ng sinh")
    );
    assert_ne!(f("Giấy chứng sinh"), f("Giấy chứng tử"));
    // The default language decides, not the translation.
    let both = Text::from_entries(vec![
        (Lang::Vi, "Tờ khai".into()),
        (Lang::En, "Form".into()),
    ]);
    let renamed = Text::from_entries(vec![
        (Lang::Vi, "Tờ khai".into()),
        (Lang::En, "Declaration".into()),
    ]);
    assert_eq!(fingerprint(&both), fingerprint(&renamed));
}

/// A newer catalogue: a paper renamed, one removed, a question gone, an option gone, an
/// account no longer needed, a channel given an id, a step gone.
#[test]
fn reconcile_keeps_what_matches_and_says_what_changed() {
    let (p, j) = full();
    assert_eq!(reconcile(&j, p), (j.clone(), vec![]));
    let mut newer = p.clone();
    let doc = newer
        .documents
        .iter_mut()
        .find(|d| d.id == "mien-giam-phi")
        .unwrap();
    doc.name = Text::new(Lang::Vi, "Giấy tờ chứng minh được giảm phí (mẫu mới)");
    let alt = newer
        .documents
        .iter_mut()
        .find(|d| d.id == "giay-to-tuy-than")
        .unwrap();
    alt.one_of.remove(0);
    newer.questions.retain(|q| q.id != "cha_me_cho_con");
    let q = newer
        .questions
        .iter_mut()
        .find(|q| q.id == "doi_tuong_phi")
        .unwrap();
    q.options.retain(|o| o.id != "giam");
    newer.channels[1].id = Some("online-dvcqg".into());
    newer.channels[1].account = None;
    newer.steps.retain(|s| s.id != "dang-nhap");

    let (k, notices) = reconcile(&j, &newer);
    assert_eq!(
        notices,
        vec![
            Notice::AnswerDropped {
                question: "doi_tuong_phi".into()
            },
            Notice::AnswerDropped {
                question: "@vneid_level_2".into()
            },
            Notice::AnswerDropped {
                question: "cha_me_cho_con".into()
            },
            Notice::Dropped(
                TickTarget::from_wire(
                    "giay-to-tuy-than/giay-to-tuy-than-ban-sao-kem-ban-chinh/giay-to-tuy-than-ban-sao"
                )
                .unwrap()
            ),
            Notice::Changed(TickTarget::document("mien-giam-phi")),
            Notice::StepDropped("dang-nhap".into()),
        ]
    );
    assert_eq!(k.answers.len(), 1);
    assert_eq!(k.channel, Some(ChannelKey::Id("online-dvcqg".into())));
    assert_eq!(k.office.as_deref(), Some("cong-an-tphcm"));
    // The renamed paper is kept but flagged, and does not count as brought until the
    // person ticks it again.
    let target = TickTarget::document("mien-giam-phi");
    assert_eq!(tick_state(&newer, &k, &target), TickState::Changed);
    let k = journey_on(&newer, k, vec![answer("doi_tuong_phi", "mien")]);
    let item = |k: &Journey| {
        let list = checklist(&newer, k);
        let item = list
            .items
            .iter()
            .find(|i| i.document.id == "mien-giam-phi")
            .cloned();
        let item = item.unwrap();
        (item.done, item.changed, list.missing.missing)
    };
    assert_eq!(item(&k), (false, true, 2));
    let k = apply(&k, Event::Tick(target.clone()), &newer);
    assert_eq!(tick_state(&newer, &k, &target), TickState::Ticked);
    assert_eq!(item(&k), (true, false, 1));
    assert_eq!(reconcile(&k, &newer).1, vec![]);
}

fn journey_on(p: &Procedure, mut j: Journey, events: Vec<Event>) -> Journey {
    for e in events {
        j = apply(&j, e, p);
    }
    j
}

#[test]
fn reconcile_clears_a_channel_or_office_that_is_gone() {
    let (p, j) = full();
    let mut older = p.clone();
    older.channels.remove(1);
    older.agencies = vec![crate::catalogue::AgencyRef::Id("so-tu-phap-tphcm".into())];
    let (k, notices) = reconcile(&j, &older);
    // The account answer goes with the only way that needed it.
    assert_eq!(
        notices,
        vec![
            Notice::AnswerDropped {
                question: "@vneid_level_2".into()
            },
            Notice::OfficeCleared,
            Notice::ChannelCleared
        ]
    );
    assert_eq!((k.office, k.channel), (None, None));
    let other = procedure("1.001193");
    assert_eq!(reconcile(&j, other).1, vec![Notice::OtherProcedure]);

    // A looked-up paper that can no longer be looked up.
    let p = procedure("2.000986");
    let j = journey(
        p,
        vec![Event::MarkLookedUp {
            document: "giay-to-tuy-than".into(),
            looked_up: true,
        }],
    );
    let mut newer = p.clone();
    newer
        .documents
        .iter_mut()
        .for_each(|d| d.data_lookup = None);
    let (k, notices) = reconcile(&j, &newer);
    assert!(k.looked_up.is_empty());
    assert_eq!(
        notices,
        vec![Notice::LookupDropped("giay-to-tuy-than".into())]
    );
}

#[test]
fn invalid_events_change_nothing() {
    let (p, j) = full();
    let invalid = [
        answer("nope", "yes"),
        answer("loai_phieu", "yes"),
        answer("loai_phieu", "cha_me"),
        answer("@vneid_level_2", "maybe"),
        answer("@vneid_level_2", ""),
        // An account no way of this procedure needs, and a date without a deadline.
        answer("@other_account", "yes"),
        answer("@event_date", "2026-01-02"),
        // Not asked: Phiếu số 1 was chosen, so the proxy question for Phiếu số 2 is not.
        answer("uy_quyen_so2", "yes"),
        Event::ChooseOffice("phuong-sai-gon".into()),
        Event::ChooseOffice(String::new()),
        Event::ChooseChannel(ChannelKey::Id("nope".into())),
        Event::ChooseChannel(key("~post.2")),
        tick("nope"),
        tick("giay-to-tuy-than"),
        tick("giay-to-tuy-than/giay-to-tuy-than-ban-sao-kem-ban-chinh"),
        tick("giay-to-tuy-than/nope"),
        tick("mien-giam-phi/x"),
        Event::MarkLookedUp {
            document: "mien-giam-phi".into(),
            looked_up: true,
        },
        Event::MarkStepDone("nope".into()),
        Event::MarkStepDone("dang-nhap".into()),
    ];
    for event in invalid {
        assert_eq!(apply(&j, event.clone(), p), j, "{event:?}");
    }
    // Events for another procedure are ignored.
    let other = procedure("1.001193");
    assert_eq!(apply(&j, answer("lien_thong", "yes"), other), j);
}

#[test]
fn start_over_forgets_everything_but_the_procedure() {
    let (p, j) = full();
    let k = apply(&j, Event::StartOver { nonce: 99 }, p);
    assert_eq!(k, Journey::new("3.000333", 99, j.touched));
    assert!(!k.is_stale(j.touched + 10, 10));
    assert!(k.is_stale(j.touched + 11, 10));
}

/// Two questions whose `when`s name each other (the validator allows it): no hang, no
/// panic, the items read as unanswered.
#[test]
fn conditions_in_a_circle_read_as_unknown() {
    let q = |id: &str, other: &str| Question {
        id: id.into(),
        text: Text::new(Lang::Vi, id),
        help: None,
        kind: QuestionKind::YesNo,
        options: vec![],
        stop_yes: None,
        stop_no: None,
        when: Some(Condition::Is {
            question: other.into(),
            answer: "yes".into(),
        }),
    };
    let mut p = procedure("2.000635").clone();
    p.questions = vec![q("a", "b"), q("b", "a")];
    let j = Journey::new(p.id.clone(), 1, 1);
    let is_a = Condition::Is {
        question: "a".into(),
        answer: "yes".into(),
    };
    assert_eq!(evaluate(Some(&is_a), &p, &j), Applies::Unknown);
    // Neither ever applies: nothing is asked (and nothing loops).
    assert_eq!(questions(&p, &j).len(), 0);
}

#[test]
fn kleene_logic() {
    use Applies::*;
    let all = [Yes, No, Unknown];
    for a in all {
        assert_eq!(a.and(No), No);
        assert_eq!(a.or(Yes), Yes);
        assert_eq!(a.and(Yes), a);
        assert_eq!(a.or(No), a);
    }
    assert_eq!(Unknown.and(Unknown), Unknown);
    assert_eq!(Unknown.or(Unknown), Unknown);
}

/// The fingerprint is part of the saved format: if `text::fold` or the hash ever
/// changes what it gives for a Vietnamese name, every saved tick would read as
/// "changed, check again". This pins it.
#[test]
fn fingerprint_is_stable_across_versions() {
    let f = |s: &str| fingerprint(&Text::new(Lang::Vi, s));
    // FNV-1a of "giaychungsinh".
    assert_eq!(f("Giấy chứng sinh"), fnv("giaychungsinh"));
    assert_eq!(
        f("Đơn đề nghị cấp giấy phép xây dựng"),
        fnv("dondenghicapgiayphepxaydung")
    );
    assert_eq!(fnv("a"), 0xe40c_292c);
}

fn fnv(s: &str) -> u32 {
    s.bytes().fold(0x811c_9dc5, |h, b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    })
}
