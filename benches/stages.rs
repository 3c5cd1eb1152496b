//! Per-stage throughput on a fixed generated sample (benches/common/corpus.rs,
//! seed 7, 1 MB by default; `LITHKG_BENCH_MB=2` for more). Every stage reports
//! bytes of the *raw sample* per second, so each figure reads as "the corpus
//! MB/s this stage alone would allow" and the stages compare directly with the
//! end-to-end build and the 20 MB/s target of issue 7.
//!
//! `cargo bench --bench stages` (a few minutes); `cargo bench --bench stages -- entity`
//! for one stage.

#[path = "common/corpus.rs"]
mod corpus;

use std::hint::black_box;
use std::path::Path;
use std::time::Duration;

use criterion::{BatchSize, Criterion, Throughput, criterion_group, criterion_main};
use lithkg::clean::{self, CleanText};
use lithkg::entity::{self, Recognition};
use lithkg::export::{self, Format, GraphJson};
use lithkg::graph::{DEFAULT_EVIDENCE_CAP, DocGraph, KnowledgeGraph};
use lithkg::lexicon::Lexicon;
use lithkg::pipeline;
use lithkg::read::{self, Document};
use lithkg::relation;
use lithkg::resolve::{self, Resolved};
use lithkg::sentence::{self, Sentence};

/// Everything computed once, so each benchmark times one stage on prepared input.
struct Prepared {
    files: Vec<corpus::GenFile>,
    bytes: u64,
    docs: Vec<Document>,
    cleans: Vec<CleanText>,
    sentences: Vec<Vec<Sentence>>,
    recognitions: Vec<Recognition>,
    resolved: Vec<Resolved>,
    doc_graphs: Vec<DocGraph>,
    graph: KnowledgeGraph,
    json: GraphJson,
}

fn prepare(lex: &Lexicon) -> Prepared {
    let mb: f64 = std::env::var("LITHKG_BENCH_MB")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(1.0);
    let files = corpus::sample(lex, 7, (mb * 1e6) as u64);
    let bytes = files.iter().map(|f| f.text.len() as u64).sum();
    let docs: Vec<Document> = files.iter().map(decode).collect();
    let cleans: Vec<CleanText> = docs.iter().map(clean::clean).collect();
    let sentences: Vec<Vec<Sentence>> = cleans.iter().map(sentence::split).collect();
    let mut recognitions: Vec<Recognition> = cleans
        .iter()
        .zip(&sentences)
        .map(|(c, s)| entity::recognize(c, s, lex))
        .collect();
    let resolved: Vec<Resolved> = cleans
        .iter()
        .zip(&sentences)
        .zip(&mut recognitions)
        .map(|((c, s), r)| resolve::resolve(&c.text, s, r, lex))
        .collect();
    let doc_graphs: Vec<DocGraph> = docs
        .iter()
        .map(|d| pipeline::analyze(d, lex).to_doc_graph(lex))
        .collect();
    let graph = merge(doc_graphs.clone());
    let json = GraphJson::from_graph(&graph);
    eprintln!(
        "sample: {} files, {} bytes, {} sentences, {} mentions, {} nodes, {} links",
        files.len(),
        bytes,
        sentences.iter().map(Vec::len).sum::<usize>(),
        recognitions.iter().map(|r| r.mentions.len()).sum::<usize>(),
        json.nodes.len(),
        json.links.len()
    );
    Prepared {
        files,
        bytes,
        docs,
        cleans,
        sentences,
        recognitions,
        resolved,
        doc_graphs,
        graph,
        json,
    }
}

fn decode(f: &corpus::GenFile) -> Document {
    let html = f.path.ends_with(".html");
    read::decode(&f.path, Path::new(&f.path), f.text.as_bytes(), Some(html))
        .expect("generated documents decode")
}

fn merge(doc_graphs: Vec<DocGraph>) -> KnowledgeGraph {
    let mut g = KnowledgeGraph::new(DEFAULT_EVIDENCE_CAP);
    for d in doc_graphs {
        g.merge(d);
    }
    g.finish();
    g
}

fn stages(c: &mut Criterion) {
    let lex = Lexicon::builtin().expect("built-in lexicon loads");
    let p = prepare(&lex);
    let mut g = c.benchmark_group("stages");
    g.throughput(Throughput::Bytes(p.bytes))
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(4));

    g.bench_function("read::decode", |b| {
        b.iter(|| {
            p.files
                .iter()
                .map(decode)
                .map(|d| d.text.len())
                .sum::<usize>()
        })
    });
    g.bench_function("clean::clean", |b| {
        b.iter(|| {
            p.docs
                .iter()
                .map(|d| clean::clean(black_box(d)).text.len())
                .sum::<usize>()
        })
    });
    g.bench_function("sentence::split", |b| {
        b.iter(|| {
            p.cleans
                .iter()
                .map(|c| sentence::split(black_box(c)).len())
                .sum::<usize>()
        })
    });
    g.bench_function("lexicon::scan", |b| {
        b.iter(|| {
            p.cleans
                .iter()
                .map(|c| lex.scan(black_box(&c.text)).len())
                .sum::<usize>()
        })
    });
    g.bench_function("entity::recognize", |b| {
        b.iter(|| {
            p.cleans
                .iter()
                .zip(&p.sentences)
                .map(|(c, s)| entity::recognize(c, s, &lex).mentions.len())
                .sum::<usize>()
        })
    });
    g.bench_function("resolve::resolve", |b| {
        b.iter_batched(
            || p.recognitions.clone(),
            |mut recs| {
                p.cleans
                    .iter()
                    .zip(&p.sentences)
                    .zip(&mut recs)
                    .map(|((c, s), r)| resolve::resolve(&c.text, s, r, &lex).entities.len())
                    .sum::<usize>()
            },
            BatchSize::LargeInput,
        )
    });
    // Recognitions after resolve (resolve adds short-form mentions).
    let resolved_recs: Vec<Recognition> = {
        let mut recs = p.recognitions.clone();
        for ((c, s), r) in p.cleans.iter().zip(&p.sentences).zip(&mut recs) {
            resolve::resolve(&c.text, s, r, &lex);
        }
        recs
    };
    g.bench_function("relation::extract", |b| {
        b.iter(|| {
            p.cleans
                .iter()
                .zip(&p.sentences)
                .zip(&resolved_recs)
                .zip(&p.resolved)
                .map(|(((c, s), r), res)| {
                    relation::extract(&c.text, s, r, res, &lex).relations.len()
                })
                .sum::<usize>()
        })
    });
    g.bench_function("resolve+relation", |b| {
        b.iter_batched(
            || p.recognitions.clone(),
            |mut recs| {
                p.cleans
                    .iter()
                    .zip(&p.sentences)
                    .zip(&mut recs)
                    .map(|((c, s), r)| {
                        let res = resolve::resolve(&c.text, s, r, &lex);
                        relation::extract(&c.text, s, r, &res, &lex).relations.len()
                    })
                    .sum::<usize>()
            },
            BatchSize::LargeInput,
        )
    });
    g.bench_function("pipeline::analyze", |b| {
        b.iter(|| {
            p.docs
                .iter()
                .map(|d| pipeline::analyze(d, &lex).sentences.len())
                .sum::<usize>()
        })
    });
    let analyses: Vec<pipeline::Analysis> =
        p.docs.iter().map(|d| pipeline::analyze(d, &lex)).collect();
    g.bench_function("to_doc_graph", |b| {
        b.iter(|| {
            analyses
                .iter()
                .map(|a| a.to_doc_graph(&lex).entities.len())
                .sum::<usize>()
        })
    });
    g.bench_function("graph::merge", |b| {
        b.iter_batched(
            || p.doc_graphs.clone(),
            |dgs| merge(dgs).documents.len(),
            BatchSize::LargeInput,
        )
    });
    g.bench_function("export::GraphJson::from_graph", |b| {
        b.iter(|| GraphJson::from_graph(black_box(&p.graph)).nodes.len())
    });
    g.bench_function("export::json::to_bytes", |b| {
        b.iter(|| export::json::to_bytes(black_box(&p.json)).len())
    });
    g.bench_function("export::dot::to_dot", |b| {
        b.iter(|| export::dot::to_dot(black_box(&p.json)).len())
    });
    for f in Format::ALL {
        let out: usize = f.render(&p.json).iter().map(|(_, b)| b.len()).sum();
        eprintln!("export {}: {} bytes", f.name(), out);
        g.bench_function(format!("export::Format::{}::render", f.name()), |b| {
            b.iter(|| f.render(black_box(&p.json)).len())
        });
    }
    g.finish();
}

criterion_group!(benches, stages);
criterion_main!(benches);
