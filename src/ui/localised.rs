//! Catalogue text in the widget's language, marked with its own `lang` when the
//! catalogue lacks a translation (so screen readers pronounce it right).

use procedure_guide_core::catalogue::Text;
use procedure_guide_core::i18n::Lang;
use yew::prelude::*;

/// `text` as inline content: plain when it is in `lang`, a `<span lang>` otherwise.
pub fn inline(lang: Lang, text: &Text) -> Html {
    let (s, used) = text.get(lang);
    if used == lang {
        html! { { s.to_owned() } }
    } else {
        html! { <span lang={used.tag()}>{ s.to_owned() }</span> }
    }
}

/// Optional text, or nothing.
pub fn inline_opt(lang: Lang, text: Option<&Text>) -> Html {
    text.map_or_else(Html::default, |t| inline(lang, t))
}

/// A control's hidden context for screen readers: "Tiếp tục (Thủ tục đăng ký khai sinh)".
/// In parentheses because Chromium puts a space around the visually hidden (absolutely
/// positioned, so block-level) span when naming the control: a colon would read " : ".
pub fn hidden_context(lang: Lang, text: &Text) -> Html {
    html! { <span class="pg-visually-hidden">{ " (" }{ inline(lang, text) }{ ")" }</span> }
}
