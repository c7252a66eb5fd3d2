use leptos::prelude::*;
use wave_api::models::{CampaignStatus, PackageStatus};

/// The shapes a status is drawn with: inline SVG, so they never depend on the fonts installed
/// (an emoji clock was a missing-glyph box on machines without an emoji font).
#[derive(Clone, Copy)]
enum Icon {
    Check,
    Cross,
    Clock,
    Busy,
    Question,
    Pause,
}

/// One icon's markup: a static string, never data.
macro_rules! icon_svg {
    ($path:literal) => {
        concat!(
            r#"<svg viewBox="0 0 16 16" width="12" height="12" focusable="false"><path d=""#,
            $path,
            r#"" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/></svg>"#
        )
    };
}

impl Icon {
    fn svg(self) -> &'static str {
        match self {
            Icon::Check => icon_svg!("M3 8.5l3 3 7-7"),
            Icon::Cross => icon_svg!("M4 4l8 8M12 4l-8 8"),
            Icon::Clock => icon_svg!("M8 1.8a6.2 6.2 0 1 0 0 12.4a6.2 6.2 0 1 0 0-12.4M8 4.5V8l2.5 1.5"),
            Icon::Busy => icon_svg!("M8 1.8a6.2 6.2 0 1 0 6.2 6.2"),
            Icon::Question => icon_svg!("M5.8 6a2.2 2.2 0 1 1 3 2c-.6.3-.8.7-.8 1.3V10M8 12.2v.3"),
            Icon::Pause => icon_svg!("M6 4v8M10 4v8"),
        }
    }
}

/// The SVG comes in as one static string the browser parses: built element by element, the
/// icon was half the cost of a package row (a filter keystroke on 10,000 packages builds and
/// removes up to 100 rows).
#[component]
fn StatusIcon(icon: Icon) -> impl IntoView {
    view! { <span class="badge-icon" aria-hidden="true" inner_html=icon.svg()></span> }
}

/// Status as text plus a shape, so it reads without colour.
#[component]
pub fn StatusBadge(status: PackageStatus) -> impl IntoView {
    let (class, icon) = match status {
        PackageStatus::Done => ("badge badge-ok", Icon::Check),
        PackageStatus::Failed => ("badge badge-bad", Icon::Cross),
        PackageStatus::Expired => ("badge badge-muted", Icon::Clock),
        PackageStatus::Initializing | PackageStatus::Inprogress => ("badge badge-busy", Icon::Busy),
        PackageStatus::Unknown => ("badge badge-muted", Icon::Question),
    };
    view! { <span class=class><StatusIcon icon=icon/>{status.label()}</span> }
}

#[component]
pub fn CampaignBadge(status: CampaignStatus) -> impl IntoView {
    let (class, icon) = match status {
        CampaignStatus::Active => ("badge badge-ok", Icon::Check),
        CampaignStatus::Paused => ("badge badge-busy", Icon::Pause),
        CampaignStatus::Closed => ("badge badge-muted", Icon::Cross),
        CampaignStatus::Unknown => ("badge badge-muted", Icon::Question),
    };
    view! { <span class=class><StatusIcon icon=icon/>{status.label()}</span> }
}
