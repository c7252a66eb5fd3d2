//! Dates, numbers, money, percentages and relative times in a language, by the browser's Intl
//! (no formatting tables in the wasm), in the user's time zone. What cannot be read is shown
//! as it came, never as a machine timestamp made up by the app.

use super::Lang;
use js_sys::{Array, Date, Intl, Object, Reflect};
use wasm_bindgen::JsValue;

fn locales(lang: Lang) -> Array {
    Array::of1(&JsValue::from_str(match lang {
        Lang::En => "en-US",
        Lang::De => "de-DE",
    }))
}

fn options(pairs: &[(&str, &str)]) -> Object {
    let options = Object::new();
    for (key, value) in pairs {
        let _ = Reflect::set(&options, &JsValue::from_str(key), &JsValue::from_str(value));
    }
    options
}

/// A date of the server: `2026-07-20` (a day: no time zone shift) or an ISO timestamp.
fn parse(iso: &str) -> Option<(Date, bool)> {
    let iso = iso.trim();
    let b = iso.as_bytes();
    let day_only = b.len() == 10 && b[4] == b'-' && b[7] == b'-';
    let date = if day_only {
        let (y, m, d) = (iso[..4].parse::<u32>().ok()?, iso[5..7].parse::<i32>().ok()?, iso[8..].parse::<i32>().ok()?);
        // Noon of that day in the user's zone: the day named is the day shown.
        Date::new_with_year_month_day_hr_min_sec(y, m - 1, d, 12, 0, 0)
    } else {
        Date::new(&JsValue::from_str(iso))
    };
    (!date.get_time().is_nan()).then_some((date, day_only))
}

thread_local! {
    /// The Intl formatters made so far, by language and options: making one costs far more
    /// than using it (a list of 10,000 rows formats a date or a number per row).
    static FORMATTERS: std::cell::RefCell<std::collections::HashMap<(Lang, String), js_sys::Function>> =
        std::cell::RefCell::new(std::collections::HashMap::new());
}

/// The `format` function of the Intl formatter for `lang` and `pairs`, made once.
fn formatter(lang: Lang, pairs: &[(&str, &str)], make: fn(&Array, &Object) -> js_sys::Function) -> js_sys::Function {
    let key = (lang, pairs.iter().map(|(k, v)| format!("{k}={v};")).collect::<String>());
    if let Some(f) = FORMATTERS.with(|m| m.borrow().get(&key).cloned()) {
        return f;
    }
    let f = make(&locales(lang), &options(pairs));
    FORMATTERS.with(|m| m.borrow_mut().insert(key, f.clone()));
    f
}

fn format_date(lang: Lang, date: &Date, pairs: &[(&str, &str)]) -> String {
    let format = formatter(lang, pairs, |l, o| Intl::DateTimeFormat::new(l, o).format());
    format.call1(&JsValue::NULL, date).ok().and_then(|s| s.as_string()).unwrap_or_default()
}

/// A day: `20. Juli 2026` / `July 20, 2026`. Unreadable: as it came.
pub fn date(lang: Lang, iso: &str) -> String {
    match parse(iso) {
        Some((d, _)) => format_date(lang, &d, &[("day", "numeric"), ("month", "long"), ("year", "numeric")]),
        None => iso.to_string(),
    }
}

/// A moment: `20. Juli 2026, 20:00` / `July 20, 2026, 8:00 PM`; a day alone as [`date`].
pub fn date_time(lang: Lang, iso: &str) -> String {
    match parse(iso) {
        Some((d, true)) => format_date(lang, &d, &[("day", "numeric"), ("month", "long"), ("year", "numeric")]),
        Some((d, false)) => {
            let day = format_date(lang, &d, &[("day", "numeric"), ("month", "long"), ("year", "numeric")]);
            let time = format_date(lang, &d, &[("hour", "numeric"), ("minute", "2-digit")]);
            format!("{day}, {time}")
        }
        None => iso.to_string(),
    }
}

/// A short day for tables and charts: `20.07.2026` / `07/20/2026`.
pub fn short_date(lang: Lang, iso: &str) -> String {
    match parse(iso) {
        Some((d, _)) => format_date(lang, &d, &[("day", "2-digit"), ("month", "2-digit"), ("year", "numeric")]),
        None => iso.to_string(),
    }
}

fn format_number(lang: Lang, n: f64, pairs: &[(&str, &str)]) -> String {
    let format = formatter(lang, pairs, |l, o| Intl::NumberFormat::new(l, o).format());
    format.call1(&JsValue::NULL, &JsValue::from_f64(n)).ok().and_then(|s| s.as_string()).unwrap_or_default()
}

/// A number with the language's grouping and decimals: `18.540` / `18,540`; `12,5` / `12.5`.
pub fn number(lang: Lang, n: f64) -> String {
    if !n.is_finite() {
        return "—".to_string();
    }
    format_number(lang, n, &[("maximumFractionDigits", "2")])
}

/// Money: `1.500 €` / `€1,500`. A currency the server names that is not a code Intl takes
/// (three letters) is written after the number as it came.
pub fn money(lang: Lang, amount: f64, currency: &str) -> String {
    if !amount.is_finite() {
        return "—".to_string();
    }
    let code = currency.trim();
    if code.len() == 3 && code.chars().all(|c| c.is_ascii_alphabetic()) {
        let whole = amount.fract() == 0.0;
        let digits = if whole { "0" } else { "2" };
        format_number(
            lang,
            amount,
            &[
                ("style", "currency"),
                ("currency", &code.to_ascii_uppercase()),
                ("minimumFractionDigits", digits),
                ("maximumFractionDigits", "2"),
            ],
        )
    } else if code.is_empty() {
        number(lang, amount)
    } else {
        format!("{} {code}", number(lang, amount))
    }
}

/// A share (0.125 → `12,5 %` / `12.5%`).
pub fn percent(lang: Lang, share: f64) -> String {
    if !share.is_finite() {
        return "—".to_string();
    }
    format_number(lang, share, &[("style", "percent"), ("maximumFractionDigits", "1")])
}

/// How long ago `iso` was, from `now_ms`: `vor 2 Minuten` / `2 minutes ago`; older than a week:
/// the moment itself.
pub fn relative(lang: Lang, iso: &str, now_ms: f64) -> String {
    let Some((d, _)) = parse(iso) else { return iso.to_string() };
    let seconds = (d.get_time() - now_ms) / 1000.0;
    let (value, unit) = match seconds.abs() {
        s if s < 45.0 => (0.0, "second"),
        s if s < 45.0 * 60.0 => ((seconds / 60.0).round(), "minute"),
        s if s < 22.0 * 3600.0 => ((seconds / 3600.0).round(), "hour"),
        s if s < 7.0 * 86400.0 => ((seconds / 86400.0).round(), "day"),
        _ => return date_time(lang, iso),
    };
    let format = Intl::RelativeTimeFormat::new(&locales(lang), &options(&[("numeric", "auto")]));
    format.format(value, unit).as_string().unwrap_or_default()
}

/// Now, in milliseconds since the epoch.
pub fn now_ms() -> f64 {
    Date::now()
}
