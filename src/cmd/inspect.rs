//! `lithkg entities` and `lithkg relations`: what the extractor found, with
//! evidence, for a person checking it.

use std::io::Write;
use std::process::ExitCode;

use anyhow::Result;
use lithkg::lexicon::Lexicon;
use lithkg::model::Origin;
use lithkg::pipeline::{self, Analysis};

use crate::cli::InspectArgs;

fn analyses(a: &InspectArgs, lex: &Lexicon) -> Result<Vec<Analysis>> {
    Ok(super::read_all(&a.inputs)?
        .iter()
        .map(|d| pipeline::analyze(d, lex))
        .collect())
}

/// Prints each entity: type, name, aliases, mention count, first evidence.
pub fn entities(a: &InspectArgs, lex: &Lexicon) -> Result<ExitCode> {
    let mut out = std::io::stdout().lock();
    for an in analyses(a, lex)? {
        if !a.json {
            writeln!(
                out,
                "# {} ({} entities)",
                an.info.id,
                an.resolved.entities.len()
            )?;
        }
        for e in an.resolved.entities.iter().filter(|e| e.mentions > 0) {
            let m = &an.recognition.mentions[e.first];
            let ev = an.evidence(m.sentence);
            if a.json {
                let v = serde_json::json!({
                    "document": an.info.id, "id": e.id(), "type": e.kind, "name": e.name,
                    "aliases": e.aliases, "mentions": e.mentions,
                    "first": {"sentence": ev.sentence, "start": ev.start, "end": ev.end,
                              "mention_start": m.start, "mention_end": m.end},
                });
                writeln!(out, "{v}")?;
            } else {
                let aliases = if e.aliases.is_empty() {
                    String::new()
                } else {
                    format!(
                        " (= {})",
                        e.aliases.iter().cloned().collect::<Vec<_>>().join(", ")
                    )
                };
                writeln!(
                    out,
                    "{:<11} {}{}  ×{}\n            [{}-{}] {}",
                    e.kind.as_str(),
                    e.name,
                    aliases,
                    e.mentions,
                    ev.start,
                    ev.end,
                    ev.sentence
                )?;
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Prints each relation and fact with its evidence sentence.
pub fn relations(a: &InspectArgs, lex: &Lexicon) -> Result<ExitCode> {
    let mut out = std::io::stdout().lock();
    for an in analyses(a, lex)? {
        let ents = &an.resolved.entities;
        if !a.json {
            writeln!(
                out,
                "# {} ({} relations, {} facts)",
                an.info.id,
                an.extraction.relations.len(),
                an.extraction.facts.len()
            )?;
        }
        for c in &an.extraction.relations {
            let ev = c.sentence.map(|s| an.evidence(s));
            if a.json {
                let v = serde_json::json!({
                    "document": an.info.id, "source": ents[c.head].id(), "target": ents[c.tail].id(),
                    "relation": c.relation, "origin": c.origin, "evidence": ev,
                });
                writeln!(out, "{v}")?;
            } else {
                writeln!(
                    out,
                    "{} -[{} {}]-> {}{}",
                    ents[c.head].id(),
                    c.relation,
                    c.relation.label(),
                    ents[c.tail].id(),
                    if c.origin == Origin::Lexicon {
                        "  (lexicon)"
                    } else {
                        ""
                    }
                )?;
                if let Some(ev) = ev {
                    writeln!(out, "    [{}-{}] {}", ev.start, ev.end, ev.sentence)?;
                }
            }
        }
        for f in &an.extraction.facts {
            let ev = an.evidence(f.sentence);
            if a.json {
                let mut fact = f.fact.clone();
                fact.evidence = ev.into();
                let v = serde_json::json!({
                    "document": an.info.id, "subject": ents[f.subject].id(), "fact": fact,
                });
                writeln!(out, "{v}")?;
            } else {
                writeln!(
                    out,
                    "{} fact {}\n    [{}-{}] {}",
                    ents[f.subject].id(),
                    f.fact,
                    ev.start,
                    ev.end,
                    ev.sentence
                )?;
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
