//! What the product scenarios share: the live app against the mock Wave API and signing in
//! (from `e2e::live`), counting requests in the server's log.

pub(crate) use e2e::{connect_live as connect, start_live};
use mock_server::LoggedRequest;

/// Requests of `method` whose path (without a trailing slash) is `path`.
pub(crate) fn count(log: &[LoggedRequest], method: &str, path: &str) -> usize {
    log.iter().filter(|r| r.method == method && r.path.trim_end_matches('/') == path).count()
}
