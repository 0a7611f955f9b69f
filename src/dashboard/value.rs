//! A figure's value (a count, a share or a time), how it reads on the page and in the CSV,
//! and the arithmetic behind shares and percentiles.

use crate::i18n::{Lang, format_number};
use crate::messages::dashboard as words;

/// One figure for one period.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Value {
    Count(i64),
    /// A share from 0 to 1; none when there was nothing to divide.
    Share(Option<f64>),
    /// A time in seconds; none when nothing was measured.
    Time(Option<i64>),
}

impl Value {
    /// As the page shows it, in `lang`: "1,234", "67 %", "3 h 20 min" ("1 234", "67 %",
    /// "3 h 20 min" in French).
    pub fn display(&self, lang: Lang) -> String {
        match *self {
            Value::Count(n) => format_number(lang, n as f64, 0),
            Value::Share(Some(share)) => lang.t1(
                "admin-value-percent",
                "n",
                format_number(lang, share * 100.0, 0),
            ),
            Value::Time(Some(seconds)) => duration(lang, seconds),
            Value::Share(None) | Value::Time(None) => words::NONE.to_owned(),
        }
    }

    /// As the CSV has it: a plain number a spreadsheet reads (percent, hours), or empty.
    pub fn csv(&self) -> String {
        match *self {
            Value::Count(n) => n.to_string(),
            Value::Share(Some(share)) => format!("{:.1}", share * 100.0),
            Value::Time(Some(seconds)) => format!("{:.2}", seconds as f64 / 3600.0),
            Value::Share(None) | Value::Time(None) => String::new(),
        }
    }

    /// The CSV's unit column.
    pub fn unit(&self) -> &'static str {
        match self {
            Value::Count(_) => "count",
            Value::Share(_) => "percent",
            Value::Time(_) => "hours",
        }
    }

    /// How this period compares with the previous one, in `lang`: "+25 %" for counts,
    /// "+5 points" for shares, "−2 h" for times; empty when either side has nothing.
    pub fn change_from(&self, before: &Value, lang: Lang) -> String {
        match (*self, *before) {
            (Value::Count(now), Value::Count(then)) if then > 0 => lang.t1(
                "admin-change-percent",
                "change",
                signed(
                    lang,
                    ((now - then) as f64 / then as f64 * 100.0).round() as i64,
                ),
            ),
            (Value::Share(Some(now)), Value::Share(Some(then))) => lang.t1(
                "admin-change-points",
                "change",
                signed(lang, ((now - then) * 100.0).round() as i64),
            ),
            (Value::Time(Some(now)), Value::Time(Some(then))) => {
                let delta = now - then;
                let sign = if delta < 0 { "−" } else { "+" };
                format!("{sign}{}", duration(lang, delta.abs()))
            }
            _ => String::new(),
        }
    }
}

/// `n` with its sign ("+25", "−50", "0"), in `lang`'s digits.
fn signed(lang: Lang, n: i64) -> String {
    let digits = format_number(lang, n.unsigned_abs() as f64, 0);
    match n {
        0 => digits,
        n if n > 0 => format!("+{digits}"),
        _ => format!("−{digits}"),
    }
}

/// A time in the two largest units that matter, in `lang`: "45 s", "12 min", "3 h 20 min",
/// "2 d 4 h" ("2 j 4 h" in French, with no-break spaces).
pub fn duration(lang: Lang, seconds: i64) -> String {
    let minutes = seconds / 60;
    let hours = minutes / 60;
    let days = hours / 24;
    match seconds {
        ..60 => lang.t1("admin-duration-seconds", "s", seconds),
        60..3600 => lang.t1("admin-duration-minutes", "min", minutes),
        3600..86_400 => lang.t2("admin-duration-hours", "h", hours, "min", minutes % 60),
        _ => lang.t2("admin-duration-days", "d", days, "h", hours % 24),
    }
}

/// `part` out of `whole`, if there is a whole.
pub fn share(part: usize, whole: usize) -> Value {
    Value::Share((whole > 0).then(|| part as f64 / whole as f64))
}

/// The `p`-th percentile (0 < p ≤ 1) of `seconds` by the nearest-rank method: the
/// smallest value with at least p of all values at or below it. Sorts in place.
pub fn percentile(seconds: &mut [i64], p: f64) -> Value {
    if seconds.is_empty() {
        return Value::Time(None);
    }
    seconds.sort_unstable();
    let rank = (p * seconds.len() as f64).ceil() as usize;
    Value::Time(Some(seconds[rank.clamp(1, seconds.len()) - 1]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentiles_use_the_nearest_rank() {
        let mut times = vec![50, 10, 40, 20, 30];
        assert_eq!(percentile(&mut times, 0.5), Value::Time(Some(30)));
        assert_eq!(percentile(&mut times, 0.9), Value::Time(Some(50)));
        let mut ten: Vec<i64> = (1..=10).collect();
        assert_eq!(percentile(&mut ten, 0.5), Value::Time(Some(5)));
        assert_eq!(percentile(&mut ten, 0.9), Value::Time(Some(9)));
        assert_eq!(percentile(&mut [], 0.5), Value::Time(None));
    }

    #[test]
    fn values_read_as_people_write_them() {
        let en = Lang::EnGb;
        assert_eq!(Value::Count(1_234_567).display(en), "1,234,567");
        assert_eq!(Value::Count(999).display(en), "999");
        assert_eq!(share(2, 3).display(en), "67 %");
        assert_eq!(share(0, 0).display(en), "–");
        assert_eq!(Value::Time(Some(12_000)).display(en), "3 h 20 min");
        assert_eq!(
            Value::Time(Some(2 * 86_400 + 4 * 3600)).display(en),
            "2 d 4 h"
        );
        assert_eq!(Value::Time(Some(45)).display(en), "45 s");
        assert_eq!(Value::Time(Some(5400)).csv(), "1.50");
        assert_eq!(share(1, 3).csv(), "33.3");
    }

    #[test]
    fn values_read_the_french_way_in_french() {
        let fr = Lang::Fr;
        assert_eq!(Value::Count(1_234).display(fr), "1\u{202f}234");
        assert_eq!(share(2, 3).display(fr), "67\u{202f}%");
        assert_eq!(
            Value::Time(Some(2 * 86_400 + 4 * 3600)).display(fr),
            "2\u{a0}j 4\u{a0}h"
        );
        assert_eq!(
            Value::Count(15).change_from(&Value::Count(10), fr),
            "+50\u{202f}%"
        );
        // The CSV stays the same in every language.
        assert_eq!(share(1, 3).csv(), "33.3");
    }

    #[test]
    fn changes_compare_with_the_previous_period() {
        let en = Lang::EnGb;
        assert_eq!(Value::Count(15).change_from(&Value::Count(10), en), "+50 %");
        assert_eq!(Value::Count(5).change_from(&Value::Count(10), en), "−50 %");
        assert_eq!(Value::Count(5).change_from(&Value::Count(0), en), "");
        assert_eq!(share(3, 4).change_from(&share(1, 2), en), "+25 points");
        assert_eq!(
            Value::Time(Some(3600)).change_from(&Value::Time(Some(7200)), en),
            "−1 h 0 min"
        );
    }
}
