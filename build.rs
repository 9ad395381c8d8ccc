// Generates the parser from the grammar into $OUT_DIR/python.rs, which
// src/syntax/parser.rs includes with `lalrpop_mod!`.
fn main() {
    println!("cargo:rerun-if-changed=grammar/python.lalrpop");
    lalrpop::Configuration::new()
        .set_in_dir("grammar")
        .set_out_dir(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"))
        .emit_rerun_directives(false)
        .process_file("grammar/python.lalrpop")
        .expect("grammar/python.lalrpop should generate a parser");
}
