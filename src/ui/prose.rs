//! Catalogue prose as paragraphs and lists (CATALOGUE.md "Text"). Always text nodes:
//! markup in a catalogue shows as the characters it is made of.

use procedure_guide_core::catalogue::Text;
use procedure_guide_core::prose::{blocks, Block, Numbering};
use yew::prelude::*;

use crate::context::use_env;

#[derive(Properties, PartialEq)]
pub struct ProseProps {
    pub text: Text,
    #[prop_or_default]
    pub class: Classes,
}

#[function_component]
pub fn Prose(props: &ProseProps) -> Html {
    let Some(env) = use_env() else {
        return html! {};
    };
    let (s, used) = props.text.get(env.lang());
    let lang = (used != env.lang()).then(|| AttrValue::from(used.tag()));
    let lines = |lines: &[&str]| -> Html {
        lines
            .iter()
            .enumerate()
            .map(|(i, line)| {
                html! { <>{ (i > 0).then(|| html! { <br /> }) }{ (*line).to_owned() }</> }
            })
            .collect()
    };
    html! {
        <div class={classes!("pg-prose", props.class.clone())} {lang}>
            { for blocks(s).iter().map(|block| match block {
                Block::Paragraph(l) => html! { <p>{ lines(l) }</p> },
                Block::Bullets(items) => html! {
                    <ul>{ for items.iter().map(|i| html! { <li>{ (*i).to_owned() }</li> }) }</ul>
                },
                Block::Ordered { style, start, items } => html! {
                    <ol type={if *style == Numbering::Letters { "a" } else { "1" }}
                        start={start.to_string()}>
                        { for items.iter().map(|i| html! { <li>{ (*i).to_owned() }</li> }) }
                    </ol>
                },
            }) }
        </div>
    }
}
