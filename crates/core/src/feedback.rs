//! The feedback moment at the end of a journey ("Hướng dẫn này có giúp bạn không?", as
//! the satisfaction indices ask): yes at once, or no with optional reasons, then sent
//! once. "Sent" means handed to the host page as a DOM event; the widget itself sends
//! nothing anywhere. The answer is not part of the journey: never saved, never shared,
//! gone when the next person starts over.

use crate::i18n::Lang;

/// Why the guide did not help, as the reason chips offer it. The ids are the contract
/// with host pages (EMBEDDING.md, `procedure-guide:feedback`): never renamed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reason {
    HardToUnderstand,
    MissingInfo,
    WrongInfo,
    Other,
}

impl Reason {
    /// In the order the chips show and the event lists them.
    pub const ALL: [Reason; 4] = [
        Reason::HardToUnderstand,
        Reason::MissingInfo,
        Reason::WrongInfo,
        Reason::Other,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Reason::HardToUnderstand => "hard_to_understand",
            Reason::MissingInfo => "missing_info",
            Reason::WrongInfo => "wrong_info",
            Reason::Other => "other",
        }
    }

    fn bit(self) -> u8 {
        1 << (self as u8)
    }
}

/// What the person did with the question.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// "Có": sent at once.
    Helpful,
    /// "Không": the reasons open; nothing is sent until [`Action::Send`].
    NotHelpful,
    /// A reason chip pressed (again: released).
    Toggle(Reason),
    /// "Gửi" after "Không".
    Send,
}

/// The state of the question. Once sent it no longer changes: the answer stays on the
/// screen as given, and a second press cannot send it twice.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Feedback {
    helpful: Option<bool>,
    reasons: u8,
    sent: bool,
}

/// What the host page is told: `procedure-guide:feedback`'s `detail`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Detail<'a> {
    pub procedure: &'a str,
    pub helpful: bool,
    /// Reason ids in [`Reason::ALL`]'s order; empty for "yes" and for "no" without any.
    pub reasons: Vec<&'static str>,
    pub lang: &'static str,
}

impl Feedback {
    /// The next state, and whether this action sends the answer (the caller then raises
    /// the event, once, with [`Feedback::detail`]).
    pub fn apply(self, action: Action) -> (Feedback, bool) {
        if self.sent {
            return (self, false);
        }
        match action {
            Action::Helpful => (
                Feedback {
                    helpful: Some(true),
                    reasons: 0,
                    sent: true,
                },
                true,
            ),
            // Reasons already pressed stay (a second "Không" changes nothing).
            Action::NotHelpful => (
                Feedback {
                    helpful: Some(false),
                    ..self
                },
                false,
            ),
            Action::Toggle(reason) if self.helpful == Some(false) => (
                Feedback {
                    reasons: self.reasons ^ reason.bit(),
                    ..self
                },
                false,
            ),
            Action::Send if self.helpful == Some(false) => (Feedback { sent: true, ..self }, true),
            Action::Toggle(_) | Action::Send => (self, false),
        }
    }

    /// `Some(true)` after "Có", `Some(false)` after "Không", `None` before either.
    pub fn helpful(&self) -> Option<bool> {
        self.helpful
    }

    pub fn has(&self, reason: Reason) -> bool {
        self.reasons & reason.bit() != 0
    }

    pub fn sent(&self) -> bool {
        self.sent
    }

    /// The event's detail, once the answer is sent.
    pub fn detail<'a>(&self, procedure: &'a str, lang: Lang) -> Option<Detail<'a>> {
        let helpful = self.helpful.filter(|_| self.sent)?;
        Some(Detail {
            procedure,
            helpful,
            reasons: Reason::ALL
                .into_iter()
                .filter(|r| self.has(*r))
                .map(Reason::id)
                .collect(),
            lang: lang.tag(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(actions: &[Action]) -> (Feedback, usize) {
        let mut state = Feedback::default();
        let mut sends = 0;
        for a in actions {
            let (next, send) = state.apply(*a);
            state = next;
            sends += usize::from(send);
        }
        (state, sends)
    }

    #[test]
    fn yes_is_sent_at_once_without_reasons() {
        let (state, sends) = run(&[Action::Helpful]);
        assert_eq!(sends, 1);
        assert_eq!(
            state.detail("1.001193", Lang::Vi),
            Some(Detail {
                procedure: "1.001193",
                helpful: true,
                reasons: vec![],
                lang: "vi",
            })
        );
    }

    #[test]
    fn no_waits_for_send_and_lists_the_reasons_in_a_fixed_order() {
        let (state, sends) = run(&[
            Action::NotHelpful,
            Action::Toggle(Reason::Other),
            Action::Toggle(Reason::HardToUnderstand),
            Action::Toggle(Reason::WrongInfo),
            Action::Toggle(Reason::WrongInfo),
        ]);
        assert_eq!(sends, 0);
        assert_eq!(state.helpful(), Some(false));
        assert!(state.detail("x", Lang::En).is_none(), "nothing before Send");
        let (state, send) = state.apply(Action::Send);
        assert!(send);
        assert_eq!(
            state.detail("2.000986", Lang::En),
            Some(Detail {
                procedure: "2.000986",
                helpful: false,
                reasons: vec!["hard_to_understand", "other"],
                lang: "en",
            })
        );
    }

    #[test]
    fn no_without_reasons_is_an_answer_too() {
        let (state, sends) = run(&[Action::NotHelpful, Action::Send]);
        assert_eq!(sends, 1);
        let detail = state.detail("p", Lang::Vi).expect("sent");
        assert!(!detail.helpful);
        assert!(detail.reasons.is_empty());
    }

    #[test]
    fn once_sent_nothing_changes_and_nothing_is_sent_again() {
        for first in [
            vec![Action::Helpful],
            vec![
                Action::NotHelpful,
                Action::Toggle(Reason::MissingInfo),
                Action::Send,
            ],
        ] {
            let (sent, _) = run(&first);
            for a in [
                Action::Helpful,
                Action::NotHelpful,
                Action::Toggle(Reason::Other),
                Action::Send,
            ] {
                assert_eq!(sent.apply(a), (sent, false), "{a:?} after {first:?}");
            }
        }
    }

    #[test]
    fn reasons_and_send_need_a_no_first() {
        assert_eq!(
            run(&[Action::Toggle(Reason::Other)]),
            (Feedback::default(), 0)
        );
        assert_eq!(run(&[Action::Send]), (Feedback::default(), 0));
        // Changing one's mind to "yes" before sending sends "yes", without the reasons.
        let (state, sends) = run(&[
            Action::NotHelpful,
            Action::Toggle(Reason::Other),
            Action::Helpful,
        ]);
        assert_eq!(sends, 1);
        assert_eq!(
            state.detail("p", Lang::Vi).map(|d| (d.helpful, d.reasons)),
            Some((true, vec![]))
        );
    }

    #[test]
    fn reason_ids_are_distinct_and_stable() {
        let ids: Vec<_> = Reason::ALL.iter().map(|r| r.id()).collect();
        assert_eq!(
            ids,
            ["hard_to_understand", "missing_info", "wrong_info", "other"]
        );
    }
}
