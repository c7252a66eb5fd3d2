//! One module per route, named like the route.

pub mod campaigns;
pub mod connect;
pub mod event;
pub mod not_found;
pub mod overview;
pub mod package_builder;
pub mod split;

thread_local! {
    // One formatter each, made on first use: `toLocaleDateString` and `toLocaleString` build a
    // new one per call, which a page of 50 rows pays 50 times.
    static DATE_FORMAT: js_sys::Function =
        js_sys::Intl::DateTimeFormat::new(&js_sys::Array::new(), &js_sys::Object::new()).format();
    static NUMBER_FORMAT: js_sys::Function =
        js_sys::Intl::NumberFormat::new(&js_sys::Array::new(), &js_sys::Object::new()).format();
}

fn format_with(
    formatter: &'static std::thread::LocalKey<js_sys::Function>,
    value: &wasm_bindgen::JsValue,
) -> Option<String> {
    formatter.with(|f| f.call1(&wasm_bindgen::JsValue::UNDEFINED, value).ok()?.as_string())
}

/// Formats an ISO timestamp as a date in the user's locale; unparseable input is shown as is.
pub fn local_date(iso: &str) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_str(iso));
    if date.get_time().is_nan() {
        return iso.to_string();
    }
    format_with(&DATE_FORMAT, &date).unwrap_or_else(|| iso.to_string())
}

/// Numbers for people: grouped digits in the user's locale.
pub fn number(n: f64) -> String {
    format_with(&NUMBER_FORMAT, &wasm_bindgen::JsValue::from_f64(n)).unwrap_or_else(|| n.to_string())
}
