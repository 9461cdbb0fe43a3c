// The problem page's editor: CodeMirror 6 over the form's textarea, Ctrl+Enter submits.
(function () {
  "use strict";
  document.addEventListener("DOMContentLoaded", function () {
    var host = document.getElementById("editor");
    var textarea = document.getElementById("code");
    var form = document.getElementById("submit-form");
    if (!host || !textarea || !form || !window.MianshiEditor) return;
    function submit() {
      textarea.value = view.state.doc.toString();
      var button = document.getElementById("submit");
      if (button && !button.disabled) button.click();
    }
    var view = window.MianshiEditor.createEditor(host, textarea.value, submit);
    textarea.hidden = true;
    host.classList.add("ready");
    // Keep the textarea in step so a plain or htmx submit sends the editor's text.
    form.addEventListener("submit", function () { textarea.value = view.state.doc.toString(); }, true);
    document.body.addEventListener("htmx:configRequest", function (event) {
      if (event.detail.elt === form) event.detail.parameters.code = view.state.doc.toString();
    });
    window.mianshiEditorView = view;
  });
})();
