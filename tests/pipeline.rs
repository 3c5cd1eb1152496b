//! Library-level tests of the whole pipeline: property tests that no text panics
//! any stage, and golden snapshots of a readable rendering of what the pipeline
//! finds in fixture articles.

use std::fmt::Write;
use std::path::Path;
use std::sync::LazyLock;

use lithkg::export::{self, GraphJson};
use lithkg::graph::KnowledgeGraph;
use lithkg::lexicon::Lexicon;
use lithkg::pipeline::{self, Analysis};
use lithkg::read;
use proptest::prelude::*;

static LEX: LazyLock<Lexicon> = LazyLock::new(|| Lexicon::builtin().expect("built-in lexicon"));

/// Runs the pipeline on a string as if it had been read, whatever it holds
/// (control characters included: the reader would refuse some, the stages must not panic).
fn analyze_text(text: &str) -> Analysis {
    let doc = read::Document {
        id: "p".to_string(),
        path: "p.txt".to_string(),
        text: text.to_string(),
        sha256: read::sha256_hex(text.as_bytes()),
        bytes: text.len(),
        encoding: "UTF-8",
        format: read::Format::Text,
    };
    pipeline::analyze(&doc, &LEX)
}

/// The whole pipeline on one text, through every export.
fn run_everything(text: &str) {
    let a = analyze_text(text);
    // Offsets stay inside the cleaned text and on sentence boundaries.
    let chars = a.clean.text.chars().count();
    for s in &a.sentences {
        assert!(s.start < s.end && s.end <= chars);
    }
    // The text as written is the folded text, character for character.
    let written = a.clean.written();
    assert_eq!(written.chars().count(), chars);
    assert_eq!(lithkg::clean::normalize_width(&written).0, a.clean.text);
    for i in 0..a.sentences.len() {
        let ev = a.evidence(i);
        assert_eq!(
            ev.sentence.get().unwrap().chars().count() as u32,
            ev.end - ev.start
        );
    }
    if a.sentences.is_empty() {
        assert!(a.recognition.mentions.is_empty());
    }
    for m in &a.recognition.mentions {
        assert!(m.start < m.end && m.end <= chars);
        assert_eq!(&a.clean.text[m.byte_start..m.byte_end], m.text);
    }
    let mut g = KnowledgeGraph::new(5);
    g.merge(a.to_doc_graph(&LEX));
    g.finish();
    let json = GraphJson::from_graph(&g);
    for f in export::Format::ALL {
        let _ = f.render(&json);
    }
}

/// Text made of the pieces that trip extractors: names, heads, titles, figures,
/// brackets, quotes, pinyin, mixed scripts and stray punctuation.
fn messy_text() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "郴州",
        "湖南省",
        "临武县",
        "宁德时代",
        "有限公司",
        "股份",
        "研究院",
        "大学",
        "产业园",
        "大会",
        "董事长",
        "教授",
        "记者",
        "说",
        "与",
        "和",
        "、",
        "等",
        "共建",
        "投资",
        "旗下",
        "由",
        "主办",
        "出席",
        "《",
        "》",
        "“",
        "”",
        "(",
        ")",
        "(bàodào)",
        "▲",
        "/摄",
        "502",
        "亿元",
        "%",
        "同比增长",
        "2023年",
        "1-4月",
        "有望",
        "。",
        ",",
        ";",
        "\n",
        " ",
        "锂矿—材料—电池—终端—回收",
        "碳酸锂",
        "固态电池",
        "以下简称",
        "abc",
        "Ω",
        "\u{FFFD}",
        "\t",
        "。。。",
        "——",
        "...",
        "第3届",
        "，",
        "：",
        "５０２",
        "ＣＡＴＬ",
        "（",
        "）",
        "（ｂàｏ）",
        "\u{3000}",
    ]);
    prop::collection::vec(
        prop_oneof![
            3 => pieces.prop_map(str::to_string),
            1 => any::<char>().prop_map(|c| c.to_string()),
        ],
        0..80,
    )
    .prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn no_messy_text_panics_any_stage(text in messy_text()) {
        run_everything(&text);
    }

    #[test]
    fn no_arbitrary_string_panics_any_stage(text in "\\PC{0,200}") {
        run_everything(&text);
    }

    #[test]
    fn no_bytes_panic_the_reader(bytes in prop::collection::vec(any::<u8>(), 0..300)) {
        let _ = read::decode("b", Path::new("b.txt"), &bytes, None);
        let _ = read::decode("b", Path::new("b.html"), &bytes, Some(true));
    }
}

/// Regression: a very long line without punctuation is split and still analyzed.
#[test]
fn very_long_line_without_punctuation() {
    run_everything(&"锂电有限公司宁德时代与郴州".repeat(2000));
}

/// Regression: unmatched brackets and quotes at the ends of the text.
#[test]
fn unmatched_brackets() {
    for t in [
        "《关于",
        "》决定《",
        "“锂十条",
        "(以下简称“",
        "湖南(",
        "董事长",
        "教授、",
    ] {
        run_everything(t);
    }
}

/// A readable rendering of what the pipeline found, for snapshots.
fn render(a: &Analysis) -> String {
    let mut out = String::new();
    let ents = &a.resolved.entities;
    writeln!(out, "## entities").unwrap();
    let mut lines: Vec<String> = ents
        .iter()
        .filter(|e| e.mentions > 0)
        .map(|e| {
            let aliases: Vec<&str> = e.aliases.iter().map(String::as_str).collect();
            format!("{} ×{} [{}]", e.id(), e.mentions, aliases.join(", "))
        })
        .collect();
    lines.sort();
    for l in lines {
        writeln!(out, "{l}").unwrap();
    }
    writeln!(out, "## relations").unwrap();
    let mut lines: Vec<String> = a
        .extraction
        .relations
        .iter()
        .map(|c| {
            format!(
                "{} -[{}]-> {} ({})",
                ents[c.head].id(),
                c.relation,
                ents[c.tail].id(),
                c.origin.as_str()
            )
        })
        .collect();
    lines.sort();
    lines.dedup();
    for l in lines {
        writeln!(out, "{l}").unwrap();
    }
    writeln!(out, "## facts").unwrap();
    for f in &a.extraction.facts {
        writeln!(out, "{} {}", ents[f.subject].id(), f.fact).unwrap();
    }
    out
}

fn snapshot_of(path: &str) -> String {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
    let doc = read::read(&read::Source::File(p)).unwrap();
    render(&pipeline::analyze(&doc, &LEX))
}

#[test]
fn snapshot_feature_article() {
    insta::assert_snapshot!(snapshot_of("tests/fixtures/snapshots/zhuzhou-feature.txt"));
}

#[test]
fn snapshot_sample_article() {
    insta::assert_snapshot!(snapshot_of("data/corpus/chenzhou-lithium-news.txt"));
}

/// Every format of a build of the shipped sample and the fixture articles.
fn build_all_formats(opts: &pipeline::BuildOptions) -> (KnowledgeGraph, Vec<(String, Vec<u8>)>) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let sources = read::discover(&[
        root.join("data/corpus"),
        root.join("tests/fixtures/snapshots"),
    ])
    .unwrap();
    let built = pipeline::build(&sources, &LEX, opts, &|_| {}).unwrap();
    let json = GraphJson::from_graph(&built.graph);
    let files = export::Format::ALL
        .iter()
        .flat_map(|f| f.render(&json))
        .collect();
    (built.graph, files)
}

#[test]
fn spooled_evidence_writes_the_same_files_as_evidence_in_memory() {
    let (memory, in_memory) = build_all_formats(&pipeline::BuildOptions {
        spool_after: usize::MAX,
        ..Default::default()
    });
    let (spooled, from_spool) = build_all_formats(&pipeline::BuildOptions {
        spool_after: 0,
        ..Default::default()
    });
    // (records, of which spooled)
    let count = |g: &KnowledgeGraph| {
        let all: Vec<_> = g
            .graph
            .edge_weights()
            .flat_map(|e| &e.evidence)
            .chain(
                g.graph
                    .node_weights()
                    .flat_map(|n| &n.facts)
                    .flat_map(|f| f.evidence.iter()),
            )
            .collect();
        (
            all.len(),
            all.iter().filter(|ev| ev.sentence.is_spooled()).count(),
        )
    };
    let (records, none) = count(&memory);
    assert!(
        records > 20 && none == 0,
        "{records} records, {none} spooled"
    );
    assert_eq!(count(&spooled), (records, records), "every record spooled");
    assert_eq!(in_memory.len(), from_spool.len());
    for (a, b) in in_memory.iter().zip(&from_spool) {
        assert!(
            a == b,
            "{} differs when its evidence comes from the spool",
            a.0
        );
    }
}
