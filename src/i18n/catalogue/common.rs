//! Shared widgets (`components/`): loading and errors, fields, chips, dialogs, notices, the
//! ad preview, CSV buttons, status badges, the theme.

texts! {
    loading => "Loading…", "Wird geladen …";
    retry => "Retry", "Erneut versuchen";
    notifications => "Notifications", "Benachrichtigungen";
    dismiss_notification => "Dismiss notification", "Benachrichtigung schließen";
    progress => "Progress", "Fortschritt";
    theme_group => "Colour theme", "Farbschema";
    theme_system => "System", "System";
    theme_light => "Light", "Hell";
    theme_dark => "Dark", "Dunkel";
    close => "Close", "Schließen";
    no_image_yet => "No image yet", "Noch kein Bild";
    image_unusable => "No image: the address must start with http:// or https://", "Kein Bild: Die Adresse muss mit http:// oder https:// beginnen";
    image_http_other => "No preview for http:// images of other sites (only https:// ones); the ad uses the address as entered", "Keine Vorschau für http://-Bilder anderer Websites (nur für https://); die Anzeige verwendet die Adresse wie eingegeben";
    image_broken => "Image could not be loaded", "Bild konnte nicht geladen werden";
    ad_image => "Ad image", "Anzeigenbild";
    ad_preview => "Ad preview", "Anzeigenvorschau";
    your_page => "Your page", "Ihre Seite";
    sponsored => "Sponsored", "Gesponsert";
    your_ad_text => "Your ad text appears here.", "Hier erscheint Ihr Anzeigentext.";
    your_headline => "Your headline", "Ihre Überschrift";
    preview_note => "Preview: the ad network may lay it out a little differently.", "Vorschau: Das Werbenetzwerk kann die Anzeige etwas anders darstellen.";
    flag_no_id => "No id", "Keine ID";
    flag_repeated_id => "Repeated id", "Doppelte ID";
}

texts_fmt! {
    theme_button(theme: &str) => format!("{theme} theme"), format!("Farbschema {theme}");
    remove_chip(value: &str) => format!("Remove {value}"), format!("{value} entfernen");
    ad_image_of(headline: &str) => format!("Ad image: {headline}"), format!("Anzeigenbild: {headline}");
    ad_preview_for(audience: &str) => format!("Ad preview for {audience}"), format!("Anzeigenvorschau für {audience}");
    download_csv(what: &str) => format!("Download {what} as CSV"), format!("{what} als CSV herunterladen");
}

texts_fmt! {
    scrollable(caption: &str) => format!("{caption}, scrollable"), format!("{caption}, scrollbar");
    theme_not_kept(why: &str) => format!("{why} The theme applies until the page is reloaded."), format!("{why} Das Farbschema gilt, bis die Seite neu geladen wird.");
}

use crate::i18n::{Lang, Tx};
use wave_api::rules::{MISSING_ID_FLAG, REPEATED_ID_FLAG};

impl Tx {
    /// A row's id flag (`wave_api::rules::RowId::flag`) in the language; an unknown one as it came.
    pub fn id_flag(self, flag: &'static str) -> &'static str {
        match flag {
            MISSING_ID_FLAG => self.flag_no_id(),
            REPEATED_ID_FLAG => self.flag_repeated_id(),
            other => other,
        }
    }

    /// The label of a campaign goal code (⚑ `assumptions::GOALS`); `None` for a code this app
    /// does not know.
    pub fn goal(self, code: &str) -> Option<&'static str> {
        let [en, de] = match code {
            "TICKET_SALES" => ["Ticket sales", "Ticketverkauf"],
            "AWARENESS" => ["Awareness", "Bekanntheit"],
            "TRAFFIC" => ["Website traffic", "Website-Besuche"],
            _ => return None,
        };
        Some(self.0.pick(en, de))
    }

    /// The label of a call-to-action code (⚑ `assumptions::CTAS`).
    pub fn cta(self, code: &str) -> Option<&'static str> {
        let [en, de] = match code.to_ascii_uppercase().as_str() {
            "LEARN_MORE" => ["Learn more", "Mehr erfahren"],
            "BUY_TICKETS" => ["Buy tickets", "Tickets kaufen"],
            "SIGN_UP" => ["Sign up", "Registrieren"],
            "BOOK_NOW" => ["Book now", "Jetzt buchen"],
            _ => return None,
        };
        Some(self.0.pick(en, de))
    }

    /// The label of a targeting gender (⚑ `assumptions::GENDERS`); unknown ones as they came.
    pub fn gender(self, code: &str) -> String {
        match (self.0, code) {
            (Lang::De, "female") => "weiblich".into(),
            (Lang::De, "male") => "männlich".into(),
            (Lang::De, "diverse") => "divers".into(),
            (_, other) => other.into(),
        }
    }
}
