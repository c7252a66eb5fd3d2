//! One module per route, named like the route. Dates and numbers on screen are formatted by
//! [`crate::i18n::format`], in the language on screen.

pub mod campaigns;
pub mod connect;
pub mod event;
pub mod not_found;
pub mod overview;
pub mod package_builder;
pub mod split;
