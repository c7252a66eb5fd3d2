//! The campaign pages (`pages/campaigns/`): campaigns and drafts, the setup wizard.

texts! {
    // The overview: campaigns and drafts.
    cmp_title => "Campaigns", "Kampagnen";
    cmp_start_or_continue => "Start or continue a setup", "Einrichtung starten oder fortsetzen";
    cmp_drafts_heading => "Drafts in progress", "Entwürfe in Arbeit";
    cmp_no_drafts => "No drafts opened in this browser yet. Pick an event above to start one.", "In diesem Browser wurde noch kein Entwurf geöffnet. Wählen Sie oben eine Veranstaltung, um einen zu beginnen.";
    cmp_budget_not_set => "not set", "nicht festgelegt";
    cmp_published_heading => "Published campaigns", "Veröffentlichte Kampagnen";
    cmp_no_published => "No published campaigns yet. Publish a draft to create them.", "Noch keine veröffentlichten Kampagnen. Veröffentlichen Sie einen Entwurf, um sie anzulegen.";
    cmp_csv_what_campaigns => "campaigns", "Kampagnen";
    cmp_without_event_id => "Campaigns without an event id ", "Kampagnen ohne Veranstaltungs-ID ";
    cmp_without_event_id_hint => " The server sent no event id: they cannot be opened.", " Der Server hat keine Veranstaltungs-ID gesendet: Diese Kampagnen können nicht geöffnet werden.";
    cmp_col_cluster => "Cluster", "Cluster";
    cmp_col_run => "Run", "Lauf";
    cmp_col_status => "Status", "Status";
    cmp_col_budget => "Budget", "Budget";
    cmp_closed => "Closed", "Geschlossen";
    cmp_search_events => "Search events", "Veranstaltungen suchen";
    cmp_no_events_match => "No events match.", "Keine Veranstaltung passt.";
    cmp_events_list => "Events", "Veranstaltungen";
    cmp_event_no_id => " No id from the server: no campaigns can be set up for it.", " Keine ID vom Server: Dafür können keine Kampagnen eingerichtet werden.";
    cmp_set_up_campaigns => "Set up campaigns", "Kampagnen einrichten";
    cmp_event_page => "Event page", "Veranstaltungsseite";

    // The setup page.
    cmp_loading_draft => "Loading the draft…", "Entwurf wird geladen …";

    // The draft editor.
    cmp_kept_will_save => "Your unsaved edits were kept and will be saved.", "Ihre ungespeicherten Änderungen wurden aufbewahrt und werden gespeichert.";
    cmp_handed_over => "The other tab's unsaved edits are here now and are being saved.", "Die ungespeicherten Änderungen des anderen Tabs sind jetzt hier und werden gespeichert.";
    cmp_gone_title => "This draft is no longer on the server.", "Dieser Entwurf ist nicht mehr auf dem Server.";
    cmp_gone_text => "It was cancelled or published elsewhere. Nothing more is saved from this page.", "Er wurde anderswo verworfen oder veröffentlicht. Von dieser Seite wird nichts mehr gespeichert.";
    cmp_closed_title => "This draft is closed and can no longer be edited.", "Dieser Entwurf ist geschlossen und kann nicht mehr bearbeitet werden.";
    cmp_closed_default_reason => "The server closed it (for example because its taste-cluster run was replaced).", "Der Server hat ihn geschlossen (zum Beispiel, weil sein Geschmackscluster-Lauf ersetzt wurde).";
    cmp_unknown_status_text => "It is shown read-only, so that nothing is changed by mistake. Nothing is sent to the server from this page.", "Er wird schreibgeschützt angezeigt, damit nichts versehentlich geändert wird. Von dieser Seite wird nichts an den Server gesendet.";
    cmp_checking_tabs => "Checking whether another tab is editing this draft…", "Es wird geprüft, ob ein anderer Tab diesen Entwurf bearbeitet …";
    cmp_other_tab_owner => "This draft is open in another tab of this browser. To avoid overwriting each other, this tab is read-only.", "Dieser Entwurf ist in einem anderen Tab dieses Browsers geöffnet. Damit sich die Tabs nicht gegenseitig überschreiben, ist dieser Tab schreibgeschützt.";
    cmp_taking_over => "Taking over…", "Wird übernommen …";
    cmp_take_over => "Take over editing here", "Bearbeitung hier übernehmen";
    cmp_loading_saved_copy => "Loading the saved copy of this draft…", "Die gespeicherte Fassung dieses Entwurfs wird geladen …";
    cmp_opened_elsewhere => "This draft was opened in another tab too. That tab stays read-only unless it takes over.", "Dieser Entwurf wurde auch in einem anderen Tab geöffnet. Der andere Tab bleibt schreibgeschützt, solange er nicht übernimmt.";

    // The steps.
    cmp_wizard_steps => "Wizard steps", "Schritte des Assistenten";
    cmp_no_cluster_selected => "No taste cluster is selected yet. Choose at least one in step 2.", "Noch kein Geschmackscluster ausgewählt. Wählen Sie in Schritt 2 mindestens einen.";
    cmp_before_go_on => "Before you go on:", "Bevor Sie weitermachen:";
    cmp_field_unreadable => "A field above cannot be read: correct it or clear it.", "Ein Feld oben ist nicht lesbar: Korrigieren oder leeren Sie es.";
    cmp_back => "Back", "Zurück";
    cmp_next => "Next", "Weiter";

    // The form's sections (and the review, the summaries and the field names of changes).
    cmp_goal_legend => "Goal, budget and dates", "Ziel, Budget und Zeitraum";
    cmp_goal => "Goal", "Ziel";
    cmp_total_budget => "Total budget", "Gesamtbudget";
    cmp_currency => "Currency", "Währung";
    cmp_start_date => "Start date", "Startdatum";
    cmp_end_date => "End date", "Enddatum";
    cmp_clusters => "Clusters", "Cluster";
    cmp_cluster_no_id_selectable => "No taste cluster id from the server: it cannot be selected.", "Keine Geschmackscluster-ID vom Server: Dieser Cluster kann nicht ausgewählt werden.";
    cmp_cluster_listed_twice => "The server lists this taste cluster more than once: select it above.", "Der Server führt diesen Geschmackscluster mehrfach auf: Wählen Sie ihn oben aus.";
    cmp_cluster_without_id => "Cluster without a taste cluster id", "Cluster ohne Geschmackscluster-ID";
    cmp_cluster_no_id_publish => "No taste cluster id from the server: this cluster cannot be published.", "Keine Geschmackscluster-ID vom Server: Dieser Cluster kann nicht veröffentlicht werden.";
    cmp_remove_cluster => "Remove this cluster", "Diesen Cluster entfernen";
    cmp_remove_copy => "Remove this copy", "Diese Kopie entfernen";
    cmp_creative => "Creative", "Anzeige";
    cmp_headline => "Headline", "Überschrift";
    cmp_body => "Body", "Text";
    cmp_media_url => "Media URL", "Medien-URL";
    cmp_cta => "Call to action", "Call-to-Action";
    cmp_targeting => "Targeting", "Zielgruppe";
    cmp_locations => "Locations", "Orte";
    cmp_min_age => "Minimum age", "Mindestalter";
    cmp_max_age => "Maximum age", "Höchstalter";
    cmp_genders_legend => "Genders (none = all)", "Geschlechter (keins = alle)";
    cmp_custom_audiences => "Custom audiences", "Eigene Zielgruppen";
    cmp_integration => "Integration", "Integration";
    cmp_ad_account_id => "Ad account ID", "Werbekonto-ID";
    cmp_pixel_id => "Pixel ID", "Pixel-ID";
    cmp_lead_form_id => "Lead form ID", "Leadformular-ID";
    cmp_dsa_legend => "EU Digital Services Act", "EU-Gesetz über digitale Dienste";
    cmp_dsa_payor => "DSA payor", "DSA-Zahler";
    cmp_dsa_beneficiary => "DSA beneficiary", "DSA-Begünstigter";

    // The review.
    cmp_edit => "Edit", "Bearbeiten";
    cmp_still_missing => "Still missing before you can publish:", "Vor dem Veröffentlichen fehlt noch:";
    cmp_none_selected => "None selected.", "Keiner ausgewählt.";
    cmp_no_cluster_id => "(no taste cluster id)", "(keine Geschmackscluster-ID)";
    cmp_any_age => "Any age", "Jedes Alter";
    cmp_age_any => "any", "beliebig";
    cmp_ages => "Ages", "Alter";
    cmp_genders => "Genders", "Geschlechter";
    cmp_everywhere => "Everywhere", "Überall";
    cmp_all => "All", "Alle";
    cmp_none => "None", "Keine";

    // Publish and Cancel.
    cmp_published_notice => "Published. The campaigns are live.", "Veröffentlicht. Die Kampagnen sind live.";
    cmp_cancelled_notice => "The draft was cancelled.", "Der Entwurf wurde verworfen.";
    cmp_conflicts_before_publish => "Someone else changed some of the fields you changed. Choose which values to keep above, then publish again.", "Jemand anderes hat einige der Felder geändert, die Sie geändert haben. Wählen Sie oben, welche Werte bleiben, und veröffentlichen Sie dann erneut.";
    cmp_before_publishing => "Before publishing:", "Vor dem Veröffentlichen:";
    cmp_working => "Working…", "Wird ausgeführt …";
    cmp_publish => "Publish", "Veröffentlichen";
    cmp_cancel_draft => "Cancel draft", "Entwurf verwerfen";
    cmp_cancel_dialog_title => "Cancel this draft?", "Diesen Entwurf verwerfen?";
    cmp_cancel_dialog_text => "The draft and everything in it will be deleted. This cannot be undone.", "Der Entwurf und alles darin werden gelöscht. Das lässt sich nicht rückgängig machen.";
    cmp_cancel_confirm => "Yes, cancel the draft", "Ja, Entwurf verwerfen";
    cmp_keep_draft => "Keep the draft", "Entwurf behalten";

    // Restoring this tab's unsaved edits.
    cmp_restore_heading => "Which version do you want to keep?", "Welche Version möchten Sie behalten?";
    cmp_restore_text => "This tab has edits that were not saved, and the draft on the server is different (it may have been saved since in another tab or on another device). Nothing has been overwritten.", "Dieser Tab hat Änderungen, die nicht gespeichert wurden, und der Entwurf auf dem Server ist anders (er wurde vielleicht inzwischen in einem anderen Tab oder auf einem anderen Gerät gespeichert). Nichts wurde überschrieben.";
    cmp_what_differs => "What differs", "Was sich unterscheidet";
    cmp_keep_mine => "Keep my edits", "Meine Änderungen behalten";
    cmp_use_server => "Use the server's version", "Version vom Server verwenden";

    // Unsaved edits.
    cmp_col_field => "Field", "Feld";
    cmp_col_unsaved => "Your unsaved edits", "Ihre ungespeicherten Änderungen";
    cmp_col_on_server => "On the server", "Auf dem Server";
    cmp_only_unshown => "Only details this app does not show differ.", "Es unterscheiden sich nur Details, die diese App nicht anzeigt.";
    cmp_copied => "Your unsaved edits were copied.", "Ihre ungespeicherten Änderungen wurden kopiert.";
    cmp_copy_refused => "The browser did not allow copying. Download them instead.", "Der Browser hat das Kopieren nicht erlaubt. Laden Sie sie stattdessen herunter.";
    cmp_unsaved_heading => "Your unsaved edits could not be saved", "Ihre ungespeicherten Änderungen konnten nicht gespeichert werden";
    cmp_unsaved_text => "This draft can no longer be edited, so the edits this tab had not saved yet cannot go to the server. They are kept in this tab until you discard them: copy or download them to use them elsewhere.", "Dieser Entwurf kann nicht mehr bearbeitet werden, daher können die noch nicht gespeicherten Änderungen dieses Tabs nicht an den Server gehen. Sie bleiben in diesem Tab, bis Sie sie verwerfen: Kopieren Sie sie oder laden Sie sie herunter, um sie anderswo zu verwenden.";
    cmp_unsaved_caption => "Your unsaved edits", "Ihre ungespeicherten Änderungen";
    cmp_copy_mine => "Copy my edits", "Meine Änderungen kopieren";
    cmp_download_mine => "Download my edits", "Meine Änderungen herunterladen";
    cmp_discard_mine => "Discard my edits", "Meine Änderungen verwerfen";

    // Others' changes.
    cmp_f_headline => "headline", "Überschrift";
    cmp_f_body => "body", "Text";
    cmp_f_media_url => "media URL", "Medien-URL";
    cmp_f_cta => "call to action", "Call-to-Action";
    cmp_f_locations => "locations", "Orte";
    cmp_f_min_age => "minimum age", "Mindestalter";
    cmp_f_max_age => "maximum age", "Höchstalter";
    cmp_f_genders => "genders", "Geschlechter";
    cmp_f_custom_audiences => "custom audiences", "Eigene Zielgruppen";
    cmp_value_removed => "(removed)", "(entfernt)";
    cmp_value_true => "true", "ja";
    cmp_value_false => "false", "nein";
    cmp_value_kept => "kept", "behalten";
    cmp_conflicts_heading => "Someone else changed the same fields", "Jemand anderes hat dieselben Felder geändert";
    cmp_conflicts_alert => "Someone else changed some of the fields you changed. Nothing is saved until you choose.", "Jemand anderes hat einige der Felder geändert, die Sie geändert haben. Es wird nichts gespeichert, bis Sie gewählt haben.";
    cmp_conflicts_choose => "Choose which value to keep for each field below; the form waits meanwhile.", "Wählen Sie unten für jedes Feld, welcher Wert bleiben soll; das Formular wartet so lange.";
    cmp_yours_label => "Yours: ", "Ihr Wert: ";
    cmp_theirs_label => "Theirs: ", "Anderer Wert: ";
    cmp_keep_values => "Keep these values", "Diese Werte behalten";
}

texts_fmt! {
    // The overview.
    cmp_draft_detail(clusters: usize, budget: &str) => format!(" — {clusters} cluster(s), budget {budget}"), format!(" – {clusters} Cluster, Budget {budget}");
    cmp_draft_failed(why: &str) => format!(" — could not be loaded: {why}"), format!(" – konnte nicht geladen werden: {why}");
    cmp_set_up_for(title: &str) => format!("Set up campaigns for {title}"), format!("Kampagnen einrichten: {title}");
    cmp_event_page_of(title: &str) => format!("Event page of {title}: campaigns and attribution"), format!("Veranstaltungsseite von {title}: Kampagnen und Attribution");

    // The setup page.
    cmp_setup_doc_title(event: &str) => format!("Campaign setup · {event}"), format!("Kampagneneinrichtung · {event}");
    cmp_setup_heading(event: &str) => format!("Campaign setup — {event}"), format!("Kampagneneinrichtung – {event}");

    // The draft editor.
    cmp_backup_failed(why: &str) => format!("{why} Unsaved edits cannot be kept in this tab if it closes."), format!("{why} Ungespeicherte Änderungen können nicht in diesem Tab aufbewahrt werden, wenn er geschlossen wird.");
    cmp_unknown_status(status: &str) => format!("This draft has a status this app does not know: “{status}”."), format!("Dieser Entwurf hat einen Status, den diese App nicht kennt: „{status}“.");

    // The steps.
    cmp_step_of(n: usize, count: usize, title: &str) => format!("Step {n} of {count}: {title}"), format!("Schritt {n} von {count}: {title}");

    // The form's sections.
    cmp_clusters_legend(run: &str) => format!("Taste clusters (run {run})"), format!("Geschmackscluster (Lauf {run})");
    cmp_people(n: &str) => format!("({n} people)"), format!("({n} Personen)");
    cmp_copies_note(n: usize) => format!(" In this draft {n} times: each copy has its own creative in step 3. Unticking removes every copy."), format!(" {n}-mal in diesem Entwurf: Jede Kopie hat ihre eigene Anzeige in Schritt 3. Abwählen entfernt alle Kopien.");
    cmp_cluster_legend(tc: &str) => format!("Cluster “{tc}”"), format!("Cluster „{tc}“");
    cmp_cluster_legend_copy(tc: &str, copy: &str) => format!("Cluster “{tc}” ({copy})"), format!("Cluster „{tc}“ ({copy})");
    cmp_copy_of(n: usize, count: usize) => format!("copy {n} of {count}"), format!("Kopie {n} von {count}");
    cmp_in_draft_times(count: usize) => format!("This taste cluster is in the draft {count} times. Each copy is edited on its own; keep one before publishing."), format!("Dieser Geschmackscluster ist {count}-mal im Entwurf. Jede Kopie wird einzeln bearbeitet; behalten Sie vor dem Veröffentlichen nur eine.");

    // The review.
    cmp_edit_what(step: &str) => format!(" {}", step.to_lowercase()), format!(": {step}");
    cmp_go_to_step(n: usize) => format!("Go to step {n}"), format!("Zu Schritt {n}");
    cmp_review_cluster(name: &str) => format!("Cluster: {name}"), format!("Cluster: {name}");
    cmp_review_cluster_copy(name: &str, copy: &str) => format!("Cluster: {name} ({copy})"), format!("Cluster: {name} ({copy})");

    // Publish and Cancel.
    cmp_changed_since_review(names: &str) => format!("Someone else changed this draft since you opened the review: {names}. The review shows their values now. Check it, then publish again."), format!("Jemand anderes hat diesen Entwurf geändert, seit Sie den Prüfschritt geöffnet haben: {names}. Der Prüfschritt zeigt jetzt die neuen Werte. Prüfen Sie sie und veröffentlichen Sie dann erneut.");
    cmp_setup_invalid(message: &str) => format!("The server found the setup invalid: {message}"), format!("Der Server hält die Einrichtung für ungültig: {message}");
    cmp_did_not_work(message: &str) => format!("That did not work. {message}"), format!("Das hat nicht geklappt. {message}");

    // Unsaved edits.
    cmp_of_cluster(tc: &str, what: &str) => format!("“{tc}” {what}"), format!("{what} von „{tc}“");
    cmp_unsaved_text_title(eid: &str) => format!("Unsaved edits to the campaign draft of event {eid}\n\n"), format!("Ungespeicherte Änderungen am Kampagnenentwurf der Veranstaltung {eid}\n\n");

    // Others' changes.
    cmp_cluster_named(tc: &str) => format!("“{tc}” cluster"), format!("Cluster „{tc}“");
    cmp_kept_headline(headline: &str) => format!("kept, headline “{headline}”"), format!("behalten, Überschrift „{headline}“");
    cmp_someone_changed(names: &str) => format!("Someone else changed this draft: {names}. Their values are in the form now."), format!("Jemand anderes hat diesen Entwurf geändert: {names}. Die neuen Werte stehen jetzt im Formular.");
}
