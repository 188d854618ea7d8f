/*
 * Nothing typed on a long clerk's form is lost by leaving it.
 *
 * For a <form data-unsaved-warning="KEY">:
 * - leaving the page (a link, closing the tab) with unsaved changes asks first;
 * - what is typed is kept in this browser as a draft under KEY, so that after a crash or a
 *   closed tab the page offers it back ("Restore" or "Discard"); sending the form clears it.
 * Rows added with "Add another" (formset.js) are added again before a draft is restored.
 */
(function () {
  "use strict";
  var form = document.querySelector("form[data-unsaved-warning]");
  if (!form) return;
  var key = "unsaved-draft:" + form.getAttribute("data-unsaved-warning");
  var dirty = false;
  var sending = false;
  var timer = null;

  function storage() {
    try { return window.localStorage; } catch (error) { return null; }
  }

  function fields() {
    return Array.prototype.filter.call(form.elements, function (field) {
      return field.name && field.type !== "file" && field.type !== "hidden" &&
        field.type !== "submit" && field.type !== "button" && !field.closest("template");
    });
  }

  function snapshot() {
    var values = [];
    fields().forEach(function (field) {
      if (field.type === "checkbox" || field.type === "radio") {
        if (field.checked) values.push([field.name, field.value]);
      } else if (field.tagName === "SELECT" && field.multiple) {
        Array.prototype.forEach.call(field.selectedOptions, function (o) { values.push([field.name, o.value]); });
      } else {
        values.push([field.name, field.value]);
      }
    });
    var totals = {};
    form.querySelectorAll('input[name$="-TOTAL_FORMS"]').forEach(function (input) {
      totals[input.name] = input.value;
    });
    return { savedAt: new Date().toISOString(), totals: totals, values: values };
  }

  var initial = JSON.stringify(snapshot().values);

  function keepDraft() {
    var store = storage();
    if (!store) return;
    var now = snapshot();
    if (JSON.stringify(now.values) === initial) { store.removeItem(key); return; }
    try { store.setItem(key, JSON.stringify(now)); } catch (error) { /* storage full: skip */ }
  }

  function changed() {
    dirty = true;
    window.clearTimeout(timer);
    timer = window.setTimeout(keepDraft, 400);
  }

  form.addEventListener("input", changed);
  form.addEventListener("change", changed);
  form.addEventListener("submit", function () {
    sending = true;
    var store = storage();
    if (store) store.removeItem(key);
  });
  window.addEventListener("beforeunload", function (event) {
    if (dirty && !sending) {
      keepDraft();
      event.preventDefault();
      event.returnValue = "";
    }
  });

  function restore(draft) {
    Object.keys(draft.totals || {}).forEach(function (name) {
      var total = form.querySelector('input[name="' + name + '"]');
      var formset = total && total.closest("[data-formset]");
      var add = formset && formset.querySelector("[data-formset-add]");
      var wanted = parseInt(draft.totals[name], 10);
      while (add && parseInt(total.value, 10) < wanted) { add.click(); }
    });
    var byName = {};
    draft.values.forEach(function (pair) { (byName[pair[0]] = byName[pair[0]] || []).push(pair[1]); });
    fields().forEach(function (field) {
      var values = byName[field.name] || [];
      if (field.type === "checkbox" || field.type === "radio") {
        field.checked = values.indexOf(field.value) >= 0;
      } else if (field.tagName === "SELECT" && field.multiple) {
        Array.prototype.forEach.call(field.options, function (o) { o.selected = values.indexOf(o.value) >= 0; });
      } else if (values.length) {
        field.value = values[0];
      }
    });
    dirty = true;
    form.dispatchEvent(new Event("input", { bubbles: true }));
  }

  function offer(draft) {
    var banner = document.getElementById("unsaved-draft");
    if (!banner) return;
    var when = new Date(draft.savedAt);
    banner.querySelector("[data-draft-time]").textContent = when.toLocaleString("en-GB", {
      day: "numeric", month: "long", hour: "numeric", minute: "2-digit"
    });
    banner.hidden = false;
    banner.querySelector("[data-draft-restore]").addEventListener("click", function () {
      restore(draft);
      banner.hidden = true;
    });
    banner.querySelector("[data-draft-discard]").addEventListener("click", function () {
      var store = storage();
      if (store) store.removeItem(key);
      banner.hidden = true;
    });
  }

  var store = storage();
  var saved = store && store.getItem(key);
  if (saved) {
    try {
      var draft = JSON.parse(saved);
      if (JSON.stringify(draft.values) !== initial) offer(draft);
      else store.removeItem(key);
    } catch (error) {
      store.removeItem(key);
    }
  }
})();
