//! The global place for errors and notices: one polite live region that screen readers
//! announce, each notice dismissable.

use leptos::prelude::*;

#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    id: u64,
    text: String,
    is_error: bool,
}

#[derive(Clone, Copy)]
pub struct Notices {
    items: RwSignal<Vec<Notice>>,
    next: StoredValue<u64>,
}

impl Notices {
    fn push(&self, text: String, is_error: bool) {
        let id = self.next.get_value();
        self.next.set_value(id + 1);
        self.items.try_update(|items| {
            items.retain(|n| n.text != text);
            items.push(Notice { id, text, is_error });
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
        <div class="notices" role="status" aria-live="polite" aria-label="Notifications">
            <For each=move || notices.items.get() key=|n| n.id let:notice>
                <div class="notice" class:notice-error=notice.is_error>
                    <span>{notice.text.clone()}</span>
                    <button type="button" class="link-button" aria-label="Dismiss notification"
                        on:click=move |_| notices.dismiss(notice.id)>"×"</button>
                </div>
            </For>
        </div>
    }
}
