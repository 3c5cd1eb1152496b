//! graph.json: node-link JSON as schema.md specifies, which
//! `networkx.node_link_graph(data, edges="links")` loads as a MultiDiGraph.

use std::collections::HashMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::graph::{DocumentInfo, KnowledgeGraph};
use crate::model::{EntityType, Evidence, Fact, Origin, Relation};

/// The whole graph.json document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GraphJson {
    /// Always true.
    pub directed: bool,
    /// Always true: parallel edges of different relations.
    pub multigraph: bool,
    /// Graph attributes.
    pub graph: GraphMeta,
    /// Nodes, sorted by id.
    pub nodes: Vec<JsonNode>,
    /// Edges, sorted by (source, target, relation, origin).
    pub links: Vec<JsonLink>,
}

/// Graph attributes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GraphMeta {
    /// The program that wrote the file.
    pub generator: String,
    /// Documents merged.
    pub documents: Vec<DocumentInfo>,
}

/// A node.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct JsonNode {
    /// `type:name`.
    pub id: String,
    /// Canonical name.
    pub name: String,
    /// Entity type.
    #[serde(rename = "type")]
    pub kind: EntityType,
    /// Other written forms.
    pub aliases: Vec<String>,
    /// Mentions over all documents.
    pub mentions: usize,
    /// Documents that mention it.
    pub documents: Vec<String>,
    /// Figures stated about it.
    pub facts: Vec<Fact>,
}

/// An edge.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct JsonLink {
    /// Source node id.
    pub source: String,
    /// Target node id.
    pub target: String,
    /// Index among the edges between the same two nodes (networkx multigraph key).
    pub key: usize,
    /// Relation type.
    pub relation: Relation,
    /// Chinese label of the relation.
    pub label: String,
    /// text or lexicon.
    pub origin: Origin,
    /// Sentences that state it.
    pub weight: usize,
    /// Kept evidence.
    pub evidence: Vec<Evidence>,
}

impl GraphJson {
    /// The JSON view of a built graph.
    pub fn from_graph(g: &KnowledgeGraph) -> GraphJson {
        GraphJson::from_graph_owned(g.clone())
    }

    /// The JSON view of a built graph, taking its strings rather than copying them,
    /// so that a big graph is not held twice while it is written.
    pub fn from_graph_owned(mut g: KnowledgeGraph) -> GraphJson {
        let node_order = g.sorted_nodes();
        let edge_order = g.sorted_edges();
        let ids: HashMap<_, String> = node_order.iter().map(|&n| (n, g.graph[n].id())).collect();
        let mut keys: HashMap<_, usize> = HashMap::new();
        let links = edge_order
            .into_iter()
            .map(|e| {
                let (a, b) = g.graph.edge_endpoints(e).expect("edge exists");
                let k = keys.entry((a, b)).or_insert(0);
                let key = *k;
                *k += 1;
                let w = &mut g.graph[e];
                JsonLink {
                    source: ids[&a].clone(),
                    target: ids[&b].clone(),
                    key,
                    relation: w.relation,
                    label: w.relation.label().to_string(),
                    origin: w.origin,
                    weight: w.weight,
                    evidence: std::mem::take(&mut w.evidence),
                }
            })
            .collect();
        let documents = std::mem::take(&mut g.documents);
        let nodes = node_order
            .into_iter()
            .map(|n| {
                let node = &mut g.graph[n];
                JsonNode {
                    id: ids[&n].clone(),
                    name: std::mem::take(&mut node.name),
                    kind: node.kind,
                    aliases: std::mem::take(&mut node.aliases).into_iter().collect(),
                    mentions: node.mentions,
                    documents: node
                        .documents
                        .iter()
                        .filter_map(|&i| documents.get(i as usize))
                        .map(|d| d.id.clone())
                        .collect(),
                    facts: std::mem::take(&mut node.facts),
                }
            })
            .collect();
        GraphJson {
            directed: true,
            multigraph: true,
            graph: GraphMeta {
                generator: concat!("lithkg ", env!("CARGO_PKG_VERSION")).to_string(),
                documents,
            },
            nodes,
            links,
        }
    }

    /// Reads a graph.json written by lithkg.
    pub fn load(path: &Path) -> Result<GraphJson> {
        let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
        serde_json::from_slice(&bytes).map_err(|e| Error::Format {
            path: path.to_path_buf(),
            message: format!("not a lithkg graph.json: {e}"),
        })
    }
}

/// Pretty-printed JSON with a trailing newline.
pub fn to_bytes(g: &GraphJson) -> Vec<u8> {
    let mut v = serde_json::to_vec_pretty(g).expect("graph serializes");
    v.push(b'\n');
    v
}
