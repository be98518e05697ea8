// The workspace's small script: everything works without it; it only adds comfort.
// - marks a figure field that was changed since the page loaded;
// - says "Rebuilding…" on a form's button while the server works;
// - enlarges a preview image in place (Escape or a click closes it) instead of leaving the page.
"use strict";
document.addEventListener("DOMContentLoaded", () => {
  for (const input of document.querySelectorAll("form#figures input, form#figures select")) {
    const initial = input.type === "checkbox" ? input.checked : input.value;
    input.addEventListener("change", () => {
      const now = input.type === "checkbox" ? input.checked : input.value;
      input.classList.toggle("changed", now !== initial);
    });
  }
  for (const form of document.querySelectorAll("form[data-busy]")) {
    form.addEventListener("submit", (event) => {
      const button = event.submitter || form.querySelector("button[type=submit]");
      if (button) {
        // The clicked button's name/value must still be sent: a hidden copy carries it.
        if (button.name) {
          const copy = document.createElement("input");
          copy.type = "hidden"; copy.name = button.name; copy.value = button.value;
          form.appendChild(copy);
        }
        button.textContent = form.dataset.busy;
      }
      form.classList.add("busy");
    });
  }
  let open = null;
  const close = () => { if (open) { open.remove(); open = null; } };
  for (const link of document.querySelectorAll("a.enlarge")) {
    link.addEventListener("click", (event) => {
      event.preventDefault();
      close();
      open = document.createElement("div");
      open.className = "enlarged";
      open.tabIndex = -1;
      const image = document.createElement("img");
      image.src = link.href;
      image.alt = link.querySelector("img").alt;
      open.appendChild(image);
      open.addEventListener("click", () => { close(); link.focus(); });
      document.body.appendChild(open);
      open.focus();
    });
  }
  document.addEventListener("keydown", (event) => { if (event.key === "Escape") close(); });
});
