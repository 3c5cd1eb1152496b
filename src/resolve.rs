//! Stage 6, name resolution. Input: the [`Mention`]s of one document. Output:
//! [`Entity`]s, one per thing named, each with its canonical name and the written
//! forms as aliases, and the entity of every mention.
//!
//! Short forms of full company names found earlier in the document are found
//! and folded in (湖南裕能新能源电池材料股份有限公司 … 湖南裕能); regions take
//! their administrative name; lexicon aliases and English names fold into their
//! entry; a policy's 简称 folds into the policy. Invariant: an entity has at
//! least one top-level mention: a name seen only inside a longer name is not an
//! entity (its mentions map to `None` unless the name also stands on its own).

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::collections::BTreeSet;
use std::sync::LazyLock;

use regex::Regex;

use crate::entity::{Found, LEVEL_WORDS, Link, Mention, Recognition};
use crate::lexicon::Lexicon;
use crate::model::EntityType;
use crate::read::is_cjk;
use crate::sentence::Sentence;

/// One thing named in a document.
#[derive(Debug, Clone)]
pub struct Entity {
    /// Entity type.
    pub kind: EntityType,
    /// Canonical name: the fullest written form, or the administrative or lexicon name.
    pub name: String,
    /// Other written forms.
    pub aliases: BTreeSet<String>,
    /// Number of top-level mentions.
    pub mentions: usize,
    /// Lexicon link of the entity.
    pub link: Link,
    /// Index of the first top-level mention (`usize::MAX` for a stage the text does not name).
    pub first: usize,
}

impl Entity {
    /// The node id, `type:name`.
    pub fn id(&self) -> String {
        format!("{}:{}", self.kind, self.name)
    }

    /// Its name and then its aliases: every form the text writes it in.
    pub fn forms(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.name.as_str()).chain(self.aliases.iter().map(String::as_str))
    }
}

/// The entities of a document and the entity of each mention.
#[derive(Debug, Clone, Default)]
pub struct Resolved {
    /// Entities, in order of first mention.
    pub entities: Vec<Entity>,
    /// For each mention of the [`Recognition`], its entity (nested names only
    /// when the same name also stands on its own).
    pub entity_of: Vec<Option<usize>>,
    /// Product mentions written with their class after them (磷酸铁锂正极材料,
    /// 硬碳负极材料), each with the entity of that class (正极材料, 负极材料): the text
    /// names both the material and its class, and what is said of the one in that
    /// sentence is said of the other.
    pub classes: Vec<(usize, usize)>,
}

/// A declared short name right after a name: (以下简称“黔能新材”), (简称“公司”或“汝川锂业”).
static SHORT_NAME_NOTE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r#"^[(（]?(?:以下)?(?:简称|称|下称)[:：]?((?:[“"][^“”"\n]{2,20}[”"](?:或|、|和)?)+)"#,
    )
    .expect("static regex")
});

/// A bracket right after a name holding only a shorter name (…开发区（肇庆高新区）).
static BRACKETED_ABBREVIATION: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[(（](\p{Han}{2,12})[)）]").expect("static regex"));

/// Whether `short` abbreviates `name`: shorter, opening on its first character, and
/// made of its characters in their order (肇庆高新区 of 肇庆高新技术产业开发区).
fn abbreviates(short: &str, name: &str) -> bool {
    if short.chars().count() >= name.chars().count() || short.chars().next() != name.chars().next()
    {
        return false;
    }
    let mut rest = name.chars();
    short.chars().all(|c| rest.any(|n| n == c))
}

/// A short name declared unquoted in its bracket: a listed company's
/// （证券简称：岷锂股份，证券代码：301927）, (股票代码:300750,股票简称:宁德时代), or a
/// party's in a judgment or notice (以下简称鼎擎公司), （住所地…，以下简称赣星锂电）.
static LISTED_SHORT_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^[(（](?:[^()（）\n]{0,24}?[,，;；、]\s*)?(?:证券简称|股票简称|A股简称|公司简称|(?:以下)?简称|下称)\s*[:：]?\s*([^\s,，;；、()（）“”\x22:：]{2,12})\s*[,，;；、)）]",
    )
    .expect("static regex")
});

/// A glossary line's short names and the word 指 before the full name: 本公司、上市公司、
/// 沐辰新材  指  浙江沐辰新材料股份有限公司.
static GLOSSARY_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^[ \t\u{3000}]*((?:[^\s、指]{2,12}、)*[^\s、指]{2,12})[ \t\u{3000}]+指[ \t\u{3000}]+",
    )
    .expect("static regex")
});

/// A quoted short name defined in a sentence: “常州经开区”指 (the full name follows).
static QUOTED_DEFINITION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"[“"]([^“”"\n]{2,12})[”"]\s*(?:是)?指\s*"#).expect("static regex")
});

/// One quoted name inside a [`SHORT_NAME_NOTE`].
static QUOTED_NAME: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#"[“"]([^“”"\n]{2,20})[”"]"#).expect("static regex"));

/// Groups mentions into entities.
pub fn resolve(
    text: &str,
    sentences: &[Sentence],
    rec: &mut Recognition,
    lex: &Lexicon,
) -> Resolved {
    peoples_governments(rec, lex);
    own_level_governments(text, sentences, rec);
    role_labels(text, sentences, rec);
    column_names(text, sentences, rec, lex);
    other_names(text, rec);
    declared_short_names(text, sentences, rec, lex);
    repeated_person_names(text, sentences, rec);
    add_short_forms(text, sentences, rec, lex);
    park_kind_abbreviations(text, sentences, rec);
    first_person(text, sentences, rec, lex);
    own_department(text, sentences, rec);
    holders_events(rec);

    let mut key_of: HashMap<(EntityType, String), usize> = HashMap::default();
    let mut entities: Vec<Entity> = Vec::new();
    let mut entity_of = vec![None; rec.mentions.len()];
    // Top-level mentions make entities.
    let mut order: Vec<usize> = (0..rec.mentions.len())
        .filter(|&i| rec.mentions[i].nested_in.is_none())
        .collect();
    order.sort_by_key(|&i| rec.mentions[i].start);
    for i in order {
        let m = &rec.mentions[i];
        let key = key(m);
        let e = *key_of.entry(key).or_insert_with(|| {
            entities.push(Entity {
                kind: m.kind,
                name: m.canonical.clone(),
                aliases: BTreeSet::new(),
                mentions: 0,
                link: m.link,
                first: i,
            });
            entities.len() - 1
        });
        entities[e].mentions += 1;
        // A school's written name is no name of the university it is folded into,
        // nor are the school's short forms (材料学院).
        let school = m.found == Found::School
            || m.found == Found::ShortForm && m.kind == EntityType::University;
        if m.found != Found::FirstPerson && !school {
            entities[e].aliases.insert(m.text.clone());
        }
        if entities[e].link == Link::None {
            entities[e].link = m.link;
        }
        entity_of[i] = Some(e);
    }
    // Nested names map to an entity only where the name also stands on its own.
    for (i, m) in rec.mentions.iter().enumerate() {
        if m.nested_in.is_some() {
            entity_of[i] = key_of.get(&key(m)).copied();
        }
    }
    let classes = product_classes(rec, lex, &mut key_of, &mut entities);
    // The five stages are always entities of the document (with no mention where
    // the text does not name them), so products reach their stage.
    for st in crate::model::Stage::ALL {
        let key = (EntityType::Stage, st.id().to_string());
        key_of.entry(key).or_insert_with(|| {
            entities.push(Entity {
                kind: EntityType::Stage,
                name: st.id().to_string(),
                aliases: BTreeSet::new(),
                mentions: 0,
                link: Link::Stage(st),
                first: usize::MAX,
            });
            entities.len() - 1
        });
    }
    for e in &mut entities {
        finish_names(e, lex);
    }
    Resolved {
        entities,
        entity_of,
        classes,
    }
}

/// The product mentions written with their class after them, each with the class's
/// entity, made if the text never names the class alone; such a mention counts as
/// one of the class too.
fn product_classes(
    rec: &Recognition,
    lex: &Lexicon,
    key_of: &mut HashMap<(EntityType, String), usize>,
    entities: &mut Vec<Entity>,
) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (i, m) in rec.mentions.iter().enumerate() {
        let Some(class) = lex
            .words
            .product_classes
            .iter()
            .find(|c| m.text.ends_with(c.as_str()) && m.text.len() > c.len())
        else {
            continue;
        };
        if m.kind != EntityType::Product || m.nested_in.is_some() || m.canonical == *class {
            continue;
        }
        let link = lex
            .entries_with_form(class)
            .iter()
            .find(|&&x| lex.entries[x].kind == EntityType::Product)
            .map_or(Link::None, |&x| Link::Entry(x));
        let key = entity_key(EntityType::Product, link, class);
        if key_of.get(&key) == key_of.get(&self::key(m)) {
            continue;
        }
        let e = *key_of.entry(key).or_insert_with(|| {
            entities.push(Entity {
                kind: EntityType::Product,
                name: (*class).to_string(),
                aliases: BTreeSet::new(),
                mentions: 0,
                link,
                first: i,
            });
            entities.len() - 1
        });
        entities[e].mentions += 1;
        out.push((i, e));
    }
    out
}

/// A field that gives another name of the body a name field gives (企业名称 | A,
/// then 英文名称 | A Co., Ltd. or 曾用名：B).
static OTHER_NAME_FIELD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:英文名称|外文名称|英文名|外文名|曾用名|原名称|原名)\s*(?:[：:]|\|)\s*")
        .expect("static regex")
});
static NAME_FIELD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:企业名称|公司名称|单位名称|名称|中文名称|中文名)\s*(?:[：:]|\|)\s*")
        .expect("static regex")
});

/// Other names a text gives a company as such: a name in another script in brackets
/// right after it (Brennvald GmbH（布伦瓦尔德汽车有限公司）, 海辰（Hithium Co., Ltd.）),
/// and the English or former name a field gives beside its name field. Their
/// mentions take the first name's entity.
fn other_names(text: &str, rec: &mut Recognition) {
    let latin = |t: &str| t.chars().any(|c| c.is_ascii_alphabetic());
    let han = |t: &str| t.chars().any(is_cjk);
    // The company mention whose text fills byte `at` to the end of its cell.
    let company_at = |rec: &Recognition, at: usize, ends: &[char]| {
        rec.mentions.iter().position(|m| {
            m.byte_start == at
                && m.nested_in.is_none()
                && m.kind == EntityType::Company
                && (m.byte_end == text.len() || text[m.byte_end..].starts_with(ends))
        })
    };
    let mut same: Vec<(usize, usize)> = Vec::new(); // (other name's mention, first name's)
    if text.contains(['（', '(']) {
        for (i, m) in rec.mentions.iter().enumerate() {
            if m.nested_in.is_some() || m.kind != EntityType::Company {
                continue;
            }
            let Some(open) = text[m.byte_end..]
                .chars()
                .next()
                .filter(|c| matches!(c, '（' | '('))
            else {
                continue;
            };
            let at = m.byte_end + open.len_utf8();
            if let Some(j) = company_at(rec, at, &['）', ')', '，', ',', '；', ';'])
                && latin(&m.text) != latin(&rec.mentions[j].text)
                && han(&m.text) != han(&rec.mentions[j].text)
            {
                same.push((j, i));
            }
        }
    }
    if text.contains("名称") || text.contains("中文名") {
        let mut named: Option<(usize, usize)> = None; // (mention, line number)
        let mut at = 0;
        for (n, line) in text.split_inclusive('\n').enumerate() {
            let ends = ['|', '\n', '\r', ' ', '\t', '\u{3000}'];
            if let Some(f) = NAME_FIELD.find(line) {
                named = company_at(rec, at + f.end(), &ends).map(|i| (i, n));
            } else if let Some(f) = OTHER_NAME_FIELD.find(line)
                && let Some((i, _)) = named.filter(|&(_, n0)| n - n0 <= 12)
                && let Some(j) = company_at(rec, at + f.end(), &ends)
            {
                same.push((j, i));
            }
            at += line.len();
        }
    }
    for (j, i) in same {
        let (kind, canonical, link) = {
            let m = &rec.mentions[i];
            (m.kind, m.canonical.clone(), m.link)
        };
        let written = rec.mentions[j].text.clone();
        for m in rec.mentions.iter_mut().filter(|m| m.text == written) {
            m.kind = kind;
            m.canonical = canonical.clone();
            m.link = link;
        }
    }
}

/// An event named elsewhere with its holder's name before it (禾峤动力2025全球供应商大会)
/// is that event where the holder stands apart (A（以下简称“禾峤动力”）2025全球供应商大会):
/// one entity, named in full.
fn holders_events(rec: &mut Recognition) {
    let events: Vec<String> = rec
        .mentions
        .iter()
        .filter(|m| m.kind == EntityType::Event)
        .map(|m| m.canonical.clone())
        .collect();
    if events.len() < 2 {
        return;
    }
    let holders: HashSet<&str> = rec
        .mentions
        .iter()
        .filter(|m| {
            matches!(
                m.kind,
                EntityType::Company
                    | EntityType::University
                    | EntityType::Institute
                    | EntityType::Association
            )
        })
        .flat_map(|m| [m.text.as_str(), m.canonical.as_str()])
        .collect();
    let full: Vec<Option<String>> = rec
        .mentions
        .iter()
        .map(|m| {
            (m.kind == EntityType::Event)
                .then(|| {
                    events.iter().find(|e| {
                        e.len() > m.canonical.len()
                            && e.ends_with(&m.canonical)
                            && holders.contains(&e[..e.len() - m.canonical.len()])
                    })
                })
                .flatten()
                .cloned()
        })
        .collect();
    for (m, f) in rec.mentions.iter_mut().zip(full) {
        if let Some(f) = f {
            m.canonical = f;
        }
    }
}

/// A park's kind and its contraction (滁州经济技术开发区 is called 经开区).
const PARK_KIND_ABBREVIATIONS: [(&str, &str); 5] = [
    ("经济技术开发区", "经开区"),
    ("经济开发区", "经开区"),
    ("高新技术产业开发区", "高新区"),
    ("高新技术开发区", "高新区"),
    ("综合保税区", "综保区"),
];

/// A park called by the contraction of its kind alone (选址经开区城东片区) is the one
/// park of that kind the document names: no other name holds the word there.
fn park_kind_abbreviations(text: &str, sentences: &[Sentence], rec: &mut Recognition) {
    let mut shorts: Vec<&str> = PARK_KIND_ABBREVIATIONS.iter().map(|&(_, a)| a).collect();
    shorts.dedup();
    for short in shorts {
        if !text.contains(short) {
            continue;
        }
        // The kind the contraction stands for first (经开区 is first 经济技术开发区),
        // then a looser one (经济开发区).
        let parks = PARK_KIND_ABBREVIATIONS
            .iter()
            .filter(|&&(_, abbr)| abbr == short)
            .map(|&(full, _)| {
                rec.mentions
                    .iter()
                    .filter(|m| {
                        m.kind == EntityType::Park
                            && m.nested_in.is_none()
                            && m.canonical.ends_with(full)
                    })
                    .map(|m| m.canonical.as_str())
                    .collect::<BTreeSet<&str>>()
            })
            .find(|parks| !parks.is_empty())
            .unwrap_or_default();
        let [canonical] = parks.into_iter().collect::<Vec<_>>()[..] else {
            continue;
        };
        let canonical = canonical.to_string();
        let link = rec
            .mentions
            .iter()
            .find(|m| m.canonical == canonical)
            .map_or(Link::None, |m| m.link);
        for (b0, _) in text.match_indices(short) {
            let b1 = b0 + short.len();
            // Another place's (定远经开区) is a park of its own the recognizer named.
            if rec
                .mentions
                .iter()
                .any(|m| m.byte_start < b1 && b0 < m.byte_end)
            {
                continue;
            }
            if let Some(m) = mention_at(
                text,
                sentences,
                (b0, b1),
                EntityType::Park,
                canonical.clone(),
                link,
                Found::ShortForm,
            ) {
                add_covering(rec, m);
            }
        }
    }
}

/// A region's government written without 人民 (宜宾市政府) is its people's government
/// (宜宾市人民政府): one entity, named in full.
fn peoples_governments(rec: &mut Recognition, lex: &Lexicon) {
    for m in &mut rec.mentions {
        if m.kind == EntityType::Government
            && m.link == Link::None
            && let Some(region) = m.canonical.strip_suffix("政府")
            && !region.ends_with("人民")
            && !lex.regions_named(region).is_empty()
        {
            m.canonical = format!("{region}人民政府");
        }
    }
}

/// A government named by its level alone (市政府与贵州大学签署…, 县政府出台…,
/// 牵头单位：自治区工业和信息化厅) is the government of the region of that level the
/// document names most (福泉市人民政府, 广西壮族自治区工业和信息化厅), when it names one.
/// The written form stays its alias.
fn own_level_governments(text: &str, sentences: &[Sentence], rec: &mut Recognition) {
    // The recognizer noted each government head right after a level word.
    if rec.level_heads.is_empty() {
        return;
    }
    // The region of each level the document names most; of equals, the first named.
    let main_region = |level: &str| -> Option<String> {
        let mut counts: Vec<(&str, usize, usize)> = Vec::new(); // name, mentions, first
        for m in &rec.mentions {
            let c = m.canonical.as_str();
            let of_level = c.ends_with(level)
                && !(level == "区" && c.ends_with("自治区"))
                && !(level == "州" && c.ends_with("自治州"));
            if m.kind == EntityType::Region && m.nested_in.is_none() && of_level {
                match counts.iter_mut().find(|(n, _, _)| *n == c) {
                    Some(n) => n.1 += 1,
                    None => counts.push((c, 1, m.byte_start)),
                }
            }
        }
        counts
            .iter()
            .max_by_key(|&&(_, n, first)| (n, std::cmp::Reverse(first)))
            .map(|&(name, _, _)| name.to_string())
    };
    let mut regions: Vec<(&str, Option<String>)> = Vec::new();
    let mut found: Vec<Mention> = Vec::new();
    for &(b0, h0, h1) in &rec.level_heads {
        let level = &text[b0..h0];
        // The level word stands alone: after punctuation, a function word or a time
        // (今年市政府), not inside a word (园区办公室, 各设区市发展改革委); and it is
        // one body, not every one of a level (各市、县人民政府).
        let alone = text[..b0].chars().next_back().is_none_or(|c| {
            !crate::read::is_cjk(c)
                || "、和与及同由经向对在将会并请为是从至年月日前后时底".contains(c)
        });
        let mut list = &text[..b0];
        while let Some(rest) = list
            .strip_suffix('、')
            .and_then(|r| LEVEL_WORDS.iter().find_map(|l| r.strip_suffix(l)))
        {
            list = rest;
        }
        if !alone || list.ends_with(['各', '全', '该', '本', '每']) {
            continue;
        }
        // Not part of a name the text holds (福泉市工业和信息化局, or the region 福泉市
        // before a head).
        if rec
            .mentions
            .iter()
            .any(|m| m.byte_start < h1 && b0 < m.byte_end)
        {
            continue;
        }
        let region = match regions.iter().find(|(l, _)| *l == level) {
            Some((_, r)) => r.clone(),
            None => {
                let r = main_region(level);
                regions.push((level, r.clone()));
                r
            }
        };
        let Some(region) = region else {
            continue;
        };
        let head = &text[h0..h1];
        let canonical = if head.ends_with("政府") {
            format!("{region}人民政府")
        } else {
            format!("{region}{head}")
        };
        found.extend(mention_at(
            text,
            sentences,
            (b0, h1),
            EntityType::Government,
            canonical,
            Link::None,
            Found::ShortForm,
        ));
    }
    for m in found {
        add_covering(rec, m);
    }
}

/// A party's role that labels its field in a form (招标人：A, 中标人：B, 甲方：C) names
/// that party wherever else the document writes it (经招标人确认, 中标人承诺…, 甲方应…).
fn role_labels(text: &str, sentences: &[Sentence], rec: &mut Recognition) {
    if !text.contains(['：', ':']) {
        return;
    }
    // (role, the organization its field names, if one)
    let mut roles: Vec<(String, Option<Mention>)> = Vec::new();
    for s in sentences {
        let st = s.text(text);
        // A role's label and its colon open the line (the regex only where they may).
        if !crate::read::first_chars(st, 12).contains([':', '：']) {
            continue;
        }
        let Some(c) = ROLE_FIELD.captures(st) else {
            continue;
        };
        let (role, value) = (c.get(1).expect("group 1"), c.get(0).expect("group 0").end());
        // A field listing several parties (投资方：A（领投）、B、C; 专利权人：A；B)
        // names none of them.
        if st[value..].contains(['、', '；', ';']) {
            roles.push((role.as_str().to_string(), None));
            continue;
        }
        let value = s.byte_start + value + (st[value..].len() - st[value..].trim_start().len());
        let Some(m) = rec
            .mentions
            .iter()
            .find(|m| m.byte_start == value && m.nested_in.is_none() && m.kind.is_org())
        else {
            continue;
        };
        roles.push((role.as_str().to_string(), Some(m.clone())));
    }
    // A role names its party only where the document gives it to one party alone: in
    // a list of records (专利权人：A … 专利权人：B) it names none.
    let mut named: Vec<(String, Mention)> = Vec::new();
    for (role, org) in &roles {
        let one = roles.iter().filter(|(r, _)| r == role).all(|(_, o)| {
            o.as_ref()
                .zip(org.as_ref())
                .is_some_and(|(o, m)| key(o) == key(m))
        });
        if let Some(m) = org.as_ref().filter(|_| one)
            && !named.iter().any(|(r, _)| r == role)
        {
            named.push((role.clone(), m.clone()));
        }
    }
    let mut found = Vec::new();
    for (role, org) in &named {
        // Not inside a longer word (第一中标候选人 holds no 中标人; 招标人 is not in 投标人).
        found.extend(word_mentions(
            text,
            sentences,
            rec,
            role,
            (org.kind, &org.canonical, org.link),
            |b0| {
                text[..b0]
                    .chars()
                    .next_back()
                    .is_none_or(|c| !is_cjk(c) || "由经向与和及为被对将".contains(c))
            },
        ));
    }
    for m in found {
        add_covering(rec, m);
    }
}

/// A table whose header labels a column of companies (排名 企业名称 装车量（GWh）)
/// names a company in each cell of that column below it, a brand the recognizer does
/// not know too (凯泓电池, NOVA锂能); one that labels a column of people (序号 姓名
/// 职务; 法定代表人) names a person in each cell that looks like a name. The table
/// ends at the first line with another number of cells.
fn column_names(text: &str, sentences: &[Sentence], rec: &mut Recognition, lex: &Lexicon) {
    let labels = &lex.words.company_columns;
    // A table needs cells: tabs, wide spaces or bars somewhere (one pass, most
    // documents have none of them in the right place anyway).
    if !text.bytes().any(|b| b == b'\t' || b == b'|')
        && !text.contains('\u{3000}')
        && !text.contains("  ")
    {
        return;
    }
    let looks_like_name = |name: &str| {
        (2..=24).contains(&name.chars().count())
            && !name.starts_with(|c: char| c.is_ascii_digit())
            && name.chars().any(|c| is_cjk(c) || c.is_ascii_alphabetic())
            && !name.contains(['%', '％', '、', '，', ','])
            && !["合计", "小计", "总计", "其他", "其它", "行业", "全国"].contains(&name)
    };
    // A person's name: two to four Han characters opening on a surname.
    let looks_like_person = |name: &str| {
        (2..=4).contains(&name.chars().count())
            && name.chars().all(is_cjk)
            && lex.surname_len(name).is_some()
    };
    // Which columns name whom: companies (企业名称), people (姓名), or people by their
    // title at the row's body (法定代表人).
    let column_kind = |label: &str| {
        if labels.iter().any(|l| label == l) {
            Some(EntityType::Company)
        } else if lex.words.person_columns.iter().any(|l| label == l) || lex.titles.contains(label)
        {
            Some(EntityType::Person)
        } else {
            None
        }
    };
    let mut columns: Option<(usize, Vec<(usize, EntityType)>)> = None; // (cells a row has, columns)
    let mut found = Vec::new();
    // The cells of the line before, when it was a table's row.
    let mut width_before = 0;
    for s in sentences {
        let line = s.text(text);
        // Most lines are prose: no cells to split.
        if columns.is_none()
            && !line.contains(['\t', '\u{3000}', '|', '｜'])
            && !line.contains("  ")
        {
            width_before = 0;
            continue;
        }
        let cells = crate::read::table_cells(line);
        let row_before = std::mem::replace(&mut width_before, cells.len());
        if let Some((count, cols)) = &columns
            && cells.len() == *count
        {
            for &(col, kind) in cols {
                let (a, b) = cells[col];
                // A cell of people may list several (发明人 | 郑文彬、黄丽萍、谢志坚).
                let items: Vec<(usize, usize)> =
                    if kind == EntityType::Person && line[a..b].contains('、') {
                        let mut at = a;
                        line[a..b]
                            .split('、')
                            .map(|item| {
                                let span = (at, at + item.len());
                                at += item.len() + '、'.len_utf8();
                                crate::read::trimmed_span(line, span)
                            })
                            .collect()
                    } else {
                        vec![(a, b)]
                    };
                for (a, mut b) in items {
                    // A person's cell may add a note in brackets (郑红梅（高级工程师）).
                    if kind == EntityType::Person
                        && let Some(p) = crate::read::bracket_note_start(&line[a..b])
                    {
                        b = a + p;
                    }
                    // A cell an organization (or person) the recognizer found opens keeps
                    // it, with any note after it (江西宜锂矿业有限公司（参股公司）).
                    let named = rec.mentions.iter().any(|m| {
                        m.nested_in.is_none()
                            && (m.kind.is_org() || m.kind == kind)
                            && m.byte_start == s.byte_start + a
                    });
                    let fits = match kind {
                        EntityType::Person => looks_like_person(&line[a..b]),
                        _ => looks_like_name(&line[a..b]),
                    };
                    if !named
                        && fits
                        && let Some(m) = mention_at(
                            text,
                            sentences,
                            (s.byte_start + a, s.byte_start + b),
                            kind,
                            line[a..b].to_string(),
                            Link::None,
                            Found::Context,
                        )
                    {
                        found.push(m);
                    }
                }
            }
            continue;
        }
        // A line right after a table's line is a row of that table, not a header: in a
        // table of fields by column (车型 | A款 | B款, then 厂商 | X | X), 厂商 is the
        // label of its row. (Widths may differ: 2025款 Pro splits at its space.)
        if row_before > 0 && !cells.is_empty() {
            columns = None;
            continue;
        }
        let mut cols: Vec<(usize, EntityType)> = cells
            .iter()
            .enumerate()
            .filter_map(|(col, &(a, b))| column_kind(&line[a..b]).map(|k| (col, k)))
            .collect();
        // A column of people needs a table around it: a row number or another column
        // the header names (序号 姓名 职务; 被投资企业名称 法定代表人), not a line of
        // fields (法定代表人 | A | 登记状态 | 存续).
        let w = &lex.words;
        let tabled = cells.iter().any(|&(a, b)| {
            let c = &line[a..b];
            ["序号", "排序", "排名"].contains(&c)
                || [
                    &w.post_columns,
                    &w.held_columns,
                    &w.shareholder_columns,
                    &w.record_holders,
                    labels,
                ]
                .iter()
                .any(|list| list.iter().any(|l| c == l))
        });
        if !tabled {
            cols.retain(|&(_, kind)| kind != EntityType::Person);
        }
        columns = (!cols.is_empty()).then_some((cells.len(), cols));
    }
    let names: Vec<String> = found
        .iter()
        .filter(|m| m.kind == EntityType::Company)
        .map(|m| m.text.clone())
        .collect();
    for m in found {
        add_covering(rec, m);
    }
    // The text names them again outside the table (凯泓电池：10月储能电池出货4.6GWh),
    // where no longer word holds them.
    // (A word the recognizer found inside one, 电池 in 凯泓电池, nests in it.)
    for name in &names {
        for (b0, _) in text.match_indices(name.as_str()) {
            let b1 = b0 + name.len();
            let alone = text[..b0].chars().next_back().is_none_or(|c| !is_cjk(c))
                || text[b1..].chars().next().is_none_or(|c| !is_cjk(c));
            if alone
                && let Some(m) = mention_at(
                    text,
                    sentences,
                    (b0, b1),
                    EntityType::Company,
                    name.clone(),
                    Link::None,
                    Found::ShortForm,
                )
            {
                add_covering(rec, m);
            }
        }
    }
}

/// Mentions of an entity (`kind`, `canonical`, `link`) at each place `word` stands
/// in the text where no mention stands and `keep` takes its byte start: a word by
/// which the document names that entity again (市政府, 招标人).
fn word_mentions(
    text: &str,
    sentences: &[Sentence],
    rec: &Recognition,
    word: &str,
    (kind, canonical, link): (EntityType, &str, Link),
    keep: impl Fn(usize) -> bool,
) -> Vec<Mention> {
    text.match_indices(word)
        .map(|(b0, _)| (b0, b0 + word.len()))
        .filter(|&(b0, b1)| {
            keep(b0)
                && !rec
                    .mentions
                    .iter()
                    .any(|m| m.byte_start < b1 && b0 < m.byte_end)
        })
        .filter_map(|span| {
            mention_at(
                text,
                sentences,
                span,
                kind,
                canonical.to_string(),
                link,
                Found::ShortForm,
            )
        })
        .collect()
}

/// A field line labelled by a party's role: 招标人：, 中标人：, 甲方：, 受让方：.
static ROLE_FIELD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[、.．])?\s*(\p{Han}{1,4}(?:人|方)|供应商)\s*[:：]")
        .expect("static regex")
});

/// The identity of a mention: its lexicon entry, region or stage, else its canonical text.
fn key(m: &Mention) -> (EntityType, String) {
    entity_key(m.kind, m.link, &m.canonical)
}

/// The key of the entity a name of this kind, link and canonical form stands for: a
/// lexicon entry's, else the name's.
fn entity_key(kind: EntityType, link: Link, canonical: &str) -> (EntityType, String) {
    match link {
        Link::Entry(e) => (kind, format!("#entry{e}")),
        _ => (kind, canonical.to_string()),
    }
}

/// Chooses the entity's name and aliases once all its written forms are known.
fn finish_names(e: &mut Entity, lex: &Lexicon) {
    match (e.kind, e.link) {
        (EntityType::Region | EntityType::Stage | EntityType::Product, _) => {}
        (_, Link::Entry(i)) => {
            // The fullest Chinese written form names the node; the lexicon name is an alias.
            let best = e
                .aliases
                .iter()
                .filter(|a| a.chars().any(is_cjk))
                .max_by_key(|a| (a.chars().count(), std::cmp::Reverse((*a).clone())))
                .cloned();
            if let Some(b) = best
                && b.chars().count() > lex.entries[i].name.chars().count()
            {
                e.name = b;
            } else {
                e.name = lex.entries[i].name.clone();
            }
            e.aliases.insert(lex.entries[i].name.clone());
        }
        (EntityType::Policy, _) => {
            let inner = e.name.trim_start_matches('《').trim_end_matches('》');
            if inner != e.name {
                e.aliases.insert(inner.to_string());
                let compact: String = inner.chars().filter(|c| !c.is_whitespace()).collect();
                e.aliases.insert(compact.clone());
                e.aliases.insert(format!("《{compact}》"));
            }
        }
        _ => {}
    }
    let name = e.name.clone();
    e.aliases.remove(&name);
}

/// The regions written one after another at the start of `name` (吉林省松原市…): the
/// byte where they end and the last of them. Full names only, or short forms too.
fn leading_regions(name: &str, lex: &Lexicon, short_too: bool) -> (usize, Option<usize>) {
    region_chain(name, lex, short_too)
        .last()
        .map_or((0, None), |&(end, r)| (end, Some(r)))
}

/// The regions a name opens with, one after another: (byte end, region) of each.
fn region_chain(name: &str, lex: &Lexicon, short_too: bool) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut cut = 0;
    for h in lex.scan(name) {
        if h.start != cut {
            break;
        }
        let Some(region) = lex.targets_of(h.pattern).iter().find_map(|t| match t {
            crate::lexicon::Target::RegionFull(r) => Some(*r),
            crate::lexicon::Target::RegionShort(r) if short_too => Some(*r),
            _ => None,
        }) else {
            break;
        };
        out.push((h.end, region));
        cut = h.end;
    }
    out
}

/// The short form of a government body named after its region (山东省工业和信息化厅):
/// the region's level for the region (省工业和信息化厅, 市人民政府), by which the
/// article's later sentences name it.
pub fn government_short_forms(name: &str, lex: &Lexicon) -> Vec<String> {
    let (cut, last) = leading_regions(name, lex, false);
    let level = last.and_then(|r| lex.regions[r].name.chars().next_back());
    let rest = &name[cut..];
    match level {
        Some(l) if cut > 0 && rest.chars().count() >= 3 && "省市县区州盟旗".contains(l) => {
            vec![format!("{l}{rest}")]
        }
        _ => Vec::new(),
    }
}

/// The short forms of a park named after a chain of regions (印尼北马鲁古省哈马黑拉湾
/// 工业园): the name after each region of the chain (北马鲁古省哈马黑拉湾工业园,
/// 哈马黑拉湾工业园), as long as a proper part stays before its head; a later
/// sentence names the park by the shortest of them. 奉新县锂电新材料产业园 keeps its
/// county: 锂电新材料产业园 is anyone's.
pub fn park_short_forms(name: &str, lex: &Lexicon) -> Vec<String> {
    let mut out = Vec::new();
    for (end, _) in region_chain(name, lex, true) {
        let rest = &name[end..];
        let Some(&(h0, h1, _)) = lex.find_heads(rest).last() else {
            break;
        };
        let body = &rest[..h0];
        if h1 != rest.len()
            || body.chars().count() < 2
            || !lex.tag(body).iter().any(|t| {
                crate::entity::is_proper(lex, t.word, t.tag, lex.segmenter().has_word(t.word))
            })
        {
            break;
        }
        out.push(rest.to_string());
    }
    out
}

/// The short form of a research body named after its university (岚中理工大学钠电研究中心
/// is later 钠电研究中心): what follows the university's name, four characters or more.
pub fn institute_short_forms(name: &str) -> Vec<String> {
    name.find("大学")
        .map(|p| &name[p + "大学".len()..])
        .filter(|rest| rest.chars().count() >= 4)
        .map(|rest| vec![rest.to_string()])
        .unwrap_or_default()
}

/// The short forms of a university's school named after it (浙西理工大学材料科学与
/// 工程学院): the school's own name and its first two characters with 学院
/// (材料科学与工程学院, 材料学院), which name the university the school is folded into.
pub fn school_short_forms(name: &str) -> Vec<String> {
    let Some(school) = name
        .rsplit_once("大学")
        .and_then(|(_, s)| s.strip_suffix("学院"))
        .filter(|s| s.chars().count() >= 2)
    else {
        return Vec::new();
    };
    let mut out = vec![format!("{school}学院")];
    if school.chars().count() > 2 {
        out.push(format!(
            "{}学院",
            school.chars().take(2).collect::<String>()
        ));
    }
    out
}

/// A legal form abroad ending a Latin name, with the separator before it.
static LATIN_FORM_AT_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r",? {}$", crate::entity::LATIN_LEGAL_FORM)).expect("static regex")
});

/// Candidate short forms of a full company name.
pub fn short_forms(name: &str, lex: &Lexicon) -> Vec<String> {
    // A company abroad is called by its name without the legal form (Kestrel Lithium
    // Ltd. → Kestrel Lithium), and by its first word when that is no common word of
    // company names (Kestrel; not China of China Molybdenum Co., Ltd.).
    if name.is_ascii() {
        let base = LATIN_FORM_AT_END.replace(name, "");
        let mut out = Vec::new();
        if base.len() >= 3 && base.len() < name.len() {
            out.push(base.to_string());
            if let Some(first) = base.split(' ').next()
                && first.len() >= 3
                && first.len() < base.len()
                && !lex.words.latin_common.iter().any(|w| w == first)
            {
                out.push(first.to_string());
            }
        }
        return out;
    }
    // A branch (…有限公司华北分公司) is called by no short form of its company's name.
    if name.ends_with("分公司") {
        return Vec::new();
    }
    let mut base = name;
    // A group's short name often keeps the word (永盛控股集团 of 浙江永盛控股集团有限公司).
    let mut group = false;
    for f in &lex.words.short_legal {
        if let Some(b) = base.strip_suffix(f.as_str()) {
            base = b;
            group = f.starts_with("集团");
            break;
        }
    }
    if base == name && !name.ends_with("集团") {
        // Only registered names (with a legal form) or groups have short forms.
        return Vec::new();
    }
    // A seat in brackets is no part of the short name (鹤鸣电池（岚山）有限公司 is
    // 鹤鸣电池, 中能新源（盐城）储能科技有限公司 中能新源储能科技 and so on).
    let unbracketed = without_bracketed_region(base, lex);
    let base = unbracketed.as_str();
    let mut out: Vec<String> = Vec::new();
    let push_chain = |start: &'_ str, out: &mut Vec<String>| -> String {
        let mut s = start;
        // The industry words stripped, last first: the brand is also called by
        // any of them (璟膜科技 of 南通璟膜新材料科技股份有限公司).
        let mut stripped: Vec<&str> = Vec::new();
        loop {
            if s.chars().count() >= 2 {
                out.push(s.to_string());
                // 华锂新材料 is also 华锂新材.
                for (word, abbrev) in &lex.words.short_abbrev {
                    if let Some(stem) = s.strip_suffix(word.as_str())
                        && stem.chars().count() >= 2
                    {
                        out.push(format!("{stem}{abbrev}"));
                    }
                }
            }
            let Some((next, word)) = lex
                .words
                .short_industry
                .iter()
                .find_map(|w| Some((s.strip_suffix(w.as_str())?, w.as_str())))
            else {
                break;
            };
            stripped.push(word);
            s = next;
        }
        if s.chars().count() >= 2 && s != start {
            for w in stripped.iter().rev().skip(1) {
                out.push(format!("{s}{w}"));
            }
        }
        s.to_string()
    };
    let brand = push_chain(base, &mut out);
    // Without its region prefix (湖南裕能 → 裕能).
    let (cut, _) = leading_regions(base, lex, true);
    let without_region = (cut > 0 && cut < base.len()).then(|| &base[cut..]);
    let bare_brand = without_region.map(|r| push_chain(r, &mut out));
    // A company is also called by the first two characters of its name after the
    // region and the word 公司 (恒泽公司 of 南京恒泽安全技术咨询有限公司), when they are
    // no domain word (新能 of 新能源科技 is none).
    let own = without_region.unwrap_or(base);
    if own.chars().count() >= 4 && !group {
        let two: String = own.chars().take(2).collect();
        let plain_opens = own
            .char_indices()
            .skip(2)
            .take(3)
            .any(|(i, _)| lex.name_plain.contains(&own[..i]))
            || lex.name_plain.contains(own);
        if !plain_opens
            && !lex.generic.contains(&two)
            && lex.scan(&two).is_empty()
            && lex.scan(own).first().is_none_or(|h| h.start >= two.len())
        {
            out.push(format!("{two}公司"));
        }
    }
    if group {
        // And by its brand alone (华拓集团 of 广东华拓再生资源集团有限公司).
        let brands = [brand.as_str()]
            .into_iter()
            .chain(bare_brand.as_deref())
            .filter(|b| b.chars().count() >= 2);
        let forms: Vec<String> = std::iter::once(base)
            .chain(without_region)
            .chain(brands)
            .map(|s| format!("{s}集团"))
            .collect();
        out.extend(forms);
    }
    out.retain(|s| {
        s != name
            && s.chars().count() >= 2
            && !lex.generic.contains(s)
            && !lex.name_plain.contains(s)
            && lex.scan(s).iter().all(|h| {
                // A short form that is wholly a region, product or stage word names that instead.
                !(h.start == 0 && h.end == s.len())
            })
            // Two-character short forms must not be ordinary words (裕能 yes, 科技 no).
            && (s.chars().count() > 2 || !lex.segmenter().has_word(s))
    });
    out.sort();
    out.dedup();
    out
}

/// `name` without the regions it holds in brackets ((香港), （盐城）).
fn without_bracketed_region(name: &str, lex: &Lexicon) -> String {
    let mut out = String::with_capacity(name.len());
    let mut rest = name;
    while let Some(open) = rest.find(['（', '(']) {
        let inner_start = open + rest[open..].chars().next().map_or(1, char::len_utf8);
        let Some(close) = rest[inner_start..].find(['）', ')']) else {
            break;
        };
        let inner = &rest[inner_start..inner_start + close];
        let after = inner_start
            + close
            + rest[inner_start + close..]
                .chars()
                .next()
                .map_or(1, char::len_utf8);
        out.push_str(&rest[..open]);
        if !lex.names_place(inner) {
            out.push_str(&rest[open..after]);
        }
        rest = &rest[after..];
    }
    out.push_str(rest);
    out
}

/// Adds a short-form mention at bytes `b0..b1` unless it overlaps a top-level
/// mention partly or is inside one; top-level mentions wholly inside it (a region
/// in 江苏时代) become nested in it.
fn add_covering(rec: &mut Recognition, m: Mention) {
    let (b0, b1) = (m.byte_start, m.byte_end);
    let mut inside = Vec::new();
    for (i, x) in rec.mentions.iter().enumerate() {
        if x.nested_in.is_some() || x.byte_end <= b0 || b1 <= x.byte_start {
            continue;
        }
        if b0 <= x.byte_start && x.byte_end <= b1 && (x.byte_start, x.byte_end) != (b0, b1) {
            inside.push(i);
        } else {
            return;
        }
    }
    let idx = rec.mentions.len();
    for i in inside {
        rec.mentions[i].nested_in = Some(idx);
    }
    rec.mentions.push(m);
}

/// A mention of an already known entity at bytes `b0..b1`, in the sentence holding it.
fn mention_at(
    text: &str,
    sentences: &[Sentence],
    (b0, b1): (usize, usize),
    kind: EntityType,
    canonical: String,
    link: Link,
    found: Found,
) -> Option<Mention> {
    let s = sentences
        .iter()
        .find(|s| s.byte_start <= b0 && b1 <= s.byte_end)?;
    let start = s.start + text[s.byte_start..b0].chars().count();
    Some(Mention {
        kind,
        text: text[b0..b1].to_string(),
        canonical,
        start,
        end: start + text[b0..b1].chars().count(),
        byte_start: b0,
        byte_end: b1,
        sentence: s.index,
        link,
        found,
        nested_in: None,
    })
}

/// Every occurrence of a few patterns, leftmost-longest and non-overlapping, as
/// (byte start, byte end, pattern).
fn find_all<S: AsRef<str>>(text: &str, patterns: &[S]) -> Vec<(usize, usize, usize)> {
    // A handful of names per document: one SIMD substring search each is cheaper
    // than building an automaton for them (measured with callgrind).
    let mut hits: Vec<(usize, usize, usize)> = Vec::new();
    for (i, p) in patterns.iter().enumerate() {
        let p = p.as_ref();
        if p.is_empty() {
            continue;
        }
        hits.extend(memchr::memmem::find_iter(text.as_bytes(), p).map(|b| (b, b + p.len(), i)));
    }
    hits.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
    let mut out: Vec<(usize, usize, usize)> = Vec::with_capacity(hits.len());
    for h in hits {
        if out.last().is_none_or(|l| h.0 >= l.1) {
            out.push(h);
        }
    }
    out
}

/// Finds the short forms of full names, and the places found after their parent
/// region, in the rest of the document.
fn add_short_forms(text: &str, sentences: &[Sentence], rec: &mut Recognition, lex: &Lexicon) {
    let mut forms: Vec<(String, usize)> = Vec::new();
    // A name written again derives nothing new: its first mention claims its forms.
    let mut done: HashSet<(EntityType, &str)> = HashSet::default();
    for (i, m) in rec.mentions.iter().enumerate() {
        if m.nested_in.is_some() || m.found == Found::ShortForm {
            continue;
        }
        let derive: fn(&str, &Lexicon) -> Vec<String> = match m.kind {
            EntityType::Company => short_forms,
            EntityType::University => |name, _| school_short_forms(name),
            EntityType::Government => government_short_forms,
            EntityType::Park => park_short_forms,
            EntityType::Institute => |name, _| institute_short_forms(name),
            // A place found after its parent is named alone later (为北马鲁古省),
            // and a standard by its title where nothing says it is one.
            EntityType::Region if m.found == Found::Place => |name, _| vec![name.to_string()],
            EntityType::Policy => |name, _| vec![name.to_string()],
            _ => continue,
        };
        if done.insert((m.kind, m.text.as_str())) {
            for s in derive(&m.text, lex) {
                forms.push((s, i));
            }
        }
    }
    if forms.is_empty() {
        return;
    }
    // The first full name claiming a short form keeps it.
    let mut seen: HashMap<String, usize> = HashMap::default();
    for (s, i) in &forms {
        seen.entry(s.clone()).or_insert(*i);
    }
    let mut pats: Vec<(String, usize)> = seen.into_iter().collect();
    pats.sort();
    let canon: Vec<(String, Link, EntityType)> = pats
        .iter()
        .map(|(_, i)| {
            let m = &rec.mentions[*i];
            (m.canonical.clone(), m.link, m.kind)
        })
        .collect();
    // A research body's short form (钠电研究中心) is only domain words and a head: it
    // stands for the full name alone, not glued to characters before it (鹰潭和聚锂电
    // 研究院 is another body).
    let glued = |kind: EntityType, b0: usize| {
        kind == EntityType::Institute && text[..b0].chars().next_back().is_some_and(is_cjk)
    };
    // Existing mentions whose text is a short form join their full name.
    // (The kinds that have derived forms are tested first: the search is linear.)
    for m in rec.mentions.iter_mut() {
        if m.link == Link::None
            && !glued(m.kind, m.byte_start)
            && matches!(
                m.kind,
                EntityType::Company
                    | EntityType::University
                    | EntityType::Government
                    | EntityType::Park
                    | EntityType::Institute
            )
            && let Some(k) = pats.iter().position(|(p, _)| *p == m.text)
            && m.kind == canon[k].2
        {
            m.canonical = canon[k].0.clone();
            m.link = canon[k].1;
        }
    }
    // A mention that is a short form with one character more before it, which the
    // segmenter glued to the name (直接上澜芯动力的PACK线: 上澜 read as one word), is
    // the short form: that character is the verb before it.
    for m in rec.mentions.iter_mut() {
        if m.link != Link::None || m.kind != EntityType::Company || m.nested_in.is_some() {
            continue;
        }
        let Some(first) = m.text.chars().next().filter(|&c| is_cjk(c)) else {
            continue;
        };
        let rest = &m.text[first.len_utf8()..];
        if let Some(k) = pats.iter().position(|(p, _)| p == rest)
            && m.kind == canon[k].2
            && !canon[k].0.contains(m.text.as_str())
        {
            m.byte_start += first.len_utf8();
            m.start += 1;
            m.text = rest.to_string();
            m.canonical = canon[k].0.clone();
            m.link = canon[k].1;
        }
    }
    let names: Vec<&str> = pats.iter().map(|(p, _)| p.as_str()).collect();
    for (b0, b1, pattern) in find_all(text, &names) {
        let (canonical, link, kind) = canon[pattern].clone();
        if glued(kind, b0) {
            continue;
        }
        if let Some(m) = mention_at(
            text,
            sentences,
            (b0, b1),
            kind,
            canonical,
            link,
            Found::ShortForm,
        ) {
            add_covering(rec, m);
        }
    }
}

/// A department's words for itself (我厅, 本局, 我委, 我办) name the government body of
/// the document whose name ends so (…工业和信息化厅, …发展和改革委员会): the first its
/// header names (a department's reply, notice or report opens on its own name), else
/// the one it names most, of equals the first.
fn own_department(text: &str, sentences: &[Sentence], rec: &mut Recognition) {
    const FORMS: [(&str, &[&str]); 4] = [
        ("厅", &["厅"]),
        ("局", &["局"]),
        ("委", &["委", "委员会"]),
        ("办", &["办", "办公室"]),
    ];
    if !text.contains("我") && !text.contains("本") {
        return;
    }
    for (word, ends) in FORMS {
        let forms = [format!("我{word}"), format!("本{word}")];
        if !forms.iter().any(|f| text.contains(f.as_str())) {
            continue;
        }
        let mut count: HashMap<String, (usize, usize)> = HashMap::default();
        for (i, m) in rec.mentions.iter().enumerate() {
            if m.nested_in.is_none()
                && m.kind == EntityType::Government
                && ends.iter().any(|e| m.canonical.ends_with(e))
            {
                count.entry(m.canonical.clone()).or_insert((0, i)).0 += 1;
            }
        }
        let header = crate::read::first_chars(text, HEADER_CHARS).len();
        let in_header = count
            .values()
            .filter(|&&(_, i)| rec.mentions[i].byte_end <= header)
            .min_by_key(|&&(_, i)| rec.mentions[i].start);
        let Some(&(_, first)) = in_header.or_else(|| {
            count
                .values()
                .max_by_key(|&&(n, i)| (n, std::cmp::Reverse(rec.mentions[i].start)))
        }) else {
            continue;
        };
        let (canonical, link) = (
            rec.mentions[first].canonical.clone(),
            rec.mentions[first].link,
        );
        for (b0, b1, _) in find_all(text, &forms) {
            if let Some(m) = mention_at(
                text,
                sentences,
                (b0, b1),
                EntityType::Government,
                canonical.clone(),
                link,
                Found::FirstPerson,
            ) {
                add_covering(rec, m);
            }
        }
    }
}

/// How far into a document its header runs, in characters.
const HEADER_CHARS: usize = 300;

/// Words by which the document's own organization names itself become its mentions:
/// 本公司 and 我司 anywhere, in an interview 我们, 公司 (on its own) and the
/// question's 贵公司, and in a listed company's announcement or report 公司. That organization is the one the document names most (an
/// interview is about its guest's company, an announcement is its issuer's), so a
/// document that names none gets no such mentions.
fn first_person(text: &str, sentences: &[Sentence], rec: &mut Recognition, lex: &Lexicon) {
    let words = &lex.words;
    let interview = words.interview_marks.iter().any(|w| {
        // A speaker's label (记者：, 问：) opens a line of the dialogue or ends the line
        // naming the asker (投资者_X7k20e　提问：); inside a line it is a report's
        // quotation (他告诉记者：“…”), which makes no interview.
        if w.ends_with(['：', ':']) {
            text.contains(w.as_str())
                && text.lines().any(|l| {
                    let l = l.trim_matches(|c: char| c.is_whitespace());
                    l.starts_with(w.as_str()) || l.ends_with(w.as_str())
                })
        } else {
            text.contains(w.as_str())
        }
    });
    // A listed company's announcement or report calls its issuer 公司 throughout. Its
    // mark stands in its header (公告编号, a prospectus's running title), not in a news
    // item that reports the filing.
    let head = crate::read::first_chars(text, HEADER_CHARS);
    let own_document = words
        .own_document_marks
        .iter()
        .any(|w| head.contains(w.as_str()));
    // A company whose short name the text declares to be 公司 (A（以下简称“鲁晶新材”
    // 或“公司”）, as a research report or a filing's summary writes) is 公司 from
    // there on, whoever else it names more.
    let declared = rec.mentions.iter().position(|m| {
        m.nested_in.is_none()
            && m.kind == EntityType::Company
            && SHORT_NAME_NOTE
                .captures(&text[m.byte_end..])
                .and_then(|cap| cap.get(1))
                .is_some_and(|note| {
                    QUOTED_NAME.captures_iter(note.as_str()).any(|q| {
                        q.get(1).is_some_and(|n| {
                            words.issuer_words.iter().any(|w| w == n.as_str().trim())
                        })
                    })
                })
    });
    let mut forms: Vec<&str> = words.own_first_person.iter().map(String::as_str).collect();
    if interview {
        forms.extend(words.first_person.iter().map(String::as_str));
    }
    if own_document || declared.is_some() {
        forms.extend(words.issuer_words.iter().map(String::as_str));
    }
    if !forms.iter().any(|f| text.contains(f)) {
        return;
    }
    let orgs = [
        EntityType::Company,
        EntityType::University,
        EntityType::Institute,
        EntityType::Association,
    ];
    let mut count: HashMap<(EntityType, String), (usize, usize)> = HashMap::default();
    for (i, m) in rec.mentions.iter().enumerate() {
        if m.nested_in.is_none() && orgs.contains(&m.kind) {
            count.entry(key(m)).or_insert((0, i)).0 += 1;
        }
    }
    // The most mentioned; of equals, the first named. A listed company's own
    // announcement names its issuer first, in its header, and may then name the other
    // party of a contract more often: there the first named is the issuer.
    let chosen = if let Some(d) = declared {
        count.get(&key(&rec.mentions[d]))
    } else if own_document && !interview {
        count.values().min_by_key(|&&(_, i)| rec.mentions[i].start)
    } else {
        count
            .values()
            .max_by_key(|&&(n, i)| (n, std::cmp::Reverse(rec.mentions[i].start)))
    };
    let Some(&(_, first)) = chosen else {
        return;
    };
    let (kind, canonical, link) = {
        let m = &rec.mentions[first];
        (m.kind, m.canonical.clone(), m.link)
    };
    for (b0, b1, _) in find_all(text, &forms) {
        // 公司 on its own, opening a clause or after a time word or preposition
        // (目前公司, 届时公司, 对公司, 占公司…营业收入): not the end of 子公司, 该公司 or a name.
        // So, in the issuer's own text, is 公司 after a verb of joining or holding a post
        // (2019年加入公司, 现任公司研究院院长), but not after 责任 (有限责任公司).
        let prev = text[..b0].chars().next_back();
        let joined = (own_document || declared.is_some())
            && ["加入", "入职", "任"]
                .iter()
                .any(|w| text[..b0].ends_with(w))
            && !text[..b0].ends_with("责任");
        if text[b0..b1] == *"公司"
            && !joined
            && prev.is_some_and(|c| {
                crate::read::is_cjk(c)
                    && !"时前后年月日底今在外中对给向为让使也还就都但而将即已则占".contains(c)
            })
        {
            continue;
        }
        if let Some(m) = mention_at(
            text,
            sentences,
            (b0, b1),
            kind,
            canonical.clone(),
            link,
            Found::FirstPerson,
        ) {
            add_covering(rec, m);
        }
    }
}

/// A person named once with a title is the same person wherever the name recurs
/// without one (谭知远: …; 陈思远说).
fn repeated_person_names(text: &str, sentences: &[Sentence], rec: &mut Recognition) {
    let mut names: Vec<String> = rec
        .mentions
        .iter()
        .filter(|m| m.kind == EntityType::Person && m.nested_in.is_none())
        .map(|m| m.text.clone())
        .filter(|n| n.chars().count() >= 2)
        .collect();
    names.sort();
    names.dedup();
    if names.is_empty() {
        return;
    }
    let hits = find_all(text, &names);
    for (b0, b1, p) in hits {
        // Not inside a longer run of the same script (黄建宇 inside 黄建宇宙).
        let next = text[b1..].chars().next();
        if next.is_some_and(|c| {
            crate::read::is_cjk(c)
                && !"说在表示介绍:指出认为称等和与、也还就对是的同现为系任曾担率向".contains(c)
        }) {
            continue;
        }
        if let Some(m) = mention_at(
            text,
            sentences,
            (b0, b1),
            EntityType::Person,
            names[p].clone(),
            Link::None,
            Found::Person,
        ) {
            add_covering(rec, m);
        }
    }
}

/// A short name the text declares right after a name joins that name:
/// 贵州黔能新材料科技股份有限公司(以下简称“黔能新材”), 《…》(以下简称“锂十条”).
/// Every later occurrence of the short name is a mention of the same entity.
fn declared_short_names(text: &str, sentences: &[Sentence], rec: &mut Recognition, lex: &Lexicon) {
    let mut declared: Vec<(String, usize)> = Vec::new();
    for (i, m) in rec.mentions.iter().enumerate() {
        if m.nested_in.is_some()
            || matches!(
                m.kind,
                EntityType::Region | EntityType::Product | EntityType::Stage | EntityType::Person
            )
        {
            continue;
        }
        let after = &text[m.byte_end..];
        if let Some(cap) = LISTED_SHORT_NAME.captures(after) {
            let short = cap.get(1).expect("group 1").as_str();
            if short != m.text && !lex.generic.contains(short) {
                declared.push((short.to_string(), i));
            }
        }
        // A bare bracket holding an abbreviation of the name (肇庆高新技术产业开发区
        // （肇庆高新区）, 宁德时代新能源科技股份有限公司（宁德时代）): its first
        // character and the rest in the name's order.
        if let Some(cap) = BRACKETED_ABBREVIATION.captures(after) {
            let short = cap.get(1).expect("group 1").as_str();
            if abbreviates(short, &m.text) && !lex.generic.contains(short) {
                declared.push((short.to_string(), i));
            }
        }
        if let Some(cap) = SHORT_NAME_NOTE.captures(after) {
            for q in QUOTED_NAME.captures_iter(cap.get(1).expect("group 1").as_str()) {
                let short = q.get(1).expect("group 1").as_str().trim();
                // A company's generic word (公司, 集团) stays a back-reference, not a
                // name; another body's is its name where the text declares it
                // (关中锂电池产业创新联盟（以下简称“联盟”）…当选联盟理事长).
                if short.chars().count() >= 2
                    && short != m.text
                    && (!lex.generic.contains(short) || m.kind != EntityType::Company)
                {
                    declared.push((short.to_string(), i));
                }
            }
        }
    }
    // A glossary's lines (释义: 岷峰锂业、标的公司一  指  阿坝州岷峰锂业有限公司): each
    // short name before 指 is the name after it, the document says so, generic words
    // (本公司, 上市公司) too.
    // So does a quoted short name defined in a sentence (注：“常州经开区”指常州经济开发区).
    if text.contains('指') {
        // The mention that is the whole value at byte `at`, maybe with a note after a
        // comma (沐辰控股  指  A有限公司，系上市公司控股股东); not a thing it has
        // (标的资产  指  岷峰锂业100%股权).
        let value_at = |rec: &Recognition, at: usize| {
            rec.mentions.iter().position(|m| {
                m.byte_start == at
                    && (m.byte_end == text.len()
                        || text[m.byte_end..]
                            .starts_with(['\n', '\r', '，', ',', '；', ';', '。', '（', '(']))
                    && m.nested_in.is_none()
                    && !matches!(
                        m.kind,
                        EntityType::Region | EntityType::Product | EntityType::Stage
                    )
            })
        };
        let mut at = 0;
        for line in text.split_inclusive('\n') {
            if let Some(cap) = GLOSSARY_LINE.captures(line)
                && let Some(i) = value_at(rec, at + cap.get(0).expect("match").end())
            {
                for short in cap.get(1).expect("group 1").as_str().split('、') {
                    if short.chars().count() >= 2 && short != rec.mentions[i].text {
                        declared.push((short.to_string(), i));
                    }
                }
            }
            at += line.len();
        }
        for cap in QUOTED_DEFINITION.captures_iter(text) {
            let short = cap.get(1).expect("group 1").as_str();
            if let Some(i) = value_at(rec, cap.get(0).expect("match").end())
                && short != rec.mentions[i].text
            {
                declared.push((short.to_string(), i));
            }
        }
    }
    if declared.is_empty() {
        return;
    }
    let full: Vec<(EntityType, String, Link)> = declared
        .iter()
        .map(|(_, i)| {
            let m = &rec.mentions[*i];
            (m.kind, m.canonical.clone(), m.link)
        })
        .collect();
    for m in rec.mentions.iter_mut() {
        if let Some(k) = declared.iter().position(|(s, _)| *s == m.text) {
            m.kind = full[k].0;
            m.canonical = full[k].1.clone();
            m.link = full[k].2;
        }
    }
    let names: Vec<&str> = declared.iter().map(|(s, _)| s.as_str()).collect();
    let hits = find_all(text, &names);
    for (b0, b1, pattern) in hits {
        let (kind, canonical, link) = full[pattern].clone();
        if let Some(m) = mention_at(
            text,
            sentences,
            (b0, b1),
            kind,
            canonical,
            link,
            Found::ShortForm,
        ) {
            add_covering(rec, m);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clean::clean_str;
    use crate::{entity, sentence};

    fn lex() -> &'static Lexicon {
        static L: std::sync::LazyLock<Lexicon> =
            std::sync::LazyLock::new(|| Lexicon::builtin().expect("built-in lexicon"));
        &L
    }

    /// The companies of `text` after resolution: (name, aliases).
    fn companies(text: &str) -> Vec<(String, Vec<String>)> {
        let c = clean_str("t", text);
        let s = sentence::split(&c);
        let mut rec = entity::recognize(&c, &s, lex());
        resolve(&c.text, &s, &mut rec, lex())
            .entities
            .into_iter()
            .filter(|e| e.kind == EntityType::Company)
            .map(|e| (e.name, e.aliases.into_iter().collect()))
            .collect()
    }

    /// The aliases of the company called `name` in `cs`; panics when there is none.
    fn aliases_of<'a>(
        cs: &'a [(String, Vec<String>)],
        name: &str,
    ) -> impl Iterator<Item = &'a String> {
        cs.iter()
            .find(|(n, _)| n == name)
            .unwrap_or_else(|| panic!("no {name} in {cs:?}"))
            .1
            .iter()
    }

    /// The mentions of `text` after resolution.
    fn resolved_mentions(text: &str) -> Vec<Mention> {
        let c = clean_str("t", text);
        let s = sentence::split(&c);
        let mut rec = entity::recognize(&c, &s, lex());
        resolve(&c.text, &s, &mut rec, lex());
        rec.mentions
    }

    /// The entities of `kind` in `text` after resolution: (name, mentions).
    fn named(text: &str, kind: EntityType) -> Vec<(String, usize)> {
        let c = clean_str("t", text);
        let s = sentence::split(&c);
        let mut rec = entity::recognize(&c, &s, lex());
        resolve(&c.text, &s, &mut rec, lex())
            .entities
            .into_iter()
            .filter(|e| e.kind == kind)
            .map(|e| (e.name, e.mentions))
            .collect()
    }

    #[test]
    fn a_research_body_named_after_its_university_is_later_called_without_it() {
        let t = "渭岚理工大学钠电研究中心于2023年成立。\
                 渭岚理工大学材料学院院长、钠电研究中心主任黎文渊教授作报告。";
        assert_eq!(
            named(t, EntityType::Institute),
            [("渭岚理工大学钠电研究中心".to_string(), 2)]
        );
        // Not inside another body's name (鹰潭和聚锂电研究院).
        let t = "渭岚理工大学锂电研究院于2023年成立。\
                 岚州大学院士、鹰潭和聚锂电研究院教授乌杰平介绍，进展顺利。";
        assert_eq!(
            named(t, EntityType::Institute),
            [("渭岚理工大学锂电研究院".to_string(), 1)]
        );
    }

    #[test]
    fn a_bodys_declared_generic_short_name_is_its_name_a_companys_is_not() {
        let t = "渭岚锂电池产业创新联盟（以下简称“联盟”）于11月成立。联盟首批吸纳成员单位56家。";
        assert_eq!(
            named(t, EntityType::Association),
            [("渭岚锂电池产业创新联盟".to_string(), 3)]
        );
        let t = "岚秦控股集团股份有限公司（以下简称“集团”）于11月成立。集团首批吸纳员工56人。";
        assert_eq!(
            named(t, EntityType::Company),
            [("岚秦控股集团股份有限公司".to_string(), 1)]
        );
    }

    #[test]
    fn a_park_called_by_its_kinds_contraction_is_the_one_park_of_that_kind() {
        let t = "活动在滁州经济技术开发区举行。岚辰储能科技有限公司项目选址经开区城东片区。\
                 另一项目落户全椒经济开发区。";
        let parks = named(t, EntityType::Park);
        assert!(
            parks.contains(&("滁州经济技术开发区".to_string(), 2)),
            "{parks:?}"
        );
        // Two parks of the kind: the contraction names neither.
        let t =
            "活动在滁州经济技术开发区举行。另一项目在合肥经济技术开发区。项目选址经开区城东片区。";
        assert!(named(t, EntityType::Park).iter().all(|(_, n)| *n == 1));
        // Another place's (定远经开区) is not this one.
        let t = "活动在滁州经济技术开发区举行。另有项目落户定远经开区。";
        assert_eq!(named(t, EntityType::Park)[0].1, 1);
    }

    #[test]
    fn an_event_named_with_its_holder_is_the_same_event_where_the_holder_stands_apart() {
        let t = "岚峤动力2025全球供应商大会举行\n\
                 12月19日，安徽岚峤动力科技股份有限公司（以下简称“岚峤动力”）2025全球供应商大会在滁州召开。";
        assert_eq!(
            named(t, EntityType::Event),
            [("岚峤动力2025全球供应商大会".to_string(), 2)]
        );
        // Not where what stands before is no organization's name.
        let t = "岚山2025全球供应商大会举行。安徽岚峤动力科技股份有限公司2025全球供应商大会在滁州召开。";
        assert_eq!(named(t, EntityType::Event).len(), 2);
    }

    #[test]
    fn a_cell_of_a_column_of_people_may_list_several() {
        // Regression: 发明人 | 郑文彬、黄丽萍、谢志坚 named none of them.
        let t = "序号 | 专利号 | 专利名称 | 专利权人 | 发明人\n\
                 1 | ZL202110583264.7 | 一种正极材料及其制备方法 | 龙岩岚锂新材料股份有限公司 | 郑文彬、黄丽萍、谢志坚\n\
                 2 | ZL202010947712.3 | 一种电解液 | 福建岚泓化学股份有限公司 | 陈淑华\n";
        let people: Vec<String> = named(t, EntityType::Person)
            .into_iter()
            .map(|(n, _)| n)
            .collect();
        for p in ["郑文彬", "黄丽萍", "谢志坚", "陈淑华"] {
            assert!(people.iter().any(|n| n == p), "{p}: {people:?}");
        }
    }

    #[test]
    fn a_bracket_holding_an_abbreviation_of_the_name_declares_it() {
        // Regression: 肇庆高新技术产业开发区（肇庆高新区） made two parks.
        let t = "该基地落户岚庆高新技术产业开发区（岚庆高新区），总投资85亿元。岚峰动力的电池包工厂也在岚庆高新区。";
        let parks = named(t, EntityType::Park);
        assert_eq!(
            parks,
            [("岚庆高新技术产业开发区".to_string(), 3)],
            "{parks:?}"
        );
        // A note that is no abbreviation (参股公司) declares nothing.
        assert!(abbreviates("岚庆高新区", "岚庆高新技术产业开发区"));
        assert!(!abbreviates("参股公司", "岚峰锂业有限公司"));
        assert!(!abbreviates("华东", "中国石油大学"));
    }

    #[test]
    fn a_glossarys_short_names_are_the_full_name_after_zhi() {
        let t = "释义\n\
                 本公司、岚峰新材　　指　岚峰蓝田新材料股份有限公司\n\
                 鹤源控股　　　　　　指　柯山鹤源控股集团有限公司，系本公司控股股东\n\
                 标的资产　　　　　　指　岚安锂业100%股权\n\
                 岚安锂业　　　　　　指　柯山岚安锂业有限公司\n\
                 岚峰新材拟收购岚安锂业，鹤源控股表示支持。\n";
        let cs = companies(t);
        let of = |name: &str| aliases_of(&cs, name).cloned().collect::<Vec<String>>();
        assert!(of("岚峰蓝田新材料股份有限公司").contains(&"岚峰新材".to_string()));
        assert!(of("岚峰蓝田新材料股份有限公司").contains(&"本公司".to_string()));
        assert!(of("柯山鹤源控股集团有限公司").contains(&"鹤源控股".to_string()));
        assert!(of("柯山岚安锂业有限公司").contains(&"岚安锂业".to_string()));
        // A thing the company has is no name of it.
        assert!(
            !cs.iter().any(|(_, a)| a.iter().any(|x| x == "标的资产")),
            "{cs:?}"
        );
        // A quoted short name defined in a sentence.
        let t = "注：“岚峰能科”指柯山岚峰能源科技有限公司；岚峰能科位于柯山。";
        let cs = companies(t);
        assert!(
            aliases_of(&cs, "柯山岚峰能源科技有限公司").any(|a| a == "岚峰能科"),
            "{cs:?}"
        );
    }

    #[test]
    fn a_role_names_its_party_only_when_one_party_holds_it() {
        let t = "招标人：岚峰储能科技有限公司\n中标人：鹤源电力工程有限公司\n经招标人确认，中标人承诺按期完工。\n";
        let cs = companies(t);
        assert!(
            aliases_of(&cs, "岚峰储能科技有限公司").any(|a| a == "招标人"),
            "{cs:?}"
        );
        // Regression: in a list of patents the first holder took 专利权人 as its name,
        // and every later 专利权人 line became its mention.
        let t = "一、正极材料专利\n专利权人：岚峰锂能新材料有限公司\n二、浮选专利\n\
                 专利权人：鹤岭锂业有限公司\n三、隔膜专利\n专利权人：岚溪隔膜有限公司；岚西理工大学\n";
        let cs = companies(t);
        assert!(
            !cs.iter().any(|(_, a)| a.iter().any(|x| x == "专利权人")),
            "{cs:?}"
        );
    }

    #[test]
    fn a_place_found_after_its_parent_is_the_same_place_when_named_alone() {
        let t = "项目选址宁晋县贾家口镇。贾家口镇距县城12公里。";
        assert!(named(t, EntityType::Region).contains(&("贾家口镇".to_string(), 2)));
        let t = "工厂位于印尼南苏门答腊省。项目将为南苏门答腊省创造就业。";
        assert!(named(t, EntityType::Region).contains(&("南苏门答腊省".to_string(), 2)));
    }

    #[test]
    fn a_company_abroad_is_called_without_its_legal_form_or_by_a_proper_first_word() {
        assert_eq!(
            short_forms("Kestrel Lithium Ltd.", lex()),
            ["Kestrel Lithium", "Kestrel"]
        );
        assert_eq!(short_forms("Velora S.p.A.", lex()), ["Velora"]);
        // A common first word names no one alone.
        assert_eq!(
            short_forms("China Lithium Mining Co., Ltd.", lex()),
            ["China Lithium Mining"]
        );
    }

    #[test]
    fn a_park_after_a_chain_of_regions_is_named_later_without_them() {
        // Regression: 白露塘工业园 after 湖南省郴州市苏仙区白露塘工业园 was another park.
        // (Recognition now leaves the address out of the name; the short forms
        // below still serve names the lexicon or a table gives whole.)
        let t = "三方将在湖南省郴州市苏仙区白露塘工业园建设项目。白露塘工业园位于苏仙区。";
        assert_eq!(
            named(t, EntityType::Park),
            [("白露塘工业园".to_string(), 2)]
        );
        assert_eq!(
            park_short_forms("印尼北马鲁古省岚湾工业园", lex()),
            ["北马鲁古省岚湾工业园", "岚湾工业园"]
        );
        // What stays must name the park: 锂电新材料产业园 is anyone's.
        assert_eq!(
            park_short_forms("江西省宜春市奉新县锂电新材料产业园", lex()),
            ["宜春市奉新县锂电新材料产业园", "奉新县锂电新材料产业园"]
        );
    }

    #[test]
    fn a_government_body_is_named_later_by_its_regions_level() {
        // Regression: 省工业和信息化厅 after 山东省工业和信息化厅 was no one, so its
        // deputy head worked nowhere.
        let t = "大会由山东省工业和信息化厅主办。省工业和信息化厅副厅长韩宏波出席。";
        assert_eq!(
            named(t, EntityType::Government),
            [("山东省工业和信息化厅".to_string(), 2)]
        );
        assert_eq!(
            government_short_forms("吉林省松原市宁江区发展和改革局", lex()),
            ["区发展和改革局"]
        );
        assert!(government_short_forms("工业和信息化部", lex()).is_empty());
    }

    #[test]
    fn a_regions_government_without_its_people_is_its_peoples_government() {
        // Regression: 宜宾市人民政府 and 宜宾市政府 were two governments.
        let t = "论坛由宜宾市人民政府主办。宜宾市政府与汀州锂电科技有限公司签约。";
        assert_eq!(
            named(t, EntityType::Government),
            [("宜宾市人民政府".to_string(), 2)]
        );
    }

    #[test]
    fn a_brand_is_called_by_any_industry_word_of_its_name() {
        let forms = short_forms("南通岚膜新材料科技股份有限公司", lex());
        assert!(forms.contains(&"岚膜科技".to_string()), "{forms:?}");
        assert!(forms.contains(&"岚膜新材料".to_string()), "{forms:?}");
    }

    #[test]
    fn trades_of_vehicles_metals_and_retail_are_stripped_for_short_names() {
        // Regression: 骐峰电动, 万骑车业 and 清远华拓 named no one.
        for (name, short) in [
            ("江门市岚峰电动车有限公司", "岚峰电动"),
            ("江门市岚骑车业连锁有限公司", "岚骑车业"),
            ("清远岚拓金属再生有限公司", "清远岚拓"),
            ("开平市岚朗电源有限公司", "岚朗"),
        ] {
            let forms = short_forms(name, lex());
            assert!(forms.iter().any(|f| f == short), "{name}: {forms:?}");
        }
    }

    #[test]
    fn a_group_is_called_by_its_brand_and_the_word_group() {
        let forms = short_forms("广东岚拓再生资源集团有限公司", lex());
        assert!(forms.iter().any(|f| f == "岚拓集团"), "{forms:?}");
    }

    #[test]
    fn a_company_is_called_by_its_first_two_characters_and_the_word_company() {
        let forms = short_forms("南京岚泽安全技术咨询有限公司", lex());
        assert!(forms.iter().any(|f| f == "岚泽公司"), "{forms:?}");
        // (Not by a domain word: 新能源科技 has no brand.)
        let forms = short_forms("南京新能源科技有限公司", lex());
        assert!(!forms.iter().any(|f| f == "新能公司"), "{forms:?}");
    }

    #[test]
    fn short_names_abbreviate_industry_words() {
        // Regression: 华锂新材 of 衢州华锂新材料科技有限公司 stayed no one.
        let t = "衢州汀锂新材料科技有限公司在衢州落户。汀锂新材董事长蒋文表示。";
        let cs = companies(t);
        assert!(
            aliases_of(&cs, "衢州汀锂新材料科技有限公司").any(|a| a == "汀锂新材"),
            "{cs:?}"
        );
        assert_eq!(cs.len(), 1, "{cs:?}");
    }

    #[test]
    fn a_schools_short_forms_name_its_university() {
        let t = "沅江理工大学材料科学与工程学院与汀州锂业有限公司签约。材料学院院长高文博出席。";
        assert_eq!(
            named(t, EntityType::University),
            [("沅江理工大学".to_string(), 2)]
        );
        assert_eq!(
            school_short_forms("沅江理工大学材料科学与工程学院"),
            ["材料科学与工程学院", "材料学院"]
        );
        assert!(school_short_forms("沅江理工大学").is_empty());
    }

    #[test]
    fn a_prospectus_calls_its_issuer_fa_xing_ren_and_gong_si() {
        let own = |t: &str| -> Vec<String> {
            resolved_mentions(t)
                .iter()
                .filter(|m| m.found == Found::FirstPerson)
                .map(|m| m.text.clone())
                .collect()
        };
        let t = "岚溪锂能科技股份有限公司            招股说明书（申报稿）\n\
                 岚溪锂能科技股份有限公司主要从事电解液的生产。发行人持有鹤岭锂盐有限公司100%股权。\
                 公司产品供应岚溪锂能科技股份有限公司以外的电池企业。";
        assert_eq!(own(t), ["发行人", "公司"]);
        // A news item that reports a filing is no company's own document.
        let t = "岚溪锂能科技股份有限公司主要从事电解液的生产。公司近日披露招股说明书。";
        assert!(
            own(&format!(
                "{}{t}",
                "岚溪锂能科技股份有限公司加快扩产。".repeat(20)
            ))
            .is_empty()
        );
    }

    #[test]
    fn wo_suo_is_the_institute_or_exchange_that_writes() {
        let t = "岚州锂电材料研究所发布年报。岚州锂电材料研究所与鹤岭锂业有限公司合作。\n\
                 2030年，我所累计授权专利96项。";
        assert_eq!(
            first_person_of(t),
            [("我所".to_string(), "岚州锂电材料研究所".to_string())]
        );
    }

    #[test]
    fn an_encyclopedia_entry_calls_its_company_gong_si() {
        // The entry's company is named first; its subsidiaries and customers may be
        // named as often, but 公司 is the entry's.
        let t = "岚溪锂能科技股份有限公司\n编辑 本词条由百科栏目审核\n\
                 岚溪锂能科技股份有限公司是一家正极材料企业。鹤岭锂盐有限公司为其子公司。\n\
                 鹤岭锂盐有限公司位于宜春。公司研发人员612人。";
        assert_eq!(
            first_person_of(t),
            [("公司".to_string(), "岚溪锂能科技股份有限公司".to_string())]
        );
    }

    /// The first-person mentions of `t`, as written and the name they stand for.
    fn first_person_of(t: &str) -> Vec<(String, String)> {
        resolved_mentions(t)
            .iter()
            .filter(|m| m.found == Found::FirstPerson)
            .map(|m| (m.text.clone(), m.canonical.clone()))
            .collect()
    }

    #[test]
    fn a_departments_word_for_itself_is_the_department_its_header_names() {
        let t = "岚州省工业和信息化厅关于省人大第12号建议的答复\n\
                 该建议由我厅主办，岚州省生态环境厅协办。\n\
                 2024年，我厅安排资金3260万元。岚州省生态环境厅开展执法检查。\n\
                 岚州省生态环境厅核发许可证5家。\n";
        let govs = named(t, EntityType::Government);
        assert!(
            govs.contains(&("岚州省工业和信息化厅".to_string(), 3)),
            "{govs:?}"
        );
        assert!(
            govs.contains(&("岚州省生态环境厅".to_string(), 3)),
            "{govs:?}"
        );
    }

    #[test]
    fn a_department_named_by_its_level_alone_is_the_main_regions() {
        let govs = |t: &str| -> Vec<(String, String)> {
            resolved_mentions(t)
                .iter()
                .filter(|m| m.kind == EntityType::Government && m.nested_in.is_none())
                .map(|m| (m.text.clone(), m.canonical.clone()))
                .collect()
        };
        let pair = |a: &str, b: &str| (a.to_string(), b.to_string());
        assert_eq!(
            govs("广西壮族自治区出台方案。牵头单位：自治区工业和信息化厅；责任单位：省科技厅。"),
            [pair("自治区工业和信息化厅", "广西壮族自治区工业和信息化厅")]
        );
        assert_eq!(
            govs("四川省出台方案。今年省科技厅会同省财政厅印发细则。"),
            [
                pair("省科技厅", "四川省科技厅"),
                pair("省财政厅", "四川省财政厅")
            ]
        );
        // Not inside a word, nor every body of a level.
        assert!(
            govs("宜昌市出台方案。来源：园区办公室。各设区市发展改革委、各市、县人民政府：")
                .is_empty()
        );
    }

    #[test]
    fn a_company_declared_gong_si_is_gong_si_wherever_the_text_says_it() {
        // Regression: a research report declares 公司 for the company it covers; with
        // no mark of a company's own document, 公司 stayed no one's.
        let own = |t: &str| -> Vec<(String, String)> {
            resolved_mentions(t)
                .iter()
                .filter(|m| m.found == Found::FirstPerson)
                .map(|m| (m.text.clone(), m.canonical.clone()))
                .collect()
        };
        let covered = "山东岚晶新能源材料股份有限公司";
        let t = format!(
            "{}{covered}（以下简称“岚晶新材”或“公司”）主营磷酸铁锂。目前公司已向宁德时代供货。",
            "岚岳证券股份有限公司发布研究报告。".repeat(3)
        );
        assert_eq!(
            own(&t),
            [
                ("公司".to_string(), covered.to_string()),
                ("公司".to_string(), covered.to_string())
            ]
        );
    }

    #[test]
    fn a_listed_companys_short_name_is_declared_without_quotes() {
        // Regression: (证券简称：X，证券代码：NNNNNN) declared nothing, so the short
        // name every later sentence uses stayed a company of its own.
        for t in [
            "四川宏川新材料股份有限公司（证券简称：宏川股份，证券代码：301927）发布公告。宏川股份拟收购锂矿。",
            "四川宏川新材料股份有限公司(股票代码:301927,股票简称:宏川股份)发布公告。宏川股份拟收购锂矿。",
            // A party's in a judgment, after its address or alone.
            "四川宏川新材料股份有限公司（以下简称宏川股份）起诉。宏川股份胜诉。",
            "四川宏川新材料股份有限公司（住所地四川省遂宁市，以下简称宏川股份）起诉。宏川股份胜诉。",
        ] {
            let cs = companies(t);
            assert_eq!(cs.len(), 1, "{t}: {cs:?}");
            assert!(cs[0].1.iter().any(|a| a == "宏川股份"), "{t}: {cs:?}");
        }
    }

    #[test]
    fn a_short_name_with_a_verb_glued_before_it_is_the_short_name() {
        // Regression: 直接上澜芯动力的PACK线 made a company 上澜芯动力 (上澜 read as one word).
        let t =
            "浙江岚芯动力科技有限公司（下称岚芯动力）自研电池包。电芯直接上岚芯动力的PACK线成组。";
        let cs = companies(t);
        assert_eq!(cs.len(), 1, "{cs:?}");
        assert_eq!(cs[0].0, "浙江岚芯动力科技有限公司");
        assert!(cs[0].1.iter().any(|a| a == "岚芯动力"), "{cs:?}");
    }

    #[test]
    fn a_row_of_a_table_of_fields_by_column_is_no_header() {
        // Regression: in 车型 | A款 | B款 then 厂商 | X | X, 厂商 was read as the header of
        // a column of companies, and every field label below it became one.
        let t = "车型\t2025款 Pro\t2025款 Max\n\
                 厂商\t岚澜汽车\t岚澜汽车\n\
                 电池能量(kWh)\t79.6\t96.3\n\
                 电池包结构\tCTB\tCTB\n";
        let cs = companies(t);
        assert!(
            cs.iter()
                .all(|(n, _)| n != "电池能量(kWh)" && n != "电池包结构"),
            "{cs:?}"
        );
        // A table whose header opens it still names its companies.
        let t = "厂商\t车型\t电池能量(kWh)\n\
                 岚澜汽车\tS7\t79.6\n";
        assert!(companies(t).iter().any(|(n, _)| n == "岚澜汽车"));
    }

    #[test]
    fn a_group_is_also_called_by_its_short_name_with_the_word_group() {
        // Regression: 永盛控股集团 stayed a company of its own beside 浙江永盛控股集团
        // 有限公司: the derived short forms had dropped 集团 with the legal form.
        let t = "宇瀚电池是浙江永盛控股集团有限公司旗下企业。永盛控股集团近两年累计向宇瀚电池注资8亿元。";
        let cs = companies(t);
        assert!(
            aliases_of(&cs, "浙江永盛控股集团有限公司").any(|a| a == "永盛控股集团"),
            "{cs:?}"
        );
        assert!(!cs.iter().any(|(n, _)| n == "永盛控股集团"), "{cs:?}");
        // Not for a company that is no group.
        assert!(
            !short_forms("浙江永盛电池有限公司", lex())
                .iter()
                .any(|s| s.ends_with("集团"))
        );
    }

    #[test]
    fn a_company_with_its_seat_in_brackets_is_called_without_it() {
        // Regression: 鹤鸣电池（岚山）有限公司 had no short form, so 鹤鸣电池 later in
        // the text was no mention and 供应鹤鸣电池 tied no one.
        assert!(short_forms("鹤鸣电池（岚山）有限公司", lex()).contains(&"鹤鸣电池".to_string()));
        let t =
            "鹤鸣电池（岚山）有限公司主要生产储能电芯。岚峰科技有限公司的产品主要供应鹤鸣电池。";
        let cs = companies(t);
        assert!(
            aliases_of(&cs, "鹤鸣电池（岚山）有限公司").any(|a| a == "鹤鸣电池"),
            "{cs:?}"
        );
        // A bracket that holds no place stays (鹤鸣（国际）有限公司 is not 鹤鸣).
        assert!(!short_forms("鹤鸣（国际）电池有限公司", lex()).contains(&"鹤鸣电池".to_string()));
    }

    #[test]
    fn a_name_in_another_script_or_an_english_name_field_is_the_same_company() {
        let t =
            "德国汽车制造商Norvik Automotive GmbH（诺维克汽车有限公司，以下简称“诺维克”）持股30%。";
        let cs = companies(t);
        assert_eq!(cs.len(), 1, "{cs:?}");
        let names: Vec<&String> = aliases_of(&cs, "Norvik Automotive GmbH").collect();
        assert!(names.iter().any(|a| *a == "诺维克汽车有限公司"), "{cs:?}");
        let t = "企业名称 | 梧州岚锂循环科技有限公司\n英文名称 | Wuzhou Lanli Recycling Co., Ltd.\n\
                 曾用名 | 梧州岚锂再生资源有限公司\n";
        let cs = companies(t);
        assert_eq!(cs.len(), 1, "{cs:?}");
        // Two companies of one script in brackets are two (A（B控股子公司） is not B).
        let t = "岚峰锂业有限公司（鹤岭矿业有限公司）出席。";
        assert_eq!(companies(t).len(), 2);
    }
}
