//! Checking the API base URL a person configures.

use super::Lang;

type Words = [&'static str; 2];
const FORM: Words = [
    "Enter a URL starting with https:// or a path like /api.",
    "Geben Sie eine URL ein, die mit https:// beginnt, oder einen Pfad wie /api.",
];
const HTTP: Words = [
    "Use https:// — plain http:// is only allowed for localhost.",
    "Verwenden Sie https:// – einfaches http:// ist nur für localhost erlaubt.",
];
const INVISIBLE: Words = [
    "Remove the spaces and invisible characters from the URL.",
    "Entfernen Sie Leerzeichen und unsichtbare Zeichen aus der URL.",
];
const BACKSLASH: Words = ["Use forward slashes (/) in the URL.", "Verwenden Sie in der URL Schrägstriche (/)."];
const QUERY: Words = [
    "Leave out ? and #: enter just the address, like https://wave.example/api.",
    "Lassen Sie ? und # weg: Geben Sie nur die Adresse ein, etwa https://wave.example/api.",
];
const USERINFO: Words = [
    "Leave out the user name (user@…): the app signs in by itself.",
    "Lassen Sie den Benutzernamen (user@…) weg: Die App meldet sich selbst an.",
];
const HOST: Words = [
    "Enter a host name after https://, like https://wave.example or https://wave.example:8443.",
    "Geben Sie nach https:// einen Hostnamen ein, etwa https://wave.example oder https://wave.example:8443.",
];

/// Why `url` cannot be the API base URL (in `lang`), or `None` when it can: a same-origin path (`/api`,
/// not `//host`), an `https://host[:port][/path]` URL, or `http://` for `localhost`,
/// `127.0.0.1` and `[::1]` only (any port). Whitespace or control characters anywhere,
/// backslashes, `?`/`#` and user names (`https://user@host`) are refused: trim the input first.
pub fn api_base_problem(url: &str, lang: Lang) -> Option<&'static str> {
    problem(url).map(|[en, de]| lang.pick(en, de))
}

fn problem(url: &str) -> Option<Words> {
    if url.is_empty() {
        return Some(FORM);
    }
    if url.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Some(INVISIBLE);
    }
    // Browsers read `/\host` like `//host`: another origin.
    if url.contains('\\') {
        return Some(BACKSLASH);
    }
    if url.contains(['?', '#']) {
        return Some(QUERY);
    }
    if url.starts_with('/') {
        return if url.starts_with("//") { Some(FORM) } else { None };
    }
    let Some((scheme, rest)) = url.split_once("://") else { return Some(FORM) };
    let secure = match scheme.to_ascii_lowercase().as_str() {
        "https" => true,
        "http" => false,
        _ => return Some(FORM),
    };
    let authority = rest.split('/').next().unwrap_or("");
    if authority.contains('@') {
        return Some(USERINFO);
    }
    let (host, port) = match authority.strip_prefix('[') {
        Some(v6) => {
            let Some((inner, after)) = v6.split_once(']') else { return Some(HOST) };
            if inner.is_empty() || !inner.chars().all(|c| c.is_ascii_hexdigit() || c == ':' || c == '.') {
                return Some(HOST);
            }
            let port = match after {
                "" => None,
                p => match p.strip_prefix(':') {
                    Some(p) => Some(p),
                    None => return Some(HOST),
                },
            };
            (&authority[..inner.len() + 2], port)
        }
        None => match authority.split_once(':') {
            Some((host, port)) => (host, Some(port)),
            None => (authority, None),
        },
    };
    let host_ok = host.starts_with('[')
        || (!host.is_empty() && host.chars().all(|c| c.is_alphanumeric() || c == '-' || c == '.' || c == '_'));
    let port_ok = port.is_none_or(|p| {
        !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()) && p.parse::<u16>().is_ok_and(|n| n > 0)
    });
    if !host_ok || !port_ok {
        return Some(HOST);
    }
    let local = matches!(host.to_ascii_lowercase().as_str(), "localhost" | "127.0.0.1" | "[::1]");
    if !secure && !local {
        return Some(HTTP);
    }
    None
}
