//! Tolerant decoding: one malformed value costs that value, never the page.
//!
//! Use these with `#[serde(deserialize_with = "...")]` on fields of a `#[serde(default)]`
//! struct, so an absent field takes the struct's default. Each helper first reads the value as
//! any JSON (`serde_json::Value`), so it never fails on a wrong type, only on malformed JSON:
//!
//! - numbers ([`lenient_f64`], [`lenient_opt_f64`]): `14`, `14.5`, `"14"`, `" 14.5 "`; anything
//!   else (`null`, `"abc"`, `"NaN"`, `true`, `{}`) → `0.0` / `None`.
//! - integers ([`lenient_int`], [`lenient_opt_int`], any `u8`/`u32`/…): `14`, `14.0`, `"14"`,
//!   `"14.0"`; a fraction (`14.5`), a value outside the type (`-1`, `300` for `u8`) or a
//!   non-number → the default / `None`.
//! - text ([`lenient_string`], [`lenient_opt_string`], [`lenient_strings`]): a string as is, a
//!   number or boolean as its text (`7001` → `"7001"`), `null`/lists/objects → `""` / `None`.
//! - enums ([`or_default`]): an unknown code or a wrong type → the default variant.
//!
//! Lists ([`lenient_vec`], [`lenient_map`], [`decode_list`]) skip the elements they cannot
//! read and keep the others. Nested objects are not made lenient here: a field such as
//! `creative` that holds a number makes its containing element unreadable, and that element is
//! what a list skips (at the top of a single document, such as a draft's `integration`, it is
//! a Decode error; `null` is always fine and gives the default).

use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer};
use serde_json::{Number, Value};
use std::collections::BTreeMap;

/// The fields of a model this app does not know, kept so that writing the model back sends
/// them unchanged (`#[serde(flatten)]`). Keys never repeat a known field's name when the model
/// came from the server; do not insert known names yourself (they would be sent twice).
pub type Extra = serde_json::Map<String, Value>;

/// `null` or absent → `T::default()`; any other value must be a `T`.
pub fn nullable<'de, D: Deserializer<'de>, T: Default + Deserialize<'de>>(d: D) -> Result<T, D::Error> {
    Ok(Option::<T>::deserialize(d)?.unwrap_or_default())
}

/// Whatever `T` makes of the value, or `T::default()` when it cannot (enums: an unknown code
/// or a number where a code belongs gives the default variant).
pub fn or_default<'de, D: Deserializer<'de>, T: DeserializeOwned + Default>(d: D) -> Result<T, D::Error> {
    Ok(T::deserialize(Value::deserialize(d)?).unwrap_or_default())
}

/// A JSON number or numeric string as a finite `f64`.
pub fn number(value: &Value) -> Option<f64> {
    match value {
        Value::Number(n) => n.as_f64(),
        Value::String(s) => s.trim().parse::<f64>().ok(),
        _ => None,
    }
    .filter(|f| f.is_finite())
}

/// A JSON number or numeric string that is a whole number and fits `T`.
pub fn integer<T: TryFrom<i64>>(value: &Value) -> Option<T> {
    let whole = match value {
        Value::Number(n) => n.as_i64(),
        Value::String(s) => s.trim().parse::<i64>().ok(),
        _ => None,
    };
    // 2^53: beyond it an f64 no longer tells whole numbers apart.
    let whole = whole
        .or_else(|| number(value).filter(|f| f.fract() == 0.0 && f.abs() <= 9_007_199_254_740_992.0).map(|f| f as i64));
    whole.and_then(|i| T::try_from(i).ok())
}

fn number_text(n: &Number) -> String {
    match (n.as_i64(), n.as_u64(), n.as_f64()) {
        (Some(i), _, _) => i.to_string(),
        (_, Some(u), _) => u.to_string(),
        // Rust's `Display`: 7001.0 → "7001", 12.5 → "12.5".
        (_, _, Some(f)) => f.to_string(),
        _ => n.to_string(),
    }
}

/// A string, number or boolean as text; `None` for null, lists and objects.
pub fn text(value: Value) -> Option<String> {
    match value {
        Value::String(s) => Some(s),
        Value::Number(n) => Some(number_text(&n)),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

pub fn lenient_f64<'de, D: Deserializer<'de>>(d: D) -> Result<f64, D::Error> {
    Ok(number(&Value::deserialize(d)?).unwrap_or_default())
}

pub fn lenient_opt_f64<'de, D: Deserializer<'de>>(d: D) -> Result<Option<f64>, D::Error> {
    Ok(number(&Value::deserialize(d)?))
}

/// For any integer field (`u8`, `u32`…): see [`integer`]; otherwise the default.
pub fn lenient_int<'de, D: Deserializer<'de>, T: TryFrom<i64> + Default>(d: D) -> Result<T, D::Error> {
    Ok(integer(&Value::deserialize(d)?).unwrap_or_default())
}

/// For any optional integer field (`Option<u8>`…): see [`integer`]; otherwise `None`.
pub fn lenient_opt_int<'de, D: Deserializer<'de>, T: TryFrom<i64>>(d: D) -> Result<Option<T>, D::Error> {
    Ok(integer(&Value::deserialize(d)?))
}

pub fn lenient_string<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    Ok(text(Value::deserialize(d)?).unwrap_or_default())
}

pub fn lenient_opt_string<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    Ok(text(Value::deserialize(d)?))
}

/// A list of texts: numbers become their text, elements that are not text are skipped.
pub fn lenient_strings<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
    Ok(match Value::deserialize(d)? {
        Value::Array(items) => items.into_iter().filter_map(text).collect(),
        _ => Vec::new(),
    })
}

/// The elements of a list that decode as `T`; anything but a list gives an empty list.
pub fn lenient_vec<'de, D: Deserializer<'de>, T: DeserializeOwned>(d: D) -> Result<Vec<T>, D::Error> {
    Ok(match Value::deserialize(d)? {
        Value::Array(items) => items.into_iter().filter_map(|v| T::deserialize(v).ok()).collect(),
        _ => Vec::new(),
    })
}

/// The entries of an object whose values decode as `T`; anything but an object gives none.
pub fn lenient_map<'de, D: Deserializer<'de>, T: DeserializeOwned>(d: D) -> Result<BTreeMap<String, T>, D::Error> {
    Ok(match Value::deserialize(d)? {
        Value::Object(entries) => entries.into_iter().filter_map(|(k, v)| Some((k, T::deserialize(v).ok()?))).collect(),
        _ => BTreeMap::new(),
    })
}

/// JSON text as a `T`, through [`Value`]: the one way this workspace decodes JSON. Reading
/// text straight into each model (`serde_json::from_str::<T>`) would compile every model's
/// decoder a second time, for the text reader beside the `Value` one the lenient helpers and
/// lists need; in the wasm each copy is bytes every page load downloads.
pub fn decode<T: DeserializeOwned>(json: &str) -> Result<T, serde_json::Error> {
    T::deserialize(serde_json::from_str::<Value>(json)?)
}

/// A list response: the body must be a JSON array (else `Err`, the call's Decode error); each
/// element that does not decode as `T` is skipped, so one bad row does not hide the others.
pub fn decode_list<T: DeserializeOwned>(body: &str) -> Result<Vec<T>, String> {
    match serde_json::from_str::<Value>(body).map_err(|e| e.to_string())? {
        Value::Array(items) => Ok(items.into_iter().filter_map(|v| T::deserialize(v).ok()).collect()),
        _ => Err("expected a JSON list".into()),
    }
}
