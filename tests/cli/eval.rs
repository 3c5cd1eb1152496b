//! `lithkg eval`: the report's shape, and the quality regression check against
//! the figures recorded in data/gold/SCORES.json.

use serde_json::Value;

use super::common::{lithkg, repo};

fn eval_json(split: &str) -> Value {
    let out = lithkg()
        .args(["eval", "--json", "--split", split, "--gold"])
        .arg(repo("data/gold"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

/// No headline F1 falls more than 0.02 below the recorded figures. Improve the
/// extractor, then run scripts/record_scores.sh in the same commit.
#[test]
fn headline_f1_does_not_regress() {
    let recorded: Value =
        serde_json::from_slice(&std::fs::read(repo("data/gold/SCORES.json")).unwrap()).unwrap();
    let mut failures = Vec::new();
    for split in ["all", "tuned", "heldout"] {
        let report = eval_json(split);
        for key in ["entities", "entities_untyped", "relations", "facts"] {
            let now = report["overall"][key]["f1"].as_f64().unwrap();
            let then = recorded[split][key].as_f64().unwrap();
            if now < then - 0.02 {
                failures.push(format!(
                    "{split} {key}: F1 {now:.4} < recorded {then:.4} - 0.02"
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "quality regressed:\n{}",
        failures.join("\n")
    );
}

#[test]
fn json_report_has_the_stable_shape() {
    let r = eval_json("tuned");
    for key in ["entities", "entities_untyped", "relations", "facts"] {
        for m in ["precision", "recall", "f1"] {
            assert!(r["overall"][key][m].is_f64(), "overall.{key}.{m}");
        }
    }
    assert!(r["by_entity_type"]["company"]["f1"].is_f64());
    assert!(r["by_relation"]["located_in"]["f1"].is_f64());
    let docs = r["documents"].as_array().unwrap();
    assert!(
        docs.iter()
            .any(|d| d["document"] == "chenzhou-lithium-news.txt")
    );
    assert!(docs.iter().all(|d| d["entities"]["f1"].is_f64()));
}

/// A graph built earlier scores exactly like running the extraction.
#[test]
fn scoring_a_built_graph_matches_scoring_the_document() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("out");
    lithkg()
        .args(["build", "--quiet"])
        .arg(repo("data/gold/dev-yichun-lepidolite.txt"))
        .arg("--out")
        .arg(&out)
        .assert()
        .success();
    let gold = repo("data/gold/dev-yichun-lepidolite.gold.json");
    let run = |graph: bool| {
        let mut c = lithkg();
        c.args(["eval", "--json", "--gold"]).arg(&gold);
        if graph {
            c.arg("--graph").arg(out.join("graph.json"));
        }
        let v: Value = serde_json::from_slice(&c.output().unwrap().stdout).unwrap();
        v["overall"].clone()
    };
    assert_eq!(run(true), run(false));
}

#[test]
fn verbose_lists_misses_and_extras() {
    let tmp = tempfile::tempdir().unwrap();
    let gold = tmp.path().join("t.gold.json");
    std::fs::write(
        tmp.path().join("t.txt"),
        "宜春市赣西锂源新材料有限公司在奉新县投资建设碳酸锂项目。",
    )
    .unwrap();
    std::fs::write(
        &gold,
        r#"{"document": "t.txt",
            "entities": [{"name": "宜春市赣西锂源新材料有限公司", "type": "company", "aliases": []},
                         {"name": "奉新县", "type": "region", "aliases": []},
                         {"name": "不存在的公司", "type": "company", "aliases": []}],
            "relations": [{"head": "宜春市赣西锂源新材料有限公司", "relation": "invests_in", "tail": "奉新县"}],
            "facts": []}"#,
    )
    .unwrap();
    let out = lithkg()
        .args(["eval", "--verbose", "--gold"])
        .arg(&gold)
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("miss  entity   company:不存在的公司"),
        "{text}"
    );
    assert!(text.contains("extra entity   product:碳酸锂"), "{text}");
    assert!(!text.contains("miss  relation"), "{text}");
}

#[test]
fn a_gold_file_naming_an_unknown_entity_is_an_error() {
    let tmp = tempfile::tempdir().unwrap();
    let gold = tmp.path().join("t.gold.json");
    std::fs::write(tmp.path().join("t.txt"), "郴州市锂电。").unwrap();
    std::fs::write(
        &gold,
        r#"{"document": "t.txt", "entities": [], "relations": [{"head": "甲", "relation": "supplies", "tail": "乙"}]}"#,
    )
    .unwrap();
    let out = lithkg()
        .args(["eval", "--gold"])
        .arg(&gold)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("t.gold.json") && err.contains("`甲` is not an entity"),
        "{err}"
    );
}
