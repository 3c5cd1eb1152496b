//! Stage 2, cleaning. Input: a [`Document`]. Output: [`CleanText`], the text the
//! extractor sees, plus a report of what each step removed.
//!
//! Steps, each a public function tested on its own: lines a PDF page broke at its
//! edge, tab-separated table rows a cell broke over lines, full-width normalization, pinyin annotations, photo captions, site
//! boilerplate, repeated title and pasted-twice bodies, bylines, form labels spaced
//! out to align their colons.
//! Invariant: cleaning never adds characters that were not in the document (apart
//! from line breaks), keeps paragraph order (a table cell's text that a page wrapped
//! onto the next line goes back into its cell), and every later offset is a
//! character offset into `CleanText::text`.
//!
//! The extractor reads full-width ASCII folded to ASCII (，→ , ５→ 5), but users
//! quote the article as it was written: [`CleanText::written`] gives the same text
//! with the document's full-width characters back, character for character, so
//! every offset into `text` is the same offset into it.

use rustc_hash::FxHashSet as HashSet;
use std::sync::LazyLock;

use regex::Regex;

use crate::read::{Document, is_cjk};

/// Cleaned text of one document: one paragraph per line, each line ending in `\n`.
#[derive(Debug, Clone)]
pub struct CleanText {
    /// The document id this text belongs to.
    pub doc_id: String,
    /// The cleaned text the extractor reads, full-width ASCII folded to ASCII; all
    /// spans in the graph are character offsets into it (and into [`Self::written`]).
    pub text: String,
    /// What the cleaning steps removed.
    pub report: CleanReport,
    /// The characters the document wrote full-width: byte offset in `text` (where
    /// the folded ASCII character stands) and the character as written, in order.
    widened: Vec<(u32, char)>,
}

impl CleanText {
    /// The whole cleaned text as the document wrote it (see [`Self::written_slice`]).
    pub fn written(&self) -> std::borrow::Cow<'_, str> {
        self.written_slice(0, self.text.len())
    }

    /// `text[b0..b1]` (byte offsets) with its full-width characters as written:
    /// the same characters in the same order, so character offsets carry over.
    ///
    /// ```
    /// let c = lithkg::clean::clean_str("d", "产值５０２亿元，同比增长10%。");
    /// assert_eq!(c.text, "产值502亿元,同比增长10%。\n");
    /// assert_eq!(c.written(), "产值５０２亿元，同比增长10%。\n");
    /// assert_eq!(c.written_slice(0, 9), "产值５０２");
    /// ```
    pub fn written_slice(&self, b0: usize, b1: usize) -> std::borrow::Cow<'_, str> {
        let text = &self.text[b0..b1];
        let first = self.widened.partition_point(|&(b, _)| (b as usize) < b0);
        let n = self.widened[first..].partition_point(|&(b, _)| (b as usize) < b1);
        if n == 0 {
            return std::borrow::Cow::Borrowed(text);
        }
        // Each widened character is one ASCII byte in `text` and three bytes here.
        let mut out = String::with_capacity(text.len() + 2 * n);
        let mut at = b0;
        for &(b, c) in &self.widened[first..first + n] {
            let b = b as usize;
            out.push_str(&self.text[at..b]);
            out.push(c);
            at = b + 1;
        }
        out.push_str(&self.text[at..b1]);
        std::borrow::Cow::Owned(out)
    }
}

/// Counts of what each cleaning step changed, for diagnostics.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CleanReport {
    /// Full-width characters normalized to ASCII.
    pub fullwidth: usize,
    /// Pinyin annotations removed.
    pub pinyin: usize,
    /// Photo caption lines and photo credits removed.
    pub captions: usize,
    /// Boilerplate lines removed (including everything after a cut marker).
    pub boilerplate: usize,
    /// Repeated lines (title repeated, body pasted twice) removed.
    pub repeated: usize,
    /// Byline lines and prefixes removed.
    pub bylines: usize,
    /// Field labels spaced out for alignment joined (招 标 人： → 招标人：).
    pub labels: usize,
    /// Line breaks a page made at its right edge joined (text copied from a PDF).
    pub unwrapped: usize,
}

/// Runs every cleaning step in order.
///
/// ```
/// let doc = lithkg::read::decode("d", std::path::Path::new("d.txt"),
///     "郴州报道(bàodào)：产值５０２亿元。".as_bytes(), None).unwrap();
/// assert_eq!(lithkg::clean::clean(&doc).text, "郴州报道:产值502亿元。\n");
/// ```
pub fn clean(doc: &Document) -> CleanText {
    clean_str(&doc.id, &doc.text)
}

/// [`clean`] on a bare string, for callers without a [`Document`].
pub fn clean_str(doc_id: &str, text: &str) -> CleanText {
    let mut report = CleanReport::default();
    let (text, n) = unwrap_lines(text);
    report.unwrapped = n;
    let (text, n) = join_wrapped_cells(&text);
    report.unwrapped += n;
    let (folded, n, wide) = fold_width(&text);
    report.fullwidth = n;
    let (t, n) = strip_pinyin(&folded);
    report.pinyin = n;
    let (t, n) = drop_captions(&t);
    report.captions = n;
    let (t, n) = cut_boilerplate(&t);
    report.boilerplate = n;
    let (t, n) = drop_repeats(&t);
    report.repeated = n;
    let (t, n) = drop_bylines(&t);
    report.bylines = n;
    let (t, n) = join_spaced_labels(&t);
    report.labels = n;
    let widened = carry_widths(&folded, &wide, &t);
    CleanText {
        doc_id: doc_id.to_string(),
        text: t,
        report,
        widened,
    }
}

/// Bytes of the folded text searched for the next cleaned line. The bound keeps a
/// page that is mostly deleted lines linear; a page that deletes more than this
/// between two lines it keeps quotes the rest of its text folded.
const REALIGN_WINDOW: usize = 1 << 16;

/// The full-width characters (`wide`: byte offset in `folded`, character as
/// written) that survive into `cleaned`: their byte offsets there.
///
/// The steps after [`normalize_width`] only delete (lines, prefixes, annotations)
/// and add line breaks, so each cleaned line is found in `folded` at or after the
/// previous one: whole when the line was kept whole, else as the earliest
/// subsequence. Where a line cannot be found (no step does that today), the rest
/// of the text stays folded: a quote with ASCII commas, never a wrong character.
fn carry_widths(folded: &str, wide: &[(usize, char)], cleaned: &str) -> Vec<(u32, char)> {
    if wide.is_empty() {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut pos = 0usize; // in `folded`
    let mut line_at = 0usize; // in `cleaned`
    for line in cleaned.split_inclusive('\n') {
        let body = line.trim_end_matches('\n');
        let here = line_at;
        line_at += line.len();
        if body.is_empty() {
            continue;
        }
        let end = (pos + REALIGN_WINDOW + body.len()).min(folded.len());
        let end = (end..=folded.len())
            .find(|&e| folded.is_char_boundary(e))
            .unwrap_or(folded.len());
        let window = &folded[pos..end];
        // Most lines were kept whole right after the previous one, past its line
        // breaks: building a searcher for the line (a cost that grows with its
        // length) is only needed when one was deleted in between. A line holds no
        // break, so no earlier match can start among the skipped ones.
        let next = window.len() - window.trim_start_matches('\n').len();
        let found = if window[next..].starts_with(body) {
            Some(next)
        } else {
            memchr::memmem::find(window.as_bytes(), body.as_bytes())
        };
        if let Some(k) = found {
            // Kept whole: the wide characters in its span move by a constant.
            let (f0, f1) = (pos + k, pos + k + body.len());
            let from = wide.partition_point(|&(b, _)| b < f0);
            for &(b, c) in wide[from..].iter().take_while(|&&(b, _)| b < f1) {
                out.push(((here + b - f0) as u32, c));
            }
            pos = f1;
        } else {
            let mut f = window.char_indices();
            for (i, c) in body.char_indices() {
                let Some((j, _)) = f.by_ref().find(|&(_, fc)| fc == c) else {
                    return out;
                };
                if let Ok(k) = wide.binary_search_by_key(&(pos + j), |&(b, _)| b) {
                    out.push(((here + i) as u32, wide[k].1));
                }
            }
            pos += f.offset();
        }
    }
    out
}

/// True for a character [`normalize_width`] folds to an ASCII one. Full-width
/// brackets stay as written: they stand inside names and titles (2025中国（金昌）…大会,
/// 《…（2025—2027年）》) that users read and quote.
fn is_folded_wide(c: char) -> bool {
    matches!(c, '\u{FF01}'..='\u{FF5E}') && !matches!(c, '\u{FF08}' | '\u{FF09}')
}

/// Full-width ASCII (ＡＢＣ１２３，：) to ASCII except the brackets （）, ideographic and no-break spaces to
/// spaces, CR/CRLF to LF, zero-width characters removed. Returns the count changed.
pub fn normalize_width(s: &str) -> (String, usize) {
    let (out, n, _) = fold_width(s);
    (out, n)
}

/// [`normalize_width`], also giving each folded full-width character's byte
/// offset in the output and the character as written.
fn fold_width(s: &str) -> (String, usize, Vec<(usize, char)>) {
    let mut out = String::with_capacity(s.len());
    let mut n = 0;
    let mut wide = Vec::new();
    // Characters kept as they are go over in runs, not one push each.
    let mut run = 0;
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let keep = !matches!(
            c,
            '\u{FF01}'..='\u{FF5E}'
                | '\u{3000}'
                | '\u{00A0}'
                | '\u{2002}'..='\u{200D}'
                | '\u{FEFF}'
                | '\u{2060}'
                | '\r'
                | '\u{FFFD}'
        ) || matches!(c, '\u{FF08}' | '\u{FF09}');
        if keep {
            continue;
        }
        out.push_str(&s[run..i]);
        run = i + c.len_utf8();
        match c {
            c if is_folded_wide(c) => {
                n += 1;
                wide.push((out.len(), c));
                out.push(char::from_u32(c as u32 - 0xFEE0).unwrap_or(c));
            }
            '\u{3000}' | '\u{00A0}' | '\u{2002}'..='\u{200A}' => {
                n += 1;
                out.push(' ');
            }
            '\u{200B}'..='\u{200D}' | '\u{FEFF}' | '\u{2060}' => n += 1,
            '\r' => {
                if chars.peek().map(|&(_, c)| c) != Some('\n') {
                    out.push('\n');
                }
            }
            // Replacement characters from lossy decoding carry nothing.
            '\u{FFFD}' => n += 1,
            _ => out.push(c),
        }
    }
    out.push_str(&s[run..]);
    (out, n, wide)
}

/// Columns a character takes in a page laid out in a fixed-width grid, as text
/// copied from a PDF is: two for Chinese characters and full-width forms, else one.
fn char_columns(c: char) -> usize {
    if matches!(c as u32, 0x1100..=0x115F | 0x2E80..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF | 0xFE30..=0xFE4F | 0xFF00..=0xFF60 | 0xFFE0..=0xFFE6 | 0x20000..=0x3FFFD)
    {
        2
    } else {
        1
    }
}

/// Shortest line, in columns, taken as one a page broke at its right edge.
const MIN_WRAP_COLUMNS: usize = 40;
/// How far short of the page's right edge a broken line may end, in columns: a
/// justified line of Chinese with digits and Latin letters in it rarely fills it.
const WRAP_SLACK: usize = 12;
/// Longest line, in bytes, a page broken into lines holds: 100 Chinese characters,
/// wider than any page.
const MAX_PAGE_BYTES: usize = 300;
/// Fewest lines ending at the right edge that show a page was broken into lines.
const MIN_WRAPPED_LINES: usize = 3;

/// A line of a page as [`unwrap_lines`] reads it.
struct PageLine<'a> {
    text: &'a str,
    /// Columns up to the end of the text.
    width: usize,
    /// Each cell, a run of text parted from the next by two or more spaces: its
    /// start column, end column, start byte and end byte.
    cells: Vec<(usize, usize, usize, usize)>,
}

impl<'a> PageLine<'a> {
    fn new(text: &'a str) -> Self {
        let text = text.trim_end();
        let mut cells = Vec::new();
        let mut col = 0;
        let mut gap = 0; // columns of space since the last text
        let mut open: Option<(usize, usize)> = None;
        let (mut last_end, mut last_col) = (0, 0);
        for (b, c) in text.char_indices() {
            let w = char_columns(c);
            if c.is_whitespace() {
                // A tab separates cells however narrow it is drawn.
                gap += if c == '\t' { 2 } else { w };
            } else {
                if open.is_none() || gap >= 2 {
                    if let Some((c0, b0)) = open.take() {
                        cells.push((c0, last_col, b0, last_end));
                    }
                    open = Some((col, b));
                }
                gap = 0;
                last_end = b + c.len_utf8();
                last_col = col + w;
            }
            col += w;
        }
        if let Some((c0, b0)) = open {
            cells.push((c0, last_col, b0, last_end));
        }
        PageLine {
            text,
            width: col,
            cells,
        }
    }

    /// One run of text from the left margin (or a paragraph's indent): prose, not
    /// a row of cells.
    fn is_prose(&self) -> bool {
        self.cells.len() == 1 && self.cells[0].0 <= 4
    }

    /// Ends where a sentence or a clause may end, so the break is the writer's.
    fn ends_clause(&self) -> bool {
        let t = self
            .text
            .trim_end_matches(['”', '’', '」', '』', '）', ')', '》', '"']);
        t.ends_with(['。', '！', '？', '；', '：', '!', '?', ';', ':'])
    }
}

/// The text of a line's `k`th cell.
fn cell_text<'a>(line: &PageLine<'a>, k: usize) -> &'a str {
    let (.., b0, b1) = line.cells[k];
    &line.text[b0..b1]
}

/// Whether `next` goes on with both cells of the label-and-value row `at`: the
/// label fills its column up to the value's, the value reaches the page's right
/// edge without ending a clause, and `next` is a row of the same two columns.
fn continues_pair(at: &PageLine, next: &PageLine, edge: usize) -> bool {
    let [(a0, a1, ..), (v0, ..)] = at.cells[..] else {
        return false;
    };
    let [(n0, ..), (nv0, ..)] = next.cells[..] else {
        return false;
    };
    a0 == 0
        && n0 == 0
        && v0 - a1 <= 4
        && nv0.abs_diff(v0) <= 2
        && at.width >= edge
        && !at.ends_clause()
        && !cell_text(at, 1).ends_with(|c: char| c.is_ascii_digit() || c == '%')
}

/// A line that opens a paragraph of its own: a heading's number, a note, a bullet.
static OPENS_BLOCK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}\s*[、．]|\d{1,2}\.\D|第[一二三四五六七八九十\d]{1,3}[节章条部]|注\s*\d{0,2}\s*[:：]|[•·●■◆▲►\-*])")
        .expect("static regex")
});

/// Joins the lines a page broke at its right edge, as text copied from a PDF is:
/// a paragraph's lines, when at least three lines of the document end at one right
/// edge without a clause ending there, and a table cell's text that went on to the
/// next line (…投资合伙企业（有限\n        合伙）, a field's value 金华大道\n   8 号),
/// which goes back to the end of the cell it starts under. Text of one line that
/// ends a clause (。；：), a line that opens a block (（一）, 1、, 注1：), and an
/// indented line are left where they are. Latin words are not joined, which would
/// need a space the page never wrote. Returns the text and how many breaks went.
pub fn unwrap_lines(s: &str) -> (std::borrow::Cow<'_, str>, usize) {
    // Most pages break only where their paragraphs end: no work for them.
    // By bytes alone: lines long enough to reach an edge and open at their end, and
    // lines longer than any page is wide (a web page's paragraphs).
    let (mut long, mut open, mut too_wide) = (0usize, 0usize, 0usize);
    for l in s.lines() {
        let t = l.trim_end();
        if t.len() < MIN_WRAP_COLUMNS {
            continue;
        }
        long += 1;
        if t.len() > MAX_PAGE_BYTES {
            too_wide += 1;
        } else if !t.ends_with(['。', '！', '？', '；', '：']) {
            open += 1;
        }
    }
    if open < MIN_WRAPPED_LINES || too_wide * 10 > long {
        return (std::borrow::Cow::Borrowed(s), 0);
    }
    let lines: Vec<PageLine> = s.lines().map(PageLine::new).collect();
    // The page's right edge: the band of widths where most open prose lines end.
    // Long prose lines of Chinese (not a row of a table drawn with bars).
    let long: Vec<&PageLine> = lines
        .iter()
        .filter(|l| {
            l.is_prose()
                && l.width >= MIN_WRAP_COLUMNS
                && !l.text.contains(['|', '｜'])
                && l.text.chars().any(is_cjk)
        })
        .collect();
    let mut widths: Vec<usize> = long
        .iter()
        .filter(|l| !l.ends_clause())
        .map(|l| l.width)
        .collect();
    widths.sort_unstable();
    let (mut edge, mut most) = (usize::MAX, 0);
    for (i, &w) in widths.iter().enumerate() {
        let n = widths[i..].partition_point(|&x| x <= w + WRAP_SLACK);
        if n > most {
            (edge, most) = (w, n);
        }
    }
    // A page broke its lines when nothing of it runs past that edge (a paragraph
    // of a web page is one long line) and the lines that reach it mostly end
    // inside a sentence: at least three, of distinct text (a title said three
    // times is none).
    let beyond = long
        .iter()
        .filter(|l| l.width > edge.saturating_add(WRAP_SLACK))
        .count();
    let at_edge = long.iter().filter(|l| l.width >= edge).count();
    let distinct = {
        let mut texts: Vec<&str> = long
            .iter()
            .filter(|l| l.width >= edge && !l.ends_clause())
            .map(|l| l.text)
            .collect();
        texts.sort_unstable();
        texts.dedup();
        texts.len()
    };
    let wrapped_prose =
        distinct >= MIN_WRAPPED_LINES && beyond * 10 <= long.len() && most * 2 >= at_edge;
    let latin = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric());
    let mut out = String::with_capacity(s.len());
    let mut n = 0;
    let mut i = 0;
    while i < lines.len() {
        let mut line = lines[i].text.to_string();
        let mut at = &lines[i];
        while let Some(next) = lines.get(i + 1) {
            let first = next.cells.first();
            let joins_prose = wrapped_prose
                && at.is_prose()
                && next.is_prose()
                && first.is_some_and(|f| f.0 == 0)
                && at.width >= edge
                && !at.ends_clause()
                && !OPENS_BLOCK.is_match(next.text)
                && !(latin(line.chars().next_back()) && latin(next.text.chars().next()));
            // A cell's text below its cell: one run of text, indented, under a row.
            let cell = (at.cells.len() >= 2
                && line.len() == at.text.len()
                && next.cells.len() == 1
                && next.text.chars().any(is_cjk))
            .then(|| {
                let c = first?.0;
                (c >= 4)
                    .then(|| at.cells.iter().rposition(|&(c0, ..)| c0 <= c + 2))
                    .flatten()
            })
            .flatten();
            // A label and its value both broken at their columns' edges (主营业务及其与
            // 发行人主营  …主要供\n业务的关系  应发行人…): each goes on in the next row.
            let pair =
                wrapped_prose && line.len() == at.text.len() && continues_pair(at, next, edge);
            if joins_prose {
                line.push_str(next.text);
            } else if let Some(k) = cell {
                // Only the row's own text is in `line` yet: its byte offsets hold.
                let (.., b0, b1) = next.cells[0];
                line.insert_str(at.cells[k].3, &next.text[b0..b1]);
                n += 1;
                i += 1;
                break;
            } else if pair {
                let (mut label, mut value) =
                    (cell_text(at, 0).to_string(), cell_text(at, 1).to_string());
                let gap = &at.text[at.cells[0].3..at.cells[1].2];
                let mut row = at;
                while let Some(next) = lines.get(i + 1)
                    && continues_pair(row, next, edge)
                {
                    label.push_str(cell_text(next, 0));
                    value.push_str(cell_text(next, 1));
                    n += 1;
                    i += 1;
                    row = next;
                }
                line = format!("{label}{gap}{value}");
                break;
            } else {
                break;
            }
            n += 1;
            i += 1;
            at = next;
        }
        out.push_str(&line);
        out.push('\n');
        i += 1;
    }
    if !s.ends_with('\n') {
        out.pop();
    }
    (std::borrow::Cow::Owned(out), n)
}

/// Joins the rows of a tab-separated table whose cell broke over lines: a row with
/// fewer cells than the row before it goes on with the next lines while, the break
/// being inside a cell, each adds its cells less one, until the row has as many cells
/// as the one before (5\tA有限公司\t年产3000吨LiFSI（双氟磺酰亚胺 / 锂）中试线项目\t新北区\t300).
/// A row that no lines complete exactly is left as it is. Returns the text and how many
/// breaks were joined.
pub fn join_wrapped_cells(s: &str) -> (std::borrow::Cow<'_, str>, usize) {
    // Most pages hold no tab: no work for them.
    if !s.contains('\t') {
        return (std::borrow::Cow::Borrowed(s), 0);
    }
    let cells = |l: &str| {
        if l.contains('\t') {
            l.trim_matches(|c: char| c != '\t' && c.is_whitespace())
                .split('\t')
                .count()
        } else {
            usize::from(!l.trim().is_empty())
        }
    };
    let lines: Vec<&str> = s.split('\n').collect();
    let mut out = String::with_capacity(s.len());
    let mut n = 0;
    // Cells of the table's last whole row (its header at first).
    let mut width = 0usize;
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        let have = cells(line);
        let mut end = i;
        if width >= 3 && line.contains('\t') && have < width {
            let mut total = have;
            while total < width
                && let Some(next) = lines.get(end + 1)
                && !next.trim().is_empty()
                && total + cells(next) - 1 <= width
            {
                total += cells(next) - 1;
                end += 1;
            }
            if total != width {
                end = i;
            }
        }
        out.push_str(line.trim_end_matches('\r'));
        for next in &lines[i + 1..=end] {
            out.truncate(out.trim_end_matches([' ', '\u{3000}', '\r']).len());
            out.push_str(next.trim_start_matches([' ', '\u{3000}']));
            n += 1;
        }
        if i + 1 < lines.len() {
            out.push('\n');
        }
        // A line without a tab ends the table; a short row (合计\t6390) does not.
        let row = if end > i { width } else { have };
        width = if !line.contains('\t') {
            0
        } else if row >= 3 {
            row
        } else {
            width
        };
        i = end + 1;
    }
    (std::borrow::Cow::Owned(out), n)
}

static PAREN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[(（]([^()（）\n]{1,60})[)）]").expect("static regex"));

/// One pinyin syllable with tone marks removed (initial + final, or a bare final).
static SYLLABLES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|van|ai|ei|ao|ou|an|en|er|in|un|vn|ia|ie|iu|ua|uo|ui|ve|ue|a|o|e|i|u|v))+$",
    )
    .expect("static regex")
});

/// Removes pinyin annotations in parentheses after Chinese characters
/// (报道(bàodào) → 报道, 安高(āngāo)固态电池 → 安高固态电池), keeping legitimate
/// parentheses such as (LFP), (2023), (以下简称“锂十条”). Returns the count removed.
pub fn strip_pinyin(s: &str) -> (String, usize) {
    let mut out = String::with_capacity(s.len());
    let mut last = 0;
    let mut n = 0;
    for cap in PAREN.captures_iter(s) {
        let m = cap.get(0).expect("group 0");
        let inner = cap.get(1).expect("group 1").as_str();
        let before = s[..m.start()].chars().next_back();
        if before.is_some_and(is_cjk) && is_pinyin(inner) {
            out.push_str(&s[last..m.start()]);
            last = m.end();
            n += 1;
        }
    }
    out.push_str(&s[last..]);
    (out, n)
}

/// True when `s` is pinyin: lower-case syllables, with tone marks or spelled as valid syllables.
pub fn is_pinyin(s: &str) -> bool {
    let s = s.trim();
    if s.is_empty() || s.len() > 60 {
        return false;
    }
    let mut plain = String::with_capacity(s.len());
    let mut toned = false;
    for c in s.chars() {
        let base = match c {
            'ā' | 'á' | 'ǎ' | 'à' => 'a',
            'ē' | 'é' | 'ě' | 'è' => 'e',
            'ī' | 'í' | 'ǐ' | 'ì' => 'i',
            'ō' | 'ó' | 'ǒ' | 'ò' => 'o',
            'ū' | 'ú' | 'ǔ' | 'ù' => 'u',
            'ǖ' | 'ǘ' | 'ǚ' | 'ǜ' | 'ü' => 'v',
            'a'..='z' => c,
            ' ' | '\'' | '-' => ' ',
            _ => return false,
        };
        if base != c && c != '\'' && c != '-' && c != ' ' {
            toned = true;
        }
        plain.push(base);
    }
    let all_syllables = plain
        .split(' ')
        .filter(|w| !w.is_empty())
        .all(|w| SYLLABLES.is_match(w));
    // Untoned words must also parse as syllables, so that English (app, lfp) stays.
    all_syllables && (toned || plain.len() <= 12)
}

static PHOTO_CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\s*[(（](?:[^()（）\n]{1,20}/\s*摄(?:影)?|(?:摄影|图|图片|图源)[:/][^()（）\n]{1,20}|[^()（）\n]{1,20}供图)[)）]")
        .expect("static regex")
});

/// Markers that open a caption line.
const CAPTION_START: &[&str] = &[
    "▲",
    "△",
    "▼",
    "↑",
    "图为",
    "图:",
    "图片:",
    "图片来源",
    "(图",
];

/// Drops photo-caption lines (▲ …, 图为 …, lines ending in a photo credit such as
/// (刘娟娟/摄)) and strips photo credits left inside other lines. Returns the count.
pub fn drop_captions(s: &str) -> (String, usize) {
    let mut out = String::with_capacity(s.len());
    let mut n = 0;
    for line in s.lines() {
        let t = line.trim();
        let starts = CAPTION_START.iter().any(|m| t.starts_with(m));
        // Every form of credit names the photo (摄, 图): most lines hold neither.
        let credit_at_end = t.contains(['摄', '图'])
            && PHOTO_CREDIT
                .find_iter(t)
                .last()
                .is_some_and(|m| t[m.end()..].trim_matches(['。', '.', ' ']).is_empty());
        if starts || credit_at_end {
            n += 1;
            continue;
        }
        let stripped = if line.contains(['摄', '图']) {
            PHOTO_CREDIT.replace_all(line, "")
        } else {
            std::borrow::Cow::Borrowed(line)
        };
        if stripped.len() != line.len() {
            n += 1;
        }
        out.push_str(&stripped);
        out.push('\n');
    }
    (out, n)
}

struct Boilerplate {
    cut: Vec<&'static str>,
    line: Vec<&'static str>,
}

static BOILERPLATE: LazyLock<Boilerplate> = LazyLock::new(|| {
    let mut b = Boilerplate {
        cut: Vec::new(),
        line: Vec::new(),
    };
    let data: &'static str = include_str!("../data/rules/boilerplate.tsv");
    for row in data
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .skip(1)
    {
        if let Some((kind, marker)) = row.split_once('\t') {
            match kind {
                "cut" => b.cut.push(marker),
                _ => b.line.push(marker),
            }
        }
    }
    b
});

/// Longest line still taken for a boilerplate marker line.
const MAX_BOILERPLATE_LINE: usize = 40;

/// Cuts site boilerplate: a marker such as 相关推荐 or 评论列表 in the second half of
/// the page ends the article; lines such as 暂无评论, 责任编辑:X, 分享到 are dropped.
/// Returns the number of lines removed.
pub fn cut_boilerplate(s: &str) -> (String, usize) {
    let total = s.chars().count();
    let mut seen = 0usize;
    let mut out = String::with_capacity(s.len());
    let mut n = 0;
    let mut lines = s.lines();
    while let Some(line) = lines.next() {
        let len = line.chars().count();
        let t = line.trim();
        let short = t.chars().count() <= MAX_BOILERPLATE_LINE;
        if short && BOILERPLATE.cut.iter().any(|m| t.starts_with(m)) {
            if seen * 2 >= total {
                n += 1 + lines.filter(|l| !l.trim().is_empty()).count();
                break;
            }
            n += 1;
        } else if (short || pair_of_markers(t))
            && BOILERPLATE
                .line
                .iter()
                .any(|m| t.starts_with(m) && !opens_field(&t[m.len()..]))
        {
            n += 1;
        } else {
            out.push_str(line);
            out.push('\n');
        }
        seen += len + 1;
    }
    (out, n)
}

/// True when a line of up to twice the marker-line length opens on one marker and
/// holds another after it, both as labels before a colon: a page's 上一篇：…　下一篇：…
/// names two headlines on one line (欢迎…你… is a sentence, no pair).
fn pair_of_markers(t: &str) -> bool {
    t.chars().count() <= 2 * MAX_BOILERPLATE_LINE
        && BOILERPLATE.line.iter().any(|m| {
            t.strip_prefix(*m).is_some_and(|rest| {
                labels(m, rest)
                    && BOILERPLATE.line.iter().any(|n| {
                        rest.match_indices(*n)
                            .any(|(i, _)| labels(n, &rest[i + n.len()..]))
                    })
            })
        })
}

/// True when a marker is a label: it ends in a colon or a colon follows it.
fn labels(marker: &str, rest: &str) -> bool {
    marker.ends_with([':', '：']) || rest.starts_with([':', '：'])
}

/// True when what follows a marker word makes it part of a form's field label
/// (注册 of 注册地址:, not the site's 注册 link): more characters and a colon, or
/// a table's label before the spaces that part it from its value (注册资本    15,000
/// 万元, 注册地和主要生产经营地    湖北省…).
fn opens_field(rest: &str) -> bool {
    let colon = rest.split([':', '：']).next().unwrap_or(rest);
    if colon.len() < rest.len()
        && (1..=4).contains(&colon.chars().count())
        && colon.chars().all(is_cjk)
    {
        return true;
    }
    let label = rest.split("  ").next().unwrap_or(rest);
    label.len() < rest.len()
        && (1..=12).contains(&label.chars().count())
        && label.chars().all(is_cjk)
        && !rest[label.len()..].trim().is_empty()
}

/// Shortest line whose repetition is taken as pasted text rather than a coincidence.
const MIN_REPEAT_CHARS: usize = 8;
/// Shortest earlier line that is stripped when a later line starts with it.
const MIN_PREFIX_CHARS: usize = 12;

/// Keeps the first copy of every repeated line (a title repeated at the top, a body
/// pasted twice); a line that begins with an earlier line keeps only its new part;
/// a line made of the same text twice keeps one copy. Blank lines go.
/// Returns the number of lines removed or shortened.
pub fn drop_repeats(s: &str) -> (String, usize) {
    let mut seen: HashSet<u64> = HashSet::default();
    let mut prefixes: Vec<String> = Vec::new();
    let mut out = String::with_capacity(s.len());
    let mut n = 0;
    for (line_no, line) in s.lines().enumerate() {
        let mut t = line.trim();
        if t.is_empty() {
            continue;
        }
        if let Some(half) = doubled(t) {
            t = half;
            n += 1;
        }
        let (mut len, mut key) = line_key(t);
        if len >= MIN_REPEAT_CHARS && seen.contains(&key) {
            n += 1;
            continue;
        }
        if let Some(rest) = prefixes.iter().find_map(|p| strip_key_prefix(t, p)) {
            n += 1;
            t = rest.trim();
            if t.is_empty() {
                continue;
            }
            (len, key) = line_key(t);
        }
        if len >= MIN_REPEAT_CHARS {
            seen.insert(key);
        }
        // A title glued to the next line happens at the top of a page.
        if len >= MIN_PREFIX_CHARS && line_no < PREFIX_LINES {
            prefixes.push(t.chars().filter(|c| !c.is_whitespace()).collect());
        }
        out.push_str(t);
        out.push('\n');
    }
    (out, n)
}

/// Lines at the top of a page whose text may be glued to a later line.
const PREFIX_LINES: usize = 8;

/// A line's length and hash with whitespace ignored, in one pass and without
/// copying it (this runs on every line of every document).
fn line_key(t: &str) -> (usize, u64) {
    use std::hash::Hasher;
    let mut h = rustc_hash::FxHasher::default();
    let mut len = 0;
    for c in t.chars().filter(|c| !c.is_whitespace()) {
        h.write_u32(c as u32);
        len += 1;
    }
    (len, h.finish())
}

/// What follows the whitespace-free prefix `p` in `t` (whitespace inside `t`
/// ignored), if `t` starts with it and has more than it.
fn strip_key_prefix<'a>(t: &'a str, p: &str) -> Option<&'a str> {
    let mut want = p.chars().peekable();
    for (i, c) in t.char_indices() {
        if c.is_whitespace() {
            continue;
        }
        match want.peek() {
            None => return Some(&t[i..]),
            Some(&w) if w == c => {
                want.next();
            }
            Some(_) => return None,
        }
    }
    None
}

/// If `t` is some text written twice in a row, that text.
fn doubled(t: &str) -> Option<&str> {
    if t.len() < 2 * MIN_REPEAT_CHARS * 3 || !t.len().is_multiple_of(2) {
        return None;
    }
    let mid = t.len() / 2;
    if !t.is_char_boundary(mid) {
        return None;
    }
    let (a, b) = t.split_at(mid);
    (a == b).then_some(a)
}

static BYLINE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:.{0,20}(?:记者|通讯员|特约撰稿人)\s*[\p{Han}·]{2,4}(?:\s+[\p{Han}·]{2,4})*\s*(?:[\p{Han}]{0,6}(?:报道|讯|电|发|编辑|整理))?|(?:文|图|文图|图文|作者|撰文|记者)\s*[/|:]\s*[\p{Han}·\s]{2,20})$",
    )
    .expect("static regex")
});

/// Characters one of which every byline line holds (记者, 文/, 作者 …).
const BYLINE_MARKS: [char; 6] = ['记', '通', '特', '文', '图', '作'];

static BYLINE_PREFIX: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^[^\n。]{0,24}?(?:讯|电)\s*[(（](?:[^()（）\n]{0,30})(?:记者|通讯员)[^()（）\n]{0,30}[)）]\s*|[(（](?:记者|通讯员)[^()（）\n]{1,30}[)）]",
    )
    .expect("static regex")
});

/// A field label at the start of a line whose characters are spaced out to align
/// the colons of a form (招 标 人：, 工  期:), after a list number if any.
static SPACED_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?m)^([ \t\u{3000}]*(?:\d{1,2}[.、．][ \t]*)?)(\p{Han}(?:[ \t\u{3000}]+\p{Han}){1,4})([ \t\u{3000}]*[:：])")
        .expect("static regex")
});

/// Joins field labels whose characters a form spaced out to align its colons
/// (招 标 人：张掖… → 招标人：张掖…), so the label reads as the word it is.
/// Returns the text and how many labels were joined.
pub fn join_spaced_labels(s: &str) -> (String, usize) {
    // Only a line with a colon soon after a space can hold such a label: the regex
    // runs on the rest of the text only if one does (most pages have none).
    let candidate = s.lines().any(|line| {
        let head = crate::read::first_chars(line, 16);
        head.contains([':', '：']) && head.contains([' ', '\t', '\u{3000}'])
    });
    if !candidate {
        return (s.to_string(), 0);
    }
    let mut n = 0;
    let out = SPACED_LABEL.replace_all(s, |c: &regex::Captures| {
        n += 1;
        let label: String = c[2].chars().filter(|ch| !ch.is_whitespace()).collect();
        format!("{}{}{}", &c[1], label, c[3].trim_start())
    });
    (out.into_owned(), n)
}

/// A source/date line of a news page: 来源:某某网 记者 X 2025-07-22 10:15 【字号 大 中 小】.
static SOURCE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:来源|作者|编辑|责编|发布时间|发布日期)\s*[:：]|【字号|记者\s*[\p{Han}·]{2,4}|\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}")
        .expect("static regex")
});

/// Drops byline lines (红网时刻新闻记者 胡用梅 郴州报道; 文/张三; 来源:某网 记者 X
/// 2025-07-22) and byline prefixes (本报讯(记者 王五) …): journalists and
/// outlets are not part of the story.
pub fn drop_bylines(s: &str) -> (String, usize) {
    let mut out = String::with_capacity(s.len());
    let mut n = 0;
    for line in s.lines() {
        let t = line.trim();
        // Only short lines can be bylines: count no further than that.
        let len = t.chars().take(81).count();
        let source_line = len <= 80 && !t.contains('。') && SOURCE_LINE.find_iter(t).count() >= 2;
        if len <= 40 && t.contains(BYLINE_MARKS) && BYLINE_LINE.is_match(t) || source_line {
            n += 1;
            continue;
        }
        let stripped = if t.contains("记者") || t.contains("通讯员") {
            BYLINE_PREFIX.replace_all(t, "")
        } else {
            std::borrow::Cow::Borrowed(t)
        };
        if stripped.len() != t.len() {
            n += 1;
        }
        let stripped = stripped.trim();
        if !stripped.is_empty() {
            out.push_str(stripped);
            out.push('\n');
        }
    }
    (out, n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tab_tables_cell_broken_over_lines_goes_back_into_its_row() {
        let t = "序号\t企业名称\t项目名称\t所在区县\t金额\n\
                 1\t岚峰材料有限公司\t年产3000吨LiFSI（双氟磺酰亚胺\n\
                 锂）中试线项目\t新北区\t300.00\n\
                 2\t鹤源有限公司\t硬碳项目\t钟楼区\t380.00\n";
        let (out, n) = join_wrapped_cells(t);
        assert_eq!(n, 1);
        assert!(out.contains("\t年产3000吨LiFSI（双氟磺酰亚胺锂）中试线项目\t新北区\t300.00\n2\t"));
        // A short row no following line completes stays as it is (合计 rows, notes).
        let t = "甲\t乙\t丙\t丁\n合计\t600\n注：以上为预估。\n";
        assert_eq!(join_wrapped_cells(t), (std::borrow::Cow::Borrowed(t), 0));
        // No tab, no work.
        assert!(matches!(
            join_wrapped_cells("甲\n乙").0,
            std::borrow::Cow::Borrowed(_)
        ));
    }

    #[test]
    fn width_is_normalized() {
        let (t, n) = normalize_width("ＬＦＰ１２３，：\u{3000}a\r\nb\rc\u{200B}");
        assert_eq!(t, "LFP123,: a\nb\nc");
        assert_eq!(n, 10);
    }

    #[test]
    fn full_width_brackets_stay_as_written() {
        let (t, n) = normalize_width("2025中国（金昌）大会，方案（2025—2027年）");
        assert_eq!(t, "2025中国（金昌）大会,方案（2025—2027年）");
        assert_eq!(n, 1);
        // The steps that read brackets read both widths.
        assert_eq!(strip_pinyin("郴州报道（bàodào）").0, "郴州报道");
        let (t, _) = drop_bylines("本报讯（记者 王五）宜春市锂电产业发展迅速。\n");
        assert_eq!(t, "宜春市锂电产业发展迅速。\n");
    }

    #[test]
    fn pinyin_after_words_and_inside_names_goes() {
        let (t, n) = strip_pinyin("郴州报道(bàodào)与安高(āngāo)固态电池研究院的(de)合作");
        assert_eq!(t, "郴州报道与安高固态电池研究院的合作");
        assert_eq!(n, 3);
    }

    #[test]
    fn legitimate_parentheses_stay() {
        for s in [
            "磷酸铁锂(LFP)",
            "宁德时代(CATL)",
            "在2023年(去年)",
            "《方案》(以下简称“锂十条”)",
            "公司(300750)",
            "电池(app)",
            "材料(ncm)",
        ] {
            assert_eq!(strip_pinyin(s).0, s, "{s}");
        }
    }

    #[test]
    fn pinyin_detection() {
        assert!(is_pinyin("bàodào"));
        assert!(is_pinyin("de"));
        assert!(is_pinyin("zīyuánzhěnghé"));
        assert!(is_pinyin("lǜsè"));
        assert!(!is_pinyin("LFP"));
        assert!(!is_pinyin("app"));
        assert!(!is_pinyin("刘娟娟/摄"));
    }

    #[test]
    fn captions_are_dropped() {
        let src = "▲临武县锂电产业园。(刘娟娟/摄)\n正文第一句。\n工作人员正在操控激光切割机(陈卫平/摄)\n图为新建的车间\n正文(张三/摄)第二句。\n";
        let (t, n) = drop_captions(src);
        assert_eq!(t, "正文第一句。\n正文第二句。\n");
        assert_eq!(n, 4);
    }

    #[test]
    fn boilerplate_tail_is_cut() {
        let src = "第一段很长的正文内容在这里。\n第二段正文。\n责任编辑:王五\n相关推荐\n别的新闻标题\n评论列表\n暂无评论,快抢沙发吧~\n";
        let (t, n) = cut_boilerplate(src);
        assert_eq!(t, "第一段很长的正文内容在这里。\n第二段正文。\n");
        assert_eq!(n, 5);
    }

    #[test]
    fn a_wechat_posts_furniture_goes() {
        let src = "点击上方蓝字 关注我们\n第一段很长的正文内容在这里。\n第二段正文。\nEND\n往期推荐\n▶ 重磅！岚峰基地二期开工\n";
        let (t, _) = cut_boilerplate(src);
        assert_eq!(t, "第一段很长的正文内容在这里。\n第二段正文。\n");
    }

    #[test]
    fn a_government_sites_link_lines_go() {
        // Regression: a footer's 相关链接：山东省人民政府 | … made the province's
        // government an entity of the article.
        let src = "第一段很长的正文内容在这里。\n相关链接：岚山省人民政府 | 国家政务服务平台\n友情链接：岚山市人民政府\n网站地图 | 联系我们\n";
        let (t, _) = cut_boilerplate(src);
        assert_eq!(t, "第一段很长的正文内容在这里。\n");
    }

    #[test]
    fn a_previous_and_next_link_pair_on_one_line_goes() {
        // Regression: 上一篇：…下一篇：… ran past the marker-line length with two
        // headlines, and their organizations became the article's.
        let src = "第一段很长的正文内容在这里。\n上一篇：岚峰锂业年产五万吨正极材料项目在岚山县开工 下一篇：岚山市召开新能源电池产业推进会议\n第二段正文。\n";
        let (t, n) = cut_boilerplate(src);
        assert_eq!(t, "第一段很长的正文内容在这里。\n第二段正文。\n");
        assert_eq!(n, 1);
        // A long line that opens on a marker but holds no second label stays.
        let src = "上一篇报道中我们提到，岚峰锂业年产五万吨正极材料项目已在岚山县开工建设，下一篇将介绍其工艺。\n";
        assert_eq!(cut_boilerplate(src).0, src);
    }

    #[test]
    fn boilerplate_marker_early_in_page_only_drops_its_line() {
        let src = "相关推荐\n正文一。\n正文二。\n正文三正文三正文三正文三。\n";
        let (t, n) = cut_boilerplate(src);
        assert_eq!(t, "正文一。\n正文二。\n正文三正文三正文三正文三。\n");
        assert_eq!(n, 1);
    }

    #[test]
    fn repeated_title_and_pasted_body_count_once() {
        let src = "郴州锂电产业的标题行就在这里\n郴州锂电产业的标题行就在这里\n郴州锂电产业的标题行就在这里记者 张三 报道\n正文第一段落内容。\n短句\n正文第一段落内容。\n短句\n";
        let (t, n) = drop_repeats(src);
        assert_eq!(
            t,
            "郴州锂电产业的标题行就在这里\n记者 张三 报道\n正文第一段落内容。\n短句\n短句\n"
        );
        assert_eq!(n, 3);
    }

    #[test]
    fn glued_title_matches_across_whitespace_and_needs_more_text() {
        // The earlier line's text is found in the later one whatever spaces either
        // holds; a line that only repeats it (spaces aside) is a repeat, not a glue.
        assert_eq!(
            strip_key_prefix(
                "郴州锂电 产业标题行就在这里 记者报道",
                "郴州锂电产业标题行就在这里"
            ),
            Some("记者报道")
        );
        assert_eq!(
            strip_key_prefix("郴州锂电 产业标题", "郴州锂电产业标题"),
            None
        );
        assert_eq!(
            strip_key_prefix("郴州锂业产业标题行", "郴州锂电产业标题"),
            None
        );
        let (t, _) = drop_repeats(
            "郴州锂电产业的标题行就在这里
郴州锂电产业的 标题行就在这里
",
        );
        assert_eq!(t, "郴州锂电产业的标题行就在这里\n");
    }

    #[test]
    fn doubled_line_keeps_one_copy() {
        let a = "郴州市锂电新能源产业产值达到五百亿元人民币。";
        let (t, _) = drop_repeats(&format!("{a}{a}\n"));
        assert_eq!(t, format!("{a}\n"));
    }

    #[test]
    fn bylines_go() {
        let src = "红网时刻新闻记者 胡用梅 郴州报道\n本报讯(记者 王五 通讯员 李四)宜春市锂电产业发展迅速。\n文/张三\n郴州市产值(记者 赵六)增长。\n来源:黔贵产业网 记者 杨雪梅 2025-07-22 10:15 【字号 大 中 小】\n记者从郴州市工信局获悉,产值增长。\n";
        let (t, n) = drop_bylines(src);
        assert_eq!(
            t,
            "宜春市锂电产业发展迅速。\n郴州市产值增长。\n记者从郴州市工信局获悉,产值增长。\n"
        );
        assert_eq!(n, 5);
    }

    #[test]
    fn a_field_whose_label_opens_like_a_site_link_is_kept() {
        // Regression: the marker 注册 (a site's sign-up link) dropped 注册地址:….
        let (t, n) =
            cut_boilerplate("注册\n注册地址:湖南省郴州市苏仙区\n登录 注册\n注册资本:5000万元\n");
        assert_eq!(t, "注册地址:湖南省郴州市苏仙区\n注册资本:5000万元\n");
        assert_eq!(n, 2);
    }

    #[test]
    fn form_labels_spaced_to_align_their_colons_are_joined() {
        let src = "招 标 人:岚峰储能科技有限公司\n工  期: 150日历天\n2. 中 标 价:8.7亿元\n【字号:大 中 小】\n岚峰 鹤山 两地:合作\n";
        let (t, n) = join_spaced_labels(src);
        assert_eq!(
            t,
            "招标人:岚峰储能科技有限公司\n工期: 150日历天\n2. 中标价:8.7亿元\n【字号:大 中 小】\n岚峰 鹤山 两地:合作\n"
        );
        assert_eq!(n, 3);
        // The evidence keeps the colon as written.
        let c = clean_str("d", "招 标 人：岚峰储能科技有限公司\n");
        assert_eq!(c.text, "招标人:岚峰储能科技有限公司\n");
        assert_eq!(
            c.written_slice(0, c.text.len()),
            "招标人：岚峰储能科技有限公司\n"
        );
    }

    #[test]
    fn clean_runs_all_steps_in_order() {
        let src = "湖南锂电产业发展的标题行\n湖南锂电产业发展的标题行记者 胡某某 长沙报道\n产值(chǎnzhí)达５０２亿元。\n▲图片说明(某某/摄)\n产值(chǎnzhí)达５０２亿元。\n\n\n相关推荐\n评论列表\n";
        let c = clean_str("d", src);
        assert_eq!(c.text, "湖南锂电产业发展的标题行\n产值达502亿元。\n");
        assert_eq!(c.report.pinyin, 2);
        assert_eq!(c.report.captions, 1);
        assert_eq!(c.report.repeated, 2);
        assert_eq!(c.report.bylines, 1);
        assert_eq!(c.report.boilerplate, 2);
    }

    /// Regression: evidence quoted the folded text (，→ ,). The text as written
    /// restores what the article wrote full-width through every step that deletes
    /// (repeated title, byline, pinyin, caption, repeated body, boilerplate), and
    /// leaves what it wrote in ASCII (the , of １,０００) as it was.
    #[test]
    fn written_text_restores_full_width_through_every_step() {
        let page = "常德锂电产业迈上新台阶，标题\n常德锂电产业迈上新台阶，标题\n\
                    常德锂电产业迈上新台阶，标题记者 赵六 常德报道\n\
                    湘江锂业报道(bàodào)：安高(āngāo)电池在衡阳投产，产能１,０００吨。\n\
                    ▲园区全景，夜景。(王小明/摄)\n\
                    常德市产业园今年签约项目8个，总投资56亿元。\n\
                    常德市产业园今年签约项目8个，总投资56亿元。\n\
                    责任编辑：王五\n分享到：\n相关推荐\n别的新闻，标题一\n";
        let c = clean_str("d", page);
        assert_eq!(
            c.text,
            "常德锂电产业迈上新台阶,标题\n湘江锂业报道:安高电池在衡阳投产,产能1,000吨。\n\
             常德市产业园今年签约项目8个,总投资56亿元。\n"
        );
        assert_eq!(
            c.written(),
            "常德锂电产业迈上新台阶，标题\n湘江锂业报道：安高电池在衡阳投产，产能１,０００吨。\n\
             常德市产业园今年签约项目8个，总投资56亿元。\n"
        );
        // A slice of the middle line, by the byte offsets of the folded text.
        let b0 = c.text.find("安高").unwrap();
        let b1 = c.text.find("吨").unwrap();
        assert_eq!(c.written_slice(b0, b1), "安高电池在衡阳投产，产能１,０００");
        // Nothing written full-width: the folded text itself, borrowed.
        let plain = clean_str("d", "产值502亿元。");
        assert!(matches!(plain.written(), std::borrow::Cow::Borrowed(_)));
    }

    #[test]
    fn lines_a_page_broke_at_its_edge_are_joined_and_a_web_pages_are_not() {
        // Text copied from a PDF: every line of a paragraph ends at the right edge.
        let pdf = "截至本说明书签署日，岚溪锂能科技股份有限公司共有 3 家控股子公司、1 家\n\
                   参股公司。公司主要产品为磷酸铁锂正极材料，下游客户包括动力电池及储能电池\n\
                   企业。报告期内，公司向前五名客户的销售额占营业收入的比例分别为 61.2%、\n\
                   58.7%和 55.3%，主要客户为鹤岭动力电池有限公司等国内主要电池制造企业。\n\
                   （一）控股子公司\n";
        let (out, n) = unwrap_lines(pdf);
        assert_eq!(n, 3);
        assert_eq!(
            out.lines().collect::<Vec<_>>(),
            [
                "截至本说明书签署日，岚溪锂能科技股份有限公司共有 3 家控股子公司、1 家参股公司。\
                 公司主要产品为磷酸铁锂正极材料，下游客户包括动力电池及储能电池企业。报告期内，\
                 公司向前五名客户的销售额占营业收入的比例分别为 61.2%、58.7%和 55.3%，\
                 主要客户为鹤岭动力电池有限公司等国内主要电池制造企业。",
                "（一）控股子公司",
            ]
        );
        // A web page: each paragraph is one line, and short lines end where they end.
        let web = "岚溪锂能科技股份有限公司年产5万吨磷酸铁锂项目开工仪式在柯山县隆重举行\n\
                   岚溪锂能科技股份有限公司年产5万吨磷酸铁锂项目开工仪式在柯山县隆重举行\n\
                   岚溪锂能科技股份有限公司年产5万吨磷酸铁锂项目开工仪式在柯山县隆重举行\n\
                   3月18日，岚溪锂能科技股份有限公司年产5万吨磷酸铁锂项目开工仪式在柯山县隆重举行，该项目总投资32亿元，建成后将成为全省最大的正极材料生产基地之一。\n\
                   1 | 鹤岭动力电池有限公司 | 柯山县 | 电池制造与梯次利用等相关业务\n\
                   2 | 岚溪锂能科技股份有限公司 | 柯山县 | 正极材料生产与销售等相关业务\n\
                   3 | 柯山锂业有限责任公司 | 柯山县 | 锂矿采选与碳酸锂冶炼等相关业务\n";
        let (out, n) = unwrap_lines(web);
        assert_eq!((out.as_ref(), n), (web, 0));
    }

    #[test]
    fn a_table_cells_text_that_went_on_below_it_goes_back_into_the_cell() {
        let t = "序号  股东名称                                  持股数量（万股）  持股比例\n\
                 1    宁波梅山保税港区澄源股权投资合伙企业（有限        1,101.60       6.12%\n\
                 \x20     合伙）\n\
                 注册地和主要生产经营地    四川省遂宁市射洪市锂电高新技术产业园金华大道\n\
                 \x20                         8 号\n";
        let (out, n) = unwrap_lines(t);
        assert_eq!(n, 2);
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(
            lines[1],
            "1    宁波梅山保税港区澄源股权投资合伙企业（有限合伙）        1,101.60       6.12%"
        );
        assert_eq!(
            lines[2],
            "注册地和主要生产经营地    四川省遂宁市射洪市锂电高新技术产业园金华大道8 号"
        );
        // A page number under a table is no cell's text.
        let t = "合计      148,516.50      100.00%\n                    1-1-86\n";
        assert_eq!(unwrap_lines(t).1, 0);
    }

    #[test]
    fn a_label_and_its_value_broken_over_two_rows_are_each_joined() {
        // The page's edge shows in the prose around the form.
        let t = "岚溪锂能科技股份有限公司系发行人于二〇一八年设立的全资子公司，主要负责正极材料前\n\
                 驱体的生产和销售，其产品主要供应发行人用于磷酸铁锂正极材料的生产，少量对外销售\n\
                 给鹤岭动力电池有限公司等客户，报告期内该子公司的经营情况稳定，未发生重大变化，\n\
                 其生产线位于柯山县锂电产业园内，设计产能为年产磷酸铁五万吨，现已全部达产。\n\
                 主营业务及其与发行人主营  磷酸铁的研发、生产和销售，所产磷酸铁主要供应发行人用\n\
                 业务的关系                于正极材料生产\n\
                 成立时间                  2018 年 3 月 26 日\n";
        let (out, _) = unwrap_lines(t);
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines.len(), 3);
        assert_eq!(
            lines[1],
            "主营业务及其与发行人主营业务的关系  磷酸铁的研发、生产和销售，所产磷酸铁主要供应发行人用于正极材料生产"
        );
        assert_eq!(lines[2], "成立时间                  2018 年 3 月 26 日");
    }

    #[test]
    fn a_form_label_laid_out_without_a_colon_is_no_site_link() {
        // Regression: 注册资本 and 注册地 rows of a prospectus were dropped as the
        // site's 注册 link.
        let t = "注册资本                  15,000.00 万元\n注册地    湖北省宜昌市猇亭区\n注册\n";
        let (out, n) = cut_boilerplate(t);
        assert_eq!(n, 1);
        assert_eq!(
            out,
            "注册资本                  15,000.00 万元\n注册地    湖北省宜昌市猇亭区\n"
        );
    }
}
