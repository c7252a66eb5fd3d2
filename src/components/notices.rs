//! The global place for errors and notices: one polite live region that screen readers
//! announce, each notice dismissable.

use crate::tr;
use leptos::prelude::*;
use leptos_router::components::A;

#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    id: u64,
    text: String,
    is_error: bool,
    /// A link to where the notice leads: (href, link text).
    link: Option<(String, String)>,
}

#[derive(Clone, Copy)]
pub struct Notices {
    items: RwSignal<Vec<Notice>>,
    next: StoredValue<u64>,
}

impl Notices {
    fn push(&self, text: String, is_error: bool) {
        self.push_with(text, is_error, None);
    }

    fn push_with(&self, text: String, is_error: bool, link: Option<(String, String)>) {
        // Called after awaits too: once the app is gone there is nobody to tell.
        let Some(id) = self.next.try_get_value() else { return };
        let _ = self.next.try_set_value(id + 1);
        self.items.try_update(|items| {
            items.retain(|n| n.text != text);
            items.push(Notice { id, text, is_error, link });
            if items.len() > 4 {
                items.remove(0);
            }
        });
    }

    pub fn info(&self, text: impl Into<String>) {
        self.push(text.into(), false);
    }

    pub fn error(&self, text: impl Into<String>) {
        self.push(text.into(), true);
    }

    /// A notice with a link (`href` inside the app, followed by the router).
    pub fn with_link(&self, text: impl Into<String>, is_error: bool, href: String, label: impl Into<String>) {
        self.push_with(text.into(), is_error, Some((href, label.into())));
    }

    pub fn dismiss(&self, id: u64) {
        self.items.try_update(|items| items.retain(|n| n.id != id));
    }
}

pub fn provide_notices() -> Notices {
    let notices = Notices { items: RwSignal::new(Vec::new()), next: StoredValue::new(0) };
    provide_context(notices);
    notices
}

pub fn use_notices() -> Notices {
    expect_context::<Notices>()
}

#[component]
pub fn NoticeRegion() -> impl IntoView {
    let notices = use_notices();
    view! {
        <div class="notices" role="status" aria-live="polite" aria-label=tr!(notifications)>
            <For each=move || notices.items.get() key=|n| n.id let:notice>
                <div class="notice" class:notice-error=notice.is_error>
                    <span>{notice.text.clone()}</span>
                    {notice.link.clone().map(|(href, label)| view! { " " <A href=href>{label}</A> })}
                    <button type="button" class="link-button" aria-label=tr!(dismiss_notification)
                        on:click=move |_| notices.dismiss(notice.id)>"×"</button>
                </div>
            </For>
        </div>
    }
}
