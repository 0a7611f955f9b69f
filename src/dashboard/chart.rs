//! Bar charts drawn by the server: the geometry of each bar, computed here and written as
//! inline SVG by the template (no script, no chart service, no inline style: the bars'
//! colour comes from the stylesheet). The same numbers are in a table beside each chart.

use crate::i18n::Key;

/// The drawing's size in SVG units; it scales to the page's width.
pub const WIDTH: u32 = 600;
pub const HEIGHT: u32 = 160;
/// Room under the bars for the first and last labels.
const AXIS: u32 = 20;

/// One bar, in SVG units, with what it shows for its tooltip.
#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
    pub label: String,
    pub value: i64,
}

/// A chart of one series.
#[derive(Debug, Clone, PartialEq)]
pub struct Chart {
    /// The element id its title and table refer to.
    pub id: &'static str,
    /// Said where the page is drawn, in the reader's language.
    pub title: Key,
    pub bars: Vec<Bar>,
    /// The largest value, written at the top of the scale.
    pub max: i64,
    pub first_label: String,
    pub last_label: String,
    /// The baseline's height, for the template.
    pub baseline: u32,
    pub width: u32,
    pub height: u32,
}

impl Chart {
    /// Bars for `points` (label, value), scaled so the largest fills the height.
    pub fn bars(id: &'static str, title: Key, points: &[(String, i64)]) -> Self {
        let max = points.iter().map(|p| p.1).max().unwrap_or(0).max(0);
        let plot = f64::from(HEIGHT - AXIS);
        let slot = f64::from(WIDTH) / points.len().max(1) as f64;
        let gap = (slot * 0.2).min(6.0);
        let bars = points
            .iter()
            .enumerate()
            .map(|(i, (label, value))| {
                let height = if max == 0 {
                    0.0
                } else {
                    plot * (*value).max(0) as f64 / max as f64
                };
                Bar {
                    x: round(i as f64 * slot + gap / 2.0),
                    y: round(plot - height),
                    width: round(slot - gap),
                    height: round(height),
                    label: label.clone(),
                    value: *value,
                }
            })
            .collect();
        Self {
            id,
            title,
            bars,
            max,
            first_label: points.first().map(|p| p.0.clone()).unwrap_or_default(),
            last_label: points.last().map(|p| p.0.clone()).unwrap_or_default(),
            baseline: HEIGHT - AXIS,
            width: WIDTH,
            height: HEIGHT,
        }
    }
}

fn round(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_largest_bar_fills_the_plot_and_the_others_scale() {
        let points = vec![
            ("a".to_owned(), 10),
            ("b".to_owned(), 5),
            ("c".to_owned(), 0),
        ];
        let chart = Chart::bars("c", Key("admin-dashboard-activity"), &points);
        let plot = f64::from(HEIGHT - AXIS);
        assert_eq!(chart.bars[0].height, plot);
        assert_eq!(chart.bars[0].y, 0.0);
        assert_eq!(chart.bars[1].height, plot / 2.0);
        assert_eq!(chart.bars[2].height, 0.0);
        assert!(chart.bars[1].x > chart.bars[0].x + chart.bars[0].width);
        assert!(chart.bars[2].x + chart.bars[2].width <= f64::from(WIDTH));
        assert_eq!(
            (chart.first_label.as_str(), chart.last_label.as_str()),
            ("a", "c")
        );
    }

    #[test]
    fn an_empty_series_draws_no_bar_heights() {
        let chart = Chart::bars("c", Key("admin-dashboard-activity"), &[("a".to_owned(), 0)]);
        assert_eq!(chart.max, 0);
        assert_eq!(chart.bars[0].height, 0.0);
    }
}
