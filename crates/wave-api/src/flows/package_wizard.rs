//! The Package Builder create wizard's state: what the user typed (kept as typed, so nothing is
//! lost to parsing), per-step validation, and the create payload built from it.

use crate::contract::models::{CreatePackage, EventRef, Id, PackageFilters, TargetingMode};
use crate::rules::{is_iso_date, parse_number, typed_number, Lang, NumberRule, Problem};
use serde::{Deserialize, Serialize};

/// `localStorage` key the guide names.
pub const STORAGE_KEY: &str = "packageBuilderState";
/// Bumped whenever the stored shape changes: older shapes are discarded with a notice.
pub const STORAGE_VERSION: u32 = 1;
/// The wizard's steps, in order.
pub fn steps(lang: Lang) -> [&'static str; 3] {
    lang.pick(
        ["Select events", "Targeting and customers", "Preview"],
        ["Veranstaltungen wählen", "Zielgruppe und Kunden", "Vorschau"],
    )
}
pub const STEP_COUNT: usize = 3;
pub const COUNT_RANGE: std::ops::RangeInclusive<u8> = 1..=10;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PackageWizard {
    pub step: usize,
    pub events: Vec<EventRef>,
    pub title: String,
    pub targeting_mode: TargetingMode,
    pub num_packages: u8,
    pub n_top_events: u8,
    pub included_customers: Vec<String>,
    pub excluded_customers: Vec<String>,
    pub buying_above: String,
    pub buying_below: String,
    pub purchases_before: String,
    pub purchases_after: String,
    pub ticket_categories: Vec<String>,
    /// The language the amounts were typed in (its code; absent: English). The amounts are
    /// kept as typed, so they are read in that language, and rewritten on a switch.
    #[serde(default)]
    pub amounts_lang: Option<String>,
}

impl Default for PackageWizard {
    fn default() -> Self {
        PackageWizard {
            step: 0,
            events: Vec::new(),
            title: String::new(),
            targeting_mode: TargetingMode::Lookalike,
            num_packages: 3,
            n_top_events: 3,
            included_customers: Vec::new(),
            excluded_customers: Vec::new(),
            buying_above: String::new(),
            buying_below: String::new(),
            purchases_before: String::new(),
            purchases_after: String::new(),
            ticket_categories: Vec::new(),
            amounts_lang: None,
        }
    }
}

fn amount(raw: &str, field: &str, lang: Lang, errors: &mut Vec<Problem>) -> Option<f64> {
    parse_number(raw, NumberRule::AMOUNT, lang).unwrap_or_else(|message| {
        errors.push(Problem::new(field, message));
        None
    })
}

fn date(raw: &str, field: &str, lang: Lang, errors: &mut Vec<Problem>) -> Option<String> {
    let raw = raw.trim();
    if raw.is_empty() {
        return None;
    }
    if is_iso_date(raw) {
        Some(raw.to_string())
    } else {
        errors.push(Problem::new(
            field,
            lang.pick("Enter a date as YYYY-MM-DD.", "Geben Sie das Datum als JJJJ-MM-TT ein."),
        ));
        None
    }
}

impl PackageWizard {
    /// The language the amounts were typed in.
    pub fn amounts_typed_in(&self) -> Lang {
        self.amounts_lang.as_deref().and_then(Lang::from_tag).unwrap_or_default()
    }

    /// The amounts as people of `lang` type them (`1.500,5` → `1,500.5` is `1500.5` either
    /// way), from now on read in `lang`. An amount that does not read stays as typed, and says
    /// why in the new language. Whether anything changed.
    pub fn relanguage(&mut self, lang: Lang) -> bool {
        let from = self.amounts_typed_in();
        if from == lang && self.amounts_lang.is_some() {
            return false;
        }
        for text in [&mut self.buying_above, &mut self.buying_below] {
            if let Ok(Some(value)) = parse_number(text, NumberRule::AMOUNT, from) {
                *text = typed_number(value, lang);
            }
        }
        self.amounts_lang = Some(lang.code().to_string());
        true
    }

    /// Adds `event` once; an event without an id (it could not go in `event_ids`) is refused.
    pub fn add_event(&mut self, event: EventRef) {
        if !event.id.is_missing() && !self.events.iter().any(|e| e.id == event.id) {
            self.events.push(event);
        }
    }

    /// Problems that keep the user on `step`.
    pub fn step_errors(&self, step: usize, lang: Lang) -> Vec<Problem> {
        let mut errors = Vec::new();
        match step {
            0 => {
                if self.events.is_empty() {
                    errors.push(Problem::new(
                        "events",
                        lang.pick("Select at least one event.", "Wählen Sie mindestens eine Veranstaltung."),
                    ));
                }
            }
            1 => {
                self.filters_into(lang, &mut errors);
                if self.title.trim().is_empty() {
                    errors.push(Problem::new(
                        "title",
                        lang.pick("Give the package a title.", "Geben Sie dem Paket einen Titel."),
                    ));
                }
                if !COUNT_RANGE.contains(&self.num_packages) {
                    errors.push(Problem::new(
                        "num_packages",
                        lang.pick("Choose between 1 and 10 packages.", "Wählen Sie zwischen 1 und 10 Paketen."),
                    ));
                }
                if !COUNT_RANGE.contains(&self.n_top_events) {
                    errors.push(Problem::new(
                        "n_top_events",
                        lang.pick(
                            "Choose between 1 and 10 top events.",
                            "Wählen Sie zwischen 1 und 10 Top-Veranstaltungen.",
                        ),
                    ));
                }
            }
            _ => {}
        }
        errors
    }

    fn filters_into(&self, lang: Lang, errors: &mut Vec<Problem>) -> PackageFilters {
        let above = amount(&self.buying_above, "buying_above", lang, errors);
        let below = amount(&self.buying_below, "buying_below", lang, errors);
        if let (Some(above), Some(below)) = (above, below) {
            if below > above {
                errors.push(Problem::new(
                    "buying_below",
                    lang.pick(
                        "“Below” must not be more than “above”.",
                        "Der Wert für „unter“ darf nicht größer sein als der für „über“.",
                    ),
                ));
            }
        }
        let before = date(&self.purchases_before, "purchases_before", lang, errors);
        let after = date(&self.purchases_after, "purchases_after", lang, errors);
        if let (Some(before), Some(after)) = (&before, &after) {
            if before >= after {
                errors.push(Problem::new(
                    "purchases_after",
                    lang.pick(
                        "Excluding purchases before this date and after an earlier one leaves no purchases: pick a later date.",
                        "Käufe vor diesem Datum und nach einem früheren auszuschließen lässt keine Käufe übrig: Wählen Sie ein späteres Datum.",
                    ),
                ));
            }
        }
        let overlap = self.included_customers.iter().find(|c| self.excluded_customers.contains(c));
        if let Some(id) = overlap {
            errors.push(Problem::new(
                "excluded_customers",
                lang.pick(
                    format!("{id} is both included and excluded."),
                    format!("{id} ist zugleich ein- und ausgeschlossen."),
                ),
            ));
        }
        PackageFilters {
            included_customers: self.included_customers.clone(),
            excluded_customers: self.excluded_customers.clone(),
            exclude_buying_behavior_above: above,
            exclude_buying_behavior_below: below,
            exclude_old_purchases_before: before,
            exclude_recent_purchases_after: after,
            exclude_ticket_categories: self.ticket_categories.clone(),
        }
    }

    /// Every problem of every step, or the exact payload `POST /package_builder/packages` gets.
    pub fn payload(&self, lang: Lang) -> Result<CreatePackage, Vec<Problem>> {
        let mut errors = self.step_errors(0, lang);
        errors.extend(self.step_errors(1, lang));
        let filters = self.filters_into(lang, &mut Vec::new());
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(CreatePackage {
            num_packages: self.num_packages,
            n_top_events: self.n_top_events,
            event_ids: self.events.iter().map(|e| e.id.clone()).collect::<Vec<Id>>(),
            package_title: self.title.trim().to_string(),
            targeting_mode: self.targeting_mode,
            filters,
        })
    }
}
