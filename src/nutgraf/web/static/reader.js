// Shows an article's summary in place, without a reload. The page works without this script: the form
// then loads /articles/<id>/summary, which shows the same summary.
"use strict";

(() => {
  const form = document.querySelector("form.get-summary");
  const box = document.getElementById("summary");
  if (!form || !box) return;
  const list = box.querySelector(".summary-list");
  const heading = box.querySelector("h3");
  const button = form.querySelector("button");
  const sentences = Array.from(document.querySelectorAll(".body .s"));

  // The body sentence holding offset `start`: the anchor a summary sentence links to.
  const sentenceAt = (start) => {
    let found = null;
    for (const span of sentences) {
      if (Number(span.dataset.start) > start) break;
      found = span;
    }
    return found;
  };

  const show = (summary) => {
    for (const span of sentences) span.classList.remove("in-summary");
    list.replaceChildren();
    for (const sentence of summary.sentences) {
      const item = document.createElement("li");
      const span = sentence.start === null ? null : sentenceAt(sentence.start);
      if (span) {
        span.classList.add("in-summary");
        const link = document.createElement("a");
        link.href = "#" + span.id;
        link.textContent = sentence.text;
        item.append(link);
      } else {
        item.textContent = sentence.text;
      }
      list.append(item);
    }
    box.hidden = false;
    heading.focus();
  };

  const fail = (message) => {
    list.replaceChildren();
    const item = document.createElement("li");
    item.className = "error";
    item.setAttribute("role", "alert");
    item.textContent = message;
    list.append(item);
    box.hidden = false;
  };

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const query = new URLSearchParams(new FormData(form));
    button.disabled = true;
    const label = button.textContent;
    button.textContent = "Summarizing…";
    try {
      const response = await fetch(`${form.dataset.api}?${query}`, { headers: { Accept: "application/json" } });
      const body = await response.json();
      if (!response.ok) throw new Error(body.detail || body.title || `error ${response.status}`);
      show(body);
    } catch (error) {
      fail(`No summary this time: ${error.message}`);
    } finally {
      button.disabled = false;
      button.textContent = label;
    }
  });
})();
