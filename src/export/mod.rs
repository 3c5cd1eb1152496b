//! Stage 8, export. Input: a [`KnowledgeGraph`](crate::graph::KnowledgeGraph) (or a graph.json read back).
//! Output: files for the programs users open them with. Only this module knows
//! output formats; every format is written from the same [`GraphJson`] view, so a
//! graph.json written earlier exports exactly like a fresh build.
//!
//! Every file streams to a writer ([`Part::write`]): a big graph's output is
//! never held in memory whole. The in-memory renderings ([`Format::render`],
//! [`Format::output`]) are the same writers aimed at a buffer.

pub mod cytoscape;
pub mod dot;
pub mod filter;
pub mod graphml;
pub mod json;
pub mod neo4j;

use std::io::{self, Write};
use std::path::Path;

use crate::error::{Error, Result};
pub use filter::Filter;
pub use json::{DocIds, GraphJson, Id, JsonLink, JsonNode};

/// An output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Format {
    /// Node-link JSON (schema.md; networkx).
    Json,
    /// Graphviz DOT.
    Dot,
    /// GraphML (networkx, Gephi, yEd, Cytoscape desktop).
    Graphml,
    /// Cytoscape.js elements JSON.
    Cytoscape,
    /// CSV files for `neo4j-admin database import`, and a LOAD CSV script.
    Neo4j,
}

/// What a format writes: one file, or a directory of files.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Output {
    /// The bytes of one file.
    File(Vec<u8>),
    /// Files (name, bytes) of a directory.
    Dir(Vec<(String, Vec<u8>)>),
}

/// One file of a format, and the function that streams it.
#[derive(Clone, Copy)]
pub struct Part {
    /// The file's name: for a one-file format its [`Format::file_name`], for
    /// a directory format the name inside the directory (`nodes.csv`).
    pub name: &'static str,
    write: fn(&GraphJson, &mut dyn Write) -> io::Result<()>,
}

impl Part {
    /// Streams the file to `w`.
    pub fn write(&self, g: &GraphJson, w: &mut dyn Write) -> io::Result<()> {
        (self.write)(g, w)
    }

    /// The file's bytes, in memory.
    ///
    /// # Panics
    /// If an evidence sentence spooled by a big build cannot be read back from
    /// the spool's temporary file; [`Part::write`] returns that as an error.
    pub fn to_bytes(&self, g: &GraphJson) -> Vec<u8> {
        let mut v = Vec::new();
        self.write(g, &mut v)
            .expect("writing to memory fails only when the evidence spool cannot be read");
        v
    }
}

impl std::fmt::Debug for Part {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Part").field("name", &self.name).finish()
    }
}

impl Format {
    /// Every format.
    pub const ALL: [Format; 5] = [
        Format::Json,
        Format::Dot,
        Format::Graphml,
        Format::Cytoscape,
        Format::Neo4j,
    ];

    /// The format's name on the command line.
    pub fn name(self) -> &'static str {
        match self {
            Format::Json => "json",
            Format::Dot => "dot",
            Format::Graphml => "graphml",
            Format::Cytoscape => "cytoscape",
            Format::Neo4j => "neo4j",
        }
    }

    /// Parses a command-line name.
    pub fn parse(s: &str) -> Option<Format> {
        Format::ALL.into_iter().find(|f| f.name() == s)
    }

    /// The name written in an output directory: a file, or for
    /// [`Format::Neo4j`] the directory that holds its files.
    pub fn file_name(self) -> &'static str {
        match self {
            Format::Json => "graph.json",
            Format::Dot => "graph.dot",
            Format::Graphml => "graph.graphml",
            Format::Cytoscape => "graph.cyjs",
            Format::Neo4j => "neo4j",
        }
    }

    /// True for formats that write a directory of files.
    pub fn is_dir(self) -> bool {
        self == Format::Neo4j
    }

    /// The files this format writes: one, or for [`Format::Neo4j`] the
    /// files of its directory.
    pub fn parts(self) -> &'static [Part] {
        const fn part(
            name: &'static str,
            write: fn(&GraphJson, &mut dyn Write) -> io::Result<()>,
        ) -> Part {
            Part { name, write }
        }
        const JSON: &[Part] = &[part("graph.json", json::write)];
        const DOT: &[Part] = &[part("graph.dot", dot::write)];
        const GRAPHML: &[Part] = &[part("graph.graphml", graphml::write)];
        const CYTOSCAPE: &[Part] = &[part("graph.cyjs", cytoscape::write)];
        const NEO4J: &[Part] = &[
            part("nodes.csv", neo4j::write_nodes_csv),
            part("relationships.csv", neo4j::write_relationships_csv),
            part("load.cypher", neo4j::write_load_cypher),
        ];
        match self {
            Format::Json => JSON,
            Format::Dot => DOT,
            Format::Graphml => GRAPHML,
            Format::Cytoscape => CYTOSCAPE,
            Format::Neo4j => NEO4J,
        }
    }

    /// The name of a part relative to an output directory: `graph.json`, …,
    /// `neo4j/nodes.csv`.
    pub fn path_of(self, part: &Part) -> String {
        if self.is_dir() {
            format!("{}/{}", self.file_name(), part.name)
        } else {
            part.name.to_string()
        }
    }

    /// Renders the graph in this format, in memory.
    pub fn output(self, g: &GraphJson) -> Output {
        let parts = self.parts();
        if self.is_dir() {
            Output::Dir(
                parts
                    .iter()
                    .map(|p| (p.name.to_string(), p.to_bytes(g)))
                    .collect(),
            )
        } else {
            Output::File(parts[0].to_bytes(g))
        }
    }

    /// Renders the graph as files named relative to an output directory:
    /// `graph.json`, …, `neo4j/nodes.csv`.
    pub fn render(self, g: &GraphJson) -> Vec<(String, Vec<u8>)> {
        self.parts()
            .iter()
            .map(|p| (self.path_of(p), p.to_bytes(g)))
            .collect()
    }
}

/// A new file's permissions: those of the file it replaces, else read-write
/// for everyone the umask allows (like a shell redirection), never the
/// owner-only mode of a temporary file.
fn builder_for(path: &Path) -> tempfile::Builder<'static, 'static> {
    let mut b = tempfile::Builder::new();
    b.prefix(".lithkg-").suffix(".tmp");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let perms = match std::fs::metadata(path) {
            Ok(m) if m.is_file() => m.permissions(),
            _ => std::fs::Permissions::from_mode(0o666),
        };
        b.permissions(perms);
    }
    #[cfg(not(unix))]
    let _ = path;
    b
}

/// Writes `bytes` to `path` atomically: a temporary file in the same directory,
/// then a rename, so a reader never sees half a file and a failure leaves none.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    write_atomic_with(path, |w| w.write_all(bytes))
}

/// Writes `path` atomically as [`write_atomic`] does, its content streamed by
/// `write` through a buffer.
pub fn write_atomic_with(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> Result<()> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let mut tmp = builder_for(path)
        .tempfile_in(dir)
        .map_err(|e| Error::io(dir, e))?;
    {
        let mut w = io::BufWriter::with_capacity(1 << 16, tmp.as_file_mut());
        write(&mut w).map_err(|e| Error::io(path, e))?;
        w.flush().map_err(|e| Error::io(path, e))?;
    }
    tmp.as_file().sync_all().map_err(|e| Error::io(path, e))?;
    tmp.persist(path).map_err(|e| Error::io(path, e.error))?;
    Ok(())
}

/// Files written into a directory that appear together or not at all: each is
/// written to a temporary file beside its final name, and all are renamed only by
/// [`Staged::commit`]. Dropping a `Staged` without committing removes them.
pub struct Staged {
    dir: std::path::PathBuf,
    files: Vec<StagedFile>,
}

/// A staged file: the temporary, its final path and how long it took to write.
type StagedFile = (
    tempfile::NamedTempFile,
    std::path::PathBuf,
    std::time::Duration,
);

impl Staged {
    /// Stages files for `dir`, creating it.
    pub fn new(dir: &Path) -> Result<Staged> {
        std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
        Ok(Staged {
            dir: dir.to_path_buf(),
            files: Vec::new(),
        })
    }

    /// Stages the file `name` (relative to the directory), written by `write`
    /// through a buffer, so that no output needs to be held in memory whole.
    pub fn add_with(
        &mut self,
        name: &str,
        write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
    ) -> Result<()> {
        let file = stage_file(&self.dir, name, write)?;
        self.files.push(file);
        Ok(())
    }

    /// Stages the file `name` with these bytes.
    pub fn add(&mut self, name: &str, bytes: &[u8]) -> Result<()> {
        self.add_with(name, |w| w.write_all(bytes))
    }

    /// The final paths of the staged files, in order.
    pub fn paths(&self) -> Vec<std::path::PathBuf> {
        self.files.iter().map(|(_, p, _)| p.clone()).collect()
    }

    /// The file name of each staged file and how long it took to write, in order.
    pub fn write_times(&self) -> Vec<(String, std::time::Duration)> {
        self.files
            .iter()
            .map(|(_, p, t)| {
                let name = p.file_name().unwrap_or_default().to_string_lossy();
                (name.into_owned(), *t)
            })
            .collect()
    }

    /// Renames every staged file to its final name.
    pub fn commit(self) -> Result<()> {
        for (tmp, path, _) in self.files {
            tmp.persist(&path).map_err(|e| Error::io(&path, e.error))?;
        }
        Ok(())
    }
}

/// Writes several files into `dir` so that either all appear or none do: every
/// file is written to a temporary first, and renamed only when all are written.
pub fn write_all_atomic(dir: &Path, files: &[(String, Vec<u8>)]) -> Result<()> {
    let mut staged = Staged::new(dir)?;
    for (name, bytes) in files {
        staged.add(name, bytes)?;
    }
    staged.commit()
}

/// Writes the file `name` of `dir` to a temporary beside its final path, timed.
fn stage_file(
    dir: &Path,
    name: &str,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> Result<StagedFile> {
    let started = std::time::Instant::now();
    let path = dir.join(name);
    let parent = path.parent().unwrap_or(dir).to_path_buf();
    std::fs::create_dir_all(&parent).map_err(|e| Error::io(&parent, e))?;
    let mut tmp = builder_for(&path)
        .tempfile_in(&parent)
        .map_err(|e| Error::io(&parent, e))?;
    {
        let mut w = io::BufWriter::with_capacity(1 << 16, tmp.as_file_mut());
        write(&mut w).map_err(|e| Error::io(&path, e))?;
        w.flush().map_err(|e| Error::io(&path, e))?;
    }
    tmp.as_file().sync_all().map_err(|e| Error::io(&path, e))?;
    Ok((tmp, path, started.elapsed()))
}

/// Stages one format's files, each streamed straight to its temporary file:
/// no output of a big corpus is held in memory whole.
pub fn stage_format(staged: &mut Staged, format: Format, g: &GraphJson) -> Result<()> {
    stage_formats(staged, &[format], g)
}

/// Stages the files of several formats, written concurrently on the current
/// rayon pool (graph.json and graph.dot of a big corpus take seconds each, and
/// only read the graph), staged in the order given. The first error wins; files
/// already staged are removed with `staged` when it is dropped.
pub fn stage_formats(staged: &mut Staged, formats: &[Format], g: &GraphJson) -> Result<()> {
    use rayon::prelude::*;
    let jobs: Vec<(String, Part)> = formats
        .iter()
        .flat_map(|f| f.parts().iter().map(move |p| (f.path_of(p), *p)))
        .collect();
    let dir = staged.dir.clone();
    let files: Vec<Result<_>> = jobs
        .par_iter()
        .map(|(name, part)| stage_file(&dir, name, |w| part.write(g, w)))
        .collect();
    for f in files {
        staged.files.push(f?);
    }
    Ok(())
}

/// Graphs the unit tests of every format share.
#[cfg(test)]
pub(crate) mod testutil {
    use super::GraphJson;
    use super::json::{GraphMeta, JsonLink, JsonNode};
    use crate::model::{EntityType, Evidence, Fact, Origin, Relation};

    /// A node with the given type and name.
    pub fn node(kind: EntityType, name: &str) -> JsonNode {
        JsonNode {
            id: format!("{kind}:{name}").into(),
            name: name.to_string(),
            kind,
            aliases: vec![],
            mentions: 1,
            documents: vec![super::Id::from("doc")].into(),
            facts: vec![],
        }
    }

    /// A link of origin text with one evidence sentence.
    pub fn link(source: &JsonNode, target: &JsonNode, relation: Relation) -> JsonLink {
        JsonLink {
            source: source.id.clone(),
            target: target.id.clone(),
            key: 0,
            relation,
            origin: Origin::Text,
            weight: 1,
            evidence: vec![Evidence {
                document: "doc".into(),
                sentence: format!("{}{}{}。", source.name, relation.label(), target.name).into(),
                start: 0,
                end: 9,
            }]
            .into(),
        }
    }

    /// Two stages, a company with hostile characters in its name and aliases,
    /// a region, parallel edges, a fact.
    pub fn hostile() -> GraphJson {
        let mining = node(EntityType::Stage, "锂矿");
        let materials = node(EntityType::Stage, "材料");
        let mut evil = node(
            EntityType::Company,
            "A\"B\\C <script>alert(1)</script> {x} & 'y'; z,\nnext\tline",
        );
        evil.aliases = vec!["甲;乙".into(), "\"quoted\"".into()];
        evil.mentions = 3;
        evil.facts = vec![Fact {
            indicator: "产值".into(),
            value: serde_json::Number::from(502),
            unit: "亿元".into(),
            year: Some(2023),
            period: None,
            target: false,
            evidence: crate::model::EvidenceList::default(),
        }];
        let region = node(EntityType::Region, "郴州市");
        let mut second = link(&evil, &region, Relation::InvestsIn);
        second.key = 1;
        second.origin = Origin::Lexicon;
        second.weight = 4;
        let mut links = vec![
            link(&mining, &materials, Relation::UpstreamOf),
            link(&evil, &mining, Relation::InStage),
            link(&evil, &region, Relation::LocatedIn),
            second,
        ];
        links.sort_by(|a, b| (&a.source, &a.target, a.key).cmp(&(&b.source, &b.target, b.key)));
        let mut nodes = vec![mining, materials, evil, region];
        nodes.sort_by(|a, b| a.id.cmp(&b.id));
        GraphJson {
            directed: true,
            multigraph: true,
            graph: GraphMeta {
                generator: "lithkg test".into(),
                documents: vec![],
            },
            nodes,
            links,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A writer that fails once it has taken `room` bytes, like a full disk.
    struct Full {
        room: usize,
    }

    impl Write for Full {
        fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
            if buf.len() > self.room {
                return Err(io::Error::new(io::ErrorKind::StorageFull, "disk full"));
            }
            self.room -= buf.len();
            Ok(buf.len())
        }

        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn staged_streaming_writes_exactly_what_render_returns() {
        let g = testutil::hostile();
        let dir = tempfile::tempdir().unwrap();
        let mut staged = Staged::new(dir.path()).unwrap();
        for f in Format::ALL {
            stage_format(&mut staged, f, &g).unwrap();
        }
        staged.commit().unwrap();
        let mut rendered = 0;
        for f in Format::ALL {
            for (name, bytes) in f.render(&g) {
                let written = std::fs::read(dir.path().join(&name)).unwrap();
                assert_eq!(written, bytes, "{name}");
                rendered += 1;
            }
        }
        assert_eq!(rendered, 7);
    }

    #[test]
    fn formats_staged_concurrently_match_their_renderings_in_order() {
        let g = testutil::hostile();
        let dir = tempfile::tempdir().unwrap();
        let mut staged = Staged::new(dir.path()).unwrap();
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(2)
            .build()
            .unwrap();
        pool.install(|| stage_formats(&mut staged, &Format::ALL, &g))
            .unwrap();
        let want: Vec<std::path::PathBuf> = Format::ALL
            .iter()
            .flat_map(|f| f.parts().iter().map(|p| dir.path().join(f.path_of(p))))
            .collect();
        assert_eq!(staged.paths(), want);
        staged.commit().unwrap();
        for f in Format::ALL {
            for (name, bytes) in f.render(&g) {
                assert_eq!(
                    std::fs::read(dir.path().join(&name)).unwrap(),
                    bytes,
                    "{name}"
                );
            }
        }
    }

    #[test]
    fn in_memory_renderings_are_the_streaming_writers() {
        let g = testutil::hostile();
        assert_eq!(Format::Json.render(&g)[0].1, json::to_bytes(&g));
        assert_eq!(Format::Dot.render(&g)[0].1, dot::to_dot(&g).into_bytes());
        assert_eq!(
            Format::Graphml.render(&g)[0].1,
            graphml::to_graphml(&g).into_bytes()
        );
        assert_eq!(Format::Cytoscape.render(&g)[0].1, cytoscape::to_bytes(&g));
        assert_eq!(Format::Neo4j.output(&g), Output::Dir(neo4j::files(&g)),);
        let names: Vec<String> = Format::Neo4j
            .render(&g)
            .into_iter()
            .map(|(n, _)| n)
            .collect();
        assert_eq!(
            names,
            [
                "neo4j/nodes.csv",
                "neo4j/relationships.csv",
                "neo4j/load.cypher"
            ]
        );
    }

    #[test]
    fn a_full_disk_is_an_error_of_every_writer_not_a_panic() {
        // dot-writer unwraps its writes: the DOT writer must keep the error
        // from it and return it.
        let g = testutil::hostile();
        for f in Format::ALL {
            for part in f.parts() {
                let err = part.write(&g, &mut Full { room: 100 }).unwrap_err();
                assert_eq!(err.kind(), io::ErrorKind::StorageFull, "{}", part.name);
            }
        }
    }
}
