//! The catalogue, one file per part of the app. Each entry is a method of [`super::Tx`]:
//! `name => "English", "Deutsch";` (fixed text) or `name(args) => english, german;` (text with
//! values). Entries are in the order the user meets them on the page.

mod campaigns;
mod common;
mod packages;
mod pages;
mod shell;
