// The CodeMirror 6 editor of the problem pages, bundled by build.sh into one file.
import { EditorView, basicSetup } from "codemirror";
import { keymap } from "@codemirror/view";
import { indentWithTab } from "@codemirror/commands";
import { python } from "@codemirror/lang-python";
import { Prec } from "@codemirror/state";

export function createEditor(parent, doc, onSubmit) {
  return new EditorView({
    doc,
    parent,
    extensions: [
      basicSetup,
      python(),
      keymap.of([indentWithTab]),
      Prec.highest(keymap.of([{ key: "Mod-Enter", run: () => { onSubmit(); return true; } }])),
      EditorView.theme({ "&": { fontSize: "14px" }, ".cm-scroller": { fontFamily: "ui-monospace, monospace" } }),
    ],
  });
}
