//! graph.dot: Graphviz DOT written with dot-writer.
//!
//! The chain reads left to right: the five stages in chain order on one line,
//! each entity drawn in the cluster of its stage where it has one; one shape and
//! colour per entity type, with a legend; Chinese relation labels on edges;
//! UTF-8 and a CJK font on graph, nodes and edges. Node ids are generated (`n0`,
//! `n1`, …) and every text is escaped, so no name can break or inject into the DOT.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use dot_writer::{Attributes, DotWriter, Scope};

use super::GraphJson;
use crate::model::{EntityType, Origin, Relation, Stage};

/// Font families tried in order (Pango takes a comma-separated list).
pub const FONT: &str = "Noto Sans CJK SC,Noto Sans SC,Source Han Sans SC,WenQuanYi Micro Hei,Microsoft YaHei,PingFang SC,sans-serif";

/// Longest label drawn, in characters; the full name goes to the tooltip.
pub const MAX_LABEL_CHARS: usize = 40;

/// Shape and fill colour of each entity type.
pub fn style(kind: EntityType) -> (&'static str, &'static str) {
    match kind {
        EntityType::Company => ("box", "#cfe2ff"),
        EntityType::University => ("house", "#d1e7dd"),
        EntityType::Institute => ("component", "#e2d9f3"),
        EntityType::Association => ("tab", "#fde2c8"),
        EntityType::Government => ("hexagon", "#f8d7da"),
        EntityType::Region => ("ellipse", "#e9ecef"),
        EntityType::Park => ("folder", "#fff3cd"),
        EntityType::Stage => ("cds", "#ffc107"),
        EntityType::Product => ("box3d", "#d2f4ea"),
        EntityType::Person => ("egg", "#f3e8ff"),
        EntityType::Event => ("parallelogram", "#cff4fc"),
        EntityType::Policy => ("note", "#fefae0"),
    }
}

/// Escapes text for a double-quoted DOT string: backslashes and quotes are
/// escaped, line breaks become `\n`, other control characters spaces.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// The label drawn for a name: the name, cut at [`MAX_LABEL_CHARS`] with an ellipsis.
pub fn node_label(name: &str) -> String {
    let one_line: String = name
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    if one_line.chars().count() > MAX_LABEL_CHARS {
        let mut s: String = one_line.chars().take(MAX_LABEL_CHARS - 1).collect();
        s.push('…');
        s
    } else {
        one_line
    }
}

/// The stage each node is drawn in: its strongest in_stage edge (text before lexicon).
fn stage_of(g: &GraphJson) -> HashMap<&str, Stage> {
    let mut best: HashMap<&str, (bool, usize, Stage)> = HashMap::new();
    let stage_by_id: HashMap<String, Stage> = Stage::ALL
        .iter()
        .map(|s| (format!("stage:{}", s.id()), *s))
        .collect();
    for l in &g.links {
        if l.relation != Relation::InStage {
            continue;
        }
        let Some(&st) = stage_by_id.get(&l.target) else {
            continue;
        };
        let score = (l.origin == Origin::Text, l.weight, st);
        let e = best.entry(l.source.as_str()).or_insert(score);
        if (score.0, score.1, std::cmp::Reverse(score.2)) > (e.0, e.1, std::cmp::Reverse(e.2)) {
            *e = score;
        }
    }
    best.into_iter().map(|(k, v)| (k, v.2)).collect()
}

/// Writes the graph as DOT.
pub fn to_dot(g: &GraphJson) -> String {
    let ids: HashMap<&str, String> = g
        .nodes
        .iter()
        .enumerate()
        .map(|(i, n)| (n.id.as_str(), format!("n{i}")))
        .collect();
    let stages = stage_of(g);
    let mut clusters: BTreeMap<Stage, Vec<usize>> = BTreeMap::new();
    let mut loose: Vec<usize> = Vec::new();
    for (i, n) in g.nodes.iter().enumerate() {
        if n.kind == EntityType::Stage {
            continue;
        }
        match stages.get(n.id.as_str()) {
            Some(s) => clusters.entry(*s).or_default().push(i),
            None => loose.push(i),
        }
    }
    let stage_nodes: BTreeMap<Stage, usize> = g
        .nodes
        .iter()
        .enumerate()
        .filter(|(_, n)| n.kind == EntityType::Stage)
        .filter_map(|(i, n)| Stage::parse(&n.name).map(|s| (s, i)))
        .collect();
    let types: BTreeSet<EntityType> = g.nodes.iter().map(|n| n.kind).collect();

    let mut out = Vec::new();
    {
        let mut w = DotWriter::from(&mut out);
        w.set_pretty_print(true);
        let mut graph = w.digraph();
        graph
            .graph_attributes()
            .set("rankdir", "LR", false)
            .set("charset", "UTF-8", true)
            .set("fontname", FONT, true)
            .set("label", "锂电产业链知识图谱", true)
            .set("labelloc", "t", false)
            .set("newrank", "true", false)
            .set("compound", "true", false)
            .set("nodesep", "0.3", false)
            .set("ranksep", "0.8", false);
        graph
            .node_attributes()
            .set("fontname", FONT, true)
            .set("style", "filled", false)
            .set("fontsize", "11", false);
        graph
            .edge_attributes()
            .set("fontname", FONT, true)
            .set("fontsize", "9", false)
            .set("color", "#555555", true);
        for st in Stage::ALL {
            let mut c = graph.cluster();
            c.set("label", &escape(&format!("{} 环节", st.id())), true)
                .set("style", "rounded,dashed", true)
                .set("color", "#bbbbbb", true)
                .set("fontname", FONT, true);
            if let Some(&i) = stage_nodes.get(&st) {
                write_node(&mut c, g, i, &ids, true);
            }
            for &i in clusters.get(&st).map_or(&[][..], Vec::as_slice) {
                write_node(&mut c, g, i, &ids, false);
            }
        }
        for &i in &loose {
            write_node(&mut graph, g, i, &ids, false);
        }
        // The chain on one line: heavy invisible edges keep the stages in order.
        let chain: Vec<&String> = Stage::ALL
            .iter()
            .filter_map(|s| stage_nodes.get(s))
            .map(|&i| &ids[g.nodes[i].id.as_str()])
            .collect();
        for w2 in chain.windows(2) {
            graph
                .edge(w2[0].as_str(), w2[1].as_str())
                .attributes()
                .set("style", "invis", false)
                .set("weight", "100", false);
        }
        for l in &g.links {
            let (Some(a), Some(b)) = (ids.get(l.source.as_str()), ids.get(l.target.as_str()))
            else {
                continue;
            };
            let e = graph.edge(a.as_str(), b.as_str());
            let mut attrs = e.attributes();
            let label = if l.weight > 1 {
                format!("{} ×{}", l.relation.label(), l.weight)
            } else {
                l.relation.label().to_string()
            };
            attrs.set("label", &escape(&label), true);
            if let Some(ev) = l.evidence.first() {
                attrs.set("tooltip", &escape(&node_label(&ev.sentence)), true);
            }
            if l.origin == Origin::Lexicon {
                attrs
                    .set("style", "dashed", false)
                    .set("color", "#aaaaaa", true);
            }
            if l.relation == Relation::UpstreamOf {
                attrs
                    .set("penwidth", "2.5", false)
                    .set("color", "#d39e00", true);
            } else if l.relation.is_symmetric() {
                attrs.set("dir", "both", false);
            }
            if l.weight > 1 {
                let pw = (1.0 + (l.weight as f64).ln()).min(5.0);
                attrs.set("penwidth", &format!("{pw:.1}"), false);
            }
        }
        // Legend: one swatch per type drawn.
        let mut legend = graph.cluster();
        legend
            .set("label", "图例", true)
            .set("fontname", FONT, true)
            .set("style", "rounded", false)
            .set("color", "#999999", true);
        let mut prev: Option<String> = None;
        for (i, t) in types.iter().enumerate() {
            let id = format!("legend{i}");
            let (shape, fill) = style(*t);
            legend
                .node_named(id.clone())
                .set(
                    "label",
                    &escape(&format!("{} {}", t.label(), t.as_str())),
                    true,
                )
                .set("shape", shape, false)
                .set("fillcolor", fill, true);
            if let Some(p) = prev {
                legend
                    .edge(p.as_str(), id.as_str())
                    .attributes()
                    .set("style", "invis", false);
            }
            prev = Some(id);
        }
    }
    String::from_utf8(out).expect("DOT is UTF-8")
}

fn write_node(
    scope: &mut Scope,
    g: &GraphJson,
    i: usize,
    ids: &HashMap<&str, String>,
    stage: bool,
) {
    let n = &g.nodes[i];
    let (shape, fill) = style(n.kind);
    let id = &ids[n.id.as_str()];
    let mut node = scope.node_named(id.clone());
    node.set("label", &escape(&node_label(&n.name)), true)
        .set("shape", shape, false)
        .set("fillcolor", fill, true)
        .set("tooltip", &escape(&n.id), true);
    if stage {
        node.set("group", "chain", false)
            .set("fontsize", "16", false)
            .set("penwidth", "2", false);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_neutralizes_quotes_backslashes_and_newlines() {
        assert_eq!(escape(r#"a"b\c"#), r#"a\"b\\c"#);
        assert_eq!(escape("x\ny\r"), "x\\ny");
        assert_eq!(escape("{<script>}"), "{<script>}");
    }

    #[test]
    fn long_labels_are_cut() {
        let long = "锂".repeat(100);
        let l = node_label(&long);
        assert_eq!(l.chars().count(), MAX_LABEL_CHARS);
        assert!(l.ends_with('…'));
    }
}
