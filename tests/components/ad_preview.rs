//! The ad preview (issue #13): it follows typing in the campaign setup, shows a placeholder
//! for a missing, unusable or broken image, never uses a non-http(s) address as `src`, and
//! shows images of this page's own origin (the demo's, from `public/demo-media/`).

use super::support::{input_value, local_storage, mount_at, no_panic, query, set_input, text, type_keys, wait_until};
use gloo_timers::future::TimeoutFuture;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::Closure;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use wave_console::components::MEDIA_SETTLE_MS;

const HEADLINE: &str = "input[id$='-headline']";
const MEDIA: &str = "input[id$='-media']";
const CTA: &str = "select[id$='-cta']";

/// This page's origin (the test server's): where the demo world puts its images.
fn origin() -> String {
    super::support::window().location().origin().expect("origin")
}

/// The image of demo draft 7001: a file the app serves (`public/demo-media/`), on this origin.
fn demo_image() -> String {
    format!("{}/demo-media/rock-olympiapark.svg", origin())
}

/// Waits until `figure` has shown the image `src` (any image when `None`): an `<img>` with
/// it, or the placeholder of an image that failed to load (the test server does not serve the
/// app's `public/`).
async fn tried_image(figure: impl Fn() -> web_sys::HtmlElement, src: Option<&str>) {
    wait_until(&format!("an image of {src:?}"), || {
        let figure = figure();
        query(&figure, "img").is_some_and(|img| src.is_none_or(|src| img.get_attribute("src").as_deref() == Some(src)))
            || query(&figure, ".ad-media-placeholder[data-state='broken']").is_some()
    })
    .await;
}

/// Opens step 3 (creative and targeting) of demo draft 7001 and waits until it is editable
/// and its preview shows the draft's image (the demo's, unless a test left another).
async fn creative_step() -> (web_sys::HtmlElement, impl Drop) {
    local_storage().clear().ok();
    let (root, app) = mount_at("/campaigns/7001/setup?step=3");
    wait_until("the creative fields, editable", || {
        query(&root, HEADLINE).is_some_and(|h| !h.has_attribute("disabled"))
    })
    .await;
    wait_until("the ad preview", || query(&root, "figure.ad-preview").is_some()).await;
    tried_image(|| preview(&root), None).await;
    (root, app)
}

fn preview(root: &web_sys::HtmlElement) -> web_sys::HtmlElement {
    query(root, "figure.ad-preview").expect("ad preview")
}

/// Puts the demo draft back as it came (other tests read it) and waits for the save.
async fn restore(root: &web_sys::HtmlElement) {
    set_input(root, HEADLINE, "Rock the Olympiapark");
    set_input(root, MEDIA, &demo_image());
    choose(root, CTA, "LEARN_MORE");
    wait_until("the edit noticed", || query(root, ".save-state").is_some_and(|s| !text(&s).contains("Saved"))).await;
    wait_until("saved", || query(root, ".save-state").is_some_and(|s| text(&s).contains("Saved"))).await;
}

/// Every image address the previews under `root` have shown since the watch began, in order,
/// seen as it is set: a MutationObserver's callback is a microtask, so it runs before the
/// image's `error` event (a task) can replace it with the broken-image placeholder. A new
/// `<img>` and a new `src` on the same one (the view may update it in place) both count; an
/// image already there when the watch began (the draft's own) does not.
struct ImageLog {
    shown: Rc<RefCell<Vec<(web_sys::HtmlImageElement, String)>>>,
    /// How many entries of `shown` were there before the watch began.
    before: std::cell::Cell<usize>,
    observer: web_sys::MutationObserver,
    _callback: Closure<dyn FnMut()>,
}

impl ImageLog {
    fn watch(root: &web_sys::HtmlElement) -> Self {
        let shown = Rc::new(RefCell::new(Vec::<(web_sys::HtmlImageElement, String)>::new()));
        let (log, root_in) = (shown.clone(), root.clone());
        let callback = move || {
            let Ok(list) = root_in.query_selector_all("figure.ad-preview img") else { return };
            for i in 0..list.length() {
                let Some(img) = list.item(i).and_then(|n| n.dyn_into::<web_sys::HtmlImageElement>().ok()) else {
                    continue;
                };
                let src = img.get_attribute("src").unwrap_or_default();
                let last = log.borrow().iter().rev().find(|(e, _)| e.is_same_node(Some(&img))).map(|(_, s)| s.clone());
                if last.as_deref() != Some(src.as_str()) {
                    log.borrow_mut().push((img, src));
                }
            }
        };
        callback();
        let before = std::cell::Cell::new(shown.borrow().len());
        let callback = Closure::<dyn FnMut()>::new(callback);
        let observer = web_sys::MutationObserver::new(callback.as_ref().unchecked_ref()).expect("observer");
        let options = web_sys::MutationObserverInit::new();
        options.set_child_list(true);
        options.set_subtree(true);
        options.set_attributes(true);
        options.set_attribute_filter(&js_sys::Array::of1(&"src".into()));
        observer.observe_with_options(root, &options).expect("observe");
        ImageLog { shown, before, observer, _callback: callback }
    }

    fn sources(&self) -> Vec<String> {
        self.shown.borrow().iter().skip(self.before.get()).map(|(_, src)| src.clone()).collect()
    }

    /// Forgets what was shown; the images there now still count as there before.
    fn clear(&self) {
        self.before.set(self.shown.borrow().len());
    }

    /// The image the preview made for `src`, once it has made it.
    async fn shown(&self, src: &str) -> web_sys::HtmlImageElement {
        wait_until(&format!("an image of {src}"), || self.sources().iter().any(|s| s == src)).await;
        let shown = self.shown.borrow();
        shown.iter().skip(self.before.get()).find(|(_, s)| s == src).map(|(img, _)| img.clone()).expect("logged image")
    }
}

impl Drop for ImageLog {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

fn choose(root: &web_sys::HtmlElement, selector: &str, value: &str) {
    let select: web_sys::HtmlSelectElement = query(root, selector).expect(selector).unchecked_into();
    select.set_value(value);
    select.dispatch_event(&web_sys::Event::new("change").expect("event")).expect("dispatch");
}

#[wasm_bindgen_test]
async fn the_ad_preview_follows_typing_in_the_setup() {
    let (root, _app) = creative_step().await;
    let figure = preview(&root);
    let label = figure.get_attribute("aria-label").unwrap_or_default();
    assert!(label.starts_with("Ad preview for "), "the figure is named: {label:?}");
    let shown = text(&figure);
    assert!(shown.contains("Rock the Olympiapark"), "the draft's headline: {shown}");
    assert!(shown.contains("Your ad text appears here."), "an empty body shows placeholder text: {shown}");
    assert!(!shown.contains("No image yet") && !shown.contains("No preview"), "the demo draft's image: {shown}");
    tried_image(|| preview(&root), Some(&demo_image())).await;
    assert_eq!(input_value(&root, MEDIA), demo_image(), "the demo image: a full address on this origin");
    assert!(shown.contains("Learn more") && !shown.contains("LEARN_MORE"), "the CTA's label, not its code: {shown}");
    assert!(shown.contains("Sponsored"), "who the ad is from: {shown}");

    // Key by key, as a person types: the preview follows every keystroke.
    type_keys(&root, HEADLINE, "Opera at noon");
    wait_until("the typed headline in the preview", || text(&preview(&root)).contains("Opera at noon")).await;
    assert!(!text(&preview(&root)).contains("Rock the Olympiapark"), "the old headline is gone");
    type_keys(&root, HEADLINE, "");
    set_input(&root, HEADLINE, "");
    wait_until("the headline placeholder", || text(&preview(&root)).contains("Your headline")).await;
    set_input(&root, HEADLINE, "Opera at noon");

    // The call to action shows the chosen label.
    choose(&root, CTA, "BUY_TICKETS");
    wait_until("the new call to action", || text(&preview(&root)).contains("Buy tickets")).await;

    // An http(s) image is shown lazily, with alt text and a reserved size.
    let log = ImageLog::watch(&root);
    set_input(&root, MEDIA, "https://example.com/stage.jpg");
    let img = log.shown("https://example.com/stage.jpg").await;
    assert_eq!(img.alt(), "Ad image: Opera at noon", "the image has alt text");
    assert_eq!(img.get_attribute("loading").as_deref(), Some("lazy"));
    assert!(img.has_attribute("width") && img.has_attribute("height"), "its box is reserved before it loads");
    no_panic();
    restore(&root).await;
}

#[wasm_bindgen_test]
async fn a_broken_image_shows_a_placeholder_and_a_new_address_tries_again() {
    let (root, _app) = creative_step().await;
    let log = ImageLog::watch(&root);
    set_input(&root, MEDIA, "https://127.0.0.1:9/nope.png");
    let img = log.shown("https://127.0.0.1:9/nope.png").await;
    // The browser's own error event comes once it tries (a lazy image may wait to be seen);
    // the same event, dispatched, stands in for it.
    if img.is_connected() {
        img.scroll_into_view();
    }
    for _ in 0..25 {
        if query(&preview(&root), "img").is_none() {
            break;
        }
        TimeoutFuture::new(20).await;
    }
    if let Some(img) = query(&preview(&root), "img") {
        img.dispatch_event(&web_sys::Event::new("error").expect("event")).expect("dispatch");
    }
    wait_until("the broken-image placeholder", || text(&preview(&root)).contains("Image could not be loaded")).await;
    assert!(query(&preview(&root), "img").is_none(), "no broken image icon");
    let placeholder = query(&preview(&root), ".ad-media-placeholder").expect("placeholder");
    assert_eq!(placeholder.get_attribute("data-state").as_deref(), Some("broken"));

    // Another address gets its own try: an image again, in place of the placeholder.
    set_input(&root, MEDIA, "https://example.com/other.png");
    log.shown("https://example.com/other.png").await;
    assert_eq!(log.sources(), ["https://127.0.0.1:9/nope.png", "https://example.com/other.png"]);
    no_panic();
    restore(&root).await;
}

#[wasm_bindgen_test]
async fn an_address_typed_key_by_key_is_loaded_once_it_is_complete() {
    let (root, _app) = creative_step().await;
    let log = ImageLog::watch(&root);
    let address = "https://example.com/stage.jpg";
    let now = || web_sys::window().and_then(|w| w.performance()).map(|p| p.now()).unwrap_or(0.0);
    // A quick typist: 30 ms between keys, well inside the settle time. A machine that stalls
    // longer than the settle time between two keys has let a prefix settle, as a typist who
    // paused would: that try does not count, and the address is typed again.
    const { assert!(MEDIA_SETTLE_MS > 200.0) };
    let mut typed_without_a_pause = false;
    for _attempt in 0..3 {
        set_input(&root, MEDIA, "");
        TimeoutFuture::new(MEDIA_SETTLE_MS as u32 + 100).await;
        log.clear();
        let mut stalled = false;
        for end in 1..=address.len() {
            let before = now();
            set_input(&root, MEDIA, &address[..end]);
            TimeoutFuture::new(30).await;
            if now() - before > MEDIA_SETTLE_MS - 100.0 {
                stalled = true;
                break;
            }
            let shown = text(&preview(&root));
            assert!(shown.contains("No image yet"), "while typing, the preview keeps what it showed: {shown}");
            assert!(log.sources().is_empty(), "typing {:?} made an image: {:?}", &address[..end], log.sources());
            assert!(!shown.contains("must start with http"), "no warning flashes for a prefix like \"htt\"");
        }
        if !stalled {
            typed_without_a_pause = true;
            break;
        }
    }
    assert!(typed_without_a_pause, "the machine stalled for longer than the settle time in three tries");
    log.shown(address).await;
    assert_eq!(log.sources(), [address], "no prefix of the address was ever an image source");
    no_panic();
    restore(&root).await;
    // Leaving while an address settles: its timer goes with the page, nothing panics and
    // nothing is shown.
    set_input(&root, MEDIA, "https://example.com/late.jpg");
    TimeoutFuture::new(50).await;
    drop(_app);
    TimeoutFuture::new(MEDIA_SETTLE_MS as u32 + 200).await;
    no_panic();
    assert!(!log.sources().iter().any(|s| s.ends_with("late.jpg")), "an image after leaving: {:?}", log.sources());
    // The page saved the late address on its way out: the demo draft back as it came.
    let (root, _app) = creative_step().await;
    restore(&root).await;
}

#[wasm_bindgen_test]
async fn only_http_addresses_are_ever_used_as_the_image_source() {
    let (root, _app) = creative_step().await;
    let log = ImageLog::watch(&root);
    for unsafe_url in [
        "javascript:alert(1)",
        " JavaScript:alert(document.cookie)",
        "data:image/svg+xml,<svg onload=alert(1)>",
        "//evil.example/x.png",
        "ftp://example.com/a.png",
        "https://exa mple.com/a.png",
    ] {
        set_input(&root, MEDIA, unsafe_url);
        // Each address settles before it is judged.
        TimeoutFuture::new(MEDIA_SETTLE_MS as u32 + 50).await;
        wait_until("the unusable-address placeholder", || {
            text(&preview(&root)).contains("the address must start with http:// or https://")
        })
        .await;
        assert!(query(&preview(&root), "img").is_none(), "{unsafe_url:?} must not become an image");
        let images = root.query_selector_all("img").expect("images");
        for i in 0..images.length() {
            let src =
                images.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()).and_then(|e| e.get_attribute("src"));
            assert!(
                !src.unwrap_or_default().trim().to_lowercase().starts_with("javascript:"),
                "no image anywhere has a javascript: source"
            );
        }
    }
    // http:// is a valid address for the ad, but the page's Content-Security-Policy refuses
    // it: the preview says so instead of "could not be loaded", and never tries.
    set_input(&root, MEDIA, "http://example.com/a.png");
    TimeoutFuture::new(MEDIA_SETTLE_MS as u32 + 50).await;
    wait_until("the http placeholder", || text(&preview(&root)).contains("No preview for http:// images")).await;
    assert!(query(&preview(&root), "img").is_none(), "an http:// address is not tried");
    assert!(log.sources().is_empty(), "no image was ever made: {:?}", log.sources());
    // Text is text: markup typed into the headline is shown, not parsed.
    set_input(&root, HEADLINE, "<img src=x onerror=alert(1)>");
    wait_until("the markup as text", || text(&preview(&root)).contains("<img src=x onerror=alert(1)>")).await;
    assert!(query(&preview(&root), "img").is_none(), "no element was made from the text");
    no_panic();
    restore(&root).await;
}

#[wasm_bindgen_test]
async fn published_campaigns_show_their_ad_preview() {
    local_storage().clear().ok();
    let (root, _app) = mount_at("/events/7002");
    wait_until("the published campaigns' previews", || {
        root.query_selector_all("figure.ad-preview").map(|l| l.length()).unwrap_or(0) >= 2
    })
    .await;
    let opera = query(&root, "figure[aria-label='Ad preview for opera first-timers']").expect("opera preview");
    let shown = text(&opera);
    assert!(shown.contains("Your first night at the opera"), "the published headline: {shown}");
    assert!(shown.contains("La Traviata, live at the Nationaltheater."), "the published body: {shown}");
    assert!(shown.contains("Buy tickets") && !shown.contains("BUY_TICKETS"), "the CTA's label: {shown}");
    wait_until("the event's title as who the ad is from", || text(&opera).contains("Opera Gala: La Traviata")).await;
    // Their demo images are files of this origin: used as they are.
    let figure = |label: &'static str| {
        let root = root.clone();
        move || query(&root, &format!("figure[aria-label='Ad preview for {label}']")).expect(label)
    };
    tried_image(figure("opera first-timers"), Some(&format!("{}/demo-media/opera-first-night.svg", origin()))).await;
    tried_image(figure("classical lovers 50+"), Some(&format!("{}/demo-media/verdi-evening.svg", origin()))).await;
    let gala = figure("classical lovers 50+")();
    assert!(!text(&gala).contains("No image yet") && !text(&gala).contains("No preview"), "{}", text(&gala));

    // The edit dialog previews what is typed, before it is saved.
    super::support::button(&root, "Edit creative").expect("edit").click();
    wait_until("the dialog", || query(&root, "dialog[open] input[id$='-edit-headline']").is_some()).await;
    set_input(&root, "dialog[open] input[id$='-edit-headline']", "Opera for everyone");
    let in_dialog = || query(&root, "dialog[open] figure.ad-preview").expect("the dialog's preview");
    wait_until("the dialog's preview follows", || text(&in_dialog()).contains("Opera for everyone")).await;
    assert!(text(&opera).contains("Your first night at the opera"), "the card shows what is published until saved");
    no_panic();
    drop(_app);
    TimeoutFuture::new(400).await;
    no_panic();
}

#[wasm_bindgen_test]
fn cta_codes_read_as_labels_and_addresses_as_media_states() {
    use wave_console::components::{cta_label, MediaState};
    assert_eq!(cta_label("BUY_TICKETS"), "Buy tickets");
    assert_eq!(cta_label(" book_now "), "Book now");
    assert_eq!(cta_label(""), "Learn more", "no code: the default's label");
    assert_eq!(cta_label("SHOP_NOW"), "Shop now", "an unknown code reads as words");
    assert_eq!(MediaState::of("  ", None), MediaState::Empty);
    assert_eq!(MediaState::of(" https://a.example/x.png ", None), MediaState::Image("https://a.example/x.png".into()));
    assert_eq!(MediaState::of("https://a.example/x.png", Some("https://a.example/x.png")), MediaState::Broken);
    assert_eq!(
        MediaState::of("https://a.example/y.png", Some("https://a.example/x.png")),
        MediaState::Image("https://a.example/y.png".into()),
        "a failure belongs to its address"
    );
    for unusable in [
        "javascript:alert(1)",
        "JAVASCRIPT:x",
        "data:image/png;base64,AAAA",
        "local.png",
        "https:// x",
        "//evil.example/x.png",
        "/\\evil.example/x.png",
        "/\\/evil.example/x.png",
        "/\t/evil.example/x.png",
        "/\n/evil.example/x.png",
    ] {
        assert_eq!(MediaState::of(unusable, None), MediaState::Unusable, "{unusable:?}");
    }
    // Valid for the ad, refused by the page's Content-Security-Policy: said, not tried.
    assert_eq!(MediaState::of("http://a.example/x.png", None), MediaState::Insecure);
}

#[wasm_bindgen_test]
fn addresses_on_this_origin_are_images_and_other_http_ones_are_not() {
    use wave_console::components::MediaState;
    let on = |url: &str| MediaState::on_origin(url, None, "http://127.0.0.1:8080");
    let image = |url: &str| MediaState::Image(url.to_string());
    // What the CSP's 'self' allows: a root-relative path, an http:// address of this origin.
    for same in [
        "/demo-media/rock-olympiapark.svg",
        "http://127.0.0.1:8080/demo-media/rock-olympiapark.svg",
        "http://127.0.0.1:8080/x.svg?v=2",
        "http://127.0.0.1:8080#top",
        "http://127.0.0.1:8080",
    ] {
        assert_eq!(on(same), image(same), "{same:?}");
    }
    assert_eq!(on(" /demo-media/a.svg "), image("/demo-media/a.svg"), "trimmed");
    // http:// of any other origin stays refused: another port, a longer host, user info.
    for other in [
        "http://127.0.0.1:8081/x.svg",
        "http://127.0.0.1/x.svg",
        "http://127.0.0.1:80800/x.svg",
        "http://127.0.0.1:8080.evil.example/x.svg",
        "http://127.0.0.1:8080@evil.example/x.svg",
        "http://localhost:8080/x.svg",
    ] {
        assert_eq!(on(other), MediaState::Insecure, "{other:?}");
    }
    // https:// is an image on any origin; a failure belongs to its address, here too.
    assert_eq!(on("https://a.example/x.png"), image("https://a.example/x.png"));
    let failed = "http://127.0.0.1:8080/gone.svg";
    assert_eq!(MediaState::on_origin(failed, Some(failed), "http://127.0.0.1:8080"), MediaState::Broken);
    assert_eq!(MediaState::on_origin("/gone.svg", Some("/gone.svg"), "http://127.0.0.1:8080"), MediaState::Broken);
    // With no origin known, only https:// and root-relative paths are images.
    assert_eq!(MediaState::on_origin("http://127.0.0.1:8080/x.svg", None, ""), MediaState::Insecure);
    // On this very page.
    let here = super::support::window().location().origin().expect("origin");
    let mine = format!("{here}/demo-media/verdi-evening.svg");
    assert_eq!(MediaState::of(&mine, None), image(&mine));
}

#[wasm_bindgen_test]
async fn a_same_origin_image_is_previewed_and_a_foreign_http_one_is_not() {
    let (root, _app) = creative_step().await;
    // The demo draft's image: a full address on this origin.
    tried_image(|| preview(&root), Some(&demo_image())).await;
    assert_eq!(input_value(&root, MEDIA), demo_image());
    let shown = text(&preview(&root));
    assert!(!shown.contains("No image yet") && !shown.contains("No preview"), "the demo draft's image: {shown}");
    let log = ImageLog::watch(&root);
    // An http:// address of another site: said, never tried.
    set_input(&root, MEDIA, "http://example.com/a.png");
    wait_until("the http placeholder", || text(&preview(&root)).contains("No preview for http:// images")).await;
    // An http:// address of this page's origin, as `trunk serve` gives the demo: shown.
    let same = format!("{}/demo-media/verdi-evening.svg", origin());
    set_input(&root, MEDIA, &same);
    let img = log.shown(&same).await;
    assert_eq!(img.alt(), "Ad image: Rock the Olympiapark", "alt text as for any image");
    // A root-relative path is on this origin too.
    set_input(&root, MEDIA, "/demo-media/opera-first-night.svg");
    log.shown("/demo-media/opera-first-night.svg").await;
    assert_eq!(log.sources(), [same.as_str(), "/demo-media/opera-first-night.svg"], "never the foreign http one");
    no_panic();
    restore(&root).await;
}
