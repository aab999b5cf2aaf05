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

  // A conversation shows the other side's new messages as they arrive: a small JSON read
  // every few seconds, only while the page is visible (a reload shows them too).
  const POLL_MILLISECONDS = 2500;
  const poll = (element, append) => {
    let after = Number(element.dataset.after) || 0;
    let busy = false;
    const read = () => {
      if (busy || document.visibilityState !== "visible") return;
      busy = true;
      fetch(`${element.dataset.pollUrl}?after=${after}`, { headers: { Accept: "application/json" } })
        .then((response) => (response.ok ? response.json() : null))
        .then((data) => {
          if (!data) return;
          for (const message of data.messages) {
            if (message.id <= after) continue;
            append(message);
            after = message.id;
          }
        })
        .catch(() => {})
        .finally(() => {
          busy = false;
        });
    };
    setInterval(read, POLL_MILLISECONDS);
    document.addEventListener("visibilitychange", read);
  };
  const part = (tag, className, text) => {
    const node = document.createElement(tag);
    if (className) node.className = className;
    node.textContent = text;
    return node;
  };

  // The user's chat window.
  const chatLog = document.querySelector("[data-chat-log][data-poll-url]");
  if (chatLog) {
    poll(chatLog, (message) => {
      const line = document.createElement("li");
      line.className = message.sender === "agent" ? "agent" : "mine";
      line.dataset.from = message.sender;
      line.dataset.messageId = message.id;
      line.append(
        part("strong", "", message.author),
        " ",
        part("span", "muted", message.time),
        part("div", "comment-body", message.body),
      );
      chatLog.append(line);
    });
  }

  // The agent's ticket page: new messages join the conversation; one in which conversation
  // safety found something asks for a reload, which shows its guidance.
  const conversation = document.querySelector("[data-conversation][data-poll-url]");
  if (conversation) {
    const count = conversation.querySelector("[data-conversation-count]");
    const guidance = conversation.querySelector("[data-new-guidance]");
    poll(conversation, (message) => {
      const card = document.createElement("article");
      card.className = "comment-card";
      if (!message.public) card.classList.add("internal-note");
      else if (message.from_staff) card.classList.add("from-staff");
      card.id = `comment-${message.id}`;
      card.dataset.public = String(message.public);
      const header = document.createElement("header");
      const label = message.public ? message.label : "Internal note";
      header.append(
        part("strong", "", message.author),
        " ",
        part("span", message.public ? "tag" : "tag note-label", label),
        " ",
        part("span", "muted", message.public ? `${message.channel.replace("_", " ")} · ${message.time}` : message.time),
      );
      card.append(header, part("div", "comment-body", message.body));
      conversation.append(card);
      if (count) count.textContent = String(Number(count.textContent) + 1);
      if (guidance && message.guidance && !message.from_staff) guidance.hidden = false;
    });
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
