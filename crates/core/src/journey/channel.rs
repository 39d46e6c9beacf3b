//! Office and channel: which ways of doing the procedure are open to this person, and
//! the time limit and fees of each.

use crate::catalogue::{
    Agency, AgencyRef, Catalogue, Channel, ChannelKind, ChannelRef, Fee, Procedure, Text, TimeLimit,
};

use super::condition::{evaluate, Applies};
use super::{ChannelKey, Journey};

/// Whether the procedure can be filed at agency `id`. With `{"level": …}` in the
/// procedure's agencies any office of that level qualifies, which only the catalogue
/// knows: the core then accepts any id the UI offers, and the UI offers only real ones.
pub(crate) fn offers_office(procedure: &Procedure, id: &str) -> bool {
    !id.is_empty()
        && procedure.agencies.iter().any(|a| match a {
            AgencyRef::Id(a) => a == id,
            AgencyRef::Level(_) => true,
        })
}

/// The offices that take the file, for the "Where" view: the procedure's agencies, with
/// `{"level": …}` standing for every agency of that level in the catalogue.
pub fn offices<'a>(catalogue: &'a Catalogue, procedure: &Procedure) -> Vec<&'a Agency> {
    let mut out: Vec<&Agency> = Vec::new();
    for agency in &catalogue.agencies {
        let takes = procedure.agencies.iter().any(|r| match r {
            AgencyRef::Id(id) => *id == agency.id,
            AgencyRef::Level(level) => agency.level == Some(*level),
        });
        if takes {
            out.push(agency);
        }
    }
    out
}

/// The office the file goes to: the one chosen, or the procedure's only agency when it
/// names exactly one (then there is nothing to choose). Nothing is chosen for the person
/// when there are several.
pub fn office<'a>(procedure: &'a Procedure, journey: &'a Journey) -> Option<&'a str> {
    if let Some(id) = journey.office.as_deref() {
        if offers_office(procedure, id) {
            return Some(id);
        }
    }
    match procedure.agencies.as_slice() {
        [AgencyRef::Id(only)] => Some(only),
        _ => None,
    }
}

/// The one office listed for the procedure, when there is exactly one (by its id, or
/// the only agency of the level it names): there is nothing to choose, so "Where" is not
/// shown ([`super::session::views`]) and this office is the person's.
pub fn only_office<'a>(catalogue: &'a Catalogue, procedure: &Procedure) -> Option<&'a Agency> {
    match offices(catalogue, procedure).as_slice() {
        [only] => Some(*only),
        _ => None,
    }
}

/// The office the file goes to, as the catalogue describes it: the one chosen, else the
/// only one listed ([`office`] and [`only_office`]).
pub fn chosen_office<'a>(
    catalogue: &'a Catalogue,
    procedure: &Procedure,
    journey: &Journey,
) -> Option<&'a Agency> {
    office(procedure, journey)
        .and_then(|id| catalogue.agency(id))
        .or_else(|| only_office(catalogue, procedure))
}

/// A map search for an office the catalogue gives no address or map for: Google Maps'
/// documented search link (`?api=1&query=`), with its Vietnamese name, the name maps know
/// it by. A plain link the person may follow; nothing is fetched.
pub fn map_search(agency: &Agency) -> Option<String> {
    if agency.address.is_some() || agency.map_url.is_some() {
        return None;
    }
    let name = agency.name.get(crate::i18n::Lang::Vi).0.trim();
    if name.is_empty() {
        return None;
    }
    let mut url = String::from("https://www.google.com/maps/search/?api=1&query=");
    crate::text::encode_uri_component(name, &mut url);
    Some(url)
}

/// Whether the channel at `index` is open: its `when`, and its `agencies` against the
/// office (unknown until an office is chosen, when the channel is limited to some).
pub fn channel_applies(procedure: &Procedure, journey: &Journey, index: usize) -> Applies {
    let Some(channel) = procedure.channels.get(index) else {
        return Applies::No;
    };
    // The office takes no paper any more: a post channel left in the file is not a way.
    if procedure.online_only.is_some() && channel.kind == ChannelKind::Post {
        return Applies::No;
    }
    let by_office = if channel.agencies.is_empty() {
        Applies::Yes
    } else {
        match office(procedure, journey) {
            Some(id) => Applies::from_bool(channel.agencies.iter().any(|a| a == id)),
            None => Applies::Unknown,
        }
    };
    by_office.and(evaluate(channel.when.as_ref(), procedure, journey))
}

/// A channel as the "Choose how" view lists it.
#[derive(Clone, Debug, PartialEq)]
pub struct ChannelOption<'a> {
    /// Position in `procedure.channels`.
    pub index: usize,
    pub key: ChannelKey,
    pub channel: &'a Channel,
    /// `Unknown`: open or not depending on an unanswered question or the office.
    pub applies: Applies,
}

/// The channels that are not ruled out, in catalogue order.
pub fn channels<'a>(procedure: &'a Procedure, journey: &Journey) -> Vec<ChannelOption<'a>> {
    (0..procedure.channels.len())
        .filter_map(|index| option(procedure, journey, index))
        .collect()
}

fn option<'a>(
    procedure: &'a Procedure,
    journey: &Journey,
    index: usize,
) -> Option<ChannelOption<'a>> {
    let applies = channel_applies(procedure, journey, index);
    if applies == Applies::No {
        return None;
    }
    Some(ChannelOption {
        index,
        key: ChannelKey::of(procedure, index)?,
        channel: procedure.channels.get(index)?,
        applies,
    })
}

/// The chosen channel, if it still exists and is not ruled out by the answers or the
/// office. A choice that stops applying is kept in the journey but not used. When only
/// one way is left, it is chosen without asking (see [`only_channel`]), as `office`
/// does for a single agency.
pub fn chosen_channel<'a>(
    procedure: &'a Procedure,
    journey: &Journey,
) -> Option<ChannelOption<'a>> {
    journey
        .channel
        .as_ref()
        .and_then(|key| option(procedure, journey, key.resolve(procedure)?))
        .or_else(|| only_channel(procedure, journey))
}

/// The one way left, when there is nothing to choose: the procedure has a single channel
/// ("How" is not shown), or the answers and the office rule out all but one that surely
/// applies (the person is told why it is chosen).
pub fn only_channel<'a>(procedure: &'a Procedure, journey: &Journey) -> Option<ChannelOption<'a>> {
    if procedure.channels.len() == 1 {
        return option(procedure, journey, 0);
    }
    let mut open = channels(procedure, journey);
    match open.as_slice() {
        [one] if one.applies == Applies::Yes => open.pop(),
        _ => None,
    }
}

/// Whether an item restricted to `refs` (document or step `channels`) belongs to the
/// journey's channel. Without a chosen channel: `Yes` if every open channel matches,
/// `No` if none does, `Unknown` if it depends on the choice.
pub(crate) fn channel_match(
    refs: &[ChannelRef],
    procedure: &Procedure,
    journey: &Journey,
) -> Applies {
    if refs.is_empty() {
        return Applies::Yes;
    }
    let matches = |c: &Channel| {
        refs.iter().any(|r| match r {
            ChannelRef::Kind(kind) => c.kind == *kind,
            ChannelRef::Id(id) => c.id.as_deref() == Some(id),
        })
    };
    if let Some(chosen) = chosen_channel(procedure, journey) {
        return Applies::from_bool(matches(chosen.channel));
    }
    let open = channels(procedure, journey);
    let hits = open.iter().filter(|o| matches(o.channel)).count();
    if hits == 0 {
        Applies::No
    } else if hits == open.len() {
        Applies::Yes
    } else {
        Applies::Unknown
    }
}

/// The time limit to show for a channel (CATALOGUE.md: "the first that applies is shown;
/// unanswered shows them all").
#[derive(Clone, Debug, PartialEq)]
pub enum TimeLimitView<'a> {
    /// The catalogue is silent, or no case fits: "not published", never a guess.
    NotPublished,
    /// The case that applies.
    One(&'a TimeLimit),
    /// An unanswered question stands before the first case that applies: the cases that
    /// may still apply, up to and including that one, each with its status.
    Cases(Vec<(&'a TimeLimit, Applies)>),
}

pub fn time_limit<'a>(
    channel: &'a Channel,
    procedure: &Procedure,
    journey: &Journey,
) -> TimeLimitView<'a> {
    let mut cases = Vec::new();
    for case in &channel.time_limit {
        match evaluate(case.when.as_ref(), procedure, journey) {
            Applies::No => {}
            Applies::Yes if cases.is_empty() => return TimeLimitView::One(case),
            Applies::Yes => {
                cases.push((case, Applies::Yes));
                break;
            }
            Applies::Unknown => cases.push((case, Applies::Unknown)),
        }
    }
    if cases.is_empty() {
        TimeLimitView::NotPublished
    } else {
        TimeLimitView::Cases(cases)
    }
}

/// A fee of a channel with whether it applies to the person.
#[derive(Clone, Debug, PartialEq)]
pub struct FeeLine<'a> {
    pub fee: &'a Fee,
    pub applies: Applies,
}

/// The fees that are not ruled out. Empty with `channel.fee` empty is "not published".
pub fn fees<'a>(
    channel: &'a Channel,
    procedure: &Procedure,
    journey: &Journey,
) -> Vec<FeeLine<'a>> {
    channel
        .fee
        .iter()
        .filter_map(|fee| {
            let applies = evaluate(fee.when.as_ref(), procedure, journey);
            applies.is_shown().then_some(FeeLine { fee, applies })
        })
        .collect()
}

/// Which facts every way still open shares: said once above the choice instead of on
/// each card, so four ways fit a phone. Never with fewer than two ways.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SharedFacts {
    pub time_limit: bool,
    pub fees: bool,
}

pub fn shared_facts(procedure: &Procedure, journey: &Journey) -> SharedFacts {
    let open = channels(procedure, journey);
    let Some((first, rest)) = open.split_first() else {
        return SharedFacts::default();
    };
    if rest.is_empty() {
        return SharedFacts::default();
    }
    let first_limit = time_limit(first.channel, procedure, journey);
    let first_fees = fees(first.channel, procedure, journey);
    SharedFacts {
        time_limit: rest
            .iter()
            .all(|o| time_limit(o.channel, procedure, journey) == first_limit),
        fees: rest
            .iter()
            .all(|o| fees(o.channel, procedure, journey) == first_fees),
    }
}

#[cfg(test)]
mod single_channel_tests {
    use super::*;
    use crate::catalogue::load_catalogue;

    #[test]
    fn a_single_channel_is_chosen_without_asking() {
        let c = load_catalogue(include_bytes!("../../../../www/catalogue.json"))
            .catalogue
            .expect("sample loads");
        let one = c
            .procedures
            .iter()
            .find(|p| p.channels.len() == 1)
            .expect("a single-channel procedure in the sample");
        let j = Journey::new(one.id.clone(), 1, 0);
        assert_eq!(chosen_channel(one, &j).map(|o| o.index), Some(0));
        let many = c.procedure("1.001193").expect("birth registration");
        assert!(chosen_channel(many, &Journey::new("1.001193", 1, 0)).is_none());
    }

    #[test]
    fn facts_every_open_way_shares_are_said_once() {
        let c = load_catalogue(include_bytes!("../../../../www/catalogue.json"))
            .catalogue
            .expect("sample loads");
        let shared = |id: &str| {
            let p = c.procedure(id).expect("in the sample");
            shared_facts(p, &Journey::new(id, 1, 0))
        };
        // Death registration: one time limit and the same fees at the desk, online, by post.
        assert_eq!(
            shared("1.000656"),
            SharedFacts {
                time_limit: true,
                fees: true
            }
        );
        // Birth registration: one day everywhere, but copies are charged only at the desk.
        assert_eq!(
            shared("1.001193"),
            SharedFacts {
                time_limit: true,
                fees: false
            }
        );
        // One way: nothing to compare, so its card says everything.
        assert_eq!(shared("2.000986"), SharedFacts::default());
    }
}

/// A channel's own name beyond its kind and level (format 1.1 `label`), or, for one of
/// two channels of the same kind and level without one, what tells them apart.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum OwnName<'a> {
    Label(&'a Text),
    /// The one agency that offers it.
    Agency(&'a Text),
    /// The host of its URL (`dichvucong.gov.vn`).
    Host(&'a str),
}

/// The name the person reads for `channel` of `p` (issue 12, item 8): its label; else,
/// when another channel has the same kind and level, its single agency's name or its
/// URL's host; else nothing (the kind says it all).
pub fn own_name<'a>(
    catalogue: &'a Catalogue,
    p: &'a Procedure,
    channel: &'a Channel,
) -> Option<OwnName<'a>> {
    if let Some(label) = &channel.label {
        return Some(OwnName::Label(label));
    }
    let twins = p
        .channels
        .iter()
        .filter(|c| c.kind == channel.kind && c.online_level == channel.online_level)
        .count();
    if twins < 2 {
        return None;
    }
    if let [only] = channel.agencies.as_slice() {
        if let Some(a) = catalogue.agencies.iter().find(|a| a.id == *only) {
            return Some(OwnName::Agency(&a.name));
        }
    }
    channel.url.as_deref().and_then(url_host).map(OwnName::Host)
}

/// `https://www.dichvucong.gov.vn/p/x` → `dichvucong.gov.vn`; `None` for a relative URL.
pub fn url_host(url: &str) -> Option<&str> {
    let (_, rest) = url.split_once("://")?;
    let host = rest.split(['/', '?', '#']).next()?;
    let host = host.rsplit('@').next()?;
    let host = host.split(':').next()?;
    let host = host.strip_prefix("www.").unwrap_or(host);
    (!host.is_empty()).then_some(host)
}

/// [`own_name`] as plain text in `lang`.
pub fn own_name_text(
    lang: crate::i18n::Lang,
    catalogue: &Catalogue,
    p: &Procedure,
    channel: &Channel,
) -> Option<String> {
    own_name(catalogue, p, channel).map(|n| match n {
        OwnName::Label(t) | OwnName::Agency(t) => t.get(lang).0.to_owned(),
        OwnName::Host(h) => h.to_owned(),
    })
}

/// Whether the person pays inside an online way (`online_payment: true` on an online
/// channel): where payment scams find people (a link by SMS or Zalo, a phone call), so
/// the widget says where paying is safe wherever such a way is shown. A desk or post
/// channel that mentions online payment is not one: the person pays at the desk.
pub fn pays_online(channel: &Channel) -> bool {
    channel.kind == crate::catalogue::ChannelKind::Online && channel.online_payment == Some(true)
}

#[cfg(test)]
mod payment_tests {
    use super::*;
    use crate::catalogue::load_catalogue;

    #[test]
    fn only_online_ways_that_take_payment_pay_online() {
        let c = load_catalogue(include_bytes!("../../../../www/catalogue.json"))
            .catalogue
            .expect("sample loads");
        let birth = c.procedure("1.001193").expect("birth registration");
        let paying: Vec<bool> = birth.channels.iter().map(pays_online).collect();
        // At the desk, two online ways that take payment, by post.
        assert_eq!(paying, [false, true, true, false]);
        let marriage = c.procedure("1.000894").expect("marriage registration");
        // Online, but the catalogue says it takes no payment online.
        assert!(marriage.channels.iter().all(|ch| !pays_online(ch)));

        let mut desk = birth.channels[0].clone();
        desk.online_payment = Some(true);
        assert!(!pays_online(&desk), "a desk is not an online way");
        let mut silent = birth.channels[1].clone();
        silent.online_payment = None;
        assert!(!pays_online(&silent), "not published is not a yes");
    }
}
