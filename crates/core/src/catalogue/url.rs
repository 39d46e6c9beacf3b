//! Which links may be rendered. Only `https:`, `http:`, `tel:` and `mailto:` URLs and
//! relative references: a catalogue must never make the widget run script
//! (`javascript:`, `data:`, `vbscript:` …), whatever case or padding hides the scheme.

/// True for an allowed absolute URL or a relative reference.
///
/// Browsers strip leading spaces and control characters and ignore tabs and newlines
/// inside a scheme (`java\tscript:` runs), so any control character or surrounding
/// white space is refused rather than cleaned.
pub fn is_safe_url(url: &str) -> bool {
    if url.is_empty() || url.trim() != url || url.chars().any(|c| c.is_control() || c == '\u{FEFF}')
    {
        return false;
    }
    // A scheme is letters, digits, `+`, `-`, `.` before the first `:`, with no `/`, `?`
    // or `#` before it; anything else is a relative reference.
    let Some(colon) = url.find(':') else {
        return true;
    };
    let scheme = url.get(..colon).unwrap_or_default();
    if scheme.contains(['/', '?', '#']) {
        return true;
    }
    ["https", "http", "tel", "mailto"]
        .iter()
        .any(|allowed| scheme.eq_ignore_ascii_case(allowed))
}

#[cfg(test)]
mod tests {
    use super::is_safe_url;

    #[test]
    fn allows_web_phone_mail_and_relative() {
        for url in [
            "https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.001193",
            "HTTP://example.vn",
            "tel:+842838290000",
            "mailto:tuphap@tphcm.gov.vn",
            "procedures/1.001193.json",
            "../forms/TP-HT-2020-KS.1.docx",
            "/tthc/catalogue.json",
            "//cdn.example.vn/x",
            "?q=1",
            "#top",
            "a/b:c",
        ] {
            assert!(is_safe_url(url), "{url}");
        }
    }

    #[test]
    fn refuses_script_and_hidden_schemes() {
        for url in [
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            " javascript:alert(1)",
            "\u{1}javascript:alert(1)",
            "java\tscript:alert(1)",
            "java\nscript:alert(1)",
            "data:text/html,<script>alert(1)</script>",
            "vbscript:msgbox",
            "file:///etc/passwd",
            "ftp://example.vn",
            "https://example.vn ",
            "",
            "\u{FEFF}javascript:alert(1)",
        ] {
            assert!(!is_safe_url(url), "{url:?}");
        }
    }
}
