//! Time series of a dyad's interactions: counts by QuadClass, summed and
//! mean Goldstein, per day, week, month or year.

use std::collections::HashMap;

use chrono::{Datelike, NaiveDate};
use rusqlite::types::Value;

use crate::error::{AtPath, Result, StoreError};
use crate::ids::{day_date, id_range, FIRST_UNDATED_ID};
use crate::period::{from_int, Period};
use crate::query::bind_list;
use crate::Store;

/// Events of one day (or month) and QuadClass: the date (the month's first
/// day), QuadClass, summed Goldstein weight, how many.
type Tally = (NaiveDate, u8, f64, u64);

/// One side of a dyad: the actor code prefixes asked for, and the stored
/// codes they match.
#[derive(Clone, Copy)]
struct Side<'a> {
    prefixes: &'a [String],
    codes: &'a [String],
}

/// The QuadClass names, in order 1–4.
pub const QUAD_NAMES: [&str; 4] = ["verbal cooperation", "material cooperation", "verbal conflict", "material conflict"];

/// Which interactions to count.
#[derive(Clone, Debug)]
pub struct SeriesQuery {
    /// Source actor code prefixes.
    pub source: Vec<String>,
    /// Target actor code prefixes.
    pub target: Vec<String>,
    /// Count both directions (target → source too).
    pub both_directions: bool,
    pub by: Period,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
}

impl SeriesQuery {
    /// A query for `SOURCE:TARGET` (each side a comma-separated list of
    /// actor code prefixes), by month.
    pub fn dyad(dyad: &str) -> Result<SeriesQuery> {
        let (source, target) = parse_dyad(dyad)?;
        Ok(SeriesQuery { source, target, both_directions: false, by: Period::Month, from: None, to: None })
    }
}

/// `RUS:ISR` or `RUS,BLR:ISR` → (source prefixes, target prefixes).
pub fn parse_dyad(dyad: &str) -> Result<(Vec<String>, Vec<String>)> {
    let list = |s: &str| -> Vec<String> {
        s.split(',').map(|p| p.trim().to_ascii_uppercase()).filter(|p| !p.is_empty()).collect()
    };
    match dyad.split_once(':') {
        Some((s, t)) if !list(s).is_empty() && !list(t).is_empty() => Ok((list(s), list(t))),
        _ => Err(StoreError::Invalid(format!(
            "dyad `{dyad}`: expected SOURCE:TARGET actor codes, e.g. RUS:ISR"
        ))),
    }
}

/// One period of a series.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SeriesPoint {
    pub start: NaiveDate,
    pub label: String,
    /// Deduplicated events.
    pub events: u64,
    /// Events per QuadClass 1–4.
    pub quad: [u64; 4],
    pub goldstein_sum: f64,
}

impl SeriesPoint {
    /// Mean Goldstein weight of the period's events; `None` without events.
    pub fn goldstein_mean(&self) -> Option<f64> {
        (self.events > 0).then(|| self.goldstein_sum / self.events as f64)
    }
}

/// A series with every period from the first to the last (empty periods
/// included, so gaps are visible).
#[derive(Clone, Debug, PartialEq)]
pub struct Series {
    pub by: Period,
    pub points: Vec<SeriesPoint>,
    /// Matching events without a date (not in any period).
    pub undated: u64,
}

impl Store {
    pub fn series(&self, q: &SeriesQuery) -> Result<Series> {
        let sources = self.actor_codes(&q.source)?;
        let targets = self.actor_codes(&q.target)?;
        let mut dated: Vec<Tally> = Vec::new();
        let mut undated = 0;
        let mut attributes: HashMap<String, (u8, f64)> = HashMap::new();
        let (from, to) = (Side { prefixes: &q.source, codes: &sources }, Side { prefixes: &q.target, codes: &targets });
        self.dyad_events(q, from, to, None, &mut dated, &mut undated, &mut attributes)?;
        if q.both_directions {
            // The reverse direction, without events already counted.
            self.dyad_events(q, to, from, Some((from, to)), &mut dated, &mut undated, &mut attributes)?;
        }
        let first = q.from.or_else(|| dated.iter().map(|x| x.0).min());
        let last = q.to.or_else(|| dated.iter().map(|x| x.0).max());
        let starts = match (first, last) {
            (Some(f), Some(l)) => q.by.starts(f, l),
            _ => Vec::new(),
        };
        let mut points: Vec<SeriesPoint> = starts
            .iter()
            .map(|&start| SeriesPoint { start, label: q.by.label(start), ..SeriesPoint::default() })
            .collect();
        for (date, quad, goldstein, n) in dated {
            let start = q.by.start(date);
            let Ok(i) = starts.binary_search(&start) else { continue };
            let p = &mut points[i];
            p.events += n;
            if (1..=4).contains(&quad) {
                p.quad[quad as usize - 1] += n;
            }
            p.goldstein_sum += goldstein;
        }
        Ok(Series { by: q.by, points, undated })
    }

    /// The months (`YYYYMM`) in which events of these sources can be dated.
    fn months_of(&self, q: &SeriesQuery, sources: &[String]) -> Result<Vec<i64>> {
        self.actor_months(sources, q.from, q.to)
    }

    /// Adds the dated events from `sources` to `targets` (leaving out those
    /// from `except.0` to `except.1`) to `dated`, and counts the undated.
    #[allow(clippy::too_many_arguments)]
    fn dyad_events(
        &self,
        q: &SeriesQuery,
        from: Side,
        to: Side,
        except: Option<(Side, Side)>,
        dated: &mut Vec<Tally>,
        undated: &mut u64,
        attributes: &mut HashMap<String, (u8, f64)>,
    ) -> Result<()> {
        if from.codes.is_empty() || to.codes.is_empty() {
            return Ok(());
        }
        // The condition on events (exact codes) or on `dyad_months` (codes
        // cut to their first three letters, when every prefix is that long).
        let dyad_sql = |side: fn(Side) -> &[String], values: &mut Vec<Value>| -> String {
            let s = bind_list(side(from), values);
            let t = bind_list(side(to), values);
            let mut dyad = format!("e.source IN {s} AND e.target IN {t}");
            if let Some((xs, xt)) = except {
                let xs = bind_list(side(xs), values);
                let xt = bind_list(side(xt), values);
                dyad += &format!(" AND NOT (e.source IN {xs} AND e.target IN {xt})");
            }
            dyad
        };
        let mut values: Vec<Value> = Vec::new();
        let dyad = dyad_sql(|s| s.codes, &mut values);
        let undated_sql = format!("SELECT count(*) FROM events e WHERE e.id >= {FIRST_UNDATED_ID} AND {dyad}");
        let n: i64 = self
            .conn
            .query_row(&undated_sql, rusqlite::params_from_iter(values.iter()), |r| r.get(0))
            .at(&self.path)?;
        *undated += n as u64;

        let months = self.months_of(q, from.codes)?;
        if months.is_empty() {
            return Ok(());
        }
        let months: Vec<String> = months.iter().map(i64::to_string).collect();
        // Whole months of country-level actors (three-letter prefixes, the
        // usual question) are counted by `dyad_months`, kept at insert: one
        // seek per month, a row per QuadClass. Otherwise the events are
        // counted in the month-major index, which holds source, target,
        // code and (as the id) the date, so the table is never read; SQLite
        // sums per period and code, and QuadClass and Goldstein follow from
        // the code through the codebook, as they did when the event was coded.
        let whole_months = q.from.is_none_or(|f| f.day() == 1) && q.to.is_none_or(|t| t.succ_opt().is_none_or(|n| n.day() == 1));
        let monthly = matches!(q.by, Period::Month | Period::Year);
        let countries = [from, to].iter().chain(except.iter().flat_map(|(a, b)| [a, b])).all(|side| side.prefixes.iter().all(|p| p.len() == 3));
        if monthly && whole_months && countries {
            // `dyad_month_rows` is keyed by month, source id, target id and
            // QuadClass (schema::dyad_key): each month and pair of
            // country-level actors is one key range.
            let pairs = self.dyad_id_pairs(from, to, except, |s| s.prefixes)?;
            let mut stmt = self
                .conn
                .prepare_cached("SELECT key, events, goldstein FROM dyad_month_rows WHERE key BETWEEN ?1 AND ?2")
                .at(&self.path)?;
            let mut totals: std::collections::BTreeMap<(i64, i64), (i64, f64)> = std::collections::BTreeMap::new();
            for month in &months {
                let month: i64 = month.parse().expect("formatted from an integer above");
                for &(s, t) in &pairs {
                    let Some((lo, hi)) = crate::schema::dyad_key_range(month, s, t) else { continue };
                    let mut rows = stmt.query([lo, hi]).at(&self.path)?;
                    while let Some(r) = rows.next().at(&self.path)? {
                        let (key, n, goldstein): (i64, i64, f64) = (r.get(0).at(&self.path)?, r.get(1).at(&self.path)?, r.get(2).at(&self.path)?);
                        let total = totals.entry((month, key - lo)).or_insert((0, 0.0));
                        total.0 += n;
                        total.1 += goldstein;
                    }
                }
            }
            for ((month, quad), (n, goldstein)) in totals {
                let Some(d) = from_int(month * 100 + 1) else { continue };
                dated.push((d, quad as u8, goldstein, n as u64));
            }
            return Ok(());
        }
        // The same dyad in `events_month`, whose leading key is month,
        // source id and target id: one key per month and pair of exact
        // codes; codes are read by id.
        let values: Vec<Value> = Vec::new();
        let pairs = self.dyad_id_pairs(from, to, except, |s| s.codes)?;
        if pairs.is_empty() {
            return Ok(());
        }
        let keys: Vec<String> = months
            .iter()
            .flat_map(|m| {
                let m: i64 = m.parse().expect("formatted from an integer above");
                pairs.iter().map(move |&(s, t)| crate::schema::month_actor_key(m, s, t).to_string())
            })
            .collect();
        let (lo, hi) = id_range(q.from, q.to);
        let key = crate::schema::MONTH_SOURCE_KEY_SQL;
        let unit = if monthly { format!("{key} >> {}", 2 * crate::schema::ACTOR_ID_BITS) } else { "e.id >> 32".to_string() };
        let sql = format!(
            "SELECT g.unit, c.code, g.n FROM (
                 SELECT {unit} AS unit, e.code_id AS code_id, count(*) AS n FROM event_rows e INDEXED BY events_month
                 WHERE {key} IN ({}) AND e.id BETWEEN {lo} AND {hi}
                 GROUP BY 1, 2) g
             JOIN event_codes c ON c.id = g.code_id",
            keys.join(", ")
        );
        let mut stmt = self.conn.prepare(&sql).at(&self.path)?;
        let mut rows = stmt.query(rusqlite::params_from_iter(values.iter())).at(&self.path)?;
        while let Some(r) = rows.next().at(&self.path)? {
            let unit: i64 = r.get(0).at(&self.path)?;
            let date = if monthly { from_int(unit * 100 + 1) } else { day_date(unit) };
            let Some(d) = date else { continue };
            let n: i64 = r.get(2).at(&self.path)?;
            let code = r.get_ref(1).at(&self.path)?.as_str().unwrap_or_default();
            let (quad, goldstein) = match attributes.get(code) {
                Some(&a) => a,
                None => {
                    let mut e = demarche_code::Event { code: code.to_string(), ..crate::synth::blank_event() };
                    e.fill_code_attributes();
                    attributes.insert(code.to_string(), (e.quad_class, e.goldstein as f64));
                    (e.quad_class, e.goldstein as f64)
                }
            };
            dated.push((d, quad, goldstein * n as f64, n as u64));
        }
        Ok(())
    }

    /// The (source id, target id) pairs of `actor_codes` ids of the codes
    /// `side` picks from each side, less the pairs `except` excludes.
    fn dyad_id_pairs(&self, from: Side, to: Side, except: Option<(Side, Side)>, side: fn(Side) -> &[String]) -> Result<Vec<(i64, i64)>> {
        let (sources, targets) = (self.actor_code_ids(side(from))?, self.actor_code_ids(side(to))?);
        let excluded = match except {
            Some((xs, xt)) => Some((self.actor_code_ids(side(xs))?, self.actor_code_ids(side(xt))?)),
            None => None,
        };
        Ok(sources
            .iter()
            .flat_map(|&s| targets.iter().map(move |&t| (s, t)))
            .filter(|(s, t)| !excluded.as_ref().is_some_and(|(xs, xt)| xs.contains(s) && xt.contains(t)))
            .collect())
    }
}

/// What a series shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Measure {
    /// Events per period.
    Count,
    /// Summed and mean Goldstein weight per period.
    Goldstein,
    /// Events per QuadClass per period.
    Quad,
}

impl Measure {
    pub fn parse(text: &str) -> Option<Measure> {
        match text {
            "count" => Some(Measure::Count),
            "goldstein" => Some(Measure::Goldstein),
            "quad" => Some(Measure::Quad),
            _ => None,
        }
    }

    /// Column names after `period`.
    pub fn columns(self) -> Vec<&'static str> {
        match self {
            Measure::Count => vec!["events"],
            Measure::Goldstein => vec!["events", "goldstein_sum", "goldstein_mean"],
            Measure::Quad => vec!["verbal_coop", "material_coop", "verbal_conflict", "material_conflict"],
        }
    }

    /// The values of a point, in [`Measure::columns`] order (`None`: no value).
    pub fn values(self, p: &SeriesPoint) -> Vec<Option<f64>> {
        match self {
            Measure::Count => vec![Some(p.events as f64)],
            Measure::Goldstein => vec![Some(p.events as f64), Some(p.goldstein_sum), p.goldstein_mean()],
            Measure::Quad => p.quad.iter().map(|&n| Some(n as f64)).collect(),
        }
    }
}

#[cfg(feature = "plot")]
pub use plot::plot_svg;

#[cfg(feature = "plot")]
mod plot {
    use plotters::prelude::*;

    use super::{Measure, Series, QUAD_NAMES};
    use crate::error::{Result, StoreError};

    const COLORS: [RGBColor; 4] = [RGBColor(31, 119, 180), RGBColor(44, 160, 44), RGBColor(255, 127, 14), RGBColor(214, 39, 40)];

    /// Draws `series` as an SVG line chart: periods along x (labelled), the
    /// measure's lines with a legend. Goldstein draws the sum on the left
    /// axis and the mean (−10..+10) on the right.
    pub fn plot_svg(series: &Series, measure: Measure, title: &str, path: &std::path::Path) -> Result<()> {
        let err = |e: String| StoreError::Io { path: path.display().to_string(), error: std::io::Error::other(e) };
        let n = series.points.len().max(1);
        let labels: Vec<String> = series.points.iter().map(|p| p.label.clone()).collect();
        let lines: Vec<(String, Vec<f64>)> = match measure {
            Measure::Count => vec![("events".into(), series.points.iter().map(|p| p.events as f64).collect())],
            Measure::Goldstein => {
                vec![("summed Goldstein (left axis)".into(), series.points.iter().map(|p| p.goldstein_sum).collect())]
            }
            Measure::Quad => (0..4)
                .map(|q| (QUAD_NAMES[q].to_string(), series.points.iter().map(|p| p.quad[q] as f64).collect()))
                .collect(),
        };
        let (mut lo, mut hi) = lines
            .iter()
            .flat_map(|(_, v)| v.iter().copied())
            .fold((0.0f64, 0.0f64), |(lo, hi), v| (lo.min(v), hi.max(v)));
        if hi - lo < 1.0 {
            hi = lo + 1.0;
        }
        let pad = (hi - lo) * 0.05;
        if lo < 0.0 {
            lo -= pad;
        }
        hi += pad;

        let root = SVGBackend::new(path, (1000, 560)).into_drawing_area();
        root.fill(&WHITE).map_err(|e| err(e.to_string()))?;
        let mut builder = ChartBuilder::on(&root);
        builder.caption(title, ("sans-serif", 22)).margin(16).x_label_area_size(60).y_label_area_size(70);
        if measure == Measure::Goldstein {
            builder.right_y_label_area_size(60);
        }
        let x_range = 0f64..(n as f64 - 1.0).max(1.0);
        let mut chart = builder
            .build_cartesian_2d(x_range.clone(), lo..hi)
            .map_err(|e| err(e.to_string()))?
            .set_secondary_coord(x_range, -10f64..10f64);
        let step = n.div_ceil(12).max(1);
        let label_of = |x: &f64| {
            let i = x.round() as usize;
            if (x - x.round()).abs() < 1e-6 && i.is_multiple_of(step) {
                labels.get(i).cloned().unwrap_or_default()
            } else {
                String::new()
            }
        };
        chart
            .configure_mesh()
            .x_labels(n.min(400))
            .x_label_formatter(&label_of)
            .x_desc(format!("{:?}", series.by).to_lowercase())
            .y_desc(match measure {
                Measure::Count => "events",
                Measure::Goldstein => "summed Goldstein",
                Measure::Quad => "events",
            })
            .label_style(("sans-serif", 14))
            .axis_desc_style(("sans-serif", 16))
            .light_line_style(WHITE.mix(0.0))
            .draw()
            .map_err(|e| err(e.to_string()))?;
        for (i, (name, values)) in lines.iter().enumerate() {
            let color = COLORS[i % COLORS.len()];
            chart
                .draw_series(LineSeries::new(values.iter().enumerate().map(|(x, &y)| (x as f64, y)), color.stroke_width(2)))
                .map_err(|e| err(e.to_string()))?
                .label(name.clone())
                .legend(move |(x, y)| PathElement::new(vec![(x, y), (x + 20, y)], color.stroke_width(2)));
        }
        if measure == Measure::Goldstein {
            chart
                .configure_secondary_axes()
                .y_desc("mean Goldstein")
                .label_style(("sans-serif", 14))
                .axis_desc_style(("sans-serif", 16))
                .draw()
                .map_err(|e| err(e.to_string()))?;
            let color = COLORS[3];
            let points: Vec<(f64, f64)> =
                series.points.iter().enumerate().filter_map(|(x, p)| p.goldstein_mean().map(|m| (x as f64, m))).collect();
            chart
                .draw_secondary_series(PointSeries::of_element(points, 3, color.filled(), &|c, s, st| {
                    Circle::new(c, s, st)
                }))
                .map_err(|e| err(e.to_string()))?
                .label("mean Goldstein (right axis)")
                .legend(move |(x, y)| Circle::new((x + 10, y), 3, color.filled()));
        }
        chart
            .configure_series_labels()
            .position(SeriesLabelPosition::UpperLeft)
            .background_style(WHITE.mix(0.85))
            .border_style(BLACK)
            .label_font(("sans-serif", 14))
            .draw()
            .map_err(|e| err(e.to_string()))?;
        root.present().map_err(|e| err(e.to_string()))?;
        Ok(())
    }
}
