//! Accessibility: axe-core's WCAG 2.1 A/AA rules run on the page as it is now.

use crate::browser::BrowserKind;
use fantoccini::Client;

/// One axe-core rule that found problems.
#[derive(Clone, Debug)]
pub struct AxeViolation {
    pub id: String,
    pub impact: String,
    pub help: String,
    pub nodes: usize,
    pub targets: Vec<String>,
}

impl std::fmt::Display for AxeViolation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} [{}] {} — {} node(s): {}", self.id, self.impact, self.help, self.nodes, self.targets.join(" | "))
    }
}

/// Runs axe-core (WCAG 2.0/2.1 A and AA rules) on the page as it is now. The script comes
/// from env `AXE_JS`, default npm's global axe-core (scripts/setup.sh installs it).
pub async fn axe_violations(c: &Client) -> Result<Vec<AxeViolation>, String> {
    let present =
        c.execute("return typeof window.axe === 'object' && typeof window.axe.run === 'function'", vec![]).await;
    if present.map_err(|e| format!("cannot run a script: {e}"))?.as_bool() != Some(true) {
        let path = std::env::var("AXE_JS").unwrap_or_else(|_| "/usr/local/lib/node_modules/axe-core/axe.min.js".into());
        let source = std::fs::read_to_string(&path)
            .map_err(|e| format!("axe-core not found at {path} ({e}); run scripts/setup.sh or set AXE_JS"))?;
        c.execute(&format!("{source}\n;return typeof window.axe;"), vec![])
            .await
            .map_err(|e| format!("injecting axe-core: {e}"))?;
    }
    let script = "const done = arguments[arguments.length - 1];
        axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}, resultTypes: ['violations']})
          .then(r => done({ok: r.violations.map(v => ({id: v.id, impact: v.impact || '', help: v.help, nodes: v.nodes.length,
              targets: v.nodes.slice(0, 3).map(n => n.target.join(' '))}))}))
          .catch(e => done({error: String(e)}));";
    let answer = c.execute_async(script, vec![]).await.map_err(|e| format!("axe.run: {e}"))?;
    if let Some(error) = answer.get("error") {
        return Err(format!("axe.run failed: {error}"));
    }
    let list = answer.get("ok").and_then(|v| v.as_array()).cloned().unwrap_or_default();
    let s = |v: &serde_json::Value, k: &str| v.get(k).and_then(|x| x.as_str()).unwrap_or_default().to_string();
    Ok(list
        .iter()
        .map(|v| AxeViolation {
            id: s(v, "id"),
            impact: s(v, "impact"),
            help: s(v, "help"),
            nodes: v.get("nodes").and_then(|n| n.as_u64()).unwrap_or(0) as usize,
            targets: v
                .get("targets")
                .and_then(|t| t.as_array())
                .map(|t| t.iter().filter_map(|x| x.as_str().map(str::to_string)).collect())
                .unwrap_or_default(),
        })
        .collect())
}

/// Fails when axe-core finds WCAG 2.1 A/AA violations, listing each (id, impact, help, first
/// targets). `E2E_AXE=report` prints them instead of failing (to list them all in one run).
pub async fn axe_check(c: &Client, context: &str) {
    let url = c.current_url().await.map(|u| u.to_string()).unwrap_or_default();
    let violations = match axe_violations(c).await {
        Ok(v) => v,
        Err(why) => panic!("axe check at {context} ({url}): {why}"),
    };
    if violations.is_empty() {
        return;
    }
    let list: Vec<String> = violations.iter().map(|v| format!("  - {v}")).collect();
    let message = format!(
        "axe: {} WCAG violation(s) at {context} ({url}) in {}:\n{}",
        violations.len(),
        BrowserKind::current().name(),
        list.join("\n")
    );
    if std::env::var("E2E_AXE").is_ok_and(|v| v == "report") {
        println!("{message}");
    } else {
        panic!("{message}");
    }
}
