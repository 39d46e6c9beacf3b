//! Where the person is in one widget: the list (with its search text and filters) or a
//! procedure at a view, and the nonce of the person using the device. One value, changed
//! only by [`reduce`]; the widget's navigation hook is a one-line adapter over it, has
//! the only `popstate` listener and is the only writer of `history.state` (it writes
//! [`Nav::entry`] as [`Nav::write_since`] says).
//!
//! History entries hold ids, the view and the person's nonce, never answers or search
//! text. "Start over" takes a new nonce, so every entry written before it names another
//! person: Back, Forward or a reload that reaches one shows the list (and rewrites the
//! entry), never the earlier person's procedure.

use crate::journey::View;
use crate::search::Filters;

/// This widget's part of one history entry.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Entry {
    /// The open procedure; `None` for the list.
    pub procedure: Option<String>,
    /// The view shown; `None` for the list (or a view word this widget does not know).
    pub view: Option<View>,
    /// The person's nonce when the entry was written.
    pub nonce: Option<u64>,
}

/// What the navigation hook does with the history after a change.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Write {
    /// Nothing: the change came from the history itself, or only touched the list's
    /// search.
    #[default]
    Nothing,
    /// A new entry: the person moved.
    Push,
    /// Rewrite the current entry: first render, start over, an entry of an earlier
    /// person, a view corrected to one the journey has.
    Replace,
}

/// Where the person is.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Nav {
    /// The open procedure; `None`: the list.
    pub procedure: Option<String>,
    /// The view asked for; `None`: where the journey was left (its saved view).
    pub view: Option<View>,
    /// The person using the device (see the module's documentation).
    pub nonce: u64,
    /// The list's search text and filters, kept while a procedure is open so "back to
    /// the list" returns to the same results; only in memory.
    pub query: String,
    pub filters: Filters,
    /// What the last change asked of the history.
    pub write: Write,
    /// Counts the changes that write history, so the hook writes once per change even
    /// when the place is the same (a replace after a start over on the list).
    pub seq: u32,
    /// The `seq` of the last change that asked for a new entry. Several changes may
    /// come before the hook writes (a view corrected in the same frame as the procedure
    /// opened): a push among them must not be lost to a later replace.
    pub pushed: u32,
    /// Move focus to the heading of what is shown (the person moved; not on first
    /// render, not when a link opened the page).
    pub focus: bool,
    /// Counts "start over"s: what is keyed on it (the journey page) starts fresh.
    pub person: u32,
}

/// Everything that moves the person.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// Opens a procedure (a result, "resume", a `see` link). `focus`: the person chose it.
    Open {
        procedure: String,
        focus: bool,
    },
    /// Another view of the open procedure.
    GoTo(View),
    /// The view shown is not the one asked for (it does not apply to this journey, or
    /// none was asked): the entry is rewritten to name it.
    Shown(View),
    /// Back to the list.
    ToList,
    Search(String),
    Filter(Filters),
    /// Back or Forward reached an entry; `None`: it has no part of ours (the host's own
    /// entry, a hash link), which changes nothing. The caller maps a procedure the
    /// catalogue no longer has to `None`.
    Popped(Option<Entry>),
    /// The page changed the `procedure` attribute.
    Embedded(Option<String>),
    /// The next person: the list, empty search, default filters, a new nonce.
    StartOver {
        nonce: u64,
    },
}

/// What the first render shows. `entry`: this widget's part of the current history entry
/// (a reload, or Back into the page), with a procedure the catalogue does not hold mapped
/// to `None`; `shared`: the procedure a share link in the address opened; `embedded`:
/// the `procedure` attribute (if the catalogue holds it); `nonce`: a new one, used unless
/// the entry names the person.
pub fn start(
    entry: Option<Entry>,
    shared: Option<String>,
    embedded: Option<String>,
    nonce: u64,
) -> Nav {
    let base = Nav {
        nonce,
        write: Write::Replace,
        seq: 1,
        ..Nav::default()
    };
    if let Some(procedure) = shared {
        // A link opens its journey for the person holding it; earlier entries are not
        // theirs.
        return Nav {
            procedure: Some(procedure),
            ..base
        };
    }
    match entry {
        // The current entry is this tab's latest (a start over rewrites it), so its
        // nonce is the person's, and its place is where they were.
        Some(Entry {
            procedure,
            view,
            nonce: Some(n),
        }) => Nav {
            procedure,
            view,
            nonce: n,
            ..base
        },
        _ => Nav {
            procedure: embedded,
            ..base
        },
    }
}

/// The navigation after `action`. Pure, never fails.
pub fn reduce(nav: &Nav, action: Action) -> Nav {
    let seq = nav.seq.saturating_add(1);
    let moved = |procedure: Option<String>, view: Option<View>, write: Write, focus: bool| Nav {
        procedure,
        view,
        write,
        focus,
        seq,
        pushed: if write == Write::Push {
            seq
        } else {
            nav.pushed
        },
        ..nav.clone()
    };
    match action {
        Action::Open { procedure, focus } => moved(Some(procedure), None, Write::Push, focus),
        Action::GoTo(view) if nav.procedure.is_some() => {
            moved(nav.procedure.clone(), Some(view), Write::Push, true)
        }
        Action::GoTo(_) => nav.clone(),
        Action::Shown(view) if nav.procedure.is_some() && nav.view != Some(view) => Nav {
            view: Some(view),
            write: Write::Replace,
            seq,
            ..nav.clone()
        },
        Action::Shown(_) => nav.clone(),
        Action::ToList => moved(None, None, Write::Push, true),
        Action::Search(query) => Nav {
            query,
            write: Write::Nothing,
            focus: false,
            ..nav.clone()
        },
        Action::Filter(filters) => Nav {
            filters,
            write: Write::Nothing,
            focus: false,
            ..nav.clone()
        },
        Action::Popped(None) => Nav {
            write: Write::Nothing,
            ..nav.clone()
        },
        Action::Popped(Some(entry)) if entry.nonce == Some(nav.nonce) => {
            let same = entry.procedure == nav.procedure && entry.view == nav.view;
            Nav {
                procedure: entry.procedure,
                view: entry.view,
                write: Write::Nothing,
                focus: !same,
                ..nav.clone()
            }
        }
        // An earlier person's entry: the list, and the entry now says so, so that it
        // never shows their procedure again (not after a reload either).
        Action::Popped(Some(_)) => moved(None, None, Write::Replace, true),
        Action::Embedded(procedure) => moved(procedure, None, Write::Push, false),
        Action::StartOver { nonce } => Nav {
            nonce,
            query: String::new(),
            filters: Filters::default(),
            person: nav.person.wrapping_add(1),
            ..moved(None, None, Write::Replace, true)
        },
    }
}

impl Nav {
    /// What to do with the history when the changes up to `written` (a `seq`) are
    /// written already: a new entry if any change since asked for one, else rewrite the
    /// current one if any change since asked, else nothing. Either way [`Nav::entry`] is
    /// what to write.
    pub fn write_since(&self, written: u32) -> Write {
        if self.seq == written {
            Write::Nothing
        } else if self.pushed > written {
            Write::Push
        } else {
            Write::Replace
        }
    }

    /// The history entry for where the person is, with the view actually shown.
    pub fn entry(&self) -> Entry {
        Entry {
            procedure: self.procedure.clone(),
            view: self.procedure.as_ref().and(self.view),
            nonce: Some(self.nonce),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(procedure: &str, view: View, nonce: u64) -> Entry {
        Entry {
            procedure: Some(procedure.into()),
            view: Some(view),
            nonce: Some(nonce),
        }
    }

    fn list(nonce: u64) -> Entry {
        Entry {
            procedure: None,
            view: None,
            nonce: Some(nonce),
        }
    }

    fn open(nav: &Nav, id: &str) -> Nav {
        reduce(
            nav,
            Action::Open {
                procedure: id.into(),
                focus: true,
            },
        )
    }

    #[test]
    fn first_render_without_an_entry_shows_the_list_or_the_embedded_procedure() {
        let nav = start(None, None, None, 7);
        assert_eq!(
            (nav.procedure, nav.nonce, nav.write),
            (None, 7, Write::Replace)
        );
        let nav = start(None, None, Some("p".into()), 7);
        assert_eq!(nav.procedure.as_deref(), Some("p"));
        assert!(!nav.focus, "nothing moved: no focus on first render");
    }

    #[test]
    fn a_reload_keeps_the_place_and_the_person() {
        let nav = start(Some(at("p", View::Documents, 3)), None, None, 7);
        assert_eq!(nav.procedure.as_deref(), Some("p"));
        assert_eq!(nav.view, Some(View::Documents));
        assert_eq!(nav.nonce, 3);
        assert_eq!(nav.entry(), at("p", View::Documents, 3));
    }

    #[test]
    fn an_entry_without_a_nonce_is_not_a_person() {
        let old = Entry {
            procedure: Some("p".into()),
            view: None,
            nonce: None,
        };
        let nav = start(Some(old), None, None, 7);
        assert_eq!((nav.procedure, nav.nonce), (None, 7));
    }

    #[test]
    fn a_share_link_wins_over_the_entry() {
        let nav = start(Some(at("p", View::Steps, 3)), Some("q".into()), None, 7);
        assert_eq!(
            (nav.procedure.as_deref(), nav.view, nav.nonce),
            (Some("q"), None, 7)
        );
    }

    #[test]
    fn moving_pushes_and_focuses() {
        let nav = start(None, None, None, 1);
        let opened = open(&nav, "p");
        assert_eq!(opened.write, Write::Push);
        assert!(opened.focus);
        assert_eq!(opened.view, None, "opened where the journey was left");
        let moved = reduce(&opened, Action::GoTo(View::Channel));
        assert_eq!(
            (moved.view, moved.write),
            (Some(View::Channel), Write::Push)
        );
        assert_ne!(moved.seq, opened.seq);
        let back = reduce(&moved, Action::ToList);
        assert_eq!((back.procedure.clone(), back.write), (None, Write::Push));
        assert_eq!(back.entry(), list(1));
    }

    #[test]
    fn going_to_a_view_on_the_list_changes_nothing() {
        let nav = start(None, None, None, 1);
        assert_eq!(reduce(&nav, Action::GoTo(View::Steps)), nav);
    }

    #[test]
    fn a_push_is_not_lost_to_a_replace_before_the_hook_writes() {
        let nav = start(None, None, None, 1);
        assert_eq!(nav.write_since(0), Write::Replace, "first render");
        let written = nav.seq;
        assert_eq!(nav.write_since(written), Write::Nothing);
        let opened = open(&nav, "p");
        let shown = reduce(&opened, Action::Shown(View::Overview));
        // Written only now, both at once: one new entry, naming the view shown.
        assert_eq!(shown.write_since(written), Write::Push);
        assert_eq!(shown.entry().view, Some(View::Overview));
        // Written after each: a push, then a replace.
        assert_eq!(opened.write_since(written), Write::Push);
        assert_eq!(shown.write_since(opened.seq), Write::Replace);
        // A search writes nothing.
        let typed = reduce(&shown, Action::Search("x".into()));
        assert_eq!(typed.write_since(shown.seq), Write::Nothing);
    }

    #[test]
    fn a_corrected_view_rewrites_the_entry_once() {
        let nav = open(&start(None, None, None, 1), "p");
        let shown = reduce(&nav, Action::Shown(View::Documents));
        assert_eq!(
            (shown.view, shown.write),
            (Some(View::Documents), Write::Replace)
        );
        assert_eq!(reduce(&shown, Action::Shown(View::Documents)), shown);
    }

    #[test]
    fn the_search_is_kept_while_a_procedure_is_open_and_writes_no_history() {
        let nav = reduce(
            &start(None, None, None, 1),
            Action::Search("khai sinh".into()),
        );
        assert_eq!(nav.write, Write::Nothing);
        let nav = reduce(&open(&nav, "p"), Action::ToList);
        assert_eq!(nav.query, "khai sinh");
    }

    #[test]
    fn back_and_forward_within_the_person_follow_the_entry() {
        let nav = reduce(
            &open(&start(None, None, None, 5), "p"),
            Action::GoTo(View::Steps),
        );
        let popped = reduce(&nav, Action::Popped(Some(at("p", View::Overview, 5))));
        assert_eq!(popped.view, Some(View::Overview));
        assert_eq!(popped.write, Write::Nothing);
        assert!(popped.focus);
        let popped = reduce(&popped, Action::Popped(Some(list(5))));
        assert_eq!(popped.procedure, None);
        // The host's own entry: nothing moves.
        let host = reduce(&popped, Action::Popped(None));
        assert_eq!((host.procedure, host.write), (None, Write::Nothing));
    }

    #[test]
    fn start_over_forgets_the_place_and_the_search_and_disowns_every_earlier_entry() {
        let mut nav = start(None, None, None, 5);
        nav = reduce(&nav, Action::Search("LLTP".into()));
        nav = reduce(
            &nav,
            Action::Filter(Filters {
                field: Some("tu-phap".into()),
                ..Filters::default()
            }),
        );
        nav = reduce(&open(&nav, "p"), Action::GoTo(View::Documents));
        let earlier = nav.entry();
        let fresh = reduce(&nav, Action::StartOver { nonce: 6 });
        assert_eq!(fresh.procedure, None);
        assert_eq!(fresh.query, "");
        assert_eq!(fresh.filters, Filters::default());
        assert_eq!(fresh.write, Write::Replace);
        assert_eq!(fresh.person, nav.person + 1);
        assert_eq!(fresh.entry(), list(6));
        // Back, Forward and reload into any entry of the earlier person: the list.
        for entry in [earlier.clone(), at("p", View::Overview, 5), list(5)] {
            let popped = reduce(&fresh, Action::Popped(Some(entry)));
            assert_eq!(popped.procedure, None);
            assert_eq!(popped.write, Write::Replace, "the entry is rewritten");
            assert_eq!(popped.entry(), list(6));
        }
        // A reload on the rewritten entry stays with the new person.
        let reloaded = start(Some(fresh.entry()), None, None, 9);
        assert_eq!((reloaded.procedure, reloaded.nonce), (None, 6));
    }

    #[test]
    fn the_embedded_procedure_changing_moves_without_focus() {
        let nav = reduce(
            &start(None, None, None, 1),
            Action::Embedded(Some("p".into())),
        );
        assert_eq!(
            (nav.procedure.as_deref(), nav.write, nav.focus),
            (Some("p"), Write::Push, false)
        );
        let nav = reduce(&nav, Action::Embedded(None));
        assert_eq!(nav.procedure, None);
    }
}
