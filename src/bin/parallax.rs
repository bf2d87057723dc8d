//! The `parallax` command-line tool: `score`, `suggest`, `convert`.
//! (Skeleton: the real implementation replaces this.)

fn main() {
    eprintln!("usage: parallax score|suggest|convert ...");
    std::process::exit(2);
}
