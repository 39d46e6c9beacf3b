//! Problems found in a catalogue: code, JSON path and message in the widget's
//! language, so a webmaster can find and fix each one.

use std::rc::Rc;

use yew::prelude::*;

use procedure_guide_core::catalogue::Loaded;
use procedure_guide_core::i18n::ui::{t, Msg};
use procedure_guide_core::i18n::Lang;

/// How many problems to list before "and N more": a catalogue with thousands of
/// errors must not bury the page.
const SHOWN: usize = 20;

#[derive(Properties, PartialEq, Clone)]
pub struct DiagnosticListProps {
    pub lang: Lang,
    pub diagnostics: Rc<Loaded>,
}

/// The list as a plain function, for the journey module (`ui::journey_module`): the
/// validator's whole vocabulary (`Diagnostic::message`) then lives there, not in the
/// list page's first render. Shown through `ui::diagnostics_gate`.
pub fn render(props: &DiagnosticListProps) -> Html {
    html! { <DiagnosticList ..props.clone() /> }
}

#[function_component]
pub fn DiagnosticList(props: &DiagnosticListProps) -> Html {
    let lang = props.lang;
    let all = &props.diagnostics.diagnostics;
    // Errors first: they are what removed something from the list.
    let mut ordered: Vec<_> = all.iter().filter(|d| d.is_error()).collect();
    ordered.extend(all.iter().filter(|d| !d.is_error()));
    // "And N more" counts every problem, those the core left out of a long list too
    // (its summary, W007, is last and not itself a problem).
    let shown = ordered.len().min(SHOWN);
    let more = props.diagnostics.counts().total().saturating_sub(shown);
    html! {
        <ul class="pg-diagnostics">
            { for ordered.into_iter().take(SHOWN).map(|d| html! {
                <li class="pg-diagnostics__item">
                    <code>{ d.code.id() }</code>{ " " }
                    <code class="pg-diagnostics__path">{ d.path.clone() }</code>{ ": " }
                    { d.message(lang) }
                </li>
            }) }
            if more > 0 {
                <li class="pg-diagnostics__more">{ t(lang, Msg::AndMore) }{ " " }{ more }</li>
            }
        </ul>
    }
}
