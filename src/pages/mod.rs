//! One module per route, named like the route.

pub mod campaigns;
pub mod connect;
pub mod event;
pub mod not_found;
pub mod overview;
pub mod package_builder;
pub mod split;

/// Formats an ISO timestamp as a date in the user's locale; unparseable input is shown as is.
pub fn local_date(iso: &str) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_str(iso));
    if date.get_time().is_nan() {
        return iso.to_string();
    }
    date.to_locale_date_string("default", &wasm_bindgen::JsValue::UNDEFINED)
        .as_string()
        .unwrap_or_else(|| iso.to_string())
}

/// Numbers for people: grouped digits in the user's locale.
pub fn number(n: f64) -> String {
    js_sys::Number::from(n).to_locale_string("default").as_string().unwrap_or_else(|| n.to_string())
}
