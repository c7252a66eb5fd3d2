//! A published campaign is read again before it is changed: if someone else changed it since
//! this page showed it, the user sees theirs and chooses (never overwritten unseen).

use crate::api::{calls, ApiError, Client};
use crate::components::CompareTable;
use crate::i18n::{format::number, lang, Lang, Tx};
use crate::tr;
use leptos::prelude::*;
use leptos::text_prop::TextProp;
use wave_api::contract::models::{Campaign, Creative, PublishedClusterEdit, Targeting};

/// One line that differs: (what, as this page showed it, as the server has it now).
pub type ChangeRow = (String, String, String);

/// One line of what the page shows of a campaign: what it is, its value as the server gave it
/// (compared), and that value as shown in `lang`.
struct Line {
    what: &'static str,
    value: String,
    shown: String,
}

fn lines(c: &Campaign, lang: Lang) -> Vec<Line> {
    let tx = Tx(lang);
    let or_dash = |s: &str| if s.trim().is_empty() { "—".to_string() } else { s.to_string() };
    let t = &c.targeting;
    let age = |a: Option<u8>| a.map(|a| a.to_string()).unwrap_or_else(|| "—".into());
    let line = |what: &'static str, value: String, shown: String| Line { what, value, shown };
    let same = |what: &'static str, value: String| Line { what, shown: value.clone(), value };
    let cta = &c.creative.cta;
    vec![
        line(tx.pg_cc_status(), c.status.label(Lang::En).to_string(), c.status.label(lang).to_string()),
        line(
            tx.pg_cc_budget(),
            c.budget.map(|b| b.to_string()).unwrap_or_else(|| "—".into()),
            c.budget.map(|b| number(lang, b)).unwrap_or_else(|| "—".into()),
        ),
        same(tx.pg_cc_headline(), or_dash(&c.creative.headline)),
        same(tx.pg_cc_body(), or_dash(&c.creative.body)),
        same(tx.pg_cc_media_url(), or_dash(&c.creative.media_url)),
        line(tx.pg_cc_cta(), or_dash(cta), or_dash(tx.cta(cta).unwrap_or(cta))),
        same(tx.pg_cc_locations(), or_dash(&t.geo.join("; "))),
        same(tx.pg_cc_ages(), format!("{}–{}", age(t.age_min), age(t.age_max))),
        line(
            tx.pg_cc_genders(),
            or_dash(&t.genders.join(", ")),
            or_dash(&t.genders.iter().map(|g| tx.gender(g)).collect::<Vec<_>>().join(", ")),
        ),
        same(tx.pg_cc_custom_audiences(), or_dash(&t.custom_audiences.join(", "))),
    ]
}

/// What differs between the campaign as shown and as it is now, in what the page shows (fields
/// this app does not know, counters a newer server might add, do not stop a change), said in
/// `lang`.
pub fn differences(shown: &Campaign, now: &Campaign, lang: Lang) -> Vec<ChangeRow> {
    lines(shown, lang)
        .into_iter()
        .zip(lines(now, lang))
        .filter(|(a, b)| a.value != b.value)
        .map(|(a, b)| (a.what.to_string(), a.shown, b.shown))
        .collect()
}

/// Someone else changed a campaign: the campaign as this page showed it, and as it is now
/// (`None`: gone).
#[derive(Clone, Debug, PartialEq)]
pub struct ChangedCampaign {
    pub shown: Box<Campaign>,
    pub now: Option<Campaign>,
}

impl ChangedCampaign {
    /// What differs (a campaign gone is one row), said in `lang`.
    pub fn rows(&self, lang: Lang) -> Vec<ChangeRow> {
        let tx = Tx(lang);
        match &self.now {
            None => vec![(
                tx.pg_cc_campaign().to_string(),
                tx.pg_cc_published().to_string(),
                tx.pg_cc_no_longer_listed().to_string(),
            )],
            Some(now) => differences(&self.shown, now, lang),
        }
    }

    /// Whether anything the page shows differs.
    pub fn differs(&self) -> bool {
        !self.rows(Lang::En).is_empty()
    }
}

/// Reads the event's campaigns again: the campaign as it is now (the `nth` with `shown`'s
/// cluster and run: the server may list one twice), and what differs from `shown` in what
/// the page shows (empty: unchanged; a campaign gone is one row).
pub async fn read_again(client: &Client, shown: &Campaign, nth: usize) -> Result<ChangedCampaign, ApiError> {
    let list = client.send(calls::event_campaigns(&shown.eid)).await?;
    let same_campaign = |c: &&Campaign| c.tc == shown.tc && c.tc_run_id == shown.tc_run_id;
    let now = list.iter().filter(same_campaign).nth(nth).cloned();
    Ok(ChangedCampaign { shown: Box::new(shown.clone()), now })
}

/// "Save mine anyway" of an edit: what the user changed (against the campaign as shown) over
/// the campaign as it is now, so that nothing else someone changed meanwhile goes back.
pub fn rebase(edit: &PublishedClusterEdit, shown: &Campaign, now: &Campaign) -> PublishedClusterEdit {
    let pick = |mine: &String, was: &String, theirs: &String| if mine != was { mine.clone() } else { theirs.clone() };
    let (c, s, n) = (&edit.creative, &shown.creative, &now.creative);
    let geo =
        if edit.targeting.geo != shown.targeting.geo { edit.targeting.geo.clone() } else { now.targeting.geo.clone() };
    PublishedClusterEdit {
        creative: Creative {
            headline: pick(&c.headline, &s.headline, &n.headline),
            body: pick(&c.body, &s.body, &n.body),
            media_url: pick(&c.media_url, &s.media_url, &n.media_url),
            ..n.clone()
        },
        targeting: Targeting { geo, ..now.targeting.clone() },
        ..PublishedClusterEdit::from_campaign(now)
    }
}

/// Someone else changed the campaign: theirs beside what this page showed, and the choice.
#[component]
pub fn ChangedElsewhere(changed: ChangedCampaign, save_mine: Callback<()>, show_theirs: Callback<()>) -> impl IntoView {
    // The rows are said again when the language changes.
    let table = move || {
        view! {
            <CompareTable caption=tr!(pg_cc_what_changed)
                columns=[TextProp::from(tr!(pg_cc_col_field)), TextProp::from(tr!(pg_cc_col_shown)), TextProp::from(tr!(pg_cc_col_now))]
                rows=changed.rows(lang())/>
        }
    };
    view! {
        <div class="callout">
            <p role="alert"><strong>{tr!(pg_cc_changed_elsewhere)}</strong></p>
            {table}
            <div class="actions">
                <button type="button" on:click=move |_| show_theirs.run(())>{tr!(pg_cc_show_theirs)}</button>
                <button type="button" on:click=move |_| save_mine.run(())>{tr!(pg_cc_save_mine)}</button>
            </div>
        </div>
    }
}

/// A change to a published campaign, guarded by [`read_again`].
#[derive(Clone, Debug, PartialEq)]
pub enum Guarded<T> {
    /// Sent; what the request answered.
    Sent(T),
    /// Not sent: someone else changed the campaign since it was shown.
    ChangedElsewhere(ChangedCampaign),
}

/// Sends what `send` makes of the campaign as it is now (read again first; `None` when the
/// user chose to save anyway and nothing was read), unless what the page shows of it changed
/// since `shown`. `force`: the user saw theirs and chose to save anyway.
pub async fn unless_changed<T, F, Fut>(
    client: &Client,
    shown: &Campaign,
    nth: usize,
    force: bool,
    send: F,
) -> Result<Guarded<T>, ApiError>
where
    F: FnOnce(Option<Campaign>) -> Fut,
    Fut: std::future::Future<Output = Result<T, ApiError>>,
{
    if force {
        return send(None).await.map(Guarded::Sent);
    }
    let now = read_again(client, shown, nth).await?;
    if now.differs() {
        return Ok(Guarded::ChangedElsewhere(now));
    }
    send(now.now).await.map(Guarded::Sent)
}
