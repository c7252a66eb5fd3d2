//! What a walk feeds the app: deep links, typed texts and server faults.

use crate::rng::Rng;
use mock_server::{Fault, FaultKind};

/// Deep links: every route, unknown ids, and a return address that would leave the origin.
pub(crate) const ROUTES: &[&str] = &[
    "/",
    "/package-builder",
    "/package-builder?q=jazz&status=DONE&sort=title_asc",
    "/package-builder?page=9999",
    "/package-builder/create",
    "/package-builder/results/101",
    "/package-builder/results/102",
    "/package-builder/results/103",
    "/package-builder/results/104",
    "/package-builder/results/105",
    "/package-builder/results/106",
    "/package-builder/results/107",
    "/package-builder/results/nope",
    "/package-builder/results/999999",
    "/package-builder/results/%F0%9F%8E%9F",
    "/campaigns",
    "/campaigns/7001/setup",
    "/campaigns/7003/setup",
    "/campaigns/7005/setup",
    "/campaigns/12345/setup",
    "/campaigns/nope/setup",
    "/events/7002",
    "/events/7001",
    "/events/nope",
    "/connect",
    "/connect?return=/%5Cevil.example/x",
    "/connect?return=//evil.example/x",
    "/connect?return=/package-builder/create",
    "/no/such/page",
];

/// Typed into inputs: ordinary, unicode, markup, odd numbers, huge, empty.
pub(crate) const TEXTS: &[&str] = &[
    "jazz",
    "Munich",
    "2",
    "42",
    "Zoë 北京 🎟",
    "<img src=x onerror=alert(1)>",
    "12.5",
    "1e3",
    "-",
    "99999999999999999999",
    "",
    "2026-08-01",
    "' OR 1=1 --",
    "a/b%2Fc?d=e#f",
];

/// Route parts a fault applies to (the mock matches paths containing it; "" = every call).
pub(crate) const FAULT_PATHS: &[&str] = &[
    "",
    "/package_builder",
    "/package_builder/packages/",
    "/backhaul_evaluation",
    "/events",
    "/nlq",
    "/campaigns",
    "/setup_processes",
    "/campaigns_setup",
    "/data_integrations",
    // Not the API: the app's start-up (the mock faults exactly this path; seen on reload).
    "/config.json",
];

pub(crate) fn random_fault(rng: &mut Rng) -> Fault {
    let method = rng.pick(&[None, None, Some("GET"), Some("PUT"), Some("POST")]).map(str::to_string);
    let path = rng.pick(FAULT_PATHS).to_string();
    let kind = match rng.below(10) {
        0 => FaultKind::Status { status: 401 },
        1 => FaultKind::Status { status: 403 },
        2 => FaultKind::Status { status: 500 },
        3 => FaultKind::Status { status: 503 },
        4 => FaultKind::Malformed,
        5 => FaultKind::Empty,
        6 | 7 => FaultKind::Latency { ms: 1500 },
        8 => FaultKind::Hang,
        _ => FaultKind::Drop,
    };
    Fault { method, path, kind }
}

pub(crate) fn describe_fault(f: &Fault) -> String {
    let kind = match &f.kind {
        FaultKind::Status { status } => format!("HTTP {status}"),
        FaultKind::Latency { ms } => format!("latency {ms} ms"),
        FaultKind::Malformed => "malformed JSON".into(),
        FaultKind::Empty => "empty body".into(),
        FaultKind::Hang => "hang".into(),
        FaultKind::Drop => "dropped connection".into(),
        FaultKind::Body { status, body, .. } => format!("HTTP {status} with {} bytes of its own", body.len()),
    };
    format!(
        "{} {} → {kind}",
        f.method.as_deref().unwrap_or("*"),
        if f.path.is_empty() { "(every call)" } else { &f.path }
    )
}
