//! What nginx sends, checked with curl over HTTPS and HTTP/2 as shipped: precompressed bytes
//! exactly as the build made them, cache headers by file kind, the security headers on every
//! answer, the SPA fallback, and a 404 for a hashed file of another build.

use crate::support::*;
use e2e::*;

#[tokio::test]
async fn every_file_is_served_precompressed_with_its_cache_and_security_headers() {
    if skip_unless_chromium("the deployment's headers (no browser involved)") {
        return;
    }
    let dist = dist();
    let server = start_nginx(&dist, Listen::Tls).expect("nginx with the shipped configuration");
    let files = build_files(&dist);
    assert!(files.iter().any(|f| f.ends_with("index.html")), "a build in {}", dist.display());
    let mut hashed = 0;
    for file in &files {
        let name = file.display().to_string();
        let raw = std::fs::read(dist.join(file)).expect("read the file");
        let url = format!("{}/{name}", server.url);
        for (accept, encoding, copy) in [(Some("br, gzip"), "br", ".br"), (Some("gzip"), "gzip", ".gz"), (None, "", "")]
        {
            let a = get(&url, accept);
            assert_eq!(a.status, 200, "{name} ({accept:?})");
            assert_eq!(a.version, "2", "{name}: HTTP/2");
            // Every file of this build is text or wasm: scripts/precompress.sh covers them all.
            let want = if !copy.is_empty() {
                assert_eq!(a.header("content-encoding"), Some(encoding), "{name} for {accept:?}");
                std::fs::read(dist.join(format!("{name}{copy}"))).expect("the build's precompressed copy")
            } else {
                assert_eq!(a.header("content-encoding"), None, "{name} unencoded for {accept:?}");
                raw.clone()
            };
            assert!(a.body == want, "{name}: the bytes of the build's own {copy:?} copy, not compressed again");
            assert!(a.header("vary").is_some_and(|v| v.contains("Accept-Encoding")), "{name}: Vary");
            security_headers(&a, &name);
            let cache = a.header("cache-control").unwrap_or_default();
            if is_hashed(&name) {
                assert_eq!(cache, "public, max-age=31536000, immutable", "{name} is hashed: cached for good");
            } else {
                assert_eq!(cache, "no-cache", "{name} is not hashed: revalidated");
            }
        }
        hashed += usize::from(is_hashed(&name));
        if name.ends_with(".wasm") {
            assert_eq!(get(&url, None).header("content-type"), Some("application/wasm"), "{name}");
        }
    }
    assert!(hashed >= 8, "the glue, the loader, the CSS and the wasm modules are hashed: {hashed}");

    // The SPA fallback: a route, deep or unknown, is the app's index.html, never cached.
    let index = std::fs::read(dist.join("index.html.br")).expect("index.html.br");
    for route in ["/", "/package-builder", "/package-builder/results/101?x=1", "/campaigns/7001/setup", "/no/such/page"]
    {
        let a = get(&format!("{}{route}", server.url), Some("br"));
        assert_eq!(a.status, 200, "{route}");
        assert!(a.body == index, "{route} is the app");
        assert_eq!(a.header("cache-control"), Some("no-cache"), "{route}");
        assert!(a.header("content-type").is_some_and(|t| t.starts_with("text/html")), "{route}");
        security_headers(&a, route);
    }
    // A hashed file this build does not have (an older index.html asking): 404, not HTML.
    for missing in
        ["/wave-console-0123456789abcdef_bg.wasm", "/chunk_1-0123456789abcdef.wasm", "/main-0123456789abcdef.css"]
    {
        let a = get(&format!("{}{missing}", server.url), None);
        assert_eq!(a.status, 404, "{missing}");
        assert_eq!(a.header("cache-control"), Some("no-store"), "{missing}: an error is never cached");
        security_headers(&a, missing);
    }
}

fn security_headers(a: &Answer, what: &str) {
    let csp = a.header("content-security-policy").unwrap_or_default();
    for directive in [
        "default-src 'self'",
        "script-src 'self' 'wasm-unsafe-eval'",
        "object-src 'none'",
        "base-uri 'self'",
        "frame-ancestors 'none'",
    ] {
        assert!(csp.contains(directive), "{what}: the policy has {directive}: {csp}");
    }
    assert!(!csp.contains("unsafe-inline"), "{what}: no inline script or style");
    let connect = csp.split(';').find(|d| d.trim().starts_with("connect-src")).unwrap_or_default();
    assert!(
        !connect.split_whitespace().any(|s| s == "https:" || s.starts_with("http://")),
        "{what}: connect-src narrowed: {connect}"
    );
    assert_eq!(a.header("x-frame-options"), Some("DENY"), "{what}");
    assert_eq!(a.header("x-content-type-options"), Some("nosniff"), "{what}");
    assert!(a.header("referrer-policy").is_some(), "{what}: Referrer-Policy");
    assert!(a.header("strict-transport-security").is_some_and(|h| h.contains("max-age=")), "{what}: HSTS");
}
