//! graph.dot: Graphviz DOT written with dot-writer.
//!
//! The chain reads left to right: the five stages in chain order on one line,
//! each entity drawn in the cluster of its stage where it has one; one shape and
//! colour per entity type, with a legend; Chinese relation labels on edges;
//! UTF-8 and a CJK font on graph, nodes and edges. Node ids are generated (`n0`,
//! `n1`, …) and every text is escaped, so no name can break or inject into the DOT.
//!
//! The DOT streams to a writer as dot-writer emits it (dot-writer writes to any
//! `io::Write`); [`to_dot`] is the same writer aimed at memory.

use std::cmp::Reverse;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::io::{self, Write};

use dot_writer::{Attributes, DotWriter, Scope};

use super::{GraphJson, JsonNode};
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

/// Characters per line of a node label; longer names wrap.
pub const LINE_CHARS: usize = 16;

/// Longest edge tooltip (the evidence sentence), in characters.
pub const MAX_TOOLTIP_CHARS: usize = 200;

/// Closing punctuation that should not start a line.
fn closes(c: char) -> bool {
    matches!(
        c,
        '》' | '」'
            | '』'
            | '”'
            | '’'
            | '）'
            | ')'
            | '，'
            | '。'
            | '、'
            | '；'
            | '：'
            | '！'
            | '？'
            | ','
            | '.'
            | ';'
            | ':'
    )
}

/// Whitespace and control characters collapsed to single spaces, trimmed.
fn one_line(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_whitespace() || c.is_control() {
            if !out.is_empty() && !out.ends_with(' ') {
                out.push(' ');
            }
        } else {
            out.push(c);
        }
    }
    out.truncate(out.trim_end().len());
    out
}

/// Cuts text at `max` characters, the last one an ellipsis.
fn cut(s: &str, max: usize) -> String {
    if s.chars().count() > max {
        let mut t: String = s.chars().take(max - 1).collect();
        t.truncate(t.trim_end().len());
        t.push('…');
        t
    } else {
        s.to_string()
    }
}

/// The label drawn for a name, as Graphviz shows it: white space collapsed,
/// cut at [`MAX_LABEL_CHARS`] with an ellipsis, wrapped into lines of at most
/// [`LINE_CHARS`] characters (at a space when there is one near the end of the
/// line; never before closing punctuation), joined by `\n`.
pub fn node_label(name: &str) -> String {
    let text: Vec<char> = cut(&one_line(name), MAX_LABEL_CHARS).chars().collect();
    let mut lines: Vec<String> = Vec::new();
    let mut rest: &[char] = &text;
    while rest.len() > LINE_CHARS {
        let space = rest[LINE_CHARS / 4..=LINE_CHARS]
            .iter()
            .rposition(|c| *c == ' ')
            .map(|p| p + LINE_CHARS / 4);
        let (line, next) = match space {
            Some(p) => (&rest[..p], &rest[p + 1..]),
            None => {
                let mut p = LINE_CHARS;
                while p < rest.len() && closes(rest[p]) {
                    p += 1;
                }
                rest.split_at(p)
            }
        };
        lines.push(line.iter().collect::<String>().trim().to_string());
        rest = next;
    }
    if !rest.is_empty() || lines.is_empty() {
        lines.push(rest.iter().collect::<String>().trim().to_string());
    }
    lines.join("\n")
}

/// Escapes text for a double-quoted DOT string: backslashes and quotes are
/// escaped, `&` becomes `&amp;` (Graphviz reads HTML entities in every label),
/// line breaks become `\n`, other control characters spaces.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '&' => out.push_str("&amp;"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// The stage each node is drawn in: its strongest in_stage edge (text before
/// lexicon, then weight, then the earlier stage).
fn stage_of(g: &GraphJson) -> HashMap<&str, Stage> {
    let mut best: HashMap<&str, (bool, u32, Reverse<Stage>)> = HashMap::new();
    let stage_by_id: HashMap<String, Stage> = Stage::ALL
        .iter()
        .map(|s| (format!("{}:{}", EntityType::Stage, s.id()), *s))
        .collect();
    for l in &g.links {
        if l.relation != Relation::InStage {
            continue;
        }
        let Some(&st) = stage_by_id.get(l.target.as_str()) else {
            continue;
        };
        let score = (l.origin == Origin::Text, l.weight, Reverse(st));
        let e = best.entry(l.source.as_str()).or_insert(score);
        if score > *e {
            *e = score;
        }
    }
    best.into_iter().map(|(k, v)| (k, v.2.0)).collect()
}

/// The stage a stage node stands for.
fn stage_node(n: &JsonNode) -> Option<Stage> {
    (n.kind == EntityType::Stage)
        .then(|| Stage::parse(&n.name))
        .flatten()
}

/// A writer that keeps the first error of the writer under it and swallows
/// the rest: dot-writer unwraps every write, so an error (a full disk) must not
/// reach it, and is returned once the DOT is written.
struct KeepError<'w> {
    inner: &'w mut dyn Write,
    error: Option<io::Error>,
}

impl Write for KeepError<'_> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if self.error.is_none()
            && let Err(e) = self.inner.write_all(buf)
        {
            self.error = Some(e);
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        match self.error.take() {
            Some(e) => Err(e),
            None => self.inner.flush(),
        }
    }
}

/// The DOT name of the node with index `i` in [`GraphJson::nodes`].
fn dot_id(i: usize) -> String {
    format!("n{i}")
}

/// Writes the graph as DOT, in memory ([`write()`] into a buffer).
pub fn to_dot(g: &GraphJson) -> String {
    let mut out = Vec::new();
    write(g, &mut out).expect("writing to memory cannot fail");
    String::from_utf8(out).expect("DOT is UTF-8")
}

/// Streams the graph as DOT to `w`.
pub fn write(g: &GraphJson, w: &mut dyn Write) -> io::Result<()> {
    // Node index by id (the last node of an id, should two share one); the DOT
    // names are made as they are written rather than held for every node.
    let ids: HashMap<&str, usize> = g
        .nodes
        .iter()
        .enumerate()
        .map(|(i, n)| (n.id.as_str(), i))
        .collect();
    let stages = stage_of(g);
    let mut stage_nodes: BTreeMap<Stage, usize> = BTreeMap::new();
    let mut members: BTreeMap<Stage, Vec<usize>> = BTreeMap::new();
    let mut loose: Vec<usize> = Vec::new();
    for (i, n) in g.nodes.iter().enumerate() {
        if let Some(s) = stage_node(n) {
            stage_nodes.insert(s, i);
        } else if let Some(s) = stages.get(n.id.as_str()) {
            members.entry(*s).or_default().push(i);
        } else {
            loose.push(i);
        }
    }
    let types: BTreeSet<EntityType> = g.nodes.iter().map(|n| n.kind).collect();

    let mut out = KeepError {
        inner: w,
        error: None,
    };
    // A spooled evidence sentence that cannot be read back ends the file with
    // that error rather than a tooltip made up in its place.
    let mut read_error: Option<io::Error> = None;
    {
        let mut w = DotWriter::from(&mut out);
        w.set_pretty_print(true);
        let mut graph = w.digraph();
        let title = format!(
            "锂电产业链知识图谱\n{} 个实体 · {} 条关系 · {} 篇文档",
            g.nodes.len(),
            g.links.len(),
            g.graph.documents.len()
        );
        graph
            .graph_attributes()
            .set("rankdir", "LR", false)
            .set("charset", "UTF-8", true)
            .set("fontname", FONT, true)
            .set("label", &escape(&title), true)
            .set("labelloc", "t", false)
            .set("fontsize", "18", false)
            .set("newrank", "true", false)
            .set("nodesep", "0.25", false)
            .set("ranksep", "0.7", false)
            .set("pad", "0.3", false)
            .set("bgcolor", "white", false);
        graph
            .node_attributes()
            .set("fontname", FONT, true)
            .set("style", "filled", false)
            .set("fontsize", "11", false)
            .set("margin", "0.1,0.04", true);
        graph
            .edge_attributes()
            .set("fontname", FONT, true)
            .set("fontsize", "9", false)
            .set("fontcolor", "#444444", true)
            .set("color", "#666666", true)
            .set("arrowsize", "0.7", false);

        // The chain: one cluster per stage, in chain order, its stage node and
        // members on one rank, so each stage is one column left to right.
        for st in Stage::ALL {
            let ms = members.get(&st).map_or(&[][..], Vec::as_slice);
            let sn = stage_nodes.get(&st).copied();
            if sn.is_none() && ms.is_empty() {
                continue;
            }
            let mut c = graph.cluster();
            c.set("label", "", true)
                .set("style", "rounded,filled", true)
                .set("fillcolor", "#fff8e6", true)
                .set("color", "#e0c070", true);
            let mut rank = c.subgraph();
            rank.set("rank", "same", false);
            if let Some(i) = sn {
                write_node(&mut rank, g, i, &ids, true);
            }
            for &i in ms {
                write_node(&mut rank, g, i, &ids, false);
            }
        }
        for &i in &loose {
            write_node(&mut graph, g, i, &ids, false);
        }
        // Heavy invisible edges keep the stages in chain order on one line,
        // also when a filter removed the upstream_of edges.
        let chain: Vec<usize> = stage_nodes
            .values()
            .map(|&i| ids[g.nodes[i].id.as_str()])
            .collect();
        for w2 in chain.windows(2) {
            graph
                .edge(dot_id(w2[0]), dot_id(w2[1]))
                .attributes()
                .set("style", "invis", false)
                .set("weight", "100", false);
        }
        for l in &g.links {
            let (Some(&a), Some(&b)) = (ids.get(l.source.as_str()), ids.get(l.target.as_str()))
            else {
                continue;
            };
            // Membership of the node's own stage is what its cluster shows.
            if l.relation == Relation::InStage
                && stages
                    .get(l.source.as_str())
                    .map(|s| format!("{}:{}", EntityType::Stage, s.id()))
                    .is_some_and(|s| l.target == s)
            {
                continue;
            }
            let e = graph.edge(dot_id(a), dot_id(b));
            let mut attrs = e.attributes();
            let label = if l.weight > 1 {
                format!("{} ×{}", l.label(), l.weight)
            } else {
                l.label().to_string()
            };
            attrs.set("label", &escape(&label), true);
            let tooltip = match l.evidence.first() {
                Some(ev) => match ev.sentence.get() {
                    Ok(text) => cut(&one_line(&text), MAX_TOOLTIP_CHARS),
                    Err(e) => {
                        read_error.get_or_insert(e);
                        break;
                    }
                },
                None => format!("{} ({})", l.label(), l.origin.as_str()),
            };
            attrs.set("tooltip", &escape(&tooltip), true);
            if l.relation == Relation::UpstreamOf {
                attrs
                    .set("penwidth", "3", false)
                    .set("color", "#d39e00", true)
                    .set("fontcolor", "#946c00", true)
                    .set("weight", "10", false);
            } else if l.origin == Origin::Lexicon {
                attrs
                    .set("style", "dashed", false)
                    .set("color", "#aaaaaa", true);
            }
            if l.relation.is_symmetric() {
                attrs.set("dir", "both", false);
            }
            if l.weight > 1 && l.relation != Relation::UpstreamOf {
                let pw = (1.0 + (l.weight as f64).ln()).min(5.0);
                attrs.set("penwidth", &format!("{pw:.1}"), false);
            }
        }
        write_legend(&mut graph, &types);
    }
    match read_error {
        Some(e) => Err(e),
        None => out.flush(),
    }
}

/// Columns of the legend's grid of type swatches.
const LEGEND_COLUMNS: usize = 4;

/// The legend: one swatch per type drawn, in a grid of [`LEGEND_COLUMNS`]
/// columns, then one row with the edge styles and the stage box.
fn write_legend(graph: &mut Scope, types: &BTreeSet<EntityType>) {
    let mut legend = graph.cluster();
    legend
        .set("label", "图例", true)
        .set("fontsize", "12", false)
        .set("style", "rounded", false)
        .set("color", "#999999", true);
    let types: Vec<EntityType> = types.iter().copied().collect();
    for (i, t) in types.iter().enumerate() {
        let (shape, fill) = style(*t);
        legend
            .node_named(format!("legend{i}"))
            .set(
                "label",
                &escape(&format!("{} {}", t.label(), t.as_str())),
                true,
            )
            .set("shape", shape, false)
            .set("fillcolor", fill, true)
            .set("fontsize", "10", false);
        if i % LEGEND_COLUMNS != 0 {
            legend
                .edge(format!("legend{}", i - 1), format!("legend{i}"))
                .attributes()
                .set("style", "invis", false);
        }
    }
    // One row: point → point → point → point, each edge in one style.
    let edges: [(&str, &str, &str, &str); 3] = [
        ("上游（产业链）", "solid", "#d39e00", "3"),
        ("文中所述的关系", "solid", "#666666", "1"),
        ("词典背景知识", "dashed", "#aaaaaa", "1"),
    ];
    for i in 0..=edges.len() {
        legend
            .node_named(format!("legend_p{i}"))
            .set("shape", "point", false)
            .set("width", "0.06", false)
            .set("group", "legend_edges", false)
            .set("color", "#999999", true)
            .set("label", "", true);
    }
    for (i, (label, style, color, width)) in edges.iter().enumerate() {
        legend
            .edge(format!("legend_p{i}"), format!("legend_p{}", i + 1))
            .attributes()
            .set("label", &escape(label), true)
            .set("style", style, false)
            .set("color", color, true)
            .set("penwidth", width, false)
            .set("fontsize", "10", false);
    }
    legend
        .node_named("legend_stage")
        .set(
            "label",
            &escape("底色框：产业链环节\n框内实体属于该环节"),
            true,
        )
        .set("shape", "box", false)
        .set("style", "rounded,filled", true)
        .set("fillcolor", "#fff8e6", true)
        .set("color", "#e0c070", true)
        .set("fontsize", "10", false);
    legend
        .edge(format!("legend_p{}", edges.len()), "legend_stage")
        .attributes()
        .set("style", "invis", false);
}

fn write_node(scope: &mut Scope, g: &GraphJson, i: usize, ids: &HashMap<&str, usize>, stage: bool) {
    let n = &g.nodes[i];
    let (shape, fill) = style(n.kind);
    let id = dot_id(ids[n.id.as_str()]);
    let mut tooltip = format!("{} · {}", n.id, n.kind.label());
    if !n.aliases.is_empty() {
        tooltip.push_str(&format!(" · 别名：{}", n.aliases.join("、")));
    }
    tooltip.push_str(&format!(" · 提及 {} 次", n.mentions));
    let mut node = scope.node_named(id);
    node.set("label", &escape(&node_label(&n.name)), true)
        .set("shape", shape, false)
        .set("fillcolor", fill, true)
        .set(
            "tooltip",
            &escape(&cut(&one_line(&tooltip), MAX_TOOLTIP_CHARS)),
            true,
        );
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
    fn escaping_neutralizes_quotes_backslashes_entities_and_newlines() {
        assert_eq!(escape(r#"a"b\c"#), r#"a\"b\\c"#);
        assert_eq!(escape("x\ny\r"), "x\\ny");
        assert_eq!(escape("{<script>}"), "{<script>}");
        assert_eq!(escape("A&amp;B"), "A&amp;amp;B");
        assert_eq!(escape("t\u{1}u"), "t u");
    }

    #[test]
    fn long_labels_are_cut_and_wrapped() {
        let long = "锂".repeat(100);
        let l = node_label(&long);
        assert_eq!(l.replace('\n', "").chars().count(), MAX_LABEL_CHARS);
        assert!(l.ends_with('…'));
        assert!(l.lines().all(|line| line.chars().count() <= LINE_CHARS));
        assert_eq!(node_label("科力远"), "科力远");
        assert_eq!(node_label(""), "");
    }

    #[test]
    fn labels_wrap_at_spaces_and_never_before_closing_punctuation() {
        assert_eq!(
            node_label("Contemporary Amperex Technology"),
            "Contemporary\nAmperex\nTechnology"
        );
        // 16 characters then 》: the bracket stays on the first line.
        let name = format!("《{}》", "锂".repeat(15));
        assert_eq!(node_label(&name), name);
        let name = format!("《{}》的决定", "锂".repeat(15));
        assert_eq!(
            node_label(&name),
            format!("《{}》\n的决定", "锂".repeat(15))
        );
    }

    #[test]
    fn labels_collapse_white_space_and_control_characters() {
        assert_eq!(node_label("  a \t\n b\u{1}c  "), "a b c");
    }

    #[test]
    fn every_string_of_a_hostile_graph_stays_inside_its_quotes() {
        let dot = to_dot(&crate::export::testutil::hostile());
        for line in dot.lines() {
            let unescaped_quotes = line
                .replace("\\\\", "")
                .replace("\\\"", "")
                .matches('"')
                .count();
            assert_eq!(unescaped_quotes % 2, 0, "{line}");
        }
        let g = crate::export::testutil::hostile();
        let evil = g.nodes.iter().find(|n| n.name.starts_with("A\"B")).unwrap();
        let label = escape(&node_label(&evil.name));
        assert!(label.starts_with(r#"A\"B\\C\n<script>"#), "{label}");
        assert!(label.contains("&amp;"), "{label}");
        assert!(dot.contains(&format!("label=\"{label}\"")));
    }

    #[test]
    fn stages_line_up_in_clusters_and_own_stage_edges_are_left_out() {
        let g = crate::export::testutil::hostile();
        let dot = to_dot(&g);
        assert!(dot.contains("subgraph cluster_"));
        assert!(dot.contains("rank=same"));
        // The company is in 锂矿's cluster: its in_stage edge is not drawn.
        assert!(!dot.contains("属于环节"));
        assert!(dot.contains("label=\"投资 ×4\""));
    }
}
