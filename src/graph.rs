//! Stage 7, the graph. Input: the entities, relations and facts of each document
//! (a [`DocGraph`]), merged in document order. Output: a [`KnowledgeGraph`] in
//! petgraph with one node per entity and one edge per (source, target, relation,
//! origin), whose evidence is merged.
//!
//! Invariants: the five stage nodes and their `upstream_of` backbone are always
//! present (origin lexicon, replaced by origin text where a document writes the
//! chain out); an edge's weight counts every sentence that stated it while at
//! most `evidence_cap` sentences are kept; merging is in document order, so the
//! graph does not depend on how many threads built it.

use arcstr::ArcStr;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use sha2::Digest;
use std::collections::BTreeSet;

use petgraph::stable_graph::{EdgeIndex, NodeIndex, StableDiGraph};
use petgraph::visit::{EdgeRef, IntoEdgeReferences};
use serde::{Deserialize, Serialize};

use crate::model::{
    EntityType, Evidence, EvidenceList, Fact, Origin, Relation, SentenceText, Stage,
};

/// A document as recorded in the graph.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocumentInfo {
    /// Document id (file stem).
    pub id: String,
    /// Path as given.
    pub path: String,
    /// SHA-256 of the raw bytes.
    pub sha256: String,
    /// Length of the cleaned text in characters (evidence offsets index it).
    pub chars: usize,
}

/// An entity node.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    /// Canonical name.
    pub name: String,
    /// Entity type.
    pub kind: EntityType,
    /// Other written forms.
    pub aliases: BTreeSet<String>,
    /// Mentions in the text, over all documents.
    pub mentions: usize,
    /// Documents that mention it, as indices into [`KnowledgeGraph::documents`]
    /// (ascending: documents are merged in order).
    pub documents: DocList,
    /// Figures stated about it.
    pub facts: Vec<Fact>,
}

/// Ascending document indices, each stored as its distance from the one before
/// in a LEB128 varint: a hub node is mentioned in most documents of a corpus,
/// one byte each where a `u32` took four, and a gigabyte corpus has millions
/// of node–document pairs.
///
/// ```
/// use lithkg::graph::DocList;
/// let mut d = DocList::default();
/// for i in [3, 4, 200, 70_000] {
///     d.push(i);
/// }
/// assert_eq!(d.iter().collect::<Vec<_>>(), [3, 4, 200, 70_000]);
/// assert_eq!((d.len(), d.last()), (4, Some(70_000)));
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DocList {
    bytes: Vec<u8>,
    len: u32,
    last: u32,
}

impl DocList {
    /// Appends `index`, which must not be below the last one (ignored if it is).
    pub fn push(&mut self, index: u32) {
        if index < self.last {
            return;
        }
        // The first index is its distance from 0, which `last` starts at.
        let mut delta = index - self.last;
        loop {
            grow_by_a_quarter(&mut self.bytes);
            let low = (delta & 0x7f) as u8;
            delta >>= 7;
            if delta == 0 {
                self.bytes.push(low);
                break;
            }
            self.bytes.push(low | 0x80);
        }
        self.len += 1;
        self.last = index;
    }

    /// The indices, ascending.
    pub fn iter(&self) -> impl Iterator<Item = u32> + '_ {
        let mut bytes = self.bytes.iter();
        let mut at = 0u32;
        std::iter::from_fn(move || {
            let mut delta = 0u32;
            let mut shift = 0;
            loop {
                let b = *bytes.next()?;
                delta |= u32::from(b & 0x7f) << shift;
                if b & 0x80 == 0 {
                    break;
                }
                shift += 7;
            }
            at += delta;
            Some(at)
        })
    }

    /// Number of documents.
    pub fn len(&self) -> usize {
        self.len as usize
    }

    /// True when no document is listed.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The last (highest) index.
    pub fn last(&self) -> Option<u32> {
        (self.len > 0).then_some(self.last)
    }

    /// Hands back unused capacity.
    pub fn shrink_to_fit(&mut self) {
        self.bytes.shrink_to_fit();
    }
}

impl Node {
    /// The node id, `type:name`.
    pub fn id(&self) -> String {
        format!("{}:{}", self.kind, self.name)
    }

    /// Compares the ids of two nodes as strings, without writing them out.
    pub fn id_cmp(&self, other: &Node) -> std::cmp::Ordering {
        (self.kind.as_str(), ':', self.name.as_str()).cmp(&(
            other.kind.as_str(),
            ':',
            other.name.as_str(),
        ))
    }
}

/// A relation edge.
#[derive(Debug, Clone, PartialEq)]
pub struct Edge {
    /// Relation type.
    pub relation: Relation,
    /// Read in the text or from the lexicon.
    pub origin: Origin,
    /// Number of sentences (over all documents) that state it.
    pub weight: u32,
    /// The first sentences that state it, at most the graph's evidence cap.
    pub evidence: EvidenceList,
}

/// An entity of one document, ready to merge.
#[derive(Debug, Clone)]
pub struct DocEntity {
    /// Identity across documents: a lexicon entry, a region, or type and name.
    pub identity: String,
    /// Entity type.
    pub kind: EntityType,
    /// Canonical name in this document.
    pub name: String,
    /// Written forms.
    pub aliases: BTreeSet<String>,
    /// Mentions in this document.
    pub mentions: usize,
    /// Facts, with evidence.
    pub facts: Vec<Fact>,
}

/// A relation of one document, ready to merge.
#[derive(Debug, Clone)]
pub struct DocRelation {
    /// Index into [`DocGraph::entities`].
    pub head: usize,
    /// Index into [`DocGraph::entities`].
    pub tail: usize,
    /// Relation type.
    pub relation: Relation,
    /// Origin.
    pub origin: Origin,
    /// Evidence (none for lexicon relations).
    pub evidence: Option<Evidence>,
}

/// Everything one document contributes to the graph.
#[derive(Debug, Clone)]
pub struct DocGraph {
    /// The document.
    pub info: DocumentInfo,
    /// SHA-256 of the cleaned text: a document seen twice is merged once.
    pub content_hash: String,
    /// Entities.
    pub entities: Vec<DocEntity>,
    /// Relations.
    pub relations: Vec<DocRelation>,
}

/// The knowledge graph.
#[derive(Debug, Clone)]
pub struct KnowledgeGraph {
    /// The petgraph graph.
    pub graph: StableDiGraph<Node, Edge>,
    /// Documents merged, in order.
    pub documents: Vec<DocumentInfo>,
    /// Documents skipped because their cleaned text repeats one already merged.
    pub duplicates: Vec<(DocumentInfo, String)>,
    evidence_cap: usize,
    by_identity: HashMap<String, NodeIndex>,
    /// Each edge by its (source, target, relation, origin): bare edge indices
    /// hashed by that key and compared against the graph itself, 5 bytes a slot
    /// where a map that also held the key took 17 (a gigabyte corpus has
    /// millions of edges).
    by_edge: hashbrown::HashTable<EdgeIndex>,
    /// Each fact as (node, slot in the node's list), hashed by its node and
    /// identity ([`fact_hash`]) and compared against the graph itself, so
    /// merging a fact is O(1) without a second copy of its strings: 9 bytes a
    /// slot where a map from the hash took 17 (a gigabyte corpus has millions).
    by_fact: hashbrown::HashTable<(u32, u32)>,
    /// Each merged document's content hash (digested again to a fixed 32 bytes,
    /// whatever form the caller's hash has) and its index in `documents`.
    content_seen: HashMap<[u8; 32], u32>,
    texts: TextKeeper,
    /// One copy of each fact indicator, unit and period.
    fact_words: HashSet<ArcStr>,
}

/// The graph's copy of `word`, made on first sight.
fn intern(words: &mut HashSet<ArcStr>, word: &ArcStr) -> ArcStr {
    match words.get(word) {
        Some(w) => w.clone(),
        None => {
            words.insert(word.clone());
            word.clone()
        }
    }
}

/// Decides where the graph keeps the text of an evidence sentence: in memory
/// up to a budget, then in the process's evidence [`spool`](crate::spool), so
/// that a big build's memory grows with its nodes and edges, not with the
/// sentences it quotes.
#[derive(Debug, Clone, Default)]
struct TextKeeper {
    /// Bytes of sentence text to keep in memory before spooling.
    spool_after: usize,
    /// Bytes kept in memory so far (a sentence shared by several records
    /// counted once per record: the budget is approximate).
    in_memory: usize,
    /// Sentences of the document being merged that were spooled, by the
    /// address of their in-memory text, so records sharing a sentence share
    /// one spooled copy. Cleared after each document, before the addresses
    /// can be reused.
    spooled: HashMap<usize, SentenceText>,
}

impl TextKeeper {
    /// The evidence as the graph keeps it.
    fn settle(&mut self, mut ev: Evidence) -> Evidence {
        if self.in_memory < self.spool_after {
            self.in_memory += ev.sentence.len();
        } else if let Some(p) = ev.sentence.memory_ptr() {
            let text = self
                .spooled
                .entry(p as usize)
                .or_insert_with(|| ev.sentence.spooled());
            ev.sentence = text.clone();
        }
        ev
    }
}

/// Bytes of evidence text a graph keeps in memory before it spools the rest.
/// Enough for a few thousand articles to write no spool at all; 32 MiB held
/// 16 MiB more at the peak of a 100 MB build, with no measured gain in speed.
pub const DEFAULT_SPOOL_AFTER: usize = 8 << 20;

/// A hash of a fact's node and identity (everything but its evidence): equal
/// for any two facts [`Fact::same_claim`] calls the same.
fn fact_hash(node: NodeIndex, f: &Fact) -> u64 {
    use std::hash::BuildHasher;
    rustc_hash::FxBuildHasher.hash_one((
        node.index(),
        f.indicator.as_str(),
        &f.value,
        f.unit.as_str(),
        f.year,
        f.period.as_deref(),
        f.target,
    ))
}

/// The hash `by_edge` files an edge under.
fn edge_hash(a: NodeIndex, b: NodeIndex, relation: Relation, origin: Origin) -> u64 {
    use std::hash::BuildHasher;
    rustc_hash::FxBuildHasher.hash_one((a, b, relation, origin))
}

/// The hash of an edge already in `graph`.
fn hash_of_edge(graph: &StableDiGraph<Node, Edge>, e: EdgeIndex) -> u64 {
    let (a, b) = graph.edge_endpoints(e).expect("indexed edges exist");
    edge_hash(a, b, graph[e].relation, graph[e].origin)
}

/// Whether edge `e` of `graph` is the one keyed (a, b, relation, origin).
fn edge_is(
    graph: &StableDiGraph<Node, Edge>,
    e: EdgeIndex,
    (a, b, relation, origin): (NodeIndex, NodeIndex, Relation, Origin),
) -> bool {
    graph.edge_endpoints(e) == Some((a, b))
        && graph[e].relation == relation
        && graph[e].origin == origin
}

/// Adds `ev` to a claim's evidence unless the list is full or holds it already.
fn keep_evidence(list: &mut EvidenceList, ev: Evidence, cap: usize, texts: &mut TextKeeper) {
    if list.len() < cap && !list.contains(&ev) {
        list.push(texts.settle(ev));
    }
}

/// Makes room for one more item, growing a full list by a quarter rather
/// than doubling it: a hub node's lists of facts and documents run to
/// hundreds of thousands, and doubling leaves up to half of that unused.
/// A short list grows by one: most nodes hold a few facts, and four spare
/// slots each left blocks that the final shrink freed but could not give back.
fn grow_by_a_quarter<T>(list: &mut Vec<T>) {
    if list.len() == list.capacity() {
        list.reserve_exact((list.len() / 4).max(1));
    }
}

/// Default number of evidence sentences kept per edge.
pub const DEFAULT_EVIDENCE_CAP: usize = 5;

impl KnowledgeGraph {
    /// An empty graph holding the five stages and their backbone.
    pub fn new(evidence_cap: usize) -> KnowledgeGraph {
        let mut g = KnowledgeGraph {
            graph: StableDiGraph::new(),
            documents: Vec::new(),
            duplicates: Vec::new(),
            evidence_cap: evidence_cap.max(1),
            by_identity: HashMap::default(),
            by_edge: hashbrown::HashTable::new(),
            by_fact: hashbrown::HashTable::new(),
            content_seen: HashMap::default(),
            texts: TextKeeper {
                spool_after: DEFAULT_SPOOL_AFTER,
                ..TextKeeper::default()
            },
            fact_words: Default::default(),
        };
        let ids: Vec<NodeIndex> = Stage::ALL
            .iter()
            .map(|s| g.node(&stage_identity(*s), EntityType::Stage, s.id()))
            .collect();
        for w in ids.windows(2) {
            g.add_edge(w[0], w[1], Relation::UpstreamOf, Origin::Lexicon, None);
        }
        g
    }

    /// Keeps at most `bytes` of evidence text in memory and spools the rest
    /// (0: spool every sentence; `usize::MAX`: never spool).
    pub fn with_spool_after(mut self, bytes: usize) -> KnowledgeGraph {
        self.texts.spool_after = bytes;
        self
    }

    fn node(&mut self, identity: &str, kind: EntityType, name: &str) -> NodeIndex {
        if let Some(&n) = self.by_identity.get(identity) {
            return n;
        }
        let n = self.graph.add_node(Node {
            name: name.to_string(),
            kind,
            aliases: BTreeSet::new(),
            mentions: 0,
            documents: DocList::default(),
            facts: Vec::new(),
        });
        self.by_identity.insert(identity.to_string(), n);
        n
    }

    fn add_edge(
        &mut self,
        a: NodeIndex,
        b: NodeIndex,
        relation: Relation,
        origin: Origin,
        evidence: Option<Evidence>,
    ) {
        // Symmetric relations are stored once, in a canonical direction.
        let (a, b) = if relation.is_symmetric() && self.graph[a].id_cmp(&self.graph[b]).is_gt() {
            (b, a)
        } else {
            (a, b)
        };
        let key = (a, b, relation, origin);
        let cap = self.evidence_cap;
        let hash = edge_hash(a, b, relation, origin);
        let graph = &self.graph;
        let found = self
            .by_edge
            .find(hash, |&e| edge_is(graph, e, key))
            .copied();
        let e = match found {
            Some(e) => e,
            None => {
                let e = self.graph.add_edge(
                    a,
                    b,
                    Edge {
                        relation,
                        origin,
                        weight: 0,
                        evidence: EvidenceList::default(),
                    },
                );
                let graph = &self.graph;
                self.by_edge
                    .insert_unique(hash, e, |&x| hash_of_edge(graph, x));
                e
            }
        };
        let edge = &mut self.graph[e];
        if let Some(ev) = evidence {
            edge.weight = edge.weight.saturating_add(1);
            keep_evidence(&mut edge.evidence, ev, cap, &mut self.texts);
        } else if edge.weight == 0 {
            edge.weight = 1;
        }
    }

    /// Merges one document. Returns false (and records it) when the same cleaned
    /// text was merged before.
    pub fn merge(&mut self, doc: DocGraph) -> bool {
        let seen_key: [u8; 32] = sha2::Sha256::digest(doc.content_hash.as_bytes()).into();
        if let Some(&first) = self.content_seen.get(&seen_key) {
            let first = self.documents[first as usize].id.clone();
            self.duplicates.push((doc.info, first));
            return false;
        }
        let cap = self.evidence_cap;
        let doc_index = u32::try_from(self.documents.len()).unwrap_or(u32::MAX);
        self.content_seen.insert(seen_key, doc_index);
        let nodes: Vec<NodeIndex> = doc
            .entities
            .into_iter()
            .map(|e| {
                let n = self.node(&e.identity, e.kind, &e.name);
                let node = &mut self.graph[n];
                // The fullest written form names the node.
                // The document's strings are moved in, not copied: this runs
                // once per entity per document, on the one merging thread.
                if e.name.chars().count() > node.name.chars().count() {
                    let old = std::mem::replace(&mut node.name, e.name);
                    node.aliases.insert(old);
                } else if e.name != node.name {
                    node.aliases.insert(e.name);
                }
                node.aliases.extend(e.aliases);
                let Node { name, aliases, .. } = &mut *node;
                aliases.remove(name.as_str());
                node.mentions += e.mentions;
                if e.mentions > 0 && node.documents.last() != Some(doc_index) {
                    node.documents.push(doc_index);
                }
                for f in e.facts {
                    let hash = fact_hash(n, &f);
                    let node_no = n.index() as u32;
                    let graph = &self.graph;
                    let found = self
                        .by_fact
                        .find(hash, |&(m, slot)| {
                            m == node_no && graph[n].facts[slot as usize].same_claim(&f)
                        })
                        .copied();
                    let node = &mut self.graph[n];
                    if let Some((_, slot)) = found {
                        let existing = &mut node.facts[slot as usize];
                        for ev in f.evidence {
                            keep_evidence(&mut existing.evidence, ev, cap, &mut self.texts);
                        }
                        continue;
                    }
                    let slot = u32::try_from(node.facts.len()).expect("under 2^32 facts a node");
                    let mut f = f;
                    f.indicator = intern(&mut self.fact_words, &f.indicator);
                    f.unit = intern(&mut self.fact_words, &f.unit);
                    if let Some(p) = &f.period {
                        f.period = Some(intern(&mut self.fact_words, p));
                    }
                    f.evidence = std::mem::take(&mut f.evidence)
                        .into_iter()
                        .take(cap)
                        .map(|ev| self.texts.settle(ev))
                        .collect();
                    grow_by_a_quarter(&mut node.facts);
                    node.facts.push(f);
                    let graph = &self.graph;
                    self.by_fact
                        .insert_unique(hash, (node_no, slot), |&(m, slot)| {
                            let m = NodeIndex::new(m as usize);
                            fact_hash(m, &graph[m].facts[slot as usize])
                        });
                }
                n
            })
            .collect();
        for r in doc.relations {
            self.add_edge(
                nodes[r.head],
                nodes[r.tail],
                r.relation,
                r.origin,
                r.evidence,
            );
        }
        self.texts.spooled.clear();
        self.documents.push(doc.info);
        true
    }

    /// Final touches before export: a chain written out in the text replaces the
    /// lexicon backbone edge it restates.
    pub fn finish(&mut self) {
        let text_chain: Vec<(NodeIndex, NodeIndex)> = (&self.graph)
            .edge_references()
            .filter(|e| {
                e.weight().relation == Relation::UpstreamOf && e.weight().origin == Origin::Text
            })
            .map(|e| (e.source(), e.target()))
            .collect();
        for (a, b) in text_chain {
            let key = (a, b, Relation::UpstreamOf, Origin::Lexicon);
            let graph = &self.graph;
            if let Ok(found) = self
                .by_edge
                .find_entry(edge_hash(a, b, key.2, key.3), |&e| edge_is(graph, e, key))
            {
                let (e, _) = found.remove();
                self.graph.remove_edge(e);
            }
        }
        // Merging grew these lists by doubling; hand the slack back before export
        // allocates its own buffers.
        for n in self.graph.node_weights_mut() {
            n.facts.shrink_to_fit();
            n.documents.shrink_to_fit();
        }
    }

    /// The petgraph graph and the documents, for export to take apart. The
    /// lookup maps that only merging needs are dropped here, before export
    /// builds its view, so they are not held alongside it.
    pub fn into_parts(self) -> (StableDiGraph<Node, Edge>, Vec<DocumentInfo>) {
        (self.graph, self.documents)
    }

    /// Node indices sorted by node id, for deterministic output.
    pub fn sorted_nodes(&self) -> Vec<NodeIndex> {
        let mut v: Vec<NodeIndex> = self.graph.node_indices().collect();
        v.sort_by_cached_key(|&n| self.graph[n].id());
        v
    }

    /// Edge indices sorted by (source id, target id, relation, origin).
    pub fn sorted_edges(&self) -> Vec<EdgeIndex> {
        let mut v: Vec<EdgeIndex> = self.graph.edge_indices().collect();
        v.sort_by_cached_key(|&e| {
            let (a, b) = self.graph.edge_endpoints(e).expect("edge exists");
            let w = &self.graph[e];
            (self.graph[a].id(), self.graph[b].id(), w.relation, w.origin)
        });
        v
    }

    /// The node with this id.
    pub fn find(&self, id: &str) -> Option<NodeIndex> {
        self.graph
            .node_indices()
            .find(|&n| self.graph[n].id() == id)
    }
}

/// The identity of a stage node.
pub fn stage_identity(s: Stage) -> String {
    format!("stage:{}", s.id())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn id_cmp_orders_nodes_as_their_id_strings() {
        let node = |kind, name: &str| Node {
            name: name.to_string(),
            kind,
            aliases: BTreeSet::new(),
            mentions: 0,
            documents: DocList::default(),
            facts: vec![],
        };
        let nodes = [
            node(EntityType::Park, "郴州"),
            node(EntityType::Person, "A"),
            node(EntityType::Policy, ""),
            node(EntityType::Product, "锂"),
            node(EntityType::Company, "a:b"),
            node(EntityType::Company, "a"),
            node(EntityType::Region, "郴州市"),
            node(EntityType::Region, "郴州"),
        ];
        for a in &nodes {
            for b in &nodes {
                assert_eq!(a.id_cmp(b), a.id().cmp(&b.id()), "{} vs {}", a.id(), b.id());
            }
        }
    }

    fn ev(doc: &str, n: usize) -> Option<Evidence> {
        Some(Evidence {
            document: doc.into(),
            sentence: format!("s{n}").into(),
            start: n as u32,
            end: n as u32 + 1,
        })
    }

    fn doc(id: &str, hash: &str, rels: usize) -> DocGraph {
        DocGraph {
            info: DocumentInfo {
                id: id.into(),
                path: format!("{id}.txt"),
                sha256: hash.into(),
                chars: 10,
            },
            content_hash: hash.into(),
            entities: vec![
                DocEntity {
                    identity: "company:甲".into(),
                    kind: EntityType::Company,
                    name: "甲".into(),
                    aliases: BTreeSet::new(),
                    mentions: 2,
                    facts: vec![],
                },
                DocEntity {
                    identity: "company:乙".into(),
                    kind: EntityType::Company,
                    name: "乙".into(),
                    aliases: BTreeSet::new(),
                    mentions: 1,
                    facts: vec![],
                },
            ],
            relations: (0..rels)
                .map(|i| DocRelation {
                    head: 1,
                    tail: 0,
                    relation: Relation::CooperatesWith,
                    origin: Origin::Text,
                    evidence: ev(id, i),
                })
                .collect(),
        }
    }

    #[test]
    fn backbone_is_always_present() {
        let g = KnowledgeGraph::new(5);
        assert_eq!(g.graph.node_count(), 5);
        assert_eq!(g.graph.edge_count(), 4);
    }

    /// The cooperates_with edge of a graph merged from [`doc`]s.
    fn cooperation(g: &KnowledgeGraph) -> &Edge {
        g.graph
            .edge_weights()
            .find(|e| e.relation == Relation::CooperatesWith)
            .expect("a cooperates_with edge")
    }

    #[test]
    fn evidence_is_capped_but_weight_counts_all() {
        let mut g = KnowledgeGraph::new(3);
        g.merge(doc("a", "h1", 7));
        let e = cooperation(&g);
        assert_eq!(e.weight, 7);
        assert_eq!(e.evidence.len(), 3);
    }

    #[test]
    fn symmetric_relations_merge_both_directions() {
        let mut g = KnowledgeGraph::new(5);
        let mut d = doc("a", "h1", 1);
        d.relations.push(DocRelation {
            head: 0,
            tail: 1,
            relation: Relation::CooperatesWith,
            origin: Origin::Text,
            evidence: ev("a", 9),
        });
        g.merge(d);
        let coop: Vec<_> = g
            .graph
            .edge_weights()
            .filter(|e| e.relation == Relation::CooperatesWith)
            .collect();
        assert_eq!(coop.len(), 1);
        assert_eq!(coop[0].weight, 2);
    }

    #[test]
    fn repeated_document_is_merged_once() {
        let mut g = KnowledgeGraph::new(5);
        assert!(g.merge(doc("a", "same", 1)));
        assert!(!g.merge(doc("b", "same", 1)));
        assert_eq!(g.documents.len(), 1);
        assert_eq!(g.duplicates.len(), 1);
        let n = g.find("company:甲").unwrap();
        assert_eq!(g.graph[n].mentions, 2);
    }

    proptest::proptest! {
        /// Any ascending list of indices reads back as written, however far apart.
        #[test]
        fn doc_list_reads_back_what_was_pushed(mut v in proptest::collection::vec(proptest::num::u32::ANY, 0..300)) {
            v.sort_unstable();
            let mut d = DocList::default();
            for &i in &v {
                d.push(i);
            }
            proptest::prop_assert_eq!(d.iter().collect::<Vec<_>>(), v.clone());
            proptest::prop_assert_eq!(d.len(), v.len());
            proptest::prop_assert_eq!(d.last(), v.last().copied());
        }
    }

    #[test]
    fn doc_list_takes_a_byte_for_a_near_document_and_ignores_a_step_back() {
        let mut d = DocList::default();
        for i in 1000..1100 {
            d.push(i);
        }
        assert!(
            d.bytes.len() < 110,
            "{} bytes for 100 documents",
            d.bytes.len()
        );
        d.push(5);
        assert_eq!(d.len(), 100);
        assert_eq!(d.last(), Some(1099));
        assert_eq!(d.iter().last(), Some(1099));
    }

    /// The edge index keeps its keys in the graph: a thousand edges, enough
    /// for the table to grow and rehash many times, are each found again by
    /// their own key and by no other.
    #[test]
    fn edge_index_finds_each_edge_after_the_table_grows() {
        let mut g = KnowledgeGraph::new(5);
        let hub = g.node("company:甲", EntityType::Company, "甲");
        let others: Vec<NodeIndex> = (0..1000)
            .map(|i| g.node(&format!("company:乙{i}"), EntityType::Company, "乙"))
            .collect();
        for round in 0..2 {
            for (i, &n) in others.iter().enumerate() {
                let (head, tail) = if i % 2 == 0 { (hub, n) } else { (n, hub) };
                g.add_edge(head, tail, Relation::Supplies, Origin::Text, ev("a", round));
                g.add_edge(head, tail, Relation::InvestsIn, Origin::Text, None);
            }
        }
        assert_eq!(g.graph.edge_count(), 4 + 2000);
        for e in g.graph.edge_weights() {
            let expected = match e.relation {
                Relation::Supplies => 2,
                Relation::InvestsIn => 1,
                _ => continue,
            };
            assert_eq!(e.weight, expected);
        }
    }

    fn fact(value: u32, doc: &str) -> Fact {
        Fact {
            indicator: "产能".into(),
            value: value.into(),
            unit: "万吨".into(),
            year: Some(2024),
            period: None,
            target: false,
            evidence: ev(doc, value as usize).into_iter().collect(),
        }
    }

    /// The fact index keeps its keys in the graph: two nodes stating the same
    /// thousand figures twice, enough for the table to rehash many times, end
    /// with a thousand facts each, every one with the evidence of both rounds.
    #[test]
    fn fact_index_finds_each_fact_after_the_table_grows() {
        let mut g = KnowledgeGraph::new(5);
        for (round, id) in ["a", "b"].into_iter().enumerate() {
            let mut d = doc(id, &format!("h{round}"), 0);
            for e in &mut d.entities {
                e.facts = (0..1000).map(|v| fact(v, id)).collect();
            }
            g.merge(d);
        }
        let companies: Vec<&Node> = g
            .graph
            .node_weights()
            .filter(|n| n.kind == EntityType::Company)
            .collect();
        assert_eq!(companies.len(), 2);
        for n in companies {
            assert_eq!(n.facts.len(), 1000);
            for (i, f) in n.facts.iter().enumerate() {
                assert_eq!(f.value, serde_json::Number::from(i as u32));
                let docs: Vec<&str> = f.evidence.iter().map(|e| e.document.as_str()).collect();
                assert_eq!(docs, ["a", "b"]);
            }
        }
    }

    /// A repeated document is reported with the id of the first one, which the
    /// graph finds by index among its documents.
    #[test]
    fn repeated_document_names_the_first() {
        let mut g = KnowledgeGraph::new(5);
        assert!(g.merge(doc("a", "h1", 1)));
        assert!(g.merge(doc("b", "h2", 1)));
        assert!(!g.merge(doc("c", "h2", 1)));
        assert_eq!(g.duplicates[0].0.id, "c");
        assert_eq!(g.duplicates[0].1, "b");
    }

    #[test]
    fn text_chain_replaces_backbone_edge() {
        let mut g = KnowledgeGraph::new(5);
        let a = g.node(&stage_identity(Stage::Mining), EntityType::Stage, "锂矿");
        let b = g.node(&stage_identity(Stage::Materials), EntityType::Stage, "材料");
        g.add_edge(a, b, Relation::UpstreamOf, Origin::Text, ev("d", 1));
        g.finish();
        let origins: Vec<Origin> = g
            .graph
            .edges_connecting(a, b)
            .map(|e| e.weight().origin)
            .collect();
        assert_eq!(origins, vec![Origin::Text]);
        assert_eq!(g.graph.edge_count(), 4);
    }

    #[test]
    fn lists_grow_by_a_quarter_not_by_doubling() {
        let mut v: Vec<u32> = Vec::new();
        for i in 0..10_000 {
            grow_by_a_quarter(&mut v);
            v.push(i);
            assert!(
                v.capacity() <= v.len() + v.len() / 4 + 1,
                "{} of {}",
                v.len(),
                v.capacity()
            );
        }
    }

    #[test]
    fn evidence_past_the_budget_is_spooled_and_reads_back() {
        let mut g = KnowledgeGraph::new(5).with_spool_after(4);
        g.merge(doc("a", "h1", 3));
        let e = cooperation(&g);
        // "s0" fits the 4-byte budget with room to spare; "s1" fills it; "s2" is spooled.
        let spooled: Vec<bool> = e
            .evidence
            .iter()
            .map(|ev| ev.sentence.is_spooled())
            .collect();
        assert_eq!(spooled, [false, false, true]);
        assert_eq!(e.evidence[2].sentence, "s2");
    }
}
