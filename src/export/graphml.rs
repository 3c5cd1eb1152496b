//! graph.graphml: GraphML for networkx, Gephi, yEd and Cytoscape desktop.
//!
//! Every node and edge attribute has a `<key>` with its `attr.name` and
//! `attr.type`; lists and objects (aliases, documents, facts, evidence) are
//! JSON strings, numbers are `int`. Node ids are the graph.json ids
//! (`company:科力远`); edge ids are `e0`, `e1`, … in link order, and the
//! networkx multigraph key is the `key` attribute.
//!
//! Read it with `networkx.read_graphml(path, force_multigraph=True)`: without
//! that flag networkx returns a DiGraph when no two edges share endpoints.
//! Gephi takes the node `label` key as the node label, and the edge `label`
//! and `weight` keys as edge label and weight. Key ids are spelled out
//! (`node_name`, not `d1`), because Gephi reads the key ids `d3` and `d7` as
//! yEd labels.
//!
//! Text is escaped for XML, and characters XML 1.0 cannot carry at all
//! (control characters other than tab and line breaks, U+FFFE, U+FFFF) become
//! U+FFFD, so no name can make the file unreadable.
//!
//! The file streams to a writer node by node and edge by edge; [`to_graphml`]
//! is the same writer aimed at memory.

use std::io::{self, Write};

use super::GraphJson;

/// The GraphML namespace.
pub const NAMESPACE: &str = "http://graphml.graphdrawing.org/xmlns";

/// A declared attribute: key id, `for`, `attr.name`, `attr.type`.
struct Key {
    id: &'static str,
    domain: &'static str,
    name: &'static str,
    kind: &'static str,
}

const KEYS: &[Key] = &[
    key("node_id", "node", "id", "string"),
    key("node_label", "node", "label", "string"),
    key("node_name", "node", "name", "string"),
    key("node_type", "node", "type", "string"),
    key("node_aliases", "node", "aliases", "string"),
    key("node_mentions", "node", "mentions", "int"),
    key("node_documents", "node", "documents", "string"),
    key("node_facts", "node", "facts", "string"),
    key("edge_relation", "edge", "relation", "string"),
    key("edge_label", "edge", "label", "string"),
    key("edge_origin", "edge", "origin", "string"),
    key("edge_weight", "edge", "weight", "int"),
    key("edge_key", "edge", "key", "int"),
    key("edge_evidence", "edge", "evidence", "string"),
];

const fn key(
    id: &'static str,
    domain: &'static str,
    name: &'static str,
    kind: &'static str,
) -> Key {
    Key {
        id,
        domain,
        name,
        kind,
    }
}

/// True for the characters XML 1.0 allows in a document.
fn xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

/// Escapes text for element content.
pub fn escape_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            // A bare CR would be read back as LF.
            '\r' => out.push_str("&#13;"),
            c if !xml_char(c) => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

/// Escapes text for a double-quoted attribute value; line breaks and tabs
/// become character references, which parsers keep (raw ones become spaces).
pub fn escape_attr(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\n' => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            '\t' => out.push_str("&#9;"),
            c if !xml_char(c) => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

fn data(w: &mut dyn Write, key: &str, value: &str) -> io::Result<()> {
    // An empty <data> element reads back as no attribute at all (networkx).
    if value.is_empty() {
        return Ok(());
    }
    writeln!(w, "      <data key=\"{key}\">{}</data>", escape_text(value))
}

fn json<T: serde::Serialize + ?Sized>(v: &T) -> String {
    serde_json::to_string(v).expect("attribute serializes")
}

/// Writes the graph as GraphML, in memory ([`write()`] into a buffer).
pub fn to_graphml(g: &GraphJson) -> String {
    let mut out = Vec::new();
    write(g, &mut out).expect("writing to memory cannot fail");
    String::from_utf8(out).expect("GraphML is UTF-8")
}

/// Streams the graph as GraphML to `w`.
pub fn write(g: &GraphJson, w: &mut dyn Write) -> io::Result<()> {
    w.write_all(b"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")?;
    writeln!(
        w,
        "<!-- {}: the lithium-battery industry-chain graph. networkx: read_graphml(path, force_multigraph=True) -->",
        escape_text(&g.graph.generator).replace("--", "- -")
    )?;
    writeln!(
        w,
        "<graphml xmlns=\"{NAMESPACE}\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"{NAMESPACE} {NAMESPACE}/1.0/graphml.xsd\">"
    )?;
    for k in KEYS {
        writeln!(
            w,
            "  <key id=\"{}\" for=\"{}\" attr.name=\"{}\" attr.type=\"{}\"/>",
            k.id, k.domain, k.name, k.kind
        )?;
    }
    w.write_all(b"  <graph id=\"G\" edgedefault=\"directed\">\n")?;
    writeln!(
        w,
        "    <desc>锂电产业链知识图谱: {} nodes, {} edges from {} document(s); {}</desc>",
        g.nodes.len(),
        g.links.len(),
        g.graph.documents.len(),
        escape_text(&g.graph.generator)
    )?;
    for n in &g.nodes {
        writeln!(w, "    <node id=\"{}\">", escape_attr(&n.id))?;
        data(w, "node_id", &n.id)?;
        data(w, "node_label", &n.name)?;
        data(w, "node_name", &n.name)?;
        data(w, "node_type", n.kind.as_str())?;
        data(w, "node_aliases", &json(&n.aliases))?;
        data(w, "node_mentions", &n.mentions.to_string())?;
        data(w, "node_documents", &json(&n.documents))?;
        data(w, "node_facts", &json(&n.facts))?;
        w.write_all(b"    </node>\n")?;
    }
    for (i, l) in g.links.iter().enumerate() {
        writeln!(
            w,
            "    <edge id=\"e{i}\" source=\"{}\" target=\"{}\">",
            escape_attr(&l.source),
            escape_attr(&l.target)
        )?;
        data(w, "edge_relation", l.relation.as_str())?;
        data(w, "edge_label", l.label())?;
        data(w, "edge_origin", l.origin.as_str())?;
        data(w, "edge_weight", &l.weight.to_string())?;
        data(w, "edge_key", &l.key.to_string())?;
        data(w, "edge_evidence", &json(&l.evidence))?;
        w.write_all(b"    </edge>\n")?;
    }
    w.write_all(b"  </graph>\n</graphml>\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_escaping_keeps_markup_out() {
        assert_eq!(
            escape_text("<script>&amp;</script>"),
            "&lt;script&gt;&amp;amp;&lt;/script&gt;"
        );
        assert_eq!(escape_text("a]]>b"), "a]]&gt;b");
        assert_eq!(escape_text("a\r\nb\tc"), "a&#13;\nb\tc");
    }

    #[test]
    fn attribute_escaping_keeps_quotes_and_line_breaks() {
        assert_eq!(escape_attr("a\"b'c"), "a&quot;b'c");
        assert_eq!(escape_attr("x\ny\tz"), "x&#10;y&#9;z");
    }

    #[test]
    fn characters_xml_cannot_carry_are_replaced() {
        assert_eq!(
            escape_text("a\u{0}b\u{1b}c\u{FFFF}"),
            "a\u{FFFD}b\u{FFFD}c\u{FFFD}"
        );
        assert_eq!(escape_attr("\u{8}"), "\u{FFFD}");
        assert_eq!(escape_text("锂\u{10348}"), "锂\u{10348}");
    }

    #[test]
    fn every_data_key_is_declared_and_every_value_escaped() {
        let g = crate::export::testutil::hostile();
        let xml = to_graphml(&g);
        let declared: Vec<&str> = KEYS.iter().map(|k| k.id).collect();
        for part in xml.split("<data key=\"").skip(1) {
            let id = part.split('"').next().unwrap();
            assert!(declared.contains(&id), "{id} is not declared");
        }
        assert!(!xml.contains("<script>"));
        assert!(xml.contains("&lt;script&gt;"));
        assert_eq!(xml.matches("<node ").count(), g.nodes.len());
        assert_eq!(xml.matches("<edge ").count(), g.links.len());
        // The id attribute keeps the line break as a character reference.
        assert!(xml.contains("z,&#10;next&#9;line\">"));
    }
}
