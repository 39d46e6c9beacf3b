//! URLs as the browser resolves them.

use procedure_guide_core::catalogue::is_safe_url;

/// `href` resolved against `base`, if the result is a link the widget may render
/// (https, http, tel, mailto). Catalogue links that fail here are shown as text.
pub fn resolve_link(href: &str, base: &str) -> Option<String> {
    if !is_safe_url(href) {
        return None;
    }
    let url = web_sys::Url::new_with_base(href.trim(), base).ok()?;
    let resolved = url.href();
    // Checked again after resolving: the browser's parser is the one that counts.
    is_safe_url(&resolved).then_some(resolved)
}

/// The absolute URL of `relative` against the host page's base URL.
pub fn absolute(relative: &str) -> Option<String> {
    let base = web_sys::window()?.document()?.base_uri().ok()??;
    Some(web_sys::Url::new_with_base(relative, &base).ok()?.href())
}
