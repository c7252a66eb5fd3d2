//! The number parser for typed input, the API base URL check, error helpers and code tables.

use wave_api::contract::assumptions::{CTAS, GENDERS, GOALS, INVALID_SETUP_MARKER};
use wave_api::rules::Lang;
use wave_api::rules::{api_base_problem, parse_number, NumberRule};
use wave_api::ApiError;

fn any(text: &str) -> Result<Option<f64>, String> {
    parse_number(text, NumberRule::default(), Lang::En)
}

fn de(text: &str) -> Result<Option<f64>, String> {
    parse_number(text, NumberRule::default(), Lang::De)
}

#[test]
fn parse_number_accepts_what_people_type_in_either_language() {
    let cases = [
        // (typed, English, German)
        ("12.5", Some(12.5), None),
        ("12,5", None, Some(12.5)),
        ("  12.5 ", Some(12.5), None),
        ("+7", Some(7.0), Some(7.0)),
        ("-3.25", Some(-3.25), None),
        ("-3,25", None, Some(-3.25)),
        ("1e3", Some(1000.0), Some(1000.0)),
        ("2.5E-1", Some(0.25), None),
        ("1,5e2", None, Some(150.0)),
        (".5", Some(0.5), None),
        (",5", None, Some(0.5)),
        ("1000", Some(1000.0), Some(1000.0)),
        // What the language groups with.
        ("1,500", Some(1500.0), Some(1.5)),
        ("1.500", Some(1.5), Some(1500.0)),
        ("12,500,000.75", Some(12_500_000.75), None),
        ("12.500.000,75", None, Some(12_500_000.75)),
        ("-0", Some(0.0), Some(0.0)),
        ("\t42\n", Some(42.0), Some(42.0)),
    ];
    for (text, en, german) in cases {
        if let Some(expected) = en {
            assert_eq!(any(text), Ok(Some(expected)), "English {text:?}");
        }
        if let Some(expected) = german {
            assert_eq!(de(text), Ok(Some(expected)), "German {text:?}");
        }
    }
    assert!(any("-0").unwrap().unwrap().is_sign_positive());
    for empty in ["", " ", "\t\n"] {
        assert_eq!(any(empty), Ok(None), "{empty:?}");
        assert_eq!(de(empty), Ok(None), "{empty:?}");
    }
}

#[test]
fn parse_number_refuses_everything_else_with_a_clear_sentence() {
    for text in [
        "-",
        "+",
        "1.2.3",
        "1,2,3",
        "abc",
        "NaN",
        "nan",
        "inf",
        "-infinity",
        "1e",
        "e5",
        "1 000",
        "12.5€",
        "0x10",
        "--1",
        "+-1",
        "1_000",
        "½",
        "1,50,0",
        "1.000,50",
    ] {
        assert_eq!(any(text), Err("Enter a number, like 12.5.".into()), "{text:?}");
    }
    for text in ["abc", "1,2,3", "1,000.50", "1.50.0"] {
        assert_eq!(de(text), Err("Geben Sie eine Zahl ein, etwa 12,5.".into()), "{text:?}");
    }
    assert_eq!(any("1e400"), Err("That number is too large.".into()));
    assert_eq!(de("1e400"), Err("Diese Zahl ist zu groß.".into()));
    // The other language's decimal separator is never guessed: the message says how.
    for text in ["12,5", "0,500", "1,5e2", "-12,25"] {
        assert_eq!(
            any(text),
            Err("Use a point for decimals, like 12.5 (a comma only groups thousands, like 1,500).".into()),
            "{text:?}"
        );
    }
    for text in ["12.5", "1.5", "-0.25"] {
        assert_eq!(
            de(text),
            Err("Verwenden Sie ein Komma für Dezimalstellen, etwa 12,5 (ein Punkt trennt nur Tausender, etwa 1.500)."
                .into()),
            "{text:?}"
        );
    }
}

#[test]
fn parse_number_applies_the_rule() {
    let age = NumberRule::new().whole().at_least(1.0).at_most(120.0);
    let en = |t: &str, rule| parse_number(t, rule, Lang::En);
    assert_eq!(en("14", age), Ok(Some(14.0)));
    assert_eq!(en("14.0", age), Ok(Some(14.0)));
    assert_eq!(en("1e2", age), Ok(Some(100.0)));
    assert_eq!(en("14.5", age), Err("Enter a whole number.".into()));
    assert_eq!(en("abc", age), Err("Enter a whole number.".into()));
    assert_eq!(en("0", age), Err("Enter at least 1.".into()));
    assert_eq!(en("121", age), Err("Enter at most 120.".into()));
    assert_eq!(en("120", age), Ok(Some(120.0)));
    assert_eq!(en("", age), Ok(None));
    assert_eq!(en("0", NumberRule::BUDGET), Err("Enter more than 0.".into()));
    assert_eq!(en("0.01", NumberRule::BUDGET), Ok(Some(0.01)));
    assert_eq!(en("-1", NumberRule::AMOUNT), Err("Enter at least 0.".into()));
    assert_eq!(en("0", NumberRule::AMOUNT), Ok(Some(0.0)));
    assert_eq!(en("130", NumberRule::AGE), Err("Enter at most 120.".into()));
    assert_eq!(en("0", NumberRule::ATTRIBUTION_WINDOW), Err("Enter at least 1.".into()));
    assert_eq!(en("30.0", NumberRule::ATTRIBUTION_WINDOW), Ok(Some(30.0)));
    let limit = NumberRule::new().at_least(0.5).at_most(99.5);
    assert_eq!(en("0.25", limit), Err("Enter at least 0.5.".into()));
    assert_eq!(parse_number("0,25", limit, Lang::De), Err("Geben Sie mindestens 0,5 ein.".into()));
    assert_eq!(parse_number("100", limit, Lang::De), Err("Geben Sie höchstens 99,5 ein.".into()));
    assert_eq!(parse_number("14,5", age, Lang::De), Err("Geben Sie eine ganze Zahl ein.".into()));
}

#[test]
fn api_base_accepts_same_origin_paths_https_and_local_http() {
    for ok in [
        "/api",
        "/",
        "/v1/wave/",
        "https://wave.example",
        "https://wave.example/",
        "https://wave.example:8443/api/v1",
        "HTTPS://Wave.Example/api",
        "https://10.0.0.5/api",
        "https://[2001:db8::1]:443/api",
        "https://münchen.example/api",
        "http://localhost",
        "http://localhost:8080/api",
        "http://LOCALHOST:3000",
        "http://127.0.0.1:9000/api",
        "http://[::1]:8080/api",
    ] {
        assert_eq!(api_base_problem(ok, Lang::En), None, "{ok}");
    }
}

#[test]
fn api_base_refuses_with_a_reason() {
    let form = Some("Enter a URL starting with https:// or a path like /api.");
    let http = Some("Use https:// — plain http:// is only allowed for localhost.");
    let cases = [
        ("", form),
        ("api", form),
        ("wave.example/api", form),
        ("//evil.example/api", form),
        ("ftp://wave.example", form),
        ("javascript:alert(1)", form),
        ("https:/wave.example", form),
        ("http://wave.example/api", http),
        ("http://10.0.0.5", http),
        ("http://localhost.evil.example", http),
        ("http://127.0.0.1.nip.io", http),
        ("http://[::2]", http),
        ("https://user@wave.example", Some("Leave out the user name (user@…): the app signs in by itself.")),
        ("http://user:pw@localhost", Some("Leave out the user name (user@…): the app signs in by itself.")),
        ("https://wave.example/a b", Some("Remove the spaces and invisible characters from the URL.")),
        (" /api", Some("Remove the spaces and invisible characters from the URL.")),
        ("/api\u{0}", Some("Remove the spaces and invisible characters from the URL.")),
        ("https://wave.example\n", Some("Remove the spaces and invisible characters from the URL.")),
        ("/\\evil.example", Some("Use forward slashes (/) in the URL.")),
        (
            "https://wave.example/api?x=1",
            Some("Leave out ? and #: enter just the address, like https://wave.example/api."),
        ),
        ("/api#top", Some("Leave out ? and #: enter just the address, like https://wave.example/api.")),
    ];
    for (url, expected) in cases {
        assert_eq!(api_base_problem(url, Lang::En), expected, "{url:?}");
    }
    for bad_host in [
        "https://",
        "https:///api",
        "https://wave.example:",
        "https://wave.example:0",
        "https://wave.example:99999",
        "https://wave.example:80a",
        "https://[::1",
        "https://[zz]/",
        "https://[::1]x",
        "https://wa<ve.example",
    ] {
        assert!(api_base_problem(bad_host, Lang::En).is_some_and(|m| m.starts_with("Enter a host name")), "{bad_host}");
    }
}

#[test]
fn error_helpers_read_status_and_raw_detail() {
    assert!(ApiError::from_status(404, r#"{"detail":"Setup process not found"}"#).is_not_found());
    assert!(!ApiError::from_status(410, "").is_not_found());
    assert!(!ApiError::Timeout.is_not_found());

    let refused =
        ApiError::from_status(422, &format!(r#"{{"detail":"{INVALID_SETUP_MARKER} — total_budget: missing"}}"#));
    assert!(refused.is_invalid_setup());
    assert_eq!(refused.detail(), Some("INVALID_SETUP — total_budget: missing"));
    assert!(
        ApiError::from_status(400, r#"{"detail":{"code":"INVALID_SETUP"}}"#).is_invalid_setup(),
        "a structured detail counts too"
    );
    // The raw detail decides, not the sentence shown to people, and only on a 4xx.
    assert!(!ApiError::from_status(422, r#"{"detail":"budget missing"}"#).is_invalid_setup());
    assert!(!ApiError::from_status(500, r#"{"detail":"INVALID_SETUP"}"#).is_invalid_setup());
    assert!(!ApiError::Decode(INVALID_SETUP_MARKER.into()).is_invalid_setup());
    assert_eq!(ApiError::Network("down".into()).detail(), None);
}

#[test]
fn campaign_code_tables_have_unique_codes_and_labels() {
    assert_eq!(GOALS[0], ("TICKET_SALES", "Ticket sales"));
    assert_eq!(CTAS[0], ("LEARN_MORE", "Learn more"));
    assert_eq!(GENDERS, ["female", "male", "diverse"]);
    for table in [&GOALS[..], &CTAS[..]] {
        let mut codes: Vec<&str> = table.iter().map(|(code, _)| *code).collect();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), table.len());
        assert!(table
            .iter()
            .all(|(code, label)| code.chars().all(|c| c.is_ascii_uppercase() || c == '_') && !label.is_empty()));
    }
}

#[test]
fn every_setup_problem_belongs_to_a_step_and_the_url_step_is_checked() {
    use wave_api::flows::setup::{setup_step_from_query, validate_setup, SetupField, SETUP_STEP_COUNT};
    // An empty draft with one empty cluster has a problem in each of the first four steps.
    let draft = wave_api::contract::models::SetupProcess {
        clusters: vec![wave_api::contract::models::ClusterSetup::default()],
        ..Default::default()
    };
    let steps: std::collections::BTreeSet<usize> =
        validate_setup(&draft, Lang::En).iter().map(|p| p.field.step()).collect();
    assert_eq!(steps.into_iter().collect::<Vec<_>>(), vec![0, 2, 3]);
    assert_eq!(SetupField::Clusters.step(), 1);
    assert_eq!(SetupField::Clusters.to_string(), "clusters");
    assert_eq!(SETUP_STEP_COUNT, 5);
    assert_eq!(setup_step_from_query(Some("3")), 2);
    assert_eq!(setup_step_from_query(Some(" 5 ")), 4);
    for bad in
        [None, Some(""), Some("0"), Some("6"), Some("-1"), Some("2.5"), Some("abc"), Some("99999999999999999999")]
    {
        assert_eq!(setup_step_from_query(bad), 0, "{bad:?}");
    }
}

#[test]
fn sign_in_returns_only_to_a_path_of_this_app() {
    use wave_api::rules::is_app_path;
    // Pathnames as the browser's URL parser hands them over (resolved, same origin).
    for ok in ["/", "/campaigns", "/package-builder/results/101", "/events/7002", "/a%20b", "/x/%2e%2e/y", "/x%2Fy"] {
        assert!(is_app_path(ok), "{ok:?} is a path of this app");
    }
    for evil in [
        "//evil.example/login", // `/.//evil.example/login` and `/x/..//evil.example/y` resolve to this
        "///evil.example",      // any number of slashes
        "/\\evil.example",      // a backslash is a slash to the URL parser
        "/%2F/evil.example",    // encoded slash
        "/%2f%2fevil.example",  // encoded, lower case
        "/%5Cevil.example/x",   // encoded backslash
        "/%5cevil.example/x",   // lower case
        "/%09/evil.example",    // an encoded tab decodes to nothing a path may hold
        "/%0A/evil.example",    // newline
        "",                     // nothing
        "evil.example",         // not a path
        "javascript:alert(1)",  // not a path
    ] {
        assert!(!is_app_path(evil), "{evil:?} must not be a return target");
    }
}
