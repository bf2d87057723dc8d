//! Turn Trunk's output (index.html + JS glue + wasm + CSS) into one self-contained file,
//! `dist/parallax.html`, that runs from file:// with no network.
//!
//! From file://, Chromium blocks module scripts from files and module workers, but runs
//! inline classic scripts and classic workers built from blob URLs. So the wasm-bindgen
//! glue (an ES module) is rewritten as a classic script (`<script id="parallax-glue">`),
//! whose text the app reuses to start its matcher Web Worker; the wasm travels zlib-compressed
//! (miniz_oxide, level 10) as base64 (`<script type="application/octet-stream"
//! id="parallax-wasm" data-encoding="deflate">`) and is inflated by the browser's own
//! `DecompressionStream("deflate")`: a third of the page's size. A Content-Security-Policy
//! forbids every network request.

use crate::Result;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The page's Content-Security-Policy: nothing may be fetched; inline script and style,
/// wasm compilation and blob-URL workers are all it needs.
pub const CSP: &str = "default-src 'none'; script-src 'unsafe-inline' 'wasm-unsafe-eval'; \
worker-src blob:; style-src 'unsafe-inline'; img-src data: blob:; base-uri 'none'; form-action 'none'";

/// The loader: decode the base64, inflate it (zlib, `DecompressionStream("deflate")`),
/// compile the wasm once (kept for workers), start the app.
/// A failure is shown on the page instead of a blank screen.
const LOADER: &str = r#"(function () {
  "use strict";
  function fail(err) {
    var p = document.createElement("pre");
    p.className = "boot-error";
    p.textContent = "Parallax could not start: " + err + "\nTry a current Chromium or Firefox; your saved work is kept in this browser.";
    document.body.appendChild(p);
  }
  try {
    var b64 = document.getElementById("parallax-wasm").textContent.replace(/\s+/g, "");
    var bin = atob(b64);
    var bytes = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    if (typeof DecompressionStream !== "function") {
      throw new Error("this browser cannot inflate the built-in program (no DecompressionStream)");
    }
    var inflated = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("deflate"));
    new Response(inflated).arrayBuffer().then(function (wasm) {
      return WebAssembly.compile(wasm);
    }).then(function (module) {
      window.parallaxBoot = { module: module, glue: document.getElementById("parallax-glue").textContent };
      return wasm_bindgen_init({ module_or_path: module });
    }).catch(fail);
  } catch (err) { fail(err); }
})();"#;

/// Rewrite wasm-bindgen's `--target web` glue (an ES module) as a classic script that
/// defines its functions globally, with `wasm_bindgen_init` as the default init.
pub fn classic_glue(module_js: &str) -> Result<String> {
    let mut out = String::with_capacity(module_js.len());
    for line in module_js.lines() {
        let t = line.trim_start();
        if t.starts_with("import ") {
            return Err(format!(
                "the wasm-bindgen glue imports another file ({t}); snippets (inline_js, \
                 module = ...) cannot be inlined: remove them"
            ));
        }
        if t.starts_with("export {") || t.starts_with("export default") {
            continue;
        }
        let line = line.replacen("export function ", "function ", 1);
        let line = line.replacen("export class ", "class ", 1);
        let line = line.replacen("export const ", "const ", 1);
        let line = line.replacen("export async function ", "async function ", 1);
        out.push_str(&line.replace("import.meta.url", "self.location.href"));
        out.push('\n');
    }
    if !out.contains("function __wbg_init") {
        return Err(
            "the wasm-bindgen glue has no __wbg_init; was it built with --target web?".into(),
        );
    }
    out.push_str("var wasm_bindgen_init = __wbg_init;\n");
    Ok(out)
}

/// Standard base64 with padding, wrapped at 76 columns.
pub fn base64(bytes: &[u8]) -> String {
    const A: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len() / 3 * 4 + bytes.len() / 57 + 4);
    for (i, c) in bytes.chunks(3).enumerate() {
        if i > 0 && i % 19 == 0 {
            out.push('\n');
        }
        let n = (c[0] as u32) << 16
            | (*c.get(1).unwrap_or(&0) as u32) << 8
            | *c.get(2).unwrap_or(&0) as u32;
        out.push(A[(n >> 18) as usize & 63] as char);
        out.push(A[(n >> 12) as usize & 63] as char);
        out.push(if c.len() > 1 {
            A[(n >> 6) as usize & 63] as char
        } else {
            '='
        });
        out.push(if c.len() > 2 {
            A[n as usize & 63] as char
        } else {
            '='
        });
    }
    out
}

/// Keep text from closing the element it is inlined in.
fn escape_for_script(s: &str) -> String {
    s.replace("</script", "<\\/script")
        .replace("</SCRIPT", "<\\/SCRIPT")
}

/// Remove every element or tag matching `open ... close` (first-to-first) from `html`.
fn strip_between(html: &str, open: &str, close: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(i) = rest.find(open) {
        out.push_str(&rest[..i]);
        match rest[i..].find(close) {
            Some(j) => rest = &rest[i + j + close.len()..],
            None => {
                rest = "";
                break;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The file names of the style sheets `index` links (`<link rel="stylesheet" href="/a.css">`),
/// in the order written.
fn stylesheet_order(index: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = index;
    while let Some(i) = rest.find("<link rel=\"stylesheet\"") {
        rest = &rest[i..];
        let tag = &rest[..rest.find('>').unwrap_or(rest.len())];
        if let Some(h) = tag.find("href=\"") {
            let href = &tag[h + 6..];
            let href = &href[..href.find('"').unwrap_or(href.len())];
            out.push(href.rsplit('/').next().unwrap_or(href).to_string());
        }
        rest = &rest[tag.len()..];
    }
    out
}

fn find_one(dir: &Path, pred: impl Fn(&str) -> bool, what: &str) -> Result<PathBuf> {
    let entries = fs::read_dir(dir).map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
    let mut found: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.file_name().and_then(|n| n.to_str()).is_some_and(&pred))
        .collect();
    found.sort();
    match found.len() {
        1 => Ok(found.remove(0)),
        0 => Err(format!("Trunk's output in {} has no {what}", dir.display())),
        _ => Err(format!(
            "Trunk's output in {} has several {what}: {found:?}",
            dir.display()
        )),
    }
}

/// Build `out_dir/parallax.html` from Trunk's output in `trunk_dist`; returns its path.
pub fn bundle(trunk_dist: &Path, out_dir: &Path, wasm_opt: Option<&Path>) -> Result<PathBuf> {
    if trunk_dist.join("snippets").exists() {
        return Err("Trunk's output has snippets/, which cannot be inlined".into());
    }
    let read =
        |p: &Path| fs::read_to_string(p).map_err(|e| format!("cannot read {}: {e}", p.display()));
    let index = read(&trunk_dist.join("index.html"))?;
    let js = find_one(trunk_dist, |n| n.ends_with(".js"), "JS glue (.js)")?;
    let wasm_path = find_one(trunk_dist, |n| n.ends_with("_bg.wasm"), "wasm (_bg.wasm)")?;
    let mut css_files: Vec<PathBuf> = fs::read_dir(trunk_dist)
        .map_err(|e| format!("cannot read {}: {e}", trunk_dist.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "css"))
        .collect();
    // In the order the page links them (later rules win ties), not the directory's order:
    // that follows the hashed file names, so editing one style sheet could reorder them.
    let order = stylesheet_order(&index);
    css_files.sort_by_key(|p| {
        let name = p.file_name().and_then(|n| n.to_str()).unwrap_or_default();
        let at = order.iter().position(|o| o == name).unwrap_or(usize::MAX);
        (at, name.to_string())
    });

    if let Some(opt) = wasm_opt {
        let optimised = wasm_path.with_extension("opt.wasm");
        // PARALLAX_WASM_NAMES=1 keeps function names, for readable CPU profiles.
        let keep_names = std::env::var_os("PARALLAX_WASM_NAMES").is_some_and(|v| v == "1");
        // The page ships with -O3: all pairs 100 x 50 took 4-6 % less CPU than with -Oz in
        // Node 20's V8 (session 47, tests/e2e/bench-all-pairs-cpu.mjs, output identical),
        // 2.8 % less in session 48's 23 rounds; in Chromium 156 the two are alike (-O3/-Oz
        // CPU 1.003 over 29 alternating rounds, bench-all-pairs-chromium.mjs). It costs 68 KB
        // more wasm, 1.5 KB more page (zlib). PARALLAX_WASM_OPT=-Oz (or -O2, -Os, ...) picks
        // another level, for measuring.
        let level = std::env::var("PARALLAX_WASM_OPT")
            .ok()
            .filter(|l| {
                matches!(
                    l.as_str(),
                    "-O" | "-O1" | "-O2" | "-O3" | "-O4" | "-Os" | "-Oz"
                )
            })
            .unwrap_or_else(|| "-O3".to_string());
        let status = Command::new(opt)
            .arg(&wasm_path)
            .args(keep_names.then_some("-g"))
            .arg(&level)
            .args([
                "--enable-bulk-memory",
                "--enable-nontrapping-float-to-int",
                "--enable-sign-ext",
            ])
            .args([
                "--enable-mutable-globals",
                "--enable-reference-types",
                "--enable-multivalue",
                "-o",
            ])
            .arg(&optimised)
            .status();
        match status {
            Ok(s) if s.success() => {
                let size = |p: &Path| fs::metadata(p).map(|m| m.len()).unwrap_or(0);
                eprintln!(
                    "xtask: wasm-opt {level}: {} -> {} bytes",
                    size(&wasm_path),
                    size(&optimised)
                );
                fs::rename(&optimised, &wasm_path)
                    .map_err(|e| format!("cannot replace wasm: {e}"))?
            }
            other => eprintln!(
                "xtask: warning: wasm-opt did not run ({other:?}); keeping the unoptimised wasm"
            ),
        }
    }
    let wasm =
        fs::read(&wasm_path).map_err(|e| format!("cannot read {}: {e}", wasm_path.display()))?;
    let glue = classic_glue(&read(&js)?)?;
    let mut css = String::new();
    for f in &css_files {
        css.push_str(&read(f)?);
        css.push('\n');
    }

    // Drop everything Trunk links or loads; keep the rest of the page as written.
    let mut html = strip_between(&index, "<link rel=\"modulepreload\"", ">");
    html = strip_between(&html, "<link rel=\"preload\"", ">");
    html = strip_between(&html, "<link rel=\"stylesheet\"", ">");
    html = strip_between(&html, "<script type=\"module\"", "</script>");
    html = strip_between(&html, "<script type=module", "</script>");
    for bad in [
        "src=\"/",
        "href=\"/",
        "<script src",
        "<link rel=\"stylesheet",
    ] {
        if html.contains(bad) {
            return Err(format!(
                "the page still refers to another file ({bad}); the inliner needs updating"
            ));
        }
    }
    let head = format!(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"{CSP}\">\n<style>\n{}</style>\n",
        css.replace("</style", "<\\/style")
    );
    let body_end = format!(
        "<script type=\"application/octet-stream\" id=\"parallax-wasm\" data-encoding=\"deflate\">\n{}\n</script>\n\
         <script id=\"parallax-glue\">\n{}</script>\n<script>\n{LOADER}\n</script>\n",
        base64(&miniz_oxide::deflate::compress_to_vec_zlib(&wasm, 10)),
        escape_for_script(&glue)
    );
    let html = html
        .replacen("<head>", &format!("<head>\n{head}"), 1)
        .replacen("</body>", &format!("{body_end}</body>"), 1);
    if !html.contains("parallax-wasm") || !html.contains("Content-Security-Policy") {
        return Err("index.html needs <head> and </body> tags for the inliner".into());
    }
    fs::create_dir_all(out_dir).map_err(|e| format!("cannot create {}: {e}", out_dir.display()))?;
    let out = out_dir.join("parallax.html");
    fs::write(&out, html).map_err(|e| format!("cannot write {}: {e}", out.display()))?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn style_sheets_keep_the_order_the_page_links_them() {
        let index = r#"<head><link rel="stylesheet" href="/app-9f.css" integrity="x"/>
<link rel="stylesheet" href="/suggestions-1f.css"/><link rel="stylesheet" href="/exercise-07.css">
<link rel="preload" href="/x.wasm"></head>"#;
        assert_eq!(
            stylesheet_order(index),
            ["app-9f.css", "suggestions-1f.css", "exercise-07.css"]
        );
        assert!(stylesheet_order("<p>no links</p>").is_empty());
    }

    #[test]
    fn base64_matches_rfc4648_vectors() {
        let cases = [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foobar", "Zm9vYmFy"),
        ];
        for (plain, enc) in cases {
            assert_eq!(base64(plain.as_bytes()), enc);
        }
        let long = base64(&[0u8; 120]);
        assert!(long.lines().all(|l| l.len() <= 76));
    }

    #[test]
    fn the_inlined_wasm_is_zlib_the_browser_can_inflate() {
        // DecompressionStream("deflate") reads the zlib format (RFC 1950): header 0x78.
        let wasm: Vec<u8> = b"\0asm\x01\0\0\0"
            .iter()
            .cycle()
            .take(4096)
            .copied()
            .collect();
        let packed = miniz_oxide::deflate::compress_to_vec_zlib(&wasm, 10);
        assert_eq!(packed[0], 0x78);
        assert!(packed.len() < wasm.len() / 10);
        assert_eq!(
            miniz_oxide::inflate::decompress_to_vec_zlib(&packed).expect("inflates"),
            wasm
        );
    }

    #[test]
    fn glue_becomes_a_classic_script() {
        let js = "let wasm;\nexport function greet(a) { return a; }\nexport class Handle {}\n\
                  async function __wbg_init(m) { new URL('x_bg.wasm', import.meta.url); }\n\
                  export { initSync };\nexport default __wbg_init;\n";
        let out = classic_glue(js).unwrap();
        assert!(!out.contains("export"));
        assert!(!out.contains("import.meta"));
        assert!(out.contains("function greet(a)") && out.contains("class Handle"));
        assert!(out.ends_with("var wasm_bindgen_init = __wbg_init;\n"));
        assert!(
            classic_glue("import x from './snippets/a.js';\nasync function __wbg_init(){}")
                .is_err()
        );
    }

    #[test]
    fn trunk_links_are_stripped() {
        let html = "<head><link rel=\"modulepreload\" href=\"/a.js\"><title>t</title>\
                    <script type=\"module\">import init from '/a.js';</script></head>";
        let out = strip_between(
            &strip_between(html, "<link rel=\"modulepreload\"", ">"),
            "<script type=\"module\"",
            "</script>",
        );
        assert_eq!(out, "<head><title>t</title></head>");
    }
}
