//! English and German (the language issue): a German browser starts in German, the switch in
//! the header is remembered, no route shows a machine timestamp in either language, axe is
//! clean in German, and a German user's flows send the server exactly what an English user's
//! do. Each test is a #[tokio::test] in its module, named `module::test` in cargo's output.

mod flows;
mod language;
