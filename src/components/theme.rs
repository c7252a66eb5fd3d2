//! The colour theme: follow the system (`prefers-color-scheme`), or always light or dark.
//!
//! The choice is `data-theme="light" | "dark"` on `<html>` (none: the system decides, through
//! the stylesheet's media query) and is remembered in localStorage under [`THEME_KEY`].
//! `public/boot.js` reads the same key and sets the attribute before the wasm starts, so a
//! reload never flashes the other theme; [`ThemeToggle`] applies it again when it mounts (for
//! a browser where that script could not read storage). A stored value that is not a theme
//! counts as "System".

use crate::components::Notices;
use crate::i18n::t;
use crate::reactive::stored::{use_stored, StoredCodec, UseStoredOptions};
use crate::tr;
use leptos::prelude::*;

/// The localStorage key; `public/boot.js` uses the same literal.
pub const THEME_KEY: &str = "waveTheme";

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    #[default]
    System,
    Light,
    Dark,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::System, Theme::Light, Theme::Dark];

    /// The stored and `data-theme` value; `None` for [`Theme::System`].
    pub fn code(self) -> Option<&'static str> {
        match self {
            Theme::System => None,
            Theme::Light => Some("light"),
            Theme::Dark => Some("dark"),
        }
    }

    /// A stored value; anything but `light` or `dark` (absent, garbage) is the system's.
    pub fn from_stored(value: Option<&str>) -> Theme {
        match value {
            Some("light") => Theme::Light,
            Some("dark") => Theme::Dark,
            _ => Theme::System,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Theme::System => t().theme_system(),
            Theme::Light => t().theme_light(),
            Theme::Dark => t().theme_dark(),
        }
    }
}

/// Shows `theme` now: sets (or, for the system's, removes) `data-theme` on `<html>`.
pub fn apply_theme(theme: Theme) {
    let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) else {
        return;
    };
    let _ = match theme.code() {
        Some(code) => root.set_attribute("data-theme", code),
        None => root.remove_attribute("data-theme"),
    };
}

/// The stored text: `light` or `dark`; no key for the system's. Anything else reads as the
/// system's.
struct ThemeCodec;

impl StoredCodec<Theme> for ThemeCodec {
    fn decode(raw: Option<&str>) -> Option<Theme> {
        Some(Theme::from_stored(raw))
    }

    fn encode(theme: &Theme) -> Option<String> {
        theme.code().map(str::to_string)
    }
}

/// Three toggle buttons in the header: System, Light, Dark; the chosen one is pressed.
#[component]
pub fn ThemeToggle() -> impl IntoView {
    let notices = use_context::<Notices>();
    let theme = use_stored::<Theme, ThemeCodec>(
        THEME_KEY,
        UseStoredOptions {
            on_refused: Some(Callback::new(move |why: String| {
                if let Some(notices) = notices {
                    notices.error(crate::i18n::t_now().theme_not_kept(&why));
                }
            })),
            // Chosen in another tab: followed (below).
            on_other_tab: None,
        },
    )
    .value;
    // Shown whenever it changes: chosen here, in another tab, or read at the start.
    Effect::new(move |_| apply_theme(theme.get()));

    view! {
        <div class="theme-toggle" role="group" aria-label=tr!(theme_group)>
            {Theme::ALL.map(|t| view! {
                <button type="button" aria-label=move || crate::i18n::t().theme_button(t.label())
                    aria-pressed=move || if theme.get() == t { "true" } else { "false" }
                    on:click=move |_| theme.set(t)>
                    {move || t.label()}
                </button>
            }).collect_view()}
        </div>
    }
}
