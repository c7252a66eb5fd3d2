//! The campaign wizard over one draft: its steps, the fields it edits ([`SetupField`], typed:
//! a field's step, its cluster and its problem all come from the one key), and what must hold
//! before a draft can be published ([`validate_setup`]).

use crate::contract::models::SetupProcess;
use crate::rules::{is_http_url, is_iso_date, row_ids, IdState, Lang, Problem};
use std::fmt;

/// How many steps the campaign wizard has.
pub const SETUP_STEP_COUNT: usize = 5;

/// The campaign wizard's steps, in order (the reference webapp's wizard, with a review).
pub fn setup_steps(lang: Lang) -> [&'static str; SETUP_STEP_COUNT] {
    lang.pick(
        [
            "Goal, budget and dates",
            "Taste clusters",
            "Creative and targeting",
            "Integration and DSA",
            "Review and publish",
        ],
        [
            "Ziel, Budget und Zeitraum",
            "Geschmackscluster",
            "Anzeige und Zielgruppe",
            "Integration und DSA",
            "Prüfen und veröffentlichen",
        ],
    )
}

/// A field of the campaign draft that the wizard edits and checks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SetupField {
    Goal,
    TotalBudget,
    StartDate,
    EndDate,
    /// The choice of taste clusters (step 2).
    Clusters,
    /// A field of the cluster at this position of the draft's `clusters`.
    Cluster(usize, ClusterField),
    DsaPayor,
    DsaBeneficiary,
}

/// A field of one cluster's creative and targeting.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ClusterField {
    /// Its taste cluster id (missing or repeated: the server's data, not the user's).
    Tc,
    Headline,
    Body,
    MediaUrl,
    Cta,
    /// Minimum and maximum age together.
    Age,
}

impl SetupField {
    /// The step (0-based, of [`setup_steps`]) whose form holds the field.
    pub fn step(self) -> usize {
        match self {
            SetupField::Goal | SetupField::TotalBudget | SetupField::StartDate | SetupField::EndDate => 0,
            SetupField::Clusters => 1,
            SetupField::Cluster(..) => 2,
            SetupField::DsaPayor | SetupField::DsaBeneficiary => 3,
        }
    }

    /// The position of the cluster the field belongs to.
    pub fn cluster(self) -> Option<usize> {
        match self {
            SetupField::Cluster(i, _) => Some(i),
            _ => None,
        }
    }
}

/// The draft's JSON path of the field (`clusters.2.headline`): how the demo backend names it.
impl fmt::Display for SetupField {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let name = match self {
            SetupField::Goal => "goal",
            SetupField::TotalBudget => "total_budget",
            SetupField::StartDate => "start_date",
            SetupField::EndDate => "end_date",
            SetupField::Clusters => "clusters",
            SetupField::DsaPayor => "dsa_payor",
            SetupField::DsaBeneficiary => "dsa_beneficiary",
            SetupField::Cluster(i, field) => {
                let field = match field {
                    ClusterField::Tc => "tc",
                    ClusterField::Headline => "headline",
                    ClusterField::Body => "body",
                    ClusterField::MediaUrl => "media_url",
                    ClusterField::Cta => "cta",
                    ClusterField::Age => "age",
                };
                return write!(f, "clusters.{i}.{field}");
            }
        };
        f.write_str(name)
    }
}

/// The step from the URL's `step` (1-based); anything else is the first step.
pub fn setup_step_from_query(step: Option<&str>) -> usize {
    step.and_then(|s| s.trim().parse::<usize>().ok())
        .filter(|n| (1..=SETUP_STEP_COUNT).contains(n))
        .map_or(0, |n| n - 1)
}

/// What must hold before a draft can be published, worded in `lang`.
pub fn validate_setup(draft: &SetupProcess, lang: Lang) -> Vec<Problem<SetupField>> {
    use ClusterField as C;
    use SetupField as F;
    let say = |en: &str, de: &str| lang.pick(en, de).to_string();
    let mut errors = Vec::new();
    match draft.total_budget {
        Some(b) if b > 0.0 && b.is_finite() => {}
        _ => errors.push(Problem::new(
            F::TotalBudget,
            say("Enter a total budget greater than 0.", "Geben Sie ein Gesamtbudget größer als 0 ein."),
        )),
    }
    match (draft.start_date.as_deref(), draft.end_date.as_deref()) {
        (Some(start), Some(end)) if is_iso_date(start) && is_iso_date(end) => {
            if end <= start {
                errors.push(Problem::new(
                    F::EndDate,
                    say("The end date must be after the start date.", "Das Enddatum muss nach dem Startdatum liegen."),
                ));
            }
        }
        (start, end) => {
            if !start.is_some_and(is_iso_date) {
                errors.push(Problem::new(F::StartDate, say("Choose a start date.", "Wählen Sie ein Startdatum.")));
            }
            if !end.is_some_and(is_iso_date) {
                errors.push(Problem::new(F::EndDate, say("Choose an end date.", "Wählen Sie ein Enddatum.")));
            }
        }
    }
    if draft.clusters.is_empty() {
        errors.push(Problem::new(
            F::Clusters,
            say("Select at least one taste cluster.", "Wählen Sie mindestens einen Geschmackscluster."),
        ));
    }
    // A cluster is published as the campaign `(eid, tc, tc_run_id)`: one without a `tc` has
    // no campaign to become, and two with the same `tc` would become one.
    let ids = row_ids(draft.clusters.iter().map(|c| c.tc.as_str()));
    for (i, id) in ids.iter().enumerate() {
        match id.state {
            IdState::Missing => errors.push(Problem::new(
                F::Cluster(i, C::Tc),
                say(
                    "This cluster has no taste cluster id from the server: remove it.",
                    "Dieser Cluster hat vom Server keine Geschmackscluster-ID: Entfernen Sie ihn.",
                ),
            )),
            IdState::Repeated { .. } if id.key.occurrence() > 0 => errors.push(Problem::new(
                F::Cluster(i, C::Tc),
                say(
                    "This taste cluster is in the draft more than once: keep one copy and remove the others.",
                    "Dieser Geschmackscluster steht mehrfach im Entwurf: Behalten Sie eine Kopie und entfernen Sie die anderen.",
                ),
            )),
            _ => {}
        }
    }
    for (i, cluster) in draft.clusters.iter().enumerate() {
        let c = &cluster.creative;
        if c.headline.trim().is_empty() {
            errors.push(Problem::new(
                F::Cluster(i, C::Headline),
                say("Write a headline.", "Schreiben Sie eine Überschrift."),
            ));
        }
        if c.body.trim().is_empty() {
            errors.push(Problem::new(
                F::Cluster(i, C::Body),
                say("Write the ad text.", "Schreiben Sie den Anzeigentext."),
            ));
        }
        if !c.media_url.trim().is_empty() && !is_http_url(c.media_url.trim()) {
            errors.push(Problem::new(
                F::Cluster(i, C::MediaUrl),
                say("Use a full http(s):// address.", "Verwenden Sie eine vollständige http(s)://-Adresse."),
            ));
        }
        if c.cta.trim().is_empty() {
            errors.push(Problem::new(
                F::Cluster(i, C::Cta),
                say("Choose a call to action.", "Wählen Sie einen Call-to-Action."),
            ));
        }
        let t = &cluster.targeting;
        if let (Some(min), Some(max)) = (t.age_min, t.age_max) {
            if min > max {
                errors.push(Problem::new(
                    F::Cluster(i, C::Age),
                    say(
                        "The minimum age must not exceed the maximum.",
                        "Das Mindestalter darf nicht über dem Höchstalter liegen.",
                    ),
                ));
            }
        }
    }
    if draft.dsa_payor.trim().is_empty() {
        errors.push(Problem::new(
            F::DsaPayor,
            say(
                "Name who pays for the ads (EU Digital Services Act).",
                "Nennen Sie, wer für die Anzeigen bezahlt (EU-Gesetz über digitale Dienste).",
            ),
        ));
    }
    if draft.dsa_beneficiary.trim().is_empty() {
        errors.push(Problem::new(
            F::DsaBeneficiary,
            say(
                "Name who benefits from the ads (EU Digital Services Act).",
                "Nennen Sie, wer von den Anzeigen profitiert (EU-Gesetz über digitale Dienste).",
            ),
        ));
    }
    errors
}
