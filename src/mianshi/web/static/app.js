// mianshi web app: math rendering, the CSRF header for htmx, review keyboard shortcuts.
// Loaded as a file (the Content-Security-Policy forbids inline script).
(function () {
  "use strict";

  function renderMath(root) {
    if (!window.renderMathInElement) return;
    root.querySelectorAll(".md, .md-inline").forEach(function (el) {
      window.renderMathInElement(el, {
        delimiters: [
          { left: "\\[", right: "\\]", display: true },
          { left: "\\(", right: "\\)", display: false },
        ],
        throwOnError: false,
        strict: "ignore",
      });
    });
  }

  function csrfToken() {
    var meta = document.querySelector('meta[name="csrf-token"]');
    return meta ? meta.content : "";
  }

  // Review: space shows the answer, 1-4 rate it.
  function reviewCard() {
    return document.querySelector("#review .card[data-question]");
  }

  function reveal() {
    var card = reviewCard();
    if (!card) return false;
    var back = card.querySelector(".back");
    if (!back || !back.hidden) return false;
    back.hidden = false;
    var button = card.querySelector(".reveal");
    if (button) button.hidden = true;
    return true;
  }

  function rate(key) {
    var card = reviewCard();
    if (!card) return false;
    var back = card.querySelector(".back");
    if (!back || back.hidden) return false;
    var button = card.querySelector('button.rating[data-key="' + key + '"]');
    if (!button || button.disabled) return false;
    button.click();
    return true;
  }

  function typing(target) {
    return target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
  }

  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) {
      // Ctrl+Enter in a mock-interview or check textarea sends the form.
      if ((event.ctrlKey || event.metaKey) && event.key === "Enter" && event.target.tagName === "TEXTAREA") {
        var form = event.target.form;
        if (form && !form.querySelector("#editor")) {
          event.preventDefault();
          var primary = form.querySelector("button.primary");
          if (primary) primary.click(); else form.requestSubmit();
        }
      }
      return;
    }
    if (typing(event.target)) return;
    if (event.key === " " && reveal()) event.preventDefault();
    else if (/^[1-4]$/.test(event.key) && rate(event.key)) event.preventDefault();
  });

  document.addEventListener("click", function (event) {
    if (event.target.closest && event.target.closest("#reveal")) reveal();
  });

  document.addEventListener("htmx:configRequest", function (event) {
    event.detail.headers["X-CSRF-Token"] = csrfToken();
  });
  document.addEventListener("htmx:afterSwap", function (event) { renderMath(event.detail.target); });
  document.addEventListener("htmx:oobAfterSwap", function (event) { renderMath(event.detail.target); });

  document.addEventListener("DOMContentLoaded", function () {
    renderMath(document);
    document.documentElement.dataset.ready = "1";  // math rendered (the browser tests wait for it)
  });
})();
