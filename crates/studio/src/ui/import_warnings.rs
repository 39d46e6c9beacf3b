//! What a spreadsheet import could not carry over, cell by cell, for a person to finish.

use std::rc::Rc;

use procedure_guide_core::i18n::studio::{st, StudioMsg};
use procedure_guide_core::i18n::Lang;
use yew::prelude::*;

use crate::draft::Draft;

#[derive(Properties, PartialEq)]
pub struct ImportWarningsProps {
    pub lang: Lang,
    pub draft: Rc<Draft>,
}

#[function_component]
pub fn ImportWarnings(props: &ImportWarningsProps) -> Html {
    let lang = props.lang;
    let index = if lang == Lang::Vi { 0 } else { 1 };
    html! {
        <section class="studio__import" aria-labelledby="studio-import">
            <h2 id="studio-import">{ st(lang, StudioMsg::ImportHeading) }{ format!(" ({})", props.draft.import_warnings.len()) }</h2>
            <p>{ st(lang, StudioMsg::ImportIntro) }</p>
            <ul>
                { for props.draft.import_warnings.iter().map(|w| html! { <li>{ w[index].clone() }</li> }) }
            </ul>
        </section>
    }
}
