/* Closewright page glue: toasts, the pipeline board's drag and drop, the stage order. */
(function () {
  "use strict";

  function toast(message, level) {
    var box = document.getElementById("toasts");
    if (!box) { return; }
    var el = document.createElement("div");
    el.className = "toast align-items-center border-0 text-bg-" + (level || "success");
    el.setAttribute("role", level === "danger" || level === "warning" ? "alert" : "status");
    el.innerHTML = '<div class="d-flex"><div class="toast-body"></div>'
      + '<button type="button" class="btn-close btn-close-white me-2 m-auto" data-bs-dismiss="toast" aria-label="Close"></button></div>';
    el.querySelector(".toast-body").textContent = message;
    box.appendChild(el);
    if (window.bootstrap) {
      var t = new bootstrap.Toast(el, { delay: level === "success" ? 3500 : 8000 });
      el.addEventListener("hidden.bs.toast", function () { el.remove(); });
      t.show();
    }
  }
  window.closewright = { toast: toast };

  // Server-sent toasts: HX-Trigger: {"cw-toast": {"message": "...", "level": "warning"}}
  document.body.addEventListener("cw-toast", function (e) {
    var d = e.detail || {};
    toast(d.message || d.value || "", d.level || "success");
  });
  document.body.addEventListener("htmx:responseError", function () {
    toast("That did not work; the page may be out of date. Reload and try again.", "danger");
  });
  document.body.addEventListener("htmx:sendError", function () {
    toast("The server could not be reached. Check your connection and try again.", "danger");
  });

  function boardFilters(board) {
    return { owner: board.dataset.owner || "", team: board.dataset.team || "" };
  }

  function moveCard(card, stage) {
    var board = document.getElementById("board");
    var values = boardFilters(board);
    values.id = card.dataset.id;
    values.version = card.dataset.version;
    values.stage = stage;
    return htmx.ajax("POST", "/pipeline/move", { source: board, target: "#board", swap: "outerHTML", values: values });
  }
  window.closewright.moveCard = function (id, stage) {
    var card = document.getElementById("card-" + id);
    if (card) { moveCard(card, stage); }
  };

  function initBoard(root) {
    root.querySelectorAll(".cw-column-body").forEach(function (body) {
      if (body.dataset.sortable) { return; }
      body.dataset.sortable = "1";
      Sortable.create(body, {
        group: "board",
        animation: 120,
        forceFallback: true,
        fallbackTolerance: 3,
        filter: ".cw-no-drag",
        preventOnFilter: false,
        ghostClass: "cw-card-ghost",
        chosenClass: "cw-card-chosen",
        dragClass: "cw-card-drag",
        draggable: ".cw-card",
        onEnd: function (evt) {
          if (evt.from === evt.to) { return; }
          var stage = evt.to.closest("[data-stage]").dataset.stage;
          moveCard(evt.item, stage);
        }
      });
    });
  }

  function initStageOrder(root) {
    root.querySelectorAll("[data-stage-order]").forEach(function (list) {
      if (list.dataset.sortable) { return; }
      list.dataset.sortable = "1";
      Sortable.create(list, {
        animation: 120,
        handle: ".cw-drag-handle",
        onEnd: function (evt) {
          if (evt.oldIndex === evt.newIndex) { return; }
          var form = document.getElementById(list.dataset.stageOrder);
          form.querySelectorAll("input[name=keys]").forEach(function (i) { i.remove(); });
          list.querySelectorAll("[data-key]").forEach(function (item) {
            var input = document.createElement("input");
            input.type = "hidden"; input.name = "keys"; input.value = item.dataset.key;
            form.appendChild(input);
          });
          form.submit();
        }
      });
    });
  }

  // After "show more" on the board, keyboard focus goes to the first card it loaded.
  function focusLoadedCards() {
    var marker = document.querySelector("[data-cw-focus-next]");
    if (!marker) { return; }
    var card = marker.nextElementSibling;
    marker.remove();
    var link = card && card.querySelector(".cw-card-name");
    if (link) { link.focus(); }
  }

  htmx.onLoad(function (root) {
    if (window.Sortable) {
      initBoard(root);
      initStageOrder(root);
    }
    focusLoadedCards();
  });
})();

/* Filters that apply as soon as they change; the board card menu's "Move to". */
(function () {
  "use strict";
  document.addEventListener("change", function (e) {
    var form = e.target.closest && e.target.closest("form[data-autosubmit]");
    if (form && e.target.matches("select")) { form.submit(); }
  });
  document.addEventListener("click", function (e) {
    var item = e.target.closest && e.target.closest("[data-move-to]");
    if (item) {
      e.preventDefault();
      window.closewright.moveCard(item.dataset.card, item.dataset.moveTo);
    }
  });
})();

/* Close plans: show/hide step forms, summaries of check menus, filling in a suggested close date. */
(function () {
  "use strict";
  document.addEventListener("click", function (e) {
    var toggle = e.target.closest && e.target.closest("[data-cw-toggle]");
    if (toggle) {
      var target = document.getElementById(toggle.dataset.cwToggle);
      if (!target) { return; }
      var hidden = target.classList.toggle("d-none");
      if (toggle.id) { toggle.classList.toggle("d-none", !hidden); }
      if (toggle.dataset.cwShow) {
        var other = document.getElementById(toggle.dataset.cwShow);
        if (other) { other.classList.toggle("d-none", !hidden); }
      }
      var first = !hidden && target.querySelector("input:not([type=hidden]), select, textarea");
      if (first) { first.focus(); }
      return;
    }
    var fill = e.target.closest && e.target.closest("[data-fill-date]");
    if (fill) {
      var input = document.getElementById(fill.dataset.fillTarget);
      if (input) {
        input.value = fill.dataset.fillDate;
        input.dispatchEvent(new Event("change", { bubbles: true }));
        var reason = input.form && input.form.querySelector("[name=reason]");
        if (reason && !reason.value.trim() && fill.dataset.fillDate > (input.defaultValue || "")) {
          reason.value = "Re-dated to the plan's earliest realistic date";
        }
        input.focus();
      }
    }
  });
  document.addEventListener("change", function (e) {
    var menu = e.target.closest && e.target.closest("[data-cw-checkmenu]");
    if (!menu) { return; }
    var names = Array.prototype.map.call(menu.querySelectorAll("input:checked"), function (box) {
      return box.parentElement.textContent.trim();
    });
    menu.querySelector("button").textContent = names.length ? names.join(", ") : menu.dataset.empty;
  });

  // Copy a value to the clipboard: <button data-cw-copy="#input">
  document.addEventListener("click", function (e) {
    var button = e.target.closest && e.target.closest("[data-cw-copy]");
    if (!button) { return; }
    var input = document.querySelector(button.dataset.cwCopy);
    if (!input) { return; }
    input.select();
    if (navigator.clipboard) { navigator.clipboard.writeText(input.value); } else { document.execCommand("copy"); }
    window.closewright.toast("Copied the link.", "success");
  });

  // The ask as the buyer will read it, while the rep types.
  document.addEventListener("input", function (e) {
    if (!e.target.dataset || !e.target.dataset.cwAskPart) { return; }
    var form = e.target.closest("form");
    var preview = form && form.querySelector("#ask-preview");
    if (!preview) { return; }
    var action = (form.querySelector("[data-cw-ask-part=action]") || {}).value || "";
    var outcome = (form.querySelector("[data-cw-ask-part=outcome]") || {}).value || "";
    var clean = function (t) { return t.trim().replace(/[.\s]+$/, ""); };
    preview.textContent = action.trim() && outcome.trim()
      ? "The buyer will read: If you " + clean(action) + ", it will get us to " + clean(outcome) + "."
      : "";
  });
})();

/* The activity form: duration only for calls and meetings; Ctrl+Enter logs it. */
(function () {
  "use strict";
  document.addEventListener("change", function (e) {
    var form = e.target.closest && e.target.closest("form[data-activity-form]");
    if (form && e.target.name === "type") {
      var timed = e.target.dataset.timed === "true";
      form.querySelectorAll(".cw-timed").forEach(function (el) { el.classList.toggle("d-none", !timed); });
    }
  });
  document.addEventListener("keydown", function (e) {
    var form = e.target.closest && e.target.closest("form[data-activity-form]");
    if (form && e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      form.requestSubmit();
    }
  });
})();

/* The search box: "/" focuses it, arrow keys move through the hits, Enter opens one, Escape closes. */
(function () {
  "use strict";
  var box = document.getElementById("search-box");
  var list = document.getElementById("search-results");
  if (!box || !list) { return; }
  var active = -1;

  function hits() { return Array.prototype.slice.call(list.querySelectorAll("[role=option]")); }

  function select(index) {
    var all = hits();
    active = all.length ? Math.max(-1, Math.min(index, all.length - 1)) : -1;
    all.forEach(function (hit, i) {
      hit.classList.toggle("active", i === active);
      hit.setAttribute("aria-selected", i === active ? "true" : "false");
    });
    if (active >= 0) {
      box.setAttribute("aria-activedescendant", all[active].id);
      all[active].scrollIntoView({ block: "nearest" });
    } else {
      box.removeAttribute("aria-activedescendant");
    }
  }

  function show(open) {
    list.classList.toggle("show", open);
    box.setAttribute("aria-expanded", open ? "true" : "false");
    if (!open) { select(-1); }
  }

  document.body.addEventListener("htmx:afterSwap", function (e) {
    if (e.detail.target === list) {
      active = -1;
      show(list.children.length > 0 && box.value.trim().length > 0);
    }
  });
  box.addEventListener("keydown", function (e) {
    if (e.key === "ArrowDown") {
      e.preventDefault();
      show(list.children.length > 0);
      select(active + 1);
    } else if (e.key === "ArrowUp") {
      e.preventDefault();
      select(active - 1);
    } else if (e.key === "Enter" && active >= 0 && list.classList.contains("show")) {
      e.preventDefault();
      window.location.assign(hits()[active].href);
    } else if (e.key === "Escape") {
      if (list.classList.contains("show")) { show(false); } else { box.blur(); }
    }
  });
  box.addEventListener("focus", function () {
    if (box.value.trim().length > 0 && list.children.length > 0) { show(true); }
  });
  document.addEventListener("click", function (e) {
    if (!e.target.closest("#global-search")) { show(false); }
  });
  document.addEventListener("keydown", function (e) {
    var t = e.target;
    var typing = t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName);
    if (e.key === "/" && !typing && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      box.focus();
      box.select();
    }
  });
})();

/* Forms that ask before they submit: <form data-confirm="Delete this?"> (no inline handlers under the CSP). */
(function () {
  "use strict";
  document.addEventListener("submit", function (e) {
    var form = e.target;
    if (form instanceof HTMLFormElement && form.dataset.confirm && !window.confirm(form.dataset.confirm)) {
      e.preventDefault();
    }
  }, true);
})();
