//! Forms generated from the format's own tables (`core::catalogue::shapes`): every key of
//! every kind of object gets an input chosen by what it holds (`Ty`), so a key added to
//! the format appears in the studio without a line here. Each input turns what the
//! person types into an [`Edit`] at its JSON path; the draft is written back and checked
//! again at once (`Draft::edit`).

pub mod agency_ref;
pub mod field_input;
pub mod list_input;
pub mod object_form;
pub mod procedure_ref;
pub mod see_ref;

use std::rc::Rc;

use procedure_guide_core::catalogue::shapes::Shape;
use procedure_guide_core::i18n::{fields, Lang};
use yew::prelude::*;

use crate::doc::{Edit, Node};
use crate::draft::Draft;
use crate::locate::Step;

/// What every input of a form needs, handed down as a context.
#[derive(Clone)]
pub struct FormCtx {
    pub lang: Lang,
    pub draft: Rc<Draft>,
    pub on_edit: Callback<Edit>,
}

impl PartialEq for FormCtx {
    fn eq(&self, other: &Self) -> bool {
        self.lang == other.lang
            && Rc::ptr_eq(&self.draft, &other.draft)
            && self.on_edit == other.on_edit
    }
}

impl FormCtx {
    pub fn node(&self, path: &[Step]) -> Option<&Node> {
        self.draft.doc.as_ref()?.get(path)
    }

    /// The whole draft, where references find what they can name (`null` when the text
    /// is not JSON: nothing to choose from).
    pub fn root(&self) -> &Node {
        self.draft.doc.as_ref().map_or(&Node::Null, |d| &d.root)
    }
}

/// The value of the input, text area or select an event came from ("" from anything
/// else): the one reader of every form control's value.
pub fn target_value(target: Option<web_sys::EventTarget>) -> String {
    use wasm_bindgen::JsCast;
    let Some(t) = target else {
        return String::new();
    };
    if let Some(i) = t.dyn_ref::<web_sys::HtmlInputElement>() {
        i.value()
    } else if let Some(a) = t.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        a.value()
    } else if let Some(s) = t.dyn_ref::<web_sys::HtmlSelectElement>() {
        s.value()
    } else {
        String::new()
    }
}

/// A value of a kind the form has no input for: shown as written, and kept.
pub fn raw_kept(id: String, lang: Lang, node: &Node) -> Html {
    use procedure_guide_core::i18n::studio::{st, StudioMsg};
    html! {
        <div class="form__field" {id}>
            <code class="form__raw">{ procedure_guide_core::json::to_string(node) }</code>
            <p class="form__hint">{ st(lang, StudioMsg::FormRawKept) }</p>
        </div>
    }
}

/// A table, compared by identity (props must compare).
#[derive(Clone, Copy)]
pub struct ShapeRef(pub &'static Shape);

impl PartialEq for ShapeRef {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}

/// The words for a key of a table (`core::i18n::fields`), else the key itself.
pub fn label(shape: &Shape, key: &str, lang: Lang) -> String {
    fields::field_label(shape.name, key, lang).map_or_else(|| key.replace('_', " "), str::to_owned)
}

/// One line on what to write there.
pub fn hint(shape: &Shape, key: &str, lang: Lang) -> Option<&'static str> {
    fields::field_hint(shape.name, key, lang)
}

/// The words for a fixed word of the format ("in_person" → "Trực tiếp").
pub fn word(word: &str, lang: Lang) -> String {
    fields::word_label(word, lang).map_or_else(|| word.replace('_', " "), str::to_owned)
}

/// An element id for the input of `path`, the same for the same path on every render, so
/// a chosen problem can focus its field.
pub fn input_id(path: &[Step]) -> String {
    let mut id = String::from("f");
    for step in path {
        id.push('-');
        match step {
            Step::Key(k) => {
                id.extend(
                    k.chars()
                        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' }),
                )
            }
            Step::Index(i) => id.push_str(&i.to_string()),
        }
    }
    id
}

pub fn with(path: &[Step], step: Step) -> Vec<Step> {
    let mut p = path.to_vec();
    p.push(step);
    p
}

pub fn key(path: &[Step], key: &str) -> Vec<Step> {
    with(path, Step::Key(key.to_owned()))
}

/// The Vietnamese and English inputs of one localised text, ids `{id}-vi` and `{id}-en`;
/// `rows` 0 is a one-line input. `set` gets both parts after each keystroke in either.
pub fn text_pair(
    id: &str,
    lang: Lang,
    (vi, en): (String, String),
    rows: u32,
    set: impl Fn(String, String) + Clone + 'static,
) -> Html {
    use procedure_guide_core::i18n::studio::{st, StudioMsg};
    let part = |tag: &'static str, value: String, other: String| {
        let set = set.clone();
        let part_id = format!("{id}-{tag}");
        let words = st(
            lang,
            if tag == "vi" {
                StudioMsg::FormVi
            } else {
                StudioMsg::FormEn
            },
        );
        let oninput = Callback::from(move |e: InputEvent| {
            let typed = target_value(e.target());
            if tag == "vi" {
                set(typed, other.clone());
            } else {
                set(other.clone(), typed);
            }
        });
        html! {
            <div class="form__part">
                <label for={part_id.clone()} lang={lang.tag()}>{ words }</label>
                if rows == 0 {
                    <input id={part_id} lang={tag} type="text" value={value} {oninput} />
                } else {
                    <textarea id={part_id} lang={tag} rows={rows.to_string()} value={value} {oninput} />
                }
            </div>
        }
    };
    html! { <>{ part("vi", vi.clone(), en.clone()) }{ part("en", en, vi) }</> }
}
