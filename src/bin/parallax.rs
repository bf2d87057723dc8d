//! The `parallax` command-line tool: `score`, `suggest`, `convert`, `grade`, `agree`, `report`.
//!
//! A thin shell over the library: argument parsing (clap; `--help` on every subcommand,
//! `--version`), file and stream I/O, JSON output. Every error is a message on stderr and
//! exit code 2; nothing panics on bad input.

/// mimalloc instead of the system allocator: tokenising a batch makes many small
/// allocations (BENCHMARKS.md, "Against scikit-learn").
#[cfg(not(target_arch = "wasm32"))]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use clap::{CommandFactory, Parser, Subcommand};
use parallax::formats::{self, Format};
use parallax::matcher;
use std::io::{Read, Write};

/// `eprintln!` that never panics: a line on standard error, a failed write ignored. When
/// the reader of standard error has gone (`parallax convert bad.json 2>&1 | head -c1`),
/// `eprintln!` would panic, and the release build aborts (exit 134); the command's exit
/// code (2 on an error) must stand instead.
macro_rules! tell {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stderr(), $($arg)*);
    }};
}

/// `eprint!` that never panics ([`tell`], without the line end).
macro_rules! tell_part {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = write!(std::io::stderr(), $($arg)*);
    }};
}

#[path = "parallax/class.rs"]
mod class;
#[path = "parallax/score.rs"]
mod score;
#[path = "parallax/suggest.rs"]
mod suggest;

/// What the tool is, shown above the subcommands in `--help`.
const ABOUT: &str = "parallax - link the same facts across news articles";

/// Shown under `--help`: units, exit codes.
const AFTER_HELP: &str = "\
Offsets are Unicode code points (Python text[start:end]).

Exit codes: 0 on success; 2 on any error (bad arguments, or an input that cannot be read
or is not valid), with a message on standard error saying what was wrong. Nothing is
written to standard output when a command fails before its output starts.";

#[derive(Parser)]
#[command(name = "parallax", version, about = ABOUT, after_help = AFTER_HELP)]
struct Cli {
    #[command(subcommand)]
    command: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// Score sentence pairs read as JSON lines on standard input (or from a file).
    ///
    /// Reads {"id","a","b"} JSON lines (other fields are ignored) and writes {"id","score"}
    /// lines in the same order, 0 <= score <= 1, higher meaning more likely the same fact.
    /// Every line is checked before anything is written.
    ///
    /// Each pair is scored alone, with no article around it: 0.5 and up means "the same
    /// statement" (a strict probability, fitted on paraphrase pairs; the same fact reworded
    /// by another outlet often scores 0.15-0.5). In a batch of 200 or more different texts
    /// the batch is context too: a pair below 0.5 moves up when its two sentences sit among
    /// the same other sentences of the batch (one event) and down when they sit apart (two
    /// similar events), never to 0.5. It is another scale than `suggest`'s,
    /// which weighs the two whole articles: to rank the sentence pairs of two articles, use
    /// `suggest --min 0`.
    Score {
        /// A file of JSON lines to read instead of standard input ("-" is standard input).
        #[arg(value_name = "PAIRS")]
        file: Option<String>,
    },
    /// Suggest cross-source links between the sentences of two or more articles.
    ///
    /// Prints JSON: for each suggested link, both sentences (file, code point offsets, text),
    /// the score, the reasons and the discrepancy flags.
    #[command(override_usage = "parallax suggest [OPTIONS] <ARTICLE> <ARTICLE>...")]
    Suggest {
        /// Article files (.txt, .md, .html), two or more. A workspace file (Parallax JSON,
        /// or another file `convert` reads) gives its articles, each named FILE#ID in the
        /// output; its spans and links are not used.
        #[arg(value_name = "ARTICLE")]
        files: Vec<String>,
        /// Lowest score to report, between 0 and 1 (default: the app's suggestion floor).
        #[arg(long, value_name = "S", value_parser = parse_unit, default_value_t = matcher::SUGGEST_MIN, allow_negative_numbers = true)]
        min: f64,
    },
    /// Convert a Parallax workspace or another annotation file to another format.
    ///
    /// Reads Parallax JSON, JSONL, doccano, Label Studio, W3C Web Annotation or a brat zip;
    /// warnings about what was left out go to standard error.
    #[command(override_usage = "parallax convert <INPUT> --to <FORMAT> [OPTIONS]")]
    Convert {
        /// The file to read (a workspace or an annotation file), or - for standard input.
        #[arg(value_name = "INPUT")]
        input: Option<String>,
        /// The format to write: jsonl, w3c, brat, labelstudio (Label Studio tasks JSON),
        /// pairs (the cross-source links as sentence-pair training data, JSONL) or parallax.
        /// What the target format cannot carry is reported on standard error.
        #[arg(short = 't', long = "to", value_name = "FORMAT", value_parser = parse_format)]
        to: Option<Format>,
        /// Output file (standard output when absent or -; required for brat, which is a zip).
        #[arg(short = 'o', long = "output", value_name = "OUT")]
        out: Option<String>,
        /// Move each span whose text no longer matches its offsets to the nearest place
        /// where its text occurs (with a warning per span) instead of refusing the file. A
        /// span whose text occurs nowhere is left out, with the links and relations touching
        /// it, each named on standard error; the rest is written and the exit code is 2.
        #[arg(long)]
        reanchor: bool,
        /// With --reanchor, for a student's file of an exercise: put the answer key KEY's
        /// text in place of each article whose text the file changed (the key's article of
        /// the same title, else id), so the spans are placed by their quotes on the
        /// exercise's text and `grade` grades them there (as the class view's Re-anchor).
        #[arg(long, value_name = "KEY", requires = "reanchor")]
        onto: Option<String>,
    },
    /// Grade students' workspaces against an answer key.
    ///
    /// Spans under the four SemEval-2013 schemes (strict, exact, partial, ent_type, as the
    /// nervaluate package defines them) overall and per label, attribution relations and
    /// cross-source links, and feedback (missed, spurious, wrong label, wrong boundary).
    /// Prints JSON, or with --csv the class table. Articles are matched by their text, in any
    /// order; a student is graded on the articles their file shares with the key, with a
    /// warning naming any article only one of them has.
    #[command(override_usage = "parallax grade [OPTIONS] <KEY> <STUDENT>...")]
    Grade {
        /// The answer key first, then one or more students' files (Parallax JSON).
        #[arg(value_names = ["KEY", "STUDENT"], num_args = 0..)]
        files: Vec<String>,
        /// Print the class table as CSV instead of JSON.
        #[arg(long)]
        csv: bool,
        /// Grade a student's file whose articles' text changed after its spans were made:
        /// each span is placed by its quoted text on the key's text of the article (as the
        /// class view's Re-anchor by quote); what moved and what could not be placed (left
        /// out, exit code 2) is said on standard error.
        #[arg(long)]
        reanchor: bool,
    },
    /// Agreement between two or more annotators, over the articles every file holds.
    ///
    /// Krippendorff's alpha_U per label and overall, pairwise strict and partial F1, and
    /// where the annotators disagree. Prints JSON. alpha_U counts code points; with several
    /// articles it is one figure over all of them (their code points laid end to end, a gap
    /// ending at each article's end), not the mean of per-article figures.
    /// Articles not every file holds, and files with no article in common with the first,
    /// are left out with a warning (as in the page's class view); so is a file that cannot
    /// be read, named with its reason, the others compared (as `grade` does); the exit code
    /// is then 2.
    /// Two files with the very same spans are named in the warnings; with --key, so is
    /// nearly the same work (a copy with an edit or two: see README, "Copied work").
    #[command(override_usage = "parallax agree [OPTIONS] <ANNOTATOR> <ANNOTATOR>...")]
    Agree {
        /// Two or more annotators' files (Parallax JSON) of the same exercise.
        #[arg(value_name = "ANNOTATOR")]
        files: Vec<String>,
        /// The answer key (not counted as an annotator): the articles compared are the
        /// key's that every file holds, and files that are nearly the same work (the same
        /// mistakes against the key) are named.
        #[arg(long, value_name = "KEY")]
        key: Option<String>,
    },
    /// Write the coverage report of a workspace as one self-contained HTML file.
    ///
    /// Outlets, the fact-by-outlet matrix, every discrepancy, attribution and notes; no
    /// script and no outside reference; prints cleanly to PDF.
    #[command(override_usage = "parallax report <WORKSPACE> [-o <OUT>]")]
    Report {
        /// The workspace file (Parallax JSON or any importable format).
        #[arg(value_name = "WORKSPACE")]
        input: Option<String>,
        /// Output file (standard output when absent or -).
        #[arg(short = 'o', long = "output", value_name = "OUT")]
        out: Option<String>,
    },
}

/// A number between 0 and 1 (for `--min`).
fn parse_unit(v: &str) -> Result<f64, String> {
    v.parse::<f64>()
        .ok()
        .filter(|x| (0.0..=1.0).contains(x))
        .ok_or_else(|| format!("{v:?} is not a number between 0 and 1, e.g. --min 0.6"))
}

/// An export format name (for `convert --to`).
fn parse_format(v: &str) -> Result<Format, String> {
    match v.to_ascii_lowercase().as_str() {
        "jsonl" => Ok(Format::Jsonl),
        "w3c" => Ok(Format::W3c),
        "brat" => Ok(Format::Brat),
        "parallax" | "json" => Ok(Format::Parallax),
        "labelstudio" | "label-studio" => Ok(Format::LabelStudio),
        "pairs" => Ok(Format::Pairs),
        other => Err(format!(
            "unknown format {other:?}; use jsonl, w3c, brat, labelstudio, pairs or parallax"
        )),
    }
}

fn main() {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => exit_on_parse_error(e),
    };
    let result = match cli.command {
        Cmd::Score { file } => match file.as_deref() {
            None | Some("-") => {
                let stdin = std::io::stdin();
                let stdout = std::io::stdout();
                score::score(stdin.lock(), "standard input", &mut stdout.lock())
            }
            Some(path) => match std::fs::File::open(path) {
                Ok(f) => {
                    let stdout = std::io::stdout();
                    score::score(std::io::BufReader::new(f), path, &mut stdout.lock())
                }
                Err(e) => Err(format!("cannot open {path}: {e}")),
            },
        },
        Cmd::Suggest { files, min } => suggest::suggest(&files, min),
        Cmd::Convert {
            input,
            to,
            out,
            reanchor,
            onto,
        } => convert(
            input.as_deref(),
            to,
            stdout_if_dash(&out),
            reanchor,
            onto.as_deref(),
        ),
        Cmd::Grade {
            files,
            csv,
            reanchor,
        } => class::grade(&files, csv, reanchor),
        Cmd::Agree { files, key } => class::agree(&files, key.as_deref()),
        Cmd::Report { input, out } => report(input.as_deref(), stdout_if_dash(&out)),
    };
    match result {
        Ok(()) => {}
        // The reader of our output went away (`parallax suggest A B | head`): stop quietly,
        // as other command-line tools do.
        Err(msg) if msg == PIPE_CLOSED => {}
        Err(msg) => {
            tell!("parallax: {msg}");
            std::process::exit(2);
        }
    }
}

/// The error value of a write to standard output whose reader has closed the pipe.
const PIPE_CLOSED: &str = "output closed";

/// The message for a failed write to standard output; a closed pipe is [`PIPE_CLOSED`].
fn output_error(e: std::io::Error) -> String {
    if e.kind() == std::io::ErrorKind::BrokenPipe {
        PIPE_CLOSED.to_string()
    } else {
        format!("cannot write output: {e}")
    }
}

/// `--help` and `--version` print and exit 0; any other parse error is a message and exit 2.
fn exit_on_parse_error(e: clap::Error) -> ! {
    use clap::error::ErrorKind;
    match e.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => e.exit(),
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand | ErrorKind::MissingSubcommand => {
            tell!(
                "parallax: no command given.\n\n{}",
                Cli::command().render_help()
            );
        }
        ErrorKind::InvalidSubcommand => {
            let got = e
                .get(clap::error::ContextKind::InvalidSubcommand)
                .map(|v| v.to_string())
                .unwrap_or_default();
            tell!(
                "parallax: unknown command {got:?}; expected one of: {} (see parallax --help)",
                Cli::command()
                    .get_subcommands()
                    .map(|c| c.get_name().to_string())
                    .filter(|n| n != "help")
                    .collect::<Vec<_>>()
                    .join(", ")
            );
        }
        _ => {
            let text = e.render().to_string();
            tell_part!(
                "parallax: {}",
                text.strip_prefix("error: ").unwrap_or(&text)
            );
        }
    }
    std::process::exit(2)
}

fn read_file(path: &str) -> Result<Vec<u8>, String> {
    std::fs::read(path).map_err(|e| format!("cannot read {path}: {e}"))
}

/// `-o -` means standard output, as `-` means standard input for `convert`'s input: never
/// a file named "-".
fn stdout_if_dash(out: &Option<String>) -> Option<&str> {
    out.as_deref().filter(|o| *o != "-")
}

/// A file that could not be imported, named by its path, with the command that
/// re-anchors it when re-anchoring can repair it (the message's own advice names the
/// page's button; trial 24, E2). With the answer key's path `onto` (`agree --key`), the
/// command puts the key's text back, as the class view's Re-anchor by quote does.
fn import_error_onto(path: &str, e: formats::FormatError, onto: Option<&str>) -> String {
    let onto = onto.map(|k| format!(" --onto {k}")).unwrap_or_default();
    let advice = format!(
        "{} To move each span to the nearest place where its text occurs, run: parallax \
         convert {path} --to parallax --reanchor{onto} -o FIXED.json (then use FIXED.json)",
        e.reanchor_cause()
    );
    in_file(path, e.with_reanchor_advice(&advice))
}

/// [`import_error_onto`] with no answer key: the file's own texts are kept.
fn import_error(path: &str, e: formats::FormatError) -> String {
    import_error_onto(path, e, None)
}

/// An error about the file at `path`, naming it once by the path as given. The library's
/// messages name a file by its base name ("a.json is empty") or not at all ("line 3: …"):
/// the first becomes "dir/a.json is empty", the second "dir/a.json: line 3: …", never
/// "dir/a.json: a.json is empty".
fn in_file(path: &str, e: impl std::fmt::Display) -> String {
    formats::naming("", path, file_name(path), &e.to_string())
}

fn file_name(path: &str) -> &str {
    std::path::Path::new(path)
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or(path)
}

fn convert(
    input: Option<&str>,
    to: Option<Format>,
    out: Option<&str>,
    reanchor: bool,
    onto: Option<&str>,
) -> Result<(), String> {
    let input =
        input.ok_or("convert needs an input file, e.g. parallax convert work.json --to w3c")?;
    let format = to.ok_or("convert needs --to jsonl|w3c|brat|labelstudio|pairs|parallax")?;
    if format == Format::Brat && out.is_none() {
        return Err(
            "brat output is a zip file: give an output name with -o, e.g. -o work.zip".into(),
        );
    }
    let bytes = if input == "-" {
        let mut b = Vec::new();
        std::io::stdin()
            .read_to_end(&mut b)
            .map_err(|e| format!("cannot read standard input: {e}"))?;
        b
    } else {
        read_file(input)?
    };
    let imported = match onto {
        Some(key) => {
            let key_ws = class::read_key(key)?;
            let (imported, titles) =
                parallax::exercise::class::import_onto_key(file_name(input), &bytes, &key_ws)
                    .map_err(|e| in_file(input, e))?;
            if titles.is_empty() {
                tell!(
                    "parallax: note: no article of {input} has changed text with a match in \
                     {key} (the same title or id); its spans were placed on its own text"
                );
            } else {
                let titles: Vec<String> = titles.iter().map(|t| format!("{t:?}")).collect();
                tell!(
                    "parallax: note: the text of {} is {key}'s, in place of {input}'s changed copy",
                    titles.join(", ")
                );
            }
            imported
        }
        None => {
            let options = formats::ImportOptions { reanchor };
            formats::import_with(file_name(input), &bytes, &options)
                .map_err(|e| import_error(input, e))?
        }
    };
    for w in &imported.warnings {
        tell!("parallax: warning: {w}");
    }
    for w in &imported.left_out {
        tell!("parallax: left out: {w}");
    }
    let exported = formats::export(&imported.workspace, format);
    for w in &exported.warnings {
        tell!("parallax: note: {w}");
    }
    match out {
        Some(path) => {
            std::fs::write(path, &exported.bytes).map_err(|e| format!("cannot write {path}: {e}"))
        }
        None => {
            let stdout = std::io::stdout();
            let mut lock = stdout.lock();
            lock.write_all(&exported.bytes)
                .and_then(|_| lock.flush())
                .map_err(output_error)
        }
    }?;
    // Written, but not all of it: said, and exit code 2 so that a script notices.
    match imported.left_out.len() {
        0 => Ok(()),
        n if reanchor => Err(format!(
            "{n} item(s) could not be re-anchored and were left out (see above); everything \
             else was written"
        )),
        n => Err(format!(
            "{n} item(s) were left out (see above: each names why); everything else was \
             written"
        )),
    }
}

/// `parallax report WORKSPACE [-o OUT]`: the logic is `parallax::report::report_from_file`.
fn report(input: Option<&str>, out: Option<&str>) -> Result<(), String> {
    let input = input
        .ok_or("report needs a workspace file, e.g. parallax report work.json -o report.html")?;
    let bytes = read_file(input)?;
    let (html, warnings) = parallax::report::report_from_file(file_name(input), &bytes)
        .map_err(|e| import_error(input, e))?;
    for w in &warnings {
        tell!("parallax: warning: {w}");
    }
    match out {
        Some(path) => std::fs::write(path, html).map_err(|e| format!("cannot write {path}: {e}")),
        None => {
            let stdout = std::io::stdout();
            let mut lock = stdout.lock();
            lock.write_all(html.as_bytes())
                .and_then(|_| lock.flush())
                .map_err(output_error)
        }
    }
}
