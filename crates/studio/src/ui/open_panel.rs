//! Where a catalogue comes from: a file (the picker, or dropped on the panel), an address
//! on the same site, or the template.

use procedure_guide_core::i18n::studio::{st, StudioMsg};
use procedure_guide_core::i18n::Lang;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct OpenPanelProps {
    pub lang: Lang,
    pub on_file: Callback<web_sys::File>,
    /// A spreadsheet to import (CSV or XLSX, docs/IMPORT.md).
    pub on_sheet: Callback<web_sys::File>,
    pub on_url: Callback<String>,
    pub on_template: Callback<()>,
}

/// A file input's handler: the chosen file to `then`, and the input emptied, so the same
/// file chosen again (after fixing it elsewhere) fires again.
fn chosen(then: Callback<web_sys::File>) -> Callback<Event> {
    Callback::from(move |e: Event| {
        let Some(input) = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        if let Some(file) = input.files().and_then(|files| files.get(0)) {
            then.emit(file);
        }
        input.set_value("");
    })
}

#[function_component]
pub fn OpenPanel(props: &OpenPanelProps) -> Html {
    let lang = props.lang;
    let over = use_state(|| false);
    let address = use_state(String::new);

    let on_change = chosen(props.on_file.clone());
    let on_sheet_change = chosen(props.on_sheet.clone());
    let on_dragover = {
        let over = over.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            over.set(true);
        })
    };
    let on_dragleave = {
        let over = over.clone();
        Callback::from(move |_: DragEvent| over.set(false))
    };
    let on_drop = {
        let (over, on_file) = (over.clone(), props.on_file.clone());
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            over.set(false);
            if let Some(file) = e
                .data_transfer()
                .and_then(|d| d.files())
                .and_then(|f| f.get(0))
            {
                on_file.emit(file);
            }
        })
    };
    let on_input = {
        let address = address.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(input) = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            {
                address.set(input.value());
            }
        })
    };
    let on_submit = {
        let (address, on_url) = (address.clone(), props.on_url.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if !address.trim().is_empty() {
                on_url.emit((*address).clone());
            }
        })
    };
    let on_template = {
        let on_template = props.on_template.clone();
        Callback::from(move |_| on_template.emit(()))
    };

    html! {
        <section
            class={classes!("studio__open", over.then_some("studio__open--over"))}
            aria-labelledby="studio-open"
            ondragover={on_dragover}
            ondragleave={on_dragleave}
            ondrop={on_drop}
        >
            <h2 id="studio-open">{ st(lang, StudioMsg::OpenHeading) }</h2>
            <div class="studio__row">
                <label for="studio-file">{ st(lang, StudioMsg::ChooseFile) }</label>
                <input id="studio-file" type="file" accept=".json,application/json" onchange={on_change} />
                <p class="studio__hint">{ st(lang, StudioMsg::DropHint) }</p>
            </div>
            <div class="studio__row">
                <label for="studio-sheet">{ st(lang, StudioMsg::ImportSheet) }</label>
                <input id="studio-sheet" type="file" onchange={on_sheet_change}
                    accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" />
                <p class="studio__hint">
                    { st(lang, StudioMsg::ImportHint) }{ " " }
                    <a href="catalogue-template.xlsx" download="">{ st(lang, StudioMsg::ImportTemplateXlsx) }</a>
                    { " · " }
                    <a href="catalogue-template.csv" download="">{ st(lang, StudioMsg::ImportTemplateCsv) }</a>
                    { " · " }
                    <a href="IMPORT.md">{ st(lang, StudioMsg::ImportConventions) }</a>
                </p>
            </div>
            <form class="studio__row" onsubmit={on_submit}>
                <label for="studio-url">{ st(lang, StudioMsg::UrlLabel) }</label>
                <input id="studio-url" type="text" inputmode="url" placeholder="/tthc/catalogue.json"
                    value={(*address).clone()} oninput={on_input} />
                <button type="submit">{ st(lang, StudioMsg::UrlOpen) }</button>
            </form>
            <div class="studio__row">
                <button type="button" onclick={on_template}>{ st(lang, StudioMsg::StartTemplate) }</button>
            </div>
        </section>
    }
}
