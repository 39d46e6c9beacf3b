//! The catalogue as plain Rust values, one type per thing in CATALOGUE.md.
//!
//! Everything here has passed the walker (`load.rs`, `shapes/`): ids are well formed and unique,
//! references resolve, links are safe, text is NFC. Views can trust it without checking
//! again. Optional facts are `Option`s or empty lists: "not published" is never guessed.

use std::sync::Arc;

use crate::i18n::Lang;

/// Localised text. The catalogue's default language comes first, so a missing
/// translation falls back to it.
///
/// The translations sit in one string, one after another: a catalogue has several texts
/// per procedure (its names and keywords) and tens of thousands of procedures, and a
/// list of separate strings took three allocations per text where this takes one.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Text {
    all: Box<str>,
    /// Where the second translation starts in `all`.
    split: u32,
    /// The language of each part; `None` for a part that is not there.
    langs: [Option<Lang>; 2],
}

impl Text {
    /// Text in one language.
    pub fn new(lang: Lang, text: impl Into<String>) -> Text {
        let all: Box<str> = text.into().into_boxed_str();
        Text {
            split: all.len() as u32,
            all,
            langs: [Some(lang), None],
        }
    }

    /// Builds text from translations, the fallback first. A language given twice keeps
    /// its first text (the walker has reported the repeat).
    pub fn from_entries(entries: Vec<(Lang, String)>) -> Text {
        let mut it = entries.into_iter();
        let Some((first, text)) = it.next() else {
            return Text::default();
        };
        let mut all = text;
        let split = all.len() as u32;
        let mut langs = [Some(first), None];
        if let Some((lang, second)) = it.find(|(l, _)| *l != first) {
            all.push_str(&second);
            langs[1] = Some(lang);
        }
        Text {
            all: all.into_boxed_str(),
            split,
            langs,
        }
    }

    /// Text in one language and maybe a second one, in one allocation of exactly their
    /// length (the walker's way: no list of parts, no regrowth).
    pub fn pair(first: (Lang, &str), second: Option<(Lang, &str)>) -> Text {
        let second = second.filter(|(l, _)| *l != first.0);
        let mut all = String::with_capacity(first.1.len() + second.map_or(0, |(_, t)| t.len()));
        all.push_str(first.1);
        let split = all.len() as u32;
        if let Some((_, t)) = second {
            all.push_str(t);
        }
        Text {
            all: all.into_boxed_str(),
            split,
            langs: [Some(first.0), second.map(|(l, _)| l)],
        }
    }

    /// The text in `lang`, or in the fallback language, and which language it is in
    /// (the widget marks fallback text with its `lang`).
    pub fn get(&self, lang: Lang) -> (&str, Lang) {
        let mut entries = self.entries();
        let first = entries.next();
        if first.is_some_and(|(l, _)| l == lang) {
            return first.map_or(("", lang), |(l, s)| (s, l));
        }
        entries
            .find(|(l, _)| *l == lang)
            .or(first)
            .map_or(("", lang), |(l, s)| (s, l))
    }

    /// Each translation and its language, the fallback first.
    pub fn entries(&self) -> impl Iterator<Item = (Lang, &str)> + '_ {
        let split = (self.split as usize).min(self.all.len());
        let (a, b) = self.all.split_at_checked(split).unwrap_or((&self.all, ""));
        self.langs[0]
            .map(|l| (l, a))
            .into_iter()
            .chain(self.langs[1].map(|l| (l, b)))
    }

    /// Whether there is no translation at all.
    pub fn is_empty(&self) -> bool {
        self.langs[0].is_none()
    }
}

/// A calendar date as the contract writes it, `YYYY-MM-DD`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl Date {
    /// Reads `YYYY-MM-DD` by hand (no date crate in the wasm), checking the day exists.
    pub fn parse(s: &str) -> Option<Date> {
        let b = s.as_bytes();
        if b.len() != 10 || b.get(4) != Some(&b'-') || b.get(7) != Some(&b'-') {
            return None;
        }
        let num = |r: std::ops::Range<usize>| -> Option<u32> {
            let part = b.get(r)?;
            part.iter().try_fold(0u32, |n, &d| {
                d.is_ascii_digit().then(|| n * 10 + u32::from(d - b'0'))
            })
        };
        let (year, month, day) = (num(0..4)?, num(5..7)?, num(8..10)?);
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        let days = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        if year == 0 || day == 0 || day > days {
            return None;
        }
        Some(Date {
            year: year as u16,
            month: month as u8,
            day: day as u8,
        })
    }

    pub fn to_iso(self) -> String {
        let mut s = String::with_capacity(10);
        for (n, width) in [
            (u32::from(self.year), 4),
            (self.month.into(), 2),
            (self.day.into(), 2),
        ] {
            if !s.is_empty() {
                s.push('-');
            }
            let digits = n.to_string();
            for _ in digits.len()..width {
                s.push('0');
            }
            s.push_str(&digits);
        }
        s
    }
}

macro_rules! word_enum {
    ($(#[$doc:meta])* $name:ident { $($variant:ident = $word:literal,)* }) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum $name { $($variant,)* }

        impl $name {
            /// Every value, in the contract's order.
            pub const ALL: &'static [$name] = &[$($name::$variant,)*];
            /// The words the contract allows, in the same order.
            pub const WORDS: &'static [&'static str] = &[$($word,)*];

            /// The word the catalogue writes.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $word,)* }
            }

            pub fn from_word(word: &str) -> Option<$name> {
                match word { $($word => Some($name::$variant),)* _ => None }
            }
        }
    };
}

word_enum! {
    /// Administrative level (cấp thực hiện) of an agency or a procedure.
    Level {
        Central = "central",
        Province = "province",
        District = "district",
        Commune = "commune",
        Other = "other",
    }
}

word_enum! {
    /// Who a procedure is for (đối tượng thực hiện).
    Audience {
        Citizen = "citizen",
        Business = "business",
        Organisation = "organisation",
        Foreigner = "foreigner",
    }
}

word_enum! {
    /// How a procedure is carried out: at the desk, online, or by public postal service.
    ChannelKind {
        InPerson = "in_person",
        Online = "online",
        Post = "post",
    }
}

word_enum! {
    /// How the result reaches the person.
    Delivery {
        InPerson = "in_person",
        Post = "post",
        Electronic = "electronic",
    }
}

word_enum! {
    /// Phí (a fee for a service) or lệ phí (a state charge).
    FeeKind {
        Fee = "fee",
        Charge = "charge",
    }
}

word_enum! {
    /// The kind of answer a question takes.
    QuestionKind {
        YesNo = "yes_no",
        Choice = "choice",
    }
}

word_enum! {
    /// Whether a paper is handed in or only shown to the officer.
    DocumentAction {
        Submit = "submit",
        Show = "show",
    }
}

word_enum! {
    /// Who does a step.
    Actor {
        Applicant = "applicant",
        Agency = "agency",
    }
}

word_enum! {
    /// Whether a procedure is in force.
    Status {
        Active = "active",
        Withdrawn = "withdrawn",
    }
}

/// Online service level under Decree 42/2022.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum OnlineLevel {
    /// Level 3, "một phần": submitted online, a later stage in person or by post.
    Partial,
    /// Level 4, "toàn trình": everything online.
    Full,
}

impl OnlineLevel {
    pub fn number(self) -> u8 {
        match self {
            OnlineLevel::Partial => 3,
            OnlineLevel::Full => 4,
        }
    }
}

/// The whole catalogue.
#[derive(Clone, Debug, PartialEq)]
pub struct Catalogue {
    /// `N` of `procedure-guide/1.N` (0 for `procedure-guide/1`).
    pub format_minor: u32,
    pub info: CatalogueInfo,
    pub agencies: Vec<Agency>,
    pub fields: Vec<Field>,
    pub life_events: Vec<LifeEvent>,
    /// Shared, so a catalogue with one index entry replaced by its loaded detail is a
    /// cheap copy ([`Catalogue::with_detail`]).
    pub procedures: Vec<Arc<Procedure>>,
}

impl Catalogue {
    /// The same catalogue with the index entry `detail.id` replaced by its loaded detail
    /// (the rest shared, not copied); `None` if there is no such entry.
    pub fn with_detail(&self, mut detail: Procedure) -> Option<Catalogue> {
        let at = self.procedures.iter().position(|p| p.id == detail.id)?;
        // Loaded: nothing is left to fetch, even for a procedure without steps.
        detail.href = None;
        let mut next = self.clone();
        next.procedures[at] = Arc::new(detail);
        Some(next)
    }

    pub fn procedure(&self, id: &str) -> Option<&Procedure> {
        self.procedures.iter().find(|p| p.id == id).map(|p| &**p)
    }

    /// The procedure as it is shared between copies of the catalogue.
    pub fn procedure_shared(&self, id: &str) -> Option<&Arc<Procedure>> {
        self.procedures.iter().find(|p| p.id == id)
    }

    pub fn agency(&self, id: &str) -> Option<&Agency> {
        self.agencies.iter().find(|a| a.id == id)
    }
}

/// The `catalogue` object: who publishes it and where people go next.
#[derive(Clone, Debug, PartialEq)]
pub struct CatalogueInfo {
    pub id: String,
    pub title: Text,
    pub publisher: Option<Text>,
    pub updated: Option<Date>,
    pub default_lang: Lang,
    pub portal: Option<Portal>,
    pub contact: Option<Contact>,
}

/// The online public-service portal that level-3/4 links go to.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Portal {
    pub name: Option<Text>,
    pub url: Option<String>,
    /// Where people follow their file's progress (tra cứu hồ sơ).
    pub lookup_url: Option<String>,
    /// Where people send feedback and complaints (phản ánh, kiến nghị).
    pub feedback_url: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Default)]
pub struct Contact {
    pub hotline: Option<String>,
    pub email: Option<String>,
    pub address: Option<Text>,
}

/// An agency that carries out procedures (cơ quan thực hiện).
#[derive(Clone, Debug, PartialEq)]
pub struct Agency {
    pub id: String,
    pub name: Text,
    pub level: Option<Level>,
    pub address: Option<Text>,
    pub phone: Option<String>,
    pub hotline: Option<String>,
    pub email: Option<String>,
    pub url: Option<String>,
    pub opening_hours: Option<Text>,
    pub map_url: Option<String>,
    /// Official code of the administrative unit (5 digits for a ward or commune).
    pub code: Option<String>,
    /// Former wards and districts the unit was formed from, which people still use
    /// ("Phường 9 (Quận 3)"), so the office search finds them.
    pub formerly: Vec<Text>,
}

/// A procedure area (lĩnh vực).
#[derive(Clone, Debug, PartialEq)]
pub struct Field {
    pub id: String,
    pub name: Text,
}

/// A life event (nhóm sự kiện) grouping procedures the way people think of their need.
#[derive(Clone, Debug, PartialEq)]
pub struct LifeEvent {
    pub id: String,
    pub name: Text,
    pub procedures: Vec<String>,
}

/// Who carries out a procedure: one agency, or every agency of a level.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AgencyRef {
    Id(String),
    /// `{"level": "commune"}`: any ward or commune centre of the catalogue.
    Level(Level),
}

/// One administrative procedure (thủ tục hành chính).
///
/// An index entry (`href` set) carries only the summary fields until its detail file is
/// loaded with `load_detail`; its `steps` and the like are empty until then.
#[derive(Clone, Debug, PartialEq)]
pub struct Procedure {
    pub id: String,
    pub name: Text,
    pub field: Option<String>,
    pub level: Vec<Level>,
    pub agencies: Vec<AgencyRef>,
    pub audience: Vec<Audience>,
    pub summary: Option<Text>,
    pub keywords: Vec<Text>,
    pub requirements: Vec<Text>,
    pub result: Option<Text>,
    pub related: Vec<String>,
    pub legal_basis: Vec<LegalBasis>,
    pub channels: Vec<Channel>,
    pub questions: Vec<Question>,
    pub documents: Vec<Document>,
    pub steps: Vec<Step>,
    pub updated: Option<Date>,
    pub status: Status,
    pub replaced_by: Option<String>,
    /// How many sets of the documents to hand in.
    pub sets: u32,
    /// The detail file of an index entry, relative to the catalogue.
    pub href: Option<String>,
    /// Since when the offices take no paper file (format 1.1).
    pub online_only: Option<OnlineOnly>,
    /// The person's own legal deadline, counted from an event (format 1.1).
    pub deadline: Option<Deadline>,
}

impl Procedure {
    /// An index entry whose detail has not been loaded yet.
    pub fn needs_detail(&self) -> bool {
        self.href.is_some() && self.steps.is_empty()
    }
}

/// A law, decree or decision the procedure rests on (căn cứ pháp lý).
#[derive(Clone, Debug, PartialEq)]
pub struct LegalBasis {
    pub code: Option<String>,
    pub title: Text,
    pub issued: Option<Date>,
    pub issuer: Option<Text>,
}

/// One way of carrying out a procedure (cách thức thực hiện).
#[derive(Clone, Debug, PartialEq)]
pub struct Channel {
    pub id: Option<String>,
    pub kind: ChannelKind,
    /// Set exactly when `kind` is online.
    pub online_level: Option<OnlineLevel>,
    pub url: Option<String>,
    pub online_payment: Option<bool>,
    pub result_delivery: Vec<Delivery>,
    /// Empty when not published; several when cases differ (each with `when`).
    pub time_limit: Vec<TimeLimit>,
    /// Empty when not published.
    pub fee: Vec<Fee>,
    /// The receiving desk, when it differs from the agency address.
    pub where_: Option<Text>,
    /// Only these agencies offer the channel; all of the procedure's when empty.
    pub agencies: Vec<String>,
    pub notes: Option<Text>,
    pub when: Option<Condition>,
    /// The channel's own name ("Ứng dụng VNeID"), format 1.1; shared between the
    /// channels that have the same one (ARCHITECTURE.md, "Loading a national catalogue").
    pub label: Option<Arc<Text>>,
    /// The account an online channel needs (format 1.1).
    pub account: Option<Account>,
}

word_enum! {
    /// An account an online channel needs before filing. `VneidLevel2`: tài khoản định
    /// danh điện tử mức 2 (VNeID), the only account for online procedures since 1 Jul
    /// 2024.
    Account {
        VneidLevel2 = "vneid_level_2",
    }
}

/// A procedure the offices no longer take on paper (Directive 24/CT-TTg): people file
/// online, and where `assisted`, the centre's staff help them do it at the desk. Its
/// `in_person` channels are that assisted way; its `post` channels are not offered.
#[derive(Clone, Debug, PartialEq)]
pub struct OnlineOnly {
    pub since: Date,
    pub legal_basis: Option<Text>,
    pub assisted: bool,
}

/// How long the person has to file, counted from an event ("trong 60 ngày kể từ ngày
/// sinh").
#[derive(Clone, Debug, PartialEq)]
pub struct Deadline {
    pub span: DeadlineSpan,
    /// The event, as a phrase ("ngày sinh").
    pub from: Text,
    pub legal_basis: Option<Text>,
    pub note: Option<Text>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DeadlineSpan {
    Days(u32),
    WorkingDays(u32),
    Months(u32),
}

/// A time limit (thời hạn giải quyết): a span, a text, or both.
#[derive(Clone, Debug, PartialEq)]
pub struct TimeLimit {
    pub span: Option<Span>,
    pub text: Option<Text>,
    pub when: Option<Condition>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Span {
    WorkingDays(u32),
    Days(u32),
    Hours(u32),
}

/// A fee (phí) or charge (lệ phí).
#[derive(Clone, Debug, PartialEq)]
pub struct Fee {
    pub kind: FeeKind,
    /// `Some(0)` is free; `None` has no amount published (its `note` says why).
    pub amount: Option<u64>,
    /// ISO 4217, present whenever `amount` is.
    pub currency: Option<String>,
    pub per: Option<Text>,
    pub note: Option<Text>,
    pub when: Option<Condition>,
}

/// A question that tailors documents and steps to the person's situation.
#[derive(Clone, Debug, PartialEq)]
pub struct Question {
    pub id: String,
    pub text: Text,
    pub help: Option<Text>,
    pub kind: QuestionKind,
    /// The options of a `choice` question; empty for `yes_no`.
    pub options: Vec<Choice>,
    /// For `yes_no`: what stops the journey on "yes" / on "no".
    pub stop_yes: Option<Stop>,
    pub stop_no: Option<Stop>,
    pub when: Option<Condition>,
}

/// An option of a `choice` question.
#[derive(Clone, Debug, PartialEq)]
pub struct Choice {
    pub id: String,
    pub label: Text,
    pub stop: Option<Stop>,
}

/// An answer that ends the journey, and where to go instead.
#[derive(Clone, Debug, PartialEq)]
pub struct Stop {
    pub text: Text,
    pub see: Vec<SeeRef>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum SeeRef {
    Procedure(String),
    Link(Link),
}

/// When an item applies, in terms of answers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Condition {
    /// The answer to `question` is `answer` (`yes`/`no` or an option id).
    Is {
        question: String,
        answer: String,
    },
    /// The answer is one of `answers`.
    In {
        question: String,
        answers: Vec<String>,
    },
    All(Vec<Condition>),
    Any(Vec<Condition>),
}

/// Which channels a document or step belongs to: a kind, or one channel by id.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ChannelRef {
    Kind(ChannelKind),
    Id(String),
}

/// A paper of the file (thành phần hồ sơ). The same type serves the alternatives of a
/// `one_of` group and the papers of an `all_of` alternative; the walker allows `one_of`
/// and `when` only at the top and `all_of` only in an alternative.
///
/// Alternatives and parts may come without an id in the file; they then get `#N`, their
/// 1-based position, which no id in a file can be (see [`Document::has_file_id`]).
#[derive(Clone, Debug, PartialEq)]
pub struct Document {
    pub id: String,
    pub name: Text,
    pub originals: Option<u32>,
    pub copies: Option<u32>,
    pub certified_copy: bool,
    pub original_or_certified_copy: bool,
    pub data_lookup: Option<Text>,
    pub action: DocumentAction,
    pub form: Option<Form>,
    pub one_of: Vec<Document>,
    pub all_of: Vec<Document>,
    pub notes: Option<Text>,
    pub channels: Vec<ChannelRef>,
    pub when: Option<Condition>,
    pub optional: bool,
    pub obtain_via: Vec<String>,
}

impl Document {
    /// False for the positional `#N` id of an alternative or part given without one.
    pub fn has_file_id(&self) -> bool {
        !self.id.starts_with('#')
    }
}

/// A form to fill in (mẫu đơn, tờ khai).
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Form {
    pub code: Option<String>,
    pub url: Option<String>,
    pub name: Option<Text>,
}

/// One step of the procedure (trình tự thực hiện).
#[derive(Clone, Debug, PartialEq)]
pub struct Step {
    pub id: String,
    pub title: Text,
    pub detail: Option<Text>,
    pub actor: Option<Actor>,
    pub channels: Vec<ChannelRef>,
    pub when: Option<Condition>,
    pub duration: Option<Text>,
    pub links: Vec<Link>,
}

/// A link that passed the scheme check.
#[derive(Clone, Debug, PartialEq)]
pub struct Link {
    pub label: Option<Text>,
    pub url: String,
}
