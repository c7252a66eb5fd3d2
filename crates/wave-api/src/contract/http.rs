//! Transport-neutral HTTP shapes. The app's HTTP transport and the demo backend both speak
//! these, so a request is built exactly once, in [`crate::contract::calls`].

use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Method {
    Get,
    Post,
    Put,
    Delete,
}

impl Method {
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Post => "POST",
            Method::Put => "PUT",
            Method::Delete => "DELETE",
        }
    }
}

/// `encodeURIComponent` leaves `A-Z a-z 0-9 - _ . ! ~ * ' ( )` alone and encodes the rest.
const COMPONENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'!')
    .remove(b'~')
    .remove(b'*')
    .remove(b'\'')
    .remove(b'(')
    .remove(b')');

/// Percent-encodes one path segment or query value with `encodeURIComponent` semantics.
/// A taste cluster `tc` goes through here: encoded, never slugified.
pub fn encode_component(raw: &str) -> String {
    utf8_percent_encode(raw, COMPONENT).to_string()
}

/// Reverses [`encode_component`]; `None` when the bytes are not UTF-8 after decoding.
pub fn decode_component(encoded: &str) -> Option<String> {
    percent_encoding::percent_decode_str(encoded).decode_utf8().ok().map(|s| s.into_owned())
}

#[derive(Clone, Debug, PartialEq)]
pub struct ApiRequest {
    pub method: Method,
    /// Raw (unencoded) path segments, e.g. `["package_builder", "packages", "42"]`.
    pub segments: Vec<String>,
    /// A trailing slash is part of some routes (`GET /package_builder/packages/`).
    pub trailing_slash: bool,
    /// Query pairs in order; a key may repeat (merge's `packages_ids`).
    pub query: Vec<(String, String)>,
    /// JSON body, if any.
    pub body: Option<String>,
}

impl ApiRequest {
    pub fn new(method: Method, segments: &[&str]) -> Self {
        ApiRequest {
            method,
            segments: segments.iter().map(|s| s.to_string()).collect(),
            trailing_slash: false,
            query: Vec::new(),
            body: None,
        }
    }

    pub fn with_trailing_slash(mut self) -> Self {
        self.trailing_slash = true;
        self
    }

    pub fn query(mut self, key: &str, value: impl ToString) -> Self {
        self.query.push((key.to_string(), value.to_string()));
        self
    }

    pub fn query_opt(self, key: &str, value: Option<impl ToString>) -> Self {
        match value {
            Some(v) => self.query(key, v),
            None => self,
        }
    }

    pub fn json_body(mut self, body: &impl serde::Serialize) -> Self {
        // Serialising our own plain structs cannot fail (no maps with non-string keys).
        self.body = serde_json::to_string(body).ok();
        self
    }

    /// The encoded path and query, e.g. `/package_builder/packages/merge?packages_ids=1&packages_ids=2`.
    pub fn path_and_query(&self) -> String {
        let mut out = String::new();
        for segment in &self.segments {
            out.push('/');
            out.push_str(&encode_component(segment));
        }
        if self.trailing_slash || self.segments.is_empty() {
            out.push('/');
        }
        for (i, (key, value)) in self.query.iter().enumerate() {
            out.push(if i == 0 { '?' } else { '&' });
            out.push_str(&encode_component(key));
            out.push('=');
            out.push_str(&encode_component(value));
        }
        out
    }

    /// `base` is the configured API base URL (`/api`, `https://host/v1/`…).
    pub fn url(&self, base: &str) -> String {
        format!("{}{}", base.trim_end_matches('/'), self.path_and_query())
    }

    /// All values of a query key, in order.
    pub fn query_values<'a>(&'a self, key: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        self.query.iter().filter(move |(k, _)| k == key).map(|(_, v)| v.as_str())
    }

    pub fn query_value(&self, key: &str) -> Option<&str> {
        self.query.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str())
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct ApiResponse {
    pub status: u16,
    pub body: String,
}

impl ApiResponse {
    pub fn json(status: u16, body: &impl serde::Serialize) -> Self {
        ApiResponse { status, body: serde_json::to_string(body).unwrap_or_default() }
    }

    pub fn detail(status: u16, detail: &str) -> Self {
        let mut map = serde_json::Map::new();
        map.insert(crate::contract::assumptions::ERROR_DETAIL_FIELD.into(), detail.into());
        Self::json(status, &map)
    }

    pub fn text(status: u16, body: String) -> Self {
        ApiResponse { status, body }
    }

    pub fn is_success(&self) -> bool {
        (200..300).contains(&self.status)
    }
}
