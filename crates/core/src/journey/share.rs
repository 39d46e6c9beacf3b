//! Handing a journey to another device: the share-link payload and the checklist as
//! plain text.
//!
//! The payload is [`compact`](super::compact) whenever the catalogue allows it: the
//! journey as positions in the procedure, about 40 to 60 characters. Otherwise (an index
//! catalogue, a journey the catalogue no longer lists all of), and in every link made
//! before the compact form, it is the first format:
//! `base64url(<catalogue id> "\n" <to_json(journey)>)` without padding: the saved state
//! itself (versioned, see [`to_json`]) plus the catalogue it refers to, so a link made on
//! one ward's page is not laid over another ward's catalogue. Both are read, so a link
//! already sent keeps opening. Base64url because it survives URL fragments, chat apps
//! and QR codes unescaped; hand-written because a crate for 60 lines is not worth its
//! size in the wasm.
//!
//! Whatever arrives (a truncated chat message, a hand-edited link, a link from a newer
//! widget), [`decode`] gives a journey or a [`ShareError`], never a panic. Whether the
//! ids still match the catalogue is [`reconcile`](super::reconcile)'s job, done by the
//! caller.

use crate::catalogue::{Catalogue, Procedure};
use crate::i18n::ui::{t, Msg};
use crate::i18n::{present, Lang};

pub use super::compact::Shared;
use super::{checklist, chosen_channel, chosen_office, compact, from_json, steps, to_json};
use super::{ItemStatus, Journey, RestoreError};

/// Longest payload [`decode`] reads. The largest sample journey in the first format
/// (every paper ticked) is well under 1 000 characters; the cap keeps a pasted novel
/// from being decoded and parsed, and a QR code of a capped link still scans on a phone.
pub const MAX_PAYLOAD: usize = 4096;

/// Why a share link cannot be opened.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ShareError {
    /// Longer than [`MAX_PAYLOAD`].
    TooLong,
    /// Characters outside base64url, or a length no base64 text has (truncated).
    NotBase64,
    /// Decodes, but holds no journey (not UTF-8, no catalogue line, broken state, a
    /// compact payload cut short or changed).
    NotAJourney,
    /// Made for another catalogue (another ward's page).
    OtherCatalogue,
    /// Written by a newer widget that this one cannot read.
    FutureVersion(u64),
}

/// The payload of a share link for `journey` on `catalogue`: compact when it can be,
/// else the first format (see the module's documentation).
///
/// The nonce and the times (of the last change, the last start over, each item's) are
/// left out (written as 0, so a first-format payload is version 1): the receiving device
/// gives the journey its own ([`renewed`](super::renewed)), and they would only make
/// the QR code denser and tell when the person last used the guide.
pub fn encode(journey: &Journey, catalogue: &Catalogue) -> String {
    let shared = Journey {
        nonce: 0,
        touched: 0,
        started: 0,
        changed: Default::default(),
        ..journey.clone()
    };
    compact::encode(&shared, catalogue).unwrap_or_else(|| encode_json(&shared, &catalogue.info.id))
}

/// The first format: `base64url(<catalogue id> "\n" <to_json(journey)>)`, the
/// journey's times left out.
pub fn encode_json(journey: &Journey, catalogue_id: &str) -> String {
    let shared = Journey {
        nonce: 0,
        touched: 0,
        started: 0,
        changed: Default::default(),
        ..journey.clone()
    };
    let mut bytes = Vec::with_capacity(catalogue_id.len() + 256);
    bytes.extend_from_slice(catalogue_id.as_bytes());
    bytes.push(b'\n');
    bytes.extend_from_slice(to_json(&shared).as_bytes());
    base64url_encode(&bytes)
}

/// The journey in a share-link payload made for `catalogue`, in either format.
pub fn decode(payload: &str, catalogue: &Catalogue) -> Result<Shared, ShareError> {
    if payload.len() > MAX_PAYLOAD {
        return Err(ShareError::TooLong);
    }
    let payload = payload.trim();
    if payload.starts_with(compact::MARK) {
        return compact::decode(payload, catalogue).map_err(|e| match e {
            compact::Error::Broken => ShareError::NotAJourney,
            compact::Error::OtherCatalogue => ShareError::OtherCatalogue,
            compact::Error::FutureVersion(v) => ShareError::FutureVersion(u64::from(v)),
        });
    }
    decode_json(payload, &catalogue.info.id).map(|journey| Shared {
        journey,
        partly: false,
    })
}

/// The first format's journey, made for `expected_catalogue_id`.
pub fn decode_json(payload: &str, expected_catalogue_id: &str) -> Result<Journey, ShareError> {
    if payload.len() > MAX_PAYLOAD {
        return Err(ShareError::TooLong);
    }
    let bytes = base64url_decode(payload.trim()).ok_or(ShareError::NotBase64)?;
    let text = std::str::from_utf8(&bytes).map_err(|_| ShareError::NotAJourney)?;
    let (catalogue, json) = text.split_once('\n').ok_or(ShareError::NotAJourney)?;
    if catalogue != expected_catalogue_id {
        return Err(ShareError::OtherCatalogue);
    }
    from_json(json).map_err(|e| match e {
        RestoreError::FutureVersion(v) => ShareError::FutureVersion(v),
        _ => ShareError::NotAJourney,
    })
}

pub(super) const ALPHABET: &[u8; 64] =
    b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// The 6-bit value of one base64url character; `None` for any other.
pub(super) fn base64url_value(c: u8) -> Option<u32> {
    let v = match c {
        b'A'..=b'Z' => c - b'A',
        b'a'..=b'z' => c - b'a' + 26,
        b'0'..=b'9' => c - b'0' + 52,
        b'-' => 62,
        b'_' => 63,
        _ => return None,
    };
    Some(u32::from(v))
}

/// RFC 4648 §5 base64url, no padding.
pub fn base64url_encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        // A chunk of k bytes gives k + 1 characters.
        for i in 0..=chunk.len() {
            let index = (n >> (18 - 6 * i)) & 0x3f;
            out.push(char::from(ALPHABET[index as usize]));
        }
    }
    out
}

/// The bytes of unpadded base64url text; `None` for any other character (padding
/// included), for a length that no encoding gives (a character cut off), or for
/// non-zero leftover bits (a tampered last character).
pub fn base64url_decode(text: &str) -> Option<Vec<u8>> {
    let input = text.as_bytes();
    if input.len() % 4 == 1 {
        return None;
    }
    let mut out = Vec::with_capacity(input.len() / 4 * 3 + 2);
    for chunk in input.chunks(4) {
        let mut n = 0u32;
        for (i, &c) in chunk.iter().enumerate() {
            n |= base64url_value(c)? << (18 - 6 * i);
        }
        let bytes = [(n >> 16) as u8, (n >> 8) as u8, n as u8];
        let keep = chunk.len() - 1;
        // Bits below the last whole byte must be zero, or the text was not made by an
        // encoder (one canonical text per payload).
        if keep < 3 && bytes[keep..].iter().any(|b| *b != 0) {
            return None;
        }
        out.extend_from_slice(&bytes[..keep]);
    }
    Some(out)
}

/// The summary as plain text, for "copy as text" and the phone's share sheet (what a
/// grandmother sends her son over Zalo): the procedure, the office (address, hours,
/// hotline and phone), the way to apply (and where to start online), every paper with
/// ✓ have / ✗ still missing (for a choice of papers, the one the person has, or the
/// choices while none is ticked), the papers that depend on the case, the next step,
/// and the "check with the office" warning. The share link is added by the caller, last.
pub fn plain_text(lang: Lang, catalogue: &Catalogue, p: &Procedure, journey: &Journey) -> String {
    let mut out = String::with_capacity(1024);
    let line = |out: &mut String, s: &str| {
        out.push_str(s);
        out.push('\n');
    };
    let mut title = p.name.get(lang).0.to_owned();
    title.push_str(" (");
    title.push_str(t(lang, Msg::Code));
    title.push(' ');
    title.push_str(&p.id);
    title.push(')');
    line(&mut out, &title);

    if let Some(d) = &p.deadline {
        let mut l = t(lang, Msg::DeadlineTitle).to_owned();
        l.push_str(": ");
        l.push_str(&present::deadline(lang, d));
        if let Some(last) = super::person::event_date(p, journey)
            .and_then(|event| super::person::last_day(d, event))
        {
            l.push_str(". ");
            l.push_str(t(lang, Msg::DeadlineLastDay));
            l.push_str(": ");
            l.push_str(&present::weekday_date(lang, last.date));
        }
        line(&mut out, &l);
    }

    let mut office_line = t(lang, Msg::ViewOffice).to_owned();
    office_line.push_str(": ");
    match chosen_office(catalogue, p, journey) {
        Some(agency) => {
            office_line.push_str(agency.name.get(lang).0);
            if let Some(address) = &agency.address {
                office_line.push_str(", ");
                office_line.push_str(address.get(lang).0);
            }
            line(&mut out, &office_line);
            if let Some(hours) = &agency.opening_hours {
                let mut l = String::from("  ");
                l.push_str(t(lang, Msg::OpeningHours));
                l.push_str(": ");
                l.push_str(hours.get(lang).0);
                line(&mut out, &l);
            }
            for (label, number) in [(Msg::Hotline, &agency.hotline), (Msg::Phone, &agency.phone)] {
                if let Some(number) = number {
                    let mut l = String::from("  ");
                    l.push_str(t(lang, label));
                    l.push_str(": ");
                    l.push_str(number);
                    line(&mut out, &l);
                }
            }
        }
        None => {
            office_line.push_str(t(lang, Msg::NoOfficeChosen));
            line(&mut out, &office_line);
        }
    }

    let mut channel_line = t(lang, Msg::ViewChannel).to_owned();
    channel_line.push_str(": ");
    match chosen_channel(p, journey) {
        Some(o) => {
            channel_line.push_str(present::way_kind(lang, p, o.channel));
            if let Some(name) = super::own_name_text(lang, catalogue, p, o.channel) {
                channel_line.push_str(" – ");
                channel_line.push_str(&name);
            }
            if let Some(level) = o.channel.online_level {
                channel_line.push_str(" (");
                channel_line.push_str(present::online_level(lang, level));
                channel_line.push(')');
            }
            line(&mut out, &channel_line);
            if let Some(account) = o.channel.account {
                let said = match super::person::has_account(journey, account) {
                    Some(true) => Some(Msg::AccountHas),
                    Some(false) => Some(Msg::AccountMissing),
                    None => None,
                };
                if let Some(msg) = said {
                    let mut l = String::from("  ");
                    l.push_str(t(lang, msg));
                    line(&mut out, &l);
                }
            }
            if let (Some(url), Some(_)) = (&o.channel.url, o.channel.online_level) {
                let mut l = String::from("  ");
                l.push_str(t(lang, Msg::StartOnline));
                l.push_str(": ");
                l.push_str(url);
                line(&mut out, &l);
            }
        }
        None => {
            channel_line.push_str(t(lang, Msg::NoChannelChosen));
            line(&mut out, &channel_line);
        }
    }

    let list = checklist(p, journey);
    let mut heading = present::missing_documents(lang, list.missing.missing, list.missing.counted);
    heading.push(':');
    line(&mut out, &heading);
    let paper = |out: &mut String, mark: &str, item: &super::ChecklistItem| {
        let mut l = String::from(mark);
        l.push_str(item.document.name.get(lang).0);
        if let Some(counts) = present::document_counts(lang, item.originals, item.copies, 1) {
            l.push_str(" – ");
            l.push_str(&counts);
        }
        if item.document.action == crate::catalogue::DocumentAction::Show {
            l.push_str(" (");
            l.push_str(t(lang, Msg::ShowOnly));
            l.push(')');
        }
        if let Some(alternative) = item.chosen {
            l.push_str(": ");
            l.push_str(alternative.name.get(lang).0);
        } else if !item.document.one_of.is_empty() {
            // Not chosen yet: the choices, so the reader knows any one will do.
            l.push_str(" – ");
            l.push_str(t(lang, Msg::OneOf));
            for (i, a) in item.document.one_of.iter().enumerate() {
                l.push_str(if i == 0 { " " } else { "; " });
                l.push_str(a.name.get(lang).0);
            }
        }
        line(out, &l);
    };
    for item in list
        .items
        .iter()
        .filter(|i| i.status == ItemStatus::Counted)
    {
        paper(&mut out, if item.done { "✓ " } else { "✗ " }, item);
    }
    let maybe: Vec<_> = list
        .items
        .iter()
        .filter(|i| i.status == ItemStatus::MayBeNeeded)
        .collect();
    if !maybe.is_empty() {
        let mut l = t(lang, Msg::SectionMaybe).to_owned();
        l.push(':');
        line(&mut out, &l);
        for item in maybe {
            paper(&mut out, "- ", item);
        }
    }

    let step_list = steps(p, journey);
    let mut next_line = t(lang, Msg::NextStepLabel).to_owned();
    next_line.push_str(": ");
    match step_list.next.and_then(|i| step_list.steps.get(i)) {
        Some(s) => next_line.push_str(s.step.title.get(lang).0),
        None => next_line.push_str(t(lang, Msg::AllStepsDone)),
    }
    line(&mut out, &next_line);
    out.push_str(t(lang, Msg::CheckBeforeYouGo));
    out
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::journey::tests::sample;
    use crate::journey::{apply, apply_at, Event, TickTarget, View};

    fn biggest() -> &'static Procedure {
        sample()
            .procedures
            .iter()
            .max_by_key(|p| p.documents.len())
            .expect("the sample has procedures")
    }

    /// `biggest()` with every paper ticked (each at its own time) and the summary open.
    fn everything_ticked() -> Journey {
        let p = biggest();
        let mut now = 1_764_000_000_000;
        let mut j = Journey::new(p.id.clone(), 42, now);
        for d in &p.documents {
            let mut targets = vec![TickTarget::document(&d.id)];
            for a in &d.one_of {
                targets.push(TickTarget::alternative(&d.id, &a.id));
                for part in &a.all_of {
                    targets.push(TickTarget::part(&d.id, &a.id, &part.id));
                }
            }
            for target in targets {
                now += 1;
                j = apply_at(&j, Event::Tick(target), p, now);
            }
        }
        apply(&j, Event::GoTo(View::Summary), p)
    }

    /// What a share link carries: everything but the nonce and the times.
    fn without_clock(j: Journey) -> Journey {
        Journey {
            nonce: 0,
            touched: 0,
            started: 0,
            changed: Default::default(),
            ..j
        }
    }

    #[test]
    fn base64url_matches_rfc4648() {
        // RFC 4648 §10 vectors, unpadded.
        for (plain, coded) in [
            ("", ""),
            ("f", "Zg"),
            ("fo", "Zm8"),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg"),
            ("fooba", "Zm9vYmE"),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(base64url_encode(plain.as_bytes()), coded);
            assert_eq!(base64url_decode(coded).as_deref(), Some(plain.as_bytes()));
        }
        assert_eq!(base64url_encode(&[0xfb, 0xff]), "-_8");
        assert_eq!(base64url_decode("Zm9v="), None);
        assert_eq!(base64url_decode("Zm9vY"), None);
        assert_eq!(base64url_decode("Zh"), None, "non-zero leftover bits");
        assert_eq!(base64url_decode("Zm+v"), None);
    }

    #[test]
    fn the_largest_journey_round_trips_and_stays_small() {
        let j = everything_ticked();
        assert!(!j.ticks.is_empty());
        assert!(!j.changed.is_empty());
        let payload = encode_json(&j, &sample().info.id);
        assert!(payload.len() < 1500, "payload of {} chars", payload.len());
        // No times: a widget that reads only version 1 opens it too.
        let bytes = base64url_decode(&payload).unwrap_or_default();
        let text = String::from_utf8_lossy(&bytes);
        assert!(text.contains("\n{\"v\":1,"), "{text}");
        assert_eq!(
            decode_json(&payload, &sample().info.id),
            Ok(without_clock(j))
        );
    }

    #[test]
    fn refuses_what_it_cannot_open() {
        let id = &sample().info.id;
        let payload = encode_json(&everything_ticked(), id);
        assert_eq!(
            decode_json(&payload, "another-ward"),
            Err(ShareError::OtherCatalogue)
        );
        assert_eq!(
            decode_json(&"A".repeat(MAX_PAYLOAD + 4), id),
            Err(ShareError::TooLong)
        );
        assert_eq!(decode_json("not base64!", id), Err(ShareError::NotBase64));
        assert_eq!(
            decode_json(&base64url_encode(b"no newline"), id),
            Err(ShareError::NotAJourney)
        );
        let mut text = id.clone();
        text.push_str("\n{\"v\":9,\"p\":\"x\"}");
        assert_eq!(
            decode_json(&base64url_encode(text.as_bytes()), id),
            Err(ShareError::FutureVersion(9))
        );
        // Cut in the middle of the JSON, at a length base64 allows.
        let cut = &payload[..payload.len() / 2 / 4 * 4];
        assert_eq!(decode_json(cut, id), Err(ShareError::NotAJourney));
        assert_eq!(
            decode_json(&base64url_encode(&[0xff, 0xfe, b'\n']), id),
            Err(ShareError::NotAJourney)
        );
    }

    #[test]
    fn plain_text_is_the_whole_checklist() {
        let p = biggest();
        let fresh = Journey::new(p.id.clone(), 1, 0);
        let text = plain_text(Lang::Vi, sample(), p, &fresh);
        assert!(text.starts_with(p.name.get(Lang::Vi).0));
        assert!(text.contains(&p.id));
        assert!(text.contains("Còn thiếu"));
        // Every paper to bring is listed, each missing.
        let list = checklist(p, &fresh);
        for item in list
            .items
            .iter()
            .filter(|i| i.status == ItemStatus::Counted)
        {
            let mut l = String::from("✗ ");
            l.push_str(item.document.name.get(Lang::Vi).0);
            assert!(text.contains(&l), "{l} in\n{text}");
        }
        let ticked = everything_ticked();
        let done = plain_text(Lang::En, sample(), p, &ticked);
        assert!(done.contains("You have every document:"), "{done}");
        assert!(!done.contains("✗ "), "{done}");
        // A choice of papers names the one the person has.
        let group = checklist(p, &ticked)
            .items
            .into_iter()
            .find(|i| i.chosen.is_some())
            .expect("the biggest procedure has a one_of group");
        let mut l = String::from("✓ ");
        l.push_str(group.document.name.get(Lang::En).0);
        assert!(done.contains(&l), "{done}");
        assert!(done.contains(group.chosen.map_or("", |a| a.name.get(Lang::En).0)));
        assert!(done.ends_with(t(Lang::En, Msg::CheckBeforeYouGo)));
    }

    #[test]
    fn plain_text_has_the_office_and_where_to_start_online() {
        let p = procedure_with_online_and_offices();
        // The sample's wards have no addresses yet: give the first office one.
        let mut c = sample().clone();
        let first = crate::journey::offices(&c, p)
            .first()
            .map(|a| a.id.clone())
            .expect("an office for birth registration");
        for a in c.agencies.iter_mut().filter(|a| a.id == first) {
            a.address = Some(crate::catalogue::Text::new(Lang::Vi, "12 Đường Thử"));
            a.hotline = Some("1900 0000".into());
        }
        let c = &c;
        let office = c.agency(&first).expect("the office");
        let online = (0..p.channels.len())
            .find(|&i| p.channels[i].url.is_some() && p.channels[i].online_level.is_some())
            .and_then(|i| crate::journey::ChannelKey::of(p, i))
            .expect("an online channel with a url");
        let mut j = Journey::new(p.id.clone(), 1, 0);
        j = apply(&j, Event::ChooseOffice(office.id.clone()), p);
        j = apply(&j, Event::ChooseChannel(online), p);
        let text = plain_text(Lang::Vi, c, p, &j);
        assert!(text.contains(office.name.get(Lang::Vi).0), "{text}");
        assert!(
            text.contains(office.address.as_ref().map_or("", |a| a.get(Lang::Vi).0)),
            "{text}"
        );
        assert!(text.contains("1900 0000"), "{text}");
        assert!(text.contains(t(Lang::Vi, Msg::StartOnline)), "{text}");
        assert!(text.contains("https://"), "{text}");
    }

    #[test]
    fn plain_text_is_in_the_order_a_reader_needs_it() {
        // The grandmother's journey: birth registration at the desk of an office with
        // every detail, one paper of a choice ticked, another choice not yet.
        let p = procedure_with_online_and_offices();
        let mut c = sample().clone();
        let first = crate::journey::offices(&c, p)
            .first()
            .map(|a| a.id.clone())
            .expect("an office");
        for a in c.agencies.iter_mut().filter(|a| a.id == first) {
            a.address = Some(crate::catalogue::Text::new(Lang::Vi, "12 Đường Thử"));
            a.opening_hours = Some(crate::catalogue::Text::new(Lang::Vi, "7:30–17:00"));
            a.hotline = Some("1900 0000".into());
            a.phone = Some("028 0000 0000".into());
        }
        let c = &c;
        let desk = (0..p.channels.len())
            .find(|&i| p.channels[i].online_level.is_none())
            .and_then(|i| crate::journey::ChannelKey::of(p, i))
            .expect("a desk");
        let mut j = Journey::new(p.id.clone(), 1, 0);
        j = apply(
            &j,
            Event::Answer {
                question: "nguoi_nop".into(),
                value: "cha_me".into(),
            },
            p,
        );
        j = apply(&j, Event::ChooseOffice(first.clone()), p);
        j = apply(&j, Event::ChooseChannel(desk), p);
        let groups: Vec<_> = checklist(p, &j)
            .items
            .into_iter()
            .filter(|i| i.status == ItemStatus::Counted && !i.document.one_of.is_empty())
            .map(|i| i.document)
            .collect();
        let (chosen, open) = match groups.as_slice() {
            [a, b, ..] => (*a, *b),
            _ => panic!("birth registration at the desk has two choices of papers"),
        };
        let alternative = &chosen.one_of[0];
        j = apply(
            &j,
            Event::Tick(TickTarget::alternative(&chosen.id, &alternative.id)),
            p,
        );
        let text = plain_text(Lang::Vi, c, p, &j);
        let office = c.agency(&first).expect("the office");
        let mut have = String::from("✓ ");
        have.push_str(chosen.name.get(Lang::Vi).0);
        let mut missing = String::from("✗ ");
        missing.push_str(open.name.get(Lang::Vi).0);
        let next = steps(p, &j).steps[0].step.title.get(Lang::Vi).0;
        let order = [
            p.name.get(Lang::Vi).0,
            office.name.get(Lang::Vi).0,
            "12 Đường Thử",
            "Giờ làm việc: 7:30–17:00",
            "Đường dây nóng: 1900 0000",
            "Điện thoại: 028 0000 0000",
            "Cách nộp: Trực tiếp",
            "Còn thiếu",
            &have,
            alternative.name.get(Lang::Vi).0,
            &missing,
            "Một trong các giấy tờ sau:",
            open.one_of[0].name.get(Lang::Vi).0,
            "Bước tiếp theo: ",
            next,
        ];
        let mut from = 0;
        for part in order {
            let at = text[from..].find(part).map(|i| i + from);
            assert!(at.is_some(), "{part:?} after byte {from} in\n{text}");
            from = at.unwrap_or(from);
        }
    }

    fn procedure_with_online_and_offices() -> &'static Procedure {
        sample()
            .procedure("1.001193")
            .expect("birth registration in the sample")
    }

    proptest! {
        #[test]
        fn any_bytes_round_trip(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
            let coded = base64url_encode(&bytes);
            prop_assert_eq!(base64url_decode(&coded), Some(bytes));
        }

        #[test]
        fn any_text_decodes_without_panicking(text in "[A-Za-z0-9_\\-=+/ %#]{0,200}") {
            let _ = decode_json(&text, &sample().info.id);
        }

        #[test]
        fn tampered_links_never_panic(
            index in 0usize..2000,
            replacement in proptest::sample::select(b"AZaz09-_=+".to_vec()),
            truncate in 0usize..2000,
        ) {
            let payload = encode_json(&everything_ticked(), &sample().info.id);
            let mut bytes = payload.into_bytes();
            let i = index % bytes.len();
            bytes[i] = replacement;
            let tampered = String::from_utf8_lossy(&bytes).into_owned();
            let _ = decode_json(&tampered, &sample().info.id);
            let cut = &tampered[..truncate % tampered.len()];
            let _ = decode_json(cut, &sample().info.id);
        }

        #[test]
        fn journeys_round_trip(
            view in proptest::sample::select(View::ALL.to_vec()),
            ticks in proptest::collection::vec(any::<proptest::sample::Index>(), 0..20),
            nonce in any::<u64>(),
        ) {
            let p = biggest();
            let all = everything_ticked();
            let mut j = Journey::new(p.id.clone(), nonce, 5);
            j.view = view;
            for index in ticks {
                if !all.ticks.is_empty() {
                    let tick = index.get(&all.ticks).clone();
                    if j.tick(&tick.target).is_none() {
                        j.ticks.push(tick);
                    }
                }
            }
            let payload = encode_json(&j, "cat");
            prop_assert_eq!(decode_json(&payload, "cat"), Ok(without_clock(j)));
        }
    }
}
