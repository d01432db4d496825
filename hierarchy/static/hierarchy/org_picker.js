/*
 * Organisation picker: progressive enhancement of an <input data-org-picker="URL">.
 *
 * Without JavaScript the input takes codes or exact names separated by commas or new lines.
 * With it, the input becomes a hidden field holding the chosen codes, and a combobox
 * (ARIA 1.2: role=combobox + listbox, arrow keys, Enter, Escape, Home/End) searches URL?q=
 * as the editor types. Chosen organisations are listed with a remove button each.
 * Text typed but not chosen is still submitted, so the server answers with a Vietnamese
 * error next to the field instead of silently dropping it.
 */
(function () {
  "use strict";

  var DELAY = 150;
  var counter = 0;

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text) node.textContent = text;
    return node;
  }

  function splitCodes(value) {
    return (value || "").split(/[,;\n\r]+/).map(function (s) { return s.trim(); }).filter(Boolean);
  }

  function enhance(original) {
    if (original.dataset.orgPickerReady) return;
    original.dataset.orgPickerReady = "1";
    var url = original.getAttribute("data-org-picker");
    var multiple = original.getAttribute("data-multiple") === "1";
    var id = original.id || "org-picker-" + (++counter);
    var listId = id + "-listbox";

    // Names of codes already chosen (rendered by the server next to the input).
    var known = {};
    var staticList = document.querySelector('[data-org-picker-labels="' + id + '"]');
    if (staticList) {
      Array.prototype.forEach.call(staticList.querySelectorAll("li"), function (li) {
        known[li.getAttribute("data-code")] = li.textContent;
      });
      staticList.remove();
    }
    var chosen = splitCodes(original.value);
    var typedUnknown = chosen.filter(function (c) { return !known[c]; });
    chosen = chosen.filter(function (c) { return known[c]; });

    var wrapper = el("div", { "class": "org-picker" });
    var chips = el("ul", { "class": "org-picker__chosen", "aria-label": "Đơn vị đã chọn" });
    var input = el("input", {
      type: "text",
      id: id,
      "class": original.className,
      role: "combobox",
      "aria-autocomplete": "list",
      "aria-expanded": "false",
      "aria-controls": listId,
      autocomplete: "off",
      placeholder: original.getAttribute("placeholder") || "",
    });
    ["aria-describedby", "aria-invalid", "aria-required", "required"].forEach(function (a) {
      if (original.hasAttribute(a)) input.setAttribute(a, original.getAttribute(a));
    });
    if (original.hasAttribute("required")) original.removeAttribute("required");
    var list = el("ul", { id: listId, role: "listbox", "class": "org-picker__list", hidden: "" });
    var status = el("div", { "class": "org-picker__status", role: "status", "aria-live": "polite" });

    original.type = "hidden";
    original.id = id + "-codes";
    original.parentNode.insertBefore(wrapper, original);
    wrapper.appendChild(chips);
    wrapper.appendChild(input);
    wrapper.appendChild(list);
    wrapper.appendChild(status);
    wrapper.appendChild(original);
    if (!multiple && chosen.length === 0 && typedUnknown.length) input.value = typedUnknown.join(", ");
    if (multiple && typedUnknown.length) input.value = typedUnknown.join(", ");

    var results = [];
    var active = -1;
    var timer = null;
    var lastQuery = null;
    var pending = null;

    function sync() {
      original.value = chosen.join(", ");
      chips.textContent = "";
      chosen.forEach(function (code) {
        var li = el("li", { "data-code": code });
        li.appendChild(el("span", {}, known[code] || code));
        var remove = el("button", { type: "button", "aria-label": "Bỏ chọn " + (known[code] || code) }, "×");
        remove.addEventListener("click", function () {
          chosen = chosen.filter(function (c) { return c !== code; });
          sync();
          input.focus();
        });
        li.appendChild(remove);
        chips.appendChild(li);
      });
      chips.hidden = chosen.length === 0;
    }

    function close() {
      list.hidden = true;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    }

    function highlight(index) {
      var options = list.querySelectorAll('[role="option"]');
      if (!options.length) return;
      active = (index + options.length) % options.length;
      Array.prototype.forEach.call(options, function (o, i) {
        o.setAttribute("aria-selected", i === active ? "true" : "false");
      });
      input.setAttribute("aria-activedescendant", options[active].id);
      options[active].scrollIntoView({ block: "nearest" });
    }

    function choose(index) {
      var org = results[index];
      if (!org) return;
      known[org.code] = org.name + " (" + org.code + ")";
      if (multiple) {
        if (chosen.indexOf(org.code) < 0) chosen.push(org.code);
      } else {
        chosen = [org.code];
      }
      input.value = "";
      lastQuery = null;
      sync();
      close();
      status.textContent = "Đã chọn " + org.name;
    }

    function render(data) {
      results = data.results || [];
      list.textContent = "";
      active = -1;
      results.forEach(function (org, i) {
        var option = el("li", { id: listId + "-" + i, role: "option", "aria-selected": "false", "data-code": org.code });
        option.appendChild(el("span", {}, org.name + " (" + org.code + ")"));
        var meta = "Cấp " + org.level + (org.parent ? " · thuộc " + org.parent : "");
        if (!org.active) meta += " · không còn hoạt động";
        option.appendChild(el("small", {}, meta));
        option.addEventListener("mousedown", function (e) { e.preventDefault(); choose(i); });
        list.appendChild(option);
      });
      if (!results.length) {
        list.appendChild(el("li", { "class": "org-picker__empty", "aria-disabled": "true" }, "Không tìm thấy đơn vị phù hợp."));
      }
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
      status.textContent = results.length ? results.length + " đơn vị phù hợp; dùng phím mũi tên để chọn." : "Không tìm thấy đơn vị phù hợp.";
    }

    function query() {
      var q = input.value.trim();
      if (q.length < 2) { close(); return; }
      if (q === lastQuery) return;
      lastQuery = q;
      if (pending) pending.abort();
      pending = new AbortController();
      var sep = url.indexOf("?") < 0 ? "?" : "&";
      fetch(url + sep + "q=" + encodeURIComponent(q), {
        credentials: "same-origin",
        headers: { Accept: "application/json" },
        signal: pending.signal,
      })
        .then(function (r) { return r.ok ? r.json() : { results: [] }; })
        .then(function (data) { if (input.value.trim() === q) render(data); })
        .catch(function () {});
    }

    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(query, DELAY);
    });
    input.addEventListener("keydown", function (e) {
      var open = !list.hidden && results.length;
      if (e.key === "ArrowDown") {
        e.preventDefault();
        if (list.hidden) { lastQuery = null; query(); } else highlight(active + 1);
      } else if (e.key === "ArrowUp") {
        if (open) { e.preventDefault(); highlight(active - 1); }
      } else if (e.key === "Home" && open && active >= 0) {
        e.preventDefault(); highlight(0);
      } else if (e.key === "End" && open && active >= 0) {
        e.preventDefault(); highlight(results.length - 1);
      } else if (e.key === "Enter") {
        if (open && active >= 0) { e.preventDefault(); choose(active); }
        else if (open && results.length === 1) { e.preventDefault(); choose(0); }
      } else if (e.key === "Escape") {
        if (!list.hidden) { e.preventDefault(); close(); }
      } else if (e.key === "Backspace" && !input.value && multiple && chosen.length) {
        chosen.pop();
        sync();
      }
    });
    input.addEventListener("blur", function () { setTimeout(close, 100); });

    // Text typed but never chosen goes to the server, which names it in its error.
    var form = original.form;
    if (form) {
      form.addEventListener("submit", function () {
        var typed = input.value.trim();
        if (!typed) return;
        original.value = multiple ? chosen.concat([typed]).join(", ") : typed;
      });
    }
    sync();
  }

  function init(root) {
    Array.prototype.forEach.call((root || document).querySelectorAll("input[data-org-picker]"), enhance);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", function () { init(); });
  else init();
  window.congdoanOrgPicker = { init: init };
})();
