//! One object of the catalogue as a form: an input for every key of its table.

use yew::prelude::*;

use super::field_input::FieldInput;
use super::{key, ShapeRef};
use crate::locate::Step;

#[derive(Properties, PartialEq)]
pub struct ObjectFormProps {
    pub path: Vec<Step>,
    pub shape: ShapeRef,
}

#[function_component]
pub fn ObjectForm(props: &ObjectFormProps) -> Html {
    let shape = props.shape.0;
    html! {
        <div class="form__object">
            { for shape.fields.iter().enumerate().map(|(i, spec)| html! {
                <FieldInput key={spec.key} path={key(&props.path, spec.key)} shape={props.shape} field={i} />
            }) }
        </div>
    }
}
