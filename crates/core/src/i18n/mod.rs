//! Every user-facing word lives under this folder: the languages, the widget's
//! strings (`ui`) and the validator's messages. Vietnamese first, English second.

pub mod attributes;
#[cfg(feature = "schema")]
pub mod cli;
mod diagnostics;
pub mod fields;
pub mod glossary;
pub mod present;
pub mod studio;
pub mod ui;

/// A language of the user interface and of catalogue text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    Vi,
    En,
}

impl Lang {
    /// Reads a language tag as an embed attribute or a catalogue gives it
    /// (`vi`, `vi-VN`, `en`, `en-GB`); anything else is `None`.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next().unwrap_or("").trim();
        if primary.eq_ignore_ascii_case("vi") {
            Some(Lang::Vi)
        } else if primary.eq_ignore_ascii_case("en") {
            Some(Lang::En)
        } else {
            None
        }
    }

    pub fn tag(self) -> &'static str {
        match self {
            Lang::Vi => "vi",
            Lang::En => "en",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_tags() {
        assert_eq!(Lang::from_tag("vi"), Some(Lang::Vi));
        assert_eq!(Lang::from_tag("EN-gb"), Some(Lang::En));
        assert_eq!(Lang::from_tag("fr"), None);
        assert_eq!(Lang::from_tag(""), None);
    }
}
