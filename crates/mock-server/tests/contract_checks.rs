//! The mock server refuses requests that break the contract, logs every request and injects
//! faults — checked over a real socket with a minimal HTTP/1.1 client.

use mock_server::{Fault, FaultKind, Server};
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};

const AUTH: &str = "Authorization: Bearer t\r\nX-Preferred-Partner-Id: p1\r\n";

/// Sends one request and returns (status, body).
fn send(addr: SocketAddr, method: &str, target: &str, headers: &str, body: &str) -> (u16, String) {
    let mut stream = TcpStream::connect(addr).expect("connect");
    let request = format!(
        "{method} {target} HTTP/1.1\r\nHost: test\r\nConnection: close\r\n{headers}Content-Length: {}\r\n\r\n{body}",
        body.len()
    );
    stream.write_all(request.as_bytes()).expect("write");
    let mut response = String::new();
    stream.read_to_string(&mut response).expect("read");
    let status = response.split(' ').nth(1).and_then(|s| s.parse().ok()).unwrap_or(0);
    let body = response.split_once("\r\n\r\n").map(|(_, b)| b.to_string()).unwrap_or_default();
    (status, body)
}

async fn started() -> (Server, SocketAddr) {
    let server = Server::new(None, "p1");
    let addr = mock_server::start(server.clone(), 0).await.expect("start");
    (server, addr)
}

async fn blocking<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    tokio::task::spawn_blocking(f).await.expect("join")
}

#[tokio::test(flavor = "multi_thread")]
async fn requests_that_break_the_contract_get_400_with_a_detail() {
    let (server, addr) = started().await;
    let json = "Content-Type: application/json\r\n";
    let cases = [
        ("GET", "/api/package_builder/packages/", String::new(), "", "Missing Authorization"),
        (
            "GET",
            "/api/package_builder/packages/",
            "Authorization: Bearer t\r\n".to_string(),
            "",
            "X-Preferred-Partner-Id",
        ),
        (
            "POST",
            "/api/package_builder/packages/merge?packages_ids=101&packages_ids=102",
            format!("{AUTH}{json}"),
            "{}",
            "no body",
        ),
        ("POST", "/api/package_builder/packages/merge?packages_ids=101", AUTH.to_string(), "", "two repeated"),
        ("POST", "/api/campaigns_setup", format!("{AUTH}{json}"), r#"{"tc":"x"}"#, "eid in the body"),
        ("POST", "/api/campaigns/?eid=7002&tc=x&tc_run_id=r&budget=10", format!("{AUTH}{json}"), "{}", "body"),
        ("GET", "/api/package_builder/packages/101/%E0%A4%A/customer_list", AUTH.to_string(), "", "not URL-decodable"),
    ];
    for (method, target, headers, body, why) in cases {
        let (status, answer) = blocking(move || send(addr, method, target, &headers, body)).await;
        assert_eq!(status, 400, "{method} {target}: {answer}");
        assert!(answer.contains("detail") && answer.contains(why), "{method} {target}: {answer}");
    }
    let (status, _) = blocking(move || {
        send(addr, "POST", "/api/package_builder/packages/merge?packages_ids=101&packages_ids=102", AUTH, "")
    })
    .await;
    assert_eq!(status, 200, "a contract-abiding merge is accepted");
    let log = server.log();
    assert_eq!(log.len(), 8, "every request is logged, refused or not");
    let merge = log.last().expect("entry");
    assert_eq!(merge.query, vec![("packages_ids".into(), "101".into()), ("packages_ids".into(), "102".into())]);
    assert_eq!(merge.authorization.as_deref(), Some("Bearer t"));
}

#[tokio::test(flavor = "multi_thread")]
async fn faults_are_injected_per_route() {
    let (server, addr) = started().await;
    let fault = |path: &str, kind| Fault { method: None, path: path.into(), kind };
    server.set_faults(vec![
        fault("/packages/101", FaultKind::Status { status: 503 }),
        fault("/packages/102", FaultKind::Malformed),
        fault("/packages/104", FaultKind::Empty),
    ]);
    let get = |path: &'static str| blocking(move || send(addr, "GET", path, AUTH, ""));
    assert_eq!(get("/api/package_builder/packages/101").await.0, 503);
    let (status, body) = get("/api/package_builder/packages/102").await;
    assert_eq!(status, 200);
    assert!(serde_json::from_str::<serde_json::Value>(&body).is_err(), "malformed: {body}");
    assert_eq!(get("/api/package_builder/packages/104").await.1, "");
    let (status, body) = get("/api/package_builder/packages/103").await;
    assert_eq!(status, 200, "other routes are untouched: {body}");
    server.set_faults(Vec::new());
    assert_eq!(get("/api/package_builder/packages/101").await.0, 200);
}

#[tokio::test(flavor = "multi_thread")]
async fn a_hung_request_is_answered_once_no_hang_holds_it() {
    use std::time::Duration;
    let (server, addr) = started().await;
    let hang = |path: &str| Fault { method: None, path: path.into(), kind: FaultKind::Hang };
    server.set_faults(vec![hang("/packages")]);
    let hung = tokio::spawn(blocking(move || send(addr, "GET", "/api/package_builder/packages/", AUTH, "")));
    for _ in 0..250 {
        if !server.log().is_empty() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert_eq!(server.log().len(), 1, "the request arrived");
    tokio::time::sleep(Duration::from_millis(200)).await;
    assert!(!hung.is_finished(), "a hang answers nothing while it holds");
    // New faults that still hang this path hold it on; others on other paths do not matter.
    server.set_faults(vec![hang("/events"), hang("/package_builder")]);
    tokio::time::sleep(Duration::from_millis(200)).await;
    assert!(!hung.is_finished(), "still hung by the new set");
    server.set_faults(vec![hang("/events")]);
    let (status, body) = tokio::time::timeout(Duration::from_secs(10), hung).await.expect("let go").expect("join");
    assert_eq!(status, 200, "{body}");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_newer_api_versions_drafts_and_a_colleague_can_change_them() {
    let (server, addr) = started().await;
    let json = "Content-Type: application/json\r\n";
    let headers = format!("{AUTH}{json}");
    blocking(move || send(addr, "POST", "/__newer", json, r#"{"versions": true}"#)).await;
    let h = headers.clone();
    let (status, body) = blocking(move || send(addr, "POST", "/api/setup_processes/7002", &h, "")).await;
    assert_eq!(status, 200, "{body}");
    let mut draft: serde_json::Value = serde_json::from_str(&body).expect("draft");
    assert_eq!(draft["version"], 1);
    assert!(draft["updated_at"].is_string());

    // A save with the current version is taken, and the answer has the next one.
    draft["dsa_payor"] = "Wave GmbH".into();
    let (h, d) = (headers.clone(), draft.to_string());
    let (status, body) = blocking(move || send(addr, "PUT", "/api/setup_processes/7002", &h, &d)).await;
    assert_eq!(status, 200, "{body}");
    let saved: serde_json::Value = serde_json::from_str(&body).expect("draft");
    assert_eq!(saved["version"], 2);

    // The same (now stale) version again: refused.
    let (h, d) = (headers.clone(), draft.to_string());
    let (status, body) = blocking(move || send(addr, "PUT", "/api/setup_processes/7002", &h, &d)).await;
    assert_eq!(status, 409, "{body}");

    // A colleague changes the budget and one cluster's headline; the version moves on.
    let edit: mock_server::newer::ColleagueEdit = serde_json::from_value(serde_json::json!({
        "eid": "7002", "patch": {"total_budget": 2500}, "clusters": {}
    }))
    .expect("edit");
    let theirs = server.colleague(&edit).expect("colleague");
    assert_eq!(theirs["total_budget"], 2500.0);
    assert_eq!(theirs["dsa_payor"], "Wave GmbH", "the rest as it was");
    let h = headers.clone();
    let (_, body) = blocking(move || send(addr, "GET", "/api/setup_processes/7002", &h, "")).await;
    let now: serde_json::Value = serde_json::from_str(&body).expect("draft");
    assert_eq!(now["version"], 3);
    assert_eq!(now["total_budget"], 2500.0);
}

#[tokio::test(flavor = "multi_thread")]
async fn a_body_fault_answers_what_the_test_gives() {
    let (server, addr) = started().await;
    server.set_faults(vec![Fault {
        method: Some("GET".into()),
        path: "/customer_list".into(),
        kind: FaultKind::Body { status: 200, body: "a,b\n=1,2\n".into(), content_type: "text/csv".into() },
    }]);
    let (status, body) =
        blocking(move || send(addr, "GET", "/api/package_builder/packages/101/x/customer_list", AUTH, "")).await;
    assert_eq!((status, body.as_str()), (200, "a,b\n=1,2\n"));
}
