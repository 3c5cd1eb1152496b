use lithkg::*;
fn main() {
    let lex = lexicon::Lexicon::builtin().unwrap();
    let path = std::env::args().nth(1).unwrap();
    let doc = read::read(&read::Source::File(path.into())).unwrap();
    let c = clean::clean(&doc);
    println!("{:?}", c.report);
    let ss = sentence::split(&c);
    let r = entity::recognize(&c, &ss, &lex);
    for s in &ss {
        println!("[{}] {}", s.index, s.text(&c.text));
        for m in r.mentions.iter().filter(|m| m.sentence == s.index) {
            println!(
                "     {}{:?} {} [{}] {:?}",
                if m.nested_in.is_some() { "  ^" } else { "" },
                m.kind,
                m.text,
                m.canonical,
                m.found
            );
        }
    }
}
