//! neo4j/: `nodes.csv` and `relationships.csv` for Neo4j's bulk importer, and
//! `load.cypher`, the same load with LOAD CSV for users without admin access.
//!
//! Import into a new (or stopped and overwritten) database, Neo4j 5, with the
//! two CSV files copied into `import/` of the Neo4j home:
//!
//! ```text
//! neo4j-admin database import full --nodes=Entity=import/nodes.csv --relationships=import/relationships.csv --array-delimiter=";" --multiline-fields=true --overwrite-destination neo4j
//! ```
//!
//! (Neo4j 4.4: `neo4j-admin import --database=neo4j` with the same options,
//! `--force` for `--overwrite-destination`.) `--nodes=Entity=` gives every node
//! the `Entity` label besides its type label, as load.cypher does;
//! `--multiline-fields=true` because a name or sentence may hold a line break.
//!
//! Without admin access: copy the CSV files into the database's import
//! directory and run `cypher-shell -u neo4j -p PASSWORD -f load.cypher`.
//!
//! Columns, in the importer's header syntax:
//! - nodes.csv: `id:ID` (the graph.json id), `name`, `:LABEL` (the type,
//!   capitalized: `Company`, `Region`, …), `type`, `aliases:string[]`,
//!   `mentions:int`, `documents:string[]`, `facts` (JSON);
//! - relationships.csv: `:START_ID`, `:END_ID`, `:TYPE` (the relation in upper
//!   snake case: `LOCATED_IN`, …), `relation`, `label`, `origin`,
//!   `weight:int`, `evidence` (JSON).
//!
//! Fields are quoted as RFC 4180 says (the importer's default: `""` inside
//! quotes); empty lists are empty fields, so the property is absent. Arrays are
//! split on `;`, which neither the importer nor LOAD CSV can escape, so a `;`
//! inside one element is written as the full-width `；`.
//!
//! The CSV files stream to a writer row by row; [`nodes_csv`] and
//! [`relationships_csv`] are the same writers aimed at memory.

use std::collections::BTreeSet;
use std::io::{self, Write};

use super::GraphJson;
use crate::model::{EntityType, Relation};

/// The header of nodes.csv.
pub const NODE_HEADER: [&str; 8] = [
    "id:ID",
    "name",
    ":LABEL",
    "type",
    "aliases:string[]",
    "mentions:int",
    "documents:string[]",
    "facts",
];

/// The header of relationships.csv.
pub const RELATIONSHIP_HEADER: [&str; 8] = [
    ":START_ID",
    ":END_ID",
    ":TYPE",
    "relation",
    "label",
    "origin",
    "weight:int",
    "evidence",
];

/// The array delimiter of the importer (its default) and of load.cypher.
pub const ARRAY_DELIMITER: char = ';';

/// The Neo4j label of an entity type: `Company`, `Region`, …
pub fn label(kind: EntityType) -> String {
    let s = kind.as_str();
    let mut c = s.chars();
    match c.next() {
        Some(first) => first.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// The Neo4j relationship type of a relation: `LOCATED_IN`, …
pub fn rel_type(r: Relation) -> String {
    r.as_str().to_ascii_uppercase()
}

/// One CSV field, quoted when it holds a delimiter, a quote, a line break or
/// surrounding spaces.
pub fn field(s: &str) -> String {
    let needs = s.contains([',', '"', '\n', '\r'])
        || s.starts_with(char::is_whitespace)
        || s.ends_with(char::is_whitespace);
    if needs {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// An array field: elements joined by the delimiter, a delimiter inside an
/// element written full-width; empty elements left out.
pub fn array<S: AsRef<str>>(items: &[S]) -> String {
    let parts: Vec<String> = items
        .iter()
        .map(AsRef::as_ref)
        .filter(|s| !s.is_empty())
        .map(|s| s.replace(ARRAY_DELIMITER, "；"))
        .collect();
    field(&parts.join(&ARRAY_DELIMITER.to_string()))
}

fn row(fields: &[String]) -> String {
    let mut line = fields.join(",");
    line.push('\n');
    line
}

fn json<T: serde::Serialize + ?Sized>(v: &T) -> String {
    serde_json::to_string(v).expect("attribute serializes")
}

/// A writer's output as text.
fn to_string(write: fn(&GraphJson, &mut dyn Write) -> io::Result<()>, g: &GraphJson) -> String {
    let mut out = Vec::new();
    write(g, &mut out).expect("writing to memory cannot fail");
    String::from_utf8(out).expect("CSV is UTF-8")
}

/// nodes.csv, in memory ([`write_nodes_csv`] into a buffer).
pub fn nodes_csv(g: &GraphJson) -> String {
    to_string(write_nodes_csv, g)
}

/// Streams nodes.csv to `w`.
pub fn write_nodes_csv(g: &GraphJson, w: &mut dyn Write) -> io::Result<()> {
    w.write_all(row(&NODE_HEADER.map(String::from)).as_bytes())?;
    for n in &g.nodes {
        w.write_all(
            row(&[
                field(&n.id),
                field(&n.name),
                label(n.kind),
                n.kind.as_str().to_string(),
                array(&n.aliases),
                n.mentions.to_string(),
                array(&n.documents.iter().collect::<Vec<_>>()),
                field(&json(&n.facts)),
            ])
            .as_bytes(),
        )?;
    }
    Ok(())
}

/// relationships.csv, in memory ([`write_relationships_csv`] into a buffer).
pub fn relationships_csv(g: &GraphJson) -> String {
    to_string(write_relationships_csv, g)
}

/// Streams relationships.csv to `w`.
pub fn write_relationships_csv(g: &GraphJson, w: &mut dyn Write) -> io::Result<()> {
    w.write_all(row(&RELATIONSHIP_HEADER.map(String::from)).as_bytes())?;
    for l in &g.links {
        w.write_all(
            row(&[
                field(&l.source),
                field(&l.target),
                rel_type(l.relation),
                l.relation.as_str().to_string(),
                field(l.label()),
                l.origin.as_str().to_string(),
                l.weight.to_string(),
                field(&json(&l.evidence)),
            ])
            .as_bytes(),
        )?;
    }
    Ok(())
}

/// load.cypher: one LOAD CSV statement per label and per relationship type
/// present (plain Cypher cannot take a label from a column), each MERGE-ing so
/// that a second run updates instead of duplicating.
pub fn load_cypher(g: &GraphJson) -> String {
    let mut out = String::from(
        "// Loads nodes.csv and relationships.csv (written by lithkg) into Neo4j 4.4 or 5
// with LOAD CSV, for users who cannot run neo4j-admin:
//   1. copy nodes.csv and relationships.csv into the database's import directory
//      (or replace file:/// below with an http(s) URL to them);
//   2. cypher-shell -u neo4j -p PASSWORD -f load.cypher
// Running it again updates the graph instead of duplicating it.
// With admin access, the bulk importer is faster:
//   neo4j-admin database import full --nodes=Entity=import/nodes.csv --relationships=import/relationships.csv --array-delimiter=\";\" --multiline-fields=true --overwrite-destination neo4j
// Every node has the label Entity and its type's label; lists are split on ';';
// facts and evidence are JSON strings.

CREATE CONSTRAINT lithkg_entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
",
    );
    let list = |col: &str| {
        format!(
            "CASE WHEN coalesce(row.`{col}`, '') = '' THEN null ELSE split(row.`{col}`, '{ARRAY_DELIMITER}') END"
        )
    };
    let labels: BTreeSet<EntityType> = g.nodes.iter().map(|n| n.kind).collect();
    for kind in labels {
        let l = label(kind);
        out.push_str(&format!(
            "
LOAD CSV WITH HEADERS FROM 'file:///nodes.csv' AS row
WITH row WHERE row.`:LABEL` = '{l}'
MERGE (n:Entity {{id: row.`id:ID`}})
SET n:{l},
    n.name = row.name,
    n.type = row.type,
    n.aliases = {},
    n.mentions = toInteger(row.`mentions:int`),
    n.documents = {},
    n.facts = row.facts;
",
            list("aliases:string[]"),
            list("documents:string[]"),
        ));
    }
    let types: BTreeSet<Relation> = g.links.iter().map(|l| l.relation).collect();
    for r in types {
        let t = rel_type(r);
        out.push_str(&format!(
            "
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = '{t}'
MATCH (a:Entity {{id: row.`:START_ID`}}), (b:Entity {{id: row.`:END_ID`}})
MERGE (a)-[r:{t} {{origin: row.origin}}]->(b)
SET r.relation = row.relation,
    r.label = row.label,
    r.weight = toInteger(row.`weight:int`),
    r.evidence = row.evidence;
"
        ));
    }
    out
}

/// Streams load.cypher to `w` (a few kilobytes: one statement per label and type).
pub fn write_load_cypher(g: &GraphJson, w: &mut dyn Write) -> io::Result<()> {
    w.write_all(load_cypher(g).as_bytes())
}

/// The files of the neo4j/ directory, in memory.
pub fn files(g: &GraphJson) -> Vec<(String, Vec<u8>)> {
    super::Format::Neo4j
        .parts()
        .iter()
        .map(|p| (p.name.to_string(), p.to_bytes(g)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_and_types_are_spelled_as_neo4j_expects() {
        assert_eq!(label(EntityType::Company), "Company");
        assert_eq!(label(EntityType::Government), "Government");
        assert_eq!(rel_type(Relation::LocatedIn), "LOCATED_IN");
        assert_eq!(rel_type(Relation::UpstreamOf), "UPSTREAM_OF");
    }

    #[test]
    fn fields_are_quoted_only_when_needed() {
        assert_eq!(field("科力远"), "科力远");
        assert_eq!(field(""), "");
        assert_eq!(field("a,b"), "\"a,b\"");
        assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(field("x\ny"), "\"x\ny\"");
        assert_eq!(field(" pad"), "\" pad\"");
    }

    #[test]
    fn arrays_use_the_delimiter_and_never_split_an_element() {
        assert_eq!(array::<&str>(&[]), "");
        assert_eq!(array(&["临武", "临武县"]), "临武;临武县");
        assert_eq!(array(&["甲;乙", "丙"]), "甲；乙;丙");
    }

    #[test]
    fn csv_has_the_import_headers_and_one_row_per_element() {
        let g = crate::export::testutil::hostile();
        let nodes = nodes_csv(&g);
        assert!(nodes.starts_with(
            "id:ID,name,:LABEL,type,aliases:string[],mentions:int,documents:string[],facts\n"
        ));
        let rels = relationships_csv(&g);
        assert!(
            rels.starts_with(":START_ID,:END_ID,:TYPE,relation,label,origin,weight:int,evidence\n")
        );
        assert!(rels.contains(",INVESTS_IN,invests_in,投资,lexicon,4,"));
        // The hostile name's line break is inside quotes: one logical row per node.
        let quoted_newlines = nodes.matches(",\nnext").count();
        assert_eq!(nodes.lines().count(), 1 + g.nodes.len() + quoted_newlines);
    }

    #[test]
    fn the_script_loads_every_label_and_type_present() {
        let g = crate::export::testutil::hostile();
        let s = load_cypher(&g);
        for l in ["Company", "Region", "Stage"] {
            assert!(s.contains(&format!("SET n:{l},")), "{l}");
        }
        for t in ["UPSTREAM_OF", "IN_STAGE", "LOCATED_IN", "INVESTS_IN"] {
            assert!(s.contains(&format!("MERGE (a)-[r:{t} ")), "{t}");
        }
        assert!(!s.contains("Person"));
        // Statements end with ';' and the data never appears in the script.
        assert!(!s.contains("郴州市"));
    }
}
