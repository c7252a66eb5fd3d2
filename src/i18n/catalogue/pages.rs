//! The overview, the event pages, connect, and the app-wide services.

texts! {
    // The overview.
    pg_ov_title => "Overview", "Übersicht";
    pg_ov_lead => "What is building, what finished, what is running: at a glance.", "Was gerade erstellt wird, was fertig ist, was läuft: auf einen Blick.";
    pg_ov_building => "Building now", "Wird gerade erstellt";
    pg_ov_nothing_building => "Nothing is building. Create a package to start one.", "Gerade wird nichts erstellt. Erstellen Sie ein Paket, um zu beginnen.";
    pg_ov_create_package => "Create a package", "Paket erstellen";
    pg_ov_finished => "Recently finished", "Kürzlich fertig";
    pg_ov_no_finished => "No finished packages yet.", "Noch keine fertigen Pakete.";
    pg_ov_all_packages => "All packages", "Alle Pakete";
    pg_ov_drafts => "Drafts in progress", "Entwürfe in Arbeit";
    pg_ov_no_drafts => "No drafts opened in this browser yet.", "In diesem Browser wurden noch keine Entwürfe geöffnet.";
    pg_ov_draft_not_saved => " — not saved from this browser yet", " – in diesem Browser noch nicht gespeichert";
    pg_ov_all_campaigns_drafts => "All campaigns and drafts", "Alle Kampagnen und Entwürfe";
    pg_ov_running => "Running campaigns", "Laufende Kampagnen";
    pg_ov_no_running => "No active or paused campaigns.", "Keine aktiven oder pausierten Kampagnen.";
    pg_ov_all_campaigns => "All campaigns", "Alle Kampagnen";
    pg_ov_attribution => "Latest attribution", "Neueste Attribution";
    pg_ov_no_attribution => "No attribution figures yet.", "Noch keine Attributionszahlen.";

    // An event's page.
    pg_ev_back => "← All campaigns", "← Alle Kampagnen";
    pg_ev_set_up => "Set up campaigns", "Kampagnen einrichten";
    pg_ev_published => "Published campaigns", "Veröffentlichte Kampagnen";
    pg_ev_none_published => "No campaigns published for this event yet.", "Für diese Veranstaltung wurden noch keine Kampagnen veröffentlicht.";
    pg_ev_csv_campaigns => "campaigns", "Kampagnen";
    pg_ev_attribution => "Attribution", "Attribution";
    pg_ev_no_attribution => "No attribution results yet.", "Noch keine Attributionsergebnisse.";
    pg_ev_csv_attribution => "attribution", "Attribution";
    pg_ev_attribution_caption => "Sales adjustment per cluster and date", "Verkaufsanpassung nach Cluster und Datum";
    pg_ev_col_cluster => "Cluster", "Cluster";
    pg_ev_col_run => "Run", "Lauf";
    pg_ev_col_date => "Date", "Datum";
    pg_ev_col_sales => "Sales", "Verkäufe";
    pg_ev_col_adjusted => "Adjusted sales", "Bereinigte Verkäufe";
    pg_ev_col_adjustment => "Adjustment", "Anpassung";
    pg_ev_chart_title => "Sales adjustment per cluster and date (percent)", "Verkaufsanpassung nach Cluster und Datum (Prozent)";

    // A published campaign (card, edit dialog, changed elsewhere).
    pg_cc_enter_budget => "Enter a budget greater than 0.", "Geben Sie ein Budget größer als 0 ein.";
    pg_cc_no_id => "No cluster or run id from the server: this campaign cannot be changed here.", "Keine Cluster- oder Lauf-ID vom Server: Diese Kampagne kann hier nicht geändert werden.";
    pg_cc_budget => "Budget", "Budget";
    pg_cc_save_budget => "Save budget", "Budget speichern";
    pg_cc_resume => "Resume", "Fortsetzen";
    pg_cc_pause => "Pause", "Pausieren";
    pg_cc_edit_creative => "Edit creative", "Anzeige bearbeiten";
    pg_cc_write_headline => "Write a headline.", "Schreiben Sie eine Überschrift.";
    pg_cc_edit_title => "Edit published cluster", "Veröffentlichten Cluster bearbeiten";
    pg_cc_headline => "Headline", "Überschrift";
    pg_cc_body => "Body", "Text";
    pg_cc_media_url => "Media URL", "Medien-URL";
    pg_cc_locations => "Locations", "Orte";
    pg_cc_locations_placeholder => "Type a place, then Enter", "Ort eingeben, dann Enter";
    pg_cc_save_changes => "Save changes", "Änderungen speichern";
    pg_cc_status => "Status", "Status";
    pg_cc_cta => "Call to action", "Call-to-Action";
    pg_cc_ages => "Ages", "Alter";
    pg_cc_genders => "Genders", "Geschlechter";
    pg_cc_custom_audiences => "Custom audiences", "Eigene Zielgruppen";
    pg_cc_campaign => "Campaign", "Kampagne";
    pg_cc_published => "published", "veröffentlicht";
    pg_cc_no_longer_listed => "no longer listed", "nicht mehr aufgeführt";
    pg_cc_changed_elsewhere => "Someone else changed this campaign since this page showed it.", "Jemand anderes hat diese Kampagne geändert, seit diese Seite sie angezeigt hat.";
    pg_cc_what_changed => "What changed", "Was sich geändert hat";
    pg_cc_col_field => "Field", "Feld";
    pg_cc_col_shown => "As shown here", "Wie hier angezeigt";
    pg_cc_col_now => "Now", "Jetzt";
    pg_cc_show_theirs => "Discard mine and show theirs", "Meine verwerfen, andere anzeigen";
    pg_cc_save_mine => "Save mine anyway", "Meine trotzdem speichern";

    // A one-off campaign.
    pg_oo_required => "A cluster, a run and a budget greater than 0 are required.", "Cluster, Lauf und ein Budget größer als 0 sind erforderlich.";
    pg_oo_summary => "Create a one-off campaign for one cluster", "Einmalkampagne für einen Cluster erstellen";
    pg_oo_tc => "Taste cluster (tc)", "Geschmackscluster (tc)";
    pg_oo_run => "Cluster run (tc_run_id)", "Cluster-Lauf (tc_run_id)";
    pg_oo_budget => "One-off budget", "Budget der Einmalkampagne";
    pg_oo_headline => "One-off headline", "Überschrift der Einmalkampagne";
    pg_oo_body => "One-off body", "Text der Einmalkampagne";
    pg_oo_creating => "Creating…", "Wird erstellt …";
    pg_oo_create => "Create one-off campaign", "Einmalkampagne erstellen";

    // Connect.
    pg_cn_title => "Connect", "Verbinden";
    pg_cn_live_needs => "Live mode needs an API base URL, an API token and a partner ID. A new API base URL needs its own token.", "Der Live-Modus braucht eine API-Basis-URL, ein API-Token und eine Partner-ID. Eine neue API-Basis-URL braucht ihr eigenes Token.";
    pg_cn_connected_demo => "Connected in Demo mode.", "Im Demomodus verbunden.";
    pg_cn_connected_live => "Connected in Live mode.", "Im Live-Modus verbunden.";
    pg_cn_session_ended => "Your session has ended. Sign in again to continue where you were; nothing you typed is lost.", "Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an, um dort weiterzumachen, wo Sie waren; nichts, was Sie eingegeben haben, geht verloren.";
    pg_cn_mode => "Mode", "Modus";
    pg_cn_demo_option => " Demo — mock data, no server needed", " Demo – Beispieldaten, kein Server nötig";
    pg_cn_live_option => " Live — a real Wave API", " Live – eine echte Wave-API";
    pg_cn_base_url => "API base URL", "API-Basis-URL";
    pg_cn_base_url_hint => "For example /api or https://api.example.com", "Zum Beispiel /api oder https://api.example.com";
    pg_cn_token => "API token", "API-Token";
    pg_cn_token_hint => "Kept for this tab only (sessionStorage); never stored permanently.", "Nur für diesen Tab gespeichert (sessionStorage), nie dauerhaft.";
    pg_cn_token_other_api => "This is another API: it needs its own token.", "Das ist eine andere API: Diese braucht ein eigenes Token.";
    pg_cn_partner_id => "Partner ID", "Partner-ID";

    // Services: "your package is ready".
    pg_bw_see_package => "See the package", "Zum Paket";
}

texts_fmt! {
    // The overview.
    pg_ov_build_progress(title: &str) => format!("Build progress of {title}"), format!("Erstellungsfortschritt von {title}");
    pg_ov_draft_saved(when: &str) => format!(" — last saved {when}"), format!(" – zuletzt gespeichert {when}");
    pg_ov_campaign_cluster(tc: &str) => format!(" — {tc} "), format!(" – {tc} ");
    pg_ov_attribution_row(tc: &str, date: &str, sales: &str, adjusted: &str, change: &str) =>
        format!(" — {tc}, {date}: sales {sales} (adjusted {adjusted}, {change})"),
        format!(" – {tc}, {date}: Verkäufe {sales} (bereinigt {adjusted}, {change})");

    // Events.
    pg_event_number(eid: &str) => format!("Event #{eid}"), format!("Veranstaltung #{eid}");
    pg_ev_details(details: &str, eid: &str) => format!("{details} · event #{eid}"), format!("{details} · Veranstaltung #{eid}");

    // A published campaign.
    pg_cc_paused(tc: &str) => format!("Paused “{tc}”."), format!("„{tc}“ pausiert.");
    pg_cc_resumed(tc: &str) => format!("Resumed “{tc}”."), format!("„{tc}“ fortgesetzt.");
    pg_cc_budget_saved(tc: &str) => format!("Saved the budget of “{tc}”."), format!("Budget von „{tc}“ gespeichert.");
    pg_cc_save_failed(why: &str) => format!("Saving the campaign failed. {why}"), format!("Die Kampagne konnte nicht gespeichert werden. {why}");
    pg_cc_repeated(count: &str) => format!("The server lists this cluster and run {count} times."), format!("Der Server führt diesen Cluster und Lauf {count}-mal auf.");
    pg_cc_run(run: &str) => format!("run {run}"), format!("Lauf {run}");
    pg_cc_budget_of(tc: &str) => format!("Budget of {tc}"), format!("Budget von {tc}");
    pg_cc_updated(tc: &str) => format!("“{tc}” updated."), format!("„{tc}“ aktualisiert.");

    // A one-off campaign.
    pg_oo_created(tc: &str) => format!("One-off campaign for “{tc}” created."), format!("Einmalkampagne für „{tc}“ erstellt.");

    // Services: "your package is ready".
    pg_bw_ready(title: &str) => format!("Your package “{title}” is ready."), format!("Ihr Paket „{title}“ ist fertig.");
    pg_bw_failed(title: &str) => format!("Your package “{title}” failed to build."), format!("Ihr Paket „{title}“ konnte nicht erstellt werden.");
    pg_bw_status(title: &str, status: &str) => format!("Your package “{title}” is {status}."), format!("Ihr Paket „{title}“ ist {status}.");
}
