//! What is kept on this device, and the two ways to remove it: erase this procedure's
//! progress (after a confirmation: it cannot be undone), and start over for the next
//! person. Set apart from "Back" / "Continue" so neither is tapped by mistake.

use procedure_guide_core::i18n::ui::{t, Msg};
use procedure_guide_core::i18n::Lang;
use yew::prelude::*;

use crate::embed::storage::{SaveProblem, StorageMode};

#[derive(Properties, PartialEq)]
pub struct DeviceControlsProps {
    pub lang: Lang,
    pub storage: StorageMode,
    pub save_problem: Option<SaveProblem>,
    /// Said after erasing, until the person does something again.
    pub erased: bool,
    pub on_erase: Callback<()>,
    /// `None`: the screen already shows its start-over control (volunteer mode's
    /// summary), one per screen.
    pub on_start_over: Option<Callback<()>>,
}

#[function_component]
pub fn DeviceControls(props: &DeviceControlsProps) -> Html {
    let lang = props.lang;
    let confirming = use_state_eq(|| false);
    let confirm_ref = use_node_ref();
    let erase_ref = use_node_ref();
    // Focus follows the question and comes back to the button it came from.
    {
        let confirm_ref = confirm_ref.clone();
        let erase_ref = erase_ref.clone();
        let first = use_mut_ref(|| true);
        use_effect_with(*confirming, move |confirming| {
            if std::mem::take(&mut *first.borrow_mut()) {
                return;
            }
            let target = if *confirming {
                &confirm_ref
            } else {
                &erase_ref
            };
            if let Some(el) = target.cast::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        });
    }
    let ask = {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| confirming.set(true))
    };
    let keep = {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| confirming.set(false))
    };
    let erase = {
        let confirming = confirming.clone();
        let on_erase = props.on_erase.clone();
        Callback::from(move |_: MouseEvent| {
            confirming.set(false);
            on_erase.emit(());
        })
    };
    let saved = t(
        lang,
        match (props.save_problem, props.storage) {
            (Some(SaveProblem::Full), _) => Msg::StorageFull,
            (Some(SaveProblem::Unavailable), _) => Msg::StorageRefused,
            (None, StorageMode::None) => Msg::NotSavedMemory,
            (None, _) => Msg::SavedOnDevice,
        },
    );
    html! {
        <section class="pg-device pg-noprint" aria-labelledby="pg-device-title">
            <h3 class="pg-device__title" id="pg-device-title">{ t(lang, Msg::DeviceData) }</h3>
            <p class="pg-hint">{ saved }</p>
            if props.erased {
                <p class="pg-success" role="status">{ t(lang, Msg::Erased) }</p>
            }
            if *confirming {
                <div class="pg-confirm" role="group" aria-labelledby="pg-erase-question">
                    <p id="pg-erase-question" tabindex="-1" ref={confirm_ref}>{ t(lang, Msg::EraseConfirm) }</p>
                    <div class="pg-confirm__actions">
                        <button type="button" class="pg-button pg-button--danger" onclick={erase}>
                            { t(lang, Msg::EraseYes) }
                        </button>
                        <button type="button" class="pg-button pg-button--secondary" onclick={keep}>
                            { t(lang, Msg::EraseNo) }
                        </button>
                    </div>
                </div>
            } else {
                <div class="pg-device__actions">
                    <button type="button" class="pg-link pg-erase" ref={erase_ref} onclick={ask}>
                        { t(lang, Msg::Erase) }
                    </button>
                    if let Some(start_over) = &props.on_start_over {
                        <button type="button" class="pg-button pg-button--secondary pg-start-over"
                            onclick={start_over.reform(|_: MouseEvent| ())}>
                            { t(lang, Msg::StartOver) }
                        </button>
                    }
                </div>
            }
        </section>
    }
}
