//! The domain knowledge the recognizer matches against: companies, products,
//! organizations, administrative divisions, generic words, surnames and stage
//! cues (replaceable with `--lexicon DIR`), and the name, title, trigger and
//! indicator rules and word lists of data/rules (built in).
//!
//! Input: the TSV/TXT files documented in data/README.md. Output: a [`Lexicon`]
//! with one Aho-Corasick automaton (leftmost-longest) over every written form
//! and a jieba segmenter that knows every name. Invariant: a malformed line is an
//! [`Error::Lexicon`] naming file and line; a loaded lexicon is never partial.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::path::{Path, PathBuf};

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};

use crate::error::{Error, Result};
use crate::model::{EntityType, Relation, Stage};

/// A named thing the lexicon knows: a company, product, university, institute,
/// association or government body.
#[derive(Debug, Clone)]
pub struct Entry {
    /// Canonical name.
    pub name: String,
    /// Entity type.
    pub kind: EntityType,
    /// Other written forms (short names, full registered names, qualified forms).
    pub aliases: Vec<String>,
    /// English names and abbreviations.
    pub english: Vec<String>,
    /// Chain stages (a product's stage; a company's stages).
    pub stages: Vec<Stage>,
    /// Home region, canonical name.
    pub region: Option<String>,
}

/// Administrative level of a region.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Level {
    /// A country outside China (data/lexicon/countries.tsv): no parent.
    Country,
    /// 省、自治区、直辖市、特别行政区; abroad, a state or province (foreign_places.tsv)
    Province,
    /// 地级市、自治州、地区、盟; abroad, a city
    City,
    /// 县、区、县级市、旗
    County,
}

/// A Chinese administrative division, or a country.
#[derive(Debug, Clone)]
pub struct Region {
    /// Administrative code.
    pub code: String,
    /// Canonical full name (郴州市).
    pub name: String,
    /// Level.
    pub level: Level,
    /// Index of the parent division in [`Lexicon::regions`].
    pub parent: Option<usize>,
    /// Short forms (郴州).
    pub shorts: Vec<String>,
}

/// What a written form in the automaton stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// An entry of [`Lexicon::entries`].
    Entry(usize),
    /// A region by its full name.
    RegionFull(usize),
    /// A region by a short form.
    RegionShort(usize),
    /// A stage word.
    Stage(Stage),
    /// A generic word that is never an entity (高校, 龙头企业).
    Generic,
}

/// How strongly a head word marks the end of a name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Strength {
    /// The head alone ends a name.
    Strong,
    /// The head is also an ordinary word.
    Weak,
}

/// A name head from data/rules/heads.tsv.
#[derive(Debug, Clone)]
pub struct Head {
    /// The head word.
    pub word: String,
    /// The type of the names it ends.
    pub kind: EntityType,
    /// Strong or weak.
    pub strength: Strength,
}

/// A relation trigger word from data/rules/triggers.tsv.
#[derive(Debug, Clone)]
pub struct Trigger {
    /// The word.
    pub word: String,
    /// The relation it signals.
    pub relation: Relation,
}

/// The kind of quantity a unit measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Measure {
    /// 元, 亿元, 亿美元 …
    Money,
    /// 吨, GWh, Wh/kg …
    Amount,
    /// 家, 项, 个, 名 …
    Count,
    /// %
    Rate,
}

impl Measure {
    /// The measure of a unit as written.
    pub fn of_unit(unit: &str) -> Measure {
        if unit == "%" {
            Measure::Rate
        } else if unit.ends_with('元')
            || unit.ends_with("英镑")
            || unit == "亿"
            || unit.contains("元/")
        {
            Measure::Money
        } else if matches!(
            unit,
            "家" | "项"
                | "个"
                | "万个"
                | "名"
                | "位"
                | "座"
                | "人"
                | "只"
                | "万只"
                | "亿只"
                | "套"
                | "万套"
                | "台"
                | "万台"
                | "台套"
                | "辆"
                | "万辆"
                | "款"
                | "万人"
                | "人次"
                | "万人次"
                | "户"
                | "起"
                | "块"
                | "万块"
                | "次"
                | "万次"
                | "宗"
                | "批次"
        ) {
            Measure::Count
        } else {
            Measure::Amount
        }
    }
}

/// An indicator word of a figure from data/rules/indicators.tsv.
#[derive(Debug, Clone)]
pub struct Indicator {
    /// The word as written (产值, 储量).
    pub word: String,
    /// The name recorded on the fact (usually the word itself).
    pub canonical: String,
    /// The measures it takes (empty: any).
    pub measures: Vec<Measure>,
}

impl Indicator {
    /// True when a figure in `unit` can be this indicator's value.
    pub fn fits(&self, unit: &str) -> bool {
        self.measures.is_empty() || self.measures.contains(&Measure::of_unit(unit))
    }
}

/// The word lists of data/rules/relation_words.tsv, entity_words.tsv and
/// anaphors.tsv. Lists whose order matters (the rules take the first word
/// that fits) are vectors in file order; lists only tested for membership are sets.
#[derive(Debug, Clone, Default)]
pub struct Words {
    /// Words that join the members of a list (、, 和, 以及).
    pub joiners: HashSet<String>,
    /// Joiners when 与/和 separate the two sides of a relation (、, 及).
    pub tight_joiners: HashSet<String>,
    /// Prepositions that make the following mention an adverbial, not a subject.
    pub not_subject_before: Vec<String>,
    /// Words between an owner and the company it owns (全资子公司, 旗下).
    pub owner_links: HashSet<String>,
    /// Words that place what stands before them in the region after them (位于).
    pub located: Vec<String>,
    /// Words after a product that show it is being made (产能, 生产线).
    pub production: Vec<String>,
    /// Words by which a sentence refers back to an event named before (会上, 此次).
    pub event_reference: Vec<String>,
    /// Talks only an event has (作主旨报告, 致辞): a taking-part trigger among them is
    /// at the event the text is about when the sentence names or refers to none.
    pub event_talks: Vec<String>,
    /// Words after a product or stage that make it a trade (企业, 厂商).
    pub trade: Vec<String>,
    /// With [`Words::trade`], descriptors of where an organization works (环节, 端).
    pub place_descriptors: Vec<String>,
    /// Descriptors after which the following name is not the one described (项目).
    pub trade_only_after: HashSet<String>,
    /// Verbs and adverbs that introduce a figure (达到, 超过, 约), in order.
    pub figure_verbs: Vec<String>,
    /// Prepositions before a place or partner that is not a figure's subject.
    pub adverbial_before: Vec<String>,
    /// Words after a name that make it the source of figures (介绍, 数据显示).
    pub source_after: Vec<String>,
    /// Words of a national or industry-wide figure (全国, 全球).
    pub national: Vec<String>,
    /// Words of a figure about the whole of a province, city or county (全省, 全市):
    /// their last character is the last of the region's name.
    pub whole_region: Vec<String>,
    /// Verbs whose object, when a raw or processed material, is what a recycler
    /// makes (回收碳酸锂), and otherwise what it takes in (回收废旧电池).
    pub recovery: Vec<String>,
    /// Issued words (triggers.tsv) that, said of a maker and a product, mean it
    /// makes the product (宁德时代发布了钠离子电池).
    pub launch: Vec<String>,
    /// Field labels of a project record whose value is the one who carries the
    /// project out (建设单位：X): X holds the record's figures.
    pub record_holders: Vec<String>,
    /// Field labels of a project record whose value is where it is built (建设地点：R).
    pub record_places: Vec<String>,
    /// Headers of a table's column of exhibitors (展商名称): each row's holder takes
    /// part in the fair the page is about.
    pub exhibitor_columns: Vec<String>,
    /// Verbs after 由X that make X the one carrying the project out (由X投资建设):
    /// X holds the sentence's figures though 由 stands before it.
    pub doer_after: Vec<String>,
    /// Words of a market figure (price, its moves, stocks): in a sentence naming no
    /// one it is the product's, not the company the text goes on about.
    pub market: Vec<String>,
    /// What a company says of itself after its name (发布公告称, 公告称): it holds the
    /// figures of a report that names no subject of its own.
    pub self_report: Vec<String>,
    /// Verbs of taking part in a company's financing round (领投, 跟投): their
    /// subjects invest in the company the document says raised it.
    pub round_verbs: Vec<String>,
    /// Labels of the list of a round's investors (投资方：A（领投）、B、C).
    pub round_labels: Vec<String>,
    /// Verbs of raising a round, between a company and 融资 (X完成…B轮融资).
    pub round_raises: Vec<String>,
    /// Labels of the bodies that did a work together (完成单位, 主编单位, 参编单位):
    /// every pair listed cooperates.
    pub joint_labels: Vec<String>,
    /// Headers of a table's column of the customers its company sells to (客户名称).
    pub buyer_columns: Vec<String>,
    /// Headers of a table's column of the suppliers its company buys from (供应商名称).
    pub seller_columns: Vec<String>,
    /// Headers of a table's column of where each row's organization is (所在区县).
    pub seat_columns: Vec<String>,
    /// Headers of a table's column of each row's project (项目名称).
    pub project_columns: Vec<String>,
    /// Headers of a table's column of shareholders (股东名称, 交易对方).
    pub shareholder_columns: Vec<String>,
    /// Headers of a table's column of each shareholder's stake (持股比例).
    pub stake_columns: Vec<String>,
    /// Headers of a table's column of the company held (标的公司).
    pub held_columns: Vec<String>,
    /// Field labels of a body's line of business (经营范围, 主营业务): it makes the
    /// products the line names.
    pub business_labels: Vec<String>,
    /// Field labels of a body's owner (控股股东): the body is its subsidiary.
    pub owner_labels: Vec<String>,
    /// Headers of a table's column of companies (企业名称): each cell of the column
    /// names one, however the recognizer read it (凯泓电池, NOVA锂能).
    pub company_columns: Vec<String>,
    /// Headers of a table's column of people (姓名): each cell names a person.
    pub person_columns: Vec<String>,
    /// Headers of a table's column of posts (职务): the row's person holds one at the
    /// body the table is about.
    pub post_columns: Vec<String>,
    /// Roles that, before 为/是, make the name after it what the sentence is about
    /// (该环节链主为A，总部位于…), though 为 is otherwise a preposition (为A提供).
    pub copula_roles: Vec<String>,
    /// Headers of a table's columns of the bodies a platform is built on or with
    /// (依托单位, 共建单位): each founds the row's platform, and they cooperate.
    pub host_columns: Vec<String>,
    /// Words that rank firms before their trade (等国内主流电池企业).
    pub ranking: Vec<String>,
    /// Words of a project that takes products in rather than makes them (回收).
    pub recycling: Vec<String>,
    /// Words after a product that make it what a machine or a lab is for (锂电池叠片设备).
    pub equipment: Vec<String>,
    /// Words of a company's works at a place (工厂, 基地): A位于R的工厂 invests in R.
    pub site: Vec<String>,
    /// Words of a penalty (罚款): its figure is the one's it is laid on (对B罚款95万元).
    pub penalty: Vec<String>,
    /// Back-references and the type they stand for, in priority order.
    pub anaphors: Vec<(String, EntityType)>,
    /// Legal forms after which nothing continues a company's name (有限公司).
    pub legal_ends: Vec<String>,
    /// Verbs whose object is a newly founded body (组建, 成立).
    pub founding: Vec<String>,
    /// Words that start the predicate after a person's name (此次, 出席).
    pub name_followers: Vec<String>,
    /// Legal forms stripped for a company's short name, the first that fits.
    pub short_legal: Vec<String>,
    /// Industry words stripped repeatedly for short names, the first that fits.
    pub short_industry: Vec<String>,
    /// Industry words a short name abbreviates (新材料 → 新材: 华锂新材).
    pub short_abbrev: Vec<(String, String)>,
    /// Weak company heads that complete a name (集团, 公司): a weak head after one
    /// is a word of the sentence unless a strong head follows it.
    pub complete_heads: Vec<String>,
    /// Words by which a company names itself in any text (本公司, 我司).
    pub own_first_person: Vec<String>,
    /// Words by which the one answering an interview names its organization
    /// (我们, 公司), or the one asking does (贵公司).
    pub first_person: Vec<String>,
    /// Marks of an interview (记者：, 答：, 专访).
    pub interview_marks: Vec<String>,
    /// Words by which a company's own document names its issuer (公司 on its own).
    pub issuer_words: Vec<String>,
    /// Marks of a company's own document: the number in the header of a listed
    /// company's announcement or report (公告编号).
    pub own_document_marks: Vec<String>,
    /// Verbs that name what an event is held for, right before its head (联盟成立大会,
    /// 项目签约仪式): part of the event's name.
    pub event_verbs: Vec<String>,
    /// Honorifics written right after a full name (王建国先生, 李明女士): the name
    /// before them is a person's.
    pub honorifics: Vec<String>,
    /// Verbs of appointing or electing, after which a person's name stands with
    /// 为 and a post (选举周瑞祥为董事长, 聘任孟庆华为总经理).
    pub appoint_verbs: Vec<String>,
    /// Nouns of a talk given: 作 before one in its clause is the predicate after a
    /// name (戚元衡作主旨报告, 鲍衡之作专题辅导).
    pub talk_nouns: Vec<String>,
    /// Ends of a town's name (钟鸣镇, 新坊乡, 华罗庚街道), written right after its county.
    pub town_suffixes: Vec<String>,
    /// Ends of a first-level division abroad (北马鲁古省, 图林根州, 罗勇府), written
    /// right after its country.
    pub abroad_suffixes: Vec<String>,
    /// Ends of a division below that (中哈马黑拉县), written right after it.
    pub abroad_sub_suffixes: Vec<String>,
    /// Words a place's proper part never ends with (新型城镇, 特色小镇, 资源大省).
    pub place_not_ends: Vec<String>,
    /// Common first words of company names abroad (China, Global): no short form.
    pub latin_common: Vec<String>,
    /// Words of being somewhere (位于, 在, 落户) after which a town may stand alone,
    /// without its county (在可可托海镇).
    pub town_locatives: Vec<String>,
    /// Ends of the short names of financial firms (华览证券, 泓岭基金, 和启投资) that
    /// head a roster line, 华览证券：周景然、程一凡: a firm and its people.
    pub roster_ends: Vec<String>,
    /// Words that end a market's name for a group or a measure, not a company's
    /// (锂电池指数涨2.3%, 板块涨超3%, 股价涨5%).
    pub not_stock_ends: Vec<String>,
    /// Regions of the country, by their direction, that name a university's campus
    /// in brackets (中国石油大学（华东）).
    pub campus_regions: Vec<String>,
    /// Product classes a material's name may end on (磷酸铁锂正极材料): such a
    /// mention counts as one of the class too.
    pub product_classes: Vec<String>,
}

/// True when `s` ends with one of `words` (a rule's word list).
pub fn ends_with_any<'w>(s: &str, words: impl IntoIterator<Item = &'w String>) -> bool {
    words.into_iter().any(|w| s.ends_with(w.as_str()))
}

/// True when `s` starts with one of `words` (a rule's word list).
pub fn starts_with_any<'w>(s: &str, words: impl IntoIterator<Item = &'w String>) -> bool {
    words.into_iter().any(|w| s.starts_with(w.as_str()))
}

/// Words that modify a title they stand before (副, 常务, 首席).
pub const TITLE_MODIFIERS: &[&str] = &[
    "常务", "执行", "党委", "兼", "原", "前", "现任", "副", "首任", "新任", "时任", "名誉", "特聘",
    "兼职", "客座", "终身", "首席", "相关",
];

/// The loaded lexicon and rules.
pub struct Lexicon {
    /// Companies, products, universities, institutes, associations, government bodies.
    pub entries: Vec<Entry>,
    /// Administrative divisions.
    pub regions: Vec<Region>,
    /// Generic words that are never entities.
    pub generic: HashSet<String>,
    /// Chinese surnames, single and compound.
    pub surnames: HashSet<String>,
    /// Words that place an organization in a stage when the text describes it by them.
    pub stage_cues: Vec<(String, Stage)>,
    /// Region short forms trusted only with context.
    pub ambiguous_regions: HashSet<String>,
    /// Counties whose full name is an ordinary word (矿区, 城区, 郊区): one only right
    /// after its city (阳泉市矿区).
    pub common_word_counties: HashSet<usize>,
    /// Name heads.
    pub heads: Vec<Head>,
    /// Words that stop a name's leftward walk.
    pub name_stops: HashSet<String>,
    /// Verbs allowed inside a name.
    pub name_inner: HashSet<String>,
    /// Words after a weak head that show it was an ordinary word.
    pub name_next: HashSet<String>,
    /// Domain words that never make a name proper on their own (锂电, 产业).
    pub name_plain: HashSet<String>,
    /// Places that are no administrative division (京津冀, 长三角): like a region,
    /// a name's prefix.
    pub name_places: HashSet<String>,
    /// Speech verbs after which the segmenter's person names are taken (说, 表示);
    /// also the post verbs (担任), which mark a person the same way.
    pub speech: HashSet<String>,
    /// Verbs of taking a post (担任, 出任): 张三担任A院长, A由张三担任院长.
    pub posts: HashSet<String>,
    /// Words that mark a 《》 title as a policy (决定, 方案).
    pub policy_words: Vec<String>,
    /// Person titles.
    pub titles: HashSet<String>,
    /// Roles whose holders are not entities (记者).
    pub skip_roles: HashSet<String>,
    /// Fields of work that qualify a title (回收 in 回收技术总监), longest first.
    pub title_qualifiers: Vec<String>,
    /// Words that end an office inside a body (事业部, 处) before its head's title.
    pub offices: Vec<String>,
    /// Titles only a company's officers hold (董事, 总经理, 董事会秘书): with no body
    /// named, in a company's own text, the post is at that company.
    pub officers: HashSet<String>,
    /// Relation triggers.
    pub triggers: Vec<Trigger>,
    /// Fact indicators.
    pub indicators: Vec<Indicator>,
    /// The word lists the entity, short-name and relation rules use.
    pub words: Words,
    /// Where the lexicon part was loaded from (`built in` or a directory).
    pub source: String,
    automaton: AhoCorasick,
    targets: Vec<Vec<Target>>,
    head_automaton: AhoCorasick,
    /// For each head, whether a strong head may begin inside it and end after it
    /// (化工 and 工业园): only those need `find_heads`'s second look.
    head_overlapped: Vec<bool>,
    title_automaton: AhoCorasick,
    title_words: Vec<String>,
    trigger_automaton: AhoCorasick,
    indicator_automaton: AhoCorasick,
    cue_automaton: AhoCorasick,
    speech_automaton: AhoCorasick,
    appoint_automaton: AhoCorasick,
    anaphor_automaton: AhoCorasick,
    /// The whole_region words (全省, 本市), for the last one before a figure.
    whole_region_automaton: AhoCorasick,
    region_by_name: HashMap<String, Vec<usize>>,
    entry_by_form: HashMap<String, Vec<usize>>,
    trigger_words: HashSet<String>,
    region_forms: HashSet<String>,
    /// Short forms of counties that name no city or province (新源, not 宜宾).
    county_shorts: HashSet<String>,
    jieba: jieba_rs::Jieba,
    /// Distinguishes lexicons in the per-thread tag memo.
    id: u64,
}

impl std::fmt::Debug for Lexicon {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Lexicon")
            .field("source", &self.source)
            .field("entries", &self.entries.len())
            .field("regions", &self.regions.len())
            .finish()
    }
}

/// A word of a tagged text and its part of speech (jieba's tag set, plus the
/// tags the lexicon gives its names: `nt`, `ns`, `nz` …).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token<'t> {
    /// The word, a slice of the tagged text (tokens tile it in order).
    pub word: &'t str,
    /// Part of speech.
    pub tag: &'static str,
}

/// Entries a thread's tag memo holds before it starts over (a few MB).
const TAG_MEMO_MAX: usize = 1 << 16;

/// A tagged text as the memo keeps it: each word's length in bytes and its tag.
type Tagged = Box<[(u32, &'static str)]>;

/// A thread's bounded memo of one lexicon's answers about texts: of [`Lexicon::tag`]
/// (text → word length in bytes and tag of each word) and of [`Lexicon::scan`].
struct Memo<V> {
    lexicon: u64,
    map: HashMap<Box<str>, V>,
}

impl<V> Default for Memo<V> {
    fn default() -> Self {
        Memo {
            lexicon: 0,
            map: HashMap::default(),
        }
    }
}

impl<V> Memo<V> {
    /// The answer kept for `text`, forgetting those of another lexicon first.
    fn get(&mut self, lexicon: u64, text: &str) -> Option<&V> {
        if self.lexicon != lexicon {
            self.lexicon = lexicon;
            self.map.clear();
        }
        self.map.get(text)
    }

    /// Keeps an answer, forgetting all others when `max` are kept.
    fn keep(&mut self, text: &str, answer: V, max: usize) {
        if self.map.len() >= max {
            self.map.clear();
        }
        self.map.insert(text.into(), answer);
    }
}

thread_local! {
    static TAG_MEMO: std::cell::RefCell<Memo<Tagged>> = std::cell::RefCell::default();
    static SCAN_MEMO: std::cell::RefCell<Memo<Box<[Hit]>>> = std::cell::RefCell::default();
}

/// Texts up to this many bytes (names, list items) go through [`SCAN_MEMO`].
const SCAN_MEMO_LEN: usize = 96;
const SCAN_MEMO_MAX: usize = 1 << 16;

/// The one `'static` copy of a part-of-speech tag. Tags come from a finite set
/// (jieba's dictionary and our lexicon's), so each is leaked once at most.
fn static_tag(tag: &str) -> &'static str {
    static TAGS: std::sync::Mutex<Vec<&'static str>> = std::sync::Mutex::new(Vec::new());
    thread_local! {
        static SEEN: std::cell::RefCell<Vec<&'static str>> = const { std::cell::RefCell::new(Vec::new()) };
    }
    SEEN.with(|seen| {
        let mut seen = seen.borrow_mut();
        if let Some(t) = seen.iter().find(|t| **t == tag) {
            return *t;
        }
        let mut tags = TAGS.lock().unwrap_or_else(|e| e.into_inner());
        let t = match tags.iter().find(|t| **t == tag) {
            Some(t) => *t,
            None => {
                let t: &'static str = Box::leak(tag.into());
                tags.push(t);
                t
            }
        };
        seen.push(t);
        t
    })
}

/// A match of the lexicon automaton, in bytes of the searched text.
#[derive(Debug, Clone, Copy)]
pub struct Hit {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// Index into [`Lexicon::targets_of`].
    pub pattern: usize,
}

/// The files of a lexicon directory.
pub const LEXICON_FILES: &[&str] = &[
    "companies.tsv",
    "products.tsv",
    "organizations.tsv",
    "regions.tsv",
    "generic.txt",
    "surnames.txt",
    "stage_cues.tsv",
    "ambiguous_regions.txt",
    "countries.tsv",
    "foreign_places.tsv",
];

macro_rules! builtin {
    ($dir:literal, $file:literal) => {
        (
            concat!($dir, "/", $file),
            include_str!(concat!("../", $dir, "/", $file)),
        )
    };
}

const BUILTIN_LEXICON: [(&str, &str); 10] = [
    builtin!("data/lexicon", "companies.tsv"),
    builtin!("data/lexicon", "products.tsv"),
    builtin!("data/lexicon", "organizations.tsv"),
    builtin!("data/lexicon", "regions.tsv"),
    builtin!("data/lexicon", "generic.txt"),
    builtin!("data/lexicon", "surnames.txt"),
    builtin!("data/lexicon", "stage_cues.tsv"),
    builtin!("data/lexicon", "ambiguous_regions.txt"),
    builtin!("data/lexicon", "countries.tsv"),
    builtin!("data/lexicon", "foreign_places.tsv"),
];

const BUILTIN_RULES: [(&str, &str); 8] = [
    builtin!("data/rules", "heads.tsv"),
    builtin!("data/rules", "name_words.tsv"),
    builtin!("data/rules", "titles.tsv"),
    builtin!("data/rules", "triggers.tsv"),
    builtin!("data/rules", "indicators.tsv"),
    builtin!("data/rules", "relation_words.tsv"),
    builtin!("data/rules", "entity_words.tsv"),
    builtin!("data/rules", "anaphors.tsv"),
];

/// The lists of data/rules/relation_words.tsv, in the order [`load_rules`] takes them.
const RELATION_LISTS: [&str; 47] = [
    "joiner",
    "tight_joiner",
    "not_subject_before",
    "owner_link",
    "located",
    "production",
    "event_reference",
    "event_talk",
    "trade",
    "place_descriptor",
    "trade_only_after",
    "figure_verb",
    "adverbial_before",
    "source_after",
    "national",
    "whole_region",
    "recovery",
    "launch",
    "record_holder",
    "record_place",
    "exhibitor_column",
    "doer_after",
    "market",
    "self_report",
    "round_verb",
    "round_label",
    "round_raise",
    "joint_label",
    "buyer_column",
    "seller_column",
    "seat_column",
    "project_column",
    "shareholder_column",
    "stake_column",
    "held_column",
    "business_label",
    "owner_label",
    "company_column",
    "person_column",
    "post_column",
    "copula_role",
    "host_column",
    "ranking",
    "recycling",
    "equipment",
    "site",
    "penalty",
];

/// The lists of data/rules/entity_words.tsv, in the order [`load_rules`] takes them.
const ENTITY_LISTS: [&str; 26] = [
    "legal_end",
    "founding",
    "name_follower",
    "short_legal",
    "short_industry",
    "short_abbrev",
    "complete_head",
    "own_first_person",
    "first_person",
    "interview_mark",
    "issuer_word",
    "own_document_mark",
    "event_verb",
    "honorific",
    "appoint_verb",
    "talk_noun",
    "town_suffix",
    "abroad_suffix",
    "abroad_sub_suffix",
    "place_not_end",
    "latin_common",
    "town_locative",
    "roster_end",
    "not_stock_end",
    "campus_region",
    "product_class",
];

/// Rows of a TSV file: comments and blank lines skipped, header checked.
struct Table<'a> {
    rows: Vec<(usize, Vec<&'a str>)>,
}

impl<'a> Table<'a> {
    fn parse(path: &'a str, text: &'a str, header: &[&str]) -> Result<Table<'a>> {
        let mut rows = Vec::new();
        let mut saw_header = false;
        for (i, line) in text.lines().enumerate() {
            let line = line.strip_suffix('\r').unwrap_or(line);
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').collect();
            if !saw_header {
                if cols != header {
                    return Err(lex_err(
                        path,
                        i + 1,
                        format!(
                            "header must be `{}`, found `{}`",
                            header.join("\\t"),
                            line.replace('\t', "\\t")
                        ),
                    ));
                }
                saw_header = true;
                continue;
            }
            if cols.len() != header.len() {
                return Err(lex_err(
                    path,
                    i + 1,
                    format!(
                        "expected {} tab-separated columns ({}), found {}",
                        header.len(),
                        header.join(", "),
                        cols.len()
                    ),
                ));
            }
            if cols[0].trim().is_empty() {
                return Err(lex_err(path, i + 1, format!("empty {}", header[0])));
            }
            if cols.iter().any(|c| c.trim() != *c) {
                return Err(lex_err(
                    path,
                    i + 1,
                    "a field has leading or trailing spaces".to_string(),
                ));
            }
            rows.push((i + 1, cols));
        }
        if !saw_header {
            return Err(lex_err(
                path,
                1,
                format!("missing header `{}`", header.join("\\t")),
            ));
        }
        Ok(Table { rows })
    }
}

/// Lines of a one-word-per-line file.
fn words<'a>(path: &str, text: &'a str) -> Result<Vec<&'a str>> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line = line.strip_suffix('\r').unwrap_or(line).trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if line.contains('\t') || line.contains(' ') {
            return Err(lex_err(
                path,
                i + 1,
                "one word per line expected".to_string(),
            ));
        }
        out.push(line);
    }
    Ok(out)
}

/// The `list\tword` rows of a word-list file, one vector per name of `lists`
/// in file order. An unknown list, a word repeated in its list or a list
/// without words is an error.
fn word_lists<const N: usize>(
    path: &str,
    text: &str,
    lists: [&str; N],
) -> Result<[Vec<String>; N]> {
    let mut out: [Vec<String>; N] = std::array::from_fn(|_| Vec::new());
    for (line, c) in Table::parse(path, text, &["list", "word"])?.rows {
        let Some(k) = lists.iter().position(|l| *l == c[0]) else {
            return Err(lex_err(
                path,
                line,
                format!("unknown list `{}` (expected {})", c[0], lists.join(", ")),
            ));
        };
        if c[1].is_empty() {
            return Err(lex_err(path, line, "empty word".to_string()));
        }
        if out[k].iter().any(|w| w == c[1]) {
            return Err(lex_err(
                path,
                line,
                format!("`{}` already stands in list `{}`", c[1], c[0]),
            ));
        }
        out[k].push(c[1].to_string());
    }
    if let Some(k) = out.iter().position(Vec::is_empty) {
        return Err(lex_err(
            path,
            text.lines().count().max(1),
            format!("list `{}` has no words", lists[k]),
        ));
    }
    Ok(out)
}

/// The `word\ttype` rows of data/rules/anaphors.tsv, in file order.
fn anaphors(path: &str, text: &str) -> Result<Vec<(String, EntityType)>> {
    let mut out: Vec<(String, EntityType)> = Vec::new();
    for (line, c) in Table::parse(path, text, &["word", "type"])?.rows {
        let kind = EntityType::parse(c[1])
            .ok_or_else(|| lex_err(path, line, format!("unknown type `{}`", c[1])))?;
        if out.iter().any(|(w, _)| w == c[0]) {
            return Err(lex_err(path, line, format!("`{}` stands twice", c[0])));
        }
        out.push((c[0].to_string(), kind));
    }
    Ok(out)
}

fn lex_err(path: &str, line: usize, message: String) -> Error {
    Error::Lexicon {
        path: PathBuf::from(path),
        line,
        message,
    }
}

fn multi(field: &str) -> Vec<String> {
    field
        .split('|')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

/// Adds a region under its code, which no region before it may have; `what` is how
/// the error names the row (duplicate code 430000, duplicate country 智利).
fn push_region(
    regions: &mut Vec<Region>,
    by_code: &mut HashMap<String, usize>,
    region: Region,
    what: (&str, &str),
    (path, line): (&str, usize),
) -> Result<()> {
    if by_code.insert(region.code.clone(), regions.len()).is_some() {
        return Err(lex_err(
            path,
            line,
            format!("duplicate {} {}", what.0, what.1),
        ));
    }
    regions.push(region);
    Ok(())
}

fn stages(path: &str, line: usize, field: &str) -> Result<Vec<Stage>> {
    multi(field)
        .iter()
        .map(|s| {
            Stage::parse(s).ok_or_else(|| {
                lex_err(
                    path,
                    line,
                    format!("unknown stage `{s}` (expected 锂矿, 材料, 电池, 终端 or 回收)"),
                )
            })
        })
        .collect()
}

impl Lexicon {
    /// The lexicon shipped in data/lexicon, compiled into the binary.
    pub fn builtin() -> Result<Lexicon> {
        let files: Vec<(String, String)> = BUILTIN_LEXICON
            .iter()
            .map(|(p, t)| (format!("{p} (built in)"), t.to_string()))
            .collect();
        Self::from_files(&files, "built in")
    }

    /// Loads the lexicon files of `dir` (see [`LEXICON_FILES`]); rules stay built in.
    pub fn load(dir: &Path) -> Result<Lexicon> {
        if !dir.is_dir() {
            return Err(Error::io(
                dir,
                std::io::Error::new(std::io::ErrorKind::NotFound, "lexicon directory not found"),
            ));
        }
        let mut files = Vec::new();
        for name in LEXICON_FILES {
            let path = dir.join(name);
            let text = std::fs::read(&path).map_err(|e| Error::io(&path, e))?;
            let text = String::from_utf8(text).map_err(|e| {
                let line = text_line_of(e.as_bytes(), e.utf8_error().valid_up_to());
                lex_err(&path.display().to_string(), line, "not UTF-8".to_string())
            })?;
            files.push((path.display().to_string(), text));
        }
        Self::from_files(&files, &dir.display().to_string())
    }

    fn from_files(files: &[(String, String)], source: &str) -> Result<Lexicon> {
        let get = |i: usize| (files[i].0.as_str(), files[i].1.as_str());
        let mut entries = Vec::new();

        let (p, t) = get(0);
        for (line, c) in
            Table::parse(p, t, &["name", "aliases", "english", "stages", "region"])?.rows
        {
            entries.push(Entry {
                name: c[0].to_string(),
                kind: EntityType::Company,
                aliases: multi(c[1]),
                english: multi(c[2]),
                stages: stages(p, line, c[3])?,
                region: (!c[4].is_empty()).then(|| c[4].to_string()),
            });
        }
        let (p, t) = get(1);
        for (line, c) in Table::parse(p, t, &["name", "aliases", "stage"])?.rows {
            let st = stages(p, line, c[2])?;
            if st.len() != 1 {
                return Err(lex_err(p, line, "a product has exactly one stage".into()));
            }
            entries.push(Entry {
                name: c[0].to_string(),
                kind: EntityType::Product,
                aliases: multi(c[1]),
                english: Vec::new(),
                stages: st,
                region: None,
            });
        }
        let (p, t) = get(2);
        let table = Table::parse(p, t, &["name", "type", "aliases", "english", "region"])?;
        for (line, c) in table.rows {
            let kind = match EntityType::parse(c[1]) {
                Some(
                    k @ (EntityType::University
                    | EntityType::Institute
                    | EntityType::Association
                    | EntityType::Government),
                ) => k,
                _ => {
                    return Err(lex_err(
                        p,
                        line,
                        format!(
                            "type `{}` must be university, institute, association or government",
                            c[1]
                        ),
                    ));
                }
            };
            entries.push(Entry {
                name: c[0].to_string(),
                kind,
                aliases: multi(c[2]),
                english: multi(c[3]),
                stages: Vec::new(),
                region: (!c[4].is_empty()).then(|| c[4].to_string()),
            });
        }

        let (p, t) = get(3);
        let table = Table::parse(p, t, &["code", "name", "level", "parent", "short"])?;
        let mut regions = Vec::new();
        let mut by_code: HashMap<String, usize> = HashMap::default();
        let mut parents: Vec<(usize, String, usize)> = Vec::new();
        for (line, c) in table.rows {
            let level = match c[2] {
                "province" => Level::Province,
                "city" => Level::City,
                "county" => Level::County,
                other => {
                    return Err(lex_err(
                        p,
                        line,
                        format!("level `{other}` must be province, city or county"),
                    ));
                }
            };
            if !c[3].is_empty() {
                parents.push((regions.len(), c[3].to_string(), line));
            }
            let region = Region {
                code: c[0].to_string(),
                name: c[1].to_string(),
                level,
                parent: None,
                shorts: multi(c[4]),
            };
            push_region(
                &mut regions,
                &mut by_code,
                region,
                ("code", c[0]),
                (p, line),
            )?;
        }
        // Countries: regions of their own level, coded by name.
        let (cp, ct) = get(8);
        for (line, c) in Table::parse(cp, ct, &["name", "aliases"])?.rows {
            let region = Region {
                code: format!("country:{}", c[0]),
                name: c[0].to_string(),
                level: Level::Country,
                parent: None,
                shorts: multi(c[1]),
            };
            push_region(
                &mut regions,
                &mut by_code,
                region,
                ("country", c[0]),
                (cp, line),
            )?;
        }
        // Places abroad: under a country or a state listed before them.
        let (fp, ft) = get(9);
        for (line, c) in Table::parse(fp, ft, &["name", "level", "parent", "aliases"])?.rows {
            let level = match c[1] {
                "state" => Level::Province,
                "city" => Level::City,
                other => {
                    return Err(lex_err(
                        fp,
                        line,
                        format!("level `{other}` must be state or city"),
                    ));
                }
            };
            let parent = ["country:", "abroad:"]
                .iter()
                .find_map(|k| by_code.get(&format!("{k}{}", c[2])).copied())
                .ok_or_else(|| {
                    lex_err(
                        fp,
                        line,
                        format!("unknown parent `{}`: not a country or a state above", c[2]),
                    )
                })?;
            let region = Region {
                code: format!("abroad:{}", c[0]),
                name: c[0].to_string(),
                level,
                parent: Some(parent),
                shorts: multi(c[3]),
            };
            push_region(
                &mut regions,
                &mut by_code,
                region,
                ("place", c[0]),
                (fp, line),
            )?;
        }
        for (i, code, line) in parents {
            let parent = *by_code
                .get(&code)
                .ok_or_else(|| lex_err(p, line, format!("unknown parent code {code}")))?;
            regions[i].parent = Some(parent);
        }

        let (p, t) = get(4);
        let generic: HashSet<String> = words(p, t)?.into_iter().map(str::to_string).collect();
        let (p, t) = get(5);
        let surnames: HashSet<String> = words(p, t)?.into_iter().map(str::to_string).collect();
        let (p, t) = get(6);
        let mut stage_cues = Vec::new();
        for (line, c) in Table::parse(p, t, &["cue", "stage"])?.rows {
            let st = stages(p, line, c[1])?;
            if st.len() != 1 {
                return Err(lex_err(p, line, "a cue has exactly one stage".into()));
            }
            stage_cues.push((c[0].to_string(), st[0]));
        }
        let (p, t) = get(7);
        let ambiguous_regions: HashSet<String> =
            words(p, t)?.into_iter().map(str::to_string).collect();

        let rules = load_rules()?;
        Self::assemble(
            Parts {
                entries,
                regions,
                generic,
                surnames,
                stage_cues,
                ambiguous_regions,
                rules,
            },
            source,
        )
    }

    fn assemble(parts: Parts, source: &str) -> Result<Lexicon> {
        let Parts {
            entries,
            regions,
            generic,
            surnames,
            stage_cues,
            ambiguous_regions,
            rules,
        } = parts;
        // Every written form, with what it stands for.
        let mut forms: HashMap<String, Vec<Target>> = HashMap::default();
        let mut add = |form: &str, t: Target| {
            if form.chars().count() < 2 {
                return;
            }
            let v = forms.entry(form.to_string()).or_default();
            if !v.contains(&t) {
                v.push(t);
            }
        };
        let mut entry_by_form: HashMap<String, Vec<usize>> = HashMap::default();
        for (i, e) in entries.iter().enumerate() {
            for f in std::iter::once(&e.name)
                .chain(e.aliases.iter())
                .chain(e.english.iter())
            {
                add(f, Target::Entry(i));
                entry_by_form.entry(f.clone()).or_default().push(i);
            }
        }
        let mut region_by_name: HashMap<String, Vec<usize>> = HashMap::default();
        for (i, r) in regions.iter().enumerate() {
            add(&r.name, Target::RegionFull(i));
            region_by_name.entry(r.name.clone()).or_default().push(i);
            for s in &r.shorts {
                add(s, Target::RegionShort(i));
            }
        }
        for s in Stage::ALL {
            add(s.id(), Target::Stage(s));
        }
        for g in &generic {
            add(g, Target::Generic);
        }
        let mut patterns: Vec<(String, Vec<Target>)> = forms.into_iter().collect();
        patterns.sort_by(|a, b| a.0.cmp(&b.0));
        let automaton = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .ascii_case_insensitive(true)
            .build(patterns.iter().map(|(p, _)| p.as_str()))
            .map_err(|e| lex_err(source, 0, format!("cannot build automaton: {e}")))?;
        let targets = patterns.into_iter().map(|(_, t)| t).collect();

        let leftmost_longest = |words: &mut dyn Iterator<Item = &str>| {
            // The rule lists are small, so their DFAs are too (the lexicon's would
            // take ~50 MB): a DFA is the fastest kind for the many short scans
            // each sentence gets.
            AhoCorasickBuilder::new()
                .kind(Some(AhoCorasickKind::DFA))
                .match_kind(MatchKind::LeftmostLongest)
                .build(words)
                .map_err(|e| lex_err("data/rules", 0, format!("cannot build automaton: {e}")))
        };
        let head_automaton = leftmost_longest(&mut rules.heads.iter().map(|h| h.word.as_str()))?;
        let head_overlapped: Vec<bool> = rules
            .heads
            .iter()
            .map(|h| {
                h.strength == Strength::Weak
                    && h.word.char_indices().skip(1).any(|(i, _)| {
                        let tail = &h.word[i..];
                        rules.heads.iter().any(|s| {
                            s.strength == Strength::Strong
                                && s.word.len() > tail.len()
                                && s.word.starts_with(tail)
                        })
                    })
            })
            .collect();
        let mut title_words: Vec<String> = rules
            .titles
            .iter()
            .chain(rules.skip_roles.iter())
            .cloned()
            .collect();
        title_words.sort();
        let title_automaton = leftmost_longest(&mut title_words.iter().map(String::as_str))?;
        let trigger_automaton =
            leftmost_longest(&mut rules.triggers.iter().map(|t| t.word.as_str()))?;
        let indicator_automaton =
            leftmost_longest(&mut rules.indicators.iter().map(|t| t.word.as_str()))?;
        let cue_automaton = leftmost_longest(&mut stage_cues.iter().map(|c| c.0.as_str()))?;
        let speech_automaton = leftmost_longest(&mut rules.speech.iter().map(String::as_str))?;
        let appoint_automaton =
            leftmost_longest(&mut rules.words.appoint_verbs.iter().map(String::as_str))?;
        // Every occurrence, so that the last one is found whatever overlaps it.
        let whole_region_automaton = AhoCorasick::new(&rules.words.whole_region)
            .map_err(|e| lex_err("data/rules", 0, format!("cannot build automaton: {e}")))?;
        // Anaphors overlap (该公司 holds 公司): a standard automaton finds them all.
        let anaphor_automaton = AhoCorasick::new(rules.words.anaphors.iter().map(|(w, _)| w))
            .map_err(|e| lex_err("data/rules", 0, format!("cannot build automaton: {e}")))?;

        // A relation trigger never stands inside a name (供应亿纬锂能 is not a company),
        // except the recovery words: recyclers and their meetings are named for what
        // they do (绿循再生资源有限公司, 2019上饶电池回收产业对接会).
        let mut rules = rules;
        let trigger_words: HashSet<String> = rules
            .triggers
            .iter()
            .map(|t| t.word.clone())
            .filter(|w| !rules.words.recovery.contains(w))
            .collect();
        for w in &trigger_words {
            if w.chars().count() >= 2 {
                rules.name_stops.insert(w.clone());
            }
        }
        let mut jieba = jieba_rs::Jieba::new();
        // A county's short form that the segmenter's general dictionary holds, often, as
        // an ordinary word (资源, 会同, 合作, 公安) is as ambiguous as those listed by
        // hand: it is that word in 电池资源循环利用 and 将会同省发展改革委 far more often
        // than the county. Cities and provinces stay trusted (context rules are theirs).
        let mut ambiguous_regions = ambiguous_regions;
        for r in regions.iter().filter(|r| r.level == Level::County) {
            for s in &r.shorts {
                if is_common_word(&jieba, s) {
                    ambiguous_regions.insert(s.clone());
                }
            }
        }
        let common_word_counties: HashSet<usize> = regions
            .iter()
            .enumerate()
            .filter(|(_, r)| {
                // Two characters: longer names the dictionary tags wrongly are proper
                // (硚口区, 点军区).
                r.level == Level::County
                    && r.name.chars().count() == 2
                    && (is_ordinary_word(&jieba, &r.name, COUNTY_WORD_FREQ)
                        // A direction and 区 (东区, 西区 of 攀枝花市) is a zone of
                        // anything: a park's (园区东区), a campus's.
                        || r.name.ends_with('区') && r.name.starts_with(['东', '西', '南', '北', '中']))
            })
            .map(|(i, _)| i)
            .collect();
        let mut county_shorts: HashSet<String> = regions
            .iter()
            .filter(|r| r.level == Level::County)
            .flat_map(|r| r.shorts.iter().cloned())
            .collect();
        for r in regions.iter().filter(|r| r.level < Level::County) {
            for s in &r.shorts {
                county_shorts.remove(s);
            }
        }
        // Written forms that name a region on their own (full names, trusted short forms);
        // a form that is also a lexicon name (a company called after a place) is that name.
        let region_forms: HashSet<String> = regions
            .iter()
            .flat_map(|r| {
                std::iter::once(r.name.clone()).chain(
                    r.shorts
                        .iter()
                        .filter(|s| !ambiguous_regions.contains(*s))
                        .cloned(),
                )
            })
            .filter(|f| !entry_by_form.contains_key(f))
            .collect();
        // Names the lexicon knows are single words to the segmenter, so name
        // boundaries found by segmenting agree with the automaton.
        for e in &entries {
            let tag = match e.kind {
                EntityType::Product => "nz",
                _ => "nt",
            };
            for f in std::iter::once(&e.name).chain(e.aliases.iter()) {
                if f.chars().count() >= 2 {
                    jieba.add_word(f, Some(2000), Some(tag));
                }
            }
        }
        for r in &regions {
            jieba.add_word(&r.name, Some(2000), Some("ns"));
            for s in &r.shorts {
                // A region's short form is a place name to the segmenter (包头, not 包/头 the verb).
                if !ambiguous_regions.contains(s) {
                    jieba.add_word(s, Some(jieba.suggest_freq(s).max(500)), Some("ns"));
                }
            }
        }
        // Places that are no division and that the segmenter splits (长江/中游) are one
        // place word, which may open a name (长江中游电动船舶产业发展推进会).
        for w in &rules.name_places {
            if !jieba.has_word(w) {
                jieba.add_word(w, Some(jieba.suggest_freq(w).max(500)), Some("ns"));
            }
        }
        // Nicknames the segmenter splits (锰/都) are one proper word (锰都矿业).
        for w in &rules.name_proper {
            jieba.add_word(w, Some(jieba.suggest_freq(w).max(500)), Some("nz"));
        }
        for w in rules
            .name_stops
            .iter()
            .chain(rules.speech.iter())
            .chain(rules.titles.iter())
            .chain(rules.skip_roles.iter())
        {
            if !jieba.has_word(w) {
                jieba.add_word(w, None, None);
            }
        }

        // jieba parses its part-of-speech model on first use (~50 ms): do it here,
        // once, rather than inside the first document's analysis.
        let _ = jieba.tag("汝川表示", true);
        Ok(Lexicon {
            entries,
            regions,
            generic,
            surnames,
            stage_cues,
            ambiguous_regions,
            common_word_counties,
            heads: rules.heads,
            name_stops: rules.name_stops,
            name_inner: rules.name_inner,
            name_next: rules.name_next,
            name_plain: rules.name_plain,
            name_places: rules.name_places,
            speech: rules.speech,
            posts: rules.posts,
            policy_words: rules.policy_words,
            titles: rules.titles,
            skip_roles: rules.skip_roles,
            title_qualifiers: rules.title_qualifiers,
            offices: rules.offices,
            officers: rules.officers,
            triggers: rules.triggers,
            indicators: rules.indicators,
            words: rules.words,
            source: source.to_string(),
            automaton,
            targets,
            head_automaton,
            head_overlapped,
            title_automaton,
            title_words,
            trigger_automaton,
            indicator_automaton,
            cue_automaton,
            speech_automaton,
            appoint_automaton,
            anaphor_automaton,
            whole_region_automaton,
            region_by_name,
            entry_by_form,
            trigger_words,
            region_forms,
            county_shorts,
            jieba,
            id: {
                static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
                NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
            },
        })
    }

    /// All lexicon matches in `text`, leftmost-longest, in bytes. ASCII forms
    /// only match as whole words (CATL, not CATLX).
    pub fn scan(&self, text: &str) -> Vec<Hit> {
        // Names are scanned again and again (a company's name for the regions inside
        // it, each time it is mentioned), and a search's set-up costs more than a short
        // name's bytes do: short texts are looked up in the thread's memo first.
        if text.len() > SCAN_MEMO_LEN {
            return self.scan_uncached(text);
        }
        SCAN_MEMO.with(|memo| {
            let mut memo = memo.borrow_mut();
            if let Some(hits) = memo.get(self.id, text) {
                return hits.to_vec();
            }
            let hits = self.scan_uncached(text);
            memo.keep(text, hits.clone().into_boxed_slice(), SCAN_MEMO_MAX);
            hits
        })
    }

    fn scan_uncached(&self, text: &str) -> Vec<Hit> {
        let bytes = text.as_bytes();
        self.automaton
            .find_iter(text)
            .filter(|m| {
                let first = bytes[m.start()];
                let last = bytes[m.end() - 1];
                let word = |b: u8| b.is_ascii_alphanumeric();
                !(word(first) && m.start() > 0 && word(bytes[m.start() - 1])
                    || word(last) && m.end() < bytes.len() && word(bytes[m.end()]))
            })
            .map(|m| Hit {
                start: m.start(),
                end: m.end(),
                pattern: m.pattern().as_usize(),
            })
            .collect()
    }

    /// What the pattern of a [`Hit`] stands for.
    pub fn targets_of(&self, pattern: usize) -> &[Target] {
        &self.targets[pattern]
    }

    /// Head matches in `text`: (byte start, byte end, head index).
    ///
    /// A weak head gives way to a strong one that begins inside it and ends after it
    /// (化工|业园 is 工业园 in 盐化工业园): the leftmost-longest scan would keep the
    /// ordinary word.
    pub fn find_heads(&self, text: &str) -> Vec<(usize, usize, usize)> {
        let mut out: Vec<(usize, usize, usize)> = Vec::new();
        for m in self.head_automaton.find_iter(text) {
            let (mut a, mut b, mut hi) = (m.start(), m.end(), m.pattern().as_usize());
            if out.last().is_some_and(|&(_, end, _)| a < end) {
                continue;
            }
            if self.head_overlapped[hi] {
                // Heads run to eight characters past the weak one's end.
                let window = &text[..b + crate::read::first_chars(&text[b..], 8).len()];
                if let Some((p, n)) = text[a..b].char_indices().skip(1).find_map(|(i, _)| {
                    self.head_automaton
                        .find(&window[a + i..])
                        .filter(|n| {
                            n.start() == 0
                                && a + i + n.end() > b
                                && self.heads[n.pattern().as_usize()].strength == Strength::Strong
                        })
                        .map(|n| (a + i, n))
                }) {
                    (a, b, hi) = (p, p + n.end(), n.pattern().as_usize());
                }
            }
            out.push((a, b, hi));
        }
        out
    }

    /// Title and role matches in `text`: (byte start, byte end, word).
    pub fn find_titles<'a>(&'a self, text: &str) -> Vec<(usize, usize, &'a str)> {
        self.title_automaton
            .find_iter(text)
            .map(|m| {
                (
                    m.start(),
                    m.end(),
                    self.title_words[m.pattern().as_usize()].as_str(),
                )
            })
            .collect()
    }

    /// Byte length of what qualifies a title opening `text`, the title following:
    /// fields of work (回收技术总监, 产品副总裁; data/rules/titles.tsv `qualifier`)
    /// or an office named only inside its body, ending in an office word
    /// (`office`: 储能事业部总经理) or in the character its head's title begins with
    /// (节能与综合利用处处长, 新能源电池产业链链长). None when no title follows.
    ///
    /// ```
    /// let lex = lithkg::lexicon::Lexicon::builtin().unwrap();
    /// assert_eq!(lex.title_qualifier("回收技术总监"), Some("回收".len()));
    /// assert_eq!(lex.title_qualifier("综合利用处处长"), Some("综合利用处".len()));
    /// assert_eq!(lex.title_qualifier("表示总经理"), None);
    /// ```
    pub fn title_qualifier(&self, text: &str) -> Option<usize> {
        let titles = self.find_titles(text);
        let &(t0, _, word) = titles.first()?;
        let mut q = 0;
        while q < t0
            && let Some(w) = self
                .title_qualifiers
                .iter()
                .find(|w| text[q..t0].starts_with(w.as_str()))
        {
            q += w.len();
        }
        // Only a title's own modifiers may stand between (产品副总裁).
        let between = &text[q..t0];
        if q > 0 && (between.is_empty() || TITLE_MODIFIERS.contains(&between)) {
            return Some(q);
        }
        let office = &text[..t0];
        let n = office.chars().count();
        ((2..=10).contains(&n)
            && office
                .chars()
                .all(|c| crate::read::is_cjk(c) && !"的了在是将已被把对向给".contains(c))
            && (office.chars().next_back() == word.chars().next() && !word.starts_with('副')
                || crate::lexicon::ends_with_any(office, &self.offices)))
        .then_some(t0)
    }

    /// Trigger matches in `text`: (byte start, byte end, trigger).
    pub fn find_triggers<'a>(&'a self, text: &str) -> Vec<(usize, usize, &'a Trigger)> {
        self.trigger_automaton
            .find_iter(text)
            .map(|m| (m.start(), m.end(), &self.triggers[m.pattern().as_usize()]))
            .collect()
    }

    /// Indicator matches in `text`: (byte start, byte end, indicator).
    pub fn find_indicators<'a>(&'a self, text: &str) -> Vec<(usize, usize, &'a Indicator)> {
        self.indicator_automaton
            .find_iter(text)
            .map(|m| (m.start(), m.end(), &self.indicators[m.pattern().as_usize()]))
            .collect()
    }

    /// Stage cue matches in `text`: (byte start, byte end, stage).
    pub fn find_cues(&self, text: &str) -> Vec<(usize, usize, Stage)> {
        self.cue_automaton
            .find_iter(text)
            .map(|m| {
                (
                    m.start(),
                    m.end(),
                    self.stage_cues[m.pattern().as_usize()].1,
                )
            })
            .collect()
    }

    /// Ends of the appointing verbs in `text` (聘任, 选举…; data/rules `appoint_verb`),
    /// found in one pass.
    pub fn find_appoint_ends(&self, text: &str) -> Vec<usize> {
        self.appoint_automaton
            .find_iter(text)
            .map(|m| m.end())
            .collect()
    }

    /// Speech verb matches in `text`: (byte start, byte end).
    pub fn find_speech(&self, text: &str) -> Vec<(usize, usize)> {
        self.speech_automaton
            .find_iter(text)
            .map(|m| (m.start(), m.end()))
            .collect()
    }

    /// The whole_region word (全省, 本市) that starts last in `text` of those `keep`
    /// takes (by start in bytes), with its start; of two starting there, the later in
    /// the list.
    pub fn last_whole_region(
        &self,
        text: &str,
        keep: impl Fn(usize) -> bool,
    ) -> Option<(usize, &str)> {
        self.whole_region_automaton
            .find_overlapping_iter(text)
            .map(|m| (m.start(), m.pattern().as_usize()))
            .filter(|&(p, _)| keep(p))
            .max()
            .map(|(p, i)| (p, self.words.whole_region[i].as_str()))
    }

    /// Anaphor occurrences in `text`, overlapping (该公司 holds 公司): (index
    /// into [`Words::anaphors`], byte start), in order of their end.
    pub fn find_anaphors(&self, text: &str) -> Vec<(usize, usize)> {
        self.anaphor_automaton
            .find_overlapping_iter(text)
            .map(|m| (m.pattern().as_usize(), m.start()))
            .collect()
    }

    /// True when `text` names a place: a region's trusted form or a full name
    /// (the seat in 岷锂国际（香港）有限公司).
    pub fn names_place(&self, text: &str) -> bool {
        self.is_region_form(text) || !self.regions_named(text).is_empty()
    }

    /// Regions with this full name (several where names repeat across provinces).
    pub fn regions_named(&self, name: &str) -> &[usize] {
        self.region_by_name.get(name).map_or(&[], Vec::as_slice)
    }

    /// Entries with this written form (name, alias or English name).
    pub fn entries_with_form(&self, form: &str) -> &[usize] {
        self.entry_by_form.get(form).map_or(&[], Vec::as_slice)
    }

    /// The segmenter, with every lexicon name loaded as a word.
    pub fn segmenter(&self) -> &jieba_rs::Jieba {
        &self.jieba
    }

    /// `text` segmented and tagged (jieba with HMM), memoized per thread.
    ///
    /// Recognition tags short windows (the characters before a name's head, a
    /// candidate person name), and in a corpus the same windows recur: the same
    /// names, datelines and phrasings. Tagging costs microseconds a window, a
    /// lookup tens of nanoseconds; the memo is per thread (no locking), bounded,
    /// and keyed by the lexicon too, since the segmenter's words come from it.
    pub fn tag<'t>(&self, text: &'t str) -> Vec<Token<'t>> {
        TAG_MEMO.with(|memo| {
            let mut memo = memo.borrow_mut();
            if let Some(words) = memo.get(self.id, text) {
                let mut pos = 0;
                return words
                    .iter()
                    .map(|&(len, tag)| {
                        let word = &text[pos..pos + len as usize];
                        pos += len as usize;
                        Token { word, tag }
                    })
                    .collect();
            }
            // jieba's tokens tile the text in order.
            let mut pos = 0;
            let tokens: Vec<Token<'t>> = self
                .jieba
                .tag(text, true)
                .into_iter()
                .map(|t| {
                    let word = &text[pos..pos + t.word.len()];
                    pos += t.word.len();
                    Token {
                        word,
                        tag: static_tag(t.tag),
                    }
                })
                .collect();
            memo.keep(
                text,
                tokens
                    .iter()
                    .map(|t| (t.word.len() as u32, t.tag))
                    .collect(),
                TAG_MEMO_MAX,
            );
            tokens
        })
    }

    /// True when `word` is the short form of a county and of no city or province.
    pub fn is_county_short(&self, word: &str) -> bool {
        self.county_shorts.contains(word)
    }

    /// True when `word` is a region's full name or trusted short form.
    pub fn is_region_form(&self, word: &str) -> bool {
        self.region_forms.contains(word)
    }

    /// True when `word` is a relation trigger.
    pub fn is_trigger(&self, word: &str) -> bool {
        self.trigger_words.contains(word)
    }

    /// True when `name` starts with a surname of the list (compound first).
    pub fn surname_len(&self, name: &str) -> Option<usize> {
        let mut it = name.chars();
        let a = it.next()?;
        if let Some(b) = it.next() {
            let two: String = [a, b].iter().collect();
            if self.surnames.contains(&two) {
                return Some(2);
            }
        }
        self.surnames
            .contains(a.encode_utf8(&mut [0; 4]) as &str)
            .then_some(1)
    }

    /// True for a country outside China and the places of foreign_places.tsv.
    pub fn is_abroad(&self, region: usize) -> bool {
        let r = &self.regions[region];
        r.level == Level::Country || r.code.starts_with("abroad:")
    }

    /// Direct parent of a region.
    pub fn parent(&self, region: usize) -> Option<usize> {
        self.regions[region].parent
    }

    /// True when `ancestor` is `region` or one of its parents.
    pub fn is_within(&self, region: usize, ancestor: usize) -> bool {
        let mut r = Some(region);
        while let Some(i) = r {
            if i == ancestor {
                return true;
            }
            r = self.regions[i].parent;
        }
        false
    }
}

fn text_line_of(bytes: &[u8], offset: usize) -> usize {
    1 + bytes[..offset].iter().filter(|&&b| b == b'\n').count()
}

struct Rules {
    heads: Vec<Head>,
    name_stops: HashSet<String>,
    name_inner: HashSet<String>,
    name_next: HashSet<String>,
    name_plain: HashSet<String>,
    name_places: HashSet<String>,
    name_proper: HashSet<String>,
    speech: HashSet<String>,
    posts: HashSet<String>,
    policy_words: Vec<String>,
    titles: HashSet<String>,
    skip_roles: HashSet<String>,
    title_qualifiers: Vec<String>,
    offices: Vec<String>,
    officers: HashSet<String>,
    triggers: Vec<Trigger>,
    indicators: Vec<Indicator>,
    words: Words,
}

struct Parts {
    entries: Vec<Entry>,
    regions: Vec<Region>,
    generic: HashSet<String>,
    surnames: HashSet<String>,
    stage_cues: Vec<(String, Stage)>,
    ambiguous_regions: HashSet<String>,
    rules: Rules,
}

fn load_rules() -> Result<Rules> {
    let [
        heads_f,
        words_f,
        titles_f,
        triggers_f,
        indicators_f,
        relation_f,
        entity_f,
        anaphors_f,
    ] = BUILTIN_RULES;
    let mut heads = Vec::new();
    for (line, c) in Table::parse(heads_f.0, heads_f.1, &["head", "type", "strength"])?.rows {
        let kind = EntityType::parse(c[1])
            .ok_or_else(|| lex_err(heads_f.0, line, format!("unknown type `{}`", c[1])))?;
        let strength = match c[2] {
            "strong" => Strength::Strong,
            "weak" => Strength::Weak,
            s => return Err(lex_err(heads_f.0, line, format!("unknown strength `{s}`"))),
        };
        heads.push(Head {
            word: c[0].to_string(),
            kind,
            strength,
        });
    }
    let mut name_stops = HashSet::default();
    let mut name_inner = HashSet::default();
    let mut name_next = HashSet::default();
    let mut name_plain = HashSet::default();
    let mut name_places = HashSet::default();
    let mut name_proper = HashSet::default();
    let mut speech = HashSet::default();
    let mut posts = HashSet::default();
    let mut policy_words = HashSet::default();
    for (line, c) in Table::parse(words_f.0, words_f.1, &["kind", "word"])?.rows {
        let set = match c[0] {
            "stop" => &mut name_stops,
            "inner" => &mut name_inner,
            "next" => &mut name_next,
            "plain" => &mut name_plain,
            "place" => &mut name_places,
            "proper" => &mut name_proper,
            "speech" => &mut speech,
            "post" => &mut posts,
            "policy" => &mut policy_words,
            k => return Err(lex_err(words_f.0, line, format!("unknown kind `{k}`"))),
        };
        set.insert(c[1].to_string());
    }
    // A post verb ends a person's name and marks a person as a speech verb does,
    // and never stands inside an organization's (刘志宏担任湘北锂电研究院院长).
    for w in &posts {
        speech.insert(w.clone());
        name_stops.insert(w.clone());
    }
    let mut titles = HashSet::default();
    let mut skip_roles = HashSet::default();
    let mut officers = HashSet::default();
    let mut title_qualifiers = Vec::new();
    let mut offices = Vec::new();
    for (line, c) in Table::parse(titles_f.0, titles_f.1, &["kind", "word"])?.rows {
        match c[0] {
            "title" => titles.insert(c[1].to_string()),
            "qualifier" => {
                title_qualifiers.push(c[1].to_string());
                true
            }
            "office" => {
                offices.push(c[1].to_string());
                true
            }
            "officer" => {
                officers.insert(c[1].to_string());
                titles.insert(c[1].to_string())
            }
            "skip" => skip_roles.insert(c[1].to_string()),
            k => return Err(lex_err(titles_f.0, line, format!("unknown kind `{k}`"))),
        };
    }
    let mut triggers = Vec::new();
    for (line, c) in Table::parse(triggers_f.0, triggers_f.1, &["relation", "words"])?.rows {
        let relation = Relation::parse(c[0])
            .ok_or_else(|| lex_err(triggers_f.0, line, format!("unknown relation `{}`", c[0])))?;
        for w in multi(c[1]) {
            triggers.push(Trigger { word: w, relation });
        }
    }
    let mut indicators = Vec::new();
    for (line, c) in Table::parse(
        indicators_f.0,
        indicators_f.1,
        &["word", "indicator", "measures"],
    )?
    .rows
    {
        let mut measures = Vec::new();
        for m in multi(c[2]) {
            match m.as_str() {
                "money" => measures.push(Measure::Money),
                "amount" => measures.push(Measure::Amount),
                "count" => measures.push(Measure::Count),
                "rate" => measures.push(Measure::Rate),
                "any" => {}
                other => {
                    return Err(lex_err(
                        indicators_f.0,
                        line,
                        format!("unknown measure `{other}` (money, amount, count, rate, any)"),
                    ));
                }
            }
        }
        indicators.push(Indicator {
            word: c[0].to_string(),
            canonical: if c[1].is_empty() { c[0] } else { c[1] }.to_string(),
            measures,
        });
    }
    Ok(Rules {
        heads,
        name_stops,
        name_inner,
        name_next,
        name_plain,
        name_places,
        name_proper,
        speech,
        posts,
        policy_words: {
            let mut v: Vec<String> = policy_words.into_iter().collect();
            v.sort();
            v
        },
        titles,
        skip_roles,
        title_qualifiers: {
            title_qualifiers.sort_by_key(|w| std::cmp::Reverse(w.len()));
            title_qualifiers
        },
        offices,
        officers,
        triggers,
        indicators,
        words: rule_words(relation_f, entity_f, anaphors_f)?,
    })
}

/// The word lists of the relation, entity and anaphor files.
fn rule_words(
    relation_f: (&str, &str),
    entity_f: (&str, &str),
    anaphors_f: (&str, &str),
) -> Result<Words> {
    let [
        joiners,
        tight_joiners,
        not_subject_before,
        owner_links,
        located,
        production,
        event_reference,
        event_talks,
        trade,
        place_descriptors,
        trade_only_after,
        figure_verbs,
        adverbial_before,
        source_after,
        national,
        whole_region,
        recovery,
        launch,
        record_holders,
        record_places,
        exhibitor_columns,
        doer_after,
        market,
        self_report,
        round_verbs,
        round_labels,
        round_raises,
        joint_labels,
        buyer_columns,
        seller_columns,
        seat_columns,
        project_columns,
        shareholder_columns,
        stake_columns,
        held_columns,
        business_labels,
        owner_labels,
        company_columns,
        person_columns,
        post_columns,
        copula_roles,
        host_columns,
        ranking,
        recycling,
        equipment,
        site,
        penalty,
    ] = word_lists(relation_f.0, relation_f.1, RELATION_LISTS)?;
    let [
        legal_ends,
        founding,
        name_followers,
        short_legal,
        short_industry,
        short_abbrev,
        complete_heads,
        own_first_person,
        first_person,
        interview_marks,
        issuer_words,
        own_document_marks,
        event_verbs,
        honorifics,
        appoint_verbs,
        talk_nouns,
        town_suffixes,
        abroad_suffixes,
        abroad_sub_suffixes,
        place_not_ends,
        latin_common,
        town_locatives,
        roster_ends,
        not_stock_ends,
        campus_regions,
        product_classes,
    ] = word_lists(entity_f.0, entity_f.1, ENTITY_LISTS)?;
    let short_abbrev = short_abbrev
        .iter()
        .map(|w| {
            w.split_once('>')
                .filter(|(a, b)| !a.is_empty() && !b.is_empty())
                .map(|(a, b)| (a.to_string(), b.to_string()))
                .ok_or_else(|| {
                    lex_err(
                        entity_f.0,
                        0,
                        format!("short_abbrev `{w}` is not WORD>ABBREVIATION"),
                    )
                })
        })
        .collect::<Result<Vec<_>>>()?;
    let anaphors = anaphors(anaphors_f.0, anaphors_f.1)?;
    if anaphors.is_empty() {
        let end = anaphors_f.1.lines().count().max(1);
        return Err(lex_err(anaphors_f.0, end, "no anaphors".to_string()));
    }
    let set = |v: Vec<String>| -> HashSet<String> { v.into_iter().collect() };
    Ok(Words {
        joiners: set(joiners),
        tight_joiners: set(tight_joiners),
        not_subject_before,
        owner_links: set(owner_links),
        located,
        production,
        event_reference,
        event_talks,
        trade,
        place_descriptors,
        trade_only_after: set(trade_only_after),
        figure_verbs,
        adverbial_before,
        source_after,
        national,
        whole_region,
        recovery,
        launch,
        record_holders,
        record_places,
        exhibitor_columns,
        doer_after,
        market,
        self_report,
        round_verbs,
        round_labels,
        round_raises,
        joint_labels,
        buyer_columns,
        seller_columns,
        seat_columns,
        project_columns,
        shareholder_columns,
        stake_columns,
        held_columns,
        business_labels,
        owner_labels,
        company_columns,
        person_columns,
        post_columns,
        copula_roles,
        host_columns,
        ranking,
        recycling,
        equipment,
        site,
        penalty,
        anaphors,
        legal_ends,
        founding,
        name_followers,
        short_legal,
        short_industry,
        short_abbrev,
        complete_heads,
        own_first_person,
        first_person,
        interview_marks,
        issuer_words,
        own_document_marks,
        event_verbs,
        honorifics,
        appoint_verbs,
        talk_nouns,
        town_suffixes,
        abroad_suffixes,
        abroad_sub_suffixes,
        place_not_ends,
        latin_common,
        town_locatives,
        roster_ends,
        not_stock_ends,
        campus_regions,
        product_classes,
    })
}

/// How often a word must occur in the segmenter's general dictionary, tagged as no
/// kind of name, to be taken for that ordinary word rather than a county (资源 17,453,
/// 会同 860; county names the dictionary lacks or tags as places stay below).
const COMMON_WORD_FREQ: usize = 500;

/// How often a county's full name must occur in the segmenter's dictionary, tagged
/// as no kind of name, to be taken for that word (矿区 372, 城区 1,517, 郊区 668):
/// a full name the dictionary knows as an ordinary word at all is seldom the county.
const COUNTY_WORD_FREQ: usize = 100;

/// True when `word` is one dictionary word of the segmenter, tagged as an ordinary
/// word (not a place, person, organization or other name), and frequent.
pub(crate) fn is_common_word(jieba: &jieba_rs::Jieba, word: &str) -> bool {
    is_ordinary_word(jieba, word, COMMON_WORD_FREQ)
}

/// [`is_common_word`] with its own threshold of frequency.
fn is_ordinary_word(jieba: &jieba_rs::Jieba, word: &str, min_freq: usize) -> bool {
    let tags = jieba.tag(word, false);
    let [t] = tags.as_slice() else {
        return false;
    };
    !matches!(t.tag, "ns" | "nr" | "nrt" | "nrfg" | "nz" | "nt" | "j")
        && jieba.suggest_freq(word) >= min_freq
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lex() -> &'static Lexicon {
        static LEX: std::sync::OnceLock<Lexicon> = std::sync::OnceLock::new();
        LEX.get_or_init(|| Lexicon::builtin().expect("built-in lexicon loads"))
    }

    #[test]
    fn the_last_whole_region_word_before_a_figure_is_found() {
        let lex = lex();
        let text = "全省锂电产值中，全市占比";
        assert_eq!(
            lex.last_whole_region(text, |_| true),
            Some((text.find("全市").unwrap(), "全市"))
        );
        assert_eq!(
            lex.last_whole_region("全省产值", |_| true),
            Some((0, "全省"))
        );
        assert_eq!(lex.last_whole_region("全国产值", |_| true), None);
        assert_eq!(lex.last_whole_region(text, |p| p == 0), Some((0, "全省")));
    }

    /// The memo of short scans answers for the lexicon that asks.
    #[test]
    fn scan_gives_the_same_hits_from_its_memo() {
        let lex = lex();
        let first: Vec<(usize, usize)> = lex
            .scan("宜春市")
            .iter()
            .map(|h| (h.start, h.end))
            .collect();
        let again: Vec<(usize, usize)> = lex
            .scan("宜春市")
            .iter()
            .map(|h| (h.start, h.end))
            .collect();
        assert_eq!(first, vec![(0, "宜春市".len())]);
        assert_eq!(first, again);
    }

    fn jieba_tags(lex: &Lexicon, text: &str) -> Vec<(String, String)> {
        lex.segmenter()
            .tag(text, true)
            .into_iter()
            .map(|t| (t.word.to_string(), t.tag.to_string()))
            .collect()
    }

    fn memo_tags(lex: &Lexicon, text: &str) -> Vec<(String, String)> {
        lex.tag(text)
            .into_iter()
            .map(|t| (t.word.to_string(), t.tag.to_string()))
            .collect()
    }

    fn lexicon_error(e: Error) -> (String, usize, String) {
        match e {
            Error::Lexicon {
                path,
                line,
                message,
            } => (path.display().to_string(), line, message),
            other => panic!("not a lexicon error: {other}"),
        }
    }

    #[test]
    fn county_short_forms_that_are_common_words_are_ambiguous() {
        let lex = Lexicon::builtin().unwrap();
        for w in ["资源", "合作", "会同", "公安"] {
            assert!(lex.ambiguous_regions.contains(w), "{w}");
            assert!(!lex.is_region_form(w), "{w}");
        }
        for w in ["宜章", "临武", "宁乡"] {
            assert!(!lex.ambiguous_regions.contains(w), "{w}");
        }
        // Cities stay trusted whatever the dictionary says of them (保定/v).
        assert!(lex.is_region_form("保定"));
    }

    #[test]
    fn built_in_word_lists_load_in_file_order_and_are_non_empty() {
        let w = &lex().words;
        let vecs = [
            &w.not_subject_before,
            &w.located,
            &w.production,
            &w.event_reference,
            &w.trade,
            &w.place_descriptors,
            &w.figure_verbs,
            &w.adverbial_before,
            &w.source_after,
            &w.national,
            &w.whole_region,
            &w.recovery,
            &w.launch,
            &w.doer_after,
            &w.market,
            &w.self_report,
            &w.legal_ends,
            &w.founding,
            &w.name_followers,
            &w.short_legal,
            &w.short_industry,
            &w.complete_heads,
        ];
        assert!(!w.short_abbrev.is_empty());
        assert!(vecs.iter().all(|v| !v.is_empty()));
        let sets = [
            &w.joiners,
            &w.tight_joiners,
            &w.owner_links,
            &w.trade_only_after,
        ];
        assert!(sets.iter().all(|s| !s.is_empty()));
        assert!(w.joiners.contains("、") && w.tight_joiners.contains("及"));
        // Order is kept where the first fit wins.
        assert_eq!(
            w.figure_verbs[..5],
            ["不超过", "不低于", "不少于", "达到", "超过"]
        );
        assert_eq!(
            w.short_legal.first().map(String::as_str),
            Some("集团股份有限公司")
        );
        assert_eq!(w.short_legal.last().map(String::as_str), Some("公司"));
        assert_eq!(w.anaphors[0], ("本届论坛".to_string(), EntityType::Event));
        let pos = |word: &str| w.anaphors.iter().position(|(a, _)| a == word);
        assert!(pos("该公司") < pos("公司"));
    }

    #[test]
    fn anaphors_are_found_overlapping() {
        let lex = lex();
        let hits = lex.find_anaphors("该公司产能");
        let words: Vec<&str> = hits
            .iter()
            .map(|&(k, _)| lex.words.anaphors[k].0.as_str())
            .collect();
        assert!(
            words.contains(&"该公司") && words.contains(&"公司"),
            "{words:?}"
        );
    }

    #[test]
    fn word_list_line_without_a_word_names_file_and_line() {
        let text = "# comment\nlist\tword\njoiner\t、\njoiner\n";
        let e = word_lists("rules/x.tsv", text, ["joiner"]).unwrap_err();
        let (path, line, message) = lexicon_error(e);
        assert_eq!((path.as_str(), line), ("rules/x.tsv", 4), "{message}");
    }

    #[test]
    fn unknown_word_list_is_an_error() {
        let text = "list\tword\njoiner\t、\njoinr\t和\n";
        let e = word_lists("rules/x.tsv", text, ["joiner"]).unwrap_err();
        let (path, line, message) = lexicon_error(e);
        assert_eq!((path.as_str(), line), ("rules/x.tsv", 3));
        assert!(message.contains("unknown list `joinr`"), "{message}");
    }

    #[test]
    fn repeated_word_and_empty_list_are_errors() {
        let text = "list\tword\na\t、\na\t、\nb\t和\n";
        let (_, line, message) = lexicon_error(word_lists("x.tsv", text, ["a", "b"]).unwrap_err());
        assert_eq!(line, 3, "{message}");
        let text = "list\tword\na\t、\n";
        let (_, _, message) = lexicon_error(word_lists("x.tsv", text, ["a", "b"]).unwrap_err());
        assert!(message.contains("list `b` has no words"), "{message}");
    }

    #[test]
    fn anaphor_with_unknown_type_names_file_and_line() {
        let text = "word\ttype\n该公司\tcompany\n该院\tinstitution\n";
        let (path, line, message) = lexicon_error(anaphors("rules/a.tsv", text).unwrap_err());
        assert_eq!((path.as_str(), line), ("rules/a.tsv", 3));
        assert!(message.contains("unknown type `institution`"), "{message}");
    }

    #[test]
    fn memoized_tags_equal_the_segmenters_on_first_and_repeated_calls() {
        let lex = lex();
        for text in [
            "湖南郴州新材料有限公司",
            "张三表示",
            "",
            "ABC锂业2025年",
            "张三表示",
        ] {
            let want = jieba_tags(lex, text);
            assert_eq!(memo_tags(lex, text), want, "first call: {text}");
            assert_eq!(memo_tags(lex, text), want, "memoized call: {text}");
        }
    }

    #[test]
    fn tag_memo_does_not_leak_between_lexicons() {
        // A second lexicon with an extra word segments differently; the memo of
        // the first must not answer for it.
        let a = lex();
        let text = "甲乙丙丁戊科技";
        let before = memo_tags(a, text);
        let mut b = Lexicon::builtin().expect("built-in lexicon loads");
        b.jieba.add_word("甲乙丙丁戊", Some(100_000), Some("nz"));
        let after = memo_tags(&b, text);
        assert_eq!(after, jieba_tags(&b, text));
        assert_ne!(before, after);
        assert_eq!(memo_tags(a, text), before);
    }
}
