#!/usr/bin/env bash
# Rebuilds the vendored front-end assets of the web app from the npm registry.
#   bash scripts/web-assets/build.sh
# Needs node 20 and npm. Installs exactly what package-lock.json pins, bundles
# CodeMirror 6 with esbuild and copies KaTeX (js, css, fonts, auto-render), htmx
# and the licences into src/mianshi/web/static/vendor/. The result is committed,
# so a plain `pip install` ships it and the app needs no network.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$here/../../src/mianshi/web/static/vendor"
cd "$here"
npm ci --no-audit --no-fund --ignore-scripts
rm -rf "$out"
mkdir -p "$out/katex/fonts" "$out/htmx" "$out/codemirror"
# KaTeX: the library, the auto-render extension, the stylesheet and the woff2 fonts.
cp node_modules/katex/dist/katex.min.js node_modules/katex/dist/katex.min.css "$out/katex/"
cp node_modules/katex/dist/contrib/auto-render.min.js "$out/katex/"
cp node_modules/katex/dist/fonts/*.woff2 "$out/katex/fonts/"
cp node_modules/katex/LICENSE "$out/katex/LICENSE"
# htmx
cp node_modules/htmx.org/dist/htmx.min.js "$out/htmx/"
cp node_modules/htmx.org/LICENSE "$out/htmx/LICENSE"
# CodeMirror 6: one IIFE bundle exposing window.MianshiEditor.createEditor
node node_modules/esbuild/bin/esbuild editor-entry.js --bundle --minify --format=iife \
  --global-name=MianshiEditor --outfile="$out/codemirror/editor.min.js" --legal-comments=none
cp node_modules/codemirror/LICENSE "$out/codemirror/LICENSE"
echo "vendored assets written to $out"
