//! Every problem of the draft: code, severity, explanation, JSON path and line. Choosing
//! one shows the lines of the file it is about.

use std::rc::Rc;

use procedure_guide_core::diagnostic::Severity;
use procedure_guide_core::i18n::studio::{st, StudioMsg};
use procedure_guide_core::i18n::Lang;
use yew::prelude::*;

use crate::draft::Draft;

/// Lines shown on each side of a problem's line.
const AROUND: usize = 3;

#[derive(Properties, PartialEq)]
pub struct ProblemListProps {
    pub lang: Lang,
    pub draft: Rc<Draft>,
    pub selected: Option<usize>,
    pub on_select: Callback<usize>,
}

#[function_component]
pub fn ProblemList(props: &ProblemListProps) -> Html {
    let lang = props.lang;
    let d = &props.draft;
    html! {
        <section class="studio__problems" aria-labelledby="studio-problems">
            <h2 id="studio-problems">{ st(lang, StudioMsg::ProblemsHeading) }</h2>
            <ol class="studio__problem-list">
                { for d.problems.iter().enumerate().map(|(i, p)| {
                    let open = props.selected == Some(i);
                    let on_click = {
                        let on_select = props.on_select.clone();
                        Callback::from(move |_| on_select.emit(i))
                    };
                    let (kind, class) = match p.severity {
                        Severity::Error => (st(lang, StudioMsg::Error), "studio__problem--error"),
                        Severity::Warning => (st(lang, StudioMsg::Warning), "studio__problem--warning"),
                    };
                    let detail_id = format!("studio-problem-{i}");
                    html! {
                        <li class={classes!("studio__problem", class)}>
                            <button type="button" class="studio__problem-button" aria-expanded={open.to_string()}
                                aria-controls={detail_id.clone()} onclick={on_click}>
                                <span class="studio__severity">{ kind }</span>{ " " }
                                <code>{ p.code.id() }</code>{ " " }
                                <span class="studio__problem-title">{ p.title(lang) }</span>
                                if let Some(line) = p.line {
                                    <span class="studio__line">{ format!(" ({} {line})", st(lang, StudioMsg::Line)) }</span>
                                }
                            </button>
                            <p class="studio__message">{ p.message(lang) }</p>
                            <p class="studio__path">{ st(lang, StudioMsg::Path) }{ ": " }<code>{ p.path.clone() }</code></p>
                            <div id={detail_id} hidden={!open}>
                                if open {
                                    { excerpt(lang, &d.text, p.line) }
                                }
                            </div>
                        </li>
                    }
                }) }
            </ol>
        </section>
    }
}

/// The lines around `line`, numbered, the line itself marked.
fn excerpt(lang: Lang, text: &str, line: Option<usize>) -> Html {
    let Some(line) = line else {
        return Html::default();
    };
    let first = line.saturating_sub(AROUND).max(1);
    html! {
        <figure class="studio__excerpt">
            <figcaption>{ st(lang, StudioMsg::WhereInFile) }</figcaption>
            // Long lines scroll sideways; a keyboard reaches the scroll through the focus.
            <pre tabindex="0">
                { for text.lines().enumerate().skip(first - 1).take(2 * AROUND + 1).map(|(i, l)| {
                    let n = i + 1;
                    html! {
                        <span class={classes!("studio__excerpt-line", (n == line).then_some("studio__excerpt-line--here"))}>
                            { format!("{n:>5}  {l}\n") }
                        </span>
                    }
                }) }
            </pre>
        </figure>
    }
}
