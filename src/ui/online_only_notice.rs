//! A procedure the office takes online only (Directive 24/CT-TTg, format 1.1
//! `online_only`): said plainly, with since when and under which rule, and, where the
//! centre helps people file online at the desk, which office that is.

use procedure_guide_core::attributes::host_office;
use procedure_guide_core::i18n::present;
use procedure_guide_core::i18n::ui::{t, Msg};
use procedure_guide_core::journey::{chosen_office, offices, Journey};
use yew::prelude::*;

use crate::context::use_env;
use crate::ui::journey::office_view::office_details;
use crate::ui::localised::inline;

#[derive(Properties, PartialEq)]
pub struct OnlineOnlyNoticeProps {
    pub journey: Journey,
    /// With the office's address and phones (the channel step and the summary); the
    /// overview names it only.
    #[prop_or_default]
    pub with_office: bool,
}

#[function_component]
pub fn OnlineOnlyNotice(props: &OnlineOnlyNoticeProps) -> Html {
    let Some(env) = use_env() else {
        return html! {};
    };
    let Some(catalogue) = env.catalogue() else {
        return html! {};
    };
    let Some(p) = catalogue.procedure(&props.journey.procedure) else {
        return html! {};
    };
    let Some(rule) = &p.online_only else {
        return html! {};
    };
    let lang = env.lang();
    // The person's office, else the page's own, else the only one.
    let office = chosen_office(catalogue, p, &props.journey).or_else(|| {
        let all = offices(catalogue, p);
        let host = host_office(
            env.config.office.as_deref(),
            env.config.agency.as_deref(),
            &all,
        );
        all.iter().find(|a| Some(a.id.as_str()) == host).copied()
    });
    html! {
        <div class="pg-notice pg-online-only" role="note">
            <p class="pg-online-only__line"><strong>{
                t(lang, if rule.assisted { Msg::OnlineOnlyLine } else { Msg::OnlineOnlyNoHelp })
            }</strong></p>
            <p class="pg-hint">
                { t(lang, Msg::OnlineOnlySince) }{ " " }{ present::date(lang, rule.since) }
                if let Some(basis) = &rule.legal_basis { { " (" }{ inline(lang, basis) }{ ")" } }
                { "." }
            </p>
            if rule.assisted {
                <div class="pg-online-only__office">
                    <p class="pg-online-only__where">{ t(lang, Msg::AssistedWhere) }{ ":" }</p>
                    {
                        match (office, props.with_office) {
                            (Some(a), true) => office_details(lang, a),
                            (Some(a), false) => html! { <p><strong>{ inline(lang, &a.name) }</strong></p> },
                            (None, _) => html! { <p>{ t(lang, Msg::AssistedWhereChoose) }</p> },
                        }
                    }
                </div>
            }
        </div>
    }
}
