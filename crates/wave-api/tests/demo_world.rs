//! The default demo world is a newcomer's first screen: nothing in it reads like markup.
//! Hostile strings stay behind a switch the tests use; the demo's images are files the app
//! serves, and a demo draft that shows one still publishes.

use wave_api::contract::calls;
use wave_api::contract::models::*;
use wave_api::demo::{DemoBackend, DEMO_MEDIA_PATH, HOSTILE_EVENT_TITLE, HOSTILE_PACKAGE_TITLE};
use wave_api::flows::setup::{validate_setup, ClusterField, SetupField};
use wave_api::rules::Lang;
use wave_api::ApiRequest;

const T0: f64 = 1_780_000_000_000.0;
const ORIGIN: &str = "http://127.0.0.1:8080";

/// Every string of `value` (object keys too), each with the path it was found at.
fn strings(value: &serde_json::Value, at: &str, out: &mut Vec<(String, String)>) {
    match value {
        serde_json::Value::String(s) => out.push((at.to_string(), s.clone())),
        serde_json::Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                strings(item, &format!("{at}[{i}]"), out);
            }
        }
        serde_json::Value::Object(map) => {
            for (key, item) in map {
                out.push((format!("{at}.{key} (key)"), key.clone()));
                strings(item, &format!("{at}.{key}"), out);
            }
        }
        _ => {}
    }
}

/// Reads like markup or a script: an angle bracket, or what an injection uses.
fn markup_like(s: &str) -> bool {
    let lower = s.to_lowercase();
    s.contains(['<', '>']) || ["javascript:", "onerror", "onload", "&lt;", "&#"].iter().any(|m| lower.contains(m))
}

/// The markup-like strings of the world as it is stored and of what it answers: the package
/// list, every package, every page of the event search, the partner's campaigns, their
/// results, the drafts, and a new draft's clusters.
fn markup_in(backend: &mut DemoBackend) -> Vec<(String, String)> {
    let mut found = Vec::new();
    let world = serde_json::to_value(&*backend).expect("the world serialises");
    strings(&world, "world", &mut found);
    let mut asks: Vec<ApiRequest> = vec![calls::list_packages().request];
    let packages = calls::list_packages().read(&backend.handle(&calls::list_packages().request, T0)).expect("list");
    asks.extend(packages.iter().map(|p| calls::get_package(&p.id).request));
    asks.extend((1..=5).map(|page| calls::search_events("", page, None).request));
    asks.push(calls::partner_campaigns("demo-partner", None).request);
    for eid in ["7001", "7002", "7003", "7005"] {
        asks.push(calls::campaign_results(&Id(eid.into()), "demo-partner").request);
        asks.push(calls::start_setup(&Id(eid.into())).request);
        asks.push(calls::get_setup(&Id(eid.into())).request);
    }
    for req in asks {
        let answer = backend.handle(&req, T0);
        let json: serde_json::Value = serde_json::from_str(&answer.body).unwrap_or_default();
        strings(&json, &req.path_and_query(), &mut found);
    }
    found.retain(|(_, s)| markup_like(s));
    found
}

#[test]
fn the_default_demo_world_has_no_markup_like_strings() {
    let mut world = DemoBackend::seeded(T0);
    let found = markup_in(&mut world);
    assert!(found.is_empty(), "markup in the default demo world: {found:#?}");
    // The checker itself sees what it is for.
    for hostile in [HOSTILE_PACKAGE_TITLE, HOSTILE_EVENT_TITLE, "javascript:alert(1)", "x onload=y"] {
        assert!(markup_like(hostile), "{hostile:?}");
    }
    for plain in ["Jazz & blues, Schwabing", "Kids' Theatre: The Gruffalo", "classical lovers 50+", "Open air cinema"] {
        assert!(!markup_like(plain), "{plain:?}");
    }
}

#[test]
fn the_hostile_switch_puts_markup_into_server_strings() {
    let mut world = DemoBackend::seeded(T0);
    world.add_hostile_strings();
    let list = calls::list_packages().read(&world.handle(&calls::list_packages().request, T0)).expect("list");
    let probe = list.iter().find(|p| p.id.as_str() == "107").expect("package 107");
    assert_eq!(probe.title, HOSTILE_PACKAGE_TITLE);
    let call = calls::search_events("7017", 1, None);
    let found = call.read(&world.handle(&call.request, T0)).expect("search");
    assert_eq!(found.iter().find(|e| e.id.as_str() == "7017").map(|e| e.title.as_str()), Some(HOSTILE_EVENT_TITLE));
    let markup: Vec<String> = markup_in(&mut world).into_iter().map(|(_, s)| s).collect();
    assert!(markup.iter().any(|s| s == HOSTILE_PACKAGE_TITLE) && markup.iter().any(|s| s == HOSTILE_EVENT_TITLE));
    // Switched on twice, or on a world kept across a reload: the same world.
    let before = serde_json::to_string(&world).expect("serialise");
    world.add_hostile_strings();
    assert_eq!(serde_json::to_string(&world).expect("serialise"), before);
}

#[test]
fn demo_creatives_show_images_the_app_serves_and_their_drafts_publish() {
    let mut world = DemoBackend::seeded(T0);
    world.resolve_demo_media(&format!("{ORIGIN}/"));
    let campaigns = calls::partner_campaigns("demo-partner", None);
    let published = campaigns.read(&world.handle(&campaigns.request, T0)).expect("campaigns");
    assert!(!published.is_empty());
    for c in &published {
        let url = &c.creative.media_url;
        assert!(url.starts_with(&format!("{ORIGIN}{DEMO_MEDIA_PATH}")), "{}: {url:?}", c.tc);
        assert!(url.ends_with(".svg"), "{url:?}");
    }
    let eid = Id("7001".into());
    let get = calls::get_setup(&eid);
    let mut draft = get.read(&world.handle(&get.request, T0)).expect("draft 7001");
    let media = draft.clusters[0].creative.media_url.clone();
    assert_eq!(media, format!("{ORIGIN}{DEMO_MEDIA_PATH}rock-olympiapark.svg"));
    // Resolving again changes nothing.
    world.resolve_demo_media(ORIGIN);
    assert_eq!(get.read(&world.handle(&get.request, T0)).expect("draft").clusters[0].creative.media_url, media);

    // Completed as a user would, the draft publishes with its demo image: the media rule holds.
    draft.clusters[0].creative.body = "Three stages, one park.".into();
    let problems = validate_setup(&draft, Lang::En);
    assert!(
        problems.iter().all(|p| !matches!(p.field, SetupField::Cluster(_, ClusterField::MediaUrl))),
        "{problems:?}"
    );
    assert!(problems.is_empty(), "the demo draft needs only its body: {problems:?}");
    world.handle(&calls::save_setup(&eid, &draft).request, T0);
    let boost = calls::boost_setup(&eid);
    boost.read(&world.handle(&boost.request, T0)).expect("published with the demo image");
    let now = calls::event_campaigns(&eid);
    let live = now.read(&world.handle(&now.request, T0)).expect("campaigns of 7001");
    assert_eq!(live[0].creative.media_url, media);
}

#[test]
fn unresolved_demo_media_are_files_under_public() {
    let world = serde_json::to_value(DemoBackend::seeded(T0)).expect("serialise");
    let mut all = Vec::new();
    strings(&world, "world", &mut all);
    let media: Vec<&String> = all.iter().filter(|(at, _)| at.ends_with(".media_url")).map(|(_, s)| s).collect();
    assert!(media.len() >= 3, "every seeded creative has an image: {media:?}");
    let public = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../public");
    for url in media {
        let path = url.strip_prefix(DEMO_MEDIA_PATH).unwrap_or_else(|| panic!("{url:?} is not a demo image"));
        let file = public.join("demo-media").join(path);
        let bytes = std::fs::metadata(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display())).len();
        assert!(bytes < 8_000, "{} is {bytes} B: a demo image stays small", file.display());
    }
}
