// Progressive enhancement for the search page: apply a filter as soon as it changes.
// Without JavaScript the "Apply filters" button does the same with a plain GET.
(function () {
  "use strict";
  var form = document.getElementById("search-form");
  if (!form) return;
  form.addEventListener("change", function (event) {
    var target = event.target;
    if (target.matches("input[type=checkbox], input[type=radio], select")) {
      form.requestSubmit ? form.requestSubmit() : form.submit();
    }
  });
  // Empty fields would clutter the shareable URL: drop them before submitting.
  form.addEventListener("submit", function () {
    Array.prototype.forEach.call(form.elements, function (el) {
      if (el.name && (el.value === "" || (el.name === "currency" && el.value === "USD"))) el.disabled = true;
    });
  });
  // Back and forward may restore the page as it was left (a box just ticked, empty fields disabled):
  // show the form as the server rendered it for this URL instead.
  window.addEventListener("pageshow", function () {
    Array.prototype.forEach.call(form.elements, function (el) { el.disabled = false; });
    form.reset();
  });
  // The filters fold behind a summary on phones. Wide screens show them through CSS (::details-content);
  // where a browser lacks that, open them here.
  var panel = document.getElementById("filters");
  var wide = window.matchMedia && window.matchMedia("(min-width: 50rem)").matches;
  var css = window.CSS && CSS.supports && CSS.supports("selector(::details-content)");
  if (panel && wide && !css) panel.open = true;
})();
