//! The result table: rows printed as they come, the arithmetic behind the figures (median,
//! ratio to the bare app) and BENCHMARKS.md.

use e2e::BrowserKind;
use std::process::Command;

/// Medians of this many runs per timed figure.
pub(crate) const RUNS: usize = 5;

/// Medians of this many Lighthouse runs per page (each takes about 15 s).
pub(crate) const LIGHTHOUSE_RUNS: usize = 3;

pub(crate) struct Table(pub(crate) Vec<(String, String, String)>);

impl Table {
    pub(crate) fn row(&mut self, what: impl Into<String>, value: impl Into<String>, vs_bare: impl Into<String>) {
        let row = (what.into(), value.into(), vs_bare.into());
        println!("{:<62} {:>22} {:>10}", row.0, row.1, row.2);
        self.0.push(row);
    }
}

pub(crate) fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    if v.is_empty() {
        f64::NAN
    } else {
        v[v.len() / 2]
    }
}

pub(crate) fn ratio(a: f64, b: f64) -> String {
    if b > 0.0 && a.is_finite() {
        format!("{:.2}×", a / b)
    } else {
        String::new()
    }
}

/// Writes the table to BENCHMARKS.md with the date, machine and browser (only for a full run).
pub(crate) fn write_markdown(t: &Table, only: &Option<String>) {
    let machine = Command::new("uname")
        .arg("-srm")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .unwrap_or_default();
    let browser_binary = match BrowserKind::current() {
        BrowserKind::Chromium => "chromium",
        BrowserKind::Firefox => "firefox-esr",
    };
    let chromium = Command::new(browser_binary)
        .arg("--version")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .unwrap_or_default();
    let cores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(0);
    let date = Command::new("date")
        .arg("-u")
        .arg("+%Y-%m-%d %H:%M UTC")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .unwrap_or_default();
    let mut md = format!("# Benchmarks\n\n{date} · {machine} · {cores} cores · {chromium} · medians of {RUNS} runs where timed (Lighthouse: {LIGHTHOUSE_RUNS})\n\n| figure | value | vs bare Leptos |\n|---|---:|---:|\n");
    for (a, b, c) in &t.0 {
        md.push_str(&format!("| {a} | {b} | {c} |\n"));
    }
    if only.is_none() {
        let _ = std::fs::write("BENCHMARKS.md", md);
        println!("\nwritten to BENCHMARKS.md");
    }
}
