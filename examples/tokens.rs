//! Print how the built-in lexicon's segmenter tags each argument (word/tag, space
//! separated): the first thing to look at when a rule in `entity` cuts a name in the
//! wrong place. `cargo run --release --example tokens -- 广东粤峰充电网络科技有限公司`

fn main() -> anyhow::Result<()> {
    let lex = lithkg::lexicon::Lexicon::builtin()?;
    for text in std::env::args().skip(1) {
        let tokens: Vec<String> = lex
            .tag(&text)
            .iter()
            .map(|t| format!("{}/{}", t.word, t.tag))
            .collect();
        println!("{}", tokens.join(" "));
    }
    Ok(())
}
