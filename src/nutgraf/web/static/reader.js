// Shows an article's summary in place, without a reload, and an LLM's summary while it is written. The
// page works without this script: the form then loads /articles/<id>/summary, which shows the same summary.
"use strict";

(() => {
  const form = document.querySelector("form.get-summary");
  const box = document.getElementById("summary");
  if (!form || !box) return;
  const list = box.querySelector(".summary-list");
  const heading = box.querySelector("h3");
  const draft = box.querySelector(".summary-draft");
  const note = box.querySelector(".summary-note");
  const reduction = box.querySelector(".summary-reduction");
  const notes = box.querySelector(".summary-notes");
  const tags = box.querySelector(".summary-keyphrases");
  const button = form.querySelector("button");
  const sentences = Array.from(document.querySelectorAll(".body .s"));
  const missingShown = Number(box.dataset.missingShown) || 6;
  // A long article is shown a page at a time: the characters this page shows.
  const body = document.getElementById("body");
  const pageStart = Number(body?.dataset.pageStart ?? 0);
  const pageEnd = Number(body?.dataset.pageEnd ?? Infinity);
  const onThisPage = (start) => start >= pageStart && start < pageEnd;
  // The languages written right to left (nutgraf.language.RIGHT_TO_LEFT): a summary in one is dir="rtl".
  const rightToLeft = new Set(box.dataset.rightToLeft.split(" "));
  // Those written in scripts of both directions (nutgraf.language.SCRIPT_DIRECTED), Fulani in Adlam or in
  // Latin letters: right to left where more than half the summary's letters are Adlam's, as
  // nutgraf.language.text_direction reads them (dir="auto" took a Latin dateline's direction).
  const scriptDirected = new Set(box.dataset.scriptDirected.split(" "));
  const mostlyAdlam = (text) => {
    const sample = text.slice(0, 4000);
    const letters = (sample.match(/\p{L}/gu) || []).length;
    return letters > 0 && 2 * (sample.match(/[\u{1E900}-\u{1E943}]/gu) || []).length > letters;
  };
  // The article's language and direction, as the body carries them, for quotes of it in English lines.
  const inArticleLanguage = (node) => {
    if (body?.lang) node.lang = body.lang;
    if (body?.dir) node.dir = body.dir;
    return node;
  };

  // The body sentence on this page holding offset `start`: the anchor a summary sentence links to.
  const sentenceAt = (start) => {
    if (!onThisPage(start)) return null;
    let found = null;
    for (const span of sentences) {
      if (Number(span.dataset.start) > start) break;
      found = span;
    }
    return found;
  };

  // The start of `text`, cut at a word, as the server's pages show it (nutgraf.store.excerpt).
  const excerpt = (text, limit = 70) => {
    const flat = text.split(/\s+/).filter(Boolean).join(" ");
    if (flat.length <= limit) return flat;
    const cut = flat.slice(0, limit);
    const space = cut.lastIndexOf(" ");
    return (space >= 0 ? cut.slice(0, space) : cut) + "…";
  };

  const element = (tag, className, text) => {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  };

  const linkTo = (span, text, className) => {
    const link = element("a", className, text);
    link.href = "#" + span.id;
    return link;
  };

  // "Reduced by 84%, about 4 minutes saved.", as the server's page says it (describe_reduction).
  const reductionText = (reduced) => {
    if (reduced.share <= 0) return "Not reduced: the summary is the whole article.";
    const minutes = Math.round(reduced.seconds_saved / 60);
    const saved = minutes < 1 ? "under a minute" : `about ${minutes} minute${minutes > 1 ? "s" : ""}`;
    // 1% to 99%: three sentences of a long report are not "Reduced by 100%".
    const percent = Math.min(Math.max(Math.round(reduced.share * 100), 1), 99);
    return `Reduced by ${percent}%, ${saved} saved.`;
  };

  // A link to the sentence at `start` on the page of the article that shows it (summaries report the
  // body's sentence spans, so `start` is its anchor there), the summary shown there too: the address is
  // the view's own (see `remember`), as the page without JavaScript links it.
  const linkAway = (start, text, className) => {
    const link = element("a", className, text);
    const address = new URL(location.href);
    address.searchParams.delete("page");
    address.searchParams.set("at", start);
    address.hash = `s-${start}`;
    link.href = address.href;
    return link;
  };

  // The verdict of the check under a summary sentence: the sentences that back it, or what is missing.
  const support = (check) => {
    // The verdict is in English, whatever the summary's language and direction.
    const line = element("span", "support");
    line.lang = "en";
    line.dir = "ltr";
    if (check.supported === null) {
      line.append(element("strong", "verdict", "Not checked"), `: ${check.reason}`);
    } else if (check.supported) {
      line.append(element("strong", "verdict", "Supported by the article"));
      const links = check.evidence.map(([start]) => {
        if (!onThisPage(start)) return linkAway(start, "a sentence on another page", "backing");
        const span = sentenceAt(start);
        span?.classList.add("in-summary");
        return span && inArticleLanguage(linkTo(span, `“${excerpt(span.textContent)}”`, "backing"));
      });
      links.filter(Boolean).forEach((link, index) => line.append(index ? "; " : ": ", link));
    } else {
      line.append(element("strong", "verdict", "Not supported by the article"));
      const missing = check.unsupported.slice(0, missingShown);
      // Summaries cached before the check gave reasons have only the missing terms.
      if (check.reason) line.append(`: ${check.reason}`);
      else if (missing.length) line.append(`: it does not mention ${missing.map((t) => `“${t}”`).join(", ")}`);
    }
    return line;
  };

  const startBox = () => {
    for (const span of sentences) span.classList.remove("in-summary");
    list.replaceChildren();
    notes.replaceChildren();
    tags.replaceChildren();
    reduction.hidden = true;
    box.querySelector(".summary-error")?.remove();
    box.hidden = false;
  };

  // A piece of the summary as the engine writes it; the checked summary replaces the draft at the end.
  const write = (piece) => {
    if (draft.hidden) {
      startBox();
      draft.textContent = "";
      draft.hidden = false;
      note.hidden = true; // it describes the checked summary, which is not there yet
      heading.textContent = "Summary (being written…)";
    }
    draft.textContent += piece;
  };

  const show = (summary) => {
    startBox();
    draft.hidden = true;
    draft.textContent = "";
    box.removeAttribute("aria-busy");
    heading.textContent = "Summary";
    list.className = `summary-list form-${summary.form}`;
    list.lang = summary.output_language;
    if (rightToLeft.has(summary.output_language)) list.dir = "rtl";
    else if (scriptDirected.has(summary.output_language) && mostlyAdlam(summary.sentences.map((sentence) => sentence.text).join(" "))) list.dir = "rtl";
    else list.removeAttribute("dir");
    const checks = summary.evidence ? summary.evidence.sentences : null;
    summary.sentences.forEach((sentence, index) => {
      const item = document.createElement("li");
      const span = sentence.start === null ? null : sentenceAt(sentence.start);
      if (span) {
        span.classList.add("in-summary");
        item.append(linkTo(span, sentence.text));
      } else if (sentence.start !== null && !onThisPage(sentence.start)) {
        item.append(linkAway(sentence.start, sentence.text));
      } else {
        item.append(element("span", "summary-text", sentence.text));
      }
      if (checks) {
        const supported = checks[index].supported;
        item.className = supported === null ? "not-checked" : supported ? "supported" : "unsupported";
        item.append(support(checks[index]));
      }
      list.append(item);
    });
    // The article's keyphrases as tags, each linking to the sentence of its first occurrence on this page.
    for (const keyphrase of summary.keyphrases || []) {
      const first = keyphrase.spans.find(([start]) => onThisPage(start));
      const span = first && sentenceAt(first[0]);
      const tag = element("li");
      tag.append(span ? linkTo(span, keyphrase.text, "keyphrase") : element("span", "keyphrase", keyphrase.text));
      tags.append(tag);
    }
    if (summary.sentences.length) {
      reduction.textContent = reductionText(summary.reduction);
      reduction.hidden = false;
    }
    for (const text of summary.notes) notes.append(element("li", "", text));
    // A summary in another language than the article's was not compared with it (evidence.checked false).
    const compared = summary.evidence && summary.evidence.checked ? "checked" : "unchecked";
    note.textContent = checks ? note.dataset[compared] : note.dataset.quoted;
    note.hidden = false;
    heading.focus();
  };

  const fail = (message) => {
    startBox();
    draft.hidden = true;
    box.removeAttribute("aria-busy");
    heading.textContent = "Summary";
    note.hidden = true;
    // A paragraph, not a list item: it is not a summary sentence.
    const error = element("p", "error summary-error", message);
    error.setAttribute("role", "alert");
    list.after(error);
  };

  // The server-sent events of a response: {name, data} with data parsed from JSON.
  async function* events(response) {
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = "";
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += value.replace(/\r\n?/g, "\n");
      let end;
      while ((end = buffer.indexOf("\n\n")) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        let name = "message";
        let data = "";
        for (const line of block.split("\n")) {
          if (line.startsWith("event:")) name = line.slice(6).trim();
          else if (line.startsWith("data:")) data += line.slice(5).trim();
        }
        if (data) yield { name, data: JSON.parse(data) };
      }
    }
  }

  // Options that do not apply to the choice made are off: a language for an engine that only quotes the
  // article, a length for a TL;DR (one sentence). Disabled fields are not sent.
  const summarizer = form.querySelector("#summarizer");
  const language = form.querySelector("#output-language");
  const length = form.querySelector("#length");
  const shape = form.querySelector("#form");
  const fit = () => {
    if (language && summarizer) {
      language.disabled = !summarizer.selectedOptions[0].hasAttribute("data-writes-languages");
    }
    length.disabled = shape.value === "tldr";
  };
  form.addEventListener("change", fit);
  fit();

  // The summary shown has the address the page without JavaScript gives it (the form's own), kept in the
  // history with the summary: a link copied from the address bar shows it, and Back and Forward go from
  // one summary to the one before as they go between pages. The page of a long article stays the one read.
  const viewOf = (address) => address.pathname + address.search;
  let shownView = viewOf(location);
  // `asked` is the form's fields as the summary was asked for: the menus stay free while it streams in.
  const remember = (summary, asked) => {
    const fields = new URLSearchParams(asked);
    const here = new URLSearchParams(location.search);
    for (const name of ["page", "at"]) if (here.has(name)) fields.set(name, here.get(name));
    const address = new URL(form.action);
    address.search = fields;
    const state = { summary, fields: fields.toString() };
    // A browser may refuse the entry (Safari past 100 in 10 s, Firefox past its rate or a state of 16 MiB, with
    // a SecurityError): the summary that came is shown all the same, at the address it had.
    try {
      if (viewOf(address) === shownView) history.replaceState(state, "", address);
      else history.pushState(state, "", address);
      shownView = viewOf(address);
    } catch {}
  };
  // The menus as the address of a summary in the history has them.
  const choose = (fields) => {
    const asked = new URLSearchParams(fields);
    for (const field of form.elements) {
      if (field.type === "checkbox") field.checked = asked.getAll(field.name).includes(field.value);
      else if (field.tagName === "SELECT") field.value = asked.get(field.name) ?? field.options[0].value;
    }
    if (!asked.has("length")) length.value = "medium";
    fit();
  };
  addEventListener("popstate", (event) => {
    if (viewOf(location) === shownView) return; // a link into the body, within the summary shown
    shownView = viewOf(location);
    if (event.state?.summary) {
      choose(event.state.fields);
      show(event.state.summary);
      // After the browser's own move to the address's #summary, which leaves the focus on the page's
      // start: a keyboard reader goes on from the summary, as after asking for it.
      setTimeout(() => heading.focus());
    } else if (!location.pathname.endsWith("/summary")) {
      // The article as it opened, without a summary.
      startBox();
      box.hidden = true;
      form.reset();
      fit();
      setTimeout(() => button.focus()); // the box's heading had the focus, hidden now
    } else {
      location.reload(); // a summary the page opened with (made by the server): made again from the cache
    }
  });

  // What to do about an error answered without the reader's reason (a proxy's page): a wait said in a
  // Retry-After of seconds is the one to tell, and a refusal (4xx) is no outage a minute ends.
  function unexplained(response) {
    const said = `the server answered with error ${response.status} and no reason`;
    if (response.status !== 429 && response.status < 500) return `${said}; reload the page and try again`;
    const wait = Number(response.headers.get("Retry-After"));
    return `${said}; try again in ${wait > 90 ? `${Math.ceil(wait / 60)} minutes` : "a minute"}`;
  }

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    // Busy, not disabled: a disabled button loses the keyboard's focus (to the page's start, after a
    // failure) and its "Summarizing…" fades below a readable contrast.
    if (button.getAttribute("aria-disabled") === "true") return; // the summary asked for is on its way
    const asked = new URLSearchParams(new FormData(form));
    if (!asked.get("output_language")) asked.delete("output_language"); // the article's language
    const query = new URLSearchParams(asked);
    query.set("keyphrases", form.dataset.keyphrases);
    button.setAttribute("aria-disabled", "true");
    box.setAttribute("aria-busy", "true"); // a summary shown stays until the next replaces it
    const label = button.textContent;
    button.textContent = "Summarizing…";
    try {
      // The browser's own words for a lost connection ("Failed to fetch"), and an answer without the
      // reader's (a proxy's error page), had been shown as they were, with nothing to do about them.
      const response = await fetch(`${form.dataset.api}?${query}`, { headers: { Accept: "text/event-stream" } })
        .catch(() => {
          throw new Error("the reader could not be reached; check the connection and try again");
        });
      if (!response.ok) {
        const problem = await response.json().catch(() => ({}));
        throw new Error(problem.detail || problem.title || unexplained(response));
      }
      let finished = false;
      for await (const { name, data } of events(response)) {
        if (name === "delta") write(data.text);
        else if (name === "summary") {
          remember(data, asked);
          show(data);
          finished = true;
        } else if (name === "error") throw new Error(data.detail || data.title);
      }
      if (!finished) throw new Error("the connection closed before the summary was complete; try again");
    } catch (error) {
      fail(`No summary this time: ${error.message}`);
    } finally {
      button.removeAttribute("aria-disabled");
      button.textContent = label;
    }
  });
})();
