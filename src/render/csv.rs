//! CSV downloads (the audit log, the dashboard's tables): RFC 4180, with commas, CRLF
//! line ends and quotes doubled.
//!
//! Names and titles are written by members, and a spreadsheet runs a cell
//! that starts with `=`, `+`, `-` or `@` as a formula: such cells are written with a
//! leading apostrophe, which spreadsheets show as text.

use actix_web::HttpResponse;
use actix_web::http::header;

/// A download of `text` named `filename`.
pub fn download(filename: &str, text: String) -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/csv; charset=utf-8")
        .insert_header((
            header::CONTENT_DISPOSITION,
            format!("attachment; filename=\"{filename}\""),
        ))
        .body(text)
}

/// The CSV text of `header` and `rows`.
pub fn write<S: AsRef<str>>(header: &[&str], rows: &[Vec<S>]) -> String {
    let mut out = String::new();
    line(&mut out, header.iter().copied());
    for row in rows {
        line(&mut out, row.iter().map(AsRef::as_ref));
    }
    out
}

fn line<'a>(out: &mut String, cells: impl Iterator<Item = &'a str>) {
    for (i, cell) in cells.enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&field(cell));
    }
    out.push_str("\r\n");
}

fn field(cell: &str) -> String {
    let inert = if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}")
    } else {
        cell.to_owned()
    };
    if inert.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", inert.replace('"', "\"\""))
    } else {
        inert
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_quoted_and_formulas_made_inert() {
        let text = write(
            &["Area", "Count"],
            &[
                vec!["Shirts, ties", "3"],
                vec!["Say \"hi\"", "1"],
                vec!["=HYPERLINK(\"x\")", "-2"],
            ],
        );
        assert_eq!(
            text,
            "Area,Count\r\n\"Shirts, ties\",3\r\n\"Say \"\"hi\"\"\",1\r\n\"'=HYPERLINK(\"\"x\"\")\",'-2\r\n"
        );
    }
}
