//! What a journey knows of the person beyond the catalogue's questions (format 1.1): whether
//! they have the account an online way needs, and the date of the event a legal deadline
//! counts from. Both are kept as answers under keys no catalogue id can take (ids never
//! contain `@`), so saving, merging two tabs and share links carry them like any answer.

use crate::catalogue::{Account, Date, Deadline, DeadlineSpan, Procedure};

use super::{chosen_channel, Journey};

/// The answer key of "do you have this account?": `@vneid_level_2`.
pub fn account_key(account: Account) -> String {
    let mut key = String::from("@");
    key.push_str(account.as_str());
    key
}

/// The answer key of the deadline's event date (`YYYY-MM-DD`).
pub const EVENT_DATE_KEY: &str = "@event_date";

/// Whether `question` is one of this module's keys and `value` fits it in `p`: an
/// account some channel of `p` needs (yes/no), or a valid date when `p` has a deadline.
pub fn fits(p: &Procedure, question: &str, value: &str) -> Option<bool> {
    if !question.starts_with('@') {
        return None;
    }
    if question == EVENT_DATE_KEY {
        return Some(p.deadline.is_some() && Date::parse(value).is_some());
    }
    let needed = p
        .channels
        .iter()
        .filter_map(|c| c.account)
        .any(|a| account_key(a) == question);
    Some(needed && (value == "yes" || value == "no"))
}

/// The account the chosen way needs, if any.
pub fn account_needed(p: &Procedure, journey: &Journey) -> Option<Account> {
    chosen_channel(p, journey).and_then(|o| o.channel.account)
}

/// The person's answer about `account`: `Some(true)` has it, `Some(false)` has not yet.
pub fn has_account(journey: &Journey, account: Account) -> Option<bool> {
    match journey.answer(&account_key(account)) {
        Some("yes") => Some(true),
        Some("no") => Some(false),
        _ => None,
    }
}

/// The event's date the person gave, if the procedure has a deadline.
pub fn event_date(p: &Procedure, journey: &Journey) -> Option<Date> {
    p.deadline.as_ref()?;
    journey.answer(EVENT_DATE_KEY).and_then(Date::parse)
}

/// Days since 1970-01-01 (proleptic Gregorian; H. Hinnant's `days_from_civil`).
pub fn day_number(d: Date) -> i64 {
    let (m, day) = (i64::from(d.month), i64::from(d.day));
    let y = i64::from(d.year) - i64::from(m <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date of a day number; `None` outside years 1–9999.
pub fn from_day_number(z: i64) -> Option<Date> {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    if !(1..=9999).contains(&year) {
        return None;
    }
    Some(Date {
        year: year as u16,
        month: month as u8,
        day: day as u8,
    })
}

/// 0 Monday … 6 Sunday.
pub fn weekday(d: Date) -> u8 {
    // 1970-01-01 was a Thursday (3).
    (day_number(d) + 3).rem_euclid(7) as u8
}

/// The last day to file, and whether it moved off a weekend.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LastDay {
    pub date: Date,
    /// The count ended on a Saturday or Sunday and the deadline moved to Monday.
    pub moved_from_weekend: bool,
}

/// The last day of `deadline` for an event on `event`. Counting starts the day after
/// the event (Civil Code 2015, Art. 147); a span of days or months ending on a Saturday
/// or Sunday ends on the next Monday (Art. 148). Public holidays are not known here;
/// the views say so.
pub fn last_day(deadline: &Deadline, event: Date) -> Option<LastDay> {
    let start = day_number(event);
    let end = match deadline.span {
        DeadlineSpan::Days(n) => start + i64::from(n),
        DeadlineSpan::WorkingDays(n) => {
            let mut day = start;
            let mut left = n;
            while left > 0 {
                day += 1;
                if weekday(from_day_number(day)?) < 5 {
                    left -= 1;
                }
            }
            day
        }
        DeadlineSpan::Months(n) => {
            let months = i64::from(event.month) - 1 + i64::from(n);
            let year = i64::from(event.year) + months.div_euclid(12);
            let month = (months.rem_euclid(12) + 1) as u8;
            let year = u16::try_from(year).ok().filter(|y| *y <= 9999)?;
            // The same day of the month, or the month's last day when it has none.
            let day = (1..=event.day).rev().find_map(|d| {
                Date::parse(
                    &Date {
                        year,
                        month,
                        day: d,
                    }
                    .to_iso(),
                )
                .map(|_| d)
            })?;
            day_number(Date { year, month, day })
        }
    };
    let date = from_day_number(end)?;
    let shift = match weekday(date) {
        5 => 2,
        6 => 1,
        _ => 0,
    };
    Some(LastDay {
        date: from_day_number(end + shift)?,
        moved_from_weekend: shift > 0,
    })
}

/// Days from `today` to `last` (negative once it has passed).
pub fn days_left(today: Date, last: Date) -> i64 {
    day_number(last) - day_number(today)
}

/// The date of a time in milliseconds since the epoch, in Vietnam (UTC+7, no daylight
/// saving), for "today" from the glue's clock.
pub fn date_in_vietnam(ms: u64) -> Option<Date> {
    let seconds = i64::try_from(ms / 1000).ok()? + 7 * 3600;
    from_day_number(seconds.div_euclid(86_400))
}

/// An iCalendar file (RFC 5545) with one all-day event on `last` and a reminder three
/// days before: made on the device, nothing sent. `title` and `description` are plain
/// text; `now_ms` stamps it, `uid_seed` makes the same deadline the same event when
/// added twice.
pub fn ics(title: &str, description: &str, last: Date, now_ms: u64, uid_seed: &str) -> String {
    let day = |d: Date| d.to_iso().replace('-', "");
    let next = from_day_number(day_number(last) + 1).unwrap_or(last);
    let stamp = {
        let secs = now_ms / 1000;
        let date = from_day_number(i64::try_from(secs / 86_400).unwrap_or(0)).unwrap_or(Date {
            year: 1970,
            month: 1,
            day: 1,
        });
        let rest = secs % 86_400;
        format!(
            "{}T{:02}{:02}{:02}Z",
            day(date),
            rest / 3600,
            rest / 60 % 60,
            rest % 60
        )
    };
    let mut uid: String = uid_seed
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '.' {
                c
            } else {
                '-'
            }
        })
        .collect();
    uid.push('-');
    uid.push_str(&day(last));
    uid.push_str("@procedure-guide");
    let mut out = String::new();
    for line in [
        "BEGIN:VCALENDAR".to_owned(),
        "VERSION:2.0".to_owned(),
        "PRODID:-//procedure-guide//VI".to_owned(),
        "CALSCALE:GREGORIAN".to_owned(),
        "BEGIN:VEVENT".to_owned(),
        format!("UID:{uid}"),
        format!("DTSTAMP:{stamp}"),
        format!("DTSTART;VALUE=DATE:{}", day(last)),
        format!("DTEND;VALUE=DATE:{}", day(next)),
        format!("SUMMARY:{}", escape(title)),
        format!("DESCRIPTION:{}", escape(description)),
        "TRANSP:TRANSPARENT".to_owned(),
        "BEGIN:VALARM".to_owned(),
        "ACTION:DISPLAY".to_owned(),
        "TRIGGER:-P3D".to_owned(),
        format!("DESCRIPTION:{}", escape(title)),
        "END:VALARM".to_owned(),
        "END:VEVENT".to_owned(),
        "END:VCALENDAR".to_owned(),
    ] {
        fold(&line, &mut out);
    }
    out
}

/// A `data:` URL of an `.ics` text, for a download link made on the device (no request,
/// no blob to revoke; a strict CSP does not govern downloads).
pub fn ics_data_url(ics: &str) -> String {
    let mut url = String::from("data:text/calendar;charset=utf-8,");
    crate::text::encode_uri_component(ics, &mut url);
    url
}

/// Text values escape `\`, `;`, `,` and line breaks (RFC 5545 §3.3.11).
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Lines of at most 75 octets, continued with CRLF and a space, never inside a UTF-8
/// character (§3.1); every line ends with CRLF.
fn fold(line: &str, out: &mut String) {
    let mut width = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if width + len > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += len;
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::Text;

    fn d(s: &str) -> Date {
        Date::parse(s).expect("date")
    }

    fn deadline(span: DeadlineSpan) -> Deadline {
        Deadline {
            span,
            from: Text::new(crate::i18n::Lang::Vi, "ngày sinh"),
            legal_basis: None,
            note: None,
        }
    }

    #[test]
    fn day_numbers_round_trip_and_know_weekdays() {
        assert_eq!(day_number(d("1970-01-01")), 0);
        assert_eq!(weekday(d("2026-12-05")), 5, "a Saturday");
        assert_eq!(weekday(d("2025-10-01")), 2, "a Wednesday");
        for n in [-719_162, -1, 0, 59, 60, 11_016, 20_000, 2_932_896] {
            let date = from_day_number(n).expect("in range");
            assert_eq!(day_number(date), n);
        }
        assert_eq!(from_day_number(-719_163), None, "year 0");
    }

    /// Counting starts the day after the event; a weekend end moves to Monday.
    #[test]
    fn the_last_day_follows_the_civil_code() {
        let sixty = deadline(DeadlineSpan::Days(60));
        // Born Thu 1 Jan 2026: day 60 is Mon 2 Mar 2026.
        let last = last_day(&sixty, d("2026-01-01")).expect("last day");
        assert_eq!(
            last,
            LastDay {
                date: d("2026-03-02"),
                moved_from_weekend: false
            }
        );
        // Born Fri 2 Jan 2026: day 60 is Tue 3 Mar.
        assert_eq!(
            last_day(&sixty, d("2026-01-02")).map(|l| l.date),
            Some(d("2026-03-03"))
        );
        // Born Mon 29 Dec 2025: day 60 is Fri 27 Feb 2026; 62 → Sun 1 Mar → Mon 2 Mar.
        let fifteen = deadline(DeadlineSpan::Days(15));
        // Died Sat 15 Nov 2025: day 15 is Sun 30 Nov → Mon 1 Dec.
        let last = last_day(&fifteen, d("2025-11-15")).expect("last day");
        assert_eq!(
            last,
            LastDay {
                date: d("2025-12-01"),
                moved_from_weekend: true
            }
        );
        // Leap years: 29 Feb 2028 exists.
        assert_eq!(
            last_day(&sixty, d("2027-12-31")).map(|l| l.date),
            Some(d("2028-02-29"))
        );
    }

    #[test]
    fn working_days_skip_weekends_and_months_clamp() {
        let ten = deadline(DeadlineSpan::WorkingDays(10));
        // From Fri 4 Dec 2026: Mon 7 … Fri 18 Dec.
        assert_eq!(
            last_day(&ten, d("2026-12-04")).map(|l| l.date),
            Some(d("2026-12-18"))
        );
        let one = deadline(DeadlineSpan::WorkingDays(1));
        // From a Saturday: the Monday.
        assert_eq!(
            last_day(&one, d("2026-12-05")).map(|l| l.date),
            Some(d("2026-12-07"))
        );
        let month = deadline(DeadlineSpan::Months(1));
        // 31 Jan 2026 + 1 month: 28 Feb 2026 (a Saturday) → Mon 2 Mar.
        let last = last_day(&month, d("2026-01-31")).expect("last day");
        assert_eq!(
            last,
            LastDay {
                date: d("2026-03-02"),
                moved_from_weekend: true
            }
        );
        let year = deadline(DeadlineSpan::Months(12));
        assert_eq!(
            last_day(&year, d("2026-06-15")).map(|l| l.date),
            Some(d("2027-06-15"))
        );
        assert_eq!(
            last_day(&year, d("9999-06-15")),
            None,
            "past year 9999: no answer, no panic"
        );
    }

    #[test]
    fn today_in_vietnam_is_utc_plus_seven() {
        // 2026-12-04T17:30:00Z is 00:30 on 5 Dec in Hồ Chí Minh City.
        assert_eq!(date_in_vietnam(1_796_405_400_000), Some(d("2026-12-05")));
        assert_eq!(date_in_vietnam(1_796_401_800_000), Some(d("2026-12-04")));
        assert_eq!(days_left(d("2026-12-05"), d("2026-12-07")), 2);
        assert_eq!(days_left(d("2026-12-05"), d("2026-12-01")), -4);
    }

    #[test]
    fn the_calendar_file_is_valid_ical() {
        let text = ics(
            "Hạn cuối: Đăng ký khai sinh; nộp trước ngày này, cho cháu bé",
            "Trong 60 ngày kể từ ngày sinh.\nĐiều 15 Luật Hộ tịch 2014",
            d("2026-03-02"),
            1_796_405_400_000,
            "phuong-mau 1.001193",
        );
        assert!(text.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        assert!(text.ends_with("END:VCALENDAR\r\n"));
        assert!(text.contains("DTSTART;VALUE=DATE:20260302\r\n"));
        assert!(text.contains("DTEND;VALUE=DATE:20260303\r\n"));
        assert!(text.contains("DTSTAMP:20261204T173000Z\r\n"));
        assert!(text.contains("UID:phuong-mau-1.001193-20260302@procedure-guide\r\n"));
        assert!(text.contains("TRIGGER:-P3D"));
        for line in text.split("\r\n") {
            assert!(line.len() <= 75, "{line}");
            assert!(!line.contains('\n'));
        }
        // Unfolded, the summary is the title with `;` and `,` escaped.
        let unfolded = text.replace("\r\n ", "");
        assert!(unfolded.contains(
            "SUMMARY:Hạn cuối: Đăng ký khai sinh\\; nộp trước ngày này\\, cho cháu bé\r\n"
        ));
        assert!(unfolded.contains("DESCRIPTION:Trong 60 ngày kể từ ngày sinh.\\nĐiều 15"));
    }
}
