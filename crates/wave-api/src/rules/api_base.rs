//! Checking the API base URL a person configures.

const FORM: &str = "Enter a URL starting with https:// or a path like /api.";
const HTTP: &str = "Use https:// — plain http:// is only allowed for localhost.";
const INVISIBLE: &str = "Remove the spaces and invisible characters from the URL.";
const BACKSLASH: &str = "Use forward slashes (/) in the URL.";
const QUERY: &str = "Leave out ? and #: enter just the address, like https://wave.example/api.";
const USERINFO: &str = "Leave out the user name (user@…): the app signs in by itself.";
const HOST: &str = "Enter a host name after https://, like https://wave.example or https://wave.example:8443.";

/// Why `url` cannot be the API base URL, or `None` when it can: a same-origin path (`/api`,
/// not `//host`), an `https://host[:port][/path]` URL, or `http://` for `localhost`,
/// `127.0.0.1` and `[::1]` only (any port). Whitespace or control characters anywhere,
/// backslashes, `?`/`#` and user names (`https://user@host`) are refused: trim the input first.
pub fn api_base_problem(url: &str) -> Option<&'static str> {
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
