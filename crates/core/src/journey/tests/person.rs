//! The person's account answer and the deadline's event date (format 1.1): kept like
//! answers, checked against the procedure, saved, merged, shared in both link formats,
//! reconciled.

use crate::catalogue::{load_catalogue, Account, Catalogue};
use crate::journey::person::{
    account_key, account_needed, event_date, has_account, EVENT_DATE_KEY,
};
use crate::journey::{apply, from_json, reconcile, share, to_json, ChannelKey, Event, Journey};

const CATALOGUE: &str = r#"{
  "format": "procedure-guide/1.1",
  "catalogue": {"id": "thu", "title": "Thử"},
  "agencies": [{"id": "a", "name": "Trung tâm A", "level": "commune"}],
  "procedures": [{
    "id": "1.001193",
    "name": "Đăng ký khai sinh",
    "agencies": ["a"],
    "deadline": {"days": 60, "from": "ngày sinh"},
    "questions": [{"id": "q", "text": "Ủy quyền?", "kind": "yes_no"}],
    "channels": [
      {"id": "desk", "kind": "in_person"},
      {"id": "vneid", "kind": "online", "online_level": 4, "url": "https://vneid.gov.vn", "label": "Ứng dụng VNeID", "account": "vneid_level_2"}
    ],
    "steps": [{"id": "s", "title": "Nộp"}]
  }, {
    "id": "2.000001",
    "name": "Không có hạn",
    "agencies": ["a"],
    "channels": [{"kind": "in_person"}],
    "steps": [{"id": "s", "title": "Nộp"}]
  }]
}"#;

fn catalogue() -> Catalogue {
    let loaded = load_catalogue(CATALOGUE.as_bytes());
    assert!(loaded.diagnostics.is_empty(), "{:?}", loaded.diagnostics);
    loaded.catalogue.expect("catalogue")
}

fn say(key: &str, value: &str) -> Event {
    Event::Answer {
        question: key.to_string(),
        value: value.to_string(),
    }
}

fn walked(c: &Catalogue) -> Journey {
    let p = c.procedure("1.001193").expect("procedure");
    let mut j = Journey::new(p.id.clone(), 1, 10);
    for e in [
        say("q", "no"),
        Event::ChooseChannel(ChannelKey::Id("vneid".into())),
        say(&account_key(Account::VneidLevel2), "no"),
        say(EVENT_DATE_KEY, "2026-11-20"),
    ] {
        let next = apply(&j, e.clone(), p);
        assert_ne!(next, j, "{e:?} was ignored");
        j = next;
    }
    j
}

#[test]
fn the_account_and_the_event_date_are_kept_when_they_fit() {
    let c = catalogue();
    let p = c.procedure("1.001193").expect("procedure");
    let j = walked(&c);
    assert_eq!(account_needed(p, &j), Some(Account::VneidLevel2));
    assert_eq!(has_account(&j, Account::VneidLevel2), Some(false));
    assert_eq!(
        event_date(p, &j).map(|d| d.to_iso()).as_deref(),
        Some("2026-11-20")
    );
    // What does not fit leaves the journey as it was.
    for e in [
        say(EVENT_DATE_KEY, "2026-02-30"),
        say(EVENT_DATE_KEY, "20/11/2026"),
        say(&account_key(Account::VneidLevel2), "maybe"),
        say("@vneid_level_9", "yes"),
        say("@", "yes"),
    ] {
        assert_eq!(apply(&j, e.clone(), p), j, "{e:?}");
    }
    // A procedure without a deadline or an account takes neither.
    let other = c.procedure("2.000001").expect("procedure");
    let k = Journey::new(other.id.clone(), 1, 10);
    assert_eq!(apply(&k, say(EVENT_DATE_KEY, "2026-11-20"), other), k);
    assert_eq!(apply(&k, say("@vneid_level_2", "yes"), other), k);
    // The desk needs no account.
    let desk = apply(&j, Event::ChooseChannel(ChannelKey::Id("desk".into())), p);
    assert_eq!(account_needed(p, &desk), None);
}

#[test]
fn they_are_saved_shared_in_both_formats_and_reconciled() {
    let c = catalogue();
    let p = c.procedure("1.001193").expect("procedure");
    let j = walked(&c);
    assert_eq!(from_json(&to_json(&j)).expect("restores"), j);
    let (kept, notices) = reconcile(&j, p);
    assert_eq!((kept.answers.clone(), notices), (j.answers.clone(), vec![]));

    let link = share::encode(&j, &c);
    assert!(link.starts_with('.'), "compact: {link}");
    let opened = share::decode(&link, &c).expect("opens");
    assert!(!opened.partly);
    let mut got = opened.journey.answers.clone();
    let mut want = j.answers.clone();
    got.sort_by(|a, b| a.question.cmp(&b.question));
    want.sort_by(|a, b| a.question.cmp(&b.question));
    assert_eq!(got, want);

    let old = share::encode_json(&j, "thu");
    let opened = share::decode(&old, &c).expect("opens");
    assert_eq!(opened.journey.answers, j.answers);

    // Laid over a catalogue whose procedure lost its deadline: the date is dropped and
    // said so; the link opens "partly".
    let without = CATALOGUE.replace(r#""deadline": {"days": 60, "from": "ngày sinh"},"#, "");
    let c2 = load_catalogue(without.as_bytes())
        .catalogue
        .expect("catalogue");
    let p2 = c2.procedure("1.001193").expect("procedure");
    let (kept, notices) = reconcile(&j, p2);
    assert_eq!(kept.answer(EVENT_DATE_KEY), None);
    assert_eq!(notices.len(), 1);
    let opened = share::decode(&link, &c2).expect("opens");
    assert!(opened.partly);
    assert_eq!(opened.journey.answer(EVENT_DATE_KEY), None);
}

/// Two online channels of one kind and level read apart (issue 12, item 8): by label,
/// else the one agency offering it, else the host of its URL; a channel with no twin
/// needs no name beyond its kind.
#[test]
fn every_channel_has_a_name_that_tells_it_apart() {
    use crate::i18n::{present, Lang};
    use crate::journey::{own_name_text, url_host};

    let text = r#"{
      "format": "procedure-guide/1.1",
      "catalogue": {"id": "thu", "title": "Thử"},
      "agencies": [{"id": "a", "name": "Sở Tư pháp", "level": "province"}, {"id": "b", "name": "Công an", "level": "province"}],
      "procedures": [{
        "id": "p", "name": "P", "agencies": ["a", "b"],
        "online_only": {"since": "2025-10-01"},
        "channels": [
          {"kind": "in_person"},
          {"kind": "online", "online_level": 4, "url": "https://vneid.gov.vn", "label": {"vi": "Ứng dụng VNeID", "en": "VNeID app"}},
          {"kind": "online", "online_level": 4, "url": "https://x.gov.vn/a", "agencies": ["a"]},
          {"kind": "online", "online_level": 4, "url": "https://www.dichvucong.gov.vn:443/p?x=1"},
          {"kind": "online", "online_level": 3, "url": "https://lltp.gov.vn"}
        ],
        "steps": [{"id": "s", "title": "Nộp"}]
      }]
    }"#;
    let c = load_catalogue(text.as_bytes())
        .catalogue
        .expect("catalogue");
    let p = c.procedure("p").expect("procedure");
    let names: Vec<Option<String>> = p
        .channels
        .iter()
        .map(|ch| own_name_text(Lang::En, &c, p, ch))
        .collect();
    assert_eq!(
        names,
        [
            None,
            Some("VNeID app".into()),
            Some("Sở Tư pháp".into()),
            Some("dichvucong.gov.vn".into()),
            None
        ]
    );
    assert_eq!(url_host("forms/a.docx"), None);
    assert_eq!(url_host("https://user@host.vn:8080/x"), Some("host.vn"));
    // The desk of an online-only procedure is the assisted way.
    assert_eq!(
        present::way_kind(Lang::Vi, p, &p.channels[0]),
        "Tại Trung tâm: cán bộ hỗ trợ nộp trực tuyến"
    );
    assert_eq!(present::way_kind(Lang::Vi, p, &p.channels[1]), "Trực tuyến");
}

#[test]
fn deadlines_read_as_people_say_them() {
    use crate::i18n::{present, Lang};
    let c = catalogue();
    let p = c.procedure("1.001193").expect("procedure");
    let d = p.deadline.as_ref().expect("deadline");
    assert_eq!(
        present::deadline(Lang::Vi, d),
        "Trong 60 ngày kể từ ngày sinh"
    );
    let date = crate::catalogue::Date::parse("2026-03-02").expect("date");
    assert_eq!(present::weekday_date(Lang::Vi, date), "Thứ Hai, 02/03/2026");
    assert_eq!(present::weekday_date(Lang::En, date), "Monday, 2 Mar 2026");
    assert_eq!(present::days_left(Lang::Vi, 12), "còn 12 ngày");
    assert_eq!(present::days_left(Lang::Vi, -3), "đã quá hạn 3 ngày");
    assert_eq!(present::days_left(Lang::En, -1), "1 day overdue");
}

/// The shared text carries the deadline with its last day, the channel's own name and
/// the account answer.
#[test]
fn the_shared_text_says_the_deadline_the_way_and_the_account() {
    use crate::i18n::Lang;
    let c = catalogue();
    let p = c.procedure("1.001193").expect("procedure");
    let text = crate::journey::plain_text(Lang::Vi, &c, p, &walked(&c));
    assert!(
        text.contains(
            "Hạn nộp hồ sơ: Trong 60 ngày kể từ ngày sinh. Ngày cuối cùng: Thứ Ba, 19/01/2027\n"
        ),
        "{text}"
    );
    assert!(
        text.contains("Trực tuyến – Ứng dụng VNeID (Mức độ 4 – toàn trình)"),
        "{text}"
    );
    assert!(
        text.contains("  Tài khoản định danh điện tử mức 2 (VNeID): chưa có"),
        "{text}"
    );
}
