//! Where the app may go after signing in (`/connect?return=…`).
//!
//! The browser's URL parser resolves the target against this origin first (the app does that:
//! `/\evil.example`, `/\t/evil.example` and friends resolve to other hosts, and dot segments
//! are removed). What comes back is checked here: a same-origin path that the router cannot
//! read as another origin.

/// Whether `pathname` (of a URL already resolved against this origin, same origin checked) is
/// a path of this app: exactly one leading `/`, and no `\` — neither as it is nor once
/// percent-decoded (`/%2F/evil.example`, `/%5Cevil.example`), since a router or a server
/// that decodes the path would read a leading `//` or `/\` as another host.
pub fn is_app_path(pathname: &str) -> bool {
    let plain = |p: &str| p.starts_with('/') && !p.starts_with("//") && !p.contains('\\');
    plain(pathname) && plain(&percent_decode(pathname))
}

/// Percent-decoding, byte by byte (invalid escapes are kept as they are); control characters
/// decoded from an escape make the path unusable, so they come back as `\`.
fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            if let (Some(h), Some(l)) = (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                let b = (h * 16 + l) as u8;
                out.push(if b < 0x20 || b == 0x7f { b'\\' } else { b });
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}
