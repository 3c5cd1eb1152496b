//! Stage 5, relations and facts. Input: the sentences of a document, its
//! mentions and their entities. Output: [`Claim`]s (typed, directed relations
//! between entities, each from one sentence) and [`FactClaim`]s (figures stated
//! about an entity), each with the sentence it was read in.
//!
//! Rules work on one sentence at a time: a trigger word (data/rules/triggers.tsv)
//! with its subject group before it and object group after it; coordination
//! (A、B、C等) spreads a predicate over every member; a sentence without a subject
//! borrows the topic of the sentences before it. Names imply relations too (a
//! region inside a name, apposition of title and organization). Invariant: every
//! text claim names a sentence of the document and two different entities whose
//! types the schema allows for that relation.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::LazyLock;

/// 销售, found by a prebuilt finder: asked of every sentence.
static SALE: LazyLock<memchr::memmem::Finder<'static>> =
    LazyLock::new(|| memchr::memmem::Finder::new("销售".as_bytes()));

use regex::Regex;

use crate::entity::{Found, Link, Recognition};
use crate::lexicon::{Level, Lexicon, Measure, Strength, Trigger, ends_with_any, starts_with_any};
use crate::model::{EntityType, Fact, Origin, Relation, Stage};
use crate::resolve::Resolved;
use crate::sentence::Sentence;

/// A relation between two entities of a document.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Claim {
    /// Entity index of the source.
    pub head: usize,
    /// Entity index of the target.
    pub tail: usize,
    /// Relation type.
    pub relation: Relation,
    /// Read in the text, or background knowledge.
    pub origin: Origin,
    /// The sentence it was read in (`None` for lexicon knowledge).
    pub sentence: Option<usize>,
}

/// A figure stated about an entity.
#[derive(Debug, Clone, PartialEq)]
pub struct FactClaim {
    /// Entity index of the subject.
    pub subject: usize,
    /// The figure (without evidence; the sentence is `sentence`).
    pub fact: Fact,
    /// The sentence it was read in.
    pub sentence: usize,
}

/// Relations and facts of one document.
#[derive(Debug, Clone, Default)]
pub struct Extraction {
    /// Relations, in order of sentence.
    pub relations: Vec<Claim>,
    /// Facts, in order of sentence.
    pub facts: Vec<FactClaim>,
}

/// A top-level mention inside one sentence, offsets in bytes of the sentence.
#[derive(Debug, Clone, Copy)]
struct M {
    e: usize,
    kind: EntityType,
    b0: usize,
    b1: usize,
}

/// A sentence with its mentions, for the rules.
struct View<'a> {
    s: &'a str,
    ms: Vec<M>,
    /// Region entities named inside each top-level mention (by index in `ms`).
    inner_regions: Vec<Vec<usize>>,
    /// Byte positions of clause separators.
    clause_ends: Vec<usize>,
}

impl View<'_> {
    fn clause(&self, b: usize) -> usize {
        self.clause_ends.iter().filter(|&&e| e < b).count()
    }

    /// Clauses before the one at byte `b` that say more than by what account
    /// (半年报显示, 据悉): those only frame the sentence.
    fn content_clauses_before(&self, b: usize) -> usize {
        let mut start = 0;
        let mut n = 0;
        for &e in self.clause_ends.iter().filter(|&&e| e < b) {
            if !is_frame_clause(&self.s[start..e]) {
                n += 1;
            }
            start = e + self.s[e..].chars().next().map_or(1, char::len_utf8);
        }
        n
    }

    fn clause_start(&self, b: usize) -> usize {
        self.clause_ends
            .iter()
            .rev()
            .find(|&&e| e < b)
            .map_or(0, |&e| {
                e + self.s[e..].chars().next().map_or(1, char::len_utf8)
            })
    }

    fn clause_end(&self, b: usize) -> usize {
        self.clause_ends
            .iter()
            .find(|&&e| e >= b)
            .copied()
            .unwrap_or(self.s.len())
    }

    /// The opening bracket of the note byte `b` stands in (X（住所地R…, B（Nordkemi Oy…),
    /// searching back to byte `from`: a bracket not closed before `b`.
    fn open_note(&self, from: usize, b: usize) -> Option<usize> {
        let open = from + self.s[from..b].rfind(['（', '('])?;
        (!self.s[open..b].contains(['）', ')'])).then_some(open)
    }

    /// Whether mention `k` is a product that only qualifies the product written right
    /// after it (锂电池湿法隔膜, 锂离子电池正极材料).
    fn qualifies_next(&self, k: usize) -> bool {
        self.ms[k].kind == EntityType::Product
            && self
                .ms
                .get(k + 1)
                .is_some_and(|n| n.kind == EntityType::Product && n.b0 == self.ms[k].b1)
    }

    /// The text between two positions; a parenthetical right after a name
    /// (以下简称“X”) is skipped, so A(…)、B still reads as a list.
    fn gap(&self, a: usize, b: usize) -> &str {
        if a > b {
            return "";
        }
        let g = &self.s[a..b];
        if let Some(rest) = g.strip_prefix(['(', '（'])
            && let Some(close) = rest.find([')', '）'])
        {
            return &rest[close + rest[close..].chars().next().map_or(1, char::len_utf8)..];
        }
        g
    }

    /// Text before byte `b`, within its clause.
    fn before_in_clause(&self, b: usize) -> &str {
        &self.s[self.clause_start(b)..b]
    }
}

fn is_clause_sep(c: char) -> bool {
    matches!(
        c,
        ',' | '，' | ';' | '；' | ':' | '：' | '。' | '!' | '?' | '！' | '？'
    )
}

/// What ties a body to the region before it (R的X, R本地的X): X is in R.
const OF_REGION: [&str; 4] = ["的", "本地的", "当地的", "境内的"];

/// A clause that only names the sentence's source (半年报显示, 据悉).
fn is_frame_clause(clause: &str) -> bool {
    let t = clause.trim();
    t.chars().count() <= 8
        && [
            "显示",
            "表明",
            "指出",
            "获悉",
            "了解到",
            "透露",
            "据悉",
            "据了解",
        ]
        .iter()
        .any(|w| t.ends_with(w))
}

fn orgs() -> &'static [EntityType] {
    &EntityType::ORGS
}

fn actors() -> &'static [EntityType] {
    &[
        EntityType::Company,
        EntityType::University,
        EntityType::Institute,
        EntityType::Association,
        EntityType::Government,
        EntityType::Region,
        EntityType::Park,
    ]
}

/// Extracts the relations and facts of one document.
pub fn extract(
    text: &str,
    sentences: &[Sentence],
    rec: &Recognition,
    res: &Resolved,
    lex: &Lexicon,
) -> Extraction {
    let mut out = Extraction::default();
    let mut by_sentence: Vec<Vec<usize>> = vec![Vec::new(); sentences.len()];
    for (i, m) in rec.mentions.iter().enumerate() {
        if m.sentence < sentences.len() {
            by_sentence[m.sentence].push(i);
        }
    }
    let mut topic: Option<(usize, usize)> = None; // (entity, sentences since)
    // Each company funded by partners together, with each partner and the sentence.
    let mut co_funded: Vec<(usize, usize, usize)> = Vec::new();
    let mut current_event: Option<usize> = None;
    // Every event named so far, the latest named last, with the sentence that named it.
    let mut events_seen: Vec<(usize, usize)> = Vec::new();
    let mut last_of_kind: HashMap<EntityType, usize> = HashMap::default();
    // For 全省 and the like: by the last character of a region's name (省, 市, 县 …),
    // the region of the document the text names most, of those named so far (the
    // latest of equals): the province an article is about, not one it mentions.
    let mut region_by_end: HashMap<char, usize> = HashMap::default();
    // When 全省 comes before the province is named on its own (a notice that opens
    // with its issuer, 河北省工业和信息化厅…全省…), the one the whole document names most.
    let mut doc_region_by_end: HashMap<char, usize> = HashMap::default();
    for (i, m) in rec.mentions.iter().enumerate() {
        if m.kind == EntityType::Region
            && let Some(&Some(e)) = res.entity_of.get(i)
        {
            prefer_region(&mut doc_region_by_end, e, res, false);
        }
    }
    let (records, table_figures) = project_records(text, sentences, &by_sentence, rec, res, lex);
    let address_owners = address_owners(text, sentences, &by_sentence, rec, res);
    // Once per document: most have no address at all.
    let addresses = text.contains("地址") || text.contains("住所");
    let block_heads = block_heads(text, sentences, &by_sentence, rec, res);
    // Which sentences stand on a field line (注册资本：…), or go on with one after a
    // semicolon (主要财务数据：…资产总额16.82亿元；2024年度实现营业收入…).
    let cv_persons = cv_persons(text, sentences, &by_sentence, rec, res);
    let field_lines: Vec<Option<&str>> = sentences
        .iter()
        .map(|s| {
            block_heads[s.index]?;
            let line_start = text[..s.byte_start].rfind('\n').map_or(0, |p| p + 1);
            FIELD_LINE
                .find(&text[line_start..s.byte_end])
                .map(|f| field_label(&text[line_start..line_start + f.end()]))
        })
        .collect();
    let awards = awards(text, sentences, &by_sentence, rec, res);
    let joint = joint_units(text, sentences, &by_sentence, rec, res, lex);
    // Once per document: asking every sentence made this quadratic.
    let stage_entities = stage_entities(res);
    // The organization the document speaks for (本公司; 公司 in its own report).
    let issuer = rec
        .mentions
        .iter()
        .position(|m| m.found == Found::FirstPerson)
        .and_then(|i| res.entity_of[i]);
    // How many sentences so far had each company for subject: the one with most is
    // what a bare 公司 before a subsidiary word stands for in a report about a group.
    let mut subject_counts: HashMap<usize, usize> = HashMap::default();
    let mut doc_company: Option<(usize, usize)> = None;
    let mut officer: Option<usize> = None;
    // Companies the text introduces as someone's subsidiary (…的全资子公司A).
    let subsidiaries: Vec<usize> = rec
        .mentions
        .iter()
        .enumerate()
        .filter(|(_, m)| m.kind == EntityType::Company && text[..m.byte_start].ends_with("子公司"))
        .filter_map(|(i, _)| res.entity_of.get(i).copied().flatten())
        .collect();
    let mut year_figures = vec![Vec::new(); sentences.len()];
    let year_rows = year_tables(
        text,
        sentences,
        &by_sentence,
        rec,
        res,
        lex,
        issuer,
        &mut year_figures,
    );
    let mut counterparts = counterpart_tables(text, sentences, &by_sentence, rec, res, lex, issuer);
    for (i, mut ties) in platform_tables(text, sentences, &by_sentence, rec, res, lex)
        .into_iter()
        .enumerate()
    {
        counterparts[i].append(&mut ties);
    }
    // Whom a table is about when its intro names no one: the company of its block of
    // fields, else the document's own.
    let owners: Vec<Option<usize>> = block_heads.iter().map(|h| h.or(issuer)).collect();
    let (stakes, mut stake_figures, stake_rows) =
        stake_tables(text, sentences, &by_sentence, rec, res, lex, &owners);
    let staff = person_tables(text, sentences, &by_sentence, rec, res, lex, &owners);
    let papers = paper_affiliations(text, sentences, &by_sentence, rec, res);
    let mut frame: (Option<i32>, Option<String>) = (None, None);
    // The region a 全市/全省 of the sentence before gave its figures to, when that
    // sentence ends in a semicolon: the list of figures goes on (全市…产能32万吨；
    // 磷酸铁产能25万吨；规上企业27家).
    let mut frame_holder: Option<usize> = None;
    let mut held: Option<usize> = None;
    // The company of the last project title (A年产5万吨碳酸锂项目。), with the sentences
    // since: 项目落户R / 该项目总投资… after it speak of that company's project.
    let mut project: Option<(usize, usize)> = None;
    // The company the document last says raised a financing round.
    let mut financed: Option<usize> = None;
    // The stage a numbered heading names (（一）材料环节), while the lines under it
    // open on an organization.
    let mut listed_stage: Option<Stage> = None;
    // The park whose settled companies the list after a line like 园区已落户的重点
    // 企业如下： names, while its lines open on an organization or a stage's heading.
    let mut settled_in: Option<usize> = None;
    // The company whose subsidiaries the list after a line like 旗下主要子公司：
    // names, while its lines open on an organization.
    let mut owner_of_list: Option<usize> = None;
    // The stage a paragraph's numbered opening names (（二）电池材料环节。…), with its
    // number's kind: the section runs to the next heading of its level or above.
    let mut section: Option<(Stage, NumberKind)> = None;
    // The last year the sentences so far name: what 同年 and 当年 refer to.
    let mut last_year: Option<i32> = None;
    for s in sentences {
        let view = make_view(text, s, &by_sentence[s.index], rec, res);
        let line_start = text[..s.byte_start].ends_with('\n') || s.byte_start == 0;
        let listed = line_start && opens_on_listed_org(&view);
        if line_start {
            let heading = heading_stage(view.s, lex);
            listed_stage = match heading {
                Some(stage) => stage,
                None => listed_stage.filter(|_| listed),
            };
            settled_in = match heading {
                Some(stage) => settled_in.filter(|_| stage.is_some()),
                None => settled_in.filter(|_| listed),
            };
        }
        if line_start {
            section = match stage_section(view.s, lex) {
                Some(opened) => Some(opened),
                // It goes on over the lines listed under it: a dash's, a lower
                // number's, or one opening on an organization.
                None => section.filter(|&(_, kind)| {
                    let line = view.s.trim_start();
                    line.starts_with('—')
                        || LIST_HEADING
                            .find(line)
                            .map_or(listed, |n| number_kind(n.as_str()) > kind)
                }),
            };
        }
        if let Some(f) = financed_company(&view, lex).or_else(|| {
            // 公司完成…A轮融资: the company a back-reference stands for raised it.
            financed_by_reference(&view, lex)
                .then(|| {
                    topic
                        .map(|(e, _)| e)
                        .filter(|&e| res.entities[e].kind == EntityType::Company)
                        .or_else(|| last_of_kind.get(&EntityType::Company).copied())
                })
                .flatten()
        }) {
            financed = Some(f);
        }
        let record = records[s.index];
        // 项目由X投资建设，…: X carries the project out, here and in the sentences after.
        let builder = project_builder(&view);
        if let Some(b) = builder {
            project = Some((b, 0));
        }
        let project_subject = builder.or(project
            .filter(|&(_, age)| age <= 2 && opens_on_project(view.s))
            .map(|(e, _)| e));
        let subject = record
            .map(|r| r.holder)
            .or(project_subject)
            .or_else(|| sentence_subject(&view, lex));
        // A table's total row (合计 41.76 61.0%) sums the rows above: it is about none
        // of them, however the last one named it.
        let total_row = ["合计", "总计", "小计"]
            .iter()
            .any(|w| view.s.trim_start().starts_with(w));
        let topic_before = topic
            .filter(|&(_, age)| age <= 2 && !total_row)
            .map(|(e, _)| e);
        let carried = subject.or(topic_before);
        let event_before = current_event;
        let mut ctx = Ctx {
            view: &view,
            res,
            lex,
            sentence: s.index,
            out: &mut out,
            topic: carried,
            topic_before,
            event: event_before,
            events_seen: &events_seen,
            last_of_kind: &last_of_kind,
            region_by_end: &region_by_end,
            doc_region_by_end: &doc_region_by_end,
            record,
            project: project_subject,
            frame_before: std::mem::take(&mut frame),
            year_before: last_year,
            frame_holder: frame_holder.take(),
            whole_holder: std::cell::Cell::new(None),
            officer_before: officer.take(),
            officer_now: std::cell::Cell::new(None),
            held_before: held.take(),
            held_now: std::cell::Cell::new(None),
            stage_entities: &stage_entities,
            issuer,
            subsidiaries: &subsidiaries,
            doc_company: doc_company.map(|(e, _)| e),
            address_owner: address_owners[s.index],
            addresses,
            block_head: block_heads[s.index],
            field_line: field_lines[s.index],
            cv_person: cv_persons[s.index],
            financed,
            counterpart_row: counterparts[s.index]
                .iter()
                .any(|&(_, _, r)| r == Relation::Supplies),
        };
        if let Some((stage, _)) = section
            && let Some(e) = subject
            && res.entities[e].kind == EntityType::Company
            && let Some(&se) = stage_entities.get(&stage)
        {
            ctx.push(e, se, Relation::InStage);
        }
        ctx.name_relations();
        ctx.field_relations();
        ctx.record_relations();
        ctx.project_relations();
        ctx.table_row_relations();
        if listed {
            ctx.listed_relations(listed_stage);
            if let Some(park) = settled_in {
                ctx.push(view.ms[0].e, park, Relation::InvestsIn);
            }
            if let Some(owner) = owner_of_list.filter(|&o| o != view.ms[0].e) {
                ctx.push(view.ms[0].e, owner, Relation::SubsidiaryOf);
            }
        } else if line_start {
            owner_of_list = None;
        }
        // 旗下主要子公司： / 公司下属企业如下：: the list after it is of the company's
        // subsidiaries: the one the line names, else the document's own, else the
        // company it names most.
        if let Some(label) = view
            .s
            .trim_end()
            .strip_suffix([':', '：'])
            .map(|l| l.trim_end_matches("如下"))
            && ["子公司", "下属企业", "下属公司", "控股企业", "分支机构"]
                .iter()
                .any(|w| label.ends_with(w))
        {
            owner_of_list = view
                .ms
                .iter()
                .rev()
                .find(|m| m.kind == EntityType::Company)
                .map(|m| m.e)
                .or(issuer)
                .or_else(|| {
                    (0..res.entities.len())
                        .filter(|&e| res.entities[e].kind == EntityType::Company)
                        .max_by_key(|&e| (res.entities[e].mentions, std::cmp::Reverse(e)))
                });
        }
        // 园区已落户的重点企业如下：: the list after it is of the park's companies.
        if view
            .s
            .trim_end()
            .strip_suffix([':', '：'])
            .is_some_and(|l| l.trim_end_matches([':', '：']).ends_with("如下"))
            && ["落户", "入驻", "入园"].iter().any(|w| view.s.contains(w))
        {
            settled_in = view
                .ms
                .iter()
                .find(|m| m.kind == EntityType::Park)
                .map(|m| m.e)
                .or_else(|| last_of_kind.get(&EntityType::Park).copied());
        }
        ctx.address_relations();
        ctx.round_investors();
        ctx.stakes();
        // An exhibitor list's company takes part in the fair the page is about.
        if let Some(r) = record
            && r.exhibitor
            && let Some(fair) = event_before
        {
            ctx.push(r.holder, fair, Relation::ParticipatesIn);
        }
        if let Some((winner, buyer)) = awards[s.index] {
            ctx.push(winner, buyer, Relation::Supplies);
        }
        for &(a, b) in &joint[s.index] {
            ctx.push(a, b, Relation::CooperatesWith);
        }
        for &(a, b, r) in counterparts[s.index]
            .iter()
            .chain(&stakes[s.index])
            .chain(&staff[s.index])
            .chain(&papers[s.index])
        {
            ctx.push(a, b, r);
        }
        ctx.region_relations();
        ctx.described_place();
        ctx.joined_partners();
        ctx.research_focus();
        ctx.owned_titles();
        ctx.notice_title();
        ctx.park_built_in();
        ctx.visited_at();
        ctx.trigger_relations();
        ctx.stage_relations();
        ctx.recycling_work();
        ctx.works_at();
        ctx.cv_posts();
        ctx.production_context();
        ctx.main_products();
        ctx.equipped_with();
        ctx.bracket_products();
        ctx.consortium();
        ctx.event_speakers();
        ctx.drop_uses();
        // A shareholder table's row gives its stake as the table reads it.
        if !year_rows[s.index] && !stake_rows[s.index] {
            ctx.facts();
        }
        // A table row's figures are read as its columns say, not again as a sentence's.
        if !table_figures[s.index].is_empty() {
            ctx.out.facts.retain(|f| {
                f.sentence != s.index
                    || !table_figures[s.index]
                        .iter()
                        .any(|t| t.fact.value == f.fact.value && t.fact.unit == f.fact.unit)
            });
        }
        ctx.out.facts.append(&mut stake_figures[s.index]);
        ctx.out.facts.extend(table_figures[s.index].iter().cloned());
        ctx.out.facts.append(&mut year_figures[s.index]);
        co_funded.extend(ctx.co_funders().into_iter().map(|(a, c)| (a, c, s.index)));
        // What a project record's plant makes is its holder's, not another body's the
        // record names (its parent in a note: A（B控股子公司）).
        if let Some(r) = record.filter(|r| r.place.is_some()) {
            ctx.out.relations.retain(|c| {
                c.sentence != Some(s.index)
                    || c.relation != Relation::Produces
                    || c.head == r.holder
            });
        }
        held = ctx.held_now.get();
        if let Some(y) = last_year_in(view.s) {
            last_year = Some(y);
        }
        if view.s.trim_end().ends_with([';', '；']) {
            officer = ctx.officer_now.get();
            let (year, period) = std::mem::take(&mut ctx.frame_before);
            frame_holder = ctx.whole_holder.get().or(ctx.frame_holder);
            let own = sentence_frame(view.s);
            frame = (own.0.or(year), own.1.or(period));
        }
        // The event a later 会上/此次 refers to: the document's most mentioned event
        // named so far (the latest of equals).
        for m in view.ms.iter().filter(|m| m.kind == EntityType::Event) {
            events_seen.retain(|&(e, _)| e != m.e);
            events_seen.push((m.e, s.index));
            let better = match current_event {
                None => true,
                Some(c) => res.entities[m.e].mentions >= res.entities[c].mentions,
            };
            if better {
                current_event = Some(m.e);
            }
        }
        for m in &view.ms {
            last_of_kind.insert(m.kind, m.e);
            if m.kind == EntityType::Region {
                prefer_region(&mut region_by_end, m.e, res, true);
            }
        }
        if let Some(e) = subject.filter(|&e| res.entities[e].kind == EntityType::Company) {
            let n = subject_counts.entry(e).or_default();
            *n += 1;
            // (Counts only grow: the leader changes only to the one just counted.)
            if doc_company.is_none_or(|(d, m)| *n > m || *n == m && e < d) {
                doc_company = Some((e, *n));
            }
        }
        topic = match subject {
            Some(e) => Some((e, 0)),
            None => topic.map(|(e, age)| (e, age + 1)),
        };
        // A company said to build or invest in a project in its clause (A将在P投资建设
        // 年产…项目) has one too, whatever the sentence opened on.
        let builds = || {
            if !view.s.contains("项目") {
                return None;
            }
            view.ms
                .iter()
                .filter(|m| m.kind == EntityType::Company)
                .find(|m| {
                    let rest = &view.s[m.b1..view.clause_end(m.b1)];
                    rest.find("项目").is_some_and(|p| {
                        [
                            "投资建设",
                            "投建",
                            "建设",
                            "实施",
                            "开工",
                            "签约",
                            "签署",
                            "签订",
                        ]
                        .iter()
                        .any(|w| rest[..p].contains(w))
                    })
                })
                .map(|m| m.e)
        };
        project = match subject {
            Some(e)
                if res.entities[e].kind == EntityType::Company
                    && view
                        .s
                        .trim_end()
                        .trim_end_matches(['。', '.'])
                        .ends_with("项目") =>
            {
                Some((e, 0))
            }
            _ if let Some(c) = builds() => Some((c, 0)),
            // A project a back-reference opens on (2022年，该公司…项目落户P) is the
            // company's the sentences before were about.
            None if view.s.contains("项目")
                && topic.is_some_and(|(e, _)| res.entities[e].kind == EntityType::Company)
                && opens_on_company_reference(&view, lex) =>
            {
                topic.map(|(e, _)| (e, 0))
            }
            // A sentence about another company starts another story; one about the
            // project's company, or a government that signs it, goes on with it.
            Some(e)
                if Some(e) != project_subject
                    && Some(e) != project.map(|(c, _)| c)
                    && res.entities[e].kind == EntityType::Company =>
            {
                None
            }
            _ => project.map(|(e, age)| (e, age + 1)),
        };
    }
    // A co-funder invests in what it funds unless it is the parent, which a stake in
    // a later sentence may say (其中公司以货币出资1.2亿元，持股60%).
    for (founder, founded, sentence) in co_funded {
        let parent = out.relations.iter().any(|r| {
            r.relation == Relation::SubsidiaryOf && r.head == founded && r.tail == founder
        });
        let c = Claim {
            head: founder,
            tail: founded,
            relation: Relation::InvestsIn,
            origin: Origin::Text,
            sentence: Some(sentence),
        };
        if !parent && !out.relations.contains(&c) {
            out.relations.push(c);
        }
    }
    class_relations(rec, res, &mut out);
    lexicon_relations(res, lex, &stage_entities, &mut out);
    cleanup(&mut out, res, lex);
    out
}

/// What a sentence says a material written with its class is made by, and the stage
/// it is in, it says of the class too: 年产6万吨人造石墨负极材料 is 负极材料 as well.
fn class_relations(rec: &Recognition, res: &Resolved, out: &mut Extraction) {
    if res.classes.is_empty() {
        return;
    }
    // Each copy goes right after the claim it copies, so claims stay in sentence order.
    let mut kept: Vec<Claim> = Vec::with_capacity(out.relations.len());
    for c in std::mem::take(&mut out.relations) {
        let at = kept.len();
        kept.push(c);
        let c = &kept[at];
        let mut copies = Vec::new();
        for &(i, class) in &res.classes {
            if c.sentence != Some(rec.mentions[i].sentence) {
                continue;
            }
            let Some(e) = res.entity_of[i] else { continue };
            let copy = match c.relation {
                Relation::Produces if c.tail == e => Claim { tail: class, ..*c },
                Relation::InStage if c.head == e => Claim { head: class, ..*c },
                _ => continue,
            };
            if !kept.contains(&copy) && !copies.contains(&copy) {
                copies.push(copy);
            }
        }
        kept.append(&mut copies);
    }
    out.relations = kept;
}

/// Whether mention `k` of the sentence, a place, names a company's site with the
/// places after it: 宜宾基地, 内蒙古包头基地, 泰安总部基地, 凯奇凯梅特工厂.
fn is_site(v: &View, k: usize) -> bool {
    let mut end = v.ms[k].b1;
    while let Some(n) =
        v.ms.iter()
            .find(|n| n.b0 == end && n.kind == EntityType::Region)
    {
        end = n.b1;
    }
    ["基地", "工厂", "厂区", "生产基地", "总部基地"]
        .iter()
        .any(|w| v.s[end..].starts_with(w))
}

/// Whether `q` is made of `ranking` words alone (data/rules/relation_words.tsv).
fn only_ranking_words(q: &str, ranking: &[String]) -> bool {
    let mut rest = q;
    while !rest.is_empty() {
        match ranking.iter().find(|w| rest.starts_with(w.as_str())) {
            Some(w) => rest = &rest[w.len()..],
            None => return false,
        }
    }
    true
}

/// Whether a clause's opening is a line of a company's products, 储能类产品已,
/// 动力类产品: no name, 产品 at its end or before an adverb of a few characters.
fn products_phrase(opening: &str) -> bool {
    opening.rfind("产品").is_some_and(|p| {
        let rest = &opening[p + "产品".len()..];
        rest.chars().count() <= 4
            && opening[..p].chars().count() <= 6
            && opening.chars().all(crate::read::is_cjk)
    })
}

/// The indicator of a figure that no word names (a bare cell, 报38.64元).
const NO_INDICATOR: &str = "数值";

/// A project record (项目名称：…；建设单位：X；建设地点：R；总投资：…。): who carries
/// it out, and where, with the sentence that names the place.
#[derive(Debug, Clone, Copy)]
struct Record {
    holder: usize,
    place: Option<(usize, usize)>,
    /// Whether the place is where the holder is (a table's 所在区县 column), not
    /// where its project is built.
    seat: bool,
    /// The byte span, in the record's sentence, of a table's project cell (项目名称).
    project: Option<(usize, usize)>,
    /// Whether the holder is an exhibitor of a fair's list (展商名称).
    exhibitor: bool,
}

/// For each sentence, the project record it is a field of, and the figures of a
/// table's row. A record's fields are the sentences one ；-continued run holds; it
/// is one when a field labelled as its holder (建设单位：X) names an organization.
/// A table's row is a record too, when the table's header labels a column as the
/// holder's (see [`table_rows`]).
fn project_records(
    text: &str,
    sentences: &[Sentence],
    by_sentence: &[Vec<usize>],
    rec: &Recognition,
    res: &Resolved,
    lex: &Lexicon,
) -> (Vec<Option<Record>>, Vec<Vec<FactClaim>>) {
    let mut out = vec![None; sentences.len()];
    let mut figures = vec![Vec::new(); sentences.len()];
    let words = &lex.words;
    if !words
        .record_holders
        .iter()
        .any(|w| text.contains(w.as_str()))
    {
        return (out, figures);
    }
    // The entity a labelled field names: the mention right after the label and its colon.
    let field = |s: &Sentence, labels: &[String], kinds: &[EntityType]| -> Option<usize> {
        let st = s.text(text);
        labels.iter().find_map(|l| {
            let at = st.find(l.as_str())? + l.len();
            let rest = st[at..].strip_prefix(['：', ':'])?;
            let value = s.byte_start + st.len() - rest.trim_start().len();
            place_chain_at(text, &by_sentence[s.index], rec, res, value, kinds)
        })
    };
    let mut i = 0;
    while i < sentences.len() {
        // A record's fields run on after ； or, one per line, as labelled lines
        // (一、项目名称：…\n二、招标人：…); a field closed by 。 closes its record.
        // The same holder's label again, but for its ordinal, begins the next record
        // (第一中标候选人：A … 第二中标候选人：B); another holder's label does not
        // (电池包生产企业：A / 电芯生产企业：B on one nameplate).
        let holder_label = |s: &Sentence| -> Option<String> {
            field(s, &words.record_holders, actors())?;
            let st = s.text(text).trim_start();
            let label = &st[..st.find(['：', ':'])?];
            let label = without_list_number(label);
            let label = label.strip_prefix('第').map_or(label, |rest| {
                rest.trim_start_matches(|c: char| {
                    "一二三四五六七八九十".contains(c) || c.is_ascii_digit()
                })
            });
            Some(label.trim().to_string())
        };
        let first_label = holder_label(&sentences[i]);
        let mut label = first_label;
        let mut j = i;
        while j + 1 < sentences.len()
            && (sentences[j].text(text).trim_end().ends_with(['；', ';'])
                || FIELD_LINE.is_match(sentences[j].text(text))
                    && !sentences[j].text(text).trim_end().ends_with('。')
                    && FIELD_LINE.is_match(sentences[j + 1].text(text)))
        {
            let next = holder_label(&sentences[j + 1]);
            if next.is_some() && next == label {
                break;
            }
            label = label.or(next);
            j += 1;
        }
        let group = &sentences[i..=j];
        if let Some(holder) = group
            .iter()
            .find_map(|s| field(s, &words.record_holders, actors()))
        {
            let place = group.iter().find_map(|s| {
                field(
                    s,
                    &words.record_places,
                    &[EntityType::Region, EntityType::Park],
                )
                .map(|p| (p, s.index))
            });
            for s in group {
                out[s.index] = Some(Record {
                    holder,
                    place,
                    seat: false,
                    project: None,
                    exhibitor: false,
                });
            }
        }
        i = j + 1;
    }
    table_rows(
        text,
        sentences,
        by_sentence,
        rec,
        res,
        lex,
        &mut out,
        &mut figures,
    );
    (out, figures)
}

/// The entity of the last of the places written one inside the next from byte `at`
/// of the text (吉林省松原市宁江区 → 宁江区): the most specific, of the kinds given.
fn place_chain_at(
    text: &str,
    mentions: &[usize],
    rec: &Recognition,
    res: &Resolved,
    mut at: usize,
    kinds: &[EntityType],
) -> Option<usize> {
    let mut found = None;
    for &i in mentions {
        let m = &rec.mentions[i];
        // (A middle dot may part the places: 澳大利亚·珀斯, 新疆·乌鲁木齐.)
        if found.is_some() && m.byte_start == at + '·'.len_utf8() && text[at..].starts_with('·') {
            at = m.byte_start;
        }
        if m.byte_start == at && m.nested_in.is_none() && kinds.contains(&m.kind) {
            found = res.entity_of[i].or(found);
            at = m.byte_end;
        }
    }
    found
}

/// What a table's header says its columns hold.
struct Columns {
    /// How many cells a row of the table has.
    count: usize,
    /// The column of who carries out the row's project (建设单位).
    holder: usize,
    /// The column of where it is built (建设地点), or where the holder is (所在区县).
    place: Option<usize>,
    /// Whether the place column says where the holder is.
    seat: bool,
    /// The column of the row's project (项目名称).
    project: Option<usize>,
    /// Columns of figures whose unit the header gives (总投资（亿元）).
    figures: Vec<FigureColumn>,
    /// Whether the holder's column is of exhibitors (展商名称).
    exhibitor: bool,
}

/// A column of bare numbers, with what its header says they measure.
struct FigureColumn {
    index: usize,
    indicator: String,
    unit: String,
    year: Option<i32>,
    target: bool,
}

/// The columns a table's header line names, when one of them is a record's holder
/// (建设单位, 企业名称): 序号 项目名称 建设单位 建设地点 总投资（亿元）.
fn table_header(line: &str, lex: &Lexicon, table_unit: Option<&str>) -> Option<Columns> {
    let cells = crate::read::table_cells(line);
    let label = |&(a, b): &(usize, usize)| &line[a..b];
    let is = |cell: &str, words: &[String]| words.iter().any(|w| cell.ends_with(w.as_str()));
    let holder = cells
        .iter()
        .position(|c| is(label(c), &lex.words.record_holders))?;
    let site = cells
        .iter()
        .position(|c| is(label(c), &lex.words.record_places));
    let seat = cells
        .iter()
        .position(|c| is(label(c), &lex.words.seat_columns));
    let project = cells
        .iter()
        .position(|c| is(label(c), &lex.words.project_columns));
    let figures = cells
        .iter()
        .enumerate()
        .filter_map(|(index, c)| {
            // A rate's header needs no unit: its cells carry the sign (市场占有率 43.58%).
            if !HEADER_UNIT.is_match(label(c))
                && let Some(ind) = lex
                    .find_indicators(label(c))
                    .into_iter()
                    .find(|(a, b, ind)| *a == 0 && *b == label(c).len() && ind.fits("%"))
                    .map(|(_, _, ind)| ind)
            {
                return Some(FigureColumn {
                    index,
                    indicator: ind.canonical.clone(),
                    unit: "%".to_string(),
                    year: None,
                    target: false,
                });
            }
            let (name, unit) = match HEADER_UNIT.captures(label(c)) {
                Some(caps) => (caps.get(1)?.as_str(), caps.get(2)?.as_str()),
                // (项目总投资 under 单位：万元: an amount the lexicon knows in that unit.)
                None => {
                    let unit = table_unit?;
                    let name = label(c).trim();
                    lex.find_indicators(name)
                        .iter()
                        .any(|(_, b, ind)| *b == name.len() && ind.fits(unit))
                        .then_some((name, unit))?
                }
            };
            if !figure_unit(unit) {
                return None;
            }
            // What the header calls the column when it is no indicator the lexicon
            // knows (补贴金额（万元）), but a word of its own.
            let indicator = lex
                .find_indicators(name)
                .into_iter()
                .rev()
                .find(|(_, _, ind)| ind.fits(unit))
                .map(|(_, _, ind)| ind.canonical.clone())
                .or_else(|| {
                    (name.chars().count() <= 8
                        && name.chars().all(|c| c.is_alphabetic() && !c.is_ascii()))
                    .then(|| name.to_string())
                })?;
            let year = YEAR
                .captures(name)
                .and_then(|y| y.get(1)?.as_str().parse().ok());
            Some(FigureColumn {
                index,
                indicator,
                unit: unit.to_string(),
                year,
                target: TARGET.is_match(name),
            })
        })
        .collect();
    let exhibitor = is(label(&cells[holder]), &lex.words.exhibitor_columns);
    Some(Columns {
        exhibitor,
        count: cells.len(),
        holder,
        place: site.or(seat),
        seat: site.is_none() && seat.is_some(),
        project,
        figures,
    })
}

/// The rows of tables whose header labels a holder's column: each row is a record
/// of its holder (the organization that fills that cell) and its place (the region
/// or park that opens the place cell), and its bare numbers under a header that
/// gives their unit are the holder's figures. A table ends at the first line that
/// does not have as many cells as its header.
#[allow(clippy::too_many_arguments)]
fn table_rows(
    text: &str,
    sentences: &[Sentence],
    by_sentence: &[Vec<usize>],
    rec: &Recognition,
    res: &Resolved,
    lex: &Lexicon,
    records: &mut [Option<Record>],
    figures: &mut [Vec<FactClaim>],
) {
    let mut columns: Option<Columns> = None;
    let mut caption_year: Option<i32> = None;
    for (k, s) in sentences.iter().enumerate() {
        let line = s.text(text);
        let cells = match &columns {
            Some(c) => {
                let cells = crate::read::table_cells(line);
                if cells.len() == c.count {
                    cells
                } else if cells.is_empty()
                    && line.chars().count() <= 30
                    && sentences
                        .get(k + 1)
                        .is_some_and(|n| crate::read::table_cells(n.text(text)).len() == c.count)
                {
                    // A section's heading across the table (一、电池制造（3个）).
                    continue;
                } else {
                    columns = None;
                    Vec::new()
                }
            }
            None => Vec::new(),
        };
        let Some(cols) = &columns else {
            // A unit line right above the header (单位：万元) is the unit of the columns
            // whose label gives none.
            let unit_line = k
                .checked_sub(1)
                .and_then(|j| UNIT_LINE.captures(sentences[j].text(text)))
                .and_then(|c| c.get(1))
                .map(|u| u.as_str());
            columns = table_header(line, lex, unit_line);
            // A caption dates the table's figures when it names one year (表1
            // 2025年10月动力电池企业装车量前15名).
            caption_year = columns
                .as_ref()
                .and_then(|_| table_intro(text, sentences, k))
                .map(|c| c.text(text))
                .filter(|c| c.chars().count() <= 40 && !c.trim_end().ends_with(['：', ':']))
                .and_then(|c| {
                    let mut years = YEAR
                        .captures_iter(c)
                        .filter_map(|y| y[1].parse::<i32>().ok());
                    let y = years.next()?;
                    years.all(|z| z == y).then_some(y)
                });
            continue;
        };
        // The mentions (top-level) of a cell, in order, with their entities.
        let in_cell = |span: (usize, usize)| cell_mentions(by_sentence, rec, res, s, span);
        let (h0, h1) = cells[cols.holder];
        // The organization that fills the cell, or opens it before a note in
        // brackets (A（B控股子公司）).
        let holder = match in_cell((h0, h1))[..] {
            [(m, e), ..]
                if orgs().contains(&m.kind)
                    && m.byte_start - s.byte_start == h0
                    && (m.byte_end - s.byte_start == h1
                        || bracket_note(&line[m.byte_end - s.byte_start..h1])) =>
            {
                e
            }
            _ => continue,
        };
        // The most specific place: a park the cell names in brackets after its
        // region (钦州市钦南区（北部湾临港新材料产业园）), else the region's chain.
        let place = cols.place.and_then(|p| {
            let (a, b) = cells[p];
            in_cell((a, b))
                .into_iter()
                .find(|(m, _)| {
                    m.kind == EntityType::Park
                        && line[..m.byte_start - s.byte_start].ends_with(['（', '('])
                })
                .map(|(_, e)| e)
                .or_else(|| {
                    place_chain_at(
                        text,
                        &by_sentence[s.index],
                        rec,
                        res,
                        s.byte_start + a,
                        &[EntityType::Region, EntityType::Park],
                    )
                })
        });
        records[s.index] = Some(Record {
            holder,
            place: place.map(|p| (p, s.index)),
            seat: cols.seat,
            project: cols.project.map(|p| cells[p]),
            exhibitor: cols.exhibitor,
        });
        for f in &cols.figures {
            let (a, b) = cells[f.index];
            let cell = &line[a..b];
            let cell = if f.unit == "%" {
                match cell.strip_suffix(['%', '％']) {
                    Some(c) => c,
                    None => continue,
                }
            } else {
                cell
            };
            // (Thousands may be set off by commas: 68,520.00.)
            let plain = cell.replace(',', "");
            if plain.is_empty()
                || !plain.bytes().all(|c| c.is_ascii_digit() || c == b'.')
                || plain.len() < cell.len() && cell_number(cell).is_none()
            {
                continue;
            }
            let Ok(value) = plain.parse::<serde_json::Number>() else {
                continue;
            };
            figures[s.index].push(FactClaim {
                subject: holder,
                fact: Fact {
                    indicator: f.indicator.as_str().into(),
                    value,
                    unit: f.unit.as_str().into(),
                    // Not the sums of a list (总投资, 补贴金额): a project's or a grant's
                    // size, not a measure of that year.
                    year: f.year.or(caption_year.filter(|_| !f.unit.contains('元'))),
                    period: None,
                    target: f.target,
                    evidence: crate::model::EvidenceList::default(),
                },
                sentence: s.index,
            });
        }
    }
}

/// What shareholder tables give, by sentence: relations, stake figures, and
/// whether the sentence is a row of one (whose figures the table gives).
type StakeTables = (
    Vec<Vec<(usize, usize, Relation)>>,
    Vec<Vec<FactClaim>>,
    Vec<bool>,
);

/// Row labels of a table's totals: they hold no stake.
const TOTAL_ROWS: [&str; 4] = ["合计", "小计", "总计", "其他"];

/// The entity of one of `kinds` that opens cell `(a, b)` of sentence `s` and ends
/// within it (a note may follow: 广西A控股集团有限公司 大股东).
fn cell_entity(
    s: &Sentence,
    (a, b): (usize, usize),
    kinds: &[EntityType],
    by_sentence: &[Vec<usize>],
    rec: &Recognition,
    res: &Resolved,
) -> Option<usize> {
    by_sentence[s.index].iter().find_map(|&k| {
        let m = &rec.mentions[k];
        let (m0, m1) = (m.byte_start - s.byte_start, m.byte_end - s.byte_start);
        (m.nested_in.is_none() && kinds.contains(&m.kind) && m0 == a && m1 <= b)
            .then_some(res.entity_of[k])
            .flatten()
    })
}

/// The stakes of shareholder tables (股东名称 持股比例; 交易对方 标的公司 持股比例): each
/// holder of the shareholder column holds its row's stake in the company of the held
/// column, else in the one the line introducing the table names last, else the one
/// `owners` gives for the header's sentence (the company of its block of fields, else
/// the document's own). A table of companies held (对外投资) is the other way round.
/// Each stake column's stake is a figure of the company held, named
/// for its holder. Over half makes the held company the holder's subsidiary; less, an
/// investment. A person's stake ties nothing (only companies invest). The table ends
/// at the first line that is no row.
fn stake_tables(
    text: &str,
    sentences: &[Sentence],
    by_sentence: &[Vec<usize>],
    rec: &Recognition,
    res: &Resolved,
    lex: &Lexicon,
    owners: &[Option<usize>],
) -> StakeTables {
    let mut out = vec![Vec::new(); sentences.len()];
    let mut figures = vec![Vec::new(); sentences.len()];
    let mut rows = vec![false; sentences.len()];
    let w = &lex.words;
    if !w.stake_columns.iter().any(|x| text.contains(x.as_str())) {
        return (out, figures, rows);
    }
    let filling = |s: &Sentence, cell: (usize, usize), kinds: &[EntityType]| {
        cell_entity(s, cell, kinds, by_sentence, rec, res)
    };
    let org_in = |s: &Sentence, cell: (usize, usize)| filling(s, cell, orgs());
    // A person may hold a stake too.
    let person_in = |s: &Sentence, cell: (usize, usize)| filling(s, cell, &[EntityType::Person]);
    let column = |line: &str, cells: &[(usize, usize)], words: &[String]| {
        cells.iter().position(|&(a, b)| {
            line[a..b].chars().count() <= 10
                && words.iter().any(|x| line[a..b].ends_with(x.as_str()))
        })
    };
    let mut i = 0;
    while i < sentences.len() {
        let line = sentences[i].text(text);
        let cells = crate::read::table_cells(line);
        let holder_col = column(line, &cells, &w.shareholder_columns);
        let held_col = column(line, &cells, &w.held_columns);
        let Some(stake_col) = column(line, &cells, &w.stake_columns)
            .filter(|_| holder_col.is_some() || held_col.is_some())
        else {
            i += 1;
            continue;
        };
        // The company the table is about: the one its intro names, else the one whose
        // block of fields it stands in (a credit page's 企业名称 | A), else the issuer.
        // It holds the stakes of a table of companies held (对外投资), and is held in
        // a table of shareholders.
        // A column of each company's line of business (主营业务: 电解液的生产和销售): it
        // makes the products named there.
        let business_col = column(line, &cells, &w.business_labels);
        let intro = table_intro(text, sentences, i)
            .and_then(|s| top_level(by_sentence, rec, res, s, orgs()).last().copied())
            .or(owners[i]);
        let count = cells.len();
        let mut j = i + 1;
        while let Some(s) = sentences.get(j) {
            let row_line = s.text(text);
            let row = crate::read::table_cells(row_line);
            if row.is_empty() {
                break;
            }
            j += 1;
            rows[s.index] = true;
            if row.len() != count {
                continue;
            }
            let holder = match holder_col {
                Some(c) => org_in(s, row[c]).or_else(|| person_in(s, row[c])),
                None => intro,
            };
            let held = match held_col {
                Some(c) => org_in(s, row[c]),
                None => intro,
            };
            // Whoever the holder cell names, if the text names no one there (a person
            // the recognizer missed), as written; a total holds nothing.
            let written = holder_col.map_or("", |c| row_line[row[c].0..row[c].1].trim());
            let holder_name = holder.map_or(written, |e| &res.entities[e].name);
            if TOTAL_ROWS.contains(&holder_name) {
                continue;
            }
            let cell_value = |c: usize| {
                let (a, b) = row[c];
                let written = row_line[a..b].trim_end_matches(['%', '％']).trim();
                written.parse::<serde_json::Number>().ok()
            };
            // Each stake column's stake is the company held's figure, named for its
            // holder and the column (交易前持股比例, 交易后持股比例).
            for (c, &(h0, h1)) in cells.iter().enumerate() {
                let Some(value) = (c == stake_col
                    || column(line, &cells[c..=c], &w.stake_columns).is_some())
                .then(|| cell_value(c))
                .flatten() else {
                    continue;
                };
                let Some(held) = held.filter(|&e| Some(e) != holder) else {
                    break;
                };
                figures[s.index].push(FactClaim {
                    subject: held,
                    fact: Fact {
                        indicator: format!("{holder_name}{}", &line[h0..h1]).into(),
                        value,
                        unit: "%".into(),
                        year: None,
                        period: None,
                        target: false,
                        evidence: crate::model::EvidenceList::default(),
                    },
                    sentence: s.index,
                });
            }
            // Other amounts of the row (认缴出资额(万元) 7650, 投资数额 5000万元): the
            // company held's too, named the same way.
            if let Some(held) = held.filter(|&e| Some(e) != holder) {
                for (c, &(h0, h1)) in cells.iter().enumerate() {
                    if c == stake_col || Some(c) == holder_col || Some(c) == held_col {
                        continue;
                    }
                    if let Some((value, unit)) = amount_cell(&line[h0..h1], row_line, row[c]) {
                        figures[s.index].push(FactClaim {
                            subject: held,
                            fact: Fact {
                                indicator: format!("{holder_name}{}", header_label(&line[h0..h1]))
                                    .into(),
                                value,
                                unit: unit.into(),
                                year: None,
                                period: None,
                                target: false,
                                evidence: crate::model::EvidenceList::default(),
                            },
                            sentence: s.index,
                        });
                    }
                }
            }
            if let (Some(c), Some(held)) = (business_col, held) {
                for p in business_products(s, row_line, row[c], by_sentence, rec, res, lex) {
                    out[s.index].push((held, p, Relation::Produces));
                }
            }
            let Some(stake) = cell_value(stake_col).and_then(|n| n.as_f64()) else {
                continue;
            };
            if let Some(held) = held
                && let Some(holder) = holder
                && held != holder
                && res.entities[holder].kind == EntityType::Company
            {
                out[s.index].push(if stake > 50.0 {
                    (held, holder, Relation::SubsidiaryOf)
                } else {
                    (holder, held, Relation::InvestsIn)
                });
            }
        }
        i = j;
    }
    (out, figures, rows)
}

/// The products a table's line-of-business cell `(a, b)` of sentence `s` names as
/// made (六氟磷酸锂、双氟磺酰亚胺锂的研发、生产和销售): none when the line is one of
/// recycling, whose products are what it takes in, and not a product that only
/// qualifies the next (锂离子电池正极材料).
fn business_products(
    s: &Sentence,
    row_line: &str,
    (a, b): (usize, usize),
    by_sentence: &[Vec<usize>],
    rec: &Recognition,
    res: &Resolved,
    lex: &Lexicon,
) -> Vec<usize> {
    let cell = &row_line[a..b];
    if lex
        .words
        .recycling
        .iter()
        .any(|w| cell.contains(w.as_str()))
    {
        return Vec::new();
    }
    let spans: Vec<(usize, usize, Option<usize>)> = by_sentence[s.index]
        .iter()
        .map(|&k| &rec.mentions[k])
        .filter(|m| m.nested_in.is_none() && m.kind == EntityType::Product)
        .map(|m| (m.byte_start - s.byte_start, m.byte_end - s.byte_start))
        .zip(by_sentence[s.index].iter().filter_map(|&k| {
            let m = &rec.mentions[k];
            (m.nested_in.is_none() && m.kind == EntityType::Product).then_some(res.entity_of[k])
        }))
        .map(|((m0, m1), e)| (m0, m1, e))
        .filter(|&(m0, m1, _)| m0 >= a && m1 <= b)
        .collect();
    spans
        .iter()
        .filter(|&&(_, m1, _)| !spans.iter().any(|&(n0, _, _)| n0 == m1))
        .filter_map(|&(_, _, e)| e)
        .collect()
}

/// A header's label without its unit in brackets (认缴出资额(万元) → 认缴出资额).
fn header_label(header: &str) -> &str {
    let h = header.trim();
    HEADER_UNIT
        .captures(h)
        .map_or(h, |c| c.get(1).expect("group 1").as_str())
}

/// The amount a table cell states under its header: a number in the unit the header
/// gives in brackets (认缴出资额(万元) | 7650), or a number with its unit
/// (5000万元). Not a percentage, a date or a count without a unit (序号 1).
fn amount_cell(
    header: &str,
    row: &str,
    (a, b): (usize, usize),
) -> Option<(serde_json::Number, String)> {
    let cell = row[a..b].trim();
    let parse = |n: &str| n.replace(',', "").parse::<serde_json::Number>().ok();
    if let Some(c) = HEADER_UNIT.captures(header.trim())
        && let unit = c.get(2).expect("group 2").as_str()
        && unit != "%"
        && figure_unit(unit)
        && let Some(n) = CELL_NUMBER.captures(cell).filter(|n| n.get(2).is_none())
    {
        return Some((
            parse(n.get(1).expect("group 1").as_str())?,
            unit.to_string(),
        ));
    }
    let f = FIGURE
        .captures(cell)
        .filter(|f| f.get(0).expect("match").as_str() == cell)?;
    let unit = f.get(3).expect("group 3").as_str();
    (unit != "%").then_some(())?;
    Some((
        parse(f.get(1).expect("group 1").as_str())?,
        unit.to_string(),
    ))
}

/// The posts of tables of people: a row's person (姓名) with a post (职务) works at the
/// company the table is about (the one its intro names, else `owners` gives for its
/// header); a person under a title's column (法定代表人) works at the row's body.
/// The ties a paper's author line and its list of affiliations state (韩占林¹，才让
///卓玛¹,²* then （1. 青海高原科技大学 化学化工学院，青海 西宁 810016；2. …）): each
/// author works at the body of each of its numbers, the bodies of one paper work
/// together, and each body is in the last region its entry names (its city, written
/// after the body as the address). By sentence: an author's post on the author line,
/// the rest on the sentence of the entry.
fn paper_affiliations(
    text: &str,
    sentences: &[Sentence],
    by_sentence: &[Vec<usize>],
    rec: &Recognition,
    res: &Resolved,
) -> Vec<Vec<(usize, usize, Relation)>> {
    let mut out = vec![Vec::new(); sentences.len()];
    if !crate::entity::may_hold_papers(text) {
        return out;
    }
    for (i, s) in sentences.iter().enumerate() {
        let Some(authors) = crate::entity::author_line(text, s.text(text), s.byte_end) else {
            continue;
        };
        // The bracketed list after the line, to its closing bracket or the line's end.
        let open = s.byte_end + text[s.byte_end..].find(['（', '(']).unwrap_or(0);
        let close = text[open..]
            .find(['）', ')', '\n'])
            .map_or(text.len(), |p| open + p);
        // Each entry: its number, its body and the last region it names, with the
        // sentence that holds the body.
        let mut bodies: Vec<(u32, usize, usize)> = Vec::new();
        let first = open + text[open..].chars().next().map_or(0, char::len_utf8);
        let mut p0 = first;
        for part in text[first.min(close)..close].split(['；', ';']) {
            let p1 = p0 + part.len();
            let part_start = p0;
            // The next entry starts after this one's separator.
            p0 = p1 + text[p1..].chars().next().map_or(0, char::len_utf8);
            let p0 = part_start;
            let digits: String = part
                .trim_start()
                .chars()
                .take_while(char::is_ascii_digit)
                .collect();
            let Ok(number) = digits.parse::<u32>() else {
                continue;
            };
            let in_part = sentences[i + 1..]
                .iter()
                .take_while(|t| t.byte_start < p1)
                .flat_map(|t| by_sentence[t.index].iter().map(move |&k| (t.index, k)))
                .filter(|&(_, k)| {
                    let m = &rec.mentions[k];
                    m.nested_in.is_none() && m.byte_start >= p0 && m.byte_end <= p1
                });
            let mut body = None;
            let mut place = None;
            for (t, k) in in_part {
                let m = &rec.mentions[k];
                let Some(e) = res.entity_of[k] else {
                    continue;
                };
                if body.is_none() && m.kind.is_org() {
                    body = Some((t, e));
                } else if body.is_some() && m.kind == EntityType::Region {
                    place = Some(e);
                }
            }
            if let Some((t, e)) = body {
                bodies.push((number, e, t));
                if let Some(r) = place {
                    out[t].push((e, r, Relation::LocatedIn));
                }
            }
        }
        let line_mentions = &by_sentence[s.index];
        for a in &authors {
            let person = line_mentions.iter().find_map(|&k| {
                let m = &rec.mentions[k];
                (m.kind == EntityType::Person && m.byte_start == s.byte_start + a.b0)
                    .then_some(res.entity_of[k])
                    .flatten()
            });
            let Some(person) = person else {
                continue;
            };
            for n in &a.affiliations {
                for &(_, e, _) in bodies.iter().filter(|b| b.0 == *n) {
                    out[s.index].push((person, e, Relation::WorksAt));
                }
            }
        }
        for (x, &(_, a, t)) in bodies.iter().enumerate() {
            for &(_, b, _) in &bodies[x + 1..] {
                if a != b {
                    out[t].push((a, b, Relation::CooperatesWith));
                }
            }
        }
    }
    out
}

fn person_tables(
    text: &str,
    sentences: &[Sentence],
    by_sentence: &[Vec<usize>],
    rec: &Recognition,
    res: &Resolved,
    lex: &Lexicon,
    owners: &[Option<usize>],
) -> Vec<Vec<(usize, usize, Relation)>> {
    let mut out = vec![Vec::new(); sentences.len()];
    let w = &lex.words;
    if !w.post_columns.iter().any(|x| text.contains(x.as_str()))
        && !text.contains("法定代表人")
        && !text.contains("负责人")
        && !text.contains("项目经理")
    {
        return out;
    }
    let is = |cell: &str, list: &[String]| list.iter().any(|x| cell == x);
    let opening = |s: &Sentence, cell: (usize, usize), kinds: &[EntityType]| {
        cell_entity(s, cell, kinds, by_sentence, rec, res)
    };
    let mut i = 0;
    while i < sentences.len() {
        let line = sentences[i].text(text);
        // Most lines are prose: no cells to split.
        if !line.contains(['\t', '\u{3000}', '|', '｜']) && !line.contains("  ") {
            i += 1;
            continue;
        }
        let cells = crate::read::table_cells(line);
        let label = |c: usize| line[cells[c].0..cells[c].1].trim();
        let people = (0..cells.len()).find(|&c| is(label(c), &w.person_columns));
        let post = (0..cells.len()).find(|&c| is(label(c), &w.post_columns));
        // Every column a title heads (项目经理 | 技术负责人), of the body a column of
        // companies or of a record's holders names (中标候选人名称).
        let titled: Vec<usize> = (0..cells.len())
            .filter(|&c| lex.titles.contains(label(c)))
            .collect();
        let org_col = (0..cells.len()).find(|&c| {
            is(label(c), &w.held_columns)
                || is(label(c), &w.company_columns)
                || is(label(c), &w.record_holders)
        });
        let by_post = people.zip(post);
        let by_title = org_col.filter(|_| !titled.is_empty());
        if cells.len() < 3 || by_post.is_none() && by_title.is_none() {
            i += 1;
            continue;
        }
        let about = table_intro(text, sentences, i)
            .and_then(|s| top_level(by_sentence, rec, res, s, orgs()).last().copied())
            .or(owners[i]);
        let mut j = i + 1;
        while let Some(s) = sentences.get(j) {
            let row_line = s.text(text);
            let row = crate::read::table_cells(row_line);
            if row.len() != cells.len() {
                break;
            }
            j += 1;
            if let Some((p, q)) = by_post
                && let Some(person) = opening(s, row[p], &[EntityType::Person])
                && let Some(org) = about
                && !matches!(row_line[row[q].0..row[q].1].trim(), "" | "-" | "—" | "/")
            {
                out[s.index].push((person, org, Relation::WorksAt));
            }
            if let Some(o) = by_title
                && let Some(org) = opening(s, row[o], orgs())
            {
                for &t in &titled {
                    if let Some(person) = opening(s, row[t], &[EntityType::Person]) {
                        out[s.index].push((person, org, Relation::WorksAt));
                    }
                }
            }
        }
        i = j;
    }
    out
}

/// The last year a sentence names (2024年), by a scan of its bytes from the end (this
/// runs on every sentence).
fn last_year_in(s: &str) -> Option<i32> {
    let b = s.as_bytes();
    let mut end = b.len();
    while let Some(p) = s[..end].rfind('年') {
        if p >= 4
            && b[p - 4..p].iter().all(u8::is_ascii_digit)
            && matches!(&b[p - 4..p - 2], b"19" | b"20")
            && (p == 4 || !b[p - 5].is_ascii_digit())
        {
            return s[p - 4..p].parse().ok();
        }
        end = p;
    }
    None
}

/// How many four-digit runs that could be years (19xx, 20xx) a line holds, by a
/// scan of its bytes (this runs on every line of a document with 年 in it).
fn count_years(line: &str) -> usize {
    let b = line.as_bytes();
    (0..b.len().saturating_sub(3))
        .filter(|&i| {
            (b[i] == b'2' && b[i + 1] == b'0' || b[i] == b'1' && b[i + 1] == b'9')
                && b[i + 2].is_ascii_digit()
                && b[i + 3].is_ascii_digit()
                && (i == 0 || !b[i - 1].is_ascii_digit())
                && b.get(i + 4).is_none_or(|c| !c.is_ascii_digit())
        })
        .count()
}

/// The entities of the top-level mentions of `kinds` in sentence `s`, in order.
fn top_level(
    by_sentence: &[Vec<usize>],
    rec: &Recognition,
    res: &Resolved,
    s: &Sentence,
    kinds: &[EntityType],
) -> Vec<usize> {
    by_sentence[s.index]
        .iter()
        .filter(|&&k| rec.mentions[k].nested_in.is_none() && kinds.contains(&rec.mentions[k].kind))
        .filter_map(|&k| res.entity_of[k])
        .collect()
}

/// The top-level mentions of sentence `s` inside its cell `(a, b)` (bytes of the
/// sentence), with their entities, in order.
fn cell_mentions<'r>(
    by_sentence: &[Vec<usize>],
    rec: &'r Recognition,
    res: &Resolved,
    s: &Sentence,
    (a, b): (usize, usize),
) -> Vec<(&'r crate::entity::Mention, usize)> {
    by_sentence[s.index]
        .iter()
        .filter_map(|&i| {
            let m = &rec.mentions[i];
            let (m0, m1) = (m.byte_start - s.byte_start, m.byte_end - s.byte_start);
            (m.nested_in.is_none() && m0 >= a && m1 <= b).then_some((m, res.entity_of[i]?))
        })
        .collect()
}

/// The line introducing the table whose header is sentence `header`: the nearest
/// of the three lines above it that is no unit line (单位：万元).
fn table_intro<'s>(text: &str, sentences: &'s [Sentence], header: usize) -> Option<&'s Sentence> {
    sentences[header.saturating_sub(3)..header]
        .iter()
        .rev()
        .find(|s| !UNIT_LINE.is_match(s.text(text)) && !s.text(text).trim().is_empty())
}

/// The unit a line of its own gives a table: 单位：万元, 金额单位：亿元.
static UNIT_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*[（(]?\s*(?:金额|数量)?单位\s*[:：]\s*([^\s（）()，,。；;]{1,8})\s*[）)]?\s*$")
        .expect("static regex")
});

/// A column header dated by a year: 2024年, 2024年度, 2025年6月30日／2025年1-6月, 2026E.
static COLUMN_YEAR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"((?:19|20)\d{2})\s*(?:年|[EeAF]\b|$)").expect("static regex"));

/// A number in a table's cell, as written (thousands separators allowed), with a
/// percent sign when it has one: 258,713.63, -3.5, 24.1%.
static CELL_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^([-−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)\s*([%％])?$").expect("static regex")
});

/// The number a table's cell holds alone, as [`CELL_NUMBER`] reads it (thousands
/// separators dropped, a minus sign made ASCII), and whether it carries a %.
fn cell_number(cell: &str) -> Option<(serde_json::Number, bool)> {
    let num = CELL_NUMBER.captures(cell)?;
    let value = num[1].replace(',', "").replace('−', "-").parse().ok()?;
    Some((value, num.get(2).is_some()))
}

/// Whether `unit` is one a figure could be written in (not 序号（个）-like notes).
fn figure_unit(unit: &str) -> bool {
    let probe = format!("1{unit}");
    FIGURE.find(&probe).is_some_and(|m| m.as_str() == probe)
}

/// The column of figures of year `year` under header `label`, in row cell `cell`:
/// a forecast's (2026E, 预测) are targets.
fn year_column(label: &str, year: i32, cell: usize) -> YearColumn {
    YearColumn {
        cell,
        year,
        change: None,
        unit: None,
        group: None,
        target: TARGET.is_match(label) || label.ends_with(['E', 'e']) || label.contains("预测"),
        period: PERIOD.find(label).map(|m| m.as_str().to_string()),
    }
}

/// One column of figures in a table dated by years.
#[derive(Debug, Clone, PartialEq)]
struct YearColumn {
    /// The row cell that holds its figures.
    cell: usize,
    year: i32,
    /// A change column's label (本年比上年增减): its figures are the change to its year.
    change: Option<String>,
    /// The unit its own header or its group's states (归母净利润（亿元）, 增减（%）).
    unit: Option<String>,
    /// The label of its group of years (归母净利润 over 2024A 2025E 2026E).
    group: Option<String>,
    target: bool,
    period: Option<String>,
}

/// Where a table dated by years keeps its figures.
#[derive(Debug, Clone, PartialEq)]
struct YearLayout {
    /// How many cells each row has.
    width: usize,
    /// How many cells at a row's start label it.
    lead: usize,
    columns: Vec<YearColumn>,
    /// The header's first cell when it labels the rows' column (指标/年度).
    head_label: Option<String>,
    /// The unit that first cell states (地区（GWh）).
    head_unit: Option<String>,
    /// Whether the line above the header labels its groups of years.
    grouped: bool,
}

/// A year in brackets right after a figure: （2024年）, (2024年末), （2024年度）.
static BRACKET_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*[（(]\s*((?:19|20)\d{2})\s*年(?:度|末|底|初)?\s*[）)]").expect("static regex")
});

/// Days counted in a span (10个工作日内), not things counted.
const DAY_SPANS: [&str; 4] = ["工作日", "交易日", "自然日", "日历日"];

/// A change column's header: 本年比上年增减, 同比增长, 增减（%）.
static CHANGE_COLUMN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"增减|同比|增长|增幅|变动|比上年|较上年").expect("static regex"));

/// How the table whose header is `header` lays out its figures: a label column and
/// one column per year (项目 2024年 2023年), maybe followed by change columns
/// (本年比上年增减), whose figures are the change to the latest year; or, when the
/// header holds years alone and `upper`, the line above it, labels groups of them
/// (归母净利润（亿元） PE（倍） over 2024A 2025E 2026E 2025E 2026E), rows that open on
/// label cells (证券代码 证券简称), whose count the first row of `following` shows.
fn year_layout<'a>(
    header: &str,
    upper: Option<&str>,
    following: impl IntoIterator<Item = &'a str>,
) -> Option<YearLayout> {
    if header.contains(['：', ':']) {
        return None;
    }
    let cells = crate::read::line_cells(header);
    let label = |&(a, b): &(usize, usize)| &header[a..b];
    let year_of = |c: &(usize, usize)| -> Option<i32> {
        COLUMN_YEAR
            .captures(label(c))
            .and_then(|y| y.get(1)?.as_str().parse().ok())
    };
    let years: Vec<Option<i32>> = cells.iter().map(year_of).collect();
    let column = |c: &(usize, usize), year: i32, cell: usize| year_column(label(c), year, cell);
    let unlabelled = years.first().is_some_and(Option::is_some);
    if unlabelled {
        if !years.iter().all(Option::is_some) {
            return None;
        }
        // Groups of years: a year no later than the one before starts a new group.
        let mut group_of = Vec::with_capacity(years.len());
        let mut g = 0;
        for (k, y) in years.iter().enumerate() {
            if k > 0 && *y <= years[k - 1] {
                g += 1;
            }
            group_of.push(g);
        }
        let groups = g + 1;
        if let Some(grouped) = upper.and_then(|u| {
            let row = following
                .into_iter()
                .map(|l| (l, crate::read::line_cells(l)))
                .find(|(_, r)| r.len() > 1)?;
            grouped_years(u, row, header, &cells, &years, &group_of, groups)
        }) {
            return Some(grouped);
        }
        if years.len() < 2 {
            return None;
        }
        let columns = cells
            .iter()
            .zip(&years)
            .enumerate()
            .filter_map(|(k, (c, y))| Some(column(c, (*y)?, k + 1)))
            .collect();
        return Some(YearLayout {
            width: years.len() + 1,
            lead: 1,
            columns,
            head_label: None,
            head_unit: None,
            grouped: false,
        });
    }
    let columns: Vec<(usize, Option<i32>)> = years.iter().copied().enumerate().skip(1).collect();
    // Years, then change columns at the end.
    let dated = columns.iter().take_while(|(_, y)| y.is_some()).count();
    if dated < 2
        || columns[dated..]
            .iter()
            .any(|&(c, y)| y.is_some() || !CHANGE_COLUMN.is_match(label(&cells[c])))
    {
        return None;
    }
    let latest = columns[..dated].iter().filter_map(|(_, y)| *y).max()?;
    let mut out: Vec<YearColumn> = columns[..dated]
        .iter()
        .filter_map(|&(c, y)| Some(column(&cells[c], y?, c)))
        .collect();
    let newest = out.iter().find(|c| c.year == latest).cloned()?;
    for &(c, _) in &columns[dated..] {
        let l = label(&cells[c]);
        let own_unit = HEADER_UNIT
            .captures(l)
            .map(|u| (u[1].to_string(), u[2].to_string()))
            .filter(|(_, u)| figure_unit(u));
        out.push(YearColumn {
            cell: c,
            year: latest,
            change: Some(own_unit.as_ref().map_or(l, |(n, _)| n.as_str()).to_string()),
            unit: own_unit.map(|(_, u)| u),
            group: None,
            target: newest.target,
            period: newest.period.clone(),
        });
    }
    let head_unit = HEADER_UNIT
        .captures(label(&cells[0]))
        .map(|c| c[2].to_string())
        .filter(|u| figure_unit(u));
    Some(YearLayout {
        width: cells.len(),
        lead: 1,
        columns: out,
        head_label: Some(label(&cells[0]).to_string()),
        head_unit,
        grouped: false,
    })
}

/// The columns of figures of a table whose rows are years (年份 | 营业收入（亿元） |
/// 净利润（亿元）): each with its header's indicator and unit (none when the header
/// gives none: a rate's cells carry their %). `None` when `header` is no such header.
fn year_row_columns(header: &str) -> Option<Vec<(usize, String, Option<String>)>> {
    // (A cheap test first: this runs on every line of a document with years.)
    if !header.trim_start().starts_with(['年', '时', '期']) {
        return None;
    }
    let cells = crate::read::line_cells(header);
    let first = cells.first().map(|&(a, b)| &header[a..b])?;
    if cells.len() < 2 || !matches!(first, "年份" | "年度" | "年" | "时间" | "期间") {
        return None;
    }
    let columns: Vec<(usize, String, Option<String>)> = cells[1..]
        .iter()
        .enumerate()
        .map(|(k, &(a, b))| {
            let label = &header[a..b];
            match HEADER_UNIT.captures(label).filter(|u| figure_unit(&u[2])) {
                Some(u) => (k + 1, u[1].trim().to_string(), Some(u[2].to_string())),
                None => (k + 1, label.to_string(), None),
            }
        })
        .collect();
    columns
        .iter()
        .any(|(_, _, unit)| unit.is_some())
        .then_some(columns)
}

/// The figures of the rows, after header `i`, of a table whose rows are years: each
/// number is `subject`'s, of its column's indicator, in its column's unit (else its
/// own %, else the table's `unit`), in its row's year. Returns where the rows end.
fn year_row_figures(
    text: &str,
    sentences: &[Sentence],
    i: usize,
    columns: &[(usize, String, Option<String>)],
    subject: Option<usize>,
    unit: Option<&str>,
    figures: &mut [Vec<FactClaim>],
) -> usize {
    let width = columns.len() + 1;
    let mut j = i + 1;
    while j < sentences.len() {
        let line = sentences[j].text(text);
        let row = crate::read::line_cells(line);
        let year: Option<i32> = row
            .first()
            .and_then(|&(a, b)| COLUMN_YEAR.captures(&line[a..b]))
            .and_then(|y| y[1].parse().ok());
        let (Some(year), true) = (year, row.len() == width) else {
            break;
        };
        for (c, indicator, column_unit) in columns {
            let (a, b) = row[*c];
            let Some((value, percent)) = cell_number(&line[a..b]) else {
                continue;
            };
            let Some(unit) = percent.then_some("%").or(column_unit.as_deref()).or(unit) else {
                continue;
            };
            let Some(subject) = subject else {
                continue;
            };
            figures[j].push(FactClaim {
                subject,
                fact: Fact {
                    indicator: indicator.as_str().into(),
                    value,
                    unit: unit.into(),
                    year: Some(year),
                    period: None,
                    target: row[0].1 > row[0].0 && line[row[0].0..row[0].1].ends_with(['E', 'e']),
                    evidence: crate::model::EvidenceList::default(),
                },
                sentence: j,
            });
        }
        j += 1;
    }
    j
}

/// The layout of a table whose header holds years alone under `upper`, a line
/// labelling its groups of years, given its first `row` (text and cells): the row's
/// label cells are those before its first run of as many figures as years, and the
/// group labels must fill the cells of `upper` between them and the cells after.
/// `cells` are the cells of `header`, `years` their years, `group_of` their groups.
fn grouped_years(
    upper: &str,
    (line, row): (&str, Vec<(usize, usize)>),
    header: &str,
    cells: &[(usize, usize)],
    years: &[Option<i32>],
    group_of: &[usize],
    groups: usize,
) -> Option<YearLayout> {
    let n = years.len();
    let figure = |&(a, b): &(usize, usize)| {
        let c = &line[a..b];
        CELL_NUMBER.is_match(c) || matches!(c, "—" | "-" | "--" | "/" | "－")
    };
    let lead = (1..=row.len().checked_sub(n)?).find(|&l| row[l..l + n].iter().all(figure))?;
    let trail = row.len() - lead - n;
    let upper_cells = crate::read::line_cells(upper);
    if upper_cells.len() != lead + groups + trail {
        return None;
    }
    let columns = cells
        .iter()
        .enumerate()
        .map(|(k, c)| {
            let (a, b) = upper_cells[lead + group_of[k]];
            let l = &upper[a..b];
            let (name, unit) = match HEADER_UNIT.captures(l).filter(|u| figure_unit(&u[2])) {
                Some(u) => (u[1].trim().to_string(), Some(u[2].to_string())),
                None => (l.to_string(), None),
            };
            Some(YearColumn {
                group: Some(name),
                unit,
                ..year_column(&header[c.0..c.1], years[k]?, lead + k)
            })
        })
        .collect::<Option<Vec<_>>>()?;
    Some(YearLayout {
        width: row.len(),
        lead,
        columns,
        head_label: None,
        head_unit: None,
        grouped: true,
    })
}

/// The figures of tables whose columns are years (项目 2025年 2024年, then one row
/// per indicator): each number is its row's indicator in its column's year, in the
/// unit its row label, the header's first cell or a 单位：line above the header
/// gives (or its own %). A row labelled by an entity alone holds its row's figures;
/// otherwise the table's figures are those of the last entity the line introducing
/// the table names (标的公司最近一年一期的主要财务数据如下：), or of the company that
/// line refers back to (公司). Returns the figures by sentence, and which sentences
/// are such rows (the ordinary figure reading leaves them alone).
#[allow(clippy::too_many_arguments)]
fn year_tables(
    text: &str,
    sentences: &[Sentence],
    by_sentence: &[Vec<usize>],
    rec: &Recognition,
    res: &Resolved,
    lex: &Lexicon,
    issuer: Option<usize>,
    figures: &mut [Vec<FactClaim>],
) -> Vec<bool> {
    let mut rows = vec![false; sentences.len()];
    // A table dated by years stands in a text that says 年 somewhere (a memchr-fast
    // test; a byte scan for years costs more on every document).
    if !text.contains('年') {
        return rows;
    }
    // Who holds a table's figures: an actor, or a product a row names (全国…产量).
    let holds = |k: EntityType| actors().contains(&k) || k == EntityType::Product;
    // The entity a whole cell or line names alone.
    let alone = |s: &Sentence, a: usize, b: usize| -> Option<usize> {
        let hits: Vec<usize> = by_sentence[s.index]
            .iter()
            .filter(|&&i| {
                let m = &rec.mentions[i];
                m.nested_in.is_none() && m.byte_start >= a && m.byte_end <= b
            })
            .copied()
            .collect();
        match hits[..] {
            [i] if rec.mentions[i].byte_start == a
                && rec.mentions[i].byte_end == b
                && holds(rec.mentions[i].kind) =>
            {
                res.entity_of[i]
            }
            _ => None,
        }
    };
    // Where the last table ended, the line introducing it and its unit.
    let mut previous: Option<(usize, Option<&Sentence>, Option<String>)> = None;
    let mut i = 0;
    while i < sentences.len() {
        let header = sentences[i].text(text);
        // Most lines hold fewer than two years, and are no header of a table whose
        // rows are years (年份 营业收入（亿元）…): no cells to find.
        let dated_header = count_years(header) >= 2;
        let by_year = if dated_header {
            None
        } else {
            match year_row_columns(header) {
                Some(columns) => Some(columns),
                None => {
                    i += 1;
                    continue;
                }
            }
        };
        let upper = i
            .checked_sub(1)
            .map(|u| sentences[u].text(text))
            .filter(|u| count_years(u) == 0);
        let following = sentences[i + 1..].iter().take(3).map(|s| s.text(text));
        let layout = match by_year {
            Some(_) => None,
            None => match year_layout(header, upper, following) {
                Some(layout) => Some(layout),
                None => {
                    i += 1;
                    continue;
                }
            },
        };
        // The lines above the header (above a grouped table's group labels): a unit
        // line, and the line introducing the table.
        let top = if layout.as_ref().is_some_and(|l| l.grouped) {
            i - 1
        } else {
            i
        };
        // A header right after a table's last row goes on with that table (项目
        // 2024年末 2023年末 after 项目 2024年 2023年): its intro and unit are that table's.
        let continued = previous.take().filter(|p: &(usize, _, _)| p.0 == i);
        let intro = match &continued {
            Some((_, intro, _)) => *intro,
            None => table_intro(text, sentences, top),
        };
        let from = intro.map_or(top.saturating_sub(3), |s| s.index + 1);
        let unit = layout
            .as_ref()
            .and_then(|l| l.head_unit.clone())
            .or_else(|| {
                if let Some((_, _, unit)) = &continued {
                    return unit.clone();
                }
                sentences[from..top].iter().rev().find_map(|s| {
                    let c = UNIT_LINE.captures(s.text(text))?;
                    figure_unit(&c[1]).then(|| c[1].to_string())
                })
            });
        let intro_subject = intro
            .and_then(|s| {
                let named = by_sentence[s.index]
                    .iter()
                    .rev()
                    .filter(|&&k| {
                        let m = &rec.mentions[k];
                        m.nested_in.is_none() && actors().contains(&m.kind)
                    })
                    .find_map(|&k| res.entity_of[k]);
                named.or_else(|| {
                    let line = s.text(text);
                    (line.contains("公司") || line.contains("本集团"))
                        .then(|| {
                            issuer.or_else(|| {
                                rec.mentions
                                    .iter()
                                    .rposition(|m| {
                                        m.byte_end <= s.byte_start && m.kind == EntityType::Company
                                    })
                                    .and_then(|k| res.entity_of[k])
                            })
                        })
                        .flatten()
                })
            })
            // A table no line introduces with a name (盈利预测与估值) in a document that
            // speaks for a company is that company's.
            .or(issuer);
        let layout = match (layout, by_year) {
            (Some(layout), _) => layout,
            (None, Some(columns)) => {
                let end = year_row_figures(
                    text,
                    sentences,
                    i,
                    &columns,
                    intro_subject,
                    unit.as_deref(),
                    figures,
                );
                rows[i + 1..end].fill(true);
                previous = Some((end, intro, unit));
                i = end.max(i + 1);
                continue;
            }
            (None, None) => {
                i += 1;
                continue;
            }
        };
        // The rows: as many cells as the header's columns and a label; a line of
        // words alone between rows is the start of the next row's label.
        let width = layout.width;
        let mut j = i + 1;
        let mut label_start = String::new();
        while j < sentences.len() {
            let s = &sentences[j];
            let line = s.text(text);
            let row = crate::read::line_cells(line);
            if row.len() != width {
                let next_is_row = sentences
                    .get(j + 1)
                    .is_some_and(|n| crate::read::line_cells(n.text(text)).len() == width);
                if row.len() == 1
                    && label_start.is_empty()
                    && next_is_row
                    && !line.bytes().any(|b| b.is_ascii_digit())
                {
                    label_start = line.trim().to_string();
                    j += 1;
                    continue;
                }
                break;
            }
            // A header of the next table (项目 2024年末 2023年末 …) ends this one.
            if count_years(line) >= 2
                && !row[layout.lead..]
                    .iter()
                    .any(|&(a, b)| CELL_NUMBER.is_match(&line[a..b]))
            {
                break;
            }
            rows[j] = true;
            let (l0, l1) = (row[0].0, row[layout.lead - 1].1);
            let row_label = format!("{}{}", std::mem::take(&mut label_start), &line[l0..l1]);
            // The entity the row's label names alone, in one of its cells (证券代码 证券简称).
            let own = row[..layout.lead]
                .iter()
                .find_map(|&(a, b)| alone(s, s.byte_start + a, s.byte_start + b));
            let row_unit = HEADER_UNIT
                .captures(&row_label)
                .map(|c| (c[1].to_string(), c[2].to_string()))
                .filter(|(_, u)| figure_unit(u));
            let name = row_unit
                .as_ref()
                .map_or(row_label.as_str(), |(n, _)| n.as_str());
            let subject = own.or(intro_subject);
            let intro_indicator = || {
                intro.and_then(|s| {
                    let u = row_unit
                        .as_ref()
                        .map(|(_, u)| u.as_str())
                        .or(unit.as_deref())?;
                    lex.find_indicators(s.text(text))
                        .into_iter()
                        .rev()
                        .find(|(_, _, ind)| ind.fits(u))
                        .map(|(_, _, ind)| ind.canonical.clone())
                })
            };
            for column in &layout.columns {
                let (a, b) = row[column.cell];
                let Some((value, percent)) = cell_number(&line[a..b]) else {
                    continue;
                };
                let cell_unit = percent.then(|| "%".to_string());
                // A change column's figure is in its own unit, never the row's (元/股).
                let unit = if column.change.is_some() {
                    cell_unit.or_else(|| column.unit.clone())
                } else {
                    cell_unit
                        .or_else(|| column.unit.clone())
                        .or_else(|| row_unit.as_ref().map(|(_, u)| u.clone()))
                        .or_else(|| unit.clone())
                };
                let Some(unit) = unit else {
                    continue;
                };
                let indicator = match (own, &column.group) {
                    (Some(_), Some(g)) => Some(g.clone()),
                    (Some(_), None) => intro_indicator().or_else(|| layout.head_label.clone()),
                    (None, Some(g)) => Some(format!("{}{g}", name.trim())),
                    (None, None) => Some(name.trim().to_string()).filter(|n| !n.is_empty()),
                }
                .map(|ind| match &column.change {
                    Some(change) => format!("{ind}（{change}）"),
                    None => ind,
                });
                let (Some(subject), Some(indicator)) = (subject, indicator) else {
                    continue;
                };
                figures[j].push(FactClaim {
                    subject,
                    fact: Fact {
                        indicator: indicator.as_str().into(),
                        value,
                        unit: unit.as_str().into(),
                        year: Some(column.year),
                        period: column.period.as_deref().map(Into::into),
                        target: column.target,
                        evidence: crate::model::EvidenceList::default(),
                    },
                    sentence: j,
                });
            }
            j += 1;
        }
        previous = Some((j, intro, unit));
        i = j.max(i + 1);
    }
    rows
}

/// The supply ties of tables of customers and suppliers (前五名客户: 期间 序号
/// 客户名称 销售金额 …): the company the table is about supplies the organization
/// of each row under a buyer column, and the organization of each row under a
/// seller column supplies it and makes the products its row names (主要采购内容:
/// 碳酸锂). That company is the document's own (its issuer), else the last one the
/// line before the table names. A table runs while its lines are rows of three
/// cells or more, or short lines between them (a period's label, a unit).
#[allow(clippy::too_many_arguments)]
fn counterpart_tables(
    text: &str,
    sentences: &[Sentence],
    by_sentence: &[Vec<usize>],
    rec: &Recognition,
    res: &Resolved,
    lex: &Lexicon,
    issuer: Option<usize>,
) -> Vec<Vec<(usize, usize, Relation)>> {
    let mut out = vec![Vec::new(); sentences.len()];
    let w = &lex.words;
    if !w
        .buyer_columns
        .iter()
        .chain(&w.seller_columns)
        .any(|x| text.contains(x.as_str()))
    {
        return out;
    }
    let top = |s: &Sentence, kinds: &[EntityType]| top_level(by_sentence, rec, res, s, kinds);
    // The words no other word of the lists holds (客户 of 客户名称): a line holds a
    // header's word only if it holds one of these.
    let all: Vec<&String> = w.buyer_columns.iter().chain(&w.seller_columns).collect();
    let cores: Vec<&str> = all
        .iter()
        .filter(|x| !all.iter().any(|y| y != *x && x.contains(y.as_str())))
        .map(|x| x.as_str())
        .collect();
    // The columns of a seller's and of a buyer's name in a header that has both
    // (企业名称 | … | 电池企业): each row's seller supplies that row's company.
    let row_columns = |line: &str| -> Option<(usize, usize)> {
        let cells = crate::read::table_cells(line);
        let label = |k: usize| line[cells[k].0..cells[k].1].trim();
        let seller = (0..cells.len()).find(|&k| {
            label(k).chars().count() <= 8
                && w.seller_columns
                    .iter()
                    .any(|x| label(k).ends_with(x.as_str()))
        })?;
        let buyer = (0..cells.len())
            .find(|&k| k != seller && w.company_columns.iter().any(|x| label(k) == x.as_str()))?;
        Some((seller, buyer))
    };
    // The organization named in a row's cell.
    let in_cell = |s: &Sentence, span: (usize, usize)| {
        cell_mentions(by_sentence, rec, res, s, span)
            .into_iter()
            .find(|(m, _)| m.kind.is_org())
            .map(|(_, e)| e)
    };
    // Whether a line is such a table's header, and of sellers.
    let header_of = |line: &str| -> Option<bool> {
        if !cores.iter().any(|x| line.contains(x)) {
            return None;
        }
        let cells = crate::read::table_cells(line);
        let column = |words: &[String]| {
            // A header's label, not a row's text that ends in the word (…当地电池客户).
            cells.iter().any(|&(a, b)| {
                line[a..b].chars().count() <= 8
                    && words.iter().any(|x| line[a..b].ends_with(x.as_str()))
            })
        };
        if column(&w.seller_columns) {
            Some(true)
        } else {
            column(&w.buyer_columns).then_some(false)
        }
    };
    let mut i = 0;
    while i < sentences.len() {
        let Some(seller) = header_of(sentences[i].text(text)) else {
            i += 1;
            continue;
        };
        let company = issuer.or_else(|| {
            table_intro(text, sentences, i).and_then(|s| top(s, orgs()).last().copied())
        });
        let columns = seller
            .then(|| row_columns(sentences[i].text(text)))
            .flatten();
        // A table of deals signed (部分现场签约项目如下：| 签约项目 | 供方 | 需方 |):
        // each row's parties also cooperate, as a signing sentence's do.
        let signed = columns.is_some()
            && [Some(&sentences[i]), table_intro(text, sentences, i)]
                .into_iter()
                .flatten()
                .any(|s| {
                    ["签约", "签署", "签订"]
                        .iter()
                        .any(|w| s.text(text).contains(w))
                });
        let mut j = i + 1;
        while j < sentences.len() {
            let s = &sentences[j];
            if header_of(s.text(text)).is_some() {
                break;
            }
            if crate::read::table_cells(s.text(text)).is_empty() {
                let next_is_row = sentences
                    .get(j + 1)
                    .is_some_and(|n| !crate::read::table_cells(n.text(text)).is_empty());
                // (Not a line that opens the next table: …采购情况如下：)
                let line = s.text(text).trim_end();
                if line.chars().count() <= 30 && next_is_row && !line.ends_with(['：', ':']) {
                    j += 1;
                    continue;
                }
                break;
            }
            if let Some((sc, bc)) = columns {
                let cells = crate::read::table_cells(s.text(text));
                if let (Some(&sc), Some(&bc)) = (cells.get(sc), cells.get(bc))
                    && let (Some(o), Some(c)) = (in_cell(s, sc), in_cell(s, bc))
                    && o != c
                {
                    out[j].push((o, c, Relation::Supplies));
                    if signed {
                        out[j].push((o, c, Relation::CooperatesWith));
                    }
                }
            } else if let Some(c) = company
                && let Some(&o) = top(s, orgs()).first()
                && o != c
            {
                if seller {
                    out[j].push((o, c, Relation::Supplies));
                    for p in top(s, &[EntityType::Product]) {
                        out[j].push((o, p, Relation::Produces));
                    }
                } else {
                    out[j].push((c, o, Relation::Supplies));
                }
            }
            j += 1;
        }
        i = j;
    }
    out
}

/// The ties of a table of platforms (名称 | 依托单位 | 共建单位 | 所在市): the bodies
/// of a row's host columns each found its platform (the row's institute) and
/// cooperate, and the platform is in the row's seat (its city).
fn platform_tables(
    text: &str,
    sentences: &[Sentence],
    by_sentence: &[Vec<usize>],
    rec: &Recognition,
    res: &Resolved,
    lex: &Lexicon,
) -> Vec<Vec<(usize, usize, Relation)>> {
    let mut out = vec![Vec::new(); sentences.len()];
    let w = &lex.words;
    if !w.host_columns.iter().any(|x| text.contains(x.as_str())) {
        return out;
    }
    // The mentions of a kind in a cell (byte span of the sentence).
    let in_cell = |s: &Sentence, span: (usize, usize), kinds: &[EntityType]| -> Vec<usize> {
        cell_mentions(by_sentence, rec, res, s, span)
            .into_iter()
            .filter(|(m, _)| kinds.contains(&m.kind))
            .map(|(_, e)| e)
            .collect()
    };
    let mut i = 0;
    while i < sentences.len() {
        let header = sentences[i].text(text);
        let cells = crate::read::table_cells(header);
        let label = |k: usize| header[cells[k].0..cells[k].1].trim();
        let hosts: Vec<usize> = (0..cells.len())
            .filter(|&k| w.host_columns.iter().any(|x| label(k) == x.as_str()))
            .collect();
        if hosts.is_empty() {
            i += 1;
            continue;
        }
        let seat =
            (0..cells.len()).find(|&k| w.seat_columns.iter().any(|x| label(k) == x.as_str()));
        let mut j = i + 1;
        while j < sentences.len() {
            let s = &sentences[j];
            let row = crate::read::table_cells(s.text(text));
            if row.len() != cells.len() {
                // A heading between two lists of the same columns (二、…认定名单)
                // goes on with the header above it.
                let resumes = s.text(text).trim().chars().count() <= 40
                    && sentences.get(j + 1).is_some_and(|n| {
                        crate::read::table_cells(n.text(text)).len() == cells.len()
                    });
                if resumes {
                    j += 1;
                    continue;
                }
                break;
            }
            let platform = (0..row.len())
                .filter(|k| !hosts.contains(k))
                .flat_map(|k| in_cell(s, row[k], &[EntityType::Institute]))
                .next();
            if let Some(p) = platform {
                let founders: Vec<usize> = hosts
                    .iter()
                    .flat_map(|&k| in_cell(s, row[k], orgs()))
                    .filter(|&f| f != p)
                    .collect();
                for (x, &f) in founders.iter().enumerate() {
                    out[j].push((f, p, Relation::Established));
                    for &g in &founders[x + 1..] {
                        if g != f {
                            out[j].push((f, g, Relation::CooperatesWith));
                        }
                    }
                }
                if let Some(k) = seat
                    && let Some(&r) = in_cell(s, row[k], &[EntityType::Region]).last()
                {
                    out[j].push((p, r, Relation::LocatedIn));
                }
            }
            j += 1;
        }
        i = j;
    }
    out
}

/// For each sentence that is an address field (招标人地址：R…, 地址：R…), the
/// organization whose address it is: the value of the field line before it whose
/// label the address's label names (招标人 for 招标人地址, 招标代理机构 for
/// 代理机构地址), or with a label naming no one (地址, 注册地址), of the nearest
/// field line before it that names an organization.
fn address_owners(
    text: &str,
    sentences: &[Sentence],
    by_sentence: &[Vec<usize>],
    rec: &Recognition,
    res: &Resolved,
) -> Vec<Option<usize>> {
    let mut out = vec![None; sentences.len()];
    if !text.contains("地址") && !text.contains("住所") {
        return out;
    }
    // A field line naming an organization, or a heading line that is one's name alone
    // (（一）宜春锦泰投资有限公司), whose fields follow it.
    let field = |s: &Sentence| {
        field_org(text, s, by_sentence, rec, res)
            .or_else(|| heading_org(text, s, by_sentence, rec, res, false).map(|o| ("", o)))
    };
    for (i, s) in sentences.iter().enumerate() {
        let Some(c) = ADDRESS_FIELD.captures(s.text(text)) else {
            continue;
        };
        let own = c.get(1).map_or("", |m| m.as_str());
        let generic = own.is_empty()
            || [
                "注册", "通讯", "通信", "办公", "公司", "企业", "单位", "联系", "详细", "主要",
            ]
            .contains(&own);
        // (A line's later parties after ； are no field of their own: 专利权人：A；B
        // gives the address of A, the first.)
        let before = sentences[i.saturating_sub(6)..i]
            .iter()
            .rev()
            .filter(|s| {
                let lead = text[..s.byte_start].trim_end_matches([' ', '\t', '\u{3000}']);
                lead.is_empty() || lead.ends_with('\n')
            })
            .filter_map(field);
        out[i] = if generic {
            before.map(|(_, o)| o).next()
        } else {
            before
                .filter(|(label, _)| label.contains(own))
                .map(|(_, o)| o)
                .next()
        };
    }
    out
}

/// The text after a note in brackets that opens it (（以下简称“A”）建造的 → 建造的).
fn after_note(t: &str) -> &str {
    if t.starts_with(['（', '('])
        && let Some(end) = t.find(['）', ')'])
    {
        return &t[end + t[end..].chars().next().map_or(0, char::len_utf8)..];
    }
    t
}

/// Whether `t` is a note in brackets after a name: （参股公司）, （B控股子公司）.
fn bracket_note(t: &str) -> bool {
    t.starts_with(['（', '(']) && t.ends_with(['）', ')'])
}

/// The organization a heading line names alone, after its list number if any
/// (（一）宜春锦泰投资有限公司, 2．A), and with `noted`, also before a note in
/// brackets (3、A（以下简称“A”）).
fn heading_org(
    text: &str,
    s: &Sentence,
    by_sentence: &[Vec<usize>],
    rec: &Recognition,
    res: &Resolved,
    noted: bool,
) -> Option<usize> {
    let st = s.text(text).trim_end();
    let name = HEADING_NUMBER.find(st).map_or(st, |m| &st[m.end()..]);
    // A label may stand before the name (（四）被担保人：衢州…有限公司).
    let name = HEADING_LABEL.find(name).map_or(name, |m| &name[m.end()..]);
    let at = s.byte_start + st.len() - name.len();
    let line_end = s.byte_start + st.len();
    org_at(s, by_sentence, rec, res, at)
        .filter(|&(end, _)| end == line_end || noted && bracket_note(&text[end..line_end]))
        .map(|(_, e)| e)
}
/// For each sentence, the organization whose block of field lines it stands in: the
/// one a numbered heading names alone, maybe with a note in brackets after it
/// (3、遂宁峡能新能源材料有限公司（以下简称“遂宁峡能”）), up to the next heading.
fn block_heads(
    text: &str,
    sentences: &[Sentence],
    by_sentence: &[Vec<usize>],
    rec: &Recognition,
    res: &Resolved,
) -> Vec<Option<usize>> {
    let mut out = vec![None; sentences.len()];
    // The block's organization, the kind of number its opening line bore, and
    // whether a name field opened it.
    let mut current: Option<(usize, Option<NumberKind>, bool)> = None;
    for (i, s) in sentences.iter().enumerate() {
        let st = s.text(text);
        let number = HEADING_NUMBER.find(st).map(|m| number_kind(m.as_str()));
        if let Some(named) = name_field(text, s, by_sentence, rec, res) {
            current = Some((named, number, true));
        } else if let Some(kind) = number {
            // A numbered field line (2、注册资本：…) goes on with the block: one numbered
            // below its heading, or beside a name field (1、公司名称：A / 2、注册资本：…).
            // A sibling of the heading (三、招标代理机构：A / 四、建设地点：…) and any
            // other numbered line end it.
            let goes_on = FIELD_LINE.is_match(st)
                && current.is_some_and(|(_, k, named)| named || k != Some(kind));
            if !goes_on {
                current = heading_org(text, s, by_sentence, rec, res, true)
                    .map(|h| (h, Some(kind), false));
            }
        }
        out[i] = current.map(|(e, _, _)| e);
    }
    out
}

/// The kind of a list number, which tells a list's level: 一、, （一）, 1、, (1), in
/// that order (a later kind is a lower level).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum NumberKind {
    Han,
    HanBracket,
    Digit,
    DigitBracket,
}

fn number_kind(n: &str) -> NumberKind {
    let n = n.trim();
    let digit = n.chars().any(|c| c.is_ascii_digit());
    match (n.starts_with(['（', '(']), digit) {
        (true, true) => NumberKind::DigitBracket,
        (true, false) => NumberKind::HanBracket,
        (false, true) => NumberKind::Digit,
        (false, false) => NumberKind::Han,
    }
}

/// A name field's label (公司名称：, 企业名称 |), maybe after a list number.
static NAME_FIELD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^\s*{LIST_NUMBER}?\s*(?:\p{{Han}}{{0,4}}名称|中文名)\s*(?:[：:]|\|)\s*"
    ))
    .expect("static regex")
});

/// The organization a name field gives (1、公司名称：A; 企业名称 | A, as a table of
/// fields reads): alone on its line or in its cell.
fn name_field(
    text: &str,
    s: &Sentence,
    by_sentence: &[Vec<usize>],
    rec: &Recognition,
    res: &Resolved,
) -> Option<usize> {
    let st = s.text(text).trim_end();
    // (This runs on every sentence: most name no field.)
    if !st.contains("名称") && !st.contains("中文名") {
        return None;
    }
    let f = NAME_FIELD.find(st)?;
    let (end, org) = org_at(s, by_sentence, rec, res, s.byte_start + f.end())?;
    let rest = text[end..s.byte_start + st.len()].trim_start();
    (rest.is_empty() || rest.starts_with('|') || bracket_note(rest)).then_some(org)
}

/// A holder's stake right after its name: 持股100%, 持股比例为20%.
/// An amount a year right after a product (碳酸锂8,000吨/年, 六氟磷酸锂1.5万吨/年、…): a
/// capacity to make it, where an amount alone may be a price, a stock or an order.
static YEARLY_AMOUNT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[\s（(]*(?:约|近|超|达)?\s*\d[\d,.]*\s*(?:万|亿)?\s*(?:吨|t|套|只|片|平方米|㎡|GWh|MWh)\s*(?:/年|/a\b)")
        .expect("static regex")
});
static STAKE_HELD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"持股(?:比例)?(?:为)?\s*(\d+(?:\.\d+)?)\s*[%％]").expect("static regex")
});
/// A holder's stake in a named company: 持有B 51%股权, 持有B的36%股份.
static STAKE_OF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"持有[^，。；,;%％]{2,40}?的?\s?(\d+(?:\.\d+)?)[%％]的?(?:股权|股份)")
        .expect("static regex")
});

/// A heading's label before the name it gives: 被担保人：, 合作方:.
static HEADING_LABEL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\p{Han}{2,6}[：:]\s*").expect("static regex"));

/// The bare lower end of a range right before its upper end: 5.5— of 5.5—7万元/吨.
static RANGE_LOWER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[^\dA-Za-z.\-/])(\d+(?:\.\d+)?)\s*[—～~至]\s*$").expect("static regex")
});

/// A heading's list number: （一）, 一、, 1．, (2).
static HEADING_NUMBER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"^\s*{LIST_NUMBER}\s*")).expect("static regex"));

/// Verbs after which a résumé names an organization its person works or worked at.
const CV_VERBS: [&str; 12] = [
    "任职于",
    "就职于",
    "供职于",
    "加入",
    "曾任",
    "历任",
    "现任",
    "兼任",
    "担任",
    "出任",
    "任",
    "于",
];

/// What follows a person's name that opens a résumé: 林某，男，1976年出生.
static CV_OPEN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:先生|女士)?[，,]\s*(?:男|女|中国国籍|汉族|\d{4}年)").expect("static regex")
});

/// For each sentence, the person whose résumé it stands in: a line that opens on a
/// person's name followed by sex, nationality or birth year.
fn cv_persons(
    text: &str,
    sentences: &[Sentence],
    by_sentence: &[Vec<usize>],
    rec: &Recognition,
    res: &Resolved,
) -> Vec<Option<usize>> {
    let mut out = vec![None; sentences.len()];
    if !text.contains("出生") && !text.contains("国籍") {
        return out;
    }
    let mut current: Option<(usize, usize)> = None; // (person, line end)
    for (i, s) in sentences.iter().enumerate() {
        let line_start = text[..s.byte_start].rfind('\n').map_or(0, |p| p + 1);
        if line_start == s.byte_start || text[line_start..s.byte_start].trim().is_empty() {
            current = by_sentence[i]
                .iter()
                .find(|&&k| {
                    let m = &rec.mentions[k];
                    m.kind == EntityType::Person
                        && text[line_start..m.byte_start].trim().is_empty()
                        && CV_OPEN.is_match(&text[m.byte_end..])
                })
                .and_then(|&k| res.entity_of[k])
                .map(|e| {
                    let end = text[s.byte_start..]
                        .find('\n')
                        .map_or(text.len(), |p| s.byte_start + p);
                    (e, end)
                });
        }
        out[i] = current
            .filter(|&(_, end)| s.byte_start < end)
            .map(|(e, _)| e);
    }
    out
}

/// A field line's label without its list number and colon (一、招标人： → 招标人).
fn field_label(line: &str) -> &str {
    let label = line.trim_end().trim_end_matches(['：', ':']).trim_start();
    HEADING_NUMBER
        .find(label)
        .map_or(label, |m| &label[m.end()..])
        .trim_start_matches(|c: char| !crate::read::is_cjk(c))
}

/// A field line's label and the organization its value opens on (招标人：A → 招标人, A).
fn field_org<'t>(
    text: &'t str,
    s: &Sentence,
    by_sentence: &[Vec<usize>],
    rec: &Recognition,
    res: &Resolved,
) -> Option<(&'t str, usize)> {
    let st = s.text(text);
    let f = FIELD_LINE.find(st)?;
    let label = st[..f.end()]
        .trim_end_matches(['：', ':'])
        .trim_start_matches(|c: char| !crate::read::is_cjk(c));
    let value = f.end() + (st[f.end()..].len() - st[f.end()..].trim_start().len());
    let (_, org) = org_at(s, by_sentence, rec, res, s.byte_start + value)?;
    Some((label, org))
}

/// The organization a top-level mention of sentence `s` names from byte `at` of the
/// text on: the mention's byte end and its entity.
fn org_at(
    s: &Sentence,
    by_sentence: &[Vec<usize>],
    rec: &Recognition,
    res: &Resolved,
    at: usize,
) -> Option<(usize, usize)> {
    by_sentence[s.index].iter().find_map(|&i| {
        let m = &rec.mentions[i];
        (m.byte_start == at && m.nested_in.is_none() && orgs().contains(&m.kind))
            .then_some(res.entity_of[i].map(|e| (m.byte_end, e)))
            .flatten()
    })
}

/// The bodies a joint work lists under one label (完成单位：A、B、C; 主编单位：A and
/// 参编单位：B、C on the lines after, names one per line too): every pair cooperates,
/// as the partners of a body founded together do. By sentence, the pairs read where
/// the list ends.
fn joint_units(
    text: &str,
    sentences: &[Sentence],
    by_sentence: &[Vec<usize>],
    rec: &Recognition,
    res: &Resolved,
    lex: &Lexicon,
) -> Vec<Vec<(usize, usize)>> {
    let mut out = vec![Vec::new(); sentences.len()];
    let labels = &lex.words.joint_labels;
    if !labels.iter().any(|l| text.contains(l.as_str())) {
        return out;
    }
    let opens = |s: &Sentence| {
        let st = s.text(text);
        FIELD_LINE.find(st).is_some_and(|f| {
            let label = st[..f.end()].trim_end_matches(['：', ':']);
            labels.iter().any(|l| label.ends_with(l.as_str()))
        })
    };
    let mut i = 0;
    while i < sentences.len() {
        if !opens(&sentences[i]) {
            i += 1;
            continue;
        }
        // The list runs on over joint-label lines and lines that are no field and
        // end no sentence (a name alone on its line).
        let mut j = i;
        while j + 1 < sentences.len() {
            let next = &sentences[j + 1];
            let nt = next.text(text).trim_end();
            let plain_line = !FIELD_LINE.is_match(nt) && !nt.ends_with(['。', '！', '？']);
            if opens(next)
                || plain_line
                    && !nt.is_empty()
                    && !sentences[j].text(text).trim_end().ends_with('。')
            {
                j += 1;
            } else {
                break;
            }
        }
        let mut units: Vec<usize> = Vec::new();
        for s in &sentences[i..=j] {
            for &k in &by_sentence[s.index] {
                let m = &rec.mentions[k];
                if m.nested_in.is_none()
                    && orgs().contains(&m.kind)
                    && let Some(e) = res.entity_of[k]
                    && !units.contains(&e)
                {
                    units.push(e);
                }
            }
        }
        for (x, &a) in units.iter().enumerate() {
            for &b in &units[x + 1..] {
                out[sentences[j].index].push((a, b));
            }
        }
        i = j + 1;
    }
    out
}

/// For each field line of an award notice that names the winner (中标人：B), the
/// winner and the buyer the document's buyer field names (招标人：A): B supplies A.
fn awards(
    text: &str,
    sentences: &[Sentence],
    by_sentence: &[Vec<usize>],
    rec: &Recognition,
    res: &Resolved,
) -> Vec<Option<(usize, usize)>> {
    let mut out = vec![None; sentences.len()];
    if !AWARD_LABELS.iter().any(|w| text.contains(w)) {
        return out;
    }
    let fields: Vec<Option<(&str, usize)>> = sentences
        .iter()
        .map(|s| field_org(text, s, by_sentence, rec, res))
        .collect();
    let Some(buyer) = fields
        .iter()
        .flatten()
        .find(|(label, _)| BUYER_LABELS.contains(label))
        .map(|&(_, o)| o)
    else {
        return out;
    };
    for (i, f) in fields.iter().enumerate() {
        if let Some((label, winner)) = f
            && AWARD_LABELS.contains(label)
        {
            out[i] = Some((*winner, buyer));
        }
    }
    out
}

/// Verbs by which a product goes into another's (X搭载B提供的P, X采用B的P).
const EQUIP_VERBS: [&str; 4] = ["搭载", "采用", "选用", "配装"];

/// Words by which a sentence opens on the project it is about (项目位于…, 该项目由…).
const PROJECT_WORDS: [&str; 4] = ["项目", "该项目", "此项目", "本项目"];

/// Labels of the field that names who won a tender.
const AWARD_LABELS: [&str; 5] = ["中标人", "中标单位", "中标供应商", "成交供应商", "成交人"];
/// Labels of the field that names who put the tender out.
const BUYER_LABELS: [&str; 4] = ["招标人", "采购人", "招标单位", "采购单位"];

/// The company a sentence opening on a project says carries it out: 项目由X投资建设,
/// 该项目由X（以下简称“Y”）负责建设.
fn project_builder(v: &View) -> Option<usize> {
    let s = without_list_number(v.s);
    let rest = PROJECT_WORDS
        .iter()
        .find_map(|p| s.strip_prefix(p)?.strip_prefix('由'))?;
    let at = v.s.len() - rest.len();
    let m = v.ms.iter().find(|m| m.b0 == at)?;
    let rest = v.gap(m.b1, v.clause_end(m.b1));
    (m.kind == EntityType::Company
        && [
            "投资建设",
            "建设",
            "投资",
            "承建",
            "实施",
            "负责建设",
            "投建",
        ]
        .iter()
        .any(|w| rest.starts_with(w)))
    .then_some(m.e)
}

/// The company a sentence says raised a financing round (X完成近5亿元B轮融资,
/// 公司获…融资): the nearest company before 融资 in its clause, with a verb of raising
/// (data/rules/relation_words.tsv `round_raise`) between them.
fn financed_company(v: &View, lex: &Lexicon) -> Option<usize> {
    let at = v.s.find("融资")?;
    let c0 = v.clause_start(at);
    let m =
        v.ms.iter()
            .rev()
            .find(|m| m.b1 <= at && m.b0 >= c0 && m.kind == EntityType::Company)?;
    let gap = v.gap(m.b1, at);
    // A领投B的B轮融资: the company a round verb names is the one that raised it.
    let named_by_round_verb = || {
        gap.chars().count() <= 10
            && lex
                .words
                .round_verbs
                .iter()
                .any(|w| v.gap(c0, m.b0).ends_with(w.as_str()))
    };
    (lex.words
        .round_raises
        .iter()
        .any(|w| gap.contains(w.as_str()))
        || named_by_round_verb())
    .then_some(m.e)
}

/// True when the clause that says a round was raised opens on a back-reference to a
/// company and names none (2022年3月，公司完成5000万元天使轮融资).
fn financed_by_reference(v: &View, lex: &Lexicon) -> bool {
    let Some(at) = v.s.find("融资") else {
        return false;
    };
    let c0 = v.clause_start(at);
    let clause = v.gap(c0, at).trim_start();
    !v.ms
        .iter()
        .any(|m| m.b1 <= at && m.b0 >= c0 && m.kind == EntityType::Company)
        && company_anaphors(lex).any(|w| {
            clause.strip_prefix(w).is_some_and(|rest| {
                lex.words
                    .round_raises
                    .iter()
                    .any(|r| rest.contains(r.as_str()))
            })
        })
}

/// True when `gap`, between a firm and a person, is a desk and an analyst's title
/// (新能源分析师, 电力设备与新能源行业首席分析师): the firm is the person's.
fn analyst_gap(lex: &Lexicon, gap: &str) -> bool {
    lex.find_titles(gap).last().is_some_and(|&(t0, t1, w)| {
        t1 == gap.len()
            && crate::entity::analyst_title(w)
            && crate::entity::analyst_desk(&gap[..t0])
    })
}

/// True when `gap`, between a place and a body's name, says the body's trade
/// (锂矿商, 储能集成商, 企业, 车企): up to six Chinese characters ending in a trade word.
fn trade_description(lex: &Lexicon, gap: &str) -> bool {
    gap.chars().count() <= 6
        && gap.chars().all(crate::read::is_cjk)
        && (ends_with_any(gap, &lex.words.trade) || gap.ends_with(['商', '厂', '企']))
}

/// True when a sentence opens on the project the sentence before named (项目落户…,
/// 该项目总投资…, 此项目…), after a list number if any.
fn opens_on_project(s: &str) -> bool {
    let s = without_list_number(s);
    ["项目", "该项目", "此项目", "这一项目", "本项目"]
        .iter()
        .any(|p| s.starts_with(p))
}

/// `s` without leading space and the number of a list item (3．, 4、, 10.).
fn without_list_number(s: &str) -> &str {
    s.trim_start()
        .trim_start_matches(|c: char| c.is_ascii_digit() || matches!(c, '．' | '.' | '、'))
}

/// A numbered heading of a list (（一）材料环节, 二、重点项目): `Some` of the one stage it
/// names, if it names one; `None` when the line is no such heading.
fn heading_stage(line: &str, lex: &Lexicon) -> Option<Option<Stage>> {
    let line = line.trim();
    let n = line.chars().count();
    if !(2..=16).contains(&n) || line.contains(['，', ',', '。', '；', ';', '：', ':', '！', '？'])
    {
        return None;
    }
    let m = LIST_HEADING.find(line)?;
    let mut stages: Vec<Stage> = lex
        .find_cues(&line[m.end()..])
        .into_iter()
        .map(|c| c.2)
        .collect();
    stages.dedup();
    Some(match stages[..] {
        [one] => Some(one),
        _ => None,
    })
}

/// The stage a paragraph opening on a numbered run-in heading names (（二）电池材料
/// 环节。这是…, 三、回收利用板块：…), with the kind of its number.
fn stage_section(line: &str, lex: &Lexicon) -> Option<(Stage, NumberKind)> {
    let line = line.trim_start();
    let n = LIST_HEADING.find(line)?;
    let rest = &line[n.end()..];
    let end = rest.find(['。', '：', ':'])?;
    let head = &rest[..end];
    if head.chars().count() > 12 || !["环节", "领域", "板块"].iter().any(|w| head.ends_with(w))
    {
        return None;
    }
    let mut stages: Vec<Stage> = lex.find_cues(head).into_iter().map(|c| c.2).collect();
    stages.dedup();
    match stages[..] {
        [one] => Some((one, number_kind(n.as_str()))),
        _ => None,
    }
}

/// A list heading's number: （一）, 一、, 1、, 1.
static LIST_HEADING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\d{1,2}[、.．]\s*)")
        .expect("static regex")
});

/// Whether a line of a list opens on an organization (A有限公司（A）——…), after its
/// number if any: the first of `ms`.
fn opens_on_listed_org(v: &View) -> bool {
    let body = v.s.trim_start();
    // A bullet (· A——…) is a list mark too.
    let body = body
        .strip_prefix(['·', '•', '●', '■', '▪', '◆'])
        .map_or(body, str::trim_start);
    let at = v.s.len() - body.len() + LIST_HEADING.find(body).map_or(0, |m| m.end());
    v.ms.first()
        .is_some_and(|first| first.b0 == at && orgs().contains(&first.kind))
}

/// Keeps in `by_end`, under the last character of region `e`'s name (省, 市 …), the
/// region of that level mentioned most: of equals the latest when `latest_of_equals`,
/// else the first.
fn prefer_region(
    by_end: &mut HashMap<char, usize>,
    e: usize,
    res: &Resolved,
    latest_of_equals: bool,
) {
    let Some(c) = res.entities[e].name.chars().next_back() else {
        return;
    };
    let best = by_end.entry(c).or_insert(e);
    let (n, b) = (res.entities[e].mentions, res.entities[*best].mentions);
    if n > b || latest_of_equals && n == b {
        *best = e;
    }
}

fn make_view<'a>(
    text: &'a str,
    s: &Sentence,
    idx: &[usize],
    rec: &Recognition,
    res: &Resolved,
) -> View<'a> {
    let st = s.text(text);
    let mut ms: Vec<M> = Vec::new();
    let mut tops: Vec<usize> = Vec::new();
    let notes: Vec<(usize, usize)> = if st.contains("称") {
        NOTE.find_iter(st).map(|m| (m.start(), m.end())).collect()
    } else {
        Vec::new()
    };
    for &i in idx {
        let m = &rec.mentions[i];
        let (b0, b1) = (m.byte_start - s.byte_start, m.byte_end - s.byte_start);
        // A short name declared in a note is a declaration, not a participant of the
        // sentence; what the note says in a clause of its own (（以下简称X，住所地R）,
        // （以下简称X，公司持股70%）) is.
        if notes.iter().any(|&(n0, n1)| {
            n0 <= b0 && b1 <= n1 && {
                let note = &st[n0..n1];
                let at = note.find("称").unwrap_or(0);
                let c0 = note[..at].rfind(is_clause_sep).map_or(0, |c| c + 1);
                let c1 = note[at..]
                    .find(is_clause_sep)
                    .map_or(note.len(), |c| at + c);
                n0 + c0 <= b0 && b1 <= n0 + c1
            }
        }) {
            continue;
        }
        if m.nested_in.is_none()
            && let Some(e) = res.entity_of[i]
        {
            ms.push(M {
                e,
                kind: m.kind,
                b0: m.byte_start - s.byte_start,
                b1: m.byte_end - s.byte_start,
            });
            tops.push(i);
        }
    }
    let mut order: Vec<usize> = (0..ms.len()).collect();
    order.sort_by_key(|&k| ms[k].b0);
    let mut ms: Vec<M> = order.iter().map(|&k| ms[k]).collect();
    let mut tops: Vec<usize> = order.iter().map(|&k| tops[k]).collect();
    if st.contains("后者") || st.contains("前者") {
        for (k, m) in the_former_and_the_latter(st, &ms) {
            ms.insert(k, m);
            tops.insert(k, usize::MAX);
        }
    }
    let mut inner_regions = vec![Vec::new(); ms.len()];
    for &i in idx {
        let m = &rec.mentions[i];
        if let (Some(outer), EntityType::Region, Some(e)) = (m.nested_in, m.kind, res.entity_of[i])
            && let Some(k) = tops.iter().position(|&t| t == outer)
        {
            inner_regions[k].push(e);
        }
    }
    // A separator inside brackets that close is a note's own (（PT Sula，以下简称
    // “苏拉矿业”）), not one of the sentence's clauses.
    let mut clause_ends = Vec::new();
    let mut open: Vec<usize> = Vec::new(); // clause_ends' length at each open bracket
    for (b, c) in st.char_indices() {
        match c {
            '（' | '(' => open.push(clause_ends.len()),
            '）' | ')' => {
                if let Some(n) = open.pop() {
                    clause_ends.truncate(n);
                }
            }
            _ if is_clause_sep(c) => clause_ends.push(b),
            _ => {}
        }
    }
    View {
        s: st,
        ms,
        inner_regions,
        clause_ends,
    }
}

/// Mentions for 后者 and 前者 (the latter, the former), with the index in `ms` each
/// goes to: the two of a pair joined by 与/和/同 before it (A与B签约，后者将…, 由前者
/// 回收后者…), the second the first of A's kind after the joiner; with no such pair,
/// 后者 is the organization named last before it (该公司由A持股，后者则是…).
fn the_former_and_the_latter(st: &str, ms: &[M]) -> Vec<(usize, M)> {
    let mut out: Vec<M> = Vec::new();
    for word in ["后者", "前者"] {
        for (at, _) in st.match_indices(word) {
            if ms.iter().any(|m| m.b0 <= at && at < m.b1) {
                continue;
            }
            let pair = ms
                .iter()
                .enumerate()
                .rev()
                .filter(|(_, a)| a.b1 < at && (a.kind.is_org() || a.kind == EntityType::Person))
                .find_map(|(i, a)| {
                    let joined = ["与", "和", "同"]
                        .iter()
                        .find(|j| st[a.b1..].starts_with(*j))?;
                    let from = a.b1 + joined.len();
                    let b = ms[i + 1..]
                        .iter()
                        .find(|b| b.b0 >= from && b.b1 <= at && b.kind == a.kind && b.e != a.e)?;
                    Some((*a, *b))
                });
            let to = match (word, pair) {
                ("后者", Some((_, b))) => Some(b),
                ("前者", Some((a, _))) => Some(a),
                ("后者", None) => ms
                    .iter()
                    .rev()
                    .find(|m| m.b1 <= at && m.kind.is_org())
                    .copied(),
                _ => None,
            };
            if let Some(t) = to {
                out.push(M {
                    e: t.e,
                    kind: t.kind,
                    b0: at,
                    b1: at + word.len(),
                });
            }
        }
    }
    // Indices into the list as it grows, in order of place.
    out.sort_by_key(|m| m.b0);
    let mut placed: Vec<(usize, M)> = Vec::new();
    for m in out {
        let k = ms.iter().filter(|n| n.b0 < m.b0).count() + placed.len();
        placed.push((k, m));
    }
    placed
}

/// A date or time word standing between a subject and its verb (于2025年4月, 今年).
/// What may stand between an owner and 全资子公司 once places are left out: when and
/// how the owner founded it (今年3月在…注册成立的, 投资设立的).
static FOUNDED_THEN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:今年|去年|\d{4}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?(?:在|于)?(?:注册|投资|出资)?(?:设立|成立|组建|新设)的(?:全资|控股)?$")
        .expect("static regex")
});

/// The deals a supplier wins from a buyer or the provision it makes (`won_business`),
/// found in one pass.
/// Words of a research body's focus (`Ctx::research_focus`): 聚焦, 围绕, 重点开展 ….
static FOCUS: LazyLock<aho_corasick::AhoCorasick> = LazyLock::new(|| {
    aho_corasick::AhoCorasick::new(["聚焦", "围绕", "重点开展", "主要开展", "重点研发", "着力"])
        .expect("static automaton")
});
static WON_DEALS: LazyLock<aho_corasick::AhoCorasick> = LazyLock::new(|| {
    aho_corasick::AhoCorasick::new(["定点", "订单", "提供"]).expect("static automaton")
});

/// The characters of the adverbs and modal verbs that may open a clause with no
/// subject of its own (同时, 还将, 并拟, 此外, 进一步).
const CLAUSE_ADVERBS: &str = "同时还并将也拟计划正已此外另随后再又亦会要进一步积极";

/// Characters of the words of time and manner that may stand between a partner and
/// 与 (近日, 日前, 正式, 目前, 此前, 今年3月, 于2025年).
const PARTNER_ADVERBS: &str = "近日前正式目此经于在年月今去已";

/// Byte length of the blanks and list marks a clause's text opens on.
fn lead_len(clause: &str) -> usize {
    clause.len() - clause.trim_start().len()
}

/// A clause of time opening a sentence: 2018年，, 2022年10月，, 同年，, 此后，.
static LEAD_TIME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?(?:以来|起|底|初|末)?|(?:今年|去年|当年|同年)?\d{1,2}月(?:\d{1,2}日)?|同年|当年|次年|此后|随后|其后|目前|近日|日前|近年来|今年以来|今年|去年)[，,]",
    )
    .expect("static regex")
});

static TIME_BETWEEN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:于|在)?(?:\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?|\d{1,2}月\d{1,2}日|今年|去年|近日|日前)",
    )
    .expect("static regex")
});

/// Whether `s` opens on 其 (its), not on a word 其 begins (其中, 其他, 其余 …).
fn opens_on_qi(s: &str) -> bool {
    let s = s.trim_start();
    s.starts_with('其')
        && !["其中", "其他", "其余", "其次", "其实", "其它"]
            .iter()
            .any(|w| s.starts_with(w))
}

/// The back-references that stand for a company (该公司, 公司, 集团 …).
fn company_anaphors(lex: &Lexicon) -> impl Iterator<Item = &str> {
    lex.words
        .anaphors
        .iter()
        .filter(|(_, kind)| *kind == EntityType::Company)
        .map(|(w, _)| w.as_str())
}

/// True when one of a sentence's first two clauses opens on a company's back-reference
/// (该公司, 公司, 这家企业), after a time if any (2023年公司实现营业收入…).
fn opens_on_company_reference(v: &View, lex: &Lexicon) -> bool {
    company_reference_at(v, lex, 2).is_some()
}

/// Where the back-reference of `opens_on_company_reference` stands in the first
/// `clauses` clauses (1 or 2), as a byte offset into the sentence.
fn company_reference_at(v: &View, lex: &Lexicon, clauses: usize) -> Option<usize> {
    let first_end = v.clause_end(0);
    let starts = [
        0,
        first_end + v.s[first_end..].chars().next().map_or(0, char::len_utf8),
    ];
    starts
        .into_iter()
        .take(clauses)
        .filter(|&b| b < v.s.len())
        .find_map(|b| {
            let rest = &v.s[b..];
            // (The regex only where a time or discourse word may open the clause: this
            // runs for every sentence, and most open on neither.)
            let lead = if rest
                .starts_with(|c: char| c.is_ascii_digit() || "今去目现此同".contains(c))
            {
                TIME_OPENING.find(rest).map_or(0, |m| m.end())
            } else {
                0
            };
            company_anaphors(lex)
                .any(|w| w.chars().count() > 1 && rest[lead..].starts_with(w))
                .then_some(b + lead)
        })
}

/// A time or a discourse word opening a clause, with or without its comma (2023年,
/// 今年1-9月, 目前); `LEAD_TIME` is a clause of time of its own, ending on its comma.
static TIME_OPENING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:\d{4}年(?:\d{1,2}(?:-\d{1,2})?月)?(?:上半年|下半年|前三季度|全年|底|末)?|今年|去年|目前|现|此外|同时)[，,]?",
    )
    .expect("static regex")
});

/// The entity a sentence is about: its first organization or region that is not
/// in an adverbial (据…, 在…, 与…) and stands in one of its first two clauses.
fn sentence_subject(v: &View, lex: &Lexicon) -> Option<usize> {
    // A sentence opening on 公司/集团/该公司 goes on about the company before, whatever
    // a later clause names (集团在常州建有基地，西班牙工厂正在建设中).
    if v.ms.first().is_none_or(|m| m.b0 > 0) && company_anaphors(lex).any(|w| v.s.starts_with(w)) {
        return None;
    }
    // So does one that opens on one after a time (2022年，该公司…项目落户P) before any
    // name: a place it names after the verb is no subject (a company may be: 2018年，
    // 公司在R设立全资子公司C goes on about C).
    if let Some(at) = company_reference_at(v, lex, 1)
        && v.ms
            .iter()
            .filter(|m| actors().contains(&m.kind))
            .all(|m| m.b0 > at && matches!(m.kind, EntityType::Region | EntityType::Park))
    {
        return None;
    }
    for (k, m) in v.ms.iter().enumerate() {
        if !actors().contains(&m.kind) {
            continue;
        }
        if v.content_clauses_before(m.b0) > 1 {
            return None;
        }
        // The whole list a mention stands in shares its preposition (由A、B主办), and
        // so does a place written after the larger one it lies in (在遂宁市船山区，A…),
        // in a list of such pairs too (在常州、四川宜宾).
        let mut g0 = k;
        while g0 > 0
            && (actors().contains(&v.ms[g0 - 1].kind)
                && lex
                    .words
                    .joiners
                    .contains(v.gap(v.ms[g0 - 1].b1, v.ms[g0].b0))
                || v.ms[g0].kind == EntityType::Region
                    && v.ms[g0 - 1].kind == EntityType::Region
                    && v.gap(v.ms[g0 - 1].b1, v.ms[g0].b0).is_empty())
        {
            g0 -= 1;
        }
        // So is a name after its place when 由 stands before the place (由四平市的A供应).
        if g0 > 0
            && v.ms[g0 - 1].kind == EntityType::Region
            && matches!(v.gap(v.ms[g0 - 1].b1, v.ms[g0].b0), "" | "的")
            && v.before_in_clause(v.ms[g0 - 1].b0).ends_with('由')
        {
            continue;
        }
        let before = v.before_in_clause(v.ms[g0].b0);
        // 由A投资建设的X项目，…: the sentence opens on the one who carries it out.
        if m.kind == EntityType::Company
            && without_list_number(before) == "由"
            && starts_with_any(&v.s[m.b1..v.clause_end(m.b1)], &lex.words.doer_after)
        {
            return Some(m.e);
        }
        // 作为…的回收企业，X…: the clause describes the subject that follows it.
        if before.trim_start().starts_with("作为") {
            continue;
        }
        // A speaker's firm (东岸期货新能源分析师顾晨表示…): the person speaks, the firm
        // is no subject of what is said.
        if m.kind == EntityType::Company
            && let Some(p) = v.ms.get(k + 1)
            && p.kind == EntityType::Person
            && analyst_gap(lex, v.gap(m.b1, p.b0))
        {
            return None;
        }
        // Right after the clause's verb (产品主要供应A、B): A is its object, and the
        // subject is one the sentence leaves out.
        let verb_before = before.trim_end_matches('了');
        let first_in_clause = !v.ms[..g0]
            .iter()
            .any(|n| n.b1 > v.clause_start(v.ms[g0].b0));
        // (Not when a name the recognizer missed stands before the verb: 某某储能科技有限公司
        // 将总部迁入R is no sentence without a subject.)
        // (A weak head is a word of the clause then: 储能类产品已批量供货A.)
        let unnamed_subject = || {
            lex.find_heads(verb_before).iter().any(|&(_, _, hi)| {
                orgs().contains(&lex.heads[hi].kind)
                    && lex.heads[hi].strength == crate::lexicon::Strength::Strong
            })
        };
        if first_in_clause
            && !verb_before.is_empty()
            && lex
                .find_triggers(verb_before)
                .last()
                .is_some_and(|&(_, end, _)| end == verb_before.len())
            && !unnamed_subject()
        {
            continue;
        }
        // 该环节链主为A: 为 after a role is the copula, and A what the sentence is about.
        let role_is = before
            .strip_suffix(['为', '是'])
            .is_some_and(|r| ends_with_any(r, &lex.words.copula_roles));
        if !role_is
            && (ends_with_any(before, &lex.words.not_subject_before)
                || before.contains('据')
                || before.contains("根据"))
        {
            continue;
        }

        // 位于重庆市江津区的A: the place is an attribute of A, which the sentence is about.
        if m.kind == EntityType::Region
            && starts_with_any(before.trim_start(), &lex.words.located)
            && v.s[m.b1..v.clause_end(m.b1)].contains('的')
        {
            continue;
        }
        // 凯奇凯梅特工厂规划总产能…: a company's site named by its place is no subject.
        if m.kind == EntityType::Region && is_site(v, k) {
            continue;
        }
        // 太原市清徐县的A: the place only says where A is; A is what the sentence is about.
        if m.kind == EntityType::Region {
            let mut j = k;
            while v
                .ms
                .get(j + 1)
                .is_some_and(|n| n.kind == EntityType::Region && v.gap(v.ms[j].b1, n.b0).is_empty())
            {
                j += 1;
            }
            // So does a place before a trade word and the name (澳大利亚锂矿商A).
            let describes = |gap: &str| gap == "的" || trade_description(lex, gap);
            // (The trade word may hold a stage or product: 锂矿 in 锂矿商.)
            if v.ms[j + 1..]
                .iter()
                .find(|n| !matches!(n.kind, EntityType::Stage | EntityType::Product))
                .is_some_and(|n| orgs().contains(&n.kind) && describes(v.gap(v.ms[j].b1, n.b0)))
            {
                continue;
            }
        }
        // A的全资子公司B / A旗下B: B is what the sentence is about.
        if let Some(next) = v.ms.get(k + 1)
            && orgs().contains(&next.kind)
            && lex.words.owner_links.contains(v.gap(m.b1, next.b0))
        {
            continue;
        }
        // …是吉林省的示范项目，由A投资建设: the one carrying the project out, over a
        // place the sentence names as an attribute.
        if m.kind == EntityType::Region
            && let Some(d) = v.ms[k + 1..].iter().find(|d| {
                d.kind == EntityType::Company
                    && v.before_in_clause(d.b0).ends_with('由')
                    && starts_with_any(&v.s[d.b1..v.clause_end(d.b1)], &lex.words.doer_after)
            })
        {
            return Some(d.e);
        }
        return Some(m.e);
    }
    None
}

struct Ctx<'a, 'b> {
    view: &'a View<'b>,
    res: &'a Resolved,
    lex: &'a Lexicon,
    sentence: usize,
    out: &'a mut Extraction,
    /// The sentence's subject, or the topic carried from the sentences before.
    topic: Option<usize>,
    /// The topic carried from the sentences before this one, whatever this one's
    /// subject (公司总经理X介绍: 公司 is the company those sentences were about).
    topic_before: Option<usize>,
    /// The last event named before this sentence, for 会上/现场/此次.
    event: Option<usize>,
    /// Every event named before this sentence, the latest named last, each with the
    /// index of the sentence that last named it.
    events_seen: &'a [(usize, usize)],
    /// The last entity of each type named before this sentence, for 公司/研究院.
    last_of_kind: &'a HashMap<EntityType, usize>,
    /// By the last character of a region's name, the most named region so far.
    region_by_end: &'a HashMap<char, usize>,
    /// The same over the whole document, for 全省 before the region is named.
    doc_region_by_end: &'a HashMap<char, usize>,
    /// The year and period of the sentence this one continues after a semicolon
    /// (2025年上半年，A实现营收…；实现净利润…): one sentence to a reader.
    frame_before: (Option<i32>, Option<String>),
    /// The last year the sentences before this one name (同年, 当年 refer to it).
    year_before: Option<i32>,
    /// The region a whole-region word of the semicolon-ended sentence before this one
    /// gave its figures to.
    frame_holder: Option<usize>,
    /// The region a whole-region word of this sentence gave a figure to, for the next.
    whole_holder: std::cell::Cell<Option<usize>>,
    /// The company of the last person of the sentence before, when it ended on ；
    /// (公司董事、总经理X…；董事、副总经理Y: Y's title goes on at it).
    officer_before: Option<usize>,
    /// The company of this sentence's last person who had one.
    officer_now: std::cell::Cell<Option<usize>>,
    /// The company a stake of the sentence before was in, for a shareholder list
    /// whose later lines name only the holder.
    held_before: Option<usize>,
    /// The company a stake of this sentence is in.
    held_now: std::cell::Cell<Option<usize>>,
    /// The project record this sentence is a field of, if any.
    record: Option<Record>,
    /// The company whose project this sentence opens on (A…项目。项目落户R，…).
    project: Option<usize>,
    /// The entity of each chain stage in the document.
    stage_entities: &'a HashMap<Stage, usize>,
    /// The organization the document speaks for, if it does.
    issuer: Option<usize>,
    /// The company most sentences before this one had for subject.
    doc_company: Option<usize>,
    /// Companies the text introduces as someone's subsidiary (…全资子公司A).
    subsidiaries: &'a [usize],
    /// The organization whose address this sentence's field gives, if it does.
    address_owner: Option<usize>,
    /// Whether the document writes an address anywhere (地址, 住所).
    addresses: bool,
    /// The organization whose block of field lines the sentence stands in.
    block_head: Option<usize>,
    /// The label of the field line of that block the sentence stands on (注册资本).
    field_line: Option<&'a str>,
    /// The person whose résumé the sentence stands in (林某，男，1976年出生，…).
    cv_person: Option<usize>,
    /// The company the document last says raised a financing round, if any.
    financed: Option<usize>,
    /// Whether the sentence is a row of a table of customers or suppliers, whose
    /// percentages are shares of sales, not of equity.
    counterpart_row: bool,
}

impl Ctx<'_, '_> {
    fn kind(&self, e: usize) -> EntityType {
        self.res.entities[e].kind
    }

    /// End of the clause at `b`, or of the next when it goes on with the list the
    /// clause ends on (A等120余家企业，以及B的专家学者参加了大会).
    fn list_clause_end(&self, b: usize) -> usize {
        let v = self.view;
        let end = v.clause_end(b);
        let next = v.s[end..].trim_start_matches(['，', ',']);
        if next.len() < v.s[end..].len()
            && ["以及", "及", "和", "与"]
                .iter()
                .any(|w| next.starts_with(w))
        {
            return v.clause_end(v.s.len() - next.len());
        }
        end
    }

    /// A line of a list that opens on an organization (the first of `ms`): it is in
    /// the stage of the heading it is listed under, and what the words after a dash
    /// name before any verb are what it makes (A有限公司（A）——磷酸铁锂正极材料，产能…).
    fn listed_relations(&mut self, stage: Option<Stage>) {
        let v = self.view;
        let k = 0;
        let org = v.ms[k].e;
        if let Some(st) = stage
            && let Some(&se) = self.stage_entities.get(&st)
        {
            self.push(org, se, Relation::InStage);
        }
        let mut rest = &v.s[v.ms[k].b1..];
        if rest.starts_with(['（', '(']) {
            let Some(close) = rest.find(['）', ')']) else {
                return;
            };
            rest = &rest[close + rest[close..].chars().next().map_or(1, char::len_utf8)..];
        }
        let Some(desc) = rest.strip_prefix("——").or_else(|| rest.strip_prefix('—')) else {
            return;
        };
        let d0 = v.s.len() - desc.len();
        let clause = desc
            .split(['，', ',', '；', ';', '。'])
            .next()
            .unwrap_or("");
        let d1 = d0 + clause.len();
        // (A making verb at its end names the making: 动力电池电芯制造.)
        let triggers = self.lex.find_triggers(clause);
        let made = matches!(
            triggers[..],
            [(_, end, t)] if end == clause.len() && t.relation == Relation::Produces
        );
        if clause.starts_with(|c| crate::entity::FUNCTION_CHARS.contains(c))
            || !triggers.is_empty() && !made
        {
            return;
        }
        for m in v.ms.iter().filter(|m| m.kind == EntityType::Product) {
            if m.b0 >= d0 && m.b1 <= d1 {
                self.push(org, m.e, Relation::Produces);
            }
        }
    }

    /// A project record's holder invests where the record says it builds; a table's
    /// organization is located in the region of its seat column, or invests in the
    /// park there; and it makes what its project cell names (钠离子电池中试线项目),
    /// unless the project recycles or builds equipment for the product.
    /// A field line of a block its heading names says what that body is: its legal
    /// representative or head (法定代表人：P) works at it, its owner (控股股东：A)
    /// holds it, and its line of business (经营范围：…的研发、生产和销售) names the
    /// products it makes.
    fn field_relations(&mut self) {
        let Some(head) = self.block_head else {
            return;
        };
        let v = self.view;
        let Some(label) = self.field_line else {
            return;
        };
        // The value: after the label on its own line, the whole sentence that goes on
        // with it after a semicolon.
        let value = FIELD_LINE.find(v.s).map_or(0, |f| f.end());
        let words = &self.lex.words;
        let on_line = |kind: EntityType| {
            v.ms.iter()
                .filter(move |m| m.b0 >= value && m.kind == kind)
                .map(|m| m.e)
        };
        let (relation, tails, forward): (Relation, Vec<usize>, bool) =
            if self.lex.titles.contains(label) {
                (
                    Relation::WorksAt,
                    on_line(EntityType::Person).take(1).collect(),
                    false,
                )
            } else if words.owner_labels.iter().any(|w| w == label) {
                (
                    Relation::SubsidiaryOf,
                    on_line(EntityType::Company).take(1).collect(),
                    true,
                )
            } else if words.business_labels.iter().any(|w| w == label) {
                // Not a product that only qualifies the next (锂离子电池正极材料).
                let qualifier =
                    |e: usize| (0..v.ms.len()).any(|k| v.ms[k].e == e && v.qualifies_next(k));
                // Nor what a line of recycling takes in (废旧动力蓄电池回收).
                let recycled = self.lex.words.recycling.iter().any(|w| v.s.contains(w));
                let made = on_line(EntityType::Product).filter(|&e| !recycled && !qualifier(e));
                (Relation::Produces, made.collect(), true)
            } else {
                return;
            };
        for t in tails {
            if forward {
                self.push(head, t, relation);
            } else {
                self.push(t, head, relation);
            }
        }
    }

    fn record_relations(&mut self) {
        let Some(r) = self.record else {
            return;
        };
        if let Some((place, sentence)) = r.place
            && sentence == self.sentence
        {
            let relation = if r.seat && self.kind(place) == EntityType::Region {
                Relation::LocatedIn
            } else {
                Relation::InvestsIn
            };
            self.push(r.holder, place, relation);
        }
        let v = self.view;
        if let Some((a, b)) = r.project
            && !self
                .lex
                .words
                .recycling
                .iter()
                .any(|w| v.s[a..b].contains(w))
        {
            let products: Vec<usize> = (0..v.ms.len())
                .filter(|&k| {
                    v.ms[k].kind == EntityType::Product && v.ms[k].b0 >= a && v.ms[k].b1 <= b
                })
                .collect();
            for (j, &k) in products.iter().enumerate() {
                // What the product's words run on to, up to the next product.
                let to = products.get(j + 1).map_or(b, |&n| v.ms[n].b0);
                let after = &v.s[v.ms[k].b1.min(to)..to];
                // A station is built, not made (储能电站示范项目).
                let station = v.s[v.ms[k].b0..v.ms[k].b1].ends_with('站');
                // Nor is a product that only qualifies the next (锂电池隔膜, 两轮车锂电池).
                if !station
                    && !v.qualifies_next(k)
                    && !self.lex.words.equipment.iter().any(|w| after.contains(w))
                {
                    self.push(r.holder, v.ms[k].e, Relation::Produces);
                }
            }
        }
    }

    /// 项目位于P / 项目选址R: the company whose project it is invests where it is
    /// built (a region it moves to by 落户 is also its relocation, by the trigger).
    fn project_relations(&mut self) {
        let Some(c) = self.project else {
            return;
        };
        let v = self.view;
        // The first place a clause opens on with the verb (项目位于P; 项目由X投资建设，
        // 选址P).
        for k in 0..v.ms.len() {
            if !matches!(v.ms[k].kind, EntityType::Region | EntityType::Park) {
                continue;
            }
            let lead = without_list_number(v.gap(v.clause_start(v.ms[k].b0), v.ms[k].b0));
            let verb = PROJECT_WORDS
                .iter()
                .find_map(|p| lead.strip_prefix(p))
                .unwrap_or(lead);
            if [
                "位于",
                "落户",
                "选址",
                "选址于",
                "坐落于",
                "建于",
                "落地",
                "在",
                "落户于",
            ]
            .contains(&verb)
            {
                let place = self.chain_end(k);
                self.push(c, v.ms[place].e, Relation::InvestsIn);
                return;
            }
        }
    }

    /// A table row written as text (1 | A有限公司 | 赣州市南康区 | 梯次利用): the
    /// organization filling a cell is located in the most specific region of a cell
    /// that holds only places, and is in the stage a cell of stage words names.
    fn table_row_relations(&mut self) {
        let v = self.view;
        let cells: Vec<(usize, usize)> = {
            let mut bars: Vec<usize> =
                v.s.char_indices()
                    .filter(|&(_, c)| matches!(c, '|' | '｜'))
                    .map(|(b, _)| b)
                    .collect();
            // A row laid out with spaces (an annual report's table of subsidiaries: A 100%
            // 湖北宜昌 …) when its first cell is an organization's whole name.
            if bars.len() < 2
                && let Some(first) = v.ms.first()
                && first.b0 == v.s.len() - v.s.trim_start().len()
                && orgs().contains(&first.kind)
                && v.s[first.b1..].starts_with([' ', '\t', '（', '('])
            {
                bars = v
                    .s
                    .trim_end()
                    .char_indices()
                    .filter(|&(b, c)| {
                        matches!(c, ' ' | '\t') && b >= first.b1 && !v.s[..b].ends_with([' ', '\t'])
                    })
                    .map(|(b, _)| b)
                    .collect();
            }
            if bars.len() < 2 {
                return;
            }
            let mut edges = vec![0];
            for b in bars {
                edges.push(b);
                edges.push(b + v.s[b..].chars().next().map_or(1, char::len_utf8));
            }
            edges.push(v.s.len());
            edges.chunks(2).map(|c| (c[0], c[1])).collect()
        };
        let trimmed = |span| crate::read::trimmed_span(v.s, span);
        let in_cell = |(a, b): (usize, usize)| -> Vec<usize> {
            (0..v.ms.len())
                .filter(|&k| v.ms[k].b0 >= a && v.ms[k].b1 <= b)
                .collect()
        };
        let mut holders: Vec<usize> = Vec::new();
        let mut place: Option<usize> = None;
        let mut stages: Vec<Stage> = Vec::new();
        let mut share: Option<f64> = None;
        for &cell in &cells {
            let (a, b) = trimmed(cell);
            if a >= b {
                continue;
            }
            // A share of the holder's equity (持股比例 100%).
            if let Some(n) = v.s[a..b].strip_suffix('%')
                && let Ok(n) = n.parse::<f64>()
            {
                share = Some(n);
                continue;
            }
            let ks = in_cell((a, b));
            // A cell the organization fills alone, maybe with a note in brackets
            // (江西宜锂矿业有限公司（参股公司）, A（B控股子公司）).
            if let [k, ..] = ks[..]
                && orgs().contains(&v.ms[k].kind)
                && v.ms[k].b0 == a
                && (v.ms[k].b1 == b || bracket_note(&v.s[v.ms[k].b1..b]))
            {
                holders.push(v.ms[k].e);
                continue;
            }
            // A cell of places only: a chain of regions, maybe ending in a park.
            if let Some(&k0) = ks.first()
                && v.ms[k0].b0 == a
                && v.ms[k0].kind == EntityType::Region
            {
                let last = self.chain_end(k0);
                if v.ms[last].b1 == b {
                    place = Some(self.region_chain_end(k0));
                    continue;
                }
            }
            // A cell of stage words (梯次利用、再生利用).
            if ks.is_empty() {
                stages.extend(self.lex.find_cues(&v.s[a..b]).into_iter().map(|c| c.2));
            }
        }
        if holders.len() != 1 {
            return;
        }
        let holder = holders[0];
        // A project's row: the place is where it invests (see record_relations), and
        // what its content says the plant makes (年产2万吨电池级碳酸锂) is the holder's.
        let project_row = self
            .record
            .is_some_and(|r| r.holder == holder && r.place.is_some());
        if let Some(p) = place
            && !project_row
        {
            self.push(holder, v.ms[p].e, Relation::LocatedIn);
        }
        if project_row {
            for &cell in &cells {
                let (a, b) = trimmed(cell);
                for k in in_cell((a, b)) {
                    if v.ms[k].kind != EntityType::Product {
                        continue;
                    }
                    let lead = &v.s[a..v.ms[k].b0];
                    let clause = lead.rsplit(is_clause_sep).next().unwrap_or(lead);
                    if ["年产", "生产", "产能", "采选", "年采"]
                        .iter()
                        .any(|w| clause.contains(w))
                        && !self.lex.words.recycling.iter().any(|w| clause.contains(w))
                    {
                        self.push(holder, v.ms[k].e, Relation::Produces);
                    }
                }
            }
        }
        // In the document of the company that holds the share: its subsidiary when the
        // share controls (over half), else a company it has invested in.
        if let (Some(n), Some(owner)) = (share, self.issuer)
            && owner != holder
            && !self.counterpart_row
        {
            if n > 50.0 {
                self.push(holder, owner, Relation::SubsidiaryOf);
            } else {
                self.push(owner, holder, Relation::InvestsIn);
            }
        }
        stages.sort_unstable();
        stages.dedup();
        for st in stages {
            if let Some(se) = self
                .res
                .entities
                .iter()
                .position(|e| e.link == Link::Stage(st))
            {
                self.push(holder, se, Relation::InStage);
            }
        }
    }

    /// An address field (招标人地址：甘肃省张掖市高台县…): its organization is in the
    /// most specific place the address opens on.
    fn address_relations(&mut self) {
        let Some(owner) = self.address_owner else {
            self.inline_address();
            return;
        };
        let v = self.view;
        let Some(colon) = v.s.find(['：', ':']) else {
            return;
        };
        let value = colon + v.s[colon..].chars().next().map_or(1, char::len_utf8);
        if let Some(k) = v.ms.iter().position(|m| {
            m.b0 >= value
                && v.gap(value, m.b0).is_empty()
                && matches!(m.kind, EntityType::Region | EntityType::Park)
        }) {
            let place = v.ms[self.chain_end(k)].e;
            self.push(owner, place, Relation::LocatedIn);
        }
    }

    /// An address given right after a body's name in its sentence: 华北分公司，地址：
    /// 天津市静海区…; 昱驰公司住所地为江苏省盐城市大丰区. The body is where the
    /// address's most specific place is.
    fn inline_address(&mut self) {
        let v = self.view;
        if !self.addresses || !v.s.contains('址') && !v.s.contains('住') {
            return;
        }
        for label in [
            "地址：",
            "地址:",
            "住所地为",
            "住所地：",
            "住所：",
            "地址为",
        ] {
            for (at, _) in v.s.match_indices(label) {
                // (Its own kind of address, 注册地址, 办公地址, is the body's too.)
                let mut start = at;
                for kind in ["注册", "办公", "通讯", "联系", "经营"] {
                    if v.s[..start].ends_with(kind) {
                        start -= kind.len();
                    }
                }
                let Some(owner) = v.ms.iter().rev().find(|m| {
                    m.b1 <= start
                        && orgs().contains(&m.kind)
                        && matches!(v.gap(m.b1, start), "" | "，" | "," | "（" | "(" | "的")
                }) else {
                    continue;
                };
                let value = at + label.len();
                if let Some(k) = v.ms.iter().position(|m| {
                    m.b0 == value && matches!(m.kind, EntityType::Region | EntityType::Park)
                }) {
                    let place = v.ms[self.chain_end(k)].e;
                    self.push(owner.e, place, Relation::LocatedIn);
                }
            }
        }
    }

    fn push(&mut self, head: usize, tail: usize, relation: Relation) {
        if head == tail || !allowed(relation, self.kind(head), self.kind(tail)) {
            return;
        }
        if relation == Relation::CooperatesWith
            && [head, tail]
                .iter()
                .any(|&e| self.kind(e) == EntityType::Region && !self.acts_as_party(e))
        {
            return;
        }
        let c = Claim {
            head,
            tail,
            relation,
            origin: Origin::Text,
            sentence: Some(self.sentence),
        };
        if !self.out.relations.contains(&c) {
            self.out.relations.push(c);
        }
    }

    /// Whether a region this sentence names stands as a party of its own (郴州市与
    /// A达成合作, 与梧州市签约), not as the seat of a partner it qualifies (与德国回收
    /// 企业B, 与德国B集团) or a place (在匈牙利): some mention of it is followed by a
    /// joiner, a break or a verb of agreeing. A region the sentence does not name (the
    /// topic) may.
    fn acts_as_party(&self, e: usize) -> bool {
        let v = self.view;
        let mut named = v.ms.iter().filter(|m| m.e == e).peekable();
        if named.peek().is_none() {
            return true;
        }
        named.any(|m| {
            let after = &v.s[m.b1..];
            after.is_empty()
                || after.starts_with(|c: char| !crate::read::is_cjk(c))
                || [
                    "与",
                    "和",
                    "同",
                    "跟",
                    "签",
                    "达成",
                    "合作",
                    "共同",
                    "联合",
                    "将",
                    "已",
                    "携手",
                    "联手",
                    "牵手",
                    "双方",
                    "等",
                    "的合作",
                    "的战略合作",
                ]
                .iter()
                .any(|w| after.starts_with(w))
        })
    }

    /// Every head to every tail.
    fn push_pairs(&mut self, heads: &[usize], tails: &[usize], relation: Relation) {
        for &a in heads {
            for &b in tails {
                self.push(a, b, relation);
            }
        }
    }

    /// Each pair of `parties` cooperates (those who act together: a lead and the
    /// partners it joins, the founders of one body, a consortium's members).
    fn cooperate_pairwise(&mut self, parties: &[usize]) {
        for (i, &a) in parties.iter().enumerate() {
            for &b in &parties[i + 1..] {
                self.push(a, b, Relation::CooperatesWith);
            }
        }
    }

    /// Mentions joined to `i` by list joiners, in order.
    fn group(&self, i: usize, kinds: &[EntityType], joiners: &HashSet<String>) -> Vec<usize> {
        let v = self.view;
        // A place written right before the smaller one in it (湖北宜昌、江苏常州) is part
        // of that member, not a member of its own.
        let within = |a: usize, b: usize| {
            v.ms[a].kind == EntityType::Region
                && v.ms[b].kind == EntityType::Region
                && v.ms[a].b1 == v.ms[b].b0
        };
        // A member placed by its seat, A与位于R的B: the member before the place's
        // joiner and B are joined over it (the member's index before, for `b`).
        let placed_member = |b: usize| -> Option<usize> {
            if v.ms[b].kind == EntityType::Region || !kinds.contains(&v.ms[b].kind) {
                return None;
            }
            let mut r = b.checked_sub(1)?;
            if v.ms[r].kind != EntityType::Region
                || !OF_REGION.contains(&v.gap(v.ms[r].b1, v.ms[b].b0))
            {
                return None;
            }
            while r > 0 && within(r - 1, r) {
                r -= 1;
            }
            let a = r.checked_sub(1)?;
            let g = v.gap(v.ms[a].b1, v.ms[r].b0);
            let w = self
                .lex
                .words
                .located
                .iter()
                .filter(|w| g.ends_with(w.as_str()))
                .max_by_key(|w| w.len())?;
            (kinds.contains(&v.ms[a].kind) && joiners.contains(&g[..g.len() - w.len()]))
                .then_some(a)
        };
        // The seats skipped so (no members of their own).
        let mut seats: Vec<(usize, usize)> = Vec::new();
        let mut lo = i;
        while lo > 0 {
            let g = v.gap(v.ms[lo - 1].b1, v.ms[lo].b0);
            if kinds.contains(&v.ms[lo - 1].kind) && (joiners.contains(g) || within(lo - 1, lo)) {
                lo -= 1;
            } else if let Some(a) = placed_member(lo) {
                seats.push((a, lo));
                lo = a;
            } else {
                break;
            }
        }
        let mut hi = i;
        while hi + 1 < v.ms.len() {
            let g = v.gap(v.ms[hi].b1, v.ms[hi + 1].b0);
            if kinds.contains(&v.ms[hi + 1].kind) && (joiners.contains(g) || within(hi, hi + 1)) {
                hi += 1;
            } else if let Some(b) = (hi + 2..v.ms.len().min(hi + 6))
                .find(|&b| !matches!(v.ms[b].kind, EntityType::Region))
                .filter(|&b| placed_member(b) == Some(hi))
            {
                seats.push((hi, b));
                hi = b;
            } else {
                break;
            }
        }
        (lo..=hi)
            .filter(|&k| {
                kinds.contains(&v.ms[k].kind)
                    && !(k < hi && within(k, k + 1))
                    && !seats.iter().any(|&(a, b)| a < k && k < b)
            })
            .collect()
    }

    /// The subject group of a predicate at byte `t`: the nearest mentions of
    /// `kinds` before it in its clause that are not in an adverbial.
    fn subject_before(
        &self,
        t: usize,
        kinds: &[EntityType],
        joiners: &HashSet<String>,
    ) -> Vec<usize> {
        let v = self.view;
        let c0 = v.clause_start(t);
        for k in (0..v.ms.len()).rev() {
            let m = v.ms[k];
            if m.b1 > t || m.b0 < c0 {
                continue;
            }
            if !kinds.contains(&m.kind) {
                continue;
            }
            let g = self.group(k, kinds, joiners);
            let first = v.ms[g[0]];
            let before = v.gap(c0, first.b0);
            if ends_with_any(before, &self.lex.words.not_subject_before) {
                continue;
            }
            return g;
        }
        Vec::new()
    }

    /// The agent group of a passive predicate ending at byte `t` (由A生产, 由A全额投资):
    /// the last mention of `kinds` in its clause, at most six characters before `t`,
    /// whose group opens right after 由.
    fn agent_before(&self, t: usize, kinds: &[EntityType]) -> Vec<usize> {
        let v = self.view;
        let c0 = v.clause_start(t);
        let Some(k) = (0..v.ms.len()).rev().find(|&k| {
            let m = &v.ms[k];
            m.b1 <= t && m.b0 >= c0 && kinds.contains(&m.kind)
        }) else {
            return Vec::new();
        };
        if v.gap(v.ms[k].b1, t).chars().count() > 6 {
            return Vec::new();
        }
        let g = self.group(k, kinds, &self.lex.words.joiners);
        if v.s[..v.ms[g[0]].b0].ends_with('由') {
            g
        } else {
            Vec::new()
        }
    }

    /// The object group of a predicate ending at byte `t`: the first mentions of
    /// `kinds` after it in its clause, at most `max_gap` characters away.
    fn object_after(
        &self,
        t: usize,
        kinds: &[EntityType],
        max_gap: usize,
        whole_sentence: bool,
    ) -> Vec<usize> {
        let v = self.view;
        let end = if whole_sentence {
            v.s.len()
        } else {
            v.clause_end(t)
        };
        for k in 0..v.ms.len() {
            let m = v.ms[k];
            if m.b0 < t || m.b1 > end {
                continue;
            }
            if !kinds.contains(&m.kind) {
                continue;
            }
            if v.gap(t, m.b0).chars().count() > max_gap {
                return Vec::new();
            }
            return self
                .group(k, kinds, &self.lex.words.joiners)
                .into_iter()
                .filter(|&g| v.ms[g].b0 >= t)
                .collect();
        }
        Vec::new()
    }

    /// The companies named after the place chain that opens within `max_gap`
    /// characters of byte `t` (供应浙江省金华市的A、B: A and B).
    fn company_after_place(&self, t: usize, max_gap: usize) -> Vec<usize> {
        let v = self.view;
        let end = v.clause_end(t);
        let Some(k) = (0..v.ms.len()).find(|&k| v.ms[k].b0 >= t && v.ms[k].b1 <= end) else {
            return Vec::new();
        };
        if v.ms[k].kind != EntityType::Region || v.gap(t, v.ms[k].b0).chars().count() > max_gap {
            return Vec::new();
        }
        let last = self.region_chain_end(k);
        match v.ms.get(last + 1) {
            Some(n)
                if n.kind == EntityType::Company
                    && n.b1 <= end
                    && matches!(v.gap(v.ms[last].b1, n.b0), "" | "的") =>
            {
                self.group(last + 1, &[EntityType::Company], &self.lex.words.joiners)
            }
            _ => Vec::new(),
        }
    }

    /// The last mention of a place chain starting at mention `k` (江西省抚州市东乡区的
    /// 东乡经济开发区 → the park; 玉溪市华宁县 → the county).
    fn chain_end(&self, k: usize) -> usize {
        self.place_chain_end(k, true)
    }

    /// The last region of a chain of adjacent regions starting at mention `k`
    /// (肇庆市高要区 → 高要区): the most specific region it names.
    fn region_chain_end(&self, k: usize) -> usize {
        self.place_chain_end(k, false)
    }

    /// The first region of the run of adjacent regions that ends at mention `k`
    /// (郴州临武县 of 临武县), `k` itself when none stands right before it.
    fn region_chain_start(&self, mut k: usize) -> usize {
        let v = self.view;
        while k > 0 && v.ms[k - 1].kind == EntityType::Region && v.ms[k - 1].b1 == v.ms[k].b0 {
            k -= 1;
        }
        k
    }

    /// What a research body works on is what it makes (its `produces`): the products
    /// a clause names after a word of focus and before its work (X中心围绕钠离子电池…开展
    /// 攻关; 共建X研究院，聚焦固态电池等方向开展攻关), the body being the institute right
    /// before the word, or the one the clause before founds where this one names no one.
    fn research_focus(&mut self) {
        const WORK: [&str; 5] = ["攻关", "研究", "研发", "开发", "方向"];
        let v = self.view;
        // (One scan of the sentence: most name no focus at all.)
        for hit in FOCUS.find_iter(v.s) {
            let at = hit.start();
            let c0 = v.clause_start(at);
            let end = v.clause_end(at);
            if !WORK.iter().any(|x| v.s[hit.end()..end].contains(x)) {
                continue;
            }
            let named =
                v.ms.iter()
                    .rev()
                    .find(|m| m.b0 >= c0 && m.b1 <= at && m.kind.is_org());
            let body = match named {
                Some(m)
                    if m.kind == EntityType::Institute && v.gap(m.b1, at).chars().count() <= 4 =>
                {
                    Some(m.e)
                }
                Some(_) => None,
                None => self
                    .founded_before(c0)
                    .filter(|&b| self.kind(b) == EntityType::Institute),
            };
            if let Some(b) = body {
                // (Not what a process takes in: 锂云母高效提锂, 废旧电池回收.)
                let products: Vec<usize> =
                    v.ms.iter()
                        .filter(|m| m.kind == EntityType::Product && m.b0 >= at && m.b1 <= end)
                        .filter(|m| {
                            let next = crate::read::first_chars(&v.s[m.b1..], 4);
                            !["提锂", "提取", "回收", "拆解"]
                                .iter()
                                .any(|w| next.contains(w))
                        })
                        .map(|m| m.e)
                        .collect();
                self.push_pairs(&[b], &products, Relation::Produces);
            }
        }
    }

    /// A park built at a place (在钦南区规划建设了P, 在R建成P) lies there.
    fn park_built_in(&mut self) {
        let v = self.view;
        for k in 1..v.ms.len() {
            let (r, p) = (v.ms[k - 1], v.ms[k]);
            if r.kind == EntityType::Region
                && p.kind == EntityType::Park
                && v.gap(
                    v.clause_start(r.b0),
                    v.ms[self.region_chain_start(k - 1)].b0,
                )
                .ends_with('在')
                && PARK_BUILT.is_match(v.gap(r.b1, p.b0))
            {
                self.push(p.e, r.e, Relation::LocatedIn);
            }
        }
    }

    /// A visit's stop names where the body visited is: 考察团来到深圳市宝安区，走进A
    /// (前往R，考察A; 抵达R，参观A) places A in R, the clause after the arrival opening
    /// on the visit's verb and the body.
    fn visited_at(&mut self) {
        let v = self.view;
        // (Cheap tests first: most sentences have no place right before a body.)
        for (r, next) in v.ms.iter().zip(v.ms.iter().skip(1)) {
            if r.kind != EntityType::Region
                || !matches!(
                    next.kind,
                    EntityType::Company | EntityType::Institute | EntityType::University
                )
            {
                continue;
            }
            // The place ends its clause (a chain of places may, 深圳东部的坪山区).
            let c1 = v.clause_end(r.b0);
            if r.b1 != c1 {
                continue;
            }
            let lead = v
                .gap(c1, next.b0)
                .trim_start_matches(['，', ','].as_slice());
            if VISIT_VERBS.iter().any(|w| lead.strip_suffix(w) == Some(""))
                && VISIT_ARRIVAL
                    .iter()
                    .any(|w| v.gap(v.clause_start(r.b0), r.b0).contains(w))
            {
                self.push(next.e, r.e, Relation::LocatedIn);
            }
        }
    }

    /// A notice's title, X关于印发P的通知, makes X the issuer of the policy P names
    /// (without its 《》, as a notice's title writes it).
    fn notice_title(&mut self) {
        let v = self.view;
        let Some(cap) = NOTICE_TITLE.captures(v.s) else {
            return;
        };
        let (about, title) = (
            cap.get(0).expect("match").start(),
            cap.get(1).expect("group 1"),
        );
        let Some(issuer) =
            v.ms.iter()
                .find(|m| m.b1 == about && m.kind == EntityType::Government)
                .map(|m| m.e)
        else {
            return;
        };
        let title = title
            .as_str()
            .trim_start_matches('《')
            .trim_end_matches('》');
        // (`resolve` gives every policy its title without 《》 as an alias.)
        let policy = (0..self.res.entities.len()).find(|&e| {
            let ent = &self.res.entities[e];
            ent.kind == EntityType::Policy && ent.forms().any(|f| f == title)
        });
        if let Some(p) = policy {
            self.push(issuer, p, Relation::Issued);
        }
    }

    /// A government body written right before a title is its issuer (贯彻国务院办公厅
    /// 《…规划》, 工业和信息化部《…规范条件》).
    fn owned_titles(&mut self) {
        let v = self.view;
        for k in 1..v.ms.len() {
            let (g, p) = (v.ms[k - 1], v.ms[k]);
            if p.kind == EntityType::Policy
                && g.kind == EntityType::Government
                && matches!(v.gap(g.b1, p.b0), "" | "的")
                && v.s[p.b0..].starts_with('《')
            {
                self.push(g.e, p.e, Relation::Issued);
            }
        }
    }

    /// A lead and the partners it joins for one work cooperate, each pair of them:
    /// 由A牵头，联合B、C共同完成; A联合B、C，共同发起设立D; A联合B发布了《…白皮书》.
    /// (联合 is no trigger: as one it
    /// would end the names it stands in.)
    fn joined_partners(&mut self) {
        let v = self.view;
        let acts = [
            "共同", "共建", "组建", "发起", "成立", "实施", "完成", "攻关", "开展", "研发", "申报",
            "承担", "打造", "攻克", "开发", "研制", "突破", "推出", "制定", "起草", "编制", "发布",
            "编写",
        ];
        for (at, _) in v.s.match_indices("联合") {
            let from = at + "联合".len();
            let Some(first) = v.ms.iter().position(|o| o.b0 >= from) else {
                continue;
            };
            let (partners, right) = self.orgs_listed_at(first, from);
            if partners.is_empty() {
                continue;
            }
            let rest = v.s[right..].trim_start_matches(['，', ',']);
            let head: String = rest.chars().take(6).collect();
            if !acts.iter().any(|w| head.contains(w)) {
                continue;
            }
            let named = v.ms[..first]
                .iter()
                .rev()
                .find(|m| m.b1 <= at && orgs().contains(&m.kind))
                .filter(|m| matches!(v.gap(m.b1, at), "" | "牵头，" | "牵头," | "牵头"))
                .map(|m| m.e);
            // The lead may be a company's back-reference (该公司联合B开展…).
            let referred = || {
                let before = &v.s[v.clause_start(at)..at];
                company_anaphors(self.lex)
                    .any(|w| w.chars().count() > 1 && before.ends_with(w))
                    .then(|| self.anaphor(v.clause_start(at), at))
                    .flatten()
            };
            let Some(lead) = named.or_else(referred) else {
                continue;
            };
            let mut all = vec![lead];
            all.extend(partners.iter().copied().filter(|&p| p != lead));
            self.cooperate_pairwise(&all);
            // And found together what the founding verb right after names (，共同发起
            // 设立D): each of them founds it.
            let founding = rest.trim_start_matches("共同").trim_start_matches("发起");
            if let Some(verb) = ["出资设立", "设立", "组建", "成立", "共建"]
                .iter()
                .find(|w| founding.starts_with(*w))
            {
                let at = v.s.len() - founding.len() + verb.len();
                let kinds = [
                    EntityType::Institute,
                    EntityType::Park,
                    EntityType::Company,
                    EntityType::Association,
                ];
                let founded = self.es(&self.object_after(at, &kinds, 16, false));
                self.push_pairs(&all, &founded, Relation::Established);
            }
        }
    }

    /// A company described by its place and trade after a copula (A是常州武进的一家电驱
    /// 企业; A（下称B），这是R的一家…企业) is in the most specific region of that place.
    fn described_place(&mut self) {
        let v = self.view;
        for k in 0..v.ms.len() {
            if v.ms[k].kind != EntityType::Region
                || k > 0 && v.ms[k - 1].kind == EntityType::Region && v.ms[k - 1].b1 == v.ms[k].b0
            {
                continue;
            }
            let end = self.region_chain_end(k);
            let c0 = v.clause_start(v.ms[k].b0);
            let c1 = v.clause_end(v.ms[end].b1);
            let after = &v.s[v.ms[end].b1..c1];
            let Some(described) = after.strip_prefix('的') else {
                continue;
            };
            let described = described
                .strip_prefix("一家")
                .or_else(|| described.strip_prefix("一个"))
                .unwrap_or(described);
            // (Not the trade list's 供应商 or 项目: R的供应商 supplies R, R的项目 is built there.)
            let trade = ["企业", "公司", "厂商", "厂家", "制造商"];
            if described.chars().count() > 12 || !trade.iter().any(|w| described.ends_with(w)) {
                continue;
            }
            let lead = v.gap(c0, v.ms[k].b0);
            let subject = if let Some(lead) = lead.strip_suffix(['是', '为', '系']) {
                if lead == "这" || lead == "该公司" || lead.is_empty() {
                    // The company the clause before named last (A（下称B），这是…).
                    v.ms[..k]
                        .iter()
                        .rev()
                        .find(|m| m.b1 <= c0 && m.kind == EntityType::Company)
                        .map(|m| m.e)
                        .or_else(|| self.or_topic_company(&[]).first().copied())
                } else {
                    v.ms[..k]
                        .iter()
                        .rev()
                        .find(|m| m.b0 >= c0 && m.kind == EntityType::Company)
                        .filter(|m| ["是", "为", "系"].contains(&v.gap(m.b1, v.ms[k].b0)))
                        .map(|m| m.e)
                }
            } else {
                None
            };
            if let Some(a) = subject {
                self.push(a, v.ms[end].e, Relation::LocatedIn);
            }
        }
    }

    /// [`Self::chain_end`], or with `parks` false [`Self::region_chain_end`].
    fn place_chain_end(&self, k: usize, parks: bool) -> usize {
        let v = self.view;
        let mut last = k;
        while let Some(n) = v.ms.get(last + 1)
            && (n.kind == EntityType::Region || parks && n.kind == EntityType::Park)
            && match v.gap(v.ms[last].b1, n.b0) {
                "" => true,
                "的" => parks,
                _ => false,
            }
        {
            last += 1;
        }
        last
    }

    fn es(&self, idx: &[usize]) -> Vec<usize> {
        idx.iter().map(|&k| self.view.ms[k].e).collect()
    }

    /// True when the year ending at byte `y1` is followed by the verb of an event it
    /// dates (2022年落户…, 2021年投产): then it dates that event, not the figures of
    /// the clauses after it.
    /// The year a capacity comes on stream, where the sentence ties the figure to
    /// it: by 届时 ("by then", 二期预计2026年6月建成，届时总产能将达到4.2万吨), or by a
    /// start-up year right after the figure, in its clause or the next (一期10万辆预计
    /// 2026年一季度投产; 建设年产24GWh项目，预计2027年建成投产). Sums of money and rates
    /// are not what comes on stream; a whole is not dated by a later clause that
    /// dates one phase of it (10GWh，一期2026年投产).
    fn start_up_year<'y>(
        &self,
        years: &'y [(usize, usize, i32)],
        c0: usize,
        n0: usize,
        b1: usize,
        unit: &str,
    ) -> Option<&'y (usize, usize, i32)> {
        let measure = Measure::of_unit(unit);
        if matches!(measure, Measure::Money | Measure::Rate) {
            return None;
        }
        let v = self.view;
        let s = v.s;
        if s[c0..n0].contains("届时") {
            return years.iter().rev().find(|&&(_, y1, _)| y1 <= c0);
        }
        let c1 = v.clause_end(b1);
        let next_end = if c1 < s.len() {
            v.clause_end(c1 + 1)
        } else {
            c1
        };
        let found = years
            .iter()
            .find(|&&(y0, _, _)| y0 >= b1 && y0 < next_end)?;
        let (y0, y1, _) = *found;
        let soon: String = s[y1..v.clause_end(y1)].chars().take(8).collect();
        if !START_UP.iter().any(|w| soon.contains(w)) {
            return None;
        }
        // Another figure of the same measure in between, or in the year's clause
        // after it (现有产能1万吨，2026年二期建成后将达到3万吨), is the one dated.
        let year_end = v.clause_end(y1);
        if FIGURE
            .captures_iter(&s[b1..year_end])
            .filter(|c| {
                c.get(0)
                    .is_some_and(|m| m.start() + b1 < y0 || m.start() + b1 >= y1)
            })
            .any(|c| {
                c.get(3)
                    .is_some_and(|u| Measure::of_unit(u.as_str()) == measure)
            })
        {
            return None;
        }
        if y0 > c1
            && let Some(phase) = PHASES.iter().find(|p| s[c1..year_end].contains(*p))
            && !s[c0..b1].contains(phase)
        {
            return None;
        }
        Some(found)
    }

    fn dates_an_event(&self, y1: usize) -> bool {
        let v = self.view;
        // The place of the event may come first (2023年在晋中市榆次区成立).
        let mut at = y1;
        if v.s[y1..].starts_with(['在', '于']) {
            let mut end = y1 + '在'.len_utf8();
            while let Some(m) = v
                .ms
                .iter()
                .find(|m| m.b0 == end && matches!(m.kind, EntityType::Region | EntityType::Park))
            {
                end = m.b1;
            }
            if end > y1 + '在'.len_utf8() {
                at = end;
            }
        }
        let after = &v.s[at..];
        // The ends of its first 2, 3 and 4 characters, where it has them.
        after
            .char_indices()
            .map(|(b, _)| b)
            .chain([after.len()])
            .skip(2)
            .take(3)
            .any(|end| self.lex.is_trigger(&after[..end]))
    }

    /// The entities of the mentions `found`, or, when there are none, the
    /// sentence's topic if it is a company (…,产品已批量配套X: the sentence's
    /// company is the one that acts).
    /// The partners a clause with no company of its own speaks for (A与B签署协议，
    /// 双方将在R共建…; A与B合资，在R建设…; 三方将共同建设…): the list of two or more
    /// companies the sentence opens on before the clause (`c0`), as mention indices;
    /// `None` when the clause does not speak for partners.
    fn together(&self, c0: usize, t0: usize) -> Option<Vec<usize>> {
        let v = self.view;
        if c0 == 0
            || v.ms
                .iter()
                .any(|m| m.b0 >= c0 && m.b1 <= t0 && m.kind == EntityType::Company)
        {
            return None;
        }
        let lead = v.gap(c0, t0);
        let before = v.s[..c0].trim_end_matches(|c| is_clause_sep(c) || c == ' ');
        let spoken_for = ["双方", "三方", "各方", "多方", "两家"]
            .iter()
            .any(|w| lead.starts_with(w))
            || ["共同", "合资", "联合"].iter().any(|w| lead.contains(w))
            || before.ends_with("合资");
        if !spoken_for {
            return None;
        }
        // (The list the sentence opens on: in A已与B、C等车企建立合作，并在R布局…, A
        // goes on alone.)
        let first = (0..v.ms.len())
            .take_while(|&k| v.ms[k].b1 <= c0)
            .find(|&k| v.ms[k].kind == EntityType::Company)?;
        Some(self.group(first, &[EntityType::Company], &self.lex.words.joiners))
            .filter(|g| g.len() >= 2)
    }

    fn or_topic_company(&self, found: &[usize]) -> Vec<usize> {
        if found.is_empty() {
            // In a company's own text, a sentence about no one else is about it.
            self.topic
                .or(self.issuer)
                .filter(|&e| self.kind(e) == EntityType::Company)
                .into_iter()
                .collect()
        } else {
            self.es(found)
        }
    }

    /// Relations implied by names: a region inside an organization's, park's or
    /// event's name locates it (the most specific region the text names on its own).
    fn name_relations(&mut self) {
        let v = self.view;
        for (k, m) in v.ms.iter().enumerate() {
            if matches!(
                m.kind,
                EntityType::Region | EntityType::Product | EntityType::Stage | EntityType::Policy
            ) || v.inner_regions[k].is_empty()
            {
                continue;
            }
            // A place in brackets inside the name (2025滁州（深圳）…推介会) is where it is,
            // over another of its level.
            let name = v.gap(m.b0, m.b1);
            let bracketed = |e: usize| {
                let x = &self.res.entities[e];
                let short = x.name.trim_end_matches(['市', '省', '县', '区']);
                x.forms()
                    .chain(std::iter::once(short))
                    .any(|n| name.contains(&format!("（{n}）")))
            };
            let mut inner = std::borrow::Cow::Borrowed(&v.inner_regions[k]);
            if name.contains('（') {
                inner.to_mut().sort_by_key(|&e| !bracketed(e));
            }
            if let Some(r) = most_specific(self.lex, self.res, &inner) {
                self.push(m.e, r, Relation::LocatedIn);
            }
        }
        // A branch named after its company (天津迅驰电动车有限公司华东分公司) belongs to
        // that company, where the text names it too.
        for m in v.ms.iter().filter(|m| m.kind == EntityType::Company) {
            let name = v.gap(m.b0, m.b1);
            if !name.ends_with("分公司") {
                continue;
            }
            let owner = self
                .lex
                .words
                .legal_ends
                .iter()
                .filter_map(|l| name.find(l.as_str()).map(|p| &name[..p + l.len()]))
                .filter(|o| o.len() < name.len() - "分公司".len())
                .max_by_key(|o| o.len())
                .and_then(|o| self.res.entities.iter().position(|e| e.name == o))
                // (Or a company known by a short name, 中国联通许昌市分公司.)
                .or_else(|| {
                    let short = name.len() - "分公司".len();
                    self.res
                        .entities
                        .iter()
                        .enumerate()
                        .filter(|(_, e)| {
                            e.kind == EntityType::Company
                                && e.forms().any(|n| n.len() < short && name.starts_with(n))
                        })
                        .max_by_key(|(_, e)| e.name.len())
                        .map(|(k, _)| k)
                });
            if let Some(o) = owner
                && o != m.e
            {
                self.push(m.e, o, Relation::SubsidiaryOf);
            }
        }
    }

    /// Stakes: A持有B 51%股权, and on a line about B (B：注册资本…，A持股100%) A持股N%.
    /// A majority makes B A's subsidiary; a minority is A's investment in B.
    fn stakes(&mut self) {
        let v = self.view;
        if !v.s.contains('持') {
            return;
        }
        let company_ending = |at: usize| {
            v.ms.iter()
                .find(|m| m.b1 == at && m.kind == EntityType::Company)
                .map(|m| m.e)
        };
        let mut pairs: Vec<(usize, usize, f64)> = Vec::new();
        // The company a line is about: the first name, right after any list number,
        // before a colon.
        let s = without_list_number(v.s);
        let head = v.ms.first().filter(|m| {
            m.kind == EntityType::Company
                && m.b0 == v.s.len() - s.len()
                && v.s[m.b1..].starts_with(['：', ':'])
        });
        // Else the company of the block of field lines the line stands in (股东构成
        // 发行人持股 70%；B持股 30% under 3、C有限公司).
        let head = head.map(|m| m.e).or(self.block_head);
        for c in STAKE_HELD.captures_iter(v.s) {
            let (Some(all), Some(n)) = (c.get(0), c.get(1)) else {
                continue;
            };
            if let (Some(a), Some(b), Ok(p)) =
                (company_ending(all.start()), head, n.as_str().parse::<f64>())
                && a != b
            {
                pairs.push((a, b, p));
            }
        }
        for c in STAKE_OF.captures_iter(v.s) {
            let (Some(all), Some(n)) = (c.get(0), c.get(1)) else {
                continue;
            };
            let at = all.start() + "持有".len();
            let Some(b) =
                v.ms.iter()
                    .find(|m| m.b0 == at && m.kind == EntityType::Company)
            else {
                continue;
            };
            if let (Some(a), Ok(p)) = (company_ending(all.start()), n.as_str().parse::<f64>())
                && a != b.e
            {
                pairs.push((a, b.e, p));
            }
        }
        for (a, b, p) in pairs {
            if p > 50.0 {
                self.push(b, a, Relation::SubsidiaryOf);
            } else {
                self.push(a, b, Relation::InvestsIn);
            }
        }
    }

    /// A round's investor list (投资方：A（领投）、B、C): each company listed invests in
    /// the company the document says raised the round.
    fn round_investors(&mut self) {
        let v = self.view;
        let Some(f) = self.financed else {
            return;
        };
        let s = without_list_number(v.s);
        let Some(rest) = self
            .lex
            .words
            .round_labels
            .iter()
            .find_map(|l| s.strip_prefix(l.as_str()))
            .and_then(|r| r.trim_start().strip_prefix([':', '：']))
        else {
            return;
        };
        let from = v.s.len() - rest.len();
        let investors: Vec<usize> =
            v.ms.iter()
                .filter(|m| m.b0 >= from && m.kind == EntityType::Company && m.e != f)
                .map(|m| m.e)
                .collect();
        self.push_pairs(&investors, &[f], Relation::InvestsIn);
    }

    /// Region to region: a region and its direct parent named in one sentence.
    fn region_relations(&mut self) {
        let v = self.view;
        let regions: Vec<(usize, usize)> =
            v.ms.iter()
                .filter(|m| m.kind == EntityType::Region)
                .filter_map(|m| match self.res.entities[m.e].link {
                    Link::Region(r) => Some((m.e, r)),
                    _ => None,
                })
                .collect();
        // A name several regions share (城关区 of 兰州市 and of 拉萨市) is the one
        // whose parent the sentence names.
        let homonyms = |e: usize, r: usize| -> Vec<usize> {
            let named = self.lex.regions_named(&self.res.entities[e].name);
            if named.contains(&r) {
                named.to_vec()
            } else {
                vec![r]
            }
        };
        for &(e1, r1) in &regions {
            for &(e2, r2) in &regions {
                if e1 != e2
                    && homonyms(e1, r1).iter().any(|&c| {
                        self.lex
                            .parent(c)
                            .is_some_and(|p| homonyms(e2, r2).contains(&p))
                    })
                {
                    self.push(e1, e2, Relation::LocatedIn);
                }
            }
        }
        // A body described by its place and trade is in that place (澳大利亚锂矿商A,
        // 意大利储能集成商B); a stage or product word may stand in the trade (锂矿).
        for (k, m) in v.ms.iter().enumerate() {
            if m.kind != EntityType::Region
                || v.ms
                    .get(k + 1)
                    .is_some_and(|n| n.kind == EntityType::Region && n.b0 == m.b1)
            {
                continue;
            }
            if let Some(n) = v.ms[k + 1..]
                .iter()
                .find(|n| !matches!(n.kind, EntityType::Stage | EntityType::Product))
                && orgs().contains(&n.kind)
                && trade_description(self.lex, v.gap(m.b1, n.b0))
            {
                self.push(n.e, m.e, Relation::LocatedIn);
            }
        }
        // A place no lexicon lists lies in the region written right before it
        // (义安区钟鸣镇, 北马鲁古省中哈马黑拉县): the entity stage found it there.
        for w in v.ms.windows(2) {
            if w[0].kind == EntityType::Region
                && w[1].kind == EntityType::Region
                && w[0].b1 == w[1].b0
                && self.res.entities[w[1].e].link == Link::None
            {
                self.push(w[1].e, w[0].e, Relation::LocatedIn);
            }
        }
        // A lead naming where a body's works stand (在惠州市惠东县的稔山新材料产业园,
        // 惠川新材的电解液生产线…): the body is in the lead's most specific region.
        if v.s.starts_with('在')
            && let Some(first) = v.ms.first()
            && first.kind == EntityType::Region
            && first.b0 == '在'.len_utf8()
        {
            let place = self.chain_end(0);
            if let Some(x) = v.ms.get(place + 1)
                && matches!(
                    x.kind,
                    EntityType::Company | EntityType::Institute | EntityType::University
                )
                && v.gap(v.ms[place].b1, x.b0) == ","
                && v.gap(x.b1, v.s.len()).starts_with('的')
            {
                let region = self.region_chain_end(0);
                self.push(x.e, v.ms[region].e, Relation::LocatedIn);
            }
        }
        // A company's works in a park (A的生产基地位于P, A宜春基地位于P; the base may
        // be named for its region): its investment there.
        for (k, m) in v.ms.iter().enumerate() {
            if m.kind != EntityType::Park || k == 0 {
                continue;
            }
            let mut j = k - 1;
            if v.ms[j].kind == EntityType::Region
                && j > 0
                && v.ms[j - 1].kind == EntityType::Company
                && v.ms[j - 1].b1 == v.ms[j].b0
            {
                j -= 1;
            }
            let x = v.ms[j];
            let between = v.gap(x.b1, m.b0);
            if x.kind == EntityType::Company
                && v.clause(x.b0) == v.clause(m.b0)
                && between.chars().count() <= 12
                && ends_with_any(between, &self.lex.words.located)
                && self.names_site(between)
            {
                self.push(x.e, m.e, Relation::InvestsIn);
            }
        }
        // X位于R, R的X (a park or organization of a region), E在R举行.
        for (k, m) in v.ms.iter().enumerate() {
            if m.kind != EntityType::Region {
                continue;
            }
            // 注册地址为R / 总部位于R with the subject earlier in the sentence; not
            // 位于R的X, which places X (below).
            let before_m = v.gap(v.clause_start(m.b0), m.b0);
            let end = self.region_chain_end(k);
            let attributive = v.ms.get(end + 1).is_some_and(|x| {
                x.kind != EntityType::Region && OF_REGION.contains(&v.gap(v.ms[end].b1, x.b0))
            });
            if ends_with_any(before_m, &self.lex.words.located)
                && !attributive
                && self.project_site(before_m).is_none()
                && k.checked_sub(1)
                    .is_none_or(|j| v.clause(v.ms[j].b0) != v.clause(m.b0))
                && let Some(t) = self.topic
                && !matches!(
                    self.kind(t),
                    EntityType::Region | EntityType::Product | EntityType::Stage
                )
            {
                let end = self.chain_end(k);
                self.push(t, v.ms[end].e, Relation::LocatedIn);
            }
            // A park named in brackets after its region: 钦州市钦南区（北部湾临港新材料产业园）.
            if let Some(x) = v.ms.get(end + 1)
                && x.kind == EntityType::Park
                && matches!(v.gap(v.ms[end].b1, x.b0), "（" | "(")
            {
                self.push(x.e, v.ms[end].e, Relation::LocatedIn);
            }
            // A place in the note after a name: X（住所地R，…）, X（…，注册地为R）.
            if ends_with_any(before_m, &self.lex.words.located)
                && let Some(open) = v.open_note(0, m.b0)
                && let Some(x) = v.ms.iter().find(|x| x.b1 == open)
                && !matches!(
                    x.kind,
                    EntityType::Region | EntityType::Product | EntityType::Stage
                )
            {
                let end = self.chain_end(k);
                self.push(x.e, v.ms[end].e, Relation::LocatedIn);
            }
            // 公司/其位于R的选矿厂: a back-reference's works in R are the company's
            // investment there (the company the sentence or the text is about).
            if let Some(w) = self
                .lex
                .words
                .located
                .iter()
                .filter(|w| before_m.ends_with(w.as_str()))
                .max_by_key(|w| w.len())
                && let lead = &before_m[..before_m.len() - w.len()]
                && ["公司", "其", "该公司"].iter().any(|a| lead.ends_with(a))
                && !v.ms.iter().any(|x| x.b1 == m.b0 - w.len())
                && let rest = &v.s[v.ms[end].b1..v.clause_end(v.ms[end].b1)]
                && rest.starts_with('的')
                && (rest.contains('厂') || self.names_site(rest))
                && let Some(t) = self.topic.filter(|&t| self.kind(t) == EntityType::Company)
            {
                self.push(t, v.ms[end].e, Relation::InvestsIn);
            }
            // X位于R: the most specific region of the chain (位于肇庆市高要区 → 高要区).
            // A company's works there (A位于R的工厂, A位于R的年产12万吨电解液基地) are
            // its investment in R, not its seat.
            // 位于R的Y places Y, whoever stands before 位于 (A与位于R的B共建…, A收购
            // 了位于R的B).
            let placed_after = v.ms.get(end + 1).filter(|y| {
                attributive
                    && y.kind.is_org()
                    && y.kind != EntityType::Government
                    && ends_with_any(before_m, &self.lex.words.located)
            });
            if let Some(y) = placed_after {
                self.push(y.e, v.ms[self.chain_end(k)].e, Relation::LocatedIn);
            }
            if let Some(x) = k.checked_sub(1).map(|j| v.ms[j])
                && placed_after.is_none()
                && x.kind != EntityType::Region
                && !matches!(x.kind, EntityType::Product | EntityType::Stage)
                && ends_with_any(v.gap(x.b1, m.b0), &self.lex.words.located)
                && v.gap(x.b1, m.b0).chars().count() <= 8
                && v.clause(x.b0) == v.clause(m.b0)
            {
                let chain_end = v.ms[end].b1;
                let rest = &v.s[chain_end..v.clause_end(chain_end)];
                // (Or the works named between, A的生产基地分布在R.)
                let works = x.kind == EntityType::Company
                    && (rest.starts_with('的') && !rest.contains("总部") && self.names_site(rest)
                        || {
                            let between = v.gap(x.b1, m.b0);
                            between.starts_with('的')
                                && !between.contains("总部")
                                && self.names_site(between)
                        });
                let relation = if works {
                    Relation::InvestsIn
                } else {
                    Relation::LocatedIn
                };
                self.push(x.e, v.ms[end].e, relation);
                // And every place listed after it (分布在宜春市和新余市).
                for g in self.group(k, &[EntityType::Region], &self.lex.words.joiners) {
                    if g > end && v.ms[g].b0 > v.ms[end].b1 {
                        self.push(x.e, v.ms[self.chain_end(g)].e, relation);
                    }
                }
            }
            if let Some(x) = v.ms.get(k + 1)
                && matches!(
                    x.kind,
                    EntityType::Park | EntityType::Company | EntityType::Institute
                )
                && (v.gap(m.b1, x.b0).is_empty() || OF_REGION.contains(&v.gap(m.b1, x.b0)))
            {
                self.push(x.e, m.e, Relation::LocatedIn);
            }
        }
        // A project or works placed with no owner before them in the clause (其年产
        // 4万吨锂盐项目位于P, 项目位于R): the company the sentence is about invests there,
        // in the park or the most specific region of the chain.
        for (k, m) in v.ms.iter().enumerate() {
            if !matches!(m.kind, EntityType::Region | EntityType::Park)
                || k > 0 && v.ms[k - 1].kind == EntityType::Region && v.ms[k - 1].b1 == m.b0
            {
                continue;
            }
            let c0 = v.clause_start(m.b0);
            let lead = v.gap(c0, m.b0);
            let Some(site) = self.project_site(lead).map(|at| m.b0 - lead.len() + at) else {
                continue;
            };
            let named =
                v.ms.iter()
                    .any(|x| x.b0 >= c0 && x.b1 <= site && x.kind.is_org());
            // Where the sentence is about no company (明光市与A就…项目签署协议，项目拟
            // 选址P), the one company it names before is the project's.
            let only_company = || {
                let mut before =
                    v.ms.iter()
                        .filter(|x| x.b1 <= c0 && x.kind == EntityType::Company)
                        .map(|x| x.e);
                let first = before.next()?;
                before.all(|e| e == first).then_some(first)
            };
            let owner = self
                .topic
                .filter(|&t| self.kind(t) == EntityType::Company)
                .or_else(|| {
                    self.topic
                        .is_none_or(|t| {
                            matches!(self.kind(t), EntityType::Region | EntityType::Government)
                        })
                        .then(only_company)
                        .flatten()
                })
                .filter(|_| !named);
            if let Some(o) = owner {
                let place = if m.kind == EntityType::Park {
                    m.e
                } else {
                    v.ms[self.chain_end(k)].e
                };
                self.push(o, place, Relation::InvestsIn);
            }
        }
        for (k, m) in v.ms.iter().enumerate() {
            if m.kind != EntityType::Event {
                continue;
            }
            if let Some(r) = v.ms.get(k + 1)
                && matches!(r.kind, EntityType::Region | EntityType::Park)
            {
                let g = v.gap(m.b1, r.b0);
                // 在郴州临武县举行: the last region of an adjacent run is the place.
                let mut last = k + 1;
                while let Some(n) = v.ms.get(last + 1)
                    && n.kind == EntityType::Region
                    && n.b0 == v.ms[last].b1
                {
                    last += 1;
                }
                let r = &v.ms[last];
                let after = &v.s[r.b1..];
                // (于11月28日在荆门开幕: a date may stand before 在.)
                if (g == "在"
                    || g == "于"
                    || g.ends_with("在") && g.chars().count() <= 12 && !g.contains(is_clause_sep))
                    && [
                        "举行", "召开", "开幕", "举办", "启幕", "落幕", "开展", "启动", "闭幕",
                    ]
                    .iter()
                    .any(|w| after.starts_with(w))
                    && r.kind == EntityType::Region
                {
                    self.push(m.e, r.e, Relation::LocatedIn);
                }
            }
            // The place said before the event: 在营口举办的E, 于R召开的E.
            if k > 0 {
                let r = &v.ms[k - 1];
                let between = v.gap(r.b1, m.b0);
                let first = self.region_chain_start(k - 1);
                let before = v.gap(v.clause_start(v.ms[first].b0), v.ms[first].b0);
                // (Also the event as the verb's object: 县政府在上海举办E.)
                if r.kind == EntityType::Region
                    && (before.ends_with('在') || before.ends_with('于'))
                    && [
                        "举行的",
                        "召开的",
                        "举办的",
                        "开幕的",
                        "举办",
                        "召开",
                        "举行",
                    ]
                    .contains(&between)
                {
                    self.push(m.e, r.e, Relation::LocatedIn);
                }
            }
        }
    }

    /// True when `s` names works (工厂, 基地, 生产线, 项目…: data/rules `site`).
    fn names_site(&self, s: &str) -> bool {
        self.lex.words.site.iter().any(|w| s.contains(w.as_str()))
    }

    /// Where a clause's lead ends on a works word and a verb of being somewhere (其年产
    /// 4万吨锂盐项目位于, 项目位于, 工厂坐落于): `Some` of the byte in `lead` where the
    /// works word starts.
    fn project_site(&self, lead: &str) -> Option<usize> {
        // Where works are sited, or are to be (项目拟选址P), as where they are.
        const SITED: [&str; 3] = ["选址于", "选址在", "选址"];
        let w = self
            .lex
            .words
            .located
            .iter()
            .map(String::as_str)
            .chain(SITED)
            .filter(|w| lead.ends_with(w))
            .max_by_key(|w| w.len())?;
        let subject = &lead[..lead.len() - w.len()];
        let subject = ["拟", "将", "计划", "初步"]
            .iter()
            .find_map(|a| subject.strip_suffix(a))
            .unwrap_or(subject);
        let works = self
            .lex
            .words
            .site
            .iter()
            .find(|s| subject.ends_with(s.as_str()))?;
        Some(subject.len() - works.len())
    }

    fn trigger_relations(&mut self) {
        let v = self.view;
        let triggers = self.lex.find_triggers(v.s);
        for (t0, t1, trig) in &triggers {
            // A word inside a body's name is no verb (岚岳控股, 锦泰投资, 合作社), nor is
            // one inside a park's, an event's or a policy's (高新技术产业开发区 holds 开发);
            // the lexicon may read a verb into a product's name (回收碳酸锂), and that one is.
            if v.ms.iter().any(|m| {
                m.b0 <= *t0
                    && *t1 <= m.b1
                    && (m.kind.is_org()
                        || matches!(
                            m.kind,
                            EntityType::Park | EntityType::Event | EntityType::Policy
                        ))
            }) {
                continue;
            }
            match trig.relation {
                Relation::CooperatesWith => self.cooperation(*t0, *t1, trig),
                Relation::Established => self.established(*t0, *t1),
                Relation::RelocatedTo => self.relocated(*t0, *t1, trig),
                Relation::InvestsIn => self.invests(*t0, *t1, trig),
                Relation::Produces => self.produces(*t0, *t1, trig),
                Relation::Supplies => self.supplies(*t0, *t1, trig),
                Relation::SubsidiaryOf => self.subsidiary(*t0, *t1, trig),
                Relation::Hosts => self.hosts(*t0, *t1, trig),
                Relation::ParticipatesIn => self.participates(*t0, *t1),
                Relation::Issued => self.issued(*t0, *t1, trig),
                _ => {}
            }
        }
        self.won_business();
        // 销售 is no trigger word (销售收入 and 销售额 label figures, and a segmenter's
        // verb list must not take it), but A向B销售P is a sale: the supply rule reads
        // it as it reads A向B供应P.
        let mut sales = SALE.find_iter(v.s.as_bytes()).peekable();
        if sales.peek().is_some() {
            let sale = Trigger {
                word: "销售".to_string(),
                relation: Relation::Supplies,
            };
            for t0 in sales {
                let t1 = t0 + "销售".len();
                let inside = v.ms.iter().any(|m| m.b0 <= t0 && t1 <= m.b1);
                if !inside && !v.s[t1..].starts_with('给') {
                    self.supplies(t0, t1, &sale);
                }
            }
        }
    }

    /// Business a supplier wins from a buyer named between the verb and the deal:
    /// A获得B（…车型）的定点, A拿下/斩获B…订单 (A supplies B), and a provision, A为B
    /// 提供P (A supplies B and makes P). The supplier is the clause's subject, else
    /// the company the sentence is about.
    fn won_business(&mut self) {
        let v = self.view;
        let mut seen = [false; 3];
        for m in WON_DEALS.find_iter(v.s) {
            // (The first of each kind, as a sentence names one deal of a kind.)
            if std::mem::replace(&mut seen[m.pattern().as_usize()], true) {
                continue;
            }
            let (d0, deal) = (m.start(), &v.s[m.start()..m.end()]);
            let c0 = v.clause_start(d0);
            let lead = &v.s[c0..d0];
            let (verb_at, verb_len) = if deal == "提供" {
                match lead.rfind('为') {
                    Some(p) => (c0 + p, '为'.len_utf8()),
                    None => continue,
                }
            } else {
                match [
                    "获得", "取得", "收到", "拿到", "拿下", "斩获", "赢得", "获取",
                ]
                .iter()
                .filter_map(|w| lead.rfind(w).map(|p| (p, w.len())))
                .max()
                {
                    Some((p, n)) => (c0 + p, n),
                    None => continue,
                }
            };
            let after_verb = verb_at + verb_len;
            // The buyer right after the verb (past its place), before the deal.
            let Some(b) = v.ms.iter().position(|m| m.b0 >= after_verb && m.b1 <= d0) else {
                continue;
            };
            let b = self.chain_end(b);
            let buyer = v.ms[b];
            let gap = v.gap(after_verb, buyer.b0);
            if buyer.kind != EntityType::Company
                || !(gap.is_empty()
                    || v.ms[..b]
                        .iter()
                        .any(|m| m.b0 >= after_verb && m.kind == EntityType::Region)
                        && OF_REGION.contains(&v.gap(v.ms[b.saturating_sub(1)].b1, buyer.b0)))
            {
                continue;
            }
            // The subject: the first company of the sentence that no verb stands before
            // in its clause (not 零跑汽车 of 产品已配套零跑汽车；…为B提供), else the
            // company the sentence is about.
            let subject =
                v.ms.iter()
                    .find(|m| {
                        m.kind == EntityType::Company
                            && m.b1 <= verb_at
                            && self
                                .lex
                                .find_triggers(v.gap(v.clause_start(m.b0), m.b0))
                                .is_empty()
                            && !ends_with_any(
                                v.gap(v.clause_start(m.b0), m.b0),
                                &self.lex.words.not_subject_before,
                            )
                    })
                    .map(|m| vec![m.e]);
            // (Without one, only where the clause refers back to a company, 公司已获得…,
            // 其…, or in a company's own text.)
            let lead = v.gap(v.clause_start(verb_at), verb_at).trim_start();
            let refers_back =
                lead.starts_with('其') || company_anaphors(self.lex).any(|w| lead.starts_with(w));
            let seller: Vec<usize> = subject
                .unwrap_or_else(|| {
                    if refers_back {
                        self.or_topic_company(&[])
                    } else {
                        self.issuer
                            .filter(|&e| self.kind(e) == EntityType::Company)
                            .into_iter()
                            .collect()
                    }
                })
                .into_iter()
                .filter(|&e| e != buyer.e)
                .collect();
            self.push_pairs(&seller, &[buyer.e], Relation::Supplies);
            if deal == "提供" {
                let made = self.products_after(d0 + deal.len());
                self.push_pairs(&seller, &made, Relation::Produces);
            }
        }
    }

    /// A与B合作, A携手B, 与B签约 (subject carried), A、B、C三方签署.
    fn cooperation(&mut self, t0: usize, t1: usize, trig: &Trigger) {
        let v = self.view;
        let c0 = v.clause_start(t0);
        let kinds = actors();
        let direct = ["携手", "联手", "牵手"].contains(&trig.word.as_str());
        // Find 与/和/同/跟 between the sides.
        let mut pairs: Vec<(Vec<usize>, Vec<usize>)> = Vec::new();
        if direct {
            let left = self.subject_before(t0, kinds, &self.lex.words.tight_joiners);
            // 携手共建C: C is what they build, not a partner.
            let builds = self
                .lex
                .find_triggers(crate::read::first_chars(&v.s[t1..], 4))
                .first()
                .is_some_and(|&(a, _, t)| a == 0 && t.relation == Relation::Established);
            let right = if builds {
                Vec::new()
            } else {
                self.object_after(t1, kinds, 10, false)
            };
            let left = if left.is_empty() {
                self.topic.into_iter().collect()
            } else {
                self.es(&left)
            };
            pairs.push((left, self.es(&right)));
        }
        // Partner group: mentions right before the trigger (within a few characters of it)
        // introduced by 与/和/同/跟.
        // (Not a place where they sign: A与B在贵阳签署….)
        let signed_at = |k: usize| {
            matches!(v.ms[k].kind, EntityType::Region | EntityType::Park) && {
                let mut j = k;
                while j > 0
                    && matches!(v.ms[j - 1].kind, EntityType::Region | EntityType::Park)
                    && v.ms[j - 1].b1 == v.ms[j].b0
                {
                    j -= 1;
                }
                v.gap(c0, v.ms[j].b0).ends_with(['在', '于'])
            }
        };
        let partner_end = (0..v.ms.len()).rev().find(|&k| {
            v.ms[k].b1 <= t0 && v.ms[k].b0 >= c0 && kinds.contains(&v.ms[k].kind) && !signed_at(k)
        });
        // B（Nordkemi Oy）合资, B（以下简称“N”）签署: a name in the note after a partner
        // is the partner's, and the note is no distance from the verb.
        let partner_end = partner_end.map(|pk| {
            let open = v.open_note(c0, v.ms[pk].b0);
            match (0..pk).rev().find(|&j| Some(v.ms[j].b1) == open) {
                Some(j) if kinds.contains(&v.ms[j].kind) => j,
                _ => pk,
            }
        });
        if let Some(pk) = partner_end {
            let between = after_note(v.gap(v.ms[pk].b1, t0));
            // 和广西、江西的几家电池企业商谈合作: the places say whose firms, the
            // partners are the firms (no entities); 与郴州市的合作 keeps the place.
            let place_of_partner =
                v.ms[pk].kind == EntityType::Region && between.starts_with('的') && between != "的";
            // 与A、B等12家车企和电池企业建立了回收合作关系: the list's closing words
            // (等 … 企业) are no distance from the verb.
            let between = if between.starts_with('等') {
                [
                    "企业", "车企", "公司", "单位", "机构", "高校", "院所", "厂商",
                ]
                .iter()
                .filter_map(|w| between.rfind(w).map(|p| p + w.len()))
                .max()
                .map_or(between, |end| &between[end..])
            } else {
                between
            };
            // What they will work on may stand between (A和B将在固态电池领域开展产学研
            // 合作).
            let near = between.chars().count() <= 12
                || between.chars().count() <= 24
                    && ["开展", "展开", "进行", "深化", "加强", "推进"]
                        .iter()
                        .any(|w| between.contains(w));
            if near && !between.contains(['、']) && !place_of_partner {
                let partners = self.group(pk, kinds, &self.lex.words.tight_joiners);
                let first = v.ms[partners[0]];
                let intro = v.gap(c0, first.b0);
                // 与三元电池企业B签订: a description of the partner may stand between.
                let described = self.partner_description(intro);
                let intro = &intro[..intro.len() - described];
                if let Some(p) = ["与", "和", "同", "跟"]
                    .iter()
                    .find(|p| intro.ends_with(*p))
                {
                    let intro_at = first.b0 - described - p.len();
                    let left = self.subject_before(intro_at, kinds, &self.lex.words.tight_joiners);
                    let left_direct: Vec<usize> = (0..v.ms.len())
                        .filter(|&k| v.ms[k].b1 == intro_at && kinds.contains(&v.ms[k].kind))
                        .collect();
                    let left = if !left_direct.is_empty() {
                        self.es(&self.group(left_direct[0], kinds, &self.lex.words.tight_joiners))
                    } else if !left.is_empty() {
                        self.es(&left)
                    } else if v
                        .gap(0, intro_at)
                        .trim_matches(|c: char| !c.is_alphanumeric() && !crate::read::is_cjk(c))
                        .chars()
                        .count()
                        <= 6
                    {
                        // 比如,与中南大学等合作: the subject is the sentence's topic.
                        self.topic.into_iter().collect()
                    } else if c0 > 0
                        && v.gap(c0, intro_at)
                            .trim()
                            .chars()
                            .all(|c| CLAUSE_ADVERBS.contains(c))
                    {
                        // …；同时将与B共建C: a later clause with no subject of its own goes
                        // on with the sentence's, when this sentence names it.
                        self.named_topic(c0).into_iter().collect()
                    } else {
                        Vec::new()
                    };
                    // Partners who say they act as one (A与B、C三方签署…, 共同) all
                    // cooperate; a list with no such word may sign one by one
                    // (管委会先后与A、B签署…).
                    let partner_es = self.es(&partners);
                    let as_one = ["三方", "四方", "五方", "多方", "共同"]
                        .iter()
                        .any(|w| v.gap(c0, t1).contains(w));
                    if partner_es.len() >= 2 && as_one {
                        for (i, &a) in partner_es.iter().enumerate() {
                            for &b in &partner_es[i + 1..] {
                                pairs.push((vec![a], vec![b]));
                            }
                        }
                    }
                    pairs.push((left, partner_es));
                }
            }
        }
        // A（牵头人）、B组成的联合体: the members of the list before the word, a note in
        // brackets after a member aside.
        if pairs.is_empty() && trig.word.contains("联合体") {
            let mut members: Vec<usize> = Vec::new();
            let mut end = t0;
            for m in v.ms.iter().rev().filter(|m| m.b1 <= t0 && m.b0 >= c0) {
                if m.b1 > end {
                    continue;
                }
                let gap = without_brackets(v.gap(m.b1, end));
                let joined = if members.is_empty() {
                    gap.is_empty()
                } else {
                    self.lex.words.joiners.contains(gap.as_str())
                };
                if !kinds.contains(&m.kind) || !joined {
                    break;
                }
                members.push(m.e);
                end = m.b0;
            }
            for (i, &a) in members.iter().enumerate() {
                for &b in &members[i + 1..] {
                    pairs.push((vec![b], vec![a]));
                }
            }
        }
        // A与B签订…P供货协议: the side the document has shown making P supplies the
        // other; failing that, a supply agreement's first side does. A purchase
        // agreement (采购合同) says whose purchase only by that knowledge: the
        // seller's announcement names it by the buyer's word too.
        let rest = &v.s[t1..v.clause_end(t1)];
        let deal = SUPPLY_DEAL
            .find(rest)
            .map(|m| (m.start(), m.as_str().starts_with("采购")));
        for (l, r) in pairs {
            self.push_pairs(&l, &r, Relation::CooperatesWith);
            let Some((at, purchase)) = deal else {
                continue;
            };
            let products = self.products_in(t1, t1 + at);
            let makes = |side: &[usize]| {
                side.iter().any(|&a| {
                    self.out.relations.iter().any(|c| {
                        c.head == a
                            && c.relation == Relation::Produces
                            && products.contains(&c.tail)
                    })
                })
            };
            // Failing that, a side the text places at the chain's end (整车企业) buys
            // what an earlier stage makes (半固态电池供货协议).
            let terminal = self.stage_entities.get(&Stage::Terminal).copied();
            let upstream_product = products.iter().any(|&p| {
                matches!(
                    self.res.entities[p].link,
                    Link::Entry(i) if self.lex.entries[i].stages.first()
                        .is_some_and(|&st| st < Stage::Terminal)
                )
            });
            let buys = |side: &[usize]| {
                upstream_product
                    && terminal.is_some_and(|t| {
                        side.iter().any(|&a| {
                            self.out.relations.iter().any(|c| {
                                c.head == a && c.relation == Relation::InStage && c.tail == t
                            })
                        })
                    })
            };
            match (makes(&l), makes(&r)) {
                (true, false) => self.push_pairs(&l, &r, Relation::Supplies),
                (false, true) => self.push_pairs(&r, &l, Relation::Supplies),
                _ if buys(&l) && !buys(&r) => self.push_pairs(&r, &l, Relation::Supplies),
                _ if buys(&r) && !buys(&l) => self.push_pairs(&l, &r, Relation::Supplies),
                _ if !purchase => self.push_pairs(&l, &r, Relation::Supplies),
                _ => {}
            }
        }
    }

    /// Byte length of a description of a partner at the end of `intro`
    /// (三元电池企业, 锂矿商, 下游客户) or of its seat (位于梧州的): up to ten Chinese
    /// characters after the last 与/和/同/跟, ending in a trade word or
    /// 企业/公司/厂商/厂家/客户, or opening on a word of place and ending in 的; 0 if none.
    fn partner_description(&self, intro: &str) -> usize {
        let Some((at, _)) = intro
            .char_indices()
            .rev()
            .find(|&(_, c)| matches!(c, '与' | '和' | '同' | '跟'))
        else {
            return 0;
        };
        let d = &intro[at + '与'.len_utf8()..];
        // Or its seat (与位于梧州的B).
        let seat = starts_with_any(d, &self.lex.words.located) && d.ends_with('的');
        let fits = !d.is_empty()
            && d.chars().count() <= 10
            && d.chars().all(crate::read::is_cjk)
            && (seat
                || ends_with_any(d, &self.lex.words.trade)
                || d.ends_with(['商', '厂'])
                || ["企业", "公司", "厂家", "客户"]
                    .iter()
                    .any(|w| d.ends_with(w)));
        if fits { d.len() } else { 0 }
    }

    /// The sentence's topic, when a clause before byte `c0` names it, or the sentence
    /// opens on a company's back-reference standing for it (公司计划…，同时将与B…).
    fn named_topic(&self, c0: usize) -> Option<usize> {
        let v = self.view;
        self.topic.filter(|&t| {
            v.ms.iter().any(|m| m.e == t && m.b1 <= c0)
                || self.kind(t) == EntityType::Company
                    && v.ms.first().is_none_or(|m| m.b0 > 0)
                    && company_anaphors(self.lex).any(|w| v.s.starts_with(w))
        })
    }

    /// The company a back-reference opening the clause before byte `t0` stands for
    /// (2018年，公司在R设立全资子公司C): the one the sentences before spoke of, else
    /// the last named, never one of `objs`, what the sentence goes on about.
    fn founder_by_reference(&self, c0: usize, t0: usize, objs: &[usize]) -> Option<usize> {
        let lead = self.view.gap(c0, t0);
        let lead = LEAD_TIME.find(lead).map_or(lead, |m| &lead[m.end()..]);
        let word = company_anaphors(self.lex).find(|w| lead.starts_with(w))?;
        self.named_before(word, EntityType::Company, |_| true)
            .filter(|e| !objs.contains(e))
    }

    /// What a back-reference `word` to a `kind` stands for when its sentence names
    /// none that `fits`: the topic of the sentences before, if of the kind (X是Y的全资
    /// 子公司。该公司… is X), else the last of the kind named; and a bare 公司 after a
    /// paragraph on a subsidiary is the company most sentences were about (…全资子公司
    /// B…。三季度，公司锂辉石精矿平均销售价格为…: the group's).
    fn named_before(
        &self,
        word: &str,
        kind: EntityType,
        fits: impl Fn(usize) -> bool,
    ) -> Option<usize> {
        self.topic_before
            .filter(|&e| self.kind(e) == kind && fits(e))
            .or_else(|| self.last_of_kind.get(&kind).copied().filter(|&e| fits(e)))
            .map(|e| self.group_for_bare_gongsi(word, e).unwrap_or(e))
    }

    /// A组建C, 由A组建的C, A与B共建C, C由A成立, C揭牌成立; 在R组建C also locates C in R.
    fn established(&mut self, t0: usize, t1: usize) {
        let v = self.view;
        let objects_kinds = [
            EntityType::Institute,
            EntityType::Park,
            EntityType::Company,
            EntityType::Association,
        ];
        let c0 = v.clause_start(t0);
        // “C”揭牌仪式在R举行: the verb names a ceremony; C is before it, and what follows
        // is where the ceremony is held.
        let ceremony = v.s[t1..].starts_with("仪式");
        let mut objects = if ceremony {
            Vec::new()
        } else {
            self.object_after(t1, &objects_kinds, 6, false)
        };
        let mut passive_subject: Vec<usize> = Vec::new();
        if objects.is_empty() {
            // C揭牌 / C正式成立 / C由A与B共同组建: the object stands before the trigger,
            // and nothing but 了/仪式 follows the trigger in its clause.
            let rest = v.gap(t1, v.clause_end(t1));
            let ends_clause =
                ceremony || rest.is_empty() || ["了", "仪式", "运行", "运营"].contains(&rest);
            // The actors from byte `from` up to the verb: the founders of a passive.
            // (Not a place after 在/于: C是A在R设立的 is founded in R, not by it.)
            let actors_between = |from: usize| -> Vec<usize> {
                (0..v.ms.len())
                    .filter(|&j| {
                        v.ms[j].b0 >= from
                            && v.ms[j].b1 <= t0
                            && actors().contains(&v.ms[j].kind)
                            && !(v.ms[j].kind == EntityType::Region
                                && v.gap(from, v.ms[j].b0).ends_with(['在', '于']))
                    })
                    .collect()
            };
            // C由A与B（于2023年）合资组建: C stands right before 由, its founders after.
            let by = v.s[c0..t0].rfind('由').map(|p| c0 + p);
            let founded = by.and_then(|p| {
                (0..v.ms.len()).rev().find(|&k| {
                    v.ms[k].b1 <= p
                        && v.ms[k].b0 >= c0
                        && objects_kinds.contains(&v.ms[k].kind)
                        && v.gap(v.ms[k].b1, p).is_empty()
                })
            });
            if let (Some(k), Some(p)) = (founded, by) {
                passive_subject = actors_between(p + '由'.len_utf8());
                if !passive_subject.is_empty() {
                    objects = vec![k];
                }
            }
            // C系A与B（于2018年）合资组建的…企业: C stands right before the copula, its
            // founders between it and the verb.
            if objects.is_empty() && v.s[t1..].starts_with('的') {
                let copula = (0..v.ms.len()).find_map(|k| {
                    let m = v.ms[k];
                    let rest = v.s.get(m.b1..t0).unwrap_or_default();
                    (m.b0 >= c0 && objects_kinds.contains(&m.kind))
                        .then(|| ["系", "是", "为"].into_iter().find(|w| rest.starts_with(w)))
                        .flatten()
                        .map(|w| (k, m.b1 + w.len()))
                });
                if let Some((k, after)) = copula {
                    passive_subject = actors_between(after);
                    if !passive_subject.is_empty() {
                        objects = vec![k];
                    }
                }
            }
            // 该研究院由A与B共建: the body a back-reference before 由 stands for, which
            // its founders found together.
            if objects.is_empty()
                && founded.is_none()
                && let Some(p) = by
                && let Some(body) = self.referred_body(c0, p)
            {
                let founders = self.es(&actors_between(p + '由'.len_utf8()));
                self.push_pairs(&founders, &Vec::from_iter(body), Relation::Established);
                self.cooperate_pairwise(&founders);
                return;
            }
            // Not a place the object is founded in (C在P揭牌成立), nor a founder after
            // 由 (该研究院由A与B共建).
            if objects.is_empty()
                && let Some(k) = (0..v.ms.len()).rev().find(|&k| {
                    v.ms[k].b1 <= t0
                        && v.ms[k].b0 >= c0
                        && objects_kinds.contains(&v.ms[k].kind)
                        && !v.s[..v.ms[k].b0].ends_with(['在', '于'])
                        && !v.gap(c0, v.ms[k].b0).contains('由')
                })
            {
                let gap = v.gap(v.ms[k].b1, t0);
                if let Some(pos) = gap.find('由') {
                    passive_subject = actors_between(v.ms[k].b1 + pos + '由'.len_utf8());
                    objects = vec![k];
                } else if gap.chars().count() <= 4 && ends_clause {
                    objects = vec![k];
                } else if ends_clause
                    && gap.starts_with(['在', '于'])
                    && let Some(r) = (0..v.ms.len()).rev().find(|&r| {
                        v.ms[r].kind == EntityType::Region
                            && v.ms[r].b0 >= v.ms[k].b1
                            && v.ms[r].b1 <= t0
                    })
                    && v.gap(v.ms[r].b1, t0).chars().count() <= 4
                    && (0..v.ms.len())
                        .filter(|&j| v.ms[j].b0 >= v.ms[k].b1 && v.ms[j].b1 <= t0)
                        .all(|j| matches!(v.ms[j].kind, EntityType::Region | EntityType::Park))
                {
                    // C在上海市嘉定区揭牌成立: C is founded there, and is there (the
                    // chain's most specific place).
                    self.push(
                        v.ms[k].e,
                        v.ms[self.region_chain_end(r)].e,
                        Relation::LocatedIn,
                    );
                    objects = vec![k];
                }
            }
        }
        if objects.is_empty() {
            // A与B签署协议，双方将在R共建…示范线: what partners build together there is
            // no body, but they invest where they build it.
            if &v.s[t0..t1] == "共建"
                && let Some(partners) = self.together(c0, t0)
            {
                let sites: Vec<usize> = (0..v.ms.len())
                    .filter(|&k| {
                        let m = v.ms[k];
                        matches!(m.kind, EntityType::Region | EntityType::Park)
                            && m.b0 >= c0
                            && m.b1 <= t0
                            && v.gap(c0, m.b0).ends_with(['在', '于'])
                    })
                    .map(|k| v.ms[self.chain_end(k)].e)
                    .collect();
                self.push_pairs(&self.es(&partners), &sites, Relation::InvestsIn);
            }
            return;
        }
        let objs = self.es(&objects);
        // 在R组建C: C is in R; so is every region of a chain after 在 (在眉山市彭山区).
        // A park there is where C is founded, not who founds it (双方…在常德经济技术开发区
        // 设立C); only regions locate C.
        let mut places: Vec<usize> = Vec::new();
        for k in 0..v.ms.len() {
            let m = v.ms[k];
            if matches!(m.kind, EntityType::Region | EntityType::Park)
                && m.b0 >= c0
                && m.b1 <= t0
                && (["在", "于"].iter().any(|p| v.gap(c0, m.b0).ends_with(p))
                    // (Not the seat of a partner, 与位于R的B.)
                    && !v.gap(c0, m.b0).ends_with("位于")
                    || places
                        .last()
                        .is_some_and(|&p| p + 1 == k && v.ms[p].b1 == m.b0))
            {
                places.push(k);
            }
        }
        let subjects: Vec<usize> = if !passive_subject.is_empty() {
            self.es(&passive_subject)
        } else {
            // 由A组建的C / A与B共建C / A组建C, skipping places (在R).
            let first_obj = v.ms[objects[0]].b0;
            let limit = t0.min(first_obj);
            let cands: Vec<usize> = (0..v.ms.len())
                .filter(|&k| {
                    let m = v.ms[k];
                    m.b1 <= limit
                        && m.b0 >= c0
                        && actors().contains(&m.kind)
                        && !objects.contains(&k)
                        && !places.contains(&k)
                })
                .collect();
            let Some(&last) = cands.last() else {
                // 公司拟…设立全资子公司C: a subsidiary is founded by the company the
                // sentence is about.
                let sub = v.gap(t1, v.ms[objects[0]].b0);
                if ["全资子公司", "控股子公司", "子公司"].contains(&sub) {
                    // (Nor is the subsidiary its own founder, where the sentence's subject
                    // is the company founded; nor does a topic of another kind hide the
                    // issuer.)
                    // (A back-reference in the clause names it first: 在回收端，公司于
                    // 2022年设立全资子公司C, after a paragraph on another subsidiary.)
                    let mut founder: Vec<usize> = self
                        .founder_by_reference(c0, t0, &objs)
                        .into_iter()
                        .collect();
                    if founder.is_empty() {
                        founder.extend(
                            self.or_topic_company(&[])
                                .into_iter()
                                .filter(|e| !objs.contains(e)),
                        );
                    }
                    if founder.is_empty() {
                        founder.extend(self.issuer.filter(|&e| {
                            self.kind(e) == EntityType::Company && !objs.contains(&e)
                        }));
                    }
                    self.push_pairs(&founder, &objs, Relation::Established);
                    // (在四川省眉山市彭山区设立全资子公司C: C is there.)
                    if let Some(&p) = places
                        .iter()
                        .rev()
                        .find(|&&p| v.ms[p].kind == EntityType::Region)
                    {
                        self.push_pairs(&objs, &[v.ms[p].e], Relation::LocatedIn);
                    }
                    return;
                }
                // A与B签署协议，共建C: a clause with no subject of its own goes on with
                // the partners the sentence opened on.
                let lead = v.gap(c0, t0);
                // (Not when the object is only the first word of a longer name the
                // recognizer missed: “擎川—物理所…联合实验室”.)
                let whole = objects
                    .iter()
                    .all(|&k| !v.s[v.ms[k].b1..].starts_with(['—', '-', '·']));
                if whole
                    && lead
                        .trim_start_matches(|c| "并将还拟再共同联合携手一起".contains(c))
                        .is_empty()
                    && let Some(partners) = (0..v.ms.len())
                        .take_while(|&k| v.ms[k].b1 <= c0)
                        .filter(|&k| actors().contains(&v.ms[k].kind))
                        .map(|k| self.group(k, actors(), &self.lex.words.joiners))
                        .find(|g| g.len() >= 2)
                {
                    self.push_pairs(&self.es(&partners), &objs, Relation::Established);
                    return;
                }
                // A与B签署…，双方将联合成立C: the two the sentence named before.
                if !lead.starts_with("双方") {
                    return;
                }
                let mut both: Vec<usize> = (0..v.ms.len())
                    .filter(|&k| v.ms[k].b1 <= c0 && actors().contains(&v.ms[k].kind))
                    .map(|k| v.ms[k].e)
                    .collect();
                both.sort_unstable();
                both.dedup();
                if both.len() == 2 {
                    self.push_pairs(&both, &objs, Relation::Established);
                }
                return;
            };
            let mut g: Vec<usize> = self
                .group(last, actors(), &self.lex.words.joiners)
                .into_iter()
                .filter(|k| !places.contains(k))
                .collect();
            let Some(&g0) = g.first() else {
                return;
            };
            // Adverbs or a date between a partner and 与 (A近日与B, A今年3月与B共同设立C)
            // leave the two partners.
            if let Some(a) = (0..g0)
                .rev()
                .find(|&k| v.ms[k].b0 >= c0 && actors().contains(&v.ms[k].kind))
                .filter(|&a| !places.contains(&a))
                && let Some(lead) = ["与", "和", "同", "跟"]
                    .iter()
                    .find_map(|j| v.gap(v.ms[a].b1, v.ms[g0].b0).strip_suffix(j))
                && !lead.is_empty()
                && lead.chars().count() <= 8
                && lead.chars().all(|c| {
                    CLAUSE_ADVERBS.contains(c) || PARTNER_ADVERBS.contains(c) || c.is_ascii_digit()
                })
            {
                let mut both = self.group(a, actors(), &self.lex.words.joiners);
                both.append(&mut g);
                g = both;
            }
            let g0 = g[0];
            let before = v.gap(c0, v.ms[g0].b0);
            // A company's back-reference before 与 is the first partner (公司与B在R共同
            // 出资设立C, 公司还与B共建了C): the company the sentence is about.
            let adverb = |c: char| {
                CLAUSE_ADVERBS.contains(c) || PARTNER_ADVERBS.contains(c) || c.is_ascii_digit()
            };
            let own: Vec<usize> = if company_anaphors(self.lex).any(|w| {
                ["与", "和", "同", "跟"].iter().any(|j| {
                    before
                        .strip_suffix(j)
                        .is_some_and(|b| b.trim_end_matches(adverb).ends_with(w))
                })
            }) {
                // (In a company's own text 公司 is the issuer, whatever it named last.)
                self.issuer
                    .or(self.topic)
                    .filter(|&e| self.kind(e) == EntityType::Company && !objs.contains(&e))
                    .into_iter()
                    .collect()
            } else if c0 > 0
                && ["与", "和", "同", "跟"].iter().any(|j| {
                    before
                        .strip_suffix(j)
                        .is_some_and(|b| b.trim().chars().all(|c| CLAUSE_ADVERBS.contains(c)))
                })
            {
                // …；同时将与B共建C: a later clause with no subject of its own goes on
                // with the sentence's, when this sentence names it.
                self.named_topic(c0)
                    .filter(|&e| actors().contains(&self.kind(e)) && !objs.contains(&e))
                    .into_iter()
                    .collect()
            } else {
                Vec::new()
            };
            let partner = !own.is_empty();
            // A verb that supports or rests on the founders leaves them the subject of
            // the founding (支持A与B共建的C, 依托A与B共建的C).
            let pivot = ["支持", "鼓励", "推动", "引导", "依托"]
                .iter()
                .any(|p| before.ends_with(p));
            if !partner
                && !pivot
                && self
                    .lex
                    .words
                    .not_subject_before
                    .iter()
                    .any(|p| before.ends_with(p.as_str()) && p != "由")
            {
                return;
            }
            // Only what stands right before the predicate (allowing 共同/联合/正式/在R).
            let tail = v.gap(v.ms[*g.last().expect("non-empty")].b1, limit);
            // (A date between is no part of the predicate: A与B于2025年4月合资设立C.)
            let dated = TIME_BETWEEN.replace_all(tail, "");
            let tail = dated.as_ref();
            let tail_len = tail.chars().count()
                - places
                    .iter()
                    .map(|&k| v.gap(v.ms[k].b0, v.ms[k].b1).chars().count())
                    .sum::<usize>()
                    .min(tail.chars().count());
            // (How it funds a subsidiary may stand between: 拟以自有资金2亿元在R设立全资子公司C.)
            let funds_subsidiary = ["全资子公司", "控股子公司"]
                .contains(&v.gap(t1, v.ms[objects[0]].b0))
                && tail.chars().count() <= 30
                && !tail.contains(is_clause_sep);
            if tail_len > 8 && !funds_subsidiary {
                return;
            }
            let mut founders = own;
            // A携手B共建C: the one joined by 携手 founds it too.
            if let Some(j) = g0.checked_sub(1)
                && actors().contains(&v.ms[j].kind)
                && ["携手", "联手", "牵手", "会同"].contains(&v.gap(v.ms[j].b1, v.ms[g0].b0))
            {
                founders.push(v.ms[j].e);
            }
            founders.extend(self.es(&g));
            founders.dedup();
            founders
        };
        self.push_pairs(&subjects, &objs, Relation::Established);
        for &c in &objs {
            if let Some(&p) = places
                .iter()
                .rev()
                .find(|&&p| v.ms[p].kind == EntityType::Region)
            {
                self.push(c, v.ms[p].e, Relation::LocatedIn);
            }
        }
        // A设立全资子公司B: B is A's subsidiary as well as its creation.
        if v.gap(t1, v.ms[objects[0]].b0).ends_with("子公司") {
            let companies = |es: &[usize]| -> Vec<usize> {
                es.iter()
                    .copied()
                    .filter(|&e| self.kind(e) == EntityType::Company)
                    .collect()
            };
            let (children, parents) = (companies(&objs), companies(&subjects));
            self.push_pairs(&children, &parents, Relation::SubsidiaryOf);
        }
        // Partners who build something together cooperate.
        self.cooperate_pairwise(&subjects);
    }

    /// A将总部迁到R, A落户R (region: relocated_to; park: invests_in).
    fn relocated(&mut self, t0: usize, t1: usize, _trig: &Trigger) {
        let companies = [EntityType::Company];
        let mut subj = self.subject_before(t0, &companies, &self.lex.words.joiners);
        if subj.is_empty() {
            // 科力远、威领股份2家上市公司将总部迁到郴州: a list before a count.
            subj = self.any_before(t0, &companies);
        }
        let subj = self.or_topic_company(&subj);
        let obj: Vec<usize> = self
            .object_after(t1, &[EntityType::Region, EntityType::Park], 6, false)
            .into_iter()
            .map(|k| self.chain_end(k))
            .collect();
        for &a in &subj {
            for &k in &obj {
                let m = self.view.ms[k];
                let rel = if m.kind == EntityType::Park {
                    Relation::InvestsIn
                } else {
                    Relation::RelocatedTo
                };
                self.push(a, m.e, rel);
            }
        }
    }

    /// All mentions of `kinds` in the clause before byte `t`.
    fn any_before(&self, t: usize, kinds: &[EntityType]) -> Vec<usize> {
        let v = self.view;
        let c0 = v.clause_start(t);
        (0..v.ms.len())
            .filter(|&k| v.ms[k].b0 >= c0 && v.ms[k].b1 <= t && kinds.contains(&v.ms[k].kind))
            .collect()
    }

    /// A投资(建设)…于/在P, A在P投资, A投资B.
    fn invests(&mut self, t0: usize, t1: usize, trig: &Trigger) {
        let v = self.view;
        let after = &v.s[t1..];
        let companies = [EntityType::Company];
        // …完成A轮融资，投资方为X和Y: the investors of the round, not its targets.
        if trig.word == "投资"
            && let Some(p) = [
                "方为",
                "方是",
                "方包括",
                "机构为",
                "机构包括",
                "人为",
                "人包括",
            ]
            .iter()
            .find(|p| after.starts_with(*p))
        {
            let investors = self.object_after(t1 + p.len(), &companies, 2, false);
            if let Some(f) = self.financed {
                self.push_pairs(&self.es(&investors), &[f], Relation::InvestsIn);
            }
            return;
        }
        // B获得A5亿元战略投资: A invests in B.
        let c0 = v.clause_start(t0);
        if let Some(k) = (0..v.ms.len())
            .rev()
            .find(|&k| v.ms[k].b1 <= t0 && v.ms[k].b0 >= c0 && v.ms[k].kind == EntityType::Company)
            && v.gap(v.ms[k].b1, t0).chars().count() <= 12
            && !v.gap(v.ms[k].b1, t0).contains(is_clause_sep)
            && let lead = v.gap(c0, v.ms[k].b0)
            && let Some(verb) = ["获得", "获", "引入", "迎来", "接受"]
                .iter()
                .find(|w| lead.ends_with(*w))
        {
            let receiver =
                self.subject_before(v.ms[k].b0 - verb.len(), &companies, &self.lex.words.joiners);
            let receiver = self.or_topic_company(&receiver);
            let investors = self.group(k, &companies, &self.lex.words.joiners);
            self.push_pairs(&self.es(&investors), &receiver, Relation::InvestsIn);
            return;
        }
        // 投资额, 投资金额, 投资者, 实施主体: the noun, not the verb.
        if [
            "额", "金额", "者", "人", "机构", "基金", "热", "环境", "规模", "主体",
        ]
        .iter()
        .any(|w| after.starts_with(w))
            && trig.word != "签约落地"
        {
            return;
        }
        // 本轮由A领投，B、C跟投: the investors of the round the document says a
        // company raised; no round, no target.
        if self.lex.words.round_verbs.contains(&trig.word) {
            // The investors right before the verb, after 由 too (由A领投).
            let subj = (0..v.ms.len())
                .rev()
                .find(|&k| {
                    v.ms[k].b1 <= t0 && v.ms[k].b0 >= c0 && v.ms[k].kind == EntityType::Company
                })
                .map(|k| self.group(k, &companies, &self.lex.words.joiners))
                .unwrap_or_default();
            let subj = self.es(&subj);
            // A round no one is said to have raised, in the document of the company
            // that speaks for itself (an interview, its own report), is that company's.
            let own_round = || self.issuer.filter(|_| v.s.contains("轮"));
            if let Some(f) = self.financed.or_else(own_round) {
                self.push_pairs(&subj, &[f], Relation::InvestsIn);
            }
            return;
        }
        let subj = self.subject_before(t0, &companies, &self.lex.words.joiners);
        let mut subj = self.together(c0, t0).unwrap_or(subj);
        // 由A全额投资…的工程: the agent of the passive, not the sentence's topic.
        if subj.is_empty() {
            subj = self.agent_before(t0, &companies);
        }
        let subj = self.or_topic_company(&subj);
        if subj.is_empty() {
            return;
        }
        let located = |from: usize, to: usize| -> Vec<usize> {
            let mut out: Vec<usize> = (0..v.ms.len())
                .filter(|&k| {
                    let m = v.ms[k];
                    m.b0 >= from
                        && m.b1 <= to
                        && matches!(m.kind, EntityType::Park | EntityType::Region)
                        && ["在", "于"].iter().any(|p| v.gap(from, m.b0).ends_with(p))
                })
                // And the rest of its list (在湖北宜昌、江苏常州建成…).
                .flat_map(|k| {
                    self.group(
                        k,
                        &[EntityType::Park, EntityType::Region],
                        &self.lex.words.joiners,
                    )
                })
                .filter(|&k| v.ms[k].b1 <= to)
                .map(|k| self.chain_end(k))
                .collect();
            out.sort_unstable();
            out.dedup();
            out
        };
        // 在P投资 / 于R投资.
        let mut targets = located(c0, t0);
        if targets.is_empty() {
            targets = self.object_after(
                t1,
                &[EntityType::Park, EntityType::Region, EntityType::Company],
                12,
                false,
            );
            // 参股了江西宜春的B: the company the place describes, not the place.
            for t in &mut targets {
                if v.ms[*t].kind == EntityType::Region {
                    let end = self.chain_end(*t);
                    if let Some(x) = v.ms.get(end + 1)
                        && x.kind == EntityType::Company
                        && v.gap(v.ms[end].b1, x.b0) == "的"
                    {
                        *t = end + 1;
                    }
                }
            }
            targets.dedup();
        }
        if targets.is_empty() {
            // A向B注资/增资, A对B进行增资: the company after 向 or 对, right before the verb.
            targets.extend((0..v.ms.len()).rev().find(|&k| {
                let m = v.ms[k];
                m.b0 >= c0
                    && m.b1 <= t0
                    && m.kind == EntityType::Company
                    && v.gap(c0, m.b0).ends_with(['向', '对'])
                    && v.gap(m.b1, t0).chars().count() <= 4
            }));
        }
        if targets.is_empty() {
            // P引进A(投资)建设…: the place that brings the company in.
            targets.extend((0..v.ms.len()).rev().find(|&k| {
                let m = v.ms[k];
                m.b0 >= c0
                    && m.b1 <= t0
                    && matches!(m.kind, EntityType::Park | EntityType::Region)
                    && v.ms.get(k + 1).is_some_and(|a| {
                        a.kind == EntityType::Company
                            && ["引进", "招引", "吸引", "引入"].contains(&v.gap(m.b1, a.b0))
                            && v.gap(a.b1, t0).chars().count() <= 4
                    })
            }));
        }
        if targets.is_empty() {
            // 投资32亿元,在宜宾市扩建…: the place is in the next clause.
            let e = v.clause_end(t1);
            if e < v.s.len() {
                let next_end = v.clause_end(e + 1);
                targets = located(e + 1, next_end);
            }
        }
        let mut targets = self.es(&targets);
        // 在园区内投资 / 在该园区建设: the park the text named last (in this sentence
        // first).
        if targets.is_empty()
            && ["在园区", "在该园区", "于园区", "在产业园区"]
                .iter()
                .any(|w| v.gap(c0, t0).contains(w))
            && let Some(park) =
                v.ms.iter()
                    .rev()
                    .find(|m| m.b1 <= t0 && m.kind == EntityType::Park)
                    .map(|m| m.e)
                    .or_else(|| self.last_of_kind.get(&EntityType::Park).copied())
        {
            targets.push(park);
        }
        self.push_pairs(&subj, &targets, Relation::InvestsIn);
    }

    /// A研发/生产/量产/推出 P, A研发的P.
    fn produces(&mut self, t0: usize, t1: usize, trig: &Trigger) {
        let makers = [
            EntityType::Company,
            EntityType::Institute,
            EntityType::University,
        ];
        let v = self.view;
        let recovery = self.lex.words.recovery.contains(&trig.word);
        // 再生 and 回收 inside a name (绿循再生资源有限公司) say nothing; inside a
        // product (回收碳酸锂) they do.
        if recovery
            && v.ms
                .iter()
                .any(|m| m.b0 < t1 && t0 < m.b1 && m.kind.is_org())
        {
            return;
        }
        // 专注于废旧锂电池回收利用, 主攻磷酸铁锂电池回收: a line of work on products
        // taken in makes none.
        if ["专注", "主要做", "主攻"]
            .iter()
            .any(|w| trig.word.starts_with(w))
            && self
                .lex
                .words
                .recycling
                .iter()
                .any(|w| v.s[t1..v.clause_end(t1)].contains(w))
        {
            return;
        }
        let mut subj = self.subject_before(t0, &makers, &self.lex.words.joiners);
        // The maker must stand close to its verb (A研发的, A主要生产, A今年量产).
        if let Some(&last) = subj.last()
            && v.gap(v.ms[last].b1, t0).chars().count() > 12
        {
            subj.clear();
        }
        // P由A生产: the maker after 由, close to the verb (由A组装生产, 由A自主研发).
        if subj.is_empty() {
            subj = self.agent_before(t0, &makers);
        }
        // A与B联合研发/共同开发P: the makers work together.
        if subj.len() >= 2
            && ["联合", "共同"].iter().any(|w| v.s[..t0].ends_with(w))
            && let Some(&last) = subj.last()
            && v.gap(v.ms[last].b1, t0).chars().count() <= 2
        {
            let makers = self.es(&subj);
            self.cooperate_pairwise(&makers);
        }
        // A、B、C分别推出X、Y和Z: each its own.
        let respectively = subj
            .last()
            .is_some_and(|&last| v.gap(v.ms[last].b1, t0).contains("分别"));
        let subj_ms = subj.clone();
        let mut subj = self.es(&subj);
        // …基地由全资子公司B运营，主要做硬碳: the one the sentence says runs it.
        if subj.is_empty()
            && self.bare_predicate(v.clause_start(t0), t0)
            && let Some(m) =
                v.ms.iter()
                    .rev()
                    .find(|m| m.b1 <= t0 && m.kind == EntityType::Company && self.is_doer(m))
        {
            subj.push(m.e);
        }
        // 双方共建X研究中心，重点研发P: the body the clause before founds, not the
        // sentence's subject.
        if subj.is_empty()
            && self.bare_predicate(v.clause_start(t0), t0)
            && let Some(b) = self.founded_before(v.clause_start(t0))
            && makers.contains(&self.kind(b))
        {
            subj.push(b);
        }
        // 生产针状焦的X: a relative clause names its maker right after 的.
        if subj.is_empty()
            && let Some(last) = self.products_after(t1).last().and_then(|&e| {
                v.ms.iter()
                    .filter(|m| m.e == e && m.b0 >= t1 && m.b1 <= v.clause_end(t1))
                    .map(|m| m.b1)
                    .max()
            })
            && v.s[last..].starts_with('的')
            && let Some(m) = v.ms.iter().find(|m| m.b0 == last + '的'.len_utf8())
            && m.kind == EntityType::Company
        {
            subj.push(m.e);
        }
        if subj.is_empty()
            && self.bare_predicate(v.clause_start(t0), t0)
            && let Some(t) = self.topic.filter(|&t| makers.contains(&self.kind(t)))
            // (Not one this sentence names only after the verb: 以下企业生产的碳酸锂符合
            // 交易所标准.)
            && v.ms
                .iter()
                .filter(|m| m.e == t)
                .map(|m| m.b0)
                .min()
                .is_none_or(|b0| b0 < t1)
        {
            // A clause without a subject (…,主要生产磷酸铁锂) continues the sentence's.
            subj.push(t);
        }
        // Whether the verb takes a product at all, kept or not (由A提供退役动力电池 names
        // its object, so the clause before holds nothing A makes). A verb of recovery
        // reads its object apart below and never looks back, so it needs none.
        let after_verb = if recovery {
            Vec::new()
        } else {
            self.products_after(t1)
        };
        let object_named = !after_verb.is_empty();
        let products = if recovery {
            // What is recovered right after the verb, if it is a material: 回收碳酸锂、
            // 硫酸镍等产品 makes them; 回收废旧电池 takes batteries in. The lexicon
            // may read the verb into the product (回收碳酸锂 is 碳酸锂).
            let from = if v
                .ms
                .iter()
                .any(|m| m.b0 == t0 && m.kind == EntityType::Product)
            {
                t0
            } else {
                t1
            };
            self.object_after(from, &[EntityType::Product], 2, false)
                .into_iter()
                .filter(|&k| {
                    matches!(
                        self.res.entities[v.ms[k].e].link,
                        Link::Entry(i) if matches!(
                            self.lex.entries[i].stages.first(),
                            Some(Stage::Mining | Stage::Materials)
                        )
                    )
                })
                .map(|k| v.ms[k].e)
                .collect()
        } else if self.lex.words.launch.contains(&trig.word) {
            // What is launched ends at the product: 发布钠离子电池白皮书 launches a paper.
            // Nor is a spent one made (向其提供退役动力电池 passes on waste).
            let spent = ["退役", "废旧", "废弃", "报废"];
            after_verb
                .into_iter()
                .filter(|&e| {
                    v.ms.iter().filter(|m| m.e == e && m.b0 >= t1).all(|m| {
                        let after = &v.s[m.b1..];
                        let here = &v.s[m.b0..m.b1];
                        !spent
                            .iter()
                            .any(|w| v.s[..m.b0].ends_with(w) || here.starts_with(w))
                            && !after.starts_with(|c: char| crate::read::is_cjk(c))
                            || ["和", "及", "与", "等", "产品", "新品", "系列"]
                                .iter()
                                .any(|w| after.starts_with(w))
                            || v.ms.iter().any(|n| n.b0 == m.b1)
                    })
                })
                .collect()
        } else {
            after_verb
        };
        // P由A生产 (电池包仍由A组装生产): the maker follows 由, what it makes stands
        // before it.
        let products = match subj_ms.first() {
            Some(&k) if products.is_empty() && !recovery && !object_named => self.made_before_by(k),
            _ => products,
        };
        // A专业从事P研发、生产和销售, A将致力于P和Q的研发: the work's object stands
        // right before the verb, after a verb of a line of work; the maker before that.
        let products = if products.is_empty()
            && !recovery
            && let Some(k) = (0..v.ms.len()).rev().find(|&k| {
                v.ms[k].kind == EntityType::Product
                    && v.ms[k].b0 >= v.clause_start(t0)
                    && matches!(v.gap(v.ms[k].b1, t0), "" | "的")
            })
            && let group = self.group(k, &[EntityType::Product], &self.lex.words.joiners)
            && let g0 = v.ms[group[0]].b0
            && let Some(lead) = ["从事", "专注于", "聚焦", "聚焦于", "致力于", "主营"]
                .iter()
                .find(|w| v.s[..g0].ends_with(*w))
        {
            // (The maker named in the clause, not the one a résumé's sentence began
            // with: 就职于A，从事正极材料研发 is the person's work.)
            let maker = self.subject_before(g0 - lead.len(), &makers, &self.lex.words.joiners);
            subj = self.es(&maker);
            // A clause with no maker goes on with the one the sentence opens on
            // (A在R揭牌成立，将聚焦P的研发).
            if subj.is_empty()
                && let Some(m) = v.ms.iter().find(|m| m.b1 <= g0 && makers.contains(&m.kind))
                && v.gap(0, m.b0).chars().count() <= 6
                && !v.gap(0, m.b0).contains(['于', '在'])
            {
                subj.push(m.e);
            }
            self.es(&group)
        } else {
            products
        };
        if respectively && subj.len() == products.len() {
            for (&a, &b) in subj.iter().zip(&products) {
                self.push(a, b, Relation::Produces);
            }
        } else {
            self.push_pairs(&subj, &products, Relation::Produces);
        }
    }

    /// What the maker of mention `k` makes when a passive names it (电芯改由A供货,
    /// 电池包仍由A组装生产, 所用电芯，由A供应): the products before 由 in its clause,
    /// or in the clause before when its clause opens on 由; not a product that only
    /// qualifies the next (三元锂电芯 is 电芯's).
    fn made_before_by(&self, k: usize) -> Vec<usize> {
        let v = self.view;
        let b0 = v.ms[k].b0;
        let c0 = v.clause_start(b0);
        // 由, after an adverb or two (全部由, 仍由, 主要由), right before the maker.
        let Some(lead) = v.s[c0..b0].strip_suffix('由') else {
            return Vec::new();
        };
        // What a product uses is what is supplied (电池包所用电芯): the products after
        // the last such word.
        let products_in = |a: usize, b: usize| -> Vec<usize> {
            let a = ["所用", "所需", "使用的", "采用的", "搭载的"]
                .iter()
                .filter_map(|w| v.s[a..b].rfind(w).map(|p| a + p + w.len()))
                .max()
                .unwrap_or(a);
            (0..v.ms.len())
                .filter(|&j| {
                    let m = &v.ms[j];
                    m.kind == EntityType::Product && m.b0 >= a && m.b1 <= b && !v.qualifies_next(j)
                })
                .map(|j| v.ms[j].e)
                .collect()
        };
        let here = products_in(c0, c0 + lead.len());
        if !here.is_empty() {
            return here;
        }
        // The clause is 由A供应 alone: what it supplies is the clause before's.
        if lead.chars().count() <= 4 && c0 > 0 {
            let p0 = v.clause_start(c0 - 1);
            return products_in(p0, c0);
        }
        Vec::new()
    }

    /// Partners who fund a company together (A与B共同出资设立C, C由A与B合资组建): each
    /// partner with the company, to invest in it unless it is the parent.
    fn co_funders(&self) -> Vec<(usize, usize)> {
        if !["出资", "合资"].iter().any(|w| self.view.s.contains(w))
            || !["持股", "控股"].iter().any(|w| self.view.s.contains(w))
        {
            return Vec::new();
        }
        let founded: Vec<(usize, usize)> = self
            .out
            .relations
            .iter()
            .filter(|c| {
                c.sentence == Some(self.sentence)
                    && c.relation == Relation::Established
                    && self.kind(c.head) == EntityType::Company
                    && self.kind(c.tail) == EntityType::Company
            })
            .map(|c| (c.head, c.tail))
            .collect();
        founded
            .iter()
            .filter(|&&(_, c)| founded.iter().filter(|&&(_, t)| t == c).count() >= 2)
            .copied()
            .collect()
    }

    /// The members of a bidding consortium, each named with its role in brackets
    /// (A（牵头人）、B（成员）联合体): they cooperate.
    fn consortium(&mut self) {
        let v = self.view;
        if !v.s.contains("牵头") {
            return;
        }
        let role = |m: &M, roles: &[&str]| {
            orgs().contains(&m.kind)
                && roles.iter().any(|r| {
                    v.s[m.b1..]
                        .strip_prefix(['（', '('])
                        .is_some_and(|x| x.starts_with(r) && x[r.len()..].starts_with(['）', ')']))
                })
        };
        const LEAD: [&str; 2] = ["牵头人", "牵头方"];
        const ANY: [&str; 4] = ["牵头人", "牵头方", "成员", "成员方"];
        if !v.ms.iter().any(|m| role(m, &LEAD)) {
            return;
        }
        let mut members: Vec<usize> = v.ms.iter().filter(|m| role(m, &ANY)).map(|m| m.e).collect();
        members.dedup();
        self.cooperate_pairwise(&members);
    }

    /// A company with its products in brackets right after its name (北海X科技有限公司
    /// （湿法隔膜）, A（氢氧化锂、碳酸锂）): it makes them. Lists of a chain's companies
    /// say so. Brackets that say anything else (a short name, a code, a share, a
    /// parent, a customer, what is recycled) are left alone.
    fn bracket_products(&mut self) {
        let v = self.view;
        if !v.s.contains('（') && !v.s.contains('(') {
            return;
        }
        for (k, m) in v.ms.iter().enumerate() {
            // A Latin name's brackets give its Chinese one (Helion GmbH（赫利安电池系统）).
            if m.kind != EntityType::Company || v.s[..m.b1].ends_with(|c: char| c.is_ascii()) {
                continue;
            }
            let after = &v.s[m.b1..];
            let Some(open) = after.chars().next().filter(|c| matches!(c, '（' | '(')) else {
                continue;
            };
            let from = m.b1 + open.len_utf8();
            let Some(len) = v.s[from..].find(['）', ')']) else {
                continue;
            };
            let to = from + len;
            let note = &v.s[from..to];
            if note.chars().count() > 24 || note.chars().any(|c| c.is_ascii_digit()) {
                continue;
            }
            let inside: Vec<&M> = v.ms[k + 1..]
                .iter()
                .filter(|n| n.b0 >= from && n.b1 <= to)
                .collect();
            if inside.is_empty() || inside.iter().any(|n| n.kind != EntityType::Product) {
                continue;
            }
            // What the products leave is a list's joints and words that qualify them
            // (湿法, 消费类), not a verb or a role.
            let mut rest = String::new();
            let mut at = from;
            for n in &inside {
                rest.push_str(&v.s[at..n.b0]);
                at = n.b1;
            }
            rest.push_str(&v.s[at..to]);
            let rest: String = rest
                .chars()
                .filter(|c| !matches!(c, '、' | '，' | ',' | '/' | '和' | '及' | '与' | '等'))
                .collect();
            let other = self
                .lex
                .words
                .recycling
                .iter()
                .any(|w| rest.contains(w.as_str()))
                || ["用", "供", "客户", "采购", "简称", "旗下", "配套", "需求"]
                    .iter()
                    .any(|w| rest.contains(w));
            if other || rest.chars().count() > 3 * inside.len() {
                continue;
            }
            for n in inside {
                self.push(m.e, n.e, Relation::Produces);
            }
        }
    }

    /// X搭载B提供的P, X采用B的P: B makes P and supplies the company X is or belongs
    /// to (a model in quotes stands for the company the text is about).
    fn equipped_with(&mut self) {
        let v = self.view;
        if !EQUIP_VERBS.iter().any(|w| v.s.contains(w)) {
            return;
        }
        for (k, m) in v.ms.iter().enumerate() {
            if m.kind != EntityType::Company {
                continue;
            }
            let before = v.gap(v.clause_start(m.b0), m.b0);
            let Some(verb) = EQUIP_VERBS.iter().find(|w| before.ends_with(*w)) else {
                continue;
            };
            let after = &v.s[m.b1..];
            let Some(of) = ["提供的", "生产的", "供应的", "的"]
                .iter()
                .find(|w| after.starts_with(*w))
            else {
                continue;
            };
            // The product right after, maybe past words that qualify it (磷酸铁锂刀片电池).
            let from = m.b1 + of.len();
            let Some(p) = (k + 1..v.ms.len())
                .find(|&j| {
                    let n = &v.ms[j];
                    n.kind == EntityType::Product
                        && n.b0 >= from
                        && n.b1 <= v.clause_end(from)
                        && !v.qualifies_next(j)
                })
                .map(|j| &v.ms[j])
            else {
                continue;
            };
            let verb_at = m.b0 - verb.len();
            // The buyer is named before the verb, else it is the company of the
            // sentences before (this sentence's first name may be the seller itself).
            let buyer =
                self.subject_before(verb_at, &[EntityType::Company], &self.lex.words.joiners);
            // (The sentence's own subject first: 值得一提的是，B还申报了…，搭载A提供的P;
            // not when it is a seller itself: X搭载A提供的P，Y则采用B的Q.)
            let seller_here = |t: usize| {
                v.ms.iter().any(|n| {
                    n.e == t
                        && EQUIP_VERBS
                            .iter()
                            .any(|w| v.gap(v.clause_start(n.b0), n.b0).ends_with(w))
                })
            };
            let buyer: Vec<usize> = if buyer.is_empty() {
                [self.topic, self.topic_before]
                    .into_iter()
                    .flatten()
                    .find(|&t| self.kind(t) == EntityType::Company && t != m.e && !seller_here(t))
                    .into_iter()
                    .collect()
            } else {
                self.es(&buyer)
            };
            // The last product of the run after the seller is what is bought.
            let mut last = p;
            for n in &v.ms[k + 1..] {
                if n.kind == EntityType::Product && n.b0 == last.b1 {
                    last = n;
                }
            }
            self.push(m.e, last.e, Relation::Produces);
            for b in buyer {
                self.push(m.e, b, Relation::Supplies);
            }
        }
    }

    /// A以P为主要产品 (主导产品, 主营产品, 核心产品): A makes P.
    fn main_products(&mut self) {
        let v = self.view;
        if !v.s.contains("产品") {
            return;
        }
        let makers = [
            EntityType::Company,
            EntityType::Institute,
            EntityType::University,
        ];
        // 以P为主要产品, and a sentence opening on 主要产品为P (of the company the
        // sentences before were about).
        let lead = v.s.len() - without_list_number(v.s).len();
        let opening = PRODUCTS_ARE.captures(&v.s[lead..]).map(|c| {
            let g = c.get(1).expect("group 1");
            (lead + g.start()..lead + g.end(), lead)
        });
        let spans = MAIN_PRODUCTS
            .captures_iter(v.s)
            .map(|cap| {
                let span = cap.get(1).expect("group 1");
                (span.range(), cap.get(0).expect("group 0").start())
            })
            .chain(PRODUCT_RANGE.captures_iter(v.s).map(|cap| {
                let all = cap.get(0).expect("group 0");
                let comma = all.as_str().chars().next().map_or(0, char::len_utf8);
                // The clause opens on 产品, after the comma.
                (cap.get(1).expect("group 1").range(), all.start() + comma)
            }))
            .collect::<Vec<_>>();
        for (span, with) in spans.into_iter().chain(opening) {
            let products: Vec<usize> =
                v.ms.iter()
                    .filter(|m| m.b0 >= span.start && m.b1 <= span.end)
                    .filter(|m| m.kind == EntityType::Product)
                    .map(|m| m.e)
                    .collect();
            let subj = self.subject_before(with, &makers, &self.lex.words.joiners);
            let opens = with == lead;
            // 这家…企业以P为主打产品: the company just named.
            let cs = v.clause_start(with);
            let just_named = (subj.is_empty() && v.s[cs..with].starts_with("这家"))
                .then(|| self.just_named(cs, &makers))
                .flatten();
            let subj = if let Some(e) = just_named {
                vec![e]
            } else if subj.is_empty() && (opens || self.bare_predicate(v.clause_start(with), with))
            {
                self.topic
                    .filter(|&t| makers.contains(&self.kind(t)))
                    .into_iter()
                    .collect()
            } else {
                self.es(&subj)
            };
            self.push_pairs(&subj, &products, Relation::Produces);
        }
    }

    /// The last of `kinds` named before byte `at`, else the last company named before
    /// this sentence: what 这家 points at (…由A供应，这家正极材料企业…; …由B配套。这家
    /// 动力电池生产企业…), and the company a back-reference before a subsidiary word
    /// stands for.
    fn just_named(&self, at: usize, kinds: &[EntityType]) -> Option<usize> {
        self.view
            .ms
            .iter()
            .rev()
            .find(|m| m.b1 <= at && kinds.contains(&m.kind))
            .map(|m| m.e)
            .or_else(|| self.last_of_kind.get(&EntityType::Company).copied())
    }

    /// The company most sentences so far were about, where `word` is a bare 公司 (not
    /// 该公司) that would otherwise stand for `e`, a company the text introduced as a
    /// subsidiary: after a paragraph on a subsidiary, 公司 is the group again.
    fn group_for_bare_gongsi(&self, word: &str, e: usize) -> Option<usize> {
        (word == "公司" && self.subsidiaries.contains(&e))
            .then_some(self.doc_company)
            .flatten()
            .filter(|&d| d != e)
    }

    /// Whether the words from clause start `c0` to a predicate at `t0` leave it
    /// without a subject of its own, so that it continues the sentence's: at most
    /// six characters once places after 在/于 (在钦州港经济技术开发区建设年产…),
    /// products and stages (可从废旧电池中回收…) and a means (采用湿法回收工艺提取…)
    /// are set aside. A region may stand there (…，是甘肃首家量产三元材料的企业).
    fn bare_predicate(&self, c0: usize, t0: usize) -> bool {
        let v = self.view;
        if c0 == 0 {
            return false;
        }
        let mut rest = String::new();
        let mut at = c0;
        for m in v.ms.iter().filter(|m| m.b0 >= c0 && m.b1 <= t0) {
            let before = &v.s[at..m.b0];
            let placed = matches!(m.kind, EntityType::Region | EntityType::Park)
                && (before.ends_with('在') || before.ends_with('于'));
            match m.kind {
                EntityType::Region => {
                    rest.push_str(before);
                    if !placed {
                        rest.push_str(&v.s[m.b0..m.b1]);
                    }
                }
                EntityType::Product | EntityType::Stage => rest.push_str(before),
                EntityType::Park if placed => rest.push_str(before),
                _ => return false,
            }
            at = m.b1;
        }
        rest.push_str(&v.s[at..t0]);
        let rest = MEANS.replace(&rest, "");
        rest.chars().count() <= 6
    }

    /// produces from what the text says a company makes: a company with a product's
    /// capacity, output or production line (黔能新材拥有磷酸铁锂年产能12万吨,
    /// 蜀能新材磷酸铁锂出货量), or a company's product (墨源碳材的人造石墨).
    fn production_context(&mut self) {
        let v = self.view;
        // The sentence's subject, found once if a clause needs it.
        let subject: std::cell::OnceCell<Option<usize>> = std::cell::OnceCell::new();
        // Whether the words after each product show it being made; a list shares
        // the words after its last member (镍矿、钴矿的开采).
        let mut made: Vec<bool> =
            v.ms.iter()
                .map(|p| {
                    p.kind == EntityType::Product
                        && (starts_with_any(&v.s[p.b1..], &self.lex.words.production)
                            || YEARLY_AMOUNT.is_match(&v.s[p.b1..]))
                })
                .collect();
        for k in (0..v.ms.len().saturating_sub(1)).rev() {
            let (p, q) = (v.ms[k], v.ms[k + 1]);
            if p.kind == EntityType::Product
                && q.kind == EntityType::Product
                && made[k + 1]
                && self.lex.words.joiners.contains(v.gap(p.b1, q.b0))
            {
                made[k] = true;
            }
        }
        for (k, p) in v.ms.iter().enumerate() {
            if p.kind != EntityType::Product {
                continue;
            }
            let before: String = {
                let b: Vec<char> = v.s[..p.b0].chars().collect();
                b[b.len().saturating_sub(8)..].iter().collect()
            };
            // 年处理5万吨退役电池项目: what a plant processes is not what it makes.
            let processed = ["处理", "回收", "拆解", "收集", "利用", "消纳"]
                .iter()
                .any(|w| before.contains(w));
            let context = !processed && made[k];
            // A的P (its product), not A的P供应商 (what it buys), nor A的P主要来自B
            // (what B supplies it).
            let next = v.s[p.b1..].trim_start_matches(['主', '要', '均', '全', '部', '则']);
            // (A word or two may qualify the supplier: B的动力电池定点供应商.)
            let head: String = v.s[p.b1..].chars().take(7).collect();
            let bought = ["采购", "需求"].iter().any(|w| v.s[p.b1..].starts_with(w))
                || ["供应商", "供货商"].iter().any(|w| {
                    head.find(w)
                        .is_some_and(|at| !head[..at].contains(|c: char| !crate::read::is_cjk(c)))
                })
                || ["来自", "采购自", "外购", "由"]
                    .iter()
                    .any(|w| next.starts_with(w));
            let owner = k
                .checked_sub(1)
                .map(|j| v.ms[j])
                // (Also with no 的 after a back-reference, 公司钠离子电池名义产能8GWh; a
                // name right before a product may be a deal's party or a job's employer.)
                .filter(|m| {
                    m.kind == EntityType::Company
                        && match v.gap(m.b1, p.b0) {
                            "的" => true,
                            "" => self.is_company_anaphor(&v.s[m.b0..m.b1]),
                            _ => false,
                        }
                })
                .filter(|_| !bought)
                // (A product that only qualifies the next, 磷酸铁锂 of 磷酸铁锂刀片电池, is
                // the next one's kind, not a product of its own.)
                .filter(|_| !v.qualifies_next(k));
            if let Some(o) = owner {
                self.push(o.e, p.e, Relation::Produces);
                continue;
            }
            if !context {
                continue;
            }
            let c0 = v.clause_start(p.b0);
            let maker =
                v.ms.iter()
                    .rev()
                    .find(|m| m.b1 <= p.b0 && m.b0 >= c0 && m.kind == EntityType::Company)
                    .filter(|m| {
                        !["向", "为", "给"]
                            .iter()
                            .any(|w| v.gap(c0, m.b0).ends_with(w))
                    })
                    .map(|m| m.e);
            // The topic does not make what a rule is about (对锂云母开采实行总量控制),
            // nor what its goods go to (装车南下，进入负极材料工厂的生产线).
            let about = [
                "对", "对于", "关于", "进入", "运往", "发往", "销往", "送往", "供给",
            ]
            .iter()
            .any(|w| before.ends_with(w));
            // 该公司0.5GWh全固态电池中试线: a back-reference in the clause names the maker.
            let maker = maker.or_else(|| {
                self.anaphor(c0, p.b0)
                    .filter(|&e| self.kind(e) == EntityType::Company)
            });
            let maker = maker.or_else(|| {
                // A place after 在/于 is where, not who (目前在宜春已形成硅碳负极产能), unless
                // it names a site (在晋中的硬碳产线上); the partners a clause refers back to
                // (三方将在…建设) are more than one maker.
                let any_holder = about
                    || ["双方", "三方", "各方", "多方"]
                        .iter()
                        .any(|w| v.s[c0..p.b0].contains(w))
                    || v.ms.iter().any(|m| {
                        m.b1 <= p.b0
                            && m.b0 >= c0
                            && actors().contains(&m.kind)
                            && !(matches!(m.kind, EntityType::Region | EntityType::Park)
                                && v.gap(c0, m.b0).ends_with(['在', '于'])
                                && !v.s[m.b1..].starts_with('的'))
                    });
                if any_holder {
                    None
                } else {
                    // The company the sentence is about, else the one before it.
                    (c0 > 0)
                        .then(|| *subject.get_or_init(|| sentence_subject(v, self.lex)))
                        .flatten()
                        .filter(|&e| self.kind(e) == EntityType::Company)
                        .or(self.topic.filter(|&e| self.kind(e) == EntityType::Company))
                }
            });
            if let Some(m) = maker {
                self.push(m, p.e, Relation::Produces);
            }
        }
    }

    /// Products after byte `t` in its clause (every member of a list).
    fn products_after(&self, t: usize) -> Vec<usize> {
        let v = self.view;
        let end = v.clause_end(t);
        // What a product is for is not made with it: 开发适用于半固态电池的隔膜 makes
        // 隔膜.
        let application = |m: &M| {
            ["用于", "适用于", "应用于", "面向"]
                .iter()
                .any(|w| v.s[t..m.b0].ends_with(w))
                && v.s[m.b1..].starts_with('的')
                && v.ms
                    .iter()
                    .any(|n| n.b0 > m.b1 && n.b1 <= end && n.kind == EntityType::Product)
        };
        // Nor is a trade the product names its goods where they go to it (回到正极材料
        // 企业手中, 全部供应省内正极材料企业); a company said to be one makes it.
        let trade = |m: &M| {
            starts_with_any(&v.s[m.b1..], &self.lex.words.trade)
                && [
                    "供应", "供给", "回到", "进入", "销往", "卖给", "运往", "发往",
                ]
                .iter()
                .any(|w| v.s[t..m.b0].contains(w))
        };
        // Nor what a line or a product needs (钠离子电池产线所需湿法隔膜).
        let needed = |m: &M| ["所需", "所用"].iter().any(|w| v.s[t..m.b0].contains(w));
        v.ms.iter()
            .filter(|m| m.b0 >= t && m.b1 <= end && m.kind == EntityType::Product)
            .filter(|m| !application(m) && !trade(m) && !needed(m))
            .map(|m| m.e)
            .collect()
    }

    /// The company before byte `before` (or the sentence's company) supplies the
    /// companies of the mentions `buyers`.
    /// The agent of a passive in a clause before `c0` that goes on into it: 由A建造的X，
    /// 正式交付B (a relative clause), 由A研制，并为B配套 (a predicate the clause at `c0`
    /// continues). A mention index.
    fn passive_agent_before(&self, c0: usize) -> Option<usize> {
        let v = self.view;
        let goes_on = ["并", "并且", "还", "同时", "也"]
            .iter()
            .any(|w| v.s[c0..].trim_start().starts_with(w));
        (0..v.ms.len()).rev().find(|&k| {
            let m = v.ms[k];
            m.kind == EntityType::Company
                && m.b1 <= c0
                && v.s[..m.b0].ends_with('由')
                && (RELATIVE_PASSIVE.is_match(after_note(&v.s[m.b1..]))
                    || goes_on && v.clause_end(m.b1) + 3 >= c0 && v.clause_end(m.b1) <= c0)
        })
    }

    fn sold_to(&mut self, before: usize, buyers: &[usize]) -> Vec<usize> {
        let v = self.view;
        let mut seller =
            self.subject_before(before, &[EntityType::Company], &self.lex.words.joiners);
        // The agent of a passive (由A为B配套…) is the seller too.
        if seller.is_empty() {
            let c0 = v.clause_start(before);
            seller.extend((0..v.ms.len()).rev().find(|&k| {
                let m = v.ms[k];
                m.kind == EntityType::Company
                    && m.b0 >= c0
                    && m.b1 <= before
                    && v.gap(c0, m.b0).ends_with('由')
            }));
        }
        if seller.is_empty() {
            seller.extend(self.passive_agent_before(v.clause_start(before)));
        }
        let seller = self.or_topic_company(&seller);
        self.push_pairs(&seller, &self.es(buyers), Relation::Supplies);
        seller
    }

    /// A向B供应/供货/配套, A为B配套, A成为B的供应商, B是A的客户, B采购A的….
    fn supplies(&mut self, t0: usize, t1: usize, trig: &Trigger) {
        let v = self.view;
        let companies = [EntityType::Company];
        let c0 = v.clause_start(t0);
        let in_clause: Vec<usize> = (0..v.ms.len())
            .filter(|&k| {
                v.ms[k].b0 >= c0 && v.ms[k].b1 <= t0 && v.ms[k].kind == EntityType::Company
            })
            .collect();
        // P采购自A is P来自A where no buyer stands before it in the clause.
        let (word, t1) = match trig.word.as_str() {
            "采购" if in_clause.is_empty() && v.s[t1..].starts_with('自') => {
                ("来自", t1 + '自'.len_utf8())
            }
            w => (w, t1),
        };
        match word {
            "采购" => {
                // B采购A的P / B向A采购 / B采购自R的A.
                let buyer = self.subject_before(t0, &companies, &self.lex.words.joiners);
                let mut seller = self.object_after(t1, &companies, 4, false);
                if seller.is_empty() && v.s[t1..].starts_with('自') {
                    seller = self.company_after_place(t1 + '自'.len_utf8(), 0);
                }
                for &b in &self.es(&buyer) {
                    for &a in &self.es(&seller) {
                        self.push(a, b, Relation::Supplies);
                    }
                }
                // B与A签署采购协议，向其采购P: 其 is the company named before the clause
                // other than the buyer, which the sentence opened on.
                if in_clause.is_empty()
                    && ["向其", "从其"].iter().any(|p| v.gap(c0, t0).ends_with(p))
                    && let Some(b) =
                        v.ms.iter()
                            .find(|m| m.kind == EntityType::Company && m.b1 <= c0)
                            .map(|m| m.e)
                    && let Some(a) =
                        v.ms.iter()
                            .rev()
                            .find(|m| m.kind == EntityType::Company && m.b1 <= c0 && m.e != b)
                            .map(|m| m.e)
                {
                    self.push(a, b, Relation::Supplies);
                }
                if let Some(&k) = in_clause.last()
                    && ["向", "从"]
                        .iter()
                        .any(|p| v.gap(c0, v.ms[k].b0).ends_with(p))
                {
                    // 不足部分向B采购: the buyer is the company the sentence is about;
                    // 由A向B采购: A, which a 由 kept from being the subject.
                    let agent = in_clause
                        .iter()
                        .rev()
                        .nth(1)
                        .filter(|&&j| {
                            matches!(v.gap(v.ms[j].b1, v.ms[k].b0), "向" | "从")
                                && v.gap(c0, v.ms[j].b0).ends_with('由')
                        })
                        .map(|&j| v.ms[j].e);
                    let buyer = match agent {
                        Some(a) => vec![a],
                        None => self.or_topic_company(&buyer),
                    };
                    for b in buyer {
                        if b != v.ms[k].e {
                            self.push(v.ms[k].e, b, Relation::Supplies);
                        }
                    }
                }
            }
            "来自" => {
                // P(则)来自A: A supplies the company that gets P (named before it in the
                // clause, or the sentence's company). 来自全国的企业 names no supplier. A
                // place chain may stand before A (采购自浙江省衢州市的A).
                let mut sellers = self.object_after(t1, &companies, 0, false);
                if sellers.is_empty() {
                    sellers = self.company_after_place(t1, 0);
                }
                let product_before =
                    v.ms.iter()
                        .any(|m| m.kind == EntityType::Product && m.b0 >= c0 && m.b1 <= t0);
                if !sellers.is_empty() && product_before {
                    let buyer: Vec<usize> = in_clause.last().copied().into_iter().collect();
                    let buyer = self.or_topic_company(&buyer);
                    self.push_pairs(&self.es(&sellers), &buyer, Relation::Supplies);
                    // And they make it (B的正极材料主要来自A).
                    let products = self.products_in(c0, t0);
                    self.push_pairs(&self.es(&sellers), &products, Relation::Produces);
                }
            }
            "供应链" | "供应体系" | "供应商体系" | "采购体系" => {
                // A(的产品)进入B、C的供应链: A supplies them. Other mentions of a
                // supply chain (沿着供应链传导) state no tie.
                // Also B供应链 and B、C等头部电池企业供应链.
                if let Some(&k) = in_clause.last()
                    && let gap = v.gap(v.ms[k].b1, t0)
                    && (matches!(gap, "" | "的")
                        || gap.starts_with('等')
                            && gap.chars().count() <= 10
                            && gap.chars().all(crate::read::is_cjk))
                {
                    let buyers = self.group(k, &companies, &self.lex.words.tight_joiners);
                    let first = v.ms[buyers[0]].b0;
                    let intro = v.gap(c0, first);
                    if ["进入", "打入", "切入", "纳入", "跻身"]
                        .iter()
                        .any(|p| intro.trim_end_matches('了').ends_with(p))
                    {
                        let _ = self.sold_to(first.saturating_sub(6), &buyers);
                    }
                }
            }
            "客户" => {
                // B是A的主要客户 (A supplies B, the 供应商 wording turned round); A的客户
                // 包括B、C. Customers of no one named (为客户提供…) tie no one.
                // A clause that opens on 客户包括 (…，客户包括B、C) lists the customers of
                // the sentence's company.
                let listed = |this: &Self| {
                    let rest = v.s[t1..].trim_start_matches(['还', '也', '则']);
                    let rest = rest.strip_prefix("主要").unwrap_or(rest);
                    if ["包括", "有", "涵盖"].iter().any(|p| rest.starts_with(p)) {
                        this.es(&this.object_after(t1, &companies, 6, false))
                    } else {
                        Vec::new()
                    }
                };
                // 动力类产品主要客户包括B: a line of the company's products may open it.
                let opening = v
                    .gap(c0, t0)
                    .trim_end_matches("主要")
                    .trim_end_matches('的');
                let whose = self.whose(&in_clause, t0).or_else(|| {
                    (in_clause.is_empty()
                        && (matches!(opening, "" | "其") || products_phrase(opening)))
                    .then(|| (self.or_topic_company(&[]), Vec::new()))
                });
                if let Some((sellers, mut buyers)) = whose {
                    if buyers.is_empty() {
                        buyers = listed(self);
                    }
                    if buyers.is_empty() && self.opens_on_copula(c0, &in_clause) {
                        buyers = self.or_topic_company(&[]);
                    }
                    self.push_pairs(&sellers, &buyers, Relation::Supplies);
                }
            }
            "供应商" => {
                // A是国内人造石墨负极材料的主要供应商之一: no buyer, and A makes what it
                // supplies (A before its copula, or the sentence's company).
                let (seller, head) = match in_clause.last() {
                    Some(&k) => (vec![v.ms[k].e], v.gap(v.ms[k].b1, t0)),
                    None => (self.or_topic_company(&[]), v.gap(c0, t0)),
                };
                let products = self.products_in(t0 - head.len(), t0);
                if ["是", "为", "系", "作为"]
                    .iter()
                    .any(|w| head.starts_with(w))
                    && !products.is_empty()
                    && !v.ms.iter().any(|m| {
                        m.kind == EntityType::Company && m.b0 >= t0 - head.len() && m.b1 <= t0
                    })
                {
                    self.push_pairs(&seller, &products, Relation::Produces);
                }
                // A成为B的供应商 / A是B的供应商 / A是B最大的碳酸锂供应商; A主营…，是B的
                // 供应商 (the sentence's company).
                if let Some((buyers, mut sellers)) = self.whose(&in_clause, t0) {
                    // A的动力电池供应商是B: B supplies A, and makes what it supplies.
                    let named_after = ["是", "为", "系", "主要是", "均为", "主要为"]
                        .iter()
                        .any(|w| v.s[t1..].starts_with(w));
                    if sellers.is_empty() && named_after {
                        let after = self.es(&self.object_after(t1, &companies, 4, false));
                        let owner_end = in_clause.last().map_or(t0, |&k| v.ms[k].b1);
                        let products = self.products_in(owner_end, t0);
                        self.push_pairs(&after, &products, Relation::Produces);
                        sellers = after;
                    }
                    if sellers.is_empty() && self.opens_on_copula(c0, &in_clause) {
                        sellers = self.or_topic_company(&[]);
                    }
                    // A是B磷酸铁锂的第一大供应商: A makes what it supplies B.
                    if let Some(&k) = in_clause.last() {
                        let products = self.products_in(v.ms[k].b1, t0);
                        self.push_pairs(&sellers, &products, Relation::Produces);
                    }
                    self.push_pairs(&sellers, &buyers, Relation::Supplies);
                } else if in_clause.is_empty() && self.names_own_suppliers(c0, t0, t1) {
                    // …，第一大供应商为B / 其主要供应商包括B、C: the suppliers of the
                    // company the sentence is about.
                    // (A place and a trade may stand before the first: 为澳大利亚矿商B.)
                    let sellers = self.es(&self.object_after(t1, &companies, 10, false));
                    let buyers = self.or_topic_company(&[]);
                    self.push_pairs(&sellers, &buyers, Relation::Supplies);
                }
            }
            _ => {
                // A向/为/给B供货; A供应B.
                let mut done = false;
                if let Some(&k) = in_clause.last() {
                    // The buyers may be a list (为长安汽车和赛力斯配套): the preposition
                    // stands before its first member.
                    let buyers = self.group(k, &companies, &self.lex.words.joiners);
                    let intro = v.gap(c0, v.ms[buyers[0]].b0);
                    // A list closed by 等 and the buyers' trade may stand before the
                    // verb (向B等储能系统集成商实现批量供货).
                    let gap = v.gap(v.ms[k].b1, t0);
                    // So may what the buyer gets it for, with a count (为B首批2000台换电
                    // 重卡配套).
                    let near = gap.chars().count() <= 8
                        || (gap.starts_with('等') || gap.starts_with("首批"))
                            && gap.chars().count() <= 16
                            && gap
                                .chars()
                                .all(|c| crate::read::is_cjk(c) || c.is_ascii_digit());
                    if ["向", "为", "给"].iter().any(|p| intro.ends_with(p)) && near {
                        let sellers = self.sold_to(v.ms[buyers[0]].b0.saturating_sub(3), &buyers);
                        // And makes what it supplies them (A向B供应P): not the plant
                        // for a product (配套了整套吸附提锂装置), and each its own where
                        // several supply 分别.
                        let products: Vec<usize> = (0..v.ms.len())
                            .filter(|&k| {
                                let m = v.ms[k];
                                m.kind == EntityType::Product
                                    && m.b0 >= t1
                                    && m.b1 <= v.clause_end(t1)
                                    && !["装置", "设备"].iter().any(|w| v.s[m.b1..].starts_with(w))
                            })
                            .map(|k| v.ms[k].e)
                            .collect();
                        if !v.gap(c0, t0).contains("分别") {
                            self.push_pairs(&sellers, &products, Relation::Produces);
                        } else if sellers.len() == products.len() {
                            for (&a, &p) in sellers.iter().zip(&products) {
                                self.push(a, p, Relation::Produces);
                            }
                        }
                        done = true;
                    }
                }
                // 销售 ties only after 向B (A向B销售P): on its own it is a trade's
                // figure (销售收入) or a seller of someone else's goods.
                if !done && trig.word == "销售" {
                    return;
                }
                if !done && trig.word == "交付" {
                    // Delivering a product (累计交付半固态电芯) is making it.
                    let seller = self.subject_before(t0, &companies, &self.lex.words.joiners);
                    let products = self.products_after(t1);
                    self.push_pairs(&self.es(&seller), &products, Relation::Produces);
                }
                // X所需P主要由A供应: A supplies X.
                if !done && let Some(pos) = v.gap(c0, t0).rfind('由') {
                    let after_you = c0 + pos + '由'.len_utf8();
                    let sellers: Vec<usize> = in_clause
                        .iter()
                        .copied()
                        .filter(|&k| v.ms[k].b0 >= after_you)
                        .collect();
                    let buyers: Vec<usize> = in_clause
                        .iter()
                        .copied()
                        .filter(|&k| v.ms[k].b1 + '由'.len_utf8() <= after_you)
                        .take(1)
                        .collect();
                    // 公司所需的P由A供应: the buyer is the company the sentence is about.
                    let buyers = self.or_topic_company(&buyers);
                    // The sellers may be a list (由宁德时代和中创新航供应).
                    if let (Some(&a), Some(&b)) = (sellers.last(), buyers.first()) {
                        for k in self.group(a, &companies, &self.lex.words.joiners) {
                            if v.ms[k].b0 >= after_you {
                                self.push(v.ms[k].e, b, Relation::Supplies);
                            }
                        }
                    }
                    // …向B供应P1，B所需的P2也由其配套: 其 is the seller this sentence
                    // has named, and it makes what it supplies.
                    if sellers.is_empty() && v.gap(c0, t0).ends_with("由其") {
                        let sentence = self.sentence;
                        if let Some(c) = self.out.relations.iter().rev().find(|c| {
                            c.relation == Relation::Supplies && c.sentence == Some(sentence)
                        }) {
                            let (a, b) = (c.head, c.tail);
                            let made = self.products_in(c0, t0);
                            self.push(a, b, Relation::Supplies);
                            self.push_pairs(&[a], &made, Relation::Produces);
                        }
                    }
                    // And they make what they supply (电芯改由A供货); the maker is the
                    // last named (由X控股子公司A供应, 由X的合作伙伴A供应).
                    if let (Some(&first), Some(&a)) = (sellers.first(), sellers.last()) {
                        let made = self.made_before_by(first);
                        for k in self.group(a, &companies, &self.lex.words.joiners) {
                            for &p in &made {
                                self.push(v.ms[k].e, p, Relation::Produces);
                            }
                        }
                    }
                    done = true;
                }
                // …与B签订供货协议，将向其供应P: 其 is the company named before, the
                // seller the sentence's.
                if !done
                    && let Some(p) = ["向其", "为其", "给其"]
                        .iter()
                        .find_map(|p| v.gap(c0, t0).rfind(p))
                {
                    let seller = self.subject_before(c0 + p, &companies, &self.lex.words.joiners);
                    let seller = self.or_topic_company(&seller);
                    if let Some(b) = v
                        .ms
                        .iter()
                        .rev()
                        .find(|m| {
                            m.b1 <= c0 && m.kind == EntityType::Company && !seller.contains(&m.e)
                        })
                        .map(|m| m.e)
                    {
                        self.push_pairs(&seller, &[b], Relation::Supplies);
                        // …，为其半固态电池配套高镍三元正极材料: the seller makes it.
                        self.push_pairs(&seller, &self.products_after(t1), Relation::Produces);
                    }
                    done = true;
                }
                if !done {
                    let mut seller = self.subject_before(t0, &companies, &self.lex.words.joiners);
                    // 由A建造的两艘船，正式交付B: the agent delivers.
                    if seller.is_empty() && c0 > 0 {
                        seller.extend(self.passive_agent_before(c0));
                    }
                    // A product the clause is about (相关电芯已批量配套A、B) is sold by
                    // the company the text has shown making it, if any; not by the topic,
                    // unless the product is its (其电池).
                    let product = (0..v.ms.len()).rev().find(|&k| {
                        v.ms[k].b0 >= c0 && v.ms[k].b1 <= t0 && v.ms[k].kind == EntityType::Product
                    });
                    // 其电池已批量配套A: its product, the company the sentences before
                    // were about (this one's first company may be the buyer).
                    let lead = v.gap(c0, t0).trim_start();
                    let its = lead.starts_with('其')
                        && !["其中", "其他", "其余", "其次", "其实"]
                            .iter()
                            .any(|w| lead.starts_with(w));
                    let before = self
                        .topic_before
                        .filter(|&e| self.kind(e) == EntityType::Company);
                    let seller = match product {
                        _ if seller.is_empty() && its => before.into_iter().collect(),
                        // 储能类产品已批量供货B: the products of the company the text is
                        // about, whatever the clause before named.
                        None if in_clause.is_empty() && products_phrase(lead) => {
                            self.or_topic_company(&[])
                        }
                        Some(p) if seller.is_empty() => self
                            .out
                            .relations
                            .iter()
                            .rev()
                            .find(|c| c.relation == Relation::Produces && c.tail == v.ms[p].e)
                            .map(|c| c.head)
                            .into_iter()
                            .collect::<Vec<_>>()
                            // A的硫酸镍主要供应B，碳酸锂则销往C: a clause that opens on
                            // the product goes on with the sentence's seller.
                            .into_iter()
                            .chain(
                                (v.ms[p].b0 == c0 + lead_len(v.gap(c0, t0)) && c0 > 0)
                                    .then(|| {
                                        self.topic.filter(|&e| self.kind(e) == EntityType::Company)
                                    })
                                    .flatten(),
                            )
                            .take(1)
                            .collect(),
                        _ => self.or_topic_company(&seller),
                    };
                    let mut buyer = self.object_after(t1, &companies, 3, false);
                    if buyer.is_empty() {
                        buyer = self.company_after_place(t1, 3);
                    }
                    // 供应三元前驱体企业B, 供应给动力电池企业B: the buyer's trade may
                    // stand before it.
                    if buyer.is_empty()
                        && let Some(k) = (0..v.ms.len()).find(|&k| {
                            v.ms[k].b0 >= t1
                                && v.ms[k].b1 <= v.clause_end(t1)
                                && v.ms[k].kind == EntityType::Company
                        })
                    {
                        let d = v.gap(t1, v.ms[k].b0);
                        let d = d.strip_prefix('给').unwrap_or(d);
                        if !d.is_empty() && self.partner_description(&format!("与{d}")) == d.len()
                        {
                            buyer = self.group(k, &companies, &self.lex.words.joiners);
                        }
                    }
                    // What a named seller supplies it makes: right after the verb where
                    // no buyer is named (A今年供应人造石墨负极5.6万吨), else what the
                    // buyer needs (A独家供应B…所需湿法隔膜).
                    if product.is_none() && !its {
                        // Not a company after a preposition (为B配套P, 向B供应P): the buyer.
                        let named: Vec<usize> = self
                            .subject_before(t0, &companies, &self.lex.words.joiners)
                            .into_iter()
                            .filter(|&k| {
                                let lead = v.gap(c0, v.ms[k].b0);
                                !["为", "向", "给", "对"].iter().any(|p| lead.contains(p))
                            })
                            .collect();
                        let supplied = if buyer.is_empty() {
                            self.products_after(t1)
                                .into_iter()
                                .filter(|&p| {
                                    v.ms.iter().any(|m| {
                                        m.e == p
                                            && m.b0 >= t1
                                            && v.gap(t1, m.b0).chars().count() <= 4
                                    })
                                })
                                .collect()
                        } else if let Some(at) = v.s[t1..v.clause_end(t1)].find("所需") {
                            self.products_after(t1 + at + "所需".len())
                        } else {
                            Vec::new()
                        };
                        self.push_pairs(&self.es(&named), &supplied, Relation::Produces);
                    }
                    self.push_pairs(&seller, &self.es(&buyer), Relation::Supplies);
                }
            }
        }
    }

    /// True when the clause at `c0` opens on a copula before its first mention
    /// (…，是B的供应商): its subject is the sentence's.
    fn opens_on_copula(&self, c0: usize, in_clause: &[usize]) -> bool {
        let v = self.view;
        in_clause.first().is_some_and(|&k| {
            let head = v.gap(c0, v.ms[k].b0);
            ["是", "也是", "还是", "亦是", "为", "系", "成为", "已成为"].contains(&head)
        })
    }

    /// Whether a clause with no company before its 供应商 at `t0`..`t1` names the
    /// suppliers of the one the sentence is about: a short lead of ranks and 其/公司
    /// (第一大, 主要, 前五大) and a copula or 包括 after it.
    fn names_own_suppliers(&self, c0: usize, t0: usize, t1: usize) -> bool {
        let v = self.view;
        let mut lead = v.gap(c0, t0);
        for p in ["其", "该公司", "公司"] {
            lead = lead.strip_prefix(p).unwrap_or(lead);
        }
        let ranked = lead.is_empty()
            || ["第一大", "最大", "主要", "核心", "前五大", "前五名", "重要"].contains(&lead);
        let after = v.s[t1..].trim_start_matches(['主', '要']);
        ranked
            && ["为", "是", "包括", "有", "均为", "系"]
                .iter()
                .any(|w| after.starts_with(w))
    }

    /// X是A的(…)W for a role noun W at `t0` (供应商, 客户): A, the last of the clause's
    /// mentions `in_clause` (with the list it ends) when a 的 stands at most ten
    /// characters before W, and the entities of the mentions before it (X).
    fn whose(&self, in_clause: &[usize], t0: usize) -> Option<(Vec<usize>, Vec<usize>)> {
        let v = self.view;
        let &k = in_clause.last()?;
        let gap = v.gap(v.ms[k].b1, t0);
        if !(gap.contains('的') && gap.chars().count() <= 10) {
            return None;
        }
        // A may be a list (X是A和B的供应商): the rest are X.
        let owners = self.group(k, &[EntityType::Company], &self.lex.words.joiners);
        let first = owners.first().copied().unwrap_or(k);
        let others = in_clause.iter().filter(|&&j| j < first).map(|&j| v.ms[j].e);
        Some((self.es(&owners), others.collect()))
    }

    /// A旗下B, A控股子公司B, B是A的子公司, B隶属于A, A控股B.
    /// Whether `word` is a back-reference to a company (该公司, 公司).
    /// True when the entity is called a group, in full or for short (擎川集团).
    fn called_group(&self, e: usize) -> bool {
        self.res.entities[e].forms().any(|f| f.contains("集团"))
    }

    /// The company called a group that the text names most.
    fn most_named_group(&self) -> Option<usize> {
        (0..self.res.entities.len())
            .filter(|&e| self.kind(e) == EntityType::Company && self.called_group(e))
            .max_by_key(|&e| (self.res.entities[e].mentions, std::cmp::Reverse(e)))
    }

    fn is_company_anaphor(&self, word: &str) -> bool {
        company_anaphors(self.lex).any(|w| w == word)
    }

    /// True when the text from byte `a_end` (the end of an owner's name) to `t0` (a
    /// subsidiary word), without the places named in it, says when and where the
    /// owner founded it: A今年3月在淮阴区注册成立的全资(子公司), A（以下简称“A'”）
    /// 在江门设立的.
    fn founded_then(&self, a_end: usize, t0: usize) -> bool {
        let v = self.view;
        let mut rest = String::new();
        let mut at = a_end;
        for m in v.ms.iter().filter(|m| {
            m.b0 >= a_end && m.b1 <= t0 && matches!(m.kind, EntityType::Region | EntityType::Park)
        }) {
            rest.push_str(&v.s[at..m.b0]);
            at = m.b1;
        }
        rest.push_str(&v.s[at..t0]);
        // (Past the note of A's short name: （以下简称“A'”）.)
        let rest = match rest.strip_prefix(['（', '(']) {
            Some(r) => r.find(['）', ')']).map_or(r, |c| {
                &r[c + r[c..].chars().next().map_or(1, char::len_utf8)..]
            }),
            None => rest.as_str(),
        };
        FOUNDED_THEN.is_match(rest)
    }

    fn subsidiary(&mut self, t0: usize, t1: usize, trig: &Trigger) {
        let v = self.view;
        let companies = [EntityType::Company];
        let c0 = v.clause_start(t0);
        let before: Vec<usize> = (0..v.ms.len())
            .filter(|&k| {
                v.ms[k].b0 >= c0 && v.ms[k].b1 <= t0 && v.ms[k].kind == EntityType::Company
            })
            .collect();
        let after = self.object_after(t1, &companies, 6, false);
        let word = trig.word.as_str();
        // A下设B、C: each a unit of A.
        if word == "下设" {
            if let Some(&a) = before.last() {
                for &b in &after {
                    self.push(v.ms[b].e, v.ms[a].e, Relation::SubsidiaryOf);
                }
            }
            return;
        }
        // B的母公司(为)A; A是B的母公司.
        if word == "母公司" {
            match (&before[..], after.first()) {
                ([.., b], Some(&a)) if v.gap(v.ms[*b].b1, t0) == "的" => {
                    self.push(v.ms[*b].e, v.ms[a].e, Relation::SubsidiaryOf);
                }
                ([.., a, b], None)
                    if ["是", "为", "系"].contains(&v.gap(v.ms[*a].b1, v.ms[*b].b0))
                        && v.gap(v.ms[*b].b1, t0) == "的" =>
                {
                    self.push(v.ms[*b].e, v.ms[*a].e, Relation::SubsidiaryOf);
                }
                _ => {}
            }
            return;
        }
        if word == "隶属" {
            // B隶属于A.
            if let (Some(&b), Some(&a)) = (before.last(), after.first()) {
                self.push(v.ms[b].e, v.ms[a].e, Relation::SubsidiaryOf);
            }
            return;
        }
        // 控股股东 names the owner, not the owned: A的控股股东是B, B为A的控股股东.
        if v.s[t1..].starts_with("股东") {
            let owner_after = v.gap(t1, v.clause_end(t1)).trim_start_matches("股东");
            // The owned: named before in the clause (A的控股股东是B), or, when the
            // clause opens on the word (…，控股股东为B), the sentence's company.
            let owned = match before.last() {
                Some(&a) => ["是", "为", "系", ""]
                    .contains(&v.gap(v.ms[a].b1, t0).trim_end_matches('的'))
                    .then_some(v.ms[a].e),
                None => v
                    .gap(c0, t0)
                    .is_empty()
                    .then(|| self.or_topic_company(&[]).first().copied())
                    .flatten(),
            };
            // B，该公司为其控股股东: the back-reference is the last company named
            // before the clause (B), 其 the company the sentence is about.
            let lead = v.gap(c0, t0);
            let back_owner = lead
                .strip_suffix('其')
                .and_then(|l| l.strip_suffix(['为', '是', '系']))
                .is_some_and(|l| self.is_company_anaphor(l))
                .then(|| {
                    v.ms.iter()
                        .rev()
                        .find(|m| m.b1 <= c0 && m.kind == EntityType::Company)
                        .map(|m| m.e)
                })
                .flatten();
            // 控股股东B (the name right after the word): the owner of the company the
            // clause names, else of the document's own, else of the sentence's.
            let appositive = after
                .first()
                .filter(|&&b| v.ms[b].b0 == t1 + "股东".len())
                .map(|&b| v.ms[b].e);
            if let Some(a) = owned
                && let Some(&b) = after.first()
                && owner_after.starts_with(['是', '为', '系'])
            {
                self.push(a, v.ms[b].e, Relation::SubsidiaryOf);
            } else if let Some(b) = appositive
                && let Some(a) = owned
                    .or(self.issuer)
                    .or_else(|| self.or_topic_company(&[]).first().copied())
            {
                self.push(a, b, Relation::SubsidiaryOf);
            } else if let Some(b) = back_owner
                && let Some(a) = self
                    .topic
                    .filter(|&t| t != b && self.kind(t) == EntityType::Company)
            {
                self.push(a, b, Relation::SubsidiaryOf);
            } else if before.len() >= 2 && after.is_empty() {
                let (b, a) = (before[before.len() - 2], before[before.len() - 1]);
                let mid = v.gap(v.ms[b].b1, v.ms[a].b0);
                if ["是", "为", "系"].contains(&mid) && v.gap(v.ms[a].b1, t0) == "的" {
                    self.push(v.ms[a].e, v.ms[b].e, Relation::SubsidiaryOf);
                }
            }
            return;
        }
        // B是A的(全资|控股)?子公司; B（A全资子公司）; B由A(全资)?控股, B——由A控股.
        // (A's short name noted after it is A again: B是A（以下简称“A'”）…的全资子公司.)
        // (Of a run naming one company, the last mention counts: 招标人 | B（A…).)
        let mut before = before;
        before.reverse();
        before.dedup_by(|earlier, later| v.ms[*earlier].e == v.ms[*later].e);
        before.reverse();
        if before.len() >= 2 {
            let a = before[before.len() - 1];
            let b = before[before.len() - 2];
            let mid = v.gap(v.ms[b].b1, v.ms[a].b0);
            let a_end = v.ms[a].b1;
            let tail = v.gap(a_end, t0);
            // (When and where A founded it may stand between: B是A今年3月在淮阴区
            // 注册成立的全资子公司.)
            let tail = if self.founded_then(a_end, t0) {
                "的"
            } else {
                tail
            };
            let noted = matches!(mid, "（" | "(")
                && v.s[t1..].starts_with(['）', ')'])
                && word.ends_with("子公司");
            // (A list's dash may stand before 由: B——由A控股，….)
            let held_by = mid.trim_start_matches(['—', '-']) == "由"
                && word == "控股"
                && matches!(tail, "" | "全资" | "绝对")
                && after.is_empty();
            if (noted && matches!(tail, "" | "的")) || held_by {
                self.push(v.ms[b].e, v.ms[a].e, Relation::SubsidiaryOf);
                return;
            }
            if (mid.ends_with('是') || mid.ends_with("系") || mid.ends_with("为"))
                && mid.chars().count() <= 4
                && (tail == "的"
                    || tail == "的全资"
                    || tail == "的控股"
                    || tail.is_empty()
                    || word == "控股" && matches!(tail, "全资" | "绝对"))
                && after.iter().all(|&k| v.clause(v.ms[k].b0) != v.clause(t1))
            {
                self.push(v.ms[b].e, v.ms[a].e, Relation::SubsidiaryOf);
                return;
            }
        }
        // A成立于2023年，…，是B的全资子公司: a clause that opens on the copula goes on
        // about the sentence's subject.
        // (When and where B founded it may stand between: 是B在江门设立的全资子公司.)
        if let [a] = before[..]
            && after.is_empty()
            && word.ends_with("子公司")
            && matches!(v.gap(c0, v.ms[a].b0), "是" | "系" | "为" | "也是")
            && (matches!(v.gap(v.ms[a].b1, t0), "" | "的" | "的全资" | "的控股")
                || self.founded_then(v.ms[a].b1, t0))
            && let Some(b) = self
                .topic
                .filter(|&t| t != v.ms[a].e && self.kind(t) == EntityType::Company)
        {
            self.push(b, v.ms[a].e, Relation::SubsidiaryOf);
            return;
        }
        // 其控股子公司B, 该公司全资子公司B, 公司旗下B: the owner is the company the
        // back-reference stands for, the last one named before it.
        // The back-reference may act through the subsidiary (公司另通过全资子公司B…).
        let mut lead = v.gap(c0, t0).trim_end_matches('的');
        // (…由该公司控股的B: what stands before 由 is not the owner.)
        let mut by = false;
        if before.is_empty()
            && let Some(p) = lead.rfind('由')
        {
            lead = &lead[p + '由'.len_utf8()..];
            by = true;
        }
        while let Some(l) = ["通过", "另", "还", "则", "并", "也", "亦"]
            .iter()
            .find_map(|w| lead.strip_suffix(w))
            .filter(|l| !l.is_empty())
        {
            lead = l;
        }
        // (The back-reference may be a verb's object: 定向供应给集团旗下的B.)
        let lead = company_anaphors(self.lex)
            .find(|w| {
                lead.strip_suffix(*w).is_some_and(|l| {
                    l.ends_with([
                        '给', '向', '与', '和', '是', '为', '对', '将', '把', '从', '及',
                    ])
                })
            })
            .unwrap_or(lead);
        if before.is_empty()
            && (lead == "其" || self.is_company_anaphor(lead))
            && let Some(&b) = after.first()
            // (由公司全资子公司B生产, in a company's own announcement: that company.)
            && let Some(a) = self.issuer.filter(|_| by && lead == "公司").or_else(|| {
                // (集团旗下的B: the group, not a subsidiary named since.)
                if lead.ends_with("集团") {
                    return self
                        .just_named(c0, &companies)
                        .filter(|&e| self.called_group(e))
                        .or_else(|| self.most_named_group());
                }
                // (…全资子公司A…。公司控股子公司B: B is A's sister, not A's.)
                let last = self.just_named(c0, &companies)?;
                Some(
                    self.group_for_bare_gongsi(lead, last)
                        .filter(|&d| d != v.ms[b].e)
                        .unwrap_or(last),
                )
            })
        {
            self.push(v.ms[b].e, a, Relation::SubsidiaryOf);
            return;
        }
        // X基地由全资子公司B运营: a subsidiary of no one named is the document's own,
        // else the sentence's company's.
        if before.is_empty()
            && by
            && lead.is_empty()
            && let Some(&b) = after.first()
            && let Some(a) = self
                .issuer
                .or_else(|| self.or_topic_company(&[]).first().copied())
        {
            self.push(v.ms[b].e, a, Relation::SubsidiaryOf);
            return;
        }
        // 公司在当地设立的全资子公司B: A founded B, and owns it.
        if let Some(&a) = before.last()
            && ends_with_any(
                v.gap(v.ms[a].b1, t0).trim_end_matches('的'),
                &self.lex.words.founding,
            )
            && let Some(&b) = after.first()
        {
            self.push(v.ms[b].e, v.ms[a].e, Relation::SubsidiaryOf);
            return;
        }
        // A所用原料来自其全资子公司B, A及其控股子公司B: 其 is A, the last company
        // before it in the clause.
        if let Some(&a) = before.last()
            && v.gap(v.ms[a].b1, t0).ends_with('其')
            && !v.gap(v.ms[a].b1, t0).ends_with("尤其")
            && let Some(&b) = after.first()
        {
            self.push(v.ms[b].e, v.ms[a].e, Relation::SubsidiaryOf);
            return;
        }
        // 公司拟…设立全资子公司B: the sentence's company founds and owns B.
        if before.is_empty()
            && ends_with_any(v.gap(c0, t0), &self.lex.words.founding)
            && let Some(&b) = after.first()
            && let Some(a) = self.founder_by_reference(c0, t0, &[v.ms[b].e]).or_else(|| {
                self.or_topic_company(&[])
                    .first()
                    .copied()
                    .filter(|&a| a != v.ms[b].e)
            })
        {
            self.push(v.ms[b].e, a, Relation::SubsidiaryOf);
            return;
        }
        // A旗下(的)?B / A(的)?控股子公司B / A控股B.
        if let Some(&a) = before.last() {
            let gap = v.gap(v.ms[a].b1, t0);
            // Only the first name after 旗下: A旗下B、C等企业 lists B's peers too often.
            if gap.chars().count() <= 3
                && !gap.contains('是')
                && let Some(&b) = after.first()
            {
                self.push(v.ms[b].e, v.ms[a].e, Relation::SubsidiaryOf);
            }
            return;
        }
        // 负责…采选的全资子公司B, 作为…的平台，全资子公司B: a subsidiary whose clause
        // names no owner, only its role, is the document's own, else that of the
        // company most sentences so far were about.
        let described = v.gap(c0, t0);
        if !by
            && matches!(word, "全资子公司" | "控股子公司")
            // (Only a role before it, not a name the recognizer missed: 砚石新能位于R的
            // 控股子公司B is 砚石新能's.)
            // (Nor a count: 另一家全资子公司B is one more of the same owner's.)
            && (described.is_empty()
                || ["另一家", "另外一家", "另一", "另"].contains(&described)
                || described.ends_with('的')
                    && ["负责", "作为", "承担", "从事", "主要负责", "主要从事"]
                        .iter()
                        .any(|w| described.starts_with(w)))
            && let Some(&b) = after.first()
            && v.ms[b].b0 == t1
            && let Some(a) = self.issuer.or(self.doc_company).filter(|&a| a != v.ms[b].e)
        {
            self.push(v.ms[b].e, a, Relation::SubsidiaryOf);
        }
    }

    /// A举办/主办/承办E, E由A主办, 本次大会由A主办,B承办.
    fn hosts(&mut self, t0: usize, t1: usize, trig: &Trigger) {
        let v = self.view;
        let hosts_kinds = actors();
        let word = trig.word.as_str();
        let happening = ["召开", "举行", "开幕", "拉开帷幕", "落幕"].contains(&word);
        // A field of the event's page or notice (主办单位：A、B; 承办单位 | C): those
        // it lists host the event named last before. (Near the page's top: a site's
        // footer names who runs the site the same way.)
        if self.sentence < 12
            && v.s[..t0].trim().is_empty()
            && let Some(rest) = ["单位", "方"]
                .iter()
                .find_map(|w| v.s[t1..].strip_prefix(w))
            && let Some(list) = rest.trim_start().strip_prefix(['：', ':', '|', '｜'])
        {
            let from = v.s.len() - list.len();
            let hosts: Vec<usize> = (0..v.ms.len())
                .filter(|&k| v.ms[k].b0 >= from && hosts_kinds.contains(&v.ms[k].kind))
                .map(|k| v.ms[k].e)
                .collect();
            let events: Vec<usize> = self.event.into_iter().collect();
            self.push_pairs(&hosts, &events, Relation::Hosts);
            return;
        }
        let c0 = v.clause_start(t0);
        // E的主办方为A / 主办单位是A、B: those named after the copula host the event
        // named before, else the one the text is about.
        if let Some(rest) = ["方为", "方是", "单位为", "单位是"]
            .iter()
            .find_map(|w| v.s[t1..].strip_prefix(w))
        {
            let from = v.s.len() - rest.len();
            let hosts: Vec<usize> = self
                .object_after(from, hosts_kinds, 0, false)
                .iter()
                .map(|&k| v.ms[k].e)
                .collect();
            let events: Vec<usize> =
                v.ms.iter()
                    .rev()
                    .find(|m| m.kind == EntityType::Event && m.b1 <= t0)
                    .map(|m| m.e)
                    .or(self.event)
                    .into_iter()
                    .collect();
            self.push_pairs(&hosts, &events, Relation::Hosts);
            return;
        }
        // E由A指导，B主办，C协办: a clause with no 由 of its own goes on with the
        // passive an earlier clause opened on the event.
        // (Not where it is held: …，在R召开.)
        if !happening
            && !v.gap(c0, t0).contains('由')
            && let Some(pos) = v.s[..c0].rfind('由')
            && let Some(e) = v
                .ms
                .iter()
                .find(|m| m.kind == EntityType::Event && m.b1 <= pos && v.gap(m.b1, pos).is_empty())
        {
            let hosts: Vec<usize> = (0..v.ms.len())
                .filter(|&k| {
                    v.ms[k].b0 >= c0
                        && v.ms[k].b1 <= t0
                        && hosts_kinds.contains(&v.ms[k].kind)
                        && !matches!(v.ms[k].kind, EntityType::Region | EntityType::Park)
                })
                .map(|k| v.ms[k].e)
                .collect();
            if !hosts.is_empty() {
                self.push_pairs(&hosts, &[e.e], Relation::Hosts);
                return;
            }
        }
        // E由A主办 / E由A、B联合主办.
        if let Some(pos) = v.gap(c0, t0).rfind('由') {
            let after_you = c0 + pos + '由'.len_utf8();
            let hosts: Vec<usize> = (0..v.ms.len())
                .filter(|&k| {
                    v.ms[k].b0 >= after_you
                        && v.ms[k].b1 <= t0
                        && hosts_kinds.contains(&v.ms[k].kind)
                })
                .map(|k| v.ms[k].e)
                .collect();
            let named: Vec<usize> = (0..v.ms.len())
                .filter(|&k| v.ms[k].kind == EntityType::Event && v.ms[k].b1 <= after_you)
                .map(|k| v.ms[k].e)
                .collect();
            let after: Vec<usize> = self
                .object_after(t1, &[EntityType::Event], 30, true)
                .iter()
                .map(|&k| v.ms[k].e)
                .collect();
            let events = match (named.last(), after.first()) {
                (Some(&e), _) => vec![e],
                (None, Some(&e)) => vec![e],
                (None, None) if self.refers_to_event() => self.event.into_iter().collect(),
                _ => Vec::new(),
            };
            self.push_pairs(&hosts, &events, Relation::Hosts);
            return;
        }
        let named: Vec<usize> = self
            .object_after(t1, &[EntityType::Event], 30, true)
            .iter()
            .map(|&k| v.ms[k].e)
            .collect();
        if happening && named.is_empty() {
            return;
        }
        let events = if named.is_empty() && self.refers_to_event() {
            self.event.into_iter().collect()
        } else {
            named
        };
        // 在G主办的E上: a body right before the verb of an attribute hosts the event,
        // though 在 stands before it (a place there is where: 在R举办的E).
        // (A place may stand between the body and the verb: 在G于R举办的E上.)
        let body_end = (0..v.ms.len())
            .rfind(|&j| {
                v.ms[j].b1 == t0 && matches!(v.ms[j].kind, EntityType::Region | EntityType::Park)
            })
            .and_then(|k| {
                let b0 = v.ms[self.region_chain_start(k)].b0;
                ["于", "在"]
                    .iter()
                    .find(|w| v.s[..b0].ends_with(*w))
                    .map(|w| b0 - w.len())
            })
            .unwrap_or(t0);
        if v.s[t1..].starts_with('的')
            && !events.is_empty()
            && let Some(k) = (0..v.ms.len()).rfind(|&k| v.ms[k].b1 == body_end)
            && hosts_kinds.contains(&v.ms[k].kind)
            && !matches!(v.ms[k].kind, EntityType::Region | EntityType::Park)
        {
            let group = self.group(k, hosts_kinds, &self.lex.words.joiners);
            if v.gap(c0, v.ms[group[0]].b0).ends_with(['在', '于']) {
                self.push_pairs(&self.es(&group), &events, Relation::Hosts);
                return;
            }
        }
        let subj = self.subject_before(t0, hosts_kinds, &self.lex.words.joiners);
        // 在R举办的E: R is where, and the verb's subject is not said.
        let place_before = v.ms.iter().any(|m| {
            m.b1 == t0
                && matches!(m.kind, EntityType::Region | EntityType::Park)
                && v.gap(v.clause_start(m.b0), m.b0).ends_with(['在', '于'])
        });
        // A联合B共同举办E: the lead joins its partners in hosting.
        let lead = subj.first().and_then(|&g0| {
            let first = v.ms[g0];
            (v.gap(v.clause_start(first.b0), first.b0).ends_with("联合"))
                .then(|| {
                    v.ms.iter()
                        .rev()
                        .find(|m| m.b1 <= first.b0 && hosts_kinds.contains(&m.kind))
                        .filter(|m| v.gap(m.b1, first.b0) == "联合")
                        .map(|m| m.e)
                })
                .flatten()
        });
        let mut subj = if subj.is_empty() && !happening && !place_before {
            self.topic.into_iter().collect()
        } else {
            self.es(&subj)
        };
        subj.extend(lead);
        self.push_pairs(&subj, &events, Relation::Hosts);
    }

    /// True when the sentence refers back to an event (会上, 现场, 此次, 活动中, 大会).
    fn refers_to_event(&self) -> bool {
        let v = self.view;
        let s = v.s;
        // (A word inside a name, 论坛 of “2025…论坛”, refers to nothing.)
        let inside = |at: usize| v.ms.iter().any(|m| m.b0 <= at && at < m.b1);
        self.lex
            .words
            .event_reference
            .iter()
            .any(|w| s.match_indices(w.as_str()).any(|(at, _)| !inside(at)))
            // So does any event's head word on its own (推介会由…主办, 对接会上).
            || self.lex.find_heads(s).iter().any(|&(h0, h1, hi)| {
                let head = &self.lex.heads[hi];
                head.kind == EntityType::Event
                    && head.strength == Strength::Strong
                    && !v.ms.iter().any(|m| m.b0 < h1 && h0 < m.b1)
            })
    }

    /// Whether `s` opens on a word referring back to an event: 会上, 此次 …
    /// (data/rules `event_reference`) or an event's head word on its own (对接会现场…,
    /// 推介会上), not the start of a name.
    fn opens_on_event_word(&self, s: &str) -> bool {
        if starts_with_any(s, &self.lex.words.event_reference) {
            return true;
        }
        let v = self.view;
        let at = v.s.len() - s.len();
        // (Not the start of a name: 对接会 of a mention begins no reference.)
        if v.ms.iter().any(|m| m.b0 <= at && at < m.b1) {
            return false;
        }
        let head = crate::read::first_chars(s, 6);
        self.lex.find_heads(head).iter().any(|&(h0, _, hi)| {
            let h = &self.lex.heads[hi];
            h0 == 0 && h.kind == EntityType::Event && h.strength == Strength::Strong
        })
    }

    /// The events a sentence is about: a named one in it, else the last one named
    /// before when the sentence refers back (会上, 本次大会).
    fn events_in_or_referred(&self, t1: usize) -> Vec<usize> {
        let v = self.view;
        let after = self.object_after(t1, &[EntityType::Event], 30, true);
        if !after.is_empty() {
            return self.es(&after);
        }
        if let Some(k) = (0..v.ms.len()).find(|&k| v.ms[k].kind == EntityType::Event) {
            return vec![v.ms[k].e];
        }
        if self.refers_to_event() {
            return self.referred_event().into_iter().collect();
        }
        Vec::new()
    }

    /// The event a sentence refers back to: the latest named whose name ends in the
    /// kind of event the sentence names on its own (在论坛上 after an expo and its
    /// forum: the forum), else the event the document is most about.
    fn referred_event(&self) -> Option<usize> {
        let v = self.view;
        let kinds: Vec<&str> = self
            .lex
            .find_heads(v.s)
            .iter()
            .filter(|&&(h0, h1, hi)| {
                self.lex.heads[hi].kind == EntityType::Event
                    && !v.ms.iter().any(|m| m.b0 < h1 && h0 < m.b1)
            })
            .map(|&(h0, h1, _)| &v.s[h0..h1])
            .collect();
        self.events_seen
            .iter()
            .rev()
            .map(|&(e, _)| e)
            .find(|&e| {
                kinds.iter().any(|k| {
                    self.res.entities[e]
                        .name
                        .trim_end_matches(['”', '"'])
                        .ends_with(k)
                })
            })
            .or(self.event)
    }

    /// The event a talk of the kind only events have is at when its sentence names
    /// none: the one named in this sentence's paragraph just before (…论坛举行。X作
    /// 主旨报告), else the event the document is most about.
    fn event_of_talk(&self) -> Option<usize> {
        self.events_seen
            .last()
            .filter(|&&(_, at)| at + 1 == self.sentence)
            .map(|&(e, _)| e)
            .or(self.event)
    }

    /// Nouns for a party that a trigger word may begin (投资机构, 合作伙伴, 供应企业).
    const PARTY_NOUNS: [&'static str; 7] = ["机构", "伙伴", "企业", "公司", "单位", "方", "人"];

    /// A、B等出席/参加/参会 E; 会上/现场 refers back to the last event. The
    /// participants are every organization and person before the verb in the
    /// sentence, back to another predicate (A主办,B承办,C出席 keeps only C).
    fn participates(&mut self, t0: usize, t1: usize) {
        let v = self.view;
        let kinds = [
            EntityType::Company,
            EntityType::University,
            EntityType::Institute,
            EntityType::Association,
            EntityType::Government,
            EntityType::Person,
        ];
        // Back to the nearest other trigger before this one; 来自 of a participant's
        // provenance (来自A的代表) is none, nor is a trigger that begins a noun for a
        // party (一位来自头部投资机构的合伙人, 合作伙伴).
        let floor = self
            .lex
            .find_triggers(&v.s[..t0])
            .iter()
            .filter(|&&(_, e, t)| {
                t.relation != Relation::ParticipatesIn
                    && t.word != "来自"
                    && !Self::PARTY_NOUNS.iter().any(|n| v.s[e..].starts_with(n))
            })
            .map(|&(_, e, _)| e)
            .max()
            .unwrap_or(0);
        let word = &v.s[t0..t1];
        // Who presides is there, named after 由 too (开幕式由副市长X主持), and so is who
        // gives a talk (曾由X在E上作特邀报告).
        let presides = word == "主持" || self.lex.words.event_talks.iter().any(|w| w == word);
        let participants: Vec<usize> = (0..v.ms.len())
            .filter(|&k| {
                let m = v.ms[k];
                m.b0 >= floor
                    && m.b1 <= t0
                    && kinds.contains(&m.kind)
                    && (presides || !v.gap(v.clause_start(m.b0), m.b0).ends_with('由'))
                    && !v.gap(v.clause_start(m.b0), m.b0).contains('据')
            })
            .collect();
        // An organization named as a person's affiliation (湘潭大学教授黄建宇) is not itself there.
        let participants: Vec<usize> = participants
            .into_iter()
            .filter(|&k| !self.affiliation_of_person(k))
            .collect();
        let mut participants = self.es(&participants);
        if participants.is_empty()
            && let Some(t) = self.topic
            && matches!(self.kind(t), EntityType::Person)
        {
            participants.push(t);
        }
        let mut events = self.events_in_or_referred(t1);
        // A talk of the kind only an event has (作主旨报告, 致辞) is at the event the
        // text is about, even where the sentence does not refer back to it.
        if events.is_empty() && self.lex.words.event_talks.iter().any(|w| w == word) {
            events.extend(self.event_of_talk());
        }
        self.push_pairs(&participants, &events, Relation::ParticipatesIn);
    }

    /// Speaking at an event: X在会上/在大会致辞中/在分论坛上 表示/介绍/透露; and a
    /// sentence opening on the event (博览会开幕式上,X表示).
    fn event_speakers(&mut self) {
        let v = self.view;
        // Bodies that take part in an event by being named at it (not governments,
        // which host).
        const PRESENT: [EntityType; 4] = [
            EntityType::Company,
            EntityType::Institute,
            EntityType::University,
            EntityType::Association,
        ];
        // The bodies named between two bytes.
        let present = |from: usize, to: usize| -> Vec<usize> {
            v.ms.iter()
                .filter(|m| m.b0 >= from && m.b1 <= to && PRESENT.contains(&m.kind))
                .map(|m| m.e)
                .collect()
        };
        if let Some(open) = AT_EVENT_OPENING.find(v.s) {
            let mut events = self.events_in_or_referred(0);
            // 圆桌对话环节，X认为…: a part of the event the page is about.
            if events.is_empty() && open.as_str().contains("环节") {
                events.extend(self.event_of_talk());
            }
            let speakers: Vec<usize> =
                v.ms.iter()
                    .filter(|m| m.b0 >= open.end() && m.kind == EntityType::Person)
                    .filter(|m| starts_with_any(&v.s[m.b1..], &self.lex.speech))
                    .map(|m| m.e)
                    .collect();
            self.push_pairs(&speakers, &events, Relation::ParticipatesIn);
            // 会上，A、B等企业分别发布了…: the bodies the sentence opens on after its
            // reference to the event are there.
            // (Not a body named only as the affiliation of the person after it:
            // 主旨报告环节，A院长X作报告.)
            if let Some(k) = v.ms.iter().position(|m| m.b0 >= open.end())
                && v.gap(open.end(), v.ms[k].b0).is_empty()
                && !self.affiliation_of_person(k)
            {
                let group = self.es(&self.group(k, &PRESENT, &self.lex.words.joiners));
                self.push_pairs(&group, &events, Relation::ParticipatesIn);
            }
            // 论坛期间，A与B签订…协议: who signs at an event takes part in it (the
            // government that hosts it, signing there too, is its host).
            if let Some(&(t0, _, _)) = self
                .lex
                .find_triggers(v.s)
                .iter()
                .find(|(t0, _, t)| *t0 >= open.end() && t.relation == Relation::CooperatesWith)
            {
                self.push_pairs(&present(open.end(), t0), &events, Relation::ParticipatesIn);
            }
        }
        // 在E上，A…; 2025E上，A首发…; 在E中，B代表队获…: the bodies and people the
        // sentence goes on with, right after the event it opens at, are there. A clause
        // of time may open it (今年9月，在R举办的E上，X介绍…).
        let open = LEAD_TIME.find(v.s).map_or(0, |m| m.end());
        let first_end = v.clause_end(open);
        if v.s[first_end..].starts_with(['，', ','])
            && let Some(e) = (0..v.ms.len()).rev().find(|&k| v.ms[k].b1 <= first_end)
            && v.ms[e].b0 >= open
            && v.ms[e].kind == EntityType::Event
            && ["上", "中", "期间", "现场"].contains(&&v.s[v.ms[e].b1..first_end])
            && let after = first_end + v.s[first_end..].chars().next().map_or(1, char::len_utf8)
            && let Some(k) = (0..v.ms.len()).find(|&k| v.ms[k].b0 >= after)
            && v.gap(after, v.ms[k].b0).is_empty()
            && (PRESENT.contains(&v.ms[k].kind) || v.ms[k].kind == EntityType::Person)
        {
            // A body named only as the affiliation of the person after it (A副总裁X)
            // is not itself there: the person is.
            let k = if PRESENT.contains(&v.ms[k].kind) && self.affiliation_of_person(k) {
                (k + 1..v.ms.len())
                    .find(|&j| v.ms[j].kind == EntityType::Person)
                    .unwrap_or(k)
            } else {
                k
            };
            let mut kinds = PRESENT.to_vec();
            kinds.push(EntityType::Person);
            let group = self.group(k, &kinds, &self.lex.words.joiners);
            // Parties who sign there (在E上，A与B签署…) are no participants for it, as
            // the gold files' precedent has it: the signing is their tie.
            let rest = &v.s[v.ms[*group.last().unwrap_or(&k)].b1..v.clause_end(after)];
            if !["签署", "签订", "签约"].iter().any(|w| rest.contains(w)) {
                let group = self.es(&group);
                self.push_pairs(&group, &[v.ms[e].e], Relation::ParticipatesIn);
            }
        }
        // 其中，A与B在现场签署…: who signs there takes part in the event referred to.
        if let Some(at) = SIGNING_THERE.find(v.s) {
            let signers = present(v.clause_start(at.start()), at.start());
            let events = self.events_in_or_referred(0);
            self.push_pairs(&signers, &events, Relation::ParticipatesIn);
        }
        if !v.s.contains('在') {
            return;
        }
        for m in SPEAKING_AT.find_iter(v.s) {
            let c0 = v.clause_start(m.start());
            let speaker =
                v.ms.iter()
                    .rev()
                    .find(|x| {
                        x.b1 <= m.start() && x.b0 >= c0 && matches!(x.kind, EntityType::Person)
                            || x.b1 <= m.start() && x.b0 >= c0 && orgs().contains(&x.kind)
                    })
                    .copied();
            let Some(sp) = speaker else {
                continue;
            };
            // Only the speaker right before 在 (the person of 协会秘书长刘振华在…).
            if v.gap(sp.b1, m.start()).chars().count() > 4 {
                continue;
            }
            let mut events = self.events_in_or_referred(m.end());
            // A speech of the kind only an event has (在开幕致辞中, 在主旨报告中) is at
            // the event the document is about.
            if events.is_empty()
                && [
                    "致辞",
                    "主旨报告",
                    "主题报告",
                    "主旨演讲",
                    "主题演讲",
                    "发言",
                ]
                .iter()
                .any(|w| m.as_str().contains(w))
            {
                events.extend(self.event_of_talk());
            }
            for e in events {
                self.push(sp.e, e, Relation::ParticipatesIn);
            }
        }
    }

    /// A出台/发布/印发 P; P由A印发.
    fn issued(&mut self, t0: usize, t1: usize, trig: &Trigger) {
        let v = self.view;
        // A company launching a product makes it (A、B等企业分别发布了X、Y).
        if self.lex.words.launch.contains(&trig.word) {
            self.produces(t0, t1, trig);
        }
        let issuers = [EntityType::Region, EntityType::Government];
        let policies = self.object_after(t1, &[EntityType::Policy], 60, true);
        let c0 = v.clause_start(t0);
        if let Some(pos) = v.gap(c0, t0).rfind('由') {
            let after_you = c0 + pos + '由'.len_utf8();
            let who: Vec<usize> = (0..v.ms.len())
                .filter(|&k| {
                    v.ms[k].b0 >= after_you && v.ms[k].b1 <= t0 && issuers.contains(&v.ms[k].kind)
                })
                .collect();
            let pol: Vec<usize> = (0..v.ms.len())
                .filter(|&k| v.ms[k].kind == EntityType::Policy && v.ms[k].b1 <= after_you)
                .collect();
            let mut pol = self.es(&pol);
            // 《…方案》正式发布。方案由A印发: the kind of document refers back to it.
            let lead = v
                .gap(c0, c0 + pos)
                .trim_start_matches(['该', '《'])
                .trim_end_matches('》');
            if pol.is_empty()
                && [
                    "方案", "意见", "规划", "办法", "措施", "计划", "通知", "条例", "政策",
                ]
                .contains(&lead)
                && let Some(&e) = self.last_of_kind.get(&EntityType::Policy)
            {
                pol.push(e);
            }
            let who = self.es(&who);
            self.push_pairs(&who, &pol, Relation::Issued);
            return;
        }
        // A relative clause names its issuer right before the verb whatever stands
        // before it (根据A印发的《P》, 和A、B联合印发的《Q》).
        if v.s[t1..].starts_with('的')
            && let Some(k) = (0..v.ms.len()).rev().find(|&k| {
                v.ms[k].b1 <= t0
                    && issuers.contains(&v.ms[k].kind)
                    && ISSUER_ADVERBS.is_match(v.gap(v.ms[k].b1, t0))
            })
        {
            let who = self.group(k, &issuers, &self.lex.words.joiners);
            let (who, policies) = (self.es(&who), self.es(&policies));
            self.push_pairs(&who, &policies, Relation::Issued);
            return;
        }
        // Titles listed one after another are all issued (印发《P》《Q》).
        let mut policies = policies;
        while let Some(&last) = policies.last()
            && let Some(next) = v.ms.get(last + 1)
            && next.kind == EntityType::Policy
            && ["", "、", "和", "及", "与"].contains(&v.gap(v.ms[last].b1, next.b0))
        {
            policies.push(last + 1);
        }
        let mut subj = self.subject_before(t0, &issuers, &self.lex.words.joiners);
        // Bodies that act together (A会同B、C联合印发, A联合B、C印发): each issues.
        let together = ["会同", "联合", "协同"];
        let right_before_verb = (0..v.ms.len()).rev().find(|&k| {
            v.ms[k].b1 <= t0
                && v.ms[k].b0 >= c0
                && issuers.contains(&v.ms[k].kind)
                && ["", "联合", "共同", "先后", "分别"].contains(&v.gap(v.ms[k].b1, t0))
        });
        if let Some(k) = right_before_verb {
            let mut all = self.group(k, &issuers, &self.lex.words.joiners);
            while let Some(&g0) = all.first()
                && let Some(j) = g0.checked_sub(1)
                && issuers.contains(&v.ms[j].kind)
                && v.ms[j].b0 >= c0
                && together.contains(&v.gap(v.ms[j].b1, v.ms[g0].b0))
            {
                let mut before = self.group(j, &issuers, &self.lex.words.joiners);
                before.append(&mut all);
                all = before;
            }
            if all.len() > 1 || subj.is_empty() {
                subj = all;
            }
        }
        let (subj, policies) = (self.es(&subj), self.es(&policies));
        self.push_pairs(&subj, &policies, Relation::Issued);
    }

    /// in_stage: every product to its stage; an organization to the stage the text
    /// describes it by (电池企业X, X等正极材料企业, X是…回收企业, 在回收端,X…);
    /// upstream_of from a chain written out (锂矿—材料—电池—终端—回收).
    fn stage_relations(&mut self) {
        let v = self.view;
        let stage_entities = self.stage_entities;
        for m in &v.ms {
            if m.kind == EntityType::Product
                && let Link::Entry(i) = self.res.entities[m.e].link
                && let Some(st) = self.lex.entries[i].stages.first()
                && let Some(&se) = stage_entities.get(st)
            {
                self.push(m.e, se, Relation::InStage);
            }
        }
        // Chains written out.
        let stages: Vec<(usize, Stage, usize, usize)> =
            v.ms.iter()
                .filter_map(|m| match self.res.entities[m.e].link {
                    Link::Stage(s) if m.kind == EntityType::Stage => Some((m.e, s, m.b0, m.b1)),
                    _ => None,
                })
                .collect();
        let linker = |g: &str| {
            matches!(
                g,
                "—" | "——"
                    | "-"
                    | "→"
                    | "->"
                    | "—>"
                    | "、"
                    | "到"
                    | "至"
                    | "~"
                    | "－"
                    | "─"
                    | "➔"
                    | "＞"
                    | ">"
                    // Words may join a run of consecutive stages, which the rank check
                    // keeps to a chain (从锂矿、材料、电池一直延伸到终端和回收); not 及,
                    // which pairs two stages in one part of a whole (锂矿及材料展区).
                    | "和"
                    | "再到"
                    | "直至"
                    | "延伸到"
                    | "延伸至"
                    | "一直延伸到"
                    | "一直到"
            )
        };
        let mut run: Vec<(usize, Stage)> = Vec::new();
        let mut runs: Vec<Vec<(usize, Stage)>> = Vec::new();
        for (i, &(e, st, b0, _)) in stages.iter().enumerate() {
            let joined = i > 0 && {
                let (_, pst, _, pb1) = stages[i - 1];
                linker(v.gap(pb1, b0)) && pst.rank() + 1 == st.rank()
            };
            if !joined && !run.is_empty() {
                runs.push(std::mem::take(&mut run));
            }
            run.push((e, st));
        }
        runs.push(run);
        // A chain listed as the parts of a trade, each stage inside its item (涵盖锂矿资
        // 源精深加工、锂电材料、电池制造、终端储能应用和废旧电池回收的产业链条): an
        // item's last stage stands for it; four or more in order, right before the
        // chain they make up, are a chain (not 材料强、电池弱、终端散、回收缺”的特点，
        // …产业链).
        if v.s.contains('链') {
            let ends_chain = |b1: usize| {
                let rest = &v.s[b1..v.clause_end(b1)];
                rest.find('链')
                    .is_some_and(|p| rest[..p].chars().count() <= 10)
            };
            let mut groups: Vec<Vec<(usize, Stage, usize)>> = vec![Vec::new()];
            let mut prev_end: Option<usize> = None;
            for &(e, st, b0, b1) in &stages {
                let gap = prev_end.map(|p| v.gap(p, b0));
                let same_item =
                    gap.is_some_and(|g| !g.contains(['、', '和']) && g.chars().count() <= 4);
                let next_item = gap.is_some_and(|g| {
                    g.chars().count() <= 12
                        && g.matches(['、', '和']).count() == 1
                        && !g.contains(is_clause_sep)
                });
                let items = groups.last_mut().expect("one group at least");
                if same_item && let Some(last) = items.last_mut() {
                    *last = (e, st, b1);
                } else if next_item || items.is_empty() {
                    items.push((e, st, b1));
                } else {
                    groups.push(vec![(e, st, b1)]);
                }
                prev_end = Some(b1);
            }
            for items in groups {
                let mut run: Vec<(usize, Stage, usize)> = Vec::new();
                let mut flush = |run: &mut Vec<(usize, Stage, usize)>| {
                    if run.len() >= 4 && run.last().is_some_and(|&(_, _, b1)| ends_chain(b1)) {
                        runs.push(run.iter().map(|&(e, st, _)| (e, st)).collect());
                    }
                    run.clear();
                };
                for (e, st, b1) in items {
                    if run
                        .last()
                        .is_some_and(|&(_, p, _)| p.rank() + 1 != st.rank())
                    {
                        flush(&mut run);
                    }
                    run.push((e, st, b1));
                }
                flush(&mut run);
            }
        }
        for r in runs {
            if r.len() >= 3 {
                for w in r.windows(2) {
                    self.push(w[0].0, w[1].0, Relation::UpstreamOf);
                }
            }
        }
        // Organizations described by their stage: cue words, the stage words
        // themselves, and products named as a trade (正极材料企业, 新能源汽车企业).
        let mut cues: Vec<(usize, usize, Stage)> = self.lex.find_cues(v.s);
        for st in Stage::ALL {
            for (i, _) in v.s.match_indices(st.id()) {
                cues.push((i, i + st.id().len(), st));
            }
        }
        for m in &v.ms {
            if m.kind == EntityType::Product
                && let Link::Entry(i) = self.res.entities[m.e].link
                && let Some(&st) = self.lex.entries[i].stages.first()
            {
                let after = &v.s[m.b1..];
                if starts_with_any(after, &self.lex.words.trade) {
                    cues.push((m.b0, m.b1, st));
                }
            }
        }
        cues.sort_unstable();
        cues.dedup();
        // A stage word inside a longer cue of another stage (电池 in 电池回收) is not a cue.
        let all = cues.clone();
        cues.retain(|&(a0, a1, st)| {
            !all.iter().any(|&(b0, b1, other)| {
                other != st && b0 <= a0 && a1 <= b1 && (b1 - b0) > (a1 - a0)
            })
        });
        let holders = [EntityType::Company, EntityType::Park, EntityType::Institute];
        // 宁德时代旗下X, 厦门钨业控股的X: the holder after its owner is the one described.
        let past_owner = |k0: usize| match v.ms.get(k0 + 1) {
            Some(next)
                if holders.contains(&next.kind) && {
                    let gap = v.gap(v.ms[k0].b1, next.b0);
                    gap == "的" || self.lex.words.owner_links.contains(gap)
                } =>
            {
                k0 + 1
            }
            _ => k0,
        };
        for (c0, c1, st) in cues {
            let Some(&se) = stage_entities.get(&st) else {
                continue;
            };
            let cue = &v.s[c0..c1];
            let after = &v.s[c1..];
            // The descriptor (企业, 环节 …) is either part of the cue (电池企业) or follows it.
            let lex: &Lexicon = self.lex;
            let words = &lex.words;
            let descr: Option<(&str, usize)> = words
                .trade
                .iter()
                .chain(&words.place_descriptors)
                .find(|w| cue.ends_with(w.as_str()))
                .map(|w| (w.as_str(), c1))
                .or_else(|| {
                    // 电池材料企业, or 电池材料的园区.
                    let (skip, rest) = match after.strip_prefix('的') {
                        Some(r) => ('的'.len_utf8(), r),
                        None => (0, after),
                    };
                    words
                        .trade
                        .iter()
                        .chain(&words.place_descriptors)
                        .find(|w| rest.starts_with(w.as_str()))
                        .map(|w| (w.as_str(), c1 + skip + w.len()))
                });
            if let Some((w, end)) = descr {
                // A product named as a trade (电解液企业, 锂盐厂商) is what the firm makes.
                let made = words
                    .trade
                    .iter()
                    .any(|t| t == w)
                    .then(|| {
                        v.ms.iter()
                            .find(|m| m.b0 == c0 && m.b1 == c1 && m.kind == EntityType::Product)
                            .map(|m| m.e)
                    })
                    .flatten();
                // cue企业X: the holder right after (past its owner).
                // (Not a partner after a joiner: 推动锂盐企业与X等负极材料企业协作.)
                let k = (0..v.ms.len()).find(|&k| {
                    let gap = v.gap(end, v.ms[k].b0);
                    v.ms[k].b0 >= end
                        && gap.chars().count() <= 1
                        && !gap.starts_with(['与', '和', '及', '同', '跟', '对', '向', '为', '在'])
                        && holders.contains(&v.ms[k].kind)
                });
                let k = k.map(past_owner);
                if let Some(k) = k
                    && !words.trade_only_after.contains(w)
                {
                    for g in self.group(k, &holders, &self.lex.words.tight_joiners) {
                        self.describe(v.ms[g].e, se, made);
                    }
                }
                // X等cue企业, X这样的cue企业 / X是(一家)…cue企业.
                if let Some(k) = (0..v.ms.len())
                    .rev()
                    .find(|&k| v.ms[k].b1 <= c0 && holders.contains(&v.ms[k].kind))
                {
                    let gap = v.gap(v.ms[k].b1, c0);
                    // A list of examples (A和B这样的电解液企业, A等一批) is a list too.
                    // A count (A、B两家电池企业), maybe past products that qualify
                    // the trade (A、B四家磷酸铁锂正极企业).
                    let counted = || {
                        let g = gap.strip_prefix('等').unwrap_or(gap);
                        let Some(c) = COUNTED_FIRMS.find(g) else {
                            return false;
                        };
                        // What follows the count up to the cue: products alone.
                        let from = c0 - (g.len() - c.end());
                        let mut at = from;
                        for m in v.ms.iter().filter(|m| m.b0 >= from && m.b1 <= c0) {
                            if m.b0 != at || m.kind != EntityType::Product {
                                return false;
                            }
                            at = m.b1;
                        }
                        at == c0
                    };
                    // (等国内主流电池企业: words that rank the firms may stand between.)
                    let ranked = gap.strip_prefix('等').is_some_and(|q| {
                        !q.is_empty() && only_ranking_words(q, &self.lex.words.ranking)
                    });
                    let listed = matches!(gap, "等" | "这样的" | "这类" | "一类" | "等一批")
                        || counted()
                        || ranked;
                    let ok = listed
                        || gap.is_empty() && matches!(w, "企业" | "龙头" | "厂商")
                        || (gap.starts_with('是')
                            || gap.starts_with("作为")
                            || gap.starts_with("为"))
                            && gap.chars().count() <= 12
                            && !gap.contains([',', '，', '。']);
                    // X是A控股的P企业 (旗下的, 全资控股的): the trade is X's, not its owner's.
                    let owned_subject = (matches!(gap, "控股的" | "旗下的" | "全资控股的")
                        && k > 0
                        && holders.contains(&v.ms[k - 1].kind)
                        && matches!(v.gap(v.ms[k - 1].b1, v.ms[k].b0), "是" | "为" | "系"))
                    .then(|| k - 1);
                    if let Some(x) = owned_subject {
                        self.describe(v.ms[x].e, se, made);
                    } else if ok {
                        let g = if listed {
                            self.group(k, &holders, &self.lex.words.joiners)
                        } else {
                            vec![k]
                        };
                        for g in g {
                            self.describe(v.ms[g].e, se, made);
                        }
                    }
                }
                // 在cue环节/端/领域,X…: the first holder of the next clause (after an owner).
                if matches!(w, "环节" | "端" | "领域" | "板块") && v.gap(0, c0).ends_with('在')
                {
                    let ce = v.clause_end(c1);
                    let k = (0..v.ms.len())
                        .find(|&k| v.ms[k].b0 > ce && holders.contains(&v.ms[k].kind))
                        .filter(|&k| v.clause(v.ms[k].b0) == v.clause(ce) + 1);
                    let k = k.map(past_owner);
                    if let Some(k) = k {
                        for g in self.group(k, &holders, &self.lex.words.joiners) {
                            self.describe(v.ms[g].e, se, made);
                        }
                    }
                }
                // 作为…cue企业,X… / 这家…cue企业 / 是…cue企业之一 (about the sentence's subject).
                let cs = v.clause_start(c0);
                let clause_head = v.gap(cs, c0);
                if matches!(w, "企业" | "龙头" | "厂商" | "公司" | "基地" | "园区") {
                    let in_clause = |parks: bool| {
                        v.ms.iter().any(|m| {
                            m.b0 >= cs
                                && m.b1 <= c0
                                && holders.contains(&m.kind)
                                && (parks || m.kind != EntityType::Park)
                        })
                    };
                    let holder_in_clause = in_clause(true);
                    // (A park the description says it settled in is no holder of its
                    // own: 作为最早落户P的正极材料企业之一，X….)
                    if !in_clause(false) && ["作为"].iter().any(|p| clause_head.starts_with(p)) {
                        let ce = v.clause_end(c1);
                        if let Some(m) =
                            v.ms.iter()
                                .find(|m| m.b0 > ce && holders.contains(&m.kind))
                                .filter(|m| v.clause(m.b0) == v.clause(ce) + 1)
                        {
                            self.describe(m.e, se, made);
                        }
                    }
                    let just_named = clause_head
                        .starts_with("这家")
                        .then(|| self.just_named(cs, &holders))
                        .flatten();
                    if !holder_in_clause
                        && (["这家", "该公司", "该企业"]
                            .iter()
                            .any(|p| clause_head.starts_with(p))
                            || COPULA_HEAD.is_match(clause_head))
                        && let Some(t) = just_named.or(self.topic)
                        && holders.contains(&self.kind(t))
                    {
                        self.describe(t, se, made);
                    }
                }
            }
            // X(主要)?从事cue / X专注于cue.
            if let Some(k) = (0..v.ms.len())
                .rev()
                .find(|&k| v.ms[k].b1 <= c0 && holders.contains(&v.ms[k].kind))
            {
                let gap = v.gap(v.ms[k].b1, c0);
                if ["从事", "专注于", "专注", "深耕", "主攻", "聚焦", "布局"]
                    .iter()
                    .any(|w| gap.ends_with(w))
                    && gap.chars().count() <= 6
                {
                    self.push(v.ms[k].e, se, Relation::InStage);
                }
            }
        }
    }

    /// `holder` is described by its stage; a company described by a product's trade
    /// (`made`: 负极材料企业X) makes that product too.
    fn describe(&mut self, holder: usize, stage: usize, made: Option<usize>) {
        self.push(holder, stage, Relation::InStage);
        if let Some(p) = made
            && self.kind(holder) == EntityType::Company
        {
            self.push(holder, p, Relation::Produces);
        }
    }

    /// A body whose line of work is recycling (A专业从事废旧锂电池回收与再生利用, 布局回
    /// 收网点, 专注于退役电池梯次利用) is in the 回收 stage: the holder of the verb's
    /// clause, else the one that ends the clause before (设立子公司C，专业从事…), else
    /// the one the sentence is about.
    fn recycling_work(&mut self) {
        let v = self.view;
        let Some(&se) = self.stage_entities.get(&Stage::Recycling) else {
            return;
        };
        if !RECYCLING_WORK.iter().any(|w| v.s.contains(w)) {
            return;
        }
        let holders = [EntityType::Company, EntityType::Institute, EntityType::Park];
        let mut verbs: Vec<(usize, &str)> = LINE_OF_WORK
            .iter()
            .flat_map(|w| v.s.match_indices(w))
            .collect();
        verbs.sort_unstable();
        // The holder of the last line of work, for a clause after it with none of its
        // own (A专注于电池回收，主要从事梯次利用…).
        let mut last: Vec<usize> = Vec::new();
        for (p, verb) in verbs {
            let object = &v.s[p + verb.len()..v.clause_end(p)];
            // (A rate of recovery, 回收率, is no recycling.)
            let recycling = RECYCLING_WORK.iter().any(|w| {
                object
                    .match_indices(w)
                    .any(|(i, _)| !object[i + w.len()..].starts_with('率'))
            });
            if v.ms.iter().any(|m| m.b0 <= p && p < m.b1) {
                continue;
            }
            let c0 = v.clause_start(p);
            let mut subj = self.es(&self.subject_before(p, &holders, &self.lex.words.joiners));
            if subj.is_empty() && !v.ms.iter().any(|m| m.b0 >= c0 && m.b1 <= p) {
                // The clause before ends on the body (…设立全资子公司C（以下简称…），).
                let ends_before = (c0 > 0)
                    .then(|| {
                        let e = c0 - v.s[..c0].chars().next_back().map_or(1, char::len_utf8);
                        v.ms.iter()
                            .rfind(|m| m.b1 <= e && v.gap(m.b1, e).is_empty())
                            .filter(|m| holders.contains(&m.kind))
                            .map(|m| m.e)
                    })
                    .flatten();
                subj = if let Some(e) = ends_before {
                    vec![e]
                } else if !last.is_empty() {
                    last.clone()
                } else {
                    (c0 > 0)
                        .then(|| sentence_subject(v, self.lex))
                        .flatten()
                        .filter(|&e| holders.contains(&self.kind(e)))
                        .into_iter()
                        .collect()
                };
            }
            if recycling {
                self.push_pairs(&subj, &[se], Relation::InStage);
            }
            last = subj;
        }
    }

    /// works_at from apposition: 湘潭大学、燕山大学教授、博导黄建宇; 中南大学博导李新海教授;
    /// 研究中心主任、贵州大学教授罗建平 (every organization of the title chain).
    fn works_at(&mut self) {
        let v = self.view;
        self.pronoun_joins();
        // The last person's mention and the organizations found for them (for the next
        // in a list).
        let mut last: Option<(usize, Vec<usize>)> = None;
        for (k, m) in v.ms.iter().enumerate() {
            if m.kind != EntityType::Person {
                continue;
            }
            let mut orgs_found: Vec<usize> = Vec::new();
            let mut right = m.b0;
            let mut first = true;
            let mut j = k;
            while j > 0 {
                j -= 1;
                let prev = v.ms[j];
                // A chain stage or product may qualify the title (A回收技术总监X,
                // 新能源电池产业链链长X): the title's words are checked with the body's.
                if matches!(prev.kind, EntityType::Stage | EntityType::Product) {
                    continue;
                }
                if !orgs().contains(&prev.kind) {
                    break;
                }
                let gap = v.gap(prev.b1, right);
                let ok = if first {
                    self.only_titles(gap) || self.titles_then_copula(gap).is_some()
                } else {
                    self.only_titles(gap) || matches!(gap, "、" | "和" | "及")
                };
                if !ok {
                    break;
                }
                orgs_found.push(prev.e);
                right = prev.b0;
                first = false;
            }
            // 华岳证券电力设备与新能源行业首席分析师X: a firm's desk between it and an
            // analyst's title (the firm's research institute's too: 岚象证券研究所).
            if orgs_found.is_empty()
                && let Some(prev) = k.checked_sub(1).map(|j| v.ms[j])
                && matches!(prev.kind, EntityType::Company | EntityType::Institute)
                && analyst_gap(self.lex, v.gap(prev.b1, m.b0))
            {
                orgs_found.push(prev.e);
            }
            // 公司总经理X, 该院院长X: a back-reference to the body the text is about
            // (公司董事长为X too).
            let lead = v.gap(v.clause_start(m.b0), m.b0).trim_start();
            if orgs_found.is_empty()
                && let Some(o) = self
                    .anaphor_org(lead, m.b0)
                    .or_else(|| self.anaphor_org(self.titles_then_copula(lead)?, m.b0))
            {
                orgs_found.push(o);
            }
            // A clause that opens on a title and a copula (…成立于2022年，法定代表人为X;
            // 其董事长是X) names the post at the body the sentence is about.
            if orgs_found.is_empty()
                && k.checked_sub(1)
                    .is_none_or(|j| v.ms[j].b1 <= v.clause_start(m.b0))
                && let Some(titles) = self.titles_then_copula(lead)
                && self.only_titles(titles.strip_prefix('其').unwrap_or(titles))
                && let Some(o) = self.topic.filter(|&e| orgs().contains(&self.kind(e)))
            {
                orgs_found.push(o);
            }
            // 中南大学李明教授: the organization right before the name, the title after.
            if orgs_found.is_empty()
                && let Some(prev) = k.checked_sub(1).map(|j| v.ms[j])
                && orgs().contains(&prev.kind)
                && prev.b1 == m.b0
                && self.titles_open(&v.s[m.b1..])
            {
                orgs_found.push(prev.e);
            }
            // A roster's line, 华览证券：周景然、程一凡: the firm's people after its colon.
            if orgs_found.is_empty()
                && let Some(prev) = k.checked_sub(1).map(|j| v.ms[j])
                && orgs().contains(&prev.kind)
                && matches!(v.gap(prev.b1, m.b0).trim(), "：" | ":")
            {
                orgs_found.push(prev.e);
            }
            // A董事长X、总经理Y: a title after the list mark goes on in the body of
            // the person before; so does the title's list (A律师X、Y).
            if orgs_found.is_empty()
                && let Some((j, found)) = &last
                && *j + 1 == k
                && v.gap(v.ms[*j].b1, m.b0)
                    .strip_prefix('、')
                    .is_some_and(|t| t.is_empty() || self.only_titles(t))
            {
                orgs_found.clone_from(found);
            }
            // 独立董事吕文澜, 会议由董事长沈某主持: an officer's title with no body, in a
            // company's own text, is a post at that company; not after a back-reference
            // to another (其董事长).
            // In a news text, such a title goes on at the company of the last person of
            // the sentence who had one (公司董事、总经理X…；董事、副总经理Y，财务总监Z).
            let owner = self
                .issuer
                .filter(|&i| self.kind(i) == EntityType::Company)
                .or_else(|| {
                    last.as_ref()
                        .map_or(self.officer_before, |(_, found)| {
                            found
                                .iter()
                                .copied()
                                .find(|&o| self.kind(o) == EntityType::Company)
                        })
                        .filter(|_| self.issuer.is_none())
                });
            if orgs_found.is_empty()
                && let Some(issuer) = owner
            {
                let lead = v.gap(v.clause_start(m.b0), m.b0);
                let lead =
                    v.ms.iter()
                        .rev()
                        .find(|p| p.b1 <= m.b0 && p.b0 >= v.clause_start(m.b0))
                        .map_or(lead, |p| v.gap(p.b1, m.b0));
                // A form's field of officers labels its person (董事长、总经理：X), the
                // colon ending a clause of its own.
                let label = v.s[..v.clause_start(m.b0)]
                    .trim_end()
                    .strip_suffix(['：', ':'])
                    .filter(|_| lead.trim().is_empty())
                    .map(|l| &l[l.rfind(['\t', '\n']).map_or(0, |p| p + 1)..]);
                let lead = label.unwrap_or(lead);
                if let Some(t) = self
                    .lex
                    .officers
                    .iter()
                    .filter(|t| lead.ends_with(t.as_str()))
                    .max_by_key(|t| t.len())
                    && lead[..lead.len() - t.len()]
                        .chars()
                        .next_back()
                        .is_none_or(|c| {
                            !crate::read::is_cjk(c) || "由、及和与中原任聘为".contains(c)
                        })
                {
                    orgs_found.push(issuer);
                }
            }
            orgs_found.extend(self.post_orgs(k));
            orgs_found.extend(self.further_posts(k));
            for &o in &orgs_found {
                self.push(m.e, o, Relation::WorksAt);
            }
            if let Some(&o) = orgs_found
                .iter()
                .find(|&&o| self.kind(o) == EntityType::Company)
            {
                self.officer_now.set(Some(o));
            }
            last = Some((k, orgs_found));
        }
    }

    /// A résumé's posts: every organization its sentences name after a post verb
    /// (任职于A, 曾任A…, 加入公司) or before a title (任B总经理, 曾任C供应链管理部
    /// 高级经理) is one its person works or worked at; a university only after a
    /// verb, since a degree follows one too (D大学…专业博士).
    fn cv_posts(&mut self) {
        let Some(person) = self.cv_person else {
            return;
        };
        let v = self.view;
        let mut found = Vec::new();
        for m in &v.ms {
            if !orgs().contains(&m.kind) {
                continue;
            }
            let lead = v.gap(v.clause_start(m.b0), m.b0);
            // A place may stand between the verb and the name (就职于德国K公司).
            let lead =
                v.ms.iter()
                    .rev()
                    .find(|r| r.kind == EntityType::Region && r.b1 == m.b0)
                    .map_or(lead, |r| v.gap(v.clause_start(m.b0), r.b0));
            let after_verb = CV_VERBS.iter().any(|w| lead.ends_with(w));
            let end =
                v.ms.iter()
                    .find(|n| n.b0 >= m.b1)
                    .map_or(v.clause_end(m.b1), |n| n.b0.min(v.clause_end(m.b1)));
            let before_title = m.kind != EntityType::University
                && self
                    .lex
                    .find_titles(&v.s[m.b1..end])
                    .first()
                    .is_some_and(|&(t0, _, _)| {
                        let gap = &v.s[m.b1..m.b1 + t0];
                        gap.chars().count() <= 8 && !gap.contains(['、', '和', '与', '及'])
                    });
            if after_verb || before_title {
                found.push(m.e);
            }
        }
        for o in found {
            self.push(person, o, Relation::WorksAt);
        }
    }

    /// The organizations of the post that the person of mention `k` takes, by a post
    /// verb: 刘志宏担任A院长 (A), A由刘志宏担任院长 and A院长由刘志宏担任 (A, or
    /// the body a back-reference stands for: 公司总经理由X担任).
    fn post_orgs(&self, k: usize) -> Vec<usize> {
        let v = self.view;
        let m = v.ms[k];
        // A title may stand between the name and the verb (刘晓峰教授担任实验室主任).
        let mut name_end = match self.lex.find_titles(&v.s[m.b1..]).first() {
            Some(&(0, t1, _)) => m.b1 + t1,
            _ => m.b1,
        };
        // So may an honorific and a comma (王建国先生，现任A董事长).
        if let Some(h) = self
            .lex
            .words
            .honorifics
            .iter()
            .find(|h| v.s[name_end..].starts_with(h.as_str()))
        {
            name_end += h.len();
            let rest = &v.s[name_end..];
            name_end += rest.len() - rest.trim_start_matches(['，', ',']).len();
        }
        let after = &v.s[name_end..];
        // (An adverb may open the predicate: 宋婧同时为A教授, X现为A董事.)
        if let Some(a) = ["同时", "现", "也", "还", "亦"].iter().find(|a| {
            after
                .strip_prefix(**a)
                .is_some_and(|r| r.starts_with(['为', '是']))
        }) {
            name_end += a.len();
        }
        let after = &v.s[name_end..];
        // A copula takes a post as a post verb does, when a title follows the body
        // (欧阳岚是华南理工大学教授; checked below), and so does 任 (X任A秘书长).
        let Some(post) = self
            .lex
            .posts
            .iter()
            .map(String::as_str)
            .chain(["是", "系", "任", "为"])
            .find(|p| after.starts_with(p))
        else {
            return Vec::new();
        };
        let p1 = name_end + post.len();
        let before = v.gap(v.clause_start(m.b0), m.b0);
        if let Some(lead) = before.strip_suffix('由') {
            // The post is named before 由 (A院长由X担任) or after the verb (A由X担任院长).
            let titles_after = self.titles_open(&v.s[p1..]);
            let org = (0..k).rev().map(|j| v.ms[j]).find(|o| o.b1 <= m.b0);
            if let Some(o) = org
                && orgs().contains(&o.kind)
                && o.b0 >= v.clause_start(m.b0)
            {
                let gap = v.gap(o.b1, m.b0 - '由'.len_utf8());
                if gap.is_empty() && titles_after || self.only_titles(gap) {
                    return vec![o.e];
                }
                return Vec::new();
            }
            return self
                .anaphor_org(lead.trim_start(), m.b0)
                .into_iter()
                .collect();
        }
        // X担任A、B的董事长: the organizations right after the verb, then the title.
        let (found, right) = self.orgs_listed_at(k + 1, p1);
        let rest = &v.s[right..];
        let rest = rest.strip_prefix('的').unwrap_or(rest);
        if found.is_empty() {
            // X担任公司总经理: the body a back-reference stands for.
            let (_, t1, _) = match self.lex.find_titles(rest).first() {
                Some(&t) => t,
                None => return found,
            };
            // X担任院长/实验室主任 after a research body is named: its head.
            return self
                .anaphor_org(&rest[..t1], right)
                .or_else(|| self.institute_of_post(k, &rest[..t1]))
                .or_else(|| self.officer_of_topic(&rest[..t1]))
                .or_else(|| self.hiring_org(k))
                .filter(|_| right == p1)
                .into_iter()
                .collect();
        }
        if self.titles_open(rest) {
            found
        } else {
            Vec::new()
        }
    }

    /// The body that hires person `k` for the post the clause names (A聘请岚山大学
    /// 教授X担任首席科学家): the organization right before the hiring verb in the clause.
    fn hiring_org(&self, k: usize) -> Option<usize> {
        let v = self.view;
        let m = v.ms[k];
        let c0 = v.clause_start(m.b0);
        let lead = &v.s[c0..m.b0];
        let (at, _) = ["聘请", "聘任", "特聘", "邀请", "延揽"]
            .iter()
            .filter_map(|w| lead.rfind(w).map(|p| (c0 + p, w)))
            .max()?;
        v.ms.iter()
            .rev()
            .find(|o| o.b1 <= at && o.b0 >= c0)
            .filter(|o| orgs().contains(&o.kind) && v.gap(o.b1, at).chars().count() <= 4)
            .map(|o| o.e)
    }

    /// The company a post only companies' officers hold is at, taken after a post
    /// verb with no body named (邵景行博士出任首席技术官): in a sentence that names no
    /// organization, the company the sentences before were about (or the issuer).
    fn officer_of_topic(&self, post: &str) -> Option<usize> {
        let officer = self
            .lex
            .officers
            .iter()
            .any(|t| post.trim_start_matches('的') == t.as_str());
        if !officer || self.view.ms.iter().any(|m| orgs().contains(&m.kind)) {
            return None;
        }
        self.topic_before
            .or(self.issuer)
            .filter(|&e| self.kind(e) == EntityType::Company)
    }

    /// The research body a post names by its kind (院长 of a 研究院, 实验室主任 of a
    /// 联合实验室, 中心主任): the last institute named before person `k` in the
    /// sentence, else in the sentences before, whose name ends on that kind.
    fn institute_of_post(&self, k: usize, title: &str) -> Option<usize> {
        let v = self.view;
        let body = if let Some(p) = title.strip_suffix("院长") {
            if p.is_empty() { "院" } else { p }
        } else if let Some(p) = title.strip_suffix("所长") {
            if p.is_empty() { "所" } else { p }
        } else {
            title.strip_suffix("主任").filter(|p| !p.is_empty())?
        };
        let ends = |e: usize| self.res.entities[e].name.ends_with(body);
        v.ms[..k]
            .iter()
            .rev()
            .find(|m| m.kind == EntityType::Institute && ends(m.e))
            .map(|m| m.e)
            .or_else(|| {
                self.last_of_kind
                    .get(&EntityType::Institute)
                    .copied()
                    .filter(|&e| ends(e))
            })
    }

    /// 他/她加入A (2016年他加入宁德时代): in a sentence naming no person, the pronoun is
    /// the last person named before, who works at A.
    fn pronoun_joins(&mut self) {
        let v = self.view;
        if !v.s.contains("加入") || v.ms.iter().any(|m| m.kind == EntityType::Person) {
            return;
        }
        let Some(&person) = self.last_of_kind.get(&EntityType::Person) else {
            return;
        };
        for (at, _) in v.s.match_indices("加入") {
            let lead = v.gap(v.clause_start(at), at);
            let lead = lead.trim_end_matches(['便', '即', '又', '再', '正', '式']);
            if !lead.ends_with(['他', '她']) {
                continue;
            }
            let from = at + "加入".len();
            let first = v.ms.iter().position(|o| o.b0 >= from).unwrap_or(v.ms.len());
            let (orgs_joined, _) = self.orgs_listed_at(first, from);
            for o in orgs_joined {
                self.push(person, o, Relation::WorksAt);
            }
        }
    }

    /// The organizations listed from byte `at` on (A、B和C), the first right there,
    /// from mention `first` on: their entities and the byte where the list ends.
    fn orgs_listed_at(&self, first: usize, at: usize) -> (Vec<usize>, usize) {
        let v = self.view;
        let mut found = Vec::new();
        let mut right = at;
        for o in v.ms[first.min(v.ms.len())..].iter() {
            let gap = v.gap(right, o.b0);
            let joined = if found.is_empty() {
                gap.is_empty()
            } else {
                matches!(gap, "、" | "和" | "及")
            };
            if !joined || !orgs().contains(&o.kind) {
                break;
            }
            found.push(o.e);
            right = o.b1;
        }
        (found, right)
    }

    /// The posts the clauses after the one of person mention `k` add, opening on a
    /// post verb with no one named between (X是A教授，兼任B首席科学家).
    fn further_posts(&self, k: usize) -> Vec<usize> {
        let v = self.view;
        let mut found = Vec::new();
        let mut at = v.clause_end(v.ms[k].b1);
        while at < v.s.len() {
            let c0 = at + v.s[at..].chars().next().map_or(1, char::len_utf8);
            let clause = v.gap(c0, v.clause_end(c0)).trim_start();
            let clause = ["并", "同时", "还", "另"]
                .iter()
                .find_map(|w| clause.strip_prefix(w))
                .unwrap_or(clause);
            let Some(post) = self
                .lex
                .posts
                .iter()
                .find(|p| clause.starts_with(p.as_str()))
            else {
                break;
            };
            let p1 = v.clause_end(c0) - clause.len() + post.len();
            // The bodies right after the verb, then a title.
            let first = v.ms.iter().position(|o| o.b0 >= p1).unwrap_or(v.ms.len());
            let (here, right) = self.orgs_listed_at(first, p1);
            if here.is_empty() || !self.titles_open(&v.s[right..]) {
                break;
            }
            found.extend(here);
            at = v.clause_end(c0);
        }
        found
    }

    /// The titles of a gap that ends on a copula after them (董事长为, 的法定代表人是):
    /// `gap` without the copula, when what is left is only titles (的 and 其 allowed).
    fn titles_then_copula<'g>(&self, gap: &'g str) -> Option<&'g str> {
        let rest = crate::entity::POST_COPULAS
            .iter()
            .find_map(|c| gap.strip_suffix(c))?;
        let rest = rest.strip_suffix("均").unwrap_or(rest);
        let titles = rest.strip_prefix('其').unwrap_or(rest);
        self.only_titles(titles).then_some(rest)
    }

    /// True when `s` opens with a title, maybe after its modifiers (副总经理, 教授).
    fn titles_open(&self, s: &str) -> bool {
        self.lex
            .find_titles(s)
            .first()
            .is_some_and(|&(_, t1, _)| self.only_titles(&s[..t1]))
    }

    /// The body a clause's opening back-reference stands for when the clause from
    /// `c0` to `at` is nothing else (该研究院, 该中心, 该园区; not 公司, whose founders a
    /// subsidiary's rules find): `Some` of the last body of its kind the sentence named
    /// before, else the topic of the sentences before when of that kind, else the last
    /// named, else of none; `None` where the clause opens on no such back-reference.
    fn referred_body(&self, c0: usize, at: usize) -> Option<Option<usize>> {
        let v = self.view;
        let lead = v.gap(c0, at).trim();
        let (word, kind) = self.lex.words.anaphors.iter().find_map(|(w, kind)| {
            let bare = lead.strip_prefix('该').unwrap_or(lead);
            (matches!(kind, EntityType::Institute | EntityType::Park)
                && (lead == w.as_str() || bare == w.as_str()))
            .then_some((w.trim_start_matches('该'), *kind))
        })?;
        v.ms.iter()
            .rev()
            .find(|m| {
                m.kind == kind
                    && m.b1 <= c0
                    && (kind != EntityType::Institute || v.s[m.b0..m.b1].ends_with(word))
            })
            .map(|m| m.e)
            .or(self.topic_before.filter(|&e| self.kind(e) == kind))
            .or_else(|| self.last_of_kind.get(&kind).copied())
            .into()
    }

    /// The body a back-reference before a title stands for (公司总经理, 该院院长), the
    /// reference standing after byte `at` of the sentence: the first body of that kind
    /// named before `at`, else the topic of the sentences before when it is of that
    /// kind, else the last body of that kind named.
    fn anaphor_org(&self, lead: &str, at: usize) -> Option<usize> {
        let (word, kind) = self.lex.words.anaphors.iter().find_map(|(word, kind)| {
            let rest = lead.strip_prefix(word.as_str())?;
            (orgs().contains(kind) && self.only_titles(rest)).then_some((word, *kind))
        })?;
        // A body of that kind this sentence named first, before the back-reference
        // (豫西锂业发布公告称，…公司董事长X): what the sentence is about. A research
        // body's word names its kind more narrowly (实验室 is no 研究院): the name must
        // end in it.
        let v = self.view;
        v.ms.iter()
            .find(|m| {
                m.kind == kind
                    && m.b1 <= at
                    && (kind == EntityType::Company || v.s[m.b0..m.b1].ends_with(word.as_str()))
            })
            .map(|m| m.e)
            .or_else(|| self.named_before(word, kind, |_| true))
    }

    /// Byte length of a body named only by its kind that opens `rest` before a title
    /// (联合实验室 in 联合实验室主任): at most eight characters ending in an institute,
    /// centre or organization head.
    fn unnamed_body_before_title(&self, rest: &str) -> Option<usize> {
        let &(t0, _, _) = self.lex.find_titles(rest).first()?;
        let body = &rest[..t0];
        (t0 > 0 && body.chars().count() <= 8 && body.chars().all(crate::read::is_cjk))
            .then(|| self.lex.find_heads(body))?
            .last()
            .filter(|&&(_, h1, hi)| h1 == t0 && self.lex.heads[hi].strength == Strength::Strong)
            .map(|_| t0)
    }

    /// True when `gap` is one or more titles joined by 、 (教授、博导), possibly with 的/党委.
    fn only_titles(&self, gap: &str) -> bool {
        if gap.is_empty() || gap.chars().count() > 16 {
            return false;
        }
        let mut rest = gap.trim();
        let mut any = false;
        while !rest.is_empty() {
            if let Some(r) = rest.strip_prefix(['、', '的', '”', '"', ')', '）', ' ']) {
                rest = r;
                continue;
            }
            let titles = self.lex.find_titles(rest);
            match titles.first() {
                Some(&(0, e, w)) if !self.lex.skip_roles.contains(w) => {
                    rest = &rest[e..];
                    any = true;
                }
                _ => {
                    // Modifiers of a title: 副, 常务, 执行, 首席, 党委, 兼.
                    let m = crate::lexicon::TITLE_MODIFIERS
                        .iter()
                        .find(|p| rest.starts_with(*p));
                    match m {
                        Some(p) => rest = &rest[p.len()..],
                        None => match self
                            .lex
                            .title_qualifier(rest)
                            .or_else(|| self.unnamed_body_before_title(rest).filter(|_| any))
                        {
                            // A title's field or office (回收技术总监, 综合利用处处长),
                            // or a further post in a body the text names only by its kind
                            // (教授、联合实验室主任): the title still belongs to the person.
                            Some(end) => rest = &rest[end..],
                            _ => return false,
                        },
                    }
                }
            }
        }
        any
    }

    fn facts(&mut self) {
        let v = self.view;
        let s = v.s;
        // Figures need digits; most sentences have none.
        if !s.bytes().any(|b| b.is_ascii_digit()) {
            return;
        }
        let same_year_word = s.contains("同年") || s.contains("当年");
        // A year inside a name (《…（2024年本）》, 2025第六届…博览会) dates no figure.
        let years: Vec<(usize, usize, i32)> = YEAR
            .captures_iter(s)
            .filter_map(|c| {
                let m = c.get(0)?;
                Some((m.start(), m.end(), c.get(1)?.as_str().parse().ok()?))
            })
            .filter(|&(y0, y1, _)| !v.ms.iter().any(|m| m.b0 <= y0 && y1 <= m.b1))
            // Nor does either end of a span (2025—2027年长期供货协议, 2026年至2028年):
            // its figures are the span's, unless listed after 分别, one for each year.
            .filter(|&(y0, y1, _)| {
                let before = s[..y0].trim_end_matches(['—', '-', '－', '~', '～', '至', '到']);
                let spanned_from = before.len() < y0
                    && (before.ends_with(|c: char| c.is_ascii_digit()) || before.ends_with('年'));
                let spans_to = s[y1..].starts_with(['—', '-', '－', '~', '～', '至', '到'])
                    && s[y1..]
                        .trim_start_matches(['—', '-', '－', '~', '～', '至', '到'])
                        .starts_with(|c: char| c.is_ascii_digit());
                // Figures listed after 分别 go one to each year of the span.
                !spanned_from && !spans_to || s[y1..].contains("分别")
            })
            .collect();
        // The base of a comparison (较2022年底的高点下跌85%, 比2023年增长) or the start
        // of a running total (自2019年开展…以来，已累计…) dates only a figure inside its
        // own phrase, before the 的 that closes it (较2022年11月56.75万元/吨的高点).
        let dates = |(y0, y1, _): (usize, usize, i32), at: usize| -> bool {
            let before = &s[..y0];
            let base = ["较", "比", "相比", "相较", "较之"]
                .iter()
                .any(|w| before.ends_with(w));
            let since = ["自", "从"].iter().any(|w| before.ends_with(w))
                && s[y1..v.clause_end(y1)].contains("以来");
            !(base || since)
                || s[y1..v.clause_end(y1)]
                    .find('的')
                    .is_some_and(|p| at < y1 + p)
        };
        let indicators = self.lex.find_indicators(s);
        // Years listed before 分别 (2025-2027年, 2022年、2023年和2024年) go one to each
        // figure listed after it.
        let respective_years = s.find("分别").and_then(|p| {
            let before = &s[..p];
            let span = YEAR_SPAN.captures_iter(before).last().and_then(|c| {
                let (a, b): (i32, i32) = (c[1].parse().ok()?, c[2].parse().ok()?);
                let end = c.get(0)?.end();
                (a < b && b - a <= 10).then(|| (end, (a..=b).collect::<Vec<i32>>()))
            });
            let list = YEAR_LIST.find_iter(before).last().map(|m| {
                let ys: Vec<i32> = YEAR
                    .captures_iter(m.as_str())
                    .filter_map(|c| c[1].parse().ok())
                    .collect();
                (m.end(), ys)
            });
            let (_, ys) = span.into_iter().chain(list).max_by_key(|(end, _)| *end)?;
            Some((p, ys))
        });
        for cap in FIGURE.captures_iter(s) {
            let whole = cap.get(0).expect("group 0");
            let num = cap.get(1).expect("group 1");
            let unit = cap.get(3).expect("group 3").as_str();
            let (b0, b1) = (whole.start(), whole.end());
            // The lower end of a range is in the upper's unit (45亿—50亿元: 亿元).
            let unit = s[b1..]
                .strip_prefix(['—', '～', '~', '至'])
                .and_then(|rest| {
                    FIGURE
                        .captures(rest)
                        .filter(|c| c.get(0).is_some_and(|m| m.start() == 0))
                })
                .map(|c| c.get(3).expect("group 3").as_str())
                .filter(|upper| upper.len() > unit.len() && upper.starts_with(unit))
                .unwrap_or(unit);
            // Not a figure: a year, a date, part of a name.
            if years.iter().any(|&(y0, y1, _)| b0 < y1 && y0 < b1) {
                continue;
            }
            if v.ms.iter().any(|m| b0 < m.b1 && m.b0 < b1) {
                continue;
            }
            // A minus after a word, not after a number, signs a loss (净利润-0.12亿元);
            // after a number it joins a range (3-5万吨).
            let negative = s[..num.start()]
                .strip_suffix(['-', '－', '−'])
                .is_some_and(|b| {
                    ["利润", "收益", "损益", "净利", "为", "是", "：", "额", "率"]
                        .iter()
                        .any(|w| b.ends_with(w))
                });
            if !negative
                && s[..num.start()].ends_with(|c: char| c.is_ascii_digit() || c == '.' || c == '-')
            {
                continue;
            }
            // A distance after a slash is a rate's denominator (12.9kWh/100km), and
            // shares after 每 are a dividend's base (每10股派3元).
            if unit == "km" && s[..num.start()].ends_with('/')
                || unit.ends_with('股') && s[..num.start()].ends_with('每')
            {
                continue;
            }
            // An ordinal is no figure: a rank or a clause (排名第3位, 第二章第3.5款).
            if s[..num.start()].ends_with('第') {
                continue;
            }
            // A span of months or days (前10个月, 10个工作日) is a period, not a count;
            // nor are minutes (5分钟) a score.
            if unit == "个"
                && (s[b1..].starts_with(['月', '季'])
                    || DAY_SPANS.iter().any(|d| s[b1..].starts_with(d)))
                || unit == "分" && s[b1..].starts_with(['钟', '之', '别'])
            {
                continue;
            }
            let c0 = v.clause_start(b0);
            let clause_before = &s[c0..num.start()];
            let mut total_of: Option<usize> = None;
            // A count right after a list of names counts the list (科力远、威领股份2家),
            // unless 等 leaves room for more than it names (A、B、C等86家企业参会: a total).
            // (Not a product's count: 充电桩12000个 counts piles.)
            if let Some(k) = (0..v.ms.len())
                .rev()
                .find(|&k| v.ms[k].b1 <= num.start() && v.ms[k].b0 >= c0)
                && v.ms[k].kind != EntityType::Product
                && let gap = v.gap(v.ms[k].b1, num.start())
                // 等 may name what the list's members are (A、B等配套企业80余家).
                && let gap = gap
                    .strip_prefix('等')
                    .filter(|kind| {
                        kind.chars().count() <= 8
                            && kind.chars().all(crate::read::is_cjk)
                            && ["企业", "单位", "公司", "厂商", "机构", "项目"]
                                .iter()
                                .any(|w| kind.ends_with(w))
                    })
                    .map_or(gap, |_| "等")
                && matches!(gap, "" | "等" | "这" | "共")
                && matches!(unit, "家" | "个" | "项")
            {
                let listed = self
                    .group(k, &[v.ms[k].kind], &self.lex.words.joiners)
                    .len();
                let total = gap == "等"
                    && num
                        .as_str()
                        .replace(',', "")
                        .parse::<f64>()
                        .is_ok_and(|n| n > listed as f64);
                if !total {
                    continue;
                }
                // A total of the bodies a place or meeting gathers (溧阳已集聚A、B等配套企业
                // 80余家) is that place's, not the last one listed.
                // (Named before the list in this sentence: a place carried from the
                // sentences before gathers nothing here.)
                let first = self.group(k, &[v.ms[k].kind], &self.lex.words.joiners)[0];
                total_of = self.topic.filter(|&t| {
                    matches!(
                        self.kind(t),
                        EntityType::Region
                            | EntityType::Park
                            | EntityType::Event
                            | EntityType::Association
                    ) && v.ms[..first].iter().any(|m| m.e == t)
                });
            }
            let after = &s[b1..];
            // A share of equity (收购B 51%股权, 持有其15%股权, A持股60%, 由A 100%持股)
            // is a stake.
            // Said to be held (A持股60%, 分别持股55%、45%, 由A 100%持股), not only bought.
            let held_share = unit == "%"
                && (after.starts_with("持股")
                    || STAKE_LEADS
                        .iter()
                        .any(|w| s[c0..self.figure_run_start(num.start()).max(c0)].ends_with(w)));
            let stake = held_share
                || unit == "%"
                    && ["股权", "的股权", "股份", "的股份"]
                        .iter()
                        .any(|w| after.starts_with(w));
            // Without an indicator of its own, a figure continues the sentence's last
            // one of the same measure (产值860亿元,预计2026年突破1200亿元), unless a noun
            // of its own stands before it (最高触及7.68万元/吨，收盘价7.59万元/吨).
            let noun_once = std::cell::OnceCell::new();
            let noun = || {
                noun_once
                    .get_or_init(|| self.nearest_noun(c0, num.start()))
                    .clone()
            };
            let round = unit
                .ends_with('元')
                .then(|| ROUND_AFTER.captures(after))
                .flatten()
                .map(|c| {
                    let r = &c[1];
                    let r = match r.get(..4) {
                        Some(p) if p.eq_ignore_ascii_case("pre-") && r != "Pre-IPO" => {
                            format!("Pre-{}", r[4..].to_uppercase())
                        }
                        _ if r.is_ascii() && r.len() <= 3 => r.to_uppercase(),
                        _ => r.to_string(),
                    };
                    format!("{r}轮融资额")
                });
            let indicator = stake
                .then(|| "持股比例".to_string())
                .or(round)
                .or_else(|| self.indicator_for(&indicators, c0, num.start(), b1, unit, after))
                .or_else(|| noun().filter(|(_, tagged)| *tagged).map(|(n, _)| n))
                .or_else(|| {
                    self.last_of_measure(unit)
                        .map(|f| f.fact.indicator.to_string())
                })
                .or_else(|| noun().map(|(n, _)| n))
                .unwrap_or_else(|| NO_INDICATOR.to_string());
            // Thousands may be set off by commas (27,935户).
            let digits = num.as_str().replace(',', "");
            let signed = if negative {
                format!("-{digits}")
            } else {
                digits
            };
            let Ok(value) = signed.parse::<serde_json::Number>() else {
                continue;
            };
            // The year of the figure's clause, else of an earlier clause unless that
            // year dates an event (成立于2022年4月) rather than the figures; a year
            // whose own clause holds a figure dates figures (2024年生产…9.3万吨，实现
            // 营业收入21.7亿元).
            // A stake is a state, dated only by its own clause (截至2024年末持股…).
            let dated_before = !stake;
            // A year in brackets right after the figure dates it (6,214人（2024年末）).
            let bracket_year = s[b1..]
                .trim_start()
                .starts_with(['（', '('])
                .then(|| BRACKET_YEAR.captures(&s[b1..]))
                .flatten()
                .and_then(|c| c[1].parse::<i32>().ok());
            let own_year = bracket_year
                .or_else(|| {
                    years
                        .iter()
                        .rev()
                        .find(|&&(y0, y1, y)| {
                            y1 <= num.start() && y1 > c0 && dates((y0, y1, y), num.start())
                        })
                        .map(|&(_, _, y)| y)
                })
                // 同年，集团投资85亿元: the first figure after 同年 is of the year the
                // sentences before named (not one 目前 dates anew).
                .or_else(|| {
                    if !same_year_word {
                        return None;
                    }
                    let before = &s[..num.start()];
                    let at = before.rfind("同年").or_else(|| before.rfind("当年"))?;
                    let since = &before[at..];
                    (years.iter().all(|&(_, y1, _)| y1 > num.start())
                        && !FIGURE.is_match(since)
                        && !["目前", "现有", "截至"].iter().any(|w| since.contains(w)))
                    .then_some(self.year_before)
                    .flatten()
                });
            let year = own_year
                .or_else(|| {
                    if !dated_before {
                        return None;
                    }
                    self.start_up_year(&years, c0, num.start(), b1, unit)
                        .or_else(|| {
                            years.iter().rev().find(|&&(y0, y1, y)| {
                                y1 <= num.start()
                                    && dates((y0, y1, y), num.start())
                                    && !is_date(s, y0, y1)
                                    && (!self.dates_an_event(y1)
                                        || FIGURE.is_match(&s[y1..v.clause_end(y1)]))
                            })
                        })
                        .map(|&(_, _, y)| y)
                        // (Not where the sentence names its own time: a continuation
                        // that opens on 今年1-9月 after 2024年，… is no longer 2024's.)
                        .or(self
                            .frame_before
                            .0
                            .filter(|_| !names_own_time(&s[..num.start()])))
                })
                .filter(|y| (1950..=2100).contains(y));
            // 全年 after a period speaks of the whole year again (今年1-4月…增速达23.7%，
            // 全年产值有望突破1000亿元).
            let whole_year = s[..num.start()].rfind("全年");
            let period = PERIOD
                .find_iter(&s[..num.start()])
                .last()
                .filter(|m| whole_year.is_none_or(|w| w < m.start()))
                .map(|m| m.as_str().into())
                .or_else(|| {
                    whole_year
                        .is_none()
                        .then(|| self.frame_before.1.as_deref().map(Into::into))
                        .flatten()
                });
            // 项目达产后，年产值60亿元: what a project will do once built is a plan,
            // whichever clause of the sentence says so.
            let target = TARGET.is_match(clause_before) || PLAN_AHEAD.is_match(&s[..num.start()]);
            // Registered capital is the company's just named (…设立全资子公司C（…），
            // 注册资本3亿元), not the sentence's subject.
            let registered = (indicator == "注册资本")
                .then(|| {
                    v.ms.iter()
                        .rev()
                        .find(|m| m.b1 <= num.start() && m.kind == EntityType::Company)
                        .map(|m| m.e)
                })
                .flatten();
            // A stake in the company right before it, bought or held (收购B 51%股权),
            // is the buyer's: the company acting before the verb, else the topic.
            let buyer = stake
                .then(|| {
                    let k = v.ms.iter().rposition(|m| {
                        m.b1 <= num.start() && v.gap(m.b1, num.start()).is_empty()
                    })?;
                    let verb = ["收购", "受让", "持有", "入股", "增持"]
                        .iter()
                        .find(|w| v.s[..v.ms[k].b0].ends_with(*w))?;
                    let at = v.ms[k].b0 - verb.len();
                    let buyer =
                        self.subject_before(at, &[EntityType::Company], &self.lex.words.joiners);
                    self.or_topic_company(&buyer).last().copied()
                })
                .flatten();
            // A stake is a figure of the company held, naming its holder, as a
            // shareholder table gives it; where the company held is not found, of
            // the holder.
            let (holder, indicator) = match stake
                .then(|| self.stake_parties(c0, num.start(), b1, buyer))
                .flatten()
            {
                Some((held, Some(by))) => {
                    // A company said to hold a share (A持股60%, 由A 100%持股) controls the
                    // company held above half, else invests in it; a deal (收购, 受让) is
                    // the triggers' to read.
                    if held_share
                        && self.kind(by) == EntityType::Company
                        && let Some(p) = value.as_f64()
                    {
                        // 持股45%，为控股股东 and 控股股东为A，持股32.6%: control below half.
                        let prev_clause = &s[v.clause_start(c0.saturating_sub(1))..c0];
                        let controls = s[b1..]
                            .trim_start_matches([',', '，'])
                            .trim_start_matches(['为', '是', '系'])
                            .starts_with("控股股东")
                            || c0 > 0
                                && (prev_clause.contains("控股股东为")
                                    || prev_clause.contains("控股股东是"));
                        if p > 50.0 || controls {
                            self.push(held, by, Relation::SubsidiaryOf);
                        } else {
                            self.push(by, held, Relation::InvestsIn);
                        }
                    }
                    (
                        Some(held),
                        format!("{}持股比例", self.res.entities[by].name),
                    )
                }
                Some((held, None)) => (Some(held), indicator),
                None => (buyer, indicator),
            };
            // A list of figures after 分别 that its list of holders does not fit says
            // whose each is to no one (兰州、白银两市分别占全省的52.3%、21.6%和13.6%).
            let respective = self.respective_holder(num.start());
            if registered.or(holder).is_none() && respective == Some(None) {
                continue;
            }
            let Some(subject) = registered
                .or(holder)
                .or(total_of)
                .or(respective.flatten())
                .or_else(|| self.field_owner(num.start()))
                .or_else(|| self.fact_subject(c0, num.start(), unit))
            else {
                continue;
            };
            // After 分别, a list of figures (A、B和C, or 10.36/15.68/19.86亿元 sharing
            // the last one's unit) as long as the years listed before it: one each.
            let mut listed: Vec<(serde_json::Number, Option<i32>)> = Vec::new();
            let mut year = year;
            if let Some((p, ys)) = &respective_years
                && num.start() > *p
            {
                let slashed = slash_list_before(&s[*p..num.start()]);
                if !slashed.is_empty() && slashed.len() + 1 == ys.len() {
                    for (k, n) in slashed.into_iter().enumerate() {
                        listed.push((n, Some(ys[k])));
                    }
                    year = ys.last().copied();
                } else if let Some((k, n)) = self.place_in_run(*p, num.start())
                    && n == ys.len()
                {
                    year = Some(ys[k]);
                }
            }
            // The lower end of a range written without a unit (5.5—7万元/吨) is a figure
            // in the upper end's unit too.
            if let Some(lower) = RANGE_LOWER
                .captures(&s[..num.start()])
                .and_then(|c| c.get(1))
                .and_then(|n| n.as_str().parse::<serde_json::Number>().ok())
            {
                listed.push((lower, year));
            }
            let fact = Fact {
                indicator: indicator.into(),
                value,
                unit: unit.into(),
                year,
                period,
                target,
                evidence: crate::model::EvidenceList::default(),
            };
            for (value, year) in listed {
                self.out.facts.push(FactClaim {
                    subject,
                    fact: Fact {
                        value,
                        year,
                        ..fact.clone()
                    },
                    sentence: self.sentence,
                });
            }
            self.out.facts.push(FactClaim {
                subject,
                fact,
                sentence: self.sentence,
            });
        }
    }

    /// The sentence's figures so far, the last first.
    fn figures_here(&self) -> impl Iterator<Item = &FactClaim> {
        self.out
            .facts
            .iter()
            .rev()
            .take_while(|f| f.sentence == self.sentence)
    }

    /// The sentence's last figure so far of the measure of `unit`.
    fn last_of_measure(&self, unit: &str) -> Option<&FactClaim> {
        self.figures_here()
            .find(|f| Measure::of_unit(&f.fact.unit) == Measure::of_unit(unit))
            // (A figure with no word of its own gives none to the next.)
            .filter(|f| &*f.fact.indicator != NO_INDICATOR)
    }

    /// The place of the figure at `num0` in the list of figures after 分别 at `p`,
    /// and the list's length.
    fn place_in_run(&self, p: usize, num0: usize) -> Option<(usize, usize)> {
        let run = self.figures_listed_after(p);
        let k = run.iter().position(|&n| n == num0)?;
        Some((k, run.len()))
    }

    /// The numbers' starts of the figures listed from byte `p` (after 分别), each
    /// joined to the one before by 、/和/及.
    fn figures_listed_after(&self, p: usize) -> Vec<usize> {
        let v = self.view;
        let mut run: Vec<usize> = Vec::new();
        let mut end = None;
        for m in FIGURE.captures_iter(&v.s[p..]) {
            let (Some(n), Some(whole)) = (m.get(1), m.get(0)) else {
                break;
            };
            let (n0, b1) = (p + n.start(), p + whole.end());
            if let Some(e) = end
                && !matches!(v.gap(e, n0), "、" | "和" | "及" | "与" | "以及")
            {
                break;
            }
            run.push(n0);
            end = Some(b1);
        }
        run
    }

    /// The company a stake figure is in, and who holds it where the sentence says.
    /// The company held: B in 收购B 51%股权 or 受让A持有的B 36%股权; the issuer in
    /// 持有公司34.62%的股份; the company 其 stands for in A持有其20%股权; else the
    /// first company of the sentence that holds no stake in it (设立控股子公司B，A持股
    /// 60%; B由A与C合资组建，A持股51%; 合资成立B，A、C分别持股55%、45%), else the
    /// company of the stake just before (a shareholder list's later lines), else the
    /// topic. The holder: the name right before 持股 (or its place in the list before
    /// 分别持股), right before the figure in 由A 100%持股, right before the verb, else
    /// the verb's subject, else the clause's subject if a company or person.
    fn stake_parties(
        &self,
        c0: usize,
        n0: usize,
        b1: usize,
        buyer: Option<usize>,
    ) -> Option<(usize, Option<usize>)> {
        let v = self.view;
        let s = v.s;
        let holder_kinds = [EntityType::Company, EntityType::Person];
        let right_before = |at: usize| {
            v.ms.iter()
                .rposition(|m| m.b1 <= at && v.gap(m.b1, at).is_empty())
                .filter(|&k| holder_kinds.contains(&v.ms[k].kind))
                .map(|k| v.ms[k].e)
        };
        // The first figure of a list after 分别持股 (55%、30%和15%) is what follows it.
        let lead_end = self.figure_run_start(n0);
        let lead_at = STAKE_LEADS
            .iter()
            .find(|w| s[c0..lead_end].ends_with(*w))
            .map(|w| {
                let at = lead_end - w.len();
                at - if s[..at].ends_with("分别") {
                    "分别".len()
                } else {
                    0
                }
            });
        let company_ending = |at: usize| {
            v.ms.iter()
                .rfind(|m| m.b1 == at && m.kind == EntityType::Company)
                .map(|m| m.e)
        };
        let issuer_company = self.issuer.filter(|&e| self.kind(e) == EntityType::Company);
        // A clause that opens on a company's back-reference before 持股 (…共同出资设
        // 立，公司持股75%) is the issuer's stake, else the company the sentences before
        // were about, never one this sentence names.
        let by_reference = |at: usize| {
            self.is_company_anaphor(without_list_number(s[c0..at].trim()))
                .then(|| issuer_company.or(self.topic_before))
                .flatten()
                .filter(|&e| self.kind(e) == EntityType::Company && !v.ms.iter().any(|m| m.e == e))
        };
        let mut named = match lead_at {
            Some(at) => match self.respective_holder(n0) {
                Some(Some(e)) => Some(e),
                _ => right_before(at).or_else(|| by_reference(at)),
            },
            // 由A 100%持股
            None if s[b1..].starts_with("持股") => right_before(n0),
            None => None,
        };
        // A参股B（持股20%）: the stake is in B, held by the one before it.
        let in_brackets = lead_at
            .filter(|&at| s[..at].ends_with(['（', '(']))
            .and_then(|at| {
                let open = at - s[..at].chars().next_back().map_or(1, char::len_utf8);
                v.ms.iter()
                    .rfind(|m| m.b1 == open && m.kind == EntityType::Company)
            });
        if let Some(b) = in_brackets {
            named = named.or_else(|| {
                self.subject_before(b.b0, &holder_kinds, &self.lex.words.joiners)
                    .last()
                    .map(|&k| v.ms[k].e)
            });
        }
        let in_brackets = in_brackets.map(|m| m.e);
        // 公司控股股东为A，持股32.6%: A holds it, in the company whose shareholder it is.
        let mut shareholder_of = None;
        if lead_at == Some(c0)
            && let Some(a) =
                v.ms.iter()
                    .rfind(|m| m.b1 < c0 && matches!(s[m.b1..c0].trim(), "，" | ","))
                    .filter(|m| holder_kinds.contains(&m.kind))
            && let Some(p) = s[..a.b0].rfind("股东")
            && matches!(&s[p + "股东".len()..a.b0], "为" | "是" | "：" | ":")
        {
            named = named.or(Some(a.e));
            let before = s[..p].trim_end_matches("控股").trim_end_matches("第一大");
            let before = before.strip_suffix('的').unwrap_or(before);
            shareholder_of = company_ending(before.len()).or_else(|| {
                ["公司", "本公司", "发行人"]
                    .iter()
                    .any(|w| before.ends_with(w))
                    .then_some(issuer_company)
                    .flatten()
            });
        }
        // The verb before the company held, 其 or the issuer's word, right before the
        // figure (a space may stand between: 控制发行人 41.26%的股份).
        let clause = s[c0..n0].trim_end();
        let n0 = c0 + clause.len();
        let object_at =
            v.ms.iter()
                .rposition(|m| m.b1 <= n0 && m.b0 >= c0 && v.gap(m.b1, n0).is_empty())
                .filter(|&k| v.ms[k].kind == EntityType::Company)
                .map(|k| (v.ms[k].b0, Some(v.ms[k].e)))
                .or_else(|| {
                    ["其", "其所", "公司", "本公司", "发行人"]
                        .iter()
                        .find(|w| clause.ends_with(*w))
                        .map(|w| (n0 - w.len(), None))
                });
        // (An aspect particle may follow the verb: 收购了B 51%股权.)
        let verb = object_at.and_then(|(at, e)| {
            let lead = s[c0..at].strip_suffix('了').unwrap_or(&s[c0..at]);
            STAKE_VERBS
                .iter()
                .find(|w| lead.ends_with(*w))
                .map(|w| (c0 + lead.len() - w.len(), at, e))
        });
        // Shareholders the text does not name (其他3名自然人股东合计持股30%) hold it:
        // no one named does.
        let unnamed = lead_at.is_some_and(|at| {
            let before = ["合计", "共计", "共同", "分别"]
                .iter()
                .find_map(|w| s[c0..at].strip_suffix(w))
                .unwrap_or(&s[c0..at]);
            ["股东", "自然人", "员工"]
                .iter()
                .any(|w| before.ends_with(w))
        });
        let holder = named
            .filter(|_| !unnamed)
            .or_else(|| verb.and_then(|(v0, _, _)| right_before(v0)))
            .or(buyer)
            // A clause that opens on 持股 goes on with the subject of the one before
            // (其中公司以货币出资1.2亿元，持股60%; 公司参股B，持股比例为18%).
            .or_else(|| {
                let prev = s[..c0].trim_end();
                let prev = prev.strip_suffix(['，', ','])?;
                let p0 = v.clause_start(prev.len());
                (lead_at == Some(c0))
                    .then(|| {
                        v.ms.iter().find(|m| {
                            m.b0 >= p0 && m.b1 <= prev.len() && holder_kinds.contains(&m.kind)
                        })
                    })?
                    .map(|m| m.e)
            })
            .or_else(|| {
                verb.and_then(|(v0, _, _)| {
                    self.subject_before(v0, &holder_kinds, &self.lex.words.joiners)
                        .last()
                        .map(|&k| v.ms[k].e)
                })
            })
            .or_else(|| {
                self.fact_subject(c0, n0, "%")
                    .filter(|&e| holder_kinds.contains(&self.kind(e)))
            })
            .filter(|_| !unnamed);
        let object = verb.and_then(|(_, at, e)| {
            e.or_else(|| {
                if s[at..n0].starts_with('其') {
                    v.ms.iter()
                        .rev()
                        .find(|m| {
                            m.b1 <= at && m.kind == EntityType::Company && Some(m.e) != holder
                        })
                        .map(|m| m.e)
                } else {
                    issuer_company
                }
            })
        });
        // Every name that holds a stake in this sentence (A持股…, A、B分别持股…, the
        // two sides of 双方分别持股).
        let mut holding: Vec<usize> = holder.into_iter().collect();
        if let Some(p) = s.find("双方分别持股") {
            holding.extend(self.both_sides(p + "双方".len()).into_iter().flatten());
        }
        for (k, m) in v.ms.iter().enumerate() {
            let holds = s[m.b1..].find("持股").is_some_and(|p| {
                let g = v.gap(m.b1, m.b1 + p);
                g.is_empty() || g == "分别"
            });
            if holds {
                holding.extend(
                    self.group(k, &holder_kinds, &self.lex.words.joiners)
                        .into_iter()
                        .map(|j| v.ms[j].e),
                );
            }
        }
        let free = |e: &usize| self.kind(*e) == EntityType::Company && !holding.contains(e);
        let first_free = || {
            v.ms.iter()
                .find(|m| m.b1 <= n0 && free(&m.e))
                .map(|m| m.e)
                .or(self.held_before.filter(free))
                .or(self.block_head.filter(free))
                // A subject named after the figure (该公司由A 100%持股，后者则是B的全资子
                // 公司) is not what 该公司 stands for; the topic before is.
                .or(self
                    .topic
                    .filter(|t| free(t) && !v.ms.iter().any(|m| m.e == *t && m.b0 >= n0)))
                .or(self.topic_before.filter(free))
        };
        // A company this sentence founds (A与B合资成立C，A持股70%) is the one held,
        // though partners named before it hold no stake.
        let founded = || {
            v.ms.iter()
                .find(|m| {
                    m.b1 <= n0 && free(&m.e) && {
                        let before = s[..m.b0].trim_end_matches(FOUNDED_KIND);
                        FOUNDING_VERBS.iter().any(|w| before.ends_with(w))
                    }
                })
                .map(|m| m.e)
        };
        let held = object
            .or(in_brackets)
            .or(shareholder_of)
            .or_else(founded)
            .or_else(first_free)?;
        self.held_now.set(Some(held));
        (Some(held) != holder).then_some((held, holder))
    }

    /// The body whose block a field line stands in, for a figure that no one on the
    /// line before it holds (（一）C（拟设立） / 注册资本：50,000万元 / 主要财务数据：
    /// …资产总额16.82亿元).
    fn field_owner(&self, num0: usize) -> Option<usize> {
        let v = self.view;
        let head = self.block_head?;
        (self.field_line.is_some()
            && !v.ms.iter().any(|m| {
                m.b1 <= num0
                    && matches!(
                        m.kind,
                        EntityType::Company
                            | EntityType::Person
                            | EntityType::Park
                            | EntityType::Institute
                            | EntityType::University
                    )
            }))
        .then_some(head)
    }

    /// Where a list of figures joined by 、/和/及 that ends at `n0` begins
    /// (分别持股55%、30%和15%: at 55 for each of them).
    fn figure_run_start(&self, n0: usize) -> usize {
        let s = self.view.s;
        let mut start = n0;
        loop {
            let before = &s[..start];
            let Some(joined) = ["、", "和", "及"]
                .iter()
                .find_map(|w| before.strip_suffix(*w))
            else {
                return start;
            };
            let Some(figure) = FIGURE
                .find_iter(joined)
                .last()
                .filter(|f| f.end() == joined.len())
            else {
                return start;
            };
            start = figure.start();
        }
    }

    /// The holder of a figure in a list after 分别, when as many holders stand before
    /// it: A、B、C三市分别占全省的52.3%、21.6%和13.6%; A与…B…，份额分别为14.5%和17.2%.
    /// The holders are the list right before 分别, else every named entity of that
    /// list's kind before it in the sentence. `Some(None)` when a list written as one
    /// does not fit the figures: then the figure is no one's.
    /// The two sides 双方 right before `at` stands for, after a founding (与B合资组建C，
    /// 双方分别持股51%和49%): the two companies named before the one they founded,
    /// the last named before `at`.
    fn both_sides(&self, at: usize) -> Option<[usize; 2]> {
        let v = self.view;
        if !v.s[..at].trim_end_matches(['，', ',']).ends_with("双方") {
            return None;
        }
        let last =
            v.ms.iter()
                .rposition(|m| m.b1 <= at && m.kind == EntityType::Company)?;
        let mut sides: Vec<usize> = Vec::new();
        for m in v.ms[..last]
            .iter()
            .filter(|m| m.kind == EntityType::Company)
        {
            if !sides.contains(&m.e) && m.e != v.ms[last].e {
                sides.push(m.e);
            }
        }
        match sides[..] {
            [a, b] => Some([a, b]),
            _ => None,
        }
    }

    fn respective_holder(&self, num0: usize) -> Option<Option<usize>> {
        let v = self.view;
        let p = v.s[..num0].rfind("分别")?;
        let run = self.figures_listed_after(p);
        let k = run.iter().position(|&n| n == num0)?;
        if run.len() < 2 {
            return None;
        }
        let last =
            v.ms.iter()
                .rposition(|m| m.b1 <= p && actors().contains(&m.kind))?;
        let kind = v.ms[last].kind;
        if let Some(sides) = self.both_sides(p) {
            return Some((run.len() == 2).then(|| sides[k]));
        }
        let distinct = |ks: Vec<usize>| {
            let mut es: Vec<usize> = Vec::new();
            for k in ks {
                if !es.contains(&v.ms[k].e) {
                    es.push(v.ms[k].e);
                }
            }
            es
        };
        let list = distinct(self.group(last, &[kind], &self.lex.words.joiners));
        if list.len() == run.len() {
            return Some(Some(list[k]));
        }
        // A list that is not written as one (A与R的B) is found by counting; one
        // that is (兰州、白银两市 with three figures) does not fit.
        if list.len() > 1 {
            return Some(None);
        }
        let all = distinct((0..=last).filter(|&j| v.ms[j].kind == kind).collect());
        (all.len() == run.len()).then(|| Some(all[k]))
    }

    /// Modal characters before a verb (拟新建, 将达到): never part of an indicator.
    const MODALS: [char; 2] = ['拟', '将'];

    /// The words right before a figure (回收率 in 锂回收率超过90%), when no indicator word
    /// is known, and whether the segmenter tags their last word a noun.
    fn nearest_noun(&self, c0: usize, num0: usize) -> Option<(String, bool)> {
        // The words right before the figure, less the verb that introduces it (达到, 超过 …),
        // and never part of a name before them: 公司拟落地12亿元 is not 司拟落地. A
        // product or a stage may be the noun itself (储能电站将达到6座).
        let from = self
            .view
            .ms
            .iter()
            .filter(|m| {
                m.b1 <= num0
                    && m.b1 > c0
                    && !matches!(m.kind, EntityType::Product | EntityType::Stage)
            })
            .map(|m| m.b1)
            .max()
            .unwrap_or(c0);
        let mut before = self.view.gap(from, num0).trim_end();
        // A field's label, which its colon puts in a clause of its own, is the noun
        // (评标得分：92.36分).
        if before.is_empty()
            && let Some(label) = self.view.s[..c0]
                .trim_end()
                .strip_suffix(['：', ':'])
                .map(str::trim_end)
        {
            before = &label[self.view.clause_start(label.len()).min(label.len())..];
        }
        loop {
            let trimmed = self
                .lex
                .words
                .figure_verbs
                .iter()
                .find_map(|w| before.strip_suffix(w.as_str()))
                .unwrap_or(before)
                .trim_end_matches(Self::MODALS);
            if trimmed.len() == before.len() {
                break;
            }
            before = trimmed;
        }
        // A modal ends the words the figure is about: 拟新建 is 新建.
        let tail_start = before
            .char_indices()
            .rev()
            .take_while(|&(_, c)| crate::read::is_cjk(c) && !Self::MODALS.contains(&c))
            .take(8)
            .last()
            .map_or(before.len(), |(b, _)| b);
        // The unit of a figure before it is no word of its own (投资30亿元的20GWh项目:
        // 亿元 labels nothing), though a year is (2024年碳酸锂产量).
        let tail_start = FIGURE
            .find_iter(before)
            .filter(|f| f.start() < tail_start && f.end() > tail_start)
            .last()
            .map_or(tail_start, |f| f.end());
        let tail = &before[tail_start..];
        // Whole words, up to five characters (年处理退役锂电池 is 退役锂电池, not
        // 役锂电池), less a relation's verb or a particle, preposition, conjunction,
        // adverb or pronoun that leads them (建成换电站 is 换电站, 的储能电站 is
        // 储能电站; 处理能力 keeps its verb).
        let tokens = self.lex.tag(tail);
        let mut first = tokens.len();
        let mut chars = 0;
        while first > 0 {
            let n = tokens[first - 1].word.chars().count();
            if chars + n > 5 && chars > 0 {
                break;
            }
            chars += n;
            first -= 1;
        }
        let mut words = &tokens[first..];
        while words.len() > 1
            && (words[0].tag.starts_with('v') && self.lex.is_trigger(words[0].word)
                || words[0].tag.starts_with(['u', 'p', 'c', 'd', 'r']))
        {
            words = &words[1..];
        }
        // A conjunction right before the figure (代表和500余名准车主) opens a new
        // conjunct: the words before it are another's.
        if words.last().is_some_and(|t| t.tag.starts_with('c')) {
            return None;
        }
        let noun: String = words.iter().map(|t| t.word).collect();
        let tagged = words
            .last()
            .is_some_and(|t| t.tag.starts_with('n') || t.tag == "vn");
        (2..=6)
            .contains(&noun.chars().count())
            .then_some((noun, tagged))
    }

    /// The indicator of a figure: the nearest indicator word before it in its clause,
    /// or one right after it (35%的市场份额, 199家企业).
    fn indicator_for(
        &self,
        indicators: &[(usize, usize, &crate::lexicon::Indicator)],
        c0: usize,
        num0: usize,
        b1: usize,
        unit: &str,
        after: &str,
    ) -> Option<String> {
        let after_trim = after.trim_start_matches(['的', '多', '余']);
        // Counts name what they count right after them (7家龙头企业, 68项发明专利).
        if Measure::of_unit(unit) == Measure::Count
            && let Some(&(_, _, ind)) = indicators.iter().find(|&&(i0, _, ind)| {
                i0 >= b1
                    && after[..i0 - b1].chars().count() <= 8
                    && !after[..i0 - b1].contains([',', '，', '。'])
                    && ind.fits(unit)
            })
        {
            return Some(ind.canonical.clone());
        }
        // A field's label (总投资：9.2亿元), which the colon puts in a clause of its own.
        if let Some(&(_, _, ind)) = indicators.iter().rev().find(|&&(_, i1, ind)| {
            i1 <= num0 && ind.fits(unit) && matches!(self.view.s[i1..num0].trim(), "：" | ":")
        }) {
            return Some(ind.canonical.clone());
        }
        // The nearest indicator before the figure in its clause that takes its unit.
        if let Some(&(_, _, ind)) = indicators
            .iter()
            .rev()
            .find(|&&(i0, i1, ind)| i1 <= num0 && i0 >= c0 && ind.fits(unit))
        {
            return Some(ind.canonical.clone());
        }
        // (Not across a clause's break: 处理退役电池4.6万吨，同比增长52% labels only 52%.)
        if let Some(&(_, _, ind)) = indicators.iter().find(|&&(i0, _, ind)| {
            i0 >= b1
                && after_trim.len() + (i0 - b1) >= after.len()
                && i0 - b1 <= 6
                && !after[..i0 - b1].contains([',', '，', ';', '；', '。'])
                && ind.fits(unit)
        }) {
            return Some(ind.canonical.clone());
        }
        None
    }

    /// The entity a figure is about, in order of preference: a back-reference in
    /// its clause (公司, 研究院 → the last company or institute named); an
    /// organization or region in its clause before it (not a place 在R, not a
    /// source 据…/X介绍); a product in its clause (全国锂电池总产量); the sentence's
    /// subject; an earlier organization or product of the sentence; the topic.
    /// A national or industry-wide clause (全国, 我国, 行业) takes only a product.
    fn fact_subject(&self, c0: usize, num0: usize, unit: &str) -> Option<usize> {
        // A project record's figures are its holder's, whichever field gives them.
        if let Some(r) = self.record {
            return Some(r.holder);
        }
        let v = self.view;
        let holders = [
            EntityType::Company,
            EntityType::University,
            EntityType::Institute,
            EntityType::Association,
            EntityType::Government,
            EntityType::Region,
            EntityType::Park,
            EntityType::Event,
        ];
        let words = &self.lex.words;
        let clause = v.gap(c0, num0);
        // 宜宾基地总投资120亿元: a company's site named by its place is no holder of
        // figures; they are the company's.
        // (So are the places written before it: 内蒙古包头基地, 泰安总部基地.)
        let site = |m: &M| {
            m.kind == EntityType::Region
                && v.ms
                    .iter()
                    .position(|n| n.b0 == m.b0)
                    .is_some_and(|k| is_site(v, k))
        };
        // X发布了第二代钠离子电池: a launch, not a source (X发布的数据显示): the
        // product follows in the clause, with no 的 after the verb.
        let launches = |m: &M, after: &str| {
            ["发布", "推出"]
                .iter()
                .find(|w| after.starts_with(*w))
                .is_some_and(|w| {
                    !after[w.len()..].starts_with('的')
                        && v.ms.iter().any(|p| {
                            p.kind == EntityType::Product
                                && p.b0 > m.b1
                                && p.b1 <= v.clause_end(m.b1)
                        })
                })
        };
        // A place inside a note in brackets (淄博基地（山东省淄博市临淄区）：…) says where,
        // and holds nothing.
        let place_in_note = |m: &M| {
            matches!(m.kind, EntityType::Region | EntityType::Park)
                && v.open_note(0, m.b0).is_some()
        };
        // A、B等32家企业: the items of a list the figure counts hold none of it.
        let counted_item = |m: &M| {
            let mut at = m.b1;
            for x in v.ms.iter().filter(|x| x.b0 >= m.b1 && x.b1 <= num0) {
                if v.gap(at, x.b0) != "、" {
                    return false;
                }
                at = x.b1;
            }
            matches!(v.gap(at, num0), "等" | "等共" | "等近" | "等超过")
        };
        let usable = |m: &&M| {
            let cs = v.clause_start(m.b0);
            // A place inside a list of places shares the list's preposition (在赣州、
            // 吉安、南昌等地布局网点32个: 南昌 is no holder either).
            let list_start = if matches!(m.kind, EntityType::Region | EntityType::Park) {
                let mut first = v.ms.iter().position(|n| n.b0 == m.b0).unwrap_or(0);
                while first > 0
                    && matches!(v.ms[first - 1].kind, EntityType::Region | EntityType::Park)
                    && v.ms[first - 1].b0 >= cs
                    && matches!(v.gap(v.ms[first - 1].b1, v.ms[first].b0), "" | "、" | "及")
                {
                    first -= 1;
                }
                v.ms[first].b0.min(m.b0)
            } else {
                m.b0
            };
            let before = v.gap(cs, list_start);
            let after = &v.s[m.b1..v.clause_end(m.b1)];
            // A…，占B…采购量的38%: the whole a share is of holds no figure where the
            // sentence named a holder before it, but for a stake (占B总股本的34.63%),
            // which the gold files put on B.
            let share_of = before.ends_with('占')
                && !["股本", "股份", "股权"].iter().any(|w| after.contains(w))
                && v.ms
                    .iter()
                    .any(|x| x.b1 <= m.b0 && x.e != m.e && x.kind.is_org());
            (!ends_with_any(before, &words.adverbial_before) || self.is_doer(m))
                && !share_of
                && !before.contains("根据")
                && !before.ends_with('据')
                && (!starts_with_any(after, &words.source_after) || launches(m, after))
                && !self.is_affiliation(m)
                && !site(m)
                && !place_in_note(m)
                && !counted_item(m)
        };
        // 本轮投后估值已超过30亿元: a figure of the round, with no one named after
        // the word, is the company's that raised it.
        if let Some(f) = self.financed
            && let Some(p) = ["本轮", "此轮", "该轮"]
                .iter()
                .filter_map(|w| clause.rfind(w))
                .max()
            && !v
                .ms
                .iter()
                .any(|m| m.b0 >= c0 + p && m.b1 <= num0 && holders.contains(&m.kind))
        {
            return Some(f);
        }
        // A penalty is the one it is laid on (A对B作出罚款186万元的行政处罚, 对B罚款
        // 95万元), not the authority that lays it.
        if self
            .lex
            .words
            .penalty
            .iter()
            .any(|w| clause.contains(w.as_str()))
            && let Some(m) = v.ms.iter().rev().find(|m| {
                m.b0 >= c0
                    && m.b1 <= num0
                    && m.kind.is_org()
                    && v.gap(v.clause_start(m.b0), m.b0).ends_with('对')
            })
        {
            return Some(m.e);
        }
        if let Some(e) = self.anaphor(c0, num0) {
            return Some(e);
        }
        // 其位于R的生产基地年产能达20GWh: a sentence opening on 其 (its) goes on about
        // the company before it, where it names no other organization before the
        // figure (the places of its sites hold nothing).
        if opens_on_qi(v.s)
            && let Some(t) = self
                .topic_before
                .filter(|&t| self.kind(t) == EntityType::Company)
            && self.names_no_body(0, num0)
        {
            return Some(t);
        }
        // X表示，受…拉动，其11月开工率约为55%: a later clause opening on 其 is about
        // the company the sentence is about, even one that speaks, else the first it
        // named (B由A控股，其… is B's).
        if c0 > 0
            && opens_on_qi(&v.s[c0..num0])
            && self.names_no_body(c0, num0)
            && let Some(m) =
                v.ms.iter()
                    .filter(|m| m.b1 <= c0 && m.kind == EntityType::Company)
                    .find(|m| Some(m.e) == self.topic)
                    .or_else(|| {
                        v.ms.iter()
                            .find(|m| m.b1 <= c0 && m.kind == EntityType::Company)
                    })
            && !self.is_affiliation(m)
        {
            return Some(m.e);
        }
        // 共建X研究院，首批引进博士研发人员16名: a clause naming no one after the clause
        // that founds a body is about that body.
        if !v
            .ms
            .iter()
            .any(|m| m.b0 >= c0 && m.b1 <= num0 && holders.contains(&m.kind))
            && let Some(e) = self.founded_before(c0)
        {
            return Some(e);
        }
        // 兑现“新能源十条”奖补资金1.26亿元: a figure of a policy named in its clause,
        // with no one named after the policy, is the policy's.
        if let Some(p) =
            v.ms.iter()
                .rev()
                .find(|m| m.kind == EntityType::Policy && m.b0 >= c0 && m.b1 <= num0)
            && !v
                .ms
                .iter()
                .any(|m| m.b0 >= p.b1 && m.b1 <= num0 && holders.contains(&m.kind))
        {
            return Some(p.e);
        }
        // G印发《P》（以下简称…），对…给予补助，单个项目最高补助5000万元: a later clause
        // naming no one that grants money says what the policy grants.
        if let Some(p) = v.ms.iter().rev().find(|m| {
            m.kind == EntityType::Policy
                && m.b1 <= c0
                && ISSUING_VERB.is_match(&v.s[v.clause_start(m.b0)..m.b0])
        }) && ["补助", "补贴", "奖励", "奖补", "给予", "最高"]
            .iter()
            .any(|w| v.s[c0..v.clause_end(num0)].contains(w))
            && !v
                .ms
                .iter()
                .any(|m| m.b0 >= p.b1 && m.b1 <= num0 && holders.contains(&m.kind))
        {
            return Some(p.e);
        }
        // 全省…产能达到40万吨: the province named earlier in this sentence, else the
        // one the document names most so far. The word holds for the figure's clause
        // and for later ones that name no one (…，产值力争突破1200亿元).
        // Not the whole of a share (占全省…的47.3%: the share is the subject's), nor a
        // word describing the clause's subject (X是全市…的承载地，产值…: X's).
        // Nor the place where a named subject acts (X深耕…，在全省布局…，年处理能力达15
        // 万吨: X's).
        let where_acted = |p: usize| {
            v.s[..p].ends_with(['在', '于'])
                && v.ms.iter().any(|m| m.b1 <= p && holders.contains(&m.kind))
        };
        let whole = self.lex.last_whole_region(&v.s[..num0], |p| {
            !v.s[..p].ends_with('占')
                && !where_acted(p)
                && !v.ms.iter().any(|m| {
                    m.b1 <= p
                        && m.b0 >= v.clause_start(p)
                        && holders.contains(&m.kind)
                        && COPULA_HEAD.is_match(v.gap(m.b1, p))
                })
        });
        if let Some((p, w)) = whole
            && (p >= c0
                || !v
                    .ms
                    .iter()
                    .any(|m| m.b0 > p && m.b1 <= num0 && holders.contains(&m.kind)))
            && let Some(end) = w.chars().next_back()
        {
            let here = v.ms.iter().rev().find(|m| {
                m.b1 <= num0
                    && m.kind == EntityType::Region
                    && self.res.entities[m.e].name.ends_with(end)
            });
            if let Some(e) = here
                .map(|m| m.e)
                .or_else(|| self.region_by_end.get(&end).copied())
                .or_else(|| self.doc_region_by_end.get(&end).copied())
            {
                self.whole_holder.set(Some(e));
                return Some(e);
            }
        }
        if whole.is_none()
            && let Some(e) = self.frame_holder
            && !v
                .ms
                .iter()
                .any(|m| m.b1 <= num0 && holders.contains(&m.kind))
        {
            return Some(e);
        }
        // 大会在金昌举行，来自全国的300余家企业、600余名代表参会: a count of those who
        // attend is the event's, when the sentence names it before the count.
        // The event first: the trigger scan runs only when there is one.
        // So is it when the sentence opens on the event it refers back to (大会由…主办，
        // 来自全国的160余家企业参会).
        let opens_on_event = self
            .event
            .filter(|_| self.opens_on_event_word(v.s.trim_start()));
        // An attendance count with no event named in its sentence is the event's the
        // text is reporting on (…对接会在西安举行。86家企业参会，…).
        if let Some(e) =
            v.ms.iter()
                .rev()
                .find(|m| m.b1 <= num0 && m.kind == EntityType::Event)
                .map(|m| m.e)
                .or(opens_on_event)
                .or(self.event)
            && self
                .lex
                .find_triggers(&v.s[num0..self.list_clause_end(num0)])
                .iter()
                .any(|(_, _, t)| t.relation == Relation::ParticipatesIn)
        {
            return Some(e);
        }
        // 会上，12个项目集中签约，总投资218亿元: in such a sentence, a figure no one
        // named holds is the event's; so is one in a clause that opens on the event
        // (…等86家企业参会，现场签约项目21个，总金额156亿元), from that clause on.
        let holder_from = |from: usize| {
            v.ms.iter().any(|m| {
                m.b0 >= from
                    && m.b1 <= num0
                    && holders.contains(&m.kind)
                    && !site(m)
                    && !place_in_note(m)
            })
        };
        if let Some(e) = opens_on_event
            && !holder_from(0)
        {
            return Some(e);
        }
        // The figure's clause or an earlier one opens on the event, and no holder
        // stands between that clause's start and the figure.
        let from_event_clause = || {
            std::iter::once(c0)
                .chain(
                    v.s[..c0]
                        .match_indices(['，', ','])
                        .map(|(p, sep)| p + sep.len()),
                )
                .any(|cs| self.opens_on_event_word(&v.s[cs..]) && !holder_from(cs))
        };
        if let Some(e) = self.event
            && from_event_clause()
        {
            return Some(e);
        }
        let adverbial = self.adverbial_mentions();
        // Nor a name in a short-name note that closes before the figure: the note's
        // own clause (（以下简称“B”，公司持股70%）) speaks of the stake, not of the
        // figure after it (…向银行申请的8,000万元贷款 is B's).
        let in_note = |m: &M| {
            v.s.contains("称")
                && NOTE
                    .find_iter(v.s)
                    .any(|n| n.start() <= m.b0 && m.b1 <= n.end() && n.end() <= num0)
        };
        let usable = |m: &&M| usable(m) && !adverbial.contains(&m.b0) && !in_note(m);
        let in_clause =
            v.ms.iter()
                .rev()
                .filter(|m| m.b1 <= num0 && m.b0 >= c0 && holders.contains(&m.kind))
                .find(usable);
        // G与C签约年产…项目，项目总投资18亿元: a government signs the project, the company
        // builds it and holds its figures, in the signing clause and in the clauses after
        // it that name no one.
        // (A region may sign for its government: 明光市与A就…项目签署协议.)
        let signs = |k: EntityType| matches!(k, EntityType::Government | EntityType::Region);
        if in_clause.is_none_or(|m| signs(m.kind))
            && let Some(c) = v.ms.windows(2).find_map(|w| {
                let (g, c) = (&w[0], &w[1]);
                (signs(g.kind)
                    && c.kind == EntityType::Company
                    && c.b1 <= num0
                    && v.gap(g.b1, c.b0)
                        .strip_suffix("与")
                        .is_some_and(|a| matches!(a, "" | "还" | "又" | "也" | "同时"))
                    && ["签约", "签署", "签订"].iter().any(|w| {
                        // (also after the project's figure: 与A就年产3万吨…项目签署)
                        v.gap(c.b1, num0).contains(w) || v.gap(c.b1, v.clause_end(c.b1)).contains(w)
                    }))
                .then_some(c)
            })
        {
            return Some(c.e);
        }
        if let Some(m) = in_clause {
            return Some(m.e);
        }
        // 本项目由公司全资子公司B实施，…项目计划总投资…: the one the sentence says
        // carries the project out, over the company whose project it is (the last
        // of a list of them, as a clause's own names go).
        if let Some(m) =
            v.ms.iter().rev().find(|m| {
                m.b1 <= num0 && m.kind == EntityType::Company && self.is_doer(m) && usable(m)
            })
        {
            return Some(m.e);
        }
        // 项目落户R，总投资12亿元: the figures of a project are its company's.
        if let Some(c) = self.project {
            return Some(c);
        }
        // 项目总投资30亿元，由X投资建设: the one named later as carrying the project out.
        if let Some(m) =
            v.ms.iter()
                .find(|m| m.b0 >= num0 && holders.contains(&m.kind) && self.is_doer(m) && usable(m))
        {
            return Some(m.e);
        }
        let product =
            v.ms.iter()
                .rev()
                .find(|m| m.b1 <= num0 && m.b0 >= c0 && m.kind == EntityType::Product);
        // 全国锂电池总产量: a national figure belongs to the product (占全国 is a share,
        // 来自全国 where those counted come from: not that).
        let scope = clause
            .replace("占全国", "")
            .replace("全国前列", "")
            .replace("来自全国", "");
        if words.national.iter().any(|w| scope.contains(w.as_str())) {
            return product.map(|p| p.e);
        }
        let earlier: Vec<&M> =
            v.ms.iter()
                .filter(|m| m.b1 <= c0 && holders.contains(&m.kind))
                .filter(usable)
                .collect();
        // A back-reference opening the sentence (本届论坛由…主办，…承办，260余家企业…参会;
        // 研究院现有…) holds for its clauses, over names inside them.
        if let Some(e) = self.anaphor(0, c0) {
            return Some(e);
        }
        if let Some(subj) = self.topic
            && earlier.iter().any(|m| m.e == subj)
        {
            return Some(subj);
        }
        if let Some(m) = earlier.last() {
            return Some(m.e);
        }
        // X发布公告称，拟以3.5亿元…: a company reporting on itself holds the figures
        // of a report that names no subject of its own before them.
        if let Some(m) = v.ms.iter().rev().find(|m| {
            m.b1 <= c0
                && m.kind == EntityType::Company
                && starts_with_any(&v.s[m.b1..v.clause_end(m.b1)], &words.self_report)
        }) && !v
            .ms
            .iter()
            .any(|n| n.b0 >= v.clause_end(m.b1) && n.b1 <= num0 && holders.contains(&n.kind))
        {
            return Some(m.e);
        }
        // A sentence naming no one goes on about the company before it, whatever
        // product its figure counts (二期计划新增电解液产能20万吨); a market figure
        // (均价56000元/吨, 周涨1.8%) is the product's.
        let market = || {
            let after = &v.s[num0..];
            let unit = crate::read::first_chars(after, 12);
            // A price per unit, not a yearly capacity (20万吨/年, 21000t/a).
            unit.contains('/') && !unit.contains("/年") && !unit.contains("t/a")
                || words.market.iter().any(|w| clause.contains(w.as_str()))
        };
        // A clause that only goes on about an earlier clause's product (…开工率为
        // 61.3%，环比提升2.1个百分点) stays with that product.
        let product_before = || {
            v.ms.iter()
                .any(|m| m.b1 <= c0 && m.kind == EntityType::Product)
        };
        // A clause naming no holder nor product before its figure goes on with the
        // holder of the sentence's last figure of the same measure (规划建设年产20万吨…，
        // 其中一期12万吨磷酸铁锂已建成投产), a product's too (…开工率为61.3%，环比…).
        if product.is_none()
            && !holder_from(c0)
            && let Some(f) = self.last_of_measure(unit)
        {
            return Some(f.subject);
        }
        // A clause that only states the change of the figure before it (…出货24.1GWh，
        // 同比增长63%) is about what that figure is about, whatever its unit.
        if product.is_none()
            && !holder_from(c0)
            && CHANGE_CLAUSE.is_match(clause)
            && let Some(f) = self
                .figures_here()
                .find(|f| &*f.fact.indicator != NO_INDICATOR)
        {
            return Some(f.subject);
        }
        if let Some(t) = self
            .topic_before
            .filter(|&t| self.kind(t) == EntityType::Company)
            && !market()
            && (product.is_some() || !product_before())
            && !holder_from(0)
        {
            return Some(t);
        }
        if let Some(p) = product {
            return Some(p.e);
        }
        if let Some(p) =
            v.ms.iter()
                .rev()
                .find(|m| m.b1 <= c0 && m.kind == EntityType::Product)
        {
            return Some(p.e);
        }
        // A sentence naming no one continues the topic, unless it reports someone else.
        if holder_from(0) {
            return None;
        }
        self.topic
    }

    /// Whether the mentions between bytes `from` and `to` name no body: only places,
    /// products and stages (其位于R的生产基地…: the places of its sites hold nothing).
    fn names_no_body(&self, from: usize, to: usize) -> bool {
        !self.view.ms.iter().any(|m| {
            m.b0 >= from
                && m.b1 <= to
                && !matches!(
                    m.kind,
                    EntityType::Region | EntityType::Park | EntityType::Product | EntityType::Stage
                )
        })
    }

    /// The body the clause before the one starting at `c0` ends by founding (共建X
    /// 研究院，…; 合资成立C，…): what a next clause that names no one is about.
    fn founded_before(&self, c0: usize) -> Option<usize> {
        let v = self.view;
        let prev_end = v.s[..c0].trim_end_matches(['，', ',']).len();
        if prev_end == c0 {
            return None;
        }
        let m = v.ms.iter().rev().find(|m| m.b1 <= prev_end)?;
        (v.gap(m.b1, prev_end).is_empty()
            && matches!(
                m.kind,
                EntityType::Institute | EntityType::Park | EntityType::Company
            )
            && self
                .lex
                .words
                .founding
                .iter()
                .any(|f| v.gap(v.clause_start(m.b0), m.b0).ends_with(f.as_str())))
        .then_some(m.e)
    }

    /// The one carrying a project out, though 由 stands before it: 由X投资建设,
    /// 由X、Y共同投资 (every member of the list before the verb).
    fn is_doer(&self, m: &M) -> bool {
        let v = self.view;
        let words = &self.lex.words;
        let cs = v.clause_start(m.b0);
        // Back over the list to 由, then forward over it to the verb.
        let mut first = m;
        for n in v.ms.iter().rev().filter(|n| n.b1 <= m.b0 && n.b0 >= cs) {
            if !words.joiners.contains(v.gap(n.b1, first.b0)) {
                break;
            }
            first = n;
        }
        // (由公司全资子公司B实施, 由其控股子公司B运营: the owner before B says whose.)
        let mut intro = v.gap(cs, first.b0);
        if let Some(rest) = ["全资子公司", "控股子公司", "子公司"]
            .iter()
            .find_map(|w| intro.strip_suffix(w))
        {
            let owner = v.ms.iter().find(|n| n.b1 == cs + rest.len() && n.b0 >= cs);
            intro = match owner {
                Some(n) => v.gap(cs, n.b0),
                None => rest
                    .trim_end_matches("该公司")
                    .trim_end_matches("公司")
                    .trim_end_matches('其'),
            };
        }
        if !intro.ends_with('由') {
            return false;
        }
        let mut last = m;
        for n in v.ms.iter().filter(|n| n.b0 >= m.b1) {
            if !words.joiners.contains(v.gap(last.b1, n.b0)) {
                break;
            }
            last = n;
        }
        starts_with_any(&v.s[last.b1..v.clause_end(last.b1)], &words.doer_after)
    }

    /// Mentions that stand in an adverbial of place (在合肥市长丰县): the one after
    /// the preposition and the places chained to it.
    fn adverbial_mentions(&self) -> Vec<usize> {
        let v = self.view;
        let mut out = Vec::new();
        let mut prev_adverbial = false;
        for (k, m) in v.ms.iter().enumerate() {
            let before = v.gap(v.clause_start(m.b0), m.b0);
            let chained = k > 0
                && prev_adverbial
                && matches!(m.kind, EntityType::Region | EntityType::Park)
                && matches!(v.gap(v.ms[k - 1].b1, m.b0), "" | "的");
            let adv = chained
                || matches!(m.kind, EntityType::Region | EntityType::Park)
                    && ["在", "于", "从", "到", "至", "赴"]
                        .iter()
                        .any(|p| before.ends_with(p));
            if adv {
                out.push(m.b0);
            }
            prev_adverbial = adv;
        }
        out
    }

    /// A product this sentence names only as the use of another (电动自行车用锂离子
    /// 蓄电池, 动力电池用正极材料) is what the goods are for: no rule of the sentence
    /// makes its maker produce it.
    fn drop_uses(&mut self) {
        let v = self.view;
        let is_use = |k: usize| {
            let m = &v.ms[k];
            m.kind == EntityType::Product
                && v.s[m.b1..].starts_with('用')
                && v.ms.get(k + 1).is_some_and(|n| {
                    n.kind == EntityType::Product && n.b0 == m.b1 + '用'.len_utf8()
                })
        };
        let uses: Vec<usize> = (0..v.ms.len())
            .filter(|&k| is_use(k))
            .map(|k| v.ms[k].e)
            .filter(|&e| (0..v.ms.len()).all(|j| v.ms[j].e != e || is_use(j)))
            .collect();
        if uses.is_empty() {
            return;
        }
        let s = self.sentence;
        self.out.relations.retain(|c| {
            c.sentence != Some(s) || c.relation != Relation::Produces || !uses.contains(&c.tail)
        });
    }

    /// The entities of the product mentions between bytes `a` and `b` of the sentence.
    fn products_in(&self, a: usize, b: usize) -> Vec<usize> {
        self.view
            .ms
            .iter()
            .filter(|m| m.kind == EntityType::Product && m.b0 >= a && m.b1 <= b)
            .map(|m| m.e)
            .collect()
    }

    /// True when mention `k` is an organization named as the affiliation of the next
    /// person (湘潭大学教授黄建宇, 岚峰大学材料学院院长X: titles, or bodies and a chain
    /// of titles, between them): the person, not the body, does what follows.
    fn affiliation_of_person(&self, k: usize) -> bool {
        let v = self.view;
        orgs().contains(&v.ms[k].kind)
            && v.ms[k + 1..]
                .iter()
                .find(|m| m.kind == EntityType::Person)
                .is_some_and(|p| {
                    let gap = v.gap(v.ms[k].b1, p.b0);
                    self.only_titles(gap)
                        || v.ms[k + 1..]
                            .iter()
                            .take_while(|m| m.b1 <= p.b0)
                            .all(|m| orgs().contains(&m.kind))
                            && TITLE_CHAIN.is_match(gap)
                })
    }

    /// An organization named as a person's affiliation (协会秘书长刘振华) or as a
    /// source (协会发布的数据) is not what the sentence's figures are about.
    fn is_affiliation(&self, m: &M) -> bool {
        let v = self.view;
        let Some(p) = v.ms.iter().find(|x| x.b0 >= m.b1) else {
            return false;
        };
        p.kind == EntityType::Person
            && (self.only_titles(v.gap(m.b1, p.b0)) || analyst_gap(self.lex, v.gap(m.b1, p.b0)))
    }

    /// A back-reference (公司, 该公司, 研究院, 园区) in the clause before byte `num0`:
    /// the last entity of its type named before it in the document.
    fn anaphor(&self, c0: usize, num0: usize) -> Option<usize> {
        let v = self.view;
        // A sentence that opens on 这家 and a trade (这家动力电池生产企业以…，年产能达
        // 12GWh) is about the company just named, where no body stands before the figure.
        if let Some(rest) = v.s.strip_prefix("这家")
            && ZHEJIA_TRADE.is_match(rest)
            && !v.ms.iter().any(|m| m.b1 <= num0 && m.kind.is_org())
        {
            return self.just_named(0, &[EntityType::Company]);
        }
        let clause = v.gap(c0, num0);
        // Where the clause starts in the sentence: gap leaves out a bracket opening it.
        let c0 = num0 - clause.len();
        // One pass finds every anaphor of the clause (most clauses have none);
        // the list's order then decides which is taken.
        let hits: Vec<(usize, usize)> = self.lex.find_anaphors(clause);
        if hits.is_empty() {
            return None;
        }
        for (k, (word, kind)) in self.lex.words.anaphors.iter().enumerate() {
            // The last standalone occurrence (not inside a name) before the figure,
            // unless it only gives the figures (研究院预计，…).
            let found = hits
                .iter()
                .rev()
                .filter(|h| h.0 == k)
                .map(|h| h.1)
                .find(|&pos| {
                    let at = c0 + pos;
                    let inside = v.ms.iter().any(|m| m.b0 <= at && at < m.b1);
                    let prev = clause[..pos].chars().next_back();
                    // (Or a verb whose object is a clause: 要求公司2026年营业收入不低于….)
                    let clause_verb = CLAUSE_OBJECT_VERBS
                        .iter()
                        .any(|w| clause[..pos].ends_with(w));
                    !inside
                        && (prev.is_none_or(|c| {
                            !crate::read::is_cjk(c) || "该其本年月日底前后".contains(c)
                        }) || clause_verb)
                        && !starts_with_any(&v.s[at + word.len()..], &self.lex.words.source_after)
                });
            let Some(pos) = found else {
                continue;
            };
            let at = c0 + pos;
            // 基地 refers back to a park called one (宁东基地), not to a company's
            // 生产基地, which is no entity.
            // 集团 refers back to a group: a company called one, in full or for short
            // (擎川集团), not a subsidiary named since.
            let group = word.ends_with("集团");
            let called_group = |e: usize| self.called_group(e);
            // 该县 refers back to a county, 该市 to a city: the last region of its level.
            let level = (*kind == EntityType::Region)
                .then(|| word.chars().next_back())
                .flatten();
            let fits = |e: usize| {
                (!word.ends_with("基地") || self.res.entities[e].name.ends_with("基地"))
                    && (!group || called_group(e))
                    && level.is_none_or(|c| self.res.entities[e].name.ends_with(c))
            };
            if let Some(m) = v.ms.iter().rev().find(|m| m.b1 <= at && m.kind == *kind) {
                if fits(m.e) {
                    return Some(m.e);
                }
                continue;
            }
            if let Some(e) = self
                .named_before(word, *kind, fits)
                // (The group the text names most, when a subsidiary came since.)
                .or_else(|| group.then(|| self.most_named_group()).flatten())
            {
                return Some(e);
            }
        }
        None
    }
}

/// Verbs whose object is a clause with its own subject (要求公司…不低于, 预计公司…): a
/// back-reference right after one opens that clause.
const CLAUSE_OBJECT_VERBS: [&str; 8] = [
    "要求", "预计", "预期", "确保", "推动", "助力", "帮助", "促使",
];

/// The trade after 这家 that makes it a company's back-reference (这家动力电池生产企业).
static ZHEJIA_TRADE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\p{Han}{0,10}?(?:企业|公司|厂商|车企)").expect("static regex"));

/// Verbs of arriving at a visit's stop (考察团首站来到R).
const VISIT_ARRIVAL: [&str; 4] = ["来到", "前往", "抵达", "赶赴"];

/// Verbs of a visit's call on a body (走进A, 考察A).
const VISIT_VERBS: [&str; 7] = ["走进", "考察", "走访", "参观", "调研", "实地察看", "深入"];

/// What may stand between an issuer and its verb in a relative clause: 联合, 共同, and
/// when (A此前出台的《P》, B于2023年印发的《Q》).
static ISSUER_ADVERBS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:联合|共同|此前|近日|日前|先后|曾|已|前期|今年|去年|年初|于\d{4}年(?:\d{1,2}月)?)*$",
    )
    .expect("static regex")
});

/// A short verb and 的 after the agent of a passive: a relative clause (由A建造的X).
static RELATIVE_PASSIVE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\p{Han}{1,6}的").expect("static regex"));

/// A clause that only states a change, up to its figure: 同比增长, 较上年下降, 增幅达.
static CHANGE_CLAUSE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:同比|环比|较上年|比上年|较去年|比去年|较上年同期|较去年同期)?(?:分别)?(?:增长|下降|提升|减少|增加|上涨|下跌|增幅|降幅)(?:了|达|达到|为|约|近|超过)?$")
        .expect("static regex")
});

/// The verb between a place after 在 and the park built there: 规划建设了, 建成, 打造.
static PARK_BUILT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:规划|新|已|先后|相继)?(?:建设|建成|打造|设立|布局|兴建)了?$")
        .expect("static regex")
});

/// The verb issuing a policy, right before its title: 印发, 出台了, 正式发布.
static ISSUING_VERB: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:印发|出台|发布|颁布|制定|施行)了?$").expect("static regex"));

/// A notice's title issuing a policy: 关于印发P的通知 (also 关于转发).
static NOTICE_TITLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"关于(?:印发|转发|发布)([^，。；]{4,80}?)的通知\s*$").expect("static regex")
});

/// The means of a predicate (采用湿法回收工艺, 通过自主研发的技术): no subject.
static MEANS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:采用|利用|通过|运用|依托|应用)[^，,；;。]{1,12}?(?:工艺|技术|方法|路线|设备|装置)",
    )
    .expect("static regex")
});

/// A note declaring a short name: (以下简称“黔能新材”).
static NOTE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[(（](?:(?:以下)?(?:简称|称|下称)|[^()（）]{1,40}[,，、](?:以下)?(?:简称|下称))[^()（）]{1,60}[)）]")
        .expect("static regex")
});

/// A run of organizations and titles before a person (、燕山大学教授、博导).
static TITLE_CHAIN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[\p{Han}、]{0,40}(?:教授|博导|院士|研究员|董事长|总经理|秘书长|会长|院长|所长|主任|书记|市长|县长|局长|厅长|部长|校长|总裁|经理|专家|负责人)$")
        .expect("static regex")
});

/// Speaking at an event: 在会上/在大会致辞中/在储能分论坛上/在论坛圆桌对话中 (then a speech verb).
static SPEAKING_AT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"在(?:本次|此次|本届)?[\p{Han}]{0,10}?(?:会上|会议上|大会上|论坛上|峰会上|博览会上|现场|开幕式上|闭幕式上|开幕时|闭幕时|对话中|致辞中|报告中|演讲中|发言中)(?:接受[\p{Han}]{0,4}?采访时|[\p{Han}]{0,4})?(?:表示|介绍|透露|指出|说|致辞|发言|演讲|强调|认为|称|作报告|分享|作了?(?:题为)?[^，。]{0,30}?(?:报告|演讲)|发表[\p{Han}]{0,6}?(?:演讲|讲话|致辞))")
        .expect("static regex")
});

/// Signing at the event a sentence refers to, after the signers: A与B在现场签署….
static SIGNING_THERE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"在(?:会上|现场|大会现场|签约仪式上)(?:签署|签订|签约)").expect("static regex")
});

/// A sentence opening on an event (博览会开幕式上, 论坛期间,): its speakers are there.
static AT_EVENT_OPENING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:在)?(?:本次|此次|本届)?[\p{Han}]{0,8}?(?:会上|大会上|论坛上|峰会上|博览会上|开幕式上|闭幕式上|现场|期间|(?:对话|报告|演讲|签约|颁奖|交流|互动|发布)环节)[,，]")
        .expect("static regex")
});

/// The head of a clause that says what its subject is (如今已是…, 是一家…).
/// A count of firms before a trade (两家, 四家, 3家).
static COUNTED_FIRMS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new("^[一二两三四五六七八九十0-9]{1,3}家").expect("valid regex"));
static COPULA_HEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[\p{Han}]{0,4}?(?:已|已经|仍|也|则|现)?(?:是|系|为|成为)").expect("static regex")
});

/// An address field: 招标人地址：, 注册地址：, 住所：; group 1 whose address it says.
static ADDRESS_FIELD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(\p{Han}{0,8}?)(?:地址|住所|经营场所)\s*[:：]").expect("static regex")
});
/// A table header's label with its unit in brackets: 总投资（亿元）.
static HEADER_UNIT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(.+?)[（(]([^（）()]{1,8})[）)]$").expect("static regex"));
/// Whether `s` names its own year relative to the writing (今年1-9月, 去年, 明年), not
/// as the base of a comparison (较去年增长, 同比上年).
fn names_own_time(s: &str) -> bool {
    // (Each word holds 年: most sentences are done with one byte search.)
    if !s.contains('年') {
        return false;
    }
    ["今年", "去年", "明年", "前年", "本年度"].iter().any(|w| {
        s.match_indices(w)
            .any(|(at, _)| !["较", "比", "于"].iter().any(|b| s[..at].ends_with(b)))
    })
}

static YEAR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"((?:19|20)\d{2})\s*年").expect("static regex"));
static FIGURE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(多|余|左右)?\s*((?:万元/吨|元/吨|美元/吨|澳元/吨|欧元/吨|元/股|元/千瓦时|元/瓦时|元/Wh|万亿元|亿元|百万元|千元|万元|亿美元|百万美元|万美元|美元|亿欧元|万欧元|欧元|亿澳元|万澳元|澳元|亿港元|万港元|港元|亿日元|万日元|日元|亿韩元|韩元|亿英镑|英镑|元|个百分点|百分点|日历天|mAh/g|万吨LCE|吨LCE|万吨/年|万吨|吨/年|吨|万t/a|t/a|GWh|MWh|kWh|Wh/kg|瓦时/公斤|万千伏安|千伏安|兆伏安|万千瓦时|万千瓦|千瓦时|千瓦|兆瓦时|兆瓦|吉瓦时|吉瓦|GW|MW|%|家|项|万个|个|亿只|万只|只|亿吨|亿千瓦时|亿千瓦|亿平方米|亿|万辆|辆|万台|台套|台|万套|套|款|万平方米|平方公里|平方千米|平方米|公顷|万亩|亩|倍|名|位|座|万人次|人次|万人|人|万湿吨|湿吨|小时|户|分|起|万块|块|万次|次|宗|批次|万件|件|km|亿股|万股|股)(?:/年)?)",
    )
    .expect("static regex")
});
static PERIOD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\d{1,2}\s*[-—~至]\s*\d{1,2}\s*月|前三季度|上半年|下半年|一季度|二季度|三季度|四季度|第[一二三四]季度|前\d{1,2}个?月")
        .expect("static regex")
});
static TARGET: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"有望|预计|力争|计划|目标|争取|确保|将达|将突破|将实现|将超过|将形成|将新增|规划|拟|到20\d{2}年|将")
        .expect("static regex")
});

/// A labelled line of a record or notice (五、储能容量：200MW/400MWh): an optional
/// number, a short label, a colon.
/// 以P为主要产品: the products between 以 and 为 (group 1).
/// A sentence that opens on its company's main products: 主要产品为P、Q.
static PRODUCTS_ARE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:主要|主导|主营|核心|主打)产品(?:为|是|包括|有)([^。；;]{2,80}?)(?:[,，]副产|[。；;]|$)",
    )
    .expect("static regex")
});
static MAIN_PRODUCTS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"以([^，,。；;以]{2,40}?)为(?:主要|主导|主营|核心|拳头|主打)?产品")
        .expect("static regex")
});
/// A later clause listing what the sentence's company makes (…企业，产品覆盖A、B和C;
/// 产品涵盖…等，广泛应用于…): the list runs to the clause's end.
static PRODUCT_RANGE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[，,](?:主要|主导|主营|核心)?产品(?:线)?(?:覆盖|涵盖|包括|包含|主要有)([^，,。；;]{2,80})")
        .expect("static regex")
});

/// Verbs naming a body's line of work (从事, 专注于, 布局 …).
const LINE_OF_WORK: [&str; 8] = [
    "从事",
    "专注于",
    "深耕",
    "主攻",
    "聚焦",
    "布局",
    "致力于",
    "主营",
];

/// Words of recycling work in a line of work's object (回收, 梯次利用, 拆解 …).
const RECYCLING_WORK: [&str; 4] = ["回收", "再生利用", "梯次利用", "拆解"];

/// A supply or purchase agreement after a signing verb (签订…长期供货协议).
static SUPPLY_DEAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:供货|供应|采购)(?:框架)?(?:协议|合同|合约)").expect("static regex")
});

/// A list number before a line: 一、, 2．, （三）.
const LIST_NUMBER: &str = r"(?:[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）])";

/// A labelled field line (一、招标人：, 建设单位:), after its list number if any.
static FIELD_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^\s*{LIST_NUMBER}?\s*[\p{{Han}}A-Za-z]{{2,10}}[：:]"
    ))
    .expect("static regex")
});

/// `s` without the notes in brackets it holds (（牵头人）、 → 、).
fn without_brackets(s: &str) -> String {
    let mut out = String::new();
    let mut depth = 0usize;
    for c in s.chars() {
        match c {
            '（' | '(' => depth += 1,
            '）' | ')' => depth = depth.saturating_sub(1),
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// Said anywhere earlier in the sentence, what makes every figure after it a plan:
/// a project once built or producing (达产后, 建成投产后), a goal's horizon
/// (提出到2027年，…能力达到30万吨).
/// Verbs that found a company named right after them (合资成立C, 设立控股子公司C).
const FOUNDING_VERBS: [&str; 5] = ["成立", "组建", "设立", "新设", "创建"];

/// What may stand between a founding verb and the company it founds.
const FOUNDED_KIND: &[char] = &['控', '股', '全', '资', '子', '公', '司', '合', '新', '了'];

/// What a stake figure follows: A持股60%, 持股比例为18%.
const STAKE_LEADS: [&str; 3] = ["持股比例为", "持股比例", "持股"];

/// A round of financing right after an amount (5000万元天使轮融资, 1.5亿元A轮融资,
/// 6亿元的Pre-B轮融资): the amount is that round's, named as the gold files name it
/// (A轮融资额).
static ROUND_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^的?((?:Pre-|pre-)?[A-Fa-f]\+{0,2}|天使|种子|Pre-IPO)轮(?:战略)?融资")
        .expect("valid regex")
});
/// Verbs before the company a stake is in: 收购B 51%股权, 受让A持有的B 36%股权.
const STAKE_VERBS: [&str; 10] = [
    "所持有的",
    "所持",
    "持有的",
    "持有",
    "收购",
    "受让",
    "入股",
    "增持",
    "控制",
    "控制的",
];
/// A span of years: 2025-2027年, 2025—2027年, 2026年至2028年.
static YEAR_SPAN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"((?:19|20)\d{2})\s*年?\s*[—\-－~～至到]\s*((?:19|20)\d{2})\s*年")
        .expect("static regex")
});
/// A list of years: 2022年、2023年和2024年.
static YEAR_LIST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:19|20)\d{2}\s*年(?:度)?(?:\s*[、和及]\s*(?:19|20)\d{2}\s*年(?:度)?)+")
        .expect("static regex")
});

/// The numbers of a slash list right before a figure's number, in order: for
/// 分别为10.36/15.68/19.86亿元, before 19.86, [10.36, 15.68].
fn slash_list_before(before: &str) -> Vec<serde_json::Number> {
    let mut out = Vec::new();
    let mut rest = before;
    while let Some(r) = rest.strip_suffix('/') {
        let digits = r
            .char_indices()
            .rev()
            .take_while(|&(_, c)| c.is_ascii_digit() || c == '.' || c == '-')
            .last()
            .map(|(i, _)| i);
        let Some(i) = digits else {
            break;
        };
        let Ok(n) = r[i..].parse::<serde_json::Number>() else {
            break;
        };
        out.push(n);
        rest = &r[..i];
    }
    out.reverse();
    out
}

/// Words for a plant coming on stream, which date the capacity they bring.
const START_UP: [&str; 5] = ["投产", "建成", "达产", "投运", "竣工"];
/// A project's phases, each dated on its own.
const PHASES: [&str; 5] = ["一期", "二期", "三期", "四期", "首期"];

static PLAN_AHEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:达产|投产|建成|满产|竣工)后|到20\d{2}年").expect("static regex")
});

/// True when the year at `y0..y1` dates an event (成立于2022年4月, 于2019年) rather
/// than standing for a period that figures belong to.
/// The year (not a date) and the period a sentence states, the last of each.
fn sentence_frame(s: &str) -> (Option<i32>, Option<String>) {
    let year = YEAR
        .captures_iter(s)
        .filter_map(|c| {
            let m = c.get(0)?;
            (!is_date(s, m.start(), m.end())).then(|| c.get(1)?.as_str().parse().ok())?
        })
        .last();
    let period = PERIOD.find_iter(s).last().map(|m| m.as_str().to_string());
    (year, period)
}

fn is_date(s: &str, y0: usize, y1: usize) -> bool {
    let after = &s[y1..];
    let month = after
        .trim_start()
        .chars()
        .take_while(|c| c.is_ascii_digit())
        .count()
        > 0
        && after
            .trim_start()
            .trim_start_matches(|c: char| c.is_ascii_digit())
            .starts_with('月');
    let before = &s[..y0];
    // 截至2025年6月底 dates the figures that follow, not an event.
    let as_of = ["截至", "截止", "截止到", "到"]
        .iter()
        .any(|w| before.trim_end().ends_with(w));
    month && !as_of
        || [
            "成立于",
            "创立于",
            "始建于",
            "建于",
            "成立",
            "注册于",
            "设立于",
        ]
        .iter()
        .any(|w| before.ends_with(w))
}

/// The region among `regions` deepest in the administrative tree.
fn most_specific(lex: &Lexicon, res: &Resolved, regions: &[usize]) -> Option<usize> {
    // Of two at one depth the first written (深圳市铜仁商会 is in 深圳市: a name's later
    // place of its level says whom it gathers, not where it is).
    regions
        .iter()
        .rev()
        .copied()
        .max_by_key(|&e| region_depth(lex, res, e))
}

/// How deep a region lies: its level, and a place found after its parent (a town, a
/// division abroad) below every level the lexicon has; 0 for any other entity.
fn region_depth(lex: &Lexicon, res: &Resolved, e: usize) -> usize {
    let x = &res.entities[e];
    match x.link {
        Link::Region(r) => lex.regions[r].level as usize,
        Link::None if x.kind == EntityType::Region => Level::County as usize + 1,
        _ => 0,
    }
}

/// True when the schema allows `relation` from `head` to `tail`.
pub fn allowed(relation: Relation, head: EntityType, tail: EntityType) -> bool {
    use EntityType as T;
    let org = head.is_org();
    match relation {
        Relation::UpstreamOf => head == T::Stage && tail == T::Stage,
        Relation::InStage => {
            matches!(head, T::Company | T::Product | T::Park | T::Institute) && tail == T::Stage
        }
        Relation::LocatedIn => {
            !matches!(head, T::Stage | T::Product | T::Policy) && tail == T::Region
        }
        Relation::CooperatesWith => {
            (org || head == T::Region) && (tail.is_org() || tail == T::Region)
        }
        Relation::Established => {
            (org || head == T::Region) && matches!(tail, T::Institute | T::Park | T::Company)
        }
        Relation::RelocatedTo => head == T::Company && tail == T::Region,
        Relation::InvestsIn => {
            head == T::Company && matches!(tail, T::Region | T::Park | T::Company)
        }
        Relation::Produces => {
            matches!(head, T::Company | T::Institute | T::University) && tail == T::Product
        }
        Relation::Supplies => head == T::Company && tail == T::Company,
        Relation::SubsidiaryOf => head == T::Company && tail == T::Company,
        Relation::WorksAt => head == T::Person && tail.is_org(),
        Relation::Hosts => (org || matches!(head, T::Region | T::Park)) && tail == T::Event,
        Relation::ParticipatesIn => (org || head == T::Person) && tail == T::Event,
        Relation::Issued => matches!(head, T::Region | T::Government) && tail == T::Policy,
    }
}

/// The entity of each chain stage the document has (the last, if one has two).
fn stage_entities(res: &Resolved) -> HashMap<Stage, usize> {
    res.entities
        .iter()
        .enumerate()
        .filter_map(|(i, e)| match e.link {
            Link::Stage(s) => Some((s, i)),
            _ => None,
        })
        .collect()
}

/// Background knowledge: a lexicon company's stages (origin lexicon).
fn lexicon_relations(
    res: &Resolved,
    lex: &Lexicon,
    stage_entities: &HashMap<Stage, usize>,
    out: &mut Extraction,
) {
    for (i, e) in res.entities.iter().enumerate() {
        if e.kind != EntityType::Company {
            continue;
        }
        if let Link::Entry(x) = e.link {
            for st in &lex.entries[x].stages {
                if let Some(&se) = stage_entities.get(st) {
                    let c = Claim {
                        head: i,
                        tail: se,
                        relation: Relation::InStage,
                        origin: Origin::Lexicon,
                        sentence: None,
                    };
                    if !out.relations.contains(&c) {
                        out.relations.push(c);
                    }
                }
            }
        }
    }
}

/// Document-level consistency: a host is not also a participant; one located_in
/// per organization read from its name when the text says more specific.
fn cleanup(out: &mut Extraction, res: &Resolved, lex: &Lexicon) {
    // An investment in a town (项目选址…若羌县瓦石峡镇) is in its county: the town says
    // where the works stand, the county is where the money goes.
    let town_parent: HashMap<usize, usize> = out
        .relations
        .iter()
        .filter(|c| {
            c.relation == Relation::LocatedIn
                && res.entities[c.head].kind == EntityType::Region
                && res.entities[c.head].link == Link::None
                && matches!(res.entities[c.tail].link,
                    Link::Region(r) if lex.regions[r].level == Level::County && !lex.is_abroad(r))
        })
        .map(|c| (c.head, c.tail))
        .collect();
    for c in &mut out.relations {
        if c.relation == Relation::InvestsIn
            && let Some(&county) = town_parent.get(&c.tail)
        {
            c.tail = county;
        }
    }
    // One place per thing: where the text gives a more specific region (大会在临武县举行)
    // than its name does (湖南…大会), the more specific one stands.
    let level = |e: usize| region_depth(lex, res, e);
    let mut deepest: HashMap<usize, usize> = HashMap::default();
    for c in &out.relations {
        if c.relation == Relation::LocatedIn && res.entities[c.head].kind != EntityType::Region {
            let d = deepest.entry(c.head).or_insert(0);
            *d = (*d).max(level(c.tail));
        }
    }
    out.relations.retain(|c| {
        !(c.relation == Relation::LocatedIn
            && res.entities[c.head].kind != EntityType::Region
            && level(c.tail) < deepest[&c.head])
    });
    let hosts: HashSet<(usize, usize)> = out
        .relations
        .iter()
        .filter(|c| c.relation == Relation::Hosts)
        .map(|c| (c.head, c.tail))
        .collect();
    out.relations
        .retain(|c| !(c.relation == Relation::ParticipatesIn && hosts.contains(&(c.head, c.tail))));
    // A lexicon stage that the text also states is kept once, as text.
    let text_stage: HashSet<(usize, usize)> = out
        .relations
        .iter()
        .filter(|c| c.relation == Relation::InStage && c.origin == Origin::Text)
        .map(|c| (c.head, c.tail))
        .collect();
    out.relations.retain(|c| {
        !(c.relation == Relation::InStage
            && c.origin == Origin::Lexicon
            && text_stage.contains(&(c.head, c.tail)))
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clean::clean_str;
    use crate::{entity, resolve, sentence};

    fn lex() -> &'static Lexicon {
        static L: std::sync::LazyLock<Lexicon> =
            std::sync::LazyLock::new(|| Lexicon::builtin().expect("built-in lexicon"));
        &L
    }

    /// The entities and the extraction of `text`, through every stage before this one.
    fn run(text: &str) -> (Resolved, Extraction) {
        let c = clean_str("t", text);
        let s = sentence::split(&c);
        let mut rec = entity::recognize(&c, &s, lex());
        let res = resolve::resolve(&c.text, &s, &mut rec, lex());
        let ex = extract(&c.text, &s, &rec, &res, lex());
        (res, ex)
    }

    /// (head, relation, tail) of the relations read in `text`, by entity name.
    fn read(text: &str) -> Vec<(String, Relation, String)> {
        let (res, ex) = run(text);
        ex.relations
            .into_iter()
            .filter(|r| r.origin == Origin::Text)
            .map(|r| {
                let name = |e: usize| res.entities[e].name.clone();
                (name(r.head), r.relation, name(r.tail))
            })
            .collect()
    }

    fn supplies(text: &str) -> Vec<(String, String)> {
        read(text)
            .into_iter()
            .filter(|(_, r, _)| *r == Relation::Supplies)
            .map(|(h, _, t)| (h, t))
            .collect()
    }

    fn pairs(p: &[(&str, &str)]) -> Vec<(String, String)> {
        p.iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect()
    }

    /// Asserts that `text` ties `head` to `tail` by `relation`, showing what it found
    /// when not.
    fn assert_related(text: &str, relation: Relation, head: &str, tail: &str) {
        let found = related(text, relation);
        assert!(
            found.contains(&(head.to_string(), tail.to_string())),
            "{head} -[{relation:?}]-> {tail} not in {found:?}"
        );
    }

    fn assert_not_related(text: &str, relation: Relation, head: &str, tail: &str) {
        let found = related(text, relation);
        assert!(
            !found.contains(&(head.to_string(), tail.to_string())),
            "{head} -[{relation:?}]-> {tail} in {found:?}"
        );
    }

    fn related(text: &str, relation: Relation) -> Vec<(String, String)> {
        let mut v: Vec<(String, String)> = read(text)
            .into_iter()
            .filter(|(_, r, _)| *r == relation)
            .map(|(h, _, t)| (h, t))
            .collect();
        v.sort();
        v
    }

    #[test]
    fn an_investor_relations_record_speaks_for_its_company() {
        let text = "证券代码：301777　　证券简称：岚墨新材\n\
                    岚墨新能源材料股份有限公司\n投资者关系活动记录表\n\
                    参与单位名称及人员姓名\t鹤川证券：周立然、程一舟\n\
                    答：公司是国内人造石墨的主要供应商之一。\
                    动力类产品主要客户包括鹤宁动力、川岳电池等电池企业，储能类产品已批量供货岚海储能、鹤辰能源。\n\
                    答：内蒙古包头基地由全资子公司包头岚墨新材料有限公司运营，具备负极材料产能9万吨/年。\n\
                    答：实施主体为公司在当地设立的全资子公司岚墨新材料（马来西亚）有限公司。\n\
                    答：公司未收到控股股东泰安鹤宗投资集团有限公司的减持计划通知。\n";
        let issuer = "岚墨新能源材料股份有限公司";
        assert_related(text, Relation::WorksAt, "周立然", "鹤川证券");
        assert_related(text, Relation::WorksAt, "程一舟", "鹤川证券");
        assert_related(text, Relation::Produces, issuer, "人造石墨");
        for buyer in ["鹤宁动力", "川岳电池", "岚海储能", "鹤辰能源"] {
            assert_related(text, Relation::Supplies, issuer, buyer);
        }
        // The first customer listed supplies no one.
        assert!(
            !related(text, Relation::Supplies)
                .iter()
                .any(|(h, _)| h == "鹤宁动力"),
            "{:?}",
            related(text, Relation::Supplies)
        );
        for sub in ["包头岚墨新材料有限公司", "岚墨新材料（马来西亚）有限公司"]
        {
            assert_related(text, Relation::SubsidiaryOf, sub, issuer);
        }
        assert_related(
            text,
            Relation::SubsidiaryOf,
            issuer,
            "泰安鹤宗投资集团有限公司",
        );
        // The plant's figures are no place's.
        let (res, ex) = run(text);
        let capacity = ex
            .facts
            .iter()
            .find(|f| f.fact.value.as_f64() == Some(9.0))
            .map(|f| res.entities[f.subject].name.as_str());
        assert_eq!(capacity, Some("包头岚墨新材料有限公司"));
    }

    #[test]
    fn a_project_carried_out_by_a_subsidiary_gives_it_the_figures() {
        let text = "福建岚锂新材料股份有限公司（以下简称“公司”）\n\
                    鹤昌岚锂\t指\t鹤昌岚锂新材料有限公司\n\
                    序号\t项目名称\t实施主体\t实施地点\n\
                    1\t年产15万吨电解液项目\t鹤昌岚锂\t湖北省宜昌市猇亭区\n\
                    公司拟投资建设电解液项目。\n\
                    本项目由公司全资子公司鹤昌岚锂实施，项目计划总投资68,520.00万元，建设期24个月。\n";
        let (res, ex) = run(text);
        let invest = ex
            .facts
            .iter()
            .find(|f| f.fact.value.as_f64() == Some(68520.0))
            .map(|f| res.entities[f.subject].name.as_str());
        assert_eq!(invest, Some("鹤昌岚锂新材料有限公司"));
        // 实施主体 heads the table's column of the bodies that carry projects out.
        assert_related(
            text,
            Relation::InvestsIn,
            "鹤昌岚锂新材料有限公司",
            "猇亭区",
        );
    }

    #[test]
    fn a_table_with_a_battery_maker_column_ties_each_row_and_a_later_subject_buys() {
        let text = "序号 | 企业名称 | 产品型号 | 电池类型 | 电池企业 | 电量（kWh）\n\
                    1 | 浙江岚途汽车科技有限公司 | LTA7001 | 磷酸铁锂 | 鹤宁动力电池有限公司 | 65.6\n\
                    2 | 柳州鹤星汽车有限公司 | GXA7000 | 钠离子 | 岚玺新能源科技有限公司 | 24.0\n\
                    岚玺新能源科技有限公司成立于2021年，已建成钠离子电池产线。\
                    值得一提的是，柳州鹤星汽车有限公司还申报了长续航版，搭载川沛电池有限公司提供的磷酸锰铁锂电池。\n";
        for (seller, buyer) in [
            ("鹤宁动力电池有限公司", "浙江岚途汽车科技有限公司"),
            ("岚玺新能源科技有限公司", "柳州鹤星汽车有限公司"),
            ("川沛电池有限公司", "柳州鹤星汽车有限公司"),
        ] {
            assert_related(text, Relation::Supplies, seller, buyer);
        }
        // The sentence's own subject buys, not the company the sentence before was about.
        assert_not_related(
            text,
            Relation::Supplies,
            "川沛电池有限公司",
            "岚玺新能源科技有限公司",
        );
    }

    #[test]
    fn what_a_company_mainly_does_it_makes_and_so_does_the_operator_of_a_base() {
        let text = "甘肃岚电新能源科技有限公司，主要做储能电芯的。\
                    甘肃川锂再生资源有限公司主攻磷酸铁锂电池回收。\
                    岚曜新能源股份有限公司的二号基地由全资子公司晋中岚曜碳材料有限公司运营，主要做负极用的硬碳。";
        assert_eq!(
            related(text, Relation::Produces),
            pairs(&[
                ("晋中岚曜碳材料有限公司", "硬碳"),
                ("甘肃岚电新能源科技有限公司", "储能电池"),
                ("甘肃岚电新能源科技有限公司", "电芯"),
            ])
        );
    }

    #[test]
    fn a_branch_is_named_whole_and_placed_by_its_address() {
        let text = "1．天津岚驰电动车有限公司华北分公司，地址：天津市静海区团泊大道88号；\n\
                    2．天津岚驰电动车有限公司华东分公司，地址：江苏省无锡市锡山区锡沪东路1025号；\n\
                    鹤岭储能科技有限公司住所地为江苏省盐城市大丰区。\n";
        for (body, place) in [
            ("天津岚驰电动车有限公司华北分公司", "静海区"),
            ("天津岚驰电动车有限公司华东分公司", "锡山区"),
            ("鹤岭储能科技有限公司", "大丰区"),
        ] {
            assert_related(text, Relation::LocatedIn, body, place);
        }
        // The branch in 无锡 is not placed by the city its company's name holds.
        assert_not_related(
            text,
            Relation::LocatedIn,
            "天津岚驰电动车有限公司华东分公司",
            "天津市",
        );
    }

    #[test]
    fn a_list_closed_by_ranked_trade_words_puts_its_members_in_the_stage() {
        let text = "公司电解液产品已批量供应鹤宁动力、岚川电池等国内主流电池企业。\
                    黑粉主要供应岚普循环、鹤林美等湿法冶炼企业。";
        let staged = related(text, Relation::InStage);
        for firm in ["鹤宁动力", "岚川电池"] {
            assert_related(text, Relation::InStage, firm, "电池");
        }
        // A process word is no rank: what the firms smelt is not said to be their stage.
        assert!(
            !staged.iter().any(|(h, _)| h == "岚普循环" || h == "鹤林美"),
            "{staged:?}"
        );
    }

    #[test]
    fn a_table_of_platforms_gives_their_founders_and_their_city() {
        let text = "一、重点实验室认定名单\n\
                    序号 | 名称 | 依托单位 | 共建单位 | 所在市\n\
                    1 | 福建省钠离子电池与储能器件重点实验室 | 鹭岛大学 | 岚德新能源科技股份有限公司 | 厦门市\n\
                    二、工程技术研究中心认定名单\n\
                    1 | 福建省锂电池隔膜工程技术研究中心 | 岚明隔膜科技有限公司 | 三岚学院 | 三明市\n";
        let lab = "福建省钠离子电池与储能器件重点实验室";
        let centre = "福建省锂电池隔膜工程技术研究中心";
        for (head, relation, tail) in [
            ("鹭岛大学", Relation::Established, lab),
            ("岚德新能源科技股份有限公司", Relation::Established, lab),
            (
                "鹭岛大学",
                Relation::CooperatesWith,
                "岚德新能源科技股份有限公司",
            ),
            (lab, Relation::LocatedIn, "厦门市"),
            ("岚明隔膜科技有限公司", Relation::Established, centre),
            (centre, Relation::LocatedIn, "三明市"),
        ] {
            assert_related(text, relation, head, tail);
        }
    }

    #[test]
    fn a_site_named_by_its_city_abroad_is_no_subject() {
        let text = "岚拓动力匈牙利有限公司负责投资建设和运营位于匈牙利的电池工厂。\
                    凯奇凯梅特工厂规划总产能30GWh，总投资13.5亿欧元。";
        let (res, ex) = run(text);
        let holders: Vec<&str> = ex
            .facts
            .iter()
            .map(|f| res.entities[f.subject].name.as_str())
            .collect();
        assert_eq!(
            holders,
            ["岚拓动力匈牙利有限公司", "岚拓动力匈牙利有限公司"]
        );
        let text = "岚拓动力匈牙利有限公司负责投资建设和运营位于匈牙利的电池工厂。\
                    凯奇凯梅特工厂已建成投产，主要生产大圆柱电池。";
        assert_related(
            text,
            Relation::Produces,
            "岚拓动力匈牙利有限公司",
            "大圆柱电池",
        );
        // The city is a place the lexicon knows, in its country.
        assert!(
            res.entities.iter().any(|e| e.name == "凯奇凯梅特"),
            "{:?}",
            res.entities
        );
    }

    #[test]
    fn a_unit_line_over_a_project_table_gives_its_amounts_with_thousands_separators() {
        let text = "本次发行募集资金拟投资于以下项目：\n单位：万元\n\
                    序号\t项目名称\t实施主体\t实施地点\t项目总投资\n\
                    1\t年产15万吨电解液项目\t鹤昌岚锂新材料有限公司\t湖北省宜昌市猇亭区\t68,520.00\n";
        let (res, ex) = run(text);
        let invest: Vec<(&str, Option<f64>, &str)> = ex
            .facts
            .iter()
            .filter(|f| f.fact.unit == "万元")
            .map(|f| {
                (
                    res.entities[f.subject].name.as_str(),
                    f.fact.value.as_f64(),
                    f.fact.indicator.as_ref(),
                )
            })
            .collect();
        assert_eq!(
            invest,
            [("鹤昌岚锂新材料有限公司", Some(68520.0), "投资额")]
        );
    }

    #[test]
    fn a_company_that_concentrates_on_a_material_makes_it_but_not_on_recycling() {
        let text = "湖北锐岚新材料有限公司是一家专注于固态电解质的企业。\
                    广西川鹤环保科技有限公司专注于废旧锂电池回收利用。";
        assert_eq!(
            related(text, Relation::Produces),
            pairs(&[("湖北锐岚新材料有限公司", "固态电解质")])
        );
    }

    #[test]
    fn a_material_written_with_its_class_is_made_as_that_class_too() {
        let text = "江西岚峰新材料有限公司建设年产3万吨人造石墨负极材料项目。\n\
                    浙江禾川科技有限公司主要生产磷酸铁锂正极材料，出货量12万吨。\n";
        for (head, tail) in [
            ("江西岚峰新材料有限公司", "人造石墨"),
            ("江西岚峰新材料有限公司", "负极材料"),
            ("浙江禾川科技有限公司", "磷酸铁锂"),
            ("浙江禾川科技有限公司", "正极材料"),
        ] {
            assert_related(text, Relation::Produces, head, tail);
        }
        assert_related(text, Relation::InStage, "负极材料", "材料");
        let (res, ex) = run(text);
        let class = res
            .entities
            .iter()
            .find(|e| e.name == "负极材料")
            .expect("class entity");
        assert_eq!(class.mentions, 1);
        // The figure stays with the material the sentence names first.
        let subjects: Vec<&str> = ex
            .facts
            .iter()
            .map(|f| res.entities[f.subject].name.as_str())
            .collect();
        assert!(!subjects.contains(&"正极材料"), "{subjects:?}");
    }

    #[test]
    fn a_cell_written_with_its_use_is_a_cell_too_and_a_solid_electrolyte_its_kind() {
        // The gold files name 电芯 beside 储能电池 where the text writes 储能电芯, and
        // fold 硫化物固态电解质 into 固态电解质.
        let text = "宁夏岚储科技有限公司主要生产314Ah磷酸铁锂储能电芯。\n\
                    岚峰新能源股份有限公司研发硫化物固态电解质。\n";
        for (head, tail) in [
            ("宁夏岚储科技有限公司", "储能电池"),
            ("宁夏岚储科技有限公司", "电芯"),
            ("岚峰新能源股份有限公司", "固态电解质"),
        ] {
            assert_related(text, Relation::Produces, head, tail);
        }
    }

    #[test]
    fn a_trade_named_by_a_product_names_the_product_but_goods_going_to_it_are_not_made() {
        // The gold files name 正极材料 in 正极材料企业, the trade a company is said to be.
        let t = "岚峰锂业股份有限公司是一家正极材料企业。";
        assert_related(t, Relation::InStage, "正极材料", "材料");
        // The firm makes the product its trade is named by, wherever it is said.
        assert_related(t, Relation::Produces, "岚峰锂业股份有限公司", "正极材料");
        let t = "作为省内规模最大的负极材料企业，岚墨新材料有限公司已在梧州市建成一体化项目。";
        assert_related(t, Relation::Produces, "岚墨新材料有限公司", "负极材料");
        let t = "我们选取岚砻锂业有限公司、宏泓锂业有限公司两家锂盐企业作为可比公司。";
        assert_related(t, Relation::Produces, "岚砻锂业有限公司", "锂盐");
        assert_related(t, Relation::Produces, "宏泓锂业有限公司", "锂盐");
        // Regression: a partner after 与 was read as the firm the trade describes.
        let t = "推动锂盐企业与岚尧新材料有限公司等负极材料企业开展协作。";
        assert_not_related(t, Relation::Produces, "岚尧新材料有限公司", "锂盐");
        assert_related(t, Relation::Produces, "岚尧新材料有限公司", "负极材料");
        // A place described by a trade makes nothing.
        let t = "梧州市是正极材料基地。";
        assert!(related(t, Relation::Produces).is_empty());
        // What a recycler sends to that trade is not what it makes.
        let t = "岚峰循环科技有限公司年处理退役电池5万吨，再生出的碳酸锂重新回到正极材料企业手中。";
        assert_related(t, Relation::Produces, "岚峰循环科技有限公司", "碳酸锂");
        assert_not_related(t, Relation::Produces, "岚峰循环科技有限公司", "正极材料");
    }

    #[test]
    fn a_subsidiary_founded_at_a_place_with_no_founder_named_is_there() {
        // Regression: a timeline's 在R设立全资子公司C placed C nowhere.
        let t = "岚峰新材料股份有限公司成立于2015年。\n2019年3月\n在四川省眉山市彭山区设立全资子公司眉山岚峰新材料有限公司。\n";
        assert_related(t, Relation::LocatedIn, "眉山岚峰新材料有限公司", "彭山区");
    }

    #[test]
    fn a_company_described_by_its_place_and_trade_is_there() {
        let t = "江苏岚峰电驱动技术有限公司（下称岚峰电驱），这是常州武进的一家电驱企业。";
        assert_related(
            t,
            Relation::LocatedIn,
            "江苏岚峰电驱动技术有限公司",
            "武进区",
        );
        let t = "岚峰科技是常州武进的一家电驱企业。";
        assert_related(t, Relation::LocatedIn, "岚峰科技", "武进区");
        // Not a place its goods are for.
        let t = "岚峰科技是常州武进的储能项目供应商。";
        assert_not_related(t, Relation::LocatedIn, "岚峰科技", "武进区");
    }

    #[test]
    fn a_post_named_by_a_research_bodys_kind_is_at_the_body_just_named() {
        // Regression: X教授担任院长 / 出任中心主任 after 共建…研究院 put X at the
        // university only.
        let t = "2022年，管委会联合岚山大学组建岚亭锂电产业技术研究院，由岚山大学材料学院孙维岳教授担任院长。";
        assert_related(t, Relation::WorksAt, "孙维岳", "岚亭锂电产业技术研究院");
        let t = "今年7月，岚峰新材与岚州理工大学共建的岚昌镍钴新材料工程研究中心揭牌，岚州理工大学教授贺思源出任中心主任。";
        assert_related(t, Relation::WorksAt, "贺思源", "岚昌镍钴新材料工程研究中心");
        // A body of another kind is not the one the post names.
        let t = "岚峰锂业与岚山大学共建岚亭锂电产业技术研究院，岚山大学教授王岚担任实验室主任。";
        assert_not_related(t, Relation::WorksAt, "王岚", "岚亭锂电产业技术研究院");
    }

    #[test]
    fn a_back_reference_before_a_title_is_the_company_its_sentence_named_first() {
        // Regression: 公司 went to the topic of the sentences before (岚川新材), not to
        // the company this sentence is about, nor to its subsidiary named after it.
        let t = "岚川新材料股份有限公司是负极材料企业。\
                 8月12日，岚峰锂业股份有限公司发布公告称，公司控股子公司岚山矿业有限公司收到整改指令，\
                 公司董事长柯立言表示将尽快完成整改。";
        assert_related(t, Relation::WorksAt, "柯立言", "岚峰锂业股份有限公司");
        assert_not_related(t, Relation::WorksAt, "柯立言", "岚川新材料股份有限公司");
        assert_not_related(t, Relation::WorksAt, "柯立言", "岚山矿业有限公司");
    }

    #[test]
    fn a_signing_tables_companies_invest_in_the_parks_they_settle_in() {
        // 签约企业 holds the row's project, 落户园区 is where it is built, and the
        // investment column's figures are the holder's (bars written full width).
        let t = "部分签约项目如下：\n\
                 序号｜项目名称｜签约企业｜落户园区｜投资额（亿元）\n\
                 1｜年产5万吨电池级碳酸锂项目｜岚峰锂业有限公司｜岚山锂电材料产业园｜28.0\n\
                 2｜年产8万吨电解液项目｜岚川化学股份有限公司｜岚亭新材料产业园｜15.6\n";
        assert_related(
            t,
            Relation::InvestsIn,
            "岚峰锂业有限公司",
            "岚山锂电材料产业园",
        );
        assert_related(
            t,
            Relation::InvestsIn,
            "岚川化学股份有限公司",
            "岚亭新材料产业园",
        );
        let rows = fact_rows(t);
        assert!(
            rows.contains(&(
                "岚峰锂业有限公司".to_string(),
                "投资额".to_string(),
                "28.0亿元".to_string()
            )),
            "{rows:?}"
        );
    }

    #[test]
    fn a_round_a_back_reference_raised_is_the_topics_and_its_amount_is_named_for_it() {
        let t = "河北岚研固态电池科技有限公司成立于2021年。\
                 2023年8月，公司完成1.5亿元A轮融资，北京岚峤创业投资有限公司领投，\
                 石家庄岚渐股权投资基金合伙企业（有限合伙）跟投。";
        for investor in [
            "北京岚峤创业投资有限公司",
            "石家庄岚渐股权投资基金合伙企业（有限合伙）",
        ] {
            assert_related(
                t,
                Relation::InvestsIn,
                investor,
                "河北岚研固态电池科技有限公司",
            );
        }
        let rows = fact_rows(t);
        assert!(
            rows.contains(&(
                "河北岚研固态电池科技有限公司".to_string(),
                "A轮融资额".to_string(),
                "1.5亿元".to_string()
            )),
            "{rows:?}"
        );
        let rows = fact_rows("岚钠新能源科技有限公司近日完成6亿元Pre-B轮融资。");
        assert_eq!(rows[0].1, "Pre-B轮融资额", "{rows:?}");
    }

    #[test]
    fn an_officers_post_taken_with_no_body_named_is_at_the_topic_company() {
        let t = "岚研固态电池科技有限公司成立于2021年，总部位于保定市。\
                 曾在某头部电池企业工作六年的邵景岚博士出任首席技术官。";
        assert_related(t, Relation::WorksAt, "邵景岚", "岚研固态电池科技有限公司");
        // Not a post any body may have (主任), nor where the sentence names a body.
        let t = "岚研固态电池科技有限公司成立于2021年。邵景岚博士出任主任。";
        assert!(related(t, Relation::WorksAt).is_empty());
        let t = "岚研固态电池科技有限公司成立于2021年。岚山大学邵景岚出任首席技术官。";
        assert_not_related(t, Relation::WorksAt, "邵景岚", "岚研固态电池科技有限公司");
    }

    #[test]
    fn who_presides_or_gives_a_talk_only_events_have_takes_part_in_the_event() {
        let expo = "第三届岚峰新能源电池产业博览会";
        let forum = "2025岚峰电池产业链协同创新论坛";
        let t = format!(
            "11月8日，{expo}在岚峰国际会展中心开幕。{expo}展出面积5万平方米。开幕式由副市长程岚川主持。\
             当天下午，由岚峰电池产业协会主办的“{forum}”举行。\
             岚峰大学教授戚岚衡作主旨报告。\
             岚储新能源科技有限公司董事长隋岚博在论坛上介绍，公司出货量增长64%。"
        );
        let got = related(&t, Relation::ParticipatesIn);
        let at = |p: &str, e: &str| got.contains(&(p.to_string(), e.to_string()));
        // 由X主持: who presides is there.
        assert!(at("程岚川", expo), "{got:?}");
        // A keynote right after the forum is named is at the forum, and so is a
        // speaker 在论坛上 though the expo is named more often.
        assert!(at("戚岚衡", forum), "{got:?}");
        assert!(at("隋岚博", forum), "{got:?}");
        assert!(!at("隋岚博", expo), "{got:?}");
        // Presiding over a research project is no event.
        let t = format!("{expo}在岚峰开幕。岚峰大学教授戚岚衡主持省级科研项目6项。");
        assert!(related(&t, Relation::ParticipatesIn).is_empty());
    }

    #[test]
    fn joint_projects_ventures_and_developments_are_cooperation() {
        let t = "岚峰新材料科技有限公司与岚山新能源研究院共同承担了一项省级重点研发项目。";
        assert_related(
            t,
            Relation::CooperatesWith,
            "岚峰新材料科技有限公司",
            "岚山新能源研究院",
        );
        let t = "岚峰新材料股份有限公司与芬兰化工企业诺尔德化工集团合资，在芬兰建设正极材料项目。";
        assert_related(
            t,
            Relation::CooperatesWith,
            "岚峰新材料股份有限公司",
            "诺尔德化工集团",
        );
        // A与B联合研发P: both make P and they work together.
        let t = "岚峰氟材料股份有限公司跟岚山化学物理研究所联合研发固态电解质。";
        assert_related(
            t,
            Relation::CooperatesWith,
            "岚峰氟材料股份有限公司",
            "岚山化学物理研究所",
        );
        assert_related(
            t,
            Relation::Produces,
            "岚峰氟材料股份有限公司",
            "固态电解质",
        );
        assert_related(t, Relation::Produces, "岚山化学物理研究所", "固态电解质");
    }

    #[test]
    fn founders_after_a_supporting_verb_or_with_the_issuer_found_what_they_build() {
        // 支持/依托 A与B共建的C: A and B still build C.
        let t = "支持岚山大学与岚峰能源投资集团有限公司共建的岚峰新型储能技术创新中心开展攻关。";
        for f in ["岚山大学", "岚峰能源投资集团有限公司"] {
            assert_related(t, Relation::Established, f, "岚峰新型储能技术创新中心");
        }
        // In a company's own text 公司与B (B's short name noted, a place between) found C
        // together, and 公司 alone founds its subsidiary though the sentence is about it.
        let t = "证券代码：603999    证券简称：岚峰新能    公告编号：2025-041\n\
                 岚峰新能源科技股份有限公司\n\
                 第三届董事会第九次会议决议公告\n\
                 本公司董事会及全体董事保证本公告内容不存在任何虚假记载。\n\
                 董事会同意公司以自有资金5亿元在四川省遂宁市射洪市设立全资子公司遂宁岚峰锂电材料有限公司。\n\
                 董事会同意公司与湖北岚楚产业投资有限公司（以下简称“岚楚产投”）在湖北省荆门市共同出资设立荆门岚峰循环科技有限公司。\n";
        let own = "岚峰新能源科技股份有限公司";
        assert_related(t, Relation::Established, own, "遂宁岚峰锂电材料有限公司");
        assert_related(t, Relation::Established, own, "荆门岚峰循环科技有限公司");
        assert_related(
            t,
            Relation::Established,
            "湖北岚楚产业投资有限公司",
            "荆门岚峰循环科技有限公司",
        );
    }

    #[test]
    fn the_agent_of_a_passive_investment_invests_not_the_company_the_work_is_for() {
        let t = "这项由岚能电力有限公司全额投资3.26亿元、专为射洪锂电产业园建设的工程，是岚盛集团有限公司2023年度的重点项目之一。";
        assert_related(t, Relation::InvestsIn, "岚能电力有限公司", "射洪锂电产业园");
        assert_not_related(t, Relation::InvestsIn, "岚盛集团有限公司", "射洪锂电产业园");
    }

    #[test]
    fn a_project_placed_is_its_companys_investment_there() {
        let t =
            "岚川锂盐有限公司是岚峰市重点锂电材料企业，其年产4万吨锂盐项目位于岚峰锂电材料产业园。";
        assert_related(
            t,
            Relation::InvestsIn,
            "岚川锂盐有限公司",
            "岚峰锂电材料产业园",
        );
        let t = "岚川锂盐有限公司主营碳酸锂，项目位于四川省宜宾市南溪区，一期年处理5万吨。";
        assert_related(t, Relation::InvestsIn, "岚川锂盐有限公司", "南溪区");
        assert_not_related(t, Relation::LocatedIn, "岚川锂盐有限公司", "南溪区");
        // Not a project the clause gives to another body.
        let t = "岚川锂盐有限公司表示，岚山矿业有限公司的项目位于岚峰锂电材料产业园。";
        assert_not_related(
            t,
            Relation::InvestsIn,
            "岚川锂盐有限公司",
            "岚峰锂电材料产业园",
        );
        // A company described by its place after an investing verb is what is invested in.
        let t = "岚峰控股集团有限公司去年参股了江西宜春的岚晶矿业有限公司。";
        assert_related(
            t,
            Relation::InvestsIn,
            "岚峰控股集团有限公司",
            "岚晶矿业有限公司",
        );
        assert_not_related(t, Relation::InvestsIn, "岚峰控股集团有限公司", "宜春市");
    }

    #[test]
    fn subsidiaries_founded_then_grandchildren_and_branches_named_after_their_company() {
        // When and where the owner founded it may stand before 全资子公司, and a note of
        // the owner's short name after it.
        let t = "淮安岚锂新能源科技有限公司是江苏岚锂新材料股份有限公司（以下简称“岚锂股份”）\
                 今年3月在淮阴区注册成立的全资子公司，为岚锂股份项目的实施主体。";
        assert_related(
            t,
            Relation::SubsidiaryOf,
            "淮安岚锂新能源科技有限公司",
            "江苏岚锂新材料股份有限公司",
        );
        // A grandchild is a subsidiary too.
        let t = "岚峰锂业股份有限公司发布公告称，公司孙公司若羌岚辉矿业开发有限公司竞得探矿权。";
        assert_related(
            t,
            Relation::SubsidiaryOf,
            "若羌岚辉矿业开发有限公司",
            "岚峰锂业股份有限公司",
        );
        // A branch named after its company, which the text names too.
        let t = "天津岚驰电动车有限公司召回部分电动自行车。\n\
                 天津岚驰电动车有限公司华东分公司，地址：江苏省无锡市锡山区锡沪东路1025号。";
        assert_related(
            t,
            Relation::SubsidiaryOf,
            "天津岚驰电动车有限公司华东分公司",
            "天津岚驰电动车有限公司",
        );
        // A field line's company with its owner in brackets.
        let t = "一、项目基本情况\n\
                 项目名称 | 中卫市150MW/600MWh共享储能电站项目EPC总承包\n\
                 招标人 | 中卫岚方储能科技有限公司（宁夏岚方新能源投资集团有限公司控股子公司）\n\
                 项目概况：本项目为电网侧共享储能电站，由招标人投资建设。\n";
        assert_related(
            t,
            Relation::SubsidiaryOf,
            "中卫岚方储能科技有限公司",
            "宁夏岚方新能源投资集团有限公司",
        );
    }

    #[test]
    fn an_analysts_firm_before_a_desk_is_their_company_and_no_subject() {
        let t = "岚研咨询首席分析师韩岚哲认为，钠离子电池具备成本优势。";
        assert_related(t, Relation::WorksAt, "韩岚哲", "岚研咨询");
        let t = "岚岳证券电力设备与新能源行业首席分析师柯岚衡认为，锂价见底。";
        assert_related(t, Relation::WorksAt, "柯岚衡", "岚岳证券");
        // What the analyst says of a product is no figure of the firm.
        let t = "东岚期货新能源分析师顾岚在论坛上表示，碳酸锂现货价格有望站上9万元/吨。";
        assert_related(t, Relation::WorksAt, "顾岚", "东岚期货");
        assert!(
            fact_rows(t).iter().all(|(s, _, _)| s != "东岚期货"),
            "{:?}",
            fact_rows(t)
        );
    }

    #[test]
    fn a_region_cooperates_as_a_party_not_as_the_seat_of_a_partner_nor_a_park_at_all() {
        let t = "活动中，梧州市与广西电池行业协会达成战略合作。";
        assert_related(t, Relation::CooperatesWith, "梧州市", "广西电池行业协会");
        // Regression: the country before an unknown partner's name was the partner.
        let t = "岚源科技有限公司与德国宏恩集团签署合作协议。";
        assert!(related(t, Relation::CooperatesWith).is_empty());
        let t = "岚源科技有限公司与德国回收企业宏恩回收公司签署协议。";
        assert!(related(t, Relation::CooperatesWith).is_empty());
        // A park is no party of the schema's cooperates_with (org ↔ org).
        let t = "岚源科技有限公司与岚湾工业园签署合作协议。";
        assert!(related(t, Relation::CooperatesWith).is_empty());
    }

    #[test]
    fn a_body_founded_at_a_place_and_a_seat_after_zhusuodi_wei_are_where_it_is() {
        // Regression: 在R揭牌成立 after the body's name placed it nowhere, and 住所地为R
        // was no word of place.
        let t = "岚泓新材上海研究院在上海市嘉定区揭牌成立。";
        assert_related(t, Relation::LocatedIn, "岚泓新材上海研究院", "嘉定区");
        let t =
            "江苏岚澈动力科技有限公司成立于2021年，住所地为江苏省淮安市涟水县，是一家电池企业。";
        assert_related(t, Relation::LocatedIn, "江苏岚澈动力科技有限公司", "涟水县");
        // An event held somewhere as the verb's object (在R举办E) is there.
        let t = "县政府在上海举办2025岚昌新能源材料产业合作推介会，现场签约项目7个。";
        assert_related(
            t,
            Relation::LocatedIn,
            "2025岚昌新能源材料产业合作推介会",
            "上海市",
        );
        // A park built at a place lies there (在R规划建设了P).
        let t = "岚州市依托港口，在钦南区规划建设了岚尾海再生资源产业园，重点发展黑粉湿法冶炼。";
        assert_related(t, Relation::LocatedIn, "岚尾海再生资源产业园", "钦南区");
        // A place between with other words is no seat (C在R的支持下成立).
        let t = "岚泓储能研究院在宜春市人民政府支持下成立。";
        assert_not_related(t, Relation::LocatedIn, "岚泓储能研究院", "宜春市");
    }

    #[test]
    fn a_research_body_makes_what_it_works_on() {
        // Regression: 双方共建X中心，重点研发P made P the company's, the sentence's
        // subject, not the centre's.
        let t = "今年4月，宁夏岚上新材料有限公司与宁夏大学签约，双方共建宁夏锂电正极材料工程技术研究中心，\
                 重点研发高压实磷酸铁锂和磷酸锰铁锂。";
        assert_eq!(
            related(t, Relation::Produces),
            pairs(&[
                ("宁夏锂电正极材料工程技术研究中心", "磷酸铁锂"),
                ("宁夏锂电正极材料工程技术研究中心", "磷酸锰铁锂"),
            ])
        );
        // A focus and a work (聚焦…开展攻关, 围绕…开展攻关), not what a process takes in.
        let t = "岚川市政府与南昌大学共建岚川锂电新能源研究院，聚焦固态电池、锂云母高效提锂等方向开展攻关。";
        assert_eq!(
            related(t, Relation::Produces),
            pairs(&[("岚川锂电新能源研究院", "固态电池")])
        );
        let t = "岚西新型储能技术创新中心围绕钠离子电池、半固态电池等开展关键技术攻关。";
        assert_eq!(
            related(t, Relation::Produces),
            pairs(&[
                ("岚西新型储能技术创新中心", "半固态电池"),
                ("岚西新型储能技术创新中心", "钠离子电池"),
            ])
        );
    }

    #[test]
    fn partners_joined_for_a_breakthrough_or_bound_as_partners_cooperate() {
        let t = "岚峰锂业股份有限公司联合岚山研究院攻克了盐湖提锂关键技术。";
        assert_related(
            t,
            Relation::CooperatesWith,
            "岚峰锂业股份有限公司",
            "岚山研究院",
        );
        // A report published together is a joint work too.
        let t = "论坛上，岚东省储能产业协会联合岚江储能技术研究院发布了《2025钠离子电池产业发展白皮书》。";
        assert_related(
            t,
            Relation::CooperatesWith,
            "岚东省储能产业协会",
            "岚江储能技术研究院",
        );
        let t = "岚峰电池有限公司和岚山汽车股份有限公司结成战略伙伴关系。";
        assert_related(
            t,
            Relation::CooperatesWith,
            "岚峰电池有限公司",
            "岚山汽车股份有限公司",
        );
        // 联合 before no act of work together ties no one.
        let t = "岚峰锂业股份有限公司联合岚山研究院的专家表示，技术仍需验证。";
        assert!(related(t, Relation::CooperatesWith).is_empty());
    }

    #[test]
    fn a_later_clause_opening_on_adverbs_and_yu_goes_on_with_the_sentences_subject() {
        let t = "岚岭新能源材料股份有限公司计划追加投资15亿元，同时将与岚西理工大学共建高镍材料联合研发中心。\
                 岚溪锂业有限公司是一家锂盐企业。公司计划扩产，并将与岚峰动力有限公司签署长期合作协议。\
                 链主由岚谷循环科技有限公司兼任，与岚川动力有限公司签订回收合作协议。";
        assert_related(
            t,
            Relation::Established,
            "岚岭新能源材料股份有限公司",
            "高镍材料联合研发中心",
        );
        assert_related(
            t,
            Relation::CooperatesWith,
            "岚岭新能源材料股份有限公司",
            "岚西理工大学",
        );
        assert_related(
            t,
            Relation::CooperatesWith,
            "岚溪锂业有限公司",
            "岚峰动力有限公司",
        );
        // A topic this sentence does not name is not taken for the clause's subject.
        assert_not_related(
            t,
            Relation::CooperatesWith,
            "岚溪锂业有限公司",
            "岚川动力有限公司",
        );
    }

    #[test]
    fn a_body_before_the_verb_of_an_attribute_after_zai_hosts_the_event() {
        let t = "岚岭新能源材料股份有限公司是一家正极材料企业。\
                 今年9月，在金昌市人民政府主办的2025岚峰镍钴新材料产业大会上，\
                 岚岭新能源材料股份有限公司与岚川国有资本投资运营有限公司签署了战略合作框架协议。\
                 在金昌市举办的2026岚峰锂电产业大会上，岚岭新能源材料股份有限公司发布了新品。";
        assert_related(
            t,
            Relation::Hosts,
            "金昌市人民政府",
            "2025岚峰镍钴新材料产业大会",
        );
        assert_not_related(
            t,
            Relation::Hosts,
            "岚岭新能源材料股份有限公司",
            "2025岚峰镍钴新材料产业大会",
        );
        // A place there is where it is held, not a host.
        assert_not_related(t, Relation::Hosts, "金昌市", "2026岚峰锂电产业大会");
        // The place may stand between the host and the verb.
        let t = "今年3月，在梧州市人民政府于深圳举办的2025岚峰新能源产业投资推介会上，\
                 岚峰锂业股份有限公司与龙圩区人民政府签订了项目投资协议。";
        assert_related(
            t,
            Relation::Hosts,
            "梧州市人民政府",
            "2025岚峰新能源产业投资推介会",
        );
        assert_related(
            t,
            Relation::LocatedIn,
            "2025岚峰新能源产业投资推介会",
            "深圳市",
        );
    }

    #[test]
    fn an_event_launched_at_a_place_is_held_there() {
        let t = "4月26日，由广西壮族自治区知识产权局主办的2025年岚州知识产权宣传周活动在南宁启动。";
        assert_related(t, Relation::LocatedIn, "2025年岚州知识产权宣传周", "南宁市");
    }

    #[test]
    fn a_buyers_trade_may_stand_before_it_and_a_clause_opening_on_a_product_keeps_the_seller() {
        let t = "岚沣循环科技股份有限公司的硫酸镍主要供应三元前驱体企业岚南新材料有限公司，\
                 碳酸锂则销往岚锦正极材料股份有限公司等正极材料企业。\
                 岚溪锂业有限公司将碳酸锂供应给动力电池企业岚峰动力有限公司。";
        for buyer in ["岚南新材料有限公司", "岚锦正极材料股份有限公司"] {
            assert_related(t, Relation::Supplies, "岚沣循环科技股份有限公司", buyer);
        }
        assert_related(
            t,
            Relation::Supplies,
            "岚溪锂业有限公司",
            "岚峰动力有限公司",
        );
    }

    #[test]
    fn a_back_reference_after_a_clause_of_time_founds_the_subsidiary_the_sentence_is_about() {
        let t = "岚沣循环科技股份有限公司是一家回收企业。\
                 2018年，公司在浙江省绍兴市上虞区设立全资子公司浙江岚沣再生材料有限公司，\
                 产出的黑粉全部运回总部冶炼。";
        assert_related(
            t,
            Relation::SubsidiaryOf,
            "浙江岚沣再生材料有限公司",
            "岚沣循环科技股份有限公司",
        );
        assert_related(
            t,
            Relation::Established,
            "岚沣循环科技股份有限公司",
            "浙江岚沣再生材料有限公司",
        );
        // What the sentence goes on about is the subsidiary's.
        assert_related(t, Relation::Produces, "浙江岚沣再生材料有限公司", "黑粉");
    }

    #[test]
    fn a_partners_seat_is_its_own_and_does_not_part_it_from_the_partner_before() {
        let t = "岚沣循环科技股份有限公司与位于梧州市的岚江理工大学共建“动力电池绿色循环联合研发中心”。\
                 岚峰锂业股份有限公司收购了位于梧州市的岚溪新材料有限公司。";
        assert_related(t, Relation::LocatedIn, "岚江理工大学", "梧州市");
        assert_related(t, Relation::LocatedIn, "岚溪新材料有限公司", "梧州市");
        assert_not_related(t, Relation::LocatedIn, "岚沣循环科技股份有限公司", "梧州市");
        assert_not_related(t, Relation::LocatedIn, "岚峰锂业股份有限公司", "梧州市");
        assert_related(
            t,
            Relation::CooperatesWith,
            "岚沣循环科技股份有限公司",
            "岚江理工大学",
        );
        for founder in ["岚沣循环科技股份有限公司", "岚江理工大学"] {
            assert_related(
                t,
                Relation::Established,
                founder,
                "动力电池绿色循环联合研发中心",
            );
        }
        assert_not_related(
            t,
            Relation::LocatedIn,
            "动力电池绿色循环联合研发中心",
            "梧州市",
        );
    }

    #[test]
    fn a_signing_tables_seller_supplies_its_buyer_and_the_two_cooperate() {
        let t = "会上共签约项目6个。岚溪新材料有限公司、岚峰新能源科技股份有限公司、岚谷碳材有限公司参加签约。\n\
                 部分现场签约项目如下：\n\
                 序号｜签约项目｜供方｜需方｜金额（亿元）\n\
                 1｜正极材料供货｜岚溪新材料有限公司｜岚峰新能源科技股份有限公司｜52\n\
                 2｜负极材料供货｜岚谷碳材有限公司｜岚峰新能源科技股份有限公司｜8.6\n";
        for seller in ["岚溪新材料有限公司", "岚谷碳材有限公司"] {
            assert_related(t, Relation::Supplies, seller, "岚峰新能源科技股份有限公司");
            assert_related(
                t,
                Relation::CooperatesWith,
                seller,
                "岚峰新能源科技股份有限公司",
            );
        }
        assert_not_related(
            t,
            Relation::Supplies,
            "岚峰新能源科技股份有限公司",
            "岚溪新材料有限公司",
        );
    }

    #[test]
    fn a_product_presented_or_counted_in_total_capacity_is_made() {
        let t = "岚川储能科技有限公司展示了液冷储能系统。\
                 岚溪新材料有限公司推介了高压实磷酸铁锂正极材料。\
                 岚谷新材料有限公司介绍，二期已于9月投产，负极材料总产能达到8万吨。\
                 岚山新材料有限公司介绍，其电解液产能达到20万吨，六氟磷酸锂实现自供。";
        assert_related(t, Relation::Produces, "岚川储能科技有限公司", "储能系统");
        assert_related(t, Relation::Produces, "岚溪新材料有限公司", "磷酸铁锂");
        assert_related(t, Relation::Produces, "岚谷新材料有限公司", "负极材料");
        assert_related(t, Relation::Produces, "岚山新材料有限公司", "六氟磷酸锂");
    }

    #[test]
    fn a_product_with_an_amount_a_year_after_it_is_made() {
        let t = "九江岚沣新材料有限公司位于九江市湖口县，具备碳酸锂8,000吨/年、六氟磷酸锂3,000吨/年的生产能力。\
                 宜昌岚烨新能源科技有限公司建有电解液10万吨/年生产线。\
                 岚峰锂业有限公司向岚溪电池有限公司供应碳酸锂2万吨，价格为7.5万元/吨。";
        assert_related(t, Relation::Produces, "九江岚沣新材料有限公司", "碳酸锂");
        assert_related(
            t,
            Relation::Produces,
            "九江岚沣新材料有限公司",
            "六氟磷酸锂",
        );
        assert_related(
            t,
            Relation::Produces,
            "宜昌岚烨新能源科技有限公司",
            "电解液",
        );
        // An amount that is not a year's (an order of 2万吨) does not say who makes it.
        assert_not_related(t, Relation::Produces, "岚溪电池有限公司", "碳酸锂");
    }

    #[test]
    fn works_carried_out_or_held_in_each_place_are_investments_there() {
        let t = "岚岭新能源材料股份有限公司在铜仁市玉屏侗族自治县和贵阳市修文县各有一座正极基地。\
                 岚岚锂业有限公司在普定县实施的黏土型锂矿采选一体化示范项目，设计规模为原矿60万吨/年。\
                 岚晟新材料集团有限公司拟在曲靖市建设磷酸锰铁锂项目，项目实施主体为曲靖岚驰锂电材料有限公司。";
        assert_related(
            t,
            Relation::InvestsIn,
            "岚岭新能源材料股份有限公司",
            "玉屏侗族自治县",
        );
        assert_related(
            t,
            Relation::InvestsIn,
            "岚岭新能源材料股份有限公司",
            "修文县",
        );
        assert_related(t, Relation::InvestsIn, "岚岚锂业有限公司", "普定县");
        // 实施主体 is a noun: who carries the project out, not a target of investment.
        assert_not_related(
            t,
            Relation::InvestsIn,
            "岚晟新材料集团有限公司",
            "曲靖岚驰锂电材料有限公司",
        );
    }

    #[test]
    fn a_reporters_quotation_makes_no_interview_and_a_back_reference_keeps_its_company() {
        // Regression: 告诉记者：“…” was read as an interview's 记者： label, which made
        // every 公司 the company the text names most (岚航重工), not the one it was about.
        let t = "荆州岚航船舶重工有限公司（以下简称“岚航重工”）建造的两艘船交付。\
                 岚航重工董事长刘国栋出席仪式，岚航重工员工代表发言。\
                 船长刘建军从刘国栋手中接过钥匙后告诉记者：“以前开柴油船，又吵又热。”\
                 岚舟新能源是国内较早进入船舶电动化领域的电池系统企业之一。\
                 2022年，该公司船用电池系统项目落户沙市临港船舶产业园。\
                 项目总投资8.5亿元，目前已建成两条电池包生产线。\
                 周海涛介绍，2023年公司实现营业收入12.6亿元。";
        let rows = fact_rows(t);
        for value in ["8.5亿元", "12.6亿元"] {
            assert!(
                rows.iter().any(|(h, _, v)| h == "岚舟新能源" && v == value),
                "{value}: {rows:?}"
            );
        }
        // A place after the back-reference's verb is no subject: the project is the
        // company's, and so is the investment in the park.
        assert_related(t, Relation::InvestsIn, "岚舟新能源", "沙市临港船舶产业园");
    }

    #[test]
    fn a_chain_of_stages_may_be_joined_by_words() {
        let t = "岚峰集团董事长刘宏伟说，锂电池产业链从锂矿、材料、电池一直延伸到终端和回收。";
        let pairs = related(t, Relation::UpstreamOf);
        for (a, b) in [
            ("锂矿", "材料"),
            ("材料", "电池"),
            ("电池", "终端"),
            ("终端", "回收"),
        ] {
            assert!(
                pairs.contains(&(a.to_string(), b.to_string())),
                "{a}->{b}: {pairs:?}"
            );
        }
        // 及 pairs two stages in one part of a whole: no chain.
        let t = "本届博览会设锂矿及材料、电池及储能、终端应用、回收利用四大展区。";
        assert_not_related(t, Relation::UpstreamOf, "锂矿", "材料");
    }

    #[test]
    fn a_back_reference_may_lead_the_partners_it_joins() {
        let t = "贵州岚锂矿业集团有限公司是省属锂资源开发企业。\
                 去年以来，该公司联合贵州省岚源地质调查院开展黏土型锂矿选冶试验。";
        assert_related(
            t,
            Relation::CooperatesWith,
            "贵州岚锂矿业集团有限公司",
            "贵州省岚源地质调查院",
        );
    }

    #[test]
    fn a_notices_title_and_a_dated_relative_clause_name_the_issuer() {
        let t = "滁州市人民政府办公室关于印发滁州市岚源动力电池回收利用试点工作方案的通知\n\
                 经市政府同意，现将《滁州市岚源动力电池回收利用试点工作方案》印发给你们。\n\
                 认真落实滁州市人民政府此前出台的《滁州市支持岚源产业高质量发展若干政策》。";
        assert_related(
            t,
            Relation::Issued,
            "滁州市人民政府办公室",
            "《滁州市岚源动力电池回收利用试点工作方案》",
        );
        assert_related(
            t,
            Relation::Issued,
            "滁州市人民政府",
            "《滁州市支持岚源产业高质量发展若干政策》",
        );
    }

    #[test]
    fn the_agent_of_a_passive_before_the_clause_supplies() {
        let t = "伴随一声汽笛，由荆州岚航船舶重工有限公司（以下简称“岚航重工”）建造的两艘纯电动集装箱船，正式交付荆州港务集团有限公司。\
                 这批船的动力电池系统由武汉岚舟新能源科技股份有限公司研制，并为岚航重工整船配套。";
        assert_related(
            t,
            Relation::Supplies,
            "荆州岚航船舶重工有限公司",
            "荆州港务集团有限公司",
        );
        assert_related(
            t,
            Relation::Supplies,
            "武汉岚舟新能源科技股份有限公司",
            "荆州岚航船舶重工有限公司",
        );
    }

    #[test]
    fn a_clause_stating_only_a_change_goes_with_the_figure_before() {
        let t = "江苏岚川新能源科技集团股份有限公司是国内领先的锂电池企业。\
                 2024年，公司实现营业收入512亿元。\
                 动力及储能电池出货量68.5GWh，其中储能电池出货24.1GWh，同比增长63%。";
        let rows = fact_rows(t);
        assert!(
            rows.iter()
                .any(|(h, _, v)| h == "江苏岚川新能源科技集团股份有限公司" && v == "63%"),
            "{rows:?}"
        );
    }

    #[test]
    fn a_place_in_a_note_in_brackets_holds_no_figure() {
        let t = "山东岚晶新能源材料股份有限公司是国内磷酸铁锂龙头企业。\
                 ① 淄博基地（山东省淄博市临淄区）：磷酸铁锂26万吨/年，开工率约95%；";
        let rows = fact_rows(t);
        assert!(
            rows.iter()
                .any(|(h, _, v)| h == "山东岚晶新能源材料股份有限公司" && v == "26万吨/年"),
            "{rows:?}"
        );
        assert!(
            !rows.iter().any(|(h, _, _)| h == "山东省" || h == "临淄区"),
            "{rows:?}"
        );
    }

    #[test]
    fn losses_ranges_pieces_shares_and_kilometres_are_figures() {
        let t = "岚沃电池材料有限公司2024年净利润-0.12亿元，产能3-5万吨。\
                 岚峰汽车有限公司的厢式运输车续航里程330km，百公里电耗12.9kWh/100km。\
                 岚峰动力电池有限公司本周获得授权专利3件。\
                 岚峰新材料股份有限公司本次发行股票数量上限92160000股，每10股派3元。";
        let values: Vec<String> = fact_rows(t).into_iter().map(|(_, _, v)| v).collect();
        for v in ["-0.12亿元", "330km", "3件", "92160000股"] {
            assert!(values.iter().any(|x| x == v), "{v}: {values:?}");
        }
        // A range's lower end is no loss, a rate's denominator and a dividend's base
        // no figures.
        for v in ["-5万吨", "100km", "10股"] {
            assert!(!values.iter().any(|x| x == v), "{v}: {values:?}");
        }
    }

    #[test]
    fn a_pilot_line_shows_its_product_made_by_the_company_a_back_reference_names() {
        let t = "陕西岚锂新能源科技股份有限公司与岚秦汽车有限公司结成战略合作伙伴。\
                 液相法合成量已在江苏岚锂固态电池科技有限公司放大至50 kg，该公司0.5 GWh全固态电池中试线已于2024年12月投运。";
        assert_related(
            t,
            Relation::Produces,
            "江苏岚锂固态电池科技有限公司",
            "固态电池",
        );
        assert_not_related(
            t,
            Relation::Produces,
            "陕西岚锂新能源科技股份有限公司",
            "固态电池",
        );
    }

    #[test]
    fn an_after_sales_title_and_a_research_institutes_analyst_name_the_post() {
        let t = "岚唐汽车股份有限公司售后服务总监徐可告诉记者，公司明年计划新增网点18个。\
                 岚象证券研究所有色金属行业首席分析师孟书航认为，精矿产量约占国内的12%。";
        assert_related(t, Relation::WorksAt, "徐可", "岚唐汽车股份有限公司");
        assert_related(t, Relation::WorksAt, "孟书航", "岚象证券研究所");
    }

    #[test]
    fn a_relative_clause_names_the_maker_right_after_its_product() {
        let t = "原料端，生产针状焦的内蒙古岚焦化工有限公司与岚碳负极材料有限公司签订了五年长期供货协议。";
        assert_related(t, Relation::Produces, "内蒙古岚焦化工有限公司", "针状焦");
        assert_not_related(t, Relation::Produces, "岚碳负极材料有限公司", "针状焦");
    }

    #[test]
    fn a_grant_after_a_policys_issue_is_the_policys_figure() {
        let t = "近日，滁州市人民政府印发《滁州市支持岚源电池产业高质量发展若干政策》（简称“电池新政十二条”），\
                 对新引进的电池项目，按设备投资额的8%给予补助，单个项目最高5000万元。\
                 滁州市人民政府出台《岚源产业规划》以来，全市电池产能达到40GWh。";
        let rows = fact_rows(t);
        let policy = "《滁州市支持岚源电池产业高质量发展若干政策》";
        for v in ["8%", "5000万元"] {
            assert!(
                rows.iter().any(|(h, _, x)| h == policy && x == v),
                "{v}: {rows:?}"
            );
        }
        // A figure that grants nothing stays with who holds it.
        assert!(
            !rows
                .iter()
                .any(|(h, _, x)| h.starts_with('《') && x == "40GWh"),
            "{rows:?}"
        );
    }

    #[test]
    fn a_title_qualified_by_its_field_or_office_still_names_the_post() {
        let t = "岚峰锂业股份有限公司回收技术总监石宏远表示，回收业务增长较快。\
                 岚川市人民政府副市长、新能源电池产业链链长葛文峤出席会议。\
                 岚川市生态环境局固体废物管理处处长卢振宇介绍了情况。\
                 岚峰锂业股份有限公司储能事业部总经理祁海川说，订单饱满。\
                 岚峰锂业股份有限公司表示总经理韦成林将出席。";
        assert_related(t, Relation::WorksAt, "石宏远", "岚峰锂业股份有限公司");
        assert_related(t, Relation::WorksAt, "葛文峤", "岚川市人民政府");
        assert_related(t, Relation::WorksAt, "卢振宇", "岚川市生态环境局");
        assert_related(t, Relation::WorksAt, "祁海川", "岚峰锂业股份有限公司");
        // A verb is no qualifier: 表示 stands between the body and the title.
        assert_not_related(t, Relation::WorksAt, "韦成林", "岚峰锂业股份有限公司");
    }

    #[test]
    fn a_hired_expert_works_at_the_hirer_and_a_titled_report_is_at_the_event() {
        let t = "岚峰电池有限公司聘请岚山大学教授柯立言担任首席科学家。";
        assert_related(t, Relation::WorksAt, "柯立言", "岚峰电池有限公司");
        assert_related(t, Relation::WorksAt, "柯立言", "岚山大学");
        let t = "2025岚峰锂电产业大会在岚峰市开幕。来自岚山大学的柯立言教授在大会上作了题为《固态电池前沿》的报告。";
        assert_related(
            t,
            Relation::ParticipatesIn,
            "柯立言",
            "2025岚峰锂电产业大会",
        );
    }

    #[test]
    fn officers_elected_or_named_to_a_bodys_post_work_there() {
        // A declared generic short name (联盟) names the body; 当选 takes a post.
        let t = "渭岚锂电池产业创新联盟（以下简称“联盟”）于11月成立。\
                 岚秦新能源科技股份有限公司董事长贺天翊当选联盟理事长。";
        assert_related(t, Relation::WorksAt, "贺天翊", "渭岚锂电池产业创新联盟");
        // 任 takes a post, even where the segmenter glued it to the body's name
        // (丁婉清 任岚峰/nr 锂电 联盟).
        let t = "岚峰大学教授丁婉清任岚峰锂电联盟秘书长。";
        assert_related(t, Relation::WorksAt, "丁婉清", "岚峰锂电联盟");
        assert_related(t, Relation::WorksAt, "丁婉清", "岚峰大学");
    }

    #[test]
    fn a_project_to_be_sited_in_a_park_is_its_companys_investment_there() {
        // The sentence opens on the region that signs: the one company it names owns
        // the project.
        let t = "明光市与安徽岚岳新材料科技有限公司就年产3万吨铜箔项目签署投资意向协议，\
                 项目拟选址明光经济开发区，计划总投资21亿元。";
        assert_related(
            t,
            Relation::InvestsIn,
            "安徽岚岳新材料科技有限公司",
            "明光经济开发区",
        );
        // Not where two companies are named before.
        let t = "明光市与安徽岚岳新材料科技有限公司、岚川铜业有限公司就铜箔项目签署协议，\
                 项目拟选址明光经济开发区。";
        assert!(related(t, Relation::InvestsIn).is_empty());
    }

    #[test]
    fn founders_of_an_association_cooperate_but_found_no_node_the_schema_forbids() {
        // schema.md: established runs org → institute/park/company only.
        let t = "岚锂新能源科技股份有限公司与岚川科技大学共同发起成立渭岚锂电池产业创新联盟。";
        assert!(related(t, Relation::Established).is_empty());
        assert_related(
            t,
            Relation::CooperatesWith,
            "岚锂新能源科技股份有限公司",
            "岚川科技大学",
        );
    }

    #[test]
    fn a_related_officer_and_a_professors_team_work_at_their_body() {
        let t = "岚峰锂业股份有限公司相关负责人邵启明介绍，项目进展顺利。";
        assert_related(t, Relation::WorksAt, "邵启明", "岚峰锂业股份有限公司");
        let t = "岚峰大学材料学院院长、教授祁明远团队研发了新型电解质。";
        assert_related(t, Relation::WorksAt, "祁明远", "岚峰大学");
        // A news outlet spoken to is no one (相关负责人向车能网表示).
        let t = "岚峪汽车有限公司相关负责人向车能网表示，将引入第二供应商。";
        assert!(related(t, Relation::WorksAt).is_empty());
    }

    #[test]
    fn a_back_references_works_in_a_region_are_its_companys_investment() {
        let t = "岚屹锂能科技股份有限公司是锂盐企业。\
                 公司位于四川甘孜州雅江县的锂辉石矿选矿厂已完成联动试车。";
        assert_related(t, Relation::InvestsIn, "岚屹锂能科技股份有限公司", "雅江县");
        let t = "岚岭锂业有限公司是锂矿企业，其位于康定市的选矿厂回收率提高。";
        assert_related(t, Relation::InvestsIn, "岚岭锂业有限公司", "康定市");
        // Not the company's seat.
        for t in [
            "岚岭锂业有限公司是锂矿企业，公司位于康定市。",
            "岚岭锂业有限公司是锂矿企业，公司位于康定市城北厂区附近。",
        ] {
            assert!(related(t, Relation::InvestsIn).is_empty(), "{t}");
        }
    }

    #[test]
    fn a_place_that_brings_a_company_in_to_build_is_where_it_invests() {
        let t = "宜丰县工业园引进岚峰储能科技有限公司建设储能电池生产基地。";
        assert_eq!(
            related(t, Relation::InvestsIn),
            pairs(&[("岚峰储能科技有限公司", "宜丰县工业园")])
        );
        let t = "宜丰县引进岚峰储能科技有限公司投资建设储能电池生产基地。";
        assert_related(t, Relation::InvestsIn, "岚峰储能科技有限公司", "宜丰县");
    }

    #[test]
    fn investment_received_and_a_rounds_investors_and_works_in_a_park() {
        let t = "岚川矿业有限公司获得岚峰锂业股份有限公司5亿元战略投资。";
        assert_eq!(
            related(t, Relation::InvestsIn),
            pairs(&[("岚峰锂业股份有限公司", "岚川矿业有限公司")])
        );
        let t = "岚川储能科技有限公司宣布完成数亿元A轮融资，投资方为岚峰资本和岚江创投。";
        assert_eq!(
            related(t, Relation::InvestsIn),
            pairs(&[
                ("岚峰资本", "岚川储能科技有限公司"),
                ("岚江创投", "岚川储能科技有限公司")
            ])
        );
        // A company's base in a park, named for its region too.
        for t in [
            "岚峰锂业股份有限公司的生产基地位于宜丰县工业园。",
            "岚峰锂业股份有限公司宜春基地位于宜丰县工业园。",
        ] {
            assert_related(
                t,
                Relation::InvestsIn,
                "岚峰锂业股份有限公司",
                "宜丰县工业园",
            );
        }
        // Not its seat.
        let t = "岚峰锂业股份有限公司总部位于宜丰县工业园。";
        assert!(related(t, Relation::InvestsIn).is_empty());
    }

    #[test]
    fn the_whole_a_share_is_of_holds_no_figure_but_a_stakes_company_does() {
        let t = "岚磷新能源材料有限公司2025年累计批量交付4.2万吨，\
                 占岚峤动力科技有限公司磷酸铁锂采购量的38%。";
        let rows = fact_rows(t);
        assert!(
            rows.iter()
                .any(|(s, _, v)| s == "岚磷新能源材料有限公司" && v == "38%"),
            "{rows:?}"
        );
        let t = "岚源控股有限公司直接持有岚锂新材料股份有限公司10,636万股股份，\
                 占岚锂新材料股份有限公司总股本的34.63%。";
        let rows = fact_rows(t);
        assert!(
            rows.iter()
                .any(|(s, _, v)| s == "岚锂新材料股份有限公司" && v == "34.63%"),
            "{rows:?}"
        );
    }

    #[test]
    fn a_region_that_signs_a_project_holds_none_of_its_figures() {
        let t = "明光市与岚岳新材料科技有限公司就年产3万吨铜箔项目签署投资意向协议，\
                 项目拟选址明光经济开发区，计划总投资21亿元。";
        let rows = fact_rows(t);
        assert!(
            rows.iter()
                .any(|(s, _, v)| s == "岚岳新材料科技有限公司" && v == "21亿元"),
            "{rows:?}"
        );
        assert!(!rows.iter().any(|(s, _, _)| s == "明光市"), "{rows:?}");
    }

    #[test]
    fn a_projects_figures_are_its_builders_after_sentences_about_others() {
        let t = "10月14日，岚安县人民政府与岚锰科技股份有限公司签订投资协议，\
                 岚锰科技股份有限公司将在岚安新能源产业园投资建设年产10万吨磷酸锰铁锂项目。\
                 岚安县人民政府县长柯承泽代表政府签约。\
                 项目达产后预计年产值约75亿元。";
        let rows = fact_rows(t);
        assert!(
            rows.iter()
                .any(|(s, _, v)| s == "岚锰科技股份有限公司" && v == "75亿元"),
            "{rows:?}"
        );
    }

    #[test]
    fn the_object_of_a_line_of_work_and_what_rolls_off_a_line_are_made() {
        let t = "岚峰新材料有限公司聚焦固态电解质的研发与产业化。";
        assert_related(t, Relation::Produces, "岚峰新材料有限公司", "固态电解质");
        let t = "岚峰研究院将致力于钠离子电池和储能电池的研发。";
        assert_related(t, Relation::Produces, "岚峰研究院", "钠离子电池");
        assert_related(t, Relation::Produces, "岚峰研究院", "储能电池");
        let t = "岚峰储能研究院在岚山市揭牌成立，将聚焦钠离子电池的研发。";
        assert_related(t, Relation::Produces, "岚峰储能研究院", "钠离子电池");
        let t = "岚峰新材料有限公司成功下线首批大圆柱电池。";
        assert_related(t, Relation::Produces, "岚峰新材料有限公司", "大圆柱电池");
        // Not the work of a person whose employer the sentence named before.
        for t in [
            "2018年至今就职于岚峰电池材料有限公司，从事正极材料研发。",
            "曾就职于岚峰电池材料有限公司，从事正极材料研发。",
        ] {
            assert!(related(t, Relation::Produces).is_empty(), "{t}");
        }
        // Not what a plant takes in before its line (年处理退役动力电池3万吨的生产线).
        let t = "岚峰再生资源科技有限公司已建成年处理退役动力电池3万吨的生产线。";
        assert!(related(t, Relation::Produces).is_empty());
    }

    #[test]
    fn the_one_joined_by_xieshou_founds_what_they_build() {
        let t = "岚峰锂业股份有限公司携手岚峰大学共建固态电池联合实验室。";
        assert_eq!(
            related(t, Relation::Established),
            pairs(&[
                ("岚峰大学", "固态电池联合实验室"),
                ("岚峰锂业股份有限公司", "固态电池联合实验室")
            ])
        );
    }

    #[test]
    fn partners_who_act_as_one_all_cooperate_and_what_they_work_on_may_stand_between() {
        let t = "岚峰锂业股份有限公司与岚川电池有限公司、岚江汽车有限公司三方签署合作备忘录。";
        assert_related(
            t,
            Relation::CooperatesWith,
            "岚川电池有限公司",
            "岚江汽车有限公司",
        );
        // One by one: the partners of the list do not cooperate with each other.
        let t = "管委会先后与岚峰大学、岚川理工大学签署产学研合作协议。";
        assert!(
            !related(t, Relation::CooperatesWith)
                .contains(&("岚峰大学".to_string(), "岚川理工大学".to_string()))
        );
        let t = "岚峰锂业股份有限公司和岚峰大学将在固态电池领域开展产学研合作。";
        assert_related(
            t,
            Relation::CooperatesWith,
            "岚峰锂业股份有限公司",
            "岚峰大学",
        );
        let t = "岚峰锂业股份有限公司与岚峰大学就钠离子电池技术转让达成协议。";
        assert_related(
            t,
            Relation::CooperatesWith,
            "岚峰锂业股份有限公司",
            "岚峰大学",
        );
    }

    #[test]
    fn what_a_company_gets_from_another_is_the_others_product() {
        let t = "岚川电池有限公司的正极材料主要来自岚峰新材料有限公司。";
        assert_eq!(
            related(t, Relation::Produces),
            pairs(&[("岚峰新材料有限公司", "正极材料")])
        );
        let t = "岚川电池有限公司的正极材料由岚峰新材料有限公司供应。";
        assert_not_related(t, Relation::Produces, "岚川电池有限公司", "正极材料");
        let t = "岚峰电池有限公司是岚川汽车有限公司的动力电池定点供应商。";
        assert_eq!(
            related(t, Relation::Produces),
            pairs(&[("岚峰电池有限公司", "动力电池")])
        );
    }

    #[test]
    fn the_one_buying_through_you_from_a_seller_and_a_ranked_supplier_of_the_subject() {
        // 由A向B采购: A buys, not the company the sentence opened on.
        let t = "即鄂尔多斯市岚辰矿业集团有限公司只购买车身，电池包由内蒙古岚换能源科技有限公司\
                 向常州岚研动力科技有限公司采购并持有产权。";
        assert_related(
            t,
            Relation::Supplies,
            "常州岚研动力科技有限公司",
            "内蒙古岚换能源科技有限公司",
        );
        assert_not_related(
            t,
            Relation::Supplies,
            "常州岚研动力科技有限公司",
            "鄂尔多斯市岚辰矿业集团有限公司",
        );
        // …，第一大供应商为B: B supplies the sentence's company, a place and a
        // trade before it or not.
        let t = "浙江岚山锂业股份有限公司所需的锂辉石精矿主要从澳大利亚进口，\
                 第一大供应商为澳大利亚矿商Kestrel Lithium Ltd.。";
        assert_related(
            t,
            Relation::Supplies,
            "Kestrel Lithium Ltd.",
            "浙江岚山锂业股份有限公司",
        );
        let t = "岚山锂业股份有限公司是一家锂盐企业，其主要供应商包括岚峰矿业有限公司、岚川锂业有限公司。";
        assert_related(
            t,
            Relation::Supplies,
            "岚川锂业有限公司",
            "岚山锂业股份有限公司",
        );
        // A supplier with no rank or copula after it names none (供应商大会在…召开).
        let t = "岚山锂业股份有限公司召开年会，供应商大会由岚峰矿业有限公司承办。";
        assert_not_related(
            t,
            Relation::Supplies,
            "岚峰矿业有限公司",
            "岚山锂业股份有限公司",
        );
    }

    #[test]
    fn a_supplier_for_what_the_buyer_gets_and_the_agent_of_a_passive_supply_it() {
        let t = "岚锂新能源科技有限公司为岚秦汽车集团有限公司首批2000台换电重卡配套电池系统。";
        assert_eq!(
            supplies(t),
            [(
                "岚锂新能源科技有限公司".to_string(),
                "岚秦汽车集团有限公司".to_string()
            )]
        );
        let t =
            "双方将联合开发动力电池，由岚锂新能源科技有限公司为岚秦汽车集团有限公司配套电池系统。";
        assert_eq!(
            supplies(t),
            [(
                "岚锂新能源科技有限公司".to_string(),
                "岚秦汽车集团有限公司".to_string()
            )]
        );
    }

    #[test]
    fn a_supplier_makes_what_it_is_said_to_supply() {
        let made = |t: &str| related(t, Relation::Produces);
        let t = "正极方面，岚磷新能源材料有限公司是岚峤动力科技有限公司磷酸铁锂的第一大供应商。";
        assert_related(t, Relation::Produces, "岚磷新能源材料有限公司", "磷酸铁锂");
        let t = "岚锐新材料科技有限公司正式进入岚峤动力科技有限公司供应链，\
                 为其半固态电池配套高镍三元正极材料。";
        assert_related(
            t,
            Relation::Produces,
            "岚锐新材料科技有限公司",
            "三元正极材料",
        );
        // No buyer named: what follows the verb.
        let t = "岚岳碳素新材料有限公司今年供应人造石墨负极5.6万吨。";
        assert_related(t, Relation::Produces, "岚岳碳素新材料有限公司", "人造石墨");
        // What the buyer's line needs is the seller's, not the buyer's.
        let t = "岚膜科技股份有限公司独家供应岚峤动力科技有限公司钠离子电池产线所需湿法隔膜。";
        assert_related(t, Relation::Produces, "岚膜科技股份有限公司", "隔膜");
        assert_not_related(t, Relation::Produces, "岚峤动力科技有限公司", "隔膜");
        // A buyer after a preposition makes nothing it is supplied.
        let t = "该工厂主要为德国车企岚茵沃克集团配套磷酸铁锂电芯。";
        assert!(made(t).is_empty(), "{:?}", made(t));
        // 由其: the seller the sentence named before.
        let t = "岚晟锂业股份有限公司每年向岚陵锂电材料有限公司供应电池级碳酸锂，\
                 高镍产线所需的氢氧化锂也由其配套。";
        assert_related(t, Relation::Produces, "岚晟锂业股份有限公司", "氢氧化锂");
        assert_not_related(t, Relation::Produces, "岚陵锂电材料有限公司", "氢氧化锂");
    }

    #[test]
    fn keynotes_invited_talks_and_a_panel_are_taking_part_in_the_event_of_the_page() {
        let e = "11月20日，2025岚川钠锂电池产业协同创新论坛在岚川市开幕。";
        let forum = "2025岚川钠锂电池产业协同创新论坛";
        for (t, who) in [
            (
                "岚川钠能有限公司董事长柯奕辰以《钠电规模化应用的临界点》为题作主旨演讲。",
                vec!["柯奕辰"],
            ),
            (
                "岚东能源大学教授阮清禾受邀分享了钠离子电池安全评价方法。",
                vec!["阮清禾"],
            ),
            (
                "主旨报告环节，岚川理工大学教授柯文渊作题为《层状氧化物正极》的报告。",
                vec!["柯文渊"],
            ),
            // A panel: its moderator and speakers; a trigger word that begins a noun
            // for a party (投资机构) is no predicate that ends the list of speakers.
            (
                "在圆桌对话中，协会秘书长柯晓岚担任主持，岚川氟润新材料有限公司副总经理严书铭、\
                 行业分析人士钟逸以及一位来自头部投资机构的合伙人参加对话。",
                vec!["柯晓岚", "严书铭", "钟逸"],
            ),
            (
                "圆桌对话由岚川电池有限公司总裁柯庭远担任主持。",
                vec!["柯庭远"],
            ),
        ] {
            let got = related(&format!("{e}{t}"), Relation::ParticipatesIn);
            for p in who {
                assert!(
                    got.contains(&(p.to_string(), forum.to_string())),
                    "{t}: {got:?}"
                );
            }
        }
    }

    #[test]
    fn a_part_of_the_event_and_its_ceremonies_refer_to_it() {
        let e = "11月20日，2025岚川钠锂电池产业协同创新论坛在岚川市开幕。";
        let forum = "2025岚川钠锂电池产业协同创新论坛";
        let t = format!("{e}圆桌对话环节，行业观察人士严知秋认为，碳酸锂价格将企稳。");
        assert_related(&t, Relation::ParticipatesIn, "严知秋", forum);
        let t = format!("{e}省工业和信息化厅副厅长韩宏波、岚川市委书记卞宏伟出席签约仪式。");
        assert_related(&t, Relation::ParticipatesIn, "韩宏波", forum);
        // A person's affiliation after the opening is not there itself.
        let t =
            format!("{e}主旨报告环节，渭岚理工大学材料学院院长柯文渊教授作题为《正极》的报告。");
        assert_eq!(
            related(&t, Relation::ParticipatesIn),
            pairs(&[("柯文渊", forum)])
        );
        // A stage of the chain is no part of the event.
        let t = format!("{e}在材料环节，岚川新材料有限公司的出货量将增长。");
        assert!(
            !related(&t, Relation::ParticipatesIn)
                .iter()
                .any(|(h, _)| h == "岚川新材料有限公司")
        );
    }

    #[test]
    fn an_answer_given_at_a_meeting_is_taking_part() {
        let t = "岚峰储能科技股份有限公司2025年第三次临时股东大会于11月18日在滁州召开。\
                 会上，董事长柯启明回答了投资者提问。";
        assert_related(
            t,
            Relation::ParticipatesIn,
            "柯启明",
            "2025年第三次临时股东大会",
        );
    }

    #[test]
    fn who_attends_speaks_or_witnesses_takes_part_in_the_event_named_before() {
        let t = "11月8日，岚峰新能源电池产业大会在岚峰国际会展中心开幕。\
                 岚峰市委书记柯立言发表讲话。\
                 岚峰电池有限公司董事长韩立明与会并见证签约。\
                 岚峰锂业股份有限公司总经理孟庆林讲话。";
        for p in ["柯立言", "韩立明", "孟庆林"] {
            assert_related(t, Relation::ParticipatesIn, p, "岚峰新能源电池产业大会");
        }
        // A speech with no event anywhere before is at none.
        let t = "岚峰锂业股份有限公司总经理孟庆林讲话。";
        assert!(related(t, Relation::ParticipatesIn).is_empty());
    }

    #[test]
    fn works_spread_over_places_are_investments_in_each() {
        let t = "岚峰电池有限公司的生产基地分布在宜春市和新余市。";
        assert_related(t, Relation::InvestsIn, "岚峰电池有限公司", "宜春市");
        assert_related(t, Relation::InvestsIn, "岚峰电池有限公司", "新余市");
        // A seat is a seat.
        let t = "岚峰电池有限公司的总部位于宜春市。";
        assert_not_related(t, Relation::InvestsIn, "岚峰电池有限公司", "宜春市");
    }

    #[test]
    fn units_set_up_parents_and_wholly_held_firms_are_subsidiaries() {
        let (b, a) = ("岚峰储能科技有限公司", "岚峰集团有限公司");
        for t in [
            "岚峰集团有限公司下设岚峰储能科技有限公司。",
            "岚峰储能科技有限公司的母公司岚峰集团有限公司是国内知名企业。",
            "岚峰集团有限公司是岚峰储能科技有限公司的母公司。",
            "岚峰储能科技有限公司为岚峰集团有限公司全资控股的企业。",
            "岚峰储能科技有限公司隶属于岚峰集团有限公司。",
        ] {
            assert_related(t, Relation::SubsidiaryOf, b, a);
            assert_not_related(t, Relation::SubsidiaryOf, a, b);
        }
    }

    #[test]
    fn hosts_named_after_a_copula_a_continued_passive_or_a_joining_lead() {
        let e = "2025岚峰储能论坛";
        let t = "本次2025岚峰储能论坛的主办方为岚峰电池行业协会。";
        assert_related(t, Relation::Hosts, "岚峰电池行业协会", e);
        let t = "2025岚峰储能论坛由宜春市人民政府指导，岚峰电池行业协会主办，岚峰锂业股份有限公司协办。";
        assert_related(t, Relation::Hosts, "岚峰电池行业协会", e);
        assert_related(t, Relation::Hosts, "岚峰锂业股份有限公司", e);
        // Where it is held, in a clause of its own, hosts nothing.
        let t =
            "2025岚峰储能论坛由岚峰电池行业协会主办、岚峰锂业股份有限公司承办，在七星关区召开。";
        assert_related(t, Relation::Hosts, "岚峰锂业股份有限公司", e);
        assert!(
            related(t, Relation::Hosts)
                .iter()
                .all(|(h, _)| h != "七星关区")
        );
        // Regression: 论坛 inside the forum's own name read as a back-reference, so the
        // forum's hosts also hosted the expo the text is most about.
        let t = "第三届岚峰新能源电池产业博览会在岚峰开幕。本届博览会由宜春市人民政府主办。\
                 当天下午，由岚峰电池行业协会与岚山大学联合主办的“2025岚峰储能论坛”举行。";
        assert_related(t, Relation::Hosts, "岚山大学", e);
        assert_not_related(
            t,
            Relation::Hosts,
            "岚山大学",
            "第三届岚峰新能源电池产业博览会",
        );
        let t = "宜春市人民政府联合岚峰电池行业协会共同举办2025岚峰储能论坛。";
        assert_related(t, Relation::Hosts, "宜春市人民政府", e);
        assert_related(t, Relation::Hosts, "岚峰电池行业协会", e);
    }

    #[test]
    fn what_partners_build_together_is_no_partner() {
        let t = "此外，岚峰市人民政府与岚山大学签署战略合作协议，携手共建岚峰新能源电池中试基地。";
        assert_not_related(
            t,
            Relation::CooperatesWith,
            "岚峰市人民政府",
            "岚峰新能源电池中试基地",
        );
        assert_related(
            t,
            Relation::Established,
            "岚山大学",
            "岚峰新能源电池中试基地",
        );
    }

    #[test]
    fn an_exhibitor_lists_companies_take_part_in_the_fair() {
        let t = "2025第六届岚南国际锂电池及储能产业博览会 · 展商名录\n\
                 2025第六届岚南国际锂电池及储能产业博览会将于2025年8月20日在广州市举办。\n\
                 展位号 | 展商名称 | 所属地区 | 主营产品\n\
                 B1-A12 | 新疆岚锂矿业有限公司 | 新疆·乌鲁木齐 | 锂辉石精矿\n\
                 B1-B03 | 广西岚部湾锂业有限公司 | 广西·钦州 | 电池级碳酸锂\n";
        for c in ["新疆岚锂矿业有限公司", "广西岚部湾锂业有限公司"] {
            assert_related(
                t,
                Relation::ParticipatesIn,
                c,
                "2025第六届岚南国际锂电池及储能产业博览会",
            );
        }
        // A list of another kind is no fair's.
        let t = t.replace("展商名称", "企业名称");
        assert!(related(&t, Relation::ParticipatesIn).is_empty());
    }

    #[test]
    fn a_lead_and_the_partners_it_joins_for_one_work_cooperate() {
        let t = "该项目由岚峰锂业股份有限公司牵头，联合岚山大学、岚川研究所共同完成。";
        let got = related(t, Relation::CooperatesWith);
        for (a, b) in [
            ("岚峰锂业股份有限公司", "岚山大学"),
            ("岚峰锂业股份有限公司", "岚川研究所"),
            ("岚山大学", "岚川研究所"),
        ] {
            assert!(
                got.contains(&(a.into(), b.into())) || got.contains(&(b.into(), a.into())),
                "{a} {b}: {got:?}"
            );
        }
        // And found together what the founding verb names.
        let t = "2024年，岚山投资有限公司联合岚峰锂业股份有限公司、岚川城投集团有限公司，共同发起设立总规模20亿元的岚山锂电产业投资基金（有限合伙）。";
        for a in [
            "岚山投资有限公司",
            "岚峰锂业股份有限公司",
            "岚川城投集团有限公司",
        ] {
            assert_related(
                t,
                Relation::Established,
                a,
                "岚山锂电产业投资基金（有限合伙）",
            );
        }
        // Joined for no work of their own: no tie.
        let t = "岚峰锂业股份有限公司联合岚山大学的专家进行了考察。";
        assert!(related(t, Relation::CooperatesWith).is_empty());
    }

    #[test]
    fn a_project_on_trial_run_in_a_park_is_an_investment_there() {
        let t = "岚峰锂业年产6万吨锂盐项目一期3万吨于6月在岚山新材料产业园点火试产。";
        assert_related(t, Relation::InvestsIn, "岚峰锂业", "岚山新材料产业园");
    }

    #[test]
    fn bodies_acting_together_issue_every_title_listed() {
        let t = "国家发展改革委、国家能源局先后印发《关于加快推动岚山储能发展的指导意见》《岚山储能发展实施方案》。";
        let got = related(t, Relation::Issued);
        for g in ["国家发展和改革委员会", "国家能源局"] {
            for p in [
                "《关于加快推动岚山储能发展的指导意见》",
                "《岚山储能发展实施方案》",
            ] {
                assert!(got.contains(&(g.into(), p.into())), "{g} {p}: {got:?}");
            }
        }
        let t = "岚安市工业和信息化局联合岚安市生态环境局、岚安市商务局印发《岚安市回收利用体系建设实施方案》。";
        let got = related(t, Relation::Issued);
        assert!(
            got.contains(&(
                "岚安市工业和信息化局".into(),
                "《岚安市回收利用体系建设实施方案》".into()
            )),
            "{got:?}"
        );
        // A body written right before a title issued it.
        let t = "本项目属于国家发展和改革委员会《产业结构调整指导目录（2024年本）》鼓励类项目。";
        assert_related(
            t,
            Relation::Issued,
            "国家发展和改革委员会",
            "《产业结构调整指导目录（2024年本）》",
        );
    }

    #[test]
    fn a_title_in_a_body_named_by_its_kind_keeps_the_affiliation_before_it() {
        // Regression: 联合实验室主任 after 教授、 ended the title chain, and the
        // professor worked nowhere.
        let t = "哈尔滨工业大学教授、联合实验室主任高文博介绍，实验室已取得突破。";
        assert_eq!(
            related(t, Relation::WorksAt),
            pairs(&[("高文博", "哈尔滨工业大学")])
        );
        // A body's kind alone before a person is no affiliation of its own.
        assert!(related("联合实验室主任高文博介绍。", Relation::WorksAt).is_empty());
    }

    #[test]
    fn a_post_taken_ties_the_person_to_its_organization() {
        // Regression: 担任 marked no person and ended no name (刘志宏担任湘北锂电研究院
        // was read as one institute), and only ORG-title-name apposition tied anyone.
        let want = pairs(&[("岑立峰", "湘江锂电研究院")]);
        for t in [
            "岑立峰担任湘江锂电研究院院长。",
            "湘江锂电研究院由岑立峰担任院长。",
            "湘江锂电研究院院长由岑立峰担任。",
            "此后，岑立峰出任湘江锂电研究院常务副院长。",
        ] {
            assert_eq!(related(t, Relation::WorksAt), want, "{t}");
        }
        // Two organizations of one post; a back-reference to the company just named.
        let t = "汀州锂业有限公司成立于2019年。公司总经理由戴文澜担任。";
        assert_eq!(
            related(t, Relation::WorksAt),
            pairs(&[("戴文澜", "汀州锂业有限公司")])
        );
        // A title may stand between the name and the verb; 实验室主任 names the lab
        // the sentences are about.
        let t = "湘江锂电联合实验室在岳阳揭牌。实验室首期投入800万元，由沅江大学副院长岑立峰教授担任实验室主任。";
        assert_related(t, Relation::WorksAt, "岑立峰", "湘江锂电联合实验室");
        // An organization with no title after it is no post.
        assert!(related("岑立峰担任湘江锂电研究院的项目。", Relation::WorksAt).is_empty());
        // The organization right before a name with the title after it.
        assert_eq!(
            related("与沅江大学戚明远教授团队合作。", Relation::WorksAt),
            pairs(&[("戚明远", "沅江大学")])
        );
        // A title after the list mark goes on in the body of the person before.
        let t = "汀州锂业有限公司董事长戴文澜、总经理蒲文斌，沅江大学教授戚明远出席。";
        assert_eq!(
            related(t, Relation::WorksAt),
            pairs(&[
                ("戚明远", "沅江大学"),
                ("戴文澜", "汀州锂业有限公司"),
                ("蒲文斌", "汀州锂业有限公司"),
            ])
        );
        // 助理 is a title of its own in a chain (总经理助理、研发中心主任).
        let t = "汀州锂业有限公司总经理助理、研发中心主任蒲文斌介绍，产品已量产。";
        assert_eq!(
            related(t, Relation::WorksAt),
            pairs(&[("蒲文斌", "汀州锂业有限公司")])
        );
    }

    #[test]
    fn a_project_named_after_its_company_is_the_companys() {
        // Regression: after a project title (A年产…项目。), 项目落户R and the project's
        // figures went to the place, not to the company.
        let t = "3．汀州锂业有限公司年产10万吨电解液项目。项目落户峄城区，计划投资12亿元。\n\
                 5．沅江负极材料有限公司年产6万吨负极材料项目。项目位于滕州经济开发区，投资22亿元。";
        assert_eq!(
            related(t, Relation::InvestsIn),
            pairs(&[
                ("汀州锂业有限公司", "峄城区"),
                ("沅江负极材料有限公司", "滕州经济开发区"),
            ])
        );
        assert_eq!(
            related(t, Relation::RelocatedTo),
            pairs(&[("汀州锂业有限公司", "峄城区")])
        );
        let holders = fact_holders(t);
        assert!(
            holders.contains(&"汀州锂业有限公司".to_string())
                && holders.contains(&"沅江负极材料有限公司".to_string())
                && !holders
                    .iter()
                    .any(|h| h == "峄城区" || h == "滕州经济开发区"),
            "{holders:?}"
        );
        // 由A投资建设的…项目 opens on A: 该公司 after it is A, and 选址R is where A invests.
        let t = "3．汀州锂业有限公司年产10万吨电解液项目。\n\
                 4．由沅江隔膜材料股份有限公司投资建设的年产8亿平方米隔膜项目，总投资18.6亿元，\
                 选址薛城区。该公司现有隔膜产能12亿平方米。";
        let rows = fact_rows(t);
        assert!(
            rows.iter()
                .any(|(h, _, v)| h == "沅江隔膜材料股份有限公司" && v.starts_with("12")),
            "{rows:?}"
        );
        assert_related(t, Relation::InvestsIn, "沅江隔膜材料股份有限公司", "薛城区");
        // A sentence about a project no company's title named stays as it was.
        let t = "峄城区新能源产业园开工。项目落户峄城区，计划投资12亿元。";
        assert!(related(t, Relation::InvestsIn).is_empty());
    }

    #[test]
    fn supply_and_purchase_agreements_and_described_partners() {
        // Regression: 与三元电池企业B签订 tied no one (the description stood between
        // 与 and the partner), and a supply agreement supplied nothing.
        let t = "今年4月，岷峰新材料股份有限公司与三元电池企业汀州锂电科技有限公司签订氢氧化锂长期供货协议。";
        assert_eq!(
            related(t, Relation::CooperatesWith),
            pairs(&[("岷峰新材料股份有限公司", "汀州锂电科技有限公司")])
        );
        assert_eq!(
            supplies(t),
            pairs(&[("岷峰新材料股份有限公司", "汀州锂电科技有限公司")])
        );
        // A purchase agreement: the side shown making the product sells it, either way
        // round; with no such knowledge, no one.
        let t = "岷峰新材料股份有限公司主要生产负极材料。\
                 汀州锂电科技有限公司与岷峰新材料股份有限公司签订了负极材料采购框架协议。";
        assert_eq!(
            supplies(t),
            pairs(&[("岷峰新材料股份有限公司", "汀州锂电科技有限公司")])
        );
        let t = "岷峰新材料股份有限公司主要生产负极材料。\
                 岷峰新材料股份有限公司与汀州锂电科技有限公司签订了负极材料采购框架协议。";
        assert_eq!(
            supplies(t),
            pairs(&[("岷峰新材料股份有限公司", "汀州锂电科技有限公司")])
        );
        let t = "汀州锂电科技有限公司与岷峰新材料股份有限公司签订了负极材料采购框架协议。";
        assert!(supplies(t).is_empty());
        // A cooperation agreement supplies nothing.
        let t = "汀州锂电科技有限公司与岷峰新材料股份有限公司签订战略合作协议。";
        assert!(supplies(t).is_empty());
    }

    #[test]
    fn an_opening_ceremony_is_held_somewhere_not_founded() {
        // Regression: “C”揭牌仪式在B厂区举行 made C found B; the partners before it
        // found C.
        let t = "沅江理工大学与汀州新材料科技有限公司校企合作签约暨“固态电池与钠离子电池材料联合实验室”揭牌仪式在汀州新材料科技有限公司厂区举行。";
        assert_eq!(
            related(t, Relation::Established),
            pairs(&[
                (
                    "汀州新材料科技有限公司",
                    "固态电池与钠离子电池材料联合实验室"
                ),
                ("沅江理工大学", "固态电池与钠离子电池材料联合实验室"),
            ])
        );
    }

    #[test]
    fn a_companys_site_named_by_its_place_holds_no_figures() {
        // Regression: 宜宾基地总投资120亿元 gave the company's investment to 宜宾市.
        let t = "汀州汽车股份有限公司首款纯电SUV近日在宜宾基地下线。\
                 据介绍，宜宾基地总投资120亿元，规划年产整车30万辆。";
        let holders = fact_holders(t);
        assert!(!holders.is_empty(), "{holders:?}");
        assert!(
            holders.iter().all(|h| h == "汀州汽车股份有限公司"),
            "{holders:?}"
        );
        // A place's own figures stay the place's.
        let t = "宜宾市锂电产业总投资120亿元。";
        assert_eq!(fact_holders(t), ["宜宾市"]);
    }

    #[test]
    fn what_a_company_provides_it_makes() {
        // Regression: 搭载B提供的刀片电池 said nothing of what B makes.
        let t = "该车型搭载宜宾汀州电池有限公司提供的刀片电池。";
        assert_eq!(
            related(t, Relation::Produces),
            pairs(&[("宜宾汀州电池有限公司", "刀片电池")])
        );
    }

    #[test]
    fn partners_listed_before_a_count_and_their_trades_cooperate() {
        // Regression: the words closing the list (等12家车企和电池企业) put the verb too
        // far from the partners.
        let t = "公司与汀州汽车股份有限公司、宜宾动力电池有限公司等12家车企和电池企业建立了回收合作关系。";
        let t = format!("岷峰循环科技有限公司成立于2019年。{t}");
        assert_eq!(
            related(&t, Relation::CooperatesWith),
            pairs(&[
                ("岷峰循环科技有限公司", "宜宾动力电池有限公司"),
                ("岷峰循环科技有限公司", "汀州汽车股份有限公司"),
            ])
        );
    }

    #[test]
    fn a_capital_increase_and_a_companys_own_announcement() {
        // Regression: A对B进行增资 invested in no one, and the figures of
        // X发布公告称，拟以3.5亿元… were no one's.
        let t = "近日，汀州锂业集团股份有限公司发布公告称，拟以自有资金3.5亿元对岷峰矿业有限公司进行增资。";
        assert_eq!(
            related(t, Relation::InvestsIn),
            pairs(&[("汀州锂业集团股份有限公司", "岷峰矿业有限公司")])
        );
        assert_eq!(fact_holders(t), ["汀州锂业集团股份有限公司"]);
        // A source that reports on others holds nothing of theirs.
        let t = "汀州锂业集团股份有限公司发布公告称，岷峰矿业有限公司产能达到3万吨。";
        assert_eq!(fact_holders(t), ["岷峰矿业有限公司"]);
    }

    #[test]
    fn main_products_and_subsidiaries_held_through() {
        // Regression: 以P为主要产品 made nothing, and 公司另通过全资子公司B owned nothing.
        let t = "岷峰新材料股份有限公司以氢氧化锂和碳酸锂为主要产品。";
        assert_eq!(
            related(t, Relation::Produces),
            pairs(&[
                ("岷峰新材料股份有限公司", "氢氧化锂"),
                ("岷峰新材料股份有限公司", "碳酸锂")
            ])
        );
        let t =
            "岷峰新材料股份有限公司成立于2015年。公司另通过全资子公司岷峰矿业有限公司持有探矿权。";
        assert_eq!(
            related(t, Relation::SubsidiaryOf),
            pairs(&[("岷峰矿业有限公司", "岷峰新材料股份有限公司")])
        );
    }

    #[test]
    fn a_register_of_producers_gives_each_its_plant_site_and_capacity() {
        // A 生产企业 column holds the record's company, a 生产厂址 its plant's place,
        // and a header with a unit its figures; an exchange is a company.
        let t = "经岚州商品交易所审核，以下企业的产品注册为交割品牌。\n\
                 序号\t注册品牌\t生产企业\t生产厂址\t设计产能（万吨/年）\n\
                 1\t汀锂\t汀州锂盐科技有限公司\t江西省赣州市南康区\t4.0\n\
                 2\tHX\t鹤溪锂业股份有限公司\t四川省眉山市彭山区\t1.5\n";
        assert_eq!(
            related(t, Relation::InvestsIn),
            pairs(&[
                ("汀州锂盐科技有限公司", "南康区"),
                ("鹤溪锂业股份有限公司", "彭山区")
            ])
        );
        let facts: Vec<_> = fact_rows(t).into_iter().map(|(e, _, v)| (e, v)).collect();
        assert!(
            facts.contains(&("汀州锂盐科技有限公司".into(), "4.0万吨/年".into())),
            "{facts:?}"
        );
        assert!(
            facts.contains(&("鹤溪锂业股份有限公司".into(), "1.5万吨/年".into())),
            "{facts:?}"
        );
        let (res, _) = run(t);
        assert!(
            res.entities
                .iter()
                .any(|e| e.name == "岚州商品交易所" && e.kind == EntityType::Company)
        );
    }

    #[test]
    fn an_organization_named_after_the_verb_is_not_the_maker_of_a_subjectless_clause() {
        // Regression: 以下企业生产的碳酸锂符合交易所标准 made the exchange a maker.
        let t = "经岚州期货交易所（以下简称“交易所”）审核，同意注册。\n\
                 经现场检查，以下企业生产的电池级碳酸锂符合交易所交割质量标准。";
        assert!(related(t, Relation::Produces).is_empty());
        // A clause without a subject still goes on with the company before it.
        let t = "汀州锂盐科技有限公司位于赣州，主要生产电池级碳酸锂。";
        assert_eq!(
            related(t, Relation::Produces),
            pairs(&[("汀州锂盐科技有限公司", "碳酸锂")])
        );
    }

    #[test]
    fn an_infoboxs_fields_are_its_companys_and_a_bracketed_year_dates_a_figure() {
        // 中文名 opens the block of fields; the year in brackets after a figure is its.
        let t = "岚汀锂材科技股份有限公司是一家正极材料企业，总部位于山东省潍坊市。\n\
                 中文名：岚汀锂材科技股份有限公司\n\
                 总部地点：山东省潍坊市坊子区\n\
                 法定代表人：邵明远\n\
                 注册资本：4.18亿元\n\
                 员工数：6,214人（2030年末）\n";
        let rows: Vec<String> = run(t)
            .1
            .facts
            .iter()
            .map(|f| format!("{}", f.fact))
            .collect();
        assert!(
            rows.iter().any(|f| f.starts_with("注册资本 = 4.18 亿元")),
            "{rows:?}"
        );
        assert!(
            rows.iter().any(|f| f.ends_with("= 6214 人 year=2030")),
            "{rows:?}"
        );
        assert_eq!(fact_holders(t), ["岚汀锂材科技股份有限公司"; 2]);
        assert_eq!(
            related(t, Relation::WorksAt),
            pairs(&[("邵明远", "岚汀锂材科技股份有限公司")])
        );
    }

    #[test]
    fn shuang_fang_fen_bie_chi_gu_gives_each_founder_its_stake_in_the_joint_venture() {
        // Regression: the founder took the venture's stakes (and became its subsidiary).
        let t = "配套企业岚循再生科技有限公司专注梯次利用，2025年5月与鹤捷储能系统集成有限公司\
                 合资组建岚捷梯次储能有限公司，双方分别持股51%和49%。";
        assert_eq!(
            facts(t),
            [
                "岚捷梯次储能有限公司 岚循再生科技有限公司持股比例 = 51 %",
                "岚捷梯次储能有限公司 鹤捷储能系统集成有限公司持股比例 = 49 %",
            ]
        );
        assert_eq!(
            related(t, Relation::SubsidiaryOf),
            pairs(&[("岚捷梯次储能有限公司", "岚循再生科技有限公司")])
        );
    }

    #[test]
    fn working_days_in_a_deadline_are_no_count() {
        let t =
            "汀州锂盐科技有限公司应于10个工作日内书面报告，并在3个交易日内公告，公司现有5个车间。";
        let values: Vec<_> = fact_rows(t).into_iter().map(|(_, _, v)| v).collect();
        assert_eq!(values, ["5个"]);
    }

    #[test]
    fn a_table_row_places_its_organization_and_names_its_stage() {
        // Regression: a list of recyclers as a text table tied each company to its
        // city by name, never to the district of its address cell, nor to its stage.
        let t = "序号 | 企业名称 | 地址 | 类型\n\
                 1 | 汀州锂业回收有限公司 | 赣州市南康区 | 梯次利用、再生利用\n\
                 2 | 沅江恒泰新材料有限公司 | 宜春市袁州区 | 再生利用\n";
        let located = related(t, Relation::LocatedIn);
        assert!(
            located.contains(&("汀州锂业回收有限公司".into(), "南康区".into())),
            "{located:?}"
        );
        assert!(
            located.contains(&("沅江恒泰新材料有限公司".into(), "袁州区".into())),
            "{located:?}"
        );
        assert_eq!(
            related(t, Relation::InStage),
            pairs(&[
                ("汀州锂业回收有限公司", "回收"),
                ("沅江恒泰新材料有限公司", "回收")
            ])
        );
        // A cell of more than places is no address; two organizations make no row.
        let t = "1 | 汀州锂业回收有限公司 | 赣州市南康区东路88号 | 再生利用\n";
        assert_not_related(t, Relation::LocatedIn, "汀州锂业回收有限公司", "南康区");
        let t = "1 | 汀州锂业回收有限公司 | 沅江恒泰新材料有限公司 | 赣州市南康区\n";
        assert!(
            related(t, Relation::LocatedIn)
                .iter()
                .all(|(_, r)| r != "南康区")
        );
    }

    #[test]
    fn a_company_founded_in_a_park_is_founded_by_its_partners() {
        // Regression: the park after 在 was taken for the founder, so no one founded C.
        let t = "汀州锂业有限公司与沅江新材料股份有限公司签署合资协议，\
                 双方共同出资5亿元在岳阳经济技术开发区设立岳阳汀沅电池材料有限公司。";
        assert_eq!(
            related(t, Relation::Established),
            pairs(&[
                ("汀州锂业有限公司", "岳阳汀沅电池材料有限公司"),
                ("沅江新材料股份有限公司", "岳阳汀沅电池材料有限公司"),
            ])
        );
        let t = "汀州锂业有限公司在岳阳经济技术开发区设立岳阳汀沅电池材料有限公司。";
        assert_eq!(
            related(t, Relation::Established),
            pairs(&[("汀州锂业有限公司", "岳阳汀沅电池材料有限公司")])
        );
        // The park a body opens in founds nothing (C在P揭牌成立).
        let t = "3月17日，七星锂电研究院在岳阳经济技术开发区揭牌成立。";
        assert!(related(t, Relation::Established).is_empty());
    }

    #[test]
    fn customers_partners_and_capital_injections() {
        // Regression: B是A的主要客户 tied no one.
        let t = "宁德时代等电池企业是羌川锂业有限公司的主要客户。";
        assert_eq!(
            related(t, Relation::Supplies),
            pairs(&[("羌川锂业有限公司", "宁德时代")])
        );
        let t = "鸿晟电池有限公司的客户包括赤岩汽车股份有限公司和滇西汽车有限公司。";
        assert_eq!(
            related(t, Relation::Supplies),
            pairs(&[
                ("鸿晟电池有限公司", "滇西汽车有限公司"),
                ("鸿晟电池有限公司", "赤岩汽车股份有限公司"),
            ])
        );
        // Regression: a clause opening on 是 after the subject's own clause tied no
        // one (…主营石墨采选，是B的独家原料供应商).
        let t = "恒晟矿业有限公司主营石墨采选，是宏川新材料有限公司的独家原料供应商。";
        assert_eq!(
            related(t, Relation::Supplies),
            pairs(&[("恒晟矿业有限公司", "宏川新材料有限公司")])
        );
        let t = "宏川新材料有限公司成立于2019年，是恒晟矿业有限公司的主要客户。";
        assert_eq!(
            related(t, Relation::Supplies),
            pairs(&[("恒晟矿业有限公司", "宏川新材料有限公司")])
        );
        // Regression: the owner of 供应商 was only the last of a list (X是A和B的供应商
        // made A the supplier of B), and a clause opening on 客户包括 tied no one.
        let t = "蓝翼隔膜科技有限公司是金沃动力电池有限公司和中创新航的隔膜供应商。";
        assert_eq!(
            related(t, Relation::Supplies),
            pairs(&[
                ("蓝翼隔膜科技有限公司", "中创新航"),
                ("蓝翼隔膜科技有限公司", "金沃动力电池有限公司"),
            ])
        );
        let t = "目前，金沃动力电池有限公司的电池各占一半，客户包括理想汽车、零跑汽车等整车企业。";
        assert_eq!(
            related(t, Relation::Supplies),
            pairs(&[
                ("金沃动力电池有限公司", "理想汽车"),
                ("金沃动力电池有限公司", "零跑汽车"),
            ])
        );
        let t = "宏川锂业有限公司的主要客户还包括宁德时代、亿纬锂能等电池企业。";
        assert_eq!(
            related(t, Relation::Supplies),
            pairs(&[
                ("宏川锂业有限公司", "亿纬锂能"),
                ("宏川锂业有限公司", "宁德时代")
            ])
        );
        // Customers of no one named tie no one.
        assert!(related("鸿晟电池有限公司为客户提供储能系统。", Relation::Supplies).is_empty());
        // Regression: 双方 founding what the two just agreed on founded nothing.
        let t = "绿川电动有限公司与宇瀚电池有限公司签署战略合作协议，双方将联合成立钠离子电池两轮车联合研发中心。";
        assert_eq!(
            related(t, Relation::Established),
            pairs(&[
                ("宇瀚电池有限公司", "钠离子电池两轮车联合研发中心"),
                ("绿川电动有限公司", "钠离子电池两轮车联合研发中心"),
            ])
        );
        // Regression: A向B注资 invested in no one.
        let t = "永晟控股集团有限公司近两年累计向宇瀚电池有限公司注资8亿元。";
        assert_eq!(
            related(t, Relation::InvestsIn),
            pairs(&[("永晟控股集团有限公司", "宇瀚电池有限公司")])
        );
        // Regression: the sum injected had the indicator 电池注资 (the nearest noun);
        // so did 年产 (公司年产) and the verbs of investing (司拟入股).
        assert_eq!(indicators(t), ["投资额"]);
        assert_eq!(
            indicators("隆瑞电池有限公司年产35万吨磷酸铁锂项目正式投产。"),
            ["产能"]
        );
        assert_eq!(indicators("隆瑞电池有限公司拟入股12亿元。"), ["投资额"]);
        // 年产值 stays 产值, not 年产 of a money figure.
        assert_eq!(indicators("隆瑞电池有限公司年产值50亿元。"), ["产值"]);
        // Regression: with no indicator word, the noun before a figure took the end
        // of the name before it (司拟落地, 业拟建成).
        assert_eq!(indicators("隆瑞电池有限公司拟落地12亿元。"), ["落地"]);
        assert_eq!(indicators("宏川锂业拟签约落地30亿元。"), ["签约落地"]);
        assert_eq!(indicators("宏川锂业签约落地30亿元。"), ["签约落地"]);
        assert_eq!(indicators("宏川锂业落地30亿元。"), ["落地"]);
        // …and a modal before the verb that introduces a figure took the noun's place.
        assert_eq!(indicators("宏川锂业的储能电站将达到6座。"), ["储能电站"]);
    }

    #[test]
    fn who_signs_at_an_event_takes_part_in_it() {
        // Regression: 论坛期间，A与B签订… tied A and B to each other but not to the
        // forum the sentence opens on.
        let t = "11月10日，2025西部锂电产业论坛在重庆市璧山区开幕。\
                 论坛期间，渝川动力电池有限公司与绿川再生资源科技有限公司签订了回收合作协议。";
        assert_eq!(
            related(t, Relation::ParticipatesIn),
            pairs(&[
                ("渝川动力电池有限公司", "2025西部锂电产业论坛"),
                ("绿川再生资源科技有限公司", "2025西部锂电产业论坛"),
            ])
        );
        // Without an event to refer to, no one takes part.
        let t = "论坛期间，渝川动力电池有限公司与绿川再生资源科技有限公司签订了回收合作协议。";
        assert!(related(t, Relation::ParticipatesIn).is_empty());
        // Regression: the bodies a sentence opens on after 会上/论坛期间 did not take
        // part unless they signed something (会上，A、B等企业分别发布了…).
        let t = "2025西部锂电产业论坛在重庆市璧山区开幕。会上，渝川动力电池有限公司、宁德时代等企业分别发布了新产品。";
        assert_eq!(
            related(t, Relation::ParticipatesIn),
            pairs(&[
                ("宁德时代", "2025西部锂电产业论坛"),
                ("渝川动力电池有限公司", "2025西部锂电产业论坛"),
            ])
        );
        // Only those it opens on: a body named later in the sentence is not there.
        let t = "2025西部锂电产业论坛在重庆市璧山区开幕。会上，专家介绍了渝川动力电池有限公司的新产品。";
        assert!(related(t, Relation::ParticipatesIn).is_empty());
        // Regression: speaking 在论坛现场接受记者采访时 or 在论坛闭幕时, and signing 在现场
        // after the signers, put no one at the event.
        let forum = "2025西部锂电产业论坛在重庆市璧山区开幕。";
        for (t, who) in [
            (
                "锋驰新能源有限公司董事长顾承明在论坛现场接受记者采访时说，这里离整车厂最近。",
                "顾承明",
            ),
            (
                "重庆市电池行业协会秘书长刘沛安在论坛闭幕时表示，产能将继续增长。",
                "刘沛安",
            ),
            (
                "其中，渝川动力电池有限公司与绿川再生资源科技有限公司在现场签署战略合作协议。",
                "绿川再生资源科技有限公司",
            ),
        ] {
            let got = related(&format!("{forum}{t}"), Relation::ParticipatesIn);
            assert!(
                got.contains(&(who.into(), "2025西部锂电产业论坛".into())),
                "{t}: {got:?}"
            );
        }
        // Regression: a speech only an event has (在开幕致辞中) put its speaker nowhere.
        let t = "2025西部锂电产业论坛在重庆市璧山区开幕。中国电池工业协会秘书长宋启明在开幕致辞中介绍，产业增长较快。";
        assert_related(
            t,
            Relation::ParticipatesIn,
            "宋启明",
            "2025西部锂电产业论坛",
        );
    }

    fn located(text: &str) -> Vec<(String, String)> {
        related(text, Relation::LocatedIn)
    }

    #[test]
    fn where_a_body_is_placed() {
        // Regression: 位于 a chain of regions gave the first, least specific one.
        let t = "锦驰科技的全资子公司鹤峰新材料有限公司位于肇庆市高要区。";
        assert!(
            located(t).contains(&("鹤峰新材料有限公司".into(), "高要区".into())),
            "{:?}",
            located(t)
        );
        assert!(
            !located(t)
                .iter()
                .any(|(h, r)| h == "鹤峰新材料有限公司" && r == "肇庆市")
        );
        // Regression: 位于R的X places X, not the subject of the sentence.
        let t = "瑞锂科技采用的工艺，由位于拉萨市的雪域盐湖资源综合利用研究院研发。";
        assert_eq!(
            located(t),
            pairs(&[("雪域盐湖资源综合利用研究院", "拉萨市")]),
        );
        // Regression: a name the lexicon knows matched whole, so the region inside it
        // (天津 of 天津大学) went unseen and placed nothing.
        let t = "天津大学与宏川新材料有限公司签署合作协议，天津市将给予支持。";
        assert!(
            located(t).contains(&("天津大学".into(), "天津市".into())),
            "{:?}",
            located(t)
        );
        // Regression: R本地的X placed X in nothing but the region its name holds.
        let t = "宏川锂电的原料来自宁都县当地的赣州恒晟矿业有限公司。";
        assert!(
            located(t).contains(&("赣州恒晟矿业有限公司".into(), "宁都县".into())),
            "{:?}",
            located(t)
        );
        // Regression: a lead naming where a body's works stand placed nothing.
        let t = "在那曲市尼玛县，西藏羌川锂业有限公司（以下简称“羌川锂业”）的盐田沿湖岸铺开。";
        assert!(
            located(t).contains(&("西藏羌川锂业有限公司".into(), "尼玛县".into())),
            "{:?}",
            located(t)
        );
        // A lead saying where something happened places no one.
        let t = "在长沙市，鸿晟电池有限公司与滇西汽车有限公司签订合作协议。";
        assert!(
            !located(t).iter().any(|(_, r)| r == "长沙市"),
            "{:?}",
            located(t)
        );
    }

    #[test]
    fn supply_wordings() {
        // A list of buyers after 为.
        assert_eq!(
            supplies("鸿晟电池有限公司的电芯主要为赤岩汽车股份有限公司和滇西汽车有限公司配套。"),
            pairs(&[
                ("鸿晟电池有限公司", "赤岩汽车股份有限公司"),
                ("鸿晟电池有限公司", "滇西汽车有限公司"),
            ])
        );
        // A supplier with words between the buyer and 供应商.
        assert_eq!(
            supplies("赤岩锂业有限公司是鸿晟材料有限公司最大的碳酸锂供应商。"),
            pairs(&[("赤岩锂业有限公司", "鸿晟材料有限公司")])
        );
        // 销往 and 进入…的供应链 sell to the companies named.
        assert_eq!(
            supplies("鸿晟材料有限公司的产品主要销往赤岩电池有限公司。"),
            pairs(&[("鸿晟材料有限公司", "赤岩电池有限公司")])
        );
        assert_eq!(
            supplies("鸿晟材料有限公司的产品已进入赤岩电池有限公司的供应链。"),
            pairs(&[("鸿晟材料有限公司", "赤岩电池有限公司")])
        );
        // 来自A after a product: A supplies the company that gets it.
        assert_eq!(
            supplies("鸿晟材料有限公司的硫酸钴则来自赤岩钴业有限公司。"),
            pairs(&[("赤岩钴业有限公司", "鸿晟材料有限公司")])
        );
        assert!(supplies("来自鸿晟材料有限公司的专家出席。").is_empty());
        // A supply chain that ties no one.
        assert!(supplies("价格调整会沿着供应链传导到鸿晟材料有限公司。").is_empty());
        // Business won from a buyer named before the deal, and a provision.
        assert_eq!(
            supplies("鸿晟电池有限公司获得赤岩汽车股份有限公司新一代平台车型的电池定点。"),
            pairs(&[("鸿晟电池有限公司", "赤岩汽车股份有限公司")])
        );
        assert_eq!(
            supplies("赤岩锂业股份有限公司拿下鸿晟电池有限公司5万吨氢氧化锂订单。"),
            pairs(&[("赤岩锂业股份有限公司", "鸿晟电池有限公司")])
        );
        let t = "鸿晟材料有限公司为赤岩电池有限公司提供磷酸铁锂正极材料。";
        assert_eq!(
            supplies(t),
            pairs(&[("鸿晟材料有限公司", "赤岩电池有限公司")])
        );
        assert_related(t, Relation::Produces, "鸿晟材料有限公司", "磷酸铁锂");
        assert_eq!(
            supplies("赤岩锂业股份有限公司的锂精矿主要卖给鸿晟锂盐有限公司。"),
            pairs(&[("赤岩锂业股份有限公司", "鸿晟锂盐有限公司")])
        );
        // A provision by a product whose company the clause does not refer back to
        // ties no one: the topic of the sentence before may be its buyer.
        assert!(
            supplies("动力电池已配套赤岩汽车股份有限公司。储能产品已为鸿晟电力有限公司提供服务。")
                .iter()
                .all(|(_, b)| b != "鸿晟电力有限公司")
        );
        // A supply system entered, and a purchase from the partner 其 stands for.
        assert_eq!(
            supplies("赤岩锂业股份有限公司进入鸿晟电池有限公司供应体系。"),
            pairs(&[("赤岩锂业股份有限公司", "鸿晟电池有限公司")])
        );
        assert_eq!(
            supplies("鸿晟电池有限公司与赤岩锂业股份有限公司签署采购协议，向其采购碳酸锂2万吨。"),
            pairs(&[("赤岩锂业股份有限公司", "鸿晟电池有限公司")])
        );
        // Goods shipped to a buyer (运往, 发往) or recovered and sent back (回供).
        assert_eq!(
            supplies("赤岩矿业有限公司所产镍精矿全部运往鸿晟材料有限公司加工。"),
            pairs(&[("赤岩矿业有限公司", "鸿晟材料有限公司")])
        );
        assert_eq!(
            supplies("赤岩再生科技有限公司回收的硫酸镍回供鸿晟材料有限公司。"),
            pairs(&[("赤岩再生科技有限公司", "鸿晟材料有限公司")])
        );
    }

    #[test]
    fn sales_to_a_named_buyer_are_supplies() {
        // 向B销售P and 销售给B sell to B; 销售 alone (销售收入, 销售B的产品) ties no one.
        assert_eq!(
            supplies(
                "报告期内，广西鸿晟科技有限公司亦向浙江赤岩新材料股份有限公司销售再生硫酸镍。"
            ),
            pairs(&[("广西鸿晟科技有限公司", "浙江赤岩新材料股份有限公司")])
        );
        assert_eq!(
            supplies(
                "阿坝州鸿晟锂业有限公司的锂辉石精矿主要销售给赤岩锂业有限公司、滇西锂盐有限公司等企业。"
            ),
            pairs(&[
                ("阿坝州鸿晟锂业有限公司", "赤岩锂业有限公司"),
                ("阿坝州鸿晟锂业有限公司", "滇西锂盐有限公司"),
            ])
        );
        assert!(supplies("鸿晟科技有限公司2024年销售收入为3.2亿元。").is_empty());
        assert!(supplies("鸿晟商贸有限公司代理销售赤岩电池有限公司的产品。").is_empty());
        // The buyer may stand after its place (供应浙江省金华市的B).
        assert_eq!(
            supplies(
                "宜春鸿晟锂电科技有限公司的电芯还曾供应浙江省金华市的浙江赤岩智能科技有限公司。"
            ),
            pairs(&[("宜春鸿晟锂电科技有限公司", "浙江赤岩智能科技有限公司")])
        );
    }

    /// (subject, value, unit) of the figures read in `text`.
    fn figures(text: &str) -> Vec<(String, String, String)> {
        let (res, ex) = run(text);
        ex.facts
            .into_iter()
            .map(|f| {
                (
                    res.entities[f.subject].name.clone(),
                    f.fact.value.to_string(),
                    f.fact.unit.to_string(),
                )
            })
            .collect()
    }

    #[test]
    fn a_subsidiary_set_up_in_a_place_is_founded_by_its_parent() {
        // Regression: in 在R1R2设立全资子公司C only R1 was a place, so R2 founded C;
        // and the new company was not the founder's subsidiary.
        let t =
            "宏川股份有限公司拟以自有资金在眉山市彭山区设立全资子公司眉山宏川循环科技有限公司。";
        assert_eq!(
            related(t, Relation::Established),
            pairs(&[("宏川股份有限公司", "眉山宏川循环科技有限公司")])
        );
        assert_eq!(
            related(t, Relation::SubsidiaryOf),
            pairs(&[("眉山宏川循环科技有限公司", "宏川股份有限公司")])
        );
        // Founding what is no subsidiary makes none.
        let t = "宏川股份有限公司在眉山市设立宏川循环科技有限公司。";
        assert!(related(t, Relation::SubsidiaryOf).is_empty());
    }

    #[test]
    fn partners_joined_by_an_adverb_and_figures_as_of_a_month() {
        // Regression: 还与 joined no list, so A还与B联合组建了C founded nothing.
        let t = "储盛能源科技有限公司还与郑州大学联合组建了河南省储能电池工程技术研究中心。";
        assert_eq!(
            related(t, Relation::Established),
            pairs(&[
                ("储盛能源科技有限公司", "河南省储能电池工程技术研究中心"),
                ("郑州大学", "河南省储能电池工程技术研究中心"),
            ])
        );
        // Regression: 截至2025年6月底 read as the date of an event, so the figure after
        // it had no year.
        let (_, ex) = run("截至2025年6月底，河南省风电装机规模达到7230万千瓦。");
        assert_eq!(ex.facts.first().map(|f| f.fact.year), Some(Some(2025)));
        // A founding date still dates nothing after it.
        let (_, ex) = run("宏川股份有限公司成立于2019年5月，现有员工300人。");
        assert_eq!(ex.facts.first().map(|f| f.fact.year), Some(None));
    }

    #[test]
    fn what_a_company_makes_from_its_description() {
        // Regression: none of these made a produces link.
        let produced = |t: &str| related(t, Relation::Produces);
        // 专注于P研发与生产 (the words after the product).
        assert_eq!(
            produced("宏川新材料科技股份有限公司是一家专注于正极材料研发与生产的材料企业。"),
            pairs(&[("宏川新材料科技股份有限公司", "正极材料")])
        );
        // A list shares the words after its last member (镍矿、钴矿的开采).
        assert_eq!(
            produced("宏川矿业有限公司主要从事镍矿、钴矿的开采和选矿。"),
            pairs(&[("宏川矿业有限公司", "钴矿"), ("宏川矿业有限公司", "镍矿")])
        );
        // A clause continuing the subject's may name a place before its verb.
        assert_eq!(
            produced("宏川新能源材料有限公司落户高新区，是甘肃首家量产三元材料的企业。"),
            pairs(&[("宏川新能源材料有限公司", "三元正极材料")])
        );
        // What a rule is about is made by no one.
        let t = "宏川锂业有限公司落户宜丰县。政策层面，今年3月，宜春市人民政府印发《方案》，对锂云母开采实行总量控制。";
        assert!(produced(t).is_empty(), "{:?}", produced(t));
    }

    #[test]
    fn a_stake_bought_is_the_companys_bought_held_by_the_buyer() {
        // Regression: 收购B 51%股权 gave B a figure 51% with the indicator 数值; the
        // stake is B's, and the indicator names the buyer.
        for t in [
            "宏川国际有限公司拟以1.43亿美元收购萨比锂业有限公司（以下简称“萨比锂业”）51%股权。",
            "宏川国际有限公司拟收购萨比锂业有限公司51%的股权。",
        ] {
            let (res, ex) = run(t);
            let stake = ex
                .facts
                .iter()
                .find(|f| f.fact.unit.to_string() == "%")
                .map(|f| {
                    (
                        res.entities[f.subject].name.clone(),
                        f.fact.indicator.to_string(),
                    )
                });
            assert_eq!(
                stake,
                Some((
                    "萨比锂业有限公司".to_string(),
                    "宏川国际有限公司持股比例".to_string()
                )),
                "{t}"
            );
        }
    }

    #[test]
    fn a_body_founded_by_two_is_theirs_whatever_stands_before_the_verb() {
        // Regression: in C由A与B于2023年合资组建 the last company before the verb, B,
        // was taken for what was founded, and A for its founder.
        let t = "宏江动力电池有限公司由宏风汽车股份有限公司与宏堰产业投资集团有限公司于2023年合资组建。";
        assert_eq!(
            related(t, Relation::Established),
            pairs(&[
                ("宏堰产业投资集团有限公司", "宏江动力电池有限公司"),
                ("宏风汽车股份有限公司", "宏江动力电池有限公司")
            ])
        );
    }

    #[test]
    fn a_stake_is_a_figure_of_the_company_held_naming_its_holder() {
        let stakes = |t: &str| -> Vec<(String, String, String)> {
            let (res, ex) = run(t);
            ex.facts
                .iter()
                .filter(|f| f.fact.unit.to_string() == "%")
                .map(|f| {
                    (
                        res.entities[f.subject].name.clone(),
                        f.fact.indicator.to_string(),
                        f.fact.value.to_string(),
                    )
                })
                .collect()
        };
        let row = |held: &str, holder: &str, v: &str| {
            (held.to_string(), format!("{holder}持股比例"), v.to_string())
        };
        assert_eq!(
            stakes(
                "宏川科技股份有限公司设立控股子公司安徽宏勃新材料有限公司，宏川科技股份有限公司持股60%。"
            ),
            [row("安徽宏勃新材料有限公司", "宏川科技股份有限公司", "60")]
        );
        assert_eq!(
            stakes(
                "三方合资成立宏澜印尼镍业有限公司，宏澜集团有限公司、宏晟新材料有限公司分别持股55%和45%。"
            ),
            [
                row("宏澜印尼镍业有限公司", "宏澜集团有限公司", "55"),
                row("宏澜印尼镍业有限公司", "宏晟新材料有限公司", "45")
            ]
        );
        assert_eq!(
            stakes(
                "宏江动力电池有限公司由宏风汽车股份有限公司与宏堰产业投资集团有限公司合资组建，宏风汽车股份有限公司持股51%。"
            ),
            [row("宏江动力电池有限公司", "宏风汽车股份有限公司", "51")]
        );
        assert_eq!(
            stakes(
                "宏岭新能源股份有限公司拟受让宏锋科技股份有限公司所持宏宁新材料有限公司80%股权。"
            ),
            [row("宏宁新材料有限公司", "宏锋科技股份有限公司", "80")]
        );
        // The partner named before the company founded holds no stake it is told of.
        let t = "宏沣循环科技股份有限公司与宏源产业投资集团有限公司合资成立河南宏沣新材料有限公司，\
                 宏沣循环科技股份有限公司持股70%。";
        assert_eq!(
            stakes(t),
            [row(
                "河南宏沣新材料有限公司",
                "宏沣循环科技股份有限公司",
                "70"
            )]
        );
        assert_related(
            t,
            Relation::SubsidiaryOf,
            "河南宏沣新材料有限公司",
            "宏沣循环科技股份有限公司",
        );
        assert_not_related(
            t,
            Relation::SubsidiaryOf,
            "宏源产业投资集团有限公司",
            "宏沣循环科技股份有限公司",
        );
        assert_eq!(
            stakes("宏特新材料股份有限公司向宏川新能源有限公司增资6亿元，持有其20%的股权。"),
            [row("宏川新能源有限公司", "宏特新材料股份有限公司", "20")]
        );
        assert_eq!(
            stakes("宏锂化工股份有限公司受让宏泰投资有限公司持有的宏瑞锂业有限公司36%股权。"),
            [row("宏瑞锂业有限公司", "宏泰投资有限公司", "36")]
        );
        // Holding a share ties the holder to the company held: above half, or as its
        // controlling shareholder, a subsidiary; less, an investment.
        let t = "三方合资成立宏澜印尼镍业有限公司，宏澜集团有限公司、宏晟新材料有限公司分别持股55%和45%。";
        assert_eq!(
            related(t, Relation::SubsidiaryOf),
            pairs(&[("宏澜印尼镍业有限公司", "宏澜集团有限公司")])
        );
        assert_eq!(
            related(t, Relation::InvestsIn),
            pairs(&[("宏晟新材料有限公司", "宏澜印尼镍业有限公司")])
        );
        assert_eq!(
            related(
                "宏源新材料有限公司成立于2022年，宏昆矿业投资有限公司持股45%，为控股股东。",
                Relation::SubsidiaryOf
            ),
            pairs(&[("宏源新材料有限公司", "宏昆矿业投资有限公司")])
        );
        for (t, held, holder, v) in [
            // Regression: the holder before the brackets was taken as an entity by its
            // mention's place in the sentence.
            (
                "宏源矿业有限公司位于宏州市。宏川科技股份有限公司参股宏源矿业有限公司（持股20%）。",
                "宏源矿业有限公司",
                "宏川科技股份有限公司",
                "20",
            ),
            // In brackets after the company held.
            (
                "宏川科技股份有限公司参股宏源矿业有限公司（持股20%）。",
                "宏源矿业有限公司",
                "宏川科技股份有限公司",
                "20",
            ),
            // Regression: a clause opening on 持股 took the sentence's first company as
            // the holder (其中公司…出资, 持股60%), and a note's own clause was no part of
            // the sentence (（以下简称“B”，A持股70%）), so both stakes ran backwards.
            (
                "宏源循环科技有限公司注册资本2亿元，其中宏川科技股份有限公司以货币出资1.2亿元，持股60%。",
                "宏源循环科技有限公司",
                "宏川科技股份有限公司",
                "60",
            ),
            (
                "宏川科技股份有限公司参股宏拓智能装备有限公司，持股比例为18%。",
                "宏拓智能装备有限公司",
                "宏川科技股份有限公司",
                "18",
            ),
            (
                "宏川科技股份有限公司（以下简称“公司”）公告。\n\
                 公司为宏能电池材料有限公司（以下简称“宏能”，公司持股70%）提供担保。",
                "宏能电池材料有限公司",
                "宏川科技股份有限公司",
                "70",
            ),
        ] {
            assert_eq!(stakes(t), [row(held, holder, v)], "{t}");
        }
        // A shareholder list's later lines.
        assert_eq!(
            stakes(
                "宏源新材料有限公司由两家股东出资设立：宏昆矿业投资有限公司持股55%\n宏曜新能源有限公司持股45%"
            ),
            [
                row("宏源新材料有限公司", "宏昆矿业投资有限公司", "55"),
                row("宏源新材料有限公司", "宏曜新能源有限公司", "45")
            ]
        );
    }

    #[test]
    fn registered_capital_is_the_company_just_named() {
        // Regression: the capital of a new subsidiary went to the company founding it.
        let t = "宏川股份有限公司拟在眉山市设立全资子公司眉山宏川循环科技有限公司（暂定名），注册资本3亿元。";
        assert_eq!(
            figures(t),
            [("眉山宏川循环科技有限公司".into(), "3".into(), "亿元".into())]
        );
    }

    #[test]
    fn units_are_read_whole() {
        // Regression: 4.2亿吨 was read as 4.2亿 (a sum of money) and the 吨 lost.
        assert_eq!(
            figures("黑龙江省已查明石墨储量约4.2亿吨。"),
            [("黑龙江省".into(), "4.2".into(), "亿吨".into())]
        );
        // Regression: a price per unit lost its denominator (7.6万元/吨 read 7.6万元).
        assert_eq!(
            figures("宏川股份有限公司的碳酸锂均价回升至7.6万元/吨左右。"),
            [("宏川股份有限公司".into(), "7.6".into(), "万元/吨".into())]
        );
        assert_eq!(
            figures("蓝翼隔膜科技有限公司现有隔膜年产能12亿平方米。"),
            [(
                "蓝翼隔膜科技有限公司".into(),
                "12".into(),
                "亿平方米".into()
            )]
        );
        assert_eq!(
            figures("宏川储能有限公司的储能电站容量达到20兆瓦时，推出换电车型3款。"),
            [
                ("宏川储能有限公司".into(), "20".into(), "兆瓦时".into()),
                ("宏川储能有限公司".into(), "3".into(), "款".into())
            ]
        );
    }

    #[test]
    fn a_continuation_naming_its_own_time_and_a_comparisons_base_year_date_nothing_else() {
        // Regression: 今年1-9月 after 2024年，…； took 2024.
        let t = "2024年，岚峰新材料集团股份有限公司实现营业收入96.3亿元；今年1-9月正极材料出货5.6万吨。";
        assert_eq!(
            dated_figures(t),
            [
                ("96.3亿元".to_string(), Some(2024)),
                ("5.6万吨".to_string(), None)
            ]
        );
        // But a comparison with last year keeps the year carried.
        let t = "2024年，岚峰新材料集团股份有限公司实现营业收入96.3亿元；规上企业达到37家，较上年增加9家。";
        assert!(
            dated_figures(t).iter().all(|(_, y)| *y == Some(2024)),
            "{:?}",
            dated_figures(t)
        );
        // The base of a comparison dates the figure of its own phrase only.
        let t = "碳酸锂现货价格约为每吨7.5万元，较2022年11月56.75万元/吨的历史高点下跌逾85%。";
        assert_eq!(
            dated_figures(t),
            [
                ("7.5万元".to_string(), None),
                ("56.75万元/吨".to_string(), Some(2022)),
                ("85%".to_string(), None)
            ]
        );
        // So does the start of a running total.
        let t = "岚东有色金属学会自2019年开展成果评价工作以来，已累计评价成果400余项。";
        assert_eq!(dated_figures(t), [("400项".to_string(), None)]);
    }

    #[test]
    fn a_sentence_continued_after_a_semicolon_keeps_its_subject_year_and_period() {
        // Regression: 半年报显示 and the date made the company the third clause, so the
        // sentence had no subject and the figures after ； went to the company of the
        // sentence before, without the year (； ends a sentence for the rules).
        let t = "瑞浦兰钧是国内主要的电池企业之一。半年报显示，2025年上半年，宏川股份有限公司实现营业收入24.73亿元；实现净利润1.58亿元，同比增长36.82%；基本每股收益0.52元。";
        let (res, ex) = run(t);
        let got: Vec<(String, String, Option<i32>, Option<String>)> = ex
            .facts
            .iter()
            .map(|f| {
                (
                    res.entities[f.subject].name.clone(),
                    f.fact.value.to_string(),
                    f.fact.year,
                    f.fact.period.as_ref().map(|p| p.to_string()),
                )
            })
            .collect();
        let company = "宏川股份有限公司".to_string();
        let half = Some("上半年".to_string());
        assert_eq!(
            got,
            [
                (company.clone(), "24.73".into(), Some(2025), half.clone()),
                (company.clone(), "1.58".into(), Some(2025), half.clone()),
                (company.clone(), "36.82".into(), Some(2025), half.clone()),
                (company, "0.52".into(), Some(2025), half),
            ]
        );
        // A full stop ends what the year frames.
        let (_, ex) = run(
            "2025年上半年，宏川股份有限公司实现营业收入24.73亿元。宏川股份有限公司有员工300人。",
        );
        assert_eq!(ex.facts.last().map(|f| f.fact.year), Some(None));
    }

    #[test]
    fn a_year_that_dates_an_event_is_not_carried_to_later_figures() {
        let years = |t: &str| -> Vec<Option<i32>> {
            let (_, ex) = run(t);
            ex.facts.into_iter().map(|f| f.fact.year).collect()
        };
        assert_eq!(
            years("赤岩锂业有限公司2022年落户滇西高新区，现有正极材料年产能6万吨。"),
            [None]
        );
        // A year that opens the sentence dates its figures.
        assert_eq!(
            years("2024年，赤岩锂业有限公司实现产值20亿元，同比增长12%。"),
            [Some(2024), Some(2024)]
        );
        // Nor does a year inside a name, nor one before a stake's clause (a state).
        assert_eq!(
            years("《赤岩市锂电回收规范条件（2024年本）》要求锂回收率不低于90%。"),
            [None]
        );
        assert_eq!(
            years(
                "赤岩动力电池有限公司由赤岩汽车股份有限公司于2023年组建，赤岩汽车股份有限公司持股51%。"
            ),
            [None]
        );
        // Nor either end of a span: its figures are the span's.
        assert_eq!(
            years(
                "赤岩锂业有限公司与赤峰电池有限公司签署2025—2027年长期供货协议，约定合计供应碳酸锂6万吨。"
            ),
            [None]
        );
        assert_eq!(
            years("赤岩锂业有限公司计划2026年至2028年向赤峰电池有限公司供应碳酸锂6万吨。"),
            [None]
        );
    }

    #[test]
    fn whole_province_figures_belong_to_the_province_the_text_is_about() {
        let t = "甘肃省锂电产业发展迅速。甘肃省已集聚电池材料企业42家。赤岩锂业有限公司从青海省采购碳酸锂。到2027年全省三元前驱体产能达到40万吨，产值力争突破1200亿元。";
        let f = figures(t);
        assert!(
            f.iter().any(|(who, v, _)| who == "甘肃省" && v == "40"),
            "{f:?}"
        );
        // The word holds for a later clause that names no one.
        assert!(
            f.iter().any(|(who, v, _)| who == "甘肃省" && v == "1200"),
            "{f:?}"
        );
    }

    #[test]
    fn figure_subjects() {
        let who = |t: &str| -> Vec<String> { figures(t).into_iter().map(|f| f.0).collect() };
        // 位于…的A: the place is A's attribute, A the subject.
        assert_eq!(
            who("位于滇西市江津区的鸿晟材料有限公司是赤岩电池有限公司的供应商，年产能约5万吨。"),
            ["鸿晟材料有限公司"]
        );
        // An event named at the sentence's start by a back-reference holds for its
        // clauses, over the bodies named inside them.
        assert_eq!(
            who(
                "2025鸿晟锂电产业论坛在璧山区开幕。本届论坛由滇西市电池行业协会主办，璧山区人民政府承办，260余家企业参会。"
            ),
            ["2025鸿晟锂电产业论坛"]
        );
        assert_eq!(
            who("2025鸿晟锂电产业论坛在璧山区开幕。大会现场共签约项目19个。"),
            ["2025鸿晟锂电产业论坛"]
        );
        // Those who attend, counted after the event (and 来自全国 is not a national figure).
        assert_eq!(
            who(
                "2025鸿晟锂电产业论坛在璧山区举行，璧山区人民政府承办，来自全国的300余家企业参会。"
            ),
            ["2025鸿晟锂电产业论坛"]
        );
    }

    #[test]
    fn stage_of_a_clause_goes_past_the_owner_to_the_held_company() {
        // 在材料端，A控股的B…: the clause is about B, as with A旗下B.
        for owner in ["控股的", "旗下"] {
            let t = format!("在材料端，鸿晟集团{owner}滇西锂盐股份有限公司持续扩大产能。");
            let r = read(&t);
            let stage = |who: &str| {
                r.iter()
                    .any(|(h, rel, tl)| h == who && *rel == Relation::InStage && tl == "材料")
            };
            assert!(stage("滇西锂盐股份有限公司"), "{t}: {r:?}");
            assert!(!stage("鸿晟集团"), "{t}: {r:?}");
        }
    }

    #[test]
    fn a_recycler_makes_the_materials_it_recovers_not_the_batteries_it_takes_in() {
        let made = |t: &str| related(t, Relation::Produces);
        let want = pairs(&[
            ("澄江循环科技有限公司", "硫酸镍"),
            ("澄江循环科技有限公司", "碳酸锂"),
        ]);
        assert_eq!(
            made("澄江循环科技有限公司年处理废旧电池4万吨，可回收碳酸锂、硫酸镍等产品。"),
            want
        );
        // The verb after a source (从…中) and a means (采用…工艺) before it.
        assert_eq!(
            made("澄江循环科技有限公司建成新产线，可从废旧电池中回收碳酸锂、硫酸镍等产品。"),
            want
        );
        assert_eq!(
            made("澄江循环科技有限公司已投产，主要采用湿法冶金工艺提取碳酸锂、硫酸镍。"),
            want
        );
        // Recovery words stay inside names: a meeting named for recycling is one event.
        let (res, _) = run("2019鸿晟电池回收产业对接会在上饶市举行。");
        assert!(
            res.entities
                .iter()
                .any(|e| e.kind == EntityType::Event && e.name == "2019鸿晟电池回收产业对接会"),
            "{:?}",
            res.entities
        );
        // What it takes in is not made; 再生 in a recycler's name says nothing.
        assert_eq!(made("澄江再生资源科技有限公司主要回收废旧电池。"), []);
        assert!(
            read("澄江再生资源科技有限公司与鸿晟集团签署合作协议。")
                .iter()
                .any(|(h, _, _)| h == "澄江再生资源科技有限公司")
        );
    }

    #[test]
    fn a_subjectless_clause_continues_the_sentence_past_a_place_it_names() {
        let made = |t: &str| related(t, Relation::Produces);
        assert_eq!(
            made("滇西锂盐股份有限公司投资30亿元，在沱江经济技术开发区建设年产5万吨磷酸铁锂项目。"),
            pairs(&[("滇西锂盐股份有限公司", "磷酸铁锂")])
        );
    }

    #[test]
    fn products_named_as_a_companys_main_line_are_made_by_it() {
        assert_eq!(
            related(
                "滇西动力电池有限公司已形成年产8GWh的产能，产品以磷酸铁锂电池为主。",
                Relation::Produces
            ),
            pairs(&[("滇西动力电池有限公司", "磷酸铁锂电池")])
        );
    }

    #[test]
    fn launching_products_respectively_pairs_each_maker_with_its_own() {
        let made = |t: &str| related(t, Relation::Produces);
        assert_eq!(
            made(
                "会上，鸿晟电池股份有限公司、滇西锂盐股份有限公司分别发布了钠离子电池和磷酸铁锂。"
            ),
            pairs(&[
                ("滇西锂盐股份有限公司", "磷酸铁锂"),
                ("鸿晟电池股份有限公司", "钠离子电池")
            ])
        );
        // Without 分别 each launches all; a paper about a product is not the product.
        assert_eq!(
            made("鸿晟电池股份有限公司发布了钠离子电池和固态电池。"),
            pairs(&[
                ("鸿晟电池股份有限公司", "固态电池"),
                ("鸿晟电池股份有限公司", "钠离子电池")
            ])
        );
        assert_eq!(made("鸿晟电池股份有限公司发布了钠离子电池白皮书。"), []);
        // What an exhibitor shows at an expo it makes.
        assert_eq!(
            made("鸿昊新材料股份有限公司展出第四代磷酸锰铁锂。"),
            pairs(&[("鸿昊新材料股份有限公司", "磷酸锰铁锂")])
        );
    }

    #[test]
    fn a_product_provided_is_made_only_where_it_ends_what_is_provided() {
        let made = |t: &str| related(t, Relation::Produces);
        assert_eq!(
            made("梧州宏控电子科技有限公司为本地多家电池企业提供电池管理系统。"),
            pairs(&[("梧州宏控电子科技有限公司", "电池管理系统")])
        );
        // A part of the product, or a service on it, is not the product.
        assert_eq!(
            made("梧州宏铝精密铝业有限公司为其提供电池包铝合金壳体。"),
            []
        );
        // Spent batteries passed on are not made, nor is the product an
        // agreement before names (由后者提供… names its own object).
        assert_eq!(
            made(
                "2023年，岚源科技有限公司与宏峰汽车有限公司签订动力电池回收协议，由后者向其稳定提供退役动力电池。"
            ),
            []
        );
    }
    /// (value with unit, year) of the facts read in `text`.
    fn dated_figures(text: &str) -> Vec<(String, Option<i32>)> {
        let (_, ex) = run(text);
        ex.facts
            .into_iter()
            .map(|f| (format!("{}{}", f.fact.value, f.fact.unit), f.fact.year))
            .collect()
    }

    /// (holder, indicator, value) of the facts read in `text`.
    /// Each figure read from `text`, with its holder: "A 营业收入 = 12 亿元 year=2024".
    fn facts(text: &str) -> Vec<String> {
        let (res, ex) = run(text);
        ex.facts
            .iter()
            .map(|f| format!("{} {}", res.entities[f.subject].name, f.fact))
            .collect()
    }

    fn fact_rows(text: &str) -> Vec<(String, String, String)> {
        let (res, ex) = run(text);
        ex.facts
            .iter()
            .map(|f| {
                (
                    res.entities[f.subject].name.clone(),
                    f.fact.indicator.to_string(),
                    format!("{}{}", f.fact.value, f.fact.unit),
                )
            })
            .collect()
    }

    /// The indicators of the facts read in `text`.
    fn indicators(text: &str) -> Vec<String> {
        fact_rows(text).into_iter().map(|(_, i, _)| i).collect()
    }

    /// The holders of the facts read in `text`.
    fn fact_holders(text: &str) -> Vec<String> {
        fact_rows(text).into_iter().map(|(h, _, _)| h).collect()
    }

    #[test]
    fn the_whole_province_a_named_subject_acts_in_holds_none_of_its_figures() {
        // Regression: 在全省布局 gave the group's capacity and revenue to the province.
        let t = "岚拓再生资源集团有限公司总部位于广东省。\
                 岚拓再生资源集团有限公司深耕回收领域多年，在全省布局多个再生基地，\
                 年处理废旧电池能力达15万吨，2024年实现营业收入23.5亿元。";
        assert_eq!(
            fact_holders(t),
            ["岚拓再生资源集团有限公司", "岚拓再生资源集团有限公司"]
        );
        // With no one named before it, the province still holds them.
        let t = "广东省加快布局回收体系。在全省范围内，回收网点达到1.2万个。";
        assert_eq!(fact_holders(t), ["广东省"]);
    }

    #[test]
    fn who_takes_part_in_the_activity_takes_part_in_the_event_named_before() {
        let t = "由岚州市商务局主办的“2025岚州电动自行车以旧换新消费节”在蓬江区启动。\
                 雅迪、爱玛等全国知名品牌，以及岚州市岚峰电动车有限公司等本地企业参加活动。";
        for who in ["雅迪", "爱玛", "岚州市岚峰电动车有限公司"] {
            assert_related(
                t,
                Relation::ParticipatesIn,
                who,
                "2025岚州电动自行车以旧换新消费节",
            );
        }
    }

    #[test]
    fn a_subsidiary_the_owner_founded_somewhere_after_a_copula_clause() {
        // Regression: 在江门设立的 between the owner and 全资子公司 hid the tie when
        // the clause opened on the copula.
        let t = "承担此次回收任务的岚循科技有限公司，是广东岚拓再生资源集团有限公司\
                 在江门设立的全资子公司。";
        assert_related(
            t,
            Relation::SubsidiaryOf,
            "岚循科技有限公司",
            "广东岚拓再生资源集团有限公司",
        );
        // The place it was founded in founds nothing.
        let t = "岚溪新材料有限公司是岚峰集团股份有限公司在四川设立的控股子公司。";
        assert_related(
            t,
            Relation::Established,
            "岚峰集团股份有限公司",
            "岚溪新材料有限公司",
        );
        assert_not_related(t, Relation::Established, "四川省", "岚溪新材料有限公司");
    }

    #[test]
    fn a_group_referred_to_as_a_verbs_object_owns_what_is_under_it() {
        // Regression: 供应给集团旗下的C tied C to no one, then to the subsidiary named
        // last rather than the group.
        let t = "岚循科技有限公司是广东岚拓再生资源集团有限公司的全资子公司。\
                 岚循科技有限公司回收的电池拆解破碎后，定向供应给集团旗下的清远岚拓金属再生有限公司。";
        assert_related(
            t,
            Relation::SubsidiaryOf,
            "清远岚拓金属再生有限公司",
            "广东岚拓再生资源集团有限公司",
        );
        assert_not_related(
            t,
            Relation::SubsidiaryOf,
            "清远岚拓金属再生有限公司",
            "岚循科技有限公司",
        );
    }

    #[test]
    fn a_bare_gongsi_after_a_clause_verb_is_the_document_company_not_its_subsidiary() {
        // Regression: 要求公司… found no back-reference (a verb stood before 公司), and
        // once it did, the subsidiary named last took the group's targets.
        let t = "岚峰锂能新材料股份有限公司发布激励计划。岚峰锂能新材料股份有限公司拟授予股票。\
                 核心技术人员包括全资子公司铜仁岚峰前驱体材料有限公司总经理潘晓东。\
                 本计划采用限制性股票。股票来源为定向发行。\
                 第一个归属期要求公司2026年营业收入不低于145亿元。";
        let rows = fact_rows(t);
        assert!(
            rows.iter()
                .any(|(h, _, v)| h == "岚峰锂能新材料股份有限公司" && v == "145亿元"),
            "{rows:?}"
        );
        assert!(
            !fact_holders(t).iter().any(|h| h.starts_with("铜仁")),
            "{rows:?}"
        );
    }

    #[test]
    fn a_bare_gongsi_that_founds_a_subsidiary_after_another_subsidiarys_paragraph_is_the_group() {
        let t = "贵州岚峰锂能新材料股份有限公司发布公告。贵州岚峰锂能新材料股份有限公司主营正极材料。\
                 另一家全资子公司遵义岚峰锂电材料有限公司位于遵义市播州区。\
                 去年8月，遵义岚峰锂电材料有限公司与播州区人民政府签署投资协议。\
                 在回收端，公司于2022年设立全资子公司贵州岚峰循环科技有限公司。";
        let group = "贵州岚峰锂能新材料股份有限公司";
        for sub in ["遵义岚峰锂电材料有限公司", "贵州岚峰循环科技有限公司"]
        {
            assert_related(t, Relation::SubsidiaryOf, sub, group);
        }
        assert_related(t, Relation::Established, group, "贵州岚峰循环科技有限公司");
        assert_not_related(
            t,
            Relation::SubsidiaryOf,
            "贵州岚峰循环科技有限公司",
            "遵义岚峰锂电材料有限公司",
        );
    }

    #[test]
    fn an_officers_title_with_no_body_goes_on_at_the_company_of_the_person_before() {
        let t = "从草案披露的分配情况看，岚峰锂能新材料股份有限公司董事、总经理杨志斌拟获授60.00万股；\
                 董事、副总经理吴婉清，财务总监陈昊，董事会秘书田野也在名单之列。";
        for p in ["杨志斌", "吴婉清", "陈昊", "田野"] {
            assert_related(t, Relation::WorksAt, p, "岚峰锂能新材料股份有限公司");
        }
        // Not across a full stop.
        let t = "岚峰锂能新材料股份有限公司董事长杨志斌出席。副市长吴婉清致辞。";
        assert_not_related(t, Relation::WorksAt, "吴婉清", "岚峰锂能新材料股份有限公司");
    }

    #[test]
    fn a_post_after_an_adverb_and_a_copula_is_a_post() {
        let t =
            "岚峰锂能新材料股份有限公司独立董事宋婧发言。宋婧同时为岚州大学教授，长期从事研究。";
        assert_related(t, Relation::WorksAt, "宋婧", "岚州大学");
        let t = "岚峰锂能新材料股份有限公司独立董事宋婧发言。宋婧现为岚州大学教授。";
        assert_related(t, Relation::WorksAt, "宋婧", "岚州大学");
    }

    #[test]
    fn regression_a_short_word_after_a_name_is_no_adverb_to_slice_past() {
        // Slicing past an adverb's length before checking it panicked inside 郴.
        let t = "副市长葛晓岚说,郴州这场千亿产业的崛起,在于跳出传统发展窠臼。";
        let _ = related(t, Relation::WorksAt);
    }

    #[test]
    fn what_a_company_calls_its_own_is_its_subsidiary() {
        let t = "岚峰电力集团有限公司所属遂宁岚峰供电服务有限公司历时14个月建成变电站。";
        assert_related(
            t,
            Relation::SubsidiaryOf,
            "遂宁岚峰供电服务有限公司",
            "岚峰电力集团有限公司",
        );
    }

    #[test]
    fn a_chain_listed_as_the_parts_of_a_trade_is_a_chain() {
        let t = "园区已初步构建起涵盖锂矿资源精深加工、锂电材料、电池制造、终端储能应用和废旧电池回收的产业链条。";
        let pairs = related(t, Relation::UpstreamOf);
        assert_eq!(pairs.len(), 4, "{pairs:?}");
        // A list of traits that happens to follow the chain's order is none.
        let t = "产业呈现“材料强、电池弱、终端散、回收缺”的特点，2024年产业链产值约680亿元。";
        assert_eq!(related(t, Relation::UpstreamOf), []);
    }

    #[test]
    fn apparent_power_in_kilovolt_amperes_is_a_figure() {
        let t = "岚溪锂电新材料产业园投运后，园区供电能力提升至66万千伏安。";
        let rows = fact_rows(t);
        assert!(rows.iter().any(|(_, _, v)| v == "66万千伏安"), "{rows:?}");
    }

    #[test]
    fn the_lawyers_handling_a_matter_work_at_their_firm() {
        let t = "北京市岚正律师事务所经办律师赵砚秋、孙启航在出具的法律意见书中认为，方案合规。";
        for p in ["赵砚秋", "孙启航"] {
            assert_related(t, Relation::WorksAt, p, "北京市岚正律师事务所");
        }
    }

    #[test]
    fn the_items_of_a_list_a_count_counts_hold_none_of_it() {
        // Regression: 岚溪动力, the last item, held the count of the whole list.
        let t = "郴州市工业和信息化局牵头建设的平台正式上线，已接入岚峰汽车、岚溪动力等32家企业。";
        assert_eq!(fact_holders(t), ["郴州市工业和信息化局"]);
    }

    #[test]
    fn every_place_of_a_list_after_a_preposition_is_no_holder() {
        // Regression: only the first place after 在 was adverbial, so the last of the
        // list took the company's count.
        let t = "海南岚电能源科技有限公司目前已在海口、三亚建成换电站86座。";
        assert_eq!(fact_holders(t), ["海南岚电能源科技有限公司"]);
        let t = "赣州岚循新能源科技有限公司在赣州、吉安、南昌等地布局回收服务网点32个。";
        assert_eq!(fact_holders(t), ["赣州岚循新能源科技有限公司"]);
        // A place that is the subject still holds.
        let t = "岚岭新能源科技有限公司表示，宜春市新能源电池产业产值达到520亿元。";
        assert_eq!(fact_holders(t), ["宜春市"]);
    }

    #[test]
    fn a_later_clause_opening_on_qi_is_about_the_company_that_speaks() {
        // Regression: 其11月开工率 went to the product in the company's description
        // (电解液生产商), the speaking company being no holder.
        let t = "位于上海化学工业区的电解液生产商上海岚川电解液科技有限公司表示，\
                 受下游电池企业备货拉动，其11月开工率约为55%。";
        assert_eq!(fact_holders(t), ["上海岚川电解液科技有限公司"]);
        // The company the sentence is about, not a parent named after it.
        let t =
            "贵州岚睿动力电池有限公司由浙江岚睿能源集团股份有限公司控股，其一期项目总投资52亿元。";
        assert_eq!(fact_holders(t), ["贵州岚睿动力电池有限公司"]);
    }

    #[test]
    fn a_branch_named_after_a_company_known_by_a_short_name_is_its() {
        let t = "中国联通许昌市分公司网络部工程师李岚东介绍了情况。中国联通在河南开展试点。";
        assert_related(
            t,
            Relation::SubsidiaryOf,
            "中国联通许昌市分公司",
            "中国联通",
        );
        let t = "岚通网络通信集团有限公司（以下简称“岚通”）发布公告。岚通许昌市分公司负责实施。";
        assert_related(
            t,
            Relation::SubsidiaryOf,
            "岚通许昌市分公司",
            "岚通网络通信集团有限公司",
        );
    }

    #[test]
    fn a_bare_gongsi_after_a_paragraph_on_a_subsidiary_owns_its_sister() {
        // Regression: 公司控股子公司B was made a subsidiary of the subsidiary named last.
        let t = "岚雪锂业股份有限公司三季度生产锂辉石精矿8万吨。公司表示，将继续扩产。\
                 负责采选的全资子公司甘孜岚雪矿业有限公司运行平稳。\
                 公司控股子公司阿坝岚峰锂业有限公司生产锂辉石精矿0.9万吨。";
        assert_related(
            t,
            Relation::SubsidiaryOf,
            "阿坝岚峰锂业有限公司",
            "岚雪锂业股份有限公司",
        );
        assert_not_related(
            t,
            Relation::SubsidiaryOf,
            "阿坝岚峰锂业有限公司",
            "甘孜岚雪矿业有限公司",
        );
        // Not after a company the text did not call a subsidiary.
        let t = "岚华证券股份有限公司发布研报。岚源锂业股份有限公司是锂盐企业。\
                 公司控股子公司宜春岚源矿业有限公司负责采矿。";
        assert_related(
            t,
            Relation::SubsidiaryOf,
            "宜春岚源矿业有限公司",
            "岚源锂业股份有限公司",
        );
    }

    #[test]
    fn of_two_places_of_one_level_in_a_name_the_first_or_the_bracketed_is_where_it_is() {
        let t = "深圳市是会员企业所在地，铜仁市是锰资源基地。深圳市铜仁商会会长杨廷富表示，将组织企业回乡考察。";
        assert_related(t, Relation::LocatedIn, "深圳市铜仁商会", "深圳市");
        assert_not_related(t, Relation::LocatedIn, "深圳市铜仁商会", "铜仁市");
        let t = "深圳市和滁州市签约项目12个。2025滁州（深圳）新能源电池产业招商推介会取得成功。";
        assert_related(
            t,
            Relation::LocatedIn,
            "2025滁州（深圳）新能源电池产业招商推介会",
            "深圳市",
        );
    }

    #[test]
    fn a_company_back_reference_then_an_adverb_before_yu_is_the_first_founder() {
        // Regression: 公司还与B共建了C founded nothing (公司与B共建了C did).
        let t = "岚锐新能源材料股份有限公司主要生产锰酸锂。公司还与中南大学共建了锰基正极材料联合实验室。";
        assert_related(
            t,
            Relation::Established,
            "岚锐新能源材料股份有限公司",
            "锰基正极材料联合实验室",
        );
        assert_related(
            t,
            Relation::Established,
            "中南大学",
            "锰基正极材料联合实验室",
        );
        assert_related(
            t,
            Relation::CooperatesWith,
            "岚锐新能源材料股份有限公司",
            "中南大学",
        );
    }

    #[test]
    fn a_project_a_government_signs_after_an_adverb_or_by_shu_is_the_companys() {
        // 还与 (not only 与) joins the company that signs with the government.
        let t = "现场，岚县人民政府还与岚润新材料科技有限公司签署年产5万吨硫酸锰项目框架协议，\
                 项目总投资12亿元，选址岚县锰系新材料产业园。";
        assert_eq!(fact_holders(t), ["岚润新材料科技有限公司"; 2]);
        // 签署 a project's agreement makes it the company's for the next sentence.
        let t = "岚县人民政府与岚锐新能源材料股份有限公司签署年产6万吨磷酸锰铁锂项目投资框架协议，\
                 双方代表在现场签约。该项目计划总投资30亿元，全部达产后预计年产值45亿元。";
        assert_eq!(fact_holders(t), ["岚锐新能源材料股份有限公司"; 3]);
    }

    #[test]
    fn a_product_named_as_the_use_of_another_is_not_made() {
        let t = "长兴县岚能电源有限公司主要生产电动自行车用锂离子蓄电池。";
        assert_related(
            t,
            Relation::Produces,
            "长兴县岚能电源有限公司",
            "锂离子电池",
        );
        assert_not_related(
            t,
            Relation::Produces,
            "长兴县岚能电源有限公司",
            "电动自行车",
        );
        let t = "岚墨新材料有限公司专注于动力电池用负极材料的研发和生产。";
        assert_related(t, Relation::Produces, "岚墨新材料有限公司", "负极材料");
        assert_not_related(t, Relation::Produces, "岚墨新材料有限公司", "动力电池");
        // Named once on its own, it may still be made.
        let t = "岚川动力电池有限公司生产动力电池和动力电池用电池包。";
        assert_related(t, Relation::Produces, "岚川动力电池有限公司", "动力电池");
    }

    #[test]
    fn a_trade_after_an_owner_in_a_copula_is_the_subjects() {
        let t = "岚川动力是岚澜集团控股的动力电池企业，其生产基地年产能20GWh。";
        assert_related(t, Relation::InStage, "岚川动力", "电池");
        assert_not_related(t, Relation::InStage, "岚澜集团", "电池");
    }

    #[test]
    fn a_park_settled_in_does_not_keep_a_zuowei_trade_from_the_company_after() {
        let t = "作为最早落户曲靖经开区的正极材料企业之一，深圳市岚方纳米科技股份有限公司在园区建有生产基地。";
        assert_related(
            t,
            Relation::InStage,
            "深圳市岚方纳米科技股份有限公司",
            "材料",
        );
    }

    #[test]
    fn zhejia_with_a_trade_points_at_the_company_the_sentence_before_named_last() {
        // Regression: the trade went to the automaker the sentence before opened on.
        let t = "岚驰汽车的动力电池主要由新乡岚锂动力电池有限公司配套。\
                 这家动力电池生产企业以磷酸铁锂电池为主打产品。";
        assert_related(t, Relation::InStage, "新乡岚锂动力电池有限公司", "电池");
        assert_not_related(t, Relation::InStage, "岚驰汽车", "电池");
        // What it makes (以P为主打产品) and its figures are that company's too.
        let t = "岚驰汽车的动力电池主要由新乡岚锂动力电池有限公司配套。\
                 这家动力电池生产企业以磷酸铁锂电池为主打产品，年产能达12GWh。";
        assert_related(
            t,
            Relation::Produces,
            "新乡岚锂动力电池有限公司",
            "磷酸铁锂电池",
        );
        assert_eq!(fact_holders(t), ["新乡岚锂动力电池有限公司"]);
    }

    #[test]
    fn a_bare_gongsi_after_a_paragraph_on_a_subsidiary_holds_the_groups_figures() {
        let t = "岚雪锂业股份有限公司发布三季度报告。公司表示，将继续扩产。公司预计全年产量30万吨。\
                 作为向材料端延伸的关键平台，全资子公司雅安岚雪锂盐有限公司坐落于雅安市名山区。\
                 雅安岚雪锂盐有限公司生产氢氧化锂3120吨。\
                 三季度，公司锂辉石精矿平均销售价格为6120元/吨。";
        let rows = fact_rows(t);
        assert!(
            rows.iter()
                .any(|(h, _, v)| h == "岚雪锂业股份有限公司" && v == "6120元/吨"),
            "{rows:?}"
        );
        // 该公司 is still the one just spoken of.
        let t = t.replace("三季度，公司", "三季度，该公司");
        let rows = fact_rows(&t);
        assert!(
            rows.iter()
                .any(|(h, _, v)| h == "雅安岚雪锂盐有限公司" && v == "6120元/吨"),
            "{rows:?}"
        );
    }

    #[test]
    fn a_subsidiary_named_only_with_its_role_is_the_report_companys() {
        let t = "岚雪锂业股份有限公司发布三季度报告。公司表示，将继续扩产。\
                 作为公司的“压舱石”，负责雅江县采选的全资子公司甘孜岚雪矿业有限公司运行平稳。\
                 作为向材料端延伸的关键平台，全资子公司雅安岚雪锂盐有限公司坐落于雅安市名山区。";
        assert_related(
            t,
            Relation::SubsidiaryOf,
            "甘孜岚雪矿业有限公司",
            "岚雪锂业股份有限公司",
        );
        assert_related(
            t,
            Relation::SubsidiaryOf,
            "雅安岚雪锂盐有限公司",
            "岚雪锂业股份有限公司",
        );
        // Not after words that may hold a name the recognizer missed.
        let t = "岚雪锂业股份有限公司发布报告。岚石新能位于内蒙古乌兰察布的控股子公司乌兰察布岚石新材料有限公司投产。";
        assert_not_related(
            t,
            Relation::SubsidiaryOf,
            "乌兰察布岚石新材料有限公司",
            "岚雪锂业股份有限公司",
        );
    }

    #[test]
    fn a_visits_stop_places_the_body_called_on_there() {
        let t = "考察团首站来到深圳市宝安区，走进深圳市岚锰新能源材料股份有限公司。\
                 当天下午，考察团驱车前往深圳东部的坪山区，考察深圳岚芯储能科技有限公司。";
        assert_related(
            t,
            Relation::LocatedIn,
            "深圳市岚锰新能源材料股份有限公司",
            "宝安区",
        );
        assert_related(t, Relation::LocatedIn, "深圳岚芯储能科技有限公司", "坪山区");
        // Not a body the visitors meet after other words.
        let t = "考察团来到坪山区，与岚芯储能科技有限公司座谈交流。";
        assert_not_related(t, Relation::LocatedIn, "岚芯储能科技有限公司", "坪山区");
    }

    #[test]
    fn gai_xian_refers_back_to_the_last_county() {
        // (Not the city named after it: 该县 is a county.)
        let t = "长兴县隶属湖州市，是电动自行车电池生产基地。据岚兴电池协会介绍，\
                 该县现有锂电池生产企业63家，2024年锂电池产业产值突破210亿元。";
        assert_eq!(fact_holders(t), ["长兴县"; 2]);
    }

    #[test]
    fn batches_are_a_unit_of_count() {
        let t = "浙江省岚川产品质量检验研究院承检68批次，其中不合格5批次。";
        let rows = fact_rows(t);
        assert!(
            rows.iter()
                .any(|(h, _, v)| h == "浙江省岚川产品质量检验研究院" && v == "68批次"),
            "{rows:?}"
        );
        assert!(rows.iter().any(|(_, _, v)| v == "5批次"), "{rows:?}");
    }

    #[test]
    fn a_rate_named_by_its_own_word_does_not_continue_the_growth_before_it() {
        // Regression: 精矿品位稳定在5.5%以上 after 环比增长12% was read as a growth.
        let t =
            "本季度岚泰矿业有限公司生产锂辉石精矿3.2万吨，环比增长12%，精矿品位稳定在5.5%以上。";
        assert_eq!(indicators(t)[1..], ["环比增长", "品位"]);
        let t = "岚川动力电池有限公司营业收入同比增长20%，产线良率提升至95%，开工率约为80%。";
        assert_eq!(indicators(t), ["同比增长", "良率", "开工率"]);
    }

    #[test]
    fn the_unit_of_a_figure_before_is_no_label_of_the_next() {
        // Regression: 投资30亿元的20GWh储能电池项目 labelled 20GWh 亿元.
        let t = "岚川动力电池有限公司投资30亿元的20GWh储能电池项目正式投产。";
        let labels = indicators(t);
        assert_eq!(labels.len(), 2, "{labels:?}");
        assert!(!labels[1].contains("亿元"), "{labels:?}");
        // A year before the words is no figure's unit.
        let t = "岚川动力电池有限公司2024年碳酸锂产量3.2万吨。";
        assert_eq!(indicators(t), ["产量"]);
    }

    #[test]
    fn a_count_right_after_a_product_counts_the_product() {
        // Regression: 充电桩12000个 was taken for a count of the list before it and
        // dropped; 万个 was no unit.
        let t = "梧州市已建成充电桩12000个。梧州市已建成换电站1.2万个。";
        assert_eq!(fact_holders(t), ["梧州市", "梧州市"]);
        // A count of the names listed right before it still counts the list.
        let t = "岚峰锂业股份有限公司、岚川动力电池有限公司2家企业入选。";
        assert!(fact_holders(t).is_empty());
    }

    #[test]
    fn a_short_name_note_with_a_comma_inside_keeps_the_list_one_clause() {
        // Regression: the comma inside （PT Kesan，以下简称“柯山矿业”） split the clause,
        // and the signing tied no one.
        let t = "岚峰新能源集团股份有限公司（以下简称“岚峰集团”）与深圳鹤岭新材料科技有限公司\
                 （以下简称“鹤岭新材”）、柯山矿业有限公司（PT Kesan Tambang，以下简称“柯山矿业”）\
                 签署合资协议。";
        assert_eq!(
            related(t, Relation::CooperatesWith),
            pairs(&[
                ("岚峰新能源集团股份有限公司", "柯山矿业有限公司"),
                ("岚峰新能源集团股份有限公司", "深圳鹤岭新材料科技有限公司")
            ])
        );
    }

    #[test]
    fn an_address_field_locates_the_organization_its_label_names() {
        let t = "招标人：岚峰储能科技有限公司\n\
                 招标代理机构：鹤岭招标代理有限公司\n\
                 招标人地址：甘肃省张掖市高台县解放北路66号\n\
                 代理机构地址：甘肃省兰州市城关区庆阳路219号\n";
        let located: Vec<(String, String)> = related(t, Relation::LocatedIn)
            .into_iter()
            .filter(|(h, _)| h.ends_with("公司"))
            .collect();
        assert_eq!(
            located,
            pairs(&[
                ("岚峰储能科技有限公司", "高台县"),
                ("鹤岭招标代理有限公司", "城关区")
            ])
        );
        // An address whose label names no one is the nearest organization's.
        let t = "企业名称：岚峰储能科技有限公司\n注册地址：湖南省郴州市苏仙区\n";
        assert_eq!(
            related(t, Relation::LocatedIn)
                .into_iter()
                .filter(|(h, _)| h.ends_with("公司"))
                .collect::<Vec<_>>(),
            pairs(&[("岚峰储能科技有限公司", "苏仙区")])
        );
    }

    #[test]
    fn a_region_name_several_places_share_is_the_one_under_the_parent_named() {
        // Regression: 城关区 was read as 拉萨市's only, so 兰州市城关区 tied nothing.
        let t = "项目位于甘肃省兰州市城关区。";
        assert_related(t, Relation::LocatedIn, "城关区", "兰州市");
        let t = "项目位于西藏拉萨市城关区。";
        assert_related(t, Relation::LocatedIn, "城关区", "拉萨市");
    }

    #[test]
    fn the_investors_of_a_round_invest_in_the_company_that_raised_it() {
        let t = "深圳岚芯新能源科技有限公司近日完成近3亿元A轮融资。本轮由沣岳资本领投，\
                 青禾创投、山东省新能源产业引导基金（有限合伙）跟投，老股东禾川创投继续加注。\n\
                 投资方：沣岳资本（领投）、青禾创投、鹭岛资本\n";
        let inv = related(t, Relation::InvestsIn);
        for investor in [
            "沣岳资本",
            "青禾创投",
            "山东省新能源产业引导基金（有限合伙）",
            "禾川创投",
            "鹭岛资本",
        ] {
            assert!(
                inv.contains(&(investor.into(), "深圳岚芯新能源科技有限公司".into())),
                "{investor}: {inv:?}"
            );
        }
        // A figure of the round is the company's that raised it, not the last
        // investor's.
        let t2 = "深圳岚芯新能源科技有限公司近日完成近3亿元A轮融资。鹭岛资本担任财务顾问。\
                  据透露，本轮投后估值已超过20亿元。";
        let rows = fact_rows(t2);
        assert!(
            rows.iter()
                .any(|(s, _, v)| s == "深圳岚芯新能源科技有限公司" && v == "20亿元"),
            "{rows:?}"
        );
        // No round raised, no one to invest in: the verb alone ties nothing.
        assert_eq!(
            related("沣岳资本领投，青禾创投跟投。", Relation::InvestsIn),
            []
        );
        // In an interview the round no one is said to have raised is the speaking
        // company's.
        let t3 = "记者：柯山岚芯储能科技股份有限公司成立五年，融资进展如何？\n\
                  岚芯：我们去年完成B轮，规模12亿元，由沣岳资本领投、青禾创投跟投。\n";
        let inv = related(t3, Relation::InvestsIn);
        for investor in ["沣岳资本", "青禾创投"] {
            assert!(
                inv.contains(&(investor.into(), "柯山岚芯储能科技股份有限公司".into())),
                "{investor}: {inv:?}"
            );
        }
    }

    #[test]
    fn a_round_verb_before_a_company_names_the_company_that_raised_the_round() {
        let t = "岚谷资本管理有限公司领投岚川固态电池科技有限公司B轮融资，岚海创投跟投。\
                 本轮融资由沣岳资本领投。";
        let inv = related(t, Relation::InvestsIn);
        for investor in ["岚谷资本管理有限公司", "岚海创投", "沣岳资本"] {
            assert!(
                inv.contains(&(investor.into(), "岚川固态电池科技有限公司".into())),
                "{investor}: {inv:?}"
            );
        }
        let t = "芜湖市鸠江区产业投资基金领投岚钠新能源科技有限公司的A轮融资。";
        assert_related(
            t,
            Relation::InvestsIn,
            "芜湖市鸠江区产业投资基金",
            "岚钠新能源科技有限公司",
        );
    }

    #[test]
    fn a_mining_right_result_gives_its_figures_to_the_winner_who_invests_in_the_county() {
        let t = "一、出让结果\n矿业权名称：河北宁晋县贾家口锂矿勘探\n\
                 矿区位置：河北省邢台市宁晋县贾家口镇北约12公里\n\
                 出让面积：18.36平方千米\n成交价：52800万元\n\
                 竞得人：岚金矿业开发有限公司\n";
        let rows = fact_rows(t);
        for v in ["18.36平方千米", "52800万元"] {
            assert!(
                rows.iter()
                    .any(|(s, _, x)| s == "岚金矿业开发有限公司" && x == v),
                "{v}: {rows:?}"
            );
        }
        // The works stand in the town; the investment is in its county.
        let inv = related(t, Relation::InvestsIn);
        assert_eq!(
            inv,
            [("岚金矿业开发有限公司".to_string(), "宁晋县".to_string())]
        );
        assert!(located(t).contains(&("贾家口镇".into(), "宁晋县".into())));
    }

    #[test]
    fn stakes_subsidiaries_and_the_addresses_of_a_headed_block() {
        let t = "宜春岚锂新材料有限公司（以下简称“岚锂新材”）是锂盐企业。\n\
                 1．宜丰县岚锂矿业有限公司：注册资本5,000万元，岚锂新材持股100%。\n\
                 2．江西岚渣循环科技有限公司：注册资本3,000万元，岚锂新材持股20%。\n\
                 岚锂新材所用锂云母精矿来自其全资子公司奉新县岚云矿业有限公司。\n";
        let sub = related(t, Relation::SubsidiaryOf);
        for child in ["宜丰县岚锂矿业有限公司", "奉新县岚云矿业有限公司"] {
            assert!(
                sub.contains(&(child.into(), "宜春岚锂新材料有限公司".into())),
                "{child}: {sub:?}"
            );
        }
        let inv = related(t, Relation::InvestsIn);
        assert!(inv.contains(&(
            "宜春岚锂新材料有限公司".into(),
            "江西岚渣循环科技有限公司".into()
        )));
        assert!(!sub.iter().any(|(c, _)| c == "江西岚渣循环科技有限公司"));
        let t = "永晟控股集团有限公司持有宜春岚锂新材料有限公司51%股权。";
        assert_eq!(
            related(t, Relation::SubsidiaryOf),
            [(
                "宜春岚锂新材料有限公司".to_string(),
                "永晟控股集团有限公司".to_string()
            )]
        );
        // A block's address belongs to the body its heading names.
        let t = "（一）宜春岚泰投资有限公司\n注册资本：5,000万元\n法定代表人：钟立山\n\
                 住所：江西省宜春市袁州区宜阳大道296号\n";
        assert!(located(t).contains(&("宜春岚泰投资有限公司".into(), "袁州区".into())));
    }

    #[test]
    fn its_product_supplied_to_buyers_is_the_topic_companys() {
        let t = "深圳岚维新能源科技有限公司专注钠离子电池。两轮车方面，其电池已批量配套雅迪和岚驹科技有限公司。";
        let sup = related(t, Relation::Supplies);
        assert!(
            sup.contains(&("深圳岚维新能源科技有限公司".into(), "雅迪".into())),
            "{sup:?}"
        );
        assert!(!sup.iter().any(|(a, _)| a == "雅迪"), "{sup:?}");
        // 其中 is no pronoun: the sentence's own company sells.
        let t =
            "岚磷新能源材料有限公司已建成磷酸铁产能15万吨/年，其中约40%供应岚泓新材料有限公司。";
        assert_related(
            t,
            Relation::Supplies,
            "岚磷新能源材料有限公司",
            "岚泓新材料有限公司",
        );
    }

    #[test]
    fn a_copula_takes_a_post_and_later_clauses_add_posts() {
        let t = "联合创始人欧阳岚是岚山理工大学教授，兼任深圳岚维新能源科技有限公司首席科学家，主导硬碳开发。";
        let w = related(t, Relation::WorksAt);
        for org in ["岚山理工大学", "深圳岚维新能源科技有限公司"] {
            assert!(w.contains(&("欧阳岚".into(), org.into())), "{org}: {w:?}");
        }
        // A copula without a title after the body takes no post.
        let t = "岚峰锂业总经理王建国表示，岚峰锂业是宁德时代的供应商。";
        let w = related(t, Relation::WorksAt);
        assert!(!w.iter().any(|(_, o)| o == "宁德时代"), "{w:?}");
    }

    #[test]
    fn a_body_described_by_place_and_trade_is_there_and_a_partner_too() {
        let t = "岚维新能源科技有限公司与意大利储能集成商Velora Energia S.p.A.签署框架协议。";
        assert_related(
            t,
            Relation::CooperatesWith,
            "岚维新能源科技有限公司",
            "Velora Energia S.p.A.",
        );
        assert!(located(t).contains(&("Velora Energia S.p.A.".into(), "意大利".into())));
        let t = "公司向澳大利亚锂矿商岚山矿业有限公司采购锂辉石。";
        assert!(located(t).contains(&("岚山矿业有限公司".into(), "澳大利亚".into())));
        let t = "该工厂主要为德国车企岚沃克汽车集团有限公司配套磷酸铁锂电芯。";
        assert!(located(t).contains(&("岚沃克汽车集团有限公司".into(), "德国".into())));
        // A place and a plain word are no description (澳大利亚的锂辉石, 在澳大利亚投资).
        let t = "岚峰锂业有限公司在澳大利亚投资建设锂辉石项目。";
        assert!(!located(t).contains(&("岚峰锂业有限公司".into(), "澳大利亚".into())));
    }

    #[test]
    fn a_pronoun_joining_a_body_is_the_last_person_named() {
        let t = "深圳岚维新能源科技有限公司创始人宋启远毕业于岚山大学。2016年他加入宁德时代，先后担任高级经理。";
        let w = related(t, Relation::WorksAt);
        assert!(w.contains(&("宋启远".into(), "宁德时代".into())), "{w:?}");
        // A sentence that names its own person decides for itself.
        let t = "岚峰锂业有限公司总经理王建国介绍。李明加入宁德时代已有五年，他表示满意。";
        let w = related(t, Relation::WorksAt);
        assert!(!w.contains(&("王建国".into(), "宁德时代".into())), "{w:?}");
    }

    #[test]
    fn the_units_of_a_joint_work_cooperate_pairwise() {
        let t = "标准名称：钠离子电池硬碳\n主编单位：岚碳新材料有限公司\n岚山大学\n\
                 参编单位：鹭循科技有限公司、岚州锂电研究院\n\
                 该标准将于明年实施。\n";
        let co = related(t, Relation::CooperatesWith);
        assert_eq!(co.len(), 6, "{co:?}");
        // Units of separate lists (two projects) are not partners.
        let t = "一、硬碳项目\n完成单位：岚碳新材料有限公司、岚山大学\n主要完成人：王建国\n\
                 二、回收项目\n完成单位：鹭循科技有限公司、岚州锂电研究院\n";
        let co = related(t, Relation::CooperatesWith);
        assert_eq!(co.len(), 2, "{co:?}");
    }

    #[test]
    fn a_town_or_a_place_abroad_lies_in_the_region_written_before_it() {
        let t = "项目选址河北省邢台市宁晋县贾家口镇，贾家口镇距县城12公里。";
        let l = located(t);
        assert!(l.contains(&("贾家口镇".into(), "宁晋县".into())), "{l:?}");
        let t = "岚澜镍业将在印尼南苏门答腊省穆阿拉埃尼姆县建设冶炼厂。";
        let l = located(t);
        assert!(
            l.contains(&("南苏门答腊省".into(), "印度尼西亚".into())),
            "{l:?}"
        );
        assert!(
            l.contains(&("穆阿拉埃尼姆县".into(), "南苏门答腊省".into())),
            "{l:?}"
        );
        // A body placed there is in the deepest place named, the town.
        let t = "岚循再生科技有限公司位于宁晋县贾家口镇。";
        let l = located(t);
        assert!(
            l.contains(&("岚循再生科技有限公司".into(), "贾家口镇".into())),
            "{l:?}"
        );
    }

    #[test]
    fn units_per_year_scores_households_and_thousands_separators() {
        let rows = fact_rows(
            "截至2024年末，岚膜新材料科技股份有限公司湿法隔膜产能约21亿平方米/年，股东总户数为27,935户。",
        );
        let values: Vec<&str> = rows.iter().map(|(_, _, v)| v.as_str()).collect();
        assert_eq!(values, ["21亿平方米/年", "27935户"]);
        let rows = fact_rows("岚峰电力建设有限公司评标得分92.36分，工期5分钟内完成。");
        let values: Vec<&str> = rows.iter().map(|(_, _, v)| v.as_str()).collect();
        assert_eq!(values, ["92.36分"]);
        // Visits are counted in 人次.
        let rows = fact_rows("2025岚峰储能博览会首日入场专业观众4.3万人次。");
        let values: Vec<&str> = rows.iter().map(|(_, _, v)| v.as_str()).collect();
        assert_eq!(values, ["4.3万人次"]);
        // Sets of machines (台套) and a price per share (元/股).
        let rows = fact_rows("岚峰智能装备有限公司的叠片机已投用26台套，收盘价28.46元/股。");
        let values: Vec<&str> = rows.iter().map(|(_, _, v)| v.as_str()).collect();
        assert_eq!(values, ["26台套", "28.46元/股"]);
        // Tonnes a year written t/a are a capacity, the company's, not a price.
        let rows = fact_rows(
            "岚峰循环科技有限公司建设再生利用项目。主要产品为电池级硫酸镍21000t/a、硫酸锰5600t/a。",
        );
        assert_eq!(
            rows.iter()
                .map(|(h, _, v)| format!("{h} {v}"))
                .collect::<Vec<_>>(),
            [
                "岚峰循环科技有限公司 21000t/a",
                "岚峰循环科技有限公司 5600t/a"
            ]
        );
    }

    #[test]
    fn an_investor_qa_page_calls_the_company_that_answers_gongsi() {
        let t = "岚膜科技（301629）\n公司全称：南通岚膜新材料科技股份有限公司\n\
                 投资者_abc 提问：\n请问公司隔膜主要卖给哪些电池厂？\n岚膜科技 回复：\n\
                 您好！目前公司产品已批量供应宁德时代、比亚迪等电池企业。\n";
        assert_eq!(
            related(t, Relation::Supplies),
            pairs(&[
                ("南通岚膜新材料科技股份有限公司", "宁德时代"),
                ("南通岚膜新材料科技股份有限公司", "比亚迪")
            ])
        );
    }

    #[test]
    fn what_a_product_is_for_is_not_made_with_it() {
        let t = "岚膜新材料科技股份有限公司正在开发适用于半固态电池的氧化物涂覆复合隔膜。";
        assert_eq!(
            related(t, Relation::Produces),
            pairs(&[("岚膜新材料科技股份有限公司", "隔膜")])
        );
    }

    #[test]
    fn a_later_clause_listing_its_products_names_what_the_company_makes() {
        let t = "总部位于杭州的岚峰集团股份有限公司是国内第二梯队的电池企业，产品覆盖动力电芯、电池模组和储能电池系统，广泛应用于新能源汽车。";
        assert_related(t, Relation::Produces, "岚峰集团股份有限公司", "电池模组");
        assert_related(t, Relation::Produces, "岚峰集团股份有限公司", "电芯");
        // What the products are used in is not made.
        assert_not_related(t, Relation::Produces, "岚峰集团股份有限公司", "新能源汽车");
        // Nor are its customers' goods.
        let t = "岚峰锂业股份有限公司是一家锂盐企业，客户覆盖动力电池和储能电池企业。";
        assert_not_related(t, Relation::Produces, "岚峰锂业股份有限公司", "储能电池");
    }

    #[test]
    fn a_later_clause_with_a_capacity_and_only_a_place_goes_on_with_the_sentences_company() {
        let t = "江西宏晟新材料股份有限公司是江西宜春的一家负极材料企业，目前在宜春已形成硅碳负极产能8000吨。";
        assert_related(
            t,
            Relation::Produces,
            "江西宏晟新材料股份有限公司",
            "硅碳负极",
        );
        // Partners referred back to together are not the sentence's first company alone.
        let t = "岚峰新能源集团股份有限公司与宏川矿业有限公司签署合资协议，双方将在印尼共同建设年产5万吨三元前驱体生产线。";
        assert_not_related(
            t,
            Relation::Produces,
            "岚峰新能源集团股份有限公司",
            "三元前驱体",
        );
    }

    #[test]
    fn partners_a_later_clause_speaks_for_invest_where_they_build_together() {
        // Regression: only the first of three partners invested, and partners building
        // a line (no body) together invested nowhere.
        let t = "岚澜集团股份有限公司与宏晟新材料科技有限公司、岚拉矿业有限公司签署合资协议，三方将在印尼北马鲁古省岚湾工业园共同建设湿法冶炼镍钴项目。";
        for partner in [
            "岚澜集团股份有限公司",
            "宏晟新材料科技有限公司",
            "岚拉矿业有限公司",
        ] {
            assert_related(t, Relation::InvestsIn, partner, "岚湾工业园");
        }
        let t = "今年7月，岚循再生资源有限公司与宏晟储能科技有限公司签署战略合作协议，双方将在达拉特旗共建退役电池梯次利用示范线。";
        assert_related(t, Relation::InvestsIn, "岚循再生资源有限公司", "达拉特旗");
        assert_related(t, Relation::InvestsIn, "宏晟储能科技有限公司", "达拉特旗");
        // The partners of a cooperation the subject entered go on with no one: the
        // subject alone builds its network.
        let t = "岚循新能源有限公司已与宏迪汽车有限公司、宏安汽车有限公司等车企建立回收合作，并在赣州、吉安等地布局回收服务网点32个。";
        assert_not_related(t, Relation::InvestsIn, "宏迪汽车有限公司", "赣州市");
    }

    #[test]
    fn partners_funding_a_company_with_stakes_named_invest_in_it_but_the_parent() {
        let t = "岚岭新碳材料有限公司由湖南湘峰炭素股份有限公司与永宁县城市建设投资有限责任公司共同出资组建，湖南湘峰炭素股份有限公司持股65%。";
        assert_related(
            t,
            Relation::InvestsIn,
            "永宁县城市建设投资有限责任公司",
            "岚岭新碳材料有限公司",
        );
        assert_related(
            t,
            Relation::SubsidiaryOf,
            "岚岭新碳材料有限公司",
            "湖南湘峰炭素股份有限公司",
        );
        assert_not_related(
            t,
            Relation::InvestsIn,
            "湖南湘峰炭素股份有限公司",
            "岚岭新碳材料有限公司",
        );
        // With no stake named, which partner is the parent is not said.
        let t = "湖南湘峰炭素股份有限公司与永宁县城市建设投资有限责任公司共同出资组建岚岭新碳材料有限公司。";
        assert_not_related(
            t,
            Relation::InvestsIn,
            "永宁县城市建设投资有限责任公司",
            "岚岭新碳材料有限公司",
        );
    }

    #[test]
    fn a_stake_held_by_a_back_reference_is_not_the_named_partners() {
        // Regression: 由公司与B共同出资设立，公司持股75% gave B the stake and the
        // subsidiary, in a text that is no company's own.
        let t = "岚峰新材料股份有限公司成立于2010年，主营电解液。\n2023年，四川岚氟新能源有限公司在眉山市彭山区成立，由公司与眉山岷峰产业投资有限公司共同出资设立，公司持股75%。\n";
        assert_related(
            t,
            Relation::SubsidiaryOf,
            "四川岚氟新能源有限公司",
            "岚峰新材料股份有限公司",
        );
        assert_not_related(
            t,
            Relation::SubsidiaryOf,
            "四川岚氟新能源有限公司",
            "眉山岷峰产业投资有限公司",
        );
    }

    #[test]
    fn a_body_whose_line_of_work_is_recycling_is_in_the_recycling_stage() {
        let in_recycling = |t: &str, who: &str| {
            related(t, Relation::InStage).contains(&(who.into(), "回收".into()))
        };
        let t = "2019年，岚钜集团股份有限公司在上杭县设立全资子公司岚钜循环科技（龙岩）有限公司（以下简称“岚钜循环”），专业从事废旧锂电池回收与再生利用。";
        assert!(in_recycling(t, "岚钜循环科技（龙岩）有限公司"));
        assert!(!in_recycling(t, "岚钜集团股份有限公司"));
        let t = "岚循新能源科技有限公司成立于2019年，是岚州稀金循环产业集团有限公司控股子公司，专注于废旧动力电池梯次利用、拆解和再生利用。";
        assert!(in_recycling(t, "岚循新能源科技有限公司"));
        // A region's plan is no company's line of work.
        let t = "岚峰锂业股份有限公司是一家锂盐企业。近年来，赣州市依托稀土和锂资源优势，加快布局电池回收产业。";
        assert!(!in_recycling(t, "岚峰锂业股份有限公司"));
        // A later clause with no holder goes on with the line of work before it, not with
        // the owner the sentence opens on.
        let t = "岚陵锂源新材料股份有限公司旗下控股子公司岚湘循环科技有限公司专注于电池回收，主要从事梯次利用和湿法回收业务。";
        assert!(in_recycling(t, "岚湘循环科技有限公司"));
        assert!(!in_recycling(t, "岚陵锂源新材料股份有限公司"));
        // Nor is a line of work that is not recycling, nor a rate of recovery.
        let t = "岚峰锂业股份有限公司专业从事锂盐的研发和生产，产品回收率行业领先。";
        assert!(!in_recycling(t, "岚峰锂业股份有限公司"));
        let t = "岚峰锂业股份有限公司专注于锂云母提锂，锂回收率达到90%。";
        assert!(!in_recycling(t, "岚峰锂业股份有限公司"));
    }

    #[test]
    fn a_product_bought_from_a_seller_in_a_later_clause_is_supplied_to_the_sentences_company() {
        let t = "岚盛能源科技有限公司的正极材料主要由岚晟新材料有限公司供应，电解液则采购自岚氟多化工股份有限公司。";
        assert_related(
            t,
            Relation::Supplies,
            "岚氟多化工股份有限公司",
            "岚盛能源科技有限公司",
        );
        // Past the seller's place chain too.
        let t = "岚盛能源科技有限公司的电解液采购自浙江省衢州市的岚峰化工股份有限公司。";
        assert_related(
            t,
            Relation::Supplies,
            "岚峰化工股份有限公司",
            "岚盛能源科技有限公司",
        );
        // A buyer in the clause is still the one who buys.
        let t = "岚川电池股份有限公司是一家电池企业。电解液的核心原料六氟磷酸锂，岚盛能源科技有限公司主要采购自岚氟多化工股份有限公司。";
        assert_related(
            t,
            Relation::Supplies,
            "岚氟多化工股份有限公司",
            "岚盛能源科技有限公司",
        );
    }

    #[test]
    fn a_sentence_opening_on_an_events_head_word_gives_it_the_figures_no_one_holds() {
        let t = "11月20日，2025岚州新能源电池产业链供需对接会在滁州市举行。\
                 岚峰锂业股份有限公司与宏川矿业有限公司签署了合作协议。\
                 对接会现场举行了供需合作集中签约仪式，共签约项目16个，签约金额186.5亿元。";
        assert_eq!(
            fact_holders(t),
            [
                "2025岚州新能源电池产业链供需对接会",
                "2025岚州新能源电池产业链供需对接会"
            ]
        );
    }

    #[test]
    fn the_latter_and_the_former_stand_for_the_pair_named_before() {
        let t = "滁州经济技术开发区管委会与安徽岚元科技有限公司签约，后者将在滁州经济技术开发区投资30亿元建设年产10亿平方米湿法隔膜项目。";
        assert_related(
            t,
            Relation::InvestsIn,
            "安徽岚元科技有限公司",
            "滁州经济技术开发区",
        );
        assert_eq!(
            fact_holders(t),
            ["安徽岚元科技有限公司", "安徽岚元科技有限公司"]
        );
        let t = "江苏岚泰锂电材料股份有限公司本周与岚德新能源科技股份有限公司签订长期供货协议，约定2026年向后者供应磷酸铁锂12万吨。";
        assert_related(
            t,
            Relation::Supplies,
            "江苏岚泰锂电材料股份有限公司",
            "岚德新能源科技股份有限公司",
        );
        // With no pair, the latter is the organization named last.
        let t = "该公司由岚疆矿业投资有限公司100%持股，后者则是浙江岚锂新能源股份有限公司的全资子公司。";
        assert_related(
            t,
            Relation::SubsidiaryOf,
            "岚疆矿业投资有限公司",
            "浙江岚锂新能源股份有限公司",
        );
    }

    #[test]
    fn a_modal_between_a_founder_and_its_partner_keeps_them_together() {
        // Regression: A将与B共建C founded nothing (将与 was no joiner, as 还与 is).
        let t = "岚峰锂业股份有限公司将与岚山大学共同组建岚峰锂电材料研究院。";
        assert_related(
            t,
            Relation::Established,
            "岚峰锂业股份有限公司",
            "岚峰锂电材料研究院",
        );
        assert_related(t, Relation::Established, "岚山大学", "岚峰锂电材料研究院");
        assert_related(
            t,
            Relation::CooperatesWith,
            "岚峰锂业股份有限公司",
            "岚山大学",
        );
        // So do adverbs and dates (近日, 正式, 今年3月).
        for between in ["近日", "正式", "此前已", "今年3月", "于2024年"] {
            let t = format!(
                "岚峰锂业股份有限公司{between}与岚川动力电池有限公司共同设立岚峰动力科技有限公司。"
            );
            for founder in ["岚峰锂业股份有限公司", "岚川动力电池有限公司"] {
                assert_related(&t, Relation::Established, founder, "岚峰动力科技有限公司");
            }
        }
    }

    #[test]
    fn a_stake_bought_with_an_aspect_particle_is_in_the_company_bought() {
        // Regression: 收购了B 51%股权 gave the buyer B's stake.
        let t = "岚峰锂业股份有限公司近日收购了岚江矿业有限公司51%股权。";
        assert_eq!(fact_holders(t), ["岚江矿业有限公司"]);
    }

    #[test]
    fn settling_in_a_park_is_investing_there() {
        let t = "岚峰锂业股份有限公司正式入驻射洪经济技术开发区。";
        assert_related(
            t,
            Relation::InvestsIn,
            "岚峰锂业股份有限公司",
            "射洪经济技术开发区",
        );
        // The noun (入驻企业) ties no one.
        let t = "射洪经济技术开发区入驻企业已达52家，岚峰锂业股份有限公司是其中之一。";
        assert_not_related(
            t,
            Relation::InvestsIn,
            "岚峰锂业股份有限公司",
            "射洪经济技术开发区",
        );
    }

    #[test]
    fn a_trigger_inside_a_parks_name_is_no_verb() {
        // Regression: 开发 of 高新技术产业开发区 made the company produce what it
        // builds a recycling base for.
        let t = "岚峰锂业股份有限公司计划在岚州高新技术产业开发区建设锂电池回收基地。";
        assert_not_related(t, Relation::Produces, "岚峰锂业股份有限公司", "锂电池");
        assert_related(
            t,
            Relation::InvestsIn,
            "岚峰锂业股份有限公司",
            "岚州高新技术产业开发区",
        );
    }

    #[test]
    fn partners_applying_for_or_drafting_one_work_together_cooperate() {
        let t = "岚州大学与岚峰锂业股份有限公司联合申报的“高镍三元正极材料关键技术”项目获省科技进步一等奖。";
        assert_related(
            t,
            Relation::CooperatesWith,
            "岚州大学",
            "岚峰锂业股份有限公司",
        );
        let t = "该标准由岚州电池行业协会与岚峰锂业股份有限公司共同起草。";
        assert_related(
            t,
            Relation::CooperatesWith,
            "岚州电池行业协会",
            "岚峰锂业股份有限公司",
        );
    }

    #[test]
    fn how_a_company_funds_its_subsidiary_may_stand_before_the_founding() {
        let t =
            "岚峰锂业股份有限公司拟以自有资金2亿元在宜宾市设立全资子公司宜宾岚峰新材料有限公司。";
        assert_related(
            t,
            Relation::Established,
            "岚峰锂业股份有限公司",
            "宜宾岚峰新材料有限公司",
        );
        // Not across a clause.
        let t = "岚峰锂业股份有限公司主营碳酸锂，岚川集团有限公司2024年在宜宾市设立全资子公司宜宾岚川新材料有限公司。";
        assert_not_related(
            t,
            Relation::Established,
            "岚峰锂业股份有限公司",
            "宜宾岚川新材料有限公司",
        );
    }

    #[test]
    fn a_product_that_only_qualifies_the_next_is_not_made_on_its_own() {
        // Regression: B的磷酸铁锂刀片电池 made B a maker of 磷酸铁锂.
        let t = "岚驰汽车有限公司新款车型搭载岚川动力电池有限公司的磷酸铁锂刀片电池。";
        assert_related(t, Relation::Produces, "岚川动力电池有限公司", "刀片电池");
        assert_not_related(t, Relation::Produces, "岚川动力电池有限公司", "磷酸铁锂");
        assert_related(
            t,
            Relation::Supplies,
            "岚川动力电池有限公司",
            "岚驰汽车有限公司",
        );
    }

    #[test]
    fn a_company_with_products_in_brackets_makes_them() {
        let made = related(
            "配套企业有岷江澜石科技有限公司（湿法隔膜）、雅安峰禾材料有限公司（氢氧化锂、碳酸锂）。",
            Relation::Produces,
        );
        for (c, p) in [
            ("岷江澜石科技有限公司", "隔膜"),
            ("雅安峰禾材料有限公司", "氢氧化锂"),
            ("雅安峰禾材料有限公司", "碳酸锂"),
        ] {
            assert!(made.contains(&(c.into(), p.into())), "{c} {p}: {made:?}");
        }
        // Brackets that give a Chinese name, a customer or what is recycled.
        for text in [
            "Norvik Cells GmbH（诺维克电池系统）首次参展。",
            "岷江澜石科技有限公司（锂电池回收）首次参展。",
            "岷江澜石科技有限公司（正极材料客户）首次参展。",
        ] {
            assert!(related(text, Relation::Produces).is_empty(), "{text}");
        }
    }

    #[test]
    fn a_company_held_by_another_or_noted_as_its_subsidiary_is_its_subsidiary() {
        for t in [
            "岚峰储能电池科技有限公司由深圳鹤岭新能源集团股份有限公司控股。",
            "招标人：岚峰储能电池科技有限公司（深圳鹤岭新能源集团股份有限公司全资子公司）",
            // A list's line: the dash before 由.
            "岚峰储能电池科技有限公司——由深圳鹤岭新能源集团股份有限公司控股，建有产线。",
        ] {
            assert_eq!(
                related(t, Relation::SubsidiaryOf),
                pairs(&[("岚峰储能电池科技有限公司", "深圳鹤岭新能源集团股份有限公司")]),
                "{t}"
            );
        }
    }

    #[test]
    fn a_project_carried_out_by_a_company_is_its_own() {
        let t = "项目由青海岚峰锂源新材料有限公司（以下简称“锂源新材”）投资建设，\
                 选址乌兰巴音循环经济产业园，总投资38.6亿元，分两期实施。\
                 一期形成2万吨/年电池级碳酸锂产能；二期建成后总产能将提升至5万吨LCE。";
        assert_eq!(
            related(t, Relation::InvestsIn),
            pairs(&[("青海岚峰锂源新材料有限公司", "乌兰巴音循环经济产业园")])
        );
        let rows = fact_rows(t);
        assert!(
            rows.iter()
                .all(|(h, _, _)| h == "青海岚峰锂源新材料有限公司"),
            "{rows:?}"
        );
        let values: Vec<&str> = rows.iter().map(|(_, _, v)| v.as_str()).collect();
        assert_eq!(values, ["38.6亿元", "2万吨/年", "5万吨LCE"]);
    }

    #[test]
    fn a_sentence_opening_on_main_products_names_its_companys() {
        let t = "岚峰循环科技有限公司年处理废旧锂电池8万吨。\
                 主要产品为电池级硫酸镍、电池级碳酸锂，副产铜粉及石墨渣。";
        assert_eq!(
            related(t, Relation::Produces),
            pairs(&[
                ("岚峰循环科技有限公司", "硫酸镍"),
                ("岚峰循环科技有限公司", "碳酸锂")
            ])
        );
    }

    #[test]
    fn a_model_equipped_with_a_makers_product_is_supplied_by_it() {
        let t = "岚峰汽车8月交付新车1.7万辆。“武当”搭载鹤岭动力提供的三元锂电池，\
                 “汉水”则采用柯山锂电的磷酸铁锂刀片电池。";
        assert_eq!(
            related(t, Relation::Supplies),
            pairs(&[("柯山锂电", "岚峰汽车"), ("鹤岭动力", "岚峰汽车")])
        );
        assert_related(t, Relation::Produces, "柯山锂电", "刀片电池");
    }

    #[test]
    fn a_carmaker_signing_a_battery_supply_agreement_buys() {
        let t = "作为产业链终端的整车企业，岚峰汽车在动力电池采购上采取多供应商策略。\
                 此外，岚峰汽车已与北京鹤岭新能源科技有限公司签署半固态电池供货协议。";
        assert_eq!(
            related(t, Relation::Supplies),
            pairs(&[("北京鹤岭新能源科技有限公司", "岚峰汽车")])
        );
    }

    #[test]
    fn a_product_sold_to_buyers_is_sold_by_its_maker() {
        let t = "岚峰动力量产的三元电芯能量密度达到286Wh/kg。目前，相关电芯已批量配套长安汽车、赛力斯等终端车企。";
        assert_eq!(
            related(t, Relation::Supplies),
            pairs(&[("岚峰动力", "赛力斯"), ("岚峰动力", "长安汽车")])
        );
        // Regression: with no maker shown, the first buyer sold to the second.
        assert!(related("电芯已配套长安汽车、赛力斯。", Relation::Supplies).is_empty());
    }

    #[test]
    fn an_award_notice_names_its_parties_by_their_roles() {
        let t = "招标人：岚峰储能科技有限公司\n\
                 第一中标候选人：柯山电力工程有限公司\n\
                 中标人：鹤岭电力建设有限公司\n\
                 电芯及电池系统：中标人承诺本项目所用电芯全部由宁德时代供货。\n";
        assert_eq!(
            related(t, Relation::Supplies),
            pairs(&[
                ("宁德时代", "鹤岭电力建设有限公司"),
                ("鹤岭电力建设有限公司", "岚峰储能科技有限公司")
            ])
        );
    }

    #[test]
    fn a_government_named_by_its_level_alone_is_the_main_regions() {
        let t = "2024年，都匀市锂电产业产值增长。市政府与贵州大学签署战略合作协议。\
                 市政府出台《岚山市支持新能源电池产业发展若干措施》。";
        assert_eq!(
            related(t, Relation::CooperatesWith),
            pairs(&[("都匀市人民政府", "贵州大学")])
        );
        assert_eq!(related(t, Relation::Issued).len(), 1);
    }

    #[test]
    fn a_figure_of_a_policy_or_of_a_body_just_founded_is_theirs() {
        let t = "市政府出台《岚山市支持新能源电池产业发展若干措施》（简称“新能源十条”），\
                 全年兑现“新能源十条”奖补资金1.26亿元。";
        assert_eq!(
            fact_holders(t),
            ["《岚山市支持新能源电池产业发展若干措施》"]
        );
        let t = "岚山锂业股份有限公司与贵州大学共建岚山新能源电池材料研究院，首批引进博士研发人员16名。";
        assert_eq!(fact_holders(t), ["岚山新能源电池材料研究院"]);
    }

    #[test]
    fn a_tables_rows_are_records_of_the_holder_its_header_names() {
        let t = "序号 项目名称 建设单位 建设地点 总投资（亿元） 2026年计划投资（亿元）\n\
                 1 年产8万吨磷酸铁项目 岚峰蓝田新材料有限公司 瓮安县 32 12\n\
                 2 年产5万吨六氟磷酸锂项目 鹤源锂盐化工有限责任公司 柯山经济开发区 18.5 6\n\
                 岚峰州工业和信息化局\n";
        assert_eq!(
            related(t, Relation::InvestsIn),
            pairs(&[
                ("岚峰蓝田新材料有限公司", "瓮安县"),
                ("鹤源锂盐化工有限责任公司", "柯山经济开发区")
            ])
        );
        assert_eq!(
            facts(t),
            [
                "岚峰蓝田新材料有限公司 产能 = 8 万吨",
                "岚峰蓝田新材料有限公司 投资额 = 32 亿元",
                "岚峰蓝田新材料有限公司 投资额 = 12 亿元 year=2026 target",
                // The row's own capacity is its holder's, not the row's before.
                "鹤源锂盐化工有限责任公司 产能 = 5 万吨",
                "鹤源锂盐化工有限责任公司 投资额 = 18.5 亿元",
                "鹤源锂盐化工有限责任公司 投资额 = 6 亿元 year=2026 target",
            ]
        );
        // Without a header naming the holder's column, rows are no records.
        let t = "序号 项目名称 单位 地点\n1 年产8万吨磷酸铁项目 岚峰蓝田新材料有限公司 柯山市 32\n";
        assert!(related(t, Relation::InvestsIn).is_empty());
    }

    #[test]
    fn a_penalty_is_the_figure_of_the_one_it_is_laid_on() {
        // Regression: 阿坝州生态环境局依法对岷川锂业作出罚款186万元 gave the fine to the bureau.
        for t in [
            "处理情况：岚州市生态环境局依法对岚川锂业有限公司作出罚款186万元的行政处罚。",
            "处理情况：岚州市生态环境局对岚川锂业有限公司罚款95万元。",
        ] {
            assert_eq!(fact_holders(t), ["岚川锂业有限公司"], "{t}");
        }
    }

    #[test]
    fn the_place_an_event_is_held_in_does_not_host_it() {
        // Regression: 在鄂尔多斯市举办的…大会上 made the city the host (the topic
        // stood in for the unsaid subject).
        let t = "岚辰矿业5.46亿元大单落地榆林\n\
                 标签：换电重卡　矿山运输　磷酸铁锂　榆林\n\
                 【岚车新能源网 讯】6月18日，在榆林市举办的2025中国（榆林）新能源商用车产业大会上，\
                 岚辰矿业集团有限公司与岚驰重型汽车股份有限公司签署采购合同。";
        assert!(
            related(t, Relation::Hosts).is_empty(),
            "{:?}",
            related(t, Relation::Hosts)
        );
    }

    #[test]
    fn an_events_host_fields_at_the_top_of_its_page_host_it() {
        // Regression: 主办单位 | A、B under a fair's title gave no hosts.
        let t = "2025第六届岚南国际锂电池及储能产业博览会\n\
                 主办单位 | 岚南省锂电池产业协会、岚南新能源产业联盟\n\
                 承办单位：岚州汇展国际会展有限公司\n";
        assert_related(
            t,
            Relation::Hosts,
            "岚南省锂电池产业协会",
            "2025第六届岚南国际锂电池及储能产业博览会",
        );
        assert_related(
            t,
            Relation::Hosts,
            "岚州汇展国际会展有限公司",
            "2025第六届岚南国际锂电池及储能产业博览会",
        );
        // A site's footer, far below, names who runs the site, not the event.
        let mut t = "2025岚南锂电池产业大会在岚州举行。\n".to_string();
        for k in 0..12 {
            t.push_str(&format!("会议第{k}项议程介绍了产业发展情况。\n"));
        }
        t.push_str("主办单位：岚南省人民政府办公厅\n");
        assert!(related(&t, Relation::Hosts).is_empty());
    }

    #[test]
    fn an_exhibitor_table_places_each_exhibitor_and_says_what_it_makes() {
        // Regression: 展商名称 named no holder's column, and 浙江·衢州 no place.
        let t = "展位号 | 展商名称 | 所属地区 | 主营产品\n\
                 B1-B15 | 岚源锂电材料有限公司 | 浙江·衢州 | 三元前驱体、磷酸铁锂\n\
                 B3-D03 | 岚叠智能装备有限公司 | 广东·深圳 | 锂电池叠片机、涂布机\n";
        assert_related(t, Relation::LocatedIn, "岚源锂电材料有限公司", "衢州市");
        assert_related(t, Relation::LocatedIn, "岚叠智能装备有限公司", "深圳市");
        assert_related(t, Relation::Produces, "岚源锂电材料有限公司", "磷酸铁锂");
        // A machine for the product is not the product.
        assert_not_related(t, Relation::Produces, "岚叠智能装备有限公司", "锂电池");
    }

    #[test]
    fn a_bidding_consortiums_members_cooperate() {
        let t =
            "第二中标候选人：岚峰储能科技有限公司（牵头人）、柯山电力设计院有限公司（成员）联合体";
        assert_eq!(
            related(t, Relation::CooperatesWith),
            pairs(&[("岚峰储能科技有限公司", "柯山电力设计院有限公司")])
        );
        // Members with no lead named are no consortium this rule can read.
        let t = "岚峰储能科技有限公司（成员）、柯山电力设计院有限公司（成员）名单公布。";
        assert!(related(t, Relation::CooperatesWith).is_empty());
    }

    #[test]
    fn who_a_sentence_goes_on_with_after_the_event_it_opens_at_is_there() {
        // Regression: 4月底的上海车展上，A首发了… and 在E中，B代表队获… gave no
        // participants (车展 was no event head, and only 会上/论坛上 alone opened).
        let t = "4月底的上海车展上，岚澜智能汽车有限公司首发了旗下第二款车型。";
        assert_related(
            t,
            Relation::ParticipatesIn,
            "岚澜智能汽车有限公司",
            "上海车展",
        );
        let t = "在2024年岚西省职业院校技能大赛中，岚阳职业技术学院代表队获一等奖2项。";
        assert_related(
            t,
            Relation::ParticipatesIn,
            "岚阳职业技术学院",
            "2024年岚西省职业院校技能大赛",
        );
        // Not one the sentence names later, after other words.
        let t = "在2025岚州锂电池产业高峰论坛上，记者了解到岚澜智能汽车有限公司将扩产。";
        assert!(related(t, Relation::ParticipatesIn).is_empty());
        // A body named as the affiliation of the person after it is not there itself:
        // the person is.
        let t = "在2026岚州储能产业峰会上，岚澜电池有限公司副总裁柯晓东发布了新一代电芯。";
        assert_eq!(
            related(t, Relation::ParticipatesIn),
            pairs(&[("柯晓东", "2026岚州储能产业峰会")])
        );
        // A clause of time may open the sentence before the event.
        let t = "今年9月，在南宁举办的2025岚盟电池循环利用论坛上，郑岚川介绍了公司的出海设想。";
        assert_eq!(
            related(t, Relation::ParticipatesIn),
            pairs(&[("郑岚川", "2025岚盟电池循环利用论坛")])
        );
        // Parties who sign there are tied by the signing, not by taking part.
        let t = "今年9月，在2025岚昌镍钴新材料产业大会上，岚岭新能源材料股份有限公司与\
                 岚昌投资有限公司签署了战略合作框架协议。";
        assert!(related(t, Relation::ParticipatesIn).is_empty());
        let t = "在2025岚昌镍钴新材料产业大会上，岚岭新能源材料股份有限公司签约落户。";
        assert!(related(t, Relation::ParticipatesIn).is_empty());
    }

    #[test]
    fn who_gives_a_talk_after_you_is_at_the_event() {
        // Regression: 由 before the speaker, as before a host, made them no participant.
        let t = "注：本文内容曾由卢岚鹏教授在第六届岚部锂电材料学术研讨会上作特邀报告。";
        assert_eq!(
            related(t, Relation::ParticipatesIn),
            pairs(&[("卢岚鹏", "第六届岚部锂电材料学术研讨会")])
        );
    }

    #[test]
    fn founders_after_you_of_a_body_referred_back_to_found_it_and_cooperate() {
        // Regression: in 该研究院由A与B共建 the second founder was taken for the body
        // founded, and the two did not cooperate.
        let t = "2024年，岚庄锂电产业技术研究院在枣庄揭牌。\
                 该研究院由枣庄学院与岚庄新能源科技有限公司共建，首期投入研发经费5000万元。";
        assert_eq!(
            related(t, Relation::Established),
            pairs(&[
                ("岚庄新能源科技有限公司", "岚庄锂电产业技术研究院"),
                ("枣庄学院", "岚庄锂电产业技术研究院"),
            ])
        );
        assert_related(
            t,
            Relation::CooperatesWith,
            "枣庄学院",
            "岚庄新能源科技有限公司",
        );
        // With no body of its kind named before, the founders still cooperate and found
        // nothing named.
        let t = "该研究院由枣庄学院与岚庄新能源科技有限公司共建。";
        assert!(related(t, Relation::Established).is_empty());
        assert_related(
            t,
            Relation::CooperatesWith,
            "枣庄学院",
            "岚庄新能源科技有限公司",
        );
    }

    #[test]
    fn a_note_after_a_partner_is_no_distance_from_the_verb() {
        // Regression: the foreign name in brackets ended the partner list, so the
        // partner before it was no partner.
        let t = "宁波岚正新材料股份有限公司与诺尔德化工集团（Nordkemi Oy）合资，\
                 在芬兰科科拉建设年产5万吨三元正极材料项目。";
        assert_related(
            t,
            Relation::CooperatesWith,
            "宁波岚正新材料股份有限公司",
            "诺尔德化工集团",
        );
        let t = "宁波岚正新材料股份有限公司与岚德化工有限公司（以下简称“岚德化工”）签署合作协议。";
        assert_related(
            t,
            Relation::CooperatesWith,
            "宁波岚正新材料股份有限公司",
            "岚德化工有限公司",
        );
    }

    #[test]
    fn partners_who_sign_and_then_build_found_what_they_build() {
        // Regression: A与B签署协议，共建C named no founders (the clause has no subject).
        let t = "岚江科技大学与岚川储能科技有限公司签署协议，共建岚川钠电正极材料联合研发中心。";
        assert_eq!(
            related(t, Relation::Established),
            pairs(&[
                ("岚川储能科技有限公司", "岚川钠电正极材料联合研发中心"),
                ("岚江科技大学", "岚川钠电正极材料联合研发中心"),
            ])
        );
        // One who signs alone founds nothing with the one it signs with.
        let t = "岚江科技大学收购岚川储能科技有限公司，新设岚川钠电正极材料联合研发中心。";
        assert!(related(t, Relation::Established).is_empty());
    }

    #[test]
    fn a_candidates_table_puts_the_people_its_title_columns_name_at_the_candidate() {
        // Regression: 项目经理 and 技术负责人 columns named no persons (no 序号, no
        // title), and only one titled column was read.
        let t = "排序 | 中标候选人名称 | 项目经理 | 技术负责人 | 评标得分\n\
                 第一中标候选人 | 岚峰电力工程有限公司 | 柴永刚 | 郑红梅（高级工程师） | 93.18\n\
                 第二中标候选人 | 柯山电力建设有限公司 | 何志斌 | 田振华（高级工程师） | 89.07\n";
        assert_eq!(
            related(t, Relation::WorksAt),
            pairs(&[
                ("何志斌", "柯山电力建设有限公司"),
                ("柴永刚", "岚峰电力工程有限公司"),
                ("田振华", "柯山电力建设有限公司"),
                ("郑红梅", "岚峰电力工程有限公司"),
            ])
        );
    }

    #[test]
    fn partners_who_sign_somewhere_cooperate() {
        // Regression: A与B在贵阳签署…协议 took the place for the partner.
        for t in [
            "岚峰锂业有限公司与鹤源电池有限公司在贵阳签署合作框架协议。",
            "岚峰锂业有限公司与鹤源电池有限公司在贵州省贵阳市签署合作框架协议。",
        ] {
            assert_eq!(
                related(t, Relation::CooperatesWith),
                pairs(&[("岚峰锂业有限公司", "鹤源电池有限公司")]),
                "{t}"
            );
        }
    }

    #[test]
    fn investing_in_the_park_invests_in_the_park_named_last() {
        // Regression: 在园区内投资 named no park.
        let t = "岚州市在钦南区规划建设了岚尾海再生资源产业园，重点发展湿法冶炼。\
                 岚港锂业新材料有限公司在园区内投资9.5亿元建成湿法回收生产线。";
        assert_related(
            t,
            Relation::InvestsIn,
            "岚港锂业新材料有限公司",
            "岚尾海再生资源产业园",
        );
        // The park of its own sentence before one named earlier.
        let t = "岚州市依托岚尾海再生资源产业园发展回收。岚山市依托岚铁新能源电池产业园，\
                 岚屿储能科技有限公司已在园区建成中试线。";
        assert_eq!(
            related(t, Relation::InvestsIn),
            pairs(&[("岚屿储能科技有限公司", "岚铁新能源电池产业园")])
        );
    }

    #[test]
    fn the_whole_year_after_a_period_has_no_period() {
        // Regression: 今年1-4月…，全年产值有望突破1000亿元 gave the target period=1-4月.
        let t = "今年1-4月，宜春市锂电产值增速达23.7%，全年产值有望突破1000亿元。";
        let f = facts(t);
        assert!(
            f.iter()
                .any(|x| x.contains("23.7 %") && x.contains("period=1-4月")),
            "{f:?}"
        );
        assert!(
            f.iter()
                .any(|x| x.contains("1000 亿元") && !x.contains("period")),
            "{f:?}"
        );
    }

    #[test]
    fn an_ordinal_is_no_figure() {
        // Regression: 第二章第3.5款 gave a fact 第二章第 = 3.5 款.
        let t = "岚峰电力工程有限公司不满足招标文件第二章第3.5款要求，在同类企业中排名第3位。";
        assert!(facts(t).is_empty(), "{:?}", facts(t));
        assert_eq!(facts("岚峰电力工程有限公司共有员工320名。").len(), 1);
    }

    #[test]
    fn each_bid_candidates_figures_are_its_own() {
        // Regression: a candidates table's bids went to the last company of each row
        // (the cell maker's column), as no header named the candidate's column.
        let t = "排序 | 中标候选人名称 | 投标报价（万元） | 储能电池系统制造商\n\
                 第一中标候选人 | 岚峰电力工程有限公司 | 54876.30 | 鹤源储能科技有限公司\n\
                 第二中标候选人 | 柯山电力建设有限公司 | 56318.75 | 鹤源储能科技有限公司\n";
        let f = facts(t);
        assert!(
            f.contains(&"岚峰电力工程有限公司 报价 = 54876.3 万元".to_string()),
            "{f:?}"
        );
        assert!(
            f.contains(&"柯山电力建设有限公司 报价 = 56318.75 万元".to_string()),
            "{f:?}"
        );
        assert!(!f.iter().any(|x| x.starts_with("鹤源")), "{f:?}");
        // Field lines: each candidate's label begins its own record.
        let t = "第一中标候选人：岚峰电力工程有限公司\n投标报价：87316.52万元\n\
                 第二中标候选人：柯山电力建设有限公司\n投标报价：88940.00万元\n";
        assert_eq!(
            fact_holders(t),
            ["岚峰电力工程有限公司", "柯山电力建设有限公司"]
        );
        // Two holders' labels of one nameplate are one record: the first holds it.
        let t = "电池包生产企业：岚峰动力科技有限公司\n电芯生产企业：鹤源电池股份有限公司\n\
                 电池类型：磷酸铁锂\n电池包总能量：79.6kWh\n";
        assert_eq!(fact_holders(t), ["岚峰动力科技有限公司"]);
    }

    #[test]
    fn a_patents_joint_holders_cooperate_and_its_address_is_the_first_holders() {
        let t = "一种高镍正极材料的制备方法\n专利权人：岚峰锂能新材料股份有限公司；岚西理工大学\n\
                 发明人：岑明远、向海涛\n地址：四川省遂宁市蓬溪县\n\n\
                 一种锂辉石浮选方法\n专利权人：鹤岭锂业有限公司\n发明人：岑晓、罗布\n\
                 地址：四川省甘孜藏族自治州康定市\n";
        assert_related(
            t,
            Relation::CooperatesWith,
            "岚峰锂能新材料股份有限公司",
            "岚西理工大学",
        );
        assert_eq!(
            related(t, Relation::LocatedIn)
                .into_iter()
                .filter(|(a, _)| !a.ends_with(['市', '州', '县']))
                .collect::<Vec<_>>(),
            pairs(&[
                ("岚峰锂能新材料股份有限公司", "蓬溪县"),
                ("鹤岭锂业有限公司", "康定市")
            ])
        );
    }

    #[test]
    fn a_passive_maker_or_supplier_makes_what_stands_before_its_by() {
        // Regression: P由A生产 and P改由A供货 named no maker (由 keeps A from being
        // a subject, and the product stood before the verb).
        let t = "该电池包由岚沃能源科技有限公司组装生产。";
        assert_related(t, Relation::Produces, "岚沃能源科技有限公司", "电池包");
        let t = "岚驰电动车有限公司召回部分电动自行车。新车型的电芯改由鹤神电池股份有限公司供货。";
        assert_related(t, Relation::Produces, "鹤神电池股份有限公司", "电芯");
        // The maker is the last one named after 由; a product in the clause before,
        // when the clause is only 由A供应; not a product that qualifies the next.
        let t = "岚驰电动车有限公司召回部分车辆。其电池包所用三元锂电芯，由岚驰电动车有限公司控股子公司鹤星锂电科技有限公司供应。";
        assert_related(t, Relation::Produces, "鹤星锂电科技有限公司", "电芯");
        assert_not_related(t, Relation::Produces, "鹤星锂电科技有限公司", "电池包");
        assert_not_related(t, Relation::Produces, "岚驰电动车有限公司", "电芯");
        // 由 after the product's clause names who pays for a project, not who makes.
        let t = "电池包项目总投资5亿元，由岚沃能源科技有限公司负责运营管理。";
        assert_not_related(t, Relation::Produces, "岚沃能源科技有限公司", "电池包");
    }

    #[test]
    fn a_certificate_tables_applicant_is_placed_by_its_address_and_makes_its_product() {
        // Regression: 申请人 and 地址 named no holder's or seat column, so a
        // certification list's rows gave neither places nor products.
        let t = "序号\t申请人\t地址\t产品名称\t检测标准\n\
                 1\t岚溪储能科技有限公司\t江西省宜春市宜丰县工业园路8号\t储能电池\tGB/T 36276—2023\n\
                 2\t鹤源电池有限公司\t湖南省郴州市苏仙区白露塘镇\t锂离子电池\tGB 31241—2022\n";
        assert_related(t, Relation::LocatedIn, "岚溪储能科技有限公司", "宜丰县");
        assert_related(t, Relation::LocatedIn, "鹤源电池有限公司", "白露塘镇");
        assert_related(t, Relation::Produces, "岚溪储能科技有限公司", "储能电池");
        assert_related(t, Relation::Produces, "鹤源电池有限公司", "锂离子电池");
    }

    #[test]
    fn a_tables_seat_column_places_its_organization_and_its_project_says_what_it_makes() {
        let t = "序号\t企业名称\t项目名称\t所在区县\t奖励金额（万元）\n\
                 1\t岚峰蓝田新材料有限公司\t年产2万吨硬碳负极材料项目\t瓮安县\t380.00\n\
                 2\t鹤源锂电科技有限公司\t钠离子电池中试线项目\t柯山经济开发区\t350.00\n\
                 3\t岚沃再生资源有限公司\t退役动力电池梯次利用项目\t瓮安县\t330.00\n\
                 4\t鹤星智能装备有限公司\t锂电池高速叠片设备产业化项目\t瓮安县\t280.00\n\
                 5\t岚安储能科技有限公司\t10MW/40MWh储能电站示范项目\t瓮安县\t200.00\n";
        let located = related(t, Relation::LocatedIn);
        for holder in [
            "岚峰蓝田新材料有限公司",
            "岚沃再生资源有限公司",
            "鹤星智能装备有限公司",
            "岚安储能科技有限公司",
        ] {
            assert!(
                located.contains(&(holder.to_string(), "瓮安县".to_string())),
                "{holder} not in {located:?}"
            );
        }
        // A park in the seat column is where the organization invests.
        assert_related(
            t,
            Relation::InvestsIn,
            "鹤源锂电科技有限公司",
            "柯山经济开发区",
        );
        // What the project makes; not what it recycles, builds machines for or builds.
        assert_eq!(
            related(t, Relation::Produces),
            pairs(&[
                ("岚峰蓝田新材料有限公司", "硬碳"),
                ("岚峰蓝田新材料有限公司", "负极材料"),
                ("鹤源锂电科技有限公司", "钠离子电池"),
            ])
        );
        // A figure column the lexicon has no indicator for is named by its header.
        let (res, ex) = run(t);
        let facts: Vec<String> = ex
            .facts
            .iter()
            .filter(|f| f.fact.unit == "万元")
            .map(|f| format!("{} {}", res.entities[f.subject].name, f.fact))
            .collect();
        assert_eq!(facts.len(), 5, "{facts:?}");
        assert_eq!(facts[0], "岚峰蓝田新材料有限公司 奖励金额 = 380.0 万元");
    }

    #[test]
    fn a_list_under_a_stage_heading_puts_its_organizations_in_the_stage() {
        let t = "园区重点企业如下：\n\
                 （一）材料环节\n\
                 岚峰蓝田新材料有限公司（蓝田新材）——磷酸铁锂正极材料，产能12万吨/年；\n\
                 鹤源锂盐化工有限公司——由柯山鹤源集团有限公司控股，建有电解液生产线。\n\
                 （二）回收利用环节\n\
                 岚沃再生资源有限公司——退役动力电池梯次利用及再生利用。\n\
                 二、重点项目\n\
                 鹤星电池有限公司在园区建设项目。\n";
        let staged: Vec<(String, String)> = related(t, Relation::InStage)
            .into_iter()
            .filter(|(a, _)| a.ends_with("公司"))
            .collect();
        assert_eq!(
            staged,
            pairs(&[
                ("岚峰蓝田新材料有限公司", "材料"),
                ("岚沃再生资源有限公司", "回收"),
                ("鹤源锂盐化工有限公司", "材料"),
            ])
        );
        // The words after the dash name what it makes, before any verb or 由.
        let produces = related(t, Relation::Produces);
        assert!(produces.contains(&("岚峰蓝田新材料有限公司".into(), "磷酸铁锂".into())));
        assert!(!produces.iter().any(|(a, _)| a == "岚沃再生资源有限公司"));
    }

    #[test]
    fn a_paragraph_opening_on_a_stage_heading_puts_its_subjects_in_the_stage() {
        // The run-in heading's stage holds the companies its sentences are about and
        // those of the lines listed under it, up to the next heading of its level;
        // 链主 is a role, not part of a name, and after it 为 names the subject.
        let t = "（一）锂矿资源环节。该环节链主为柯山鹤源矿业集团有限公司，总部位于钟祥市。\n\
                 （二）电池材料环节。链主岚峰蓝田新材料科技有限公司在高新区建成基地，产品配套鹤星电池有限公司。骨干企业中：\n\
                 ——岚沃新能源材料有限公司，落户新材料产业园；\n\
                 （三）终端应用环节。岚驰新能源汽车有限公司主要生产专用车。\n\
                 郑晓岚强调，要坚持链长与链主协同。鹤星电池有限公司表示将扩产。\n";
        let staged = related(t, Relation::InStage);
        for pair in [
            ("柯山鹤源矿业集团有限公司", "锂矿"),
            ("岚峰蓝田新材料科技有限公司", "材料"),
            ("岚沃新能源材料有限公司", "材料"),
            ("岚驰新能源汽车有限公司", "终端"),
        ] {
            assert!(
                staged.contains(&(pair.0.into(), pair.1.into())),
                "{pair:?} in {staged:?}"
            );
        }
        // A customer named in the section, and a company after it, are not in it.
        assert!(
            !staged.iter().any(|(a, _)| a == "鹤星电池有限公司"),
            "{staged:?}"
        );
        assert_related(t, Relation::LocatedIn, "柯山鹤源矿业集团有限公司", "钟祥市");
        let (res, _) = run(t);
        assert!(!res.entities.iter().any(|e| e.name.starts_with("链主")));
    }

    #[test]
    fn a_bulleted_list_after_a_subsidiaries_label_gives_the_groups_subsidiaries() {
        // The label names no company: the list is of the one the text names most; a
        // bullet is a list mark; a Spanish or Hungarian legal form ends a Latin name;
        // 集团 afterwards is the group, not the subsidiary named last.
        let t = "岚川新能源科技集团股份有限公司（简称“岚川集团”）成立于2014年。岚川集团主要生产储能电池。\n\
                 旗下主要子公司：\n\
                 · 岚川动力（宜宾）有限公司——动力电池电芯制造\n\
                 · Lanchuan Energy Spain S.L.（岚川西班牙）——欧洲生产基地\n\
                 · Lanchuan Hungary Kft.——电池回收\n\
                 研发实力：集团现有研发人员5600余名。";
        assert_eq!(
            related(t, Relation::SubsidiaryOf),
            pairs(&[
                (
                    "Lanchuan Energy Spain S.L.",
                    "岚川新能源科技集团股份有限公司"
                ),
                ("Lanchuan Hungary Kft.", "岚川新能源科技集团股份有限公司"),
                ("岚川动力（宜宾）有限公司", "岚川新能源科技集团股份有限公司"),
            ])
        );
        assert_related(
            t,
            Relation::Produces,
            "岚川动力（宜宾）有限公司",
            "动力电池",
        );
        assert_eq!(fact_holders(t), ["岚川新能源科技集团股份有限公司"]);
        // A list after a line that is no such label is no list of subsidiaries.
        let t = "岚川新能源科技集团股份有限公司成立于2014年。\n\
                 主要客户：\n\
                 · 鹤溪汽车有限公司——整车\n";
        assert!(related(t, Relation::SubsidiaryOf).is_empty());
    }

    #[test]
    fn a_list_of_a_parks_settled_companies_makes_each_invest_in_it() {
        let t = "柯山岚峰新材料产业园位于柯山市。\n\
                 园区已落户的重点企业如下：\n\
                 （一）材料环节\n\
                 岚峰蓝田新材料有限公司——磷酸铁锂正极材料；\n\
                 （二）电池环节\n\
                 鹤源动力电池有限公司——动力电池。\n\
                 二、重点项目\n\
                 鹤星电池有限公司计划在柯山建设项目。\n";
        assert_eq!(
            related(t, Relation::InvestsIn),
            pairs(&[
                ("岚峰蓝田新材料有限公司", "柯山岚峰新材料产业园"),
                ("鹤源动力电池有限公司", "柯山岚峰新材料产业园"),
            ])
        );
    }

    #[test]
    fn a_shareholder_tables_stakes_make_subsidiaries_and_investments() {
        // Without a held column: the company the line before the table names.
        let t = "截至2024年末，岚峰蓝田新材料股份有限公司股东情况如下：\n\
                 序号 股东名称 持股数量（万股） 持股比例\n\
                 1 柯山鹤源控股有限公司 5,100.00 51.00%\n\
                 2 岚沃企业管理合伙企业（有限合伙） 900.00 9.00%\n\
                 3 张岚峰 4,000.00 40.00%\n\
                 合计 10,000.00 100.00%\n";
        assert_eq!(
            related(t, Relation::SubsidiaryOf),
            pairs(&[("岚峰蓝田新材料股份有限公司", "柯山鹤源控股有限公司")])
        );
        assert_eq!(
            related(t, Relation::InvestsIn),
            pairs(&[(
                "岚沃企业管理合伙企业（有限合伙）",
                "岚峰蓝田新材料股份有限公司"
            )])
        );
        // Each row's stake is a figure of the company held, persons' too, and so is the
        // number of shares held, in the unit its header gives (万股), as the gold files
        // have it; no other figure of the row stands for them.
        let (res, ex) = run(t);
        let mut stakes: Vec<(String, String, String)> = ex
            .facts
            .iter()
            .map(|f| {
                (
                    res.entities[f.subject].name.clone(),
                    f.fact.indicator.to_string(),
                    f.fact.value.to_string(),
                )
            })
            .collect();
        stakes.sort();
        let held = "岚峰蓝田新材料股份有限公司";
        assert_eq!(
            stakes,
            [
                (held, "岚沃企业管理合伙企业（有限合伙）持股数量", "900.0"),
                (held, "岚沃企业管理合伙企业（有限合伙）持股比例", "9.0"),
                (held, "张岚峰持股数量", "4000.0"),
                (held, "张岚峰持股比例", "40.0"),
                (held, "柯山鹤源控股有限公司持股数量", "5100.0"),
                (held, "柯山鹤源控股有限公司持股比例", "51.0"),
            ]
            .map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string()))
        );
        // With one: the company its cell names.
        let t = "序号 交易对方 标的公司 持股比例 交易对价\n\
                 1 鹤星创业投资有限公司 岚安锂业有限公司 20.00% 8,400.00\n";
        assert_eq!(
            related(t, Relation::InvestsIn),
            pairs(&[("鹤星创业投资有限公司", "岚安锂业有限公司")])
        );
    }

    #[test]
    fn a_relative_clause_names_the_issuer_of_its_policy_after_a_preposition_too() {
        // Regression: after 根据 no one was the verb's subject, so no one issued.
        let t = "根据柯山市人民政府印发的《柯山市加快新能源产业发展若干措施》和\
                 柯山市工业和信息化局、柯山市财政局联合印发的《柯山市专项资金管理办法》，\
                 拟对企业给予支持。";
        let issued = related(t, Relation::Issued);
        for pair in [
            ("柯山市人民政府", "《柯山市加快新能源产业发展若干措施》"),
            ("柯山市工业和信息化局", "《柯山市专项资金管理办法》"),
            ("柯山市财政局", "《柯山市专项资金管理办法》"),
        ] {
            assert!(
                issued.contains(&(pair.0.into(), pair.1.into())),
                "{pair:?} not in {issued:?}"
            );
        }
        assert_eq!(issued.len(), 3, "{issued:?}");
    }

    #[test]
    fn a_place_in_the_note_after_a_name_places_it_even_beside_a_short_name() {
        // Regression: the whole note after 以下简称 was a declaration, so its 住所地
        // placed no one.
        let t = "电池包由东莞市岚沃能源科技有限公司（以下简称岚沃能源，住所地广东省东莞市塘厦镇）\
                 组装，电芯由柯山鹤星锂电科技有限公司（住所地江西省宜春市袁州区，以下简称鹤星锂电）供应。";
        let located = related(t, Relation::LocatedIn);
        for pair in [
            ("东莞市岚沃能源科技有限公司", "塘厦镇"),
            ("柯山鹤星锂电科技有限公司", "袁州区"),
        ] {
            assert!(
                located.contains(&(pair.0.to_string(), pair.1.to_string())),
                "{pair:?} not in {located:?}"
            );
        }
        // The short name stays a declaration: no company 岚沃能源 of its own.
        let (res, _) = run(t);
        assert!(!res.entities.iter().any(|e| e.name == "岚沃能源"));
    }

    #[test]
    fn a_table_whose_columns_are_years_gives_each_rows_figures_to_the_one_it_is_about() {
        // The introducing line names whose figures they are (after the auditor); a
        // unit line gives the unit; a label broken over two lines is one row.
        let t = "经柯岭会计师事务所（特殊普通合伙）审计，岚溪锂能科技有限公司主要财务数据如下：\n\
                 单位：万元\n\
                 项目　　　　2025年1-9月　　　2024年度\n\
                 营业收入　　12,345.60　　　　20,100.00\n\
                 归属于母公司\n\
                 的净利润　　-356.2　　　　　1,024.5\n\
                 毛利率　　　18.4%　　　　　 21.0%\n\
                 本次交易完成后，岚溪锂能将纳入合并报表范围。\n";
        assert_eq!(
            facts(t),
            [
                "岚溪锂能科技有限公司 营业收入 = 12345.6 万元 year=2025 period=1-9月",
                "岚溪锂能科技有限公司 营业收入 = 20100.0 万元 year=2024",
                "岚溪锂能科技有限公司 归属于母公司的净利润 = -356.2 万元 year=2025 period=1-9月",
                "岚溪锂能科技有限公司 归属于母公司的净利润 = 1024.5 万元 year=2024",
                "岚溪锂能科技有限公司 毛利率 = 18.4 % year=2025 period=1-9月",
                "岚溪锂能科技有限公司 毛利率 = 21.0 % year=2024",
            ]
        );
        // A table no line names the holder of, in a document that speaks for one
        // company (its short name declared 公司), is that company's; 百万元 is a unit.
        let t = "山东岚晶新能源材料股份有限公司（以下简称“岚晶新材”或“公司”）主营磷酸铁锂。\n\
                 盈利预测与估值\n\
                 指标/年度        2024A      2025E\n\
                 营业收入（百万元）  13,687     16,932\n";
        assert_eq!(
            facts(t),
            [
                "山东岚晶新能源材料股份有限公司 营业收入 = 13687 百万元 year=2024",
                "山东岚晶新能源材料股份有限公司 营业收入 = 16932 百万元 year=2025 target",
            ]
        );
        // Rows labelled by a region hold their own figures, of the indicator the line
        // above names, in the header's unit; a forecast column's are targets.
        let t = "四川省部分城市锂电池产量\n\
                 地区（GWh）　　2024年　　2025年　　2026E\n\
                 宜宾市　　　　　12.5　　　 18　　　　25\n\
                 遂宁市　　　　　6.1　　　　9.4　　　 —\n";
        assert_eq!(
            facts(t),
            [
                "宜宾市 产量 = 12.5 GWh year=2024",
                "宜宾市 产量 = 18 GWh year=2025",
                "宜宾市 产量 = 25 GWh year=2026 target",
                "遂宁市 产量 = 6.1 GWh year=2024",
                "遂宁市 产量 = 9.4 GWh year=2025",
            ]
        );
        // Years in prose, or columns that are not all years, make no table.
        let t = "岚溪锂能科技有限公司　2024年　营业收入　12,345.60\n收入　12,345.60　20,100.00\n";
        assert!(facts(t).is_empty());
    }

    #[test]
    fn a_year_tables_change_columns_and_continued_header_keep_its_holder_and_unit() {
        // A change column's figure is the change to the latest year, in its own %
        // (not the row's 元/股); the second header goes on with the first table.
        let t = "岚汀锂材科技股份有限公司（以下简称“公司”）2030年年度报告摘要\n\
                 近两年主要财务指标\n\
                 单位：元\n\
                 项目　2030年　2029年　本年比上年增减\n\
                 营业收入　1,200.50　1,000.00　20.05%\n\
                 每股收益（元/股）　0.6　0.5　20.00%\n\
                 项目　2030年末　2029年末　本年末比上年末增减\n\
                 资产总额　9,000　8,000　12.5%\n";
        assert_eq!(
            facts(t),
            [
                "岚汀锂材科技股份有限公司 营业收入 = 1200.5 元 year=2030",
                "岚汀锂材科技股份有限公司 营业收入 = 1000.0 元 year=2029",
                "岚汀锂材科技股份有限公司 营业收入（本年比上年增减） = 20.05 % year=2030",
                "岚汀锂材科技股份有限公司 每股收益 = 0.6 元/股 year=2030",
                "岚汀锂材科技股份有限公司 每股收益 = 0.5 元/股 year=2029",
                "岚汀锂材科技股份有限公司 每股收益（本年比上年增减） = 20.0 % year=2030",
                "岚汀锂材科技股份有限公司 资产总额 = 9000 元 year=2030",
                "岚汀锂材科技股份有限公司 资产总额 = 8000 元 year=2029",
                "岚汀锂材科技股份有限公司 资产总额（本年末比上年末增减） = 12.5 % year=2030",
            ]
        );
        // A change column without a % of its own or in its header is left alone;
        // a column after the years that is no change column makes no table.
        let t = "岚汀锂材科技股份有限公司（以下简称“公司”）\n单位：元\n\
                 项目　2030年　2029年　增减额\n营业收入　1,200　1,000　200\n";
        assert_eq!(facts(t).len(), 2);
        let t = "岚汀锂材科技股份有限公司（以下简称“公司”）\n单位：元\n\
                 项目　2030年　2029年　备注\n营业收入　1,200　1,000　200\n";
        assert!(facts(t).is_empty());
    }

    #[test]
    fn a_table_whose_rows_are_years_gives_the_introduced_company_each_years_figures() {
        let t = "岚汀锂材科技股份有限公司近两年主要经营数据如下：\n\
                 年份 | 营业收入（亿元） | 毛利率 | 出货量（万吨）\n\
                 2029 | 142.36 | 18.2% | 13.2\n\
                 2030 | 101.72 | — | 15.3\n\
                 注：数据来自公司年报。\n";
        assert_eq!(
            facts(t),
            [
                "岚汀锂材科技股份有限公司 营业收入 = 142.36 亿元 year=2029",
                "岚汀锂材科技股份有限公司 毛利率 = 18.2 % year=2029",
                "岚汀锂材科技股份有限公司 出货量 = 13.2 万吨 year=2029",
                "岚汀锂材科技股份有限公司 营业收入 = 101.72 亿元 year=2030",
                "岚汀锂材科技股份有限公司 出货量 = 15.3 万吨 year=2030",
            ]
        );
        // A header of no units, or rows that are no years, make no such table.
        let t = "岚汀锂材科技股份有限公司大事记如下：\n年份 | 事件 | 地点\n2029 | 投产 | 遂宁\n";
        assert!(facts(t).is_empty());
        let t = "岚汀锂材科技股份有限公司数据如下：\n年份 | 营业收入（亿元）\n合计 | 244.08\n";
        assert!(facts(t).is_empty());
    }

    #[test]
    fn a_table_of_groups_of_years_gives_each_rows_company_its_groups_figures() {
        // The line above the years labels their groups, with units; a row's label
        // cells (a code, a name) come before its figures, a rating after them.
        let t = "表2：重点公司盈利预测（2030年）\n\
                 证券代码 | 证券简称 | 净利润（亿元） | PE（倍） | 评级\n\
                 | | 2029A | 2030E | 2030E |\n\
                 301999.SZ | 岚汀锂材科技股份有限公司 | -1.5 | 2.5 | 30.1 | 买入\n\
                 688999.SH | 鹤溪新能源股份有限公司 | 0.8 | — | 12 | 增持\n";
        assert_eq!(
            facts(t),
            [
                "岚汀锂材科技股份有限公司 净利润 = -1.5 亿元 year=2029",
                "岚汀锂材科技股份有限公司 净利润 = 2.5 亿元 year=2030 target",
                "岚汀锂材科技股份有限公司 PE = 30.1 倍 year=2030 target",
                "鹤溪新能源股份有限公司 净利润 = 0.8 亿元 year=2029",
                "鹤溪新能源股份有限公司 PE = 12 倍 year=2030 target",
            ]
        );
        // Group labels that do not fill the line above make no groups.
        let t = "重点公司（2030年）\n证券简称 | 净利润（亿元） | PE（倍）\n\
                 | | 2029A | 2030E | 2030E |\n\
                 301999.SZ | 岚汀锂材科技股份有限公司 | -1.5 | 2.5 | 30.1 | 买入\n";
        assert!(facts(t).is_empty());
    }

    #[test]
    fn counts_of_incidents_pieces_cycles_and_mining_rights_are_figures() {
        let t = "岚溪电动车有限公司共收到故障报告27起，召回电池1942块。";
        assert_eq!(
            fact_rows(t)
                .into_iter()
                .map(|(_, _, v)| v)
                .collect::<Vec<_>>(),
            ["27起", "1942块"]
        );
        let t = "鹤岭储能科技有限公司的电芯循环寿命超过10000次，公司另持有采矿权3宗。";
        assert_eq!(
            fact_rows(t)
                .into_iter()
                .map(|(_, _, v)| v)
                .collect::<Vec<_>>(),
            ["10000次", "3宗"]
        );
    }

    #[test]
    fn a_credit_pages_tables_are_about_the_company_its_name_field_gives() {
        let t = "企业名称 | 梧州岚锂循环科技有限公司\n法定代表人 | 覃某某\n股东信息 5\n\
                 序号 | 股东名称 | 持股比例 | 认缴出资额(万元) | 认缴出资日期\n\
                 1 | 广西岚锂控股集团有限公司 大股东 | 51.00% | 7650 | 2029-12-31\n\
                 2 | 深圳前海岚循创业投资合伙企业（有限合伙） | 15.00% | 2250 | 2026-06-30\n\
                 对外投资 2\n\
                 序号 | 被投资企业名称 | 成立日期 | 投资数额 | 投资比例 | 状态\n\
                 1 | 梧州岚锂新材料有限公司 | 2021-04-16 | 5000万元 | 100% | 存续\n\
                 2 | 肇庆岚循新能源材料有限公司 | 2023-02-27 | 1750万元 | 35% | 存续\n";
        let page = "梧州岚锂循环科技有限公司";
        assert_eq!(
            related(t, Relation::SubsidiaryOf),
            pairs(&[
                (page, "广西岚锂控股集团有限公司"),
                ("梧州岚锂新材料有限公司", page)
            ])
        );
        let mut invests = related(t, Relation::InvestsIn);
        invests.sort();
        assert_eq!(
            invests,
            pairs(&[
                ("梧州岚锂循环科技有限公司", "肇庆岚循新能源材料有限公司"),
                ("深圳前海岚循创业投资合伙企业（有限合伙）", page),
            ])
        );
        let mut amounts: Vec<(String, String, String)> = figures(t)
            .into_iter()
            .filter(|(_, _, unit)| unit != "%")
            .collect();
        amounts.sort();
        let fig = |s: &str, v: &str, u: &str| (s.to_string(), v.to_string(), u.to_string());
        assert_eq!(
            amounts,
            [
                fig("梧州岚锂循环科技有限公司", "2250", "万元"),
                fig("梧州岚锂循环科技有限公司", "7650", "万元"),
                fig("梧州岚锂新材料有限公司", "5000", "万元"),
                fig("肇庆岚循新能源材料有限公司", "1750", "万元"),
            ]
        );
    }

    #[test]
    fn a_buyer_list_closed_by_its_trade_may_stand_before_the_supply_verb() {
        let t = "岚晟新能源科技股份有限公司动力电池产品已批量配套奇瑞汽车。\
                 储能电芯亦已向北京岚储能源科技有限公司等储能系统集成商实现批量供货。";
        assert_related(
            t,
            Relation::Supplies,
            "岚晟新能源科技股份有限公司",
            "北京岚储能源科技有限公司",
        );
    }

    #[test]
    fn the_lower_end_of_a_range_is_in_the_upper_ends_unit() {
        // A lower end written in part (45亿) or bare (3) is a figure in the upper's unit.
        for (t, unit, ends) in [
            (
                "岚峰锂业股份有限公司达产后预计可实现年产值45亿—50亿元。",
                "亿元",
                ["45", "50"],
            ),
            (
                "岚峰锂业股份有限公司2024年产能3—5万吨。",
                "万吨",
                ["3", "5"],
            ),
        ] {
            let mut got = figures(t);
            got.sort();
            let want = ends.map(|v| {
                (
                    "岚峰锂业股份有限公司".to_string(),
                    v.to_string(),
                    unit.to_string(),
                )
            });
            assert_eq!(got, want, "{t}");
        }
        // Not a number glued to a letter or a code (G3—5万吨 is no range).
        let got = figures("岚峰锂业股份有限公司的G3—5万吨项目开工。");
        assert!(got.iter().all(|(_, v, _)| v != "3"), "{got:?}");
    }

    #[test]
    fn a_table_of_people_and_posts_puts_them_at_the_company_it_is_about() {
        let t = "企业名称 | 梧州岚锂循环科技有限公司\n主要人员 3\n\
                 序号 | 姓名 | 职务 | 持股比例\n\
                 1 | 覃某邦 | 董事长,总经理 | 19.00%\n\
                 2 | 黄丽萍 | 董事 | -\n\
                 3 | 蒙晓东 | - | -\n\
                 对外投资 1\n\
                 序号 | 被投资企业名称 | 法定代表人 | 投资比例\n\
                 1 | 贺州岚锂储能科技有限公司 | 陆国栋 | 70%\n";
        let page = "梧州岚锂循环科技有限公司";
        let mut works = related(t, Relation::WorksAt);
        works.sort();
        assert_eq!(
            works,
            pairs(&[
                ("覃某邦", page),
                ("陆国栋", "贺州岚锂储能科技有限公司"),
                ("黄丽萍", page)
            ])
        );
        // A line of fields is no table of people (法定代表人 | A | 成立日期 | …).
        let t = "企业名称 | 梧州岚锂循环科技有限公司\n法定代表人 | 覃某邦 | 登记状态 | 存续\n\
                 成立日期 | 2019-08-21 | 统一社会信用代码 | 91450406\n";
        let (res, _) = run(t);
        assert!(
            !res.entities.iter().any(|e| e.name == "成立日期"),
            "{:?}",
            res.entities.iter().map(|e| &e.name).collect::<Vec<_>>()
        );
    }

    #[test]
    fn a_company_said_to_be_founded_by_others_is_theirs_and_a_word_in_a_name_is_no_verb() {
        let t = "岚岳汽车有限公司系岚岳控股集团有限公司与诺维克汽车有限公司于2018年合资组建的\
                 新能源整车企业，旗下拥有“岚岳”“QY”两个品牌。";
        assert_eq!(
            related(t, Relation::Established),
            pairs(&[
                ("岚岳控股集团有限公司", "岚岳汽车有限公司"),
                ("诺维克汽车有限公司", "岚岳汽车有限公司")
            ])
        );
        // 控股 in 岚岳控股 made the company it names the owner of the next.
        let t = "岚岳汽车系岚岳控股与诺维克汽车有限公司于2018年合资组建。";
        assert_eq!(related(t, Relation::SubsidiaryOf), []);
        let t = "宜春岚泰投资有限公司与鹤岭锂业有限公司签署协议。";
        assert_eq!(related(t, Relation::InvestsIn), []);
    }

    #[test]
    fn stakes_in_a_block_of_field_lines_are_in_the_company_its_heading_names() {
        let t = "岚溪锂能科技股份有限公司            招股说明书（申报稿）\n\
                 岚溪锂能科技股份有限公司主要从事电解液。\n\
                 1、鹤岭锂盐科技有限公司（以下简称“鹤岭锂盐”）\n\
                 成立时间                  2018 年 3 月 26 日\n\
                 股东构成                  发行人持股 100.00%\n\
                 2、柯山新材料有限公司（以下简称“柯山新材”）\n\
                 股东构成                  发行人持股 70.00%；鹤源投资合伙企业（有限合伙）持股 30.00%\n";
        assert_eq!(
            related(t, Relation::SubsidiaryOf),
            pairs(&[
                ("柯山新材料有限公司", "岚溪锂能科技股份有限公司"),
                ("鹤岭锂盐科技有限公司", "岚溪锂能科技股份有限公司"),
            ])
        );
        assert_eq!(
            related(t, Relation::InvestsIn),
            pairs(&[("鹤源投资合伙企业（有限合伙）", "柯山新材料有限公司")])
        );
    }

    #[test]
    fn a_customer_tables_share_of_sales_is_no_stake_and_its_total_no_ones() {
        // Regression: the 占比 column of 前五大客户 made the company invest in each
        // customer, and the 合计 row's figures went to the customer listed last.
        let t = "证券代码：603827　证券简称：嘉岚锂业　公告编号：2025-011\n\
                 四川嘉岚锂业股份有限公司2024年年度报告摘要\n\
                 公司主营氢氧化锂。\n\
                 表3：2024年公司前五大客户\n\
                 客户\t销售额（亿元）\t占比\n\
                 常州澄岚新能源科技股份有限公司\t15.62\t22.8%\n\
                 荆门楚岚新能源材料有限公司\t7.39\t10.8%\n\
                 合计\t41.76\t61.0%\n";
        assert!(
            related(t, Relation::InvestsIn).is_empty(),
            "{:?}",
            related(t, Relation::InvestsIn)
        );
        assert_related(
            t,
            Relation::Supplies,
            "四川嘉岚锂业股份有限公司",
            "荆门楚岚新能源材料有限公司",
        );
        let got = figures(t);
        assert!(
            !got.iter()
                .any(|(s, v, _)| s == "荆门楚岚新能源材料有限公司" && v == "61.0"),
            "{got:?}"
        );
    }

    #[test]
    fn a_supplier_makes_what_it_supplies() {
        let t = "岚峰锂业向宁德时代供应磷酸铁锂。";
        assert_related(t, Relation::Produces, "岚峰锂业", "磷酸铁锂");
        // Each its own where several supply 分别.
        let t = "按照规划，岚峰锂业和澄岚科技将分别为宁德时代配套磷酸锰铁锂和硬碳。";
        let got = related(t, Relation::Produces);
        assert!(
            got.contains(&("岚峰锂业".into(), "磷酸锰铁锂".into())),
            "{got:?}"
        );
        assert!(
            !got.contains(&("岚峰锂业".into(), "硬碳".into())),
            "{got:?}"
        );
        // Not the plant for a product.
        let t = "蓝岚科技为宁德时代配套了整套吸附法提锂装置。";
        assert_not_related(t, Relation::Produces, "蓝岚科技", "吸附法提锂");
    }

    #[test]
    fn a_table_of_customers_or_suppliers_gives_who_supplies_whom() {
        let t = "岚溪锂能科技股份有限公司向前五名客户的销售情况如下：\n\
                 单位：万元\n\
                 期间    序号  客户名称                  销售金额    占比\n\
                 2025年  1     鹤岭动力电池有限公司      47,126.38   29.79%\n\
                 1-6月   2     柯山储能科技有限公司      22,913.60   14.48%\n\
                 岚溪锂能科技股份有限公司向前五名供应商的采购情况如下：\n\
                 序号  供应商名称              主要采购内容  采购金额\n\
                 1     鹤源锂盐化工有限公司    碳酸锂        18,422.37\n";
        assert_eq!(
            related(t, Relation::Supplies),
            pairs(&[
                ("岚溪锂能科技股份有限公司", "柯山储能科技有限公司"),
                ("岚溪锂能科技股份有限公司", "鹤岭动力电池有限公司"),
                ("鹤源锂盐化工有限公司", "岚溪锂能科技股份有限公司"),
            ])
        );
        assert_related(t, Relation::Produces, "鹤源锂盐化工有限公司", "碳酸锂");
        // A row whose text ends in the word is no header (…就近配套当地电池客户).
        let t = "公司名称　持股比例　主要业务\n\
                 宁德岚溪新能源科技有限公司　51%　就近配套当地电池客户\n\
                 鹤岭循环科技有限公司　60%　回收利用\n";
        assert!(related(t, Relation::Supplies).is_empty());
    }

    #[test]
    fn every_name_of_a_titles_list_works_where_the_first_does() {
        let t = "岚溪公司的委托诉讼代理人为岚溪律师事务所律师方振宇、程雪。";
        assert_eq!(
            related(t, Relation::WorksAt),
            pairs(&[("方振宇", "岚溪律师事务所"), ("程雪", "岚溪律师事务所")])
        );
    }

    #[test]
    fn a_project_tables_row_invests_in_its_park_and_makes_what_its_content_says() {
        let t = "序号 | 项目名称 | 项目业主 | 建设地点 | 主要建设内容 | 总投资（亿元）\n\
                 一、关键材料（2个）\n\
                 1 | 岚溪一期项目 | 岚溪锂业有限公司（鹤岭集团股份有限公司控股子公司） | 钦州市钦南区（柯山新材料产业园） | 建设年产2万吨碳酸锂生产线，配套年处理5万吨退役电池车间 | 38.60\n\
                 二、电池制造（1个）\n\
                 2 | 岚溪电池项目 | 鹤岭电池有限公司 | 柳州市柳江区 | 建设年产5GWh储能电池生产线 | 36\n";
        assert_eq!(
            related(t, Relation::InvestsIn),
            pairs(&[
                ("岚溪锂业有限公司", "柯山新材料产业园"),
                ("鹤岭电池有限公司", "柳江区"),
            ])
        );
        assert_eq!(
            related(t, Relation::Produces),
            pairs(&[
                ("岚溪锂业有限公司", "碳酸锂"),
                ("鹤岭电池有限公司", "储能电池")
            ])
        );
        // Where a project is built is no place of its owner.
        assert!(
            !related(t, Relation::LocatedIn)
                .iter()
                .any(|(h, _)| h.ends_with("有限公司"))
        );
        assert_related(t, Relation::LocatedIn, "柯山新材料产业园", "钦南区");
        // Every figure of a row is its holder's.
        let holders = fact_holders(t);
        assert_eq!(holders.len(), 6, "{holders:?}");
        assert!(
            holders
                .iter()
                .all(|h| h == "岚溪锂业有限公司" || h == "鹤岭电池有限公司")
        );
    }

    #[test]
    fn figures_listed_after_fenbie_go_to_the_holders_listed_before_it() {
        let holders = |t: &str| -> Vec<(String, String)> {
            fact_rows(t).into_iter().map(|(h, _, v)| (h, v)).collect()
        };
        // The list right before 分别 (the region before the list is not in it).
        assert_eq!(
            holders(
                "从省内看，甘肃兰州、白银、金昌三市分别占全省回收处理能力的52.3%、21.6%和13.6%。"
            ),
            pairs(&[
                ("兰州市", "52.3%"),
                ("白银市", "21.6%"),
                ("金昌市", "13.6%")
            ])
        );
        // Holders apart, each with its own place, and 分别 in a later clause.
        assert_eq!(
            holders(
                "位于衡阳的鸿晟循环科技有限公司与龙岩的澜江再生科技有限公司分别居两省首位，份额分别为14.5%和17.2%。"
            ),
            pairs(&[
                ("鸿晟循环科技有限公司", "14.5%"),
                ("澜江再生科技有限公司", "17.2%")
            ])
        );
        // As many figures as holders, or the rule says nothing.
        let t = "甘肃兰州、白银两市分别占全省的52.3%、21.6%和13.6%。";
        assert!(
            holders(t)
                .iter()
                .all(|(h, _)| h != "白银市" && h != "兰州市"),
            "{:?}",
            holders(t)
        );
    }

    #[test]
    fn a_negated_bound_is_no_part_of_an_indicator() {
        // Regression: 最高不超过1亿元 gave the indicator 最高不.
        assert_eq!(
            indicators("岚峰新材料股份有限公司获得补助，最高不超过1亿元。"),
            ["最高"]
        );
    }

    #[test]
    fn a_figure_with_a_noun_of_its_own_does_not_go_on_with_the_last_indicator() {
        // Regression: 收盘价7.59万元/吨 was labelled 最高触及, the clause's before it.
        let got = indicators("鸿晟锂业股份有限公司股票最高触及17.68元，收盘价17.59元。");
        assert_eq!(got[1], "收盘价", "{got:?}");
        // A bare figure gives no label to the next (报38.64元，成交额18.7亿元).
        let got = indicators("鸿晟锂业股份有限公司报38.64元，成交额18.7亿元。");
        assert_eq!(got[1], "成交额", "{got:?}");
        // A verb alone still goes on with the last indicator.
        assert_eq!(
            indicators("鸿晟锂业股份有限公司产值860亿元，预计2026年突破1200亿元。"),
            ["产值", "产值"]
        );
    }

    #[test]
    fn a_companys_works_at_a_place_are_its_investment_there() {
        // Regression: 氟晟新材位于三明市永安市的…电解液基地 placed the company in 永安市;
        // its seat is elsewhere, the base is an investment.
        let t = "目前，该技术已在三明岚晟新材料有限公司位于三明市永安市的年产12万吨电解液基地全面应用。";
        let got = related(t, Relation::InvestsIn);
        assert!(
            got.iter()
                .any(|(h, r)| h == "三明岚晟新材料有限公司" && r == "永安市"),
            "{got:?}"
        );
        assert_not_related(t, Relation::LocatedIn, "三明岚晟新材料有限公司", "永安市");
        // Where it stands itself, it is located there.
        let t = "岚驰新能源电池股份有限公司位于合肥市长丰县，主要生产磷酸铁锂电池。";
        let got = related(t, Relation::LocatedIn);
        assert!(
            got.iter()
                .any(|(h, r)| h == "岚驰新能源电池股份有限公司" && r == "长丰县"),
            "{got:?}"
        );
    }

    #[test]
    fn a_copula_clause_after_the_subjects_own_clauses_makes_it_a_subsidiary() {
        // Regression: A成立于2023年，总部位于R，是B的全资子公司 owned nothing, the
        // clause holding B alone.
        let t = "岚峤汽车成立于2023年，总部位于广州市南沙区，是岚山汽车集团有限公司的全资子公司。";
        assert_related(
            t,
            Relation::SubsidiaryOf,
            "岚峤汽车",
            "岚山汽车集团有限公司",
        );
        let t = "岚峰锂业总部位于宜春市，是岚山集团股份有限公司的控股子公司。";
        assert_related(
            t,
            Relation::SubsidiaryOf,
            "岚峰锂业",
            "岚山集团股份有限公司",
        );
        // A clause that names its own subject keeps it.
        let t = "岚峰锂业总部位于宜春市，岚澜科技是岚山集团股份有限公司的控股子公司。";
        assert_not_related(
            t,
            Relation::SubsidiaryOf,
            "岚峰锂业",
            "岚山集团股份有限公司",
        );
    }

    #[test]
    fn a_conjunction_before_a_figure_is_no_part_of_its_label() {
        // Regression: 合作伙伴代表和500余名准车主 labelled the figure 代表和.
        let got = indicators(
            "2025岚山锂电产业大会由岚峰锂业主办，来自电池、材料等领域的合作伙伴代表和500余名观众到场。",
        );
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(got.iter().all(|i| !i.ends_with('和')), "{got:?}");
    }

    #[test]
    fn being_there_is_taking_part() {
        let t = "2025岚山锂电产业大会在岚山市举行，岚山市副市长周海峰到场。";
        assert_related(
            t,
            Relation::ParticipatesIn,
            "周海峰",
            "2025岚山锂电产业大会",
        );
    }

    #[test]
    fn a_growth_word_after_a_comma_labels_only_its_own_figure() {
        // Regression: 处理退役电池4.6万吨，同比增长52% labelled 4.6万吨 同比增长.
        assert_eq!(
            indicators("2024年，鸿晟循环科技有限公司处理退役电池4.6万吨，同比增长52%。"),
            ["退役电池", "同比增长"]
        );
    }

    #[test]
    fn an_indicator_without_a_word_of_its_own_is_made_of_whole_words() {
        // Regression: 役锂电池, 理能力的, 份额分别, 成换电站, 规模有望.
        assert_eq!(
            indicators("鸿晟循环科技有限公司年处理退役锂电池6万吨。"),
            ["退役锂电池"]
        );
        // A share of the province names its whole (占全省, as 占全国 does).
        assert_eq!(
            indicators("鸿晟循环科技有限公司占全省回收处理能力的52.3%。"),
            ["占全省"]
        );
        assert_eq!(
            indicators("鸿晟循环科技有限公司份额分别为14.5%和17.2%。"),
            ["份额", "份额"]
        );
        assert_eq!(
            indicators("鸿晟换电科技有限公司已建成换电站86座。"),
            ["换电站"]
        );
        assert_eq!(
            indicators("鸿晟循环科技有限公司回收规模有望突破300亿元。"),
            ["回收规模"]
        );
    }

    #[test]
    fn a_back_reference_that_gives_the_figures_does_not_hold_them() {
        // Regression: 研究院预计，到2027年R…，规模有望突破300亿元: the institute only
        // forecasts; the later clauses are R's, as the first is.
        let t = "陇南锂电循环研究院（以下简称“研究院”）发布报告。研究院预计，到2027年甘肃省年处理能力将达到120万吨，回收利用产业规模有望突破300亿元。";
        let rows = fact_rows(t);
        assert!(
            !rows.is_empty() && rows.iter().all(|(h, _, _)| h == "甘肃省"),
            "{rows:?}"
        );
    }

    #[test]
    fn this_enterprise_and_the_base_refer_back() {
        // 这家企业 is the company named before.
        assert_eq!(
            fact_holders(
                "为鸿晟电池供货的是澜江磷化新材料有限公司。这家企业主营磷酸铁，年产能8万吨。"
            ),
            ["澜江磷化新材料有限公司"]
        );
        // 基地 is a park called a base…
        assert_eq!(
            fact_holders("项目在宁夏澜东能源化工基地投产。基地已集聚锂电材料企业19家。"),
            ["宁夏澜东能源化工基地"]
        );
        // …not another park, when the base was a company's plant.
        let t = "鸿晟集团在陇南经济技术开发区建设的电池生产基地投产。该基地电池产量达到3万辆。";
        assert!(
            !fact_holders(t).contains(&"陇南经济技术开发区".to_string()),
            "{:?}",
            fact_rows(t)
        );
    }

    #[test]
    fn figures_of_a_sentence_opening_on_the_event_are_the_events() {
        let t = "2025陇南钠电产业大会在成县举行。大会由甘肃省工业和信息化厅主办，来自全国的160余家企业参会。会上，12个钠离子电池项目集中签约，总投资218亿元。";
        let rows = fact_rows(t);
        for v in ["160家", "12个", "218亿元"] {
            assert!(
                rows.iter()
                    .any(|(h, _, x)| h == "2025陇南钠电产业大会" && x == v),
                "{v}: {rows:?}"
            );
        }
    }

    #[test]
    fn a_place_before_de_and_a_name_is_not_the_sentences_subject() {
        // Regression: 太原市清徐县的A…，现有年产能1.5万吨 gave the capacity to the city.
        let t = "陇南市成县的澜江材料科技有限公司是省内首家企业，现有年产能1.5万吨。";
        let rows = fact_rows(t);
        assert_eq!(rows.len(), 1, "{rows:?}");
        assert_eq!(rows[0].0, "澜江材料科技有限公司");
    }

    #[test]
    fn the_year_of_a_founding_somewhere_does_not_date_later_figures() {
        let (_, ex) =
            run("澜江钠电科技有限公司2023年在陇南市成县成立，主要生产钠离子电池，现有产能5GWh。");
        assert_eq!(ex.facts.len(), 1);
        assert_eq!(ex.facts[0].fact.year, None);
        // An area is a figure (平方公里).
        let rows = fact_rows("陇南钠电产业园位于成县，规划面积12平方公里。");
        assert_eq!(rows.len(), 1, "{rows:?}");
        assert_eq!(rows[0].2, "12平方公里");
    }

    #[test]
    fn goods_sent_to_a_plant_are_not_made_by_the_sender() {
        // Regression: …装车南下，进入负极材料工厂的生产线 made the company a maker of 负极材料.
        let t = "澜江石墨科技有限公司的石墨经过提纯，装车南下，进入负极材料工厂的生产线。";
        assert!(
            !related(t, Relation::Produces)
                .iter()
                .any(|(_, p)| p == "负极材料"),
            "{:?}",
            related(t, Relation::Produces)
        );
    }

    #[test]
    fn a_companys_supplier_named_after_it_supplies_and_makes_the_product() {
        let t = "琼澜汽车有限公司的动力电池供应商是鸿晟动力科技有限公司，双方已签订长期协议。";
        assert_eq!(
            supplies(t),
            pairs(&[("鸿晟动力科技有限公司", "琼澜汽车有限公司")])
        );
        // The buyer does not make what it buys.
        assert_eq!(
            related(t, Relation::Produces),
            pairs(&[("鸿晟动力科技有限公司", "动力电池")])
        );
    }

    #[test]
    fn a_title_then_a_copula_names_the_post_at_the_body_before_or_the_sentences() {
        for t in [
            "岚川锂业股份有限公司董事长为钟建岚。",
            "岚川锂业股份有限公司的董事长是钟建岚。",
            "岚川锂业股份有限公司成立于2020年，注册资本为6亿元，法定代表人为钟建岚。",
            "岚川锂业股份有限公司位于宜春，其总经理是钟建岚。",
        ] {
            assert_eq!(
                related(t, Relation::WorksAt),
                pairs(&[("钟建岚", "岚川锂业股份有限公司")]),
                "{t}"
            );
        }
        // A post given to someone (聘任X为总经理) is the person's before the title, and a
        // clause naming a body of its own keeps the post there.
        let t = "岚川锂业股份有限公司成立于2020年，岚峰矿业有限公司董事长为钟建岚。";
        assert_eq!(
            related(t, Relation::WorksAt),
            pairs(&[("钟建岚", "岚峰矿业有限公司")])
        );
        // 党组成员 is a title, also before another (党组成员、副厅长X).
        let t = "出席的有：江西省工业和信息化厅党组成员、副厅长饶岚平先生。";
        assert_eq!(
            related(t, Relation::WorksAt),
            pairs(&[("饶岚平", "江西省工业和信息化厅")])
        );
    }

    #[test]
    fn a_title_after_a_back_reference_is_held_at_the_body_the_text_is_about() {
        // 公司 is the company the sentences before were about, not the owner they name.
        let t = "澜江新材料有限公司是鸿晟控股集团有限公司的全资子公司，2022年落户陇南。公司总经理柯海军介绍，当地电价低。";
        assert_eq!(
            related(t, Relation::WorksAt),
            pairs(&[("柯海军", "澜江新材料有限公司")])
        );
    }

    #[test]
    fn whole_province_before_the_province_is_named_on_its_own() {
        // Regression: a notice that opens with its issuer gave 全省's figures to the
        // product, the province being named on its own only further on.
        let t = "青海省工业和信息化厅通报。截至9月底，全省新型储能累计装机达到6.8GW。青海新型储能发展迅速。";
        assert_eq!(fact_holders(t), ["青海省"]);
    }

    #[test]
    fn an_interviews_first_person_is_the_guests_organization() {
        let t = "——访岚峰新材料股份有限公司董事长\n记者：主要客户有哪些？\n答：我们的电解液主要供应宁德时代。目前公司电解液产能是8万吨。岚峰新材料股份有限公司成立于2010年。";
        assert_eq!(
            related(t, Relation::Supplies),
            pairs(&[("岚峰新材料股份有限公司", "宁德时代")])
        );
        assert_eq!(fact_holders(t), ["岚峰新材料股份有限公司"]);
        // Outside an interview 我们 is whoever speaks: nobody the graph knows.
        let t = "我们的电解液主要供应宁德时代。岚峰新材料股份有限公司成立于2010年。";
        assert_eq!(related(t, Relation::Supplies), pairs(&[]));
        // 本公司 is the issuer's own word in any text.
        let t = "岚峰新材料股份有限公司公告。本公司的电解液主要供应宁德时代。";
        assert_eq!(
            related(t, Relation::Supplies),
            pairs(&[("岚峰新材料股份有限公司", "宁德时代")])
        );
    }

    #[test]
    fn suppliers_listed_after_you_and_totals_gathered_by_a_place() {
        // Regression: 由A和B供应 tied only B.
        let t = "岚图鹤山汽车科技有限公司11月销量1.2万辆，动力电池主要由宁德时代和中创新航供应。";
        assert_eq!(
            related(t, Relation::Supplies),
            pairs(&[
                ("中创新航", "岚图鹤山汽车科技有限公司"),
                ("宁德时代", "岚图鹤山汽车科技有限公司")
            ])
        );
        // A total after 等 and the kind of its members is the place's that gathers them,
        // when the sentence names the place; not the last company listed.
        let t =
            "目前，溧阳市已集聚鹤山时代电池有限公司、岚峰先导材料科技有限公司等配套企业80余家。";
        assert_eq!(fact_holders(t), ["溧阳市"]);
        // A production scale is no area (矿区面积…，生产规模为每年120万吨).
        let t = "鹤峰锂业股份有限公司取得采矿许可证，矿区面积2.36平方公里，生产规模为每年120万吨。";
        let rows = fact_rows(t);
        assert!(
            rows.iter()
                .any(|(_, i, v)| i == "面积" && v == "2.36平方公里"),
            "{rows:?}"
        );
        assert!(
            rows.iter()
                .any(|(_, i, v)| i == "生产规模" && v == "120万吨"),
            "{rows:?}"
        );
        assert!(
            rows.iter().all(|(h, _, _)| h == "鹤峰锂业股份有限公司"),
            "{rows:?}"
        );
    }

    #[test]
    fn an_annual_reports_table_of_holdings_gives_subsidiaries_and_stakes() {
        let t = "公告编号:2025-021\n岚峰新材料股份有限公司\n2024年年度报告摘要\n\
                 公司名称 持股比例 注册地 主要业务\n\
                 宜昌岚峰锂盐科技有限公司 100% 湖北宜昌 六氟磷酸锂的研发、生产和销售\n\
                 江西鹤锂矿业有限公司（参股公司） 20% 江西宜春 锂云母采选\n\
                 公司实现营业收入53.86亿元。";
        assert_eq!(
            related(t, Relation::SubsidiaryOf),
            pairs(&[("宜昌岚峰锂盐科技有限公司", "岚峰新材料股份有限公司")])
        );
        assert_related(
            t,
            Relation::InvestsIn,
            "岚峰新材料股份有限公司",
            "江西鹤锂矿业有限公司",
        );
        assert_related(t, Relation::LocatedIn, "江西鹤锂矿业有限公司", "宜春市");
        // Without a document that speaks for the owner, a share names no owner.
        let t = "宜昌岚峰锂盐科技有限公司 100% 湖北宜昌 六氟磷酸锂的研发、生产和销售";
        assert_eq!(related(t, Relation::SubsidiaryOf), pairs(&[]));
    }

    #[test]
    fn a_papers_authors_work_at_their_numbered_affiliations() {
        let t = "盐湖卤水吸附法提锂技术研究进展\n\
                 韩岚林¹，才让央金¹,²*，孙岳强³\n\
                 （1. 青海高原理工大学 化学化工学院，青海 西宁 810016；2. 青海省盐湖锂资源重点实验室，青海 西宁 810016；3. 岚锂盐湖开发有限公司 技术中心，青海 格尔木 816099）\n\
                 摘要：本文综述了吸附剂的吸附机理。\n";
        assert_eq!(
            related(t, Relation::WorksAt),
            pairs(&[
                ("孙岳强", "岚锂盐湖开发有限公司"),
                ("才让央金", "青海省盐湖锂资源重点实验室"),
                ("才让央金", "青海高原理工大学"),
                ("韩岚林", "青海高原理工大学"),
            ])
        );
        // The bodies of one paper work together.
        assert_eq!(related(t, Relation::CooperatesWith).len(), 3);
        // Each is where its address says.
        assert_related(t, Relation::LocatedIn, "青海高原理工大学", "西宁市");
        assert_related(
            t,
            Relation::LocatedIn,
            "青海省盐湖锂资源重点实验室",
            "西宁市",
        );
    }

    #[test]
    fn a_table_of_subsidiaries_gives_their_stakes_and_what_they_make() {
        // 子公司名称 is the held column, so each row's stake is its holder's and over
        // half makes a subsidiary; the 主营业务 cell names what the row's company makes,
        // unless it is a line of recycling (its products are what it takes in).
        let t = "岚峰锂业股份有限公司下属子公司情况如下：\n\
                 子公司名称　　注册地　　持股比例　　主营业务\n\
                 阿坝岚峰选矿有限公司　　四川省阿坝州金川县　　100.00%　　锂辉石选矿\n\
                 成都岚峰锂盐科技有限公司　　四川省成都市青白江区　　70.00%　　电池级碳酸锂、氢氧化锂生产\n\
                 宜昌岚峰循环科技有限公司　　湖北省宜昌市　　60.00%　　废旧锂电池回收利用\n";
        assert_eq!(
            related(t, Relation::SubsidiaryOf),
            pairs(&[
                ("宜昌岚峰循环科技有限公司", "岚峰锂业股份有限公司"),
                ("成都岚峰锂盐科技有限公司", "岚峰锂业股份有限公司"),
                ("阿坝岚峰选矿有限公司", "岚峰锂业股份有限公司"),
            ])
        );
        assert_eq!(
            related(t, Relation::Produces),
            pairs(&[
                ("成都岚峰锂盐科技有限公司", "氢氧化锂"),
                ("成都岚峰锂盐科技有限公司", "碳酸锂"),
                ("阿坝岚峰选矿有限公司", "锂辉石"),
            ])
        );
        assert!(
            figures(t)
                .iter()
                .any(|(s, v, u)| s == "成都岚峰锂盐科技有限公司" && v == "70.0" && u == "%")
        );
    }

    #[test]
    fn each_place_of_a_list_written_with_its_province_is_one_member() {
        // Regression: 在湖北宜昌、江苏常州…建成 invested only in the first; the province
        // before each city broke the list.
        let t = "岚峰新材料股份有限公司已在湖北宜昌、江苏常州、四川遂宁建成三大电解液生产基地。";
        assert_eq!(
            related(t, Relation::InvestsIn),
            pairs(&[
                ("岚峰新材料股份有限公司", "宜昌市"),
                ("岚峰新材料股份有限公司", "常州市"),
                ("岚峰新材料股份有限公司", "遂宁市")
            ])
        );
        // 现任 takes a post as 担任 does.
        let t = "刘振华现任鹤山锂电研究院院长。";
        assert_eq!(
            related(t, Relation::WorksAt),
            pairs(&[("刘振华", "鹤山锂电研究院")])
        );
        // So it does after an honorific and a comma.
        let t = "岑卫东先生，现任岚峰锂业股份有限公司董事长兼总经理。";
        assert_eq!(
            related(t, Relation::WorksAt),
            pairs(&[("岑卫东", "岚峰锂业股份有限公司")])
        );
    }

    #[test]
    fn a_back_reference_after_a_bracket_opening_the_clause_is_found_where_it_stands() {
        // Regression (proptest): the clause without its opening bracket was read from
        // the bracket's place, and slicing after 研究院 cut into 《.
        let _ = fact_rows("(bàodào)《研究院５０２%郴州");
        let t = "岚峰储能研究院成立于2020年。(记者 李明)研究院现有研发人员120名。";
        assert_eq!(fact_holders(t), ["岚峰储能研究院"]);
    }

    #[test]
    fn a_project_a_government_signs_with_a_company_is_the_companys() {
        let t = "鹤山市鸠江区人民政府与岚峰钠电新材料有限公司签约年产3万吨正极材料项目，项目总投资18亿元。";
        assert_eq!(
            fact_rows(t),
            [
                (
                    "岚峰钠电新材料有限公司".to_string(),
                    "产能".to_string(),
                    "3万吨".to_string()
                ),
                (
                    "岚峰钠电新材料有限公司".to_string(),
                    "投资额".to_string(),
                    "18亿元".to_string()
                )
            ]
        );
        // A yearly capacity in tonnes keeps its year.
        let t = "岚峰钠电新材料有限公司现有硬碳负极材料产能5000吨/年。";
        assert_eq!(fact_rows(t)[0].2, "5000吨/年");
    }

    #[test]
    fn a_name_right_after_the_verb_is_its_object_not_the_sentences_subject() {
        // Regression: 产品主要供应A、B made A the subject, and A supplied B.
        let t = "鹤山锦墨新材料有限公司一期项目正式投产。产品主要供应国轩高科、欣旺达等电池企业。";
        assert_eq!(
            related(t, Relation::Supplies),
            pairs(&[
                ("鹤山锦墨新材料有限公司", "国轩高科"),
                ("鹤山锦墨新材料有限公司", "欣旺达")
            ])
        );
        // A name the recognizer missed before the verb is the subject: the company
        // before it does not move (岚和储能… is no name the rules know).
        let t = "鹤山锦墨新材料有限公司一期项目正式投产。2024年，岚和储能科技有限公司将总部迁入孝感市。";
        assert_eq!(related(t, Relation::RelocatedTo), pairs(&[]));
    }

    #[test]
    fn an_events_head_word_alone_refers_back_to_it_and_a_project_starts_where_it_is_built() {
        let t = "3月28日，2025鹤山负极材料产业推介会在鹤山市举行。推介会由鹤山市人民政府主办。";
        assert_eq!(
            related(t, Relation::Hosts),
            pairs(&[("鹤山市人民政府", "2025鹤山负极材料产业推介会")])
        );
        let t = "江门墨峰石墨新材料有限公司年产5万吨负极材料二期项目在开平市开工。";
        assert_eq!(
            related(t, Relation::InvestsIn),
            pairs(&[("江门墨峰石墨新材料有限公司", "开平市")])
        );
    }

    #[test]
    fn a_city_report_keeps_its_figures_with_the_city_park_and_company_they_are_about() {
        let rows = |t: &str| -> Vec<(String, String, String)> { fact_rows(t) };
        let t = "2024年，遂宁市锂电产业完成产值312.8亿元，占全省锂电产业产值的41.3%。\
                 截至2024年底，全市磷酸铁锂产能达32万吨/年，占全省的52.2%；磷酸铁产能25万吨/年；\
                 规上企业达到27家。四川省锂电产业产值为1095.6亿元。";
        let got = rows(t);
        // A share of the province is the city's (the province is its whole), and a list
        // of figures after a semicolon goes on about the city 全市 named.
        for (value, holder) in [
            ("41.3%", "遂宁市"),
            ("52.2%", "遂宁市"),
            ("25万吨/年", "遂宁市"),
            ("27家", "遂宁市"),
            ("1095.6亿元", "四川省"),
        ] {
            assert!(
                got.iter().any(|(h, _, v)| h == holder && v == value),
                "{value} should be {holder}'s: {got:?}"
            );
        }
        assert!(
            got.iter().any(|(_, i, v)| i == "占全省" && v == "41.3%"),
            "{got:?}"
        );
        // 全市 describing the sentence's subject (X是全市…) does not take X's figures.
        let t = "遂宁市锂电产业发展迅速。鹤山经济技术开发区是全市正极材料产业的主要承载地，2024年实现产值186.5亿元，占全市的53.1%。";
        assert_eq!(
            fact_holders(t),
            ["鹤山经济技术开发区", "鹤山经济技术开发区"]
        );
        // A place written after the larger one is as much an adverbial (在R1R2，X…):
        // 公司 in the next sentence is X, not the customer X named last.
        let t = "在遂宁市船山区，岚峰锂源新材料有限公司已建成磷酸铁产能15万吨/年，其中约40%供应鹤山新能源科技有限公司。公司今年还计划投资9.5亿元。";
        assert_eq!(
            fact_holders(t).last().map(String::as_str),
            Some("岚峰锂源新材料有限公司")
        );
        // A yearly capacity is no market price: it stays with the company the text is about.
        let t =
            "岚峰锂源新材料有限公司已建成磷酸铁产能15万吨/年。二期计划新增磷酸铁产能20万吨/年。";
        assert_eq!(
            fact_holders(t),
            ["岚峰锂源新材料有限公司", "岚峰锂源新材料有限公司"]
        );
    }

    #[test]
    fn a_joint_institute_is_referred_back_to_by_its_kind() {
        // Regression: 联合研究院 opening a sentence referred to no one (研究院 after 合
        // is inside a word), so its figures were lost.
        let t = "岭南理工大学与鹤峰新能源科技股份有限公司共建的固态电池联合研究院在广州揭牌。\
                 联合研究院首期投入研发经费5000万元。";
        assert_eq!(fact_holders(t), ["固态电池联合研究院"]);
    }

    #[test]
    fn a_contract_announcement_is_its_issuers_though_it_names_the_buyer_more() {
        // Regression: the buyer, named five times, was taken for the issuer named in the
        // header, and 公司 became the buyer: it then bought from itself.
        let t = "证券代码:300999 证券简称:岚峰新能 公告编号:2025-036\n岚峰新能源科技股份有限公司\n\
                 关于签订日常经营重大合同的公告\n\
                 公司于2025年3月18日与鹤山储能技术有限公司（以下简称“鹤山储能”）签订了采购合同，\
                 约定鹤山储能向公司采购磷酸铁锂储能电芯合计8GWh，合同金额约人民币24亿元。\n\
                 鹤山储能成立于2019年，注册资本5亿元。鹤山储能主营储能系统集成。\n\
                 合同金额占公司2024年度经审计营业收入的31.5%。";
        assert_eq!(
            related(t, Relation::Supplies),
            pairs(&[("岚峰新能源科技股份有限公司", "鹤山储能技术有限公司")])
        );
        let rows = fact_rows(t);
        // No company named 合同金额占公司, and the currency is no indicator.
        assert!(
            rows.iter()
                .any(|(h, _, v)| h == "岚峰新能源科技股份有限公司" && v == "31.5%"),
            "{rows:?}"
        );
        assert!(
            rows.iter()
                .any(|(_, i, v)| i == "合同金额" && v == "24亿元"),
            "{rows:?}"
        );
    }

    #[test]
    fn a_listed_companys_own_report_calls_its_issuer_company() {
        // Regression: an annual report's 公司 went to the last company its table named.
        let head = "证券代码:301999 证券简称:岚峰新材 公告编号:2025-008\n岚峰新材料股份有限公司\n2024年年度报告摘要\n";
        let t = format!(
            "{head}参股公司鹤岭矿业有限公司从事锂云母采选。\n2024年，公司实现营业收入53.8亿元。公司电解液产品已批量供应宁德时代。"
        );
        assert_eq!(fact_holders(&t), ["岚峰新材料股份有限公司"]);
        assert_eq!(
            related(&t, Relation::Supplies),
            pairs(&[("岚峰新材料股份有限公司", "宁德时代")])
        );
        // A broker's note on a company has a code but no announcement number: its
        // 公司 is not the broker's, so it stays with the company named before it.
        let t = "华岳证券股份有限公司\n证券代码 | 证券简称\n参股公司鹤岭矿业有限公司从事锂云母采选。\n2024年，公司实现营业收入53.8亿元。";
        assert_eq!(fact_holders(t), ["鹤岭矿业有限公司"]);
    }

    #[test]
    fn a_controlling_shareholder_owns_the_company() {
        // Regression: A的控股股东是B made B A's subsidiary.
        for t in [
            "岚峰新材料股份有限公司的控股股东是鹤岭化工集团。",
            "鹤岭化工集团为岚峰新材料股份有限公司的控股股东。",
        ] {
            assert_eq!(
                related(t, Relation::SubsidiaryOf),
                pairs(&[("岚峰新材料股份有限公司", "鹤岭化工集团")]),
                "{t}"
            );
        }
    }

    #[test]
    fn places_that_say_whose_firms_are_not_partners() {
        // Regression: 和广西、江西的几家电池企业商谈合作 made the provinces partners.
        let t = "岚峰科技有限公司正在和广西、江西的几家电池企业商谈合作。";
        assert_eq!(related(t, Relation::CooperatesWith), pairs(&[]));
        let t = "岚峰科技有限公司将加强与郴州市的合作。";
        assert_eq!(
            related(t, Relation::CooperatesWith),
            pairs(&[("岚峰科技有限公司", "郴州市")])
        );
    }

    #[test]
    fn a_project_records_fields_belong_to_its_holder() {
        let t = "1．项目名称：湖南年产5GWh储能电池生产项目；建设单位：岚峰储能科技有限公司；建设地点：鹤岭高新技术产业开发区；总投资：9.2亿元；建设进度：设备调试中。鹤岭高新技术产业开发区集聚储能企业31家。";
        assert_eq!(
            related(t, Relation::InvestsIn),
            pairs(&[("岚峰储能科技有限公司", "鹤岭高新技术产业开发区")])
        );
        assert_eq!(
            related(t, Relation::Produces),
            pairs(&[("岚峰储能科技有限公司", "储能电池")])
        );
        let mut holders = fact_rows(t);
        holders.sort();
        assert_eq!(
            holders,
            [
                (
                    "岚峰储能科技有限公司".to_string(),
                    "产能".to_string(),
                    "5GWh".to_string()
                ),
                (
                    "岚峰储能科技有限公司".to_string(),
                    "投资额".to_string(),
                    "9.2亿元".to_string()
                ),
                (
                    "鹤岭高新技术产业开发区".to_string(),
                    "企业数".to_string(),
                    "31家".to_string()
                ),
            ]
        );
    }

    #[test]
    fn a_clause_that_opens_on_the_controlling_shareholder_is_about_the_sentences_company() {
        let t = "岚峰汽车股份有限公司总部位于长沙市，控股股东为鹤岭汽车集团。";
        assert_eq!(
            related(t, Relation::SubsidiaryOf),
            pairs(&[("岚峰汽车股份有限公司", "鹤岭汽车集团")])
        );
    }

    #[test]
    fn attendance_and_signing_figures_after_the_event_sentence_are_the_events() {
        // Regression: the count went to the first company of the list, the signing
        // figures to the last one named.
        let t = "2025岚峰新能源汽车供需对接会在长沙举行。比亚迪、宁德时代等86家企业参会，现场签约项目21个，总金额156亿元。";
        assert_eq!(fact_holders(t), ["2025岚峰新能源汽车供需对接会"; 3]);
    }

    #[test]
    fn a_count_after_deng_that_exceeds_the_list_is_a_total() {
        // 科力远、威领股份2家 counts the list; 等120余家 is more than it names.
        let t = "岚峰锂业有限公司、鹤岭电池有限公司2家企业落户长沙市。";
        assert_eq!(fact_holders(t), Vec::<String>::new());
        let t = "2025岚峰锂电大会在长沙开幕。宁德时代、岚峰锂业有限公司等120余家企业，以及中南大学的专家参加了大会。";
        assert_eq!(fact_holders(t), ["2025岚峰锂电大会"]);
    }

    #[test]
    fn a_company_launching_a_product_holds_the_figures_said_of_it() {
        // Regression: 发布 after the name made it a source (X发布的数据显示), so the
        // product's figures went to the product.
        let t = "会上，宏川储能科技有限公司发布了第二代钠离子电池电芯，单体能量密度达到165Wh/kg。";
        assert_eq!(fact_holders(t), ["宏川储能科技有限公司"]);
        // A source still holds none.
        let t = "宏川研究院有限公司发布的数据显示，全国钠离子电池出货量达到9GWh。";
        assert_eq!(fact_holders(t), ["钠离子电池"]);
    }

    #[test]
    fn a_clause_naming_no_one_goes_on_with_the_last_figure_of_its_measure() {
        // Regression: 其中一期12万吨磷酸铁锂… went to the product of the clause before.
        let t = "宏泓新材料有限公司2021年落户曲靖经开区。该项目总投资68亿元，\
                 规划建设年产20万吨磷酸铁锂及配套15万吨磷酸铁产能，其中一期12万吨磷酸铁锂已建成投产。";
        assert_eq!(fact_holders(t), ["宏泓新材料有限公司"; 4]);
    }

    #[test]
    fn a_sentence_opening_on_qi_goes_on_about_the_company_before() {
        // Regression: the places of its site held the figures of 其位于R的生产基地…,
        // so they went to no one or to the product.
        let t = "宏擎储能科技有限公司是储能电池头部企业之一。\
                 其位于长丰县双凤经济开发区的生产基地年产能达20GWh，2023年储能电芯出货量12.6GWh。";
        assert_eq!(
            fact_holders(t),
            ["宏擎储能科技有限公司", "宏擎储能科技有限公司"]
        );
        // 其中 is no pronoun.
        let t = "宏擎储能科技有限公司是储能电池头部企业之一。其中，长丰县储能电芯出货量12.6GWh。";
        assert_eq!(fact_holders(t), ["长丰县"]);
    }

    #[test]
    fn years_listed_before_fen_bie_go_one_to_each_figure_after_it() {
        let rows = dated_figures;
        let row = |v: &str, y: i32| (v.to_string(), Some(y));
        assert_eq!(
            rows(
                "我们预计岚晶新材料股份有限公司2025-2027年归母净利润分别为10.36/15.68/19.86亿元。"
            ),
            [
                row("10.36亿元", 2025),
                row("15.68亿元", 2026),
                row("19.86亿元", 2027)
            ]
        );
        assert_eq!(
            rows(
                "岚晶新材料股份有限公司2022年、2023年和2024年营业收入分别为8.2亿元、9.6亿元和12.1亿元。"
            ),
            [
                row("8.2亿元", 2022),
                row("9.6亿元", 2023),
                row("12.1亿元", 2024)
            ]
        );
    }

    #[test]
    fn a_capacity_is_dated_by_the_year_it_comes_on_stream() {
        let years = dated_figures;
        let one = |fig: &str, y: Option<i32>| vec![(fig.to_string(), y)];
        // 届时 points back to the year before it, though that year dates an event.
        assert_eq!(
            years("岚江锂业有限公司二期预计2027年6月建成，届时碳酸锂总产能将达到6万吨。"),
            one("6万吨", Some(2027))
        );
        // A start-up year right after the figure, in its clause or the next.
        assert_eq!(
            years("岚江储能科技有限公司建设年产12GWh储能电池项目，预计2028年建成投产。"),
            one("12GWh", Some(2028))
        );
        assert_eq!(
            years("岚江储能科技有限公司一期5GWh预计于2028年三季度投产。"),
            one("5GWh", Some(2028))
        );
        // Not a sum of money, nor a whole whose later clause dates one phase.
        assert_eq!(
            years("岚江储能科技有限公司总投资30亿元，预计2028年建成投产。"),
            one("30亿元", None)
        );
        assert_eq!(
            years("岚江储能科技有限公司规划产能12GWh，一期2028年投产。"),
            one("12GWh", None)
        );
        // The year belongs to the figure its own clause gives.
        assert_eq!(
            years("岚江碳材料有限公司现有产能1万吨，2028年二期建成后将达到3万吨。"),
            [
                ("1万吨".to_string(), None),
                ("3万吨".to_string(), Some(2028))
            ]
        );
    }

    #[test]
    fn a_year_whose_clause_holds_a_figure_dates_the_figures_after_it() {
        // Regression: 生产 after the year read as an event it dated, so the later
        // clauses lost the year.
        let (_, ex) = run(
            "岚峰锂业有限公司2024年生产锂辉石精矿9.3万吨，实现营业收入21.7亿元，同比增长15.4%。",
        );
        let years: Vec<Option<i32>> = ex.facts.iter().map(|f| f.fact.year).collect();
        assert_eq!(years, [Some(2024); 3]);
    }

    #[test]
    fn an_event_is_where_the_text_says_it_is_held_before_naming_it() {
        let t = "上个月，岚峰科技有限公司在营口举办的2025中国氟化工产业发展论坛上发言。";
        assert_eq!(
            related(t, Relation::LocatedIn),
            pairs(&[("2025中国氟化工产业发展论坛", "营口市")])
        );
    }

    #[test]
    fn companies_given_as_examples_of_a_trade_are_in_its_stage() {
        let t = "六氟磷酸锂还卖给岚峰科技有限公司和鹤岭新能源股份有限公司这样的电解液企业。";
        let mut staged: Vec<String> = related(t, Relation::InStage)
            .into_iter()
            .filter(|(_, st)| st == "材料")
            .map(|(h, _)| h)
            .filter(|h| h != "六氟磷酸锂" && h != "电解液")
            .collect();
        staged.sort();
        assert_eq!(staged, ["岚峰科技有限公司", "鹤岭新能源股份有限公司"]);
        // Counted (两家电池企业), maybe past products that qualify the trade.
        let staged = |t: &str| {
            let mut s: Vec<(String, String)> = related(t, Relation::InStage)
                .into_iter()
                .filter(|(h, _)| h.ends_with("公司"))
                .collect();
            s.sort();
            s
        };
        let both = |st: &str| pairs(&[("岚峰科技有限公司", st), ("鹤岭新能源股份有限公司", st)]);
        let t = "产品已通过岚峰科技有限公司、鹤岭新能源股份有限公司两家电池企业的认证。";
        assert_eq!(staged(t), both("电池"));
        let t = "选取岚峰科技有限公司、鹤岭新能源股份有限公司2家磷酸铁锂正极企业作为可比公司。";
        assert_eq!(staged(t), both("材料"));
        // A count of something else is no list of the trade's firms.
        let t = "岚峰科技有限公司、鹤岭新能源股份有限公司两年前收购了正极企业。";
        assert_eq!(staged(t), []);
    }

    #[test]
    fn the_one_a_project_is_carried_out_by_holds_its_figures() {
        // Regression: 由 before a name made it an adverbial, so 总投资 went to no one.
        let t = "该项目由岚峰锂电股份有限公司投资建设，总投资30亿元。";
        assert_eq!(fact_holders(t), ["岚峰锂电股份有限公司"]);
        // Named after the figure, and for each member of a list.
        let t = "项目总投资12亿元，由鹤岭科技有限公司投资建设。";
        assert_eq!(fact_holders(t), ["鹤岭科技有限公司"]);
        let t = "项目由岚峰锂电股份有限公司、鹤岭科技有限公司共同投资，总投资8亿元。";
        assert_eq!(fact_holders(t), ["鹤岭科技有限公司"]);
        // 由 with any other verb still makes no subject (the source of a figure).
        let t = "据统计，由岚峰锂电股份有限公司提供的数据显示，全市产能达到5万吨。";
        assert!(!fact_holders(t).contains(&"岚峰锂电股份有限公司".to_string()));
    }

    #[test]
    fn figures_once_a_project_is_built_are_targets() {
        let (_, ex) = run("岚峰锂电股份有限公司项目达产后，年产值60亿元。");
        let targets: Vec<bool> = ex.facts.iter().map(|f| f.fact.target).collect();
        assert_eq!(targets, [true]);
        let (_, ex) = run("岚峰锂电股份有限公司去年产值60亿元。");
        let targets: Vec<bool> = ex.facts.iter().map(|f| f.fact.target).collect();
        assert_eq!(targets, [false]);
    }

    #[test]
    fn a_back_reference_before_a_subsidiary_word_names_the_owner() {
        let t =
            "岚峰锂电股份有限公司是一家材料企业。其控股子公司鹤岭循环科技有限公司从事电池回收。";
        assert_eq!(
            related(t, Relation::SubsidiaryOf),
            pairs(&[("鹤岭循环科技有限公司", "岚峰锂电股份有限公司")])
        );
        let t = "岚峰锂电股份有限公司近日公告称，公司旗下鹤岭正极材料有限公司投产。";
        assert_eq!(
            related(t, Relation::SubsidiaryOf),
            pairs(&[("鹤岭正极材料有限公司", "岚峰锂电股份有限公司")])
        );
        // 由 before the back-reference: the owner is still the one it stands for.
        let t = "岚峰锂电股份有限公司所用卤水来自其采矿权，原料由该公司控股的鹤岭盐湖资源开发有限公司供应。";
        assert_related(
            t,
            Relation::SubsidiaryOf,
            "鹤岭盐湖资源开发有限公司",
            "岚峰锂电股份有限公司",
        );
        // 该公司为其控股股东: the company named last owns the one the sentence is about.
        let t = "岚峰化工有限公司的厂库担保方为鹤岭投资集团有限公司，该公司为其控股股东。";
        assert_eq!(
            related(t, Relation::SubsidiaryOf),
            pairs(&[("岚峰化工有限公司", "鹤岭投资集团有限公司")])
        );
        // In a company's own announcement, 由公司全资子公司B生产 is that company's B.
        let t = "岚峰锂电股份有限公司关于收到定点通知书的公告\n\
                 本公司及董事会全体成员保证信息披露的内容真实。\n\
                 鹤岭汽车有限公司选定公司为其供应商。产品将主要由公司全资子公司岚峰动力电池（安庆）有限公司生产。";
        assert_related(
            t,
            Relation::SubsidiaryOf,
            "岚峰动力电池（安庆）有限公司",
            "岚峰锂电股份有限公司",
        );
    }

    #[test]
    fn a_back_reference_stands_for_the_topic_before_the_last_name() {
        // Regression: 该公司 took the owner named last (上海…集团), not the subsidiary
        // the sentence before was about.
        let t = "岚峰新材料科技有限公司是鹤岭集团股份有限公司的全资子公司。该公司投资38亿元建设隔膜项目。";
        assert_eq!(fact_holders(t), ["岚峰新材料科技有限公司"]);
    }

    #[test]
    fn a_cells_number_drops_separators_and_takes_a_minus_sign() {
        let n = |c: &str| cell_number(c).map(|(v, p)| (v.to_string(), p));
        assert_eq!(n("5,386,214,507.36"), Some(("5386214507.36".into(), false)));
        assert_eq!(n("−3.2"), Some(("-3.2".into(), false)));
        assert_eq!(n("18.2%"), Some(("18.2".into(), true)));
        assert_eq!(n("—"), None);
    }

    #[test]
    fn the_last_year_a_sentence_names_is_found_from_its_end() {
        assert_eq!(last_year_in("2023年投产，2024年扩产至5万吨"), Some(2024));
        assert_eq!(
            last_year_in("2024年扩产，12025年不是年份，3年后"),
            Some(2024)
        );
        assert_eq!(last_year_in("公司今年扩产"), None);
        assert_eq!(last_year_in("年"), None);
    }

    #[test]
    fn jituan_refers_back_to_the_group_and_tongnian_to_the_year_before() {
        // 集团 stands for the company named before, not the last place; 同年 dates the
        // first figure after it, not one 目前 dates anew nor a later one.
        let t = "岚川新能源科技集团股份有限公司成立于2014年，在四川宜宾建有基地。\n\
                 2024年，集团实现营业收入486.3亿元。同年，集团在宜宾投资85亿元启动三期项目，规划新增产能30GWh。\n\
                 同年，岚川研究院成立，目前已引进研发团队9个。";
        let rows: Vec<(String, String)> = run(t)
            .1
            .facts
            .iter()
            .map(|f| (f.fact.value.to_string(), format!("{:?}", f.fact.year)))
            .collect();
        assert_eq!(
            rows,
            [
                ("486.3".to_string(), "Some(2024)".to_string()),
                ("85".to_string(), "Some(2024)".to_string()),
                ("30".to_string(), "None".to_string()),
                ("9".to_string(), "None".to_string()),
            ]
        );
        assert_eq!(fact_holders(t)[..3], ["岚川新能源科技集团股份有限公司"; 3]);
        // A sentence opening on 集团 is about the group, though a later clause opens
        // on a place; so is a list of places given with their provinces.
        let t = "岚川新能源科技集团股份有限公司成立于2014年。\n\
                 集团在江苏常州、四川宜宾、安徽滁州建有三大生产基地，西班牙萨拉戈萨工厂正在建设中。";
        let invests = related(t, Relation::InvestsIn);
        for city in ["常州市", "滁州市"] {
            assert!(
                invests.contains(&("岚川新能源科技集团股份有限公司".into(), city.into())),
                "{city} in {invests:?}"
            );
        }
    }

    #[test]
    fn a_sentence_naming_no_one_goes_on_about_the_company_before_it() {
        let t = "岚峰新能源材料有限公司一期项目已试生产。二期计划新增电解液产能20万吨。";
        assert_eq!(fact_holders(t), ["岚峰新能源材料有限公司"]);
        // But a market figure is the product's, and so is a clause going on about
        // an earlier clause's product.
        let t = "岚峰新能源材料有限公司一期项目已试生产。六氟磷酸锂均价56000元/吨。";
        assert_eq!(fact_holders(t), ["六氟磷酸锂"]);
        let t =
            "岚峰新能源材料有限公司一期项目已试生产。碳酸锂开工率为61.3%，环比提升2.1个百分点。";
        assert_eq!(fact_holders(t), ["碳酸锂", "碳酸锂"]);
    }

    #[test]
    fn a_place_before_a_trade_word_and_a_name_is_not_the_subject() {
        // Regression: 澳大利亚 took the figures of the miner named after it.
        let t = "澳大利亚锂矿商南十字锂业本周下调产量指引，预计锂辉石精矿产量降至45万吨。";
        assert_eq!(fact_holders(t), ["南十字锂业"]);
        // Nor is a cause after 受 (受宜春地区…带动): the figure is the product's.
        let t = "受宜春地区矿山减产带动，碳酸锂期货主力合约周五收于84260元/吨。";
        assert_eq!(fact_holders(t), ["碳酸锂"]);
    }

    #[test]
    fn members_of_a_consortium_cooperate() {
        let t = "第三名：岚峰储能科技有限公司（牵头人）、鹤岭电力工程有限公司组成的联合体";
        assert_eq!(
            related(t, Relation::CooperatesWith),
            pairs(&[("岚峰储能科技有限公司", "鹤岭电力工程有限公司")])
        );
    }

    #[test]
    fn a_supplier_after_its_place_and_you_is_no_subject() {
        // Regression: the supplier after 由四平市的 became the sentence's subject, so
        // it supplied itself; and 这家 is the one just named, not the topic.
        let t = "岚峰新能源科技股份有限公司成立于2019年。其电芯所用的磷酸铁锂主要由四平市的鹤岭新材料有限公司供应，这家正极材料企业今年还追加了供货量。";
        assert_eq!(
            supplies(t),
            pairs(&[("鹤岭新材料有限公司", "岚峰新能源科技股份有限公司")])
        );
        let staged: Vec<(String, String)> = related(t, Relation::InStage)
            .into_iter()
            .filter(|(h, _)| h.ends_with("公司"))
            .collect();
        assert_eq!(staged, pairs(&[("鹤岭新材料有限公司", "材料")]));
    }

    #[test]
    fn building_a_line_in_a_park_invests_in_it() {
        let t = "岚峰新能源科技股份有限公司在长春锦程新能源产业园建有年产5GWh储能电池生产线。";
        assert_eq!(
            related(t, Relation::InvestsIn),
            pairs(&[("岚峰新能源科技股份有限公司", "长春锦程新能源产业园")])
        );
    }

    #[test]
    fn a_notices_labelled_lines_are_one_record() {
        // Fields one per line, not joined by ；: the holder's figures and place.
        let t = "一、项目名称：岚峰200MW/400MWh储能电站项目\n二、招标人：岚峰储能科技有限公司\n三、建设地点：吉林省松原市宁江区\n四、储能容量：200MW/400MWh\n";
        let holders: Vec<String> = fact_holders(t);
        assert!(!holders.is_empty());
        assert!(
            holders.iter().all(|h| h == "岚峰储能科技有限公司"),
            "{holders:?}"
        );
        // The place is the most specific of the chain written as the value.
        assert_eq!(
            related(t, Relation::InvestsIn),
            pairs(&[("岚峰储能科技有限公司", "宁江区")])
        );
    }

    #[test]
    fn the_one_carrying_a_project_out_is_its_sentences_subject_over_a_place() {
        let t = "该电站是吉林省新型储能示范项目之一，由岚峰储能科技有限公司投资建设。项目总投资约9.2亿元。";
        assert_eq!(fact_holders(t), ["岚峰储能科技有限公司"]);
    }

    #[test]
    fn units_of_points_and_dollars_are_read() {
        let (_, ex) = run("岚峰锂业有限公司开工率提高8个百分点，锂辉石精矿均价905美元/吨。");
        let units: Vec<String> = ex.facts.iter().map(|f| f.fact.unit.to_string()).collect();
        assert_eq!(units, ["个百分点", "美元/吨"]);
    }

    #[test]
    fn other_currencies_and_hundred_million_kilowatts_keep_their_unit() {
        // Regression: 4.2亿欧元 was read as 4.2亿, which matches no figure in 欧元.
        let (_, ex) = run(
            "岚钜新材料（匈牙利）有限公司总投资4.2亿欧元，初始资本开支4.6亿澳元，\
             锂辉石精矿均价1200澳元/吨，装机规模达到1.4亿千瓦。",
        );
        let units: Vec<String> = ex.facts.iter().map(|f| f.fact.unit.to_string()).collect();
        assert_eq!(units, ["亿欧元", "亿澳元", "澳元/吨", "亿千瓦"]);
    }

    #[test]
    fn entering_a_makers_supply_chain_supplies_it() {
        let t = "岚峰新材料科技有限公司的隔膜产品已进入宁德时代、比亚迪等头部电池企业供应链。";
        assert_eq!(
            supplies(t),
            pairs(&[
                ("岚峰新材料科技有限公司", "宁德时代"),
                ("岚峰新材料科技有限公司", "比亚迪")
            ])
        );
        let t = "岚峰新材料科技有限公司已进入宁德时代供应链。";
        assert_eq!(
            supplies(t),
            pairs(&[("岚峰新材料科技有限公司", "宁德时代")])
        );
    }

    #[test]
    fn supplying_it_after_an_agreement_supplies_the_partner() {
        let t = "岚峰锂业有限公司成立于2019年。据悉，公司已与鹤岭电池股份有限公司签订长期供货协议，未来三年将向其供应碳酸锂不少于4万吨。";
        assert_eq!(
            supplies(t),
            pairs(&[("岚峰锂业有限公司", "鹤岭电池股份有限公司")])
        );
    }

    #[test]
    fn an_event_opening_on_a_date_in_a_place_is_located_there() {
        let t = "2025岚峰锂电产业大会于11月28日在荆门开幕。";
        assert_eq!(
            related(t, Relation::LocatedIn),
            pairs(&[("2025岚峰锂电产业大会", "荆门市")])
        );
    }

    #[test]
    fn a_subsidiary_set_up_by_the_company_the_sentence_is_about() {
        let t = "湖北岚江新能源股份有限公司（以下简称“岚江新能”）公告称，公司拟以自有资金5亿元在荆门市设立全资子公司鹤岭锂电材料有限公司。";
        assert_eq!(
            related(t, Relation::Established),
            pairs(&[("湖北岚江新能源股份有限公司", "鹤岭锂电材料有限公司")])
        );
        assert_eq!(
            related(t, Relation::SubsidiaryOf),
            pairs(&[("鹤岭锂电材料有限公司", "湖北岚江新能源股份有限公司")])
        );
    }

    #[test]
    fn a_clause_opening_on_zuowei_describes_the_subject_after_it() {
        // Regression: 工业和信息化部 in the 作为 clause became the subject and took the
        // recycler's output.
        let t = "作为首家进入工业和信息化部白名单的回收企业，岚峰再生科技有限公司已建成生产线，可年产硫酸镍1.8万吨。";
        assert_eq!(fact_holders(t), ["岚峰再生科技有限公司"]);
    }

    #[test]
    fn a_span_of_months_is_no_count_and_a_horizon_makes_targets() {
        let (_, ex) = run("岚峰汽车有限公司今年前10个月累计销售新能源汽车8.6万辆。");
        let values: Vec<String> = ex.facts.iter().map(|f| f.fact.unit.to_string()).collect();
        assert_eq!(values, ["万辆"]);
        let (_, ex) = run("岚峰市提出到2027年，全市锂电池回收能力达到30万吨。");
        assert!(ex.facts.iter().all(|f| f.fact.target));
        assert!(!ex.facts.is_empty());
    }

    #[test]
    fn a_document_named_by_its_kind_refers_back_to_the_policy() {
        let t = "《岚峰市锂电池回收利用实施方案》正式发布。方案由岚峰市经济和信息化局会同市生态环境局联合印发。";
        assert_eq!(
            related(t, Relation::Issued),
            pairs(&[("岚峰市经济和信息化局", "《岚峰市锂电池回收利用实施方案》")])
        );
    }

    #[test]
    fn a_field_lines_figures_are_its_blocks_body() {
        // Regression: registered capital went to the region of the address line
        // before it, and a block's financial data to no one.
        let t = "附件：拟设立子公司及被担保人基本情况\n\
                 （一）遂宁岚川锂电材料有限公司（拟设立）\n\
                 注册地址：四川省遂宁市射洪市\n\
                 注册资本：50,000万元，宏川科技股份有限公司持股100%\n\
                 （二）被担保人：衢州岚川前驱体材料有限公司\n\
                 注册地址：浙江省衢州市衢江区\n\
                 主营业务：三元前驱体的研发、生产和销售，现有产能4万吨/年。\n\
                 主要财务数据：截至2024年12月31日，资产总额16.82亿元；2024年度实现营业收入21.47亿元。\n";
        let of = |v: &str| -> Vec<String> {
            figures(t)
                .into_iter()
                .filter(|(_, value, _)| value == v)
                .map(|(subject, _, _)| subject)
                .collect()
        };
        assert_eq!(of("50000"), ["遂宁岚川锂电材料有限公司"]);
        for v in ["4", "16.82", "21.47"] {
            assert_eq!(of(v), ["衢州岚川前驱体材料有限公司"], "{v}");
        }
        // Shareholders the text does not name hold no stake of a named company.
        let t = "（一）长兴岚能电池材料有限公司\n\
                 注册资本：10,000万元，宏川科技股份有限公司持股70%，其他3名自然人股东合计持股30%\n";
        assert_eq!(
            related(t, Relation::InvestsIn),
            Vec::<(String, String)>::new()
        );
    }

    #[test]
    fn a_name_field_opens_a_block_its_numbered_fields_go_on_with() {
        let holder = |t: &str, v: &str| -> Vec<String> {
            figures(t)
                .into_iter()
                .filter(|(_, value, _)| value == v)
                .map(|(subject, _, _)| subject)
                .collect()
        };
        // Numbered beside the name field, or a table of fields (企业名称 | A).
        let t = "二、交易对方基本情况\n1、公司名称：黔川汽车有限公司\n2、法定代表人：钟立山\n\
                 3、注册资本：386,000万元\n";
        assert_eq!(holder(t, "386000"), ["黔川汽车有限公司"]);
        assert_related(t, Relation::WorksAt, "钟立山", "黔川汽车有限公司");
        let t = "企业名称 | 黔川汽车有限公司\n法定代表人 | 钟立山\n注册资本：5,000万元\n";
        assert_eq!(holder(t, "5000"), ["黔川汽车有限公司"]);
        // Numbered below a heading that names a body.
        let t = "（二）被担保人：衢州岚川材料有限公司\n1、注册资本：8,000万元\n";
        assert_eq!(holder(t, "8000"), ["衢州岚川材料有限公司"]);
        // A sibling of a field naming a party is no field of that party's.
        let heads = |t: &str| -> Vec<Option<String>> {
            let c = clean_str("t", t);
            let s = sentence::split(&c);
            let mut rec = entity::recognize(&c, &s, lex());
            let res = resolve::resolve(&c.text, &s, &mut rec, lex());
            let mut by_sentence = vec![Vec::new(); s.len()];
            for (i, m) in rec.mentions.iter().enumerate() {
                by_sentence[m.sentence].push(i);
            }
            block_heads(&c.text, &s, &by_sentence, &rec, &res)
                .into_iter()
                .map(|h| h.map(|e| res.entities[e].name.clone()))
                .collect()
        };
        let agency = Some("吉林岚诚招标咨询有限公司".to_string());
        let t = "三、招标代理机构：吉林岚诚招标咨询有限公司\n四、储能容量：200MW/400MWh\n";
        assert_eq!(heads(t), [agency.clone(), None]);
        let t = "三、招标代理机构：吉林岚诚招标咨询有限公司\n1、储能容量：200MW/400MWh\n";
        assert_eq!(heads(t), [agency.clone(), agency]);
    }

    #[test]
    fn a_blocks_field_lines_name_its_head_owner_and_products() {
        let t = "（一）遂宁岚川锂电材料有限公司（拟设立）\n\
                 注册地址：四川省遂宁市射洪市\n\
                 经营范围：锂离子电池正极材料（磷酸铁锂、磷酸锰铁锂）的研发、生产和销售。\n\
                 （二）合作方：荆门鹤发产业投资有限公司\n\
                 法定代表人：彭志远\n\
                 控股股东：荆门鹤城控股集团有限公司\n\
                 （三）荆门岚川循环科技有限公司\n\
                 经营范围：新能源汽车废旧动力蓄电池回收及梯次利用；碳酸锂、硫酸镍的生产和销售。\n";
        let made = related(t, Relation::Produces);
        for (c, p) in [
            ("遂宁岚川锂电材料有限公司", "磷酸锰铁锂"),
            ("遂宁岚川锂电材料有限公司", "正极材料"),
            ("荆门岚川循环科技有限公司", "碳酸锂"),
            ("荆门岚川循环科技有限公司", "硫酸镍"),
        ] {
            assert!(made.contains(&(c.into(), p.into())), "{c} {p}: {made:?}");
        }
        // Not a product that qualifies the next, nor what a recycler takes in.
        for p in ["锂离子电池", "新能源汽车", "动力电池"] {
            assert!(!made.iter().any(|(_, q)| q == p), "{p}: {made:?}");
        }
        assert_eq!(
            related(t, Relation::WorksAt),
            pairs(&[("彭志远", "荆门鹤发产业投资有限公司")])
        );
        assert_related(
            t,
            Relation::SubsidiaryOf,
            "荆门鹤发产业投资有限公司",
            "荆门鹤城控股集团有限公司",
        );
    }

    #[test]
    fn a_resumes_organizations_are_its_persons_posts() {
        let t = "岚川新能源科技股份有限公司（以下简称“公司”）关于聘任高级管理人员的公告\n\
                 林泽川，男，1976年出生，中国国籍，岚北大学有色金属冶金专业博士。\
                 2003年7月至2012年6月任职于鹤峰锂业有限公司；2012年7月至2019年3月任江苏鹤汇锂电科技有限公司总经理；\
                 2019年4月加入公司，历任公司研究院院长、副总经理。\n\
                 乔岚，女，1984年出生，2010年至2018年就职于德国Kronberg Battery Materials GmbH。\n";
        let w = related(t, Relation::WorksAt);
        for (p, o) in [
            ("林泽川", "鹤峰锂业有限公司"),
            ("林泽川", "江苏鹤汇锂电科技有限公司"),
            ("林泽川", "岚川新能源科技股份有限公司"),
            ("乔岚", "Kronberg Battery Materials GmbH"),
        ] {
            assert!(w.contains(&(p.into(), o.into())), "{p} {o}: {w:?}");
        }
        // A degree's university is no post.
        assert!(!w.iter().any(|(_, o)| o == "岚北大学"), "{w:?}");
    }

    #[test]
    fn a_date_between_the_partners_and_the_founding_verb_is_no_part_of_it() {
        // Regression: A与B于2025年4月合资设立C founded nothing, the date making the
        // words before the verb too long.
        let t = "岚峰锂业股份有限公司与四川循岚环保科技有限公司于2025年4月合资设立宜宾嘉岚再生科技有限公司。";
        for a in ["岚峰锂业股份有限公司", "四川循岚环保科技有限公司"] {
            assert_related(t, Relation::Established, a, "宜宾嘉岚再生科技有限公司");
        }
    }

    #[test]
    fn a_forms_field_of_officers_puts_its_person_at_the_issuer() {
        // Regression: 董事长、总经理：莫家骏 in an investor-relations record's reception
        // field, the colon ending a clause of its own, put him nowhere.
        let t = "证券代码：301738　证券简称：岚峰新能\n\
                 岚峰新能源科技股份有限公司投资者关系活动记录表\n\
                 上市公司接待人员姓名\t董事长、总经理：莫家川\n\
                 证券事务代表：闻岚溪\n\
                 公司是国内较早实现钠离子电池量产的电池企业之一。\n";
        let w = related(t, Relation::WorksAt);
        for p in ["莫家川", "闻岚溪"] {
            assert!(
                w.contains(&(p.into(), "岚峰新能源科技股份有限公司".into())),
                "{p}: {w:?}"
            );
        }
    }

    #[test]
    fn in_a_companys_own_text_an_unnamed_buyer_is_the_company() {
        // Regression: 所用…由B供应 and 不足部分向B采购 in an investor-relations record
        // bought for no one, the sentence naming no company before the supplier.
        let head = "证券代码：301738　证券简称：岚峰新能\n\
                    岚峰新能源科技股份有限公司投资者关系活动记录表\n\
                    公司是国内较早实现钠离子电池量产的电池企业之一。\n\
                    问1：行业需求如何？\n答：需求保持增长。\n问2：上游材料的供应是否稳定？\n";
        for line in [
            "答：所用氧化物固态电解质粉体目前主要由苏州晶岚新材料有限公司供应。",
            "答：正极方面，层状氧化物正极以自产为主，不足部分向苏州晶岚新材料有限公司采购。",
        ] {
            assert_related(
                &format!("{head}{line}\n"),
                Relation::Supplies,
                "苏州晶岚新材料有限公司",
                "岚峰新能源科技股份有限公司",
            );
        }
        // A news item speaks for no company: the supplier supplies no one there.
        let t = "问：行业情况如何？\n答：所用氧化物固态电解质粉体目前主要由苏州晶岚新材料有限公司供应。\n";
        assert!(related(t, Relation::Supplies).is_empty());
    }

    #[test]
    fn the_companys_product_with_no_particle_is_its_own() {
        // Regression: 公司钠离子电池名义产能8GWh made nothing without 的.
        let t = "证券代码：301738　证券简称：岚峰新能\n\
                 岚峰新能源科技股份有限公司投资者关系活动记录表\n\
                 公司半固态电池已通过针刺测试，名义产能2GWh。\n";
        assert_related(
            t,
            Relation::Produces,
            "岚峰新能源科技股份有限公司",
            "半固态电池",
        );
        // A name right before a product may be a deal's party, not its maker.
        let t = "岚山锂业有限公司与岚峰新材料有限公司锂辉石精矿长期供货协议签约。";
        assert_not_related(t, Relation::Produces, "岚峰新材料有限公司", "锂辉石");
    }

    #[test]
    fn an_officers_title_with_no_body_is_at_the_issuer_in_its_own_text() {
        let t = "证券代码：605389　证券简称：岚川新能　公告编号：2025-071\n\
                 岚川新能源科技股份有限公司第三届董事会第十八次会议决议公告\n\
                 本公司董事会及全体董事保证本公告内容不存在任何虚假记载。\n\
                 会议应出席董事9名，其中独立董事吕文川以通讯表决方式出席。\
                 原董事会秘书、财务总监王岚松先生因工作调整不再担任上述职务。\n";
        let w = related(t, Relation::WorksAt);
        for p in ["吕文川", "王岚松"] {
            assert!(
                w.contains(&(p.into(), "岚川新能源科技股份有限公司".into())),
                "{p}: {w:?}"
            );
        }
        // Not in a news item, which speaks for no company.
        let t = "岚川新能源科技股份有限公司昨日召开董事会，独立董事吕文川出席。";
        assert!(related(t, Relation::WorksAt).is_empty());
    }

    #[test]
    fn a_ranking_tables_cells_name_companies_and_their_figures() {
        // Regression: brands no lexicon lists (岚泓电池) were no entities, a rate
        // column without a unit in its header gave nothing, and the caption's year
        // dated nothing.
        let t = "表1　2025年10月动力电池企业装车量前3名\n\
                 排名　企业名称　　　装车量（GWh）　市场占有率\n\
                 1　　岚泓电池　　　30.42　　　　　43.58%\n\
                 2　　鹤能动力　　　15.87　　　　　22.74%\n\
                 3　　NOVA鹤锂　　　5.81　　　　　 8.32%\n\
                 岚泓电池：10月储能电池出货4.6GWh。\n";
        let (res, ex) = run(t);
        let mut got: Vec<(String, String, String, Option<i32>)> = ex
            .facts
            .iter()
            .map(|f| {
                (
                    res.entities[f.subject].name.clone(),
                    f.fact.value.to_string(),
                    f.fact.unit.to_string(),
                    f.fact.year,
                )
            })
            .collect();
        got.sort();
        let row =
            |c: &str, v: &str, u: &str| (c.to_string(), v.to_string(), u.to_string(), Some(2025));
        for want in [
            row("岚泓电池", "30.42", "GWh"),
            row("岚泓电池", "43.58", "%"),
            row("鹤能动力", "22.74", "%"),
            row("NOVA鹤锂", "5.81", "GWh"),
        ] {
            assert!(got.contains(&want), "{want:?}: {got:?}");
        }
        // Each cell's figure once, as its column reads it.
        assert_eq!(got.iter().filter(|g| g.1 == "43.58").count(), 1, "{got:?}");
        // The brand is the same company where the text names it again.
        assert!(
            got.iter().any(|g| g.0 == "岚泓电池" && g.1 == "4.6"),
            "{got:?}"
        );
    }

    #[test]
    fn a_list_tables_product_and_city_columns_are_its_companies() {
        // Regression: tab-separated rows of equal length were joined as a page's
        // wrapped lines.
        let t = "附件：拟认定名单\n\
                 序号\t设区市\t企业名称\t主导产品\n\
                 1\t南宁市\t广西岚锂新能源科技有限公司\t磷酸铁锂正极材料\n\
                 2\t钦州市\t广西鹤锂隔膜科技有限公司\t锂电池湿法隔膜\n\
                 3\t北海市\t北海岚辰锂电科技有限公司\t三元锂电池电芯\n\
                 4\t南宁市\t南宁岚瑞生物医药有限公司\t兽用灭活疫苗\n";
        let made = related(t, Relation::Produces);
        for (c, p) in [
            ("广西岚锂新能源科技有限公司", "磷酸铁锂"),
            ("广西鹤锂隔膜科技有限公司", "隔膜"),
            ("北海岚辰锂电科技有限公司", "电芯"),
        ] {
            assert!(made.contains(&(c.into(), p.into())), "{c} {p}: {made:?}");
        }
        // 锂电池 only says what the separator is for, 三元锂电池 what the cell is.
        assert!(
            !made.iter().any(|(_, p)| p == "锂电池" || p == "三元电池"),
            "{made:?}"
        );
        let located = related(t, Relation::LocatedIn);
        assert!(
            located.contains(&("广西岚锂新能源科技有限公司".into(), "南宁市".into())),
            "{located:?}"
        );
    }

    #[test]
    fn a_figure_after_a_short_name_note_is_not_the_notes_holders() {
        // Regression: once a note's own clause took part in the sentence (for its
        // stake), the loan after the note went to the note's holder.
        let t = "宏川科技股份有限公司（以下简称“公司”）公告。\n\
                 公司为控股子公司长兴宏能电池材料有限公司（以下简称“宏能”，公司持股70%）\
                 向浙江长兴农村商业银行股份有限公司申请的8,000万元流动资金贷款提供担保。";
        let loans: Vec<String> = figures(t)
            .into_iter()
            .filter(|(_, v, u)| v == "8000" && u == "万元")
            .map(|(s, _, _)| s)
            .collect();
        assert_eq!(loans, ["长兴宏能电池材料有限公司"]);
    }
}
