//! `mock-server [--port 8080] [--dist dist] [--partner demo-partner] [--fault JSON]...`
//! Serves the mock Wave API under /api and the app from dist/ in live mode.

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let mut args = std::env::args().skip(1);
    let (mut port, mut dist, mut partner, mut faults) = (8080u16, None, "demo-partner".to_string(), Vec::new());
    while let Some(flag) = args.next() {
        let value = args.next().unwrap_or_default();
        match flag.as_str() {
            "--port" => port = value.parse().unwrap_or(port),
            "--dist" => dist = Some(std::path::PathBuf::from(value)),
            "--partner" => partner = value,
            "--fault" => match serde_json::from_str(&value) {
                Ok(fault) => faults.push(fault),
                Err(e) => eprintln!("ignoring --fault {value}: {e}"),
            },
            other => eprintln!("unknown flag {other}"),
        }
    }
    let server = mock_server::Server::new(dist, &partner);
    server.set_faults(faults);
    let addr = mock_server::start(server, port).await?;
    println!("mock Wave API on http://{addr}/api (log: /__log, faults: /__faults)");
    tokio::signal::ctrl_c().await
}
