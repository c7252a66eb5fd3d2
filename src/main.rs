fn main() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        wave_console::browser::document::show_crash(&info.to_string());
    }));
    // The static loading shell from index.html has done its job once the app can render.
    if let Some(boot) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("boot")) {
        boot.remove();
    }
    // A lazily loaded route's code starts downloading now, alongside config.json and the
    // shell's first render, instead of after the router has matched.
    if let Some(path) = web_sys::window().and_then(|w| w.location().pathname().ok()) {
        wave_console::pages::split::preload(&path);
    }
    leptos::mount::mount_to_body(wave_console::app::App);
}
