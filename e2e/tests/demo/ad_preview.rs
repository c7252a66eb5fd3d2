//! The ad preview (issue #13): next to each cluster's creative in the setup, following what
//! the user types; side by side on desktop, stacked on a phone; on published campaigns and
//! in their edit dialog, with placeholders for a missing, unusable or broken image; the demo's
//! own images (public/demo-media/, on this origin) shown.

use crate::support::open;
use e2e::*;
use fantoccini::Client;

/// The preview figure of the setup's only cluster (demo draft 7001).
const PREVIEW: &str = "//figure[starts-with(@aria-label, 'Ad preview for ')]";

/// Waits until the image of `file` in the preview `figure` (an XPath) has loaded: scrolled
/// into view (it loads lazily), complete, with pixels. The demo images are files of `dist/`.
async fn image_loads(c: &Client, figure: &str, file: &str) {
    let img = wait_for(c, &format!("{figure}//img[contains(@src, '/demo-media/{file}')]")).await;
    let img = serde_json::to_value(&img).expect("element");
    c.execute("arguments[0].scrollIntoView({block: 'center'})", vec![img.clone()]).await.expect("scroll");
    for _ in 0..100 {
        let loaded = c
            .execute("return arguments[0].complete && arguments[0].naturalWidth > 0", vec![img.clone()])
            .await
            .expect("image state");
        if loaded.as_bool() == Some(true) {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!("the demo image {file} did not load in {figure}");
}

/// Where the preview sits relative to the creative fields: (to their right, below them).
async fn preview_position(c: &Client) -> (bool, bool) {
    let placed = c
        .execute(
            "const f = document.querySelector('figure.ad-preview').getBoundingClientRect();
             const x = document.querySelector('.creative-fields').getBoundingClientRect();
             return [f.left >= x.right - 1, f.top >= x.bottom - 1];",
            vec![],
        )
        .await
        .expect("positions");
    (placed[0].as_bool() == Some(true), placed[1].as_bool() == Some(true))
}

#[tokio::test]
async fn the_ad_preview_follows_the_creative_and_shows_on_published_campaigns() {
    scenario(|c, base, _| async move {
        open(&c, &base, "/campaigns/7001/setup?step=3").await;
        text_appears(&c, "Step 3 of 5: Creative and targeting", 10).await;
        editable(&c, "Headline").await;
        wait_for(&c, &format!("{PREVIEW}[contains(., 'Rock the Olympiapark')][contains(., 'Learn more')]")).await;
        wait_for(&c, &format!("{PREVIEW}[contains(., 'Your ad text appears here.')]")).await;
        // The demo draft's image is shipped with the app, on this page's origin: it shows.
        image_loads(&c, PREVIEW, "rock-olympiapark.svg").await;
        let media = by_label(&c, "Media URL").await.prop("value").await.expect("value").unwrap_or_default();
        assert_eq!(media, format!("{base}/demo-media/rock-olympiapark.svg"), "a full address on this origin");
        axe_check(&c, "campaign setup, step 3 with the ad preview").await;

        // The preview follows typing, in the same draft the fields write.
        type_into(&c, "Headline", "Rock at noon").await;
        wait_for(&c, &format!("{PREVIEW}[contains(., 'Rock at noon')][not(contains(., 'Rock the Olympiapark'))]"))
            .await;
        by_label(&c, "Body").await.send_keys("Three stages, one park.").await.expect("type");
        wait_for(&c, &format!("{PREVIEW}[contains(., 'Three stages, one park.')]")).await;
        by_label(&c, "Call to action").await.select_by_value("BUY_TICKETS").await.expect("cta");
        wait_for(&c, &format!("{PREVIEW}[contains(., 'Buy tickets')]")).await;
        // Only http(s) addresses become an image.
        type_into(&c, "Media URL", "javascript:alert(1)").await;
        wait_for(&c, &format!("{PREVIEW}[contains(., 'the address must start with http:// or https://')]")).await;
        let images = c
            .execute("return document.querySelectorAll('figure.ad-preview img').length", vec![])
            .await
            .expect("count images");
        assert_eq!(images.as_i64(), Some(0), "a javascript: address is never an image source");
        // An http:// address is the ad's to use, but this page's Content-Security-Policy
        // refuses http images: the preview says so rather than "could not be loaded".
        type_into(&c, "Media URL", "http://example.com/a.png").await;
        wait_for(&c, &format!("{PREVIEW}[contains(., 'No preview for http:// images')]")).await;
        // An http:// address on this page's own origin is allowed ('self'): it is shown. So is
        // a root-relative path.
        type_into(&c, "Media URL", &format!("{base}/demo-media/verdi-evening.svg")).await;
        image_loads(&c, PREVIEW, "verdi-evening.svg").await;
        let shown = wait_for(&c, PREVIEW).await.text().await.expect("preview text");
        assert!(!shown.contains("No preview for http://"), "same origin is not foreign http: {shown}");
        type_into(&c, "Media URL", "/demo-media/opera-first-night.svg").await;
        image_loads(&c, PREVIEW, "opera-first-night.svg").await;
        // A broken image address shows a placeholder instead of a broken image.
        type_into(&c, "Media URL", "https://127.0.0.1:9/nope.png").await;
        wait_for(&c, &format!("{PREVIEW}[contains(., 'Image could not be loaded')]")).await;
        assert_healthy(&c, "typing the creative with its preview").await;
        axe_check(&c, "campaign setup, the ad preview filled in").await;

        // Side by side on desktop, stacked on a phone.
        let (right, below) = preview_position(&c).await;
        assert!(right && !below, "on desktop the preview sits next to the fields");
        set_viewport(&c, 390, 844).await;
        let (right, below) = preview_position(&c).await;
        assert!(!right && below, "on a phone the preview sits below the fields");
        assert_healthy(&c, "the ad preview on a phone").await;
        set_viewport(&c, 1280, 900).await;

        // Published campaigns show their ad too.
        open(&c, &base, "/events/7002").await;
        let opera = "//article[h3='opera first-timers']/figure[@aria-label='Ad preview for opera first-timers']";
        wait_for(&c, &format!("{opera}[contains(., 'Your first night at the opera')][contains(., 'Buy tickets')]"))
            .await;
        image_loads(&c, opera, "opera-first-night.svg").await;
        let gala = "//article[h3='classical lovers 50+']/figure[@aria-label='Ad preview for classical lovers 50+']";
        image_loads(&c, gala, "verdi-evening.svg").await;
        axe_check(&c, "the event page with ad previews").await;
        // The edit dialog previews the change as it is typed.
        wait_for(&c, "//article[h3='opera first-timers']//button[normalize-space()='Edit creative']")
            .await
            .click()
            .await
            .expect("edit");
        wait_for(&c, OPEN_DIALOG).await;
        let in_dialog = "//dialog[@open]//figure[@aria-label='Ad preview for opera first-timers']";
        type_into(&c, "Headline", "Opera for everyone").await;
        wait_for(&c, &format!("{in_dialog}[contains(., 'Opera for everyone')]")).await;
        type_into(&c, "Media URL", "https://127.0.0.1:9/nope.png").await;
        wait_for(&c, &format!("{in_dialog}[contains(., 'Image could not be loaded')]")).await;
        assert_healthy(&c, "the edit dialog's ad preview").await;
        axe_check(&c, "the edit dialog with its ad preview").await;
    })
    .await;
}
