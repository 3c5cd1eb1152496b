//! Stage 3, sentence splitting. Input: [`CleanText`]. Output: [`Sentence`]s, each
//! a span of the cleaned text.
//!
//! Sentences end at 。！？!? (and ; ；), at a Western full stop followed by a space,
//! and at line breaks; closing quotes and brackets after an end mark stay with
//! the sentence they close. Invariant: spans are ordered, non-overlapping, never
//! empty, trimmed of whitespace, and `&text[byte_start..byte_end]` is the sentence.

use crate::clean::CleanText;

/// One sentence of the cleaned text.
///
/// `start` and `end` are **character** offsets (not bytes) into
/// [`CleanText::text`], end exclusive; `byte_start`/`byte_end` are the same span
/// in bytes, for slicing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    /// Position of the sentence in its document, from 0.
    pub index: usize,
    /// First character, as a char offset into the cleaned text.
    pub start: usize,
    /// One past the last character, as a char offset.
    pub end: usize,
    /// First byte of the sentence in the cleaned text.
    pub byte_start: usize,
    /// One past the last byte.
    pub byte_end: usize,
}

impl Sentence {
    /// The sentence's text, borrowed from the cleaned text it was split from.
    pub fn text<'a>(&self, clean: &'a str) -> &'a str {
        &clean[self.byte_start..self.byte_end]
    }
}

/// Longest sentence kept whole, in characters; longer runs without an end mark
/// are split at the last comma or space before it, so no stage sees unbounded input.
pub const MAX_SENTENCE_CHARS: usize = 400;

fn is_end(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '!' | '?' | '；' | ';' | '\n')
}

fn is_closer(c: char) -> bool {
    matches!(
        c,
        '”' | '’' | '"' | '\'' | '」' | '』' | ')' | '）' | '》' | '】' | ']'
    )
}

/// Splits cleaned text into sentences.
///
/// ```
/// let c = lithkg::clean::clean_str("d", "郴州产值502亿元。同比增长57.16%!\n");
/// let s = lithkg::sentence::split(&c);
/// assert_eq!(s.len(), 2);
/// assert_eq!(s[1].text(&c.text), "同比增长57.16%!");
/// assert_eq!((s[1].start, s[1].end), (10, 21));
/// ```
pub fn split(clean: &CleanText) -> Vec<Sentence> {
    split_str(&clean.text)
}

/// Abbreviations a full stop follows inside a Latin name or title (EVB Energy Pte.
/// Ltd., Co. Ltd., Mr. Smith): no sentence ends there.
const ABBREVIATIONS: [&str; 9] = ["Pte", "Pty", "Co", "Inc", "Corp", "Mr", "Ms", "Dr", "St"];

/// Whether `before` ends with one of the [`ABBREVIATIONS`] as a word of its own.
fn after_abbreviation(before: &str) -> bool {
    ABBREVIATIONS.iter().any(|a| {
        before
            .strip_suffix(a)
            .is_some_and(|rest| !rest.ends_with(|c: char| c.is_ascii_alphanumeric()))
    })
}

/// [`split`] on a bare string.
pub fn split_str(text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut chars = text.char_indices().peekable();
    let mut char_pos = 0usize;
    // Current sentence start, in bytes and chars.
    let mut s_byte = 0usize;
    let mut s_char = 0usize;
    // Last comma/space seen in the current sentence, for splitting overlong runs.
    let mut soft: Option<(usize, usize)> = None;
    let mut prev: Option<char> = None;
    while let Some((b, c)) = chars.next() {
        let next_b = b + c.len_utf8();
        char_pos += 1;
        let mut end_here = is_end(c);
        if c == '.' {
            // A Western full stop ends a sentence only before whitespace or the end,
            // never inside a number (788.97) or an abbreviation followed by text.
            let next = chars.peek().map(|&(_, n)| n);
            end_here = !prev.is_some_and(|p| p.is_ascii_digit())
                && next.is_none_or(|n| n.is_whitespace())
                && !after_abbreviation(&text[s_byte..b]);
        }
        if matches!(c, '；' | ';') && inside_row(text, s_byte, b, next_b) {
            // A semicolon inside a table row parts a cell's items (同申请人；陕西省…):
            // the row is one record, one sentence.
            end_here = false;
        }
        prev = Some(c);
        if end_here {
            let mut e_byte = next_b;
            let mut e_char = char_pos;
            if c != '\n' {
                // Closing quotes and further end marks belong to this sentence.
                while let Some(&(nb, nc)) = chars.peek() {
                    if is_closer(nc) || (is_end(nc) && nc != '\n') {
                        chars.next();
                        char_pos += 1;
                        e_byte = nb + nc.len_utf8();
                        e_char = char_pos;
                    } else {
                        break;
                    }
                }
            }
            push(text, &mut out, s_byte, s_char, e_byte, e_char);
            s_byte = e_byte;
            s_char = e_char;
            soft = None;
            continue;
        }
        if matches!(c, ',' | '，' | '、' | ' ' | ':' | '：') {
            soft = Some((next_b, char_pos));
        }
        if char_pos - s_char >= MAX_SENTENCE_CHARS {
            let (e_byte, e_char) = soft.unwrap_or((next_b, char_pos));
            push(text, &mut out, s_byte, s_char, e_byte, e_char);
            s_byte = e_byte;
            s_char = e_char;
            soft = None;
        }
    }
    push(text, &mut out, s_byte, s_char, text.len(), char_pos);
    out
}

/// True when the character at bytes `b..next_b` stands between two cells of a table
/// row: the line holds a cell separator (tab or bar) both before and after it.
fn inside_row(text: &str, s_byte: usize, b: usize, next_b: usize) -> bool {
    let is_sep = |c: char| matches!(c, '\t' | '|' | '｜');
    let line_start = text[s_byte..b]
        .rfind('\n')
        .map_or(s_byte, |p| s_byte + p + 1);
    // Forward only to the first separator or line end: a long line full of
    // semicolons is not walked to its end once per semicolon.
    text[line_start..b].contains(is_sep)
        && text[next_b..]
            .chars()
            .find(|&c| c == '\n' || is_sep(c))
            .is_some_and(is_sep)
}

/// Pushes the span trimmed of whitespace, if anything is left.
fn push(
    text: &str,
    out: &mut Vec<Sentence>,
    mut b0: usize,
    mut c0: usize,
    mut b1: usize,
    mut c1: usize,
) {
    let span = &text[b0..b1];
    for c in span.chars() {
        if c.is_whitespace() {
            b0 += c.len_utf8();
            c0 += 1;
        } else {
            break;
        }
    }
    for c in text[b0..b1].chars().rev() {
        if c.is_whitespace() {
            b1 -= c.len_utf8();
            c1 -= 1;
        } else {
            break;
        }
    }
    if b0 < b1 {
        out.push(Sentence {
            index: out.len(),
            start: c0,
            end: c1,
            byte_start: b0,
            byte_end: b1,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &str) -> Vec<&str> {
        split_str(s).iter().map(|x| x.text(s)).collect()
    }

    #[test]
    fn a_full_stop_after_a_legal_form_abbreviation_ends_no_sentence() {
        // Regression: EVB Energy Pte. Ltd. was cut after Pte., losing the name's form.
        let s = split_str("新加坡Corvane Storage Pte. Ltd.在华设立子公司。下一句。");
        assert_eq!(s.len(), 2);
        // A word that only ends like one still ends its sentence.
        assert_eq!(split_str("Welcome to ExpoCo. Next one").len(), 2);
    }

    #[test]
    fn chinese_and_western_ends_and_lines() {
        assert_eq!(
            texts("第一句。第二句!第三句?\n第四句 Fifth one. Sixth"),
            vec![
                "第一句。",
                "第二句!",
                "第三句?",
                "第四句 Fifth one.",
                "Sixth"
            ]
        );
    }

    #[test]
    fn a_semicolon_inside_a_table_row_ends_no_sentence() {
        // Regression: 同申请人；柯山省… in a certificate table cut its row in two, so
        // the row's holder lost its address.
        let t = "1\t岚溪电池有限公司\t同申请人；柯山省岚溪市\t储能电池\n下一段；另一句。";
        assert_eq!(
            texts(t),
            [
                "1\t岚溪电池有限公司\t同申请人；柯山省岚溪市\t储能电池",
                "下一段；",
                "另一句。"
            ]
        );
    }

    #[test]
    fn decimals_do_not_split() {
        assert_eq!(
            texts("产值788.97亿元,增长57.16%。"),
            vec!["产值788.97亿元,增长57.16%。"]
        );
    }

    #[test]
    fn closing_quote_stays_with_its_sentence() {
        assert_eq!(
            texts("“加快产学研合作。”黄建宇说。"),
            vec!["“加快产学研合作。”", "黄建宇说。"]
        );
    }

    #[test]
    fn offsets_are_chars_and_match_text() {
        let t = "锂矿。 材料\n电池";
        let s = split_str(t);
        let chars: Vec<char> = t.chars().collect();
        for x in &s {
            let by_chars: String = chars[x.start..x.end].iter().collect();
            assert_eq!(by_chars, x.text(t));
        }
        assert_eq!((s[1].start, s[1].end), (4, 6));
    }

    #[test]
    fn overlong_runs_are_bounded() {
        let t = "锂".repeat(1000);
        let s = split_str(&t);
        assert!(s.iter().all(|x| x.end - x.start <= MAX_SENTENCE_CHARS));
        assert_eq!(s.last().unwrap().end, 1000);
    }
}
