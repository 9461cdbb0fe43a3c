// The CodeMirror 6 editor of the problem pages, bundled by build.sh into one file.
import { EditorView, basicSetup } from "codemirror";
import { keymap } from "@codemirror/view";
import { indentWithTab } from "@codemirror/commands";
import { cpp } from "@codemirror/lang-cpp";
import { python } from "@codemirror/lang-python";
import { Compartment, Prec } from "@codemirror/state";

const HIGHLIGHTING = { python, cpp };
const highlighting = new Compartment();

function languageSupport(language) {
  return (HIGHLIGHTING[language] || python)();
}

// `language` is a judge language name: "python" or "cpp".
export function createEditor(parent, doc, onSubmit, language) {
  return new EditorView({
    doc,
    parent,
    extensions: [
      basicSetup,
      highlighting.of(languageSupport(language)),
      keymap.of([indentWithTab]),
      Prec.highest(keymap.of([{ key: "Mod-Enter", run: () => { onSubmit(); return true; } }])),
      EditorView.theme({ "&": { fontSize: "14px" }, ".cm-scroller": { fontFamily: "ui-monospace, monospace" } }),
    ],
  });
}

// Replaces the editor's text and switches its highlighting to `language`.
export function switchLanguage(view, language, doc) {
  view.dispatch({
    changes: { from: 0, to: view.state.doc.length, insert: doc },
    effects: highlighting.reconfigure(languageSupport(language)),
  });
}
