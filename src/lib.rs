//! Wave Console: the Leptos CSR app. The API contract lives in the `wave-api` crate; this
//! crate is UI plus the two transports (HTTP and demo).

pub mod api;
pub mod app;
pub mod browser;
pub mod components;
pub mod config;
pub mod i18n;
pub mod live_heap;
pub mod pages;
pub mod reactive;
pub mod routes;
pub mod services;
