//! The loaded catalogue: its title, publisher and procedures.

use std::rc::Rc;

use yew::prelude::*;

use crate::ui::diagnostic_list::DiagnosticList;
use procedure_guide_core::catalogue::Loaded;
use procedure_guide_core::i18n::ui::{t, Msg};
use procedure_guide_core::i18n::Lang;

#[derive(Properties, PartialEq)]
pub struct CatalogueOverviewProps {
    pub lang: Lang,
    pub loaded: Rc<Loaded>,
}

#[function_component]
pub fn CatalogueOverview(props: &CatalogueOverviewProps) -> Html {
    let lang = props.lang;
    let expanded = use_state(|| false);
    let Some(catalogue) = props.loaded.catalogue.as_ref() else {
        return html! {};
    };
    let toggle = {
        let expanded = expanded.clone();
        Callback::from(move |_| expanded.set(!*expanded))
    };
    let (title, _) = catalogue.info.title.get(lang);
    html! {
        <div class="pg-catalogue">
            <h2 class="pg-catalogue__title">{ title.to_owned() }</h2>
            <p class="pg-catalogue__count">
                { t(lang, Msg::ProcedureCount) }{ ": " }
                <strong data-testid="procedure-count">{ catalogue.procedures.len() }</strong>
            </p>
            if props.loaded.has_errors() {
                <div class="pg-notice" role="status">
                    <p>{ t(lang, Msg::CatalogueProblems) }</p>
                    <DiagnosticList {lang} diagnostics={props.loaded.clone()} />
                </div>
            }
            <button type="button" class="pg-button" aria-expanded={expanded.to_string()}
                    aria-controls="pg-procedure-list" onclick={toggle}>
                { t(lang, if *expanded { Msg::HideProcedures } else { Msg::ShowProcedures }) }
            </button>
            if *expanded {
                <ul class="pg-list" id="pg-procedure-list">
                    { for catalogue.procedures.iter().map(|p| {
                        let (name, _) = p.name.get(lang);
                        html! {
                            <li key={p.id.to_string()} class="pg-list__item">
                                <span class="pg-list__name">{ name.to_owned() }</span>
                                { " " }<span class="pg-list__code">{ p.id.to_string() }</span>
                            </li>
                        }
                    }) }
                </ul>
            }
        </div>
    }
}
