//! The states shown in demo mode, from the static server.

use crate::table::Fault::RouteCode;
use crate::table::State;
use crate::table::Step;
use crate::table::Step::{
    Button, Click, Editable, Element, Follow, Forget, Heading, Label, PickEvent, Press, ScrollTo, Settled, Text, Type,
};
use e2e::OPEN_DIALOG;

const MUNICH: &str = "//a[normalize-space()='Munich shows Q3']";
const SHOW_MORE: &str = "//button[starts-with(normalize-space(), 'Show 50 more rows')]";
const REVIEW: &[Step] = &[Text("Step 5 of 5", 10), Settled];
const EVENT: &[Step] = &[Heading("Opera Gala: La Traviata"), Text("opera first-timers", 15), Settled];

/// In the order they are shot: some go on from the page the one before left.
pub(crate) const STATES: &[State] = &[
    State::open("overview", "/", &[Heading("Overview"), Settled]),
    // The demo's building package finishes after 20 s; the shell's watcher says so.
    State::open(
        "overview-package-ready-notice",
        "/",
        &[Text("Your package “Harbour festival audiences” is ready.", 45), Settled],
    ),
    State::open("package-list", "/package-builder", &[Element(MUNICH)]),
    State::open(
        "results-large-preview",
        "/package-builder/results/101?demo_clusters=12",
        &[Element(SHOW_MORE), ScrollTo(SHOW_MORE, "center")],
    ),
    State::open("package-list-for-chunk-failure", "/package-builder", &[Element(MUNICH)]),
    State::then("route-code-could-not-load", &[Follow("Create package"), Heading("This page could not be loaded")])
        .under(RouteCode),
    State::open(
        "package-list-pager",
        "/package-builder?demo_packages=120",
        &[Element("//nav[@aria-label='Pages'][not(@hidden)]"), ScrollTo("//nav[@aria-label='Pages']", "end")],
    ),
    // The create wizard, from a clean start.
    State::open(
        "create-step1",
        "/package-builder/create",
        &[Forget("packageBuilderState"), Heading("Create package"), Label("Search events")],
    ),
    State::then("create-step1-validation-error", &[Press("Next"), Text("Select at least one event.", 10)]),
    State::then(
        "create-step1-event-picked",
        &[PickEvent("jazz", "Summer Jazz Nights"), Button("Remove Summer Jazz Nights")],
    ),
    State::then("create-step2", &[Press("Next"), Label("Package title")]),
    State::then(
        "create-step2-validation-error",
        &[
            Press("Next"),
            Text("Please fix the highlighted fields", 10),
            ScrollTo("//*[@aria-invalid='true']", "center"),
        ],
    ),
    State::then(
        "create-step3",
        &[
            Type("Package title", "Jazz fans 2026"),
            Type("Number of packages (1–10)", "2"),
            Press("Next"),
            Text("num_packages", 10),
        ],
    ),
    State::then(
        "results-initializing",
        &[Press("Create package"), Heading("Jazz fans 2026"), Text("Building the package", 10)],
    ),
    // Results in every status (ids from crates/wave-api/fixtures/packages.json).
    State::open("results-done", "/package-builder/results/101", &[Text("Clusters (", 15), Settled]),
    State::open("results-inprogress", "/package-builder/results/106", &[Text("Building the package", 15), Settled]),
    State::open("results-failed", "/package-builder/results/103", &[Text("Building this package failed", 15), Settled]),
    State::open("results-expired", "/package-builder/results/104", &[Text("This package has expired", 15), Settled]),
    State::open("results-merged", "/package-builder/results/105", &[Text("Merged from", 15), Settled]),
    State::open(
        "results-done-evaluation",
        "/package-builder/results/101",
        &[Text("Attributed per cluster", 15), ScrollTo("//*[@id='evaluation-heading']", "start")],
    ),
    State::then(
        "results-done-crm-export-dialog",
        &[Press("Export to CRM: family outings/münchen"), Element(OPEN_DIALOG)],
    ),
    State::open(
        "results-not-found",
        "/package-builder/results/nope",
        &[Element("//div[contains(@class,'error-panel')]")],
    ),
    // Campaigns.
    State::open("campaigns-overview", "/campaigns", &[Heading("Campaigns"), Settled]),
    State::open("campaign-setup-draft", "/campaigns/7001/setup", &[Editable("Total budget"), Settled]),
    State::then("campaign-setup-cancel-dialog", &[Press("Cancel draft"), Element(OPEN_DIALOG)]),
    State::open(
        "campaign-setup-validation-errors",
        "/campaigns/7005/setup",
        &[
            Editable("Total budget"),
            Press("Next"),
            Text("Before you go on:", 10),
            ScrollTo("//*[contains(@class,'error-panel')][contains(., 'Before you go on:')]", "center"),
        ],
    ),
    State::open("campaign-setup-step-3-creative", "/campaigns/7001/setup?step=3", &[Editable("Headline"), Settled]),
    State::open("campaign-setup-review", "/campaigns/7001/setup?step=5", REVIEW),
    State::open("event", "/events/7002", EVENT),
    State::then(
        "event-edit-dialog",
        &[Click("//article[h3='opera first-timers']//button[normalize-space()='Edit creative']"), Element(OPEN_DIALOG)],
    ),
    State::open("connect", "/connect", &[Heading("Connect")]),
    State::open("not-found", "/no/such/page", &[Heading("Page not found")]),
    // Last: the dark theme stays chosen for the rest of this browser session.
    State::open("overview-dark", "/", &[Press("Dark theme"), Heading("Overview"), Settled]),
    State::open("campaign-setup-review-dark", "/campaigns/7001/setup?step=5", REVIEW),
    State::open("event-dark", "/events/7002", EVENT),
];
