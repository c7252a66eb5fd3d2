//! The release build as deployed (issue #26): behind deploy/nginx/wave-console.conf as shipped,
//! every file is served precompressed with the right cache and security headers, routes fall
//! back to the app, the app runs in the browser under the header policy, and a repeat visit
//! takes the hashed files from the cache. The size budget of size-budget.json holds.
//! Each test is a #[tokio::test] in its module, named `module::test` in cargo's output.

mod app;
mod budget;
mod headers;
mod layout;
mod support;
