//! Every ⚑ assumption of `wave-api.md`, in one place. Change them here when the real API
//! answers differently; ARCHITECTURE.md lists them too.

/// ⚑ The documents only say "an authenticated user": we send a bearer token.
pub fn authorization_header(token: &str) -> String {
    format!("Bearer {token}")
}

/// The partner header the contract requires on every call.
pub const PARTNER_HEADER: &str = "X-Preferred-Partner-Id";

/// ⚑ Error bodies are `{ "detail": "..." }` when the server has one.
pub const ERROR_DETAIL_FIELD: &str = "detail";

/// ⚑ The CRM export route (the guide only says "your data-integrations layer").
pub const CRM_EXPORT_PATH: &[&str] = &["data_integrations", "crm_exports"];

/// ⚑ The evaluation model is an enum; the only value the documents name.
pub const EVALUATION_MODELS: &[&str] = &["EVENTS_FROM_PACKAGE"];

/// ⚑ `GET /events` pages are 1-based with 10 events each; an empty page means no more.
pub const EVENTS_FIRST_PAGE: u32 = 1;
pub const EVENTS_PAGE_SIZE: usize = 10;

/// ⚑ `merge_id` joins the source package ids with `_`, so package ids never contain `_`.
pub const MERGE_ID_SEPARATOR: char = '_';

/// ⚑ Per-campaign updates: `PUT /campaigns/{eid}/{tc}/{tc_run_id}/status|budget`.
pub const CAMPAIGN_STATUS_SUFFIX: &str = "status";
pub const CAMPAIGN_BUDGET_SUFFIX: &str = "budget";

/// ⚑ A failed boost answers 4xx whose `detail` mentions this marker.
pub const INVALID_SETUP_MARKER: &str = "INVALID_SETUP";

/// ⚑ `progress` (0–100) is optional while a package builds; values outside are clamped.
pub fn clamp_progress(progress: f64) -> f64 {
    if progress.is_finite() {
        progress.clamp(0.0, 100.0)
    } else {
        0.0
    }
}

/// ⚑ Campaign goals: `(code sent as SetupProcess.goal, label)`. The contract's sample shows
/// only `TICKET_SALES`; the other codes are our guess.
pub const GOALS: [(&str, &str); 3] =
    [("TICKET_SALES", "Ticket sales"), ("AWARENESS", "Awareness"), ("TRAFFIC", "Website traffic")];

/// ⚑ Calls to action: `(code sent as Creative.cta, label)`; the first is the default of a
/// new cluster. The contract's sample shows only `LEARN_MORE`; the other codes are our guess.
pub const CTAS: [(&str, &str); 4] =
    [("LEARN_MORE", "Learn more"), ("BUY_TICKETS", "Buy tickets"), ("SIGN_UP", "Sign up"), ("BOOK_NOW", "Book now")];

/// ⚑ Targeting genders, sent as written in `Targeting.genders` (the contract's sample only
/// shows an empty list, which we read as "everyone").
pub const GENDERS: [&str; 3] = ["female", "male", "diverse"];

/// ⚑ The result type asked of the natural-language customer search.
pub const NLQ_RESULT_TYPE: &str = "customer_ids";

/// ⚑ The API has no "get event by id". To name an event the app has not seen (a deep link),
/// it searches `GET /events?search=<id>` once and uses only a result whose id is exactly that
/// id; a server whose search ignores ids simply leaves the number showing.
pub const EVENT_LOOKUP_BY_ID_SEARCH: bool = true;

/// ⚑ Which fields of a draft the server owns: `eid`, `status`, `tc_run_id`,
/// `available_clusters`, `closed_reason`, and every field this app does not know (a `version`
/// or `updated_at` a newer API stamps, say), at any level. The app never edits them: they are
/// taken from every answer of the server and sent back exactly as it last sent them. A field
/// the user edits that the server changes in its answer (a trimmed value) follows the server
/// too, unless the user changed it again since that save was sent.
pub const DRAFT_SERVER_OWNED: [&str; 5] = ["eid", "status", "tc_run_id", "available_clusters", "closed_reason"];

/// ⚑ A save refused with one of these means "the draft changed elsewhere since the copy this
/// save was based on" (a server that versions drafts): re-read, merge, save again.
pub const CHANGED_ELSEWHERE_STATUSES: [u16; 2] = [409, 412];
