//! Widgets used by several pages.

mod chart;
mod chips;
mod dialog;
mod feedback;
mod field;
mod notices;
mod status;
mod stepper;

pub use chart::{BarChart, Bar};
pub use chips::ChipInput;
pub use dialog::Dialog;
pub use feedback::{async_view, ErrorPanel, Loading};
pub use field::{FieldError, TextField};
pub use notices::{provide_notices, use_notices, NoticeRegion, Notices};
pub use status::{CampaignBadge, StatusBadge};
pub use stepper::Stepper;
