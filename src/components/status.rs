use leptos::prelude::*;
use wave_api::models::{CampaignStatus, PackageStatus};

/// Status as text plus a shape, so it reads without colour.
#[component]
pub fn StatusBadge(status: PackageStatus) -> impl IntoView {
    let (class, icon) = match status {
        PackageStatus::Done => ("badge badge-ok", "✓"),
        PackageStatus::Failed => ("badge badge-bad", "✕"),
        PackageStatus::Expired => ("badge badge-muted", "⏱"),
        PackageStatus::Initializing | PackageStatus::Inprogress => ("badge badge-busy", "◌"),
        PackageStatus::Unknown => ("badge badge-muted", "?"),
    };
    view! { <span class=class><span aria-hidden="true">{icon}" "</span>{status.label()}</span> }
}

#[component]
pub fn CampaignBadge(status: CampaignStatus) -> impl IntoView {
    let class = match status {
        CampaignStatus::Active => "badge badge-ok",
        CampaignStatus::Paused => "badge badge-busy",
        _ => "badge badge-muted",
    };
    view! { <span class=class>{status.label()}</span> }
}
