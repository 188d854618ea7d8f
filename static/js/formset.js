/*
 * "Add another" for the clerks' formsets: a progressive enhancement.
 *
 * Without JavaScript each formset already has blank rows to fill in. With it, a button
 * copies the row kept in the formset's <template>, numbering it as Django expects
 * (prefix-N-field) and raising TOTAL_FORMS. A new discussion point gets the next free
 * number, and every "Arising from" list of actions offers the points by number and topic.
 */
(function () {
  "use strict";

  function pointNumbers() {
    return Object.keys(pointTopics()).map(Number).sort(function (a, b) { return a - b; });
  }

  // Each point number on the page, with the topic typed beside it ("" if none yet).
  function pointTopics() {
    var topics = {};
    document.querySelectorAll("input[data-point-number]").forEach(function (input) {
      var row = input.closest(".app-formset__row");
      var remove = row && row.querySelector('input[type=checkbox][name$="-DELETE"]');
      var topic = row && row.querySelector('input[name$="-topic"]');
      var value = parseInt(input.value, 10);
      if (!isNaN(value) && value > 0 && !(remove && remove.checked) && !(value in topics)) {
        topics[value] = topic ? topic.value.trim() : "";
      }
    });
    return topics;
  }

  function pointLabel(number, topic) {
    return topic ? "Point " + number + ": " + topic : "Point " + number;
  }

  function syncPointChoices() {
    var topics = pointTopics();
    var numbers = pointNumbers();
    document.querySelectorAll("select[data-point-choice]").forEach(function (select) {
      var chosen = select.value;
      var wanted = numbers.map(String);
      if (chosen && wanted.indexOf(chosen) < 0) { wanted.push(chosen); }
      Array.prototype.slice.call(select.options).forEach(function (option) {
        if (option.value && wanted.indexOf(option.value) < 0) { option.remove(); }
      });
      var present = Array.prototype.map.call(select.options, function (o) { return o.value; });
      wanted.forEach(function (value) {
        if (present.indexOf(value) < 0) { select.add(new Option(pointLabel(value, topics[value]), value)); }
      });
      Array.prototype.forEach.call(select.options, function (option) {
        if (option.value && option.value in topics) { option.text = pointLabel(option.value, topics[option.value]); }
      });
      select.value = chosen;
    });
  }

  function addRow(formset) {
    var total = formset.querySelector('input[name$="-TOTAL_FORMS"]');
    var template = formset.querySelector("template[data-formset-template]");
    var rows = formset.querySelector("[data-formset-rows]");
    var index = parseInt(total.value, 10);
    rows.insertAdjacentHTML("beforeend", template.innerHTML.replace(/__prefix__/g, String(index)));
    total.value = String(index + 1);
    var row = rows.lastElementChild;
    var number = row.querySelector("input[data-point-number]");
    if (number && !number.value) {
      var taken = pointNumbers();
      number.value = String((taken.length ? taken[taken.length - 1] : 0) + 1);
    }
    syncPointChoices();
    var first = row.querySelector("input:not([type=hidden]), textarea, select");
    if (first) { first.focus(); }
  }

  document.querySelectorAll("[data-formset]").forEach(function (formset) {
    var button = formset.querySelector("[data-formset-add]");
    if (!button || !formset.querySelector("template[data-formset-template]")) { return; }
    button.hidden = false;
    button.addEventListener("click", function () { addRow(formset); });
  });
  document.addEventListener("input", function (event) {
    if (event.target.matches('input[data-point-number], input[name^="points-"][name$="-topic"]')) {
      syncPointChoices();
    }
  });
  document.addEventListener("change", function (event) {
    if (event.target.matches('input[name^="points-"][name$="-DELETE"]')) { syncPointChoices(); }
  });
}());
