//! `/package-builder`: every package of the partner; sort, filter (kept in the URL), select
//! and merge; the rows the filters show (every page) download as CSV.
//!
//! Every row is keyed and selected by its row key ([`wave_api::rules::row_ids`]), never by
//! its id alone: a row the server sent without an id can be neither selected nor opened (it
//! says why), and a repeated id is flagged on each of its rows and selectable on one only.

use super::list_rows::{refresh_statuses, Filter, Row, Sort};
use super::MergedFrom;
use crate::api::{calls, use_client};
use crate::browser::perf::mark;
use crate::components::{load_view, use_notices, Binding, CsvButton, SelectField, StatusBadge, TextField};
use crate::i18n::format::{number, short_date};
use crate::i18n::{lang, lang_now, t, t_now, Lang, Tx};
use crate::reactive::load::use_call;
use crate::reactive::mutation::use_mutation;
use crate::routes::{Page, Route};
use crate::services::build_watch::use_build_watch;
use crate::tr;
use leptos::prelude::*;
use leptos::text_prop::TextProp;
use leptos_router::components::A;
use leptos_router::hooks::{use_location, use_navigate, use_query_map};
use leptos_router::NavigateOptions;
use leptos_use::signal_debounced;
use std::collections::{BTreeSet, HashMap};
use wasm_bindgen::JsCast;
use wave_api::contract::http::encode_component;
use wave_api::contract::models::{Id, PackageStatus, PackageSummary};
use wave_api::rules::{merge_ids, IdState, RowId, RowKey};

const PAGE_SIZE: usize = 50;
const URL_WRITE_DEBOUNCE_MS: f64 = 300.0;

#[component]
pub fn PackageList() -> impl IntoView {
    crate::i18n::provide_page_lang();
    Effect::new(move |_| crate::browser::document::set_title(t().pkg_list_title()));
    let packages = use_call(calls::list_packages);

    view! {
        <section class="page">
            <div class="page-header">
                <h1>{tr!(pkg_list_title)}</h1>
                <A href=Route::CreatePackage.href() attr:class="button primary">{tr!(pkg_create_package)}</A>
            </div>
            {load_view(packages, move |list| view! { <PackageTable list=list refetch=Callback::new(move |_| packages.reload())/> })}
        </section>
    }
}

#[component]
fn PackageTable(list: Vec<PackageSummary>, refetch: Callback<()>) -> impl IntoView {
    let notices = use_notices();
    let query = use_query_map();
    let navigate = use_navigate();
    let q = |key: &str| query.with_untracked(|m| m.get(key)).unwrap_or_default();
    let text = RwSignal::new(q("q"));
    let status = RwSignal::new(q("status"));
    let sort = RwSignal::new(Sort::from_code(&q("sort")));
    let page = RwSignal::new(q("page").parse::<usize>().unwrap_or(1).max(1));
    let selected = RwSignal::new(BTreeSet::<RowKey>::new());
    // The package a merge just made (`?new=`): read once, as a merge reloads the table.
    let highlight = StoredValue::new(q("new"));

    // Filter and sort state lives in the URL so it survives reload and can be shared. Written
    // once typing settles: a navigation per keystroke would make every link on the page
    // re-check whether it is current, and the filter should answer within a frame.
    let url = Signal::derive(move || {
        let mut parts = Vec::new();
        let text = text.get();
        if !text.is_empty() {
            parts.push(format!("q={}", encode_component(&text)));
        }
        let status = status.get();
        if !status.is_empty() {
            parts.push(format!("status={}", encode_component(&status)));
        }
        if sort.get() != Sort::NewestFirst {
            parts.push(format!("sort={}", sort.get().code()));
        }
        if page.get() > 1 {
            parts.push(format!("page={}", page.get()));
        }
        if parts.is_empty() {
            Route::Packages.href()
        } else {
            format!("{}?{}", Route::Packages.href(), parts.join("&"))
        }
    });
    let settled_url: Signal<String> = signal_debounced(url, URL_WRITE_DEBOUNCE_MS);
    // Not on mount, and only while this page is the current one: a replace that lands after a
    // quick Back would overwrite the history entry the user went back to.
    let location = use_location();
    Effect::watch(
        move || settled_url.get(),
        move |settled, _, _| {
            if Page::of_path(&location.pathname.get_untracked()) == Some(Page::Packages) {
                navigate(settled, NavigateOptions { replace: true, scroll: false, ..Default::default() });
            }
        },
        false,
    );

    mark("package-list-data");
    let total = list.len();
    let watch = use_build_watch();
    if let Some(watch) = watch {
        watch.watch_building(&list);
    }
    let all = StoredValue::new(Row::all(list));
    // Building rows move on with the shell's watcher (the same list answer), without a reload
    // that would lose the selection.
    let version = RwSignal::new(0u64);
    Effect::new(move |_| {
        let Some(latest) = watch.and_then(|w| w.latest.get()) else { return };
        if all.try_update_value(|rows| refresh_statuses(rows, &latest)).unwrap_or(false) {
            version.update(|v| *v += 1);
        }
    });
    let order = Memo::new(move |_| all.with_value(|rows| sort.get().order(rows)));
    // The rows' "Created" days, formatted once per language: a filter keystroke builds up to
    // a page of rows, and each would set up the browser's date formatter again.
    let dates = StoredValue::new((lang_now(), HashMap::<String, String>::new()));
    let created_date = move |lang: Lang, iso: &str| -> String {
        dates
            .try_update_value(|(cached_lang, cache)| {
                if *cached_lang != lang {
                    *cached_lang = lang;
                    cache.clear();
                }
                cache.entry(iso.to_string()).or_insert_with(|| short_date(lang, iso)).clone()
            })
            .unwrap_or_else(|| short_date(lang, iso))
    };
    // Indices into `all` of the rows that pass the filters, in sort order. Typing on only
    // narrows: then the previous matches are searched, not every row.
    let last_filter = StoredValue::new(None::<(Filter, u64, Sort)>);
    let visible = Memo::new(move |previous: Option<&Vec<usize>>| {
        let key = (version.get(), sort.get());
        order.track();
        let filter = Filter::new(PackageStatus::from_code(&status.get()), &text.get());
        let narrowed = previous.filter(|_| {
            last_filter.with_value(|last| last.as_ref().is_some_and(|(f, v, s)| (*v, *s) == key && filter.narrows(f)))
        });
        let matches = all.with_value(|rows| match narrowed {
            Some(previous) => previous.iter().copied().filter(|i| rows[*i].matches(&filter)).collect(),
            None => order.with(|order| order.iter().copied().filter(|i| rows[*i].matches(&filter)).collect()),
        });
        last_filter.set_value(Some((filter, key.0, key.1)));
        matches
    });
    let pages = Memo::new(move |_| visible.with(|v| v.len().div_ceil(PAGE_SIZE)).max(1));
    let page_rows = Memo::new(move |_| {
        let start = (page.get().min(pages.get()) - 1) * PAGE_SIZE;
        all.with_value(|rows| {
            visible.with(|v| {
                v.iter()
                    .skip(start)
                    .take(PAGE_SIZE)
                    .map(|i| (rows[*i].id.clone(), rows[*i].summary.clone()))
                    .collect::<Vec<_>>()
            })
        })
    });
    // A page past the end (an old link, fewer matches after filtering) shows the last one.
    Effect::new(move |_| {
        let last = pages.get();
        if page.get_untracked() > last {
            page.set(last);
        }
    });
    // The list is on screen: a mark for the benchmark.
    Effect::new(move |_| {
        page_rows.track();
        mark("package-list-rendered");
    });

    let client = use_client();
    let show_new = use_navigate();
    let merge = use_mutation(
        move |ids: &Vec<Id>| {
            let (client, ids) = (client.clone(), ids.clone());
            async move { client.send(calls::merge_packages(&ids)).await.map(|created| (ids.len(), created)) }
        },
        move |result| match result {
            Ok((count, created)) => {
                notices.info(t_now().pkg_merged(&number(lang_now(), count as f64), &created.title));
                selected.set(BTreeSet::new());
                // The new package, highlighted, in the unfiltered list: said by the URL, which
                // the reloaded table reads.
                let url = format!("{}?new={}", Route::Packages.href(), encode_component(&created.id.0));
                show_new(&url, NavigateOptions { replace: true, scroll: false, ..Default::default() });
                refetch.run(());
            }
            Err(e) => notices.error(t_now().pkg_merge_failed(&e.user_message(lang_now()))),
        },
    );
    let merging = merge.pending();
    // What a merge would send: never an empty id, each id once (only one row of a repeated id
    // can be ticked, and merge_ids drops a repeat anyway).
    let to_merge = move || selected.with(|s| merge_ids(&s.iter().map(|k| Id(k.id().to_string())).collect::<Vec<_>>()));
    let can_merge = move || to_merge().len() >= 2 && !merging.get();
    let start_merge = move |_| {
        let ids = untrack(to_merge);
        if ids.len() >= 2 {
            merge.dispatch_local(ids);
        }
    };
    // Named, not inline: a `<` or `>` inside an attribute closure in `view!` ends the tag.
    let single_page = move || pages.get() < 2;
    // Not a set when already there: every keystroke would re-run what reads the page.
    let first_page = move || {
        if page.get_untracked() != 1 {
            page.set(1);
        }
    };
    let on_first = move || page.get() <= 1;
    let on_last = move || page.get() >= pages.get();

    if total == 0 {
        return view! {
            <div class="empty">
                <h2>{tr!(pkg_empty_title)}</h2>
                <p>{tr!(pkg_empty_text)}</p>
                <A href=Route::CreatePackage.href() attr:class="button primary">{tr!(pkg_create_package)}</A>
            </div>
        }
        .into_any();
    }

    view! {
        <div class="toolbar" role="search">
            <TextField id="filter-text" label=tr!(pkg_filter_text) kind="search"
                value=Binding::new(move || text.get(), move |v| { text.set(v); first_page(); })/>
            <SelectField id="filter-status" label=tr!(pkg_status) options=status_options()
                value=Binding::new(move || status.get(), move |v| { status.set(v); first_page(); })/>
            <SelectField id="sort" label=tr!(pkg_sort) options=sort_options()
                value=Binding::new(move || sort.get().code().to_string(), move |v| sort.set(Sort::from_code(&v)))/>
            <button type="button" class="primary" on:click=start_merge disabled=move || !can_merge()>
                {move || if merging.get() { t().pkg_merging().to_string() } else { t().pkg_merge_selected(&number(lang(), to_merge().len() as f64)) }}
            </button>
            <CsvButton what=tr!(pkg_csv_what_packages) file_name="packages.csv" disabled=Signal::derive(move || visible.with(Vec::is_empty))
                csv=move || all.with_value(|rows| visible.with_untracked(|v| wave_api::rules::csv_tables::packages_csv(v.iter().map(|i| &rows[*i].summary))))/>
        </div>
        <p class="count" role="status">{move || {
            let lang = lang();
            Tx(lang).pkg_count(&number(lang, visible.with(Vec::len) as f64), &number(lang, total as f64))
        }}</p>
        <Show when=move || visible.with(|v| !v.is_empty())
            fallback=|| view! { <p class="empty">{tr!(pkg_no_match)}</p> }>
            <table class="data">
                <thead><tr>
                    <th scope="col"><span class="visually-hidden">{tr!(pkg_select)}</span></th>
                    <th scope="col">{tr!(pkg_col_title)}</th><th scope="col">{tr!(pkg_status)}</th><th scope="col">{tr!(pkg_col_events)}</th>
                    <th scope="col">{tr!(pkg_col_targeting)}</th><th scope="col">{tr!(pkg_col_created)}</th><th scope="col">{tr!(pkg_merged_from)}</th>
                </tr></thead>
                <tbody on:change=move |ev| on_select(ev, selected)>
                    // Rows are built in one language: a switch builds them again.
                    <For each=move || { let lang = lang(); page_rows.get().into_iter().map(move |(id, p)| (lang, id, p)).collect::<Vec<_>>() }
                        key=|(lang, id, p)| (*lang, id.key.clone(), p.status)
                        children=move |(lang, id, p)| {
                            let created = p.created_at.as_deref().map(|iso| created_date(lang, iso)).unwrap_or_default();
                            view! {
                                <PackageRow is_new=highlight.with_value(|h| !id.is_missing() && *h == p.id.0) p=p id=id selected=selected
                                    lang=lang created=created/>
                            }
                        }/>
                </tbody>
            </table>
        </Show>
        <nav class="pager" aria-label=tr!(pkg_pages) hidden=single_page>
            <button type="button" disabled=on_first on:click=move |_| page.update(|p| *p = p.saturating_sub(1).max(1))>{tr!(pkg_previous_page)}</button>
            <span>{move || {
                let lang = lang();
                Tx(lang).pkg_page_of(&number(lang, page.get().min(pages.get()) as f64), &number(lang, pages.get() as f64))
            }}</span>
            <button type="button" disabled=on_last on:click=move |_| page.update(|p| *p = (*p + 1).min(pages.get_untracked()))>{tr!(pkg_next_page)}</button>
        </nav>
    }.into_any()
}

/// One row, built as cheaply as it can be: a filter keystroke on 10,000 packages removes and
/// builds up to 100 of them. Nothing here is reactive but the checkbox; its changes are heard
/// once, on the table body (`on_select`). The checkbox's value is the row key, not the id.
/// Its text is in `lang` (a switch builds the rows again); `created` is its day, formatted.
#[component]
fn PackageRow(
    p: PackageSummary,
    id: RowId,
    selected: RwSignal<BTreeSet<RowKey>>,
    is_new: bool,
    lang: Lang,
    created: String,
) -> impl IntoView {
    let tx = Tx(lang);
    let key = id.key.clone();
    let value = key.to_text();
    let checked = move || selected.with(|s| s.contains(&key));
    let events = p.events.iter().map(|e| e.title.clone()).collect::<Vec<_>>().join(", ");
    let note = id_note(tx, &id);
    let note_id = id.key.dom_id("package-id-note");
    let described_by = note.is_some().then(|| note_id.clone());
    // Plain anchors (the router still handles their clicks): `<A>` would give every row a
    // reactive "is this the current page" check, re-run on each navigation, for nothing.
    // A row without an id has no page to open.
    let title = if id.is_missing() {
        view! { <span>{p.title.clone()}</span> }.into_any()
    } else {
        view! { <a href=Route::Results(p.id.clone()).href()>{p.title.clone()}</a> }.into_any()
    };
    view! {
        <tr class=if is_new { "highlight" } else { "" }>
            <td><input type="checkbox" value=value aria-label=tx.pkg_select_row(&p.title) prop:checked=checked
                disabled=!id.selectable() aria-describedby=described_by/></td>
            <td>{title}{note.map(|(flag, why)| view! {
                <p class="hint id-note" id=note_id><span class="badge badge-busy">{flag}</span>" "{why}</p>
            })}</td>
            <td data-label=tx.pkg_status()><StatusBadge status=p.status/></td>
            <td data-label=tx.pkg_col_events()>{events}</td>
            <td data-label=tx.pkg_col_targeting()>{p.targeting_mode.clone().unwrap_or_default()}</td>
            <td data-label=tx.pkg_col_created()>{created}</td>
            <td data-label=tx.pkg_merged_from()>{p.merge_id.clone().filter(|m| !m.is_empty()).map(|m| view! { <MergedFrom merge_id=m/> })}</td>
        </tr>
    }
}

/// Why a row's id limits what can be done with it: its flag and the reason, shown in the row.
fn id_note(tx: Tx, id: &RowId) -> Option<(&'static str, String)> {
    let why = match id.state {
        IdState::Unique => return None,
        IdState::Missing => tx.pkg_note_missing_id().to_string(),
        IdState::Repeated { count } if id.selectable() => tx.pkg_note_repeated_merged_once(&count.to_string()),
        IdState::Repeated { count } => tx.pkg_note_repeated_one_row(&count.to_string()),
    };
    Some((tx.id_flag(id.flag()?), why))
}

/// A row's checkbox changed: its value is the row's key.
fn on_select(ev: web_sys::Event, selected: RwSignal<BTreeSet<RowKey>>) {
    let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else { return };
    if input.type_() != "checkbox" {
        return;
    }
    let (Some(key), on) = (RowKey::from_text(&input.value()), input.checked()) else { return };
    selected.update(|s| {
        if on {
            s.insert(key);
        } else {
            s.remove(&key);
        }
    });
}

fn status_options() -> Vec<(String, TextProp)> {
    std::iter::once((String::new(), TextProp::from(tr!(pkg_all_statuses))))
        .chain(PackageStatus::ALL.iter().map(|s| {
            let s = *s;
            (s.code().to_string(), TextProp::from(move || s.label(lang())))
        }))
        .collect()
}

fn sort_options() -> Vec<(String, TextProp)> {
    Sort::ALL.iter().map(|&(sort, code)| (code.to_string(), TextProp::from(move || sort.label(t())))).collect()
}
