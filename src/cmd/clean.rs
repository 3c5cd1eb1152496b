//! `lithkg clean`: the cleaned text, so evidence offsets can be checked by a person.

use std::io::Write;
use std::process::ExitCode;

use anyhow::Result;
use lithkg::{clean, read, sentence};

use crate::cli::CleanArgs;

/// Prints the cleaned text (or its sentences with spans) of one document.
pub fn run(a: &CleanArgs) -> Result<ExitCode> {
    let docs = super::read_all(std::slice::from_ref(&a.input))?;
    let mut out = std::io::stdout().lock();
    for doc in &docs {
        let c = clean::clean(doc);
        if a.verbose {
            let r = &c.report;
            eprintln!(
                "{}: {} ({}): full-width {}, pinyin {}, captions {}, boilerplate lines {}, repeated lines {}, bylines {}, spaced labels {}, line breaks joined {}",
                doc.path,
                doc.encoding,
                match doc.format {
                    read::Format::Html => "HTML",
                    read::Format::Text => "text",
                },
                r.fullwidth,
                r.pinyin,
                r.captions,
                r.boilerplate,
                r.repeated,
                r.bylines,
                r.labels,
                r.unwrapped
            );
        }
        // Evidence quotes the text as written; --folded shows what the rules match.
        let text = |b0: usize, b1: usize| {
            if a.folded {
                std::borrow::Cow::Borrowed(&c.text[b0..b1])
            } else {
                c.written_slice(b0, b1)
            }
        };
        if a.sentences {
            for s in sentence::split(&c) {
                writeln!(
                    out,
                    "{}-{}\t{}",
                    s.start,
                    s.end,
                    text(s.byte_start, s.byte_end)
                )?;
            }
        } else {
            out.write_all(text(0, c.text.len()).as_bytes())?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
