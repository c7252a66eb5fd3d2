//! Widgets used by several pages.

mod ad_preview;
mod chart;
mod chips;
mod compare;
mod csv_button;
mod dialog;
mod feedback;
mod field;
mod language;
mod notices;
mod number_field;
mod status;
mod stepper;
pub mod theme;

pub use ad_preview::{cta_label, AdPreview, MediaState, MEDIA_SETTLE_MS};
pub use chart::{Bar, BarChart};
pub use chips::ChipInput;
pub use compare::CompareTable;
pub use csv_button::CsvButton;
pub use dialog::Dialog;
pub use feedback::{load_view, ErrorPanel, Loading};
pub use field::{Binding, FieldError, Labelled, SelectField, TextField};
pub use language::LanguageToggle;
pub use notices::{provide_notices, use_notices, NoticeRegion, Notices};
pub use number_field::NumberField;
pub use status::{CampaignBadge, StatusBadge};
pub use stepper::Stepper;
pub use theme::ThemeToggle;
