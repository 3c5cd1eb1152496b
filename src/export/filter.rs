//! Filters for pictures people can read: pure functions from a [`GraphJson`]
//! to a smaller one. Every filter keeps the order of nodes and links, and drops
//! the links whose endpoints it removed.
//!
//! [`apply`] runs the filters of a [`Filter`] in a fixed order:
//! 1. `--types`: nodes of the given types;
//! 2. `--stages`: nodes `in_stage` of the given stages, and those stage nodes;
//! 3. `--min-weight`: links stated in at least N sentences;
//! 4. `--around NAME --depth K`: nodes within K links of NAME (either direction)
//!    in what is left;
//! 5. `--max-nodes N`: the N most connected nodes of what is left.
//!
//! The `--around` entity is kept by every filter: a picture of its
//! neighbourhood always shows it. The stage nodes are always among the
//! `--max-nodes` kept, so the chain stays readable.

use std::collections::{BTreeSet, HashMap, HashSet, VecDeque};

use super::json::{GraphJson, Id, JsonNode};
use crate::model::{EntityType, Relation, Stage};

/// Which part of a graph to keep. The default keeps everything.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Filter {
    /// Keep only nodes of these types (empty: every type).
    pub types: Vec<EntityType>,
    /// Keep only nodes in these stages, and the stage nodes (empty: no restriction).
    pub stages: Vec<Stage>,
    /// Keep only links of at least this weight.
    pub min_weight: usize,
    /// Keep at most this many nodes, the most connected.
    pub max_nodes: Option<usize>,
    /// Keep only the neighbourhood of this node (id, name or alias).
    pub around: Option<String>,
    /// How many links away from `around` to go.
    pub depth: usize,
}

impl Default for Filter {
    fn default() -> Self {
        Filter {
            types: Vec::new(),
            stages: Vec::new(),
            min_weight: 0,
            max_nodes: None,
            around: None,
            depth: 1,
        }
    }
}

impl Filter {
    /// True when the filter keeps the whole graph.
    pub fn is_empty(&self) -> bool {
        self.types.is_empty()
            && self.stages.is_empty()
            && self.min_weight <= 1
            && self.max_nodes.is_none()
            && self.around.is_none()
    }
}

/// Why a filter cannot be applied.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FilterError {
    /// No node has this id, name or alias.
    #[error("--around {0}: no entity has this id, name or alias in the graph")]
    NotFound(String),
    /// Several nodes have this name or alias.
    #[error("--around {name}: ambiguous, it names {}; give the node id instead", candidates.join(", "))]
    Ambiguous {
        /// The name given.
        name: String,
        /// The ids of the nodes it names.
        candidates: Vec<String>,
    },
}

/// Runs every filter of `f`, in the order the module documents.
pub fn apply(g: &GraphJson, f: &Filter) -> Result<GraphJson, FilterError> {
    let center = match &f.around {
        Some(name) => Some(find_node(g, name)?.id.clone()),
        None => None,
    };
    let keep: Vec<&str> = center.iter().map(Id::as_str).collect();
    let mut out = g.clone();
    if !f.types.is_empty() {
        out = keep_types(&out, &f.types, &keep);
    }
    if !f.stages.is_empty() {
        out = keep_stages(&out, &f.stages, &keep);
    }
    if f.min_weight > 1 {
        out = min_weight(&out, f.min_weight);
    }
    if let Some(c) = &center {
        out = around_id(&out, c, f.depth);
    }
    if let Some(n) = f.max_nodes {
        out = max_nodes(&out, n, &keep);
    }
    Ok(out)
}

/// The graph restricted to the nodes `keep` accepts; links between kept nodes stay.
pub fn retain_nodes(g: &GraphJson, mut keep: impl FnMut(&JsonNode) -> bool) -> GraphJson {
    let nodes: Vec<JsonNode> = g.nodes.iter().filter(|n| keep(n)).cloned().collect();
    let ids: HashSet<&str> = nodes.iter().map(|n| n.id.as_str()).collect();
    let links = g
        .links
        .iter()
        .filter(|l| ids.contains(l.source.as_str()) && ids.contains(l.target.as_str()))
        .cloned()
        .collect();
    GraphJson {
        directed: g.directed,
        multigraph: g.multigraph,
        graph: g.graph.clone(),
        nodes,
        links,
    }
}

/// Nodes of the given types, and the nodes listed in `always`.
pub fn keep_types(g: &GraphJson, types: &[EntityType], always: &[&str]) -> GraphJson {
    retain_nodes(g, |n| {
        types.contains(&n.kind) || always.contains(&n.id.as_str())
    })
}

/// The id of a stage's node.
pub fn stage_id(s: Stage) -> String {
    format!("{}:{}", EntityType::Stage, s.id())
}

/// The nodes `in_stage` of one of `stages`, those stage nodes, and the nodes
/// listed in `always`.
pub fn keep_stages(g: &GraphJson, stages: &[Stage], always: &[&str]) -> GraphJson {
    let stage_ids: HashSet<String> = stages.iter().map(|s| stage_id(*s)).collect();
    let members: HashSet<&str> = g
        .links
        .iter()
        .filter(|l| l.relation == Relation::InStage && stage_ids.contains(l.target.as_str()))
        .map(|l| l.source.as_str())
        .collect();
    retain_nodes(g, |n| {
        stage_ids.contains(n.id.as_str())
            || members.contains(n.id.as_str())
            || always.contains(&n.id.as_str())
    })
}

/// Only the links stated in at least `min` sentences; every node stays.
pub fn min_weight(g: &GraphJson, min: usize) -> GraphJson {
    GraphJson {
        links: g
            .links
            .iter()
            .filter(|l| l.weight as usize >= min)
            .cloned()
            .collect(),
        ..g.clone()
    }
}

/// The node a name designates: its id, else its name, else one of its aliases.
/// A name or alias shared by several nodes is an error listing them.
pub fn find_node<'g>(g: &'g GraphJson, name: &str) -> Result<&'g JsonNode, FilterError> {
    let name = name.trim();
    if let Some(n) = g.nodes.iter().find(|n| n.id == name) {
        return Ok(n);
    }
    let by_name: Vec<&JsonNode> = g.nodes.iter().filter(|n| n.name == name).collect();
    let by_alias: Vec<&JsonNode> = g
        .nodes
        .iter()
        .filter(|n| n.aliases.iter().any(|a| a == name))
        .collect();
    for found in [by_name, by_alias] {
        match found.as_slice() {
            [] => {}
            [one] => return Ok(one),
            many => {
                return Err(FilterError::Ambiguous {
                    name: name.to_string(),
                    candidates: many.iter().map(|n| n.id.to_string()).collect(),
                });
            }
        }
    }
    Err(FilterError::NotFound(name.to_string()))
}

/// The nodes within `depth` links of the node `name` designates (links taken
/// in either direction), and the links between them.
pub fn around(g: &GraphJson, name: &str, depth: usize) -> Result<GraphJson, FilterError> {
    let id = find_node(g, name)?.id.clone();
    Ok(around_id(g, &id, depth))
}

fn around_id(g: &GraphJson, center: &str, depth: usize) -> GraphJson {
    let mut adjacent: HashMap<&str, Vec<&str>> = HashMap::new();
    for l in &g.links {
        adjacent.entry(&l.source).or_default().push(&l.target);
        adjacent.entry(&l.target).or_default().push(&l.source);
    }
    let mut seen: HashSet<&str> = HashSet::from([center]);
    let mut queue: VecDeque<(&str, usize)> = VecDeque::from([(center, 0)]);
    while let Some((id, d)) = queue.pop_front() {
        if d == depth {
            continue;
        }
        for &next in adjacent.get(id).map_or(&[][..], Vec::as_slice) {
            if seen.insert(next) {
                queue.push_back((next, d + 1));
            }
        }
    }
    retain_nodes(g, |n| seen.contains(n.id.as_str()))
}

/// The `n` most connected nodes: by degree (links in and out, parallel links
/// counted), ties broken by id. Stage nodes and the nodes listed in `always`
/// are always kept and take their places among the `n`.
pub fn max_nodes(g: &GraphJson, n: usize, always: &[&str]) -> GraphJson {
    let mut degree: HashMap<&str, usize> = HashMap::new();
    for l in &g.links {
        *degree.entry(&l.source).or_default() += 1;
        *degree.entry(&l.target).or_default() += 1;
    }
    let fixed =
        |node: &JsonNode| node.kind == EntityType::Stage || always.contains(&node.id.as_str());
    let mut kept: BTreeSet<&str> = g
        .nodes
        .iter()
        .filter(|node| fixed(node))
        .map(|node| node.id.as_str())
        .collect();
    let mut others: Vec<(usize, &str)> = g
        .nodes
        .iter()
        .filter(|node| !fixed(node))
        .map(|node| {
            (
                degree.get(node.id.as_str()).copied().unwrap_or(0),
                node.id.as_str(),
            )
        })
        .collect();
    others.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(b.1)));
    let room = n.saturating_sub(kept.len());
    kept.extend(others.into_iter().take(room).map(|(_, id)| id));
    retain_nodes(g, |node| kept.contains(node.id.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::json::{GraphMeta, JsonLink};
    use crate::model::Origin;

    fn node(kind: EntityType, name: &str, aliases: &[&str]) -> JsonNode {
        JsonNode {
            id: format!("{kind}:{name}").into(),
            name: name.to_string(),
            kind,
            aliases: aliases.iter().map(|a| a.to_string()).collect(),
            mentions: 1,
            documents: vec![Id::from("d")].into(),
            facts: vec![],
        }
    }

    fn link(source: &str, target: &str, relation: Relation, weight: u32) -> JsonLink {
        JsonLink {
            source: source.into(),
            target: target.into(),
            key: 0,
            relation,
            origin: Origin::Text,
            weight,
            evidence: crate::model::EvidenceList::default(),
        }
    }

    /// 锂矿 → 材料 → 电池 chain; A (company, 电池, in 郴州市), B (company, 材料,
    /// supplies A), C (company, in 郴州市), 郴州市 in 湖南省, P (product of A).
    fn sample() -> GraphJson {
        use EntityType::*;
        let mut nodes = vec![
            node(Stage, "锂矿", &[]),
            node(Stage, "材料", &[]),
            node(Stage, "电池", &[]),
            node(Company, "A", &["甲"]),
            node(Company, "B", &[]),
            node(Company, "C", &["郴州"]),
            node(Region, "郴州市", &["郴州"]),
            node(Region, "湖南省", &[]),
            node(Product, "P", &[]),
        ];
        nodes.sort_by(|a, b| a.id.cmp(&b.id));
        let mut links = vec![
            link("stage:锂矿", "stage:材料", Relation::UpstreamOf, 1),
            link("stage:材料", "stage:电池", Relation::UpstreamOf, 1),
            link("company:A", "stage:电池", Relation::InStage, 1),
            link("company:B", "stage:材料", Relation::InStage, 1),
            link("company:B", "company:A", Relation::Supplies, 3),
            link("company:A", "region:郴州市", Relation::LocatedIn, 2),
            link("company:C", "region:郴州市", Relation::LocatedIn, 1),
            link("region:郴州市", "region:湖南省", Relation::LocatedIn, 1),
            link("company:A", "product:P", Relation::Produces, 1),
            link("product:P", "stage:电池", Relation::InStage, 1),
        ];
        links.sort_by(|a, b| (&a.source, &a.target).cmp(&(&b.source, &b.target)));
        GraphJson {
            directed: true,
            multigraph: true,
            graph: GraphMeta {
                generator: "test".into(),
                documents: Default::default(),
            },
            nodes,
            links,
        }
    }

    fn ids(g: &GraphJson) -> Vec<&str> {
        g.nodes.iter().map(|n| n.id.as_str()).collect()
    }

    fn assert_no_dangling(g: &GraphJson) {
        let ids: HashSet<&str> = g.nodes.iter().map(|n| n.id.as_str()).collect();
        for l in &g.links {
            assert!(ids.contains(l.source.as_str()), "{} dangles", l.source);
            assert!(ids.contains(l.target.as_str()), "{} dangles", l.target);
        }
    }

    #[test]
    fn the_default_filter_keeps_everything() {
        let g = sample();
        assert!(Filter::default().is_empty());
        assert_eq!(apply(&g, &Filter::default()).unwrap(), g);
    }

    #[test]
    fn types_keep_those_types_and_links_between_them() {
        let g = keep_types(&sample(), &[EntityType::Company], &[]);
        assert_eq!(ids(&g), ["company:A", "company:B", "company:C"]);
        assert_eq!(g.links.len(), 1);
        assert_eq!(g.links[0].relation, Relation::Supplies);
        assert_no_dangling(&g);
    }

    #[test]
    fn stages_keep_members_and_the_stage_nodes() {
        let g = keep_stages(&sample(), &[Stage::Cells], &[]);
        assert_eq!(ids(&g), ["company:A", "product:P", "stage:电池"]);
        assert_no_dangling(&g);
        let g = keep_stages(&sample(), &[Stage::Cells, Stage::Materials], &[]);
        assert_eq!(
            ids(&g),
            [
                "company:A",
                "company:B",
                "product:P",
                "stage:材料",
                "stage:电池"
            ]
        );
        assert!(g.links.iter().any(|l| l.relation == Relation::UpstreamOf));
    }

    #[test]
    fn min_weight_drops_weak_links_and_keeps_nodes() {
        let g = min_weight(&sample(), 2);
        assert_eq!(g.nodes.len(), sample().nodes.len());
        assert_eq!(g.links.len(), 2);
        assert!(g.links.iter().all(|l| l.weight >= 2));
    }

    #[test]
    fn max_nodes_keeps_the_most_connected_and_every_stage() {
        // Degrees: A 4, 郴州市 3, B 2, P 2, C 1, 湖南省 1.
        let g = max_nodes(&sample(), 5, &[]);
        assert_eq!(
            ids(&g),
            [
                "company:A",
                "region:郴州市",
                "stage:材料",
                "stage:电池",
                "stage:锂矿"
            ]
        );
        assert_no_dangling(&g);
        // Ties by id: B and P both have degree 2; company:B sorts first.
        let g = max_nodes(&sample(), 6, &[]);
        assert!(ids(&g).contains(&"company:B") && !ids(&g).contains(&"product:P"));
        // Fewer than the stages: only the stages.
        assert_eq!(max_nodes(&sample(), 1, &[]).nodes.len(), 3);
        assert_eq!(max_nodes(&sample(), 100, &[]), sample());
    }

    #[test]
    fn around_finds_by_id_name_or_alias() {
        let g = sample();
        assert_eq!(find_node(&g, "company:A").unwrap().id, "company:A");
        assert_eq!(find_node(&g, "湖南省").unwrap().id, "region:湖南省");
        assert_eq!(find_node(&g, "甲").unwrap().id, "company:A");
        assert_eq!(
            find_node(&g, "nowhere"),
            Err(FilterError::NotFound("nowhere".into()))
        );
        // 郴州 is an alias of two nodes.
        let err = find_node(&g, "郴州").unwrap_err();
        assert!(
            err.to_string().contains("company:C, region:郴州市"),
            "{err}"
        );
        // A name wins over an alias.
        assert_eq!(find_node(&g, "郴州市").unwrap().id, "region:郴州市");
    }

    #[test]
    fn around_keeps_the_neighbourhood_in_both_directions() {
        let g = around(&sample(), "郴州市", 1).unwrap();
        assert_eq!(
            ids(&g),
            ["company:A", "company:C", "region:湖南省", "region:郴州市"]
        );
        assert_no_dangling(&g);
        let g = around(&sample(), "湖南省", 0).unwrap();
        assert_eq!(ids(&g), ["region:湖南省"]);
        let g = around(&sample(), "湖南省", 2).unwrap();
        assert_eq!(
            ids(&g),
            ["company:A", "company:C", "region:湖南省", "region:郴州市"]
        );
    }

    #[test]
    fn apply_keeps_the_around_entity_through_every_filter() {
        let f = Filter {
            types: vec![EntityType::Company],
            around: Some("郴州市".into()),
            depth: 1,
            ..Filter::default()
        };
        let g = apply(&sample(), &f).unwrap();
        assert_eq!(ids(&g), ["company:A", "company:C", "region:郴州市"]);
        assert_eq!(g.links.len(), 2);
        let f = Filter {
            around: Some("nowhere".into()),
            ..Filter::default()
        };
        assert!(apply(&sample(), &f).is_err());
    }

    #[test]
    fn apply_runs_min_weight_before_around() {
        let f = Filter {
            min_weight: 2,
            around: Some("company:A".into()),
            depth: 5,
            ..Filter::default()
        };
        let g = apply(&sample(), &f).unwrap();
        assert_eq!(ids(&g), ["company:A", "company:B", "region:郴州市"]);
    }
}
