/* The deal page's section navigation: sections land below the sticky header, the link of the section in
   view is marked, following a link by keyboard moves focus into the section, and a section loaded after
   the page (htmx) is scrolled to when the address names it. */
(function () {
  "use strict";
  var sticky = document.getElementById("deal-sticky");
  var nav = document.getElementById("deal-sections");
  if (!sticky || !nav) { return; }
  var links = Array.prototype.slice.call(nav.querySelectorAll("a[href^='#']"));
  var landed = !location.hash;

  function measure() {
    document.documentElement.style.setProperty("--cw-sticky-height", (sticky.offsetHeight + 8) + "px");
  }

  function mark() {
    var limit = sticky.getBoundingClientRect().bottom + 16;
    var current = null;
    links.forEach(function (a) {
      var target = document.getElementById(a.getAttribute("href").slice(1));
      if (target && target.getBoundingClientRect().top <= limit) { current = a; }
    });
    links.forEach(function (a) {
      if (a === current) { a.setAttribute("aria-current", "location"); } else { a.removeAttribute("aria-current"); }
    });
  }

  function land() {
    if (landed) { return; }
    var target = document.getElementById(location.hash.slice(1));
    if (target) {
      landed = true;
      target.scrollIntoView();
      mark();
    }
  }

  links.forEach(function (a) {
    a.addEventListener("click", function () {
      var target = document.getElementById(a.getAttribute("href").slice(1));
      if (!target) { return; }
      window.setTimeout(function () {
        if (!target.hasAttribute("tabindex")) { target.setAttribute("tabindex", "-1"); }
        target.focus({ preventScroll: true });
        mark();
      }, 0);
    });
  });
  window.addEventListener("resize", measure);
  window.addEventListener("scroll", mark, { passive: true });
  document.body.addEventListener("htmx:afterSettle", function () { measure(); land(); mark(); });
  measure();
  land();
  mark();
})();
