//! The package pages (`pages/package_builder/`): list, create wizard, results.

texts! {
    // Shared by the pages: rows' id flags, column and field names.
    pkg_flag_no_id_remark => "(no id)", "(keine ID)";
    pkg_flag_repeated_id_remark => "(repeated id)", "(doppelte ID)";
    pkg_merged_from => "Merged from", "Zusammengeführt aus";
    pkg_col_title => "Title", "Titel";
    pkg_status => "Status", "Status";
    pkg_col_events => "Events", "Veranstaltungen";
    pkg_col_targeting => "Targeting", "Zielgruppe";
    pkg_col_created => "Created", "Erstellt";
    pkg_create_package => "Create package", "Paket erstellen";

    // The list.
    pkg_list_title => "Packages", "Pakete";
    pkg_empty_title => "No packages yet", "Noch keine Pakete";
    pkg_empty_text => "Create your first audience package from one or more events.", "Erstellen Sie Ihr erstes Zielgruppenpaket aus einer oder mehreren Veranstaltungen.";
    pkg_filter_text => "Filter by text", "Nach Text filtern";
    pkg_all_statuses => "All statuses", "Alle Status";
    pkg_sort => "Sort", "Sortierung";
    pkg_sort_newest => "Newest first", "Neueste zuerst";
    pkg_sort_oldest => "Oldest first", "Älteste zuerst";
    pkg_sort_title_az => "Title A–Z", "Titel A–Z";
    pkg_sort_title_za => "Title Z–A", "Titel Z–A";
    pkg_merging => "Merging…", "Wird zusammengeführt …";
    pkg_csv_what_packages => "packages", "Pakete";
    pkg_no_match => "No packages match these filters.", "Keine Pakete entsprechen diesen Filtern.";
    pkg_select => "Select", "Auswählen";
    pkg_pages => "Pages", "Seiten";
    pkg_previous_page => "Previous page", "Vorherige Seite";
    pkg_next_page => "Next page", "Nächste Seite";
    pkg_note_missing_id => "No id from the server: cannot be merged or opened.", "Keine ID vom Server: Das Paket kann weder zusammengeführt noch geöffnet werden.";

    // The create wizard.
    pkg_wizard_cleared_elsewhere => "The wizard was finished or cleared in another tab, so it starts afresh here too.", "Der Assistent wurde in einem anderen Tab abgeschlossen oder geleert und beginnt daher auch hier von vorn.";
    pkg_progress_discarded => "Saved wizard progress was from an older version or damaged, so it was discarded.", "Der gespeicherte Fortschritt des Assistenten stammte aus einer älteren Version oder war beschädigt und wurde daher verworfen.";
    pkg_start_over => "Start over", "Neu beginnen";
    pkg_wizard_cleared => "The wizard was cleared. ", "Der Assistent wurde geleert. ";
    pkg_undo => "Undo", "Rückgängig";
    pkg_fix_fields => "Please fix the highlighted fields before continuing.", "Bitte korrigieren Sie die markierten Felder, bevor Sie fortfahren.";
    pkg_back => "Back", "Zurück";
    pkg_next => "Next", "Weiter";

    // Step 1: events.
    pkg_selected_events => "Selected events", "Ausgewählte Veranstaltungen";
    pkg_no_events_selected => "No events selected yet.", "Noch keine Veranstaltungen ausgewählt.";
    pkg_search_events => "Search events", "Veranstaltungen suchen";
    pkg_events_since => "Events since", "Veranstaltungen ab";
    pkg_matching_events => "Matching events", "Passende Veranstaltungen";
    pkg_option_selected => " (selected)", " (ausgewählt)";
    pkg_event_no_id => "No id from the server: cannot be chosen.", "Keine ID vom Server: Die Veranstaltung kann nicht gewählt werden.";
    pkg_searching_events => "Searching events…", "Veranstaltungen werden gesucht …";
    pkg_no_events_match => "No events match.", "Keine Veranstaltung passt.";
    pkg_load_more_events => "Load more events", "Weitere Veranstaltungen laden";

    // Step 2: targeting and customers.
    pkg_type_and_enter => "Type and press Enter", "Eingeben und Enter drücken";
    pkg_title_label => "Package title", "Pakettitel";
    pkg_targeting_mode => "Targeting mode", "Zielgruppenmodus";
    pkg_mode_lookalike => "Lookalike", "Lookalike";
    pkg_mode_intent => "Intent", "Kaufabsicht";
    pkg_mode_dash => " — ", " – ";
    pkg_mode_lookalike_explained => "Find new customers who resemble the people who bought tickets to these events.", "Neue Kunden finden, die den Käufern von Tickets für diese Veranstaltungen ähneln.";
    pkg_mode_intent_explained => "Find customers whose recent behaviour shows they are likely to buy tickets like these now.", "Kunden finden, deren jüngstes Verhalten zeigt, dass sie jetzt wahrscheinlich solche Tickets kaufen.";
    pkg_num_packages => "Number of packages (1–10)", "Anzahl der Pakete (1–10)";
    pkg_top_events_per_package => "Top events per package (1–10)", "Top-Veranstaltungen pro Paket (1–10)";
    pkg_customer_segmentation => "Customer segmentation", "Kundensegmentierung";
    pkg_included_customer_ids => "Included customer IDs", "Eingeschlossene Kunden-IDs";
    pkg_excluded_customer_ids => "Excluded customer IDs", "Ausgeschlossene Kunden-IDs";
    pkg_spending_above_label => "Exclude customers spending above (EUR)", "Kunden mit Ausgaben über … ausschließen (EUR)";
    pkg_spending_below_label => "Exclude customers spending below (EUR)", "Kunden mit Ausgaben unter … ausschließen (EUR)";
    pkg_purchases_before => "Exclude purchases before", "Käufe ausschließen vor";
    pkg_purchases_after => "Exclude purchases after", "Käufe ausschließen nach";
    pkg_excluded_ticket_categories => "Excluded ticket categories", "Ausgeschlossene Ticketkategorien";
    pkg_describe_customers => "Describe customers in words", "Kunden in Worten beschreiben";
    pkg_describe_placeholder => "e.g. families who bought children's theatre tickets last year", "z. B. Familien, die letztes Jahr Tickets für Kindertheater gekauft haben";
    pkg_description_language => "Language of the description", "Sprache der Beschreibung";
    pkg_language_english => "English", "Englisch";
    pkg_language_german => "German", "Deutsch";
    pkg_finding_customers => "Finding customers…", "Kunden werden gesucht …";
    pkg_find_customers => "Find customers", "Kunden finden";
    pkg_describe_first => "Describe the customers first.", "Beschreiben Sie zuerst die Kunden.";
    pkg_add_to_included => "Add to included", "Einschließen";
    pkg_add_to_excluded => "Add to excluded", "Ausschließen";
    pkg_discard => "Discard", "Verwerfen";

    // Step 3: preview.
    pkg_answers_need_attention => "Some earlier answers need attention:", "Einige frühere Angaben müssen korrigiert werden:";
    pkg_none => "none", "keine";
    pkg_not_set => "not set", "nicht festgelegt";
    pkg_top_events => "Top events", "Top-Veranstaltungen";
    pkg_included_customers => "Included customers", "Eingeschlossene Kunden";
    pkg_excluded_customers => "Excluded customers", "Ausgeschlossene Kunden";
    pkg_exclude_spending_above => "Exclude spending above", "Ausschluss: Ausgaben über";
    pkg_exclude_spending_below => "Exclude spending below", "Ausschluss: Ausgaben unter";
    pkg_request_body => "Request body (JSON)", "Anfragetext (JSON)";
    pkg_creating => "Creating…", "Wird erstellt …";

    // Results.
    pkg_all_packages => "← All packages", "← Alle Pakete";
    pkg_package => "Package", "Paket";
    pkg_loading_package => "Loading package…", "Paket wird geladen …";
    pkg_building => "Building the package…", "Das Paket wird erstellt …";
    pkg_build_progress => "Build progress", "Fortschritt der Erstellung";
    pkg_checks_every_5_seconds => "This page checks every 5 seconds. You can leave and come back.", "Diese Seite prüft alle 5 Sekunden. Sie können sie verlassen und später zurückkehren.";
    pkg_reconnecting => "Connection problem — reconnecting…", "Verbindungsproblem – Verbindung wird wiederhergestellt …";
    pkg_build_failed => "Building this package failed. Its events or filters may leave no customers, or the data import broke.", "Die Erstellung dieses Pakets ist fehlgeschlagen. Vielleicht lassen seine Veranstaltungen oder Filter keine Kunden übrig, oder der Datenimport ist abgebrochen.";
    pkg_create_new_package => "Create a new package", "Neues Paket erstellen";
    pkg_or => " or ", " oder ";
    pkg_back_to_all_packages => "go back to all packages", "zurück zu allen Paketen";
    pkg_unknown_status => "This package has a status this app does not know yet.", "Dieses Paket hat einen Status, den diese App noch nicht kennt.";
    pkg_expired_text => "This package has expired: its customer lists are no longer available. Regenerate it to build it again with the same settings.", "Dieses Paket ist abgelaufen: Seine Kundenlisten sind nicht mehr verfügbar. Erstellen Sie es neu, um es mit denselben Einstellungen wieder aufzubauen.";
    pkg_regenerating => "Regenerating…", "Wird neu erstellt …";
    pkg_regenerate => "Regenerate", "Neu erstellen";
    pkg_no_clusters => "This package has no clusters.", "Dieses Paket hat keine Cluster.";

    // A cluster.
    pkg_no_cluster_id => "(no cluster id)", "(keine Cluster-ID)";
    pkg_customers => "Customers", "Kunden";
    pkg_items => "Items", "Artikel";
    pkg_purchase => "Purchase", "Kaufsumme";
    pkg_no_cluster_id_note => "No cluster id from the server: this cluster cannot be downloaded or exported.", "Keine Cluster-ID vom Server: Dieser Cluster kann weder heruntergeladen noch exportiert werden.";
    pkg_downloading => "Downloading…", "Wird heruntergeladen …";
    pkg_download_csv => "Download CSV", "CSV herunterladen";
    pkg_export_to_crm => "Export to CRM", "In CRM exportieren";
    pkg_export_incomplete => "Fill in the CRM, the secret ID and the container name.", "Geben Sie das CRM, die Secret-ID und den Container-Namen an.";
    pkg_crm => "CRM", "CRM";
    pkg_crm_other => "Other", "Anderes";
    pkg_crm_name => "CRM name", "CRM-Name";
    pkg_secret_id => "Secret ID", "Secret-ID";
    pkg_container_name => "Container name", "Container-Name";
    pkg_exporting => "Exporting…", "Wird exportiert …";
    pkg_export => "Export", "Exportieren";

    // The evaluation (attribution).
    pkg_evaluation_saved => "Evaluation settings saved; results updated.", "Auswertungseinstellungen gespeichert; Ergebnisse aktualisiert.";
    pkg_attribution_heading => "Attribution (backhaul evaluation)", "Attribution (Backhaul-Auswertung)";
    pkg_no_attribution_results => "No attribution results yet.", "Noch keine Attributionsergebnisse.";
    pkg_csv_what_evaluation => "evaluation", "Auswertung";
    pkg_attributed_per_cluster => "Attributed per cluster", "Attribution pro Cluster";
    pkg_cluster => "Cluster", "Cluster";
    pkg_purchase_eur => "Purchase (EUR)", "Kaufsumme (EUR)";
    pkg_attributed_purchase_chart => "Attributed purchase per cluster (EUR)", "Zugeordnete Kaufsumme pro Cluster (EUR)";
    pkg_evaluation_settings => "Evaluation settings", "Auswertungseinstellungen";
    pkg_attribution_window => "Attribution window (days)", "Attributionszeitraum (Tage)";
    pkg_model => "Model", "Modell";
    pkg_email_sent_date => "Email sent date", "Versanddatum der E-Mail";
    pkg_saving => "Saving…", "Wird gespeichert …";
    pkg_save_settings => "Save settings", "Einstellungen speichern";
    pkg_enter_attribution_window => "Enter an attribution window of 1 to 365 days.", "Geben Sie einen Attributionszeitraum von 1 bis 365 Tagen ein.";
    pkg_enter_sent_date => "Enter the email sent date as YYYY-MM-DD.", "Geben Sie das Versanddatum der E-Mail als JJJJ-MM-TT ein.";
}

texts_fmt! {
    // The list. Numbers come formatted.
    pkg_merged(count: &str, title: &str) => format!("Merged {count} packages into “{title}”. It is building now."), format!("{count} Pakete zu „{title}“ zusammengeführt. Es wird jetzt erstellt.");
    pkg_merge_failed(why: &str) => format!("Merge failed. {why}"), format!("Zusammenführen fehlgeschlagen. {why}");
    pkg_merge_selected(count: &str) => format!("Merge selected ({count})"), format!("Auswahl zusammenführen ({count})");
    pkg_count(shown: &str, total: &str) => format!("{shown} of {total} packages"), format!("{shown} von {total} Paketen");
    pkg_page_of(page: &str, pages: &str) => format!("Page {page} of {pages}"), format!("Seite {page} von {pages}");
    pkg_select_row(title: &str) => format!("Select {title}"), format!("{title} auswählen");
    pkg_note_repeated_merged_once(count: &str) => format!("The server lists this package id {count} times; it is merged once."), format!("Der Server führt diese Paket-ID {count}-mal auf; sie wird einmal zusammengeführt.");
    pkg_note_repeated_one_row(count: &str) => format!("The server lists this package id {count} times: only one of its rows can be selected."), format!("Der Server führt diese Paket-ID {count}-mal auf: Nur eine ihrer Zeilen kann ausgewählt werden.");

    // The create wizard.
    pkg_answers_not_kept(why: &str) => format!("{why} Your answers are not kept if this page is closed."), format!("{why} Ihre Angaben gehen verloren, wenn diese Seite geschlossen wird.");
    pkg_step_of(step: &str, count: &str, title: &str) => format!("Step {step} of {count}: {title}"), format!("Schritt {step} von {count}: {title}");
    pkg_remove_event(title: &str) => format!("Remove {title}"), format!("{title} entfernen");
    pkg_found_customers(n: usize, count: &str, ids: &str) => format!("Found {count} customers: {ids}"), if n == 1 { format!("{count} Kunde gefunden: {ids}") } else { format!("{count} Kunden gefunden: {ids}") };
    pkg_created(title: &str) => format!("Package “{title}” created. It is building now."), format!("Paket „{title}“ angelegt. Es wird jetzt erstellt.");
    pkg_create_failed(why: &str) => format!("The package could not be created. {why}"), format!("Das Paket konnte nicht erstellt werden. {why}");

    // Results.
    pkg_building_progress(percent: &str) => format!("Building the package… {percent}"), format!("Das Paket wird erstellt … {percent}");
    pkg_clusters(count: &str) => format!("Clusters ({count})"), format!("Cluster ({count})");
    pkg_download_failed(why: &str) => format!("Download failed. {why}"), format!("Herunterladen fehlgeschlagen. {why}");
    pkg_show_more_rows(n: usize, next: &str, shown: &str, total: &str) => format!("Show {next} more rows ({shown} of {total} shown)"), if n == 1 { format!("{next} weitere Zeile zeigen ({shown} von {total} angezeigt)") } else { format!("{next} weitere Zeilen zeigen ({shown} von {total} angezeigt)") };
    pkg_preview_scrollable(tc: &str) => format!("Preview of {tc}, scrollable"), format!("Vorschau von {tc}, scrollbar");
    pkg_preview_of(tc: &str) => format!("Preview of {tc}"), format!("Vorschau von {tc}");
    pkg_download_csv_for(name: &str) => format!("Download CSV for {name}"), format!("CSV herunterladen: {name}");
    pkg_export_to_crm_for(name: &str) => format!("Export to CRM: {name}"), format!("In CRM exportieren: {name}");
    pkg_export_title(tc: &str) => format!("Export “{tc}” to CRM"), format!("„{tc}“ in CRM exportieren");
    pkg_exported(tc: &str, crm: &str, container: &str) => format!("Exported “{tc}” to {crm} ({container})."), format!("„{tc}“ nach {crm} ({container}) exportiert.");
    pkg_export_failed(why: &str) => format!("Export failed. {why}"), format!("Export fehlgeschlagen. {why}");
}
