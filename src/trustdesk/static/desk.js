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

  // In a self-harm conversation the reply is checked, as the agent types, for what the
  // playbook says to avoid; the server checks again before anything is sent.
  for (const form of document.querySelectorAll("form[data-lint-url]")) {
    const box = form.querySelector("[data-reply-lint]");
    const body = form.elements.body;
    const token = form.elements.csrf_token.value;
    let timer = null;
    const lint = () => {
      if (form.elements.kind.value === "note") {
        box.replaceChildren();
        return;
      }
      const data = new URLSearchParams({ body: body.value, csrf_token: token });
      fetch(form.dataset.lintUrl, { method: "POST", body: data, headers: { Accept: "application/json" } })
        .then((response) => (response.ok ? response.json() : null))
        .then((result) => {
          if (!result) return;
          box.replaceChildren(
            ...result.flags.map((flag) => {
              const line = document.createElement("p");
              const words = document.createElement("strong");
              words.textContent = `“${flag.text}”`;
              line.append(words, ` — ${flag.reason}`);
              line.dataset.flag = flag.rule;
              return line;
            }),
          );
        })
        .catch(() => {});
    };
    body.addEventListener("input", () => {
      clearTimeout(timer);
      timer = setTimeout(lint, 250);
    });
    form.addEventListener("change", lint);
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
