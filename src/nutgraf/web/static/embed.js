// nutgraf's "Get a summary" button for a publisher's own pages:
//   <script src="https://NUTGRAF/embed.js" async></script>
//   <nutgraf-summary site="ID" [url="PAGE"] [length="short|medium|long"] [form="paragraph|key_points|tldr"]
//     [keyphrases="5"] [sentences="3"] [words] [avoid="questions quotes"] [output-language="de"]
//     [summarizer="NAME"] [theme="light|dark"]>
// It renders into an open shadow root (themed through --nutgraf-* properties and ::part()), sets every
// text as text, keeps no cookies or storage, and asks nothing of anyone but the nutgraf that served it.
"use strict";
(() => {
  const NAME = "nutgraf-summary";
  if (!window.customElements || customElements.get(NAME)) return;
  const script = document.currentScript;
  const BASE = new URL(script ? script.src : "/", location.href).origin;
  const REASONS = ["wrong", "missing", "unclear", "other"];
  // The languages written right to left (nutgraf.language.RIGHT_TO_LEFT): a summary in one is dir="rtl".
  const RTL = "aii ar ckb dv fa he ks nqo ps sd ug ur yi".split(" ");
  // Those written in scripts of both directions (nutgraf.language.SCRIPT_DIRECTED), Fulani in Adlam or in
  // Latin letters: right to left where more than half the text's letters are Adlam's, as
  // nutgraf.language.text_direction reads them (dir="auto" took a Latin dateline's direction).
  const SCRIPT_DIRECTED = "ff".split(" ");
  const mostlyAdlam = (text) => {
    const sample = text.slice(0, 4000);
    const letters = (sample.match(/\p{L}/gu) || []).length;
    return letters > 0 && 2 * (sample.match(/[\u{1E900}-\u{1E943}]/gu) || []).length > letters;
  };
  // The labels shown before a summary comes (BAR_LABELS of nutgraf/web/widget_labels.py), English's, and
  // the languages there are labels in, put in when the script is served. Another language's come by one
  // request (/embed/labels/de), made once for the page's widgets and kept by the browser as the script
  // is, so that a language costs the script two letters, not a hundred bytes; the other labels come with
  // the summary. No answer (a nutgraf down, or hanging WAIT_MS): English's.
  const EN = {};
  const LANGUAGES = [];
  // Other codes of those languages (nutgraf.language's aliases): Bokmål and Nynorsk, Hebrew's old code.
  const ALIASES = { nb: "no", nn: "no", iw: "he" };
  // A nutgraf that is down or hangs, or a summary that stops streaming in: after this long without a byte
  // the reader gets the line for no summary, not "Summarizing…" for ever (a later click asks again).
  const WAIT_MS = 20000;
  // The longest Retry-After told as a wait (a day, "24 hours"): past it the reader gets the line for no
  // summary right now, where a hostile proxy's "1e300" (an integer to Number.isInteger) had been told as an
  // hour count of 401 characters.
  const MAX_RETRY_S = 86400;
  // Light and dark follow the reader's system unless theme="light" or theme="dark" says otherwise; the
  // host's all:initial keeps the page's styles (a rule for *, inherited fonts and colours) out. The
  // button's transparent border is drawn in forced colours (Windows high contrast), which drop its fill.
  // The reason menu takes the form's width, not its longest reason's, which is wider than a 320 px phone.
  // The bar keeps its 48 px on a phone: when the question and the button do not fit on one line, the
  // question (laid out after the button, drawn before it) wraps onto a second line the bar clips whole.
  // A label wider than the bar alone (Russian's, German's on a 320 px phone) wraps inside its button,
  // which the bar grows with, rather than running past the bar's edge, which cut it off.
  // The question (one line, 1.5em) takes no height from its line (its negative margin), so the button
  // and its margins alone make the bar's height: a button made larger (::part(button), a reader's
  // stylesheet) grows the bar instead of being clipped. The question hangs from the top of its line,
  // moved down to the middle of the button's (2.75em + 2px: 1.5em of text, .25em of padding and 1px of
  // border each side), or on the second line out of the bar. 6 px on each side of the button leave room
  // for its focus ring. Form fields' borders are muted (3:1 at least). Sizes are in em of the reader's
  // own font size (medium: 16 px unless they chose larger), so a larger text grows the widget with it.
  // .h: said by screen readers (the live region), not shown.
  const DARK = "--i:var(--nutgraf-ink,#e9e7e2);--p:var(--nutgraf-paper,#1c1c21);--a:var(--nutgraf-accent,#f08a5d);--t:var(--nutgraf-accent-ink,#16161a);--m:var(--nutgraf-muted,#a4a2a8);--r:var(--nutgraf-rule,#34333a)";
  const CSS = `:host{all:initial!important;display:block!important;min-height:calc(2.75em + 4px)!important}
:host([hidden]){display:none!important}
.w{--i:var(--nutgraf-ink,#1d1d1f);--p:var(--nutgraf-paper,#fff);--a:var(--nutgraf-accent,#a33a17);--t:var(--nutgraf-accent-ink,#fff);--m:var(--nutgraf-muted,#5f5f66);--r:var(--nutgraf-rule,#e3e0d8);box-sizing:border-box;font:medium/1.5 var(--nutgraf-font,system-ui,-apple-system,"Segoe UI",Roboto,sans-serif);color:var(--i);background:var(--p);border:1px solid var(--r);border-radius:var(--nutgraf-radius,8px);padding:0 12px;text-align:start;overflow-wrap:anywhere}
@media (prefers-color-scheme:dark){:host(:not([theme=light])) .w{${DARK}}}
:host([theme=dark]) .w{${DARK}}
.b{display:flex;flex-flow:row-reverse wrap;justify-content:flex-end;align-items:center;gap:0 12px;overflow:hidden;margin:0 -6px;padding:0 6px}
.q{font-weight:600;white-space:nowrap;align-self:flex-start;margin-bottom:-1.5em;position:relative;top:calc(.625em + 1px)}
.g{order:-1;margin:.375em 0}
.h{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
button,select,textarea{font:inherit;color:inherit}
.g{background:var(--a);color:var(--t);border:1px solid transparent;border-radius:999px;padding:.25em .9375em;cursor:pointer}
:focus-visible{outline:3px solid var(--a);outline-offset:2px}
.s>:last-child{margin-bottom:10px}
.s>*{animation:in .2s ease-out}
@keyframes in{from{opacity:0;transform:translateY(-4px)}}
@media (prefers-reduced-motion:reduce){.s>*{animation:none}}
ol,ul{margin:0 0 6px;padding:0;padding-inline-start:1.4em}
li{margin:0 0 6px}
.t{margin:0 0 6px}
.k{display:flex;flex-wrap:wrap;gap:6px;list-style:none;padding:0}
.k li{margin:0}
.k a{display:block;border:1px solid var(--r);border-radius:999px;padding:0 10px;font-size:.875em;text-decoration:none}
a{color:var(--a);text-underline-offset:.15em}
.v,.n,details,.s>.e{font-size:.875em}
.v,.n,details,.e{color:var(--m)}
.v{display:block}
.n{margin:6px 0}
.d{font-style:italic}
summary{cursor:pointer}
form{display:grid;gap:6px;margin-top:6px;max-width:30em}
label{display:grid;gap:2px}
select,textarea{background:var(--p);border:1px solid var(--m);border-radius:4px;padding:4px}
select{width:100%}
form button{justify-self:start;background:none;border:1px solid var(--a);color:var(--a);border-radius:999px;padding:1px 14px;cursor:pointer}`;
  let sheet = null;
  const bars = { en: Promise.resolve(EN) };
  const barLabels = (language) => {
    if (!bars[language]) {
      const abort = new AbortController();
      setTimeout(() => abort.abort(), WAIT_MS);
      bars[language] = fetch(`${BASE}/embed/labels/${language}`, { credentials: "omit", signal: abort.signal })
        .then((response) => (response.ok ? response.json() : EN))
        .catch(() => EN);
    }
    return bars[language];
  };

  const el = (tag, className, text, part) => {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    if (part) node.setAttribute("part", part);
    return node;
  };
  // A URL text fragment (#:~:text=) for a quote: the whole of a short one, else its first and last words.
  const encode = (words) => encodeURIComponent(words.join(" ")).replace(/-/g, "%2D");
  const fragment = (quote) => {
    const words = quote.trim().split(/\s+/);
    return words.length <= 8 ? encode(words) : `${encode(words.slice(0, 4))},${encode(words.slice(-4))}`;
  };
  // The language of a summary's words or of the labels on the node that holds them, and their direction
  // (whatever the one around them: an English summary under Hebrew labels runs left to right).
  const inLanguage = (node, code, text = "") => {
    node.lang = code;
    node.dir = RTL.includes(code) || (SCRIPT_DIRECTED.includes(code) && mostlyAdlam(text)) ? "rtl" : "ltr";
    return node;
  };
  const excerpt = (text) => (text.length <= 70 ? text : `${text.slice(0, 70).replace(/\s+\S*$/, "")}…`);
  // Where a word may not go on, for a quote found in the page: a letter, mark or digit, but not of the scripts
  // written without spaces between words (a Chinese keyphrase sits inside its line).
  const inWord = (c) => /[\p{L}\p{M}\p{N}]/u.test(c || "") && !/[\p{sc=Han}\p{sc=Hira}\p{sc=Kana}\p{sc=Thai}]/u.test(c);
  // The quote in the page's own text, outside the widget (a tree walker does not enter shadow roots), by
  // the words its text fragment names, white space aside; null where the page words it otherwise.
  // The characters nutgraf's text drops inside words (soft hyphens, zero-width spaces, word joiners, a
  // BOM), which a Swiss or German page sets in its long words, are no part of the page's text here either:
  // kept, no sentence holding one was found. Put in where served, from nutgraf.extract.text.words.
  const INVISIBLE = "";
  const inPage = (quote) => {
    const words = quote.trim().split(/\s+/);
    const quoted = words.join(" ").length;
    const [head, tail] = words.length <= 8 ? [words.join(" "), ""] : [words.slice(0, 4).join(" "), words.slice(-4).join(" ")];
    // Text the reader cannot see (a hidden copy of the story, a script) is not searched: a sentence found
    // there was selected out of sight, and the page scrolled to nothing. What display:none hides goes
    // whole; what visibility:hidden hides goes element by element, since a child may be visible again.
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT, (node) => {
      const element = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
      const style = getComputedStyle(element);
      if (node === element && (/^(script|style|noscript|template)$/i.test(node.tagName) || style.display === "none")) return NodeFilter.FILTER_REJECT;
      return style.visibility === "visible" ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP;
    });
    const inline = (element) => {
      const style = getComputedStyle(element);
      return style.display.startsWith("inline") || (style.float !== "none" && element.textContent.trim().length <= 2);
    };
    const chars = [];
    const at = []; // where each character starts and ends: its node and the offsets before and after it
    let spaced = true; // nothing yet, or a space last: white space adds none
    let block = null;
    // nutgraf's text writes the quotation marks a browser's style sets around a <q> (quote_inline_quotations
    // in nutgraf.extract.html.markup), which the page's own text lacks: they are added here too.
    const quotations = [];
    const mark = (char, node, offset) => {
      chars.push(char);
      at.push([node, offset, offset]);
      spaced = false;
    };
    const close = (quotation) => mark("”", quotation, quotation.childNodes.length);
    // The page's first million characters at most: each is kept with its place, some 60 bytes, and a page
    // of 8 MB of text (a live blog's years) took 2 s and 460 MB at each click. The story is in them.
    for (let node; chars.length < 1e6 && (node = walker.nextNode()); ) {
      while (quotations.length && !quotations.at(-1).contains(node)) close(quotations.pop());
      if (node.nodeType === Node.ELEMENT_NODE) {
        // A line break ends a word, as nutgraf's text breaks the line there ("over<br>and": "over and").
        if (node.tagName === "BR" && !spaced) {
          chars.push(" ");
          at.push(null);
          spaced = true;
        }
        if (node.tagName === "Q") {
          mark("“", node, 0);
          quotations.push(node);
        }
        continue;
      }
      // Paragraphs written without white space between them (</p><p>) still end a word; a drop cap does not,
      // a floated letter (or a quote mark and one) that nutgraf's text joins to its word (join_drop_caps).
      let around = node.parentElement;
      while (around.parentElement && inline(around)) around = around.parentElement;
      if (around !== block && !spaced) {
        chars.push(" ");
        at.push(null);
        spaced = true;
      }
      block = around;
      for (let i = 0; i < node.data.length; i++) {
        if (INVISIBLE.includes(node.data[i])) continue;
        // A Latin letter's combining mark (a page in decomposed form, NFD), which nutgraf's text composes
        // with its letter, or leaves out where it follows a space (composed_marks in nutgraf.language): so
        // here, within a text node, where the composed letter's place spans both.
        if (node.data[i] >= "\u0300" && node.data[i] <= "\u036f") {
          if (spaced) continue;
          const composed = (chars.at(-1) + node.data[i]).normalize("NFC");
          if (composed.length === 1 && at.at(-1) && at.at(-1)[0] === node) {
            chars[chars.length - 1] = composed;
            at.at(-1)[2] = i + 1;
            continue;
          }
        }
        const space = /\s/.test(node.data[i]);
        if (space && spaced) continue;
        chars.push(space ? " " : node.data[i]);
        at.push([node, i, i + 1]);
        spaced = space;
      }
    }
    while (quotations.length) close(quotations.pop());
    const text = chars.join("");
    // A drop cap with a space after it ("W</span> ASHINGTON"): nutgraf's text joins the letter to its word
    // where the letter is no word of the page (join_drop_caps), the page's text keeps the space; the quote
    // opening on such a word is looked for with the space too.
    for (const opening of [head, head.replace(/^(\P{L}*\p{L})(?=\p{L})/u, "$1 ")]) {
      for (let start = text.indexOf(opening); start >= 0; start = text.indexOf(opening, start + 1)) {
        const last = tail ? text.indexOf(tail, start + opening.length) : start;
        if (last < 0) break;
        // The first words opening another sentence before the quote's ("The minister said that"): the span
        // from there to the quote's last words was selected, paragraphs of it. The nearest opening before
        // them is the quote's; a span still much longer than the quote is none of the page's sentences
        // (slack for what a page has inside one and nutgraf's text drops, a footnote's mark).
        const next = tail ? text.indexOf(opening, start + 1) : -1;
        if (next >= 0 && next < last) continue;
        const end = tail ? last + tail.length : start + opening.length;
        if (end - start > quoted * 1.5 + 40) continue;
        if (inWord(text[start - 1]) || inWord(text[end])) continue;
        const range = document.createRange();
        range.setStart(at[start][0], at[start][1]);
        range.setEnd(at[end - 1][0], at[end - 1][2]);
        return range;
      }
    }
    return null;
  };

  class NutgrafSummary extends HTMLElement {
    connectedCallback() {
      if (this.shadowRoot) return;
      const root = this.attachShadow({ mode: "open" });
      // A constructed stylesheet: a page's CSP that allows no inline style still lets it apply.
      if (root.adoptedStyleSheets && window.CSSStyleSheet) {
        if (!sheet) {
          sheet = new CSSStyleSheet();
          sheet.replaceSync(CSS);
        }
        root.adoptedStyleSheets = [sheet];
      } else root.append(el("style", "", CSS));
      // The page's language by its primary subtag: "pt-BR" is Portuguese, "frr" (North Frisian) not French.
      const tag = ((this.closest("[lang]") || {}).lang || "").split(/[-_]/)[0].toLowerCase();
      const lang = ALIASES[tag] || tag;
      this.language = LANGUAGES.includes(lang) ? lang : "en";
      barLabels(this.language).then((t) => this.render(root, t));
    }

    // The bar and the summary's region, once the bar's labels t are here (English's at once).
    render(root, t) {
      this.t = t;
      const box = inLanguage(el("div", "w"), this.language);
      const bar = el("div", "b", undefined, "bar");
      this.button = el("button", "g", t.get, "button");
      this.button.type = "button";
      this.button.setAttribute("aria-expanded", "false");
      this.button.setAttribute("aria-controls", "s");
      this.region = el("div", "s", undefined, "summary");
      this.region.id = "s";
      this.region.setAttribute("role", "region");
      this.region.setAttribute("aria-live", "polite");
      this.region.setAttribute("aria-label", t.summary);
      bar.append(el("span", "q", t.ask), this.button);
      box.append(bar, this.region);
      root.append(box);
      this.button.addEventListener("click", () => this.toggle());
      // Escape closes the report form it is in, else the summary, and focus goes to what opened it.
      root.addEventListener("keydown", (event) => {
        if (event.key !== "Escape" || this.busy || this.button.getAttribute("aria-expanded") !== "true") return;
        const report = event.target.closest && event.target.closest("details[open]");
        if (report) {
          report.open = false;
          report.firstChild.focus();
        } else {
          this.button.focus();
          this.close();
        }
      });
      // A single-page app that moves to another article (history.pushState) with the summary open: the
      // old story's summary goes (a later click asks for the new one).
      if (window.navigation) {
        navigation.addEventListener("navigatesuccess", () => {
          if (!this.busy && this.of && this.of !== this.key()) this.close();
        });
      }
      const origins = (this.dataset.parentOrigins || "").split(" ").filter(Boolean);
      if (origins.length) this.tellParent(origins);
    }

    // In the iframe mode: the frame's height, to the parent page if it is one of the site's origins.
    tellParent(origins) {
      this.frame = true;
      document.body.style.margin = "0";
      const ancestors = location.ancestorOrigins;
      const parentOrigin = ancestors && ancestors.length ? ancestors[0] : document.referrer && new URL(document.referrer).origin;
      const target = origins.find((origin) => origin === parentOrigin);
      if (!target || parent === window) return;
      new ResizeObserver(() => {
        parent.postMessage({ nutgraf: "height", height: Math.ceil(this.getBoundingClientRect().height) }, target);
      }).observe(this);
    }

    // The page the summary is of (asked for by its address), and the page its links point into.
    page() {
      const canonical = document.querySelector('link[rel="canonical"]');
      return this.address(this.getAttribute("url") || (canonical && canonical.href));
    }
    // What a summary is of: the page asked for, and the address its links point into.
    key() {
      return `${this.page()} ${this.address()}`;
    }
    address(url) {
      const parsed = new URL(url || location.href, location.href);
      parsed.hash = "";
      return parsed.href;
    }

    // "30 seconds", "1 Sekunde": the wait in the labels' language, its plural as that language makes it. Past
    // 90 seconds in minutes and past 90 minutes in hours, rounded up (a proxy's 86400 had been "86,400
    // seconds": "24 hours"), so that no click comes before the wait is over.
    wait(seconds) {
      const [count, unit] = seconds <= 90 ? [seconds, "second"]
        : seconds <= 5400 ? [Math.ceil(seconds / 60), "minute"] : [Math.ceil(seconds / 3600), "hour"];
      return new Intl.NumberFormat(this.language, { style: "unit", unit, unitDisplay: "long" }).format(count);
    }

    close() {
      this.button.setAttribute("aria-expanded", "false");
      this.button.textContent = this.t.get;
      this.region.replaceChildren();
    }

    async toggle() {
      const { button, region, t } = this;
      if (this.busy) return; // a summary on its way: the click that asked for it stands
      if (button.getAttribute("aria-expanded") === "true") return this.close();
      button.setAttribute("aria-expanded", "true");
      const key = this.key();
      if (this.of !== key) {
        this.busy = true;
        button.textContent = t.busy;
        region.replaceChildren(el("p", "h", t.busy)); // the live region says it; the button shows it
        try {
          this.data = await this.load();
          this.of = key;
        } catch (error) {
          this.close();
          region.replaceChildren(el("p", "e", error.retry ? t.retry.replace("{n}", this.wait(error.retry)) : t.failed));
          return;
        } finally {
          this.busy = false;
          region.removeAttribute("aria-busy");
        }
        if (this.key() !== key) return this.close(); // the reader moved to another story meanwhile
      }
      button.textContent = t.hide;
      this.show(this.data);
    }

    async load() {
      const query = new URLSearchParams({ site: this.getAttribute("site") || "", url: this.page(), lang: this.language });
      for (const name of ["sentences", "words", "length", "form", "keyphrases", "output-language", "summarizer"]) {
        if (this.hasAttribute(name)) query.set(name.replace("-", "_"), this.getAttribute(name));
      }
      for (const name of (this.getAttribute("avoid") || "").split(/[\s,]+/)) if (name) query.append("avoid", name);
      const abort = new AbortController();
      let timer;
      const wait = () => {
        clearTimeout(timer);
        timer = setTimeout(() => abort.abort(), WAIT_MS);
      };
      // What went wrong goes to the console, for the publisher; the reader gets the calm line.
      const ask = async (accept) => {
        wait();
        const response = await fetch(`${BASE}/api/embed/summary?${query}`, { headers: { Accept: accept }, credentials: "omit", signal: abort.signal }).catch((error) => {
          if (!abort.signal.aborted) console.warn(`nutgraf: no answer this page may read from ${BASE}: it is down, or ${location.origin} is not an origin of the site "${query.get("site")}" (nutgraf sites list)`);
          throw error;
        });
        if (!response.ok) {
          const problem = await response.json().catch(() => ({}));
          console.warn(`nutgraf: ${problem.detail || response.status}`);
          const error = new Error(String(response.status));
          // Too many new pages asked for: the reader is told when a click will be answered, not that there is
          // no summary (Retry-After in seconds, as nutgraf sends it; an HTTP date is none of its answers).
          const wait = Number(response.headers.get("Retry-After"));
          if (response.status === 429 && Number.isInteger(wait) && wait > 0 && wait <= MAX_RETRY_S) error.retry = wait;
          throw error;
        }
        return response;
      };
      try {
        const response = await ask("application/json, text/event-stream");
        if (!(response.headers.get("content-type") || "").startsWith("text/event-stream")) return await response.json();
        await this.stream(response, wait);
        return await (await ask("application/json")).json(); // the checked summary, made by now
      } finally {
        clearTimeout(timer);
      }
    }

    // A summary the language model writes, shown as it comes (server-sent events), until it is checked.
    async stream(response, wait) {
      const draft = el("p", "d");
      draft.dir = "auto";
      this.region.setAttribute("aria-busy", "true"); // the draft is not read out word by word
      this.region.replaceChildren(el("p", "n", this.t.writing), draft);
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = "";
      for (;;) {
        const { value, done } = await reader.read();
        if (done) throw new Error("cut short");
        wait();
        buffer += value;
        let end;
        while ((end = buffer.indexOf("\n\n")) >= 0) {
          const lines = buffer.slice(0, end).split("\n");
          buffer = buffer.slice(end + 2);
          const name = (lines.find((line) => line.startsWith("event:")) || "").slice(6).trim();
          const data = lines.filter((line) => line.startsWith("data:")).map((line) => line.slice(5)).join("");
          if (name === "delta") draft.textContent += JSON.parse(data).text;
          else if (name === "summary") return reader.cancel();
          else if (name === "error") throw new Error("failed");
        }
      }
    }

    link(text, quote) {
      const link = el("a", "", text);
      link.href = `${this.address(this.getAttribute("url"))}#:~:text=${fragment(quote)}`;
      if (this.frame) link.target = "_top";
      // On the page it quotes, the browser's search for the text fragment finds the summary's own copy
      // first (above the story) and highlights that, where the reader already is: the story's copy is
      // found here, scrolled to and selected instead. Another page, a new tab, the frame: the fragment.
      else
        link.addEventListener("click", (event) => {
          if (event.button || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
          const range = this.address(this.getAttribute("url")) === this.address() && inPage(quote);
          if (!range) return;
          event.preventDefault();
          getSelection().removeAllRanges();
          getSelection().addRange(range);
          // Its element into view (in whatever box scrolls it), then the sentence itself centred in the
          // window: a paragraph taller than the window (a story in lines set apart by <br>, a phone's long
          // paragraph) put its middle there, and the sentence could be above or below it.
          range.startContainer.parentElement.scrollIntoView({ block: "center" });
          const box = range.getBoundingClientRect();
          scrollBy(0, box.top - Math.max(0, (innerHeight - box.height) / 2));
        });
      return link;
    }

    show(summary) {
      const l = summary.labels; // those after the bar's, in the page's language (lang= in load)
      const written = summary.sentences.some((sentence) => sentence.start === null);
      const checks = summary.evidence ? summary.evidence.sentences : [];
      // A paragraph's sentences numbered, key points as bullets, a TL;DR as its one sentence.
      const tldr = summary.form === "tldr";
      const list = inLanguage(tldr ? el("p", "t") : el(summary.form === "key_points" ? "ul" : "ol"), summary.output_language, summary.sentences.map((sentence) => sentence.text).join(" "));
      summary.sentences.forEach((sentence, index) => {
        const item = el(tldr ? "span" : "li", "", undefined, "sentence");
        item.append(written ? el("span", "", sentence.text) : this.link(sentence.text, sentence.text));
        const check = checks[index];
        if (written && check) {
          const verdict = inLanguage(el("span", "v"), this.language); // quoting the article in its own
          if (check.supported === null) {
            // Not checked (a summary in another language than the article's, whose words the check
            // cannot compare): neither verdict, and why in English, as for one not supported.
            verdict.append(l.unchecked);
            if (this.language === "en" && check.reason) verdict.append(`: ${check.reason}`);
          } else if (check.supported) {
            verdict.append(l.supported);
            (check.backing || []).forEach((quote, n) => verdict.append(n ? "; " : ": ", inLanguage(this.link(`“${excerpt(quote)}”`, quote), summary.language, quote)));
          } else {
            verdict.append(l.unsupported);
            const missing = check.unsupported.slice(0, 6).map((term) => `“${term}”`).join(", ");
            if (this.language === "en" && check.reason) verdict.append(`: ${check.reason}`);
            else if (missing) verdict.append(`: ${l.lacks} ${missing}`);
          }
          item.append(verdict);
        }
        list.append(item);
      });
      // The article's keyphrases as tags, each a link to where the page first has it.
      const tags = inLanguage(el("ul", "k", undefined, "keyphrases"), summary.language, (summary.keyphrases || []).map(({ text }) => text).join(" "));
      tags.setAttribute("aria-label", l.keyphrases);
      for (const { text } of summary.keyphrases || []) {
        const tag = el("li", "", undefined, "keyphrase");
        tag.append(this.link(text, text));
        tags.append(tag);
      }
      const parts = tags.firstChild ? [list, tags] : [list];
      // A summary in another language than the article's was not compared with it (evidence.checked false).
      const made = !written ? l.quoted : summary.evidence && summary.evidence.checked === false ? l.unverified : l.written;
      this.region.replaceChildren(...parts, el("p", "n", made, "note"), this.report(summary));
    }

    // "Report a problem": a reason from a short list and a capped note, sent to nutgraf as text.
    report(summary) {
      const l = summary.labels;
      const details = el("details", "", undefined, "report");
      const opener = el("summary", "", l.report);
      const form = el("form");
      const reason = el("select");
      REASONS.forEach((value) => {
        const option = el("option", "", l[value]);
        option.value = value;
        reason.append(option);
      });
      const note = el("textarea");
      note.maxLength = 500;
      note.rows = 2;
      const send = el("button", "", l.send);
      const status = el("p", "e");
      status.setAttribute("role", "status");
      const reasonLabel = el("label", "", l.reason);
      const noteLabel = el("label", "", l.note);
      reasonLabel.append(reason);
      noteLabel.append(note);
      form.append(reasonLabel, noteLabel, send, status);
      form.addEventListener("submit", async (event) => {
        event.preventDefault();
        send.disabled = true;
        try {
          const site = encodeURIComponent(this.getAttribute("site") || "");
          const body = JSON.stringify({ url: this.page(), reason: reason.value, note: note.value || null, summarizer: summary.summarizer });
          const response = await fetch(`${BASE}/api/embed/flags?site=${site}`, {
            method: "POST",
            credentials: "omit",
            headers: { "Content-Type": "application/json" },
            body,
          });
          if (!response.ok) throw new Error(String(response.status));
          status.textContent = l.thanks;
          form.replaceChildren(status);
          opener.focus();
        } catch {
          status.textContent = l.unsent;
          send.disabled = false;
        }
      });
      details.append(opener, form);
      return details;
    }
  }

  customElements.define(NAME, NutgrafSummary);
})();
