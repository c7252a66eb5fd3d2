//! The dark theme: chosen in the header, remembered across reloads, WCAG AA (axe) in dark.

use crate::support::open;
use e2e::*;
use fantoccini::key::Key;
use fantoccini::Client;
use serde_json::Value;

/// `data-theme` on `<html>`, the stored choice, the computed `color-scheme` and the page
/// background, as the page has them now.
async fn theme_state(c: &Client) -> [String; 4] {
    let state = c
        .execute(
            "const de = document.documentElement, s = getComputedStyle(de);
             return [de.getAttribute('data-theme'), localStorage.getItem('waveTheme'), s.colorScheme, s.backgroundColor];",
            vec![],
        )
        .await
        .expect("read the theme");
    let s = |i: usize| state.get(i).and_then(Value::as_str).unwrap_or("").to_string();
    [s(0), s(1), s(2), s(3)]
}

#[tokio::test]
async fn dark_theme_is_remembered_across_reloads_and_passes_axe() {
    scenario(|c, base, _| async move {
        open(&c, &base, "/").await;
        wait_for(&c, "//header//*[@role='group'][@aria-label='Colour theme']").await;
        wait_for(&c, "//button[@aria-label='System theme'][@aria-pressed='true']").await;
        button(&c, "Dark theme").await.click().await.expect("dark");
        wait_for(&c, "//button[@aria-label='Dark theme'][@aria-pressed='true']").await;
        let [attr, stored, scheme, background] = theme_state(&c).await;
        assert_eq!((attr.as_str(), stored.as_str()), ("dark", "dark"), "on <html> and remembered");
        assert_eq!(scheme, "dark", "form controls follow (color-scheme)");
        assert_eq!(background, "rgb(15, 21, 34)", "the dark page background");
        assert_healthy(&c, "choosing the dark theme").await;
        axe_check(&c, "the overview in dark").await;

        // Remembered: a reload starts dark (boot.js sets it before the app starts).
        c.refresh().await.expect("reload");
        settled(&c).await;
        wait_for(&c, "//button[@aria-label='Dark theme'][@aria-pressed='true']").await;
        assert_eq!(theme_state(&c).await[0], "dark", "still dark after a reload");
        assert_healthy(&c, "reloading in dark").await;

        for (path, what) in [
            ("/package-builder", "the package list"),
            ("/package-builder/results/101", "a package's results"),
            ("/events/7002", "an event's campaigns and attribution"),
            ("/campaigns", "the campaigns overview"),
            ("/campaigns/7001/setup", "a campaign draft"),
        ] {
            open(&c, &base, path).await;
            assert_eq!(theme_state(&c).await[0], "dark", "dark on {path}");
            axe_check(&c, &format!("{what} in dark")).await;
        }
    })
    .await;
}

#[tokio::test]
async fn the_theme_toggle_works_by_keyboard() {
    scenario(|c, base, _| async move {
        open(&c, &base, "/package-builder").await;
        button(&c, "Dark theme").await.send_keys(&Key::Enter.to_string()).await.expect("Enter");
        wait_for(&c, "//button[@aria-label='Dark theme'][@aria-pressed='true']").await;
        assert_eq!(theme_state(&c).await[0], "dark");
        button(&c, "Light theme").await.send_keys(" ").await.expect("Space");
        wait_for(&c, "//button[@aria-label='Light theme'][@aria-pressed='true']").await;
        let [attr, stored, scheme, _] = theme_state(&c).await;
        assert_eq!((attr.as_str(), stored.as_str(), scheme.as_str()), ("light", "light", "light"));
        axe_check(&c, "the package list in light").await;
        button(&c, "System theme").await.send_keys(&Key::Enter.to_string()).await.expect("Enter");
        wait_for(&c, "//button[@aria-label='System theme'][@aria-pressed='true']").await;
        let [attr, stored, ..] = theme_state(&c).await;
        assert_eq!((attr.as_str(), stored.as_str()), ("", ""), "the system's theme: nothing set, nothing stored");
        // A stored value that is not a theme is ignored, before and after the app starts.
        c.execute("localStorage.setItem('waveTheme', 'purple')", vec![]).await.expect("store garbage");
        c.refresh().await.expect("reload");
        settled(&c).await;
        wait_for(&c, "//button[@aria-label='System theme'][@aria-pressed='true']").await;
        assert_eq!(theme_state(&c).await[0], "", "garbage sets no theme");
        assert_healthy(&c, "a garbage stored theme").await;
    })
    .await;
}
