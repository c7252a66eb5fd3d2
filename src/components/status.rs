use crate::i18n::lang;
use leptos::prelude::*;
use wave_api::contract::models::{CampaignStatus, PackageStatus};

/// A status as text plus a shape, so it reads without colour. The shape is a class
/// (`icon-*`) that `style/main.css` paints with a CSS mask over an inline SVG: it never depends
/// on the fonts installed (an emoji clock was a missing-glyph box on machines without an emoji
/// font), assistive technology reads only the text, and a row builds no icon element (a filter
/// keystroke on 10,000 packages builds and removes up to 100 rows).
fn badge(class: &'static str, label: impl Fn() -> &'static str + Send + Sync + 'static) -> impl IntoView {
    view! { <span class=class>{label}</span> }
}

#[component]
pub fn StatusBadge(status: PackageStatus) -> impl IntoView {
    let class = match status {
        PackageStatus::Done => "badge badge-ok icon-check",
        PackageStatus::Failed => "badge badge-bad icon-cross",
        PackageStatus::Expired => "badge badge-muted icon-clock",
        PackageStatus::Initializing | PackageStatus::Inprogress => "badge badge-busy icon-busy",
        PackageStatus::Unknown => "badge badge-muted icon-question",
    };
    badge(class, move || status.label(lang()))
}

#[component]
pub fn CampaignBadge(status: CampaignStatus) -> impl IntoView {
    let class = match status {
        CampaignStatus::Active => "badge badge-ok icon-check",
        CampaignStatus::Paused => "badge badge-busy icon-pause",
        CampaignStatus::Closed => "badge badge-muted icon-cross",
        CampaignStatus::Unknown => "badge badge-muted icon-question",
    };
    badge(class, move || status.label(lang()))
}
