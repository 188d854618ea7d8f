// "Copy the address" buttons: shown only where the browser can copy, they copy the text of the
// field named by data-copy-target and say so in the live region beside it.
(function () {
  "use strict";
  if (!navigator.clipboard) return;
  document.querySelectorAll("[data-copy-target]").forEach(function (button) {
    var field = document.getElementById(button.getAttribute("data-copy-target"));
    var status = document.getElementById(button.getAttribute("data-copy-target") + "-copied");
    if (!field) return;
    button.hidden = false;
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(field.value).then(
        function () { if (status) status.textContent = "Address copied."; },
        function () { field.select(); if (status) status.textContent = "Select the address and copy it."; }
      );
    });
  });
})();
