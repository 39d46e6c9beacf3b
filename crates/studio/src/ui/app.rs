//! The studio page: the open panel, the check result and the problems of the draft. Holds
//! the state (language, draft, chosen problem, the status line) and does the I/O through
//! `crate::browser`.

use std::rc::Rc;

use procedure_guide_core::i18n::studio::{st, StudioMsg};
use procedure_guide_core::i18n::Lang;
use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

use super::check_summary::CheckSummary;
use super::editor::{target_of, Editor};
use super::import_warnings::ImportWarnings;
use super::open_panel::OpenPanel;
use super::preview::Preview;
use super::problem_list::ProblemList;
use crate::browser::{self, OpenError};
use crate::doc::Edit;
use crate::draft::{Draft, Source};
use crate::locate::{parse_path, Step};

/// What the status line says; read out politely (`role="status"`).
#[derive(Clone, PartialEq)]
enum Status {
    None,
    Busy,
    Restored,
    Opened(String),
    Failed(String),
    Saved(String),
}

#[function_component]
pub fn App() -> Html {
    let lang = use_state(|| Lang::Vi);
    // The draft kept on this device comes back on a reload.
    let restored = use_state(|| browser::load_draft().map(Rc::new));
    let draft = use_state(|| (*restored).clone());
    let status = use_state(|| {
        if restored.is_some() {
            Status::Restored
        } else {
            Status::None
        }
    });
    let selected = use_state(|| None::<usize>);
    // The procedure the preview shows (`None`: the list); a chosen problem jumps there.
    let shown = use_state(|| None::<String>);
    // The part of the file the form edits, and a field to focus once it is drawn.
    let target = use_state(|| vec![Step::Key("catalogue".into())]);
    let focus = use_state(|| None::<Vec<Step>>);
    // A chosen problem's procedure that the widget does not show (an error dropped it).
    let missing = use_state(|| None::<String>);
    let lang_now = *lang;

    let adopt = {
        let (draft, status, selected, shown, missing) = (
            draft.clone(),
            status.clone(),
            selected.clone(),
            shown.clone(),
            missing.clone(),
        );
        Callback::from(move |(source, text): (Source, String)| {
            let opened = Rc::new(Draft::open(source, text));
            browser::keep_draft(&opened);
            status.set(Status::Opened(opened.source.file_name()));
            selected.set(None);
            shown.set(None);
            missing.set(None);
            draft.set(Some(opened));
        })
    };
    let fail = {
        let status = status.clone();
        Callback::from(move |(what, error): (String, OpenError)| {
            let text = match error {
                OpenError::NotSameSite => st(lang_now, StudioMsg::NotSameSite).to_owned(),
                OpenError::Fetch(0) => format!("{}: {what}", st(lang_now, StudioMsg::FetchFailed)),
                OpenError::Fetch(code) => format!(
                    "{}: {what} (HTTP {code})",
                    st(lang_now, StudioMsg::FetchFailed)
                ),
                OpenError::Unreadable => {
                    format!("{}: {what}", st(lang_now, StudioMsg::FileUnreadable))
                }
            };
            status.set(Status::Failed(text));
        })
    };
    let on_file = {
        let (adopt, fail, status) = (adopt.clone(), fail.clone(), status.clone());
        Callback::from(move |file: web_sys::File| {
            status.set(Status::Busy);
            let (adopt, fail) = (adopt.clone(), fail.clone());
            spawn_local(async move {
                let name = file.name();
                match browser::file_text(&file).await {
                    Ok(text) => adopt.emit((Source::File(name), text)),
                    Err(e) => fail.emit((name, e)),
                }
            });
        })
    };
    let on_sheet = {
        let (draft, status, selected, shown, target) = (
            draft.clone(),
            status.clone(),
            selected.clone(),
            shown.clone(),
            target.clone(),
        );
        Callback::from(move |file: web_sys::File| {
            status.set(Status::Busy);
            let (draft, status, selected, shown, target) = (
                draft.clone(),
                status.clone(),
                selected.clone(),
                shown.clone(),
                target.clone(),
            );
            spawn_local(async move {
                let name = file.name();
                let read = browser::file_bytes(&file).await;
                let imported = read.ok().map(|bytes| Draft::import(&name, &bytes));
                match imported {
                    Some(Ok(d)) => {
                        browser::keep_draft(&d);
                        status.set(Status::Opened(d.source.file_name()));
                        selected.set(None);
                        shown.set(None);
                        target.set(vec![Step::Key("catalogue".into())]);
                        draft.set(Some(Rc::new(d)));
                    }
                    Some(Err(e)) => status.set(Status::Failed(format!(
                        "{}: {name}: {}",
                        st(lang_now, StudioMsg::ImportFailed),
                        e.message(lang_now)
                    ))),
                    None => status.set(Status::Failed(format!(
                        "{}: {name}",
                        st(lang_now, StudioMsg::FileUnreadable)
                    ))),
                }
            });
        })
    };
    let on_url = {
        let (adopt, fail, status) = (adopt.clone(), fail.clone(), status.clone());
        Callback::from(move |address: String| {
            status.set(Status::Busy);
            let (adopt, fail) = (adopt.clone(), fail.clone());
            spawn_local(async move {
                match browser::fetch_text(&address).await {
                    Ok((text, path)) => adopt.emit((Source::Url(path), text)),
                    Err(e) => fail.emit((address, e)),
                }
            });
        })
    };
    let on_template = {
        let adopt = adopt.clone();
        Callback::from(move |()| adopt.emit((Source::Template, crate::draft::TEMPLATE.to_owned())))
    };
    // The text last downloaded: edits after it are what leaving would lose.
    let saved = use_state(|| None::<String>);
    let on_save = {
        let (draft, status, saved) = (draft.clone(), status.clone(), saved.clone());
        Callback::from(move |()| {
            if let Some(d) = &*draft {
                let name = d.source.file_name();
                // In `procedure-guide fmt`'s layout; text that is not JSON goes as it is.
                let text = d
                    .doc
                    .as_ref()
                    .map_or_else(|| d.text.clone(), |doc| doc.to_pretty());
                if browser::download(&name, &text).is_ok() {
                    status.set(Status::Saved(name));
                    saved.set(Some(d.text.clone()));
                }
            }
        })
    };
    {
        let unsaved = (*draft)
            .as_ref()
            .is_some_and(|d| d.edited && saved.as_deref() != Some(d.text.as_str()));
        use_effect_with(unsaved, |unsaved| browser::warn_before_leaving(*unsaved));
    }
    let on_select = {
        let (selected, shown, draft, missing) = (
            selected.clone(),
            shown.clone(),
            draft.clone(),
            missing.clone(),
        );
        let (target, focus) = (target.clone(), focus.clone());
        Callback::from(move |i: usize| {
            if *selected == Some(i) {
                selected.set(None);
                return;
            }
            selected.set(Some(i));
            let Some(d) = &*draft else { return };
            // The form the problem is in opens, and its field takes the focus.
            if let Some(path) = d.problems.get(i).and_then(|p| parse_path(&p.path)) {
                target.set(target_of(&path));
                focus.set(Some(path));
            }
            // The preview follows to the procedure the problem is in, if the widget shows it.
            let Some(id) = d
                .problems
                .get(i)
                .and_then(|p| crate::locate::procedure_of(&d.text, &p.path))
            else {
                return;
            };
            if d.procedure_names.iter().any(|(known, _)| *known == id) {
                missing.set(None);
                shown.set(Some(id));
            } else {
                // An error drops the procedure it is in: the preview cannot go there.
                missing.set(Some(id));
            }
        })
    };
    let on_procedure = {
        let (shown, missing) = (shown.clone(), missing.clone());
        Callback::from(move |id: Option<String>| {
            missing.set(None);
            shown.set(id)
        })
    };
    let on_edit = {
        let draft = draft.clone();
        Callback::from(move |edit: Edit| {
            let Some(next) = (*draft).as_ref().and_then(|d| d.edit(&edit)) else {
                return;
            };
            browser::keep_draft(&next);
            draft.set(Some(Rc::new(next)));
        })
    };
    let on_target = {
        let target = target.clone();
        Callback::from(move |t: Vec<Step>| target.set(t))
    };
    {
        // After the form is drawn: the chosen problem's field, or the nearest part of it.
        let focus = focus.clone();
        use_effect_with((*focus).clone(), move |wanted| {
            if let Some(path) = wanted {
                let ids: Vec<String> = (1..=path.len())
                    .rev()
                    .map(|n| super::form::input_id(&path[..n]))
                    .collect();
                browser::focus_field(&ids);
                focus.set(None);
            }
        });
    }
    let switch = {
        let lang = lang.clone();
        Callback::from(move |_| {
            lang.set(if *lang == Lang::Vi {
                Lang::En
            } else {
                Lang::Vi
            })
        })
    };

    let status_text = match &*status {
        Status::None => String::new(),
        Status::Busy => st(lang_now, StudioMsg::Loading).to_owned(),
        Status::Restored => st(lang_now, StudioMsg::DraftRestored).to_owned(),
        Status::Opened(name) => format!("{}: {name}", st(lang_now, StudioMsg::Opened)),
        Status::Failed(text) => text.clone(),
        Status::Saved(name) => format!("{}: {name}", st(lang_now, StudioMsg::Saved)),
    };
    let failed = matches!(&*status, Status::Failed(_));
    let other = if lang_now == Lang::Vi { "en" } else { "vi" };

    html! {
        <div class="studio" lang={lang_now.tag()}>
            <header class="studio__header">
                <h1>{ st(lang_now, StudioMsg::Title) }</h1>
                <button type="button" class="studio__lang" lang={other} onclick={switch}>
                    { st(lang_now, StudioMsg::OtherLanguage) }
                </button>
                <p class="studio__intro">{ st(lang_now, StudioMsg::Intro) }</p>
            </header>
            <main class={classes!("studio__main", draft.is_some().then_some("studio__main--open"))}>
                <div class="studio__work">
                    <OpenPanel lang={lang_now} {on_file} {on_sheet} {on_url} {on_template} />
                    <p role="status" class={classes!("studio__status", failed.then_some("studio__status--failed"))}>
                        { status_text }
                    </p>
                    if let Some(d) = &*draft {
                        <CheckSummary lang={lang_now} draft={d.clone()} {on_save} />
                        if !d.import_warnings.is_empty() {
                            <ImportWarnings lang={lang_now} draft={d.clone()} />
                        }
                        if !d.problems.is_empty() {
                            <ProblemList lang={lang_now} draft={d.clone()} selected={*selected} {on_select} />
                        }
                        <Editor lang={lang_now} draft={d.clone()} target={(*target).clone()} {on_target} {on_edit} />
                    } else {
                        <p class="studio__nothing">{ st(lang_now, StudioMsg::Nothing) }</p>
                    }
                </div>
                // Beside the work on a wide screen, below it on a phone.
                if let Some(d) = &*draft {
                    <Preview lang={lang_now} draft={d.clone()} procedure={(*shown).clone()} missing={(*missing).clone()} {on_procedure} />
                }
            </main>
        </div>
    }
}
