//! The hand-off on the summary: a share link (made only when the person asks, because
//! it carries their answers), its QR code (the encoder loaded on demand), the phone's
//! share sheet where there is one, and the checklist as plain text.

use procedure_guide_core::catalogue::Catalogue;
use procedure_guide_core::i18n::ui::{t, Msg};
use procedure_guide_core::journey::share::encode;
use procedure_guide_core::journey::{plain_text, Journey};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::spawn_local;
use web_sys::{Element, HtmlInputElement};
use yew::prelude::*;

use crate::context::use_env;
use crate::embed::share::{
    can_share, copy_text, qr_svg, share_sheet, share_url, svg_element, ShareSettings,
};

/// The share link of `journey` on this widget's page (or its `share-page`).
pub fn share_link(
    settings: &ShareSettings,
    catalogue: &Catalogue,
    journey: &Journey,
) -> Option<String> {
    share_url(
        &settings.key(&catalogue.info.id),
        &encode(journey, catalogue),
        settings.share_page.as_deref(),
    )
}

/// The QR code of `link` drawn into `holder` (rendered empty by Yew, so replacing its
/// children never fights the virtual DOM), labelled `label`. `false` when the encoder
/// could not be loaded or its output not used.
pub async fn draw_qr(services: &JsValue, link: &str, label: &str, holder: Option<Element>) -> bool {
    let svg = qr_svg(services, link)
        .await
        .and_then(|markup| svg_element(&markup, label));
    match (svg, holder) {
        (Some(svg), Some(holder)) => {
            holder.set_text_content(None);
            holder.append_child(&svg).is_ok()
        }
        _ => false,
    }
}

#[derive(Properties, PartialEq)]
pub struct ShareBoxProps {
    pub journey: Journey,
}

/// Where the QR code is.
#[derive(Clone, PartialEq)]
enum Qr {
    None,
    Loading,
    /// Drawn for this link (hidden when the link changes).
    Shown(String),
    Failed,
}

#[function_component]
pub fn ShareBox(props: &ShareBoxProps) -> Html {
    let env = use_env();
    let asked = use_state(|| false);
    let qr = use_state(|| Qr::None);
    let message = use_state(|| None::<Msg>);
    let qr_ref = use_node_ref();
    let input_ref = use_node_ref();
    // The button pressed goes away once its work is done ("make a link" becomes the link,
    // "show the QR code" the code): focus moves to what replaced it, not to the page.
    {
        let input_ref = input_ref.clone();
        use_effect_with(*asked, move |asked| {
            if *asked {
                if let Some(input) = input_ref.cast::<HtmlInputElement>() {
                    let _ = input.focus();
                    input.select();
                }
            }
        });
    }
    {
        let qr_ref = qr_ref.clone();
        let shown = matches!(*qr, Qr::Shown(_));
        use_effect_with(shown, move |shown| {
            if *shown {
                if let Some(holder) = qr_ref.cast::<web_sys::HtmlElement>() {
                    let _ = holder.focus();
                }
            }
        });
    }
    let Some(env) = env else {
        return html! {};
    };
    let Some(catalogue) = env.catalogue() else {
        return html! {};
    };
    let Some(p) = catalogue.procedure(&props.journey.procedure) else {
        return html! {};
    };
    let settings = &env.share;
    let lang = env.lang();
    // Made from the journey as it is now, so the link always matches what is shown.
    let link: Option<String> = asked
        .then(|| share_link(settings, catalogue, &props.journey))
        .flatten();
    // The checklist in words; copied, it ends with the link (copying is handing the
    // journey to someone: the words and the way to open them). The share sheet gets the
    // link apart, as its own `url`: apps add it after the text, once.
    let summary = plain_text(lang, catalogue, p, &props.journey);
    let text = {
        let mut text = summary.clone();
        if let Some(link) = link
            .clone()
            .or_else(|| share_link(settings, catalogue, &props.journey))
        {
            text.push('\n');
            text.push_str(&link);
        }
        text
    };

    let create = {
        let asked = asked.clone();
        let message = message.clone();
        Callback::from(move |_: MouseEvent| {
            asked.set(true);
            message.set(None);
        })
    };
    let copy = |what: String, refused: Msg| {
        let message = message.clone();
        Callback::from(move |_: MouseEvent| {
            let message = message.clone();
            let what = what.clone();
            spawn_local(async move {
                message.set(Some(match copy_text(&what).await {
                    Ok(()) => Msg::ShareCopied,
                    Err(_) => refused,
                }));
            });
        })
    };
    let copy_text_button = copy(text.clone(), Msg::ShareTextRefused);
    let select_all = Callback::from(|e: MouseEvent| {
        if let Some(input) = e
            .target()
            .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
        {
            input.select();
        }
    });
    let link_buttons = link.as_ref().map(|link| {
        let copy_link = {
            let inner = copy(link.clone(), Msg::ShareCopyRefused);
            let input_ref = input_ref.clone();
            Callback::from(move |e: MouseEvent| {
                // Selected too, so "copy it yourself" works at once if the clipboard
                // is refused.
                if let Some(input) = input_ref.cast::<HtmlInputElement>() {
                    input.select();
                }
                inner.emit(e);
            })
        };
        let show_qr = {
            let qr = qr.clone();
            let qr_ref = qr_ref.clone();
            let services = settings.services.clone();
            let link = link.clone();
            let label = t(lang, Msg::ShareQrLabel);
            Callback::from(move |_: MouseEvent| {
                let qr = qr.clone();
                let qr_ref = qr_ref.clone();
                let services = services.clone();
                let link = link.clone();
                qr.set(Qr::Loading);
                spawn_local(async move {
                    let placed = draw_qr(&services, &link, label, qr_ref.cast()).await;
                    qr.set(if placed { Qr::Shown(link) } else { Qr::Failed });
                });
            })
        };
        let sheet = can_share().then(|| {
            let title = p.name.get(lang).0.to_owned();
            let summary = summary.clone();
            let link = link.clone();
            Callback::from(move |_: MouseEvent| {
                let (title, summary, link) = (title.clone(), summary.clone(), link.clone());
                // A cancelled sheet rejects too; there is nothing to say about it.
                spawn_local(async move {
                    let _ = share_sheet(&title, &summary, &link).await;
                });
            })
        });
        (copy_link, show_qr, sheet)
    });
    let qr_shown = matches!(&*qr, Qr::Shown(l) if Some(l) == link.as_ref());

    html! {
        <div class="pg-share pg-noprint" aria-labelledby="pg-share-title" role="group">
            <h4 id="pg-share-title">{ t(lang, Msg::ShareHeading) }</h4>
            <p class="pg-hint">{ t(lang, Msg::ShareExplain) }</p>
            if let (Some(link), Some((copy_link, show_qr, sheet))) = (&link, link_buttons) {
                <label class="pg-share__label" for="pg-share-link">{ t(lang, Msg::ShareLinkLabel) }</label>
                <input id="pg-share-link" class="pg-share__link" type="url" readonly=true
                    value={link.clone()} ref={input_ref} onclick={select_all} />
                <div class="pg-share__actions">
                    <button type="button" class="pg-button" onclick={copy_link}>{ t(lang, Msg::ShareCopyLink) }</button>
                    if let Some(sheet) = sheet {
                        <button type="button" class="pg-button pg-share__sheet" onclick={sheet}>{ t(lang, Msg::ShareSheet) }</button>
                    }
                    if !qr_shown {
                        <button type="button" class="pg-button pg-button--secondary pg-share__show-qr"
                            onclick={show_qr} disabled={*qr == Qr::Loading}>{ t(lang, Msg::ShareShowQr) }</button>
                    }
                </div>
                if !can_share() { <p class="pg-hint">{ t(lang, Msg::ShareNoSheet) }</p> }
                if *qr == Qr::Failed { <p class="pg-hint" role="status">{ t(lang, Msg::ShareQrFailed) }</p> }
            } else {
                <p><button type="button" class="pg-button pg-share__create" onclick={create}>{ t(lang, Msg::ShareCreate) }</button></p>
            }
            <div class="pg-share__qr" ref={qr_ref} hidden={!qr_shown} tabindex="-1"></div>
            <p>
                <button type="button" class="pg-button pg-button--secondary pg-share__copy-text"
                    onclick={copy_text_button}>{ t(lang, Msg::ShareCopyText) }</button>
            </p>
            <p class="pg-share__message" role="status" aria-live="polite">
                { message.map(|m| t(lang, m)).unwrap_or_default() }
            </p>
        </div>
    }
}
