//! Bringing a part of the widget into view after the person asked for it (a life-event
//! chip's results), without moving the page when it is already in view: on a desktop the
//! results sit under the chips; on a 360 px phone they start a screen lower.

/// Scrolls so that `element` is at the top of the viewport, unless its top is already
/// within the upper part of it.
pub fn bring_to_top(element: &web_sys::Element) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let height = window
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or(0.0);
    let top = element.get_bounding_client_rect().top();
    // In the upper 40 %: the person sees the first results without scrolling.
    if top >= 0.0 && top <= height * 0.4 {
        return;
    }
    element.scroll_into_view_with_bool(true);
}
