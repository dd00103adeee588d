// A participant's page of `osallisuus workshop`: one question at a time, native radio buttons, the language picker.
// The seat is a random secret the server handed out, kept in this browser's localStorage (never a cookie), so a
// reload or a reconnect gets the same seat back. The server forgets who chose what at the reveal (only counts remain),
// so this phone keeps its own choices in its own storage, to show beside the distribution; nobody else's choice ever
// reaches it. The distribution is drawn by distribution.js, which the page inlines before this script. Every text is
// inserted as text, never as HTML.
"use strict";
(function () {
  const data = JSON.parse(document.getElementById("workshop-data").textContent);
  const base = window.location.pathname.replace(/[^/]*$/, "");
  const token = base.split("/").filter(Boolean).pop();
  const seatKey = "osallisuus-workshop-seat:" + token;
  const langKey = "osallisuus-workshop-lang";
  const ownKey = "osallisuus-workshop-own:" + token; // {question: level} of this phone's own choices
  const $ = (id) => document.getElementById(id);
  let lang = stored(langKey) || data.lang;
  let seat = stored(seatKey);
  let state = null;
  let shownQuestion = null;
  let events = null;

  function stored(key) {
    try {
      return window.localStorage.getItem(key);
    } catch (error) {
      return null; // storage refused: the seat lasts as long as the page
    }
  }
  function store(key, value) {
    try {
      window.localStorage.setItem(key, value);
    } catch (error) {
      /* see stored() */
    }
  }
  function unstore(key) {
    try {
      window.localStorage.removeItem(key);
    } catch (error) {
      /* see stored() */
    }
  }
  // This phone's own choices, question by question: what the server said before the reveal, or a vote it took.
  function ownChoices() {
    try {
      const found = JSON.parse(stored(ownKey) || "{}");
      return found && typeof found === "object" ? found : {};
    } catch (error) {
      return {};
    }
  }
  function remember(question, level) {
    const choices = ownChoices();
    if (level === null) delete choices[question];
    else choices[question] = level;
    store(ownKey, JSON.stringify(choices));
  }
  // The choice to show: the server's word until the reveal, this phone's memory of it after.
  function ownChoice(current) {
    if (!current.revealed) return current.own;
    const level = ownChoices()[current.question];
    return typeof level === "string" && data.levels.some((item) => item.value === level) ? level : null;
  }
  function fmt(key, params) {
    const ui = data.ui[lang] || data.ui[data.lang];
    return (ui[key] || key).replace(/\{(\w+)\}/g, (whole, name) => (name in (params || {}) ? String(params[name]) : whole));
  }
  function text(value) {
    return value ? value[lang] || value[data.lang] : "";
  }
  function label(level) {
    const found = data.levels.find((item) => item.value === level);
    return found ? text(found.label) : level;
  }
  function number(value) {
    return new Intl.NumberFormat(lang === "en" ? "en-GB" : lang + "-FI").format(value);
  }

  function buildLanguages() {
    const select = $("language");
    for (const code of data.languages) {
      const option = document.createElement("option");
      option.value = code;
      option.textContent = data.ui[code].p_lang_name;
      option.lang = code;
      select.append(option);
    }
    select.value = lang;
    select.addEventListener("change", () => {
      lang = select.value;
      store(langKey, lang);
      shownQuestion = null; // redraw the question in the new language
      drawStatic();
      if (state) draw(state);
    });
  }

  function drawStatic() {
    document.documentElement.lang = lang;
    document.title = fmt("p_title");
    $("eyebrow").textContent = fmt("p_title");
    $("language-label").textContent = fmt("p_language");
    $("result-heading").textContent = fmt("p_result_heading");
    const note = data.translationNote[lang];
    $("translation-note").hidden = !note;
    $("translation-note").textContent = note || "";
  }

  async function post(path, body) {
    const response = await fetch(base + path, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
    });
    let answer = null;
    if (response.status !== 204) {
      try {
        answer = await response.json();
      } catch (error) {
        answer = null;
      }
    }
    return { ok: response.ok, status: response.status, answer: answer };
  }

  async function join() {
    $("status").textContent = fmt("p_connecting");
    try {
      const result = await post("join", { seat: seat });
      if (!result.ok) {
        $("error").textContent = fmt(result.answer && result.answer.refused === "full" ? "p_full" : "p_connection_lost");
        return;
      }
      seat = result.answer.seat;
      store(seatKey, seat);
    } catch (error) {
      $("error").textContent = fmt("p_connection_lost");
      window.setTimeout(join, 2000);
      return;
    }
    listen();
  }

  function listen() {
    if (events) events.close();
    events = new EventSource(base + "events?seat=" + encodeURIComponent(seat));
    events.onmessage = (message) => {
      $("error").textContent = "";
      draw(JSON.parse(message.data));
    };
    events.onerror = () => {
      if (state && !state.closed) $("error").textContent = fmt("p_connection_lost");
    };
  }

  async function vote(level) {
    $("error").textContent = "";
    try {
      const result = await post("vote", { seat: seat, question: state.question, level: level });
      if (!result.ok) {
        const reason = result.answer ? result.answer.refused : "";
        if (reason === "seat") {
          // the session no longer knows this seat (a new session in the same link): take a new one and rate again
          seat = null;
          await join();
          return;
        }
        const key = "p_refused_" + reason;
        $("error").textContent = (data.ui[lang] || {})[key] ? fmt(key) : fmt("p_refused", { reason: reason || "?" });
        return;
      }
      remember(state.question, level);
      $("saved").textContent = fmt("p_saved", { level: label(level) });
    } catch (error) {
      $("error").textContent = fmt("p_connection_lost");
    }
  }

  function drawLevels(current, own) {
    const box = $("levels");
    box.replaceChildren();
    for (const level of data.levels) {
      const wrap = document.createElement("label");
      const numbered = /^\d+$/.test(level.value);
      wrap.className = numbered ? "level" : "level special";
      const input = document.createElement("input");
      input.type = "radio";
      input.name = "level";
      input.value = level.value;
      input.id = "level-" + level.value;
      input.checked = own === level.value;
      input.disabled = current.revealed;
      input.addEventListener("change", () => vote(level.value));
      const span = document.createElement("span");
      span.textContent = WorkshopDistribution.levelName(level.value, label);
      wrap.append(input, span);
      box.append(wrap);
    }
  }

  function drawResult(current, own) {
    const result = current.reveal;
    $("result").hidden = !result;
    if (!result) return "";
    $("disagreement").hidden = !result.disagreement;
    $("disagreement").textContent = fmt("p_disagreement");
    $("own").hidden = own === null;
    $("own").textContent = own === null ? "" : fmt("p_own", { level: WorkshopDistribution.levelName(own, label) });
    $("bars").tBodies[0].replaceChildren();
    $("bars").hidden = !result.counts;
    $("spread").hidden = !!result.counts;
    let said = fmt("p_revealed", { rated: number(result.rated) });
    if (!result.counts) {
      $("spread").textContent = result.low === null
        ? fmt("p_no_numbers", { min: current.minGroup })
        : fmt("p_spread_only", { min: current.minGroup, low: result.low, high: result.high });
      said += " " + $("spread").textContent;
    } else {
      WorkshopDistribution.draw($("bars"), result.counts, {
        label: label,
        number: number,
        widest: 45,
        own: own,
        ownText: fmt("p_own_mark"),
      });
      const parts = result.counts
        .filter((item) => item.count)
        .map((item) => WorkshopDistribution.levelName(item.level, label) + ": " + number(item.count));
      said += " " + parts.join(", ") + ".";
    }
    if (own !== null) said += " " + $("own").textContent;
    if (result.disagreement) said += " " + fmt("p_disagreement");
    return said;
  }

  function draw(current) {
    if (current.closed) {
      state = current;
      if (events) events.close();
      $("rate").hidden = true;
      $("result").hidden = true;
      $("hint").textContent = "";
      $("saved").textContent = "";
      $("status").textContent = fmt("p_closed");
      unstore(ownKey); // the session is over: this phone keeps nothing of it
      return;
    }
    const question = data.questions[current.question];
    const changed = shownQuestion !== current.question;
    const wasRevealed = state && !changed && state.revealed;
    state = current;
    $("counter").textContent = fmt("p_counter", { n: current.position + 1, total: current.total });
    $("section").textContent = text(question.section);
    if (changed) {
      $("question").textContent = question.number + ". " + text(question.text);
      $("examples").textContent = text(question.examples);
      $("examples").hidden = !question.examples;
      $("saved").textContent = "";
    }
    // until the reveal the server's word is the truth; "no rating" is taken from it only when the question opens (a
    // push sent just before this phone's vote was saved must not erase the vote the server has just confirmed)
    if (!current.revealed && (current.own !== null || changed)) remember(current.question, current.own);
    const own = ownChoice(current);
    drawLevels(current, own);
    if (current.own !== null && !$("saved").textContent) {
      $("saved").textContent = fmt("p_saved", { level: label(current.own) });
    }
    if (current.revealed) $("saved").textContent = "";
    $("hint").textContent = current.revealed ? fmt("p_wait") : fmt("p_hint");
    const said = drawResult(current, own);
    let status = current.revealed ? said : fmt("p_rated", { rated: number(current.rated), seats: number(current.seats) });
    if (changed && shownQuestion !== null && !current.revealed) status = fmt("p_new_question", { n: current.position + 1 }) + " " + status;
    if (!(current.revealed && wasRevealed && $("status").textContent === status)) $("status").textContent = status;
    shownQuestion = current.question;
  }

  buildLanguages();
  drawStatic();
  join();
})();
