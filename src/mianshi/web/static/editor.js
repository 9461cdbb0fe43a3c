// The problem page's editor: CodeMirror 6 over the form's textarea, Ctrl+Enter submits.
// With a language picker, switching language loads that language's starter code (or
// what was typed in that language before) and its highlighting.
(function () {
  "use strict";
  document.addEventListener("DOMContentLoaded", function () {
    var host = document.getElementById("editor");
    var textarea = document.getElementById("code");
    var form = document.getElementById("submit-form");
    var picker = document.getElementById("language");
    if (!host || !textarea || !form || !window.MianshiEditor) return;
    function submit() {
      textarea.value = view.state.doc.toString();
      var button = document.getElementById("submit");
      if (button && !button.disabled) button.click();
    }
    var language = host.dataset.language;
    var view = window.MianshiEditor.createEditor(host, textarea.value, submit, language);
    textarea.hidden = true;
    host.classList.add("ready");
    if (picker) {
      var drafts = {};
      document.querySelectorAll("template.starter").forEach(function (starter) {
        drafts[starter.dataset.language] = starter.content.textContent;
      });
      picker.addEventListener("change", function () {
        drafts[language] = view.state.doc.toString();
        language = picker.value;
        window.MianshiEditor.switchLanguage(view, language, drafts[language]);
        host.dataset.language = language;
        var url = new URL(window.location.href);
        url.searchParams.set("language", language);
        window.history.replaceState(null, "", url);
      });
    }
    // Keep the textarea in step so a plain or htmx submit sends the editor's text.
    form.addEventListener("submit", function () { textarea.value = view.state.doc.toString(); }, true);
    document.body.addEventListener("htmx:configRequest", function (event) {
      if (event.detail.elt === form) event.detail.parameters.code = view.state.doc.toString();
    });
    window.mianshiEditorView = view;
  });
})();
