//! `lithkg export`, `lithkg render` and `build --format`: every format opened
//! by the program its users open it with (Graphviz `dot`, networkx, Python's
//! csv), on the sample's graph and on a graph of hostile names; and the filters
//! on the binary.
//!
//! Tests that need a tool say why they skip when it is missing, and fail
//! instead when LITHKG_REQUIRE_TOOLS=1 (see `common::have_tool`).

use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use lithkg::export::GraphJson;
use lithkg::export::dot::node_label;
use lithkg::export::neo4j::{NODE_HEADER, RELATIONSHIP_HEADER};
use predicates::prelude::*;
use serde_json::Value;

use super::common::{fixture, have_tool, lithkg, repo};

/// The graph of hostile names (quotes, backslashes, `<script>`, braces,
/// newlines, entities, control characters, a very long name, parallel edges).
fn hostile() -> PathBuf {
    fixture("exports/hostile.graph.json")
}

/// The sample corpus built once per run, in every format, under Cargo's
/// scratch directory for integration tests (not left behind in /tmp).
fn sample_dir() -> &'static Path {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("exports-sample");
        let _ = std::fs::remove_dir_all(&dir);
        lithkg()
            .args([
                "build",
                "-q",
                "--format",
                "json,dot,graphml,cytoscape,neo4j",
            ])
            .arg(repo("data/corpus"))
            .arg("--out")
            .arg(&dir)
            .assert()
            .success();
        dir
    })
}

fn sample() -> PathBuf {
    sample_dir().join("graph.json")
}

fn load(path: &Path) -> GraphJson {
    GraphJson::load(path).unwrap()
}

/// `lithkg export GRAPH --format F --out OUT [extra…]`, which must succeed.
fn export(graph: &Path, format: &str, out: &Path, extra: &[&str]) {
    lithkg()
        .arg("export")
        .arg(graph)
        .args(["--format", format, "-q", "--out"])
        .arg(out)
        .args(extra)
        .assert()
        .success();
}

fn have_dot() -> bool {
    have_tool("dot", &["-V"], "graphviz")
}

fn have_networkx() -> bool {
    have_tool("python3", &["-c", "import networkx"], "python3-networkx")
}

/// Runs the real `dot -Tsvg` on a DOT file; it must accept it.
fn dot_svg(dot: &Path) -> String {
    let out = Command::new("dot").arg("-Tsvg").arg(dot).output().unwrap();
    assert!(
        out.status.success(),
        "dot rejected {}: {}",
        dot.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// Undoes the XML escaping of SVG text (`&amp;`, `&#45;`, `&#160;` …).
fn xml_unescape(s: &str) -> String {
    let mut out = String::new();
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        let after = &rest[i + 1..];
        let end = after.find(';').expect("entity ends with ;");
        let name = &after[..end];
        let c = match name {
            "amp" => '&',
            "lt" => '<',
            "gt" => '>',
            "quot" => '"',
            "apos" => '\'',
            _ if name.starts_with("#x") => {
                char::from_u32(u32::from_str_radix(&name[2..], 16).unwrap()).unwrap()
            }
            _ if name.starts_with('#') => char::from_u32(name[1..].parse().unwrap()).unwrap(),
            _ => panic!("unknown entity &{name};"),
        };
        out.push(if c == '\u{a0}' { ' ' } else { c });
        rest = &after[end + 1..];
    }
    out.push_str(rest);
    out
}

/// A `<text>` of an SVG: its x and y coordinates and its text, unescaped.
struct SvgText {
    x: f64,
    y: f64,
    text: String,
}

/// Every `<text>` of an SVG.
fn svg_texts(svg: &str) -> Vec<SvgText> {
    let re =
        regex::Regex::new(r#"<text[^>]*\sx="([-0-9.]+)"\s+y="([-0-9.]+)"[^>]*>([^<]*)</text>"#)
            .unwrap();
    re.captures_iter(svg)
        .map(|c| SvgText {
            x: c[1].parse().unwrap(),
            y: c[2].parse().unwrap(),
            text: xml_unescape(&c[3]),
        })
        .collect()
}

/// Renders the DOT of `graph` with the real Graphviz and checks that every
/// node's label (each line of `node_label`) is drawn.
fn assert_dot_draws_every_label(graph: &Path) -> Vec<SvgText> {
    let dir = tempfile::tempdir().unwrap();
    let dot = dir.path().join("graph.dot");
    export(graph, "dot", &dot, &[]);
    let svg = dot_svg(&dot);
    let texts = svg_texts(&svg);
    let drawn: HashSet<&str> = texts.iter().map(|t| t.text.as_str()).collect();
    let g = load(graph);
    for n in &g.nodes {
        for line in node_label(&n.name).split('\n').filter(|l| !l.is_empty()) {
            assert!(
                drawn.contains(line),
                "{:?}: label line {line:?} is not in the SVG; drawn: {drawn:?}",
                n.id
            );
        }
    }
    texts
}

#[test]
fn build_writes_every_format() {
    let dir = sample_dir();
    for f in [
        "graph.json",
        "graph.dot",
        "graph.graphml",
        "graph.cyjs",
        "neo4j/nodes.csv",
        "neo4j/relationships.csv",
        "neo4j/load.cypher",
    ] {
        let meta = std::fs::metadata(dir.join(f)).unwrap_or_else(|e| panic!("{f}: {e}"));
        assert!(meta.len() > 0, "{f} is empty");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            assert_ne!(
                meta.permissions().mode() & 0o044,
                0,
                "{f} is readable by its owner only"
            );
        }
    }
}

#[test]
fn unknown_format_is_an_error_listing_the_formats() {
    let dir = tempfile::tempdir().unwrap();
    lithkg()
        .arg("export")
        .arg(sample())
        .args(["--format", "gexf", "--out"])
        .arg(dir.path().join("g"))
        .assert()
        .failure()
        .stderr(predicate::str::contains(
            "json, dot, graphml, cytoscape, neo4j",
        ));
}

#[test]
fn export_into_a_directory_writes_the_format_file_name() {
    let dir = tempfile::tempdir().unwrap();
    export(&sample(), "graphml", dir.path(), &[]);
    assert!(dir.path().join("graph.graphml").is_file());
    // neo4j writes a directory and refuses to replace a file with one.
    let file = dir.path().join("graph.graphml");
    lithkg()
        .arg("export")
        .arg(sample())
        .args(["--format", "neo4j", "--out"])
        .arg(&file)
        .assert()
        .failure()
        .stderr(predicate::str::contains("writes a directory"));
}

#[test]
fn dot_of_the_sample_renders_in_graphviz_with_every_label_and_the_chain_left_to_right() {
    if !have_dot() {
        return;
    }
    let texts = assert_dot_draws_every_label(&sample());
    let stages: Vec<&SvgText> = ["锂矿", "材料", "电池", "终端", "回收"]
        .iter()
        .map(|s| {
            texts
                .iter()
                .find(|t| t.text == *s)
                .unwrap_or_else(|| panic!("stage {s} not drawn"))
        })
        .collect();
    let xs: Vec<f64> = stages.iter().map(|t| t.x).collect();
    assert!(
        xs.windows(2).all(|w| w[0] < w[1]),
        "stages not left to right: {xs:?}"
    );
    let ys: Vec<f64> = stages.iter().map(|t| t.y).collect();
    assert!(
        ys.iter().all(|y| (y - ys[0]).abs() < 1.0),
        "stages not on one line: {ys:?}"
    );
    // The Chinese relation labels are on the edges, and the legend is drawn.
    let drawn: HashSet<&str> = texts.iter().map(|t| t.text.as_str()).collect();
    for t in ["上游", "位于 ×2", "图例", "企业 company"] {
        assert!(drawn.contains(t), "{t} not drawn");
    }
}

#[test]
fn dot_of_hostile_names_renders_in_graphviz_with_every_label() {
    if !have_dot() {
        return;
    }
    assert_dot_draws_every_label(&hostile());
    // Text is never markup: no injected element reaches the SVG.
    let dir = tempfile::tempdir().unwrap();
    let dot = dir.path().join("h.dot");
    export(&hostile(), "dot", &dot, &[]);
    let svg = dot_svg(&dot);
    assert!(!svg.contains("<script"), "a name injected markup");
    assert!(!svg.contains("<b>"), "a name injected markup");
}

#[test]
fn render_writes_svg_png_and_pdf_from_json_and_dot() {
    if !have_dot() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    for (name, magic) in [
        ("g.svg", &b"<?xml"[..]),
        ("g.png", &b"\x89PNG"[..]),
        ("g.pdf", &b"%PDF"[..]),
    ] {
        let out = dir.path().join(name);
        // The format comes from the extension of --out.
        lithkg()
            .arg("render")
            .arg(hostile())
            .arg("--out")
            .arg(&out)
            .assert()
            .success();
        let bytes = std::fs::read(&out).unwrap();
        assert!(bytes.starts_with(magic), "{name} is not the right format");
    }
    let out = dir.path().join("from-dot.svg");
    lithkg()
        .arg("render")
        .arg(sample_dir().join("graph.dot"))
        .args(["--format", "svg", "--out"])
        .arg(&out)
        .assert()
        .success();
    assert!(std::fs::read_to_string(&out).unwrap().contains("</svg>"));
    // Filters apply to a graph.json, and are refused for a DOT file.
    let out = dir.path().join("around.svg");
    lithkg()
        .arg("render")
        .arg(sample())
        .args(["--around", "郴州市", "--out"])
        .arg(&out)
        .assert()
        .success();
    lithkg()
        .arg("render")
        .arg(sample_dir().join("graph.dot"))
        .args(["--max-nodes", "3", "--out"])
        .arg(&out)
        .assert()
        .failure()
        .stderr(predicate::str::contains("filters need a graph.json"));
}

#[test]
fn render_says_in_one_line_which_package_to_install_when_graphviz_is_missing() {
    let empty = tempfile::tempdir().unwrap();
    let out = empty.path().join("g.svg");
    let assert = lithkg()
        .env("PATH", empty.path())
        .arg("render")
        .arg(sample())
        .arg("--out")
        .arg(&out)
        .assert()
        .failure();
    let stderr = String::from_utf8(assert.get_output().stderr.clone()).unwrap();
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(
        stderr.contains("Graphviz") && stderr.contains("graphviz"),
        "{stderr}"
    );
    assert!(!out.exists());
}

/// Runs tests/fixtures/exports/read_exports.py.
fn python_read(kind: &str, path: &Path) -> Value {
    let out = Command::new("python3")
        .arg(fixture("exports/read_exports.py"))
        .arg(kind)
        .arg(path)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "python could not read {}: {}",
        path.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

fn json<T: serde::Serialize>(v: &T) -> Value {
    serde_json::to_value(v).unwrap()
}

/// networkx's node-link reading equals lithkg's graph, attribute for attribute.
fn assert_node_link_matches(graph: &Path) {
    let g = load(graph);
    let nx = python_read("node-link", graph);
    assert_eq!(nx["class"], "MultiDiGraph");
    let nodes = nx["nodes"].as_object().unwrap();
    assert_eq!(nodes.len(), g.nodes.len());
    for n in &g.nodes {
        let d = &nodes[n.id.as_str()];
        assert_eq!(d["name"], n.name.as_str());
        assert_eq!(d["type"], n.kind.as_str());
        assert_eq!(d["aliases"], json(&n.aliases));
        assert_eq!(d["mentions"], n.mentions);
        assert_eq!(d["documents"], json(&n.documents));
        assert_eq!(d["facts"], json(&n.facts));
    }
    let edges = nx["edges"].as_array().unwrap();
    assert_eq!(edges.len(), g.links.len());
    let by_key: BTreeMap<(String, String, u64), &Value> = edges
        .iter()
        .map(|e| {
            let k = (
                e[0].as_str().unwrap().to_string(),
                e[1].as_str().unwrap().to_string(),
                e[2].as_u64().unwrap(),
            );
            (k, &e[3])
        })
        .collect();
    for l in &g.links {
        let d = by_key[&(l.source.to_string(), l.target.to_string(), l.key as u64)];
        assert_eq!(d["relation"], l.relation.as_str());
        assert_eq!(d["label"], l.label());
        assert_eq!(d["origin"], l.origin.as_str());
        assert_eq!(d["weight"], l.weight);
        assert_eq!(d["evidence"], json(&l.evidence));
    }
}

#[test]
fn json_loads_in_networkx_as_the_same_multigraph() {
    if !have_networkx() {
        return;
    }
    assert_node_link_matches(&sample());
    assert_node_link_matches(&hostile());
}

/// Text as XML 1.0 can carry it: control characters other than tab and line
/// breaks, U+FFFE and U+FFFF are replaced by U+FFFD (graphml.rs documents it).
fn xml_safe(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '\t' | '\n' | '\r' => c,
            c if (c as u32) < 0x20 => '\u{FFFD}',
            '\u{FFFE}' | '\u{FFFF}' => '\u{FFFD}',
            c => c,
        })
        .collect()
}

/// networkx's GraphML reading equals lithkg's graph, attribute for attribute
/// (names with characters XML cannot carry read back with U+FFFD).
fn assert_graphml_matches(graph: &Path) {
    let g = load(graph);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("graph.graphml");
    export(graph, "graphml", &path, &[]);
    let nx = python_read("graphml", &path);
    assert_eq!(nx["class"], "MultiDiGraph");
    assert_eq!(nx["directed"], true);
    let parallel = g
        .links
        .iter()
        .map(|l| (&l.source, &l.target))
        .collect::<HashSet<_>>()
        .len()
        < g.links.len();
    // Without force_multigraph, networkx detects a multigraph by its parallel edges.
    let plain = if parallel { "MultiDiGraph" } else { "DiGraph" };
    assert_eq!(nx["class_without_force"], plain);
    let nodes = nx["nodes"].as_object().unwrap();
    assert_eq!(nodes.len(), g.nodes.len());
    let list = |v: &Value| -> Value { serde_json::from_str(v.as_str().unwrap()).unwrap() };
    for n in &g.nodes {
        let id = xml_safe(&n.id);
        let d = nodes
            .get(&id)
            .unwrap_or_else(|| panic!("{id:?} not read back"));
        assert_eq!(d["id"], id.as_str());
        assert_eq!(d["name"], xml_safe(&n.name).as_str());
        assert_eq!(d["label"], xml_safe(&n.name).as_str());
        assert_eq!(d["type"], n.kind.as_str());
        assert_eq!(d["mentions"], n.mentions);
        assert_eq!(list(&d["aliases"]), json(&n.aliases));
        assert_eq!(list(&d["documents"]), json(&n.documents));
        assert_eq!(list(&d["facts"]), json(&n.facts));
    }
    let edges = nx["edges"].as_array().unwrap();
    assert_eq!(edges.len(), g.links.len());
    let by_id: BTreeMap<&str, &Value> = edges.iter().map(|e| (e[2].as_str().unwrap(), e)).collect();
    for (i, l) in g.links.iter().enumerate() {
        let e = by_id[format!("e{i}").as_str()];
        assert_eq!(e[0], xml_safe(&l.source).as_str());
        assert_eq!(e[1], xml_safe(&l.target).as_str());
        let d = &e[3];
        assert_eq!(d["relation"], l.relation.as_str());
        assert_eq!(d["label"], l.label());
        assert_eq!(d["origin"], l.origin.as_str());
        assert_eq!(d["weight"], l.weight);
        assert_eq!(d["key"], l.key);
        assert_eq!(list(&d["evidence"]), json(&l.evidence));
    }
}

#[test]
fn graphml_loads_in_networkx_with_the_same_nodes_edges_and_attributes() {
    if !have_networkx() {
        return;
    }
    assert_graphml_matches(&sample());
    assert_graphml_matches(&hostile());
}

#[test]
fn cytoscape_json_has_the_elements_shape() {
    for graph in [sample(), hostile()] {
        let g = load(&graph);
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("graph.cyjs");
        export(&graph, "cytoscape", &path, &[]);
        let v: Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
        let nodes = v["elements"]["nodes"].as_array().unwrap();
        let edges = v["elements"]["edges"].as_array().unwrap();
        assert_eq!(nodes.len(), g.nodes.len());
        assert_eq!(edges.len(), g.links.len());
        for (e, n) in nodes.iter().zip(&g.nodes) {
            assert_eq!(e["data"]["id"], n.id.as_str());
            assert_eq!(e["data"]["name"], n.name.as_str());
            assert_eq!(e["data"]["type"], n.kind.as_str());
            assert_eq!(e["data"]["aliases"], json(&n.aliases));
        }
        let node_ids: HashSet<&str> = nodes
            .iter()
            .map(|e| e["data"]["id"].as_str().unwrap())
            .collect();
        let mut ids = node_ids.clone();
        for (e, l) in edges.iter().zip(&g.links) {
            let d = &e["data"];
            assert!(ids.insert(d["id"].as_str().unwrap()), "duplicate id");
            assert!(node_ids.contains(d["source"].as_str().unwrap()));
            assert!(node_ids.contains(d["target"].as_str().unwrap()));
            assert_eq!(d["source"], l.source.as_str());
            assert_eq!(d["target"], l.target.as_str());
            assert_eq!(d["relation"], l.relation.as_str());
            assert_eq!(d["label"], l.label());
            assert_eq!(d["weight"], l.weight);
        }
    }
}

/// RFC 4180 records: fields split on commas outside quotes, `""` inside.
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') => {
                assert!(field.is_empty(), "quote inside an unquoted field");
                quoted = true;
            }
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\n') => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, '\r') => panic!("bare CR outside quotes"),
            (false, c) => field.push(c),
        }
    }
    assert!(!quoted, "unterminated quote");
    assert!(field.is_empty() && row.is_empty(), "no final newline");
    rows
}

fn assert_neo4j_matches(graph: &Path) {
    let g = load(graph);
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("neo4j");
    export(graph, "neo4j", &out, &[]);
    let nodes_text = std::fs::read_to_string(out.join("nodes.csv")).unwrap();
    let rels_text = std::fs::read_to_string(out.join("relationships.csv")).unwrap();
    assert!(
        std::fs::read_to_string(out.join("load.cypher"))
            .unwrap()
            .contains("LOAD CSV")
    );
    let mut nodes = parse_csv(&nodes_text);
    let mut rels = parse_csv(&rels_text);
    if have_tool("python3", &["--version"], "python3") {
        // Python's csv module reads exactly the same records.
        assert_eq!(json(&nodes), python_read("csv", &out.join("nodes.csv")));
        assert_eq!(
            json(&rels),
            python_read("csv", &out.join("relationships.csv"))
        );
    }
    assert_eq!(nodes.remove(0), NODE_HEADER);
    assert_eq!(rels.remove(0), RELATIONSHIP_HEADER);
    assert_eq!(
        NODE_HEADER[..3],
        ["id:ID", "name", ":LABEL"],
        "the columns neo4j-admin needs"
    );
    assert_eq!(RELATIONSHIP_HEADER[..3], [":START_ID", ":END_ID", ":TYPE"]);
    assert_eq!(nodes.len(), g.nodes.len());
    assert_eq!(rels.len(), g.links.len());
    for (row, n) in nodes.iter().zip(&g.nodes) {
        assert_eq!(row.len(), NODE_HEADER.len());
        assert_eq!(row[0], n.id);
        assert_eq!(row[1], n.name);
        let label = &row[2];
        assert!(
            label.starts_with(|c: char| c.is_ascii_uppercase())
                && label.to_lowercase() == n.kind.as_str(),
            "{label}"
        );
        assert_eq!(row[5], n.mentions.to_string());
        let aliases: Vec<String> = n.aliases.iter().map(|a| a.replace(';', "；")).collect();
        let read: Vec<String> = if row[4].is_empty() {
            vec![]
        } else {
            row[4].split(';').map(String::from).collect()
        };
        assert_eq!(read, aliases);
    }
    let ids: HashSet<&str> = nodes.iter().map(|r| r[0].as_str()).collect();
    for (row, l) in rels.iter().zip(&g.links) {
        assert_eq!(row.len(), RELATIONSHIP_HEADER.len());
        assert!(
            ids.contains(row[0].as_str()),
            "{:?} not in nodes.csv",
            row[0]
        );
        assert!(
            ids.contains(row[1].as_str()),
            "{:?} not in nodes.csv",
            row[1]
        );
        assert_eq!(row[2], l.relation.as_str().to_uppercase());
        assert_eq!(row[6], l.weight.to_string());
    }
}

#[test]
fn neo4j_csv_has_the_import_headers_and_every_endpoint() {
    assert_neo4j_matches(&sample());
    assert_neo4j_matches(&hostile());
}

/// The filtered graph.json of the sample.
fn filtered(args: &[&str]) -> GraphJson {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("f.json");
    export(&sample(), "json", &out, args);
    let g = load(&out);
    let ids: HashSet<&str> = g.nodes.iter().map(|n| n.id.as_str()).collect();
    for l in &g.links {
        assert!(ids.contains(l.source.as_str()) && ids.contains(l.target.as_str()));
    }
    g
}

fn degree(g: &GraphJson, id: &str) -> usize {
    g.links
        .iter()
        .filter(|l| l.source == id || l.target == id)
        .count()
}

#[test]
fn filter_max_nodes_keeps_the_most_connected_and_the_stages() {
    let full = load(&sample());
    let g = filtered(&["--max-nodes", "10"]);
    assert_eq!(g.nodes.len(), 10);
    let stages = g
        .nodes
        .iter()
        .filter(|n| n.kind.as_str() == "stage")
        .count();
    assert_eq!(stages, 5);
    assert!(
        g.nodes.iter().any(|n| n.id == "region:郴州市"),
        "the hub is kept"
    );
    // Every kept non-stage node is at least as connected as every dropped one.
    let kept: HashSet<&str> = g.nodes.iter().map(|n| n.id.as_str()).collect();
    let min_kept = g
        .nodes
        .iter()
        .filter(|n| n.kind.as_str() != "stage")
        .map(|n| degree(&full, &n.id))
        .min()
        .unwrap();
    let max_dropped = full
        .nodes
        .iter()
        .filter(|n| !kept.contains(n.id.as_str()))
        .map(|n| degree(&full, &n.id))
        .max()
        .unwrap();
    assert!(min_kept >= max_dropped, "{min_kept} < {max_dropped}");
}

#[test]
fn filter_around_keeps_the_neighbourhood_of_an_id_name_or_alias() {
    let full = load(&sample());
    let one = filtered(&["--around", "郴州市", "--depth", "1"]);
    let by_alias = filtered(&["--around", "郴州"]);
    assert_eq!(one, by_alias, "depth 1 is the default; 郴州 is an alias");
    let expected: HashSet<&str> = full
        .links
        .iter()
        .filter_map(|l| {
            if l.source == "region:郴州市" {
                Some(l.target.as_str())
            } else if l.target == "region:郴州市" {
                Some(l.source.as_str())
            } else {
                None
            }
        })
        .chain(["region:郴州市"])
        .collect();
    let got: HashSet<&str> = one.nodes.iter().map(|n| n.id.as_str()).collect();
    assert_eq!(got, expected);
    let two = filtered(&["--around", "region:郴州市", "--depth", "2"]);
    assert!(two.nodes.len() > one.nodes.len());
    let zero = filtered(&["--around", "郴州市", "--depth", "0"]);
    assert_eq!(zero.nodes.len(), 1);
    assert!(zero.links.is_empty());
}

#[test]
fn filter_around_an_unknown_name_is_an_error_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("f.json");
    lithkg()
        .arg("export")
        .arg(sample())
        .args(["--format", "json", "--around", "不存在的公司", "--out"])
        .arg(&out)
        .assert()
        .failure()
        .stderr(predicate::str::contains("--around 不存在的公司"));
    assert!(!out.exists());
}

#[test]
fn filter_types_stages_and_min_weight() {
    let g = filtered(&["--types", "company,region"]);
    assert!(!g.nodes.is_empty());
    assert!(
        g.nodes
            .iter()
            .all(|n| matches!(n.kind.as_str(), "company" | "region"))
    );
    assert_eq!(
        filtered(&["--types", "企业,地区"]),
        g,
        "Chinese type labels work too"
    );

    let g = filtered(&["--stages", "电池"]);
    assert!(g.nodes.iter().any(|n| n.id == "stage:电池"));
    assert!(g.nodes.iter().any(|n| n.id == "product:锂电池"));
    assert!(!g.nodes.iter().any(|n| n.id == "region:郴州市"));

    let g = filtered(&["--min-weight", "2"]);
    assert_eq!(g.nodes.len(), load(&sample()).nodes.len());
    assert!(!g.links.is_empty() && g.links.iter().all(|l| l.weight >= 2));

    lithkg()
        .arg("export")
        .arg(sample())
        .args(["--format", "json", "--types", "factory", "--out", "x.json"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("--types factory: unknown type"));
}

#[test]
fn the_cjk_font_the_dot_names_is_installed() {
    if !have_tool("fc-list", &["--version"], "fontconfig") {
        return;
    }
    let families: Vec<&str> = lithkg::export::dot::FONT
        .split(',')
        .filter(|f| *f != "sans-serif")
        .collect();
    let installed = families.iter().any(|f| {
        Command::new("fc-list")
            .arg(f)
            .output()
            .is_ok_and(|o| !o.stdout.is_empty())
    });
    if !installed {
        assert!(
            !super::common::require_tools(),
            "none of {families:?} is installed; install fonts-noto-cjk"
        );
        eprintln!("skipping: no CJK font of {families:?} installed (install fonts-noto-cjk)");
    }
}
