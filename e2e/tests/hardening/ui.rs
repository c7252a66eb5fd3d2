//! Controls: the pager, modal dialogs, status icons without emoji fonts, chip text and the package wizard across leaving, reloads and tabs.

use crate::support::js;
use e2e::*;
use fantoccini::key::Key;
use std::time::Duration;

#[tokio::test]
async fn the_pager_reaches_every_page_and_hides_with_one() {
    scenario(|c, base, _| async move {
        c.goto(&format!("{base}/package-builder?demo_packages=120")).await.expect("goto");
        heading(&c, "Packages").await;
        let next = button(&c, "Next page").await;
        assert_eq!(next.text().await.expect("text").trim(), "Next page", "the label is the label, not source text");
        text_appears(&c, "Page 1 of 3", 10).await;
        next.click().await.expect("next");
        text_appears(&c, "Page 2 of 3", 10).await;
        button(&c, "Next page").await.click().await.expect("next");
        text_appears(&c, "Page 3 of 3", 10).await;
        let disabled = js(&c, "return [...document.querySelectorAll('nav.pager button')].map(b => b.disabled)").await;
        assert_eq!(disabled, serde_json::json!([false, true]), "last page: only Previous");
        assert_healthy(&c, "pager").await;
        // A filter leaving one page hides the pager.
        type_into(&c, "Filter by text", "Munich shows Q3").await;
        text_appears(&c, "1 of", 10).await;
        tokio::time::sleep(Duration::from_millis(300)).await;
        let shown = js(
            &c,
            "const n = document.querySelector('nav.pager'); return !!n && getComputedStyle(n).display !== 'none'",
        )
        .await;
        assert_eq!(shown, serde_json::json!(false), "one page: no pager");
    })
    .await;
}

#[tokio::test]
async fn dialogs_are_modal_close_on_escape_and_give_focus_back() {
    scenario(|c, base, _| async move {
        c.goto(&format!("{base}/package-builder/results/101")).await.expect("goto");
        let opener = wait_for(&c, "//button[starts-with(@aria-label, 'Export to CRM')]").await;
        let name = opener.attr("aria-label").await.expect("attr").unwrap_or_default();
        assert!(name.starts_with("Export to CRM"), "the accessible name contains the visible label: {name}");
        opener.click().await.expect("open");
        text_appears(&c, "Secret ID", 10).await;
        let modal = js(&c, "return !!document.querySelector('dialog:modal') && document.activeElement.closest('dialog') !== null").await;
        assert_eq!(modal, serde_json::json!(true), "a modal dialog that has focus");
        // The page behind is inert: a pointer hits the backdrop, and its links cannot take focus.
        let inert = js(&c, "const hit = document.elementFromPoint(5, 5); const a = document.querySelector('nav a'); a.focus(); \
            return hit?.closest('dialog') !== null && document.activeElement !== a").await;
        assert_eq!(inert, serde_json::json!(true), "the page behind the dialog is inert");
        // Tab never leaves the dialog.
        for _ in 0..12 {
            c.active_element().await.expect("active").send_keys(&Key::Tab.to_string()).await.expect("tab");
            let inside = js(&c, "return document.activeElement === document.body || document.activeElement.closest('dialog') !== null").await;
            assert_eq!(inside, serde_json::json!(true), "focus left the dialog");
        }
        c.active_element().await.expect("active").send_keys(&Key::Escape.to_string()).await.expect("escape");
        tokio::time::sleep(Duration::from_millis(300)).await;
        let after = js(&c, "return [document.querySelector('dialog:modal') === null, document.activeElement?.getAttribute('aria-label') || '']").await;
        assert_eq!(after[0], serde_json::json!(true), "Escape closed it");
        assert_eq!(after[1].as_str(), Some(name.as_str()), "focus went back to the opener");
        // One dialog per cluster, kept between opens: it opens again with what was typed.
        opener.click().await.expect("open again");
        wait_for(&c, "//dialog[@open]").await;
        type_into(&c, "Secret ID", "kept-secret").await;
        c.active_element().await.expect("active").send_keys(&Key::Escape.to_string()).await.expect("escape");
        wait_for(&c, "//dialog[not(@open)]").await;
        opener.click().await.expect("open a third time");
        wait_for(&c, "//dialog[@open]").await;
        let kept = by_label(&c, "Secret ID").await.prop("value").await.expect("value");
        assert_eq!(kept.as_deref(), Some("kept-secret"), "the dialog was kept, not built again");
        c.active_element().await.expect("active").send_keys(&Key::Escape.to_string()).await.expect("escape");
        assert_healthy(&c, "dialog").await;
    })
    .await;
}

#[tokio::test]
async fn status_icons_need_no_emoji_font() {
    scenario(|c, base, _| async move {
        c.goto(&format!("{base}/package-builder")).await.expect("goto");
        text_appears(&c, "Expired", 10).await;
        // The shape is the badge's ::before: an SVG mask painted in the badge's text colour.
        let badges = js(
            &c,
            "return [...document.querySelectorAll('.badge')].map(b => {
                const s = getComputedStyle(b, '::before');
                return [b.textContent, s.maskImage || s.webkitMaskImage || '', s.width, s.backgroundColor];
            })",
        )
        .await;
        let badges = badges.as_array().expect("badges");
        assert!(badges.len() >= 3, "the list shows its statuses: {badges:?}");
        for badge in badges {
            let text = badge[0].as_str().unwrap_or_default();
            assert!(text.chars().all(|ch| (ch as u32) < 0x2000), "a glyph that needs a symbol font: {text:?}");
            let mask = badge[1].as_str().unwrap_or_default();
            assert!(mask.contains("data:image/svg+xml"), "an SVG shape in {text:?}: {mask:?}");
            assert_eq!(badge[2].as_str(), Some("12px"), "the shape takes room in {text:?}");
            let colour = badge[3].as_str().unwrap_or_default();
            assert!(!colour.is_empty() && colour != "rgba(0, 0, 0, 0)", "the shape is painted in {text:?}: {colour}");
        }
        // A badge without a status shape (a closed draft on the campaigns page: reaching one
        // takes a publish, so one is made here) paints none, no box of its colour.
        let plain = js(
            &c,
            "const b = document.createElement('span'); b.className = 'badge badge-muted'; b.textContent = 'Closed';
             document.querySelector('main').append(b);
             const content = getComputedStyle(b, '::before').content; b.remove(); return content;",
        )
        .await;
        assert_eq!(plain.as_str(), Some("none"), "a plain badge has no generated box");
    })
    .await;
}

/// Text typed into a chip input and not yet a chip (no Enter, no comma, no blur) when the
/// page is left by the browser's Back or reloaded: it is kept as a chip, as a blur would have.
#[tokio::test]
async fn unfinished_chip_text_is_kept_when_the_page_is_left() {
    scenario(|c, base, _| async move {
        // The package wizard, reached in the app so that Back stays in it.
        c.goto(&format!("{base}/package-builder")).await.expect("goto");
        link(&c, "Create package").await.click().await.expect("create");
        pick_event(&c, "jazz", "Summer Jazz Nights").await;
        button(&c, "Next").await.click().await.expect("next");
        // The input its <label> names: the chips' list has the same name.
        let customers = "//input[@id=//label[normalize-space()='Included customer IDs']/@for]";
        wait_for(&c, customers).await.send_keys("C-1001").await.expect("type");
        c.back().await.expect("back");
        heading(&c, "Packages").await;
        c.forward().await.expect("forward");
        wait_for(&c, "//ul[@aria-label='Included customer IDs']/li[contains(., 'C-1001')]").await;
        let field = wait_for(&c, customers).await;
        assert_eq!(field.prop("value").await.expect("value").as_deref(), Some(""), "the text became the chip");
        assert_healthy(&c, "leaving the package wizard while typing a chip").await;
        // A reload runs no cleanup: the text is kept before the page unloads.
        wait_for(&c, customers).await.send_keys("C-2002").await.expect("type");
        c.refresh().await.expect("reload");
        wait_for(&c, "//ul[@aria-label='Included customer IDs']/li[contains(., 'C-2002')]").await;
        wait_for(&c, "//ul[@aria-label='Included customer IDs']/li[contains(., 'C-1001')]").await;

        // A campaign draft: the text reaches the draft that leaving the page saves.
        c.goto(&format!("{base}/campaigns")).await.expect("goto");
        heading(&c, "Campaigns").await;
        js(
            &c,
            "const a = document.createElement('a'); a.href = '/campaigns/7001/setup?step=3';
             document.body.append(a); a.click(); a.remove();",
        )
        .await;
        let locations = "(//input[@id=//label[normalize-space()='Locations']/@for][not(@disabled)])[1]";
        wait_for(&c, locations).await.send_keys("Augsburg").await.expect("type");
        c.back().await.expect("back");
        heading(&c, "Campaigns").await;
        c.forward().await.expect("forward");
        wait_for(&c, locations).await;
        wait_for(&c, "(//ul[@aria-label='Locations'])[1]/li[contains(., 'Augsburg')]").await;
        assert_healthy(&c, "leaving a campaign draft while typing a chip").await;
        wait_for(&c, locations).await.send_keys("Ulm").await.expect("type");
        c.refresh().await.expect("reload");
        wait_for(&c, "(//ul[@aria-label='Locations'])[1]/li[contains(., 'Ulm')]").await;
        assert_healthy(&c, "reloading a campaign draft while typing a chip").await;
    })
    .await;
}

#[tokio::test]
async fn the_package_wizard_follows_another_tab_and_never_writes_an_older_state() {
    scenario(|c, base, _| async move {
        let chip = |id: &str| format!("//ul[@aria-label='Included customer IDs']/li[contains(., '{id}')]");
        let customers = "//input[@id=//label[normalize-space()='Included customer IDs']/@for]";
        c.goto(&format!("{base}/package-builder/create")).await.expect("goto");
        pick_event(&c, "jazz", "Summer Jazz Nights").await;
        button(&c, "Next").await.click().await.expect("next");
        type_into(&c, "Package title", "Two tabs").await;
        let first = c.window().await.expect("window");
        // A second tab opens the wizard where the first one is.
        let second = c.new_window(true).await.expect("tab").handle;
        c.switch_to_window(second.clone()).await.expect("switch");
        c.goto(&format!("{base}/package-builder/create")).await.expect("goto");
        wait_for(&c, customers).await.send_keys(&format!("C-2{}", Key::Enter)).await.expect("type");
        wait_for(&c, &chip("C-2")).await;
        // The first tab shows what the second one did.
        c.switch_to_window(first.clone()).await.expect("switch");
        wait_for(&c, &chip("C-2")).await;
        assert_healthy(&c, "following another tab").await;
        // Reloaded with unfinished text: the text is added to the newer state, not written
        // over it.
        wait_for(&c, customers).await.send_keys("C-1").await.expect("type");
        c.refresh().await.expect("reload");
        wait_for(&c, &chip("C-1")).await;
        wait_for(&c, &chip("C-2")).await;
        let title = by_label(&c, "Package title").await.prop("value").await.expect("value");
        assert_eq!(title.as_deref(), Some("Two tabs"));
        c.switch_to_window(second.clone()).await.expect("switch");
        wait_for(&c, &chip("C-1")).await;
        // Removed there (a tab of another version discards what it cannot read): kept here.
        js(&c, "localStorage.removeItem('packageBuilderState')").await;
        c.switch_to_window(first.clone()).await.expect("switch");
        tokio::time::sleep(Duration::from_millis(500)).await;
        wait_for(&c, &chip("C-2")).await;
        assert!(appears(&c, "//*[contains(., 'in another tab')][not(*)]", 1).await.is_none(), "no notice");
        c.switch_to_window(second.clone()).await.expect("switch");
        // Created in the second tab: the first one starts afresh, and says why.
        button(&c, "Next").await.click().await.expect("next");
        button(&c, "Create package").await.click().await.expect("create");
        heading(&c, "Two tabs").await;
        c.switch_to_window(first).await.expect("switch");
        text_appears(&c, "finished or cleared in another tab", 10).await;
        heading(&c, "Create package").await;
        text_appears(&c, "Step 1 of 3", 5).await;
        assert_healthy(&c, "the wizard finished in another tab").await;
    })
    .await;
}
