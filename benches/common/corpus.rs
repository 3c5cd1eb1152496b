//! A deterministic generator of Chinese lithium-industry news articles, for
//! benchmarks only (never gold). Shared by `examples/gen_corpus.rs` and
//! `benches/stages.rs` through `#[path]`.
//!
//! Names come from the loaded [`Lexicon`] (companies, products, organizations,
//! regions, surnames, titles, heads, triggers, indicators) and from invented
//! ones (syllables + a head). Every relation wording of data/rules/triggers.tsv
//! is used, with figures, dates and the noise of scraped pages (pinyin
//! annotations, photo captions, bylines, boilerplate, a body pasted twice, HTML
//! pages). Document `i` of seed `s` depends only on `(s, i)` and the lexicon, so
//! a corpus is reproducible and any prefix of it is the same.

#![allow(dead_code)]

use std::fmt::Write;

use lithkg::lexicon::{Level, Lexicon};
use lithkg::model::EntityType;

/// SplitMix64: tiny, fast, fixed algorithm (no dependency whose stream could change).
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    /// A generator seeded with `seed`.
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    /// The generator of document `serial` under `seed`.
    pub fn for_doc(seed: u64, serial: u64) -> Rng {
        let mut r = Rng(seed ^ serial.wrapping_mul(0xD1B5_4A32_D192_ED03));
        r.next_u64();
        r
    }

    /// Next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (n > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (((self.next_u64() >> 11) as u128 * n as u128) >> 53) as usize
    }

    /// Uniform in `lo..=hi`.
    pub fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi - lo + 1)
    }

    /// Uniform in `[0, 1)`.
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// True with probability `p`.
    pub fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }

    /// A uniformly chosen element.
    pub fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len())]
    }

    /// An element chosen with a heavy head (popular names recur, the tail is long).
    pub fn skewed<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        let u = self.unit();
        &xs[((u * u * u) * xs.len() as f64) as usize % xs.len()]
    }
}

/// Syllables for invented names.
const SYLLABLES: &[&str] = &[
    "华", "鑫", "泰", "瑞", "恒", "源", "创", "宏", "盛", "达", "邦", "凯", "博", "晟", "嘉", "信",
    "德", "隆", "安", "丰", "远", "天", "亿", "金", "海", "融", "威", "拓", "峰", "川", "昊", "驰",
    "聚", "诺", "宇", "骏", "鼎", "铭", "昇", "翔", "腾", "锦", "润", "弘", "致", "欣", "航", "磊",
    "凌", "卓", "启", "朗", "图", "和", "祥", "晶", "湘", "赣", "蜀", "闽",
];

/// Company heads of invented companies (most are heads of data/rules/heads.tsv).
const COMPANY_HEADS: &[&str] = &[
    "新材料有限公司",
    "锂业有限公司",
    "新能源科技有限公司",
    "锂业",
    "新材料",
    "能源科技股份有限公司",
    "矿业有限公司",
    "电池有限公司",
    "循环科技有限公司",
    "锂能",
    "储能科技有限公司",
    "新能源",
    "化工有限公司",
    "钴业",
    "动力电池有限公司",
    "材料科技股份有限公司",
];

const INSTITUTE_HEADS: &[&str] = &[
    "锂电研究院",
    "新能源研究院",
    "储能技术研究所",
    "锂资源工程技术研究中心",
    "电池材料重点实验室",
    "固态电池创新中心",
    "锂电中试基地",
    "动力电池检测中心",
];

const PARK_HEADS: &[&str] = &[
    "锂电产业园",
    "新能源产业园",
    "高新区",
    "经济技术开发区",
    "工业园区",
    "锂电新材料产业基地",
    "储能产业园",
];

const EVENT_HEADS: &[&str] = &[
    "锂电产业发展大会",
    "锂资源创新应用大会",
    "新能源电池产业高峰论坛",
    "储能产业博览会",
    "锂电池产业链招商会",
    "固态电池技术研讨会",
    "电池回收产业对接会",
    "新能源汽车产业峰会",
];

const ASSOC_HEADS: &[&str] = &[
    "电池行业协会",
    "锂电产业联盟",
    "新能源商会",
    "储能产业促进会",
    "有色金属学会",
];

const GOV_HEADS: &[&str] = &[
    "人民政府",
    "工信局",
    "发改委",
    "科技局",
    "商务局",
    "自然资源局",
    "管委会",
];

const PROVINCE_GOV_HEADS: &[&str] = &[
    "人民政府",
    "工业和信息化厅",
    "科技厅",
    "商务厅",
    "发展和改革委员会",
];

const MEDIA: &[&str] = &[
    "红网时刻新闻",
    "经济日报",
    "新华网",
    "中国能源报",
    "第一财经",
    "证券时报",
    "湖南日报",
    "江西日报",
    "每日经济新闻",
    "高工锂电",
    "中国有色金属报",
    "电池网",
];

/// Words given a pinyin annotation on some pages, as scraped readers add them.
const PINYIN: &[(&str, &str)] = &[
    ("报道", "bàodào"),
    ("产值", "chǎnzhí"),
    ("同比", "tóngbǐ"),
    ("有望", "yǒuwàng"),
    ("锂电", "lǐdiàn"),
    ("产业", "chǎnyè"),
    ("发展", "fāzhǎn"),
    ("企业", "qǐyè"),
    ("项目", "xiàngmù"),
    ("投资", "tóuzī"),
    ("突破", "tūpò"),
    ("记者", "jìzhě"),
    ("材料", "cáiliào"),
    ("电池", "diànchí"),
    ("亿元", "yìyuán"),
];

const POLICY_TOPICS: &[&str] = &[
    "加快锂电产业高质量发展的若干措施",
    "支持新能源电池产业集群发展的实施意见",
    "锂资源开发利用管理办法",
    "新型储能产业发展行动方案",
    "动力电池回收利用体系建设实施方案",
    "推动锂电新材料产业发展的若干政策",
    "新能源汽车产业链供应链提升行动计划",
];

const FILLER: &[&str] = &[
    "近年来，新能源汽车和储能市场快速增长，带动锂电全产业链加速扩张。",
    "业内人士认为，锂价波动正在倒逼企业向产业链上下游延伸。",
    "从资源到材料、从电芯到整车，一条完整的产业链正在加速成形。",
    "随着碳达峰、碳中和目标的推进，锂电产业迎来新一轮发展机遇。",
    "企业负责人表示，将继续加大研发投入，提升产品竞争力。",
    "专家指出，锂资源保障能力是产业安全的关键所在。",
    "当前，行业正从规模扩张转向技术创新和质量提升。",
    "锂被称为“白色石油”，在新能源产业发展中有着重要地位。",
    "与此同时，园区配套的物流、检测和人才服务也在同步完善。",
    "下一步，当地将围绕延链补链强链，持续优化营商环境。",
    "受下游需求拉动，正极材料和电解液订单明显回暖。",
    "不少企业把目光投向海外市场，加快全球化布局。",
];

const BOILER_CUT: &[&str] = &[
    "相关推荐",
    "相关阅读",
    "延伸阅读",
    "猜你喜欢",
    "评论列表",
    "热门推荐",
];

/// The names and words articles are made of.
#[derive(Debug, Clone)]
pub struct Vocab {
    companies: Vec<String>,
    products: Vec<String>,
    universities: Vec<String>,
    institutes: Vec<String>,
    associations: Vec<String>,
    governments: Vec<String>,
    provinces: Vec<String>,
    cities: Vec<String>,
    counties: Vec<String>,
    city_shorts: Vec<String>,
    surnames: Vec<String>,
    titles: Vec<String>,
    /// Trigger words by relation id (cooperates_with → 合作, 携手 …), sorted by id.
    triggers: Vec<(String, Vec<String>)>,
    indicators: Vec<String>,
    seed: u64,
}

/// Sizes of the implicit pools of invented names. Draws are skewed towards low
/// indices, so distinct names grow sublinearly with the corpus and saturate near
/// the pool size, as the entities of one industry do in real news.
const POOL_COMPANIES: u64 = 200_000;
const POOL_PERSONS: u64 = 300_000;
const POOL_INSTITUTES: u64 = 20_000;
const POOL_PARKS: u64 = 20_000;

/// Given-name characters of invented persons.
const GIVEN: &[&str] = &[
    "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明",
    "超", "秀", "霞", "平", "刚", "桂", "英", "建", "华", "文", "志", "海", "卫", "红", "晓", "宏",
    "玉", "春", "国", "亮", "斌", "鹏", "琳", "晨",
];

fn sorted<I: IntoIterator<Item = String>>(it: I) -> Vec<String> {
    let mut v: Vec<String> = it.into_iter().collect();
    v.sort();
    v.dedup();
    v
}

impl Vocab {
    /// The vocabulary of a lexicon, with a pool of invented names drawn from `seed`.
    pub fn new(lex: &Lexicon, seed: u64) -> Vocab {
        let names = |k: EntityType, aliases: bool| -> Vec<String> {
            let mut v = Vec::new();
            for e in lex.entries.iter().filter(|e| e.kind == k) {
                v.push(e.name.clone());
                if aliases {
                    v.extend(e.aliases.iter().filter(|a| !a.is_ascii()).cloned());
                }
            }
            v
        };
        let level = |l: Level| -> Vec<String> {
            lex.regions
                .iter()
                .filter(|r| r.level == l)
                .map(|r| r.name.clone())
                .collect()
        };
        let mut triggers: Vec<(String, Vec<String>)> = Vec::new();
        for t in &lex.triggers {
            let id = t.relation.as_str().to_string();
            match triggers.iter_mut().find(|(r, _)| *r == id) {
                Some((_, ws)) => ws.push(t.word.clone()),
                None => triggers.push((id, vec![t.word.clone()])),
            }
        }
        triggers.sort();
        let city_shorts: Vec<String> = lex
            .regions
            .iter()
            .filter(|r| r.level == Level::City)
            .filter_map(|r| r.shorts.first().cloned())
            .filter(|s| !lex.ambiguous_regions.contains(s))
            .collect();
        let mut v = Vocab {
            companies: names(EntityType::Company, true),
            products: names(EntityType::Product, false),
            universities: names(EntityType::University, false),
            institutes: names(EntityType::Institute, false),
            associations: names(EntityType::Association, false),
            governments: names(EntityType::Government, false),
            provinces: level(Level::Province),
            cities: level(Level::City),
            counties: level(Level::County),
            city_shorts,
            surnames: sorted(
                lex.surnames
                    .iter()
                    .filter(|s| s.chars().count() == 1)
                    .cloned(),
            ),
            titles: sorted(lex.titles.iter().cloned()),
            triggers,
            indicators: lex.indicators.iter().map(|i| i.word.clone()).collect(),
            seed,
        };
        for list in [
            &mut v.companies,
            &mut v.products,
            &mut v.universities,
            &mut v.institutes,
            &mut v.associations,
            &mut v.governments,
            &mut v.provinces,
            &mut v.cities,
            &mut v.counties,
            &mut v.city_shorts,
            &mut v.surnames,
            &mut v.titles,
        ] {
            if list.is_empty() {
                list.push("示例单位".to_string());
            }
        }
        v
    }

    /// The generator of entry `idx` of pool `pool`: an invented name is a pure
    /// function of (seed, pool, idx).
    fn pooled(&self, pool: u64, idx: u64) -> Rng {
        Rng::for_doc(self.seed ^ pool.wrapping_mul(0xA076_1D64_78BD_642F), idx)
    }

    /// A skewed index into a pool of `n`.
    fn pool_index(r: &mut Rng, n: u64) -> u64 {
        let u = r.unit();
        ((u * u * u) * n as f64) as u64
    }

    fn syllables(&self, r: &mut Rng, n: usize) -> String {
        (0..n).map(|_| *r.pick(SYLLABLES)).collect()
    }

    fn fresh_company(&self, r: &mut Rng) -> String {
        let prefix = if r.chance(0.5) {
            r.pick(&self.city_shorts).clone()
        } else {
            String::new()
        };
        let n = r.range(2, 3);
        let core = self.syllables(r, n);
        format!("{prefix}{core}{}", r.pick(COMPANY_HEADS))
    }

    fn fresh_institute(&self, r: &mut Rng) -> String {
        if r.chance(0.3) {
            format!("{}{}", r.pick(&self.universities), r.pick(INSTITUTE_HEADS))
        } else {
            format!(
                "{}{}{}",
                r.pick(&self.city_shorts),
                self.syllables(r, 2),
                r.pick(INSTITUTE_HEADS)
            )
        }
    }

    fn fresh_park(&self, r: &mut Rng) -> String {
        format!("{}{}", r.pick(&self.counties), r.pick(PARK_HEADS))
    }

    /// A company: lexicon, pooled invented, or brand new.
    pub fn company(&self, r: &mut Rng) -> String {
        let u = r.unit();
        if u < 0.5 {
            r.skewed(&self.companies).clone()
        } else {
            let i = Self::pool_index(r, POOL_COMPANIES);
            self.fresh_company(&mut self.pooled(1, i))
        }
    }

    /// A product or material.
    pub fn product(&self, r: &mut Rng) -> String {
        r.skewed(&self.products).clone()
    }

    /// A university.
    pub fn university(&self, r: &mut Rng) -> String {
        r.skewed(&self.universities).clone()
    }

    /// A research institute, known or invented.
    pub fn institute(&self, r: &mut Rng) -> String {
        if r.chance(0.4) {
            r.skewed(&self.institutes).clone()
        } else {
            let i = Self::pool_index(r, POOL_INSTITUTES);
            self.fresh_institute(&mut self.pooled(2, i))
        }
    }

    /// An association, known or invented.
    pub fn association(&self, r: &mut Rng) -> String {
        if r.chance(0.4) {
            r.pick(&self.associations).clone()
        } else {
            format!("{}{}", r.pick(&self.provinces), r.pick(ASSOC_HEADS))
        }
    }

    /// A government body, national or local.
    pub fn government(&self, r: &mut Rng) -> String {
        match r.below(3) {
            0 => r.pick(&self.governments).clone(),
            1 => format!("{}{}", r.pick(&self.cities), r.pick(GOV_HEADS)),
            _ => format!("{}{}", r.pick(&self.provinces), r.pick(PROVINCE_GOV_HEADS)),
        }
    }

    /// A city (full name).
    pub fn city(&self, r: &mut Rng) -> String {
        r.skewed(&self.cities).clone()
    }

    /// A county (full name).
    pub fn county(&self, r: &mut Rng) -> String {
        r.pick(&self.counties).clone()
    }

    /// A province (full name).
    pub fn province(&self, r: &mut Rng) -> String {
        r.pick(&self.provinces).clone()
    }

    /// An industrial park.
    pub fn park(&self, r: &mut Rng) -> String {
        let i = Self::pool_index(r, POOL_PARKS);
        self.fresh_park(&mut self.pooled(3, i))
    }

    /// An event of a year.
    pub fn event(&self, r: &mut Rng, year: usize) -> String {
        match r.below(3) {
            0 => format!("{year}{}{}", r.pick(&self.city_shorts), r.pick(EVENT_HEADS)),
            1 => format!("第{}届中国{}", r.range(2, 15), r.pick(EVENT_HEADS)),
            _ => format!("{}{}", r.pick(&self.provinces), r.pick(EVENT_HEADS)),
        }
    }

    /// A person's name.
    pub fn person(&self, r: &mut Rng) -> String {
        let mut p = self.pooled(4, Self::pool_index(r, POOL_PERSONS));
        let n = if p.chance(0.7) { 2 } else { 1 };
        let surname = p.pick(&self.surnames).clone();
        let given: String = (0..n).map(|_| *p.pick(GIVEN)).collect();
        format!("{surname}{given}")
    }

    /// A person title (董事长, 教授 …), from the rules' titles, fitting `kind` where it can.
    pub fn title(&self, r: &mut Rng, kind: EntityType) -> String {
        let fit: &[&str] = match kind {
            EntityType::Company => &[
                "董事长",
                "总经理",
                "副总裁",
                "总裁",
                "技术总监",
                "总工程师",
                "创始人",
                "首席科学家",
            ],
            EntityType::University | EntityType::Institute => &[
                "教授",
                "院士",
                "研究员",
                "院长",
                "副院长",
                "博士生导师",
                "所长",
                "首席专家",
            ],
            EntityType::Government => &["局长", "市长", "副市长", "主任", "副局长", "厅长"],
            _ => &[],
        };
        let ok: Vec<&String> = self
            .titles
            .iter()
            .filter(|t| fit.contains(&t.as_str()))
            .collect();
        if !ok.is_empty() && r.chance(0.9) {
            (*r.pick(&ok)).clone()
        } else {
            r.pick(&self.titles).clone()
        }
    }

    /// A fact indicator of one of `words` that the rules know, or any rule indicator.
    pub fn indicator_of(&self, r: &mut Rng, words: &[&str]) -> String {
        let ok: Vec<&String> = self
            .indicators
            .iter()
            .filter(|i| words.contains(&i.as_str()))
            .collect();
        if ok.is_empty() {
            self.indicator(r)
        } else {
            (*r.pick(&ok)).clone()
        }
    }

    /// A trigger word of a relation id, or `fallback` when the rules have none.
    pub fn trigger(&self, r: &mut Rng, relation: &str, fallback: &'static str) -> String {
        match self.triggers.iter().find(|(id, _)| id == relation) {
            Some((_, ws)) if !ws.is_empty() => r.pick(ws).clone(),
            _ => fallback.to_string(),
        }
    }

    /// A fact indicator word.
    pub fn indicator(&self, r: &mut Rng) -> String {
        if self.indicators.is_empty() {
            "产值".to_string()
        } else {
            r.pick(&self.indicators).clone()
        }
    }
}

/// One generated file.
#[derive(Debug, Clone)]
pub struct GenFile {
    /// Relative path, `NNN/doc-NNNNNNN.txt` or `.html`.
    pub path: String,
    /// UTF-8 content.
    pub text: String,
}

fn fig(r: &mut Rng, lo: usize, hi: usize) -> String {
    let whole = r.range(lo, hi);
    if r.chance(0.5) {
        format!("{whole}.{}", r.range(1, 99))
    } else {
        whole.to_string()
    }
}

/// Recurring stories: a share of sentences retell one of these (the same
/// entities, wording and figures), as syndicated news repeats a report.
const POOL_STORIES: u64 = 100_000;
const STORY_SHARE: f64 = 0.35;

/// One sentence of the body: a recurring story or a new one.
fn sentence(v: &Vocab, r: &mut Rng, year: usize, out: &mut String) {
    if r.chance(STORY_SHARE) {
        let mut s = v.pooled(5, Vocab::pool_index(r, POOL_STORIES));
        let y = s.range(2018, 2026);
        new_sentence(v, &mut s, y, out);
    } else {
        new_sentence(v, r, year, out);
    }
}

/// One sentence of the body, of a randomly chosen kind.
fn new_sentence(v: &Vocab, r: &mut Rng, year: usize, out: &mut String) {
    let y = year;
    let m = r.range(1, 12);
    let d = r.range(1, 28);
    match r.below(27) {
        0 => {
            let w = v.trigger(r, "cooperates_with", "合作");
            let _ = write!(
                out,
                "{y}年{m}月{d}日，{}与{}在{}{}，双方将在{}领域开展全方位合作。",
                v.company(r),
                v.company(r),
                v.city(r),
                w,
                v.product(r)
            );
        }
        1 => {
            let w = v.trigger(r, "cooperates_with", "携手");
            let _ = write!(
                out,
                "{}{}{}，围绕{}关键技术开展联合攻关。",
                v.company(r),
                w,
                v.university(r),
                v.product(r)
            );
        }
        2 => {
            let w = v.trigger(r, "established", "共建");
            let _ = write!(
                out,
                "{}与{}{}{}，首批研发人员已经进驻。",
                v.university(r),
                v.company(r),
                w,
                v.institute(r)
            );
        }
        3 => {
            let _ = write!(
                out,
                "{m}月{d}日，{}在{}揭牌成立，将聚焦{}和{}的研发。",
                v.institute(r),
                v.park(r),
                v.product(r),
                v.product(r)
            );
        }
        4 => {
            let w = v.trigger(r, "relocated_to", "迁至");
            let _ = write!(
                out,
                "{y}年，{}将总部{}{}，并在当地设立研发中心。",
                v.company(r),
                w,
                v.city(r)
            );
        }
        5 => {
            let _ = write!(
                out,
                "{}年产{}万吨{}项目正式落户{}。",
                v.company(r),
                fig(r, 1, 50),
                v.product(r),
                v.park(r)
            );
        }
        6 => {
            let w = v.trigger(r, "invests_in", "投资");
            let _ = write!(
                out,
                "{}拟{}{}亿元，在{}建设年产{}万吨{}生产线，预计{}年建成投产。",
                v.company(r),
                w,
                fig(r, 2, 300),
                v.park(r),
                fig(r, 1, 40),
                v.product(r),
                y + r.range(1, 3)
            );
        }
        7 => {
            let w = v.trigger(r, "produces", "生产");
            let _ = write!(
                out,
                "{}主要{}{}、{}等产品，其中{}已实现量产。",
                v.company(r),
                w,
                v.product(r),
                v.product(r),
                v.product(r)
            );
        }
        8 => {
            let w = v.trigger(r, "supplies", "供应");
            let _ = write!(
                out,
                "据了解，{}为{}{}{}，{}年出货量同比增长{}%。",
                v.company(r),
                v.company(r),
                w,
                v.product(r),
                y,
                fig(r, 5, 180)
            );
        }
        9 => {
            let _ = write!(
                out,
                "{}是{}的{}配套供应商，双方已签订长期供货协议。",
                v.company(r),
                v.company(r),
                v.product(r)
            );
        }
        10 => {
            let w = v.trigger(r, "subsidiary_of", "旗下");
            if w.contains("子公司") {
                let _ = write!(out, "{}是{}的{}。", v.company(r), v.company(r), w);
            } else {
                let _ = write!(
                    out,
                    "{}{}的{}负责{}业务。",
                    v.company(r),
                    w,
                    v.company(r),
                    v.product(r)
                );
            }
        }
        11 => {
            let w = v.trigger(r, "issued", "印发");
            let c = v.city_shorts.get(r.below(v.city_shorts.len().max(1)));
            let _ = write!(
                out,
                "{}{}《关于{}{}》，提出到{}年全市锂电产业产值突破{}亿元。",
                v.government(r),
                w,
                c.map_or("", String::as_str),
                r.pick(POLICY_TOPICS),
                y + r.range(2, 5),
                r.range(100, 3000)
            );
        }
        12 => {
            let w = v.trigger(r, "hosts", "举办");
            let ev = v.event(r, y);
            let _ = write!(
                out,
                "{m}月{d}日，{}由{}主办、{}承办，在{}{}。",
                ev,
                v.association(r),
                v.government(r),
                v.county(r),
                if w.ends_with('办') {
                    "举行".to_string()
                } else {
                    w
                }
            );
        }
        13 => {
            let w = v.trigger(r, "participates_in", "出席");
            let _ = write!(
                out,
                "{}{}{}、{}{}{}等{}{}并致辞。",
                v.company(r),
                v.title(r, EntityType::Company),
                v.person(r),
                v.university(r),
                v.title(r, EntityType::University),
                v.person(r),
                w,
                v.event(r, y)
            );
        }
        14 => {
            let _ = write!(
                out,
                "“我们的{}产品已经通过客户认证。”{}{}{}说。",
                v.product(r),
                v.company(r),
                v.title(r, EntityType::Company),
                v.person(r)
            );
        }
        15 => {
            let _ = write!(
                out,
                "{y}年{}锂电产业产值达{}亿元，同比增长{}%。",
                v.city(r),
                fig(r, 50, 2000),
                fig(r, 3, 90)
            );
        }
        16 => {
            let _ = write!(
                out,
                "今年1-{}月，{}{}{}万吨，同比增长{}%，全年有望突破{}万吨。",
                r.range(2, 9),
                v.company(r),
                v.indicator_of(r, &["产量", "出货量", "销量", "装机量", "回收量", "产能"]),
                fig(r, 1, 60),
                fig(r, 2, 120),
                r.range(10, 150)
            );
        }
        17 => {
            let _ = write!(
                out,
                "预计到{}年，{}{}产能将达到{}万吨，{}{}有望达到{}亿元。",
                y + r.range(2, 6),
                v.province(r),
                v.product(r),
                fig(r, 10, 200),
                v.county(r),
                v.indicator_of(r, &["产值", "营业收入", "销售额", "工业产值", "营收"]),
                r.range(100, 5000)
            );
        }
        18 => {
            let _ = write!(
                out,
                "{}已探明氧化锂储量超过{}万吨，可支撑{}年规模化开采。",
                v.city(r),
                r.range(50, 2000),
                r.range(10, 60)
            );
        }
        19 => {
            let _ = write!(
                out,
                "{}是一家专注于{}的锂电材料企业，产品覆盖锂矿采选、{}制造和电池回收。",
                v.company(r),
                v.product(r),
                v.product(r)
            );
        }
        20 => {
            let _ = write!(
                out,
                "{}已形成从锂矿采选、碳酸锂冶炼到正极材料、电池制造、回收利用的完整产业链，集聚上下游企业{}家。",
                v.city(r),
                r.range(20, 400)
            );
        }
        21 => {
            let _ = write!(
                out,
                "{}{}、{}{}{}介绍，{}的{}技术已达到国际先进水平。",
                v.university(r),
                v.title(r, EntityType::University),
                v.institute(r),
                v.title(r, EntityType::Institute),
                v.person(r),
                v.company(r),
                v.product(r)
            );
        }
        22 => {
            let _ = write!(
                out,
                "{}与{}签订{}亿元投资协议，项目总投资{}亿元，达产后年产值约{}亿元。",
                v.government(r),
                v.company(r),
                fig(r, 5, 200),
                fig(r, 5, 200),
                fig(r, 10, 500)
            );
        }
        23 => {
            let _ = write!(
                out,
                "{}（{}）{}在{}正式投产。",
                v.company(r),
                v.city(r),
                v.product(r),
                v.park(r)
            );
        }
        24 => {
            let _ = write!(
                out,
                "数据显示，{}{}年{}为{}，较上年有所提升。",
                v.company(r),
                y - 1,
                v.indicator(r),
                fig(r, 1, 900)
            );
        }
        _ => {
            let filler: &&str = r.pick(FILLER);
            out.push_str(filler);
        }
    }
}

fn annotate_pinyin(r: &mut Rng, s: &str) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 8);
    let mut rest = s;
    'outer: while !rest.is_empty() {
        for (w, py) in PINYIN {
            if rest.starts_with(w) {
                out.push_str(w);
                if r.chance(0.35) {
                    let _ = write!(out, "({py})");
                }
                rest = &rest[w.len()..];
                continue 'outer;
            }
        }
        let c = rest.chars().next().expect("non-empty");
        out.push(c);
        rest = &rest[c.len_utf8()..];
    }
    out
}

/// A headline.
fn headline(v: &Vocab, r: &mut Rng, year: usize) -> String {
    match r.below(5) {
        0 => format!(
            "{}锂电产业产值突破{}亿元 同比增长{}%",
            v.city(r),
            r.range(100, 2000),
            fig(r, 5, 80)
        ),
        1 => format!(
            "{}与{}签约 共建{}项目",
            v.company(r),
            v.company(r),
            v.product(r)
        ),
        2 => format!("{}开幕 {}家企业参展", v.event(r, year), r.range(50, 800)),
        3 => format!(
            "{}年产{}万吨{}项目开工",
            v.company(r),
            r.range(1, 40),
            v.product(r)
        ),
        _ => format!("“锂”想照进现实：{}打造千亿锂电产业集群", v.city(r)),
    }
}

/// Paragraphs of body text until about `chars` characters.
fn body(v: &Vocab, r: &mut Rng, year: usize, chars: usize) -> Vec<String> {
    let mut paras = Vec::new();
    let mut n = 0;
    while n < chars {
        let mut p = String::new();
        for _ in 0..r.range(2, 5) {
            sentence(v, r, year, &mut p);
        }
        n += p.chars().count();
        paras.push(p);
    }
    paras
}

/// One article as plain text (a scraped page saved as .txt), about `target` characters.
fn text_article(v: &Vocab, r: &mut Rng, target: usize) -> String {
    let year = r.range(2018, 2026);
    let title = headline(v, r, year);
    let doubled = r.chance(0.12);
    let pinyin = r.chance(0.25);
    let body_chars = if doubled { target / 2 } else { target }
        .saturating_sub(200)
        .max(300);
    let mut paras = body(v, r, year, body_chars);
    // Photo captions between paragraphs.
    if r.chance(0.4) {
        for _ in 0..r.range(1, 3) {
            let at = r.below(paras.len() + 1);
            let cap = format!(
                "▲{}{}现场。（{}/摄）",
                v.park(r),
                ["项目", "生产线", "签约仪式", "展会"][r.below(4)],
                v.person(r)
            );
            paras.insert(at, cap);
        }
    }
    let mut out = String::with_capacity(target * 4);
    // The title scraped several times, as pages repeat it in header, share box and body.
    for _ in 0..r.range(1, 3) {
        out.push_str(&title);
        out.push('\n');
    }
    match r.below(3) {
        0 => {
            let _ = writeln!(
                out,
                "{}记者 {} {}报道",
                r.pick(MEDIA),
                v.person(r),
                v.city(r)
            );
        }
        1 => {
            let _ = writeln!(
                out,
                "来源：{}　作者：{}　{}-{:02}-{:02} {:02}:{:02}",
                r.pick(MEDIA),
                v.person(r),
                year,
                r.range(1, 12),
                r.range(1, 28),
                r.range(6, 22),
                r.range(0, 59)
            );
        }
        _ => {}
    }
    let copies = if doubled { 2 } else { 1 };
    for _ in 0..copies {
        for p in &paras {
            if pinyin {
                out.push_str(&annotate_pinyin(r, p));
            } else {
                out.push_str(p);
            }
            out.push('\n');
        }
    }
    if r.chance(0.5) {
        let _ = writeln!(out, "（通讯员 {} 记者 {}）", v.person(r), v.person(r));
    }
    if r.chance(0.6) {
        let _ = writeln!(out, "责任编辑：{}", v.person(r));
    }
    if r.chance(0.6) {
        let _ = writeln!(out, "{}", r.pick(BOILER_CUT));
        for _ in 0..r.range(2, 5) {
            let _ = writeln!(out, "{}", headline(v, r, year));
        }
        if r.chance(0.5) {
            out.push_str("评论列表\n暂无评论\n");
        }
        out.push_str("分享到：微信 微博 QQ空间\n");
    }
    out
}

fn escape_html(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// One article as an HTML page with site furniture.
fn html_article(v: &Vocab, r: &mut Rng, target: usize) -> String {
    let year = r.range(2018, 2026);
    let title = headline(v, r, year);
    let site = r.pick(MEDIA);
    let paras = body(v, r, year, target.saturating_sub(400).max(300));
    let mut out = String::with_capacity(target * 4 + 2000);
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n\
         <title>{t}_{site}</title>\n<style>body {{ font-family: sans-serif; }} .article p {{ text-indent: 2em; }}</style>\n\
         <script>var shareConfig = {{ title: \"{t}\", site: \"{site}\" }};</script>\n</head>\n<body>\n\
         <div class=\"top-bar\">欢迎访问{site} | <a href=\"/login\">登录</a> | <a href=\"/register\">注册</a></div>\n\
         <nav class=\"nav\"><a href=\"/\">首页</a> <a href=\"/news/\">要闻</a> <a href=\"/industry/\">产业</a> <a href=\"/policy/\">政策</a></nav>\n\
         <div class=\"main\"><div class=\"article\">\n<h1>{t}</h1>\n\
         <div class=\"info\">来源：{site}　记者 {p}　{year}-{mo:02}-{d:02} 10:15</div>\n",
        t = escape_html(&title),
        p = v.person(r),
        mo = r.range(1, 12),
        d = r.range(1, 28),
    );
    for p in &paras {
        let _ = writeln!(out, "<p>{}</p>", escape_html(p));
    }
    if r.chance(0.5) {
        let _ = writeln!(
            out,
            "<p class=\"caption\">▲{}。（{}/摄）</p>",
            v.park(r),
            v.person(r)
        );
    }
    let _ = writeln!(
        out,
        "<p class=\"editor\">责任编辑：{}</p>\n</div>\n<div class=\"related\"><h3>相关推荐</h3><ul>",
        v.person(r)
    );
    for _ in 0..r.range(2, 5) {
        let _ = writeln!(
            out,
            "<li><a href=\"/news/{}.html\">{}</a></li>",
            r.range(10000, 99999),
            escape_html(&headline(v, r, year))
        );
    }
    out.push_str(
        "</ul></div></div>\n<div class=\"footer\">版权所有 © 本网站 | 备案号 | 联系我们</div>\n</body>\n</html>\n",
    );
    out
}

/// Document `serial` of the corpus of `seed`: `docs_per_file` articles in one file
/// (one article when 1), every 29th file an HTML page.
pub fn file(v: &Vocab, seed: u64, serial: u64, docs_per_file: usize) -> GenFile {
    let mut r = Rng::for_doc(seed, serial);
    let html = serial % 29 == 7;
    let dir = serial / 1000;
    let ext = if html { "html" } else { "txt" };
    let path = format!("{dir:04}/doc-{serial:08}.{ext}");
    let text = if html {
        let target = r.range(1000, 4000);
        html_article(v, &mut r, target)
    } else {
        let mut t = String::new();
        for i in 0..docs_per_file.max(1) {
            if i > 0 {
                t.push('\n');
            }
            let target = r.range(1000, 4000);
            t.push_str(&text_article(v, &mut r, target));
        }
        t
    };
    GenFile { path, text }
}

/// Files from serial 0 until at least `bytes` bytes were produced.
pub fn generate(
    v: &Vocab,
    seed: u64,
    bytes: u64,
    docs_per_file: usize,
    mut sink: impl FnMut(GenFile) -> std::io::Result<()>,
) -> std::io::Result<(u64, u64)> {
    let mut total = 0u64;
    let mut serial = 0u64;
    while total < bytes {
        let f = file(v, seed, serial, docs_per_file);
        total += f.text.len() as u64;
        serial += 1;
        sink(f)?;
    }
    Ok((serial, total))
}

/// An in-memory sample of about `bytes` bytes (for the stage benchmarks).
pub fn sample(lex: &Lexicon, seed: u64, bytes: u64) -> Vec<GenFile> {
    let v = Vocab::new(lex, seed);
    let mut out = Vec::new();
    generate(&v, seed, bytes, 1, |f| {
        out.push(f);
        Ok(())
    })
    .expect("in-memory sink cannot fail");
    out
}
