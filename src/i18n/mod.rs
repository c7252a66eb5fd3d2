//! The console in the partner's language: English or German.
//!
//! - The catalogue: every string the user meets is a method of [`Tx`], written once with both
//!   languages side by side (`texts!` for fixed text, `texts_fmt!` for text with values), in
//!   one file per part of the app (`catalogue/`). A string without its German, or a call of a
//!   string that does not exist, does not compile: the keys are checked at build time. Values
//!   are typed arguments; numbers and dates in them are formatted by the caller ([`format`]).
//! - The language: chosen in the header (remembered in localStorage, followed across tabs),
//!   else the browser's first language the console speaks, else English. `<html lang>`
//!   follows it, and switching re-renders the text in place: nothing reloads, nothing typed is
//!   lost.
//! - [`format`]: dates, numbers, money, percentages and relative times by the browser's Intl.
//!
//! ```ignore
//! view! { <h1>{tr!(packages_title)}</h1> <p>{move || t().selected(count.get())}</p> }
//! let text = t_now().saved_at(&time);   // outside a view, after an .await
//! ```

/// Fixed strings of the catalogue: `name => "English", "Deutsch";`.
macro_rules! texts {
    ($( $(#[doc = $doc:literal])* $name:ident => $en:literal, $de:literal; )*) => {
        impl $crate::i18n::Tx {
            $(
                $(#[doc = $doc])*
                pub fn $name(self) -> &'static str {
                    match self.0 {
                        $crate::i18n::Lang::En => $en,
                        $crate::i18n::Lang::De => $de,
                    }
                }
            )*
        }
    };
}

/// Strings with values: `name(arg: Type, …) => english_expr, german_expr;` (the expressions
/// use the arguments, usually in `format!`).
macro_rules! texts_fmt {
    ($( $(#[doc = $doc:literal])* $name:ident ( $($arg:ident : $ty:ty),* $(,)? ) => $en:expr, $de:expr; )*) => {
        impl $crate::i18n::Tx {
            $(
                $(#[doc = $doc])*
                pub fn $name(self, $($arg: $ty),*) -> String {
                    match self.0 {
                        $crate::i18n::Lang::En => ($en).into(),
                        $crate::i18n::Lang::De => ($de).into(),
                    }
                }
            )*
        }
    };
}

/// `tr!(name)`: a fixed string of the catalogue as a view that follows the language.
#[macro_export]
macro_rules! tr {
    ($name:ident) => {
        move || $crate::i18n::t().$name()
    };
}

mod catalogue;
pub mod format;

use crate::browser::persisted::StoredCodec;
use leptos::prelude::*;
pub use wave_api::rules::Lang;

/// The catalogue in one language: `t().packages_title()`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tx(pub Lang);

/// The localStorage key of the language chosen in the header (absent: the browser's).
pub const LANG_KEY: &str = "waveLang";

thread_local! {
    /// The language on screen, once the shell has provided it.
    static LANG: std::cell::Cell<Option<RwSignal<Lang>>> = const { std::cell::Cell::new(None) };
}

/// The language as one page's words read it: a signal owned by the page (its route), given to
/// the page's views as context by [`provide_page_lang`], and set by the app on a switch.
///
/// Why: a signal keeps every reader it ever had until it changes (reactive_graph 0.2 drops a
/// disposed reader only then), and the language rarely changes. Read directly by every word
/// of every page, the app's language signal kept the remains of every page left: about 8 KB a
/// visit (the benchmark's memory rows: 767 B a list ⇄ results round trip before 0ee4992, 8,248
/// after). A page's words now read the page's own signal, which goes with the page, and no
/// page reads the app's.
#[derive(Clone, Copy)]
struct PageLang(RwSignal<Lang>);

thread_local! {
    /// The pages shown now (one, or two while a route changes), by a number of their own.
    static PAGES: std::cell::RefCell<Vec<(u64, RwSignal<Lang>)>> = const { std::cell::RefCell::new(Vec::new()) };
    static PAGE_COUNT: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// Called first by every route's view (src/pages/split.rs, and the pages in the main module):
/// the page's words follow a language switch through a signal that goes with the page.
pub fn provide_page_lang() {
    if LANG.get().is_none() {
        return;
    }
    let page = RwSignal::new(lang_now());
    let id = PAGE_COUNT.get() + 1;
    PAGE_COUNT.set(id);
    PAGES.with(|p| p.borrow_mut().push((id, page)));
    on_cleanup(move || PAGES.with(|p| p.borrow_mut().retain(|(n, _)| *n != id)));
    provide_context(PageLang(page));
}

/// The language on screen (tracked: what reads it follows a switch). English before the shell
/// has started (and in tests that mount one component).
pub fn lang() -> Lang {
    if let Some(lang) = use_context::<PageLang>().and_then(|PageLang(page)| page.try_get()) {
        return lang;
    }
    LANG.get().and_then(|l| l.try_get()).unwrap_or_default()
}

/// The language on screen, untracked: for text made outside a view (a notice after an
/// `.await`).
pub fn lang_now() -> Lang {
    LANG.get().and_then(|l| l.try_get_untracked()).unwrap_or_default()
}

/// The catalogue in the language on screen (tracked).
pub fn t() -> Tx {
    Tx(lang())
}

/// The catalogue in the language on screen, untracked.
pub fn t_now() -> Tx {
    Tx(lang_now())
}

/// The browser's own languages, best first.
pub fn browser_langs() -> Vec<String> {
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else { return Vec::new() };
    let mut tags: Vec<String> = navigator.languages().iter().filter_map(|v| v.as_string()).collect();
    if tags.is_empty() {
        tags.extend(navigator.language());
    }
    tags
}

/// The language the header chose, stored as its code; absent: the browser's.
struct ChosenCodec;

impl StoredCodec<Option<Lang>> for ChosenCodec {
    fn decode(raw: Option<&str>) -> Option<Option<Lang>> {
        Some(raw.and_then(Lang::from_tag))
    }

    fn encode(value: &Option<Lang>) -> Option<String> {
        value.map(|l| l.code().to_string())
    }
}

/// The language service, provided once by the shell.
#[derive(Clone, Copy)]
pub struct I18n {
    /// The language on screen.
    pub lang: Signal<Lang>,
    /// What the header chose (`None`: the browser's), remembered.
    chosen: RwSignal<Option<Lang>>,
}

impl I18n {
    /// Shows the console in `lang` from now on, and remembers it.
    pub fn choose(&self, lang: Lang) {
        self.chosen.set(Some(lang));
    }
}

/// Once, in the shell: the language from the stored choice or the browser, `<html lang>`
/// following it.
pub fn provide_i18n() -> I18n {
    use crate::reactive::stored::{use_stored, UseStoredOptions};
    let chosen = use_stored::<Option<Lang>, ChosenCodec>(LANG_KEY, UseStoredOptions::default()).value;
    let browser = Lang::first_spoken(browser_langs().iter().map(String::as_str));
    let on_screen = RwSignal::new(chosen.get_untracked().unwrap_or(browser));
    LANG.set(Some(on_screen));
    Effect::new(move |_| {
        let now = chosen.get().unwrap_or(browser);
        if on_screen.get_untracked() != now {
            on_screen.set(now);
        }
    });
    // A switch reaches every page shown (see PageLang).
    Effect::new(move |_| {
        let now = on_screen.get();
        let pages: Vec<RwSignal<Lang>> = PAGES.with(|p| p.borrow().iter().map(|(_, page)| *page).collect());
        for page in pages {
            if page.try_get_untracked().is_some_and(|was| was != now) {
                page.try_set(now);
            }
        }
    });
    Effect::new(move |_| {
        let code = on_screen.get().code();
        if let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
            let _ = root.set_attribute("lang", code);
        }
    });
    let i18n = I18n { lang: on_screen.into(), chosen };
    provide_context(i18n);
    i18n
}

pub fn use_i18n() -> Option<I18n> {
    use_context::<I18n>()
}
