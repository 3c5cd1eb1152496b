//! Stage 4, entity recognition. Input: the cleaned text, its sentences and the
//! [`Lexicon`]. Output: [`Mention`]s: every span of the text that names an
//! entity, with its type and (where the lexicon knows it) its canonical form.
//!
//! Four recognizers feed one overlap resolution per sentence:
//! the lexicon automaton (names, aliases, regions, products, stages), name heads
//! grown leftwards with the segmenter (有限公司, 大学, 产业园, 大会 …), title and
//! speech patterns for people, and 《》/quoted titles for policies.
//! Invariant: top-level mentions never overlap; a mention inside a longer one is
//! kept as nested (`nested_in`) and never counts as a mention of its own entity.
//! Offsets are character offsets into the cleaned text.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::LazyLock;

use regex::Regex;

use crate::clean::CleanText;
use crate::lexicon::{
    Head, Level, Lexicon, Strength, Target, Token, ends_with_any, starts_with_any,
};
use crate::model::{EntityType, Stage};
use crate::read::is_cjk;
use crate::sentence::Sentence;

/// What a mention is tied to beyond its text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Link {
    /// A lexicon entry.
    Entry(usize),
    /// An administrative division.
    Region(usize),
    /// A chain stage.
    Stage(Stage),
    /// Found by a rule; known only by its text.
    None,
}

/// Which recognizer found a mention.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Found {
    /// The lexicon automaton.
    Lexicon,
    /// A name head grown leftwards.
    Head,
    /// A person title or speech pattern.
    Person,
    /// A 《》 or quoted policy title.
    Policy,
    /// A list of companies (X、Y等2家企业) or the subject of a company verb.
    Context,
    /// A short form of a full name found earlier in the document.
    ShortForm,
    /// A university's school written after it (X大学材料科学与工程学院): a mention
    /// of the university, whose name it is not.
    School,
    /// A town after its county, or a division abroad after its country, named by
    /// the suffix of its level (义安区钟鸣镇, 印尼北马鲁古省): a region no lexicon lists.
    Place,
    /// A word by which the organization the document speaks for names itself
    /// (本公司; 我们 in an interview's answers): a mention, never a written name.
    FirstPerson,
}

/// A span of the cleaned text naming an entity.
///
/// `start`/`end` are **character** offsets into the cleaned text (end exclusive);
/// `byte_start`/`byte_end` the same span in bytes.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    /// Entity type.
    pub kind: EntityType,
    /// The text as written.
    pub text: String,
    /// The canonical name: a region's full name, a lexicon name, or the text.
    pub canonical: String,
    /// First character.
    pub start: usize,
    /// One past the last character.
    pub end: usize,
    /// First byte.
    pub byte_start: usize,
    /// One past the last byte.
    pub byte_end: usize,
    /// Index of the sentence it is in.
    pub sentence: usize,
    /// Lexicon link.
    pub link: Link,
    /// Recognizer.
    pub found: Found,
    /// Index (in the same list) of the mention this one is nested in.
    pub nested_in: Option<usize>,
}

/// Mentions of one document plus notes on what was skipped.
#[derive(Debug, Clone, Default)]
pub struct Recognition {
    /// Mentions sorted by start; nested ones follow their container's order by start too.
    pub mentions: Vec<Mention>,
    /// Human-readable notes (e.g. names rejected as generic), for `--verbose` users.
    pub diagnostics: Vec<String>,
    /// Government heads right after a level word (自治区|工业和信息化厅, 市|政府): byte
    /// spans of the level word and of the head in the cleaned text, for the resolver
    /// to name by the document's region of that level.
    pub level_heads: Vec<(usize, usize, usize)>,
}

/// Level words that may name a government alone before its head (省工业和信息化厅),
/// longer first.
pub const LEVEL_WORDS: [&str; 7] = ["自治区", "自治州", "省", "市", "县", "区", "州"];

/// A candidate span before overlap resolution, offsets in bytes of the whole text.
#[derive(Debug, Clone)]
struct Cand {
    kind: Option<EntityType>,
    b0: usize,
    b1: usize,
    canonical: String,
    link: Link,
    found: Found,
    /// Lexicon candidates win ties over rule candidates of the same span.
    rank: u8,
}

/// Finds every entity mention in a document.
pub fn recognize(clean: &CleanText, sentences: &[Sentence], lex: &Lexicon) -> Recognition {
    let text = clean.text.as_str();
    let hits = lex.scan(text);
    let doc = DocContext::new(lex, text, &hits);
    let mut rec = Recognition::default();
    let mut hi = 0;
    let mut persons_seen: HashSet<String> = HashSet::default();
    // Once per document: a market's words or a stock code (most texts have neither).
    let markets = text.contains('涨') || text.contains('跌') || six_digits(text);
    let papers = may_hold_papers(text);
    for s in sentences {
        let mut cands: Vec<Cand> = Vec::new();
        while hi < hits.len() && hits[hi].start < s.byte_start {
            hi += 1;
        }
        let mut hj = hi;
        while hj < hits.len() && hits[hj].end <= s.byte_end {
            if let Some(c) = lexicon_candidate(lex, &doc, text, &hits, hj) {
                cands.push(c);
            }
            hj += 1;
        }
        let stext = s.text(text);
        let occupied: Vec<(usize, usize)> = cands
            .iter()
            .filter(|c| c.kind.is_some())
            .map(|c| (c.b0 - s.byte_start, c.b1 - s.byte_start))
            .collect();
        head_candidates(
            lex,
            stext,
            s.byte_start,
            &mut cands,
            &mut rec.diagnostics,
            &mut rec.level_heads,
        );
        policy_candidates(lex, stext, s.byte_start, &mut cands);
        person_candidates(
            lex,
            stext,
            s.byte_start,
            &occupied,
            &mut cands,
            &mut persons_seen,
        );
        place_candidates(lex, stext, s.byte_start, &mut cands);
        latin_company_candidates(lex, stext, s.byte_start, &mut cands);
        context_candidates(lex, stext, s.byte_start, &mut cands);
        quoted_name_candidates(lex, stext, s.byte_start, &mut cands);
        cell_name_candidates(lex, stext, s.byte_start, &mut cands);
        if markets {
            stock_name_candidates(lex, stext, s.byte_start, &mut cands);
        }
        school_candidates(lex, stext, s.byte_start, &mut cands);
        if papers {
            author_candidates(text, s, &mut cands);
        }
        campus_names(lex, text, s.byte_end, &mut cands);
        branch_names(lex, text, &mut cands);
        after_counted_verb(text, &mut cands);
        located_prefix(lex, text, &mut cands);
        resolve_overlaps(lex, text, s, cands, &mut rec.mentions);
    }
    embedded_regions(lex, text, &mut rec.mentions);
    rec
}

/// A paper's author line: names, each with its affiliations' numbers (韩占林¹，才让卓玛¹,²*).
static AUTHOR_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[ \t　]*(?:\p{Han}[　 ]?\p{Han}{1,3}[¹²³⁴⁵⁶⁷⁸⁹⁰0-9](?:[,，]?[¹²³⁴⁵⁶⁷⁸⁹⁰0-9])*\*?(?:[，,、 　]+|[ \t　]*$))+$")
        .expect("valid regex")
});
static AUTHOR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(\p{Han}[　 ]?\p{Han}{1,3})([¹²³⁴⁵⁶⁷⁸⁹⁰0-9](?:[,，]?[¹²³⁴⁵⁶⁷⁸⁹⁰0-9])*)")
        .expect("valid regex")
});

/// One author of a paper's author line: byte span of the name in the line, the name
/// without the spaces that pad a two-character name (何　燕 → 何燕), and the numbers
/// of its affiliations.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Author {
    pub b0: usize,
    pub b1: usize,
    pub name: String,
    pub affiliations: Vec<u32>,
}

/// True when a document may hold papers' author lines: a numbered affiliation opens
/// a bracket somewhere in it (（1. …). Once per document: most have none.
pub(crate) fn may_hold_papers(text: &str) -> bool {
    text.contains("（1") || text.contains("(1")
}

/// The authors of `line` when it is a paper's author line, that is, names each marked
/// with its affiliations' numbers, and the line after it (from byte `line_end` of
/// `text`) opens the numbered list of affiliations (（1. 青海高原科技大学…；2. …）).
/// A line of names with numbers and nothing after it is not taken: a ranking or a
/// table may look the same.
pub(crate) fn author_line(text: &str, line: &str, line_end: usize) -> Option<Vec<Author>> {
    let after = text[line_end..].trim_start_matches(['\n', '\r', ' ', '\t', '　']);
    let opens = after
        .strip_prefix(['（', '('])
        .map(|r| r.trim_start_matches([' ', '　']))
        .is_some_and(|r| r.starts_with('1') && r[1..].starts_with(['.', '．', '、']));
    if !opens || !AUTHOR_LINE.is_match(line) {
        return None;
    }
    let superscript = |c: char| match c {
        '⁰' => Some(0),
        '¹' => Some(1),
        '²' => Some(2),
        '³' => Some(3),
        '⁴'..='⁹' => Some(c as u32 - '⁴' as u32 + 4),
        _ => c.to_digit(10),
    };
    let authors = AUTHOR
        .captures_iter(line)
        .map(|c| {
            let name = c.get(1).expect("group 1");
            Author {
                b0: name.start(),
                b1: name.end(),
                name: name.as_str().replace([' ', '　'], ""),
                affiliations: c[2].chars().filter_map(superscript).collect(),
            }
        })
        .collect();
    Some(authors)
}

/// The authors of a paper's author line (see [`author_line`]) are persons.
fn author_candidates(text: &str, s: &Sentence, cands: &mut Vec<Cand>) {
    let Some(authors) = author_line(text, s.text(text), s.byte_end) else {
        return;
    };
    for a in authors {
        cands.push(Cand {
            kind: Some(EntityType::Person),
            b0: s.byte_start + a.b0,
            b1: s.byte_start + a.b1,
            canonical: a.name,
            link: Link::None,
            found: Found::Person,
            rank: 2,
        });
    }
}

/// A verb's aspect and a count before a name grown from its head (丝路储能跟兰州理工大学
/// 搞了个动力电池梯次利用联合实验室) are the sentence's: the name begins after them.
fn after_counted_verb(text: &str, cands: &mut [Cand]) {
    for c in cands.iter_mut() {
        if c.found != Found::Head || !c.kind.is_some_and(|k| k.is_org()) {
            continue;
        }
        let name = &text[c.b0..c.b1];
        if !name.contains('了') {
            continue;
        }
        if let Some((p, w)) = ["了一个", "了一家", "了个", "了家"]
            .iter()
            .filter_map(|w| name.rfind(w).map(|p| (p, w.len())))
            .max()
            && name[p + w..].chars().count() >= 4
        {
            c.b0 += p + w;
            c.canonical = text[c.b0..c.b1].to_string();
        }
    }
}

/// The whole names of the places before a company's full name that opens on one of
/// them again (a case's heading, 遂宁市射洪市遂宁川瀚锂盐有限公司; 眉山市彭山区眉山宏锂…):
/// they say where it is, and its name begins after them (not in 吉林省北辰储能…, whose
/// 北辰 is its own).
fn located_prefix(lex: &Lexicon, text: &str, cands: &mut [Cand]) {
    for c in cands.iter_mut() {
        if c.found != Found::Head || c.kind != Some(EntityType::Company) {
            continue;
        }
        let name = &text[c.b0..c.b1];
        if !ends_with_any(name, &lex.words.legal_ends) {
            continue;
        }
        // The longest full place name (ending in its level) at each step.
        let full_place_at = |rest: &str| -> Option<usize> {
            let ends: Vec<usize> = rest
                .char_indices()
                .map(|(b, _)| b)
                .skip(2)
                .take(7)
                .collect();
            ends.into_iter().rev().find(|&e| {
                rest[..e].ends_with(['省', '市', '区', '县', '州', '旗', '盟'])
                    && lex.is_region_form(&rest[..e])
            })
        };
        // The regions a written form names, by full name or short form.
        let regions_of = |form: &str| -> Vec<usize> {
            lex.regions
                .iter()
                .enumerate()
                .filter(|(_, reg)| reg.name == form || reg.shorts.iter().any(|s| s == form))
                .map(|(r, _)| r)
                .collect()
        };
        let mut at = 0;
        let mut chain_regions: Vec<usize> = Vec::new();
        while let Some(len) = full_place_at(&name[at..]) {
            chain_regions.extend(regions_of(&name[at..at + len]));
            at += len;
        }
        if at == 0 {
            continue;
        }
        let rest = &name[at..];
        // The region the name opens on is one of the chain's or contains it (阿坝州
        // 金川县四川岷川锂业: 四川 holds 金川县).
        let of_chain = |word: &str| {
            name[..at].contains(word)
                || regions_of(word)
                    .into_iter()
                    .any(|r| chain_regions.iter().any(|&c| lex.is_within(c, r)))
        };
        let opens_on_region = rest
            .char_indices()
            .map(|(b, _)| b)
            .skip(2)
            .take(3)
            .any(|e| is_region_word(lex, &rest[..e]) && of_chain(&rest[..e]));
        if opens_on_region && rest.chars().count() >= 6 {
            c.b0 += at;
            c.canonical = text[c.b0..c.b1].to_string();
        }
    }
}

/// A branch named after its company, 天津岚驰电动车有限公司华北分公司, 中国铁塔股份有限
/// 公司甘肃省分公司: one name, the company's nested in it (a legal form, data/rules
/// `legal_end`, ends the walk from the branch's head, so the two were found apart).
fn branch_names(lex: &Lexicon, text: &str, cands: &mut [Cand]) {
    let company = |c: &Cand| c.kind == Some(EntityType::Company);
    let starts: Vec<(usize, usize)> = cands
        .iter()
        .filter(|c| {
            company(c)
                && lex
                    .words
                    .legal_ends
                    .iter()
                    .any(|f| text[c.b0..c.b1].ends_with(f.as_str()))
        })
        .map(|c| (c.b1, c.b0))
        .collect();
    for c in cands.iter_mut() {
        if !company(c) || !text[c.b0..c.b1].ends_with("分公司") {
            continue;
        }
        if let Some(&(_, b0)) = starts.iter().find(|&&(end, _)| end == c.b0) {
            c.b0 = b0;
            c.canonical = text[c.b0..c.b1].to_string();
            c.link = Link::None;
        }
    }
}

/// A table's cell that is a body's whole name, 福建省钠离子电池与储能器件重点实验室:
/// what a strong institute, park or association head ends is taken whole, as in
/// quotes, though 与 or 和 inside would end a name grown from its head.
fn cell_name_candidates(lex: &Lexicon, stext: &str, base: usize, cands: &mut Vec<Cand>) {
    if memchr::memchr2(b'|', b'\t', stext.as_bytes()).is_none() {
        return;
    }
    for (a, b) in crate::read::table_cells(stext) {
        let cell = stext[a..b].trim();
        let a = a + (stext[a..b].len() - stext[a..b].trim_start().len());
        let n = cell.chars().count();
        if !(6..=40).contains(&n)
            || !cell.chars().all(|c| is_cjk(c) || "（）()·—".contains(c))
            || lex.generic.contains(cell)
        {
            continue;
        }
        let Some(kind) = lex
            .find_heads(cell)
            .iter()
            .filter(|&&(_, end, hi)| {
                end == cell.len() && lex.heads[hi].strength == crate::lexicon::Strength::Strong
            })
            .map(|&(_, _, hi)| lex.heads[hi].kind)
            .find(|k| {
                matches!(
                    k,
                    EntityType::Institute | EntityType::Park | EntityType::Association
                )
            })
        else {
            continue;
        };
        cands.push(Cand {
            kind: Some(kind),
            b0: base + a,
            b1: base + a + cell.len(),
            canonical: cell.to_string(),
            link: Link::None,
            found: Found::Head,
            rank: 1,
        });
    }
}

/// A listed company's short name as markets write it: before its move (西澜资源涨7.26%,
/// 致臻新能20cm涨停), beside its code (002871 | 西澜资源, 澄峰新材（603352）).
static STOCK_MOVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[^\p{Han}])(\p{Han}{2,5})(?:\s*(?:20|10)(?:cm|CM))?(?:涨停|跌停|(?:大|收|盘中)?[涨跌](?:超|逾|近)?\s*\d)")
        .expect("static regex")
});
static STOCK_CODE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[^\d])(?:[036]\d{5}|688\d{3})(?:\.(?:SZ|SH|BJ))?[ \t|｜]+(\p{Han}{2,5})(?:[ \t|｜]|$)|(\p{Han}{2,5})[（(](?:[036]\d{5}|688\d{3})(?:\.(?:SZ|SH|BJ))?[）)]")
        .expect("static regex")
});

/// Whether `s` holds a run of six digits, as a stock code is (a date or a figure
/// seldom is).
fn six_digits(s: &str) -> bool {
    let mut run = 0;
    s.bytes().any(|b| {
        run = if b.is_ascii_digit() { run + 1 } else { 0 };
        run == 6
    })
}

fn stock_name_candidates(lex: &Lexicon, stext: &str, base: usize, cands: &mut Vec<Cand>) {
    let moves = RISE.find(stext.as_bytes()).is_some() || FALL.find(stext.as_bytes()).is_some();
    let coded = six_digits(stext);
    if !moves && !coded {
        return;
    }
    let names = moves
        .then(|| STOCK_MOVE.captures_iter(stext))
        .into_iter()
        .flatten()
        .filter_map(|c| c.get(1))
        .chain(
            coded
                .then(|| STOCK_CODE.captures_iter(stext))
                .into_iter()
                .flatten()
                .filter_map(|c| c.get(1).or_else(|| c.get(2))),
        )
        .collect::<Vec<_>>();
    for m in names {
        let name = m.as_str();
        // (Nor a verb's first character, 上涨, 下跌, nor a period's word, 周环比下跌.)
        if ends_with_any(name, &lex.words.not_stock_ends)
            || name.ends_with(['上', '下', '再', '续', '回', '反', '微', '小'])
            || ["环比", "同比", "较", "盘", "周", "月", "日", "年", "价"]
                .iter()
                .any(|w| name.contains(w))
            || name.chars().any(|c| FUNCTION_CHARS.contains(c))
            || lex.generic.contains(name)
            || is_region_word(lex, name)
            // A product or a stage the lexicon knows inside is no company's name (a
            // place may be: 西澜资源, 宁波…).
            || lex.scan(name).iter().any(|h| {
                lex.targets_of(h.pattern).iter().any(|t| match t {
                    crate::lexicon::Target::Entry(e) => lex.entries[*e].kind != EntityType::Company,
                    crate::lexicon::Target::Stage(_) | crate::lexicon::Target::Generic => true,
                    _ => false,
                })
            })
            || lex.segmenter().has_word(name) && !lex.tag(name).first().is_some_and(|t| t.tag.starts_with("n"))
            // Nor words of time, degree or grammar (午后一度涨超4%).
            || lex.tag(name).iter().any(|t| {
                ["t", "d", "p", "c", "u", "r", "m", "q", "f"]
                    .iter()
                    .any(|k| t.tag.starts_with(k))
            })
        {
            continue;
        }
        cands.push(Cand {
            kind: Some(EntityType::Company),
            b0: base + m.start(),
            b1: base + m.end(),
            canonical: name.to_string(),
            link: Link::None,
            found: Found::Context,
            rank: 2,
        });
    }
}

/// A university's campus in brackets after its name, 中国石油大学（华东）, 中国地质大学
/// (武汉): a university of its own, named with the brackets.
/// So is a national centre's seat, 国家锂电池产品质量检验检测中心（长兴）: the bracket
/// tells it from its namesakes in other cities.
fn campus_names(lex: &Lexicon, text: &str, end: usize, cands: &mut [Cand]) {
    for c in cands.iter_mut() {
        let name = &text[c.b0..c.b1];
        let campus = c.kind == Some(EntityType::University) && name.ends_with("大学");
        let national = c.kind == Some(EntityType::Institute)
            && name.starts_with("国家")
            && name.ends_with("中心");
        if !campus && !national {
            continue;
        }
        let rest = &text[c.b1..end];
        let Some(inner) = rest.strip_prefix(['（', '(']) else {
            continue;
        };
        let Some(close) = inner.find(['）', ')']) else {
            continue;
        };
        let place = &inner[..close];
        if place.chars().count() == 2
            && (lex.words.campus_regions.iter().any(|r| r == place) || lex.is_region_form(place))
        {
            let bracket_end = c.b1 + (rest.len() - inner.len()) + close;
            c.b1 = bracket_end + text[bracket_end..].chars().next().map_or(1, char::len_utf8);
            c.canonical = text[c.b0..c.b1].to_string();
            c.link = Link::None;
        }
    }
}

/// Regions written inside a name the lexicon matched whole (青海盐湖工业股份有限公司)
/// become nested mentions, as they are for names grown from a head.
fn embedded_regions(lex: &Lexicon, text: &str, mentions: &mut Vec<Mention>) {
    let mut new = Vec::new();
    // Which mentions already hold a nested region: one pass, not one per mention.
    let mut has_region = vec![false; mentions.len()];
    for n in mentions.iter() {
        if let Some(p) = n.nested_in
            && n.kind == EntityType::Region
            && let Some(h) = has_region.get_mut(p)
        {
            *h = true;
        }
    }
    for (i, m) in mentions.iter().enumerate() {
        if m.nested_in.is_some()
            || matches!(
                m.kind,
                EntityType::Region | EntityType::Product | EntityType::Stage | EntityType::Person
            )
        {
            continue;
        }
        if has_region[i] {
            continue;
        }
        // A lexicon name matches itself whole (天津大学 over 天津): scan it less its
        // last character, which ends no region inside it.
        let scanned = match m.link {
            Link::Entry(_) => m
                .text
                .char_indices()
                .last()
                .map_or("", |(i, _)| &m.text[..i]),
            _ => &m.text,
        };
        for h in lex.scan(scanned) {
            let r = lex.targets_of(h.pattern).iter().find_map(|t| match t {
                Target::RegionFull(r) => Some(*r),
                Target::RegionShort(r)
                    if !lex.ambiguous_regions.contains(&m.text[h.start..h.end]) =>
                {
                    Some(*r)
                }
                _ => None,
            });
            if let Some(r) = r {
                let b0 = m.byte_start + h.start;
                let b1 = m.byte_start + h.end;
                let start = m.start + m.text[..h.start].chars().count();
                new.push(Mention {
                    kind: EntityType::Region,
                    text: text[b0..b1].to_string(),
                    canonical: lex.regions[r].name.clone(),
                    start,
                    end: start + text[b0..b1].chars().count(),
                    byte_start: b0,
                    byte_end: b1,
                    sentence: m.sentence,
                    link: Link::Region(r),
                    found: Found::Lexicon,
                    nested_in: Some(i),
                });
            }
        }
    }
    mentions.extend(new);
}

/// Document-wide facts the lexicon candidates depend on.
struct DocContext {
    /// Regions written by their full name somewhere in the document.
    full_regions: HashSet<usize>,
}

impl DocContext {
    fn new(lex: &Lexicon, _text: &str, hits: &[crate::lexicon::Hit]) -> DocContext {
        let mut full_regions = HashSet::default();
        for h in hits {
            for t in lex.targets_of(h.pattern) {
                if let Target::RegionFull(r) = t {
                    full_regions.insert(*r);
                }
            }
        }
        DocContext { full_regions }
    }
}

fn lexicon_candidate(
    lex: &Lexicon,
    doc: &DocContext,
    text: &str,
    hits: &[crate::lexicon::Hit],
    i: usize,
) -> Option<Cand> {
    let h = hits[i];
    let targets = lex.targets_of(h.pattern);
    let form = &text[h.start..h.end];
    let blocker = || Cand {
        kind: None,
        b0: h.start,
        b1: h.end,
        canonical: String::new(),
        link: Link::None,
        found: Found::Lexicon,
        rank: 0,
    };
    // Entries first: a name the lexicon lists is that thing, not a region it resembles.
    if let Some(Target::Entry(e)) = targets.iter().find(|t| matches!(t, Target::Entry(_))) {
        let entry = &lex.entries[*e];
        // An abbreviation glued between a character and a head of its kind is the
        // middle of a longer name (豫北理工大学 holds 北理工 of 北京理工大学).
        if form != entry.name && alias_inside_name(lex, text, h.start, h.end, entry.kind) {
            return None;
        }
        // A ministry's name before 门 is a kind of office (财政部门, 工信部门), no one.
        if form.ends_with('部') && text[h.end..].starts_with('门') {
            return Some(blocker());
        }
        return Some(Cand {
            kind: Some(entry.kind),
            b0: h.start,
            b1: h.end,
            canonical: entry.name.clone(),
            link: Link::Entry(*e),
            found: Found::Lexicon,
            rank: 0,
        });
    }
    let full: Vec<usize> = targets
        .iter()
        .filter_map(|t| match t {
            Target::RegionFull(r) => Some(*r),
            _ => None,
        })
        .collect();
    if let Some(&r) = full.iter().min_by_key(|&&r| lex.regions[r].level) {
        // A county named by an ordinary word (矿区 of 阳泉市) is one only after its city.
        if lex.common_word_counties.contains(&r) {
            let before = &text[..h.start];
            let after_city = lex.regions[r].parent.is_some_and(|p| {
                let city = &lex.regions[p];
                before.ends_with(city.name.as_str())
                    || city.shorts.iter().any(|s| before.ends_with(s.as_str()))
            });
            if !after_city {
                return None;
            }
        }
        // Right after a title, a country whose first character is a surname begins
        // a person's name (研究员韩国强): the person rules decide.
        if lex.regions[r].level == Level::Country
            && lex.surname_len(form).is_some()
            && after_title(lex, &text[..h.start])
        {
            return None;
        }
        return Some(region_cand(lex, h.start, h.end, r));
    }
    if let Some(Target::Stage(st)) = targets.iter().find(|t| matches!(t, Target::Stage(_))) {
        return Some(Cand {
            kind: Some(EntityType::Stage),
            b0: h.start,
            b1: h.end,
            canonical: st.id().to_string(),
            link: Link::Stage(*st),
            found: Found::Lexicon,
            rank: 0,
        });
    }
    let shorts: Vec<usize> = targets
        .iter()
        .filter_map(|t| match t {
            Target::RegionShort(r) => Some(*r),
            _ => None,
        })
        .collect();
    if !shorts.is_empty() {
        if let Some(r) = accept_short_region(lex, doc, text, hits, i, form, &shorts) {
            return Some(region_cand(lex, h.start, h.end, r));
        }
        return None;
    }
    if targets.contains(&Target::Generic) {
        return Some(blocker());
    }
    None
}

/// Whether the alias at bytes `b0..b1` of `text` stands glued between a character
/// that may open a name and a head of `kind` right after it: 豫|北理工|大学.
fn alias_inside_name(lex: &Lexicon, text: &str, b0: usize, b1: usize, kind: EntityType) -> bool {
    text[..b0]
        .chars()
        .next_back()
        .is_some_and(|c| is_cjk(c) && !FUNCTION_CHARS.contains(c))
        && lex
            .find_heads(crate::read::first_chars(&text[b1..], 4))
            .first()
            .is_some_and(|&(h0, _, hi)| h0 == 0 && lex.heads[hi].kind == kind)
}

fn region_cand(lex: &Lexicon, b0: usize, b1: usize, r: usize) -> Cand {
    Cand {
        kind: Some(EntityType::Region),
        b0,
        b1,
        canonical: lex.regions[r].name.clone(),
        link: Link::Region(r),
        found: Found::Lexicon,
        rank: 0,
    }
}

/// The legal forms of companies abroad, as written after their names.
pub(crate) const LATIN_LEGAL_FORM: &str = r"(?:Co\., ?Ltd\.?|Pty\.? Ltd\.?|Pte\.? Ltd\.?|Pvt\.? Ltd\.?|Sp\. z o\.o\.|S\.L\.U?\.?|Ltda\.?|Kft\.?|s\.r\.o\.|LLP|Ltd\.?|Limited|Inc\.?|Corp\.?|Corporation|Company Limited|Company|GmbH|AG|S\.p\.A\.?|S\.A\.?|SA|SE|plc|PLC|LLC|N\.V\.|B\.V\.|NV|BV|ASA|AS|AB|Oyj|Oy|S\.A\.S\.?|SAS|S\.r\.l\.?|Srl|SRL|Bhd|Tbk|K\.K\.|L\.P\.|LP)";

/// A company abroad written in Latin letters with its legal form (Kestrel Lithium Ltd.,
/// Energika S.p.A., Umicore SA): capitalized words, then the form.
static LATIN_COMPANY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?:^|[^A-Za-z0-9&.\-])([A-Z][A-Za-z0-9&'\-]*(?: [A-Z0-9][A-Za-z0-9&'\-]*){{0,5}},? {LATIN_LEGAL_FORM})(?:[^A-Za-z0-9]|$)"
    ))
    .expect("static regex")
});

/// A company abroad written in Latin letters without its legal form, named for its
/// trade (Ampera Systems, Kestrel Lithium): capitalized words, the last a trade word,
/// the first no common word (Clean Energy is no name).
static LATIN_TRADE_NAME: LazyLock<Regex> = LazyLock::new(|| {
    const TRADES: &str = "Systems|Technologies|Technology|Energy|Lithium|Mining|Minerals|Resources|Power|Batteries|Battery|Materials|Motors|Metals|Chemicals|Chemical|Solutions|Solution|Industries|Group|Holdings|Recycling";
    Regex::new(&format!(
        r"(?:^|[^A-Za-z0-9&.\-])((?:[A-Z][A-Za-z0-9&'\-]* ){{1,4}}(?:{TRADES}))(?:[^A-Za-z0-9]|$)"
    ))
    .expect("static regex")
});

/// Companies abroad written in Latin letters with a legal form ([`LATIN_COMPANY`]),
/// or named for their trade ([`LATIN_TRADE_NAME`]).
fn latin_company_candidates(lex: &Lexicon, stext: &str, base: usize, cands: &mut Vec<Cand>) {
    if !stext.bytes().any(|b| b.is_ascii_uppercase()) {
        return;
    }
    let trade_names = LATIN_TRADE_NAME.captures_iter(stext).filter(|c| {
        let m = c.get(1).expect("group 1");
        // The end of a longer English phrase (Industry and Information Technology) is
        // no name: a name in Latin letters stands alone among Chinese characters.
        let first = m.as_str().split(' ').next().unwrap_or("");
        !lex.words.latin_common.iter().any(|w| w == first)
            && !stext[..m.start()]
                .trim_end()
                .ends_with(|c: char| c.is_ascii_alphabetic())
    });
    for c in LATIN_COMPANY.captures_iter(stext).chain(trade_names) {
        let m = c.get(1).expect("group 1");
        cands.push(Cand {
            kind: Some(EntityType::Company),
            b0: base + m.start(),
            b1: base + m.end(),
            canonical: m.as_str().to_string(),
            link: Link::None,
            found: Found::Head,
            rank: 1,
        });
    }
}

/// Most characters of a place's proper part before its suffix (北马鲁古, 中哈马黑拉).
const MAX_PLACE_CHARS: usize = 6;

/// Places no lexicon lists, right after their parent region: a town after its county
/// (义安区钟鸣镇), a first-level division abroad after its country (印尼北马鲁古省),
/// and a division below that after it (北马鲁古省中哈马黑拉县). Each is named by the
/// suffix of its level (data/rules/entity_words.tsv) after a proper part of two to
/// six Chinese characters that holds no function character and no word the lexicon
/// knows but a region's short form (南华镇 of 高台县), and ends in no ordinary word
/// (新型城镇, 特色小镇, 资源大省).
fn place_candidates(lex: &Lexicon, stext: &str, base: usize, cands: &mut Vec<Cand>) {
    let w = &lex.words;
    // (where a place may begin, the suffixes of its level, those of the level below
    // that may follow it)
    let mut parents: Vec<_> = cands
        .iter()
        .filter_map(|c| match c.link {
            Link::Region(r) if c.kind == Some(EntityType::Region) => {
                let region = &lex.regions[r];
                let (suffixes, below) = if region.level == Level::Country {
                    (&w.abroad_suffixes, Some(w.abroad_sub_suffixes.as_slice()))
                } else if lex.is_abroad(r) && region.level == Level::Province {
                    (&w.abroad_sub_suffixes, None)
                } else if !lex.is_abroad(r)
                    && (region.level == Level::County
                        // A city with no counties names its towns (东莞市塘厦镇).
                        || region.level == Level::City
                            && !cands.iter().any(|d| {
                                d.b0 == c.b1 && d.kind == Some(EntityType::Region)
                            }))
                {
                    (&w.town_suffixes, None)
                } else {
                    return None;
                };
                Some((c.b1 - base, suffixes.as_slice(), below, false))
            }
            _ => None,
        })
        .collect();
    // A town alone after a word of being somewhere (位于可可托海镇), where no other
    // name begins.
    // One pass for the suffixes' first characters before any word is sought.
    let firsts: Vec<char> = w
        .town_suffixes
        .iter()
        .filter_map(|x| x.chars().next())
        .collect();
    if stext.contains(&firsts[..]) && w.town_suffixes.iter().any(|x| stext.contains(x.as_str())) {
        for word in &w.town_locatives {
            for (at, _) in stext.match_indices(word.as_str()) {
                let at = at + word.len();
                if !cands
                    .iter()
                    .any(|c| c.b0 <= base + at && base + at < c.b1.max(c.b0 + 1))
                    && !parents.iter().any(|p| p.0 == at)
                {
                    parents.push((at, w.town_suffixes.as_slice(), None, true));
                }
            }
        }
    }
    while let Some((at, suffixes, below, alone)) = parents.pop() {
        let Some(len) = place_after(lex, &stext[at..], suffixes) else {
            continue;
        };
        if alone && !town_alone(lex, &stext[at..at + len], suffixes) {
            continue;
        }
        let name = &stext[at..at + len];
        cands.push(Cand {
            kind: Some(EntityType::Region),
            b0: base + at,
            b1: base + at + len,
            canonical: name.to_string(),
            link: Link::None,
            found: Found::Place,
            rank: 1,
        });
        // A division abroad may be followed by one below it.
        if let Some(below) = below {
            parents.push((at + len, below, None, false));
        }
    }
}

/// Whether a town written without its county is one: its proper part is of two to
/// four characters and no ordinary word (在贫困乡, 在学院街道 are none).
fn town_alone(lex: &Lexicon, name: &str, suffixes: &[String]) -> bool {
    let Some(part) = suffixes.iter().find_map(|x| name.strip_suffix(x.as_str())) else {
        return false;
    };
    (2..=4).contains(&part.chars().count())
        && !crate::lexicon::is_common_word(lex.segmenter(), part)
}

/// The length in bytes of a place named by one of `suffixes` at the start of `s`.
fn place_after(lex: &Lexicon, s: &str, suffixes: &[String]) -> Option<usize> {
    for (n, (i, c)) in s.char_indices().enumerate().take(MAX_PLACE_CHARS + 1) {
        if n >= 2
            && let Some(suffix) = suffixes.iter().find(|x| s[i..].starts_with(x.as_str()))
        {
            let part = &s[..i];
            let end = i + suffix.len();
            // A one-character suffix does not begin a word of its own (市场, 乡村, 区域).
            let word_after = s[end..]
                .chars()
                .next()
                .filter(|_| suffix.chars().count() == 1)
                .map(|c| format!("{suffix}{c}"));
            let next_word =
                word_after.is_some_and(|w| crate::lexicon::is_common_word(lex.segmenter(), &w));
            if ends_with_any(part, &lex.words.place_not_ends)
                || lex.scan(part).iter().any(|h| {
                    // A county's short form may name a town elsewhere (南华镇 of 高台县).
                    !lex.targets_of(h.pattern)
                        .iter()
                        .all(|t| matches!(t, Target::RegionShort(_)))
                })
                || next_word
            {
                return None;
            }
            return Some(end);
        }
        // 地 inside a name is the ground's (平地泉镇), not an adverb's mark.
        if !is_cjk(c) || FUNCTION_CHARS.contains(c) && (n == 0 || c != '地') {
            return None;
        }
    }
    None
}

/// Decides whether a short form (郴州, 临武) names a region here, and which.
///
/// Provinces and prefecture-level cities are trusted unless the short form is an
/// ordinary word too (ambiguous_regions.txt). County-level short forms, and the
/// ambiguous ones, need context: the full name elsewhere in the document, the
/// parent region written right before, or a list of regions (临武、桂阳、宜章等县).
fn accept_short_region(
    lex: &Lexicon,
    doc: &DocContext,
    text: &str,
    hits: &[crate::lexicon::Hit],
    i: usize,
    form: &str,
    shorts: &[usize],
) -> Option<usize> {
    let h = hits[i];
    // A street named after a place (庆阳路219号, 北京路与…交叉口) is no mention of it.
    if STREET_AFTER.is_match(&text[h.end..]) {
        return None;
    }
    // A written full name elsewhere settles which region is meant.
    if let Some(&r) = shorts.iter().find(|r| doc.full_regions.contains(r)) {
        return Some(r);
    }
    let prev_region = (i > 0 && hits[i - 1].end == h.start)
        .then(|| region_of_hit(lex, hits[i - 1].pattern))
        .flatten();
    if let Some(p) = prev_region
        && let Some(&r) = shorts.iter().find(|&&r| lex.parent(r) == Some(p))
    {
        return Some(r);
    }
    let after = &text[h.end..];
    let in_list = after.starts_with('、')
        || after.starts_with("等县")
        || after.starts_with("等区")
        || after.starts_with("等市")
        || after.starts_with("等地")
        || text[..h.start].ends_with('、') && list_of_regions(lex, text, hits, i);
    // Of namesakes of one level, the one whose parent the document names in full
    // (鹤山 after 江门市 is 鹤山市, not 鹤壁's 鹤山区).
    let parent_named = |r: usize| lex.parent(r).is_some_and(|p| doc.full_regions.contains(&p));
    let best = *shorts
        .iter()
        .min_by_key(|&&r| (lex.regions[r].level, !parent_named(r)))?;
    let ambiguous = lex.ambiguous_regions.contains(form);
    if in_list
        && (after.starts_with('、') && list_of_regions(lex, text, hits, i)
            || !after.starts_with('、'))
    {
        return Some(best);
    }
    if ambiguous || lex.regions[best].level == Level::County {
        return None;
    }
    // A short form glued to more Chinese text is often part of another word
    // (大同小异); a province or city short form is still trusted there.
    Some(best)
}

/// What follows a place's short form that names a street after it: 路 with a
/// house number, a section or a crossing (庆阳路219号, 长沙路东段, 北京路与…).
static STREET_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:路|街|大街|大道)(?:\d|[号段口东西南北中与和、,，])").expect("static regex")
});

fn region_of_hit(lex: &Lexicon, pattern: usize) -> Option<usize> {
    lex.targets_of(pattern).iter().find_map(|t| match t {
        Target::RegionFull(r) | Target::RegionShort(r) => Some(*r),
        _ => None,
    })
}

/// True when the hit is part of a 、-list in which another member is a region.
fn list_of_regions(lex: &Lexicon, text: &str, hits: &[crate::lexicon::Hit], i: usize) -> bool {
    let is_region = |j: usize| {
        lex.targets_of(hits[j].pattern)
            .iter()
            .any(|t| matches!(t, Target::RegionFull(_) | Target::RegionShort(_)))
    };
    let next =
        i + 1 < hits.len() && text[hits[i].end..hits[i + 1].start] == *"、" && is_region(i + 1);
    let prev = i > 0 && text[hits[i - 1].end..hits[i].start] == *"、" && is_region(i - 1);
    next || prev
}

/// Characters that end a name's leftward walk outright.
fn is_hard_boundary(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            ',' | '，'
                | '、'
                | ';'
                | '；'
                | ':'
                | '：'
                | '。'
                | '!'
                | '?'
                | '“'
                | '”'
                | '"'
                | '\''
                | '‘'
                | '’'
                | '《'
                | '》'
                | '('
                | ')'
                | '（'
                | '）'
                | '【'
                | '】'
                | '['
                | ']'
                | '—'
                | '…'
                | '·'
                | '/'
        )
}

/// Characters that never stand inside a name: particles, prepositions, copulas.
pub(crate) const FUNCTION_CHARS: &str = "的了在与和及由是为将已被把对向给让从到于等也都又还就才再并且而或即系其该此这那每各某据经以至自但却则便着过地得所之乃约近逾共均仅获有无指除赴";

/// Ordinals and years that open an event's name.
static EVENT_PREFIX: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:(?:19|20)\d{2}年?|第[一二三四五六七八九十百零\d]+届|首届)+$")
        .expect("static regex")
});

/// A legislature or its standing committee right before a session's number: only
/// there is 第五次会议 a meeting's name (福泉市第十届人民代表大会第五次会议, 省十四届
/// 人大三次会议); a board's or an office's numbered meeting is a procedure.
static LEGISLATURE_BEFORE_SESSION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:人民代表大会|人大|政治协商会议|政协)(?:常务委员会|常委会)?第?[一二三四五六七八九十百]+$")
        .expect("static regex")
});

/// The full-width colon, searched as its three bytes (a char search for it stops at
/// every byte equal to its last, frequent in Chinese text).
static FULL_COLON: LazyLock<memchr::memmem::Finder<'static>> =
    LazyLock::new(|| memchr::memmem::Finder::new("：".as_bytes()));
/// A market's words for a move, searched the same way.
static RISE: LazyLock<memchr::memmem::Finder<'static>> =
    LazyLock::new(|| memchr::memmem::Finder::new("涨".as_bytes()));
static FALL: LazyLock<memchr::memmem::Finder<'static>> =
    LazyLock::new(|| memchr::memmem::Finder::new("跌".as_bytes()));

/// A label for a list of people: 主要完成人：, 获奖人员:, 项目组成员：.
static PEOPLE_FIELD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*\p{Han}{0,6}(?:完成人|获奖人|人员|成员|名单|起草人|发明人|设计人|编制人|编写人|作者|负责人|参与人)\s*[:：]\s*")
        .expect("static regex")
});

/// Highest count in the segmenter's dictionary of a verb taken for a new name's
/// part (启衡 3): verbs a sentence uses before a name are seen far more often.
const RARE_VERB_FREQ: usize = 10;

/// Prepositions and causative verbs that put 公司 on its own after them (使公司,
/// 对公司, 让公司).
const CLAUSE_CHARS: &str = "使让令将把被对给向为在占";

/// Highest count in the segmenter's dictionary of a word it made by gluing a
/// function character to the next (归本 5, 为本 177); words of their own that end
/// the same way are seen far more often (日本 2000, 资本 14733).
const GLUED_FUNCTION_FREQ: usize = 200;

/// Longest name a head is grown to, in characters.
const MAX_NAME_CHARS: usize = 28;
/// The same for events, whose names may join two (…发展论坛暨…联盟成立大会).
const MAX_EVENT_CHARS: usize = 48;

/// Characters of Chinese numerals: a word tagged as a number holds one of them (or
/// a digit) when it is one.
const NUMERAL_CHARS: &str = "零〇一二三四五六七八九十百千万亿两几半数多余第首批次年届期";

/// True when `word` holds a digit or a numeral character.
fn has_numeral(word: &str) -> bool {
    word.chars()
        .any(|c| c.is_ascii_digit() || NUMERAL_CHARS.contains(c))
}

/// POS tags that end a name's leftward walk (jieba's ICTCLAS tag set).
fn stops_name(tag: &str, kind: EntityType) -> bool {
    // A Latin word is a name's own part (石家庄PowerOne储能科技有限公司), not an
    // interjection (e).
    if tag == "eng" {
        return false;
    }
    let first = tag.chars().next().unwrap_or('x');
    match first {
        'p' | 'c' | 'u' | 'r' | 'd' | 'y' | 'e' | 'o' | 'w' | 'q' | 'f' | 't' | 'z' => true,
        'm' => kind != EntityType::Event,
        // An idiom (认真贯彻/i) is a predicate before a body's name; a brand or an
        // event's theme may be one.
        'i' => !matches!(kind, EntityType::Event | EntityType::Company),
        _ => tag == "ad" || tag == "uj",
    }
}

/// True when `word` is wholly a product the lexicon knows (电解液 of
/// 钜能电解液有限公司): like a plain word, it says the business, not which company.
fn is_product_word(lex: &Lexicon, word: &str) -> bool {
    lex.entries_with_form(word)
        .iter()
        .any(|&e| lex.entries[e].kind == EntityType::Product)
}

/// True when `word` is a plain word of the name lists, or made only of plain
/// characters (镍钴 of 镍 and 钴, which the segmenter does not know as one word):
/// a domain word that describes a body, never the part of its name that picks it out.
fn is_plain(lex: &Lexicon, word: &str) -> bool {
    lex.name_plain.contains(word)
        || !word.is_empty()
            && word.chars().all(|c| {
                let mut b = [0u8; 4];
                lex.name_plain.contains(&*c.encode_utf8(&mut b))
            })
        || plain_compound(lex, word)
}

/// True when a word the segmenter kept whole is two or more plain words end to end
/// (网络科技 of 网络 and 科技): a line of business, no brand.
fn plain_compound(lex: &Lexicon, word: &str) -> bool {
    word.char_indices().skip(2).any(|(i, _)| {
        lex.name_plain.contains(&word[..i])
            && (lex.name_plain.contains(&word[i..]) || plain_compound(lex, &word[i..]))
    })
}

/// Units written in Latin letters after a number.
const LATIN_UNITS: [&str; 14] = [
    "GWh", "MWh", "kWh", "KWh", "Wh", "GW", "MW", "kW", "KW", "mAh", "Ah", "kV", "kg", "t",
];

/// Is this token a proper part of a name (not a domain word anyone could use)?
pub(crate) fn is_proper(lex: &Lexicon, word: &str, tag: &str, known: bool) -> bool {
    if is_plain(lex, word) || lex.generic.contains(word) {
        return false;
    }
    if is_product_word(lex, word) {
        return false;
    }
    if word.chars().any(|c| c.is_ascii_alphabetic()) {
        // A unit is a figure's (年产30GWh动力电池), never a name's.
        return !LATIN_UNITS
            .contains(&word.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.'));
    }
    !known
        || matches!(
            tag,
            "nr" | "nrt" | "nrfg" | "ns" | "nt" | "nz" | "j" | "eng"
        )
}

/// A known two-character noun (or place, time or state word) that may be a
/// company's brand: not a domain word, a product or a region.
fn is_brand_word(lex: &Lexicon, word: &str, tag: &str) -> bool {
    word.chars().count() == 2
        && word.chars().all(is_cjk)
        && matches!(tag, "n" | "s" | "t" | "z" | "q" | "ng")
        && !is_plain(lex, word)
        && !lex.generic.contains(word)
        && !is_region_word(lex, word)
        && lex.entries_with_form(word).is_empty()
}

fn is_region_word(lex: &Lexicon, word: &str) -> bool {
    lex.is_region_form(word) || lex.name_places.contains(word)
}

/// Adjacent name heads in a sentence taken as one (新材料 + 有限公司), byte offsets
/// into the sentence.
struct Chain<'a> {
    h0: usize,
    h1: usize,
    /// The head that decides the name's type and strength.
    head: &'a Head,
}

/// Head chains in a sentence: adjacent heads merge (新材料 + 有限公司).
/// `known_ends` are the ends of the names of companies, universities, institutes and
/// associations the lexicon matched in the sentence.
fn head_chains<'a>(lex: &'a Lexicon, stext: &str, known_ends: &[usize]) -> Vec<Chain<'a>> {
    // A name the lexicon knows completes a name as 集团 does (浦项控股 in 浦项控股控股的…).
    let complete = |h: &Head, end: usize| {
        lex.words.complete_heads.contains(&h.word) || known_ends.contains(&end)
    };
    // Per chain, where it would end if cut after its last completing head.
    let mut out: Vec<(Chain, Option<(usize, &Head)>)> = Vec::new();
    for (b0, b1, hi) in lex.find_heads(stext) {
        let head = &lex.heads[hi];
        // 控股的 after a name is the verb of an owner link (A控股的B), not a head.
        if head.strength == Strength::Weak
            && stext[b1..].starts_with('的')
            && lex
                .words
                .owner_links
                .iter()
                .any(|w| w.strip_suffix('的') == Some(head.word.as_str()))
        {
            continue;
        }
        let cut = complete(head, b1).then_some((b1, head));
        // Only a weak head or a legal form extends a chain (新材料有限公司, 锂业股份);
        // a strong head followed by a weak one is two words (大学 锂电).
        if let Some((last, last_cut)) = out.last_mut()
            && last.h1 == b0
            && (last.head.strength == Strength::Weak || head.strength == Strength::Strong)
        {
            last.h1 = b1;
            // The chain takes the last head's type; its strength is the strongest. But
            // a research body incorporated as a company (…研究院有限公司) stays one: its
            // legal form says how it is held, not what it does.
            let incorporated_institute = last.head.kind == EntityType::Institute
                && last.head.strength == Strength::Strong
                && head.kind == EntityType::Company;
            if (head.strength == Strength::Strong || last.head.strength == Strength::Weak)
                && !incorporated_institute
            {
                last.head = head;
            }
            if cut.is_some() {
                *last_cut = cut;
            }
            continue;
        }
        out.push((
            Chain {
                h0: b0,
                h1: b1,
                head,
            },
            cut,
        ));
    }
    // A chain of weak heads ends at its last completing head: in 力拓集团控股的…
    // 控股 is the verb, while 集团控股有限公司 ends strong and stays whole.
    out.into_iter()
        .map(|(mut c, cut)| {
            if c.head.strength == Strength::Weak
                && let Some((end, head)) = cut
            {
                c.h1 = end;
                c.head = head;
            }
            c
        })
        .collect()
}

/// A name grown leftwards from its head over the segmented window `w0..h0`.
struct Walk<'a> {
    start: usize,
    words: Vec<(&'a str, &'a str)>,
    offs: Vec<usize>,
    proper: bool,
    proper_non_region: bool,
}

impl Walk<'_> {
    /// No name: the head at `h0` stands on its own.
    fn none(h0: usize) -> Self {
        Walk {
            start: h0,
            words: Vec::new(),
            offs: Vec::new(),
            proper: false,
            proper_non_region: false,
        }
    }
}

/// Walks the tokens of `stext[w0..h0]` right to left from the head at `h0`, taking
/// name parts until a word that cannot stand in a name.
fn walk_left<'a>(
    lex: &'a Lexicon,
    stext: &'a str,
    w0: usize,
    h0: usize,
    head: &Head,
    after_function: &[(usize, usize)],
) -> Walk<'a> {
    let kind = head.kind;
    let window = &stext[w0..h0];
    let seg = lex.segmenter();
    let tags = lex.tag(window);
    // A company's own first person (本公司) names no one, even where the segmenter
    // glued its first character to the word before (本报告版权归本公司所有: 归本/n
    // 公司): a rare word ending in it is that glue, a common one (资本, 日本) is not.
    if kind == EntityType::Company
        && let Some(last) = tags.last()
        && lex.words.own_first_person.iter().any(|f| {
            f.strip_suffix(head.word.as_str()).is_some_and(|p| {
                !p.is_empty()
                    && last.word.ends_with(p)
                    && (last.word == p || seg.suggest_freq(last.word) <= GLUED_FUNCTION_FREQ)
            })
        })
    {
        return Walk::none(h0);
    }
    // Nor does 公司 alone after a preposition or causative verb the segmenter left on
    // its own (一体化可使公司…降低, 将对公司产生影响): it is the document's company
    // spoken of, not the head of a brand of single characters.
    if kind == EntityType::Company
        && head.word == "公司"
        && tags
            .last()
            .is_some_and(|t| t.word.chars().count() == 1 && CLAUSE_CHARS.contains(t.word))
    {
        return Walk::none(h0);
    }
    // Walk tokens right to left.
    let mut start = h0;
    let mut proper = false;
    let mut proper_non_region = false;
    let mut words: Vec<(&str, &str)> = Vec::new();
    let mut offs: Vec<usize> = Vec::new();
    let mut pos = window.len();
    for (ti, t) in tags.iter().enumerate().rev() {
        let w = t.word;
        let tb = pos - w.len();
        pos = tb;
        let event = kind == EntityType::Event;
        // A token that runs from inside an earlier name over the function character
        // after it (钴/ng 业为/n, 恒启锂/n 业是磊/n) marks where this name begins: what
        // the token holds past the character is this name's first part. A word the
        // dictionary knows is whole (动力系统 holds 系 as its own part).
        let (ta, tz) = (w0 + tb, w0 + tb + w.len());
        if !seg.has_word(w)
            && let Some(&(_, after)) = after_function
                .iter()
                .find(|&&(end, after)| ta < end && after <= tz)
        {
            if after < tz {
                start = after;
                words.push((&stext[after..tz], t.tag));
                offs.push(after);
                proper = true;
                proper_non_region = true;
            }
            break;
        }
        // What an event is held for may stand right before its head (联盟成立大会),
        // also before the head of the first of two events held as one
        // (联盟成立大会暨首届…论坛).
        if event
            && lex.words.event_verbs.iter().any(|v| v == w)
            && words.last().is_none_or(|&(last, _)| {
                lex.heads
                    .iter()
                    .any(|h| h.kind == EntityType::Event && h.word == last)
            })
        {
            start = w0 + tb;
            words.push((w, t.tag));
            offs.push(w0 + tb);
            continue;
        }
        // A company speaking of itself (公司2025年第二次临时股东大会, 本公司) holds
        // its meeting; it is no part of the meeting's name.
        if event
            && (lex.words.issuer_words.iter().any(|x| x == w)
                || lex.words.own_first_person.iter().any(|x| x == w)
                || w == "上市公司")
        {
            break;
        }
        // An event may join two subjects (新能源汽车及动力电池博览会), or two events
        // held as one (…论坛暨…联盟成立大会).
        if event && matches!(w, "及" | "与" | "和" | "暨") && !words.is_empty() {
            start = w0 + tb;
            words.push((w, t.tag));
            offs.push(w0 + tb);
            continue;
        }
        // An association or a research body may be named for two domains joined
        // (山东省储能与动力电池产业协会, 钠离子电池与储能器件重点实验室): only domain
        // words on either side, so 岚峰锂业与中国…协会 stays two names.
        if matches!(kind, EntityType::Association | EntityType::Institute)
            && matches!(w, "与" | "和" | "及")
            && !words.is_empty()
            && words
                .iter()
                .all(|(x, _)| is_plain(lex, x) || lex.name_inner.contains(*x))
            && ti.checked_sub(1).is_some_and(|j| {
                let left = tags[j].word;
                // (Not the head of another body of the kind: 实训中心和电池检测中心
                // are two.)
                is_plain(lex, left)
                    && !lex
                        .heads
                        .iter()
                        .any(|h| h.kind == kind && h.word.ends_with(left))
            })
        {
            start = w0 + tb;
            words.push((w, t.tag));
            offs.push(w0 + tb);
            continue;
        }
        // 暨 joins only events (the surname 暨 is a person's, who has no head).
        if w == "暨" {
            break;
        }
        // Nor can a lone character after a region be one side of 和 (宣城/ns 翔/nr 和/c
        // 储能科技有限公司): 和 is the brand's second character there.
        let brand_he = w == "和"
            && kind == EntityType::Company
            && ti.checked_sub(2).is_some_and(|j| {
                let one = tags[j + 1].word;
                one.chars().count() == 1
                    && one
                        .chars()
                        .all(|c| is_cjk(c) && !FUNCTION_CHARS.contains(c))
                    && is_region_word(lex, tags[j].word)
            });
        // A company's line of business stands between its proper part and a legal
        // form (瑞泽新能源投资有限公司, 鸿达开发有限公司, E行出行科技有限公司, after
        // plain words only): a known verb there is part
        // of the name, not the sentence's predicate, and makes nothing proper.
        // Founding verbs (组建有限公司) still come before the name.
        // A line of business may hold more than one verb (投资管理有限公司), and the
        // object of one (企业管理合伙企业, 资产管理有限公司).
        let line_of_business = |words: &[(&str, &str)]| {
            words
                .iter()
                .all(|(w, tag)| is_plain(lex, w) || tag.starts_with('v') && seg.has_word(w))
        };
        let strong_company = kind == EntityType::Company && head.strength == Strength::Strong;
        let in_line_of_business = line_of_business(&words);
        let business = in_line_of_business
            && kind == EntityType::Company
            && head.strength == Strength::Strong
            && t.tag.starts_with('v')
            && seg.has_word(w)
            && !lex.words.founding.iter().any(|f| f == w);
        let business_object = strong_company
            && words.last().is_some_and(|(_, tag)| tag.starts_with('v'))
            && in_line_of_business
            && t.tag.starts_with('n');
        // A meeting may be named for what it promotes (产业投资合作论坛): the nouns of
        // triggers stand inside its name.
        // An association is named for its trade, a verb of the inner list too
        // (中国证券投资基金业协会).
        let trade = kind == EntityType::Association
            && lex.name_inner.contains(w)
            && words.last().is_some_and(|(_, tag)| tag.starts_with('n'));
        // A research body studies a process, a trigger's verb too, when its technique
        // follows (锂盐清洁生产技术联合实验室, 回收工艺研究中心).
        let process = kind == EntityType::Institute
            && words
                .last()
                .is_some_and(|(w, _)| matches!(*w, "技术" | "工艺"));
        // A post before 制 names a system of posts, a noun, which an event may be
        // held for (链长制工作推进会).
        let system = event && words.last().is_some_and(|(w, _)| *w == "制");
        // A park is named for the industry it hosts, a trigger's verb of the inner list
        // too (高陵先进制造产业园, 智能制造产业园).
        let hosted = kind == EntityType::Park && lex.name_inner.contains(w);
        let kept = business
            || business_object
            || trade
            || process
            || system
            || hosted
            || event
                && (lex.generic.contains(w)
                    || lex.name_inner.contains(w)
                    || t.tag == "vn" && lex.is_trigger(w));
        // A trade the segmenter keeps whole (化工企业, 电池厂商) describes the name after
        // it, as a trade word alone does (澳大利亚锂矿商…).
        let trade_token = w.chars().count() >= 3
            && ["企业", "厂商", "制造商", "供应商", "生产商"]
                .iter()
                .any(|t| w.ends_with(t));
        if (lex.name_stops.contains(w) || trade_token) && !kept && !brand_he {
            break;
        }
        // A generic word that is also a plain one may be a line of business before a
        // legal form (股权投资基金合伙企业: 基金).
        let plain_business = strong_company && in_line_of_business && is_plain(lex, w);
        if lex.generic.contains(w) && !event && !business_object && !plain_business {
            break;
        }
        if (lex.titles.contains(w) || lex.skip_roles.contains(w)) && !system {
            break;
        }
        let known = seg.has_word(w);
        let single = w.chars().count() == 1;
        // Function characters (由, 系, 的) never stand inside a name; an unknown
        // token that begins with one (由汝川) ends the name after it. But an
        // adverb cannot stand before a noun, so 都 there is a name's (宁夏氟都化工…);
        // right before the head, the noun is the head's (化工新材料有限公司).
        let adverb_in_name = w == "都"
            && kind == EntityType::Company
            && words.last().is_none_or(|(_, tag)| tag.starts_with('n'));
        if single && w.chars().all(|c| FUNCTION_CHARS.contains(c)) && !adverb_in_name && !brand_he {
            break;
        }
        let first = w.chars().next().unwrap_or(' ');
        // So does one that begins with a one-character stop word (访岚峰/nr: ——访X).
        let stop_first = lex.name_stops.contains(&*first.encode_utf8(&mut [0u8; 4]))
            // or with the last character of a post verb the token before begins
            // (曾/d 任华泓/nr: 曾任 + 华泓证券…)
            || !known
                && ti.checked_sub(1).is_some_and(|j| {
                    let mut post = String::from(tags[j].word);
                    post.push(first);
                    lex.posts.contains(&post)
                });
        if !known && (FUNCTION_CHARS.contains(first) || stop_first) {
            // More function characters may follow the first (这是/v at a sentence's
            // start: 是 is no name's first part either).
            let rest = w.len()
                - w[first.len_utf8()..]
                    .trim_start_matches(|c| FUNCTION_CHARS.contains(c))
                    .len();
            if w.len() > rest {
                start = w0 + tb + rest;
                words.push((&w[rest..], t.tag));
                offs.push(w0 + tb + rest);
                proper = true;
                proper_non_region = true;
            }
            break;
        }
        // Nor over a date's unit the segmenter glued to the word after it (2019/m 年经/p:
        // 2019年经R人民政府批准): what follows the unit and any function character is the
        // name's first part (2025/m 年鹤源/nr 锂资源…大会 → 鹤源…; the year rejoins an
        // event's name below). A word the dictionary knows is whole (年度, 日喀则). So
        // is a figure's unit glued so (投资5/m 亿岚峰/ns 科技有限公司).
        if !known
            && w.starts_with(['年', '月', '日', '亿', '万', '元'])
            && ti
                .checked_sub(1)
                .is_some_and(|j| tags[j].word.ends_with(|c: char| c.is_ascii_digit()))
        {
            let tail = w[first.len_utf8()..].trim_start_matches(|c| FUNCTION_CHARS.contains(c));
            // One character left joins as any single character does, next to the head,
            // another single character or a new word; else it is a verb's (2016年任
            // 宜昌峡能化工有限公司董事长).
            let joins = tail.chars().count() >= 2
                || !tail.is_empty()
                    && words
                        .last()
                        .is_none_or(|(prev, _)| prev.chars().count() == 1 || !seg.has_word(prev));
            if joins {
                start = w0 + tb + w.len() - tail.len();
                words.push((tail, t.tag));
                offs.push(start);
                proper = true;
                proper_non_region = true;
            }
            break;
        }
        // Nor does a name run back over a word the segmenter glued to the copula, a
        // particle or a conjunction after it (泽迅换电是北京泽迅能源集团…: 电是/n;
        // 湘循环保与福建闽锂…: 保与/v; 淮安瑞佰由深圳…: 瑞佰由/nr): the name begins after it.
        if !known
            && w.chars().count() > 1
            && w.ends_with([
                '是', '的', '了', '被', '把', '与', '及', '在', '由', '等', '向', '任', '以',
            ])
        {
            break;
        }
        // Nor over an adverb the segmenter glued to 由 (交由/n, 改由/v), while 自由 is a
        // park's word (自由贸易试验区).
        if known && w.ends_with('由') && w != "自由" {
            break;
        }
        // The post verb 任 glued by the HMM to the name's first part after a person's
        // name (丁婉清 任岚峰/nr 锂电 联盟): the name begins after it.
        if !known
            && w.starts_with('任')
            && w.len() > '任'.len_utf8()
            && ti > 0
            && tags[ti - 1].tag.starts_with("nr")
        {
            let rest = '任'.len_utf8();
            start = w0 + tb + rest;
            words.push((&w[rest..], t.tag));
            offs.push(w0 + tb + rest);
            proper = true;
            proper_non_region = true;
            break;
        }
        // An adverb glued by the HMM to 由 and the name's first part (仍由岚沃/ns:
        // 仍 + 由 + 岚沃), or a time word to 向 (明年起向岩/v 睿 动力: 起 + 向 + 岩):
        // the name begins after the preposition.
        if !known
            && let Some(at) = w
                .char_indices()
                .skip(1)
                .take(2)
                .find(|&(_, c)| c == '由' || c == '向')
                .map(|(i, _)| i)
        {
            let rest = at + '由'.len_utf8();
            if rest < w.len() {
                start = w0 + tb + rest;
                words.push((&w[rest..], t.tag));
                offs.push(w0 + tb + rest);
                proper = true;
                proper_non_region = true;
            }
            break;
        }
        // Nothing continues a company's name past its legal form (…有限公司控股).
        if ends_with_any(w, &lex.words.legal_ends) {
            break;
        }
        // Regions are name prefixes whatever the segmenter tagged them (包头/v), and
        // so is 国家 of a national research or testing body (国家…检验检测中心).
        if is_region_word(lex, w) || w == "国家" && kind == EntityType::Institute {
            start = w0 + tb;
            words.push((w, t.tag));
            offs.push(w0 + tb);
            proper = true;
            continue;
        }
        // Words the dictionary does not know are the proper part of new names,
        // whatever tag the HMM guessed for them; so are single characters glued
        // into a name (黔/j 能/v, 泓/q).
        // So is a verb the dictionary holds but has barely seen (启衡/v, 3 times)
        // where it opens a company's name before a legal form: after a region or
        // where nothing of a name could stand (报告仅供华岳证券…: 仅供 is a verb, the
        // noun before it no name's).
        let rare_verb = || {
            known
                && kind == EntityType::Company
                && head.strength == Strength::Strong
                && t.tag.starts_with('v')
                && w.chars().count() >= 2
                && w.chars().all(is_cjk)
                && ti.checked_sub(1).is_none_or(|j| {
                    let left = &tags[j];
                    is_region_word(lex, left.word)
                        || !left.word.chars().all(is_cjk)
                        || stops_name(left.tag, kind)
                        || lex.name_stops.contains(left.word)
                })
                && seg.suggest_freq(w) <= RARE_VERB_FREQ
        };
        let unknown = (!known || rare_verb()) && w.chars().all(is_cjk) && !is_plain(lex, w);
        // A single character joins a name only next to the head or to another
        // single character or new word (黔/能 新材料, not 设 中国科学院).
        // So does one before a county's short form, which there is part of a brand
        // (中/能 新源集团); not before a city's (新/设 东莞…实验室: a verb's).
        // And one before the plain words of a line of business right before the
        // head when another single character stands before it (达/昇 材料有限公司):
        // one alone may be a verb's (代表团 赴 锂电有限公司).
        // (Asked only of single characters: walks are on the hot path.)
        // And one after a rare place word the dictionary made of a region and the
        // brand's first character (宜昌峡/ns 能/v 锂盐: 宜昌 + 峡能), where the walk
        // would otherwise stop at the character a verb.
        let after_glued_place = || {
            ti.checked_sub(1).is_some_and(|j| {
                let left = &tags[j];
                let last = left.word.chars().next_back().map_or(0, char::len_utf8);
                left.tag == "ns"
                    && left.word.chars().count() >= 3
                    && left.word.chars().all(is_cjk)
                    && !is_region_word(lex, left.word)
                    && is_region_word(lex, &left.word[..left.word.len() - last])
                    && seg.suggest_freq(left.word) <= RARE_VERB_FREQ
            })
        };
        // (A Latin letter before it makes a brand with it: E/eng 行/zg 出行科技.)
        let after_latin = || {
            ti.checked_sub(1).is_some_and(|j| {
                let left = tags[j].word;
                !left.is_empty() && left.chars().all(|c| c.is_ascii_alphabetic())
            })
        };
        // (A character right after a region opens the brand whatever the segmenter
        // read it as: 台山市 顺/p 通车 业有限公司 is 顺通车业.)
        let after_region = || {
            !FUNCTION_CHARS.contains(first)
                && ti
                    .checked_sub(1)
                    .is_some_and(|j| is_region_word(lex, tags[j].word))
        };
        let glued = || {
            words.last().is_none_or(|(prev, _)| {
                prev.chars().count() == 1 || !seg.has_word(prev) || lex.is_county_short(prev)
            }) || after_glued_place()
                || after_latin()
                || after_region()
                || words
                    .iter()
                    .all(|(w, _)| is_plain(lex, w) || is_product_word(lex, w))
                    && ti.checked_sub(1).is_some_and(|j| {
                        let left = tags[j].word;
                        left.chars().count() == 1
                            && left
                                .chars()
                                .all(|c| is_cjk(c) && !FUNCTION_CHARS.contains(c))
                            && !lex.name_stops.contains(left)
                    })
        };
        // A locative after a noun the dictionary knows (条件/n 下/f) closes a phrase
        // of place or condition (高温条件下循环…), not a brand's first character.
        let locative_after_noun = || {
            t.tag == "f"
                && ti.checked_sub(1).is_some_and(|j| {
                    tags[j].tag == "n"
                        && tags[j].word.chars().count() >= 2
                        && !is_region_word(lex, tags[j].word)
                        && seg.has_word(tags[j].word)
                })
        };
        if unknown
            || adverb_in_name
            || single
                && glued()
                && is_cjk(first)
                && !lex.name_plain.contains(w)
                && !t.tag.starts_with('m')
                && !locative_after_noun()
        {
            start = w0 + tb;
            words.push((w, t.tag));
            offs.push(w0 + tb);
            proper = true;
            proper_non_region = true;
            continue;
        }
        // A locality the segmenter reads as a direction (深圳前海/f) is a place of
        // the name after the region it lies in.
        let locality = t.tag == "f"
            && w.chars().count() == 2
            && ti
                .checked_sub(1)
                .is_some_and(|j| is_region_word(lex, tags[j].word));
        // A lone character read as a measure with no number before it (锂/nz 元/m 科技)
        // is the name's own, not a figure's unit.
        // So is a magnitude with no number before it (源泰/nz 亿/m 锂业): 亿 and 万 are
        // common in brands, and no count is written without its number.
        let numberless = t.tag.starts_with('m')
            && w.chars().count() == 1
            && (!has_numeral(w) || matches!(w, "亿" | "万"))
            && ti.checked_sub(1).is_some_and(|j| {
                let left = &tags[j];
                !left.tag.starts_with('m')
                    && left.word.chars().all(is_cjk)
                    && !has_numeral(left.word)
            });
        // A domain word the segmenter reads as a number (零部件/mq, 零碳) describes
        // the body, as other plain words do (汽车零部件产业园).
        let plain_numeral = t.tag.starts_with('m') && lex.name_plain.contains(w);
        if stops_name(t.tag, kind)
            && !lex.name_inner.contains(w)
            && !locality
            && !numberless
            && !plain_numeral
            && !brand_he
        {
            break;
        }
        // A verb that may stand inside a name does so after its proper part (湖南锂资源
        // 创新应用大会), not right before it: there it is the sentence's (管委会联合
        // 三峡大学组建…, A联合B有限公司发起…).
        // Nor right before a bare level word that opens a body's name (公安局联合市生态
        // 环境局: 联合 is the sentence's).
        if t.tag.starts_with('v')
            && lex.name_inner.contains(w)
            && words.last().is_some_and(|&(prev, tag)| {
                !is_region_word(lex, prev) && is_proper(lex, prev, tag, seg.has_word(prev))
                    || matches!(prev, "省" | "市" | "县" | "区" | "州")
            })
        {
            break;
        }
        // A research body is named for what it studies, verbs too (选冶工程技术研究
        // 中心, 提锂技术研究院): inside its name, before a noun of the name, a verb that
        // is no trigger or stop word (those were refused above) goes on.
        let studied = kind == EntityType::Institute
            && words.last().is_some_and(|(_, tag)| tag.starts_with('n'))
            && known
            && w.chars().count() >= 2;
        if t.tag.starts_with('v')
            && t.tag != "vn"
            && !lex.name_inner.contains(w)
            && !business
            && !studied
        {
            break;
        }
        if t.tag == "vn" && lex.is_trigger(w) && !business && !event && !trade && !process {
            break;
        }
        // A dash between two places joins them in a meeting's or body's name
        // (2025中国—东盟新能源产业合作论坛, 中国-印度尼西亚…商会).
        let placey = |w: &str, tag: &str| is_region_word(lex, w) || tag == "ns";
        let between_places = matches!(w, "—" | "——" | "-" | "－" | "–")
            && !matches!(kind, EntityType::Company)
            && words.last().is_some_and(|&(prev, tag)| placey(prev, tag))
            && ti
                .checked_sub(1)
                .is_some_and(|j| placey(tags[j].word, tags[j].tag));
        if between_places {
            start = w0 + tb;
            words.push((w, t.tag));
            offs.push(w0 + tb);
            continue;
        }
        if w.chars().all(|c| !is_cjk(c) && !c.is_ascii_alphanumeric()) {
            break;
        }
        start = w0 + tb;
        words.push((w, t.tag));
        offs.push(w0 + tb);
        if is_proper(lex, w, t.tag, known) || (event && t.tag.starts_with('m')) {
            proper = true;
            proper_non_region = true;
        }
    }
    // A park's own name follows the address it lies at (福建省龙岩市上杭县汀江新能
    // 源产业园, 长丰县双凤经济开发区): regions opening it, the last written in full,
    // are the address when a proper part of the park's own comes after them. A
    // short name opens the name itself (钦州临港新材料产业园, 淄博临淄齐润…), and so
    // does any region before only plain words (奉新县锂电新材料产业园).
    if kind == EntityType::Park {
        let leading = words
            .iter()
            .rev()
            .take_while(|(w, _)| is_region_word(lex, w))
            .count();
        let keep = words.len() - leading;
        // (A county, city or province by its full name; not a town, whose name
        // often is the park's own.)
        let in_full = |w: &str| {
            !lex.regions_named(w).is_empty()
                && w.ends_with(['省', '市', '县', '区', '州', '旗', '盟', '府'])
                && w.chars().count() >= 3
        };
        if leading >= 1
            && keep >= 1
            && in_full(words[keep].0)
            && words[..keep]
                .iter()
                .any(|&(w, tag)| !is_region_word(lex, w) && is_proper(lex, w, tag, seg.has_word(w)))
        {
            start = offs[keep - 1];
            words.truncate(keep);
            offs.truncate(keep);
        }
    }
    Walk {
        start,
        words,
        offs,
        proper,
        proper_non_region,
    }
}

/// True when `before` ends with a title or role word (研究员, 董事长).
fn after_title(lex: &Lexicon, before: &str) -> bool {
    before
        .char_indices()
        .rev()
        .take(8)
        .any(|(i, _)| lex.titles.contains(&before[i..]) || lex.skip_roles.contains(&before[i..]))
}

/// Start of the window before byte `h0`: at most `max` characters, not past a hard boundary.
fn window_start(stext: &str, h0: usize, max: usize) -> usize {
    let mut w0 = h0;
    for (n, (i, c)) in stext[..h0].char_indices().rev().enumerate() {
        // A dash between Chinese characters may join two places in a name
        // (中国—东盟…论坛); the walk decides.
        let joining_dash = c == '—'
            && stext[..i].chars().next_back().is_some_and(is_cjk)
            && stext[i + c.len_utf8()..].chars().next().is_some_and(is_cjk);
        if is_hard_boundary(c) && !joining_dash || n >= max {
            break;
        }
        w0 = i;
    }
    w0
}

/// True when `rest` opens with a road's word and then a house number or a crossing
/// (路8号, 大道与, 街１２号): the name before it is the road's, not a place's.
fn road_after(rest: &str) -> bool {
    ["大道", "大街", "路", "街"].iter().any(|r| {
        rest.strip_prefix(r).is_some_and(|after| {
            after.starts_with(|c: char| {
                c.is_ascii_digit()
                    || ('０'..='９').contains(&c)
                    || "一二三四五六七八九十号与和交".contains(c)
            })
        })
    })
}

fn head_candidates(
    lex: &Lexicon,
    stext: &str,
    base: usize,
    cands: &mut Vec<Cand>,
    diags: &mut Vec<String>,
    level_heads: &mut Vec<(usize, usize, usize)>,
) {
    let known_ends: Vec<usize> = cands
        .iter()
        .filter(|c| {
            c.found == Found::Lexicon
                && c.kind
                    .is_some_and(|k| k.is_org() && k != EntityType::Government)
        })
        .map(|c| c.b1 - base)
        .collect();
    let chains = head_chains(lex, stext, &known_ends);
    if chains.is_empty() {
        return;
    }
    for c in &chains {
        if c.head.kind == EntityType::Government
            && let Some(level) = LEVEL_WORDS.iter().find(|l| stext[..c.h0].ends_with(*l))
        {
            level_heads.push((base + c.h0 - level.len(), base + c.h0, base + c.h1));
        }
    }
    // Where a function character follows a name (钴业为, 宁德时代向): the name's end
    // and the character's end, for walks over tokens that glue the two together.
    let after_function: Vec<(usize, usize)> = chains
        .iter()
        .map(|c| c.h1)
        .chain(
            cands
                .iter()
                .filter(|c| c.found == Found::Lexicon && c.kind.is_some())
                .map(|c| c.b1 - base),
        )
        .filter_map(|end| {
            let c = stext[end..].chars().next()?;
            FUNCTION_CHARS
                .contains(c)
                .then_some((end, end + c.len_utf8()))
        })
        .collect();
    for Chain { h0, h1, head } in chains {
        let kind = head.kind;
        // A weak head right after a company, university or institute the lexicon
        // knows (LG化学控股的…, 西安交通大学能源…) is a word of the sentence: the
        // known name is the whole name.
        if head.strength == Strength::Weak && known_ends.contains(&h0) {
            continue;
        }
        // A road named for a park is no park (宜丰县工业园路8号, 高新区大道与…交汇处),
        // nor a hall named for a fair an event (中国进出口商品交易会展馆B区).
        if kind == EntityType::Park && road_after(&stext[h1..])
            || kind == EntityType::Event
                && ["展馆", "馆", "会场", "场馆", "中心"]
                    .iter()
                    .any(|w| stext[h1..].starts_with(w))
        {
            continue;
        }
        if kind == EntityType::Event
            && head.word == "次会议"
            && !LEGISLATURE_BEFORE_SESSION.is_match(&stext[..h0])
        {
            continue;
        }
        // Window: up to MAX_NAME_CHARS characters before the head, to a hard boundary.
        let w0 = window_start(
            stext,
            h0,
            if kind == EntityType::Event {
                MAX_EVENT_CHARS
            } else {
                MAX_NAME_CHARS
            },
        );
        // A company's name may hold its seat in brackets (岷锂国际(香港)有限公司,
        // 宁德时代(上海)智能科技有限公司): the bracket ends the window, and the name
        // goes on before it.
        let bracket = (kind == EntityType::Company && head.strength == Strength::Strong)
            .then(|| bracketed_region_before(lex, stext, w0))
            .flatten();
        // An event's subject may hold a short qualifier in brackets, glued into the
        // name on both sides (石墨（碳）新材料产业招商推介会): the name goes on before it.
        let qualifier = (kind == EntityType::Event)
            .then(|| bracket_before(stext, w0))
            .flatten()
            .filter(|&(open, inner)| {
                (1..=4).contains(&inner.chars().count())
                    && inner.chars().all(is_cjk)
                    && stext[..open].chars().next_back().is_some_and(is_cjk)
                    && stext[w0..].chars().next().is_some_and(is_cjk)
            })
            .map(|(open, _)| open);
        let bracket = bracket.or(qualifier);
        if w0 == h0 && bracket.is_none() {
            continue;
        }
        // A weak head followed by more of a noun phrase (新能源产业, 科技创新) is an
        // ordinary word: decide that cheaply before segmenting anything.
        let weak_end = if head.strength == Strength::Weak {
            match phrase_ends_cheaply(lex, &stext[h1..]) {
                Some(false) => continue,
                known => known,
            }
        } else {
            Some(true)
        };
        // Nor does a weak head whose last character makes a word with the next
        // (锂能|否 is 能否, 矿业|务 is 业务, 锂电|池 is 电池): the head is not there.
        if head.strength == Strength::Weak
            && weak_end != Some(true)
            && glued_after(lex, &stext[..h1], &stext[h1..])
        {
            continue;
        }
        // A weak head that ends a product the lexicon knows (插电式混合动力汽车) is
        // the product's last word, not the head of a name running through it; so is a
        // chain of weak heads that is the product (新能源汽车 is 新能源 + 汽车).
        if head.strength == Strength::Weak
            && cands.iter().any(|c| {
                c.found == Found::Lexicon
                    && c.kind == Some(EntityType::Product)
                    && c.b1 == base + h1
                    && c.b0 <= base + h0
            })
        {
            continue;
        }
        let seg = lex.segmenter();
        let walk = walk_left(lex, stext, w0, h0, head, &after_function);
        let Walk {
            mut start,
            mut words,
            mut offs,
            mut proper,
            mut proper_non_region,
        } = walk;
        if let Some(open) = bracket
            && start == w0
        {
            let w1 = window_start(stext, open, MAX_NAME_CHARS);
            let outer = walk_left(lex, stext, w1, open, head, &after_function);
            // (A brand that is an ordinary word before trade words, 雪域/n 矿业（津巴布韦）
            // 有限公司, picks the company out as it does without the bracket.)
            let named = if qualifier.is_some() {
                outer.proper
            } else {
                outer.proper_non_region
                    || outer.words.len() >= 2
                        && outer
                            .words
                            .last()
                            .is_some_and(|&(w, tag)| is_brand_word(lex, w, tag))
            };
            if named && outer.start < open {
                start = outer.start;
                words.extend(outer.words);
                offs.extend(outer.offs);
                proper = true;
                proper_non_region = true;
            }
        }
        // A brand that is an ordinary word (宏源/n 矿业 有限公司, 银河/n 新能源 有限公司):
        // before a company's trade words and legal form, the word that opens the name
        // picks the company out.
        if !proper
            && kind == EntityType::Company
            && head.strength == Strength::Strong
            // trade words between brand and legal form, in the chain of heads or not
            && (words.len() >= 2 || h1 - h0 > head.word.len())
            && words
                .last()
                .is_some_and(|&(w, tag)| is_brand_word(lex, w, tag))
        {
            proper = true;
            proper_non_region = true;
        }
        // A name starts at its region prefix: plain words before the region are not part of it.
        if let Some(k) = words.iter().rposition(|(w, _)| is_region_word(lex, w)) {
            // Two single characters glued before it are a brand's (中/能 新源), one may
            // be a verb (赴 宜宾).
            let glued_pair = words.len() > k + 2
                && words[k + 1..k + 3]
                    .iter()
                    .all(|(w, _)| w.chars().count() == 1);
            let before_proper = glued_pair
                || words[k + 1..].iter().any(|(w, tag)| {
                    !is_region_word(lex, w) && is_proper(lex, w, tag, seg.has_word(w))
                });
            if !before_proper {
                // Take the leftmost region of the run that ends at k.
                let mut j = k;
                while j + 1 < words.len() && is_region_word(lex, words[j + 1].0) {
                    j += 1;
                }
                start = offs[j];
                words.truncate(j + 1);
                // 东乡区东乡经济开发区: a region followed by its own short form names the
                // body from the short form on.
                if words.len() >= 2 {
                    let (full, short) = (words[1].0, words[0].0);
                    if lex
                        .regions_named(full)
                        .iter()
                        .any(|&r| lex.regions[r].shorts.iter().any(|s| s == short))
                    {
                        start = offs[0];
                    }
                }
            }
        }
        // A conjunction cannot start a name: 及动力电池博览会 starts after it.
        while let Some((w, _)) = words.last()
            && matches!(*w, "及" | "与" | "和")
        {
            start += w.len();
            words.pop();
            offs.pop();
        }
        // A name never begins inside a region the lexicon matched: where the
        // segmenter split one (2．上/f 海瑞/nz 锂…有限公司), it begins at the region.
        if let Some(c) = cands.iter().find(|c| {
            c.kind == Some(EntityType::Region) && c.b0 < base + start && base + start < c.b1
        }) {
            start = c.b0 - base;
        }
        // An event held in a place written in brackets after the country or
        // province (2025中国(金昌)镍钴…大会) has the bracketed place in its name.
        let placed = kind == EntityType::Event && {
            let s0 = bracketed_place_start(lex, stext, start);
            std::mem::replace(&mut start, s0) != s0
        };
        // Ordinals and years before an event name belong to it (第六届, 2025).
        if kind == EntityType::Event
            && let Some(m) = EVENT_PREFIX.find(&stext[..start])
        {
            start = m.start();
        }
        let name = &stext[start..h1];
        let body = &stext[start..h0];
        // The object of 组建/共建/成立 is a specific new body even when its name is
        // made of domain words (锂云母绿色提锂联合研究中心; 联合成立的…实验室).
        let founded = ends_with_any(
            stext[..start].trim_end_matches(['了', '的']),
            &lex.words.founding,
        ) && body.chars().count() >= 3;
        // A bracketed place makes an event specific, as a proper word does.
        if body.is_empty() || !(proper || founded || placed) {
            continue;
        }
        // A sub-forum (回收分论坛) is part of its event, not an event; an ordinal alone
        // (下一届论坛, 本届大会) names none.
        if kind == EntityType::Event
            && (body.ends_with('分')
                || body.chars().all(|c| {
                    "第届首上下本每一二三四五六七八九十百零这该此次".contains(c)
                        || c.is_ascii_digit()
                }))
        {
            continue;
        }
        // A generic word before the head names no one (各设区市发展改革委).
        if lex.generic.contains(name) || lex.generic.contains(body) {
            continue;
        }
        if head.strength == Strength::Weak {
            if !proper_non_region {
                continue;
            }
            if weak_end.is_none() && !ends_noun_phrase(lex, &stext[h1..]) {
                diags.push(format!(
                    "{name}: weak head {} inside a longer phrase",
                    head.word
                ));
                continue;
            }
        }
        if body.chars().count() < 2 && kind != EntityType::University {
            continue;
        }
        // A college named after its university (大连理工大学化工学院) is the university's
        // part: the university stands as the mention, as the gold files take it.
        if kind == EntityType::University
            && cands.iter().any(|c| {
                c.kind == Some(EntityType::University) && c.b0 >= base + start && c.b1 <= base + h0
            })
        {
            continue;
        }
        cands.push(Cand {
            kind: Some(kind),
            b0: base + start,
            b1: base + h1,
            canonical: name.to_string(),
            link: Link::None,
            found: Found::Head,
            rank: 1,
        });
    }
}

/// Byte offset of the opening bracket when a bracketed region ((香港), （上海）)
/// ends `stext[..end]`.
fn bracketed_region_before(lex: &Lexicon, stext: &str, end: usize) -> Option<usize> {
    let (open, inner) = bracket_before(stext, end)?;
    (inner.chars().count() <= 8 && lex.names_place(inner)).then_some(open)
}

/// The bracketed text that ends `stext[..end]` ((金昌), （香港）) and the byte
/// offset of its opening bracket.
fn bracket_before(stext: &str, end: usize) -> Option<(usize, &str)> {
    let rest = stext[..end].strip_suffix([')', '）'])?;
    let open = rest.rfind(['(', '（'])?;
    Some((open, rest[open..].strip_prefix(['(', '（'])?))
}

/// Where a name starting at `start` begins when 中国 or a region with a bracketed
/// place (中国(金昌), 湖南(郴州)) stands right before it; `start` when nothing does.
fn bracketed_place_start(lex: &Lexicon, stext: &str, start: usize) -> usize {
    let Some((open, inner)) = bracket_before(stext, start) else {
        return start;
    };
    if !lex.is_region_form(inner) {
        return start;
    }
    let before = &stext[..open];
    if let Some(country) = before.strip_suffix("中国") {
        return country.len();
    }
    // The longest region form (湖南, 湖南省) that ends right before the bracket.
    region_form_ending(lex, before, 6).unwrap_or(start)
}

/// Where the longest region form of at most `max_chars` characters that ends `s`
/// begins (湖南, 湖南省; 乌兰察布市), as a byte offset into `s`.
fn region_form_ending(lex: &Lexicon, s: &str, max_chars: usize) -> Option<usize> {
    s.char_indices()
        .rev()
        .take(max_chars)
        .map(|(b, _)| b)
        .filter(|&b| lex.is_region_form(&s[b..]))
        .last()
}

/// Whether the last character of `before` and the first of `after` make a word of the
/// segmenter's dictionary, and `after` does not open on a word of its own (锂业|主要
/// keeps the head: 主要 is a word).
fn glued_after(lex: &Lexicon, before: &str, after: &str) -> bool {
    let mut next = after.chars();
    let (Some(a), Some(b)) = (before.chars().next_back(), next.next()) else {
        return false;
    };
    let word = |x: char, y: char| {
        let mut buf = [0u8; 8];
        let n = x.encode_utf8(&mut buf[..4]).len();
        let m = y.encode_utf8(&mut buf[n..]).len();
        std::str::from_utf8(&buf[..n + m]).is_ok_and(|w| lex.segmenter().has_word(w))
    };
    is_cjk(a) && is_cjk(b) && word(a, b) && !next.next().is_some_and(|c| is_cjk(c) && word(b, c))
}

/// True when what follows a weak head does not continue the noun phrase.
/// Whether what follows a weak head ends its phrase, when that is plain without
/// segmenting: `Some(true)` at punctuation or a predicate, `Some(false)` at a word
/// that continues a noun phrase, `None` when only the segmenter can tell.
fn phrase_ends_cheaply(lex: &Lexicon, after: &str) -> Option<bool> {
    let c = after.chars().next()?;
    if !is_cjk(c) {
        return Some(true);
    }
    let prefix = |n: usize| -> &str {
        let end = after.char_indices().nth(n).map_or(after.len(), |(b, _)| b);
        &after[..end]
    };
    for n in (1..=3).rev() {
        let p = prefix(n);
        if lex.name_next.contains(p) {
            return Some(false);
        }
        if lex.name_stops.contains(p) || lex.speech.contains(p) || lex.is_trigger(p) {
            return Some(true);
        }
    }
    // A person's title ends the body's name before it (岚源资本合伙人X), where the
    // segmenter would read the two nouns as one phrase; not an analyst's, whose desk
    // may end on the head (东岚期货新能源分析师: 新能源 is the desk).
    if (2..=5).any(|n| lex.titles.contains(prefix(n)) && !analyst_title(prefix(n))) {
        return Some(true);
    }
    if FUNCTION_CHARS.contains(c) {
        return Some(true);
    }
    None
}

fn ends_noun_phrase(lex: &Lexicon, after: &str) -> bool {
    let Some(c) = after.chars().next() else {
        return true;
    };
    if !is_cjk(c) {
        return true;
    }
    let window: String = after.chars().take(6).collect();
    let tags = lex.tag(&window);
    let Some(t) = tags.first() else {
        return true;
    };
    if lex.name_next.contains(t.word) {
        return false;
    }
    if lex.name_stops.contains(t.word) || lex.speech.contains(t.word) {
        return true;
    }
    let first = t.tag.chars().next().unwrap_or('x');
    !matches!(first, 'n' | 'a' | 'b' | 'l' | 'g')
        || t.tag == "nr" && lex.surname_len(t.word).is_some()
}

static BOOK_TITLE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"《([^《》\n]{2,80})》").expect("static regex"));
static QUOTED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#"[“"]([^“”"\n]{2,14})[”"]"#).expect("static regex"));
/// The kind of standard right after a title (《…》团体标准).
static STANDARD_AFTER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:团体|国家|行业|地方|企业)标准").expect("static regex"));
/// A standard's code or kind right before a title (T/ZLCA 008—2025《…》, GB/T 36276-2023《…》,
/// 团体标准《…》).
static STANDARD_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:[A-Z]{1,4}(?:/[A-Z]{1,6})?\s?\d{1,6}(?:\.\d+)?\s?[—\-–]\s?\d{4}|标准)\s?$")
        .expect("static regex")
});
static SHORT_POLICY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:[一二三四五六七八九十百两]+|\d+)条$|政策$|新政$|措施$|办法$")
        .expect("static regex")
});

fn policy_candidates(lex: &Lexicon, stext: &str, base: usize, cands: &mut Vec<Cand>) {
    if !stext.contains(['《', '“', '"']) {
        return;
    }
    for cap in BOOK_TITLE.captures_iter(stext) {
        let m = cap.get(0).expect("group 0");
        let inner = cap.get(1).expect("group 1").as_str();
        // A standard is named by its title alone: 团体标准 after it, or its code or the
        // word 标准 before it (T/ZLCA 008—2025《锂离子电池黑粉》, 团体标准《…》).
        let standard = STANDARD_AFTER.is_match(&stext[m.end()..])
            || STANDARD_BEFORE.is_match(&stext[..m.start()]);
        if standard || lex.policy_words.iter().any(|w| inner.contains(w.as_str())) {
            cands.push(Cand {
                kind: Some(EntityType::Policy),
                b0: base + m.start(),
                b1: base + m.end(),
                canonical: m.as_str().to_string(),
                link: Link::None,
                found: Found::Policy,
                rank: 0,
            });
        } else {
            // A book or newspaper title: block what is inside it.
            cands.push(Cand {
                kind: None,
                b0: base + m.start(),
                b1: base + m.end(),
                canonical: String::new(),
                link: Link::None,
                found: Found::Policy,
                rank: 0,
            });
        }
    }
    for cap in QUOTED.captures_iter(stext) {
        let inner = cap.get(1).expect("group 1");
        if SHORT_POLICY.is_match(inner.as_str())
            && inner.as_str().chars().all(|c| !c.is_whitespace())
        {
            cands.push(Cand {
                kind: Some(EntityType::Policy),
                b0: base + inner.start(),
                b1: base + inner.end(),
                canonical: inner.as_str().to_string(),
                link: Link::None,
                found: Found::Policy,
                rank: 0,
            });
        }
    }
}

/// A name in quotes, three characters (a trophy's) up to an event's length (MAX_EVENT_CHARS).
static QUOTED_NAME: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#"[“"]([^“”"\n]{3,48})[”"]"#).expect("static regex"));

/// A body's whole name in quotes, which may hold words that end a name's walk
/// (“固态电池与钠离子电池材料联合实验室”): Chinese characters only, ending in a
/// strong institute, park, association or event head, with a proper part before it.
fn quoted_name_candidates(lex: &Lexicon, stext: &str, base: usize, cands: &mut Vec<Cand>) {
    if !stext.contains(['“', '"']) {
        return;
    }
    for cap in QUOTED_NAME.captures_iter(stext) {
        let inner = cap.get(1).expect("group 1");
        let name = inner.as_str();
        // Three characters name a trophy (“岚湖杯”大赛); others that short are slogans
        // or systems (“链长制”工作推进会, a meeting of the system's work, named by no one).
        if name.chars().count() < 4 && !name.ends_with('杯') {
            continue;
        }
        // An event's name may open on the title of what it launches (“《锂离子电池黑粉》
        // 团体标准发布会”).
        // A joint body's name may join its partners with a dash (“擎川—物理所固态电池
        // 联合实验室”), inside the name only.
        if !name
            .chars()
            .all(|c| is_cjk(c) || c.is_ascii_digit() || matches!(c, '《' | '》' | '—' | '－' | '-'))
            || name.starts_with(['—', '－', '-'])
            || name.ends_with(['—', '－', '-'])
        {
            continue;
        }
        // A meeting named for the project or theme in quotes before it (“…关键技术开发及
        // 产业化”项目科技成果评价会, “…”主题论坛): the quotes and a few words end in an
        // event's head.
        // (The words may name the trade too: “北疆工匠杯”石墨负极材料行业职业技能竞赛.)
        let whole = cap.get(0).expect("match");
        let tail: String = stext[whole.end()..]
            .chars()
            .take_while(|&c| is_cjk(c))
            .take(16)
            .collect();
        if let Some(&(_, t1, _)) = lex.find_heads(&tail).iter().find(|&&(_, _, hi)| {
            lex.heads[hi].kind == EntityType::Event && lex.heads[hi].strength == Strength::Strong
        }) {
            let end = whole.end() + t1;
            let start = edition_before(lex, &stext[..whole.start()]);
            cands.push(Cand {
                kind: Some(EntityType::Event),
                b0: base + start,
                b1: base + end,
                canonical: stext[start..end].to_string(),
                link: Link::None,
                found: Found::Head,
                rank: 1,
            });
            continue;
        }
        let Some(&(h0, h1, hi)) = lex.find_heads(name).last() else {
            continue;
        };
        let head = &lex.heads[hi];
        if h1 != name.len()
            || head.strength != Strength::Strong
            || !matches!(
                head.kind,
                EntityType::Institute
                    | EntityType::Park
                    | EntityType::Association
                    | EntityType::Event
            )
        {
            continue;
        }
        // Not a kind with a modifier (“联合实验室”) nor plain words before it
        // (“新能源产业园”); shorter names are found unquoted as well.
        let body = &name[..h0];
        if body.chars().count() < 4
            || lex
                .tag(body)
                .iter()
                .all(|t| is_plain(lex, t.word) || lex.generic.contains(t.word))
        {
            continue;
        }
        cands.push(Cand {
            kind: Some(head.kind),
            b0: base + inner.start(),
            b1: base + inner.end(),
            canonical: name.to_string(),
            link: Link::None,
            found: Found::Head,
            rank: 1,
        });
    }
}

/// An edition right before an event's quoted name, with the region and year that may
/// open it (乌兰察布市第四届“北疆工匠杯”…竞赛, 2025年第二届“…”论坛): where the name
/// begins, as a byte offset into `before`, which is all of the name's sentence before
/// its opening quote.
fn edition_before(lex: &Lexicon, before: &str) -> usize {
    let Some(m) = EDITION_END.find(before) else {
        return before.len();
    };
    // The longest region form ending right before the edition (乌兰察布市, 湖北省).
    region_form_ending(lex, &before[..m.start()], 8).unwrap_or(m.start())
}

/// An edition, maybe after its year, ending a text (2025年第二届, 第四届).
static EDITION_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:\d{4}年?)?第[一二三四五六七八九十百\d]{1,4}[届次期]$").expect("static regex")
});

/// Characters a school's name after its university may hold (材料科学与工程学院).
const SCHOOL_MAX_CHARS: usize = 14;

/// A university's school, named after it (浙西理工大学材料科学与工程学院), is a
/// mention of the university (the gold files fold a school into its university:
/// 宁夏大学化学化工学院教授X works at 宁夏大学): the university's name, then up
/// to [`SCHOOL_MAX_CHARS`] Chinese characters of a field of study ending in 学院.
fn school_candidates(lex: &Lexicon, stext: &str, base: usize, cands: &mut Vec<Cand>) {
    if !stext.contains("大学") {
        return;
    }
    let universities: Vec<(usize, usize, String, Link)> = cands
        .iter()
        .filter(|c| {
            c.kind == Some(EntityType::University) && base_text_ends(stext, base, c, "大学")
        })
        .map(|c| (c.b0, c.b1, c.canonical.clone(), c.link))
        .collect();
    for (b0, b1, university, link) in universities {
        let Some(rest) = stext.get(b1 - base..) else {
            continue;
        };
        let run: String = rest
            .chars()
            .take_while(|&c| is_cjk(c))
            .take(SCHOOL_MAX_CHARS + 2)
            .collect();
        let Some(end) = run.find("学院") else {
            continue;
        };
        let school = &run[..end];
        let n = school.chars().count();
        let joiner = |w: &str| matches!(w, "与" | "和" | "及");
        // A field of study: nouns the dictionary knows, joined by 与/和/及 (材料科学
        // 与工程, 经济与管理); no verb, name or place (…与欣旺达动力新设中国科学院).
        let field = |t: &Token| {
            let seg = lex.segmenter();
            (t.tag.starts_with('n') && !matches!(t.tag, "nr" | "ns" | "nt" | "nrt")
                || t.tag == "vn")
                && seg.has_word(t.word)
                && !is_region_word(lex, t.word)
        };
        let tags = lex.tag(school);
        if !(2..=SCHOOL_MAX_CHARS).contains(&n)
            || school.ends_with('科')
            || tags.first().is_none_or(|t| joiner(t.word))
            || !tags.iter().all(|t| joiner(t.word) || field(t))
            || lex
                .find_heads(school)
                .iter()
                .any(|&(_, _, hi)| lex.heads[hi].strength == Strength::Strong)
        {
            continue;
        }
        cands.push(Cand {
            kind: Some(EntityType::University),
            b0,
            b1: b1 + end + "学院".len(),
            canonical: university,
            link,
            found: Found::School,
            rank: 1,
        });
    }
}

/// True when the text of candidate `c` in the sentence `stext` (at byte `base`) ends
/// with `suffix`.
fn base_text_ends(stext: &str, base: usize, c: &Cand, suffix: &str) -> bool {
    stext
        .get(c.b0 - base..c.b1 - base)
        .is_some_and(|t| t.ends_with(suffix))
}

/// Longest given name after a surname.
const MAX_GIVEN_CHARS: usize = 2;

fn person_candidates(
    lex: &Lexicon,
    stext: &str,
    base: usize,
    occupied: &[(usize, usize)],
    cands: &mut Vec<Cand>,
    seen: &mut HashSet<String>,
) {
    let free = |b0: usize, b1: usize| !occupied.iter().any(|&(o0, o1)| b0 < o1 && o0 < b1);
    let mut push = |b0: usize, b1: usize, cands: &mut Vec<Cand>| {
        let name = &stext[b0..b1];
        if free(b0, b1) {
            seen.insert(name.to_string());
            cands.push(Cand {
                kind: Some(EntityType::Person),
                b0: base + b0,
                b1: base + b1,
                canonical: name.to_string(),
                link: Link::None,
                found: Found::Person,
                rank: 1,
            });
        }
    };
    let mut skipped: Vec<(usize, usize)> = Vec::new();
    for (t0, t1, word) in lex.find_titles(stext) {
        // A title that begins a longer word is none (专家组一致认为), nor is one
        // that names a system of posts (坚持链长制推进).
        if let Some(c) = stext[t1..].chars().next()
            && (c == '制' || lex.segmenter().has_word(&stext[t0..t1 + c.len_utf8()]))
        {
            continue;
        }
        let skip = lex.skip_roles.contains(word);
        // A name after the title: 秘书长唐长江, 董事长 王建国.
        // Also after a field label's colon (项目负责人：孙立国).
        let rest = stext[t1..].trim_start();
        let rest = rest.strip_prefix(['：', ':']).unwrap_or(rest).trim_start();
        // And after 的 when the segmenter reads a person's name there (当技术员的吕晓涵记得).
        let rest = match rest.strip_prefix('的') {
            Some(r)
                if {
                    let window: String = r.chars().take(4).collect();
                    lex.tag(&window)
                        .first()
                        .is_some_and(|t| t.tag.starts_with("nr"))
                } =>
            {
                r
            }
            _ => rest,
        };
        // And after a copula when the name closes the clause (法定代表人为钟建华，;
        // 董事长是X先生): the post stated of the body before.
        let rest = POST_COPULAS
            .iter()
            .find_map(|c| rest.strip_prefix(c))
            .filter(|r| {
                name_after(lex, r).is_some_and(|n| {
                    r[n..]
                        .chars()
                        .next()
                        .is_none_or(|c| !is_cjk(c) || "，。；、（先女".contains(c))
                })
            })
            .unwrap_or(rest);
        let after_start = stext.len() - rest.len();
        // 戚明远教授团队合作: with a name before the title, what follows it is no
        // name when it opens on a word the dictionary knows as no name (团队).
        // (The name before is sought only then: titles are many, such names few.)
        let mut before = None;
        let after = name_after(lex, &stext[after_start..]).filter(|&len| {
            let name = &stext[after_start..after_start + len];
            let opens_on_word = name
                .char_indices()
                .skip(2)
                .map(|(b, _)| b)
                .chain([name.len()])
                .any(|e| lex.segmenter().has_word(&name[..e]));
            if skip || !opens_on_word {
                return true;
            }
            let no_name = lex.tag(name).first().is_some_and(|t| {
                !t.tag.starts_with("nr")
                    && t.word.chars().count() >= 2
                    && lex.segmenter().has_word(t.word)
            });
            if no_name {
                before = name_before(lex, &stext[..t0]);
            }
            before.is_none()
        });
        if let Some(len) = after {
            if skip {
                skipped.push((after_start, after_start + len));
                continue;
            }
            push(after_start, after_start + len, cands);
            // The title's list goes on (律师方振宇、程雪; 审判员陈屹、吴佳慧): each
            // item a full name that ends where the list does, or before 在 (律师赵砚秋、
            // 孙启航在…).
            let mut at = after_start + len;
            while let Some(rest) = stext[at..].strip_prefix('、')
                && let Some(n) = name_after(lex, rest)
                && lex.surname_len(rest).is_some_and(|sn| sn < n)
                && !is_region_word(lex, &rest[..n])
                && rest[n..]
                    .chars()
                    .next()
                    .is_none_or(|c| "、，,。；;）)等在".contains(c))
            {
                let b0 = at + '、'.len_utf8();
                push(b0, b0 + n, cands);
                at = b0 + n;
            }
            continue;
        }
        if skip {
            continue;
        }
        // A name before the title: 李新海教授.
        if let Some(b0) = before.or_else(|| name_before(lex, &stext[..t0])) {
            push(b0, t0, cands);
        }
    }
    firm_before_titles(lex, stext, base, cands);
    // The segmenter's person names before a speech verb: 张伟表示.
    for (i, _) in lex.find_speech(stext) {
        {
            if let Some(b0) = name_before(lex, &stext[..i])
                && !skipped.iter().any(|&(s0, s1)| b0 < s1 && s0 < i)
            {
                let tags = lex.tag(&stext[b0..i]);
                if tags.len() <= 2 && tags.iter().any(|t| t.tag.starts_with("nr")) {
                    push(b0, i, cands);
                }
            }
        }
    }
    // A list of names under a label for people (主要完成人：谭明远、何晓峰、罗佳琪):
    // each item a name when every item looks like one.
    if crate::read::first_chars(stext, 12).contains([':', '：'])
        && let Some(c) = PEOPLE_FIELD.captures(stext)
    {
        let start = c.get(0).expect("group 0").end();
        let list = stext[start..].trim_end_matches(['。', '；', ';', ',', '，']);
        let items = list_items(stext, start, list);
        let looks_like_name = |&(b0, b1): &(usize, usize)| listed_person(lex, &stext[b0..b1]);
        // Beside names with a surname, one written without (泽仁多吉, 巴特尔): no
        // word of the dictionary but a name's.
        let unsurnamed = |&(b0, b1): &(usize, usize)| {
            let item = &stext[b0..b1];
            name_without_surname(lex, &format!("{item}。")) == Some(item.len())
                || matches!(&lex.tag(item)[..], [t] if t.tag.starts_with("nr") && t.word.chars().count() >= 2)
        };
        if items.len() >= 2
            && items.iter().any(looks_like_name)
            && items.iter().all(|i| looks_like_name(i) || unsurnamed(i))
        {
            for &(b0, b1) in &items {
                push(b0, b1, cands);
            }
        }
    }
    // A roster line: a financial firm and its people, 华览证券：周景然、程一凡, as an
    // investor-relations record lists who came. The firm is a company too.
    // (One char at a time: a search for either colon would decode every character.)
    let colon = match (
        FULL_COLON.find(stext.as_bytes()),
        memchr::memchr(b':', stext.as_bytes()),
    ) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    };
    if let Some(colon) = colon {
        let label_start = stext[..colon]
            .rfind(['\t', ' ', '\u{3000}'])
            .map_or(0, |p| {
                p + stext[p..].chars().next().map_or(1, char::len_utf8)
            });
        let label = &stext[label_start..colon];
        let firm = lex
            .words
            .roster_ends
            .iter()
            .find(|w| label.ends_with(w.as_str()))
            .map(|w| &label[..label.len() - w.len()])
            .filter(|proper| {
                (2..=6).contains(&proper.chars().count())
                    && proper.chars().all(is_cjk)
                    && !proper.chars().skip(1).any(|c| FUNCTION_CHARS.contains(c))
                    && !lex.generic.contains(*proper)
            });
        // A firm named in full (澜岳基金管理有限公司：钱睿) heads a roster too.
        let named = cands
            .iter()
            .any(|c| c.kind == Some(EntityType::Company) && c.b1 == base + colon);
        let start = colon + stext[colon..].chars().next().map_or(1, char::len_utf8);
        let list = if firm.is_some() || named {
            stext[start..].trim_end_matches(['。', '；', ';', ',', '，', ' ', '\t', '\n', '\r'])
        } else {
            ""
        };
        // A person may carry a note in brackets, their post (沈逸帆（首席分析师）).
        let items: Vec<(usize, usize)> = list_items(stext, start, list)
            .into_iter()
            .map(|(b0, b1)| {
                let note = crate::read::bracket_note_start(&stext[b0..b1]);
                (b0, note.map_or(b1, |p| b0 + p))
            })
            .collect();
        if (firm.is_some() || named)
            && !list.is_empty()
            && items.iter().all(|&(b0, b1)| {
                (2..=3).contains(&stext[b0..b1].chars().count())
                    && listed_person(lex, &stext[b0..b1])
            })
        {
            // (A place may name the firm, 海晏证券: the longer name nests it.)
            if !named {
                cands.push(Cand {
                    kind: Some(EntityType::Company),
                    b0: base + label_start,
                    b1: base + colon,
                    canonical: label.to_string(),
                    link: Link::None,
                    found: Found::Context,
                    rank: 2,
                });
            }
            for &(b0, b1) in &items {
                push(b0, b1, cands);
            }
        }
    }
    // A full name before an honorific: 王建国先生，现任…. The honorific vouches for
    // the name as a title does, so the segmenter need not read it as one.
    for h in &lex.words.honorifics {
        for (i, _) in stext.match_indices(h.as_str()) {
            if let Some(b0) = name_before(lex, &stext[..i])
                && stext[b0..i].chars().count() >= 2
                && !skipped.iter().any(|&(s0, s1)| b0 < s1 && s0 < i)
            {
                push(b0, i, cands);
            }
        }
    }
    // A verb of appointing vouches for the names it appoints to posts: 聘任孟庆华为
    // 总经理、刘锦程为首席技术官 (each item a full name, 为 and a post in its clause).
    if stext.contains('为') {
        for end in lex.find_appoint_ends(stext) {
            let mut at = end;
            while let Some(len) = name_after(lex, &stext[at..])
                && lex.surname_len(&stext[at..]).is_some_and(|sn| sn < len)
                && let Some(post) = stext[at + len..].strip_prefix('为')
            {
                let clause = crate::read::cjk_run(post, 12);
                if lex.find_titles(clause).is_empty() {
                    break;
                }
                push(at, at + len, cands);
                let next = stext.len() - post.len() + clause.len();
                match stext[next..].strip_prefix('、') {
                    Some(r) => at = stext.len() - r.len(),
                    None => break,
                }
            }
        }
    }
    // A résumé's opening vouches for the name as an honorific does: 林某某，男，1976年出生.
    // (The sex first: reading a name at every sentence's start is not cheap.)
    let lead = stext.len() - stext.trim_start().len();
    let sexes = ["，男，", "，女，", ",男,", ",女,"];
    if crate::read::first_chars(&stext[lead..], 12).contains(['男', '女'])
        && let Some(len) = name_after(lex, &stext[lead..])
        && sexes.iter().any(|w| stext[lead + len..].starts_with(w))
        && !skipped.iter().any(|&(s0, s1)| lead < s1 && s0 < lead + len)
    {
        push(lead, lead + len, cands);
    }
}

/// The copulas between a title and the name of its holder (法定代表人为X, 董事长是X).
pub(crate) const POST_COPULAS: [&str; 3] = ["为", "是", "系"];

/// Whether a title is an analyst's (首席分析师, 研究员), whose firm may stand before a
/// desk (行业首席分析师).
pub(crate) fn analyst_title(word: &str) -> bool {
    word.ends_with("分析师") || word.ends_with("研究员")
}

/// Whether `desk`, between a firm and an analyst's title, names a desk: at most
/// twelve CJK characters and no function character (电力设备与新能源行业).
pub(crate) fn analyst_desk(desk: &str) -> bool {
    desk.chars().count() <= 12
        && desk
            .chars()
            .all(|c| is_cjk(c) && !"的了在是为将已被把对向给".contains(c))
}

/// A financial or consulting firm's short name opening a clause before an analyst's
/// title, maybe past its desk (锂研咨询首席分析师韩明哲, 华岳证券电力设备与新能源行业
/// 首席分析师柯念衡): a company, as on a roster line (data/rules `roster_end`).
fn firm_before_titles(lex: &Lexicon, stext: &str, base: usize, cands: &mut Vec<Cand>) {
    if !stext.contains("分析师") && !stext.contains("研究员") {
        return;
    }
    for (t0, _, word) in lex.find_titles(stext) {
        if !analyst_title(word) {
            continue;
        }
        let c0 = stext[..t0].rfind(|c: char| !is_cjk(c)).map_or(0, |p| {
            p + stext[p..].chars().next().map_or(1, char::len_utf8)
        });
        let lead = stext[c0..t0].trim_start_matches(['据', '而']);
        let c0 = t0 - lead.len();
        let Some((f1, _)) = lex
            .words
            .roster_ends
            .iter()
            .filter_map(|w| lead.find(w.as_str()).map(|p| (p + w.len(), w)))
            .min_by_key(|&(end, _)| end)
        else {
            continue;
        };
        let firm = &lead[..f1];
        if !(3..=8).contains(&firm.chars().count())
            || firm.chars().any(|c| FUNCTION_CHARS.contains(c))
            || !analyst_desk(&lead[f1..])
            || lex.generic.contains(firm)
            || cands
                .iter()
                .any(|c| c.kind.is_some() && c.b0 < base + c0 + f1 && base + c0 < c.b1)
        {
            continue;
        }
        cands.push(Cand {
            kind: Some(EntityType::Company),
            b0: base + c0,
            b1: base + c0 + f1,
            canonical: firm.to_string(),
            link: Link::None,
            found: Found::Context,
            rank: 2,
        });
    }
}

/// The byte spans in `stext` of the items of `list`, which starts at byte `start`:
/// the text between 、 and commas, trimmed.
fn list_items(stext: &str, start: usize, list: &str) -> Vec<(usize, usize)> {
    let mut items: Vec<(usize, usize)> = Vec::new();
    let mut b0 = start;
    for (i, ch) in list.char_indices() {
        if matches!(ch, '、' | '，' | ',') {
            items.push((b0, start + i));
            b0 = start + i + ch.len_utf8();
        }
    }
    items.push((b0, start + list.len()));
    items
        .into_iter()
        .map(|span| crate::read::trimmed_span(stext, span))
        .collect()
}

/// Whether a list item is a person's name: a dotted transcription, or two to four
/// characters opening on a surname that are no place, title or ordinary word.
fn listed_person(lex: &Lexicon, name: &str) -> bool {
    let n = name.chars().count();
    dotted_name(lex, name) == Some(name.len())
        || (2..=4).contains(&n)
            // In a list a surname may be a preposition too (向海涛).
            && name.chars().all(is_cjk)
            && !name.chars().skip(1).any(|c| FUNCTION_CHARS.contains(c))
            && lex.surname_len(name).is_some_and(|sn| sn < name.len())
            && !is_region_word(lex, name)
            && !lex.titles.contains(name)
            && (!lex.segmenter().has_word(name)
                || lex.tag(name).first().is_some_and(|t| t.tag.starts_with("nr")))
}

/// Byte length of a person name at the start of `s`, if one is there.
fn name_after(lex: &Lexicon, s: &str) -> Option<usize> {
    if let Some(len) = dotted_name(lex, s) {
        return Some(len);
    }
    let Some(sn) = lex.surname_len(s) else {
        return name_without_surname(lex, s);
    };
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let byte_at = |n: usize| chars.get(n).map_or(s.len(), |&(b, _)| b);
    // A surname that is also a preposition (董事长于海涛; 于, 向), which the rules
    // below refuse, is taken with a given name the segmenter reads as one (海涛/nr),
    // not with 会上 (董事长于会上表示).
    let surname = &s[..byte_at(sn)];
    if surname.chars().all(|c| FUNCTION_CHARS.contains(c)) {
        let rest = &s[surname.len()..];
        let window: String = rest.chars().take(MAX_GIVEN_CHARS + 3).collect();
        let tags = lex.tag(&window);
        if let Some(first) = tags.first()
            && first.tag.starts_with("nr")
            && first.word.chars().count() <= MAX_GIVEN_CHARS
            && ends_name(lex, &rest[first.word.len()..])
        {
            return Some(surname.len() + first.word.len());
        }
    }
    let ok = |len: usize| {
        let name = &s[..byte_at(len)];
        // A given name may end in 和, 为 or 之 (余景和, 李有为, 韩牧之) where what
        // follows cannot start the other side of a conjunction: 余景和在会上表示.
        let last_may_be_function = |i: usize| {
            i + 1 == len
                && i > sn
                && matches!(chars[i].1, '和' | '为' | '之')
                && (starts_with_any(&s[byte_at(len)..], &lex.speech)
                    || starts_with_any(&s[byte_at(len)..], &lex.words.name_followers)
                    || gives_talk(lex, &s[byte_at(len)..])
                    || s[byte_at(len)..].starts_with(['在', ',', '，', '。', ':', '：']))
        };
        len <= chars.len()
            && chars[..len].iter().enumerate().all(|(i, &(_, c))| {
                is_cjk(c) && (!FUNCTION_CHARS.contains(c) || last_may_be_function(i))
            })
            // Nor does it run into the verb after it (郑斌说。 is 郑斌).
            && !(sn + 1..len).any(|i| starts_with_any(&s[byte_at(i)..], &lex.speech))
            && !lex.generic.contains(name)
            && !is_region_word(lex, name)
            && !lex.titles.contains(name)
    };
    // The given name is as long as what follows it allows: 唐长江说, 罗华在…, 谭知远:.
    for given in (1..=MAX_GIVEN_CHARS).rev() {
        let len = sn + given;
        // 吕征任组长: 任 before a post is the verb, not the name's last character.
        let verb_last = given > 1
            && chars.get(len - 1).is_some_and(|&(_, c)| c == '任')
            && takes_post(lex, &s[byte_at(len - 1)..]);
        if ok(len) && !verb_last && ends_name(lex, &s[byte_at(len)..]) {
            return Some(byte_at(len));
        }
    }
    // A name that only begins like a surname (罗布次仁表示, a Tibetan name): what
    // a name without one would be, before the segmenter's guess cuts it (罗布).
    if let Some(len) = name_without_surname(lex, s) {
        return Some(len);
    }
    // Otherwise trust the segmenter's person name.
    let window: String = s.chars().take(sn + MAX_GIVEN_CHARS + 4).collect();
    let tags = lex.tag(&window);
    let first = tags.first()?;
    let n = first.word.chars().count();
    if n > sn && n <= sn + MAX_GIVEN_CHARS && first.tag.starts_with("nr") && ok(n) {
        return Some(first.word.len());
    }
    None
}

/// Byte length of a transcribed name whose parts a middle dot joins (艾力·司马义,
/// 阿卜杜拉·买买提), at the start of `s`: each part one to six characters, the last
/// as long as what follows it allows.
fn dotted_name(lex: &Lexicon, s: &str) -> Option<usize> {
    const DOTS: [char; 3] = ['·', '•', '‧'];
    let mut end = 0;
    let mut parts = 0;
    let mut rest = s;
    loop {
        let run = rest
            .char_indices()
            .find(|&(_, c)| !is_cjk(c))
            .map_or(rest.len(), |(b, _)| b);
        let run_chars = rest[..run].chars().count();
        if run_chars == 0 {
            return None;
        }
        let next = rest[run..].chars().next();
        if next.is_some_and(|c| DOTS.contains(&c)) && run_chars <= 6 {
            parts += 1;
            let dot = next.map_or(0, char::len_utf8);
            end += run + dot;
            rest = &rest[run + dot..];
            continue;
        }
        if parts == 0 {
            return None;
        }
        // The last part ends where the sentence goes on (司马义告诉记者).
        let ends: Vec<usize> = rest
            .char_indices()
            .map(|(b, _)| b)
            .chain([rest.len()])
            .collect();
        return (1..=run_chars.min(6))
            .rev()
            .find(|&n| ends_name(lex, &rest[ends[n]..]))
            .map(|n| end + ends[n]);
    }
}

/// A name written without a surname after a title (处长其其格表示): two to four
/// characters the dictionary does not know, followed by what ends a name. A
/// region's short form inside it is a transcription's syllables (扎西平措 holds 西平).
fn name_without_surname(lex: &Lexicon, s: &str) -> Option<usize> {
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    // A name does not open on a verb the dictionary knows (专家参加论坛。: 参加论坛
    // is what the experts did).
    // Nor does it run into a verb of speech (负责人会后透露, 负责人坦言透露), nor is
    // it a news outlet spoken to (相关负责人向车能网表示, 向新华社透露).
    let not_a_name = |name: &str| {
        name.ends_with(['网', '报', '社', '台'])
            || lex.tag(name).first().is_some_and(|t| {
                t.tag.starts_with('v')
                    && t.word.chars().count() >= 2
                    && lex.segmenter().has_word(t.word)
            })
            || name
                .char_indices()
                .skip(1)
                .any(|(i, _)| starts_with_any(&name[i..], &lex.speech))
    };
    // A region's short form that opens the name is its surname and given name when
    // it opens on a preposition (于洪 of 于洪涛, after function_char_may_start).
    let opens_on_function = |name: &str| name.starts_with(|c| FUNCTION_CHARS.contains(c));
    let no_name_in = |name: &str| {
        !not_a_name(name)
            && lex.scan(name).iter().all(|h| {
                (h.start > 0 || opens_on_function(name) && h.end < name.len())
                    && lex
                        .targets_of(h.pattern)
                        .iter()
                        .all(|t| matches!(t, Target::RegionShort(_)))
            })
    };
    for len in (2..=4).rev() {
        if len > chars.len() {
            continue;
        }
        let end = chars.get(len).map_or(s.len(), |&(b, _)| b);
        let name = &s[..end];
        if chars[..len]
            .iter()
            .all(|&(_, c)| is_cjk(c) && !FUNCTION_CHARS.contains(c))
            && !lex.segmenter().has_word(name)
            && lex.tag(name).len() <= 2
            && !is_region_word(lex, name)
            && no_name_in(name)
            && s[end..].starts_with([',', '。', ':', '“'])
            || chars[..len].iter().all(|&(_, c)| is_cjk(c))
                && function_char_may_start(lex, name)
                && lex.speech.iter().any(|v| s[end..].starts_with(v.as_str()))
                && !lex.segmenter().has_word(name)
                && no_name_in(name)
        {
            return Some(end);
        }
    }
    None
}

/// A name may begin with a preposition or conjunction the segmenter reads on its
/// own only where it is a surname and what follows is a given name: 向海洋表示,
/// not 和大家说, 向记者表示 or 在会上表示 (其其格, read as one word, may).
fn function_char_may_start(lex: &Lexicon, name: &str) -> bool {
    let Some(c) = name.chars().next() else {
        return false;
    };
    if !FUNCTION_CHARS.contains(c) {
        return true;
    }
    let tags = lex.tag(name);
    let alone = tags.first().is_some_and(|t| {
        t.word.len() == c.len_utf8() && matches!(t.tag.chars().next(), Some('p' | 'c' | 'd' | 'u'))
    });
    if !alone {
        return true;
    }
    let rest = &name[c.len_utf8()..];
    // The given name is a word the dictionary does not know, or one it reads as a
    // name (海洋/ns), not a common noun (大家/n) or a role (记者).
    let given_name = !lex.segmenter().has_word(rest)
        || matches!(lex.tag(rest).as_slice(), [t] if t.tag.starts_with("nr") || t.tag == "ns");
    lex.surname_len(name) == Some(1)
        && given_name
        && !lex.titles.contains(rest)
        && !lex.skip_roles.contains(rest)
}

/// True when `rest` cannot continue a person's name: punctuation, a speech verb,
/// a preposition or time word that starts the predicate.
fn ends_name(lex: &Lexicon, rest: &str) -> bool {
    let Some(c) = rest.chars().next() else {
        return true;
    };
    if !is_cjk(c) {
        return true;
    }
    starts_with_any(rest, &lex.speech)
        || starts_with_any(rest, &lex.titles)
        || starts_with_any(rest, &lex.words.name_followers)
        || "在对向为与和及等也还就则是的说称带率".contains(c)
        || takes_post(lex, rest)
        || gives_talk(lex, rest)
}

/// Whether `rest` opens on 作 and a talk in the same clause (戚元衡作主旨报告,
/// 鲍衡之作专题辅导): the predicate after a name.
fn gives_talk(lex: &Lexicon, rest: &str) -> bool {
    let Some(r) = rest.strip_prefix('作') else {
        return false;
    };
    let clause = crate::read::cjk_run(r, 8);
    lex.words
        .talk_nouns
        .iter()
        .any(|w| clause.contains(w.as_str()))
}

/// Whether `rest` opens on 任 and a post in the same clause (郑怀远任组长,
/// 杨泽川任公司董事长): the predicate after a name. 任 alone may end a given name
/// (王任), so only a post after it makes it the verb.
fn takes_post(lex: &Lexicon, rest: &str) -> bool {
    let Some(r) = rest.strip_prefix('任') else {
        return false;
    };
    !lex.find_titles(crate::read::cjk_run(r, 12)).is_empty()
}

/// Byte start of a person name that ends `s`, if one is there.
fn name_before(lex: &Lexicon, s: &str) -> Option<usize> {
    let mut w0 = s.len();
    for (n, (i, c)) in s.char_indices().rev().enumerate() {
        if !is_cjk(c) || n >= 6 {
            break;
        }
        w0 = i;
    }
    let window = &s[w0..];
    if window.is_empty() {
        return None;
    }
    let tags = lex.tag(window);
    let last = tags.last()?;
    let mut cand: Option<usize> = None;
    let ln = last.word.chars().count();
    let prev = (tags.len() >= 2).then(|| &tags[tags.len() - 2]);
    if let Some(p) = prev
        && ln == 2
        && p.word.chars().count() == 1
        && lex.surname_len(p.word) == Some(1)
        && !lex.name_stops.contains(p.word)
        // nor one before a verb that stands before names (应/出席 董事: 应出席)
        && !lex.name_stops.contains(last.word)
        && !p.tag.starts_with('p')
        && !p.tag.starts_with('u')
        && !p.tag.starts_with('c')
    {
        // 许/明哲: a surname standing alone before a two-character name heads it.
        cand = Some(s.len() - last.word.len() - p.word.len());
    } else if (2..=3).contains(&ln)
        && lex.surname_len(last.word).is_some()
        && plausible_name(lex, last.word, last.tag)
    {
        cand = Some(s.len() - last.word.len());
    } else if tags.len() >= 2 {
        let prev = &tags[tags.len() - 2];
        let joined = prev.word.chars().count() + ln;
        if lex.surname_len(prev.word) == Some(prev.word.chars().count())
            && (2..=3).contains(&joined)
            && ln <= MAX_GIVEN_CHARS
            && !lex.name_stops.contains(last.word)
        {
            cand = Some(s.len() - last.word.len() - prev.word.len());
        }
    }
    let b0 = cand?;
    let name = &s[b0..];
    // What stands before the name must end a word: punctuation, a title, an organization.
    if lex.generic.contains(name) || is_region_word(lex, name) || lex.titles.contains(name) {
        return None;
    }
    Some(b0)
}

fn plausible_name(lex: &Lexicon, word: &str, tag: &str) -> bool {
    if lex.name_stops.contains(word) || lex.titles.contains(word) || lex.generic.contains(word) {
        return false;
    }
    // Dictionary words that are not names (黄金, 王国) are tagged otherwise.
    tag.starts_with("nr") || !lex.segmenter().has_word(word)
}

/// A list of names closed by 等 and a word for companies (蔚来、比亚迪、大众安徽等整车企业,
/// 阳光电源、远景能源等储能系统集成商).
static COMPANY_LIST_ETC: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"((?:[\p{Han}A-Za-z0-9]{2,10}、)+[\p{Han}A-Za-z0-9]{2,10})等(?:[\p{Han}]{0,6})(?:企业|公司|车企|厂商|厂家|集团|品牌|集成商|供应商|运营商|制造商|生产商|服务商)",
    )
    .expect("static regex")
});

static COMPANY_LIST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"((?:[\p{Han}A-Za-z0-9]{2,10}、)+[\p{Han}A-Za-z0-9]{2,10}|[\p{Han}A-Za-z0-9]{2,10})(?:等)?(?:\d+|[两二三四五六七八九十]+)家(?:上市公司|龙头企业|企业|公司|头部企业)",
    )
    .expect("static regex")
});

/// Companies named only by context: members of a list counted as companies
/// (科力远、威领股份2家上市公司).
fn context_candidates(lex: &Lexicon, stext: &str, base: usize, cands: &mut Vec<Cand>) {
    // Cheap tests first: both patterns need 家 or 等 after a list.
    let counted = stext.contains('家');
    let etc = stext.contains('等') && stext.contains('、');
    if !counted && !etc {
        return;
    }
    let counted = counted.then(|| COMPANY_LIST.captures_iter(stext));
    let etc = etc.then(|| COMPANY_LIST_ETC.captures_iter(stext));
    let lists = counted
        .into_iter()
        .flatten()
        .chain(etc.into_iter().flatten());
    for cap in lists {
        let list = cap.get(1).expect("group 1");
        // A list of fields or aspects (A、B等领域企业, 从A、B等方面给予企业…, 纺织、
        // 特钢等传统行业企业) names no company, nor one of departments the companies
        // come after (生态环境、卫生健康等部门以及相关企业).
        let closing = &stext[list.end()..cap.get(0).expect("match").end()];
        if ["领域", "方面", "环节", "产业", "链", "行业", "部门", "以及"]
            .iter()
            .any(|w| closing.contains(w))
        {
            continue;
        }
        let mut off = list.start();
        for item in list.as_str().split('、') {
            let mut b0 = off;
            let b1 = off + item.len();
            off = b1 + '、'.len_utf8();
            // The first item may carry the clause's predicate (产品批量配套大众安徽): keep
            // what follows the last trigger or stop word.
            let mut item = item;
            if let Some(cut) = lex
                .find_triggers(item)
                .iter()
                .map(|&(_, e, _)| e)
                .chain(
                    lex.name_stops
                        .iter()
                        .filter_map(|w| item.rfind(w.as_str()).map(|p| p + w.len())),
                )
                .max()
            {
                b0 += cut;
                item = &item[cut..];
            }
            if item.chars().count() < 2 {
                continue;
            }
            if lex.generic.contains(item) || is_region_word(lex, item) {
                continue;
            }
            // Something the lexicon knows as another kind (a product, a stage) is not a company.
            if lex
                .scan(item)
                .iter()
                .any(|h| h.start == 0 && h.end == item.len())
            {
                continue;
            }
            let tags = lex.tag(item);
            // A list item that is an ordinary phrase (今年新增) is not a name.
            if tags
                .iter()
                .any(|t| stops_name(t.tag, EntityType::Company) || t.tag.starts_with('v'))
            {
                continue;
            }
            cands.push(Cand {
                kind: Some(EntityType::Company),
                b0: base + b0,
                b1: base + b1,
                canonical: item.to_string(),
                link: Link::None,
                found: Found::Context,
                rank: 2,
            });
        }
    }
}

/// Keeps the longest candidates that do not overlap, nesting the contained ones.
fn resolve_overlaps(
    lex: &Lexicon,
    text: &str,
    s: &Sentence,
    mut cands: Vec<Cand>,
    out: &mut Vec<Mention>,
) {
    cands.sort_by(|a, b| {
        (b.b1 - b.b0)
            .cmp(&(a.b1 - a.b0))
            .then(a.rank.cmp(&b.rank))
            .then(a.b0.cmp(&b.b0))
    });
    let mut top: Vec<Cand> = Vec::new();
    let mut nested: Vec<(Cand, usize)> = Vec::new();
    for c in cands {
        if let Some(i) = top.iter().position(|t| t.b0 <= c.b0 && c.b1 <= t.b1) {
            if c.kind.is_some() && top[i].kind.is_some() {
                nested.push((c, i));
            }
            continue;
        }
        if top.iter().any(|t| c.b0 < t.b1 && t.b0 < c.b1) {
            continue;
        }
        top.push(c);
    }
    // A company name that begins with a company the lexicon knows is that company's full
    // name, unless it names a seat in brackets: 宁德时代(上海)智能科技有限公司 is a subsidiary.
    for (c, i) in &nested {
        let t = &top[*i];
        if t.kind == Some(EntityType::Company)
            && c.kind == Some(EntityType::Company)
            && matches!(c.link, Link::Entry(_))
            && t.link == Link::None
            && text[t.b0..c.b0].chars().count() <= 3
            && !text[c.b1..t.b1].starts_with(['(', '（'])
            // (Nor is its branch, …有限公司甘肃省分公司.)
            && !text[t.b0..t.b1].ends_with("分公司")
            // (Nor its company for a region, 国网遂宁供电公司.)
            && !opens_with_region(lex, &text[c.b1..t.b1])
        {
            let (link, canonical) = (c.link, c.canonical.clone());
            let t = &mut top[*i];
            t.link = link;
            t.canonical = canonical;
        }
    }
    let mut order: Vec<usize> = (0..top.len()).filter(|&i| top[i].kind.is_some()).collect();
    order.sort_by_key(|&i| top[i].b0);
    let mut index_of: HashMap<usize, usize> = HashMap::default();
    let sent_chars = |b: usize| s.start + text[s.byte_start..b].chars().count();
    for i in order {
        let c = &top[i];
        index_of.insert(i, out.len());
        out.push(to_mention(
            text,
            s,
            c,
            sent_chars(c.b0),
            sent_chars(c.b1),
            None,
        ));
    }
    nested.sort_by_key(|(c, _)| c.b0);
    for (c, i) in nested {
        if let Some(&outer) = index_of.get(&i) {
            out.push(to_mention(
                text,
                s,
                &c,
                sent_chars(c.b0),
                sent_chars(c.b1),
                Some(outer),
            ));
        }
    }
}

/// Whether `s` opens with a region's full or short name.
fn opens_with_region(lex: &Lexicon, s: &str) -> bool {
    lex.scan(s).first().is_some_and(|h| {
        h.start == 0
            && lex.targets_of(h.pattern).iter().any(|t| {
                matches!(
                    t,
                    crate::lexicon::Target::RegionFull(_) | crate::lexicon::Target::RegionShort(_)
                )
            })
    })
}

fn to_mention(
    text: &str,
    s: &Sentence,
    c: &Cand,
    start: usize,
    end: usize,
    nested_in: Option<usize>,
) -> Mention {
    Mention {
        kind: c.kind.expect("only typed candidates become mentions"),
        text: text[c.b0..c.b1].to_string(),
        canonical: c.canonical.clone(),
        start,
        end,
        byte_start: c.b0,
        byte_end: c.b1,
        sentence: s.index,
        link: c.link,
        found: c.found,
        nested_in,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clean::clean_str;
    use crate::sentence;

    fn lex() -> &'static Lexicon {
        static L: LazyLock<Lexicon> = LazyLock::new(|| Lexicon::builtin().unwrap());
        &L
    }

    /// Asserts that `text` names `name` as a `kind`.
    fn assert_has(text: &str, name: &str, kind: EntityType) {
        assert!(has(text, name, kind), "{text}: {:?}", found(text));
    }

    /// Asserts that `text` does not name `name` as a `kind`.
    fn assert_lacks(text: &str, name: &str, kind: EntityType) {
        assert!(!has(text, name, kind), "{text}: {:?}", found(text));
    }

    /// Asserts that `text` names no `kind`.
    fn assert_none_of(text: &str, kind: EntityType) {
        assert!(
            found(text).iter().all(|(_, k)| *k != kind),
            "{text}: {:?}",
            found(text)
        );
    }

    /// Asserts that no name `text` gives holds `part` (a word that belongs to the
    /// sentence, not to a name).
    fn assert_no_name_holds(text: &str, part: &str) {
        assert!(
            found(text).iter().all(|(n, _)| !n.contains(part)),
            "{text}: {:?}",
            found(text)
        );
    }

    /// How many mentions of `kind` `text` holds.
    fn count_of(text: &str, kind: EntityType) -> usize {
        found(text).iter().filter(|(_, k)| *k == kind).count()
    }

    fn found(text: &str) -> Vec<(String, EntityType)> {
        let c = clean_str("t", text);
        let s = sentence::split(&c);
        recognize(&c, &s, lex())
            .mentions
            .into_iter()
            .filter(|m| m.nested_in.is_none())
            .map(|m| (m.canonical, m.kind))
            .collect()
    }

    #[test]
    fn a_lexicon_companys_company_for_a_region_is_its_own_company() {
        let t = "国网达州供电公司负责配套线路。国家电网有限公司2024年投资5000亿元。";
        assert_has(t, "国网达州供电公司", EntityType::Company);
        assert_has(t, "国家电网", EntityType::Company);
        assert_eq!(count_of(t, EntityType::Company), 2, "{:?}", found(t));
    }

    #[test]
    fn a_drill_named_for_a_leak_and_a_fire_is_an_event() {
        let t = "这是2024年宣城市锂电池企业火灾及危险化学品泄漏事故应急救援综合演练的一幕。";
        assert_has(
            t,
            "2024年宣城市锂电池企业火灾及危险化学品泄漏事故应急救援综合演练",
            EntityType::Event,
        );
        // (A drill with no name of its own is none.)
        assert_none_of("各企业要定期开展应急演练。", EntityType::Event);
    }

    #[test]
    fn a_list_of_departments_before_the_companies_names_no_company() {
        let t = "本次演练共有应急管理、消防救援、公安、生态环境、卫生健康等部门以及相关企业的430余名人员参与。";
        assert_none_of(t, EntityType::Company);
        // (A list of companies closed by a word for them still names them.)
        let t = "岚峰锂业、岚川新材等锂电企业参与。";
        assert_has(t, "岚峰锂业", EntityType::Company);
    }

    #[test]
    fn banners_by_their_initials_towns_with_di_and_zones_of_a_park() {
        // 察右前旗 is 察哈尔右翼前旗 (the lexicon's initials of a banner), and the town
        // after it is a town even with 地 in its name.
        let t = "乌兰察布市察哈尔右翼前旗召开会议。黄旗岭产业园位于察右前旗平地泉镇，项目位于察右前旗三岔口乡。";
        assert_has(t, "察哈尔右翼前旗", EntityType::Region);
        assert_has(t, "平地泉镇", EntityType::Region);
        assert_has(t, "三岔口乡", EntityType::Region);
        // 东区 and 西区 (districts of 攀枝花市) after a park are its zones.
        let t = "项目选址黄旗岭产业园东区，另一项目落户黄旗岭产业园西区。";
        assert_none_of(t, EntityType::Region);
        assert_has("攀枝花市东区召开会议。", "东区", EntityType::Region);
        // 北方, like 华北, may open a company's name.
        assert_has(
            "项目由北方岚源能源集团有限公司投资建设。",
            "北方岚源能源集团有限公司",
            EntityType::Company,
        );
    }

    #[test]
    fn a_papers_author_line_names_its_authors_with_their_affiliations() {
        let text = "锂盐湖吸附提锂研究进展\n韩岚林¹，才让央金¹,²*，何　燕³\n\
                    （1. 青海高原理工大学 化工学院，青海 西宁 810016；2. 盐湖资源重点实验室，青海 西宁 810016）\n";
        let line = "韩岚林¹，才让央金¹,²*，何　燕³";
        let end = text.find(line).unwrap() + line.len();
        let authors = author_line(text, line, end).unwrap();
        let got: Vec<(&str, &[u32])> = authors
            .iter()
            .map(|a| (a.name.as_str(), a.affiliations.as_slice()))
            .collect();
        assert_eq!(
            got,
            [
                ("韩岚林", &[1][..]),
                ("才让央金", &[1, 2][..]),
                ("何燕", &[3][..])
            ]
        );
        for name in ["韩岚林", "才让央金", "何燕"] {
            assert_has(text, name, EntityType::Person);
        }
        // Plain digits mark them too.
        let text = "王岚1，李青山1,2\n(1. 青海高原理工大学，青海 西宁；2. 盐湖资源重点实验室)\n";
        let line = "王岚1，李青山1,2";
        assert_eq!(
            author_line(text, line, line.len()).map(|a| a.len()),
            Some(2)
        );
        // Without the numbered affiliations after it, a line of names and numbers is
        // no author line (a ranking: 王岚1，李青山2).
        let text = "王岚1，李青山2\n第二轮比赛结束。\n";
        let line = "王岚1，李青山2";
        assert!(author_line(text, line, line.len()).is_none());
        // Nor is a sentence that goes on after the names.
        let text = "王岚1号说明会\n（1. 说明）\n";
        assert!(author_line(text, "王岚1号说明会", "王岚1号说明会".len()).is_none());
    }

    #[test]
    fn a_line_of_business_with_two_verbs_or_an_object_stays_in_the_name() {
        // Regression: 投资管理有限公司 and 企业管理合伙企业 stopped the walk at the
        // second word, so the whole company was lost.
        for (t, name) in [
            (
                "公司收购深圳岚赛投资管理有限公司持有的股权。",
                "深圳岚赛投资管理有限公司",
            ),
            (
                "公司收购宜春岚众企业管理有限公司持有的股权。",
                "宜春岚众企业管理有限公司",
            ),
            (
                "公司收购宜春岚众企业管理合伙企业（有限合伙）持有的股权。",
                "宜春岚众企业管理合伙企业（有限合伙）",
            ),
            // A locality the segmenter reads as a direction stays after its city.
            (
                "执行事务合伙人：深圳前海岚赛投资管理有限公司",
                "深圳前海岚赛投资管理有限公司",
            ),
            // A name begins at a region the segmenter split (2．上/f 海瑞/nz).
            (
                "2．上海瑞岚国际贸易有限公司：注册资本2,000万元",
                "上海瑞岚国际贸易有限公司",
            ),
            (
                "经华审岚信会计师事务所（特殊普通合伙）审计。",
                "华审岚信会计师事务所（特殊普通合伙）",
            ),
        ] {
            assert_has(t, name, EntityType::Company);
        }
        assert_has(
            "岚赛基金已在中国证券投资基金业协会完成备案。",
            "中国证券投资基金业协会",
            EntityType::Association,
        );
        // Companies abroad in Latin letters with their legal form.
        for (t, name) in [
            (
                "公司与意大利储能集成商Velora Energia S.p.A.签署框架协议。",
                "Velora Energia S.p.A.",
            ),
            (
                "公司向澳大利亚Brolga Lithium Ltd.采购锂辉石。",
                "Brolga Lithium Ltd.",
            ),
            (
                "德国Kessler Batterie GmbH为其客户。",
                "Kessler Batterie GmbH",
            ),
            // A full stop inside the form ends no sentence.
            (
                "新加坡Corvane Storage Pte. Ltd.在华设立子公司。",
                "Corvane Storage Pte. Ltd.",
            ),
            ("产品出口到挪威的Havbru AS。", "Havbru AS"),
            // Company is a legal form's word too.
            (
                "公司与沙特Al-Sahra Power Company签署供货协议。",
                "Al-Sahra Power Company",
            ),
            // Without a form, named for its trade.
            (
                "他曾在硅谷储能初创公司Tessaro Systems担任研发总监。",
                "Tessaro Systems",
            ),
        ] {
            assert_has(t, name, EntityType::Company);
        }
        // A fund incorporated as a company: 基金 is no generic word before its form.
        assert_has(
            "B轮由江西省岚峰产业引导基金有限公司领投。",
            "江西省岚峰产业引导基金有限公司",
            EntityType::Company,
        );
        // A research body incorporated as a company is an institute.
        assert_has(
            "宜宾岚峰先进电池研究院有限公司获批建设中试平台。",
            "宜宾岚峰先进电池研究院有限公司",
            EntityType::Institute,
        );
        // Neither the end of an English phrase nor a generic one is a name.
        assert_none_of(
            "常州市工业和信息化局 Bureau of Industry and Information Technology",
            EntityType::Company,
        );
        assert_none_of("发展Clean Energy是方向。", EntityType::Company);
        // A fund's or an old shareholder's word before an investor is no part of it.
        assert_has("老股东禾川创投继续加注。", "禾川创投", EntityType::Company);
        assert_has(
            "车企旗下产业基金华岳创投跟投。",
            "华岳创投",
            EntityType::Company,
        );
        // The sentence's own verb still comes before the name.
        assert!(!has(
            "公司收购宜春岚众企业管理有限公司",
            "收购宜春岚众企业管理有限公司",
            EntityType::Company
        ));
    }

    #[test]
    fn a_standard_is_named_by_its_title_and_its_launch_by_the_title_too() {
        // Regression: a standard's title holds no policy word, so it was a book's.
        assert_has(
            "会上，联盟正式发布T/ZLCA 011—2025《钠离子电池硬碳负极》团体标准。",
            "《钠离子电池硬碳负极》",
            EntityType::Policy,
        );
        assert_has(
            "《再生电池级碳酸锂》团体标准即将编制。",
            "《再生电池级碳酸锂》",
            EntityType::Policy,
        );
        assert_none_of("他写了一本书《锂的故事》。", EntityType::Policy);
        // The launch event's quoted name opens on the title.
        assert_has(
            "由联盟主办的“《钠离子电池硬碳负极》团体标准发布会暨第二届钠电创新论坛”在合肥举行。",
            "《钠离子电池硬碳负极》团体标准发布会暨第二届钠电创新论坛",
            EntityType::Event,
        );
        // A person right before 在 is no part of the event after it (秘书长X在发布会上).
        assert_has(
            "联盟秘书长司徒岚在发布会上介绍。",
            "司徒岚",
            EntityType::Person,
        );
        assert_none_of("联盟秘书长司徒岚在发布会上介绍。", EntityType::Event);
        // A title that begins a longer word is none (专家组).
        assert_none_of(
            "审查专家组一致认为，该标准达到国内领先水平。",
            EntityType::Person,
        );
    }

    #[test]
    fn towns_and_places_abroad_are_found_after_their_parent_region() {
        assert_has("项目选址宁晋县贾家口镇。", "贾家口镇", EntityType::Region);
        // A town may share its name with another county's short form (南华 of 南华县).
        assert_has("建设地点：高台县南华镇。", "南华镇", EntityType::Region);
        assert_has(
            "公司在阿根廷图库曼省建设盐湖项目。",
            "图库曼省",
            EntityType::Region,
        );
        assert_has(
            "冶炼厂位于印尼南苏门答腊省穆阿拉埃尼姆县。",
            "穆阿拉埃尼姆县",
            EntityType::Region,
        );
        for t in [
            "宁晋县推进新型城镇化。",
            "宁晋县城镇化率达60%。",
            "宁晋县打造特色小镇。",
            "宁晋县各乡镇全面推进。",
            "宁晋县乡村振兴成效明显。",
            "产品远销美国市场。",
            "印尼镍资源大省的地位稳固。",
            "宁晋县是全国重点镇。",
        ] {
            let regions: Vec<String> = found(t)
                .into_iter()
                .filter(|(n, k)| *k == EntityType::Region && n != "宁晋县")
                .map(|(n, _)| n)
                .collect();
            assert!(
                regions
                    .iter()
                    .all(|n| ["美国", "印度尼西亚", "印尼"].contains(&n.as_str())),
                "{t}: {regions:?}"
            );
        }
    }

    #[test]
    fn courts_are_government_and_a_titles_list_of_names_are_persons() {
        assert_has(
            "合肥市中级人民法院作出判决。",
            "合肥市中级人民法院",
            EntityType::Government,
        );
        let t = "一审合议庭（审判长潘静怡，审判员陈屹、吴佳慧）认为，代理人为岚溪律师事务所律师方振宇、程雪。";
        let persons: Vec<String> = found(t)
            .into_iter()
            .filter(|(_, k)| *k == EntityType::Person)
            .map(|(n, _)| n)
            .collect();
        assert_eq!(persons, ["潘静怡", "陈屹", "吴佳慧", "方振宇", "程雪"]);
        // A list item that goes on into a word is no name.
        let persons: Vec<String> = found("律师方振宇、程雪梅花开放。")
            .into_iter()
            .filter(|(_, k)| *k == EntityType::Person)
            .map(|(n, _)| n)
            .collect();
        assert_eq!(persons, ["方振宇"]);
    }

    #[test]
    fn a_generic_word_before_a_head_names_no_body() {
        // Regression: 各设区市发展改革委 (every city's commission) was a government.
        for t in [
            "各设区市发展改革委要会同相关部门建立工作机制。",
            "各地级市工信局要加强调度。",
        ] {
            assert!(found(t).is_empty(), "{t}: {:?}", found(t));
        }
        assert_has(
            "宜宾市发展改革委要加强调度。",
            "宜宾市发展改革委",
            EntityType::Government,
        );
    }

    #[test]
    fn a_unit_after_a_number_is_no_part_of_a_name() {
        // Regression: 年产30GWh动力及储能电池 made a company 30GWh动力.
        let names: Vec<String> = found("建设年产30GWh动力及储能电池生产基地项目。")
            .into_iter()
            .map(|(n, _)| n)
            .collect();
        assert!(!names.iter().any(|n| n.contains("GWh")), "{names:?}");
        // A Latin word of a name still is one (石家庄PowerOne储能科技有限公司).
        assert_has(
            "石家庄PowerOne储能科技有限公司成立。",
            "石家庄PowerOne储能科技有限公司",
            EntityType::Company,
        );
    }

    #[test]
    fn a_town_stands_alone_after_a_word_of_being_there_or_after_a_city_without_counties() {
        assert_has("选矿厂位于可可托海镇。", "可可托海镇", EntityType::Region);
        assert_has(
            "我们来到岚坪乡，看到一片繁忙。",
            "岚坪乡",
            EntityType::Region,
        );
        assert_has("住所地广东省东莞市塘厦镇。", "塘厦镇", EntityType::Region);
        for t in [
            "帮扶资金用在贫困乡。",
            "项目落户在各乡镇。",
            "企业扎根在特色小镇。",
            "他在学院街道办事处工作。",
            "工厂位于工业重镇。",
            "电池回收网点在两个乡镇铺开。",
        ] {
            let regions: Vec<String> = found(t)
                .into_iter()
                .filter(|(_, k)| *k == EntityType::Region)
                .map(|(n, _)| n)
                .collect();
            assert!(regions.is_empty(), "{t}: {regions:?}");
        }
    }

    #[test]
    fn a_county_named_by_an_ordinary_word_is_one_only_after_its_city() {
        // Regression: 矿区 (a mining area) was 阳泉市's 矿区 district wherever it stood.
        assert_none_of(
            "矿区面积2.36平方公里，生产规模为每年120万吨。",
            EntityType::Region,
        );
        assert_has("山西省阳泉市郊区锂电项目投产。", "郊区", EntityType::Region);
        assert_none_of("项目选址在城区以外。", EntityType::Region);
    }

    #[test]
    fn two_events_held_as_one_and_what_an_event_is_held_for_are_in_its_name() {
        // Regression: the name ran past the window and 成立 stopped it; an association
        // was grown from 联盟 over 论坛暨 instead.
        let t = "6月18日，2025钠离子电池产业创新发展论坛暨鹤山钠离子电池产业创新联盟成立大会在芜湖召开。";
        assert_has(
            t,
            "2025钠离子电池产业创新发展论坛暨鹤山钠离子电池产业创新联盟成立大会",
            EntityType::Event,
        );
        assert_none_of(t, EntityType::Association);
    }

    #[test]
    fn an_events_subject_may_hold_a_qualifier_in_brackets() {
        // Regression: the bracket ended the name, and 新材料产业招商推介会 alone is no name.
        assert_has(
            "3月28日，2025鹤山石墨（碳）新材料产业招商推介会在江门市举行。",
            "2025鹤山石墨（碳）新材料产业招商推介会",
            EntityType::Event,
        );
    }

    #[test]
    fn a_name_ends_before_the_talk_its_person_gives() {
        // Regression: 欧阳明高作主题报告 read as 欧阳明 (作 could go on a given name).
        for t in [
            "清华大学教授欧阳明高作主题报告。",
            "清华大学教授欧阳明高致辞。",
        ] {
            assert_has(t, "欧阳明高", EntityType::Person);
        }
    }

    #[test]
    fn a_quoted_name_is_taken_whole() {
        // Regression: 与 ended the walk, so “固态电池与钠离子电池材料联合实验室” was no
        // institute at all.
        let t = "双方举行“沅江固态电池与钠离子电池材料联合实验室”揭牌仪式。";
        assert_has(
            t,
            "沅江固态电池与钠离子电池材料联合实验室",
            EntityType::Institute,
        );
        // A kind alone or plain words before the head are no name, quoted or not.
        assert_none_of("双方共建“联合实验室”。", EntityType::Institute);
        assert_none_of("双方共建“新能源产业园”。", EntityType::Park);
    }

    #[test]
    fn a_school_named_after_its_university_is_the_university() {
        // Regression: the school's 与 cut its name, which was lost; the gold files
        // fold a school into its university (X大学化学化工学院教授Y works at X大学).
        let t = "沅江理工大学材料科学与工程学院与汀州锂业有限公司签约。";
        let f = found(t);
        assert_eq!(
            f.iter()
                .filter(|(_, k)| *k == EntityType::University)
                .collect::<Vec<_>>(),
            [&("沅江理工大学".to_string(), EntityType::University)],
            "{f:?}"
        );
        let c = clean_str("t", t);
        let m = recognize(&c, &sentence::split(&c), lex()).mentions;
        assert!(
            m.iter()
                .any(|m| m.text == "沅江理工大学材料科学与工程学院" && m.nested_in.is_none()),
            "{m:?}"
        );
        // Not over a verb: 大学 then a clause.
        let c = clean_str("t", "沅江理工大学组建新学院。");
        let m = recognize(&c, &sentence::split(&c), lex()).mentions;
        assert!(m.iter().all(|m| !m.text.contains("组建")), "{m:?}");
    }

    /// The top-level company mentions of `text` as written (not canonical).
    fn companies_as_written(text: &str) -> Vec<String> {
        let c = clean_str("t", text);
        recognize(&c, &sentence::split(&c), lex())
            .mentions
            .into_iter()
            .filter(|m| m.kind == EntityType::Company && m.nested_in.is_none())
            .map(|m| m.text)
            .collect()
    }

    fn has(text: &str, name: &str, kind: EntityType) -> bool {
        found(text).iter().any(|(n, k)| n == name && *k == kind)
    }

    #[test]
    fn unknown_company_by_head_stops_at_verb() {
        let t = "近日，宜春市赣西锂源新材料有限公司与某企业签约。";
        assert_has(t, "宜春市赣西锂源新材料有限公司", EntityType::Company);
    }

    #[test]
    fn institute_name_starts_after_predicate() {
        let t = "组建郴州湘潭大学锂电新能源产业研究院。";
        assert_has(t, "郴州湘潭大学锂电新能源产业研究院", EntityType::Institute);
        let t = "由企业组建的湖南郴州安高固态电池研究院正式揭牌。";
        assert_has(t, "湖南郴州安高固态电池研究院", EntityType::Institute);
    }

    #[test]
    fn generic_heads_are_not_names() {
        let t = "与高校合作共建实验室和中试平台,推动科技创新。";
        let f = found(t);
        assert!(
            !f.iter()
                .any(|(_, k)| matches!(k, EntityType::Institute | EntityType::Company)),
            "{f:?}"
        );
    }

    #[test]
    fn regions_take_canonical_names() {
        let f = found("湖南锂资源创新应用大会在郴州临武县举行。");
        assert!(
            f.contains(&("郴州市".to_string(), EntityType::Region)),
            "{f:?}"
        );
        assert!(
            f.contains(&("临武县".to_string(), EntityType::Region)),
            "{f:?}"
        );
        assert!(
            f.contains(&("湖南锂资源创新应用大会".to_string(), EntityType::Event)),
            "{f:?}"
        );
    }

    #[test]
    fn county_short_forms_need_context() {
        let f = found("储量主要分布在临武、桂阳、宜章等县。");
        for n in ["临武县", "桂阳县", "宜章县"] {
            assert!(
                f.contains(&(n.to_string(), EntityType::Region)),
                "{n} {f:?}"
            );
        }
    }

    #[test]
    fn a_roster_line_names_a_firm_and_its_people_and_a_campus_its_university() {
        let f = found(
            "参与单位名称及人员姓名\t岚川证券：周立然（首席分析师）、程一舟\n\t海晏证券：马思齐\n\t\
             和溪投资：范志诚\n\t澜海基金管理有限公司：钱睿\n\
             公司与中国地质大学（武汉）、鹤岭大学（华东）共建实验室。\n",
        );
        for (name, kind) in [
            ("岚川证券", EntityType::Company),
            ("海晏证券", EntityType::Company),
            ("和溪投资", EntityType::Company),
            ("周立然", EntityType::Person),
            ("程一舟", EntityType::Person),
            ("马思齐", EntityType::Person),
            ("范志诚", EntityType::Person),
            ("钱睿", EntityType::Person),
            ("中国地质大学（武汉）", EntityType::University),
        ] {
            assert!(f.contains(&(name.to_string(), kind)), "{name} not in {f:?}");
        }
        // A label that ends on no firm's word, or a value that is no list of names,
        // makes no roster.
        let f = found("营业收入：王建国\n岚川证券：本周观点\n");
        assert!(!f.iter().any(|(n, _)| n == "岚川证券"), "{f:?}");
        assert!(
            !f.contains(&("王建国".to_string(), EntityType::Person)),
            "{f:?}"
        );
    }

    #[test]
    fn a_name_begins_after_a_verbs_aspect_and_count() {
        let f = found("去年川路储能跟岚州理工大学搞了个动力电池梯次利用联合实验室。");
        assert!(
            f.contains(&(
                "动力电池梯次利用联合实验室".to_string(),
                EntityType::Institute
            )),
            "{f:?}"
        );
        assert!(!f.iter().any(|(n, _)| n.contains('了')), "{f:?}");
    }

    #[test]
    fn a_listed_companys_short_name_before_its_move_or_beside_its_code() {
        let f = found(
            "正极材料方向，岚峰新材涨6.15%。固态电池概念走强，鹤臻新能20cm涨停。\n\
             002871\t西岚资源\t41.87\t+7.26%\n\
             锂电池指数涨2.3%，电池级碳酸锂周环比下跌1.8%，收盘上涨6.8%。\n\
             碳酸锂期货主力合约，午后一度涨超4%。\n",
        );
        for name in ["岚峰新材", "鹤臻新能", "西岚资源"] {
            assert!(
                f.contains(&(name.to_string(), EntityType::Company)),
                "{name} not in {f:?}"
            );
        }
        // An index, a period's change, a verb's first character or words of time and
        // degree are no company.
        for (n, k) in &f {
            assert!(
                *k != EntityType::Company
                    || !["指数", "环比", "收盘", "一度"]
                        .iter()
                        .any(|w| n.contains(w)),
                "{f:?}"
            );
        }
    }

    #[test]
    fn a_given_name_may_end_in_zhi_before_a_verb_of_telling() {
        let f = found("岚源分离总工程师韩牧之告诉小编，产能提升。");
        assert!(
            f.contains(&("韩牧之".to_string(), EntityType::Person)),
            "{f:?}"
        );
    }

    #[test]
    fn people_from_titles_not_journalists() {
        let f =
            found("广东省电池行业协会秘书长唐长江说。记者 胡用梅 报道。中南大学博导李新海教授说。");
        assert!(
            f.contains(&("唐长江".to_string(), EntityType::Person)),
            "{f:?}"
        );
        assert!(
            f.contains(&("李新海".to_string(), EntityType::Person)),
            "{f:?}"
        );
        assert!(!f.iter().any(|(n, _)| n == "胡用梅"), "{f:?}");
    }

    #[test]
    fn policies_from_titles_and_quoted_short_names() {
        let f = found(
            "2024年4月,湖南出台“锂十条”,郴州市印发《郴州市加快电池产业发展实施方案》。读《人民日报》。",
        );
        assert!(
            f.contains(&("锂十条".to_string(), EntityType::Policy)),
            "{f:?}"
        );
        assert!(
            f.contains(&(
                "《郴州市加快电池产业发展实施方案》".to_string(),
                EntityType::Policy
            )),
            "{f:?}"
        );
        assert!(!f.iter().any(|(n, _)| n.contains("人民日报")), "{f:?}");
        // Industry conditions and standards are policies too.
        let f = found("工业和信息化部发布《锂电池回收行业规范条件（2024年本）》。");
        assert!(
            f.iter()
                .any(|(n, k)| *k == EntityType::Policy && n.contains("规范条件")),
            "{f:?}"
        );
    }

    fn people(text: &str) -> Vec<String> {
        found(text)
            .into_iter()
            .filter(|(_, k)| *k == EntityType::Person)
            .map(|(n, _)| n)
            .collect()
    }

    #[test]
    fn names_that_begin_like_a_surname_or_a_preposition_after_a_title() {
        // Regression: 罗 and 扎 read as surnames cut Tibetan names short (罗布) or
        // lost them (扎西平措); 向 and 于, prepositions, lost 向海洋 and 于亮桂.
        for (t, name) in [
            ("经信厅副厅长罗布次仁表示，将推动开发。", "罗布次仁"),
            ("研究院院长扎西平措说，技术已成熟。", "扎西平措"),
            ("该公司总经理向海洋介绍，电芯供长安汽车。", "向海洋"),
            ("公司创始人于亮桂说。", "于亮桂"),
            // Regression: 于洪 (of 于洪区) opened the name, so the speech rule's 洪涛 won.
            ("宏川新材董事长于洪涛说。", "于洪涛"),
            // Regression: a given name ending in 和 lost it to the conjunction (余景).
            (
                "江苏理工学院教授余景和在对接会上表示，技术已成熟。",
                "余景和",
            ),
        ] {
            assert_eq!(people(t), [name], "{t}");
        }
        // Regression: 专家参加论坛。 made a person 参加论坛 (and hid the verb).
        assert!(
            people("研究所的专家参加论坛。").is_empty(),
            "{:?}",
            people("研究所的专家参加论坛。")
        );
        // What stands between a title and a speech verb is not always a name.
        for t in [
            "公司董事长在会上表示将扩产。",
            "公司副总经理和大家说。",
            "公司董事长向记者表示将扩产。",
            "总经理对此表示认可。",
        ] {
            assert!(people(t).is_empty(), "{t}: {:?}", people(t));
        }
    }

    #[test]
    fn a_line_of_business_before_a_legal_form_is_part_of_the_name() {
        // Regression: 投资 (a trigger verb) before 有限公司 ended the walk, and the
        // weak head 新能源 made 深圳瑞泽新能源 of 深圳瑞泽新能源投资有限公司.
        let t = "深圳瑞泽新能源投资有限公司与仲巴县人民政府签订投资协议。";
        assert_eq!(companies_as_written(t), ["深圳瑞泽新能源投资有限公司"]);
        // A known verb that is the name's own word (达信) stands there too.
        let t = "2018年，凉山州达信锂业有限公司将总部迁入晋城市。";
        assert_eq!(companies_as_written(t), ["凉山州达信锂业有限公司"]);
        // A founding verb still comes before the name, and a verb alone is none.
        assert!(companies_as_written("双方出资组建有限公司。").is_empty());
    }

    #[test]
    fn a_name_begins_after_a_copula_the_segmenter_glued_to_a_word() {
        // Regression: 电是/n let 泽迅换电是 into the name of the owner after it.
        let t = "泽迅换电是北京泽迅能源集团有限公司的全资子公司。";
        assert_eq!(companies_as_written(t), ["北京泽迅能源集团有限公司"]);
    }

    #[test]
    fn a_mining_towns_nickname_is_one_word_of_a_name() {
        // Regression: 都 read alone is an adverb, a function character, and the
        // walk from 矿业 stopped there: 广西大新锰都矿业有限公司 was no name.
        let t = "百色市靖西锰都矿业有限公司与宏川新材料有限公司签约。";
        assert_has(t, "百色市靖西锰都矿业有限公司", EntityType::Company);
    }

    #[test]
    fn a_company_name_may_hold_its_seat_in_brackets() {
        // Regression: the bracket ended the window before the legal form, so
        // 宏川国际(香港)有限公司 was no name; and a known company before such a bracket
        // made the subsidiary that company.
        let t = "宏川国际（香港）有限公司已与金斯顿矿业控股有限公司签署股权转让协议。";
        assert_has(t, "宏川国际（香港）有限公司", EntityType::Company);
        let t = "宁德时代（上海）智能科技有限公司在上海市成立。";
        let c = clean_str("t", t);
        let rec = recognize(&c, &sentence::split(&c), lex());
        let m = rec
            .mentions
            .iter()
            .find(|m| m.text == "宁德时代（上海）智能科技有限公司")
            .unwrap_or_else(|| panic!("{:?}", found(t)));
        assert_eq!(m.link, Link::None);
        // Only before a strong head: 宏川锂业（长春市）钴酸锂电 is no company.
        let t = "宏川锂业（长春市）钴酸锂电池在恩阳区储能产业园正式投产。";
        assert!(
            !companies_as_written(t).iter().any(|c| c.contains('（')),
            "{:?}",
            companies_as_written(t)
        );
        // A bracket that holds no place ends the name as before.
        assert!(companies_as_written("年产（预计）有限公司成立。").is_empty());
        // A brand that is an ordinary word (雪域/n) before trade words picks the company
        // out before a bracketed seat as it does without one.
        let t = "雪域矿业（津巴布韦）有限公司本季度生产锂辉石精矿2.36万吨。";
        assert_has(t, "雪域矿业（津巴布韦）有限公司", EntityType::Company);
    }

    #[test]
    fn a_list_closed_by_a_word_for_suppliers_names_companies() {
        // Regression: 集成商 (and 供应商, 运营商 …) closed no list of companies, so a
        // name the lexicon lacks (宏远能源) in one was missed.
        let t = "星储能源的客户包括阳光电源、宏远能源等储能系统集成商。";
        assert_has(t, "宏远能源", EntityType::Company);
    }

    #[test]
    fn macro_regions_open_names_and_park_heads() {
        // Regression: 京津冀 (a common noun to the segmenter) made nothing proper, so
        // the alliance was no name; 产业区 and 工业集中区 were no heads.
        let t = "由天津市工业和信息化局主办，京津冀新能源汽车产业联盟承办的大会开幕。";
        assert_has(t, "京津冀新能源汽车产业联盟", EntityType::Association);
        let t = "津环再生落户位于天津市静海区的子牙循环经济产业区。";
        assert_has(t, "子牙循环经济产业区", EntityType::Park);
        let t = "项目落户青川县竹园工业集中区。";
        assert_has(t, "青川县竹园工业集中区", EntityType::Park);
    }

    #[test]
    fn a_parks_own_name_follows_the_address_it_lies_at() {
        // Regression: 开封市祥符区汴东新能源汽车产业园 was one park, where the gold
        // files name the park 汴东新能源汽车产业园 and its two regions apart.
        let t = "该项目选址开封市祥符区岚东新能源汽车产业园，总投资58亿元。";
        assert_has(t, "岚东新能源汽车产业园", EntityType::Park);
        assert_has(t, "祥符区", EntityType::Region);
        assert_has(t, "开封市", EntityType::Region);
        let t = "其位于长丰县岚凤经济开发区的生产基地年产能达20GWh。";
        assert_has(t, "岚凤经济开发区", EntityType::Park);
        // Plain words after the region: the region is the park's name.
        let t = "项目落户奉新县锂电新材料产业园。";
        assert_has(t, "奉新县锂电新材料产业园", EntityType::Park);
        // A short city name, or a town, opens the park's own name.
        let t = "项目落户钦州岚港新材料产业园。";
        assert_has(t, "钦州岚港新材料产业园", EntityType::Park);
        // Regression: 零部件 (read as a number) ended the name, so no park was found.
        let t = "岚晟动力位于大观区的岚庆新能源汽车零部件产业园。";
        assert_has(t, "岚庆新能源汽车零部件产业园", EntityType::Park);
    }

    #[test]
    fn he_after_a_region_and_one_character_is_the_brands_own() {
        // Regression: 宣城翔和储能科技有限公司 was no company (和 read as "and").
        let t = "岚川公司与宣城翔和储能科技有限公司签约。";
        assert_has(t, "宣城翔和储能科技有限公司", EntityType::Company);
        // Two names joined by 和 stay two.
        let t = "岚川科技有限公司和岚峰科技有限公司签约。";
        assert_has(t, "岚峰科技有限公司", EntityType::Company);
        assert_no_name_holds(t, "和");
        let t = "梧州和岚峰科技有限公司签约。";
        assert_has(t, "岚峰科技有限公司", EntityType::Company);
        assert_no_name_holds(t, "和");
    }

    #[test]
    fn a_name_does_not_run_back_over_by_glued_to_an_adverb() {
        // Regression: 新电池包仍由岚沃能源科技有限公司组装 made 电池包仍由… one company
        // (the segmenter glued 仍由岚沃).
        let t = "新电池包仍由岚沃能源科技有限公司组装。";
        assert_has(t, "岚沃能源科技有限公司", EntityType::Company);
        let t = "电池包交由岚沃能源科技有限公司组装。";
        assert_has(t, "岚沃能源科技有限公司", EntityType::Company);
        let f = found(t);
        assert!(!f.iter().any(|(n, _)| n.contains('由')), "{f:?}");
    }

    #[test]
    fn a_lone_measure_character_with_no_number_before_it_is_part_of_a_name() {
        // Regression: 安徽膜元科技有限公司 was no company at all (the segmenter reads
        // 元 after 膜 as a unit, and a number ended the name).
        let t = "管委会与安徽膜元科技有限公司（简称“膜元科技”）签约。";
        assert_has(t, "安徽膜元科技有限公司", EntityType::Company);
        let t = "安徽锂元科技有限公司签约。";
        assert_has(t, "安徽锂元科技有限公司", EntityType::Company);
        // So is a magnitude (亿, 万) in a brand: 辽源源泰亿锂业有限公司 was no company.
        let t = "辽源源泰亿锂业有限公司将总部搬迁到济宁市。";
        assert_has(t, "辽源源泰亿锂业有限公司", EntityType::Company);
        let t = "项目投资5亿岚峰科技有限公司承建。";
        let f = found(t);
        assert!(!f.iter().any(|(n, _)| n.starts_with('亿')), "{f:?}");
        // After a number it is a unit, never a name's first character.
        let t = "项目投资5000万元岚峰科技有限公司承建。";
        let f = found(t);
        assert!(!f.iter().any(|(n, _)| n.starts_with('元')), "{f:?}");
    }

    #[test]
    fn a_road_named_for_a_park_is_no_park_nor_a_fairs_hall_an_event() {
        // Regression: 江西省宜春市宜丰县工业园路8号 (an address) read as a park.
        let t = "地址：江西省宜春市宜丰县工业园路8号，电话0795-1234567。";
        let f = found(t);
        assert!(!f.iter().any(|(_, k)| *k == EntityType::Park), "{f:?}");
        assert_has(t, "宜丰县", EntityType::Region);
        // The park itself, and its road network, are still the park's.
        let t = "岚溪公司落户宜丰县工业园，园区路网已经建成。";
        assert_has(t, "宜丰县工业园", EntityType::Park);
        let t = "柯山高新区道路建设加快。";
        assert_has(t, "柯山高新区", EntityType::Park);
        // Nor is a fair's hall an event; the fair is.
        let t = "展会在岚州市中国岚南商品交易会展馆B区举办。";
        assert!(
            !found(t).iter().any(|(_, k)| *k == EntityType::Event),
            "{:?}",
            found(t)
        );
        assert_has(
            "第138届中国岚南商品交易会开幕。",
            "第138届中国岚南商品交易会",
            EntityType::Event,
        );
    }

    #[test]
    fn region_short_forms_that_are_common_words_need_context() {
        // Regression: 盐湖 (盐湖区) and 日照 (日照市) read as regions in every
        // salt-lake article: 日照 as a region in 强烈的日照下, and 盐湖 as the
        // region prefix that cut 雪域 off 雪域盐湖资源综合利用研究院.
        let t = "卤水在强烈的日照下慢慢浓缩，由位于拉萨市的雪域盐湖资源综合利用研究院研发。";
        let f = found(t);
        assert!(
            has(t, "雪域盐湖资源综合利用研究院", EntityType::Institute),
            "{f:?}"
        );
        assert!(!f.iter().any(|(n, _)| n.starts_with("日照")), "{f:?}");
        // With their parent or full name they are regions still.
        let t = "山东省日照市和运城市盐湖区发布规划。";
        assert_has(t, "日照市", EntityType::Region);
        assert_has(t, "盐湖区", EntityType::Region);
    }

    #[test]
    fn element_words_the_segmenter_does_not_know_make_no_name() {
        // Regression: 镍钴, unknown to the segmenter, counted as the proper part of
        // a name before the weak head 新材料: a category of firms became a company.
        let t = "截至今年9月，经开区已集聚镍钴新材料及电池材料企业42家。";
        assert!(companies_as_written(t).is_empty(), "{:?}", found(t));
        // A proper word before the same head still names one.
        let t = "华钴新材料与宁德时代签订供货协议。";
        assert_eq!(companies_as_written(t), ["华钴新材料", "宁德时代"]);
    }

    #[test]
    fn weak_head_ending_a_known_product_starts_no_company() {
        // Regression: 汽车 (a weak company head) ending 插电式混合动力汽车 grew a
        // company over the verb and the product, and a known company at its start
        // then lent it its lexicon link and renamed that company's node.
        let t = "磐石锂源主要产线插电式混合动力汽车、硬碳等产品。";
        let f = found(t);
        assert!(has(t, "插电式混合动力汽车", EntityType::Product), "{f:?}");
        assert!(
            !f.iter()
                .any(|(n, k)| *k == EntityType::Company && n.contains("汽车")),
            "{f:?}"
        );
    }

    #[test]
    fn weak_head_after_group_is_a_verb_unless_a_legal_form_follows() {
        // Regression: 控股 (holds) after 集团 was read as part of the name.
        let t = "鸿晟集团控股的滇西锂盐股份有限公司扩产。";
        assert_has(t, "鸿晟集团", EntityType::Company);
        assert_lacks(t, "鸿晟集团控股", EntityType::Company);
        // A known name ending in a weak head completes it the same way.
        let t = "浦项控股控股的滇西锂盐股份有限公司扩产。";
        assert_eq!(
            companies_as_written(t),
            ["浦项控股", "滇西锂盐股份有限公司"]
        );
        let t = "鸿晟集团控股有限公司扩产。";
        assert_has(t, "鸿晟集团控股有限公司", EntityType::Company);
    }

    #[test]
    fn name_starts_after_a_function_character_glued_to_the_name_before() {
        // Regression: jieba reads 钴业为 as 钴/ng 业为/n, and the walk from 股份有限公司
        // took 赤岩钴业为 into the second name.
        let t = "据了解，赤岩钴业为滇西锂盐股份有限公司供应负极材料。";
        assert_has(t, "赤岩钴业", EntityType::Company);
        assert_has(t, "滇西锂盐股份有限公司", EntityType::Company);
    }

    #[test]
    fn name_runs_back_over_a_rare_place_word_glued_to_its_first_character() {
        // Regression: 宜昌峡/ns 能/v 锂盐: the dictionary holds the gorge 宜昌峡, so the
        // brand 峡能 was split and the walk stopped at 能, a verb, losing the name.
        // Before a product word (锂盐), which no plain-word rule lets the character join.
        let t = "常州港能锂盐科技有限公司与深圳湾启锂盐科技有限公司签约。";
        assert_has(t, "常州港能锂盐科技有限公司", EntityType::Company);
        assert_has(t, "深圳湾启锂盐科技有限公司", EntityType::Company);
    }

    #[test]
    fn a_verb_before_a_proper_part_or_a_glued_date_unit_opens_no_name() {
        // Regression: 管委会联合三峡大学 was a university, 2019年经R人民政府 a government:
        // 联合 may stand inside a name only after its proper part, and jieba's 年经 is
        // the date's unit glued to a preposition.
        let t = "2022年，管委会联合柯山大学组建岚峰锂电研究院。";
        assert_has(t, "柯山大学", EntityType::University);
        let t = "园区联合鹤源新能源集团股份有限公司发起设立基金。";
        assert_has(t, "鹤源新能源集团股份有限公司", EntityType::Company);
        let t = "园区2019年经柯山市人民政府批准设立。";
        assert_has(t, "柯山市人民政府", EntityType::Government);
        // After its proper part the verb stays (鹤源锂资源创新应用大会), and a year's word
        // the dictionary knows stays in an event's name.
        assert_has(
            "2025年鹤源锂资源创新应用大会召开。",
            "2025年鹤源锂资源创新应用大会",
            EntityType::Event,
        );
        assert_has(
            "2024年度柯山市科学技术奖励大会在柯山召开。",
            "2024年度柯山市科学技术奖励大会",
            EntityType::Event,
        );
    }

    #[test]
    fn a_ministry_before_men_is_a_kind_of_office_not_the_ministry() {
        // Regression: 财政部门 gave the Ministry of Finance.
        assert_none_of(
            "经各地工信和财政部门初审推荐，商务部门复核。",
            EntityType::Government,
        );
        assert_has("财政部发布通知。", "财政部", EntityType::Government);
    }

    #[test]
    fn du_before_a_noun_is_part_of_a_company_name() {
        // Regression: 都 is an adverb to the segmenter (锌/n 都/d 化工/n), and the walk
        // stopped there, losing the whole name. An adverb never stands before a noun.
        let t = "位于平罗县的甘肃锌都化工新材料有限公司成立。";
        assert_has(t, "甘肃锌都化工新材料有限公司", EntityType::Company);
        // The adverb before a verb is still not a name's.
        let t = "这些企业都是有限公司。";
        assert_none_of(t, EntityType::Company);
    }

    #[test]
    fn name_starts_after_a_token_glued_to_a_conjunction() {
        // Regression: 滇/j 循环/vn 保与/v 福建/ns: the walk from 有限公司 ran back over
        // 保与 and made one company of two.
        let t = "鸿晟科技、滇循环保与福建澜锂再生科技有限公司联合发起成立产业联盟。";
        assert_has(t, "福建澜锂再生科技有限公司", EntityType::Company);
    }

    #[test]
    fn a_persons_name_ends_before_the_speech_verb_after_it() {
        // Regression: 柯斌说。 was a three-character name, the longest that fits.
        let t = "“我们很满意。”鸿晟科技总经理柯斌说。";
        assert_has(t, "柯斌", EntityType::Person);
        assert!(!has(t, "柯斌说", EntityType::Person), "{:?}", found(t));
    }

    #[test]
    fn parks_named_as_reform_zones_chemical_bases_and_cooperation_zones() {
        for (t, park) in [
            (
                "华钠材料计划在陇南转型综合改革示范区投资12亿元。",
                "陇南转型综合改革示范区",
            ),
            (
                "项目在宁夏澜东能源化工基地建成投产。",
                "宁夏澜东能源化工基地",
            ),
            ("鸿晟集团在中欧澜江合作区投资建厂。", "中欧澜江合作区"),
        ] {
            assert_has(t, park, EntityType::Park);
        }
    }

    #[test]
    fn a_product_made_of_weak_heads_ends_no_company_name() {
        // Regression: 新能源 and 汽车 are both weak heads, so the product 新能源汽车 was
        // taken for a head chain, and the words before it became a company.
        let t = "郴州市联合推广换电版新能源汽车。";
        assert_none_of(t, EntityType::Company);
        assert_has(t, "新能源汽车", EntityType::Product);
    }

    #[test]
    fn a_meeting_named_for_a_quoted_project_is_an_event_with_the_quotes() {
        let t = "由岚州有色学会组织的“高压实岚峰正极材料制备关键技术开发及产业化”项目科技成果评价会在淄博召开。";
        assert_has(
            t,
            "“高压实岚峰正极材料制备关键技术开发及产业化”项目科技成果评价会",
            EntityType::Event,
        );
        // Meetings that evaluate or appraise are events (评价会, 鉴定会, 评审会, 论证会).
        assert_has(
            "2025岚州锂电材料鉴定会在淄博召开。",
            "2025岚州锂电材料鉴定会",
            EntityType::Event,
        );
    }

    #[test]
    fn event_names_keep_a_trophy_its_edition_an_expert_meeting_and_a_macro_region() {
        let t = "乌兰察布市第四届“岚疆工匠杯”石墨负极材料行业职业技能竞赛在集宁区举行。\
                 2025年第二届“岚湖杯”储能创新大赛在宜春开幕。";
        assert_has(
            t,
            "乌兰察布市第四届“岚疆工匠杯”石墨负极材料行业职业技能竞赛",
            EntityType::Event,
        );
        assert_has(t, "2025年第二届“岚湖杯”储能创新大赛", EntityType::Event);
        // 专家 stops a name's walk (行业专家X), but not right before a meeting's kind.
        assert_has(
            "贵州省自然资源厅召开贵州省岚源锂矿调查评价成果专家评审会。",
            "贵州省岚源锂矿调查评价成果专家评审会",
            EntityType::Event,
        );
        // A macro-region the segmenter splits (长江/中游) opens a name as 长三角 does.
        assert_has(
            "2024长江中游电动船舶产业发展推进会在荆州召开。",
            "2024长江中游电动船舶产业发展推进会",
            EntityType::Event,
        );
        // Three quoted characters that are no trophy are a slogan or a system.
        assert_lacks(
            "市长主持召开全市锂电产业链“链长制”工作推进会。",
            "“链长制”工作推进会",
            EntityType::Event,
        );
    }

    #[test]
    fn survey_institutes_and_transport_departments_have_heads() {
        let t = "贵州省岚源地质调查院联合岚州地质工程大学实施该项目，湖北省交通运输厅到场指导。";
        assert_has(t, "贵州省岚源地质调查院", EntityType::Institute);
        assert_has(t, "湖北省交通运输厅", EntityType::Government);
        // A design institute incorporated as a company is a company (an engineering firm).
        assert_has(
            "甘肃岚建电力设计院有限公司中标。",
            "甘肃岚建电力设计院有限公司",
            EntityType::Company,
        );
    }

    #[test]
    fn inspectors_shop_floor_and_union_titles_name_people() {
        let t = "湖北省交通运输厅二级巡视员邓红出席仪式。\
                 岚晟负极质检中心检测员李晓燕夺得第一名。\
                 北方职院新材料工程系主任郝文彬告诉记者，课程已修订。\
                 岚晟负极工会主席王建军说，公司将推广。";
        for name in ["邓红", "李晓燕", "郝文彬", "王建军"] {
            assert_has(t, name, EntityType::Person);
        }
    }

    #[test]
    fn a_locative_after_a_noun_is_no_brands_first_character() {
        // Regression: 下/f after 条件/n joined 高温条件下 to the weak head 循环.
        for t in [
            "在高温条件下循环1000次后容量保持率为90%。",
            "·25℃、1C条件下循环4000次后容量保持率：82.3%",
        ] {
            assert_none_of(t, EntityType::Company);
        }
        // After a region it may be one (江苏中能锂电…: 中/f).
        let t = "江苏中能锂电科技有限公司供应电芯。";
        assert_has(t, "江苏中能锂电科技有限公司", EntityType::Company);
    }

    #[test]
    fn an_idiom_before_a_bodys_name_is_its_predicate() {
        // Regression: 认真贯彻/i was read into the name of 国务院办公厅.
        let t = "此外，我们认真贯彻国务院办公厅印发的《关于加快构建废弃物循环利用体系的意见》。";
        assert_has(t, "国务院办公厅", EntityType::Government);
        assert_lacks(t, "认真贯彻国务院办公厅", EntityType::Government);
    }

    #[test]
    fn a_weak_head_whose_last_character_makes_a_word_with_the_next_is_no_head() {
        // Regression: 锂能 of 磷酸锰铁锂能否 and 锂业 of 钴酸锂业务 ended company names.
        for t in [
            "孟某表示，磷酸锰铁锂能否真正上量，关键在压实密度。",
            "公司的钴酸锂业务收入下降。",
            "四川省钴酸锂电池产量增长。",
        ] {
            assert_none_of(t, EntityType::Company);
        }
        // 锂业|主要 keeps its head: 主要 is a word.
        let t = "岚峰锂业主要产品以锂云母为主。";
        assert_has(t, "岚峰锂业", EntityType::Company);
    }

    #[test]
    fn name_starts_inside_a_token_that_spans_the_function_character() {
        // Regression: the HMM reads 鸿晟锂业是祥卓 as 鸿晟锂/n 业是祥卓/n, a token
        // running from one name over 是 into the next.
        let t = "鸿晟锂业是祥卓钴业的全资子公司。";
        assert_has(t, "鸿晟锂业", EntityType::Company);
        assert_has(t, "祥卓钴业", EntityType::Company);
    }

    #[test]
    fn name_starts_after_a_token_glued_to_you_or_deng_before_it() {
        // Regression: the HMM reads 淮安瑞佰由深圳… as 瑞佰由/nr and 淮安瑞佰等淮阴… as
        // 瑞佰等/nr, and the names ran back over 由 and 等 into the short name before.
        let t = "淮安岚佰由深圳岚佰新能源集团股份有限公司出资设立。";
        assert_has(t, "深圳岚佰新能源集团股份有限公司", EntityType::Company);
        let t = "项目将为淮安岚佰等淮阴锂电产业园内的电池企业配套。";
        assert_has(t, "淮阴锂电产业园", EntityType::Park);
    }

    #[test]
    fn a_short_name_declared_by_xia_cheng_is_no_part_of_a_name() {
        // Regression: （下称远川集团） made a company 下称远川集团.
        let t = "星澜汽车是岚川控股集团有限公司（下称岚川集团）旗下的品牌。";
        assert_lacks(t, "下称岚川集团", EntityType::Company);
    }

    #[test]
    fn a_shop_floor_title_or_a_title_before_de_names_a_person() {
        // Regression: 操作工韩冬, 当技术员的吕晓涵记得, 董事长隋远航看来 named no one.
        assert_has(
            "一旁的当班操作工钟冬笑着补了一句。",
            "钟冬",
            EntityType::Person,
        );
        assert_has(
            "如今在二厂当技术员的滕晓涵记得这件事。",
            "滕晓涵",
            EntityType::Person,
        );
        assert_has(
            "在岚擎控股集团董事长隋远航看来，这很重要。",
            "隋远航",
            EntityType::Person,
        );
        // 的 before words that are no name leaves them alone.
        assert_lacks("董事长的讲话很长。", "讲话", EntityType::Person);
    }

    #[test]
    fn a_kabushiki_kaisha_and_an_innovation_studio_are_named_by_their_heads() {
        // Regression: 韩国汉拏能源株式会社 and “魏春燕劳模创新工作室” were no entities.
        let t = "产品进入韩国岚拏能源株式会社供应链。";
        assert_has(t, "韩国岚拏能源株式会社", EntityType::Company);
        let t = "岚擎新材以她的名字成立“滕春燕劳模创新工作室”。";
        assert_has(t, "滕春燕劳模创新工作室", EntityType::Institute);
    }

    #[test]
    fn departments_named_with_he_and_a_body_entrusted_are_government() {
        // Regression: 淮安市自然资源和规划局 and 住房和城乡建设局 were no entities (和
        // stopped the name), and 若羌县自然资源局委托R公共资源交易中心 was one name.
        assert_has(
            "淮安市自然资源和规划局副局长周文彬介绍。",
            "淮安市自然资源和规划局",
            EntityType::Government,
        );
        assert_has(
            "岚山市住房和城乡建设局发布通知。",
            "岚山市住房和城乡建设局",
            EntityType::Government,
        );
        let t = "若羌县自然资源局委托巴音郭楞蒙古自治州公共资源交易中心组织挂牌。";
        assert_has(
            t,
            "巴音郭楞蒙古自治州公共资源交易中心",
            EntityType::Government,
        );
        assert_lacks(
            t,
            "若羌县自然资源局委托巴音郭楞蒙古自治州公共资源交易中心",
            EntityType::Government,
        );
    }

    #[test]
    fn places_before_a_company_that_opens_on_one_of_them_are_no_part_of_its_name() {
        // Regression: a case heading 遂宁市射洪市遂宁川瀚锂盐有限公司 was one company.
        let t = "（三）遂宁市射洪市遂宁岚瀚锂盐有限公司废水超标问题";
        assert_has(t, "遂宁岚瀚锂盐有限公司", EntityType::Company);
        assert_lacks(t, "遂宁市射洪市遂宁岚瀚锂盐有限公司", EntityType::Company);
        // A province that holds the places counts too.
        let t = "（一）阿坝州金川县四川岚川锂业有限公司尾矿违规堆存问题";
        assert_has(t, "四川岚川锂业有限公司", EntityType::Company);
        // A name whose own part only looks like another place keeps its region.
        let t = "吉林省北辰储能技术有限公司中标。";
        assert_has(t, "吉林省北辰储能技术有限公司", EntityType::Company);
    }

    #[test]
    fn owner_verb_before_de_is_not_a_head() {
        // Regression: 控股 in 赤岩钴业控股的… was read as the last head of the name.
        let t = "赤岩钴业控股的滇西锂盐股份有限公司扩产。";
        assert_has(t, "赤岩钴业", EntityType::Company);
        assert_lacks(t, "赤岩钴业控股", EntityType::Company);
        // Not before 的, it is still a head.
        let t = "赤岩控股集团有限公司扩产。";
        assert_has(t, "赤岩控股集团有限公司", EntityType::Company);
    }

    #[test]
    fn weak_head_after_a_known_company_is_not_part_of_its_name() {
        // Regression: LG化学控股的… made a company written LG化学控股.
        let t = "LG化学控股的滇西锂盐股份有限公司扩产。";
        assert_eq!(companies_as_written(t), ["LG化学", "滇西锂盐股份有限公司"]);
    }

    #[test]
    fn event_names_keep_direction_words_joined_subjects_and_bracketed_places() {
        let t = "11月10日，2025西部新能源汽车与动力电池产业论坛在璧山区开幕。";
        assert_has(t, "2025西部新能源汽车与动力电池产业论坛", EntityType::Event);
        let t = "由某协会主办的2025中国（遂昌）锂电新材料产业发展大会在遂昌举行。";
        assert!(
            has(
                t,
                "2025中国（遂昌）锂电新材料产业发展大会",
                EntityType::Event
            ),
            "{:?}",
            found(t)
        );
    }

    #[test]
    fn a_body_may_be_named_for_two_domains_joined() {
        let t = "论坛由山东省储能与动力电池产业协会主办。";
        assert_has(t, "山东省储能与动力电池产业协会", EntityType::Association);
        // Not a company and an association, nor two bodies of the kind.
        let t = "岚峰锂业与中国有色金属工业协会签约。";
        assert!(!found(t).iter().any(|(n, _)| n.contains('与')));
        let t = "岚钠科技与中国科学院物理研究所签约。";
        assert!(!found(t).iter().any(|(n, _)| n.contains('与')));
        // Verbs a name may hold count as domain words (…与储能技术联合研究中心).
        let t = "岚顺锂电材料与储能技术联合研究中心揭牌。";
        assert_has(
            t,
            "岚顺锂电材料与储能技术联合研究中心",
            EntityType::Institute,
        );
        let t = "重点建设储能电池制造实训中心和电池检测中心。";
        assert!(!found(t).iter().any(|(n, _)| n.contains('和')));
    }

    #[test]
    fn a_weak_head_before_a_trade_noun_is_a_trade_description() {
        // 一家欧洲储能集成商 is an unnamed integrator, not a company 欧洲储能.
        let t = "此外，岚途新能还与一家欧洲储能集成商签署了供货意向书。";
        assert!(!found(t).iter().any(|(n, _)| n == "欧洲储能"));
        // A supplier of a named company still leaves the company its name.
        let t = "岚峰电池技术股份有限公司为包头德源新能源供应商隔膜。";
        assert_has(t, "包头德源新能源", EntityType::Company);
    }

    #[test]
    fn a_caption_and_a_time_word_begin_no_name() {
        let t = "2025岚川钠锂电池产业协同创新论坛开幕。（图为论坛现场。";
        assert!(!found(t).iter().any(|(n, _)| n.starts_with("图为")));
        let t = "一家参会的正极材料企业负责人会后透露，其今年订单同比增长。";
        assert!(people(t).is_empty());
        let t = "一家企业负责人坦言透露，订单增长。";
        assert!(people(t).is_empty());
    }

    #[test]
    fn a_park_is_named_for_the_industry_it_hosts() {
        // Regression: 制造 is a trigger, which stopped the walk (no park at all).
        let t = "华岳隔膜计划投资28亿元在岚峰先进制造产业园建设湿法隔膜项目。";
        assert_has(t, "岚峰先进制造产业园", EntityType::Park);
    }

    #[test]
    fn a_strong_head_beginning_inside_a_weak_one_ends_the_name() {
        // Regression: 盐化工业园 was scanned as 化工 (a weak company head) + 业园, and
        // the park had no name.
        let t = "项目一期在滁州盐化工业园建成投产。";
        assert_has(t, "滁州盐化工业园", EntityType::Park);
        // A weak head with no strong one over it stays (岚峰化工 is a company's brand).
        let t = "岚峰化工有限公司在滁州建成投产。";
        assert_has(t, "岚峰化工有限公司", EntityType::Company);
    }

    #[test]
    fn two_events_held_as_one_keep_what_the_first_is_held_for() {
        // Regression: 成立 before the first head stopped the walk: the name began at 大会.
        let t = "11月16日，渭岚锂电池产业创新联盟成立大会暨首届锂电产业链协同发展论坛在西安召开。";
        assert_has(
            t,
            "渭岚锂电池产业创新联盟成立大会暨首届锂电产业链协同发展论坛",
            EntityType::Event,
        );
    }

    #[test]
    fn a_legislatures_numbered_session_is_an_event_a_boards_is_not() {
        let t = "1月8日，岚山市第十届人民代表大会第五次会议在岚山会堂开幕。";
        assert_has(t, "岚山市第十届人民代表大会第五次会议", EntityType::Event);
        let t = "岚峰锂业股份有限公司召开第三届董事会第十二次会议，审议通过了议案。";
        assert!(
            found(t).iter().all(|(_, k)| *k != EntityType::Event),
            "{:?}",
            found(t)
        );
    }

    #[test]
    fn meetings_named_for_pushing_or_feedback_and_contests_are_events() {
        let t = "3月5日，岚山市锂电产业链高质量发展推进会在岚山县召开。";
        assert_has(t, "岚山市锂电产业链高质量发展推进会", EntityType::Event);
        let t = "第三届岚峰杯新能源电池创新创业竞赛在岚山大学举行。";
        assert_has(t, "第三届岚峰杯新能源电池创新创业竞赛", EntityType::Event);
    }

    #[test]
    fn a_company_speaking_of_itself_is_no_part_of_its_meetings_name() {
        let t = "公司2025年第二次临时股东大会审议通过了关于岚峰锂业扩产的议案。";
        assert_no_name_holds(t, "公司");
    }

    #[test]
    fn a_line_of_business_of_plain_words_kept_whole_goes_on_past_a_verb() {
        // Regression: 网络科技 (网络 + 科技, one word to the segmenter) was no line of
        // business, so the verb 充电 before it ended the name there.
        let t = "岚峤汽车与广东粤峰充电网络科技有限公司签约。";
        assert_has(t, "广东粤峰充电网络科技有限公司", EntityType::Company);
        let t = "丰昇动力电池有限公司是岚峰锂业的子公司。";
        assert_has(t, "丰昇动力电池有限公司", EntityType::Company);
        // A brand of single characters before plain words of a trade (泓/q 储/zg 电力).
        let t = "该项目由南京泓储电力科技有限公司投资建设。";
        assert_has(t, "南京泓储电力科技有限公司", EntityType::Company);
    }

    #[test]
    fn a_brand_word_or_a_fitting_verb_before_a_name_is_not_in_it() {
        let t = "岚山集团旗下高端电动车品牌岚峤汽车正式上市。";
        assert_has(t, "岚峤汽车", EntityType::Company);
        assert_no_name_holds(t, "品牌");
        let t = "全系标配佛山骁电驱动科技有限公司的电驱总成。";
        assert_has(t, "佛山骁电驱动科技有限公司", EntityType::Company);
        assert_no_name_holds(t, "标配");
    }

    #[test]
    fn bureaus_and_mass_organizations_of_a_region_are_bodies() {
        // Regression: 教育厅, 总工会 and 慈善总会 were no heads, so these were regions.
        assert_has(
            "该项赛事由江西省教育厅等部门主办。",
            "江西省教育厅",
            EntityType::Government,
        );
        assert_has(
            "该工作室被山东省总工会命名为省级劳模创新工作室。",
            "山东省总工会",
            EntityType::Association,
        );
        assert_has(
            "宏岚集团有限公司通过福建省慈善总会捐赠1000万元。",
            "福建省慈善总会",
            EntityType::Association,
        );
    }

    #[test]
    fn a_weak_head_right_before_a_persons_title_ends_a_name() {
        // Regression: the segmenter reads 资本合伙人 and 锂业总裁 as one noun phrase, so
        // the weak head did not end a name and the body before the person was lost.
        assert_has(
            "岚源资本合伙人顾岚泽表示看好钠电。",
            "岚源资本",
            EntityType::Company,
        );
        assert_has(
            "七台河岚亿锂业总裁巩岚文讲话。",
            "七台河岚亿锂业",
            EntityType::Company,
        );
        // A word that goes on the phrase still does (岚源科技产业 is no name).
        assert_lacks("推动岚源科技产业发展。", "岚源科技", EntityType::Company);
    }

    #[test]
    fn a_weak_head_before_the_companys_headquarters_ends_its_name() {
        // Regression: 总部 read as the noun phrase going on (锂业总部), so the brand
        // with a weak head before it was no company.
        let t = "岚峰锂业总部位于宜春市袁州区。";
        assert_has(t, "岚峰锂业", EntityType::Company);
    }

    #[test]
    fn a_research_body_may_be_named_for_a_process_a_trigger_names() {
        // Regression: 生产, a trigger, ended the walk of 锂盐清洁生产技术联合实验室.
        let t = "岚峰锂业与西蜀理工大学共建锂盐清洁生产技术联合实验室。";
        assert_has(t, "锂盐清洁生产技术联合实验室", EntityType::Institute);
        // Not before another word than a technique: 建设 stays the sentence's verb.
        let t = "岚峰锂业建设锂电研究院。";
        assert_no_name_holds(t, "建设");
    }

    #[test]
    fn a_post_verb_glued_to_a_name_ends_the_walk_of_the_company_after_it() {
        // Regression: 杨泽川任/nr 公司 made 杨泽川任公司 a company.
        let t = "控股股东为岚山控股集团有限公司。实际控制人杨泽川任公司董事长。";
        assert_no_name_holds(t, "任公司");
    }

    #[test]
    fn what_recycling_takes_in_and_a_sector_are_no_products() {
        let t =
            "岚峰循环科技有限公司年处理废旧锂电池5万吨，另回收废旧电池和电池系统，服务新型储能。";
        let f = found(t);
        for name in ["废旧锂电池", "废旧电池", "电池系统", "新型储能"] {
            assert!(!f.iter().any(|(n, _)| n == name), "{name}: {f:?}");
        }
    }

    #[test]
    fn a_market_segment_of_storage_is_no_company() {
        // Regression: 用户侧储能, 工商业储能 and 通信储能 were companies (储能 a weak head).
        for t in [
            "全市用户侧储能装机达到120MW。",
            "工商业储能和通信储能需求快速增长。",
        ] {
            assert_none_of(t, EntityType::Company);
        }
        // A brand before such words still names one.
        assert_has(
            "岚峰通信储能科技有限公司成立。",
            "岚峰通信储能科技有限公司",
            EntityType::Company,
        );
    }

    #[test]
    fn a_preposition_of_exception_or_going_opens_no_name() {
        // Regression: 除金辉矿业 and 赴昱驰公司 were companies.
        let t = "除岚辉矿业外，其余竞买人均未出价。";
        assert_no_name_holds(t, "除");
        let t = "员工离职后赴昱岚公司任职。";
        assert_no_name_holds(t, "赴");
        // Nor does a name run back over 以 glued to the word before (请以/v 公司).
        let t = "具体经营数据请以公司定期报告为准。";
        assert_no_name_holds(t, "请以");
    }

    #[test]
    fn a_joint_bodys_quoted_name_may_join_its_partners_with_a_dash() {
        // Regression: “岚峰—中科大储能材料联合实验室” was cut at the dash.
        let t = "2019年起，岚峰锂业与中国科学技术大学开展产学研合作，双方共建“岚峰—中科大储能材料联合实验室”。";
        assert_has(t, "岚峰—中科大储能材料联合实验室", EntityType::Institute);
    }

    #[test]
    fn a_qualified_material_folds_into_its_base_product() {
        // The gold files fold 锂电铜箔 into 铜箔 and 钠电正极材料 into 正极材料.
        let t = "岚峰新材主营锂电铜箔和钠电正极材料。";
        let f = found(t);
        for name in ["铜箔", "正极材料"] {
            assert!(
                f.iter()
                    .any(|(n, k)| n == name && *k == EntityType::Product),
                "{name}: {f:?}"
            );
        }
    }

    #[test]
    fn company_list_context() {
        let f = found("科力远、威领股份2家上市公司将总部迁到郴州。");
        assert!(
            f.iter()
                .any(|(n, k)| n == "威领股份" && *k == EntityType::Company),
            "{f:?}"
        );
    }

    #[test]
    fn a_county_short_form_that_is_an_ordinary_word_does_not_open_a_name() {
        // Regression: 资源 (资源县) and 合作 (合作市) read as regions cut the names
        // they stand inside, as if the name began at a place.
        let t = "岚峰科技与某大学共建了电池资源循环利用联合实验室。";
        assert_has(t, "电池资源循环利用联合实验室", EntityType::Institute);
        assert_none_of(t, EntityType::Region);
        // A county the segmenter knows only as a place still opens a name.
        let t = "宜章岚峰新材料有限公司扩产。";
        assert_has(t, "宜章岚峰新材料有限公司", EntityType::Company);
    }

    #[test]
    fn person_names_with_a_prepositional_surname_or_a_middle_dot() {
        // Regression: 于 is a preposition too, and a dot split a transcribed name in two.
        assert_has(
            "记者专访了岚峰科技董事长于志强。",
            "于志强",
            EntityType::Person,
        );
        assert_none_of("岚峰科技董事长于会上表示，公司扩产。", EntityType::Person);
        let t = "集团董事长艾买提·吐尔逊告诉记者，公司扩产。";
        assert_has(t, "艾买提·吐尔逊", EntityType::Person);
        assert_eq!(count_of(t, EntityType::Person), 1);
    }

    #[test]
    fn chemical_zones_are_parks() {
        assert_has(
            "岚峰科技在鹤岭化工区投资建设新项目。",
            "鹤岭化工区",
            EntityType::Park,
        );
    }

    #[test]
    fn latin_words_and_lines_of_business_inside_company_names() {
        // Regression: the segmenter's eng tag read as an interjection ended the name.
        assert_has(
            "鹤岭BlueCell储能科技有限公司扩产。",
            "鹤岭BlueCell储能科技有限公司",
            EntityType::Company,
        );
        // A verb of business after plain words only (润 in 华润润电池有限公司 shape).
        assert_has(
            "岚峰聚材料科技股份有限公司扩产。",
            "岚峰聚材料科技股份有限公司",
            EntityType::Company,
        );
    }

    #[test]
    fn names_dev8_cut_short() {
        // Regression: 系 of 动力系统 read as the copula after the weak head 动力 began
        // the name at 统.
        assert_has(
            "12月8日，鹤岭锂航动力系统有限公司项目投产。",
            "鹤岭锂航动力系统有限公司",
            EntityType::Company,
        );
        // 联合成立的X: a founded body even when its name is made of domain words.
        assert_has(
            "岚峰科技与某大学联合成立的电池系统安全联合实验室揭牌。",
            "电池系统安全联合实验室",
            EntityType::Institute,
        );
        // A weak company head right after a university the lexicon knows is a word of
        // the sentence (西安交通大学能源与动力工程学院), as after a known company.
        assert_none_of(
            "西安交通大学能源与动力工程学院教授程立明出任主任。",
            EntityType::Company,
        );
    }

    #[test]
    fn a_research_bodys_name_may_hold_the_verb_of_what_it_studies() {
        // Regression: 选冶/v ended the walk, and 出任 ran into the person's name.
        let t = "岚峰矿业与某大学共建的青海稀有金属选冶工程技术研究中心揭牌。";
        assert_has(t, "青海稀有金属选冶工程技术研究中心", EntityType::Institute);
        assert_has("学院教授孙天明出任中心主任。", "孙天明", EntityType::Person);
    }

    #[test]
    fn a_college_named_after_its_university_is_the_universitys() {
        // Regression: 大连理工大学化工学院 stood as a university of its own.
        let t = "岚峰理工大学化工学院教授宋立新出任中心主任。";
        assert_has(t, "岚峰理工大学", EntityType::University);
        assert_eq!(count_of(t, EntityType::University), 1);
        // A university named 学院 has no university inside its name.
        assert_has(
            "鹤岭学院与岚峰科技有限公司合作。",
            "鹤岭学院",
            EntityType::University,
        );
    }

    #[test]
    fn no_name_begins_with_the_copula_of_a_demonstrative() {
        // Regression: 这是/v, unknown to the dictionary, lost only 这, so the name
        // began with 是 (是岚峰理工大学).
        let t = "这是岚峰理工大学迄今最大的一笔专利许可。";
        assert_eq!(
            found(t),
            [("岚峰理工大学".to_string(), EntityType::University)]
        );
    }

    #[test]
    fn a_person_follows_a_title_and_a_field_colon_or_comes_before_an_adverb() {
        assert_has("项目负责人：岑立国", "岑立国", EntityType::Person);
        assert_has(
            "岚峰新能源董事长陈启明此前表示，产品主要用于储能电站。",
            "陈启明",
            EntityType::Person,
        );
        assert_has(
            "鹤岭期货新能源分析师顾晨在论坛上表示，价格有望上涨。",
            "顾晨",
            EntityType::Person,
        );
    }

    #[test]
    fn a_source_named_after_another_is_no_part_of_its_name() {
        assert_has(
            "另据中国汽车工业协会统计，1-8月全国新能源汽车销量同比增长26.8%。",
            "中国汽车工业协会",
            EntityType::Association,
        );
    }

    #[test]
    fn a_limited_partnership_is_a_company() {
        assert_eq!(
            companies_as_written("上海锂曜新能源合伙企业（有限合伙）持股25%。"),
            ["上海锂曜新能源合伙企业（有限合伙）"]
        );
    }

    #[test]
    fn an_announcements_hereby_is_no_part_of_the_name_after_it() {
        assert_eq!(
            companies_as_written(
                "现将铜陵皖循新能源科技有限公司年处理8万吨废旧锂电池项目有关情况公示如下。"
            ),
            ["铜陵皖循新能源科技有限公司"]
        );
    }

    #[test]
    fn a_weak_head_before_the_word_for_its_announcement_ends_a_name() {
        // Regression: 公告 read as a noun the name ran on into, so 柯源锂能 was
        // lost and the previous sentence's company took its investment.
        assert_has(
            "柯源锂能公告称，拟投资15亿元建设碳酸锂项目。",
            "柯源锂能",
            EntityType::Company,
        );
    }

    #[test]
    fn a_meeting_joins_two_places_by_a_dash_and_names_what_it_promotes() {
        assert_has(
            "2025中国—印度尼西亚新能源产业投资合作论坛在雅加达举行。",
            "2025中国—印度尼西亚新能源产业投资合作论坛",
            EntityType::Event,
        );
        assert_has(
            "中国-东盟博览会开幕。",
            "中国-东盟博览会",
            EntityType::Event,
        );
        assert_has(
            "首届新能源产业合作论坛在南宁举行。",
            "首届新能源产业合作论坛",
            EntityType::Event,
        );
        // A dash elsewhere still ends a name.
        assert!(!has(
            "锂电——岚峰新能源产业论坛开幕。",
            "锂电——岚峰新能源产业论坛",
            EntityType::Event
        ));
    }

    #[test]
    fn a_verb_the_dictionary_has_barely_seen_may_open_a_company_name() {
        // Regression: 启衡/v (3 times in the dictionary) ended the walk, and the
        // supplier of a bid notice was lost.
        assert_has(
            "电池管理系统由西安启衡电控技术有限公司配套。",
            "西安启衡电控技术有限公司",
            EntityType::Company,
        );
        assert_has(
            "启衡科技有限公司成立于2010年。",
            "启衡科技有限公司",
            EntityType::Company,
        );
        // Not after a word that could be a name's: there it is the sentence's verb.
        assert_eq!(
            companies_as_written("本报告仅供华岳证券股份有限公司客户使用。"),
            ["华岳证券股份有限公司"]
        );
    }

    #[test]
    fn a_street_named_after_a_place_is_no_mention_of_it() {
        // Regression: 庆阳路219号 in an address made 庆阳市 a region of the document.
        assert!(!has(
            "地址：甘肃省兰州市城关区庆阳路219号",
            "庆阳市",
            EntityType::Region
        ));
        assert!(!has(
            "位于长沙路与郴州大道交叉口",
            "长沙市",
            EntityType::Region
        ));
        assert!(has("庆阳是能源大市。", "庆阳市", EntityType::Region));
    }

    #[test]
    fn names_listed_under_a_label_for_people_are_persons() {
        assert_eq!(
            people("主要完成人：岑明远、向海涛、吉克阿伍、欧阳睿"),
            ["岑明远", "向海涛", "吉克阿伍", "欧阳睿"]
        );
        // A list with an item that is no name is no list of names.
        assert!(people("参会人员：企业代表、岑明远").is_empty());
        // A standard's drafters and a patent's inventors are listed the same way.
        assert_eq!(
            people("本文件主要起草人：岑明远、向海涛、杨沁。"),
            ["岑明远", "向海涛", "杨沁"]
        );
        assert_eq!(people("发明人：泽仁多吉、岑明远"), ["泽仁多吉", "岑明远"]);
    }

    #[test]
    fn a_full_name_before_an_honorific_is_a_person() {
        assert_eq!(
            people("岑卫东先生，现任岚峰锂业股份有限公司董事长。"),
            ["岑卫东"]
        );
        assert_eq!(people("会上，柯立群女士介绍了回收网络。"), ["柯立群"]);
        // A surname alone is no name, nor is a plural of address.
        assert!(people("感谢各位先生女士的到来。").is_empty());
        assert!(people("她见到了王先生。").is_empty());
    }

    #[test]
    fn a_name_before_ren_and_a_post_or_after_an_appointing_verb_is_a_person() {
        // 任 and a post after the name is its predicate (任 alone may end a name).
        assert_eq!(people("岚峰研究院研究员柯嘉言任副主任委员。"), ["柯嘉言"]);
        assert_eq!(people("实际控制人岑泽川任公司董事长。"), ["岑泽川"]);
        assert_eq!(people("督察组组长屈振川通报了情况。"), ["屈振川"]);
        // A two-character name before 任 and a post (组长 is a title too).
        assert_eq!(people("小组由岚峰研究院总工程师柯征任组长。"), ["柯征"]);
        assert_eq!(people("项目由岚峰大学教授祁明远领衔完成。"), ["祁明远"]);
        // An appointing verb vouches for each name it gives a post.
        assert_eq!(
            people("董事会选举岑瑞祥为董事长，聘任柯庆林为总经理、祁锦程为首席技术官。"),
            ["岑瑞祥", "柯庆林", "祁锦程"]
        );
        // Not where no post follows 为.
        assert!(people("会议推选岚峰为示范基地。").is_empty());
    }

    #[test]
    fn being_invited_ends_a_name_and_begins_no_event() {
        // 受邀/应邀 start the predicate: 青松 alone is a noun the surname must not lose.
        assert_eq!(
            people("岚峰新能源科技有限公司总经理喻青松受邀出席论坛。"),
            ["喻青松"]
        );
        assert_eq!(people("岚峰大学教授柯青松应邀出席会议。"), ["柯青松"]);
        // The segmenter keeps 应邀参加 whole (as a name!): it is no part of the event.
        let t = "岚峰材料股份有限公司应邀参加2026世界动力电池大会。";
        assert_has(t, "2026世界动力电池大会", EntityType::Event);
        assert!(!found(t).iter().any(|(n, _)| n.contains("应邀")));
    }

    #[test]
    fn a_name_ends_before_the_talk_it_gives_and_a_chain_chief_is_a_title() {
        assert_eq!(
            people("中国工程院院士、岚峰大学教授柯元衡作主旨报告。"),
            ["柯元衡"]
        );
        // A given name may end in 之 before the talk (韩牧之告诉, 柯衡之作).
        assert_eq!(people("会议还邀请专家柯衡之作专题辅导。"), ["柯衡之"]);
        assert_eq!(
            people("岚峰市人民政府副市长、产业链链长詹岚越主持会议。"),
            ["詹岚越"]
        );
        // 链长制 is a system of posts: no title before a name, part of an event's name.
        assert!(people("近年来，岚峰市坚持链长制推进，着力构建全产业链。").is_empty());
        assert_has(
            "11月20日，岚峰市锂电产业链链长制工作推进会在高新区召开。",
            "岚峰市锂电产业链链长制工作推进会",
            EntityType::Event,
        );
    }

    #[test]
    fn an_abbreviation_inside_a_longer_name_is_no_mention_of_its_entry() {
        // 北理工 (北京理工大学) glued between 豫 and 大学 is the middle of another name.
        let t = "岚峰市人民政府与豫北理工大学签署战略合作协议。";
        assert_has(t, "豫北理工大学", EntityType::University);
        assert_lacks(t, "北京理工大学", EntityType::University);
        // Alone it is still the university it abbreviates.
        assert_has(
            "岚峰锂业与北理工签约。",
            "北京理工大学",
            EntityType::University,
        );
    }

    #[test]
    fn single_characters_before_a_recycling_line_of_business_are_a_brand() {
        // 再生 is a line of business's plain word, like 资源 (绿/a 岬/zg 再生资源/l).
        assert_has(
            "河南绿岬再生资源有限公司投资建设项目。",
            "河南绿岬再生资源有限公司",
            EntityType::Company,
        );
        assert_has(
            "岚峰泓储再生科技有限公司投资建设项目。",
            "岚峰泓储再生科技有限公司",
            EntityType::Company,
        );
    }

    #[test]
    fn a_latin_letter_and_a_character_make_a_brand_and_a_whole_trade_ends_a_name() {
        // E/eng 行/zg 出行/v 科技: the single character after a Latin letter is the brand's.
        assert_has(
            "会上，陕西E行出行科技有限公司与岚峰签署采购协议。",
            "陕西E行出行科技有限公司",
            EntityType::Company,
        );
        // 化工企业 kept whole by the segmenter describes the name after it.
        assert_eq!(
            companies_as_written(
                "岚峰新材料股份有限公司与芬兰化工企业诺尔德化工集团合资建设项目。"
            ),
            ["岚峰新材料股份有限公司", "诺尔德化工集团"]
        );
    }

    #[test]
    fn no_name_runs_back_over_a_glued_preposition_a_settling_verb_or_a_unit() {
        // 明年起向岩/v 睿 动力: the name begins after 向.
        assert_eq!(
            companies_as_written("计划明年起向岩睿动力供应磷酸铁锂正极材料2.5万吨。"),
            ["岩睿动力"]
        );
        // 扎根/ns is the verb of settling, not a place before the park.
        assert_has(
            "岚峰新材料有限公司铜箔项目扎根岚泉新材料产业园，总投资26亿元。",
            "岚泉新材料产业园",
            EntityType::Park,
        );
        assert_lacks(
            "岚峰新材料有限公司铜箔项目扎根岚泉新材料产业园，总投资26亿元。",
            "扎根岚泉新材料产业园",
            EntityType::Park,
        );
        // 单位 after a title is the body's role, no person (单 is a surname).
        assert!(people("岚峰联盟目前有成员单位86家，岚峰集团为副理事长单位。").is_empty());
    }

    #[test]
    fn a_governments_general_office_is_a_body_of_its_own() {
        assert_has(
            "会前，岚峰市人民政府办公室已正式印发《岚峰市锂电产业行动方案》。",
            "岚峰市人民政府办公室",
            EntityType::Government,
        );
        assert_lacks(
            "会前，岚峰市人民政府办公室已正式印发《岚峰市锂电产业行动方案》。",
            "岚峰市人民政府",
            EntityType::Government,
        );
    }

    #[test]
    fn a_name_ends_before_a_visit_or_a_speech_and_a_resident_is_named_by_a_role() {
        assert_eq!(people("岚山大学校长邵景行参观了展会。"), ["邵景行"]);
        assert_eq!(people("岚峰市委书记柯立言发表讲话。"), ["柯立言"]);
        // Residents named by their role are people (村民刘桂芝).
        assert_eq!(people("村民柯桂芝在岚峰合作社工作三年了。"), ["柯桂芝"]);
    }

    #[test]
    fn a_city_science_commission_is_a_government_body() {
        assert_has(
            "岚峰市科学技术委员会有关负责人表示，这项技术将实现产业化。",
            "岚峰市科学技术委员会",
            EntityType::Government,
        );
    }

    #[test]
    fn a_brand_that_is_an_ordinary_noun_opens_a_company_name() {
        // Regression: 宏源/n and 银河/n are words the dictionary knows, so no part of
        // 宏源矿业有限公司 was proper and the name was never found.
        assert_eq!(
            companies_as_written("公司收购宏源矿业有限公司。银河新能源科技有限公司签约落地。"),
            ["宏源矿业有限公司", "银河新能源科技有限公司"]
        );
        // A word that describes a company picks none out.
        assert!(companies_as_written("公司收购优质矿业有限公司、骨干锂业有限公司。").is_empty());
        // Nor is a word alone before the legal form a brand.
        assert!(companies_as_written("公司收购星辰有限公司。").is_empty());
    }

    #[test]
    fn characters_glued_before_a_county_short_form_are_a_brands() {
        // Regression: 新源 (a county's short form) began the name, and 中/能 before
        // it were dropped as a verb's characters.
        assert_has(
            "北京中能新源集团有限公司",
            "北京中能新源集团有限公司",
            EntityType::Company,
        );
        assert_eq!(
            companies_as_written("今年5月，中能新源（盐城）储能科技有限公司签约落地。"),
            ["中能新源（盐城）储能科技有限公司"]
        );
        // Not before a city's short form: 新设 is the verb (新设东莞…实验室).
        assert_has(
            "岚峰大学与鹤岭化工有限公司新设东莞蜀恒电池材料重点实验室。",
            "东莞蜀恒电池材料重点实验室",
            EntityType::Institute,
        );
        // Two single characters before the plain words of a line of business are
        // the proper part (达/昇 材料: the walk had stopped at 昇 after 材料).
        assert_eq!(
            companies_as_written("岚峰与达昇材料有限公司签约。"),
            ["达昇材料有限公司"]
        );
        // One character may be a verb's: 赴 is not part of the name.
        assert_eq!(
            companies_as_written("代表团赴宜宾锂电有限公司考察。"),
            ["宜宾锂电有限公司"]
        );
    }

    #[test]
    fn a_trade_word_before_a_name_is_not_part_of_it() {
        assert_eq!(
            companies_as_written("澳大利亚锂矿商南十字锂业宣布减产。"),
            ["南十字锂业"]
        );
        assert_eq!(
            companies_as_written("龙头岚峰新能源汽车股份有限公司产销两旺。"),
            ["岚峰新能源汽车股份有限公司"]
        );
    }

    #[test]
    fn countries_are_regions() {
        assert_has("岚峰锂业注册于津巴布韦。", "津巴布韦", EntityType::Region);
        assert_has("印尼镍矿供应充足。", "印度尼西亚", EntityType::Region);
        assert_has(
            "澳大利亚锂矿商南十字锂业宣布减产。",
            "澳大利亚",
            EntityType::Region,
        );
        // Right after a title, a person whose name begins like one (韩 + 国强).
        let t = "岚峰大学研究员韩国强在会上表示，电池需求旺盛。";
        assert_has(t, "韩国强", EntityType::Person);
        assert_none_of(t, EntityType::Region);
    }

    #[test]
    fn a_glued_first_person_company_is_no_name() {
        // Regression: a broker's disclaimer (本报告版权归本公司所有) gave a company
        // 报告版权归本公司, the segmenter having glued 归本/n.
        assert_eq!(
            companies_as_written("本报告版权归本公司所有，未经许可不得转载。"),
            Vec::<String>::new()
        );
        assert_eq!(
            companies_as_written("该协议由本公司与岚峰锂业有限公司签署。"),
            ["岚峰锂业有限公司"]
        );
        // 公司 alone after a causative verb or preposition is not a brand's head.
        assert_eq!(
            companies_as_written("一体化可使公司单吨加工成本降低约1500元。"),
            Vec::<String>::new()
        );
        assert_eq!(
            companies_as_written("该事项不会对公司经营产生影响。"),
            Vec::<String>::new()
        );
        // A common word ending in 本 is no first person: the name stands.
        assert_has(
            "鹤鸣资本公司宣布领投该轮融资。",
            "鹤鸣资本公司",
            EntityType::Company,
        );
    }

    #[test]
    fn a_post_verb_before_a_company_is_not_part_of_its_name() {
        // Regression: a CV's 曾任 opened the names of past employers
        // (曾任宁德时代新能源科技股份有限公司…), also where the segmenter glued 任 to
        // the brand (曾/d 任华泓/nr).
        for (t, name) in [
            (
                "曾任华泓证券股份有限公司投资银行部高级经理。",
                "华泓证券股份有限公司",
            ),
            (
                "曾任岚峰新能源科技股份有限公司供应链管理部高级经理。",
                "岚峰新能源科技股份有限公司",
            ),
            (
                "2010年至2018年就职于鹤鸣电池材料有限公司。",
                "鹤鸣电池材料有限公司",
            ),
        ] {
            assert_eq!(companies_as_written(t), [name], "{t}");
        }
    }

    #[test]
    fn a_surname_before_a_verb_that_stands_before_names_is_no_name() {
        // Regression: 会议应出席董事9名 gave a person 应出席 (应/v 出席/v before a title).
        assert_none_of("会议应出席董事9名，实际出席董事9名。", EntityType::Person);
        assert_has("会议由董事长许明哲主持。", "许明哲", EntityType::Person);
    }

    #[test]
    fn power_banks_and_manganese_salts_are_products_of_the_chain() {
        // The lexicon lacked them: a sampling notice on power banks and a manganese
        // county's trip found no product.
        assert_has(
            "岚川电子科技有限公司主要生产移动电源。",
            "移动电源",
            EntityType::Product,
        );
        let t = "岚锰锰业有限公司年产电解锰6万吨、四氧化三锰3万吨。";
        assert_has(t, "电解锰", EntityType::Product);
        assert_has(t, "四氧化三锰", EntityType::Product);
    }

    #[test]
    fn a_list_of_fields_or_aspects_before_qiye_names_no_company() {
        let t = "考察团先后走访锰系正极材料、储能电池、锂电装备等领域企业11家。";
        assert_lacks(t, "锂电装备", EntityType::Company);
        assert_lacks(t, "锰系正极材料", EntityType::Company);
        let t = "从用地保障、电价支持、物流补贴、人才引进等方面给予企业全周期支持。";
        assert_lacks(t, "物流补贴", EntityType::Company);
        let t = "17家绿色工厂中既有面粉加工、纺织、耐火材料、特钢等传统行业企业。";
        assert_lacks(t, "特钢", EntityType::Company);
        assert_lacks(t, "纺织", EntityType::Company);
        // A list of names before a trade is still one of companies.
        let t = "岚锐新能、岚华储能等储能企业参加了会议。";
        assert_has(t, "岚华储能", EntityType::Company);
    }

    #[test]
    fn a_national_centre_is_named_from_guojia_with_its_seat_in_brackets() {
        // Regression: 国家/n opened no name, so a national testing centre was no body.
        let t = "国家新能源汽车质量检验检测中心承检52批次。";
        assert_has(t, "国家新能源汽车质量检验检测中心", EntityType::Institute);
        // Its seat in brackets tells it from its namesakes.
        let t = "国家锂电池产品质量检验检测中心（长兴）承检52批次。";
        assert_has(
            t,
            "国家锂电池产品质量检验检测中心（长兴）",
            EntityType::Institute,
        );
    }

    #[test]
    fn a_fire_and_rescue_corps_is_a_government_body() {
        let t = "浙江省消防救援总队副总队长岚明出席会议。";
        assert_has(t, "浙江省消防救援总队", EntityType::Government);
        assert_has(
            "岚州市消防救援支队发布通报。",
            "岚州市消防救援支队",
            EntityType::Government,
        );
    }

    #[test]
    fn a_citys_groundbreaking_of_major_projects_is_an_event() {
        let t = "岚州市2025年第二季度重大项目集中开工活动在察右前旗举行。";
        assert_has(
            t,
            "岚州市2025年第二季度重大项目集中开工活动",
            EntityType::Event,
        );
    }

    #[test]
    fn a_guidance_or_industry_fund_without_a_company_suffix_is_a_company() {
        let t = "湖北省长江产业投资基金向岚河储能科技有限公司注资5亿元。";
        assert_has(t, "湖北省长江产业投资基金", EntityType::Company);
        let t = "保定市天使投资引导基金参与了本轮融资。";
        assert_has(t, "保定市天使投资引导基金", EntityType::Company);
        // A fund no proper word names is none.
        assert_none_of("市里将设立产业基金，支持企业发展。", EntityType::Company);
    }

    #[test]
    fn a_character_right_after_a_region_opens_the_brand_whatever_its_tag() {
        // The segmenter reads 顺 as a preposition (顺/p 通车/n 业/n): the walk stopped
        // there and left 通车业有限公司.
        let t = "在台山，台山市顺通车业有限公司与绿循科技合作设立回收点。";
        assert_has(t, "台山市顺通车业有限公司", EntityType::Company);
        // A function character after a region is still the sentence's.
        assert_lacks(
            "江门市将岚通车业有限公司列入名单。",
            "江门市将岚通车业有限公司",
            EntityType::Company,
        );
    }

    #[test]
    fn a_consumption_festival_or_carnival_is_an_event() {
        let t = "由市商务局主办的“2025岚州电动自行车以旧换新消费节”在蓬江区启动。";
        assert_has(t, "2025岚州电动自行车以旧换新消费节", EntityType::Event);
        let t = "2025岚州新能源汽车嘉年华在赣州开幕。";
        assert_has(t, "2025岚州新能源汽车嘉年华", EntityType::Event);
    }

    #[test]
    fn of_namesake_regions_the_one_whose_parent_the_text_names_is_meant() {
        // Regression: 鹤山 was 鹤壁's 鹤山区 in a text about 江门市.
        let t = "网点已覆盖江门市下辖的台山、开平、鹤山、恩平四个县级市。";
        assert_has(t, "鹤山市", EntityType::Region);
        assert_lacks(t, "鹤山区", EntityType::Region);
    }

    #[test]
    fn a_product_word_before_the_head_joins_a_single_character_brand_as_a_plain_word_does() {
        // Regression: 钜/g 能/v 电解液/n 有限公司 stopped at 能, and 四川 alone held
        // the company's capacity.
        let t = "四川钜能电解液有限公司年产6万吨电解液项目于2022年投产。";
        assert_has(t, "四川钜能电解液有限公司", EntityType::Company);
    }

    #[test]
    fn a_meetings_theme_may_hold_the_verbs_of_assuring_and_raising() {
        let t = "11月5日，岚州市锂电产业园区电力保障现场推进会在蓬溪召开。";
        assert_has(t, "岚州市锂电产业园区电力保障现场推进会", EntityType::Event);
        let t = "岚州市储能产业质量提升推进会在蓬溪召开。";
        assert_has(t, "岚州市储能产业质量提升推进会", EntityType::Event);
    }

    #[test]
    fn a_titles_list_of_names_goes_on_up_to_zai() {
        // Regression: 孙启航 (孙/zg 启航/v) before 在 was no person.
        let t = "北京市岚正律师事务所经办律师赵砚秋、孙启航在出具的法律意见书中认为，方案合规。";
        assert_has(t, "赵砚秋", EntityType::Person);
        assert_has(t, "孙启航", EntityType::Person);
    }

    #[test]
    fn a_verb_before_a_bare_level_word_is_the_sentences_not_a_names() {
        // Regression: 联合, which may stand inside a name, joined two bureaus into one.
        let t = "郴州市公安局联合市生态环境局开展打击非法拆解废旧电池专项行动。";
        assert_has(t, "郴州市公安局", EntityType::Government);
        assert_lacks(t, "郴州市公安局联合市生态环境局", EntityType::Government);
        // Inside a name it still stands (岚州联合实验室 keeps its verb).
        assert_has(
            "岚峰大学与岚溪锂业共建岚州锂电联合实验室。",
            "岚州锂电联合实验室",
            EntityType::Institute,
        );
    }
}
