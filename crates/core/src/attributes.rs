//! The embed's attributes (`<procedure-guide catalogue=… lang=… …>`), read from plain
//! strings into typed settings, with every value that could not be used reported as an
//! [`AttributeProblem`] the widget shows (DESIGN.md: "a bad value gets a visible message
//! naming the attribute and the allowed values"). A bad value never stops the widget: it
//! falls back to the default and says so.
//!
//! Two passes: [`Settings::parse`] needs only the strings; [`check_ids`] checks `agency`,
//! `field`, `procedure` and `office` once the catalogue is loaded.

use crate::catalogue::Catalogue;
use crate::i18n::Lang;

/// Where journeys are saved (the `storage` attribute).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum StorageMode {
    #[default]
    Local,
    Session,
    /// Memory only: forgotten when the page is left.
    None,
}

/// Who sits in front of the widget (the `mode` attribute).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Mode {
    #[default]
    Citizen,
    /// A volunteer beside one person after another: large text by default, start over
    /// offered after each summary and after 10 idle minutes.
    Volunteer,
}

/// Colours (the `theme` attribute).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Theme {
    #[default]
    Light,
    Dark,
}

impl Theme {
    pub fn as_str(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
}

/// DESIGN.md: start over is offered after 10 idle minutes in volunteer mode.
pub const DEFAULT_IDLE_MS: u32 = 10 * 60 * 1000;
/// DESIGN.md: a journey untouched for 30 days is forgotten.
pub const DEFAULT_FORGET_AFTER_DAYS: u32 = 30;
/// The longest `forget-after-days` accepted: ten years.
pub const MAX_FORGET_AFTER_DAYS: u32 = 3650;
/// How long a catalogue or detail file may take to arrive, in seconds (`timeout`).
pub const DEFAULT_TIMEOUT_SECONDS: u32 = 30;
pub const MAX_TIMEOUT_SECONDS: u32 = 300;

/// What the embedding page asked for, every value usable.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Settings {
    /// URL of the catalogue, as the webmaster wrote it (relative to the page).
    pub catalogue: String,
    pub lang: Lang,
    /// Restrict the list to the procedures of this agency (an agency id).
    pub agency: Option<String>,
    /// Restrict the list to this field (lĩnh vực) id.
    pub field: Option<String>,
    /// Open this procedure directly (its code / id).
    pub procedure: Option<String>,
    /// The host's own office (an agency id): listed first in the office picker, marked as
    /// this site's. Without it, `agency` does that when it is one of a procedure's offices.
    pub office: Option<String>,
    pub theme: Theme,
    pub storage: StorageMode,
    /// The element's `id` (names its history key and share-link fragment).
    pub id: Option<String>,
    /// `share-page`: where share links open, for hosts whose router owns the hash.
    pub share_page: Option<String>,
    pub mode: Mode,
    /// Milliseconds without activity before the volunteer-mode warning: the undocumented
    /// `idle-timeout` attribute, so tests take seconds instead of ten minutes.
    pub idle_ms: u32,
    /// `forget-after-days`: a journey untouched this long is forgotten.
    pub forget_after_days: u32,
    /// `timeout`: seconds before a catalogue or detail file that has not arrived counts
    /// as failed (slow mobile data; the copy saved on the device is shown instead).
    pub timeout_seconds: u32,
}

/// An attribute whose value could not be used, and what it accepts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AttributeProblem {
    /// The attribute's name, as written in HTML (`lang`, `forget-after-days`).
    pub attribute: &'static str,
    /// The value as the page gave it.
    pub value: String,
    pub allowed: Allowed,
}

/// What an attribute accepts, for the message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Allowed {
    /// One of these words.
    Words(&'static [&'static str]),
    /// A whole number in this range.
    Range(u32, u32),
    /// One of the catalogue's ids of this kind; a few of them for the message, and
    /// how many there are in all.
    CatalogueIds {
        kind: IdKind,
        examples: Vec<String>,
        total: usize,
    },
}

/// Which catalogue ids an attribute names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IdKind {
    Agency,
    Field,
    Procedure,
    /// An agency id named as the host's own office (`office`).
    Office,
}

/// How many catalogue ids a message lists before "…".
const EXAMPLES: usize = 5;

const LANGS: &[&str] = &["vi", "en"];
const THEMES: &[&str] = &["light", "dark"];
const STORAGES: &[&str] = &["local", "session", "none"];
const MODES: &[&str] = &["citizen", "volunteer"];

/// Trimmed, and `None` when empty: an empty attribute means "not set".
fn present(value: Option<String>) -> Option<String> {
    value.map(|v| v.trim().to_owned()).filter(|v| !v.is_empty())
}

fn word<T: Copy>(
    problems: &mut Vec<AttributeProblem>,
    attribute: &'static str,
    value: Option<String>,
    allowed: &'static [&'static str],
    read: impl Fn(&str) -> Option<T>,
    default: T,
) -> T {
    match value {
        None => default,
        Some(v) => read(&v).unwrap_or_else(|| {
            problems.push(AttributeProblem {
                attribute,
                value: v,
                allowed: Allowed::Words(allowed),
            });
            default
        }),
    }
}

impl Settings {
    /// Reads the attributes through `get` (the attribute's value, `None` when absent).
    pub fn parse(get: impl Fn(&str) -> Option<String>) -> (Settings, Vec<AttributeProblem>) {
        let mut problems = Vec::new();
        let get = |name: &str| present(get(name));
        // A missing `catalogue` is not reported here: without it there is nothing to
        // show, and the loading view says so in place of the widget.
        let catalogue = get("catalogue").unwrap_or_default();
        let lang = word(
            &mut problems,
            "lang",
            get("lang"),
            LANGS,
            Lang::from_tag,
            Lang::Vi,
        );
        let theme = word(
            &mut problems,
            "theme",
            get("theme"),
            THEMES,
            |v| match v.to_ascii_lowercase().as_str() {
                "light" => Some(Theme::Light),
                "dark" => Some(Theme::Dark),
                _ => None,
            },
            Theme::Light,
        );
        let storage = word(
            &mut problems,
            "storage",
            get("storage"),
            STORAGES,
            |v| match v.to_ascii_lowercase().as_str() {
                "local" => Some(StorageMode::Local),
                "session" => Some(StorageMode::Session),
                "none" => Some(StorageMode::None),
                _ => None,
            },
            StorageMode::Local,
        );
        let mode = word(
            &mut problems,
            "mode",
            get("mode"),
            MODES,
            |v| match v.to_ascii_lowercase().as_str() {
                "citizen" => Some(Mode::Citizen),
                "volunteer" => Some(Mode::Volunteer),
                _ => None,
            },
            Mode::Citizen,
        );
        let forget_after_days = match get("forget-after-days") {
            None => DEFAULT_FORGET_AFTER_DAYS,
            Some(v) => match v.parse::<u32>() {
                Ok(d) if (1..=MAX_FORGET_AFTER_DAYS).contains(&d) => d,
                _ => {
                    problems.push(AttributeProblem {
                        attribute: "forget-after-days",
                        value: v,
                        allowed: Allowed::Range(1, MAX_FORGET_AFTER_DAYS),
                    });
                    DEFAULT_FORGET_AFTER_DAYS
                }
            },
        };
        let timeout_seconds = match get("timeout") {
            None => DEFAULT_TIMEOUT_SECONDS,
            Some(v) => match v.parse::<u32>() {
                Ok(t) if (1..=MAX_TIMEOUT_SECONDS).contains(&t) => t,
                _ => {
                    problems.push(AttributeProblem {
                        attribute: "timeout",
                        value: v,
                        allowed: Allowed::Range(1, MAX_TIMEOUT_SECONDS),
                    });
                    DEFAULT_TIMEOUT_SECONDS
                }
            },
        };
        // Undocumented (tests only): at least 100 ms, so a zero or garbage value cannot
        // reset the device in a loop; not reported, webmasters never set it.
        let idle_ms = get("idle-timeout")
            .and_then(|s| s.parse::<u32>().ok())
            .map_or(DEFAULT_IDLE_MS, |ms| ms.max(100));
        let settings = Settings {
            catalogue,
            lang,
            agency: get("agency"),
            field: get("field"),
            procedure: get("procedure"),
            office: get("office"),
            theme,
            storage,
            id: get("id"),
            share_page: get("share-page"),
            mode,
            idle_ms,
            forget_after_days,
            timeout_seconds,
        };
        (settings, problems)
    }
}

/// The `agency`, `field`, `procedure` and `office` values the catalogue does not hold. The
/// widget then ignores them (shows every procedure, opens none, lists offices by name) and
/// says why.
pub fn check_ids(
    catalogue: &Catalogue,
    agency: Option<&str>,
    field: Option<&str>,
    procedure: Option<&str>,
    office: Option<&str>,
) -> Vec<AttributeProblem> {
    let mut problems = Vec::new();
    let mut check = |attribute, kind, value: Option<&str>, ids: Vec<&str>| {
        if let Some(v) = value {
            if !ids.contains(&v) {
                problems.push(AttributeProblem {
                    attribute,
                    value: v.to_owned(),
                    allowed: Allowed::CatalogueIds {
                        kind,
                        examples: ids.iter().take(EXAMPLES).map(|s| s.to_string()).collect(),
                        total: ids.len(),
                    },
                });
            }
        }
    };
    check(
        "agency",
        IdKind::Agency,
        agency,
        catalogue.agencies.iter().map(|a| a.id.as_str()).collect(),
    );
    check(
        "field",
        IdKind::Field,
        field,
        catalogue.fields.iter().map(|f| f.id.as_str()).collect(),
    );
    check(
        "procedure",
        IdKind::Procedure,
        procedure,
        catalogue.procedures.iter().map(|p| p.id.as_str()).collect(),
    );
    check(
        "office",
        IdKind::Office,
        office,
        catalogue.agencies.iter().map(|a| a.id.as_str()).collect(),
    );
    problems
}

/// The office the picker lists first as the host's own: `office`, else `agency` when it is
/// one of `offices` (a ward's site that restricts the list to its ward). An `office` the
/// catalogue does not hold is reported by [`check_ids`] and puts nothing first.
pub fn host_office<'a>(
    office: Option<&'a str>,
    agency: Option<&'a str>,
    offices: &[&crate::catalogue::Agency],
) -> Option<&'a str> {
    let listed = |id: &&str| offices.iter().any(|a| a.id == *id);
    match office {
        Some(office) => Some(office).filter(listed),
        None => agency.filter(listed),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn parse(pairs: &[(&str, &str)]) -> (Settings, Vec<AttributeProblem>) {
        let map: HashMap<String, String> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        Settings::parse(|name| map.get(name).cloned())
    }

    fn check(s: &Settings, c: &Catalogue) -> Vec<AttributeProblem> {
        check_ids(
            c,
            s.agency.as_deref(),
            s.field.as_deref(),
            s.procedure.as_deref(),
            s.office.as_deref(),
        )
    }

    fn named(problems: &[AttributeProblem]) -> Vec<&'static str> {
        problems.iter().map(|p| p.attribute).collect()
    }

    #[test]
    fn good_values_are_read_without_problems() {
        let (s, problems) = parse(&[
            ("catalogue", " /tthc/catalogue.json "),
            ("lang", "en-GB"),
            ("agency", "so-tu-phap"),
            ("field", "ho-tich"),
            ("procedure", "1.001193"),
            ("office", "phuong-ban-co"),
            ("theme", "Dark"),
            ("storage", "session"),
            ("mode", "volunteer"),
            ("id", "huong-dan"),
            ("share-page", "/hd.html"),
            ("forget-after-days", "7"),
            ("timeout", "5"),
        ]);
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(s.catalogue, "/tthc/catalogue.json");
        assert_eq!(s.lang, Lang::En);
        assert_eq!(s.agency.as_deref(), Some("so-tu-phap"));
        assert_eq!(s.field.as_deref(), Some("ho-tich"));
        assert_eq!(s.procedure.as_deref(), Some("1.001193"));
        assert_eq!(s.office.as_deref(), Some("phuong-ban-co"));
        assert_eq!(s.theme, Theme::Dark);
        assert_eq!(s.storage, StorageMode::Session);
        assert_eq!(s.mode, Mode::Volunteer);
        assert_eq!(s.id.as_deref(), Some("huong-dan"));
        assert_eq!(s.share_page.as_deref(), Some("/hd.html"));
        assert_eq!(s.forget_after_days, 7);
        assert_eq!(s.timeout_seconds, 5);
        assert_eq!(s.idle_ms, DEFAULT_IDLE_MS);
    }

    #[test]
    fn missing_values_take_the_defaults() {
        let (s, problems) = parse(&[]);
        assert!(problems.is_empty());
        assert_eq!(s.catalogue, "");
        assert_eq!(s.lang, Lang::Vi);
        assert_eq!(s.theme, Theme::Light);
        assert_eq!(s.storage, StorageMode::Local);
        assert_eq!(s.mode, Mode::Citizen);
        assert_eq!(s.forget_after_days, DEFAULT_FORGET_AFTER_DAYS);
        // Empty attributes count as not set.
        let (s, problems) = parse(&[("catalogue", "c.json"), ("lang", " "), ("agency", "")]);
        assert!(problems.is_empty());
        assert_eq!((s.lang, s.agency), (Lang::Vi, None));
    }

    #[test]
    fn each_bad_value_is_named_with_what_is_allowed_and_falls_back() {
        let (s, problems) = parse(&[
            ("catalogue", "c.json"),
            ("lang", "fr"),
            ("theme", "blue"),
            ("storage", "cookie"),
            ("mode", "admin"),
            ("forget-after-days", "0"),
            ("timeout", "0"),
        ]);
        assert_eq!(
            named(&problems),
            [
                "lang",
                "theme",
                "storage",
                "mode",
                "forget-after-days",
                "timeout"
            ]
        );
        assert_eq!(problems[0].value, "fr");
        assert_eq!(problems[0].allowed, Allowed::Words(&["vi", "en"]));
        assert_eq!(problems[4].allowed, Allowed::Range(1, 3650));
        assert_eq!(
            (s.lang, s.theme, s.storage, s.mode, s.forget_after_days),
            (
                Lang::Vi,
                Theme::Light,
                StorageMode::Local,
                Mode::Citizen,
                30
            )
        );
        for days in ["-1", "3651", "ba mươi", "1e3"] {
            let (_, p) = parse(&[("catalogue", "c"), ("forget-after-days", days)]);
            assert_eq!(named(&p), ["forget-after-days"], "{days}");
        }
    }

    #[test]
    fn the_idle_timeout_is_never_below_100_ms() {
        let (s, p) = parse(&[("catalogue", "c"), ("idle-timeout", "0")]);
        assert!(p.is_empty());
        assert_eq!(s.idle_ms, 100);
        let (s, _) = parse(&[("catalogue", "c"), ("idle-timeout", "x")]);
        assert_eq!(s.idle_ms, DEFAULT_IDLE_MS);
    }

    #[test]
    fn catalogue_ids_are_checked_once_loaded() {
        let c = crate::catalogue::load_catalogue(include_bytes!("../../../www/catalogue.json"))
            .catalogue
            .expect("sample loads");
        let (s, _) = parse(&[
            ("catalogue", "c"),
            ("agency", "so-tu-phap-tphcm"),
            ("field", "ho-tich"),
            ("procedure", "1.001193"),
            ("office", "phuong-ban-co"),
        ]);
        assert_eq!(check(&s, &c), []);
        let (s, _) = parse(&[
            ("catalogue", "c"),
            ("agency", "so-khong-co"),
            ("field", "khong-co"),
            ("procedure", "9.999999"),
            ("office", "phuong-khong-co"),
        ]);
        let problems = check(&s, &c);
        assert_eq!(named(&problems), ["agency", "field", "procedure", "office"]);
        assert!(matches!(
            problems[3].allowed,
            Allowed::CatalogueIds { kind: IdKind::Office, total, .. } if total == c.agencies.len()
        ));
        match &problems[2].allowed {
            Allowed::CatalogueIds {
                kind,
                examples,
                total,
            } => {
                assert_eq!(*kind, IdKind::Procedure);
                assert_eq!(*total, c.procedures.len());
                assert_eq!(examples.len(), EXAMPLES.min(*total));
                assert_eq!(examples[0], c.procedures[0].id);
            }
            other => panic!("unexpected {other:?}"),
        }
    }

    #[test]
    fn the_host_office_is_the_office_attribute_else_the_agency_when_it_takes_the_file() {
        let c = crate::catalogue::load_catalogue(include_bytes!("../../../www/catalogue.json"))
            .catalogue
            .expect("sample loads");
        let birth = c.procedure("1.001193").expect("in the sample");
        let offices = crate::journey::offices(&c, birth);
        assert_eq!(
            host_office(Some("phuong-ban-co"), Some("phuong-nhieu-loc"), &offices),
            Some("phuong-ban-co")
        );
        assert_eq!(
            host_office(None, Some("phuong-nhieu-loc"), &offices),
            Some("phuong-nhieu-loc")
        );
        // The agency of the site is not one of this procedure's offices: nothing first.
        assert_eq!(host_office(None, Some("so-tu-phap-tphcm"), &offices), None);
        // An office that is not one of them (or not in the catalogue) puts nothing first,
        // and does not fall back to the agency: the webmaster named another on purpose.
        assert_eq!(
            host_office(Some("cong-an-tphcm"), Some("phuong-nhieu-loc"), &offices),
            None
        );
        assert_eq!(host_office(Some("khong-co"), None, &offices), None);
        assert_eq!(host_office(None, None, &offices), None);
    }
}
