//! Scoring against gold files, as ../shared/spec/annotation.md specifies.
//!
//! Input: a gold file and the graph predicted for its document. Output: counts
//! of matches for entities (typed and untyped), text relations and facts, per
//! type and per relation, and the misses and extras a person reads to see what
//! went wrong. Counts add up over documents (micro-average).

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::export::GraphJson;
use crate::model::{EntityType, Origin, Relation};

/// A gold file.
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct Gold {
    /// File name of the document beside the gold file.
    pub document: String,
    /// Entities.
    pub entities: Vec<GoldEntity>,
    /// Relations.
    #[serde(default)]
    pub relations: Vec<GoldRelation>,
    /// Facts.
    #[serde(default)]
    pub facts: Vec<GoldFact>,
}

/// A gold entity.
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct GoldEntity {
    /// Canonical name.
    pub name: String,
    /// Entity type.
    #[serde(rename = "type")]
    pub kind: EntityType,
    /// Other written forms.
    #[serde(default)]
    pub aliases: Vec<String>,
}

/// A gold relation.
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct GoldRelation {
    /// Name of the source entity.
    pub head: String,
    /// Relation type.
    pub relation: Relation,
    /// Name of the target entity.
    pub tail: String,
}

/// A gold fact.
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct GoldFact {
    /// Name of the entity.
    pub subject: String,
    /// Indicator (not scored).
    #[serde(default)]
    pub indicator: String,
    /// Value.
    pub value: f64,
    /// Unit.
    pub unit: String,
    /// Year.
    #[serde(default)]
    pub year: Option<i32>,
    /// Period (not scored).
    #[serde(default)]
    pub period: Option<String>,
    /// Target (not scored).
    #[serde(default)]
    pub target: bool,
}

impl Gold {
    /// Reads and checks a gold file: every relation end and fact subject must be an entity name.
    pub fn load(path: &Path) -> Result<Gold> {
        let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
        let gold: Gold = serde_json::from_slice(&bytes).map_err(|e| Error::Format {
            path: path.to_path_buf(),
            message: format!("not a gold file: {e}"),
        })?;
        let names: BTreeSet<&str> = gold.entities.iter().map(|e| e.name.as_str()).collect();
        for r in &gold.relations {
            for end in [&r.head, &r.tail] {
                if !names.contains(end.as_str()) {
                    return Err(Error::Format {
                        path: path.to_path_buf(),
                        message: format!(
                            "relation {} {} {}: `{end}` is not an entity of the file",
                            r.head, r.relation, r.tail
                        ),
                    });
                }
            }
        }
        for f in &gold.facts {
            if !names.contains(f.subject.as_str()) {
                return Err(Error::Format {
                    path: path.to_path_buf(),
                    message: format!("fact subject `{}` is not an entity of the file", f.subject),
                });
            }
        }
        Ok(gold)
    }
}

/// Matched and total counts on both sides.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Counts {
    /// Predicted items that match some gold item.
    pub predicted_matched: usize,
    /// Predicted items.
    pub predicted: usize,
    /// Gold items that some prediction matches.
    pub gold_matched: usize,
    /// Gold items.
    pub gold: usize,
}

impl Counts {
    /// Adds another count.
    pub fn add(&mut self, o: &Counts) {
        self.predicted_matched += o.predicted_matched;
        self.predicted += o.predicted;
        self.gold_matched += o.gold_matched;
        self.gold += o.gold;
    }

    /// Precision, recall and F1 (an empty side scores 1 when the other is empty too).
    pub fn prf(&self) -> Prf {
        let p = ratio(self.predicted_matched, self.predicted, self.gold == 0);
        let r = ratio(self.gold_matched, self.gold, self.predicted == 0);
        let f = if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        };
        Prf {
            precision: round4(p),
            recall: round4(r),
            f1: round4(f),
        }
    }
}

fn ratio(a: usize, b: usize, empty_ok: bool) -> f64 {
    if b == 0 {
        if empty_ok { 1.0 } else { 0.0 }
    } else {
        a as f64 / b as f64
    }
}

fn round4(x: f64) -> f64 {
    (x * 10000.0).round() / 10000.0
}

/// Precision, recall, F1.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Prf {
    /// Precision.
    pub precision: f64,
    /// Recall.
    pub recall: f64,
    /// F1.
    pub f1: f64,
}

/// The scores of one document.
#[derive(Debug, Clone, Default)]
pub struct DocScore {
    /// Document name.
    pub document: String,
    /// Typed entities.
    pub entities: Counts,
    /// Entities with types ignored.
    pub entities_untyped: Counts,
    /// Text relations.
    pub relations: Counts,
    /// Facts.
    pub facts: Counts,
    /// Typed entities per type.
    pub by_entity_type: BTreeMap<EntityType, Counts>,
    /// Relations per relation type.
    pub by_relation: BTreeMap<Relation, Counts>,
    /// Gold items not found, one line each.
    pub misses: Vec<String>,
    /// Predicted items not in the gold, one line each.
    pub extras: Vec<String>,
}

fn forms<'a>(name: &'a str, aliases: &'a [String]) -> impl Iterator<Item = &'a str> {
    std::iter::once(name).chain(aliases.iter().map(String::as_str))
}

/// Scores the part of `graph` that belongs to document `doc_id` against `gold`.
pub fn score(gold: &Gold, graph: &GraphJson, doc_id: &str) -> DocScore {
    let mut s = DocScore {
        document: gold.document.clone(),
        ..Default::default()
    };
    let in_doc = |docs: &crate::export::DocIds| docs.contains(doc_id);
    let nodes: Vec<&crate::export::JsonNode> = graph
        .nodes
        .iter()
        .filter(|n| n.mentions > 0 && in_doc(&n.documents))
        .collect();
    // Stage nodes are in every graph (the backbone): relations may reach them
    // even where the document does not name the stage.
    let backbone: Vec<&crate::export::JsonNode> = graph
        .nodes
        .iter()
        .filter(|n| n.kind == EntityType::Stage && !(n.mentions > 0 && in_doc(&n.documents)))
        .collect();
    // Gold names by written form, typed and untyped.
    let mut typed: HashMap<(EntityType, &str), Vec<usize>> = HashMap::new();
    let mut untyped: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, g) in gold.entities.iter().enumerate() {
        for f in forms(&g.name, &g.aliases) {
            typed.entry((g.kind, f)).or_default().push(i);
            untyped.entry(f).or_default().push(i);
        }
    }
    // For each predicted node, the gold entities it matches.
    let mut node_gold: HashMap<&str, BTreeSet<usize>> = HashMap::new();
    let mut gold_hit = vec![false; gold.entities.len()];
    let mut gold_hit_untyped = vec![false; gold.entities.len()];
    for n in &nodes {
        let mut t: BTreeSet<usize> = BTreeSet::new();
        let mut u: BTreeSet<usize> = BTreeSet::new();
        for f in forms(&n.name, &n.aliases) {
            if let Some(v) = typed.get(&(n.kind, f)) {
                t.extend(v);
            }
            if let Some(v) = untyped.get(f) {
                u.extend(v);
            }
        }
        let c = s.by_entity_type.entry(n.kind).or_default();
        c.predicted += 1;
        s.entities.predicted += 1;
        s.entities_untyped.predicted += 1;
        if !t.is_empty() {
            c.predicted_matched += 1;
            s.entities.predicted_matched += 1;
        } else {
            s.extras.push(format!("entity   {}", n.id));
        }
        if !u.is_empty() {
            s.entities_untyped.predicted_matched += 1;
        }
        for &i in &t {
            gold_hit[i] = true;
        }
        for &i in &u {
            gold_hit_untyped[i] = true;
        }
        node_gold.insert(n.id.as_str(), t);
    }
    for n in &backbone {
        let t: BTreeSet<usize> = typed
            .get(&(n.kind, n.name.as_str()))
            .map(|v| v.iter().copied().collect())
            .unwrap_or_default();
        node_gold.insert(n.id.as_str(), t);
    }
    for (i, g) in gold.entities.iter().enumerate() {
        let c = s.by_entity_type.entry(g.kind).or_default();
        c.gold += 1;
        s.entities.gold += 1;
        s.entities_untyped.gold += 1;
        if gold_hit[i] {
            c.gold_matched += 1;
            s.entities.gold_matched += 1;
        } else {
            s.misses.push(format!("entity   {}:{}", g.kind, g.name));
        }
        if gold_hit_untyped[i] {
            s.entities_untyped.gold_matched += 1;
        }
    }

    // Relations.
    let gold_index: HashMap<&str, usize> = gold
        .entities
        .iter()
        .enumerate()
        .map(|(i, e)| (e.name.as_str(), i))
        .collect();
    let gold_rels: Vec<(usize, Relation, usize)> = gold
        .relations
        .iter()
        .filter_map(|r| {
            Some((
                *gold_index.get(r.head.as_str())?,
                r.relation,
                *gold_index.get(r.tail.as_str())?,
            ))
        })
        .collect();
    let mut gold_rel_hit = vec![false; gold_rels.len()];
    let empty = BTreeSet::new();
    for l in &graph.links {
        if l.origin != Origin::Text || !l.evidence.iter().any(|e| &*e.document == doc_id) {
            continue;
        }
        let a = node_gold.get(l.source.as_str()).unwrap_or(&empty);
        let b = node_gold.get(l.target.as_str()).unwrap_or(&empty);
        let c = s.by_relation.entry(l.relation).or_default();
        c.predicted += 1;
        s.relations.predicted += 1;
        let mut hit = false;
        for (k, &(h, r, t)) in gold_rels.iter().enumerate() {
            if r != l.relation {
                continue;
            }
            let fwd = a.contains(&h) && b.contains(&t);
            let back = r.is_symmetric() && a.contains(&t) && b.contains(&h);
            if fwd || back {
                hit = true;
                gold_rel_hit[k] = true;
            }
        }
        if hit {
            c.predicted_matched += 1;
            s.relations.predicted_matched += 1;
        } else {
            s.extras.push(format!(
                "relation {} -[{}]-> {}",
                l.source, l.relation, l.target
            ));
        }
    }
    for (k, &(h, r, t)) in gold_rels.iter().enumerate() {
        let c = s.by_relation.entry(r).or_default();
        c.gold += 1;
        s.relations.gold += 1;
        if gold_rel_hit[k] {
            c.gold_matched += 1;
            s.relations.gold_matched += 1;
        } else {
            s.misses.push(format!(
                "relation {} -[{}]-> {}",
                gold.entities[h].name, r, gold.entities[t].name
            ));
        }
    }

    // Facts.
    let mut gold_fact_hit = vec![false; gold.facts.len()];
    for n in &nodes {
        let matches = node_gold.get(n.id.as_str()).unwrap_or(&empty);
        for f in &n.facts {
            if !f.evidence.iter().any(|e| &*e.document == doc_id) {
                continue;
            }
            s.facts.predicted += 1;
            let value = f.value.as_f64().unwrap_or(f64::NAN);
            let mut hit = false;
            for (k, g) in gold.facts.iter().enumerate() {
                let Some(&gi) = gold_index.get(g.subject.as_str()) else {
                    continue;
                };
                if matches.contains(&gi)
                    && (g.value - value).abs() < 1e-9
                    && *g.unit == *f.unit
                    && g.year == f.year
                {
                    hit = true;
                    gold_fact_hit[k] = true;
                }
            }
            if hit {
                s.facts.predicted_matched += 1;
            } else {
                s.extras
                    .push(fact_line(&n.id, &f.indicator, &f.value, &f.unit, f.year));
            }
        }
    }
    for (k, g) in gold.facts.iter().enumerate() {
        s.facts.gold += 1;
        if gold_fact_hit[k] {
            s.facts.gold_matched += 1;
        } else {
            s.misses.push(fact_line(
                &g.subject,
                &g.indicator,
                &g.value,
                &g.unit,
                g.year,
            ));
        }
    }
    s
}

/// A fact as listed among misses and extras: `fact     郴州市 产值 502亿元 (2023)`.
fn fact_line(
    subject: &str,
    indicator: &str,
    value: &dyn std::fmt::Display,
    unit: &str,
    year: Option<i32>,
) -> String {
    let year = year.map(|y| format!(" ({y})")).unwrap_or_default();
    format!("fact     {subject} {indicator} {value}{unit}{year}")
}

/// The headline scores.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Overall {
    /// Typed entities.
    pub entities: Prf,
    /// Entities with types ignored.
    pub entities_untyped: Prf,
    /// Text relations.
    pub relations: Prf,
    /// Facts.
    pub facts: Prf,
}

/// One document's line in the report.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct DocReport {
    /// Document name.
    pub document: String,
    /// Its headline scores.
    #[serde(flatten)]
    pub scores: Overall,
    /// Gold items not found (with --verbose).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub misses: Vec<String>,
    /// Predicted items not in the gold (with --verbose).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub extras: Vec<String>,
}

/// The report `lithkg eval --json` prints (a stable shape for scripts).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Report {
    /// Micro-averaged over all documents.
    pub overall: Overall,
    /// Typed entities per type.
    pub by_entity_type: BTreeMap<String, Prf>,
    /// Relations per type.
    pub by_relation: BTreeMap<String, Prf>,
    /// Per document.
    pub documents: Vec<DocReport>,
}

/// Adds up document scores into a report.
pub fn report(scores: &[DocScore], verbose: bool) -> Report {
    let mut e = Counts::default();
    let mut eu = Counts::default();
    let mut r = Counts::default();
    let mut f = Counts::default();
    let mut by_t: BTreeMap<EntityType, Counts> = BTreeMap::new();
    let mut by_r: BTreeMap<Relation, Counts> = BTreeMap::new();
    for s in scores {
        e.add(&s.entities);
        eu.add(&s.entities_untyped);
        r.add(&s.relations);
        f.add(&s.facts);
        for (k, c) in &s.by_entity_type {
            by_t.entry(*k).or_default().add(c);
        }
        for (k, c) in &s.by_relation {
            by_r.entry(*k).or_default().add(c);
        }
    }
    Report {
        overall: Overall {
            entities: e.prf(),
            entities_untyped: eu.prf(),
            relations: r.prf(),
            facts: f.prf(),
        },
        by_entity_type: by_t
            .into_iter()
            .map(|(k, c)| (k.as_str().to_string(), c.prf()))
            .collect(),
        by_relation: by_r
            .into_iter()
            .map(|(k, c)| (k.as_str().to_string(), c.prf()))
            .collect(),
        documents: scores
            .iter()
            .map(|s| DocReport {
                document: s.document.clone(),
                scores: Overall {
                    entities: s.entities.prf(),
                    entities_untyped: s.entities_untyped.prf(),
                    relations: s.relations.prf(),
                    facts: s.facts.prf(),
                },
                misses: if verbose {
                    s.misses.clone()
                } else {
                    Vec::new()
                },
                extras: if verbose {
                    s.extras.clone()
                } else {
                    Vec::new()
                },
            })
            .collect(),
    }
}

/// The gold files of a directory, sorted, with the document beside each.
pub fn gold_files(dir: &Path) -> Result<Vec<(PathBuf, PathBuf)>> {
    let mut out = Vec::new();
    let entries = std::fs::read_dir(dir).map_err(|e| Error::io(dir, e))?;
    for entry in entries {
        let entry = entry.map_err(|e| Error::io(dir, e))?;
        let path = entry.path();
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if let Some(stem) = name.strip_suffix(".gold.json") {
            let doc = document_beside(dir, stem).ok_or_else(|| Error::Format {
                path: path.clone(),
                message: format!("no document {stem}.txt/.md/.html/.htm beside it"),
            })?;
            out.push((path, doc));
        }
    }
    out.sort();
    if out.is_empty() {
        return Err(Error::Format {
            path: dir.to_path_buf(),
            message: "no *.gold.json files".to_string(),
        });
    }
    Ok(out)
}

fn document_beside(dir: &Path, stem: &str) -> Option<PathBuf> {
    crate::read::DOCUMENT_EXTENSIONS
        .iter()
        .map(|e| dir.join(format!("{stem}.{e}")))
        .find(|p| p.is_file())
}

/// Stems listed in a directory's HELDOUT file (articles kept out of tuning).
pub fn heldout(dir: &Path) -> BTreeSet<String> {
    std::fs::read_to_string(dir.join("HELDOUT"))
        .map(|t| {
            t.lines()
                .map(str::trim)
                .filter(|l| !l.is_empty() && !l.starts_with('#'))
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prf_of_counts() {
        let c = Counts {
            predicted_matched: 3,
            predicted: 4,
            gold_matched: 3,
            gold: 6,
        };
        let p = c.prf();
        assert_eq!(p.precision, 0.75);
        assert_eq!(p.recall, 0.5);
        assert_eq!(p.f1, 0.6);
        assert_eq!(Counts::default().prf().f1, 1.0);
    }
}
