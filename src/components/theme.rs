//! The colour theme: follow the system (`prefers-color-scheme`), or always light or dark.
//!
//! The choice is `data-theme="light" | "dark"` on `<html>` (none: the system decides, through
//! the stylesheet's media query) and is remembered in localStorage under [`THEME_KEY`].
//! `public/boot.js` reads the same key and sets the attribute before the wasm starts, so a
//! reload never flashes the other theme; [`ThemeToggle`] applies it again when it mounts (for
//! a browser where that script could not read storage). A stored value that is not a theme
//! counts as "System".

use crate::browser::storage::{self, Area};
use crate::components::Notices;
use leptos::prelude::*;

/// The localStorage key; `public/boot.js` uses the same literal.
pub const THEME_KEY: &str = "waveTheme";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Theme {
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
            Theme::System => "System",
            Theme::Light => "Light",
            Theme::Dark => "Dark",
        }
    }
}

/// The remembered choice.
pub fn stored_theme() -> Theme {
    Theme::from_stored(storage::get(Area::Local, THEME_KEY).as_deref())
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

/// Shows and remembers `theme`; `Err` when the browser refused to store it (it still applies
/// to this page).
pub fn choose_theme(theme: Theme) -> Result<(), String> {
    apply_theme(theme);
    match theme.code() {
        Some(code) => storage::set(Area::Local, THEME_KEY, code),
        None => {
            storage::remove(Area::Local, THEME_KEY);
            Ok(())
        }
    }
}

/// Three toggle buttons in the header: System, Light, Dark; the chosen one is pressed.
#[component]
pub fn ThemeToggle() -> impl IntoView {
    let theme = RwSignal::new(stored_theme());
    apply_theme(theme.get_untracked());
    let notices = use_context::<Notices>();
    // Chosen in another tab: follow it.
    let listener = window_event_listener(leptos::ev::storage, move |_| {
        let stored = stored_theme();
        if theme.try_get_untracked().is_some_and(|t| t != stored) {
            theme.try_set(stored);
            apply_theme(stored);
        }
    });
    on_cleanup(move || listener.remove());

    view! {
        <div class="theme-toggle" role="group" aria-label="Colour theme">
            {Theme::ALL.map(|t| view! {
                <button type="button" aria-label=format!("{} theme", t.label())
                    aria-pressed=move || if theme.get() == t { "true" } else { "false" }
                    on:click=move |_| {
                        theme.set(t);
                        if let (Err(why), Some(notices)) = (choose_theme(t), notices) {
                            notices.error(format!("{why} The theme applies until the page is reloaded."));
                        }
                    }>
                    {t.label()}
                </button>
            }).collect_view()}
        </div>
    }
}
