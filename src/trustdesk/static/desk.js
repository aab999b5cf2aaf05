// Small enhancements to server-rendered pages; every page works without this file.
"use strict";

document.addEventListener("DOMContentLoaded", () => {
  // Choosing a macro shows its preview straight away.
  for (const select of document.querySelectorAll("select[data-autosubmit]")) {
    select.addEventListener("change", () => select.value && select.form.requestSubmit());
  }

  // The reply box turns yellow, and its button says so, when it will be an internal note.
  for (const form of document.querySelectorAll("form[data-reply-form]")) {
    const button = form.querySelector("button[type=submit]");
    const update = () => {
      const note = form.elements.kind.value === "note";
      form.classList.toggle("is-note", note);
      button.textContent = note ? button.dataset.labelNote : button.dataset.labelPublic;
    };
    form.addEventListener("change", update);
    update();
  }

  // Pages rendered outside the desk do not count notifications themselves.
  const badge = document.querySelector("[data-unread-url]");
  if (badge) {
    fetch(badge.dataset.unreadUrl, { headers: { Accept: "application/json" } })
      .then((response) => (response.ok ? response.json() : null))
      .then((data) => {
        if (data) {
          badge.textContent = data.unread;
          badge.classList.toggle("empty", data.unread === 0);
        }
      })
      .catch(() => {});
  }
});
