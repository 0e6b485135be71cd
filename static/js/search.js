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
})();
