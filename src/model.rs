//! The vocabulary shared by every stage: entity types, relation types, chain
//! stages and provenance, spelled exactly as ../shared/spec/schema.md spells them.

use std::fmt;
use std::num::NonZeroUsize;
use std::ptr::NonNull;

use serde::{Deserialize, Serialize};

/// An entity type of the schema.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityType {
    /// 企业
    Company,
    /// 高校
    University,
    /// 科研机构
    Institute,
    /// 行业组织
    Association,
    /// 政府机构
    Government,
    /// 地区
    Region,
    /// 园区
    Park,
    /// 产业链环节
    Stage,
    /// 产品/技术
    Product,
    /// 人物
    Person,
    /// 活动
    Event,
    /// 政策
    Policy,
}

impl EntityType {
    /// Every type, in schema order.
    pub const ALL: [EntityType; 12] = [
        EntityType::Company,
        EntityType::University,
        EntityType::Institute,
        EntityType::Association,
        EntityType::Government,
        EntityType::Region,
        EntityType::Park,
        EntityType::Stage,
        EntityType::Product,
        EntityType::Person,
        EntityType::Event,
        EntityType::Policy,
    ];

    /// Organizations: the types that act (sign, build, host, cooperate).
    pub const ORGS: [EntityType; 5] = [
        EntityType::Company,
        EntityType::University,
        EntityType::Institute,
        EntityType::Association,
        EntityType::Government,
    ];

    /// The schema identifier (`company`, `region`, …).
    pub fn as_str(self) -> &'static str {
        match self {
            EntityType::Company => "company",
            EntityType::University => "university",
            EntityType::Institute => "institute",
            EntityType::Association => "association",
            EntityType::Government => "government",
            EntityType::Region => "region",
            EntityType::Park => "park",
            EntityType::Stage => "stage",
            EntityType::Product => "product",
            EntityType::Person => "person",
            EntityType::Event => "event",
            EntityType::Policy => "policy",
        }
    }

    /// The Chinese label of the schema (企业, 高校, …).
    pub fn label(self) -> &'static str {
        match self {
            EntityType::Company => "企业",
            EntityType::University => "高校",
            EntityType::Institute => "科研机构",
            EntityType::Association => "行业组织",
            EntityType::Government => "政府机构",
            EntityType::Region => "地区",
            EntityType::Park => "园区",
            EntityType::Stage => "产业链环节",
            EntityType::Product => "产品/技术",
            EntityType::Person => "人物",
            EntityType::Event => "活动",
            EntityType::Policy => "政策",
        }
    }

    /// Parses a schema identifier.
    pub fn parse(s: &str) -> Option<EntityType> {
        EntityType::ALL.into_iter().find(|t| t.as_str() == s)
    }

    /// Organizations: the types that act (sign, build, host, cooperate).
    pub fn is_org(self) -> bool {
        EntityType::ORGS.contains(&self)
    }
}

impl fmt::Display for EntityType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A relation type of the schema.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Relation {
    /// 上游: stage → stage
    UpstreamOf,
    /// 属于环节: company/product/park/institute → stage
    InStage,
    /// 位于: any non-stage → region
    LocatedIn,
    /// 合作 (symmetric)
    CooperatesWith,
    /// 组建/共建
    Established,
    /// 迁入
    RelocatedTo,
    /// 投资
    InvestsIn,
    /// 生产/研发
    Produces,
    /// 供货
    Supplies,
    /// 隶属
    SubsidiaryOf,
    /// 任职
    WorksAt,
    /// 举办
    Hosts,
    /// 参加
    ParticipatesIn,
    /// 发布
    Issued,
}

impl Relation {
    /// Every relation, in schema order.
    pub const ALL: [Relation; 14] = [
        Relation::UpstreamOf,
        Relation::InStage,
        Relation::LocatedIn,
        Relation::CooperatesWith,
        Relation::Established,
        Relation::RelocatedTo,
        Relation::InvestsIn,
        Relation::Produces,
        Relation::Supplies,
        Relation::SubsidiaryOf,
        Relation::WorksAt,
        Relation::Hosts,
        Relation::ParticipatesIn,
        Relation::Issued,
    ];

    /// The schema identifier (`located_in`, …).
    pub fn as_str(self) -> &'static str {
        match self {
            Relation::UpstreamOf => "upstream_of",
            Relation::InStage => "in_stage",
            Relation::LocatedIn => "located_in",
            Relation::CooperatesWith => "cooperates_with",
            Relation::Established => "established",
            Relation::RelocatedTo => "relocated_to",
            Relation::InvestsIn => "invests_in",
            Relation::Produces => "produces",
            Relation::Supplies => "supplies",
            Relation::SubsidiaryOf => "subsidiary_of",
            Relation::WorksAt => "works_at",
            Relation::Hosts => "hosts",
            Relation::ParticipatesIn => "participates_in",
            Relation::Issued => "issued",
        }
    }

    /// The Chinese edge label of the schema (上游, 位于, …).
    pub fn label(self) -> &'static str {
        match self {
            Relation::UpstreamOf => "上游",
            Relation::InStage => "属于环节",
            Relation::LocatedIn => "位于",
            Relation::CooperatesWith => "合作",
            Relation::Established => "组建/共建",
            Relation::RelocatedTo => "迁入",
            Relation::InvestsIn => "投资",
            Relation::Produces => "生产/研发",
            Relation::Supplies => "供货",
            Relation::SubsidiaryOf => "隶属",
            Relation::WorksAt => "任职",
            Relation::Hosts => "举办",
            Relation::ParticipatesIn => "参加",
            Relation::Issued => "发布",
        }
    }

    /// Parses a schema identifier.
    pub fn parse(s: &str) -> Option<Relation> {
        Relation::ALL.into_iter().find(|r| r.as_str() == s)
    }

    /// True for relations where A–B and B–A are the same fact.
    pub fn is_symmetric(self) -> bool {
        self == Relation::CooperatesWith
    }
}

impl fmt::Display for Relation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One of the five chain stages, upstream first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Stage {
    /// 锂矿
    Mining,
    /// 材料
    Materials,
    /// 电池
    Cells,
    /// 终端
    Terminal,
    /// 回收
    Recycling,
}

impl Stage {
    /// The stages in chain order.
    pub const ALL: [Stage; 5] = [
        Stage::Mining,
        Stage::Materials,
        Stage::Cells,
        Stage::Terminal,
        Stage::Recycling,
    ];

    /// The stage id, which is also its node name (锂矿, 材料, 电池, 终端, 回收).
    pub fn id(self) -> &'static str {
        match self {
            Stage::Mining => "锂矿",
            Stage::Materials => "材料",
            Stage::Cells => "电池",
            Stage::Terminal => "终端",
            Stage::Recycling => "回收",
        }
    }

    /// Parses a stage id.
    pub fn parse(s: &str) -> Option<Stage> {
        Stage::ALL.into_iter().find(|x| x.id() == s)
    }

    /// Position in the chain, 0 for 锂矿.
    pub fn rank(self) -> usize {
        self as usize
    }
}

/// Whether a relation was read in the text or added from the lexicon.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Origin {
    /// Read in a sentence of a document.
    Text,
    /// Background knowledge from the lexicon.
    Lexicon,
}

impl Origin {
    /// The schema identifier.
    pub fn as_str(self) -> &'static str {
        match self {
            Origin::Text => "text",
            Origin::Lexicon => "lexicon",
        }
    }
}

/// Where a claim was read: a sentence of a document.
///
/// `start`/`end` are **character** offsets of the sentence in the document's
/// cleaned text (see `lithkg clean`), end exclusive.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Evidence {
    /// Document id (file stem); shared by every claim of the document.
    pub document: arcstr::ArcStr,
    /// The sentence text; shared by every claim read in the sentence.
    pub sentence: SentenceText,
    /// First character of the sentence in the cleaned text. Four bytes, not
    /// eight: a big graph holds millions of these records, and no document
    /// read into memory has four billion characters.
    pub start: u32,
    /// One past the last character.
    pub end: u32,
}

impl Evidence {
    /// The record of the sentence at character offsets `start..end` of a
    /// document's cleaned text (offsets beyond `u32::MAX` saturate).
    pub fn new(
        document: arcstr::ArcStr,
        sentence: SentenceText,
        start: usize,
        end: usize,
    ) -> Evidence {
        let offset = |c: usize| u32::try_from(c).unwrap_or(u32::MAX);
        Evidence {
            document,
            sentence,
            start: offset(start),
            end: offset(end),
        }
    }
}

impl PartialEq for Evidence {
    fn eq(&self, other: &Evidence) -> bool {
        // The offsets first: only when they agree can the texts (which may have
        // to be read back from the spool) differ.
        self.start == other.start
            && self.end == other.end
            && self.document == other.document
            && self.sentence == other.sentence
    }
}

impl Eq for Evidence {}

/// The text of an evidence sentence: in memory, or moved to the process's
/// evidence [`spool`](crate::spool) by the graph of a big build. Serializes
/// as the plain string either way; compares as its text.
///
/// One word: the raw pointer of an [`ArcStr`](arcstr::ArcStr) (8-aligned, so
/// bit 0 is clear) or a spool handle shifted left with bit 0 set. A gigabyte
/// corpus keeps millions of evidence records, and a two-word enum made each
/// 8 bytes longer.
pub struct SentenceText(NonNull<()>);

// A handle and a length fit one word only on 64-bit targets.
const _: () = assert!(usize::BITS == 64, "SentenceText packs a u64 into a pointer");

// SAFETY: a SentenceText owns either one reference count of an ArcStr, which
// is Send and Sync, or a plain integer.
unsafe impl Send for SentenceText {}
unsafe impl Sync for SentenceText {}

/// What a [`SentenceText`] holds, borrowed.
enum TextRepr<'a> {
    Memory(&'a str),
    Spooled(crate::spool::Handle),
}

impl SentenceText {
    fn in_memory(s: arcstr::ArcStr) -> SentenceText {
        SentenceText(arcstr::ArcStr::into_raw(s))
    }

    fn in_spool(h: crate::spool::Handle) -> SentenceText {
        let bits = (h.to_bits() << 1) | 1;
        SentenceText(NonNull::without_provenance(
            NonZeroUsize::new(bits as usize).expect("bit 0 is set"),
        ))
    }

    /// Bit 0 set: the word is a spool handle, not an `ArcStr` pointer.
    fn is_handle(&self) -> bool {
        self.0.addr().get() & 1 == 1
    }

    fn repr(&self) -> TextRepr<'_> {
        if self.is_handle() {
            let bits = self.0.addr().get();
            TextRepr::Spooled(crate::spool::Handle::from_bits((bits >> 1) as u64))
        } else {
            // SAFETY: bit 0 clear means the word came from `ArcStr::into_raw`
            // and this value still owns that reference, so the text outlives
            // the borrow of `self`; ManuallyDrop leaves the count alone.
            let arc = std::mem::ManuallyDrop::new(unsafe { arcstr::ArcStr::from_raw(self.0) });
            let text: *const str = arc.as_str();
            TextRepr::Memory(unsafe { &*text })
        }
    }

    /// The text; reading a spooled text can fail like any file read.
    pub fn get(&self) -> std::io::Result<std::borrow::Cow<'_, str>> {
        match self.repr() {
            TextRepr::Memory(s) => Ok(std::borrow::Cow::Borrowed(s)),
            TextRepr::Spooled(h) => Ok(std::borrow::Cow::Owned(the_spool()?.get(h)?)),
        }
    }

    /// The same text, moved to the process's spool when it has one (else kept
    /// in memory).
    pub fn spooled(&self) -> SentenceText {
        match self.repr() {
            TextRepr::Memory(s) => crate::spool::Spool::global()
                .and_then(|sp| sp.store(s))
                .map_or_else(|| self.clone(), SentenceText::in_spool),
            TextRepr::Spooled(_) => self.clone(),
        }
    }

    /// True when the text lives in the spool.
    pub fn is_spooled(&self) -> bool {
        matches!(self.repr(), TextRepr::Spooled(_))
    }

    /// Length in bytes, without reading a spooled text.
    pub fn len(&self) -> usize {
        match self.repr() {
            TextRepr::Memory(s) => s.len(),
            TextRepr::Spooled(h) => h.len(),
        }
    }

    /// True for the empty text.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Identifies the in-memory text (its allocation), so that evidence records
    /// sharing one sentence can share one spooled copy.
    pub(crate) fn memory_ptr(&self) -> Option<*const u8> {
        match self.repr() {
            TextRepr::Memory(s) => Some(s.as_ptr()),
            TextRepr::Spooled(_) => None,
        }
    }
}

impl Clone for SentenceText {
    fn clone(&self) -> SentenceText {
        if self.is_handle() {
            SentenceText(self.0)
        } else {
            // SAFETY: as in `repr`: borrow this value's reference, then take a new one.
            let arc = std::mem::ManuallyDrop::new(unsafe { arcstr::ArcStr::from_raw(self.0) });
            SentenceText::in_memory(arcstr::ArcStr::clone(&arc))
        }
    }
}

impl Drop for SentenceText {
    fn drop(&mut self) {
        if !self.is_handle() {
            // SAFETY: this value owns one reference, from `ArcStr::into_raw`.
            drop(unsafe { arcstr::ArcStr::from_raw(self.0) });
        }
    }
}

/// The spool every handle points into: handles are only made by the process's
/// global spool ([`SentenceText::spooled`]).
fn the_spool() -> std::io::Result<&'static crate::spool::Spool> {
    crate::spool::Spool::global().ok_or_else(|| std::io::Error::other("evidence spool is missing"))
}

impl From<&str> for SentenceText {
    fn from(s: &str) -> SentenceText {
        SentenceText::in_memory(s.into())
    }
}

impl From<String> for SentenceText {
    fn from(s: String) -> SentenceText {
        SentenceText::in_memory(s.into())
    }
}

impl From<arcstr::ArcStr> for SentenceText {
    fn from(s: arcstr::ArcStr) -> SentenceText {
        SentenceText::in_memory(s)
    }
}

impl PartialEq for SentenceText {
    fn eq(&self, other: &SentenceText) -> bool {
        match (self.repr(), other.repr()) {
            (TextRepr::Memory(a), TextRepr::Memory(b)) => a == b,
            (TextRepr::Spooled(a), TextRepr::Spooled(b)) if a == b => true,
            _ => {
                self.len() == other.len()
                    && match (self.get(), other.get()) {
                        (Ok(a), Ok(b)) => a == b,
                        // Unreadable text equals nothing: a claim is kept twice
                        // rather than lost.
                        _ => false,
                    }
            }
        }
    }
}

impl Eq for SentenceText {}

impl PartialEq<str> for SentenceText {
    fn eq(&self, other: &str) -> bool {
        self.len() == other.len() && self.get().is_ok_and(|s| s == other)
    }
}

impl PartialEq<&str> for SentenceText {
    fn eq(&self, other: &&str) -> bool {
        *self == **other
    }
}

impl fmt::Display for SentenceText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.get().map_err(|_| fmt::Error)?)
    }
}

impl fmt::Debug for SentenceText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.get() {
            Ok(s) => fmt::Debug::fmt(&*s, f),
            Err(e) => write!(f, "<unreadable: {e}>"),
        }
    }
}

impl Serialize for SentenceText {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self.repr() {
            TextRepr::Memory(s) => serializer.serialize_str(s),
            TextRepr::Spooled(h) => {
                // One buffer per thread: writing millions of sentences does not
                // allocate one string each.
                thread_local!(static BUF: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) });
                BUF.with_borrow_mut(|buf| {
                    the_spool()
                        .and_then(|sp| sp.read(h, buf))
                        .map_err(serde::ser::Error::custom)?;
                    serializer.serialize_str(buf)
                })
            }
        }
    }
}

impl<'de> Deserialize<'de> for SentenceText {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<SentenceText, D::Error> {
        String::deserialize(d).map(SentenceText::from)
    }
}

fn no_evidence(e: &EvidenceList) -> bool {
    e.is_empty()
}

/// The evidence records kept for one claim (an edge or a fact): one record
/// inline, more in a boxed slice. Reads as a slice and serializes as a list.
///
/// Most claims of a corpus are stated once, and a gigabyte corpus has millions
/// of them: a boxed slice for each lone record cost a 24-byte allocation beside
/// its 16-byte pointer, where this holds the record in 24 bytes.
///
/// ```
/// use lithkg::model::{Evidence, EvidenceList};
/// let ev = |n: u32| Evidence::new("doc".into(), "句子。".into(), n as usize, n as usize + 3);
/// let mut list = EvidenceList::default();
/// list.push(ev(0));
/// list.push(ev(5));
/// assert_eq!(list.len(), 2);
/// assert_eq!(list[1].start, 5);
/// assert_eq!(list, [ev(0), ev(5)].into_iter().collect());
/// ```
#[derive(Clone, Default)]
pub struct EvidenceList(EvidenceRepr);

/// Two variants, so the enum keeps its tag in the one spare value of a
/// record's pointers (24 bytes, not 32): the empty list is an empty `Many`,
/// which allocates nothing. `Many` never holds exactly one record.
#[derive(Clone)]
enum EvidenceRepr {
    One(Evidence),
    Many(Box<[Evidence]>),
}

impl Default for EvidenceRepr {
    fn default() -> EvidenceRepr {
        EvidenceRepr::Many(Box::default())
    }
}

impl EvidenceList {
    /// The records, in the order they were kept.
    pub fn as_slice(&self) -> &[Evidence] {
        match &self.0 {
            EvidenceRepr::One(e) => std::slice::from_ref(e),
            EvidenceRepr::Many(b) => b,
        }
    }

    /// Adds a record at the end. A longer list grows by exactly one slot: claims
    /// keep a handful of records at most.
    pub fn push(&mut self, ev: Evidence) {
        self.0 = match std::mem::take(&mut self.0) {
            EvidenceRepr::Many(b) if b.is_empty() => EvidenceRepr::One(ev),
            EvidenceRepr::One(first) => EvidenceRepr::Many(Box::new([first, ev])),
            EvidenceRepr::Many(b) => {
                let mut v = b.into_vec();
                v.reserve_exact(1);
                v.push(ev);
                EvidenceRepr::Many(v.into_boxed_slice())
            }
        };
    }

    /// The records as a vector.
    pub fn into_vec(self) -> Vec<Evidence> {
        match self.0 {
            EvidenceRepr::One(e) => vec![e],
            EvidenceRepr::Many(b) => b.into_vec(),
        }
    }
}

impl std::ops::Deref for EvidenceList {
    type Target = [Evidence];
    fn deref(&self) -> &[Evidence] {
        self.as_slice()
    }
}

impl From<Vec<Evidence>> for EvidenceList {
    fn from(mut v: Vec<Evidence>) -> EvidenceList {
        EvidenceList(match v.len() {
            1 => EvidenceRepr::One(v.pop().expect("one record")),
            _ => EvidenceRepr::Many(v.into_boxed_slice()),
        })
    }
}

impl From<Evidence> for EvidenceList {
    fn from(ev: Evidence) -> EvidenceList {
        EvidenceList(EvidenceRepr::One(ev))
    }
}

impl FromIterator<Evidence> for EvidenceList {
    fn from_iter<I: IntoIterator<Item = Evidence>>(iter: I) -> EvidenceList {
        EvidenceList::from(iter.into_iter().collect::<Vec<_>>())
    }
}

impl IntoIterator for EvidenceList {
    type Item = Evidence;
    type IntoIter = std::vec::IntoIter<Evidence>;
    fn into_iter(self) -> Self::IntoIter {
        self.into_vec().into_iter()
    }
}

impl<'a> IntoIterator for &'a EvidenceList {
    type Item = &'a Evidence;
    type IntoIter = std::slice::Iter<'a, Evidence>;
    fn into_iter(self) -> Self::IntoIter {
        self.as_slice().iter()
    }
}

impl PartialEq for EvidenceList {
    fn eq(&self, other: &EvidenceList) -> bool {
        self.as_slice() == other.as_slice()
    }
}

impl Eq for EvidenceList {}

impl fmt::Debug for EvidenceList {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.as_slice()).finish()
    }
}

impl Serialize for EvidenceList {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.as_slice().serialize(s)
    }
}

impl<'de> Deserialize<'de> for EvidenceList {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<EvidenceList, D::Error> {
        Vec::<Evidence>::deserialize(d).map(EvidenceList::from)
    }
}

/// A figure stated about an entity.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Fact {
    /// What is measured (产值, 储量, 同比增长 …). Shared: a corpus states
    /// millions of figures in a few hundred indicators and units, and the graph
    /// keeps one copy of each.
    pub indicator: arcstr::ArcStr,
    /// The number as written (502, 788.97).
    pub value: serde_json::Number,
    /// The unit as written (亿元, 万吨, %, 家 …).
    pub unit: arcstr::ArcStr,
    /// The year the text ties the figure to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub year: Option<i32>,
    /// A part of a year (1-4月, 上半年).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<arcstr::ArcStr>,
    /// A plan or forecast (有望, 预计, 力争 …).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub target: bool,
    /// Where the figure was read (see [`EvidenceList`] for why not a `Vec`).
    #[serde(default, skip_serializing_if = "no_evidence")]
    pub evidence: EvidenceList,
}

impl fmt::Display for Fact {
    /// `产值 = 502 亿元 year=2023 period=1-4月 target`, for people reading output.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} = {} {}", self.indicator, self.value, self.unit)?;
        if let Some(y) = self.year {
            write!(f, " year={y}")?;
        }
        if let Some(p) = &self.period {
            write!(f, " period={p}")?;
        }
        if self.target {
            f.write_str(" target")?;
        }
        Ok(())
    }
}

impl Fact {
    /// Whether two facts state the same figure: equal [`Fact::key`]s, found
    /// without building them (merging asks this for every fact of a corpus).
    pub fn same_claim(&self, other: &Fact) -> bool {
        self.indicator == other.indicator
            && self.unit == other.unit
            && self.year == other.year
            && self.period == other.period
            && self.target == other.target
            // Numbers that compare equal can still be written apart (0.0 and -0.0),
            // and the key is the number as written.
            && self.value == other.value
            && (!self.value.is_f64() || self.value.to_string() == other.value.to_string())
    }

    /// The identity of a fact for merging: everything but its evidence.
    #[allow(clippy::type_complexity)]
    pub fn key(
        &self,
    ) -> (
        arcstr::ArcStr,
        String,
        arcstr::ArcStr,
        Option<i32>,
        Option<arcstr::ArcStr>,
        bool,
    ) {
        (
            self.indicator.clone(),
            self.value.to_string(),
            self.unit.clone(),
            self.year,
            self.period.clone(),
            self.target,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::spool::{Handle, MAX_LEN, MAX_OFFSET};

    #[test]
    fn evidence_records_stay_three_words() {
        assert_eq!(std::mem::size_of::<SentenceText>(), 8);
        assert_eq!(std::mem::size_of::<Option<SentenceText>>(), 8);
        assert_eq!(std::mem::size_of::<Evidence>(), 24);
        assert_eq!(std::mem::size_of::<EvidenceList>(), 24);
        assert_eq!(std::mem::size_of::<Fact>(), 80);
    }

    fn record(n: usize) -> Evidence {
        Evidence::new(
            format!("d{}", n % 3).into(),
            format!("第{n}句。").into(),
            n,
            n + 4,
        )
    }

    proptest::proptest! {
        /// However a list is made (pushed one by one, collected, or read back
        /// from JSON), it holds the records of a `Vec` built the same way and
        /// serializes as that `Vec` does.
        #[test]
        fn evidence_list_reads_as_a_vec(ns in proptest::collection::vec(0usize..50, 0..8)) {
            let records: Vec<Evidence> = ns.iter().map(|&n| record(n)).collect();
            let mut pushed = EvidenceList::default();
            for r in records.clone() {
                pushed.push(r);
            }
            let collected: EvidenceList = records.clone().into_iter().collect();
            proptest::prop_assert_eq!(pushed.as_slice(), records.as_slice());
            proptest::prop_assert_eq!(&pushed, &collected);
            let json = serde_json::to_string(&pushed).unwrap();
            proptest::prop_assert_eq!(&json, &serde_json::to_string(&records).unwrap());
            let back: EvidenceList = serde_json::from_str(&json).unwrap();
            proptest::prop_assert_eq!(&back, &pushed);
            proptest::prop_assert_eq!(back.into_vec(), records);
        }
    }

    /// `same_claim` agrees with comparing keys, which hold the number as written.
    #[test]
    fn same_claim_is_equal_keys() {
        let f = |v: serde_json::Number, year: Option<i32>| Fact {
            indicator: "产值".into(),
            value: v,
            unit: "亿元".into(),
            year,
            period: None,
            target: false,
            evidence: EvidenceList::default(),
        };
        let n = |x: f64| serde_json::Number::from_f64(x).expect("finite");
        let cases = [
            (f(5.into(), None), f(5.into(), None)),
            (f(5.into(), None), f(n(5.0), None)),
            (f(n(0.0), None), f(n(-0.0), None)),
            (f(n(788.97), None), f(n(788.97), None)),
            (f(5.into(), Some(2023)), f(5.into(), Some(2024))),
            (f((-3).into(), None), f(n(-3.0), None)),
        ];
        for (a, b) in cases {
            assert_eq!(a.same_claim(&b), a.key() == b.key(), "{a} vs {b}");
        }
    }

    #[test]
    fn in_memory_text_clones_share_and_drop_cleanly() {
        let a = SentenceText::from("天齐锂业在射洪建厂。");
        let b = a.clone();
        assert_eq!(a.memory_ptr(), b.memory_ptr());
        drop(a);
        assert_eq!(b, "天齐锂业在射洪建厂。");
        assert_eq!(b.len(), "天齐锂业在射洪建厂。".len());
        assert!(!b.is_spooled());
        let empty = SentenceText::from(String::new());
        assert!(empty.is_empty());
        assert_eq!(empty.clone(), "");
    }

    /// The largest handle survives being packed beside the pointer tag.
    #[test]
    fn largest_spool_handle_round_trips() {
        for (offset, len) in [(MAX_OFFSET, MAX_LEN), (0, 0), (1, 1), (MAX_OFFSET, 0)] {
            let h = Handle::new(offset, len).expect("in range");
            let t = SentenceText::in_spool(h);
            assert!(t.is_spooled());
            assert_eq!(t.len(), len);
            match t.clone().repr() {
                TextRepr::Spooled(back) => assert_eq!(back, h),
                TextRepr::Memory(_) => panic!("a handle read back as a pointer"),
            }
        }
        assert!(Handle::new(MAX_OFFSET + 1, 0).is_none());
    }
}
