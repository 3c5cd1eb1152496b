use lithkg::*;
fn main() {
    let lex = lexicon::Lexicon::builtin().unwrap();
    for s in std::env::args().skip(1) {
        let c = clean::clean_str("d", &s);
        println!("CLEAN {:?} {:?}", c.text, c.report);
        let ss = sentence::split(&c);
        let r = entity::recognize(&c, &ss, &lex);
        for m in &r.mentions { println!("  {:?} {} [{}] {:?} nested={:?}", m.kind, m.text, m.canonical, m.found, m.nested_in); }
        for d in &r.diagnostics { println!("  diag {d}"); }
        let t = lex.segmenter().tag(&c.text, true);
        println!("  {}", t.iter().map(|t| format!("{}/{}", t.word, t.tag)).collect::<Vec<_>>().join(" "));
    }
}
