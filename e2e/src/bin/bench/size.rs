//! Section 1, size: the build's files raw, gzip and brotli, against the bare Leptos app.

use crate::report::{ratio, Table};
use std::path::{Path, PathBuf};
use std::process::Command;

pub(crate) fn compressed(path: &Path, tool: &str) -> u64 {
    let args: &[&str] = if tool == "gzip" { &["-9", "-c"] } else { &["-q", "11", "-c"] };
    Command::new(tool).args(args).arg(path).output().map(|o| o.stdout.len() as u64).unwrap_or(0)
}

pub(crate) fn files(dist: &Path, ext: &str) -> Vec<PathBuf> {
    std::fs::read_dir(dist)
        .map(|d| d.flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|e| e == ext)).collect())
        .unwrap_or_default()
}

pub(crate) fn sizes(dist: &Path, ext: &str) -> (u64, u64, u64) {
    files(dist, ext).iter().fold((0, 0, 0), |(r, g, b), p| {
        (r + std::fs::metadata(p).map(|m| m.len()).unwrap_or(0), g + compressed(p, "gzip"), b + compressed(p, "brotli"))
    })
}

pub(crate) fn section(t: &mut Table, app_dist: &Path, bare_dist: &Path) {
    // 1. Size
    let mut app_brotli_total = 0;
    for (ext, label) in [("wasm", "wasm"), ("js", "JS glue + loader"), ("css", "CSS")] {
        let (r, g, b) = sizes(app_dist, ext);
        let (_, _, bb) = sizes(bare_dist, ext);
        t.row(
            format!("size: {label} (raw / gzip / brotli bytes)"),
            format!("{r} / {g} / {b}"),
            ratio(b as f64, bb as f64),
        );
    }
    for p in std::fs::read_dir(app_dist).map(|d| d.flatten().map(|e| e.path()).collect::<Vec<_>>()).unwrap_or_default()
    {
        // Not the .br/.gz copies the build makes for the server.
        if p.is_file() && !matches!(p.extension().and_then(|e| e.to_str()), Some("br" | "gz")) {
            app_brotli_total += compressed(&p, "brotli");
        }
    }
    let bare_total: u64 = std::fs::read_dir(bare_dist)
        .map(|d| {
            d.flatten()
                .map(|e| e.path())
                .filter(|p| !matches!(p.extension().and_then(|e| e.to_str()), Some("br" | "gz")))
                .map(|p| compressed(&p, "brotli"))
                .sum()
        })
        .unwrap_or(0);
    t.row(
        "size: every file of the build (brotli bytes)",
        app_brotli_total.to_string(),
        ratio(app_brotli_total as f64, bare_total as f64),
    );
    // What a language costs: its strings are data of the main module (the catalogue's methods
    // pick one of two literals), so German's cost on the first route is about its text, brotli.
    for (label, nth) in [("English", 0), ("German", 1)] {
        let text = catalogue_text(Path::new("src/i18n/catalogue"), nth);
        let file = crate::tempdir("bench-lang").join("text");
        let _ = std::fs::write(&file, &text);
        t.row(
            format!("size: {label} text of the catalogue (raw / brotli bytes)"),
            format!("{} / {}", text.len(), compressed(&file, "brotli")),
            String::new(),
        );
    }
}

/// The `nth` language's string literals of the catalogue's entries (`key => "en", "de";` and
/// `key(…) => format!("en…"), format!("de…");`), one a line.
fn catalogue_text(dir: &Path, nth: usize) -> String {
    let mut out = String::new();
    for file in files(dir, "rs") {
        let source = std::fs::read_to_string(&file).unwrap_or_default();
        for entry in source.split("=>").skip(1) {
            let entry = entry.split(";\n").next().unwrap_or_default();
            let literals: Vec<&str> = entry.split('"').skip(1).step_by(2).collect();
            // One literal per language, or per branch of a plural: the later half is German.
            let half = literals.len() / 2;
            let mine = if nth == 0 { &literals[..half] } else { &literals[half..] };
            for l in mine {
                out.push_str(l);
                out.push('\n');
            }
        }
    }
    out
}
