//! The browser family a session was started from, for the member's list of signed-in
//! devices: "Firefox on Linux", never the full user agent (which fingerprints a person) or
//! the address. A small table of the families people recognise is enough for "is this
//! one mine?"; anything else is "A browser". The description is a catalogue sentence
//! (kept with the session as [`Text::stored`]), so each member reads it in their language.

use crate::i18n::Text;

/// "Browser on system" from a `User-Agent` header.
pub fn describe(user_agent: &str) -> Text {
    // Order matters: Edge and Opera also say "Chrome", Chrome also says "Safari".
    const BROWSERS: [(&str, &str); 6] = [
        ("Edg/", "Edge"),
        ("OPR/", "Opera"),
        ("Firefox/", "Firefox"),
        ("SamsungBrowser/", "Samsung Internet"),
        ("Chrome/", "Chrome"),
        ("Safari/", "Safari"),
    ];
    // iPhones and Android phones also say "Mac OS X" and "Linux".
    const SYSTEMS: [(&str, &str); 7] = [
        ("iPhone", "iPhone"),
        ("iPad", "iPad"),
        ("Android", "Android"),
        ("Windows", "Windows"),
        ("Mac OS X", "macOS"),
        ("CrOS", "ChromeOS"),
        ("Linux", "Linux"),
    ];
    let browser = BROWSERS
        .iter()
        .find(|(needle, _)| user_agent.contains(needle))
        .map(|(_, name)| *name);
    let system = SYSTEMS
        .iter()
        .find(|(needle, _)| user_agent.contains(needle))
        .map(|(_, name)| *name);
    match (browser, system) {
        (Some(browser), Some(system)) => Text::new("device-browser-on")
            .with("browser", browser)
            .with("system", system),
        (Some(browser), None) => Text::literal(browser),
        (None, Some(system)) => Text::new("device-unknown-on").with("system", system),
        (None, None) => Text::new("device-unknown"),
    }
}

#[cfg(test)]
mod tests {
    use super::describe;
    use crate::i18n::Lang;

    #[test]
    fn common_browsers_are_named() {
        let cases = [
            (
                "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
                "Firefox on Linux",
            ),
            (
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0",
                "Edge on Windows",
            ),
            (
                "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
                "Safari on iPhone",
            ),
            (
                "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36",
                "Chrome on Android",
            ),
            ("curl/8.5.0", "A browser"),
        ];
        assert_eq!(describe(cases[0].0).say(Lang::Fr), "Firefox sous Linux");
        for (agent, expected) in cases {
            assert_eq!(describe(agent).say(Lang::EnGb), expected, "{agent}");
        }
    }
}
