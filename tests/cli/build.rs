//! `lithkg build` and `lithkg clean` on fixtures for every noise kind, every
//! encoding and every bad input: exact cleaned text, offsets, errors and exit codes.

use predicates::prelude::*;
use serde_json::Value;

use super::common::{fixture, lithkg, repo};

/// The cleaned text the rules read (`lithkg clean --folded`): what the cleaning
/// steps tested here produce, full-width ASCII folded.
fn clean_of(path: &str) -> String {
    run_clean(&["--folded"], path)
}

/// The cleaned text as written (`lithkg clean`), which evidence quotes.
fn written_of(path: &str) -> String {
    run_clean(&[], path)
}

fn run_clean(flags: &[&str], path: &str) -> String {
    let out = lithkg()
        .arg("clean")
        .args(flags)
        .arg(fixture(path))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn pinyin_is_removed_and_real_parentheses_stay() {
    assert_eq!(
        clean_of("noise/pinyin.txt"),
        "湘江锂业报道:安高固态电池研究院的新产线在衡阳投产。\n磷酸铁锂(LFP)材料的产能(2024年)保持稳定。\n"
    );
}

#[test]
fn captions_and_photo_credits_are_dropped() {
    assert_eq!(
        clean_of("noise/captions.txt"),
        "衡阳市锂电产业园今年新增企业12家。\n园区负责人介绍了情况。\n"
    );
}

#[test]
fn boilerplate_tail_is_cut() {
    assert_eq!(
        clean_of("noise/boilerplate.txt"),
        "岳阳市锂电产业链发展迅速,今年产值有望突破300亿元。\n多家企业在岳阳落户投产,带动当地就业。\n"
    );
}

#[test]
fn repeated_title_byline_and_pasted_body_count_once() {
    assert_eq!(
        clean_of("noise/pasted_twice.txt"),
        "常德锂电产业迈上新台阶的标题\n常德市锂电新材料产业园今年签约项目8个,总投资56亿元。\n园区负责人表示,将继续引进正极材料企业。\n"
    );
}

#[test]
fn full_width_ascii_and_digits_are_normalized() {
    assert_eq!(
        clean_of("noise/fullwidth.txt"),
        "株洲市2024年锂电产值达到123.5亿元,同比增长15%。 CATL在株洲设厂。\n"
    );
}

/// Regression: evidence used to quote the folded text, turning the article's
/// ，and ５ into , and 5. The text as written keeps them, character for character.
#[test]
fn cleaned_text_as_written_keeps_full_width_characters() {
    let written = written_of("noise/fullwidth.txt");
    assert_eq!(
        written,
        "株洲市２０２４年锂电产值达到１２３．５亿元，同比增长１５％。 ＣＡＴＬ在株洲设厂。\n"
    );
    assert_eq!(
        written.chars().count(),
        clean_of("noise/fullwidth.txt").chars().count()
    );
    for f in ["encoding/gbk.txt", "encoding/utf16le_bom.txt"] {
        assert_eq!(
            written_of(f),
            "益阳市锂电产业园今年引进电池企业5家，产值同比增长20%。\n",
            "{f}"
        );
    }
}

#[test]
fn every_encoding_decodes_to_the_same_text() {
    let expected = "益阳市锂电产业园今年引进电池企业5家,产值同比增长20%。\n";
    for f in [
        "encoding/gbk.txt",
        "encoding/utf8_bom.txt",
        "encoding/utf16le_bom.txt",
    ] {
        assert_eq!(clean_of(f), expected, "{f}");
    }
}

#[test]
fn html_is_reduced_to_its_article() {
    assert_eq!(
        clean_of("encoding/page.html"),
        "益阳锂电产业加速发展\n益阳市锂电产业园今年引进电池企业5家。\n产值同比增长20%,园区负责人表示将继续招商。\n"
    );
}

#[test]
fn clean_reads_standard_input_and_sniffs_html() {
    lithkg()
        .args(["clean", "-"])
        .write_stdin("<html><body><p>郴州(chēnzhōu)锂电</p><p>第二段</p></body></html>")
        .assert()
        .success()
        .stdout("郴州锂电\n第二段\n");
}

#[test]
fn sentence_spans_are_character_offsets() {
    // The same spans index the text as written and the folded text.
    assert_eq!(
        run_clean(&["--sentences"], "noise/fullwidth.txt"),
        "0-30\t株洲市２０２４年锂电产值达到１２３．５亿元，同比增长１５％。\n31-41\tＣＡＴＬ在株洲设厂。\n"
    );
    assert_eq!(
        run_clean(&["--sentences", "--folded"], "noise/fullwidth.txt"),
        "0-30\t株洲市2024年锂电产值达到123.5亿元,同比增长15%。\n31-41\tCATL在株洲设厂。\n"
    );
}

fn assert_one_line_error(args: &[&std::ffi::OsStr], needle: &str) {
    let out = lithkg().args(args).output().unwrap();
    assert_eq!(out.status.code(), Some(1), "exit code");
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err.lines().count(), 1, "one line: {err}");
    assert!(err.contains(needle), "`{needle}` in `{err}`");
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn bad_inputs_give_one_line_errors() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("out");
    let cases: Vec<(std::path::PathBuf, &str)> = vec![
        (fixture("bad/empty.txt"), "bad/empty.txt: empty file"),
        (
            fixture("bad/binary.txt"),
            "bad/binary.txt: binary file, not text",
        ),
        (
            fixture("bad/undecodable.txt"),
            "bad/undecodable.txt: not valid text in UTF-8, UTF-16, GBK/GB18030 or Big5",
        ),
        (
            fixture("bad/missing.txt"),
            "bad/missing.txt: No such file or directory",
        ),
    ];
    for (input, needle) in cases {
        assert_one_line_error(
            &[
                "build".as_ref(),
                input.as_os_str(),
                "--out".as_ref(),
                out.as_os_str(),
            ],
            needle,
        );
        assert_one_line_error(&["clean".as_ref(), input.as_os_str()], needle);
        assert!(
            !out.join("graph.json").exists(),
            "no partial output for {needle}"
        );
    }
}

#[test]
fn directory_without_documents_is_an_error() {
    let tmp = tempfile::tempdir().unwrap();
    let empty = tmp.path().join("empty");
    std::fs::create_dir(&empty).unwrap();
    std::fs::write(empty.join("notes.csv"), "a,b").unwrap();
    let out = tmp.path().join("out");
    assert_one_line_error(
        &[
            "build".as_ref(),
            empty.as_os_str(),
            "--out".as_ref(),
            out.as_os_str(),
        ],
        "no documents (.txt .md .html .htm) in this directory",
    );
    assert!(!out.join("graph.json").exists());
}

#[test]
fn unwritable_output_is_an_error_before_any_work() {
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join("plain-file");
    std::fs::write(&file, "x").unwrap();
    let out = file.join("sub");
    assert_one_line_error(
        &[
            "build".as_ref(),
            fixture("encoding/gbk.txt").as_os_str(),
            "--out".as_ref(),
            out.as_os_str(),
        ],
        "cannot create output directory",
    );
}

fn graph_of(dir: &std::path::Path) -> Value {
    serde_json::from_slice(&std::fs::read(dir.join("graph.json")).unwrap()).unwrap()
}

#[test]
fn a_bad_document_is_skipped_and_the_rest_is_kept() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("out");
    let run = |keep_going: bool| {
        let mut c = lithkg();
        c.arg("build")
            .arg(fixture("encoding/gbk.txt"))
            .arg(fixture("bad/empty.txt"))
            .arg(fixture("noise/captions.txt"))
            .arg("--out")
            .arg(&out)
            .arg("--quiet");
        if keep_going {
            c.arg("--keep-going");
        }
        c.assert()
    };
    run(false).code(1).stderr(
        predicate::str::contains("skipped").and(predicate::str::contains("empty.txt: empty file")),
    );
    let g = graph_of(&out);
    let docs: Vec<&str> = g["graph"]["documents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["id"].as_str().unwrap())
        .collect();
    assert_eq!(docs, vec!["gbk", "captions"]);
    run(true).code(0);
}

#[test]
fn build_writes_json_and_dot_with_documents_recorded() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("out");
    lithkg()
        .args(["build", "--quiet"])
        .arg(fixture("encoding/gbk.txt"))
        .arg("--out")
        .arg(&out)
        .assert()
        .success();
    let g = graph_of(&out);
    assert_eq!(g["directed"], true);
    assert_eq!(g["multigraph"], true);
    let doc = &g["graph"]["documents"][0];
    assert_eq!(doc["id"], "gbk");
    assert_eq!(doc["chars"], 30);
    assert_eq!(doc["sha256"].as_str().unwrap().len(), 64);
    let ids: Vec<&str> = g["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["id"].as_str().unwrap())
        .collect();
    for stage in [
        "stage:锂矿",
        "stage:材料",
        "stage:电池",
        "stage:终端",
        "stage:回收",
    ] {
        assert!(ids.contains(&stage), "{stage} in {ids:?}");
    }
    assert!(ids.contains(&"park:益阳市锂电产业园"), "{ids:?}");
    let dot = std::fs::read_to_string(out.join("graph.dot")).unwrap();
    assert!(dot.starts_with("digraph"));
    assert!(dot.contains("charset=\"UTF-8\""));
    // No temporary files are left behind.
    let names: Vec<String> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(names.iter().all(|n| !n.starts_with(".lithkg")), "{names:?}");
}

/// Every evidence span points at its sentence in the cleaned text, and quotes it
/// as written: an article written with ，keeps its ，in the evidence.
#[test]
fn evidence_offsets_point_into_the_cleaned_text() {
    for (article, min_wide) in [
        ("data/corpus/chenzhou-lithium-news.txt", 0),
        ("data/gold/dev-qinghai-saltlake.txt", 10),
    ] {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("out");
        let sample = repo(article);
        lithkg()
            .args(["build", "--quiet"])
            .arg(&sample)
            .arg("--out")
            .arg(&out)
            .assert()
            .success();
        let cleaned = lithkg().arg("clean").arg(&sample).output().unwrap().stdout;
        let chars: Vec<char> = String::from_utf8(cleaned).unwrap().chars().collect();
        let g = graph_of(&out);
        let mut checked = 0;
        let mut wide = 0;
        let mut check = |ev: &Value| {
            let (s, e) = (
                ev["start"].as_u64().unwrap() as usize,
                ev["end"].as_u64().unwrap() as usize,
            );
            let span: String = chars[s..e].iter().collect();
            let sentence = ev["sentence"].as_str().unwrap();
            assert_eq!(span, sentence, "{article}");
            checked += 1;
            wide += usize::from(sentence.contains('，'));
        };
        for l in g["links"].as_array().unwrap() {
            for ev in l["evidence"].as_array().unwrap() {
                check(ev);
            }
        }
        for n in g["nodes"].as_array().unwrap() {
            for f in n["facts"].as_array().unwrap() {
                for ev in f["evidence"].as_array().unwrap() {
                    check(ev);
                }
            }
        }
        assert!(checked > 20, "{article}: only {checked} evidence spans");
        assert!(
            wide >= min_wide,
            "{article}: {wide} evidence sentences with ，"
        );
    }
}

#[test]
fn output_is_identical_whatever_the_thread_count() {
    let tmp = tempfile::tempdir().unwrap();
    let mut outputs = Vec::new();
    for j in ["1", "2"] {
        let out = tmp.path().join(format!("out{j}"));
        lithkg()
            .args(["build", "--quiet", "-j", j])
            .arg(repo("data/gold"))
            .arg("--out")
            .arg(&out)
            .assert()
            .success();
        outputs.push(std::fs::read(out.join("graph.json")).unwrap());
    }
    assert_eq!(outputs[0], outputs[1]);
}

#[test]
fn a_document_given_twice_is_counted_once() {
    let tmp = tempfile::tempdir().unwrap();
    let copy = tmp.path().join("copy.txt");
    std::fs::copy(fixture("encoding/gbk.txt"), &copy).unwrap();
    let out = tmp.path().join("out");
    lithkg()
        .arg("build")
        .arg(fixture("encoding/gbk.txt"))
        .arg(&copy)
        .arg("--out")
        .arg(&out)
        .assert()
        .success()
        .stderr(predicate::str::contains("repeats gbk and was counted once"));
    let g = graph_of(&out);
    assert_eq!(g["graph"]["documents"].as_array().unwrap().len(), 1);
    let region = g["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["id"] == "park:益阳市锂电产业园")
        .unwrap();
    assert_eq!(region["mentions"], 1);
}

#[test]
fn malformed_lexicon_names_file_and_line() {
    let tmp = tempfile::tempdir().unwrap();
    let lex = tmp.path().join("lex");
    std::fs::create_dir(&lex).unwrap();
    for f in lithkg::lexicon::LEXICON_FILES {
        std::fs::copy(repo(&format!("data/lexicon/{f}")), lex.join(f)).unwrap();
    }
    let mut products = std::fs::read_to_string(lex.join("products.tsv")).unwrap();
    products.push_str("钠电池\t\t未知环节\n");
    let line = products.lines().count();
    std::fs::write(lex.join("products.tsv"), products).unwrap();
    let out = lithkg()
        .arg("--lexicon")
        .arg(&lex)
        .arg("entities")
        .arg(fixture("encoding/gbk.txt"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains(&format!("products.tsv:{line}: unknown stage `未知环节`")),
        "{err}"
    );
}

#[test]
fn timings_name_every_phase_and_every_file_written() {
    let tmp = tempfile::tempdir().unwrap();
    let out = lithkg()
        .args([
            "build",
            "--quiet",
            "--timings",
            "--format",
            "json,dot,graphml",
        ])
        .arg(repo("data/gold"))
        .arg("--out")
        .arg(tmp.path())
        .output()
        .unwrap();
    assert!(out.status.success());
    let stderr = String::from_utf8(out.stderr).unwrap();
    // --quiet silences the summary but not the timings that were asked for.
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 1, "{stderr}");
    let line = lines[0];
    assert!(line.starts_with("lithkg: timings: lexicon "), "{line}");
    for part in [
        "analysis ",
        "merging ",
        "finish ",
        "view ",
        "graph.json ",
        "graph.dot ",
        "graph.graphml ",
        "total ",
    ] {
        assert!(line.contains(part), "{part} missing: {line}");
    }
    // Every figure is seconds with two decimals.
    let figures = line.matches(" s").count();
    assert_eq!(figures, 9, "{line}");
    assert!(tmp.path().join("graph.graphml").exists());
}
