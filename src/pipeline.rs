//! The pipeline run on documents: read → clean → sentence → entity → resolve →
//! relation, giving an [`Analysis`] per document and, merged in order, a
//! [`KnowledgeGraph`]. Documents are processed in parallel (rayon) in bounded
//! chunks and merged in input order, so output is identical for any thread count.

use rayon::prelude::*;

use crate::clean::{self, CleanText};
use crate::entity::{self, Link, Recognition};
use crate::error::{Error, Result};
use crate::graph::{
    DocEntity, DocGraph, DocRelation, DocumentInfo, KnowledgeGraph, stage_identity,
};
use crate::lexicon::Lexicon;
use crate::model::{Evidence, Fact, SentenceText};
use crate::read::{self, Document, Source};
use crate::relation::{self, Extraction};
use crate::resolve::{self, Resolved};
use crate::sentence::{self, Sentence};

/// Everything the pipeline found in one document.
#[derive(Debug, Clone)]
pub struct Analysis {
    /// The document as recorded in the graph.
    pub info: DocumentInfo,
    /// The cleaned text (all offsets index it).
    pub clean: CleanText,
    /// Sentences.
    pub sentences: Vec<Sentence>,
    /// Mentions.
    pub recognition: Recognition,
    /// Entities.
    pub resolved: Resolved,
    /// Relations and facts.
    pub extraction: Extraction,
}

/// Runs every stage on one document.
pub fn analyze(doc: &Document, lex: &Lexicon) -> Analysis {
    let clean = clean::clean(doc);
    let sentences = sentence::split(&clean);
    let mut recognition = entity::recognize(&clean, &sentences, lex);
    let resolved = resolve::resolve(&clean.text, &sentences, &mut recognition, lex);
    let extraction = relation::extract(&clean.text, &sentences, &recognition, &resolved, lex);
    let info = DocumentInfo {
        id: doc.id.clone(),
        path: doc.path.clone(),
        sha256: doc.sha256.clone(),
        chars: clean.text.chars().count(),
    };
    Analysis {
        info,
        clean,
        sentences,
        recognition,
        resolved,
        extraction,
    }
}

impl Analysis {
    /// The evidence record of a sentence: its text as the document wrote it.
    pub fn evidence(&self, sentence: usize) -> Evidence {
        let s = &self.sentences[sentence];
        Evidence::new(
            self.info.id.as_str().into(),
            self.written(s).as_ref().into(),
            s.start,
            s.end,
        )
    }

    /// A sentence's text as the document wrote it (full-width punctuation kept).
    pub fn written(&self, s: &Sentence) -> std::borrow::Cow<'_, str> {
        self.clean.written_slice(s.byte_start, s.byte_end)
    }

    /// What this document contributes to the graph.
    pub fn to_doc_graph(&self, lex: &Lexicon) -> DocGraph {
        let mut entities: Vec<DocEntity> = self
            .resolved
            .entities
            .iter()
            .map(|e| DocEntity {
                identity: match e.link {
                    Link::Entry(i) => format!("entry:{}:{}", e.kind, lex.entries[i].name),
                    Link::Stage(s) => stage_identity(s),
                    _ => format!("{}:{}", e.kind, e.name),
                },
                kind: e.kind,
                name: e.name.clone(),
                aliases: e.aliases.clone(),
                mentions: e.mentions,
                facts: Vec::new(),
            })
            .collect();
        // One copy of the document id and of each sentence, however many claims cite it.
        let document = arcstr::ArcStr::from(self.info.id.as_str());
        let mut texts: Vec<Option<SentenceText>> = vec![None; self.sentences.len()];
        let mut evidence = |i: usize| {
            let s = &self.sentences[i];
            let sentence = texts[i]
                .get_or_insert_with(|| SentenceText::from(self.written(s).as_ref()))
                .clone();
            Evidence::new(document.clone(), sentence, s.start, s.end)
        };
        for f in &self.extraction.facts {
            let mut fact: Fact = f.fact.clone();
            fact.evidence = evidence(f.sentence).into();
            entities[f.subject].facts.push(fact);
        }
        let relations = self
            .extraction
            .relations
            .iter()
            .map(|c| DocRelation {
                head: c.head,
                tail: c.tail,
                relation: c.relation,
                origin: c.origin,
                evidence: c.sentence.map(&mut evidence),
            })
            .collect();
        DocGraph {
            info: self.info.clone(),
            content_hash: read::sha256_hex(self.clean.text.as_bytes()),
            entities,
            relations,
        }
    }
}

/// How to build a graph.
#[derive(Debug, Clone)]
pub struct BuildOptions {
    /// Worker threads (0: one per core).
    pub threads: usize,
    /// Evidence sentences kept per edge.
    pub evidence_cap: usize,
    /// Documents processed per parallel batch (bounds memory).
    pub chunk: usize,
    /// Bytes of evidence text kept in memory before the rest is spooled to a
    /// temporary file ([`crate::spool`]).
    pub spool_after: usize,
}

impl Default for BuildOptions {
    fn default() -> Self {
        BuildOptions {
            threads: 0,
            evidence_cap: crate::graph::DEFAULT_EVIDENCE_CAP,
            chunk: 256,
            spool_after: crate::graph::DEFAULT_SPOOL_AFTER,
        }
    }
}

/// The result of a build: the graph and the documents that could not be read.
#[derive(Debug)]
pub struct Build {
    /// The graph of every document read.
    pub graph: KnowledgeGraph,
    /// Documents skipped, with the reason.
    pub failures: Vec<Error>,
    /// Where the build's wall time went.
    pub timings: BuildTimings,
}

/// Wall time of a build's phases, for `lithkg build --timings` and the benchmarks.
#[derive(Debug, Clone, Copy, Default)]
pub struct BuildTimings {
    /// Reading, analysing and merging every document (merging overlaps the analysis
    /// of the next chunk).
    pub analysis: std::time::Duration,
    /// Of `analysis`, the time the collecting thread spent merging: serial work
    /// that two threads do not halve.
    pub merge: std::time::Duration,
    /// [`KnowledgeGraph::finish`]: ordering evidence and closing the spool.
    pub finish: std::time::Duration,
}

/// Reads, analyzes and merges every source. A document that cannot be read is
/// recorded in [`Build::failures`] and skipped; `progress` is called once per document.
pub fn build(
    sources: &[Source],
    lex: &Lexicon,
    opts: &BuildOptions,
    progress: &(dyn Fn(&Source) + Sync),
) -> Result<Build> {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(opts.threads)
        .build()
        .map_err(|e| Error::Format {
            path: "-j".into(),
            message: e.to_string(),
        })?;
    let started = std::time::Instant::now();
    let mut graph = KnowledgeGraph::new(opts.evidence_cap).with_spool_after(opts.spool_after);
    let mut failures = Vec::new();
    let mut merging = std::time::Duration::ZERO;
    let analyze_chunk = |chunk: &[Source]| -> Vec<Result<DocGraph>> {
        chunk
            .par_iter()
            .map(|src| {
                let r = read::read(src).map(|doc| analyze(&doc, lex).to_doc_graph(lex));
                progress(src);
                r
            })
            .collect()
    };
    let mut merge = |results: Vec<Result<DocGraph>>, graph: &mut KnowledgeGraph| {
        let t = std::time::Instant::now();
        for r in results {
            match r {
                Ok(dg) => {
                    graph.merge(dg);
                }
                Err(e) => failures.push(e),
            }
        }
        merging += t.elapsed();
    };
    // Merging is sequential (in input order, for determinism); it overlaps with the
    // analysis of the next chunk so that the workers are not kept waiting.
    pool.install(|| {
        let mut chunks = sources.chunks(opts.chunk.max(1));
        let mut pending: Option<Vec<Result<DocGraph>>> = None;
        loop {
            let next = chunks.next();
            match (pending.take(), next) {
                (None, None) => break,
                (Some(done), None) => merge(done, &mut graph),
                (None, Some(chunk)) => pending = Some(analyze_chunk(chunk)),
                (Some(done), Some(chunk)) => {
                    let (_, analyzed) =
                        rayon::join(|| merge(done, &mut graph), || analyze_chunk(chunk));
                    pending = Some(analyzed);
                }
            }
        }
    });
    let analysis = started.elapsed();
    let t = std::time::Instant::now();
    graph.finish();
    let timings = BuildTimings {
        analysis,
        merge: merging,
        finish: t.elapsed(),
    };
    Ok(Build {
        graph,
        failures,
        timings,
    })
}
