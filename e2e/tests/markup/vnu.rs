//! The Nu HTML Checker (vnu.jar, the W3C validator's engine) run once, in one JVM, over the
//! saved pages, and its errors read from its JSON report.
//!
//! Where it is: env `VNU_JAR`, default where scripts/setup.sh installs npm's `vnu-jar`
//! (`/usr/local/lib/node_modules/vnu-jar/build/dist/vnu.jar`); Java from env `JAVA`, default
//! `java` on the PATH (Debian's `default-jre-headless`; vnu needs Java 17 or newer).

use std::path::{Path, PathBuf};
use std::process::Command;

/// One error the checker reported.
#[derive(Debug)]
pub(crate) struct VnuError {
    /// The file's name (the saved page).
    pub file: String,
    pub line: u64,
    pub column: u64,
    pub message: String,
    /// The markup around the error, as vnu quotes it.
    pub extract: String,
}

/// Errors that are not in this app's control, each with why, matched on the message.
///
/// Empty on purpose. What a live DOM adds to authored HTML was checked with vnu 26.9.27 and
/// gives no error, so nothing is filtered: trunk's `<link rel="modulepreload">` and
/// `<link rel="preload" as="fetch" crossorigin>` (with or without `integrity`), boot.js's
/// chunk preloads, `data-*` attributes (`data-wave`, `data-theme`, `data-state`), the
/// `<script type="application/json" id="wave-chunks">` manifest, the CSP `<meta>` (its
/// `'wasm-unsafe-eval'` included), `<dialog open="">` left by `showModal()`, Leptos's empty
/// comment markers and `class=""`. There are no `<style>` elements and no nonces. Add an entry
/// only for an error that is genuinely not ours (a browser's serialisation, a checker bug),
/// with the reason next to it; never for markup the app writes.
const NOT_OURS: &[(&str, &str)] = &[];

pub(crate) fn jar() -> PathBuf {
    std::env::var("VNU_JAR")
        .map(PathBuf::from)
        .unwrap_or_else(|_| PathBuf::from("/usr/local/lib/node_modules/vnu-jar/build/dist/vnu.jar"))
}

fn java() -> String {
    std::env::var("JAVA").unwrap_or_else(|_| "java".into())
}

/// Says what is missing before any browser starts: the jar, or a Java that runs.
pub(crate) fn check_installed() -> Result<(), String> {
    let jar = jar();
    if !jar.is_file() {
        return Err(format!("vnu.jar not found at {} (run scripts/setup.sh or set VNU_JAR)", jar.display()));
    }
    match Command::new(java()).arg("-version").output() {
        Ok(out) if out.status.success() => Ok(()),
        Ok(out) => Err(format!("`{} -version` failed: {}", java(), String::from_utf8_lossy(&out.stderr))),
        Err(e) => Err(format!("no Java ({}: {e}); run scripts/setup.sh (default-jre-headless) or set JAVA", java())),
    }
}

/// Checks `files` in one run (`--errors-only`: warnings and info are left out) and returns
/// the errors, less [`NOT_OURS`]. `Err` when the checker itself could not run or read a file.
pub(crate) fn check(files: &[PathBuf]) -> Result<Vec<VnuError>, String> {
    let out = Command::new(java())
        .arg("-jar")
        .arg(jar())
        .args(["--errors-only", "--format", "json", "--stdout"])
        .args(files)
        .output()
        .map_err(|e| format!("cannot start {}: {e}", java()))?;
    let stdout = String::from_utf8_lossy(&out.stdout);
    let report: serde_json::Value = serde_json::from_str(&stdout).map_err(|e| {
        format!(
            "vnu's report is not JSON ({e}; exit {:?})\n--- stdout ---\n{stdout}\n--- stderr ---\n{}",
            out.status.code(),
            String::from_utf8_lossy(&out.stderr)
        )
    })?;
    let messages = report.get("messages").and_then(|m| m.as_array()).cloned().unwrap_or_default();
    let text = |m: &serde_json::Value, k: &str| m.get(k).and_then(|v| v.as_str()).unwrap_or_default().to_string();
    let mut errors = Vec::new();
    for m in &messages {
        match text(m, "type").as_str() {
            "error" => {}
            // The checker could not read or check a file: the run says nothing about it.
            "non-document-error" => {
                return Err(format!("vnu could not check {}: {}", text(m, "url"), text(m, "message")))
            }
            _ => continue,
        }
        let message = text(m, "message");
        if NOT_OURS.iter().any(|(pattern, _why)| message.contains(pattern)) {
            continue;
        }
        let url = text(m, "url");
        errors.push(VnuError {
            file: Path::new(&url).file_name().map(|f| f.to_string_lossy().into_owned()).unwrap_or(url),
            line: m.get("lastLine").and_then(|v| v.as_u64()).unwrap_or(0),
            column: m.get("firstColumn").or_else(|| m.get("lastColumn")).and_then(|v| v.as_u64()).unwrap_or(0),
            message,
            extract: text(m, "extract"),
        });
    }
    // vnu exits 1 when it reported errors; any other failure without a report is the checker's.
    if !out.status.success() && messages.is_empty() {
        return Err(format!(
            "vnu failed (exit {:?}) without a report: {}",
            out.status.code(),
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    Ok(errors)
}
