//! A figure's value (a count, a share or a time), how it reads on the page and in the CSV,
//! and the arithmetic behind shares and percentiles.

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
    /// As the page shows it: "1,234", "67 %", "3 h 20 min".
    pub fn display(&self) -> String {
        match *self {
            Value::Count(n) => thousands(n),
            Value::Share(Some(share)) => format!("{:.0} %", share * 100.0),
            Value::Time(Some(seconds)) => duration(seconds),
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

    /// How this period compares with the previous one: "+25 %" for counts, "+5 points"
    /// for shares, "−2 h" for times; empty when either side has nothing.
    pub fn change_from(&self, before: &Value) -> String {
        match (*self, *before) {
            (Value::Count(now), Value::Count(then)) if then > 0 => signed(
                ((now - then) as f64 / then as f64 * 100.0).round() as i64,
                " %",
            ),
            (Value::Share(Some(now)), Value::Share(Some(then))) => {
                signed(((now - then) * 100.0).round() as i64, " points")
            }
            (Value::Time(Some(now)), Value::Time(Some(then))) => {
                let delta = now - then;
                let sign = if delta < 0 { "−" } else { "+" };
                format!("{sign}{}", duration(delta.abs()))
            }
            _ => String::new(),
        }
    }
}

fn signed(n: i64, unit: &str) -> String {
    match n {
        0 => format!("0{unit}"),
        n if n > 0 => format!("+{n}{unit}"),
        n => format!("−{}{unit}", -n),
    }
}

/// 1234567 → "1,234,567".
pub fn thousands(n: i64) -> String {
    let digits = n.unsigned_abs().to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if n < 0 { format!("−{out}") } else { out }
}

/// A time in the two largest units that matter: "45 s", "12 min", "3 h 20 min", "2 d 4 h".
pub fn duration(seconds: i64) -> String {
    let minutes = seconds / 60;
    let hours = minutes / 60;
    let days = hours / 24;
    match seconds {
        ..60 => format!("{seconds} s"),
        60..3600 => format!("{minutes} min"),
        3600..86_400 => format!("{hours} h {} min", minutes % 60),
        _ => format!("{days} d {} h", hours % 24),
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
        assert_eq!(Value::Count(1_234_567).display(), "1,234,567");
        assert_eq!(Value::Count(999).display(), "999");
        assert_eq!(share(2, 3).display(), "67 %");
        assert_eq!(share(0, 0).display(), "–");
        assert_eq!(Value::Time(Some(12_000)).display(), "3 h 20 min");
        assert_eq!(
            Value::Time(Some(2 * 86_400 + 4 * 3600)).display(),
            "2 d 4 h"
        );
        assert_eq!(Value::Time(Some(45)).display(), "45 s");
        assert_eq!(Value::Time(Some(5400)).csv(), "1.50");
        assert_eq!(share(1, 3).csv(), "33.3");
    }

    #[test]
    fn changes_compare_with_the_previous_period() {
        assert_eq!(Value::Count(15).change_from(&Value::Count(10)), "+50 %");
        assert_eq!(Value::Count(5).change_from(&Value::Count(10)), "−50 %");
        assert_eq!(Value::Count(5).change_from(&Value::Count(0)), "");
        assert_eq!(share(3, 4).change_from(&share(1, 2)), "+25 points");
        assert_eq!(
            Value::Time(Some(3600)).change_from(&Value::Time(Some(7200))),
            "−1 h 0 min"
        );
    }
}
