//! The actor interaction network: who acts toward whom, how often.
//!
//! Edges are directed (source → target) and weighted by the number of
//! deduplicated events. Per actor: degree (distinct neighbours, either
//! direction), weighted degree (events in and out) and betweenness
//! centrality (Brandes' algorithm on the undirected, unweighted graph,
//! normalized as networkx does by default: by (n−1)(n−2)/2 pairs).

use std::collections::{BTreeMap, VecDeque};
use std::io::Write;

use rayon::prelude::*;

use crate::error::{AtPath, Result};
use crate::query::EventFilter;
use crate::Store;

/// Which events make the network.
#[derive(Clone, Debug, Default)]
pub struct NetworkQuery {
    /// Date, QuadClass, code and actor filters, as for `events`.
    pub filter: EventFilter,
    /// Merge actor codes into their principal (country or international
    /// organisation): `RUSGOV` → `RUS`, `IGOUNO` → `IGOUNO`.
    pub principals: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Node {
    pub actor: String,
    pub degree: usize,
    pub weighted_degree: u64,
    pub betweenness: f64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Edge {
    pub source: String,
    pub target: String,
    /// Deduplicated events from source to target.
    pub events: u64,
    /// Reports of those events.
    pub mentions: u64,
    pub goldstein_mean: f64,
}

#[derive(Clone, Debug, PartialEq, Default)]
pub struct Network {
    /// Sorted by actor code.
    pub nodes: Vec<Node>,
    /// Sorted by source, then target.
    pub edges: Vec<Edge>,
}

/// Prefixes of actor codes that are organisations rather than countries;
/// their principal keeps the next three letters too (`IGOUNO`).
const ORGANISATION_PREFIXES: [&str; 4] = ["IGO", "NGO", "IMG", "MNC"];

/// The principal an actor code belongs to: its country (first three
/// letters), or the organisation for `IGO…`/`NGO…`/`IMG…`/`MNC…` codes.
pub fn principal(code: &str) -> &str {
    let n = if ORGANISATION_PREFIXES.iter().any(|p| code.starts_with(p)) { 6 } else { 3 };
    code.get(..n.min(code.len())).unwrap_or(code)
}

impl Store {
    pub fn network(&self, q: &NetworkQuery) -> Result<Network> {
        let c = self.conditions(&q.filter)?;
        let sql = format!(
            "SELECT e.source, e.target, count(*), sum(e.mentions), sum(e.goldstein) FROM events e
             {} {} e.target <> '' GROUP BY e.source, e.target",
            c.where_clause(),
            if c.sql.is_empty() { "WHERE" } else { "AND" }
        );
        let mut stmt = self.conn.prepare(&sql).at(&self.path)?;
        let mut rows = stmt.query(rusqlite::params_from_iter(c.values.iter())).at(&self.path)?;
        let mut edges: BTreeMap<(String, String), (u64, u64, f64)> = BTreeMap::new();
        while let Some(r) = rows.next().at(&self.path)? {
            let (mut s, mut t): (String, String) = (r.get(0).at(&self.path)?, r.get(1).at(&self.path)?);
            if q.principals {
                s = principal(&s).to_string();
                t = principal(&t).to_string();
                if s == t {
                    continue;
                }
            }
            let e = edges.entry((s, t)).or_insert((0, 0, 0.0));
            e.0 += r.get::<_, i64>(2).at(&self.path)? as u64;
            e.1 += r.get::<_, i64>(3).at(&self.path)? as u64;
            e.2 += r.get::<_, f64>(4).at(&self.path)?;
        }
        Ok(Network::from_edges(
            edges
                .into_iter()
                .map(|((source, target), (events, mentions, goldstein))| Edge {
                    source,
                    target,
                    events,
                    mentions,
                    goldstein_mean: goldstein / events.max(1) as f64,
                })
                .collect(),
        ))
    }
}

impl Network {
    /// Builds nodes and their measures from directed, weighted edges.
    pub fn from_edges(edges: Vec<Edge>) -> Network {
        let mut index: BTreeMap<&str, usize> = BTreeMap::new();
        for e in &edges {
            index.insert(&e.source, 0);
            index.insert(&e.target, 0);
        }
        for (i, v) in index.values_mut().enumerate() {
            *v = i;
        }
        let names: Vec<String> = index.keys().map(|s| s.to_string()).collect();
        let n = names.len();
        let mut neighbours: Vec<Vec<usize>> = vec![Vec::new(); n];
        let mut weighted = vec![0u64; n];
        for e in &edges {
            let (s, t) = (index[e.source.as_str()], index[e.target.as_str()]);
            weighted[s] += e.events;
            weighted[t] += e.events;
            if s != t {
                neighbours[s].push(t);
                neighbours[t].push(s);
            }
        }
        for list in &mut neighbours {
            list.sort_unstable();
            list.dedup();
        }
        let betweenness = betweenness(&neighbours);
        let nodes = names
            .into_iter()
            .enumerate()
            .map(|(i, actor)| Node { actor, degree: neighbours[i].len(), weighted_degree: weighted[i], betweenness: betweenness[i] })
            .collect();
        Network { nodes, edges }
    }

    /// GraphML for Gephi, networkx (`read_graphml`), igraph, Cytoscape.
    pub fn write_graphml(&self, out: &mut dyn Write) -> std::io::Result<()> {
        writeln!(out, r#"<?xml version="1.0" encoding="UTF-8"?>"#)?;
        writeln!(out, r#"<graphml xmlns="http://graphml.graphdrawing.org/xmlns">"#)?;
        for (id, on, name, ty) in [
            ("degree", "node", "degree", "int"),
            ("weighted_degree", "node", "weighted_degree", "long"),
            ("betweenness", "node", "betweenness", "double"),
            ("weight", "edge", "weight", "long"),
            ("mentions", "edge", "mentions", "long"),
            ("goldstein_mean", "edge", "goldstein_mean", "double"),
        ] {
            writeln!(out, r#"  <key id="{id}" for="{on}" attr.name="{name}" attr.type="{ty}"/>"#)?;
        }
        writeln!(out, r#"  <graph id="events" edgedefault="directed">"#)?;
        for n in &self.nodes {
            writeln!(
                out,
                r#"    <node id="{}"><data key="degree">{}</data><data key="weighted_degree">{}</data><data key="betweenness">{}</data></node>"#,
                xml_escape(&n.actor),
                n.degree,
                n.weighted_degree,
                n.betweenness
            )?;
        }
        for e in &self.edges {
            writeln!(
                out,
                r#"    <edge source="{}" target="{}"><data key="weight">{}</data><data key="mentions">{}</data><data key="goldstein_mean">{}</data></edge>"#,
                xml_escape(&e.source),
                xml_escape(&e.target),
                e.events,
                e.mentions,
                e.goldstein_mean
            )?;
        }
        writeln!(out, "  </graph>\n</graphml>")
    }
}

pub(crate) fn xml_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c => out.push(c),
        }
    }
    out
}

/// Brandes (2001) betweenness on an undirected, unweighted graph given as
/// sorted adjacency lists; normalized by the (n−1)(n−2)/2 pairs a node can
/// lie between. Sources are processed in parallel.
pub fn betweenness(neighbours: &[Vec<usize>]) -> Vec<f64> {
    let n = neighbours.len();
    // Sources go in fixed chunks whose sums are added in chunk order, so
    // the floating-point result is the same on every run and thread count
    // (a rayon fold's splits follow work stealing). At most 256 chunks,
    // so memory grows with n (256 sums of n), not with n².
    let sources_per_chunk = (n / 256).max(64);
    let sources: Vec<usize> = (0..n).collect();
    let chunk_sums: Vec<Vec<f64>> = sources
        .par_chunks(sources_per_chunk)
        .map(|chunk| {
            let mut acc = vec![0.0f64; n];
            for &s in chunk {
                let mut stack = Vec::with_capacity(n);
                let mut preds: Vec<Vec<usize>> = vec![Vec::new(); n];
                let mut sigma = vec![0.0f64; n];
                let mut dist = vec![-1i64; n];
                sigma[s] = 1.0;
                dist[s] = 0;
                let mut queue = VecDeque::from([s]);
                while let Some(v) = queue.pop_front() {
                    stack.push(v);
                    for &w in &neighbours[v] {
                        if dist[w] < 0 {
                            dist[w] = dist[v] + 1;
                            queue.push_back(w);
                        }
                        if dist[w] == dist[v] + 1 {
                            sigma[w] += sigma[v];
                            preds[w].push(v);
                        }
                    }
                }
                let mut delta = vec![0.0f64; n];
                while let Some(w) = stack.pop() {
                    for &v in &preds[w] {
                        delta[v] += sigma[v] / sigma[w] * (1.0 + delta[w]);
                    }
                    if w != s {
                        acc[w] += delta[w];
                    }
                }
            }
            acc
        })
        .collect();
    let mut raw = vec![0.0f64; n];
    for sums in &chunk_sums {
        for (r, x) in raw.iter_mut().zip(sums) {
            *r += x;
        }
    }
    // Each unordered pair was counted from both ends.
    let scale = if n > 2 { 1.0 / ((n - 1) * (n - 2)) as f64 } else { 0.0 };
    raw.into_iter().map(|b| b * scale).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn betweenness_is_bitwise_the_same_on_any_number_of_threads() {
        // A graph big enough for several chunks, with many shortest paths.
        let n = 300;
        let mut neighbours: Vec<Vec<usize>> = vec![Vec::new(); n];
        let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
        for _ in 0..1500 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let (a, b) = ((x % n as u64) as usize, ((x >> 32) % n as u64) as usize);
            if a != b {
                neighbours[a].push(b);
                neighbours[b].push(a);
            }
        }
        for list in &mut neighbours {
            list.sort_unstable();
            list.dedup();
        }
        let on = |threads| {
            let pool = rayon::ThreadPoolBuilder::new().num_threads(threads).build().unwrap();
            pool.install(|| betweenness(&neighbours))
        };
        let one = on(1);
        assert!(one.iter().any(|&b| b > 0.0));
        for threads in [2, 3, 7] {
            let many = on(threads);
            let same = one.iter().zip(&many).all(|(a, b)| a.to_bits() == b.to_bits());
            assert!(same, "{threads} threads gave other bits");
        }
    }

    fn edge(s: &str, t: &str, events: u64) -> Edge {
        Edge { source: s.into(), target: t.into(), events, mentions: events, goldstein_mean: 0.0 }
    }

    #[test]
    fn betweenness_of_a_path_and_a_star() {
        // a - b - c: b lies on the only a–c path; networkx gives b = 1.0.
        let net = Network::from_edges(vec![edge("A", "B", 2), edge("C", "B", 1)]);
        let b: Vec<f64> = net.nodes.iter().map(|n| n.betweenness).collect();
        assert_eq!(b, vec![0.0, 1.0, 0.0]);
        assert_eq!(net.nodes[1].degree, 2);
        assert_eq!(net.nodes[1].weighted_degree, 3);
        // A 4-cycle a-b-c-d: each node is on one of the two shortest paths
        // between its neighbours: raw 0.5, normalized 0.5 / 3.
        let cycle = Network::from_edges(vec![edge("A", "B", 1), edge("B", "C", 1), edge("C", "D", 1), edge("D", "A", 1)]);
        for n in &cycle.nodes {
            assert!((n.betweenness - 0.5 / 3.0).abs() < 1e-12, "{n:?}");
        }
        // Direction and multiplicity do not change the undirected measure.
        let both = Network::from_edges(vec![edge("A", "B", 1), edge("B", "A", 5), edge("B", "C", 1)]);
        assert_eq!(both.nodes[1].betweenness, 1.0);
        assert_eq!(both.nodes[0].degree, 1);
    }

    #[test]
    fn principals() {
        assert_eq!(principal("RUSGOV"), "RUS");
        assert_eq!(principal("IGOUNO"), "IGOUNO");
        assert_eq!(principal("IGOUNOKID"), "IGOUNO");
        assert_eq!(principal("US"), "US");
    }
}
