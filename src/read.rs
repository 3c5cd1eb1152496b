//! Stage 1, reading. Input: paths (files, directories, `-` for standard input).
//! Output: [`Document`]s holding decoded Unicode text, with HTML reduced to its
//! article text and paragraph boundaries kept as line breaks.
//!
//! Invariant: a `Document` is never empty and never holds undecodable bytes;
//! anything else is an [`Error`] naming the file. Directory expansion is sorted,
//! so the order of documents (and so the output) does not depend on the file system.

use std::io::Read;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use crate::error::{Error, Result};

/// Where a document comes from.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Source {
    /// A file on disk.
    File(PathBuf),
    /// Standard input (`-` on the command line).
    Stdin,
}

impl Source {
    /// The path as shown to users and recorded in graph.documents.
    pub fn display(&self) -> String {
        match self {
            Source::File(p) => p.display().to_string(),
            Source::Stdin => "-".to_string(),
        }
    }
}

/// How the document's bytes were laid out before decoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Plain text or Markdown.
    Text,
    /// An HTML page, reduced to its article text.
    Html,
}

/// A decoded input document, before cleaning.
#[derive(Debug, Clone)]
pub struct Document {
    /// The file stem (`chenzhou-lithium-news`), or `stdin`.
    pub id: String,
    /// The path as given.
    pub path: String,
    /// Decoded text; for HTML, the article text with one paragraph per line.
    pub text: String,
    /// Lower-case hex SHA-256 of the raw bytes.
    pub sha256: String,
    /// Size of the raw input in bytes.
    pub bytes: usize,
    /// The encoding the bytes were decoded from (`UTF-8`, `GBK`, …).
    pub encoding: &'static str,
    /// Text or HTML.
    pub format: Format,
}

/// File extensions picked up when a directory is given.
pub const DOCUMENT_EXTENSIONS: &[&str] = &["txt", "md", "html", "htm"];

/// Expands command-line inputs into document sources, directories recursively and sorted.
///
/// A missing path, or a directory holding no document, is an error naming it.
pub fn discover(inputs: &[PathBuf]) -> Result<Vec<Source>> {
    let mut out = Vec::new();
    for input in inputs {
        if input.as_os_str() == "-" {
            out.push(Source::Stdin);
            continue;
        }
        let meta = std::fs::metadata(input).map_err(|e| Error::io(input, e))?;
        if meta.is_dir() {
            let before = out.len();
            walk(input, &mut out)?;
            if out.len() == before {
                return Err(Error::NoDocuments {
                    path: input.clone(),
                });
            }
            out[before..].sort();
        } else {
            out.push(Source::File(input.clone()));
        }
    }
    Ok(out)
}

fn walk(dir: &Path, out: &mut Vec<Source>) -> Result<()> {
    let entries = std::fs::read_dir(dir).map_err(|e| Error::io(dir, e))?;
    for entry in entries {
        let entry = entry.map_err(|e| Error::io(dir, e))?;
        let path = entry.path();
        let ft = entry.file_type().map_err(|e| Error::io(&path, e))?;
        if ft.is_dir() {
            walk(&path, out)?;
        } else if is_document_path(&path) {
            out.push(Source::File(path));
        }
    }
    Ok(())
}

/// True when the file name has one of [`DOCUMENT_EXTENSIONS`] and is not a gold or notes file.
pub fn is_document_path(path: &Path) -> bool {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    if name.starts_with('.')
        || name.ends_with(".notes.md")
        || name.eq_ignore_ascii_case("README.md")
    {
        return false;
    }
    path.extension()
        .and_then(|e| e.to_str())
        .map(|e| {
            DOCUMENT_EXTENSIONS
                .iter()
                .any(|x| e.eq_ignore_ascii_case(x))
        })
        .unwrap_or(false)
}

/// Reads and decodes one source.
pub fn read(source: &Source) -> Result<Document> {
    match source {
        Source::File(path) => {
            let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
            let html = path
                .extension()
                .and_then(|e| e.to_str())
                .map(|e| e.eq_ignore_ascii_case("html") || e.eq_ignore_ascii_case("htm"));
            let id = path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_else(|| "document".to_string());
            decode(&id, path, &bytes, html)
        }
        Source::Stdin => {
            let mut bytes = Vec::new();
            std::io::stdin()
                .read_to_end(&mut bytes)
                .map_err(|e| Error::io("-", e))?;
            decode("stdin", Path::new("-"), &bytes, None)
        }
    }
}

/// Decodes raw bytes into a [`Document`]. `html` forces the format; `None` sniffs it.
pub fn decode(id: &str, path: &Path, bytes: &[u8], html: Option<bool>) -> Result<Document> {
    let err_path = || path.to_path_buf();
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(Error::Empty { path: err_path() });
    }
    let (text, encoding) = decode_text(bytes).map_err(|kind| match kind {
        DecodeFailure::Binary => Error::Binary { path: err_path() },
        DecodeFailure::Encoding => Error::Encoding { path: err_path() },
    })?;
    let is_html = html.unwrap_or_else(|| looks_like_html(&text));
    let (text, format) = if is_html {
        (html_to_text(&text), Format::Html)
    } else {
        (text, Format::Text)
    };
    if text.trim().is_empty() {
        return Err(Error::Empty { path: err_path() });
    }
    Ok(Document {
        id: id.to_string(),
        path: path.display().to_string(),
        text,
        sha256: sha256_hex(bytes),
        bytes: bytes.len(),
        encoding,
        format,
    })
}

/// Lower-case hex SHA-256.
pub fn sha256_hex(bytes: &[u8]) -> String {
    use std::fmt::Write;
    let digest = Sha256::digest(bytes);
    let mut s = String::with_capacity(64);
    for b in digest.iter() {
        let _ = write!(s, "{b:02x}");
    }
    s
}

#[derive(Debug, PartialEq, Eq)]
enum DecodeFailure {
    Binary,
    Encoding,
}

/// Magic numbers of common binary formats that can slip through a NUL check.
const BINARY_MAGIC: &[&[u8]] = &[
    b"\x89PNG",
    b"%PDF",
    b"\x7fELF",
    b"PK\x03\x04",
    b"\x1f\x8b",
    b"GIF8",
    b"\xff\xd8\xff",
];

fn decode_text(bytes: &[u8]) -> std::result::Result<(String, &'static str), DecodeFailure> {
    if let Some((enc, bom_len)) = encoding_rs::Encoding::for_bom(bytes) {
        // A stray malformed unit (a lone UTF-16 surrogate) becomes U+FFFD, which the
        // cleaner drops; a text made of them is not text.
        let (text, had_errors) = enc.decode_without_bom_handling(&bytes[bom_len..]);
        if had_errors {
            let total = text.chars().count().max(1);
            let bad = text.chars().filter(|&c| c == '\u{FFFD}').count();
            if bad > 2 && bad * 100 > total {
                return Err(DecodeFailure::Encoding);
            }
        }
        return Ok((text.into_owned(), enc.name()));
    }
    let head = &bytes[..bytes.len().min(8192)];
    if memchr::memchr(0, head).is_some() || BINARY_MAGIC.iter().any(|m| bytes.starts_with(m)) {
        return Err(DecodeFailure::Binary);
    }
    if let Ok(s) = std::str::from_utf8(bytes) {
        return check_controls(s.to_string(), "UTF-8");
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    let guess = detector.guess(None, chardetng::Utf8Detection::Deny);
    // Chinese pages are GBK/GB18030 (a superset) or Big5; anything else is not a document we read.
    let candidates = [guess, encoding_rs::GB18030, encoding_rs::BIG5];
    for enc in candidates {
        if enc != encoding_rs::GBK && enc != encoding_rs::GB18030 && enc != encoding_rs::BIG5 {
            continue;
        }
        if let Some(t) = enc.decode_without_bom_handling_and_without_replacement(bytes) {
            let name = if enc == encoding_rs::GB18030 && !has_four_byte_gb18030(bytes) {
                "GBK"
            } else {
                enc.name()
            };
            return check_controls(t.into_owned(), name);
        }
    }
    Err(DecodeFailure::Encoding)
}

/// GB18030 four-byte sequences have a digit as second byte; GBK never does.
fn has_four_byte_gb18030(bytes: &[u8]) -> bool {
    bytes
        .windows(2)
        .any(|w| (0x81..=0xfe).contains(&w[0]) && w[1].is_ascii_digit())
}

/// Text full of control characters is binary data that happened to decode.
fn check_controls(
    text: String,
    enc: &'static str,
) -> std::result::Result<(String, &'static str), DecodeFailure> {
    let mut total = 0usize;
    let mut controls = 0usize;
    for c in text.chars().take(8192) {
        total += 1;
        if c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}') {
            controls += 1;
        }
    }
    if total > 0 && controls * 10 > total {
        Err(DecodeFailure::Binary)
    } else {
        Ok((text, enc))
    }
}

fn looks_like_html(text: &str) -> bool {
    let head: String = text
        .trim_start()
        .chars()
        .take(256)
        .collect::<String>()
        .to_ascii_lowercase();
    head.starts_with("<!doctype html") || head.starts_with("<html") || head.contains("<body")
}

/// Elements whose content is never article text.
const DROP_TAGS: &[&str] = &[
    "script",
    "style",
    "noscript",
    "nav",
    "footer",
    "header",
    "aside",
    "form",
    "iframe",
    "svg",
    "button",
    "select",
    "template",
    "head",
    "figcaption",
    "textarea",
];

/// Elements that end a paragraph.
const BLOCK_TAGS: &[&str] = &[
    "p",
    "div",
    "br",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "tr",
    "section",
    "article",
    "blockquote",
    "pre",
    "ul",
    "ol",
    "table",
    "dd",
    "dt",
    "dl",
    "figure",
    "main",
    "hr",
];

/// Class or id fragments of page furniture inside an article container.
const DROP_CLASS_HINTS: &[&str] = &[
    "nav",
    "menu",
    "footer",
    "breadcrumb",
    "share",
    "comment",
    "related",
    "recommend",
    "sidebar",
    "copyright",
    "advert",
    "toolbar",
];

/// Class or id fragments of the article container.
const ARTICLE_HINTS: &[&str] = &[
    "article", "content", "post", "text", "main", "detail", "body",
];

/// Reduces an HTML page to its article text, one paragraph per line.
///
/// The article container is the `<article>`/`<main>` element or the element whose
/// class or id names it (article, content, …) holding the most Chinese text;
/// scripts, styles, navigation, footers and captions are dropped.
pub fn html_to_text(html: &str) -> String {
    use scraper::{ElementRef, Html};
    let doc = Html::parse_document(html);
    let root = doc.root_element();

    let mut best: Option<(ElementRef, usize)> = None;
    for node in root.descendants() {
        let Some(el) = ElementRef::wrap(node) else {
            continue;
        };
        let name = el.value().name();
        let hinted = name == "article"
            || name == "main"
            || attr_has_hint(&el, ARTICLE_HINTS) && !attr_has_hint(&el, DROP_CLASS_HINTS);
        if !hinted || DROP_TAGS.contains(&name) {
            continue;
        }
        let score = cjk_text_len(el);
        match best {
            // Ties go to the later (deeper) element, which is the tighter container.
            Some((_, s)) if s > score => {}
            Some((_, s)) if s == score => best = Some((el, score)),
            _ => {
                if score > 0 {
                    best = Some((el, score))
                }
            }
        }
    }
    // Prefer a descendant that holds nearly all of the winner's text: it leaves out link lists.
    if let Some((el, score)) = best {
        let mut chosen = (el, score);
        for node in el.descendants().skip(1) {
            if let Some(d) = ElementRef::wrap(node) {
                let n = d.value().name();
                if (n == "article" || attr_has_hint(&d, ARTICLE_HINTS))
                    && !attr_has_hint(&d, DROP_CLASS_HINTS)
                {
                    let s = cjk_text_len(d);
                    if s * 10 >= score * 9 && s <= chosen.1 {
                        chosen = (d, s);
                    }
                }
            }
        }
        best = Some(chosen);
    }
    let body = doc
        .select(&scraper::Selector::parse("body").expect("static selector"))
        .next();
    let container = best.map(|(e, _)| e).or(body).unwrap_or(root);

    let mut out = String::new();
    // A page title in <h1> outside the container is still part of the article.
    if let Some(h1) = doc
        .select(&scraper::Selector::parse("h1").expect("static selector"))
        .next()
        && !h1.ancestors().any(|a| a.id() == container.id())
        && !h1
            .ancestors()
            .filter_map(ElementRef::wrap)
            .any(|a| DROP_TAGS.contains(&a.value().name()) || attr_has_hint(&a, DROP_CLASS_HINTS))
    {
        emit(h1, &mut out);
        out.push('\n');
    }
    emit(container, &mut out);
    // A thread's replies are its content too (a forum's floors after the opening post,
    // 股吧, 贴吧): of each reply outside the container, the child holding the most
    // text, not its poster, place and time.
    for node in root.descendants() {
        let Some(el) = ElementRef::wrap(node) else {
            continue;
        };
        if !is_reply(&el)
            || el.ancestors().any(|a| a.id() == container.id())
            || el.ancestors().filter_map(ElementRef::wrap).any(|a| {
                is_reply(&a)
                    || DROP_TAGS.contains(&a.value().name())
                    || attr_has_hint(&a, DROP_CLASS_HINTS)
            })
        {
            continue;
        }
        if let Some((text, _)) = el
            .children()
            .filter_map(ElementRef::wrap)
            .map(|c| (c, cjk_text_len(c)))
            .max_by_key(|&(_, n)| n)
            .filter(|&(_, n)| n > 0)
        {
            out.push('\n');
            emit(text, &mut out);
        }
    }
    normalize_lines(&out)
}

/// Whether an element is one reply of a thread: a floor (`data-floor`) or an element
/// whose class names one reply (reply, floor, l_post).
fn is_reply(el: &scraper::ElementRef) -> bool {
    let v = el.value();
    v.attr("data-floor").is_some()
        || v.attr("class").is_some_and(|c| {
            c.split_whitespace()
                .any(|t| matches!(t, "reply" | "floor" | "reply-item" | "l_post"))
        })
}

fn attr_has_hint(el: &scraper::ElementRef, hints: &[&str]) -> bool {
    let v = el.value();
    let check = |s: &str| {
        let s = s.to_ascii_lowercase();
        hints.iter().any(|h| s.contains(h))
    };
    v.attr("class").is_some_and(check) || v.attr("id").is_some_and(check)
}

fn cjk_text_len(el: scraper::ElementRef) -> usize {
    let mut n = 0;
    count_text(el, &mut n);
    n
}

fn count_text(el: scraper::ElementRef, n: &mut usize) {
    for child in el.children() {
        if let Some(t) = child.value().as_text() {
            *n += t.chars().filter(|c| is_cjk(*c)).count();
        } else if let Some(e) = scraper::ElementRef::wrap(child)
            && !DROP_TAGS.contains(&e.value().name())
            && !attr_has_hint(&e, DROP_CLASS_HINTS)
        {
            count_text(e, n);
        }
    }
}

fn emit(el: scraper::ElementRef, out: &mut String) {
    emit_in(el, out, false);
}

/// [`emit`] inside a table cell or not: a row's cells are parted by ` | ` (the
/// rules read a line with bars as a table's row), and inside a cell a break
/// (百色碳谷新材料<br>科技有限公司) joins what it parts, so the row stays one line.
fn emit_in(el: scraper::ElementRef, out: &mut String, in_cell: bool) {
    let mut cells = 0;
    for child in el.children() {
        if let Some(t) = child.value().as_text() {
            // HTML collapses whitespace; Chinese text has none to keep.
            let mut last_space = out.ends_with([' ', '\n']) || out.is_empty();
            for c in t.chars() {
                if c.is_whitespace() {
                    if !last_space {
                        out.push(' ');
                        last_space = true;
                    }
                } else {
                    out.push(c);
                    last_space = false;
                }
            }
        } else if let Some(e) = scraper::ElementRef::wrap(child) {
            let name = e.value().name();
            if DROP_TAGS.contains(&name) || attr_has_hint(&e, DROP_CLASS_HINTS) {
                continue;
            }
            let cell = matches!(name, "td" | "th");
            if cell {
                if cells > 0 {
                    out.push_str(" | ");
                }
                cells += 1;
                emit_in(e, out, true);
                continue;
            }
            let block = BLOCK_TAGS.contains(&name);
            if block && in_cell {
                // Latin words on either side of a break stay apart.
                if out.ends_with(|c: char| c.is_ascii_alphanumeric()) {
                    out.push(' ');
                }
                emit_in(e, out, true);
                continue;
            }
            // A definition list's term and its description are one field line
            // (<dt>注册资本</dt><dd>4.18亿元</dd> → 注册资本：4.18亿元), as an
            // infobox means them.
            if name == "dt" {
                out.push('\n');
                emit_in(e, out, in_cell);
                out.push('：');
                continue;
            }
            if name == "dd" && !out.ends_with('：') {
                out.push('\n');
            }
            if block && name != "dd" {
                out.push('\n');
            }
            emit_in(e, out, in_cell);
            if block {
                out.push('\n');
            }
        }
    }
}

fn normalize_lines(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for line in s.lines() {
        let line = line.trim();
        if !line.is_empty() {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

/// The cells of a line laid out as a table row, as byte ranges of the line: the
/// text between bars (| ｜), else between runs of spaces. Fewer than three cells
/// is no row.
pub fn table_cells(line: &str) -> Vec<(usize, usize)> {
    let cells = line_cells(line);
    if cells.len() >= 3 { cells } else { Vec::new() }
}

/// A line's cells as [`table_cells`] finds them, however few.
pub fn line_cells(line: &str) -> Vec<(usize, usize)> {
    let bars = line.contains(['|', '｜']);
    // Between tabs, as between bars, a cell may hold spaces of its own (GB/T 36276—2023).
    let tabs = !bars && line.contains('\t');
    let is_sep = |c: char| {
        if bars {
            matches!(c, '|' | '｜')
        } else if tabs {
            c == '\t'
        } else {
            matches!(c, ' ' | '\t' | '\u{3000}')
        }
    };
    let mut cells = Vec::new();
    let mut start: Option<usize> = None;
    for (b, c) in line.char_indices() {
        if is_sep(c) || c == '\n' {
            if let Some(a) = start.take() {
                cells.push((a, b));
            }
        } else if start.is_none() && !c.is_whitespace() {
            start = Some(b);
        }
    }
    if let Some(a) = start {
        cells.push((a, line.trim_end().len().max(a)));
    }
    // Between bars, a cell may hold spaces of its own.
    cells
        .into_iter()
        .map(|span| trimmed_span(line, span))
        .filter(|(a, b)| a < b)
        .collect()
}

/// Where a note in brackets that ends `cell` begins, when something stands before it:
/// a person's post (沈逸帆（首席分析师）), a company's role.
///
/// ```
/// assert_eq!(lithkg::read::bracket_note_start("郑红梅（高级工程师）"), Some(9));
/// assert_eq!(lithkg::read::bracket_note_start("郑红梅"), None);
/// ```
pub fn bracket_note_start(cell: &str) -> Option<usize> {
    cell.find(['（', '('])
        .filter(|&p| p > 0 && cell.ends_with(['）', ')']))
}

/// The byte span `(a, b)` of `s` without the whitespace at its ends.
///
/// ```
/// assert_eq!(lithkg::read::trimmed_span(" 岚峰 |", (0, 8)), (1, 7));
/// ```
pub fn trimmed_span(s: &str, (a, b): (usize, usize)) -> (usize, usize) {
    let t = &s[a..b];
    let a = a + (t.len() - t.trim_start().len());
    (a, a + t.trim().len())
}

/// The first `n` characters of `s` (all of it when shorter).
///
/// ```
/// assert_eq!(lithkg::read::first_chars("招标人：岚峰", 4), "招标人：");
/// ```
pub fn first_chars(s: &str, n: usize) -> &str {
    s.char_indices().nth(n).map_or(s, |(b, _)| &s[..b])
}

/// The CJK ideographs `s` opens on, at most `n` of them (the clause a word governs
/// before its first punctuation, digit or Latin letter).
pub fn cjk_run(s: &str, n: usize) -> &str {
    let head = first_chars(s, n);
    &head[..head.find(|c: char| !is_cjk(c)).unwrap_or(head.len())]
}

/// True for CJK ideographs (the basic and extension-A blocks and compatibility ideographs).
pub fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x4E00..=0x9FFF | 0x3400..=0x4DBF | 0xF900..=0xFAFF | 0x20000..=0x2FA1F)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dec(bytes: &[u8]) -> Result<Document> {
        decode("t", Path::new("t.txt"), bytes, None)
    }

    #[test]
    fn utf8_with_and_without_bom() {
        let plain = dec("郴州市锂电".as_bytes()).unwrap();
        assert_eq!(plain.text, "郴州市锂电");
        assert_eq!(plain.encoding, "UTF-8");
        let mut bom = vec![0xEF, 0xBB, 0xBF];
        bom.extend_from_slice("郴州市锂电".as_bytes());
        assert_eq!(dec(&bom).unwrap().text, "郴州市锂电");
    }

    #[test]
    fn gbk_is_detected() {
        let (bytes, _, _) = encoding_rs::GBK.encode("湖南锂资源创新应用大会在郴州临武县举行。");
        let d = dec(&bytes).unwrap();
        assert_eq!(d.text, "湖南锂资源创新应用大会在郴州临武县举行。");
        assert_eq!(d.encoding, "GBK");
    }

    #[test]
    fn utf16_with_bom() {
        let mut bytes = vec![0xFF, 0xFE];
        for u in "锂矿".encode_utf16() {
            bytes.extend_from_slice(&u.to_le_bytes());
        }
        assert_eq!(dec(&bytes).unwrap().text, "锂矿");
    }

    #[test]
    fn lone_surrogate_is_replaced_not_fatal() {
        let mut bytes = vec![0xFF, 0xFE];
        for u in "郴州市锂电产业发展迅速,产值增长明显".encode_utf16() {
            bytes.extend_from_slice(&u.to_le_bytes());
        }
        bytes.extend_from_slice(&0xD800u16.to_le_bytes());
        for u in "。".encode_utf16() {
            bytes.extend_from_slice(&u.to_le_bytes());
        }
        let d = dec(&bytes).unwrap();
        assert!(d.text.starts_with("郴州市锂电"));
        assert!(d.text.contains('\u{FFFD}'));
    }

    #[test]
    fn empty_binary_and_undecodable_are_errors() {
        assert!(matches!(dec(b""), Err(Error::Empty { .. })));
        assert!(matches!(dec(b"  \n\t "), Err(Error::Empty { .. })));
        assert!(matches!(dec(b"abc\0def"), Err(Error::Binary { .. })));
        assert!(matches!(
            dec(b"\x89PNG\r\n\x1a\n"),
            Err(Error::Binary { .. })
        ));
        // 0xFF is a lead byte in no supported encoding followed by an invalid trail.
        assert!(matches!(
            dec(b"\xff\xff\xff\xff\x80\x80"),
            Err(Error::Encoding { .. })
        ));
    }

    #[test]
    fn html_keeps_article_paragraphs_and_drops_furniture() {
        let page = r#"<!DOCTYPE html><html><head><title>t</title><style>p{}</style></head>
<body><nav>首页 新闻</nav><script>var a="湖南";</script>
<div class="article"><h1>锂电新闻</h1><p>第一段，郴州。</p><p>第二段 <b>宜春</b>。</p>
<figure><img src=a.jpg><figcaption>图片说明</figcaption></figure></div>
<footer>版权所有 红网</footer></body></html>"#;
        let d = decode("p", Path::new("p.html"), page.as_bytes(), Some(true)).unwrap();
        assert_eq!(d.text, "锂电新闻\n第一段，郴州。\n第二段 宜春。\n");
        assert_eq!(d.format, Format::Html);
    }

    #[test]
    fn a_threads_replies_are_content_and_a_news_pages_comments_are_not() {
        // Regression: a forum thread gave only its opening post; the replies, which
        // name the customers and suppliers, were left out with the page's furniture.
        let page = r#"<html><body>
<div class="post_content"><p>岚川锂业主营氢氧化锂，原料来自津巴布韦，客户有鹤能新材和岚泓科技等三家。</p></div>
<div class="replys">
<div class="reply" data-floor="1"><div class="rinfo">韭菜 IP属地：广东 11-18</div>
<div class="rtext">比亚迪是不是也在买他们的货？</div></div>
<div class="reply" data-floor="2"><div class="rinfo">小王 IP属地：云南 11-19</div>
<div class="rtext">二期设备是合肥岚晟装备股份有限公司供的。</div></div>
</div>
<div class="comment-box"><p>网友评论：这篇写得真好，支持郴州。</p></div>
</body></html>"#;
        let d = decode("p", Path::new("p.html"), page.as_bytes(), Some(true)).unwrap();
        assert!(
            d.text.contains("比亚迪是不是也在买他们的货？"),
            "{}",
            d.text
        );
        assert!(d.text.contains("合肥岚晟装备股份有限公司"), "{}", d.text);
        assert!(!d.text.contains("IP属地"), "{}", d.text);
        assert!(!d.text.contains("网友评论"), "{}", d.text);
    }

    #[test]
    fn a_tab_separated_rows_cells_keep_their_own_spaces() {
        // Regression: GB/T 36276—2023 in a tab-separated row was cut at its space.
        let line = "1\t岚溪储能 电池\tGB/T 36276—2023\t柯山县";
        let cells: Vec<&str> = line_cells(line).iter().map(|&(a, b)| &line[a..b]).collect();
        assert_eq!(cells, ["1", "岚溪储能 电池", "GB/T 36276—2023", "柯山县"]);
        // Without tabs, spaces still part cells.
        let spaced = "1 岚溪储能 柯山县";
        assert_eq!(line_cells(spaced).len(), 3);
    }

    #[test]
    fn an_html_tables_row_is_one_line_with_its_cells_parted_by_bars() {
        // Regression: cells ran together (1贺州…项目贺州…公司), so no table was read.
        let page = "<html><body><table>\
            <tr><th>序号</th><th>项目业主</th><th>建设地点</th></tr>\
            <tr><td colspan=\"3\">一、关键材料</td></tr>\
            <tr><td>1</td><td>岚溪新材料<br>科技有限公司</td><td>Kestrel<br>Lithium</td></tr>\
            </table></body></html>";
        let d = decode("p", Path::new("p.html"), page.as_bytes(), Some(true)).unwrap();
        assert_eq!(
            d.text,
            "序号 | 项目业主 | 建设地点\n一、关键材料\n1 | 岚溪新材料科技有限公司 | Kestrel Lithium\n"
        );
    }

    #[test]
    fn an_infoboxs_term_and_description_are_one_field_line() {
        // Regression: <dt>注册资本</dt><dd>4.18亿元</dd> were two lines, so no field
        // (and the figure went to the nearest place).
        let page = "<html><body><dl>\
            <dt>中文名</dt><dd>岚溪新材料科技有限公司</dd>\
            <dt>注册资本</dt><dd>4.18亿元</dd></dl>\
            <dl><dd>只有描述</dd></dl></body></html>";
        let d = decode("p", Path::new("p.html"), page.as_bytes(), Some(true)).unwrap();
        assert_eq!(
            d.text,
            "中文名：岚溪新材料科技有限公司\n注册资本：4.18亿元\n只有描述\n"
        );
    }

    #[test]
    fn html_is_sniffed_from_stdin() {
        let d = decode(
            "s",
            Path::new("-"),
            b"<html><body><p>\xe9\x94\x82</p></body></html>",
            None,
        )
        .unwrap();
        assert_eq!(d.text, "锂\n");
    }

    #[test]
    fn document_paths() {
        assert!(is_document_path(Path::new("a/b.TXT")));
        assert!(is_document_path(Path::new("a/b.htm")));
        assert!(!is_document_path(Path::new("a/b.gold.json")));
        assert!(!is_document_path(Path::new("a/b.notes.md")));
        assert!(!is_document_path(Path::new("a/.hidden.txt")));
    }

    #[test]
    fn a_cjk_run_stops_at_the_first_other_character_or_at_n() {
        assert_eq!(cjk_run("组长的整改专班，力争", 12), "组长的整改专班");
        assert_eq!(cjk_run("首席技术官", 3), "首席技");
        assert_eq!(cjk_run("2025年", 4), "");
    }
}
