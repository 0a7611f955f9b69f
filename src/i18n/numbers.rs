//! Numbers written the reader's way: "1,234.5" in English, "1 234,5" in French (a narrow
//! no-break space between thousands, as French typography and CLDR have it).

use fluent_bundle::FluentValue;

use super::Lang;

/// `value` with the language's separators, with at most `max_fraction` decimals (trailing
/// zeros dropped).
pub fn format_number(lang: Lang, value: f64, max_fraction: usize) -> String {
    let text = format!("{:.*}", max_fraction, value.abs());
    let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
    let fraction = fraction.trim_end_matches('0');
    punctuate(
        lang,
        value < 0.0 && !text.trim_matches(['0', '.']).is_empty(),
        whole,
        fraction,
    )
}

/// A number Fluent is about to print, with the language's separators and the fraction
/// digits the message asked for.
pub(super) fn fluent_number(lang: Lang, value: &FluentValue) -> Option<String> {
    let FluentValue::Number(number) = value else {
        return None;
    };
    let text = number.as_string();
    let (sign, text) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.as_ref()),
    };
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    Some(punctuate(lang, sign, whole, fraction))
}

fn punctuate(lang: Lang, negative: bool, whole: &str, fraction: &str) -> String {
    let (group, decimal) = match lang {
        Lang::EnGb => (",", "."),
        Lang::Fr => ("\u{202f}", ","),
    };
    let digits: Vec<char> = whole.chars().collect();
    let mut out = String::with_capacity(whole.len() + 8);
    if negative {
        out.push('-');
    }
    for (i, digit) in digits.iter().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push_str(group);
        }
        out.push(*digit);
    }
    if !fraction.is_empty() {
        out.push_str(decimal);
        out.push_str(fraction);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thousands_and_decimals_follow_the_language() {
        assert_eq!(format_number(Lang::EnGb, 1234.5, 1), "1,234.5");
        assert_eq!(format_number(Lang::Fr, 12345.5, 1), "12\u{202f}345,5");
        assert_eq!(format_number(Lang::Fr, 1234.5, 1), "1\u{202f}234,5");
        assert_eq!(format_number(Lang::EnGb, 1_000_000.0, 0), "1,000,000");
        assert_eq!(format_number(Lang::Fr, -0.25, 2), "-0,25");
        assert_eq!(format_number(Lang::EnGb, 7.0, 2), "7");
        assert_eq!(format_number(Lang::EnGb, 999.0, 0), "999");
    }
}
