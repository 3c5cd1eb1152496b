//! graph.cyjs: Cytoscape.js elements JSON, which `cytoscape({elements})`,
//! `cy.json(…)` and Cytoscape desktop (File › Import › Network from File, .cyjs)
//! read:
//!
//! ```json
//! {"data": {"name": …, "generator": …, "documents": […]},
//!  "elements": {"nodes": [{"data": {"id", "name", "type", …}, "classes": "company"}],
//!               "edges": [{"data": {"id", "source", "target", "relation", "label", …},
//!                          "classes": "located_in text"}]}}
//! ```
//!
//! Node data carries every graph.json attribute; edge ids are `e0`, `e1`, … in
//! link order (Cytoscape.js wants one id space for nodes and edges; a clash
//! with a node id gets primes appended). `classes` holds the type, or the
//! relation and origin, for stylesheets such as `node.company` or `edge.lexicon`.
//!
//! Elements are made one at a time as they are serialized, and the JSON
//! streams to a writer, so the Cytoscape view of a big graph (an id and a class
//! string per edge) is never held whole; [`to_bytes`] is the same writer aimed
//! at memory.

use std::collections::HashSet;
use std::io::{self, Write};

use serde::{Serialize, Serializer};

use super::{GraphJson, JsonLink, JsonNode};
use crate::graph::DocumentInfo;
use crate::model::{EntityType, Evidence, Fact, Origin, Relation};

/// The whole document.
#[derive(Debug, Serialize)]
pub struct Cytoscape<'a> {
    /// Network attributes.
    pub data: NetworkData<'a>,
    /// Nodes and edges.
    pub elements: Elements<'a>,
}

/// Network attributes.
#[derive(Debug, Serialize)]
pub struct NetworkData<'a> {
    /// Network name.
    pub name: &'a str,
    /// The program that wrote the graph.
    pub generator: &'a str,
    /// Documents merged.
    pub documents: &'a [DocumentInfo],
}

/// `elements`: `{"nodes": […], "edges": […]}`, each element made from the
/// graph when it is serialized or iterated.
#[derive(Debug)]
pub struct Elements<'a> {
    g: &'a GraphJson,
    /// Node ids, which edge ids must not clash with.
    node_ids: HashSet<&'a str>,
}

impl<'a> Elements<'a> {
    /// The node elements, in node order.
    pub fn nodes(&self) -> impl ExactSizeIterator<Item = Element<NodeData<'a>>> + '_ {
        self.g.nodes.iter().map(node_element)
    }

    /// The edge elements, in link order.
    pub fn edges(&self) -> impl ExactSizeIterator<Item = Element<EdgeData<'a>>> + '_ {
        self.g
            .links
            .iter()
            .enumerate()
            .map(|(i, l)| edge_element(i, l, &self.node_ids))
    }
}

impl Serialize for Elements<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        /// A sequence serialized straight from its iterator.
        struct Seq<F>(F);
        impl<I, F> Serialize for Seq<F>
        where
            F: Fn() -> I,
            I: IntoIterator,
            I::Item: Serialize,
        {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.collect_seq((self.0)())
            }
        }
        let mut st = s.serialize_struct("Elements", 2)?;
        st.serialize_field("nodes", &Seq(|| self.nodes()))?;
        st.serialize_field("edges", &Seq(|| self.edges()))?;
        st.end()
    }
}

/// One element: its data and its classes.
#[derive(Debug, Serialize)]
pub struct Element<D> {
    /// Attributes.
    pub data: D,
    /// Space-separated style classes.
    pub classes: String,
}

/// A node's data.
#[derive(Debug, Serialize)]
pub struct NodeData<'a> {
    /// `type:name`.
    pub id: &'a str,
    /// Canonical name.
    pub name: &'a str,
    /// Entity type.
    #[serde(rename = "type")]
    pub kind: EntityType,
    /// Other written forms.
    pub aliases: &'a [String],
    /// Mentions over all documents.
    pub mentions: usize,
    /// Documents that mention it.
    pub documents: &'a crate::export::DocIds,
    /// Figures stated about it.
    pub facts: &'a [Fact],
}

/// An edge's data.
#[derive(Debug, Serialize)]
pub struct EdgeData<'a> {
    /// Edge id.
    pub id: String,
    /// Source node id.
    pub source: &'a str,
    /// Target node id.
    pub target: &'a str,
    /// Index among the edges between the same two nodes.
    pub key: u16,
    /// Relation type.
    pub relation: Relation,
    /// Chinese label of the relation.
    pub label: &'a str,
    /// text or lexicon.
    pub origin: Origin,
    /// Sentences that state it.
    pub weight: u32,
    /// Kept evidence.
    pub evidence: &'a [Evidence],
}

fn node_element(n: &JsonNode) -> Element<NodeData<'_>> {
    Element {
        data: NodeData {
            id: &n.id,
            name: &n.name,
            kind: n.kind,
            aliases: &n.aliases,
            mentions: n.mentions,
            documents: &n.documents,
            facts: &n.facts,
        },
        classes: n.kind.as_str().to_string(),
    }
}

/// The element of link `i`: id `e{i}`, primed until it clashes with no node id.
fn edge_element<'a>(i: usize, l: &'a JsonLink, node_ids: &HashSet<&str>) -> Element<EdgeData<'a>> {
    let mut id = format!("e{i}");
    while node_ids.contains(id.as_str()) {
        id.push('\'');
    }
    Element {
        data: EdgeData {
            id,
            source: &l.source,
            target: &l.target,
            key: l.key,
            relation: l.relation,
            label: l.label(),
            origin: l.origin,
            weight: l.weight,
            evidence: &l.evidence,
        },
        classes: format!("{} {}", l.relation.as_str(), l.origin.as_str()),
    }
}

/// The Cytoscape.js view of a graph.
pub fn from_graph(g: &GraphJson) -> Cytoscape<'_> {
    Cytoscape {
        data: NetworkData {
            name: "锂电产业链知识图谱",
            generator: &g.graph.generator,
            documents: &g.graph.documents,
        },
        elements: Elements {
            g,
            node_ids: g.nodes.iter().map(|n| n.id.as_str()).collect(),
        },
    }
}

/// Streams graph.cyjs: pretty-printed JSON with a trailing newline.
pub fn write(g: &GraphJson, w: &mut dyn Write) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *w, &from_graph(g)).map_err(io::Error::from)?;
    w.write_all(b"\n")
}

/// Pretty-printed JSON with a trailing newline, in memory ([`write()`] into a buffer).
pub fn to_bytes(g: &GraphJson) -> Vec<u8> {
    let mut v = Vec::new();
    write(g, &mut v).expect("writing to memory cannot fail");
    v
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::Value;

    #[test]
    fn elements_have_the_cytoscape_shape() {
        let g = crate::export::testutil::hostile();
        let v: Value = serde_json::from_slice(&to_bytes(&g)).unwrap();
        let nodes = v["elements"]["nodes"].as_array().unwrap();
        let edges = v["elements"]["edges"].as_array().unwrap();
        assert_eq!(nodes.len(), g.nodes.len());
        assert_eq!(edges.len(), g.links.len());
        for (n, j) in nodes.iter().zip(&g.nodes) {
            assert_eq!(n["data"]["id"], j.id.as_str());
            assert_eq!(n["data"]["name"], j.name.as_str());
            assert_eq!(n["data"]["type"], j.kind.as_str());
            assert_eq!(n["classes"], j.kind.as_str());
        }
        let ids: HashSet<&str> = nodes
            .iter()
            .chain(edges)
            .map(|e| e["data"]["id"].as_str().unwrap())
            .collect();
        assert_eq!(ids.len(), nodes.len() + edges.len(), "ids are unique");
        for e in edges {
            for end in ["source", "target"] {
                assert!(ids.contains(e["data"][end].as_str().unwrap()));
            }
            assert!(e["data"]["relation"].is_string() && e["data"]["label"].is_string());
        }
    }

    #[test]
    fn edge_ids_never_clash_with_node_ids() {
        let mut g = crate::export::testutil::hostile();
        g.nodes[0].id = "e0".into();
        g.links[0].source = "e0".into();
        let c = from_graph(&g);
        assert_eq!(c.elements.edges().next().unwrap().data.id, "e0'");
    }
}
