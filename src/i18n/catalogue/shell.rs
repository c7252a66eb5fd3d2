//! The shell (header, start-up, sign-in), the pages without a folder (connect, not found) and
//! route code that could not load.

texts! {
    skip_to_content => "Skip to content", "Zum Inhalt springen";
    brand => "Wave Console", "Wave Console";
    main_nav => "Main", "Hauptmenü";
    nav_packages => "Package Builder", "Paketbaukasten";
    nav_campaigns => "Campaigns", "Kampagnen";
    nav_connect => "Connect", "Verbinden";
    session_hidden => "Session: ", "Sitzung: ";
    mode_demo => "Demo", "Demo";
    mode_live => "Live", "Live";
    no_partner => "No partner", "Kein Partner";
    starting => "Starting Wave Console…", "Wave Console wird gestartet …";
    language_group => "Language", "Sprache";
    config_missing => "Couldn't load config.json. Running in demo mode.", "config.json konnte nicht geladen werden. Die App läuft im Demomodus.";
    config_invalid => "config.json is not valid. Running in demo mode.", "config.json ist ungültig. Die App läuft im Demomodus.";

    not_found_title => "Page not found", "Seite nicht gefunden";
    not_found_text => "There is nothing at this address. It may have moved, or the link is mistyped.", "Unter dieser Adresse gibt es nichts. Vielleicht wurde sie verschoben, oder der Link ist falsch geschrieben.";
    go_to_overview => "Go to the overview", "Zur Übersicht";

    loading_page => "Loading page…", "Seite wird geladen …";
    chunk_failed_title => "This page could not be loaded", "Diese Seite konnte nicht geladen werden";
    chunk_failed_text => "Its code did not download. Check your connection, then try again. If Wave Console was updated since you opened it, reload the page.", "Ihr Code wurde nicht heruntergeladen. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut. Wurde Wave Console aktualisiert, seit Sie sie geöffnet haben, laden Sie die Seite neu.";
    retrying => "Retrying…", "Neuer Versuch …";
    reload_button => "Reload page", "Seite neu laden";
}

texts_fmt! {
    partner(id: &str) => format!("Partner {id}"), format!("Partner {id}");
}
