//! CSV for the app's table downloads: the one writer ([`to_csv`]) and safe file names
//! ([`table_file_name`], and the stem rule [`safe_file_stem`] that
//! [`csv_file_name`](super::csv_file_name) uses too).
//!
//! The writer follows RFC 4180: fields separated by `,`, records ended by CRLF, a field that
//! holds `"`, `,`, CR or LF is quoted and its quotes doubled. Every record has the header's
//! number of fields (short rows are padded with empty fields, long ones cut).
//!
//! Spreadsheet formula injection: a cell that starts with `=`, `+`, `-`, `@`, a tab or a CR
//! would be run as a formula by Excel, LibreOffice or Google Sheets (server text such as a
//! cluster name is not trusted), so it gets a leading `'`, which spreadsheets show as text.
//! One exception, by decision: a cell that is exactly a plain decimal number
//! (`-?digits[.digits]`, e.g. `-16.7`, the way [`number`] writes the app's own figures)
//! stays as it is, so negative figures remain numbers. Such a cell cannot be a formula.

/// The CSV text of a table: the header record, then one record per row.
pub fn to_csv(headers: &[&str], rows: impl IntoIterator<Item = Vec<String>>) -> String {
    let mut out = String::new();
    write_record(&mut out, headers.iter().copied(), headers.len());
    for row in rows {
        write_record(&mut out, row.iter().map(String::as_str), headers.len());
    }
    out
}

fn write_record<'a>(out: &mut String, cells: impl Iterator<Item = &'a str>, width: usize) {
    let mut cells = cells.chain(std::iter::repeat("")).take(width.max(1));
    if let Some(first) = cells.next() {
        write_cell(out, first);
    }
    for cell in cells {
        out.push(',');
        write_cell(out, cell);
    }
    out.push_str("\r\n");
}

fn write_cell(out: &mut String, cell: &str) {
    let guarded = cell.starts_with(['=', '+', '-', '@', '\t', '\r']) && !is_plain_number(cell);
    let quoted = cell.contains(['"', ',', '\r', '\n']);
    if quoted {
        out.push('"');
    }
    if guarded {
        out.push('\'');
    }
    if quoted {
        out.push_str(&cell.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(cell);
    }
}

/// `-?[0-9]+(\.[0-9]+)?`: a figure, never a formula.
fn is_plain_number(cell: &str) -> bool {
    let digits = cell.strip_prefix('-').unwrap_or(cell);
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, "0"));
    let all_digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    all_digits(whole) && all_digits(fraction)
}

/// A number for a CSV cell: plain decimal notation with a `.`, no grouping, so every
/// spreadsheet reads it as a number; not finite (never from the lenient models) is empty.
pub fn number(n: f64) -> String {
    if !n.is_finite() {
        return String::new();
    }
    if n == 0.0 {
        return "0".into();
    }
    format!("{n}")
}

/// `n` with one decimal (`-16.7`), as the tables show percentages.
pub fn one_decimal(n: f64) -> String {
    if !n.is_finite() {
        return String::new();
    }
    match format!("{n:.1}") {
        s if s == "-0.0" => "0.0".into(),
        s => s,
    }
}

/// `name` with every character that is unsafe in a file name (path separators, reserved
/// characters, control characters) replaced by `_`, at most 120 characters, trimmed and
/// without leading dots; `None` when nothing is left.
pub fn safe_file_stem(name: &str) -> Option<String> {
    let safe: String = name
        .chars()
        .map(|c| match c {
            '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|' => '_',
            c if c.is_control() => '_',
            c => c,
        })
        .take(120)
        .collect();
    let safe = safe.trim().trim_start_matches('.').trim();
    (!safe.is_empty()).then(|| safe.to_string())
}

/// The download name of a table: `{table}-{id}.csv`, or `{table}.csv` without an id (or
/// when nothing safe is left of it); both parts made safe by [`safe_file_stem`].
pub fn table_file_name(table: &str, id: &str) -> String {
    let table = safe_file_stem(table).unwrap_or_else(|| "table".into());
    match safe_file_stem(id) {
        Some(id) => format!("{table}-{id}.csv"),
        None => format!("{table}.csv"),
    }
}

/// A CSV the server wrote (the customer list), made safe to open in a spreadsheet: read as
/// RFC 4180 (lenient: LF or CRLF, a stray quote inside an unquoted field is text), then
/// written again by the same writer as the app's own tables, so a cell such as
/// `=HYPERLINK(…)` gets its `'` and plain numbers stay numbers. Nothing else changes: every
/// record keeps its own number of fields, a byte order mark is kept.
pub fn guard_formulas(csv: &str) -> String {
    let (bom, body) = match csv.strip_prefix('\u{feff}') {
        Some(rest) => ("\u{feff}", rest),
        None => ("", csv),
    };
    let mut out = String::with_capacity(csv.len() + 16);
    out.push_str(bom);
    for record in parse_records(body) {
        let width = record.len();
        write_record(&mut out, record.iter().map(String::as_str), width);
    }
    out
}

fn parse_records(text: &str) -> Vec<Vec<String>> {
    let mut records = Vec::new();
    let (mut record, mut field) = (Vec::new(), String::new());
    let (mut quoted, mut at_start) = (false, true);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => quoted = false,
                c => field.push(c),
            }
            continue;
        }
        match c {
            '"' if at_start => {
                quoted = true;
                at_start = false;
            }
            ',' => {
                record.push(std::mem::take(&mut field));
                at_start = true;
            }
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' => {
                record.push(std::mem::take(&mut field));
                records.push(std::mem::take(&mut record));
                at_start = true;
            }
            c => {
                field.push(c);
                at_start = false;
            }
        }
    }
    if !field.is_empty() || !record.is_empty() || !at_start {
        record.push(field);
        records.push(record);
    }
    records
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(cells: &[&str]) -> Vec<String> {
        cells.iter().map(|c| c.to_string()).collect()
    }

    #[test]
    fn plain_cells_are_written_as_they_are_with_crlf() {
        let csv = to_csv(&["Cluster", "Sales"], [row(&["opera first-timers", "42"]), row(&["münchen", "3.5"])]);
        assert_eq!(csv, "Cluster,Sales\r\nopera first-timers,42\r\nmünchen,3.5\r\n");
    }

    #[test]
    fn quotes_commas_and_newlines_are_quoted_per_rfc_4180() {
        let csv = to_csv(&["a", "b", "c"], [row(&["say \"hi\"", "x,y", "two\nlines"]), row(&["cr\rhere", "", " "])]);
        assert_eq!(csv, "a,b,c\r\n\"say \"\"hi\"\"\",\"x,y\",\"two\nlines\"\r\n\"cr\rhere\",, \r\n");
    }

    #[test]
    fn headers_are_escaped_too() {
        assert_eq!(to_csv(&["Purchase, EUR", "=x"], []), "\"Purchase, EUR\",'=x\r\n");
    }

    #[test]
    fn formula_starts_get_an_apostrophe() {
        let csv = to_csv(
            &["v"],
            ["=1+1", "+1", "-A1", "@SUM(A1)", "\tx", "\rx", "=HYPERLINK(\"a\",\"b\")"].map(|c| row(&[c])),
        );
        let lines: Vec<&str> = csv.split("\r\n").collect();
        assert_eq!(
            lines,
            ["v", "'=1+1", "'+1", "'-A1", "'@SUM(A1)", "'\tx", "\"'\rx\"", "\"'=HYPERLINK(\"\"a\"\",\"\"b\"\")\"", ""]
        );
    }

    #[test]
    fn plain_negative_numbers_stay_numbers() {
        for n in ["-16.7", "-3", "0", "12.25", "-0.1667"] {
            assert_eq!(to_csv(&["v"], [row(&[n])]), format!("v\r\n{n}\r\n"), "{n}");
        }
        for not_a_number in ["-", "-.5", "-1.", "-1e5", "-1,5", "- 1", "--1", "-1-1"] {
            assert!(to_csv(&["v"], [row(&[not_a_number])]).contains('\''), "{not_a_number:?} is guarded");
        }
    }

    #[test]
    fn rows_have_the_header_width() {
        assert_eq!(to_csv(&["a", "b"], [row(&["1"]), row(&["1", "2", "3"])]), "a,b\r\n1,\r\n1,2\r\n");
        assert_eq!(to_csv(&[], [row(&["x"])]), "\r\nx\r\n");
    }

    #[test]
    fn numbers_are_plain_decimals() {
        assert_eq!(number(1234567.5), "1234567.5");
        assert_eq!(number(-0.0), "0");
        assert_eq!(number(3.0), "3");
        assert_eq!(number(1e21), "1000000000000000000000");
        assert_eq!(number(f64::NAN), "");
        assert_eq!(one_decimal(-16.67), "-16.7");
        assert_eq!(one_decimal(-0.01), "0.0");
        assert_eq!(one_decimal(f64::INFINITY), "");
    }

    #[test]
    fn file_names_are_safe() {
        assert_eq!(table_file_name("attribution", "7002"), "attribution-7002.csv");
        assert_eq!(table_file_name("packages", ""), "packages.csv");
        assert_eq!(table_file_name("evaluation", "../../etc/passwd"), "evaluation-_.._etc_passwd.csv");
        assert_eq!(table_file_name("campaigns", "..."), "campaigns.csv");
        assert_eq!(table_file_name("", "a:b"), "table-a_b.csv");
        assert_eq!(table_file_name("x", "a\u{0}b\nc"), "x-a_b_c.csv");
        assert_eq!(table_file_name("x", &"9".repeat(300)).len(), "x-".len() + 120 + ".csv".len());
    }

    #[test]
    fn a_server_csv_is_guarded_and_otherwise_kept() {
        let server = "customer_id,name,spend\n1,\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",-16.7\n2,\"Doe, Jane\",+49\r\n3,\"say \"\"hi\"\"\",@x\n";
        assert_eq!(
            guard_formulas(server),
            "customer_id,name,spend\r\n1,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",-16.7\r\n2,\"Doe, Jane\",'+49\r\n3,\"say \"\"hi\"\"\",'@x\r\n"
        );
        assert_eq!(guard_formulas(""), "");
        assert_eq!(guard_formulas("\u{feff}a\n=b"), "\u{feff}a\r\n'=b\r\n", "no final newline, a BOM");
        assert_eq!(guard_formulas("a,b\n1\n1,2,3\n"), "a,b\r\n1\r\n1,2,3\r\n", "each record keeps its width");
        assert_eq!(guard_formulas("x\n\"multi\nline\"\n"), "x\r\n\"multi\nline\"\r\n");
        assert_eq!(guard_formulas("a,\n"), "a,\r\n", "an empty last field");
    }
}
