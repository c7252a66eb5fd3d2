//! A preview of one ad as a social feed would show it: who it is from, the text, the image,
//! the headline and the call to action. Every input is a signal, so the preview follows
//! what the user types.
//!
//! The image follows the media address once it has stayed unchanged for [`MEDIA_SETTLE_MS`]:
//! typed key by key, an address would otherwise be requested at every prefix
//! (`https://e`, `https://ex`, …) and flash "could not be loaded" between keystrokes.
//!
//! Server and user strings are text nodes. Only what the page's Content-Security-Policy
//! (`img-src 'self' data: https:`) lets an image load is ever used as its `src`: an `https://`
//! address, or one on this page's own origin (an `http://` address of this origin, a
//! root-relative path, which the setup still asks to be a full address before publishing).
//! `javascript:`, `data:` and the like show a placeholder instead; so does an `http://`
//! address of another origin, which the policy refuses (the ad still uses it as entered). An
//! image that fails to load (`error` event) is replaced by a placeholder that says so.

use crate::i18n::t;
use crate::tr;
use leptos::prelude::*;
use leptos_use::signal_debounced;
use wave_api::contract::assumptions::CTAS;
use wave_api::rules::is_http_url;

/// The image's intrinsic size (a 1.91:1 feed image): reserves its box before it loads.
const IMAGE_WIDTH: u32 = 1200;
const IMAGE_HEIGHT: u32 = 628;

/// How long the media address stays unchanged before the preview shows it: longer than a
/// pause between two keystrokes, short enough to feel like the preview follows.
pub const MEDIA_SETTLE_MS: f64 = 500.0;

/// The human label of a call-to-action code ("BUY_TICKETS" → "Buy tickets"). A code the app
/// does not know reads as words ("SHOP_NOW" → "Shop now"); none reads as the default's label.
pub fn cta_label(code: &str) -> String {
    let code = code.trim();
    if code.is_empty() {
        return t().cta(CTAS[0].0).unwrap_or_default().to_string();
    }
    if let Some(label) = CTAS.iter().find(|(c, _)| c.eq_ignore_ascii_case(code)).and_then(|(c, _)| t().cta(c)) {
        return label.to_string();
    }
    let words = code.replace('_', " ").to_lowercase();
    let mut chars = words.chars();
    chars.next().map(|first| first.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

/// What the image box shows for a media address.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MediaState {
    /// No address yet.
    Empty,
    /// Neither an `http(s)://` address nor a path on this origin: never used as `src`.
    Unusable,
    /// An `http://` address of another origin: valid for the ad, but this page loads only
    /// `https://` images and its own.
    Insecure,
    /// The browser could not load it.
    Broken,
    /// An address to load.
    Image(String),
}

impl MediaState {
    /// The state of `url` (trimmed) on this page, given the address that last failed to load.
    pub fn of(url: &str, failed: Option<&str>) -> MediaState {
        MediaState::on_origin(url, failed, &page_origin())
    }

    /// The state of `url` (trimmed) on a page served from `origin` (`http://127.0.0.1:8080`).
    pub fn on_origin(url: &str, failed: Option<&str>, origin: &str) -> MediaState {
        let url = url.trim();
        if url.is_empty() {
            MediaState::Empty
        } else if !is_http_url(url) && !is_root_relative(url) {
            MediaState::Unusable
        } else if url.starts_with("http://") && !is_on_origin(url, origin) {
            MediaState::Insecure
        } else if failed == Some(url) {
            MediaState::Broken
        } else {
            MediaState::Image(url.to_string())
        }
    }

    /// What a placeholder says instead of the image (`None` for an image).
    pub fn placeholder(&self) -> Option<&'static str> {
        let t = t();
        match self {
            MediaState::Empty => Some(t.no_image_yet()),
            MediaState::Unusable => Some(t.image_unusable()),
            MediaState::Insecure => Some(t.image_http_other()),
            MediaState::Broken => Some(t.image_broken()),
            MediaState::Image(_) => None,
        }
    }
}

/// This page's origin (`http://127.0.0.1:8080`); empty where there is no window.
fn page_origin() -> String {
    web_sys::window().and_then(|w| w.location().origin().ok()).unwrap_or_default()
}

/// A path on this origin: one leading `/`, then no second `/` (`//host` is another origin),
/// no backslash (browsers read `/\host` as `//host`) and no whitespace or control characters
/// (which a URL parser drops, so `/\t/host` would be `//host`).
fn is_root_relative(url: &str) -> bool {
    url.starts_with('/')
        && !url.starts_with("//")
        && !url.contains('\\')
        && !url.chars().any(|c| c.is_whitespace() || c.is_control())
}

/// `url` is an address on `origin`: the origin exactly, then the end, a path, a query or a
/// fragment (`http://a.example@b.example/` or `http://a.example.b.example/` are not on
/// `http://a.example`).
fn is_on_origin(url: &str, origin: &str) -> bool {
    let origin = origin.trim_end_matches('/');
    !origin.is_empty()
        && url.get(..origin.len()).is_some_and(|start| start.eq_ignore_ascii_case(origin))
        && matches!(url.as_bytes().get(origin.len()), None | Some(b'/' | b'?' | b'#'))
}

/// The ad as it will look. `audience` (a cluster's name) names the figure
/// ("Ad preview for …"); `sponsor` is who the ad is from (empty: "Your page").
#[component]
pub fn AdPreview(
    #[prop(into)] headline: Signal<String>,
    #[prop(into)] body: Signal<String>,
    #[prop(into)] media_url: Signal<String>,
    #[prop(into)] cta: Signal<String>,
    #[prop(into)] audience: Signal<String>,
    #[prop(into, optional)] sponsor: Signal<String>,
) -> impl IntoView {
    // The address that last failed to load: a new address gets its own try.
    let failed = RwSignal::new(None::<String>);
    let settled: Signal<String> = signal_debounced(media_url, MEDIA_SETTLE_MS);
    let origin = page_origin();
    let media = Memo::new(move |_| settled.with(|u| failed.with(|f| MediaState::on_origin(u, f.as_deref(), &origin))));
    let alt = move || {
        headline.with(|h| match h.trim() {
            "" => t().ad_image().to_string(),
            h => t().ad_image_of(h),
        })
    };
    let image = move || match media.get() {
        MediaState::Image(src) => {
            let this = src.clone();
            view! {
                <img class="ad-media" src=src alt=alt width=IMAGE_WIDTH height=IMAGE_HEIGHT loading="lazy"
                    decoding="async" referrerpolicy="no-referrer"
                    on:error=move |_| {
                        // A detached image still reports its failure after the page is left:
                        // the signal may be gone by then.
                        let _ = failed.try_set(Some(this.clone()));
                    }/>
            }
            .into_any()
        }
        other => {
            let state = match other {
                MediaState::Broken => "broken",
                MediaState::Unusable => "unusable",
                MediaState::Insecure => "insecure",
                _ => "empty",
            };
            view! {
                <div class="ad-media ad-media-placeholder" data-state=state>
                    <span>{move || other.placeholder().unwrap_or_default()}</span>
                </div>
            }
            .into_any()
        }
    };
    let label = move || {
        audience.with(|a| match a.trim() {
            "" => t().ad_preview().to_string(),
            a => t().ad_preview_for(a),
        })
    };
    let from = move || {
        sponsor.with(|s| match s.trim() {
            "" => t().your_page().to_string(),
            s => s.to_string(),
        })
    };
    let initial = move || from().chars().next().map(|c| c.to_uppercase().collect::<String>()).unwrap_or_default();
    let placeholder_class =
        |base: &'static str, empty: bool| if empty { format!("{base} ad-placeholder") } else { base.to_string() };
    view! {
        <figure class="ad-preview" aria-label=label>
            <div class="ad-head">
                <span class="ad-avatar" aria-hidden="true">{initial}</span>
                <span class="ad-from"><strong>{from}</strong><span class="ad-sponsored">{tr!(sponsored)}</span></span>
            </div>
            <p class=move || placeholder_class("ad-body", body.with(|b| b.trim().is_empty()))>{move || {
                body.with(|b| if b.trim().is_empty() { t().your_ad_text().to_string() } else { b.clone() })
            }}</p>
            {image}
            <div class="ad-foot">
                <p class=move || placeholder_class("ad-headline", headline.with(|h| h.trim().is_empty()))>{move || {
                    headline.with(|h| if h.trim().is_empty() { t().your_headline().to_string() } else { h.clone() })
                }}</p>
                <span class="ad-cta">{move || cta.with(|c| cta_label(c))}</span>
            </div>
            <figcaption class="hint">{tr!(preview_note)}</figcaption>
        </figure>
    }
}
