fn main() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        wave_console::browser::document::show_crash(&info.to_string());
    }));
    // A lazily loaded route's code starts downloading now, alongside config.json and the
    // shell's first render, instead of after the router has matched.
    if let Some(path) = web_sys::window().and_then(|w| w.location().pathname().ok()) {
        wave_console::pages::split::preload(&path);
    }
    // The first render is a task of its own (a zero timeout), not the tail of the task that
    // compiled and started the module: a phone can paint and take a tap in between. Measured
    // with Lighthouse's 4x CPU slowdown: one ~100 ms task became two of about half.
    wasm_bindgen_futures::spawn_local(async {
        gloo_timers::future::TimeoutFuture::new(0).await;
        // The static loading shell from index.html has done its job once the app can render.
        if let Some(boot) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("boot")) {
            boot.remove();
        }
        leptos::mount::mount_to_body(wave_console::app::App);
    });
}
