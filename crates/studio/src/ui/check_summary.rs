//! What the validator says of the whole draft, and the save button.

use std::rc::Rc;

use procedure_guide_core::i18n::studio::{st, StudioMsg};
use procedure_guide_core::i18n::Lang;
use yew::prelude::*;

use crate::draft::Draft;

#[derive(Properties, PartialEq)]
pub struct CheckSummaryProps {
    pub lang: Lang,
    pub draft: Rc<Draft>,
    pub on_save: Callback<()>,
}

#[function_component]
pub fn CheckSummary(props: &CheckSummaryProps) -> Html {
    let (lang, d) = (props.lang, &props.draft);
    let on_save = {
        let on_save = props.on_save.clone();
        Callback::from(move |_| on_save.emit(()))
    };
    html! {
        <section class="studio__check" aria-labelledby="studio-check">
            <h2 id="studio-check">{ st(lang, StudioMsg::CheckHeading) }{ ": " }{ d.source.file_name() }</h2>
            <dl class="studio__counts">
                <div><dt>{ st(lang, StudioMsg::Procedures) }</dt><dd>{ d.procedures }</dd></div>
                <div class={classes!((d.errors() > 0).then_some("studio__count--errors"))}>
                    <dt>{ st(lang, StudioMsg::Errors) }</dt><dd>{ d.errors() }</dd>
                </div>
                <div><dt>{ st(lang, StudioMsg::Warnings) }</dt><dd>{ d.warnings() }</dd></div>
            </dl>
            if d.errors() == 0 && d.warnings() == 0 {
                <p>{ st(lang, StudioMsg::NoProblems) }</p>
            }
            <button type="button" onclick={on_save}>{ st(lang, StudioMsg::Save) }</button>
        </section>
    }
}
