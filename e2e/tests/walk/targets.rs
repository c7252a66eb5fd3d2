//! Finding something to act on (a random visible, enabled control) and telling a user's
//! harmless miss from the app's fault.

use fantoccini::elements::{Element, ElementRef};
use fantoccini::error::{CmdError, ErrorStatus};
use fantoccini::Client;
use serde_json::{json, Value};

/// Finds a random visible, enabled control of `kind` in the app's own UI (header, main,
/// notices, or only the open dialog) and returns it with a readable description.
pub(crate) const PICK_JS: &str = r#"
const [kind, r] = arguments;
const visible = el => {
  if (el.closest('[hidden]') || el.closest('[inert]')) return false;
  const s = getComputedStyle(el);
  if (s.visibility === 'hidden' || s.display === 'none') return false;
  const rect = el.getBoundingClientRect();
  return rect.width > 0 && rect.height > 0;
};
const dialog = [...document.querySelectorAll('dialog[open], [role=dialog]')].find(visible);
const roots = dialog ? [dialog] : [...document.querySelectorAll('header, main, .notices')];
const selectors = {
  click: 'a[href], button, [role=option], [role=button], [role=tab], summary',
  type: 'input:not([type]), input[type=text], input[type=search], input[type=number], input[type=password], input[type=email], input[type=url], input[type=tel], input[type=date], textarea',
  toggle: 'input[type=checkbox], input[type=radio]',
  select: 'select',
};
const candidates = kind => {
  const seen = new Set();
  let els = [];
  for (const root of roots) for (const el of root.querySelectorAll(selectors[kind])) if (!seen.has(el)) { seen.add(el); els.push(el); }
  els = els.filter(el => visible(el) && !el.disabled && !el.closest('fieldset[disabled]') && el.getAttribute('aria-disabled') !== 'true' && !el.readOnly);
  if (kind === 'click') els = els.filter(el => {
    if (el.tagName !== 'A') return true;
    const u = new URL(el.getAttribute('href'), location.href);
    return u.origin === location.origin && !el.hasAttribute('download') && (!el.target || el.target === '_self');
  });
  return els;
};
if (kind === 'count') return Object.keys(selectors).map(k => candidates(k).length);
const els = candidates(kind);
if (!els.length) return null;
const el = els[r % els.length];
const label = ((el.labels && el.labels[0] && el.labels[0].innerText) || el.getAttribute('aria-label') || el.innerText || el.value || el.id || '')
  .trim().replace(/\s+/g, ' ').slice(0, 60);
const where = dialog ? 'dialog' : el.closest('header') ? 'header' : el.closest('.notices') ? 'notices' : 'main';
const type = el.tagName === 'INPUT' ? `[${el.type}]` : '';
return {el, desc: `${el.tagName.toLowerCase()}${type} “${label}” in ${where}`, options: el.tagName === 'SELECT' ? el.options.length : 0, n: els.length};
"#;

pub(crate) struct Picked {
    pub(crate) el: Element,
    pub(crate) desc: String,
    pub(crate) options: usize,
}

/// How many click, type, toggle and select targets the page offers now.
pub(crate) async fn counts(c: &Client) -> Result<[usize; 4], String> {
    let v = c.execute(PICK_JS, vec![json!("count"), json!(0)]).await.map_err(|e| format!("counting targets: {e}"))?;
    let n = |i: usize| v.get(i).and_then(Value::as_u64).unwrap_or(0) as usize;
    Ok([n(0), n(1), n(2), n(3)])
}

pub(crate) async fn pick(c: &Client, kind: &str, r: u64) -> Result<Option<Picked>, String> {
    let v = c
        .execute(PICK_JS, vec![json!(kind), json!(r % 1_000_000)])
        .await
        .map_err(|e| format!("picking a {kind} target: {e}"))?;
    if v.is_null() {
        return Ok(None);
    }
    let id =
        v["el"].as_object().and_then(|o| o.values().next()).and_then(Value::as_str).ok_or("no element reference")?;
    Ok(Some(Picked {
        el: Element::from_element_id(c.clone(), ElementRef::from(id.to_string())),
        desc: v["desc"].as_str().unwrap_or_default().to_string(),
        options: v["options"].as_u64().unwrap_or(0) as usize,
    }))
}

/// What a user can fail to do without the app being at fault: the target moved, went away,
/// or is covered (a backdrop, a notice).
pub(crate) fn harmless(e: &CmdError) -> Option<String> {
    match e {
        CmdError::Standard(w)
            if matches!(
                w.error,
                ErrorStatus::StaleElementReference
                    | ErrorStatus::ElementClickIntercepted
                    | ErrorStatus::ElementNotInteractable
                    | ErrorStatus::InvalidElementState
                    | ErrorStatus::NoSuchElement
                    | ErrorStatus::MoveTargetOutOfBounds
            ) =>
        {
            Some(format!("{}", w.error))
        }
        _ => None,
    }
}

pub(crate) fn outcome(result: Result<(), CmdError>) -> Result<String, String> {
    match result {
        Ok(()) => Ok(String::new()),
        Err(e) => match harmless(&e) {
            Some(why) => Ok(format!(" (not done: {why})")),
            None => Err(format!("WebDriver: {e}")),
        },
    }
}

/// Types like a paste when WebDriver cannot send the text (Chromium: no characters beyond
/// the BMP, such as emoji).
pub(crate) async fn paste(c: &Client, el: &Element, text: &str) -> Result<(), CmdError> {
    let el = serde_json::to_value(el).map_err(|e| CmdError::NotJson(e.to_string()))?;
    c.execute(
        "const [el, text] = arguments; el.focus();
         const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(el), 'value').set;
         setter.call(el, el.value + text);
         el.dispatchEvent(new InputEvent('input', {bubbles: true, inputType: 'insertFromPaste', data: text}));
         el.dispatchEvent(new Event('change', {bubbles: true}));",
        vec![el, json!(text)],
    )
    .await
    .map(|_| ())
}
