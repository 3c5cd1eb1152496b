//! graph.json: node-link JSON as schema.md specifies, which
//! `networkx.node_link_graph(data, edges="links")` loads as a MultiDiGraph.
//!
//! Input: a built [`KnowledgeGraph`] (or a graph.json read back). Output: the
//! [`GraphJson`] view every format is written from, and graph.json itself,
//! streamed to a writer. Invariant: nodes sorted by id, links by (source id,
//! target id, relation, origin), whatever order the graph was built in.
//!
//! Memory: the view of a big graph is the largest thing export holds, so it
//! shares what repeats. A node id is one [`Id`] allocation that the node and
//! every link touching it point to; a node's documents are indices into one
//! table of document ids that every node shares ([`DocIds`]).

use arcstr::ArcStr;
use std::borrow::Borrow;
use std::fmt;
use std::io::{self, Write};
use std::path::Path;

use petgraph::stable_graph::NodeIndex;
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::graph::{DocList, DocumentInfo, KnowledgeGraph};
use crate::model::{EntityType, Evidence, EvidenceList, Fact, Origin, Relation};

/// A node or document id shared by reference count: cloning it copies a
/// pointer (one word: the length is stored with the text), not the text.
/// Serializes as the plain string, and compares, hashes and orders as its text.
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Id(ArcStr);

impl Id {
    /// The text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// True when both point to the same allocation (not merely equal text).
    pub fn ptr_eq(a: &Id, b: &Id) -> bool {
        ArcStr::ptr_eq(&a.0, &b.0)
    }
}

impl std::ops::Deref for Id {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for Id {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl Borrow<str> for Id {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&*self.0, f)
    }
}

impl fmt::Display for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<&str> for Id {
    fn from(s: &str) -> Id {
        Id(ArcStr::from(s))
    }
}

impl From<String> for Id {
    fn from(s: String) -> Id {
        Id(ArcStr::from(s))
    }
}

impl From<ArcStr> for Id {
    fn from(s: ArcStr) -> Id {
        Id(s)
    }
}

impl PartialEq<str> for Id {
    fn eq(&self, other: &str) -> bool {
        *self.0 == *other
    }
}

impl PartialEq<&str> for Id {
    fn eq(&self, other: &&str) -> bool {
        *self.0 == **other
    }
}

impl PartialEq<String> for Id {
    fn eq(&self, other: &String) -> bool {
        *self.0 == **other
    }
}

impl PartialEq<Id> for str {
    fn eq(&self, other: &Id) -> bool {
        *self == *other.0
    }
}

impl PartialEq<Id> for &str {
    fn eq(&self, other: &Id) -> bool {
        **self == *other.0
    }
}

impl PartialEq<Id> for String {
    fn eq(&self, other: &Id) -> bool {
        **self == *other.0
    }
}

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
    /// `type:name`; the same allocation as the ends of its links.
    pub id: Id,
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
    pub documents: DocIds,
    /// Figures stated about it.
    pub facts: Vec<Fact>,
}

/// The documents a node lists: ascending positions (a [`DocList`], about a
/// byte each) in one table of document ids that all nodes of a view share.
/// Serializes as the list of ids. A hub node of a gigabyte corpus lists most
/// of its documents, and a pointer per document made the view's nodes the
/// largest thing export held.
///
/// ```
/// use lithkg::export::{DocIds, Id};
/// let d = DocIds::from(vec![Id::from("a"), Id::from("b")]);
/// assert_eq!(serde_json::to_string(&d).unwrap(), r#"["a","b"]"#);
/// assert!(d.contains("b") && !d.contains("c"));
/// ```
#[derive(Clone, Default)]
pub struct DocIds {
    table: std::sync::Arc<[Id]>,
    list: DocList,
}

impl DocIds {
    /// The documents at `list`'s positions in `table`.
    pub fn new(table: std::sync::Arc<[Id]>, list: DocList) -> DocIds {
        DocIds { table, list }
    }

    /// The ids, in order.
    pub fn iter(&self) -> impl Iterator<Item = &Id> + '_ {
        self.list.iter().filter_map(|i| self.table.get(i as usize))
    }

    /// Number of documents.
    pub fn len(&self) -> usize {
        self.iter().count()
    }

    /// True when the node lists no document.
    pub fn is_empty(&self) -> bool {
        self.iter().next().is_none()
    }

    /// Whether document `id` is listed.
    pub fn contains(&self, id: &str) -> bool {
        self.iter().any(|d| d == id)
    }
}

impl From<Vec<Id>> for DocIds {
    fn from(ids: Vec<Id>) -> DocIds {
        let mut list = DocList::default();
        for i in 0..ids.len() {
            list.push(u32::try_from(i).unwrap_or(u32::MAX));
        }
        DocIds::new(ids.into(), list)
    }
}

impl PartialEq for DocIds {
    fn eq(&self, other: &DocIds) -> bool {
        self.iter().eq(other.iter())
    }
}

impl fmt::Debug for DocIds {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

impl Serialize for DocIds {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        serializer.collect_seq(self.iter())
    }
}

impl<'de> Deserialize<'de> for DocIds {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<DocIds, D::Error> {
        Vec::<Id>::deserialize(d).map(DocIds::from)
    }
}

/// An edge. Its `label` in graph.json is its relation's
/// ([`JsonLink::label`]), written out but not stored: a gigabyte corpus has
/// millions of links, and reading a file takes the label from the relation.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct JsonLink {
    /// Source node id.
    pub source: Id,
    /// Target node id.
    pub target: Id,
    /// Index among the edges between the same two nodes (networkx multigraph
    /// key). Two bytes: a pair has at most one edge per relation and origin,
    /// and a gigabyte corpus has millions of links (this made a link 48 bytes,
    /// not 56).
    pub key: u16,
    /// Relation type.
    pub relation: Relation,
    /// text or lexicon.
    pub origin: Origin,
    /// Sentences that state it.
    pub weight: u32,
    /// Kept evidence.
    pub evidence: EvidenceList,
}

impl JsonLink {
    /// Chinese label of the relation.
    pub fn label(&self) -> &'static str {
        self.relation.label()
    }
}

impl Serialize for JsonLink {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        // The schema's field order, with the label between relation and origin.
        #[derive(Serialize)]
        struct Out<'a> {
            source: &'a Id,
            target: &'a Id,
            key: u16,
            relation: Relation,
            label: &'static str,
            origin: Origin,
            weight: u32,
            evidence: &'a [Evidence],
        }
        Out {
            source: &self.source,
            target: &self.target,
            key: self.key,
            relation: self.relation,
            label: self.label(),
            origin: self.origin,
            weight: self.weight,
            evidence: &self.evidence,
        }
        .serialize(s)
    }
}

impl GraphJson {
    /// The JSON view of a built graph.
    pub fn from_graph(g: &KnowledgeGraph) -> GraphJson {
        GraphJson::from_graph_owned(g.clone())
    }

    /// The JSON view of a built graph, taking its strings rather than copying
    /// them, so that a big graph is not held twice while it is written.
    ///
    /// Sorting works on indices and ranks, never on copies of the ids; the
    /// graph's lookup maps are dropped first, its edges become the links in
    /// their own allocation, its nodes are freed once they have become JSON nodes.
    pub fn from_graph_owned(g: KnowledgeGraph) -> GraphJson {
        let (graph, documents) = g.into_parts();
        let bound = graph
            .node_indices()
            .map(|n| n.index() + 1)
            .max()
            .unwrap_or(0);
        // One id allocation per node, shared by the node and its links.
        let mut ids: Vec<Option<Id>> = vec![None; bound];
        for n in graph.node_indices() {
            ids[n.index()] = Some(Id::from(graph[n].id()));
        }
        let id = |ids: &[Option<Id>], n: NodeIndex| -> Id {
            ids[n.index()].clone().expect("every node has an id")
        };
        // Nodes by id. A stable sort: two nodes that happen to share an id keep
        // their index order, as they always have.
        let mut node_order: Vec<NodeIndex> = graph.node_indices().collect();
        node_order.sort_by(|a, b| ids[a.index()].cmp(&ids[b.index()]));
        // Equal ids get equal ranks, so ordering edges by the ranks of their
        // ends is ordering them by the ids, without a string per edge.
        let mut rank = vec![0u32; bound];
        for (i, n) in node_order.iter().enumerate() {
            rank[n.index()] = match i {
                0 => 0,
                _ if ids[node_order[i - 1].index()] == ids[n.index()] => {
                    rank[node_order[i - 1].index()]
                }
                _ => rank[node_order[i - 1].index()] + 1,
            };
        }
        // Links by (source, target, relation, origin), the edge index last (the
        // order edges were first seen in) among equal keys: an order of bare
        // edge indices (4 bytes an edge), sorted by reading the graph.
        let edge_bound = u32::try_from(petgraph::visit::EdgeIndexable::edge_bound(&graph))
            .expect("under 2^32 edges");
        let edge = |e: u32| petgraph::stable_graph::EdgeIndex::new(e as usize);
        // Vacant slots (edges removed by `finish`) have no endpoints.
        let (mut order, vacant): (Vec<u32>, Vec<u32>) =
            (0..edge_bound).partition(|&e| graph.edge_endpoints(edge(e)).is_some());
        let sort_key = |e: u32| {
            let (a, b) = graph
                .edge_endpoints(edge(e))
                .expect("edges in the order exist");
            let w = &graph[edge(e)];
            (rank[a.index()], rank[b.index()], w.relation, w.origin, e)
        };
        order.sort_unstable_by_key(|&e| sort_key(e));
        drop(rank);
        // From edge indices to positions among the occupied slots.
        for e in &mut order {
            *e -= vacant.partition_point(|v| v < e) as u32;
        }
        drop(vacant);
        // The links take the place of the edges: a petgraph edge and a link are
        // both 48 bytes (tested), so collecting the edges' owning iterator reuses
        // its allocation, and the millions of links never sit beside the edges
        // they come from (that moment was a gigabyte build's peak). Reuse is std's
        // in-place collect, an optimization rather than a promise: were it lost,
        // output would be the same and the peak 155 MiB higher at 1 GB.
        let (graph_nodes, graph_edges) = graph.into_nodes_edges_iters();
        let mut links: Vec<JsonLink> = graph_edges
            .map(|e| JsonLink {
                source: id(&ids, e.source),
                target: id(&ids, e.target),
                key: 0,
                relation: e.weight.relation,
                origin: e.weight.origin,
                weight: e.weight.weight,
                evidence: e.weight.evidence,
            })
            .collect();
        // Put the links in order, in place: the cycle through each position
        // moves one link a step at a time (`order[k]` is where the link for
        // position k is, and becomes k once it has arrived).
        for start in 0..order.len() {
            let mut k = start;
            loop {
                let from = order[k] as usize;
                order[k] = k as u32;
                if from == start {
                    break;
                }
                links.swap(k, from);
                k = from;
            }
        }
        drop(order);
        // The multigraph key counts edges per pair of nodes. Sorted, the edges
        // between two ids form one run, and a count per run is enough (a run
        // holds more than one pair only when ids repeat; each node has its own
        // id allocation, so pointers tell such pairs apart); no map over every pair.
        let mut run: Vec<((*const u8, *const u8), u16)> = Vec::new();
        for i in 0..links.len() {
            if i == 0
                || links[i].source != links[i - 1].source
                || links[i].target != links[i - 1].target
            {
                run.clear();
            }
            let l = &links[i];
            let pair = (l.source.0.as_ptr(), l.target.0.as_ptr());
            let key = match run.iter_mut().find(|(p, _)| *p == pair) {
                Some((_, k)) => {
                    *k += 1;
                    *k
                }
                None => {
                    run.push((pair, 0));
                    0
                }
            };
            links[i].key = key;
        }
        let doc_ids: std::sync::Arc<[Id]> =
            documents.iter().map(|d| Id::from(d.id.as_str())).collect();
        let mut slots: Vec<Option<JsonNode>> = (0..bound).map(|_| None).collect();
        for n in graph_nodes {
            let i = n.index.index();
            let node = n.weight;
            slots[i] = Some(JsonNode {
                id: ids[i].take().expect("every node has an id"),
                name: node.name,
                kind: node.kind,
                aliases: node.aliases.into_iter().collect(),
                mentions: node.mentions,
                documents: DocIds::new(doc_ids.clone(), node.documents),
                facts: node.facts,
            });
        }
        let nodes = node_order
            .into_iter()
            .map(|n| slots[n.index()].take().expect("each node placed once"))
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

/// Streams graph.json: pretty-printed JSON with a trailing newline.
pub fn write(g: &GraphJson, w: &mut dyn Write) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *w, g).map_err(io::Error::from)?;
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
    use std::collections::{BTreeSet, HashMap};

    use super::*;
    use crate::graph::{DocEntity, DocGraph, DocRelation};

    fn entity(identity: &str, kind: EntityType, name: &str) -> DocEntity {
        DocEntity {
            identity: identity.into(),
            kind,
            name: name.into(),
            aliases: BTreeSet::new(),
            mentions: 1,
            facts: vec![],
        }
    }

    fn relation(head: usize, tail: usize, relation: Relation, doc: &str, n: usize) -> DocRelation {
        DocRelation {
            head,
            tail,
            relation,
            origin: Origin::Text,
            evidence: Some(Evidence {
                document: doc.into(),
                sentence: format!("s{n}").into(),
                start: n as u32,
                end: n as u32 + 1,
            }),
        }
    }

    /// Two documents; two nodes share the id `company:甲` (two identities, one
    /// type and name), and parallel edges run between several pairs.
    fn graph() -> KnowledgeGraph {
        let mut g = KnowledgeGraph::new(5);
        for (d, doc) in ["d1", "d2"].iter().enumerate() {
            g.merge(DocGraph {
                info: DocumentInfo {
                    id: doc.to_string(),
                    path: format!("{doc}.txt"),
                    sha256: format!("h{d}"),
                    chars: 10,
                },
                content_hash: format!("h{d}"),
                entities: vec![
                    entity("lex:甲", EntityType::Company, "甲"),
                    entity("company:甲", EntityType::Company, "甲"),
                    entity("company:乙", EntityType::Company, "乙"),
                    entity("region:郴州市", EntityType::Region, "郴州市"),
                    entity("stage:锂矿", EntityType::Stage, "锂矿"),
                    entity("stage:材料", EntityType::Stage, "材料"),
                ],
                relations: vec![
                    relation(2, 3, Relation::LocatedIn, doc, 1),
                    relation(1, 3, Relation::LocatedIn, doc, 2),
                    relation(0, 3, Relation::LocatedIn, doc, 3),
                    relation(0, 3, Relation::InvestsIn, doc, 4),
                    relation(1, 3, Relation::InvestsIn, doc, 5),
                    relation(2, 0, Relation::Supplies, doc, 6),
                    relation(2, 1, Relation::Supplies, doc, 7),
                    relation(2, 1, Relation::CooperatesWith, doc, 8),
                    // Restates the backbone's first edge, which `finish` then
                    // removes: the view skips the vacant slot.
                    relation(4, 5, Relation::UpstreamOf, doc, 10),
                    // A lexicon edge beside text edges of the pair: relation
                    // sorts before origin.
                    DocRelation {
                        origin: Origin::Lexicon,
                        evidence: None,
                        ..relation(0, 3, Relation::LocatedIn, doc, 9)
                    },
                ],
            });
        }
        g.finish();
        g
    }

    #[test]
    fn order_and_multigraph_keys_match_the_sort_by_id_strings() {
        // The order the view had when it sorted copies of the id strings
        // (KnowledgeGraph::sorted_nodes/sorted_edges) and counted keys per pair.
        let g = graph();
        let want_nodes: Vec<String> = g.sorted_nodes().iter().map(|&n| g.graph[n].id()).collect();
        let mut keys: HashMap<_, u16> = HashMap::new();
        let want_links: Vec<(String, String, u16, Relation, Origin, u32)> = g
            .sorted_edges()
            .into_iter()
            .map(|e| {
                let (a, b) = g.graph.edge_endpoints(e).unwrap();
                let k = keys.entry((a, b)).or_insert(0);
                *k += 1;
                let w = &g.graph[e];
                (
                    g.graph[a].id(),
                    g.graph[b].id(),
                    *k - 1,
                    w.relation,
                    w.origin,
                    w.weight,
                )
            })
            .collect();
        let json = GraphJson::from_graph_owned(g);
        let got_nodes: Vec<String> = json.nodes.iter().map(|n| n.id.to_string()).collect();
        let got_links: Vec<_> = json
            .links
            .iter()
            .map(|l| {
                let (s, t) = (l.source.to_string(), l.target.to_string());
                (s, t, l.key, l.relation, l.origin, l.weight)
            })
            .collect();
        assert_eq!(got_nodes, want_nodes);
        assert_eq!(got_links, want_links);
        assert_eq!(
            got_nodes.iter().filter(|id| *id == "company:甲").count(),
            2,
            "the graph has two nodes of one id"
        );
    }

    /// A gigabyte corpus has millions of links, all held while files are
    /// written; and links are collected in place of petgraph's edges, which
    /// needs the two the same size and alignment.
    #[test]
    fn a_link_is_six_words_like_a_petgraph_edge() {
        type PetEdge = petgraph::graph::Edge<Option<crate::graph::Edge>, u32>;
        assert_eq!(std::mem::size_of::<JsonLink>(), 48);
        assert_eq!(std::mem::size_of::<PetEdge>(), 48);
        assert_eq!(
            std::mem::align_of::<JsonLink>(),
            std::mem::align_of::<PetEdge>()
        );
    }

    #[test]
    fn link_ends_share_their_nodes_id_allocation() {
        let json = GraphJson::from_graph_owned(graph());
        let by_id: HashMap<&str, &Id> = json.nodes.iter().map(|n| (n.id.as_str(), &n.id)).collect();
        for l in &json.links {
            for end in [&l.source, &l.target] {
                // With two nodes of one id, the end points to one of them.
                let shared = json
                    .nodes
                    .iter()
                    .any(|n| n.id == *end && Id::ptr_eq(&n.id, end));
                assert!(shared, "{end} is a copy, not the node's id");
                assert!(by_id.contains_key(end.as_str()));
            }
        }
    }

    #[test]
    fn nodes_share_one_id_per_document() {
        let json = GraphJson::from_graph_owned(graph());
        let mentioning: Vec<&Id> = json
            .nodes
            .iter()
            .flat_map(|n| n.documents.iter())
            .filter(|d| *d == "d2")
            .collect();
        assert!(mentioning.len() > 1);
        assert!(mentioning.iter().all(|d| Id::ptr_eq(d, mentioning[0])));
    }

    #[test]
    fn ids_serialize_and_read_back_as_plain_strings() {
        let json = GraphJson::from_graph_owned(graph());
        let bytes = to_bytes(&json);
        let v: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
        assert_eq!(v["links"][0]["source"], json.links[0].source.as_str());
        assert_eq!(v["nodes"][0]["documents"][0], "d1");
        let back: GraphJson = serde_json::from_slice(&bytes).unwrap();
        assert_eq!(back, json);
        assert_eq!(to_bytes(&back), bytes);
    }

    /// Regression: the node slots were once sized by the edge count (a shadowed
    /// bound), and a graph with more nodes than edges panicked; the bare
    /// backbone has five stages and four edges.
    #[test]
    fn view_of_a_graph_with_more_nodes_than_edges() {
        let json = GraphJson::from_graph_owned(KnowledgeGraph::new(5));
        assert_eq!((json.nodes.len(), json.links.len()), (5, 4));
    }

    /// graph.json keeps the label of each link, between relation and origin.
    #[test]
    fn links_write_their_relations_label() {
        let json = GraphJson::from_graph_owned(graph());
        let text = String::from_utf8(to_bytes(&json)).unwrap();
        let l = &json.links[0];
        let expected = format!(
            "\"relation\": \"{}\",\n      \"label\": \"{}\",\n      \"origin\"",
            l.relation.as_str(),
            l.relation.label()
        );
        assert!(text.contains(&expected), "{expected} not in {text}");
    }
}
