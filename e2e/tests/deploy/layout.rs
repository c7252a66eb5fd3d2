//! Nothing jumps while a page loads (issue #26, Lighthouse's layout-shift audit): on a phone's
//! viewport, from the navigation until its data has arrived, every page's cumulative layout
//! shift stays under 0.1 (the "good" line). Chromium only: Firefox reports no layout shifts.
//! A failure names what moved and by how much.

use e2e::*;
use std::time::Duration;

/// The layout shifts since the page's navigation (none counts that followed an input):
/// their sum, and each as "score element".
const SHIFTS: &str = "return new Promise(resolve => {
    let total = 0; const moved = [];
    const name = n => n && n.nodeType === 1
        ? n.tagName.toLowerCase() + (n.className ? '.' + String(n.className).trim().split(/\\s+/).join('.') : '')
        : String(n && n.nodeName);
    const po = new PerformanceObserver(list => {
        for (const e of list.getEntries()) {
            if (e.hadRecentInput) continue;
            total += e.value;
            moved.push(e.value.toFixed(3) + ' ' + (e.sources || []).map(s => name(s.node)).join(', '));
        }
    });
    po.observe({ type: 'layout-shift', buffered: true });
    setTimeout(() => { po.disconnect(); resolve([total, moved]); }, 200);
});";

#[tokio::test]
async fn no_page_shifts_while_its_data_arrives() {
    if skip_unless_chromium("layout shifts (Firefox reports none)") {
        return;
    }
    scenario(|c, base, _| async move {
        // Lighthouse's phone.
        set_viewport(&c, 412, 823).await;
        let mut over = Vec::new();
        for page in EVERY_PAGE {
            c.goto(&format!("{base}{page}")).await.expect("navigate");
            settled(&c).await;
            // Late arrivals too (an event's name, a second list): the demo answers in 150 ms.
            tokio::time::sleep(Duration::from_millis(800)).await;
            let shifts = c.execute(SHIFTS, vec![]).await.expect("read layout shifts");
            let total = shifts[0].as_f64().expect("a sum");
            println!("{page}: cumulative layout shift {total:.3} {}", shifts[1]);
            if total >= 0.1 {
                over.push(format!("{page}: {total:.3} ({})", shifts[1]));
            }
        }
        assert!(over.is_empty(), "pages whose content moves as it loads (CLS ≥ 0.1):\n{}", over.join("\n"));
    })
    .await;
}
